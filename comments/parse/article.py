"""The article: where it stands in the article region, its headline, its paragraphs.

The article is the densest run of prose of the region: every character of running
text counts for it, every menu item, share row or byline against it, and a site
section heading ("Related posts", "About the author") ends it (:func:`locate_article`).
Its headline is the title-like line above it that a byline or dateline goes with.

Consecutive lines form one paragraph (wrapped text joined by spaces); a blank line or a
new list item starts the next one. Boilerplate lines (share rows, paywall nags,
credits) are dropped wherever they stand, and so are blocks of post meta (bylines,
datelines) and figure captions.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence, Set
from datetime import date
from functools import lru_cache
from itertools import chain
from typing import NamedTuple

from .heads import BY_WORDS, is_date
from .lines import Line, blocks
from .patterns import (
    AD_LABEL,
    ARTICLE_CHROME,
    ARTICLE_END_HEADINGS,
    ARTICLE_FURNITURE,
    CONTENTS_HEADING,
    CROSS_LINK,
    DATE_IN_TEXT,
    FRAME_ADDRESS_LABEL,
    FRAME_LABEL,
    GLUED_BYLINE,
    LINK_HEADER,
    MARKUP_CUES,
    MARKUP_FRAGMENT,
    NAV_LINE,
    NEWSLETTER_CUES,
    NEWSLETTER_PROMPT,
    PHOTO_CREDIT,
    PUBLISHED_DATE,
    RATING_CUES,
    RATING_WIDGET,
    READ_MORE_LINK,
    RECIPE_BUTTON_ROW,
    SENTENCE_END_CHARS,
    has_any,
)
from .sections import (
    CLOSING_MARKS,
    Layout,
    is_boilerplate_line,
    is_meta_line,
    is_section_heading,
    is_section_heading_text,
    is_title_text,
    parse_count_heading_cached,
)
from .stamps import read_date

__all__ = [
    "Article",
    "Unit",
    "article_paragraphs",
    "locate_article",
    "marked_headings",
    "published",
]

MAX_CHROME_BLOCK = 4  # lines a meta block may wrap to; longer blocks are article text
MAX_BOILERPLATE_BLOCK = 8  # "This entry was posted … from your own site." wraps to 7
MAX_META_BLOCK_CHARS = 160  # a byline wrapped over lines is still short
MAX_WRAPPED_TAIL = 40  # the rest of a wrapped boilerplate line on the next line
NO_LINES: frozenset[int] = frozenset()
DIGIT = re.compile(r"\d")
CREDIT_CUES = ("photo", "foto", "image", "picture", "bild", "credit", "©", "getty", "reuters")
COUNT_SEPARATORS = re.compile(r"\s[|·•/]\s")
# The main span: each character of prose counts for it, each other unit against it.
SHORT_COST = 8  # a short line that is no sentence: a label, a caption, a subheading
ITEM_COST = 12  # a list item that is no sentence: a menu's entry
CHROME_COST = 25  # a share row, navigation row, boilerplate line
META_COST = 5  # a byline or dateline: chrome, but it stands next to the article
FIRST_SHARE = 0.3  # the first segment's run this share of the heaviest is the article
MAX_TAIL_UNITS = 40  # short units after the last prose that may still be the article's
# Kinds of units: running text, a short line, boilerplate, post meta, a section heading.
PROSE, SHORT, CHROME, META, SECTION = "prose", "short", "chrome", "meta", "section"
META_TEXT, CREDIT_TEXT = "meta text", "credit"  # what _chrome_kind says besides those
GAP_COST = 150  # what boilerplate between two runs of prose costs once: a widget's border
PROSE_WORDS = 8  # a sentence of this many words is prose, however short
PROSE_CHARS = 150  # running text this long is prose when it holds a sentence mark
MIN_PROSE_CHARS = 2 * PROSE_WORDS  # a shorter line cannot hold a sentence of PROSE_WORDS
TITLE_LOOKBACK = 25  # text lines above the main span searched for a headline
TITLE_REACH = 200  # lines above the main span searched for a headline with a dateline
DATELINE_REACH = 4  # text lines between a headline and the byline/dateline under it
MAX_COUNT_WORDS = 3  # "221 Shares", "comments 36", "8 min read"
# Labels of a word or two between commas: a category or tag list.
LABEL_LIST = re.compile(r"^\s*[\w&'’-]+(?: [\w&'’-]+)?(?:\s*,\s*[\w&'’-]+(?: [\w&'’-]+)?)+\s*$")
MIN_DOUBLED = 6  # shorter text printed twice is no caption ("ab ab")
MIN_CAPTION_WORDS = 2  # a paragraph printed twice over is an image's caption from two words
MIN_REPEATED_WORDS = 6  # a line this long that stands ...
MIN_REPEATS = 3  # ... this often in the article, ending no sentence, is an image's text
FOOTER_REACH = 4  # blocks at the body's end and after it searched for post meta
FOOTER_DATE_CHARS = 80  # a post-meta line states its date early
PROSE_EXAMPLE = "The committee met on Tuesday to discuss the plans for the new bridge."
SENTENCE_BREAKS = (". ", "! ", "? ")
# What the lines near a headline are: a candidate, a byline or dateline, a bare date.
CANDIDATE, DATELINE, BARE_DATE, OTHER = "candidate", "dateline", "date", "other"
WRAPPED, STOPPED = "wrapped", "stopped"  # a headline over two lines; one ending with a stop
DATELINES = (DATELINE, BARE_DATE)
MIN_STOPPED_WORDS = 4  # a headline ending with a stop has several words
MARKED_REACH = 3  # text lines into the span a marked headline may stand
TRAIL_GAP = 3  # text lines between a breadcrumb trail and the headline it ends with
TRAIL_BELOW = 10  # lines into the main span a trail and its headline may stand
INSIDE_REACH = 12  # lines into the main span a headline with its dateline may stand
MAX_CRUMBS = 12  # words of a trail before the headline it ends with
# An image as converters print it: "[IMG]", "[svg]", a cut alt text or a file name in
# brackets (no spaces: "[Smith, p. 41]" is a citation).
_IMAGE_TOKEN = r"\[[^\]\s]{1,200}\]"
PLACEHOLDER_LINE = re.compile(rf"^(?:{_IMAGE_TOKEN}\s*)+$")  # a line of images only
LEADING_IMAGE = re.compile(rf"^{_IMAGE_TOKEN}\s+(?=\S)")  # an avatar before a byline
# A file's name alone (an image's alt text): no headline.
FILE_NAME = re.compile(
    r"^\S+\.(?:svg|png|jpe?g|gif|webp|bmp|tiff?|pdf|rst|md|txt|docx?)$", re.IGNORECASE
)
MIN_HEADLINE_WORDS = 4  # without a dateline, a headline of several words is preferred
FAR = 1 << 30  # no dateline near
MAX_TITLE_CHARS = 200
MIN_TITLE_LETTERS = 3  # "6" (a count link) is no headline
# Markdown's headings at a line's start, as html2text writes h1-h6 (tried where a line
# starts with "#"). A heading holds text: "##### " alone is an empty title element.
MARKED_HEADING = re.compile(r"(#{1,6}) [ \t]*\S")
NO_HEADINGS: dict[int, int] = {}
MAX_NAV_CHARS = 300  # NAV_LINE is only tried on lines this short
MAX_CHROME_CHARS = 400  # ARTICLE_CHROME is only tried on lines this short
MAX_END_HEADING = 80  # a heading that ends the article is short
MAX_CROSS_LINK_CHARS = 200  # a label and a post's title
MAX_RATING_CHARS = 100  # a rating widget's summary, perhaps after the post's tags
LINE_CACHE_SIZE = 8192  # verdicts on line texts asked more than once per page
MIN_WRAPPED_CHARS = 60  # a line this long that ends mid-sentence goes on in the next one
TITLE_CASE_WORD = 4  # words this long are capitalised in a Title Case headline
MIN_TITLE_CASE_WORDS = 3
TITLE_CASE_SHARE = 0.8


class Article(NamedTuple):
    """Where the article stands: its headline's first line (``None`` without one), the
    lines of its body (half-open), and how many lines the headline was wrapped over."""

    title: int | None
    body: range
    title_lines: int = 1


def locate_article(
    lines: Sequence[Line], layout: Layout, headings: dict[int, int] = NO_HEADINGS
) -> Article:
    """The article inside the layout's article region: the run of text with the most
    prose and the least chrome (menus, share rows, bylines, sidebars), and the
    headline above it. ``headings`` maps the lines a converter marked as headings to
    their level (html2text's "# ", "## "): the nearest top-level one above the article
    is its headline, unless it stands far above (a site's name).

    >>> from comments.parse.lines import classify_lines
    >>> from comments.parse.sections import find_layout
    >>> page = ["Site", "", "  • Home", "  • About", "", "The headline", "",
    ...         "The first paragraph of the story is a sentence of text.", "",
    ...         "Related posts", "", "Another story that is not this one, at full length."]
    >>> lines = classify_lines(page)
    >>> locate_article(lines, find_layout(lines))
    Article(title=5, body=range(7, 8), title_lines=1)
    """
    region = layout.article
    quoted = _quoted_title(lines, layout)
    start = 0 if quoted is None else quoted + 1
    span = _main_span(lines, start, region.stop)
    if span is None:
        title = layout.title
        first = region.start if title is None else title + 1
        return Article(title, range(first, _first_section(lines, first, region.stop)))
    if quoted is not None:
        return Article(quoted, span)
    return _headline(lines, start, span, headings)


def _marked_headline(
    lines: Sequence[Line], headings: dict[int, int], start: int, span: range
) -> int | None:
    """The nearest top-level heading above the span, or among its first text lines (a
    breadcrumb that reads as a sentence may open the span), that reads as a headline."""
    if not headings:
        return None
    inside = list(_text_lines(lines, span, MARKED_REACH))
    for i in chain(inside, range(span.start - 1, max(start, span.start - TITLE_REACH) - 1, -1)):
        if headings.get(i) == 1 and _reads_as_heading(lines[i].text):
            return i
    return None


def _text_lines(lines: Sequence[Line], indices: range, count: int) -> Iterator[int]:
    """The first ``count`` non-blank lines among ``indices``."""
    for i in indices:
        if count <= 0:
            return
        if not lines[i].blank:
            count -= 1
            yield i


def _reads_as_heading(text: str) -> bool:
    """A marked heading's text that can be a headline: words, not too long, no chrome."""
    return (
        MIN_TITLE_LETTERS <= len(text) <= MAX_TITLE_CHARS
        and sum(map(str.isalpha, text)) >= MIN_TITLE_LETTERS
        and not _is_boilerplate(text)
        and not is_section_heading_text(text)
        and not _holds_no_text(text)  # "[svg]" over the page
        and FILE_NAME.match(text) is None
        and LINK_HEADER.match(text) is None
    )


def marked_headings(text: str) -> dict[int, int]:
    r"""The lines a converter marked as headings, with their level: Markdown's "# Title"
    (html2text), read before the markup is stripped (line numbers of ``text``).

    >>> marked_headings("# Site\n\n## Menu\n# The headline\n#hashtag")
    {0: 1, 2: 2, 3: 1}
    """
    if "\r" in text:  # lines also end at "\r\n" and "\r": count them as one "\n" each
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    found = {}
    line, counted = 0, 0
    for at in _hash_line_starts(text):
        mark = MARKED_HEADING.match(text, at)
        if mark is not None:
            line += text.count("\n", counted, at)
            counted = at
            found[line] = len(mark.group(1))
    return found


def _hash_line_starts(text: str) -> Iterator[int]:
    """Where the lines that start with "#" start (found in C, line starts only)."""
    if text.startswith("#"):
        yield 0
    at = text.find("\n#")
    while at >= 0:
        yield at + 1
        at = text.find("\n#", at + 1)


def _quoted_title(lines: Sequence[Line], layout: Layout) -> int | None:
    """The layout's title when it is the headline a count heading quotes."""
    if layout.title is None or layout.heading is None:
        return None
    parsed = parse_count_heading_cached(lines[layout.heading].text)
    quoted = parsed[1] if parsed is not None else None
    if quoted and lines[layout.title].text.casefold() == quoted.casefold():
        return layout.title
    return None


def _first_section(lines: Sequence[Line], start: int, end: int) -> int:
    """The first site-section heading in ``[start, end)``, else ``end``."""
    return next((i for i in range(start, end) if is_section_heading(lines[i])), end)


class Unit(NamedTuple):
    """A piece of the article region the main span is built from: lines ``[first,
    stop)``, what they are (:data:`PROSE`, :data:`SHORT`, :data:`CHROME` or
    :data:`SECTION`) and what they weigh for the span."""

    first: int
    stop: int
    kind: str
    weight: int


def _main_span(lines: Sequence[Line], start: int, end: int) -> range | None:
    """The article's span in ``[start, end)``, ``None`` without prose.

    Site-section headings ("Related posts", "About the author") part the region into
    segments; in each, the run of units with the highest weight (a maximum subarray)
    and the short lines after it up to the first chrome line (the article may end
    with a list). The article is the first segment's run that weighs at least
    :data:`FIRST_SHARE` of the heaviest: what follows a section heading after the
    article is the site's (teasers of other stories can outweigh a short article)."""
    units = list(_units(lines, start, end))
    runs = [run for run in _segment_runs(units) if run[0] > 0]
    if not runs:
        return None
    heaviest = max(weight for weight, _, _ in runs)
    _, first, last = next(run for run in runs if run[0] >= FIRST_SHARE * heaviest)
    last = _tail_end(units, last, end)
    return range(units[first].first, units[last].stop)


def _segment_runs(units: list[Unit]) -> Iterator[tuple[int, int, int]]:
    """(weight, first unit, last unit) of the heaviest run of each segment (one pass)."""
    best, best_units = 0, (0, 0)
    total, run_start = 0, 0
    in_gap = False
    for position, (_, _, kind, weight) in enumerate(units):
        if kind == SECTION:  # nothing runs across it
            yield best, *best_units
            best, total = 0, 0
            continue
        if kind == PROSE:
            in_gap = False
        elif kind == CHROME:
            if not in_gap:
                weight -= GAP_COST  # a share row, a form: what follows may be another widget
            in_gap = True
        if total <= 0:
            total, run_start = weight, position
        else:
            total += weight
        if total > best:
            best, best_units = total, (run_start, position)
    yield best, *best_units


def _tail_end(units: list[Unit], last: int, end: int) -> int:
    """The last unit of the article's tail: the short units after the span's last one,
    when a chrome line or a section heading ends them within :data:`MAX_TAIL_UNITS`."""
    for position in range(last + 1, min(len(units), last + 1 + MAX_TAIL_UNITS)):
        if units[position].kind in (CHROME, META, SECTION):
            return position - 1
        if units[position].kind == PROSE:
            return last  # prose the span left out: the tail is no article
    return last


def _units(lines: Sequence[Line], start: int, end: int) -> Iterator[Unit]:
    """The units of ``[start, end)``: a run of wrapped text, one list item with its
    wrapped lines, or one chrome line (a byline, a share row, a section heading)."""
    # The article side's hottest loop (every line above the discussion): a line that
    # goes on from a wrapped one is told inline, and a line's verdict as a unit of its
    # own is remembered per text (menus, share rows and headers repeat).
    first = None
    single: tuple[str, int] = (SHORT, 0)
    chrome_tail = False
    above = ""
    for i in range(start, end):
        line = lines[i]
        if line.blank:
            if first is not None:
                yield _text_unit(lines, first, i, single)
                first = None
            above, chrome_tail = "", False
            continue
        text = line.text
        if (first is not None or chrome_tail) and not line.is_item:
            wrapped = (
                len(above) >= MIN_WRAPPED_CHARS
                and above.rstrip(CLOSING_MARKS)[-1:] not in SENTENCE_END_CHARS
            )  # _wraps_on(above), inlined
            if first is not None and (
                (wrapped and not _labels_chrome(text)) or (not wrapped and _goes_on(lines, i))
            ):
                above = text
                continue  # running text goes on ("… and the council" / "met twice more")
            if chrome_tail and wrapped:
                above = text
                continue  # the wrapped rest of a chrome line ("Filed under: A, B," / "C, D")
        above = text
        if first is not None:
            yield _text_unit(lines, first, i, single)
            first = None
        kind, weight = _line_verdict(text, line.is_item)
        chrome_tail = kind in (CHROME, META)
        if kind in (PROSE, SHORT):
            first, single = i, (kind, weight)  # a list item or text starts a unit
        else:
            yield tuple.__new__(Unit, (i, i + 1, kind, weight))
    if first is not None:
        yield _text_unit(lines, first, end, single)


def _labels_chrome(text: str) -> bool:
    """A capitalised boilerplate line right under a full one ("TAGS: FILMS, TRAILERS"
    under the last line of a list that lynx ran into it): chrome, not a wrapped tail."""
    return (
        text[0].isupper() and _chrome_kind(text) == CHROME
        if len(text) <= MAX_CHROME_CHARS
        else False
    )


def _line_verdict(text: str, is_item: bool) -> tuple[str, int]:
    """(kind, weight) of a line as a unit of its own (remembered per text when short:
    running text is told without patterns, and its lines rarely repeat)."""
    if len(text) > MAX_CHROME_CHARS:
        return (PROSE, len(text)) if _is_prose_text(text) else (SHORT, _short_weight(is_item))
    return _short_line_verdict(text, is_item)


@lru_cache(maxsize=LINE_CACHE_SIZE)
def _short_line_verdict(text: str, is_item: bool) -> tuple[str, int]:
    if text[:1] == "[" and PLACEHOLDER_LINE.match(text):
        return SHORT, 0  # an image tells neither way: a gallery's captions stand between them
    chrome = _line_cost(
        tuple.__new__(Line, (0, None, None, 1, text, is_item, False)), running=False
    )
    if chrome is not None:
        return chrome
    if len(text) >= MIN_PROSE_CHARS and _is_prose_text(text):
        return PROSE, len(text)
    return SHORT, _short_weight(is_item)


def _short_weight(is_item: bool) -> int:
    return -ITEM_COST if is_item else -SHORT_COST


def _goes_on(lines: Sequence[Line], i: int) -> bool:
    """Whether line ``i`` continues the text of the line above: a line wrapped
    mid-sentence (or going on in lower case) always does; after a full line (the
    converter's wrap width) any line but a chrome one does. After a short line a new
    unit starts: a block of short lines is a menu, an address or a list."""
    above = lines[i - 1].text
    if _wraps_on(above) or (lines[i].text[0].islower() and not _ends_sentence(above)):
        return True  # mid-sentence: "… with trains promised" / "for 2026."
    return len(above) >= MIN_WRAPPED_CHARS and _line_cost(lines[i], running=True) is None


def _line_cost(line: Line, *, running: bool) -> tuple[str, int] | None:
    """(kind, weight) of a chrome line, ``None`` for text: a section heading, post meta,
    a photo credit (both cheap: they stand inside the article too) or other chrome. A
    byline inside running text must state a date ("By contrast, the council" goes on)."""
    text = line.text
    if len(text) > MAX_CHROME_CHARS:
        return None  # running text: no chrome is this long
    kind = _chrome_kind(text)
    if kind is None:
        return None
    if kind == SECTION:
        return None if line.is_item else (SECTION, 0)
    if kind == META_TEXT:
        if running and _wraps_on(text) and not _is_dated_byline(text):
            return None
        return META, -META_COST
    if kind == CREDIT_TEXT:
        return META, -CHROME_COST  # a caption's credit: no widget's border
    return CHROME, -CHROME_COST


@lru_cache(maxsize=LINE_CACHE_SIZE)
def _chrome_kind(text: str) -> str | None:
    """What a short line's text is, remembered per text (menus and share rows repeat):
    a section heading, table-of-contents heading or post meta (META_TEXT), a credit,
    other chrome, or ``None`` for text."""
    if READ_MORE_LINK.match(text):
        return META_TEXT  # a teaser's link: listicles hold a card of them per item
    if is_section_heading_text(text) or _ends_article(text):
        return SECTION
    if _is_contents_heading(text):
        return META_TEXT  # a table of contents stands inside the article
    if RECIPE_BUTTON_ROW.match(text):
        return CREDIT_TEXT  # inside the article, like a photo credit: it parts nothing
    if _is_boilerplate(text) or (len(text) <= MAX_NAV_CHARS and NAV_LINE.match(text)):
        return CREDIT_TEXT if _stands_inside(text) else CHROME
    if _is_meta(text):
        return META_TEXT
    return None


def _stands_inside(text: str) -> bool:
    """Chrome that stands inside an article and parts nothing: a photo's credit, markup
    the converter left, an ad slot's label between two paragraphs ("Advertisement"), a
    recipe card's rating, a labelled link to another post ("Also read: …")."""
    return (
        _is_credit(text)
        or _is_markup(text)
        or _is_cross_link(text)
        or AD_LABEL.match(text) is not None
        or _is_rating_widget(text)
    )


def _is_credit(text: str) -> bool:
    low = text.lower()
    return has_any(low, CREDIT_CUES) and PHOTO_CREDIT.search(text) is not None


@lru_cache(maxsize=LINE_CACHE_SIZE)
def _ends_article(text: str) -> bool:
    """A heading after which the page holds no more of the article ("Auch
    interessant", "About Jane Rowe")."""
    return len(text) <= MAX_END_HEADING and ARTICLE_END_HEADINGS.match(text) is not None


def _is_boilerplate(text: str) -> bool:
    """Chrome wherever it stands: :func:`is_boilerplate_line`, or a share button,
    newsletter or paywall prompt, disclosure or image credit of an article (no chrome
    is longer than :data:`MAX_CHROME_CHARS`)."""
    return len(text) <= MAX_CHROME_CHARS and _is_short_boilerplate(text)


@lru_cache(maxsize=LINE_CACHE_SIZE)
def _is_short_boilerplate(text: str) -> bool:
    return (
        is_boilerplate_line(text)
        or (len(text) <= MAX_CHROME_CHARS and ARTICLE_CHROME.match(text) is not None)
        or _is_contents_heading(text)
        or _is_cross_link(text)
        or _is_markup(text)
        or _is_newsletter_prompt(text)
        or _is_rating_widget(text)
    )


def _is_rating_widget(text: str) -> bool:
    """A star-rating widget's summary ("4.8 from 21 votes", "… based on 12 reviews"): a
    short line (a sentence that reports a rating goes on about what was rated)."""
    return (
        len(text) <= MAX_RATING_CHARS
        and has_any(text.lower(), RATING_CUES)
        and RATING_WIDGET.search(text) is not None
    )


def _is_newsletter_prompt(text: str) -> bool:
    """A newsletter's sign-up prompt, whatever its length ("… straight to your inbox")."""
    return (
        len(text) <= MAX_CHROME_CHARS
        and has_any(text.lower(), NEWSLETTER_CUES)
        and NEWSLETTER_PROMPT.search(text) is not None
    )


def _is_markup(text: str) -> bool:
    """Markup printed as text: escaped tags, a tag with a link, a CSS rule."""
    return has_any(text, MARKUP_CUES) and MARKUP_FRAGMENT.search(text) is not None


def _is_cross_link(text: str) -> bool:
    """A link to another of the site's posts, labelled ("Also read: …", "Related: …")."""
    return len(text) <= MAX_CROSS_LINK_CHARS and CROSS_LINK.match(text) is not None


def _is_contents_heading(text: str) -> bool:
    return len(text) <= MAX_END_HEADING and CONTENTS_HEADING.match(text) is not None


def _text_unit(lines: Sequence[Line], start: int, stop: int, single: tuple[str, int]) -> Unit:
    """A unit of text: prose weighs its length, a short line or list item costs;
    ``single`` is the first line's verdict, the unit's own when it has one line."""
    if stop - start == 1:
        return tuple.__new__(Unit, (start, stop, *single))
    last = lines[stop - 1].text
    size = sum(len(lines[i].text) for i in range(start, stop)) + stop - start - 1
    if size >= PROSE_CHARS and _ends_sentence(last):
        return tuple.__new__(Unit, (start, stop, PROSE, size))  # most paragraphs
    if _is_prose_text(" ".join(lines[i].text for i in range(start, stop))):
        return tuple.__new__(Unit, (start, stop, PROSE, size))
    return tuple.__new__(Unit, (start, stop, SHORT, _short_cost(lines[start])))


def _short_cost(first: Line) -> int:
    return _short_weight(first.is_item)


def _wraps_on(text: str) -> bool:
    """Whether a line was wrapped by the converter: long, and no sentence ends it."""
    return len(text) >= MIN_WRAPPED_CHARS and not _ends_sentence(text)


def _is_prose_text(text: str) -> bool:
    """Running text: a sentence of several words, or long text with a sentence break."""
    if _ends_sentence(text):
        return len(text) >= PROSE_CHARS or text.count(" ") + 1 >= PROSE_WORDS
    return len(text) >= PROSE_CHARS and _has_sentence_break(text)


def _has_sentence_break(text: str) -> bool:
    """A sentence mark after a lower-case letter and before a space ("… here. Then"),
    not a date's or an abbreviation's stop ("19. Februar", "Mr. X")."""
    for mark in SENTENCE_BREAKS:
        at = text.find(mark)
        while at > 0:
            if text[at - 1].islower() and text[at - 2 : at - 1].islower():
                return True
            at = text.find(mark, at + 1)
    return False


# --- the headline ---------------------------------------------------------------------


def _headline(lines: Sequence[Line], floor: int, span: range, headings: dict[int, int]) -> Article:
    """The article with its headline: the span's first line when it reads as one; else
    the title-like line above the span closest to a byline or dateline; else
    the nearest top-level heading the converter marked; else the nearest title-like
    line of several words.

    Between a headline and the article's first paragraph stand its byline, dates,
    share rows, counts, a table of contents and the lead image's caption; above it
    the site's menus, and often the site's name as a top-level heading."""
    trailed = _trail_headline(lines, floor, span)
    if trailed is not None:
        return Article(trailed, span if trailed < span.start else range(trailed + 1, span.stop))
    marked = _marked_headline(lines, headings, floor, span)
    lead = _leading_headline(lines, span)
    if lead is not None and (marked is None or not _near_above(lines, marked, lead)):
        return Article(lead, range(lead + 1, span.stop))
    marks = _marks_above(lines, max(floor, span.start - TITLE_REACH), span.start)
    dated = _dated_headline(marks, span.start)
    wrapped = dated is not None and (dated, WRAPPED) in marks
    if dated is not None and (marked is None or (dated > marked and dated in headings)):
        return Article(dated, span, 2 if wrapped else 1)  # a blog's name as h1, its post's as h2
    if marked is not None:
        return Article(marked, span if marked < span.start else range(marked + 1, span.stop))
    inside = _dated_headline_inside(lines, span)
    if inside is not None:
        return Article(inside, range(inside + 1, span.stop))
    near = [i for i, kind in reversed(marks[-TITLE_LOOKBACK:]) if kind == CANDIDATE]
    worded = [i for i in near if _words(lines[i].text) >= MIN_HEADLINE_WORDS]
    first = _first_text_line(lines)
    if not near and first is not None and first < span.start:
        # a text that starts with its headline ("=HYPERLINK(…)" too)
        near = [first] if _reads_as_heading(lines[first].text) else []
    return Article(next(iter(worded or near), None), span)


def _dated_headline_inside(lines: Sequence[Line], span: range) -> int | None:
    """A headline among the span's first lines with its byline right under it, where no
    headline was found above the span: a box of the site's (a blurb and its links) right
    above the headline weighed as prose and opened the span. Not the span's first line
    (under a headline above the span, that is its standfirst), nor a line over a bare
    date or a sentence ending with a stop over a byline: those stand inside articles."""
    marks = _marks_above(lines, span.start + 1, min(span.stop, span.start + INSIDE_REACH))
    for position, (i, kind) in enumerate(marks[:-1]):
        if kind == CANDIDATE and marks[position + 1][1] == DATELINE:
            return i
    return None


def _trail_headline(lines: Sequence[Line], floor: int, span: range) -> int | None:
    """The line that a breadcrumb trail right above it ends with ("Home » Recipes » Lemon
    Cake" / "Lemon Cake"): the site names its page's own article there. A headline of a
    few words only: a trail ending with a section's name ("Home » Blog") names none."""
    start = max(floor, span.start - TITLE_LOOKBACK)
    stop = min(span.stop, span.start + TRAIL_BELOW)
    shown = [i for i in range(start, stop) if not lines[i].blank]
    for position, i in enumerate(shown):
        text = lines[i].text
        if len(text) > MAX_TITLE_CHARS:
            continue
        for k in shown[max(0, position - TRAIL_GAP) : position]:
            trail = lines[k].text
            if not trail.endswith(text):
                continue  # most lines: no trail above them
            crumbs = trail[: len(trail) - len(text)]
            if (
                crumbs[-1:].isspace()
                and not crumbs.rstrip().endswith(":")  # "Read more: …" labels a teaser
                and _words(crumbs) <= MAX_CRUMBS
                and _words(text) >= MIN_HEADLINE_WORDS
            ):
                return i
    return None


def _words(text: str) -> int:
    """Words with letters ("DIY , Home" holds two and a comma)."""
    return sum(1 for word in text.split() if any(map(str.isalpha, word)))


def _near_above(lines: Sequence[Line], marked: int, found: int) -> bool:
    """Whether the marked heading stands below ``found`` or a few text lines above it:
    then it is the headline (a site's name marked as one stands far above, over the
    menus)."""
    seen = 0
    for i in range(found - 1, marked, -1):
        if not lines[i].blank:
            seen += 1
    return seen < DATELINE_REACH


def _dated_headline(marks: list[tuple[int, str]], span_start: int) -> int | None:
    """The candidate closest to a byline or dateline under it (or to a bare date right
    above it: a blog's date header), the nearer to the span on a tie."""
    best, best_key = None, None
    for position, (i, kind) in enumerate(marks):
        if kind == OTHER or kind in DATELINES:
            continue
        below = _distance_to_dateline(marks, position, 1, DATELINE)
        distance = min(below, _distance_to_dateline(marks, position, -1, BARE_DATE))
        if distance > DATELINE_REACH or (kind == STOPPED and below != 1):
            continue
        key = (distance, span_start - i)
        if best_key is None or key < best_key:
            best, best_key = i, key
    return best


def _marks_above(lines: Sequence[Line], start: int, stop: int) -> list[tuple[int, str]]:
    """(index, kind) of the text lines in ``[start, stop)``: a headline candidate, a
    bare date, another dateline, or another line. List items that are no dateline are
    left out: a menu or a table of contents may stand between a headline and its byline."""
    marks = []
    wrapped_tail = -1
    for i in range(start, stop):
        line = lines[i]
        if line.blank or i == wrapped_tail:
            continue
        kind = _mark_kind(line.text)
        if kind in DATELINES:
            marks.append((i, kind))
        elif line.is_item or kind == CHROME:
            continue  # a share row or a rule between a headline and its byline
        elif kind == CANDIDATE and _stands_alone(lines, i):
            marks.append((i, CANDIDATE))
        elif _is_wrapped_headline(lines, i):
            marks.append((i, WRAPPED))
            wrapped_tail = i + 1
        elif kind == STOPPED and _stands_alone(lines, i):
            marks.append((i, STOPPED))
        else:
            marks.append((i, OTHER))
    return marks


@lru_cache(maxsize=LINE_CACHE_SIZE)
def _mark_kind(text: str) -> str:
    """What a line's text may be near a headline (remembered per text): a bare date,
    another dateline, chrome, a headline, a headline ending with a stop, or other."""
    if _is_dateline(text):
        return BARE_DATE if _starts_with_date(text) else DATELINE
    if _is_boilerplate(text):
        return CHROME
    if _is_headline_text(text):
        return CANDIDATE
    if _is_stopped_text(text):
        return STOPPED
    return OTHER


def _is_wrapped_headline(lines: Sequence[Line], i: int) -> bool:
    """A headline the converter wrapped over two lines: a block of a full-width line and
    a shorter one that reads, joined, as a headline."""
    first = lines[i]
    if len(first.text) < MIN_WRAPPED_CHARS or i + 1 >= len(lines):
        return False
    if not _stands_alone_block(lines, i, i + 2):
        return False
    second = lines[i + 1]
    joined = f"{first.text} {second.text}"
    return (
        not (first.is_item or second.is_item)
        and len(first.text) >= MIN_WRAPPED_CHARS
        and len(joined) <= MAX_TITLE_CHARS
        and joined[-1] not in ".:;,"
        and (_is_title_case(joined) or not _has_sentence_break(joined))
        and first.text[0].isupper()
        and not (_is_boilerplate(first.text) or _is_meta(first.text))
    )


def _is_stopped_text(text: str) -> bool:
    """A line that reads as a headline but for its final stop ("Warum ich lieber … sage."):
    a headline only when a dateline stands right under it."""
    return (
        text.endswith(".")
        and not text.endswith("..")
        and len(text) <= MAX_TITLE_CHARS
        and text[0].isupper()
        and len(text.split()) >= MIN_STOPPED_WORDS
        and not _has_sentence_break(text[:-1])
        and not (_is_boilerplate(text) or _is_meta(text))
    )


def _stands_alone_block(lines: Sequence[Line], start: int, stop: int) -> bool:
    """Lines ``[start, stop)`` are a block of their own: blank (or nothing) around."""
    above = lines[start - 1] if start else None
    below = lines[stop] if stop < len(lines) else None
    return all(n is None or n.blank for n in (above, below)) and not any(
        lines[j].blank for j in range(start, stop)
    )


def _starts_with_date(text: str) -> bool:
    """A date alone, or a date first ("March 1, 2019 Odile Marchetti"): a date header,
    which may stand above a headline as well as below it. A date that a "by" follows
    ("Nov 6th '12 by Ann Lee @ 12:36pm") is a byline: under its headline."""
    if is_date(text):
        return True
    match = DATE_IN_TEXT.match(text) if text[:1].isalnum() else None
    if match is None:
        return False
    after = text[match.end() :].split(maxsplit=1)
    return not after or after[0].casefold() not in BY_WORDS


def _distance_to_dateline(marks: list[tuple[int, str]], position: int, step: int, kind: str) -> int:
    """Text lines from ``marks[position]`` to the nearest dateline (of ``kind``, or a bare
    date) in direction ``step``, with no other candidate between (else :data:`FAR`)."""
    at = position + step
    while 0 <= at < len(marks) and abs(at - position) <= DATELINE_REACH:
        found = marks[at][1]
        if found in (BARE_DATE, kind):
            return abs(at - position)
        if found in (CANDIDATE, WRAPPED):
            break
        at += step
    return FAR


def _leading_headline(lines: Sequence[Line], span: range) -> int | None:
    """The span's first line when it is the headline: a line standing alone that a
    dateline follows, or one in Title Case ("Things to Know Before You Go.")."""
    i = span.start
    line = lines[i]
    text = line.text
    if line.is_item or len(text) > MAX_TITLE_CHARS or not _stands_alone(lines, i):
        return None
    if _is_title_case(text):
        return i
    if text[-1] in ".:;," or _has_sentence_break(text):  # a standfirst, a first paragraph
        return None
    if _first_text_line(lines) == i or _dateline_follows(lines, i + 1, span.stop):
        return i  # a page text that starts with its article starts with the headline
    return None


def _first_text_line(lines: Sequence[Line]) -> int | None:
    return next((i for i, line in enumerate(lines) if not line.blank), None)


def _dateline_follows(lines: Sequence[Line], start: int, stop: int) -> bool:
    """A byline or dateline among the next few text lines."""
    seen = 0
    for i in range(start, stop):
        if lines[i].blank:
            continue
        if _is_dateline(lines[i].text):
            return True
        seen += 1
        if seen >= DATELINE_REACH:
            break
    return False


@lru_cache(maxsize=LINE_CACHE_SIZE)
def _is_title_case(text: str) -> bool:
    """Most longer words capitalised, as English headlines are."""
    words = [w for w in text.split() if len(w) >= TITLE_CASE_WORD and w[0].isalpha()]
    capitals = sum(1 for w in words if w[0].isupper())
    return len(words) >= MIN_TITLE_CASE_WORDS and capitals >= TITLE_CASE_SHARE * len(words)


def _is_headline_candidate(lines: Sequence[Line], i: int) -> bool:
    """A title-like line standing alone (a blank or a list item on both sides): not a
    count ("221 Shares"), an image name or alt text printed twice."""
    line = lines[i]
    return not line.is_item and _is_headline_text(line.text) and _stands_alone(lines, i)


@lru_cache(maxsize=LINE_CACHE_SIZE)
def _is_headline_text(text: str) -> bool:
    """:func:`_is_headline_candidate` for the text alone (remembered per text)."""
    if not (is_title_text(text) or _is_title_sentence(text)):
        return False
    return not (
        text[0] == "["
        or FILE_NAME.match(text) is not None  # "Harbour_at_dusk_01.svg": an image's name
        or LINK_HEADER.match(text) is not None  # "#Blog » Feed", "Link: canonical"
        or _is_boilerplate(text)
        or text[0].islower()  # alt text and labels ("heather handmade sewing")
        or _is_count_line(text)
        or _is_label_list(text)
        or _is_doubled(text)
        or GLUED_BYLINE.match(text) is not None
    )


def _is_title_sentence(text: str) -> bool:
    """A headline in Title Case that ends with a stop ("Things to Know Before You Go.")."""
    return (
        text.endswith(".")
        and len(text) <= MAX_TITLE_CHARS
        and _is_title_case(text)
        and not _has_sentence_break(text)
    )


def _stands_alone(lines: Sequence[Line], i: int) -> bool:
    above = lines[i - 1] if i else None
    below = lines[i + 1] if i + 1 < len(lines) else None
    return all(n is None or n.blank or n.is_item for n in (above, below))


def _is_count_line(text: str) -> bool:
    """Short parts with a number each: share, comment, view or reading-time counts
    ("221 Shares", "5343 mal gelesen | 32 Kommentare")."""
    return all(
        len(part.split()) <= MAX_COUNT_WORDS and DIGIT.search(part) is not None
        for part in COUNT_SEPARATORS.split(text)
    )


def _is_label_list(text: str) -> bool:
    """Short labels between commas ("DIY, Home Decor"): a post's categories or tags."""
    return "," in text and LABEL_LIST.match(text) is not None


def _is_doubled(text: str) -> bool:
    """Text printed twice in a row ("Ann LeeAnn Lee"): an image's alt text and caption."""
    half = len(text) // 2
    return len(text) >= MIN_DOUBLED and text[:half].strip() == text[-half:].strip()


@lru_cache(maxsize=LINE_CACHE_SIZE)
def _is_dateline(text: str) -> bool:
    """A byline or a short line that states a date: post meta under a headline (after
    the author's avatar, "[a1b2…?s=96&d=mm] by Ann Lee on May 2, 2020")."""
    if len(text) > MAX_META_BLOCK_CHARS:
        return False
    return (
        _is_meta(text)
        or GLUED_BYLINE.match(text) is not None
        or (DIGIT.search(text) is not None and DATE_IN_TEXT.search(text) is not None)
    )


def published(lines: Sequence[Line], article: Article, end: int) -> tuple[str | None, date | None]:
    """The article's publication date: the date text of its dateline as shown, and the
    date where the text states it unambiguously (see :func:`read_date`).

    The dateline is looked for under the headline and in the first blocks of the body,
    then in a date header above the headline, then in the post meta at the end of the
    body and right after it ("Dieser Artikel wurde am 14. Dezember 2015 … geschrieben");
    comments' dates are never read.

    >>> from comments.parse.lines import classify_lines
    >>> lines = classify_lines(["Headline", "", "By Ann · May 2, 2020", "", PROSE_EXAMPLE])
    >>> published(lines, Article(0, range(4, 5)), len(lines))
    ('May 2, 2020', datetime.date(2020, 5, 2))
    """
    body = article.body
    head = article.title if article.title is not None else body.start - 1
    near = chain(
        _dateline_lines(lines, range(head + 1, body.stop), DATELINE_REACH + 1),
        _dateline_lines(lines, range(head - 1, -1, -1), DATELINE_REACH),
    )
    for i in near:
        text = lines[i].text
        if _is_dateline(text):
            found = _dated(text, MAX_META_BLOCK_CHARS)
            if found is not None:
                return found
    footer = chain(
        _dateline_lines(lines, range(body.stop - 1, body.start - 1, -1), FOOTER_REACH),
        _dateline_lines(lines, range(body.stop, end), FOOTER_REACH),
    )
    for i in footer:
        text = lines[i].text
        # post meta ("Posted on …", "Dieser Artikel wurde am …"), not a date in the text
        # nor a date alone (a comment's head, where no discussion was found)
        if _is_boilerplate(text) or (_is_meta(text) and not is_date(text)):
            found = _dated(text, FOOTER_DATE_CHARS)
            if found is not None:
                return found
    return None, None


def _dated(text: str, reach: int) -> tuple[str, date | None] | None:
    """(date text, date) of the first full date in the first ``reach`` characters."""
    return _first_date(text[:reach])


@lru_cache(maxsize=LINE_CACHE_SIZE)
def _first_date(head: str) -> tuple[str, date | None] | None:
    if DIGIT.search(head) is None:
        return None
    found = PUBLISHED_DATE.search(head)
    return None if found is None else (found.group(0), read_date(found.group(0)))


def _dateline_lines(lines: Sequence[Line], indices: range, count: int) -> Iterator[int]:
    """The lines of the first ``count`` blocks among ``indices`` (in their order) that
    do not go on from a wrapped line: a date wrapped into a paragraph is no dateline."""
    previous_blank = True
    for i in indices:
        line = lines[i]
        if line.blank:
            previous_blank = True
            continue
        if previous_blank:
            count -= 1
            if count < 0:
                return
        previous_blank = False
        if i == 0 or lines[i - 1].blank or not _wraps_on(lines[i - 1].text):
            yield i


def article_paragraphs(lines: Sequence[Line], region: range) -> tuple[list[str], list[str]]:
    """Paragraphs of the article region, and the chrome lines dropped from it.

    Consecutive lines form one paragraph (wrapped text joined by spaces); a blank
    line or a new list item starts the next one. Boilerplate lines are dropped, and so
    are blocks of post meta (bylines, datelines, share links), including the wrapped
    lines of a short block that opens with such a line.
    """
    paragraphs: list[list[int]] = []  # each paragraph's lines
    dropped: list[str] = []
    contents = _table_of_contents(lines, region)
    for block in _segments(lines, blocks(lines, region.start, region.stop)):
        chrome = _chrome_lines(lines, block)
        if contents:
            chrome = contents.intersection(block).union(chrome)
        empty = {i for i in block if _holds_no_text(lines[i].text)}
        if lines[block[0]].text.startswith(FRAME_ADDRESS_LABEL):
            empty = set(block)  # the frame's address, wrapped over the block's lines
        if empty:
            chrome = empty.union(chrome)
        current: list[int] = []
        for i in block:
            line = lines[i]
            if (line.is_item or i in chrome) and current:
                paragraphs.append(current)
                current = []
            if i in chrome:
                dropped.append(line.display)
            else:
                current.append(i)
        if current:
            paragraphs.append(current)
    texts = [" ".join(lines[i].text for i in paragraph) for paragraph in paragraphs]
    images = _image_texts(texts)
    dropped += [
        lines[i].display for p, t in zip(paragraphs, texts, strict=True) if t in images for i in p
    ]
    return [text for text in texts if text not in images], dropped


def _image_texts(paragraphs: Sequence[str]) -> Set[str]:
    """The paragraphs that images print, not the writer: one text twice over ("Shibuya
    ScrambleShibuya Scramble": an image's alt text and its title, or a lazy-loaded image
    and its fallback copy), and a line of several words that stands three times or more
    without ending a sentence (each photo's alt text or pin description, a recipe card's
    print options under each recipe): no writer prints one long line thrice."""
    counts = Counter(paragraphs)
    return {
        text
        for text, count in counts.items()
        if _is_printed_twice(text)
        or (
            count >= MIN_REPEATS
            and len(text.split()) >= MIN_REPEATED_WORDS
            and text.rstrip(CLOSING_MARKS)[-1:] not in SENTENCE_END_CHARS
        )
    }


def _is_printed_twice(text: str) -> bool:
    """One caption of two words or more printed twice in a row (not "ha ha")."""
    return _is_doubled(text) and len(text[: len(text) // 2].split()) >= MIN_CAPTION_WORDS


def _holds_no_text(text: str) -> bool:
    """A line of images ("[IMG]", "[svg]", "[Screen-Sho]"), an embedded frame or post as
    the converter prints it ("IFrame", "View this post on Instagram"), or a line without
    a letter or digit ("•" of an empty item, a lone "."): nothing of the article to read."""
    return (
        PLACEHOLDER_LINE.match(text) is not None
        or not any(map(str.isalnum, text))
        or FRAME_LABEL.match(text) is not None
        or ARTICLE_FURNITURE.match(text) is not None
    )


def _table_of_contents(lines: Sequence[Line], region: range) -> set[int]:
    """The list items of ``region`` whose text comes again further down as a line of
    its own: the entries of a table of contents, which repeat the subheadings."""
    items = [i for i in region if lines[i].is_item]
    if not items:
        return set()
    first = items[0]
    later = {lines[i].text for i in range(first, region.stop) if not lines[i].is_item}
    return {i for i in items if lines[i].text in later and _repeated_below(lines, i, region)}


def _repeated_below(lines: Sequence[Line], i: int, region: range) -> bool:
    """Whether item ``i``'s text stands again as a line of its own below it."""
    text = lines[i].text
    return any(lines[j].text == text and not lines[j].is_item for j in range(i + 1, region.stop))


def _chrome_lines(lines: Sequence[Line], block: list[int]) -> Set[int]:
    """The lines of one block that are chrome, not article text: boilerplate anywhere,
    the wrapped tail of a short block opening with boilerplate, post meta (bylines,
    datelines) at the block's start or end, and a figure caption (after any meta)."""
    if len(block) == 1:  # most blocks (one line per paragraph): the rules below, shortened
        text = lines[block[0]].text
        return {block[0]} if _is_boilerplate(text) or _is_meta(text) else NO_LINES
    boiler = {i for i in block if _is_boilerplate(lines[i].text)}
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
        running = above is not None and above not in boiler and _wraps_on(lines[above].text)
        if i not in boiler and not wrapped_tail and (running or not _is_meta(lines[i].text)):
            break  # a sentence wrapped onto "di nuovo …" goes on: no byline
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
    """A byline, dateline, share row or comment-count link (after an avatar, if any)."""
    if text[:1] == "[":  # most lines: no image before them
        text = LEADING_IMAGE.sub("", text, count=1)
    return is_meta_line(text) or parse_count_heading_cached(text) is not None
