"""The Elasticsearch store: the scale-out path, answering the same `Store` contract as the
embedded store.

- `store.py`: `ElasticStore`, the operations;
- `mapping.py`: index names and versions, analyzers, mapping, template, alias swap;
- `documents.py`: a page as a document and back;
- `compile.py`: the request bodies (pure `build_*` functions, pinned by golden tests),
  compiled from the parsed `KeywordQuery`;
- `hits.py`: hits and facets from answers;
- `transport.py`: the client, its retry policy and version check, error translation;
- `bulk.py`: chunked writes with one retry budget per chunk;
- `builds.py`: versioned indices created, switched to, and cleaned up;
- `privileges.py`: the role the store needs, checked at start-up;
- `errors.py`: the store's error types.
"""
