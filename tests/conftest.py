"""Shared test setup: no network, and a tiny Detoxify model folder built once per session.

Fixtures for any test file:

- ``tiny_model_dir``: a model folder (Detoxify-format ``*.ckpt`` of a 2-layer random
  BERT + ``config.json`` + tokenizer files). Use it as
  ``ToxicityScorer("unbiased", model_dir=tiny_model_dir)``; it has the unbiased
  model's seven labels.
- ``tiny_models_root``: its parent, laid out as ``$COMMENTS_MODELS`` expects
  (``<root>/unbiased/``): ``monkeypatch.setenv("COMMENTS_MODELS", str(tiny_models_root))``
  makes ``resolve_toxicity(None)`` pick Detoxify.
- ``no_model_env``: an environment where no weights can be found (empty caches, no
  ``COMMENTS_MODELS``), so the fallback paths run even on a machine with caches.

Network: the model hub is switched off (``HF_HUB_OFFLINE=1``) and sockets may only
connect to loopback, so a stray download fails loudly instead of passing on a
developer's machine.
"""

from __future__ import annotations

import ipaddress
import os
import socket
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

# Before anything imports transformers/huggingface_hub, which read these once.
for _variable in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "COMMENTS_OFFLINE"):
    os.environ[_variable] = "1"

sys.path.insert(0, str(Path(__file__).parent))  # tests/tiny_detoxify.py, importable by name

from tiny_detoxify import build_model_folder  # noqa: E402

LOOPBACK_NAMES = ("localhost", "localhost.localdomain")


class NetworkBlockedError(OSError):
    """Raised by the test socket guard for any non-loopback connection."""


def _own_addresses() -> set[str]:
    """This machine's name and addresses: local services (e.g. ray) bind to them."""
    name = socket.gethostname()
    try:
        infos = socket.getaddrinfo(name, None)
    except OSError:
        infos = []
    return {name, *(str(info[4][0]) for info in infos)}


_LOCAL = _own_addresses()


def _is_loopback(host: Any) -> bool:
    if host in LOOPBACK_NAMES or str(host) in _LOCAL:
        return True
    try:
        return ipaddress.ip_address(str(host).split("%")[0]).is_loopback
    except ValueError:
        return False


def _guarded(original: Any) -> Any:
    def connect(sock: socket.socket, address: Any, *args: Any) -> Any:
        if sock.family in (socket.AF_INET, socket.AF_INET6) and not _is_loopback(address[0]):
            raise NetworkBlockedError(f"tests may not use the network (connect to {address})")
        return original(sock, address, *args)

    return connect


def _guarded_lookup(original: Any) -> Any:
    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if host is not None and not _is_loopback(host):
            raise NetworkBlockedError(f"tests may not use the network (lookup of {host!r})")
        return original(host, *args, **kwargs)

    return getaddrinfo


@pytest.fixture(autouse=True, scope="session")
def _no_network() -> Iterator[None]:
    patches = {
        (socket.socket, "connect"): _guarded(socket.socket.connect),
        (socket.socket, "connect_ex"): _guarded(socket.socket.connect_ex),
        (socket, "getaddrinfo"): _guarded_lookup(socket.getaddrinfo),
    }
    originals = {key: getattr(*key) for key in patches}
    for (owner, name), replacement in patches.items():
        setattr(owner, name, replacement)
    yield
    for (owner, name), original in originals.items():
        setattr(owner, name, original)


@pytest.fixture(scope="session")
def tiny_models_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("models")
    build_model_folder(root / "unbiased")
    return root


@pytest.fixture(scope="session")
def tiny_model_dir(tiny_models_root: Path) -> Path:
    return tiny_models_root / "unbiased"


@pytest.fixture
def no_model_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Empty torch/HF/download caches and no COMMENTS_MODELS; returns the scratch folder."""
    monkeypatch.delenv("COMMENTS_MODELS", raising=False)
    monkeypatch.setenv("TORCH_HOME", str(tmp_path / "torch"))
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    monkeypatch.delenv("HF_HUB_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path
