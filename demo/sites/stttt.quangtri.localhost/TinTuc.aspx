<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>
	TIN TỨC - SỰ KIỆN - Sở Thông tin và Truyền thông tỉnh Quảng Trị
</title><link href="/App_Themes/QuangTri/Site.css" type="text/css" rel="stylesheet" />

</head>
<body>
<form name="aspnetForm" method="post" action="/TinTuc.aspx" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUK1AwS9n3vn1xZfsRe/b3uqfJpI2XrvvbnD6UXV6MJgs/UDBL2fe+fXFl+xF79ve6p8mkjZeu+9ucPpRdXowmCz9QMEvZ9759cWX7EXv297qnyaSNl67725w+lF1ejCYLP" />
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
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAec44ijBsvfltX9ae3b9mBJCB2p2vRpTvKjXtTcUxvhzQ=" />
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
<div class="chuyen-muc">TIN TỨC - SỰ KIỆN</div>
<div>
<table class="luoi-tin" cellspacing="0" border="0" id="ctl00_Main_gvTinTuc" style="border-collapse:collapse;">
<tr>
  <td><div class="tin"><a class="tieu-de" href="/TinTuc/ra-soat-chan-chinh-hoat-dong-quang-cao-ngoai-troi-tren-dia-ban-tinh-1289.aspx">Rà soát, chấn chỉnh hoạt động quảng cáo ngoài trời trên địa bàn tỉnh</a> <span class="ngay">(15:40 26/08/2021)</span>
  <div class="tom-tat">Thời gian gần đây, tình trạng dựng biển quảng cáo tấm lớn không phép, treo băng rôn, dán tờ rơi sai quy định dọc các tuyến phố chính và quốc lộ qua địa bàn tỉnh có chiều hướng ...</div></div></td>
</tr>

<tr>
  <td><div class="tin"><a class="tieu-de" href="/TinTuc/dien-tap-thuc-chien-bao-dam-an-toan-thong-tin-mang-nam-2021-1266.aspx">Diễn tập thực chiến bảo đảm an toàn thông tin mạng năm 2021</a> <span class="ngay">(10:00 22/07/2021)</span>
  <div class="tom-tat">Thực hiện Kế hoạch số 2241/KH-UBND của UBND tỉnh về nâng cao năng lực phòng, chống phần mềm độc hại và bảo đảm an toàn thông tin mạng năm 2021, Sở Thông tin và Truyền thông tổ chức ...</div></div></td>
</tr>

<tr class="phan-trang"><td><table border="0"><tr><td><span>1</span></td><td><a href="javascript:__doPostBack(&#39;ctl00$Main$gvTinTuc&#39;,&#39;Page$2&#39;)">2</a></td><td><a href="javascript:__doPostBack(&#39;ctl00$Main$gvTinTuc&#39;,&#39;Page$3&#39;)">3</a></td></tr></table></td></tr>
</table>
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
