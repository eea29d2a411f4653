"""Drawing every figure of the report for 1,000 pages: under 10 s, analysis included.

A synthetic corpus (``comments.report.synthetic``: parsed and scored tables, ~20 units a
page) is built first and not timed; then the report's figures are computed, drawn and
saved as PNG at the report's resolution, which is what ``comments report`` spends after
scoring. Also times 100,000 pages (no target; to show that it stays bounded) and prints
the share of the numbers (one pass over the tables, ``comments.report.aggregate``) and of
each figure. Run: ``python benchmarks/figure_speed.py [PAGES ...]``.
"""

from __future__ import annotations

import io
import os
import platform
import sys
import time

from comments.report.aggregate import report_inputs
from comments.report.registry import FIGURES
from comments.report.synthetic import synthetic_tables
from comments.report.write import _DPI

TARGET_PAGES = 1000
TARGET_SECONDS = 10.0


def draw_all(n_pages: int) -> tuple[float, dict[str, float], int]:
    """Seconds to compute, draw and save every figure for ``n_pages`` synthetic pages,
    per-figure seconds (and ``cpu``: this process's CPU seconds, which other jobs on the
    machine disturb less than the wall clock), and the number of units."""
    pages, units, scores = synthetic_tables(n_pages, seed=0)
    start, cpu = time.perf_counter(), time.process_time()
    inputs = report_inputs(pages, units, scores)  # every figure's numbers, in one pass
    each = {"numbers": time.perf_counter() - start}
    for spec in FIGURES:
        began = time.perf_counter()
        figure = spec.draw(inputs)
        if figure is not None:
            figure.savefig(io.BytesIO(), format="png", dpi=_DPI)
        each[spec.stem] = time.perf_counter() - began
    each["cpu"] = time.process_time() - cpu
    return time.perf_counter() - start, each, units.height


def machine() -> str:
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return f"{platform.processor() or platform.machine()}, {cores} cores, load {load:.1f}"


def main(sizes: list[int]) -> int:
    print(f"machine: {machine()}; python {platform.python_version()}")
    ok = True
    for n_pages in sizes:
        seconds, each, n_units = draw_all(n_pages)
        cpu = each.pop("cpu")
        shares = ", ".join(f"{stem[:2]} {s:.1f}" for stem, s in each.items())
        print(
            f"{n_pages:>7,} pages {n_units:>9,} units: {seconds:6.1f} s wall, {cpu:5.1f} s CPU"
            f"  (per figure: {shares})"
        )
        if n_pages == TARGET_PAGES:
            passed = seconds < TARGET_SECONDS
            ok &= passed
            verdict = "PASS" if passed else "FAIL"
            print(
                f"{verdict}: all figures for {TARGET_PAGES:,} pages in {seconds:.1f} s "
                f"(target < {TARGET_SECONDS:.0f} s)"
            )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main([int(a) for a in sys.argv[1:]] or [TARGET_PAGES, 100_000]))
