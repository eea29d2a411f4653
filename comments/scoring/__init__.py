"""Scoring stage: sentiment (VADER) and toxicity (Detoxify, or a linear tier).

- :class:`SentimentScorer` — ``SentimentScorer().score(texts) -> pl.DataFrame`` with the
  four ``sentiment_*`` columns (VADER, sentence-averaged, exact per sentence).
- :class:`ToxicityScorer` — ``ToxicityScorer(model=..., model_dir=..., device=...,
  batch_size=...)``; ``.score(texts)`` gives one column per label of the model (names
  from ``comments.tables.TOXICITY_COLUMNS``); ``.name`` and ``.identity`` (name + weights
  fingerprint: the cache key's model part).
- :func:`score_units` — the ``scores`` table (``comments.tables.SCORES_SCHEMA``), keyed
  by ``unit_id``, through a :class:`ScoreCache` when given one; built by the one scoring
  path, :func:`comments.scoring.pipeline.build_scores`.

Names load on first use, so importing this package stays cheap::

    >>> from comments.scoring import SentimentScorer
    >>> SentimentScorer().score(["What a lovely, thoughtful article!"])["sentiment_compound"].item()
    0.7712
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .cache import ScoreCache
    from .pipeline import score_units
    from .sentiment import SentimentScorer
    from .toxicity import ToxicityScorer

__all__ = ["ScoreCache", "SentimentScorer", "ToxicityScorer", "score_units"]

_LAZY = {
    "ScoreCache": ".cache",
    "SentimentScorer": ".sentiment",
    "ToxicityScorer": ".toxicity",
    "score_units": ".pipeline",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
