"""Which languages each scorer was made for, and which units it may therefore score.

VADER's lexicon and the linear tier's vocabulary are English; Detoxify's ``original`` and
``unbiased`` models were trained on English comments, ``multilingual`` on seven languages
(Detoxify's README). A unit whose ``lang`` a scorer was not made for gets null scores and
a reason in ``scores.not_scored``, unless the caller opts in (``all_languages=True``,
``--all-languages``): German scored by VADER is noise ("Die Katze sitzt auf der Matte."
gets compound −0.60, from English "die"). A unit whose language is unknown is scored.

    >>> allowed_mask(["en", "de", None], ("en",))
    [True, False, True]
    >>> not_scored_reason("vader", "de", ("en",))
    'vader (lang de; scores en)'
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

__all__ = [
    "MODEL_LANGUAGES",
    "MULTILINGUAL_MODEL",
    "allowed_mask",
    "not_scored_reason",
    "scorer_languages",
]

ENGLISH_ONLY = ("en",)
MULTILINGUAL_MODEL = "multilingual"
#: Scorer name -> the languages it was made for (ISO 639-1).
MODEL_LANGUAGES: dict[str, tuple[str, ...]] = {
    "vader": ENGLISH_ONLY,
    "profanity-check": ENGLISH_ONLY,
    "original": ENGLISH_ONLY,
    "unbiased": ENGLISH_ONLY,
    "original-small": ENGLISH_ONLY,
    "unbiased-small": ENGLISH_ONLY,
    MULTILINGUAL_MODEL: ("en", "fr", "es", "it", "pt", "tr", "ru"),
}


def scorer_languages(scorer: Any) -> tuple[str, ...] | None:
    """The languages ``scorer`` scores: its ``languages`` attribute, else what
    :data:`MODEL_LANGUAGES` says of its ``name``; None means any language.

    >>> from comments.scoring.sentiment import SentimentScorer
    >>> scorer_languages(SentimentScorer())
    ('en',)
    """
    declared = getattr(scorer, "languages", None)
    if declared is not None:
        return tuple(declared)
    return MODEL_LANGUAGES.get(getattr(scorer, "name", ""))


def allowed_mask(langs: Sequence[str | None], languages: Sequence[str] | None) -> list[bool]:
    """Per unit: may a scorer of ``languages`` (None: any) score it?"""
    if languages is None:
        return [True] * len(langs)
    accepted = set(languages)
    return [lang is None or lang in accepted for lang in langs]


def not_scored_reason(name: str, lang: str | None, languages: Sequence[str]) -> str:
    """The ``not_scored`` entry of one scorer that skipped a unit in ``lang``."""
    return f"{name} (lang {lang}; scores {', '.join(languages)})"
