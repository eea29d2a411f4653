"""Rebuild the comment tree of a discussion region from its list-item structure.

Each list item (or, on pages rendered without list markers, each head line such as
"Ann says:") starts one entry. Nesting comes from the items' relative indentation or
outline numbering ("1.2."), whatever the indent width: an explicit stack replaces
recursion, so ten thousand levels cost no more than ten thousand siblings, and every
line is visited a bounded number of times. Within an entry, the head (author, date),
reply/like links and avatar text are separated from the body.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import compress, filterfalse
from operator import not_

from .heads import (
    MAX_HEAD_CHARS,
    clean_author,
    dated_links,
    is_chrome_in_comment,
    is_chrome_text,
    is_date,
    is_short_head,
    parse_footer_head,
    parse_head,
    split_dated_prefix,
    strip_images,
)
from .lines import LINE_BLANK, LINE_TEXT, Line
from .patterns import (
    EXCERPT_OPENERS,
    HEAD_CUT_AT_REPLY_TO,
    OUTLINE_NUMBER,
    HEAD_CUT_LAST_CHARS,
    LINK_LINE,
    SENTENCE_END_CHARS,
    SHORT_AGE,
)
from .pingbacks import parse_pingback, split_title_site
from .records import IMAGE, RecordHead, line_role
from .sections import CLOSING_MARKS, blocks

__all__ = ["Entry", "build_entries", "build_records", "entry_starts"]

# A comment body starting like this, under a head naming "Title « site", is an
# old-style WordPress pingback (the linking post shown as a comment with its excerpt).
MIN_THREAD_NUMBERS = 2
MAX_MISSING_THREADS = 0.1
MAX_THREAD_NUMBER_DIGITS = 4
MAX_FRAGMENT_CHARS = 40  # the end of a sentence cut off by a blank line ("for this post.")


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
    appended: list[str] = field(default_factory=list)  # body-list lines, joined at the end
    reply_to: str | None = None  # the author this comment says it answers


def entry_starts(lines: Sequence[Line], start: int, end: int) -> list[int]:
    """Indices of the lines that open an entry: list items, else head lines.

    >>> from comments.parse.lines import classify_lines
    >>> ls = classify_lines(["Ann says:", "Hi", "Bob says:", "Yo"])
    >>> entry_starts(ls, 0, 4)
    [0, 2]
    """
    items = [i for i in range(start, end) if lines[i].is_item]
    return items or _footer_starts(lines, start, end) or _head_lines(lines, start, end)


def _footer_starts(lines: Sequence[Line], start: int, end: int) -> list[int]:
    """Entry starts on pages whose heads come under the bodies ("Posted by: Ann | date"):
    the first text after the preamble, then the first text after each footer."""
    footers = [i for i in range(start, end) if lines[i].text and parse_footer_head(lines[i].text)]
    if not footers:
        return []
    first = _after_preamble(lines, start, footers[0])
    starts = [] if first is None else [first]
    for begin in (f + 1 for f in footers[:-1]):
        first = _first_content(lines, begin, end)
        if first is not None:
            starts.append(first)
    return starts


def _after_preamble(lines: Sequence[Line], start: int, footer: int) -> int | None:
    """The first line of the first comment, above its ``footer``: the first block after
    the preamble ("Feed", "You can follow this conversation by subscribing to the
    comment feed for this post."). Before the first comment every block holding a chrome
    line is preamble, and so is a short lower-case fragment after one whose sentence
    did not end (a link wrapped over lines leaves a blank line inside a sentence)."""
    after_chrome: str | None = None  # the last text of the preamble block just passed
    for block in blocks(lines, start, footer + 1):
        texts = [lines[i].text for i in block]
        if any(map(is_chrome_text, texts)):
            after_chrome = texts[-1]
            continue
        if after_chrome is not None and _continues(after_chrome, texts):
            after_chrome = texts[-1]
            continue
        return block[0]
    return None


def _continues(previous: str, texts: list[str]) -> bool:
    """A one-line block that finishes the sentence of the text before it."""
    fragment = texts[0]
    return (
        len(texts) == 1
        and len(fragment) <= MAX_FRAGMENT_CHARS
        and fragment[:1].islower()
        and previous.rstrip(CLOSING_MARKS)[-1:] not in SENTENCE_END_CHARS
    )


def _first_content(lines: Sequence[Line], begin: int, end: int) -> int | None:
    """The first line of the first block from ``begin`` that does not open with chrome."""
    skipping = False
    for i in range(begin, end):
        line = lines[i]
        if line.blank:
            skipping = False
        elif skipping:
            continue
        elif is_chrome_text(line.text):
            skipping = True  # a chrome line's wrapped tail is chrome too
        else:
            return i
    return None


def _head_lines(lines: Sequence[Line], start: int, end: int) -> list[int]:
    heads = []
    previous_text: str | None = None
    texts = [(i, lines[i].text) for i in range(start, end) if not lines[i].blank]
    for position, (i, text) in enumerate(texts):
        following = texts[position + 1][1] if position + 1 < len(texts) else ""
        bare = strip_images(text)
        if (
            parse_head(text) is not None
            or parse_pingback(text) is not None
            or (is_short_head(bare) and is_date(following))
            or (is_date(text) and (previous_text is None or is_chrome_in_comment(previous_text)))
        ):
            heads.append(i)
        previous_text = text
    return heads


def build_entries(
    lines: Sequence[Line], starts: Sequence[int], end: int
) -> tuple[list[Entry], list[str]]:
    """Entries for ``starts`` (each running to the next start or ``end``).

    Returns the entries in document order and the lines dropped as chrome.

    >>> from comments.parse.lines import classify_lines
    >>> ls = classify_lines(["  • Ann", "    Hi there", "    • Bob", "      Yes", "Reply"])
    >>> entries, dropped = build_entries(ls, [0, 2], 5)
    >>> [(e.author, e.depth, e.parent, e.text) for e in entries], dropped
    ([('Ann', 0, None, 'Hi there'), ('Bob', 1, 0, 'Yes')], ['Reply'])
    """
    thread = _Thread(lines)
    for first, stop in zip(starts, [*starts[1:], end], strict=True):
        thread.add(first, stop)
    for entry in thread.entries:
        if entry.appended:  # joined once, so a long list in a body stays linear
            entry.text = "\n".join([entry.text, *entry.appended] if entry.text else entry.appended)
    return thread.entries, thread.dropped


class _Thread:
    """The comment tree being rebuilt, one list item at a time.

    ``stack`` holds the open comments (nesting key, entry index, item line) from the
    top level down to the latest one: a new item closes every open comment nested at
    least as deep, and its parent is what remains on top. Headless items under (or
    restarting the numbering beside) an open comment are lists inside its body.
    """

    def __init__(self, lines: Sequence[Line]) -> None:
        self.lines = lines
        self.entries: list[Entry] = []
        self.dropped: list[str] = []
        self.stack: list[tuple[tuple[int, int], int, Line]] = []
        self.headed_seen = False
        self.body_list_key: tuple[int, int] | None = None

    def add(self, first: int, stop: int) -> None:
        """Place the item spanning ``[first, stop)``."""
        lines = self.lines
        texts = list(filter(None, map(LINE_TEXT, lines[first:stop])))  # the non-blank texts
        if texts and (split := split_dated_prefix(texts[0])):
            self._date_previous(split[0])  # the previous comment's footer date
            texts[0] = split[1]
        entry = _entry(texts, first + 1, _body_under_marker(lines, first, stop))
        self.dropped.extend(entry.dropped)
        if entry.kind == "comment" and not entry.text and entry.author is None:
            return  # only chrome: the lines are already in `dropped`
        if not self.headed_seen and _is_widget_label(entry):
            self.dropped.append(entry.text)  # "Site name", "Recommend" above the comments
            return
        self.headed_seen = self.headed_seen or not _is_headless(entry)
        key = lines[first].nesting_key
        if _is_headless(entry) and self._in_body_list(key, lines[first]):
            # A list inside the open comment's body ("my checklist: • … • …"), not a reply.
            self.body_list_key = key
            _append_body(self.entries[self.stack[-1][1]], _body_list_lines(lines, first, stop))
            return
        self.body_list_key = None
        self._push(entry, key, lines[first])

    def _date_previous(self, stamp: str) -> None:
        """Give a date printed on the next comment's head line to the comment before."""
        if self.entries and self.entries[-1].timestamp is None:
            self.entries[-1].timestamp = stamp

    def _in_body_list(self, key: tuple[int, int], item: Line) -> bool:
        if not self.stack:
            return False
        top_key, _, top_item = self.stack[-1]
        restarts = key == top_key and _restarts_numbering(item, top_item)
        return top_key < key or key == self.body_list_key or restarts

    def _push(self, entry: Entry, key: tuple[int, int], item: Line) -> None:
        while self.stack and self.stack[-1][0] >= key:
            self.stack.pop()
        if entry.kind == "comment":
            entry.depth = len(self.stack)
            entry.parent = self.stack[-1][1] if self.stack else None
            self.stack.append((key, len(self.entries), item))
        self.entries.append(entry)


def _restarts_numbering(item: Line, previous: Line) -> bool:
    """True for "1." right after item "3." at the same indent: a new list begins."""
    return (
        item.marker_kind == previous.marker_kind == "number"
        and item.marker is not None
        and previous.marker is not None
        and item.marker[:-1] == "1"
        and previous.marker[:-1] != "1"
    )


def _is_headless(entry: Entry) -> bool:
    """A comment entry with no author, date or other sign of being a comment."""
    return entry.kind == "comment" and entry.author is None and entry.timestamp is None


def _is_widget_label(entry: Entry) -> bool:
    """A headless one-line entry short enough to be a menu or widget label."""
    return _is_headless(entry) and "\n" not in entry.text and is_short_head(entry.text)


def _body_list_lines(lines: Sequence[Line], first: int, stop: int) -> list[str]:
    """The item's lines as body text, keeping its marker so the list reads as one."""
    texts = [lines[first].display] + [lines[i].text for i in range(first + 1, stop)]
    return [t for t in texts if t and not is_chrome_text(t)]


def _append_body(entry: Entry, texts: list[str]) -> None:
    entry.appended.extend(texts)


def _body_under_marker(lines: Sequence[Line], first: int, stop: int) -> bool:
    """True when the line after an item's first line sits under it (deeper than the
    marker), or at column 0 where converters flatten list bodies; a line to the left
    of the marker continues an enclosing text instead."""
    following = next(filterfalse(LINE_BLANK, lines[first + 1 : stop]), None)  # in C
    return following is None or following.indent == 0 or following.indent > lines[first].indent


def _entry(texts: list[str], line: int, body_under_marker: bool = True) -> Entry:
    """One entry from the non-blank texts of its item (marker already removed)."""
    chrome = list(map(is_chrome_text, texts))
    content = list(compress(texts, map(not_, chrome)))
    dropped = list(compress(texts, chrome))
    if not content:
        return Entry("comment", line, dropped=dropped)
    pingback = _pingback(content)
    if pingback is not None:
        pingback.line, pingback.dropped = line, dropped
        return pingback
    footer = parse_footer_head(content[-1])
    if footer is not None:
        return Entry(
            "comment",
            line,
            author=footer.author,
            timestamp=footer.timestamp,
            text="\n".join(content[:-1]),
            dropped=dropped,
        )
    author, timestamp, body = _split_head(content, body_under_marker)
    if timestamp is None and (footer := _footer_position(body)) is not None:
        # Blogger prints the date (and its "Delete" link) under the body; that footer
        # ends the comment, so what follows it on the last one (the form, the post
        # navigation, in whatever language) is page chrome, not comment text.
        timestamp = dated_links(body[footer])
        dropped = [*dropped, *body[footer + 1 :]]
        body = body[:footer]
    if timestamp is None:
        timestamp = _age_in_links(dropped)
    if author is not None and body and body[0].startswith(EXCERPT_OPENERS):
        title, site = split_title_site(author)
        if site is not None:
            return Entry(
                "pingback", line, text=title, site=site, excerpt="\n".join(body), dropped=dropped
            )
    return Entry(
        "comment", line, author=author, timestamp=timestamp, text="\n".join(body), dropped=dropped
    )


def _footer_position(body: list[str]) -> int | None:
    """Index of the line that ends a comment from below: a date with action links
    ("5 de março de 2024 às 19:47 Excluir"), or a bare date as the last line. ``None``
    when a head line follows the footer (an unmarked reply: left to the caller)."""
    if body and dated_links(body[-1]):
        return len(body) - 1
    for position in range(1, len(body) - 1):
        text = body[position]
        if not _may_be_footer(text):
            continue
        stamp = dated_links(text)
        if stamp is None or stamp == " ".join(text.split()):
            continue  # no footer, or a bare date inside the body
        if any(parse_head(t) is not None for t in body[position + 1 :]):
            return None
        return position
    return None


def _may_be_footer(text: str) -> bool:
    """A cheap test before :func:`dated_links`: a footer holds a digit and ends with an
    action link ("… 19:47 Excluir")."""
    words = text.split()
    return bool(words) and LINK_LINE.match(words[-1]) is not None and any(map(str.isdigit, text))


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


def _split_head(
    content: list[str], body_under_marker: bool = True
) -> tuple[str | None, str | None, list[str]]:
    """(author, timestamp, body lines) of an entry's content lines."""
    first = strip_images(content[0])
    if len(content) > 1 and len(first) <= MAX_HEAD_CHARS and _cut_at_reply_to(first):
        first, content = f"{first} {content[1]}", [first, *content[2:]]  # rejoin the head
    head = parse_head(first)
    if head is not None:
        author, timestamp, rest = head.author, head.timestamp, content[1:]
        if timestamp is None and rest and (stamp := dated_links(rest[0])):
            timestamp, rest = stamp, rest[1:]
        return author, timestamp, ([head.rest] if head.rest else []) + rest
    if is_date(first):
        return None, first, content[1:]
    if len(content) > 1 and is_short_head(first):
        rest = content[1:]
        if stamp := dated_links(rest[0]):
            return clean_author(first), stamp, rest[1:]
        if body_under_marker:
            return first, None, rest
    return None, None, content


def _cut_at_reply_to(head: str) -> bool:
    """A head line cut after "in reply to" (the name it answers is on the next line).

    The search tries every position of the line: a test of its last character first.
    """
    last = head.rstrip()[-1:].lower()
    return (not last or last in HEAD_CUT_LAST_CHARS) and bool(HEAD_CUT_AT_REPLY_TO.search(head))


# --- records found by their heads (see .records) ---------------------------------------


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
    _nest(entries, keys)
    return entries, dropped


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
    increasing = all(b > a for a, b in zip(numbers, numbers[1:], strict=False))
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
    its last line: level 2), ``None`` without one."""
    last = next((i for i in range(stop - 1, head.start - 1, -1) if not lines[i].blank), None)
    for i in (head.lines[0], last):
        match = OUTLINE_NUMBER.match(lines[i].text) if i is not None else None
        if match:
            return match["number"].count(".") + 1
    return None


def _record_entry(lines: Sequence[Line], head: RecordHead, stop: int) -> Entry:
    decoration = [lines[i].text for i in range(head.start, head.lines[0]) if not lines[i].blank]
    after = [lines[i].text for i in range(head.lines[-1] + 1, stop) if not lines[i].blank]
    line = head.start + 1
    if head.pattern == "pingback":
        entry = _pingback([lines[head.lines[0]].text, *after]) or Entry("comment", line)
        entry.line, entry.dropped = line, decoration
        return entry
    if head.pattern == "linkback":  # a linking post: its title, its site, its excerpt
        title, site = split_title_site(head.author or "")
        excerpt = "\n".join(t for t in after if not _is_record_chrome(t)) or None
        chrome = [t for t in after if _is_record_chrome(t)]
        return Entry("pingback", line, text=title, site=site, excerpt=excerpt, dropped=decoration + chrome)
    if head.pattern == "footer":  # the body is above the head; after it, only chrome
        after, decoration = [lines[i].text for i in range(head.start, head.lines[0]) if not lines[i].blank], after
    if head.pattern == "headless":  # an anonymous item: its first line is its text
        first = lines[head.lines[0]].text
        title, site = split_title_site(first)
        if site is not None and all(map(is_date, after)):  # "Post title | Site" / its date
            return Entry("pingback", line, text=title, site=site, dropped=decoration + after)
        after.insert(0, first)
    inner = [  # lines between the head's parts ("□" between a name and its date)
        lines[i].text
        for i in range(head.lines[0], head.lines[-1] + 1)
        if i not in head.lines and not lines[i].blank
    ]
    chrome = [t for t in after if _is_record_chrome(t)]
    body = [t for t in after if not _is_record_chrome(t)]
    timestamp = head.timestamp
    if timestamp is None and (footer := _footer_position(body)) is not None:
        timestamp = dated_links(body[footer])
        chrome += body[footer + 1 :]
        body = body[:footer]
    if timestamp is None:
        timestamp = _age_in_links(chrome)  # "Like · Reply · 12 · 2y"
    if head.rest:
        body.insert(0, head.rest)
    return Entry(
        "comment",
        line,
        author=head.author,
        timestamp=timestamp,
        text="\n".join(body),
        dropped=decoration + inner + chrome,
        reply_to=head.reply_to,
    )


def _is_record_chrome(text: str) -> bool:
    """A line of a record that is not its text: links, avatars, vote counts."""
    return is_chrome_text(text) or line_role(text) == IMAGE


def _record_key(lines: Sequence[Line], head: RecordHead) -> tuple[int, int]:
    """How deep a record sits: its list item's nesting, else its head line's indent."""
    start = lines[head.start]
    return start.nesting_key if start.is_item else lines[head.lines[0]].nesting_key


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


def _name_key(name: str | None) -> str:
    return "".join((name or "").casefold().split())
