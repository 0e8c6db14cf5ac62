"""Where a search's time goes, stage by stage: off (free) unless a benchmark turns it on.

A store with a `clock` attribute laps it at each stage of a search (`bench/scale.py` reads
the totals); the default `OFF` clock does nothing.
"""

from __future__ import annotations

import time


class StageClock:
    """Seconds per stage, summed until `take` hands them over."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    def start(self) -> float:
        return time.perf_counter()

    def lap(self, stage: str, started: float) -> float:
        """Charge the time since `started` to `stage`; the time now, to start the next."""
        now = time.perf_counter()
        self.seconds[stage] = self.seconds.get(stage, 0.0) + now - started
        return now

    def take(self) -> dict[str, float]:
        taken, self.seconds = self.seconds, {}
        return taken


class _Off(StageClock):
    def start(self) -> float:
        return 0.0

    def lap(self, stage: str, started: float) -> float:
        return 0.0


OFF: StageClock = _Off()
