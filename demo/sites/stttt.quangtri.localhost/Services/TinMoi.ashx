[
 {
  "TieuDe": "Thông báo lịch tiếp công dân định kỳ của Giám đốc Sở quý IV năm 2021",
  "Url": "/TinTuc/thong-bao-lich-tiep-cong-dan-dinh-ky-cua-giam-doc-so-quy-iv-nam-2021-1302.aspx",
  "Ngay": "06/09/2021"
 },
 {
  "TieuDe": "Rà soát, chấn chỉnh hoạt động quảng cáo ngoài trời trên địa bàn tỉnh",
  "Url": "/TinTuc/ra-soat-chan-chinh-hoat-dong-quang-cao-ngoai-troi-tren-dia-ban-tinh-1289.aspx",
  "Ngay": "26/08/2021"
 },
 {
  "TieuDe": "Diễn tập thực chiến bảo đảm an toàn thông tin mạng năm 2021",
  "Url": "/TinTuc/dien-tap-thuc-chien-bao-dam-an-toan-thong-tin-mang-nam-2021-1266.aspx",
  "Ngay": "22/07/2021"
 },
 {
  "TieuDe": "Trao Giải Báo chí tỉnh Quảng Trị lần thứ XV",
  "Url": "/TinTuc/trao-giai-bao-chi-tinh-quang-tri-lan-thu-xv-1248.aspx",
  "Ngay": "18/06/2021"
 },
 {
  "TieuDe": "Nâng cấp đài truyền thanh cấp xã ứng dụng công nghệ thông tin - viễn thông",
  "Url": "/TinTuc/nang-cap-dai-truyen-thanh-cap-xa-ung-dung-cong-nghe-thong-tin-vien-thong-1221.aspx",
  "Ngay": "20/05/2021"
 }
]
