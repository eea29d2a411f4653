"""Write a built report: figures, ``summary.csv``, the Parquet tables and ``index.html``.

>>> spreadsheet_safe(pl.DataFrame({"title": ["=1+1", "Fine", None]}))["title"].to_list()
["'=1+1", 'Fine', None]
"""

from __future__ import annotations

from pathlib import Path

import polars as pl

from ..errors import InputError
from .build import Report
from .html import render_index
from .registry import FIGURES

__all__ = ["FORMATS", "spreadsheet_safe", "write_report"]

FORMATS = ("png", "svg", "pdf")
TABLES = ("pages", "units", "scores")
#: The research tables (:func:`comments.report.build.research_tables`) written as CSV.
CSV_TABLES = ("threads", "pingback_sites", "languages", "pooled")
_DPI = 150
# Text cells that spreadsheet programs run as formulas: those starting with = + - @,
# tab or carriage return (OWASP's CSV-injection list). summary.csv quotes them.
FORMULA_START = r"^[=+\-@\t\r]"


def spreadsheet_safe(table: pl.DataFrame) -> pl.DataFrame:
    """``table`` with every text cell that starts with a formula trigger prefixed by ``'``.

    Page titles are untrusted: ``=HYPERLINK(...)`` in a title must stay text when
    summary.csv is opened in a spreadsheet. The Parquet tables keep the text as written.

    """
    return table.with_columns(
        pl.when(pl.col(name).str.contains(FORMULA_START))
        .then(pl.lit("'") + pl.col(name))
        .otherwise(pl.col(name))
        .alias(name)
        for name, dtype in table.schema.items()
        if dtype == pl.String
    )


def write_report(report: Report, out: Path, *, fmt: str = "png") -> list[Path]:
    """Write figures, ``summary.csv``, the Parquet tables and ``index.html`` into ``out``.

    Figure files of earlier runs that this run did not draw (e.g. the per-label
    toxicity figure after a switch to the linear tier) are removed, so the folder
    and ``index.html`` always agree.
    """
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"cannot create output folder {out}: {exc} — pick another --out") from exc
    written = []
    for spec in FIGURES:
        path = out / f"{spec.stem}.{fmt}"
        if spec.stem in report.figures:
            report.figures[spec.stem].savefig(path, dpi=_DPI)
            written.append(path)
        elif path.exists():
            path.unlink()
    for name in TABLES:
        getattr(report, name).write_parquet(out / f"{name}.parquet")
        written.append(out / f"{name}.parquet")
    spreadsheet_safe(report.summary).write_csv(out / "summary.csv")
    written.append(out / "summary.csv")
    for name in CSV_TABLES:
        if name in report.tables:
            spreadsheet_safe(report.tables[name]).write_csv(out / f"{name}.csv")
            written.append(out / f"{name}.csv")
    shown = [
        (f"{spec.stem}.{fmt}", spec.caption) for spec in FIGURES if spec.stem in report.figures
    ]
    csvs = [f"{name}.csv" for name in CSV_TABLES if name in report.tables]
    html = render_index(
        shown,
        report.summary,
        notes=report.notes,
        tables=["summary.csv", *csvs, *(f"{name}.parquet" for name in TABLES)],
        overview=report.tables,
    )
    (out / "index.html").write_text(html, encoding="utf-8")
    written.append(out / "index.html")
    return written
