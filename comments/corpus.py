"""Inputs -> ``pages``/``units`` tables (skeleton: .txt only; being extended).

Interface shared with the run engine and the report:

- ``Document(page_id, source, text, error)``: one input document; ``text`` is None and
  ``error`` says why when it could not be read.
- ``iter_documents(inputs, ...)``: documents in a stable order (sorted paths, then record order).
- ``parse_document(doc) -> (pages row, units rows)``: never raises.
- ``load_corpus(inputs, ...) -> Corpus`` with ``.pages`` and ``.units`` polars DataFrames.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import polars as pl

from .parse import parse_text
from .tables import error_row, page_rows, pages_frame, units_frame

__all__ = ["Corpus", "Document", "iter_documents", "load_corpus", "parse_document"]


@dataclass(frozen=True, slots=True)
class Document:
    """One input document, read or not."""

    page_id: str
    source: str
    text: str | None
    error: str | None = None


@dataclass(frozen=True, slots=True)
class Corpus:
    """The parsed corpus: one ``pages`` row per input document, one ``units`` row per text."""

    pages: pl.DataFrame
    units: pl.DataFrame


def iter_documents(inputs: str | Path | Iterable[str | Path]) -> Iterator[Document]:
    """Yield the documents of files and folders of ``.txt``, in sorted path order."""
    paths = [inputs] if isinstance(inputs, str | Path) else list(inputs)
    for path in map(Path, paths):
        files = sorted(path.rglob("*.txt")) if path.is_dir() else [path]
        for file in files:
            try:
                text = file.read_text(encoding="utf-8", errors="replace")
            except OSError as exc:
                yield Document(file.stem, str(file), None, f"{file}: cannot read ({exc})")
            else:
                yield Document(file.stem, str(file), text)


def parse_document(doc: Document) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The ``pages`` row and ``units`` rows of one document; never raises."""
    if doc.text is None:
        return error_row(doc.page_id, doc.source, doc.error or "unreadable"), []
    try:
        return page_rows(parse_text(doc.text, page_id=doc.page_id), doc.source)
    except Exception as exc:  # one bad document must never stop a corpus run
        return error_row(doc.page_id, doc.source, f"parse failed: {exc!r}"), []


def load_corpus(inputs: str | Path | Iterable[str | Path]) -> Corpus:
    """Parse every document under ``inputs`` into ``pages`` and ``units`` tables.

    >>> corpus = load_corpus("seeds")
    >>> corpus.pages.height
    5
    """
    page_list, unit_list = [], []
    for doc in iter_documents(inputs):
        page_row, unit_rows = parse_document(doc)
        page_list.append(page_row)
        unit_list.extend(unit_rows)
    return Corpus(pages=pages_frame(page_list), units=units_frame(unit_list))
