"""Text of older office formats portals still publish: Word 97-2003 (.doc), RTF, Excel
(.xls, .xlsx).

.doc goes to antiword (Debian `antiword`), then catdoc (Debian `catdoc`) when antiword
refuses it (Word 6/95 files, some fast-saved ones); RTF to striprtf; .xls to xlrd; .xlsx to
openpyxl, one line per row with cells joined by " | ". Each format has a size limit
(MAX_BYTES) and each outside tool a time limit (TOOL_SECONDS); the page's own time budget
bounds the Python parsers. Every failure is a LegacyError with a one-line reason.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

MAX_BYTES = {"doc": 32 << 20, "rtf": 64 << 20, "xls": 32 << 20, "xlsx": 32 << 20}
TOOL_SECONDS = 30.0
MAX_CELLS = 500_000  # a sheet larger than this is data, not a document
MAX_XLSX_UNPACKED = 256 << 20  # zip-bomb guard, like the DOCX one
_RTF_CODEPAGE = re.compile(rb"\\ansicpg(\d{3,5})")


class LegacyError(ValueError):
    """A legacy document whose text cannot be read; the message is one line."""


def read_legacy(body: bytes, kind: str) -> str:
    """The text of a .doc, .rtf, .xls or .xlsx file (`kind` without the dot)."""
    limit = MAX_BYTES[kind]
    if len(body) > limit:
        raise LegacyError(f"{len(body) / 2**20:.1f} MB is over the {limit >> 20} MB limit")
    reader = {"doc": read_doc, "rtf": read_rtf, "xls": read_xls, "xlsx": read_xlsx}[kind]
    return reader(body)


def read_doc(body: bytes) -> str:
    """A Word 97-2003 document through antiword, else catdoc."""
    tools = [t for t in ("antiword", "catdoc") if shutil.which(t)]
    if not tools:
        raise LegacyError("antiword and catdoc are not installed "
                          "(Debian: apt-get install antiword catdoc)")
    reasons = []
    with tempfile.TemporaryDirectory(prefix="bulletin-doc-") as tmp:
        path = Path(tmp) / "document.doc"
        path.write_bytes(body)
        for tool in tools:
            command = (["antiword", "-m", "UTF-8.txt", "-w", "0", str(path)] if tool == "antiword"
                       else ["catdoc", "-d", "utf-8", "-w", str(path)])
            try:
                text = _run(command, tool)
            except LegacyError as exc:
                reasons.append(str(exc))
                continue
            if text.strip():
                return text
            reasons.append(f"{tool} found no text")
    raise LegacyError("; ".join(reasons))


def _run(command: list[str], tool: str) -> str:
    try:
        done = subprocess.run(command, capture_output=True, timeout=TOOL_SECONDS)
    except subprocess.TimeoutExpired as exc:
        raise LegacyError(f"{tool} took over {TOOL_SECONDS:g} s") from exc
    except OSError as exc:
        raise LegacyError(f"{tool} did not run ({exc})") from exc
    if done.returncode != 0:
        errors = [ln.strip() for ln in done.stderr.decode("utf-8", "replace").splitlines()
                  if ln.strip()]
        raise LegacyError(f"{tool} failed: {errors[0] if errors else f'exit {done.returncode}'}")
    return done.stdout.decode("utf-8", "replace")


def read_rtf(body: bytes) -> str:
    """An RTF file; its \\ansicpg (1258 for Vietnamese) decodes the 8-bit escapes."""
    from striprtf.striprtf import rtf_to_text

    found = _RTF_CODEPAGE.search(body[:4096])
    encoding = f"cp{int(found.group(1))}" if found else "cp1252"
    try:
        "".encode(encoding)
    except LookupError:
        encoding = "cp1252"
    return rtf_to_text(body.decode("latin-1"), encoding=encoding, errors="replace")


def read_xls(body: bytes) -> str:
    """An Excel 97-2003 workbook: each sheet's name, then its rows."""
    import xlrd

    try:
        book = xlrd.open_workbook(file_contents=body, on_demand=True)
    except xlrd.XLRDError as exc:
        raise LegacyError(f"unreadable XLS ({exc})") from exc
    sheets = []
    for sheet in book.sheets():
        _check_cells(sheet.nrows * sheet.ncols, sheet.name)
        rows = (_row_text(sheet.row_values(r)) for r in range(sheet.nrows))
        sheets.append(_sheet_text(sheet.name, rows))
    return "\n\n".join(s for s in sheets if s)


def read_xlsx(body: bytes) -> str:
    """An Excel workbook (.xlsx): each sheet's name, then its rows (values, not formulas)."""
    import openpyxl

    try:
        with zipfile.ZipFile(io.BytesIO(body)) as archive:
            unpacked = sum(p.file_size for p in archive.infolist())
    except zipfile.BadZipFile as exc:
        raise LegacyError(f"unreadable XLSX ({exc})") from exc
    if unpacked > MAX_XLSX_UNPACKED:
        raise LegacyError(f"XLSX unpacks to {unpacked / 2**20:.0f} MB, over the "
                          f"{MAX_XLSX_UNPACKED >> 20} MB limit: a zip bomb?")
    book = openpyxl.load_workbook(io.BytesIO(body), read_only=True, data_only=True)
    try:
        sheets = []
        for sheet in book.worksheets:
            _check_cells((sheet.max_row or 0) * (sheet.max_column or 0), sheet.title)
            rows = (_row_text(row) for row in sheet.iter_rows(values_only=True))
            sheets.append(_sheet_text(sheet.title, rows))
    finally:
        book.close()
    return "\n\n".join(s for s in sheets if s)


def _check_cells(cells: int, sheet: str) -> None:
    if cells > MAX_CELLS:
        raise LegacyError(f"sheet {sheet!r} has {cells} cells, over the {MAX_CELLS} limit")


def _row_text(values) -> str:
    cells = [_cell(v) for v in values]
    return " | ".join(dict.fromkeys(c for c in cells if c))  # merged cells repeat


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # xlrd gives every number as a float: "12.0" is "12"
    return " ".join(str(value).split())


def _sheet_text(name: str, rows) -> str:
    lines = [row for row in rows if row]
    return "\n".join([name, *lines]) if lines else ""
