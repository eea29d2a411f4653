"""Fuzzing the input side (issue 13): whatever the documents, records and files, reading
and parsing never raise, every record is exactly one ``pages`` row, an error row names its
file and record, and the tables build (no lone surrogate reaches polars).

The CI run is bounded (100-400 fixed examples per property, ~15 s in all). A longer,
randomised run::

    COMMENTS_FUZZ_EXAMPLES=1500 .venv/bin/python -m pytest tests/test_fuzz.py -q

sets every property's example count (and draws new examples on every run).
"""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path
from typing import Any

import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from comments.corpus import Document, load_corpus, parse_document, parse_documents
from comments.scoring.sentiment import SentimentScorer
from comments.tables import pages_frame, units_frame

LONG_RUN = int(os.environ.get("COMMENTS_FUZZ_EXAMPLES", "0"))


def _settings(examples: int) -> settings:
    return settings(
        max_examples=LONG_RUN or examples,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
        derandomize=not LONG_RUN,  # CI: the same examples every run
    )


LIMIT = 512  # --max-record-bytes of the record properties: some records go over it
SURROGATES = [chr(c) for c in (0xD800, 0xDBFF, 0xDC00, 0xDCE9, 0xDFFF)]
TRICKY = [*SURROGATES, "\x00", "\x1b", "\ufeff", "\u200b", "\u2028", "\r", "\t", "…", "!", "."]
characters = st.one_of(
    st.characters(codec=None, exclude_categories=()),  # every code point, surrogates too
    st.sampled_from(TRICKY),
)
texts = st.text(characters, max_size=300)
LINE_WORDS = ["Reply", "says:", "•", "*", "-", "1.", "  ", "Anna", "Bob", "June 3, 2024 at 9:14 am"]


# --- documents ------------------------------------------------------------------------


@_settings(400)
@given(page_id=texts, source=texts, text=texts)
def test_any_document_is_one_row_and_tables_build(page_id: str, source: str, text: str) -> None:
    row, units = parse_document(Document(page_id, source, text))
    pages, unit_table = pages_frame([row]), units_frame(units)  # polars accepts every cell
    assert pages.height == 1 and row["status"] in ("ok", "error")
    assert unit_table["page_id"].unique().to_list() in ([], [row["page_id"]])
    if row["status"] == "error":
        assert row["error"].startswith(row["source"])
        assert "parse failed" not in row["error"]  # the catch-all is never what saves it


@st.composite
def structured_pages(draw: Any) -> str:
    """An article and a comment thread in one of the shapes the parser reads."""
    title = draw(st.text(characters, min_size=1, max_size=40))
    paragraphs = draw(st.lists(st.text(characters, min_size=1, max_size=120), max_size=4))
    lines = [title, "", *(p for para in paragraphs for p in (para, "")), "3 thoughts on it"]
    for _ in range(draw(st.integers(0, 6))):
        depth = draw(st.integers(0, 3))
        marker = draw(st.sampled_from(LINE_WORDS))
        author = draw(st.text(characters, min_size=1, max_size=20))
        lines += [f"{'  ' * depth}{marker} {author} says:", f"{'  ' * depth}  {draw(texts)}"]
        if draw(st.booleans()):
            lines.append(f"{'  ' * depth}  Reply")
    return "\n".join(lines)


@_settings(200)
@given(page=structured_pages())
def test_structured_pages_give_consistent_tables_and_scores(page: str) -> None:
    pages, units = parse_documents([Document("p", "p.txt", page)])
    [row] = pages.to_dicts()
    assert row["n_paragraphs"] + row["n_comments"] + row["n_pingbacks"] == units.height
    assert units["unit_id"].n_unique() == units.height
    parents = set(units["parent_id"].drop_nulls().to_list())
    assert parents <= set(units["unit_id"].to_list())
    scores = SentimentScorer().score(units["text"])
    compound = scores["sentiment_compound"].drop_nulls()
    assert compound.is_between(-1, 1).all()


# --- JSONL records ----------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | texts,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(texts, inner, max_size=3),
    max_leaves=8,
)
records = st.dictionaries(
    st.sampled_from(["id", "url", "text", "body", "lang", "crawl_date"]) | texts,
    json_values,
    max_size=5,
)
lines = st.one_of(
    records.map(lambda r: json.dumps(r).encode()),  # \\udXXX escapes: lone surrogates
    st.builds(
        lambda t, i: json.dumps({"id": i, "text": t}).encode(),
        texts,
        texts | st.integers(),
    ),
    json_values.map(lambda v: json.dumps(v).encode()),  # not an object
    st.binary(max_size=80).filter(lambda b: b"\n" not in b and b"\r" not in b),
    st.integers(2_000, 30_000).map(lambda n: b"[" * n),  # nested too deep (or not)
    st.integers(LIMIT, 4 * LIMIT).map(lambda n: b'{"text": "' + b"a" * n + b'"}'),  # too big
)


def _expected_rows(raw_lines: list[bytes]) -> list[int]:
    """The line numbers that must each give one row: every non-blank line."""
    return [n for n, line in enumerate(raw_lines, start=1) if line.strip()]


@_settings(150)
@given(raw_lines=st.lists(lines, max_size=12), gz=st.booleans())
def test_every_jsonl_record_is_one_row_naming_its_line(
    tmp_path_factory: Any, raw_lines: list[bytes], gz: bool
) -> None:
    folder = tmp_path_factory.mktemp("jsonl")
    path = folder / ("records.jsonl.gz" if gz else "records.jsonl")
    data = b"".join(line + b"\n" for line in raw_lines)
    path.write_bytes(gzip.compress(data) if gz else data)
    pages = load_corpus(path, max_record_bytes=LIMIT).pages
    expected = _expected_rows(raw_lines)
    assert pages.height == max(1, len(expected))
    assert pages["page_id"].n_unique() == pages.height
    if not expected:
        assert pages["error"].to_list() == [f"{path}: no records in the file"]
        return
    for number, row in zip(expected, pages.to_dicts(), strict=True):
        if row["status"] == "error":
            assert row["error"].startswith(f"{path} line {number}: "), row["error"]
            assert "parse failed" not in row["error"]


@_settings(100)
@given(raw_lines=st.lists(lines, min_size=1, max_size=8), cut=st.floats(0, 1))
def test_a_damaged_gzip_keeps_its_records_and_names_where_it_broke(
    tmp_path_factory: Any, raw_lines: list[bytes], cut: float
) -> None:
    data = gzip.compress(b"".join(line + b"\n" for line in raw_lines))
    path = tmp_path_factory.mktemp("gz") / "cut.jsonl.gz"
    path.write_bytes(data[: int(len(data) * cut)])
    pages = load_corpus(path, max_record_bytes=LIMIT).pages
    assert 1 <= pages.height <= len(_expected_rows(raw_lines)) + 1
    last = pages.to_dicts()[-1]
    if last["status"] == "error" and "cannot read" in last["error"]:
        assert last["error"].startswith(f"{path}: cannot read ")


# --- Parquet records ----------------------------------------------------------------------

cells = st.one_of(
    st.none(),
    st.binary(max_size=200),  # not UTF-8, as a damaged writer leaves it
    texts.map(lambda t: t.encode("utf-8", "surrogatepass")),  # surrogates: invalid UTF-8
    st.integers(LIMIT, 2 * LIMIT).map(lambda n: b"Title\n\n" + b"b" * n),
)


@_settings(100)
@given(rows=st.lists(st.tuples(cells, cells), min_size=1, max_size=20))
def test_every_parquet_row_is_one_row_naming_its_number(
    tmp_path_factory: Any, rows: list[tuple[bytes | None, bytes | None]]
) -> None:
    path = tmp_path_factory.mktemp("parquet") / "rows.parquet"
    ids = pa.array([row[0] for row in rows], pa.binary()).view(pa.string())
    text = pa.array([row[1] for row in rows], pa.binary()).view(pa.string())
    pq.write_table(pa.table({"id": ids, "text": text}), path, row_group_size=7)
    pages = load_corpus(path, max_record_bytes=LIMIT).pages
    assert pages.height == len(rows)
    assert pages["page_id"].n_unique() == pages.height
    for number, row in enumerate(pages.to_dicts(), start=1):
        if row["status"] == "error":
            assert row["error"].startswith(f"{path} row {number}: "), row["error"]


# --- files ----------------------------------------------------------------------------------


@_settings(150)
@given(data=st.binary(max_size=2000), suffix=st.sampled_from([".txt", ".jsonl", ".parquet"]))
def test_any_bytes_in_any_page_file_give_rows(
    tmp_path_factory: Any, data: bytes, suffix: str
) -> None:
    path: Path = tmp_path_factory.mktemp("bytes") / f"page{suffix}"
    path.write_bytes(data)
    pages = load_corpus(path, max_record_bytes=LIMIT).pages
    assert pages.height >= 1
    errors = pages.filter(pl.col("status") == "error")["error"].to_list()
    assert all(error.startswith(str(path)) for error in errors)
