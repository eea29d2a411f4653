"""Toxicity scores: Detoxify's models, run fast and offline, or the linear tier.

``ToxicityScorer(model="unbiased")`` wraps Detoxify's released models (``original``,
``unbiased``, ``multilingual``, ``original-small``, ``unbiased-small``); the default,
``unbiased``, was trained on Civil Comments (reader comments on news sites) with
identity bias mitigated. ``ToxicityScorer(model="profanity-check")`` is the linear tier
(:mod:`comments.scoring.linear`), which fills ``toxicity`` only.

How the Detoxify path differs from ``Detoxify.predict`` (same numbers, see the tests):

- texts are tokenized in chunks, sorted by length and run in batches of at most
  ``batch_size`` windows (on CPU also at most 1,024 tokens: small batches stay in the
  caches and run faster) padded only to the longest in the batch, under
  ``torch.inference_mode``; memory depends on the batch size, not the input size,
  and results go back to input order;
- a text longer than the model's window (512 tokens) is split into windows that
  overlap by ``stride`` tokens (a quarter window by default); each label's score is
  the **maximum over the windows**, so toxicity anywhere in a long comment counts,
  and long inputs never crash;
- the network is rewritten for inference (:mod:`comments.scoring.fastpath`): the last
  layer computes the first token only, the one Detoxify's heads read, and on CPU the
  Linear weights are packed for oneDNN: same numbers to float32 rounding, less work;
- ``device="auto"`` uses CUDA when present (in half precision), else the CPU;
  ``quantize=True`` (CPU) runs the Linear layers in int8 — faster, slightly different
  numbers (benchmarks/score_speed.py reports by how much).

Example (the linear tier needs no weights)::

    >>> scorer = ToxicityScorer("profanity-check")
    >>> frame = scorer.score(["You are a stupid idiot", None, "Thanks, good point"])
    >>> frame.columns, frame["toxicity"].is_null().to_list()
    (['toxicity'], [False, True, False])
    >>> bool(frame["toxicity"][0] > frame["toxicity"][2])
    True
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from itertools import chain
from typing import Any

import numpy as np
import polars as pl

from ..extras import require
from ..tables import TOXICITY_COLUMNS
from .linear import LINEAR_MODEL_NAME, ProfanityCheckModel
from .model_folders import fingerprint, load_model_folder, resolve_model_folder
from .releases import KNOWN_MODELS

__all__ = [
    "DEFAULT_MODEL",
    "KNOWN_TOXICITY_MODELS",
    "DetoxifyEngine",
    "ToxicityScorer",
]

DEFAULT_MODEL = "unbiased"
# Windows per batch. On CPU, 32 beat 64 (interleaved sweep, bert-base, 100 reader
# comments, 2 shared cores: 8.7 vs 6.3 texts/s median with 1,024-token batches, eager
# attention); 16 was level with 32 (8.5 vs 8.2 texts/s, SDPA, 200 comments).
DEFAULT_BATCH_SIZE = 32
# Texts tokenized at once: bounds the memory held in token lists on huge inputs.
TOKENIZE_CHUNK = 2048
# Padded tokens per batch on CPU (a cache-friendly size); GPUs take whole batches.
# Sweep with the fastpath rewrites (bert-base, 300 comments, two interleaved rounds):
# 1,024 tokens 10.6/10.9 texts/s, 512 10.4, 2,048 10.3/10.8, 4,096 (batch 64) 9.6/9.9.
# Sorting keeps padding under 1% at 1,024.
CPU_BATCH_TOKENS = 1024
# Attention kernel on CPU: SDPA (same sweep: 10.6/10.9 texts/s against 10.2/10.6 for
# "eager"; alone, SDPA ran a 4x256-token attention in 5.8 ms against eager's 20 ms).
# Same numbers within 1e-6. GPUs keep transformers' default.
CPU_ATTENTION = "sdpa"
# Texts per scoring-pipeline call for the linear tier (Detoxify: the pipeline's default).
LINEAR_BATCH_TEXTS = 50_000
# Windows of a long text overlap by window // STRIDE_DIVISOR tokens.
STRIDE_DIVISOR = 4


class DetoxifyEngine:
    """One loaded Detoxify network: texts in, a ``(n, labels)`` array of probabilities out."""

    def __init__(
        self,
        model: str,
        *,
        model_dir: str | os.PathLike[str] | None = None,
        device: str = "auto",
        batch_size: int = DEFAULT_BATCH_SIZE,
        quantize: bool = False,
        stride: int | None = None,
        download: bool = True,
    ) -> None:
        folder = resolve_model_folder(model, model_dir, download=download)
        loaded = load_model_folder(folder)
        self.name = model
        self.labels = loaded.labels
        # int8 dynamic quantisation is a CPU kernel: "auto" means the CPU then.
        self.device = _pick_device("cpu" if quantize and device == "auto" else device)
        self.tokenizer = loaded.tokenizer
        self.window = loaded.window
        self.stride = stride if stride is not None else self.window // STRIDE_DIVISOR
        self.batch_size = batch_size
        # On CPUs, batches whose activations outgrow the caches run slower (measured:
        # 32 windows of ~360 tokens ran at a fraction of the speed of small batches).
        self.max_batch_tokens = CPU_BATCH_TOKENS if self.device.type == "cpu" else None
        self.model = _prepare(loaded.model, self.device, quantize)
        self.identity = f"{model}@{fingerprint(folder.checkpoint)}{_variant(self.device, quantize)}"
        self.origin = folder.origin
        self._pad_id = self.tokenizer.pad_token_id or 0

    def predict(self, texts: list[str]) -> np.ndarray:
        """Sigmoid probabilities, shape ``(len(texts), len(self.labels))``, input order."""
        scores = np.empty((len(texts), len(self.labels)), dtype=np.float64)
        for start in range(0, len(texts), TOKENIZE_CHUNK):
            chunk = texts[start : start + TOKENIZE_CHUNK]
            scores[start : start + len(chunk)] = self._predict_chunk(chunk)
        return scores

    def windows(self, texts: list[str]) -> tuple[list[list[int]], np.ndarray]:
        """Token ids of every window (special tokens included) and the text each is from."""
        encoded = self.tokenizer(
            texts,
            truncation=True,
            max_length=self.window,
            stride=self.stride,
            return_overflowing_tokens=True,
            return_attention_mask=False,
            return_token_type_ids=False,
        )
        return encoded["input_ids"], np.asarray(encoded["overflow_to_sample_mapping"])

    def _predict_chunk(self, texts: list[str]) -> np.ndarray:
        windows, owners = self.windows(texts)
        window_scores = self._forward_sorted(windows)
        scores = np.full((len(texts), len(self.labels)), -np.inf)
        np.maximum.at(scores, owners, window_scores)  # each label: max over the windows
        return scores

    def _forward_sorted(self, windows: list[list[int]]) -> np.ndarray:
        """Run windows longest first, so each batch pads to similar lengths."""
        import torch

        order = np.argsort([-len(ids) for ids in windows], kind="stable")
        result = np.empty((len(windows), len(self.labels)), dtype=np.float32)
        with torch.inference_mode():
            for picked in self._batches(order, windows):
                ids, mask = self._pad([windows[i] for i in picked])
                logits = self.model(input_ids=ids, attention_mask=mask).logits
                # Unbiased/multilingual heads have extra identity outputs after the labels.
                probs = torch.sigmoid(logits[:, : len(self.labels)].float())
                result[picked] = probs.cpu().numpy()
        return result

    def _batches(self, order: np.ndarray, windows: list[list[int]]) -> Iterator[np.ndarray]:
        """Consecutive slices of ``order``: at most ``batch_size`` windows and, when set,
        ``max_batch_tokens`` padded tokens (the first window of a slice is its longest)."""
        start = 0
        while start < len(order):
            size = self.batch_size
            if self.max_batch_tokens:
                longest = len(windows[order[start]])
                size = max(1, min(size, self.max_batch_tokens // longest))
            yield order[start : start + size]
            start += size

    def _pad(self, batch: list[list[int]]) -> tuple[Any, Any]:
        """Ids and attention mask, padded to the longest window, built in numpy at once
        (one boolean-mask fill instead of a tensor per row)."""
        import torch

        lengths = np.fromiter((len(ids) for ids in batch), dtype=np.int64, count=len(batch))
        mask = np.arange(lengths.max()) < lengths[:, None]
        ids = np.full(mask.shape, self._pad_id, dtype=np.int64)
        ids[mask] = np.fromiter(chain.from_iterable(batch), dtype=np.int64, count=lengths.sum())
        return (
            torch.from_numpy(ids).to(self.device),
            torch.from_numpy(mask.astype(np.int64)).to(self.device),
        )


class ToxicityScorer:
    """Score texts for toxicity with a Detoxify model or the linear tier.

    Args:
        model: a Detoxify model name (see ``comments.scoring.releases.KNOWN_MODELS``)
            or ``"profanity-check"``.
        model_dir: a model folder (``python -m comments.models fetch``); else the
            weights are looked up in ``$COMMENTS_MODELS/<model>/``, Detoxify's cache,
            then downloaded when the machine is online and ``download`` is true.
        device: ``"auto"`` (CUDA if available, else CPU), ``"cpu"``, ``"cuda"``, ...
        batch_size: most windows per forward pass (bounds memory); on CPU a batch
            also holds at most ``CPU_BATCH_TOKENS`` (1,024) padded tokens, which keeps
            it in the caches.
        quantize: int8 dynamic quantisation of Linear layers (CPU): faster, approximate.
        stride: tokens shared by consecutive windows of a long text.
        num_threads: torch CPU threads; default: the cores this process may use.

    Raises :class:`~comments.errors.ModelUnavailableError` when the weights cannot be
    found or fetched; its message says how to prepare them.

    >>> ToxicityScorer("profanity-check").columns
    ('toxicity',)
    """

    def __init__(
        self,
        model: str = DEFAULT_MODEL,
        *,
        model_dir: str | os.PathLike[str] | None = None,
        device: str = "auto",
        batch_size: int = DEFAULT_BATCH_SIZE,
        quantize: bool = False,
        stride: int | None = None,
        num_threads: int | None = None,
        download: bool = True,
    ) -> None:
        if batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, not {batch_size}")
        self.name = model
        # Texts per call from the scoring pipeline (it also saves to the cache between
        # calls): the linear tier's calls cost ~10 ms each whatever their size.
        self.batch_texts = LINEAR_BATCH_TEXTS if model == LINEAR_MODEL_NAME else None
        if model == LINEAR_MODEL_NAME:
            self._engine: DetoxifyEngine | ProfanityCheckModel = ProfanityCheckModel()
        else:
            _set_threads(num_threads)
            self._engine = DetoxifyEngine(
                model,
                model_dir=model_dir,
                device=device,
                batch_size=batch_size,
                quantize=quantize,
                stride=stride,
                download=download,
            )
        # Our column order is the tables' order, whatever order the checkpoint uses.
        labels = self._engine.labels
        self.columns: tuple[str, ...] = tuple(c for c in TOXICITY_COLUMNS if c in labels)
        self._picks = [labels.index(c) for c in self.columns]

    @property
    def identity(self) -> str:
        """Model name + weights fingerprint (+ precision variant): the cache key's model part."""
        return self._engine.identity

    def score(self, texts: str | Iterable[str | None] | pl.Series) -> pl.DataFrame:
        """One row per text, in input order, one Float64 column per label.

        ``None`` and blank texts give null rows.
        """
        items = _as_list(texts)
        kept = {i: text for i, text in enumerate(items) if text is not None and text.strip()}
        scores = self._engine.predict(list(kept.values()))[:, self._picks]
        full = np.full((len(items), len(self.columns)), np.nan)
        full[list(kept)] = scores
        return pl.DataFrame(
            [
                pl.Series(name, full[:, j], dtype=pl.Float64, nan_to_null=True)
                for j, name in enumerate(self.columns)
            ]
        )

    def __repr__(self) -> str:
        return f"ToxicityScorer(model={self.name!r}, identity={self.identity!r})"


def _as_list(texts: str | Iterable[str | None] | pl.Series) -> list[str | None]:
    if isinstance(texts, str):
        return [texts]
    items = texts.to_list() if isinstance(texts, pl.Series) else list(texts)
    for item in items:
        if item is not None and not isinstance(item, str):
            raise TypeError(f"texts must be strings or None, got {type(item).__name__}")
    return items


def _pick_device(device: Any) -> Any:
    import torch

    if device == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    return torch.device(device)


def _prepare(model: Any, device: Any, quantize: bool) -> Any:
    import torch

    from .fastpath import first_token_last_layer, pack_linears_for_onednn

    first_token_last_layer(model)  # on the float32 model: its probe must match exactly
    if quantize:
        if device.type != "cpu":
            raise ValueError("quantize=True is a CPU option; use device='cpu'")
        import warnings

        with warnings.catch_warnings():  # torch.ao's deprecation notice, not ours
            warnings.simplefilter("ignore")
            model = torch.ao.quantization.quantize_dynamic(
                model, {torch.nn.Linear}, dtype=torch.qint8
            )
    model = model.to(device)
    if device.type == "cpu" and hasattr(model, "set_attn_implementation"):
        model.set_attn_implementation(CPU_ATTENTION)
    if device.type == "cpu" and not quantize:
        pack_linears_for_onednn(model)
    if device.type == "cuda":
        model = model.half()
    return model.eval()


def _variant(device: Any, quantize: bool) -> str:
    """Identity suffix for paths whose numbers differ from the exact float32 ones."""
    if quantize:
        return "+int8"
    return "+fp16" if device.type == "cuda" else ""


def _set_threads(num_threads: int | None) -> None:
    """torch defaults to every physical core, ignoring CPU affinity (containers, jobs)."""
    torch = require("torch", "toxicity", "Detoxify models")

    if num_threads is None:
        available = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None
        if available is None or torch.get_num_threads() <= available:
            return
        num_threads = available
    torch.set_num_threads(num_threads)


# Every model name ToxicityScorer accepts.
KNOWN_TOXICITY_MODELS = (*KNOWN_MODELS, LINEAR_MODEL_NAME)
