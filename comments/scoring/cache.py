"""A content-hash cache of scores, stored as one Parquet file.

A row is keyed by the SHA-256 of a text, the *identity* of the model that scored it
(for example ``"vader-3.3.2:lexicon-…:sentences-mean-v1"`` or a Detoxify model name
plus a weights fingerprint) and :data:`CACHE_SCHEMA_VERSION`. Re-running a corpus
therefore scores only new texts; a different model, different weights or a new score
layout never reuses old scores (rows of an older layout are dropped on the next
write). Texts themselves are not stored, only their hashes.

Writes go to a temporary file in the same folder, then replace the cache in one
rename, so a crash never leaves half a file. Two processes writing the same cache at
once do not corrupt it, but the last writer's rows win. A file that cannot be read is
reported with a warning and rebuilt from the next scores stored.

>>> import tempfile, pathlib, polars as pl
>>> path = pathlib.Path(tempfile.mkdtemp()) / "scores.parquet"
>>> cache = ScoreCache(path)
>>> cache.store("toy-model", ["nice", "rude"], pl.DataFrame({"toxicity": [0.1, 0.9]}))
>>> hits, missing = ScoreCache(path).lookup("toy-model", ["rude", "new", "nice"])
>>> hits["index"].to_list(), hits["toxicity"].to_list(), missing
([0, 2], [0.9, 0.1], [1])
>>> ScoreCache(path).lookup("other-model", ["rude"])[1]
[0]
"""

from __future__ import annotations

import hashlib
import os
import warnings
from collections.abc import Sequence
from pathlib import Path

import polars as pl

from ..atomic import atomic_path
from ..errors import InputError
from ..tables import SENTIMENT_COLUMNS, TOXICITY_COLUMNS

__all__ = ["CACHE_SCHEMA_VERSION", "ScoreCache", "text_key"]

# Bump when the meaning or layout of stored score columns changes.
CACHE_SCHEMA_VERSION = 1
SCORE_COLUMNS = (*SENTIMENT_COLUMNS, *TOXICITY_COLUMNS)
_KEY_SCHEMA: dict[str, pl.DataType] = {
    "key": pl.String(),
    "identity": pl.String(),
    "version": pl.Int64(),
}
_FILE_SCHEMA: dict[str, pl.DataType] = {
    **_KEY_SCHEMA,
    **{name: pl.Float64() for name in SCORE_COLUMNS},
}


def text_key(text: str) -> str:
    """The cache key of a text: the hex SHA-256 of its UTF-8 bytes.

    >>> text_key("")[:16]
    'e3b0c44298fc1c14'
    """
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


class ScoreCache:
    """Scores already computed, looked up by (text hash, model identity, schema version).

    ``path`` is the Parquet file (created on the first :meth:`store`; its folder too).
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        if self.path.is_dir():
            raise InputError(
                f"score cache {self.path} is a folder; pass a file path "
                "such as scores-cache.parquet"
            )
        self._rows: pl.DataFrame | None = None  # read on first use

    def lookup(
        self, identity: str, texts: Sequence[str], columns: Sequence[str] | None = None
    ) -> tuple[pl.DataFrame, list[int]]:
        """Cached scores of ``texts`` under ``identity``: ``(hits, missing)``.

        ``hits`` has an ``index`` column (position in ``texts``, ascending) and the
        score ``columns`` (all known score columns by default); ``missing`` lists the
        positions with no cached scores.
        """
        columns = list(SCORE_COLUMNS if columns is None else columns)
        _check_columns(columns)
        wanted = pl.DataFrame(
            {"index": range(len(texts)), "key": [text_key(text) for text in texts]},
            schema={"index": pl.Int64(), "key": pl.String()},
        )
        stored = self._current(identity).select("key", *columns)
        hits = wanted.join(stored, on="key", how="inner").sort("index").drop("key")
        found = set(hits["index"].to_list())
        return hits, [index for index in range(len(texts)) if index not in found]

    def store(self, identity: str, texts: Sequence[str], scores: pl.DataFrame) -> None:
        """Remember ``scores`` (one row per text, score columns only) under ``identity``."""
        if len(texts) != scores.height:
            raise ValueError(f"{len(texts)} texts but {scores.height} score rows")
        _check_columns(scores.columns)
        new = pl.DataFrame(
            {
                "key": [text_key(text) for text in texts],
                "identity": identity,
                "version": CACHE_SCHEMA_VERSION,
            },
            schema=_KEY_SCHEMA,
        ).hstack(scores.cast(pl.Float64))
        new = new.select(
            pl.col(name) if name in new.columns else pl.lit(None, dtype).alias(name)
            for name, dtype in _FILE_SCHEMA.items()
        )
        current = self._read().filter(pl.col("version") == CACHE_SCHEMA_VERSION)  # drop stale
        rows = pl.concat([current, new]).unique(
            subset=["key", "identity", "version"], keep="last", maintain_order=True
        )
        self._write(rows)
        self._rows = rows

    def __len__(self) -> int:
        """Number of cached (text, model) rows of the current schema version."""
        return self._read().filter(pl.col("version") == CACHE_SCHEMA_VERSION).height

    def _current(self, identity: str) -> pl.DataFrame:
        rows = self._read()
        return rows.filter(
            (pl.col("identity") == identity) & (pl.col("version") == CACHE_SCHEMA_VERSION)
        )  # keys are unique per identity: store() keeps the last row of each

    def _read(self) -> pl.DataFrame:
        if self._rows is None:
            self._rows = self._load()
        return self._rows

    def _load(self) -> pl.DataFrame:
        empty = pl.DataFrame(schema=_FILE_SCHEMA)
        if not self.path.exists():
            return empty
        try:
            rows = pl.read_parquet(self.path)
            missing = set(_FILE_SCHEMA) - set(rows.columns)
            if missing:
                raise ValueError(f"columns {sorted(missing)} missing")
            return rows.select(pl.col(name).cast(dtype) for name, dtype in _FILE_SCHEMA.items())
        except Exception as error:  # any unreadable file: report, start again
            warnings.warn(
                f"score cache {self.path} is unreadable ({type(error).__name__}: {error}); "
                "ignoring it — it will be rebuilt as texts are scored again",
                RuntimeWarning,
                stacklevel=3,
            )
            return empty

    def _write(self, rows: pl.DataFrame) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with atomic_path(self.path) as temporary:  # atomic on POSIX and Windows
            rows.write_parquet(temporary)


def _check_columns(columns: Sequence[str]) -> None:
    unknown = [name for name in columns if name not in SCORE_COLUMNS]
    if unknown:
        raise ValueError(f"not score columns: {unknown}; known: {list(SCORE_COLUMNS)}")
