"""``python -m comments.report``: figures and tables comparing discussions with articles.

A thin composition of the stages: load (parse, or read a run's Parquet shards with
``--from``), score (through the scoring cache), analyse, draw, write. With no
arguments it reads ``seeds/`` and writes ``figures/``::

    python -m comments.report                      # seeds/ -> figures/
    python -m comments.report corpus/ --out out/ --format svg
    python -m comments.report --from run_dir/      # shards of `python -m comments.run`

Library use: :func:`build_report` returns the tables and figures without writing.

    >>> build_parser().parse_args([]).out
    PosixPath('figures')
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import polars as pl

from . import analysis, figures
from .corpus import add_record_field_options, record_field_options
from .errors import CommentsError, InputError
from .html import render_index
from .tables import SCORES_SCHEMA, TOXICITY_COLUMNS

if TYPE_CHECKING:
    from matplotlib.figure import Figure

__all__ = ["Report", "build_parser", "build_report", "load_shards", "main", "write_report"]

DEFAULT_INPUTS = (Path("seeds"),)
DEFAULT_OUT = Path("figures")
FORMATS = ("png", "svg", "pdf")
#: Toxicity scorers that are not Detoxify: their runs get no per-label figure and a note.
LINEAR_TIERS = ("profanity-check",)
SHARD_TABLES = ("pages", "units", "scores")
FALLBACK_NOTE = (
    "Linear tier, not Detoxify: Detoxify weights were not found on this machine "
    "(see index.html for how to get them)."
)
CACHE_FILE = Path(".cache") / "scores.parquet"
_DPI = 150
# Text cells that spreadsheet programs run as formulas: those starting with = + - @,
# tab or carriage return (OWASP's CSV-injection list). summary.csv quotes them.
FORMULA_START = r"^[=+\-@\t\r]"


@dataclass
class Report:
    """What a report run produced: the three tables, the summary and drawn figures."""

    pages: pl.DataFrame
    units: pl.DataFrame
    scores: pl.DataFrame
    summary: pl.DataFrame
    figures: dict[str, Figure] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def build_parser() -> argparse.ArgumentParser:
    """The command-line interface (``--help`` explains every option)."""
    parser = argparse.ArgumentParser(
        prog="python -m comments.report",
        description="Parse and score article pages, then draw figures and write tables that "
        "show how the reader discussion differs from the article.",
    )
    parser.add_argument(
        "inputs",
        nargs="*",
        type=Path,
        metavar="INPUT",
        help="page files or folders (.txt, .jsonl[.gz], .parquet); default: seeds/",
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=DEFAULT_OUT,
        help="folder for figures, summary.csv, Parquet tables and index.html (default: figures/)",
    )
    parser.add_argument(
        "--toxicity-model",
        metavar="NAME",
        help="toxicity model: a Detoxify model ('original', 'unbiased', 'multilingual', "
        "'original-small', 'unbiased-small') or 'profanity-check' (linear tier). Default: "
        "Detoxify 'unbiased' when its weights are available, else the linear "
        "tier (with a note). An explicitly named model that is unavailable "
        "is an error.",
    )
    parser.add_argument(
        "--model-dir",
        type=Path,
        metavar="DIR",
        help="model folder (Detoxify checkpoint + base model config/tokenizer, made by "
        "`python -m comments.models fetch MODEL --to DIR`); nothing is downloaded",
    )
    parser.add_argument(
        "--format", choices=FORMATS, default="png", help="figure file format (default: png)"
    )
    parser.add_argument(
        "--no-toxicity",
        action="store_true",
        help="score sentiment only; toxicity figures are left out",
    )
    parser.add_argument(
        "--seed", type=int, default=0, help="seed of the bootstrap intervals (default: 0)"
    )
    parser.add_argument(
        "--from",
        dest="from_dir",
        type=Path,
        metavar="DIR",
        help="draw from the Parquet shards of `python -m comments.run --out DIR` "
        "(DIR/pages, DIR/units, DIR/scores) without parsing or scoring",
    )
    add_record_field_options(parser)
    parser.add_argument("--quiet", action="store_true", help="no progress messages")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the report command; returns the exit status (2 on a user error)."""
    args = build_parser().parse_args(argv)
    say = _Progress(quiet=args.quiet)
    try:
        if args.from_dir is not None and args.inputs:
            raise InputError("give either INPUT paths or --from DIR, not both")
        report = build_report(
            args.inputs or list(DEFAULT_INPUTS),
            from_dir=args.from_dir,
            toxicity_model=args.toxicity_model,
            model_dir=args.model_dir,
            toxicity=not args.no_toxicity,
            seed=args.seed,
            cache=args.out / CACHE_FILE,
            record_fields=record_field_options(args),
            say=say,
        )
        written = write_report(report, args.out, fmt=args.format)
    except CommentsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    say(f"wrote {len(written)} files to {args.out}/ (open {args.out / 'index.html'})")
    return 0


class _Progress:
    """Stage messages with elapsed time on stderr (silent with ``--quiet``)."""

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet
        self.start = time.perf_counter()

    def __call__(self, message: str) -> None:
        if not self.quiet:
            print(f"[{time.perf_counter() - self.start:6.1f}s] {message}", file=sys.stderr)


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
    say: Any = None,
) -> Report:
    """Load (or read shards), score, analyse and draw; nothing is written."""
    say = say or (lambda message: None)
    notes: list[str] = []
    if from_dir is not None:
        pages, units, scores = load_shards(from_dir)
        say(f"read {pages.height} pages, {units.height} units from {from_dir}/")
    else:
        pages, units, scores = _parse_and_score(
            inputs, toxicity_model, model_dir, toxicity, cache, notes, say, record_fields or {}
        )
    notes += _model_notes(scores, notes)
    summary = analysis.page_summary(pages, units, scores, seed=seed)
    report = Report(pages, units, scores, summary, notes=notes)
    report.figures = draw_figures(pages, units, scores, seed=seed, note=_toxicity_note(notes))
    say(f"drew {len(report.figures)} figures")
    return report


def _parse_and_score(inputs, toxicity_model, model_dir, toxicity, cache, notes, say, fields):
    from .corpus import load_corpus
    from .scoring import score_units

    _check_inputs(inputs)
    corpus = load_corpus(inputs, **fields)
    errors = corpus.pages.filter(pl.col("status") != "ok").height
    say(f"parsed {corpus.pages.height} pages ({errors} with errors), {corpus.units.height} texts")
    scorer = None
    if toxicity:
        from .scoring.toxicity import resolve_toxicity

        scorer, fallback = resolve_toxicity(toxicity_model, model_dir=model_dir)
        if fallback:
            print(f"note: {fallback}", file=sys.stderr)
            notes.append(fallback)
        say(f"toxicity model: {scorer.name}")
    scores = score_units(corpus.units, sentiment=True, toxicity=scorer, cache=cache, progress=None)
    say(f"scored {scores.height} texts")
    return corpus.pages, corpus.units, scores


def _check_inputs(inputs: Sequence[str | Path]) -> None:
    missing = [str(p) for p in inputs if not Path(p).exists()]
    if missing:
        raise InputError(
            f"input not found: {', '.join(missing)} — give existing files or "
            "folders of pages (default: seeds/)"
        )


def load_shards(run_dir: str | Path) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """The ``pages``, ``units`` and ``scores`` tables from a run's Parquet shards.

    Reads ``run_dir/<table>/*.parquet`` as written by ``python -m comments.run``; a
    missing ``scores`` folder gives an empty scores table (figures without scores).
    """
    run_dir = Path(run_dir)
    complete = _completed_chunks(run_dir)
    tables = []
    for name in SHARD_TABLES:
        shards = sorted((run_dir / name).glob("*.parquet"))
        if complete is not None:  # a killed, not yet resumed run: skip its partial chunks
            shards = [shard for shard in shards if shard.stem in complete]
        if not shards:
            if name == "scores":
                tables.append(pl.DataFrame(schema=SCORES_SCHEMA))
                continue
            raise InputError(
                f"{run_dir / name}/ holds no .parquet shards — is {run_dir} the "
                "--out folder of `python -m comments.run`?"
            )
        tables.append(pl.scan_parquet(shards).collect())
    pages, units, scores = tables
    # A resumed run may have written a page's rows twice; keep one copy of each.
    return (
        pages.unique("page_id", keep="last", maintain_order=True),
        units.unique("unit_id", keep="last", maintain_order=True),
        scores.unique("unit_id", keep="last", maintain_order=True),
    )


def _completed_chunks(run_dir: Path) -> set[str] | None:
    """Chunk names with a completion marker, or None when the folder has no markers.

    ``python -m comments.run`` writes a chunk's marker only after its three shards, so
    shards without one belong to a chunk a killed run had not finished.
    """
    from .engines.shards import DONE_DIR

    done_dir = run_dir / DONE_DIR
    if not done_dir.is_dir():
        return None
    return {marker.stem for marker in done_dir.glob("*.json")}


def _model_notes(scores: pl.DataFrame, notes: list[str]) -> list[str]:
    models = _toxicity_models(scores)
    linear = [m for m in models if m in LINEAR_TIERS]
    if linear and not notes:  # e.g. --from DIR: the run's fallback reason is not known here
        return [f"Toxicity scored by the linear tier ({', '.join(linear)}), not Detoxify."]
    return []


def _toxicity_models(scores: pl.DataFrame) -> list[str]:
    if "toxicity_model" not in scores.columns:
        return []
    return sorted(scores["toxicity_model"].drop_nulls().unique().to_list())


def _toxicity_note(notes: list[str]) -> str | None:
    """The figures' short form of a fallback (the full reason is on stderr and index.html)."""
    return FALLBACK_NOTE if notes else None


def draw_figures(
    pages: pl.DataFrame,
    units: pl.DataFrame,
    scores: pl.DataFrame,
    *,
    seed: int = 0,
    note: str | None = None,
) -> dict[str, Figure]:
    """Every figure the tables support, keyed by its file stem (see ``figures.FIGURES``).

    Toxicity panels appear only when toxicity was scored; the per-label figure only
    when a Detoxify model scored more labels than ``toxicity``.
    """
    scored = analysis.scored_units(units, scores)
    models = _toxicity_models(scores)
    tox_note = _model_line(models, note)
    metrics = [
        m
        for m in figures.METRIC_AXES
        if m in scored.columns and scored[m].null_count() < scored.height
    ]
    ok = pages.filter(pl.col("status") == "ok")
    labels = figures.page_labels(pages)
    ok_labels = figures.page_labels(ok)
    pooled = {m: analysis.group_summary(scored, m) for m in metrics}
    drawn: dict[str, Figure] = {}
    if metrics:
        per_page = {m: analysis.group_summary(scored, m, by_page=True) for m in metrics}
        drawn["01_article_vs_discussion"] = figures.article_vs_discussion(
            scored, pooled, per_page, ok_labels, tox_note
        )
        failed = pages.filter(pl.col("status") != "ok")["page_id"]
        divergences = {
            m: analysis.divergence(scored, m, seed=seed, pages=labels, errors=failed)
            for m in metrics
        }
        drawn["02_divergence_by_page"] = figures.divergence_by_page(divergences, labels, tox_note)
    thread_metric = "toxicity" if "toxicity" in metrics else "sentiment_compound"
    drawn["03_thread_maps"] = figures.thread_maps(
        analysis.thread_layout(scored), ok_labels, thread_metric, tox_note
    )
    if metrics:
        profiles = {m: analysis.depth_profile(scored, m) for m in metrics}
        deltas = {m: analysis.reply_deltas(scored, m) for m in metrics}
        article_means = {m: _pooled_mean(pooled[m], analysis.ARTICLE) for m in metrics}
        drawn["04_tone_down_thread"] = figures.tone_down_thread(
            profiles, deltas, scored, article_means, tox_note
        )
    labels_scored = [c for c in TOXICITY_COLUMNS if c != "toxicity"]
    attributes = analysis.attribute_comparison(scored, ["toxicity", *labels_scored])
    if set(attributes["metric"].to_list()) & set(labels_scored):
        drawn["05_toxicity_attributes"] = figures.toxicity_attributes(attributes, tox_note)
    drawn["06_words_of_discussion"] = figures.words_of_discussion(analysis.log_odds(scored))
    drawn["07_completeness_and_pingbacks"] = figures.completeness_and_pingbacks(
        analysis.completeness(pages), analysis.pingback_sites(units), labels
    )
    return drawn


def _model_line(models: list[str], note: str | None) -> str | None:
    if not models:
        return note
    line = f"Toxicity model: {', '.join(models)}."
    return f"{line} {note}" if note else line


def _pooled_mean(pooled: pl.DataFrame, kind: str) -> float | None:
    rows = pooled.filter(pl.col("kind") == kind)
    return rows["mean"][0] if rows.height else None


def spreadsheet_safe(table: pl.DataFrame) -> pl.DataFrame:
    """``table`` with every text cell that starts with a formula trigger prefixed by ``'``.

    Page titles are untrusted: ``=HYPERLINK(...)`` in a title must stay text when
    summary.csv is opened in a spreadsheet. The Parquet tables keep the text as written.

    >>> spreadsheet_safe(pl.DataFrame({"title": ["=1+1", "Fine", None]}))["title"].to_list()
    ["'=1+1", 'Fine', None]
    """
    return table.with_columns(
        pl.when(pl.col(name).str.contains(FORMULA_START))
        .then(pl.lit("'") + pl.col(name))
        .otherwise(pl.col(name))
        .alias(name)
        for name, dtype in table.schema.items()
        if dtype == pl.String
    )


def write_report(report: Report, out: Path, *, fmt: str = "png") -> list[Path]:
    """Write figures, ``summary.csv``, the Parquet tables and ``index.html`` into ``out``.

    Figure files of earlier runs that this run did not draw (e.g. the per-label
    toxicity figure after a switch to the linear tier) are removed, so the folder
    and ``index.html`` always agree.
    """
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"cannot create output folder {out}: {exc} — pick another --out") from exc
    written = []
    for stem in figures.FIGURES:
        path = out / f"{stem}.{fmt}"
        if stem in report.figures:
            report.figures[stem].savefig(path, dpi=_DPI, bbox_inches="tight")
            written.append(path)
        elif path.exists():
            path.unlink()
    for name, table in (
        ("pages", report.pages),
        ("units", report.units),
        ("scores", report.scores),
    ):
        table.write_parquet(out / f"{name}.parquet")
        written.append(out / f"{name}.parquet")
    spreadsheet_safe(report.summary).write_csv(out / "summary.csv")
    written.append(out / "summary.csv")
    shown = [
        (f"{stem}.{fmt}", figures.FIGURES[stem])
        for stem in figures.FIGURES
        if stem in report.figures
    ]
    html = render_index(
        shown,
        report.summary,
        notes=report.notes,
        tables=["summary.csv", "pages.parquet", "units.parquet", "scores.parquet"],
    )
    (out / "index.html").write_text(html, encoding="utf-8")
    written.append(out / "index.html")
    return written


if __name__ == "__main__":
    sys.exit(main())
