"""Search stores: one contract, two backends, chosen by name.

- `base.py`: the `Store` contract and the optional abilities (`FileChecked`,
  `VectorRepairable`);
- `registry.py`: `open_store`, the backend named by the settings;
- `filters.py`, `ranking.py`, `snippets.py`: what filters mean, how matches weigh, how
  snippets are cut, the same in every store;
- `embedded/`: tantivy + usearch in one directory (the default);
- `elastic/`: Elasticsearch 9, the scale-out path.
"""
