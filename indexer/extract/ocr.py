"""Text of scanned pages: Tesseract in Vietnamese on PDF pages (rendered by pdftoppm) and
on image attachments.

Each page is rendered at RENDER_DPI, straightened and binarised (`scan_prep`), read with
`tesseract -l vie --psm 4` (a single column of text of varying sizes: the two-column header
of an official letter comes out row by row, left then right) and post-corrected
(`ocr_fixes`). Pages are cached by the attachment's content hash (`ocr_cache`), so a scan
is read once however often it is re-indexed. Progress is logged with the pages/s rate.

Limits: MAX_OCR_PAGES pages per attachment, OCR_PAGE_SECONDS per page, OCR_SECONDS per
attachment, MAX_IMAGE_PIXELS per image. Missing tools (tesseract, its `vie` data,
pdftoppm) raise OcrError naming the Debian package to install.
"""

from __future__ import annotations

import io
import logging
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageSequence, UnidentifiedImageError

from indexer.extract import ocr_cache, ocr_fixes, scan_prep

log = logging.getLogger(__name__)

LANGUAGE = "vie"
PAGE_SEGMENTATION = "4"
RENDER_DPI = 300
PREP_VERSION = "1"  # bump when scan_prep or ocr_fixes change what a page reads as
MAX_OCR_PAGES = 60
OCR_PAGE_SECONDS = 120.0
OCR_SECONDS = 900.0
MAX_IMAGE_PIXELS = 80_000_000  # an A3 page at 600 dpi is 70 million
# A scanned page often carries a digital signature's stamp as text ("Người ký: ...").
STAMP_CHARS = 200


class OcrError(ValueError):
    """A scan that cannot be read: a tool is missing, or a limit was reached."""


@lru_cache(maxsize=1)
def missing_tools() -> str | None:
    """Why OCR cannot run here (one line), or None when it can."""
    if not shutil.which("tesseract"):
        return ("tesseract is not installed "
                "(Debian: apt-get install tesseract-ocr tesseract-ocr-vie)")
    try:
        langs = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True,
                               timeout=30).stdout.split()
    except (OSError, subprocess.SubprocessError) as exc:
        return f"tesseract does not run ({exc})"
    if LANGUAGE not in langs:
        return f"tesseract has no '{LANGUAGE}' language data (apt-get install tesseract-ocr-vie)"
    return None


def pdf_renderer_missing() -> str | None:
    """Why scanned PDF pages cannot be rendered here, or None."""
    if not shutil.which("pdftoppm"):
        return "pdftoppm is not installed (Debian: apt-get install poppler-utils)"
    return None


@lru_cache(maxsize=1)
def engine_id() -> str:
    """What the OCR cache is keyed by: Tesseract's version, the language, our preparation."""
    try:
        first = subprocess.run(["tesseract", "--version"], capture_output=True, text=True,
                               timeout=30).stdout.splitlines()[0]
    except (OSError, subprocess.SubprocessError, IndexError):
        first = "tesseract"
    return f"{first.strip()} {LANGUAGE} psm{PAGE_SEGMENTATION} prep{PREP_VERSION}"


def read_scanned_pdf(body: bytes, pages: list[int], name: str) -> dict[int, str]:
    """OCR text of the given 0-based pages of a PDF, as {page: text}."""
    reason = missing_tools() or pdf_renderer_missing()
    if reason:
        raise OcrError(reason)
    _check_page_count(len(pages), "scanned PDF")
    with tempfile.TemporaryDirectory(prefix="bulletin-ocr-") as tmp:
        source = Path(tmp) / "scan.pdf"
        source.write_bytes(body)

        def render(page: int) -> tuple[Image.Image, int]:
            return _render_pdf_page(source, page, Path(tmp)), RENDER_DPI

        return _read_pages(ocr_cache.content_key(body), pages, render, name)


def read_image(body: bytes, name: str) -> list[str]:
    """OCR text of each frame of an image file (JPEG, PNG, multi-page TIFF)."""
    reason = missing_tools()
    if reason:
        raise OcrError(reason)
    try:
        image = Image.open(io.BytesIO(body))
    except (UnidentifiedImageError, OSError) as exc:
        raise OcrError(f"unreadable image ({exc})") from exc
    if image.width * image.height > MAX_IMAGE_PIXELS:
        raise OcrError(f"image of {image.width}x{image.height} pixels is over the "
                       f"{MAX_IMAGE_PIXELS // 1_000_000} million pixel limit")
    frames = getattr(image, "n_frames", 1)
    _check_page_count(frames, "image")

    def render(page: int) -> tuple[Image.Image, int]:
        frame = ImageSequence.Iterator(image)[page]
        return frame.copy(), scan_prep.page_dpi(frame)

    found = _read_pages(ocr_cache.content_key(body), list(range(frames)), render, name)
    return [found[n] for n in range(frames)]


def read_page(image: Image.Image, dpi: int | None = None) -> str:
    """OCR text of one page image, prepared and post-corrected (no cache)."""
    prepared, dpi = scan_prep.prepare(image, dpi)
    return ocr_fixes.correct(_tesseract(prepared, dpi))


def _check_page_count(count: int, what: str) -> None:
    if count > MAX_OCR_PAGES:
        raise OcrError(f"{what} of {count} pages to OCR is over the {MAX_OCR_PAGES}-page limit")


def _read_pages(
    key: bytes,
    pages: list[int],
    render: Callable[[int], tuple[Image.Image, int]],
    name: str,
) -> dict[int, str]:
    """Each page from the cache, or rendered and read (and cached at once)."""
    cache = ocr_cache.default_cache()
    engine = engine_id()
    found = cache.get_pages(engine, key) if cache else {}
    todo = [p for p in pages if p not in found]
    progress = Progress(name, len(todo))
    for page in todo:
        if progress.elapsed > OCR_SECONDS:
            raise OcrError(f"OCR took over {OCR_SECONDS:g} s ({progress.done} of "
                           f"{len(todo)} pages read and cached; the next run goes on)")
        image, dpi = render(page)
        found[page] = read_page(image, dpi)
        if cache:
            cache.put_page(engine, key, page, found[page])
        progress.page_done()
    return {p: found[p] for p in pages}


class Progress:
    """Logs each OCR'd page of an attachment with the running pages/s rate."""

    def __init__(self, name: str, total: int) -> None:
        self.name, self.total, self.done = name, total, 0
        self.started = time.monotonic()

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started

    @property
    def pages_per_second(self) -> float:
        return self.done / self.elapsed if self.elapsed > 0 else 0.0

    def page_done(self) -> None:
        self.done += 1
        log.info("OCR %s: page %d/%d, %.2f pages/s", self.name, self.done, self.total,
                 self.pages_per_second)


def _render_pdf_page(source: Path, page: int, folder: Path) -> Image.Image:
    """Page `page` (0-based) of the PDF as a greyscale image at RENDER_DPI."""
    out = folder / f"page-{page}"
    # PGM, not PNG: compressing an 8-megapixel page costs more than rendering it.
    _run(["pdftoppm", "-r", str(RENDER_DPI), "-gray", "-singlefile",
          "-f", str(page + 1), "-l", str(page + 1), str(source), str(out)], "pdftoppm")
    path = out.with_suffix(".pgm")
    if not path.exists():
        raise OcrError(f"pdftoppm rendered no image of page {page + 1}")
    with Image.open(path) as rendered:
        rendered.load()
        return rendered


def _tesseract(image: Image.Image, dpi: int) -> str:
    buffer = io.BytesIO()
    image.save(buffer, "PNG", dpi=(dpi, dpi))
    return _run(["tesseract", "stdin", "stdout", "-l", LANGUAGE, "--psm", PAGE_SEGMENTATION,
                 "--dpi", str(dpi)], "tesseract", buffer.getvalue())


def _run(command: list[str], tool: str, stdin: bytes | None = None) -> str:
    # One thread per Tesseract: its OpenMP threads fight each other on a shared machine.
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    try:
        done = subprocess.run(command, input=stdin, capture_output=True, env=env,
                              timeout=OCR_PAGE_SECONDS)
    except subprocess.TimeoutExpired as exc:
        raise OcrError(f"{tool} took over {OCR_PAGE_SECONDS:g} s on one page") from exc
    except OSError as exc:
        raise OcrError(f"{tool} did not run ({exc})") from exc
    if done.returncode != 0:
        lines = _lines(done.stderr.decode("utf-8", "replace"))
        raise OcrError(f"{tool} failed: {lines[-1] if lines else f'exit {done.returncode}'}")
    return done.stdout.decode("utf-8", "replace")


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def pages_without_text(texts: Iterable[str], has_images: Iterable[bool]) -> list[int]:
    """Pages of a PDF to OCR: no text layer, or images and only a stamp's worth of text."""
    return [
        n for n, (text, images) in enumerate(zip(texts, has_images, strict=True))
        if not text.strip() or (images and len("".join(text.split())) < STAMP_CHARS)
    ]
