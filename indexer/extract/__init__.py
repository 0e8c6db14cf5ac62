"""From an archived response to a described `Page`.

- `core.py`: orchestrates one document, a stream of them, or files given on the command line;
- `html_article.py`: the HTML flow: trafilatura's text, what the page shows to be article text;
- `cleaning.py`, `linklines.py`: boilerplate lines (cues, per-site templates, link runs);
- `evidence.py`: title and date chosen from every candidate, with the source that won;
- `metadata.py`: agency and province, weighed against the site profile;
- `attachments.py`: PDF, DOCX and the formats of `legacy.py` (.doc, RTF, .xls/.xlsx);
- `ocr.py`, `scan_prep.py`, `ocr_fixes.py`, `ocr_cache.py`: scans read by Tesseract, images
  prepared, look-alike letters in document numbers corrected, each page read once.
"""
