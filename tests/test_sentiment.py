"""SentimentScorer and its VADER re-implementation: exactly vaderSentiment, per sentence."""

from __future__ import annotations

import random

import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from vaderSentiment import vaderSentiment as reference

from comments.errors import InputError
from comments.scoring.sentences import split_sentences
from comments.scoring.sentiment import SentimentScorer, VaderRules
from comments.tables import SENTIMENT_COLUMNS

REFERENCE = reference.SentimentIntensityAnalyzer()
RULES = VaderRules()
SCORER = SentimentScorer()

# vaderSentiment's own demo sentences (its __main__), which exercise each rule.
VADER_EXAMPLES = (
    "VADER is smart, handsome, and funny.",
    "VADER is smart, handsome, and funny!",
    "VADER is very smart, handsome, and funny.",
    "VADER is VERY SMART, handsome, and FUNNY.",
    "VADER is VERY SMART, handsome, and FUNNY!!!",
    "VADER is VERY SMART, uber handsome, and FRIGGIN FUNNY!!!",
    "VADER is not smart, handsome, nor funny.",
    "The book was good.",
    "At least it isn't a horrible book.",
    "The book was only kind of good.",
    "The plot was good, but the characters are uncompelling and the dialog is not great.",
    "Today SUX!",
    "Today only kinda sux! But I'll get by, lol",
    "Make sure you :) or :D today!",
    "Catch utf-8 emoji such as 💘 and 💋 and 😁",
    "Not bad at all",
    "Sentiment analysis has never been good.",
    "Sentiment analysis has never been this good!",
    "Most automated sentiment analysis tools are shit.",
    "With VADER, sentiment analysis is the shit!",
    "Other sentiment analysis tools can be quite bad.",
    "On the other hand, VADER is quite bad ass",
    "VADER is such a badass!",
    "Without a doubt, excellent idea.",
    "Roger Dodger is one of the most compelling variations on this theme.",
    "Roger Dodger is at least compelling as a variation on the theme.",
    "Roger Dodger is one of the least compelling variations on this theme.",
    "Not such a badass after all.",
    "Without a doubt, an excellent idea.",
)
# More corners: "no" as negator, "no ... or", repeated values under "but" (the
# reference's index() quirk), question marks, emoji glued to words, odd whitespace.
EDGE_CASES = (
    "no good no bad no love",
    "There is no hope or love here",
    "good good good but bad bad bad",
    "good but good but good",
    "Is it good??? Really????",
    "I love💘this😁😁 place",
    "😁start and end😁",
    "GREAT\tjob\u00a0team  ,  but   TERRIBLE coffee",
    "kind of good, sort of bad, kind-of nice",
    "the shit the bomb bus stop yeah right",
    "never so good, never this bad, without doubt great",
    "",
    "   ",
    "...",
    "!!!",
    "🆙🔛",  # emoji whose descriptions contain "!"
)


def _reference(text: str) -> dict[str, float]:
    return REFERENCE.polarity_scores(text)


@pytest.mark.parametrize("sentence", VADER_EXAMPLES + EDGE_CASES)
def test_rules_equal_vader_on_its_examples(sentence):
    assert RULES.polarity_scores(sentence) == _reference(sentence)


TWO_SENTENCES = "Today only kinda sux! But I'll get by, lol"


@pytest.mark.parametrize("sentence", [s for s in VADER_EXAMPLES if s != TWO_SENTENCES])
def test_a_one_sentence_text_scores_exactly_as_vader(sentence):
    assert split_sentences(sentence) == [sentence]
    expected = _reference(sentence)
    row = SCORER.score([sentence]).row(0, named=True)
    assert row == {f"sentiment_{key}": value for key, value in expected.items()}


def _vocabulary() -> list[str]:
    """Words that trigger VADER's rules, weighted towards the rule words."""
    rule_words = [
        *reference.BOOSTER_DICT,
        *reference.NEGATE,
        "but",
        "no",
        "least",
        "at",
        "very",
        "kind",
        "of",
        "never",
        "so",
        "this",
        "without",
        "doubt",
        "or",
        "nor",
    ]
    phrase_words = [
        w for phrase in (*reference.SPECIAL_CASES, *reference.BOOSTER_DICT) for w in phrase.split()
    ]
    lexicon = sorted(REFERENCE.lexicon)
    emoji = sorted(char for char in REFERENCE.emojis if len(char) == 1)
    fillers = ["the", "article", "people", "comment", "it", "is", "was", "they"]
    return lexicon[::7] + emoji[::5] + (rule_words + phrase_words) * 4 + fillers * 30


VOCABULARY = _vocabulary()
DECORATIONS = ("", "", "", "!", "?", ".", ",", "!!!", "??", "...", "n't", "'s", ":)", "💘")


def _random_sentence(rng: random.Random) -> str:
    words = []
    for _ in range(rng.randint(0, 25)):
        word = rng.choice(VOCABULARY)
        shape = rng.random()
        word = word.upper() if shape < 0.15 else word.capitalize() if shape < 0.25 else word
        word = rng.choice(("", "", "", "(", '"')) + word + rng.choice(DECORATIONS)
        words.append(word)
    return rng.choice((" ", " ", "  ", "\t", " \u00a0")).join(words)


def test_rules_equal_vader_on_a_large_random_set():
    rng = random.Random(20141)
    sentences = [_random_sentence(rng) for _ in range(6000)]
    mismatches = [s for s in sentences if RULES.polarity_scores(s) != _reference(s)]
    assert mismatches == []


word = st.one_of(st.sampled_from(VOCABULARY), st.text(min_size=1, max_size=8))
sentence = st.lists(
    st.tuples(word, st.sampled_from(("lower", "upper", "title")), st.sampled_from(DECORATIONS)),
    max_size=20,
).map(lambda parts: " ".join(getattr(w, shape)() + deco for w, shape, deco in parts))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sentence)
def test_rules_equal_vader_on_generated_sentences(text):
    assert RULES.polarity_scores(text) == _reference(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_rules_equal_vader_on_arbitrary_unicode(text):
    assert RULES.polarity_scores(text) == _reference(text)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from([0, 0.0, 1.5, -1.5, 2.0, 0.75, -0.75, 3]), max_size=30),
    st.integers(min_value=0, max_value=29),
)
def test_but_rule_matches_the_reference_quirk(values, but_at):
    """Repeated values make the reference rescale the *first* equal entry again."""
    words = ["w"] * len(values)
    if values:
        words[min(but_at, len(values) - 1)] = "but"
        expected = reference.SentimentIntensityAnalyzer._but_check(words, list(values))
        assert VaderRules._but_check(words, list(values)) == expected


def test_multi_sentence_text_is_the_mean_of_its_sentences():
    text = "I love this article. The comments are horrible!\nStill, a good read :)"
    sentences = split_sentences(text)
    assert len(sentences) == 3
    per_sentence = [_reference(s) for s in sentences]
    row = SCORER.score(text).row(0, named=True)
    for key in ("neg", "neu", "pos", "compound"):
        mean = sum(scores[key] for scores in per_sentence) / 3
        assert row[f"sentiment_{key}"] == round(mean, 4)
    # The whole-text reference saturates differently; sentence averaging is the point.
    assert (
        SentimentScorer(split_sentences=False).score_text(text)[3] == _reference(text)["compound"]
    )


def test_long_document_equals_mean_of_sentences():
    rng = random.Random(7)
    sentences = [
        _random_sentence(rng).replace(".", "").replace("!", "").replace("?", "") + "."
        for _ in range(400)
    ]
    text = " ".join(sentences)
    compounds = [_reference(s)["compound"] for s in split_sentences(text)]
    assert SCORER.score_text(text)[3] == round(sum(compounds) / len(compounds), 4)


def test_inputs_of_every_kind_keep_order_and_blank_is_null():
    texts = ["I love it", None, "", "  \n", "I hate it"]
    expected = [0.6369, None, None, None, -0.5719]
    for given_texts in (texts, iter(texts), tuple(texts), pl.Series(texts, dtype=pl.String)):
        frame = SCORER.score(given_texts)
        assert frame.columns == list(SENTIMENT_COLUMNS)
        assert frame.schema == {name: pl.Float64 for name in SENTIMENT_COLUMNS}
        assert frame["sentiment_compound"].to_list() == expected
    assert SCORER.score("I love it")["sentiment_compound"].to_list() == [0.6369]
    assert SCORER.score([]).height == 0


def test_non_text_items_raise_a_clear_error():
    with pytest.raises(InputError, match="item 1 is a int"):
        SCORER.score(["fine", 3])
    with pytest.raises(InputError, match="String Series"):
        SCORER.score(pl.Series([1, 2]))


def test_identity_names_version_lexicon_and_aggregation():
    identity = SCORER.identity
    assert identity.startswith("vader-3.3.2:lexicon-")
    assert identity.endswith(":sentences-mean-v1")
    assert SentimentScorer(split_sentences=False).identity.endswith(":whole-text")


def test_memo_returns_the_same_scores_on_repeats():
    scorer = SentimentScorer()
    first = scorer.score(["Good job!"] * 3 + ["Bad job!"])
    good, bad = _reference("Good job!")["compound"], _reference("Bad job!")["compound"]
    assert first["sentiment_compound"].to_list() == [good, good, good, bad]
    assert len(scorer._memo) == 2


# --- the sentence splitter -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "Dr. Smith was great! :) But the food... not so much.\nBye",
            ["Dr. Smith was great! :)", "But the food... not so much.", "Bye"],
        ),
        (
            "1. First point.\n2. Second point!!! Really?",
            ["1. First point.", "2. Second point!!!", "Really?"],
        ),
        (
            "I live in the U.S. and like it. J. K. Rowling wrote e.g. this.",
            ["I live in the U.S. and like it.", "J. K. Rowling wrote e.g. this."],
        ),
        ('"Stop!" he said. Then he left.', ['"Stop!" he said.', "Then he left."]),
        ("Wait... What? No way", ["Wait...", "What?", "No way"]),
        (TWO_SENTENCES, ["Today only kinda sux!", "But I'll get by, lol"]),
        ("Great. 😀😀 Sad.", ["Great. 😀😀", "Sad."]),
        ("Great post.\n---\n:-)", ["Great post.\n---\n:-)"]),
        ("...", ["..."]),
        ("  \n ", []),
        ("It costs 3.50 dollars. Cheap!", ["It costs 3.50 dollars.", "Cheap!"]),
    ],
)
def test_splitter_rules(text, sentences):
    assert split_sentences(text) == sentences


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab Z.!?…:)\"'\n1😀")), max_size=80))
def test_splitter_keeps_every_token_once_in_order(text):
    pieces = split_sentences(text)
    assert [token for piece in pieces for token in piece.split()] == text.split()
    assert all(piece == piece.strip() and piece for piece in pieces)
