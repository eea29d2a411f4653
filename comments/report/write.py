"""Write a built report: figures, ``summary.csv``, the Parquet tables and ``index.html``.

Every CSV goes through :func:`comments.spreadsheet.spreadsheet_safe`: page titles and
ids are untrusted, and ``=HYPERLINK(...)`` must stay text in a spreadsheet.
"""

from __future__ import annotations

from pathlib import Path

import polars as pl

from ..errors import InputError
from ..spreadsheet import spreadsheet_safe
from .build import Report
from .html import render_index
from .registry import FIGURES

__all__ = ["FORMATS", "write_report"]

FORMATS = ("png", "svg", "pdf")
TABLES = ("pages", "units", "scores")
#: The research tables (:attr:`comments.report.build.Report.tables`) written as CSV.
CSV_TABLES = ("threads", "pingback_sites", "languages", "pooled")
_DPI = 150


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
    for name in TABLES:  # streamed from the source, never held whole
        report.source.scan(name).sink_parquet(out / f"{name}.parquet")
        written.append(out / f"{name}.parquet")
    spreadsheet_safe(report.summary).sink_csv(out / "summary.csv")
    written.append(out / "summary.csv")
    for name in CSV_TABLES:
        if name in report.tables:
            spreadsheet_safe(report.tables[name].lazy()).sink_csv(out / f"{name}.csv")
            written.append(out / f"{name}.csv")
    shown = [
        (f"{spec.stem}.{fmt}", spec.caption) for spec in FIGURES if spec.stem in report.figures
    ]
    csvs = [f"{name}.csv" for name in CSV_TABLES if name in report.tables]
    html = render_index(
        shown,
        report.listed,
        n_pages=report.n_pages,
        notes=report.notes,
        tables=["summary.csv", *csvs, *(f"{name}.parquet" for name in TABLES)],
        overview={k: v for k, v in report.tables.items() if isinstance(v, pl.DataFrame)},
    )
    (out / "index.html").write_text(html, encoding="utf-8")
    written.append(out / "index.html")
    return written
