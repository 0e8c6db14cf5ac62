"""The embedded store: tantivy for pages and BM25, usearch for passage vectors, one directory,
no server.
"""
