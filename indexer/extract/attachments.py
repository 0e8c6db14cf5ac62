"""Text of attached documents (the signed PDF or DOCX of a directive) linked from articles."""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import PurePosixPath
from urllib.parse import unquote, urlsplit

from indexer.parsing.textnorm import nfc

PDF_TYPES = ("application/pdf", "application/x-pdf")
DOCX_TYPES = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document",)
_TERMINAL = re.compile(r"""[.!?;:"”)]\s*$""")
# A DOCX is a zip: refuse one that would unpack to more than this before opening it (the
# XML parts are parsed into memory whole). A 200-page directive's XML is a few MB.
MAX_DOCX_XML_BYTES = 64 << 20
MAX_DOCX_BYTES = 512 << 20  # everything, images included
MAX_DOCX_PARTS = 10_000


class AttachmentError(ValueError):
    """An attachment whose text cannot be read (damaged, encrypted, unsupported format)."""


@dataclass
class AttachmentText:
    text: str
    title: str | None
    file_name: str


def attachment_kind(content_type: str | None, url: str, body: bytes) -> str | None:
    """"pdf", "docx" or None, from the bytes first (portals often serve octet-stream)."""
    mime = (content_type or "").split(";")[0].strip().lower()
    if body.startswith(b"%PDF") or mime in PDF_TYPES:
        return "pdf"
    name = file_name(url).lower()
    if mime in DOCX_TYPES or (body.startswith(b"PK\x03\x04") and name.endswith(".docx")):
        return "docx"
    return None


def file_name(url: str) -> str:
    return unquote(PurePosixPath(urlsplit(url).path).name) or url


def read_attachment(body: bytes, kind: str, url: str) -> AttachmentText:
    """The text of a PDF or DOCX, paragraphs separated by blank lines, NFC."""
    try:
        text, title = _read_pdf(body) if kind == "pdf" else _read_docx(body)
    except AttachmentError:
        raise
    except Exception as exc:  # parsers raise many types on damaged files; report, never crash
        raise AttachmentError(f"unreadable {kind.upper()} ({type(exc).__name__}: {exc})") from exc
    text = nfc(text).strip()
    if not text:
        raise AttachmentError(f"{kind.upper()} has no text layer (a scan needs OCR)")
    return AttachmentText(text=text, title=nfc(title).strip() if title else None,
                          file_name=file_name(url))


def _read_pdf(body: bytes) -> tuple[str, str | None]:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(body))
    if reader.is_encrypted:
        raise AttachmentError("encrypted PDF")
    pages = [page.extract_text() or "" for page in reader.pages]
    title = reader.metadata.title if reader.metadata else None
    return _reflow("\n".join(pages)), title


def _check_docx_size(body: bytes) -> None:
    """Refuse a zip bomb from its directory: zipfile stops reading a part at its declared
    size, so the declared sizes bound what python-docx can unpack."""
    with zipfile.ZipFile(io.BytesIO(body)) as archive:
        parts = archive.infolist()
    xml = sum(p.file_size for p in parts if p.filename.endswith((".xml", ".rels")))
    total = sum(p.file_size for p in parts)
    if len(parts) > MAX_DOCX_PARTS:
        raise AttachmentError(f"DOCX holds {len(parts)} parts, over the {MAX_DOCX_PARTS} limit")
    if xml > MAX_DOCX_XML_BYTES or total > MAX_DOCX_BYTES:
        raise AttachmentError(
            f"DOCX unpacks to {total / 2**20:.0f} MB ({xml / 2**20:.0f} MB of XML), over the "
            f"{MAX_DOCX_BYTES >> 20} MB ({MAX_DOCX_XML_BYTES >> 20} MB XML) limit: a zip bomb?"
        )


def _read_docx(body: bytes) -> tuple[str, str | None]:
    import docx

    _check_docx_size(body)
    document = docx.Document(io.BytesIO(body))
    blocks = [p.text.strip() for p in document.paragraphs if p.text.strip()]
    for table in document.tables:
        for row in table.rows:
            cells = [c.text.strip() for c in row.cells if c.text.strip()]
            if cells:
                blocks.append(" | ".join(dict.fromkeys(cells)))  # merged cells repeat
    return "\n\n".join(blocks), document.core_properties.title


def _reflow(text: str) -> str:
    """PDF text breaks lines mid-sentence: join a line to the next unless it ends one."""
    paragraphs: list[str] = []
    current = ""
    for line in (ln.strip() for ln in text.splitlines()):
        if not line:
            if current:
                paragraphs.append(current)
            current = ""
            continue
        starts_lower = line[:1].islower()
        if current and (starts_lower or not _TERMINAL.search(current)):
            current = f"{current} {line}"
        else:
            if current:
                paragraphs.append(current)
            current = line
    if current:
        paragraphs.append(current)
    return "\n\n".join(paragraphs)
