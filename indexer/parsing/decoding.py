"""Bytes to Unicode for fetched pages: declared charsets checked against the bytes, NFC out.

Vietnamese portals get their charsets wrong in every direction (a header that says utf-8
over windows-1258 bytes, iso-8859-1 over UTF-8), so a declaration is a candidate, never
an order: each candidate is decoded strictly and scored on how Vietnamese the result
reads. Text typed in the pre-Unicode font encodings TCVN3 (ABC, ".VnTime") and VNI
reaches us as Latin-1 look-alike characters and is converted back where a text run
clearly is one of them.
"""

from __future__ import annotations

import codecs
import contextlib
import re
import unicodedata

from charset_normalizer import from_bytes

from indexer.parsing.textnorm import nfc


class DecodingError(ValueError):
    """The bytes are not text in any encoding we can recognise (binary, empty)."""


_TONES = ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")
_VIET_LETTERS = frozenset(
    nfc(base + tone)
    for vowel in "aăâeêioôơuưy"
    for base in (vowel, vowel.upper())
    for tone in _TONES
) | {"đ", "Đ"}
# Typographic marks that say nothing about the encoding either way.
_NEUTRAL = frozenset("“”‘’–—…•\u00a0\u200b\ufeff°€™")
_MAGIC = {
    b"%PDF": "PDF",
    b"PK\x03\x04": "ZIP/Office",
    b"\x89PNG": "PNG",
    b"GIF8": "GIF",
    b"\xff\xd8\xff": "JPEG",
    b"\xd0\xcf\x11\xe0": "OLE/MS Office",
    b"\x1f\x8b": "gzip",
}
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]{1,40})""", re.I
)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]{1,40})""", re.I)
# Browsers read these labels as windows-1252; doing the same keeps 0x80-0x9F as letters.
_WHATWG_ALIASES = {"latin-1": "cp1252", "iso8859-1": "cp1252", "ascii": "cp1252"}


def decode_html(body: bytes, content_type: str | None) -> str:
    """Decode a fetched page to NFC text; raises DecodingError for binary or empty bodies."""
    if not body or not body.strip():
        raise DecodingError("empty body")
    kind = _binary_kind(body)
    if kind:
        raise DecodingError(f"binary content ({kind}), not text")
    text = _decode(body, declared_charsets(body, content_type))
    if _control_ratio(text) > 0.05:
        raise DecodingError("binary content (control characters), not text")
    return nfc(fix_legacy_vietnamese(nfc(text)))


def declared_charsets(body: bytes, content_type: str | None) -> list[str]:
    """Python codec names the HTTP header and then the page's <meta> declare, known ones only."""
    found: list[str] = []
    header = _HEADER_CHARSET.search(content_type or "")
    meta = _META_CHARSET.search(body[:4096])
    for raw in (header.group(1) if header else None, meta.group(1).decode() if meta else None):
        name = _codec_name(raw)
        if name and name not in found:
            found.append(name)
    return found


def _codec_name(label: str | None) -> str | None:
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().lower()).name
    except LookupError:
        return None
    return _WHATWG_ALIASES.get(name, name)


def _binary_kind(body: bytes) -> str | None:
    for magic, kind in _MAGIC.items():
        if body.startswith(magic):
            return kind
    head = body[:2048]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None
    if head.count(b"\x00") > len(head) // 20 and not _looks_utf16(head):
        return "NUL bytes"
    return None


def _looks_utf16(head: bytes) -> bool:
    # ASCII markup in UTF-16 puts a NUL in every other byte.
    return head[1::2].count(0) > len(head) * 0.4 or head[0::2].count(0) > len(head) * 0.4


def _decode(body: bytes, declared: list[str]) -> str:
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                       (codecs.BOM_UTF16_BE, "utf-16")):
        if body.startswith(bom):
            return body.decode(codec, errors="replace")
    wide = [c for c in declared if c.startswith("utf-16") or c.startswith("utf-32")]
    if wide or _looks_utf16(body[:2048]):
        return body.decode(wide[0] if wide else "utf-16-le", errors="replace")
    try:
        # Valid multi-byte UTF-8 almost never happens by accident, whatever was declared.
        return body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    candidates = [c for c in declared if c != "utf-8"]
    candidates += [c for c in (_detected(body), "cp1258", "cp1252") if c and c not in candidates]
    best_text, best_score = None, -1.0
    for codec in candidates:
        try:
            text = body.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
        score = vietnamese_score(nfc(text))
        # A later (undeclared) candidate must be clearly better to override an earlier one.
        if best_text is None or score > best_score + 0.02:
            best_text, best_score = text, score
    if best_text is None:
        return body.decode("cp1252" if b"\x81" not in body else "latin-1", errors="replace")
    return best_text


def _detected(body: bytes) -> str | None:
    match = from_bytes(body[:65536]).best()
    return _codec_name(match.encoding) if match else None


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def _control_ratio(text: str) -> float:
    sample = text[:4096]
    return len(_CONTROL.findall(sample)) / max(1, len(sample))


def vietnamese_score(text: str) -> float:
    """How much `text` (NFC) reads as Vietnamese, 0..1, judged on its non-ASCII characters.

    Mis-decoded Vietnamese shows as stray Latin-1 letters and symbols ("ð", "Ø", "®"), as
    combining marks that found no vowel to compose with, or as words carrying two tones,
    which no Vietnamese syllable does; real Vietnamese scores near 1.
    """
    viet = other = 0
    for ch in text:
        if ch < "\x80" or ch in _NEUTRAL or ch.isspace():
            continue
        if ch in _VIET_LETTERS:
            viet += 1
        else:
            other += 1
    if viet + other == 0:
        return 1.0
    marked = [w for w in _WORD.findall(text) if not w.isascii()]
    unlike = sum(1 for w in marked if _tone_count(w) > 1 or not _SYLLABLE.fullmatch(w))
    return viet / (viet + other) * (1 - unlike / max(1, len(marked)))


_WORD = re.compile(r"\w+")
_VOWELS = "".join(sorted(ch for ch in _VIET_LETTERS if ch not in "đĐ"))
# Onset, one to three vowels, coda: the shape of every Vietnamese syllable ("k" for Đắk).
_SYLLABLE = re.compile(
    rf"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?[{_VOWELS}]{{1,3}}"
    r"(?:ng|nh|ch|[cmnptk])?",
    re.IGNORECASE,
)
_TONE_MARKS = frozenset(_TONES[1:])


def _tone_count(word: str) -> int:
    return sum(1 for ch in unicodedata.normalize("NFD", word) if ch in _TONE_MARKS)


# --- legacy font encodings --------------------------------------------------------------

# TCVN 5712:1993 (VN1/VN3, the ".Vn" ABC fonts), bytes 0x80-0xFF, from glibc's TCVN5712-1.
_TCVN3_HIGH = (
    "ÀẢÃÁẠẶẬÈẺẼÉẸỆÌỈĨÍỊÒỎÕÓỌỘỜỞỠỚỢÙỦŨ\u00a0ĂÂÊÔƠƯĐăâêôơưđẰ\u0300\u0309\u0303\u0301\u0323"
    "àảãáạẲằẳẵắẴẮẦẨẪẤỀặầẩẫấậèỂẻẽéẹềểễếệìỉỄẾỒĩíịòỔỏõóọồổỗốộờởỡớợùỖủũúụừửữứựỳỷỹýỵỐ"
)
_TCVN3_LOW = {0x01: "Ú", 0x02: "Ụ", 0x04: "Ừ", 0x05: "Ử", 0x06: "Ữ", 0x11: "Ứ", 0x12: "Ự",
              0x13: "Ỳ", 0x14: "Ỷ", 0x15: "Ỹ", 0x16: "Ý", 0x17: "Ỵ"}


def _tcvn3_table() -> dict[int, str]:
    table = {b: ch for b, ch in _TCVN3_LOW.items()}
    for offset, target in enumerate(_TCVN3_HIGH):
        byte = 0x80 + offset
        table[byte] = target  # the byte read as Latin-1
        with contextlib.suppress(UnicodeDecodeError):
            table[ord(bytes([byte]).decode("cp1252"))] = target  # ... or as windows-1252
    return table


_TCVN3 = _tcvn3_table()

# VNI-Windows: an ASCII vowel followed by a mark character (read as Latin-1).
_VNI_TONE = {"ù": "\u0301", "ø": "\u0300", "û": "\u0309", "õ": "\u0303", "ï": "\u0323"}
_VNI_HAT = {"â": "", "á": "\u0301", "à": "\u0300", "å": "\u0309", "ã": "\u0303", "ä": "\u0323"}
_VNI_BREVE = {"ê": "", "é": "\u0301", "è": "\u0300", "ú": "\u0309", "ü": "\u0303", "ë": "\u0323"}
_VNI_SINGLE = {"í": "í", "ì": "ì", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ", "ô": "ơ", "ö": "ư",
               "ñ": "đ"}


def _vni_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for base, with_hat, with_breve in (("a", "â", "ă"), ("e", "ê", None), ("o", "ô", None),
                                       ("u", None, None), ("y", None, None), ("ô", None, None),
                                       ("ö", None, None)):
        plain = _VNI_SINGLE.get(base, base)
        for mark, tone in _VNI_TONE.items():
            table[base + mark] = nfc(plain + tone)
        if with_hat:
            for mark, tone in _VNI_HAT.items():
                table[base + mark] = nfc(with_hat + tone)
        if with_breve:
            for mark, tone in _VNI_BREVE.items():
                table[base + mark] = nfc(with_breve + tone)
    table.update(_VNI_SINGLE)
    table.update({k.upper(): v.upper() for k, v in list(table.items())})
    return table


_VNI = _vni_table()
_VNI_PATTERN = re.compile("|".join(sorted(map(re.escape, _VNI), key=len, reverse=True)))
_LATIN1_RANGE = re.compile(r"[^\x00-\xff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6"
                           r"\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039"
                           r"\u203a\u20ac\u2122]")
_SEGMENT = re.compile(r"[^<>\n]+")
_LEGACY_HINT = re.compile(
    "[" + "".join(re.escape(chr(c)) for c in range(0xA1, 0x100) if chr(c) not in _VIET_LETTERS)
    + "]"
)


def tcvn3_to_unicode(text: str) -> str:
    """Convert TCVN3 (ABC) text read as Latin-1/windows-1252 to Unicode (lower-case fonts)."""
    return nfc(text.translate(_TCVN3))


def vni_to_unicode(text: str) -> str:
    """Convert VNI-Windows text read as Latin-1/windows-1252 to Unicode."""
    return nfc(_VNI_PATTERN.sub(lambda m: _VNI[m.group(0)], text))


def fix_legacy_vietnamese(text: str) -> str:
    """Convert the text runs (between tags, per line) that read as TCVN3 or VNI to Unicode.

    Best effort: a run is converted only when it holds nothing outside Latin-1/windows-1252,
    scores low as Vietnamese, and a conversion scores high. TCVN3 upper-case came from
    separate fonts (".VnTimeH") and cannot be told from lower-case, so it comes out lower.
    """
    if not _LEGACY_HINT.search(text):
        return text  # no Latin-1 letter or symbol that Vietnamese lacks: nothing to convert
    return _SEGMENT.sub(_fix_segment, text)


def _fix_segment(match: re.Match[str]) -> str:
    run = match.group(0)
    non_ascii = sum(1 for ch in run if ch >= "\x80")
    letters = sum(1 for ch in run if ch.isalpha()) or 1
    # Vietnamese marks a third of its syllables; a stray umlaut in a name is not TCVN3.
    if non_ascii < 2 or non_ascii / letters < 0.08 or _LATIN1_RANGE.search(run):
        return run
    before = vietnamese_score(run)
    if before >= 0.6:
        return run
    best, best_score = run, before
    for convert in (vni_to_unicode, tcvn3_to_unicode):
        converted = convert(run)
        score = vietnamese_score(converted)
        # VNI first: its mark pairs rarely fit TCVN3 text, while TCVN3 maps any byte.
        if score >= 0.9:
            best, best_score = converted, score
            break
        if score > best_score:
            best, best_score = converted, score
    return best if best_score >= 0.9 and best_score - before >= 0.3 else run
