"""What a run reads: the input files, a fingerprint of them, and a cheap page count.

The fingerprint goes into the run manifest, so that a resumed run can tell whether
it is being pointed at the same corpus with the same options.

>>> files = input_files(["seeds"])
>>> [f.name for f in files][:1]
['000_f726f1425a8d58b3.txt']
>>> count_documents(files)
5
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from pathlib import Path

# The corpus module's own folder walk, so that runs fingerprint exactly what it reads.
from ..corpus import input_paths

__all__ = ["count_documents", "fingerprint", "input_files"]

_READ_BLOCK = 1 << 20


def input_files(inputs: Iterable[str | Path]) -> list[Path]:
    """Every input file the corpus readers will read, in their order (folders expanded;
    a missing path stays in the list: the readers turn it into an error row)."""
    return list(input_paths(list(inputs)))


def fingerprint(files: Sequence[Path]) -> str:
    """A digest of the files' names, sizes and modification times (not their bytes)."""
    digest = hashlib.sha256()
    for path in files:
        stat = path.stat() if path.exists() else None
        size, mtime = (stat.st_size, stat.st_mtime_ns) if stat else ("missing", "")
        digest.update(f"{path.resolve()}\0{size}\0{mtime}\n".encode())
    return digest.hexdigest()


def count_documents(files: Sequence[Path]) -> int | None:
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
    if path.is_dir() or not path.exists():
        return 1  # read as one error row
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
