"""Write the demo articles' part of the int8 gate set: indexer/embedding/data/gate_set.json.

The int8 copies of the default model are calibrated, and gated against fp32, on our own text
(see `indexer.embedding.quantized`, which reads this file and adds its built-in passages and
queries). Regenerate it after changing demo/content, demo/articles.json or demo/queries.json:

    python -m demo.gate_set            # rewrite the file
    python -m demo.gate_set --check    # exit 1 when the shipped file is stale

A changed file changes what a new model build calibrates on, so the int8 copy's gate results
may change with it; tests/test_embedding.py fails while the file is stale.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import numpy as np

from indexer.embedding.quantized import GATE_PASSAGES, GATE_SET_FILE
from indexer.ingest.chunking import split_passages

DEMO = Path(__file__).resolve().parent
CALIBRATION_PASSAGES = 72  # enough for stable activation ranges; quantising takes ~1 min
COMMAND = "python -m demo.gate_set"


def _demo_article(path: Path) -> tuple[dict[str, str], str]:
    """(front matter, body text) of a demo content file: `key: value` lines between `---`,
    then paragraphs, `## ` headings and `[[Ảnh: …]]` figures (dropped)."""
    raw = path.read_text(encoding="utf-8")
    meta, body = {}, raw
    if raw.startswith("---\n") and (end := raw.find("\n---\n", 4)) > 0:
        meta = dict(re.findall(r"^(\w+):[ \t]*(.*?)[ \t]*$", raw[4:end], re.MULTILINE))
        body = raw[end + 5 :]
    blocks = [b.strip().removeprefix("## ") for b in re.split(r"\n\s*\n", body)]
    return meta, "\n\n".join(b for b in blocks if b and not b.startswith("[[Ảnh:"))


def _canonical_pages(demo_dir: Path) -> dict[str, str]:
    """Demo article id → the id of the article it republishes (itself if original): a
    near-duplicate and its original are one answer (as in demo/queries.json)."""
    truth = demo_dir / "articles.json"
    if not truth.is_file():
        return {}
    articles = json.loads(truth.read_text())["articles"]
    by_url = {a["url"]: a["id"] for a in articles}
    return {a["id"]: by_url.get(a.get("duplicate_of") or "", a["id"]) for a in articles}


def gate_set(demo_dir: Path = DEMO) -> dict:
    """The demo articles and their attachments (`<id>.doc.md`) cut into passages as the
    indexer cuts them, as the JSON object `quantized.load_gate_set` reads.

    Articles alternate (by id) between calibration and held out, each with its attachment
    and republished copies, so no text is on both sides; a calibration article's title and
    (English) topic line calibrate the query side, and CALIBRATION_PASSAGES passages, evenly
    spaced, are kept. A held-out article adds its first two passages joined too (near e5's
    512-token limit, where int8 error is largest); text on both sides (shared boilerplate) is
    not held out. The search: the relevance queries of demo/queries.json over every article
    passage (attachments are not hits there), with each passage's page.
    """
    calibration: list[str] = []
    calibration_queries: list[str] = []
    held_out: list[str] = []
    canonical = _canonical_pages(demo_dir)
    articles: list[str] = []
    pages: list[str] = []
    files = sorted((demo_dir / "content").glob("*/*.md"))
    stories = sorted({canonical.get(p.stem.removesuffix(".doc"), p.stem) for p in files})
    for path in files:
        meta, body = _demo_article(path)
        passages = [p.text for p in split_passages(path.stem, body, title=meta.get("title"))]
        story = canonical.get(path.stem.removesuffix(".doc"), path.stem)
        if stories.index(story) % 2 == 0:
            calibration += passages
            calibration_queries += [meta[k] for k in ("title", "topic") if meta.get(k)]
        else:
            held_out += passages
            if len(passages) > 1:
                held_out.append(" ".join(passages[:2]))
        if not path.name.endswith(".doc.md"):
            articles += passages
            pages += [canonical.get(path.stem, path.stem)] * len(passages)
    seen = set(calibration)
    held_out = [t for t in held_out if t not in seen]
    if clash := [t for t in GATE_PASSAGES if t in seen]:
        # The built-in passages are held out as they are (`load_gate_set` does not filter
        # them): one that is demo calibration text too would be on both sides.
        raise ValueError(f"a built-in gate passage is demo calibration text: {clash[0]!r}")
    if len(calibration) > CALIBRATION_PASSAGES:
        picks = np.linspace(0, len(calibration) - 1, CALIBRATION_PASSAGES).round().astype(int)
        calibration = [calibration[i] for i in picks]
    search = None
    queries_file = demo_dir / "queries.json"
    if articles and queries_file.is_file():
        queries = [q["query"] for q in json.loads(queries_file.read_text())["queries"]]
        search = {"queries": queries, "passages": articles, "pages": pages}
    return {
        "written_by": COMMAND,
        "demo_files": len(files),
        "calibration": calibration,
        "calibration_queries": calibration_queries,
        "held_out": held_out,
        "search": search,
    }


def render(data: dict) -> str:
    """The file's text: one text a line, so a regenerated file diffs by passage."""
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def stale_parts(data: dict, path: Path = GATE_SET_FILE) -> list[str]:
    """The keys of `data` that `path` holds differently (all of them when it is missing)."""
    try:
        shipped = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return list(data)
    return [key for key in data if shipped.get(key) != data[key]]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog=COMMAND, description=__doc__.split("\n", 1)[0])
    parser.add_argument("--check", action="store_true",
                        help="exit 1 when the shipped file is stale, without writing it")
    args = parser.parse_args(argv)
    data = gate_set()
    stale = stale_parts(data)
    where = GATE_SET_FILE.relative_to(DEMO.parent)
    if args.check:
        if stale:
            print(f"{where} is stale ({', '.join(stale)} differ): run {COMMAND}",
                  file=sys.stderr)
            return 1
        print(f"{where} is up to date")
        return 0
    GATE_SET_FILE.parent.mkdir(exist_ok=True)
    GATE_SET_FILE.write_text(render(data), encoding="utf-8")
    print(f"wrote {where}: {len(data['calibration'])} calibration passages, "
          f"{len(data['calibration_queries'])} calibration queries, {len(data['held_out'])} "
          f"held-out passages, from {data['demo_files']} demo files"
          + ("" if stale else " (unchanged)"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
