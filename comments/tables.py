"""The tables that pass between stages (the README's "Inputs" section lists their
columns): their schemas, and the conversion of parsed :class:`~comments.model.Page`
objects into rows.

``pages``  — one row per input document, whatever happened to it.
``units``  — one row per scorable text (article paragraph, comment, pingback).
``scores`` — one row per unit, keyed by ``unit_id``.

Example::

    >>> from comments import parse_text
    >>> from comments.tables import pages_frame, units_frame, page_rows
    >>> page_row, unit_rows = page_rows(parse_text("Title\\n\\nBody.", page_id="x"), "x.txt")
    >>> units_frame(unit_rows)["unit_id"].to_list()
    ['x/a1']
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import polars as pl

from .model import Comment, Page, Pingback

__all__ = [
    "ENRICHED_PAGE_COLUMNS",
    "ENRICHED_UNIT_COLUMNS",
    "PAGES_SCHEMA",
    "SCORES_SCHEMA",
    "SENTIMENT_COLUMNS",
    "TOXICITY_COLUMNS",
    "UNITS_SCHEMA",
    "UNIT_KINDS",
    "error_row",
    "page_rows",
    "pages_frame",
    "units_frame",
]

PAGES_SCHEMA: dict[str, pl.DataType] = {
    "page_id": pl.String(),
    "source": pl.String(),
    "title": pl.String(),
    "status": pl.String(),  # "ok" | "error"
    "error": pl.String(),  # null when ok
    "declared_comments": pl.Int64(),  # null when the page states no count
    "n_paragraphs": pl.Int64(),
    "n_comments": pl.Int64(),
    "n_pingbacks": pl.Int64(),
    "max_depth": pl.Int64(),  # null without comments
    "warnings": pl.String(),  # the parser's warnings joined by "; ", null when none
    "published": pl.String(),  # the article's dateline as shown, null when none
    "published_date": pl.Date(),  # its date, where the text states it unambiguously
    "parse_quality": pl.Float64(),  # 0..1: how well the discussion was recovered
    "url": pl.String(),  # the page's canonical URL (HTML and WARC inputs), null for text
    # Added by comments.enrich:
    "lang": pl.String(),  # ISO 639-1: the record's lang field, else the article's language
    "published_at": pl.Datetime("us", "UTC"),  # the dateline (or published_date) as a time
    "crawled_at": pl.Datetime("us", "UTC"),  # the record's crawl-time field
    "record_fields": pl.String(),  # the record's other short fields as JSON; null for .txt
}

#: pages columns that comments.enrich fills (null where a row was built without it).
ENRICHED_PAGE_COLUMNS = ("lang", "published_at", "crawled_at", "record_fields")

UNIT_KINDS = ("article", "comment", "pingback", "trackback")

UNITS_SCHEMA: dict[str, pl.DataType] = {
    "page_id": pl.String(),
    "unit_id": pl.String(),  # "<page_id>/<local id>", unique in the corpus
    "kind": pl.String(),  # one of UNIT_KINDS
    "position": pl.Int64(),  # order in the page: article first, then the discussion
    "parent_id": pl.String(),  # unit_id of the comment replied to
    "depth": pl.Int64(),  # 0 = top-level comment; null for article and pingbacks
    "author": pl.String(),  # comment author or pingback site; null when unknown
    "timestamp": pl.String(),  # date text as shown; null when none
    "text": pl.String(),
    # Added by comments.enrich:
    "lang": pl.String(),  # ISO 639-1 code of the text (its page's when too short to tell)
    "posted_at": pl.Datetime("us", "UTC"),  # timestamp as a time; null when not a date
    "is_post_author": pl.Boolean(),  # comment by the article's byline name; null: unknown
}

#: units columns that comments.enrich fills.
ENRICHED_UNIT_COLUMNS = ("lang", "posted_at", "is_post_author")

SENTIMENT_COLUMNS = ("sentiment_neg", "sentiment_neu", "sentiment_pos", "sentiment_compound")
TOXICITY_COLUMNS = (
    "toxicity",
    "severe_toxicity",
    "obscene",
    "threat",
    "insult",
    "identity_attack",
    "sexual_explicit",
)

SCORES_SCHEMA: dict[str, pl.DataType] = {
    "unit_id": pl.String(),
    **{name: pl.Float64() for name in SENTIMENT_COLUMNS},
    **{name: pl.Float64() for name in TOXICITY_COLUMNS},
    "toxicity_model": pl.String(),
    "not_scored": pl.String(),  # why some scores are null (e.g. a language a model lacks)
}

_Row = dict[str, Any]


def page_rows(page: Page, source: str) -> tuple[_Row, list[_Row]]:
    """One ``pages`` row and the ``units`` rows of a parsed page."""
    page_row: _Row = {
        "page_id": page.page_id,
        "source": source,
        "title": page.title,
        "status": "ok",
        "error": None,
        "declared_comments": page.declared_count,
        "n_paragraphs": len(page.paragraphs),
        "n_comments": len(page.comments),
        "n_pingbacks": len(page.pingbacks),
        "max_depth": page.max_depth,
        "warnings": "; ".join(page.warnings) or None,
        "published": page.published,
        "published_date": page.published_date,
        "parse_quality": page.parse_quality,
        "url": page.url,
        **dict.fromkeys(ENRICHED_PAGE_COLUMNS),
    }
    return page_row, _unit_rows(page)


def error_row(page_id: str, source: str, error: str) -> _Row:
    """The ``pages`` row of a document that could not be read or parsed."""
    return {
        "page_id": page_id,
        "source": source,
        "title": None,
        "status": "error",
        "error": error,
        "declared_comments": None,
        "n_paragraphs": 0,
        "n_comments": 0,
        "n_pingbacks": 0,
        "max_depth": None,
        "warnings": None,
        "published": None,
        "published_date": None,
        "parse_quality": None,
        "url": None,
        **dict.fromkeys(ENRICHED_PAGE_COLUMNS),
    }


def pages_frame(rows: Iterable[_Row]) -> pl.DataFrame:
    """Build the ``pages`` table (always with the full schema, even when empty)."""
    return pl.DataFrame(list(rows), schema=PAGES_SCHEMA, orient="row")


def units_frame(rows: Iterable[_Row]) -> pl.DataFrame:
    """Build the ``units`` table (always with the full schema, even when empty)."""
    return pl.DataFrame(list(rows), schema=UNITS_SCHEMA, orient="row")


def _unit_rows(page: Page) -> list[_Row]:
    rows = [
        _row(page.page_id, f"a{i}", "article", text=text)
        for i, text in enumerate(page.paragraphs, start=1)
    ]
    rows += [row for _, row in sorted(_discussion_rows(page), key=lambda pair: pair[0])]
    for position, row in enumerate(rows):
        row["position"] = position
    return rows


def _discussion_rows(page: Page) -> list[tuple[tuple[int, int], _Row]]:
    """Comment and pingback rows, each with a key that restores document order.

    The key is the entry's input line; entries built by hand carry none and keep
    comments-then-pingbacks order.
    """
    keyed: list[tuple[tuple[int, int], _Row]] = []
    for order, comment in enumerate(page.comments):
        parent = f"{page.page_id}/{comment.parent_id}" if comment.parent_id else None
        row = _row(
            page.page_id,
            comment.id,
            "comment",
            parent_id=parent,
            depth=comment.depth,
            author=comment.author,
            timestamp=comment.timestamp,
            text=comment.text,
        )
        keyed.append((_order_key(comment, order), row))
    for number, pingback in enumerate(page.pingbacks, start=1):
        text = (
            pingback.title if pingback.excerpt is None else f"{pingback.title}\n{pingback.excerpt}"
        )
        row = _row(page.page_id, f"b{number}", pingback.kind, author=pingback.site, text=text)
        keyed.append((_order_key(pingback, len(page.comments) + number), row))
    return keyed


def _order_key(entry: Comment | Pingback, order: int) -> tuple[int, int]:
    return (entry.line if entry.line is not None else 1 << 62, order)


def _row(
    page_id: str,
    local_id: str,
    kind: str,
    *,
    text: str,
    parent_id: str | None = None,
    depth: int | None = None,
    author: str | None = None,
    timestamp: str | None = None,
) -> _Row:
    return {
        "page_id": page_id,
        "unit_id": f"{page_id}/{local_id}",
        "kind": kind,
        "position": 0,
        "parent_id": parent_id,
        "depth": depth,
        "author": author,
        "timestamp": timestamp,
        "text": text,
        **dict.fromkeys(ENRICHED_UNIT_COLUMNS),
    }
