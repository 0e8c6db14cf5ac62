<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta http-equiv="Expires" content="0" />
<title>
	Chủ động ứng phó bão số 9, bảo đảm an toàn cho đồng bào vùng sâu, vùng xa
</title>
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/corev15.css" />
<meta name="description" content="Thực hiện Công điện số 1422/CĐ-TTg ngày 25/10/2020 của Thủ tướng Chính phủ và Công điện số 08/CĐ-UBND ngày 26/10/2020 của Chủ tịch UBND tỉnh về việc chủ động ứng phó với bão số 9 và mưa lũ ..." />

<script type="text/javascript">
// <![CDATA[
var _spPageContextInfo = {webServerRelativeUrl: "\u002f", webAbsoluteUrl: "http:\u002f\u002fbdt.daknong.localhost", siteAbsoluteUrl: "http:\u002f\u002fbdt.daknong.localhost", serverRequestPath: "/Pages/tin-tuc/chu-dong-ung-pho-bao-so-9-bao-dam-an-toan-cho-dong-bao-vung-sau-vung-xa-1231.aspx", layoutsUrl: "_layouts\u002f15", webTitle: "Ban D\u00e2n t\u1ed9c t\u1ec9nh \u0110\u1eafk N\u00f4ng", webLanguage: 1066, currentLanguage: 1066, currentUICultureName: "vi-VN", userId: 0, alertsEnabled: false};
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
      <div class="ms-signInLink"><a id="ctl00_IdWelcome_ExplicitLogin" class="ms-signInLink" href="/_layouts/15/Authenticate.aspx?Source=/Pages/tin-tuc/chu-dong-ung-pho-bao-so-9-bao-dam-an-toan-cho-dong-bao-vung-sau-vung-xa-1231.aspx" style="display:inline;">Sign In</a></div>
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
  <h1 class="article-title">Chủ động ứng phó bão số 9, bảo đảm an toàn cho đồng bào vùng sâu, vùng xa</h1>
  <div class="article-date">Ngày đăng 28/10/2020 | 08:10  | View count: 977</div>
  <div class="article-content ms-rtestate-field">
<p style="text-align: justify;">Thực hiện Công điện số 1422/CĐ-TTg ngày 25/10/2020 của Thủ tướng Chính phủ và Công điện số 08/CĐ-UBND ngày 26/10/2020 của Chủ tịch UBND tỉnh về việc chủ động ứng phó với bão số 9 và mưa lũ sau bão, Ban Dân tộc tỉnh đề nghị Phòng Dân tộc các huyện, thành phố Gia Nghĩa phối hợp chặt chẽ với chính quyền địa phương thực hiện ngay các biện pháp bảo đảm an toàn cho đồng bào dân tộc thiểu số.</p>
<p style="text-align: justify;">Theo dự báo, hoàn lưu bão gây mưa lớn diện rộng trên địa bàn tỉnh, nguy cơ cao xảy ra lũ quét, sạt lở đất tại các khu vực đồi dốc, ven sông, suối ở các huyện Đắk Glong, Tuy Đức, Krông Nô. Nhiều thôn, bon của đồng bào nằm xa trung tâm xã, đường giao thông đi lại khó khăn, dễ bị chia cắt khi mưa lũ.</p>
<p style="text-align: justify;">Người có uy tín, trưởng thôn, bon được đề nghị trực tiếp đến từng hộ gia đình vận động, hướng dẫn người dân gia cố nhà cửa, chằng chống mái nhà; không đi rẫy, không ngủ lại chòi rẫy, không qua sông, suối, ngầm tràn khi nước dâng cao; chủ động di chuyển người già, trẻ em đến nơi an toàn.</p>
<p style="text-align: justify;">Các địa phương chuẩn bị lương thực, nước uống, thuốc men dự phòng cho các thôn, bon có nguy cơ bị cô lập; thông tin kịp thời diễn biến mưa lũ bằng tiếng dân tộc qua loa truyền thanh của xã.</p>
<p style="text-align: justify;">Sau bão, Phòng Dân tộc các huyện khẩn trương thống kê thiệt hại về người, nhà ở, cây trồng, vật nuôi của đồng bào dân tộc thiểu số, báo cáo về Ban Dân tộc tỉnh để tham mưu UBND tỉnh hỗ trợ khắc phục hậu quả, ổn định đời sống.</p>
  </div>
  
  <div class="article-author">Văn Nam</div>
</div>
<div class="other-news">
  <div class="webpart-title">Các tin khác</div>
  <ul>
    <li><a href="/Pages/tin-tuc/ket-qua-dot-cao-diem-bao-dam-an-ninh-trat-tu-phuc-vu-dai-hoi-dang-bo-tinh-lan-1240.aspx">Kết quả đợt cao điểm bảo đảm an ninh, trật tự phục vụ Đại hội Đảng bộ tỉnh lần thứ XII</a> <span class="date">(05/10/2020 | 15:30)</span></li>

    <li><a href="/Pages/tin-tuc/ban-dan-toc-tinh-day-manh-ung-dung-cong-nghe-thong-tin-chuyen-doi-so-trong-cong-1192.aspx">Ban Dân tộc tỉnh đẩy mạnh ứng dụng công nghệ thông tin, chuyển đổi số trong công tác dân tộc</a> <span class="date">(20/08/2020 | 16:15)</span></li>

    <li><a href="/Pages/tin-tuc/dam-bao-an-ninh-trat-tu-va-phong-chong-dich-covid-19-1179.aspx">Đảm bảo an ninh, trật tự và phòng chống dịch Covid-19</a> <span class="date">(07/08/2020 | 10:04)</span></li>

    <li><a href="/Pages/tin-tuc/trien-khai-cong-dien-cua-chu-tich-ubnd-tinh-ve-phong-chong-dich-covid-19-trong-1164.aspx">Triển khai Công điện của Chủ tịch UBND tỉnh về phòng, chống dịch Covid-19 trong tổ chức Đại hội Đảng các cấp</a> <span class="date">(29/07/2020 | 09:30)</span></li>

    <li><a href="/Pages/tin-tuc/tiep-tuc-thuc-hien-chinh-sach-ho-tro-dat-o-dat-san-xuat-nuoc-sinh-hoat-cho-dong-1127.aspx">Tiếp tục thực hiện chính sách hỗ trợ đất ở, đất sản xuất, nước sinh hoạt cho đồng bào dân tộc thiểu số nghèo</a> <span class="date">(10/06/2020 | 15:40)</span></li>

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
