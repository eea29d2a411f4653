"""Download a Detoxify model folder: the released checkpoint, the base model's
``config.json`` and tokenizer files, and a manifest of what was fetched.

``fetch_model`` writes ``comments-model.json`` (each file's URL, size and sha256), which
:func:`verify_folder` (``comments models check``) verifies later. Sources can be
redirected (mirrors, air-gapped file shares, tests): ``checkpoint_url`` or
``$COMMENTS_CHECKPOINT_URL`` replace the checkpoint's URL, ``hub_url`` or
``$COMMENTS_HUB_URL`` (else ``$HF_ENDPOINT``) the Hugging Face base URL. ``http(s)://``
and ``file://`` URLs are accepted.

A mirror is not trusted:

- every file is downloaded under a temporary name first, and only when all of them
  arrived are they renamed into place: a failed fetch leaves the folder as it was;
- no file may be larger than its cap: the model's ``max_checkpoint_bytes`` for the
  checkpoint, ``MAX_BASE_FILE_BYTES`` for the others (``max_bytes`` overrides both); a
  larger one is refused from its ``Content-Length``, or stopped when it reaches the cap;
- fetch deletes only files it wrote: an old checkpoint that the folder's manifest lists,
  and its own temporary files left by a killed fetch. A checkpoint it did not write is
  refused before anything is downloaded.

    >>> hf_file_url("https://huggingface.co", "roberta-base", "config.json")
    'https://huggingface.co/roberta-base/resolve/main/config.json'
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import math
import os
import re
import stat
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..atomic import TMP_SUFFIX, atomic_path, write_bytes_atomic
from ..errors import CommentsError
from .releases import (
    CHECKPOINT_SUFFIX,
    CONFIG_FILE,
    KNOWN_MODELS,
    MANIFEST_FILE,
    MAX_BASE_FILE_BYTES,
    OPTIONAL_HF_FILES,
    ModelSpec,
)

__all__ = [
    "fetch_model",
    "hf_file_url",
    "read_manifest",
    "sha256_file",
    "verify_folder",
]

DEFAULT_HUB_URL = "https://huggingface.co"
CHECKPOINT_URL_VARIABLE = "COMMENTS_CHECKPOINT_URL"
HUB_URL_VARIABLE = "COMMENTS_HUB_URL"
ALLOWED_SCHEMES = ("https://", "http://", "file://")
DOWNLOAD_TIMEOUT_S = 60
CHUNK_BYTES = 1 << 20
# torch.hub's convention: the release file name carries its sha256's first hex digits.
RELEASE_HASH = re.compile(r"-([0-9a-f]{8,})\.ckpt$")
SAFE_CHECKPOINT_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*\.ckpt")
# A file name a manifest may list: one plain name inside the folder, no path.
SAFE_FILE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")
MISSING_STATUSES = (404, 403)
# atomic_path's temporary files: "." + the target's name + "." + random letters + ".tmp".
TEMPORARY_NAME = re.compile(rf"\.(?P<target>.+)\.[A-Za-z0-9_]+{re.escape(TMP_SUFFIX)}")


@dataclass(frozen=True)
class _Planned:
    """One file to fetch: its name in the folder, its URL, whether it may be missing
    upstream, and the most bytes it may have."""

    name: str
    url: str
    optional: bool
    max_bytes: int


def hf_file_url(hub_url: str, repo: str, filename: str) -> str:
    """URL of one file of a Hugging Face model repository (main branch)."""
    return f"{hub_url.rstrip('/')}/{repo}/resolve/main/{filename}"


def fetch_model(
    model: str,
    dest: str | os.PathLike[str],
    *,
    checkpoint_url: str | None = None,
    hub_url: str | None = None,
    max_bytes: int | None = None,
) -> Path:
    """Download ``model``'s checkpoint and base-model files into the folder ``dest``.

    Every file is downloaded again, so a re-run repairs a folder; all of them replace
    the folder's files together, after the last one arrived. ``max_bytes`` caps each
    file (default: the model's checkpoint cap, ``MAX_BASE_FILE_BYTES`` for the rest).
    Returns ``dest``. Raises ``ValueError`` for an unknown model or URL scheme, a folder
    holding a checkpoint fetch did not write, or a file over its cap, and ``OSError``
    when a download fails; the folder is then unchanged.
    """
    if model not in KNOWN_MODELS:
        raise ValueError(f"unknown model {model!r}; known: {', '.join(KNOWN_MODELS)}")
    spec = KNOWN_MODELS[model]
    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    plan = _plan(spec, _checkpoint_url(spec, checkpoint_url), _hub_url(hub_url), max_bytes)
    old = _own_files(dest)
    _refuse_foreign_checkpoints(dest, old, plan[0].name)
    _remove_own_temporaries(dest, old | {p.name for p in plan} | {MANIFEST_FILE})
    files = _download_all(plan, dest)
    for name in old - set(files):  # an older release's checkpoint, written by fetch
        if name.endswith(CHECKPOINT_SUFFIX):
            (dest / name).unlink(missing_ok=True)
    manifest = {"model": model, "base_model": spec.base_model, "files": files}
    write_bytes_atomic(dest / MANIFEST_FILE, (json.dumps(manifest, indent=2) + "\n").encode())
    return dest


def _checkpoint_url(spec: ModelSpec, given: str | None) -> str:
    return given or os.environ.get(CHECKPOINT_URL_VARIABLE) or spec.checkpoint_url


def _hub_url(given: str | None) -> str:
    return (
        given
        or os.environ.get(HUB_URL_VARIABLE)
        or os.environ.get("HF_ENDPOINT")
        or DEFAULT_HUB_URL
    )


def _plan(spec: ModelSpec, checkpoint_url: str, hub_url: str, cap: int | None) -> list[_Planned]:
    """The files of ``spec``'s folder, the checkpoint first."""
    checkpoint = _Planned(
        _checkpoint_name(checkpoint_url, spec),
        checkpoint_url,
        False,
        cap or spec.max_checkpoint_bytes,
    )
    base = [
        _Planned(
            name, hf_file_url(hub_url, spec.base_model, name), optional, cap or MAX_BASE_FILE_BYTES
        )
        for names, optional in (
            ((CONFIG_FILE, *spec.tokenizer_files), False),
            (OPTIONAL_HF_FILES, True),
        )
        for name in names
    ]
    return [checkpoint, *base]


def _own_files(dest: Path) -> set[str]:
    """The files the folder's manifest lists (what an earlier fetch wrote)."""
    try:
        listed = read_manifest(dest).get("files", {})
    except CommentsError:
        return set()
    return {name for name in listed if isinstance(name, str) and SAFE_FILE_NAME.fullmatch(name)}


def _refuse_foreign_checkpoints(dest: Path, own: set[str], new: str) -> None:
    """A model folder holds one checkpoint: refuse one that fetch did not write, rather
    than delete it (before a single byte is downloaded)."""
    foreign = sorted(
        p.name for p in dest.glob("*" + CHECKPOINT_SUFFIX) if p.name not in {*own, new}
    )
    if foreign:
        raise ValueError(
            f"{dest} holds {', '.join(foreign)}, which `comments models fetch` did not write; "
            "a model folder holds one checkpoint: move it away or fetch into another folder"
        )


def _remove_own_temporaries(dest: Path, names: set[str]) -> None:
    """Temporary files a killed fetch left behind (for the files it writes only)."""
    for path in dest.iterdir():
        match = TEMPORARY_NAME.fullmatch(path.name)
        if match and match.group("target") in names and path.is_file():
            path.unlink()


def _download_all(plan: list[_Planned], dest: Path) -> dict[str, dict[str, Any]]:
    """Download every planned file under a temporary name; rename them all into place
    only when every one arrived (on any failure the temporary files are removed)."""
    files: dict[str, dict[str, Any]] = {}
    with contextlib.ExitStack() as staged:
        for planned in plan:
            try:
                response = _open(planned.url)
            except FileNotFoundError:
                if planned.optional:
                    continue  # not every base model ships it
                raise
            with response:
                partial = staged.enter_context(atomic_path(dest / planned.name, durable=True))
                files[planned.name] = _download(planned, response, partial)
        checkpoint = plan[0].name
        _check_release_hash(checkpoint, files[checkpoint]["sha256"])
    return files


def _download(planned: _Planned, response: Any, target: Path) -> dict[str, Any]:
    """Stream an opened ``response`` into ``target`` up to the file's cap; its manifest
    entry."""
    _check_announced_size(response, planned)
    digest, size = hashlib.sha256(), 0
    with target.open("wb") as out:
        while chunk := response.read(CHUNK_BYTES):
            size += len(chunk)
            if size > planned.max_bytes:
                raise ValueError(_too_big(planned, f"more than {planned.max_bytes:,} bytes"))
            out.write(chunk)
            digest.update(chunk)
    return {"url": planned.url, "size": size, "sha256": digest.hexdigest()}


def _check_announced_size(response: Any, planned: _Planned) -> None:
    announced = response.headers.get("Content-Length") if hasattr(response, "headers") else None
    if announced and announced.isdigit() and int(announced) > planned.max_bytes:
        raise ValueError(_too_big(planned, f"{int(announced):,} bytes announced"))


def _too_big(planned: _Planned, found: str) -> str:
    return (
        f"refusing {planned.url}: {found}, over the cap of {planned.max_bytes:,} bytes for "
        f"{planned.name} (is the mirror right? raise the cap with --max-download-bytes)"
    )


def _open(url: str) -> Any:
    if not url.startswith(ALLOWED_SCHEMES):
        raise ValueError(f"refusing to download {url!r}: only {', '.join(ALLOWED_SCHEMES)}")
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


def _check_release_hash(name: str, sha256: str) -> None:
    match = RELEASE_HASH.search(name)
    if match and not sha256.startswith(match.group(1)):
        raise OSError(
            f"downloaded {name} has sha256 {sha256[:12]}…, not the released "
            f"{match.group(1)}…; the download is corrupt or not Detoxify's file."
        )


def read_manifest(folder: Path) -> dict[str, Any]:
    """The folder's ``comments-model.json`` ({} when there is none)."""
    path = folder / MANIFEST_FILE
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_bytes())
    except (OSError, ValueError) as exc:
        raise CommentsError(f"cannot read '{path}': {exc}; re-fetch the folder.") from exc
    if not isinstance(data, dict) or not isinstance(data.get("files", {}), dict):
        raise CommentsError(f"'{path}' is not a model folder manifest; re-fetch the folder.")
    return data


def verify_folder(folder: Path) -> dict[str, Any]:
    """Check every file the folder's manifest lists against its size and sha256; return
    the manifest. Raises :class:`~comments.errors.CommentsError` naming the first file
    that differs, or an entry that names no plain file in the folder (a manifest is data
    from a download: ``/dev/zero`` or ``../x`` are refused, never read).
    """
    manifest = read_manifest(folder)
    for name, entry in manifest.get("files", {}).items():
        path = folder / str(name)
        problem = _entry_problem(name, entry, path)
        if problem is None and sha256_file(path, entry["size"] + 1) != entry["sha256"]:
            problem = "does not match its sha256"
        if problem is not None:
            raise CommentsError(f"'{path}' {problem} in {MANIFEST_FILE}: re-fetch the folder.")
    return manifest


def _entry_problem(name: Any, entry: Any, path: Path) -> str | None:
    """Why a manifest entry cannot be checked, or None."""
    if not isinstance(name, str) or not SAFE_FILE_NAME.fullmatch(name):
        return "is not a plain file name"
    if not isinstance(entry, dict) or not isinstance(entry.get("sha256"), str):
        return "has no sha256"
    if not isinstance(entry.get("size"), int) or isinstance(entry["size"], bool):
        return "has no size"
    try:
        info = path.stat()
    except OSError:
        return "is missing"
    if not stat.S_ISREG(info.st_mode):
        return "is not a regular file"
    if info.st_size != entry["size"]:
        return f"has {info.st_size:,} bytes, not the {entry['size']:,}"
    return None


def sha256_file(path: Path, max_bytes: int | None = None) -> str:
    """The sha256 of a file's first ``max_bytes`` bytes (all of it by default)."""
    digest = hashlib.sha256()
    left = math.inf if max_bytes is None else max_bytes
    with path.open("rb") as handle:
        while left > 0 and (chunk := handle.read(int(min(CHUNK_BYTES, left)))):
            digest.update(chunk)
            left -= len(chunk)
    return digest.hexdigest()
