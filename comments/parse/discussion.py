"""Which record heads are the page's discussion.

:mod:`.records` finds every head-shaped line group on the page; bylines, related-post
lists and sidebars have such lines too. The heads are grouped into runs (heads with no
section break between them), and a run is the discussion when its records look like
comments: several dated or self-declared heads whose records carry action links, or a
comments heading, form or count right above it. Structure decides (repetition, what sits
between the heads); the vocabulary only names the cues.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from itertools import chain, pairwise

from .heads import (
    BY_WORDS,
    closes_quotation,
    dated_links,
    ends_a_sentence_inside,
    ends_with_links,
    footer_parts,
    holds_date,
    is_action_line,
    is_chrome_text,
    is_count_heading,
    is_date,
    is_form_field,
    is_speaker_name,
    may_hold_date,
    opens_quotation,
    parse_count_heading_cached,
    stated_number,
    states_age,
    strip_images,
)
from .lines import Line, blocks, item_number, line_above
from .patterns import (
    AD_LABEL,
    ANONYMOUS_NAMES,
    AUTHOR_BADGE_LINE,
    CLOSING_MARKS,
    COMMENTS_CLOSED,
    DISCUSSION_END,
    EMOTICON_END,
    FORM_START,
    IMAGE_PLACEHOLDER,
    INPUT_BOX,
    NAME_PREFIX,
    PINGBACK_HEADING,
    REPLY_LINK_WORDS,
    REPLY_TO_LINE,
    TIME_OF_DAY,
)
from .records import (
    BLANK,
    BODY_ROLES,
    CHROME,
    DATE,
    HEADING,
    IMAGE,
    NAME,
    TEXT,
    URL_START,
    RecordHead,
    date_text,
    find_heads,
    footer_date_above,
    line_role,
    name_text,
    wraps_into,
)

__all__ = ["Run", "counted_run", "discussion_runs", "menu_start", "offers_reply"]

CUE_WINDOW = 12  # non-blank lines above a run in which a comments heading/form counts
MAX_UNDER_FORM = 2  # lines between a form and the records under it that it may head
MAX_FOOTER_WINDOW = 60  # … or above a run of footers: the first record's body between
MAX_UNMEASURED_RUN = 2  # footers too few to measure a record by: the first one's text tells
SECTION_WINDOW = 3  # non-blank lines above a run in which a site section's heading heads it
MIN_WEAK_HEADS = 2
MIN_LONE_COMMENT_CUES = 2  # of :func:`_is_over_form`'s, for a record under no heading
MIN_RECORD_CUES = 3  # a cue line repeated this often between heads is the records' chrome
MIN_COUNTED_LISTINGS = 2  # lone records under count lines: two make a list of posts
LINK_TAIL = " #"  # "Reply #": the permalink mark after a link row
FRAME_SHARE = 0.8  # footers sharing a first word ("by …"): lines in that frame are footers
MIN_STRONG_HEADS = 2
BYLINE_SPAN_LINES = 30  # a first record longer than this, and
BYLINE_SPAN_RATIO = 4  # this many times the median record: the article under a byline
PRINTED_WIDTH = 80  # the width w3m and lynx wrap at: records are measured in such lines
MIN_NUMBERED_RECORDS = 2
MAX_HEADING_CHARS = 80
MAX_COUNTED_RECORD_LINES = 80  # lines a record under a count heading may take, at most
HEADINGS = re.compile(HEADING)
LINKING_PATTERNS = frozenset({"pingback", "linkback"})
SIGNED_PATTERNS = frozenset({"says", "explicit"})  # heads that state who wrote the record
ONE_LINE_HEADS = frozenset({"says", "explicit", "footer"})  # heads that may close a record
BODILESS_PATTERNS = frozenset({"footer", "pingback", "linkback", "headless"})  # may have no body
MIN_EVIDENCE = 3
CUE_POINTS = 3
SECTION_PENALTY = 3
LINK_POINTS = 2
TIMED_TALK_POINTS = 2
SAYS_POINTS = 2
CONVERSATION_POINTS = 2
MAX_SPEAKER_SHARE = 0.5
MIN_SPEAKER_SHARE = 0.6
PERSON_SHARE = 0.8
MIN_PROSE_SHARE = 0.5
MAX_FRAGMENT_CHARS = 40  # the end of a sentence cut off by a blank line ("for this post.")
MIN_SENTENCE_SPACES = 5  # "What are you looking for?" is a search box's label
SENTENCE_MARKS_END = frozenset(".!?…")
MANY_RECORDS = 3
# How many records giving their writers' web addresses before their names make a flat
# list of names a comment list, whatever the names look like ("Mara from Kitchen Stories")
MIN_LINKED_NAMES = 2
VERY_MANY_RECORDS = 8
MANY_LABELLED_RECORDS = 5  # records one label heads all but one of: a widget's rows
FIRST_ITEM_NUMBER = 1  # a numbered list's first item ("1."): a list starts there
MIN_CHROME_SHARE = 0.5  # records with action links: comment-like
MIN_LINKED_RECORDS = 2  # ... and how many of them, in a run with no date and no heading
MIN_EXCERPT_SHARE = 0.5
MIN_QUOTED_SHARE = 0.5  # records that only quote what their head says someone said
EXCERPT_ENDS = ("...", "…", "[…]", "[...]")
# What stands before "replies" where it counts them: "6 replies", a name glued to its count
# ("by Ann27245 replies"), not a year's or a time's digits ("2012 Reply", "18:06 Reply").
REPLY_COUNT = re.compile(r"^(?:[^\W\d_]\w*\d|\d{1,3})$")
TRAILING_LINK = re.compile(r"\s*\[[^\[\]]{1,20}\]$")  # "… [more]": a link after a cut-off
TEXT_ROLES = frozenset({NAME, *BODY_ROLES})
MIN_FOOTED_RECORDS = 2  # records closed by their dates that show the run's shape
LAST_RECORD_SPAN = 30  # lines after the last head that may belong to its record
MIN_COUNTED_RECORDS = 3  # records a heading's number must count to tell it is theirs
STAMP_MARKS = " |·•—–-"  # between a head's name and the date at its end
MAX_ROW_CHARS = 60  # a row of links every record repeats: "Log in to Reply", "Ответить"
FORM_FIELD_WINDOW = 4  # lines in which a form's first input boxes stand
MIN_FORM_FIELDS = 2  # input boxes that make a form (a search box is one)
MAX_LONE_COMMENT_LINES = 12  # text lines between a lone comment's head and the form under it
EXCERPT_LINES = 2  # a record's last lines in which an excerpt's cut-off shows
MIN_MENU_ITEMS = 5  # short list items in a row: a menu, not a comment body
MAX_MENU_ITEM_CHARS = 80
SENTENCE_MARKS = '.!?:;…)"”'


@dataclass(frozen=True, slots=True)
class Run:
    """Consecutive record heads with no section break between them.

    ``cue`` is the index of the comments heading, count or form line right above the
    run (``None`` without one); ``under_section`` is True when the nearest heading
    above it names a site section instead ("Related posts", "Latest comments").
    """

    heads: tuple[RecordHead, ...]
    cue: int | None
    under_section: bool = False

    @property
    def start(self) -> int:
        return self.heads[0].start


def discussion_runs(
    lines: Sequence[Line],
    start: int,
    tests: tuple[Callable[[int], bool], Callable[[int], bool], Callable[[int], bool]],
    role: str,
) -> list[Run]:
    """The runs of comment heads in ``lines[start:]`` that form the discussion.

    ``tests`` are ``(is_break, is_cue, is_section)``: whether line ``i`` ends a run (a
    form, a sidebar or footer heading), announces comments (a count heading, a bare
    "Comments" heading, a comment form), heads a site section (related posts, a
    sidebar widget). ``role`` holds each line's role (:func:`.records.roles`).
    """
    is_break, is_cue, is_section = tests
    heads = find_heads(lines, start, role=role)
    runs = [
        _with_cue(lines, role, piece, start, (is_cue, is_section))
        for run in _split(lines, heads, is_break, is_section)
        for part in _split_at_cues(lines, run, is_cue)
        for piece in _strong_runs(lines, part)
    ]
    ends = lambda i: is_break(i) or is_cue(i)  # noqa: E731
    judged = [_judged(lines, run) for run in runs]
    chosen = _without_weak_widgets(lines, [run for run in judged if run is not None])
    chosen = _without_runs_after_closing(lines, chosen)
    chosen = _without_lone_byline(lines, chosen)
    chosen = _without_counted_listings(lines, chosen)
    chosen = [_completed(lines, run, start, ends) for run in chosen]
    return _with_pingback_lists(lines, chosen, role, start, ends)


def _without_runs_after_closing(lines: Sequence[Line], runs: list[Run]) -> list[Run]:
    """The runs without the undated ones after a line that closes the comments above
    them ("Comments are closed."), and without those only the comment form under the
    comments makes comments: below the comments, these announce nothing (a sidebar's
    widgets)."""
    kept: list[Run] = []
    for run in runs:
        if not (kept and _closed_off(lines, kept[-1], run)):
            kept.append(run)
    return kept


def _closed_off(lines: Sequence[Line], above: Run, run: Run) -> bool:
    """Whether a run below the comments of ``above`` is page furniture: undated after a
    closing line, comments only by its cue, the form that closes ``above`` (a sidebar's
    list of dated tweets under it has no evidence of its own), or linking posts after
    that form without a heading of their own ("7 trackbacks")."""
    if _between(lines, above.heads[-1].start, run.start, DISCUSSION_END):
        return not any(h.strong for h in run.heads)
    cue = run.cue
    if cue is not None and above.start < cue and FORM_START.match(lines[cue].text) is not None:
        return not _is_discussion(lines, Run(run.heads, None, run.under_section))
    linking = all(h.pattern in LINKING_PATTERNS for h in run.heads)
    headed = cue is not None and PINGBACK_HEADING.match(lines[cue].text) is not None
    return linking and not headed and _between(lines, above.heads[-1].start, run.start, FORM_START)


def _between(lines: Sequence[Line], start: int, end: int, pattern: re.Pattern[str]) -> bool:
    """Whether a short line that ``pattern`` matches stands between two lines: the form
    (``FORM_START``), a line that closes the comments (``DISCUSSION_END``)."""
    return any(
        len(lines[i].text) <= MAX_HEADING_CHARS and pattern.match(lines[i].text)
        for i in range(start + 1, end)
    )


def _without_weak_widgets(lines: Sequence[Line], runs: list[Run]) -> list[Run]:
    """Beside a run of dated records, a run of bare names over text and without any
    "Reply" link is a widget's list of posts, not more comments, unless it is the one
    run a heading counts."""
    if not any(sum(h.strong for h in run.heads) >= MIN_STRONG_HEADS for run in runs):
        return runs
    counted = [run for run in runs if run.cue is not None and _counts_some(lines[run.cue].text)]
    return [
        run
        for run in runs
        if any(h.strong for h in run.heads)
        or _chrome_share(lines, run) > 0
        or counted == [run]  # the one run a heading counts ("78 Responses")
    ]


def _completed(lines: Sequence[Line], run: Run, start: int, ends: Callable[[int], bool]) -> Run:
    """A chosen run with its heads oriented (footers), its first record found (footer
    dates) and its anonymous numbered items added."""
    run = _backfilled(
        lines, _oriented(lines, _without_quotings(lines, run), start, ends), start, ends
    )
    run = _without_signatures(lines, _without_bodiless(lines, run), ends)
    return _with_headless_items(lines, _without_unfooted_last(lines, run, ends), ends)


def _without_quotings(lines: Sequence[Line], run: Run) -> Run:
    """The run without the "As Ann says" lines that open a comment right under its dated
    head: where few heads say "says", such a line quotes someone; the record above
    cannot be empty."""
    heads = run.heads
    if sum(h.pattern == "says" for h in heads) * 2 >= len(heads):
        return run
    kept = [heads[0]]
    for head in heads[1:]:
        above = kept[-1]
        quoting = (
            head.pattern == "says"
            and head.timestamp is None
            and above.timestamp is not None
            and all(lines[i].blank for i in range(above.lines[-1] + 1, head.start))
        )
        if not quoting:
            kept.append(head)
    return run if len(kept) == len(heads) else Run(tuple(kept), run.cue, run.under_section)


def _without_bodiless(lines: Sequence[Line], run: Run) -> Run:
    """The run without heads that hold nothing but the Reply row above the next head
    and are not placed like the run's other heads: a dated line at the end of the
    record above ("Ein Buchtitel (14.5.19)", a source cited under a comment) stands
    right over that record's "Reply" link, or right over the next head where the page
    prints no links. (A comment can be empty: an image only.)"""
    heads = run.heads
    usual = Counter(_placement(lines, h) for h in heads).most_common(1)[0][0]
    kept = [
        head
        for head, below in pairwise(heads)
        if _placement(lines, head) == usual or not _is_bodiless(lines, head, below.start)
    ]
    kept.append(heads[-1])
    if len(kept) == len(heads) or not kept:
        return run
    return Run(tuple(kept), run.cue, run.under_section)


def _without_signatures(lines: Sequence[Line], run: Run, ends: Callable[[int], bool]) -> Run:
    """The run without the name-and-date "heads" that end a record whose head states no
    date: where comments open with "Ann said..." and close with their date, a name
    over that date with nothing under it is the comment's signature and footer."""
    heads = run.heads
    stops = [h.start for h in heads[1:]] + [_first_end(lines, heads[-1], ends)]
    kept = [
        below
        for head, below, stop in zip((None, *heads[:-1]), heads, stops, strict=True)
        if head is None
        or not (
            below.pattern == "name-date"
            and head.pattern == "says"
            and head.timestamp is None
            and _holds_no_text(lines, below, stop)
        )
    ]
    return run if len(kept) == len(heads) else Run(tuple(kept), run.cue, run.under_section)


def _without_unfooted_last(lines: Sequence[Line], run: Run, ends: Callable[[int], bool]) -> Run:
    """The run without its last head where every record above it ends with its date (a
    footer date over the name that opens the next record) and the last record holds
    none: a name-like line under the last comment's footer ("Popular Posts", an author
    box's name, a plugin's caption) opens the page's text after the comments."""
    heads = run.heads
    if len(heads) < MIN_FOOTED_RECORDS + 1 or any(h.pattern != "date-name" for h in heads[1:]):
        return run
    last = heads[-1]
    end = min(_first_end(lines, last, ends), _last_record_end(lines, last))
    if any(_role_at(lines, i) == DATE for i in range(last.lines[-1] + 1, end)):
        return run
    return Run(heads[:-1], run.cue, run.under_section)


def _first_end(lines: Sequence[Line], head: RecordHead, ends: Callable[[int], bool]) -> int:
    """The first line after a head that ends the discussion (a form, a section)."""
    after = range(head.lines[-1] + 1, len(lines))
    return next((i for i in after if ends(i)), len(lines))


def _holds_no_text(lines: Sequence[Line], head: RecordHead, end: int) -> bool:
    """Whether nothing but blanks, images and links stands between a head and ``end``."""
    return all(
        lines[i].blank or line_role(lines[i].text) in (IMAGE, CHROME)
        for i in range(head.lines[-1] + 1, end)
    )


def _placement(lines: Sequence[Line], head: RecordHead) -> bool:
    """Whether a head opens a list item (replies are indented: the indent tells nothing)."""
    return lines[head.start].is_item


def _is_bodiless(lines: Sequence[Line], head: RecordHead, end: int) -> bool:
    if head.pattern in BODILESS_PATTERNS or head.rest is not None:
        return False
    shown = (i for i in range(head.lines[-1] + 1, end) if not lines[i].blank)
    return all(is_action_line(lines[i].text) for i in shown)  # nothing, or links only


def _with_pingback_lists(
    lines: Sequence[Line], runs: list[Run], role: str, start: int, ends: Callable[[int], bool]
) -> list[Run]:
    """The runs plus the lists under a "Pingbacks" / "7 trackbacks" heading: each item
    there is a linking post (its title, then perhaps its excerpt), whatever its shape."""
    taken = {i for run in runs for h in run.heads for i in range(h.start, h.lines[-1] + 1)}
    for match in HEADINGS.finditer(role, start):
        i = match.start()
        if lines[i].is_item or not PINGBACK_HEADING.match(lines[i].text[:MAX_HEADING_CHARS]):
            continue
        items = _items_under(lines, i + 1, ends)
        heads = tuple(
            RecordHead(k, (k,), strip_images(lines[k].text), None, "linkback")
            for k in items
            if k not in taken
        )
        if heads:
            runs.append(Run(heads, i))
    return sorted(runs, key=lambda run: run.start)


def _items_under(lines: Sequence[Line], start: int, ends: Callable[[int], bool]) -> list[int]:
    """The list items from ``start`` up to the first line that is neither an item nor
    indented under one (or that ends the discussion)."""
    items: list[int] = []
    for i in range(start, len(lines)):
        line = lines[i]
        if line.blank:
            continue
        if ends(i) or not (line.is_item or (items and line.indent > lines[items[-1]].indent)):
            break
        if line.is_item:
            items.append(i)
    return items


def _split(
    lines: Sequence[Line],
    heads: list[RecordHead],
    is_break: Callable[[int], bool],
    is_section: Callable[[int], bool],
) -> list[list[RecordHead]]:
    """The heads in runs: a run ends at a break line and at a menu between two heads,
    and a byline is cut from the records below the article it heads. A break inside the
    list item of the head above is its comment's own ("Link to this comment: ____"),
    unless it heads a site section ("You may also like", which inscriptis indents as
    deep as the comment above it)."""
    runs: list[list[RecordHead]] = []
    for head in heads:
        if runs:
            gap = range(runs[-1][-1].lines[-1] + 1, head.start)
            outside = range(_item_end(lines, runs[-1][-1], gap.stop), gap.stop)
            if (
                not any(map(is_break, outside))
                and not any(map(is_section, gap))
                and menu_start(lines, gap.start, gap.stop) is None
            ):
                runs[-1].append(head)
                continue
        runs.append([head])
    runs = [_without_stray_names(run) for run in runs]
    return [part for run in runs if run for part in _without_byline(lines, run)]


def _item_end(lines: Sequence[Line], head: RecordHead, stop: int) -> int:
    """Where the list item that opens ``head``'s record ends (``head``'s last line when
    the record is no item): lines indented under the item are the comment's own, so a
    "Link to this comment: ____" box in it is no form after the comments."""
    start = lines[head.start]
    end = head.lines[-1] + 1
    if not start.is_item:
        return end
    return next(
        (i for i in range(end, stop) if not lines[i].blank and lines[i].indent <= start.indent),
        stop,
    )


def _without_stray_names(run: list[RecordHead]) -> list[RecordHead]:
    """A run whose records end with a dated footer has names under those dates; in a
    run of other heads, a name under the last record's footer ("5 lipca 2021 Usuń" /
    "Zostaw tu swoją opinię") is page text, not a record; beside heads that all say
    "says", even where they are as few as the names (one comment and a sidebar box's title
    under its footer date)."""
    stray = [head for head in run if head.pattern == "date-name"]
    others = [head for head in run if head.pattern != "date-name"]
    if others and all(head.pattern == "says" for head in others):
        return others  # every head says "says": a name under a footer is none of them
    return run if len(stray) * 2 >= len(run) else others


def _strong_only(run: list[RecordHead]) -> list[RecordHead]:
    """Among dated or self-declared heads, a bare name over text is no head (a short
    line of a body); where bare names head most records, they are the records."""
    dated = [h for h in run if h.strong and h.pattern not in LINKING_PATTERNS]
    weak = [h for h in run if not h.strong]
    if dated and (len(dated) >= MIN_STRONG_HEADS or len(dated) >= len(weak)):
        return [h for h in run if h.strong]
    if not weak:
        return run
    # bare names head most records: a dated byline or widget beside them is no record
    return [h for h in run if not h.strong or h.pattern in LINKING_PATTERNS]


def _strong_runs(lines: Sequence[Line], run: list[RecordHead]) -> list[list[RecordHead]]:
    """The run's strong heads (:func:`_strong_only`), with the first cut off as a byline
    where it became one only now: its record ran to a bare name the strong heads drop,
    and now runs over the article to the first comment (a link to another post, "Packing
    Light 2 Weeks", read as a name and an age, far above the comments)."""
    strong = _strong_only(run)
    if len(strong) < 2 or run.index(strong[1]) == run.index(strong[0]) + 1:
        return [strong]  # nothing dropped between: _split weighed this record already
    return _without_byline(lines, strong)


def _without_byline(lines: Sequence[Line], run: list[RecordHead]) -> list[list[RecordHead]]:
    """The run with its first head cut off when that head's record is far longer than
    any other, or the heads outside the list whose items open all the others cut off
    when the last of them holds a longer record than any item's: a byline (or a recipe
    card's "Cooking Time – 10 Minutes") over the whole article, not the first comment."""
    if len(run) == MIN_WEAK_HEADS and _is_byline_over_comment(lines, *run):
        return [run[:1], run[1:]]
    if len(run) < MIN_WEAK_HEADS + 1:
        return [run]
    if _is_byline(lines, run[0], run[1:]):
        return [run[:1], run[1:]]
    outside = _outside_list(lines, run)
    return [run[:outside], run[outside:]] if outside else [run]


def _judged(lines: Sequence[Line], run: Run) -> Run | None:
    """The run as a discussion, without its first record where that is a post's byline
    over the article (:func:`_is_byline_alone`: judged with or without it, two comments
    under a byline stay a discussion); else its tail of comment-shaped records, if any."""
    alone = (
        run.cue is None  # a byline stands over the article, not under a comments heading
        and len(run.heads) > MIN_WEAK_HEADS
        and _is_byline_alone(lines, run.heads)
    )
    below = Run(run.heads[1:], run.cue, run.under_section) if alone else run
    if _is_discussion(lines, run) or (alone and _is_discussion(lines, below)):
        return below
    return _shaped_tail(lines, run)


def _is_byline_alone(lines: Sequence[Line], run: Sequence[RecordHead]) -> bool:
    """Whether the run's first record differs from every record below it as a post's
    byline over the article does, however short the post: it alone offers no link while
    every other offers a "Reply", names its writer after "by" ("By Ann Lee", "March 3,
    2015 by Ann Lee"), says no "says", or is dated to the day while every other is
    stamped to the minute (a comment offers and states what the others do)."""
    first, below = run[0], run[1:]
    if first.pattern in LINKING_PATTERNS:
        return False  # a pingback is listed with the comments, and offers no "Reply"
    ends = [head.start for head in run[2:]] + [_last_record_end(lines, run[-1])]
    offers_none = not _has_links(lines, first, below[0].start) and all(
        _has_reply(lines, head, end) for head, end in zip(below, ends, strict=True)
    )
    named_by = _named_by(lines, first) and not any(_named_by(lines, head) for head in below)
    says_not = first.pattern != "says" and all(head.pattern == "says" for head in below)
    to_the_day = (
        first.timestamp is not None
        and not _is_stamped(lines, first, below[0].start)
        and all(_is_stamped(lines, head, end) for head, end in zip(below, ends, strict=True))
    )
    return offers_none or named_by or says_not or to_the_day


def _named_by(lines: Sequence[Line], head: RecordHead) -> bool:
    """Whether a head names its writer right after "by" ("By Ann Lee")."""
    for i in head.lines:
        text = strip_images(lines[i].text)
        at = text.find(head.author) if head.author else -1
        if at >= 0:
            before = text[:at].split()
            return bool(before) and before[-1].casefold() in BY_WORDS
    return False


def _is_byline_over_comment(lines: Sequence[Line], head: RecordHead, below: RecordHead) -> bool:
    """Of two records, whether the first is a byline over the article and the second the
    one comment: the first runs longer than an article's byline may stand above the
    comments and offers no link, the second offers a "Reply" (no other record tells how
    long a record runs here)."""
    return (
        _printed_span(lines, head.lines[-1], below.start) > BYLINE_SPAN_LINES
        and not _has_links(lines, head, below.start)
        and _has_reply(lines, below, _last_record_end(lines, below))
    )


def _outside_list(lines: Sequence[Line], run: list[RecordHead]) -> int:
    """How many heads open the run outside the list whose items open every record below
    them (a comment list is a list: its first comment is an item too), the last of them
    over a longer record than any of the items' (the article); 0 for none."""
    outside = next((i for i, h in enumerate(run) if _opens_item(lines, h)), len(run))
    items = run[outside:]
    if not outside or len(items) < MIN_WEAK_HEADS or not all(_opens_item(lines, h) for h in items):
        return 0
    if _opens_list(lines, items[0]):
        return outside  # the list's first item: the records above are no part of it
    span = items[0].start - run[outside - 1].lines[-1]
    return outside if all(span > b.start - a.lines[-1] for a, b in pairwise(items)) else 0


def _opens_list(lines: Sequence[Line], head: RecordHead) -> bool:
    """Whether a head opens a numbered list's first item ("1."): a list of records
    starts there (a "Related articles" box's dated cards may stand right above it)."""
    opening = range(head.start, head.lines[0] + 1)
    return any(item_number(lines[i]) == FIRST_ITEM_NUMBER for i in opening)


def _opens_item(lines: Sequence[Line], head: RecordHead) -> bool:
    """Whether a head opens a list item, on its record's first line or below it (the
    previous comment's vote count "3" may stand above the item's line)."""
    return any(lines[i].is_item for i in range(head.start, head.lines[0] + 1))


def _is_byline(lines: Sequence[Line], head: RecordHead, below: Sequence[RecordHead]) -> bool:
    """Whether ``head``'s record, which runs to the first of the heads ``below`` it, is
    far longer than the records those heads open: the article under its byline."""
    if len(below) < MIN_WEAK_HEADS:
        return False
    span = _printed_span(lines, head.lines[-1], below[0].start)
    spans = sorted(_printed_span(lines, a.lines[-1], b.start) for a, b in pairwise(below))
    return span > BYLINE_SPAN_LINES and span > BYLINE_SPAN_RATIO * spans[len(spans) // 2]


def _printed_span(lines: Sequence[Line], start: int, end: int) -> int:
    """How many lines ``[start, end)`` fill where a converter wraps them at
    ``PRINTED_WIDTH``: html2text and inscriptis print a paragraph on one line, w3m and
    lynx on several, and a record's length is measured alike on all of them."""
    return sum(1 + len(lines[i].text) // PRINTED_WIDTH for i in range(start, end))


def _without_lone_byline(lines: Sequence[Line], runs: list[Run]) -> list[Run]:
    """The chosen runs without a first run of one record that is a byline: a dated
    "2012-10-09 by Ann" under the headline, taken for a comment under a feed's
    "Comments" link, whose record would hold the whole article. A long first comment
    differs: it has a "Reply" link, or its head says it is one ("Ann schreibt:")."""
    if len(runs) < 2 or len(runs[0].heads) > 1 or runs[0].heads[0].pattern == "says":
        return runs
    head, below = runs[0].heads[0], runs[1].heads
    if _is_byline(lines, head, below) and not _has_links(lines, head, below[0].start):
        return runs[1:]
    return runs


def _without_counted_listings(lines: Sequence[Line], runs: list[Run]) -> list[Run]:
    """The chosen runs without lone records that each sit under a count line, when
    there are two or more (a page heads its one thread once): a list of posts whose
    items end "Beitrag vom 9 Nov. 2014" / "4 Kommentare" (each item's comment counter),
    not one comment under its heading (a "says" head with a "Reply" under it stays: "Ann
    sagt:" under "51 Kommentare")."""
    counted = [run for run in runs if len(run.heads) == 1 and _counted_cue(lines, run)]
    if len(counted) < MIN_COUNTED_LISTINGS:
        return runs
    return [run for run in runs if run not in counted or _speaks(lines, run.heads[0])]


def _speaks(lines: Sequence[Line], head: RecordHead) -> bool:
    """A "says" head over a record that offers a "Reply": a comment, whatever is listed
    around it."""
    return head.pattern == "says" and _has_reply(lines, head, _last_record_end(lines, head))


def _counted_cue(lines: Sequence[Line], run: Run) -> bool:
    return run.cue is not None and parse_count_heading_cached(lines[run.cue].text) is not None


def _split_at_cues(
    lines: Sequence[Line], heads: list[RecordHead], is_cue: Callable[[int], bool]
) -> list[list[RecordHead]]:
    """Cut a run where a comments heading stands between two of its heads: what is
    above the heading (a byline, the article) is not the discussion below it."""
    cues = [
        [i for i in range(before.lines[-1] + 1, head.start) if not lines[i].blank and is_cue(i)]
        for before, head in pairwise(heads)
    ]
    # A cue under every record ("Login or register to post comments") is its chrome.
    repeated = Counter(lines[i].text for gap in cues for i in gap)
    runs: list[list[RecordHead]] = [[heads[0]]]
    for gap, head in zip(cues, heads[1:], strict=True):
        if any(repeated[lines[i].text] < MIN_RECORD_CUES for i in gap):
            runs.append([head])
        else:
            runs[-1].append(head)
    return runs


def menu_start(lines: Sequence[Line], start: int, stop: int) -> int | None:
    """Where the first menu in ``[start, stop)`` begins: ``MIN_MENU_ITEMS`` list items in
    a row (blank lines aside) that are short and end no sentence — a link list, which
    no comment body is made of."""
    first, count = None, 0
    for i in range(start, stop):
        line = lines[i]
        if line.blank:
            continue
        if line.is_item and _is_link_like(line.text):
            first = i if count == 0 else first
            count += 1
            if count == MIN_MENU_ITEMS:
                return first
        else:
            count = 0
    return None


def _is_link_like(text: str) -> bool:
    return (
        len(text) <= MAX_MENU_ITEM_CHARS
        and text[-1:] not in SENTENCE_MARKS
        and not is_chrome_text(text)  # a comment's own "Reply", "Share ›" row
    )


def _with_cue(
    lines: Sequence[Line],
    role: str,
    heads: list[RecordHead],
    floor: int,
    tests: tuple[Callable[[int], bool], Callable[[int], bool]],
) -> Run:
    """The run with the nearest heading above it: a comments cue, or a site section.
    Heads that may close their records (footers) may have a whole record above them. A
    site section's heading heads the run only right above it (a widget's records follow
    its heading); further up it heads the lines between ("More posts about Japan" over
    its links, then the article's last paragraphs and the author's bio). A comment form
    right above dated records, however long, stands between them and their heading;
    under "Comments are closed." only dated records are comments. ``tests`` are
    ``(is_cue, is_section)`` (see :func:`discussion_runs`)."""
    is_cue, is_section = tests
    window = CUE_WINDOW
    footers = _footer_shaped(lines, heads)
    if footers:
        window = max(window, min(MAX_FOOTER_WINDOW, _longest_record(lines, heads)))
    # over footers that no two records of a comment's length stand between, the first
    # record's text, read upwards, puts no distance between them and their heading
    body = MAX_FOOTER_WINDOW if footers and len(heads) <= MAX_UNMEASURED_RUN else 0
    dated = any(h.strong for h in heads)
    # the lines between the records and the form above them (undated records under the
    # form: the sidebar's widgets, whose titles read as bare names)
    under_form = None if dated else MAX_UNDER_FORM + 1
    seen = 0
    for i in range(heads[0].start - 1, floor - 1, -1):
        if lines[i].blank:
            continue
        text = lines[i].text
        if is_cue(i) or (not seen and _counts_records(lines, text, heads)):
            if COMMENTS_CLOSED.match(text) and not dated:
                return Run(tuple(heads), None)  # closed over a widget's cards
            return Run(tuple(heads), i)
        if is_section(i):
            return Run(tuple(heads), None, under_section=seen < SECTION_WINDOW)
        if is_form_field(text):
            under_form = seen if under_form is None else under_form
            if under_form <= MAX_UNDER_FORM:
                continue  # the form right above the comments
        seen += 1
        if body and not lines[i].is_item and role[i] in BODY_ROLES:
            body -= 1
            window += 1  # the first record's text
        else:
            body = 0
        if seen == window:
            break
    return Run(tuple(heads), None)


def _counts_records(lines: Sequence[Line], text: str, heads: list[RecordHead]) -> bool:
    """Whether a line right above a run of dated records states how many it holds, in
    words the vocabulary may lack ("7 коментари" over seven records): a count heading,
    told by its number, over records that each print the same row of links ("Најави се
    за да одговориш"). A listicle's heading counts its items too ("3 Writers Who Changed
    Fiction" over three names and their birthdays), but no item repeats a row."""
    return (
        len(heads) >= MIN_COUNTED_RECORDS
        and all(head.strong for head in heads)
        and stated_number(text) == len(heads)
        and _repeat_a_row(lines, heads)
    )


def _repeat_a_row(lines: Sequence[Line], heads: list[RecordHead]) -> bool:
    """Whether all records but one hold the same short line, no head's (a comment
    system's links: "Reply", "Log in to Reply" in any language)."""
    rows: Counter[str] = Counter()
    for head, end in zip(heads, _record_ends(lines, heads), strict=True):
        rows.update(
            {
                lines[i].text
                for i in range(head.lines[-1] + 1, end)
                if not lines[i].blank and len(lines[i].text) <= MAX_ROW_CHARS
            }
        )
    return bool(rows) and rows.most_common(1)[0][1] >= len(heads) - 1


def _longest_record(lines: Sequence[Line], heads: list[RecordHead]) -> int:
    """The most non-blank lines between two consecutive heads of a run."""
    return max(
        (
            sum(not lines[i].blank for i in range(a.lines[-1] + 1, b.start))
            for a, b in pairwise(heads)
        ),
        default=0,
    )


def _is_discussion(lines: Sequence[Line], run: Run) -> bool:
    """Whether a run's records look like comments, by the evidence they carry."""
    heads = run.heads
    if any(h.pattern in LINKING_PATTERNS for h in heads):
        return True
    strong = sum(h.strong for h in heads)
    if len(heads) == 1:  # one record is a discussion only under a comments heading
        return _is_lone_comment(lines, run, strong == 1)
    if strong == 0 and len(heads) < MIN_WEAK_HEADS:
        return False
    if strong == 0 and run.cue is None and not _has_prose_or_replies(lines, run):
        return False  # bare titles over "Like Tweet" rows: a related-posts widget
    if _share(lines, run, _ends_with_excerpt) >= MIN_EXCERPT_SHARE:
        return False  # a list of post excerpts ("… the Ethiopian Herita..."): a blogroll
    if _share(lines, run, _reports_speech) >= MIN_QUOTED_SHARE:
        return False  # "The mayor said:" over a quoted statement, again and again: a report
    if _one_label(heads) and (run.cue is None or FORM_START.match(lines[run.cue].text)):
        return False  # one word over every record under no heading but the form: a widget
    if _headlines_only(lines, run):
        return False  # "New bridge opens" / "March 2, 2015": related stories, even under a cue
    return _evidence(lines, run, strong) >= MIN_EVIDENCE


def _one_label(heads: Sequence[RecordHead]) -> bool:
    """Every one of many records names the same author, and not an anonymous one; of very
    many, all but one (a widget's rows, "… 2:12 pm RETWEET", and the next widget's first
    row)."""
    top = _speakers(heads).most_common(1)
    if len(heads) < MANY_RECORDS or not top:
        return False
    name, count = top[0]
    others = len(heads) - count
    return name not in ANONYMOUS_NAMES and (
        others == 0 or (others == 1 and len(heads) >= MANY_LABELLED_RECORDS)
    )


def _headlines_only(lines: Sequence[Line], run: Run) -> bool:
    """Many records, none named by a person (each "name" a headline: "New bridge opens
    to traffic") and no name twice, none saying it is a head, giving its writer's web
    address or offering a "Reply": a list of stories, which a page may print right under
    its comments' heading or form when it has no comments. (Blogs' names, "Mara from
    Kitchen Stories", name no person either, but come with web addresses or twice.)"""
    heads = run.heads
    return (
        len(heads) >= MANY_RECORDS
        and all(h.author and h.pattern != "says" for h in heads)
        and _people(heads) == 0
        and len(_speakers(heads)) == len(heads)
        and not any(_links_name(lines, h) for h in heads)
        and _share(lines, run, _has_reply) == 0
    )


def _has_prose_or_replies(lines: Sequence[Line], run: Run) -> bool:
    """Most records hold a sentence, or offer a "Reply" (short replies hold none: "yes,
    do it!:)"; a widget's bare titles never offer one)."""
    return (
        _share(lines, run, _has_sentence) >= MIN_PROSE_SHARE
        or _share(lines, run, _has_reply) >= MIN_CHROME_SHARE
    )


def _is_lone_comment(lines: Sequence[Line], run: Run, dated: bool) -> bool:
    """Whether a run's one record is a comment: it sits under a comments heading and is
    dated, gives its writer's web address before the name (:func:`_is_linked_lone`) or
    the heading counts it. Under a form's "Leave a Reply" it must also carry
    a "Reply" link: themes print the form under the comments, above the sidebar's posts.
    With no heading, the form right under it tells (:func:`_is_over_form`). Either way a
    list item that the next item of its list follows right away holds no text of its own
    (a post's byline among its meta lines: "• The Guardian, 1 November 2012 17.00" / "•
    Jump to comments")."""
    if _opens_a_list_of_titles(lines, run):
        return False
    if run.cue is None:
        head = run.heads[0]
        return (
            _is_over_form(lines, head)
            or _is_linked_lone(lines, head)
            or _is_signed_reply(lines, head)
        )
    vouched = dated or _counts_some(lines[run.cue].text) or _is_linked_lone(lines, run.heads[0])
    if not vouched:
        return False
    return not FORM_START.match(lines[run.cue].text) or _chrome_share(lines, run) > 0


def _opens_a_list_of_titles(lines: Sequence[Line], run: Run) -> bool:
    """The one head is a list item and the next item of its list follows it right away
    ("• Mama Said: Childcare Woes November 5, 2012" / "• I Like Makeup. October 26,
    2012", "• The Guardian, … 17.00 EDT" / "• Jump to comments"): a sidebar's list of
    titles or a post's meta items, the record no text of its own."""
    first = run.heads[0]
    items = [lines[i] for i in range(first.start, first.lines[-1] + 1) if lines[i].is_item]
    head = items[-1] if items else lines[first.start]  # the item that holds the head's text
    after = range(first.lines[-1] + 1, len(lines))
    below = next((lines[i] for i in after if not lines[i].blank), None)
    return (
        head.is_item
        and below is not None
        and below.is_item
        and below.nesting_key == head.nesting_key
        and below.marker_kind == head.marker_kind
    )


def _is_over_form(lines: Sequence[Line], head: RecordHead) -> bool:
    """A dated record with no heading above it is a comment when the comment form opens
    right under its text and it reads as one: a sentence, and two of what comments show
    (stamped to the minute, a "says" head, a "Reply" link, an avatar or list item)."""
    end = _form_under(lines, head)
    if end is None or head.pattern == "timed" or head.timestamp is None:
        return False
    cues = (
        TIME_OF_DAY.search(head.timestamp) is not None,
        head.pattern == "says",
        _has_reply(lines, head, end),
        _is_decorated(lines, head),
    )
    return sum(cues) >= MIN_LONE_COMMENT_CUES and _has_sentence(
        lines, head, end, _ends_sentence_or_smiley
    )


def _is_decorated(lines: Sequence[Line], head: RecordHead) -> bool:
    """A head under an avatar, after one on the name's line ("[png] Ann"), or opening a
    list item (its number or bullet)."""
    return (
        head.start < head.lines[0]
        or lines[head.start].is_item
        or IMAGE_PLACEHOLDER.match(lines[head.lines[0]].text) is not None
    )


def _is_signed_reply(lines: Sequence[Line], head: RecordHead) -> bool:
    """A record with no heading and no form under it is a comment where it says so every
    way a comment does: a head that states its writer and is stamped to the minute ("Ann
    sagt:" / "31. Oktober 2023 um 15:15 Uhr", "Ann Lee | Di, 21. April 2020 - 16:40"), a
    sentence, and a "Reply" link ("Zum Antworten anmelden") in its own record. A report's
    quoted statement offers no "Reply"; a post's byline ("Ann Lee | 29.07.2006 um 14:26")
    offers only the first comment's, under the comments' heading that ends its record."""
    if head.pattern not in SIGNED_PATTERNS or not TIME_OF_DAY.search(head.timestamp or ""):
        return False
    end = _last_record_end(lines, head)
    end = next((i for i in range(head.lines[-1] + 1, end) if _is_count_line(lines[i])), end)
    return _has_reply(lines, head, end) and _has_sentence(lines, head, end)


def _is_count_line(line: Line) -> bool:
    return not line.blank and is_count_heading(line.text)


def _is_linked_lone(lines: Sequence[Line], head: RecordHead) -> bool:
    """A lone list item that gives its writer's web address before a person's name, over
    text indented under it that holds a sentence ("• [web address] Ann Lee" / "Great
    post, …"): a comment plugin's static copy of a thread of one (a list of links
    prints an address or a title, seldom the one before the other over a paragraph)."""
    item = lines[head.start]
    if head.pattern != "name-body" or not item.is_item or not _links_name(lines, head):
        return False
    if not (head.author and is_speaker_name(head.author)):
        return False  # "• [web address] How to plant trees": a title
    text = next(blocks(lines, head.lines[-1] + 1, len(lines)), [])
    return (
        bool(text)
        and lines[text[0]].indent > item.indent
        and any(_ends_sentence(lines[i].text) for i in text)
    )


def _shaped_tail(lines: Sequence[Line], run: Run) -> Run | None:
    """What of a run that is no discussion is one after all: the records after a widget's
    (:func:`_after_widget`), or the last record alone (:func:`_last_over_form`)."""
    tail = _after_widget(run)
    if tail is not None and _is_discussion(lines, tail):
        return tail
    return _last_over_form(lines, run)


def _after_widget(run: Run) -> Run | None:
    """The records after the first few, where those all have one pattern no later record
    has ("Greg Knighton 23 Feb 2026" under each related article's title, then "Jeffrey
    G" / "November 22, 2021 11:15 am" over a comment): a widget's rows right above the
    comments, which no heading parts where a page prints none. ``None`` where the run has
    no such rows."""
    pattern = run.heads[0].pattern
    cut = next((k for k, h in enumerate(run.heads) if h.pattern != pattern), len(run.heads))
    tail = run.heads[cut:]
    if cut < MIN_WEAK_HEADS or len(tail) < MANY_RECORDS or any(h.pattern == pattern for h in tail):
        return None
    return Run(tail, None)


def _last_over_form(lines: Sequence[Line], run: Run) -> Run | None:
    """The last record of a run that is no discussion, alone, where it is shaped unlike
    every record above it (a numbered "Ann says:" item under a related-posts widget's
    "by Bob on …" lines) and reads as a comment right above the form
    (:func:`_is_over_form`); ``None`` otherwise."""
    *above, last = run.heads
    if not above or any(_shape(lines, h) == _shape(lines, last) for h in above):
        return None
    return Run((last,), None) if _is_over_form(lines, last) else None


def _shape(lines: Sequence[Line], head: RecordHead) -> tuple[str, bool]:
    """How a head is printed: its pattern, and whether it opens a list item."""
    return head.pattern, _opens_item(lines, head)


def _form_under(lines: Sequence[Line], head: RecordHead) -> int | None:
    """The line where the comment form opens right under the record of ``head`` (a few
    lines of text: themes print the form under their comments; an article's dated
    byline is as far from it as the article is long): its title, or its first input box
    among others (the title may be in words no vocabulary lists, "Kommentieren X"; a
    search box is one box alone); ``None`` where it does not."""
    last = head.lines[-1]
    texts = [
        i for i in range(last + 1, min(len(lines), last + LAST_RECORD_SPAN)) if not lines[i].blank
    ]
    for seen, i in enumerate(texts):
        if FORM_START.match(lines[i].text) or _opens_fields(lines, texts[seen:]):
            return i
        if seen == MAX_LONE_COMMENT_LINES:
            break
    return None


def _opens_fields(lines: Sequence[Line], below: Sequence[int]) -> bool:
    """Whether the first of the lines ``below`` is an input box with others right under
    it: a form's fields."""
    near = below[:FORM_FIELD_WINDOW]
    return (
        bool(near)
        and _is_input_box(lines[near[0]].text)
        and sum(_is_input_box(lines[i].text) for i in near) >= MIN_FORM_FIELDS
    )


def _is_input_box(text: str) -> bool:
    return INPUT_BOX.search(text) is not None


def _counts_some(text: str) -> bool:
    """A heading that counts at least one comment ("1 Comment", "Comments (2)")."""
    parsed = parse_count_heading_cached(text)
    return parsed is not None and parsed[0] > 0


def _evidence(lines: Sequence[Line], run: Run, strong: int) -> int:
    """Points for what makes a run a comment section: a comments heading or form right
    above it (or, for records stamped to the minute, the form right under the last of
    them), action links in its records, heads that say they are heads ("Ann says:"),
    replies that name their parent; then avatars or thread numbers on the heads and many
    records, which alone are weaker (blogrolls and related-post lists have those too)."""
    heads = run.heads
    half = len(heads) / 2
    over_form = (  # dated to the minute, or by their age, as comments are (a post to the day)
        run.cue is None
        and strong == len(heads)
        and _form_under(lines, heads[-1]) is not None
        and (_share(lines, run, _is_stamped) >= PERSON_SHARE or _are_aged_people(lines, run))
    )
    specific = (
        CUE_POINTS * (run.cue is not None or over_form)
        + SAYS_POINTS * (sum(h.pattern == "says" for h in heads) >= half)
        + any(h.reply_to for h in heads)
    )
    linked = timed = False
    if specific < MIN_EVIDENCE + SECTION_PENALTY * run.under_section:  # the costlier tests
        share = _chrome_share(lines, run)
        # undated records under no heading: links that several of them repeat (a site
        # footer's "Get Involved | Log In" under the last of a widget's two cards is none)
        repeated = strong > 0 or run.cue is not None or share * len(heads) >= MIN_LINKED_RECORDS
        linked = share >= MIN_CHROME_SHARE and repeated
        specific += LINK_POINTS * linked
        # links and stamps to the minute together: "Ann Follow" heads over "May 2, 2012
        # 18:06:00 Reply" footers, with no heading above them
        timed = (not linked or specific < MIN_EVIDENCE) and _is_timed_talk(lines, run)
        specific += TIMED_TALK_POINTS * timed
        specific += CONVERSATION_POINTS * _is_conversation(lines, run) if not strong else 0
    decorated = sum(_is_decorated(lines, h) for h in heads) >= half
    very_many = strong >= VERY_MANY_RECORDS
    # "Related posts" right above; but no widget lists many dated records with action links
    # or many people's sentences stamped to the minute, nor several records that each
    # offer a "Reply" (a widget's rows offer "Like", "Tweet", "Share")
    replied = (
        linked and len(heads) >= MANY_RECORDS and _share(lines, run, _has_reply) >= MIN_CHROME_SHARE
    )
    # nor dated records with action links right above the comment form (a related-posts
    # heading whose widget the page left empty may stand right above the comments), nor
    # dated "says" heads over records with action links ("Ann sagt:" / "06.01.2020 um
    # 9:16" / … / "Liken"; a report's "The mayor says:" over a quotation is undated)
    under_section = SECTION_PENALTY * (
        run.under_section
        and not (very_many and (linked or timed))
        and not replied
        and not (over_form and linked)
        and not (
            linked and sum(h.pattern == "says" and h.timestamp is not None for h in heads) >= half
        )
    )
    if not specific:  # many numbered or avatar-decorated dated records, by many people
        return decorated + 2 * (very_many and _many_speakers(heads)) - under_section
    return specific + decorated + _many_records(lines, heads, strong) + very_many - under_section


def _many_records(lines: Sequence[Line], heads: Sequence[RecordHead], strong: int) -> bool:
    """Whether the run holds many strong heads; undated "Ann said:" heads over no comment
    form are a report's quotations as often, no more records than their "says" counted."""
    quoted = sum(h.pattern == "says" and h.timestamp is None for h in heads)
    if quoted and _form_under(lines, heads[-1]) is not None:
        quoted = 0
    return strong - quoted >= MANY_RECORDS


def _many_speakers(heads: Sequence[RecordHead]) -> bool:
    """Most heads name someone new (beside one who answers many of them: the post's
    author), and at least half read as people's names: people, not a few labels
    ("Voir", "Lire") or the titles of an events list ("Film night")."""
    names = _speakers(heads)
    if _people(heads) * 2 < len(heads):
        return False
    if len(names) >= MIN_SPEAKER_SHARE * len(heads):
        return True
    answers = names.most_common(1)[0][1] if names else 0
    others = len(heads) - answers
    return others >= MANY_RECORDS and len(names) - 1 >= MIN_SPEAKER_SHARE * others


def _speakers(heads: Sequence[RecordHead]) -> Counter[str]:
    """How many records each named author heads (names compared without case)."""
    return Counter(h.author.casefold() for h in heads if h.author)


def _people(heads: Sequence[RecordHead]) -> int:
    """How many heads name someone whose name reads as a person's (an anonymous, dated
    item names nobody)."""
    return sum(is_speaker_name(h.author) for h in heads if h.author)


def _is_conversation(lines: Sequence[Line], run: Run) -> bool:
    """The shape of a conversation, for list items headed by bare names (no dates): some
    records nested under others (replies), someone speaking twice or heads that read
    as people's names ("Mary Sue", "anti-jihad", not "Reopening the branch lines"),
    and no "name" heading most records (a label, or one person's notes)."""
    heads = run.heads
    nested = len({lines[h.start].nesting_key for h in heads}) > 1
    if _share(lines, run, _has_sentence) < MIN_PROSE_SHARE:
        return False  # replies are written in sentences; menus and link lists are not
    names = _speakers(heads)
    top = max(names.values(), default=0)
    if top > len(heads) * MAX_SPEAKER_SHARE and not _many_speakers(heads):
        return False  # (a post's author answering every comment is no label)
    people = _people(heads) >= PERSON_SHARE * len(heads)
    if not nested:  # a flat list: someone speaks twice, some names linked; people's or two
        linked = sum(_links_name(lines, h) for h in heads)
        return top > 1 and linked > 0 and (people or linked >= MIN_LINKED_NAMES)
    return top > 1 or people


def _is_timed_talk(lines: Sequence[Line], run: Run) -> bool:
    """Records dated to the minute (by their heads or footers), by several people, written
    in sentences or each offering a "Reply": comment systems stamp each comment with its
    day and time ("8. April 2019 @ 11:38", "May 2, 2012 at 9:15 pm"), and their records
    carry that evidence where a page shows no "Reply" links (comments closed, threading
    off) or no heading over them. Lists of posts or events are dated to
    the day or give a time alone ("Film night | Starts at 8:00 pm"), or head their items
    with one label ("Release") or with titles, not people's names, over no prose."""
    heads = run.heads
    if len(heads) < MANY_RECORDS or _share(lines, run, _is_stamped) < PERSON_SHARE:
        return False
    names = _speakers(heads)
    named = [count for name, count in names.items() if name not in ANONYMOUS_NAMES]
    people = len(named) + sum(names[name] for name in names if name in ANONYMOUS_NAMES)
    if people < 2 or max(named, default=0) > len(heads) * MAX_SPEAKER_SHARE:
        return False  # one label over every record; "Anonymous" is many people
    return _people(heads) * 2 >= len(heads) and _has_prose_or_replies(lines, run)


def _is_stamped(lines: Sequence[Line], head: RecordHead, end: int) -> bool:
    """The record is dated to the minute: by its head ("May 2, 2012 at 9:15 pm"), or by
    the footer under its text that dates it beside its links ("November 12, 2012
    18:06:00 Reply") or alone ("November 12, 2012 3:34 pm", its last line)."""
    if head.pattern == "timed":
        return False  # a time alone: "Film night | Starts at 8:00 pm"
    stated = _stated_date(lines, head)
    if stated is not None:
        return TIME_OF_DAY.search(stated) is not None
    rows = map(dated_links, _link_rows(lines, head, end))
    return any(TIME_OF_DAY.search(date or "") for date in (*rows, _footer_date(lines, head, end)))


def _are_aged_people(lines: Sequence[Line], run: Run) -> bool:
    """Most records dated by their age ("3 years ago", "gestern"), as comment widgets
    date comments, and most heads reading as people's names (a related-posts widget may
    age its posts too, but heads them with titles)."""
    aged = _share(lines, run, _is_aged) >= PERSON_SHARE
    return aged and _people(run.heads) >= PERSON_SHARE * len(run.heads)


def _is_aged(lines: Sequence[Line], head: RecordHead, end: int) -> bool:
    """The record's head dates it by its age."""
    stated = _stated_date(lines, head)
    return stated is not None and states_age(stated)


def _footer_date(lines: Sequence[Line], head: RecordHead, end: int) -> str | None:
    """The record's last line under its text where that is a date alone; ``None`` where
    it is not."""
    last = next((i for i in range(end - 1, head.lines[-1], -1) if not lines[i].blank), None)
    return lines[last].text if last is not None and is_date(lines[last].text) else None


def _stated_date(lines: Sequence[Line], head: RecordHead) -> str | None:
    """The date a head states; for a name under the footer date that closes the record
    above, that date line (the record's "Reply" may stand between)."""
    if head.timestamp is not None or head.pattern != "date-name":
        return head.timestamp
    date = footer_date_above(partial(_role_at, lines), head.start)
    return None if date is None else lines[date].text


def _role_at(lines: Sequence[Line], k: int) -> str:
    return BLANK if lines[k].blank else line_role(lines[k].text)


def _links_name(lines: Sequence[Line], head: RecordHead) -> bool:
    """Whether a head line gives the commenter's web address before the name ("•
    http://a.example/ann Ann Lee"), as static copies of comment lists do (an interview's
    speakers or a glossary's terms never do)."""
    return any(URL_START.match(word) for word in lines[head.start].text.split()[:-1])


def _chrome_share(lines: Sequence[Line], run: Run) -> float:
    """The share of records holding an action link line ("Reply", "Like")."""
    return _share(lines, run, _has_links)


def _share(
    lines: Sequence[Line], run: Run, test: Callable[[Sequence[Line], RecordHead, int], bool]
) -> float:
    """The share of the run's records (head, end) that pass ``test``."""
    heads = run.heads
    ends = _record_ends(lines, heads)
    hits = sum(test(lines, h, end) for h, end in zip(heads, ends, strict=True))
    return hits / len(heads)


def _record_ends(lines: Sequence[Line], heads: Sequence[RecordHead]) -> list[int]:
    """Where each record of a run ends: at the next head, the last one where
    :func:`_last_record_end` says."""
    return [h.start for h in heads[1:]] + [_last_record_end(lines, heads[-1])]


def _last_record_end(lines: Sequence[Line], head: RecordHead) -> int:
    """Where the record of a run's last head ends at the latest: where the comment form
    opens under it (the form's "Enter your comment here..." is no record's cut-off
    excerpt) or an ad's label stands (a widget of teasers may follow it), else
    ``LAST_RECORD_SPAN`` lines on."""
    limit = min(len(lines), head.lines[-1] + LAST_RECORD_SPAN)
    below = range(head.lines[-1] + 1, limit)
    return next(
        (i for i in below if not lines[i].blank and _closes_last_record(lines[i].text)), limit
    )


def _closes_last_record(text: str) -> bool:
    return FORM_START.match(text) is not None or AD_LABEL.match(text) is not None


def _has_links(lines: Sequence[Line], head: RecordHead, end: int) -> bool:
    """A row of action links in the record ("Reply", "Like"), or links at the end of
    its head ("… 12:20 AM | Reply"); avatars and rules are no actions."""
    return any(True for _ in _link_rows(lines, head, end))


def _has_reply(lines: Sequence[Line], head: RecordHead, end: int) -> bool:
    """A "Reply" link among the record's link rows."""
    return any(offers_reply(row, count_is_link=False) for row in _link_rows(lines, head, end))


def _link_rows(lines: Sequence[Line], head: RecordHead, end: int) -> Iterator[str]:
    """The texts of the record's lines that are rows of action links or end with them."""
    for i in range(head.lines[0], end):
        text = lines[i].text
        if lines[i].blank or not (is_action_line(text) or ends_with_links(text)):
            continue
        if i not in head.lines or not _links_are_its_date(text, head.timestamp):
            yield text


def _links_are_its_date(text: str, stamp: str | None) -> bool:
    """Whether a head line reads as ending with links only for its date ("Ann · 2d": a
    compact age reads as a link row's count)."""
    if not stamp or not text.endswith(stamp):
        return False
    return not ends_with_links(text.removesuffix(stamp).rstrip(STAMP_MARKS))


def _has_sentence(
    lines: Sequence[Line], head: RecordHead, end: int, ends: Callable[[str], bool] | None = None
) -> bool:
    """The record's text (not a bulleted list in it, a widget's links as often; numbered
    points, "1) …", are the commenter's own), with what its head line printed after the
    name and date ("Ann May 2, 2012 at 9:15 pm  Nice post, thanks."), holds a sentence's
    end ("…thanks."), or what ``ends`` one."""
    body = (
        lines[i].text
        for i in range(head.lines[-1] + 1, end)
        if not lines[i].blank and not (lines[i].is_item and item_number(lines[i]) is None)
    )
    return any(map(ends or _ends_sentence, chain((head.rest or "",), body)))


def _ends_sentence(text: str) -> bool:
    """A line of a few words in which a sentence ends ("…thanks.", "… (really!)", "… on
    this blog. Thanks for all you do, Shep": the last need not end with a stop)."""
    return text.count(" ") >= MIN_SENTENCE_SPACES and (
        text.rstrip(CLOSING_MARKS)[-1:] in SENTENCE_MARKS_END or ends_a_sentence_inside(text)
    )


def _ends_sentence_or_smiley(text: str) -> bool:
    """:func:`_ends_sentence`, or a line of a few words ending with a smiley ("… mehr
    Bilder von Helle….:)"): one comment's text over the form says so (a widget's rows of
    one-liners, "yes, do it!:)", are no discussion by their smileys)."""
    return _ends_sentence(text) or (
        text.count(" ") >= MIN_SENTENCE_SPACES and EMOTICON_END.search(text) is not None
    )


def _ends_with_excerpt(lines: Sequence[Line], head: RecordHead, end: int) -> bool:
    """The record's text ends with a cut-off ("... the Herita...", "[…]", "Tuesday...
    [more]") in its last two lines: an excerpt of a post or comment, which a comment
    never is."""
    texts = _last_texts(lines, head.lines[-1] + 1, end, EXCERPT_LINES)
    if head.rest:
        texts.append(head.rest)
    return any(t.endswith(EXCERPT_ENDS) or _cut_before_link(t) for t in texts)


def _last_texts(lines: Sequence[Line], start: int, end: int, count: int) -> list[str]:
    """The last ``count`` texts of ``lines[start:end]`` that are neither blank nor chrome
    ("Loading..." is a widget's), found from the end (records may be long)."""
    found: list[str] = []
    for i in range(end - 1, start - 1, -1):
        if len(found) == count:
            break
        if not lines[i].blank and not is_chrome_text(lines[i].text):
            found.append(lines[i].text)
    return found[::-1]


def _reports_speech(lines: Sequence[Line], head: RecordHead, end: int) -> bool:
    """An undated "X said:" head over nothing but a quotation ("The mayor said:" /
    "“We welcome the decision …”"): a news report quoting someone. A comment may open
    with a quotation, but then it answers it; commenters' heads carry dates."""
    if head.pattern != "says" or head.timestamp is not None:
        return False
    texts = [lines[i].text for i in range(head.lines[-1] + 1, end) if not lines[i].blank]
    if head.rest:
        texts.insert(0, head.rest)
    return bool(texts) and opens_quotation(texts[0]) and closes_quotation(texts[-1])


def _cut_before_link(text: str) -> bool:
    """A cut-off followed by a link ("… Tuesday... [more]")."""
    bare = TRAILING_LINK.sub("", text)
    return bare != text and bare.endswith(EXCERPT_ENDS)


# --- heads printed under their bodies -------------------------------------------------


def _oriented(lines: Sequence[Line], run: Run, floor: int, ends: Callable[[int], bool]) -> Run:
    """The run with footer heads turned into records that end with them.

    Heads under bodies ("Posted by Ann | May 2, 2012", "by Ann on May 2, 2012. Reply")
    are told by the page, not the words: the first body stands between the run's
    heading and its first head, and nothing but chrome follows its last head before
    the form or the next section (``ends``).
    """
    heads = run.heads
    if not _footer_shaped(lines, heads):
        return run
    top = floor if run.cue is None else run.cue + 1
    last = heads[-1].lines[-1] + 1
    end = _after_last(lines, heads[-1])
    stop = next((i for i in range(last, end) if ends(i)), None)
    frame = _frame(lines, heads)
    footers = _has_text(lines, range(top, heads[0].start)) and (
        _ends_bare(lines, range(last, stop or end), frame) or _items_open_above(lines, heads)
    )
    if not footers:  # "Posted by Ann on …" above its body
        return Run(tuple(h.above_body() for h in heads), run.cue, run.under_section)
    if frame is not None:
        heads = _with_footer_twins(lines, heads, frame, stop or end)
    starts = [_first_text(lines, h.lines[-1] + 1, n.start) for h, n in pairwise(heads)]
    first = _after_preamble(lines, top, heads[0].start)
    if run.cue is None and first is not None:  # no heading bounds the first record above
        first = _as_long_as_others(lines, first, heads, starts)
    records = tuple(
        h.below_body(s) for h, s in zip(heads, [first, *starts], strict=True) if s is not None
    )
    return Run(records, run.cue, run.under_section) if records else run


def _items_open_above(lines: Sequence[Line], heads: Sequence[RecordHead]) -> bool:
    """Whether the list items open the records above the heads: between most two heads,
    an item starts ("• [avatar]", or its text: "* Great post, thanks.") with text before
    the next head, which is no item itself, so each head closes the item's record (what
    follows the last head need not be bare: a form title in a language the vocabulary
    lacks). A head that is an item opens its record, whatever items its body holds ("□
    11 Ocak 2026"), and so does one under an item's short title ("* Ein Missverständnis"
    over "geschrieben von Ann am …")."""
    opened = sum(
        not lines[b.start].is_item
        and any(
            lines[i].is_item
            and (line_role(lines[i].text) == TEXT or _has_text(lines, range(i + 1, b.start)))
            for i in range(a.lines[-1] + 1, b.start)
        )
        for a, b in pairwise(heads)
    )
    return len(heads) > MANY_RECORDS and opened >= PERSON_SHARE * (len(heads) - 1)


def _as_long_as_others(
    lines: Sequence[Line], first: int, heads: Sequence[RecordHead], starts: list[int | None]
) -> int:
    """Where the first record over footers begins when no heading bounds it: at most as
    many blocks above its footer as the longest of the other records holds (the article
    above it is no comment, and without a heading only the records' shape tells)."""
    sizes = [
        len(list(blocks(lines, s, h.start)))
        for s, h in zip(starts, heads[1:], strict=True)
        if s is not None
    ]
    if not sizes:
        return first
    kept = list(blocks(lines, first, heads[0].start))[-max(sizes) :]
    return kept[0][0] if kept else first


def _footer_shaped(lines: Sequence[Line], heads: Sequence[RecordHead]) -> bool:
    """Whether every head is one line that may close its record: a dated head or a
    footer, or a linking post's title printed in the others' frame ("by … on …"). Heads
    that print their comment's text on their own line ("Ann May 2, 2012 at 9:15 pm  Nice
    post.") open their records, whatever the page shows above them."""
    if sum(bool(h.rest) for h in heads) * 2 > len(heads):
        return False
    others = [h for h in heads if h.pattern not in ONE_LINE_HEADS]
    if not others:
        return True
    frame = _frame(lines, heads)
    return all(h.pattern == "linkback" and _in_frame(lines, h, frame) for h in others)


def _in_frame(lines: Sequence[Line], head: RecordHead, frame: str | None) -> bool:
    return frame is not None and lines[head.lines[0]].text.split()[0].casefold() == frame


def _frame(lines: Sequence[Line], heads: Sequence[RecordHead]) -> str | None:
    """The first word nearly all of a run's head lines share ("by" in "by Ann on …"),
    lower-cased; ``None`` when they share none."""
    firsts = Counter(lines[h.lines[0]].text.split()[0].casefold() for h in heads)
    frame, count = firsts.most_common(1)[0]
    return frame if count >= FRAME_SHARE * len(heads) else None


def _with_footer_twins(
    lines: Sequence[Line], heads: tuple[RecordHead, ...], frame: str, stop: int
) -> tuple[RecordHead, ...]:
    """The footers plus the lines printed in their ``frame`` that did not read as heads:
    same first word, a date, links at the end ("by Big in 2011: Curation on January
    18, 2011. Reply #": a linking post's title where a name goes)."""
    framed = [h for h in heads if h.pattern == "linkback"]  # a footer's excerpt under it
    footers = tuple(h for h in heads if h.pattern != "linkback")
    if not footers:
        return heads  # only linking posts' titles: no footer to find a twin of
    heads = footers
    taken = {i for h in heads for i in h.lines}
    twins = []
    for i in range(heads[0].start, stop):
        line = lines[i]
        if i in taken or line.blank:
            continue
        if line_role(line.text) not in TEXT_ROLES and not any(h.start == i for h in framed):
            continue
        if line.text.split()[0].casefold() != frame:
            continue
        text, taken_lines = _with_wrapped_tail(lines, i)
        parts = footer_parts(text) if may_hold_date(text) else None
        if parts is not None:
            twins.append(RecordHead(i, taken_lines, parts[0], parts[1], "explicit"))
    return tuple(sorted((*heads, *twins), key=lambda h: h.start)) if twins else heads


def _with_wrapped_tail(lines: Sequence[Line], i: int) -> tuple[str, tuple[int, ...]]:
    """Line ``i``'s text with the date or link row the converter wrapped onto the next
    line, and the lines they fill ("" when no links end them)."""
    below = lines[i + 1] if i + 1 < len(lines) else None
    if below is not None and not below.blank:
        tail = below.text.rstrip(LINK_TAIL)
        if is_action_line(tail) or ends_with_links(below.text):  # "… at 3:24" / "am. Reply #"
            return f"{lines[i].text} {below.text}", (i, i + 1)
    return (lines[i].text if ends_with_links(lines[i].text) else ""), (i,)


def _ends_bare(lines: Sequence[Line], span: range, frame: str | None) -> bool:
    """Whether ``span``, after a run's last head, holds no record of its own: no text,
    or text closed by a dated link row in the heads' ``frame`` that this parser could
    not read as a head ("by links for 2010-11-15 – Ben on November 16, 2010. Reply #")."""
    texts = [i for i in span if not lines[i].blank and line_role(lines[i].text) in TEXT_ROLES]
    if not texts:
        return True
    closing = lines[texts[-1]].text
    return (
        closing.split()[0].casefold() == frame
        and may_hold_date(closing)
        and ends_with_links(closing)
    )


def _has_text(lines: Sequence[Line], span: range) -> bool:
    """Whether ``span`` holds a line of text (not a link row, an avatar, a form field)."""
    return any(not lines[i].blank and line_role(lines[i].text) in TEXT_ROLES for i in span)


def _after_last(lines: Sequence[Line], head: RecordHead) -> int:
    return min(len(lines), head.lines[-1] + 1 + LAST_RECORD_SPAN)


def _after_preamble(lines: Sequence[Line], start: int, stop: int) -> int | None:
    """The first line of the first body above a footer: the first block after the
    preamble ("Feed" / "You can follow this conversation by subscribing to the comment
    feed for this post."). Every block holding a chrome line is preamble, and so is a
    short lower-case fragment after one whose sentence did not end (a link wrapped over
    lines leaves a blank line inside a sentence)."""
    after_chrome: str | None = None  # the last text of the preamble block just passed
    for block in blocks(lines, start, stop):
        texts = [lines[i].text for i in block]
        if any(map(is_chrome_text, texts)) or (
            after_chrome is not None and _continues(after_chrome, texts)
        ):
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
        and previous.rstrip(CLOSING_MARKS)[-1:] not in SENTENCE_MARKS_END
    )


def _first_text(lines: Sequence[Line], start: int, stop: int) -> int | None:
    """The first line of a record's body above its footer: the first non-blank line
    that is not chrome (a "Reply" row or an avatar of the record before)."""
    return next(
        (i for i in range(start, stop) if not lines[i].blank and not is_chrome_text(lines[i].text)),
        None,
    )


# --- the first record of a run whose dates close the records ---------------------------


def _backfilled(lines: Sequence[Line], run: Run, floor: int, ends: Callable[[int], bool]) -> Run:
    """The run with the record above its first head, when its heads are names after the
    previous record's footer date: the first record has no date above its name, so
    :mod:`.records` could not see its head. It is the last name line above the first
    head that looks like the other heads (the same indent and the same text glued
    before the name) and has text under it; the search stops at a form or heading.
    Where there is none, the dates may head the records under them instead (each name
    right under its date, no date under the last record's text): the run's heads as
    such."""
    heads = run.heads
    if sum(h.pattern == "date-name" for h in heads) < len(heads) / 2:
        return run
    if _dated_from_above(lines, run):
        return Run(tuple(map(partial(_with_date_above, lines), heads)), run.cue, run.under_section)
    first = _first_footed_record(lines, run, floor, ends)
    if first is not None:
        return Run((first, *heads), run.cue, run.under_section)
    if all(map(partial(_is_right_under_date, lines), heads)) and not _holds_date_under(
        lines, heads[-1], _record_ends(lines, heads)[-1]
    ):
        # no record above the first date, no date under the last text: each date heads
        # the record under it ("May 2, 2021" / "Ann Lee" / text / "Reply" / "May 3, 2021" …)
        return Run(tuple(map(partial(_with_date_above, lines), heads)), run.cue, run.under_section)
    return run


def _first_footed_record(
    lines: Sequence[Line], run: Run, floor: int, ends: Callable[[int], bool]
) -> RecordHead | None:
    """The head of the record above the run's first date, which that date closes: the
    last name line above it that looks like the other heads and has text under it."""
    heads = run.heads
    shapes = Counter(_head_shape(lines, h.lines[0]) for h in heads)
    indent, prefix = shapes.most_common(1)[0][0]
    # the first comment is no reply: it may stand left of the replies that head most records
    top = min(i for i, p in shapes if p == prefix)
    for i in range(heads[0].start - 1, floor - 1, -1):
        if lines[i].blank:
            continue
        if ends(i):
            return None
        if (
            line_role(lines[i].text) == NAME
            and _head_shape(lines, i) in ((indent, prefix), (top, prefix))
            and not _ends_paragraph(lines, i)
        ):
            below = next((k for k in range(i + 1, heads[0].start) if not lines[k].blank), None)
            if below is not None and line_role(lines[below].text) in BODY_ROLES:
                return RecordHead(i, (i,), name_text(lines[i].text), None, "date-name")
    return None


def _is_right_under_date(lines: Sequence[Line], head: RecordHead) -> bool:
    """Whether a date-name head's name stands right under its date line (no links, rule
    or avatar between, as a footer's would have)."""
    above = line_above(lines, head.start)
    return above is not None and line_role(lines[above].text) == DATE


def _holds_date_under(lines: Sequence[Line], head: RecordHead, end: int) -> bool:
    """Whether any line of the record under its head, before ``end``, holds a date (a
    footer's, alone or beside its links: "May 2, 2012 18:14:19 Reply 0 Flag this")."""
    below = (lines[k].text for k in range(head.lines[-1] + 1, end) if not lines[k].blank)
    return any(may_hold_date(text) and holds_date(text) for text in below)


def _dated_from_above(lines: Sequence[Line], run: Run) -> bool:
    """Whether the dates over the run's names head the records below them, not close the
    records above: the first name's date stands right under the comments' heading ("4
    Comments" / "May 2, 2021" / "Ann Lee"), with no record above it to close."""
    first = run.heads[0]
    date = line_above(lines, first.start)
    return (
        first.pattern == "date-name"
        and run.cue is not None
        and date is not None
        and line_above(lines, date) == run.cue
    )


def _with_date_above(lines: Sequence[Line], head: RecordHead) -> RecordHead:
    """A date-name head as the head of its own record: the date over the name is its."""
    date = line_above(lines, head.start) if head.pattern == "date-name" else None
    if date is None:
        return head
    stamp = date_text(lines[date].text)
    return RecordHead(date, (date, *head.lines), head.author, stamp, "name-date", head.rest)


def _ends_paragraph(lines: Sequence[Line], i: int) -> bool:
    """Whether line ``i`` ends a sentence the converter wrapped (an emoji, the last
    words): no name, however short."""
    above = lines[i - 1] if i > 0 else None
    return (
        above is not None
        and not above.blank
        and line_role(above.text) == TEXT
        and wraps_into(above, lines[i])
    )


def _head_shape(lines: Sequence[Line], i: int) -> tuple[int, str]:
    """A head line's indent and what is glued before its name (an avatar's alt text)."""
    prefix = NAME_PREFIX.match(strip_images(lines[i].text))
    return lines[i].indent, (prefix.group(0).strip().casefold() if prefix else "")


# --- anonymous records in a list of records ---------------------------------------------


def _with_headless_items(lines: Sequence[Line], run: Run, ends: Callable[[int], bool]) -> Run:
    """The run plus the numbered items between its records that have no head: when the
    records are items 1, 2, 4, 5 of one numbered list, item 3 (only text) is an
    anonymous reader's comment ("3. Hard to believe …")."""
    heads = run.heads
    numbers = {h.start: item_number(lines[h.start]) for h in heads}
    if sum(n is not None for n in numbers.values()) < MIN_NUMBERED_RECORDS:
        return run
    inside = {i for h in heads for i in range(h.start, h.lines[-1] + 1)}
    last = heads[-1].lines[-1] + 1
    stop = next((i for i in range(last, _after_last(lines, heads[-1])) if ends(i)), None)
    span = range(heads[0].start, _after_last(lines, heads[-1]) if stop is None else stop)
    shapes = {_item_shape(lines[h.start]) for h in heads if numbers[h.start] is not None}
    expected = None  # the number the next item of the records' list would carry
    extra = []
    for i in span:
        line = lines[i]
        if not line.is_item or _item_shape(line) not in shapes:
            continue
        number = item_number(line)
        if i in numbers:
            expected = None if number is None else number + 1
        elif i not in inside and number is not None and number == expected:
            extra.append(RecordHead(i, (i,), None, None, "headless"))
            expected = number + 1
    if not extra:
        return run
    return Run(tuple(sorted((*heads, *extra), key=lambda h: h.start)), run.cue, run.under_section)


def _item_shape(line: Line) -> tuple[int, str | None]:
    return line.indent, line.marker_kind


# --- records a count heading vouches for --------------------------------------------


def counted_run(lines: Sequence[Line], heading: int, count: int) -> tuple[Run, int] | None:
    """The records under a count heading, read by their shape alone, and where the
    last one ends: each a name (a badge and a "Reply to Ann" line may follow it), its
    text, and the action link that closes it ("Reply"), with no date and no list
    markup (wpDiscuz with dates hidden). Only such records right under the heading, one
    after another, and no more than it counts: the page vouches for them (fewer where
    the page shows only the first of its comments: the rest paged or collapsed).

    >>> from comments.parse.lines import classify_lines
    >>> page = classify_lines(["2 Comments", "Ann Lee", "", "Great post, I agree.", "Reply",
    ...                        "Bob Stone", "Author", "Reply to  Ann Lee", "Thank you!", "Reply"])
    >>> run, end = counted_run(page, 0, 2)
    >>> [(h.author, h.reply_to) for h in run.heads], end
    ([('Ann Lee', None), ('Bob Stone', 'Ann Lee')], 10)
    """
    heads: list[RecordHead] = []
    head: list[int] = []  # the name's line, then its badge and "Reply to" lines
    reply_to: str | None = None
    has_text = False
    ends: list[int] = []  # the line after each record's "Reply"
    for i in range(heading + 1, min(len(lines), heading + 1 + count * MAX_COUNTED_RECORD_LINES)):
        text = lines[i].text
        if lines[i].blank:
            continue
        role = line_role(text)
        if has_text and is_action_line(text) and offers_reply(text):  # "Reply" closes it
            author = name_text(lines[head[0]].text)
            heads.append(
                RecordHead(head[0], tuple(head), author, None, "name-body", None, reply_to)
            )
            ends.append(i + 1)
            if len(heads) == count:
                break
            head, reply_to, has_text = [], None, False
        elif has_text:
            continue  # the record's text goes on, whatever its lines look like
        elif role == NAME and not AUTHOR_BADGE_LINE.match(text):
            head, reply_to = [i], None  # the last name above the text
        elif head and (AUTHOR_BADGE_LINE.match(text) or REPLY_TO_LINE.match(strip_images(text))):
            head.append(i)
            reply = REPLY_TO_LINE.match(strip_images(text))
            reply_to = reply["name"] if reply else reply_to
        elif role in BODY_ROLES:
            if not head:
                break  # text that no name heads: the records have ended
            has_text = True
    if not heads or (len(heads) < count and not all(map(_is_short_named, heads, ends))):
        return None  # fewer than counted: only people's names over a comment's length
    return Run(tuple(heads), heading), ends[-1]


def _is_short_named(head: RecordHead, end: int) -> bool:
    """Whether a record a count heading vouches for names a person (not "View all
    comments", a widget's title) and closes within a comment's length (not with a
    "Reply" far down the sidebar)."""
    named = head.author is not None and is_speaker_name(head.author)
    return named and end - head.start <= LAST_RECORD_SPAN


def offers_reply(text: str, count_is_link: bool = True) -> bool:
    """Whether a row of links has a "Reply" link (which only a comment carries); with
    ``count_is_link=False`` a count of replies ("6 replies", a forum list's "by Ann6
    replies") is no such link.

    >>> offers_reply("Like · Antworten"), offers_reply("12 replies", count_is_link=False)
    (True, False)
    """
    words = text.casefold().split()
    return any(
        word in REPLY_LINK_WORDS
        and (count_is_link or k == 0 or not REPLY_COUNT.match(words[k - 1]))
        for k, word in enumerate(words)
    )
