"""OCR quality and speed: the demo's scanned directive rendered at several scanner
settings, read back, and compared with the true text.

    python -m bench.ocr            # every setting
    python -m bench.ocr --quick    # 200 dpi only

Character error rate (CER) is the edit distance between the true and the OCR text, both
NFC with whitespace removed, over the true length. "Numbers" counts the cited document
numbers (and the directive's own number) found exactly among the OCR text's citations.
"""

from __future__ import annotations

import argparse
import time
import unicodedata
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
DIRECTIVE = REPO / "demo" / "content" / "stp.kontum.localhost" / "kontum-17.doc.md"
# (dpi, skew degrees, speckle share, blur radius): a clean office scan, the usual slightly
# tilted and speckled one at each common resolution, and a bad one.
SETTINGS = [
    (200, 0.0, 0.0, 0.0),
    (200, 1.5, 0.002, 0.6),
    (150, 1.0, 0.002, 0.5),
    (300, 2.5, 0.003, 0.8),
    (200, -3.0, 0.004, 0.6),
]
QUICK_SETTINGS = SETTINGS[1:2]


def character_error_rate(truth: str, read: str) -> float:
    """Edit distance over the true length; NFC, whitespace ignored."""
    a = "".join(unicodedata.normalize("NFC", truth).split())
    b = "".join(unicodedata.normalize("NFC", read).split())
    if not a:
        return float(bool(b))
    # One row of the Levenshtein table at a time, vectorised over the OCR text.
    codes_b = np.array([ord(c) for c in b])
    row = np.arange(len(b) + 1)
    for i, char in enumerate(a, 1):
        substitute = row[:-1] + (codes_b != ord(char))
        deleted = row[1:] + 1
        best = np.minimum(substitute, deleted)
        new = np.empty_like(row)
        new[0] = i
        # Insertions run left to right: new[j] = min(best[j-1], new[j-1] + 1).
        new[1:] = np.minimum.accumulate(best - np.arange(1, len(b) + 1)) + np.arange(1, len(b) + 1)
        new[1:] = np.minimum(new[1:], i + np.arange(1, len(b) + 1))
        row = new
    return float(row[-1]) / len(a)


def expected_numbers(text: str) -> list[str]:
    """The document numbers a perfect reading finds: its own and those it cites."""
    from indexer.parsing.citations import find_citations, find_own_number

    own = find_own_number(text)
    return sorted({*(c.number for c in find_citations(text)), *([own] if own else [])})


def measure(quick: bool = False) -> dict:
    """CER, numbers found and pages/s for each setting; {"skipped": reason} without OCR."""
    from demo.scan import ScanStyle, font_path, render_pages, true_text
    from indexer.extract import ocr

    reason = ocr.missing_tools() or (None if font_path() else "DejaVu Serif fonts not found")
    if reason:
        return {"skipped": reason}
    source = DIRECTIVE.read_text(encoding="utf-8")
    truth = true_text(source)
    wanted = expected_numbers(truth)
    rows, seconds, pages = [], 0.0, 0
    for dpi, skew, noise, blur in QUICK_SETTINGS if quick else SETTINGS:
        scans = render_pages(source, ScanStyle(dpi=dpi, skew_degrees=skew, noise=noise,
                                               blur=blur))
        started = time.perf_counter()
        read = "\n".join(ocr.read_page(page, dpi) for page in scans)
        took = time.perf_counter() - started
        seconds, pages = seconds + took, pages + len(scans)
        found = set(expected_numbers(read))
        rows.append({
            "dpi": dpi, "skew": skew, "noise": noise, "blur": blur,
            "cer": round(character_error_rate(truth, read), 4),
            "numbers_found": sum(n in found for n in wanted), "numbers": len(wanted),
            "missed": [n for n in wanted if n not in found],
            "seconds_per_page": round(took / len(scans), 2),
        })
    return {"engine": ocr.engine_id(), "settings": rows,
            "pages_per_s": round(pages / seconds, 3) if seconds else None}


def print_table(result: dict, console=None) -> None:
    """The figures as a rich table."""
    from rich.console import Console
    from rich.table import Table

    console = console or Console()
    if "settings" not in result:
        console.print(f"OCR: {result.get('skipped') or result.get('error')}")
        return
    table = Table(title=f"OCR ({result['engine']}), {result['pages_per_s']} pages/s")
    for column in ("dpi", "skew °", "speckle", "blur", "CER", "numbers exact", "s/page"):
        table.add_column(column, justify="right")
    for row in result["settings"]:
        table.add_row(str(row["dpi"]), f"{row['skew']:g}", f"{row['noise']:g}",
                      f"{row['blur']:g}", f"{row['cer']:.2%}",
                      f"{row['numbers_found']}/{row['numbers']}", f"{row['seconds_per_page']}")
    console.print(table)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.ocr", description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="200 dpi only")
    print_table(measure(parser.parse_args(argv).quick))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
