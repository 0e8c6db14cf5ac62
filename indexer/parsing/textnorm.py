"""Unicode normalisation shared by every module that compares Vietnamese text."""

from __future__ import annotations

import re
import unicodedata

# NFD leaves "đ"/"Đ" intact (they are letters of their own, not d + a mark), so fold them here.
_D_FOLD = str.maketrans({"đ": "d", "Đ": "d"})


def nfc(text: str) -> str:
    """Compose ``text`` to NFC, the form portals mostly publish; NFD splits tones from vowels."""
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """Lower-case and strip tones/diacritics, đ→d: "Phòng, chống dịch" → "phong, chong dich".

    Only combining marks are removed, so the result has the same number of
    characters as ``nfc(text)`` and offsets found in one hold in the other.
    """
    decomposed = unicodedata.normalize("NFD", nfc(text).translate(_D_FOLD))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped).lower()


# Old-style spelling puts the tone on the second vowel of an open "oa", "oe", "uy" syllable
# ("Hoà", "Uỷ"); government style puts it on the first ("Hòa", "Ủy"). Both are correct and
# both appear on portals, so names are compared in one style.
_OLD_TONE = re.compile(
    r"(?:([oO])([àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ])|(?<![qQ])([uU])([ỳýỷỹỵỲÝỶỸỴ]))(?![^\W\d_])"
)


def _move_tone(match: re.Match[str]) -> str:
    first = match.group(1) or match.group(3)
    second = match.group(2) or match.group(4)
    base, *marks = unicodedata.normalize("NFD", second)
    return unicodedata.normalize("NFC", first + "".join(marks)) + base


def new_style_tones(text: str) -> str:
    """Move tones to the government style: "Khánh Hoà" → "Khánh Hòa", "Uỷ ban" → "Ủy ban"."""
    return _OLD_TONE.sub(_move_tone, nfc(text))


def nfc_with_offsets(text: str) -> tuple[str, list[int]]:
    """``text`` in NFC, and for each of its positions (plus the end) the position in ``text``.

    Lets a parser work on composed text yet report offsets into the text it was given.
    """
    if unicodedata.is_normalized("NFC", text):
        return text, list(range(len(text) + 1))
    parts: list[str] = []
    offsets: list[int] = []
    start = 0
    # A starter and the combining marks after it compose on their own (true of Latin script).
    for i in range(1, len(text) + 1):
        if i == len(text) or not unicodedata.combining(text[i]):
            piece = unicodedata.normalize("NFC", text[start:i])
            parts.append(piece)
            offsets.extend([start] * len(piece))
            start = i
    offsets.append(len(text))
    return "".join(parts), offsets
