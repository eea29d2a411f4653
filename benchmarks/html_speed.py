"""Speed and memory of the HTML and WARC inputs (comments.web), as same-run ratios.

Pages: the real saved pages of ../shared/realpages/html/ (166 pages, 130 KB of HTML each on
average) when that folder is there, else (or with ``--fixtures``) the small synthetic HTML
fixtures of tests/devset/html/ (6 KB each: on pages that small, markup-to-text work
outweighs the parse, so the rendering target is judged on real page sizes); each page made
distinct (a number in its title and first paragraph) so that no memo flatters a rate.
Measured on one core (pinned, polars on one thread), each the best of a few runs, CPU time
of this process:

1. HTML -> Page: pages/s of ``parse_html``, and the share of each step — decoding,
   rendering (lxml + inscriptis), the text parse, the markup (headline, URL, htmldate),
   the article body (trafilatura). Baseline: ``parse_text`` of the same rendered text.
   Target: rendering costs no more than the parse itself (PASS/FAIL).
2. WARC -> pages/units/scores with the linear toxicity tier (``run_local``): pages/s
   with 1 and 2 worker processes, and the share of reading the archive (FastWARC + charset).
3. Flat memory: peak RSS of streaming every document out of a small and a large
   generated WARC (``--warc-mb``, default 256; 1024 for the issue's 1 GB), in fresh
   processes. Target: the large one within 20% (+ 32 MiB) of the small one (PASS/FAIL).

Absolute rates depend on the machine (the README names the one its figures come from);
the ratios are what to compare. Nothing generated is kept.

    .venv/bin/python benchmarks/html_speed.py [--pages 200] [--warc-mb 256] [--fixtures]
"""

from __future__ import annotations

import os

os.environ.setdefault("POLARS_MAX_THREADS", "1")  # one core: before polars is imported

import argparse
import gzip
import io
import re
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from fastwarc.warc import WarcRecord, WarcRecordType  # noqa: E402

from comments import parse_text  # noqa: E402
from comments.engines import RunOptions  # noqa: E402
from comments.engines.local import run_local  # noqa: E402
from comments.web.article import article_paragraphs  # noqa: E402
from comments.web.charset import decode_html  # noqa: E402
from comments.web.inputs import WarcSkipNote, warc_documents  # noqa: E402
from comments.web.metadata import page_markup  # noqa: E402
from comments.web.render import html_tree, render_tree  # noqa: E402

FIXTURES = ROOT / "tests" / "devset" / "html"
REALPAGES = ROOT.parent / "shared" / "realpages" / "html"
REPEATS = 3
SMALL_WARC_MB = 16
MEMORY_SLACK = 0.20
MEMORY_SLACK_BYTES = 32 << 20
_TITLE = re.compile(rb"(<title[^>]*>)", re.I)
_BODY = re.compile(rb"(<body[^>]*>)", re.I)


def source_pages(fixtures: bool) -> list[bytes]:
    if not fixtures and REALPAGES.is_dir():
        return [gzip.decompress(path.read_bytes()) for path in sorted(REALPAGES.glob("*.gz"))]
    pages = [path.read_bytes() for path in sorted(FIXTURES.glob("*.html"))]
    if not pages:
        sys.exit(f"no HTML pages in {REALPAGES} or {FIXTURES}")
    return pages


def distinct(page: bytes, number: int) -> bytes:
    """The page with its number in the title and at the top of the body."""
    mark = f"Copy {number}: ".encode()
    page = _TITLE.sub(lambda m: m.group(1) + mark, page, count=1)
    return _BODY.sub(lambda m: m.group(1) + b"<p>" + mark + b"</p>", page, count=1)


def corpus(sources: list[bytes], n: int) -> Iterator[bytes]:
    for number in range(n):
        yield distinct(sources[number % len(sources)], number)


# --- 1. HTML -> Page, step by step -----------------------------------------------------


def step_times(pages: list[bytes]) -> dict[str, float]:
    """CPU seconds of each step of parse_html over ``pages`` (the best of REPEATS)."""
    best: dict[str, float] = {}
    for _ in range(REPEATS):
        spent = dict.fromkeys(("decode", "render", "parse", "markup", "article"), 0.0)
        for data in pages:
            text = timed(spent, "decode", lambda d=data: decode_html(d))
            tree = timed(spent, "render", lambda t=text: html_tree(t))
            rendered = timed(spent, "render", lambda t=tree: render_tree(t))
            timed(spent, "parse", lambda r=rendered: parse_text(r))
            timed(spent, "markup", lambda t=tree: page_markup(t))
            timed(spent, "article", lambda t=tree: article_paragraphs(t))
        best = spent if not best else {k: min(v, best[k]) for k, v in spent.items()}
    return best


def timed(spent: dict[str, float], name: str, step: Callable[[], object]) -> object:
    start = time.process_time()
    result = step()
    spent[name] += time.process_time() - start
    return result


# --- 2. WARC -> pages/units/scores --------------------------------------------------------


def write_warc(path: Path, pages: Iterator[bytes], max_bytes: int | None = None) -> int:
    """A gzip multi-member WARC (request + response per page) written with FastWARC;
    stops at ``max_bytes`` of file when given. Returns the number of pages."""
    count = 0
    with open(path, "wb") as out:
        for number, html in enumerate(pages):
            if max_bytes is not None and out.tell() >= max_bytes:
                break
            uri = f"https://bench.example/{number}"
            http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + html
            out.write(
                gzip.compress(_record(WarcRecordType.request, uri, b"GET / HTTP/1.1\r\n\r\n"), 1)
            )
            out.write(gzip.compress(_record(WarcRecordType.response, uri, http), 1))
            count += 1
    return count


def _record(kind: WarcRecordType, uri: str, block: bytes) -> bytes:
    record = WarcRecord()
    record.init_headers(kind)
    record.headers["WARC-Target-URI"] = uri
    msgtype = "request" if kind == WarcRecordType.request else "response"
    record.headers["Content-Type"] = f"application/http; msgtype={msgtype}"
    record.set_bytes_content(block)
    buffer = io.BytesIO()
    record.write(buffer)
    return buffer.getvalue()


def read_seconds(path: Path) -> float:
    start = time.process_time()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", WarcSkipNote)
        for _ in warc_documents(path, path.stem):
            pass
    return time.process_time() - start


def run_seconds(path: Path, workers: int) -> float:
    """Wall seconds of a linear-tier run (workers are processes: CPU time is theirs)."""
    with tempfile.TemporaryDirectory() as out, warnings.catch_warnings():
        warnings.simplefilter("ignore", WarcSkipNote)
        options = RunOptions(
            (str(path),),
            out,
            workers=workers,
            quiet=True,
            toxicity_model="profanity-check",
            chunk_size=50,
        )
        start = time.perf_counter()
        run_local(options)
        return time.perf_counter() - start


# --- 3. memory ---------------------------------------------------------------------------

_READ_ALL = """
import sys, warnings, resource
sys.path.insert(0, {root!r})
from pathlib import Path
from comments.corpus import iter_documents
warnings.simplefilter("ignore")
n = sum(1 for _ in iter_documents(Path({path!r})))
print(n, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)
"""


def peak_read_rss(path: Path) -> tuple[int, int]:
    """(documents, peak RSS bytes) of streaming every document of ``path`` in a new process."""
    code = _READ_ALL.format(root=str(ROOT), path=str(path))
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    documents, rss = out.stdout.split()
    return int(documents), int(rss)


def endless(sources: list[bytes]) -> Iterator[bytes]:
    number = 0
    while True:
        yield distinct(sources[number % len(sources)], number)
        number += 1


# --- report ------------------------------------------------------------------------------


def report_steps(pages: list[bytes], megabytes: float) -> None:
    spent = step_times(pages)
    total = sum(spent.values())
    rate = f"{len(pages) / total:.1f} pages/s, {megabytes / total:.2f} MB/s"
    print(f"\nHTML -> Page on one core: {rate}")
    for name, seconds in spent.items():
        print(f"  {name:8s} {seconds / total:6.1%}  {1000 * seconds / len(pages):6.1f} ms/page")
    ratio = spent["render"] / spent["parse"]
    verdict = "PASS" if ratio <= 1.0 else "FAIL"
    print(f"{verdict}: rendering costs {ratio:.2f}x the parse itself (target <= 1.0)")


def report_runs(folder: Path, pages: list[bytes], cores: set[int] | None) -> None:
    warc = folder / "bench.warc.gz"
    n = write_warc(warc, iter(pages))
    read = min(read_seconds(warc) for _ in range(REPEATS))
    if cores:
        os.sched_setaffinity(0, cores)  # workers may use every core again
    one, two = run_seconds(warc, 1), run_seconds(warc, 2)
    size = f"{warc.stat().st_size / 1e6:.1f} MB"
    print(f"\nWARC -> pages/units/scores (linear tier), {n} pages, {size}:")
    print(f"  reading + charset: {n / read:8.1f} pages/s (one core)")
    print(f"  1 worker:          {n / one:8.1f} pages/s")
    print(f"  2 workers:         {n / two:8.1f} pages/s  (scaling {one / two:.2f}x)")


def report_memory(folder: Path, sources: list[bytes], large_mb: int) -> None:
    print("\nStreaming every document out of a WARC (peak RSS of a fresh process):")
    peaks = []
    for name, megabytes in (("small", SMALL_WARC_MB), ("large", large_mb)):
        path = folder / f"{name}.warc.gz"
        write_warc(path, endless(sources), megabytes << 20)
        documents, rss = peak_read_rss(path)
        size = f"{path.stat().st_size / 1e6:7.0f} MB"
        print(f"  {name}: {size}, {documents:7d} pages, {rss / 2**20:6.0f} MiB")
        peaks.append(rss)
        path.unlink()
    flat = peaks[1] <= peaks[0] * (1 + MEMORY_SLACK) + MEMORY_SLACK_BYTES
    print(f"{'PASS' if flat else 'FAIL'}: memory flat from {SMALL_WARC_MB} MB to {large_mb} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=200, help="pages for the rates")
    parser.add_argument("--warc-mb", type=int, default=256, help="size of the large WARC")
    parser.add_argument(
        "--fixtures", action="store_true", help="the synthetic tests/devset/html pages only"
    )
    args = parser.parse_args()
    cores = os.sched_getaffinity(0) if hasattr(os, "sched_setaffinity") else None
    if cores:
        os.sched_setaffinity(0, {min(cores)})  # one core for the per-page figures
    sources = source_pages(args.fixtures)
    pages = list(corpus(sources, args.pages))
    megabytes = sum(map(len, pages)) / 1e6
    print(f"{len(pages)} distinct pages from {len(sources)} sources ({megabytes:.1f} MB of HTML)")
    report_steps(pages, megabytes)
    with tempfile.TemporaryDirectory() as folder:
        report_runs(Path(folder), pages, cores)
        report_memory(Path(folder), sources, args.warc_mb)


if __name__ == "__main__":
    main()
