"""Resuming a killed corpus run: a real SIGKILL mid-run, then the same command again,
must give exactly the shards of an uninterrupted run (no page lost, none twice)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import polars as pl
import pytest
from seed_corpus import seed_jsonl

from comments.cli.run import options_from_args, parse_args
from comments.engines import run
from comments.engines.shards import TABLES, ShardStore

ROOT = Path(__file__).resolve().parent.parent
N_RECORDS = 200
CHUNK = 5
KEYS = {"pages": "page_id", "units": "unit_id", "scores": "unit_id"}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A JSONL corpus of seed pages, each record a distinct page."""
    return seed_jsonl(tmp_path_factory.mktemp("corpus") / "pages.jsonl", N_RECORDS)


def _argv(corpus: Path, out: Path, workers: int) -> list[str]:
    return [
        str(corpus),
        "--out",
        str(out),
        "--workers",
        str(workers),
        "--chunk-size",
        str(CHUNK),
        "--toxicity-model",
        "none",
        "--quiet",
    ]


def _tables(out: Path) -> dict[str, pl.DataFrame]:
    store = ShardStore(out)
    return {table: store.read(table).sort(KEYS[table]) for table in TABLES}


def _kill_after_first_chunk(argv: list[str], out: Path) -> int:
    """Start the CLI, SIGKILL its whole process group once a chunk is done; return how
    many chunks were done at that moment."""
    process = subprocess.Popen(
        [sys.executable, "-m", "comments.run", *argv], cwd=ROOT, start_new_session=True
    )
    done = out / "_done"
    try:
        deadline = time.monotonic() + 120
        while not (done.exists() and any(done.glob("*.json"))):
            assert process.poll() is None, "the run ended before its first chunk"
            assert time.monotonic() < deadline, "no chunk finished within 2 minutes"
            time.sleep(0.005)
        os.killpg(process.pid, signal.SIGKILL)
    finally:
        process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL
    return len(list(done.glob("*.json")))


@pytest.mark.slow
def test_sigkill_then_rerun_equals_an_uninterrupted_run(corpus: Path, tmp_path: Path) -> None:
    killed, clean = tmp_path / "killed", tmp_path / "clean"
    n_chunks = N_RECORDS // CHUNK
    done_at_kill = _kill_after_first_chunk(_argv(corpus, killed, workers=1), killed)
    assert 1 <= done_at_kill < n_chunks  # killed mid-run, not after it finished

    # The same command again (workers do not change the output, so 0 = in-process).
    resumed = run(options_from_args(parse_args(_argv(corpus, killed, workers=0))))
    assert resumed.chunks_skipped >= done_at_kill
    assert resumed.chunks_skipped + resumed.chunks_written == n_chunks
    assert resumed.pages == N_RECORDS

    run(options_from_args(parse_args(_argv(corpus, clean, workers=0))))
    after_kill, uninterrupted = _tables(killed), _tables(clean)
    for table in TABLES:
        assert after_kill[table].equals(uninterrupted[table]), table
    pages = after_kill["pages"]["page_id"]
    assert pages.n_unique() == pages.len() == N_RECORDS
    assert not list(killed.rglob("*.tmp"))


def test_unmarked_shards_are_discarded_and_redone(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    argv = _argv(corpus, out, workers=0)
    argv[argv.index("--chunk-size") + 1] = "50"
    run(options_from_args(parse_args(argv)))
    complete = _tables(out)
    # What a kill between the shard renames and the marker leaves behind:
    (out / "_done" / "chunk-000002.json").unlink()
    (out / "scores" / "chunk-000002.parquet").unlink()
    (out / "units" / ".chunk-000099.parquet.k2j4x9ab.tmp").write_bytes(b"half a file")
    (out / "units" / "mine.tmp").write_bytes(b"not the toolkit's")  # never deleted

    summary = run(options_from_args(parse_args(argv)))
    assert (summary.chunks_written, summary.chunks_skipped) == (1, 3)
    redone = _tables(out)
    for table in TABLES:
        assert redone[table].equals(complete[table]), table
    assert [p.name for p in out.rglob("*.tmp")] == ["mine.tmp"]
