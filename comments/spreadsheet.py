"""CSV files that are safe to open in a spreadsheet: text cells that a spreadsheet program
would run as a formula get a leading ``'``.

Page text is untrusted, and ``=HYPERLINK(...)`` or ``=cmd|' /C calc'!A0`` in a title or a
comment must stay text when a CSV of it is opened in Excel or LibreOffice. A cell is a
formula to them when it starts with ``=``, ``+``, ``-`` or ``@`` (OWASP's CSV-injection
list, and their full-width forms), also after leading whitespace, which spreadsheet
programs skip; or when it starts with a tab or a carriage return. Parquet and JSON
outputs keep the text as written.

    >>> cells = pl.DataFrame({"t": ["=1+1", " =cmd|' /C calc'!A0", "Fine", "-", None]})
    >>> spreadsheet_safe(cells)["t"].to_list()
    ["'=1+1", "' =cmd|' /C calc'!A0", 'Fine', "'-", None]
"""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

import polars as pl

__all__ = ["FORMULA_START", "spreadsheet_safe", "write_csv_safe"]

# Formula triggers, after any whitespace: = + - @ and their full-width forms; or a cell
# that starts with a tab or carriage return (which some programs read as a new cell).
FORMULA_START = r"^(?:\s*[=+\-@＝＋－＠]|[\t\r])"
QUOTE = "'"
Table = TypeVar("Table", pl.DataFrame, pl.LazyFrame)


def spreadsheet_safe(table: Table) -> Table:
    """``table`` (eager or lazy) with every text cell that would start a formula prefixed
    by ``'``."""
    return table.with_columns(
        pl.when(pl.col(name).str.contains(FORMULA_START))
        .then(pl.lit(QUOTE) + pl.col(name))
        .otherwise(pl.col(name))
        .alias(name)
        for name, dtype in table.collect_schema().items()
        if dtype == pl.String
    )


def write_csv_safe(table: pl.DataFrame, path: str | Path) -> None:
    """Write ``table`` as CSV with its formula-like text cells made inert."""
    spreadsheet_safe(table).write_csv(path)
