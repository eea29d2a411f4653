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
    "language_advice",
    "language_advice_from_counts",
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


#: From this share of units in other languages than English, runs suggest a model for them.
MOSTLY = 0.5


def language_advice(langs: Any, scores: Any) -> str | None:
    """The note a run prints when most units are not English and an English-only toxicity
    model left them unscored; None otherwise. ``langs`` is the units' ``lang`` column,
    ``scores`` the scores table.

    >>> import polars as pl
    >>> scores = pl.DataFrame({"toxicity_model": ["profanity-check"] * 3})
    >>> print(language_advice(pl.Series(["de", "de", "en"]), scores))  # doctest: +ELLIPSIS
    2 of 3 units (67%) are not in English: ... use --toxicity-model multilingual ...
    """
    if langs is None or len(langs) == 0:
        return None
    other = int((langs.fill_null(ENGLISH_ONLY[0]) != ENGLISH_ONLY[0]).sum())
    models = (
        set(scores["toxicity_model"].drop_nulls().unique().to_list())
        if ("toxicity_model" in scores.columns)
        else set()
    )
    return language_advice_from_counts(other, len(langs), models)


def language_advice_from_counts(other: int, total: int, models: set[str]) -> str | None:
    """:func:`language_advice` from counts (``other`` of ``total`` units not English) and
    the toxicity models used: what a run computes from its shards without loading them.

    >>> language_advice_from_counts(1, 3, {"profanity-check"}) is None
    True
    """
    if total == 0 or other / total <= MOSTLY or MULTILINGUAL_MODEL in models:
        return None
    return (
        f"{other:,} of {total:,} units ({other / total:.0%}) are not in English: "
        "VADER and the English toxicity models leave them unscored (scores.not_scored says "
        f"which). For toxicity in {', '.join(MODEL_LANGUAGES[MULTILINGUAL_MODEL])} use "
        "--toxicity-model multilingual (Detoxify's XLM-R model); --all-languages scores "
        "every language anyway (VADER's English lexicon then misreads them)."
    )
