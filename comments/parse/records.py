"""Comment records found by their heads, wherever the page puts them.

Most comment sections are a run of records of one shape: a head (an author name and a
date, "Ann says:", an avatar, a number), a body, and a row of action links. Pages differ
in the words, the order of the head's parts and whether the renderer kept the list
markup, but inside one section every record has the same shape. This module gives each
line a *role* from what it looks like on its own (a date, a short name, a link row, an
image placeholder, a head that says what it is, text), finds the heads in the sequence
of roles (a name next to a date, a date next to a name, an explicit head, a list item
whose short first line sits above an indented body), and groups the heads into runs.

Nothing here depends on headings or on where the article ends: the caller
(:mod:`.sections`) decides which runs are the discussion.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache, partial
from itertools import compress, takewhile
from typing import NamedTuple

from .heads import (
    ATTRIBUTION_DASHES,
    COMMENT_VERBS,
    DIGITS,
    IMAGE_TOKEN,
    MAX_PATTERN_CHARS,
    NAME_END_WORDS,
    NAME_VERBS,
    clean_author,
    dated_links,
    ends_a_sentence_inside,
    ends_with_links,
    has_reply_to_cue,
    has_says_cue,
    holds_date,
    is_action_line,
    is_chrome_in_comment,
    is_count_heading,
    is_date,
    is_name,
    is_person_like,
    is_short_head,
    is_speaker_name,
    is_time_line,
    is_unfilled_date,
    linking_title,
    may_hold_date,
    parse_count_heading_cached,
    parse_footer_head,
    parse_head,
    replied_name,
    reply_inside_says,
    says_head,
    split_dated_prefix,
    split_name_date,
    strip_images,
    without_links,
)
from .lines import (
    Line,
    cut_by_width,
    fill_width,
    item_number,
    line_above,
    line_below,
    printed_width,
)
from .patterns import (
    ANONYMOUS_NAMES,
    AUTHOR_BADGE_LINE,
    AVATAR_LINE,
    BULLET_MARKERS,
    COMPACT_AGE_AT_END,
    FOLD_TOGGLES,
    FOLDED_ROW_AT_END,
    HEAD_CUT_AT_REPLY_TO,
    IMAGE_ONLY,
    MONTH_DAY_LINE,
    NAME_PREFIX,
    REPLY_LINK_WORDS,
    REPLY_TO_LINE,
    RULE_LINE,
    TIME_ONLY,
    has_any,
)
from .pingbacks import parse_pingback, split_title_site

__all__ = [
    "BODY_ROLES",
    "HEADING",
    "HeadParts",
    "RecordHead",
    "date_text",
    "find_heads",
    "head_parts",
    "line_role",
    "name_text",
    "roles",
]

LINE_CACHE_SIZE = 8192
MIN_RECORD_COUNTERS = 3  # a count line this frequent counts each record's replies
MAX_MONTH_DAY_CHARS = 20  # "30 de septiembre.": the longest day and month without a year
MIN_LABEL_REPEATS = 3
LABEL_SHARE = 0.8  # a "name" on this share of the heads is a label (a blog author replies less)
MIN_TITLE_WORDS = 3
BRACKETED_EXCERPT = ("[…]", "[...]", "[&hellip;]")  # a bare "…" may open a reply
HEAD_LOOKAHEAD = 5  # non-blank lines a head's parts may span
ADDRESS_MARK = "@"  # "@ Ann": a reply addressing the comment it answers
URL_PIECE_CHARS = "./_-=?#&%"  # what the cut-off end of a URL holds
URL_CUT_STARTS = ":/?#&=%-._~"  # a URL's cut-off end may start with these
URL_START = re.compile(r"(?:https?://|www\.)\S+$", re.IGNORECASE)  # a web address
WIDE_GAP = re.compile(r"\S(\s{2,})\S")  # where html2text joined two blocks of one line
WIDE_GAP_CUE = "  "  # what every wide gap holds: a line's text has no other whitespace
REPLY_LINE_STOPS = (".", "!")  # "In reply to Ann." ends as a sentence does
HEAD_SEPARATORS = ("|", "•", "·")  # between a head's name, date and links
# A head's link after a separator, then more text: "Ann May 2, 2015 at 11:21 · Reply The
# body …" (html2text prints a comment's head, links and text as one list item's line).
LINKED_BODY = re.compile(rf"\s[{re.escape(''.join(HEAD_SEPARATORS))}]\s*(\w+)\s+(?=\S)")
MAX_GAPPED_HEAD_CHARS = 100  # a head before such a gap is short
MAX_CUT_TAIL = 40  # the end of a line searched for a reply arrow it was cut after
MAX_DECORATION_LINES = 3  # avatar, number and repeated name lines above a head
MAX_MARKER_ONLY_CHARS = 3  # "•", "1", "#": a line with no words
MAX_NUMBER_DIGITS = 6
MARK_SYMBOLS = frozenset("".join(BULLET_MARKERS) + "△▽▲▼←→↑↓")  # drawn bullets and arrows
MAX_SAYS_AUTHOR_WORDS = 8
CLAUSE_MARKS = (",", "”", "“", '"', ";")  # a name holds none of these ("Dr. Ann" may hold ". ")
MAX_COMMA_NAME_WORDS = 4  # "Ay, caramba": a name with a comma in a "says" head over its date
MAX_CREDENTIAL_WORDS = 2  # "Ann Lee, Ph.D.", "Bo Ng, RN BSN": a degree after a name's comma
HEAD_VERB_ENDS = (":", "...", "…")  # "says:" / "said..." may have the body after them
VERB_PUNCTUATION = ",:.…"  # "Ann said, on May 2": the verb without what follows it

# Roles (one character each, so that a page's roles read as a string):
EXPLICIT = "S"  # "Ann says:", "Bob • 3 years ago", "Ann | May 2, 2012 | Reply"
FOOTER = "F"  # "Posted by: Ann | May 2, 2012" under the body
DATE = "D"  # a date, alone or with action links
NAME = "N"  # short and unpunctuated: a name (or a short phrase)
IMAGE = "I"  # an image placeholder, a number, a lone marker
CHROME = "C"  # reply/like links, avatar alt text, form fields
PINGBACK = "P"
HEADING = "H"  # "6 thoughts on …", "Kommentare": announces comments, names nobody
TEXT = "T"
EXCERPT = "X"  # "[…] the linking post's excerpt": text that opens with a cut
BLANK = " "
BODY_ROLES = frozenset({TEXT, EXCERPT})
LINKING = frozenset({"pingback", "linkback"})  # heads of links from other posts
ONE_LINE_DATED = frozenset({"explicit", "says"})  # heads whose own line states the date
WEAK_PATTERNS = frozenset({"name-body", "headless", "timed"})
FLAT_SHARE = 0.05  # indented lines on a page whose converter flattens list bodies
MIN_FLAT_BODIES = 3  # list items with their text at column 0 that show a page printed flat
MAX_WRAPPED_TAIL = 20  # "am": the end of a title line the converter wrapped
MIN_WRAPPED_CHARS = 60  # a text line this long, ending mid-sentence, was wrapped
WRAP_STOPS = frozenset('.!?…:;"”’»)]')  # marks a wrapped line never ends a sentence with
MAX_HEAD_SPACES = 16  # a line of more words is running text (unless it says "says:")
PINGBACK_FIRST_CHARS = frozenset("ptr")  # "Pingback:", "Trackback:", "Rückverweis:"
LINKBACK_ROLES = frozenset({EXPLICIT, NAME, TEXT})  # what a linking post's title line reads as
NO_HEAD_ROLES = frozenset({CHROME, IMAGE, HEADING, BLANK, EXCERPT})
TEXT_OR_BLANK = frozenset({BLANK, *BODY_ROLES})  # a record's body, read upwards
FOOTER_TAIL_ROLES = frozenset({CHROME, IMAGE})  # a record's links and the next avatar
MAX_FOOTER_TAIL = 5  # such lines between a footer date and the next record's name
FOOTER_TAIL_LOOKAHEAD = MAX_FOOTER_TAIL + 2  # … then the name and its body's first line
# Where a head can start, in the roles of the non-blank lines: a head's own role, or
# text whose next line (after a date or a "Reply") opens a post's excerpt (a linkback's
# title, perhaps wrapped onto a second line). A name opens a head only above its date (a
# reply-to line or the name again between) or above a body (a short one may read as a
# name: "That dog is fearless"); a date only above a name or a body. Text over a date
# may be a "says" head whose name reads as a clause ("Ay, caramba sagt:").
HEAD_START = re.compile(
    f"[{EXPLICIT}{FOOTER}{PINGBACK}]"
    f"|{NAME}(?={IMAGE}*(?:[{CHROME}{NAME}]?{DATE}|[{TEXT}{EXCERPT}{NAME}]))"
    f"|{DATE}(?=[{NAME}{TEXT}{EXCERPT}])"
    f"|{DATE}(?=[{CHROME}{IMAGE}]{{1,{MAX_FOOTER_TAIL}}}{NAME}[{TEXT}{EXCERPT}])"
    f"|[{TEXT}{NAME}](?=[{DATE}{CHROME}]?{EXCERPT})"
    f"|{TEXT}(?=[{TEXT}{EXPLICIT}]{DATE}?{EXCERPT})"
    f"|{TEXT}(?={DATE})"
)


@dataclass(frozen=True, slots=True)
class RecordHead:
    """The head of one comment record.

    ``start`` is the record's first line (its list item, avatar or number line);
    ``lines`` the line indices that make up the head (kept out of the body); ``author``
    and ``timestamp`` what they state; ``pattern`` how the head was recognised
    ("says", "explicit" (a name and a date on one line), "timed" (a name and only a
    time of day: weak), "name-date", "date-name" (a name under the footer date closing
    the record above), "footed" (the first such record's name: its own footer dates it),
    "name-body", "date-only", "headless": an anonymous item whose first line is its
    text, "pingback", "linkback": a linking post's title over its excerpt,
    "footer": a head printed under its body, whose record starts at ``start`` above
    it); ``rest`` body text
    printed on the head line after "says:"; ``reply_to`` the name a "Reply to X" line
    in the head answers.
    """

    start: int
    lines: tuple[int, ...]
    author: str | None
    timestamp: str | None
    pattern: str
    rest: str | None = None
    reply_to: str | None = None

    def below_body(self, start: int) -> RecordHead:
        """This head as the footer of a record whose body begins at line ``start``."""
        return RecordHead(start, self.lines, self.author, self.timestamp, "footer")

    def above_body(self) -> RecordHead:
        """This head as the first line of its record (a footer-shaped head above it)."""
        if self.pattern != "footer":
            return self
        return RecordHead(self.start, self.lines, self.author, self.timestamp, "explicit")

    @property
    def strong(self) -> bool:
        """A head that states a date or says what it is (not only a short first line)."""
        return self.pattern not in WEAK_PATTERNS


@lru_cache(maxsize=LINE_CACHE_SIZE)
def line_role(text: str) -> str:
    """The role of one line's text (list marker already removed).

    >>> [line_role(t) for t in ("Ann says:", "June 3, 2015 at 8:14 am", "Ann Lee", "Reply",
    ...                         "[c25c]", "Great post, thanks.", "Mar 3")]
    ['S', 'D', 'N', 'C', 'I', 'T', 'D']
    """
    if not text:
        return IMAGE
    head = text[:MAX_GAPPED_HEAD_CHARS]
    if WIDE_GAP_CUE in head and _gapped_parts(text) is not None:
        return EXPLICIT  # a head with its body on the same line, however long
    if has_any(head, HEAD_SEPARATORS) and _linked_parts(text) is not None:
        return EXPLICIT  # … or after the head's links
    if len(text) > MAX_PATTERN_CHARS:
        return TEXT
    if IMAGE_ONLY.match(text) or _is_marker_only(text):
        return IMAGE
    if text.startswith(BRACKETED_EXCERPT):
        return EXCERPT
    bare = name_text(text)
    if bare[:1].lower() in PINGBACK_FIRST_CHARS and parse_pingback(bare) is not None:
        return PINGBACK
    says = has_says_cue(bare)
    if bare.count(" ") >= MAX_HEAD_SPACES and not says and not has_reply_to_cue(bare):
        # a line of running text: no head, no date line ("Jan van der Berg replied to
        # comment from Ana de la Cruz | May 2, 2012" is a head of as many words)
        return _prose_role(bare)
    # most lines hold no date: the tests are skipped
    dated = may_hold_date(bare) and (
        holds_date(bare) or _replies_with_age(bare) or _named_with_age(bare)
    )
    if dated and parse_footer_head(bare) is not None:
        return FOOTER
    if (says or dated) and head_parts(bare) is not None:
        return EXPLICIT
    if dated and (is_date(bare) or dated_links(bare) is not None or is_time_line(bare)):
        return DATE
    if len(bare) <= MAX_MONTH_DAY_CHARS and MONTH_DAY_LINE.match(bare):
        return DATE  # "Mar 3" alone: how sites date this year's comments
    return _prose_role(bare)


def _replies_with_age(text: str) -> bool:
    """A row of links that offers a reply and ends with a compact age ("Like · Reply ·
    3y"): the comment's footer date, as "Like · Reply · 3 years ago" is (a feed's "Share
    · 2d" dates a post)."""
    return COMPACT_AGE_AT_END.search(text) is not None and any(
        word in REPLY_LINK_WORDS for word in text.casefold().split()
    )


def _named_with_age(text: str) -> bool:
    """A name and a compact age after a mark ("Ann Lee · 3y")."""
    if COMPACT_AGE_AT_END.search(text) is None:
        return False  # most lines: no split tried
    split = split_name_date(text)
    return split is not None and is_name(split[0], strict=False)


def _prose_role(bare: str) -> str:
    """The role of a line that is no head and no date."""
    if is_count_heading(bare):
        return HEADING
    if is_chrome_in_comment(bare):
        return CHROME
    if is_short_head(bare) or is_short_head(_doubled(bare)):
        return NAME
    return TEXT


def _doubled(text: str) -> str:
    """The name an avatar's alt text glued to its link prints twice ("Jan van der
    BergJan van der Berg", "Ann Lee Ann Lee"): one copy; ``""`` for any other line."""
    half = len(text) // 2
    first, second = text[:half], text[len(text) - half :]
    if first != second or (len(text) % 2 and text[half] != " "):
        return ""
    return first


def _is_marker_only(text: str) -> bool:
    """Numbers ("12" votes, "3" a thread's number), image placeholders, bullets and
    punctuation: no words ("1 [60afcbfb6a3d]", "•", "#"). An emoji is text ("❤️" is
    a whole reply)."""
    bare = IMAGE_TOKEN.sub("", text).strip()
    if bare.isdigit():
        return len(bare) <= MAX_NUMBER_DIGITS
    if bare[:1] in "+-" and bare[1:].isdigit():
        return False  # "+1": a reply that says only that
    return len(bare) <= MAX_MARKER_ONLY_CHARS and all(map(_is_mark, bare))


def _is_mark(char: str) -> bool:
    return char in MARK_SYMBOLS or unicodedata.category(char)[0] in "PNZ"


def roles(lines: Sequence[Line], width: int | None = None) -> str:
    """One role character per line (``" "`` for blank lines); ``width`` is the one the
    page's lines were printed filled to (:func:`.lines.fill_width`; measured on
    ``lines`` where not given).

    A line right under a line of text the converter wrapped mid-sentence goes on with
    that sentence, whatever it looks like alone ("… but Jo has you beat. Please" /
    "hate me! lol", "… July 1," / "2020 Reply"): a short one is text, not a name or a
    count heading; a long one is text without the
    tests (most lines of a page are such, and the date patterns are costly), unless it
    says it is a head or ends with links. A count heading that three or more records repeat
    ("2 replies" under each) is a row of links.
    """
    out: list[str] = []
    above: Line | None = None  # the line above, when it is text wrapped mid-sentence
    width = fill_width(map(printed_width, lines)) if width is None else width
    for line in lines:
        if line.blank:
            out.append(BLANK)
            above = None
            continue
        goes_on = above is not None and wraps_into(above, line, width)
        if goes_on and _is_running_text(line.text):
            role = TEXT
        else:
            role = line_role(line.text)
            if goes_on and (
                role in (NAME, HEADING)
                or _goes_on_dated(role, line.text)
                or _goes_on_saying(role, line.text)
            ):
                role = TEXT  # "… July 1," / "2020 Reply", "… shown again" / "on November 24 …"
        out.append(role)
        above = line if role == TEXT else None
    return _without_record_counters(lines, "".join(out))


def _without_record_counters(lines: Sequence[Line], role: str) -> str:
    """``role`` with the count headings every record repeats read as links ("2 replies"
    under each comment, as a thread's toggles print): a section's heading stands once."""
    if HEADING not in role:
        return role  # most pages: one heading or none
    shapes = {
        i: DIGITS.sub("#", lines[i].text)
        for i, r in enumerate(role)
        if r == HEADING and parse_count_heading_cached(lines[i].text) is not None
    }
    repeats = Counter(shapes.values())
    counters = [i for i, shape in shapes.items() if repeats[shape] >= MIN_RECORD_COUNTERS]
    if not counters:
        return role
    out = list(role)
    for i in counters:
        out[i] = CHROME
    return "".join(out)


def _goes_on_dated(role: str, text: str) -> bool:
    """A dated "head" in lower case that says nothing and has no separator or link
    ("on November 24 at 10:30am", not "ann05 | May 2, 2012 | Reply"): under a
    sentence the converter cut, it is that sentence going on."""
    return (
        role == EXPLICIT
        and text[:1].islower()
        and not has_any(text, HEAD_SEPARATORS)
        and not says_head(text)
        and not ends_with_links(text)
    )


def _goes_on_saying(role: str, text: str) -> bool:
    """An undated "says" head whose sentence goes on after the verb ("… wenn er in
    seinen" / "Ausführungen schreibt: „Und da kommen …"): under a sentence the converter
    cut, it is that sentence going on, reporting what someone wrote."""
    if role != EXPLICIT:
        return False
    parts = head_parts(text)
    return parts is not None and parts.says and parts.timestamp is None and bool(parts.rest)


def wraps_into(above: Line, line: Line, width: int = 0) -> bool:
    """Whether ``line`` may go on with a sentence the converter cut at the end of the
    line of text ``above`` (long enough to be wrapped, or cut where the page was filled
    to ``width`` (:func:`.lines.fill_width`: a narrow column's lines are short), ending
    mid-sentence).

    >>> from comments.parse.lines import classify_lines
    >>> text = "I baked it on Friday, and a friend of mine liked it as much as I did"
    >>> cut, emoji = classify_lines([text, "😉"])
    >>> wraps_into(cut, emoji)
    True
    """
    if line.is_item or line.indent < above.indent:
        return False
    return _is_wrapped(above.text) or (
        above.text[-1] not in WRAP_STOPS and cut_by_width(above, line, width)
    )


def _is_wrapped(text: str) -> bool:
    """A line long enough to have been cut by the converter's wrapping, and cut before
    its sentence ended."""
    return len(text) >= MIN_WRAPPED_CHARS and text[-1] not in WRAP_STOPS


def _is_running_text(text: str) -> bool:
    """A long line that neither says it is a head nor ends with a link row."""
    return len(text) >= MIN_WRAPPED_CHARS and not has_says_cue(text) and not ends_with_links(text)


def find_heads(
    lines: Sequence[Line], start: int = 0, end: int | None = None, role: str | None = None
) -> list[RecordHead]:
    """Every record head in ``[start, end)``, in document order (``role``: the lines'
    :func:`roles`, when the caller has them).

    >>> from comments.parse.lines import classify_lines
    >>> page = classify_lines(["Ann Lee", "June 3, 2015", "", "Nice.", "Reply",
    ...                        "Bob", "June 4, 2015", "", "Thanks."])
    >>> [(h.start, h.author, h.timestamp) for h in find_heads(page)]
    [(0, 'Ann Lee', 'June 3, 2015'), (5, 'Bob', 'June 4, 2015')]
    """
    end = len(lines) if end is None else end
    role = roles(lines) if role is None else role
    texts = list(compress(range(start, end), map(BLANK.__ne__, role[start:end])))
    heads: list[RecordHead] = []
    taken = -1  # heads never overlap: a line belongs to one head
    flat = cache(partial(_is_flat, lines))  # a page-wide property, read where it is needed
    # Only lines whose role can open a head are looked at (found in C, on the roles of
    # the non-blank lines): most lines are text, links and avatars.
    for candidate in HEAD_START.finditer(role[start:end].replace(BLANK, "")):
        position = candidate.start()
        i = texts[position]
        if i <= taken:
            continue
        head = _head_at(lines, role, texts, position, flat)
        if head is None or (heads and _is_body_of(lines, heads[-1], head, role, texts, position)):
            continue
        head = _joined_at_reply_arrow(lines, head, texts, position)
        head = _with_decoration(lines, role, head, floor=max(taken + 1, start))
        head = _with_reply_line(lines, role, head, end, heads)
        heads.append(head)
        taken = head.lines[-1]
    return _with_first_footed_records(lines, role, _without_labels(lines, role, heads), start)


def _with_first_footed_records(
    lines: Sequence[Line], role: str, heads: list[RecordHead], start: int
) -> list[RecordHead]:
    """The first of each run of records closed by footer dates, whose name stands over its
    body with no footer above it ("[avatar]" / "Ann" / body / "Posted on May 2, 2012" /
    "Reply" / "[avatar]" / "Bob" / body / …): every later name opens a "date-name" head
    under the footer that closes the record above, and that footer's record needs its
    head too. Only where an avatar or links stand above the name (a paragraph's last
    short line over the first comment is no name)."""
    found: list[RecordHead] = []
    for k, head in enumerate(heads):
        floor = heads[k - 1].lines[-1] if k > 0 else start - 1
        if head.pattern == "date-name" and (first := _footed_name(role, head, floor)) is not None:
            found.append(RecordHead(first, (first,), name_text(lines[first].text), None, "footed"))
        found.append(head)
    return found


def _footed_name(role: str, head: RecordHead, floor: int) -> int | None:
    """The name line opening the record that the footer above a "date-name" head closes,
    when no head at or above line ``floor`` opened it: the name stands over that record's
    text under an avatar or links, as every later name does (not under a heading, whose
    wrapped tail may read as a name)."""
    footer = _footer_above(role, head.start)
    if footer is None or footer <= floor:
        return None
    name = footer - 1
    while name > floor and role[name] in TEXT_OR_BLANK:
        name -= 1
    if (
        name <= floor
        or role[name] != NAME
        or all(role[k] not in BODY_ROLES for k in range(name, footer))
    ):
        return None
    above = next((k for k in range(name - 1, -1, -1) if role[k] != BLANK), None)
    return name if above is None or (above > floor and role[above] in FOOTER_TAIL_ROLES) else None


def _footer_above(role: str, name: int) -> int | None:
    """The date line closing the record above a "date-name" head at line ``name`` (only
    links and avatars between)."""
    return footer_date_above(role.__getitem__, name)


def footer_date_above(role_at: Callable[[int], str], name: int) -> int | None:
    """The date line closing the record above the name at line ``name``, with only
    links and avatars between ("May 2, 2012 at 9:15 pm" / "Reply" / "Bob"); ``role_at``
    gives line ``k``'s role (:data:`BLANK` for a blank line)."""
    k, tail = name - 1, 0
    while k >= 0 and (
        (kind := role_at(k)) == BLANK or (kind in FOOTER_TAIL_ROLES and tail < MAX_FOOTER_TAIL)
    ):
        tail += kind != BLANK
        k -= 1
    return k if k >= 0 and role_at(k) == DATE else None


def _without_labels(lines: Sequence[Line], role: str, heads: list[RecordHead]) -> list[RecordHead]:
    """Heads whose "name" is the same label on nearly every record ("Profile" beside
    an avatar) take the name printed after their date instead: names vary from record
    to record, labels repeat. Where the last label's date has no name under it, the
    labels and dates close their records (a vote widget and its date under each
    comment): the names under them open the next records."""
    named = [h.author for h in heads if h.pattern == "name-date"]
    if len(named) < MIN_LABEL_REPEATS:
        return heads
    label, count = Counter(named).most_common(1)[0]
    if label is None or count < LABEL_SHARE * len(named) or label.casefold() in ANONYMOUS_NAMES:
        return heads  # "Anonymous" on every record is many people who gave no name
    names = {h.start: _name_after(lines, role, h) for h in heads if h.author == label}
    closing = names[max(names)] is None  # the last label's date has no name under it
    fixed = []
    for head in heads:
        name = names.get(head.start)
        if head.start not in names:
            fixed.append(head)
        elif closing and name is not None:
            # label and date close the record above; the name opens the next record
            fixed.append(_date_name_head(lines, role, name))
        elif name is not None:
            text = name_text(lines[name].text)
            fixed.append(
                RecordHead(head.start, (*head.lines, name), text, head.timestamp, head.pattern)
            )
        elif not closing:
            fixed.append(head)
    return fixed


def _name_after(lines: Sequence[Line], role: str, head: RecordHead) -> int | None:
    """The line under a head when it is a name, else ``None``."""
    after = next((k for k in range(head.lines[-1] + 1, len(lines)) if role[k] != BLANK), None)
    return after if after is not None and role[after] == NAME else None


def _joined_at_reply_arrow(
    lines: Sequence[Line], head: RecordHead, texts: list[int], p: int
) -> RecordHead:
    """A head a converter wrapped right after its reply arrow ("Ann Author ➦" /
    "Bob • 3 years ago"): the author is on the line above, this line names the
    comment answered."""
    if head.pattern != "explicit" or p == 0 or texts[p - 1] != head.lines[0] - 1:
        return head
    above = texts[p - 1]
    text = strip_images(lines[above].text)
    if not HEAD_CUT_AT_REPLY_TO.search(text[-MAX_CUT_TAIL:]):
        return head
    return RecordHead(
        above,
        (above, *head.lines),
        clean_author(text),
        head.timestamp,
        head.pattern,
        head.rest,
        head.author,
    )


def _opens_next_record(lines: Sequence[Line], role: str, i: int, nxt: list[int]) -> bool:
    """Whether the dated line under name line ``i`` is a list item with a name of its own
    under it, while ``i`` is no item: the item opens the next record ("26. <date>" /
    "Ann"), and ``i`` ends the one above (a signature) or stands left of the list (a link
    to the comment form above the first comment)."""
    date = nxt[0]
    return (
        lines[date].is_item
        and not lines[i].is_item
        and len(nxt) > 1
        and role[nxt[1]] == NAME
        and (lines[nxt[1]].indent <= lines[i].indent or lines[i].indent < lines[date].indent)
    )


def _with_reply_line(
    lines: Sequence[Line], role: str, head: RecordHead, end: int, above: Sequence[RecordHead]
) -> RecordHead:
    """The head with the "Reply to Sara" line printed right under it, naming its parent;
    with a sentence's stop after the name ("In reply to Sara."), only where a record
    ``above`` is Sara's (prose may say "In reply to the critics.")."""
    if head.reply_to is not None:
        return head
    after = next((k for k in range(head.lines[-1] + 1, end) if role[k] != BLANK), None)
    if after is None:
        return head
    text = strip_images(lines[after].text)
    reply = REPLY_TO_LINE.match(text)
    if reply is None and text.endswith(REPLY_LINE_STOPS):
        reply = REPLY_TO_LINE.match(text[:-1])
        if reply is not None and not any(h.author == reply["name"] for h in above):
            return head
    if reply is None:
        return head
    return RecordHead(
        head.start,
        (*head.lines, after),
        head.author,
        head.timestamp,
        head.pattern,
        head.rest,
        reply["name"],
    )


def _is_body_of(
    lines: Sequence[Line],
    previous: RecordHead,
    head: RecordHead,
    role: str,
    texts: list[int],
    p: int,
) -> bool:
    """A "head" right under another head (an avatar or its wrapped links between them
    aside), that carries text itself ("What they said... or perhaps …"), is only a
    short line, quotes someone ("Joe Bloggs wrote:" under a dated head) or addresses
    the comment it answers ("@ Ann" and its date): the first line of the body above's
    record, which cannot be empty."""
    q = p - 1
    while q >= 0 and role[texts[q]] in (IMAGE, CHROME) and texts[q] > previous.lines[-1]:
        q -= 1  # avatars, and the head's links wrapped onto the next line ("Reply")
    right_under = q >= 0 and texts[q] == previous.lines[-1] and previous.rest is None
    addresses = _addresses(lines[head.start])
    opens_record = previous.pattern in LINKING or (lines[head.lines[0]].is_item and not addresses)
    carries_text = (
        head.rest is not None or head.pattern == "name-body" or _quotes(previous, head) or addresses
    )
    return right_under and not opens_record and carries_text


def _quotes(previous: RecordHead, head: RecordHead) -> bool:
    """An undated "Joe wrote:" right under a head line that states its own date: the
    comment opens by quoting. (Under a name over a date line, "X said..." may be the
    next record of a layout whose dates close the records.)"""
    return (
        head.pattern == "says"
        and head.timestamp is None
        and previous.timestamp is not None
        and previous.pattern in ONE_LINE_DATED
    )


def _addresses(line: Line) -> bool:
    """A "head" that opens with an address mark ("@ Ann Lee" / "8. April 2019 @ 11:38"):
    a reply naming the comment it answers, and when that comment was written. (Some
    converters' list bullets include "@": read as a marker, it still addresses.)"""
    return line.marker == ADDRESS_MARK or strip_images(line.text).startswith(ADDRESS_MARK)


def _continues_url(above: Line, line: Line) -> bool:
    """Whether ``line`` goes on with a URL that ends the line above, cut by the
    converter: same indent, the URL the last word above, and here a lower-case start
    that is a piece of a URL ("seite.html", not "by"), a URL's punctuation
    (":article_id=6"), or any word under a URL as long as a wrapped line ("…/kaufen.ht"
    / "ml (08.05.2019)"). A URL cut after a "/" may leave its line short."""
    last = above.text.rsplit(None, 1)[-1] if above.text else ""
    first = line.text.split(None, 1)[0] if line.text else ""
    piece = has_any(first, URL_PIECE_CHARS)
    return (
        above.indent == line.indent
        and (first[:1].islower() or first[:1] in URL_CUT_STARTS)
        and (piece or len(last) >= MIN_WRAPPED_CHARS)
        and URL_START.match(last) is not None
        and (len(above.text) >= MIN_WRAPPED_CHARS or (piece and last.endswith("/")))
    )


def _head_at(
    lines: Sequence[Line], role: str, texts: list[int], p: int, flat: Callable[[], bool]
) -> RecordHead | None:
    """The head that begins at non-blank line ``texts[p]``, if one does (``flat``: the
    converter printed list bodies at column 0)."""
    i = texts[p]
    r = role[i]
    if r in NO_HEAD_ROLES:
        return None  # most lines: link rows, avatars, headings
    if p > 0 and _continues_url(lines[texts[p - 1]], lines[i]):
        return None  # "seite.html 20.05.2019": the end of a URL the converter wrapped
    nxt = texts[p + 1 : p + HEAD_LOOKAHEAD]
    if r == TEXT:  # running text heads nothing, unless a post's excerpt follows it
        if nxt and role[nxt[0]] == DATE:
            name = _comma_says_name(name_text(lines[i].text))
            if name is not None:  # "Ay, caramba sagt:" / "1. November 2023 um 11:32 Uhr"
                return RecordHead(i, (i, nxt[0]), name, date_text(lines[nxt[0]].text), "says")
        if _excerpt_follows(lines, role, nxt):
            return _linkback(lines, role, i, name_text(lines[i].text), nxt)
        if _excerpt_follows(lines, role, nxt[1:]) and _is_wrapped_tail(lines, i, nxt):
            # "Title « site October 27, 2012 at 10:58" / "am" / "[…] excerpt"
            text = f"{name_text(lines[i].text)} {lines[nxt[0]].text}"
            head = _linkback(lines, role, i, text, nxt[1:])
            if head is None:
                return None
            taken = (i, nxt[0], *head.lines[1:])  # the title's wrapped tail is the head's
            return RecordHead(i, taken, head.author, head.timestamp, "linkback")
        return None
    text = name_text(lines[i].text)
    if r == PINGBACK:
        return RecordHead(i, (i,), None, None, "pingback")
    if r in LINKBACK_ROLES and _excerpt_follows(lines, role, nxt) and not _ends_as_head(r, text):
        return _linkback(lines, role, i, text, nxt)
    if r == FOOTER:
        footer = parse_footer_head(text)
        return RecordHead(i, (i,), footer.author, footer.timestamp, "footer")  # type: ignore[union-attr]
    if r == EXPLICIT:
        return _explicit(lines, role, i, text, nxt)
    if r == NAME:
        return _name_head(lines, role, i, text, nxt, flat)
    if r == DATE and nxt and role[nxt[0]] in BODY_ROLES and _item_of(lines, role, i) is not None:
        # "□ 14 Feb 2019 11:02" / body: an anonymous reader's item, dated only
        return RecordHead(i, (i,), None, date_text(lines[i].text), "date-only")
    if r == DATE and nxt and role[nxt[0]] == NAME and _body_follows(lines, role, nxt[1:]):
        if _left_of_item_body(lines, i, lines[nxt[0]]):
            return None  # the date closes a list item's body; the name is page text after
        name = name_text(lines[nxt[0]].text)
        if lines[i].is_item and not _closes_link_list(lines, role, texts, p):
            # "16. November 12, 2012" / "Tim": the item opens with its date
            return RecordHead(i, (i, nxt[0]), name, date_text(lines[i].text), "name-date")
        # A date right above a name ends the record before (a footer date, as wpDiscuz
        # and many themes print it); the name opens the next record.
        return _date_name_head(lines, role, nxt[0])
    if r == DATE and nxt and role[nxt[0]] in FOOTER_TAIL_ROLES:
        return _name_after_footer(lines, role, i, texts[p + 1 : p + 1 + FOOTER_TAIL_LOOKAHEAD])
    return None


def _name_after_footer(
    lines: Sequence[Line], role: str, date: int, nxt: list[int]
) -> RecordHead | None:
    """The head of the next record under a footer date and the links and avatar that
    close the record above ("Posted on May 2, 2012 | 1:23 pm" / "Reply" / "[avatar]" /
    "Ann" / body), when a name with text under it follows them. Where a numbered item,
    an item left of the date or one right of it that holds the name opens among them,
    the list tells where the next record starts."""
    tail = list(takewhile(lambda k: role[k] in FOOTER_TAIL_ROLES, nxt))
    rest = nxt[len(tail) :]
    if not (rest[1:] and role[rest[0]] == NAME and role[rest[1]] in BODY_ROLES):
        return None
    margin = lines[date].indent
    if any(_opens_list_record(lines[k], margin, lines[rest[0]]) for k in tail):
        return None
    head = _date_name_head(lines, role, rest[0])
    return replace(head, author=without_links(head.author)) if head.author else head


def _opens_list_record(line: Line, margin: int, name: Line) -> bool:
    """A numbered list item, an item left of ``margin`` (the footer date's), or one right
    of it that holds the ``name`` (indented under its marker, or at column 0 with the
    date, as html2text prints every text): a record of a list opens, a reply's nested
    under the footer. An item at the margin, or a list nested under the date whose
    items the name stands left of, holds the footer's own links ("• Posted on …" / "□
    Reply" / "□ [avatar]" / name)."""
    if not line.is_item:
        return False
    if item_number(line) is not None or line.indent < margin:
        return True
    return line.indent > margin and (name.indent > line.indent or name.indent == margin == 0)


class HeadParts(NamedTuple):
    """What a one-line head states: author, date, body text after "says:", and whether
    it says it is a head (a "says"-verb)."""

    author: str | None
    timestamp: str | None
    rest: str | None
    says: bool


@lru_cache(maxsize=LINE_CACHE_SIZE)
def head_parts(text: str) -> HeadParts | None:
    """The parts of a line that is a head by itself ("Ann says:", "Ann | May 2, 2012",
    "On May 2, 2012 at 10:25 am Sam said:"), ``None`` for any other line.

    >>> head_parts("On May 2, 2012 at 10:25 am Sam said:")
    HeadParts(author='Sam', timestamp='May 2, 2012 at 10:25 am', rest=None, says=True)
    >>> head_parts("Luhn says she was demoted.") is None
    True
    """
    if text.startswith(ATTRIBUTION_DASHES):
        return None  # "— Ann (@ann) May 2, 2018" signs a quoted post, not a comment
    if is_date(text):
        return None  # a date alone names nobody ("May 2, 2012 at 9:15 pm - 3 hours ago")
    glued = split_dated_prefix(text)
    if glued is not None:  # "13 de octubre de 2019, 9:41 Eliminar Ana dijo...": the
        text = glued[1]  # date closes the record above; the head starts after it
    inside = reply_inside_says(text)
    if inside is not None:  # "Ann said in reply to Bob...": read as "Ann said..."
        text = inside[0]
    head = parse_head(text) if has_says_cue(text) else None
    if head is not None and says_head(text):
        return _says_parts(text, head.author, head.timestamp, head.rest)
    dated = split_name_date(text)
    if dated is None or not is_name(dated[0], strict=False):
        # "Subscribe Today", "Views" beside a date name nobody; a head may still have
        # its body after a wide gap or after its links on the same line
        return _gapped_parts(text) or _linked_parts(text)
    return HeadParts(dated[0], dated[1], None, says=_verb_after_name(text, dated[0]))


def _verb_after_name(text: str, author: str) -> bool:
    """Whether the verb after the name says the dated head is one, as "Ann says:" does:
    a verb only comments use ("Ann Lee commented on May 2, 2012"), or one before the
    colon that opens what was said ("Ann wrote on May 2, 2012:"; a list of posts may
    read "Ann wrote on May 2, 2012" over each teaser)."""
    at = text.find(author)
    words = text[at + len(author) :].split(maxsplit=1) if at >= 0 else []
    verb = words[0].strip(VERB_PUNCTUATION).casefold() if words else ""
    return verb in COMMENT_VERBS or (verb in NAME_VERBS and text.rstrip().endswith(HEAD_VERB_ENDS))


def _gapped_parts(text: str) -> HeadParts | None:
    """A dated head with its body after a wide gap on the same line ("Ann Lee August
    2nd, 2012 at 12:36 pm  This is a big question …"): html2text joins a comment's blocks
    with two spaces."""
    gap = WIDE_GAP.search(text, 0, MAX_GAPPED_HEAD_CHARS)
    if gap is None or not may_hold_date(head := text[: gap.start(1)]):
        return None
    dated = split_name_date(head)
    if dated is None or not is_name(dated[0], strict=False):
        return None
    return HeadParts(dated[0], dated[1], text[gap.end(1) :], says=False)


def _linked_parts(text: str) -> HeadParts | None:
    """A dated head with its body after its "Reply" link on the same line ("Ute 15.
    Dezember 2015 at 11:21 · Antwort Das ist eine sehr …"). Only a reply link: a news
    list's "Ann May 2, 2015 · Share The story …" is a teaser."""
    for match in LINKED_BODY.finditer(text, 0, MAX_GAPPED_HEAD_CHARS):
        if match.group(1).casefold() not in REPLY_LINK_WORDS:
            continue
        head = text[: match.end(1)]
        dated = split_name_date(head) if may_hold_date(head) else None
        if dated is not None and is_name(dated[0], strict=False):
            return HeadParts(dated[0], dated[1], text[match.end() :], says=False)
        return None
    return None


def _says_parts(
    text: str, author: str | None, stamp: str | None, rest: str | None
) -> HeadParts | None:
    dated = split_name_date(author) if author and stamp is None else None
    if dated is not None:  # "On May 2, 2012 at 10:25 am Sam said:"
        author, stamp = dated
    if not _is_head_statement(text, author, rest) or (author or "").casefold() in NAME_END_WORDS:
        return None  # reported speech ("Luhn says she …"), or a date and no name
    return HeadParts(author, stamp, rest, says=True)


def _explicit(
    lines: Sequence[Line], role: str, i: int, text: str, nxt: list[int]
) -> RecordHead | None:
    parts = head_parts(text)
    if parts is None:
        return None
    stamp = parts.timestamp
    taken: tuple[int, ...] = (i,)
    under = _date_under(lines, role, nxt) if parts.rest is None else ()
    if under:
        following = date_text(lines[under[-1]].text)
        stamp, taken = (following if stamp is None else f"{stamp} {following}"), (i, *under)
    pattern = "says" if parts.says else "timed" if _time_only(stamp) else "explicit"
    return RecordHead(i, taken, parts.author, stamp, pattern, parts.rest, replied_name(text))


def _date_under(lines: Sequence[Line], role: str, nxt: list[int]) -> tuple[int, ...]:
    """The lines under a one-line head down to its date: the date on the next line (or
    the rest of a date the converter wrapped), or the date under avatars and one line
    the comment system prints between ("Post author", "Your comment is awaiting
    moderation."); ``()`` where no date follows."""
    if nxt and (role[nxt[0]] == DATE or is_time_line(lines[nxt[0]].text)):
        return (nxt[0],)
    between = list(takewhile(lambda k: role[k] == IMAGE, nxt))
    rest = nxt[len(between) :]
    if rest and _is_head_label(lines, role, rest[0]):
        between, rest = [*between, rest[0]], rest[1:]
    return (*between, rest[0]) if rest and role[rest[0]] == DATE else ()


def _is_head_label(lines: Sequence[Line], role: str, k: int) -> bool:
    """A line a comment system prints inside a head, between the name and the date: a
    badge ("Post author", "Top Commenter") or a notice or link ("Your comment is
    awaiting moderation.", "Edit")."""
    return role[k] == CHROME or (
        role[k] == NAME and AUTHOR_BADGE_LINE.match(strip_images(lines[k].text)) is not None
    )


def _comma_says_name(text: str) -> str | None:
    """The name of a "says" head whose name holds a comma ("Ay, caramba sagt:"), which
    alone reads as a clause of prose ("Yes, Ann says:"); the caller asks for its date on
    the next line, as a comment's head has it and a sentence has not. ``None`` for any
    other line.

    >>> _comma_says_name("Ay, caramba sagt:"), _comma_says_name("Ann says:")
    ('Ay, caramba', None)
    """
    if "," not in text or not says_head(text):
        return None
    head = parse_head(text)
    if head is None or head.author is None or head.rest or head.timestamp:
        return None
    author = head.author
    if len(author.split()) > MAX_COMMA_NAME_WORDS or ends_a_sentence_inside(author):
        return None
    return None if any(mark in author for mark in CLAUSE_MARKS[1:]) else author


def _time_only(stamp: str | None) -> bool:
    """A head's date that is only a time of day ("Ann | Posted at 12:45pm"): as weak as
    a bare name, since an agenda's or an events list's lines look the same."""
    return stamp is not None and TIME_ONLY.match(stamp) is not None


def _ends_as_head(r: str, text: str) -> bool:
    """A dated head ending with its "Reply" link ("by Ann on May 2, 2012. Reply #"): a
    comment's head (or footer, the excerpt below it the next record's), no post's title."""
    return r == EXPLICIT and ends_with_links(text)


def _is_wrapped_tail(lines: Sequence[Line], i: int, nxt: list[int]) -> bool:
    """Whether the next line is the rest of line ``i``, wrapped by the converter: short
    ("am"), or under a line long enough to have been cut mid-sentence (a linking post's
    title and site, its date on the next line)."""
    if not nxt or nxt[0] != i + 1:
        return False
    below = lines[nxt[0]]
    return len(below.text) <= MAX_WRAPPED_TAIL or wraps_into(lines[i], below)


def _excerpt_follows(lines: Sequence[Line], role: str, nxt: list[int]) -> bool:
    """The next line (after a date line or a "Reply" row, if any) opens a post's
    excerpt ("[…] the …")."""
    for k in nxt[:2]:
        if role[k] != DATE and not (role[k] == CHROME and is_action_line(lines[k].text)):
            return lines[k].text.startswith(BRACKETED_EXCERPT)
    return False


def _linkback(
    lines: Sequence[Line], role: str, i: int, text: str, nxt: list[int]
) -> RecordHead | None:
    """A pingback shown as a comment: the linking post's title (and date) as its head,
    its excerpt as the body ("Post title | Site says:" / "[…] excerpt […]")."""
    named = split_name_date(text)
    if named is not None and is_name(named[0]) and split_title_site(named[0])[1] is None:
        return None  # "by Gord on May 2, 2012. Reply": a commenter's head or footer
    title, stamp = linking_title(text)
    if len(title.split()) < MIN_TITLE_WORDS and split_title_site(title)[1] is None:
        return None  # a name, not a post's title
    taken = (i, nxt[0]) if role[nxt[0]] == DATE else (i,)
    if stamp is None and len(taken) > 1:
        stamp = date_text(lines[nxt[0]].text)
    return RecordHead(i, taken, title, stamp, "linkback")


def _name_head(
    lines: Sequence[Line], role: str, i: int, text: str, nxt: list[int], flat: Callable[[], bool]
) -> RecordHead | None:
    """A short name line with its date next to it, or a list item's name above its body."""
    nxt = [k for k in nxt if role[k] != IMAGE]  # "Ann" / "□" / "Jul 20 2012"
    if not nxt or (role[nxt[0]] == NAME and not _may_head_name(lines, role, i, nxt)):
        return None  # most names over names: a menu's items
    text = without_links(name_text(text))
    j = nxt[0]
    if role[j] == DATE and _opens_next_record(lines, role, i, nxt):
        return None  # "S-" (a signature) over "26. November 12, 2012" / "Ann Lee"
    if role[j] == DATE:  # "Rosa ➦ dave •" / "2 years ago": the name it answers, too
        if lines[i].is_item and line_above(lines, i) == i - 1 and _follows_bare_sibling(lines, i):
            return None  # a list's last item ("- the mill" / "- the old school") over a date
        author, replied = clean_author(text), replied_name(text)
        return RecordHead(i, (i, j), author, date_text(lines[j].text), "name-date", None, replied)
    if role[j] == CHROME and len(nxt) > 1 and role[nxt[1]] == DATE:
        reply = REPLY_TO_LINE.match(strip_images(lines[j].text))
        stamp = date_text(lines[nxt[1]].text)
        if reply:  # "Chuck / Reply to TMS / 6 months ago"
            return RecordHead(i, (i, j, nxt[1]), text, stamp, "name-date", reply_to=reply["name"])
        if _is_subtitled(lines, role, i, nxt):  # "Ann Lee" / "Post author" / date / text
            return RecordHead(i, (i, j, nxt[1]), text, stamp, "name-date")
    if role[j] == NAME and len(nxt) > 1 and role[nxt[1]] == DATE and not _item_between(lines, i, j):
        other = strip_images(lines[j].text)
        if _same_name(text, other):  # "MarthaMartha" / "Martha" / date
            name = min(text, other, key=len)
            return RecordHead(i, (i, j, nxt[1]), name, date_text(lines[nxt[1]].text), "name-date")
        if _is_subtitled(lines, role, i, nxt):  # "Ann Lee" / "Boston" / date / text
            return RecordHead(i, (i, j, nxt[1]), text, date_text(lines[nxt[1]].text), "name-date")
    item = _item_of(lines, role, i)
    if item is None and _is_orphan_name(lines, role, i, j, text):
        return RecordHead(i, (i,), text, None, "name-body")
    if item is None or item.marker_kind == "roman":
        return None  # "II. The Schlep": an article's numbered section, not a comment
    taken: tuple[int, ...] = (i,)
    if role[j] == NAME and is_unfilled_date(lines[j].text) and len(nxt) > 1:
        taken, j = (i, j), nxt[1]  # "Ann" / "at" / body: a date its script never printed
    below = lines[j]
    # (a body at column 0: converters that flatten list bodies)
    body_under = below.indent > item.indent or (below.indent == 0 and flat())
    is_body = role[j] in BODY_ROLES or (item is lines[i] and _is_short_reply(lines, role, text, j))
    if is_body and body_under and not below.is_item:
        return (
            None
            if _follows_bare_sibling(lines, i)
            else RecordHead(i, taken, text, None, "name-body")
        )
    return None


def _is_orphan_name(lines: Sequence[Line], role: str, i: int, j: int, name: str) -> bool:
    """Whether line ``i`` is a comment's name whose list item the page's markup closed
    before its text (lynx prints the name alone where the list's items stand, the text
    back at the page's column: "     Ann Lee" / "   Great post …" among "     * Bob"
    items): a person's name over text less indented than it, where the lines above at
    its indent are such names up to a list item."""
    line, below = lines[i], lines[j]
    if line.is_item or role[j] != TEXT or not is_speaker_name(name):
        return False
    if below.indent == line.indent:  # "Jim" / "" / "Good luck to you John." at one column
        item = _named_item_above(lines, role, i)
        return item is not None and _named_item_below(lines, role, j, item)
    if not 0 < below.indent < line.indent:
        return False
    for k in range(i - 1, -1, -1):
        if lines[k].blank or (lines[k].indent != line.indent and role[k] == TEXT):
            continue  # the text of the records above, indented either way
        if lines[k].indent == line.indent and lines[k].is_item:
            return True
        if role[k] != NAME or lines[k].indent < line.indent:
            return False  # a heading, a link, a form: no list of comments up there
    return False


def _named_item_above(lines: Sequence[Line], role: str, i: int) -> int | None:
    """The indent of the list item right above line ``i``, opened by a name and indented
    deeper than line ``i`` (a reply's item, its lines included), ``None`` where there
    is none: that item closed, and the name at the list's parent column opens the next
    comment (lynx prints a static copy's top-level comments so, between their replies'
    items)."""
    column = lines[i].indent
    for k in range(i - 1, -1, -1):
        if lines[k].blank:
            continue
        if lines[k].indent <= column:
            return None
        if lines[k].is_item:
            return lines[k].indent if role[k] == NAME else None
    return None


def _named_item_below(lines: Sequence[Line], role: str, j: int, indent: int) -> bool:
    """Whether the text from line ``j`` on (at its column) is followed by another item
    opened by a name at ``indent``: the shape repeats (the comment's replies), as a
    sidebar's "About" over its blurb after the last comment does not."""
    column = lines[j].indent
    for k in range(j, len(lines)):
        if lines[k].blank or (lines[k].indent == column and not lines[k].is_item):
            continue
        return lines[k].is_item and lines[k].indent == indent and role[k] == NAME
    return False


def _may_head_name(lines: Sequence[Line], role: str, i: int, nxt: list[int]) -> bool:
    """Whether a name over another name line may head a record: over its date (the name
    printed twice, or a reply-to line between), as a list item over a short reply, or
    over a date its script never printed (a cheap test: most such pairs are menus)."""
    return (
        (len(nxt) > 1 and role[nxt[1]] == DATE)
        or lines[i].is_item
        or is_unfilled_date(lines[nxt[0]].text)
    )


def _is_short_reply(lines: Sequence[Line], role: str, name: str, j: int) -> bool:
    """Whether line ``j``, short and unpunctuated as a name is, is the whole text of the
    list item a person's name opens ("• Michael Robinson" / "That dog is fearless"): it
    names nobody, and the next item, another name over its text, follows it (a widget's
    "• Twitter Feed" / "Follow on Twitter" has a list of links below)."""
    if role[j] != NAME or not is_speaker_name(name) or is_speaker_name(name_text(lines[j].text)):
        return False
    sibling = line_below(lines, j)
    if sibling is None or not lines[sibling].is_item or role[sibling] != NAME:
        return False
    text = line_below(lines, sibling)
    return text is not None and role[text] in BODY_ROLES and not lines[text].is_item


def _is_subtitled(lines: Sequence[Line], role: str, i: int, nxt: list[int]) -> bool:
    """Whether name ``i`` opens a record under the line that ends the one above (or at
    the page's start), over a second short line and the date, one right under the other,
    with the text under the date: a reader's city, a forum's member title, a badge or a
    notice between name and date ("Ann Lee" / "Boston" / "March 3, 2015" / text; "Post
    author", "Your comment is awaiting moderation."). A footer's date under a one-line
    comment has the next record's name or its links under it instead."""
    if len(nxt) < 3 or nxt[:2] != [i + 1, i + 2] or role[nxt[2]] not in BODY_ROLES:
        return False
    if any(lines[k].is_item or lines[k].indent != lines[i].indent for k in nxt[:2]):
        return False  # three items of a list, or a name over a reply's head
    above = i - 1
    return (above < 0 or role[above] in (BLANK, CHROME, IMAGE)) and is_name(lines[i].text)


def _item_between(lines: Sequence[Line], i: int, j: int) -> bool:
    """Whether a list item opens between lines ``i`` and ``j``: a name above it (a
    signature closing the comment above) is not the next item's name printed twice."""
    return any(lines[k].is_item for k in range(i + 1, j))


def _follows_bare_sibling(lines: Sequence[Line], i: int) -> bool:
    """Whether item ``i`` comes right after an item of its own list that has nothing
    under it ("• Contact solution" / "• Extra contacts"): a list of things, whose last
    item a paragraph follows, not a list of comments (each comment has its text)."""
    k = line_above(lines, i)
    if k is None:
        return False
    above, item = lines[k], lines[i]
    return (
        above.is_item
        and above.indent == item.indent
        and above.marker_kind == item.marker_kind
        and line_role(above.text) in (NAME, TEXT)  # not an empty item, an avatar, a number
    )


def _is_flat(lines: Sequence[Line]) -> bool:
    """Whether the converter printed list bodies at column 0 (html2text): hardly any
    line that opens no list item is indented, or no item has its text indented under it
    and several have it at column 0 (quotations the converter indents elsewhere on the
    page say nothing of its lists)."""
    texts = [line for line in lines if not line.blank and not line.is_item]
    if sum(line.indent > 0 for line in texts) <= FLAT_SHARE * len(texts):
        return True
    flattened = 0
    for item in (k for k, line in enumerate(lines) if line.is_item and line.indent > 0):
        below = line_below(lines, item)
        if below is None or lines[below].is_item:
            continue
        if lines[below].indent > lines[item].indent:
            return False
        flattened += lines[below].indent == 0
    return flattened >= MIN_FLAT_BODIES


def _closes_link_list(lines: Sequence[Line], role: str, texts: list[int], p: int) -> bool:
    """Whether the dated item at ``texts[p]`` is the last of a list of a comment's
    links and dates ("• Reply" / "• April 5, 2018" / "• 6:32 PM"): the list closes
    the record above, as a footer date does."""
    if p == 0:
        return False
    above, item = lines[texts[p - 1]], lines[texts[p]]
    return above.is_item and above.indent == item.indent and role[texts[p - 1]] in (CHROME, DATE)


def _left_of_item_body(lines: Sequence[Line], i: int, name: Line) -> bool:
    """Whether ``name`` stands left of the list item body that line ``i`` (a date) is a
    line of: the date closes that item, and the name is page text after the list."""
    date = lines[i]
    if date.is_item or name.is_item or name.indent >= date.indent:
        return False
    for k in range(i - 1, -1, -1):
        above = lines[k]
        if not above.blank and above.indent < date.indent:
            return above.is_item  # the item whose body the date ends
    return False


def _item_of(lines: Sequence[Line], role: str, i: int) -> Line | None:
    """The list item line ``i`` opens, or the item it is the first words of ("1. 01" /
    "Yalcin": a numbered item whose first lines are only a number, an avatar or a rule)."""
    if lines[i].is_item:
        return lines[i]
    seen = 0
    for k in range(i - 1, -1, -1):
        if role[k] == BLANK:
            continue
        if role[k] != IMAGE and not RULE_LINE.match(lines[k].text):
            return None  # only avatars, numbers and rules sit between an item and its name
        if lines[k].is_item:
            return lines[k]
        seen += 1
        if seen == MAX_DECORATION_LINES:
            return None
    return None


@lru_cache(maxsize=LINE_CACHE_SIZE)
def name_text(text: str) -> str:
    """A name line without avatar placeholders (anywhere: "Ann [badge]"), a thread's
    links closed by its fold toggle ("Ann 3 hours ago | parent | next [–]"), a leading
    comment number ("#3 Ann"), avatar alt text or the commenter's website glued before
    it."""
    if text.endswith(FOLD_TOGGLES):
        text = FOLDED_ROW_AT_END.sub("", text) or text
    bare = IMAGE_TOKEN.sub("", text).strip() if "[" in text else text
    return NAME_PREFIX.sub("", bare, count=1) or text


def _is_head_statement(text: str, author: str | None, rest: str | None) -> bool:
    """A "says" head, not reported speech in prose: the name is a name (no clause
    punctuation), and body text after the verb follows a colon or an ellipsis ("Ann
    says: Hi"), never a plain space ("Luhn says she was …"), and only after a person's
    name or handle."""
    if author is None or len(author.split()) > MAX_SAYS_AUTHOR_WORDS:
        return False
    if says_head(text) and (
        any(mark in _without_credential(author) for mark in CLAUSE_MARKS)
        or ends_a_sentence_inside(author)
    ):
        return False  # "… it will last. Just because it says": a sentence's words
    if not rest:
        return True
    if not is_person_like(author):
        return False  # "I like what Kim said: I like …": a sentence quoting someone
    verb_end = text[: len(text) - len(rest)].rstrip()
    return verb_end.endswith(HEAD_VERB_ENDS)


def _without_credential(author: str) -> str:
    """A person's name without the degree or title after its comma ("Anatoly Goldstein,
    Ph.D.", "Ann Lee, MD": one or two capitalised words); any other text as it is.

    >>> _without_credential("Anatoly Goldstein, Ph.D."), _without_credential("Yes, Ann")
    ('Anatoly Goldstein', 'Yes, Ann')
    """
    name, comma, credential = author.partition(", ")
    words = credential.split()
    if not comma or not 0 < len(words) <= MAX_CREDENTIAL_WORDS or len(name.split()) < 2:
        return author
    if all(word[:1].isupper() for word in words) and is_person_like(name):
        return name
    return author


def _date_name_head(lines: Sequence[Line], role: str, i: int) -> RecordHead:
    """The head of a record whose name stands under the date closing the record above,
    with the line under the name when that repeats it: an avatar's alt text glued to
    the name's link prints the name twice ("AnnAnn" or "Ann Ann", then "Ann")."""
    name = name_text(lines[i].text)
    below = i + 1
    if below < len(lines) and role[below] == NAME:
        again = name_text(lines[below].text)
        if name.replace(" ", "") == again.replace(" ", "") * 2:
            return RecordHead(i, (i, below), again, None, "date-name")
    return RecordHead(i, (i,), name, None, "date-name")


def _body_follows(lines: Sequence[Line], role: str, following: list[int]) -> bool:
    """After a date-name head comes the body: not another date, nor a number alone
    ("Pages" / "1" / "2": a pager's heading under the last footer)."""
    if not following:
        return True
    first = lines[following[0]]
    return role[following[0]] not in (DATE, EXPLICIT) and not first.text.isdigit()


def _same_name(a: str, b: str) -> bool:
    a, b = a.casefold().replace(" ", ""), b.casefold().replace(" ", "")
    return bool(a and b) and (a in b or b in a)


def date_text(text: str) -> str:
    """A date line's date, without its images and the links after it.

    >>> date_text("[clock] May 2, 2021 at 9:15 am Reply")
    'May 2, 2021 at 9:15 am'
    """
    bare = strip_images(text)
    return dated_links(bare) or bare


def _with_decoration(lines: Sequence[Line], role: str, head: RecordHead, floor: int) -> RecordHead:
    """Move the record's start up over the lines that decorate its head: avatars, a
    thread number, the name printed twice, an empty list item whose next line is the
    head ("1. [c25c]" / "Dana Hill" / "Aug 8 2012")."""
    start = head.lines[0]
    seen = 0
    subject = None  # a comment's title line between its avatar and its head
    titled = not _closes_item(lines, head)  # a head under its body ("Love it" / "Posted
    for k in range(start - 1, floor - 1, -1):  # by Ann …") has no title above it
        if role[k] == BLANK:
            continue
        if seen == MAX_DECORATION_LINES:
            break
        if not _decorates(lines[k], role[k], head.author):
            if subject is not None or seen or role[k] != NAME or not titled:
                break
            subject = k
            continue
        start, seen = k, seen + 1
        if lines[k].is_item:
            break  # the record's own list item: what is above belongs to the record before
    if start == head.start:
        return head
    return RecordHead(
        start, head.lines, head.author, head.timestamp, head.pattern, head.rest, head.reply_to
    )


def _closes_item(lines: Sequence[Line], head: RecordHead) -> bool:
    """Whether the next list item opens right under the head, left of it: the head is
    the last line of its item, under the record's text."""
    below = line_below(lines, head.lines[-1])
    return (
        below is not None
        and lines[below].is_item
        and lines[below].indent < lines[head.lines[0]].indent
    )


def _decorates(line: Line, role: str, author: str | None) -> bool:
    if role == IMAGE:
        return True
    text = strip_images(line.text)
    if role == CHROME and AVATAR_LINE.match(text):
        return True
    return author is not None and role == NAME and _same_name(text, author)
