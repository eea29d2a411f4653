"""Download a Detoxify model folder: the released checkpoint, the base model's
``config.json`` and tokenizer files, and a manifest of what was fetched.

``fetch_model`` writes ``comments-model.json`` (each file's URL, size and sha256), which
:func:`comments.scoring.model_folders.check_folder` verifies later. Sources can be
redirected (mirrors, air-gapped file shares, tests): ``checkpoint_url`` or
``$COMMENTS_CHECKPOINT_URL`` replace the checkpoint's URL, ``hub_url`` or
``$COMMENTS_HUB_URL`` (else ``$HF_ENDPOINT``) the Hugging Face base URL. ``http(s)://``
and ``file://`` URLs are accepted; files are written atomically.

    >>> hf_file_url("https://huggingface.co", "roberta-base", "config.json")
    'https://huggingface.co/roberta-base/resolve/main/config.json'
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

from ..atomic import atomic_path, write_bytes_atomic
from ..errors import CommentsError
from .releases import (
    CHECKPOINT_SUFFIX,
    CONFIG_FILE,
    KNOWN_MODELS,
    MANIFEST_FILE,
    OPTIONAL_HF_FILES,
    ModelSpec,
)

__all__ = ["fetch_model", "hf_file_url", "read_manifest", "sha256_file"]

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
    checkpoint_name = _checkpoint_name(checkpoint_url, spec)
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
    write_bytes_atomic(dest / MANIFEST_FILE, (json.dumps(manifest, indent=2) + "\n").encode())
    return dest


def _download(url: str, target: Path) -> dict[str, Any]:
    """Stream ``url`` into ``target`` (atomically); its manifest entry."""
    if not url.startswith(ALLOWED_SCHEMES):
        raise ValueError(f"refusing to download {url!r}: only {', '.join(ALLOWED_SCHEMES)}")
    digest, size = hashlib.sha256(), 0
    with atomic_path(target) as partial, partial.open("wb") as out, _open(url) as response:
        while chunk := response.read(CHUNK_BYTES):
            out.write(chunk)
            digest.update(chunk)
            size += len(chunk)
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


def _checkpoint_name(url: str, spec: ModelSpec) -> str:
    """The URL's file name when it is a plain ``*.ckpt`` name, else the release name."""
    name = url.rstrip("/").rsplit("/", 1)[-1]
    return name if SAFE_CHECKPOINT_NAME.fullmatch(name) else spec.checkpoint_name


def _check_release_hash(name: str, sha256: str, dest: Path) -> None:
    match = RELEASE_HASH.search(name)
    if match and not sha256.startswith(match.group(1)):
        (dest / name).unlink()
        raise OSError(
            f"downloaded {name} has sha256 {sha256[:12]}…, not the released "
            f"{match.group(1)}…; the download is corrupt or not Detoxify's file."
        )


def read_manifest(folder: Path) -> dict[str, Any]:
    path = folder / MANIFEST_FILE
    if not path.is_file():
        return {}
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError) as exc:
        raise CommentsError(f"cannot read '{path}': {exc}; re-fetch the folder.") from exc


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK_BYTES):
            digest.update(chunk)
    return digest.hexdigest()
