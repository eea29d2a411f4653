"""What a corpus run is asked to do (:class:`RunOptions`), what it did
(:class:`RunSummary`), and what makes two runs' shards interchangeable (the manifest).

>>> options = RunOptions(inputs=("seeds",), out="runs/seeds", toxicity_model="none")
>>> options.chunk_size, options.engine
(1000, 'local')
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..reading import DEFAULT_MAX_RECORD_BYTES
from ..scoring.resolve import NO_TOXICITY, resolve_toxicity
from .inputs import fingerprint, input_files

__all__ = [
    "ENGINES",
    "NO_TOXICITY",
    "RunOptions",
    "RunSummary",
    "make_toxicity_scorer",
    "run_manifest",
    "scorer_identity",
]

ENGINES = ("local", "ray")
MANIFEST_FORMAT = 4  # 2: lang, posted_at, not_scored…; 3: unique ids in every engine, layout;
# 4: pages.url


@dataclass(frozen=True)
class RunOptions:
    """Everything a corpus run is asked to do.

    ``toxicity_model`` None means the scorer's default model, ``"none"`` no toxicity.
    The ``*_field`` options are passed to the corpus readers only when set.
    """

    inputs: tuple[str, ...]
    out: str | Path
    engine: str = "local"
    workers: int | None = None  # None: one per CPU core; 0: everything in this process
    chunk_size: int = 1000
    toxicity_model: str | None = None
    model_dir: str | None = None
    device: str | None = None
    batch_size: int | None = None
    text_field: str | None = None
    id_field: str | None = None
    url_field: str | None = None
    max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES
    html_field: str | None = None
    overwrite: bool = False
    quiet: bool = False
    all_languages: bool = False  # score every language with every model (see score_units)

    def __post_init__(self) -> None:
        if not self.inputs:
            raise InputError("no inputs: give at least one file or folder to read")
        if self.engine not in ENGINES:
            raise InputError(f"unknown engine {self.engine!r}; choose one of {ENGINES}")
        if self.chunk_size < 1:
            raise InputError(f"--chunk-size must be at least 1, not {self.chunk_size}")
        if self.workers is not None and self.workers < 0:
            raise InputError(f"--workers must be 0 or more, not {self.workers}")
        if self.max_record_bytes < 1:
            raise InputError(f"--max-record-bytes must be at least 1, not {self.max_record_bytes}")

    @property
    def worker_count(self) -> int:
        """Worker processes to use (``workers``, else the CPU cores this process may use)."""
        if self.workers is not None:
            return self.workers
        return (
            len(os.sched_getaffinity(0))
            if hasattr(os, "sched_getaffinity")
            else (os.cpu_count() or 1)
        )

    @property
    def field_options(self) -> dict[str, Any]:
        """The reader keywords for ``comments.corpus.iter_documents``: the field names
        that were set, and the record size limit."""
        fields = {
            "text_field": self.text_field,
            "id_field": self.id_field,
            "url_field": self.url_field,
            "html_field": self.html_field,
        }
        chosen: dict[str, Any] = {k: v for k, v in fields.items() if v is not None}
        return {**chosen, "max_record_bytes": self.max_record_bytes}


@dataclass(frozen=True)
class RunSummary:
    """What a run did: totals over the whole output folder, and this call's share."""

    out: Path
    pages: int
    units: int
    chunks_written: int
    chunks_skipped: int
    seconds: float

    def __str__(self) -> str:
        return (
            f"{self.pages} pages, {self.units} units in {self.out} "
            f"({self.chunks_written} chunks written, {self.chunks_skipped} already done, "
            f"{self.seconds:.1f} s)"
        )


def make_toxicity_scorer(options: RunOptions) -> Any:
    """The toxicity scorer the options ask for, or None for ``--toxicity-model none``
    (the policy and its fallback note: :func:`comments.scoring.resolve.resolve_toxicity`)."""
    extra: dict[str, Any] = {"batch_size": options.batch_size} if options.batch_size else {}
    device = options.device or "auto"
    return resolve_toxicity(
        options.toxicity_model, options.model_dir, device=device, **extra
    ).scorer


def run_manifest(options: RunOptions, toxicity_identity: str | None) -> dict[str, Any]:
    """What makes two runs' shards interchangeable: same inputs, same options, same model."""
    n_files, files_fingerprint = fingerprint(input_files(options.inputs))
    return {
        "format": MANIFEST_FORMAT,
        "engine": options.engine,
        "inputs": [str(Path(p).resolve()) for p in options.inputs],
        "n_files": n_files,
        "files_fingerprint": files_fingerprint,
        "fields": options.field_options,
        "chunk_size": options.chunk_size,
        "toxicity": toxicity_identity,
        **({"all_languages": True} if options.all_languages else {}),
    }


def scorer_identity(scorer: Any) -> str | None:
    """The model part of the manifest: the scorer's identity (or name), None without one."""
    if scorer is None:
        return None
    return str(getattr(scorer, "identity", None) or scorer.name)
