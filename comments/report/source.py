"""Where a report's tables come from: batches of whole pages, and the rows of chosen pages.

A report reads its corpus once, in batches (:meth:`batches`), folding every number it
needs (:mod:`.aggregate`); then reads the rows of the few pages it draws in full
(:meth:`select`); and copies the tables to its folder (:meth:`scan`). All the rows of a
page are in one batch, so every within-page statistic is exact batch by batch.

- :class:`TablesSource` — tables in memory (a corpus just parsed and scored): one batch.
- :class:`RunSource` — the shards of ``comments run``, a few chunks at a time: memory
  holds one batch, however big the run.

    >>> import polars as pl
    >>> from comments.report.synthetic import synthetic_tables
    >>> source = TablesSource(*synthetic_tables(5, seed=1))
    >>> [batch.pages.height for batch in source.batches()], source.n_pages
    ([5], 5)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Protocol

import polars as pl

from ..errors import InputError
from ..tables import SENTIMENT_COLUMNS, TOXICITY_COLUMNS
from . import analysis

__all__ = ["BATCH_UNITS", "Batch", "ReportSource", "RunSource", "TablesSource", "whole_pages"]

#: Units a batch of a run folder gathers (whole chunks, so a batch may hold more): enough
#: that per-batch work is not dominated by overhead, few enough that memory stays small.
BATCH_UNITS = 10_000
SCORE_COLUMNS = (*SENTIMENT_COLUMNS, *TOXICITY_COLUMNS)


@dataclass(frozen=True)
class Batch:
    """The three tables of a set of whole pages."""

    pages: pl.DataFrame
    units: pl.DataFrame
    scores: pl.DataFrame

    @cached_property
    def scored(self) -> pl.DataFrame:
        """The units with their scores (:func:`.analysis.scored_units`), every score
        column present (null where the scores table lacks it)."""
        scored = analysis.scored_units(self.units, self.scores)
        missing = [c for c in SCORE_COLUMNS if c not in scored.columns]
        return scored.with_columns(pl.lit(None, pl.Float64).alias(c) for c in missing)


class ReportSource(Protocol):
    """What a report reads its corpus through."""

    n_pages: int
    n_units: int

    def batches(self) -> Iterator[Batch]:
        """Every page once, in batches of whole pages (at least one batch)."""
        ...

    def select(self, page_ids: Iterable[str]) -> Batch:
        """The rows of the pages ``page_ids`` (a few)."""
        ...

    def scan(self, table: str) -> pl.LazyFrame:
        """The whole ``table`` ("pages", "units" or "scores"), to stream elsewhere."""
        ...


class TablesSource:
    """A corpus held in memory: the three tables, read as one batch."""

    def __init__(self, pages: pl.DataFrame, units: pl.DataFrame, scores: pl.DataFrame) -> None:
        self._batch = Batch(pages, units, scores)
        self.n_pages, self.n_units = pages.height, units.height

    def batches(self) -> Iterator[Batch]:
        yield self._batch

    def select(self, page_ids: Iterable[str]) -> Batch:
        return _select(self.scan("pages"), self.scan("units"), self.scan("scores"), page_ids)

    def scan(self, table: str) -> pl.LazyFrame:
        return getattr(self._batch, table).lazy()


class RunSource:
    """The completed chunks of a ``comments run`` folder, read whole chunks at a time
    until a batch holds ``batch_units`` units (checked as
    :meth:`~comments.engines.shards.ShardStore.iter_chunks` checks them)."""

    def __init__(self, run_dir: str | Path, *, batch_units: int | None = None) -> None:
        from ..engines.shards import ShardStore

        self.store = ShardStore(run_dir)
        done = self.store.done_chunks()
        if not done:
            raise InputError(
                f"{run_dir}/ holds no completed .parquet shards — is {run_dir} the --out "
                "folder of `comments run`?"
            )
        self.n_pages = sum(counts["pages"] for counts in done.values())
        self.n_units = sum(counts["units"] for counts in done.values())
        self.batch_units = BATCH_UNITS if batch_units is None else batch_units

    def batches(self) -> Iterator[Batch]:
        gathered: list[tuple[pl.DataFrame, ...]] = []
        units = 0
        for chunk in self.store.iter_chunks():
            gathered.append(chunk)
            units += chunk[1].height
            if units >= self.batch_units:
                yield _joined(gathered)
                gathered, units = [], 0
        if gathered:
            yield _joined(gathered)

    def select(self, page_ids: Iterable[str]) -> Batch:
        return _select(self.scan("pages"), self.scan("units"), self.scan("scores"), page_ids)

    def scan(self, table: str) -> pl.LazyFrame:
        return self.store.scan(table)


def whole_pages(frame: pl.DataFrame, max_rows: int) -> list[pl.DataFrame]:
    """``frame`` (rows with a ``page_id``) in parts of whole pages, each of about
    ``max_rows`` rows (more where one page has more): within-page work done part by part
    holds a part's intermediate tables, not the whole frame's.

    >>> import polars as pl
    >>> frame = pl.DataFrame({"page_id": ["a", "a", "b", "c", "c", "c"]})
    >>> [part["page_id"].to_list() for part in whole_pages(frame, 2)]
    [['a', 'a'], ['b', 'c', 'c', 'c']]
    """
    if frame.height <= max_rows:
        return [frame]
    sizes = frame.group_by("page_id", maintain_order=True).len()
    before = pl.col("len").cum_sum() - pl.col("len")  # rows of the pages before each page
    parts = sizes.select("page_id", _part=before // max_rows)
    return frame.join(parts, on="page_id", maintain_order="left").partition_by(
        "_part", include_key=False, maintain_order=True
    )


def _joined(chunks: list[tuple[pl.DataFrame, ...]]) -> Batch:
    pages, units, scores = (pl.concat(tables) for tables in zip(*chunks, strict=True))
    return Batch(pages, units, scores)


def _select(
    pages: pl.LazyFrame, units: pl.LazyFrame, scores: pl.LazyFrame, page_ids: Iterable[str]
) -> Batch:
    ids = pl.Series(list(page_ids), dtype=pl.String).implode()
    chosen = units.filter(pl.col("page_id").is_in(ids)).collect(engine="streaming")
    unit_ids = chosen["unit_id"].implode()
    return Batch(
        pages.filter(pl.col("page_id").is_in(ids)).collect(engine="streaming"),
        chosen,
        scores.filter(pl.col("unit_id").is_in(unit_ids)).collect(engine="streaming"),
    )
