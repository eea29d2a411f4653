"""The report's ``index.html``: overview tables, every figure with its caption, the pages.

One self-contained file (inline CSS and one small inline script that sorts the page
table; nothing remote). Figures are referenced by the relative file names the report
wrote next to it and numbered by their file name ("03_thread_maps.png" is Figure 3).
Every piece of text that comes from an input page is HTML-escaped. Tables are laid out
to fit a laptop screen without sideways scrolling: fixed column widths, long text cut
with an ellipsis (the whole text is in the cell's tooltip and in ``summary.csv``).

    >>> import polars as pl
    >>> page = render_index([("01_a.png", "A <b>caption</b>")],
    ...                     pl.DataFrame({"page_id": ["p"], "title": ["<script>x</script>"]}))
    >>> "<script>x" in page, "&lt;script&gt;" in page, "Figure 1." in page
    (False, True, True)
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape
from urllib.parse import quote

import polars as pl

__all__ = ["MAX_PAGE_ROWS", "PAGE_COLUMNS", "render_index"]

#: Pages listed in index.html (those with the most comments; summary.csv has them all).
MAX_PAGE_ROWS = 1000
MAX_SITE_ROWS = 50
#: The page table's columns: summary column -> (header, width in %, tooltip).
PAGE_COLUMNS: dict[str, tuple[str, int, str]] = {
    "page_id": ("page", 27, "title and page id"),
    "lang": ("lang", 5, "language of the article"),
    "n_comments": ("comments", 8, "comments recovered"),
    "declared_comments": ("declared", 7, "entries the page says it has"),
    "parse_quality": ("quality", 7, "parse quality 0..1: how much of the discussion was recovered"),
    "n_threads": ("threads", 7, "top-level comments"),
    "max_depth": ("depth", 6, "deepest reply level"),
    "sentiment_divergence": ("Δ sent.", 8, "comments − article, VADER compound"),
    "toxicity_divergence": ("Δ tox.", 8, "comments − article, toxicity"),
    "warnings": ("warnings / error", 17, "what the parser noticed, or why the page failed"),
}

_STYLE = """
body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 1100px;
       color: #222; line-height: 1.4; padding: 0 1rem; }
figure { margin: 2rem 0; } img { max-width: 100%; border: 1px solid #ddd; }
figcaption { font-size: 0.95rem; color: #444; }
table { border-collapse: collapse; font-size: 0.8rem; width: 100%; table-layout: fixed; }
th, td { border: 1px solid #ccc; padding: 0.2rem 0.35rem; text-align: left;
         overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
th { background: #f3f3f3; white-space: normal; vertical-align: bottom; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
table.sortable th { cursor: pointer; } table.sortable th:hover { background: #e4e4e4; }
.note { background: #fff6e0; border-left: 4px solid #E69F00; padding: 0.5rem 1rem; }
.small { font-size: 0.85rem; color: #555; }
"""

# Sorts the page table by the clicked column (numbers by data-v, text by content).
_SORT_SCRIPT = """
document.querySelectorAll("table.sortable th").forEach((th, col) => {
  th.addEventListener("click", () => {
    const body = th.closest("table").tBodies[0];
    const up = th.dataset.dir !== "asc"; th.dataset.dir = up ? "asc" : "desc";
    const key = (tr) => { const td = tr.children[col];
      return td.dataset.v !== undefined ? parseFloat(td.dataset.v) : td.textContent; };
    const rows = Array.from(body.rows).sort((a, b) => {
      const x = key(a), y = key(b);
      if (typeof x === "number" && isNaN(x)) return 1;
      if (typeof y === "number" && isNaN(y)) return -1;
      return (x < y ? -1 : x > y ? 1 : 0) * (up ? 1 : -1); });
    rows.forEach((tr) => body.appendChild(tr)); });
});
"""


def render_index(
    figures: Sequence[tuple[str, str]],
    summary: pl.DataFrame,
    *,
    title: str = "Reader discussion vs article",
    n_pages: int | None = None,
    notes: Sequence[str] = (),
    tables: Sequence[str] = (),
    overview: Mapping[str, pl.DataFrame] | None = None,
) -> str:
    """The HTML text of the report page.

    ``figures`` are ``(relative file name, one-line caption)`` pairs, ``summary`` the
    per-page table (:func:`comments.report.analysis.page_summary`: every page, or at least
    the :data:`MAX_PAGE_ROWS` with the most comments of ``n_pages``), ``notes`` lines shown
    at the top, ``tables`` relative names of data files to link, ``overview`` the
    report's ``pooled``, ``languages`` and ``pingback_sites`` tables.
    """
    overview = overview or {}
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)}</title>",
        f"<style>{_STYLE}</style>",
        "</head>",
        "<body>",
        f"<h1>{escape(title)}</h1>",
    ]
    parts += [f'<p class="note">{escape(note)}</p>' for note in notes]
    parts += _overview(overview)
    for name, caption in figures:
        parts += [
            "<figure>",
            f'<img src="{escape(quote(name))}" alt="{escape(caption)}">',
            f"<figcaption><b>Figure {_number(name)}.</b> {escape(caption)}</figcaption>",
            "</figure>",
        ]
    parts += _pages_section(summary, summary.height if n_pages is None else n_pages)
    parts += _sites_section(overview.get("pingback_sites"))
    if tables:
        links = ", ".join(f'<a href="{escape(quote(t))}">{escape(t)}</a>' for t in tables)
        parts.append(f"<p>Tables for research code: {links}.</p>")
    parts += [f"<script>{_SORT_SCRIPT}</script>", "</body>", "</html>"]
    return "\n".join(parts) + "\n"


def _number(name: str) -> str:
    """The figure number a file name starts with ("03_thread_maps.png" -> "3")."""
    head = name.split("_", 1)[0]
    return str(int(head)) if head.isdigit() else escape(head)


def _overview(overview: Mapping[str, pl.DataFrame]) -> list[str]:
    parts = []
    pooled = overview.get("pooled")
    if pooled is not None and not pooled.is_empty():
        rows = [
            [
                row["metric"],
                f"{row['n_pages']:,}",
                f"{row['n']:,} vs {row['n_article']:,}",
                _estimate(row),
                f"{row['no_discussion']:,} / {row['no_article']:,} / {row['not_scored']:,} / "
                f"{row['not_parsed']:,}",
            ]
            for row in pooled.iter_rows(named=True)
        ]
        head = [
            "score",
            "pages compared",
            "comments vs paragraphs",
            "comments − article (mean over pages, 95% CI)",
            "not compared: no comments / no article / not scored / not parsed",
        ]
        parts += ["<h2>At a glance</h2>", _simple_table(head, rows, [14, 12, 18, 30, 26])]
    return parts + _languages_section(overview.get("languages"))


def _languages_section(languages: pl.DataFrame | None) -> list[str]:
    parts: list[str] = []
    if languages is not None and not languages.is_empty():
        rows = [
            [
                r["lang"],
                f"{r['n_units']:,}",
                f"{r['n_article']:,}",
                f"{r['n_comments']:,}",
                f"{r['sentiment_scored']:,}",
                f"{r['toxicity_scored']:,}",
                f"{r['not_scored']:,}",
            ]
            for r in languages.iter_rows(named=True)
        ]
        head = [
            "language",
            "units",
            "article paragraphs",
            "comments",
            "sentiment scored",
            "toxicity scored",
            "not scored (language)",
        ]
        parts += ["<h2>Languages</h2>", _simple_table(head, rows, [12, 12, 16, 12, 16, 16, 16])]
    return parts


def _estimate(row: Mapping) -> str:
    if row["mean"] is None:
        return "—"
    if row["ci_low"] is None:
        return f"{row['mean']:+.3f} (no interval: fewer than 5 pages)"
    return f"{row['mean']:+.3f} [{row['ci_low']:+.3f}, {row['ci_high']:+.3f}]"


def _simple_table(head: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[int]) -> str:
    cols = "".join(f'<col style="width:{w}%">' for w in widths)
    header = "".join(f'<th title="{escape(h)}">{escape(h)}</th>' for h in head)
    body = "\n".join(
        "<tr>" + "".join(f'<td title="{escape(c)}">{escape(c)}</td>' for c in row) + "</tr>"
        for row in rows
    )
    head_row = f"<thead><tr>{header}</tr></thead>"
    return f"<table><colgroup>{cols}</colgroup>\n{head_row}\n<tbody>\n{body}\n</tbody></table>"


def _pages_section(summary: pl.DataFrame, n_pages: int) -> list[str]:
    shown = summary
    if "n_comments" in summary.columns:
        shown = summary.sort("n_comments", descending=True, nulls_last=True, maintain_order=True)
    shown = shown.head(MAX_PAGE_ROWS)
    note = (
        f"All {n_pages:,} pages."
        if shown.height == n_pages
        else f"The {shown.height:,} of {n_pages:,} pages with the most comments; "
        "summary.csv has every page."
    )
    columns = [c for c in PAGE_COLUMNS if c in summary.columns or c == "warnings"]
    cols = "".join(f'<col style="width:{PAGE_COLUMNS[c][1]}%">' for c in columns)
    header = "".join(
        f'<th title="{escape(PAGE_COLUMNS[c][2])}">{escape(PAGE_COLUMNS[c][0])}</th>'
        for c in columns
    )
    body = "\n".join(_page_row(row, columns) for row in shown.iter_rows(named=True))
    return [
        "<h2>Pages</h2>",
        f'<p class="small">{escape(note)} Click a column to sort. Δ: comments minus the '
        "same page's article (readers only). Every column: summary.csv.</p>",
        f'<table class="sortable"><colgroup>{cols}</colgroup>',
        f"<thead><tr>{header}</tr></thead>",
        f"<tbody>\n{body}\n</tbody>",
        "</table>",
    ]


def _page_row(row: Mapping, columns: Sequence[str]) -> str:
    cells = []
    for column in columns:
        if column == "page_id":
            text = " · ".join(filter(None, [row.get("title"), row["page_id"]]))
            cells.append(f'<td title="{escape(text)}">{escape(text)}</td>')
        elif column == "warnings":
            text = row.get("error") or row.get("warnings") or ""
            cells.append(f'<td title="{escape(text)}">{escape(text)}</td>')
        else:
            cells.append(_cell(row.get(column), signed=column.endswith("_divergence")))
    return "<tr>" + "".join(cells) + "</tr>"


def _cell(value: object, *, signed: bool = False) -> str:
    """One table cell; ``signed`` floats (differences) show their sign, others (a 0..1
    quality) do not."""
    if value is None:
        return '<td class="num" data-v="NaN"></td>'
    if isinstance(value, bool):
        return f"<td>{value}</td>"
    if isinstance(value, float):
        shown = f"{value:+.3f}" if signed else f"{value:.2f}"
        return f'<td class="num" data-v="{value!r}">{shown}</td>'
    if isinstance(value, int):
        return f'<td class="num" data-v="{value}">{value:,}</td>'
    return f"<td>{escape(str(value))}</td>"


def _sites_section(sites: pl.DataFrame | None) -> list[str]:
    if sites is None or sites.is_empty():
        return ["<h2>Sites that linked in</h2>", "<p>No pingbacks or trackbacks recovered.</p>"]
    rows = [
        [row["site"], f"{row['n_links']:,}", f"{row['n_pages']:,}"]
        for row in sites.head(MAX_SITE_ROWS).iter_rows(named=True)
    ]
    shown = (
        ""
        if sites.height <= MAX_SITE_ROWS
        else (
            f" The {MAX_SITE_ROWS} with the most links of {sites.height:,}; pingback_sites.csv "
            "has all."
        )
    )
    return [
        "<h2>Sites that linked in</h2>",
        f'<p class="small">Pingbacks and trackbacks by site.{escape(shown)}</p>',
        _simple_table(["site", "links", "pages linked"], rows, [60, 20, 20]),
    ]
