"""Fake scans of a typed document: the page as an office scanner leaves it.

Text in the demo's attachment format (paragraphs separated by blank lines; "^ " centres a
bold line; "left | right" sets a two-column header row, as Vietnamese official letters do)
is drawn with DejaVu Serif (Liberation fonts lack Vietnamese glyphs: see STACK.md), then
tilted, speckled, blurred and saved as a JPEG image or an image-only PDF. Everything is
seeded, so the same input gives the same bytes. `true_text` is what a perfect OCR reads.
"""

from __future__ import annotations

import io
import random
import re
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

A4_INCHES = (8.27, 11.69)
MARGIN_INCHES = (0.9, 0.7)  # left/right, top
POINTS = 13  # Vietnamese administrative documents use 13-14 pt


def font_path(bold: bool = False) -> Path | None:
    """DejaVu Serif from Debian's fonts, else the copy matplotlib ships; None when absent."""
    name = "DejaVuSerif-Bold.ttf" if bold else "DejaVuSerif.ttf"
    candidates = [Path("/usr/share/fonts/truetype/dejavu") / name]
    try:
        import matplotlib

        candidates.append(Path(matplotlib.get_data_path()) / "fonts" / "ttf" / name)
    except ImportError:
        pass
    return next((p for p in candidates if p.exists()), None)


@dataclass(frozen=True)
class ScanStyle:
    """How the scanner treated the page."""

    dpi: int = 200
    skew_degrees: float = 0.0
    noise: float = 0.0  # share of pixels flipped to speckle, e.g. 0.002
    blur: float = 0.0  # Gaussian radius in pixels
    seed: int = 7


def paragraphs(text: str) -> list[str]:
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]


def true_text(text: str) -> str:
    """The text in reading order, one line per row: what OCR of the scan should give."""
    rows = []
    for para in paragraphs(text):
        if " | " in para:
            rows.append(" ".join(part.strip() for part in para.split(" | ")))
        else:
            rows.append(para.lstrip("^ "))
    return "\n".join(rows)


def render_pages(text: str, style: ScanStyle = ScanStyle()) -> list[Image.Image]:
    """The document as scanned greyscale pages ("L" images at `style.dpi`)."""
    regular, bold = font_path(), font_path(bold=True)
    if regular is None or bold is None:
        raise FileNotFoundError("DejaVu Serif fonts are needed to render Vietnamese scans")
    size = round(POINTS * style.dpi / 72)
    fonts = {False: ImageFont.truetype(str(regular), size),
             True: ImageFont.truetype(str(bold), size)}
    width, height = (round(v * style.dpi) for v in A4_INCHES)
    left, top = (round(v * style.dpi) for v in MARGIN_INCHES)
    line_height, usable = round(size * 1.45), width - 2 * left
    pages: list[Image.Image] = []
    page, y = None, height

    def new_line(h: int) -> ImageDraw.ImageDraw:
        nonlocal page, y
        if page is None or y + h > height - top:
            page = Image.new("L", (width, height), 255)
            pages.append(page)
            y = top
        return ImageDraw.Draw(page)

    for para in paragraphs(text):
        if " | " in para:  # header row: two centred columns
            columns = [part.strip() for part in para.split(" | ", 1)]
            draw = new_line(line_height)
            for i, part in enumerate(columns):
                font = fonts[part.startswith("^")]
                part = part.lstrip("^ ")
                span = (usable * 2 // 5, usable * 3 // 5)[i]
                x0 = left + (0 if i == 0 else usable * 2 // 5)
                draw.text((x0 + (span - draw.textlength(part, font)) / 2, y), part, 0, font)
            y += line_height
            continue
        centred = para.startswith("^")
        font = fonts[centred]
        for line in _wrap(para.lstrip("^ "), font, usable):
            draw = new_line(line_height)
            x = left + ((usable - draw.textlength(line, font)) / 2 if centred else 0)
            draw.text((x, y), line, 0, font)
            y += line_height
        y += line_height // 3
    return [_degrade(p, style, n) for n, p in enumerate(pages)]


def _wrap(text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    lines, current = [], ""
    for word in text.split():
        trial = f"{current} {word}".strip()
        if current and font.getlength(trial) > width:
            lines.append(current)
            current = word
        else:
            current = trial
    return [*lines, current] if current else lines


def _degrade(page: Image.Image, style: ScanStyle, number: int) -> Image.Image:
    if style.skew_degrees:
        page = page.rotate(style.skew_degrees, Image.BICUBIC, expand=False, fillcolor=255)
    if style.blur:
        page = page.filter(ImageFilter.GaussianBlur(style.blur))
    if style.noise:
        rng = random.Random(style.seed * 1000 + number)
        pixels = page.load()
        w, h = page.size
        for _ in range(int(w * h * style.noise)):
            x, y = rng.randrange(w), rng.randrange(h)
            pixels[x, y] = rng.choice((0, 40, 90)) if pixels[x, y] > 128 else 235
    # Paper is not white and toner is not black.
    return page.point(lambda v: 30 + v * 200 // 255)


def scan_pdf(text: str, style: ScanStyle = ScanStyle(), quality: int = 70) -> bytes:
    """An image-only PDF of the scanned pages (JPEG inside, like most office scanners)."""
    pages = render_pages(text, style)
    out = io.BytesIO()
    pages[0].save(out, "PDF", resolution=style.dpi, save_all=True, append_images=pages[1:],
                  quality=quality, title="", author="", creator="scanner", producer="scanner",
                  creationDate=None, modDate=None)
    return out.getvalue()


def scan_image(text: str, style: ScanStyle = ScanStyle(), fmt: str = "PNG") -> bytes:
    """The first scanned page as an image file (PNG, JPEG or TIFF) carrying its dpi."""
    page = render_pages(text, style)[0]
    out = io.BytesIO()
    page.save(out, fmt, dpi=(style.dpi, style.dpi), **({"quality": 75} if fmt == "JPEG" else {}))
    return out.getvalue()
