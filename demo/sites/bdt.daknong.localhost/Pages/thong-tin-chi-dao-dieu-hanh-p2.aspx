<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta http-equiv="Expires" content="0" />
<title>
	Thông tin chỉ đạo, điều hành
</title>
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/corev15.css" />

<script type="text/javascript">
// <![CDATA[
var _spPageContextInfo = {webServerRelativeUrl: "\u002f", webAbsoluteUrl: "http:\u002f\u002fbdt.daknong.localhost", siteAbsoluteUrl: "http:\u002f\u002fbdt.daknong.localhost", serverRequestPath: "/Pages/thong-tin-chi-dao-dieu-hanh-p2.aspx", layoutsUrl: "_layouts\u002f15", webTitle: "Ban D\u00e2n t\u1ed9c t\u1ec9nh \u0110\u1eafk N\u00f4ng", webLanguage: 1066, currentLanguage: 1066, currentUICultureName: "vi-VN", userId: 0, alertsEnabled: false};
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
      <div class="ms-signInLink"><a id="ctl00_IdWelcome_ExplicitLogin" class="ms-signInLink" href="/_layouts/15/Authenticate.aspx?Source=/Pages/thong-tin-chi-dao-dieu-hanh-p2.aspx" style="display:inline;">Sign In</a></div>
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
  <a class="news-title" href="/Pages/tin-tuc/chu-dong-ung-pho-bao-so-9-bao-dam-an-toan-cho-dong-bao-vung-sau-vung-xa-1231.aspx">Chủ động ứng phó bão số 9, bảo đảm an toàn cho đồng bào vùng sâu, vùng xa</a>
  <div class="news-date">28/10/2020 | 08:10</div>
  <div class="news-summary">Thực hiện Công điện số 1422/CĐ-TTg ngày 25/10/2020 của Thủ tướng Chính phủ và Công điện số 08/CĐ-UBND ngày 26/10/2020 của Chủ tịch UBND tỉnh về việc chủ động ứng phó với bão số 9 và mưa lũ ...</div>
</div>

<div class="news-item">
  <a class="news-title" href="/Pages/tin-tuc/ket-qua-dot-cao-diem-bao-dam-an-ninh-trat-tu-phuc-vu-dai-hoi-dang-bo-tinh-lan-1240.aspx">Kết quả đợt cao điểm bảo đảm an ninh, trật tự phục vụ Đại hội Đảng bộ tỉnh lần thứ XII</a>
  <div class="news-date">05/10/2020 | 15:30</div>
  <div class="news-summary">Thực hiện Chỉ thị số 07/CT-UBND ngày 14/7/2020 của UBND tỉnh Đắk Nông về việc mở đợt cao điểm tấn công trấn áp tội phạm, bảo đảm an ninh, trật tự, bảo vệ Đại hội Đảng các cấp, ...</div>
</div>

<div class="news-item">
  <a class="news-title" href="/Pages/tin-tuc/ban-dan-toc-tinh-day-manh-ung-dung-cong-nghe-thong-tin-chuyen-doi-so-trong-cong-1192.aspx">Ban Dân tộc tỉnh đẩy mạnh ứng dụng công nghệ thông tin, chuyển đổi số trong công tác dân tộc</a>
  <div class="news-date">20/08/2020 | 16:15</div>
  <div class="news-summary">Thực hiện Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt Chương trình Chuyển đổi số quốc gia và Kế hoạch số 456/KH-UBND ngày 14/8/2020 của UBND tỉnh Đắk Nông về chuyển đổi số ...</div>
</div>

<div class="news-item">
  <a class="news-title" href="/Pages/tin-tuc/dam-bao-an-ninh-trat-tu-va-phong-chong-dich-covid-19-1179.aspx">Đảm bảo an ninh, trật tự và phòng chống dịch Covid-19</a>
  <div class="news-date">07/08/2020 | 10:04</div>
  <div class="news-summary">Thực hiện Chỉ thị số 07/CT-UBND, ngày 14/7/2020 của UBND tỉnh về việc mở đợt cao điểm tấn công trấn áp tội phạm, bảo đảm an ninh, trật tư, bảo vệ Đại hội Đảng các cấp và Công ...</div>
</div>

<div class="news-item">
  <a class="news-title" href="/Pages/tin-tuc/trien-khai-cong-dien-cua-chu-tich-ubnd-tinh-ve-phong-chong-dich-covid-19-trong-1164.aspx">Triển khai Công điện của Chủ tịch UBND tỉnh về phòng, chống dịch Covid-19 trong tổ chức Đại hội Đảng các cấp</a>
  <div class="news-date">29/07/2020 | 09:30</div>
  <div class="news-summary">Thực hiện Công điện số 1099/CĐ-TTg ngày 26/7/2020 của Thủ tướng Chính phủ về việc tăng cường các biện pháp phòng, chống dịch COVID-19, ngày 27/7/2020 Chủ tịch UBND tỉnh Đắk Nông ban hành Công điện số 02/CĐ-UBND ...</div>
</div>

<div class="news-item">
  <a class="news-title" href="/Pages/tin-tuc/tiep-tuc-thuc-hien-chinh-sach-ho-tro-dat-o-dat-san-xuat-nuoc-sinh-hoat-cho-dong-1127.aspx">Tiếp tục thực hiện chính sách hỗ trợ đất ở, đất sản xuất, nước sinh hoạt cho đồng bào dân tộc thiểu số nghèo</a>
  <div class="news-date">10/06/2020 | 15:40</div>
  <div class="news-summary">Thực hiện Quyết định số 2085/QĐ-TTg ngày 31/10/2016 của Thủ tướng Chính phủ phê duyệt chính sách đặc thù hỗ trợ phát triển kinh tế - xã hội vùng dân tộc thiểu số và miền núi giai đoạn ...</div>
</div>

<div class="news-item">
  <a class="news-title" href="/Pages/tin-tuc/dai-hoi-chi-bo-ban-dan-toc-tinh-nhiem-ky-2020-2025-1102.aspx">Đại hội Chi bộ Ban Dân tộc tỉnh nhiệm kỳ 2020 - 2025</a>
  <div class="news-date">14/05/2020 | 11:20</div>
  <div class="news-summary">Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng và Kế hoạch số 120-KH/TU ngày ...</div>
</div>

<div class="news-item">
  <a class="news-title" href="/Pages/tin-tuc/ho-tro-dong-bao-dan-toc-thieu-so-gap-kho-khan-do-dai-dich-covid-19-1083.aspx">Hỗ trợ đồng bào dân tộc thiểu số gặp khó khăn do đại dịch COVID-19</a>
  <div class="news-date">22/04/2020 | 14:20</div>
  <div class="news-summary">Thực hiện Nghị quyết số 42/NQ-CP ngày 09/4/2020 của Chính phủ về các biện pháp hỗ trợ người dân gặp khó khăn do đại dịch COVID-19 và Quyết định số 15/2020/QĐ-TTg ngày 24/4/2020 của Thủ tướng Chính phủ ...</div>
</div>

<div class="news-item">
  <a class="news-title" href="/Pages/tin-tuc/ban-dan-toc-tinh-trien-khai-thuc-hien-chi-thi-16-ct-ttg-cua-thu-tuong-chinh-phu-1064.aspx">Ban Dân tộc tỉnh triển khai thực hiện Chỉ thị 16/CT-TTg của Thủ tướng Chính phủ</a>
  <div class="news-date">03/04/2020 | 08:50</div>
  <div class="news-summary">Thực hiện Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ về thực hiện các biện pháp cấp bách phòng, chống dịch COVID-19 và Công văn số 1540/UBND-KGVX ngày 01/4/2020 của UBND tỉnh Đắk Nông, ngày ...</div>
</div>

<div class="news-item">
  <a class="news-title" href="/Pages/tin-tuc/ban-dan-toc-tinh-trien-khai-cac-bien-phap-phong-chong-dich-benh-viem-duong-ho-1021.aspx">Ban Dân tộc tỉnh triển khai các biện pháp phòng, chống dịch bệnh viêm đường hô hấp cấp do chủng mới của vi rút Corona</a>
  <div class="news-date">05/02/2020 | 10:15</div>
  <div class="news-summary">Thực hiện Chỉ thị số 06/CT-TTg ngày 31/01/2020 của Thủ tướng Chính phủ về việc tăng cường ngăn chặn, phòng, chống dịch bệnh viêm đường hô hấp cấp do chủng mới của vi rút Corona gây ra và ...</div>
</div>

</div>
<div class="paging">Trang 2/2:
<a href="/Pages/thong-tin-chi-dao-dieu-hanh.aspx">« Trước</a>
<a href="/Pages/thong-tin-chi-dao-dieu-hanh.aspx">1</a>
<span class="current">2</span>
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
