"""The report's figures, in order: file stem, caption, and how to draw each from the tables.

This is the one list of figures: :func:`draw_figures` draws from it, and
:func:`comments.report.write.write_report` names files and ``index.html`` captions from
it. Each entry's ``draw`` takes the :class:`ReportInputs` (the tables and the analysis
results several figures share) and returns a figure, or ``None`` when the tables cannot
support it (no scores, or no Detoxify labels).

    >>> [spec.stem for spec in FIGURES][:2]
    ['01_article_vs_discussion', '02_divergence_by_page']
    >>> caption("05_toxicity_attributes")
    'Article vs comments for each Detoxify label, with 95% intervals.'
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

__all__ = ["FIGURES", "FigureSpec", "ReportInputs", "caption", "draw_figures"]


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
    def ok_labels(self) -> dict[str, str]:
        return figures.page_labels(self.pages.filter(pl.col("status") == "ok"))

    @cached_property
    def pooled(self) -> dict[str, pl.DataFrame]:
        return {m: analysis.group_summary(self.scored, m) for m in self.metrics}

    @cached_property
    def toxicity_note(self) -> str | None:
        """The line every toxicity figure carries: the model(s) and any fallback note."""
        models = toxicity_models(self.scores)
        if not models:
            return self.note
        line = f"Toxicity model: {', '.join(models)}."
        return f"{line} {self.note}" if self.note else line


@dataclass(frozen=True)
class FigureSpec:
    """One figure of the report."""

    stem: str  # output file name without extension
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
    per_page = {m: analysis.group_summary(inputs.scored, m, by_page=True) for m in inputs.metrics}
    return figures.article_vs_discussion(
        inputs.scored, inputs.pooled, per_page, inputs.ok_labels, inputs.toxicity_note
    )


def _divergence_by_page(inputs: ReportInputs) -> Figure | None:
    if not inputs.metrics:
        return None
    failed = inputs.pages.filter(pl.col("status") != "ok")["page_id"]
    divergences = {
        m: analysis.divergence(
            inputs.scored, m, seed=inputs.seed, pages=inputs.labels, errors=failed
        )
        for m in inputs.metrics
    }
    return figures.divergence_by_page(divergences, inputs.labels, inputs.toxicity_note)


def _thread_maps(inputs: ReportInputs) -> Figure:
    metric = "toxicity" if "toxicity" in inputs.metrics else "sentiment_compound"
    layout = analysis.thread_layout(inputs.scored)
    return figures.thread_maps(layout, inputs.ok_labels, metric, inputs.toxicity_note)


def _tone_down_thread(inputs: ReportInputs) -> Figure | None:
    if not inputs.metrics:
        return None
    profiles = {m: analysis.depth_profile(inputs.scored, m) for m in inputs.metrics}
    deltas = {m: analysis.reply_deltas(inputs.scored, m) for m in inputs.metrics}
    article_means = {m: _article_mean(inputs.pooled[m]) for m in inputs.metrics}
    return figures.tone_down_thread(
        profiles, deltas, inputs.scored, article_means, inputs.toxicity_note
    )


def _toxicity_attributes(inputs: ReportInputs) -> Figure | None:
    """Only when a Detoxify model scored more labels than ``toxicity``."""
    labels = [c for c in TOXICITY_COLUMNS if c != "toxicity"]
    attributes = analysis.attribute_comparison(inputs.scored, ["toxicity", *labels])
    if not set(attributes["metric"].to_list()) & set(labels):
        return None
    return figures.toxicity_attributes(attributes, inputs.toxicity_note)


def _words_of_discussion(inputs: ReportInputs) -> Figure:
    return figures.words_of_discussion(analysis.log_odds(inputs.scored))


def _completeness_and_pingbacks(inputs: ReportInputs) -> Figure:
    return figures.completeness_and_pingbacks(
        analysis.completeness(inputs.pages), analysis.pingback_sites(inputs.units), inputs.labels
    )


def _article_mean(pooled: pl.DataFrame) -> float | None:
    rows = pooled.filter(pl.col("kind") == analysis.ARTICLE)
    return rows["mean"][0] if rows.height else None


FIGURES: tuple[FigureSpec, ...] = (
    FigureSpec(
        "01_article_vs_discussion",
        "Sentiment and toxicity of article paragraphs vs comments, pooled and per page; "
        "every text is a dot, ticks are means (with 95% intervals from n = 5).",
        _article_vs_discussion,
    ),
    FigureSpec(
        "02_divergence_by_page",
        "Comments minus article, per page, for mean sentiment and toxicity, with bootstrap "
        "95% intervals (hollow: one side has a single text, no interval); pages without "
        "comments say so.",
        _divergence_by_page,
    ),
    FigureSpec(
        "03_thread_maps",
        "Each rebuilt comment tree, indented by reply depth and coloured by toxicity; "
        "diamonds are pingbacks from other sites.",
        _thread_maps,
    ),
    FigureSpec(
        "04_tone_down_thread",
        "Scores by reply depth, and each reply against the comment it answers (above the "
        "diagonal: the reply is higher).",
        _tone_down_thread,
    ),
    FigureSpec(
        "05_toxicity_attributes",
        "Article vs comments for each Detoxify label, with 95% intervals.",
        _toxicity_attributes,
    ),
    FigureSpec(
        "06_words_of_discussion",
        "Words most over-represented in comments vs the article and vice versa: weighted "
        "log-odds with an informative Dirichlet prior (z-scores).",
        _words_of_discussion,
    ),
    FigureSpec(
        "07_completeness_and_pingbacks",
        "Declared vs recovered comment counts per page, and the sites that linked in.",
        _completeness_and_pingbacks,
    ),
)


def caption(stem: str) -> str:
    """The caption of the figure ``stem``."""
    return next(spec.caption for spec in FIGURES if spec.stem == stem)


def draw_figures(inputs: ReportInputs) -> dict[str, Figure]:
    """Every figure the tables support, keyed by its file stem, in report order."""
    drawn = {spec.stem: spec.draw(inputs) for spec in FIGURES}
    return {stem: figure for stem, figure in drawn.items() if figure is not None}
