<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta http-equiv="Expires" content="0" />
<title>
	Ban Dân tộc tỉnh Đắk Nông
</title>
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/corev15.css" />

<script type="text/javascript">
// <![CDATA[
var _spPageContextInfo = {webServerRelativeUrl: "\u002f", webAbsoluteUrl: "http:\u002f\u002fbdt.daknong.localhost", siteAbsoluteUrl: "http:\u002f\u002fbdt.daknong.localhost", serverRequestPath: "/Pages/default.aspx", layoutsUrl: "_layouts\u002f15", webTitle: "Ban D\u00e2n t\u1ed9c t\u1ec9nh \u0110\u1eafk N\u00f4ng", webLanguage: 1066, currentLanguage: 1066, currentUICultureName: "vi-VN", userId: 0, alertsEnabled: false};
// ]]>
</script>
</head>
<body>
<div id="ms-designer-ribbon">
  <div id="s4-ribbonrow" style="height:35px">
    <div id="globalNavBox">
      <div id="ribbonBox">
        <a href="javascript:;" class="ms-skip" onclick="document.getElementById('startNavigation').focus();">Skip Ribbon Commands</a>
        <a href="#mainContent" class="ms-skip">Skip to main content</a>
      </div>
      <div class="ms-signInLink"><a id="ctl00_IdWelcome_ExplicitLogin" class="ms-signInLink" href="/_layouts/15/Authenticate.aspx?Source=/Pages/default.aspx" style="display:inline;">Sign In</a></div>
    </div>
  </div>
</div>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="header">
  <div class="logo"><img src="/_layouts/15/images/spcommon.gif" alt="" /></div>
  <div class="site-name">BAN DÂN TỘC TỈNH ĐẮK NÔNG</div>
  <div class="site-sub">Cổng thông tin điện tử tỉnh Đắk Nông</div>
</div>
<div class="topnav" id="startNavigation">
  <ul>
    <li><a href="/Pages/default.aspx">Trang chủ</a></li>
    <li><a href="/Pages/gioi-thieu.aspx">Giới thiệu</a></li>
    <li><a href="/Pages/thong-tin-chi-dao-dieu-hanh.aspx">Thông tin chỉ đạo, điều hành</a></li>
    <li><a href="/Pages/chinh-sach-dan-toc.aspx">Chính sách dân tộc</a></li>
    <li><a href="/Pages/lien-he.aspx">Liên hệ</a></li>
  </ul>
</div>
<div class="body-wrap">
  <div class="col-main" id="mainContent">
<div class="webpart-title">TIN MỚI</div>
<div class="news-list">
<div class="news-item">
  <a class="news-title" href="/Pages/tin-tuc/giai-quyet-dut-diem-tranh-chap-dat-dai-trong-vung-dong-bao-dan-toc-thieu-so-1455.aspx">Giải quyết dứt điểm tranh chấp đất đai trong vùng đồng bào dân tộc thiểu số</a>
  <div class="news-date">15/12/2021 | 10:35</div>
  <div class="news-summary">Tranh chấp đất đai, lấn chiếm đất rừng trong vùng đồng bào dân tộc thiểu số là vấn đề phức tạp, kéo dài ở một số địa phương của tỉnh Đắk Nông, tiềm ẩn nguy cơ mất an ...</div>
</div>

<div class="news-item">
  <a class="news-title" href="/Pages/tin-tuc/dak-nong-xay-dung-ke-hoach-thuc-hien-chuong-trinh-muc-tieu-quoc-gia-vung-dong-1437.aspx">Đắk Nông xây dựng kế hoạch thực hiện Chương trình mục tiêu quốc gia vùng đồng bào dân tộc thiểu số</a>
  <div class="news-date">22/11/2021 | 14:50</div>
  <div class="news-summary">Thực hiện Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ, UBND tỉnh Đắk Nông ban hành Kế hoạch số 715/KH-UBND ngày 19/11/2021 triển khai Chương trình mục tiêu quốc gia phát triển kinh tế - ...</div>
</div>

<div class="news-item">
  <a class="news-title" href="/Pages/tin-tuc/phe-duyet-chuong-trinh-muc-tieu-quoc-gia-phat-trien-kinh-te-xa-hoi-vung-dong-bao-1412.aspx">Phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi</a>
  <div class="news-date">18/10/2021 | 08:05</div>
  <div class="news-summary">Ngày 14/10/2021, Phó Thủ tướng Chính phủ Phạm Bình Minh đã ký Quyết định số 1719/QĐ-TTg phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số ...</div>
</div>

<div class="news-item">
  <a class="news-title" href="/Pages/tin-tuc/chinh-sach-ho-tro-hoc-sinh-ban-tru-vung-dac-biet-kho-khan-nam-hoc-2021-2022-1391.aspx">Chính sách hỗ trợ học sinh bán trú vùng đặc biệt khó khăn năm học 2021 - 2022</a>
  <div class="news-date">30/08/2021 | 09:25</div>
  <div class="news-summary">Năm học 2021 - 2022, toàn tỉnh Đắk Nông có hơn 5.600 học sinh là người dân tộc thiểu số thuộc diện được hưởng chính sách hỗ trợ theo Nghị định số 116/2016/NĐ-CP ngày 18/7/2016 của Chính phủ ...</div>
</div>

<div class="news-item">
  <a class="news-title" href="/Pages/tin-tuc/tiep-tuc-tang-cuong-phong-chong-dich-covid-19-trong-vung-dong-bao-dan-toc-thieu-1378.aspx">Tiếp tục tăng cường phòng, chống dịch Covid-19 trong vùng đồng bào dân tộc thiểu số</a>
  <div class="news-date">20/07/2021 | 16:40</div>
  <div class="news-summary">Thực hiện Chỉ thị số 10/CT-UBND ngày 16/7/2021 của UBND tỉnh Đắk Nông về tăng cường các biện pháp cấp bách phòng, chống dịch Covid-19, Ban Dân tộc tỉnh yêu cầu các phòng chuyên môn và Phòng Dân ...</div>
</div>

</div>
<div class="more"><a href="/Pages/thong-tin-chi-dao-dieu-hanh.aspx">Xem tất cả</a></div>

  </div>
  <div class="col-right">
    <div class="webpart">
      <div class="webpart-title">VĂN BẢN MỚI</div>
      <ul>
        <li><a href="/Pages/chinh-sach-dan-toc.aspx">Quy chế làm việc của Ban Dân tộc tỉnh</a></li>
        <li><a href="/Pages/chinh-sach-dan-toc.aspx">Lịch tiếp công dân định kỳ của Trưởng ban</a></li>
        <li><a href="/Pages/chinh-sach-dan-toc.aspx">Danh sách người có uy tín trong đồng bào dân tộc thiểu số</a></li>
      </ul>
    </div>
    <div class="webpart">
      <div class="webpart-title">LIÊN KẾT WEBSITE</div>
      <ul>
        <li><a href="http://www.ubdt.gov.vn" target="_blank">Ủy ban Dân tộc</a></li>
        <li><a href="http://www.daknong.gov.vn" target="_blank">Cổng TTĐT tỉnh Đắk Nông</a></li>
      </ul>
    </div>
  </div>
</div>
<div class="footer">
  <p>Bản quyền thuộc Ban Dân tộc tỉnh Đắk Nông</p>
  <p>Địa chỉ: Đường 23 tháng 3, phường Nghĩa Trung, thành phố Gia Nghĩa, tỉnh Đắk Nông</p>
  <p>Điện thoại: 0261.3544.369 - Fax: 0261.3544.368 - Email: bandantoc@daknong.gov.vn</p>
  <p>Ghi rõ nguồn "Ban Dân tộc tỉnh Đắk Nông" khi phát hành lại thông tin từ website này.</p>
</div>
</div></div>
</body>
</html>
