"""The parser on the development set: hand-written pages rendered by real converters.

Each ``tests/devset/text/<page>.<converter>.txt`` is parsed with
:func:`comments.parse_text` and compared with ``tests/devset/expected/<page>.json``
(see ``tests/devset/README.md``). A failure lists every mismatch of that case at once.
``python -m tests.devset.score`` prints the same comparison as a table.

Cases the parser is known to get wrong are listed in :data:`KNOWN_FAILURES` and run as
strict xfails, so a parser fix shows up as XPASS and the entry must then be removed.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
from html.parser import HTMLParser

import pytest
from devset import render
from devset.compare import (
    EXPECTED_DIR,
    HTML_DIR,
    TEXT_DIR,
    Case,
    all_cases,
    check_page,
    load_expectation,
    norm,
    render_problems,
)

import comments

# (page, converter) -> why the parser still fails it. Keep the reason specific.
KNOWN_FAILURES: dict[tuple[str, str], str] = {}

CONVERTERS = ("w3m", "lynx", "lynx_nolist", "html2text", "html2text_wrap", "inscriptis")
MIN_PAGES = 18

CASES = all_cases()


def _param(case: Case) -> object:
    reason = KNOWN_FAILURES.get((case.page, case.converter))
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(case, id=case.id, marks=marks)


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_parse_matches_expectation(case: Case) -> None:
    page = comments.parse_text(case.text_path.read_text(encoding="utf-8"), page_id=case.id)
    problems, _tally = check_page(page, load_expectation(case))
    assert not problems, render_problems(case, problems)


# --- the development set itself -------------------------------------------------------


def test_every_page_has_html_expectation_and_every_rendering() -> None:
    html_pages = sorted(p.stem for p in HTML_DIR.glob("*.html"))
    expected_pages = sorted(p.stem for p in EXPECTED_DIR.glob("*.json"))
    assert html_pages == expected_pages
    assert len(html_pages) >= MIN_PAGES
    missing = [
        f"{page}.{conv}.txt"
        for page in html_pages
        for conv in CONVERTERS
        if not (TEXT_DIR / f"{page}.{conv}.txt").exists()
    ]
    assert not missing, f"re-run python -m tests.devset.render; missing: {missing}"
    assert len(CASES) == len(html_pages) * len(CONVERTERS)


def test_known_failures_name_real_cases() -> None:
    real = {(c.page, c.converter) for c in CASES}
    assert set(KNOWN_FAILURES) <= real, sorted(set(KNOWN_FAILURES) - real)


def test_set_covers_negatives_depth_pingbacks_and_languages() -> None:
    expectations = [json.loads(p.read_text("utf-8")) for p in EXPECTED_DIR.glob("*.json")]
    negatives = [e for e in expectations if e.get("no_comments")]
    depths = [c["depth"] for e in expectations for c in e["comments"]]
    kinds = {p["kind"] for e in expectations for p in e["pingbacks"]}
    assert len(negatives) >= 6
    assert max(depths) >= 4
    assert kinds == {"pingback", "trackback"}
    assert any(c["author"] is None for e in expectations for c in e["comments"])


def _strings_shown_on_page(exp: dict) -> list[str]:
    """Every expected string that is text of the page, so must be in every rendering."""
    shown = [exp["title"], exp["first_paragraph"], exp["last_paragraph"]]
    for comment in exp["comments"]:
        contains = comment["text_contains"]
        shown += [contains] if isinstance(contains, str) else contains
        shown += [s for s in (comment.get("author"), comment.get("timestamp")) if s]
    for pingback in exp["pingbacks"]:
        shown += [
            s for s in (pingback["title"], pingback.get("site"), pingback.get("excerpt")) if s
        ]
    return shown


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_expected_strings_survive_the_converter(case: Case) -> None:
    """Guards the truth, not the parser: no expectation asks for text a converter lost."""
    text = norm(case.text_path.read_text(encoding="utf-8"))
    exp = load_expectation(case)
    absent = [s for s in _strings_shown_on_page(exp) if norm(s) not in text]
    assert not absent, f"{case.id}: expected strings not in the rendered text: {absent}"


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_expectation_is_self_consistent(case: Case) -> None:
    """Guards the truth: parents come earlier, one level up; no body contains its excludes."""
    exp = load_expectation(case)
    comments_ = exp["comments"]
    for i, comment in enumerate(comments_):
        contains = comment["text_contains"]
        body = " ".join([contains] if isinstance(contains, str) else contains)
        excludes = [*exp.get("comment_text_excludes", []), *comment.get("text_excludes", [])]
        assert not [s for s in excludes if s in body], f"{case.id} comment #{i}"
        parent = comment["parent"]
        if parent is None:
            assert comment["depth"] == 0, f"{case.id} comment #{i}"
        else:
            assert parent < i, f"{case.id} comment #{i}"
            assert comments_[parent]["depth"] == comment["depth"] - 1, f"{case.id} #{i}"


@pytest.mark.skipif(
    not (shutil.which("w3m") and shutil.which("lynx")), reason="needs w3m and lynx to render"
)
def test_rendered_text_is_up_to_date() -> None:
    """An edited page must be re-rendered; skipped where the converters differ in version."""
    pytest.importorskip("html2text", reason="needs the devset extra")
    pytest.importorskip("inscriptis", reason="needs the devset extra")
    outputs = render.render_all()
    if outputs[render.VERSIONS_FILE] != render.VERSIONS_FILE.read_text(encoding="utf-8"):
        pytest.skip("converter versions differ from text/VERSIONS.txt")
    assert not render.stale_files(outputs), "run: python -m tests.devset.render"


# --- the comparison itself -------------------------------------------------------------


def _page_from_truth(exp: dict) -> comments.Page:
    """A Page that is exactly what the expectation describes."""
    built: list[comments.Comment] = []
    for i, want in enumerate(exp["comments"]):
        contains = want["text_contains"]
        parent = want["parent"]
        built.append(
            comments.Comment(
                id=f"c{i}",
                parent_id=None if parent is None else f"c{parent}",
                depth=want["depth"],
                author=want["author"],
                timestamp=want.get("timestamp"),
                text="\n".join([contains] if isinstance(contains, str) else contains),
            )
        )
    pingbacks = [
        comments.Pingback(p["kind"], p["title"], p.get("site"), p.get("excerpt"))
        for p in exp["pingbacks"]
    ]
    return comments.Page(
        page_id="truth",
        title=exp["title"],
        paragraphs=[exp["first_paragraph"], exp["last_paragraph"]],
        comments=built,
        pingbacks=pingbacks,
        declared_count=exp["declared_count"],
        warnings=["incomplete"] if exp.get("warns_incomplete") else [],
    )


def test_compare_accepts_the_truth_itself() -> None:
    for case in CASES:
        exp = load_expectation(case)
        problems, _ = check_page(_page_from_truth(exp), exp)
        assert not problems, render_problems(case, problems)


def test_compare_flags_each_kind_of_error() -> None:
    exp = load_expectation(Case("wp_thoughts_depth4", "w3m"))
    truth = _page_from_truth(exp)
    cs = truth.comments
    broken = dataclasses.replace(
        truth,
        title="Eastport Local",
        declared_count=None,
        comments=[
            dataclasses.replace(cs[0], author="Hannah Cole says:"),
            dataclasses.replace(cs[1], text=cs[1].text + "\nReply"),
            dataclasses.replace(cs[2], depth=1, parent_id="c0"),
            *cs[3:6],
        ],
    )
    problems, tally = check_page(broken, exp)
    fields = sorted({p.field for p in problems})
    assert fields == [
        "authors",
        "bodies",
        "clean",
        "count",
        "declared",
        "depths",
        "parents",
        "title",
    ]
    assert tally.right["title"] == 0
    assert "comment #6 (author 'Anonymous'): no parsed comment contains" in "\n".join(
        p.message for p in problems
    )
    assert tally.total["bodies"] == len(exp["comments"]) == 7
    assert tally.right["bodies"] == 6


def test_compare_counts_false_comments_on_pages_without_comments() -> None:
    exp = load_expectation(Case("neg_recent_comments_sidebar", "lynx"))
    sidebar_entry = comments.Comment("c0", None, 0, "Ann", None, "on Wassail night in pictures")
    page = dataclasses.replace(_page_from_truth(exp), comments=[sidebar_entry])
    problems, tally = check_page(page, exp)
    assert [p.field for p in problems] == ["no_false_pos"]
    assert "false comment #0 on a page without comments: author='Ann'" in problems[0].message
    assert tally.right["no_false_pos"] == 0


# --- the truth against the HTML markup ----------------------------------------------------

# (tag, class) pairs that mark one comment in the pages' markup, per platform.
COMMENT_MARKUP = {
    ("li", "comment"),  # WordPress, Blogger threaded
    ("li", "post"),  # Disqus
    ("li", "comment-item"),  # news widget, Squarespace
    ("dt", "comment-author"),  # Blogger classic
    ("div", "comment"),  # TypePad
    ("li", "fbFeedbackPost"),  # Facebook comments plugin
}
VOID_TAGS = {"img", "br", "input", "meta", "hr", "link", "base"}


class _CommentMarkup(HTMLParser):
    """Depth and parent of every comment element, from the nesting of the markup."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[int | None] = []  # per open element: its comment index or None
        self.found: list[tuple[int, int | None]] = []  # (depth, parent index)
        self.pings: list[str] = []  # "pingback" / "trackback", in document order

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID_TAGS:
            return
        classes = set((dict(attrs).get("class") or "").split())
        index = None
        is_ping = bool(classes & {"pingback", "trackback"})
        if is_ping and tag == "li":
            self.pings.append("pingback" if "pingback" in classes else "trackback")
        if not is_ping and any(tag == t and c in classes for t, c in COMMENT_MARKUP):
            open_comments = [i for i in self.stack if i is not None]
            parent = open_comments[-1] if open_comments else None
            index = len(self.found)
            self.found.append((len(open_comments), parent))
        self.stack.append(index)

    def handle_endtag(self, tag: str) -> None:
        if tag not in VOID_TAGS and self.stack:
            self.stack.pop()


@pytest.mark.parametrize("page", sorted(p.stem for p in EXPECTED_DIR.glob("*.json")))
def test_expected_threads_match_the_html_markup(page: str) -> None:
    """Guards the truth: depths, parents and pingback kinds as the HTML marks them up."""
    markup = _CommentMarkup()
    markup.feed((HTML_DIR / f"{page}.html").read_text(encoding="utf-8"))
    exp = json.loads((EXPECTED_DIR / f"{page}.json").read_text(encoding="utf-8"))
    expected = [(c["depth"], c["parent"]) for c in exp["comments"]]
    assert markup.found == expected
    assert markup.pings == [p["kind"] for p in exp["pingbacks"]]
