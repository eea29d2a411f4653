"""HTML files and WARC archives as corpus documents (:class:`comments.corpus.Document`).

- ``.html`` / ``.htm`` (and ``.gz`` of them): one page per file, page id = file stem,
  decoded by :func:`comments.web.charset.decode_html`.
- ``.warc`` / ``.warc.gz``: one page per HTML response record (:mod:`comments.web.warc`):
  page id = the WARC-Record-ID's UUID (``<file stem>@<byte offset>`` when it has none),
  source = WARC-Target-URI, and the record's ``crawl_date`` (WARC-Date), ``warc_record_id``,
  ``warc_file``, ``warc_offset`` and ``http_status`` as record fields — ``crawl_date``
  becomes the pages table's ``crawled_at``, which anchors "3 days ago" in comments.
  Unreadable records are error rows naming the file and byte offset. Skipped records
  (requests, revisits, non-HTML…) are counted: a :class:`WarcSkipNote` warning per
  archive says how many of each (the CLI prints it as a ``note:`` line), and
  :func:`warc_documents` fills a :class:`~comments.web.warc.WarcCounts` for code.
"""

from __future__ import annotations

import gzip
import json
import warnings
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from ..corpus import HTML, Document
from ..errors import InputError
from ..reading import DEFAULT_MAX_RECORD_BYTES, display_path, open_regular, over_limit
from .charset import decode_html
from .warc import WarcCounts, WarcPage, WarcProblem, warc_records

__all__ = ["WarcSkipNote", "html_document", "warc_documents"]

_READ_ERRORS = (OSError, EOFError, zlib.error)


class WarcSkipNote(UserWarning):
    """How many records of an archive were skipped, by reason (and pages, problems)."""


def html_document(path: Path, page_id: str, max_bytes: int = DEFAULT_MAX_RECORD_BYTES) -> Document:
    """The document of one HTML file (``.gz`` ones are decompressed); an error document
    naming the file when it cannot be read, is no regular file (a FIFO is never waited
    on) or holds more than ``max_bytes`` (decompressed)."""
    name = display_path(path)
    try:
        with open_regular(path) as raw:
            data = _read_at_most(raw, path.name.lower().endswith(".gz"), max_bytes + 1)
    except InputError as exc:
        return Document(page_id, name, None, str(exc))
    except _READ_ERRORS as exc:
        return Document(page_id, name, None, f"{name}: cannot read ({exc})")
    if len(data) > max_bytes:
        return Document(page_id, name, None, f"{name}: {over_limit(max_bytes)}")
    return Document(page_id, name, decode_html(data), kind=HTML)


def _read_at_most(raw: BinaryIO, gzipped: bool, size: int) -> bytes:
    """Up to ``size`` bytes of a file, decompressed when ``gzipped``."""
    if not gzipped:
        return raw.read(size)
    with gzip.open(raw, "rb") as stream:
        return stream.read(size)


def warc_documents(
    path: Path,
    stem: str,
    counts: WarcCounts | None = None,
    max_bytes: int = DEFAULT_MAX_RECORD_BYTES,
) -> Iterator[Document]:
    """The documents of one WARC archive, streamed; ``counts`` tallies what it held, and a
    page over ``max_bytes`` is an error row. Only a regular file is opened (never a FIFO)."""
    counts = counts if counts is not None else WarcCounts()
    try:
        with open_regular(path) as stream:
            for item in warc_records(stream, counts, max_bytes):
                yield (
                    _page_document(item, path, stem)
                    if isinstance(item, WarcPage)
                    else _problem_document(item, path, stem)
                )
    except InputError as exc:  # cannot open, or no regular file: the one row of this file
        yield Document(stem, display_path(path), None, str(exc))
        return
    except OSError as exc:
        yield Document(stem, display_path(path), None, f"{display_path(path)}: cannot read ({exc})")
        return
    warnings.warn(f"{path}: {counts}", WarcSkipNote, stacklevel=2)


def _page_document(page: WarcPage, path: Path, stem: str) -> Document:
    origin = f"{path} record at byte {page.offset}"
    record = {
        "url": page.url,
        "crawl_date": page.date,
        "warc_record_id": page.record_id,
        "warc_file": path.name,
        "warc_offset": page.offset,
        "http_status": page.status,
    }
    return Document(
        page_id=page.record_id or f"{stem}@{page.offset}",
        source=page.url or f"{path}@{page.offset}",
        text=decode_html(page.html, page.charset),
        origin=origin,
        record=json.dumps({k: v for k, v in record.items() if v is not None}),
        kind=HTML,
    )


def _problem_document(problem: WarcProblem, path: Path, stem: str) -> Document:
    origin = f"{path} record at byte {problem.offset}"
    return Document(
        page_id=problem.record_id or f"{stem}@{problem.offset}",
        source=problem.url or f"{path}@{problem.offset}",
        text=None,
        error=f"{origin}: {problem.reason}",
        origin=origin,
    )
