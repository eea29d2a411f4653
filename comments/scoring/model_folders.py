"""Detoxify model folders: where the weights are, and how to load them offline.

A *model folder* holds Detoxify's released checkpoint (``*.ckpt``: a dict with the
training ``config`` and the model's ``state_dict``) next to the Hugging Face files of
its base model (``config.json`` and the tokenizer files). ``python -m comments.models
fetch MODEL --to DIR`` builds one on a machine with internet.

Resolution order (first hit wins), see :func:`resolve_model_folder`:

1. the ``model_dir`` argument;
2. ``$COMMENTS_MODELS/<model name>/``;
3. Detoxify's own download cache (``$TORCH_HOME/hub/checkpoints/<release file>``)
   together with the Hugging Face cache of the base model;
4. this toolkit's download cache (``$XDG_CACHE_HOME/comments/models/<model name>/``);
5. a download into 2. or 4., only when allowed and the machine is not marked offline.

Loading (:func:`load_model_folder`) never touches the network: the checkpoint is read
with ``torch.load(weights_only=True)`` (no pickled code runs), the network is built
from the folder's ``config.json`` and the tokenizer from its files
(``local_files_only=True``). This is our own loader, not Detoxify's, because
Detoxify's cannot work offline: ``detoxify.load_checkpoint`` builds the base model's
config with ``from_pretrained(<hub name>)`` (the model hub) even when handed a
checkpoint and a local config folder, and it unpickles checkpoints with
``weights_only=False``. Detoxify's release table and label names are used as they are
(:mod:`comments.scoring.releases`).

:func:`check_folder` verifies a folder against the manifest ``fetch`` wrote and loads it.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import MissingExtraError, ModelUnavailableError
from ..extras import require
from .download import fetch_model, verify_folder
from .releases import (
    CHECKPOINT_SUFFIX,
    CONFIG_FILE,
    FAST_TOKENIZER_FILE,
    KNOWN_MODELS,
    LABEL_RENAMES,
    ModelSpec,
)

__all__ = [
    "LoadedModel",
    "ModelFolder",
    "check_folder",
    "fingerprint",
    "load_model_folder",
    "missing_model_message",
    "resolve_model_folder",
]

# Class names in a checkpoint are data from a downloaded file: only these are ever
# looked up in transformers.
MODEL_CLASSES = (
    "BertForSequenceClassification",
    "RobertaForSequenceClassification",
    "XLMRobertaForSequenceClassification",
    "AlbertForSequenceClassification",
)
TOKENIZER_CLASSES = ("BertTokenizer", "RobertaTokenizer", "XLMRobertaTokenizer", "AlbertTokenizer")

# Environment variables that say "this machine must not download".
OFFLINE_VARIABLES = ("COMMENTS_OFFLINE", "HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE")
MODELS_VARIABLE = "COMMENTS_MODELS"

# RoBERTa-style models number positions from padding_idx + 1, so two of their
# position embeddings are never usable by tokens.
POSITION_OFFSET = {"roberta": 2, "xlm-roberta": 2}
# Buffers that older transformers saved in state dicts and newer ones recompute.
IGNORABLE_KEY_SUFFIXES = ("position_ids",)
FINGERPRINT_BYTES = 4 << 20


@dataclass(frozen=True)
class ModelFolder:
    """A resolved set of local files for one model."""

    name: str
    checkpoint: Path  # Detoxify's *.ckpt
    hf_dir: Path  # folder with config.json and the tokenizer files
    origin: str  # which resolution step found it, for messages and reports


@dataclass
class LoadedModel:
    """A ready network with its tokenizer, labels and window length."""

    model: Any  # transformers PreTrainedModel, in eval mode
    tokenizer: Any
    labels: tuple[str, ...]  # Detoxify's label per output column, renamed
    window: int  # most tokens (special tokens included) one forward pass may see


def resolve_model_folder(
    model: str, model_dir: str | os.PathLike[str] | None = None, *, download: bool = True
) -> ModelFolder:
    """Find the local files of ``model`` (see the module docstring for the order).

    Raises :class:`~comments.errors.ModelUnavailableError` with the command that
    prepares a model folder when nothing is found and nothing can be downloaded.

    >>> resolve_model_folder("unbiased", "/no/such/folder")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    comments.errors.ModelUnavailableError: model_dir '/no/such/folder' for model 'unbiased' ...
    """
    if model_dir is not None:
        return _explicit_folder(model, Path(model_dir))
    looked: list[str] = []
    for finder in (_env_folder, _detoxify_cache_folder, _download_cache_folder):
        found = finder(model, looked)
        if found is not None:
            return found
    if download and not is_offline() and model in KNOWN_MODELS:
        return _download(model, looked)
    raise ModelUnavailableError(missing_model_message(model, looked))


def is_offline() -> bool:
    """True when an environment variable forbids downloads."""
    return any(
        os.environ.get(name, "").strip().lower() in {"1", "true", "yes", "on"}
        for name in OFFLINE_VARIABLES
    )


def missing_model_message(model: str, looked: list[str]) -> str:
    """The message of a missing model: where we looked and the commands that fix it.

    >>> print(missing_model_message("original", []).splitlines()[-3])
        python -m comments.models fetch original --to models/original
    """
    places = "\n".join(f"  - {place}" for place in looked) or "  - (nowhere)"
    if model not in KNOWN_MODELS:
        return (
            f"unknown toxicity model {model!r}: choose one of {sorted(KNOWN_MODELS)}, "
            f"'profanity-check', or give model_dir= a Detoxify model folder.\n"
            f"Looked in:\n{places}"
        )
    return (
        f"the weights of Detoxify model {model!r} are not on this machine and cannot be "
        f"downloaded here.\nLooked in:\n{places}\n"
        f"To fix it, on a machine with internet run:\n"
        f"    python -m comments.models fetch {model} --to models/{model}\n"
        f"copy the folder here, then pass ToxicityScorer(model={model!r}, "
        f"model_dir='models/{model}') (report CLI: --model-dir models/{model}),\n"
        f"or set {MODELS_VARIABLE}=models (the folder that holds {model}/). "
        f"Without weights, model='profanity-check' gives a linear toxicity score."
    )


def fingerprint(path: str | os.PathLike[str]) -> str:
    """A short hash of a weights file: its size and its first 4 MiB.

    Enough to tell released checkpoints (and retrained ones) apart without
    reading gigabytes on every start.

    >>> import tempfile
    >>> with tempfile.NamedTemporaryFile() as handle:
    ...     _ = handle.write(b"weights"); handle.flush()
    ...     fingerprint(handle.name)
    'fc5de2059d9a93c7'
    """
    path = Path(path)
    digest = hashlib.sha256(str(path.stat().st_size).encode())
    with path.open("rb") as handle:
        digest.update(handle.read(FINGERPRINT_BYTES))
    return digest.hexdigest()[:16]


def load_model_folder(folder: ModelFolder) -> LoadedModel:
    """Build the network and tokenizer of a model folder from local files only.

    The result is on CPU in float32; the caller moves it to a device. Raises
    :class:`~comments.errors.ModelUnavailableError` naming the file and the problem when
    the checkpoint, ``config.json`` or the tokenizer files are malformed.
    """
    transformers = require("transformers", "toxicity", "loading a Detoxify model")
    parts = _checkpoint_parts(_read_checkpoint(folder.checkpoint), folder.checkpoint)
    model_class = getattr(transformers, _allowed(parts.model_name, MODEL_CLASSES, folder))
    with _malformed(folder.hf_dir / CONFIG_FILE, "is not a usable model config"):
        hf_config = model_class.config_class.from_pretrained(
            str(folder.hf_dir), num_labels=parts.num_classes, local_files_only=True
        )
        model = model_class(hf_config)
    _load_state(model, parts.state_dict, folder)
    model.eval()
    tokenizer_class = getattr(
        transformers, _allowed(parts.tokenizer_name, TOKENIZER_CLASSES, folder)
    )
    with _malformed(folder.hf_dir, "holds no usable tokenizer files"):
        tokenizer = tokenizer_class.from_pretrained(str(folder.hf_dir), local_files_only=True)
        window = _window(hf_config, tokenizer)
    return LoadedModel(model, tokenizer, parts.labels, window)


def check_folder(folder: str | os.PathLike[str], model: str | None = None) -> str:
    """Verify a model folder's files against its manifest and load it; a summary line.

    Raises :class:`~comments.errors.ModelUnavailableError` when it is not usable.
    """
    folder = Path(folder)
    manifest = verify_folder(folder)
    listed = manifest.get("model")
    model = model or (listed if isinstance(listed, str) else None) or "unbiased"
    resolved: ModelFolder = resolve_model_folder(model, folder)
    loaded = load_model_folder(resolved)
    return (
        f"{folder}: model {model!r} OK, checkpoint {resolved.checkpoint.name} "
        f"(fingerprint {fingerprint(resolved.checkpoint)}), labels {', '.join(loaded.labels)}, "
        f"window {loaded.window} tokens"
    )


# --- resolution steps -------------------------------------------------------------


def _explicit_folder(model: str, folder: Path) -> ModelFolder:
    found = _folder_files(model, folder, origin=f"model_dir={folder}")
    if found is None:
        raise ModelUnavailableError(
            f"model_dir '{folder}' for model {model!r} is not a model folder: it needs one "
            f"Detoxify checkpoint (*{CHECKPOINT_SUFFIX}) and the base model's {CONFIG_FILE} "
            f"and tokenizer files. Build one with: python -m comments.models fetch "
            f"{model if model in KNOWN_MODELS else 'unbiased'} --to {folder}"
        )
    return found


def _env_folder(model: str, looked: list[str]) -> ModelFolder | None:
    root = os.environ.get(MODELS_VARIABLE)
    if not root:
        looked.append(f"${MODELS_VARIABLE}/{model}/ ({MODELS_VARIABLE} is not set)")
        return None
    folder = Path(root) / model
    looked.append(f"${MODELS_VARIABLE}/{model}/ = {folder}")
    return _folder_files(model, folder, origin=f"${MODELS_VARIABLE}")


def _detoxify_cache_folder(model: str, looked: list[str]) -> ModelFolder | None:
    spec = KNOWN_MODELS.get(model)
    if spec is None:
        return None
    checkpoints = torch_hub_dir() / "checkpoints"
    if not any(checkpoints.glob("*" + CHECKPOINT_SUFFIX)):  # spares importing detoxify
        looked.append(f"Detoxify's cache {checkpoints} (no checkpoints)")
        return None
    try:
        checkpoint = checkpoints / spec.checkpoint_name
    except MissingExtraError as exc:
        looked.append(f"Detoxify's cache {checkpoints} ({exc})")
        return None
    hf_dir = _hf_cache_snapshot(spec)
    looked.append(
        f"Detoxify's cache {checkpoint} + Hugging Face cache of {spec.base_model} "
        f"({hf_dir or 'not cached'})"
    )
    if checkpoint.is_file() and hf_dir is not None:
        return ModelFolder(model, checkpoint, hf_dir, origin="Detoxify cache")
    return None


def _download_cache_folder(model: str, looked: list[str]) -> ModelFolder | None:
    folder = download_cache_dir() / model
    looked.append(f"download cache {folder}")
    return _folder_files(model, folder, origin="download cache")


def _download(model: str, looked: list[str]) -> ModelFolder:
    root = os.environ.get(MODELS_VARIABLE)
    folder = (Path(root) if root else download_cache_dir()) / model
    try:
        fetch_model(model, folder)
    except (OSError, ValueError) as exc:
        looked.append(f"download into {folder} failed: {exc}")
        raise ModelUnavailableError(missing_model_message(model, looked)) from exc
    found = _folder_files(model, folder, origin=f"downloaded to {folder}")
    if found is None:  # pragma: no cover - fetch_model checks the same files
        raise ModelUnavailableError(missing_model_message(model, looked))
    return found


def torch_hub_dir() -> Path:
    """torch.hub's folder, read from the environment at call time (as torch does)."""
    if os.environ.get("TORCH_HOME"):
        return Path(os.environ["TORCH_HOME"]) / "hub"
    cache = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(cache) / "torch" / "hub"


def hf_hub_cache_dir() -> Path:
    """The Hugging Face hub cache, read from the environment at call time."""
    if os.environ.get("HF_HUB_CACHE"):
        return Path(os.environ["HF_HUB_CACHE"])
    if os.environ.get("HF_HOME"):
        return Path(os.environ["HF_HOME"]) / "hub"
    cache = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(cache) / "huggingface" / "hub"


def download_cache_dir() -> Path:
    """Where models downloaded on first use go when ``$COMMENTS_MODELS`` is unset."""
    cache = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(cache) / "comments" / "models"


def _hf_cache_snapshot(spec: ModelSpec) -> Path | None:
    """The cached snapshot folder of the base model, if it holds every needed file."""
    repo = hf_hub_cache_dir() / ("models--" + spec.base_model.replace("/", "--"))
    ref = repo / "refs" / "main"
    if not ref.is_file():
        return None
    snapshot = repo / "snapshots" / ref.read_text().strip()
    # Either tokenizer.json or the older per-type files (vocab.txt, merges.txt, ...) will do.
    legacy = tuple(name for name in spec.tokenizer_files if name != FAST_TOKENIZER_FILE)
    usable = any(
        all((snapshot / name).is_file() for name in option)
        for option in ((FAST_TOKENIZER_FILE,), legacy)
    )
    return snapshot if usable and (snapshot / CONFIG_FILE).is_file() else None


def _folder_files(model: str, folder: Path, *, origin: str) -> ModelFolder | None:
    if not folder.is_dir() or not (folder / CONFIG_FILE).is_file():
        return None
    checkpoints = sorted(folder.glob("*" + CHECKPOINT_SUFFIX))
    if len(checkpoints) != 1:
        return None
    return ModelFolder(model, checkpoints[0], folder, origin)


# --- loading ------------------------------------------------------------------------


def _read_checkpoint(path: Path) -> dict[str, Any]:
    import pickle

    torch = require("torch", "toxicity", "loading a Detoxify model")
    try:
        # Released checkpoints hold only dicts, lists, strings, numbers and tensors,
        # so the safe unpickler reads them; anything else is refused, not executed.
        loaded = torch.load(path, map_location="cpu", weights_only=True)
    except (pickle.UnpicklingError, RuntimeError, EOFError, OSError, ValueError) as exc:
        raise ModelUnavailableError(
            f"cannot read Detoxify checkpoint '{path}' safely ({exc.__class__.__name__}: "
            f"{str(exc).splitlines()[0] if str(exc) else ''}). Re-fetch it with "
            f"python -m comments.models fetch MODEL --to DIR."
        ) from exc
    if not isinstance(loaded, dict) or "config" not in loaded or "state_dict" not in loaded:
        raise ModelUnavailableError(
            f"'{path}' is not a Detoxify checkpoint (it needs 'config' and 'state_dict'); "
            f"re-fetch it with python -m comments.models fetch MODEL --to DIR."
        )
    return loaded


@dataclass(frozen=True)
class _CheckpointParts:
    """What a Detoxify checkpoint must hold, checked: class names, sizes, labels, weights."""

    model_name: str
    tokenizer_name: str
    num_classes: int
    labels: tuple[str, ...]
    state_dict: dict[str, Any]


def _checkpoint_parts(loaded: dict[str, Any], path: Path) -> _CheckpointParts:
    """The parts of a checkpoint dict, or :class:`ModelUnavailableError` naming the first
    field that is missing or of the wrong kind (a checkpoint is a downloaded file: any
    field may be anything)."""
    config = loaded["config"]
    args = _field(config, ("arch", "args"), dict, path)
    num_classes = _field(args, ("num_classes",), int, path, "config.arch.args")
    if isinstance(num_classes, bool) or num_classes < 1:
        raise _not_detoxify(path, f"config.arch.args.num_classes is {num_classes!r}")
    dataset = config.get("dataset")
    classes = (
        dataset.get("args", {}).get("classes") if isinstance(dataset, dict) else None
    ) or args.get("classes")  # Detoxify reads dataset.args; newer configs keep arch.args
    if not isinstance(classes, list | tuple) or not classes:
        raise _not_detoxify(path, f"it lists no class names (found {_kind(classes)})")
    if not all(isinstance(name, str) for name in classes):
        raise _not_detoxify(path, "its class names are not all text")
    names: list[str] = list(classes)
    state_dict = loaded["state_dict"]
    if not isinstance(state_dict, dict) or not all(isinstance(k, str) for k in state_dict):
        raise _not_detoxify(path, f"state_dict is {_kind(state_dict)}, not a dict of weights")
    return _CheckpointParts(
        model_name=_field(args, ("model_name",), str, path, "config.arch.args"),
        tokenizer_name=_field(args, ("tokenizer_name",), str, path, "config.arch.args"),
        num_classes=num_classes,
        labels=tuple(LABEL_RENAMES.get(name, name) for name in names),
        state_dict=state_dict,
    )


def _field(data: Any, keys: tuple[str, ...], kind: type, path: Path, where: str = "config") -> Any:
    """``data[keys[0]][keys[1]]…``, which must be a ``kind``."""
    value = data
    for key in keys:
        where = f"{where}.{key}"
        value = value.get(key) if isinstance(value, dict) else None
        if value is None:
            raise _not_detoxify(path, f"it has no {where}")
    if not isinstance(value, kind):
        raise _not_detoxify(path, f"{where} is {_kind(value)}, not {kind.__name__}")
    return value


def _not_detoxify(path: Path, problem: str) -> ModelUnavailableError:
    return ModelUnavailableError(
        f"'{path}' is not a Detoxify checkpoint: {problem}. Re-fetch it with "
        "python -m comments.models fetch MODEL --to DIR."
    )


def _kind(value: Any) -> str:
    """A short description of a value from a file ("a str 'abc'", "an int 3")."""
    shown = repr(value)
    shown = shown if len(shown) <= 40 else shown[:37] + "..."
    article = "an" if type(value).__name__[0] in "aeiou" else "a"
    return f"{article} {type(value).__name__} {shown}"


@contextlib.contextmanager
def _malformed(path: Path, problem: str) -> Iterator[None]:
    """Turn what transformers raises for a damaged local file into a message naming it."""
    try:
        yield
    except (OSError, ValueError, TypeError, KeyError, AttributeError) as exc:
        reason = " ".join(str(exc).split())[:200] or type(exc).__name__
        raise ModelUnavailableError(
            f"'{path}' {problem} ({type(exc).__name__}: {reason}); re-fetch the folder with "
            "python -m comments.models fetch MODEL --to DIR."
        ) from exc


def _allowed(name: Any, allowed: tuple[str, ...], folder: ModelFolder) -> str:
    if name not in allowed:
        raise ModelUnavailableError(
            f"checkpoint '{folder.checkpoint}' names class {name!r}, which is not one of "
            f"Detoxify's ({', '.join(allowed)}); refusing to load it."
        )
    return str(name)


def _load_state(model: Any, state_dict: dict[str, Any], folder: ModelFolder) -> None:
    try:
        missing, unexpected = model.load_state_dict(state_dict, strict=False)
    except (RuntimeError, TypeError, AttributeError) as exc:  # wrong shapes, not tensors
        raise ModelUnavailableError(
            f"checkpoint '{folder.checkpoint}' does not fit the network described by "
            f"'{folder.hf_dir / CONFIG_FILE}' ({' '.join(str(exc).split())[:200]}); is the "
            "folder's config.json from the right base model?"
        ) from exc
    missing = [key for key in missing if not key.endswith(IGNORABLE_KEY_SUFFIXES)]
    unexpected = [key for key in unexpected if not key.endswith(IGNORABLE_KEY_SUFFIXES)]
    if missing or unexpected:
        # A missing weight would silently stay random: refuse rather than mis-score.
        raise ModelUnavailableError(
            f"checkpoint '{folder.checkpoint}' does not fit the network described by "
            f"'{folder.hf_dir / CONFIG_FILE}' (missing {missing[:3]}, unexpected "
            f"{unexpected[:3]}); is the folder's config.json from the right base model?"
        )


def _window(hf_config: Any, tokenizer: Any) -> int:
    """Tokens per window: what the position embeddings allow, capped by the tokenizer.

    Some base models' tokenizer files state no maximum (transformers then reports a
    huge number), which is how Detoxify crashes on long inputs: trust the model config.
    """
    limit = hf_config.max_position_embeddings - POSITION_OFFSET.get(hf_config.model_type, 0)
    stated = getattr(tokenizer, "model_max_length", None)
    if isinstance(stated, int) and 0 < stated < limit:
        return stated
    return limit
