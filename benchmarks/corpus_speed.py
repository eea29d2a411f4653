"""Corpus-scale speed and memory of ``python -m comments.run`` (local engine).

Measures, on a synthetic corpus built from seeds/ (and tests/devset/text/ if present),
every page made distinct so that no sentence-level memo can make VADER look faster:

1. end-to-end pages/s (parse + VADER + linear toxicity + shard writes) with 1 and 2
   worker processes, and the scaling between them (target >= 1.7x on 2 cores);
2. peak RSS of the whole process tree (main + workers) at 1x and 10x corpus size
   (target: within 20%);
3. per-stage costs in one process (parse, VADER, linear toxicity, shard write), and a
   Detoxify-architecture proxy (roberta-base with random weights: same compute as the
   real model) on CPU;
4. a projection of 100M pages on a Ray cluster of N CPU nodes and M GPUs.

Usage::

    python benchmarks/corpus_speed.py            # 20,000 pages (about 5-10 minutes)
    python benchmarks/corpus_speed.py --pages 2000 --quick   # a fast reduced check
    python benchmarks/corpus_speed.py --gpu-texts-per-s 2500  # GPU Detoxify rate to project
    python benchmarks/corpus_speed.py --detoxify-json score.json  # from score_speed.py --json
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = (ROOT / "seeds", ROOT / "tests" / "devset" / "text")
RECORDS_PER_FILE = 5_000
MIN_WORDS_TO_PERTURB = 8  # shorter lines may be structure (names, dates, "Reply"): kept
POLL_SECONDS = 0.02
PROJECTED_PAGES = 100_000_000
# Clusters to project: (CPU nodes, cores per node, GPUs).
CLUSTERS = ((10, 32, 0), (10, 32, 4), (50, 32, 8), (100, 64, 16))
# Used only when no GPU rate is given: an H100 running roberta-base in fp16 on comment-
# length texts; an assumption, printed as such, not a measurement.
ASSUMED_GPU_TEXTS_PER_S = 2_500.0


# -- the synthetic corpus -----------------------------------------------------------


def base_pages() -> list[str]:
    pages = []
    for folder in SOURCES:
        if folder.is_dir():
            pages += [
                p.read_text(encoding="utf-8", errors="replace")
                for p in sorted(folder.glob("*.txt"))
            ]
    return pages


def make_corpus(folder: Path, n_pages: int, seed: int = 0) -> Path:
    """``n_pages`` JSONL records; each long line gets a random word inserted."""
    rng = random.Random(seed)
    bases = [page.splitlines() for page in base_pages()]
    vocabulary = sorted(
        {w for lines in bases for line in lines for w in line.split() if w.isalpha()}
    )
    folder.mkdir(parents=True, exist_ok=True)
    handle = None
    for i in range(n_pages):
        if i % RECORDS_PER_FILE == 0:
            if handle:
                handle.close()
            handle = (folder / f"part-{i // RECORDS_PER_FILE:05d}.jsonl").open("w")
        lines = [_perturb(line, rng, vocabulary) for line in bases[i % len(bases)]]
        handle.write(json.dumps({"id": f"page{i:08d}", "text": "\n".join(lines)}) + "\n")
    if handle:
        handle.close()
    return folder


def _perturb(line: str, rng: random.Random, vocabulary: list[str]) -> str:
    words = line.split(" ")
    if len(words) < MIN_WORDS_TO_PERTURB:
        return line
    words.insert(rng.randrange(1, len(words)), rng.choice(vocabulary))
    return " ".join(words)


# -- running the CLI and watching its memory ---------------------------------------


def tree_rss_bytes(root_pid: int) -> int:
    """Resident memory of a process and all its descendants (from /proc)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as handle:
                    ppid = int(handle.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    total, stack = 0, [root_pid]
    while stack:
        pid = stack.pop()
        stack += children.get(pid, [])
        try:
            with open(f"/proc/{pid}/status") as handle:
                for line in handle:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) * 1024
        except OSError:
            pass
    return total


def run_cli(corpus: Path, out: Path, workers: int, toxicity: str) -> tuple[float, int, float]:
    """Seconds, peak process-tree RSS and CPU seconds (whole tree) of one run."""
    import resource

    shutil.rmtree(out, ignore_errors=True)
    argv = [
        sys.executable,
        "-m",
        "comments.run",
        str(corpus),
        "--out",
        str(out),
        "--workers",
        str(workers),
        "--toxicity-model",
        toxicity,
        "--quiet",
    ]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(argv, cwd=ROOT)
    peak = 0
    while process.poll() is None:
        peak = max(peak, tree_rss_bytes(process.pid))
        time.sleep(POLL_SECONDS)
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if process.returncode != 0:
        raise SystemExit(f"run failed ({process.returncode}): {' '.join(argv)}")
    return seconds, peak, cpu


# -- per-stage costs -------------------------------------------------------------------


def stage_costs(corpus: Path, n_pages: int, toxicity: str) -> dict[str, float]:
    """Seconds per page of each stage, in this process, on the first ``n_pages``."""
    import itertools

    from comments.corpus import iter_documents, parse_documents
    from comments.engines.shards import ShardStore
    from comments.engines.stages import add_toxicity, worker_scores
    from comments.scoring.toxicity import ToxicityScorer

    docs = list(itertools.islice(iter_documents([corpus]), n_pages))
    scorer = ToxicityScorer(toxicity)
    timings: dict[str, float] = {}
    started = time.perf_counter()
    pages, units = parse_documents(docs)
    timings["parse"] = time.perf_counter() - started
    started = time.perf_counter()
    sentiment = worker_scores(units, None)
    timings["vader"] = time.perf_counter() - started
    started = time.perf_counter()
    scores = add_toxicity(sentiment, units, scorer)
    timings["linear_toxicity"] = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as tmp:
        store = ShardStore(tmp)
        store.claim({"benchmark": True}, overwrite=False)
        started = time.perf_counter()
        store.write_chunk("chunk-000000", pages, units, scores)
        timings["write"] = time.perf_counter() - started
    per_page = {stage: seconds / len(docs) for stage, seconds in timings.items()}
    per_page["units_per_page"] = units.height / len(docs)
    per_page["mean_unit_chars"] = units["text"].str.len_chars().mean() or 0.0
    return per_page


def detoxify_proxy_texts_per_s(n_texts: int = 64, mean_chars: float = 300.0) -> float:
    """CPU texts/s of roberta-base (Detoxify "unbiased"'s architecture), random weights."""
    import torch
    from transformers import RobertaConfig, RobertaForSequenceClassification

    torch.manual_seed(0)
    model = RobertaForSequenceClassification(RobertaConfig(num_labels=7)).eval()
    tokens = max(16, min(512, int(mean_chars / 4)))  # about 4 characters per token
    ids = torch.randint(5, 50_000, (n_texts, tokens))
    with torch.inference_mode():
        model(input_ids=ids[:8])  # warm-up
        started = time.perf_counter()
        for batch in ids.split(32):
            model(input_ids=batch)
    return n_texts / (time.perf_counter() - started)


# -- report ------------------------------------------------------------------------------


def projection(
    costs: dict[str, float], detox_core_tps: float, gpu_tps: float, gpu_note: str
) -> list[str]:
    """Lines of the 100M-page projection, from per-core and per-GPU rates.

    With GPUs, the CPU stages and Detoxify run concurrently (a streaming pipeline), so
    the slower one sets the wall time; without, the same cores do both, so they add up.
    """
    cpu_per_page = costs["parse"] + costs["vader"] + costs["write"]
    units = PROJECTED_PAGES * costs["units_per_page"]
    lines = [
        f"100M pages = {units / 1e9:.2f}B texts ({costs['units_per_page']:.1f} per page); "
        f"CPU stages {cpu_per_page * 1e3:.2f} ms/page/core; Detoxify on CPU "
        f"{detox_core_tps:.1f} texts/s/core; on GPU {gpu_tps:.0f} texts/s/GPU {gpu_note}",
        f"{'nodes x cores':>14} {'GPUs':>5} {'CPU stages h':>13} {'Detoxify h':>11} "
        f"{'wall h':>8}  bottleneck",
    ]
    for nodes, cores, gpus in CLUSTERS:
        cpu_h = PROJECTED_PAGES * cpu_per_page / (nodes * cores) / 3600
        tox_rate = gpus * gpu_tps if gpus else nodes * cores * detox_core_tps
        tox_h = units / tox_rate / 3600
        wall = max(cpu_h, tox_h) if gpus else cpu_h + tox_h
        neck = "Detoxify" if tox_h > cpu_h else "parse+VADER (CPU)"
        lines.append(
            f"{nodes:>6} x {cores:<5} {gpus:>5} {cpu_h:>13.2f} {tox_h:>11.1f} {wall:>8.1f}  {neck}"
        )
    linear_h = PROJECTED_PAGES * costs["linear_toxicity"] / (10 * 32) / 3600
    lines.append(
        f"linear tier instead of Detoxify: {costs['linear_toxicity'] * 1e3:.2f} "
        f"ms/page/core, {linear_h:.2f} h on 10 x 32 cores: the CPU stages dominate"
    )
    return lines


def detoxify_core_rate(args: argparse.Namespace, mean_chars: float) -> tuple[float, str]:
    """Detoxify texts/s per CPU core: from score_speed.py's JSON, else the proxy here."""
    cores = os.cpu_count() or 1
    if args.detoxify_json:
        runs = json.loads(args.detoxify_json.read_text())["runs"]
        return runs["exact"]["texts_per_s"] / cores, f"score_speed.py exact ({cores} cores)"
    tps = detoxify_proxy_texts_per_s(mean_chars=mean_chars)
    return tps / cores, f"roberta-base proxy here ({cores} cores)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=20_000, help="pages in the 10x corpus")
    parser.add_argument(
        "--quick",
        action="store_true",
        help="skip the 1-worker run and the Detoxify proxy (a fast check)",
    )
    parser.add_argument("--toxicity-model", default="profanity-check")
    parser.add_argument(
        "--gpu-texts-per-s",
        type=float,
        default=None,
        help="measured Detoxify texts/s on one GPU (for the projection)",
    )
    parser.add_argument(
        "--detoxify-json",
        type=Path,
        default=None,
        help="score_speed.py --json output: its measured CPU Detoxify rate",
    )
    parser.add_argument("--json", type=Path, default=None, help="also write figures here")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="corpus_speed_"))
    figures: dict[str, float] = {"pages": args.pages, "cores": os.cpu_count() or 0}
    try:
        started = time.perf_counter()
        big = make_corpus(work / "x10", args.pages)
        small = make_corpus(work / "x1", args.pages // 10)
        print(
            f"corpus: {args.pages} + {args.pages // 10} synthetic pages from "
            f"{len(base_pages())} base pages ({time.perf_counter() - started:.1f} s to build)"
        )

        runs = {}
        for workers in (() if args.quick else (1,)) + (2,):
            load = os.getloadavg()[0]
            seconds, peak, cpu = run_cli(big, work / "out", workers, args.toxicity_model)
            runs[workers] = seconds
            figures[f"pages_per_s_w{workers}"] = args.pages / seconds
            figures[f"peak_rss_mib_x10_w{workers}"] = peak / 2**20
            figures[f"cpu_s_w{workers}"] = cpu
            print(
                f"{args.pages} pages, {workers} worker(s): {seconds:7.1f} s "
                f"{args.pages / seconds:8.1f} pages/s   peak tree RSS {peak / 2**20:7.1f} MiB"
                f"   CPU {cpu:6.1f} s ({cpu / seconds:.2f} cores busy; load avg before "
                f"{load:.1f})"
            )
        if 1 in runs:
            figures["scaling_2_vs_1"] = runs[1] / runs[2]
            print(
                f"scaling 2 vs 1 workers: {runs[1] / runs[2]:.2f}x (target >= 1.7x; "
                "needs 2 idle cores: compare 'cores busy' with the load average)"
            )

        _, peak_small, _ = run_cli(small, work / "out", 2, args.toxicity_model)
        peak_big = figures["peak_rss_mib_x10_w2"]
        figures["peak_rss_mib_x1_w2"] = peak_small / 2**20
        figures["rss_growth_x10_vs_x1"] = peak_big / (peak_small / 2**20) - 1
        print(
            f"peak tree RSS, 2 workers: 1x ({args.pages // 10} pages) "
            f"{peak_small / 2**20:.1f} MiB, 10x {peak_big:.1f} MiB: "
            f"{100 * figures['rss_growth_x10_vs_x1']:+.1f}% (target within 20%)"
        )

        costs = stage_costs(big, min(2_000, args.pages), args.toxicity_model)
        figures.update(
            {
                f"ms_per_page_{k}": v * 1e3
                for k, v in costs.items()
                if k not in ("units_per_page", "mean_unit_chars")
            }
        )
        figures["units_per_page"] = costs["units_per_page"]
        print(
            "per-stage cost, one process: "
            + ", ".join(
                f"{k} {v * 1e3:.2f} ms/page"
                for k, v in costs.items()
                if k not in ("units_per_page", "mean_unit_chars")
            )
            + f"; {costs['units_per_page']:.1f} units/page of "
            f"{costs['mean_unit_chars']:.0f} chars"
        )

        if not args.quick:
            core_tps, source = detoxify_core_rate(args, costs["mean_unit_chars"])
            figures["detoxify_cpu_texts_per_s_per_core"] = core_tps
            print(f"Detoxify on CPU: {core_tps:.1f} texts/s per core, from {source}")
            gpu_tps = args.gpu_texts_per_s or ASSUMED_GPU_TEXTS_PER_S
            note = "(measured)" if args.gpu_texts_per_s else "(ASSUMED, not measured)"
            print("\n".join(projection(costs, core_tps, gpu_tps, note)))
        if args.json:
            args.json.write_text(json.dumps(figures, indent=1) + "\n")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
