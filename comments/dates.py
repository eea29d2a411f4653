"""Date text as pages show it -> timezone-aware datetimes (UTC), with ``dateparser``.

``dateparser`` (maintained, 200+ locales) reads absolute forms in many languages
("12. März 2015 um 14:03 Uhr", "3 de março de 2024 às 14:22", "14/04/2020 at 3:00 pm")
and relative ones ("52m ago", "vor 3 Tagen", "il y a 2 heures"). A relative form, or one
without a year ("March 3 at 10:12"), means something only against the time the page was
crawled: with ``crawled_at`` (from a record field) it is resolved against it, without one it
gives None rather than a date made up from today's clock. Times without a zone are taken
as UTC (pages rarely state one), so every result is comparable.

    >>> from datetime import datetime, timezone
    >>> crawl = datetime(2020, 4, 20, 12, 0, tzinfo=timezone.utc)
    >>> parse_datetime("vor 3 Tagen", "de", crawl)
    datetime.datetime(2020, 4, 17, 12, 0, tzinfo=datetime.timezone.utc)
    >>> parse_datetime("52m ago", "en", crawl).isoformat()
    '2020-04-20T11:08:00+00:00'
    >>> parse_datetime("52m ago", "en") is None       # relative, and no crawl time
    True
    >>> parse_datetime("12. März 2015 um 14:03 Uhr", "de").isoformat()
    '2015-03-12T14:03:00+00:00'
    >>> parse_datetime("Posted on May 2, 2012 at 9:15 pm | Permalink").isoformat()
    '2012-05-02T21:15:00+00:00'
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any

__all__ = ["parse_datetime", "to_utc"]

#: Reference time for texts parsed without a crawl time: anything dateparser dates before
#: it was relative or lacked its year, and is discarded.
_NO_ANCHOR = datetime(1900, 1, 1, tzinfo=UTC)
_MAX_CHARS = 80  # a timestamp longer than this is not a timestamp
_CACHE = 65_536  # distinct (text, language, anchor) triples remembered per process


def parse_datetime(
    text: str | None, lang: str | None = None, crawled_at: datetime | None = None
) -> datetime | None:
    """``text`` as an aware UTC datetime, or None when it is no date (or only a relative
    one and ``crawled_at`` is None). ``lang`` (ISO 639-1) is tried first, then English."""
    if not text or len(text) > _MAX_CHARS:
        return None
    anchor = to_utc(crawled_at) if crawled_at is not None else None
    shown = " ".join(text.split())
    parsed = _parse(shown, lang, anchor)
    if parsed is None and (span := _date_span(shown)) is not None:
        parsed = _parse(span, lang, anchor)
    return parsed


def _date_span(text: str) -> str | None:
    """The date inside a timestamp that shows more than it, which ``dateparser`` reads
    as no date ("Posted on May 2, 2012 at 9:15 pm | Permalink", "Nov 06 2012 | 1:23 pm -
    3 hours ago"): found with the parser's own date pattern; ``None`` when the date is
    all there is.

    >>> _date_span("Posted on May 2, 2012 at 9:15 pm | Permalink")
    'May 2, 2012 at 9:15 pm'
    """
    from .parse.heads import first_date  # the parser's date search, loaded on first need

    match = first_date(text)
    return None if match is None or match.group(0) == text else match.group(0)


@lru_cache(maxsize=_CACHE)
def _parse(text: str, lang: str | None, anchor: datetime | None) -> datetime | None:
    import dateparser

    settings: dict[str, Any] = {
        "RELATIVE_BASE": (anchor or _NO_ANCHOR).replace(tzinfo=None),
        "RETURN_AS_TIMEZONE_AWARE": True,
        "TIMEZONE": "UTC",
        "TO_TIMEZONE": "UTC",
        "PREFER_DATES_FROM": "past",
    }
    languages = list(dict.fromkeys([lang, "en"])) if lang else None
    try:
        found = dateparser.parse(text, languages=languages, settings=settings)
    except (ValueError, OverflowError, KeyError):  # unknown locale, absurd numbers
        return None
    if found is None or (anchor is None and found.year <= _NO_ANCHOR.year):
        return None
    return found.astimezone(UTC)


def to_utc(value: datetime | date | str | None) -> datetime | None:
    """A datetime, date or ISO 8601 text as an aware UTC datetime (naive means UTC).

    >>> to_utc("2020-04-20T14:00:00+02:00").isoformat()
    '2020-04-20T12:00:00+00:00'
    >>> to_utc(date(2015, 3, 11)).isoformat()
    '2015-03-11T00:00:00+00:00'
    >>> to_utc("not a date") is None
    True
    """
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            return None
    if isinstance(value, datetime):
        aware = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
        return aware.astimezone(UTC)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=UTC)
    return None
