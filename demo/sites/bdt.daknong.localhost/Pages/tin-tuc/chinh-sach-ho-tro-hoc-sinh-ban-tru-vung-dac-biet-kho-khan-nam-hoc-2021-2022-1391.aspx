<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta http-equiv="Expires" content="0" />
<title>
	Chính sách hỗ trợ học sinh bán trú vùng đặc biệt khó khăn năm học 2021 - 2022
</title>
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/corev15.css" />
<meta name="description" content="Năm học 2021 - 2022, toàn tỉnh Đắk Nông có hơn 5.600 học sinh là người dân tộc thiểu số thuộc diện được hưởng chính sách hỗ trợ theo Nghị định số 116/2016/NĐ-CP ngày 18/7/2016 của Chính phủ ..." />

<script type="text/javascript">
// <![CDATA[
var _spPageContextInfo = {webServerRelativeUrl: "\u002f", webAbsoluteUrl: "http:\u002f\u002fbdt.daknong.localhost", siteAbsoluteUrl: "http:\u002f\u002fbdt.daknong.localhost", serverRequestPath: "/Pages/tin-tuc/chinh-sach-ho-tro-hoc-sinh-ban-tru-vung-dac-biet-kho-khan-nam-hoc-2021-2022-1391.aspx", layoutsUrl: "_layouts\u002f15", webTitle: "Ban D\u00e2n t\u1ed9c t\u1ec9nh \u0110\u1eafk N\u00f4ng", webLanguage: 1066, currentLanguage: 1066, currentUICultureName: "vi-VN", userId: 0, alertsEnabled: false};
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
      <div class="ms-signInLink"><a id="ctl00_IdWelcome_ExplicitLogin" class="ms-signInLink" href="/_layouts/15/Authenticate.aspx?Source=/Pages/tin-tuc/chinh-sach-ho-tro-hoc-sinh-ban-tru-vung-dac-biet-kho-khan-nam-hoc-2021-2022-1391.aspx" style="display:inline;">Sign In</a></div>
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
  <h1 class="article-title">Chính sách hỗ trợ học sinh bán trú vùng đặc biệt khó khăn năm học 2021 - 2022</h1>
  <div class="article-date">Ngày đăng 30/08/2021 | 09:25  | View count: 649</div>
  <div class="article-content ms-rtestate-field">
<p style="text-align: justify;">Năm học 2021 - 2022, toàn tỉnh Đắk Nông có hơn 5.600 học sinh là người dân tộc thiểu số thuộc diện được hưởng chính sách hỗ trợ theo Nghị định số 116/2016/NĐ-CP ngày 18/7/2016 của Chính phủ quy định chính sách hỗ trợ học sinh và trường phổ thông ở xã, thôn đặc biệt khó khăn.</p>
<p style="text-align: justify;">Theo quy định, học sinh tiểu học, trung học cơ sở, trung học phổ thông là người dân tộc thiểu số có nhà ở xa trường, địa hình cách trở, không thể đi đến trường và trở về nhà trong ngày được hỗ trợ tiền ăn mỗi tháng bằng 40% mức lương cơ sở và 15 kg gạo mỗi tháng, thời gian hưởng không quá 9 tháng mỗi năm học. Học sinh phải tự túc chỗ ở được hỗ trợ thêm tiền nhà ở bằng 10% mức lương cơ sở mỗi tháng.</p>
<p style="text-align: justify;">Ban Dân tộc tỉnh đề nghị Phòng Dân tộc các huyện phối hợp với Phòng Giáo dục và Đào tạo rà soát, xét duyệt đúng đối tượng, bảo đảm học sinh nhận hỗ trợ ngay từ đầu năm học; tránh tình trạng chậm cấp gạo làm học sinh bỏ học giữa chừng, nhất là trong bối cảnh dịch Covid-19 khiến thu nhập của nhiều gia đình bị giảm sút.</p>
<p style="text-align: justify;">Các trường phổ thông dân tộc bán trú được đề nghị tổ chức nấu ăn tập trung cho học sinh, bảo đảm vệ sinh an toàn thực phẩm và đủ dinh dưỡng; quản lý chặt chẽ học sinh nội trú, bán trú trong thời gian có dịch.</p>
<p style="text-align: justify;">Cùng với chính sách của Nhà nước, các địa phương tiếp tục vận động người có uy tín, cha mẹ học sinh quan tâm việc học của con em, không để tình trạng học sinh nghỉ học theo bố mẹ đi làm rẫy, góp phần nâng cao dân trí vùng đồng bào dân tộc thiểu số.</p>
  </div>
  
  <div class="article-author">Hoài Thương</div>
</div>
<div class="other-news">
  <div class="webpart-title">Các tin khác</div>
  <ul>
    <li><a href="/Pages/tin-tuc/tiep-tuc-tang-cuong-phong-chong-dich-covid-19-trong-vung-dong-bao-dan-toc-thieu-1378.aspx">Tiếp tục tăng cường phòng, chống dịch Covid-19 trong vùng đồng bào dân tộc thiểu số</a> <span class="date">(20/07/2021 | 16:40)</span></li>

    <li><a href="/Pages/tin-tuc/bao-dam-trat-tu-an-toan-giao-thong-trong-vung-dong-bao-dan-toc-thieu-so-1361.aspx">Bảo đảm trật tự, an toàn giao thông trong vùng đồng bào dân tộc thiểu số</a> <span class="date">(10/05/2021 | 15:05)</span></li>

    <li><a href="/Pages/tin-tuc/ban-dan-toc-tinh-ban-hanh-ke-hoach-cai-cach-hanh-chinh-nam-2021-1330.aspx">Ban Dân tộc tỉnh ban hành Kế hoạch cải cách hành chính năm 2021</a> <span class="date">(15/03/2021 | 10:20)</span></li>

    <li><a href="/Pages/tin-tuc/bao-dam-an-ninh-trat-tu-vung-dong-bao-dan-toc-thieu-so-dip-tet-nguyen-dan-tan-1311.aspx">Bảo đảm an ninh, trật tự vùng đồng bào dân tộc thiểu số dịp Tết Nguyên đán Tân Sửu 2021</a> <span class="date">(03/02/2021 | 09:10)</span></li>

    <li><a href="/Pages/tin-tuc/tham-tang-qua-tet-nguyen-dan-tan-suu-cho-nguoi-co-uy-tin-trong-dong-bao-dan-toc-1294.aspx">Thăm, tặng quà Tết Nguyên đán Tân Sửu cho người có uy tín trong đồng bào dân tộc thiểu số</a> <span class="date">(25/01/2021 | 09:45)</span></li>

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
