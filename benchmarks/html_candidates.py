"""The measurements behind the HTML and WARC choices of comments.web (README table).

On ../shared/realpages (skipped with a message when absent), with its own scorer
(``score.py``, imported from there), prints one markdown row per candidate:

- ``comments.parse_html`` (ours: inscriptis text + the text parser, article from the markup);
- the text parser on each HTML-to-text library's rendering of the raw HTML (inscriptis,
  resiliparse, html-text, html2text): which renderer the parser reads best;
- trafilatura alone (2.x, ``fast``): its article body, and its comment text as one flat
  string (comment recall: gold comment starts found in it; no authors, threads, pingbacks).

Then the two maintained WARC readers on a generated archive of the same pages: seconds
to read every response payload (FastWARC, warcio), and what each does with a corrupt gzip
member (an error to report, or a silent stop).

    .venv/bin/python benchmarks/html_candidates.py
"""

from __future__ import annotations

import contextlib
import gzip
import importlib.util
import io
import json
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REALPAGES = ROOT.parent / "shared" / "realpages"
sys.path.insert(0, str(ROOT))

from comments import Page, parse_html, parse_text  # noqa: E402
from comments.web.charset import decode_html  # noqa: E402
from comments.web.render import html_tree  # noqa: E402

COLUMNS = (
    "comment_f1",
    "comment_p",
    "comment_r",
    "depth_acc",
    "author_acc",
    "pingback_f1",
    "body_f1",
    "without",
    "title",
)


def scorer() -> object:
    spec = importlib.util.spec_from_file_location("realpages_score", REALPAGES / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def renderers() -> dict[str, Callable[[str], str]]:
    """HTML text -> plain text, per library (the converters' settings in realpages)."""
    import html2text
    import html_text
    from inscriptis import get_text
    from inscriptis.model.config import ParserConfig
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.html import HTMLTree

    def markdown(html: str) -> str:
        converter = html2text.HTML2Text()
        converter.ignore_links = converter.ignore_images = converter.ignore_emphasis = True
        converter.unicode_snob, converter.body_width = True, 0
        return converter.handle(html)

    return {
        "inscriptis": lambda html: get_text(html, ParserConfig(display_links=False)),
        "resiliparse": lambda html: extract_plain_text(
            HTMLTree.parse(html), preserve_formatting=True, list_bullets=True, links=False
        ),
        "html-text": lambda html: html_text.extract_text(html, guess_layout=True),
        "html2text": markdown,
    }


def trafilatura_page(data: bytes, page_id: str) -> Page:
    import trafilatura

    document = trafilatura.bare_extraction(
        html_tree(decode_html(data)), fast=True, include_comments=False, with_metadata=True
    )
    text, title = (document.text, document.title) if document else ("", None)
    return Page(page_id, title, paragraphs=(text or "").splitlines())


def trafilatura_comment_recall(score: object, golds: list[dict]) -> float:
    """Share of gold comment starts (40 normalised characters) in trafilatura's comments."""
    import trafilatura

    found = total = 0
    for gold in golds:
        data = gzip.decompress((REALPAGES / "html" / f"{gold['name']}.html.gz").read_bytes())
        document = trafilatura.bare_extraction(
            html_tree(decode_html(data)), fast=True, include_comments=True
        )
        flat = score.norm(getattr(document, "comments", None) or "")
        for comment in gold["comments"]:
            start = score.norm(comment["body_start"])[:40]
            if comment["kind"] == "comment" and start:  # not the emoji-only bodies
                total += 1
                found += start in flat
    return found / total


def summary_row(score: object, name: str, parse: Callable, golds: list, agolds: list) -> str:
    pages: dict = {}
    with contextlib.redirect_stdout(io.StringIO()):
        comments, _ = score.score_renderer("html", golds, parse, True, False, pages_out=pages)
        by_name = {g["name"]: g for g in golds}
        article, _ = score.score_article("html", agolds, by_name, pages, parse, False)
    values = {**comments, **article}
    return f"| {name} | " + " | ".join(str(values[c]) for c in COLUMNS) + " |"


def warc_readers(pages: list[bytes]) -> None:
    from fastwarc.warc import ArchiveIterator, WarcRecord, WarcRecordType
    from warcio.archiveiterator import ArchiveIterator as WarcioIterator

    members = []
    for number, html in enumerate(pages * 3):
        record = WarcRecord()
        record.init_headers(WarcRecordType.response)
        record.headers["WARC-Target-URI"] = f"https://bench.example/{number}"
        record.headers["Content-Type"] = "application/http; msgtype=response"
        record.set_bytes_content(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + html)
        buffer = io.BytesIO()
        record.write(buffer)
        members.append(gzip.compress(buffer.getvalue(), 6))
    archive = b"".join(members)
    middle = len(members) // 2
    damaged = bytearray(members[middle])  # deflate data overwritten mid-member, same length
    half = len(damaged) // 2
    damaged[half : half + 2000] = random.Random(0).randbytes(2000)
    corrupt = b"".join(members[:middle]) + bytes(damaged) + b"".join(members[middle + 1 :])

    def fastwarc(data: bytes) -> int:
        return sum(len(r.reader.read()) > 0 for r in ArchiveIterator(io.BytesIO(data)))

    def warcio(data: bytes) -> int:
        stream = WarcioIterator(io.BytesIO(data))
        return sum(len(r.content_stream().read()) > 0 for r in stream)

    print(f"\n{len(members)} responses, {len(archive) / 1e6:.1f} MB gzip:")
    for name, read in (("fastwarc", fastwarc), ("warcio", warcio)):
        start = time.perf_counter()
        count = read(archive)
        seconds = time.perf_counter() - start
        stderr = io.StringIO()
        with contextlib.redirect_stderr(stderr), contextlib.redirect_stdout(stderr):
            try:
                outcome = f"read {read(corrupt)} records, no error raised"
            except Exception as exc:
                outcome = f"raised {type(exc).__name__}: {exc}"[:90]
        noise = len(stderr.getvalue().splitlines())
        print(
            f"  {name}: {count} records in {seconds:.2f} s; corrupt member at {middle}: {outcome}"
            f" ({noise} lines printed)"
        )


def main() -> None:
    if not (REALPAGES / "score.py").exists():
        print(f"{REALPAGES} is absent: nothing to measure")
        return
    score = scorer()
    golds, agolds = load_golds()
    print("| candidate | " + " | ".join(COLUMNS) + " |")
    print("|---" * (len(COLUMNS) + 1) + "|")
    print(summary_row(score, "comments.parse_html (ours)", parse_html, golds, agolds))
    for name, render in renderers().items():
        parse = lambda data, page_id, r=render: parse_text(r(decode_html(data)), page_id)  # noqa: E731
        print(summary_row(score, f"parse_text({name} text)", parse, golds, agolds))
    print(summary_row(score, "trafilatura alone (no threads)", trafilatura_page, golds, agolds))
    print(f"trafilatura comment text recall (flat): {trafilatura_comment_recall(score, golds):.3f}")
    html = [gzip.decompress(p.read_bytes()) for p in sorted((REALPAGES / "html").glob("*.gz"))]
    warc_readers(html)


def load_golds() -> tuple[list[dict], list[dict]]:
    golds = [json.loads(p.read_text()) for p in sorted((REALPAGES / "gold").glob("*.json"))]
    agolds = [
        json.loads(p.read_text()) for p in sorted((REALPAGES / "article-gold").glob("*.json"))
    ]
    return golds, agolds


if __name__ == "__main__":
    main()
