"""The progress bar of a corpus run: pages done, pages/s and ETA on a terminal, silent
otherwise (a log file or CI output gets no carriage-return noise).

>>> with progress_bar(total=10, initial=0, quiet=True) as bar:
...     bar.disable
True
"""

from __future__ import annotations

import sys
from typing import Any

__all__ = ["progress_bar"]


def progress_bar(*, total: int | None, initial: int, quiet: bool) -> Any:
    """A tqdm bar counting pages; disabled when ``quiet`` or stderr is not a terminal."""
    from tqdm.auto import tqdm

    return tqdm(
        total=total,
        initial=initial,
        unit="pages",
        unit_scale=True,
        smoothing=0.05,
        dynamic_ncols=True,
        disable=quiet or not sys.stderr.isatty(),
    )
