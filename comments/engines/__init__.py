"""Corpus-scale runs: parse and score a whole corpus into Parquet shards.

Two engines share one shard layout (:mod:`.shards`), one set of options
(:mod:`.options`), one chunk loop (:mod:`.runner`: stable chunks, unique page ids, resume,
the folder lock) and one set of per-chunk stages (:mod:`.stages`):

- ``local`` (:mod:`.local`): a process pool for parsing and VADER (workers die with
  this process, :mod:`.lifeline`), toxicity batched in the main process;
- ``ray`` (:mod:`.ray_engine`): the same chunks as Ray tasks, toxicity in an actor pool,
  for clusters (needs the ``comments[ray]`` extra).

This module only re-exports; :func:`run` (:mod:`.dispatch`) picks the engine.
"""

from __future__ import annotations

from .dispatch import run
from .options import ENGINES, NO_TOXICITY, RunOptions, RunSummary

__all__ = ["ENGINES", "NO_TOXICITY", "RunOptions", "RunSummary", "run"]
