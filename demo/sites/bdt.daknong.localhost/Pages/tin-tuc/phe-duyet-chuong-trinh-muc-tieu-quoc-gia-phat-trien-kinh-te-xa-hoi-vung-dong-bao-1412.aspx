<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta http-equiv="Expires" content="0" />
<title>
	Phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi
</title>
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/corev15.css" />
<meta name="description" content="Ngày 14/10/2021, Phó Thủ tướng Chính phủ Phạm Bình Minh đã ký Quyết định số 1719/QĐ-TTg phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số ..." />

<script type="text/javascript">
// <![CDATA[
var _spPageContextInfo = {webServerRelativeUrl: "\u002f", webAbsoluteUrl: "http:\u002f\u002fbdt.daknong.localhost", siteAbsoluteUrl: "http:\u002f\u002fbdt.daknong.localhost", serverRequestPath: "/Pages/tin-tuc/phe-duyet-chuong-trinh-muc-tieu-quoc-gia-phat-trien-kinh-te-xa-hoi-vung-dong-bao-1412.aspx", layoutsUrl: "_layouts\u002f15", webTitle: "Ban D\u00e2n t\u1ed9c t\u1ec9nh \u0110\u1eafk N\u00f4ng", webLanguage: 1066, currentLanguage: 1066, currentUICultureName: "vi-VN", userId: 0, alertsEnabled: false};
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
      <div class="ms-signInLink"><a id="ctl00_IdWelcome_ExplicitLogin" class="ms-signInLink" href="/_layouts/15/Authenticate.aspx?Source=/Pages/tin-tuc/phe-duyet-chuong-trinh-muc-tieu-quoc-gia-phat-trien-kinh-te-xa-hoi-vung-dong-bao-1412.aspx" style="display:inline;">Sign In</a></div>
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
<div class="breadcrumb"><a href="/Pages/default.aspx">Trang chủ</a> &gt; <a href="/Pages/thong-tin-chi-dao-dieu-hanh.aspx">Thông tin chỉ đạo, điều hành</a></div>
<div class="article">
  <h1 class="article-title">Phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi</h1>
  <div class="article-date">Ngày đăng 18/10/2021 | 08:05  | View count: 1544</div>
  <div class="article-content ms-rtestate-field">
<p style="text-align: justify;">Ngày 14/10/2021, Phó Thủ tướng Chính phủ Phạm Bình Minh đã ký Quyết định số 1719/QĐ-TTg phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030, giai đoạn I: từ năm 2021 đến năm 2025.</p>
<p style="text-align: justify;">Chương trình được xây dựng trên cơ sở Nghị quyết số 88/2019/QH14 của Quốc hội phê duyệt Đề án tổng thể phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi và Nghị quyết số 120/2020/QH14 của Quốc hội phê duyệt chủ trương đầu tư Chương trình.</p>
<p style="text-align: justify;">Mục tiêu đến năm 2025: thu nhập bình quân của người dân tộc thiểu số tăng trên 2 lần so với năm 2020; tỷ lệ hộ nghèo trong đồng bào dân tộc thiểu số mỗi năm giảm trên 3%; 99% dân số vùng đồng bào dân tộc thiểu số được sử dụng điện lưới quốc gia; 100% trạm y tế xã đủ điều kiện khám chữa bệnh bảo hiểm y tế; cơ bản giải quyết tình trạng thiếu đất ở, nhà ở, đất sản xuất, nước sinh hoạt cho đồng bào.</p>
<p style="text-align: justify;">Chương trình gồm 10 dự án thành phần, trong đó có dự án giải quyết tình trạng thiếu đất ở, nhà ở, đất sản xuất, nước sinh hoạt; quy hoạch, sắp xếp, bố trí ổn định dân cư ở những nơi cần thiết; phát triển sản xuất nông, lâm nghiệp bền vững gắn với bảo vệ rừng; đầu tư cơ sở hạ tầng thiết yếu; phát triển giáo dục đào tạo nâng cao chất lượng nguồn nhân lực; bảo tồn, phát huy giá trị văn hóa truyền thống tốt đẹp của các dân tộc.</p>
<p style="text-align: justify;">Tổng vốn thực hiện giai đoạn I khoảng 137.664 tỷ đồng. Ủy ban Dân tộc là cơ quan chủ quản Chương trình; Ủy ban nhân dân các tỉnh có đồng bào dân tộc thiểu số sinh sống tổ chức xây dựng kế hoạch thực hiện, bảo đảm công khai, minh bạch, đúng đối tượng, tránh dàn trải.</p>
  </div>
  
  <div class="article-author">Theo Cổng TTĐT Chính phủ</div>
</div>
<div class="other-news">
  <div class="webpart-title">Các tin khác</div>
  <ul>
    <li><a href="/Pages/tin-tuc/chinh-sach-ho-tro-hoc-sinh-ban-tru-vung-dac-biet-kho-khan-nam-hoc-2021-2022-1391.aspx">Chính sách hỗ trợ học sinh bán trú vùng đặc biệt khó khăn năm học 2021 - 2022</a> <span class="date">(30/08/2021 | 09:25)</span></li>

    <li><a href="/Pages/tin-tuc/tiep-tuc-tang-cuong-phong-chong-dich-covid-19-trong-vung-dong-bao-dan-toc-thieu-1378.aspx">Tiếp tục tăng cường phòng, chống dịch Covid-19 trong vùng đồng bào dân tộc thiểu số</a> <span class="date">(20/07/2021 | 16:40)</span></li>

    <li><a href="/Pages/tin-tuc/bao-dam-trat-tu-an-toan-giao-thong-trong-vung-dong-bao-dan-toc-thieu-so-1361.aspx">Bảo đảm trật tự, an toàn giao thông trong vùng đồng bào dân tộc thiểu số</a> <span class="date">(10/05/2021 | 15:05)</span></li>

    <li><a href="/Pages/tin-tuc/ban-dan-toc-tinh-ban-hanh-ke-hoach-cai-cach-hanh-chinh-nam-2021-1330.aspx">Ban Dân tộc tỉnh ban hành Kế hoạch cải cách hành chính năm 2021</a> <span class="date">(15/03/2021 | 10:20)</span></li>

    <li><a href="/Pages/tin-tuc/bao-dam-an-ninh-trat-tu-vung-dong-bao-dan-toc-thieu-so-dip-tet-nguyen-dan-tan-1311.aspx">Bảo đảm an ninh, trật tự vùng đồng bào dân tộc thiểu số dịp Tết Nguyên đán Tân Sửu 2021</a> <span class="date">(03/02/2021 | 09:10)</span></li>

  </ul>
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
