"""Worker processes that die with the process that started them.

A pool worker waits on a pipe for its next task. When the main process is killed
outright (SIGKILL, the OOM killer) it cannot tell its workers to stop, and they would
wait on that pipe forever, each holding its memory. :func:`bind_to_parent`, run in every
worker as the pool's initializer, prevents that twice over:

- on Linux, the kernel sends the worker SIGKILL the moment its parent dies
  (``prctl(PR_SET_PDEATHSIG)``);
- everywhere, a daemon thread checks every ``POLL_SECONDS`` that the parent is still the
  same process, and ends the worker when it is not.

    >>> import subprocess
    >>> worker = "import os; from comments.engines.lifeline import bind_to_parent; "
    >>> worker += "bind_to_parent(os.getppid()); print('bound to', os.getppid() > 0)"
    >>> subprocess.run([sys.executable, "-c", worker], capture_output=True, text=True).stdout
    'bound to True\\n'
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
import sys
import threading
import time

__all__ = ["EXIT_ORPHANED", "POLL_SECONDS", "bind_to_parent"]

POLL_SECONDS = 1.0
EXIT_ORPHANED = 3  # exit status of a worker whose parent died
PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def bind_to_parent(parent_pid: int) -> None:
    """End this process when ``parent_pid`` (its parent) dies; exit now if it already has."""
    _kernel_parent_death_signal()
    if os.getppid() != parent_pid:  # the parent died before the signal was armed
        os._exit(EXIT_ORPHANED)
    watcher = threading.Thread(
        target=_watch_parent, args=(parent_pid,), name="comments-lifeline", daemon=True
    )
    watcher.start()


def _kernel_parent_death_signal() -> None:
    """Ask Linux to SIGKILL this process when its parent dies (a no-op elsewhere)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # no libc by that name: the watcher still works
        return


def _watch_parent(parent_pid: int) -> None:
    while os.getppid() == parent_pid:
        time.sleep(POLL_SECONDS)
    os._exit(EXIT_ORPHANED)
