"""``python -m comments.parse``: summary table, units output, errors and exit status."""

from __future__ import annotations

import doctest
import json
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest

import comments.cli.parse as cli
from comments.corpus import load_corpus

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
PAGE = "A title\n\nFirst paragraph.\n\nSecond paragraph.\n"
# The counts start after the page id and title columns (each followed by two spaces).
NUMBERS_START = sum(width + 2 for _, width, _ in cli.COLUMNS[:2])


def _run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    status = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return status, out, err


def test_seeds_summary_lists_every_page_and_the_totals(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, err = _run(capsys, SEEDS)
    pages = load_corpus(SEEDS).pages
    lines = out.splitlines()
    assert status == 0 and err == ""
    assert lines[0].split() == [
        "page",
        "title",
        "paras",
        "comments",
        "depth",
        "pingbacks",
        "declared",
        "found",
        "status",
    ]
    assert [line.split()[0] for line in lines[1:6]] == pages["page_id"].to_list()
    for line, row in zip(lines[1:6], pages.iter_rows(named=True), strict=True):
        numbers = line[NUMBERS_START:].split()[:6]
        expected = [
            row["n_paragraphs"],
            row["n_comments"],
            row["max_depth"],
            row["n_pingbacks"],
            row["declared_comments"],
            row["n_comments"] + row["n_pingbacks"],
        ]
        assert numbers == ["-" if v is None else str(v) for v in expected]
    n_paragraphs = pages["n_paragraphs"].sum()
    assert lines[6].startswith(f"pages: 5 (5 parsed, 0 errors)  paragraphs: {n_paragraphs}  ")


@pytest.mark.parametrize("extension", [".parquet", ".jsonl", ".csv"])
def test_units_are_written_in_the_format_of_the_extension(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], extension: str
) -> None:
    out = tmp_path / f"units{extension}"
    status, stdout, _ = _run(capsys, SEEDS, "--out", out, "--quiet")
    expected = load_corpus(SEEDS).units
    read = {".parquet": pl.read_parquet, ".jsonl": pl.read_ndjson, ".csv": pl.read_csv}
    written = read[extension](out)
    assert status == 0
    assert f"wrote {expected.height} units to {out}" in stdout
    assert written["unit_id"].to_list() == expected["unit_id"].to_list()
    assert written["text"].to_list() == expected["text"].to_list()
    if extension == ".parquet":
        assert written.equals(expected)


def test_quiet_prints_only_totals(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(capsys, SEEDS, "--quiet")
    assert status == 0
    assert out.splitlines() == [line for line in out.splitlines() if line.startswith("pages: ")]
    assert len(out.splitlines()) == 1


def test_unknown_output_extension_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main([str(SEEDS), "--out", str(tmp_path / "units.xlsx")])
    err = capsys.readouterr().err
    assert exit_info.value.code == 2
    assert "unknown extension '.xlsx'; use one of .parquet, .jsonl, .csv" in err
    assert not (tmp_path / "units.xlsx").exists()


def test_missing_output_folder_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main([str(SEEDS), "--out", str(tmp_path / "nope" / "units.csv")])
    assert exit_info.value.code == 2
    assert "does not exist; create it first" in capsys.readouterr().err


def test_errors_go_to_stderr_and_only_all_bad_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "junk.txt").write_bytes(bytes(range(32)) * 64)
    status, out, err = _run(
        capsys, tmp_path / "empty.txt", tmp_path / "junk.txt", tmp_path / "missing.txt"
    )
    assert status == 1
    assert err.splitlines() == [
        f"error: {tmp_path / 'empty.txt'}: empty document (no text)",
        f"error: {tmp_path / 'junk.txt'}: binary data: 72% control bytes",
        f"error: {tmp_path / 'missing.txt'}: no such file or folder; check the path",
    ]
    assert "pages: 3 (0 parsed, 3 errors)" in out

    (tmp_path / "good.txt").write_text(PAGE)
    status, out, err = _run(capsys, tmp_path)
    assert status == 0
    assert "pages: 3 (1 parsed, 2 errors)" in out
    assert len(err.splitlines()) == 2


def test_record_fields_are_options(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps({"key": "k1", "body": PAGE, "link": "https://ex.org"}) + "\n")
    out_file = tmp_path / "u.parquet"
    status, out, _ = _run(
        capsys,
        path,
        "--text-field",
        "body",
        "--id-field",
        "key",
        "--url-field",
        "link",
        "--out",
        out_file,
    )
    assert status == 0
    assert out.splitlines()[1].split()[:3] == ["k1", "A", "title"]
    assert set(pl.read_parquet(out_file)["page_id"]) == {"k1"}


def test_untrusted_titles_cannot_drive_the_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "evil.txt").write_text("\x1b]0;pwned\x07Title\x1b[2J\n\nBody text here.\n")
    status, out, _ = _run(capsys, tmp_path / "evil.txt")
    assert status == 0
    assert "\x1b" not in out and "\x07" not in out


def test_long_titles_are_cut_to_the_column(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "long.txt").write_text("T" * 100 + "\n\nBody.\n")
    _, out, _ = _run(capsys, tmp_path / "long.txt")
    assert "T" * 35 + "…" in out and "T" * 37 not in out


def test_module_docstring_examples_run() -> None:
    # pytest's doctest collection skips __main__.py, so its examples run here.
    result = doctest.testmod(cli, optionflags=doctest.ELLIPSIS)
    assert result.attempted >= 1 and result.failed == 0


def test_help_and_module_entry_point() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "comments.parse", "--help"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0
    for option in ("--out", "--text-field", "--id-field", "--url-field", "--quiet"):
        assert option in result.stdout
    assert "Exit status" in result.stdout


def test_no_arguments_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main([])
    assert exit_info.value.code == 2
    assert "INPUT" in capsys.readouterr().err
