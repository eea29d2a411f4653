"""The report stage: tables in, figures, ``summary.csv`` and ``index.html`` out.

- :mod:`.analysis` — the numbers behind the figures (polars tables, no plotting);
- :mod:`.figures` — one function per figure (matplotlib, the ``report`` extra);
- :mod:`.registry` — the one list of figures: stem, caption, how to draw it;
- :mod:`.html` — ``index.html``;
- :mod:`.build` — load or read shards, score, analyse, draw (:func:`build_report`);
- :mod:`.write` — write it all to a folder (:func:`write_report`).

The command is ``comments report`` (:mod:`comments.cli.report`; ``python -m
comments.report`` is the same). This module only re-exports.
"""

from __future__ import annotations

from .build import Report, build_report, read_run
from .write import write_report

__all__ = ["Report", "build_report", "read_run", "write_report"]
