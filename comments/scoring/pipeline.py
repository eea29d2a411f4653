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
from .languages import allowed_mask, not_scored_reason, scorer_languages

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

    @property
    def columns(self) -> tuple[str, ...]: ...  # the score columns it adds, in order

    @property
    def identity(self) -> str: ...  # model + weights fingerprint: the cache key's model part

    def score(self, texts: list[str]) -> pl.DataFrame: ...


def score_units(
    units: pl.DataFrame,
    sentiment: bool | TextScorer | None = True,
    toxicity: str | TextScorer | None = None,
    cache: str | os.PathLike[str] | ScoreCache | None = None,
    progress: bool | None = None,
    all_languages: bool = False,
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
        all_languages: score every unit with every scorer. By default a unit whose
            ``lang`` column names a language a scorer was not made for (VADER and the
            linear tier: English only) gets nulls from it, and ``not_scored`` says why
            (:mod:`comments.scoring.languages`).

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
        langs=None if all_languages or "lang" not in units.columns else units["lang"].to_list(),
    )


def build_scores(
    unit_ids: pl.Series | Sequence[str],
    texts: Sequence[str | None],
    *,
    sentiment: bool | TextScorer | None = True,
    toxicity: str | TextScorer | None = None,
    cache: str | os.PathLike[str] | ScoreCache | None = None,
    progress: bool | None = False,
    langs: Sequence[str | None] | None = None,
) -> pl.DataFrame:
    """The ``scores`` table of ``texts`` (row-aligned with ``unit_ids``); arguments as in
    :func:`score_units`. Each distinct non-blank text reaches each scorer once. ``langs``
    (row-aligned language codes) keeps each scorer to the languages it was made for;
    None scores everything.

    >>> build_scores(["a", "b", "c"], ["Thanks!", "Thanks!", None]).select(
    ...     "unit_id", "sentiment_compound").rows()
    [('a', 0.4926), ('b', 0.4926), ('c', None)]
    >>> build_scores(["a", "b"], ["Danke!", "Thanks!"], langs=["de", "en"]).select(
    ...     "sentiment_compound", "not_scored").rows()
    [(None, 'vader (lang de; scores en)'), (0.4926, None)]
    """
    cleaned = [text if text and not text.isspace() else None for text in texts]
    store = ScoreCache(cache) if isinstance(cache, str | os.PathLike) else cache
    toxicity = _toxicity_scorer(toxicity)
    kinds = (("sentiment", _sentiment_scorer(sentiment)), ("toxicity", toxicity))
    plans = [_Plan.make(kind, scorer, cleaned, langs, store) for kind, scorer in kinds if scorer]
    with _progress_bar(progress, total=sum(len(p.job.missing) for p in plans)) as bar:
        per_text = [plan.job.run(plan.unique, store, bar) for plan in plans]
    table = pl.DataFrame({"unit_id": pl.Series(unit_ids, dtype=pl.String)})
    for plan, scores in zip(plans, per_text, strict=True):
        table = table.hstack(_spread(plan.texts, plan.unique, scores))
    return _scores_table(table, toxicity, _reasons(plans, cleaned, langs))


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
    reasons = pl.concat_str(
        scores["not_scored"], toxicity["not_scored"], separator="; ", ignore_nulls=True
    ).replace("", None)
    return scores.with_columns(
        toxicity.select(*TOXICITY_COLUMNS, "toxicity_model"), not_scored=reasons
    )


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


@dataclass
class _Plan:
    """One scorer's units: the texts it may score (None where its language is not one the
    scorer was made for), their distinct values, and the job that scores them."""

    scorer: TextScorer
    texts: list[str | None]
    unique: list[str]
    job: _Job

    @classmethod
    def make(
        cls,
        kind: str,
        scorer: TextScorer,
        cleaned: list[str | None],
        langs: Sequence[str | None] | None,
        store: ScoreCache | None,
    ) -> _Plan:
        texts = cleaned
        if langs is not None:
            mask = allowed_mask(langs, scorer_languages(scorer))
            texts = [text if ok else None for text, ok in zip(cleaned, mask, strict=True)]
        unique = list(dict.fromkeys(text for text in texts if text is not None))
        return cls(scorer, texts, unique, _Job.plan(kind, scorer, unique, store))


def _spread(texts: list[str | None], unique: list[str], per_text: pl.DataFrame) -> pl.DataFrame:
    """Per-distinct-text scores spread back onto the units (None texts: nulls)."""
    position = {text: index for index, text in enumerate(unique)}
    blank = len(unique)  # blank texts point at the all-null row appended here
    nulls = pl.DataFrame([pl.Series(name, [None], pl.Float64) for name in per_text.columns])
    rows = pl.Series([blank if text is None else position[text] for text in texts], dtype=pl.Int64)
    return pl.concat([per_text, nulls])[rows]


def _reasons(
    plans: list[_Plan], cleaned: list[str | None], langs: Sequence[str | None] | None
) -> list[str | None]:
    """Per unit: which scorers skipped it and why (None when none did)."""
    if langs is None:
        return [None] * len(cleaned)
    reasons: list[list[str]] = [[] for _ in cleaned]
    for plan in plans:
        languages = scorer_languages(plan.scorer) or ()
        for index, (text, kept) in enumerate(zip(cleaned, plan.texts, strict=True)):
            if text is not None and kept is None:
                reasons[index].append(not_scored_reason(plan.scorer.name, langs[index], languages))
    return ["; ".join(parts) or None for parts in reasons]


def _scores_table(
    table: pl.DataFrame, toxicity: TextScorer | None, reasons: list[str | None]
) -> pl.DataFrame:
    """The unit-aligned score columns completed to SCORES_SCHEMA, in its order."""
    model = toxicity.name if toxicity is not None else None
    table = table.with_columns(not_scored=pl.Series(reasons, dtype=pl.String))
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
