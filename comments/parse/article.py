"""The article's paragraphs: the text of the article region without its chrome.

Consecutive lines form one paragraph (wrapped text joined by spaces); a blank line or a
new list item starts the next one. Boilerplate lines (share rows, paywall nags,
credits) are dropped wherever they stand, and so are blocks of post meta (bylines,
datelines) and figure captions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence, Set

from .lines import Line, blocks
from .patterns import DATE_IN_TEXT, PHOTO_CREDIT, SENTENCE_END_CHARS
from .sections import CLOSING_MARKS, is_boilerplate_line, is_meta_line, parse_count_heading_cached

__all__ = ["article_paragraphs"]

MAX_CHROME_BLOCK = 4  # lines a meta block may wrap to; longer blocks are article text
MAX_BOILERPLATE_BLOCK = 8  # "This entry was posted … from your own site." wraps to 7
MAX_META_BLOCK_CHARS = 160  # a byline wrapped over lines is still short
MAX_WRAPPED_TAIL = 40  # the rest of a wrapped boilerplate line on the next line
NO_LINES: frozenset[int] = frozenset()
DIGIT = re.compile(r"\d")


def article_paragraphs(lines: Sequence[Line], region: range) -> tuple[list[str], list[str]]:
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
