<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta http-equiv="Expires" content="0" />
<title>
	Kết quả đợt cao điểm bảo đảm an ninh, trật tự phục vụ Đại hội Đảng bộ tỉnh lần thứ XII
</title>
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/corev15.css" />
<meta name="description" content="Thực hiện Chỉ thị số 07/CT-UBND ngày 14/7/2020 của UBND tỉnh Đắk Nông về việc mở đợt cao điểm tấn công trấn áp tội phạm, bảo đảm an ninh, trật tự, bảo vệ Đại hội Đảng các cấp, ..." />

<script type="text/javascript">
// <![CDATA[
var _spPageContextInfo = {webServerRelativeUrl: "\u002f", webAbsoluteUrl: "http:\u002f\u002fbdt.daknong.localhost", siteAbsoluteUrl: "http:\u002f\u002fbdt.daknong.localhost", serverRequestPath: "/Pages/tin-tuc/ket-qua-dot-cao-diem-bao-dam-an-ninh-trat-tu-phuc-vu-dai-hoi-dang-bo-tinh-lan-1240.aspx", layoutsUrl: "_layouts\u002f15", webTitle: "Ban D\u00e2n t\u1ed9c t\u1ec9nh \u0110\u1eafk N\u00f4ng", webLanguage: 1066, currentLanguage: 1066, currentUICultureName: "vi-VN", userId: 0, alertsEnabled: false};
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
      <div class="ms-signInLink"><a id="ctl00_IdWelcome_ExplicitLogin" class="ms-signInLink" href="/_layouts/15/Authenticate.aspx?Source=/Pages/tin-tuc/ket-qua-dot-cao-diem-bao-dam-an-ninh-trat-tu-phuc-vu-dai-hoi-dang-bo-tinh-lan-1240.aspx" style="display:inline;">Sign In</a></div>
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
  <h1 class="article-title">Kết quả đợt cao điểm bảo đảm an ninh, trật tự phục vụ Đại hội Đảng bộ tỉnh lần thứ XII</h1>
  <div class="article-date">Ngày đăng 05/10/2020 | 15:30  | View count: 687</div>
  <div class="article-content ms-rtestate-field">
<p style="text-align: justify;">Thực hiện Chỉ thị số 07/CT-UBND ngày 14/7/2020 của UBND tỉnh Đắk Nông về việc mở đợt cao điểm tấn công trấn áp tội phạm, bảo đảm an ninh, trật tự, bảo vệ Đại hội Đảng các cấp, Ban Dân tộc tỉnh đã chỉ đạo các phòng trực thuộc và Phòng Dân tộc các huyện, thành phố Gia Nghĩa triển khai nhiều giải pháp trong vùng đồng bào dân tộc thiểu số.</p>
<p style="text-align: justify;">Trong ba tháng cao điểm, Ban đã phối hợp với Công an tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh nắm tình hình tại 42 thôn, bon, buôn có đông đồng bào dân tộc thiểu số sinh sống; kịp thời phát hiện, báo cáo các vụ việc tranh chấp đất đai, các trường hợp truyền đạo trái pháp luật để chính quyền địa phương giải quyết ngay từ cơ sở.</p>
<p style="text-align: justify;">Người có uy tín trong đồng bào dân tộc thiểu số tiếp tục phát huy vai trò cầu nối giữa cấp ủy, chính quyền với nhân dân. Ban đã tổ chức gặp mặt, cung cấp thông tin cho 120 người có uy tín về công tác chuẩn bị Đại hội Đảng bộ tỉnh lần thứ XII, nhiệm kỳ 2020 - 2025; vận động bà con không nghe theo kẻ xấu, không tham gia khiếu kiện đông người.</p>
<p style="text-align: justify;">Công tác tiếp nhận, giải quyết đơn thư được thực hiện đúng quy định. Trong đợt cao điểm, Ban tiếp nhận 7 đơn, đã chuyển đến cơ quan có thẩm quyền giải quyết 5 đơn, hướng dẫn công dân 2 trường hợp; không có vụ việc phức tạp, kéo dài.</p>
<p style="text-align: justify;">Nhờ triển khai đồng bộ các giải pháp, tình hình an ninh chính trị, trật tự an toàn xã hội trong vùng đồng bào dân tộc thiểu số cơ bản ổn định, góp phần bảo đảm tuyệt đối an toàn cho Đại hội Đảng bộ tỉnh. Ban Dân tộc tỉnh yêu cầu các đơn vị tiếp tục duy trì chế độ thông tin, báo cáo, không để bị động, bất ngờ trong mọi tình huống.</p>
  </div>
  
  <div class="article-author">Văn Nam</div>
</div>
<div class="other-news">
  <div class="webpart-title">Các tin khác</div>
  <ul>
    <li><a href="/Pages/tin-tuc/ban-dan-toc-tinh-day-manh-ung-dung-cong-nghe-thong-tin-chuyen-doi-so-trong-cong-1192.aspx">Ban Dân tộc tỉnh đẩy mạnh ứng dụng công nghệ thông tin, chuyển đổi số trong công tác dân tộc</a> <span class="date">(20/08/2020 | 16:15)</span></li>

    <li><a href="/Pages/tin-tuc/dam-bao-an-ninh-trat-tu-va-phong-chong-dich-covid-19-1179.aspx">Đảm bảo an ninh, trật tự và phòng chống dịch Covid-19</a> <span class="date">(07/08/2020 | 10:04)</span></li>

    <li><a href="/Pages/tin-tuc/trien-khai-cong-dien-cua-chu-tich-ubnd-tinh-ve-phong-chong-dich-covid-19-trong-1164.aspx">Triển khai Công điện của Chủ tịch UBND tỉnh về phòng, chống dịch Covid-19 trong tổ chức Đại hội Đảng các cấp</a> <span class="date">(29/07/2020 | 09:30)</span></li>

    <li><a href="/Pages/tin-tuc/tiep-tuc-thuc-hien-chinh-sach-ho-tro-dat-o-dat-san-xuat-nuoc-sinh-hoat-cho-dong-1127.aspx">Tiếp tục thực hiện chính sách hỗ trợ đất ở, đất sản xuất, nước sinh hoạt cho đồng bào dân tộc thiểu số nghèo</a> <span class="date">(10/06/2020 | 15:40)</span></li>

    <li><a href="/Pages/tin-tuc/dai-hoi-chi-bo-ban-dan-toc-tinh-nhiem-ky-2020-2025-1102.aspx">Đại hội Chi bộ Ban Dân tộc tỉnh nhiệm kỳ 2020 - 2025</a> <span class="date">(14/05/2020 | 11:20)</span></li>

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
