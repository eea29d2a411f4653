"""The Ray engine: the local engine's stages as a Ray Data pipeline, for clusters.

::

    input files ─▶ read (CPU tasks: comments.corpus readers, one file at a time)
                ─▶ parse + VADER (CPU map_batches, polars inside)
                ─▶ toxicity (actor pool: one model load per actor, one GPU each if any;
                             the linear tier and "none" are scored in the stage above)
                ─▶ write shards (CPU map_batches; the same layout as the local engine)

Batches travel between stages as Arrow tables: one row per page, its units (with
their scores so far) nested as a list of structs, so a page and its units never split.
On a cluster, ``--out`` must be a folder every node can write (a shared filesystem).

Ray is imported only inside these functions; it is the optional ``comments[ray]``
extra. The Ray engine does not resume a killed run (Ray decides batch boundaries,
so chunks are not reproducible): rerun it with ``--overwrite``.
"""

from __future__ import annotations

import dataclasses
import hashlib
import time
from collections.abc import Iterator
from typing import Any

import polars as pl

from ..corpus import Document, iter_documents, parse_documents
from ..errors import InputError
from ..extras import require
from ..scoring.resolve import resolve_toxicity
from ..tables import PAGES_SCHEMA, SCORES_SCHEMA, UNITS_SCHEMA
from .inputs import count_documents, input_files
from .options import NO_TOXICITY, RunOptions, RunSummary, make_toxicity_scorer, run_manifest
from .progress import progress_bar
from .shards import ShardStore
from .stages import IN_WORKER_MODELS, add_toxicity, worker_scores

__all__ = ["run_ray"]

# Every Document field travels (origin and warning end up in error messages and warnings).
_DOCUMENT_COLUMNS = tuple(field.name for field in dataclasses.fields(Document))
_ROW = "_page"  # a page's row number inside its batch: the key that nests its units
TOXICITY_ACTOR_MEMORY = 1 << 30  # bytes reserved per toxicity actor (Detoxify needs ~1 GiB)
READ_TASK_CPUS = 0.25  # CPUs requested per read task
CPU_ACTOR_CORES = 4  # cluster CPUs per toxicity actor at most, when there are no GPUs


def run_ray(options: RunOptions) -> RunSummary:
    """Run the pipeline on the Ray instance this process is connected to (or a new
    local one), writing the shard layout of :mod:`comments.engines.shards`."""
    ray = require("ray", "ray", "--engine ray")
    started = time.perf_counter()
    if options.toxicity_model is None:
        # Settle the default here (Detoxify if its weights are here, else the linear
        # tier), so that every actor on every node loads the same model; nothing loads.
        choice = resolve_toxicity(None, options.model_dir, load=False)
        options = dataclasses.replace(options, toxicity_model=choice.name)
    store = ShardStore(options.out)
    store.claim(run_manifest(options, options.toxicity_model), overwrite=options.overwrite)
    store.discard_incomplete()
    if store.done_chunks():
        raise InputError(
            f"{store.root}: holds shards of an earlier ray run, which cannot resume; "
            "pass --overwrite to start over (or use --engine local, which resumes)"
        )
    if not ray.is_initialized():
        ray.init(logging_level="WARNING")
    ray.data.DataContext.get_current().enable_progress_bars = False
    files = input_files(options.inputs)
    written = _pipeline(ray, options, [str(f) for f in files])
    bar = progress_bar(total=count_documents(files), initial=0, quiet=options.quiet)
    chunks = 0
    with bar:
        for batch in written.iter_batches(batch_format="pyarrow", batch_size=None):
            chunks += batch.num_rows
            bar.update(sum(batch.column("pages").to_pylist()))
    totals = store.done_chunks().values()
    return RunSummary(
        out=store.root,
        pages=sum(c["pages"] for c in totals),
        units=sum(c["units"] for c in totals),
        chunks_written=chunks,
        chunks_skipped=0,
        seconds=time.perf_counter() - started,
    )


def _pipeline(ray: Any, options: RunOptions, files: list[str]) -> Any:
    """The lazy Ray dataset of written chunks (one row per chunk: name and counts)."""
    size = options.chunk_size
    gpus = int(ray.cluster_resources().get("GPU", 0))
    paths = ray.data.from_items(
        [{"path": f} for f in files], override_num_blocks=min(len(files), 4096)
    )
    docs = paths.map_batches(
        _read_documents,
        batch_size=size,
        batch_format="pyarrow",
        fn_kwargs={"fields": options.field_options, "size": size},
        # Reading is I/O-bound. Asking for less than a core also keeps Ray from fusing
        # parsing into the read task, so one big input file still parses on every CPU.
        num_cpus=READ_TASK_CPUS,
    )
    # "none" and the linear tier are scored in the CPU stage; other models in actors.
    cpu_toxicity = options.toxicity_model in (NO_TOXICITY, *IN_WORKER_MODELS)
    parsed = docs.map_batches(
        _parse_and_score,
        batch_size=size,
        batch_format="pyarrow",
        fn_kwargs={
            "toxicity_model": options.toxicity_model if cpu_toxicity else None,
            "all_languages": options.all_languages,
        },
    )
    scored = (
        parsed
        if cpu_toxicity
        else parsed.map_batches(
            _ToxicityActor,
            batch_size=size,
            batch_format="pyarrow",
            fn_constructor_kwargs={"options": options},
            compute=_actor_pool(ray, gpus),
            num_gpus=1 if gpus else 0,
            # Room for the model. A resource request unlike the CPU stages' also stops Ray
            # fusing parse + VADER into the actors, which would run them on the actors only.
            memory=TOXICITY_ACTOR_MEMORY,
        )
    )
    return scored.map_batches(
        _write_shards, batch_size=size, batch_format="pyarrow", fn_kwargs={"out": str(options.out)}
    )


def _actor_pool(ray: Any, gpus: int) -> Any:
    """One actor per GPU; on CPU-only clusters, from one up to one per CPU_ACTOR_CORES."""
    if gpus:
        return ray.data.ActorPoolStrategy(size=gpus)
    cpus = int(ray.cluster_resources().get("CPU", 1))
    return ray.data.ActorPoolStrategy(min_size=1, max_size=max(1, cpus // CPU_ACTOR_CORES))


# -- stages (run on Ray workers) ------------------------------------------------------


def _read_documents(batch: Any, fields: dict[str, str], size: int) -> Iterator[Any]:
    """Input paths -> document rows, yielded ``size`` at a time (large files stream)."""
    rows: list[Document] = []
    for path in batch.column("path").to_pylist():
        for doc in iter_documents([path], **fields):
            rows.append(doc)
            if len(rows) >= size:
                yield _documents_table(rows)
                rows = []
    if rows:
        yield _documents_table(rows)


def _documents_table(docs: list[Document]) -> Any:
    frame = pl.DataFrame(
        {name: [getattr(d, name) for d in docs] for name in _DOCUMENT_COLUMNS},
        schema=dict.fromkeys(_DOCUMENT_COLUMNS, pl.String),
    )
    return _to_arrow(frame)


def _parse_and_score(batch: Any, toxicity_model: str | None, all_languages: bool) -> Any:
    """Document rows -> page rows with their units and scores nested (toxicity too when
    ``toxicity_model`` is one scored in CPU workers)."""
    docs = [Document(**row) for row in batch.select(list(_DOCUMENT_COLUMNS)).to_pylist()]
    pages, units = parse_documents(docs)
    scores = worker_scores(units, toxicity_model, all_languages).drop("unit_id")
    return _to_arrow(_nest(pages, pl.concat([units, scores], how="horizontal")))


class _ToxicityActor:
    """Loads the toxicity model once, then scores every batch sent to this actor."""

    def __init__(self, options: RunOptions) -> None:
        self.scorer = make_toxicity_scorer(options)
        self.all_languages = options.all_languages

    def __call__(self, batch: Any) -> Any:
        pages, rows = _unnest(pl.from_arrow(batch))
        units = rows.select(list(UNITS_SCHEMA))
        scores = add_toxicity(
            rows.select(list(SCORES_SCHEMA)), units, self.scorer, self.all_languages
        )
        scored = pl.concat([units, scores.drop("unit_id")], how="horizontal")
        return _to_arrow(_nest(pages, scored))


def _write_shards(batch: Any, out: str) -> Any:
    """Write one batch as one chunk of shards; return its name and counts."""
    import pyarrow as pa

    pages, units = _unnest(pl.from_arrow(batch))
    # Named by content: the same batch always lands in the same files.
    ids = "\n".join(pages["page_id"] + "\0" + pages["source"]).encode("utf-8")
    name = f"ray-{hashlib.sha1(ids).hexdigest()[:16]}-{pages.height}"
    ShardStore(out).write_chunk(
        name,
        pages.select(list(PAGES_SCHEMA)),
        units.select(list(UNITS_SCHEMA)),
        units.select(list(SCORES_SCHEMA)),
    )
    return pa.table({"chunk": [name], "pages": [pages.height], "units": [units.height]})


# -- nesting units under their pages ------------------------------------------------


def _nest(pages: pl.DataFrame, units: pl.DataFrame) -> pl.DataFrame:
    """Pages plus a ``units`` list column of their units' rows (units in page order, as
    :func:`comments.corpus.parse_documents` gives them: each page's rows together)."""
    counts = pages["n_paragraphs"] + pages["n_comments"] + pages["n_pingbacks"]
    owner = [row for row, count in enumerate(counts.to_list()) for _ in range(count)]
    if len(owner) != units.height:
        raise ValueError(f"{units.height} units for pages that count {len(owner)}")
    keyed = units.with_columns(pl.Series(_ROW, owner, pl.UInt32))
    nested = keyed.group_by(_ROW, maintain_order=True).agg(pl.struct(units.columns).alias("units"))
    rows = pages.with_row_index(_ROW)
    return rows.join(nested, on=_ROW, how="left").sort(_ROW).drop(_ROW)


def _unnest(batch: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """The inverse of :func:`_nest`: the pages and their flat units rows."""
    units = batch.select("units").explode("units").unnest("units")
    return batch.drop("units"), units.filter(pl.col("unit_id").is_not_null())


def _to_arrow(frame: pl.DataFrame) -> Any:
    # Plain (large_)string Arrow types: Ray concatenates blocks, view types trip it up.
    return frame.to_arrow(compat_level=pl.CompatLevel.oldest())
