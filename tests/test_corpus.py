"""comments.corpus: every input becomes a pages row; records, ids, order and errors."""

from __future__ import annotations

import gzip
import inspect
import json
from pathlib import Path

import polars as pl
import pytest

import comments.corpus as corpus_module
from comments.corpus import Document, iter_documents, load_corpus, parse_document
from comments.tables import PAGES_SCHEMA, UNITS_SCHEMA

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
PAGE = "A title\n\nFirst paragraph of the article.\n\nSecond paragraph.\n"


def _jsonl(path: Path, records: list[object]) -> Path:
    lines = [r if isinstance(r, str) else json.dumps(r) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _pages(inputs: object, **fields: str) -> list[dict[str, object]]:
    return load_corpus(inputs, **fields).pages.to_dicts()  # type: ignore[arg-type]


# --- seeds and folders ----------------------------------------------------------------


def test_seeds_load_with_stem_ids_and_full_schemas() -> None:
    corpus = load_corpus(SEEDS)
    assert corpus.page_ids == sorted(p.stem for p in SEEDS.glob("*.txt"))
    assert corpus.pages["status"].to_list() == ["ok"] * 5
    assert corpus.errors.height == 0
    assert dict(corpus.pages.schema) == PAGES_SCHEMA
    assert dict(corpus.units.schema) == UNITS_SCHEMA
    assert corpus.pages["source"].to_list() == [str(p) for p in sorted(SEEDS.glob("*.txt"))]
    assert set(corpus.units["page_id"]) == set(corpus.page_ids)
    assert corpus.units["unit_id"].is_unique().all()


def test_folders_are_searched_recursively_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b" / "deep").mkdir(parents=True)
    (tmp_path / "a").mkdir()
    (tmp_path / "b" / "deep" / "z.txt").write_text(PAGE)
    (tmp_path / "b" / "c.txt").write_text(PAGE)
    (tmp_path / "a" / "y.txt").write_text(PAGE)
    (tmp_path / "a" / "notes.md").write_text(PAGE)  # not a page suffix: ignored
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.txt").write_text(PAGE)  # hidden: ignored
    _jsonl(tmp_path / "a" / "r.jsonl", [{"id": "rec", "text": PAGE}])
    ids = [doc.page_id for doc in iter_documents(tmp_path)]
    assert ids == ["rec", "y", "c", "z"]  # a/r.jsonl, a/y.txt, b/c.txt, b/deep/z.txt


def test_inputs_keep_the_order_given(tmp_path: Path) -> None:
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text(PAGE)
    ids = [d.page_id for d in iter_documents([tmp_path / "b.txt", tmp_path / "a.txt"])]
    assert ids == ["b", "a"]


def test_explicit_file_with_other_extension_is_read_as_text(tmp_path: Path) -> None:
    (tmp_path / "page.html.dump").write_text(PAGE)
    [row] = _pages(tmp_path / "page.html.dump")
    assert (row["page_id"], row["status"], row["title"]) == ("page.html", "ok", "A title")


def test_missing_path_and_empty_folder_are_error_rows(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    rows = _pages([tmp_path / "gone.txt", tmp_path / "empty"])
    assert [r["status"] for r in rows] == ["error", "error"]
    assert rows[0]["page_id"] == "gone"
    assert rows[0]["error"] == f"{tmp_path / 'gone.txt'}: no such file or folder; check the path"
    assert rows[1]["error"].startswith(f"{tmp_path / 'empty'}: folder has no page files")


def test_duplicate_ids_get_stable_suffixes_and_a_warning(tmp_path: Path) -> None:
    for folder in ("a", "b", "c"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "page.txt").write_text(PAGE)
    rows = _pages(tmp_path)
    assert [r["page_id"] for r in rows] == ["page", "page~2", "page~3"]
    assert rows[0]["warnings"] is None
    assert rows[1]["warnings"] == "duplicate page id 'page' renamed 'page~2'"
    assert rows == _pages(tmp_path)  # stable from run to run


def test_duplicate_suffix_skips_ids_already_taken(tmp_path: Path) -> None:
    path = _jsonl(
        tmp_path / "r.jsonl",
        [{"id": "x~2", "text": PAGE}, {"id": "x", "text": PAGE}, {"id": "x", "text": PAGE}],
    )
    assert [d.page_id for d in iter_documents(path)] == ["x~2", "x", "x~3"]


# --- JSONL ------------------------------------------------------------------------------


def test_jsonl_ids_urls_and_record_numbers(tmp_path: Path) -> None:
    path = _jsonl(
        tmp_path / "crawl.jsonl",
        [
            {"id": 17, "url": "https://ex.org/a", "text": PAGE},
            {"url": "https://ex.org/b", "text": PAGE},
            "",  # a blank line is not a record (but still counts as a line)
            {"text": PAGE},
        ],
    )
    docs = list(iter_documents(path))
    assert [d.page_id for d in docs] == ["17", "https://ex.org/b", "crawl:4"]
    assert [d.source for d in docs] == ["https://ex.org/a", "https://ex.org/b", f"{path}:4"]
    assert [d.origin for d in docs] == [f"{path} line {n}" for n in (1, 2, 4)]
    assert all(d.text == PAGE for d in docs)


def test_jsonl_custom_fields(tmp_path: Path) -> None:
    path = _jsonl(
        tmp_path / "c4.jsonl",
        [
            {"doc": "d1", "link": "https://ex.org/1", "content": PAGE, "text": "not this"},
            {"content": PAGE},
        ],
    )
    fields = {"text_field": "content", "id_field": "doc", "url_field": "link"}
    rows = _pages(path, **fields)
    assert [r["page_id"] for r in rows] == ["d1", "c4:2"]
    assert rows[0]["source"] == "https://ex.org/1" and rows[0]["title"] == "A title"
    assert rows[1]["warnings"] == "no 'doc' field: page id 'c4:2'"
    assert [r["status"] for r in rows] == ["ok", "ok"]


def test_bad_jsonl_records_are_error_rows_naming_file_and_line(tmp_path: Path) -> None:
    path = _jsonl(
        tmp_path / "bad.jsonl",
        [
            {"id": "good", "text": PAGE},
            '{"id": "broken", "text": ',
            {"id": "no-text", "body": PAGE},
            {"id": "null-text", "text": None},
            ["a", "list"],
            {"id": "last", "text": PAGE},
        ],
    )
    rows = {r["page_id"]: r for r in _pages(path)}
    assert list(rows) == ["good", "bad:2", "no-text", "null-text", "bad:5", "last"]
    assert rows["good"]["status"] == rows["last"]["status"] == "ok"
    assert rows["bad:2"]["error"].startswith(f"{path} line 2: invalid JSON (")
    assert rows["no-text"]["error"] == (
        f"{path} line 3: no 'text' field (fields: 'id', 'body'); "
        "name the text field with --text-field"
    )
    assert rows["null-text"]["error"] == f"{path} line 4: field 'text' is NoneType, not text"
    assert rows["bad:5"]["error"] == f"{path} line 5: record is a JSON list, not an object"


def test_jsonl_line_with_invalid_utf8_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "latin.jsonl"
    path.write_bytes(b'{"id": "p", "text": "Caf\xe9 title\\n\\nBody."}\n')
    [doc] = iter_documents(path)
    assert doc.text == "Café title\n\nBody."


def test_jsonl_gz_is_read_and_a_truncated_one_reports_where(tmp_path: Path) -> None:
    records = [json.dumps({"id": f"p{i}", "text": PAGE}) for i in range(200)]
    data = gzip.compress(("\n".join(records) + "\n").encode())
    (tmp_path / "ok.jsonl.gz").write_bytes(data)
    (tmp_path / "cut.jsonl.gz").write_bytes(data[: len(data) // 2])
    rows = _pages(tmp_path / "ok.jsonl.gz")
    assert len(rows) == 200 and {r["status"] for r in rows} == {"ok"}
    cut = _pages(tmp_path / "cut.jsonl.gz")
    assert {r["status"] for r in cut[:-1]} == {"ok"}
    assert cut[-1]["status"] == "error"
    assert cut[-1]["error"].startswith(f"{tmp_path / 'cut.jsonl.gz'}: cannot read after line")
    assert cut[-1]["page_id"] == f"cut:{len(cut)}"


def test_not_gzip_at_all_is_one_error_row(tmp_path: Path) -> None:
    (tmp_path / "fake.jsonl.gz").write_text("plain text, not gzip")
    [row] = _pages(tmp_path / "fake.jsonl.gz")
    assert row["status"] == "error" and row["page_id"] == "fake"
    assert row["error"].startswith(f"{tmp_path / 'fake.jsonl.gz'}: cannot read at the start")


def test_iter_documents_streams(tmp_path: Path) -> None:
    # The first document is ready before the damaged end of the file is reached.
    path = tmp_path / "s.jsonl.gz"
    good = gzip.compress((json.dumps({"id": "first", "text": PAGE}) + "\n").encode())
    path.write_bytes(good + b"\x1f\x8b garbage")
    documents = iter_documents(path)
    assert inspect.isgenerator(documents)
    assert next(documents).page_id == "first"
    assert next(documents).error is not None


# --- Parquet ----------------------------------------------------------------------------


def test_parquet_rows_are_read_in_batches(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(corpus_module, "PARQUET_BATCH_ROWS", 3)
    frame = pl.DataFrame(
        {
            "id": [f"p{i}" for i in range(10)],
            "url": [f"https://ex.org/{i}" if i % 2 else None for i in range(10)],
            "text": [PAGE if i != 4 else None for i in range(10)],
            "extra": list(range(10)),
        }
    )
    frame.write_parquet(tmp_path / "pages.parquet")
    rows = _pages(tmp_path / "pages.parquet")
    assert [r["page_id"] for r in rows] == [f"p{i}" for i in range(10)]
    assert rows[1]["source"] == "https://ex.org/1"
    assert rows[0]["source"] == f"{tmp_path / 'pages.parquet'}:1"
    where = f"{tmp_path / 'pages.parquet'} row 5"
    assert rows[4]["error"] == f"{where}: field 'text' is NoneType, not text"
    assert [r["status"] for r in rows].count("ok") == 9


def test_parquet_without_the_text_column_is_one_error_row(tmp_path: Path) -> None:
    pl.DataFrame({"id": ["a"], "body": [PAGE]}).write_parquet(tmp_path / "p.parquet")
    [row] = _pages(tmp_path / "p.parquet")
    assert row["error"] == (
        f"{tmp_path / 'p.parquet'}: no 'text' field (fields: 'id', 'body'); "
        "name the text field with --text-field"
    )
    [ok] = _pages(tmp_path / "p.parquet", text_field="body")
    assert (ok["page_id"], ok["status"]) == ("a", "ok")


def test_corrupt_parquet_is_one_error_row(tmp_path: Path) -> None:
    (tmp_path / "bad.parquet").write_bytes(b"PAR1 not really parquet")
    [row] = _pages(tmp_path / "bad.parquet")
    assert row["status"] == "error"
    assert row["error"].startswith(f"{tmp_path / 'bad.parquet'}: cannot read as Parquet (")


# --- parse_document ---------------------------------------------------------------------


def test_parse_document_turns_a_parser_crash_into_an_error_row(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def explode(text: str, page_id: str | None = None) -> None:
        raise RecursionError("too deep")

    monkeypatch.setattr(corpus_module, "parse_text", explode)
    row, units = parse_document(Document("p", "p.txt", PAGE))
    assert units == []
    assert row["error"] == "p.txt: parse failed (RecursionError: too deep); please report it"


def test_unread_document_keeps_its_error_and_warning() -> None:
    doc = Document(
        "p", "https://ex.org", None, "x.jsonl line 2: broken", "x.jsonl line 2", "renamed"
    )
    row, units = parse_document(doc)
    assert (row["status"], row["error"], row["warnings"], units) == (
        "error",
        "x.jsonl line 2: broken",
        "renamed",
        [],
    )


def test_empty_and_binary_documents_name_their_origin() -> None:
    empty = Document("e", "https://ex.org/e", "\n \u200b\n", origin="c.jsonl line 9")
    binary = Document("b", "b.txt", "".join(map(chr, range(9))) + " abc")
    assert parse_document(empty)[0]["error"] == "c.jsonl line 9: empty document (no text)"
    assert parse_document(binary)[0]["error"] == "b.txt: binary data: 69% control bytes"


def test_parsed_rows_match_the_units_table() -> None:
    row, units = parse_document(Document("p", "p.txt", PAGE))
    assert row["n_paragraphs"] == sum(u["kind"] == "article" for u in units)
    assert [u["text"] for u in units if u["kind"] == "article"] == [
        "First paragraph of the article.",
        "Second paragraph.",
    ]
