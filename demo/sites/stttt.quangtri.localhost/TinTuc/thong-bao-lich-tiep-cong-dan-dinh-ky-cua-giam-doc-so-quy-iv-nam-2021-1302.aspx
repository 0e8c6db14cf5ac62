<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>
	Thông báo lịch tiếp công dân định kỳ của Giám đốc Sở quý IV năm 2021 - Sở Thông tin và Truyền thông tỉnh Quảng Trị
</title><link href="/App_Themes/QuangTri/Site.css" type="text/css" rel="stylesheet" />
<meta name="description" content="Căn cứ Luật Tiếp công dân và Nghị định số 64/2014/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật Tiếp công dân, Sở Thông tin và Truyền thông tỉnh Quảng Trị thông báo lịch ..." />

</head>
<body>
<form name="aspnetForm" method="post" action="/TinTuc/thong-bao-lich-tiep-cong-dan-dinh-ky-cua-giam-doc-so-quy-iv-nam-2021-1302.aspx" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKT+64DEcBdSHjcsR/CDe0X6DxdsECVuZZpN8+iw3+Hm5P7rgMRwF1IeNyxH8IN7RfoPF2wQJW5lmk3z6LDf4ebk/uuAxHAXUh43LEfwg3tF+g8XbBAlbmWaTfPosN/h5u" />
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
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAehss4IIneotRZYsbsC9aAn7o8qF9cOsDdKSabApp2sXI=" />
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
<div class="chuyen-muc">Thông báo</div>
<div class="chi-tiet">
  <h1 class="tieu-de-bai"><span id="ctl00_Main_lblTieuDe">Thông báo lịch tiếp công dân định kỳ của Giám đốc Sở quý IV năm 2021</span></h1>
  <div class="thong-tin-bai"><span id="ctl00_Main_lblNgayDang">07:50 06/09/2021</span> | Lượt xem : 356</div>
  <div class="noi-dung" id="ctl00_Main_divNoiDung">
<p style="text-align: justify;">Căn cứ Luật Tiếp công dân và Nghị định số 64/2014/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật Tiếp công dân, Sở Thông tin và Truyền thông tỉnh Quảng Trị thông báo lịch tiếp công dân định kỳ của Giám đốc Sở trong quý IV năm 2021 như sau.</p>
<p style="text-align: justify;">Giám đốc Sở trực tiếp tiếp công dân vào sáng thứ Năm của tuần thứ hai mỗi tháng, cụ thể các ngày 14 tháng 10, ngày 11 tháng 11 và ngày 09 tháng 12 năm 2021. Thời gian từ 7 giờ 30 đến 11 giờ 00; địa điểm tại phòng tiếp công dân, tầng một trụ sở Sở, số 26 đường Hùng Vương, thành phố Đông Hà.</p>
<p style="text-align: justify;">Trường hợp Giám đốc Sở bận công tác đột xuất, việc tiếp công dân được ủy quyền cho một Phó Giám đốc và sẽ được thông báo trước tại bảng tin của cơ quan. Ngoài lịch định kỳ, Văn phòng Sở tiếp công dân thường xuyên vào giờ hành chính các ngày làm việc trong tuần.</p>
<p style="text-align: justify;">Công dân đến trình bày khiếu nại, tố cáo, kiến nghị, phản ánh cần mang theo giấy tờ tùy thân và các tài liệu liên quan; trường hợp nhiều người cùng phản ánh một nội dung thì cử người đại diện. Mọi ý kiến cũng có thể gửi qua hộp thư điện tử của Sở hoặc đường dây nóng được niêm yết tại trụ sở.</p>
  </div>
  
  <p class="tac-gia" style="text-align:right"><strong>Văn phòng Sở</strong></p>
</div>
<div class="tin-khac">
  <div class="tin-khac-tieu-de">Các tin đã đưa:</div>
  <ul>
    <li><a href="/TinTuc/ra-soat-chan-chinh-hoat-dong-quang-cao-ngoai-troi-tren-dia-ban-tinh-1289.aspx">Rà soát, chấn chỉnh hoạt động quảng cáo ngoài trời trên địa bàn tỉnh</a> <span class="ngay">(15:40 26/08/2021)</span></li>

    <li><a href="/TinTuc/dien-tap-thuc-chien-bao-dam-an-toan-thong-tin-mang-nam-2021-1266.aspx">Diễn tập thực chiến bảo đảm an toàn thông tin mạng năm 2021</a> <span class="ngay">(10:00 22/07/2021)</span></li>

    <li><a href="/TinTuc/trao-giai-bao-chi-tinh-quang-tri-lan-thu-xv-1248.aspx">Trao Giải Báo chí tỉnh Quảng Trị lần thứ XV</a> <span class="ngay">(16:30 18/06/2021)</span></li>

    <li><a href="/TinTuc/nang-cap-dai-truyen-thanh-cap-xa-ung-dung-cong-nghe-thong-tin-vien-thong-1221.aspx">Nâng cấp đài truyền thanh cấp xã ứng dụng công nghệ thông tin - viễn thông</a> <span class="ngay">(09:10 20/05/2021)</span></li>

    <li><a href="/TinTuc/huong-ung-ngay-sach-va-van-hoa-doc-viet-nam-nam-2021-1203.aspx">Hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam năm 2021</a> <span class="ngay">(14:20 16/04/2021)</span></li>

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
        <div class="thong-ke">Đang truy cập: <span id="ctl00_ucThongKe_lblOnline">10</span><br />
        Tổng lượt truy cập: <span id="ctl00_ucThongKe_lblTong">1213908</span></div>
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
