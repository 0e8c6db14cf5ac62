"""Text of attached documents (the signed PDF, DOCX, old .doc, RTF, spreadsheet or scan of a
directive) linked from articles.

The format is read from the bytes first (portals often serve octet-stream, and many a
".doc" is really RTF). PDF pages without a text layer, and images, are read by OCR
(`ocr`); old office formats by `legacy`. `AttachmentText.source` says where the text came
from ("pdf", "ocr", "docx", "doc", "rtf", "xls", "xlsx"), so search can tell OCR text apart.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import PurePosixPath
from urllib.parse import unquote, urlsplit

from indexer.extract import legacy, ocr
from indexer.parsing.textnorm import nfc

PDF_TYPES = ("application/pdf", "application/x-pdf")
DOCX_TYPES = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document",)
XLSX_TYPES = ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",)
DOC_TYPES = ("application/msword", "application/vnd.ms-word")
XLS_TYPES = ("application/vnd.ms-excel", "application/excel", "application/x-excel")
RTF_TYPES = ("application/rtf", "text/rtf", "application/x-rtf")
IMAGE_TYPES = ("image/jpeg", "image/png", "image/tiff", "image/x-tiff")
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word 97-2003 and Excel 97-2003 files
_IMAGE_MAGIC = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"II*\x00", b"MM\x00*")
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
    source: str = "pdf"  # where the text came from: pdf, ocr, docx, doc, rtf, xls, xlsx


def attachment_kind(content_type: str | None, url: str, body: bytes) -> str | None:
    """"pdf", "docx", "doc", "rtf", "xls", "xlsx", "image" or None, from the bytes first."""
    mime = (content_type or "").split(";")[0].strip().lower()
    name = file_name(url).lower()
    if body.startswith(b"%PDF") or mime in PDF_TYPES:
        return "pdf"
    if body.lstrip()[:5] == b"{\\rtf":
        return "rtf"  # whatever the name says: Word saved many a ".doc" as RTF
    if body.startswith(b"PK\x03\x04"):
        if mime in XLSX_TYPES or name.endswith(".xlsx"):
            return "xlsx"
        if mime in DOCX_TYPES or name.endswith(".docx"):
            return "docx"
        return None
    if body.startswith(_OLE2):
        return "xls" if mime in XLS_TYPES or name.endswith(".xls") else "doc"
    if body.startswith(_IMAGE_MAGIC) and not mime.startswith(("text/", "application/xhtml")):
        return "image"  # a scan; not a page whose server sent an image by mistake
    if mime in DOCX_TYPES:
        return "docx"
    return None


def file_name(url: str) -> str:
    return unquote(PurePosixPath(urlsplit(url).path).name) or url


def ocr_allowance(kind: str | None) -> float:
    """Seconds on top of a page's time budget for an attachment that may need OCR."""
    return ocr.OCR_SECONDS if kind in ("pdf", "image") else 0.0


def read_attachment(body: bytes, kind: str, url: str) -> AttachmentText:
    """The text of an attachment, paragraphs separated by blank lines, NFC."""
    name = file_name(url)
    title = None
    try:
        if kind == "pdf":
            text, title, source = _read_pdf(body, name)
        elif kind == "docx":
            (text, title), source = _read_docx(body), "docx"
        elif kind == "image":
            text, source = _reflow("\n\n".join(ocr.read_image(body, name))), "ocr"
        else:
            text, source = legacy.read_legacy(body, kind), kind
    except AttachmentError:
        raise
    except (ocr.OcrError, legacy.LegacyError) as exc:
        raise AttachmentError(f"{kind.upper()}: {exc}") from exc
    except Exception as exc:  # parsers raise many types on damaged files; report, never crash
        raise AttachmentError(f"unreadable {kind.upper()} ({type(exc).__name__}: {exc})") from exc
    text = nfc(text).strip()
    if not text:
        what = "no text (a blank scan?)" if source == "ocr" else "no text"
        raise AttachmentError(f"{kind.upper()} has {what}")
    return AttachmentText(text=text, title=nfc(title).strip() if title else None,
                          file_name=name, source=source)


def _read_pdf(body: bytes, name: str) -> tuple[str, str | None, str]:
    """Text layer where there is one, OCR for scanned pages; ("text", title, source)."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(body))
    if reader.is_encrypted:
        raise AttachmentError("encrypted PDF")
    pages = [page.extract_text() or "" for page in reader.pages]
    title = reader.metadata.title if reader.metadata else None
    scanned = ocr.pages_without_text(pages, (_has_images(page) for page in reader.pages))
    if scanned:
        try:
            read = ocr.read_scanned_pdf(body, scanned, name)
        except ocr.OcrError as exc:
            raise AttachmentError(
                f"PDF has {len(scanned)} of {len(pages)} pages without a text layer, "
                f"and OCR failed: {exc}") from exc
        for number, text in read.items():
            pages[number] = text
    return _reflow("\n".join(pages)), title, "ocr" if scanned else "pdf"


def _has_images(page) -> bool:
    try:
        return bool(page.images)
    except Exception:  # a damaged resource dictionary: treat the page as a possible scan
        return True


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
