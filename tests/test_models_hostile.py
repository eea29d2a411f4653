"""Issue 13, items 11 and 12: model folders against a hostile mirror and damaged files.

``fetch`` deletes only what it wrote, changes the folder only once every file arrived,
caps every download and cleans up after a killed fetch; ``check`` reads only plain files
the manifest lists, up to their listed size; a malformed checkpoint or config is a
:class:`ModelUnavailableError` naming the file and the field, never a raw traceback."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
import torch
from hang_guard import finishes_within
from test_models_cli import _fetch, loopback_server, make_mirror
from tiny_detoxify import CHECKPOINT_NAME

from comments.cli.models import main
from comments.errors import ModelUnavailableError
from comments.scoring.releases import KNOWN_MODELS, MANIFEST_FILE
from comments.scoring.toxicity import ToxicityScorer


@pytest.fixture
def source(tiny_model_dir: Path, tmp_path: Path) -> Path:
    """A file:// mirror of the tiny model (see test_models_cli)."""
    return make_mirror(tiny_model_dir, tmp_path)


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def _fetch_args(source: Path, dest: Path, *extra: str) -> list[str]:
    return [
        "fetch", "original", "--to", str(dest),
        "--checkpoint-url", (source / "releases" / CHECKPOINT_NAME).as_uri(),
        "--hub-url", (source / "hub").as_uri(), *extra,
    ]  # fmt: skip


# --- item 11: fetch ----------------------------------------------------------------------


def test_fetch_refuses_a_checkpoint_it_did_not_write_and_deletes_nothing(
    source: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dest = tmp_path / "folder"
    dest.mkdir()
    (dest / "my_experiment.ckpt").write_bytes(b"three weeks of training")
    assert main(_fetch_args(source, dest)) == 1
    assert capsys.readouterr().err == (
        f"error: {dest} holds my_experiment.ckpt, which `comments models fetch` did not "
        "write; a model folder holds one checkpoint: move it away or fetch into another "
        "folder\n"
    )
    assert _snapshot(dest) == {"my_experiment.ckpt": b"three weeks of training"}


def test_a_refetch_replaces_only_the_checkpoint_it_wrote(source: Path, tmp_path: Path) -> None:
    dest = tmp_path / "folder"
    newer = source / "releases" / "toxic_newer.ckpt"
    shutil.copy(source / "releases" / CHECKPOINT_NAME, newer)
    assert _fetch(source, dest) == 0
    (dest / "notes.txt").write_text("mine", encoding="utf-8")
    assert _fetch(source, dest, checkpoint=newer) == 0
    assert sorted(p.name for p in dest.glob("*.ckpt")) == ["toxic_newer.ckpt"]
    assert (dest / "notes.txt").read_text(encoding="utf-8") == "mine"
    assert "toxic_newer.ckpt" in json.loads((dest / MANIFEST_FILE).read_text())["files"]


def test_a_failed_fetch_leaves_the_folder_as_it_was(source: Path, tmp_path: Path) -> None:
    dest = tmp_path / "folder"
    assert _fetch(source, dest) == 0
    before = _snapshot(dest)
    newer = source / "releases" / "toxic_newer.ckpt"
    shutil.copy(source / "releases" / CHECKPOINT_NAME, newer)
    (source / "hub" / "bert-base-uncased" / "resolve" / "main" / "vocab.txt").unlink()
    assert _fetch(source, dest, checkpoint=newer) == 1  # the checkpoint came, vocab.txt not
    assert _snapshot(dest) == before  # old checkpoint kept, no temporary file left


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_an_endless_download_stops_at_the_cap(
    source: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dest = tmp_path / "folder"
    args = _fetch_args(source, dest, "--max-download-bytes", "1M")
    args[args.index("--checkpoint-url") + 1] = "file:///dev/zero"  # a mirror that never ends
    with finishes_within(60):
        assert main(args) == 1
    assert capsys.readouterr().err == (
        "error: refusing file:///dev/zero: more than 1,048,576 bytes, over the cap of "
        "1,048,576 bytes for zero (is the mirror right? raise the cap with "
        "--max-download-bytes)\n"
    ).replace("for zero", f"for {KNOWN_MODELS['original'].checkpoint_name}")
    assert list(dest.iterdir()) == []


def test_an_announced_size_over_the_cap_is_refused_before_downloading(
    source: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dest = tmp_path / "folder"
    size = (source / "releases" / CHECKPOINT_NAME).stat().st_size
    with loopback_server(source) as url:
        args = _fetch_args(source, dest, "--max-download-bytes", "1K")
        args[args.index("--checkpoint-url") + 1] = f"{url}/releases/{CHECKPOINT_NAME}"
        assert main(args) == 1
    assert f"{size:,} bytes announced, over the cap of 1,024 bytes" in capsys.readouterr().err
    assert list(dest.iterdir()) == []


def test_default_caps_come_from_the_model_release_table() -> None:
    assert KNOWN_MODELS["multilingual"].max_checkpoint_bytes == 2 << 30
    assert KNOWN_MODELS["original-small"].max_checkpoint_bytes == 256 << 20
    assert KNOWN_MODELS["unbiased"].max_checkpoint_bytes == 1 << 30


def test_a_killed_fetch_leaves_nothing_that_stays(source: Path, tmp_path: Path) -> None:
    dest = tmp_path / "folder"
    dest.mkdir()
    (dest / f".{CHECKPOINT_NAME}.k1l2e3d4.tmp").write_bytes(b"half a checkpoint")  # ours
    (dest / ".vocab.txt.x9y8z7w6.tmp").write_bytes(b"half a vocabulary")  # ours
    (dest / ".notes.tmp").write_bytes(b"not ours")
    assert _fetch(source, dest) == 0
    leftovers = sorted(p.name for p in dest.glob(".*"))
    assert leftovers == [".notes.tmp"]


# --- item 11: check ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("/dev/zero", "is not a plain file name"),
        ("../outside.txt", "is not a plain file name"),
        ("zero", "is not a regular file"),
    ],
)
def test_check_reads_only_plain_files_of_the_folder(
    source: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, problem: str
) -> None:
    dest = tmp_path / "folder"
    assert _fetch(source, dest) == 0
    if Path("/dev/zero").exists():
        (dest / "zero").symlink_to("/dev/zero")
    manifest = json.loads((dest / MANIFEST_FILE).read_text())
    manifest["files"] = {name: {"url": "x", "size": 1 << 40, "sha256": "0" * 64}}
    (dest / MANIFEST_FILE).write_text(json.dumps(manifest))
    with finishes_within(30):
        assert main(["check", str(dest)]) == 1
    assert capsys.readouterr().err == (
        f"error: '{dest / name}' {problem} in {MANIFEST_FILE}: re-fetch the folder.\n"
    )


# --- item 12: malformed model folders ----------------------------------------------------


def _damaged(tiny_model_dir: Path, tmp_path: Path, change: object) -> Path:
    """A copy of the tiny model folder whose checkpoint dict went through ``change``."""
    folder = tmp_path / "damaged"
    shutil.copytree(tiny_model_dir, folder)
    checkpoint = torch.load(folder / CHECKPOINT_NAME, weights_only=True)
    change(checkpoint)  # type: ignore[operator]
    torch.save(checkpoint, folder / CHECKPOINT_NAME)
    return folder


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda c: c["config"].__setitem__("dataset", "civil_comments"),
            "it lists no class names",
        ),
        (
            lambda c: c["config"]["arch"]["args"].__setitem__("num_classes", "abc"),
            "config.arch.args.num_classes is a str 'abc', not int",
        ),
        (
            lambda c: c["config"]["dataset"]["args"].__setitem__("classes", 7),
            "it lists no class names (found an int 7)",
        ),
        (lambda c: c.__setitem__("state_dict", [1, 2]), "state_dict is a list [1, 2], not a dict"),
        (lambda c: c.__setitem__("config", [1]), "it has no config.arch"),
        (
            lambda c: c["config"]["arch"]["args"].__setitem__("model_name", 5),
            "config.arch.args.model_name is an int 5, not str",
        ),
    ],
    ids=["dataset-str", "num-classes-str", "classes-int", "state-dict-list", "config-list", "name"],
)
def test_a_malformed_checkpoint_is_model_unavailable(
    tiny_model_dir: Path, tmp_path: Path, change: object, message: str
) -> None:
    folder = _damaged(tiny_model_dir, tmp_path, change)
    with pytest.raises(ModelUnavailableError) as raised:
        ToxicityScorer("unbiased", model_dir=folder, device="cpu")
    assert f"'{folder / CHECKPOINT_NAME}' is not a Detoxify checkpoint: " in str(raised.value)
    assert message in str(raised.value)


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"{not json", "is not a usable model config"), (b"[]", "is not a usable model config")],
)
def test_a_bad_config_json_is_model_unavailable(
    tiny_model_dir: Path, tmp_path: Path, content: bytes, reason: str
) -> None:
    folder = tmp_path / "bad-config"
    shutil.copytree(tiny_model_dir, folder)
    (folder / "config.json").write_bytes(content)
    with pytest.raises(ModelUnavailableError, match=reason) as raised:
        ToxicityScorer("unbiased", model_dir=folder, device="cpu")
    assert str(raised.value).startswith(f"'{folder / 'config.json'}' {reason} (")


def test_weights_of_the_wrong_shape_are_model_unavailable(
    tiny_model_dir: Path, tmp_path: Path
) -> None:
    def shrink(checkpoint: dict) -> None:
        name = next(k for k in checkpoint["state_dict"] if k.endswith("word_embeddings.weight"))
        checkpoint["state_dict"][name] = checkpoint["state_dict"][name][:3]

    folder = _damaged(tiny_model_dir, tmp_path, shrink)
    with pytest.raises(ModelUnavailableError, match="does not fit the network described by"):
        ToxicityScorer("unbiased", model_dir=folder, device="cpu")


def test_the_models_command_reports_a_damaged_folder_in_one_line(
    tiny_model_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _damaged(
        tiny_model_dir, tmp_path, lambda c: c["config"].__setitem__("dataset", "text")
    )
    assert main(["check", str(folder), "--model", "unbiased"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: '") and "Traceback" not in err
    assert os.fspath(folder / CHECKPOINT_NAME) in err
