"""The line model: each cleaned line split into indentation, list marker and text.

Everything structural the parser knows about a line is here, computed once: how far it
is indented, whether it opens a list item (and with which marker), and its text without
the marker. The later stages only read these fields.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence, Set
from operator import itemgetter
from typing import NamedTuple, cast

from .heads import is_date
from .patterns import (
    AMBIGUOUS_BULLETS,
    BULLET_MARKERS,
    DATE_IN_TEXT,
    DATE_LINE,
    DAY_ALONE_LINE,
    LIST_MARKER,
    MONTH_DAY_LINE,
    MONTH_WORDS,
    RULE_CHARS,
    RULE_LINE,
    YEAR,
)

__all__ = [
    "LINE_BLANK",
    "LINE_TEXT",
    "MAX_MARKER_LINE",
    "Line",
    "blocks",
    "classify_lines",
    "cut_by_width",
    "fill_width",
    "item_number",
    "line_above",
    "printed_width",
    "split_marker",
]

# Characters a list marker can start with: a quick test before LIST_MARKER.
MARKER_FIRST_CHARS = frozenset("".join(BULLET_MARKERS) + "0123456789abcdefghijklmnopqrstuvwxyzIVX")
# Bullets no other marker kind can start with ("*", "•", not "o"): a bullet and one space
# before the text is told without LIST_MARKER (the commonest item line of all).
SYMBOL_BULLETS = frozenset(b for b in BULLET_MARKERS if len(b) == 1 and not b.isalnum())
RULE_FIRST_CHARS = frozenset(RULE_CHARS)  # what a "* * *" rule can start with
# A date read as item "5." has a month (or Spanish "de") right after the number:
# "5. März 2015", "5. de marzo de 2015". Outline numbers ("12.03.15 10:30") are always
# checked against DATE_LINE; "number" markers only when this cheap test allows a date.
DATE_AFTER_NUMBER = frozenset(MONTH_WORDS) | {"de"}
DATE_TRAILERS = ".,"  # "Jan." / "March," before the day or year
# Digits right after a date read from an item's number: the item's own date goes on
# ("11. November 12, 2012" is item 11, dated November 12, 2012).
MORE_DATE = re.compile(r"[\s,.]*\d")

# A marker is only looked for in the first few columns: a 50 MB line is never scanned.
MAX_MARKER_LINE = 200
LINE_MODEL_CACHE_SIZE = 8192  # distinct raw lines remembered across pages
NESTED_ITEM_GAP = "  "  # "*   2. …": more than one space after a bullet, then a marker
NUMBERED_KINDS = frozenset({"number", "outline"})
MIN_FILL_WIDTH = 60  # converters fill to 80 columns or more: narrower lines are no filled page
MAX_FILL_WIDTH = 160  # wider lines: a converter that does not fill lines (one per block)
MIN_FULL_LINES = 3  # lines that reach the width a page was filled to


class Line(NamedTuple):
    """One cleaned input line (a named tuple: pages have many lines, and the parser
    reads these fields more than anything else).

    A line does not know its position (line ``i`` of a page is input line ``i + 1``),
    so equal input lines of a page share one ``Line``. ``indent`` is the column of its
    first character;
    ``marker`` the list marker it opens with ("•", "1.", "1.2.", "a)" …) or ``None``;
    ``marker_kind`` one of "bullet", "number", "outline", "letter", "roman";
    ``level`` the nesting that outline numbering states (1 for "1.", 2 for "1.2.");
    ``text`` the content without indentation and marker; ``is_item`` whether it opens
    a list item; ``blank`` whether it has no text and opens no item.
    """

    indent: int
    marker: str | None
    marker_kind: str | None
    level: int
    text: str
    is_item: bool
    blank: bool

    @property
    def display(self) -> str:
        """The line as shown, without indentation: marker and text."""
        return f"{self.marker} {self.text}" if self.marker else self.text

    @property
    def nesting_key(self) -> tuple[int, int]:
        """Orders items by nesting: outline level first, then indentation."""
        return (self.level, self.indent)


# ``line.text`` as a C callable, for ``map`` over a page's lines (stages that test every
# line's text run their loops in C and look at the few hits in Python).
LINE_TEXT = itemgetter(Line._fields.index("text"))
LINE_BLANK = itemgetter(Line._fields.index("blank"))


def split_marker(stripped: str, indent: int) -> tuple[str | None, str | None, int, str]:
    """Split a stripped line into (marker, kind, outline level, text).

    >>> split_marker("1.2. Reply text", 4)
    ('1.2.', 'outline', 2, 'Reply text')
    >>> split_marker("o que eu acho", 0)
    (None, None, 1, 'o que eu acho')
    >>> split_marker("5. März 2015 um 14:03 Uhr", 2)
    (None, None, 1, '5. März 2015 um 14:03 Uhr')
    >>> split_marker("3. März", 2), split_marker("3. Mehr", 2)[:2]
    ((None, None, 1, '3. März'), ('3.', 'number'))
    >>> split_marker("*     *     * Email This", 4)  # empty items nested on one line
    ('*', 'bullet', 1, 'Email This')
    >>> split_marker("*   2. Bob Stone", 5)  # an empty bullet, then the next numbered item
    ('2.', 'number', 1, 'Bob Stone')
    """
    if not _could_open_item(stripped):
        return None, None, 1, stripped  # most lines: prose, not a list item
    return _split_candidate(stripped, indent)


def _split_candidate(stripped: str, indent: int) -> tuple[str | None, str | None, int, str]:
    """:func:`split_marker` for a line that passed :func:`_could_open_item`."""
    head = stripped[:MAX_MARKER_LINE]
    if stripped[0] in SYMBOL_BULLETS and stripped[1:2] == " " and not stripped[2:3].isspace():
        # What LIST_MARKER matches here: the bullet, then one space before the text.
        kind, marker, rest = "bullet", stripped[0], stripped[2:]
    else:
        match = LIST_MARKER.match(head)
        if match is None:
            return None, None, 1, stripped
        kind = match.lastgroup or "bullet"
        marker = match.group(kind)
        rest = stripped[match.end() :]
    if kind == "bullet":
        if indent == 0 and marker in AMBIGUOUS_BULLETS:
            return None, None, 1, stripped
        # A rule ("* * *") reads as a bullet only when more rule characters follow it
        # ("-----" has no space after its first "-", so LIST_MARKER never matches it).
        starts_rule = rest[:1] in RULE_FIRST_CHARS and stripped[0] in RULE_FIRST_CHARS
        if starts_rule and RULE_LINE.match(head):
            return None, None, 1, stripped
        rest = _without_empty_items(marker, rest)
        if stripped[1:3] == NESTED_ITEM_GAP and rest:
            # "*   2. Bob …": html2text printed item 2 of a numbered list on the empty
            # last bullet of the list that closed item 1 (its share links)
            inner = _split_candidate(rest, indent)
            if inner[1] in NUMBERED_KINDS:
                return inner
        return marker, kind, 1, rest
    if stripped[0] in RULE_FIRST_CHARS and RULE_LINE.match(head):
        return None, None, 1, stripped  # "* * *" is a rule, not an item
    if _could_be_date(kind, marker, rest) and _opens_with_date(kind, head):
        return None, None, 1, stripped  # "5. März 2015" is a date, not item 5
    level = marker.rstrip(".").count(".") + 1 if kind == "outline" else 1
    return marker, kind, level, rest


def _without_empty_items(marker: str, rest: str) -> str:
    """An item's text without the bullets of the empty items nested in it: html2text
    prints nested items that hold nothing but the next one on one line ("*     *     *
    Email This"), each with the same bullet."""
    while rest[:1] == marker and rest[1:2].isspace():
        rest = rest[1:].lstrip()
    return rest


def _could_be_date(kind: str, marker: str, rest: str) -> bool:
    """Cheap test run before DATE_LINE: can the line read as "<marker> <rest>" be a date?"""
    if kind == "outline":
        return True
    if kind != "number" or not marker.endswith(".") or not rest:
        return False
    words = rest.split(None, 2)
    if words[0].casefold().rstrip(DATE_TRAILERS) in DATE_AFTER_NUMBER:
        return True
    # a month the vocabulary lacks, then the year ("5. května 2015 v 14:03"), perhaps
    # glued to its time ("29. července 20206:07 pm")
    return len(words) > 1 and YEAR.match(words[1]) is not None


def _opens_with_date(kind: str, head: str) -> bool:
    """Whether a line read as an item is a date: a whole date line for outline numbers
    ("12.03.15 10:30"), a date at the start for a number and a month ("15. Dezember 2015
    at 11:21 · Antwort": links may follow it), or a whole line of a day, a month the
    vocabulary lacks in lower case and a year ("28. septembra 2012"), or a whole line of a day
    and a month ("3. März", as sites date this year's comments)."""
    if kind == "outline":
        return DATE_LINE.match(head) is not None
    date = DATE_IN_TEXT.match(head)
    if date is None:
        return DAY_ALONE_LINE.match(head) is not None or MONTH_DAY_LINE.match(head) is not None
    return not MORE_DATE.match(head, date.end())


def _could_open_item(stripped: str) -> bool:
    """Cheap test run before LIST_MARKER: a marker character first, and for a letter
    ("o …", "a) …", "iv. …") a stop or bracket within 6 characters."""
    first = stripped[0]
    if first not in MARKER_FIRST_CHARS:
        return False
    return not first.isalpha() or (
        stripped.startswith("o ") or "." in stripped[1:6] or ")" in stripped[1:6]
    )


def classify_lines(clean: list[str], continuations: Set[int] = frozenset()) -> list[Line]:
    """Build the :class:`Line` model of every cleaned line.

    Lines listed in ``continuations`` (0-based) continue a wrapped link from the line
    above, so they never open a list item.

    >>> [(ln.indent, ln.marker, ln.text) for ln in classify_lines(["Title", "  • Ann"])]
    [(0, None, 'Title'), (2, '•', 'Ann')]
    >>> classify_lines(["x", " • edited"], continuations={1})[1].marker is None
    True
    """
    # The hottest code of the parser (every line of every page). Pages repeat lines
    # (blank ones above all, "Reply", "Like"): each distinct line is looked at once per
    # page, and the lookups run in C (a Python loop body per line costs more).
    table = cast("dict[str, Line]", dict.fromkeys(clean))  # values set just below
    dated_bullets = _classify_distinct(table)
    lines = list(map(table.__getitem__, clean))
    for i in continuations:
        if i < len(lines) and lines[i].is_item:
            lines[i] = _plain_line(clean[i])  # a wrapped link's tail opens no item
    if dated_bullets:
        _unwrap_dated_bullets(lines, dated_bullets)
    return lines


def _unwrap_dated_bullets(lines: list[Line], dated: Set[Line]) -> None:
    """Turn "• 2 years ago" back into the tail of the line above it.

    A head "Ann • 2 years ago" wrapped before its separator puts the bullet at the
    start of the next line. A bullet whose text is only a date, right under a text
    line at its own margin (no blank line between: wrapped text keeps the margin)
    and with no sibling item after it, is that tail: a one-item list of a date glued
    to a paragraph is no list. (A reply whose head is only its date sits deeper or
    shallower than the link row above it.)
    """
    for i in range(1, len(lines)):
        line = lines[i]
        if not line.is_item or line not in dated:
            continue
        above = lines[i - 1]
        below = lines[i + 1] if i + 1 < len(lines) else BLANK_LINE
        sibling = below.is_item and below.marker == line.marker and below.indent == line.indent
        wrapped = not above.blank and not above.is_item and above.indent == line.indent
        if wrapped and not sibling:
            lines[i] = tuple.__new__(Line, (line.indent, None, None, 1, line.text, False, False))


def _classify_distinct(table: dict[str, Line]) -> set[Line]:
    """Set the :class:`Line` of each distinct raw line (the keys of ``table``); return
    the bullet items whose text is a date ("• 2 years ago").

    A line's model depends on the line alone, and the pages of one site repeat their
    lines (menus, "Reply", share rows): models are remembered across pages. One loop
    with the common cases inlined: a function call per line would cost more than most
    lines' classification.
    """
    if len(_KNOWN_LINES) > LINE_MODEL_CACHE_SIZE:
        _KNOWN_LINES.clear()  # a new generation: cheaper than an LRU's bookkeeping per line
    known = _KNOWN_LINES
    dated_bullets: set[Line] = set()
    for raw in table:
        line = known.get(raw)
        if line is not None:
            table[raw] = line
            if line.marker_kind == "bullet" and _is_dated(line.text):
                dated_bullets.add(line)
            continue
        stripped = raw.lstrip(" ")
        if not stripped:
            table[raw] = known[raw] = BLANK_LINE
            continue
        indent = len(raw) - len(stripped)
        first = stripped[0]
        if (
            first in MARKER_FIRST_CHARS
            and (  # _could_open_item, inlined
                not first.isalpha()
                or stripped.startswith("o ")
                or "." in stripped[1:6]
                or ")" in stripped[1:6]
            )
        ):
            marker, kind, level, text = _split_candidate(stripped, indent)
            if marker is not None:
                text = text.strip()
                line = tuple.__new__(Line, (indent, marker, kind, level, text, True, False))
                if kind == "bullet" and _is_dated(text):
                    dated_bullets.add(line)
                table[raw] = known[raw] = line
                continue
        text = stripped.rstrip()
        line = tuple.__new__(Line, (indent, None, None, 1, text, False, not text))
        table[raw] = known[raw] = line
    return dated_bullets


def _is_dated(text: str) -> bool:
    return text[:1].isalnum() and is_date(text)


class _LineMemo(dict[str, Line]):
    """Line models by raw line, across pages; emptied whole when full."""

    cache_clear = dict.clear  # the name functools' caches give it: one way to empty them all


_KNOWN_LINES = _LineMemo()


def _plain_line(raw: str) -> Line:
    """A line that opens no list item."""
    stripped = raw.lstrip(" ")
    if not stripped:
        return BLANK_LINE
    text = stripped.rstrip()
    return tuple.__new__(Line, (len(raw) - len(stripped), None, None, 1, text, False, not text))


BLANK_LINE = Line(0, None, None, 1, "", False, True)


def printed_width(line: Line) -> int:
    """The columns a line fills: its indentation, its marker and a space, its text."""
    return line.indent + len(line.text) + (len(line.marker) + 1 if line.marker else 0)


def fill_width(widths: Iterable[int]) -> int:
    """The width a converter filled a page's lines to, from the columns each line
    fills (w3m, lynx and elinks fill lines to a width; a line they cut is one whose next
    word would not have fit): the widest that several lines reach (one overlong line, a
    long address, is no measure); 0 where the lines were not filled (a converter that
    prints a block per line).

    >>> fill_width([79, 1, 79, 95, 78, 79]), fill_width([400, 250, 310, 1])
    (79, 0)
    """
    widest = sorted(widths, reverse=True)[MIN_FULL_LINES - 1 : MIN_FULL_LINES]
    return widest[0] if widest and MIN_FILL_WIDTH <= widest[0] <= MAX_FILL_WIDTH else 0


def cut_by_width(above: Line, line: Line, width: int) -> bool:
    """Whether the converter cut ``above`` where ``line`` goes on: the page was filled
    to ``width`` (:func:`fill_width`; 0: not filled), ``line`` opens no item, stands at
    least as deep, and its first word would not have fit after ``above``."""
    if not width or above.blank or line.blank or line.is_item or line.indent < above.indent:
        return False
    return printed_width(above) + 1 + len(line.text.split(maxsplit=1)[0]) > width


def blocks(lines: Sequence[Line], start: int, end: int) -> Iterator[list[int]]:
    """Runs of consecutive non-blank line indices in ``[start, end)``.

    >>> from comments.parse.lines import classify_lines
    >>> list(blocks(classify_lines(["a", "b", "", "c"]), 0, 4))
    [[0, 1], [3]]
    """
    block: list[int] = []
    for i in range(start, end):
        if lines[i].blank:
            if block:
                yield block
            block = []
        else:
            block.append(i)
    if block:
        yield block


def line_above(lines: Sequence[Line], i: int) -> int | None:
    """The index of the nearest non-blank line above line ``i`` (``None``: there is none).

    >>> line_above(classify_lines(["a", "", "b"]), 2), line_above(classify_lines(["a"]), 0)
    (0, None)
    """
    return next((k for k in range(i - 1, -1, -1) if not lines[k].blank), None)


def line_below(lines: Sequence[Line], i: int) -> int | None:
    """The index of the nearest non-blank line below line ``i`` (``None``: there is none).

    >>> line_below(classify_lines(["a", "", "b"]), 0), line_below(classify_lines(["a"]), 0)
    (2, None)
    """
    return next((k for k in range(i + 1, len(lines)) if not lines[k].blank), None)


def item_number(line: Line) -> int | None:
    """The number of a numbered list item ("2." -> 2), ``None`` for any other line.

    >>> [item_number(line) for line in classify_lines(["  2. Ann", "  • Bob", "Cleo"])]
    [2, None, None]
    """
    digits = (line.marker or "").rstrip(".)")
    return int(digits) if line.marker_kind == "number" and digits.isdigit() else None
