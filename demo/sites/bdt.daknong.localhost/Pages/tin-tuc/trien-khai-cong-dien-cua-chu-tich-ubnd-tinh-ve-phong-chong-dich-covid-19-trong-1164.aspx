<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta http-equiv="Expires" content="0" />
<title>
	Triển khai Công điện của Chủ tịch UBND tỉnh về phòng, chống dịch Covid-19 trong tổ chức Đại hội Đảng các cấp
</title>
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/corev15.css" />
<meta name="description" content="Thực hiện Công điện số 1099/CĐ-TTg ngày 26/7/2020 của Thủ tướng Chính phủ về việc tăng cường các biện pháp phòng, chống dịch COVID-19, ngày 27/7/2020 Chủ tịch UBND tỉnh Đắk Nông ban hành Công điện số 02/CĐ-UBND ..." />

<script type="text/javascript">
// <![CDATA[
var _spPageContextInfo = {webServerRelativeUrl: "\u002f", webAbsoluteUrl: "http:\u002f\u002fbdt.daknong.localhost", siteAbsoluteUrl: "http:\u002f\u002fbdt.daknong.localhost", serverRequestPath: "/Pages/tin-tuc/trien-khai-cong-dien-cua-chu-tich-ubnd-tinh-ve-phong-chong-dich-covid-19-trong-1164.aspx", layoutsUrl: "_layouts\u002f15", webTitle: "Ban D\u00e2n t\u1ed9c t\u1ec9nh \u0110\u1eafk N\u00f4ng", webLanguage: 1066, currentLanguage: 1066, currentUICultureName: "vi-VN", userId: 0, alertsEnabled: false};
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
      <div class="ms-signInLink"><a id="ctl00_IdWelcome_ExplicitLogin" class="ms-signInLink" href="/_layouts/15/Authenticate.aspx?Source=/Pages/tin-tuc/trien-khai-cong-dien-cua-chu-tich-ubnd-tinh-ve-phong-chong-dich-covid-19-trong-1164.aspx" style="display:inline;">Sign In</a></div>
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
  <h1 class="article-title">Triển khai Công điện của Chủ tịch UBND tỉnh về phòng, chống dịch Covid-19 trong tổ chức Đại hội Đảng các cấp</h1>
  <div class="article-date">Ngày đăng 29/07/2020 | 09:30  | View count: 1265</div>
  <div class="article-content ms-rtestate-field">
<p style="text-align: justify;">Thực hiện Công điện số 1099/CĐ-TTg ngày 26/7/2020 của Thủ tướng Chính phủ về việc tăng cường các biện pháp phòng, chống dịch COVID-19, ngày 27/7/2020 Chủ tịch UBND tỉnh Đắk Nông ban hành Công điện số 02/CĐ-UBND về việc tăng cường triển khai một số biện pháp phòng, chống dịch Covid-19 trong công tác tổ chức Đại hội Đảng các cấp trên địa bàn tỉnh.</p>
<p style="text-align: justify;">Công điện yêu cầu các cơ quan, đơn vị, địa phương chuẩn bị tổ chức đại hội đảng bộ, chi bộ phải xây dựng phương án phòng, chống dịch cụ thể; rút ngắn thời gian, giảm số lượng khách mời, không tổ chức liên hoan, tiệc chiêu đãi; bố trí khu vực đo thân nhiệt, nước sát khuẩn, khẩu trang cho đại biểu; đại biểu có biểu hiện sốt, ho, khó thở hoặc đi về từ vùng có dịch không tham dự trực tiếp.</p>
<p style="text-align: justify;">Người từ thành phố Đà Nẵng và các địa phương có ca bệnh trong cộng đồng về tỉnh phải khai báo y tế với chính quyền cơ sở, tự theo dõi sức khỏe tại nhà trong 14 ngày. Các cơ quan, đơn vị tạm dừng cử cán bộ đi công tác tại các địa phương có dịch.</p>
<p style="text-align: justify;">Quán triệt Công điện, Trưởng Ban Dân tộc tỉnh yêu cầu Chi bộ Ban rà soát, hoàn chỉnh phương án bảo đảm an toàn cho các đại hội chi bộ trực thuộc; Phòng Dân tộc các huyện, thành phố Gia Nghĩa phối hợp với chính quyền địa phương tuyên truyền để đồng bào dân tộc thiểu số nắm được diễn biến của dịch, không chủ quan, lơ là.</p>
<p style="text-align: justify;">Văn phòng Ban có trách nhiệm theo dõi, tổng hợp việc thực hiện Công điện, báo cáo Trưởng Ban kết quả trước ngày 05/8/2020 để kịp thời chỉ đạo.</p>
  </div>
  
  <div class="article-author">Văn Nam</div>
</div>
<div class="other-news">
  <div class="webpart-title">Các tin khác</div>
  <ul>
    <li><a href="/Pages/tin-tuc/tiep-tuc-thuc-hien-chinh-sach-ho-tro-dat-o-dat-san-xuat-nuoc-sinh-hoat-cho-dong-1127.aspx">Tiếp tục thực hiện chính sách hỗ trợ đất ở, đất sản xuất, nước sinh hoạt cho đồng bào dân tộc thiểu số nghèo</a> <span class="date">(10/06/2020 | 15:40)</span></li>

    <li><a href="/Pages/tin-tuc/dai-hoi-chi-bo-ban-dan-toc-tinh-nhiem-ky-2020-2025-1102.aspx">Đại hội Chi bộ Ban Dân tộc tỉnh nhiệm kỳ 2020 - 2025</a> <span class="date">(14/05/2020 | 11:20)</span></li>

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
