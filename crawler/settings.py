"""Scrapy settings for the bulletin archiver: polite by default, safe by default.

`crawler.run.run_crawl` starts from these and overrides the paths and switches it is
given; `scrapy crawl portal` uses them as they are (SCRAPY_SETTINGS_MODULE=crawler.settings).
Project settings are prefixed BULLETIN_.
"""

BOT_NAME = "bulletin"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

# Who we are, and how to reach us (BULLETIN_CONTACT; run_crawl fills it in).
BULLETIN_CONTACT = "bulletin-archive@example.org"
USER_AGENT = f"bulletin-archiver/0.1 (+mailto:{BULLETIN_CONTACT})"

# Politeness
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0  # AutoThrottle's floor
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 2.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

# Limits
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 64 * 1024 * 1024  # scanned PDF attachments can be large
DOWNLOAD_WARNSIZE = 16 * 1024 * 1024
DEPTH_LIMIT = 6  # run_crawl sets it from the profiles; the spider applies each profile's own
REDIRECT_MAX_TIMES = 5
URLLENGTH_LIMIT = 2083

# Retries: 5xx, 408, 429 and network errors, waiting between attempts
RETRY_ENABLED = True
RETRY_TIMES = 2
BULLETIN_RETRY_BACKOFF_BASE = 2.0  # seconds before the first retry, doubled each time
BULLETIN_RETRY_BACKOFF_MAX = 60.0
BULLETIN_RETRY_AFTER_MAX = 300.0  # a longer Retry-After makes the URL fail instead

# Safety: these two would open local ports (the 2.19 remote control runs arbitrary code).
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False
BULLETIN_ALLOW_PRIVATE = False  # loopback/private addresses refused unless True
BULLETIN_PROXY = None  # e.g. "http://127.0.0.1:8731" for the demo portals

DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.offsite.OffsiteMiddleware": None,
    "crawler.middlewares.ReportingOffsiteMiddleware": 50,
    "crawler.middlewares.PrivateAddressMiddleware": 60,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.middlewares.BackoffRetryMiddleware": 550,
    "crawler.middlewares.ConditionalRequestMiddleware": 560,
    "crawler.middlewares.ArchiveCaptureMiddleware": 595,
    "crawler.middlewares.ProxyMiddleware": 740,
}
SPIDER_MIDDLEWARES = {
    "scrapy.spidermiddlewares.depth.DepthMiddleware": None,
    "crawler.middlewares.ListDepthMiddleware": 900,
}
# http(s) as Scrapy downloads it, plus Chromium for listings built by JavaScript.
DOWNLOAD_HANDLERS = {
    "http": "crawler.rendering.RenderingDownloadHandler",
    "https": "crawler.rendering.RenderingDownloadHandler",
}
DUPEFILTER_CLASS = "crawler.dupefilter.FrontierDupeFilter"
ITEM_PIPELINES = {"crawler.pipelines.WarcPipeline": 300}
EXTENSIONS = {"crawler.extensions.CrawlReport": 500}

# Lists as portals build them (crawler/pagination.py, endpoints.py, feeds.py, rendering.py)
BULLETIN_FOLLOW_POSTBACKS = True  # WebForms __doPostBack pagers, as form POSTs
BULLETIN_JSON_ENDPOINTS = True  # ask the JSON endpoints a list's inline scripts call
BULLETIN_READ_FEEDS = True  # RSS/Atom feeds pages announce
BULLETIN_STOP_WHEN_NOTHING_NEW = True  # stop paging a list at a page with nothing new
BULLETIN_LIST_PAGES_MAX = 1000  # pages of one list, at most
BULLETIN_RENDER = True  # Chromium for lists built by JavaScript (profile `render`)
BULLETIN_BROWSER = "/usr/bin/chromium"  # None: playwright's own download
BULLETIN_BROWSER_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-pings",
]
BULLETIN_RENDER_RESOURCE_TYPES = ["script", "xhr", "fetch"]  # what the browser may fetch
BULLETIN_RENDER_MAX_REQUESTS = 30  # per rendered page

# Where things go (run_crawl sets these from its arguments)
BULLETIN_WARC_DIR = "data/warc"
BULLETIN_STATE_DIR = "data/crawl-state"
BULLETIN_REPORTS_DIR = "data/reports"
BULLETIN_WARC_MAX_BYTES = 1024**3  # rotate WARC files at 1 GiB, the usual convention
BULLETIN_WARC_PREFIX = "bulletin"
BULLETIN_WARC_FSYNC = False  # fsync each record group (survives power loss, slower)
BULLETIN_RESUME = False
BULLETIN_PROGRESS = None  # callable({site: SiteCounts}), set by run_crawl

TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
LOG_LEVEL = "INFO"
