"""``comments run``: parse and score a whole corpus into Parquet shards.

    comments run INPUT... --out DIR [--engine local|ray] [--workers N]
                 [--toxicity-model NAME] [--chunk-size N] [--overwrite]

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

from ..engines import ENGINES, NO_TOXICITY, RunOptions, run
from ..errors import CommentsError
from .options import (
    add_record_field_options,
    add_toxicity_options,
    notes_on_stderr,
    print_error,
    record_field_options,
)

__all__ = ["main", "options_from_args", "parse_args"]


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
        help="files or folders of .txt, .jsonl, .jsonl.gz or .parquet",
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
    add_toxicity_options(parser, none_means=f" {NO_TOXICITY!r}: sentiment only.")
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
    )


def main(argv: Sequence[str] | None = None, prog: str = "comments run") -> int:
    """Run the command line; return the exit status (2 for errors the user can fix)."""
    args = parse_args(argv, prog)
    try:
        with notes_on_stderr():  # e.g. "toxicity falls back to the linear tier"
            summary = run(options_from_args(args))
    except CommentsError as exc:
        print_error(exc)
        return 2
    if not args.quiet:
        print(summary, file=sys.stderr)
    return 0
