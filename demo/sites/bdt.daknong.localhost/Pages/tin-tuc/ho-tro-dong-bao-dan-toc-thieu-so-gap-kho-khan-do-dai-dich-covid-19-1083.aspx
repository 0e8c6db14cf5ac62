<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta http-equiv="Expires" content="0" />
<title>
	Hỗ trợ đồng bào dân tộc thiểu số gặp khó khăn do đại dịch COVID-19
</title>
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/corev15.css" />
<meta name="description" content="Thực hiện Nghị quyết số 42/NQ-CP ngày 09/4/2020 của Chính phủ về các biện pháp hỗ trợ người dân gặp khó khăn do đại dịch COVID-19 và Quyết định số 15/2020/QĐ-TTg ngày 24/4/2020 của Thủ tướng Chính phủ ..." />

<script type="text/javascript">
// <![CDATA[
var _spPageContextInfo = {webServerRelativeUrl: "\u002f", webAbsoluteUrl: "http:\u002f\u002fbdt.daknong.localhost", siteAbsoluteUrl: "http:\u002f\u002fbdt.daknong.localhost", serverRequestPath: "/Pages/tin-tuc/ho-tro-dong-bao-dan-toc-thieu-so-gap-kho-khan-do-dai-dich-covid-19-1083.aspx", layoutsUrl: "_layouts\u002f15", webTitle: "Ban D\u00e2n t\u1ed9c t\u1ec9nh \u0110\u1eafk N\u00f4ng", webLanguage: 1066, currentLanguage: 1066, currentUICultureName: "vi-VN", userId: 0, alertsEnabled: false};
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
      <div class="ms-signInLink"><a id="ctl00_IdWelcome_ExplicitLogin" class="ms-signInLink" href="/_layouts/15/Authenticate.aspx?Source=/Pages/tin-tuc/ho-tro-dong-bao-dan-toc-thieu-so-gap-kho-khan-do-dai-dich-covid-19-1083.aspx" style="display:inline;">Sign In</a></div>
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
  <h1 class="article-title">Hỗ trợ đồng bào dân tộc thiểu số gặp khó khăn do đại dịch COVID-19</h1>
  <div class="article-date">Ngày đăng 22/04/2020 | 14:20  | View count: 1127</div>
  <div class="article-content ms-rtestate-field">
<p style="text-align: justify;">Thực hiện Nghị quyết số 42/NQ-CP ngày 09/4/2020 của Chính phủ về các biện pháp hỗ trợ người dân gặp khó khăn do đại dịch COVID-19 và Quyết định số 15/2020/QĐ-TTg ngày 24/4/2020 của Thủ tướng Chính phủ quy định về việc thực hiện các chính sách hỗ trợ, Ban Dân tộc tỉnh đề nghị Phòng Dân tộc các huyện, thành phố Gia Nghĩa phối hợp chặt chẽ với Phòng Lao động - Thương binh và Xã hội rà soát, lập danh sách hộ nghèo, hộ cận nghèo là đồng bào dân tộc thiểu số để được hỗ trợ kịp thời.</p>
<p style="text-align: justify;">Trên địa bàn tỉnh hiện có hơn 9.000 hộ nghèo là người dân tộc thiểu số, phần lớn sinh sống bằng nghề nông, làm thuê theo mùa vụ, thu nhập bấp bênh. Thời gian thực hiện giãn cách xã hội, nhiều lao động phải nghỉ việc, giá nông sản giảm, đời sống của đồng bào càng thêm khó khăn.</p>
<p style="text-align: justify;">Ban Dân tộc yêu cầu việc rà soát phải công khai, minh bạch, có sự tham gia giám sát của người có uy tín và Ban công tác Mặt trận ở thôn, bon, buôn; bảo đảm đúng đối tượng, không bỏ sót, không trùng lặp. Việc chi trả được thực hiện tận hộ gia đình hoặc tại điểm chi trả của xã với số lượng người phù hợp, bảo đảm giữ khoảng cách và các biện pháp phòng dịch.</p>
<p style="text-align: justify;">Cùng với chính sách của Trung ương, Ban Dân tộc vận động các doanh nghiệp, nhà hảo tâm hỗ trợ gạo, nhu yếu phẩm cho các hộ đặc biệt khó khăn ở các xã biên giới của huyện Tuy Đức, Đắk Mil, Cư Jút; ưu tiên người cao tuổi neo đơn, người khuyết tật, hộ có người mắc bệnh hiểm nghèo.</p>
<p style="text-align: justify;">Phòng Dân tộc các huyện báo cáo kết quả rà soát, số hộ, số khẩu được hỗ trợ về Ban Dân tộc tỉnh trước ngày 05/5/2020 để tổng hợp, báo cáo UBND tỉnh và Ủy ban Dân tộc.</p>
  </div>
  
  <div class="article-author">Hoài Thương</div>
</div>
<div class="other-news">
  <div class="webpart-title">Các tin khác</div>
  <ul>
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
