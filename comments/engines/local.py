"""The local engine: parse and VADER on every core, toxicity batched in this process
(the linear tier, cheap and CPU-only, runs in the workers too).

Documents stream from :func:`comments.corpus.iter_documents` in their stable order and
are cut into fixed-size chunks, so chunk *i* always holds the same documents: that is
what lets a killed run resume (completed chunks are skipped, the rest redone). At most
``2 x workers`` chunks are in flight at once, so memory stays flat however large the
corpus is. This module never imports ray.
"""

from __future__ import annotations

import itertools
import multiprocessing
import time
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, Executor, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from ..corpus import Document, iter_documents
from ..errors import CommentsError
from .inputs import count_documents, input_files
from .options import (
    RunOptions,
    RunSummary,
    make_toxicity_scorer,
    run_manifest,
    scorer_identity,
)
from .progress import progress_bar
from .shards import ShardStore, chunk_name
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
    started = time.perf_counter()
    scorer = make_toxicity_scorer(options) if toxicity == "auto" else toxicity
    store = ShardStore(options.out)
    store.claim(run_manifest(options, scorer_identity(scorer)), overwrite=options.overwrite)
    store.discard_incomplete()
    done = store.done_chunks()
    written = _run_chunks(options, store, scorer, skip=set(done))
    totals = store.done_chunks()
    return RunSummary(
        out=store.root,
        pages=sum(c["pages"] for c in totals.values()),
        units=sum(c["units"] for c in totals.values()),
        chunks_written=written,
        chunks_skipped=len(done),
        seconds=time.perf_counter() - started,
    )


def _chunks(options: RunOptions) -> Iterator[tuple[str, list[Document]]]:
    """(name, documents) of every chunk, in input order; the same on every call."""
    docs = iter_documents(list(options.inputs), **options.field_options)
    for index in itertools.count():
        batch = list(itertools.islice(docs, options.chunk_size))
        if not batch:
            return
        yield chunk_name(index), batch


def _run_chunks(options: RunOptions, store: ShardStore, scorer: Any, skip: set[str]) -> int:
    workers = options.worker_count
    done_pages = sum(c["pages"] for c in store.done_chunks().values())
    bar = progress_bar(
        total=count_documents(input_files(options.inputs)), initial=done_pages, quiet=options.quiet
    )
    # The linear tier scores in the workers (it would make this process the bottleneck).
    in_worker = scorer is not None and workers > 0 and scorer.name in IN_WORKER_MODELS
    worker_model = scorer.name if in_worker else None
    main_scorer = None if in_worker else scorer  # what this process still has to score
    every_lang = options.all_languages
    written = 0
    pool = _executor(workers)
    try:
        with bar:
            in_flight: dict[Future[Any], str] = {}
            for name, docs in _chunks(options):
                if name in skip:
                    continue
                while len(in_flight) >= max(1, workers) * IN_FLIGHT_PER_WORKER:
                    written += _finish_some(in_flight, store, main_scorer, bar, every_lang)
                job = pool.submit(parse_and_score, docs, worker_model, options.all_languages)
                in_flight[job] = name
            while in_flight:
                written += _finish_some(in_flight, store, main_scorer, bar, every_lang)
    except BaseException:
        # Ctrl-C or an error: drop queued chunks instead of finishing them first (their
        # shards would be redone on resume anyway).
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown()
    return written


def _finish_some(
    in_flight: dict[Future[Any], str],
    store: ShardStore,
    scorer: Any,
    bar: Any,
    all_languages: bool = False,
) -> int:
    """Wait for at least one chunk, score its toxicity here (unless ``scorer`` is None:
    done in the worker, or not asked for) and write its shards."""
    finished, _ = wait(in_flight, return_when=FIRST_COMPLETED)
    for future in finished:
        name = in_flight.pop(future)
        try:
            pages, units, scores = future.result()
        except BrokenProcessPool as exc:
            raise CommentsError(
                f"a worker process died while parsing {name} (killed, out of memory, or "
                "started from a script without `if __name__ == '__main__':`); run the same "
                "command again to resume, perhaps with fewer --workers"
            ) from exc
        if scorer is not None:
            scores = add_toxicity(scores, units, scorer, all_languages)
        store.write_chunk(name, pages, units, scores)
        bar.update(pages.height)
    return len(finished)


def _executor(workers: int) -> Executor:
    if workers == 0:
        return _InlineExecutor()
    # spawn, not fork: the main process may hold torch/polars thread pools that a
    # forked child would inherit in a broken state.
    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"))


class _InlineExecutor(Executor):
    """Runs each task at submit time in this process (``--workers 0``: no pool)."""

    def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> Future[Any]:
        future: Future[Any] = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except Exception as exc:  # re-raised by future.result(), as a pool would
            future.set_exception(exc)
        return future
