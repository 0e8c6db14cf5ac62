"""Boilerplate removal: single-page cues, per-site templates, text dumps, structure, NFC."""

from __future__ import annotations

import unicodedata

import pytest

from indexer.archive.reader import FetchedDocument
from indexer.extract.cleaning import (
    SiteTemplate,
    _match_key,
    clean_lines,
    clean_text_dump,
    is_boilerplate_line,
    is_date_line,
    main_text,
    restore_dropped,
)
from indexer.extract.core import extract_document, extract_documents
from indexer.extract.evidence import FieldChoice, choose_title

ARTICLES = [
    ("Ban Dân tộc triển khai chính sách hỗ trợ đồng bào dân tộc thiểu số năm 2020",
     ["Thực hiện Quyết định số 1539/QĐ-UBND của UBND tỉnh, Ban Dân tộc tỉnh tổ chức hội nghị "
      "triển khai chính sách hỗ trợ đồng bào dân tộc thiểu số.",
      "Hội nghị thống nhất giao các phòng chuyên môn theo dõi, đôn đốc việc thực hiện."],
     ["Hỗ trợ giống cây trồng cho hộ nghèo.", "Hỗ trợ nước sinh hoạt phân tán."]),
    ("Tăng cường công tác phòng, chống dịch Covid-19 trong vùng đồng bào dân tộc",
     ["Trưởng Ban Dân tộc tỉnh yêu cầu các phòng trực thuộc tập trung chỉ đạo thực hiện nghiêm "
      "các biện pháp phòng, chống dịch Covid-19.",
      "Các đơn vị báo cáo kết quả thực hiện trước ngày 30 hằng tháng để tổng hợp."], []),
    ("Kết quả thực hiện Chương trình mục tiêu quốc gia giai đoạn 2016 - 2020",
     ["Giai đoạn 2016 - 2020, toàn tỉnh đã đầu tư xây dựng 120 công trình hạ tầng thiết yếu "
      "tại các xã đặc biệt khó khăn.",
      "Đời sống vật chất và tinh thần của đồng bào được cải thiện rõ rệt."], []),
    ("Hội nghị sơ kết công tác dân tộc 6 tháng đầu năm 2020",
     ["Sáng ngày 10/7/2020, Ban Dân tộc tỉnh tổ chức hội nghị sơ kết công tác dân tộc 6 tháng "
      "đầu năm và triển khai nhiệm vụ 6 tháng cuối năm.",
      "Các đại biểu đã thảo luận, đề xuất nhiều giải pháp thiết thực."], []),
]
# Furniture that no built-in cue knows: only learning it from the site can remove it.
SITE_ONLY = ["Liên kết website", "Hệ thống văn bản điều hành", "Lịch công tác lãnh đạo",
             "Cơ quan chủ trì: Ban Dân tộc tỉnh Đắk Nông, số 5 đường Trần Hưng Đạo"]


def portal_page(i: int, visitors: int = 1802) -> str:
    """A SharePoint-style portal page of one site with menus, counters and a related list."""
    title, paragraphs, items = ARTICLES[i]
    related = "".join(f"<li><a href='/tin/{j}.aspx'>{ARTICLES[j][0]}</a></li>"
                      for j in range(len(ARTICLES)) if j != i)
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    if items:
        body += "<ul>" + "".join(f"<li>{x}</li>" for x in items) + "</ul>"
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{title} - Ban Dân tộc tỉnh Đắk Nông</title></head><body>
<div class="ribbon"><a href="#">Skip Ribbon Commands</a><a href="#">Skip to main content</a>
<a href="/login">Sign In</a></div>
<div class="nav"><ul><li><a href="/">Trang chủ</a></li><li><a href="/gt">Giới thiệu</a></li>
<li><a href="/tt">Thông tin chỉ đạo, điều hành</a></li><li><a href="/vb">{SITE_ONLY[1]}</a></li>
<li><a href="/lct">{SITE_ONLY[2]}</a></li></ul></div>
<div class="crumb">Thông tin chỉ đạo, điều hành</div>
<div class="article"><h1>{title}</h1>
<div class="meta">Ngày đăng 07/0{i + 1}/2020 | 10:04 | View count: {visitors + 13 * i}</div>
<div class="content">{body}</div>
<div class="related"><h3>Các tin khác</h3><ul>{related}</ul></div></div>
<div class="side"><h3>{SITE_ONLY[0]}</h3><ul><li>Cổng thông tin điện tử Chính phủ</li>
<li>Ủy ban Dân tộc</li></ul></div>
<div class="footer"><p>{SITE_ONLY[3]}</p><p>Điện thoại: 0261.3544.123 - Fax: 0261.3544.124</p>
<p>Bản quyền thuộc Ban Dân tộc tỉnh Đắk Nông</p></div></body></html>"""


def docs_of_site() -> list[FetchedDocument]:
    return [FetchedDocument(url=f"http://bdt.daknong.localhost/tin/{i}.aspx",
                            body=portal_page(i).encode("utf-8"),
                            content_type="text/html; charset=utf-8")
            for i in range(len(ARTICLES))]


@pytest.mark.parametrize("line", [
    "View count: 1802", "Lượt xem : 3567", "Tổng số người truy cập: 4757357", "4757357",
    "Số người online: 2", "THỐNG KÊ TRUY CẬP", "Đăng nhập", "Sign In", "Skip Ribbon Commands",
    "Người chịu trách nhiệm chính: Trần Minh Thắng - Giám đốc Sở Tư pháp",
    "Điện thoại: 02603.862479 ; Fax: 02603.862479; Email: sotuphap-kontum@chinhphu.vn.",
    "Phát triển: TNC", "Bản quyền © 2020 Sở Nội vụ", "Trang chủ > Tin tức > Hoạt động",
    "Thứ trưởng phát biểu tại cuộc họp ngày 16/3/2020 (Ảnh: Phương Hằng)", "Chia sẻ",
])
def test_furniture_lines_are_recognised_on_a_single_page(line):
    assert is_boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "Thực hiện Chỉ thị số 07/CT-UBND, ngày 14/7/2020 của UBND tỉnh về việc mở đợt cao điểm.",
    "Vụ Kế hoạch - Tài chính bố trí ngay kinh phí cho các hoạt động phòng, chống dịch.",
    "Đẩy mạnh ứng dụng công nghệ thông tin, họp trực tuyến",
    "Tổng số ca nhiễm trên địa bàn tỉnh là 25 ca, trong đó 20 ca đã khỏi bệnh.",
    "- Có chính sách kịp thời động viên, hỗ trợ những người tham gia phòng chống dịch.",
    "Theo đó, Thường trực Tỉnh ủy yêu cầu:",
])
def test_body_lines_are_not_furniture(line):
    assert not is_boilerplate_line(line)


@pytest.mark.parametrize("line,expected", [
    ("Ngày đăng 07/08/2020 | 10:04  | View count: 1802", True),
    ("15:52 19/03/2020 | Lượt xem : 3567", True),
    ("3/24/2020 2:16:02 PM", True),
    ("( Cập nhật lúc: 25/03/2020 )", True),
    ("Thực hiện Chỉ thị số 07/CT-UBND, ngày 14/7/2020 của UBND tỉnh về việc mở đợt.", False),
])
def test_date_lines(line, expected):
    assert is_date_line(line) is expected


def test_site_template_drops_what_the_site_repeats_and_keeps_the_body():
    pages = [portal_page(i) for i in range(len(ARTICLES))]
    template = SiteTemplate.learn(pages)
    assert template.pages == len(ARTICLES)
    text = main_text(pages[0])
    assert any(template.is_boilerplate(x) for x in SITE_ONLY)
    cleaned = template.clean(text + "\n\n" + "\n\n".join(SITE_ONLY))
    for furniture in SITE_ONLY:
        assert furniture not in cleaned
    for sentence in ARTICLES[0][1]:
        assert sentence in cleaned


def test_too_few_pages_learn_nothing():
    assert SiteTemplate.learn([portal_page(0), portal_page(1)]).keys == frozenset()


def test_extracting_a_site_removes_its_furniture_and_keeps_structure():
    pages = list(extract_documents(docs_of_site()))
    for page, (title, paragraphs, items) in zip(pages, ARTICLES, strict=True):
        assert page.title == title
        for paragraph in paragraphs:
            assert paragraph in page.text
        for noise in [*SITE_ONLY, "View count", "Sign In", "Các tin khác", "Bản quyền",
                      "Thông tin chỉ đạo, điều hành", *(a[0] for a in ARTICLES)]:
            assert noise not in page.text, noise
        blocks = page.text.split("\n\n")
        assert blocks[: len(paragraphs)] == paragraphs  # one paragraph per block
        if items:
            assert "\n".join(items) in blocks  # list items on consecutive lines


def test_text_dump_structure():
    dump = (
        "Đăng nhập\nChủ nhật, ngày 27 tháng 11 năm 2022 TimKiem\nTIN TỨC HOẠT ĐỘNG\n"
        "Sở Tư pháp hướng dẫn thực hiện Nghị định mới\n3/24/2020 2:16:02 PM\n"
        "Ngày 24/3/2020, Sở Tư pháp ban hành văn bản hướng dẫn các cơ quan thực hiện Nghị định "
        "số 15/2020/NĐ-CP của Chính phủ.\n\n- Rà soát văn bản.\n- Báo cáo kết quả.\n\n"
        "Trung Hiếu\nBài viết trước:\nIcon  Tin cũ một\nPhát triển: TNC\n"
    )
    clean = clean_text_dump(dump)
    assert clean.title == "Sở Tư pháp hướng dẫn thực hiện Nghị định mới"
    assert clean.date_line == "3/24/2020 2:16:02 PM"
    assert clean.author == "Trung Hiếu"
    assert clean.text == (
        "Ngày 24/3/2020, Sở Tư pháp ban hành văn bản hướng dẫn các cơ quan thực hiện Nghị định "
        "số 15/2020/NĐ-CP của Chính phủ.\n\n- Rà soát văn bản.\n- Báo cáo kết quả."
    )
    assert "Phát triển: TNC" in clean.footer


def test_decomposed_input_comes_out_composed():
    page = unicodedata.normalize("NFD", portal_page(1))
    doc = FetchedDocument(url="http://bdt.daknong.localhost/tin/1.aspx",
                          body=page.encode("utf-8"), content_type="text/html; charset=utf-8")
    result = next(iter(extract_documents([doc])))
    assert result.title == ARTICLES[1][0]
    assert ARTICLES[1][1][0] in result.text
    assert result.text == unicodedata.normalize("NFC", result.text)


def test_old_table_layout_page_keeps_the_article_cell_only():
    """ASP.NET-era portals lay out the whole page in one table: sidebar | article | ads."""
    title, paragraphs, items = ARTICLES[2]
    page = f"""<html><head><title>{title}</title></head><body><table><tr>
<td><p>LIÊN KẾT WEBSITE</p><p>THỐNG KÊ TRUY CẬP</p><p>Tổng số người truy cập:<br>4761115<br>
Số người online: 22</p></td>
<td><p>TIN TỨC HOẠT ĐỘNG</p><p>{title}</p><p>6/19/2020 11:40:27 AM</p>
{"".join(f"<p>{p}</p>" for p in paragraphs)}<p>Thu Hằng</p></td></tr>
<tr><td><p>Người chịu trách nhiệm chính: Trần Minh Thắng</p><p>Phát triển: TNC</p></td></tr>
</table></body></html>"""
    doc = FetchedDocument(url="http://stp.kontum.localhost/tin/9.html", body=page.encode(),
                          content_type="text/html; charset=utf-8")
    result = next(iter(extract_documents([doc])))
    assert result.title == title
    assert result.text == "\n\n".join(paragraphs)
    assert result.author == "Thu Hằng"
    assert result.published.startswith("2020-06-19")


def test_an_article_ending_in_a_list_keeps_the_list():
    lines = ["Ban Dân tộc tỉnh yêu cầu các phòng chuyên môn thực hiện các nội dung sau đây:",
             "Hỗ trợ giống cây trồng cho hộ nghèo", "Hỗ trợ nước sinh hoạt phân tán",
             "Hoài Thương", "Khuyến cáo"]
    clean = clean_lines(lines, [True, True, False, True, True], keep_line_breaks=True)
    assert clean.text == "\n\n".join([lines[0], "\n".join(lines[1:3])])
    assert clean.author == "Hoài Thương"


def test_a_weekday_publication_line_beats_the_header_date():
    dump = "\n".join([
        "Sở Y tế thông báo lịch trực", "Thứ Hai, 16/03/2020 - 07:00",
        "Sở Nội vụ họp triển khai nhiệm vụ năm 2020", "Thứ Hai, 16/03/2020 - 08:30",
        "Sáng nay, Sở Nội vụ tổ chức hội nghị triển khai nhiệm vụ năm 2020 với sự tham dự của "
        "lãnh đạo các phòng chuyên môn và đơn vị trực thuộc.",
    ])
    clean = clean_text_dump(dump)
    assert clean.title == "Sở Nội vụ họp triển khai nhiệm vụ năm 2020"
    assert clean.date_line == "Thứ Hai, 16/03/2020 - 08:30"


@pytest.mark.parametrize("meta,line_title,expected", [
    ({"og:title": "Tin A về việc B - Sở Tư pháp tỉnh Kon Tum"}, None, "Tin A về việc B"),
    ({"<title>": "Cổng TTĐT Bộ Nội vụ | Kết luận cuộc họp Ban Chỉ đạo"}, None,
     "Kết luận cuộc họp Ban Chỉ đạo"),
    ({"<title>": "Vụ Kế hoạch - Tài chính bố trí kinh phí"}, None,
     "Vụ Kế hoạch - Tài chính bố trí kinh phí"),
    ({"og:title": "Sở Tư pháp", "og:site_name": "Sở Tư pháp"}, "Tin A về việc B",
     "Tin A về việc B"),
    ({"<title>": "Trang chủ", "<h1>": "Sở Tư pháp\nHội nghị triển khai nhiệm vụ năm 2020"}, None,
     "Hội nghị triển khai nhiệm vụ năm 2020"),
])
def test_html_title_without_the_site_name(meta, line_title, expected):
    assert choose_title(meta, line_title).value == expected


@pytest.mark.parametrize("meta,expected,source", [
    # The page's <h1> is what readers see: it wins when a claimed title agrees with it.
    ({"<h1>": "Những sai sót hộ kinh doanh thường gặp khi thực hiện quy định mới về thuế",
      "og:title": "Những sai sót hộ kinh doanh thường gặp khi thực hiện quy định thuế mới"},
     "Những sai sót hộ kinh doanh thường gặp khi thực hiện quy định mới về thuế", "h1"),
    # An <h1> that is the site's banner agrees with nothing: og:title is the title.
    ({"<h1>": "Cổng thông tin điện tử tỉnh Kon Tum", "og:title": "Tin A về việc B của tỉnh",
      "og:site_name": "Cổng thông tin điện tử tỉnh Kon Tum"}, "Tin A về việc B của tỉnh",
     "og:title"),
])
def test_title_evidence(meta, expected, source):
    assert choose_title(meta) == FieldChoice(expected, source)


# ---- held-out portal dumps: sidebars of links, pages without a title, badges ---------------
SIDEBAR = ["Thông tin từ các Sở, Ban, ngành", "- Sở Ngoại vụ", "- Ban dân tộc", "- Sở Tư pháp"]
PARAGRAPHS = [
    "Ngày 12/5/2020, Ủy ban nhân dân tỉnh tổ chức hội nghị triển khai công tác phòng, chống "
    "dịch Covid-19 trên địa bàn tỉnh với sự tham dự của lãnh đạo các sở, ban, ngành.",
    "Tại hội nghị, các đại biểu đã thảo luận nhiều giải pháp thiết thực nhằm kiểm soát dịch "
    "bệnh, bảo đảm an sinh xã hội cho người dân trên địa bàn.",
]


def test_sidebar_link_lists_in_a_dump_are_boilerplate_wherever_they_sit():
    dump = "\n".join(["Trang chủ", "Tin tức - Sự kiện",
                      "Hội nghị triển khai công tác phòng, chống dịch", "12/05/2020 08:30",
                      PARAGRAPHS[0], *SIDEBAR, "", PARAGRAPHS[1], "", *SIDEBAR,
                      "Chung nhan Tin Nhiem Mang"])
    clean = clean_text_dump(dump)
    assert clean.title == "Hội nghị triển khai công tác phòng, chống dịch"
    assert clean.text == "\n\n".join(PARAGRAPHS)
    assert "Chung nhan Tin Nhiem Mang" in clean.footer and "- Ban dân tộc" in clean.footer


def test_a_sidebar_line_is_never_the_title_of_a_page_without_one():
    clean = clean_text_dump("\n".join([*SIDEBAR, "", PARAGRAPHS[0], "", PARAGRAPHS[1]]))
    assert clean.title is None
    assert clean.text == "\n\n".join(PARAGRAPHS)


def test_a_list_the_text_announces_is_kept():
    lines = ["Thành phần tham dự hội nghị gồm đại diện lãnh đạo các cơ quan, đơn vị sau đây:",
             "- Sở Ngoại vụ", "- Ban dân tộc", "- Sở Tư pháp", PARAGRAPHS[1]]
    clean = clean_lines(lines, [True, True, False, False, True], keep_line_breaks=True)
    assert clean.text == "\n\n".join(
        [lines[0], "\n".join(lines[1:4]), lines[4]])


@pytest.mark.parametrize("line", [
    "Tàu dầu gần thành phố cảng Nakhodka (Nga) tháng 12/2022. Ảnh: Reuters",
    "HĐXX sơ thẩm tuyên án vụ kiện giữa ngân hàng và vợ chồng ông THS. Ảnh: TP",
    "Chung nhan Tin Nhiem Mang", "Chứng nhận Tín Nhiệm Mạng",
])
def test_caption_credits_and_badges_are_furniture(line):
    assert is_boilerplate_line(line)


# ---- HTML: what trafilatura dropped comes back only with evidence ---------------------------
NEWS_BODY = [
    "Sáng 12/5, Ủy ban nhân dân tỉnh tổ chức hội nghị triển khai công tác phòng, chống dịch "
    "Covid-19 với sự tham dự của lãnh đạo các sở, ban, ngành và địa phương trên địa bàn.",
    "Tại hội nghị, Phó Chủ tịch UBND tỉnh yêu cầu các địa phương tăng cường kiểm tra, giám sát "
    "việc thực hiện các biện pháp phòng, chống dịch tại cơ sở.",
    "Các sở, ngành được giao rà soát nguồn lực, chuẩn bị phương án ứng phó với các tình huống "
    "phát sinh, báo cáo kết quả trước ngày 30 hằng tháng.",
    "Kết thúc hội nghị, lãnh đạo tỉnh đề nghị các đơn vị khẩn trương triển khai, không để dịch "
    "bệnh lây lan trong cộng đồng.",
]
NEWS_LEAD = ("UBND tỉnh yêu cầu các sở, ngành và địa phương không chủ quan, lơ là trong công tác "
             "phòng, chống dịch bệnh.")
NEWS_TITLE = "Tỉnh triển khai các biện pháp cấp bách phòng, chống dịch Covid-19"
NEWS_NOISE = [
    "Địa chỉ: Tầng 18, Toà nhà ABC, 68 Dương Đình Nghệ, phường Cầu Giấy, TP. Hà Nội.",
    "Bạn đọc vui lòng đăng ký tài khoản để mua gói dịch vụ đọc báo không quảng cáo",
    "Quang cảnh hội nghị triển khai công tác phòng, chống dịch. Ảnh: Minh Anh",
    "Hà Nội tăng cường kiểm soát dịch tại các khu công nghiệp trong tháng 5",
    "Sở Y tế hướng dẫn cách ly tại nhà đối với người trở về từ vùng dịch",
]


def news_page() -> str:
    """A news portal's article: its footer in a hidden menu and a paywall notice above the
    article, a "Tin liên quan" box and a photo credit inside it, a title worded differently
    in og:title, and the date only in JSON-LD, in UTC, with a space before the offset."""
    og_title = "Tỉnh triển khai biện pháp cấp bách phòng chống dịch Covid-19"
    p = [f"<p>{x}</p>" for x in NEWS_BODY]
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{og_title} | Báo Tỉnh</title>
<meta property="og:title" content="{og_title}">
<meta property="og:description" content="{NEWS_LEAD}">
<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "{og_title}",
"datePublished": "2020-05-11T20:30:00.000 +00:00",}}</script></head><body>
<div class="menu"><p>{NEWS_NOISE[0]}</p><p>{NEWS_NOISE[1]}</p></div>
<div class="nav"><a href="/">Trang chủ</a> <a href="/tt">Thời sự</a></div>
<article><h1 class="title">{NEWS_TITLE}</h1><div class="date">Thứ Ba, 12/05/2020 03:30</div>
<div class="sapo">{NEWS_LEAD}</div><div class="content">{p[0]}{p[1]}
<h3>Tin liên quan</h3><p><a href="/r1">{NEWS_NOISE[3]}</a></p>
<p><a href="/r2">{NEWS_NOISE[4]}</a></p>
{p[2]}<p class="caption">{NEWS_NOISE[2]}</p>{p[3]}<p class="author">Minh Anh</p></div></article>
<div class="footer"><p>Chung nhan Tin Nhiem Mang</p></div></body></html>"""


def test_news_page_keeps_the_article_and_drops_what_surrounds_it():
    doc = FetchedDocument(url="http://baotinh.localhost/tin/1.html", body=news_page().encode(),
                          content_type="text/html; charset=utf-8")
    page = extract_document(doc)
    assert page.title == NEWS_TITLE
    assert page.published == "2020-05-12T03:30:00+07:00"  # the local day, not UTC's
    assert page.text == "\n\n".join([NEWS_LEAD, *NEWS_BODY])
    assert page.author == "Minh Anh"


def test_restored_lines_need_evidence():
    main = "\n\n".join([NEWS_BODY[0], NEWS_BODY[2]])
    by_lines = "\n".join([NEWS_NOISE[0], NEWS_LEAD, NEWS_BODY[0], NEWS_BODY[1], NEWS_NOISE[3],
                          "Một câu tóm tắt của bài liên quan, nằm ngay dưới tiêu đề của bài đó.",
                          NEWS_BODY[2], NEWS_BODY[3]])
    links = {_match_key(NEWS_NOISE[3]): 1.0}
    restored = restore_dropped(main, by_lines, links=links, lead=NEWS_LEAD)
    # The lead (the page's description says so) and a paragraph inside the article return;
    # a footer line above, a related headline and its summary, what follows do not.
    assert restored == "\n\n".join([NEWS_LEAD, NEWS_BODY[0], NEWS_BODY[1], NEWS_BODY[2]])
