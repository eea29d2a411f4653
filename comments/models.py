"""Prepare Detoxify model folders for offline machines: ``python -m comments.models``.

Commands::

    python -m comments.models list                      # known models, found where
    python -m comments.models fetch unbiased --to DIR   # download into a model folder
    python -m comments.models check DIR                 # verify hashes, load it

``fetch`` downloads Detoxify's released checkpoint and the base model's
``config.json`` and tokenizer files, then writes ``comments-model.json`` (each file's
URL, size and sha256). Copy DIR to the offline machine and point the toolkit at it
with ``ToxicityScorer(model=..., model_dir=DIR)``, the report's ``--model-dir DIR``,
or ``COMMENTS_MODELS`` (the folder that holds ``<model name>/``).

Sources can be redirected (mirrors, air-gapped file shares, tests): ``--checkpoint-url``
or ``$COMMENTS_CHECKPOINT_URL`` replace the checkpoint's URL, ``--hub-url`` or
``$COMMENTS_HUB_URL`` (else ``$HF_ENDPOINT``) the Hugging Face base URL. ``http(s)://``
and ``file://`` URLs are accepted.

    >>> hf_file_url("https://huggingface.co", "roberta-base", "config.json")
    'https://huggingface.co/roberta-base/resolve/main/config.json'
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
import tempfile
import urllib.error
import urllib.request
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .errors import CommentsError
from .scoring.weights import (
    CHECKPOINT_SUFFIX,
    CONFIG_FILE,
    KNOWN_MODELS,
    MANIFEST_FILE,
    OPTIONAL_HF_FILES,
    ModelFolder,
    fingerprint,
    load_model_folder,
    resolve_model_folder,
)

__all__ = ["check_folder", "fetch_model", "hf_file_url", "main"]

DEFAULT_HUB_URL = "https://huggingface.co"
CHECKPOINT_URL_VARIABLE = "COMMENTS_CHECKPOINT_URL"
HUB_URL_VARIABLE = "COMMENTS_HUB_URL"
ALLOWED_SCHEMES = ("https://", "http://", "file://")
DOWNLOAD_TIMEOUT_S = 60
CHUNK_BYTES = 1 << 20
# torch.hub's convention: the release file name carries its sha256's first hex digits.
RELEASE_HASH = re.compile(r"-([0-9a-f]{8,})\.ckpt$")
SAFE_CHECKPOINT_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*\.ckpt")
MISSING_STATUSES = (404, 403)


def hf_file_url(hub_url: str, repo: str, filename: str) -> str:
    """URL of one file of a Hugging Face model repository (main branch)."""
    return f"{hub_url.rstrip('/')}/{repo}/resolve/main/{filename}"


def fetch_model(
    model: str,
    dest: str | os.PathLike[str],
    *,
    checkpoint_url: str | None = None,
    hub_url: str | None = None,
) -> Path:
    """Download ``model``'s checkpoint and base-model files into the folder ``dest``.

    Every file is downloaded again (atomically replaced), so a re-run repairs a
    folder. Returns ``dest``.
    Raises ``ValueError`` for an unknown model or URL scheme and ``OSError`` when a
    download fails.
    """
    if model not in KNOWN_MODELS:
        raise ValueError(f"unknown model {model!r}; known: {', '.join(KNOWN_MODELS)}")
    spec = KNOWN_MODELS[model]
    checkpoint_url = (
        checkpoint_url or os.environ.get(CHECKPOINT_URL_VARIABLE) or spec.checkpoint_url
    )
    hub_url = (
        hub_url
        or os.environ.get(HUB_URL_VARIABLE)
        or os.environ.get("HF_ENDPOINT")
        or DEFAULT_HUB_URL
    )
    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    files: dict[str, dict[str, Any]] = {}
    checkpoint_name = _checkpoint_name(checkpoint_url, spec.checkpoint_name)
    for stale in dest.glob("*" + CHECKPOINT_SUFFIX):  # a folder holds one checkpoint
        if stale.name != checkpoint_name:
            stale.unlink()
    files[checkpoint_name] = _download(checkpoint_url, dest / checkpoint_name)
    _check_release_hash(checkpoint_name, files[checkpoint_name]["sha256"], dest)
    for name in (CONFIG_FILE, *spec.tokenizer_files):
        files[name] = _download(hf_file_url(hub_url, spec.base_model, name), dest / name)
    for name in OPTIONAL_HF_FILES:
        try:
            files[name] = _download(hf_file_url(hub_url, spec.base_model, name), dest / name)
        except FileNotFoundError:
            continue  # not every base model ships it
    manifest = {"model": model, "base_model": spec.base_model, "files": files}
    (dest / MANIFEST_FILE).write_text(json.dumps(manifest, indent=2) + "\n")
    return dest


def check_folder(folder: str | os.PathLike[str], model: str | None = None) -> str:
    """Verify a model folder's files against its manifest and load it; a summary line.

    Raises :class:`~comments.errors.ModelUnavailableError` when it is not usable.
    """
    folder = Path(folder)
    manifest = _read_manifest(folder)
    model = model or manifest.get("model") or "unbiased"
    for name, entry in manifest.get("files", {}).items():
        if _sha256(folder / name) != entry["sha256"]:
            raise CommentsError(
                f"'{folder / name}' does not match its sha256 in "
                f"{MANIFEST_FILE}: re-fetch the folder."
            )
    resolved: ModelFolder = resolve_model_folder(model, folder)
    loaded = load_model_folder(resolved)
    return (
        f"{folder}: model {model!r} OK, checkpoint {resolved.checkpoint.name} "
        f"(fingerprint {fingerprint(resolved.checkpoint)}), labels {', '.join(loaded.labels)}, "
        f"window {loaded.window} tokens"
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``python -m comments.models``; returns the exit status."""
    args = _parser().parse_args(argv)
    try:
        if args.command == "list":
            print(_listing())
        elif args.command == "fetch":
            dest = fetch_model(
                args.model, args.to, checkpoint_url=args.checkpoint_url, hub_url=args.hub_url
            )
            print(
                f"model folder ready: {dest}\nuse it with ToxicityScorer(model="
                f"{args.model!r}, model_dir={str(dest)!r}) or --model-dir {dest}"
            )
        else:
            print(check_folder(args.folder, args.model))
    except (CommentsError, OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m comments.models", description=__doc__.split("\n\n")[0]
    )
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("list", help="known Detoxify models and where they resolve now")
    fetch = commands.add_parser("fetch", help="download a model folder (needs internet)")
    fetch.add_argument("model", choices=sorted(KNOWN_MODELS))
    fetch.add_argument("--to", required=True, help="folder to create or complete")
    fetch.add_argument(
        "--checkpoint-url", help=f"checkpoint source (or ${CHECKPOINT_URL_VARIABLE})"
    )
    fetch.add_argument("--hub-url", help=f"Hugging Face base URL (or ${HUB_URL_VARIABLE})")
    check = commands.add_parser("check", help="verify and load a model folder")
    check.add_argument("folder")
    check.add_argument("--model", choices=sorted(KNOWN_MODELS))
    return parser


def _listing() -> str:
    lines = []
    for name, spec in KNOWN_MODELS.items():
        try:
            where = str(resolve_model_folder(name, download=False).hf_dir)
        except CommentsError:
            where = "not on this machine"
        lines.append(f"{name:15} base {spec.base_model:17} {where}")
    return "\n".join(lines)


def _download(url: str, target: Path) -> dict[str, Any]:
    """Stream ``url`` into ``target`` (atomically); its manifest entry."""
    if not url.startswith(ALLOWED_SCHEMES):
        raise ValueError(f"refusing to download {url!r}: only {', '.join(ALLOWED_SCHEMES)}")
    digest, size = hashlib.sha256(), 0
    handle, partial = tempfile.mkstemp(dir=target.parent, prefix=target.name, suffix=".part")
    try:
        with os.fdopen(handle, "wb") as out, _open(url) as response:
            while chunk := response.read(CHUNK_BYTES):
                out.write(chunk)
                digest.update(chunk)
                size += len(chunk)
        os.replace(partial, target)
    finally:
        if os.path.exists(partial):
            os.unlink(partial)
    return {"url": url, "size": size, "sha256": digest.hexdigest()}


def _open(url: str) -> Any:
    try:
        return urllib.request.urlopen(url, timeout=DOWNLOAD_TIMEOUT_S)
    except urllib.error.HTTPError as exc:
        if exc.code in MISSING_STATUSES:
            raise FileNotFoundError(f"{url}: HTTP {exc.code}") from exc
        raise OSError(f"{url}: HTTP {exc.code}") from exc
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, FileNotFoundError):
            raise FileNotFoundError(f"{url}: no such file") from exc
        raise OSError(f"{url}: {exc.reason}") from exc


def _checkpoint_name(url: str, default: str) -> str:
    """The URL's file name when it is a plain ``*.ckpt`` name, else the release name."""
    name = url.rstrip("/").rsplit("/", 1)[-1]
    return name if SAFE_CHECKPOINT_NAME.fullmatch(name) else default


def _check_release_hash(name: str, sha256: str, dest: Path) -> None:
    match = RELEASE_HASH.search(name)
    if match and not sha256.startswith(match.group(1)):
        (dest / name).unlink()
        raise OSError(
            f"downloaded {name} has sha256 {sha256[:12]}…, not the released "
            f"{match.group(1)}…; the download is corrupt or not Detoxify's file."
        )


def _read_manifest(folder: Path) -> dict[str, Any]:
    path = folder / MANIFEST_FILE
    if not path.is_file():
        return {}
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError) as exc:
        raise CommentsError(f"cannot read '{path}': {exc}; re-fetch the folder.") from exc


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK_BYTES):
            digest.update(chunk)
    return digest.hexdigest()


if __name__ == "__main__":
    raise SystemExit(main())
