"""`bulletin`: the command line, a thin front end over the crawler, the indexer and the
query API.

- `main.py`: the app, its options and the crawl/index/search/extract/ui/stats/verify
  commands; it registers the commands kept in their own modules;
- `common.py`: consoles, settings and option readers every command shares;
- `documents.py`: `bulletin similar`.
"""
