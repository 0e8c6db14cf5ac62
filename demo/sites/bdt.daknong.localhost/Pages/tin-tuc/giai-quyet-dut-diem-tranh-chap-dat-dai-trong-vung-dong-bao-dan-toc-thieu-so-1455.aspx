<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta http-equiv="Expires" content="0" />
<title>
	Giải quyết dứt điểm tranh chấp đất đai trong vùng đồng bào dân tộc thiểu số
</title>
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/corev15.css" />
<meta name="description" content="Tranh chấp đất đai, lấn chiếm đất rừng trong vùng đồng bào dân tộc thiểu số là vấn đề phức tạp, kéo dài ở một số địa phương của tỉnh Đắk Nông, tiềm ẩn nguy cơ mất an ..." />

<script type="text/javascript">
// <![CDATA[
var _spPageContextInfo = {webServerRelativeUrl: "\u002f", webAbsoluteUrl: "http:\u002f\u002fbdt.daknong.localhost", siteAbsoluteUrl: "http:\u002f\u002fbdt.daknong.localhost", serverRequestPath: "/Pages/tin-tuc/giai-quyet-dut-diem-tranh-chap-dat-dai-trong-vung-dong-bao-dan-toc-thieu-so-1455.aspx", layoutsUrl: "_layouts\u002f15", webTitle: "Ban D\u00e2n t\u1ed9c t\u1ec9nh \u0110\u1eafk N\u00f4ng", webLanguage: 1066, currentLanguage: 1066, currentUICultureName: "vi-VN", userId: 0, alertsEnabled: false};
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
      <div class="ms-signInLink"><a id="ctl00_IdWelcome_ExplicitLogin" class="ms-signInLink" href="/_layouts/15/Authenticate.aspx?Source=/Pages/tin-tuc/giai-quyet-dut-diem-tranh-chap-dat-dai-trong-vung-dong-bao-dan-toc-thieu-so-1455.aspx" style="display:inline;">Sign In</a></div>
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
  <h1 class="article-title">Giải quyết dứt điểm tranh chấp đất đai trong vùng đồng bào dân tộc thiểu số</h1>
  <div class="article-date">Ngày đăng 15/12/2021 | 10:35  | View count: 571</div>
  <div class="article-content ms-rtestate-field">
<p style="text-align: justify;">Tranh chấp đất đai, lấn chiếm đất rừng trong vùng đồng bào dân tộc thiểu số là vấn đề phức tạp, kéo dài ở một số địa phương của tỉnh Đắk Nông, tiềm ẩn nguy cơ mất an ninh, trật tự. Thực hiện Công văn số 812/UBND-NC ngày 20/11/2021 của UBND tỉnh, Ban Dân tộc tỉnh phối hợp với Sở Tài nguyên và Môi trường, Thanh tra tỉnh rà soát các vụ việc tranh chấp còn tồn đọng.</p>
<p style="text-align: justify;">Qua rà soát, phần lớn các vụ việc liên quan đến đất rẫy cũ của đồng bào đã được giao cho các công ty lâm nghiệp, đất sang nhượng bằng giấy tay không có xác nhận của chính quyền, ranh giới sử dụng đất giữa các hộ không rõ ràng. Nhiều hộ đồng bào chưa được cấp giấy chứng nhận quyền sử dụng đất do chưa đủ hồ sơ, thủ tục.</p>
<p style="text-align: justify;">Để giải quyết dứt điểm, UBND các huyện được đề nghị phát huy vai trò của tổ hòa giải ở cơ sở, người có uy tín trong hòa giải tranh chấp ngay từ thôn, bon; áp dụng đúng quy định của Luật Đất đai số 45/2013/QH13 và Nghị định số 148/2020/NĐ-CP về xác nhận nguồn gốc, thời điểm sử dụng đất để cấp giấy chứng nhận cho hộ đủ điều kiện.</p>
<p style="text-align: justify;">Đối với diện tích đất các công ty nông, lâm nghiệp trả về địa phương, cần sớm đo đạc, lập phương án sử dụng, ưu tiên giao cho hộ đồng bào dân tộc thiểu số thiếu đất sản xuất tại chỗ. Các trường hợp lợi dụng tranh chấp để kích động, lôi kéo đồng bào khiếu kiện đông người phải được xử lý nghiêm theo quy định.</p>
<p style="text-align: justify;">Ban Dân tộc tỉnh sẽ tổng hợp kết quả giải quyết, báo cáo UBND tỉnh trong quý I năm 2022.</p>
  </div>
  
  <div class="article-author">Y Thịnh</div>
</div>
<div class="other-news">
  <div class="webpart-title">Các tin khác</div>
  <ul>
    <li><a href="/Pages/tin-tuc/dak-nong-xay-dung-ke-hoach-thuc-hien-chuong-trinh-muc-tieu-quoc-gia-vung-dong-1437.aspx">Đắk Nông xây dựng kế hoạch thực hiện Chương trình mục tiêu quốc gia vùng đồng bào dân tộc thiểu số</a> <span class="date">(22/11/2021 | 14:50)</span></li>

    <li><a href="/Pages/tin-tuc/phe-duyet-chuong-trinh-muc-tieu-quoc-gia-phat-trien-kinh-te-xa-hoi-vung-dong-bao-1412.aspx">Phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi</a> <span class="date">(18/10/2021 | 08:05)</span></li>

    <li><a href="/Pages/tin-tuc/chinh-sach-ho-tro-hoc-sinh-ban-tru-vung-dac-biet-kho-khan-nam-hoc-2021-2022-1391.aspx">Chính sách hỗ trợ học sinh bán trú vùng đặc biệt khó khăn năm học 2021 - 2022</a> <span class="date">(30/08/2021 | 09:25)</span></li>

    <li><a href="/Pages/tin-tuc/tiep-tuc-tang-cuong-phong-chong-dich-covid-19-trong-vung-dong-bao-dan-toc-thieu-1378.aspx">Tiếp tục tăng cường phòng, chống dịch Covid-19 trong vùng đồng bào dân tộc thiểu số</a> <span class="date">(20/07/2021 | 16:40)</span></li>

    <li><a href="/Pages/tin-tuc/bao-dam-trat-tu-an-toan-giao-thong-trong-vung-dong-bao-dan-toc-thieu-so-1361.aspx">Bảo đảm trật tự, an toàn giao thông trong vùng đồng bào dân tộc thiểu số</a> <span class="date">(10/05/2021 | 15:05)</span></li>

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
