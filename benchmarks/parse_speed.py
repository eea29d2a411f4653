"""Parse speed on one core: pages/s and MB/s, and how time grows with input size.

Builds a synthetic corpus of 10,000 pages from the fixtures (``seeds/`` and, when present,
``tests/devset/text/``): each page is a fixture whose article paragraphs are shuffled and
mixed with paragraphs borrowed from another fixture, under a numbered title, followed by
the fixture's own discussion (comment threads, pingbacks, forms). Then measures, pinned to
one CPU with polars on one thread:

- the floor: one ``str.splitlines`` pass over the same texts (the least any parser costs);
- ``parse_text`` alone, and end to end ``load_corpus`` on the pages as a folder of .txt
  files and as one .jsonl file (reading, decoding, parsing, building the tables);
- scaling: time at 1x, 4x and 16x input, both with pages 1x/4x/16x as long (more
  paragraphs, more comments: catches work quadratic in a page) and with 1x/4x/16x as many
  pages. Each time is the best of a few runs; rates use the process's CPU time (on a
  shared machine wall time also counts other processes' work), wall time is shown too.

Last, where ``../shared/realpages`` is present, ``parse_text`` once over its 830 real pages
(five converters' text) with the per-line caches emptied: cold, distinct lines.

Targets (PASS/FAIL lines): ``parse_text`` >= 10 MB/s on one core; 16x input in at most 20x
the time of 1x; cold real pages >= 5 MB/s.
Run: ``.venv/bin/python benchmarks/parse_speed.py [--pages N]``.
"""

from __future__ import annotations

import os

os.environ.setdefault("POLARS_MAX_THREADS", "1")  # one core: before polars is imported

import argparse
import json
import random
import re
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from comments import parse_text  # noqa: E402  (after the one-core settings)
from comments.corpus import load_corpus  # noqa: E402

FIXTURE_GLOBS = ("seeds/*.txt", "tests/devset/text/**/*.txt")
NOT_FIXTURES = ("VERSIONS.txt", "README.txt")  # notes that sit beside the fixtures
CORPUS_PAGES = 10_000
SCALING_PAGES = 500  # pages in the 1x corpus of the scaling runs
SCALES = (1, 4, 16)
REPEATS = 3  # best-of, for the short runs; the longest runs once
TARGET_MB_PER_S = 10.0
TARGET_COLD_MB_PER_S = 5.0
REALPAGES = ROOT.parent / "shared" / "realpages" / "text"  # read in place, never copied
TARGET_SCALING = 20.0  # 16x input in at most 20x the time
BORROWED_PARAGRAPHS = (0, 3)  # how many paragraphs a page borrows from another fixture
SEED = 20240521

BLOCK_BREAK = re.compile(r"\n[ \t]*\n")
# A short unindented block right before the first indented one is the discussion's
# header ("6 thoughts on …", "3 Comments"): it stays with the discussion.
HEADER_MAX_CHARS = 120


@dataclass(frozen=True)
class Fixture:
    """A fixture page cut into title, article blocks and the discussion that follows."""

    title: str
    article: list[str]
    discussion: str

    @classmethod
    def from_text(cls, text: str) -> Fixture:
        blocks = [b for b in BLOCK_BREAK.split(text.replace("\r\n", "\n")) if b.strip()]
        first_indented = next((i for i, b in enumerate(blocks) if b[:1] in " \t"), len(blocks))
        if 1 < first_indented < len(blocks) and len(blocks[first_indented - 1]) < HEADER_MAX_CHARS:
            first_indented -= 1
        body = blocks[1:first_indented]
        return cls(blocks[0], body, "\n\n".join(blocks[first_indented:]))

    def page(self, number: int, donor: Fixture, rng: random.Random, scale: int = 1) -> str:
        """A page variant: shuffled (and borrowed) article blocks, discussion ``scale`` times."""
        article = self.article * scale
        borrowed = rng.randint(*BORROWED_PARAGRAPHS) * scale
        article += rng.sample(donor.article * scale, min(borrowed, len(donor.article) * scale))
        rng.shuffle(article)
        parts = [f"{self.title} #{number}", *article, *([self.discussion] * scale)]
        return "\n\n".join(p for p in parts if p) + "\n"


def load_fixtures() -> list[Fixture]:
    found = {p for pattern in FIXTURE_GLOBS for p in ROOT.glob(pattern)}
    paths = sorted(p for p in found if p.name not in NOT_FIXTURES)
    return [Fixture.from_text(p.read_text(encoding="utf-8")) for p in paths]


def synthetic_pages(fixtures: Sequence[Fixture], count: int, scale: int = 1) -> list[str]:
    rng = random.Random(SEED + scale)
    return [
        fixtures[i % len(fixtures)].page(i, rng.choice(fixtures), rng, scale) for i in range(count)
    ]


def megabytes(texts: Sequence[str]) -> float:
    return sum(len(t.encode("utf-8")) for t in texts) / 1e6


@dataclass(frozen=True)
class Timing:
    """CPU seconds of this process (the rate's basis: on a shared machine wall time also
    counts other people's work) and wall seconds."""

    cpu: float
    wall: float


def best_time(run: Callable[[], object], repeats: int = REPEATS) -> Timing:
    timings = []
    for _ in range(repeats):
        cpu, wall = time.process_time(), time.perf_counter()
        run()
        timings.append(Timing(time.process_time() - cpu, time.perf_counter() - wall))
    return min(timings, key=lambda t: t.cpu)


def parse_all(texts: Sequence[str]) -> None:
    for i, text in enumerate(texts):
        parse_text(text, page_id=str(i))


def split_all(texts: Sequence[str]) -> None:
    for text in texts:
        text.splitlines()


@dataclass(frozen=True)
class Row:
    label: str
    pages: int
    mb: float
    timing: Timing

    @property
    def seconds(self) -> float:
        return self.timing.cpu

    def __str__(self) -> str:
        return (
            f"{self.label:<34} {self.pages:>7} {self.mb:>8.1f} {self.seconds:>8.2f} "
            f"{self.timing.wall:>8.2f} {self.pages / self.seconds:>9.0f} "
            f"{self.mb / self.seconds:>8.1f}"
        )


HEADER = (
    f"{'measurement':<34} {'pages':>7} {'MB':>8} {'cpu s':>8} {'wall s':>8} {'pages/s':>9} "
    f"{'MB/s':>8}"
)


def measure(
    label: str, texts: Sequence[str], run: Callable[[], object], repeats: int = REPEATS
) -> Row:
    row = Row(label, len(texts), megabytes(texts), best_time(run, repeats))
    print(row, flush=True)
    return row


def end_to_end(texts: Sequence[str], folder: Path) -> tuple[Row, Row]:
    pages_dir = folder / "pages"
    pages_dir.mkdir()
    for i, text in enumerate(texts):
        (pages_dir / f"{i:05d}.txt").write_text(text, encoding="utf-8")
    jsonl = folder / "pages.jsonl"
    with jsonl.open("w", encoding="utf-8") as out:
        for i, text in enumerate(texts):
            out.write(json.dumps({"id": str(i), "text": text}) + "\n")
    txt_row = measure(
        "load_corpus, folder of .txt", texts, lambda: load_corpus(pages_dir), repeats=1
    )
    jsonl_row = measure("load_corpus, one .jsonl", texts, lambda: load_corpus(jsonl), repeats=1)
    return txt_row, jsonl_row


def scaling(label: str, make: Callable[[int], list[str]]) -> list[Row]:
    rows = []
    for scale in SCALES:
        texts = make(scale)
        repeats = 1 if scale == SCALES[-1] else REPEATS
        rows.append(measure(f"{label} {scale}x", texts, lambda t=texts: parse_all(t), repeats))
    return rows


def verdict(name: str, ok: bool, detail: str) -> bool:
    print(f"{'PASS' if ok else 'FAIL'}  {name}: {detail}")
    return ok


def scaling_verdict(name: str, rows: list[Row]) -> bool:
    size_ratio = rows[-1].mb / rows[0].mb
    time_ratio = rows[-1].seconds / rows[0].seconds
    return verdict(
        name,
        time_ratio <= TARGET_SCALING * size_ratio / SCALES[-1],
        f"{size_ratio:.1f}x input took {time_ratio:.1f}x the time "
        f"(target <= {TARGET_SCALING:.0f}x for 16x)",
    )


def pin_to_one_cpu() -> str:
    if hasattr(os, "sched_setaffinity"):
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}"
    return "not pinned (no sched_setaffinity here)"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--pages",
        type=int,
        default=CORPUS_PAGES,
        help="pages in the main synthetic corpus (default: %(default)s)",
    )
    args = parser.parse_args(argv)

    fixtures = load_fixtures()
    print(
        f"{len(fixtures)} fixtures; {pin_to_one_cpu()}; POLARS_MAX_THREADS="
        f"{os.environ['POLARS_MAX_THREADS']}; Python {sys.version.split()[0]}"
    )
    texts = synthetic_pages(fixtures, args.pages)
    print(HEADER)
    floor = measure("floor: str.splitlines", texts, lambda: split_all(texts))
    parsed = measure("parse_text", texts, lambda: parse_all(texts), repeats=2)
    with tempfile.TemporaryDirectory() as tmp:
        end_to_end(texts, Path(tmp))
    longer = scaling(
        "parse_text, pages longer", lambda s: synthetic_pages(fixtures, SCALING_PAGES, scale=s)
    )
    more = scaling("parse_text, more pages", lambda s: synthetic_pages(fixtures, SCALING_PAGES * s))

    print(f"parse_text costs {parsed.seconds / floor.seconds:.0f}x the splitlines floor")
    cold = cold_real_pages()
    results = [
        verdict(
            "parse_text speed",
            parsed.mb / parsed.seconds >= TARGET_MB_PER_S,
            f"{parsed.mb / parsed.seconds:.1f} MB/s, {parsed.pages / parsed.seconds:.0f} "
            f"pages/s on one core (target >= {TARGET_MB_PER_S:.0f} MB/s)",
        ),
        scaling_verdict("scaling with page length", longer),
        scaling_verdict("scaling with page count", more),
    ]
    if cold is not None:
        results.append(
            verdict(
                "cold distinct real pages",
                cold.mb / cold.seconds >= TARGET_COLD_MB_PER_S,
                f"{cold.mb / cold.seconds:.1f} MB/s (target >= {TARGET_COLD_MB_PER_S:.0f} MB/s)",
            )
        )
    return 0 if all(results) else 1


def cold_real_pages() -> Row | None:
    """``parse_text`` once over every converter's text of ../shared/realpages, with the
    per-line caches emptied first: real pages share almost no line, so nothing is warm
    (the synthetic corpus above repeats its fixtures' lines)."""
    if not REALPAGES.is_dir():
        print(f"(no {REALPAGES}: cold real-page speed not measured)")
        return None
    texts = [path.read_text(encoding="utf-8") for path in sorted(REALPAGES.glob("*/*.txt"))]
    clear_line_caches()
    return measure("parse_text, cold real pages", texts, lambda: parse_all(texts), repeats=1)


def clear_line_caches() -> None:
    """Empty every per-line-text cache (``functools.lru_cache``, and the line models,
    which answer to the same ``cache_clear``) of the parser's modules (heads, records,
    sections, article, stamps, lines, …: all of ``comments.parse``)."""
    for name, module in list(sys.modules.items()):
        if name == "comments.parse" or name.startswith("comments.parse."):
            for value in vars(module).values():
                if hasattr(value, "cache_clear") and not isinstance(value, type):
                    value.cache_clear()


if __name__ == "__main__":
    sys.exit(main())
