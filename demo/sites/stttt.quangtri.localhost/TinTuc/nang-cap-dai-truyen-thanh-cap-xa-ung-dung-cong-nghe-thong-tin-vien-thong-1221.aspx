<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>
	Nâng cấp đài truyền thanh cấp xã ứng dụng công nghệ thông tin - viễn thông - Sở Thông tin và Truyền thông tỉnh Quảng Trị
</title><link href="/App_Themes/QuangTri/Site.css" type="text/css" rel="stylesheet" />
<meta name="description" content="Triển khai Quyết định số 135/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Đề án nâng cao hiệu quả hoạt động thông tin cơ sở, UBND tỉnh ban hành Kế hoạch số 2035/KH-UBND về chuyển đổi hệ thống ..." />

</head>
<body>
<form name="aspnetForm" method="post" action="/TinTuc/nang-cap-dai-truyen-thanh-cap-xa-ung-dung-cong-nghe-thong-tin-vien-thong-1221.aspx" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKCOyx2SUcUVc9zNHwMWJn3OVFtUgfsurx9tn6xwltGG4I7LHZJRxRVz3M0fAxYmfc5UW1SB+y6vH22frHCW0YbgjssdklHFFXPczR8DFiZ9zlRbVIH7Lq8fbZ+scJbRhu" />
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
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAeUylJ4AJLcG5dEL1Ed3cCaBtldKu8/yY6EU/MlTMfY3E=" />
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
  <h1 class="tieu-de-bai"><span id="ctl00_Main_lblTieuDe">Nâng cấp đài truyền thanh cấp xã ứng dụng công nghệ thông tin - viễn thông</span></h1>
  <div class="thong-tin-bai"><span id="ctl00_Main_lblNgayDang">09:10 20/05/2021</span> | Lượt xem : 977</div>
  <div class="noi-dung" id="ctl00_Main_divNoiDung">
<p style="text-align: justify;">Triển khai Quyết định số 135/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Đề án nâng cao hiệu quả hoạt động thông tin cơ sở, UBND tỉnh ban hành Kế hoạch số 2035/KH-UBND về chuyển đổi hệ thống truyền thanh cấp xã sang ứng dụng công nghệ thông tin - viễn thông giai đoạn đến năm 2025.</p>
<p style="text-align: justify;">Hiện nay nhiều đài truyền thanh xã vẫn dùng hệ thống dây dẫn hữu tuyến hoặc phát thanh vô tuyến FM đã xuống cấp, thường xuyên hư hỏng sau mùa mưa bão, chi phí sửa chữa lớn. Cụm loa thông minh mới kết nối qua mạng viễn thông di động, được quản lý tập trung trên một nền tảng của tỉnh; cán bộ văn hóa xã có thể soạn và phát bản tin từ máy tính hoặc điện thoại, đặt lịch phát tự động và theo dõi tình trạng từng cụm loa.</p>
<p style="text-align: justify;">Trong năm 2021, tỉnh ưu tiên lắp đặt cho các xã biên giới, xã đặc biệt khó khăn thuộc huyện Hướng Hóa, Đakrông và các thôn ven sông thường bị chia cắt. Nội dung phát sóng gồm thông tin chỉ đạo của chính quyền, phổ biến pháp luật, hướng dẫn sản xuất nông nghiệp và cảnh báo thiên tai.</p>
<p style="text-align: justify;">Sở Thông tin và Truyền thông sẽ tập huấn cho đội ngũ phụ trách đài truyền thanh về biên tập tin bài, vận hành thiết bị và bảo đảm an toàn cho hệ thống quản lý tập trung.</p>
  </div>
  
  <p class="tac-gia" style="text-align:right"><strong>Lê Phước</strong></p>
</div>
<div class="tin-khac">
  <div class="tin-khac-tieu-de">Các tin đã đưa:</div>
  <ul>
    <li><a href="/TinTuc/huong-ung-ngay-sach-va-van-hoa-doc-viet-nam-nam-2021-1203.aspx">Hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam năm 2021</a> <span class="ngay">(14:20 16/04/2021)</span></li>

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
        <div class="thong-ke">Đang truy cập: <span id="ctl00_ucThongKe_lblOnline">3</span><br />
        Tổng lượt truy cập: <span id="ctl00_ucThongKe_lblTong">1215351</span></div>
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
