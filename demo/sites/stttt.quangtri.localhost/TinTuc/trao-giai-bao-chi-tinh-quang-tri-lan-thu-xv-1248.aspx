<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>
	Trao Giải Báo chí tỉnh Quảng Trị lần thứ XV - Sở Thông tin và Truyền thông tỉnh Quảng Trị
</title><link href="/App_Themes/QuangTri/Site.css" type="text/css" rel="stylesheet" />
<meta name="description" content="Nhân kỷ niệm 96 năm Ngày Báo chí cách mạng Việt Nam, UBND tỉnh Quảng Trị tổ chức lễ trao Giải Báo chí tỉnh lần thứ XV. Theo Quyết định số 1452/QĐ-UBND của Chủ tịch UBND tỉnh, ba ..." />

</head>
<body>
<form name="aspnetForm" method="post" action="/TinTuc/trao-giai-bao-chi-tinh-quang-tri-lan-thu-xv-1248.aspx" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKQkDRL+hnidZ5eh/gd9TJDTtAG7AlEXg6LfeWpJHReGZCQNEv6GeJ1nl6H+B31MkNO0AbsCUReDot95akkdF4ZkJA0S/oZ4nWeXof4HfUyQ07QBuwJRF4Oi33lqSR0Xhm" />
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
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAe/s4ExQbNIw/BxL+K9xYNuHTJSOo/bCJED71RGqHev1E=" />
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
  <h1 class="tieu-de-bai"><span id="ctl00_Main_lblTieuDe">Trao Giải Báo chí tỉnh Quảng Trị lần thứ XV</span></h1>
  <div class="thong-tin-bai"><span id="ctl00_Main_lblNgayDang">16:30 18/06/2021</span> | Lượt xem : 1530</div>
  <div class="noi-dung" id="ctl00_Main_divNoiDung">
<p style="text-align: justify;">Nhân kỷ niệm 96 năm Ngày Báo chí cách mạng Việt Nam, UBND tỉnh Quảng Trị tổ chức lễ trao Giải Báo chí tỉnh lần thứ XV. Theo Quyết định số 1452/QĐ-UBND của Chủ tịch UBND tỉnh, ba mươi hai tác phẩm xuất sắc được trao giải ở các thể loại báo in, báo điện tử, phát thanh, truyền hình và ảnh báo chí.</p>
<p style="text-align: justify;">Hội đồng chấm giải đánh giá các tác phẩm năm nay phản ánh sinh động đời sống kinh tế - xã hội của tỉnh, nhiều loạt bài điều tra có tính phản biện cao về quản lý đất rừng, khai thác cát sỏi và đời sống đồng bào Vân Kiều, Pa Kô. Giải A thể loại phóng sự truyền hình thuộc về nhóm phóng viên Đài Phát thanh - Truyền hình tỉnh với tác phẩm về những người giữ rừng ở vùng biên.</p>
<p style="text-align: justify;">Phát biểu tại buổi lễ, lãnh đạo tỉnh ghi nhận đội ngũ người làm báo đã bám sát cơ sở, kịp thời thông tin về các chủ trương lớn và những khó khăn của người dân; đồng thời đề nghị các cơ quan báo chí tiếp tục đổi mới nội dung, phương thức thể hiện, đẩy mạnh chuyển đổi số trong hoạt động báo chí.</p>
<p style="text-align: justify;">Sở Thông tin và Truyền thông là cơ quan thường trực của giải, sẽ phối hợp với Hội Nhà báo tỉnh sớm phát động giải lần thứ XVI.</p>
  </div>
  
  <p class="tac-gia" style="text-align:right"><strong>Minh Đức</strong></p>
</div>
<div class="tin-khac">
  <div class="tin-khac-tieu-de">Các tin đã đưa:</div>
  <ul>
    <li><a href="/TinTuc/nang-cap-dai-truyen-thanh-cap-xa-ung-dung-cong-nghe-thong-tin-vien-thong-1221.aspx">Nâng cấp đài truyền thanh cấp xã ứng dụng công nghệ thông tin - viễn thông</a> <span class="ngay">(09:10 20/05/2021)</span></li>

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
        <div class="thong-ke">Đang truy cập: <span id="ctl00_ucThongKe_lblOnline">20</span><br />
        Tổng lượt truy cập: <span id="ctl00_ucThongKe_lblTong">1214278</span></div>
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
