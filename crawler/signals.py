"""Signals the crawl sends besides Scrapy's own, for the report and progress.

Connect with `crawler.signals.connect(handler, signal=page_failed)`; arguments come by keyword.
"""

# A URL that will not be archived: request=Request, reason=str, detail=str.
page_failed = object()
# A page was handled by the pipeline: page=ArchivedPage, written=bool.
page_archived = object()
# A WARC file was closed and renamed to its final name: path=Path.
warc_closed = object()
