<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta http-equiv="Expires" content="0" />
<title>
	Đảm bảo an ninh, trật tự và phòng chống dịch Covid-19
</title>
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/corev15.css" />
<meta name="description" content="Thực hiện Chỉ thị số 07/CT-UBND, ngày 14/7/2020 của UBND tỉnh về việc mở đợt cao điểm tấn công trấn áp tội phạm, bảo đảm an ninh, trật tư, bảo vệ Đại hội Đảng các cấp và Công ..." />

<script type="text/javascript">
// <![CDATA[
var _spPageContextInfo = {webServerRelativeUrl: "\u002f", webAbsoluteUrl: "http:\u002f\u002fbdt.daknong.localhost", siteAbsoluteUrl: "http:\u002f\u002fbdt.daknong.localhost", serverRequestPath: "/Pages/tin-tuc/dam-bao-an-ninh-trat-tu-va-phong-chong-dich-covid-19-1179.aspx", layoutsUrl: "_layouts\u002f15", webTitle: "Ban D\u00e2n t\u1ed9c t\u1ec9nh \u0110\u1eafk N\u00f4ng", webLanguage: 1066, currentLanguage: 1066, currentUICultureName: "vi-VN", userId: 0, alertsEnabled: false};
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
      <div class="ms-signInLink"><a id="ctl00_IdWelcome_ExplicitLogin" class="ms-signInLink" href="/_layouts/15/Authenticate.aspx?Source=/Pages/tin-tuc/dam-bao-an-ninh-trat-tu-va-phong-chong-dich-covid-19-1179.aspx" style="display:inline;">Sign In</a></div>
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
  <h1 class="article-title">Đảm bảo an ninh, trật tự và phòng chống dịch Covid-19</h1>
  <div class="article-date">Ngày đăng 07/08/2020 | 10:04  | View count: 1802</div>
  <div class="article-content ms-rtestate-field">
<p style="text-align: justify;">Thực hiện Chỉ thị số 07/CT-UBND, ngày 14/7/2020 của UBND tỉnh về việc mở đợt cao điểm tấn công trấn áp tội phạm, bảo đảm an ninh, trật tư, bảo vệ Đại hội Đảng các cấp và Công điện số 02/CĐ-UBND, ngày 27/7/2020 của UBND tỉnh về việc tăng cường triển khai một số biện pháp phòng, chống dịch Covid-19 trong công tác tổ chức Đại hội Đảng các cấp trên địa bàn tỉnh. Trưởng Ban Dân tộc tỉnh yêu cầu các phòng trực thuộc Ban Dân tộc tỉnh và Phòng Dân tộc các huyện, thành phố Gia Nghĩa tập trung chỉ đạo thực hiện một số nhiệm vụ trọng tâm sau:</p>
<p style="text-align: justify;">1 Tiếp tục tham mưu cấp uỷ, chính quyền các cấp thực hiện các nhiệm vụ đảm bảo an ninh, trật tự tại cơ quan và trong vùng đồng bào dân tộc thiểu số. Thực hiện chế độ thông tin, báo cáo kịp thời về những vấn đề liên quan đến an ninh trât tự trong vùng đồng bào dân tộc thiểu số.Quán triệt cán bộ, công chức, lao động gương mẫu chấp hành pháp luật, phát huy tinh thần trách nhiệm trong thực thi công vụ. Thực hiện nghiêm túc nội quy, quy chế làm việc; thực hiện công tác phát ngôn, cung cấp thông tin cho báo chí theo đúng quy định. Thực hiện trao đổi văn bản trong công tác đảm bảo an toàn thông tin và sử dụng các mạng xã hội theo đúng quy định Luật An ninh mạng.</p>
<p style="text-align: justify;">2. Phòng Thanh tra và các Phòng Dân tộc các huyện, thành phố Gia Nghĩa thực hiện tốt công tác tham mưu tiếp nhận và giải quyết đơn thư trong vùng đồng bào dân tộc thiểu số. Giao phòng Thanh tra tham mưu xây dựng kế hoạch đảm bảo an ninh, trật tự và giải quyết đơn thư trong vùng đồng bào dân tộc thiểu số phục vụ công tác Đại hội Đảng các cấp.</p>
<p style="text-align: justify;">3.Trước tình hình diễn phức tạp dịch Covid-19 để kịp thời thực hiện các biện pháp, phòng chống dịch,yêu cầu các phòng trực thuộc và phòng Dân tộc các huyện, thành phố Gia Nghĩa thường xuyên cập nhật và thực hiện nghiêm túc các văn bản chỉ đạo của tỉnh và các địa phương về công tác phòng chống dịch.</p>
<p style="text-align: justify;">Việc thực hiện các nhiệm vụ chuyên môn, nhất là công táctổ chức hội nghị,tập huấn, tuyên truyền tập trung đông người,tuỳ tình hình diễn biến dịch bệnh phải thực hiện các biện pháp phòng ngừa dịch bệnh, trước khi tổ chức phải có ý kiến của cơ quan y tế cùng cấp.</p>
<p style="text-align: justify;">Đối với cán bộ, công chức, lao động có đi về từ các vùng đang có dịch phải thực hiện khai báo y tế và thực hiện theo yêu cầu, khuyến nghị của cơ quan y tế có thẩm quyền. Trường hợp cán bộ, công chức, lao động có tiếp xúc với người thân đi về từ các vùng đang có dịch được cơ quan y tế có thẩm quyền yêu cầu thực hiện cách ly thì cán bộ, công chức, lao động đó có trách nhiệm thông tin, báo cáo với thủ trưởng cơ quan để xem xét thực hiện cho phép làm việc tại nhà nhằm thực hiện tốt công tác phòng ngừa lây lan dịch bệnh.</p>
<p style="text-align: justify;">Yêu cầu các phòng trực thuộc Ban Dân tộc tỉnh và Phòng Dân tộc các huyện, thành phố Gia Nghĩa nghiêm túc triển khai thực hiện./.</p>
  </div>
  
  <div class="article-author"></div>
</div>
<div class="other-news">
  <div class="webpart-title">Các tin khác</div>
  <ul>
    <li><a href="/Pages/tin-tuc/trien-khai-cong-dien-cua-chu-tich-ubnd-tinh-ve-phong-chong-dich-covid-19-trong-1164.aspx">Triển khai Công điện của Chủ tịch UBND tỉnh về phòng, chống dịch Covid-19 trong tổ chức Đại hội Đảng các cấp</a> <span class="date">(29/07/2020 | 09:30)</span></li>

    <li><a href="/Pages/tin-tuc/tiep-tuc-thuc-hien-chinh-sach-ho-tro-dat-o-dat-san-xuat-nuoc-sinh-hoat-cho-dong-1127.aspx">Tiếp tục thực hiện chính sách hỗ trợ đất ở, đất sản xuất, nước sinh hoạt cho đồng bào dân tộc thiểu số nghèo</a> <span class="date">(10/06/2020 | 15:40)</span></li>

    <li><a href="/Pages/tin-tuc/dai-hoi-chi-bo-ban-dan-toc-tinh-nhiem-ky-2020-2025-1102.aspx">Đại hội Chi bộ Ban Dân tộc tỉnh nhiệm kỳ 2020 - 2025</a> <span class="date">(14/05/2020 | 11:20)</span></li>

    <li><a href="/Pages/tin-tuc/ho-tro-dong-bao-dan-toc-thieu-so-gap-kho-khan-do-dai-dich-covid-19-1083.aspx">Hỗ trợ đồng bào dân tộc thiểu số gặp khó khăn do đại dịch COVID-19</a> <span class="date">(22/04/2020 | 14:20)</span></li>

    <li><a href="/Pages/tin-tuc/ban-dan-toc-tinh-trien-khai-thuc-hien-chi-thi-16-ct-ttg-cua-thu-tuong-chinh-phu-1064.aspx">Ban Dân tộc tỉnh triển khai thực hiện Chỉ thị 16/CT-TTg của Thủ tướng Chính phủ</a> <span class="date">(03/04/2020 | 08:50)</span></li>

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
