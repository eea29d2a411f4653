"""Build a report: load (parse, or read a run's shards), score, analyse, draw.

A thin composition of the stages; nothing is written (see :mod:`.write`) and nothing is
printed (progress goes to the ``say`` callback, the toxicity fallback is a warning and
a note in :attr:`Report.notes`).

    >>> report = build_report(["seeds"], toxicity=False, draw=False)
    >>> report.pages.height, report.scores["toxicity_model"].null_count() == report.scores.height
    (5, True)
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import polars as pl

from ..errors import InputError
from ..scoring.languages import language_advice
from ..scoring.linear import LINEAR_MODEL_NAME
from . import analysis
from .registry import ReportInputs, draw_figures, toxicity_models

if TYPE_CHECKING:
    from matplotlib.figure import Figure

__all__ = ["DEFAULT_INPUTS", "Report", "build_report", "read_run"]

DEFAULT_INPUTS = (Path("seeds"),)
#: The figures' short form of a toxicity fallback (the full reason is in index.html).
FALLBACK_NOTE = (
    "Linear tier, not Detoxify: Detoxify weights were not found on this machine "
    "(see index.html for how to get them)."
)


@dataclass
class Report:
    """What a report run produced: the three tables, the summary and drawn figures."""

    pages: pl.DataFrame
    units: pl.DataFrame
    scores: pl.DataFrame
    summary: pl.DataFrame
    figures: dict[str, Figure] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    tables: dict[str, pl.DataFrame] = field(default_factory=dict)  # see research_tables


def build_report(
    inputs: Sequence[str | Path] = DEFAULT_INPUTS,
    *,
    from_dir: Path | None = None,
    toxicity_model: str | None = None,
    model_dir: Path | None = None,
    toxicity: bool = True,
    seed: int = 0,
    cache: Path | None = None,
    record_fields: dict[str, Any] | None = None,
    say: Callable[[str], None] | None = None,
    draw: bool = True,
    all_languages: bool = False,
) -> Report:
    """Load (or read a run's shards from ``from_dir``), score, analyse and draw.

    ``all_languages`` scores every unit with every model, whatever its language (by
    default English-only models leave other languages null; see ``score_units``).
    """
    say = say or (lambda message: None)
    notes: list[str] = []
    if from_dir is not None:
        pages, units, scores = read_run(from_dir)
        say(f"read {pages.height} pages, {units.height} units from {from_dir}/")
    else:
        pages, units = _parse(inputs, record_fields or {}, say)
        scorer = None
        if toxicity:
            scorer, note = _toxicity(toxicity_model, model_dir, say)
            notes += [note] if note else []
        scores = _score(units, scorer, cache, say, all_languages)
    notes += _model_notes(scores, notes)
    fallback = bool(notes)
    advice = language_advice(units["lang"] if "lang" in units.columns else None, scores)
    if advice:
        notes.append(advice)
        warnings.warn(advice, LanguageNote, stacklevel=2)  # the CLI prints it as a note
    summary = analysis.page_summary(pages, units, scores)
    report = Report(pages, units, scores, summary, notes=notes)
    report.tables = research_tables(pages, units, scores)
    if draw:
        note = FALLBACK_NOTE if fallback else None
        report.figures = draw_figures(ReportInputs(pages, units, scores, seed=seed, note=note))
        say(f"drew {len(report.figures)} figures")
    return report


class LanguageNote(UserWarning):
    """Most units are in languages the chosen models were not made for."""


def research_tables(
    pages: pl.DataFrame, units: pl.DataFrame, scores: pl.DataFrame
) -> dict[str, pl.DataFrame]:
    """The per-thread, per-site, per-language and pooled tables written next to the figures.

    >>> report = build_report(["seeds"], toxicity=False, draw=False)
    >>> sorted(report.tables)
    ['languages', 'pingback_sites', 'pooled', 'threads']
    """
    scored = analysis.scored_units(units, scores)
    failed = pages.filter(pl.col("status") != "ok")["page_id"]
    pooled = [
        analysis.pooled_divergence(
            analysis.divergence(scored, metric, pages=pages["page_id"], errors=failed)
        )
        for metric in analysis.SUMMARY_METRICS.values()
        if metric in scored.columns and scored[metric].null_count() < scored.height
    ]
    metric = "toxicity" if "toxicity" in scored.columns else None
    return {
        "pooled": pl.concat(pooled) if pooled else pl.DataFrame(),
        "threads": analysis.thread_stats(scored, metric),
        "pingback_sites": analysis.pingback_sites(units),
        "languages": analysis.language_summary(units, scores),
    }


def read_run(run_dir: str | Path) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """The ``pages``, ``units`` and ``scores`` tables of a run's completed chunks.

    Reads through :class:`~comments.engines.shards.ShardStore` (chunks without a
    completion marker, left by a killed run, are skipped).
    """
    from ..engines.shards import ShardStore

    store = ShardStore(run_dir)
    if not store.done_chunks():
        raise InputError(
            f"{run_dir}/ holds no completed .parquet shards — is {run_dir} the --out "
            "folder of `comments run`?"
        )
    pages, units, scores = (store.read(name) for name in ("pages", "units", "scores"))
    return pages, units, scores


def _parse(
    inputs: Sequence[str | Path], fields: dict[str, Any], say: Callable[[str], None]
) -> tuple[pl.DataFrame, pl.DataFrame]:
    from ..corpus import load_corpus

    missing = [str(p) for p in inputs if not Path(p).exists()]
    if missing:
        raise InputError(
            f"input not found: {', '.join(missing)} — give existing files or "
            "folders of pages (default: seeds/)"
        )
    corpus = load_corpus(inputs, **fields)
    errors = corpus.errors.height
    say(f"parsed {corpus.pages.height} pages ({errors} with errors), {corpus.units.height} texts")
    return corpus.pages, corpus.units


def _toxicity(
    model: str | None, model_dir: Path | None, say: Callable[[str], None]
) -> tuple[Any, str | None]:
    from ..scoring.resolve import resolve_toxicity

    choice = resolve_toxicity(model, model_dir=model_dir)
    say(f"toxicity model: {choice.name}")
    return choice.scorer, choice.note


def _score(
    units: pl.DataFrame,
    scorer: Any,
    cache: Path | None,
    say: Callable[[str], None],
    all_languages: bool = False,
) -> pl.DataFrame:
    from ..scoring.pipeline import score_units

    scores = score_units(
        units,
        sentiment=True,
        toxicity=scorer,
        cache=cache,
        progress=None,
        all_languages=all_languages,
    )
    say(f"scored {scores.height} texts")
    return scores


def _model_notes(scores: pl.DataFrame, notes: list[str]) -> list[str]:
    linear = [m for m in toxicity_models(scores) if m == LINEAR_MODEL_NAME]
    if linear and not notes:  # e.g. --from DIR: the run's fallback reason is not known here
        return [f"Toxicity scored by the linear tier ({', '.join(linear)}), not Detoxify."]
    return []
