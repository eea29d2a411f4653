"""What the tables know beyond the parse: language, times, the post author, record fields.

:func:`enrich_rows` completes the ``pages`` row and ``units`` rows of one parsed page
(:func:`comments.tables.page_rows`) with

- ``lang`` on the page (a record's ``lang``/``language`` field, else the article's
  language) and on every unit (:mod:`comments.language`);
- ``crawled_at`` (a record's crawl-time field, :data:`CRAWL_FIELDS`), ``published_at``
  (the dateline ``Page.published``, else ``Page.published_date``) and each unit's
  ``posted_at`` (its ``timestamp`` as shown), all timezone-aware UTC (:mod:`comments.dates`);
- ``is_post_author`` on comments: whether the comment's author is the article's byline
  name ("Posted by Ann", "Veröffentlicht am … von Ann", "Postado por Ann"); null where the
  page names no author or the comment has none;
- ``record_fields``: the record's other short fields, as JSON text (null for ``.txt``).

    >>> from comments import parse_text
    >>> from comments.tables import page_rows
    >>> page = parse_text("Titel\\n\\nDie Katze sitzt auf der Matte und schläft den ganzen Tag.")
    >>> record = '{"crawl_date": "2020-04-20"}'
    >>> page_row, units = enrich_rows(*page_rows(page, "x.txt"), page, record)
    >>> page_row["lang"], units[0]["lang"], page_row["crawled_at"].isoformat()
    ('de', 'de', '2020-04-20T00:00:00+00:00')
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from .dates import parse_datetime, to_utc
from .language import page_language, unit_languages
from .model import Page

__all__ = ["CRAWL_FIELDS", "LANG_FIELDS", "byline_names", "enrich_rows", "kept_fields"]

#: Record fields that name the page's language, tried in order.
LANG_FIELDS = ("lang", "language")
#: Record fields that hold the crawl time (ISO 8601), tried in order; relative timestamps
#: ("52m ago") are resolved against it.
CRAWL_FIELDS = ("crawl_date", "crawled_at", "crawl_time", "fetch_time", "fetched_at")
#: A record field is carried to ``record_fields`` when it is a number, a boolean or a
#: text of at most this many characters (not the page text, not raw HTML).
MAX_FIELD_CHARS = 200

_Row = dict[str, Any]

# "Posted by Ann", "Written by Ann on …", "Eingestellt von Ann", "Postado por Ann às …",
# "Publié le … par Ann", "… door Ann", "… av Ann", "… przez Ann", "kirjoittaja Ann".
_BYLINE = re.compile(
    r"(?:^|[\s·|•])(?<!sort )(?<!sorted )(?:by|von|por|par|door|av|przez|kirjoittaja)\s*:?\s+"
    r"(?P<name>[^\s·|,/;:()0-9][^·|,/;:()0-9]{0,60}?)"
    r"(?=\s*(?:$|[·|,/;(]|\s(?:on|at|in|am|um|às|en|em|el|le|op|på|w|alle|·)\s|\s\d|"
    r"\s(?:Labels|Marcadores|Etiquetas)\b))",
    re.IGNORECASE,
)
# Byline-shaped phrases that name software, licences or sources, not a person.
_NOT_A_NAME = re.compile(
    r"(?i)wordpress|blogger|disqus|commento|typepad|squarespace|\bcc\b|\.$|newest|oldest"
)


def enrich_rows(
    page_row: _Row, unit_rows: list[_Row], page: Page, record: str | None = None
) -> tuple[_Row, list[_Row]]:
    """``page_row`` and ``unit_rows`` with the columns this module adds (in place)."""
    fields = json.loads(record) if record else {}
    declared = next((fields[f] for f in LANG_FIELDS if fields.get(f)), None)
    lang = page_language(page.paragraphs, declared)
    crawled_at = next(filter(None, (to_utc(fields.get(f)) for f in CRAWL_FIELDS)), None)
    page_row |= {
        "lang": lang,
        "crawled_at": crawled_at,
        "published_at": _published_at(page, lang, crawled_at),
        "record_fields": record,
    }
    authors = {_name_key(name) for name in byline_names(page.boilerplate)}
    langs = unit_languages([row["text"] for row in unit_rows], lang)
    for row, unit_lang in zip(unit_rows, langs, strict=True):
        row["lang"] = unit_lang
        row["posted_at"] = parse_datetime(row["timestamp"], lang, crawled_at)
        row["is_post_author"] = _is_post_author(row, authors)
    return page_row, unit_rows


def _published_at(page: Page, lang: str | None, crawled_at: datetime | None) -> datetime | None:
    parsed = parse_datetime(page.published, lang, crawled_at) if page.published else None
    return parsed or to_utc(page.published_date)


def byline_names(lines: Iterable[str]) -> list[str]:
    """Author names in byline lines (the parser's boilerplate), in order, without repeats.

    >>> byline_names(["Posted by Margo Lindqvist at 10:12 AM 4 comments",
    ...               "Veröffentlicht am 11. März 2015 von Redaktion · 3 Kommentare",
    ...               "Proudly powered by WordPress", "Postado por Lúcia Andrade às 10:30"])
    ['Margo Lindqvist', 'Redaktion', 'Lúcia Andrade']
    """
    names: dict[str, None] = {}
    for line in lines:
        for match in _BYLINE.finditer(" ".join(line.split())):
            name = match["name"].strip()
            if name and not _NOT_A_NAME.search(name) and len(name.split()) <= 4:
                names[name] = None
    return list(names)


def _name_key(name: str) -> str:
    return " ".join(name.casefold().split())


def _is_post_author(row: _Row, authors: set[str]) -> bool | None:
    if row["kind"] != "comment" or not authors or not row["author"]:
        return None
    return _name_key(row["author"]) in authors


def kept_fields(record: dict[str, Any], text_field: str) -> str | None:
    """The fields of ``record`` carried to the pages table, as JSON text (None if none).

    >>> kept_fields({"text": "…", "lang": "de", "n": 3, "html": "<p>" * 100}, "text")
    '{"lang": "de", "n": 3}'
    """
    kept = {
        name: value for name, value in record.items() if name != text_field and _short_scalar(value)
    }
    return json.dumps(kept, ensure_ascii=False, default=str) if kept else None


def _short_scalar(value: Any) -> bool:
    if isinstance(value, str):
        return len(value) <= MAX_FIELD_CHARS
    return isinstance(value, int | float | bool) or hasattr(value, "isoformat")
