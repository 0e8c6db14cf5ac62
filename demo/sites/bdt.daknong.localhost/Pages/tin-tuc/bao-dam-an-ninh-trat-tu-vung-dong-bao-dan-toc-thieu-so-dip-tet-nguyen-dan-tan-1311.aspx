<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta http-equiv="Expires" content="0" />
<title>
	Bảo đảm an ninh, trật tự vùng đồng bào dân tộc thiểu số dịp Tết Nguyên đán Tân Sửu 2021
</title>
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/corev15.css" />
<meta name="description" content="Thực hiện Chỉ thị số 07/CT-UBND của UBND tỉnh về việc mở đợt cao điểm tấn công trấn áp tội phạm, bảo đảm an ninh, trật tự, để bảo đảm an ninh, trật tự trong vùng đồng bào ..." />

<script type="text/javascript">
// <![CDATA[
var _spPageContextInfo = {webServerRelativeUrl: "\u002f", webAbsoluteUrl: "http:\u002f\u002fbdt.daknong.localhost", siteAbsoluteUrl: "http:\u002f\u002fbdt.daknong.localhost", serverRequestPath: "/Pages/tin-tuc/bao-dam-an-ninh-trat-tu-vung-dong-bao-dan-toc-thieu-so-dip-tet-nguyen-dan-tan-1311.aspx", layoutsUrl: "_layouts\u002f15", webTitle: "Ban D\u00e2n t\u1ed9c t\u1ec9nh \u0110\u1eafk N\u00f4ng", webLanguage: 1066, currentLanguage: 1066, currentUICultureName: "vi-VN", userId: 0, alertsEnabled: false};
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
      <div class="ms-signInLink"><a id="ctl00_IdWelcome_ExplicitLogin" class="ms-signInLink" href="/_layouts/15/Authenticate.aspx?Source=/Pages/tin-tuc/bao-dam-an-ninh-trat-tu-vung-dong-bao-dan-toc-thieu-so-dip-tet-nguyen-dan-tan-1311.aspx" style="display:inline;">Sign In</a></div>
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
  <h1 class="article-title">Bảo đảm an ninh, trật tự vùng đồng bào dân tộc thiểu số dịp Tết Nguyên đán Tân Sửu 2021</h1>
  <div class="article-date">Ngày đăng 03/02/2021 | 09:10  | View count: 742</div>
  <div class="article-content ms-rtestate-field">
<p style="text-align: justify;">Thực hiện Chỉ thị số 07/CT-UBND của UBND tỉnh về việc mở đợt cao điểm tấn công trấn áp tội phạm, bảo đảm an ninh, trật tự, để bảo đảm an ninh, trật tự trong vùng đồng bào dân tộc thiểu số trước, trong và sau Tết Nguyên đán Tân Sửu 2021, Trưởng Ban Dân tộc tỉnh yêu cầu các phòng trực thuộc và Phòng Dân tộc các huyện, thành phố Gia Nghĩa tập trung thực hiện một số nhiệm vụ sau.</p>
<p style="text-align: justify;">Các đơn vị chủ động nắm tình hình đời sống của đồng bào, nhất là các hộ nghèo, hộ gặp khó khăn do thiên tai, dịch bệnh; kịp thời đề xuất hỗ trợ gạo, quà Tết để không hộ nào thiếu đói trong dịp Tết. Việc cấp phát quà phải công khai, đúng đối tượng, tránh để xảy ra khiếu nại, thắc mắc.</p>
<p style="text-align: justify;">Phòng Thanh tra phối hợp với các Phòng Dân tộc cấp huyện theo dõi, nắm tình hình đơn thư, các vụ việc tranh chấp đất đai trong vùng đồng bào dân tộc thiểu số; không để phát sinh điểm nóng trong thời gian diễn ra Đại hội đại biểu toàn quốc lần thứ XIII của Đảng và dịp Tết.</p>
<p style="text-align: justify;">Ban đề nghị người có uy tín vận động bà con đón Tết vui tươi, lành mạnh, tiết kiệm; không sử dụng pháo nổ, không tham gia cờ bạc, không uống rượu bia khi điều khiển phương tiện giao thông. Trước diễn biến mới của dịch COVID-19 tại một số tỉnh, thành phố, cán bộ, công chức, người lao động đi về từ vùng có dịch phải khai báo y tế, thực hiện nghiêm thông điệp 5K.</p>
<p style="text-align: justify;">Lãnh đạo Ban phân công trực Tết theo lịch; các đơn vị báo cáo tình hình trước và sau Tết về Văn phòng Ban để tổng hợp, báo cáo UBND tỉnh và Ủy ban Dân tộc.</p>
  </div>
  
  <div class="article-author"></div>
</div>
<div class="other-news">
  <div class="webpart-title">Các tin khác</div>
  <ul>
    <li><a href="/Pages/tin-tuc/tham-tang-qua-tet-nguyen-dan-tan-suu-cho-nguoi-co-uy-tin-trong-dong-bao-dan-toc-1294.aspx">Thăm, tặng quà Tết Nguyên đán Tân Sửu cho người có uy tín trong đồng bào dân tộc thiểu số</a> <span class="date">(25/01/2021 | 09:45)</span></li>

    <li><a href="/Pages/tin-tuc/tong-ket-thuc-hien-chinh-sach-doi-voi-nguoi-co-uy-tin-trong-dong-bao-dan-toc-1258.aspx">Tổng kết thực hiện chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số giai đoạn 2018 - 2020</a> <span class="date">(20/11/2020 | 14:30)</span></li>

    <li><a href="/Pages/tin-tuc/chu-dong-ung-pho-bao-so-9-bao-dam-an-toan-cho-dong-bao-vung-sau-vung-xa-1231.aspx">Chủ động ứng phó bão số 9, bảo đảm an toàn cho đồng bào vùng sâu, vùng xa</a> <span class="date">(28/10/2020 | 08:10)</span></li>

    <li><a href="/Pages/tin-tuc/ket-qua-dot-cao-diem-bao-dam-an-ninh-trat-tu-phuc-vu-dai-hoi-dang-bo-tinh-lan-1240.aspx">Kết quả đợt cao điểm bảo đảm an ninh, trật tự phục vụ Đại hội Đảng bộ tỉnh lần thứ XII</a> <span class="date">(05/10/2020 | 15:30)</span></li>

    <li><a href="/Pages/tin-tuc/ban-dan-toc-tinh-day-manh-ung-dung-cong-nghe-thong-tin-chuyen-doi-so-trong-cong-1192.aspx">Ban Dân tộc tỉnh đẩy mạnh ứng dụng công nghệ thông tin, chuyển đổi số trong công tác dân tộc</a> <span class="date">(20/08/2020 | 16:15)</span></li>

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
