"""Scoring stage: sentiment (VADER) and toxicity (Detoxify, or a linear tier).

Interfaces shared by the scorers (being built):

- ``SentimentScorer().score(texts) -> pl.DataFrame`` with the four ``sentiment_*`` columns.
- ``ToxicityScorer(model=..., model_dir=..., device=..., batch_size=...)``;
  ``.score(texts) -> pl.DataFrame`` with one column per label of the model (names from
  ``comments.tables.TOXICITY_COLUMNS``); ``.name`` (e.g. "unbiased", "profanity-check")
  and ``.identity`` (name + weights fingerprint: the cache key's model part).
- ``score_units(units, sentiment=..., toxicity=...) -> pl.DataFrame``: the ``scores``
  table of DESIGN.md (``comments.tables.SCORES_SCHEMA``), keyed by ``unit_id``.
"""

from __future__ import annotations

__all__ = ["SentimentScorer", "ToxicityScorer", "score_units"]
