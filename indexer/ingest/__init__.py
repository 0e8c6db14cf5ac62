"""`bulletin index` and `bulletin verify`.

- `pipeline.py`: WARC records → extraction → near-duplicates → passages → vectors →
  store, doing only what changed, one commit per run;
- `dedup.py`: near-duplicate pages (MinHash LSH) and their links;
- `chunking.py`: passages of a page, for embedding;
- `verify.py`: a store compared with the WARC files, and repaired.
"""
