<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta http-equiv="Expires" content="0" />
<title>
	Thông tin chỉ đạo, điều hành
</title>
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/corev15.css" />

<script type="text/javascript">
// <![CDATA[
var _spPageContextInfo = {webServerRelativeUrl: "\u002f", webAbsoluteUrl: "http:\u002f\u002fbdt.daknong.localhost", siteAbsoluteUrl: "http:\u002f\u002fbdt.daknong.localhost", serverRequestPath: "/Pages/thong-tin-chi-dao-dieu-hanh.aspx", layoutsUrl: "_layouts\u002f15", webTitle: "Ban D\u00e2n t\u1ed9c t\u1ec9nh \u0110\u1eafk N\u00f4ng", webLanguage: 1066, currentLanguage: 1066, currentUICultureName: "vi-VN", userId: 0, alertsEnabled: false};
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
      <div class="ms-signInLink"><a id="ctl00_IdWelcome_ExplicitLogin" class="ms-signInLink" href="/_layouts/15/Authenticate.aspx?Source=/Pages/thong-tin-chi-dao-dieu-hanh.aspx" style="display:inline;">Sign In</a></div>
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
<div class="breadcrumb"><a href="/Pages/default.aspx">Trang chủ</a> &gt; Thông tin chỉ đạo, điều hành</div>
<div class="webpart-title">Thông tin chỉ đạo, điều hành</div>
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

<div class="news-item">
  <a class="news-title" href="/Pages/tin-tuc/bao-dam-trat-tu-an-toan-giao-thong-trong-vung-dong-bao-dan-toc-thieu-so-1361.aspx">Bảo đảm trật tự, an toàn giao thông trong vùng đồng bào dân tộc thiểu số</a>
  <div class="news-date">10/05/2021 | 15:05</div>
  <div class="news-summary">Thời gian qua, tai nạn giao thông trong vùng đồng bào dân tộc thiểu số trên địa bàn tỉnh có chiều hướng gia tăng, nguyên nhân chủ yếu do người điều khiển xe mô tô không có giấy ...</div>
</div>

<div class="news-item">
  <a class="news-title" href="/Pages/tin-tuc/ban-dan-toc-tinh-ban-hanh-ke-hoach-cai-cach-hanh-chinh-nam-2021-1330.aspx">Ban Dân tộc tỉnh ban hành Kế hoạch cải cách hành chính năm 2021</a>
  <div class="news-date">15/03/2021 | 10:20</div>
  <div class="news-summary">Thực hiện Kế hoạch số 60/KH-UBND ngày 05/02/2021 của UBND tỉnh về cải cách hành chính năm 2021, Trưởng Ban Dân tộc tỉnh đã ký Quyết định số 115/QĐ-BDT ban hành Kế hoạch cải cách hành chính năm ...</div>
</div>

<div class="news-item">
  <a class="news-title" href="/Pages/tin-tuc/bao-dam-an-ninh-trat-tu-vung-dong-bao-dan-toc-thieu-so-dip-tet-nguyen-dan-tan-1311.aspx">Bảo đảm an ninh, trật tự vùng đồng bào dân tộc thiểu số dịp Tết Nguyên đán Tân Sửu 2021</a>
  <div class="news-date">03/02/2021 | 09:10</div>
  <div class="news-summary">Thực hiện Chỉ thị số 07/CT-UBND của UBND tỉnh về việc mở đợt cao điểm tấn công trấn áp tội phạm, bảo đảm an ninh, trật tự, để bảo đảm an ninh, trật tự trong vùng đồng bào ...</div>
</div>

<div class="news-item">
  <a class="news-title" href="/Pages/tin-tuc/tham-tang-qua-tet-nguyen-dan-tan-suu-cho-nguoi-co-uy-tin-trong-dong-bao-dan-toc-1294.aspx">Thăm, tặng quà Tết Nguyên đán Tân Sửu cho người có uy tín trong đồng bào dân tộc thiểu số</a>
  <div class="news-date">25/01/2021 | 09:45</div>
  <div class="news-summary">Thực hiện Kế hoạch số 05/KH-BDT ngày 08/01/2021 của Ban Dân tộc tỉnh, từ ngày 18/01 đến ngày 25/01/2021, các đoàn công tác của Ban Dân tộc tỉnh do lãnh đạo Ban dẫn đầu đã đến thăm, chúc ...</div>
</div>

<div class="news-item">
  <a class="news-title" href="/Pages/tin-tuc/tong-ket-thuc-hien-chinh-sach-doi-voi-nguoi-co-uy-tin-trong-dong-bao-dan-toc-1258.aspx">Tổng kết thực hiện chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số giai đoạn 2018 - 2020</a>
  <div class="news-date">20/11/2020 | 14:30</div>
  <div class="news-summary">Ngày 19/11/2020, Ban Dân tộc tỉnh tổ chức Hội nghị tổng kết 03 năm thực hiện Quyết định số 12/2018/QĐ-TTg ngày 06/3/2018 của Thủ tướng Chính phủ về tiêu chí lựa chọn, công nhận người có uy tín ...</div>
</div>

</div>
<div class="paging">Trang 1/2:
<span class="current">1</span>
<a href="/Pages/thong-tin-chi-dao-dieu-hanh-p2.aspx">2</a>
<a href="/Pages/thong-tin-chi-dao-dieu-hanh-p2.aspx">Trang sau »</a>
</div>

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
