"""A guard for tests of inputs that used to hang or take minutes: the block must finish
within a budget hundreds of times what the fixed code needs, so the test fails (instead
of hanging the suite) when a quadratic path or a blocking read comes back; it is not a
speed test.

    >>> with finishes_within(5):
    ...     sum(range(10))
    45
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from typing import Any

__all__ = ["GuardTimeoutError", "finishes_within"]


class GuardTimeoutError(AssertionError):
    """The guarded block ran past its budget."""


@contextlib.contextmanager
def finishes_within(seconds: int) -> Iterator[None]:
    """Fail with :class:`GuardTimeoutError` when the block runs longer than ``seconds``
    (SIGALRM; on the main thread of a POSIX system, else the block just runs)."""
    if not hasattr(signal, "SIGALRM") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(*_: Any) -> None:
        raise GuardTimeoutError(f"still running after {seconds} s: it hangs or is superlinear")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
