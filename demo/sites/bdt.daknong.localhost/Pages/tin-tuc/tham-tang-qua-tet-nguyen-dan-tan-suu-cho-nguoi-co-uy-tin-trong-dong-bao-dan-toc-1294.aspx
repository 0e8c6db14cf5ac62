<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta http-equiv="Expires" content="0" />
<title>
	Thăm, tặng quà Tết Nguyên đán Tân Sửu cho người có uy tín trong đồng bào dân tộc thiểu số
</title>
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/corev15.css" />
<meta name="description" content="Thực hiện Kế hoạch số 05/KH-BDT ngày 08/01/2021 của Ban Dân tộc tỉnh, từ ngày 18/01 đến ngày 25/01/2021, các đoàn công tác của Ban Dân tộc tỉnh do lãnh đạo Ban dẫn đầu đã đến thăm, chúc ..." />

<script type="text/javascript">
// <![CDATA[
var _spPageContextInfo = {webServerRelativeUrl: "\u002f", webAbsoluteUrl: "http:\u002f\u002fbdt.daknong.localhost", siteAbsoluteUrl: "http:\u002f\u002fbdt.daknong.localhost", serverRequestPath: "/Pages/tin-tuc/tham-tang-qua-tet-nguyen-dan-tan-suu-cho-nguoi-co-uy-tin-trong-dong-bao-dan-toc-1294.aspx", layoutsUrl: "_layouts\u002f15", webTitle: "Ban D\u00e2n t\u1ed9c t\u1ec9nh \u0110\u1eafk N\u00f4ng", webLanguage: 1066, currentLanguage: 1066, currentUICultureName: "vi-VN", userId: 0, alertsEnabled: false};
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
      <div class="ms-signInLink"><a id="ctl00_IdWelcome_ExplicitLogin" class="ms-signInLink" href="/_layouts/15/Authenticate.aspx?Source=/Pages/tin-tuc/tham-tang-qua-tet-nguyen-dan-tan-suu-cho-nguoi-co-uy-tin-trong-dong-bao-dan-toc-1294.aspx" style="display:inline;">Sign In</a></div>
    </div>
  </div>
</div>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="header">
  <div class="logo"><img src="/_layouts/15/images/spcommon.gif" alt="" /></div>
  <div class="site-name">BAN DÂN TỘC TỈNH ĐẮK NÔNG</div>
  <div class="site-sub">Cổng thông tin điện tử tỉnh Đắk Nông</div>
</div>
<div class="topnav" id="startNavigation">
  <ul>
    <li><a href="/Pages/default.aspx">Trang chủ</a></li>
    <li><a href="/Pages/gioi-thieu.aspx">Giới thiệu</a></li>
    <li><a href="/Pages/thong-tin-chi-dao-dieu-hanh.aspx">Thông tin chỉ đạo, điều hành</a></li>
    <li><a href="/Pages/chinh-sach-dan-toc.aspx">Chính sách dân tộc</a></li>
    <li><a href="/Pages/lien-he.aspx">Liên hệ</a></li>
  </ul>
</div>
<div class="body-wrap">
  <div class="col-main" id="mainContent">
<div class="breadcrumb"><a href="/Pages/default.aspx">Trang chủ</a> &gt; <a href="/Pages/thong-tin-chi-dao-dieu-hanh.aspx">Thông tin chỉ đạo, điều hành</a></div>
<div class="article">
  <h1 class="article-title">Thăm, tặng quà Tết Nguyên đán Tân Sửu cho người có uy tín trong đồng bào dân tộc thiểu số</h1>
  <div class="article-date">Ngày đăng 25/01/2021 | 09:45  | View count: 731</div>
  <div class="article-content ms-rtestate-field">
<p style="text-align: justify;">Thực hiện Kế hoạch số 05/KH-BDT ngày 08/01/2021 của Ban Dân tộc tỉnh, từ ngày 18/01 đến ngày 25/01/2021, các đoàn công tác của Ban Dân tộc tỉnh do lãnh đạo Ban dẫn đầu đã đến thăm, chúc Tết, tặng quà người có uy tín trong đồng bào dân tộc thiểu số tại 08 huyện, thành phố trong tỉnh.</p>
<p style="text-align: justify;">Mỗi người có uy tín được tặng một suất quà trị giá 500.000 đồng theo chính sách quy định tại Quyết định số 12/2018/QĐ-TTg của Thủ tướng Chính phủ. Các đoàn công tác đã thông tin đến người có uy tín về tình hình kinh tế - xã hội của tỉnh năm 2020, kết quả thực hiện các chính sách dân tộc; đồng thời lắng nghe tâm tư, nguyện vọng của đồng bào.</p>
<p style="text-align: justify;">Nhiều già làng, trưởng bon bày tỏ phấn khởi trước những đổi thay của buôn làng: đường bê tông về tận thôn, bon; trẻ em được đến trường đầy đủ; nhiều hộ gia đình thoát nghèo nhờ trồng cà phê, hồ tiêu, sầu riêng. Người có uy tín cũng phản ánh một số khó khăn như thiếu đất sản xuất, giá nông sản bấp bênh, tình trạng tảo hôn vẫn còn xảy ra ở một số nơi.</p>
<p style="text-align: justify;">Lãnh đạo Ban Dân tộc đề nghị người có uy tín tiếp tục phát huy vai trò, vận động con cháu và bà con thực hiện tốt các biện pháp phòng, chống dịch Covid-19 trong dịp Tết; đón Tết vui tươi, lành mạnh, tiết kiệm; không uống rượu bia khi tham gia giao thông; cảnh giác với các đối tượng lợi dụng tôn giáo để lôi kéo, kích động.</p>
<p style="text-align: justify;">Dịp này, Ban Dân tộc tỉnh cũng phối hợp với các doanh nghiệp, nhà hảo tâm tặng 200 suất quà cho hộ nghèo, học sinh có hoàn cảnh khó khăn tại các xã đặc biệt khó khăn.</p>
  </div>
  
  <div class="article-author">Y Thịnh</div>
</div>
<div class="other-news">
  <div class="webpart-title">Các tin khác</div>
  <ul>
    <li><a href="/Pages/tin-tuc/tong-ket-thuc-hien-chinh-sach-doi-voi-nguoi-co-uy-tin-trong-dong-bao-dan-toc-1258.aspx">Tổng kết thực hiện chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số giai đoạn 2018 - 2020</a> <span class="date">(20/11/2020 | 14:30)</span></li>

    <li><a href="/Pages/tin-tuc/chu-dong-ung-pho-bao-so-9-bao-dam-an-toan-cho-dong-bao-vung-sau-vung-xa-1231.aspx">Chủ động ứng phó bão số 9, bảo đảm an toàn cho đồng bào vùng sâu, vùng xa</a> <span class="date">(28/10/2020 | 08:10)</span></li>

    <li><a href="/Pages/tin-tuc/ket-qua-dot-cao-diem-bao-dam-an-ninh-trat-tu-phuc-vu-dai-hoi-dang-bo-tinh-lan-1240.aspx">Kết quả đợt cao điểm bảo đảm an ninh, trật tự phục vụ Đại hội Đảng bộ tỉnh lần thứ XII</a> <span class="date">(05/10/2020 | 15:30)</span></li>

    <li><a href="/Pages/tin-tuc/ban-dan-toc-tinh-day-manh-ung-dung-cong-nghe-thong-tin-chuyen-doi-so-trong-cong-1192.aspx">Ban Dân tộc tỉnh đẩy mạnh ứng dụng công nghệ thông tin, chuyển đổi số trong công tác dân tộc</a> <span class="date">(20/08/2020 | 16:15)</span></li>

    <li><a href="/Pages/tin-tuc/dam-bao-an-ninh-trat-tu-va-phong-chong-dich-covid-19-1179.aspx">Đảm bảo an ninh, trật tự và phòng chống dịch Covid-19</a> <span class="date">(07/08/2020 | 10:04)</span></li>

  </ul>
</div>

  </div>
  <div class="col-right">
    <div class="webpart">
      <div class="webpart-title">VĂN BẢN MỚI</div>
      <ul>
        <li><a href="/Pages/chinh-sach-dan-toc.aspx">Quy chế làm việc của Ban Dân tộc tỉnh</a></li>
        <li><a href="/Pages/chinh-sach-dan-toc.aspx">Lịch tiếp công dân định kỳ của Trưởng ban</a></li>
        <li><a href="/Pages/chinh-sach-dan-toc.aspx">Danh sách người có uy tín trong đồng bào dân tộc thiểu số</a></li>
      </ul>
    </div>
    <div class="webpart">
      <div class="webpart-title">LIÊN KẾT WEBSITE</div>
      <ul>
        <li><a href="http://www.ubdt.gov.vn" target="_blank">Ủy ban Dân tộc</a></li>
        <li><a href="http://www.daknong.gov.vn" target="_blank">Cổng TTĐT tỉnh Đắk Nông</a></li>
      </ul>
    </div>
  </div>
</div>
<div class="footer">
  <p>Bản quyền thuộc Ban Dân tộc tỉnh Đắk Nông</p>
  <p>Địa chỉ: Đường 23 tháng 3, phường Nghĩa Trung, thành phố Gia Nghĩa, tỉnh Đắk Nông</p>
  <p>Điện thoại: 0261.3544.369 - Fax: 0261.3544.368 - Email: bandantoc@daknong.gov.vn</p>
  <p>Ghi rõ nguồn "Ban Dân tộc tỉnh Đắk Nông" khi phát hành lại thông tin từ website này.</p>
</div>
</div></div>
</body>
</html>
