<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>
	Diễn tập thực chiến bảo đảm an toàn thông tin mạng năm 2021 - Sở Thông tin và Truyền thông tỉnh Quảng Trị
</title><link href="/App_Themes/QuangTri/Site.css" type="text/css" rel="stylesheet" />
<meta name="description" content="Thực hiện Kế hoạch số 2241/KH-UBND của UBND tỉnh về nâng cao năng lực phòng, chống phần mềm độc hại và bảo đảm an toàn thông tin mạng năm 2021, Sở Thông tin và Truyền thông tổ chức ..." />

</head>
<body>
<form name="aspnetForm" method="post" action="/TinTuc/dien-tap-thuc-chien-bao-dam-an-toan-thong-tin-mang-nam-2021-1266.aspx" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKKajEm3gb2ZFdg50RBm8cHyz8GSKY+N0OJDMeV4GuZ9EpqMSbeBvZkV2DnREGbxwfLPwZIpj43Q4kMx5Xga5n0SmoxJt4G9mRXYOdEQZvHB8s/BkimPjdDiQzHleBrmfR" />
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
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAe8ZcCmdDmwkzXB16J1Ry8gLx3Yd+ttmaAtI8qYIrMyJg=" />
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
  <h1 class="tieu-de-bai"><span id="ctl00_Main_lblTieuDe">Diễn tập thực chiến bảo đảm an toàn thông tin mạng năm 2021</span></h1>
  <div class="thong-tin-bai"><span id="ctl00_Main_lblNgayDang">10:00 22/07/2021</span> | Lượt xem : 688</div>
  <div class="noi-dung" id="ctl00_Main_divNoiDung">
<p style="text-align: justify;">Thực hiện Kế hoạch số 2241/KH-UBND của UBND tỉnh về nâng cao năng lực phòng, chống phần mềm độc hại và bảo đảm an toàn thông tin mạng năm 2021, Sở Thông tin và Truyền thông tổ chức diễn tập thực chiến trên chính các hệ thống thông tin đang vận hành của tỉnh.</p>
<p style="text-align: justify;">Khác với các đợt diễn tập trên mô hình giả lập trước đây, lần này đội tấn công gồm các chuyên gia độc lập được phép dò quét và khai thác lỗ hổng trên cổng thông tin điện tử, hệ thống quản lý văn bản và hệ thống thư công vụ. Đội phòng thủ của các sở, ngành phải phát hiện, ngăn chặn và khắc phục sự cố trong thời gian ngắn nhất, báo cáo kịp thời về bộ phận điều phối của tỉnh.</p>
<p style="text-align: justify;">Kết quả cho thấy vẫn còn một số hệ thống chưa cập nhật bản vá, mật khẩu quản trị chưa đủ mạnh và nhật ký hoạt động chưa được lưu trữ đầy đủ. Các đơn vị chủ quản được yêu cầu hoàn thành hồ sơ đề xuất cấp độ cho hệ thống thông tin theo Nghị định số 85/2016/NĐ-CP, triển khai phương án bảo đảm an toàn tương ứng và khắc phục dứt điểm các điểm yếu đã phát hiện.</p>
<p style="text-align: justify;">Sở cũng đề nghị mỗi cơ quan cử ít nhất một cán bộ chuyên trách tham gia mạng lưới ứng cứu sự cố của tỉnh.</p>
  </div>
  
  <p class="tac-gia" style="text-align:right"><strong>Trần Nam</strong></p>
</div>
<div class="tin-khac">
  <div class="tin-khac-tieu-de">Các tin đã đưa:</div>
  <ul>
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
        <div class="thong-ke">Đang truy cập: <span id="ctl00_ucThongKe_lblOnline">5</span><br />
        Tổng lượt truy cập: <span id="ctl00_ucThongKe_lblTong">1240104</span></div>
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
