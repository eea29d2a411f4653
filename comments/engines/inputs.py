"""What a run reads: the input files, a fingerprint of them, and a cheap page count.

The fingerprint goes into the run manifest, so that a resumed run can tell whether
it is being pointed at the same corpus with the same options.

>>> [f.name for f in input_files(["seeds"])][:1]
['000_f726f1425a8d58b3.txt']
>>> count_documents(input_files(["seeds"]))
5
>>> fingerprint(input_files(["seeds"]))[0]
5
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

# The corpus module's own folder walk, so that runs fingerprint exactly what it reads.
from ..corpus import input_paths
from ..reading import non_regular_kind

__all__ = ["count_documents", "fingerprint", "input_files"]

_READ_BLOCK = 1 << 20


def input_files(inputs: Iterable[str | Path]) -> Iterator[Path]:
    """Every input file the corpus readers will read, in their order, streamed (folders
    expanded; a missing path is kept: the readers turn it into an error row)."""
    return input_paths(list(inputs))


def fingerprint(files: Iterable[Path]) -> tuple[int, str]:
    """How many files, and a digest of their names, sizes and modification times (not
    their bytes); streamed, so a corpus of millions of files costs no memory."""
    digest = hashlib.sha256()
    count = 0
    for path in files:
        count += 1
        try:
            stat = path.stat()
            state = f"{stat.st_size}\0{stat.st_mtime_ns}"
        except OSError:  # missing, a broken link, a folder that cannot be searched
            state = "missing\0"
        # os.fsencode: a file name's bytes as they are, UTF-8 or not.
        digest.update(os.fsencode(path.resolve()) + f"\0{state}\n".encode())
    return count, digest.hexdigest()


def count_documents(files: Iterable[Path]) -> int | None:
    """The number of documents, cheaply, for the progress bar's ETA.

    ``.txt`` files count one each, Parquet files from their metadata, JSONL files by
    their lines (an estimate: blank lines count too); None when a compressed file
    would have to be decompressed whole.
    """
    total = 0
    for path in files:
        try:
            count = _count_in_file(path)
        except (OSError, ValueError):
            return None
        if count is None:
            return None
        total += count
    return total


def _count_in_file(path: Path) -> int | None:
    name = path.name.lower()
    try:
        if non_regular_kind(path.stat().st_mode) is not None:
            return 1  # a folder, a FIFO, a device: read as one error row, never opened here
    except OSError:
        return 1  # missing or unreadable: one error row
    if name.endswith((".txt", ".html", ".htm", ".html.gz", ".htm.gz")):
        return 1
    if name.endswith((".warc", ".warc.gz")):
        return None  # how many records are HTML pages is known only by reading them
    if name.endswith(".parquet"):
        import pyarrow.parquet as pq

        return pq.ParquetFile(path).metadata.num_rows
    if name.endswith(".jsonl"):
        return _count_lines(path)
    if name.endswith(".gz"):
        return None
    return 1  # a file named explicitly is read as one .txt page


def _count_lines(path: Path) -> int:
    lines = 0
    last = b"\n"
    with open(path, "rb") as handle:
        while block := handle.read(_READ_BLOCK):
            lines += block.count(b"\n")
            last = block[-1:]
    return lines + int(last != b"\n")  # a last line without its newline
