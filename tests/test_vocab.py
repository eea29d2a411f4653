"""The vocabulary by language: every phrase once, every role described and used.

The patterns are built from ``vocab.phrases(role)``, so a slip here (a misspelt role, a
phrase listed under two languages, a stray space) would silently change what the parser
recognises; these tests catch it where it is made.
"""

from __future__ import annotations

import pytest

import comments.parse  # noqa: F401  (builds every pattern, asking for every role it uses)
from comments.parse import vocab
from comments.parse.patterns import MONTH_NUMBERS, NUMBER_WORDS, SAYS_WORDS

LANGUAGES = [language for language in vocab.LANGUAGES if language != "shared"]


def test_no_phrase_is_listed_twice_in_a_role() -> None:
    assert vocab.duplicates() == []


def test_duplicates_reports_repeats_within_and_across_languages(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(vocab.LANGUAGES, "xx", {"says": ("says:", "zegt zo:", "zegt zo:")})
    assert set(vocab.duplicates()) == {
        vocab.Duplicate("says", "says:", ("en", "xx")),
        vocab.Duplicate("says", "zegt zo:", ("xx", "xx")),
    }


def test_every_described_role_is_used_by_the_parser() -> None:
    assert vocab.requested() == set(vocab.ROLES)


@pytest.mark.parametrize("language", list(vocab.LANGUAGES))
def test_vocabularies_use_only_described_roles(language: str) -> None:
    assert set(vocab.LANGUAGES[language]) <= set(vocab.ROLES)


@pytest.mark.parametrize("language", list(vocab.LANGUAGES))
def test_phrases_are_non_empty_stripped_strings(language: str) -> None:
    for role, listed in vocab.LANGUAGES[language].items():
        assert isinstance(listed, tuple) and listed, role
        for phrase in listed:
            assert isinstance(phrase, str) and phrase.strip(), (role, phrase)
            if role != "relative_time":  # its cues mark a word edge with a space: "vor "
                assert phrase == phrase.strip(), (role, phrase)
            assert "  " not in phrase, (role, phrase)


def test_coverage_names_the_roles_of_each_language() -> None:
    covered = vocab.coverage()
    assert {"says", "reply_link", "form_start", "month_3"} <= covered["de"]
    assert "says" not in covered["shared"]
    assert "count_qualifier" not in covered["fi"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_names_the_comment_form_and_the_says_verb(language: str) -> None:
    assert {"form_start", "says"} <= vocab.coverage()[language]


def test_phrases_follow_the_language_order_once_each() -> None:
    months = vocab.phrases("month_5")
    assert months[0] == "may" and months.index("mai") < months.index("maggio")
    assert len(months) == len(set(months))
    assert set(vocab.LANGUAGES["nl"]["says"]) <= set(SAYS_WORDS)


def test_an_undescribed_role_is_an_error() -> None:
    with pytest.raises(KeyError, match="no vocabulary role"):
        vocab.phrases("say")


@pytest.mark.parametrize(
    ("prefix", "mapping", "numbers"),
    [("month_", MONTH_NUMBERS, range(1, 13)), ("number_", NUMBER_WORDS, range(11))],
)
def test_no_word_names_two_months_or_two_numbers(
    prefix: str, mapping: dict[str, int], numbers: range
) -> None:
    for number in numbers:
        for word in vocab.phrases(f"{prefix}{number}"):
            assert mapping[word] == number, word
