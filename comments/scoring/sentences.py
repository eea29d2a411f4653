"""Split a text into the sentences VADER scores one at a time.

VADER is a sentence-level model, so :class:`~comments.scoring.SentimentScorer` scores
each sentence of a text and averages. The splitter is a small set of rules, not a
trained model — fast (one regular-expression pass) and predictable:

- every line break ends a sentence (comment texts keep one paragraph per line);
- a run of ``.``, ``!``, ``?`` or ``…`` ends a sentence when whitespace follows it;
  closing quotes and brackets right after it stay with the sentence;
- except after a known abbreviation (``Dr.``, ``e.g.``, ``U.S.``) or a single-letter
  initial (``J. Smith``), and except after an ellipsis when the next word is not
  capitalised (``well... maybe``);
- nor after a number that opens the sentence (a list item's ``1.``);
- a piece without any word — an emoticon or emoji after the full stop (``Great! :)``),
  a list number (``1.``), a row of dashes — joins the sentence before it (or the one
  after it when it comes first), so its punctuation and emoticons are scored in context.

The pieces are stripped substrings of the text, in order, and together they hold every
token of it. Example::

    >>> split_sentences("Dr. Smith was great! :) But the food... not so much.\\nBye")
    ['Dr. Smith was great! :)', 'But the food... not so much.', 'Bye']
"""

from __future__ import annotations

import re

__all__ = ["ABBREVIATIONS", "split_sentences"]

# Words that end in a full stop without ending the sentence (compared lowercased, without
# the stop). Titles, Latin shorthands, months, units and corporate suffixes common in news.
# Not "no": "No. I disagree." is far commoner in comments than "No. 5".
ABBREVIATIONS = frozenset(
    {
        "mr", "mrs", "ms", "dr", "prof", "rev", "sr", "jr", "st", "mt", "ft", "hon",
        "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "gov", "sen", "rep", "pres",
        "vs", "etc", "e.g", "i.e", "cf", "al", "approx", "ca", "viz", "esp",
        "inc", "ltd", "co", "corp", "dept", "univ", "assn",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "fig", "vol", "ch", "pp", "op", "eds",
    }
)  # fmt: skip

# The longest word looked at before a full stop (abbreviations, initials, list numbers are
# far shorter); bounds the look back, so many stops in one long word stay linear.
MAX_WORD_CHARS = 64
# A candidate sentence end: terminator run, closing quotes/brackets, then whitespace. It
# starts only where a run starts (the lookbehind) and never gives characters back (the
# possessive quantifiers): a 40,000-"!" line is one linear scan, not 40,000 rescans of
# what is left of the run (which made splitting quadratic in the run's length).
_SENTENCE_END = re.compile(r"(?<![.!?…])([.!?…]++)([\"'”’»)\]]*+)[^\S\r\n\u2028\u2029\x85]+")
_LINE_BREAK = re.compile(r"[\r\n\u2028\u2029\x85]+")
# Either of the two above, in one pass: texts without one are a single sentence.
_ANY_BREAK = re.compile(rf"{_SENTENCE_END.pattern}|{_LINE_BREAK.pattern}")
_ELLIPSIS = re.compile(r"\.\.+|…")
# Dotted shorthands such as "U.S" or "e.g" (the final stop is not part of the token).
_DOTTED = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")
_TOKEN = re.compile(r"\S+")
_LETTER = re.compile(r"[^\W\d_]")
# Emoticons that contain letters (":D", ":-P", "xD", "D:"): not words.
_EMOTICON = re.compile(
    r"[<>}\]]?[:;=8xX][-o'^]?[()\[\]{}dDpPoO3@|/\\*$]+|[()\[\]dD][-']?[:;=8]|<3+|\^\^|\^_\^"
)


def split_sentences(text: str) -> list[str]:
    """The sentences of ``text``: stripped pieces in order, empty pieces dropped.

    >>> split_sentences("Not bad at all")
    ['Not bad at all']
    >>> split_sentences("1. First point.\\n2. Second point!!! Really?")
    ['1. First point.', '2. Second point!!!', 'Really?']
    """
    if not _ANY_BREAK.search(text):
        stripped = text.strip()  # one sentence: the common case for a comment line
        return [stripped] if stripped else []
    spans = _spans(text)
    return [text[start:end] for start, end in _merge_wordless(text, spans)]


def _spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each stripped sentence, before wordless pieces are merged."""
    spans: list[tuple[int, int]] = []
    line_start = 0
    for brk in _LINE_BREAK.finditer(text):
        _line_spans(text, line_start, brk.start(), spans)
        line_start = brk.end()
    _line_spans(text, line_start, len(text), spans)
    return spans


def _line_spans(text: str, start: int, stop: int, spans: list[tuple[int, int]]) -> None:
    piece_start = start
    for end in _SENTENCE_END.finditer(text, start, stop):
        if end.start() < piece_start or not _ends_sentence(text, end, piece_start):
            continue
        piece_stop = _after_wordless_tokens(text, end.end(), stop) or end.end(2)
        _add_stripped(text, piece_start, piece_stop, spans)
        piece_start = piece_stop
    _add_stripped(text, piece_start, stop, spans)


def _after_wordless_tokens(text: str, start: int, stop: int) -> int | None:
    """End of the emoticons/emoji that follow a sentence end ("Great! :) 😀"), if any."""
    found = None
    for token in _TOKEN.finditer(text, start, stop):
        if _has_word(token.group()):
            break
        found = token.end()
    return found


def _ends_sentence(text: str, end: re.Match[str], piece_start: int) -> bool:
    terminator, closers = end.group(1), end.group(2)
    following = text[end.end() : end.end() + 1]
    if closers and following.islower():  # '"Stop!" he said.' is one sentence
        return False
    if _ELLIPSIS.fullmatch(terminator):
        return following.isupper() or following.isdigit()
    if terminator != ".":
        return True
    word_start = _word_start(text, piece_start, end.start())
    word = text[word_start : end.start()].lstrip("\"'“‘([")
    is_initial = len(word) == 1 and word.isalpha()
    is_list_number = word.isdigit() and word_start <= piece_start  # "1. First point"
    return not (
        is_initial or is_list_number or word.lower() in ABBREVIATIONS or _DOTTED.fullmatch(word)
    )


def _word_start(text: str, piece_start: int, stop: int) -> int:
    """Start of the word that ends at ``stop`` (after the last space, at most
    ``MAX_WORD_CHARS`` back: a longer word is no abbreviation, initial or list number).

    >>> _word_start("see Dr. Who", 0, 6)
    4
    """
    window = max(piece_start, stop - MAX_WORD_CHARS)
    return max(text.rfind(" ", window, stop) + 1, window)


def _add_stripped(text: str, start: int, stop: int, spans: list[tuple[int, int]]) -> None:
    while start < stop and text[start].isspace():
        start += 1
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    if start < stop:
        spans.append((start, stop))


def _merge_wordless(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join each piece that has no word into its neighbour (previous, else next)."""
    merged: list[tuple[int, int]] = []
    pending_start: int | None = None  # wordless pieces before the first worded one
    for start, stop in spans:
        if _has_word(text[start:stop]):
            merged.append((pending_start if pending_start is not None else start, stop))
            pending_start = None
        elif merged:
            merged[-1] = (merged[-1][0], stop)
        elif pending_start is None:
            pending_start = start
    if pending_start is not None:  # no worded piece at all: keep the text as one piece
        merged.append((pending_start, spans[-1][1]))
    return merged


def _has_word(piece: str) -> bool:
    if not _LETTER.search(piece):
        return False
    return any(_LETTER.search(token) and not _EMOTICON.fullmatch(token) for token in piece.split())
