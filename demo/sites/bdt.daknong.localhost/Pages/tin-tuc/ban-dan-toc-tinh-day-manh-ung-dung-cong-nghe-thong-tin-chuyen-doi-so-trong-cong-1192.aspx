<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta http-equiv="Expires" content="0" />
<title>
	Ban Dân tộc tỉnh đẩy mạnh ứng dụng công nghệ thông tin, chuyển đổi số trong công tác dân tộc
</title>
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/corev15.css" />
<meta name="description" content="Thực hiện Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt Chương trình Chuyển đổi số quốc gia và Kế hoạch số 456/KH-UBND ngày 14/8/2020 của UBND tỉnh Đắk Nông về chuyển đổi số ..." />

<script type="text/javascript">
// <![CDATA[
var _spPageContextInfo = {webServerRelativeUrl: "\u002f", webAbsoluteUrl: "http:\u002f\u002fbdt.daknong.localhost", siteAbsoluteUrl: "http:\u002f\u002fbdt.daknong.localhost", serverRequestPath: "/Pages/tin-tuc/ban-dan-toc-tinh-day-manh-ung-dung-cong-nghe-thong-tin-chuyen-doi-so-trong-cong-1192.aspx", layoutsUrl: "_layouts\u002f15", webTitle: "Ban D\u00e2n t\u1ed9c t\u1ec9nh \u0110\u1eafk N\u00f4ng", webLanguage: 1066, currentLanguage: 1066, currentUICultureName: "vi-VN", userId: 0, alertsEnabled: false};
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
      <div class="ms-signInLink"><a id="ctl00_IdWelcome_ExplicitLogin" class="ms-signInLink" href="/_layouts/15/Authenticate.aspx?Source=/Pages/tin-tuc/ban-dan-toc-tinh-day-manh-ung-dung-cong-nghe-thong-tin-chuyen-doi-so-trong-cong-1192.aspx" style="display:inline;">Sign In</a></div>
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
  <h1 class="article-title">Ban Dân tộc tỉnh đẩy mạnh ứng dụng công nghệ thông tin, chuyển đổi số trong công tác dân tộc</h1>
  <div class="article-date">Ngày đăng 20/08/2020 | 16:15  | View count: 604</div>
  <div class="article-content ms-rtestate-field">
<p style="text-align: justify;">Thực hiện Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt Chương trình Chuyển đổi số quốc gia và Kế hoạch số 456/KH-UBND ngày 14/8/2020 của UBND tỉnh Đắk Nông về chuyển đổi số tỉnh Đắk Nông đến năm 2025, Ban Dân tộc tỉnh đã xác định các nhiệm vụ ứng dụng công nghệ thông tin, chuyển đổi số trong lĩnh vực công tác dân tộc.</p>
<p style="text-align: justify;">Trước hết, Ban tiếp tục sử dụng hiệu quả hệ thống quản lý văn bản và điều hành, hệ thống thư điện tử công vụ; 100% văn bản đi, đến được số hóa và xử lý trên môi trường mạng, trừ văn bản mật; lãnh đạo Ban sử dụng chữ ký số trong ký ban hành văn bản.</p>
<p style="text-align: justify;">Ban sẽ xây dựng cơ sở dữ liệu về công tác dân tộc của tỉnh, bao gồm dữ liệu về dân số, hộ nghèo, người có uy tín, các chính sách dân tộc đã và đang triển khai tại từng thôn, bon, buôn; kết nối, chia sẻ với cơ sở dữ liệu của Ủy ban Dân tộc và các sở, ngành liên quan để phục vụ chỉ đạo, điều hành và hoạch định chính sách.</p>
<p style="text-align: justify;">Đối với vùng đồng bào dân tộc thiểu số, Ban phối hợp với Sở Thông tin và Truyền thông, các doanh nghiệp viễn thông đề xuất phủ sóng di động tại các thôn, bon còn "lõm sóng"; hướng dẫn đồng bào sử dụng điện thoại thông minh để tiếp cận thông tin, dịch vụ công trực tuyến, thanh toán không dùng tiền mặt và tiêu thụ nông sản qua sàn thương mại điện tử.</p>
<p style="text-align: justify;">Ban Dân tộc cũng chú trọng bồi dưỡng kỹ năng số cho đội ngũ công chức làm công tác dân tộc ở cấp huyện, cấp xã, coi đây là lực lượng nòng cốt đưa chuyển đổi số đến với đồng bào.</p>
  </div>
  
  <div class="article-author">Hoài Thương</div>
</div>
<div class="other-news">
  <div class="webpart-title">Các tin khác</div>
  <ul>
    <li><a href="/Pages/tin-tuc/dam-bao-an-ninh-trat-tu-va-phong-chong-dich-covid-19-1179.aspx">Đảm bảo an ninh, trật tự và phòng chống dịch Covid-19</a> <span class="date">(07/08/2020 | 10:04)</span></li>

    <li><a href="/Pages/tin-tuc/trien-khai-cong-dien-cua-chu-tich-ubnd-tinh-ve-phong-chong-dich-covid-19-trong-1164.aspx">Triển khai Công điện của Chủ tịch UBND tỉnh về phòng, chống dịch Covid-19 trong tổ chức Đại hội Đảng các cấp</a> <span class="date">(29/07/2020 | 09:30)</span></li>

    <li><a href="/Pages/tin-tuc/tiep-tuc-thuc-hien-chinh-sach-ho-tro-dat-o-dat-san-xuat-nuoc-sinh-hoat-cho-dong-1127.aspx">Tiếp tục thực hiện chính sách hỗ trợ đất ở, đất sản xuất, nước sinh hoạt cho đồng bào dân tộc thiểu số nghèo</a> <span class="date">(10/06/2020 | 15:40)</span></li>

    <li><a href="/Pages/tin-tuc/dai-hoi-chi-bo-ban-dan-toc-tinh-nhiem-ky-2020-2025-1102.aspx">Đại hội Chi bộ Ban Dân tộc tỉnh nhiệm kỳ 2020 - 2025</a> <span class="date">(14/05/2020 | 11:20)</span></li>

    <li><a href="/Pages/tin-tuc/ho-tro-dong-bao-dan-toc-thieu-so-gap-kho-khan-do-dai-dich-covid-19-1083.aspx">Hỗ trợ đồng bào dân tộc thiểu số gặp khó khăn do đại dịch COVID-19</a> <span class="date">(22/04/2020 | 14:20)</span></li>

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
