"""``run(options)``: hand a corpus run to the engine its options name.

>>> from comments.engines import RunOptions
>>> import tempfile
>>> run(RunOptions(("seeds",), tempfile.mkdtemp(), workers=0, quiet=True,
...                toxicity_model="none")).pages
5
"""

from __future__ import annotations

from typing import Any

from .options import RunOptions, RunSummary

__all__ = ["run"]


def run(options: RunOptions, *, toxicity: Any = "auto") -> RunSummary:
    """Run the engine ``options.engine`` names; ``toxicity`` overrides the scorer
    (``"auto"``: built from the options; the Ray engine always builds its own)."""
    if options.engine == "ray":
        from .ray_engine import run_ray

        return run_ray(options)
    from .local import run_local

    return run_local(options, toxicity=toxicity)
