"""Comment bodies on the real pages: do they stop where the comment stops?

``score.py`` matches a comment by the start of its text, so a last comment that runs on
into the page's footer, a sidebar or the comment form ("Name (required) [    ]", "Primary
Sidebar", a tag cloud) still counts as found. For a researcher it is a different comment:
its sentiment and toxicity are the footer's. Each gold comment states its body's length
(``body_len``, from the page's markup); this script aligns the parser's comments to the gold
with the scorer's own matching and counts, per converter, the matched comments whose text
is far longer than the gold body (it ran past its end) or far shorter (it was cut), and,
at a finer bound, those that kept a line or two that is not theirs (a row of links every
comment ends with, "Recommend (68) / Share", a footer's date): too short to run on, but
scored with the comment all the same.

Run: ``.venv/bin/python -m tests.realpages_bodies [--renderer R] [--pages]``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from tests.realpages_variants import REALPAGES, RENDERERS, ROOT, _text, load_golds, load_scorer

OVERLONG_FACTOR, OVERLONG_SLACK = 1.5, 200  # longer than 1.5x the gold body plus 200 chars
SHORT_FACTOR, SHORT_SLACK = 0.5, 50  # shorter than half the gold body less 50 chars
ROW_FACTOR, ROW_SLACK = 1.3, 20  # longer than 1.3x the gold body plus 20 chars: a row kept


@dataclass(frozen=True)
class Misfit:
    """A matched comment whose text is far from its gold body's length."""

    page: str
    position: int  # the comment's position among the page's comments
    gold_chars: int
    found_chars: int
    tail: str  # the end of the comment's text, where a body that ran on shows it

    @property
    def overlong(self) -> bool:
        return self.found_chars > self.gold_chars


@dataclass(frozen=True)
class Bodies:
    """One converter's count: matched comments, and those that ran on or were cut."""

    renderer: str
    matched: int
    misfits: tuple[Misfit, ...]
    kept_rows: int  # matched comments over the finer bound (those that ran on among them)

    @property
    def overlong(self) -> int:
        return sum(m.overlong for m in self.misfits)

    @property
    def short(self) -> int:
        return sum(not m.overlong for m in self.misfits)

    @property
    def extra_chars(self) -> int:
        """Characters of page text that ran into comments."""
        return sum(m.found_chars - m.gold_chars for m in self.misfits if m.overlong)


def measure(renderer: str, scorer=None, golds: Sequence[dict] | None = None) -> Bodies:
    """Parse every page with comments as ``renderer`` printed it and compare lengths."""
    from comments import parse_text

    scorer = scorer or load_scorer()
    matched, misfits, kept_rows = 0, [], 0
    for gold in golds if golds is not None else load_golds():
        text = _text(renderer, gold["name"])
        if text is None or gold.get("negative"):
            continue
        page = parse_text(text, page_id=gold["name"])
        expected = [c for c in gold["comments"] if c["kind"] == "comment"]
        for g, p in scorer.align(expected, list(page.comments)):
            matched += 1
            gold_chars, text = expected[g]["body_len"], page.comments[p].text
            kept_rows += _chars(text) > gold_chars * ROW_FACTOR + ROW_SLACK
            misfit = _misfit(gold["name"], p, gold_chars, text)
            if misfit is not None:
                misfits.append(misfit)
    return Bodies(renderer, matched, tuple(misfits), kept_rows)


def _chars(text: str) -> int:
    return len(" ".join(text.split()))  # the gold counts whitespace runs as one space


def _misfit(page: str, position: int, gold_chars: int, text: str) -> Misfit | None:
    found = _chars(text)
    if (
        gold_chars * SHORT_FACTOR - SHORT_SLACK
        <= found
        <= gold_chars * OVERLONG_FACTOR + OVERLONG_SLACK
    ):
        return None
    return Misfit(page, position, gold_chars, found, " ".join(text.split())[-100:])


def report(bodies: Bodies, pages: bool) -> Iterator[str]:
    yield (
        f"{bodies.renderer:<11} matched {bodies.matched:>5}  ran on {bodies.overlong:>3} "
        f"({bodies.extra_chars} chars)  cut {bodies.short:>3}  kept a row {bodies.kept_rows:>3}"
    )
    if pages:
        for m in bodies.misfits:
            kind = "ran on" if m.overlong else "cut"
            lengths = f"{m.gold_chars} -> {m.found_chars} chars"
            yield f"    {m.page} #{m.position}: {kind}, {lengths}: …{m.tail!r}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--renderer", action="append", choices=RENDERERS)
    parser.add_argument("--pages", action="store_true", help="list the comments that misfit")
    args = parser.parse_args(argv)
    if not (REALPAGES / "score.py").exists():
        print(f"{REALPAGES} is absent: nothing to measure", file=sys.stderr)
        return 2
    sys.path.insert(0, str(ROOT))
    scorer, golds = load_scorer(), load_golds()
    for renderer in args.renderer or RENDERERS:
        for line in report(measure(renderer, scorer, golds), args.pages):
            print(line, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
