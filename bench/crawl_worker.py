"""One timed crawl in a process of its own (Twisted's reactor runs once per process).

    python -m bench.crawl_worker --profiles demo/profiles --proxy URL --data-dir DIR

Prints one JSON line: seconds spent in `run_crawl` (interpreter start and imports left
out) and the crawl's counts.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profiles", type=Path, required=True)
    parser.add_argument("--proxy", required=True)
    parser.add_argument("--data-dir", type=Path, required=True)
    args = parser.parse_args(argv)

    from crawler.profiles import load_profiles
    from crawler.run import run_crawl

    profiles = load_profiles([args.profiles])
    started = time.perf_counter()
    summary = run_crawl(
        profiles,
        warc_dir=args.data_dir / "warc",
        state_dir=args.data_dir / "crawl-state",
        reports_dir=args.data_dir / "reports",
        allow_private=True,
        proxy=args.proxy,
        throttle=False,
    )
    seconds = time.perf_counter() - started
    result = {
        "seconds": round(seconds, 3),
        "fetched": summary.total("fetched"),
        "written": summary.total("written"),
        "errors": summary.total("errors"),
        "failures": len(summary.failures),
        "finish_reason": summary.finish_reason,
        "warc_files": len(summary.warc_files),
        # Linux reports ru_maxrss in KiB.
        "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
