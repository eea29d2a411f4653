"""One function per figure: analysis tables in, a matplotlib ``Figure`` out.

Which figures the report draws, from which tables, and their captions, is
:mod:`comments.report.registry`.

Nothing here reads or writes files or computes statistics: the numbers come from
:mod:`comments.report.analysis`, and this module only lays them out. Conventions shared by
every figure:

- Okabe-Ito colours (colour-blind safe); article paragraphs are always
  ``GROUP_COLOURS["article"]`` (blue) and comments ``GROUP_COLOURS["comment"]``
  (vermillion).
- Every point is drawn (no violins or boxes), each group says its ``n``, and means
  carry their 95% interval only where one exists (n ≥ 2).
- Fixed, honest axes: VADER compound −1..1, toxicity 0..1.
- Page-derived text (titles, authors, words) is shortened and has ``$`` escaped, so
  it is shown literally and never interpreted as mathtext.

    >>> import polars as pl
    >>> fig = divergence_by_page({"sentiment_compound": pl.DataFrame(
    ...     {"page_id": ["p"], "n_article": [3], "n_comments": [0], "diff": [None],
    ...      "ci_low": [None], "ci_high": [None], "status": ["no discussion"]})}, {"p": "p"})
    >>> fig.axes[0].get_xlabel()
    'comments − article (VADER compound)'
"""

from __future__ import annotations

import textwrap
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

import numpy as np
import polars as pl

from ..extras import require
from .analysis import ARTICLE, DISCUSSION, NO_DISCUSSION

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

__all__ = [
    "GROUP_COLOURS",
    "GROUP_NAMES",
    "METRIC_AXES",
    "OKABE_ITO",
    "article_vs_discussion",
    "completeness_and_pingbacks",
    "divergence_by_page",
    "page_labels",
    "safe_text",
    "thread_maps",
    "tone_down_thread",
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
DECLARED_COLOUR = OKABE_ITO["grey"]

#: Axis label and fixed range of each score column drawn on a value axis.
METRIC_AXES: dict[str, tuple[str, tuple[float, float]]] = {
    "sentiment_compound": ("VADER compound (−1 negative … +1 positive)", (-1.0, 1.0)),
    "toxicity": ("toxicity (0 … 1)", (0.0, 1.0)),
}
METRIC_NAMES = {"sentiment_compound": "VADER compound", "toxicity": "toxicity"}

_TITLE_WIDTH = 70  # characters per title line at the default figure widths
_LABEL_CHARS = 38  # page labels on category axes
_AUTHOR_CHARS = 22
_SNIPPET_CHARS = 60  # opening words of each comment on the thread maps
_MAX_THREAD_ROWS = 40  # entries drawn per thread map before "… and N more"
_MAX_THREAD_PAGES = 8
_JITTER = 0.12
#: Below this many texts a group shows its dots and mean only: no interval, no summary shape.
SMALL_N = 5
_SEED = 0  # jitter is layout, but should not change between runs


def safe_text(text: str | None, limit: int | None = None) -> str:
    """Page-derived text made literal for matplotlib, shortened to ``limit`` characters.

    >>> safe_text("Costs $520 million and $600 million", 20)
    'Costs \\\\$520 million…'
    """
    text = " ".join((text or "").split())
    if limit is not None and len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text.replace("$", r"\$")


def page_labels(pages: pl.DataFrame, limit: int = _LABEL_CHARS) -> dict[str, str]:
    """Short axis label per page: ``page_id`` prefix and the start of its title.

    >>> import polars as pl
    >>> page_labels(pl.DataFrame({"page_id": ["003_e1"], "title": ["Whither US Policy on Mali?"]}))
    {'003_e1': '003_e1 · Whither US Policy on Mali?'}
    """
    labels = {}
    for page_id, title in pages.select("page_id", "title").iter_rows():
        label = page_id if not title else f"{page_id} · {' '.join(title.split())}"
        labels[page_id] = safe_text(label, limit)
    return labels


def _figure(width: float, height: float, nrows: int = 1, ncols: int = 1, **kwargs) -> tuple:
    matplotlib = require("matplotlib", "report", "drawing figures")
    matplotlib.rcParams["text.usetex"] = False  # page text must never reach a TeX shell
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), layout="constrained")
    axes = fig.subplots(nrows, ncols, squeeze=False, **kwargs)
    return fig, axes


def _title(fig: Figure, title: str, note: str | None = None) -> None:
    text = textwrap.fill(title, _TITLE_WIDTH)
    fig.suptitle(text, fontsize=12, fontweight="bold")
    if note:  # as the x super-label, constrained layout keeps it clear of everything else
        fig.supxlabel(textwrap.fill(note, 110), fontsize=8, style="italic", color="#444444")


def _jitter(n: int, rng: np.random.Generator) -> np.ndarray:
    return rng.uniform(-_JITTER, _JITTER, n) if n > 1 else np.zeros(n)


def _group_legend(fig: Figure, extra: Sequence = ()) -> None:
    """Article/comment legend right of the panels, where it cannot cover data or n labels."""
    from matplotlib.lines import Line2D

    handles = [
        Line2D([], [], marker="o", ls="", color=GROUP_COLOURS[g], label=GROUP_NAMES[g])
        for g in (ARTICLE, DISCUSSION)
    ]
    fig.legend(
        handles=[*handles, *extra], loc="outside right upper", ncols=1, fontsize=8, frameon=False
    )


def _mean_handle() -> Line2D:
    """Legend entry for :func:`_mean_bar`'s tick and whiskers."""
    from matplotlib.lines import Line2D

    return Line2D(
        [],
        [],
        marker="|",
        ms=10,
        mew=2,
        color="#555555",
        lw=1.2,
        label=f"mean, 95% interval (n ≥ {SMALL_N})",
    )


def _mean_bar(
    ax: Axes, row: Mapping, y: float, colour: str, limits: tuple[float, float] = (-1.0, 1.0)
) -> None:
    """Mean as a vertical tick, with its 95% interval (clipped to the axis range) only
    from SMALL_N texts up: below that the dots themselves are the honest picture."""
    if row["ci_low"] is not None and row["n"] >= SMALL_N:
        low, high = max(row["ci_low"], limits[0]), min(row["ci_high"], limits[1])
        ax.errorbar(
            row["mean"],
            y,
            xerr=[[row["mean"] - low], [high - row["mean"]]],
            fmt="|",
            ms=14,
            mew=2.5,
            color=colour,
            ecolor=colour,
            elinewidth=1.5,
            capsize=3,
            zorder=4,
        )
    else:
        ax.plot(row["mean"], y, "|", ms=14, mew=2.5, color=colour, zorder=4)


def article_vs_discussion(
    scored: pl.DataFrame,
    pooled: Mapping[str, pl.DataFrame],
    per_page: Mapping[str, pl.DataFrame],
    labels: Mapping[str, str],
    toxicity_note: str | None = None,
) -> Figure:
    """Figure 1: every article paragraph and comment as a dot, pooled and per page.

    ``pooled`` / ``per_page`` map a metric to :func:`comments.report.analysis.group_summary`
    tables (pooled and ``by_page=True``); ``labels`` from :func:`page_labels`.
    """
    metrics = [m for m in METRIC_AXES if m in pooled]
    rows = ["(all pages)", *labels]
    fig, axes = _figure(11, 1.6 + 0.75 * len(rows), 1, max(len(metrics), 1), sharey=True)
    rng = np.random.default_rng(_SEED)
    for ax, metric in zip(axes[0], metrics, strict=False):
        for y, page_id in enumerate(rows):
            in_page = scored if y == 0 else scored.filter(pl.col("page_id") == page_id)
            stats = (
                pooled[metric] if y == 0 else per_page[metric].filter(pl.col("page_id") == page_id)
            )
            _group_strip(ax, in_page, stats, metric, -y, rng)
        label, limits = METRIC_AXES[metric]
        ax.set_xlim(limits[0] - 0.05, limits[1] + 0.3)  # right margin holds the n labels
        ax.set_xticks(np.linspace(limits[0], limits[1], 5))
        ax.set_xlabel(label)
        ax.axhline(-0.5, color="#bbbbbb", lw=0.8)
        ax.grid(axis="x", alpha=0.3)
        ax.set_title(METRIC_NAMES[metric], fontsize=10)
    axes[0][0].set_yticks([-y for y in range(len(rows))], [rows[0], *labels.values()], fontsize=8)
    axes[0][0].set_ylim(-len(rows) + 0.5, 0.6)
    _group_legend(fig, extra=[_mean_handle()])
    _title(
        fig,
        "Article vs discussion: sentiment and toxicity of every article paragraph and comment",
        toxicity_note,
    )
    return fig


def _group_strip(
    ax: Axes,
    texts: pl.DataFrame,
    stats: pl.DataFrame,
    metric: str,
    y: float,
    rng: np.random.Generator,
) -> None:
    for offset, group in ((0.18, ARTICLE), (-0.18, DISCUSSION)):
        values = texts.filter((pl.col("kind") == group) & pl.col(metric).is_not_null())[metric]
        colour = GROUP_COLOURS[group]
        right = METRIC_AXES[metric][1][1] + 0.03
        if values.len() == 0:
            ax.text(
                right,
                y + offset,
                f"no {GROUP_NAMES[group]}",
                va="center",
                fontsize=7,
                color=colour,
                style="italic",
            )
            continue
        ys = y + offset + _jitter(values.len(), rng) * 0.8
        alpha = 0.7 if values.len() < 50 else 0.25
        ax.scatter(values.to_numpy(), ys, s=14, color=colour, alpha=alpha, lw=0, zorder=3)
        row = stats.filter(pl.col("kind") == group).row(0, named=True)
        _mean_bar(ax, row, y + offset, colour, METRIC_AXES[metric][1])
        ax.text(right, y + offset, f"n={values.len()}", va="center", fontsize=7, color=colour)


def divergence_by_page(
    divergences: Mapping[str, pl.DataFrame],
    labels: Mapping[str, str],
    toxicity_note: str | None = None,
) -> Figure:
    """Figure 2: comments minus article per page, with bootstrap 95% intervals.

    ``divergences`` maps a metric to :func:`comments.report.analysis.divergence`; a page
    whose status is not "ok" is written out ("no discussion"), never drawn at 0.
    """
    metrics = [m for m in METRIC_AXES if m in divergences]
    page_ids = list(labels)
    fig, axes = _figure(11, 1.6 + 0.5 * len(page_ids), 1, len(metrics), sharey=True)
    for ax, metric in zip(axes[0], metrics, strict=True):
        table = {row["page_id"]: row for row in divergences[metric].iter_rows(named=True)}
        span = METRIC_AXES[metric][1][1] - METRIC_AXES[metric][1][0]
        for y, page_id in enumerate(page_ids):
            row = table.get(page_id)
            if row is None or row["status"] != "ok":
                status = row["status"] if row else NO_DISCUSSION
                ax.text(
                    0,
                    -y,
                    status,
                    ha="center",
                    va="center",
                    fontsize=8,
                    style="italic",
                    color="#555555",
                    bbox={"fc": "white", "ec": "#cccccc", "pad": 2},
                )
                continue
            n_text = f"n={row['n_comments']} vs {row['n_article']}"
            if row["ci_low"] is None:  # a single text on one side: no honest interval
                ax.plot(row["diff"], -y, "o", mfc="white", color=OKABE_ITO["black"], zorder=3)
                n_text += "\n(no interval: n=1)"
            else:
                ax.errorbar(
                    row["diff"],
                    -y,
                    xerr=[[row["diff"] - row["ci_low"]], [row["ci_high"] - row["diff"]]],
                    fmt="o",
                    color=OKABE_ITO["black"],
                    ecolor=OKABE_ITO["black"],
                    capsize=3,
                    zorder=3,
                )
            ax.text(span * 0.98, -y, n_text, ha="right", va="center", fontsize=7)
        ax.axvline(0, color="#888888", lw=1, ls="--")
        ax.set_xlim(-span, span)
        name = METRIC_NAMES[metric]
        ax.set_xlabel(f"comments − article ({name})")
        ax.set_title(f"{name}: ← comments lower · comments higher →", fontsize=9)
        ax.grid(axis="x", alpha=0.3)
    axes[0][0].set_yticks([-y for y in range(len(page_ids))], list(labels.values()), fontsize=8)
    axes[0][0].set_ylim(-len(page_ids) + 0.5, 0.5)
    _title(
        fig,
        "Divergence by page: mean of comments minus mean of article "
        "(bootstrap 95% intervals; n = comments vs paragraphs)",
        toxicity_note,
    )
    return fig


def thread_maps(
    layout: pl.DataFrame,
    labels: Mapping[str, str],
    metric: str = "toxicity",
    toxicity_note: str | None = None,
) -> Figure:
    """Figure 3: each page's discussion as an indented tree, nodes coloured by ``metric``.

    ``layout`` is :func:`comments.report.analysis.thread_layout` of the scored units. Pages are
    drawn in the order of ``labels``; at most a few pages and rows are shown, with a
    note saying how many were left out.
    """
    import matplotlib as mpl

    pages = [p for p in labels if p in set(layout["page_id"].to_list())]
    shown = pages[:_MAX_THREAD_PAGES]
    sizes = [min(layout.filter(pl.col("page_id") == p).height, _MAX_THREAD_ROWS) for p in shown]
    fig, axes = _figure(
        10,
        1.4 + sum(0.32 * s + 0.6 for s in sizes) if shown else 3,
        max(len(shown), 1),
        1,
        height_ratios=[s + 2 for s in sizes] or None,
    )
    label, limits = METRIC_AXES[metric]
    cmap = mpl.colormaps["cividis"]
    norm = mpl.colors.Normalize(*limits)
    if not shown:
        axes[0][0].text(
            0.5,
            0.5,
            "no comments or pingbacks recovered on any page",
            ha="center",
            va="center",
            style="italic",
        )
        axes[0][0].set_axis_off()
    for ax, page_id in zip(axes[:, 0], shown, strict=False):
        _draw_thread(ax, layout.filter(pl.col("page_id") == page_id), metric, cmap, norm)
        ax.set_title(labels[page_id], fontsize=9, loc="left")
    if shown:
        fig.colorbar(
            mpl.cm.ScalarMappable(norm, cmap),
            ax=axes[:, 0].tolist(),
            label=label,
            shrink=min(1.0, 4 / len(shown)) if len(shown) > 1 else 0.8,
        )
    extra = f" (showing {len(shown)} of {len(pages)} pages)" if len(pages) > len(shown) else ""
    _title(
        fig,
        f"Thread maps: who replied to whom, coloured by {METRIC_NAMES[metric]}{extra}",
        toxicity_note if metric == "toxicity" else None,
    )
    return fig


def _draw_thread(ax: Axes, entries: pl.DataFrame, metric: str, cmap, norm) -> None:
    rows = entries.sort("row").head(_MAX_THREAD_ROWS).to_dicts()
    where = {e["unit_id"]: (e["depth"], -e["row"]) for e in rows}
    for e in rows:
        x, y = e["depth"], -e["row"]
        parent = where.get(e.get("parent_id"))
        if parent is not None:  # elbow from the parent down, then across
            ax.plot([parent[0], parent[0], x], [parent[1], y, y], color="#aaaaaa", lw=1, zorder=1)
        pingback = e["kind"] != DISCUSSION
        value = e.get(metric)
        colour = "white" if value is None else cmap(norm(value))
        ax.scatter(
            x,
            y,
            s=90,
            marker="D" if pingback else "o",
            color=colour,
            zorder=2,
            edgecolors=PINGBACK_COLOUR if pingback else "#333333",
            linewidths=1.8 if pingback else 0.8,
        )
        who = safe_text(e.get("author") or "(unknown)", _AUTHOR_CHARS)
        score = "not scored" if value is None else f"{value:.2f}"
        tag = f"{e['kind']}: " if pingback else ""
        label = ax.annotate(
            f"{tag}{who}  ·  {score}",
            (x, y),
            xytext=(10, 0),
            textcoords="offset points",
            va="center",
            fontsize=8,
            color=PINGBACK_COLOUR if pingback else "black",
        )
        snippet = safe_text(e.get("text"), _SNIPPET_CHARS)
        ax.annotate(
            f"“{snippet}”",
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
        ax.text(0, -len(rows), f"… and {hidden} more entries", fontsize=8, style="italic")
    max_depth = max((e["depth"] for e in rows), default=0)
    ax.set_xlim(-0.4, max_depth + 6)
    ax.set_ylim(-len(rows) - (0.6 if not hidden else 1.2), 0.6)
    ax.set_xticks(range(max_depth + 1), [f"depth {d}" for d in range(max_depth + 1)], fontsize=7)
    ax.set_yticks([])
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)


def tone_down_thread(
    profiles: Mapping[str, pl.DataFrame],
    deltas: Mapping[str, pl.DataFrame],
    scored: pl.DataFrame,
    article_means: Mapping[str, float | None],
    toxicity_note: str | None = None,
) -> Figure:
    """Figure 4: scores by reply depth (left) and each reply vs its parent (right).

    ``profiles`` / ``deltas`` map a metric to :func:`comments.report.analysis.depth_profile` /
    :func:`comments.report.analysis.reply_deltas`; ``article_means`` gives the pooled article
    mean per metric, drawn as a reference line.
    """
    metrics = [m for m in METRIC_AXES if m in profiles]
    fig, axes = _figure(11, 1.2 + 3.6 * len(metrics), len(metrics), 2)
    rng = np.random.default_rng(_SEED)
    for (left, right), metric in zip(axes, metrics, strict=True):
        _depth_panel(left, profiles[metric], scored, metric, article_means.get(metric), rng)
        _reply_panel(right, deltas[metric], metric)
    _title(
        fig,
        "Tone down the thread: do replies get hotter or colder than what they answer?",
        toxicity_note,
    )
    return fig


def _depth_panel(
    ax: Axes,
    profile: pl.DataFrame,
    scored: pl.DataFrame,
    metric: str,
    article_mean: float | None,
    rng: np.random.Generator,
) -> None:
    label, limits = METRIC_AXES[metric]
    colour = GROUP_COLOURS[DISCUSSION]
    comments = scored.filter((pl.col("kind") == DISCUSSION) & pl.col(metric).is_not_null())
    for row in profile.iter_rows(named=True):
        values = comments.filter(pl.col("depth") == row["depth"])[metric].to_numpy()
        ax.scatter(
            row["depth"] + _jitter(values.size, rng),
            values,
            s=16,
            color=colour,
            alpha=0.6,
            lw=0,
            zorder=3,
        )
        low, high = row["ci_low"], row["ci_high"]
        if low is not None and row["n"] >= SMALL_N:
            low, high = max(low, limits[0]), min(high, limits[1])
            ax.errorbar(
                row["depth"] + 0.25,
                row["mean"],
                yerr=[[row["mean"] - low], [high - row["mean"]]],
                fmt="s",
                color="black",
                capsize=3,
                ms=5,
            )
        else:
            ax.plot(row["depth"] + 0.25, row["mean"], "s", color="black", ms=5)
        ax.text(
            row["depth"],
            limits[1] + 0.04 * (limits[1] - limits[0]),
            f"n={row['n']}",
            ha="center",
            fontsize=7,
        )
    depths = profile["depth"].to_list()
    right = max(depths, default=0) + 1.5  # room for the reference line's label
    if article_mean is not None:  # labelled on the line: a legend box would hide dots
        ax.axhline(article_mean, color=GROUP_COLOURS[ARTICLE], ls="--", lw=1.2)
        ax.text(
            right - 0.05,
            article_mean,
            f"article mean {article_mean:.2f}",
            ha="right",
            va="bottom",
            fontsize=7,
            color=GROUP_COLOURS[ARTICLE],
        )
    ax.set_xticks(depths or [0], [str(d) for d in depths] or ["0"])
    ax.set_xlim(-0.5, right)
    ax.set_ylim(limits[0], limits[1] + 0.12 * (limits[1] - limits[0]))
    ax.set_xlabel("reply depth (0 = top-level comment)")
    ax.set_ylabel(label)
    ax.set_title(
        f"{METRIC_NAMES[metric]} by depth (dots: comments; ■: mean, 95% CI if n ≥ {SMALL_N})",
        fontsize=9,
    )
    if not depths:
        ax.text(0, sum(limits) / 2, "no scored comments", ha="center", style="italic")


def _reply_panel(ax: Axes, deltas: pl.DataFrame, metric: str) -> None:
    limits = METRIC_AXES[metric][1]
    ax.plot(limits, limits, color="#888888", ls="--", lw=1, label="reply = parent")
    ax.scatter(
        deltas["parent_score"].to_numpy(),
        deltas["score"].to_numpy(),
        s=30,
        color=GROUP_COLOURS[DISCUSSION],
        alpha=0.75,
        lw=0.5,
        edgecolors="black",
        zorder=3,
    )
    n = deltas.height
    summary = (
        f"n = {n} replies; mean change {deltas['delta'].mean():+.2f}"
        if n
        else "n = 0: no reply whose parent was recovered"
    )
    ax.text(
        0.02,
        0.97,
        summary,
        transform=ax.transAxes,
        va="top",
        fontsize=8,
        bbox={"fc": "white", "ec": "#cccccc", "pad": 2},
    )
    ax.set_xlim(*limits)
    ax.set_ylim(*limits)
    ax.set_aspect("equal", adjustable="box")
    short = METRIC_NAMES[metric]
    ax.set_xlabel(f"parent comment {short}")
    ax.set_ylabel(f"reply {short}")
    ax.set_title(f"each reply vs its parent ({short})", fontsize=9)
    ax.legend(fontsize=7, loc="lower right")


def toxicity_attributes(attributes: pl.DataFrame, toxicity_note: str | None = None) -> Figure:
    """Figure 5: article vs comments for each Detoxify label (means, 95% CI, n).

    ``attributes`` is :func:`comments.report.analysis.attribute_comparison`.
    """
    labels = attributes["metric"].unique(maintain_order=True).to_list()
    fig, axes = _figure(9, 1.6 + 0.6 * max(len(labels), 1))
    ax = axes[0][0]
    for y, label in enumerate(labels):
        for offset, group in ((0.15, ARTICLE), (-0.15, DISCUSSION)):
            rows = attributes.filter((pl.col("metric") == label) & (pl.col("kind") == group))
            if rows.is_empty():
                continue
            row = rows.row(0, named=True)
            colour = GROUP_COLOURS[group]
            ax.plot(row["mean"], -y + offset, "o", color=colour, zorder=3)
            _mean_bar(ax, row, -y + offset, colour, (0.0, 1.0))
            ax.text(1.02, -y + offset, f"n={row['n']}", va="center", fontsize=7, color=colour)
    ax.set_yticks([-y for y in range(len(labels))], [lb.replace("_", " ") for lb in labels])
    ax.set_xlim(0, 1.12)
    ax.set_xticks(np.linspace(0, 1, 6))
    ax.set_xlabel("mean score (0 … 1)")
    ax.grid(axis="x", alpha=0.3)
    _group_legend(fig)
    _title(fig, "Toxicity attributes: article vs comments for each Detoxify label", toxicity_note)
    return fig


def words_of_discussion(words: pl.DataFrame, top: int = 15) -> Figure:
    """Figure 6: the words most typical of comments (right) and of the article (left).

    ``words`` is :func:`comments.report.analysis.log_odds` (comments as group a); bars are z-scores,
    the dashed lines mark |z| = 1.96.
    """
    sides = (
        (DISCUSSION, words.filter(pl.col("z") > 0).head(top)),
        (ARTICLE, words.filter(pl.col("z") < 0).sort("z").head(top)),
    )
    fig, axes = _figure(11, 1.6 + 0.28 * max(top, 4), 1, 2)
    for ax, (group, table) in zip(axes[0], sides, strict=True):
        colour = GROUP_COLOURS[group]
        n = table.height
        ys = -np.arange(n)
        ax.barh(ys, table["z"].abs().to_numpy(), color=colour, alpha=0.85)
        counts = [
            f"{a} vs {b}" if group == DISCUSSION else f"{b} vs {a}"
            for a, b in table.select("count_a", "count_b").iter_rows()
        ]
        ax.set_yticks(ys, [safe_text(w, 24) for w in table["word"]], fontsize=8)
        for y, z, text in zip(ys, table["z"].abs(), counts, strict=True):
            ax.text(z, y, f" {text}", va="center", fontsize=7)
        ax.axvline(1.96, color="#555555", ls="--", lw=1)
        ax.set_xlim(0, max(2.5, float(table["z"].abs().max() or 0) * 1.3))
        ax.set_ylim(-max(n, 1) + 0.4, 0.6)
        other = GROUP_NAMES[ARTICLE if group == DISCUSSION else DISCUSSION]
        ax.set_title(f"more typical of {GROUP_NAMES[group]} than {other}", fontsize=9, color=colour)
        ax.set_xlabel("|z| of weighted log-odds ratio (dashed: 1.96)")
        if n == 0:
            ax.text(1.2, 0, "no words", style="italic", va="center")
    n_comment, n_article = int(words["count_a"].sum()), int(words["count_b"].sum())
    sizes = f"{n_comment} comment vs {n_article} article words"
    verdict = "" if (words["z"].abs() >= 1.96).any() else "; no word reaches |z| ≥ 1.96"
    _title(
        fig,
        "Words of the discussion: weighted log-odds, Dirichlet prior (Monroe et al. 2008); "
        f"bar labels: count here vs other side ({sizes}{verdict})",
    )
    return fig


def completeness_and_pingbacks(
    counts: pl.DataFrame, sites: pl.DataFrame, labels: Mapping[str, str]
) -> Figure:
    """Figure 7: declared vs recovered entries per page (left), pingback sites (right).

    ``counts`` is :func:`comments.report.analysis.completeness`, ``sites``
    :func:`comments.report.analysis.pingback_sites`.
    """
    fig, axes = _figure(
        12, 1.8 + 0.5 * max(len(labels), sites.height, 3), 1, 2, width_ratios=[3, 2]
    )
    _completeness_panel(axes[0][0], counts, labels)
    _sites_panel(axes[0][1], sites)
    _title(
        fig,
        "Completeness and pingbacks: how much of each declared discussion was "
        "recovered, and who linked in",
    )
    return fig


def _completeness_panel(ax: Axes, counts: pl.DataFrame, labels: Mapping[str, str]) -> None:
    table = {row["page_id"]: row for row in counts.iter_rows(named=True)}
    page_ids = list(labels)
    ys = -np.arange(len(page_ids))
    top = 1
    for y, page_id in zip(ys, page_ids, strict=True):
        row = table[page_id]
        comments, pingbacks = row["n_comments"] or 0, row["n_pingbacks"] or 0
        ax.barh(y - 0.17, comments, 0.32, color=GROUP_COLOURS[DISCUSSION])
        ax.barh(y - 0.17, pingbacks, 0.32, left=comments, color=PINGBACK_COLOUR)
        declared = row["declared_comments"]
        if declared is not None:
            ax.barh(y + 0.17, declared, 0.32, color=DECLARED_COLOUR)
        note = (
            "error: page not parsed"
            if row["status"] != "ok"
            else f"{comments + pingbacks} of {declared}"
            if declared is not None
            else f"{comments + pingbacks} found; no count stated"
        )
        top = max(top, comments + pingbacks, declared or 0)
        ax.text(
            max(comments + pingbacks, declared or 0) + 0.1, y, f" {note}", va="center", fontsize=7
        )
    ax.set_yticks(ys, list(labels.values()), fontsize=8)
    ax.set_xlim(0, top * 1.6 + 1)
    ax.set_xlabel("entries (comments + pingbacks)")
    ax.set_title("declared vs recovered", fontsize=9)
    from matplotlib.patches import Patch

    ax.legend(
        handles=[
            Patch(color=DECLARED_COLOUR, label="declared by the page"),
            Patch(color=GROUP_COLOURS[DISCUSSION], label="comments recovered"),
            Patch(color=PINGBACK_COLOUR, label="pingbacks recovered"),
        ],
        fontsize=7,
        loc="lower right",
    )


def _sites_panel(ax: Axes, sites: pl.DataFrame) -> None:
    names: Sequence[str] = [safe_text(s, 34) for s in sites["site"]]
    ys = -np.arange(sites.height)
    ax.barh(ys, sites["n_links"].to_numpy(), color=PINGBACK_COLOUR)
    for y, n_links, n_pages in zip(ys, sites["n_links"], sites["n_pages"], strict=True):
        ax.text(n_links, y, f" {n_links} link(s) to {n_pages} page(s)", va="center", fontsize=7)
    ax.set_yticks(ys, names, fontsize=8)
    ax.set_xlim(0, max(int(sites["n_links"].max() or 1), 1) * 2.2)
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_xlabel("pingbacks / trackbacks")
    ax.set_title(f"who linked in ({sites.height} site(s))", fontsize=9)
    if sites.is_empty():
        ax.text(
            0.5, 0.5, "no pingbacks recovered", transform=ax.transAxes, ha="center", style="italic"
        )
        ax.set_yticks([])
