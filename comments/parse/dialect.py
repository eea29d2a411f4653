"""A page's own comment-system words, learned from the shape of its records.

The vocabulary (:mod:`.vocab`) knows the "Reply" links and "says:" verbs of the
languages it lists; a page in another language ("Одговори", "вели:", "Cavabla")
still prints them the way every comment system does: the same word at the same place
of every record. This module finds such words by that repetition alone, whatever they
say:

- a **link line**: one word alone on a line (or the one unknown word of a row of links
  the vocabulary knows: "| permalink | Одговори"), three or more times, most times
  closing a dated record: its body (or the footer date under it) above, the next
  record's head over its body below (or its footer head right above it), one record's
  dates between each and the one before, and the heads a conversation's (different
  people, stamped to the minute or with their age: an events list's "Tickets" teaches
  nothing);
- a **link tail**: the same word after the name and date of three or more such head lines,
  on most of the head lines that end with an unknown word ("Ann | 2 мај 2012 во 09:15 |
  Одговори");
- a **says verb**: the same last word, with a colon, on short lines whose other words
  are three or more different names, each with its date ("Ann Lee вели:" over "2
  мај 2012 во 09:15", a footer's date under the body, or the head's own: "Ann on 2 мај
  2012 во 09:15 рече:");
- a **month word**: a capitalised word between a day and a year on lines that hold only
  that date ("12 Noyabr 2012"), three or more such lines each next to a different
  person's name over a record's text: read in lower case, as months without a time are
  read in any language ("12 ноември 2012"; a capitalised "5 Tips 2012" alone is as often
  a list's title);
- a **reply-to line**: on a page that taught any of those, the same one to three words
  before the name of someone who heads a record of the page, in a head (under its name
  or its date), three or more times, naming two people or more ("Chuck Patterson" /
  "Одговор за  TMS" / "6 months ago": read as "Reply to  TMS", the comment answers TMS's);
- a **count line**: on a page that taught any of those, the short line with a number right
  above the first record ("106 коментари").

Words the vocabulary knows in any role are never learned as others.

:func:`learn_dialect` returns a :class:`Dialect` that rewrites those lines in the
vocabulary's own words ("Reply", "says:", "106 Comments"), so that the stages read them
as they read a known language, and that puts the page's own words back into the parsed
page: what the reader sees is never changed.

>>> from comments.parse.lines import classify_lines
>>> page = ["Post", ""] + [line for name in ("Ann Lee", "Bob Stone", "Cleo Park") for line in
...     (f"{name} вели:", "2 мај 2012 во 09:15", "Great post.", "Одговори")]
>>> dialect = learn_dialect(page, classify_lines(page))
>>> dialect.translated(page)[2:6]
['Ann Lee says:', '2 мај 2012 во 09:15', 'Great post.', 'Reply']
>>> dialect.original("Reply"), dialect.original("Great post.")
('Одговори', 'Great post.')
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import partial

from ..model import Comment, Page
from .heads import (
    has_relative_cue,
    is_name,
    is_speaker_name,
    parse_footer_head,
    split_name_date,
    stated_number,
    strip_images,
)
from .lines import LINE_TEXT, Line
from .patterns import CAPITALISED_DAY_LINE, LINK_LINE, READ_MORE_LINK, TIME_OF_DAY
from .records import (
    CHROME,
    DATE,
    EXPLICIT,
    FOOTER,
    HEAD_VERB_ENDS,
    IMAGE,
    NAME,
    TEXT,
    head_parts,
    line_role,
)
from .vocab import LANGUAGES

__all__ = ["Dialect", "learn_dialect"]

REPLY_WORD = "Reply"  # what a learned link word is read as
SAYS_WORD = "says:"  # what a learned "says" verb is read as
REPLY_TO_WORDS = "Reply to"  # what a learned reply-to line's words are read as
MAX_REPLY_TO_WORDS = 3  # "Одговор за", "Cavab olaraq": the words before the name
MAX_REPLY_TO_NAME_WORDS = 6  # … and the name after them
MIN_REPLY_TO_NAMES = 2  # people a page's reply-to lines name: no one label
MIN_REPEATS = 3  # a comment system prints its words on every record: three or more
MIN_SHARE = 2 / 3  # of the occurrences that must have a record's shape around them
MAX_LINK_LINE_CHARS = 26  # a word of up to 20 letters, brackets, an arrow
MAX_LINK_ROW_CHARS = 60  # a few links on one line: "| permalink | Одговори"
MAX_ROW_WORDS = 6  # "Одговори 0 Flag this comment"
# Links in a row stand between separators or beside a count ("| permalink | Одговори",
# "Одговори 0 Flag this comment"); words between spaces alone are a sentence's as often.
MIXED_ROW = re.compile(r"[|·•]|\s\d{1,5}\s")
WORD = re.compile(r"[^\W\d_]{2,20}")
MAX_HEAD_LINE_CHARS = 200  # a head line: a name, its date and links
# Undated "says" heads (a page that left its dates out): as many different people's names
# as a thread of five comments, each over its text, teach the verb.
MIN_UNDATED_SPEAKERS = 5
MIN_TIMED_SPEAKERS = 2  # heads stamped to the minute: two people teach their verb
MAX_UNDATED_BODY_REACH = 2  # lines from an undated head to its body: perhaps a date's "at"
MAX_SAYS_DATE_REACH = 6  # lines from a "says" head to its footer date, past a short body
MAX_AUXILIARY_CHARS = 3  # a two-word verb's first word after a head's date: "a spus:"
MAX_SAYS_LINE_WORDS = 14  # "Jan van der Berg on 2 мај 2012 во 09:15 вели:": a name, its date
# One word of letters in any script, perhaps in brackets or beside an arrow ("[Одговори]",
# "Cavabla →"): the text of a link.
LINK_SHAPE = re.compile(r"[\[(]?(?P<word>[^\W\d_]{2,20})[\])]?(?:\s*[←→↓↩↪⤶⤷])?")
# The last word of a line after a separator or a full stop ("… 12:13 AM | Одговори",
# "… at 8:03 am. Одговори #"): where a head line's links stand.
TAIL = re.compile(r"(?:\s[|·•]\s*|[.,]\s+)(?P<word>[^\W\d_]{2,20})[\s#¶]*$")
TAIL_MARKS = " #¶"
DIGIT = re.compile(r"\d")
MAX_TAIL_CHARS = 26  # a separator, a word of up to 20 letters, marks
# A head's verb ends with a colon ("Ann вели:", "Ann napísal :") or, as Blogger prints
# "said..." in every language, an ellipsis ("Ann hat gesagt…", "Ann írta...";
# HEAD_VERB_ENDS). A title cut short ends so too: an ellipsis's verb teaches only where
# the heads' dates stand under their texts, as Blogger prints them (a list's dates stand
# under its titles).
# A short line whose last word ends so, perhaps with a gender's ending in brackets
# ("Ann řekl(a)...", "Ann napsał(a):"): a head's verb.
SAYS_SHAPE = re.compile(
    r"(?P<name>\S.{0,80}?)\s+(?P<verb>[^\W\d_]{2,20}(?:\([^\W\d_]{1,3}\))?(?:\s?:|…|\.\.\.))"
)
DATED_HEADS = frozenset({EXPLICIT, DATE, FOOTER})  # the roles of a line with a record's date
BODY_ROLES = frozenset({TEXT, NAME})  # a body's last line: text, or a short reply
MAX_RECORD_DATES = 2  # a head's date, and a footer's under the body
MAX_MARKS_OVER_HEAD = 2  # a thread's number and an avatar between a "Reply" and the next head
MAX_LINKS_ABOVE = 3  # vote counts, known links between a body and its reply link
# Every word the vocabulary knows, in any role and language: a word it knows is read as
# it says ("Mehr" is no reply link), never learned as another.
KNOWN_WORDS = frozenset(
    phrase.casefold()
    for language in LANGUAGES.values()
    for role in language.values()
    for phrase in role
)
BLANK = " "
SAYS, LINK, TAIL_LINK, MONTH = "says", "link", "tail", "month"  # what a line may teach
LINE_CACHE_SIZE = 8192  # distinct lines remembered across pages, as the other stages do


@dataclass(frozen=True)
class Dialect:
    """The lines of one page rewritten in the vocabulary's words (``rewritten``: each
    original line -> its rewritten line) and the way back (``shown``: each rewritten
    line as the parse shows it, with and without its list marker -> the page's own).
    False when there are none.
    """

    rewritten: dict[str, str] = field(default_factory=dict)
    shown: dict[str, str] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.rewritten)

    def translated(self, lines: Sequence[str]) -> list[str]:
        """The lines with the learned words in the vocabulary's words."""
        return [self.rewritten.get(line, line) for line in lines]

    def original(self, text: str) -> str:
        """The page's own text of a rewritten line as the parse shows it; any other text
        as it is."""
        return self.shown.get(text, text)

    def restored(self, page: Page) -> Page:
        """``page`` with the page's own words back in every line of text it holds."""
        if not self:
            return page
        return replace(
            page,
            title=None if page.title is None else self._lines_back(page.title),
            paragraphs=[self._lines_back(p) for p in page.paragraphs],
            comments=[self._comment_back(c) for c in page.comments],
            boilerplate=[self._lines_back(b) for b in page.boilerplate],
            published=None if page.published is None else self.original(page.published),
        )

    def _lines_back(self, text: str) -> str:
        return "\n".join(self.original(line) for line in text.split("\n"))

    def _comment_back(self, comment: Comment) -> Comment:
        stamp = comment.timestamp  # a learned month's date line is a whole timestamp
        return replace(
            comment,
            text=self._lines_back(comment.text),
            timestamp=None if stamp is None else self.original(stamp),
        )


def learn_dialect(clean: Sequence[str], lines: Sequence[Line]) -> Dialect:
    """Learn the page's own link words and "says" verbs from its cleaned lines
    (``clean``) and their line models (``lines``); an empty :class:`Dialect` where the
    page needs none (most pages: the candidates are counted first, cheaply)."""
    texts = page = list(map(LINE_TEXT, lines))
    counts = Counter(texts)
    links, verbs, tails, months = _candidates(counts)
    if not (links or verbs or tails or months):
        return Dialect()
    role = Roles(texts)
    edits: list[Callable[[str], str | None]] = []
    if months and _dates_conversation(texts, role, months):  # first: the heads' dates
        edits.append(partial(_as_lower_month, words=frozenset(months)))
        texts = [_edited(t, edits) or t for t in texts]
        role = Roles(texts)
    edits += [
        partial(_as_says, verb=verb, lead=_verb_lead(names))
        for verb in verbs
        if (names := _says_heads(texts, role, verb))
    ]
    edits += [partial(_as_reply_tail, word=word) for word in tails]
    edits += [partial(_as_reply_to, words=words) for words in _reply_to_words(texts, role)]
    if edits and links:  # the heads as read in the vocabulary's words close the records
        texts = [_edited(t, edits) or t for t in texts]
        role = Roles(texts)
    for text, places in _places(texts, links).items():
        if _closes_records(places, texts, role):
            edits.append(partial(_as_reply, link=text))
    if not edits:
        return Dialect()
    # the page as printed: every line the edits rewrite is learned ("Ann deyib ki..." over
    # a text whose record closes with its date and the learned link)
    count = _count_line([_edited(t, edits) for t in page], page)
    if count is not None:
        edits.append(partial(_as_count, line=count[0], count=count[1]))
    return _rewritten(clean, lines, edits)


def _count_line(learned: Sequence[str | None], texts: Sequence[str]) -> tuple[str, str] | None:
    """(line, count) of the line that announces the comments in the page's words ("106
    коментари"): the short line with a number right above the first record's head.
    ``learned`` holds each line as read in the vocabulary's words, ``None`` where the
    page taught nothing (a known heading needs no learning)."""
    first = next((i for i, new in enumerate(learned) if new is not None), None)
    if first is None:
        return None
    texts = [text if new is None else new for text, new in zip(texts, learned, strict=True)]
    role = Roles(texts)
    if role[first] == CHROME:  # a record's link: its head stands above its body
        first = next((k for k in range(first - 1, -1, -1) if role[k] in DATED_HEADS), first)
        while first > 0 and role[first - 1] in DATED_HEADS:
            first -= 1  # "Ann" over her date: the head starts at the name
    k, above = _neighbour(role, first, -1)
    for _ in range(MAX_MARKS_OVER_HEAD):  # an avatar, the first thread's number ("1")
        if above != IMAGE:
            break
        k, above = _neighbour(role, k, -1)
    number = stated_number(texts[k]) if above in BODY_ROLES else None
    return None if number is None else (texts[k], str(number))


def _as_count(text: str, line: str, count: str) -> str | None:
    return f"{count} Comments" if text == line else None


def _places(texts: Sequence[str], wanted: Iterable[str]) -> dict[str, list[int]]:
    """The indices of the lines of each wanted text, in one pass over the page."""
    places: dict[str, list[int]] = {text: [] for text in wanted}
    for i, text in enumerate(texts):
        if text in places:
            places[text].append(i)
    return places


def _edited(text: str, edits: Sequence[Callable[[str], str | None]]) -> str | None:
    """The text as the first edit that applies rewrites it (``None``: none applies)."""
    return next((new for edit in edits if (new := edit(text)) is not None), None)


class Roles:
    """The role of each line (:func:`.records.line_role`), read from its text only when
    asked: the tests look at the lines around a few candidates, not at the whole page."""

    def __init__(self, texts: Sequence[str]) -> None:
        self._texts = texts
        self._known: dict[int, str] = {}

    def __len__(self) -> int:
        return len(self._texts)

    def __getitem__(self, i: int) -> str:
        role = self._known.get(i)
        if role is None:
            text = self._texts[i]
            role = self._known[i] = line_role(text) if text else BLANK
        return role


def _rewritten(
    clean: Sequence[str], lines: Sequence[Line], edits: Sequence[Callable[[str], str | None]]
) -> Dialect:
    """The dialect of the lines the ``edits`` rewrite (each edit takes a line's text,
    returns its new text or ``None``), unless the new text stands on the page already
    (the way back would be ambiguous)."""
    present = {line.text for line in lines}
    rewritten: dict[str, str] = {}
    shown: dict[str, str] = {}
    for raw, line in zip(clean, lines, strict=True):
        new = _edited(line.text, edits)
        if new is None or new in present:
            continue
        kept = raw.rstrip()  # indentation and list marker, then the line's text
        rewritten[raw] = kept[: len(kept) - len(line.text)] + new
        shown[new] = line.text
        if line.marker:
            shown[f"{line.marker} {new}"] = line.display
    return Dialect(rewritten, shown)


def _candidates(
    counts: Counter[str],
) -> tuple[list[str], dict[str, list[str]], list[str], dict[str, list[str]]]:
    """What the page may have learned words in (every page pays for this, so each
    distinct line is read by :func:`_learnable` in C-level loops, remembered): the link
    lines, the "says" verbs with their lines, the link tails (:func:`_link_tails`), and
    the month words with their date lines (three or more lines in all)."""
    links: list[str] = []
    says: dict[str, list[str]] = defaultdict(list)
    tails: dict[str, list[str]] = defaultdict(list)
    months: dict[str, list[str]] = defaultdict(list)
    if len(_LEARNABLE) > LINE_CACHE_SIZE:
        _LEARNABLE.clear()  # a new generation: cheaper than an LRU's bookkeeping per line
    for text in [t for t in counts if t not in _LEARNABLE]:  # C-level tests of known lines
        _LEARNABLE[text] = _learnable(text)
    for kind, word, text in filter(None, map(_LEARNABLE.__getitem__, counts)):
        if kind == SAYS:
            says[word].append(text)
        elif kind == LINK:
            if counts[text] >= MIN_REPEATS:
                links.append(text)
        elif kind == MONTH:
            months[word].append(text)
        else:
            tails[word] += [text] * counts[text]
    verbs = {verb: found for verb, found in says.items() if len(found) >= MIN_TIMED_SPEAKERS}
    dated = sum(counts[t] for found in months.values() for t in found)
    return links, verbs, _link_tails(tails), months if dated >= MIN_REPEATS else {}


class _LearnableMemo(dict[str, "tuple[str, str, str] | None"]):
    """:func:`_learnable` by line text, across pages; emptied whole when full."""

    cache_clear = dict.clear  # the name functools' caches give it: one way to empty them all


_LEARNABLE = _LearnableMemo()


def _learnable(text: str) -> tuple[str, str, str] | None:
    """(kind, word, text) of a line that may teach a word: a "says" verb ending it, a
    link's word alone on it, or a link's word after its date; ``None`` for most lines."""
    last = text[-1:]
    if text.endswith(HEAD_VERB_ENDS):
        verb = _says_verb(text)
        return None if verb is None else (SAYS, verb, text)
    if _is_link_candidate(text):
        return LINK, text, text
    if last.isdigit():
        month = _month_word(text)
        return None if month is None else (MONTH, month, text)
    word = _tail_word(text)
    return None if word is None else (TAIL_LINK, word, text)


def _is_link_candidate(text: str) -> bool:
    """A line of one word the vocabulary does not know, or a row of links with one."""
    return _link_word(text) is not None


def _link_word(text: str) -> str | None:
    """The word of a line that may be a link the vocabulary does not know: the line's one
    word ("Одговори", "[Odpovedať]"), or the one unknown word of a row whose other links
    the vocabulary knows ("| permalink | Одговори", "Одговори 0 Flag this comment": read
    as "Reply", the row is a link row)."""
    if len(text) <= MAX_LINK_LINE_CHARS and (shape := LINK_SHAPE.fullmatch(text)) is not None:
        return None if _is_known_word(shape["word"]) else shape["word"]
    if len(text) > MAX_LINK_ROW_CHARS or not MIXED_ROW.search(text):
        return None
    words = WORD.findall(text)
    if len(words) > MAX_ROW_WORDS:
        return None
    fits = {
        word
        for word in words
        if not _is_known_word(word) and LINK_LINE.match(text.replace(word, REPLY_WORD, 1))
    }
    return fits.pop() if len(fits) == 1 else None


# --- link lines ----------------------------------------------------------------------


def _closes_records(places: Sequence[int], texts: Sequence[str], role: Roles) -> bool:
    """Whether most of the lines at ``places`` close one dated record each: its body (or
    footer date) above, the next record's head over its body below (but under the
    last), one record's dates between each and the one before (a commenter's name,
    however often it stands, stands over some records only), and below them the heads
    of a conversation (:func:`_is_conversation`)."""
    needed = max(MIN_REPEATS, MIN_SHARE * len(places))
    closing = missed = 0
    heads: list[tuple[str, str]] = []
    for n, i in enumerate(places):
        last = n == len(places) - 1
        below = _footer_above(texts, role, i) or (
            None if last else _next_record_head(texts, role, i)
        )
        if (  # the tests that read the fewest lines first
            _closes_body(role, i)
            and (last or below is not None)
            and 1 <= _dated_heads(role, places[n - 1] + 1 if n else 0, i) <= MAX_RECORD_DATES
        ):
            closing += 1
            heads += [below] if below is not None else []
        else:
            missed += 1
            if missed > len(places) - needed:
                return False
    return closing >= needed and _is_conversation(heads)


def _is_conversation(heads: Sequence[tuple[str, str]]) -> bool:
    """Whether the (name, date) heads are a conversation's: different people, half of
    them or more with a name that reads as a person's (as the stages count
    speakers: "Jeff Clark", also typed "jeff clark"), most stamped to the minute or with
    their age, as comment systems stamp comments (an events list's "Film night" and its
    day, a feed's one account, posts dated to the day are no conversation)."""
    names = {name.casefold() for name, _ in heads}
    people = sum(is_speaker_name(name) for name, _ in heads)
    stamped = sum(_stamped(date) for _, date in heads)
    return len(names) > 1 and 2 * people >= len(heads) and stamped >= MIN_SHARE * len(heads)


def _stamped(date: str) -> bool:
    """A date to the minute, or an age ("3 days ago"): a comment's stamp."""
    return TIME_OF_DAY.search(date) is not None or has_relative_cue(date)


def _footer_above(texts: Sequence[str], role: Roles, i: int) -> tuple[str, str] | None:
    """(name, date) of the footer right above line ``i`` ("Posted by Ann on 2 мај 2012
    во 09:15" over "| permalink | Одговори"): the head of the record the line closes."""
    k, above = _neighbour(role, i, -1)
    if above != FOOTER:
        return None
    footer = parse_footer_head(texts[k])
    if footer is None or footer.author is None or footer.timestamp is None:
        return None
    return footer.author, footer.timestamp


def _closes_body(role: Roles, i: int) -> bool:
    """Whether line ``i`` stands under a record's body, or under the footer date that
    closes it, with at most a vote count or known links between ("1" / "Одговори")."""
    k, above = _neighbour(role, i, -1)
    for _ in range(MAX_LINKS_ABOVE):
        if above not in (IMAGE, CHROME):
            break
        k, above = _neighbour(role, k, -1)
    return above in BODY_ROLES or above in (DATE, FOOTER)


def _next_record_head(texts: Sequence[str], role: Roles, i: int) -> tuple[str, str] | None:
    """(name, date) of the dated record's head right below line ``i``, over its body (a
    dated head line, or a name over its date, perhaps under an avatar, perhaps over a
    "Reply to Ann" line); ``None`` where none stands there."""
    k, below = _neighbour(role, i, 1)
    for _ in range(MAX_MARKS_OVER_HEAD):  # a thread's number ("3"), an avatar
        if below != IMAGE:
            break
        k, below = _neighbour(role, k, 1)
    if below == NAME:  # a name over its date, perhaps over a badge or "Reply to Ann" first
        name: str | None = texts[k]
        k, below = _neighbour(role, k, 1)
        if below in (NAME, CHROME):
            k, below = _neighbour(role, k, 1)
        if below not in DATED_HEADS:
            return None
    elif below == EXPLICIT:
        parts = head_parts(texts[k])
        name = None if parts is None else parts.author
    else:
        return None
    head, dates = k, []
    while below in DATED_HEADS:  # "Ann says:" over its date line is one head
        dates.append(texts[k])
        k, below = _neighbour(role, k, 1)
    if below == CHROME:  # "Reply to Ann" under the date
        k, below = _neighbour(role, k, 1)
    if below != TEXT or not name:
        return None
    if len(dates) == 1 and (footer := _date_near(role, head)) is not None:
        dates.append(texts[footer])  # "Ann said...": Blogger dates the record under its body
    return name, " ".join(dates)


def _dated_heads(role: Roles, start: int, end: int) -> int:
    """How many heads with a date stand in ``[start, end)``: runs of dated head lines
    ("Ann says:" over its date line is one head)."""
    heads = 0
    inside = False
    for k in range(start, end):
        if role[k] == BLANK:
            continue
        dated = role[k] in DATED_HEADS
        heads += dated and not inside
        inside = dated
    return heads


# --- reply-to lines ------------------------------------------------------------------


def _reply_to_words(texts: Sequence[str], role: Roles) -> list[tuple[str, ...]]:
    """The words a page prints before the name of the comment a reply answers: the
    same one to three words (the vocabulary knows not all of them) before a name that
    stands alone on another line of the page as a head's name, on a line in a head
    (:func:`_in_head`), three or more times, naming two people or more."""
    alone = {text for text in texts if text and len(text) <= MAX_HEAD_LINE_CHARS}
    answered: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for i, text in enumerate(texts):
        found = _reply_to_parts(text, alone)
        if found is not None and _in_head(role, i):
            answered[found[0]].append(found[1].casefold())
    return [
        words
        for words, named in answered.items()
        if len(named) >= MIN_REPEATS and len(set(named)) >= MIN_REPLY_TO_NAMES
    ]


def _reply_to_parts(text: str, alone: set[str]) -> tuple[tuple[str, ...], str] | None:
    """(words, name) of a line that may name the comment a reply answers ("Одговор за
    TMS"): a few words, then the text of another line of the page (``alone``: the page's
    short lines) that reads as a person's name; ``None`` for most lines."""
    words = text.split()
    if not 1 < len(words) <= MAX_REPLY_TO_WORDS + MAX_REPLY_TO_NAME_WORDS or text[:1].isdigit():
        return None
    for k in range(1, min(MAX_REPLY_TO_WORDS, len(words) - 1) + 1):
        lead, name = tuple(words[:k]), " ".join(words[k:])
        if name in alone and line_role(name) == NAME and is_speaker_name(name):
            bare = [word.rstrip(":") for word in lead]  # "Cavabla:  TMS"
            if all(map(_is_known_word, bare)) or not all(map(WORD.fullmatch, bare)):
                return None
            return lead, name
    return None


def _in_head(role: Roles, i: int) -> bool:
    """Whether line ``i`` stands in a head: right under its name, over its date ("Ann" /
    line / "6 months ago"), or right under its date ("Ann" / "6 months ago" / line)."""
    above = _neighbour(role, i, -1)[1]
    return above in DATED_HEADS or (above == NAME and _neighbour(role, i, 1)[1] in DATED_HEADS)


def _as_reply_to(text: str, words: tuple[str, ...]) -> str | None:
    """The line in the vocabulary's words where it opens with ``words`` ("Одговор за
    TMS" -> "Reply to  TMS")."""
    parts = text.split()
    if tuple(parts[: len(words)]) != words or len(parts) == len(words):
        return None
    return f"{REPLY_TO_WORDS}  {' '.join(parts[len(words):])}"


def _neighbour(role: Roles, i: int, step: int) -> tuple[int, str | None]:
    """The index and role of the nearest non-blank line above (``step`` -1) or below
    (1) line ``i``; the role ``None`` where there is none."""
    k = i + step
    while 0 <= k < len(role):
        if role[k] != BLANK:
            return k, role[k]
        k += step
    return k, None


def _as_reply(text: str, link: str) -> str | None:
    if text != link:
        return None
    word = _link_word(text)
    return None if word is None else text.replace(word, REPLY_WORD, 1)


# --- link tails ----------------------------------------------------------------------


def _link_tails(tails: dict[str, list[str]]) -> list[str]:
    """The words closing most of the page's dated head lines that end with a word the
    vocabulary does not know ("… | Одговори"), from the lines each such word ends, where
    those lines are a conversation's heads (:func:`_is_conversation`)."""
    dated = sum(map(len, tails.values()))
    return [
        word
        for word, lines in tails.items()
        if len(lines) >= MIN_REPEATS
        and len(lines) >= MIN_SHARE * dated
        and _is_conversation([h for h in map(_head_before_tail, lines) if h is not None])
    ]


def _tail_word(text: str) -> str | None:
    """The word after the date of a head line ("Ann | 2 мај 2012 во 09:15 | Одговори")
    that the vocabulary does not know."""
    tail = _tail(text)
    return None if tail is None else tail["word"]


def _tail(text: str) -> re.Match[str] | None:
    """Where :func:`_tail_word`'s word stands in ``text``."""
    bare = text.rstrip(TAIL_MARKS)
    if not bare[-1:].isalpha() or len(text) > MAX_HEAD_LINE_CHARS:
        return None  # the cheap tests first: most lines end otherwise
    if DIGIT.search(text) is None:
        return None  # no date: every date read here holds digits
    tail = TAIL.search(bare, max(0, len(bare) - MAX_TAIL_CHARS))
    if tail is None or _is_known_word(tail["word"]):
        return None
    return tail if _dated_before(text[: tail.start()]) is not None else None


def _dated_before(head: str) -> tuple[str, str] | None:
    """(name, date) of ``head`` where it reads as a head line before its links: a name
    and a date, or a footer's "Posted by Ann on May 2, 2012"."""
    head = head.rstrip(" |·•,#")
    named = split_name_date(head)
    if named is not None:
        return named
    footer = parse_footer_head(head)
    if footer is None or footer.author is None or footer.timestamp is None:
        return None
    return footer.author, footer.timestamp


def _head_before_tail(text: str) -> tuple[str, str] | None:
    """(name, date) of a line :func:`_tail_word` reads a word from."""
    tail = _tail(text)
    return None if tail is None else _dated_before(text[: tail.start()])


def _as_reply_tail(text: str, word: str) -> str | None:
    tail = _tail(text)
    if tail is None or tail["word"] != word:
        return None
    start, end = tail.span("word")
    return text[:start] + REPLY_WORD + text[end:]


# --- month words ---------------------------------------------------------------------


def _month_word(text: str) -> str | None:
    """The capitalised month word of a line that holds only a date ("12 Noyabr 2012"),
    where the vocabulary does not know that word."""
    shape = CAPITALISED_DAY_LINE.fullmatch(text) if text[:1].isdigit() else None
    if shape is None or not shape["word"][0].isupper() or _is_known_word(shape["word"]):
        return None
    return shape["word"]


def _dates_conversation(texts: Sequence[str], role: Roles, months: dict[str, list[str]]) -> bool:
    """Whether most of the month words' date lines stand right above or under a name over
    a record's text, three or more of them, and those names are different people's, half
    of them or more reading as a person's (a list's "5 Tips 2012" stands over a title)."""
    dates = {text for found in months.values() for text in found}
    places = [i for i, text in enumerate(texts) if text in dates]
    names = [name for i in places if (name := _name_beside(texts, role, i)) is not None]
    lead = _verb_lead(set(names))  # "Ann dedi" / "Bob dedi": a verb's first word
    people = sum(is_speaker_name(name.removesuffix(f" {lead}")) for name in names)
    return (
        len(names) >= max(MIN_REPEATS, MIN_SHARE * len(places))
        and len({name.casefold() for name in names}) > 1
        and 2 * people >= len(names)
    )


def _name_beside(texts: Sequence[str], role: Roles, i: int) -> str | None:
    """The name on the nearest line under (or else over) the date line ``i`` (a name
    alone, an undated "Ann says", or a name and a verb the page may teach: "Ann dedi
    ki:"), where text follows the name and the date (perhaps under an avatar): a
    record's head."""
    for step in (1, -1):
        k, beside = _neighbour(role, i, step)
        if beside == NAME:
            name: str | None = texts[k]
        elif beside == EXPLICIT and (parts := head_parts(texts[k])) is not None:
            name = None if parts.timestamp else parts.author
        elif (verb := _says_verb(texts[k])) and (who := _speaker(texts[k], verb)):
            name = who[0]  # "Ann deyib ki:", its verb not learned yet
        else:
            continue
        after, below = _neighbour(role, max(i, k), 1)
        if below == IMAGE:  # the commenter's avatar over the text
            below = _neighbour(role, after, 1)[1]
        if name and below == TEXT:
            return name
    return None


def _as_lower_month(text: str, words: frozenset[str]) -> str | None:
    word = _month_word(text)
    return text.replace(word, word.lower(), 1) if word in words else None


# --- says verbs ----------------------------------------------------------------------


def _says_verb(text: str) -> str | None:
    """The last word and its colon of a short line ("Ann Lee вели:"), where the
    vocabulary does not know that word."""
    if len(text.split()) > MAX_SAYS_LINE_WORDS:
        return None
    shape = SAYS_SHAPE.fullmatch(text)
    if shape is None or _is_known_word(shape["verb"].rstrip(" :.…")):
        return None
    return shape["verb"]


def _says_heads(texts: Sequence[str], role: Roles, verb: str) -> set[str]:
    """The different names that say ``verb`` where they teach it: three or more, each
    with its date, or two stamped to the minute (a thread of two comments); on a page
    that dates none of them (its dates left out of the saved page), a conversation's:
    many people's names, each over a record's text, one of them speaking again (a
    product list's items ending "… Bag cena:" never do). Empty where they teach nothing."""
    dated: set[str] = set()
    timed = True
    undated: Counter[str] = Counter()
    cut = not verb.endswith(":")  # "Ann hat gesagt…", or a title cut short: "Tom live…"
    for i, text in enumerate(texts):
        if not text.endswith(verb) or role[i] not in BODY_ROLES:
            continue
        who = _speaker(text, verb)
        if who is None:
            continue
        k = i if who[1] else _date_near(role, i)
        if cut and (k is None or not _dated_under_text(role, i, k)):
            continue  # Blogger dates a "said..." under its text; a list, its title
        if k is not None:
            dated.add(who[0])
            timed = timed and TIME_OF_DAY.search(texts[k]) is not None
        elif _over_text(role, i):
            undated[who[0]] += 1
    if dated:
        enough = len(dated) >= (MIN_TIMED_SPEAKERS if timed else MIN_REPEATS)
        return dated if enough else set()
    if len(undated) < MIN_UNDATED_SPEAKERS or max(undated.values()) < 2:
        return set()
    lead = _verb_lead(set(undated))  # "[svg] Ann deyib ki:": "Ann" reads as a person's name
    people = sum(is_speaker_name(strip_images(name).removesuffix(f" {lead}")) for name in undated)
    return set(undated) if 2 * people >= len(undated) else set()


def _dated_under_text(role: Roles, i: int, k: int) -> bool:
    """Whether the head at line ``i`` has its text right under it and its date ``k``
    below that: the record's footer."""
    return k > i and _neighbour(role, i, 1)[1] == TEXT


def _over_text(role: Roles, i: int) -> bool:
    """Whether a line of text stands among the few lines under line ``i`` (a head's
    body, perhaps under a line the page left without its date: "at")."""
    k = i
    for _ in range(MAX_UNDATED_BODY_REACH):
        k, below = _neighbour(role, k, 1)
        if below == TEXT:
            return True
        if below is None or below in DATED_HEADS:
            return False
    return False


def _verb_lead(names: set[str]) -> str:
    """The word every name ends with: the first word of a verb of two ("Ann deyib ki:",
    "Ann a dit :"); ``""`` where the names end differently."""
    last = {name.split()[-1] if " " in name else "" for name in names}
    return last.pop() if len(last) == 1 else ""


def _speaker(text: str, verb: str) -> tuple[str, bool] | None:
    """(name, dated) of a head line that ends with ``verb``: the words before it are a
    name, or a name and its date ("Sue Waters on 25 мај 2012 во 04:15 рече:")."""
    shape = SAYS_SHAPE.fullmatch(text)
    if shape is None or shape["verb"] != verb:
        return None
    who = shape["name"]
    dated = split_name_date(who) if DIGIT.search(who) else None
    if dated is None and (bare := _without_auxiliary(who)) is not None:
        dated = split_name_date(bare)  # "Beth on 22 august 2012 la 18:29 a spus:"
    if dated is not None:
        return dated[0], True
    return (who, False) if is_name(who, strict=False) else None


def _without_auxiliary(who: str) -> str | None:
    """A head's name and date without the short lower-case word after the date that
    opens a verb of two ("… la 18:29 a spus:", "… 18:29 ha scritto:"); ``None`` where the
    words before the verb end otherwise."""
    rest, _, last = who.rpartition(" ")
    if len(last) > MAX_AUXILIARY_CHARS or not (last.isalpha() and last.islower()):
        return None
    return rest if DIGIT.search(rest) and split_name_date(who) is None else None


def _date_near(role: Roles, i: int) -> int | None:
    """The line of the head at line ``i``'s date: on the line above (a footer's, or over
    an avatar), or below it before the record's body ends (its own date line, or the
    footer under a short body); ``None`` where it has none."""
    k, above = _neighbour(role, i, -1)
    if above == IMAGE:
        k, above = _neighbour(role, k, -1)
    if above == DATE:
        return k
    k = i
    for _ in range(MAX_SAYS_DATE_REACH):
        k, below = _neighbour(role, k, 1)
        if below in DATED_HEADS:
            return k if below == DATE else None
        if below is None:
            return None
    return None


def _as_says(text: str, verb: str, lead: str = "") -> str | None:
    if _speaker(text, verb) is None:
        return None
    name = text[: len(text) - len(verb)].rstrip()
    if lead and name.endswith(f" {lead}"):
        name = name[: len(name) - len(lead)].rstrip()  # "Ann deyib ki:": the verb is two words
    elif (bare := _without_auxiliary(name)) is not None and split_name_date(bare) is not None:
        name = bare  # "Beth on 22 august 2012 la 18:29 a spus:": so is this one
    return f"{name} {SAYS_WORD}"


def _is_known_word(word: str) -> bool:
    """Whether the vocabulary knows ``word``: as a link, a "read more" link, or as
    anything else."""
    return (
        word.casefold() in KNOWN_WORDS
        or LINK_LINE.match(word) is not None
        or READ_MORE_LINK.match(word) is not None
    )
