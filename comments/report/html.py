"""The report's ``index.html``: every figure with its caption, and the summary table.

One self-contained file (inline CSS, no scripts, no remote resources). Figures are
referenced by relative file names the report wrote next to it; every piece of text
that comes from an input page is HTML-escaped.

    >>> import polars as pl
    >>> page = render_index([("01.png", "A <b>caption</b>")],
    ...                     pl.DataFrame({"title": ["<script>x</script>"]}))
    >>> "<script>" in page, "&lt;script&gt;" in page
    (False, True)
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from urllib.parse import quote

import polars as pl

__all__ = ["render_index"]

_STYLE = """
body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 1100px;
       color: #222; line-height: 1.4; padding: 0 1rem; }
figure { margin: 2rem 0; } img { max-width: 100%; border: 1px solid #ddd; }
figcaption { font-size: 0.95rem; color: #444; }
table { border-collapse: collapse; font-size: 0.8rem; display: block; overflow-x: auto; }
th, td { border: 1px solid #ccc; padding: 0.2rem 0.4rem; text-align: left; }
th { background: #f3f3f3; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
.note { background: #fff6e0; border-left: 4px solid #E69F00; padding: 0.5rem 1rem; }
"""


def render_index(
    figures: Sequence[tuple[str, str]],
    summary: pl.DataFrame,
    *,
    title: str = "Reader discussion vs article",
    notes: Sequence[str] = (),
    tables: Sequence[str] = (),
) -> str:
    """The HTML text of the report page.

    ``figures`` are ``(relative file name, one-line caption)`` pairs, ``summary`` the
    per-page table, ``notes`` lines shown at the top (e.g. the toxicity fallback), and
    ``tables`` relative names of data files to link.
    """
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{escape(title)}</title>",
        f"<style>{_STYLE}</style>",
        "</head>",
        "<body>",
        f"<h1>{escape(title)}</h1>",
    ]
    parts += [f'<p class="note">{escape(note)}</p>' for note in notes]
    for number, (name, caption) in enumerate(figures, start=1):
        parts += [
            "<figure>",
            f'<img src="{escape(quote(name))}" alt="{escape(caption)}">',
            f"<figcaption><b>Figure {number}.</b> {escape(caption)}</figcaption>",
            "</figure>",
        ]
    parts += ["<h2>Summary by page</h2>", _table(summary)]
    if tables:
        links = ", ".join(f'<a href="{escape(quote(t))}">{escape(t)}</a>' for t in tables)
        parts.append(f"<p>Tables for research code: {links}.</p>")
    parts += ["</body>", "</html>"]
    return "\n".join(parts) + "\n"


def _table(frame: pl.DataFrame) -> str:
    numeric = {name for name, dtype in frame.schema.items() if dtype.is_numeric()}
    head = "".join(f"<th>{escape(name)}</th>" for name in frame.columns)
    rows = []
    for row in frame.iter_rows(named=True):
        cells = "".join(_cell(value, name in numeric) for name, value in row.items())
        rows.append(f"<tr>{cells}</tr>")
    return (
        f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n"
        + "\n".join(rows)
        + "\n</tbody>\n</table>"
    )


def _cell(value: object, numeric: bool) -> str:
    if value is None:
        return "<td></td>"
    if isinstance(value, float):
        return f'<td class="num">{value:.3f}</td>'
    text = escape(str(value))
    return f'<td class="num">{text}</td>' if numeric else f"<td>{text}</td>"
