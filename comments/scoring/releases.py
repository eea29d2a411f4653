"""Detoxify's released models: where each checkpoint is, which base model it needs, and
the files a model folder holds.

Release URLs come from the detoxify package itself (``detoxify.detoxify.MODEL_URLS``,
read when a URL is needed), so a new Detoxify release reaches us with a package
upgrade. What Detoxify does not publish is kept here: the Hugging Face base model of
each release and its tokenizer files (Detoxify's loader asks the model hub for them at
load time, which an offline machine cannot; see :mod:`comments.scoring.model_folders`).

    >>> sorted(KNOWN_MODELS)
    ['multilingual', 'original', 'original-small', 'unbiased', 'unbiased-small']
    >>> KNOWN_MODELS["unbiased"].base_model
    'roberta-base'
"""

from __future__ import annotations

from dataclasses import dataclass

from ..extras import require

__all__ = [
    "CHECKPOINT_SUFFIX",
    "CONFIG_FILE",
    "FAST_TOKENIZER_FILE",
    "KNOWN_MODELS",
    "LABEL_RENAMES",
    "MANIFEST_FILE",
    "MAX_BASE_FILE_BYTES",
    "OPTIONAL_HF_FILES",
    "ModelSpec",
    "release_url",
]

# The Hugging Face files every model folder needs, whatever the tokenizer type.
CONFIG_FILE = "config.json"
FAST_TOKENIZER_FILE = "tokenizer.json"
# Tokenizer files that some base-model repositories lack: fetched when present.
OPTIONAL_HF_FILES = ("tokenizer_config.json", "special_tokens_map.json")
MANIFEST_FILE = "comments-model.json"
CHECKPOINT_SUFFIX = ".ckpt"
# Download caps: a mirror that sends more is refused. A checkpoint holds the base model's
# float32 weights (4 bytes a parameter) and little else; the caps leave about 2x room.
MAX_BASE_FILE_BYTES = 64 << 20  # config.json and tokenizer files (the largest: ~17 MB)
BASE_CHECKPOINT_BYTES = 1 << 30  # bert-base / roberta-base: 110-125M parameters, ~0.5 GB
LARGE_CHECKPOINT_BYTES = 2 << 30  # xlm-roberta-base: 278M parameters, ~1.1 GB
SMALL_CHECKPOINT_BYTES = 256 << 20  # albert-base-v2: 12M parameters, ~50 MB


@dataclass(frozen=True)
class ModelSpec:
    """What a model folder of one of Detoxify's releases needs besides the checkpoint."""

    name: str  # Detoxify's model name (a key of detoxify.detoxify.MODEL_URLS)
    base_model: str  # Hugging Face repository of the base network
    tokenizer_files: tuple[str, ...]  # required tokenizer files of that repository
    max_checkpoint_bytes: int = BASE_CHECKPOINT_BYTES  # the download cap of the checkpoint

    @property
    def checkpoint_url(self) -> str:
        """The release's download URL, as the installed detoxify package lists it."""
        return release_url(self.name)

    @property
    def checkpoint_name(self) -> str:
        """The release's file name (torch.hub caches it under this name)."""
        return self.checkpoint_url.rsplit("/", 1)[-1]


# The base models named in each released checkpoint's config, and their tokenizer files.
KNOWN_MODELS: dict[str, ModelSpec] = {
    spec.name: spec
    for spec in (
        ModelSpec("original", "bert-base-uncased", ("vocab.txt", "tokenizer.json")),
        ModelSpec("unbiased", "roberta-base", ("vocab.json", "merges.txt", "tokenizer.json")),
        ModelSpec(
            "multilingual",
            "xlm-roberta-base",
            ("sentencepiece.bpe.model", "tokenizer.json"),
            LARGE_CHECKPOINT_BYTES,
        ),
        ModelSpec(
            "original-small",
            "albert-base-v2",
            ("spiece.model", "tokenizer.json"),
            SMALL_CHECKPOINT_BYTES,
        ),
        ModelSpec(
            "unbiased-small",
            "albert-base-v2",
            ("spiece.model", "tokenizer.json"),
            SMALL_CHECKPOINT_BYTES,
        ),
    )
}

# Detoxify's renaming of the Jigsaw label names. Kept here because Detoxify holds it in a
# local variable of detoxify.load_checkpoint, which its API does not expose.
LABEL_RENAMES = {
    "toxic": "toxicity",
    "identity_hate": "identity_attack",
    "severe_toxic": "severe_toxicity",
}


def release_url(model: str) -> str:
    """Detoxify's download URL of ``model``'s checkpoint (needs the ``toxicity`` extra).

    Raises ``ValueError`` for a model the installed Detoxify does not release.
    """
    detoxify = require("detoxify.detoxify", "toxicity", "finding Detoxify's releases")
    try:
        return str(detoxify.MODEL_URLS[model])
    except KeyError:
        known = ", ".join(detoxify.MODEL_URLS)
        raise ValueError(f"Detoxify releases no model {model!r}; it has: {known}") from None
