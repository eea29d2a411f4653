"""Records -> entries: each record's author, date, text and chrome, and the comment tree.

:mod:`.records` and :mod:`.discussion` say where each record starts and what its head
states. Here each record becomes an :class:`Entry` (a comment or a pingback): its body
is the text between its head and the next record, without the lines that are chrome
(action links, avatars, vote counts) and with a footer date taken as its timestamp.
Nesting then comes from structure, in this order: numbers that state it ("#1.2"),
the records' list items or indentation (a deeper record replies to the nearest
shallower one above; an explicit stack, so ten thousand levels cost no more than ten
thousand siblings), thread numbers on a flat list, names a head says it answers, and
last, on a list printed flat, the order of its timestamps (a comment later than one below
it opens no thread).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from itertools import pairwise

from .heads import (
    AUTHOR_TRAILERS,
    DIGITS,
    dated_links,
    ends_with_links,
    is_action_line,
    is_chrome_text,
    is_date,
    is_time_line,
    parse_head,
    split_dated_prefix,
)
from .lines import Line, item_number, line_below
from .patterns import (
    AD_LABEL,
    AMBIGUOUS_BULLETS,
    AUTHOR_BULLET,
    COMMENT_NUMBER,
    EMAIL_ADDRESS,
    EXCERPT_OPENERS,
    FOREIGN_MONTH,
    OUTLINE_NUMBER,
    OWN_POST_LINK_AFTER_NAME,
    SENTENCE_END_CHARS,
    SHORT_AGE,
    TIME_OF_DAY,
    TRAILING_SEPARATOR,
    has_any,
)
from .pingbacks import parse_pingback, split_title_site
from .records import HEAD_SEPARATORS, IMAGE, RecordHead, line_role
from .stamps import EITHER_CLOCK, TWENTY_FOUR_HOUR, read_moment

__all__ = ["Entry", "build_records"]

MIN_THREAD_NUMBERS = 2
MAX_MISSING_THREADS = 0.1  # thread numbers whose record was not found
MAX_THREAD_NUMBER_DIGITS = 4
AGE_TAIL_CHARS = 40  # a link row's compact age sits at its end
MAX_TITLE_WRAPS = 1  # lines a linking post's title may wrap onto above its date
MIN_SHARED_TAIL_AUTHORS = 3  # people whose names all end with one word: the theme's word
SHARED_TAIL_SHARE = 0.8  # … on this share of a run's named people
MIN_SHARED_ROWS = 3  # comments, by two people or more, ending with one line: a link row
SHARED_ROW_SHARE = 0.9  # … nearly all of a run's comments (one the moderators cut may lack it)
MAX_SHARED_ROW_CHARS = 60  # … no longer than a row of links
MAX_WORDS_AMONG_LINKS = 2  # lines of unknown words in a row of links, one a line
MAX_LINK_WORD_CHARS = 20  # … each a word or two, as a link's label
OWN_POST_LINK_LINES = 2  # a plugin's link to the author's latest post, perhaps wrapped
MIN_TIMED_LIST = 4  # comments whose time order can show the replies of a flat list
# Read in place of one month the vocabulary lacks: every day from 1 to 31 is in January.
STAND_IN_MONTH = "January"
# Threads a list ordered by time opens, at least, among its comments: a list in another
# order (by votes) read as by time would open few (about ln n of n) and reply the rest.
MIN_THREAD_SHARE = 0.4


@dataclass(slots=True)
class Entry:
    """One comment or pingback rebuilt from the lines of its list item.

    ``kind`` is "comment", "pingback" or "trackback"; ``parent`` the index (in the
    returned list) of the comment replied to; ``line`` the 1-based input line.
    """

    kind: str
    line: int
    depth: int = 0
    parent: int | None = None
    author: str | None = None
    timestamp: str | None = None
    text: str = ""
    site: str | None = None
    excerpt: str | None = None
    dropped: list[str] = field(default_factory=list)
    reply_to: str | None = None  # the author this comment says it answers


def _footer_position(body: list[str]) -> int | None:
    """Index of the line that ends a comment from below: a date with action links
    ("5 de março de 2024 às 19:47 Excluir"), a bare date under a row of action links,
    or a bare date as the last line. ``None`` when a head line follows the footer (an
    unmarked reply: left to the caller)."""
    if body and dated_links(body[-1]):
        return len(body) - 1
    for position in range(1, len(body) - 1):
        text = body[position]
        under_links = _under_action_row(body, position)
        if not (under_links or _may_be_footer(text)):
            continue
        stamp = dated_links(text)
        if stamp is None or (stamp == " ".join(text.split()) and not under_links):
            continue  # no footer, or a bare date inside the body
        if any(parse_head(t) is not None for t in body[position + 1 :]):
            return None
        return position
    return None


def _closing_date_and_time(body: list[str]) -> tuple[int, str] | None:
    """Where a comment's footer list of a date and a time of day begins ("April 5,
    2018" / "6:32 PM", after its text), and the date and time; ``None`` when there is
    none. Page text may follow the last comment's footer ("Pages" over a pager)."""
    for position in range(1, len(body) - 1):
        if is_time_line(body[position + 1]) and is_date(body[position]):
            return position, f"{body[position].strip()} {body[position + 1].strip()}"
    return None


def _under_action_row(body: list[str], position: int) -> bool:
    """Whether the line above ``position`` ends with action links: a vote widget and
    "Reply" whose words may be unknown ("Hurra 0 Buh Antworten") over
    the comment's date. Such a row and the date under it close the comment."""
    return position > 0 and ends_with_links(body[position - 1])


def _may_be_footer(text: str) -> bool:
    """A cheap test before :func:`dated_links`: a footer holds a digit and ends with
    action links ("… 19:47 Excluir", "… 19:03:56 Reply 0 Flag this comment"), parts
    them from its date with a separator ("Like · Reply · 3 · 2 years ago"), or opens
    with the comment's number and holds a time of day ("#25 - Tue Jul 24, 2012 4:20 PM":
    a timeline in a comment's text, "#1 - May 3, 2012", gives none)."""
    if not any(map(str.isdigit, text)):
        return False
    numbered = COMMENT_NUMBER.match(text) is not None and TIME_OF_DAY.search(text) is not None
    return numbered or ends_with_links(text) or has_any(text, HEAD_SEPARATORS)


def _pingback(content: list[str]) -> Entry | None:
    """A pingback entry; lines before its "[…]" excerpt continue its wrapped title line."""
    if parse_pingback(content[0]) is None:
        return None
    opener = next((i for i, t in enumerate(content) if t.startswith(EXCERPT_OPENERS)), None)
    cut = len(content) if opener is None else opener
    parsed = parse_pingback(" ".join(content[:cut]))
    if parsed is None:  # too long for a title: the first line is the title
        parsed, cut = parse_pingback(content[0]), 1
    kind, title, site = parsed  # type: ignore[misc]
    excerpt = "\n".join(content[cut:]) or None
    return Entry(kind, 0, text=title, site=site, excerpt=excerpt)


def _age_in_links(dropped: list[str]) -> str | None:
    """The compact age a link row ends with ("Like · Reply · 2y" -> "2y"), if any."""
    for text in dropped:
        match = SHORT_AGE.search(text[-40:])
        if match:
            return match.group("age")
    return None


def build_records(
    lines: Sequence[Line], heads: Sequence[RecordHead], end: int
) -> tuple[list[Entry], list[str]]:
    """Entries for record ``heads`` (each record runs to the next head or ``end``).

    Returns the entries in document order and the lines dropped as chrome.

    >>> from comments.parse.lines import classify_lines
    >>> from comments.parse.records import find_heads
    >>> ls = classify_lines(["Ann", "May 2, 2020", "Hi there", "Reply",
    ...                      "  Bob", "  May 3, 2020", "  Yes", "  Reply"])
    >>> entries, dropped = build_records(ls, find_heads(ls), 8)
    >>> [(e.author, e.depth, e.parent, e.text) for e in entries], dropped
    ([('Ann', 0, None, 'Hi there'), ('Bob', 1, 0, 'Yes')], ['Reply', 'Reply'])
    """
    entries: list[Entry] = []
    keys: list[tuple[int, int]] = []
    dropped: list[str] = []
    stops = [h.start for h in heads[1:]] + [end]
    outlines: list[int | None] = []
    for head, stop in zip(heads, stops, strict=True):
        entry = _record_entry(lines, head, stop)
        glued = split_dated_prefix(lines[head.lines[0]].text)
        if glued and entries and entries[-1].timestamp is None:
            entries[-1].timestamp = glued[0]  # "13 de octubre …, 9:41 Eliminar Ana dijo..."
        dropped.extend(entry.dropped)
        entries.append(entry)
        keys.append(_record_key(lines, head))
        outlines.append(_outline_level(lines, head, stop))
    if sum(level is not None for level in outlines) * 2 >= len(outlines):
        keys = [(level or 1, 0) for level in outlines]  # "#1.2": numbered replies
    elif len(set(keys)) == 1:
        keys = _thread_number_keys(lines, heads) or keys
    else:
        keys = _with_next_numbers_as_siblings(lines, heads, keys)
    _nest(entries, keys)
    _nest_by_time(entries)
    _without_shared_tail(entries)
    while shared := _without_shared_last_line(entries):  # "Reply /" over "Facebook"
        dropped.extend(shared)
    dropped.extend(line for entry in entries for line in _without_own_post_link(entry))
    return entries, dropped


def _without_own_post_link(entry: Entry) -> list[str]:
    """The comment without the line a plugin adds under it to link its author's latest
    post ("Ann recently posted…My latest post", perhaps wrapped onto one more line): its
    author's name, a few words and an ellipsis glued to a title; that line (and its
    wrapped end) for the boilerplate."""
    author = entry.author
    if entry.kind != "comment" or not author or "\n" not in entry.text:
        return []
    lines = entry.text.split("\n")
    for k in reversed(range(max(0, len(lines) - OWN_POST_LINK_LINES), len(lines))):
        line = lines[k]
        if line.startswith(author) and OWN_POST_LINK_AFTER_NAME.match(line, len(author)):
            entry.text = "\n".join(lines[:k])
            return lines[k:]
    return []


def _without_shared_tail(entries: list[Entry]) -> None:
    """Authors without a word the theme prints after every name ("Mara Okafor Follow",
    "Ana Lee Follow": a link beside each name), which no set of different people's names
    all end with (each name counted once: a host answering many comments is one name)."""
    named = [e for e in entries if e.kind == "comment" and e.author]
    authors = {e.author for e in named if e.author}
    tails = Counter(a.rsplit(" ", 1)[1] for a in authors if " " in a)
    if len(authors) < MIN_SHARED_TAIL_AUTHORS or not tails:
        return
    tail, count = tails.most_common(1)[0]
    if count < SHARED_TAIL_SHARE * len(authors):
        return
    for entry in named:
        if entry.author and entry.author.endswith(" " + tail):
            entry.author = entry.author[: -len(tail) - 1].rstrip(AUTHOR_TRAILERS) or entry.author


def _without_shared_last_line(entries: list[Entry]) -> list[str]:
    """Comments without the line nearly every one of them ends with, word for word but
    for its counts and for links added at its end, and that line once per comment that
    had it: a row of links the comment system prints under each comment, whatever its
    words ("permalink embed save report reply", "Recommend? (68)"), which different
    people's comments never all end with. Only a short line that ends no sentence, under
    text of each comment's own."""
    comments = [e for e in entries if e.kind == "comment"]
    if len(comments) < MIN_SHARED_ROWS:
        return []
    masked = [(e, _counts_masked(_last_line(e.text))) for e in comments if "\n" in e.text]
    if not masked:
        return []
    row = Counter(m for _, m in masked).most_common(1)[0][0]
    holders = [e for e, m in masked if _is_row(m, row)]
    if len(holders) < SHARED_ROW_SHARE * len(comments) or len({e.author for e in holders}) < 2:
        return []
    shared = [_last_line(e.text) for e in holders]
    for entry in holders:
        entry.text = entry.text.rpartition("\n")[0]
    return shared


def _is_row(line: str, row: str) -> bool:
    """Whether ``line`` is ``row``, or ``row`` with more links after it (the row under a
    top-level comment that a reply's lacks: "Report »" and "Report » Log in to Reply"),
    short and ending no sentence as a row of links does."""
    return (
        (line == row or line.startswith(row + " "))
        and len(line) <= MAX_SHARED_ROW_CHARS
        and line.rstrip()[-1:] not in SENTENCE_END_CHARS
    )


def _last_line(text: str) -> str:
    return text.rpartition("\n")[2]


def _counts_masked(line: str) -> str:
    """The line with its counts blanked out: "Recommend? (68)" and "Recommend? (4)" are
    one row of links."""
    return DIGITS.sub("#", line)


def _with_next_numbers_as_siblings(
    lines: Sequence[Line], heads: Sequence[RecordHead], keys: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The keys, where the record numbered n + 1 that the indentation puts under the
    record numbered n right above it is that record's sibling: a list's next item is
    never its child (a list of replies counts from 1 again), however a converter indents
    it (html2text prints item 2 on the empty last bullet of item 1's share links)."""
    fixed = list(keys)
    numbers = [item_number(lines[head.start]) for head in heads]
    for k in range(1, len(heads)):
        above, number = numbers[k - 1], numbers[k]
        if above is not None and number == above + 1 and fixed[k] > fixed[k - 1]:
            fixed[k] = fixed[k - 1]
    return fixed


def _thread_number_keys(
    lines: Sequence[Line], heads: Sequence[RecordHead]
) -> list[tuple[int, int]] | None:
    """Nesting from thread numbers on a flat list: when the records numbered 1, 2, 3 …
    above their heads are the threads, the unnumbered records between them are the
    replies ("1" / Ann / "Reply" / Bob / "2" / Cy …). ``None`` unless the numbers run
    1, 2, 3 … and some records have none."""
    numbers = [_thread_number(lines, head) for head in heads]
    present = [n for n in numbers if n is not None]
    if len(present) < MIN_THREAD_NUMBERS or not _counts_up(present):
        return None
    if numbers[0] is None or len(present) == len(numbers):
        return None
    return [(1, 0) if n is not None else (2, 0) for n in numbers]


def _counts_up(numbers: list[int]) -> bool:
    """1, 2, 3 … in order, a few missing at most (a thread whose head was not found)."""
    increasing = all(b > a for a, b in pairwise(numbers))
    missing = numbers[-1] - len(numbers)
    return increasing and numbers[0] == 1 and missing <= len(numbers) * MAX_MISSING_THREADS


def _thread_number(lines: Sequence[Line], head: RecordHead) -> int | None:
    """The number printed alone above a record's head (its thread's number)."""
    for i in range(head.start, head.lines[0]):
        text = lines[i].text
        if text.isdigit() and len(text) <= MAX_THREAD_NUMBER_DIGITS:
            return int(text)
    return None


def _outline_level(lines: Sequence[Line], head: RecordHead, stop: int) -> int | None:
    """The depth a record's number states ("#1.2 - May 2, 2012" on its head line or on
    its last line, an ad's label under it aside: level 2), ``None`` without one."""
    last = next(
        (
            i
            for i in range(stop - 1, head.start - 1, -1)
            if not lines[i].blank and not AD_LABEL.match(lines[i].text)
        ),
        None,
    )
    for i in (head.lines[0], last):
        match = OUTLINE_NUMBER.match(lines[i].text) if i is not None else None
        if match:
            return match["number"].count(".") + 1
    return None


def _record_entry(lines: Sequence[Line], head: RecordHead, stop: int) -> Entry:
    """The entry of the record whose head is ``head`` and which ends before ``stop``."""
    line = head.start + 1
    above = _lines(lines, range(head.start, head.lines[0]))  # avatars, numbers, a subject
    below = _lines(lines, range(head.lines[-1] + 1, stop))
    if head.pattern == "pingback":
        texts = [lines[head.lines[0]].text, *(ln.text for ln in below)]
        entry = _pingback(texts) or Entry("comment", line)
        entry.line, entry.dropped = line, _shown(above)
        return entry
    if head.pattern == "linkback":
        return _linkback(head, line, above, below)
    if head.pattern == "footer":  # the body is above the head; after it, only chrome
        above, below = below, above
        if below and below[0].text.startswith(EXCERPT_OPENERS):  # "[...] excerpt" / footer
            return _linkback(head, line, above, below)
        if below and below[0].is_item and below[0].text:  # "* Great post" / "Posted by Ann …":
            below[0] = below[0]._replace(marker=None)  # the item's marker opens the record
    if head.pattern == "headless":  # an anonymous item: its first line is its text
        first = lines[head.lines[0]]
        linking = _dated_title(first, below)
        if linking is not None:
            return Entry("pingback", line, text=linking[0], site=linking[1], dropped=_shown(above))
        below.insert(0, first._replace(marker=None))  # its own marker opens the record
    inner = _lines(lines, (i for i in range(head.lines[0], head.lines[-1]) if i not in head.lines))
    return _comment(head, line, below, _shown(above + inner))


def _dated_title(first: Line, below: list[Line]) -> tuple[str, str] | None:
    """(title, site) of an anonymous item that is only a linking post's title, wrapped
    or not, over its date ("Title | Site" / "… Life" / date): a pingback's shape."""
    dates = [k for k, ln in enumerate(below) if is_date(ln.text)]
    if not dates or dates != list(range(dates[0], len(below))) or dates[0] > MAX_TITLE_WRAPS:
        return None
    title, site = split_title_site(" ".join([first.text, *(ln.text for ln in below[: dates[0]])]))
    return None if site is None else (title, site)


def _comment(head: RecordHead, line: int, below: list[Line], dropped: list[str]) -> Entry:
    """A comment from its head and the lines of its record after the head."""
    body, chrome = _parted(below)
    timestamp = head.timestamp
    texts = [ln.text for ln in body]
    if timestamp is None and (dated := _closing_date_and_time(texts)) is not None:
        closing, timestamp = dated  # "• April 5, 2018" / "• 6:32 PM"
        chrome += body[closing + 2 :]
        body = body[:closing]
    elif timestamp is None and (footer := _footer_position(texts)) is not None:
        timestamp = dated_links(body[footer].text)  # "5 de março de 2024 às 19:47 Excluir"
        start = footer - 1 if _under_action_row(texts, footer) else footer  # links over it
        chrome += body[start:footer] + body[footer + 1 :]
        body = body[:start]
    if timestamp is None:
        timestamp = _age_in_links([ln.text for ln in chrome])  # "Like · Reply · 12 · 2y"
    shown = _shown(body)
    if head.rest:
        shown.insert(0, head.rest)
    return Entry(
        "comment",
        line,
        author=_shown_author(head.author),
        timestamp=None if timestamp is None else TRAILING_SEPARATOR.sub("", timestamp),
        text="\n".join(shown),
        dropped=dropped + _shown(chrome),
        reply_to=head.reply_to,
    )


def _shown_author(author: str | None) -> str | None:
    """The author as stored: never an e-mail address (a reader's private data), never
    with a bullet glyph or a heading's marks before the name.

    >>> _shown_author("● Anhora"), _shown_author("##### Ann Lee"), _shown_author("@ann")
    ('Anhora', 'Ann Lee', '@ann')
    """
    if author is None or EMAIL_ADDRESS.match(author):
        return None
    return AUTHOR_BULLET.sub("", author, count=1)


def _linkback(head: RecordHead, line: int, above: list[Line], below: list[Line]) -> Entry:
    """A linking post shown as a comment: its title, its site, its excerpt."""
    title, site = split_title_site(head.author or "")
    body, chrome = _parted(below)
    excerpt = "\n".join(_shown(body)) or None
    return Entry(
        "pingback", line, text=title, site=site, excerpt=excerpt, dropped=_shown(above + chrome)
    )


def _lines(lines: Sequence[Line], indices: Iterable[int]) -> list[Line]:
    """The non-blank lines among ``indices``."""
    return [lines[i] for i in indices if not lines[i].blank]


def _shown(lines: Iterable[Line]) -> list[str]:
    """Lines as shown: a list in a body keeps its markers ("□ first point")."""
    return [line.display for line in lines]


def _parted(lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """(text, chrome) of a record's lines, each in order."""
    links = [_is_record_chrome(line.text) for line in lines]
    links = _between_links(links, [is_action_line(line.text) for line in lines], lines)
    body = [line for line, link in zip(lines, links, strict=True) if not link]
    chrome = [line for line, link in zip(lines, links, strict=True) if link]
    return body, chrome


def _between_links(links: list[bool], actions: list[bool], lines: list[Line]) -> list[bool]:
    """``links`` (a record's lines that are links or images) with the short words standing
    between two ``actions`` (links such as "Reply") under the record's text read as links
    too: one row printed a link a line, whose reactions the vocabulary lacks ("Reply" /
    "Respect" / "Share"). A comment's own text stands above its links, never among them
    (a short reply between a badge and a vote count: "Guest" / "Love it" / "0"), and an
    image may stand inside it ("[photo]" / "Love it" / "Reply")."""
    out = list(links)
    text_above = False
    k = 0
    while k < len(lines):
        gap = next((j for j in range(k, len(lines)) if links[j]), len(lines))
        among = text_above and k > 0 and k < gap < len(lines) and actions[k - 1] and actions[gap]
        if among and gap - k <= MAX_WORDS_AMONG_LINKS and all(map(_is_link_word, lines[k:gap])):
            out[k:gap] = [True] * (gap - k)
        text_above = text_above or gap > k
        k = gap + 1
    return out


def _is_link_word(line: Line) -> bool:
    """A word or two that ends no sentence, as a link's label reads ("Respect")."""
    text = line.text
    return (
        len(text) <= MAX_LINK_WORD_CHARS
        and text.count(" ") < 2
        and text.rstrip()[-1:] not in SENTENCE_END_CHARS
    )


def _is_record_chrome(text: str) -> bool:
    """A line of a record that is not its text: links, avatars, vote counts."""
    return is_chrome_text(text) or line_role(text) == IMAGE


def _record_key(lines: Sequence[Line], head: RecordHead) -> tuple[int, int]:
    """How deep a record sits: its list item's nesting, else its head line's indent. An
    empty item in the decoration above a numbered or bulleted head does not count: a
    bare "+" there closes the share list of the record above ("@ Ann" is no bullet)."""
    own, start = lines[head.lines[0]], lines[head.start]
    own_item = own.is_item and own.marker not in AMBIGUOUS_BULLETS
    if start.is_item and not (own_item and not start.text):
        return start.nesting_key
    if head.pattern == "name-body" and not own.is_item:  # a name left outside its list
        text = line_below(lines, head.lines[-1])  # item, its text at the page's column
        if text is not None and 0 < lines[text].indent < own.indent:  # (lynx)
            return own.level, lines[text].indent
    return own.nesting_key


def _nest(entries: list[Entry], keys: list[tuple[int, int]]) -> None:
    """Set depth and parent of the comments from their nesting keys (deeper key: a
    reply to the nearest shallower comment above), then from the names heads reply to."""
    stack: list[tuple[tuple[int, int], int]] = []
    for index, (entry, key) in enumerate(zip(entries, keys, strict=True)):
        if entry.kind != "comment":
            continue
        while stack and stack[-1][0] >= key:
            stack.pop()
        entry.depth = len(stack)
        entry.parent = stack[-1][1] if stack else None
        stack.append((key, index))
    _nest_by_reply_names(entries)


def _nest_by_reply_names(entries: list[Entry]) -> None:
    """Attach a comment that the layout shows at top level but whose head names the
    comment it answers ("Kyle replied to comment from David") to David's latest
    comment above it: flat lists print their threads that way."""
    latest: dict[str, int] = {}
    for index, entry in enumerate(entries):
        if entry.kind != "comment":
            continue
        if entry.parent is None and entry.reply_to:
            parent = latest.get(_name_key(entry.reply_to))
            if parent is not None:
                entry.parent, entry.depth = parent, entries[parent].depth + 1
        if entry.author:
            latest[_name_key(entry.author)] = index


def _nest_by_time(entries: list[Entry]) -> None:
    """Replies in a list the text prints flat, told by the order of its timestamps.

    A threaded list prints each comment's replies under it, and they are later than it.
    Its threads run oldest first (the first comment is the earliest): then a comment
    later than one printed below it opens no thread, it is a reply; or newest first:
    then a comment later than one printed above it is a reply. To whom a reply goes the
    times cannot tell: it answers its thread's first comment, unless it answers back (a
    later reply by the person the reply right above it answered: a conversation). Only
    where every comment is dated to the minute, the clock is clear, no nesting was found
    otherwise and the list is not in time order throughout.
    """
    comments = [i for i, e in enumerate(entries) if e.kind == "comment"]
    if len(comments) < MIN_TIMED_LIST or any(entries[i].parent is not None for i in comments):
        return
    timed = _timed_replies([entries[i].timestamp or "" for i in comments])
    if timed is None:
        return
    times, replies = timed
    if replies.count(False) < MIN_THREAD_SHARE * len(replies):
        return
    thread: int | None = None
    for k, (index, reply) in enumerate(zip(comments, replies, strict=True)):
        entry = entries[index]
        if not reply:
            thread = index
            continue
        above = comments[k - 1]
        if replies[k - 1] and times[k] > times[k - 1] and _answers_back(entries, above, entry):
            entry.parent, entry.depth = above, entries[above].depth + 1
        else:
            entry.parent, entry.depth = thread, 1


def _answers_back(entries: list[Entry], above: int, entry: Entry) -> bool:
    """Whether ``entry`` is by the person the reply ``above`` it answered."""
    answered = entries[above].parent
    author = entries[answered].author if answered is not None else None
    return bool(author) and _name_key(author) == _name_key(entry.author)


def _timed_replies(stamps: list[str]) -> tuple[list[datetime], tuple[bool, ...]] | None:
    """The minutes a list's ``stamps`` state, and which comments those make replies;
    ``None`` where a stamp states no minute, the clock is unclear, or numeric dates that
    read either way tell different threads each way."""
    readings = [
        (times, _replies(times))
        for times in (_times(stamps, day_first) for day_first in (True, False))
        if times is not None
    ]
    if not readings or len({replies for _, replies in readings}) > 1:
        return None
    return readings[0]


def _times(stamps: list[str], day_first: bool) -> list[datetime] | None:
    moments = [read_moment(stamp, day_first) for stamp in stamps]
    if not any(moments):  # perhaps all in one month the vocabulary lacks
        moments = [read_moment(stamp, day_first) for stamp in _in_a_known_month(stamps)]
    if None in moments or not _clear_clock({m.clock for m in moments if m}):
        return None
    return [m.at for m in moments if m]


def _in_a_known_month(stamps: list[str]) -> list[str]:
    """The stamps with the one month word they all share, where the vocabulary lacks it
    ("9. novembra 2010 v 6:10", "14. novembra 2010 v 17:14"), read as a month it knows:
    within one month, days and times order them. Stamps of two such months are left as
    they are (the months' order is unknown)."""
    words = {found.group(0) if (found := FOREIGN_MONTH.search(s)) else "" for s in stamps}
    if len(words) != 1 or not (word := words.pop()):
        return stamps
    return [stamp.replace(word, STAND_IN_MONTH, 1) for stamp in stamps]


def _replies(times: list[datetime]) -> tuple[bool, ...]:
    """Which comments of a threaded list are replies, by their times (see _nest_by_time)."""
    if times[0] == min(times):
        return _later_than_one_below(times)
    return _later_than_one_below(times[::-1])[::-1]


def _clear_clock(clocks: set[str]) -> bool:
    """Whether a list's times order it: "9:15" is clear beside "21:15" or "09:15" (a
    24-hour clock), not alone or only among times with am/pm."""
    return EITHER_CLOCK not in clocks or TWENTY_FOUR_HOUR in clocks


def _later_than_one_below(times: list[datetime]) -> tuple[bool, ...]:
    """For each time, whether a time after it in the list is earlier."""
    later: list[bool] = []
    earliest_below: datetime | None = None
    for moment in reversed(times):
        later.append(earliest_below is not None and moment > earliest_below)
        earliest_below = moment if earliest_below is None else min(earliest_below, moment)
    return tuple(reversed(later))


def _name_key(name: str | None) -> str:
    return "".join((name or "").casefold().split())
