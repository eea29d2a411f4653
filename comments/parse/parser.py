"""Compose the stages: clean lines -> layout -> article paragraphs + threads -> Page.

Every non-blank input line ends up in exactly one place: the title, an article
paragraph, a comment (author, date or body), a pingback, or ``Page.boilerplate``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence, Set

from ..model import Comment, Page, Pingback
from .discussion import menu_start
from .heads import is_chrome_in_comment
from .lines import Line, blocks, classify_lines
from .markup import strip_link_numbers, strip_markup
from .normalise import normalise_lines
from .patterns import DATE_IN_TEXT, NAV_LINE, PHOTO_CREDIT, SENTENCE_END_CHARS
from .records import RecordHead
from .sections import (
    CLOSING_MARKS,
    Layout,
    find_layout,
    is_boilerplate_line,
    is_meta_line,
    parse_count_heading_cached,
)
from .threads import Entry, build_records

__all__ = ["DEFAULT_PAGE_ID", "parse_text"]

DEFAULT_PAGE_ID = "page"
MAX_CHROME_BLOCK = 4  # lines a meta block may wrap to; longer blocks are article text
MAX_BOILERPLATE_BLOCK = 8  # "This entry was posted … from your own site." wraps to 7
MAX_META_BLOCK_CHARS = 160  # a byline wrapped over lines is still short
MAX_WRAPPED_TAIL = 40  # the rest of a wrapped boilerplate line on the next line
MAX_NAV_CHARS = 200  # a footer/navigation line is short; longer lines are prose
NO_LINES: frozenset[int] = frozenset()
DIGIT = re.compile(r"\d")


def parse_text(text: str, page_id: str | None = None) -> Page:
    """Parse one page's text into a :class:`~comments.model.Page`.

    >>> page = parse_text("Title\\n\\nBody.\\n\\n2 Comments\\n\\n  1. Ann says:\\n"
    ...                   "     Hi there\\n  2. Pingback: Post | blog.example")
    >>> page.title, page.paragraphs, page.declared_count
    ('Title', ['Body.'], 2)
    >>> [(c.author, c.text) for c in page.comments], page.pingbacks[0].site
    ([('Ann', 'Hi there')], 'blog.example')
    """
    plain, continuations = strip_markup(normalise_lines(text))
    lines = classify_lines(strip_link_numbers(plain), continuations)
    layout = find_layout(lines)
    paragraphs, article_dropped = _article(lines, layout.article)
    entries, discussion_dropped = _discussion(lines, layout.discussion, layout.records)
    comments, pingbacks = _to_model(entries)
    boilerplate = _outside(lines, layout, before=True) + article_dropped
    boilerplate += discussion_dropped + _outside(lines, layout, before=False)
    page = Page(
        page_id=page_id or DEFAULT_PAGE_ID,
        title=lines[layout.title].display if layout.title is not None else None,
        paragraphs=paragraphs,
        comments=comments,
        pingbacks=pingbacks,
        declared_count=layout.declared_count,
        boilerplate=boilerplate,
    )
    page.warnings.extend(_warnings(page))
    return page


def _article(lines: Sequence[Line], region: range) -> tuple[list[str], list[str]]:
    """Paragraphs of the article region, and the chrome lines dropped from it.

    Consecutive lines form one paragraph (wrapped text joined by spaces); a blank
    line or a new list item starts the next one. Boilerplate lines are dropped, and so
    are blocks of post meta (bylines, datelines, share links), including the wrapped
    lines of a short block that opens with such a line.
    """
    paragraphs: list[str] = []
    dropped: list[str] = []
    for block in _segments(lines, blocks(lines, region.start, region.stop)):
        chrome = _chrome_lines(lines, block)
        current: list[str] = []
        for i in block:
            line = lines[i]
            if (line.is_item or i in chrome) and current:
                paragraphs.append(" ".join(current))
                current = []
            if i in chrome:
                dropped.append(line.display)
            else:
                current.append(line.text)
        if current:
            paragraphs.append(" ".join(current))
    return paragraphs, dropped


def _chrome_lines(lines: Sequence[Line], block: list[int]) -> Set[int]:
    """The lines of one block that are chrome, not article text: boilerplate anywhere,
    the wrapped tail of a short block opening with boilerplate, post meta (bylines,
    datelines) at the block's start or end, and a figure caption (after any meta)."""
    if len(block) == 1:  # most blocks (one line per paragraph): the rules below, shortened
        text = lines[block[0]].text
        return {block[0]} if is_boilerplate_line(text) or _is_meta(text) else NO_LINES
    boiler = {i for i in block if is_boilerplate_line(lines[i].text)}
    if block[0] in boiler and len(block) <= MAX_BOILERPLATE_BLOCK:
        return set(block)  # "This entry was posted in …" and its wrapped tail
    if _is_meta(lines[block[0]].text) and _short_block(lines, block):
        return set(block)  # "Publié le 20 septembre 2016" / "par" / "Lucie"
    chrome = set(boiler)
    lead = 0
    for i in block:
        if i not in boiler and not _is_meta(lines[i].text):
            break
        chrome.add(i)
        lead += 1
    if lead < len(block) and _is_caption(lines, block[lead:], boiler):
        return set(block)  # image alt text and caption, "(Photo: Civic Ledger)"
    for position in range(len(block) - 1, -1, -1):
        i = block[position]
        above = block[position - 1] if position else None
        wrapped_tail = above in boiler and len(lines[i].text) <= MAX_WRAPPED_TAIL
        if i not in boiler and not wrapped_tail and not _is_meta(lines[i].text):
            break
        chrome.add(i)  # "… Bookmark the" / "permalink." wraps a boilerplate line
    return chrome


def _segments(lines: Sequence[Line], found: Iterable[list[int]]) -> Iterator[list[int]]:
    """The blocks, each cut before a dated byline that follows a sentence's end.

    Converters that put no blank line between a standfirst, its byline and a figure
    caption (lynx) run them into one block; the byline ("By Ann, 13 February 2019")
    starts a new part, so the parts are judged (and joined into paragraphs) apart.
    """
    for block in found:
        start = 0
        for position in range(1, len(block)):
            text = lines[block[position]].text
            # is_meta_line first: a cached C-level lookup rules out most lines
            if (
                is_meta_line(text)
                and _is_dated_byline(text)
                and _ends_sentence(lines[block[position - 1]].text)
            ):
                yield block[start:position]
                start = position
        yield block[start:] if start else block


def _ends_sentence(text: str) -> bool:
    return text.rstrip(CLOSING_MARKS)[-1:] in SENTENCE_END_CHARS


def _is_dated_byline(text: str) -> bool:
    """A byline that also states a date with digits ("By Ann, 13 February 2019")."""
    return (
        len(text) <= MAX_META_BLOCK_CHARS
        and is_meta_line(text)
        and DIGIT.search(text) is not None  # a cheap test first: DATE_IN_TEXT is slow
        and DATE_IN_TEXT.search(text) is not None
    )


def _is_caption(lines: Sequence[Line], block: list[int], boiler: set[int]) -> bool:
    """A short block that ends with a photo credit (or a credit wrapped onto a short
    last line): a figure's caption, with the image's alt text before it. A credit is
    boilerplate, so only lines in ``boiler`` are searched for one."""
    last = block[-1]
    if last in boiler:
        credit = last
    elif len(block) > 1 and len(lines[last].text) <= MAX_WRAPPED_TAIL:
        credit = block[-2]
    else:
        return False
    return (
        credit in boiler
        and _short_block(lines, block)
        and PHOTO_CREDIT.search(lines[credit].text) is not None
    )


def _short_block(lines: Sequence[Line], block: list[int]) -> bool:
    """A block small enough to be one wrapped meta line, not a paragraph."""
    size = sum(len(lines[i].text) for i in block)
    return len(block) <= MAX_CHROME_BLOCK and size <= MAX_META_BLOCK_CHARS


def _is_meta(text: str) -> bool:
    """A byline, dateline, share row or comment-count link."""
    return is_meta_line(text) or parse_count_heading_cached(text) is not None


def _discussion(
    lines: Sequence[Line], region: range, records: Sequence[RecordHead]
) -> tuple[list[Entry], list[str]]:
    """Entries of the discussion region's records, and the lines dropped as chrome."""
    if not region or not records:
        return [], _shown(lines[region.start : region.stop])
    stop = _last_record_end(lines, records[-1], region.stop)
    entries, chrome = build_records(lines, records, stop)
    before = _shown(lines[region.start : records[0].start])
    return entries, before + chrome + _shown(lines[stop : region.stop])


def _last_record_end(lines: Sequence[Line], last: RecordHead, stop: int) -> int:
    """Where the last record ends: at a menu, where its list ends, or at a footer line."""
    after = last.lines[-1] + 1
    stop = menu_start(lines, after, stop) or stop
    stop = _list_end(lines, last.start, after, stop)
    return _footer_start(lines, after, stop)


def _list_end(lines: Sequence[Line], first: int, body: int, stop: int) -> int:
    """Where the record that opens with list item ``first`` (its body from ``body``)
    ends when the body is indented: at the first text line left of both the item's
    marker and the body's first line ("Most read" under the last comment). Bodies that
    converters flattened to column 0 run to ``stop``."""
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
            margin = min(lines[first].indent, line.indent)
        elif line.indent < margin:
            return i
    return stop


def _footer_start(lines: Sequence[Line], start: int, stop: int) -> int:
    """Where a site footer begins after the last entry's first line: a line of three or
    more short parts between separators ("Margin Books · 14 Quay Lane · Open 10–5")
    that is no link row. No entry starts after it, so at worst it ends the last
    comment's body a line early; lists flattened to column 0 give no other sign."""
    for i in range(start, stop):
        line = lines[i]
        if line.blank or line.is_item or len(line.text) > MAX_NAV_CHARS:
            continue
        if NAV_LINE.match(line.text) and not is_chrome_in_comment(line.text):
            return i
    return stop


def _outside(lines: Sequence[Line], layout: Layout, *, before: bool) -> list[str]:
    """Non-blank lines outside the title, article and discussion, before or after them."""
    claimed = [r for r in (layout.article, layout.discussion) if r]
    if layout.title is not None:
        claimed.append(range(layout.title, layout.title + 1))
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
                    entry.kind,
                    entry.text,
                    entry.site,  # type: ignore[arg-type]
                    entry.excerpt,
                    entry.line,
                )
            )
    return comments, pingbacks


def _warnings(page: Page) -> list[str]:
    """What the parser noticed but could not fix."""
    declared, found = page.declared_count, page.found_count
    if declared is None or declared == found:
        return []
    if found < declared:
        return [
            f"declared {declared} comments, found {found} (comments: {len(page.comments)}, "
            f"pingbacks: {len(page.pingbacks)}): the page text is probably incomplete"
        ]
    return [f"declared {declared} comments, found {found}: some entries may not be comments"]
