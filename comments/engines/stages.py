"""The per-chunk stages that every engine runs: parse + VADER in a CPU worker, then the
toxicity model where it is loaded.

Both engines call these same functions, and scores come from the one scoring path
(:func:`comments.scoring.pipeline.build_scores`: each distinct text once, every call
checked), so their shards agree row for row.

>>> from comments.corpus import Document
>>> pages, units, scores = parse_and_score([Document("p1", "p1.txt", "Title\\n\\nA calm text.")])
>>> units["unit_id"].to_list(), scores["sentiment_compound"].to_list()
(['p1/a1'], [0.3182])
>>> scores["toxicity_model"].to_list()
[None]
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import polars as pl

from ..corpus import Document, parse_documents
from ..scoring.linear import LINEAR_MODEL_NAME
from ..scoring.pipeline import TextScorer, score_units, with_toxicity
from .options import NO_TOXICITY

__all__ = ["IN_WORKER_MODELS", "add_toxicity", "parse_and_score", "worker_scores"]


# Toxicity models cheap enough (CPU-only, small, linear) to run beside VADER in every
# worker; heavier ones (Detoxify) run batched in one process that loads them once.
IN_WORKER_MODELS = (LINEAR_MODEL_NAME,)


def parse_and_score(
    docs: Sequence[Document], toxicity_model: str | None = None, all_languages: bool = False
) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """The CPU half of a chunk (run in worker processes): pages, units and their scores
    (see :func:`worker_scores`)."""
    pages, units = parse_documents(docs)
    return pages, units, worker_scores(units, toxicity_model, all_languages)


def worker_scores(
    units: pl.DataFrame, toxicity_model: str | None, all_languages: bool = False
) -> pl.DataFrame:
    """VADER for every unit, and toxicity when ``toxicity_model`` is one of
    ``IN_WORKER_MODELS`` (loaded once per process); with ``None`` or ``"none"`` the
    toxicity columns stay null (to be added by :func:`add_toxicity`, or not at all).
    ``all_languages`` scores every unit whatever its ``lang`` (see ``score_units``)."""
    toxicity = None
    if toxicity_model not in (None, NO_TOXICITY):
        toxicity = _worker_toxicity(toxicity_model)
    # A fresh VADER scorer per chunk (~10 ms): its sentence memo then holds one chunk's
    # sentences at most, so a worker's memory does not grow with the corpus.
    from ..scoring.sentiment import SentimentScorer

    return score_units(
        units,
        sentiment=SentimentScorer(),
        toxicity=toxicity,
        progress=False,
        all_languages=all_languages,
    )


def add_toxicity(
    scores: pl.DataFrame, units: pl.DataFrame, scorer: TextScorer, all_languages: bool = False
) -> pl.DataFrame:
    """``scores`` of ``units`` with the toxicity columns of ``scorer`` filled in."""
    toxicity = score_units(
        units, sentiment=None, toxicity=scorer, progress=False, all_languages=all_languages
    )
    return with_toxicity(scores, toxicity)


@lru_cache(maxsize=1)
def _worker_toxicity(model: str) -> Any:
    # Loaded once per worker process and reused for every chunk it handles.
    from ..scoring.toxicity import ToxicityScorer

    return ToxicityScorer(model)
