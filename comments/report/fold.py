"""Tables folded over a stream of batches into results of bounded size.

A :class:`Fold` keeps the *reduction* of every row added so far. A reduction maps any
table of rows to a summary, and applied to a union of summaries gives the summary of the
union (``reduce(a ∪ b) == reduce(reduce(a) ∪ reduce(b))``), so rows can come in batches
of any size and the result is that of the whole table at once:

- :func:`sum_by` — additive columns (counts, sums, sums of squares) summed per key;
- :func:`top` — the first ``k`` rows in a total order;
- :func:`sample` — the ``k`` rows whose id hashes lowest: a uniform sample that depends
  on the ids only (not on their order or batching), the same on every run.

Rows that must all be kept (one per page, one per thread) go to :class:`Staged`: one
Parquet file per batch on disk, read back lazily.

    >>> import polars as pl
    >>> fold = Fold(sum_by("k"))
    >>> for batch in ({"k": ["a", "b"], "n": [1, 2]}, {"k": ["a"], "n": [5]}):
    ...     fold.add(pl.DataFrame(batch))
    >>> fold.result().sort("k").rows()
    [('a', 6), ('b', 2)]
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import polars as pl

__all__ = ["Fold", "Sample", "Staged", "in_share", "sample", "sum_by", "top"]

Reduce = Callable[[pl.DataFrame], pl.DataFrame]
#: Rows a fold takes in before it reduces them with its result again: at least this many,
#: and as many as the result holds (so a fold holds at most twice its result, and each
#: row is reduced a bounded number of times on average).
BUFFER_ROWS = 10_000
#: Seed of the hash that orders rows for :func:`sample` (polars' hash: stable within one
#: polars version, so a report is reproducible on the same installation).
SAMPLE_SEED = 20_240_101


class Fold:
    """The reduction of every table :meth:`add` has been given (at least one)."""

    def __init__(self, reduce: Reduce, *, buffer_rows: int = BUFFER_ROWS) -> None:
        self._reduce = reduce
        self._buffer = buffer_rows
        self._parts: list[pl.DataFrame] = []
        self._pending = 0

    def add(self, frame: pl.DataFrame) -> None:
        """Fold in the rows of ``frame``."""
        part = self._reduce(frame)
        self._parts.append(part)
        self._pending += part.height
        if self._pending > max(self._buffer, self._parts[0].height):
            self._compact()

    def result(self) -> pl.DataFrame:
        """The reduction of every row added."""
        if not self._parts:
            raise ValueError("nothing was added to this fold")
        self._compact()
        return self._parts[0]

    def _compact(self) -> None:
        if len(self._parts) > 1:
            self._parts = [self._reduce(pl.concat(self._parts, how="vertical_relaxed"))]
        self._pending = 0


def sum_by(*keys: str) -> Reduce:
    """Every other column summed per value of ``keys`` (nulls count as 0)."""
    return lambda frame: frame.group_by(keys).agg(pl.exclude(keys).sum())


def top(
    k: int, by: Sequence[str], descending: Sequence[bool], *, nulls_last: bool = False
) -> Reduce:
    """The first ``k`` rows ordered by ``by`` (make the order total: ties are not kept
    in any order)."""
    return lambda frame: frame.sort(by, descending=descending, nulls_last=nulls_last).head(k)


def sample(k: int, key: str) -> Reduce:
    """The ``k`` rows whose ``key`` hashes lowest (``key`` unique: a page or unit id), in
    the order they came (so a figure draws them as it would draw every row)."""

    def reduce(frame: pl.DataFrame) -> pl.DataFrame:
        if frame.height <= k:
            return frame
        ranked = frame.with_row_index("_row").sort(pl.col(key).hash(SAMPLE_SEED), key)
        return ranked.head(k).sort("_row").drop("_row")

    return reduce


def in_share(key: str, share: float) -> pl.Expr:
    """True for about ``share`` (0..1) of the rows: those whose ``key`` hashes lowest, in
    the order :func:`sample` takes them (so the same rows on every run)."""
    below = min(int(share * 2.0**64), 2**64 - 1)
    return pl.col(key).hash(SAMPLE_SEED) < pl.lit(below, dtype=pl.UInt64)


@dataclass(frozen=True)
class Sample:
    """Rows drawn from a set of ``total`` rows: all of them, or a :func:`sample`."""

    rows: pl.DataFrame
    total: int

    @property
    def partial(self) -> bool:
        """True when ``rows`` are a sample rather than the whole set."""
        return self.rows.height < self.total


class Staged:
    """Rows kept on disk, one Parquet file per :meth:`add`, in the order added."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self._files: list[Path] = []
        self._schema: pl.Schema | None = None

    def add(self, frame: pl.DataFrame) -> None:
        """Write ``frame`` (cast to the first frame's schema, so every file reads as one)."""
        if self._schema is None:
            self._schema = frame.schema
        path = self.folder / f"part-{len(self._files):06d}.parquet"
        frame.cast(self._schema).write_parquet(path)
        self._files.append(path)

    def scan(self) -> pl.LazyFrame:
        """Every row written, in order (the files must stay until the frame is read)."""
        if not self._files:
            raise ValueError("nothing was added to this table")
        return pl.scan_parquet(self._files)
