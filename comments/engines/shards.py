"""The on-disk shard layout of a corpus run, and its crash-safe writes.

Layout (a contract for outside tooling; every file readable with ``pl.scan_parquet``)::

    DIR/pages/<chunk>.parquet    PAGES_SCHEMA
    DIR/units/<chunk>.parquet    UNITS_SCHEMA
    DIR/scores/<chunk>.parquet   SCORES_SCHEMA
    DIR/_done/<chunk>.json       completion marker, written last: {"pages": n, "units": m}
    DIR/_manifest.json           what the run was made from (inputs and options)

A chunk counts only once its marker exists. Its three shards are written under
temporary names (which ``*.parquet`` globs do not match), flushed to disk, renamed into
place, and only then is the marker renamed into place; a run killed at any moment can
leave only files of chunks without a marker, which :meth:`ShardStore.discard_incomplete`
removes before a resumed run writes those chunks again.

>>> import tempfile, polars as pl
>>> from comments.tables import pages_frame, units_frame, SCORES_SCHEMA
>>> store = ShardStore(tempfile.mkdtemp())
>>> store.claim({"inputs": ["demo"]}, overwrite=False)
>>> store.write_chunk("chunk-000000", pages_frame([]), units_frame([]),
...                   pl.DataFrame(schema=SCORES_SCHEMA))
>>> sorted(store.done_chunks()), store.read("units").columns[:2]
(['chunk-000000'], ['page_id', 'unit_id'])
"""

from __future__ import annotations

import contextlib
import json
import shutil
from pathlib import Path
from typing import Any

import polars as pl

from ..atomic import TMP_SUFFIX, atomic_path, fsync_dir, write_bytes_atomic
from ..errors import InputError
from ..tables import PAGES_SCHEMA, SCORES_SCHEMA, UNITS_SCHEMA

__all__ = ["MANIFEST_NAME", "TABLES", "ShardStore", "chunk_name"]

# Table name -> schema; the table name is also the shard folder's name.
TABLES: dict[str, dict[str, pl.DataType]] = {
    "pages": PAGES_SCHEMA,
    "units": UNITS_SCHEMA,
    "scores": SCORES_SCHEMA,
}
DONE_DIR = "_done"
MANIFEST_NAME = "_manifest.json"


def chunk_name(index: int) -> str:
    """The shard name of the ``index``-th chunk (zero-padded so names sort in input order).

    >>> chunk_name(12)
    'chunk-000012'
    """
    return f"chunk-{index:06d}"


class ShardStore:
    """Reads and writes the shard folders of one run directory."""

    def __init__(self, root: str | Path) -> None:
        self.root = Path(root)

    # -- manifest ------------------------------------------------------------------

    def read_manifest(self) -> dict[str, Any] | None:
        """The stored manifest, or None when the folder holds no run yet."""
        path = self.root / MANIFEST_NAME
        if not path.exists():
            return None
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise InputError(
                f"{path}: unreadable run manifest ({exc}); rerun with --overwrite to start over"
            ) from exc

    def claim(self, manifest: dict[str, Any], *, overwrite: bool) -> None:
        """Make the folder ours for ``manifest``: new, resumed, or (``overwrite``) emptied.

        Raises :class:`~comments.errors.InputError` when the folder holds a run made
        from other inputs or options, or files that are not a run's.
        """
        if overwrite:
            self.clear()
        stored = self.read_manifest()
        if stored is None:
            if self.root.exists() and any(self.root.iterdir()):
                raise InputError(
                    f"{self.root}: folder is not empty and holds no run manifest; "
                    "choose an empty --out folder or pass --overwrite to empty it"
                )
            self._prepare()
            write_bytes_atomic(self.root / MANIFEST_NAME, _json_bytes(manifest), durable=True)
            return
        if stored != manifest:
            changed = sorted(
                k for k in manifest.keys() | stored.keys() if manifest.get(k) != stored.get(k)
            )
            raise InputError(
                f"{self.root}: holds a run made with different inputs or options "
                f"({', '.join(changed)} differ); rerun the original command to resume it, "
                "choose another --out folder, or pass --overwrite to start over"
            )
        self._prepare()

    def clear(self) -> None:
        """Remove every file of a previous run (only the layout's own names)."""
        for name in (*TABLES, DONE_DIR):
            shutil.rmtree(self.root / name, ignore_errors=True)
        (self.root / MANIFEST_NAME).unlink(missing_ok=True)

    def _prepare(self) -> None:
        for name in (*TABLES, DONE_DIR):
            (self.root / name).mkdir(parents=True, exist_ok=True)

    # -- chunks --------------------------------------------------------------------

    def done_chunks(self) -> dict[str, dict[str, int]]:
        """Completed chunks: name -> the counts stored in its marker."""
        done_dir = self.root / DONE_DIR
        if not done_dir.exists():
            return {}
        return {
            path.stem: json.loads(path.read_text(encoding="utf-8"))
            for path in sorted(done_dir.glob("*.json"))
        }

    def discard_incomplete(self) -> int:
        """Delete shards and temporary files of chunks that have no marker; return how many."""
        done = self.done_chunks()
        removed = 0
        for name in (*TABLES, DONE_DIR):
            folder = self.root / name
            for path in folder.glob("*") if folder.exists() else ():
                orphan = path.name.endswith(TMP_SUFFIX) or (
                    name != DONE_DIR and path.stem not in done
                )
                if orphan:
                    path.unlink()
                    removed += 1
        return removed

    def write_chunk(
        self, name: str, pages: pl.DataFrame, units: pl.DataFrame, scores: pl.DataFrame
    ) -> None:
        """Write one chunk's three shards, then its marker (the commit point)."""
        frames = {"pages": pages, "units": units, "scores": scores}
        # Each shard is written and flushed under a temporary name; the renames happen
        # together when the stack closes, after all three writes succeeded.
        with contextlib.ExitStack() as staged:
            for table, schema in TABLES.items():
                final = self.root / table / f"{name}.parquet"
                temporary = staged.enter_context(atomic_path(final, durable=True))
                frames[table].select(list(schema)).cast(schema).write_parquet(temporary)
        for table in TABLES:  # the shards' renames must be durable before the marker's
            fsync_dir(self.root / table)
        counts = {"pages": pages.height, "units": units.height}
        write_bytes_atomic(self.root / DONE_DIR / f"{name}.json", _json_bytes(counts), durable=True)
        fsync_dir(self.root / DONE_DIR)

    def scan(self, table: str) -> pl.LazyFrame:
        """Lazily read one table across all completed shards."""
        return pl.scan_parquet(self.root / table / "*.parquet", schema=TABLES[table])

    def read(self, table: str) -> pl.DataFrame:
        """One table across all completed shards, in chunk-name order."""
        done = self.done_chunks()
        paths = [p for p in sorted((self.root / table).glob("*.parquet")) if p.stem in done]
        frames = [pl.read_parquet(path) for path in paths]
        return pl.concat(frames) if frames else pl.DataFrame(schema=TABLES[table])


def _json_bytes(data: dict[str, Any]) -> bytes:
    return json.dumps(data, indent=1, sort_keys=True).encode("utf-8")
