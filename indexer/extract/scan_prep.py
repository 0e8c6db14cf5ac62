"""Scanned pages made ready for OCR: enough resolution, straight lines, black on white.

Tesseract reads best at about 300 dpi with level text lines; office scans come at 150-200
dpi, a degree or two askew, grey and speckled. A skew of 1.5 degrees alone makes Tesseract
splice neighbouring lines together (character error rate 7% instead of under 1%), so the
page is straightened first: the angle whose horizontal ink profile is sharpest wins.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageFilter, ImageOps

TARGET_DPI = 300
A4_WIDTH_INCHES = 8.27
MAX_SKEW = 6.0  # degrees searched either way; more is a page fed sideways, not skew
_PROFILE_WIDTH = 1000  # pixels: the skew search works on a reduced copy


def page_dpi(image: Image.Image) -> int:
    """The image's resolution: its own dpi tag, else as if it were an A4 page's width."""
    tagged = image.info.get("dpi")
    if tagged and 70 <= float(tagged[0]) <= 1200:
        return round(float(tagged[0]))
    return max(70, min(600, round(image.width / A4_WIDTH_INCHES)))


def prepare(image: Image.Image, dpi: int | None = None) -> tuple[Image.Image, int]:
    """A straightened black-and-white copy at TARGET_DPI or more, and its dpi."""
    dpi = dpi or page_dpi(image)
    gray = ImageOps.exif_transpose(image).convert("L")
    angle = skew_angle(gray)
    if abs(angle) >= 0.1:
        gray = gray.rotate(-angle, Image.BICUBIC, expand=True, fillcolor=_paper(gray))
    gray = gray.filter(ImageFilter.MedianFilter(3))  # speckle, before scaling smears it
    if dpi < TARGET_DPI:
        scale = TARGET_DPI / dpi
        gray = gray.resize((round(gray.width * scale), round(gray.height * scale)), Image.LANCZOS)
        dpi = TARGET_DPI
    return binarise(gray), dpi


def skew_angle(gray: Image.Image) -> float:
    """The text lines' tilt in degrees (counter-clockwise positive), 0.0 when unsure."""
    gray = gray.convert("L")
    scale = min(1.0, _PROFILE_WIDTH / gray.width)
    small = gray.resize((max(1, round(gray.width * scale)), max(1, round(gray.height * scale))))
    ink = Image.fromarray(((np.asarray(small) < otsu_threshold(small)) * 255).astype(np.uint8))
    if np.count_nonzero(np.asarray(ink)) < 50:
        return 0.0  # a blank page
    coarse = max(np.arange(-MAX_SKEW, MAX_SKEW + 0.01, 0.5), key=lambda a: _sharpness(ink, a))
    fine = np.arange(coarse - 0.5, coarse + 0.51, 0.1)
    return round(float(max(fine, key=lambda a: _sharpness(ink, a))), 2)


def _sharpness(ink: Image.Image, angle: float) -> float:
    """How sharply rows of ink alternate with blank rows once the page is turned by -angle."""
    rows = np.asarray(ink.rotate(-angle, Image.NEAREST), dtype=np.float64).sum(axis=1)
    return float(np.square(np.diff(rows)).sum())


def otsu_threshold(gray: Image.Image) -> int:
    """The grey level that best separates ink from paper (Otsu's method)."""
    hist = np.asarray(gray.histogram()[:256], dtype=np.float64)
    total = hist.sum()
    if total == 0:
        return 128
    levels = np.arange(256)
    weight = np.cumsum(hist)
    mean = np.cumsum(hist * levels)
    split = weight * (total - weight)
    between = np.zeros(256)
    both = split > 0  # levels with ink on both sides; elsewhere rounding would divide by 0
    between[both] = (mean[-1] * weight[both] / total - mean[both]) ** 2 / split[both]
    return int(np.argmax(between))


def binarise(gray: Image.Image) -> Image.Image:
    """Black ink on white paper ("1" mode) at the Otsu threshold."""
    threshold = otsu_threshold(gray)
    return gray.point(lambda v: 255 if v > threshold else 0, mode="1")


def _paper(gray: Image.Image) -> int:
    """The page's background level, to fill the corners a rotation uncovers."""
    hist = gray.histogram()[:256]
    return max(range(128, 256), key=lambda v: hist[v])
