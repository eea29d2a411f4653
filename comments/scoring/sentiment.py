"""Sentiment with VADER, sentence by sentence, fast and exactly as vaderSentiment scores.

VADER (Hutto & Gilbert, ICWSM 2014) rates a *sentence*: on a long text its compound
score saturates at ±1 and vaderSentiment's cost grows much faster than the text
(its rules rebuild the lowercased word list for every sentiment word). So a text is
split into sentences (:func:`comments.scoring.sentences.split_sentences`) and each is
scored by :class:`VaderRules`, a line-by-line re-implementation of vaderSentiment
3.3.2's ``SentimentIntensityAnalyzer.polarity_scores`` that reads the same lexicon and
constants but looks each word up once. Its results equal the reference bit for bit
(``tests/test_sentiment.py`` proves it on VADER's own examples and on randomised
sentences); it is only faster.
"""

from __future__ import annotations

import hashlib
import heapq
import importlib.metadata
import math
import re
import string
from collections.abc import Iterable, Sequence
from functools import cached_property
from typing import Any

import polars as pl

from ..errors import InputError
from ..tables import SENTIMENT_COLUMNS
from .sentences import split_sentences

__all__ = ["SentimentScorer", "VaderRules"]

# Bump when the splitter or the aggregation changes: the cache then re-scores.
AGGREGATION_VERSION = "sentences-mean-v1"
_NULL_ROW = (None, None, None, None)
_MEMO_LIMIT = 200_000  # sentences / tokens remembered before the memo is cleared
_NEVER_SO = ("so", "this")  # "never so good": an intensifier, not a negation


class _Word:
    """What VADER's rules ask about one whitespace token, looked up once."""

    __slots__ = ("is_upper", "item", "lower", "negates", "plain", "valence")

    def __init__(
        self, item: str, lower: str, valence: float | None, is_booster: bool, negates: bool
    ) -> None:
        self.item = item  # the token with surrounding punctuation stripped (VADER's rule)
        self.lower = lower
        self.valence = valence  # lexicon valence; None when not in the lexicon
        self.is_upper = item.isupper()
        self.negates = negates  # a negation word, or contains "n't"
        self.plain = is_booster or valence is None  # scores 0 whatever its neighbours


class VaderRules:
    """vaderSentiment's ``polarity_scores`` for one sentence, with precomputed lookups.

    Each method mirrors the reference method of the same name; the arithmetic is done
    in the same order so that the floats are identical.

    >>> VaderRules().polarity_scores("VADER is smart, handsome, and funny!")
    {'neg': 0.0, 'neu': 0.248, 'pos': 0.752, 'compound': 0.8439}
    """

    def __init__(self) -> None:
        from vaderSentiment import vaderSentiment as reference

        analyzer = reference.SentimentIntensityAnalyzer()
        self.lexicon: dict[str, float] = analyzer.lexicon
        # Only one-character emoji can match: the reference tests each character.
        self.emojis = {char: text for char, text in analyzer.emojis.items() if len(char) == 1}
        self._emoji_set = frozenset(self.emojis)
        self._emoji_pattern = re.compile("[" + "".join(map(re.escape, self.emojis)) + "]")
        # Every emoji is non-ASCII today, which lets ASCII text skip the emoji pass.
        self._emoji_may_be_ascii = any(char.isascii() for char in self.emojis)
        self._negate = frozenset(reference.NEGATE)
        self._boosters: dict[str, float] = reference.BOOSTER_DICT
        self._special_cases: dict[str, float] = reference.SPECIAL_CASES
        self._n_scalar: float = reference.N_SCALAR
        self._c_incr: float = reference.C_INCR
        self._punctuation = string.punctuation
        self._words: dict[str, _Word] = {}
        # Words of multi-word idioms/boosters: the idiom check runs only near one of them.
        self._phrase_words = frozenset(
            word
            for phrase in (*self._special_cases, *self._boosters)
            if " " in phrase
            for word in phrase.split(" ")
        )

    def polarity_scores(self, text: str) -> dict[str, float]:
        """``neg``/``neu``/``pos``/``compound`` of one sentence, as vaderSentiment gives them.

        >>> VaderRules().polarity_scores("Not bad at all")
        {'neg': 0.0, 'neu': 0.513, 'pos': 0.487, 'compound': 0.431}
        """
        return dict(zip(("neg", "neu", "pos", "compound"), self.scores(text), strict=True))

    def scores(self, text: str) -> tuple[float, float, float, float]:
        """``(neg, neu, pos, compound)`` of one sentence: :meth:`polarity_scores` as a tuple.

        >>> VaderRules().scores("Not bad at all")
        (0.0, 0.513, 0.487, 0.431)
        """
        maybe_emoji = self._emoji_may_be_ascii or not text.isascii()  # isascii() is O(1)
        if maybe_emoji and not self._emoji_set.isdisjoint(text):
            text = self._demojize(text)
        words = self._lookup(text.split())
        lowers = [word.lower for word in words]
        sentiments = self._sentiments(words, lowers)
        if "but" in lowers:
            sentiments = self._but_check(lowers, sentiments)
        return self._score_valence(sentiments, text)

    def _demojize(self, text: str) -> str:
        """Emoji → their descriptions, spaced exactly as the reference's character loop."""

        def describe(match: re.Match[str]) -> str:
            start = match.start()
            description = self.emojis[match.group()]
            return description if start == 0 or text[start - 1] == " " else " " + description

        return self._emoji_pattern.sub(describe, text)

    def _lookup(self, tokens: list[str]) -> list[_Word]:
        known = self._words
        if len(known) > _MEMO_LIMIT:
            known.clear()
        words = list(map(known.get, tokens))
        if None in words:  # first sighting of some tokens
            for index, token in enumerate(tokens):
                if words[index] is None:
                    words[index] = known[token] = self._describe(token)
        return words  # type: ignore[return-value]

    def _describe(self, token: str) -> _Word:
        stripped = token.strip(self._punctuation)
        item = token if len(stripped) <= 2 else stripped  # short: likely an emoticon
        lower = item.lower()
        negates = lower in self._negate or "n't" in lower
        return _Word(item, lower, self.lexicon.get(lower), lower in self._boosters, negates)

    def _sentiments(self, words: Sequence[_Word], lowers: list[str]) -> list[float]:
        """The valence of every word after VADER's rules (``polarity_scores``' loop)."""
        sentiments: list[float] = [0] * len(words)
        scored = [i for i, word in enumerate(words) if not word.plain]
        if not scored:
            return sentiments
        n_upper = sum([word.is_upper for word in words])
        is_cap_diff = 0 < len(words) - n_upper < len(words)
        last = len(words) - 1
        for i in scored:
            if lowers[i] == "kind" and i < last and lowers[i + 1] == "of":
                continue  # "kind of" is a dampener, not the word "kind"
            sentiments[i] = self._valence(words, lowers, i, is_cap_diff)
        return sentiments

    def _valence(self, words: Sequence[_Word], lowers: list[str], i: int, cap_diff: bool) -> float:
        """``sentiment_valence`` for a lexicon word at position ``i``."""
        lexicon, word = self.lexicon, words[i]
        valence: float = word.valence  # type: ignore[assignment]
        if word.lower == "no" and i != len(words) - 1 and lowers[i + 1] in lexicon:
            valence = 0.0  # "no" negates the next sentiment word instead
        if (
            (i > 0 and lowers[i - 1] == "no")
            or (i > 1 and lowers[i - 2] == "no")
            or (i > 2 and lowers[i - 3] == "no" and lowers[i - 1] in ("or", "nor"))
        ):
            valence = word.valence * self._n_scalar  # type: ignore[operator]
        if word.is_upper and cap_diff:
            valence = valence + self._c_incr if valence > 0 else valence - self._c_incr
        for start_i in range(3):
            before = i - (start_i + 1)
            if i > start_i and words[before].valence is None:
                scalar = self._scalar_inc_dec(words[before], valence, cap_diff)
                if start_i == 1 and scalar != 0:
                    scalar = scalar * 0.95
                if start_i == 2 and scalar != 0:
                    scalar = scalar * 0.9
                valence = valence + scalar
                valence = self._negation_check(valence, words, lowers, start_i, i)
                if start_i == 2:
                    valence = self._special_idioms_check(valence, lowers, i)
        return self._least_check(valence, words, lowers, i)

    def _scalar_inc_dec(self, word: _Word, valence: float, cap_diff: bool) -> float:
        scalar = 0.0
        if word.lower in self._boosters:
            scalar = self._boosters[word.lower]
            if valence < 0:
                scalar *= -1
            if word.is_upper and cap_diff:
                scalar = scalar + self._c_incr if valence > 0 else scalar - self._c_incr
        return scalar

    def _negation_check(
        self, valence: float, words: Sequence[_Word], lowers: list[str], start_i: int, i: int
    ) -> float:
        """Negation (×N_SCALAR) by the word ``start_i + 1`` before; "never so" boosts."""
        if start_i == 0:
            if words[i - 1].negates:
                valence = valence * self._n_scalar
        elif start_i == 1:
            if lowers[i - 2] == "never" and lowers[i - 1] in _NEVER_SO:
                valence = valence * 1.25
            elif lowers[i - 2] == "without" and lowers[i - 1] == "doubt":
                pass
            elif words[i - 2].negates:
                valence = valence * self._n_scalar
        else:
            # The reference's precedence: (never and (so|this)) or (so|this) — kept as is.
            never_so = lowers[i - 3] == "never" and lowers[i - 2] in _NEVER_SO
            if never_so or lowers[i - 1] in _NEVER_SO:
                valence = valence * 1.25
            elif lowers[i - 3] == "without" and "doubt" in (lowers[i - 2], lowers[i - 1]):
                pass
            elif words[i - 3].negates:
                valence = valence * self._n_scalar
        return valence

    def _special_idioms_check(self, valence: float, lowers: list[str], i: int) -> float:
        if self._phrase_words.isdisjoint(lowers[i - 3 : i + 3]):
            return valence  # no idiom or multi-word booster can match here
        onezero = f"{lowers[i - 1]} {lowers[i]}"
        twoonezero = f"{lowers[i - 2]} {lowers[i - 1]} {lowers[i]}"
        twoone = f"{lowers[i - 2]} {lowers[i - 1]}"
        threetwoone = f"{lowers[i - 3]} {lowers[i - 2]} {lowers[i - 1]}"
        threetwo = f"{lowers[i - 3]} {lowers[i - 2]}"
        for sequence in (onezero, twoonezero, twoone, threetwoone, threetwo):
            if sequence in self._special_cases:
                valence = self._special_cases[sequence]
                break
        if len(lowers) - 1 > i:
            zeroone = f"{lowers[i]} {lowers[i + 1]}"
            if zeroone in self._special_cases:
                valence = self._special_cases[zeroone]
        if len(lowers) - 1 > i + 1:
            zeroonetwo = f"{lowers[i]} {lowers[i + 1]} {lowers[i + 2]}"
            if zeroonetwo in self._special_cases:
                valence = self._special_cases[zeroonetwo]
        for n_gram in (threetwoone, threetwo, twoone):
            if n_gram in self._boosters:
                valence = valence + self._boosters[n_gram]
        return valence

    def _least_check(
        self, valence: float, words: Sequence[_Word], lowers: list[str], i: int
    ) -> float:
        if i > 1 and words[i - 1].valence is None and lowers[i - 1] == "least":
            if lowers[i - 2] != "at" and lowers[i - 2] != "very":
                valence = valence * self._n_scalar
        elif i > 0 and words[i - 1].valence is None and lowers[i - 1] == "least":
            valence = valence * self._n_scalar
        return valence

    @staticmethod
    def _but_check(lowers: list[str], sentiments: list[float]) -> list[float]:
        """The reference's "but" rule, including its quirk, in O(n log n).

        The reference walks the list and rescales ``sentiments[sentiments.index(value)]``
        — the *first* position holding an equal value — which is quadratic and, with
        repeated values, rescales an earlier word again. Here a heap of positions per
        value finds that first position; zeros are skipped (rescaling leaves them 0).
        """
        but_at = lowers.index("but")
        positions: dict[float, list[int]] = {}
        for index, value in enumerate(sentiments):
            if value != 0:
                positions.setdefault(value, []).append(index)  # ascending: already a heap
        for index in range(len(sentiments)):
            value = sentiments[index]
            if value == 0:
                continue
            heap = positions[value]
            while sentiments[heap[0]] != value:  # drop positions whose value changed
                heapq.heappop(heap)
            first = heap[0]
            if first == but_at:
                continue
            new_value = value * (0.5 if first < but_at else 1.5)
            sentiments[first] = new_value
            heapq.heappush(positions.setdefault(new_value, []), first)
        return sentiments

    @staticmethod
    def _score_valence(sentiments: list[float], text: str) -> tuple[float, float, float, float]:
        """``score_valence``: sum, punctuation emphasis, normalise, split by sign."""
        if not sentiments:
            return (0.0, 0.0, 0.0, 0.0)
        sum_s = float(sum(sentiments))
        emphasis = _punctuation_emphasis(text)
        if sum_s > 0:
            sum_s += emphasis
        elif sum_s < 0:
            sum_s -= emphasis
        compound = _normalize(sum_s)
        pos_sum, neg_sum = 0.0, 0.0
        neu_count = sentiments.count(0)
        for score in sentiments:
            if score > 0:
                pos_sum += float(score) + 1  # compensates for neutral words counted as 1
            elif score < 0:
                neg_sum += float(score) - 1
        if pos_sum > abs(neg_sum):
            pos_sum += emphasis
        elif pos_sum < abs(neg_sum):
            neg_sum -= emphasis
        total = pos_sum + abs(neg_sum) + neu_count
        return (
            round(abs(neg_sum / total), 3),
            round(abs(neu_count / total), 3),
            round(abs(pos_sum / total), 3),
            round(compound, 4),
        )


def _punctuation_emphasis(text: str) -> float:
    exclamation = min(text.count("!"), 4) * 0.292
    questions = text.count("?")
    question = 0.0
    if questions > 1:
        question = questions * 0.18 if questions <= 3 else 0.96
    return exclamation + question


def _normalize(score: float, alpha: float = 15) -> float:
    norm_score = score / math.sqrt((score * score) + alpha)
    return max(-1.0, min(1.0, norm_score))


class SentimentScorer:
    """VADER sentiment of many texts, one row per text, sentence-averaged.

    A text is split into sentences (line breaks and sentence ends, see
    :mod:`comments.scoring.sentences`); each sentence gets vaderSentiment's exact
    scores, and the text gets their unweighted **means**: ``sentiment_compound`` is
    the mean of the sentence compounds — the paragraph-level recipe of VADER's authors
    (vaderSentiment README and demo: "VADER works best when analysis is done at the
    sentence level … average the results for the paragraph"); ``sentiment_neg``,
    ``sentiment_neu`` and ``sentiment_pos`` are the means of the sentence proportions,
    so they still sum to about 1. Means are rounded to 4 decimals (VADER rounds its
    own to 3 and 4). A one-sentence text scores exactly as
    ``SentimentIntensityAnalyzer().polarity_scores``. ``None`` and blank texts give nulls.
    Pass ``split_sentences=False`` to score every text whole, as vaderSentiment does.

    >>> frame = SentimentScorer().score(["Great post!", None, "Great post! Awful comments."])
    >>> frame["sentiment_compound"].to_list()
    [0.6588, None, 0.1]
    """

    name = "vader"
    columns = SENTIMENT_COLUMNS

    def __init__(self, *, split_sentences: bool = True) -> None:
        self.split_sentences = split_sentences
        self._rules = VaderRules()
        self._memo: dict[str, tuple[float, float, float, float]] = {}

    @cached_property
    def identity(self) -> str:
        """Model identity for the score cache: VADER version, lexicon hash, aggregation.

        >>> SentimentScorer().identity.startswith("vader-3.3.2:")
        True
        """
        lexicon = hashlib.sha256(repr(sorted(self._rules.lexicon.items())).encode()).hexdigest()
        version = importlib.metadata.version("vaderSentiment")
        mode = AGGREGATION_VERSION if self.split_sentences else "whole-text"
        return f"vader-{version}:lexicon-{lexicon[:12]}:{mode}"

    def score(self, texts: str | pl.Series | Iterable[str | None]) -> pl.DataFrame:
        """The four ``sentiment_*`` columns, one row per text in input order.

        >>> SentimentScorer().score("Not bad at all").row(0)
        (0.0, 0.513, 0.487, 0.431)
        """
        rows = [self.score_text(text) or _NULL_ROW for text in _as_texts(texts)]
        columns = zip(*rows, strict=True) if rows else ((),) * len(SENTIMENT_COLUMNS)
        return pl.DataFrame(
            {
                name: pl.Series(name, values, pl.Float64)
                for name, values in zip(SENTIMENT_COLUMNS, columns, strict=True)
            }
        )

    def score_text(self, text: str | None) -> tuple[float, float, float, float] | None:
        """``(neg, neu, pos, compound)`` of one text, or ``None`` when it is blank.

        >>> SentimentScorer().score_text("I love it. I hate it.")
        (0.3245, 0.337, 0.3385, 0.0325)
        """
        if text is None or not text.strip():
            return None
        sentences = split_sentences(text) if self.split_sentences else [text]
        scores = [self._sentence(sentence) for sentence in sentences]
        if len(scores) == 1:
            return scores[0]
        means = (round(sum(column) / len(scores), 4) for column in zip(*scores, strict=True))
        return tuple(means)

    def _sentence(self, sentence: str) -> tuple[float, float, float, float]:
        found = self._memo.get(sentence)
        if found is None:
            if len(self._memo) > _MEMO_LIMIT:
                self._memo.clear()
            found = self._memo[sentence] = self._rules.scores(sentence)
        return found


def _as_texts(texts: Any) -> list[str | None]:
    if isinstance(texts, str):
        return [texts]
    if isinstance(texts, pl.Series):
        if texts.dtype not in (pl.String, pl.Null):
            raise InputError(
                f"SentimentScorer.score: the Series holds {texts.dtype}; "
                "pass a String Series (cast it with .cast(pl.String))."
            )
        return texts.to_list()
    items = list(texts)
    for position, item in enumerate(items):
        if item is not None and not isinstance(item, str):
            raise InputError(
                f"SentimentScorer.score: item {position} is a "
                f"{type(item).__name__}, not a str or None; convert it with str()."
            )
    return items
