"""The per-chunk stages that every engine runs: parse, sentiment, toxicity, assemble.

Both engines call these same functions, so their shards agree row for row. Each
stage takes and returns polars DataFrames with the schemas of :mod:`comments.tables`.

>>> from comments.corpus import Document
>>> pages, units = parse_documents([Document("p1", "p1.txt", "Title\\n\\nA calm text.")])
>>> pages["status"].to_list(), units["unit_id"].to_list()
(['ok'], ['p1/a1'])
>>> toxicity_frame(units["text"].to_list(), None).columns[-1]
'toxicity_model'
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any, Protocol

import polars as pl

from ..corpus import Document, parse_document
from ..tables import SCORES_SCHEMA, SENTIMENT_COLUMNS, TOXICITY_COLUMNS, pages_frame, units_frame
from . import NO_TOXICITY

__all__ = [
    "IN_WORKER_MODELS",
    "TextScorer",
    "parse_and_sentiment",
    "parse_documents",
    "scores_frame",
    "sentiment_frame",
    "toxicity_frame",
    "worker_toxicity_frame",
]


# Toxicity models cheap enough (CPU-only, small, linear) to run beside VADER in every
# worker; heavier ones (Detoxify) run batched in one process that loads them once.
IN_WORKER_MODELS = ("profanity-check",)


class TextScorer(Protocol):
    """What the engines need of a toxicity scorer (``comments.scoring.ToxicityScorer``)."""

    name: str

    def score(self, texts: Sequence[str]) -> pl.DataFrame: ...


def parse_documents(docs: Iterable[Document]) -> tuple[pl.DataFrame, pl.DataFrame]:
    """The ``pages`` and ``units`` tables of some documents (never raises on bad input)."""
    page_list: list[dict[str, Any]] = []
    unit_list: list[dict[str, Any]] = []
    for doc in docs:
        page_row, unit_rows = parse_document(doc)
        page_list.append(page_row)
        unit_list.extend(unit_rows)
    return pages_frame(page_list), units_frame(unit_list)


def sentiment_frame(units: pl.DataFrame) -> pl.DataFrame:
    """``unit_id`` and the four VADER ``sentiment_*`` columns of every unit."""
    from ..scoring.sentiment import SentimentScorer

    # A fresh scorer per chunk (~10 ms): its sentence memo then holds one chunk's
    # sentences at most, so a worker's memory does not grow with the corpus.
    scores = SentimentScorer().score(units["text"].to_list())
    return pl.concat(
        [units.select("unit_id"), scores.select(SENTIMENT_COLUMNS).cast(pl.Float64)],
        how="horizontal",
    )


def parse_and_sentiment(
    docs: Sequence[Document], toxicity_model: str | None = None
) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame, pl.DataFrame | None]:
    """The CPU half of a chunk (run in worker processes): pages, units, sentiment, and
    toxicity when ``toxicity_model`` names a model cheap enough to score here (else None).
    """
    pages, units = parse_documents(docs)
    toxicity = None
    if toxicity_model is not None:
        toxicity = worker_toxicity_frame(units["text"].to_list(), toxicity_model)
    return pages, units, sentiment_frame(units), toxicity


def worker_toxicity_frame(texts: Sequence[str], model: str) -> pl.DataFrame:
    """:func:`toxicity_frame` in a CPU worker: ``model`` is ``"none"`` (null columns) or
    one of ``IN_WORKER_MODELS``, loaded once per process."""
    return toxicity_frame(texts, None if model == NO_TOXICITY else _worker_toxicity(model))


@lru_cache(maxsize=1)
def _worker_toxicity(model: str) -> Any:
    # Loaded once per worker process and reused for every chunk it handles.
    from ..scoring.toxicity import ToxicityScorer

    return ToxicityScorer(model)


def toxicity_frame(texts: Sequence[str], scorer: TextScorer | None) -> pl.DataFrame:
    """Every ``TOXICITY_COLUMNS`` column (null where the model has no such label) and
    ``toxicity_model``; all null when ``scorer`` is None (toxicity not requested)."""
    if scorer is None or not texts:
        scores = pl.DataFrame(height=len(texts))
        model = scorer.name if scorer is not None else None
    else:
        scores = scorer.score(list(texts))
        model = scorer.name
    missing = [pl.lit(None, pl.Float64).alias(c) for c in TOXICITY_COLUMNS if c not in scores]
    return scores.with_columns(missing).select(
        *[pl.col(c).cast(pl.Float64) for c in TOXICITY_COLUMNS],
        pl.lit(model, pl.String).alias("toxicity_model"),
    )


def scores_frame(sentiment: pl.DataFrame, toxicity: pl.DataFrame) -> pl.DataFrame:
    """The ``scores`` table (``SCORES_SCHEMA``) from row-aligned sentiment and toxicity."""
    return pl.concat([sentiment, toxicity], how="horizontal").select(
        [pl.col(name).cast(dtype) for name, dtype in SCORES_SCHEMA.items()]
    )
