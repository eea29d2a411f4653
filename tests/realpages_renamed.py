"""The real pages with their commenters renamed: does the parser rely on the names it saw?

A commenter's name is the most page-specific string a comment section holds, and the
shapes of names differ from site to site (one word, "First Last", a handle with digits,
"Jan van der Berg", lower case, initials, other scripts, a blog's name). This script
renames every commenter of ``../shared/realpages`` (each gold author found in the page's
text, wherever it stands there, also glued to itself as an avatar's alt text prints it)
to an invented name of one shape, renames them in the gold likewise, and scores the
parser with the corpus's own ``score.py``. A parser that generalises scores within a
point of the unrenamed pages on every shape; a drop of a whole page names a kind of head
the parser does not read.

Run (from the project root; a few minutes per converter)::

    .venv/bin/python -m tests.realpages_renamed [--renderer R ...] [--shape S ...] [--pages]

``--pages`` also lists the pages whose matched comments, depths or authors changed.
Noise to expect: a name renamed inside a web address or in the article's byline (the
post's author also comments) changes more than the thread; gold authors that include the
date ("mxa 1 year") lose the date with the name.
"""

from __future__ import annotations

import argparse
import copy
import importlib.util
import itertools
import json
import re
import sys
import warnings
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REALPAGES = ROOT.parent / "shared" / "realpages"
RENDERERS = ("w3m", "lynx", "elinks", "html2text", "inscriptis")
MIN_NAME_CHARS = 3  # shorter gold authors ("Jo") stand inside too many other words
METRICS = ("comment_f1", "comment_p", "comment_r", "depth_acc", "author_acc", "neg_fp")
PAGE_FIELDS = ("match", "depth_ok", "author_ok")


def _names(*parts: Sequence[str], joiner: str = " ") -> Iterator[str]:
    """Every combination of the parts, in a fixed order (enough for the longest page)."""
    return (joiner.join(p) for p in itertools.product(*parts))


_GIVEN = (
    "Mara", "Tobi", "Ines", "Kofi", "Lena", "Ravi", "Suki", "Olek",
    "Nadia", "Theo", "Aiko", "Bruno", "Carmen", "Dilan", "Edith", "Femi",
)  # fmt: skip
_FAMILY = (
    "Okafor", "Lindqvist", "Moreau", "Tanaka", "Novak", "Brennan", "Haddad", "Silva",
    "Kowalski", "Oduya", "Petit", "Varga", "Whitlock", "Yilmaz", "Zeller", "Abara",
)  # fmt: skip
_ENDINGS = (
    "",
    "a",
    "o",
    "ie",
    "ka",
    "line",
    "na",
    "ko",
    "ri",
    "ta",
    "el",
    "us",
    "ix",
    "en",
    "is",
    "on",
)
_INITIALS = (
    "J. R.", "Dr. K.", "M.", "A. B.", "T.", "S. J.", "Prof. L.", "E.",
    "R. M.", "C.", "D. W.", "H.", "P. T.", "N.", "G. A.", "V.",
)  # fmt: skip
_OTHER_GIVEN = ("Женя", "Σοφία", "Ayşe", "Łukasz", "Dương", "Ðorđe", "Ægir", "Şule")
_OTHER_FAMILY = ("Петров", "Παππάς", "Öztürk", "Wójcik", "Nguyễn", "Đorđević", "Þórsson", "Çelik")
_BLOGS = (
    "@ Notes From Home", "| Bakes and Bikes", "at The Nibble", "from Kitchen Stories",
    "@ Slow Roads", "| Paper and Pine", "of Small Wins", "@ The Daily Crumb",
    "| Field Notes", "at Rooftop Greens", "@ Two Left Thumbs", "| Quiet Corners",
    "from The Allotment", "@ Stitch by Stitch", "| Tin Can Travels", "of The Long Walk",
)  # fmt: skip
# Invented names, one generator per shape a site may give its commenters' names (each
# gives more names than the busiest page has commenters: 233).
SHAPES: dict[str, Callable[[], Iterator[str]]] = {
    "first-last": lambda: _names(_GIVEN, _FAMILY),
    "one-word": lambda: _names(_GIVEN, _ENDINGS, joiner=""),
    "handle": lambda: _names(
        ("kat", "bo", "zed_", "mrs.bee", "the-owl", "jj", "dr_who", "x-ray"),
        ("", "o", "y", "_x"),
        ("7", "12", "99", "2k", "_3", "04", "1984", "x9"),
        joiner="",
    ),
    "particles": lambda: _names(
        ("Jan Willem", "Ana", "Gia", "Luc"), ("van der", "de la", "di", "von"), _FAMILY
    ),
    "lower-case": lambda: _names(
        tuple(n.lower() for n in _GIVEN), tuple(n.lower() for n in _FAMILY)
    ),
    "initials": lambda: _names(_INITIALS, _FAMILY),
    "other-script": lambda: _names(
        _OTHER_GIVEN,
        tuple(f + end for f in _OTHER_FAMILY for end in ("", "-Ivanova", "-Li", "ović")),
    ),
    "blog-name": lambda: _names(_GIVEN, _BLOGS),
}


def load_scorer():
    """The corpus's own scorer module (read in place: nothing is copied into the repo)."""
    spec = importlib.util.spec_from_file_location("realpages_score", REALPAGES / "score.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {REALPAGES / 'score.py'}")
    module = importlib.util.module_from_spec(spec)
    with warnings.catch_warnings():  # an escape in score.py's docstring: not ours to fix
        warnings.simplefilter("ignore", DeprecationWarning)
        spec.loader.exec_module(module)
    return module


def _text(renderer: str, name: str) -> str | None:
    path = REALPAGES / "text" / renderer / f"{name}.txt"
    return path.read_text(encoding="utf-8", errors="replace") if path.exists() else None


def _pattern(names: Sequence[str]) -> re.Pattern[str]:
    """Each name as a whole word, also printed twice in a row ("AnnAnn")."""
    return re.compile("|".join(rf"(?<!\w)(?:{re.escape(n)})+(?!\w)" for n in names))


def renaming(gold: dict, text: str, shape: str) -> dict[str, str]:
    """Each gold author (longest first) that the text shows, mapped to a new name."""
    authors = {c["author"] for c in gold["comments"] if c["kind"] == "comment" and c["author"]}
    shown = [a for a in authors if len(a) >= MIN_NAME_CHARS and _pattern([a]).search(text)]
    shown.sort(key=lambda a: (-len(a), a))
    return dict(zip(shown, itertools.cycle(SHAPES[shape]()), strict=False))


def rename(text: str, mapping: dict[str, str]) -> str:
    if not mapping:
        return text
    longest_first = sorted(mapping, key=len, reverse=True)

    def replace(match: re.Match[str]) -> str:
        found = match.group(0)
        old = next(n for n in longest_first if found == n * (len(found) // len(n)))
        return mapping[old] * (len(found) // len(old))

    return _pattern(longest_first).sub(replace, text)


def renamed_gold(gold: dict, mapping: dict[str, str]) -> dict:
    gold = copy.deepcopy(gold)
    for item in gold["comments"]:
        if item["kind"] == "comment" and item["author"] in mapping:
            item["author"] = mapping[item["author"]]
        item["body_start"] = rename(item["body_start"], mapping)
    return gold


def score(scorer, golds: list[dict], renderer: str, shape: str | None) -> tuple[dict, list]:
    """The scorer's summary and page rows, on the pages renamed to ``shape`` (None: as saved)."""
    from comments import parse_text

    mappings: dict[str, dict[str, str]] = {}
    scored = []
    for gold in golds:
        text = _text(renderer, gold["name"])
        mapping = renaming(gold, text, shape) if shape and text else {}
        mappings[gold["name"]] = mapping
        scored.append(renamed_gold(gold, mapping))

    def parse(text: str, page_id: str):
        return parse_text(rename(text, mappings[page_id]), page_id=page_id)

    return scorer.score_renderer(renderer, scored, parse, True, False)


def changed_pages(before: list[dict], after: list[dict]) -> Iterator[str]:
    rows = {r["page"]: r for r in before if "gold" in r}
    for row in after:
        old = rows.get(row["page"])
        if old is None:
            continue
        diffs = [f"{k} {old[k]}->{row[k]}" for k in PAGE_FIELDS if old[k] != row[k]]
        if diffs:
            yield f"    {row['page']} ({row['gold']} comments): {', '.join(diffs)}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--renderer", action="append", choices=RENDERERS)
    parser.add_argument("--shape", action="append", choices=sorted(SHAPES))
    parser.add_argument("--pages", action="store_true", help="list the pages that changed")
    args = parser.parse_args(argv)
    if not (REALPAGES / "score.py").exists():
        print(f"{REALPAGES} is absent: nothing to measure", file=sys.stderr)
        return 2
    sys.path.insert(0, str(ROOT))
    scorer = load_scorer()
    golds = [json.loads(p.read_text()) for p in sorted((REALPAGES / "gold").glob("*.json"))]
    print(f"{'converter':<11} {'names':<13} " + " ".join(f"{m:>10}" for m in METRICS))
    for renderer in args.renderer or RENDERERS:
        base, base_rows = score(scorer, golds, renderer, None)
        print(f"{renderer:<11} {'as saved':<13} " + " ".join(f"{base[m]:>10}" for m in METRICS))
        for shape in args.shape or SHAPES:
            summary, rows = score(scorer, golds, renderer, shape)
            cells = (f"{summary[m]:>10}" for m in METRICS)
            print(f"{renderer:<11} {shape:<13} " + " ".join(cells), flush=True)
            if args.pages:
                print(*changed_pages(base_rows, rows), sep="\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
