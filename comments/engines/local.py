"""The local engine: parse and VADER on every core, toxicity batched in this process
(the linear tier, cheap and CPU-only, runs in the workers too).

The chunk loop (stable chunks, resume, the lock) is :mod:`.runner`'s; this module only
says how a chunk is processed. At most ``2 x workers`` chunks are in flight at once, so
memory stays flat however large the corpus is. Workers are spawned processes bound to
this one (:mod:`.lifeline`): killed, even by SIGKILL, it takes them with it. This module
never imports ray.
"""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from ..corpus import Document
from ..errors import CommentsError
from .lifeline import bind_to_parent
from .options import RunOptions, RunSummary, make_toxicity_scorer, scorer_identity
from .runner import run_chunks
from .shards import ShardStore
from .stages import IN_WORKER_MODELS, add_toxicity, parse_and_score

__all__ = ["IN_FLIGHT_PER_WORKER", "run_local"]

# Chunks queued per worker: enough to keep workers busy while the main process scores
# toxicity and writes shards, few enough that memory does not grow with the corpus.
IN_FLIGHT_PER_WORKER = 2


def run_local(options: RunOptions, *, toxicity: Any = "auto") -> RunSummary:
    """Parse and score ``options.inputs`` into shards under ``options.out``.

    ``toxicity`` is a scorer (``name``, ``identity``, ``columns``, ``score``: see
    :class:`comments.scoring.pipeline.TextScorer`), None for no toxicity,
    or ``"auto"`` to build the one the options name. Re-running the same call resumes.
    Workers are spawned processes: call this from a script under
    ``if __name__ == "__main__":``.

    >>> import tempfile
    >>> out = tempfile.mkdtemp()
    >>> summary = run_local(RunOptions(("seeds",), out, workers=0, quiet=True,
    ...                                toxicity_model="none"))
    >>> summary.pages, summary.chunks_written
    (5, 1)
    """
    scorer = make_toxicity_scorer(options) if toxicity == "auto" else toxicity
    return run_chunks(options, scorer_identity(scorer), lambda: _LocalChunks(options, scorer))


class _LocalChunks:
    """Parse + VADER (and the linear tier) in a process pool; other toxicity models and
    the shard writes in this process."""

    def __init__(self, options: RunOptions, scorer: Any) -> None:
        workers = options.worker_count
        # The linear tier scores in the workers (it would make this process the bottleneck).
        in_worker = scorer is not None and workers > 0 and scorer.name in IN_WORKER_MODELS
        self.worker_model = scorer.name if in_worker else None
        self.scorer = None if in_worker else scorer  # what this process still has to score
        self.slots = max(1, workers) * IN_FLIGHT_PER_WORKER
        self.all_languages = options.all_languages
        self.pool = _executor(workers)

    def submit(self, name: str, docs: list[Document]) -> Future[Any]:
        return self.pool.submit(parse_and_score, docs, self.worker_model, self.all_languages)

    def complete(self, name: str, future: Future[Any], store: ShardStore) -> int:
        try:
            pages, units, scores = future.result()
        except BrokenProcessPool as exc:
            raise CommentsError(
                f"a worker process died while parsing {name} (killed, out of memory, or "
                "started from a script without `if __name__ == '__main__':`); run the same "
                "command again to resume, perhaps with fewer --workers"
            ) from exc
        if self.scorer is not None:
            scores = add_toxicity(scores, units, self.scorer, self.all_languages)
        store.write_chunk(name, pages, units, scores)
        return int(pages.height)

    def __enter__(self) -> _LocalChunks:
        return self

    def __exit__(self, kind: object, *_: object) -> None:
        # Ctrl-C or an error: drop queued chunks instead of finishing them first (their
        # shards would be redone on resume anyway).
        self.pool.shutdown(wait=kind is None, cancel_futures=kind is not None)


def _executor(workers: int) -> Executor:
    if workers == 0:
        return _InlineExecutor()
    # spawn, not fork: the main process may hold torch/polars thread pools that a
    # forked child would inherit in a broken state.
    return ProcessPoolExecutor(
        workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=bind_to_parent,
        initargs=(os.getpid(),),
    )


class _InlineExecutor(Executor):
    """Runs each task at submit time in this process (``--workers 0``: no pool)."""

    def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> Future[Any]:
        future: Future[Any] = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except Exception as exc:  # re-raised by future.result(), as a pool would
            future.set_exception(exc)
        return future
