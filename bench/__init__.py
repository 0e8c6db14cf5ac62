"""`make bench`: speed and search-quality benchmarks of the whole pipeline.

`python -m bench.run` crawls the demo portals, indexes them, measures every stage, searches
synthetic corpora of 10k and 100k documents, scores search quality on `bench/relevance.json`
and writes `bench/results/<timestamp>.json` plus a chart of all runs. Timings are output,
never assertions.
"""
