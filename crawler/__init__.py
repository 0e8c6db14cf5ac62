"""The bulletin archiver: a Scrapy project that harvests government portals into WARC files.

Layout (what a Scrapy user expects): `settings.py`, `spiders/portal.py`, `items.py`,
`pipelines.py` (WARC writing), `middlewares.py` (safety, retries, conditional requests),
`extensions.py` (report and progress), `dupefilter.py` (the resumable frontier), with site
profiles as data in `profiles/*.yaml`. Run `python -m crawler.run --help`.
"""
