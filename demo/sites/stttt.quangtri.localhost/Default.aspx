<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>
	Sở Thông tin và Truyền thông tỉnh Quảng Trị - Sở Thông tin và Truyền thông tỉnh Quảng Trị
</title><link href="/App_Themes/QuangTri/Site.css" type="text/css" rel="stylesheet" />

</head>
<body>
<form name="aspnetForm" method="post" action="/Default.aspx" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKKNiZiHexPoXoEWQbw2sSE1UmMZHB2BclXZjuswXiQO8o2JmId7E+hegRZBvDaxITVSYxkcHYFyVdmO6zBeJA7yjYmYh3sT6F6BFkG8NrEhNVJjGRwdgXJV2Y7rMF4kDv" />
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
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAezDcBta/g3cY8FThFnsOj7S64KWFE8KPGfI2Rd5GyOkM=" />
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
<div class="danh-sach">
<div class="tin"><a class="tieu-de" href="/TinTuc/ra-soat-chan-chinh-hoat-dong-quang-cao-ngoai-troi-tren-dia-ban-tinh-1289.aspx">Rà soát, chấn chỉnh hoạt động quảng cáo ngoài trời trên địa bàn tỉnh</a> <span class="ngay">(15:40 26/08/2021)</span>
<div class="tom-tat">Thời gian gần đây, tình trạng dựng biển quảng cáo tấm lớn không phép, treo băng rôn, dán tờ rơi sai quy định dọc các tuyến phố chính và quốc lộ qua địa bàn tỉnh có chiều hướng ...</div></div>

<div class="tin"><a class="tieu-de" href="/TinTuc/dien-tap-thuc-chien-bao-dam-an-toan-thong-tin-mang-nam-2021-1266.aspx">Diễn tập thực chiến bảo đảm an toàn thông tin mạng năm 2021</a> <span class="ngay">(10:00 22/07/2021)</span>
<div class="tom-tat">Thực hiện Kế hoạch số 2241/KH-UBND của UBND tỉnh về nâng cao năng lực phòng, chống phần mềm độc hại và bảo đảm an toàn thông tin mạng năm 2021, Sở Thông tin và Truyền thông tổ chức ...</div></div>

<div class="tin"><a class="tieu-de" href="/TinTuc/trao-giai-bao-chi-tinh-quang-tri-lan-thu-xv-1248.aspx">Trao Giải Báo chí tỉnh Quảng Trị lần thứ XV</a> <span class="ngay">(16:30 18/06/2021)</span>
<div class="tom-tat">Nhân kỷ niệm 96 năm Ngày Báo chí cách mạng Việt Nam, UBND tỉnh Quảng Trị tổ chức lễ trao Giải Báo chí tỉnh lần thứ XV. Theo Quyết định số 1452/QĐ-UBND của Chủ tịch UBND tỉnh, ba ...</div></div>

<div class="tin"><a class="tieu-de" href="/TinTuc/nang-cap-dai-truyen-thanh-cap-xa-ung-dung-cong-nghe-thong-tin-vien-thong-1221.aspx">Nâng cấp đài truyền thanh cấp xã ứng dụng công nghệ thông tin - viễn thông</a> <span class="ngay">(09:10 20/05/2021)</span>
<div class="tom-tat">Triển khai Quyết định số 135/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Đề án nâng cao hiệu quả hoạt động thông tin cơ sở, UBND tỉnh ban hành Kế hoạch số 2035/KH-UBND về chuyển đổi hệ thống ...</div></div>

<div class="tin"><a class="tieu-de" href="/TinTuc/huong-ung-ngay-sach-va-van-hoa-doc-viet-nam-nam-2021-1203.aspx">Hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam năm 2021</a> <span class="ngay">(14:20 16/04/2021)</span>
<div class="tom-tat">Nhằm lan tỏa thói quen đọc sách trong cộng đồng, Sở Thông tin và Truyền thông chủ trì tổ chức các hoạt động hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam lần thứ tám, thực hiện ...</div></div>

</div>
<div class="xem-them"><a href="/TinTuc.aspx">Xem tất cả &raquo;</a></div>

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
        <div class="thong-ke">Đang truy cập: <span id="ctl00_ucThongKe_lblOnline">17</span><br />
        Tổng lượt truy cập: <span id="ctl00_ucThongKe_lblTong">1235442</span></div>
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
