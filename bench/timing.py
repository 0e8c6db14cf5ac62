"""Clocks, percentiles and peak memory for the benchmark sections."""

from __future__ import annotations

import resource
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

import numpy as np

_STATUS = "/proc/self/status"
_CLEAR_REFS = "/proc/self/clear_refs"


def percentiles_ms(seconds: Sequence[float]) -> dict[str, float | int]:
    """p50 / p95 / mean / max of durations given in seconds, in milliseconds."""
    if not seconds:
        raise ValueError("no timings to summarise")
    ms = np.asarray(seconds, dtype=np.float64) * 1000.0
    return {
        "p50_ms": round(float(np.percentile(ms, 50)), 3),
        "p95_ms": round(float(np.percentile(ms, 95)), 3),
        "mean_ms": round(float(ms.mean()), 3),
        "max_ms": round(float(ms.max()), 3),
        "n": int(ms.size),
    }


def rate(count: float, seconds: float) -> float | None:
    """Items per second, rounded; None when nothing was timed."""
    return round(count / seconds, 2) if seconds > 0 else None


def _status_kib(field: str) -> int | None:
    try:
        with open(_STATUS, encoding="ascii") as handle:
            for line in handle:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def process_peak_rss_mib() -> float:
    """Highest resident set size of this process since it started (getrusage)."""
    # Linux reports ru_maxrss in KiB.
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def current_rss_mib() -> float | None:
    kib = _status_kib("VmRSS")
    return round(kib / 1024, 1) if kib is not None else None


@dataclass
class Section:
    """What `measure` found: wall seconds and the peak RSS while the block ran."""

    seconds: float = 0.0
    peak_rss_mib: float | None = None
    peak_scope: str = "section"  # "process" where the kernel cannot reset the peak

    def as_dict(self) -> dict:
        return {
            "seconds": round(self.seconds, 3),
            "peak_rss_mib": self.peak_rss_mib,
            "peak_rss_scope": self.peak_scope,
        }


def _reset_peak() -> bool:
    """Reset the kernel's peak-RSS mark (VmHWM) so a section's own peak can be read."""
    try:
        with open(_CLEAR_REFS, "w", encoding="ascii") as handle:
            handle.write("5")
        return True
    except OSError:
        return False


@contextmanager
def measure() -> Iterator[Section]:
    """Time a block and record its peak RSS (the process's peak where no reset is possible)."""
    section = Section()
    scoped = _reset_peak()
    started = time.perf_counter()
    try:
        yield section
    finally:
        section.seconds = time.perf_counter() - started
        peak = _status_kib("VmHWM") if scoped else None
        if peak is not None:
            section.peak_rss_mib = round(peak / 1024, 1)
        else:
            section.peak_rss_mib = process_peak_rss_mib()
            section.peak_scope = "process"
