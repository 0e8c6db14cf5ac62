"""The embedded store: tantivy for pages and BM25, usearch for passage vectors, one directory,
no server.

- `store.py`: `EmbeddedStore`: open, write, commit atomically, rebuild, read;
- `schema.py`: analyzers, schema, and the tantivy document of a page;
- `compile.py`: the parsed `KeywordQuery` and filters as tantivy queries;
- `hits.py`: hits and snippets from stored pages;
- `nearest.py`: vector search, ANN candidates rescored exactly;
- `vectors.py`: the usearch index file, saved atomically;
- `integrity.py`: checksums of every file, the writer lock.
"""
