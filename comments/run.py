"""Command line: parse and score a whole corpus into Parquet shards.

    python -m comments.run INPUT... --out DIR [--engine local|ray] [--workers N]
                           [--toxicity-model NAME] [--chunk-size N] [--overwrite]

Writes ``DIR/pages/*.parquet``, ``DIR/units/*.parquet`` and ``DIR/scores/*.parquet``
(see :mod:`comments.engines.shards`). Killed runs resume when the same command is run
again; ``python -m comments.report --from DIR`` draws the figures from the shards.

>>> parse_args(["seeds", "--out", "runs/x", "--workers", "2"]).workers
2
"""

from __future__ import annotations

import argparse
import sys
import warnings
from collections.abc import Sequence

from .corpus import add_record_field_options, record_field_options
from .engines import ENGINES, NO_TOXICITY, RunOptions, run
from .errors import CommentsError

__all__ = ["main", "options_from_args", "parse_args"]


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The parsed command line (``--help`` lists every option)."""
    parser = argparse.ArgumentParser(
        prog="python -m comments.run",
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
    parser.add_argument(
        "--toxicity-model",
        default=None,
        metavar="NAME",
        help="Detoxify model name or 'profanity-check' (linear tier); default: Detoxify "
        f"'unbiased' when its weights resolve locally, else the linear tier; {NO_TOXICITY!r}: "
        "sentiment only",
    )
    parser.add_argument(
        "--model-dir",
        default=None,
        metavar="DIR",
        help="model folder made by `python -m comments.models fetch MODEL --to DIR`",
    )
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


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (2 for errors the user can fix)."""
    args = parse_args(argv)
    try:
        with warnings.catch_warnings():
            warnings.showwarning = _print_note  # e.g. "toxicity falls back to the linear tier"
            summary = run(options_from_args(args))
    except CommentsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if not args.quiet:
        print(summary, file=sys.stderr)
    return 0


def _print_note(message: Warning | str, *_: object, **__: object) -> None:
    print(f"note: {message}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
