<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta http-equiv="Expires" content="0" />
<title>
	Ban Dân tộc tỉnh triển khai các biện pháp phòng, chống dịch bệnh viêm đường hô hấp cấp do chủng mới của vi rút Corona
</title>
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/corev15.css" />
<meta name="description" content="Thực hiện Chỉ thị số 06/CT-TTg ngày 31/01/2020 của Thủ tướng Chính phủ về việc tăng cường ngăn chặn, phòng, chống dịch bệnh viêm đường hô hấp cấp do chủng mới của vi rút Corona gây ra và ..." />

<script type="text/javascript">
// <![CDATA[
var _spPageContextInfo = {webServerRelativeUrl: "\u002f", webAbsoluteUrl: "http:\u002f\u002fbdt.daknong.localhost", siteAbsoluteUrl: "http:\u002f\u002fbdt.daknong.localhost", serverRequestPath: "/Pages/tin-tuc/ban-dan-toc-tinh-trien-khai-cac-bien-phap-phong-chong-dich-benh-viem-duong-ho-1021.aspx", layoutsUrl: "_layouts\u002f15", webTitle: "Ban D\u00e2n t\u1ed9c t\u1ec9nh \u0110\u1eafk N\u00f4ng", webLanguage: 1066, currentLanguage: 1066, currentUICultureName: "vi-VN", userId: 0, alertsEnabled: false};
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
      <div class="ms-signInLink"><a id="ctl00_IdWelcome_ExplicitLogin" class="ms-signInLink" href="/_layouts/15/Authenticate.aspx?Source=/Pages/tin-tuc/ban-dan-toc-tinh-trien-khai-cac-bien-phap-phong-chong-dich-benh-viem-duong-ho-1021.aspx" style="display:inline;">Sign In</a></div>
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
  <h1 class="article-title">Ban Dân tộc tỉnh triển khai các biện pháp phòng, chống dịch bệnh viêm đường hô hấp cấp do chủng mới của vi rút Corona</h1>
  <div class="article-date">Ngày đăng 05/02/2020 | 10:15  | View count: 936</div>
  <div class="article-content ms-rtestate-field">
<p style="text-align: justify;">Thực hiện Chỉ thị số 06/CT-TTg ngày 31/01/2020 của Thủ tướng Chính phủ về việc tăng cường ngăn chặn, phòng, chống dịch bệnh viêm đường hô hấp cấp do chủng mới của vi rút Corona gây ra và Công văn số 275/UBND-KGVX ngày 03/02/2020 của UBND tỉnh, Trưởng Ban Dân tộc tỉnh yêu cầu các phòng chuyên môn và Phòng Dân tộc các huyện, thành phố Gia Nghĩa triển khai ngay một số nhiệm vụ.</p>
<p style="text-align: justify;">Phối hợp với ngành y tế, chính quyền địa phương tuyên truyền sâu rộng trong vùng đồng bào dân tộc thiểu số về đường lây truyền, biểu hiện của bệnh và các biện pháp phòng bệnh như đeo khẩu trang, rửa tay bằng xà phòng, hạn chế tập trung đông người; khi có biểu hiện sốt, ho, khó thở phải đến ngay cơ sở y tế gần nhất để được khám, tư vấn.</p>
<p style="text-align: justify;">Phát huy vai trò của người có uy tín, già làng, trưởng thôn, bon, buôn trong việc vận động đồng bào không tổ chức lễ hội, tụ tập đông người trong thời gian có dịch; không nghe, không tin, không chia sẻ các thông tin chưa được kiểm chứng trên mạng xã hội; tuyệt đối không tự ý điều trị bằng các bài thuốc dân gian khi có triệu chứng bệnh.</p>
<p style="text-align: justify;">Theo dõi, nắm chắc tình hình đồng bào đi làm ăn xa, nhất là người lao động đi làm việc tại các tỉnh, thành phố có ca bệnh, trở về địa phương dịp sau Tết Nguyên đán; phối hợp với y tế cơ sở hướng dẫn khai báo y tế, theo dõi sức khỏe.</p>
<p style="text-align: justify;">Cán bộ, công chức, người lao động của Ban gương mẫu thực hiện các biện pháp phòng dịch tại cơ quan và gia đình; tạm hoãn các chuyến công tác đến vùng có dịch. Văn phòng Ban bố trí nước rửa tay sát khuẩn tại trụ sở, tổng hợp, báo cáo tình hình hằng tuần về UBND tỉnh qua Sở Y tế.</p>
  </div>
  
  <div class="article-author">Hoài Thương</div>
</div>
<div class="other-news">
  <div class="webpart-title">Các tin khác</div>
  <ul>

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
