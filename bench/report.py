"""Writing a run: the JSON file, a chart of every run so far, and a table for the terminal."""

from __future__ import annotations

import json
import os
from pathlib import Path

from rich.console import Console
from rich.table import Table

from bench.quality import MODES

HISTORY_CHART = "history.png"


def write_result(result: dict, results_dir: Path) -> Path:
    """`<results_dir>/<timestamp>.json`, written whole or not at all."""
    results_dir.mkdir(parents=True, exist_ok=True)
    path = results_dir / f"{result['run']['timestamp']}.json"
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    os.replace(tmp, path)
    return path


def load_runs(results_dir: Path, quick: bool) -> list[dict]:
    """Earlier runs of the same kind (quick or full), oldest first; unreadable files skipped
    with a warning, since one bad file must not hide the others."""
    runs = []
    for path in sorted(results_dir.glob("*.json")):
        try:
            run = json.loads(path.read_text(encoding="utf-8"))
            if bool(run["run"].get("quick")) == quick:
                runs.append(run)
        except (OSError, ValueError, KeyError, TypeError) as exc:
            Console(stderr=True).print(f"[yellow]skipping {path.name} in the chart: {exc}")
    return runs


def _get(run: dict, *keys, default=None):
    value = run
    for key in keys:
        if not isinstance(value, dict) or key not in value:
            return default
        value = value[key]
    return value


def _number(value) -> float:
    return float(value) if isinstance(value, int | float) else float("nan")


def _series(runs: list[dict], *keys: str) -> list[float]:
    """One figure per run, NaN (a gap in the line) where a run lacks it."""
    return [_number(_get(r, *keys)) for r in runs]


def _largest_size(run: dict) -> str | None:
    sizes = [s for s in (_get(run, "latency", "embedded") or {}) if s.isdigit()]
    return max(sizes, key=int) if sizes else None


def _run_label(run: dict) -> str:
    stamp = run["run"]["timestamp"]  # 20261125T013000Z
    commit = (_get(run, "machine", "git", "commit") or "?")[:7]
    return f"{stamp[4:6]}-{stamp[6:8]} {stamp[9:11]}:{stamp[11:13]}\n{commit}"


def write_history_chart(results_dir: Path, quick: bool) -> Path:
    """A PNG comparing all runs: throughput, search latency (largest corpus), quality."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    runs = load_runs(results_dir, quick)
    labels = [_run_label(r) for r in runs]
    x = list(range(len(runs)))
    fig, axes = plt.subplots(2, 2, figsize=(13, 8))
    throughput = {
        "crawl pages/s": ("crawl", "pages_per_s"),
        "extract pages/s": ("indexing", "extract", "pages_per_s"),
        "embed passages/s": ("indexing", "embedding", "passages_per_s"),
        "store docs/s": ("indexing", "store", "docs_per_s"),
    }
    ax = axes[0][0]
    for name, keys in throughput.items():
        ax.plot(x, _series(runs, *keys), marker="o", label=name)
    ax.set_yscale("log")  # crawl, embedding and store rates differ by orders of magnitude
    ax.set_title("Throughput (log scale)")
    ax.legend(fontsize=8)

    ax = axes[0][1]
    for mode in MODES:
        values = [
            _number(_get(r, "latency", "embedded", _largest_size(r) or "", "search", mode,
                         "p95_ms"))
            for r in runs
        ]
        ax.plot(x, values, marker="o", label=f"{mode} p95")
    ax.set_title("Search latency, largest corpus (ms)")
    ax.legend(fontsize=8)

    ax = axes[1][0]
    for mode in MODES:
        values = _series(runs, "quality", "modes", mode, "overall", "mrr@10")
        ax.plot(x, values, marker="o", label=f"{mode} MRR@10")
    ax.set_ylim(0, 1.05)
    ax.set_title("Search quality (demo relevance set)")
    ax.legend(fontsize=8)

    ax = axes[1][1]
    for name, keys in {"cold index s": ("indexing", "cold", "seconds"),
                       "warm-cache index s": ("indexing", "warm_cache", "seconds")}.items():
        ax.plot(x, _series(runs, *keys), marker="o", label=name)
    ax.set_title("Demo archive indexing (s)")
    ax.legend(fontsize=8)

    for ax in axes.flat:
        ax.set_xticks(x, labels, fontsize=7)
        ax.grid(alpha=0.3)
    fig.suptitle(f"bulletin benchmarks ({'quick' if quick else 'full'} runs)")
    fig.tight_layout()
    path = results_dir / HISTORY_CHART
    fig.savefig(path, dpi=90)
    plt.close(fig)
    return path


def _fmt(value, unit: str = "") -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        value = f"{value:,.3f}".rstrip("0").rstrip(".") if value < 100 else f"{value:,.1f}"
    return f"{value}{unit}"


def _pair(p50: float, p95: float) -> str:
    return f"{p50:.1f} / {p95:.1f}"


def _quality_table(title: str, modes: dict) -> Table:
    """MRR@10 / Recall@10 per kind (rows) and mode (columns)."""
    table = Table(title=title)
    table.add_column("kind")
    for mode in modes:
        table.add_column(mode, justify="right")
    if modes:
        first = next(iter(modes.values()))
        for kind in [*first["by_kind"], "overall"]:
            cells = []
            for figures in modes.values():
                block = figures["overall"] if kind == "overall" else figures["by_kind"][kind]
                cells.append(f"{block['mrr@10']:.2f} / {block['recall@10']:.2f}")
            count = (first["overall"] if kind == "overall" else first["by_kind"][kind])["queries"]
            table.add_row(f"{kind} ({count})", *cells)
    return table


def _against_parts_table(title: str, sets: dict[str, dict]) -> Table:
    """Per kind (rows) and judged set (columns): hybrid's MRR@10 minus its better part's,
    the 95% interval, and on how many queries hybrid ranked higher / lower."""
    table = Table(title=title)
    table.add_column("kind")
    for name in sets:
        table.add_column(name, justify="right")
    kinds = sorted({kind for gaps in sets.values() for kind in gaps})
    for kind in kinds:
        cells = []
        for gaps in sets.values():
            gap = gaps.get(kind)
            cells.append("" if gap is None else
                         f"{gap['mrr_gap']:+.3f} [{gap['interval_95'][0]:+.2f}, "
                         f"{gap['interval_95'][1]:+.2f}] {gap['better_part']} "
                         f"{gap['higher']}↑{gap['lower']}↓/{gap['queries']}")
        table.add_row(kind, *cells)
    table.caption = ("hybrid MRR@10 minus its better part's (named), paired per query; [95% "
                     "bootstrap interval]; queries hybrid ranked higher ↑ / lower ↓ / all")
    return table


def _real_corpus_caption(real: dict) -> str:
    """The real pages indexed, the queries skipped for want of their pages, and the extra
    pages missing from their folder or differing from their recorded source."""
    corpus = real.get("corpus") or {}
    parts = [f"{corpus.get('pages', '?')} real pages"]
    if real.get("skipped"):
        parts.append(f"{len(real['skipped'])} queries skipped (pages absent)")
    check = corpus.get("extra_pages") or {}
    for what in ("missing", "differing"):
        if check.get(what):
            parts.append(f"extra pages {what}: {', '.join(check[what])}")
    return "; ".join(parts)


def print_tables(result: dict, console: Console | None = None) -> None:
    """The run's headline figures as rich tables."""
    console = console or Console()
    run = result["run"]
    console.print(f"[bold]bulletin bench[/] {run['timestamp']}  vectors: {run['vectors']}"
                  f"{'  (quick)' if run['quick'] else ''}  total {run['seconds']} s  load average "
                  f"{_get(result, 'machine', 'load_average_at_start')} → "
                  f"{_get(result, 'machine', 'load_average_at_end')}")

    speed = Table(title="Throughput and indexing", show_lines=False)
    speed.add_column("measure")
    speed.add_column("value", justify="right")
    rows = [
        ("crawl (demo, no throttle)", _get(result, "crawl", "pages_per_s"), " pages/s"),
        ("read WARC", _get(result, "indexing", "extract", "read_docs_per_s"), " docs/s"),
        ("clean + extract", _get(result, "indexing", "extract", "pages_per_s"), " pages/s"),
        ("embed fp32 (fixed passages)", _get(result, "indexing", "embedding", "passages_per_s"),
         " passages/s"),
        ("tokens per passage", _get(result, "indexing", "embedding", "tokens_per_passage"), ""),
        ("into store", _get(result, "indexing", "store", "docs_per_s"), " docs/s"),
        ("indexing backend", _get(result, "indexing", "backend"), ""),
        ("model load", _get(result, "indexing", "model_load_seconds"), " s"),
        ("index demo, cold cache", _get(result, "indexing", "cold", "seconds"), " s"),
        ("  passages embedded", _get(result, "indexing", "cold", "passages_embedded"), ""),
        ("index demo, warm cache", _get(result, "indexing", "warm_cache", "seconds"), " s"),
        ("  passages embedded", _get(result, "indexing", "warm_cache", "passages_embedded"), ""),
        ("re-index, nothing changed", _get(result, "indexing", "unchanged", "seconds"), " s"),
        ("peak RSS (process)", _get(result, "memory", "peak_rss_mib"), " MiB"),
        ("peak RSS (crawler process)", _get(result, "crawl", "peak_rss_mib"), " MiB"),
    ]
    for name, value, unit in rows:
        speed.add_row(name, _fmt(value, unit))
    console.print(speed)

    latency = Table(title="Search latency, p50 / p95 ms (query embedding excluded)")
    latency.add_column("store / docs")
    for mode in MODES:
        latency.add_column(mode, justify="right")
    latency.add_column("build docs/s", justify="right")
    for store in ("embedded", "elasticsearch"):
        for size, figures in sorted((_get(result, "latency", store) or {}).items()):
            if not isinstance(figures, dict) or "search" not in figures:
                continue
            cells = [_pair(figures["search"][m]["p50_ms"], figures["search"][m]["p95_ms"])
                     for m in MODES]
            latency.add_row(f"{store} {int(size):,}", *cells,
                            _fmt(_get(figures, "build", "docs_per_s")))
    embed = _get(result, "latency", "query_embedding")
    if embed:
        latency.caption = f"query embedding p50 / p95: {_pair(embed['p50_ms'], embed['p95_ms'])} ms"
    console.print(latency)

    console.print(_quality_table("Search quality: MRR@10 / Recall@10",
                                 _get(result, "quality", "modes") or {}))
    for key, name in (("quality", "demo set"), ("quality_real", "real-text set")):
        held_out = _get(result, key, "halves", "held_out") if key == "quality" else \
            _get(result, key, "held_out")
        if held_out:
            table = _quality_table(
                f"Search quality, {name}, held-out half: MRR@10 / Recall@10", held_out)
            if key == "quality_real":
                table.caption = _real_corpus_caption(result["quality_real"])
            console.print(table)
    against = {
        name: gaps for name, gaps in (
            ("demo", _get(result, "quality", "halves", "held_out_hybrid_against_parts")),
            ("real text", _get(result, "quality_real", "held_out_hybrid_against_parts")),
        ) if gaps
    }
    if against:
        console.print(_against_parts_table(
            "Hybrid against its better part, held-out halves", against))

    backends = Table(title="Embedding backends")
    for column in ("backend", "passages/s", "cosine to fp32", "top-1 agreement"):
        backends.add_column(column, justify="right" if column != "backend" else "left")
    notes = [_get(result, "backends", "note")]
    for name, figures in (_get(result, "backends", "results") or {}).items():
        if "error" in figures:
            backends.add_row(name, "[red]failed", "", "")
            notes.append(f"{name}: {figures['error']}")
            continue
        label = name if figures.get("used_by_app", True) else f"{name} (not used: gate failed)"
        backends.add_row(label, _fmt(figures.get("passages_per_s")),
                         _fmt(figures.get("cosine_to_fp32_mean")),
                         _fmt(figures.get("top1_agreement")))
    backends.caption = "\n".join(n for n in notes if n) or None
    console.print(backends)

    for error in result.get("errors", []):
        console.print(f"[red]error in {error['section']}: {error['error']}")
