"""Vietnam as a tile map: one square per province where it lies (`tiles.yaml`), coloured
by a value per province, before or after the July 2025 merger."""

from __future__ import annotations

import math
from functools import cache
from pathlib import Path

import altair as alt
import pandas as pd
import yaml

TILES_FILE = Path(__file__).with_name("tiles.yaml")
TILE_WIDTH = 74
TILE_HEIGHT = 34
MISSING = "#ececec"  # provinces with no value


@cache
def _grid(merged: bool) -> tuple[dict, ...]:
    data = yaml.safe_load(TILES_FILE.read_text(encoding="utf-8"))
    return tuple(data["after_2025" if merged else "before_2025"])


def tiles(merged: bool = False) -> pd.DataFrame:
    """name, col, row and the label drawn on each tile (63 provinces, or 34 if merged)."""
    frame = pd.DataFrame(list(_grid(merged)))
    frame["label"] = frame.get("short", pd.Series(dtype=str)).fillna(frame["name"])
    return frame[["name", "col", "row", "label"]]


def tile_map(values: dict[str, float | int | None], *, merged: bool, legend: str,
             scheme: str = "blues", tooltip_label: str = "", details: dict | None = None
             ) -> alt.LayerChart:
    """Every province as a tile, coloured by `values` (grey where it has none); the value is
    written under the name. `details` adds a tooltip line per province."""
    frame = tiles(merged)
    numbers = [_number(values.get(name)) for name in frame["name"]]
    frame["value"] = numbers
    frame["shown"] = [_shown(value) for value in numbers]
    frame["details"] = [(details or {}).get(name, "") for name in frame["name"]]
    top = frame["value"].max()
    # Text colours are values, not a scale: layers share one colour scale, the map's.
    ink = alt.condition(f"datum.value >= {0.55 * top if top == top else 0} && datum.value > 0",
                        alt.value("white"), alt.value("#222"))
    columns = list(range(int(frame["col"].max()) + 1))
    rows = list(range(int(frame["row"].max()) + 1))
    base = alt.Chart(frame).encode(
        x=alt.X("col:O", axis=None, scale=alt.Scale(domain=columns, paddingInner=0.08)),
        y=alt.Y("row:O", axis=None, scale=alt.Scale(domain=rows, paddingInner=0.1)),
        tooltip=[alt.Tooltip("name:N", title=" "),
                 alt.Tooltip("shown:N", title=tooltip_label or legend),
                 alt.Tooltip("details:N", title="  ")],
    ).properties(width=alt.Step(TILE_WIDTH), height=alt.Step(TILE_HEIGHT))
    # Every tile in grey underneath: the coloured layer leaves out provinces without a value.
    blank = base.mark_rect(cornerRadius=3, color=MISSING)
    squares = base.mark_rect(cornerRadius=3).encode(color=alt.Color(
        "value:Q", title=legend, scale=alt.Scale(scheme=scheme, zero=True),
        legend=alt.Legend(orient="top", gradientLength=220, format="d", tickMinStep=1)))
    names = base.mark_text(fontSize=9, dy=-6).encode(text="label:N", color=ink)
    numbers = base.mark_text(fontSize=10, fontWeight="bold", dy=7).encode(
        text="shown:N", color=ink)
    return alt.layer(blank, squares, names, numbers).configure_view(stroke=None)


def _number(value) -> float | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return float(value)


def _shown(value: float | None) -> str:
    return "" if value is None else f"{value:g}"
