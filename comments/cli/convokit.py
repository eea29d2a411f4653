"""``comments convokit``: parse and score pages (or read a run), write a ConvoKit corpus.

    comments convokit seeds/ --out convokit-seeds/
    comments convokit --from runs/crawl --out convokit-crawl/

The folder loads with ``convokit.Corpus(filename="convokit-seeds")`` (see
:mod:`comments.convokit` for the mapping); ConvoKit itself is not needed to write it.

    >>> build_parser().parse_args(["seeds", "--out", "ck"]).out
    PosixPath('ck')
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from ..errors import CommentsError, InputError
from .options import (
    add_record_field_options,
    add_toxicity_options,
    notes_on_stderr,
    print_error,
    print_note,
    record_field_options,
)

__all__ = ["build_parser", "main"]


def build_parser(prog: str = "comments convokit") -> argparse.ArgumentParser:
    """The command-line interface (``--help`` explains every option)."""
    parser = argparse.ArgumentParser(
        prog=prog,
        description="Write article paragraphs and comments, with their scores, as a ConvoKit "
        "corpus folder (conversations = pages, speakers = authors per site).",
    )
    parser.add_argument(
        "inputs",
        nargs="*",
        type=Path,
        metavar="INPUT",
        help="page files or folders (.txt, .jsonl[.gz], .parquet, .html[.gz], .warc[.gz])",
    )
    parser.add_argument(
        "--from",
        dest="from_dir",
        type=Path,
        metavar="DIR",
        help="read the shards of `comments run --out DIR` instead of parsing",
    )
    parser.add_argument("--out", type=Path, required=True, help="the corpus folder to write")
    add_toxicity_options(parser)
    add_record_field_options(parser)
    return parser


def main(argv: Sequence[str] | None = None, prog: str = "comments convokit") -> int:
    """Run the command; returns the exit status (2 on a user error)."""
    from ..convokit import write_convokit
    from ..report.build import build_report

    args = build_parser(prog).parse_args(argv)
    try:
        if bool(args.inputs) == (args.from_dir is not None):
            raise InputError("give either INPUT paths or --from DIR")
        with notes_on_stderr():
            report = build_report(
                args.inputs,
                from_dir=args.from_dir,
                toxicity_model=args.toxicity_model,
                model_dir=args.model_dir,
                all_languages=args.all_languages,
                record_fields=record_field_options(args),
                draw=False,
            )
        counts = write_convokit(report.pages, report.units, report.scores, args.out)
    except CommentsError as exc:
        print_error(exc)
        return 2
    print_note(
        f"wrote {counts['utterances']:,} utterances by {counts['speakers']:,} speakers in "
        f"{counts['conversations']:,} conversations to {args.out}/"
    )
    return 0
