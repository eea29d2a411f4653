"""Crash-safe file writes: write beside the target, then replace it in one rename.

A reader never sees half a file: it finds the old file or the new one. Temporary files
are named ``.<target name>.<random>.tmp`` in the target's folder (``*.parquet`` or
``*.ckpt`` globs never match them) and removed when the write fails.

    >>> import tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "data.json"
    >>> write_bytes_atomic(target, b"{}")
    >>> target.read_bytes(), [p.name for p in target.parent.iterdir()]
    (b'{}', ['data.json'])
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

__all__ = ["TMP_SUFFIX", "atomic_path", "fsync_dir", "fsync_file", "write_bytes_atomic"]

TMP_SUFFIX = ".tmp"


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike[str], *, durable: bool = False) -> Iterator[Path]:
    """A temporary path beside ``target`` to write to; on a clean exit it replaces
    ``target`` (flushed to disk first when ``durable``), on an error it is removed."""
    target = Path(target)
    handle, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=TMP_SUFFIX)
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        if durable:
            fsync_file(temporary)
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)


def write_bytes_atomic(path: str | os.PathLike[str], data: bytes, *, durable: bool = False) -> None:
    """Replace ``path``'s content with ``data`` in one rename."""
    with atomic_path(path, durable=durable) as temporary:
        temporary.write_bytes(data)


def fsync_file(path: str | os.PathLike[str]) -> None:
    """Flush a file's data to disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(path: str | os.PathLike[str]) -> None:
    """Make renames in the folder ``path`` durable (a no-op where folders cannot be opened)."""
    with contextlib.suppress(OSError):
        fsync_file(path)
