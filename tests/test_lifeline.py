"""Issue 13, item 9: killing only the main process of a run (what the OOM killer or
``kill PID`` does) takes its worker processes with it; they used to wait on a pipe
forever at ~275 MB each."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from seed_corpus import seed_jsonl

ROOT = Path(__file__).resolve().parent.parent
PROC = Path("/proc")
pytestmark = pytest.mark.skipif(not PROC.is_dir(), reason="reads processes from /proc")


def _children(pid: int) -> set[int]:
    """Processes whose parent is ``pid`` (from /proc/<n>/stat: the field after the name)."""
    found = set()
    for stat in PROC.glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def _alive(pids: set[int]) -> set[int]:
    alive = set()
    for pid in pids:
        try:
            state = (PROC / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except (OSError, IndexError):
            continue
        if state != "Z":  # a zombie has exited; only its parent has not collected it yet
            alive.add(pid)
    return alive


def _wait_for(condition: object, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.05)
    return False


@pytest.mark.slow
def test_workers_die_when_the_main_process_is_killed(tmp_path: Path) -> None:
    corpus = seed_jsonl(tmp_path / "pages.jsonl", 3000)  # the workers are busy at the kill
    argv = [str(corpus), "--out", str(tmp_path / "out"), "--workers", "2", "--chunk-size", "20"]
    main = subprocess.Popen(
        [sys.executable, "-m", "comments.run", *argv, "--toxicity-model", "none", "--quiet"],
        cwd=ROOT,
        start_new_session=True,
    )
    workers: set[int] = set()
    try:
        assert _wait_for(lambda: len(_children(main.pid)) >= 2, 120), "no workers started"
        assert _wait_for(lambda: any((tmp_path / "out" / "_done").glob("*.json")), 120)
        workers = _children(main.pid)
        os.kill(main.pid, signal.SIGKILL)  # the main process only, not its group
        main.wait(timeout=30)
        assert _wait_for(lambda: not _alive(workers), 15), f"orphans: {_alive(workers)}"
    finally:
        for pid in _alive(workers):  # never leave orphans behind, even when failing
            os.kill(pid, signal.SIGKILL)
        if main.poll() is None:
            os.killpg(main.pid, signal.SIGKILL)
    assert main.returncode == -signal.SIGKILL
