<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>
	Rà soát, chấn chỉnh hoạt động quảng cáo ngoài trời trên địa bàn tỉnh - Sở Thông tin và Truyền thông tỉnh Quảng Trị
</title><link href="/App_Themes/QuangTri/Site.css" type="text/css" rel="stylesheet" />
<meta name="description" content="Thời gian gần đây, tình trạng dựng biển quảng cáo tấm lớn không phép, treo băng rôn, dán tờ rơi sai quy định dọc các tuyến phố chính và quốc lộ qua địa bàn tỉnh có chiều hướng ..." />

</head>
<body>
<form name="aspnetForm" method="post" action="/TinTuc/ra-soat-chan-chinh-hoat-dong-quang-cao-ngoai-troi-tren-dia-ban-tinh-1289.aspx" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKH3pEUa1Ag1fSW3CeRT/URFVINjA4aq8mGcPAjL5TMiwfekRRrUCDV9JbcJ5FP9REVUg2MDhqryYZw8CMvlMyLB96RFGtQINX0ltwnkU/1ERVSDYwOGqvJhnDwIy+UzIs" />
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
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAepmkA0wFTwUfeJSi8bPuGApusuSxXFgz3BxrR7bn0VQw=" />
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
  <h1 class="tieu-de-bai"><span id="ctl00_Main_lblTieuDe">Rà soát, chấn chỉnh hoạt động quảng cáo ngoài trời trên địa bàn tỉnh</span></h1>
  <div class="thong-tin-bai"><span id="ctl00_Main_lblNgayDang">15:40 26/08/2021</span> | Lượt xem : 905</div>
  <div class="noi-dung" id="ctl00_Main_divNoiDung">
<p style="text-align: justify;">Thời gian gần đây, tình trạng dựng biển quảng cáo tấm lớn không phép, treo băng rôn, dán tờ rơi sai quy định dọc các tuyến phố chính và quốc lộ qua địa bàn tỉnh có chiều hướng gia tăng, làm mất mỹ quan đô thị và tiềm ẩn nguy cơ mất an toàn khi có gió lớn.</p>
<p style="text-align: justify;">Sở Thông tin và Truyền thông phối hợp với Sở Văn hóa, Thể thao và Du lịch cùng UBND các huyện, thị xã, thành phố tổ chức đợt kiểm tra diện rộng đối với các tổ chức, cá nhân kinh doanh dịch vụ quảng cáo. Việc kiểm tra tập trung vào hồ sơ thông báo sản phẩm quảng cáo, kết cấu biển, vị trí đặt biển so với quy hoạch quảng cáo ngoài trời của tỉnh và nội dung quảng cáo trên bảng điện tử.</p>
<p style="text-align: justify;">Các trường hợp vi phạm sẽ bị xử lý theo Nghị định số 38/2021/NĐ-CP quy định xử phạt vi phạm hành chính trong lĩnh vực văn hóa và quảng cáo; biển quảng cáo không phép phải tự tháo dỡ trong thời hạn quy định, quá thời hạn sẽ bị cưỡng chế.</p>
<p style="text-align: justify;">Doanh nghiệp được hướng dẫn thực hiện đúng trình tự thông báo sản phẩm quảng cáo theo Nghị định số 181/2013/NĐ-CP, ưu tiên sử dụng vật liệu thân thiện môi trường và dành diện tích hợp lý cho tuyên truyền cổ động chính trị.</p>
  </div>
  
  <p class="tac-gia" style="text-align:right"><strong>Hoàng Anh</strong></p>
</div>
<div class="tin-khac">
  <div class="tin-khac-tieu-de">Các tin đã đưa:</div>
  <ul>
    <li><a href="/TinTuc/dien-tap-thuc-chien-bao-dam-an-toan-thong-tin-mang-nam-2021-1266.aspx">Diễn tập thực chiến bảo đảm an toàn thông tin mạng năm 2021</a> <span class="ngay">(10:00 22/07/2021)</span></li>

    <li><a href="/TinTuc/trao-giai-bao-chi-tinh-quang-tri-lan-thu-xv-1248.aspx">Trao Giải Báo chí tỉnh Quảng Trị lần thứ XV</a> <span class="ngay">(16:30 18/06/2021)</span></li>

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
        <div class="thong-ke">Đang truy cập: <span id="ctl00_ucThongKe_lblOnline">8</span><br />
        Tổng lượt truy cập: <span id="ctl00_ucThongKe_lblTong">1210430</span></div>
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
