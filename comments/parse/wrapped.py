"""Comment heads the converter wrapped onto a second line, joined again.

w3m, lynx and elinks fill lines to a fixed width: a head longer than that ("by Big in
2011: Curation and Consultation on January 18, 2011 at 4:29 am. Reply #", a linking
post's title and site over its excerpt) goes on on the next line, and neither half
reads as a head. The page's structure tells where the converter cut a line: the next
line's first word would not have fit after it. Such a pair is joined where together,
and only together, they read as a head, or where the cut split the date that closes a
head before its links; the second line is left blank, so every line keeps its number.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from .heads import has_reply_to_cue, has_says_cue, may_hold_date, may_hold_digit_date
from .lines import BLANK_LINE, LINE_TEXT, Line, cut_by_width
from .patterns import DATE_IN_TEXT, LINK_LINE
from .records import EXPLICIT, FOOTER, LINE_CACHE_SIZE, MAX_HEAD_SPACES, PINGBACK, line_role

__all__ = ["joined_heads"]

JOINED_ROLES = frozenset({EXPLICIT, FOOTER, PINGBACK})  # heads that say what they are
LINK_ROW_MARKS = " .,|·•#"  # between a head's date and its links, and after them
MAX_HEAD_TAIL_CHARS = 40  # a head's wrapped tail is short ("2010 at 3:24 am. Reply #")
CUT_DATE_REACH = 25  # a date's digits stand this close to a cut made inside it


def joined_heads(lines: Sequence[Line], width: int) -> list[Line]:
    """``lines`` with each head the converter wrapped joined onto its first line, where
    it filled them to ``width`` (:func:`.lines.fill_width`; 0: not filled).

    >>> from comments.parse.lines import classify_lines, fill_width, printed_width
    >>> prose = "The bridge opened in May, and the ferry stopped running the week after."
    >>> page = classify_lines([prose, prose, prose, "",
    ...     "by Ann Lee of the Riverside Historical Society on November 30, 2010 at",
    ...     "3:24 am. Reply #"])
    >>> [ln.text for ln in joined_heads(page, fill_width(map(printed_width, page)))[4:]]
    ['by Ann Lee of the Riverside Historical Society on November 30, 2010 at 3:24 am. Reply #', '']
    """
    if not width:
        return list(lines)
    joined = list(lines)
    # a head's tail is a short line: the few of them are looked at (most lines are long)
    lengths = list(map(len, map(LINE_TEXT, lines)))
    for i in [i for i in range(1, len(lines)) if 0 < lengths[i] <= MAX_HEAD_TAIL_CHARS]:
        first, tail = joined[i - 1], lines[i]
        if cut_by_width(first, tail, width) and _joins(first.text, tail.text):
            joined[i - 1] = first._replace(text=f"{first.text} {tail.text}")
            joined[i] = BLANK_LINE
    return joined


@lru_cache(maxsize=LINE_CACHE_SIZE)
def _joins(first: str, tail: str) -> bool:
    """Whether a line and the tail the converter cut from it are one head (remembered:
    a site's pages repeat their heads)."""
    return _reads_as_head(first, tail) or _ends_a_cut_date(first, tail)


def _reads_as_head(first: str, tail: str) -> bool:
    """Whether two lines read as a head together and neither does alone (cheap tests
    first: such a head says "says" near its start or holds a date, and is no longer
    than a head unless it says "says" or "replied to")."""
    joined = f"{first} {tail}"
    says = has_says_cue(joined)
    if not (says or may_hold_date(joined)):
        return False
    if joined.count(" ") >= MAX_HEAD_SPACES and not (says or has_reply_to_cue(joined)):
        return False  # running text (see records.line_role)
    if line_role(first) in JOINED_ROLES or line_role(tail) in JOINED_ROLES:
        return False
    return line_role(joined) in JOINED_ROLES


def _ends_a_cut_date(first: str, tail: str) -> bool:
    """Whether the converter cut a date that closes a head, where nothing but its
    links follow it ("by Ann Lee on December 3," / "2010 at 3:24 am. Reply #"): the
    date a footer's frame is told by is whole only on the two lines together."""
    joined = f"{first} {tail}"
    cut = len(first)
    if not may_hold_digit_date(joined, max(0, cut - CUT_DATE_REACH), cut + CUT_DATE_REACH):
        return False  # no digits shaped as a date's near the cut: the long search spared
    for date in DATE_IN_TEXT.finditer(joined, max(0, cut - MAX_HEAD_TAIL_CHARS)):
        end = date.start() + len(date.group(0).rstrip())  # a date may take the space after it
        if date.start() < cut < end:
            rest = joined[end:].strip(LINK_ROW_MARKS)
            return not rest or LINK_LINE.match(rest) is not None
    return False
