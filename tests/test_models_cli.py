"""``comments models``: fetch model folders from file:// and loopback sources."""

from __future__ import annotations

import contextlib
import functools
import http.server
import json
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from tiny_detoxify import CHECKPOINT_NAME

from comments.cli.models import main
from comments.scoring.releases import KNOWN_MODELS, MANIFEST_FILE
from comments.scoring.toxicity import ToxicityScorer

TEXTS = ["you idiot", "thanks for the good article", "the news story was wrong"]
HF_FILES = ("config.json", "vocab.txt", "tokenizer.json", "tokenizer_config.json")
SERVER_TIMEOUT_S = 30


@pytest.fixture
def source(tiny_model_dir: Path, tmp_path: Path) -> Path:
    return make_mirror(tiny_model_dir, tmp_path)


def make_mirror(tiny_model_dir: Path, tmp_path: Path) -> Path:
    """A mirror tree: ``hub/<repo>/resolve/main/<file>`` and ``releases/<ckpt>``."""
    root = tmp_path / "mirror"
    repo = root / "hub" / KNOWN_MODELS["original"].base_model / "resolve" / "main"
    repo.mkdir(parents=True)
    for name in HF_FILES:  # no special_tokens_map.json: an optional file, skipped
        shutil.copy(tiny_model_dir / name, repo / name)
    (root / "releases").mkdir()
    shutil.copy(tiny_model_dir / CHECKPOINT_NAME, root / "releases" / CHECKPOINT_NAME)
    return root


@contextlib.contextmanager
def loopback_server(folder: Path) -> Iterator[str]:
    """Serve ``folder`` on 127.0.0.1 (any free port) until the block ends."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.timeout = SERVER_TIMEOUT_S
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(SERVER_TIMEOUT_S)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # keep test output clean
        pass


def _scores(folder: Path, model: str) -> np.ndarray:
    return ToxicityScorer(model, model_dir=folder, device="cpu").score(TEXTS).to_numpy()


def _fetch(source: Path, dest: Path, checkpoint: Path | None = None) -> int:
    """Run ``fetch original`` from the file:// mirror in ``source``; returns the exit status."""
    checkpoint = checkpoint or source / "releases" / CHECKPOINT_NAME
    return main(
        [
            "fetch",
            "original",
            "--to",
            str(dest),
            "--checkpoint-url",
            checkpoint.as_uri(),
            "--hub-url",
            (source / "hub").as_uri(),
        ]
    )


def test_fetch_from_file_urls_builds_a_loadable_folder(
    source: Path, tmp_path: Path, tiny_model_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dest = tmp_path / "original"
    status = _fetch(source, dest)
    assert status == 0 and f"--model-dir {dest}" in capsys.readouterr().out
    manifest = json.loads((dest / MANIFEST_FILE).read_text())
    assert set(manifest["files"]) == {CHECKPOINT_NAME, *HF_FILES}
    original = (tiny_model_dir / CHECKPOINT_NAME).read_bytes()
    assert (dest / CHECKPOINT_NAME).read_bytes() == original
    assert manifest["files"]["vocab.txt"]["size"] == (dest / "vocab.txt").stat().st_size
    assert np.abs(_scores(dest, "original") - _scores(tiny_model_dir, "unbiased")).max() < 1e-6


def test_fetch_over_loopback_http_then_check(
    source: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    dest = tmp_path / "folder"
    with loopback_server(source) as url:
        monkeypatch.setenv("COMMENTS_CHECKPOINT_URL", f"{url}/releases/{CHECKPOINT_NAME}")
        monkeypatch.setenv("COMMENTS_HUB_URL", f"{url}/hub")
        assert main(["fetch", "original", "--to", str(dest)]) == 0
    assert main(["check", str(dest)]) == 0
    out = capsys.readouterr().out
    assert "model 'original' OK" in out and "window 512 tokens" in out


def test_check_detects_a_changed_file(
    source: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dest = tmp_path / "folder"
    assert _fetch(source, dest) == 0
    with (dest / "vocab.txt").open("a") as handle:
        handle.write("tampered\n")
    assert main(["check", str(dest)]) == 1
    size = (dest / "vocab.txt").stat().st_size  # sizes are compared before any hashing
    assert f"'{dest / 'vocab.txt'}' has {size:,} bytes, not the {size - 9:,}" in (
        capsys.readouterr().err
    )


def test_fetch_rejects_a_checkpoint_whose_hash_differs_from_its_name(
    source: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = source / "releases" / "toxic_original-00000000.ckpt"
    shutil.copy(source / "releases" / CHECKPOINT_NAME, fake)
    dest = tmp_path / "folder"
    assert _fetch(source, dest, checkpoint=fake) == 1
    assert "not the released 00000000" in capsys.readouterr().err
    assert not list(dest.glob("*.ckpt"))


def test_missing_source_file_fails_cleanly(
    source: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (source / "hub" / "bert-base-uncased" / "resolve" / "main" / "vocab.txt").unlink()
    assert _fetch(source, tmp_path / "f") == 1
    assert "vocab.txt" in capsys.readouterr().err


def test_first_use_downloads_when_online(
    source: Path, tmp_path: Path, no_model_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for variable in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "COMMENTS_OFFLINE"):
        monkeypatch.delenv(variable)
    monkeypatch.setenv("COMMENTS_MODELS", str(tmp_path / "models"))
    monkeypatch.setenv("COMMENTS_CHECKPOINT_URL", (source / "releases" / CHECKPOINT_NAME).as_uri())
    monkeypatch.setenv("COMMENTS_HUB_URL", (source / "hub").as_uri())
    scorer = ToxicityScorer("original", device="cpu")
    assert scorer._engine.origin.startswith("downloaded to")
    assert (tmp_path / "models" / "original" / MANIFEST_FILE).is_file()


def test_list_runs_as_a_module(no_model_env: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "comments.models", "list"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    lines = result.stdout.splitlines()
    assert [line.split()[0] for line in lines] == list(KNOWN_MODELS)
    assert all("not on this machine" in line for line in lines)
