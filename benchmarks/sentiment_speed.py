"""Sentiment scoring speed: ``SentimentScorer`` against vaderSentiment, same run, same texts.

Sentences come from the pages in ``seeds/`` and ``tests/devset/text/`` (split with
``comments.scoring.sentences``), plus variants of them with words swapped in from the
same vocabulary (deterministic seed) so that every sentence is distinct and memoising
repeats cannot flatter the figures. Measured (one process, one core):

- ``sentences/s``: vaderSentiment's ``polarity_scores`` called directly on each
  sentence (baseline) vs ``VaderRules`` (our exact re-implementation) vs
  ``SentimentScorer.score`` on the same sentences as texts (splitting + table included);
  all outputs are compared for equality.
- ``52,000-word document``: ``SentimentScorer`` on the whole document vs
  vaderSentiment on the document as one string, measured at 1,625 / 3,250 / 6,500
  words and extrapolated with a least-squares fit of ``a*n + b*n²`` (the real 52k-word
  call takes minutes).
- ``cache``: ``ScoreCache.lookup`` hits/s and ``score_units`` cold vs warm-cache runs.

Targets: >= 20,000 sentences/s; a 52,000-word document in < 1 s; outputs identical.

Run::

    python benchmarks/sentiment_speed.py           # about half a minute
    python benchmarks/sentiment_speed.py --quick   # smaller sizes
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import polars as pl  # noqa: E402
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer  # noqa: E402

from comments.scoring import ScoreCache, SentimentScorer, score_units  # noqa: E402
from comments.scoring.sentences import split_sentences  # noqa: E402
from comments.scoring.sentiment import VaderRules  # noqa: E402
from comments.tables import units_frame  # noqa: E402

TARGET_SENTENCES_PER_S = 20_000
TARGET_DOCUMENT_S = 1.0
DOCUMENT_WORDS = 52_000
BASELINE_DOCUMENT_WORDS = (1_625, 3_250, 6_500)


def corpus_sentences() -> list[str]:
    """Distinct sentences of the sample pages (one text rendering per devset page)."""
    files = [
        *sorted(ROOT.glob("seeds/*.txt")),
        *sorted(ROOT.glob("tests/devset/text/*.inscriptis.txt")),
    ]
    found: dict[str, None] = {}
    for file in files:
        for sentence in split_sentences(file.read_text(encoding="utf-8")):
            if len(sentence.split()) >= 3:
                found[sentence] = None
    return list(found)


def variants(sentences: list[str], count: int, seed: int = 0) -> list[str]:
    """``count`` distinct sentences: corpus sentences with 1–3 words swapped."""
    rng = random.Random(seed)
    vocabulary = [word for sentence in sentences for word in sentence.split()]
    made: dict[str, None] = dict.fromkeys(sentences[:count])
    while len(made) < count:
        words = rng.choice(sentences).split()
        for _ in range(rng.randint(1, 3)):
            words[rng.randrange(len(words))] = rng.choice(vocabulary)
        made[" ".join(words)] = None
    return list(made)


def best_of(repeats: int, run: Callable[[], object]) -> float:
    """Fastest wall time of ``repeats`` runs (the least disturbed by other processes)."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def document(sentences: list[str], words: int) -> str:
    """Paragraphs of five sentences, about ``words`` words in all."""
    picked, total = [], 0
    for sentence in sentences:
        if total >= words:
            break
        picked.append(sentence)
        total += len(sentence.split())
    paragraphs = [" ".join(picked[i : i + 5]) for i in range(0, len(picked), 5)]
    return "\n".join(paragraphs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes")
    args = parser.parse_args()
    count = 5_000 if args.quick else 20_000
    base = corpus_sentences()
    sentences = variants(base, count)
    rows: list[tuple[str, str, str, str]] = []
    checks: list[tuple[str, bool]] = []

    reference = SentimentIntensityAnalyzer()
    rules = VaderRules()
    expected = [reference.polarity_scores(s) for s in sentences]
    identical = [rules.polarity_scores(s) for s in sentences] == expected
    t_ref = best_of(3, lambda: [reference.polarity_scores(s) for s in sentences])
    # Fresh objects for every repeat (cold word and sentence memos), built untimed.
    fresh_rules = iter([VaderRules() for _ in range(3)])
    t_rules = best_of(
        3, lambda: [r.polarity_scores(s) for r in [next(fresh_rules)] for s in sentences]
    )
    fresh_scorers = iter([SentimentScorer() for _ in range(3)])
    t_scorer = best_of(3, lambda: next(fresh_scorers).score(sentences))
    t_start = best_of(3, SentimentScorer)
    per_s = {
        name: len(sentences) / t
        for name, t in (("ref", t_ref), ("rules", t_rules), ("scorer", t_scorer))
    }
    words = sum(len(s.split()) for s in sentences) / len(sentences)
    label = f"sentences/s ({len(sentences):,} distinct, {words:.1f} words avg)"
    rows.append(
        (
            label,
            f"{per_s['ref']:,.0f}",
            f"{per_s['rules']:,.0f} (VaderRules)",
            f"{per_s['rules'] / per_s['ref']:.1f}x",
        )
    )
    rows.append(
        (
            label,
            f"{per_s['ref']:,.0f}",
            f"{per_s['scorer']:,.0f} (SentimentScorer)",
            f"{per_s['scorer'] / per_s['ref']:.1f}x",
        )
    )
    rows.append(("SentimentScorer() start-up (lexicon load)", "", f"{t_start * 1e3:.0f} ms", ""))
    scorer_matches = scorer_agrees(sentences, expected, reference)
    checks.append(
        (
            f">= {TARGET_SENTENCES_PER_S:,} sentences/s (SentimentScorer)",
            per_s["scorer"] >= TARGET_SENTENCES_PER_S,
        )
    )
    checks.append(("VaderRules == vaderSentiment on every sentence", identical))
    checks.append(("SentimentScorer == mean of vaderSentiment per sentence", scorer_matches))

    long_sentences = variants(base, 12_000, seed=1)
    doc = document(long_sentences, DOCUMENT_WORDS)
    n_words = len(doc.split())
    t_doc = best_of(3, lambda: SentimentScorer().score([doc]))
    doc_sentences = split_sentences(doc)
    t_doc_ref_sentences = best_of(1, lambda: [reference.polarity_scores(s) for s in doc_sentences])
    baseline_times = [
        (w, best_of(1, lambda w=w: reference.polarity_scores(document(long_sentences, w))))
        for w in BASELINE_DOCUMENT_WORDS
    ]
    linear, quadratic = fit_linear_quadratic(baseline_times)
    t_whole_estimate = linear * n_words + quadratic * n_words**2
    for w, t in baseline_times:
        rows.append((f"document, {w:,} words, one polarity_scores call", f"{t:.2f} s", "", ""))
    rows.append(
        (
            f"document, {n_words:,} words",
            f"~{t_whole_estimate:,.0f} s (extrapolated)",
            f"{t_doc:.3f} s",
            f"{t_whole_estimate / t_doc:,.0f}x",
        )
    )
    rows.append(
        (
            f"document, {n_words:,} words, {len(doc_sentences):,} sentences one by one",
            f"{t_doc_ref_sentences:.3f} s",
            f"{t_doc:.3f} s",
            f"{t_doc_ref_sentences / t_doc:.1f}x",
        )
    )
    checks.append(
        (f"{DOCUMENT_WORDS:,}-word document < {TARGET_DOCUMENT_S:.0f} s", t_doc < TARGET_DOCUMENT_S)
    )

    rows += cache_rows(sentences)
    print_table(rows, checks)
    return 0 if all(ok for _, ok in checks) else 1


def fit_linear_quadratic(points: list[tuple[int, float]]) -> tuple[float, float]:
    """Least-squares ``t = a*n + b*n**2`` through the measured (words, seconds) points.

    vaderSentiment's cost has exactly these two parts: per-word work, and per-word
    rebuilds of the whole lowercased word list (negation and idiom checks, "but").
    """
    s11 = sum(n * n for n, _ in points)
    s12 = sum(n**3 for n, _ in points)
    s22 = sum(n**4 for n, _ in points)
    y1 = sum(n * t for n, t in points)
    y2 = sum(n * n * t for n, t in points)
    det = s11 * s22 - s12 * s12
    return (y1 * s22 - y2 * s12) / det, (s11 * y2 - s12 * y1) / det


def scorer_agrees(sentences: list[str], expected: list[dict], reference: object) -> bool:
    """SentimentScorer gives vaderSentiment's compound for one-sentence texts and the
    rounded mean of the pieces' compounds for texts the splitter cuts."""
    got = SentimentScorer().score(sentences)["sentiment_compound"].to_list()
    for text, value, whole in zip(sentences, got, expected, strict=True):
        pieces = split_sentences(text)
        if len(pieces) == 1:
            want = whole["compound"]
        else:
            compounds = [reference.polarity_scores(p)["compound"] for p in pieces]
            want = round(sum(compounds) / len(compounds), 4)
        if value != want:
            return False
    return True


def cache_rows(sentences: list[str]) -> list[tuple[str, str, str, str]]:
    """ScoreCache lookup speed and score_units with a cold vs a warm cache."""
    units = units_frame({"unit_id": f"u{i}", "text": s} for i, s in enumerate(sentences))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "scores.parquet"
        t_cold = best_of(1, lambda: score_units(units, cache=path, progress=False))
        t_warm = best_of(3, lambda: score_units(units, cache=path, progress=False))
        cache = ScoreCache(path)
        identity = SentimentScorer().identity
        t_lookup = best_of(3, lambda: cache.lookup(identity, sentences))
        hits, missing = cache.lookup(identity, sentences)
        assert hits.height == len(sentences) and not missing
        size = path.stat().st_size
    n = len(sentences)
    return [
        (f"score_units, {n:,} units, cold cache (scores + writes)", "", f"{t_cold:.3f} s", ""),
        (
            f"score_units, {n:,} units, warm cache (all hits)",
            "",
            f"{t_warm:.3f} s",
            f"{t_cold / t_warm:.1f}x",
        ),
        (f"ScoreCache.lookup hits/s ({size / 1e6:.1f} MB file)", "", f"{n / t_lookup:,.0f}", ""),
    ]


def print_table(rows: list[tuple[str, str, str, str]], checks: list[tuple[str, bool]]) -> None:
    header = ("measure", "vaderSentiment", "comments", "speed-up")
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(4)]
    line = " | ".join(f"{{:<{w}}}" for w in widths)
    print(line.format(*header))
    print("-+-".join("-" * w for w in widths))
    for row in rows:
        print(line.format(*row))
    print()
    for name, ok in checks:
        print(f"{'PASS' if ok else 'FAIL'}  {name}")
    print(f"(polars {pl.__version__}, Python {sys.version.split()[0]}, one process)")


if __name__ == "__main__":
    sys.exit(main())
