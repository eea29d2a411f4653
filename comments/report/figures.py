"""One function per figure: analysis tables in, a matplotlib ``Figure`` out.

Which figures the report draws, from which tables, and their captions, is
:mod:`comments.report.registry`. Nothing here reads or writes files or computes
statistics: the numbers come from :mod:`comments.report.analysis`; this module lays them
out so that the same code gives a readable figure for 5 pages and for 100,000:

- per-page views show a bounded, chosen set and say how it was chosen; pooled views
  use every comparable page and count the others in a note;
- axes fit the data (with the zero line where a difference is drawn); intervals only
  where the analysis gives one (from n = 5 texts and 5 pages);
- many points are drawn as a density (hexagons) instead of a smear of dots;
- Okabe-Ito colours (colour-blind safe): article blue, comments vermillion everywhere;
- page-derived text is shortened, ``$`` is escaped (no mathtext), and characters the
  font lacks (emoji) become ``□`` silently (:func:`safe_text`).

    >>> import polars as pl
    >>> fig = words_of_discussion(pl.DataFrame(schema={"word": pl.String, "count_a": pl.Int64,
    ...     "count_b": pl.Int64, "n_pages": pl.Int64, "z": pl.Float64}), n_pages=0)
    >>> fig.axes[0].get_title()
    'more typical of comments than article paragraphs'
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import numpy as np
import polars as pl

from ..extras import require
from .analysis import ARTICLE, DISCUSSION
from .fold import Sample

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = [
    "GROUP_COLOURS",
    "GROUP_NAMES",
    "METRIC_AXES",
    "OKABE_ITO",
    "article_vs_discussion",
    "completeness",
    "divergence_by_page",
    "page_labels",
    "safe_text",
    "thread_maps",
    "tone_down_thread",
    "tone_over_time",
    "toxicity_attributes",
    "words_of_discussion",
]

OKABE_ITO = {
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
    "black": "#000000",
    "grey": "#999999",
}
GROUP_COLOURS = {ARTICLE: OKABE_ITO["blue"], DISCUSSION: OKABE_ITO["vermillion"]}
GROUP_NAMES = {ARTICLE: "article paragraphs", DISCUSSION: "comments"}
PINGBACK_COLOUR = OKABE_ITO["reddish_purple"]
AUTHOR_COLOUR = OKABE_ITO["bluish_green"]
INK = "#333333"

#: Axis label and natural range of each score drawn on a value axis.
METRIC_AXES: dict[str, tuple[str, tuple[float, float]]] = {
    "sentiment_compound": ("VADER compound (−1 negative … +1 positive)", (-1.0, 1.0)),
    "toxicity": ("toxicity (0 … 1)", (0.0, 1.0)),
}
METRIC_NAMES = {"sentiment_compound": "sentiment (VADER compound)", "toxicity": "toxicity"}

#: Pages drawn as rows of the per-page figure (the rest are in the tables).
MAX_PAGE_ROWS = 25
#: Threads drawn on the thread maps, and entries drawn per thread.
MAX_THREADS = 3
MAX_THREAD_ROWS = 18
#: From this many points a scatter becomes a hexagon density.
DENSITY_FROM = 1500
_TITLE_WIDTH = 80
_NOTE_WIDTH = 130
_LABEL_CHARS = 44
_AUTHOR_CHARS = 22
_SNIPPET_CHARS = 60
MISSING_GLYPH = "□"


def safe_text(text: str | None, limit: int | None = None) -> str:
    """Page-derived text made literal for matplotlib: one line, at most ``limit``
    characters, ``$`` escaped, and characters the font cannot draw (emoji) as ``□``.

    >>> safe_text("Costs $520 million and $600 million", 20)
    'Costs \\\\$520 million…'
    >>> safe_text("Great 🤣 post")
    'Great □ post'
    """
    text = " ".join((text or "").split())
    if limit is not None and len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    drawable = _font_characters()
    if drawable is not None:
        text = "".join(
            ch if ord(ch) in drawable or ch.isspace() else "" if _invisible(ch) else MISSING_GLYPH
            for ch in text
        )
    return text.replace("$", r"\$")


def _invisible(ch: str) -> bool:
    """Joiners and variation selectors that only modify the emoji next to them."""
    return ch in "\u200d\ufe0e\ufe0f" or 0x1F3FB <= ord(ch) <= 0x1F3FF


def _font_characters() -> frozenset[int] | None:
    """Code points the default font draws (None, keep everything, if matplotlib is missing)."""
    try:
        from matplotlib import font_manager, ft2font
    except ImportError:  # not cached: matplotlib may be importable on the next call
        return None
    return _charmap(font_manager.findfont(font_manager.FontProperties()), ft2font)


@lru_cache(maxsize=4)
def _charmap(path: str, ft2font: Any) -> frozenset[int]:  # ft2font: the module
    return frozenset(ft2font.FT2Font(path).get_charmap())


def page_labels(pages: pl.DataFrame, limit: int = _LABEL_CHARS) -> dict[str, str]:
    """Short label per page: the start of its title and the tail of its id (URL ids by
    their last path segment, so "https://example.org/…" never hides which page it is).

    >>> import polars as pl
    >>> labels = page_labels(pl.DataFrame({"page_id": ["https://ex.org/2020/mali/", "003_e1"],
    ...                                    "title": ["Whither US Policy on Mali?", None]}))
    >>> list(labels.values())
    ['Whither US Policy on Mali? · mali', '003_e1']
    """
    labels = {}
    for page_id, title in pages.select("page_id", "title").iter_rows():
        tail = _id_tail(page_id)
        head = " ".join((title or "").split())
        room = max(limit - len(tail) - 3, 12)
        short = head if len(head) <= room else head[: room - 1].rstrip() + "…"
        labels[page_id] = safe_text(f"{short} · {tail}" if short else tail)
    return labels


def _id_tail(page_id: str, chars: int = 13) -> str:
    parts = [p for p in page_id.replace("\\", "/").split("/") if p]
    tail = parts[-1] if parts else page_id
    return tail if len(tail) <= chars else "…" + tail[-(chars - 1) :]


def _figure(width: float, height: float, nrows: int = 1, ncols: int = 1, **kwargs) -> tuple:
    matplotlib = require("matplotlib", "report", "drawing figures")
    matplotlib.rcParams["text.usetex"] = False  # page text must never reach a TeX shell
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), layout="constrained")
    axes = fig.subplots(nrows, ncols, squeeze=False, **kwargs)
    return fig, axes


def _title(fig: Figure, title: str, note: str | None = None) -> None:
    fig.suptitle(textwrap.fill(title, _TITLE_WIDTH), fontsize=12, fontweight="bold")
    if note:  # as the x super-label, constrained layout keeps it clear of everything else
        lines = [textwrap.fill(part, _NOTE_WIDTH) for part in note.split("\n")]
        fig.supxlabel("\n".join(lines), fontsize=8, style="italic", color="#444444")


def _fitted(values: Sequence[float], natural: tuple[float, float], pad: float = 0.08) -> tuple:
    """Axis limits around ``values`` (padded, inside the metric's natural range)."""
    finite = [v for v in values if v is not None and math.isfinite(v)]
    if not finite:
        return natural
    low, high = min(finite), max(finite)
    span = max(high - low, 0.02 * (natural[1] - natural[0]))
    return max(natural[0], low - pad * span), min(natural[1], high + pad * span)


def _symmetric(values: Sequence[float], floor: float = 0.05) -> tuple[float, float]:
    """Limits symmetric about 0 that hold every value (differences: zero in the middle)."""
    finite = [abs(v) for v in values if v is not None and math.isfinite(v)]
    reach = max([floor, *finite]) * 1.12
    return -reach, reach


def _count(n: int, word: str) -> str:
    return f"{n:,} {word}" + ("" if n == 1 else "s")


def _pooled_text(row: Mapping | None, metric: str) -> str:
    if row is None or row["mean"] is None:
        return "no page has both an article and comments"
    interval = (
        f"[{row['ci_low']:+.3f}, {row['ci_high']:+.3f}]"
        if row["ci_low"] is not None
        else "(no interval: < 5 pages)"
    )
    pages = _count(row["n_pages"], "page")
    return f"comments − article over {pages}: {row['mean']:+.3f} {interval}"


def _excluded(row: Mapping | None) -> str:
    if row is None:
        return ""
    parts = [
        f"{row['no_discussion']:,} without comments",
        f"{row['no_article']:,} without article text",
        f"{row['not_scored']:,} whose comments were not scored (language)",
        f"{row['not_parsed']:,} not parsed",
    ]
    return "Not compared: " + ", ".join(parts) + "."


def _sampled(points: Sample, what: str) -> str:
    """ " Hexagons from a sample of 100,000 of 2,345,678 pages …" when ``points`` are one."""
    if not points.partial:
        return ""
    return (
        f" {what} from a sample of {points.rows.height:,} of {points.total:,} (chosen by "
        "a hash of their ids)."
    )


def _pooled_row(pooled: pl.DataFrame, metric: str) -> dict | None:
    rows = pooled.filter(pl.col("metric") == metric)
    return rows.row(0, named=True) if rows.height else None


def article_vs_discussion(
    points: Mapping[str, Sample],
    pooled: pl.DataFrame,
    labels: Mapping[str, str] | None = None,
    note: str | None = None,
) -> Figure:
    """Figure 1: each page's comment mean against its own article mean (one dot per page
    that has both; dot area grows with its comments; named when there are few), the
    diagonal = no difference, and the pooled within-page difference over pages.
    ``points``: per metric, the comparable pages' rows of
    :func:`.analysis.divergence` (all, or a sample of them)."""
    metrics = [m for m in METRIC_AXES if m in points]
    fig, axes = _figure(11, 5.6, 1, max(len(metrics), 1))
    dense, sampled = False, ""
    for ax, metric in zip(axes[0], metrics, strict=False):
        ok = points[metric].rows
        dense = points[metric].total >= DENSITY_FROM
        named = (labels or {}) if points[metric].total <= NAMED_POINTS else {}
        _page_scatter(ax, ok, metric, named)
        sampled = sampled or _sampled(points[metric], "Hexagons")
        name = METRIC_NAMES[metric]
        ax.set_xlabel(f"article paragraphs: page mean {name}", color=GROUP_COLOURS[ARTICLE])
        ax.set_ylabel(f"comments: page mean {name}", color=GROUP_COLOURS[DISCUSSION])
        ax.set_title(f"{name}\n{_pooled_text(_pooled_row(pooled, metric), metric)}", fontsize=9)
    how = (
        f"Shading: pages per hexagon (log scale).{sampled}"
        if dense
        else "Dot area grows with the page's comments."
    )
    first = _pooled_row(pooled, metrics[0]) if metrics else None
    _title(
        fig,
        "Article vs discussion, within pages: each page's comments against its own article",
        _join(
            "Above the dashed diagonal, a page's comments score higher than its article. "
            f"{how} {_excluded(first)}",
            note,
        ),
    )
    return fig


#: Up to this many pages, figure 1 names each point.
NAMED_POINTS = 12


def _page_scatter(ax: Axes, ok: pl.DataFrame, metric: str, labels: Mapping[str, str]) -> None:
    x, y = ok["article_mean"].to_numpy(), ok["comment_mean"].to_numpy()
    limits = _fitted([*x, *y], METRIC_AXES[metric][1])
    ax.plot(limits, limits, ls="--", color="#888888", lw=1, zorder=1)
    if ok.height >= DENSITY_FROM:
        _density(ax, x, y, gridsize=45, extent=(*limits, *limits))
    else:
        sizes = 12 + 6 * np.sqrt(ok["n_comments"].to_numpy())
        ax.scatter(
            x,
            y,
            s=sizes,
            color=GROUP_COLOURS[DISCUSSION],
            alpha=0.8 if ok.height < 200 else 0.35,
            edgecolors="white",
            linewidths=0.5,
            zorder=3,
        )
    for page_id, px, py in zip(ok["page_id"], x, y, strict=True):
        if page_id in labels:
            ax.annotate(
                safe_text(labels[page_id], 30),
                (px, py),
                xytext=(5, 4),
                textcoords="offset points",
                fontsize=7,
                color="#444444",
            )
    ax.set_xlim(limits)
    ax.set_ylim(limits)
    ax.set_aspect("equal", adjustable="box")
    ax.grid(alpha=0.3)


def _density(ax: Axes, x: np.ndarray, y: np.ndarray, **layout: Any) -> None:
    """Many points as hexagons shaded by count (log scale): a density, not a smear."""
    ax.hexbin(x, y, mincnt=1, cmap="Greys", bins="log", linewidths=0, **layout)


def _point(
    ax: Axes,
    at: float,
    value: float,
    low: float | None,
    high: float | None,
    *,
    marker: str = "o",
    colour: str = INK,
    vertical: bool = False,
) -> None:
    """An estimate at ``at`` on the category axis: filled with its interval, or hollow
    where there is none (fewer than 5 texts or pages)."""
    x, y = (at, value) if vertical else (value, at)
    if low is None or high is None:
        ax.plot(x, y, marker, mfc="white", color=colour, zorder=3)
        return
    error = [[value - low], [high - value]]
    bars: dict[str, Any] = {"yerr": error} if vertical else {"xerr": error}
    ax.errorbar(x, y, **bars, fmt=marker, color=colour, capsize=3, zorder=3)


def _right_label(ax: Axes, y: float, text: str, **style: Any) -> None:
    """A small label just right of the axes at data height ``y`` (n, pages)."""
    ax.annotate(
        text,
        (1, y),
        xycoords=("axes fraction", "data"),
        xytext=(4, 0),
        textcoords="offset points",
        va="center",
        fontsize=7,
        **style,
    )


def _join(*parts: str | None) -> str:
    return "\n".join(part for part in parts if part)


def divergence_by_page(
    chosen: Mapping[str, pl.DataFrame],
    divergences: Mapping[str, pl.DataFrame],
    points: Mapping[str, Sample],
    pooled: pl.DataFrame,
    labels: Mapping[str, str],
    how: str,
    note: str | None = None,
) -> Figure:
    """Figure 2: comments minus article per page, for a bounded chosen set of pages
    (``chosen``: :func:`comments.report.analysis.chosen_pages`, chosen on the first
    metric; ``divergences``: each metric's rows of at least those pages), with the pooled
    difference over every comparable page as the last row and the distribution of all
    pages' differences (``points``, as for figure 1) underneath."""
    metrics = [m for m in METRIC_AXES if m in chosen]
    first = chosen[metrics[0]] if metrics else pl.DataFrame({"page_id": []})
    page_ids = first["page_id"].to_list()
    rows = len(page_ids) + 2
    every_shown = all(points[m].total <= len(page_ids) for m in metrics)
    shape = (1, [rows]) if every_shown else (2, [rows, 5])  # a histogram only of pages not shown
    fig, axes = _figure(
        12,
        2.6 + 0.3 * rows + (0 if every_shown else 1.6),
        shape[0],
        max(len(metrics), 1),
        height_ratios=shape[1],
    )
    for column, metric in enumerate(metrics):
        ax, hist = axes[0][column], (None if every_shown else axes[1][column])
        table = {r["page_id"]: r for r in divergences[metric].iter_rows(named=True)}
        shown = [table[p] for p in page_ids if p in table]
        pooled_row = _pooled_row(pooled, metric)
        reach = [
            *(r["diff"] for r in shown),
            *(r["ci_low"] for r in shown if r["ci_low"] is not None),
            *(r["ci_high"] for r in shown if r["ci_high"] is not None),
        ]
        if pooled_row is not None:
            reach += [pooled_row["mean"], pooled_row["ci_low"], pooled_row["ci_high"]]
        _forest(ax, shown, page_ids, pooled_row)
        if hist is not None:
            _difference_histogram(hist, points[metric])
            hist.set_xlabel(
                f"every comparable page's difference ({METRIC_NAMES[metric]})", fontsize=8
            )
        ax.set_xlim(_symmetric(reach))
        ax.set_ylim(-(len(page_ids) + 1.3), 0.7)
        ax.axvline(0, color="#888888", lw=1, ls="--")
        ax.set_title(f"{METRIC_NAMES[metric]}: ← comments lower · comments higher →", fontsize=9)
        ax.grid(axis="x", alpha=0.3)
        ax.set_xlabel(f"comments − article ({METRIC_NAMES[metric]})", fontsize=8)
    if metrics:
        ticks = [-i for i in range(len(page_ids))] + [-(len(page_ids) + 0.6)]
        names = [labels.get(p, p) for p in page_ids] + ["all comparable pages (pooled)"]
        axes[0][0].set_yticks(ticks, names, fontsize=8)
        for ax in axes[0][1:]:
            ax.set_yticks(ticks, [])
    explain = (
        f"Rows: {how}; ● mean difference with a Welch 95% interval where both sides have at "
        "least 5 texts (hollow: fewer, no interval); ◆ pooled over pages with a t interval."
        + ("" if every_shown else " Below: every comparable page's difference.")
    )
    first_pooled = _pooled_row(pooled, metrics[0]) if metrics else None
    _title(
        fig,
        "Divergence by page: mean of comments minus mean of the same page's article",
        _join(explain, _excluded(first_pooled), note),
    )
    return fig


def _forest(ax: Axes, shown: list[dict], page_ids: list[str], pooled: dict | None) -> None:
    for y, row in enumerate(shown):
        n_text = f"{row['n_comments']} vs {row['n_article']}"
        _point(ax, -y, row["diff"], row["ci_low"], row["ci_high"])
        _right_label(ax, -y, n_text, color="#555555")
    pooled_y = -(len(page_ids) + 0.6)
    if pooled is not None and pooled["mean"] is not None:
        low, high = pooled["ci_low"], pooled["ci_high"]
        if low is not None:
            ax.plot([low, high], [pooled_y, pooled_y], color=OKABE_ITO["black"], lw=2)
        ax.plot(pooled["mean"], pooled_y, "D", color=OKABE_ITO["black"], ms=8, zorder=4)
        _right_label(ax, pooled_y, f"{pooled['n_pages']:,} pages")
    ax.axhline(-(len(page_ids) - 0.2), color="#cccccc", lw=0.8)
    _right_label(ax, 0.7, "n = comments vs paragraphs", style="italic", color="#555555")


def _difference_histogram(ax: Axes, points: Sample) -> None:
    """Every page's difference (or a sample's); the axis holds the central 98% (the rest
    are counted)."""
    values = points.rows["diff"].to_list()
    finite = np.array([v for v in values if v is not None and math.isfinite(v)])
    if finite.size:
        reach = _symmetric(list(np.quantile(np.abs(finite), [0.99])))
        inside = finite[(finite >= reach[0]) & (finite <= reach[1])]
        ax.hist(
            inside,
            bins=np.linspace(*reach, 41).tolist(),
            color=OKABE_ITO["grey"],
            edgecolor="white",
            linewidth=0.4,
        )
        ax.set_xlim(reach)
        outside = finite.size - inside.size
        extra = f"; {outside:,} beyond the axis" if outside else ""
        ax.text(
            0.01,
            0.92,
            f"{_pages_counted(points, int(finite.size))}{extra}",
            transform=ax.transAxes,
            fontsize=7,
            va="top",
        )
    ax.axvline(0, color="#888888", lw=1, ls="--")
    ax.set_ylabel("pages", fontsize=8)
    _integer_ticks(ax)


def _integer_ticks(ax: Axes) -> None:
    """Counts on the y axis: whole-number ticks only (no "2.5 pages")."""
    from matplotlib.ticker import MaxNLocator

    locator = ax.yaxis.get_major_locator()
    if isinstance(locator, MaxNLocator):  # the default AutoLocator is one
        locator.set_params(integer=True)


def _pages_counted(points: Sample, drawn: int) -> str:
    if points.partial:
        return f"a sample of {drawn:,} of {_count(points.total, 'page')} (by page id)"
    return f"all {_count(drawn, 'page')}"


def thread_maps(
    layout: pl.DataFrame,
    chosen: pl.DataFrame,
    labels: Mapping[str, str],
    metric: str,
    limits: tuple[float, float],
    note: str | None = None,
) -> Figure:
    """Figure 3: a few chosen threads (``chosen``: :func:`.analysis.chosen_threads`) as
    indented trees, coloured by ``metric`` on a scale fitted to the corpus (``limits``).

    ``layout`` is :func:`.analysis.thread_layout` of the chosen threads' comments.
    """
    import matplotlib as mpl

    threads = chosen.head(MAX_THREADS).to_dicts()
    sizes = [min(t["n_comments"], MAX_THREAD_ROWS) + 2 for t in threads] or [3]
    fig, axes = _figure(11, 1.6 + sum(0.3 * s for s in sizes), len(sizes), 1, height_ratios=sizes)
    cmap = mpl.colormaps["cividis"]
    norm = mpl.colors.Normalize(*limits)
    if not threads:
        axes[0][0].text(
            0.5, 0.5, "no comments recovered on any page", ha="center", va="center", style="italic"
        )
        axes[0][0].set_axis_off()
    for ax, thread in zip(axes[:, 0], threads, strict=False):
        entries = layout.filter(pl.col("thread_id") == thread["thread_id"])
        _draw_thread(ax, entries, metric, cmap, norm)
        ax.set_title(_thread_title(thread, labels), fontsize=9, loc="left")
    if threads:
        fig.colorbar(
            mpl.cm.ScalarMappable(norm, cmap),
            ax=axes[:, 0].tolist(),
            label=f"{METRIC_NAMES[metric]} (2nd–98th percentile range)",
            shrink=0.8,
        )
    explain = (
        "Threads chosen: the largest, the deepest and the one (of 5+ comments where there "
        "are any) whose mean is furthest from its page's article mean; when one thread wins "
        "twice, the next largest. Squares: replies by the post author. Every thread: "
        "threads.csv."
    )
    _title(
        fig,
        f"Thread maps: who replied to whom, coloured by {METRIC_NAMES[metric]}",
        _join(explain, note),
    )
    return fig


def _thread_title(thread: dict, labels: Mapping[str, str]) -> str:
    page = labels.get(thread["page_id"], thread["page_id"])
    facts = (
        f"{_count(thread['n_comments'], 'comment')}, depth {thread['depth']}, "
        f"{_count(thread['participants'], 'participant')}"
    )
    return f"{thread['reason']} thread — {page} — {facts}"


def _draw_thread(ax: Axes, entries: pl.DataFrame, metric: str, cmap, norm) -> None:
    rows = entries.sort("row").head(MAX_THREAD_ROWS).to_dicts()
    top = rows[0]["row"] if rows else 0
    base = min((e["depth"] for e in rows), default=0)
    where = {e["unit_id"]: (e["depth"] - base, top - e["row"]) for e in rows}
    for e in rows:
        x, y = where[e["unit_id"]]
        parent = where.get(e.get("parent_id"))
        if parent is not None:  # elbow from the parent down, then across
            ax.plot([parent[0], parent[0], x], [parent[1], y, y], color="#aaaaaa", lw=1, zorder=1)
        value = e.get(metric)
        author = bool(e.get("is_post_author"))
        ax.scatter(
            x,
            y,
            s=80,
            marker="s" if author else "o",
            zorder=2,
            color="white" if value is None else cmap(norm(value)),
            edgecolors=AUTHOR_COLOUR if author else INK,
            linewidths=2 if author else 0.8,
        )
        who = safe_text(e.get("author") or "(unknown)", _AUTHOR_CHARS)
        sign = "+" if METRIC_AXES[metric][1][0] < 0 else ""
        score = "not scored" if value is None else f"{value:{sign}.2f}"
        label = ax.annotate(
            f"{who}{' (post author)' if author else ''}  ·  {score}",
            (x, y),
            xytext=(9, 0),
            textcoords="offset points",
            va="center",
            fontsize=8,
            color=AUTHOR_COLOUR if author else "black",
        )
        ax.annotate(
            f"“{safe_text(e.get('text'), _SNIPPET_CHARS)}”",
            (1, 0.5),
            xycoords=label,
            xytext=(6, 0),
            textcoords="offset points",
            va="center",
            fontsize=7,
            color="#666666",
        )
    hidden = entries.height - len(rows)
    if hidden:
        ax.text(0, -len(rows), f"… and {hidden} more comments", fontsize=8, style="italic")
    deepest = max((where[e["unit_id"]][0] for e in rows), default=0)
    ax.set_xlim(-0.4, deepest + 7)
    ax.set_ylim(-len(rows) - (1.2 if hidden else 0.6), 0.6)
    ax.set_xticks(range(deepest + 1), [f"+{d}" for d in range(deepest + 1)], fontsize=7)
    ax.set_xlabel("reply level below the thread's first comment", fontsize=7)
    ax.set_yticks([])
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)


def tone_down_thread(
    profiles: Mapping[str, pl.DataFrame],
    deltas: Mapping[str, Sample],
    summaries: Mapping[str, pl.DataFrame],
    note: str | None = None,
) -> Figure:
    """Figure 4: comments by reply depth against their own page's article (left), and
    each reply against the comment it answers, both centred on the page's article mean
    (right). ``profiles``: :func:`.analysis.depth_profile`; ``deltas``:
    :func:`.analysis.reply_deltas` of replies with a centred parent (all, or a sample);
    ``summaries``: :func:`.analysis.reply_summary`."""
    metrics = [m for m in METRIC_AXES if m in profiles]
    fig, axes = _figure(12, 1.4 + 4.2 * max(len(metrics), 1), max(len(metrics), 1), 2)
    for (left, right), metric in zip(axes, metrics, strict=False):
        _depth_panel(left, profiles[metric], metric)
        _reply_panel(right, deltas[metric], summaries[metric], metric)
    _title(
        fig,
        "Tone down the thread: does the discussion drift from the article as "
        "replies nest, and do replies differ from what they answer?",
        _join(
            "Scores are centred on each comment's own page article mean (0 = as the "
            "article). Means pool pages with cluster-robust 95% intervals (from 5 "
            "comments on 5 pages). The post author's replies are counted apart.",
            note,
        ),
    )
    return fig


def _depth_panel(ax: Axes, profile: pl.DataFrame, metric: str) -> None:
    rows = profile.to_dicts()
    xs = [row["depth"] for row in rows]
    _profile_points(ax, xs, rows)
    ticks = [
        f"{row['depth']}\nn={row['n']:,}"
        + (f"\n(+{row['n_post_author']:,})" if row["n_post_author"] else "")
        for row in rows
    ]
    ax.set_xticks(xs or [0], ticks or ["0"], fontsize=7)
    ax.set_xlim(min(xs, default=0) - 0.5, max(xs, default=0) + 0.5)
    ax.set_xlabel(
        "reply depth (0 = top level); n readers' comments (+ post author's, not in the mean)",
        fontsize=8,
    )
    ax.set_ylabel(f"comment − page article mean\n({METRIC_NAMES[metric]})")
    ax.set_title(f"{METRIC_NAMES[metric]} by depth (hollow: no interval)", fontsize=9)
    if not any(row["n"] for row in rows):
        ax.text(
            0.5,
            0.5,
            "no scored comments on pages with article text",
            ha="center",
            transform=ax.transAxes,
            style="italic",
        )


def _profile_points(ax: Axes, xs: Sequence[float], rows: list[dict]) -> None:
    """Means (filled, with their interval; hollow without one) against the page's own
    article (the dashed zero line); y limits fitted around the points and zero."""
    colour = GROUP_COLOURS[DISCUSSION]
    values = [0.0]
    for x, row in zip(xs, rows, strict=True):
        if not row["n"] or row["mean"] is None:
            continue
        _point(ax, x, row["mean"], row["ci_low"], row["ci_high"], colour=colour, vertical=True)
        values += [v for v in (row["mean"], row["ci_low"], row["ci_high"]) if v is not None]
    low, high = min(values), max(values)
    pad = max(0.15 * (high - low), 0.02)
    ax.set_ylim(low - pad, high + pad)
    ax.axhline(0, color=GROUP_COLOURS[ARTICLE], ls="--", lw=1.2)
    ax.text(
        0.99,
        0.02,
        "dashed: the page's own article",
        transform=ax.transAxes,
        ha="right",
        fontsize=7,
        color=GROUP_COLOURS[ARTICLE],
    )
    ax.grid(axis="y", alpha=0.3)


def _reply_panel(ax: Axes, deltas: Sample, summary: pl.DataFrame, metric: str) -> None:
    data = deltas.rows.filter(pl.col("parent_centred").is_not_null())
    x, y = data["parent_centred"].to_numpy(), data["score_centred"].to_numpy()
    limits = _fitted(
        [0.0, *np.quantile([*x, *y], [0.005, 0.995])] if data.height else [], (-2.0, 2.0)
    )
    ax.plot(limits, limits, color="#888888", ls="--", lw=1)
    if data.height >= DENSITY_FROM:
        _density(ax, x, y, gridsize=40, extent=(*limits, *limits))
    else:
        author = data["is_post_author"].fill_null(False).to_numpy()
        ax.scatter(
            x[~author],
            y[~author],
            s=18,
            color=GROUP_COLOURS[DISCUSSION],
            alpha=0.6,
            lw=0,
            label="reader reply",
        )
        ax.scatter(
            x[author],
            y[author],
            s=24,
            marker="s",
            color=AUTHOR_COLOUR,
            alpha=0.8,
            lw=0,
            label="post author's reply",
        )
        if author.any() or (~author).any():
            ax.legend(fontsize=7, loc="best")
    shading = (
        "\nshading: replies per hexagon (log scale)" + _sampled(deltas, "\nhexagons")
        if data.height >= DENSITY_FROM
        else ""
    )
    ax.text(
        0.02,
        0.98,
        _reply_text(summary) + shading,
        transform=ax.transAxes,
        va="top",
        fontsize=7,
        bbox={"fc": "white", "ec": "#cccccc", "pad": 2},
    )
    ax.set_xlim(limits)
    ax.set_ylim(limits)
    ax.set_aspect("equal", adjustable="box")
    ax.set_xlabel("parent comment − page article mean")
    ax.set_ylabel("reply − page article mean")
    ax.set_title(
        "each reply vs its parent (above the diagonal: reply higher)",
        fontsize=9,
    )


def _reply_text(summary: pl.DataFrame) -> str:
    lines = []
    for row in summary.to_dicts():
        who = "post author" if row["is_post_author"] else "readers"
        interval = (
            f" [{row['ci_low']:+.3f}, {row['ci_high']:+.3f}]"
            if row["ci_low"] is not None
            else " (no interval)"
        )
        lines.append(
            f"{who}: {row['n']:,} replies on {_count(row['n_pages'], 'page')}, "
            f"mean change {row['mean']:+.3f}{interval}"
        )
    return "\n".join(lines) or "no reply whose parent was recovered"


def toxicity_attributes(attributes: pl.DataFrame, note: str | None = None) -> Figure:
    """Figure 5: for each Detoxify label, comments minus article within pages, pooled
    over pages (:func:`.analysis.attribute_comparison`)."""
    labels = attributes["metric"].to_list()
    fig, axes = _figure(9, 1.8 + 0.45 * max(len(labels), 1))
    ax = axes[0][0]
    values = []
    for y, row in enumerate(attributes.to_dicts()):
        if row["mean"] is not None:
            _point(ax, -y, row["mean"], row["ci_low"], row["ci_high"], marker="D")
        values += [row["mean"], row["ci_low"], row["ci_high"]]
        _right_label(ax, -y, f"{row['n_pages']:,} pages")
    ax.set_yticks([-y for y in range(len(labels))], [lb.replace("_", " ") for lb in labels])
    ax.set_xlim(_symmetric(values, floor=0.01))
    ax.axvline(0, color="#888888", ls="--", lw=1)
    ax.set_xlabel("comments − article, mean over pages (95% t interval from 5 pages)")
    ax.grid(axis="x", alpha=0.3)
    _title(fig, "Toxicity attributes: comments minus their own article, per Detoxify label", note)
    return fig


def words_of_discussion(
    words: pl.DataFrame,
    n_pages: int,
    top: int = 15,
    note: str | None = None,
    *,
    pages_read: tuple[int, int] | None = None,
) -> Figure:
    """Figure 6: the words most typical of comments (left) and of articles (right),
    within pages and pooled (:func:`.analysis.distinctive_words`); both panels share one
    z scale, the dashed line marks |z| = 1.96. ``pages_read``: (pages whose words were
    counted, all pages) when the words were counted in a sample of the pages."""
    sides = (
        (DISCUSSION, words.filter(pl.col("z") > 0).head(top)),
        (ARTICLE, words.filter(pl.col("z") < 0).sort("z").head(top)),
    )
    fig, axes = _figure(12, 1.8 + 0.3 * max(top, 4), 1, 2, sharex=True)
    reach = max([2.5, *(abs(z) * 1.35 for _, t in sides for z in t["z"].to_list())])
    for ax, (group, table) in zip(axes[0], sides, strict=True):
        ys = -np.arange(table.height)
        ax.barh(ys, table["z"].abs().to_numpy(), color=GROUP_COLOURS[group], alpha=0.85)
        ax.set_yticks(ys, [safe_text(w, 24) for w in table["word"]], fontsize=8)
        for y, row in zip(ys, table.to_dicts(), strict=True):
            here, there = (
                (row["count_a"], row["count_b"])
                if group == DISCUSSION
                else (row["count_b"], row["count_a"])
            )
            ax.text(
                abs(row["z"]),
                y,
                f" {here:,} vs {there:,} · {row['n_pages']:,} pages",
                va="center",
                fontsize=7,
            )
        ax.axvline(1.96, color="#555555", ls="--", lw=1)
        ax.set_xlim(0, reach)
        ax.set_ylim(-max(table.height, 1) + 0.4, 0.6)
        other = GROUP_NAMES[ARTICLE if group == DISCUSSION else DISCUSSION]
        ax.set_title(
            f"more typical of {GROUP_NAMES[group]} than {other}",
            fontsize=9,
            color=GROUP_COLOURS[group],
        )
        ax.set_xlabel("pooled z of the within-page log-odds ratio")
        if table.is_empty():
            ax.text(0.5, 0.5, "no words", transform=ax.transAxes, style="italic", ha="center")
    verdict = "" if (words["z"].abs() >= 1.96).any() else " No word reaches |z| ≥ 1.96."
    among = (
        f" among {pages_read[0]:,} of {pages_read[1]:,} sampled by a hash of their ids"
        if pages_read
        else ""
    )
    explain = (
        f"Weighted log-odds with an informative Dirichlet prior (Monroe et al. 2008) "
        f"within each of the {_count(n_pages, 'page')} with both sides{among}, pooled by "
        f"Stouffer's z; function words dropped per language; post author's replies left "
        f"out. Labels: uses here vs on the other side · pages using the word.{verdict}"
    )
    _title(
        fig,
        "Words of the discussion: what comments say that their articles do not",
        _join(explain, note),
    )
    return fig


def completeness(declared: Sample, bins: pl.DataFrame, undeclared: int, failed: int) -> Figure:
    """Figure 7: entries each page declares ("6 thoughts on …") against those recovered,
    on log axes (left), and the distribution of recovered / declared (right).
    ``declared``: :func:`.analysis.declared_pages` (all, or a sample); ``bins``:
    :func:`.analysis.ratio_bins` of all of them; ``undeclared``: parsed pages that state no
    count; ``failed``: pages not parsed."""
    stated = declared.rows
    fig, axes = _figure(12, 5.2, 1, 2, width_ratios=[1, 1.2])
    left, right = axes[0]
    x = stated["declared_comments"].to_numpy().astype(float)
    y = np.maximum(stated["recovered"].to_numpy().astype(float), _ZERO_ROW)  # 0 has a row
    top = max([10.0, *x, *y]) * 1.5
    left.plot([1, top], [1, top], ls="--", color="#888888", lw=1, label="all recovered")
    if declared.total >= DENSITY_FROM:
        _density(left, x, y, gridsize=35, xscale="log", yscale="log")
    else:
        left.scatter(x, y, s=20, color=GROUP_COLOURS[DISCUSSION], alpha=0.7, lw=0)
    left.set_xscale("log")
    left.set_yscale("log")
    left.set_xlim(0.8, top)
    left.set_ylim(_ZERO_ROW * 0.8, top)
    decades = [10**k for k in range(int(math.log10(top)) + 1)]
    left.set_yticks([_ZERO_ROW, *decades], ["0", *(f"{d:,}" for d in decades)])
    left.set_xticks(decades, [f"{d:,}" for d in decades])
    left.set_xlabel("declared by the page (log scale)")
    left.set_ylabel("recovered: comments + pingbacks (log scale)")
    left.set_title("declared vs recovered, one point per page", fontsize=9)
    left.legend(fontsize=7, loc="upper left")
    _ratio_histogram(right, bins)
    _title(
        fig,
        "Completeness: how much of each declared discussion was recovered",
        f"{_count(declared.total, 'page')} with a stated count; {undeclared:,} state none "
        f"(not drawn); {failed:,} not parsed.{_sampled(declared, 'Hexagons')} A shortfall "
        "is the page text holding fewer entries (paged, collapsed or loaded by script) or "
        "entries the parser missed: summary.csv's warnings and parse_quality say which. "
        "Per-page numbers: summary.csv; sites that linked in: pingback_sites.csv and "
        "index.html.",
    )
    return fig


_ZERO_ROW = 0.5  # where pages that declare entries but had none recovered sit on a log axis


def _ratio_histogram(ax: Axes, bins: pl.DataFrame) -> None:
    names, counts = bins["bin"].to_list(), bins["pages"].to_list()
    everything = names.index("100%")
    ax.bar(range(len(names)), counts, color=OKABE_ITO["grey"], edgecolor="white")
    ax.bar(everything, counts[everything], color=OKABE_ITO["bluish_green"])
    for i, n in enumerate(counts):
        ax.text(i, n, f"{n:,}", ha="center", va="bottom", fontsize=7)
    ax.set_xticks(range(len(names)), names, fontsize=8)
    ax.set_xlabel("recovered / declared")
    ax.set_ylabel("pages")
    ax.set_ylim(0, max([1, *counts]) * 1.15)
    ax.set_title("share of the declared discussion recovered", fontsize=9)
    _integer_ticks(ax)


def tone_over_time(
    profiles: Mapping[str, pl.DataFrame], n_dated: int, note: str | None = None
) -> Figure:
    """Figure 8: comments (centred on their page's article mean) by time since the
    article was published (:func:`.analysis.time_profile`)."""
    metrics = [m for m in METRIC_AXES if m in profiles]
    fig, axes = _figure(11, 4.4, 1, max(len(metrics), 1))
    for ax, metric in zip(axes[0], metrics, strict=False):
        rows = profiles[metric].to_dicts()
        xs = list(range(len(rows)))
        _profile_points(ax, xs, rows)
        ticks = [f"{r['bin']}\nn={r['n']:,}\n{_count(r['n_pages'], 'page')}" for r in rows]
        ax.set_xticks(xs, ticks, fontsize=7)
        ax.set_xlabel("time from the article's publication to the comment")
        ax.set_ylabel(f"comment − page article mean\n({METRIC_NAMES[metric]})")
        ax.set_title(METRIC_NAMES[metric], fontsize=10)
    _title(
        fig,
        "Tone over time: comments by time since the article was published",
        _join(
            f"{_count(n_dated, 'comment')} with both a comment time and an article date. "
            "Means pool pages with cluster-robust 95% intervals (from 5 comments on 5 "
            "pages; hollow: none). Dashed: the page's own article.",
            note,
        ),
    )
    return fig
