<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta http-equiv="Expires" content="0" />
<title>
	Đại hội Chi bộ Ban Dân tộc tỉnh nhiệm kỳ 2020 - 2025
</title>
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/corev15.css" />
<meta name="description" content="Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng và Kế hoạch số 120-KH/TU ngày ..." />

<script type="text/javascript">
// <![CDATA[
var _spPageContextInfo = {webServerRelativeUrl: "\u002f", webAbsoluteUrl: "http:\u002f\u002fbdt.daknong.localhost", siteAbsoluteUrl: "http:\u002f\u002fbdt.daknong.localhost", serverRequestPath: "/Pages/tin-tuc/dai-hoi-chi-bo-ban-dan-toc-tinh-nhiem-ky-2020-2025-1102.aspx", layoutsUrl: "_layouts\u002f15", webTitle: "Ban D\u00e2n t\u1ed9c t\u1ec9nh \u0110\u1eafk N\u00f4ng", webLanguage: 1066, currentLanguage: 1066, currentUICultureName: "vi-VN", userId: 0, alertsEnabled: false};
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
      <div class="ms-signInLink"><a id="ctl00_IdWelcome_ExplicitLogin" class="ms-signInLink" href="/_layouts/15/Authenticate.aspx?Source=/Pages/tin-tuc/dai-hoi-chi-bo-ban-dan-toc-tinh-nhiem-ky-2020-2025-1102.aspx" style="display:inline;">Sign In</a></div>
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
  <h1 class="article-title">Đại hội Chi bộ Ban Dân tộc tỉnh nhiệm kỳ 2020 - 2025</h1>
  <div class="article-date">Ngày đăng 14/05/2020 | 11:20  | View count: 518</div>
  <div class="article-content ms-rtestate-field">
<p style="text-align: justify;">Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng và Kế hoạch số 120-KH/TU ngày 15/8/2019 của Tỉnh ủy Đắk Nông, ngày 13/5/2020 Chi bộ Ban Dân tộc tỉnh tổ chức Đại hội nhiệm kỳ 2020 - 2025.</p>
<p style="text-align: justify;">Đại hội được tổ chức trang trọng, tiết kiệm, bảo đảm các yêu cầu phòng, chống dịch bệnh: đại biểu đeo khẩu trang, sát khuẩn tay, hội trường được bố trí giãn cách; thời gian đại hội được rút ngắn trong một buổi.</p>
<p style="text-align: justify;">Báo cáo chính trị tại Đại hội khẳng định, nhiệm kỳ 2015 - 2020 Chi bộ đã lãnh đạo cơ quan hoàn thành tốt nhiệm vụ tham mưu UBND tỉnh triển khai các chương trình, chính sách dân tộc; đời sống vật chất, tinh thần của đồng bào dân tộc thiểu số từng bước được cải thiện; tỷ lệ hộ nghèo trong đồng bào dân tộc thiểu số giảm bình quân trên 4% mỗi năm; khối đại đoàn kết các dân tộc được giữ vững.</p>
<p style="text-align: justify;">Nhiệm kỳ 2020 - 2025, Chi bộ đề ra mục tiêu nâng cao năng lực lãnh đạo, sức chiến đấu; xây dựng đội ngũ cán bộ làm công tác dân tộc có bản lĩnh chính trị vững vàng, am hiểu phong tục, tập quán, tiếng nói của đồng bào; tham mưu thực hiện hiệu quả các chính sách dân tộc, nhất là chính sách đối với vùng đặc biệt khó khăn, chính sách đối với người có uy tín.</p>
<p style="text-align: justify;">Đại hội đã bầu Chi ủy khóa mới gồm 03 đồng chí, bầu Bí thư, Phó Bí thư Chi bộ và bầu đại biểu đi dự Đại hội Đảng bộ Khối các cơ quan tỉnh. Các đại biểu cũng tham gia ý kiến vào dự thảo văn kiện Đại hội Đảng bộ tỉnh lần thứ XII.</p>
  </div>
  
  <div class="article-author">Y Thịnh</div>
</div>
<div class="other-news">
  <div class="webpart-title">Các tin khác</div>
  <ul>
    <li><a href="/Pages/tin-tuc/ho-tro-dong-bao-dan-toc-thieu-so-gap-kho-khan-do-dai-dich-covid-19-1083.aspx">Hỗ trợ đồng bào dân tộc thiểu số gặp khó khăn do đại dịch COVID-19</a> <span class="date">(22/04/2020 | 14:20)</span></li>

    <li><a href="/Pages/tin-tuc/ban-dan-toc-tinh-trien-khai-thuc-hien-chi-thi-16-ct-ttg-cua-thu-tuong-chinh-phu-1064.aspx">Ban Dân tộc tỉnh triển khai thực hiện Chỉ thị 16/CT-TTg của Thủ tướng Chính phủ</a> <span class="date">(03/04/2020 | 08:50)</span></li>

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
