"""Issue 13, items 2-5 and 14: hostile records and files are error rows (or repaired
rows) naming the file and the record, never a crash, a hang or an unbounded read."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import sys
import tracemalloc
from pathlib import Path

import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hang_guard import finishes_within

import comments.cli.parse as parse_cli
from comments.cli.run import main as run_main
from comments.corpus import input_paths, load_corpus
from comments.engines.shards import ShardStore
from comments.reading import Oversized, bounded_lines

PAGE = "A title\n\nThe council met on Tuesday.\n"
LIMIT = 4096  # --max-record-bytes in these tests


def _jsonl(path: Path, *lines: str) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def _rows(*inputs: Path, **options: object) -> list[dict[str, object]]:
    pages = load_corpus([str(p) for p in inputs], **options).pages  # type: ignore[arg-type]
    return pages.select("page_id", "source", "status", "error", "warnings").to_dicts()


# --- item 2: lone surrogates ----------------------------------------------------------


def test_lone_surrogates_in_text_id_and_url_become_replacement_characters(tmp_path: Path) -> None:
    # JSON's \\ud800 escape decodes to a lone surrogate, which polars cannot encode.
    path = _jsonl(
        tmp_path / "s.jsonl",
        r'{"id": "s", "text": "T\n\nA \ud800 page.\n"}',
        r'{"id": "x\udc00y", "url": "https://e.org/\udfff", "text": "T\n\nFine."}',
    )
    rows = _rows(path)
    assert [row["page_id"] for row in rows] == ["s", "x\ufffdy"]
    assert rows[0]["warnings"] == (
        "1 invalid Unicode character(s) (lone surrogates) in text replaced by U+FFFD"
    )
    assert rows[1]["source"] == "https://e.org/\ufffd"
    assert rows[1]["warnings"] == (
        "2 invalid Unicode character(s) (lone surrogates) in page id, source replaced by U+FFFD"
    )
    units = load_corpus(path).units
    assert units.filter(pl.col("page_id") == "s")["text"].to_list() == ["A \ufffd page."]


def test_the_issue_reproduction_runs_to_the_end(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "s.jsonl", r'{"id":"s","text":"T\n\nA \ud800.\n"}')
    out = tmp_path / "o"
    argv = [str(path), "--out", str(out), "--workers", "0", "--quiet"]
    assert run_main([*argv, "--toxicity-model", "none"]) == 0
    assert ShardStore(out).read("units")["text"].to_list() == ["A \ufffd."]


@pytest.mark.skipif(sys.platform != "linux", reason="file names are bytes on Linux")
def test_a_file_name_that_is_not_utf8_is_shown_with_escapes(tmp_path: Path) -> None:
    name = os.fsdecode(b"caf\xe9.txt")  # a surrogate-escaped str: not valid Unicode
    (tmp_path / name).write_text(PAGE, encoding="utf-8")
    [row] = _rows(tmp_path)
    assert (row["page_id"], row["status"]) == ("caf\\xe9", "ok")
    assert row["source"] == f"{tmp_path}/caf\\xe9.txt"
    assert parse_cli.main([str(tmp_path), "--quiet"]) == 0


# --- item 3: deeply nested JSON ---------------------------------------------------------


def test_a_deeply_nested_json_line_is_an_error_row_and_the_next_line_is_read(
    tmp_path: Path,
) -> None:
    path = _jsonl(tmp_path / "deep.jsonl", "[" * 100_000, json.dumps({"id": "ok", "text": PAGE}))
    rows = _rows(path)
    assert [(r["page_id"], r["status"]) for r in rows] == [("deep:1", "error"), ("ok", "ok")]
    assert rows[0]["error"] == f"{path} line 1: invalid JSON (nested too deeply to read)"


def test_a_nested_line_no_longer_stops_a_run(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "deep.jsonl", "[" * 100_000, json.dumps({"id": "ok", "text": PAGE}))
    out = tmp_path / "o"
    argv = [str(path), "--out", str(out), "--workers", "0", "--toxicity-model", "none", "--quiet"]
    assert run_main(argv) == 0
    pages = ShardStore(out).read("pages")
    assert pages["status"].to_list() == ["error", "ok"]


# --- item 4: size limits, FIFOs and devices ---------------------------------------------


def test_an_oversized_gzip_line_is_an_error_row_and_never_held_whole(tmp_path: Path) -> None:
    path = tmp_path / "bomb.jsonl.gz"
    line = b'{"id": "big", "text": "' + b"a" * (32 << 20) + b'"}\n'  # 32 MiB, compresses to ~32 KiB
    with gzip.open(path, "wb") as handle:
        handle.write(line)
        handle.write(json.dumps({"id": "after", "text": PAGE}).encode() + b"\n")
    assert path.stat().st_size < 100_000
    tracemalloc.start()
    try:
        rows = _rows(path, max_record_bytes=LIMIT)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert [(r["page_id"], r["status"]) for r in rows] == [("bomb:1", "error"), ("after", "ok")]
    assert rows[0]["error"] == (
        f"{path} line 1: record larger than the limit of 4,096 bytes "
        "(raise it with --max-record-bytes)"
    )
    assert peak < 8 << 20  # the 32 MiB line was skipped in blocks, never held


def test_bounded_lines_measure_what_they_skip() -> None:
    import io

    stream = io.BytesIO(b"short\n" + b"x" * 10_000 + b"\nlast")
    assert list(bounded_lines(stream, 100)) == [b"short\n", Oversized(10_001), b"last"]


def test_an_oversized_txt_file_is_an_error_row(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text(PAGE + "x" * LIMIT, encoding="utf-8")
    [row] = _rows(path, max_record_bytes=LIMIT)
    assert row["error"] == (
        f"{path}: record larger than the limit of 4,096 bytes (raise it with --max-record-bytes)"
    )
    [row] = _rows(path, max_record_bytes=2 * LIMIT)
    assert row["status"] == "ok"


def test_the_limit_is_a_command_line_option(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    path = tmp_path / "big.txt"
    path.write_text(PAGE + "x" * 2000, encoding="utf-8")
    assert parse_cli.main([str(path), "--quiet", "--max-record-bytes", "1K"]) == 1
    assert "record larger than the limit of 1,024 bytes" in capsys.readouterr().err
    assert parse_cli.main([str(path), "--quiet", "--max-record-bytes", "1M"]) == 0


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
@pytest.mark.parametrize("name", ["pipe.txt", "pipe.jsonl", "pipe.jsonl.gz", "pipe.parquet"])
def test_a_named_fifo_is_an_error_row_not_a_hang(tmp_path: Path, name: str) -> None:
    fifo = tmp_path / name
    os.mkfifo(fifo)  # no writer: opening it for reading would block forever
    with finishes_within(20):
        [row] = _rows(fifo)
    assert row["error"] == f"{fifo}: not a regular file (a FIFO (named pipe)); give page files"


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_dev_zero_is_an_error_row_not_a_memory_error() -> None:
    with finishes_within(20):
        [row] = _rows(Path("/dev/zero"))
    assert row["error"] == "/dev/zero: not a regular file (a character device); give page files"


# --- item 5: one bad Parquet row ----------------------------------------------------------


def _parquet(path: Path, texts: list[bytes], group_rows: int = 1000) -> Path:
    ids = [f"r{i}" for i in range(len(texts))]
    text = pa.array(texts, pa.binary()).view(pa.string())  # no UTF-8 check, as in the wild
    pq.write_table(
        pa.table({"id": ids, "text": text}), path, row_group_size=group_rows, compression="none"
    )
    return path


def _texts(n: int) -> list[bytes]:
    return [f"Title {i}\n\nBody number {i} of the page.".encode() for i in range(n)]


def test_invalid_utf8_in_one_parquet_row_loses_no_other_row(tmp_path: Path) -> None:
    texts = _texts(600)
    texts[300] = "Caf\xe9 news\n\nThe café opened.".encode("cp1252")  # row 301
    rows = _rows(_parquet(tmp_path / "bad.parquet", texts))
    assert len(rows) == 600 and {r["status"] for r in rows} == {"ok"}
    pages = load_corpus(tmp_path / "bad.parquet").pages
    assert pages["title"][300] == "Café news"  # decoded as a .txt page would be
    assert pages["title"][301] == "Title 301"


def test_a_damaged_row_group_is_one_error_row_per_row_and_the_rest_is_read(
    tmp_path: Path,
) -> None:
    path = _parquet(tmp_path / "groups.parquet", _texts(600), group_rows=200)
    column = pq.ParquetFile(path).metadata.row_group(1).column(1)
    with path.open("r+b") as handle:  # garble the page headers of the 2nd group's text
        handle.seek(column.dictionary_page_offset or column.data_page_offset)
        handle.write(b"\xff" * 64)
    rows = _rows(path)
    assert len(rows) == 600
    errors = [r for r in rows if r["status"] == "error"]
    assert [r["page_id"] for r in errors] == [f"groups:{n}" for n in range(201, 401)]
    assert str(errors[0]["error"]).startswith(
        f"{path} row 201: cannot read (row group 2 is damaged: "
    )
    assert "\n" not in str(errors[0]["error"])
    assert [r["page_id"] for r in rows[400:402]] == ["r400", "r401"]


def test_an_oversized_parquet_cell_is_an_error_row(tmp_path: Path) -> None:
    texts = _texts(3)
    texts[1] = PAGE.encode() + b"x" * LIMIT
    rows = _rows(_parquet(tmp_path / "cells.parquet", texts), max_record_bytes=LIMIT)
    assert [r["status"] for r in rows] == ["ok", "error", "ok"]
    assert rows[1]["page_id"] == "cells:2"
    assert str(rows[1]["error"]).startswith(f"{tmp_path / 'cells.parquet'} row 2: record larger")


# --- item 14: inputs that produced no row ---------------------------------------------------


def test_empty_files_are_one_error_row_each(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_bytes(b"")
    (tmp_path / "b.jsonl").write_bytes(b"\n \n")
    with gzip.open(tmp_path / "c.jsonl.gz", "wb"):
        pass
    (tmp_path / "d.jsonl.gz").write_bytes(b"")
    pq.write_table(pa.table({"text": pa.array([], pa.string())}), tmp_path / "e.parquet")
    rows = _rows(tmp_path)
    assert [(r["page_id"], r["error"]) for r in rows] == [
        (stem, f"{tmp_path / name}: no records in the file")
        for stem, name in [
            ("a", "a.jsonl"),
            ("b", "b.jsonl"),
            ("c", "c.jsonl.gz"),
            ("d", "d.jsonl.gz"),
            ("e", "e.parquet"),
        ]
    ]


def test_links_fifos_and_unlistable_folders_inside_a_folder_are_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "locked").mkdir(parents=True)
    (corpus / "locked" / "hidden.txt").write_text(PAGE, encoding="utf-8")
    (corpus / "good.txt").write_text(PAGE, encoding="utf-8")
    (corpus / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    os.mkfifo(corpus / "pipe.jsonl")
    (corpus / "notes.md").write_text("not a page file", encoding="utf-8")  # skipped, as before
    locked = corpus / "locked"
    locked.chmod(0)
    if os.access(locked, os.R_OK):  # root lists anything: make it unlistable for this test
        scandir = os.scandir

        def refuse(path: object = ".") -> object:
            if Path(str(path)) == locked:
                raise PermissionError(13, "Permission denied", str(path))
            return scandir(path)  # type: ignore[arg-type]

        monkeypatch.setattr(os, "scandir", refuse)
    try:
        with finishes_within(20):
            rows = _rows(corpus)
    finally:
        locked.chmod(0o755)
    assert [(r["page_id"], r["status"], r["error"]) for r in rows] == [
        ("dangling", "error", f"{corpus}/dangling.txt: broken symbolic link; check the path"),
        ("good", "ok", None),
        (
            "locked",
            "error",
            f"{locked}: cannot list folder (permission denied); check its permissions",
        ),
        (
            "pipe",
            "error",
            f"{corpus}/pipe.jsonl: not a regular file (a FIFO (named pipe)); give page files",
        ),
    ]


def test_a_symlinked_folder_is_not_followed(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "page.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "loop").symlink_to(tmp_path / "corpus")  # a cycle
    (tmp_path / "corpus" / "elsewhere").symlink_to(tmp_path / "real")
    shutil.copy(tmp_path / "real" / "page.txt", tmp_path / "corpus" / "own.txt")
    assert [r["page_id"] for r in _rows(tmp_path / "corpus")] == ["own"]


def test_the_folder_walk_streams_in_sorted_path_order_at_any_depth(tmp_path: Path) -> None:
    names = ["b/x.txt", "b.txt", "b-c/y.txt", "B/z.txt", "a/b/c/d.jsonl", "a/b.txt", "é.txt"]
    for name in names:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(PAGE, encoding="utf-8")
    try:
        _deep_folder(tmp_path / "deep", levels=1200)  # deeper than Python's recursion limit
        walked = list(input_paths(tmp_path))
    finally:  # shutil.rmtree (pytest's clean-up) recurses too: remove it level by level
        _remove_deep_folder(tmp_path / "deep")
    assert walked == sorted(walked)  # the order of the sorted full paths
    assert [p.relative_to(tmp_path).as_posix() for p in walked if "deep" not in p.parts] == sorted(
        names, key=lambda name: Path(name).parts
    )
    assert [p.name for p in walked].count("bottom.txt") == 1


def _deep_folder(top: Path, levels: int) -> None:
    """top/d/d/…/d/bottom.txt, made level by level (Path.mkdir(parents=True) recurses)."""
    top.mkdir()
    for _ in range(levels):
        top = top / "d"
        top.mkdir()
    (top / "bottom.txt").write_text(PAGE, encoding="utf-8")


def _remove_deep_folder(top: Path) -> None:
    chain = [top]
    while (chain[-1] / "d").is_dir():
        chain.append(chain[-1] / "d")
    (chain[-1] / "bottom.txt").unlink(missing_ok=True)
    for folder in reversed(chain):
        folder.rmdir()
