"""Recognising the lines around a comment body: author heads, dates, links, avatars.

A comment head is the line a platform prints before the body: "Ann says:",
"Ann • 3 years ago", a bare author name followed by a date line or by an indented body.
These helpers only say what one line (or a line and its successor) is; deciding where
comments start is :mod:`.threads`' and :mod:`.sections`' job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import vocab
from .patterns import (
    AD_LABEL,
    AGE_AT_END,
    AUTHOR_BADGE,
    AUTHOR_BULLET,
    AUTHOR_PREFIX,
    AUTHOR_SCORE,
    AVATAR_LINE,
    BARE_COMMENTS_HEADING,
    COMMENT_NUMBER,
    COMPACT_AGE_AT_END,
    COUNT_HEADING,
    COUNT_HEADING_REST,
    DATE_AT_END,
    DATE_DIGIT_SHAPE,
    DATE_IN_TEXT,
    DATE_LABEL,
    DATE_LINE,
    DATE_NEAR_DIGITS,
    DAY_ALONE_LINE,
    DURATION,
    EMAIL_ADDRESS,
    FILING_LABEL,
    FOOTER_HEAD,
    FORM_LINE,
    FORM_START,
    HEAD_SEPARATOR,
    IMAGE,
    IMAGE_ONLY,
    IMAGE_PLACEHOLDER,
    INPUT_BOX,
    LINK_LINE,
    LOGIN_PROMPT,
    MONTH_BEFORE_DIGIT_REVERSED,
    MONTH_DAY_AFTER_MARK,
    MONTH_DAY_LINE,
    NUMBER_WORDS,
    PINGBACK_HEADING,
    PINGBACK_PREFIX,
    RELATIVE_TIME_CUE,
    REPLY_LINK_WORDS,
    REPLY_TO,
    REPLY_TO_LINE,
    RULE_LINE,
    SAYS_AT_END,
    SAYS_CUES,
    SAYS_SUFFIX,
    SENTENCE_END_CHARS,
    SHARE_ROW_WORD,
    TIME_AFTER_MARK,
    TIME_START,
    TITLE_QUOTES,
    YEAR,
    any_of,
    has_any,
)

__all__ = [
    "ATTRIBUTION_DASHES",
    "IMAGE_TOKEN",
    "MAX_HEAD_CHARS",
    "NAME_DATE_WORDS",
    "NAME_END_WORDS",
    "Head",
    "clean_author",
    "closes_quotation",
    "dated_links",
    "ends_a_sentence_inside",
    "ends_with_links",
    "first_date",
    "footer_parts",
    "has_reply_to_cue",
    "has_says_cue",
    "holds_date",
    "is_action_line",
    "is_chrome_in_comment",
    "is_chrome_text",
    "is_count_heading",
    "is_date",
    "is_form_field",
    "is_name",
    "is_person_like",
    "is_sentence_fragment",
    "is_short_head",
    "is_speaker_name",
    "is_time_line",
    "is_unfilled_date",
    "linking_title",
    "may_hold_date",
    "opens_quotation",
    "parse_count_heading",
    "parse_count_heading_cached",
    "parse_footer_head",
    "parse_head",
    "replied_name",
    "reply_inside_says",
    "says_head",
    "split_dated_prefix",
    "split_name_date",
    "stated_number",
    "states_age",
    "strip_images",
    "without_links",
]

DIGIT = re.compile(r"\d")
IMAGE_TOKEN = re.compile(IMAGE)  # "[icon_delet]" inside a line
# Lines inside a comment's item that are not its text.
IN_COMMENT_CHROME = any_of(LINK_LINE, AVATAR_LINE, IMAGE_ONLY, RULE_LINE, REPLY_TO_LINE, AD_LABEL)
FORM_CHROME = any_of(FORM_LINE, FORM_START, LOGIN_PROMPT)  # labels: never a sentence's wrapped end
MIN_FRAGMENT_SPACES = 5  # a lower-case line of six words or more is running text
REPLY_TO_CUES = ("➦", "↪", "⤷", "repl", "antwortet", "réponse", "respuesta", "risposta")
ANY_COUNT_HEADING = any_of(COUNT_HEADING, BARE_COMMENTS_HEADING, PINGBACK_HEADING)
ACTION_LINES = any_of(LINK_LINE, LOGIN_PROMPT, REPLY_TO_LINE)  # what a reader can do with a comment
LINE_CACHE_SIZE = 8192  # the same line is asked about by several stages
DATE_REACH_BEFORE = 32  # "Wednesday, September " before a date's first digit
DATE_REACH_AFTER = 16  # " a las 10:25 p.m. CEST" after its last: times hold digits too
AGE_REACH = 24  # "12 Monaten": an age at a line's end
DIGITS = re.compile(r"\d+")
MAX_DATED_HEAD_CHARS = 120  # an author (60) plus a date: longer lines are no dated head
SAYS_CUE_SPAN = 120  # "says:" comes after an author name of at most 80 characters
AUTHOR_TRAILERS = " •·|–—-,:»"  # separators left after a name when its date wrapped away
# Only an ellipsis closes a verb after the name a reply answers ("Ann said in reply to
# Bob...", as TypePad prints it); "Ann said in reply to Bob:" is how prose reports it.
ELLIPSES = ("...", "…")
MAX_HEAD_CHARS = 60  # author names are short; longer first lines are body text
MAX_HEAD_WORDS = 6
SENTENCE_STOPS = ".!?"
MIN_SENTENCE_WORD_LETTERS = 3  # "happen." ends a sentence; "ca." and "co." abbreviate
MAX_SHORT_DATE_CHARS = 8  # a compact age alone ("12mo", "3h #"): a date no search finds
QUOTE_MARKS = frozenset(TITLE_QUOTES)  # open or close a quotation, in any language
QUOTED_LINE_MARK = ">"  # opens a line quoted from another comment (html2text's blockquote)
QUOTE_TAIL = " .,;!?"  # may follow a quotation's closing mark
MAX_COUNT_LINE_WORDS = 10  # "Отправить комментарий 106 комментариев and 18 Replies"
# A count alone in its line's words: no part of a date, a time or a decimal.
COUNT_NUMBER = re.compile(r"(?<![\d.,:/])\d{1,5}(?![\d.,:/])")
MAX_PATTERN_CHARS = 300  # longer lines are prose: no pattern is tried on them
SENTENCE_END = '.!?…:;,)"”’»'
# A name with its site or handle in brackets ("Yusuf (ballblog.example)", "Ann (@ann)").
NAME_WITH_ASIDE = re.compile(r"^[^()\s][^().!?]{0,39}\s\(@?(?=[\w.\-]*[^\W\d_])[\w.\-]{1,40}\)$")


@dataclass(frozen=True, slots=True)
class Head:
    """What a head line states: the author and/or the date, and how sure we are.

    ``explicit`` is True when the line itself says it is a head ("says:", a date after
    a separator); a bare short line is only a head when its context says so. ``rest``
    is body text printed on the head line after "says:".
    """

    author: str | None
    timestamp: str | None
    explicit: bool
    rest: str | None = None


def strip_images(text: str) -> str:
    """Remove the image placeholders converters print before a name ("[avatar] Ann").

    >>> strip_images("[aa] Margaret Ellis says:")
    'Margaret Ellis says:'
    """
    if not text.startswith("["):
        return text
    rest = IMAGE_PLACEHOLDER.sub("", text, count=1)
    return rest or text


@lru_cache(maxsize=LINE_CACHE_SIZE)
def is_date(text: str) -> bool:
    """True when the whole line is a date/time as comment platforms print it.

    >>> is_date("June 3, 2015 at 8:14 am"), is_date("vor 3 Jahren"), is_date("June")
    (True, True, False)
    """
    return (
        len(text) <= MAX_PATTERN_CHARS and may_hold_date(text) and DATE_LINE.match(text) is not None
    )


@lru_cache(maxsize=LINE_CACHE_SIZE)
def is_time_line(text: str) -> bool:
    """A time of day alone, or with action links after it (a head's wrapped end).

    >>> is_time_line("1:17 PM | Reply"), is_time_line("12:30"), is_time_line("12:30 we met")
    (True, True, False)
    >>> is_time_line("AM | Reply"), is_time_line("Amy")
    (True, False)
    """
    if len(text) > MAX_PATTERN_CHARS:
        return False
    match = TIME_START.match(text) if text[:1].isdigit() else MERIDIEM_START.match(text)
    if match is None:
        return False
    rest = text[match.end() :].strip(NAME_DATE_JOINERS)
    return not rest or LINK_LINE.match(rest) is not None


def is_short_head(text: str) -> bool:
    """True when a line is short enough and unpunctuated enough to be a name.

    >>> is_short_head("Daniel Greenfield"), is_short_head("Agreed.")
    (True, False)
    >>> is_short_head("Yusuf (ballblog.example)"), is_short_head("Ann Lee (not verified)")
    (True, True)
    """
    return (
        0 < len(text) <= MAX_HEAD_CHARS
        and len(text.split()) <= MAX_HEAD_WORDS
        and not text.startswith(QUOTED_LINE_MARK)
        and (
            text[-1] not in SENTENCE_END
            or NAME_WITH_ASIDE.match(text) is not None
            or AUTHOR_BADGE.search(text) is not None  # "Ann (not verified)": a badge
            or _blog_mark(text.split()) is not None  # "Ann | Annotated!": a blog's name
        )
        and not is_date(text)
        and MONTH_DAY_LINE.match(text) is None
        and not is_chrome_in_comment(text)
        and EMAIL_ADDRESS.match(text) is None
        and not ends_a_sentence_inside(text)
    )


def ends_a_sentence_inside(text: str) -> bool:
    """A sentence ends inside the line, after a lower-case word ("happen. Just my two
    cents": a paragraph's last line, not a name; "Dr. Ann Lee", "Mrs. Ng" are names).

    >>> ends_a_sentence_inside("happen. Just my two cents"), ends_a_sentence_inside("Mrs. Ng")
    (True, False)
    """
    words = text.split()[:-1]
    return any(
        w[-1] in SENTENCE_STOPS
        and len(w) - 1 >= MIN_SENTENCE_WORD_LETTERS
        and w[:-1].isalpha()
        and w.islower()
        for w in words
    )


@lru_cache(maxsize=LINE_CACHE_SIZE)
def parse_head(text: str) -> Head | None:
    """The author/date an explicit head line states, ``None`` when it is not one.

    >>> parse_head("Ann says:")
    Head(author='Ann', timestamp=None, explicit=True, rest=None)
    >>> parse_head("Bob • 3 years ago")
    Head(author='Bob', timestamp='3 years ago', explicit=True, rest=None)
    >>> parse_head("[e2]Dr. Alan O'Neill on March 3, 2017 at 9:30 am said:")
    Head(author="Dr. Alan O'Neill", timestamp='March 3, 2017 at 9:30 am', explicit=True, rest=None)
    >>> parse_head("Rosa Delgado ➦ northside_dave • 2 years ago • edited").author
    'Rosa Delgado'
    """
    text = strip_images(text)
    if not text or len(text) > MAX_PATTERN_CHARS or PINGBACK_PREFIX.match(text) or is_date(text):
        return None
    says = SAYS_SUFFIX.match(text) if has_says_cue(text) else None
    if says:
        author, stamp = _author_and_date(says.group("author").strip())
        rest = says.group("rest")
        if rest and stamp is None and is_date(rest):
            return Head(author, rest, True)
        return Head(author, stamp, True, rest or None)
    separated = _head_separator(text)
    if separated:
        return Head(_without_reply_to(separated.group("author")), separated.group("date"), True)
    return None


def says_head(text: str) -> bool:
    """Whether a head line says it is one, with a verb ("Ann says:", "Bob a dit :").

    >>> says_head("Ann says:"), says_head("Bob • 3 years ago")
    (True, False)
    """
    return has_says_cue(text) and SAYS_SUFFIX.match(strip_images(text)) is not None


def has_says_cue(text: str) -> bool:
    """A cheap test before the "says:" pattern: one of its cues near the line's start."""
    start = text[:SAYS_CUE_SPAN].lower()
    return has_any(start, SAYS_CUES)


def has_reply_to_cue(text: str) -> bool:
    """A cheap test before the "replied to" patterns: one of their cues in the line."""
    low = text.lower()
    return has_any(low, REPLY_TO_CUES)


def may_hold_date(text: str) -> bool:
    """A cheap test before any date pattern: a digit, or a word of relative time.

    >>> may_hold_date("3 years ago"), may_hold_date("yesterday"), may_hold_date("Ann Lee")
    (True, True, False)
    """
    return DIGIT.search(text) is not None or has_relative_cue(text)


def may_hold_full_date(text: str) -> bool:
    """A cheap necessary test before the patterns built on the full date (ages
    included): a word of relative time, or digits shaped as a date or beside a month.

    >>> may_hold_full_date("Ann • 3 years ago"), may_hold_full_date("Route 9 runs late")
    (True, False)
    """
    return has_relative_cue(text) or may_hold_digit_date(text)


@lru_cache(maxsize=LINE_CACHE_SIZE)
def has_relative_cue(text: str) -> bool:
    """Whether a word of relative time ("ago", "gestern", "il y a") stands in ``text``:
    every age holds one.

    >>> has_relative_cue("Bob • 3 Tage"), has_relative_cue("vor 3 Tagen")
    (False, True)
    """
    return RELATIVE_TIME_CUE.search(text.lower()) is not None


def states_age(text: str) -> bool:
    """Whether ``text`` dates by age: a word of relative time, or a compact age alone or
    ending a row of links, as comment widgets date comments.

    >>> states_age("3 years ago"), states_age("Like · Reply · 3y"), states_age("Route 9")
    (True, True, False)
    """
    return has_relative_cue(text) or COMPACT_AGE_AT_END.search(text) is not None


def holds_date(text: str) -> bool:
    """Whether a date, a time or an age stands anywhere in ``text``: one search that
    spares a line without any the several date patterns a head is tried against.

    >>> holds_date("Ann | May 2, 2012"), holds_date("12:30"), holds_date("Route 9 runs late")
    (True, True, False)
    >>> holds_date("2d"), holds_date("May 2")
    (True, False)
    """
    if TIME_START.match(text) or AGE_AT_END.search(text, max(0, len(text) - AGE_REACH)):
        return True
    if len(text) <= MAX_SHORT_DATE_CHARS and is_date(text):
        return True  # "2d": a date only as a whole line
    if text[:1].isdigit() and DAY_ALONE_LINE.match(text):
        return True  # "12 ноември 2012": a month the vocabulary lacks, as a whole line
    return (
        first_date(text) is not None
        or TIME_AFTER_MARK.search(text) is not None
        or MONTH_DAY_AFTER_MARK.search(text) is not None
    )


@lru_cache(maxsize=LINE_CACHE_SIZE)
def first_date(text: str) -> re.Match[str] | None:
    """The first date in ``text``: ``DATE_IN_TEXT.search``, but faster (and remembered:
    a dated line is asked whether it holds a date, then where).

    A date lies near its digits, or near its word of relative time where it has none
    ("an hour ago"), so only the spans around those anchors are searched: the date
    pattern is long, and most lines with digits are prose. A line without a word of
    relative time holds no relative age, so its spans are searched for the other dates
    only.

    >>> first_date("Posted in 2012 by Ann on May 2, 2012 at 9:15 pm").group(0)
    'May 2, 2012 at 9:15 pm'
    >>> first_date("We met at the fair, and then a few minutes ago").group(0)
    'a few minutes ago'
    """
    windows = _date_windows(text)
    if windows is None:
        return DATE_IN_TEXT.search(text)
    for start, end, relative in windows:
        if relative:
            match = DATE_IN_TEXT.search(text, start, end)
        elif may_hold_digit_date(text, start, end):
            match = DATE_NEAR_DIGITS.search(text, start, end)
        else:
            continue
        if match is not None:
            return match
    return None


def may_hold_digit_date(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` may hold a date other than an age: a cheap necessary
    test before the long date pattern (two searches that start only at digits).

    >>> may_hold_digit_date("Ann | May 2, 2012"), may_hold_digit_date("I paid 20 dollars")
    (True, False)
    """
    end = len(text) if end is None else end
    if DATE_DIGIT_SHAPE.search(text, start, end) is not None:
        return True
    return MONTH_BEFORE_DIGIT_REVERSED.search(text[start:end][::-1]) is not None


def _date_windows(text: str) -> list[tuple[int, int, bool]] | None:
    """Spans of ``text`` around its digits and its words of relative time, wide enough
    for any date holding them (a weekday and a month name before the day, a time zone
    after the time), merged where they overlap and ending where a word ends; each as
    ``(start, end, relative)``, ``relative`` where a word of relative time stands in it
    (an age may, and every age holds such a word). ``None`` where lower-casing moved the
    text's characters (the cues' places are unknown)."""
    anchors = [(*match.span(), False) for match in DIGITS.finditer(text)]
    if has_relative_cue(text):
        low = text.lower()
        if len(low) != len(text):
            return None
        anchors += [(*match.span(), True) for match in RELATIVE_TIME_CUE.finditer(low)]
        anchors.sort()
    return _merged(text, anchors)


def _merged(text: str, anchors: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    """The windows around ``anchors`` (sorted spans), overlapping ones merged; a window
    is relative where any of its anchors is a word of relative time."""
    spans: list[tuple[int, int, bool]] = []
    start = end = -1
    relative = False
    for first, last, cue in anchors:
        a, b = max(0, first - DATE_REACH_BEFORE), last + DATE_REACH_AFTER
        if start >= 0 and a <= end:
            end, relative = max(end, b), relative or cue
            continue
        if start >= 0:
            spans.append((start, _word_end(text, end), relative))
        start, end, relative = a, b, cue
    if start >= 0:
        spans.append((start, _word_end(text, end), relative))
    return spans


def _word_end(text: str, position: int) -> int:
    """The end of the word at ``position`` (the text's end beyond it)."""
    space = text.find(" ", position)
    return len(text) if space < 0 else space


def _head_separator(text: str) -> re.Match[str] | None:
    """HEAD_SEPARATOR's match, tried only on short lines that can hold a date."""
    if len(text) > MAX_DATED_HEAD_CHARS:
        return None
    if not may_hold_full_date(text):
        return None  # no age, and no other date: the long pattern below would fail
    if DATE_AT_END.search(text) is None:
        return None
    return HEAD_SEPARATOR.match(text)


# What may stand between a name and its date on one head line ("Ann On Friday, …",
# "Bob | May 2, 2012", "Thu, 08/09/2012 - 14:32 | 2691789 Cy").
NAME_DATE_JOINERS = " \t|•·*,:;-–—@#^»(["  # "*": html2text's "·"; "(": "Ann (May 2, 2012)"
# "by" before a name that follows its date ("Le 3 juillet, par Ann", "May 2, 2012 by Ann").
BY_WORDS = frozenset(vocab.phrases("by"))
NAME_DATE_WORDS = frozenset(vocab.phrases("name_date_word"))
COMMENT_VERBS = frozenset(vocab.phrases("comment_verb"))  # "Ann commented on May 2"
NAME_VERBS = frozenset(vocab.phrases("name_verb")) | COMMENT_VERBS  # at a name's end only
WORDS_BEFORE_NAME = BY_WORDS | NAME_VERBS  # after a date that opens a head
NAME_END_WORDS = NAME_DATE_WORDS | NAME_VERBS  # what may stand between a name and its date
MAX_NAME_WORDS = 5
MAX_LONG_NAME_WORDS = 7  # "Mira @ Notes From the Shed": a blog's name beside the date
BLOG_NAME_MARKS = frozenset({"@", "|"})  # between a person's name and their blog's
MAX_PERSON_WORDS = 3
MIN_COMMA_BLOG_WORDS = 2  # "Ann Lee, Good Days": a title, not a credential ("Ann Lee, MD")
NAME_PARTICLES = frozenset(vocab.phrases("name_particle"))  # "van", "de": inside a name only
MAX_NAME_PARTICLES = 2  # "Jan van der Berg"
HANDLE = re.compile(r"^[\w.@-]{2,40}$")  # "anti-jihad", "beeline_bryn", "J.R."
MAX_LINK_TAIL_WORDS = 4  # "Zum Antworten anmelden Zitieren"
MAX_LINK_TAIL_CHARS = 60
LINK_TAIL_MARKS = " #|¶.:"  # "Reply #", "Reply."
ROW_SEPARATORS = frozenset("·•|")  # between the links of a row, as a word of its own
MIN_WRAPPED_LINK_CHARS = 60  # a line this long ending "… looks like" is wrapped prose
MIN_PROSE_WORDS = 5  # … and so are this many words before a lower-case "link" word
LINK_LIST_COMMA = " , "  # inline links joined by a converter: no name holds one
LINK_BRACKETS = " []()"  # "[ antworten ]"
MERIDIEM_START = re.compile(r"^[AaPp]\.?[Mm]\.?(?!\w)")  # "AM | Reply": a wrapped time
# The name before a bare age ("Tom Berg (@tberg) 1 year", "J. R. Novak 1 year"): no
# clause punctuation but an initial's full stop, and no joining word at its end
# ("Duration: 2 to", "Approx. 2" are no names).
NAME_BEFORE_AGE = re.compile(
    r"^(?:[^:;,.!?]|(?<=\b\w)\.)+(?<!\bto)(?<!\bfor)(?<!\bin)$", re.IGNORECASE
)
PAREN_END = re.compile(r"\([^()]{1,40}\)$")  # "Lena (Pasta Nights)": a name may end with ")"
INITIAL = re.compile(r"(?:^|\s)(?:\w\.){1,3}$")  # "Morgan B.", "B.R.": a name may end with a stop
ATTRIBUTION_DASHES = ("—", "–", "―", "- ")  # "-kat" is a handle, "- Ann" signs


@lru_cache(maxsize=LINE_CACHE_SIZE)
def split_name_date(text: str) -> tuple[str, str] | None:
    """(author, date) of a head line that holds both, in either order, with at most
    action links after them; ``None`` for any other line.

    >>> split_name_date("AuntieBee On Friday, November 2 at 12:14 pm")
    ('AuntieBee', 'Friday, November 2 at 12:14 pm')
    >>> split_name_date("Bart | November 9, 2012 12:20 AM | Reply")
    ('Bart', 'November 9, 2012 12:20 AM')
    >>> split_name_date("Thu, 08/09/2012 - 14:32 | 2691789 QuietOtter")
    ('QuietOtter', 'Thu, 08/09/2012 - 14:32')
    >>> split_name_date("# Le 3 juillet à 16:55, par candide En réponse à : Un titre")
    ('candide', '3 juillet à 16:55')
    >>> split_name_date("Tom Berg (@tberg) 1 year")
    ('Tom Berg (@tberg)', '1 year')
    >>> split_name_date("We met on June 3, 2015 in the park.") is None
    True
    >>> split_name_date("June 3, 2015 · 5 min read") is None  # a post's reading time
    True
    >>> split_name_date("kat12 March 24, 2024 Reply")  # not "12 March 24" glued to "kat"
    ('kat12', 'March 24, 2024')
    >>> split_name_date("Ann Lee · 3y"), split_name_date("Like · Reply · 3y")
    (('Ann Lee', '3y'), None)
    """
    if len(text) > MAX_DATED_HEAD_CHARS or not may_hold_date(text):
        return None
    match = first_date(text)
    if match is None:
        age = AGE_AT_END.search(text)
        if age is not None:
            return _split_at(text, age, age.group(0).strip(), bare_age=True)
        timed = TIME_AFTER_MARK.search(text)  # "Ann  |  Posted at 12:45pm"
        if timed is not None:
            return _split_at(text, timed, timed.group("time"), True)
        day = MONTH_DAY_AFTER_MARK.search(text)  # "Ann Lee · Mar 3"
        if day is not None:
            return _split_at(text, day, day.group("date"), True)
        return _split_at_compact_age(text)
    split = _split_at(text, match, match.group(0).strip())
    if split is None and _glued_to_word(text, match.start()):
        # "kat12 March 24, 2024": a handle's digits read as the day ("12 March 24")
        digits = DIGITS.match(text, match.start())  # digits open it (_glued_to_word)
        later = DATE_IN_TEXT.search(text, match.start() if digits is None else digits.end())
        if later is not None:
            return _split_at(text, later, later.group(0).strip())
    return split


def _split_at_compact_age(text: str) -> tuple[str, str] | None:
    """(author, age) of a head that ends with a compact age after a mark ("Ann Lee ·
    3y"), as modern widgets date comments; ``None`` where links stand before the age
    ("Like · Reply · 3y" is a footer's row, "Listen · Share · 2d" a feed's)."""
    age = COMPACT_AGE_AT_END.search(text)
    if age is None or age.start() == 0 or ends_with_links(text[: age.start()].rstrip()):
        return None
    return _split_at(text, age, age.group("age"), True)


def _glued_to_word(text: str, start: int) -> bool:
    """Whether the date found at ``start`` opens with digits glued to a word before
    them ("Berger19. November", or a handle's own digits: "kat12 March 24")."""
    return start > 0 and text[start - 1].isalpha() and text[start].isdigit()


def _split_at(
    text: str, match: re.Match[str], date: str, bare_age: bool = False
) -> tuple[str, str] | None:
    """(author, date) of a head line around the date ``match`` found in it."""
    if " " not in date and not DIGIT.search(date):
        return None  # "hier", "heute", "today" alone: words of a sentence as often as dates
    before = _strip_joiners(text[: match.start()])
    after = _strip_joiners(text[match.end() :].removeprefix("."))  # "… um 21:55. Antworten"
    if is_count_heading(before or after):
        return None  # "June 9, 2020 · 6 Comments": a post's date and its comment count
    if DURATION.match(before or after):
        return None  # "March 2, 2015 · 5 min read": a post's reading time, no name
    if before:
        name, links = before, after
    else:  # the date first: the name after it, behind a comment number, "by" or a verb
        words = [w for w in after.split() if not w.isdigit()]
        if len(words) > 1 and words[0].casefold() in WORDS_BEFORE_NAME:
            # "March 2, 2012 by Ann", "Am 3. März 2015 um 16:12 schrieb Ann:" (the verb
            # second, as German, Dutch and Swedish order a sentence that opens with a date)
            words = words[1:]
        cut = next((k for k in range(len(words)) if LINK_LINE.match(" ".join(words[k:]))), None)
        name, links = " ".join(words[:cut]), " ".join(words[cut:]) if cut is not None else ""
        if words and LINK_LINE.match(words[0]):
            return None  # "Reply 0 Flag this comment" after a date: links, no name
        replying = REPLY_TO.search(name)
        if replying is not None and replying.start() > 0:  # "… par Ann En réponse à : Title"
            name = name[: replying.start()]
    links = links.strip(LINK_BRACKETS)
    if links and not LINK_LINE.match(links):
        return None
    name = _without_reply_to(name)  # "Kyle replied to comment from David": Kyle
    if not (_is_name(name) or _names_blog(name)) or text.startswith(ATTRIBUTION_DASHES):
        return None  # "— Ann (@ann) May 2, 2018" signs a quoted post, not a comment
    if is_time_line(name):
        return None  # "August 9, 2012 02:07 pm at 2:07 pm |": the time again, no name
    if LINK_LIST_COMMA in name:
        return None  # "16. Mai 2019 Ann Lee Technik , Software": a post's byline and tags
    if bare_age and not NAME_BEFORE_AGE.match(name):
        return None  # "Duration: 2 to 6 months": a bare age needs a plain name before it
    return clean_author(name), date


def _strip_joiners(text: str) -> str:
    """The text without the separators and joining words at its ends."""
    words = text.strip(NAME_DATE_JOINERS).split()
    while words and _ends_name(words):
        words.pop()  # "Ann said, on": Ann
    while words and _bare_word(words[0]) in NAME_DATE_WORDS:
        words.pop(0)
    return " ".join(words).strip(NAME_DATE_JOINERS)


def _ends_name(words: list[str]) -> bool:
    """Whether the last word joins a name to its date ("on", "said"); a verb only after
    a name ("Posted on" names nobody)."""
    last = _bare_word(words[-1])
    return last in NAME_DATE_WORDS or (last in NAME_VERBS and len(words) > 1)


def is_unfilled_date(text: str) -> bool:
    """A line that is only the word joining a name to its date ("at", "um", "le"): the
    date the page's script never printed.

    >>> is_unfilled_date("at"), is_unfilled_date("Ann")
    (True, False)
    """
    return " " not in text and _bare_word(text) in NAME_DATE_WORDS


def _bare_word(word: str) -> str:
    return word.strip(NAME_DATE_JOINERS).casefold()


def is_person_like(text: str) -> bool:
    """Whether a name reads as a person's or a handle: one token ("anti-jihad",
    "JacksonPearson") or up to three capitalised words ("Mary Sue"), with a name's
    particles between them ("Jan van der Berg"), not a title with small words
    ("Reopening the branch lines").

    >>> [is_person_like(t) for t in ("Mary Sue", "anti-jihad", "Reopening the branch lines")]
    [True, True, False]
    >>> is_person_like("Ana de los Ríos"), is_person_like("Guide to de la Vega")
    (True, False)
    """
    words = text.split()
    if len(words) == 1:
        return HANDLE.match(text) is not None
    inner = words[1:-1]
    particles = sum(word in NAME_PARTICLES for word in inner)
    return (
        len(words) - particles <= MAX_PERSON_WORDS
        and particles <= MAX_NAME_PARTICLES
        and all(w[:1].isupper() or w in NAME_PARTICLES for w in inner)  # "Reopening the"
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
    )


def is_speaker_name(text: str) -> bool:
    """Whether a commenter's name reads as a person's or a handle, as people type their
    names: :func:`is_person_like`, or the same words all in lower case ("mara okafor",
    "jan van der berg"), or either before the mark that adds their blog's name ("Mara @
    Notes From Home"). A sentence-case title ("Reopening the branch lines") still names
    nobody.

    >>> [is_speaker_name(t) for t in ("mara okafor", "Mara | Bakes and Bikes", "Mary Sue")]
    [True, True, True]
    >>> is_speaker_name("Reopening the branch lines")
    False
    """
    words = text.split()
    mark = _blog_mark(words)
    if mark is not None:
        words = words[:mark]
        text = " ".join(words)
    if is_person_like(text):
        return True
    if not text.islower():
        return False
    return is_person_like(" ".join(w if w in NAME_PARTICLES else w.capitalize() for w in words))


def is_name(text: str, strict: bool = True) -> bool:
    """Whether a head's author part can be a name: short, no link, no sentence, no chrome.
    Beside its date on one line a name may be longer and end with a stop (a blog's name,
    "Papa.Daddy.Dad.") unless ``strict``.

    >>> is_name("Morgan B."), is_name("Subscribe"), is_name("https://a.example/x")
    (True, False, False)
    >>> blog = "Mira @ Notes From the Shed"
    >>> is_name(blog), is_name(blog, strict=False)
    (False, True)
    """
    if strict:
        return _is_name(text)
    return (
        0 < len(text) <= MAX_HEAD_CHARS
        and not _has_path(text)
        and DATE_LABEL.match(text) is None
        and len(text.split()) <= MAX_LONG_NAME_WORDS
        and any(map(str.isalpha, text))
        and not is_chrome_in_comment(text)
    )


def _has_path(text: str) -> bool:
    """Whether a word of ``text`` is a web address or a path ("a.example/x", "/blog/",
    "https://…"): a "/" between two words ("Salt/Pepper", a blog's name) is none.

    >>> _has_path("see a.example/x"), _has_path("Ann @ Salt/Pepper")
    (True, False)
    """
    return "/" in text and any(
        "/" in word and (word[0] == "/" or word[-1] == "/" or "." in word or ":" in word)
        for word in text.split()
    )


def _is_name(text: str) -> bool:
    return (
        0 < len(text) <= MAX_HEAD_CHARS
        and DATE_LABEL.match(text) is None  # "Updated: May 2, 2020"
        and FILING_LABEL.match(text) is None  # "August 2nd, 2012 | Tags: henry jenkins"
        and not _has_path(text)  # a link ("https://…/page.html 20.05.2019"), not a name
        and len(text.split()) <= MAX_NAME_WORDS
        and (
            text[-1] not in SENTENCE_END
            or INITIAL.search(text) is not None
            or PAREN_END.search(text) is not None
        )
        and any(map(str.isalpha, text))
        and not is_chrome_in_comment(text)
    )


def _names_blog(name: str) -> bool:
    """Whether a name is a person's and their blog's ("Ann | A Kitchen In The
    Woods", "Ann @ Notes From the Shed"): beside its date it may be as long as a blog's.

    >>> _names_blog("Ann | A Kitchen In The Woods"), _names_blog("Ann Lee")
    (True, False)
    >>> _names_blog("Ann Lee, A Kitchen In The Woods"), _names_blog("Thanks, Great Post")
    (True, False)
    """
    return (_blog_mark(name.split()) is not None or _comma_blog(name)) and is_name(
        name, strict=False
    )


def _comma_blog(name: str) -> bool:
    """Whether a name is a person's full name, a comma and their blog's title in
    capitalised words ("Ann Lee, A Kitchen In The Woods")."""
    person, comma, title = name.partition(", ")
    words = title.split()
    return (
        bool(comma)
        and len(person.split()) > 1
        and is_person_like(person)
        and len(words) >= MIN_COMMA_BLOG_WORDS
        and all(w[:1].isupper() for w in words)
    )


def _blog_mark(words: list[str]) -> int | None:
    """Where the mark between a person's name and their blog's stands among ``words``
    ("Ann | Notes", "Ann Lee @ A Kitchen"), ``None`` without one."""
    mark = next((k for k, w in enumerate(words) if w in BLOG_NAME_MARKS), None)
    return mark if mark is not None and 0 < mark <= MAX_PERSON_WORDS else None


def parse_footer_head(text: str) -> Head | None:
    """The author/date of a head printed under the body ("Posted by: Ann | May 2, 2008").

    >>> parse_footer_head("Posted by: Verger | November 02, 2008 at 06:55 PM")
    Head(author='Verger', timestamp='November 02, 2008 at 06:55 PM', explicit=True, rest=None)
    """
    if len(text) > MAX_PATTERN_CHARS:
        return None
    match = FOOTER_HEAD.match(text)
    return Head(match.group("author"), match.group("date"), True) if match else None


def _author_and_date(text: str) -> tuple[str, str | None]:
    """Split "Ann on May 2, 2020 at 5 pm" into the author and the date."""
    separated = _head_separator(text)
    if separated:
        return _without_reply_to(separated.group("author")), separated.group("date")
    return _without_reply_to(text), None


def linking_title(text: str) -> tuple[str, str | None]:
    """(title, date) of a linking post shown as a comment head: without "says:" and the
    date ("Post title | Site says:", "Post title | Site October 23, 2012 at 1:23 pm").

    >>> linking_title("Winter Walks | bakerbythelake October 23, 2012 at 1:23 pm")
    ('Winter Walks | bakerbythelake', 'October 23, 2012 at 1:23 pm')
    >>> linking_title("A day at sea | J.R.Hollis says:")
    ('A day at sea | J.R.Hollis', None)
    >>> linking_title("Winter Walks – Tips by Ann July 1, 2020 Reply")
    ('Winter Walks – Tips by Ann', 'July 1, 2020')
    """
    title = without_links(SAYS_AT_END.sub("", text))  # "… July 1, 2020 Reply"
    date = None
    match = next((m for m in DATE_IN_TEXT.finditer(title) if not title[m.end() :].strip()), None)
    if match is not None and match.start() > 0:  # a date at the end, not "(18 October 2012)"
        title, date = title[: match.start()], match.group(0).strip()
    return _strip_joiners(title) or text, date


def replied_name(head: str) -> str | None:
    """The name a head line says its comment answers, ``None`` when it names none.

    >>> replied_name("Kyle replied to comment from David | November 9, 2012 1:46 PM | Reply")
    'David'
    >>> replied_name("Rosa Delgado ➦ northside_dave • 2 years ago"), replied_name("Ann says:")
    ('northside_dave', None)
    >>> replied_name("Bob replied to Ann Lee on May 3, 2021")
    'Ann Lee'
    """
    if not has_reply_to_cue(head):
        return None  # a cheap test before the search (most heads answer no one)
    inside = reply_inside_says(head)
    if inside is not None:
        return inside[1]
    match = REPLY_TO.search(head)
    if match is None:
        return None
    name = match.group("name")
    date = DATE_IN_TEXT.search(name)
    if date is not None:
        name = name[: date.start()]
    words = name.split(" | ")[0].strip(AUTHOR_TRAILERS + " ").split()
    while len(words) > 1 and words[-1].casefold() in NAME_DATE_WORDS:
        words.pop()  # "Bob replied to Ann on May 3, 2021": Ann
    name = " ".join(words)
    return name if _is_name(name) else None


def reply_inside_says(text: str) -> tuple[str, str] | None:
    """A "says" head whose verb and closing mark hold the name its comment answers
    ("Ann said in reply to Bob..."): the head as it reads without that clause, and the
    name answered; ``None`` for any other line.

    >>> reply_inside_says("Ann Lee said in reply to Bob Stone...")
    ('Ann Lee said...', 'Bob Stone')
    >>> reply_inside_says("Kyle replied to comment from David...") is None  # no verb left
    True
    >>> reply_inside_says("Ann said in reply to Bob:") is None  # as prose reports it
    True
    >>> long = "He said in reply to questions from the committee on the plan..."
    >>> reply_inside_says(long) is None  # no name answered
    True
    """
    if not has_reply_to_cue(text):
        return None  # a cheap test before the search
    match = REPLY_TO.search(text)
    if match is None:
        return None
    answered = match.group("name").rstrip()
    end = next((e for e in ELLIPSES if answered.endswith(e)), None)
    if end is None:
        return None
    answered = answered[: -len(end)].rstrip()
    head = text[: match.start()] + end
    if not _is_name(answered) or SAYS_SUFFIX.match(head) is None:
        return None
    return head, answered


def clean_author(text: str) -> str:
    """An author name without the replied-to name and trailing separators.

    >>> clean_author("Rosa Delgado ➦ northside_dave •")
    'Rosa Delgado'
    """
    return _without_reply_to(text).rstrip(AUTHOR_TRAILERS) or text


def _without_reply_to(author: str) -> str:
    """The name alone: no replied-to name, role badge, bullet glyph or "Posted by"
    before it.

    >>> _without_reply_to("Posted by Priya Natarajan Author ➦ skywatcher_ron")
    'Priya Natarajan'
    >>> _without_reply_to("● Anhora"), _without_reply_to("tom_b · 5 points")
    ('Anhora', 'tom_b')
    """
    name = REPLY_TO.sub("", author).strip() or author.strip()
    name = AUTHOR_BULLET.sub("", name, count=1)
    name = AUTHOR_PREFIX.sub("", name, count=1) or name
    name = AUTHOR_SCORE.sub("", name, count=1).rstrip(AUTHOR_TRAILERS) or name
    while (unbadged := AUTHOR_BADGE.sub("", name, count=1).rstrip(AUTHOR_TRAILERS)) and (
        unbadged != name
    ):
        name = unbadged  # "Ann Mod Verified": every badge goes, the name stays
    return name


@lru_cache(maxsize=LINE_CACHE_SIZE)
def dated_links(text: str) -> str | None:
    """The date of a footer line such as "March 5, 2011 at 3:42 PM [icon] Delete".

    >>> dated_links("March 5, 2011 at 3:42 PM [icon_delet] Delete")
    'March 5, 2011 at 3:42 PM'
    >>> dated_links("Delete this") is None
    True

    The links may come first, as the Facebook plugin prints its footers:

    >>> dated_links("Like · Reply · March 3 at 4:12pm"), dated_links("5 points · 3 years ago")
    ('March 3 at 4:12pm', '3 years ago')

    or the comment's number, glued to its "Reply" link as w3m prints them, or the
    "Reply" link alone, as TypePad prints it beside the date:

    >>> dated_links("Reply#3 - Tue Jul 24, 2012 10:45 AM EDT")
    'Tue Jul 24, 2012 10:45 AM EDT'
    >>> dated_links("Reply March 03, 2015 at 04:12 PM")
    'March 03, 2015 at 04:12 PM'

    Older themes put the links in brackets:

    >>> dated_links("March 3, 2015 at 4:12 pm (Edit)")
    'March 3, 2015 at 4:12 pm'
    """
    if len(text) > MAX_PATTERN_CHARS:
        return None
    text = COMMENT_NUMBER.sub("", text, count=1)
    words = IMAGE_TOKEN.sub(" ", text.rstrip(LINK_TAIL_MARKS)).replace("•", " • ").split()
    for cut in range(len(words), 0, -1):
        tail = _link_row(words[cut:])
        if tail and not LINK_LINE.match(tail):
            continue  # cheaper than asking whether the words before it are a date
        head = " ".join(words[:cut])
        if is_date(head):
            return head
    return _reply_then_dated(words) or _links_then_date(words)


def _link_row(words: list[str]) -> str:
    """Words read as a row of links: one in brackets as the word ("(Edit)", as older
    themes print their links after a comment's date)."""
    return " ".join(word[1:-1] if word[:1] == "(" and word[-1:] == ")" else word for word in words)


def _reply_then_dated(words: list[str]) -> str | None:
    """The date after a lone "Reply" link and no separator, as TypePad's footer prints
    them ("Reply March 03, 2015 at 04:12 PM"): only a date with its year, which an
    imperative sentence does not follow ("Reply March 3 at 4pm")."""
    date = " ".join(words[1:])
    if words and words[0].casefold() in REPLY_LINK_WORDS and YEAR.search(date) and is_date(date):
        return date
    return None


def _links_then_date(words: list[str]) -> str | None:
    """The date after a row of links and its separator ("Like · Reply · March 3 at
    4:12pm", "5 points · 3 years ago"), ``None`` where the words before it are no links.
    The date holds a digit: "Subscribe Today" is a button."""
    for cut in range(2, len(words)):
        if words[cut - 1] not in ROW_SEPARATORS:
            continue
        date = " ".join(words[cut:])
        links = " ".join(words[: cut - 1])  # without the separator: "5 points", "Like · Reply"
        if any(map(str.isdigit, date)) and LINK_LINE.match(links) and is_date(date):
            return date
    return None


@lru_cache(maxsize=LINE_CACHE_SIZE)
def ends_with_links(text: str) -> bool:
    """Whether a line ends with action links after some other text ("… | Reply").

    >>> ends_with_links("Bart | November 9, 2012 12:20 AM | Reply"), ends_with_links("Reply")
    (True, False)
    >>> ends_with_links("runlevel 3 plus a graphical login."), ends_with_links("Ann Lee Reply")
    (False, True)
    """
    words = text[-MAX_LINK_TAIL_CHARS:].rstrip(LINK_TAIL_MARKS).split()
    return any(
        LINK_LINE.match(" ".join(words[cut:])) is not None
        and not _wrapped_on_word(text, words, cut)
        for cut in range(max(1, len(words) - MAX_LINK_TAIL_WORDS), len(words))
    )


def _wrapped_on_word(text: str, words: list[str], cut: int) -> bool:
    """Whether a long line, or a run of words, runs on into a lower-case "link" word
    with nothing between: running text ("… social networks like", "plus a graphical
    login."), not a row of links ("… 12:20 AM | Reply", "Ann Lee Reply")."""
    before, tail = words[cut - 1], words[cut]
    running = len(text) >= MIN_WRAPPED_LINK_CHARS or cut >= MIN_PROSE_WORDS
    return running and tail[:1].islower() and before[-1:].isalpha()


@lru_cache(maxsize=LINE_CACHE_SIZE)
def without_links(text: str) -> str:
    """A head's text without the action links at its end ("bqrq permalink": bqrq).

    >>> without_links("bqrq permalink"), without_links("Reply")
    ('bqrq', 'Reply')
    """
    words = text.split()
    for cut in range(1, len(words)):
        if LINK_LINE.match(" ".join(words[cut:])):
            return " ".join(words[:cut])
    return text


def footer_parts(text: str) -> tuple[str, str] | None:
    """(who, date) of a footer line whatever the name's shape: a linking post's title
    may stand where a name does ("by Big in 2011: Curation on January 18, 2011 at
    4:29 am. Reply #"). The date is the last one, with only links after it.

    >>> footer_parts("by Big in 2011: Curation on January 18, 2011 at 4:29 am. Reply #")
    ('Big in 2011: Curation', 'January 18, 2011 at 4:29 am.')
    """
    text = without_links(text.rstrip(LINK_TAIL_MARKS))
    match = next(
        (m for m in reversed(list(DATE_IN_TEXT.finditer(text))) if not text[m.end() :].strip(" .")),
        None,
    )
    if match is None:
        return None
    words = _strip_joiners(text[: match.start()]).split()
    if words and words[0].casefold() in BY_WORDS:
        words = words[1:]
    return (" ".join(words), match.group(0).strip()) if words else None


def split_dated_prefix(text: str) -> tuple[str, str] | None:
    """(date, head) of a line where one comment's date and links run into the next head.

    Converters that ignore block boundaries (inscriptis on Blogger) print the footer of
    one comment and the "X said..." of the next on one line.

    >>> split_dated_prefix("13 de octubre de 2019, 9:41 Eliminar Ana dijo...")
    ('13 de octubre de 2019, 9:41', 'Ana dijo...')
    >>> split_dated_prefix("Ana dijo...") is None
    True
    """
    head = parse_head(text)
    if head is None or head.author is None or not any(map(str.isdigit, head.author)):
        return None
    words = text.split()
    for cut in range(len(words) - 2, 0, -1):
        links = cut
        while links < len(words) and LINK_LINE.match(words[links]):
            links += 1
        if links == cut or links == len(words):
            continue  # a date must be followed by at least one link word and a head
        rest = " ".join(words[links:])
        if is_date(" ".join(words[:cut])) and parse_head(rest) is not None:
            return " ".join(words[:cut]), rest
    return None


@lru_cache(maxsize=LINE_CACHE_SIZE)
def is_chrome_text(text: str) -> bool:
    """:func:`is_chrome_in_comment` after :func:`strip_images`, remembered per line text.

    >>> is_chrome_text("[icon] Reply"), is_chrome_text("[avatar] Ann")
    (True, False)
    """
    return is_chrome_in_comment(strip_images(text))


@lru_cache(maxsize=LINE_CACHE_SIZE)
def is_action_line(text: str) -> bool:
    """A row of action links under a comment ("Reply", "Like · Reply", "Log in to Reply").

    >>> is_action_line("[icon] Reply"), is_action_line("[avatar]"), is_action_line("Reply to Ann")
    (True, False, True)
    """
    text = strip_images(text)
    return len(text) <= MAX_PATTERN_CHARS and ACTION_LINES.match(text) is not None


@lru_cache(maxsize=LINE_CACHE_SIZE)
def is_chrome_in_comment(text: str) -> bool:
    """True for reply/like/report links, avatar alt text and form fields.

    >>> is_chrome_in_comment("Reply"), is_chrome_in_comment("Log in to Reply")
    (True, True)
    >>> is_chrome_in_comment("Reply to the critics, please.")
    False
    """
    if len(text) > MAX_PATTERN_CHARS:
        return False
    if IN_COMMENT_CHROME.match(text):
        return True
    return not is_sentence_fragment(text) and FORM_CHROME.match(text) is not None


def opens_quotation(text: str) -> bool:
    """Whether a line opens with a quotation mark ("“We welcome …", "„Das ist …", "« Il
    faut … »").

    >>> opens_quotation("“We welcome the decision.”"), opens_quotation("We welcome it.")
    (True, False)
    """
    return text[:1] in QUOTE_MARKS


def closes_quotation(text: str) -> bool:
    """Whether a line ends with a quotation mark, perhaps before a stop ("… steps.”",
    "… steps”.").

    >>> closes_quotation("… the next steps.”"), closes_quotation("“Yes,” she said.")
    (True, False)
    """
    return text.rstrip(QUOTE_TAIL)[-1:] in QUOTE_MARKS


def is_sentence_fragment(text: str) -> bool:
    """A piece of a wrapped sentence ("your comment.", "your comment is how you rose
    above your …"): no heading, form label or section, whatever its words.

    >>> is_sentence_fragment("your comment."), is_sentence_fragment("Your comment")
    (True, False)
    """
    return text[:1].islower() and (
        text[-1:] in SENTENCE_END_CHARS or text.count(" ") >= MIN_FRAGMENT_SPACES
    )


# --- headings that announce the comments -----------------------------------------------


def parse_count_heading(text: str) -> tuple[int, str | None] | None:
    """(count, title) of a heading like "6 thoughts on “Title”", else ``None``.

    >>> parse_count_heading("6 thoughts on “Whither US Policy on Mali? [Updated]")
    (6, 'Whither US Policy on Mali? [Updated]')
    >>> parse_count_heading("Comments (3)"), parse_count_heading("Recent Comments")
    ((3, None), None)
    """
    match = COUNT_HEADING.match(text)
    if match is None:
        return None
    bracketed = next(
        (
            match.group(g)
            for g in ("count2", "count3", "count4", "count5", "count6")
            if match.group(g)
        ),
        None,
    )
    if bracketed:
        return int(bracketed), None
    word = match.group("count").lower()
    count = int(word) if word.isdigit() else NUMBER_WORDS[word]
    rest = COUNT_HEADING_REST.match(match.group("rest"))
    if rest is None:
        return None
    title = rest.group("title") or match.group("title_first")  # "“Ekmek” için 3 yorum"
    if title is None and SHARE_ROW_WORD.search(match.group("rest")):
        return None  # "17 Kommentare E-Mail Facebook Twitter": a row of share buttons
    return count, (title.strip().strip(TITLE_QUOTES).strip() or None) if title else None


@lru_cache(maxsize=LINE_CACHE_SIZE)
def parse_count_heading_cached(text: str) -> tuple[int, str | None] | None:
    """:func:`parse_count_heading`, remembered per line text.

    >>> parse_count_heading_cached("3 Responses to “A post”")
    (3, 'A post')
    """
    return parse_count_heading(text)


def is_count_heading(text: str) -> bool:
    """A heading that announces comments (or the links from other posts): "6 thoughts
    on …", "Comments (3)", "Kommentare", "Pingbacks".

    >>> is_count_heading("1 Kommentar"), is_count_heading("Kommentare"), is_count_heading("Ann")
    (True, True, False)
    """
    return (
        len(text) <= MAX_PATTERN_CHARS
        and ANY_COUNT_HEADING.match(text) is not None  # one call for most lines, which fail
        and (
            parse_count_heading_cached(text) is not None
            or BARE_COMMENTS_HEADING.match(text) is not None
            or PINGBACK_HEADING.match(text) is not None
        )
    )


def stated_number(text: str) -> int | None:
    """The number a short line states, in words the vocabulary may lack ("106
    коментари", "Yorumlar (7)"): its first number that is no part of a date, a time
    or a decimal; ``None`` for a longer line or one without such a number.

    >>> stated_number("7 коментари"), stated_number("12 May 2012"), stated_number("Ann")
    (7, None, None)
    """
    if len(text.split()) > MAX_COUNT_LINE_WORDS or first_date(text) is not None:
        return None
    number = COUNT_NUMBER.search(text)
    return None if number is None else int(number.group(0))


@lru_cache(maxsize=LINE_CACHE_SIZE)
def is_form_field(text: str) -> bool:
    """A line of a comment form: an input box drawn by the converter, or a field label.

    >>> is_form_field("E-Mail-Adresse * [                    ]"), is_form_field("Name *")
    (True, True)
    >>> is_form_field("Thanks for the recipe")
    False
    """
    return len(text) <= MAX_PATTERN_CHARS and (
        INPUT_BOX.search(text) is not None or FORM_LINE.match(text) is not None
    )
