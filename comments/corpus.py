"""Inputs -> ``pages``/``units`` tables: files and folders of page dumps, one row per document.

Inputs are files and folders (searched recursively, hidden entries skipped) of

- ``.txt``: one page per file, any encoding (see :mod:`comments.reading`); page id = file stem;
- ``.jsonl`` / ``.jsonl.gz``: one page per line, a JSON object whose ``text_field`` holds the
  page text (read line by line);
- ``.parquet``: one page per row, the same fields as columns (read in row batches; needs
  ``pyarrow``);
- ``.html`` / ``.htm`` (and ``.gz`` of them): one HTML page per file; ``.warc`` /
  ``.warc.gz``: one page per HTML response record (see :mod:`comments.web.inputs`). HTML
  documents are parsed by :func:`comments.parse_html`, and so are JSONL/Parquet records
  whose HTML is in the field named by ``html_field``.

A file named explicitly is read by its extension, and as a ``.txt`` page when the extension
is none of these. Record fields are configurable: ``text_field`` ("text"), ``id_field``
(default: the record's ``id``, else its ``url``, else ``"<file stem>:<record number>"``,
numbers 1-based: the line of a JSONL file, the row of a Parquet file) and ``url_field``
("url", used as the page's ``source`` when present, else ``"<path>:<record number>"``).

Documents come one at a time in a deterministic order: inputs as given, each folder's
files in sorted path order, then record order. Page ids are unique in a corpus: a repeated
id gets a stable suffix (``x``, ``x~2``, ``x~3`` …) and a warning in its ``pages`` row.

Every input shows up as a ``pages`` row. These are errors (status "error", with a reason
naming the file, and the line or row for records): a missing path, a broken link, an
unreadable file or folder, a folder without page files, anything that is not a regular
file (a FIFO, a device), a file without records, a bad JSON line (or one nested too deep
to read), a record without the text field (or whose text is not a string), a record over
``max_record_bytes`` (measured, never read whole), binary data, and an *empty document* —
one with nothing but whitespace, zero-width or control characters, as there is no page to
parse. A Parquet row group that cannot be decoded makes one error row per row it held, and
the file's other row groups are still read. A document with text whose parse finds no
article paragraphs (only a title, or only boilerplate) is a parsed page ("ok") with
``n_paragraphs`` 0.

Text that is not valid Unicode never reaches a table: lone surrogates (a JSON
``"\\ud800"``) become U+FFFD with a warning on the page, and file-name bytes that are not
UTF-8 are shown as ``\\xNN`` (:func:`comments.reading.display_path`).

Interface shared with the run engine and the report:

- ``Document(page_id, source, text, error, origin, warning)``: one input document; ``text``
  is None and ``error`` says why when it could not be read.
- ``iter_documents(inputs, ...)``: documents, streamed, in the order above.
- ``input_paths(inputs)``: the files (and missing paths) those documents come from.
- ``parse_document(doc) -> (pages row, units rows)``: never raises.
- ``parse_documents(docs) -> (pages, units)``: the tables of many documents (the one loop).
- ``load_corpus(inputs, ...) -> Corpus`` with ``.pages`` and ``.units`` polars DataFrames.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gzip
import json
import os
import stat
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import polars as pl

from .enrich import enrich_rows, kept_fields
from .errors import InputError
from .idstore import UniqueIds
from .model import Page
from .parse import parse_text
from .reading import (
    DEFAULT_MAX_RECORD_BYTES,
    Oversized,
    binary_reason,
    bounded_lines,
    decode_bytes,
    display_path,
    is_blank,
    open_regular,
    os_reason,
    over_limit,
    read_text,
    replace_surrogates,
)
from .tables import error_row, page_rows, pages_frame, units_frame

__all__ = [
    "PAGE_SUFFIXES",
    "Corpus",
    "Document",
    "RecordFields",
    "input_paths",
    "iter_documents",
    "load_corpus",
    "parse_document",
    "parse_documents",
]

TEXT_SUFFIXES = (".txt",)
JSONL_SUFFIXES = (".jsonl.gz", ".jsonl")  # longest first: both end in a suffix of the other
PARQUET_SUFFIXES = (".parquet",)
HTML_SUFFIXES = (".html.gz", ".htm.gz", ".html", ".htm")
WARC_SUFFIXES = (".warc.gz", ".warc")
PAGE_SUFFIXES = TEXT_SUFFIXES + JSONL_SUFFIXES + PARQUET_SUFFIXES + HTML_SUFFIXES + WARC_SUFFIXES

#: Document kinds: what parses its text (``parse_text`` or ``parse_html``).
TEXT, HTML = "text", "html"

# Record fields tried, in order, for a page id when no id field is named.
DEFAULT_ID_FIELDS = ("id", "url")
# Parquet rows decoded per batch: big enough to amortise Arrow calls, small enough that a
# batch of long pages stays a few MiB.
PARQUET_BATCH_ROWS = 256

EMPTY_DOCUMENT = "empty document (no text)"
NO_RECORDS = "no records in the file"
# json.loads recurses once per nesting level; Python stops it at its recursion limit.
TOO_DEEP = "invalid JSON (nested too deeply to read)"
SURROGATE_WARNING = (
    "{n} invalid Unicode character(s) (lone surrogates) in {fields} replaced by U+FFFD"
)
# Document fields cleaned of lone surrogates -> their name in that warning (None: the
# field is a message of ours, cleaned without a note).
_CLEANED_FIELDS: dict[str, str | None] = {
    "page_id": "page id",
    "source": "source",
    "text": "text",
    "error": None,
    "origin": None,
    "warning": None,
    "record": None,  # the record's other fields as JSON text (raw characters, not escapes)
}
EMPTY_HTML = "empty document (the HTML shows no text)"

# Errors a damaged or truncated JSONL(.gz) file raises while being read.
_STREAM_ERRORS = (OSError, EOFError, zlib.error, InputError)


@dataclass(frozen=True, slots=True)
class Document:
    """One input document, read or not.

    ``text`` is None when the document could not be read, and ``error`` says why, naming
    the file. ``origin`` is where it came from for messages ("a.jsonl line 3"; the
    ``source`` when None), ``warning`` what reading it noticed (a renamed duplicate id),
    ``record`` the record's other short fields as JSON text (:func:`comments.enrich.kept_fields`;
    they reach the ``pages`` table), ``kind`` whether ``text`` is page text or HTML.
    """

    page_id: str
    source: str
    text: str | None
    error: str | None = None
    origin: str | None = None
    warning: str | None = None
    record: str | None = None
    kind: str = TEXT


@dataclass(frozen=True, slots=True)
class RecordFields:
    """Which fields of a JSONL/Parquet record hold the page text, id and URL.

    ``id_field`` None means: ``id`` if the record has one, else ``url``, else
    ``"<file stem>:<record number>"``. ``html_field``, when set, names the field that
    holds the page's HTML; it is then read instead of ``text_field``.
    """

    text_field: str = "text"
    id_field: str | None = None
    url_field: str = "url"
    html_field: str | None = None

    @property
    def content_field(self) -> str:
        """The field that holds the page: the HTML field when one is named, else the text."""
        return self.html_field or self.text_field

    def columns(self, available: Iterable[str]) -> list[str]:
        """The wanted fields among ``available``, text first, without repeats."""
        names = list(available)
        wanted = [self.content_field, self.id_field or "", *DEFAULT_ID_FIELDS, self.url_field]
        # every other column too: its short values travel to the pages table
        return [name for name in dict.fromkeys([*wanted, *names]) if name in set(names)]


@dataclass(frozen=True, slots=True)
class Corpus:
    """The parsed corpus: one ``pages`` row per input document, one ``units`` row per text."""

    pages: pl.DataFrame
    units: pl.DataFrame

    @property
    def page_ids(self) -> list[str]:
        """Every page id, in input order (unique)."""
        return self.pages["page_id"].to_list()

    @property
    def errors(self) -> pl.DataFrame:
        """The ``pages`` rows of documents that could not be read or parsed."""
        return self.pages.filter(pl.col("status") == "error")


def iter_documents(
    inputs: str | Path | Iterable[str | Path],
    *,
    text_field: str = "text",
    id_field: str | None = None,
    url_field: str = "url",
    html_field: str | None = None,
    max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES,
) -> Iterator[Document]:
    """Yield the documents under ``inputs`` one at a time, each with a unique page id.

    A record (a ``.txt`` file, a JSONL line, a Parquet text cell) over
    ``max_record_bytes`` is an error document; nothing larger is read into memory.

    >>> [doc.page_id for doc in iter_documents("seeds")][:2]
    ['000_f726f1425a8d58b3', '001_e3de061a45eb7ecc']
    >>> next(iter_documents("no/such/folder")).error
    'no/such/folder: no such file or folder; check the path'
    """
    fields = RecordFields(text_field, id_field, url_field, html_field)
    with UniqueIds() as ids:
        for path in input_paths(inputs):
            for doc in _read_path(path, fields, max_record_bytes):
                yield _unique(clean_document(doc), ids)


def parse_document(doc: Document) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The ``pages`` row and ``units`` rows of one document; never raises.

    >>> row, units = parse_document(Document("p", "p.txt", "A title\\n\\nThe article."))
    >>> row["status"], row["n_paragraphs"], units[0]["unit_id"]
    ('ok', 1, 'p/a1')
    >>> parse_document(Document("e", "e.txt", " \\n\\u200b "))[0]["error"]
    'e.txt: empty document (no text)'
    """
    doc = clean_document(doc)
    reason = _error_reason(doc)
    unit_rows: list[dict[str, Any]] = []
    if reason is not None:
        page_row = error_row(doc.page_id, doc.source, reason)
    else:
        page_row, unit_rows = _parse_rows(doc)
    if doc.warning:
        page_row["warnings"] = "; ".join(filter(None, (doc.warning, page_row["warnings"])))
    return page_row, unit_rows


def load_corpus(
    inputs: str | Path | Iterable[str | Path],
    *,
    text_field: str = "text",
    id_field: str | None = None,
    url_field: str = "url",
    html_field: str | None = None,
    max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES,
) -> Corpus:
    """Parse every document under ``inputs`` into ``pages`` and ``units`` tables.

    Inputs and fields as in :func:`iter_documents`; every document gets a ``pages`` row.

    >>> corpus = load_corpus("seeds")
    >>> corpus.pages.height, corpus.errors.height
    (5, 0)
    >>> corpus.page_ids[0]
    '000_f726f1425a8d58b3'
    """
    documents = iter_documents(
        inputs,
        text_field=text_field,
        id_field=id_field,
        url_field=url_field,
        html_field=html_field,
        max_record_bytes=max_record_bytes,
    )
    pages, units = parse_documents(documents)
    return Corpus(pages=pages, units=units)


def parse_documents(
    docs: Iterable[Document], on_page: Callable[[dict[str, Any]], None] | None = None
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """The ``pages`` and ``units`` tables of some documents (never raises on bad input).

    ``on_page`` is called with each ``pages`` row as soon as its document is parsed.

    >>> pages, units = parse_documents([Document("p1", "p1.txt", "Title\\n\\nA calm text.")])
    >>> pages["status"].to_list(), units["unit_id"].to_list()
    (['ok'], ['p1/a1'])
    """
    page_list: list[dict[str, Any]] = []
    unit_list: list[dict[str, Any]] = []
    for doc in docs:
        page_row, unit_rows = parse_document(doc)
        page_list.append(page_row)
        unit_list.extend(unit_rows)
        if on_page is not None:
            on_page(page_row)
    return pages_frame(page_list), units_frame(unit_list)


# --- parsing one document -------------------------------------------------------------


def clean_document(doc: Document) -> Document:
    """``doc`` with lone surrogates (invalid Unicode) replaced by U+FFFD in every field, and
    a warning naming the fields whose content had some; ``doc`` itself when it had none.

    >>> clean_document(Document("p\\udc80", "p.txt", "A \\ud800 page")).warning
    '2 invalid Unicode character(s) (lone surrogates) in page id, text replaced by U+FFFD'
    """
    changes: dict[str, str] = {}
    noted: list[str] = []
    total = 0
    for field, label in _CLEANED_FIELDS.items():
        value = getattr(doc, field)
        cleaned, count = replace_surrogates(value) if value else (value, 0)
        if count:
            changes[field] = cleaned
            if label:
                noted.append(label)
                total += count
    if not changes:
        return doc
    if noted:
        note = SURROGATE_WARNING.format(n=total, fields=", ".join(noted))
        changes["warning"] = "; ".join(filter(None, (changes.get("warning", doc.warning), note)))
    return dataclasses.replace(doc, **changes)


def _where(doc: Document) -> str:
    return doc.origin or doc.source


def _error_reason(doc: Document) -> str | None:
    """Why ``doc`` gets an error row (naming where it came from), or None to parse it."""
    if doc.text is None:
        return doc.error or f"{_where(doc)}: unreadable"
    problem = _unparsable_reason(doc.text)
    return f"{_where(doc)}: {problem}" if problem else None


def _unparsable_reason(text: str) -> str | None:
    """Why ``text`` is not a page to parse: empty, or binary data; None if it is text."""
    if is_blank(text):
        return EMPTY_DOCUMENT
    return binary_reason(text)


def _parse_rows(doc: Document) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    assert doc.text is not None
    try:
        page = _parse_html(doc) if doc.kind == HTML else parse_text(doc.text, doc.page_id)
        if page is None:
            return error_row(doc.page_id, doc.source, f"{_where(doc)}: {EMPTY_HTML}"), []
        return enrich_rows(*page_rows(page, doc.source), page, doc.record)
    except Exception as exc:  # one bad document must never stop a corpus run
        reason = f"{_where(doc)}: parse failed ({type(exc).__name__}: {exc}); please report it"
        return error_row(doc.page_id, doc.source, reason), []


def _unique(doc: Document, ids: UniqueIds) -> Document:
    """``doc`` with a page id not used before in this corpus (a warning says when renamed)."""
    page_id = ids.claim(doc.page_id)
    if page_id == doc.page_id:
        return doc
    note = f"duplicate page id {doc.page_id!r} renamed {page_id!r}"
    warning = "; ".join(filter(None, (doc.warning, note)))
    return dataclasses.replace(doc, page_id=page_id, warning=warning)


def _parse_html(doc: Document) -> Page | None:
    """The page of an HTML document, None when its HTML renders to no text at all."""
    from .web import parse_html  # lxml, inscriptis, trafilatura: only for HTML inputs

    assert doc.text is not None
    url = doc.source if doc.source.lower().startswith(("http://", "https://")) else None
    page = parse_html(doc.text, url=url, page_id=doc.page_id)
    empty = not (page.title or page.paragraphs or page.comments or page.pingbacks)
    return None if empty else page


# --- finding the input files ----------------------------------------------------------


def input_paths(inputs: str | Path | Iterable[str | Path]) -> Iterator[Path]:
    """Each input path as the readers will read it, streamed: folders expanded to their
    page files in sorted path order; a missing path, an empty or unlistable folder, a
    broken link and a page-named FIFO kept (they become error rows).

    >>> [path.name for path in input_paths("seeds")][:2]
    ['000_f726f1425a8d58b3.txt', '001_e3de061a45eb7ecc.txt']
    """
    paths = [inputs] if isinstance(inputs, str | Path) else inputs
    for path in map(Path, paths):
        if not path.is_dir():
            yield path
            continue
        found = False
        for found_path in _folder_files(path):
            found = True
            yield found_path
        if not found:
            yield path  # an empty folder reports itself


def _folder_files(folder: Path) -> Iterator[Path]:
    """Entries under ``folder`` named like page files (and subfolders that cannot be
    listed), hidden ones skipped, links to folders not followed, in sorted path order.

    A depth-first walk over each folder's entries sorted by name gives the order of the
    sorted full paths while holding one listing per level (not every path of a corpus of
    millions of files), and a stack instead of recursion takes any depth.
    """
    top = _sorted_entries(folder)
    if top is None:
        yield folder
        return
    stack = [iter(top)]
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
        elif entry.name.startswith("."):
            continue
        elif _is_folder(entry):
            listing = _sorted_entries(Path(entry.path))
            if listing is None:
                yield Path(entry.path)  # its error row says why it cannot be listed
            else:
                stack.append(iter(listing))
        elif _suffix(Path(entry.name)) in PAGE_SUFFIXES:
            yield Path(entry.path)


def _sorted_entries(folder: Path) -> list[os.DirEntry[str]] | None:
    """The folder's entries sorted by name, or None when it cannot be listed."""
    try:
        with os.scandir(folder) as entries:
            return sorted(entries, key=lambda entry: entry.name)
    except OSError:
        return None


def _is_folder(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir(follow_symlinks=False)
    except OSError:
        return False


def _suffix(path: Path) -> str | None:
    """The page suffix ``path`` ends with (case-insensitive), or None."""
    name = path.name.lower()
    return next((suffix for suffix in PAGE_SUFFIXES if name.endswith(suffix)), None)


def _stem(path: Path) -> str:
    """The file name without its page suffix ("a.jsonl.gz" -> "a"), as valid Unicode."""
    suffix = _suffix(path)
    name = display_path(path.name)
    return name[: -len(suffix)] if suffix else display_path(path.stem)


def _read_path(path: Path, fields: RecordFields, max_bytes: int) -> Iterator[Document]:
    problem = _path_problem(path)
    if problem is not None:
        yield _error_doc(path, f"{display_path(path)}: {problem}")
    elif _suffix(path) in JSONL_SUFFIXES:
        yield from _read_jsonl(path, fields, max_bytes)
    elif _suffix(path) in PARQUET_SUFFIXES:
        yield from _read_parquet(path, fields, max_bytes)
    elif _suffix(path) in HTML_SUFFIXES:
        from .web.inputs import html_document

        yield html_document(path, _stem(path), max_bytes)
    elif _suffix(path) in WARC_SUFFIXES:
        from .web.inputs import warc_documents

        yield from warc_documents(path, _stem(path), max_bytes=max_bytes)
    else:
        yield _read_txt(path, max_bytes)


def _path_problem(path: Path) -> str | None:
    """Why ``path`` gives no page (missing, a broken link, a folder), or None to read it
    (the readers refuse what is not a regular file)."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        kind = "broken symbolic link" if path.is_symlink() else "no such file or folder"
        return f"{kind}; check the path"
    except OSError as exc:
        return f"cannot read ({os_reason(exc)}); check the path"
    if not stat.S_ISDIR(mode):
        return None
    try:
        with os.scandir(path):
            pass
    except OSError as exc:
        return f"cannot list folder ({os_reason(exc)}); check its permissions"
    return f"folder has no page files ({', '.join(PAGE_SUFFIXES)})"


def _error_doc(path: Path, error: str, page_id: str | None = None) -> Document:
    return Document(page_id or _stem(path), display_path(path), None, error)


# --- one reader per file kind ---------------------------------------------------------


def _read_txt(path: Path, max_bytes: int) -> Document:
    try:
        return Document(_stem(path), display_path(path), read_text(path, max_bytes))
    except InputError as exc:
        return _error_doc(path, str(exc))


def _read_jsonl(path: Path, fields: RecordFields, max_bytes: int) -> Iterator[Document]:
    name = display_path(path)
    try:
        raw = open_regular(path)
    except InputError as exc:
        yield _error_doc(path, str(exc))
        return
    line_number = records = 0
    try:
        with raw, _decompressed(raw, path) as lines:
            for line_number, line in enumerate(bounded_lines(lines, max_bytes), start=1):
                if isinstance(line, Oversized) or line.strip():
                    records += 1
                    yield _jsonl_document(line, path, line_number, fields, max_bytes)
    except _STREAM_ERRORS as exc:
        where = f"after line {line_number}" if line_number else "at the start"
        page_id = f"{_stem(path)}:{line_number + 1}" if line_number else None
        records += 1
        yield _error_doc(path, f"{name}: cannot read {where} ({_message(exc)})", page_id)
    if not records:
        yield _error_doc(path, f"{name}: {NO_RECORDS}")


def _decompressed(raw: BinaryIO, path: Path) -> BinaryIO:
    """``raw`` itself, or a gzip stream over it for a ``.gz`` file (``raw`` stays open)."""
    if path.name.lower().endswith(".gz"):
        return gzip.GzipFile(fileobj=raw, mode="rb")  # type: ignore[return-value]
    return contextlib.nullcontext(raw)  # type: ignore[return-value]


def _jsonl_document(
    line: bytes | Oversized, path: Path, number: int, fields: RecordFields, max_bytes: int
) -> Document:
    origin = f"{display_path(path)} line {number}"
    if isinstance(line, Oversized):
        return _record_error(path, number, origin, over_limit(max_bytes))
    try:
        record = json.loads(decode_bytes(line))
    except RecursionError:
        return _record_error(path, number, origin, TOO_DEEP)
    except ValueError as exc:
        reason = getattr(exc, "msg", str(exc))
        return _record_error(path, number, origin, f"invalid JSON ({reason})")
    return _record_document(record, path, number, origin, fields)


def _read_parquet(path: Path, fields: RecordFields, max_bytes: int) -> Iterator[Document]:
    name = display_path(path)
    try:
        import pyarrow.parquet as pq  # only Parquet inputs need it
    except ImportError:
        yield _error_doc(path, f"{name}: reading .parquet needs pyarrow (pip install pyarrow)")
        return
    unreadable: tuple[type[BaseException], ...] = (InputError, *_arrow_errors())
    try:
        open_regular(path).close()  # a FIFO or a device is refused before pyarrow opens it
        table = pq.ParquetFile(path)
        names, metadata = table.schema_arrow.names, table.metadata
    except unreadable as exc:
        message = (
            str(exc)
            if isinstance(exc, InputError)
            else f"{name}: cannot read as Parquet ({_message(exc)})"
        )
        yield _error_doc(path, message)
        return
    if fields.content_field not in names:
        yield _error_doc(path, f"{name}: {_missing_field(fields.content_field, names)}")
    elif metadata.num_rows == 0:
        yield _error_doc(path, f"{name}: {NO_RECORDS}")
    else:
        first = 1
        for group in range(metadata.num_row_groups):
            rows = metadata.row_group(group).num_rows
            yield from _read_row_group(
                table, group, range(first, first + rows), path, fields, max_bytes
            )
            first += rows


def _read_row_group(
    table: Any, group: int, numbers: range, path: Path, fields: RecordFields, max_bytes: int
) -> Iterator[Document]:
    """The documents of one row group (1-based row ``numbers``); when it cannot be decoded,
    an error document for each of its rows not yet read."""
    name = display_path(path)
    number = numbers.start
    columns = fields.columns(table.schema_arrow.names)
    try:
        batches = table.iter_batches(
            batch_size=PARQUET_BATCH_ROWS, row_groups=[group], columns=columns
        )
        for batch in batches:
            for record in _batch_records(batch, fields.content_field, max_bytes):
                origin = f"{name} row {number}"
                if isinstance(record, Oversized):
                    yield _record_error(path, number, origin, over_limit(max_bytes))
                else:
                    yield _record_document(record, path, number, origin, fields)
                number += 1
    except _arrow_errors() as exc:
        reason = f"cannot read (row group {group + 1} is damaged: {_message(exc)})"
        for lost in range(number, numbers.stop):
            yield _record_error(path, lost, f"{name} row {lost}", reason)


def _batch_records(batch: Any, text_field: str, max_bytes: int) -> list[dict[str, Any] | Oversized]:
    """The rows of a Parquet batch as dicts; a row whose text is over ``max_bytes`` as
    :class:`Oversized` (never turned into a Python string). Text that is not valid UTF-8
    is decoded as a ``.txt`` page would be (:func:`comments.reading.decode_bytes`)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    text = batch.column(text_field)
    sizes: list[int | None] = [None] * batch.num_rows
    if (
        pa.types.is_string(text.type)
        or pa.types.is_large_string(text.type)
        or pa.types.is_binary(text.type)
    ):
        lengths = pc.binary_length(text).to_pylist()
        sizes = [size if size is not None and size > max_bytes else None for size in lengths]
        if any(sizes):
            keep = pa.array([size is None for size in sizes])
            batch = batch.set_column(
                batch.schema.get_field_index(text_field),
                text_field,
                pc.if_else(keep, text, pa.nulls(len(text), text.type)),
            )
    try:
        rows = batch.to_pylist()
    except UnicodeDecodeError:
        rows = _decoded_rows(batch)
    return [Oversized(size) if size else row for row, size in zip(rows, sizes, strict=True)]


def _decoded_rows(batch: Any) -> list[dict[str, Any]]:
    """The rows of a batch whose strings are not all valid UTF-8, decoded one by one."""
    import pyarrow as pa

    strings = [
        name
        for name, kind in zip(batch.schema.names, batch.schema.types, strict=True)
        if pa.types.is_string(kind) or pa.types.is_large_string(kind)
    ]
    as_bytes = batch.cast(
        pa.schema(
            pa.field(f.name, pa.large_binary() if f.name in strings else f.type)
            for f in batch.schema
        )
    )
    rows = as_bytes.to_pylist()
    for row in rows:
        for name in strings:
            if row[name] is not None:
                row[name] = decode_bytes(row[name])
    return rows


def _message(exc: BaseException) -> str:
    """An exception's message on one printable line (library messages carry newlines and
    stray bytes of the damaged data).

    >>> _message(ValueError("bad\\x0f header\\nfailed.\\n"))
    'bad header failed.'
    """
    return " ".join("".join(c if c.isprintable() else " " for c in str(exc)).split())


def _arrow_errors() -> tuple[type[BaseException], ...]:
    """What pyarrow raises for a damaged file (its own base class, plus the OS's)."""
    import pyarrow as pa

    return (pa.ArrowException, OSError, ValueError)


# --- records -> documents ---------------------------------------------------------------


def _record_document(
    record: Any, path: Path, number: int, origin: str, fields: RecordFields
) -> Document:
    """The document of one JSONL/Parquet record, or an error naming ``origin``."""
    if not isinstance(record, dict):
        return _record_error(
            path, number, origin, f"record is a JSON {type(record).__name__}, not an object"
        )
    page_id, warning = _record_id(record, fields, f"{_stem(path)}:{number}")
    url = record.get(fields.url_field)
    source = url if isinstance(url, str) and url else f"{display_path(path)}:{number}"
    name = fields.content_field
    text = record.get(name)
    if name not in record:
        error = _missing_field(name, record)
    elif not isinstance(text, str):
        error = f"field {name!r} is {type(text).__name__}, not text"
    else:
        kind = HTML if fields.html_field else TEXT
        record_json = kept_fields(record, name)
        return Document(page_id, source, text, None, origin, warning, record_json, kind)
    return Document(page_id, source, None, f"{origin}: {error}", origin, warning)


def _record_error(path: Path, number: int, origin: str, reason: str) -> Document:
    return Document(
        f"{_stem(path)}:{number}",
        f"{display_path(path)}:{number}",
        None,
        f"{origin}: {reason}",
        origin,
    )


def _record_id(
    record: dict[str, Any], fields: RecordFields, fallback: str
) -> tuple[str, str | None]:
    """The record's page id and, when the named id field was missing, a warning."""
    names = (fields.id_field,) if fields.id_field else DEFAULT_ID_FIELDS
    for name in names:
        value = record.get(name)
        if value is not None and value != "":
            return str(value), None
    if fields.id_field:
        return fallback, f"no {fields.id_field!r} field: page id {fallback!r}"
    return fallback, None


def _missing_field(field: str, available: Iterable[str]) -> str:
    names = ", ".join(repr(name) for name in available) or "none"
    return f"no {field!r} field (fields: {names}); name the text field with --text-field"
