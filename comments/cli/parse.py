"""``comments parse INPUT... [--out FILE]``: parse pages, print a summary, write units.

(``python -m comments.parse`` is the same command.)

Prints one line per page (id, title, paragraphs, comments, deepest reply level, pingbacks,
declared vs found comment count, status) and the totals; documents that cannot be read or
parsed are reported on stderr, naming the file. With ``--out`` the ``units`` table is
written as Parquet, JSON lines or CSV, chosen by the extension.

Exit status: 0 when at least one page was parsed, 1 when none could be, 2 for usage
errors (bad option, unknown output extension, output folder missing or unwritable).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

import polars as pl

from ..atomic import WRITE_ERRORS, write_error_reason
from ..corpus import iter_documents, parse_documents
from ..spreadsheet import write_csv_safe
from .options import add_record_field_options, notes_on_stderr, record_field_options

__all__ = ["OUTPUT_WRITERS", "main"]

# Output extension -> how to write the units table there (CSV cells that a spreadsheet
# would run as formulas get a leading ': comments.spreadsheet).
OUTPUT_WRITERS: dict[str, Callable[[pl.DataFrame, Path], None]] = {
    ".parquet": lambda frame, path: frame.write_parquet(path),
    ".jsonl": lambda frame, path: frame.write_ndjson(path),
    ".csv": write_csv_safe,
}

# Summary table: (header, width, right-aligned). Page text is untrusted, so cells are
# cleaned of control characters (no terminal escapes) and cut to their width.
COLUMNS: tuple[tuple[str, int, bool], ...] = (
    ("page", 30, False),
    ("title", 36, False),
    ("paras", 5, True),
    ("comments", 8, True),
    ("depth", 5, True),
    ("pingbacks", 9, True),
    ("declared", 8, True),
    ("found", 5, True),
    ("status", 0, False),  # last column: not padded, cut at STATUS_WIDTH
)
STATUS_WIDTH = 60
ELLIPSIS = "…"
NONE_CELL = "-"

EXIT_OK, EXIT_NOTHING_PARSED, EXIT_USAGE = 0, 1, 2


def main(argv: Sequence[str] | None = None, prog: str = "comments parse") -> int:
    """Run the command line; returns the exit status.

    >>> main(["seeds/004_2d2668275a37dc01.txt", "--quiet"])  # doctest: +ELLIPSIS
    pages: 1 (1 parsed, 0 errors)  paragraphs: ...
    0
    """
    parser = _argument_parser(prog)
    args = parser.parse_args(argv)
    out = _checked_output(parser, args.out)
    _tolerate_unencodable_output()
    if not args.quiet:
        print(_header())
    documents = iter_documents(args.inputs, **record_field_options(args))
    with notes_on_stderr():  # e.g. how many records of a WARC archive were skipped
        pages, units = parse_documents(documents, on_page=lambda row: _show(row, args.quiet))
    print(_totals(pages))
    if out is not None and not _write_units(units, out, sys.stderr):
        return EXIT_USAGE
    parsed = pages.filter(pl.col("status") == "ok").height > 0
    return EXIT_OK if parsed else EXIT_NOTHING_PARSED


def _show(row: dict[str, Any], quiet: bool) -> None:
    """Report one parsed page: its error on stderr, its summary line unless ``quiet``."""
    if row["status"] == "error":
        print(f"error: {_clean(row['error'])}", file=sys.stderr)
    if not quiet:
        print(_summary_line(row))


def _argument_parser(prog: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=prog,
        description="Parse article pages into article paragraphs, comment threads and "
        "pingbacks; print a per-page summary and optionally write the units table.",
        epilog="Exit status: 0 when at least one page was parsed, 1 when none could be, "
        "2 for usage errors. Unreadable documents are reported on stderr and still listed.",
    )
    parser.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="page files or folders (searched recursively) of .txt (one page per file, any "
        "encoding), .jsonl / .jsonl.gz (one JSON record per line), .parquet (one row "
        "per page), .html / .htm / .html.gz (one HTML page per file) and .warc / .warc.gz "
        "(one page per HTML response)",
    )
    parser.add_argument(
        "--out",
        metavar="FILE",
        help="write the units table (one row per article paragraph, comment and pingback) "
        f"to FILE; the format follows the extension: {', '.join(OUTPUT_WRITERS)}",
    )
    add_record_field_options(parser)
    parser.add_argument(
        "--quiet",
        action="store_true",
        help="print only the totals, not one line per page (errors still go to stderr)",
    )
    return parser


def _checked_output(parser: argparse.ArgumentParser, out: str | None) -> Path | None:
    """The output path, or a usage error before any parsing if it cannot be written."""
    if out is None:
        return None
    path = Path(out)
    if path.suffix.lower() not in OUTPUT_WRITERS:
        parser.error(
            f"--out {out}: unknown extension {path.suffix or '(none)'!r}; "
            f"use one of {', '.join(OUTPUT_WRITERS)}"
        )
    if not path.parent.is_dir():
        parser.error(f"--out {out}: folder {path.parent} does not exist; create it first")
    return path


def _write_units(units: pl.DataFrame, out: Path, errors: TextIO) -> bool:
    try:
        OUTPUT_WRITERS[out.suffix.lower()](units, out)
    except WRITE_ERRORS as exc:
        print(
            f"error: {out}: {write_error_reason(exc)}; free some space or choose "
            "another --out file",
            file=errors,
        )
        return False
    print(f"wrote {units.height} units to {out}")
    return True


def _tolerate_unencodable_output() -> None:
    """Page titles may hold characters the terminal's encoding lacks: escape, never crash."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")


# --- the summary table ------------------------------------------------------------------


def _header() -> str:
    return _line([name for name, _, _ in COLUMNS])


def _summary_line(row: dict[str, Any]) -> str:
    found = row["n_comments"] + row["n_pingbacks"]
    ok = row["status"] == "ok"
    status = _status(row)
    cells = [
        row["page_id"],
        row["title"],
        row["n_paragraphs"],
        row["n_comments"],
        row["max_depth"],
        row["n_pingbacks"],
        row["declared_comments"],
        found if ok else None,
        status,
    ]
    return _line(cells)


def _status(row: dict[str, Any]) -> str:
    if row["status"] == "error":
        return f"error: {row['error']}"
    return f"ok ({row['warnings']})" if row["warnings"] else "ok"


def _line(cells: Sequence[Any]) -> str:
    parts = []
    for (_, width, right), value in zip(COLUMNS, cells, strict=True):
        text = _clean(NONE_CELL if value is None else str(value))
        if width == 0:
            parts.append(_cut(text, STATUS_WIDTH))
        else:
            text = _cut(text, width)
            parts.append(text.rjust(width) if right else text.ljust(width))
    return "  ".join(parts).rstrip()


def _totals(pages: pl.DataFrame) -> str:
    errors = pages.filter(pl.col("status") == "error").height
    total = pages.select("n_paragraphs", "n_comments", "n_pingbacks", "declared_comments").sum()
    return (
        f"pages: {pages.height} ({pages.height - errors} parsed, {errors} errors)  "
        f"paragraphs: {total['n_paragraphs'].item()}  comments: {total['n_comments'].item()}  "
        f"pingbacks: {total['n_pingbacks'].item()}  declared: {total['declared_comments'].item()}"
    )


def _clean(text: str) -> str:
    """One printable line: control characters (escape sequences, newlines) become spaces."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else " " for ch in text)


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + ELLIPSIS
