"""Indexing: WARC records flow through extraction, near-duplicate detection, chunking and
embedding into a store, incrementally; `verify` checks and repairs a store against the WARC
files.
"""
