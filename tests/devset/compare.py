"""Compare a parsed :class:`~comments.model.Page` with a development-set expectation.

An expectation (``expected/<page>.json``) is the truth written from the HTML; see
``README.md`` in this folder for its fields. Converters differ in whitespace, so every
comparison first collapses whitespace runs to one space (:func:`norm`); everything else
is compared as given. One rendered text is one *case*: ``(page, converter)``.

Comments are matched to expected comments by body, in document order
(:func:`align_comments`), so one missed or extra comment does not make every later one
look wrong; authors, depths, parents and timestamps are then compared on matched pairs.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from comments import Comment, Page

HERE = Path(__file__).resolve().parent
HTML_DIR = HERE / "html"
TEXT_DIR = HERE / "text"
EXPECTED_DIR = HERE / "expected"

# The fields a case is scored on, in report order (score.py prints one column each).
FIELDS = (
    "title",
    "article",
    "declared",
    "count",
    "bodies",
    "clean",
    "authors",
    "timestamps",
    "depths",
    "parents",
    "pingbacks",
    "no_false_pos",
)


@dataclass(frozen=True)
class Case:
    """One rendered text of one page: ``text/<page>.<converter>.txt``."""

    page: str
    converter: str

    @property
    def id(self) -> str:
        return f"{self.page}.{self.converter}"

    @property
    def text_path(self) -> Path:
        return TEXT_DIR / f"{self.page}.{self.converter}.txt"


@dataclass(frozen=True)
class Mismatch:
    """One way a parse differs from the truth: which field, and a readable account."""

    field: str
    message: str


@dataclass
class Tally:
    """Right answers out of possible ones, per field, for one case."""

    right: dict[str, int]
    total: dict[str, int]

    def add(self, field: str, ok: bool, weight: int = 1) -> None:
        self.total[field] = self.total.get(field, 0) + weight
        self.right[field] = self.right.get(field, 0) + (weight if ok else 0)


def norm(text: str | None) -> str:
    """Collapse every whitespace run (newlines, tabs, no-break spaces) to one space.

    >>> norm("  Two\\n\\tlines\\u00a0here ")
    'Two lines here'
    >>> norm(None)
    ''
    """
    return " ".join((text or "").split())


def all_cases() -> list[Case]:
    """Every rendered text with an expectation, sorted by page then converter.

    >>> len(all_cases()) >= 18 * 5
    True
    """
    pages = {p.stem for p in EXPECTED_DIR.glob("*.json")}
    cases = []
    for path in sorted(TEXT_DIR.glob("*.txt")):
        page, _, converter = path.name[: -len(".txt")].partition(".")
        if page in pages and converter:
            cases.append(Case(page, converter))
    return cases


def load_expectation(case: Case) -> dict[str, Any]:
    """The page's expectation with the converter's overrides applied.

    ``converters.<name>`` may replace any top-level field, and
    ``converters.<name>.comments.<index>`` any field of one comment.

    >>> exp = load_expectation(Case("wp_german", "w3m"))
    >>> exp["declared_count"], exp["comments"][0]["author"]
    (3, 'Klaus-Dieter Brandt')
    """
    raw = json.loads((EXPECTED_DIR / f"{case.page}.json").read_text(encoding="utf-8"))
    override = dict(raw.pop("converters", {}).get(case.converter, {}))
    comment_overrides = override.pop("comments", {})
    raw.update(override)
    raw["comments"] = [dict(c) for c in raw.get("comments", [])]
    for index, fields in comment_overrides.items():
        raw["comments"][int(index)].update(fields)
    return raw


def _as_list(value: str | list[str] | None) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


def align_comments(expected: list[dict[str, Any]], got: list[Comment]) -> list[int | None]:
    """For each expected comment, the index of the parsed comment holding its body.

    Matching moves forward only (document order), so a parsed comment is used once.

    >>> got = [Comment("a", None, 0, "X", None, "hello there"),
    ...        Comment("b", None, 0, "Y", None, "second one")]
    >>> align_comments([{"text_contains": "second"}, {"text_contains": "absent"}], got)
    [1, None]
    """
    found: list[int | None] = []
    start = 0
    for exp in expected:
        needles = [norm(s) for s in _as_list(exp.get("text_contains"))]
        hit = next(
            (
                i
                for i in range(start, len(got))
                if all(needle in norm(got[i].text) for needle in needles)
            ),
            None,
        )
        found.append(hit)
        if hit is not None:
            start = hit + 1
    return found


def _describe(comment: Comment) -> str:
    return f"author={comment.author!r} depth={comment.depth} text={norm(comment.text)[:70]!r}"


def check_page(page: Page, exp: dict[str, Any]) -> tuple[list[Mismatch], Tally]:
    """All the ways ``page`` differs from ``exp``, and the per-field tally.

    >>> exp = {"title": "T", "first_paragraph": "Body", "last_paragraph": "end.",
    ...        "declared_count": None, "no_comments": True}
    >>> page = Page(page_id="p", title="T", paragraphs=["Body one.", "The end."])
    >>> problems, tally = check_page(page, exp)
    >>> problems, tally.right["title"], tally.right["no_false_pos"]
    ([], 1, 1)
    >>> check_page(Page(page_id="p", title="U", paragraphs=["Body end."]), exp)[0]
    [Mismatch(field='title', message="title: expected 'T', got 'U'")]
    """
    problems: list[Mismatch] = []
    tally = Tally({}, {})
    _check_title(page, exp, problems, tally)
    _check_article(page, exp, problems, tally)
    _check_declared(page, exp, problems, tally)
    _check_incomplete_warning(page, exp, problems, tally)
    if exp.get("no_comments"):
        _check_no_comments(page, problems, tally)
    else:
        _check_comments(page, exp, problems, tally)
    _check_pingbacks(page, exp, problems, tally)
    return problems, tally


def _check_title(page: Page, exp: dict[str, Any], problems: list[Mismatch], tally: Tally) -> None:
    ok = norm(page.title) == norm(exp["title"])
    tally.add("title", ok)
    if not ok:
        problems.append(Mismatch("title", f"title: expected {exp['title']!r}, got {page.title!r}"))


def _check_article(page: Page, exp: dict[str, Any], problems: list[Mismatch], tally: Tally) -> None:
    paragraphs = [norm(p) for p in page.paragraphs]
    first = paragraphs[0] if paragraphs else ""
    last = paragraphs[-1] if paragraphs else ""
    checks = [
        ("first paragraph", norm(exp["first_paragraph"]) in first, first),
        ("last paragraph", norm(exp["last_paragraph"]) in last, last),
    ]
    for label, ok, got in checks:
        tally.add("article", ok)
        if not ok:
            want = exp["first_paragraph" if label.startswith("first") else "last_paragraph"]
            problems.append(
                Mismatch("article", f"{label}: expected to contain {want!r}, got {got[:90]!r}")
            )
    body = "\n".join(paragraphs)
    for unwanted in exp.get("article_excludes", []):
        ok = norm(unwanted) not in body
        tally.add("article", ok)
        if not ok:
            problems.append(Mismatch("article", f"article paragraphs contain {unwanted!r}"))


def _check_declared(
    page: Page, exp: dict[str, Any], problems: list[Mismatch], tally: Tally
) -> None:
    ok = page.declared_count == exp.get("declared_count")
    tally.add("declared", ok)
    if not ok:
        problems.append(
            Mismatch(
                "declared",
                f"declared_count: expected {exp.get('declared_count')!r}, "
                f"got {page.declared_count!r}",
            )
        )


def _check_incomplete_warning(
    page: Page, exp: dict[str, Any], problems: list[Mismatch], tally: Tally
) -> None:
    """Pages showing fewer entries than they declare must say so in ``warnings``."""
    if not exp.get("warns_incomplete"):
        return
    ok = bool(page.warnings)
    tally.add("declared", ok)
    if not ok:
        problems.append(
            Mismatch("declared", "warnings: expected a warning that entries are missing, got none")
        )


def _check_no_comments(page: Page, problems: list[Mismatch], tally: Tally) -> None:
    tally.add("no_false_pos", not page.comments)
    tally.add("count", not page.comments)
    for i, comment in enumerate(page.comments):
        problems.append(
            Mismatch(
                "no_false_pos",
                f"false comment #{i} on a page without comments: " + _describe(comment),
            )
        )


def _check_comments(
    page: Page, exp: dict[str, Any], problems: list[Mismatch], tally: Tally
) -> None:
    expected = exp.get("comments", [])
    got = page.comments
    tally.add("count", len(got) == len(expected))
    if len(got) != len(expected):
        problems.append(
            Mismatch("count", f"comment count: expected {len(expected)}, got {len(got)}")
        )
    matches = align_comments(expected, got)
    common_excludes = exp.get("comment_text_excludes", [])
    for i, (want, hit) in enumerate(zip(expected, matches, strict=True)):
        label = f"comment #{i} (author {want.get('author')!r})"
        tally.add("bodies", hit is not None)
        if hit is None:
            problems.append(
                Mismatch(
                    "bodies",
                    f"{label}: no parsed comment contains {_as_list(want.get('text_contains'))!r}",
                )
            )
            for field in ("clean", "authors", "depths", "parents"):
                tally.add(field, False)
            if want.get("timestamp") is not None:
                tally.add("timestamps", False)
            continue
        _compare_pair(label, want, got, matches, hit, common_excludes, problems, tally)


def _compare_pair(
    label: str,
    want: dict[str, Any],
    got: list[Comment],
    matches: list[int | None],
    hit: int,
    common_excludes: list[str],
    problems: list[Mismatch],
    tally: Tally,
) -> None:
    comment = got[hit]
    text = norm(comment.text)
    leaked = [s for s in [*common_excludes, *_as_list(want.get("text_excludes"))] if s in text]
    tally.add("clean", not leaked)
    if leaked:
        problems.append(Mismatch("clean", f"{label}: body contains {leaked!r}: {text[:90]!r}"))

    author_ok = norm(comment.author) == norm(want.get("author")) and (
        (comment.author is None) == (want.get("author") is None)
    )
    tally.add("authors", author_ok)
    if not author_ok:
        problems.append(
            Mismatch(
                "authors",
                f"{label}: author expected {want.get('author')!r}, got {comment.author!r}",
            )
        )

    if want.get("timestamp") is not None:
        stamp_ok = norm(want["timestamp"]) in norm(comment.timestamp)
        tally.add("timestamps", stamp_ok)
        if not stamp_ok:
            problems.append(
                Mismatch(
                    "timestamps",
                    f"{label}: timestamp expected to contain "
                    f"{want['timestamp']!r}, got {comment.timestamp!r}",
                )
            )

    depth_ok = comment.depth == want["depth"]
    tally.add("depths", depth_ok)
    if not depth_ok:
        problems.append(
            Mismatch("depths", f"{label}: depth expected {want['depth']}, got {comment.depth}")
        )

    parent = want.get("parent")
    parent_hit = None if parent is None else matches[parent]
    if parent is None:
        parent_ok = comment.parent_id is None
        want_desc = "top level (None)"
    else:
        parent_ok = parent_hit is not None and comment.parent_id == got[parent_hit].id
        want_desc = f"comment #{parent}"
    tally.add("parents", parent_ok)
    if not parent_ok:
        got_desc = _parent_description(comment, got)
        problems.append(
            Mismatch("parents", f"{label}: parent expected {want_desc}, got {got_desc}")
        )


def _parent_description(comment: Comment, got: list[Comment]) -> str:
    if comment.parent_id is None:
        return "top level (None)"
    by_id = {c.id: c for c in got}
    parent = by_id.get(comment.parent_id)
    if parent is None:
        return f"unknown id {comment.parent_id!r}"
    return f"{comment.parent_id!r} ({parent.author!r}: {norm(parent.text)[:40]!r})"


def _check_pingbacks(
    page: Page, exp: dict[str, Any], problems: list[Mismatch], tally: Tally
) -> None:
    expected = [
        (p["kind"], norm(p["title"]), norm(p.get("site"))) for p in exp.get("pingbacks", [])
    ]
    got = [(p.kind, norm(p.title), norm(p.site)) for p in page.pingbacks]
    excerpts_ok = got == expected and all(
        norm(want["excerpt"]) in norm(have.excerpt)
        for want, have in zip(exp.get("pingbacks", []), page.pingbacks, strict=True)
        if want.get("excerpt")
    )
    tally.add("pingbacks", excerpts_ok)
    if got != expected:
        problems.append(
            Mismatch(
                "pingbacks", f"pingbacks (kind, title, site): expected {expected!r}, got {got!r}"
            )
        )
    elif not excerpts_ok:
        want_excerpts = [p.get("excerpt") for p in exp.get("pingbacks", [])]
        got_excerpts = [p.excerpt for p in page.pingbacks]
        problems.append(
            Mismatch(
                "pingbacks",
                f"pingback excerpts: expected to contain {want_excerpts!r}, got {got_excerpts!r}",
            )
        )


def render_problems(case: Case, problems: list[Mismatch]) -> str:
    """A readable block listing every mismatch of one case.

    >>> print(render_problems(Case("p", "w3m"), [Mismatch("title", "title: expected 'A'")]))
    p.w3m: 1 mismatch(es)
      - title: expected 'A'
    """
    lines = [f"{case.id}: {len(problems)} mismatch(es)"]
    lines += [f"  - {p.message}" for p in problems]
    return "\n".join(lines)
