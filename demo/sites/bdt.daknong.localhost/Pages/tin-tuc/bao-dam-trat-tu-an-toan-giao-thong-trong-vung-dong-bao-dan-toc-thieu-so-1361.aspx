<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta http-equiv="Expires" content="0" />
<title>
	Bảo đảm trật tự, an toàn giao thông trong vùng đồng bào dân tộc thiểu số
</title>
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/corev15.css" />
<meta name="description" content="Thời gian qua, tai nạn giao thông trong vùng đồng bào dân tộc thiểu số trên địa bàn tỉnh có chiều hướng gia tăng, nguyên nhân chủ yếu do người điều khiển xe mô tô không có giấy ..." />

<script type="text/javascript">
// <![CDATA[
var _spPageContextInfo = {webServerRelativeUrl: "\u002f", webAbsoluteUrl: "http:\u002f\u002fbdt.daknong.localhost", siteAbsoluteUrl: "http:\u002f\u002fbdt.daknong.localhost", serverRequestPath: "/Pages/tin-tuc/bao-dam-trat-tu-an-toan-giao-thong-trong-vung-dong-bao-dan-toc-thieu-so-1361.aspx", layoutsUrl: "_layouts\u002f15", webTitle: "Ban D\u00e2n t\u1ed9c t\u1ec9nh \u0110\u1eafk N\u00f4ng", webLanguage: 1066, currentLanguage: 1066, currentUICultureName: "vi-VN", userId: 0, alertsEnabled: false};
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
      <div class="ms-signInLink"><a id="ctl00_IdWelcome_ExplicitLogin" class="ms-signInLink" href="/_layouts/15/Authenticate.aspx?Source=/Pages/tin-tuc/bao-dam-trat-tu-an-toan-giao-thong-trong-vung-dong-bao-dan-toc-thieu-so-1361.aspx" style="display:inline;">Sign In</a></div>
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
  <h1 class="article-title">Bảo đảm trật tự, an toàn giao thông trong vùng đồng bào dân tộc thiểu số</h1>
  <div class="article-date">Ngày đăng 10/05/2021 | 15:05  | View count: 522</div>
  <div class="article-content ms-rtestate-field">
<p style="text-align: justify;">Thời gian qua, tai nạn giao thông trong vùng đồng bào dân tộc thiểu số trên địa bàn tỉnh có chiều hướng gia tăng, nguyên nhân chủ yếu do người điều khiển xe mô tô không có giấy phép lái xe, không đội mũ bảo hiểm, sử dụng rượu bia khi tham gia giao thông, chở quá số người quy định.</p>
<p style="text-align: justify;">Triển khai Kế hoạch số 215/KH-BATGT của Ban An toàn giao thông tỉnh, Ban Dân tộc tỉnh phối hợp với Phòng Cảnh sát giao thông Công an tỉnh tổ chức các buổi tuyên truyền pháp luật về trật tự, an toàn giao thông tại các thôn, bon, buôn đồng bào dân tộc thiểu số ở các huyện Đắk Glong, Đắk Song, Cư Jút.</p>
<p style="text-align: justify;">Tại các buổi tuyên truyền, báo cáo viên đã phổ biến những quy định mới của Nghị định số 100/2019/NĐ-CP của Chính phủ, đặc biệt là mức xử phạt đối với hành vi điều khiển phương tiện khi trong máu hoặc hơi thở có nồng độ cồn; hướng dẫn kỹ năng lái xe an toàn trên đường đèo dốc, đường trơn trượt mùa mưa; nhắc nhở phụ huynh không giao xe cho con em chưa đủ tuổi điều khiển.</p>
<p style="text-align: justify;">Nội dung tuyên truyền được chuyển tải bằng tiếng M'nông và tiếng Ê đê, kết hợp phát tờ rơi có hình ảnh minh họa sinh động, dễ hiểu. Nhiều người có uy tín cam kết vận động bà con trong thôn, bon không uống rượu khi đi xe máy, đội mũ bảo hiểm đúng quy cách.</p>
<p style="text-align: justify;">Ban Dân tộc đề nghị Phòng Dân tộc các huyện tiếp tục phối hợp với lực lượng công an xã duy trì tuyên truyền thường xuyên, nhất là trước các dịp lễ hội truyền thống, mùa thu hoạch cà phê, khi đồng bào đi lại nhiều.</p>
  </div>
  
  <div class="article-author">Hoài Thương</div>
</div>
<div class="other-news">
  <div class="webpart-title">Các tin khác</div>
  <ul>
    <li><a href="/Pages/tin-tuc/ban-dan-toc-tinh-ban-hanh-ke-hoach-cai-cach-hanh-chinh-nam-2021-1330.aspx">Ban Dân tộc tỉnh ban hành Kế hoạch cải cách hành chính năm 2021</a> <span class="date">(15/03/2021 | 10:20)</span></li>

    <li><a href="/Pages/tin-tuc/bao-dam-an-ninh-trat-tu-vung-dong-bao-dan-toc-thieu-so-dip-tet-nguyen-dan-tan-1311.aspx">Bảo đảm an ninh, trật tự vùng đồng bào dân tộc thiểu số dịp Tết Nguyên đán Tân Sửu 2021</a> <span class="date">(03/02/2021 | 09:10)</span></li>

    <li><a href="/Pages/tin-tuc/tham-tang-qua-tet-nguyen-dan-tan-suu-cho-nguoi-co-uy-tin-trong-dong-bao-dan-toc-1294.aspx">Thăm, tặng quà Tết Nguyên đán Tân Sửu cho người có uy tín trong đồng bào dân tộc thiểu số</a> <span class="date">(25/01/2021 | 09:45)</span></li>

    <li><a href="/Pages/tin-tuc/tong-ket-thuc-hien-chinh-sach-doi-voi-nguoi-co-uy-tin-trong-dong-bao-dan-toc-1258.aspx">Tổng kết thực hiện chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số giai đoạn 2018 - 2020</a> <span class="date">(20/11/2020 | 14:30)</span></li>

    <li><a href="/Pages/tin-tuc/chu-dong-ung-pho-bao-so-9-bao-dam-an-toan-cho-dong-bao-vung-sau-vung-xa-1231.aspx">Chủ động ứng phó bão số 9, bảo đảm an toàn cho đồng bào vùng sâu, vùng xa</a> <span class="date">(28/10/2020 | 08:10)</span></li>

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
