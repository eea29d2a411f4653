"""Where things are on the page: title, article, discussion, and the chrome around them.

The discussion starts at a count heading ("6 thoughts on …") or, on pages without one,
at the first list of comment-shaped items after the article (a short head line with
an indented body, "X says:", a date line). It ends at the comment form, a sidebar or
footer heading, or the end of the page. The article region runs from the first
guess at the title to the discussion (or the form); :mod:`.article` finds the article's
own span and headline in it (a site section such as "About the author" or "Mission
Statement" ends it there).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import compress

from .discussion import Run, counted_run, discussion_runs, offers_reply
from .heads import (
    MAX_PATTERN_CHARS,
    is_chrome_in_comment,
    is_chrome_text,
    is_date,
    is_form_field,
    is_sentence_fragment,
    may_hold_full_date,
    parse_count_heading,
    parse_count_heading_cached,
)
from .lines import LINE_TEXT, Line, blocks
from .patterns import (
    AD_LABEL,
    ARROW_CUES,
    AUTHOR_BIO_HEADINGS,
    BARE_COMMENTS_HEADING,
    BARE_INPUT,
    BLOG_PAGER,
    BYLINE,
    BYLINE_INNER,
    BYLINE_INNER_CUES,
    CHROME_HEADINGS,
    CLOSING_MARKS,
    COMMENTS_CLOSED,
    DATE_BYLINE,
    DISCUSSION_END,
    EMBEDDED_BOILERPLATE,
    EMBEDDED_CUES,
    FEED_LINK,
    FILING_LABEL,
    FOOTER_LINE,
    FORM_LINE,
    FORM_START,
    LINK_HEADER,
    LINK_LINE,
    LOGIN_PROMPT,
    NAV_LINE,
    PINGBACK_HEADING,
    POST_NAV,
    RULE_LINE,
    SENTENCE_END_CHARS,
    SITE_SECTION_HEADINGS,
    SORT_LINE,
    STANDALONE_BOILERPLATE,
    any_of,
    has_any,
)
from .records import CHROME, EXPLICIT, HEADING, NAME, RecordHead, find_heads, roles

__all__ = [
    "Layout",
    "blocks",
    "find_layout",
    "is_boilerplate_line",
    "is_meta_line",
    "is_section_heading",
    "is_section_heading_text",
    "is_title_text",
    "parse_count_heading",
]

FORM_LOOKAHEAD = 6  # non-blank lines after "Leave a Reply" in which a form field must show
MIN_WEAK_ITEMS = 2  # head-and-body items needed when none says "says:" or shows a date
MAX_TITLE_CHARS = 200
MAX_SECTION_HEADING = 80  # headings are short; longer lines are never one
LINE_CACHE_SIZE = 8192  # page lines are tested by several stages: remember the verdicts
MIN_TITLE_LETTERS = 3  # "6" (a comment-count link) is no headline
MAX_META_CHARS = 200  # bylines and datelines are short
PROSE_CHARS = 150  # a block this long is article text, whatever it ends with
PROSE_WORDS = 8  # a shorter block is prose when it is a sentence of this many words
MAX_TAB_CHARS = 30  # a tab's label ("Most read") is short
FORM_NEIGHBOURS = 2  # lines either side of a bare "____" in which a form shows
FIRST_RECORD_SPAN = 30  # lines from a thread's first name to the "Reply" under its text
FIRST_HEAD_LINES = 4  # lines above that name that may open its record (avatar, number)
RUN_BREAKS = frozenset({"form", "section", "nav"})  # stop roles that end a run of records
# Whole lines that are chrome wherever they stand, as one pattern (one call per line).
STANDALONE_LINES = any_of(
    STANDALONE_BOILERPLATE, AD_LABEL, RULE_LINE, FOOTER_LINE, BLOG_PAGER, FEED_LINK
)
SECTION_HEADINGS = any_of(SITE_SECTION_HEADINGS, AUTHOR_BIO_HEADINGS, CHROME_HEADINGS)


@dataclass(frozen=True, slots=True)
class Layout:
    """Line-index ranges of the page's parts (half-open ``[start, end)``).

    ``title`` is a first guess at the headline (the discussion is looked for below
    it); ``article`` the region up to the discussion or the comment form in which
    :func:`~comments.parse.article.locate_article` finds the article and its headline.
    Lines outside the article and the discussion are chrome; ``heading`` is the count
    heading's index, ``declared_count`` the count it states.
    """

    title: int | None
    article: range
    discussion: range
    heading: int | None
    declared_count: int | None
    records: tuple[RecordHead, ...] = ()


def find_layout(lines: Sequence[Line], width: int | None = None) -> Layout:
    """Locate title, article and discussion in ``lines`` (``width``: the one the
    converter filled the page's lines to as printed, :func:`.lines.fill_width`, where
    heads it wrapped were joined since; measured on ``lines`` where not given).

    >>> from comments.parse.lines import classify_lines
    >>> page = ["T", "", "Body.", "2 Comments", "  • Ann says:", "    Hi", "Leave a Reply",
    ...         "Name *"]
    >>> layout = find_layout(classify_lines(page))
    >>> layout.title, layout.article, layout.discussion, layout.declared_count
    (0, range(1, 3), range(4, 6), 2)
    >>> [(head.start, head.author) for head in layout.records]
    [(4, 'Ann')]
    """
    role = roles(lines, width)
    heading, declared, quoted_title = _count_heading(lines, role)
    if heading is None:
        heading = _bare_heading(lines, role)
    title = _title(lines, role, heading, quoted_title)
    record = None if title is None else _first_record_at(lines, role, title)
    if record is not None:  # a thread with no article: its title is above the first record
        title = _title_above(lines, record)
    body_start = 0 if title is None else title + 1
    runs = discussion_runs(
        lines,
        body_start,
        (_breaks_run(lines), _announces_comments(lines, role), _heads_section(lines)),
        role,
    )
    if runs:
        return _layout_of_runs(lines, title, body_start, runs, (heading, declared))
    counted = None
    if heading is not None and declared and not _is_meta_count(lines, body_start, heading):
        counted = counted_run(lines, heading, declared)
    if counted is not None:  # undated records the heading vouches for
        run, end = counted
        layout = _layout_of_runs(lines, title, body_start, [run], (heading, declared))
        return replace(layout, discussion=range(layout.discussion.start, end))
    # No discussion: the article ends at the comment form or the comments heading
    # ("0 Comments", "Comments are closed" below it), or at a site section.
    limit = len(lines) if heading is None or _is_meta_count(lines, body_start, heading) else heading
    form = _form_start(lines, body_start, limit)
    article = range(body_start, limit if form is None else form)
    return Layout(title, article, range(0), heading, declared)


# --- the discussion as runs of record heads ------------------------------------------


def _layout_of_runs(
    lines: Sequence[Line],
    title: int | None,
    body_start: int,
    runs: list[Run],
    last_count: tuple[int | None, int | None],
) -> Layout:
    """The layout around the runs of comment records that :mod:`.discussion` chose."""
    first = runs[0]
    top = first.start if first.cue is None else first.cue
    heading, declared = _count_above(lines, body_start, first.start) or last_count
    if heading is not None and heading < top and not _has_prose(lines, heading, top):
        top = heading  # a widget's count and controls above the comments: no article
    form = _form_start(lines, body_start, top)
    article_end = _widget_top(lines, body_start, top if form is None else form)
    last = runs[-1].heads[-1]
    stop = _discussion_stop(lines, last.lines[-1] + 1)
    heads = tuple(h for run in runs for h in run.heads)
    discussion = range(top + 1 if first.cue is not None else first.start, stop)
    return Layout(title, range(body_start, article_end), discussion, heading, declared, heads)


def _is_meta_count(lines: Sequence[Line], start: int, heading: int) -> bool:
    """Whether the count heading is a comment-count link in the post meta ("No
    Comments" under the byline): no paragraph of text stands above it."""
    return not _has_prose(lines, start, heading)


def _has_prose(lines: Sequence[Line], start: int, end: int) -> bool:
    """Whether a paragraph of running text stands in ``[start, end)``."""
    return any(_is_prose(lines, block) for block in blocks(lines, start, end))


def _count_above(lines: Sequence[Line], start: int, end: int) -> tuple[int, int] | None:
    """(index, count) of the last count heading in ``[start, end)``."""
    for i in range(end - 1, start - 1, -1):
        text = lines[i].text
        if text and len(text) <= MAX_PATTERN_CHARS:
            parsed = parse_count_heading_cached(text)
            if parsed is not None:
                return i, parsed[0]
    return None


def _breaks_run(lines: Sequence[Line]) -> Callable[[int], bool]:
    """Whether line ``i`` separates two runs of records: a form, a sidebar or footer
    heading, post navigation."""

    def breaks(i: int) -> bool:
        line = lines[i]
        if line.blank or line.is_item or not _breaks(line.text):
            return False
        return not BARE_INPUT.match(line.text) or _beside_form_field(lines, i)

    return breaks


def _beside_form_field(lines: Sequence[Line], i: int) -> bool:
    """Whether a bare "____" line (a text box to lynx, but also its horizontal rule)
    has a form's label or another box next to it: a rule between comments has not."""
    near = [k for k in range(max(0, i - FORM_NEIGHBOURS), i + FORM_NEIGHBOURS + 1) if k != i]
    return any(k < len(lines) and not lines[k].blank and is_form_field(lines[k].text) for k in near)


@lru_cache(maxsize=LINE_CACHE_SIZE)
def _breaks(text: str) -> bool:
    if len(text) > MAX_PATTERN_CHARS or is_sentence_fragment(text):
        return False
    # a post's filing line ("Filed under: Tech", "Tags: …") closes the post and its
    # widgets: the comments start below it
    return (
        _stop_role(text) in RUN_BREAKS
        or is_form_field(text)
        or FILING_LABEL.match(text) is not None
    )


def _heads_section(lines: Sequence[Line]) -> Callable[[int], bool]:
    """Whether line ``i`` heads a site section ("Related posts", "Latest comments")."""
    return lambda i: _is_section_heading(lines[i])


def _announces_comments(lines: Sequence[Line], role: str) -> Callable[[int], bool]:
    """Whether line ``i`` announces the comments below it: a count or "Comments"
    heading, a comment form or log-in prompt, "Comments are closed", a sort control."""
    return lambda i: (
        _announces(lines[i].text) and not _is_tab(lines, i) and not _is_toggle(lines, role, i)
    )


def _is_toggle(lines: Sequence[Line], role: str, i: int) -> bool:
    """A count every record repeats (links in ``role``: :func:`.records.roles`) right
    under a record's "Reply" link ("Reply" / "2 replies"): the toggle of that record's
    replies. Under a post's title or its "Share" link in a list of posts it still parts
    the runs ("4 Kommentare")."""
    return (
        role[i] == CHROME
        and i > 0
        and role[i - 1] == CHROME
        and offers_reply(lines[i - 1].text, count_is_link=False)
        and parse_count_heading_cached(lines[i].text) is not None
    )


def _is_tab(lines: Sequence[Line], i: int) -> bool:
    """A short list item among short sibling items: a menu entry or a widget's tab
    ("Home · Subscribe", "Popular · Recent · Comments"), which announces no comments;
    or a bare "Comments" right under a short line of the same indent that is no heading
    and no sentence ("Feeds: / Posts / Comments": the feed links)."""
    line = lines[i]
    if len(line.text) > MAX_TAB_CHARS:
        return False
    if not line.is_item:  # a bare "Comments" only: a count is never a feed link
        bare = BARE_COMMENTS_HEADING.match(line.text) is not None
        return bare and i > 0 and _is_menu_line(lines[i - 1], line)
    near = (k for k in (i - 1, i + 1) if 0 <= k < len(lines))
    return any(
        lines[k].is_item
        and lines[k].indent == lines[i].indent
        and len(lines[k].text) <= MAX_TAB_CHARS
        for k in near
    )


def _is_menu_line(above: Line, line: Line) -> bool:
    """Whether ``above`` is the menu entry before ``line`` in the same menu block."""
    text = above.text
    return (
        not above.blank
        and not above.is_item
        and above.indent == line.indent
        and len(text) <= MAX_TAB_CHARS
        and text[-1:] not in SENTENCE_END_CHARS
        and not _announces(text)
    )


@lru_cache(maxsize=LINE_CACHE_SIZE)
def _announces(text: str) -> bool:
    if not text or len(text) > MAX_PATTERN_CHARS:
        return False
    if is_sentence_fragment(text):
        return False
    return bool(
        parse_count_heading_cached(text) is not None
        or BARE_COMMENTS_HEADING.match(text)
        or PINGBACK_HEADING.match(text)
        or _opens_form(text)
        or COMMENTS_CLOSED.match(text)  # the other closing lines announce nothing below
        or LOGIN_PROMPT.match(text)
        or SORT_LINE.match(text)
    )


# --- count heading and title ----------------------------------------------------------


def _count_heading(lines: Sequence[Line], role: str) -> tuple[int | None, int | None, str | None]:
    """(index, declared count, quoted title) of the last count heading on the page (the
    counters every record repeats are links in ``role``: :func:`.records.roles`)."""
    for i in _headings(role):
        if parsed := parse_count_heading_cached(lines[i].text):
            return i, parsed[0], parsed[1]
    return None, None, None


def _bare_heading(lines: Sequence[Line], role: str) -> int | None:
    """Index of the last "Comments" heading that states no count (not a menu item)."""
    for i in _headings(role):
        line = lines[i]
        if not line.is_item and BARE_COMMENTS_HEADING.match(line.text[:40]):
            return i
    return None


def _headings(role: str) -> Iterator[int]:
    """The lines whose role is a comments heading, last first."""
    i = role.rfind(HEADING)
    while i >= 0:
        yield i
        i = role.rfind(HEADING, 0, i)


def _title(lines: Sequence[Line], role: str, heading: int | None, quoted: str | None) -> int | None:
    """The title line.

    The line the count heading quotes, if any; else the last standalone heading-like
    line before the first prose paragraph (site name, tagline, menu, category label and
    byline come before it on full pages), a comment's head excepted (a thread with no
    article: its first comment is the first prose); else the first line with text.
    """
    if heading is not None and quoted:
        folded = quoted.casefold()
        for i in range(heading):
            if lines[i].text.casefold() == folded and not lines[i].is_item:
                return i
    first = next(
        (i for i, line in enumerate(lines) if not (line.blank or LINK_HEADER.match(line.text))),
        None,
    )
    candidate = None
    for block in blocks(lines, 0, len(lines) if heading is None else heading):
        if _is_prose(lines, block):
            return first if candidate is None else candidate
        if len(block) == 1 and role[block[0]] != EXPLICIT and _is_title_like(lines[block[0]]):
            candidate = block[0]
    return first


def _first_record_at(lines: Sequence[Line], role: str, title: int) -> int | None:
    """Where a thread's first record starts when the title line is its name, on a page with
    no article above the comments (a forum's, a link aggregator's thread, each line a
    block of its own): the line opens a head (a name over its date), the text under it
    ends with a "Reply" link (an article under its headline and dateline offers none; a
    writers' feed offers "Share"), and another record's head follows. ``None`` for a
    headline."""
    if role[title] != NAME:
        return None  # most pages: the heads are not looked for twice
    stop = min(len(lines), title + FIRST_RECORD_SPAN)
    reply = next(
        (i for i in range(title + 1, stop) if role[i] == CHROME and offers_reply(lines[i].text)),
        None,
    )
    if reply is None:
        return None
    first = max(0, title - FIRST_HEAD_LINES)  # an avatar or a number may open the record
    heads = find_heads(lines, first, min(len(lines), reply + FIRST_RECORD_SPAN), role)
    own = [head for head in heads if head.start <= reply]
    if len(own) != 1 or len(heads) == len(own) or title not in own[0].lines:
        return None
    return own[0].start


def _title_above(lines: Sequence[Line], record: int) -> int | None:
    """The title of a thread whose first record starts at line ``record``: the last
    headline-like line above it, else the first line with text above it."""
    above = [i for i in range(record) if not lines[i].blank]
    titles = [i for i in above if _is_title_like(lines[i])]
    return titles[-1] if titles else next(iter(above), None)


def _is_prose(lines: Sequence[Line], block: list[int]) -> bool:
    """A paragraph of running text: long, or a sentence of several words."""
    if len(block) == 1:  # most blocks: the verdict on the line's text is remembered
        line = lines[block[0]]
        return not line.is_item and _is_prose_line(line.text)
    return _is_prose_text(" ".join(lines[i].text for i in block if not lines[i].is_item))


def _is_prose_text(text: str) -> bool:
    """:func:`_is_prose` for a block's text."""
    if not text or is_boilerplate_line(text):
        return False
    if len(text) >= PROSE_CHARS:
        return True
    ends_sentence = text.rstrip(CLOSING_MARKS)[-1:] in SENTENCE_END_CHARS
    return len(text.split()) >= PROSE_WORDS and ends_sentence


_is_prose_line = lru_cache(maxsize=LINE_CACHE_SIZE)(_is_prose_text)  # one line's verdict


def _has_letters(text: str, count: int) -> bool:
    """True when ``text`` holds at least ``count`` letters (stops as soon as it does)."""
    for ch in text:
        if ch.isalpha():
            count -= 1
            if count == 0:
                return True
    return False


def _is_title_like(line: Line) -> bool:
    """A single line that could be the page's headline."""
    return not line.is_item and _is_title_text(line.text)


@lru_cache(maxsize=LINE_CACHE_SIZE)
def _is_title_text(text: str) -> bool:
    """:func:`_is_title_like` for a line's text (remembered: a site's header repeats)."""
    return _has_letters(text, MIN_TITLE_LETTERS) and not (
        len(text) > MAX_TITLE_CHARS
        or text[-1] in ".:;,"
        or is_boilerplate_line(text)
        or is_meta_line(text)
        or NAV_LINE.match(text)
        or is_section_heading_text(text)
        or FORM_LINE.match(text)
    )


# --- where the article stops ----------------------------------------------------------


@lru_cache(maxsize=LINE_CACHE_SIZE)
def is_boilerplate_line(text: str) -> bool:
    """True for lines that are chrome wherever they stand (paywall, share, credits).

    >>> is_boilerplate_line("You have 2 free articles left"), is_boilerplate_line("Mali.")
    (True, False)
    """
    if len(text) > MAX_PATTERN_CHARS:
        return False
    return bool(
        STANDALONE_LINES.match(text)
        or (has_any(text.lower(), EMBEDDED_CUES) and EMBEDDED_BOILERPLATE.search(text))
        or (has_any(text, ARROW_CUES) and POST_NAV.match(text))
    )


@lru_cache(maxsize=LINE_CACHE_SIZE)
def is_meta_line(text: str) -> bool:
    """True for post meta near the article: bylines, datelines, "7 min read".

    >>> is_meta_line("By Nora Castillo · February 2, 2022"), is_meta_line("December 14, 2015")
    (True, True)
    >>> is_meta_line("The report was published on Monday by the council.")
    False
    """
    if len(text) > MAX_META_CHARS:
        return False
    return bool(
        BYLINE.match(text)
        or (has_any(text.lower(), BYLINE_INNER_CUES) and BYLINE_INNER.search(text))
        or (may_hold_full_date(text) and DATE_BYLINE.match(text))
        or is_date(text)
    )


def _is_section_heading(line: Line) -> bool:
    """A site/bio/sidebar heading line ("About the author", "Recent Comments")."""
    return not line.is_item and len(line.text) <= MAX_SECTION_HEADING and _names_section(line.text)


@lru_cache(maxsize=LINE_CACHE_SIZE)
def _names_section(text: str) -> bool:
    return SECTION_HEADINGS.match(text) is not None


def is_section_heading(line: Line) -> bool:
    """A site, author-bio or sidebar heading line: the article never runs across one.

    >>> from comments.parse.lines import classify_lines
    >>> [is_section_heading(line) for line in classify_lines(["About the author", "About"])]
    [True, False]
    """
    return _is_section_heading(line)


def is_section_heading_text(text: str) -> bool:
    """:func:`is_section_heading` for a line's text alone."""
    return len(text) <= MAX_SECTION_HEADING and _names_section(text)


def is_title_text(text: str) -> bool:
    """A line's text that could be the page's headline (:func:`_is_title_like`).

    >>> is_title_text("How the plan went astray"), is_title_text("Share this")
    (True, False)
    """
    return _is_title_text(text)


def _widget_top(lines: Sequence[Line], start: int, end: int) -> int:
    """Where the run of widget controls right above ``end`` begins ("Login", "[ ] Add
    Comment", "Sort by Top Newest"): those lines belong to no article."""
    top = end
    for i in range(end - 1, start - 1, -1):
        line = lines[i]
        if line.blank:
            continue
        if line.is_item or not (is_chrome_text(line.text) or is_boilerplate_line(line.text)):
            break
        top = i
    return top


def _form_start(lines: Sequence[Line], start: int, end: int) -> int | None:
    """First "Leave a Reply"-like line in ``[start, end)`` that is followed by form fields."""
    # The cached test runs over every line in C (map); the few hits are looked at here.
    opens = map(_opens_form, map(LINE_TEXT, lines[start:end]))
    for i in compress(range(start, end), opens):
        following = _next_texts(lines, i + 1, FORM_LOOKAHEAD)
        if not following or any(map(FORM_LINE.match, following)):
            return i
    return None


@lru_cache(maxsize=LINE_CACHE_SIZE)
def _opens_form(text: str) -> bool:
    """A "Leave a Reply"-like line (remembered per line text: every article line is asked)."""
    return len(text) <= MAX_PATTERN_CHARS and FORM_START.match(text) is not None


def _next_texts(lines: Sequence[Line], start: int, count: int) -> list[str]:
    """Texts of the next ``count`` non-blank lines from ``start`` (long lines skipped)."""
    texts: list[str] = []
    for j in range(start, len(lines)):
        line = lines[j]
        if len(texts) == count:
            break
        if not line.blank:
            texts.append(line.text[:MAX_PATTERN_CHARS])
    return texts


def _discussion_stop(lines: Sequence[Line], start: int) -> int:
    """Where the discussion ends: the form, a closing line, a sidebar/footer heading, a
    post navigation link, or the page end."""
    for i in range(start, len(lines)):
        line = lines[i]
        if line.blank or len(line.text) > MAX_PATTERN_CHARS:
            continue
        role = _stop_role(line.text)
        if role is None or (line.is_item and role == "section"):
            continue
        if role == "form" and (line.is_item or _next_is_item(lines, i + 1)):
            continue  # a form heading right above the comments (Disqus) opens them instead
        if role == "login" and _comments_follow(lines, i + 1):
            continue  # "Sign in to comment" above the comments of a news widget
        return i
    return len(lines)


@lru_cache(maxsize=LINE_CACHE_SIZE)
def _stop_role(text: str) -> str | None:
    """How a line may end a discussion: "end" (comments closed), "form", "nav" (post
    navigation), "section" (sidebar/footer heading), or ``None``. Paging links such as
    "← Older Comments" are chrome inside the discussion and end nothing."""
    if DISCUSSION_END.match(text):
        return "end"
    if FORM_START.match(text):
        return "form"
    if LOGIN_PROMPT.match(text):
        # "Log in to Reply" is a comment's own link (every record may carry it);
        # "Log in to comment" and "You must be logged in …" prompt for the form.
        return None if LINK_LINE.match(text) else "login"
    if is_chrome_in_comment(text):
        return None
    if (
        (has_any(text, ARROW_CUES) and POST_NAV.match(text))  # every arrow line holds a cue
        or BLOG_PAGER.match(text)
        or FEED_LINK.match(text)
    ):
        return "nav"
    if (len(text) <= MAX_SECTION_HEADING and _names_section(text)) or FOOTER_LINE.match(text):
        return "section"
    return None


def _next_is_item(lines: Sequence[Line], start: int) -> bool:
    following = next((lines[j] for j in range(start, len(lines)) if not lines[j].blank), None)
    return following is not None and following.is_item


def _comments_follow(lines: Sequence[Line], start: int) -> bool:
    """True when the next line that is not a widget control ("Sort by: Newest", another
    log-in prompt) is a list item: the comment list begins there."""
    for j in range(start, len(lines)):
        line = lines[j]
        if line.blank:
            continue
        if line.is_item:
            return True
        text = line.text[:MAX_PATTERN_CHARS]
        if not (SORT_LINE.match(text) or LOGIN_PROMPT.match(text) or LINK_LINE.match(text)):
            return False
    return False
