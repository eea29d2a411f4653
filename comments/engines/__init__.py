"""Corpus-scale runs: parse and score a whole corpus into Parquet shards.

Two engines share one shard layout (:mod:`.shards`), one set of options
(:mod:`.options`) and one set of per-chunk stages (:mod:`.stages`):

- ``local`` (:mod:`.local`): a process pool for parsing and VADER, toxicity batched
  in the main process, resumable chunk by chunk;
- ``ray`` (:mod:`.ray_data`): the same stages as a Ray Data pipeline, for clusters
  (needs the ``comments[ray]`` extra).

This module only re-exports; :func:`run` (:mod:`.dispatch`) picks the engine.
"""

from __future__ import annotations

from .dispatch import run
from .options import ENGINES, NO_TOXICITY, RunOptions, RunSummary

__all__ = ["ENGINES", "NO_TOXICITY", "RunOptions", "RunSummary", "run"]
