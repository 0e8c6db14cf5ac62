<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>
	Giới thiệu Sở Thông tin và Truyền thông - Sở Thông tin và Truyền thông tỉnh Quảng Trị
</title><link href="/App_Themes/QuangTri/Site.css" type="text/css" rel="stylesheet" />

</head>
<body>
<form name="aspnetForm" method="post" action="/GioiThieu.aspx" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKDEABOz6KJoxUK2h+qDB8tVtFD0n6EfML3xeoyrNOKB0MQAE7PoomjFQraH6oMHy1W0UPSfoR8wvfF6jKs04oHQxAATs+iiaMVCtofqgwfLVbRQ9J+hHzC98XqMqzTigd" />
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
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAel2zagBxHdpegPGhHf2TYHda9N0BSkLJjkglOoOdSdUs=" />
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
<div class="chuyen-muc">Giới thiệu Sở Thông tin và Truyền thông</div>
<div class="noi-dung">
<p style="text-align: justify;">Sở Thông tin và Truyền thông tỉnh Quảng Trị là cơ quan chuyên môn thuộc UBND tỉnh, tham mưu, giúp UBND tỉnh quản lý nhà nước về báo chí, xuất bản, bưu chính, viễn thông, tần số vô tuyến điện, công nghệ thông tin, thông tin cơ sở và quảng cáo.</p>
<h3>Cơ cấu tổ chức</h3>
<ul><li>Văn phòng Sở</li><li>Thanh tra Sở</li><li>Phòng Thông tin - Báo chí - Xuất bản</li><li>Phòng Bưu chính, Viễn thông và Công nghệ thông tin</li><li>Trung tâm Công nghệ thông tin và Truyền thông</li></ul>
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
        <div class="thong-ke">Đang truy cập: <span id="ctl00_ucThongKe_lblOnline">5</span><br />
        Tổng lượt truy cập: <span id="ctl00_ucThongKe_lblTong">1210319</span></div>
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
