"""The ``comments`` command: ``comments parse | run | report | models | convokit ...``.

Each subcommand is one module of this package (its options, help and exit status);
the options several commands share are defined once in :mod:`.options`. The old
spellings ``python -m comments.parse``, ``python -m comments.run``, ``python -m
comments.report`` and ``python -m comments.models`` run the same code.

    >>> main(["--help"])  # doctest: +ELLIPSIS
    usage: comments {parse,run,report,models,convokit} ...
    ...
    0
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence

__all__ = ["COMMANDS", "main"]

#: Subcommand -> (module, one-line help). Modules load only when their command runs.
COMMANDS: dict[str, tuple[str, str]] = {
    "parse": ("comments.cli.parse", "parse pages, print a summary, write the units table"),
    "run": ("comments.cli.run", "parse and score a corpus into Parquet shards (resumable)"),
    "report": ("comments.cli.report", "figures and tables: discussion vs article"),
    "models": ("comments.cli.models", "prepare Detoxify model folders for offline machines"),
    "convokit": ("comments.cli.convokit", "write the threads as a ConvoKit corpus folder"),
}
EXIT_USAGE = 2


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``comments COMMAND ...``; returns the command's exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in ("-h", "--help"):
        print(_usage())
        return 0 if args else EXIT_USAGE
    command, rest = args[0], args[1:]
    if command not in COMMANDS:
        print(f"{_usage()}\ncomments: error: unknown command {command!r}", file=sys.stderr)
        return EXIT_USAGE
    module = importlib.import_module(COMMANDS[command][0])
    return int(module.main(rest, prog=f"comments {command}"))


def _usage() -> str:
    lines = [f"usage: comments {{{','.join(COMMANDS)}}} ...", "", "commands:"]
    lines += [f"  {name:8} {help_text}" for name, (_, help_text) in COMMANDS.items()]
    lines.append("\n`comments COMMAND --help` explains each command's options.")
    return "\n".join(lines)
