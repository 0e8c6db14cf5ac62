"""The indexer side of bulletin, laid out along the data flow:

- `archive/`: the WARC files as the contract with the crawler (read and write);
- `parsing/`: pure parsing of Vietnamese text, dates, provinces, document numbers;
- `extract/`: an archived response → a described `Page`;
- `embedding/`: passage and query vectors, built and run offline;
- `ingest/`: `bulletin index` and `bulletin verify`;
- `stores/`: the `Store` contract and its backends;
- `query/`: the query API the UI and the CLI call;
- `cli/`: the `bulletin` command line;
- `models.py`, `errors.py`, `config.py`, `faults.py`, `sqlite_cache.py`: the vocabulary,
  errors, settings, fault injection and cache files every package shares.
"""
