"""What a date text states: the day (:func:`read_date`) and, with its time of day, the
minute (:func:`read_moment`), where the text leaves no doubt.

The parser reads dates itself rather than through ``dateparser`` (see
:mod:`comments.dates`): it asks about every dated line of a page, and only needs the
unambiguous forms its own date pattern finds.
"""

from __future__ import annotations

from datetime import date, datetime, time
from functools import lru_cache
from typing import NamedTuple

from .patterns import CLOCK_TIME, MONTH_NUMBERS, PUBLISHED_DATE

__all__ = ["Moment", "read_date", "read_moment"]

MONTHS = 12
HOURS_ON_A_HALF_DAY = 12
TWELVE_HOUR, TWENTY_FOUR_HOUR, EITHER_CLOCK = "12", "24", "either"  # see Moment
MIN_YEAR, MAX_YEAR = 1900, 2100  # a year outside is no year
CLIPPED_YEAR_PIVOT = 69  # "'68" is 2068, "'69" 1969, as POSIX reads two-digit years
CENTURY_OF_CLIPPED_YEARS, EARLIER_CENTURY = 2000, 1900
STAMP_CACHE_SIZE = 8192  # a page's dates are read by several stages


@lru_cache(maxsize=STAMP_CACHE_SIZE)
def read_date(text: str, day_first: bool | None = None) -> date | None:
    """The date a date text states, where it is unambiguous: a month named in a language
    the parser knows, an ISO date, or a numeric date whose day cannot be a month (or,
    with ``day_first``, one read in that order: a list's other dates may tell it).

    >>> read_date("14. Dezember 2015"), read_date("June 28th, 2018"), read_date("2019-06-28")
    (datetime.date(2015, 12, 14), datetime.date(2018, 6, 28), datetime.date(2019, 6, 28))
    >>> read_date("17.10.2019"), read_date("03/04/2020"), read_date("2 years ago")
    (datetime.date(2019, 10, 17), None, None)
    >>> read_date("Mar 3 '15"), read_date("2015-03-03T16:12:00Z")
    (datetime.date(2015, 3, 3), datetime.date(2015, 3, 3))
    >>> read_date("03/04/2020", day_first=True), read_date("17.10.2019", day_first=False)
    (datetime.date(2020, 4, 3), None)
    """
    found = PUBLISHED_DATE.search(text)
    if found is None:
        return None
    parts = {k: v for k, v in found.groupdict().items() if v is not None}
    year = _year(next(v for k, v in parts.items() if k.startswith("year")))
    if "first4" in parts:  # numeric: day first or month first, told only by a day over 12
        first, second = int(parts["first4"]), int(parts["second4"])
        if day_first is None:
            if (first > MONTHS) == (second > MONTHS):
                return None
            day_first = first > MONTHS
        day, month = (first, second) if day_first else (second, first)
    else:
        day = int(next(v for k, v in parts.items() if k.startswith("day")))
        month_text = next(v for k, v in parts.items() if k.startswith("month"))
        month = int(month_text) if month_text.isdigit() else MONTH_NUMBERS[month_text.lower()]
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None  # "31 February"


def _year(text: str) -> int:
    """A date's year: "2015", or its last two digits after an apostrophe ("'15": 2015,
    "'98": 1998, split where POSIX ``strptime`` splits two-digit years)."""
    if text.isdigit():
        return int(text)
    clipped = int(text[1:])
    return clipped + (CENTURY_OF_CLIPPED_YEARS if clipped < CLIPPED_YEAR_PIVOT else EARLIER_CENTURY)


class Moment(NamedTuple):
    """The minute a timestamp states; ``clock`` says how it showed the hour: ``"12"``
    with am/pm, ``"24"`` without them past noon, at midnight or with a leading zero
    ("21:15", "09:15"), ``"either"`` for an hour from 1 to 12 without them ("9:15":
    morning on a 24-hour clock, or either half)."""

    at: datetime
    clock: str


@lru_cache(maxsize=STAMP_CACHE_SIZE)
def read_moment(text: str, day_first: bool | None = None) -> Moment | None:
    """The minute a timestamp states: ``None`` without a full date and a time of day
    (``day_first`` as for :func:`read_date`).

    >>> read_moment("May 2, 2012 at 9:15 pm")
    Moment(at=datetime.datetime(2012, 5, 2, 21, 15), clock='12')
    >>> read_moment("14.05.2012 - 9:15").clock, read_moment("2012-05-14 09:15").clock
    ('either', '24')
    >>> read_moment("May 2, 2012") is None
    True
    """
    day = read_date(text, day_first)
    found = CLOCK_TIME.search(text)
    if day is None or found is None:
        return None
    shown = found["hour"] or found["dot_hour"]  # "21:15", or "21.15" after the year
    hour, minute = int(shown), int(found["minute"] or found["dot_minute"])
    half = (found["half"] or "").lower()
    if half:
        clock = TWELVE_HOUR
        hour = hour % HOURS_ON_A_HALF_DAY + (HOURS_ON_A_HALF_DAY if half == "p" else 0)
    else:
        twelve_hour_like = 1 <= hour <= HOURS_ON_A_HALF_DAY and shown[0] != "0"
        clock = EITHER_CLOCK if twelve_hour_like else TWENTY_FOUR_HOUR  # "09:15" is 24-hour
    try:
        return Moment(datetime.combine(day, time(hour, minute)), clock)
    except ValueError:
        return None  # "25:70"
