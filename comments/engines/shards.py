"""The on-disk shard layout of a corpus run: crash-safe writes, ownership, the lock, and
the one reader.

Layout (a contract for outside tooling; every shard readable with ``pl.scan_parquet``)::

    DIR/_manifest.json           what the run was made from (inputs, options) and the layout
    DIR/pages/<chunk>.parquet    PAGES_SCHEMA
    DIR/units/<chunk>.parquet    UNITS_SCHEMA
    DIR/scores/<chunk>.parquet   SCORES_SCHEMA
    DIR/_done/<chunk>.json       completion marker, written last: {"pages": n, "units": m}
    DIR/_complete.json           written when a run has finished: its totals

``<chunk>`` is ``chunk-NNNNNN``: the chunk's index in input order, the same for every engine.

**Commit order.** A chunk counts only once its marker exists. Its three shards are written
under temporary names (``.<name>.<random>.tmp``, which ``*.parquet`` globs do not match),
flushed to disk, renamed into place, and only then is the marker renamed into place. A run
killed at any moment leaves only files of chunks without a marker, which
:meth:`ShardStore.discard_incomplete` removes before the chunks are written again.
Starting over (``--overwrite``) deletes the markers first, then the shards, then replaces
the manifest: killed anywhere in between, the folder still holds no marker without its
shards, and the same command finishes the job.

**Ownership.** The toolkit deletes only files it writes — the names above and its
temporary files, in a folder whose manifest it can read — and never a folder tree. A
folder that holds anything else and no manifest is refused, ``--overwrite`` or not, and
nothing in it is touched.

**Lock.** :meth:`ShardStore.locked` holds an exclusive ``flock`` on the folder for the
whole run: a second run on the same ``--out`` stops with a message instead of deleting
the first one's temporary files.

>>> import tempfile, polars as pl
>>> from comments.tables import pages_frame, units_frame, SCORES_SCHEMA
>>> store = ShardStore(tempfile.mkdtemp())
>>> with store.locked():
...     store.claim({"inputs": ["demo"]}, overwrite=False)
...     store.write_chunk("chunk-000000", pages_frame([]), units_frame([]),
...                       pl.DataFrame(schema=SCORES_SCHEMA))
>>> store.chunks(), store.read("units").columns[:2]
(['chunk-000000'], ['page_id', 'unit_id'])
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import polars as pl

from ..atomic import (
    TMP_SUFFIX,
    WRITE_ERRORS,
    atomic_path,
    fsync_dir,
    write_bytes_atomic,
    write_error_reason,
)
from ..errors import InputError, OutputError
from ..idstore import UniqueIds
from ..tables import PAGES_SCHEMA, SCORES_SCHEMA, UNITS_SCHEMA

__all__ = [
    "COMPLETE_NAME",
    "LAYOUT",
    "MANIFEST_NAME",
    "TABLES",
    "ShardStore",
    "chunk_name",
]

# Table name -> schema; the table name is also the shard folder's name.
TABLES: dict[str, dict[str, pl.DataType]] = {
    "pages": PAGES_SCHEMA,
    "units": UNITS_SCHEMA,
    "scores": SCORES_SCHEMA,
}
DONE_DIR = "_done"
MANIFEST_NAME = "_manifest.json"
COMPLETE_NAME = "_complete.json"
# What the manifest records of the layout: the names this toolkit writes, and so may delete.
LAYOUT: dict[str, Any] = {
    "tables": list(TABLES),
    "shard": "<table>/chunk-NNNNNN.parquet",
    "marker": f"{DONE_DIR}/chunk-NNNNNN.json",
    "temporary": ".<name>.<random>.tmp",
    "files": [MANIFEST_NAME, COMPLETE_NAME],
}
CHUNK_NAME = re.compile(r"chunk-\d{6,}")
# atomic_path's temporary files: "." + the target's name + "." + mkstemp's letters + ".tmp".
TEMPORARY_NAME = re.compile(rf"\.(?P<target>.+)\.[A-Za-z0-9_]+{re.escape(TMP_SUFFIX)}")
# Shown in the refusal of a foreign folder.
MAX_NAMES_SHOWN = 3


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

    # -- the lock ------------------------------------------------------------------

    @contextlib.contextmanager
    def locked(self) -> Iterator[None]:
        """Hold the folder's exclusive lock (creating the folder) for the block.

        Raises :class:`~comments.errors.OutputError` when another run holds it. On a
        filesystem without locks the block runs unlocked.
        """
        with _writing(self.root):
            self.root.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.root, os.O_RDONLY)
        try:
            _lock(fd, self.root)
            yield
        finally:
            os.close(fd)  # closing releases the lock, as does the death of the process

    # -- manifest ------------------------------------------------------------------

    def read_manifest(self) -> dict[str, Any] | None:
        """The stored manifest, or None when the folder holds no run yet.

        Raises :class:`~comments.errors.InputError` when ``_manifest.json`` is not a
        manifest this toolkit wrote (it writes atomically, so never a torn one).
        """
        path = self.root / MANIFEST_NAME
        try:
            data = json.loads(path.read_bytes())
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as exc:
            data = exc
        if not isinstance(data, dict):
            raise InputError(
                f"{path}: not a run manifest ({_reason(data)}); nothing was deleted. If "
                f"{self.root} is an old run folder, delete it yourself; else choose "
                "another --out folder"
            )
        return data

    def claim(self, manifest: dict[str, Any], *, overwrite: bool) -> None:
        """Make the folder ours for ``manifest``: new, resumed, or (``overwrite``) emptied of
        an earlier run's files. Call it while holding :meth:`locked`.

        Raises :class:`~comments.errors.InputError` when the folder holds a run made from
        other inputs or options (without ``overwrite``), or files that are not a run's.
        """
        with _writing(self.root):
            self.root.mkdir(parents=True, exist_ok=True)
        stored = self.read_manifest()
        options: dict[str, Any] = {} if stored is None else _without_layout(stored)
        if stored is None:
            self._refuse_foreign(overwrite)
        elif options != manifest and not overwrite:
            changed = sorted(
                k for k in manifest.keys() | options.keys() if manifest.get(k) != options.get(k)
            )
            raise InputError(
                f"{self.root}: holds a run made with different inputs or options "
                f"({', '.join(changed)} differ); rerun the original command to resume it, "
                "choose another --out folder, or pass --overwrite to start over"
            )
        elif overwrite:
            self._clear(stored)
        with _writing(self.root):
            self._remove_root_temporaries()
            (self.root / COMPLETE_NAME).unlink(missing_ok=True)  # in progress again
            if stored is None or options != manifest:
                data = _json_bytes({**manifest, "layout": LAYOUT})
                write_bytes_atomic(self.root / MANIFEST_NAME, data, durable=True)
                fsync_dir(self.root)
            for name in (*TABLES, DONE_DIR):
                (self.root / name).mkdir(exist_ok=True)

    def _remove_root_temporaries(self) -> None:
        """Temporary files of a manifest or completion record whose write was killed."""
        for path in self.root.iterdir():
            if _temporary_of(path.name) in (MANIFEST_NAME, COMPLETE_NAME) and path.is_file():
                path.unlink()

    def _refuse_foreign(self, overwrite: bool) -> None:
        """Without a manifest, only our own leftovers may be here (the temporary file of
        a manifest whose write was killed, empty layout folders); remove those."""
        entries = sorted(self.root.iterdir()) if self.root.is_dir() else []
        foreign = [p.name for p in entries if not self._leftover(p)]
        if foreign:
            shown = ", ".join(foreign[:MAX_NAMES_SHOWN]) + (" …" if len(foreign) > 3 else "")
            hint = " (--overwrite replaces only a comments run)" if overwrite else ""
            raise InputError(
                f"{self.root}: holds files that are not a comments run ({shown}); nothing "
                f"was deleted{hint}. Choose an empty or new --out folder"
            )

    def _leftover(self, path: Path) -> bool:
        if path.is_dir() and not path.is_symlink():
            return path.name in (*TABLES, DONE_DIR) and not any(path.iterdir())
        return _temporary_of(path.name) in (MANIFEST_NAME, COMPLETE_NAME)

    def _clear(self, stored: dict[str, Any]) -> None:
        """Delete an earlier run's files: markers first (the commit points), then shards and
        temporary files; only names this toolkit writes, in the folders the stored
        manifest names (and this version knows)."""
        layout = stored.get("layout")
        if not isinstance(layout, dict):
            layout = LAYOUT
        tables = [t for t in layout.get("tables", TABLES) if t in TABLES]
        with _writing(self.root):
            (self.root / COMPLETE_NAME).unlink(missing_ok=True)
            for folder in (DONE_DIR, *tables):
                for path in self._owned_files(folder):
                    path.unlink(missing_ok=True)
                fsync_dir(self.root / folder)

    # -- chunks --------------------------------------------------------------------

    def done_chunks(self) -> dict[str, dict[str, int]]:
        """Completed chunks: name -> the counts stored in its marker (unreadable markers
        do not count: their chunks are redone)."""
        done = {}
        for path in self._owned_files(DONE_DIR):
            counts = _read_marker(path)
            if counts is not None and path.suffix == ".json":
                done[path.stem] = counts
        return dict(sorted(done.items()))

    def chunks(self) -> list[str]:
        """The names of the completed chunks, in input order."""
        return list(self.done_chunks())

    def discard_incomplete(self) -> int:
        """Delete shards, unreadable markers and temporary files of chunks that are not
        complete (only names this toolkit writes); return how many files went."""
        done = self.done_chunks()
        removed = 0
        with _writing(self.root):
            for folder in (*TABLES, DONE_DIR):
                for path in self._owned_files(folder):
                    finished = not path.name.endswith(TMP_SUFFIX) and path.stem in done
                    if not finished:
                        path.unlink(missing_ok=True)
                        removed += 1
        return removed

    def write_chunk(
        self, name: str, pages: pl.DataFrame, units: pl.DataFrame, scores: pl.DataFrame
    ) -> None:
        """Write one chunk's three shards, then its marker (the commit point).

        Raises :class:`~comments.errors.OutputError` naming the folder and the fix when
        the disk is full or the folder cannot be written.
        """
        if not CHUNK_NAME.fullmatch(name):
            raise ValueError(f"{name!r} is not a chunk name (chunk-NNNNNN)")
        frames = {"pages": pages, "units": units, "scores": scores}
        with _writing(self.root):
            # Each shard is written and flushed under a temporary name; the renames happen
            # together when the stack closes, after all three writes succeeded.
            with contextlib.ExitStack() as staged:
                for table, schema in TABLES.items():
                    final = self.root / table / f"{name}.parquet"
                    temporary = staged.enter_context(atomic_path(final, durable=True))
                    shard = frames[table].select(list(schema)).cast(pl.Schema(schema))
                    temporary.write_bytes(_parquet_bytes(shard))
            for table in TABLES:  # the shards' renames must be durable before the marker's
                fsync_dir(self.root / table)
            counts = {"pages": pages.height, "units": units.height}
            marker = self.root / DONE_DIR / f"{name}.json"
            write_bytes_atomic(marker, _json_bytes(counts), durable=True)
            fsync_dir(self.root / DONE_DIR)

    def finish(self) -> dict[str, int]:
        """Record that the run has finished (its totals in ``_complete.json``); return them."""
        done = self.done_chunks().values()
        totals = {
            "chunks": len(done),
            "pages": sum(c["pages"] for c in done),
            "units": sum(c["units"] for c in done),
        }
        with _writing(self.root):
            write_bytes_atomic(self.root / COMPLETE_NAME, _json_bytes(totals), durable=True)
        return totals

    def is_complete(self) -> bool:
        """True when the run that wrote the folder finished (see :meth:`finish`)."""
        return (self.root / COMPLETE_NAME).is_file()

    # -- reading -------------------------------------------------------------------

    def shard_paths(self, table: str) -> list[Path]:
        """The shard files of ``table`` of every completed chunk, in input order.

        Raises :class:`~comments.errors.InputError` when a completed chunk's shard is
        missing (the folder was changed by something else than a run).
        """
        paths = [self.root / table / f"{name}.parquet" for name in self.done_chunks()]
        missing = [p for p in paths if not p.is_file()]
        if missing:
            raise InputError(
                f"{missing[0]}: missing, but its chunk is marked complete "
                f"({len(missing)} shard(s) gone); the run folder was changed by hand. Run the "
                "same `comments run` command with --overwrite to rebuild it"
            )
        return paths

    def iter_frames(self, table: str, columns: list[str] | None = None) -> Iterator[pl.DataFrame]:
        """One completed chunk's rows of ``table`` at a time (``columns`` only, when given),
        each checked against its marker: memory holds one chunk, however big the run.

        A report aggregating over a run reads it this way (or through :meth:`scan`).
        """
        counts = self.done_chunks()
        for path in self.shard_paths(table):
            frame = _read_shard(path, TABLES[table], columns)
            _check_rows(path, frame.height, counts[path.stem], table)
            yield frame

    def iter_chunks(self) -> Iterator[tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]]:
        """Each completed chunk's ``pages``, ``units`` and ``scores`` together (a page's
        rows are all in its chunk), in input order: memory holds one chunk.

        Every shard is checked against its marker, and page ids across the run are
        checked for repeats without holding them all in memory
        (:class:`~comments.idstore.UniqueIds`): an :class:`~comments.errors.InputError`
        says why a run cannot be read, as :meth:`read` does.
        """
        self._warn_unfinished()
        counts = self.done_chunks()
        paths = {table: self.shard_paths(table) for table in TABLES}
        with UniqueIds() as seen:
            for index, name in enumerate(counts):
                frames = []
                for table, schema in TABLES.items():
                    path = paths[table][index]
                    frame = _read_shard(path, schema, None)
                    _check_rows(path, frame.height, counts[name], table)
                    frames.append(frame)
                _check_new_pages(self.root, frames[0]["page_id"], seen)
                yield frames[0], frames[1], frames[2]

    def scan(self, table: str) -> pl.LazyFrame:
        """Lazily read one table across the completed shards (for streaming queries:
        ``store.scan("scores").group_by(...).agg(...).collect(engine="streaming")``);
        columns that older shards lack read as null."""
        paths = self.shard_paths(table)
        if not paths:
            return pl.LazyFrame(schema=TABLES[table])
        return pl.scan_parquet(
            paths, schema=TABLES[table], missing_columns="insert", extra_columns="ignore"
        )

    def read(self, table: str) -> pl.DataFrame:
        """One table across all completed shards, in chunk order: every row of every
        completed chunk, or an :class:`~comments.errors.InputError` saying why not
        (a shard missing or short of its marker's count, a page id in two shards)."""
        if table == "pages":
            self._warn_unfinished()
        frames = list(self.iter_frames(table))
        frame = pl.concat(frames, rechunk=False) if frames else pl.DataFrame(schema=TABLES[table])
        if table == "pages":
            _check_unique_pages(self.root, frame)
        return frame

    def _warn_unfinished(self) -> None:
        """Warn (at the reader's caller) when the run's completed chunks are not all of it."""
        if not self.is_complete() and self.done_chunks():
            warnings.warn(
                f"{self.root}: the run has not finished (or was made by an older version): "
                f"{len(self.done_chunks())} completed chunk(s) are read; run the same "
                "`comments run` command to finish it",
                stacklevel=3,
            )

    def _owned_files(self, folder: str) -> list[Path]:
        """The files in ``folder`` (a layout folder) whose names this toolkit writes."""
        directory = self.root / folder
        if not directory.is_dir():
            return []
        suffix = ".json" if folder == DONE_DIR else ".parquet"
        owned = []
        for path in directory.iterdir():
            target = _temporary_of(path.name) or path.name
            if target.endswith(suffix) and CHUNK_NAME.fullmatch(target[: -len(suffix)]):
                owned.append(path)
        return sorted(owned)


def _without_layout(manifest: dict[str, Any]) -> dict[str, Any]:
    """A stored manifest as the engines build it (the layout is added when it is stored)."""
    return {key: value for key, value in manifest.items() if key != "layout"}


def _temporary_of(name: str) -> str | None:
    """The target name of one of :mod:`comments.atomic`'s temporary files, else None.

    >>> _temporary_of(".chunk-000001.parquet.k2j4_x9a.tmp"), _temporary_of("notes.tmp")
    ('chunk-000001.parquet', None)
    """
    match = TEMPORARY_NAME.fullmatch(name)
    return match.group("target") if match else None


def _read_shard(
    path: Path, schema: dict[str, pl.DataType], columns: list[str] | None
) -> pl.DataFrame:
    """One shard's ``columns`` (all of ``schema`` by default) in schema order; a column
    the shard lacks (written by an older version, before the column existed) reads as
    null."""
    wanted = columns or list(schema)
    present = pl.read_parquet_schema(path)
    have = [name for name in wanted if name in present]
    if len(have) == len(wanted):
        return pl.read_parquet(path, columns=wanted)
    rows = pl.scan_parquet(path).select(pl.len()).collect().item()
    frame = pl.read_parquet(path, columns=have) if have else pl.DataFrame()
    missing = [
        pl.repeat(None, rows, dtype=schema[name], eager=True).alias(name)
        for name in wanted
        if name not in present
    ]
    return frame.with_columns(missing).select(wanted) if have else pl.DataFrame(missing)


def _read_marker(path: Path) -> dict[str, int] | None:
    try:
        data = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return None
    valid = isinstance(data, dict) and all(
        isinstance(data.get(key), int) and data[key] >= 0 for key in ("pages", "units")
    )
    return {"pages": data["pages"], "units": data["units"]} if valid else None


def _check_rows(path: Path, rows: int, counts: dict[str, int], table: str) -> None:
    expected = counts["pages"] if table == "pages" else counts["units"]
    if rows != expected:
        raise InputError(
            f"{path}: {rows} rows, but its completion marker says {expected}; the run "
            "folder was changed by hand. Run the same `comments run` command with "
            "--overwrite to rebuild it"
        )


def _check_unique_pages(root: Path, pages: pl.DataFrame) -> None:
    """Refuse a run whose shards repeat a page id (the Ray engine of older versions did
    not rename repeated ids, and a report keyed by page id would drop rows)."""
    repeated = pages.filter(pl.col("page_id").is_duplicated())["page_id"].unique(
        maintain_order=True
    )
    if repeated.len():
        raise _repeated_page(root, repeated[0], f" (and {repeated.len() - 1} more)")


def _check_new_pages(root: Path, page_ids: pl.Series, seen: UniqueIds) -> None:
    """:func:`_check_unique_pages` for one chunk at a time: ``seen`` holds the ids of the
    chunks before it (and takes this one's)."""
    for page_id in page_ids:
        if seen.claim(page_id) != page_id:
            raise _repeated_page(root, page_id, "")


def _repeated_page(root: Path, page_id: str, more: str) -> InputError:
    """The error for ``page_id`` on two rows (``more``: how many other ids repeat)."""
    return InputError(
        f"{root}: page id {page_id!r}{more} appears on more than one row, so a report "
        "would drop pages; this run was made by an older Ray engine that did not rename "
        "repeated ids. Rerun it with --overwrite"
    )


@contextlib.contextmanager
def _writing(folder: Path) -> Iterator[None]:
    """Turn a failed write under ``folder`` into an :class:`OutputError` that names the
    folder, the problem and the fix."""
    try:
        yield
    except WRITE_ERRORS as exc:
        problem = write_error_reason(exc)
        fix = (
            "Free some space or choose another --out folder, then run the same command "
            "again: finished chunks are kept"
            if problem == "the disk is full"
            else "Check the folder's permissions and free space, then run the same command "
            "again: finished chunks are kept"
        )
        raise OutputError(f"{folder}: {problem}. {fix}") from exc


def _lock(fd: int, root: Path) -> None:
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX: no lock
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        raise OutputError(
            f"{root}: another `comments run` is writing to this folder right now; wait for it "
            "to finish (or stop it), or choose another --out folder"
        ) from None
    except OSError:  # a filesystem without flock (some network filesystems): run unlocked
        return


def _reason(exc: object) -> str:
    """A one-line reason for an exception (or a value that is not a manifest)."""
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    if isinstance(exc, BaseException):
        return " ".join(str(exc).split()) or type(exc).__name__
    return f"a JSON {type(exc).__name__}"


def _json_bytes(data: dict[str, Any]) -> bytes:
    return json.dumps(data, indent=1, sort_keys=True).encode("utf-8")


def _parquet_bytes(frame: pl.DataFrame) -> bytes:
    """``frame`` as Parquet bytes. Serialised in memory (one chunk's shard) and written by
    Python: the Parquet writer's own file errors lose the OS error (a full disk reads as
    "Invalid thrift: transport error"), Python's keep it (ENOSPC)."""
    buffer = io.BytesIO()
    frame.write_parquet(buffer)
    return buffer.getvalue()
