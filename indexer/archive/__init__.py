"""The WARC archive as a contract between the crawler (writes) and the indexer (reads).

`capture` is what the crawler hands over, `crawl_metadata` what travels beside each
response, `records` the one builder and reader of record groups, `writer` and `reader`
the two sides, `revisits` how other tools' revisit records find their payload. Imports
nothing from the crawler or from the indexer's later stages.
"""
