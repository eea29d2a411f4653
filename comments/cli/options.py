"""The options and messages every ``comments`` command shares, defined once.

- :func:`add_record_field_options` / :func:`record_field_options`: ``--text-field``,
  ``--id-field``, ``--url-field``, ``--html-field`` and ``--max-record-bytes`` (every
  command that reads a corpus; :func:`byte_size` reads sizes such as ``64M``);
- :func:`add_toxicity_options`: ``--toxicity-model``, ``--no-toxicity``, ``--model-dir``
  and ``--all-languages`` (``run`` and ``report``, spelled the same on both);
- :func:`notes_on_stderr`: warnings meant for the user (the toxicity fallback) as
  ``note: …`` lines, and :func:`print_error` for ``error: …`` lines.

    >>> parser = argparse.ArgumentParser()
    >>> add_toxicity_options(parser)
    >>> parser.parse_args(["--toxicity-model", "original"]).toxicity_model
    'original'
"""

from __future__ import annotations

import argparse
import contextlib
import re
import sys
import warnings
from collections.abc import Iterator
from typing import Any

from ..corpus import RecordFields
from ..reading import DEFAULT_MAX_RECORD_BYTES
from ..scoring.resolve import NO_TOXICITY

__all__ = [
    "add_record_field_options",
    "add_toxicity_options",
    "byte_size",
    "notes_on_stderr",
    "print_error",
    "print_note",
    "record_field_options",
]

# Size suffixes --max-record-bytes accepts (binary multiples, case-insensitive).
BYTE_UNITS = {"": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30, "t": 1 << 40}
BYTE_SIZE = re.compile(r"\s*(\d+)\s*([kmgt]?)(?:i?b)?\s*", re.IGNORECASE)

MODEL_DIR_HELP = (
    "model folder (Detoxify checkpoint + base model config/tokenizer, made by "
    "`comments models fetch MODEL --to DIR`); nothing is downloaded"
)


def add_record_field_options(parser: argparse.ArgumentParser) -> None:
    """Add ``--text-field``/``--id-field``/``--url-field`` (the fields of
    :class:`~comments.corpus.RecordFields`) to a CLI.

    Every command that reads a corpus offers the same three options;
    :func:`record_field_options` turns the parsed arguments back into keywords.
    """
    defaults = RecordFields()
    parser.add_argument(
        "--text-field",
        default=defaults.text_field,
        metavar="NAME",
        help="field of a JSONL/Parquet record that holds the page text (default: %(default)s)",
    )
    parser.add_argument(
        "--id-field",
        default=defaults.id_field,
        metavar="NAME",
        help="field that holds the page id (default: 'id' if the record has one, else "
        "'url', else FILE-STEM:RECORD-NUMBER)",
    )
    parser.add_argument(
        "--url-field",
        default=defaults.url_field,
        metavar="NAME",
        help="field that holds the page URL, used as its source (default: %(default)s)",
    )
    parser.add_argument(
        "--html-field",
        default=defaults.html_field,
        metavar="NAME",
        help="field of a JSONL/Parquet record that holds the page's HTML, parsed as HTML "
        "instead of reading --text-field (default: none)",
    )
    parser.add_argument(
        "--max-record-bytes",
        type=byte_size,
        default=DEFAULT_MAX_RECORD_BYTES,
        metavar="SIZE",
        help="largest record read (a .txt file, a JSONL line, a Parquet text cell), in bytes "
        "or with K/M/G; larger ones become error rows (default: 64M)",
    )


def record_field_options(args: argparse.Namespace) -> dict[str, Any]:
    """The ``text_field``/``id_field``/``url_field``/``html_field``/``max_record_bytes``
    keywords of parsed CLI arguments.

    >>> parser = argparse.ArgumentParser()
    >>> add_record_field_options(parser)
    >>> args = parser.parse_args(["--text-field", "body", "--max-record-bytes", "1K"])
    >>> options = record_field_options(args)
    >>> options["text_field"], options["html_field"], options["max_record_bytes"]
    ('body', None, 1024)
    """
    return {
        "text_field": args.text_field,
        "id_field": args.id_field,
        "url_field": args.url_field,
        "html_field": args.html_field,
        "max_record_bytes": args.max_record_bytes,
    }


def byte_size(text: str) -> int:
    """A size in bytes from ``"1048576"``, ``"64M"``, ``"64MiB"`` or ``"2g"`` (binary units).

    >>> byte_size("64M"), byte_size("2 KiB"), byte_size("100")
    (67108864, 2048, 100)
    >>> byte_size("lots")
    Traceback (most recent call last):
    ...
    argparse.ArgumentTypeError: 'lots' is not a size: give bytes, or a number with K, M or G
    """
    match = BYTE_SIZE.fullmatch(text)
    if match is None or int(match.group(1)) == 0:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a size: give bytes, or a number with K, M or G"
        )
    return int(match.group(1)) * BYTE_UNITS[match.group(2).lower()]


def add_toxicity_options(parser: argparse.ArgumentParser) -> None:
    """Add the scoring options every scoring command spells the same way:
    ``--toxicity-model NAME`` (``none``: no toxicity), ``--no-toxicity`` (the same as
    ``--toxicity-model none``), ``--model-dir DIR`` and ``--all-languages``.

    >>> parser = argparse.ArgumentParser()
    >>> add_toxicity_options(parser)
    >>> parser.parse_args(["--no-toxicity"]).toxicity_model
    'none'
    """
    parser.add_argument(
        "--toxicity-model",
        default=None,
        metavar="NAME",
        help="toxicity model: a Detoxify model ('original', 'unbiased', 'multilingual', "
        "'original-small', 'unbiased-small'), 'profanity-check' (linear tier) or 'none' "
        "(sentiment only). Default: Detoxify 'unbiased' when its weights are available, else "
        "the linear tier (with a note). An explicitly named model that is unavailable is an "
        "error.",
    )
    parser.add_argument(
        "--no-toxicity",
        dest="toxicity_model",
        action="store_const",
        const=NO_TOXICITY,
        help="score sentiment only (the same as --toxicity-model none)",
    )
    parser.add_argument("--model-dir", default=None, metavar="DIR", help=MODEL_DIR_HELP)
    parser.add_argument(
        "--all-languages",
        action="store_true",
        help="score every unit with every model whatever its language (by default VADER, the "
        "linear tier and Detoxify's English models leave other languages null, and "
        "scores.not_scored says why)",
    )


def print_note(message: Warning | str, *_: object, **__: object) -> None:
    """Print ``note: message`` on stderr (also the signature of ``warnings.showwarning``)."""
    print(f"note: {message}", file=sys.stderr)


def print_error(message: Exception | str) -> None:
    """Print ``error: message`` on stderr."""
    print(f"error: {message}", file=sys.stderr)


@contextlib.contextmanager
def notes_on_stderr() -> Iterator[None]:
    """Within the block, warnings are printed as ``note: …`` lines (no file/line noise)."""
    with warnings.catch_warnings():
        warnings.showwarning = print_note
        yield
