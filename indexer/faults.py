"""Fault injection for crash tests: kill this process with SIGKILL at a named point.

`BULLETIN_FAULT=POINT` kills the process the first time it reaches `fault(POINT)`;
`POINT:N` the N-th time; `after:SECONDS` that many seconds after this module is imported,
wherever it then is. Unset (always, outside tests), `fault()` costs one comparison.

Points: `extract` (a page extracted), `embed` (a batch embedded, not yet written),
`upsert` (a batch written, not committed), `commit` (before the store commit),
`vector-saved` (embedded store: vector file saved, text index not yet committed),
`committed` (after the store commit, before the model id is recorded).
"""

from __future__ import annotations

import os
import signal
import threading

_SPEC = os.environ.get("BULLETIN_FAULT") or None
_point, _, _nth = (_SPEC or "").partition(":")
_hits = 0


def _die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def fault(point: str) -> None:
    """Die here when BULLETIN_FAULT names this point (and this is its N-th visit)."""
    global _hits
    if _SPEC is None or point != _point:
        return
    _hits += 1
    if _hits >= int(_nth or 1):
        _die()


if _point == "after":
    # A daemon: a run that ends first exits normally, so a test can tell the kill missed.
    _timer = threading.Timer(float(_nth), _die)
    _timer.daemon = True
    _timer.start()
