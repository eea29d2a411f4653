"""The chunk loop both engines run: lock and claim the folder, skip completed chunks, keep
a bounded number of chunks in flight, record the finished run.

Documents stream from :func:`comments.corpus.iter_documents` in their stable order (each
page id made unique on the way) and are cut into fixed-size chunks, so chunk *i* always
holds the same documents and gets the same name (``chunk-NNNNNN``) whatever the engine:
that is what lets a killed run resume — completed chunks are skipped, the rest redone.
An engine only says how a chunk is processed (a :class:`ChunkExecutor`): the local
engine in a process pool, the Ray engine in cluster tasks.

>>> import tempfile
>>> from comments.engines.options import RunOptions
>>> options = RunOptions(("seeds",), tempfile.mkdtemp(), workers=0, toxicity_model="none")
>>> [(name, len(docs)) for name, docs in document_chunks(options)]
[('chunk-000000', 5)]
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, wait
from typing import Any, Protocol

from ..corpus import Document, iter_documents
from .inputs import count_documents, input_files
from .options import RunOptions, RunSummary, run_manifest
from .progress import progress_bar
from .shards import ShardStore, chunk_name

__all__ = ["ChunkExecutor", "document_chunks", "run_chunks"]


class ChunkExecutor(Protocol):
    """How an engine processes chunks (used as a context manager around the loop)."""

    slots: int  # the most chunks in flight at once

    def submit(self, name: str, docs: list[Document]) -> Future[Any]:
        """Start processing one chunk."""
        ...

    def complete(self, name: str, future: Future[Any], store: ShardStore) -> int:
        """Finish a chunk whose future is done (its shards written when this returns);
        return its page count."""
        ...

    def __enter__(self) -> ChunkExecutor: ...

    def __exit__(self, kind: object, /, *exc: object) -> None: ...  # kind: None unless raised


def run_chunks(
    options: RunOptions,
    toxicity_identity: str | None,
    executor: Callable[[], ChunkExecutor],
) -> RunSummary:
    """Run ``options`` with the chunk executor that ``executor()`` builds (after the
    folder is claimed, so that a refused folder costs no pool or cluster start)."""
    started = time.perf_counter()
    store = ShardStore(options.out)
    with store.locked():
        store.claim(run_manifest(options, toxicity_identity), overwrite=options.overwrite)
        store.discard_incomplete()
        done = store.done_chunks()
        with executor() as chunks:
            written = _loop(options, store, chunks, done)
        totals = store.finish()
    return RunSummary(
        out=store.root,
        pages=totals["pages"],
        units=totals["units"],
        chunks_written=written,
        chunks_skipped=len(done),
        seconds=time.perf_counter() - started,
    )


def document_chunks(options: RunOptions) -> Iterator[tuple[str, list[Document]]]:
    """(name, documents) of every chunk, in input order; the same on every call."""
    docs = iter_documents(list(options.inputs), **options.field_options)
    for index in itertools.count():
        batch = list(itertools.islice(docs, options.chunk_size))
        if not batch:
            return
        yield chunk_name(index), batch


def _loop(
    options: RunOptions, store: ShardStore, chunks: ChunkExecutor, done: dict[str, Any]
) -> int:
    bar = progress_bar(
        total=count_documents(input_files(options.inputs)),
        initial=sum(c["pages"] for c in done.values()),
        quiet=options.quiet,
    )
    in_flight: dict[Future[Any], str] = {}
    written = 0
    with bar:
        for name, docs in document_chunks(options):
            if name in done:
                continue
            while len(in_flight) >= max(1, chunks.slots):
                written += _finish_some(in_flight, chunks, store, bar)
            in_flight[chunks.submit(name, docs)] = name
        while in_flight:
            written += _finish_some(in_flight, chunks, store, bar)
    return written


def _finish_some(
    in_flight: dict[Future[Any], str], chunks: ChunkExecutor, store: ShardStore, bar: Any
) -> int:
    """Wait for at least one chunk and complete every finished one."""
    finished, _ = wait(in_flight, return_when=FIRST_COMPLETED)
    for future in finished:
        bar.update(chunks.complete(in_flight.pop(future), future, store))
    return len(finished)
