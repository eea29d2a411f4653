"""The parser's speed shortcuts change no verdict.

The date patterns are long, so cheap necessary tests run before them
(``heads.may_hold_digit_date``, ``heads.may_hold_full_date``) and ``heads.first_date``
searches only the spans around a line's digits and words of relative time; several
patterns a line is tried against are joined into one (``patterns.any_of``), and a raw
line's model is remembered across pages (``lines.classify_lines``). Each must find
exactly what the long way finds: checked here on every line of the seeds and the
development set, and on dates written in every form and language the patterns know.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from comments.parse import heads, records, sections, vocab
from comments.parse import lines as lines_module
from comments.parse.lines import classify_lines
from comments.parse.normalise import normalise_lines
from comments.parse.patterns import (
    AUTHOR_BIO_HEADINGS,
    AVATAR_LINE,
    BARE_COMMENTS_HEADING,
    BLOG_PAGER,
    CHROME_HEADINGS,
    COUNT_HEADING,
    DATE_IN_TEXT,
    DATE_NEAR_DIGITS,
    FEED_LINK,
    FOOTER_LINE,
    FORM_LINE,
    FORM_START,
    IMAGE_ONLY,
    LINK_LINE,
    LOGIN_PROMPT,
    PINGBACK_HEADING,
    REPLY_TO_LINE,
    RULE_LINE,
    SITE_SECTION_HEADINGS,
    STANDALONE_BOILERPLATE,
    any_of,
)

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = sorted(ROOT.glob("seeds/*.txt")) + sorted(ROOT.glob("tests/devset/text/**/*.txt"))


def _fixture_lines() -> list[str]:
    found: dict[str, None] = {}
    for path in FIXTURES:
        for line in path.read_text(encoding="utf-8").splitlines():
            found[line.strip()] = None
    return list(found)


LINES = _fixture_lines()
MONTHS = [word for n in range(1, 13) for word in vocab.phrases(f"month_{n}")]
WEEKDAYS = vocab.phrases("weekday")
# Every shape of date the pattern knows, each month word in each ("{m}": a month word).
DATE_SHAPES = (
    "{m} 2, 2012",
    "{m}. 2nd, 2012 at 9:15 pm",
    "2 {m} 2012",
    "2. {m} 2012 um 21:15",
    "2 de {m} de 2012",
    "den 2 {m} 2012",
    "9:15 pm, {m} 2, 2012",
)
NUMERIC_DATES = ("2012-05-02", "02.05.2012 - 21:15", "5/2/12", "21:15 02/05/2012", "16h40 2.5.2012")
AGES = (
    "3 years ago",
    "about an hour ago",
    "a few minutes ago",
    "vor 3 Tagen",
    "vor einer Woche",
    "il y a une heure",
    "hace 2 días",
    "2 giorni fa",
    "3 weken geleden",
    "há uma semana",
    "yesterday at 9:15 pm",
    "heute, 21:15",
)


def _dates() -> list[str]:
    months = [shape.format(m=month) for shape in DATE_SHAPES for month in MONTHS]
    return months + list(NUMERIC_DATES)


def _forms(date: str) -> tuple[str, ...]:
    return (date, f"Ann Lee | {date}", f"Posted by Ann on {date}. Reply")


def test_the_fixtures_hold_dates_to_check_against() -> None:
    dated = [line for line in LINES if DATE_IN_TEXT.search(line)]
    assert len(LINES) > 5000 and len(dated) > 500


@pytest.mark.parametrize("shape", DATE_SHAPES + NUMERIC_DATES)
def test_every_date_passes_the_digit_gate(shape: str) -> None:
    texts = [text for month in MONTHS for text in _forms(shape.format(m=month))]
    for text in dict.fromkeys(texts):
        assert DATE_NEAR_DIGITS.search(text) is not None, text  # the shape is a date …
        assert heads.may_hold_digit_date(text), text  # … and the gate lets it through
        assert heads.may_hold_full_date(text), text


@pytest.mark.parametrize("age", AGES)
def test_every_age_passes_the_full_date_gate(age: str) -> None:
    assert DATE_IN_TEXT.search(age) is not None
    assert heads.may_hold_full_date(f"Ann • {age}")


def test_the_gates_let_every_dated_fixture_line_through() -> None:
    for line in LINES:
        if DATE_NEAR_DIGITS.search(line):
            assert heads.may_hold_digit_date(line), line
        if DATE_IN_TEXT.search(line):
            assert heads.may_hold_full_date(line), line


def test_the_gates_stop_lines_without_dates() -> None:
    for line in ("I paid 20 dollars for 3 books", "Route 66", "Version 2 is out", "Ann Lee"):
        assert not heads.may_hold_digit_date(line) and not heads.may_hold_full_date(line)


def test_first_date_finds_what_a_search_of_the_whole_line_finds() -> None:
    for line in LINES + _dates() + [f"We met at the fair, then {age}" for age in AGES]:
        found, whole = heads.first_date(line), DATE_IN_TEXT.search(line)
        assert (found and found.span()) == (whole and whole.span()), line


def test_a_weekday_before_a_date_belongs_to_it() -> None:
    for weekday in WEEKDAYS:
        for date in (f"{weekday}, May 2, 2012", f"{weekday.title()} 2. Mai 2012 um 21:15"):
            assert heads.first_date(f"Ann | {date}").group(0) == date


def test_any_of_keeps_each_patterns_flags() -> None:
    verbose = re.compile(r"reply \s+ now  # a comment that ends the pattern", re.VERBOSE)
    upper = re.compile(r"[A-Z]{3}")  # case-sensitive beside a case-insensitive one
    joined = any_of(verbose, upper, re.compile("like", re.IGNORECASE))
    assert joined.match("reply  now") and joined.match("LIKE") and joined.match("ABC")
    assert not joined.match("abc") and not joined.match("replynow")


UNIONS = {
    "in-comment chrome": (
        heads.IN_COMMENT_CHROME,
        (LINK_LINE, AVATAR_LINE, IMAGE_ONLY, RULE_LINE, REPLY_TO_LINE),
    ),
    "form chrome": (heads.FORM_CHROME, (FORM_LINE, FORM_START, LOGIN_PROMPT)),
    "action lines": (heads.ACTION_LINES, (LINK_LINE, LOGIN_PROMPT, REPLY_TO_LINE)),
    "count headings": (
        heads.ANY_COUNT_HEADING,
        (COUNT_HEADING, BARE_COMMENTS_HEADING, PINGBACK_HEADING),
    ),
    "standalone chrome": (
        sections.STANDALONE_LINES,
        (STANDALONE_BOILERPLATE, RULE_LINE, FOOTER_LINE, BLOG_PAGER, FEED_LINK),
    ),
    "section headings": (
        sections.SECTION_HEADINGS,
        (SITE_SECTION_HEADINGS, AUTHOR_BIO_HEADINGS, CHROME_HEADINGS),
    ),
}  # fmt: skip


@pytest.mark.parametrize("name", list(UNIONS))
def test_a_union_matches_where_one_of_its_patterns_does(name: str) -> None:
    union, members = UNIONS[name]
    matched = 0
    for line in LINES:
        alone = any(pattern.match(line) for pattern in members)
        assert (union.match(line) is not None) == alone, line
        matched += alone
    assert matched > 0  # the fixtures hold such lines: the comparison checked something


# --- line models remembered across pages -----------------------------------------------


def _raw_fixture_pages() -> list[list[str]]:
    return [normalise_lines(path.read_text(encoding="utf-8")) for path in FIXTURES]


def test_a_remembered_line_model_is_the_one_computed_afresh() -> None:
    pages = _raw_fixture_pages()
    lines_module._KNOWN_LINES.clear()
    fresh = [[tuple(line) for line in classify_lines(page)] for page in pages]
    assert len(lines_module._KNOWN_LINES) > 0  # the first pass filled the cache
    remembered = [[tuple(line) for line in classify_lines(page)] for page in pages]
    assert remembered == fresh
    # …and a dated bullet is still unwrapped when its model comes from the cache
    page = ["Ann Lee", "• 2 years ago", "", "Nice post."]
    assert classify_lines(page)[1].marker is None
    assert classify_lines(page)[1].marker is None


def test_the_line_model_cache_stays_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lines_module, "LINE_MODEL_CACHE_SIZE", 10)
    lines_module._KNOWN_LINES.clear()
    for n in range(50):
        classify_lines([f"line {n}", f"• item {n}"])
        assert len(lines_module._KNOWN_LINES) <= 10 + 2  # one page's lines over the bound
    assert classify_lines(["• item 3"])[0].marker == "•"


def _line_texts() -> list[str]:
    """Every distinct line text of the fixtures, as the parser sees it (normalised)."""
    texts: dict[str, None] = {}
    for page in _raw_fixture_pages():
        texts.update(dict.fromkeys(line.text for line in classify_lines(page)))
    return list(texts)


def test_a_line_holds_a_wide_gap_or_a_linked_body_only_where_its_cue_stands() -> None:
    head = records.MAX_GAPPED_HEAD_CHARS
    texts = [*_line_texts(), "Ann Lee  May 2, 2012  Great post", "Ann · Reply The body"]
    gapped = [t for t in texts if records.WIDE_GAP.search(t, 0, head)]
    linked = [t for t in texts if records.LINKED_BODY.search(t, 0, head)]
    assert len(gapped) > 10 and len(linked) > 10  # the fixtures hold both shapes
    assert all(records.WIDE_GAP_CUE in t[:head] for t in gapped)
    assert all(any(mark in t[:head] for mark in records.HEAD_SEPARATORS) for t in linked)
