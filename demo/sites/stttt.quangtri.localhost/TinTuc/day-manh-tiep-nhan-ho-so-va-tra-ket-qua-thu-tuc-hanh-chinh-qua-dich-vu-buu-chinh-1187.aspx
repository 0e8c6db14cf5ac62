<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>
	Đẩy mạnh tiếp nhận hồ sơ và trả kết quả thủ tục hành chính qua dịch vụ bưu chính công ích - Sở Thông tin và Truyền thông tỉnh Quảng Trị
</title><link href="/App_Themes/QuangTri/Site.css" type="text/css" rel="stylesheet" />
<meta name="description" content="Thực hiện Quyết định số 45/2016/QĐ-TTg của Thủ tướng Chính phủ về việc tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính công ích, Sở Thông tin và Truyền ..." />

</head>
<body>
<form name="aspnetForm" method="post" action="/TinTuc/day-manh-tiep-nhan-ho-so-va-tra-ket-qua-thu-tuc-hanh-chinh-qua-dich-vu-buu-chinh-1187.aspx" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKAbA+WLjqrXRAoQphTzaYEwkksWXuBERjSJk8V4flGDcBsD5YuOqtdEChCmFPNpgTCSSxZe4ERGNImTxXh+UYNwGwPli46q10QKEKYU82mBMJJLFl7gREY0iZPFeH5Rg3" />
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
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAe8nfV1X7ZwVQSq2RD9fb9gK8W1aMFQGzfvcDJ178rmVQ=" />
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
  <h1 class="tieu-de-bai"><span id="ctl00_Main_lblTieuDe">Đẩy mạnh tiếp nhận hồ sơ và trả kết quả thủ tục hành chính qua dịch vụ bưu chính công ích</span></h1>
  <div class="thong-tin-bai"><span id="ctl00_Main_lblNgayDang">08:45 10/03/2021</span> | Lượt xem : 1264</div>
  <div class="noi-dung" id="ctl00_Main_divNoiDung">
<p style="text-align: justify;">Thực hiện Quyết định số 45/2016/QĐ-TTg của Thủ tướng Chính phủ về việc tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính công ích, Sở Thông tin và Truyền thông đã phối hợp với Bưu điện tỉnh Quảng Trị triển khai Kế hoạch số 668/KH-UBND của UBND tỉnh tại tất cả các huyện, thị xã, thành phố.</p>
<p style="text-align: justify;">Theo đó, người dân và doanh nghiệp có thể gửi hồ sơ tại bất kỳ bưu cục nào hoặc gọi nhân viên bưu điện đến nhận tận nhà; kết quả được chuyển phát về địa chỉ đã đăng ký mà không phải trực tiếp đến cơ quan nhà nước. Cước phí được niêm yết công khai, bằng hoặc thấp hơn chi phí đi lại của người dân ở các xã miền núi như Hướng Hóa, Đakrông.</p>
<p style="text-align: justify;">Năm 2020, toàn tỉnh đã có hơn chín nghìn hồ sơ được tiếp nhận và trả kết quả qua mạng lưới bưu chính, trong đó nhiều nhất là các thủ tục về hộ tịch, đất đai và cấp phiếu lý lịch tư pháp. Tỷ lệ hồ sơ chuyển phát đúng hẹn đạt trên chín mươi tám phần trăm.</p>
<p style="text-align: justify;">Sở đề nghị các sở, ngành, địa phương tiếp tục rà soát danh mục thủ tục đủ điều kiện, niêm yết hướng dẫn tại bộ phận một cửa và trên trang thông tin điện tử của đơn vị; đồng thời giao Bưu điện tỉnh bố trí nhân viên thường trực tại Trung tâm Phục vụ hành chính công để hỗ trợ người dân ngay tại chỗ.</p>
  </div>
  
  <p class="tac-gia" style="text-align:right"><strong>Hoàng Anh</strong></p>
</div>
<div class="tin-khac">
  <div class="tin-khac-tieu-de">Các tin đã đưa:</div>
  <ul>

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
        <div class="thong-ke">Đang truy cập: <span id="ctl00_ucThongKe_lblOnline">5</span><br />
        Tổng lượt truy cập: <span id="ctl00_ucThongKe_lblTong">1222233</span></div>
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
