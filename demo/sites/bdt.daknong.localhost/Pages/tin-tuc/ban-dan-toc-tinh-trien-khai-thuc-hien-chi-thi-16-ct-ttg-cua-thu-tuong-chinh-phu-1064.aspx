<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta http-equiv="Expires" content="0" />
<title>
	Ban Dân tộc tỉnh triển khai thực hiện Chỉ thị 16/CT-TTg của Thủ tướng Chính phủ
</title>
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/corev15.css" />
<meta name="description" content="Thực hiện Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ về thực hiện các biện pháp cấp bách phòng, chống dịch COVID-19 và Công văn số 1540/UBND-KGVX ngày 01/4/2020 của UBND tỉnh Đắk Nông, ngày ..." />

<script type="text/javascript">
// <![CDATA[
var _spPageContextInfo = {webServerRelativeUrl: "\u002f", webAbsoluteUrl: "http:\u002f\u002fbdt.daknong.localhost", siteAbsoluteUrl: "http:\u002f\u002fbdt.daknong.localhost", serverRequestPath: "/Pages/tin-tuc/ban-dan-toc-tinh-trien-khai-thuc-hien-chi-thi-16-ct-ttg-cua-thu-tuong-chinh-phu-1064.aspx", layoutsUrl: "_layouts\u002f15", webTitle: "Ban D\u00e2n t\u1ed9c t\u1ec9nh \u0110\u1eafk N\u00f4ng", webLanguage: 1066, currentLanguage: 1066, currentUICultureName: "vi-VN", userId: 0, alertsEnabled: false};
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
      <div class="ms-signInLink"><a id="ctl00_IdWelcome_ExplicitLogin" class="ms-signInLink" href="/_layouts/15/Authenticate.aspx?Source=/Pages/tin-tuc/ban-dan-toc-tinh-trien-khai-thuc-hien-chi-thi-16-ct-ttg-cua-thu-tuong-chinh-phu-1064.aspx" style="display:inline;">Sign In</a></div>
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
  <h1 class="article-title">Ban Dân tộc tỉnh triển khai thực hiện Chỉ thị 16/CT-TTg của Thủ tướng Chính phủ</h1>
  <div class="article-date">Ngày đăng 03/04/2020 | 08:50  | View count: 1418</div>
  <div class="article-content ms-rtestate-field">
<p style="text-align: justify;">Thực hiện Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ về thực hiện các biện pháp cấp bách phòng, chống dịch COVID-19 và Công văn số 1540/UBND-KGVX ngày 01/4/2020 của UBND tỉnh Đắk Nông, ngày 02/4/2020 Ban Dân tộc tỉnh ban hành Kế hoạch số 25/KH-BDT triển khai thực hiện cách ly toàn xã hội trong cơ quan và vùng đồng bào dân tộc thiểu số.</p>
<p style="text-align: justify;">Theo Kế hoạch, từ ngày 01/4/2020 đến hết ngày 15/4/2020, cán bộ, công chức, người lao động của Ban làm việc tại nhà bằng hình thức trực tuyến; lãnh đạo Ban và Văn phòng bố trí lịch trực tại cơ quan để xử lý công việc khẩn cấp, bảo đảm hoạt động thông suốt. Các cuộc họp được tổ chức qua hệ thống hội nghị truyền hình; văn bản được gửi, nhận qua hệ thống quản lý văn bản điện tử.</p>
<p style="text-align: justify;">Phòng Chính sách phối hợp với Phòng Dân tộc các huyện hướng dẫn người có uy tín, già làng, trưởng bon, buôn tuyên truyền đồng bào thực hiện nghiêm việc ở tại nhà, chỉ ra ngoài khi thật sự cần thiết; không tổ chức lễ cúng, lễ hội, đám cưới, tụ tập uống rượu cần đông người; giữ khoảng cách khi lên nương, rẫy.</p>
<p style="text-align: justify;">Tạm dừng các đoàn công tác kiểm tra, khảo sát tại cơ sở; tạm hoãn việc cấp phát hàng hóa, vật tư hỗ trợ theo chính sách có tập trung đông người, chuyển sang hình thức cấp đến từng hộ gia đình với sự phối hợp của chính quyền cơ sở.</p>
<p style="text-align: justify;">Các phòng thuộc Ban và Phòng Dân tộc các huyện, thành phố Gia Nghĩa báo cáo tình hình thực hiện Kế hoạch, diễn biến dịch bệnh trong vùng đồng bào dân tộc thiểu số về Văn phòng Ban trước 15 giờ hằng ngày để tổng hợp, báo cáo UBND tỉnh.</p>
  </div>
  <div class="attachments">Tài liệu đính kèm: <a href="/Documents/ke-hoach-25-kh-bdt.docx">Kế hoạch số 25/KH-BDT ngày 02/4/2020</a> <span class="filetype">[DOCX]</span></div>

  <div class="article-author">Văn Nam</div>
</div>
<div class="other-news">
  <div class="webpart-title">Các tin khác</div>
  <ul>
    <li><a href="/Pages/tin-tuc/ban-dan-toc-tinh-trien-khai-cac-bien-phap-phong-chong-dich-benh-viem-duong-ho-1021.aspx">Ban Dân tộc tỉnh triển khai các biện pháp phòng, chống dịch bệnh viêm đường hô hấp cấp do chủng mới của vi rút Corona</a> <span class="date">(05/02/2020 | 10:15)</span></li>

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
