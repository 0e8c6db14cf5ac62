"""Decoding fetched bytes: charsets declared right, declared wrong, legacy Vietnamese fonts."""

from __future__ import annotations

import unicodedata

import pytest

from indexer.parsing.decoding import (
    DecodingError,
    decode_html,
    fix_legacy_vietnamese,
    tcvn3_to_unicode,
    vni_to_unicode,
)

TEXT = "Chỉ thị số 07/CT-UBND về tăng cường phòng, chống dịch Covid-19 trên địa bàn tỉnh Đắk Nông"
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def cp1258(text: str) -> bytes:
    """windows-1258 bytes the way Vietnamese Windows writes them: base letter + tone mark."""
    out = b""
    for ch in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
        out += (base + "".join(c for c in parts if c in _TONES)).encode("cp1258")
    return out


def html(body: str, head: str = "") -> str:
    return f"<html><head>{head}<title>t</title></head><body><p>{body}</p></body></html>"


@pytest.mark.parametrize(
    "content_type",
    ["text/html; charset=windows-1258", None, "text/html", "text/html; charset=utf-8",
     "text/html; charset=iso-8859-1"],
    ids=["declared", "undeclared", "no-charset", "says-utf8", "says-latin1"],
)
def test_windows_1258_decodes_to_nfc_whatever_the_header_says(content_type):
    decoded = decode_html(cp1258(html(TEXT)), content_type)
    assert TEXT in decoded
    assert decoded == unicodedata.normalize("NFC", decoded)


def test_meta_charset_is_read_when_the_header_has_none():
    page = cp1258(html(TEXT, head='<meta http-equiv="Content-Type" '
                                  'content="text/html; charset=windows-1258">'))
    assert TEXT in decode_html(page, "text/html")


def test_utf8_bytes_under_a_latin1_header_decode_as_utf8():
    assert TEXT in decode_html(html(TEXT).encode("utf-8"), "text/html; charset=iso-8859-1")


def test_decomposed_utf8_comes_out_composed():
    nfd = unicodedata.normalize("NFD", html(TEXT))
    assert nfd != html(TEXT)
    assert TEXT in decode_html(nfd.encode("utf-8"), "text/html; charset=utf-8")


def test_utf16_with_bom():
    assert TEXT in decode_html(html(TEXT).encode("utf-16"), None)


def test_tcvn3_abc_text_is_converted():
    assert tcvn3_to_unicode("Th«ng tin chØ ®¹o, ®iÒu hµnh") == "Thông tin chỉ đạo, điều hành"
    page = html("§¶ng uû tØnh Kon Tum chØ ®¹o c«ng t¸c phßng chèng dÞch").encode("latin-1")
    assert "Đảng uỷ tỉnh Kon Tum chỉ đạo công tác phòng chống dịch" in decode_html(
        page, "text/html; charset=iso-8859-1")


def test_vni_text_is_converted():
    assert vni_to_unicode("Thoâng tin chæ ñaïo, ñieàu haønh") == "Thông tin chỉ đạo, điều hành"
    assert "Việt Nam" in fix_legacy_vietnamese("<p>Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam</p>")


@pytest.mark.parametrize(
    "text",
    ["Herr Müller aus der Straße", "Café Noël à Paris", "© 2020 Bản quyền thuộc Sở Tư pháp",
     TEXT],
)
def test_unicode_and_foreign_text_is_left_alone(text):
    assert fix_legacy_vietnamese(text) == text


@pytest.mark.parametrize(
    "body",
    [b"", b"   \n", b"%PDF-1.7\n...", b"\x89PNG\r\n\x1a\n" + bytes(100), bytes(range(256)) * 8],
    ids=["empty", "blank", "pdf", "png", "binary"],
)
def test_binary_and_empty_bodies_raise_a_clear_error(body):
    with pytest.raises(DecodingError):
        decode_html(body, "text/html")
