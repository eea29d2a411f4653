"""The report's figures, in order: number, file stem, caption, and how to draw each.

This is the one list of figures: :func:`draw_figures` draws from it, and
:func:`comments.report.write.write_report` names files and ``index.html`` captions from
it. A figure's number is the prefix of its stem ("05_…" is Figure 5) in the file names,
index.html and the README alike, also when an earlier figure is not drawn. Each entry's
``draw`` takes the :class:`ReportInputs` (the tables and the analysis results several
figures share) and returns a figure, or ``None`` when the tables cannot support it (no
scores, no Detoxify labels, no dates).

    >>> [spec.stem for spec in FIGURES][:2]
    ['01_article_vs_discussion', '02_divergence_by_page']
    >>> number("05_toxicity_attributes")
    5
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

import polars as pl

from ..tables import TOXICITY_COLUMNS
from . import analysis, figures

if TYPE_CHECKING:
    from matplotlib.figure import Figure

__all__ = ["FIGURES", "FigureSpec", "ReportInputs", "caption", "draw_figures", "number"]

#: Colour scale of the thread maps: these percentiles of all comments' scores.
COLOUR_PERCENTILES = (0.02, 0.98)
_LANGS_SHOWN = 6  # languages named in the figures' note line (the rest summed)


@dataclass(frozen=True)
class ReportInputs:
    """The three tables and what several figures compute from them (computed once)."""

    pages: pl.DataFrame
    units: pl.DataFrame
    scores: pl.DataFrame
    seed: int = 0
    note: str | None = None  # the toxicity fallback's short form, shown on figures

    @cached_property
    def scored(self) -> pl.DataFrame:
        return analysis.scored_units(self.units, self.scores)

    @cached_property
    def metrics(self) -> list[str]:
        """Score columns with at least one value, in axis order."""
        scored = self.scored
        return [
            m
            for m in figures.METRIC_AXES
            if m in scored.columns and scored[m].null_count() < scored.height
        ]

    @cached_property
    def labels(self) -> dict[str, str]:
        return figures.page_labels(self.pages)

    @cached_property
    def divergences(self) -> dict[str, pl.DataFrame]:
        failed = self.pages.filter(pl.col("status") != "ok")["page_id"]
        ids = self.pages["page_id"].to_list()
        return {
            m: analysis.divergence(self.scored, m, pages=ids, errors=failed) for m in self.metrics
        }

    @cached_property
    def pooled(self) -> pl.DataFrame:
        frames = [analysis.pooled_divergence(d) for d in self.divergences.values()]
        return pl.concat(frames) if frames else pl.DataFrame()

    @cached_property
    def languages(self) -> pl.DataFrame:
        return analysis.language_summary(self.units, self.scores)

    @cached_property
    def toxicity_note(self) -> str:
        """The note line every figure carries: languages, what was not scored, the model."""
        parts = [language_line(self.languages)]
        models = toxicity_models(self.scores)
        if models:
            parts.append(f"Toxicity model: {', '.join(models)}.")
        if self.note:
            parts.append(self.note)
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


def toxicity_models(scores: pl.DataFrame) -> list[str]:
    """The models named in ``scores.toxicity_model``, sorted."""
    if "toxicity_model" not in scores.columns:
        return []
    return sorted(scores["toxicity_model"].drop_nulls().unique().to_list())


def _article_vs_discussion(inputs: ReportInputs) -> Figure | None:
    if not inputs.metrics:
        return None
    return figures.article_vs_discussion(
        inputs.divergences, inputs.pooled, inputs.labels, inputs.toxicity_note
    )


def _divergence_by_page(inputs: ReportInputs) -> Figure | None:
    if not inputs.metrics:
        return None
    chosen, how = analysis.chosen_pages(
        inputs.divergences[inputs.metrics[0]], figures.MAX_PAGE_ROWS
    )
    shown = {m: chosen for m in inputs.metrics}
    return figures.divergence_by_page(
        shown, inputs.divergences, inputs.pooled, inputs.labels, how, inputs.toxicity_note
    )


def _thread_maps(inputs: ReportInputs) -> Figure:
    metric = "toxicity" if "toxicity" in inputs.metrics else "sentiment_compound"
    scored = inputs.scored
    if metric not in scored.columns:
        scored = scored.with_columns(pl.lit(None, pl.Float64).alias(metric))
    chosen = analysis.chosen_threads(analysis.thread_stats(scored, metric), figures.MAX_THREADS)
    comments = scored.filter(pl.col("kind") == analysis.DISCUSSION)
    roots = analysis.thread_roots(comments).filter(
        pl.col("thread_id").is_in(chosen["thread_id"].implode())
    )
    layout = analysis.thread_layout(comments.join(roots, on="unit_id"))
    return figures.thread_maps(
        layout,
        chosen,
        inputs.labels,
        metric,
        _colour_limits(comments, metric),
        inputs.toxicity_note,
    )


def _colour_limits(comments: pl.DataFrame, metric: str) -> tuple[float, float]:
    values = comments[metric].drop_nulls()
    natural = figures.METRIC_AXES[metric][1]
    if values.len() < 2:
        return natural
    low, high = (float(values.quantile(q)) for q in COLOUR_PERCENTILES)
    return (low, high) if high > low else natural


def _tone_down_thread(inputs: ReportInputs) -> Figure | None:
    if not inputs.metrics:
        return None
    profiles = {m: analysis.depth_profile(inputs.scored, m) for m in inputs.metrics}
    deltas = {m: analysis.reply_deltas(inputs.scored, m) for m in inputs.metrics}
    summaries = {m: analysis.reply_summary(deltas[m]) for m in inputs.metrics}
    return figures.tone_down_thread(profiles, deltas, summaries, inputs.toxicity_note)


def _toxicity_attributes(inputs: ReportInputs) -> Figure | None:
    """Only when a Detoxify model scored more labels than ``toxicity``."""
    labels = [c for c in TOXICITY_COLUMNS if c != "toxicity"]
    attributes = analysis.attribute_comparison(inputs.scored, ["toxicity", *labels])
    if not set(attributes["metric"].to_list()) & set(labels):
        return None
    return figures.toxicity_attributes(attributes, inputs.toxicity_note)


def _words_of_discussion(inputs: ReportInputs) -> Figure:
    words = analysis.distinctive_words(inputs.scored)
    sides = inputs.scored.group_by("page_id").agg(
        article=(pl.col("kind") == analysis.ARTICLE).any(),
        comment=(pl.col("kind") == analysis.DISCUSSION).any(),
    )
    n_pages = sides.filter(pl.col("article") & pl.col("comment")).height
    return figures.words_of_discussion(words, n_pages, note=language_line(inputs.languages))


def _completeness(inputs: ReportInputs) -> Figure:
    return figures.completeness(analysis.completeness(inputs.pages))


def _tone_over_time(inputs: ReportInputs) -> Figure | None:
    profiles = {m: analysis.time_profile(inputs.scored, inputs.pages, m) for m in inputs.metrics}
    n_dated = max((int(p["n"].sum()) for p in profiles.values()), default=0)
    if not n_dated:
        return None
    return figures.tone_over_time(profiles, n_dated, inputs.toxicity_note)


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
