"""How far to trust a parsed page's discussion: warnings and a 0..1 quality score.

A count mismatch can go two ways. The page may say "125 comments" while its text holds
only the first page of them (nothing the parser can recover), or the parser may have
missed entries the text does hold. The second leaves a trace: lines shaped like the
parts of a comment record ("Reply" links, "Ann says:" heads) outside every record found.
Those lines tell the two apart, and they lower ``parse_quality`` even on pages that
declare no count.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain

from .heads import (
    LINE_CACHE_SIZE,
    MAX_PATTERN_CHARS,
    ends_with_links,
    has_says_cue,
    is_action_line,
    opens_quotation,
)
from .lines import Line
from .patterns import FORM_START, REPLY_LINK_WORDS
from .records import EXPLICIT, head_parts, line_role

__all__ = ["Assessment", "assess"]

MIN_STRAY_LINES = 3  # stray record parts that make a page without a count suspect
REPLY, HEAD = "reply", "head"  # the parts of a record that no other page part has
NO_LINES: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Assessment:
    """``quality``: 1.0 when every entry the text shows was found and the declared count
    agrees, lower as entries go missing; ``warnings``: what a reader should know;
    ``stray``: 1-based numbers of the record-shaped lines no entry took."""

    quality: float
    warnings: list[str]
    stray: tuple[int, ...] = NO_LINES


def assess(
    lines: Sequence[Line],
    taken: range,
    found: tuple[int, int],
    declared: int | None,
) -> Assessment:
    """Judge a page's discussion: ``taken`` is the line range its records cover,
    ``found`` (comments, pingbacks) what was found, ``declared`` the count the page states.

    >>> from comments.parse.lines import classify_lines
    >>> page = classify_lines(["Post.", "3 Comments", "Ann says:", "Hi.", "Reply",
    ...                        "Bob says:", "Yes.", "Reply", "Cy says:", "No.", "Reply"])
    >>> whole = assess(page, range(2, 11), (3, 0), 3)
    >>> whole.quality, whole.warnings
    (1.0, [])
    >>> partial = assess(page, range(2, 5), (1, 0), 3)
    >>> partial.quality, partial.stray
    (0.333, (6, 8, 9, 11))
    >>> partial.warnings[0].endswith("the parser probably missed entries")
    True
    """
    every = range(len(lines))
    outside = chain(every[: taken.start], every[taken.stop :]) if taken else every
    parts = [
        (i + 1, part)
        for i in outside
        if not lines[i].blank
        and (part := _record_part(lines[i].text))
        and not (part == HEAD and _quotes_below(lines, i))
    ]
    stray = tuple(number for number, _ in parts)
    missed = max(Counter(part for _, part in parts).values(), default=0)
    count = sum(found)
    # A stray "Reply" or two is noise (an article's own link, a widget's); more is a
    # discussion part the parser did not take.
    short = declared is not None and count < declared  # the count bears the stray lines out
    counted = missed if short or len(stray) >= MIN_STRAY_LINES else 0
    quality = min(_recovered(count, counted), _agreement(count, declared))
    return Assessment(round(quality, 3), _warnings(found, declared, stray, missed), stray)


@lru_cache(maxsize=LINE_CACHE_SIZE)
def _record_part(text: str) -> str | None:
    """Which part only a comment record holds a line is: a "Reply" link row ("reply")
    or an "Ann says:" head ("head"); ``None`` for any other line."""
    if len(text) > MAX_PATTERN_CHARS:
        return None
    if set(text.casefold().split()) & REPLY_LINK_WORDS:  # "Reply", "16:43 | Antworten"
        if FORM_START.match(text):
            return None  # "Leave a Reply": the comment form's heading, under any page
        return REPLY if is_action_line(text) or ends_with_links(text) else None
    if not has_says_cue(text) or line_role(text) != EXPLICIT:
        return None  # a dated byline ("Ann | May 2, 2012") heads posts as well
    parts = head_parts(text)
    return HEAD if parts is not None and parts.says else None


def _quotes_below(lines: Sequence[Line], i: int) -> bool:
    """Whether an undated "X said:" head at line ``i`` stands over a quotation ("The
    mayor said:" / "“We welcome …”"): a news report's, no comment missed."""
    parts = head_parts(lines[i].text)
    below = next((lines[k].text for k in range(i + 1, len(lines)) if not lines[k].blank), "")
    return parts is not None and parts.timestamp is None and opens_quotation(below)


def _recovered(count: int, missed: int) -> float:
    """The share of the text's entries found: a record holds at most one "Reply" row
    and one head, so the more numerous of the stray kinds counts the records missed."""
    return 1.0 if count + missed == 0 else count / (count + missed)


def _agreement(count: int, declared: int | None) -> float:
    """How far the count found bears out the count the page states: more entries than
    declared may hold some that are no comments; none of a declared discussion is a
    miss. Fewer is no fault of the parse when no record part was left over (the text
    holds only the first page of a long discussion): :attr:`Page.declared_count` and
    the entries found tell a reader how complete the page is."""
    if declared is None or count == declared:
        return 1.0
    if count == 0:
        return 0.0
    return min(1.0, declared / count)


def _warnings(
    found: tuple[int, int], declared: int | None, stray: tuple[int, ...], missed: int
) -> list[str]:
    """What the count and the stray lines say, in words."""
    comments, pingbacks = found
    count = comments + pingbacks
    trace = (
        f"{_lines(len(stray))} shaped like comment heads or Reply links left outside "
        f"every entry (first at line {stray[0]})"
        if stray
        else ""
    )
    if declared is None:
        if len(stray) >= MIN_STRAY_LINES:
            return [f"{trace}: the parser probably missed entries"]
        return []
    if count < declared:
        said = (
            f"declared {declared} comments, found {count} "
            f"(comments: {comments}, pingbacks: {pingbacks})"
        )
        if missed * 2 >= declared - count:
            return [f"{said}; {trace}: the parser probably missed entries"]
        return [
            f"{said}; no comment-shaped lines were left over: the page text probably holds "
            "fewer entries than declared (paged, collapsed or loaded by script)"
        ]
    if count > declared:
        return [
            f"declared {declared} comments, found {count}: some entries may not be comments, "
            "or the count leaves out replies or pingbacks"
        ]
    return []


def _lines(count: int) -> str:
    return "1 line" if count == 1 else f"{count} lines"
