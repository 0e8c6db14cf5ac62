"""The WARC archive as a contract: the one reader and writer of the record groups the crawler
stores and the indexer reads. Imports nothing else of the project.
"""
