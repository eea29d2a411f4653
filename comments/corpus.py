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
naming the file, and the line or row for records): a missing path, an unreadable file, a
folder without page files, a bad JSON line, a record without the text field (or whose text
is not a string), binary data, and an *empty document* — one with nothing but whitespace,
zero-width or control characters, as there is no page to parse. A document with text whose
parse finds no article paragraphs (only a title, or only boilerplate) is a parsed page
("ok") with ``n_paragraphs`` 0.

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

import gzip
import json
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import polars as pl

from .enrich import enrich_rows, kept_fields
from .errors import InputError
from .model import Page
from .parse import parse_text
from .reading import binary_reason, decode_bytes, is_blank, read_text
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
# A repeated page id becomes "<id>~2", "<id>~3", …
DUPLICATE_ID_FORMAT = "{page_id}~{n}"
# Parquet rows decoded per batch: big enough to amortise Arrow calls, small enough that a
# batch of long pages stays a few MiB.
PARQUET_BATCH_ROWS = 256

EMPTY_DOCUMENT = "empty document (no text)"
EMPTY_HTML = "empty document (the HTML shows no text)"

# Errors a damaged or truncated JSONL(.gz) file raises while being read.
_STREAM_ERRORS = (OSError, EOFError, zlib.error)


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
) -> Iterator[Document]:
    """Yield the documents under ``inputs`` one at a time, each with a unique page id.

    >>> [doc.page_id for doc in iter_documents("seeds")][:2]
    ['000_f726f1425a8d58b3', '001_e3de061a45eb7ecc']
    >>> next(iter_documents("no/such/folder")).error
    'no/such/folder: no such file or folder; check the path'
    """
    fields = RecordFields(text_field, id_field, url_field, html_field)
    ids = _UniqueIds()
    for path in input_paths(inputs):
        for doc in _read_path(path, fields):
            yield ids.claim(doc)


def parse_document(doc: Document) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The ``pages`` row and ``units`` rows of one document; never raises.

    >>> row, units = parse_document(Document("p", "p.txt", "A title\\n\\nThe article."))
    >>> row["status"], row["n_paragraphs"], units[0]["unit_id"]
    ('ok', 1, 'p/a1')
    >>> parse_document(Document("e", "e.txt", " \\n\\u200b "))[0]["error"]
    'e.txt: empty document (no text)'
    """
    reason = _error_reason(doc)
    if reason is not None:
        page_row, unit_rows = error_row(doc.page_id, doc.source, reason), []
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
        inputs, text_field=text_field, id_field=id_field, url_field=url_field, html_field=html_field
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
    """Each input path as the readers will read it: folders expanded to their page files
    in sorted order, an empty folder and a missing path kept (they become error rows).

    >>> [path.name for path in input_paths("seeds")][:2]
    ['000_f726f1425a8d58b3.txt', '001_e3de061a45eb7ecc.txt']
    """
    paths = [inputs] if isinstance(inputs, str | Path) else inputs
    for path in map(Path, paths):
        if path.is_dir():
            yield from _folder_files(path) or [path]  # an empty folder reports itself
        else:
            yield path


def _folder_files(folder: Path) -> list[Path]:
    return sorted(
        path
        for path in folder.rglob("*")
        if _suffix(path) in PAGE_SUFFIXES
        and not any(part.startswith(".") for part in path.relative_to(folder).parts)
        and path.is_file()
    )


def _suffix(path: Path) -> str | None:
    """The page suffix ``path`` ends with (case-insensitive), or None."""
    name = path.name.lower()
    return next((suffix for suffix in PAGE_SUFFIXES if name.endswith(suffix)), None)


def _stem(path: Path) -> str:
    """The file name without its page suffix ("a.jsonl.gz" -> "a")."""
    suffix = _suffix(path)
    return path.name[: -len(suffix)] if suffix else path.stem


def _read_path(path: Path, fields: RecordFields) -> Iterator[Document]:
    if path.is_dir():
        kinds = ", ".join(PAGE_SUFFIXES)
        yield _error_doc(path, f"{path}: folder has no page files ({kinds})")
    elif not path.exists():
        yield _error_doc(path, f"{path}: no such file or folder; check the path")
    elif _suffix(path) in JSONL_SUFFIXES:
        yield from _read_jsonl(path, fields)
    elif _suffix(path) in PARQUET_SUFFIXES:
        yield from _read_parquet(path, fields)
    elif _suffix(path) in HTML_SUFFIXES:
        from .web.inputs import html_document

        yield html_document(path, _stem(path))
    elif _suffix(path) in WARC_SUFFIXES:
        from .web.inputs import warc_documents

        yield from warc_documents(path, _stem(path))
    else:
        yield _read_txt(path)


def _error_doc(path: Path, error: str, page_id: str | None = None) -> Document:
    return Document(page_id or _stem(path), str(path), None, error)


# --- one reader per file kind ---------------------------------------------------------


def _read_txt(path: Path) -> Document:
    try:
        return Document(_stem(path), str(path), read_text(path))
    except InputError as exc:
        return _error_doc(path, str(exc))


def _read_jsonl(path: Path, fields: RecordFields) -> Iterator[Document]:
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    line_number = 0
    try:
        with opener(path, "rb") as lines:
            for line_number, line in enumerate(lines, start=1):
                if line.strip():
                    yield _jsonl_document(line, path, line_number, fields)
    except _STREAM_ERRORS as exc:
        where = f"after line {line_number}" if line_number else "at the start"
        page_id = f"{_stem(path)}:{line_number + 1}" if line_number else None
        yield _error_doc(path, f"{path}: cannot read {where} ({exc})", page_id)


def _jsonl_document(line: bytes, path: Path, number: int, fields: RecordFields) -> Document:
    origin = f"{path} line {number}"
    try:
        record = json.loads(decode_bytes(line))
    except ValueError as exc:
        reason = getattr(exc, "msg", str(exc))
        return _record_error(path, number, origin, f"invalid JSON ({reason})")
    return _record_document(record, path, number, origin, fields)


def _read_parquet(path: Path, fields: RecordFields) -> Iterator[Document]:
    try:
        import pyarrow.parquet as pq  # only Parquet inputs need it
    except ImportError:
        yield _error_doc(path, f"{path}: reading .parquet needs pyarrow (pip install pyarrow)")
        return
    row_number = 0
    try:
        table = pq.ParquetFile(path)
        names = table.schema_arrow.names
        if fields.content_field not in names:
            yield _error_doc(path, f"{path}: {_missing_field(fields.content_field, names)}")
            return
        batches = table.iter_batches(batch_size=PARQUET_BATCH_ROWS, columns=fields.columns(names))
        for batch in batches:
            for record in batch.to_pylist():
                row_number += 1
                yield _record_document(record, path, row_number, f"{path} row {row_number}", fields)
    except (OSError, ValueError) as exc:  # pyarrow's ArrowException subclasses both
        where = f"after row {row_number}" if row_number else "as Parquet"
        yield _error_doc(path, f"{path}: cannot read {where} ({exc})")


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
    source = url if isinstance(url, str) and url else f"{path}:{number}"
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
        f"{_stem(path)}:{number}", f"{path}:{number}", None, f"{origin}: {reason}", origin
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


class _UniqueIds:
    """Gives each document a page id not used before in this corpus (stable suffixes)."""

    def __init__(self) -> None:
        self._used: set[str] = set()

    def claim(self, doc: Document) -> Document:
        page_id = doc.page_id
        n = 1
        while page_id in self._used:
            n += 1
            page_id = DUPLICATE_ID_FORMAT.format(page_id=doc.page_id, n=n)
        self._used.add(page_id)
        if page_id == doc.page_id:
            return doc
        note = f"duplicate page id {doc.page_id!r} renamed {page_id!r}"
        warning = "; ".join(filter(None, (doc.warning, note)))
        return replace(doc, page_id=page_id, warning=warning)
