"""``comments run``: parse and score a whole corpus into Parquet shards.

    comments run INPUT... --out DIR [--engine local|ray] [--workers N]
                 [--toxicity-model NAME | --no-toxicity] [--all-languages]
                 [--chunk-size N] [--overwrite]

(``python -m comments.run`` is the same command.) Writes ``DIR/pages/*.parquet``,
``DIR/units/*.parquet`` and ``DIR/scores/*.parquet`` (see :mod:`comments.engines.shards`).
Killed runs resume when the same command is run again; ``comments report --from DIR``
draws the figures from the shards.

>>> parse_args(["seeds", "--out", "runs/x", "--workers", "2"]).workers
2
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..engines import ENGINES, RunOptions, run
from ..errors import CommentsError
from .options import (
    add_record_field_options,
    add_toxicity_options,
    notes_on_stderr,
    print_error,
    print_note,
    record_field_options,
)

__all__ = ["main", "options_from_args", "parse_args", "run_advice"]

EXIT_OK, EXIT_NOTHING_PARSED = 0, 1


def parse_args(argv: Sequence[str] | None = None, prog: str = "comments run") -> argparse.Namespace:
    """The parsed command line (``--help`` lists every option)."""
    parser = argparse.ArgumentParser(
        prog=prog,
        description="Parse and score a corpus of article pages into Parquet shards "
        "(pages, units, scores) under --out; rerun the same command to resume.",
    )
    parser.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="files or folders of .txt, .jsonl, .jsonl.gz, .parquet, .html, .htm, .html.gz, "
        ".warc or .warc.gz",
    )
    parser.add_argument("--out", required=True, metavar="DIR", help="output folder")
    parser.add_argument(
        "--engine",
        choices=ENGINES,
        default="local",
        help="local: a process pool on this machine (default, resumable); ray: a Ray Data "
        "pipeline on the cluster in RAY_ADDRESS or a local Ray instance (needs comments[ray])",
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=None,
        help="parser/VADER processes (default: one per core; 0: none)",
    )
    parser.add_argument(
        "--chunk-size", type=int, default=1000, help="pages per shard (default 1000)"
    )
    add_toxicity_options(parser)
    parser.add_argument(
        "--device", default=None, help="torch device for toxicity: auto (default), cpu, cuda…"
    )
    parser.add_argument(
        "--batch-size", type=int, default=None, help="toxicity windows per forward pass"
    )
    add_record_field_options(parser)
    parser.add_argument(
        "--overwrite", action="store_true", help="empty --out first instead of resuming"
    )
    parser.add_argument("--quiet", action="store_true", help="no progress bar or summary")
    return parser.parse_args(argv)


def options_from_args(args: argparse.Namespace) -> RunOptions:
    """The :class:`~comments.engines.RunOptions` of a parsed command line."""
    return RunOptions(
        inputs=tuple(args.inputs),
        out=args.out,
        engine=args.engine,
        workers=args.workers,
        chunk_size=args.chunk_size,
        toxicity_model=args.toxicity_model,
        model_dir=args.model_dir,
        device=args.device,
        batch_size=args.batch_size,
        **record_field_options(args),
        overwrite=args.overwrite,
        quiet=args.quiet,
        all_languages=args.all_languages,
    )


def main(argv: Sequence[str] | None = None, prog: str = "comments run") -> int:
    """Run the command line; return the exit status: 0, 1 when no page could be parsed
    (every input missing or unreadable, as ``comments parse``), 2 for errors the user can
    fix (bad options, a run folder made from other inputs)."""
    args = parse_args(argv, prog)
    for path in args.inputs:
        if not Path(path).exists():
            print_error(f"{path}: no such file or folder; check the path")
    try:
        with notes_on_stderr():  # e.g. "toxicity falls back to the linear tier"
            summary = run(options_from_args(args))
            advice = run_advice(summary.out)
    except CommentsError as exc:
        print_error(exc)
        return 2
    if advice.note:
        print_note(advice.note)
    if not args.quiet:
        print(summary, file=sys.stderr)
    return EXIT_OK if advice.parsed else EXIT_NOTHING_PARSED


@dataclass(frozen=True)
class RunAdvice:
    """What a finished run's shards say: pages parsed, and the language note if any."""

    parsed: int
    note: str | None


def run_advice(out: str | Path) -> RunAdvice:
    """Pages parsed in the run folder ``out``, and the note suggesting a multilingual
    toxicity model when most units are not English: counts aggregated over the shards'
    small columns, streamed (memory does not grow with the run)."""
    import polars as pl

    from ..engines.shards import ShardStore
    from ..scoring.languages import ENGLISH_ONLY, language_advice_from_counts

    store = ShardStore(out)
    parsed = store.scan("pages").filter(pl.col("status") == "ok").select(pl.len())
    english = pl.col("lang").fill_null(ENGLISH_ONLY[0]) == ENGLISH_ONLY[0]
    langs = store.scan("units").select(pl.len().alias("total"), (~english).sum().alias("other"))
    models = store.scan("scores").select(pl.col("toxicity_model").drop_nulls().unique())
    parsed_n, counts, used = pl.collect_all([parsed, langs, models], engine="streaming")
    advice = language_advice_from_counts(
        int(counts["other"].item()), int(counts["total"].item()), set(used["toxicity_model"])
    )
    return RunAdvice(int(parsed_n.item()), advice)
