"""Near-duplicate detection: one article republished on several portals."""

from __future__ import annotations

import pytest

from indexer.ingest.dedup import find_near_duplicates
from indexer.models import Page, page_id_for
from indexer.parsing.textnorm import fold

ARTICLE = (
    "Thực hiện Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ về thực hiện các "
    "biện pháp cấp bách phòng, chống dịch COVID-19, Ủy ban nhân dân tỉnh yêu cầu các sở, ban, "
    "ngành, Ủy ban nhân dân các huyện, thành phố thực hiện cách ly toàn xã hội trong thời hạn "
    "15 ngày kể từ 0 giờ ngày 01 tháng 4 năm 2020 trên phạm vi toàn tỉnh. Mọi người dân ở tại "
    "nhà, chỉ ra ngoài trong trường hợp thật sự cần thiết như mua lương thực, thực phẩm, thuốc "
    "men, cấp cứu, làm việc tại nhà máy, cơ sở sản xuất, cơ sở kinh doanh dịch vụ, hàng hóa "
    "thiết yếu không bị đóng cửa. Thực hiện nghiêm việc giữ khoảng cách tối thiểu 2 mét khi "
    "giao tiếp; không tập trung quá 2 người ngoài phạm vi công sở, trường học, bệnh viện và tại "
    "nơi công cộng. Các cơ quan, đơn vị báo cáo kết quả thực hiện về Sở Y tế trước 15 giờ hằng "
    "ngày để tổng hợp, báo cáo Ban Chỉ đạo tỉnh."
)
OTHER = (
    "Sở Tư pháp tổ chức hội nghị triển khai công tác phổ biến, giáo dục pháp luật năm 2020. "
    "Hội nghị đã quán triệt các văn bản mới của Trung ương và của tỉnh, đồng thời giao nhiệm "
    "vụ cụ thể cho các phòng chuyên môn, các đơn vị trực thuộc. Theo kế hoạch, trong năm 2020 "
    "Sở sẽ tổ chức 25 hội nghị tuyên truyền tại các xã vùng sâu, vùng xa, biên giới."
)


def page(url: str, text: str, published: str | None = "2020-04-01") -> Page:
    return Page(page_id=page_id_for(url), url=url, text=text, published=published)


def test_republished_copy_points_at_the_earliest_publication():
    original = page("http://moh.localhost/tin/chi-thi-16.html", ARTICLE, "2020-03-31")
    copy = page("http://stp.kontum.localhost/tin/1.html",
                "Tin từ Bộ Y tế.\n\n" + ARTICLE.replace("Sở Y tế", "Sở Y tế tỉnh") + "\n\nNguồn",
                "2020-04-02")
    other = page("http://stp.kontum.localhost/tin/2.html", OTHER)
    assert find_near_duplicates([copy, other, original]) == {copy.page_id: original.page_id}


def test_same_day_copies_prefer_the_shortest_url_and_group_transitively():
    a = page("http://a.localhost/tin/tin-dai-hon-nhieu/1.html", ARTICLE)
    b = page("http://b.localhost/1.html", ARTICLE + " Trân trọng.")
    c = page("http://c.localhost/tin/2.html", "Thông báo. " + ARTICLE)
    assert find_near_duplicates([a, b, c]) == {a.page_id: b.page_id, c.page_id: b.page_id}


def test_undated_copy_is_never_canonical_over_a_dated_one():
    dated = page("http://long-host-name.localhost/tin/1.html", ARTICLE, "2020-04-05")
    undated = page("http://x.localhost/1", ARTICLE, None)
    assert find_near_duplicates([undated, dated]) == {undated.page_id: dated.page_id}


def test_copy_typed_without_diacritics_still_matches():
    original = page("http://a.localhost/1.html", ARTICLE, "2020-03-31")
    ascii_copy = page("http://b.localhost/1.html", fold(ARTICLE), "2020-04-01")
    assert find_near_duplicates([original, ascii_copy]) == {ascii_copy.page_id: original.page_id}


def test_different_articles_and_empty_pages_are_not_duplicates():
    pages = [page("http://a.localhost/1", ARTICLE), page("http://a.localhost/2", OTHER),
             page("http://a.localhost/3", ""), page("http://a.localhost/4", "")]
    assert find_near_duplicates(pages) == {}


def test_threshold_must_be_a_similarity():
    with pytest.raises(ValueError, match="threshold"):
        find_near_duplicates([], threshold=1.5)
