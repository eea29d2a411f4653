"""Compose the stages: clean lines -> layout -> article paragraphs + threads -> Page.

Every non-blank input line ends up in exactly one place: the title, an article
paragraph, a comment (author, date or body), a pingback, or ``Page.boilerplate``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from ..model import Comment, Page, Pingback
from .article import Article, article_paragraphs, locate_article, marked_headings, published
from .columns import split_side_columns
from .dialect import learn_dialect
from .discussion import menu_start
from .heads import dated_links, is_action_line, is_chrome_in_comment
from .lines import Line, classify_lines, fill_width
from .markup import strip_link_numbers, strip_markup
from .normalise import normalise_lines
from .patterns import NAV_LINE
from .quality import assess
from .records import RecordHead
from .sections import (
    Layout,
    find_layout,
)
from .threads import Entry, build_records
from .wrapped import joined_heads

__all__ = ["DEFAULT_PAGE_ID", "parse_text"]

DEFAULT_PAGE_ID = "page"
MAX_NAV_CHARS = 200  # a footer/navigation line is short; longer lines are prose
NO_LINES: frozenset[int] = frozenset()
MIN_CLOSED_RECORDS = 2  # records above the last that close with their own action links
CLOSED_SHARE = 0.8  # ... among all the records above it
DIGIT = re.compile(r"\d")
HEADING_MARK = "#"  # html2text's headings


def parse_text(text: str, page_id: str | None = None) -> Page:
    """Parse one page's text into a :class:`~comments.model.Page`.

    >>> page = parse_text("Title\\n\\nBody.\\n\\n2 Comments\\n\\n  1. Ann says:\\n"
    ...                   "     Hi there\\n  2. Pingback: Post | blog.example")
    >>> page.title, page.paragraphs, page.declared_count
    ('Title', ['Body.'], 2)
    >>> [(c.author, c.text) for c in page.comments], page.pingbacks[0].site
    ([('Ann', 'Hi there')], 'blog.example')
    """
    headings = marked_headings(text) if _may_mark_headings(text) else {}
    columns, sidebar = split_side_columns(normalise_lines(text))
    plain, continuations = strip_markup(columns)
    clean = strip_link_numbers(plain)
    lines = classify_lines(clean, continuations)
    dialect = learn_dialect(clean, lines)
    if dialect:  # a language the vocabulary lacks: read its words as the vocabulary's
        lines = classify_lines(dialect.translated(clean), continuations)
    width = fill_width(map(len, clean))  # the lines as printed, before heads are joined
    lines = joined_heads(lines, width)
    layout = find_layout(lines, width)
    article = locate_article(lines, layout, headings)
    paragraphs, article_dropped = article_paragraphs(lines, article.body)
    dateline, published_date = published(lines, article, layout.article.stop)
    entries, discussion_dropped, taken = _discussion(
        lines, layout.discussion, layout.records, headings
    )
    comments, pingbacks = _to_model(entries)
    boilerplate = _outside(lines, layout, article, before=True) + article_dropped
    boilerplate += discussion_dropped + _outside(lines, layout, article, before=False) + sidebar
    assessment = assess(lines, taken, (len(comments), len(pingbacks)), layout.declared_count)
    page = Page(
        page_id=page_id or DEFAULT_PAGE_ID,
        title=_title_text(lines, article),
        paragraphs=paragraphs,
        comments=comments,
        pingbacks=pingbacks,
        declared_count=layout.declared_count,
        boilerplate=boilerplate,
        warnings=assessment.warnings,
        published=dateline,
        published_date=published_date,
        parse_quality=assessment.quality,
    )
    return dialect.restored(page)


def _title_text(lines: Sequence[Line], article: Article) -> str | None:
    """The headline as shown, its wrapped lines joined."""
    if article.title is None:
        return None
    parts = range(article.title, article.title + article.title_lines)
    return " ".join(lines[i].display for i in parts)


def _may_mark_headings(text: str) -> bool:
    """A cheap test before looking for Markdown headings line by line."""
    return text.startswith(HEADING_MARK) or "\n" + HEADING_MARK in text


def _discussion(
    lines: Sequence[Line], region: range, records: Sequence[RecordHead], headings: dict[int, int]
) -> tuple[list[Entry], list[str], range]:
    """Entries of the discussion region's records, the lines dropped as chrome, and the
    lines the records cover."""
    if not region or not records:
        return [], _shown(lines[region.start : region.stop]), region
    stop = _last_record_end(lines, records, region.stop, headings)
    entries, chrome = build_records(lines, records, stop)
    before = _shown(lines[region.start : records[0].start])
    after = _shown(lines[stop : region.stop])
    taken = range(min(region.start, records[0].start), max(region.stop, stop))
    return entries, before + chrome + after, taken


def _last_record_end(
    lines: Sequence[Line], records: Sequence[RecordHead], stop: int, headings: dict[int, int]
) -> int:
    """Where the last record ends: at a heading the converter marked (a sidebar's, a
    footer's) of a level that no record above uses (some themes print a comment's name
    or title as a heading), under its own row of action links where the records above
    close with one, at a menu, where its list ends, or at a footer line."""
    last = records[-1]
    after = last.lines[-1] + 1
    if headings:
        stop = _heading_below(headings, records[0].start, after, stop)
    stop = _closing_row_end(lines, records, stop)
    stop = menu_start(lines, after, stop) or stop
    stop = _list_end(lines, last.start, after, stop)
    return _footer_start(lines, after, stop)


def _closing_row_end(lines: Sequence[Line], records: Sequence[RecordHead], stop: int) -> int:
    """Where the last record ends on a page whose records each close with their own row
    of action links ("Reply", "Like · Report"): under its own such row (and the links
    and blank lines right under it). What follows is the form, a widget or the footer."""
    if any(head.pattern == "footer" for head in records):
        return stop  # heads printed under their bodies: a record's last line is its head
    pairs = list(pairwise(records))
    closed = sum(_closes_with_actions(lines, a.lines[-1] + 1, b.start) for a, b in pairs)
    if closed < MIN_CLOSED_RECORDS or closed < CLOSED_SHARE * len(pairs):
        return stop
    row = _closing_row(lines, records[-1].lines[-1] + 1, stop)
    if row is None:
        return stop
    return next((k for k in range(row, stop) if not _is_blank_or_action(lines[k])), stop)


def _closing_row(lines: Sequence[Line], start: int, stop: int) -> int | None:
    """The first row of action links under text in ``[start, stop)``."""
    text_seen = False
    for i in range(start, stop):
        if lines[i].blank:
            continue
        if text_seen and is_action_line(lines[i].text):
            return i
        text_seen = text_seen or not is_chrome_in_comment(lines[i].text)
    return None


def _is_blank_or_action(line: Line) -> bool:
    return line.blank or is_action_line(line.text)


def _closes_with_actions(lines: Sequence[Line], start: int, end: int) -> bool:
    """Whether the record whose body starts at ``start`` ends (before ``end``) with a row
    of action links under its text."""
    last = next((i for i in range(end - 1, start - 1, -1) if not lines[i].blank), None)
    return last is not None and last > start and is_action_line(lines[last].text)


def _heading_below(headings: dict[int, int], first: int, after: int, stop: int) -> int:
    """The first marked heading in ``[after, stop)`` whose level no line in ``[first,
    after)`` (the records above) is marked with; ``stop`` if there is none."""
    inside = {level for i, level in headings.items() if first <= i < after}
    return min(
        (i for i, level in headings.items() if after <= i < stop and level not in inside),
        default=stop,
    )


def _list_end(lines: Sequence[Line], first: int, body: int, stop: int) -> int:
    """Where the record that opens with list item ``first`` (its body from ``body``)
    ends when the body is indented: at the first text line at or left of the item's
    marker and left of the body's first line ("Most read" under the last comment, "What
    do you think?" under a list printed at the margin). Bodies that converters flattened
    to column 0 run to ``stop``."""
    if not lines[first].is_item:
        return stop
    margin = None
    for i in range(body, stop):
        line = lines[i]
        if line.blank or line.is_item or is_chrome_in_comment(line.text):
            continue
        if margin is None:
            if line.indent == 0:
                return stop
            # the body indented under its item: text at the item's marker or left of it
            # is no more of the item
            margin = min(lines[first].indent, line.indent - 1) + 1
        elif line.indent < margin:
            return i
    return stop


def _footer_start(lines: Sequence[Line], start: int, stop: int) -> int:
    """Where a site footer begins after the last entry's first line: a line of three or
    more short parts between separators ("Margin Books · 14 Quay Lane · Open 10–5")
    that is no link row, dated or not ("Like · Reply · March 3 at 4:12pm" closes a
    comment). No entry starts after it, so at worst it ends the last comment's body a
    line early; lists flattened to column 0 give no other sign."""
    for i in range(start, stop):
        line = lines[i]
        if line.blank or line.is_item or len(line.text) > MAX_NAV_CHARS:
            continue
        text = line.text
        if NAV_LINE.match(text) and not is_chrome_in_comment(text) and dated_links(text) is None:
            return i
    return stop


def _outside(lines: Sequence[Line], layout: Layout, article: Article, *, before: bool) -> list[str]:
    """Non-blank lines outside the title, article and discussion, before or after them."""
    claimed = [r for r in (article.body, layout.discussion) if r]
    if article.title is not None:
        claimed.append(range(article.title, article.title + article.title_lines))
    inside = sorted(claimed, key=lambda r: r.start)
    gaps: list[range] = []
    cursor = 0
    for part in inside:
        gaps.append(range(cursor, part.start))
        cursor = max(cursor, part.stop)
    gaps.append(range(cursor, len(lines)))
    first_claim = inside[0].start if inside else len(lines)
    chosen = [g for g in gaps if (g.start < first_claim) == before and g]
    return [text for g in chosen for text in _shown(lines[g.start : g.stop])]


def _shown(lines: Sequence[Line]) -> list[str]:
    """The non-blank lines as shown (:attr:`Line.display`, inlined: chrome runs long)."""
    return [f"{ln.marker} {ln.text}" if ln.marker else ln.text for ln in lines if not ln.blank]


def _to_model(entries: list[Entry]) -> tuple[list[Comment], list[Pingback]]:
    """Comments ("c1", "c2", … in document order) and pingbacks from the entries."""
    comments: list[Comment] = []
    pingbacks: list[Pingback] = []
    ids: dict[int, str] = {}
    for index, entry in enumerate(entries):
        if entry.kind == "comment":
            ids[index] = f"c{len(comments) + 1}"
            parent = ids[entry.parent] if entry.parent is not None else None
            comments.append(
                Comment(
                    ids[index],
                    parent,
                    entry.depth,
                    entry.author,
                    entry.timestamp,
                    entry.text,
                    entry.line,
                )
            )
        else:
            pingbacks.append(
                Pingback(
                    entry.kind,  # type: ignore[arg-type]
                    entry.text,
                    entry.site,
                    entry.excerpt,
                    entry.line,
                )
            )
    return comments, pingbacks
