"""The options and messages every ``comments`` command shares, defined once.

- :func:`add_record_field_options` / :func:`record_field_options`: ``--text-field``,
  ``--id-field``, ``--url-field``, ``--html-field`` (every command that reads a corpus);
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
import sys
import warnings
from collections.abc import Iterator
from typing import Any

from ..corpus import RecordFields
from ..scoring.resolve import NO_TOXICITY

__all__ = [
    "add_record_field_options",
    "add_toxicity_options",
    "notes_on_stderr",
    "print_error",
    "print_note",
    "record_field_options",
]

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


def record_field_options(args: argparse.Namespace) -> dict[str, Any]:
    """The ``text_field``/``id_field``/``url_field`` keywords of parsed CLI arguments.

    >>> parser = argparse.ArgumentParser()
    >>> add_record_field_options(parser)
    >>> record_field_options(parser.parse_args(["--text-field", "body"]))
    {'text_field': 'body', 'id_field': None, 'url_field': 'url', 'html_field': None}
    """
    names = ("text_field", "id_field", "url_field", "html_field")
    return {name: getattr(args, name) for name in names}


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
