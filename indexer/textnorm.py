"""Unicode normalisation shared by every module that compares Vietnamese text."""

from __future__ import annotations

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
