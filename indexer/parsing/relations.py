"""What one document does to another, read from the sentence that says it, and when a
document takes effect and ends.

Relations (the acting document first, the cited one second):

- "amends": "sửa đổi, bổ sung (một số điều của) Thông tư số 28/2010/TT-BGTVT"; also a
  replacement or a repeal of a part ("bãi bỏ Điều 5 của Quyết định số X", "thay thế khoản 2
  ... Quyết định số X"), which leaves the rest of the document in force;
- "replaces": "(và) thay thế (cho) Quyết định số X";
- "repeals": "bãi bỏ / hủy bỏ Quyết định số X", "Quyết định số X hết hiệu lực (kể từ ngày D)";
- "implements": decided by ``citations.py`` from its own cue words ("thực hiện", "triển
  khai", "hướng dẫn thi hành", and "Căn cứ" in a legal text); not duplicated here.

The acting document is the page's own (its "Số:" header, or the one its lead reports issued)
unless the clause names another before the verb: "Quyết định 18/2021/QĐ-UBND thay thế
Quyết định 12/2020/QĐ-UBND" in a news page, or a table row "Quyết định số 03/2014/QĐ-UBND
... sửa đổi, bổ sung ... Quyết định số 20/2010/QĐ-UBND". That number goes to
``Citation.subject``; the query layer weighs such reports lower than a legal text's own word.

Not relations: numbers in the "Căn cứ ..." list of a legal text (including the "Nghị định
X sửa đổi Nghị định Y" described there), "theo quy định tại X", and a verb whose object is
something other than a document ("bổ sung kinh phí", "thay thế bản đồ cũ") — a cue governs
a number only when nothing but the cited document's description stands between them.

Effective dates: "Quyết định này có hiệu lực (thi hành) (kể) từ ngày D", "... kể từ ngày
ký", "... sau 10 ngày, kể từ ngày ký"; end dates: "... này hết hiệu lực (kể) từ ngày D".
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date, timedelta

from indexer.models import Citation
from indexer.parsing.dates import vn_date
from indexer.parsing.textnorm import nfc_with_offsets

CITES, IMPLEMENTS, AMENDS, REPLACES, REPEALS = (
    "cites", "implements", "amends", "replaces", "repeals")
ACTING = (AMENDS, REPLACES, REPEALS)  # relations that change the cited document's status
RELATIONS = (IMPLEMENTS, *ACTING)

_DOC_WORD = (r"(?:Quyết định|Nghị định|Thông tư(?: liên tịch)?|Chỉ thị|Nghị quyết(?: liên tịch)?"
             r"|Quy định|Quy chế|Luật|Bộ luật|Pháp lệnh|Văn bản|Kế hoạch|Hướng dẫn|Công văn"
             r"|Thông báo|Điều lệ)")
# Active verbs: the document they govern comes after them.
_ACTIVE = re.compile(
    r"(?<!\w)(?P<amends>sửa đổi(?:\s{0,2},\s{0,2}|\s{1,3}và\s{1,3}|\s{1,3})bổ sung|sửa đổi"
    r"|bổ sung)"
    r"|(?<!\w)(?P<replaces>thay thế)"
    r"|(?<!\w)(?P<repeals>bãi bỏ|hủy bỏ|huỷ bỏ|chấm dứt hiệu lực(?:\s{1,3}(?:thi hành|của))?)"
    r"(?!\w)",
    re.IGNORECASE,
)
# Verbs whose object came before them: "Quyết định số X hết hiệu lực", "X được thay thế".
_PASSIVE = re.compile(
    r"(?<!\w)(?:(?P<ended>hết hiệu lực(?:\s{1,3}thi hành)?|không còn hiệu lực)"
    r"|(?:được|bị|đã được|đã bị)\s{1,3}(?:(?P<pamends>sửa đổi(?:,?\s{1,3}bổ sung)?|bổ sung)"
    r"|(?P<preplaces>thay thế)|(?P<prepeals>bãi bỏ|hủy bỏ|huỷ bỏ)))(?!\w)",
    re.IGNORECASE,
)
# What may stand between an active verb and the document it governs: a part of it
# ("một số điều của", "Điều 5", "khoản 2 Điều 3"), the attached regulation ("Quy định ...
# ban hành kèm theo"), the type word, "số"; and earlier documents of the same list.
_PART = re.compile(
    r"(?<!\w)(?:một số|các)?\s{0,2}(?:điều|khoản|điểm|mục|phụ lục|chương|nội dung|danh mục"
    r"|danh sách|biểu|mẫu|tiết)(?!\w)",
    re.IGNORECASE,
)
_BLOCK = re.compile(
    r"(?<!\w)(?:căn cứ|(?<!kèm\s)theo|tại|thực hiện|triển khai|hướng dẫn|áp dụng|quy định chi tiết"
    r"|ban hành(?!\s{1,3}kèm)|được|đã|nhằm|để|trình|đề nghị|báo cáo)(?!\w)"
    r"|[.!?](?=\s)|[|\n]",
    re.IGNORECASE,
)
# After a listed number (and its description), what ends the verb's list.
_LIST_BLOCK = re.compile(r"(?<!\w)(?:theo quy định|quy định tại|căn cứ)(?!\w)|[.!?](?=\s)|[|\n]",
                         re.IGNORECASE)
_NEGATED = re.compile(r"(?<!\w)(?:không|chưa|chẳng)\s{1,3}(?:(?:được|bị|cần)\s{1,3})?$",
                      re.IGNORECASE)
_PASSIVE_MARK = re.compile(r"(?<!\w)(?:được|bị)\s{1,3}$", re.IGNORECASE)
_THIS = re.compile(rf"(?<!\w){_DOC_WORD}\s{{1,3}}này(?!\w)", re.IGNORECASE)
_REACH = 220  # a verb governs a number at most this far after it
# ... or farther when its object is a part of the document, named at its end: "thay thế
# danh sách cán bộ ... được công bố tại các Quyết định số X, Y", "sửa đổi Phụ lục ... ban
# hành kèm theo Quyết định số X".
_PART_REACH = 450
_PART_OF = re.compile(
    r"^\s{0,3}(?:một số\s{1,3}|các\s{1,3})?(?:điều|khoản|điểm|mục|phụ lục|chương|nội dung"
    r"|danh mục|danh sách|biểu mẫu|mẫu)(?!\w)[^.;|\n]{0,400}?(?:đã\s{1,3})?(?:được\s{1,3})?"
    rf"(?:công bố|ban hành|quy định|phê duyệt)\s{{1,3}}(?:tại|kèm theo)\s{{1,3}}(?:các\s{{1,3}})?"
    rf"(?:{_DOC_WORD}\s{{0,3}})?(?:số\s{{0,3}})?[:.]?\s{{0,3}}$",
    re.IGNORECASE,
)
_SUBJECT_REACH = 200  # a named acting document stands at most this far before its verb
_CLAUSE_END = re.compile(r"[.!?](?=\s|$)|[;|\n]")
_BASIS_LINE = re.compile(r"^\s{0,3}[-–•+*]?\s{0,3}(?:căn cứ|xét)(?!\w)", re.IGNORECASE)

_DATE = (r"(?:(?P<d>\d{1,2})\s?[/.-]\s?(?P<m>\d{1,2})\s?[/.-]\s?(?P<y>(?:19|20)\d\d)"
         r"|(?P<ld>\d{1,2})\s{1,3}tháng\s{1,3}(?P<lm>\d{1,2})\s{0,3},?\s{0,3}năm\s{1,3}"
         r"(?P<ly>(?:19|20)\d\d))")
_SINCE = re.compile(r"\s{0,3},?\s{0,3}(?:(?:kể\s{1,3})?từ|vào|trước)\s{1,3}ngày\s{1,3}" + _DATE,
                    re.IGNORECASE)
# "có hiệu lực (thi hành) (kể) từ ngày D / kể từ ngày ký / sau N ngày, kể từ ngày ký"
_EFFECTIVE = re.compile(
    r"(?<!\w)(?P<start>có hiệu lực|bắt đầu có hiệu lực)(?:\s{1,3}thi hành)?(?:\s{1,3}"
    r"(?:chính thức|bắt đầu))?\s{0,3},?\s{0,3}"
    r"(?:(?:(?:kể\s{1,3})?từ|vào|từ\s{1,3}và\s{1,3}sau)\s{1,3}ngày\s{1,3}(?:" + _DATE
    + r"|(?P<signed>ký|ban hành|ký ban hành))"
    r"|sau\s{1,3}(?P<days>\d{1,3})\s{1,3}ngày\s{0,3},?\s{0,3}(?:kể\s{1,3})?từ\s{1,3}ngày"
    r"\s{1,3}(?:ký|ban hành))",
    re.IGNORECASE,
)
_UNTIL = re.compile(
    r"(?<!\w)(?:hết hiệu lực|chấm dứt hiệu lực)(?:\s{1,3}thi hành)?\s{0,3},?\s{0,3}"
    r"(?:(?:kể\s{1,3})?từ|vào|sau)\s{1,3}ngày\s{1,3}" + _DATE,
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Relation:
    """One document acting on another, as one sentence says."""

    relation: str  # "amends", "replaces", "repeals" or "implements"
    object_number: str  # the document acted on
    object_identity: str | None
    subject_number: str | None  # the acting document when not the page's own
    since: str | None  # ISO date the sentence gives for it, if any
    sentence: str
    start: int  # the object's number in the page text
    end: int


def _date_of(m: re.Match[str]) -> date | None:
    if m.group("d"):
        return vn_date(int(m.group("d")), int(m.group("m")), int(m.group("y")))
    if m.group("ld"):
        return vn_date(int(m.group("ld")), int(m.group("lm")), int(m.group("ly")))
    return None


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or table cell, or line) holding ``text[start:end]``."""
    lo = max(0, start - 800)
    ends = [m.end() for m in re.finditer(r"\n|[|]|[.!?](?=\s+[^\W\d_])", text[lo:start])]
    first = lo + ends[-1] if ends else lo
    after = re.search(r"\n|[|]|[.!?](?=\s|$)", text[end:end + 800])
    last = end + after.end() if after else min(len(text), end + 800)
    return first, last


def sentence_at(text: str, start: int, end: int) -> str:
    """The sentence holding ``text[start:end]``, tidied to one line."""
    first, last = sentence_bounds(text, start, end)
    return " ".join(text[first:last].split()).strip(" |")


def _in_basis(text: str, pos: int) -> bool:
    """The number stands in the "Căn cứ ..." (or "Xét ...") list of a legal text: its line
    opens with "Căn cứ", or continues a list whose first line does (lines ending in ";")."""
    line_start = text.rfind("\n", 0, pos) + 1
    for _ in range(12):
        line = text[line_start:pos]
        if _BASIS_LINE.match(line):
            return True
        if line_start == 0:
            return False
        previous = text.rfind("\n", 0, line_start - 1) + 1
        if not text[previous:line_start].rstrip().endswith((";", ",", ":")):
            return False
        pos, line_start = line_start - 1, previous
    return False


def _clause_start(text: str, pos: int) -> int:
    lo = max(0, pos - 600)
    ends = [m.end() for m in _CLAUSE_END.finditer(text, lo, pos)]
    return ends[-1] if ends else lo


def _gap_allows(gap: str, spans: list[tuple[int, int]], offset: int) -> tuple[bool, bool]:
    """(governs, partial) for the text between a verb and a number; earlier numbers of the
    list and their descriptions (``spans`` in text coordinates) are skipped."""
    kept = []
    cursor = 0
    for s, e in spans:
        s, e = s - offset, e - offset
        if e <= 0 or s >= len(gap):
            continue
        kept.append(gap[cursor:max(cursor, s)])
        cursor = max(cursor, e)
    kept.append(gap[cursor:])
    between = kept[0]  # the verb's own object: "một số điều của", "Quy định ... kèm theo"
    if _BLOCK.search(between):
        return False, False
    if len(kept) > 1 and _LIST_BLOCK.search(kept[-1]):
        return False, False
    return True, bool(_PART.search(between))


def _active_relation(text: str, citation: Citation, spans: list[tuple[int, int]],
                     floor: int) -> tuple[str, int, int] | None:
    """(relation, verb start, verb end) of the active verb governing this number."""
    window_start = max(floor, citation.start - _PART_REACH)
    found = None
    for m in _ACTIVE.finditer(text, window_start, citation.start):
        found = m
    if found is None or _PASSIVE_MARK.search(text, max(0, found.start() - 12), found.start()):
        return None
    if _NEGATED.search(text, max(0, found.start() - 16), found.start()):
        return None  # "không thay thế", "chưa bãi bỏ"
    listed = [s for s in spans if s[0] >= found.end()]
    first = listed[0][0] if listed else citation.start
    if _PART_OF.match(text[found.end():first]):
        governs, partial = True, True  # "thay thế danh sách ... được công bố tại X"
    elif citation.start - found.end() > _REACH:
        return None
    else:
        governs, partial = _gap_allows(text[found.end():citation.start], listed, found.end())
    if not governs:
        return None
    kind = found.lastgroup or AMENDS
    if kind != AMENDS and partial:
        kind = AMENDS  # a part replaced or repealed: the rest of the document stays
    return kind, found.start(), found.end()


def _subject_before(text: str, citations: list[Citation], verb_start: int,
                    clause: int) -> Citation | None:
    """A document named before the verb in the same clause is the one acting, unless the
    clause says the page's own does ("Quyết định này ... thay thế")."""
    before = [c for c in citations if clause <= c.start and c.end <= verb_start
              and verb_start - c.end <= _SUBJECT_REACH]
    if not before or _THIS.search(text, before[-1].end, verb_start):
        return None
    return before[-1]


def _since(text: str, pos: int) -> str | None:
    m = _SINCE.match(text, pos, min(len(text), pos + 80))
    found = _date_of(m) if m else None
    return found.isoformat() if found else None


def _to_nfc(text: str) -> tuple[str, list[int], list[int]]:
    """NFC text, NFC→given offsets, and given→NFC offsets."""
    composed, offsets = nfc_with_offsets(text)
    back = [bisect_left(offsets, i) for i in range(len(text) + 1)]
    return composed, offsets, back


def apply_relations(text: str, citations: list[Citation]) -> list[Citation]:
    """Set ``relation``, ``subject`` and ``since`` on the citations of ``text`` (those
    ``find_citations`` gave for it, offsets into ``text``) where a sentence says one
    document amends, replaces or repeals another. Citations are changed in place and
    returned; "implements" and "cites" stay as ``citations.py`` decided them."""
    if not isinstance(text, str) or not citations:
        return citations
    composed, _, back = _to_nfc(text)
    ordered = sorted(citations, key=lambda c: c.start)
    local = [Citation(number=c.number, start=back[c.start], end=back[c.end]) for c in ordered]
    for i, (citation, here) in enumerate(zip(ordered, local, strict=True)):
        if _in_basis(composed, here.start):
            continue
        clause = _clause_start(composed, here.start)
        spans = [(c.start, c.end) for c in local[:i] if c.start >= clause]
        active = _active_relation(composed, here, spans, clause)
        if active is not None:
            kind, verb_start, verb_end = active
            subject = _subject_before(composed, local[:i], verb_start, clause)
            if subject is not None and subject.number == citation.number:
                continue
            citation.relation = kind
            citation.subject = subject.number if subject is not None else None
            citation.since = _since(composed, _after_number(composed, here.end))
            continue
        passive = _passive_after(composed, here, local[i + 1:])
        if passive is not None:
            kind, subject_number, since = passive
            citation.relation, citation.subject, citation.since = kind, subject_number, since
    return citations


def _after_number(text: str, end: int) -> int:
    """Past the date and issuer written after a number: where "kể từ ngày" would follow."""
    m = re.match(r"[^.;\n|]{0,200}?(?=\s{0,3},?\s{0,3}(?:kể\s{1,3})?từ\s{1,3}ngày)", text[end:])
    return end + m.end() if m else end


def _passive_after(text: str, here: Citation,
                   later: list[Citation]) -> tuple[str, str | None, str | None] | None:
    """"Quyết định số X (ngày ... của ... về ...) hết hiệu lực (kể từ ngày D)", "X được thay
    thế bằng Quyết định Y": the verb after the number, in the same clause, before any other
    number."""
    stop = min([c.start for c in later] + [len(text)])
    clause_end = _CLAUSE_END.search(text, here.end, min(len(text), here.end + _REACH))
    limit = min(stop, clause_end.start() if clause_end else here.end + _REACH)
    m = _PASSIVE.search(text, here.end, limit)
    if m is None:
        # "được thay thế bằng Quyết định Y": Y is the next number, after the verb
        m = _PASSIVE.search(text, here.end, min(len(text), here.end + _REACH))
        if m is None or m.start() > stop or (clause_end and m.start() > clause_end.start()):
            return None
    if _NEGATED.search(text, max(0, m.start() - 16), m.start()):
        return None  # "không được sửa đổi", "không còn" is a verb of its own
    if _BLOCK.search(re.sub(r"\bvề\b.*", "", text[here.end:m.start()]).replace("được", "")
                     .replace("đã", "")):
        return None
    if m.group("ended"):
        kind = REPEALS
    elif m.group("pamends"):
        kind = AMENDS
    elif m.group("preplaces"):
        kind = REPLACES
    else:
        kind = REPEALS
    subject = None
    if later and later[0].start - m.end() <= 40 and re.match(
            r"\s{0,3}(?:bởi|bằng|tại|theo)\s", text[m.end():later[0].start]):
        subject = later[0].number
    return kind, subject, _since(text, m.end())


@dataclass(frozen=True)
class Effect:
    """When the page's own document takes effect and ends, as its text says."""

    effective_from: str | None = None
    effective_until: str | None = None
    sentence: str | None = None  # the sentence stating the start


def effective_dates(text: str, *, signed: date | str | None = None,
                    own_number: str | None = None) -> Effect:
    """The own document's effective and end dates: "Quyết định này có hiệu lực (thi hành)
    (kể) từ ngày D" (or "kể từ ngày ký": ``signed``, the document's date; "sau 10 ngày, kể
    từ ngày ký": ten days later). A news page's "Quyết định có hiệu lực từ ngày D" counts
    when no other document is named in the clause, or when the clause names ``own_number``."""
    if not isinstance(text, str) or not text:
        return Effect()
    if isinstance(signed, str):
        try:
            signed = date.fromisoformat(signed[:10])
        except ValueError:
            signed = None
    composed = nfc_with_offsets(text)[0]
    start = until = sentence = None
    for m in _EFFECTIVE.finditer(composed):
        if not _own_clause(composed, m.start(), own_number):
            continue
        found = _date_of(m)
        if found is None and signed is not None:
            found = signed + timedelta(days=int(m.group("days"))) if m.group("days") else (
                signed if m.group("signed") else None)
        if found is not None:
            start = found.isoformat()
            sentence = sentence_at(composed, m.start(), m.end())
            break
    for m in _UNTIL.finditer(composed):
        if _own_clause(composed, m.start(), own_number, strict=True):
            found = _date_of(m)
            if found is not None:
                until = found.isoformat()
                break
    return Effect(start, until, sentence)


_NUMBER_LIKE = re.compile(r"\d{1,5}[a-z]?\s?/\s?(?:\d{4}\s?/\s?)?[A-ZĐ]")


def _own_clause(text: str, pos: int, own_number: str | None, strict: bool = False) -> bool:
    """Whether the clause before ``pos`` speaks of the page's own document."""
    clause = text[_clause_start(text, pos):pos]
    if _THIS.search(clause):
        return True
    if own_number and own_number.replace(" ", "") in clause.replace(" ", ""):
        return True
    if strict:
        return False
    return re.search(rf"(?<!\w){_DOC_WORD}\s{{0,3}}$", clause.strip() + " ",
                     re.IGNORECASE) is not None and not _NUMBER_LIKE.search(clause)


def relations_of(text: str, citations: list[Citation]) -> list[Relation]:
    """Every relation the page states (after ``apply_relations``), each with its sentence."""
    found = []
    for c in citations:
        if c.relation in RELATIONS:
            found.append(Relation(c.relation, c.number, c.identity, c.subject, c.since,
                                  sentence_at(text, c.start, c.end), c.start, c.end))
    return found
