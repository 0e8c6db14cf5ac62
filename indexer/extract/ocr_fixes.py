"""Safe corrections of OCR text: only where a look-alike has one sensible reading.

Tesseract's errors that matter most here are in document numbers, the keys users search
by: "O7/CT-UBND" (letter O), "3l/3/2020" (letter l), "QĐÐ-BCĐQG" (Icelandic "Ð" U+00D0
doubling a "Đ"), "CI1-UBND" for "CT-UBND". Words are left alone: without a dictionary a
changed tone mark could be a different word.

- "Ð"/"ð" (not Vietnamese letters) become "Đ"/"đ"; the text is NFC.
- A run of digits holding look-alike letters, with no letter beside it, becomes digits.
- In a document number, a type or issuer code that is not in the code tables
  (`CODE_TYPES`, `CENTRAL_ISSUERS`, `LOCAL_ISSUERS`) becomes the one code it can be read as
  through look-alike letters and stray marks alone; two possible codes, or any other
  difference, and it stays as read.
"""

from __future__ import annotations

import re
from functools import lru_cache

from indexer.parsing.citations import (
    CENTRAL_ISSUERS,
    CODE_TYPES,
    LOCAL_ISSUERS,
    normalise_number,
    number_named_by,
)
from indexer.parsing.textnorm import nfc

_NOT_VIETNAMESE = str.maketrans({"Ð": "Đ", "ð": "đ"})
_AS_DIGIT = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1", "|": "1"})
_DIGITISH = re.compile(r"(?<![^\W\d_])[0-9OoIl|]*\d[0-9OoIl|]*(?![^\W\d_])")
# Shapes Tesseract confuses in upper-case serif text, both ways.
_LOOKALIKE = {frozenset(p) for p in ("I1", "L1", "IL", "IT", "LT", "O0", "OQ", "OD", "DĐ",
                                     "CG", "UV")}
_STRAY = set(".,'|1IL‘’`")  # marks (and thin strokes) OCR adds to a code: half an edit
_MAX_COST = 1.0
_UNIT = r"[A-Za-zĐđ0-9|](?:[A-Za-zĐđ0-9|.,'‘’`]{0,12}[A-Za-zĐđ0-9|])?"
# A number as OCR may have mangled it: serial, then separators (a stray mark beside one,
# a space on one side) and code units.
_PIECE = rf"[.,'‘’`]?[ ]?[-–/][.,'‘’`]?[ ]?{_UNIT}"
_LOOSE_NUMBER = re.compile(rf"(?<![\w./–-])\d{{1,5}}[a-z]?(?:{_PIECE}){{1,8}}")
_PARTS = re.compile(rf"(?P<sep>[.,'‘’`]?[ ]?[-–/][.,'‘’`]?[ ]?)(?P<unit>{_UNIT})")
_YEAR = re.compile(r"(?:19|20)\d\d")


def correct(text: str) -> str:
    """OCR text with the safe corrections above applied."""
    text = nfc(text).translate(_NOT_VIETNAMESE)
    text = _DIGITISH.sub(lambda m: m.group(0).translate(_AS_DIGIT), text)
    return _LOOSE_NUMBER.sub(_repair_number, text)


def _repair_number(m: re.Match[str]) -> str:
    """The number with its type code (and the issuer code after a type) snapped to the
    code tables; unchanged unless the result reads as one document number."""
    raw = m.group(0)
    serial_end = re.match(r"\d+[a-z]?", raw).end()
    parts = [(p.group("sep"), p.group("unit")) for p in _PARTS.finditer(raw, serial_end)]
    units = [unit for _, unit in parts]
    codes = [i for i, unit in enumerate(units) if not _YEAR.fullmatch(unit)]
    if not codes:
        return raw
    units[codes[0]] = _snap(units[codes[0]], _first_codes())
    if len(codes) > 1 and _known(units[codes[0]], _type_codes()):
        units[codes[1]] = _snap(units[codes[1]], _issuer_codes())
    seps = [re.sub(r"[^-–/ ]", "", sep) for sep, _ in parts]  # stray marks go
    fixed = raw[:serial_end] + "".join(s + u for s, u in zip(seps, units, strict=True))
    return fixed if fixed != raw and number_named_by(fixed) else raw


def _known(unit: str, table: frozenset[str]) -> bool:
    canonical = normalise_number(unit)
    # Only issuers carry a term number: "QH14", "UBTVQH14"; "CT1" is no type code.
    return canonical in table or re.sub(r"\d+$", "", canonical) in table & _issuer_codes()


def _snap(unit: str, table: frozenset[str]) -> str:
    """The code `unit` was meant to be, or `unit` unchanged when that is not certain."""
    if _known(unit, table) or _local_department(unit):
        return unit
    single = re.sub(r"Đ{2,}", "Đ", unit)  # "QĐĐ": one letter read twice
    if single != unit and _known(single, table):
        return single
    best: list[str] = []
    best_cost = _MAX_COST
    for code in sorted(table):
        cost = _cost(unit.upper(), code.upper())
        if cost < best_cost:
            best, best_cost = [code], cost
        elif cost == best_cost:
            best.append(code)
    return best[0] if len(best) == 1 else unit


def _local_department(unit: str) -> bool:
    """"STP", "SYT": codes of provincial departments (Sở), too many to list."""
    return bool(re.fullmatch(r"S[A-ZĐ]{1,8}", unit))


def _cost(read: str, code: str) -> float:
    """Edits from `read` to `code` using look-alike swaps and stray-mark deletions only
    (half an edit each); anything else is infinitely far."""
    inf = float("inf")
    row = [0.0] + [inf] * len(code)
    for ch in read:
        nxt = [row[0] + (0.5 if ch in _STRAY else inf)]
        for j, target in enumerate(code, 1):
            swap = 0.0 if ch == target else 0.5 if frozenset((ch, target)) in _LOOKALIKE else inf
            nxt.append(min(row[j - 1] + swap, row[j] + (0.5 if ch in _STRAY else inf)))
        row = nxt
    return row[-1]


@lru_cache(maxsize=1)
def _first_codes() -> frozenset[str]:
    """What may open a number's code: a type ("CT") or, in a letter, its issuer ("UBND")."""
    return frozenset(CODE_TYPES) | _issuer_codes()


@lru_cache(maxsize=1)
def _type_codes() -> frozenset[str]:
    return frozenset(CODE_TYPES)


@lru_cache(maxsize=1)
def _issuer_codes() -> frozenset[str]:
    return frozenset(CENTRAL_ISSUERS) | frozenset(LOCAL_ISSUERS)
