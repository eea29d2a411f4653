"""The one scoring path: texts and scorers in, the ``scores`` table out.

:func:`build_scores` is the only code that fills ``comments.tables.SCORES_SCHEMA``:
:func:`score_units`, the local engine and the Ray engine all call it. Each distinct
text is scored once per model (comment sections repeat themselves: "+1", "Thanks!",
quoted replies), cached scores are reused, every scorer call is checked (one row per
text, the promised columns), and a progress bar shows long runs.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Protocol

import polars as pl

from ..errors import InputError
from ..tables import SCORES_SCHEMA, SENTIMENT_COLUMNS, TOXICITY_COLUMNS
from .cache import ScoreCache

__all__ = ["TextScorer", "build_scores", "score_units", "with_toxicity"]

# Texts handed to a scorer per call, unless the scorer states its own ``batch_texts``:
# sentiment is cheap, toxicity models sort each call's texts by length, so bigger
# calls pad less.
_BATCH = {"sentiment": 20_000, "toxicity": 1_024}
_CHECKPOINT_SECONDS = 60.0  # new scores reach the cache file at least this often


class TextScorer(Protocol):
    """What the scoring path needs of a scorer (``SentimentScorer``, ``ToxicityScorer``).

    A scorer may also set ``batch_texts``, the texts it wants per ``score`` call.
    """

    name: str
    columns: tuple[str, ...]

    @property
    def identity(self) -> str: ...  # model + weights fingerprint: the cache key's model part

    def score(self, texts: list[str]) -> pl.DataFrame: ...


def score_units(
    units: pl.DataFrame,
    sentiment: bool | TextScorer | None = True,
    toxicity: str | TextScorer | None = None,
    cache: str | os.PathLike[str] | ScoreCache | None = None,
    progress: bool | None = None,
) -> pl.DataFrame:
    """The ``scores`` table (``comments.tables.SCORES_SCHEMA``): one row per unit, same order.

    Args:
        units: a ``units`` table (at least ``unit_id`` and ``text``).
        sentiment: ``True`` for a default :class:`~comments.SentimentScorer`, a scorer
            instance, or ``None``/``False`` to leave the ``sentiment_*`` columns null.
        toxicity: a :class:`~comments.ToxicityScorer` (or any object with ``name``,
            ``identity``, ``columns`` and ``score``), a model name for
            ``ToxicityScorer(name)`` (e.g. ``"profanity-check"``), or ``None`` for null
            toxicity columns. ``toxicity_model`` is its ``name`` (null without one).
        cache: a Parquet file (or :class:`ScoreCache`) of scores from earlier runs;
            only texts missing from it are scored, and new scores are added to it.
        progress: show a progress bar; by default only when stderr is a terminal.

    Blank texts get null scores. Columns a toxicity model does not produce stay null.

    >>> from comments.tables import units_frame
    >>> units = units_frame([{"unit_id": "p/c1", "text": "I love this."},
    ...                      {"unit_id": "p/c2", "text": ""}])
    >>> score_units(units).select("unit_id", "sentiment_compound", "toxicity_model").rows()
    [('p/c1', 0.6369, None), ('p/c2', None, None)]
    """
    _check_units(units)
    return build_scores(
        units["unit_id"],
        units["text"].to_list(),
        sentiment=sentiment,
        toxicity=toxicity,
        cache=cache,
        progress=progress,
    )


def build_scores(
    unit_ids: pl.Series | Sequence[str],
    texts: Sequence[str | None],
    *,
    sentiment: bool | TextScorer | None = True,
    toxicity: str | TextScorer | None = None,
    cache: str | os.PathLike[str] | ScoreCache | None = None,
    progress: bool | None = False,
) -> pl.DataFrame:
    """The ``scores`` table of ``texts`` (row-aligned with ``unit_ids``); arguments as in
    :func:`score_units`. Each distinct non-blank text reaches each scorer once.

    >>> build_scores(["a", "b", "c"], ["Thanks!", "Thanks!", None]).select(
    ...     "unit_id", "sentiment_compound").rows()
    [('a', 0.4926), ('b', 0.4926), ('c', None)]
    """
    cleaned = [text if text and not text.isspace() else None for text in texts]
    unique = list(dict.fromkeys(text for text in cleaned if text is not None))
    store = ScoreCache(cache) if isinstance(cache, str | os.PathLike) else cache
    toxicity = _toxicity_scorer(toxicity)
    jobs = [
        _Job.plan(kind, scorer, unique, store)
        for kind, scorer in (("sentiment", _sentiment_scorer(sentiment)), ("toxicity", toxicity))
        if scorer is not None
    ]
    with _progress_bar(progress, total=sum(len(job.missing) for job in jobs)) as bar:
        per_text = [job.run(unique, store, bar) for job in jobs]
    merged = pl.concat(per_text, how="horizontal") if per_text else pl.DataFrame()
    ids = pl.Series("unit_id", unit_ids, dtype=pl.String)
    return _scores_table(ids, cleaned, unique, merged, toxicity)


def with_toxicity(scores: pl.DataFrame, toxicity: pl.DataFrame) -> pl.DataFrame:
    """``scores`` with its toxicity columns and ``toxicity_model`` taken from ``toxicity``,
    a row-aligned scores table of the same units (how engines add a model scored elsewhere).

    >>> vader = build_scores(["a"], ["Thanks!"])
    >>> none = build_scores(["a"], ["Thanks!"], sentiment=None)
    >>> with_toxicity(vader, none).equals(vader)
    True
    """
    if scores.height != toxicity.height:
        raise ValueError(f"{scores.height} score rows but {toxicity.height} toxicity rows")
    return scores.with_columns(toxicity.select(*TOXICITY_COLUMNS, "toxicity_model"))


def _check_units(units: Any) -> None:
    """Raise :class:`InputError` unless ``units`` is a table with ``unit_id`` and ``text``."""
    if not isinstance(units, pl.DataFrame):
        raise InputError(
            f"score_units needs a polars DataFrame (the units table), got "
            f"{type(units).__name__}; build one with comments.load_corpus(...).units"
        )
    missing = {"unit_id", "text"} - set(units.columns)
    if missing:
        raise InputError(
            f"the units table lacks column(s) {sorted(missing)}; pass the "
            "`units` table of comments.load_corpus or comments.tables.units_frame"
        )


def _sentiment_scorer(sentiment: bool | TextScorer | None) -> TextScorer | None:
    if sentiment is True:
        from .sentiment import SentimentScorer

        return SentimentScorer()
    return sentiment or None


def _toxicity_scorer(toxicity: str | TextScorer | None) -> TextScorer | None:
    if isinstance(toxicity, str):
        from .toxicity import ToxicityScorer

        return ToxicityScorer(toxicity)
    return toxicity


@dataclass
class _Job:
    """One scorer's share of the work: what the cache already has, what is left."""

    kind: str  # "sentiment" | "toxicity": picks the batch size
    scorer: TextScorer
    columns: list[str]
    hits: pl.DataFrame  # "index" (position among the distinct texts) + columns
    missing: list[int]

    @classmethod
    def plan(
        cls, kind: str, scorer: TextScorer, texts: list[str], cache: ScoreCache | None
    ) -> _Job:
        columns = list(SENTIMENT_COLUMNS if kind == "sentiment" else scorer.columns)
        if cache is not None:
            hits, missing = cache.lookup(scorer.identity, texts, columns)
        else:
            schema = {"index": pl.Int64, **{name: pl.Float64 for name in columns}}
            hits, missing = pl.DataFrame(schema=schema), list(range(len(texts)))
        return cls(kind, scorer, columns, hits.select("index", *columns), missing)

    def run(self, texts: list[str], cache: ScoreCache | None, bar: Any) -> pl.DataFrame:
        """Scores of every distinct text, in order (cached rows and new ones)."""
        bar.set_description(f"scoring {self.scorer.name}")
        todo = [texts[index] for index in self.missing]
        fresh = self._score(todo, cache, bar).with_columns(
            index=pl.Series(self.missing, dtype=pl.Int64)
        )
        every = pl.concat([self.hits, fresh.select(self.hits.columns)])
        return every.sort("index").drop("index")

    def _score(self, texts: list[str], cache: ScoreCache | None, bar: Any) -> pl.DataFrame:
        """Score ``texts`` batch by batch, saving to the cache at least once a minute."""
        size = getattr(self.scorer, "batch_texts", None) or _BATCH[self.kind]
        identity = self.scorer.identity
        done = [pl.DataFrame(schema={name: pl.Float64 for name in self.columns})]
        saved_batches, saved_texts, last_save = 1, 0, time.monotonic()
        for start in range(0, len(texts), size):
            stop = min(start + size, len(texts))
            done.append(_checked(self.scorer, texts[start:stop], self.columns))
            bar.update(stop - start)
            due = time.monotonic() - last_save > _CHECKPOINT_SECONDS
            if cache is not None and (due or stop == len(texts)):
                cache.store(identity, texts[saved_texts:stop], pl.concat(done[saved_batches:]))
                saved_batches, saved_texts, last_save = len(done), stop, time.monotonic()
        return pl.concat(done)


def _checked(scorer: TextScorer, batch: list[str], columns: list[str]) -> pl.DataFrame:
    """One scorer call, with its promise (one row per text, the named columns) checked."""
    scores = scorer.score(batch)
    absent = [name for name in columns if name not in scores.columns]
    if scores.height != len(batch) or absent:
        raise ValueError(
            f"scorer {scorer.name!r} returned {scores.height} rows for "
            f"{len(batch)} texts (missing columns: {absent})"
        )
    return scores.select(pl.col(name).cast(pl.Float64) for name in columns)


def _scores_table(
    unit_ids: pl.Series,
    texts: list[str | None],
    unique: list[str],
    per_text: pl.DataFrame,
    toxicity: TextScorer | None,
) -> pl.DataFrame:
    """Spread the per-distinct-text scores back onto the units, in SCORES_SCHEMA order."""
    table = pl.DataFrame({"unit_id": unit_ids})
    if per_text.width:
        position = {text: index for index, text in enumerate(unique)}
        blank = len(unique)  # blank texts point at the all-null row appended here
        nulls = pl.DataFrame([pl.Series(name, [None], pl.Float64) for name in per_text.columns])
        rows = pl.Series(
            [blank if text is None else position[text] for text in texts], dtype=pl.Int64
        )
        table = table.hstack(pl.concat([per_text, nulls])[rows])
    model = toxicity.name if toxicity is not None else None
    return table.with_columns(toxicity_model=pl.lit(model, dtype=pl.String)).select(
        pl.col(name).cast(dtype)
        if name in table.columns or name == "toxicity_model"
        else pl.lit(None, dtype).alias(name)
        for name, dtype in SCORES_SCHEMA.items()
    )


@contextmanager
def _progress_bar(progress: bool | None, total: int) -> Iterator[Any]:
    """A tqdm bar over texts, shown on a terminal (or when asked), silent otherwise."""
    from tqdm.auto import tqdm

    show = sys.stderr.isatty() if progress is None else progress
    bar = tqdm(total=total, unit="text", disable=not show, file=sys.stderr)
    try:
        yield bar
    finally:
        bar.close()
