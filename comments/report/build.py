"""Build a report: load (parse, or read a run's shards), score, analyse, draw.

A thin composition of the stages; nothing is written (see :mod:`.write`) and nothing is
printed (progress goes to the ``say`` callback, the toxicity fallback is a warning and
a note in :attr:`Report.notes`).
"""

from __future__ import annotations

import tempfile
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import polars as pl

from ..errors import InputError
from ..scoring.languages import language_advice_from_counts
from ..scoring.linear import LINEAR_MODEL_NAME
from .aggregate import aggregate
from .registry import draw_figures
from .source import ReportSource, RunSource, TablesSource

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
    """What a report run produced: its corpus, the summary, research tables and figures.

    ``summary`` (one row per page) and ``tables["threads"]`` (one row per thread) are lazy
    frames over rows staged in a temporary folder that lives as long as the report;
    ``listed`` holds the summary rows index.html lists. ``pages``, ``units`` and
    ``scores`` read a whole table from ``source`` when asked for (for research code: the
    report itself never holds them).
    """

    source: ReportSource
    summary: pl.LazyFrame
    listed: pl.DataFrame
    n_pages: int
    figures: dict[str, Figure] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    tables: dict[str, pl.DataFrame | pl.LazyFrame] = field(default_factory=dict)
    staging: tempfile.TemporaryDirectory | None = field(default=None, repr=False)

    @property
    def pages(self) -> pl.DataFrame:
        """The whole ``pages`` table, read now."""
        return self.source.scan("pages").collect()

    @property
    def units(self) -> pl.DataFrame:
        """The whole ``units`` table, read now."""
        return self.source.scan("units").collect()

    @property
    def scores(self) -> pl.DataFrame:
        """The whole ``scores`` table, read now."""
        return self.source.scan("scores").collect()


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

    The corpus is read once in batches of whole pages (a run folder: a few chunks at a
    time), so memory does not grow with it (:mod:`.aggregate`). ``all_languages`` scores
    every unit with every model, whatever its language (by default English-only models
    leave other languages null; see ``score_units``). ``seed`` is accepted for older
    callers: nothing is resampled.

    >>> report = build_report(["seeds"], toxicity=False, draw=False)
    >>> report.n_pages, report.scores["toxicity_model"].null_count() == report.scores.height
    (5, True)
    >>> sorted(report.tables)
    ['languages', 'pingback_sites', 'pooled', 'threads']
    """
    say = say or (lambda message: None)
    notes: list[str] = []
    if from_dir is not None:
        source: ReportSource = RunSource(from_dir)
    else:
        pages, units = _parse(inputs, record_fields or {}, say)
        scorer = None
        if toxicity:
            scorer, note = _toxicity(toxicity_model, model_dir, say)
            notes += [note] if note else []
        source = TablesSource(pages, units, _score(units, scorer, cache, say, all_languages))
    staging = tempfile.TemporaryDirectory(prefix="comments-report-")
    result = aggregate(source, Path(staging.name))
    if from_dir is not None:
        say(f"read {source.n_pages} pages, {source.n_units} units from {from_dir}/")
    models = result.inputs.models
    notes += _model_notes(models, notes)
    fallback = bool(notes)
    advice = language_advice_from_counts(result.not_english, result.n_units, set(models))
    if advice:
        notes.append(advice)
        warnings.warn(advice, LanguageNote, stacklevel=2)  # the CLI prints it as a note
    report = Report(
        source,
        result.summary,
        result.listed,
        result.n_pages,
        notes=notes,
        tables=result.research,
        staging=staging,
    )
    if draw:
        noted = replace(result.inputs, note=FALLBACK_NOTE if fallback else None)
        report.figures = draw_figures(noted)
        say(f"drew {len(report.figures)} figures")
    return report


class LanguageNote(UserWarning):
    """Most units are in languages the chosen models were not made for."""


def read_run(run_dir: str | Path) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """The ``pages``, ``units`` and ``scores`` tables of a run's completed chunks, whole
    (for research code; the report reads a run in batches, :class:`.source.RunSource`).

    Reads through :class:`~comments.engines.shards.ShardStore` (chunks without a
    completion marker, left by a killed run, are skipped).
    """
    store = RunSource(run_dir).store
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


def _model_notes(models: list[str], notes: list[str]) -> list[str]:
    linear = [m for m in models if m == LINEAR_MODEL_NAME]
    if linear and not notes:  # e.g. --from DIR: the run's fallback reason is not known here
        return [f"Toxicity scored by the linear tier ({', '.join(linear)}), not Detoxify."]
    return []
