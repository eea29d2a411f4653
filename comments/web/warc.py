"""The HTML pages of a WARC archive, streamed one record at a time.

Reading is FastWARC's (``fastwarc``, a maintained C++ WARC reader): it reads gzip
multi-member, uncompressed (and zstd/lz4) archives, and raises a clear error on corrupt
compressed data. warcio, the other maintained reader, was measured too: 2-3x slower and,
on a corrupt gzip member, it printed one zlib error per block on stderr and stopped without
raising, so the damage could not become an error row (README, "From HTML and WARC").

Every ``response`` record with a 2xx HTTP status and an HTML content type (``text/html``,
``application/xhtml+xml``, or none stated and HTML-looking bytes) is one
:class:`WarcPage`. Everything else is skipped and counted in :class:`WarcCounts` by reason:
``request``, ``revisit``, ``warcinfo``, ``metadata``… records, ``non-HTML`` responses,
``HTTP 3xx``/``4xx``/``5xx`` responses (redirects and error pages are not the page).
What cannot be read becomes a :class:`WarcProblem` naming the byte offset: a truncated
record (fewer bytes than its Content-Length), a body whose transfer or content encoding
does not decode, a page over ``--max-record-bytes`` (stored or decoded), and a damaged
archive, after which
nothing more can be read — every page before it is kept. Memory is one record at a time.

    >>> import io, gzip
    >>> from fastwarc.warc import WarcRecord, WarcRecordType
    >>> def record(kind, http):
    ...     rec = WarcRecord()
    ...     rec.init_headers(kind)
    ...     rec.headers["WARC-Target-URI"] = "https://blog.example/rain"
    ...     rec.headers["Content-Type"] = "application/http; msgtype=response"
    ...     rec.set_bytes_content(http)
    ...     out = io.BytesIO()
    ...     _ = rec.write(out)
    ...     return gzip.compress(out.getvalue())  # one gzip member per record
    >>> html = b"HTTP/1.1 200 OK\\r\\nContent-Type: text/html\\r\\n\\r\\n<p>Rain</p>"
    >>> archive = record(WarcRecordType.response, html) + record(WarcRecordType.request, b"GET /")
    >>> counts = WarcCounts()
    >>> [(type(r).__name__, r.url) for r in warc_records(io.BytesIO(archive), counts)]
    [('WarcPage', 'https://blog.example/rain')]
    >>> counts.pages, dict(counts.skipped)
    (1, {'request': 1})
"""

from __future__ import annotations

import io
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO, Any

from ..reading import DEFAULT_MAX_RECORD_BYTES, over_limit

__all__ = [
    "HTML_CONTENT_TYPES",
    "WarcCounts",
    "WarcPage",
    "WarcProblem",
    "warc_records",
]

HTML_CONTENT_TYPES = ("text/html", "application/xhtml+xml")
#: Without a Content-Type, bytes that start (after whitespace) like this are HTML.
_LOOKS_LIKE_HTML = re.compile(rb"^\s*(?:<!doctype\s+html|<html|<head|<body)", re.I)
_SNIFF_BYTES = 1024


@dataclass(frozen=True, slots=True)
class WarcPage:
    """One HTML response: its bytes and what the record says about them."""

    offset: int  # byte offset of the record in the (compressed) file
    record_id: str | None  # WARC-Record-ID without <urn:uuid: …>
    url: str | None  # WARC-Target-URI
    date: str | None  # WARC-Date as written (ISO 8601): when it was crawled
    status: int | None  # HTTP status code
    charset: str | None  # the HTTP Content-Type's charset, if any
    html: bytes


@dataclass(frozen=True, slots=True)
class WarcProblem:
    """A record (or the rest of the archive) that cannot be read, and why."""

    offset: int
    reason: str
    record_id: str | None = None
    url: str | None = None


@dataclass(slots=True)
class WarcCounts:
    """What an archive held: HTML pages read, problems, and records skipped by reason."""

    pages: int = 0
    problems: int = 0
    skipped: Counter[str] = field(default_factory=Counter)

    def __str__(self) -> str:
        skipped = ", ".join(f"{n} {reason}" for reason, n in sorted(self.skipped.items()))
        return (
            f"{self.pages} HTML pages, {self.problems} unreadable, "
            f"{sum(self.skipped.values())} records skipped ({skipped or 'none'})"
        )


def warc_records(
    stream: IO[bytes],
    counts: WarcCounts | None = None,
    max_bytes: int = DEFAULT_MAX_RECORD_BYTES,
) -> Iterator[WarcPage | WarcProblem]:
    """The HTML pages of the WARC archive in ``stream`` and the problems met, in file order.

    ``counts`` (updated as records are read) tallies pages, problems and skipped records;
    a page over ``max_bytes`` (stored or decoded) is a problem. Never raises on bad data:
    a damaged archive ends with one :class:`WarcProblem`.
    """
    from fastwarc.warc import ArchiveIterator

    counts = counts if counts is not None else WarcCounts()
    offset = 0
    try:
        for record in ArchiveIterator(stream, parse_http=True, auto_decode="none"):
            offset = record.stream_pos
            item = _page_or_problem(record, counts, max_bytes)
            if item is not None:
                counts.pages += isinstance(item, WarcPage)
                counts.problems += isinstance(item, WarcProblem)
                yield item
    except (OSError, ValueError) as exc:  # fastwarc: corrupt compressed data, bad headers
        counts.problems += 1
        yield WarcProblem(offset, f"archive unreadable after byte {offset} ({exc})")


def _page_or_problem(
    record: Any, counts: WarcCounts, max_bytes: int
) -> WarcPage | WarcProblem | None:
    """The page or problem of one record, or None (counted as skipped)."""
    skip = _skip_reason(record)
    if skip is not None:
        counts.skipped[skip] += 1
        record.reader.consume()  # the rest of a skipped record is never held in memory
        return None
    record_id, url = _record_id(record), record.headers.get("WARC-Target-URI")
    if record.content_length > max_bytes:
        return WarcProblem(record.stream_pos, over_limit(max_bytes), record_id, url)
    payload = record.reader.read()
    if len(payload) < record.content_length:
        reason = f"truncated record: {len(payload)} of {record.content_length} bytes"
        return WarcProblem(record.stream_pos, reason, record_id, url)
    try:
        html = _decoded(payload, record.http_headers, max_bytes + 1)
    except OSError as exc:
        return WarcProblem(record.stream_pos, f"body does not decode ({exc})", record_id, url)
    if len(html) > max_bytes:  # a small compressed body may decode to a huge one
        return WarcProblem(record.stream_pos, over_limit(max_bytes), record_id, url)
    if not _is_html(record.http_content_type, html):
        counts.skipped["non-HTML"] += 1
        return None
    return WarcPage(
        offset=record.stream_pos,
        record_id=record_id,
        url=url,
        date=record.headers.get("WARC-Date"),
        status=record.http_headers.status_code,
        charset=record.http_charset,
        html=html,
    )


def _skip_reason(record: Any) -> str | None:
    """Why a record is no page before its body is read (its type, or its HTTP status)."""
    from fastwarc.warc import WarcRecordType

    kind = record.record_type
    if kind != WarcRecordType.response:
        return str(kind)  # "request", "revisit", "warcinfo", "metadata", "unknown"…
    if not record.is_http:
        return "non-HTTP response"
    status = record.http_headers.status_code
    if status is None or not 200 <= status < 300:
        return f"HTTP {status // 100}xx" if status else "no HTTP status"
    content_type = record.http_content_type
    if content_type and content_type.lower() not in HTML_CONTENT_TYPES:
        return "non-HTML"
    return None


def _decoded(payload: bytes, http_headers: Any, most: int) -> bytes:
    """The body with its HTTP transfer and content encodings undone (fastwarc's readers),
    at most ``most`` bytes of it; encodings not named there are left as stored. Raises
    OSError when they do not decode."""
    from fastwarc.stream_io import BrotliReader, ChunkedReader, GzipReader

    transfer = (http_headers.get("Transfer-Encoding") or "").lower()
    if "chunked" in transfer:
        payload = ChunkedReader(io.BytesIO(payload)).read(most)
    for encoding in reversed((http_headers.get("Content-Encoding") or "").lower().split(",")):
        encoding = encoding.strip()
        if encoding in ("gzip", "x-gzip"):
            payload = GzipReader(io.BytesIO(payload)).read(most)
        elif encoding == "deflate":
            payload = GzipReader(io.BytesIO(payload), zlib=True).read(most)
        elif encoding == "br":
            payload = BrotliReader(io.BytesIO(payload)).read(most)
    return payload


def _is_html(content_type: str | None, body: bytes) -> bool:
    if content_type:
        return content_type.lower() in HTML_CONTENT_TYPES
    return _LOOKS_LIKE_HTML.match(body[:_SNIFF_BYTES]) is not None


def _record_id(record: Any) -> str | None:
    """The record's id without its ``<urn:uuid:…>`` wrapping (stable, unique per record)."""
    raw = record.record_id
    if not raw:
        return None
    inner = raw.strip().strip("<>")
    return inner.removeprefix("urn:uuid:") or None
