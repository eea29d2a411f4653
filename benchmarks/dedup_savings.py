"""Toxicity calls saved by the one scoring path's de-duplication on a corpus run.

The corpus is ``corpus_speed.py``'s synthetic one: pages recombined from seeds/ and the
dev set, every line of 8+ words made distinct by an inserted word, shorter lines kept as
they are, so short replies ("Thanks!", "+1", "Great post.") and one-line comments repeat
across pages as they do in real comment sections. The local engine runs it
(``workers=0``) with a counting wrapper around the linear tier; the numbers are the texts
that reached the toxicity model, against the non-blank texts the engines sent it before
they shared ``build_scores`` (every text of every chunk).

Usage::

    python benchmarks/dedup_savings.py                 # 5,000 pages, chunks of 1,000
    python benchmarks/dedup_savings.py --pages 20000 --chunk-size 1000
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import polars as pl

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_speed import make_corpus

from comments.engines.local import run_local
from comments.engines.options import RunOptions
from comments.engines.shards import ShardStore
from comments.scoring.toxicity import ToxicityScorer

# Detoxify's exact CPU rate measured by score_speed.py (README, bert-base, 2 cores).
DETOXIFY_TEXTS_PER_S = 11.5


class CountingScorer:
    """A toxicity scorer that counts the texts it is asked to score."""

    def __init__(self, inner: ToxicityScorer) -> None:
        self.inner = inner
        self.name, self.identity, self.columns = inner.name, inner.identity, inner.columns
        self.texts = 0
        self.calls = 0

    def score(self, texts: list[str]) -> pl.DataFrame:
        self.texts += len(texts)
        self.calls += 1
        return self.inner.score(texts)


def measure(n_pages: int, chunk_size: int) -> dict[str, float]:
    """Texts in the run, distinct texts, and texts the toxicity model scored."""
    with tempfile.TemporaryDirectory() as tmp:
        corpus = make_corpus(Path(tmp) / "corpus", n_pages)
        scorer = CountingScorer(ToxicityScorer("profanity-check"))
        options = RunOptions(
            (str(corpus),), Path(tmp) / "out", workers=0, chunk_size=chunk_size, quiet=True
        )
        run_local(options, toxicity=scorer)
        units = ShardStore(options.out).read("units")
    texts = units["text"]
    non_blank = texts.filter(texts.str.strip_chars() != "")
    return {
        "pages": n_pages,
        "texts": texts.len(),
        "non_blank": non_blank.len(),
        "distinct_in_corpus": non_blank.n_unique(),
        "scored": scorer.texts,
        "calls": scorer.calls,
    }


def report(numbers: dict[str, float]) -> str:
    saved = numbers["non_blank"] - numbers["scored"]
    hours = saved / DETOXIFY_TEXTS_PER_S / 3600
    return "\n".join(
        [
            f"{numbers['pages']:,} pages, {numbers['texts']:,} texts "
            f"({numbers['non_blank']:,} non-blank, {numbers['distinct_in_corpus']:,} distinct "
            "in the whole corpus)",
            f"before: {numbers['non_blank']:,} texts sent to the toxicity model",
            f"now:    {numbers['scored']:,} texts in {numbers['calls']} calls "
            "(each chunk's distinct texts once)",
            f"saved:  {saved:,} toxicity texts ({saved / numbers['non_blank']:.1%}), "
            f"{hours:.2f} h of Detoxify at {DETOXIFY_TEXTS_PER_S} texts/s (exact CPU path)",
        ]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=5_000)
    parser.add_argument("--chunk-size", type=int, default=1_000)
    args = parser.parse_args()
    print(report(measure(args.pages, args.chunk_size)))


if __name__ == "__main__":
    main()
