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
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import polars as pl

__all__ = [
    "TMP_SUFFIX",
    "WRITE_ERRORS",
    "atomic_path",
    "fsync_dir",
    "fsync_file",
    "write_bytes_atomic",
    "write_error_reason",
]

TMP_SUFFIX = ".tmp"
# What a failed write raises: the OS's errors, and polars' Parquet writer's ComputeError
# (which carries the OS error in its message).
WRITE_ERRORS: tuple[type[Exception], ...] = (OSError, pl.exceptions.ComputeError)
DISK_FULL_ERRNOS = (errno.ENOSPC, errno.EDQUOT)
DISK_FULL_WORDS = ("no space left", "os error 28", "disk quota")


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


def write_error_reason(exc: BaseException) -> str:
    """Why a write failed, in a few words: "the disk is full" or "cannot write (…)".

    >>> write_error_reason(OSError(28, "No space left on device"))
    'the disk is full'
    >>> write_error_reason(PermissionError(13, "Permission denied"))
    'cannot write (permission denied)'
    """
    text = str(exc).lower()
    if getattr(exc, "errno", None) in DISK_FULL_ERRNOS or any(w in text for w in DISK_FULL_WORDS):
        return "the disk is full"
    if isinstance(exc, OSError) and exc.strerror:
        return f"cannot write ({exc.strerror.lower()})"
    return f"cannot write ({' '.join(str(exc).split()) or type(exc).__name__})"
