"""Peak memory (RSS) of ``comments report --from`` on runs of 1k, 10k and 100k pages.

Each size gets a synthetic run folder written through :class:`ShardStore` (no parsing or
scoring: pages of 10 units on average, article paragraphs, comment threads up to 4 deep,
pingbacks, VADER-like and linear-tier scores, chunks of 1,000 pages). Three commands are
measured on each, every one in its own process, and the peak RSS of that process is
reported (``getrusage`` of a wrapper that ran only it):

- ``baseline``: Python importing ``comments.report`` (interpreter, polars, matplotlib):
  the floor every report pays;
- ``reader``: the streaming reader of ``comments.engines.shards`` — mean scores by unit
  kind aggregated chunk by chunk (``ShardStore.iter_frames``): the least a report that
  reads every row can hold;
- ``report``: ``comments report --from RUN --out OUT --quiet``, which reads the run in
  batches of whole pages and folds its numbers (``comments.report.aggregate``), stages
  the per-page and per-thread rows on disk and streams the Parquet copies.

Targets, as ratios within one run of this script (absolute figures depend on the machine
and on what else runs on it): the report's peak RSS at the largest size within 1.5x of its
peak at the smallest, and the reader's too (PASS/FAIL lines). The figures in the README
were taken on the 2-core AMD EPYC development machine, shared with other jobs; the
first line of the output names the machine it ran on.

A command that passes ``--cap-gb`` of RSS or ``--timeout`` seconds is stopped, and its
figure is the peak it had reached, marked "> … (cap)" / "> … (timeout)".

Usage::

    python benchmarks/report_memory.py                      # 1k, 10k, 100k pages
    python benchmarks/report_memory.py --sizes 1000 10000 --cap-gb 8 --timeout 900
"""

from __future__ import annotations

import argparse
import json
import platform
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
import polars as pl
from figure_speed import machine  # this script's folder: the same machine line

from comments.engines.shards import ShardStore
from comments.tables import PAGES_SCHEMA, SCORES_SCHEMA, UNITS_SCHEMA

ROOT = Path(__file__).resolve().parent.parent
CHUNK_PAGES = 1000
MEAN_UNITS = 10
WORDS = [
    "the", "council", "met", "on", "tuesday", "to", "discuss", "budget", "schools", "you",
    "idiot", "great", "point", "thanks", "wrong", "story", "news", "agree", "disagree",
    "love", "hate", "people", "government", "year", "really", "why", "what",
]  # fmt: skip
TARGET_GROWTH = 1.5  # peak at the largest size / peak at the smallest

# Runs one command, stops it past the caps, prints its peak RSS in bytes (or a reason).
WRAPPER = """
import json, os, resource, subprocess, sys, time
cap, timeout, command = int(sys.argv[1]), float(sys.argv[2]), sys.argv[3:]
child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
started, stopped = time.monotonic(), None
while child.poll() is None:
    try:
        status = open(f"/proc/{child.pid}/status").read()
        rss = int(status.split("VmRSS:")[1].split()[0]) * 1024
    except (OSError, IndexError, ValueError):
        rss = 0
    if rss > cap or time.monotonic() - started > timeout:
        stopped = "cap" if rss > cap else "timeout"
        child.kill()
    time.sleep(0.05)
child.wait()
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
seconds = time.monotonic() - started
error = child.stderr.read().decode(errors="replace")[-400:] if child.returncode else ""
print(json.dumps({"peak": peak, "stopped": stopped, "status": child.returncode,
                  "seconds": seconds, "error": error}))
"""

READER = """
import sys, polars as pl
from comments.engines.shards import ShardStore
store = ShardStore(sys.argv[1])
sums = None
columns = ["unit_id", "sentiment_compound", "toxicity"]
for units, scores in zip(store.iter_frames("units", ["unit_id", "kind"]),
                         store.iter_frames("scores", columns)):
    part = units.join(scores, on="unit_id").group_by("kind").agg(
        pl.len().alias("n"), pl.col("sentiment_compound").sum(), pl.col("toxicity").sum())
    sums = part if sums is None else pl.concat([sums, part]).group_by("kind").sum()
print(sums.sort("kind"))
"""


def write_run(folder: Path, n_pages: int, seed: int = 0) -> int:
    """A synthetic run of ``n_pages`` pages; returns its unit count."""
    rng = np.random.default_rng(seed)
    store = ShardStore(folder)
    store.claim({"benchmark": "report_memory", "pages": n_pages}, overwrite=True)
    units_total = 0
    for chunk, start in enumerate(range(0, n_pages, CHUNK_PAGES)):
        ids = [f"page{n:07d}" for n in range(start, min(start + CHUNK_PAGES, n_pages))]
        pages, units = _chunk_tables(ids, rng)
        scores = _scores(units, rng)
        store.write_chunk(f"chunk-{chunk:06d}", pages, units, scores)
        units_total += units.height
    store.finish()
    return units_total


def _chunk_tables(ids: list[str], rng: np.random.Generator) -> tuple[pl.DataFrame, pl.DataFrame]:
    page_rows, unit_rows = [], []
    for page_id in ids:
        n_article = int(rng.integers(2, 7))
        n_comments = int(rng.poisson(MEAN_UNITS - n_article - 1))
        n_pingbacks = int(rng.integers(0, 2))
        rows = [_unit(page_id, f"a{i + 1}", "article", None, None, rng) for i in range(n_article)]
        depth_of: dict[str, int] = {}
        for i in range(n_comments):
            parent = f"c{int(rng.integers(1, i + 1))}" if i and rng.random() < 0.5 else None
            depth = 0 if parent is None else min(depth_of[parent] + 1, 4)
            depth_of[f"c{i + 1}"] = depth
            rows.append(_unit(page_id, f"c{i + 1}", "comment", parent, depth, rng))
        rows += [
            _unit(page_id, f"b{i + 1}", "pingback", None, None, rng) for i in range(n_pingbacks)
        ]
        for position, row in enumerate(rows):
            row["position"] = position
        unit_rows += rows
        page_rows.append(_page(page_id, n_article, n_comments, n_pingbacks, depth_of))
    pages = pl.DataFrame(page_rows, schema=PAGES_SCHEMA, orient="row")
    return pages, pl.DataFrame(unit_rows, schema=UNITS_SCHEMA, orient="row")


def _unit(page_id: str, local: str, kind: str, parent: str | None, depth: int | None, rng) -> dict:
    words = rng.choice(WORDS, size=int(rng.integers(5, 40)))
    return {
        "page_id": page_id,
        "unit_id": f"{page_id}/{local}",
        "kind": kind,
        "position": 0,
        "parent_id": f"{page_id}/{parent}" if parent else None,
        "depth": depth,
        "author": f"reader{int(rng.integers(0, 500))}" if kind == "comment" else None,
        "timestamp": None,
        "text": " ".join(words).capitalize() + ".",
    }


def _page(page_id: str, n_article: int, n_comments: int, n_pingbacks: int, depths: dict) -> dict:
    return {
        "page_id": page_id,
        "source": f"https://example.org/{page_id}",
        "title": f"Article {page_id}",
        "status": "ok",
        "error": None,
        "declared_comments": n_comments + n_pingbacks,
        "n_paragraphs": n_article,
        "n_comments": n_comments,
        "n_pingbacks": n_pingbacks,
        "max_depth": max(depths.values()) if depths else None,
        "warnings": None,
        "published": None,
        "published_date": None,
        "parse_quality": 1.0,
    }


def _scores(units: pl.DataFrame, rng: np.random.Generator) -> pl.DataFrame:
    n = units.height
    columns: dict[str, object] = {"unit_id": units["unit_id"]}
    neg, pos = rng.uniform(0, 0.3, n), rng.uniform(0, 0.3, n)
    columns |= {
        "sentiment_neg": neg,
        "sentiment_neu": 1 - neg - pos,
        "sentiment_pos": pos,
        "sentiment_compound": rng.uniform(-1, 1, n),
        "toxicity": rng.beta(1, 8, n),
    }
    for name in SCORES_SCHEMA:
        columns.setdefault(name, None)
    columns["toxicity_model"] = ["profanity-check"] * n
    return pl.DataFrame(columns).select(list(SCORES_SCHEMA)).cast(SCORES_SCHEMA)


def measure(command: list[str], cap: int, timeout: float) -> dict:
    """Peak RSS of ``command`` in its own process (see WRAPPER)."""
    wrapper = [sys.executable, "-c", WRAPPER, str(cap), str(timeout), *command]
    finished = subprocess.run(wrapper, capture_output=True, text=True, check=True)
    return json.loads(finished.stdout)


def _cell(result: dict) -> str:
    """The peak in MiB; a stopped command's peak so far, marked ">" (it would have grown)."""
    peak = f"{result['peak'] / 2**20:.0f} MiB"
    if result["stopped"]:
        return f"> {peak} ({result['stopped']})"
    if result["status"]:
        return f"failed ({result['status']})"
    return peak


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--cap-gb", type=float, default=16.0, help="stop a command past this RSS")
    parser.add_argument("--timeout", type=float, default=1800.0, help="seconds per command")
    args = parser.parse_args()
    cap = int(args.cap_gb * 2**30)
    commands = {
        "baseline": lambda run, out: [sys.executable, "-c", "import comments.report"],
        "reader": lambda run, out: [sys.executable, "-c", READER, str(run)],
        "report": lambda run, out: [
            sys.executable,
            "-m",
            "comments",
            "report",
            "--from",
            str(run),
            "--out",
            str(out),
            "--quiet",
        ],
    }
    results: dict[int, dict[str, dict]] = {}
    print(f"machine: {machine()}; python {platform.python_version()}")
    print(f"{'pages':>8} {'units':>9}  " + "".join(f"{name:>22}" for name in commands))
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            run, out = Path(tmp) / f"run{size}", Path(tmp) / f"out{size}"
            units = write_run(run, size)
            results[size] = {name: measure(make(run, out), cap, args.timeout)
                             for name, make in commands.items()}  # fmt: skip
            cells = "".join(f"{_cell(results[size][name]):>22}" for name in commands)
            seconds = results[size]["report"]["seconds"]
            print(f"{size:>8,} {units:>9,}  {cells}   (report {seconds:.0f} s)", flush=True)
    return _verdicts(results, args.sizes)


def _verdicts(results: dict[int, dict[str, dict]], sizes: list[int]) -> int:
    small, large = min(sizes), max(sizes)
    failed = 0
    for name in ("reader", "report"):
        a, b = results[small][name], results[large][name]
        ok = not (a["stopped"] or b["stopped"] or a["status"] or b["status"])
        growth = b["peak"] / a["peak"] if ok else float("inf")
        ok = ok and growth <= TARGET_GROWTH
        failed += not ok
        print(
            f"{'PASS' if ok else 'FAIL'}  {name}: peak RSS at {large:,} pages is {growth:.2f}x "
            f"that at {small:,} (target <= {TARGET_GROWTH}x)"
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
