"""``comments report``: figures and tables comparing discussions with articles.

With no arguments it reads ``seeds/`` and writes ``figures/``::

    comments report                      # seeds/ -> figures/
    comments report corpus/ --out out/ --format svg
    comments report --from run_dir/      # shards of `comments run`

(``python -m comments.report`` is the same command.) Library use:
:func:`comments.report.build_report` and :func:`comments.report.write_report`.

    >>> build_parser().parse_args([]).out
    PosixPath('figures')
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from ..atomic import WRITE_ERRORS, write_error_reason
from ..errors import CommentsError, InputError
from ..report import build_report, write_report
from ..report.build import DEFAULT_INPUTS
from ..report.write import FORMATS
from .options import (
    add_record_field_options,
    add_toxicity_options,
    notes_on_stderr,
    print_error,
    record_field_options,
)

__all__ = ["build_parser", "main"]

DEFAULT_OUT = Path("figures")
CACHE_FILE = Path(".cache") / "scores.parquet"


def build_parser(prog: str = "comments report") -> argparse.ArgumentParser:
    """The command-line interface (``--help`` explains every option)."""
    parser = argparse.ArgumentParser(
        prog=prog,
        description="Parse and score article pages, then draw figures and write tables that "
        "show how the reader discussion differs from the article.",
    )
    parser.add_argument(
        "inputs",
        nargs="*",
        type=Path,
        metavar="INPUT",
        help="page files or folders (.txt, .jsonl[.gz], .parquet, .html[.gz], .warc[.gz]); "
        "default: seeds/",
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=DEFAULT_OUT,
        help="folder for figures, summary.csv, Parquet tables and index.html (default: figures/)",
    )
    add_toxicity_options(parser)
    parser.add_argument(
        "--format", choices=FORMATS, default="png", help="figure file format (default: png)"
    )
    parser.add_argument(
        "--seed",
        type=int,
        default=0,
        help="kept so that older commands run; the intervals are computed, not resampled",
    )
    parser.add_argument(
        "--from",
        dest="from_dir",
        type=Path,
        metavar="DIR",
        help="draw from the Parquet shards of `comments run --out DIR` "
        "(DIR/pages, DIR/units, DIR/scores) without parsing or scoring",
    )
    add_record_field_options(parser)
    parser.add_argument("--quiet", action="store_true", help="no progress messages")
    return parser


def main(argv: Sequence[str] | None = None, prog: str = "comments report") -> int:
    """Run the report command; returns the exit status (2 on a user error)."""
    args = build_parser(prog).parse_args(argv)
    say = _Progress(quiet=args.quiet)
    try:
        if args.from_dir is not None and args.inputs:
            raise InputError("give either INPUT paths or --from DIR, not both")
        with notes_on_stderr():  # e.g. "toxicity falls back to the linear tier"
            report = build_report(
                args.inputs or list(DEFAULT_INPUTS),
                from_dir=args.from_dir,
                toxicity_model=args.toxicity_model,
                model_dir=args.model_dir,
                all_languages=args.all_languages,
                seed=args.seed,
                cache=args.out / CACHE_FILE,
                record_fields=record_field_options(args),
                say=say,
            )
        written = write_report(report, args.out, fmt=args.format)
    except CommentsError as exc:
        print_error(exc)
        return 2
    except WRITE_ERRORS as exc:  # a full disk, a read-only folder: say which, not a traceback
        print_error(
            f"{args.out}: {write_error_reason(exc)}; free some space or choose another --out"
        )
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
