"""``comments models``: prepare Detoxify model folders for offline machines.

Commands::

    comments models list                      # known models, found where
    comments models fetch unbiased --to DIR   # download into a model folder
    comments models check DIR                 # verify hashes, load it

(``python -m comments.models`` is the same command.) ``fetch`` downloads Detoxify's
released checkpoint and the base model's ``config.json`` and tokenizer files, then
writes ``comments-model.json`` (each file's URL, size and sha256). Copy DIR to the
offline machine and point the toolkit at it with ``ToxicityScorer(model=...,
model_dir=DIR)``, the report's ``--model-dir DIR``, or ``COMMENTS_MODELS`` (the folder
that holds ``<model name>/``). Sources can be redirected: see
:mod:`comments.scoring.download`.

    >>> build_parser().parse_args(["check", "models/unbiased"]).folder
    'models/unbiased'
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from ..errors import CommentsError
from ..scoring.download import CHECKPOINT_URL_VARIABLE, HUB_URL_VARIABLE, fetch_model
from ..scoring.model_folders import check_folder, resolve_model_folder
from ..scoring.releases import KNOWN_MODELS
from .options import byte_size

__all__ = ["build_parser", "main"]

DESCRIPTION = "Prepare Detoxify model folders for offline machines."


def main(argv: Sequence[str] | None = None, prog: str = "comments models") -> int:
    """Run ``comments models``; returns the exit status (1 on an error)."""
    args = build_parser(prog).parse_args(argv)
    try:
        if args.command == "list":
            print(_listing())
        elif args.command == "fetch":
            dest = fetch_model(
                args.model,
                args.to,
                checkpoint_url=args.checkpoint_url,
                hub_url=args.hub_url,
                max_bytes=args.max_download_bytes,
            )
            print(
                f"model folder ready: {dest}\nuse it with ToxicityScorer(model="
                f"{args.model!r}, model_dir={str(dest)!r}) or --model-dir {dest}"
            )
        else:
            print(check_folder(args.folder, args.model))
    except (CommentsError, OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


def build_parser(prog: str = "comments models") -> argparse.ArgumentParser:
    """The command-line interface (``--help`` explains every command)."""
    parser = argparse.ArgumentParser(prog=prog, description=DESCRIPTION)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("list", help="known Detoxify models and where they resolve now")
    fetch = commands.add_parser("fetch", help="download a model folder (needs internet)")
    fetch.add_argument("model", choices=sorted(KNOWN_MODELS))
    fetch.add_argument("--to", required=True, help="folder to create or complete")
    fetch.add_argument(
        "--checkpoint-url", help=f"checkpoint source (or ${CHECKPOINT_URL_VARIABLE})"
    )
    fetch.add_argument("--hub-url", help=f"Hugging Face base URL (or ${HUB_URL_VARIABLE})")
    fetch.add_argument(
        "--max-download-bytes",
        type=byte_size,
        default=None,
        metavar="SIZE",
        help="largest file accepted, in bytes or with K/M/G (default: the model's checkpoint "
        "size with room to spare, 64M for the tokenizer and config files)",
    )
    check = commands.add_parser("check", help="verify and load a model folder")
    check.add_argument("folder")
    check.add_argument("--model", choices=sorted(KNOWN_MODELS))
    return parser


def _listing() -> str:
    lines = []
    for name, spec in KNOWN_MODELS.items():
        try:
            where = str(resolve_model_folder(name, download=False).hf_dir)
        except CommentsError:
            where = "not on this machine"
        lines.append(f"{name:15} base {spec.base_model:17} {where}")
    return "\n".join(lines)
