"""Issue 13, items 6-8, 13 and 16: a run folder is the toolkit's alone. It deletes only
what it wrote, refuses folders that are not runs without touching them, holds a lock,
survives a kill at every write (manifest, overwrite cleanup, shards, markers) and says
what to do when the disk is full."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import polars as pl
import pytest
from seed_corpus import seed_jsonl

import comments.engines.shards as shards
from comments.cli.run import main, options_from_args, parse_args
from comments.engines import run
from comments.engines.shards import TABLES, ShardStore
from comments.errors import InputError, OutputError

ROOT = Path(__file__).resolve().parent.parent
N_RECORDS, CHUNK = 12, 4  # three chunks
KEYS = {"pages": "page_id", "units": "unit_id", "scores": "unit_id"}
KILLED = 137  # the exit status the injected kill uses (as after SIGKILL in a shell)

# Runs the CLI with one os function replaced: its N-th call ends the process on the spot
# (os._exit: no finally blocks, no cleanup, as a SIGKILL or a power cut would).
KILL_AT = f"""
import os, sys
operation, at = sys.argv[1], int(sys.argv[2])
original, calls = getattr(os, operation), [0]
def dying(*args, **kwargs):
    calls[0] += 1
    if calls[0] == at:
        os._exit({KILLED})
    return original(*args, **kwargs)
setattr(os, operation, dying)
from comments.cli.run import main
sys.exit(main(sys.argv[3:]))
"""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A JSONL corpus of seed pages, each record a distinct page."""
    return seed_jsonl(tmp_path_factory.mktemp("corpus") / "pages.jsonl", N_RECORDS, "p{i:02d}")


@pytest.fixture(scope="module")
def clean(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, pl.DataFrame]:
    """The tables of an uninterrupted run: what every killed-and-resumed run must equal."""
    out = tmp_path_factory.mktemp("clean") / "out"
    run(options_from_args(parse_args(_argv(corpus, out))))
    return _tables(out)


def _argv(corpus: Path, out: Path, *extra: str) -> list[str]:
    return [
        str(corpus), "--out", str(out), "--workers", "0", "--chunk-size", str(CHUNK),
        "--toxicity-model", "none", "--quiet", *extra,
    ]  # fmt: skip


def _tables(out: Path) -> dict[str, pl.DataFrame]:
    store = ShardStore(out)
    return {table: store.read(table).sort(KEYS[table]) for table in TABLES}


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _killed(argv: list[str], operation: str, at: int) -> None:
    """Run the CLI in a child process that dies at the ``at``-th call of ``os.operation``."""
    command = [sys.executable, "-c", KILL_AT, operation, str(at), *argv]
    finished = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert finished.returncode == KILLED, (operation, at, finished.stderr[-2000:])


def _assert_equal(out: Path, clean: dict[str, pl.DataFrame]) -> None:
    after = _tables(out)
    for table in TABLES:
        assert after[table].equals(clean[table]), table
    assert not list(out.rglob("*.tmp"))
    assert ShardStore(out).is_complete()


# --- item 6: --overwrite on a folder that is not a run ----------------------------------


def test_overwrite_refuses_a_folder_that_is_not_a_run_and_deletes_nothing(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "thesis"
    for name in ("pages", "units", "scores", "_done"):
        (out / name).mkdir(parents=True)
        (out / name / "chapter.parquet").write_bytes(b"years of work")
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    before = _files(out)
    assert main(_argv(corpus, out, "--overwrite")) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: {out}: holds files that are not a comments run (")
    assert "nothing was deleted (--overwrite replaces only a comments run)" in err
    assert "pass --overwrite" not in err
    assert _files(out) == before


def test_overwrite_deletes_only_the_files_the_run_wrote(
    corpus: Path, tmp_path: Path, clean: dict[str, pl.DataFrame]
) -> None:
    out = tmp_path / "out"
    assert main(_argv(corpus, out, "--chunk-size", "5")) == 0
    (out / "pages" / "keep.parquet").write_bytes(b"someone else's")
    (out / "_done" / "README").write_text("mine", encoding="utf-8")
    assert main(_argv(corpus, out, "--overwrite")) == 0  # other options: start over
    _assert_equal(out, clean)
    assert (out / "pages" / "keep.parquet").read_bytes() == b"someone else's"
    assert (out / "_done" / "README").read_text(encoding="utf-8") == "mine"
    manifest = json.loads((out / "_manifest.json").read_text(encoding="utf-8"))
    assert manifest["layout"]["shard"] == "<table>/chunk-NNNNNN.parquet"


# --- items 7 and 8, and every other kill point: the same command finishes the job ---------


@pytest.mark.parametrize(
    ("operation", "at", "what"),
    [
        ("replace", 1, "manifest rename"),
        ("fsync", 1, "manifest flush"),
        ("replace", 3, "second shard rename of the first chunk"),
        ("replace", 5, "first chunk's marker"),
        ("fsync", 12, "a shard flush of the second chunk"),
        ("replace", 13, "third chunk's marker"),
        ("replace", 14, "completion record"),
    ],
)
def test_a_kill_at_any_write_then_the_same_command_equals_a_clean_run(
    corpus: Path, tmp_path: Path, clean: dict[str, pl.DataFrame], operation: str, at: int, what: str
) -> None:
    out = tmp_path / "out"
    _killed(_argv(corpus, out), operation, at)
    summary = run(options_from_args(parse_args(_argv(corpus, out))))
    assert summary.pages == N_RECORDS, what
    _assert_equal(out, clean)


def test_a_kill_during_the_manifest_write_leaves_nothing_that_blocks(
    corpus: Path, tmp_path: Path, clean: dict[str, pl.DataFrame]
) -> None:
    out = tmp_path / "out"
    _killed(_argv(corpus, out), "replace", 1)
    [left] = [p.name for p in out.iterdir()]
    assert left.startswith("._manifest.json.") and left.endswith(".tmp")  # issue 13, item 7
    assert main(_argv(corpus, out, "--overwrite")) == 0
    _assert_equal(out, clean)


@pytest.mark.parametrize("at", [1, 3, 6, 9])
def test_a_kill_during_overwrite_cleanup_never_leaves_markers_without_shards(
    corpus: Path, tmp_path: Path, clean: dict[str, pl.DataFrame], at: int
) -> None:
    out = tmp_path / "out"
    assert main(_argv(corpus, out, "--chunk-size", "3")) == 0  # 4 chunks: 16 files to delete
    _killed(_argv(corpus, out, "--overwrite"), "unlink", at)
    store = ShardStore(out)
    for table in TABLES:  # issue 13, item 8: every remaining marker still has its shards
        assert len(store.shard_paths(table)) == len(store.done_chunks())
    # The old run's own command resumes it (its manifest is still there) ...
    old = run(options_from_args(parse_args(_argv(corpus, out, "--chunk-size", "3"))))
    assert old.pages == N_RECORDS and old.chunks_written == 4 - old.chunks_skipped
    # ... and the killed command, run again, finishes the new run.
    assert main(_argv(corpus, out, "--overwrite")) == 0
    _assert_equal(out, clean)


# --- item 13: the lock -------------------------------------------------------------------


def test_a_second_run_on_the_same_folder_stops_with_a_message(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert main(_argv(corpus, out)) == 0
    (out / "units" / ".chunk-000009.parquet.busy0001.tmp").write_bytes(b"in progress")
    with ShardStore(out).locked():  # another run, in the middle of its work
        assert main(_argv(corpus, out, "--overwrite")) == 2
        with pytest.raises(OutputError):
            run(options_from_args(parse_args(_argv(corpus, out))))
    assert capsys.readouterr().err == (
        f"error: {out}: another `comments run` is writing to this folder right now; wait for "
        "it to finish (or stop it), or choose another --out folder\n"
    )
    # The other run's temporary file was not touched.
    assert (out / "units" / ".chunk-000009.parquet.busy0001.tmp").read_bytes() == b"in progress"
    assert main(_argv(corpus, out)) == 0  # the lock is free again


# --- item 16: a full disk ------------------------------------------------------------------


@contextlib.contextmanager
def _to_dev_full(target: object, durable: bool = False) -> Iterator[Path]:
    """atomic_path whose temporary file is /dev/full: every write fails with ENOSPC."""
    yield Path("/dev/full")


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_disk_names_the_folder_and_the_fix_and_the_run_resumes(
    corpus: Path,
    tmp_path: Path,
    clean: dict[str, pl.DataFrame],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "out"
    with monkeypatch.context() as patch:
        patch.setattr(shards, "atomic_path", _to_dev_full)
        assert main(_argv(corpus, out)) == 2
    err = capsys.readouterr().err
    assert err == (
        f"error: {out}: the disk is full. Free some space or choose another --out folder, "
        "then run the same command again: finished chunks are kept\n"
    )
    assert main(_argv(corpus, out)) == 0  # space freed: the same command finishes
    _assert_equal(out, clean)


# --- the reader: every page of the completed chunks, or a reason ---------------------------


def test_the_reader_refuses_damaged_or_ambiguous_runs(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(_argv(corpus, out)) == 0
    store = ShardStore(out)
    assert store.read("pages").height == N_RECORDS
    assert [frame.height for frame in store.iter_frames("pages")] == [4, 4, 4]
    scanned = store.scan("units").select(pl.len()).collect().item()
    assert scanned == store.read("units").height

    first = out / "pages" / "chunk-000000.parquet"
    pl.read_parquet(first).head(2).write_parquet(first)  # a shard short of its marker
    with pytest.raises(InputError, match=r"chunk-000000.parquet: 2 rows, but its completion"):
        store.read("pages")
    pl.read_parquet(out / "pages" / "chunk-000001.parquet").write_parquet(first)  # repeats
    (out / "_done" / "chunk-000000.json").write_text('{"pages": 4, "units": 1}')
    with pytest.raises(InputError, match=r"page id 'p04' \(and 3 more\) appears on more"):
        store.read("pages")
    (out / "units" / "chunk-000002.parquet").unlink()
    with pytest.raises(InputError, match=r"chunk-000002.parquet: missing, but its chunk"):
        store.read("units")


def test_an_unreadable_manifest_is_refused_and_kept(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "_manifest.json").write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(InputError, match=r"not a run manifest \(a JSON list\); nothing was"):
        run(options_from_args(parse_args(_argv(corpus, out, "--overwrite"))))
    assert (out / "_manifest.json").read_text(encoding="utf-8") == "[1, 2]"


def test_lock_is_released_when_the_holder_dies(tmp_path: Path) -> None:
    code = (
        "import os, sys; from comments.engines.shards import ShardStore\n"
        "with ShardStore(sys.argv[1]).locked(): os._exit(9)"
    )
    finished = subprocess.run([sys.executable, "-c", code, str(tmp_path / "out")], cwd=ROOT)
    assert finished.returncode == 9
    with ShardStore(tmp_path / "out").locked():
        assert os.path.isdir(tmp_path / "out")


# --- the end-of-run advice reads the shards' small columns, streamed ----------------------


def test_the_run_advice_counts_languages_without_loading_the_tables(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    devset = ROOT / "tests" / "devset" / "text"
    pages = [str(devset / f"{name}.w3m.txt") for name in ("wp_german", "wp_french", "wp_spanish")]
    out = tmp_path / "out"
    argv = [*pages, "--out", str(out), "--workers", "0", "--toxicity-model", "profanity-check"]
    assert main([*argv, "--quiet"]) == 0
    err = capsys.readouterr().err
    units = ShardStore(out).read("units")
    other = units.filter(pl.col("lang").fill_null("en") != "en").height
    assert f"note: {other:,} of {units.height:,} units" in err
    assert "--toxicity-model multilingual" in err


def test_shards_of_an_older_version_read_their_new_columns_as_null(
    corpus: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    assert main(_argv(corpus, out)) == 0
    shard = out / "units" / "chunk-000000.parquet"
    pl.read_parquet(shard).drop("lang", "posted_at", "is_post_author").write_parquet(shard)
    store = ShardStore(out)
    units = store.read("units")
    assert units.columns == list(TABLES["units"]) and units.height > 0
    first = units.filter(pl.col("page_id").is_in(["p00", "p01", "p02", "p03"]))
    assert first["lang"].null_count() == first.height
    assert store.scan("units").select(pl.col("lang").null_count()).collect().item() == (
        first.height
    )
