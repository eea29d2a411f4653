"""The report's figures, in order: number, file stem, caption, and how to draw each.

This is the one list of figures: :func:`draw_figures` draws from it, and
:func:`comments.report.write.write_report` names files and ``index.html`` captions from
it. A figure's number is the prefix of its stem ("05_…" is Figure 5) in the file names,
index.html and the README alike, also when an earlier figure is not drawn. Each entry's
``draw`` takes the :class:`~comments.report.aggregate.ReportInputs` (every figure's
numbers, folded from the corpus in one pass) and returns a figure, or ``None`` when the
corpus cannot support it (no scores, no Detoxify labels, no dates).

    >>> [spec.stem for spec in FIGURES][:2]
    ['01_article_vs_discussion', '02_divergence_by_page']
    >>> number("05_toxicity_attributes")
    5
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import polars as pl

from ..tables import TOXICITY_COLUMNS
from . import figures
from .aggregate import ReportInputs

if TYPE_CHECKING:
    from matplotlib.figure import Figure

__all__ = [
    "FIGURES",
    "FigureSpec",
    "ReportInputs",
    "caption",
    "draw_figures",
    "language_line",
    "number",
    "toxicity_note",
]

_LANGS_SHOWN = 6  # languages named in the figures' note line (the rest summed)


def toxicity_note(inputs: ReportInputs) -> str:
    """The note line every figure carries: languages, what was not scored, the model."""
    parts = [language_line(inputs.languages)]
    if inputs.models:
        parts.append(f"Toxicity model: {', '.join(inputs.models)}.")
    if inputs.note:
        parts.append(inputs.note)
    return " ".join(parts)


def language_line(languages: pl.DataFrame) -> str:
    """ "Units by language: en 1,234 · de 345; not scored (language): 345 (de)."

    >>> import polars as pl
    >>> language_line(pl.DataFrame({"lang": ["en", "de"], "n_units": [10, 4],
    ...                             "not_scored": [0, 4]}))
    'Units by language: en 10 · de 4. Not scored for their language: 4 (de 4).'
    """
    if languages.is_empty():
        return "No units."
    rows = languages.to_dicts()
    shown = [f"{r['lang']} {r['n_units']:,}" for r in rows[:_LANGS_SHOWN]]
    rest = sum(r["n_units"] for r in rows[_LANGS_SHOWN:])
    named = " · ".join(shown) + (f" · others {rest:,}" if rest else "")
    skipped = [f"{r['lang']} {r['not_scored']:,}" for r in rows if r["not_scored"]]
    total = sum(r["not_scored"] for r in rows)
    tail = f" Not scored for their language: {total:,} ({', '.join(skipped)})." if total else ""
    return f"Units by language: {named}.{tail}"


@dataclass(frozen=True)
class FigureSpec:
    """One figure of the report."""

    stem: str  # output file name without extension; its number prefix is the figure number
    caption: str  # one line under the figure in index.html
    draw: Callable[[ReportInputs], Figure | None]


def _article_vs_discussion(inputs: ReportInputs) -> Figure | None:
    if not inputs.metrics:
        return None
    return figures.article_vs_discussion(
        inputs.page_points, inputs.pooled, inputs.labels, toxicity_note(inputs)
    )


def _divergence_by_page(inputs: ReportInputs) -> Figure | None:
    if not inputs.metrics:
        return None
    return figures.divergence_by_page(
        dict.fromkeys(inputs.metrics, inputs.shown_pages),
        inputs.shown_rows,
        inputs.page_points,
        inputs.pooled,
        inputs.labels,
        inputs.how_shown,
        toxicity_note(inputs),
    )


def _thread_maps(inputs: ReportInputs) -> Figure:
    return figures.thread_maps(
        inputs.thread_layout,
        inputs.threads,
        inputs.labels,
        inputs.thread_metric,
        inputs.colour_limits,
        toxicity_note(inputs),
    )


def _tone_down_thread(inputs: ReportInputs) -> Figure | None:
    if not inputs.metrics:
        return None
    return figures.tone_down_thread(
        inputs.depth, inputs.replies, inputs.reply_summary, toxicity_note(inputs)
    )


def _toxicity_attributes(inputs: ReportInputs) -> Figure | None:
    """Only when a Detoxify model scored more labels than ``toxicity``."""
    labels = [c for c in TOXICITY_COLUMNS if c != "toxicity"]
    if not set(inputs.attributes["metric"].to_list()) & set(labels):
        return None
    return figures.toxicity_attributes(inputs.attributes, toxicity_note(inputs))


def _words_of_discussion(inputs: ReportInputs) -> Figure:
    return figures.words_of_discussion(
        inputs.words,
        inputs.word_pages,
        note=language_line(inputs.languages),
        pages_read=inputs.pages_read,
    )


def _completeness(inputs: ReportInputs) -> Figure:
    return figures.completeness(
        inputs.declared, inputs.ratio_bins, inputs.undeclared, inputs.failed
    )


def _tone_over_time(inputs: ReportInputs) -> Figure | None:
    n_dated = max((int(p["n"].sum()) for p in inputs.time.values()), default=0)
    if not n_dated:
        return None
    return figures.tone_over_time(inputs.time, n_dated, toxicity_note(inputs))


FIGURES: tuple[FigureSpec, ...] = (
    FigureSpec(
        "01_article_vs_discussion",
        "Each page's comments against its own article (one point per page with both), and "
        "the within-page difference pooled over pages with a 95% interval (from 5 pages).",
        _article_vs_discussion,
    ),
    FigureSpec(
        "02_divergence_by_page",
        "Comments minus article for the pages with the most comments (Welch 95% intervals "
        "from 5 texts a side), the pooled difference over all comparable pages, and the "
        "distribution of every page's difference.",
        _divergence_by_page,
    ),
    FigureSpec(
        "03_thread_maps",
        "The largest, the deepest and the most divergent thread as trees, coloured by score "
        "on a scale fitted to the corpus; squares are the post author's replies.",
        _thread_maps,
    ),
    FigureSpec(
        "04_tone_down_thread",
        "Comments by reply depth, and each reply against its parent, centred on their own "
        "page's article mean; cluster-robust 95% intervals; the post author's replies apart.",
        _tone_down_thread,
    ),
    FigureSpec(
        "05_toxicity_attributes",
        "Comments minus article within pages for each Detoxify label, pooled over pages "
        "(drawn only when Detoxify scored the run).",
        _toxicity_attributes,
    ),
    FigureSpec(
        "06_words_of_discussion",
        "Words typical of comments vs their own article and vice versa: log-odds within "
        "pages, pooled by Stouffer's z; stop words per language.",
        _words_of_discussion,
    ),
    FigureSpec(
        "07_completeness",
        "Declared vs recovered discussion entries per page on log axes, and the distribution "
        "of the share recovered.",
        _completeness,
    ),
    FigureSpec(
        "08_tone_over_time",
        "Comments by time since the article was published, centred on the page's article "
        "mean (drawn only where comment times and article dates were found).",
        _tone_over_time,
    ),
)


def number(stem: str) -> int:
    """The figure number of ``stem`` (its numeric prefix)."""
    return int(stem.split("_", 1)[0])


def caption(stem: str) -> str:
    """The caption of the figure ``stem``."""
    return next(spec.caption for spec in FIGURES if spec.stem == stem)


def draw_figures(inputs: ReportInputs) -> dict[str, Figure]:
    """Every figure the tables support, keyed by its file stem, in report order."""
    drawn = {spec.stem: spec.draw(inputs) for spec in FIGURES}
    return {stem: figure for stem, figure in drawn.items() if figure is not None}
