"""Run a crawl in this process: `run_crawl(...)`, or `python -m crawler.run --help`.

Twisted's reactor can run only once per process, so run one crawl per process: the
`bulletin crawl` command does, and tests start `python -m crawler.run` in a subprocess.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from crawler.profiles import ProfileError, SiteProfile, dump_profiles, infer_profile, load_profiles
from crawler.report import CrawlSummary, SiteCounts, pager_warnings
from crawler.state import CrawlState

_REACTOR_USED = False


def crawl_settings(
    profiles: list[SiteProfile],
    *,
    warc_dir: Path,
    state_dir: Path,
    reports_dir: Path,
    allow_private: bool = False,
    proxy: str | None = None,
    throttle: bool = True,
    resume: bool = False,
    progress: Callable[[dict[str, SiteCounts]], None] | None = None,
    contact: str | None = None,
    overrides: dict[str, Any] | None = None,
):
    """Scrapy settings for one crawl: crawler/settings.py plus these choices."""
    from scrapy.settings import Settings

    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    chosen: dict[str, Any] = {
        "BULLETIN_WARC_DIR": str(warc_dir),
        "BULLETIN_STATE_DIR": str(state_dir),
        "BULLETIN_REPORTS_DIR": str(reports_dir),
        "BULLETIN_ALLOW_PRIVATE": allow_private,
        "BULLETIN_PROXY": proxy,
        "BULLETIN_RESUME": resume,
        "BULLETIN_PROGRESS": progress,
        "AUTOTHROTTLE_ENABLED": throttle,
        # Attachments sit one level below the deepest page a profile allows.
        "DEPTH_LIMIT": max(p.max_depth for p in profiles) + 1,
    }
    if not throttle:
        chosen["DOWNLOAD_DELAY"] = 0
    if contact:
        chosen["BULLETIN_CONTACT"] = contact
        chosen["USER_AGENT"] = f"bulletin-archiver/0.1 (+mailto:{contact})"
    if resume:
        chosen["JOBDIR"] = str(state_dir / "job")
    settings.setdict(chosen, priority="cmdline")
    settings.setdict(overrides or {}, priority="cmdline")
    return settings


def run_crawl(
    profiles: list[SiteProfile],
    *,
    warc_dir: Path,
    state_dir: Path,
    reports_dir: Path,
    allow_private: bool = False,
    proxy: str | None = None,
    throttle: bool = True,
    resume: bool = False,
    progress: Callable[[dict[str, SiteCounts]], None] | None = None,
    urls: list[str] | None = None,
    save_profile: Path | None = None,
    contact: str | None = None,
    settings: dict[str, Any] | None = None,
    install_signal_handlers: bool = True,
) -> CrawlSummary:
    """Crawl the portals of `profiles` into WARC files under `warc_dir`.

    `urls` replaces the profiles' start URLs; without profiles, a starting-point profile
    is inferred per host. `save_profile` receives the profiles before the crawl and again
    after it with the technology and pagination it found. `resume` continues the
    last unfinished crawl. `settings` overrides any Scrapy or BULLETIN_ setting.
    Runs once per process (Twisted's reactor cannot be restarted).
    """
    global _REACTOR_USED
    if _REACTOR_USED:
        raise RuntimeError(
            "run_crawl runs once per process (Twisted's reactor cannot restart); "
            "start `python -m crawler.run` in a subprocess for another crawl"
        )
    profiles = list(profiles) or (infer_profile(urls) if urls else [])
    if not profiles:
        raise ProfileError("nothing to crawl: give site profiles or start URLs")
    for url in urls or []:
        if not any(p.owns(url) for p in profiles):
            raise ProfileError(f"{url}: on none of the profiles' domains")
    if save_profile is not None:
        dump_profiles(profiles, Path(save_profile))
    for directory in (warc_dir, state_dir, reports_dir):
        Path(directory).mkdir(parents=True, exist_ok=True)
    CrawlState(Path(state_dir)).close()  # fail now, in one line, if another crawl holds it
    if resume:
        # The frontier in the crawl state is what resumes a job (it survives SIGKILL);
        # Scrapy's own queue state in JOBDIR is only valid after a clean stop and would
        # otherwise be read stale, so it is rebuilt from the frontier every time.
        _clear_scrapy_queue(Path(state_dir) / "job")

    from scrapy.crawler import CrawlerProcess

    from crawler.extensions import CrawlReport
    from crawler.spiders.portal import PortalSpider

    scrapy_settings = crawl_settings(
        profiles,
        warc_dir=warc_dir,
        state_dir=state_dir,
        reports_dir=reports_dir,
        allow_private=allow_private,
        proxy=proxy,
        throttle=throttle,
        resume=resume,
        progress=progress,
        contact=contact,
        overrides=settings,
    )
    _REACTOR_USED = True
    process = CrawlerProcess(scrapy_settings)
    crawler = process.create_crawler(PortalSpider)
    process.crawl(crawler, profiles=profiles, urls=urls)
    process.start(install_signal_handlers=install_signal_handlers)
    report = next((e for e in crawler.extensions.middlewares if isinstance(e, CrawlReport)), None)
    if report is None or report.summary is None:
        raise RuntimeError("the crawl ended before it started (see the log above)")
    if save_profile is not None:
        dump_profiles(_with_detection(profiles, report.summary), Path(save_profile))
    return report.summary


def _with_detection(profiles: list[SiteProfile], summary: CrawlSummary) -> list[SiteProfile]:
    """The profiles with the technology and pagination the crawl found on each site."""
    found = summary.coverage
    return [
        p.detected(found[p.name].technology, found[p.name].pagination) if p.name in found else p
        for p in profiles
    ]


def _clear_scrapy_queue(jobdir: Path) -> None:
    import shutil

    queue = jobdir / "requests.queue"
    if queue.exists():
        shutil.rmtree(queue)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m crawler.run",
        description="Crawl government portals into WARC files (one crawl per process).",
    )
    parser.add_argument("urls", nargs="*", help="start URLs (replace the profiles' own)")
    parser.add_argument(
        "--profiles",
        "-p",
        nargs="+",
        type=Path,
        default=[],
        help="site profile YAML files or folders",
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=Path("data"),
        help="holds warc/, reports/ and crawl-state/ (default ./data)",
    )
    parser.add_argument("--state-dir", type=Path, help="default DATA_DIR/crawl-state")
    parser.add_argument(
        "--allow-private",
        action="store_true",
        help="allow loopback/private addresses (the demo portals need it)",
    )
    parser.add_argument("--proxy", help="HTTP proxy for every request, e.g. http://127.0.0.1:8731")
    parser.add_argument("--no-throttle", action="store_true", help="turn AutoThrottle off")
    parser.add_argument("--resume", action="store_true", help="continue the last unfinished crawl")
    parser.add_argument("--contact", help="e-mail or URL put in the User-Agent")
    parser.add_argument("--save-profile", type=Path, help="write the inferred profile(s) here")
    parser.add_argument(
        "--set",
        "-s",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="override a Scrapy/BULLETIN_ setting (JSON values allowed)",
    )
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    args = parser.parse_args(argv)
    try:
        profiles = load_profiles(args.profiles) if args.profiles else []
        overrides = dict(_parse_setting(s) for s in args.set)
        summary = run_crawl(
            profiles,
            urls=args.urls or None,
            warc_dir=args.data_dir / "warc",
            state_dir=args.state_dir or args.data_dir / "crawl-state",
            reports_dir=args.data_dir / "reports",
            allow_private=args.allow_private,
            proxy=args.proxy,
            throttle=not args.no_throttle,
            resume=args.resume,
            save_profile=args.save_profile,
            contact=args.contact,
            settings=overrides,
        )
    except (ProfileError, ValueError, RuntimeError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(summary.model_dump_json(indent=2) if args.json else summary.describe())
    for line in pager_warnings(summary):
        print(line, file=sys.stderr)
    return 0 if summary.finish_reason == "finished" else 1


def _parse_setting(text: str) -> tuple[str, Any]:
    name, sep, value = text.partition("=")
    if not sep or not name:
        raise ValueError(f"--set wants NAME=VALUE, got {text!r}")
    try:
        return name.strip(), json.loads(value)
    except json.JSONDecodeError:
        return name.strip(), value


if __name__ == "__main__":
    sys.exit(main())
