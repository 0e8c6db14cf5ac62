"""The query API: the one place search behaviour lives; the UI and the CLI only call it.

- `parse.py`: what the user typed, parsed once (mode, document number, `KeywordQuery`);
- `fusion.py`: hybrid search, weighing each ranking by its evidence;
- `service.py`: `SearchService` and `open_service`;
- `chains.py`: citation chains and response timelines;
- `compare.py`: provinces compared (first responses, counts per month);
- `related.py`: related directives with their reasons;
- `originals.py`: the original file behind a page, from the WARC files.
"""
