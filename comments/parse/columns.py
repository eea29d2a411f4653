"""Side columns: a page's sidebar printed beside its text, taken out.

Terminal converters (w3m above all, elinks too) print a table layout's cells side by
side: a left sidebar (an author box, an archive menu) runs down the page's left margin
while the article or the comments run beside it, each line holding a piece of both
("My name is Ann and I'm a      enough to formally acquire the"). Read as lines, the
sidebar's words open comment heads ("express random thoughts about" as a commenter's
name over the next comment) and its margin flattens the thread's indentation.

What tells such a sidebar is the page's layout, not its words: columns that no line of a
stretch prints in part it into two, where the right column is the flowing text (it goes
on above or below the stretch, at whatever depth a thread indents it) and the left a
short stretch beside it, mostly one block of lines that hold words. A table of data or
of comment records prints its cells side by side too, but each row's cells are short and
repeat, and a table's cells do not flow: those stay as they are.
The sidebar's characters become spaces, so every line keeps its number and the text
beside it its column.

A right sidebar ("August 6th, 2012 at 9:33 am        subscribe to") is told by the width
the converter wrapped the text at: a cell that starts right of every wrapped line stands
in another column, and goes.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence

__all__ = ["split_side_columns"]

MIN_GUTTER = 3  # spaces that part two cells of one line (a sentence has one)
GUTTER = re.compile(rf"\S( {{{MIN_GUTTER},}})\S")
TEXT_RUN = re.compile(r"\S+")
MIN_BESIDE_LINES = 6  # lines holding both columns: fewer is a short table
MAX_CLUSTER_GAP = 12  # lines between two side-by-side lines of one sidebar
MIN_SIDE_BLOCK = 6  # a sidebar holds one block of at least this many lines
MIN_BLOCK_SHARE = 0.4  # ... that holds this share of its lines (a record table's cells repeat)
MIN_MAIN_RATIO = 2.0  # the page's text holds twice the sidebar's characters
MIN_FLOW_LINES = 3  # the text goes on past the sidebar, above or below it
MAX_SIDE_BLANKS = 2  # blank lines between two of a sidebar's widgets
MAX_SIDEBARS = 2  # a page's own: more of them are a table's rows
MAX_STRETCH_LINES = 200  # how far the two columns are compared around a sidebar
NO_TEXT = sys.maxsize  # the column of a line's text where it holds none: right of all
MIN_WRAPPED_LINES = 50  # lines of one column needed to tell the width they wrap at
WRAP_QUANTILE = 0.95  # the width: what this share of them stay within
WRAP_SLACK = 8  # lines ending this close to the width were wrapped there
MIN_NEAR_SHARE = 0.2  # ... and at least this share of them were


def split_side_columns(lines: Sequence[str]) -> tuple[list[str], list[str]]:
    """``lines`` with a left sidebar printed beside the text blanked out and the cells
    right of the wrapped text taken off, and the sidebars' own text (the page's
    boilerplate: no text is lost).

    >>> side = ["About me:", "I write", "about", "food and", "travel", "in Spain"]
    >>> text = ["Ann says:", "Great post,", "really.", "Bob says:", "Thanks", "a lot"]
    >>> page = [f"{' ':12}Intro text."] * 3 + [f"{a:12}{b}" for a, b in zip(side, text)]
    >>> kept, sidebar = split_side_columns(page + [f"{' ':12}More text."] * 3)
    >>> [line.strip() for line in kept[3:6]], sidebar[:3]
    (['Ann says:', 'Great post,', 'really.'], ['About me:', 'I write', 'about'])
    """
    gapped = _gapped_lines(lines)
    if not gapped:
        return list(lines), []  # most pages: one column
    out = list(lines)
    sidebar: list[str] = []
    regions = [r for span in _spans(gapped) if (r := _sidebar_region(lines, span)) is not None]
    if len(regions) <= MAX_SIDEBARS:  # more: tall cells, one per row, a table's records
        for start, stop, edge in regions:
            for i in range(start, stop):
                if side := out[i][:edge].strip():
                    sidebar.append(side)
                    out[i] = " " * min(edge, len(out[i])) + out[i][edge:]
    _take_right_margin(out, sidebar)
    return out, sidebar


def _take_right_margin(lines: list[str], sidebar: list[str]) -> None:
    """Move the cells that start right of the page's wrapped text (a right sidebar beside
    it: "August 6th, 2012 at 9:33 am      subscribe to") from ``lines`` to ``sidebar``.

    The converter wraps the text column at one width, so most of its lines end near it;
    a cell past the widest of them stands in another column. Pages whose lines are not
    wrapped (html2text, inscriptis) show no such width and keep every cell.
    """
    width = _wrap_width(lines)
    if width is None:
        return
    for i, line in enumerate(lines):
        if len(line) <= width:
            continue
        for match in GUTTER.finditer(line, _indent(line)):
            if match.end(1) > width:
                sidebar.append(line[match.end(1) :].strip())
                lines[i] = line[: match.start(1)]
                break


def _wrap_width(lines: Sequence[str]) -> int | None:
    """The width the converter wrapped the page's text at: most lines of one column end
    at most there, and many end near it (``None``: no such width)."""
    ends = sorted(len(line) for line in lines if line.strip() and "   " not in line.strip())
    if len(ends) < MIN_WRAPPED_LINES:
        return None
    width = ends[int(len(ends) * WRAP_QUANTILE)]
    near = bisect_right(ends, width) - bisect_left(ends, width - WRAP_SLACK)
    return width if near >= MIN_NEAR_SHARE * len(ends) else None


def _gapped_lines(lines: Sequence[str]) -> list[int]:
    """The lines that hold two cells: a gutter of spaces inside their text."""
    found = []
    for i, line in enumerate(lines):
        text = line.lstrip(" ")
        if "   " in text and GUTTER.search(text):  # most lines: the C test says no
            found.append(i)
    return found


def _spans(gapped: list[int]) -> list[range]:
    """Stretches of two-cell lines close enough to be one sidebar beside the text."""
    spans: list[list[int]] = [[gapped[0]]] if gapped else []
    for i in gapped[1:]:
        if i - spans[-1][-1] <= MAX_CLUSTER_GAP:
            spans[-1].append(i)
        else:
            spans.append([i])
    return [range(s[0], s[-1] + 1) for s in spans if len(s) >= MIN_BESIDE_LINES]


def _sidebar_region(lines: Sequence[str], span: range) -> tuple[int, int, int] | None:
    """(start, stop, edge) of a left sidebar that the two-cell lines of ``span`` set
    beside the text: its characters stand left of column ``edge``. ``None``: no sidebar.
    The gutter is a run of columns blank on every line of the stretch with text on both
    sides of it on enough lines (the text beside it may be indented at many depths: a
    thread)."""
    for left, right in _blank_columns(lines, span):
        beside = sum(1 for i in span if lines[i][:left].strip() and lines[i][right:].strip())
        if beside >= MIN_BESIDE_LINES:
            return _region_at(lines, span, left)
    return None


def _blank_columns(lines: Sequence[str], span: range) -> Iterator[tuple[int, int]]:
    """The runs ``[left, right)`` of at least MIN_GUTTER columns, left to right, that no
    line of ``span`` prints a character in (text stands right of each)."""
    width = max(len(lines[i]) for i in span)
    used = bytearray(width)
    for i in span:
        for match in TEXT_RUN.finditer(lines[i]):
            used[match.start() : match.end()] = b"\x01" * (match.end() - match.start())
    left = None
    for column in range(width):
        if not used[column]:
            left = column if left is None else left
        elif left is not None:
            if left > 0 and column - left >= MIN_GUTTER:
                yield left, column
            left = None


def _region_at(lines: Sequence[str], span: range, left: int) -> tuple[int, int, int] | None:
    """:func:`_sidebar_region` for the side-by-side lines of ``span`` parted at ``left``."""
    start, stop = _extent(lines, span.start, span.stop, left)
    right = min(_text_from(lines[i], left) for i in range(start, stop))
    side = [i for i in range(start, stop) if _has_words(lines[i][:left])]
    if _longest_block(side) < max(MIN_SIDE_BLOCK, MIN_BLOCK_SHARE * len(side)):
        return None  # short cells that repeat: a table of rows, no sidebar
    if not _flows_past(lines, start, stop, left):
        return None  # two cells of a table, not text going on beside a sidebar
    if not _main_is_right(lines, start, stop, left):
        return None  # the text on the left, a sidebar on its right
    return start, stop, right


def _extent(lines: Sequence[str], start: int, stop: int, left: int) -> tuple[int, int]:
    """The lines around ``[start, stop)`` that keep the gutter clear, as far as the
    sidebar goes (its text alone above or below the side-by-side lines)."""
    return _reach(lines, start - 1, -1, left), _reach(lines, stop, 1, left) + 1


def _reach(lines: Sequence[str], i: int, step: int, left: int) -> int:
    """The last line of the sidebar's text alone from line ``i`` on (in direction
    ``step``): blank lines part its widgets, MAX_SIDE_BLANKS of them end it."""
    last = i - step
    blanks = 0
    end = i + step * MAX_CLUSTER_GAP  # bounded: each cluster's work stays local
    while 0 <= i < len(lines) and i != end and blanks <= MAX_SIDE_BLANKS:
        if not lines[i].strip():
            blanks += 1
        elif _side_only(lines[i], left):
            last, blanks = i, 0
        else:
            break
        i += step
    return last


def _text_from(line: str, column: int) -> int:
    """The column where the line's text at or right of ``column`` starts (NO_TEXT: none)."""
    rest = line[column:]
    text = rest.lstrip(" ")
    return column + len(rest) - len(text) if text else NO_TEXT


def _side_only(line: str, left: int) -> bool:
    return bool(line.strip()) and len(line.rstrip()) <= left


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _longest_block(side: list[int]) -> int:
    longest = run = 0
    for k, i in enumerate(side):
        run = run + 1 if k and side[k - 1] == i - 1 else 1
        longest = max(longest, run)
    return longest


def _main_is_right(lines: Sequence[str], start: int, stop: int, left: int) -> bool:
    """Whether the page around the sidebar (MAX_STRETCH_LINES either side) holds more
    text right of its gutter than left of it: the page's text, not its sidebar. Beside
    the sidebar each line's two cells count apart; around it a line counts whole, on the
    side it starts on."""
    left_chars = right_chars = 0
    for i in range(max(0, start - MAX_STRETCH_LINES), min(len(lines), stop + MAX_STRETCH_LINES)):
        line = lines[i]
        if start <= i < stop:
            left_chars += len(line[:left].strip())
            right_chars += len(line[left:].strip())
        elif _indent(line) < left:
            left_chars += len(line.strip())
        else:
            right_chars += len(line.strip())
    return right_chars >= MIN_MAIN_RATIO * left_chars


def _flows_past(lines: Sequence[str], start: int, stop: int, left: int) -> bool:
    """Whether the page's text goes on above or below the sidebar, right of its column
    (at any depth: a thread's heading and form stand left of its replies)."""
    above = range(max(0, start - MAX_CLUSTER_GAP), start)
    below = range(stop, min(len(lines), stop + MAX_CLUSTER_GAP))
    return any(
        sum(_right_of(lines[i], left) for i in near) >= MIN_FLOW_LINES for near in (above, below)
    )


def _has_words(text: str) -> bool:
    """Whether a sidebar cell holds words (a form's box borders, "[" and "]", hold none)."""
    return any(char.isalpha() for char in text)


def _right_of(line: str, left: int) -> bool:
    return bool(line.strip()) and _indent(line) >= left
