<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>
	Hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam năm 2021 - Sở Thông tin và Truyền thông tỉnh Quảng Trị
</title><link href="/App_Themes/QuangTri/Site.css" type="text/css" rel="stylesheet" />
<meta name="description" content="Nhằm lan tỏa thói quen đọc sách trong cộng đồng, Sở Thông tin và Truyền thông chủ trì tổ chức các hoạt động hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam lần thứ tám, thực hiện ..." />

</head>
<body>
<form name="aspnetForm" method="post" action="/TinTuc/huong-ung-ngay-sach-va-van-hoa-doc-viet-nam-nam-2021-1203.aspx" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUK1xeI6HDqBRiBaRxQoPgu1ro0TPjdSYs2exmHt603tzjXF4jocOoFGIFpHFCg+C7WujRM+N1JizZ7GYe3rTe3ONcXiOhw6gUYgWkcUKD4Lta6NEz43UmLNnsZh7etN7c4" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) { theForm = document.aspnetForm; }
function __doPostBack(eventTarget, eventArgument) {
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }
}
//]]>
</script>
<div>
<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAesZKsJ9fGCJHa9GeW2uYfkeB3xEoualyUsgQTU02sg90=" />
</div>
<div id="wrapper">
  <div id="header">
    <div class="quoc-hieu">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>
    <div class="ten-don-vi">SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH QUẢNG TRỊ</div>
    <div class="ngay-thang"><span id="ctl00_lblNgay">Chủ nhật, ngày 27 tháng 11 năm 2022</span></div>
  </div>
  <div id="menu">
    <a href="/Default.aspx">Trang chủ</a> | <a href="/GioiThieu.aspx">Giới thiệu</a> | <a href="/TinTuc.aspx">Tin tức - Sự kiện</a> | <a href="/LienHe.aspx">Liên hệ</a>
    <span class="dang-nhap"><a id="ctl00_lbtnDangNhap" href="javascript:__doPostBack(&#39;ctl00$lbtnDangNhap&#39;,&#39;&#39;)">Đăng nhập</a></span>
    <input name="ctl00$txtTimKiem" type="text" id="ctl00_txtTimKiem" class="o-tim-kiem" />
    <input type="submit" name="ctl00$btnTimKiem" value="Tìm" id="ctl00_btnTimKiem" class="nut-tim" />
  </div>
  <div id="content">
    <div id="main">
<div class="chuyen-muc">Tin tức - Sự kiện</div>
<div class="chi-tiet">
  <h1 class="tieu-de-bai"><span id="ctl00_Main_lblTieuDe">Hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam năm 2021</span></h1>
  <div class="thong-tin-bai"><span id="ctl00_Main_lblNgayDang">14:20 16/04/2021</span> | Lượt xem : 842</div>
  <div class="noi-dung" id="ctl00_Main_divNoiDung">
<p style="text-align: justify;">Nhằm lan tỏa thói quen đọc sách trong cộng đồng, Sở Thông tin và Truyền thông chủ trì tổ chức các hoạt động hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam lần thứ tám, thực hiện Quyết định số 284/QĐ-TTg của Thủ tướng Chính phủ và Kế hoạch số 1490/KH-UBND của UBND tỉnh.</p>
<p style="text-align: justify;">Điểm nhấn là Hội sách tỉnh Quảng Trị diễn ra từ ngày 19 đến ngày 23 tháng 4 tại Quảng trường Hùng Vương, thành phố Đông Hà, với hơn ba mươi gian hàng của các nhà xuất bản, công ty phát hành sách và thư viện. Bên cạnh khu trưng bày sách chính trị, pháp luật, lịch sử địa phương là không gian đọc dành riêng cho thiếu nhi, khu giao lưu với tác giả và chương trình đổi sách cũ lấy sách mới.</p>
<p style="text-align: justify;">Thư viện tỉnh phối hợp với các trường học tổ chức cuộc thi Đại sứ Văn hóa đọc, giới thiệu sách trên sóng phát thanh và đưa xe thư viện lưu động về các xã vùng sâu, vùng xa. Các cơ quan, đơn vị được khuyến khích xây dựng tủ sách tại cơ quan, dành thời gian đọc sách định kỳ cho cán bộ, công chức.</p>
<p style="text-align: justify;">Sở Thông tin và Truyền thông đề nghị các cơ quan báo chí, hệ thống truyền thanh cơ sở tăng cường tuyên truyền về ý nghĩa của ngày hội, giới thiệu những tấm gương tiêu biểu trong phong trào đọc sách để hoạt động này trở thành nét đẹp thường xuyên trong đời sống của người dân.</p>
  </div>
  
  <p class="tac-gia" style="text-align:right"><strong>Thu Trang</strong></p>
</div>
<div class="tin-khac">
  <div class="tin-khac-tieu-de">Các tin đã đưa:</div>
  <ul>
    <li><a href="/TinTuc/day-manh-tiep-nhan-ho-so-va-tra-ket-qua-thu-tuc-hanh-chinh-qua-dich-vu-buu-chinh-1187.aspx">Đẩy mạnh tiếp nhận hồ sơ và trả kết quả thủ tục hành chính qua dịch vụ bưu chính công ích</a> <span class="ngay">(08:45 10/03/2021)</span></li>

  </ul>
</div>

    </div>
    <div id="sidebar">
      <div class="khung">
        <div class="khung-tieu-de">TIN MỚI</div>
        <ul id="ctl00_ucTinMoi_lstTinMoi" class="tin-moi"></ul>
      </div>
      <script type="text/javascript">
      //<![CDATA[
      fetch('/Services/TinMoi.ashx?top=5').then(function (r) { return r.json(); }).then(function (ds) {
        document.getElementById('ctl00_ucTinMoi_lstTinMoi').innerHTML = ds.map(function (t) {
          return '<li><a href="' + t.Url + '">' + t.TieuDe + '</a> <span>(' + t.Ngay + ')</span></li>';
        }).join('');
      });
      //]]>
      </script>
      <div class="khung">
        <div class="khung-tieu-de">THỐNG KÊ TRUY CẬP</div>
        <div class="thong-ke">Đang truy cập: <span id="ctl00_ucThongKe_lblOnline">13</span><br />
        Tổng lượt truy cập: <span id="ctl00_ucThongKe_lblTong">1218274</span></div>
      </div>
    </div>
  </div>
  <div id="footer">
    <div>Cơ quan chủ quản: Sở Thông tin và Truyền thông tỉnh Quảng Trị</div>
    <div>Địa chỉ: 26 Hùng Vương, thành phố Đông Hà, tỉnh Quảng Trị. Điện thoại: 0233.3852.xxx</div>
    <div>Chịu trách nhiệm chính: Giám đốc Sở Thông tin và Truyền thông</div>
  </div>
</div>
</form>
</body>
</html>
