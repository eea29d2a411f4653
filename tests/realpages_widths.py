"""The real pages rendered again at another width: does the parser rely on where lines break?

``../shared/realpages`` prints every page with w3m, lynx and elinks filled to 100
columns. A site's heads and titles are as long as they are, so on other pages, or at
another width (80 columns is what these converters print by default), other lines are
cut. This script renders the corpus's saved HTML again with the converters found on the
``PATH`` at ``--cols`` columns, into a temporary copy of the corpus (never into this
repository: some pages are AGPL or CC-BY data), and scores the parser there with the
corpus's own ``score.py``.

Run from the project root: ``python -m tests.realpages_widths --cols 80`` (needs w3m,
lynx or elinks installed: ``apt-get install w3m lynx elinks``).
"""

from __future__ import annotations

import argparse
import gzip
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REALPAGES = ROOT.parent / "shared" / "realpages"
# The corpus's own command lines (its tools/build.py), the width left open.
CONVERTERS = {
    "w3m": ["w3m", "-dump", "-T", "text/html", "-cols", "{cols}", "-O", "UTF-8"],
    "lynx": ["lynx", "-dump", "-nolist", "-width={cols}", "-display_charset=UTF-8"],
    "elinks": [
        "elinks", "-dump", "-dump-width", "{cols}", "-no-references", "-no-numbering",
        "-dump-charset", "utf-8",
    ],
}  # fmt: skip
CONVERT_TIMEOUT_S = 60
SCORER_FILES = ("score.py", "manifest.json", "gold", "article-gold")


def render(converter: str, cols: int, html: Path, out: Path) -> None:
    """One page's text as ``converter`` prints it at ``cols`` columns."""
    with tempfile.NamedTemporaryFile(suffix=".html") as page:
        page.write(gzip.decompress(html.read_bytes()))
        page.flush()
        command = [part.format(cols=cols) for part in CONVERTERS[converter]] + [page.name]
        done = subprocess.run(command, capture_output=True, timeout=CONVERT_TIMEOUT_S)
    out.write_bytes(done.stdout)


def corpus_at(folder: Path, converters: Sequence[str], cols: int) -> None:
    """A copy of the corpus in ``folder``: its scorer and gold, and the pages printed by
    ``converters`` at ``cols`` columns."""
    for name in SCORER_FILES:
        source = REALPAGES / name
        if source.is_dir():
            shutil.copytree(source, folder / name)
        elif source.exists():
            shutil.copy(source, folder / name)
    for converter in converters:
        texts = folder / "text" / converter
        texts.mkdir(parents=True)
        for html in sorted((REALPAGES / "html").glob("*.html.gz")):
            render(converter, cols, html, texts / (html.name.removesuffix(".html.gz") + ".txt"))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cols", type=int, default=80, help="columns (default: %(default)s)")
    parser.add_argument("--renderer", choices=sorted(CONVERTERS), action="append")
    parser.add_argument("--pages", action="store_true", help="print the per-page rows too")
    args = parser.parse_args(argv)
    if not (REALPAGES / "html").is_dir():
        print(f"no corpus at {REALPAGES}", file=sys.stderr)
        return 2
    converters = [c for c in args.renderer or sorted(CONVERTERS) if shutil.which(c)]
    if not converters:
        print(f"none of {', '.join(sorted(CONVERTERS))} is installed", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        corpus_at(Path(tmp), converters, args.cols)
        for converter in converters:
            command = [sys.executable, str(Path(tmp) / "score.py"), "--renderer", converter]
            scored = subprocess.run(
                command + ([] if args.pages else ["--quiet"]), cwd=ROOT, check=True,
                capture_output=True, text=True,
            )  # fmt: skip
            print(f"{converter} at {args.cols} columns")
            print(scored.stdout.rstrip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
