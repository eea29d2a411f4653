"""The Ray engine: the local engine's chunks, processed by tasks and actors of a Ray cluster.

::

    this process: the inputs, read in order ─▶ chunk-NNNNNN (unique page ids, stable
                  chunks: the chunk loop of :mod:`.runner`, resumable like the local engine)
    Ray tasks:    parse + VADER (+ the linear tier) ─▶ write shards
    Ray actors:   (Detoxify) toxicity, one model load per actor, one GPU each if any
                  ─▶ write shards

The driver reads the inputs and cuts the same chunks as the local engine, so both write
the same shard names, rename repeated page ids the same way, and resume a killed run
chunk by chunk. Reading is cheap next to parsing and scoring (JSON decoding only); the
CPU and GPU work is the cluster's. At most ``IN_FLIGHT_PER_CPU`` chunks per cluster CPU
are in flight, so the driver's memory does not grow with the corpus. Shards are written
by the workers: on a cluster, ``--out`` must be a folder every node can write (a shared
filesystem).

Ray is imported only inside these functions; it is the optional ``comments[ray]`` extra.
"""

from __future__ import annotations

import dataclasses
import itertools
from concurrent.futures import Future
from typing import Any

import polars as pl

from ..corpus import Document
from ..errors import CommentsError
from ..extras import require
from ..scoring.resolve import resolve_toxicity
from .options import NO_TOXICITY, RunOptions, RunSummary, make_toxicity_scorer
from .runner import run_chunks
from .shards import ShardStore
from .stages import IN_WORKER_MODELS, add_toxicity, parse_and_score

__all__ = ["run_ray"]

TOXICITY_ACTOR_MEMORY = 1 << 30  # bytes reserved per toxicity actor (Detoxify needs ~1 GiB)
CPU_ACTOR_CORES = 4  # cluster CPUs per toxicity actor at most, when there are no GPUs
IN_FLIGHT_PER_CPU = 2  # chunks queued per cluster CPU


def run_ray(options: RunOptions) -> RunSummary:
    """Run on the Ray instance this process is connected to (or a new local one),
    writing the shard layout of :mod:`comments.engines.shards`; rerun to resume."""
    ray = require("ray", "ray", "--engine ray")
    if options.toxicity_model is None:
        # Settle the default here (Detoxify if its weights are here, else the linear
        # tier), so that every actor on every node loads the same model; nothing loads.
        choice = resolve_toxicity(None, options.model_dir, load=False)
        options = dataclasses.replace(options, toxicity_model=choice.name)
    return run_chunks(options, options.toxicity_model, lambda: _RayChunks(ray, options))


class _RayChunks:
    """Submits each chunk as a Ray task (and an actor call for Detoxify) that writes its
    shards; the futures resolve to the chunk's page count."""

    def __init__(self, ray: Any, options: RunOptions) -> None:
        if not ray.is_initialized():
            ray.init(logging_level="WARNING")
        self.ray = ray
        self.out = str(options.out)
        resources = ray.cluster_resources()
        cpus, gpus = int(resources.get("CPU", 1)), int(resources.get("GPU", 0))
        self.slots = max(1, cpus) * IN_FLIGHT_PER_CPU
        # "none" and the linear tier are scored in the CPU task; other models in actors.
        in_task = options.toxicity_model in (NO_TOXICITY, *IN_WORKER_MODELS)
        self.task_model = options.toxicity_model if in_task else None
        self.all_languages = options.all_languages
        self.process = ray.remote(_process_chunk)
        self.actors = [] if in_task else _toxicity_actors(ray, options, cpus, gpus)
        self.turns = itertools.cycle(range(max(1, len(self.actors))))

    def submit(self, name: str, docs: list[Document]) -> Future[Any]:
        if not self.actors:
            ref = self.process.remote(docs, self.task_model, self.all_languages, name, self.out)
        else:
            parsed = self.process.remote(docs, None, self.all_languages, None, None)
            ref = self.actors[next(self.turns)].score_and_write.remote(parsed, name, self.out)
        return ref.future()

    def complete(self, name: str, future: Future[Any], store: ShardStore) -> int:
        try:
            return int(future.result())
        except self.ray.exceptions.RayTaskError as exc:
            cause = getattr(exc, "cause", None)
            if isinstance(cause, CommentsError):  # e.g. a full disk: its own message
                raise cause from None
            raise

    def __enter__(self) -> _RayChunks:
        return self

    def __exit__(self, *_: object) -> None:
        for actor in self.actors:
            self.ray.kill(actor)


def _toxicity_actors(ray: Any, options: RunOptions, cpus: int, gpus: int) -> list[Any]:
    """One actor per GPU; on CPU-only clusters one per CPU_ACTOR_CORES CPUs (at least one)."""
    count = gpus or max(1, cpus // CPU_ACTOR_CORES)
    actor = ray.remote(num_cpus=1, num_gpus=1 if gpus else 0, memory=TOXICITY_ACTOR_MEMORY)(
        _ToxicityActor
    )
    return [actor.remote(options) for _ in range(count)]


# -- run on Ray workers ---------------------------------------------------------------


def _process_chunk(
    docs: list[Document],
    toxicity_model: str | None,
    all_languages: bool,
    name: str | None,
    out: str | None,
) -> Any:
    """Parse + VADER (+ toxicity for the models scored in CPU workers); write the chunk's
    shards and return its page count, or (``name`` None) return the tables."""
    pages, units, scores = parse_and_score(docs, toxicity_model, all_languages)
    if name is None or out is None:
        return pages, units, scores
    ShardStore(out).write_chunk(name, pages, units, scores)
    return pages.height


class _ToxicityActor:
    """Loads the toxicity model once, then scores and writes every chunk sent to it."""

    def __init__(self, options: RunOptions) -> None:
        self.scorer = make_toxicity_scorer(options)
        self.all_languages = options.all_languages

    def score_and_write(
        self, parsed: tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame], name: str, out: str
    ) -> int:
        pages, units, scores = parsed
        scores = add_toxicity(scores, units, self.scorer, self.all_languages)
        ShardStore(out).write_chunk(name, pages, units, scores)
        return int(pages.height)
