"""Issue 13, items 15 and 16 for the commands' own outputs: CSV cells a spreadsheet would
run are made inert, and a full disk is a message naming the file, not a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest

import comments.cli.parse as parse_cli
from comments.cli.report import main as report_main
from comments.spreadsheet import spreadsheet_safe

FORMULA = "=cmd|' /C calc'!A0"
DEV_FULL = Path("/dev/full")
needs_dev_full = pytest.mark.skipif(not DEV_FULL.exists(), reason="needs /dev/full")


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    """One record whose id starts with a space and a formula, and whose text holds one."""
    record = {"id": " =1+1", "text": f"A title\n\n{FORMULA}\n\n@SUM(A1:A9) of it all.\n"}
    path = tmp_path / "hostile.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return path


def test_units_csv_cells_cannot_run_as_formulas(hostile: Path, tmp_path: Path) -> None:
    out = tmp_path / "units.csv"
    assert parse_cli.main([str(hostile), "--out", str(out), "--quiet"]) == 0
    units = pl.read_csv(out)
    assert units["text"].to_list() == ["'" + FORMULA, "'@SUM(A1:A9) of it all."]
    assert units["page_id"].to_list() == ["' =1+1", "' =1+1"]
    assert units["unit_id"].to_list() == ["' =1+1/a1", "' =1+1/a2"]
    parquet = tmp_path / "units.parquet"  # other formats keep the text as written
    assert parse_cli.main([str(hostile), "--out", str(parquet), "--quiet"]) == 0
    assert pl.read_parquet(parquet)["text"].to_list()[0] == FORMULA


@pytest.mark.parametrize(
    ("cell", "safe"),
    [
        (" =1+1", "' =1+1"),
        ("\t=1+1", "'\t=1+1"),
        ("\r\n+1", "'\r\n+1"),
        ("＝1+1", "'＝1+1"),
        ("-", "'-"),
        ("a = b", "a = b"),
        ("£5", "£5"),
    ],
)
def test_formula_triggers_after_whitespace_are_caught(cell: str, safe: str) -> None:
    assert spreadsheet_safe(pl.DataFrame({"c": [cell]}))["c"].item() == safe


def test_summary_csv_catches_a_formula_after_a_leading_space(hostile: Path, tmp_path: Path) -> None:
    figures = tmp_path / "figures"
    status = report_main(
        [str(hostile), "--out", str(figures), "--toxicity-model", "profanity-check", "--quiet"]
    )
    assert status == 0
    assert pl.read_csv(figures / "summary.csv")["page_id"].to_list() == ["' =1+1"]


@needs_dev_full
def test_parse_out_on_a_full_disk_is_a_message(
    hostile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "units.parquet"
    out.symlink_to(DEV_FULL)  # every write to it fails with ENOSPC
    assert parse_cli.main([str(hostile), "--out", str(out), "--quiet"]) == 2
    assert capsys.readouterr().err == (
        f"error: {out}: the disk is full; free some space or choose another --out file\n"
    )


@needs_dev_full
def test_report_on_a_full_disk_is_a_message(
    hostile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    figures = tmp_path / "figures"
    figures.mkdir()
    (figures / "pages.parquet").symlink_to(DEV_FULL)
    argv = [str(hostile), "--out", str(figures), "--no-toxicity", "--quiet"]
    assert report_main(argv) == 2
    assert capsys.readouterr().err == (
        f"error: {figures}: the disk is full; free some space or choose another --out\n"
    )
