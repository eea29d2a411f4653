"""Bad input: nothing raises out of parse_file/load_corpus, unreadable documents are error
rows with a reason, damaged-but-readable pages parse to the same Page as clean ones."""

from __future__ import annotations

import dataclasses
import random
from pathlib import Path

import pytest

import comments.cli.parse as cli
from comments import Page, parse_file, parse_text
from comments.corpus import load_corpus

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
THREAD_SEED = SEEDS / "000_f726f1425a8d58b3.txt"  # article + a nested comment thread
PINGBACK_SEED = SEEDS / "003_e12325d8de725db9.txt"  # declared count, pingbacks
NBSP_SEED = SEEDS / "004_2d2668275a37dc01.txt"

GARBAGE = random.Random(0).randbytes(4096)  # fixed seed: the same "binary file" every run
BLANK_TEXT = " \t\n\u00a0\u200b\r\n\u3000\ufeff \n"


def _seed(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def _as(page: Page, page_id: str) -> Page:
    return dataclasses.replace(page, page_id=page_id)


def _write(folder: Path, name: str, data: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data)
    return folder / name


# --- unreadable documents: error rows, and parse_file still returns a Page -----------------


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"", "empty document (no text)"),
        (BLANK_TEXT.encode(), "empty document (no text)"),
        (BLANK_TEXT.encode("utf-16"), "empty document (no text)"),
        (GARBAGE, "binary data: 12% control bytes"),
        (b"\x00" * 1000, "binary data: 100% control bytes"),
    ],
    ids=["empty", "whitespace", "utf16-whitespace", "random-bytes", "nul-bytes"],
)
def test_unreadable_documents_are_error_rows(tmp_path: Path, data: bytes, error: str) -> None:
    path = _write(tmp_path, "bad.txt", data)
    [row] = load_corpus(path).pages.to_dicts()
    assert (row["page_id"], row["status"], row["error"]) == ("bad", "error", f"{path}: {error}")
    page = parse_file(path)  # the parser itself never raises on them either
    assert page.page_id == "bad" and page.comments == []
    if error.startswith("empty"):
        assert (page.title, page.paragraphs) == (None, [])


def test_a_corpus_of_bad_files_reports_each_and_keeps_the_good_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _write(tmp_path, "a_empty.txt", b"")
    _write(tmp_path, "b_garbage.txt", GARBAGE)
    _write(tmp_path, "c_latin.txt", "Caf\xe9 society\n\nA page in cp1252.\n".encode("cp1252"))
    _write(tmp_path, "d_bad.jsonl", b'{"id": "j1", "text": "Title\\n\\nBody."}\n{oops\n')
    pages = load_corpus(tmp_path).pages
    assert pages["page_id"].to_list() == ["a_empty", "b_garbage", "c_latin", "j1", "d_bad:2"]
    assert pages["status"].to_list() == ["error", "error", "ok", "ok", "error"]
    assert pages.filter(pages["page_id"] == "c_latin")["title"].item() == "Café society"

    assert cli.main([str(tmp_path), "--quiet"]) == 0
    err = capsys.readouterr().err.splitlines()
    assert [line.split(": ")[1] for line in err] == [
        str(tmp_path / "a_empty.txt"),
        str(tmp_path / "b_garbage.txt"),
        f"{tmp_path / 'd_bad.jsonl'} line 2",
    ]

    for name in ("c_latin.txt", "d_bad.jsonl"):
        (tmp_path / name).unlink()
    assert cli.main([str(tmp_path), "--quiet"]) == 1  # nothing parsed
    assert "pages: 2 (0 parsed, 2 errors)" in capsys.readouterr().out


# --- encodings: the same page whatever bytes it came in ------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-le", "utf-32", "cp1252"])
def test_encodings_parse_to_the_same_page(tmp_path: Path, encoding: str) -> None:
    text = _seed(NBSP_SEED) if encoding == "cp1252" else _seed(PINGBACK_SEED)
    path = _write(tmp_path, "page.txt", text.encode(encoding))
    assert parse_file(path) == parse_text(text, page_id="page")


def test_invalid_utf8_bytes_cost_one_character_each(tmp_path: Path) -> None:
    text = _seed(THREAD_SEED)
    data = (
        text.encode()
        .replace("Obama’s".encode(), b"Obama\x92s", 1)
        .replace(b"Bright Knight", b"Bright\xa0Knight")
    )
    page = parse_file(_write(tmp_path, "page.txt", data))
    clean = parse_text(text.replace("Obama’s", "Obama’s", 1), page_id="page")
    assert page.title == "Obama’s Counterterrorism Strategy in Mali Collapsed After Libyan War"
    assert page == clean  # \x92 is cp1252 ’; \xa0 is a no-break space, normalised


# --- line endings, invisible and control characters ---------------------------------------


@pytest.mark.parametrize("newline", ["\r\n", "\r"], ids=["CRLF", "CR"])
@pytest.mark.parametrize("seed", [THREAD_SEED, PINGBACK_SEED], ids=["thread", "pingbacks"])
def test_line_endings_do_not_change_the_page(tmp_path: Path, newline: str, seed: Path) -> None:
    text = _seed(seed)
    path = _write(tmp_path, "page.txt", text.replace("\n", newline).encode())
    assert parse_file(path) == parse_text(text, page_id="page")
    row = load_corpus(path).pages.row(0, named=True)
    assert row["status"] == "ok" and row["n_paragraphs"] > 0


@pytest.mark.parametrize("seed", [THREAD_SEED, PINGBACK_SEED], ids=["thread", "pingbacks"])
def test_no_break_and_zero_width_spaces_are_normalised(seed: Path) -> None:
    text = _seed(seed)
    noisy = text.replace(" the ", "\u00a0the\u200b ").replace("\n\n", "\n\u200b\u00a0\n")
    assert noisy.count("\u00a0") > 10
    page = parse_text(noisy, page_id="p")
    assert page == parse_text(text, page_id="p")
    texts = [page.title or "", *page.paragraphs, *(c.text for c in page.comments)]
    assert not any("\u00a0" in t or "\u200b" in t for t in texts)


@pytest.mark.parametrize("seed", [THREAD_SEED, PINGBACK_SEED], ids=["thread", "pingbacks"])
def test_control_characters_are_dropped_not_fatal(tmp_path: Path, seed: Path) -> None:
    text = _seed(seed)
    noisy = text.replace("Mali", "Ma\x00li\x07").replace(".\n", ".\x1b\x08\n")
    path = _write(tmp_path, "page.txt", noisy.encode())
    assert parse_file(path) == parse_text(text, page_id="page")
    assert load_corpus(path).pages["status"].to_list() == ["ok"]


# --- size and depth ------------------------------------------------------------------------


@pytest.mark.slow
def test_a_50_mb_single_line(tmp_path: Path) -> None:
    words = 10_000_000
    path = _write(tmp_path, "huge.txt", b"word " * words)
    page = parse_file(path)
    body = [page.title or "", *page.paragraphs, *page.boilerplate]
    assert sum(part.count("word") for part in body) == words  # every word kept, once
    assert page.comments == [] and page.pingbacks == []
    row = load_corpus(path).pages.row(0, named=True)
    assert row["status"] == "ok"


def _nested_thread(levels: int) -> str:
    """The thread layout of seed 000: "• author" bullets, replies one column deeper."""
    article = _seed(THREAD_SEED).split("  • anti-jihad")[0]
    lines = []
    for level in range(levels):
        lines.append(f"{' ' * (2 + level)}• reader{level}\n\n")
        lines.append(f"{' ' * (4 + level)}Reply number {level} to the one above.\n\n")
    return article + "".join(lines)


@pytest.mark.slow
def test_ten_thousand_levels_of_nested_replies() -> None:
    levels = 10_000
    page = parse_text(_nested_thread(levels), page_id="deep")
    assert len(page.comments) == levels
    assert [c.depth for c in page.comments] == list(range(levels))
    assert [c.author for c in page.comments[:3]] == ["reader0", "reader1", "reader2"]
    assert page.comments[-1].text == f"Reply number {levels - 1} to the one above."
    parents = [c.parent_id for c in page.comments]
    assert parents == [None, *(c.id for c in page.comments[:-1])]
    assert page.paragraphs[-1].startswith("Just one of those strange accidents")


@pytest.mark.slow
def test_ten_thousand_nested_list_items_in_an_article() -> None:
    # No comment section: a 10,000-level list stays article text (or boilerplate).
    levels = 10_000
    items = "\n".join(f"{' ' * level}• item {level}" for level in range(levels))
    page = parse_text(f"A title\n\n{items}\n", page_id="list")
    assert page.comments == [] and page.title == "A title"
    kept = [*page.paragraphs, *page.boilerplate]
    assert sum(part.count("item ") for part in kept) == levels  # every item, once
