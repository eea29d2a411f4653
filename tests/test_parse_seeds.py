"""The five seed pages, pinned exactly (issue 2)."""

from __future__ import annotations

from pathlib import Path

import pytest

from comments import Page, parse_file

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _seed(prefix: str) -> Page:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return parse_file(path)


@pytest.fixture(scope="module")
def pages() -> dict[str, Page]:
    return {prefix: _seed(prefix) for prefix in ("000", "001", "002", "003", "004")}


def test_titles(pages: dict[str, Page]) -> None:
    assert {k: p.title for k, p in pages.items()} == {
        "000": "Obama’s Counterterrorism Strategy in Mali Collapsed After Libyan War",
        "001": "FPI Bulletin: Counterterrorism Lessons From Mali",
        "002": "After France attacks radicals in Mali, what’s next for the United States?",
        "003": "Whither US Policy on Mali? [Updated]",
        "004": "How the International Plan for Mali Went Astray",
    }


def test_page_ids_are_file_stems(pages: dict[str, Page]) -> None:
    assert pages["000"].page_id == "000_f726f1425a8d58b3"


def test_000_threads(pages: dict[str, Page]) -> None:
    page = pages["000"]
    shape = [(c.id, c.parent_id, c.depth, c.author) for c in page.comments]
    assert shape == [
        ("c1", None, 0, "anti-jihad"),
        ("c2", "c1", 1, "Daniel Greenfield"),
        ("c3", "c1", 1, "Mary Sue"),
        ("c4", None, 0, "Arlie"),
        ("c5", "c4", 1, "Bright Knight"),
        ("c6", None, 0, "JacksonPearson"),
    ]
    assert page.max_depth == 1
    assert page.pingbacks == []
    assert page.declared_count is None
    assert page.warnings == []


def test_000_bodies(pages: dict[str, Page]) -> None:
    comments = pages["000"].comments
    assert comments[0].text.startswith("AQ is using 12 year old boys")
    assert comments[4].text == "That's exactly how it is! You can't come to another conclusion!"
    assert comments[5].text == (
        "(Q) What have closet Muslim Barack Hussein Obama II ever touched that didn't turn "
        "to crap?\n(A) Everything!"
    )
    assert all(c.timestamp is None for c in comments)
    assert [c.line for c in comments] == [31, 35, 39, 43, 47, 51]


def test_000_article_ends_before_comments(pages: dict[str, Page]) -> None:
    page = pages["000"]
    assert page.paragraphs[0].startswith("It’s another success for soft power.")
    assert page.paragraphs[-1].startswith("Just one of those strange accidents")
    assert len(page.paragraphs) == 14
    assert not any("anti-jihad" in p for p in page.paragraphs)


def test_001_no_comments_and_mission_blurb_dropped(pages: dict[str, Page]) -> None:
    page = pages["001"]
    assert page.comments == [] and page.pingbacks == []
    assert "Read More" in page.boilerplate
    assert "Mission Statement" in page.boilerplate
    assert any(b.startswith("The Foreign Policy Initiative seeks") for b in page.boilerplate)
    assert "December 14, 2015" in page.boilerplate  # a dateline, not article text
    assert page.paragraphs[0].startswith("The terrorist strike at a Bamako hotel")
    assert page.paragraphs[-1].startswith("This bulletin is adapted from Dr. Moyar’s monograph")
    assert not any(
        "Read More" in p or "Foreign Policy Initiative seeks" in p for p in page.paragraphs
    )


def test_002_bio_paywall_caption_are_boilerplate(pages: dict[str, Page]) -> None:
    page = pages["002"]
    assert page.comments == [] and page.pingbacks == []
    assert page.paragraphs[-1].endswith("Will the United States?")
    assert page.paragraphs[0].startswith("EDITOR’S NOTE:")
    for expected in (
        "You have 2 free articles left",
        "Log in or sign-up to unlock all of the free news on Devex.",
        "About the author",
        "Devex Editor",
    ):
        assert expected in page.boilerplate
    assert any(b.startswith("Republished with permission") for b in page.boilerplate)
    assert any(b.endswith("Photo by: U.S. Army Africa / CC BY") for b in page.boilerplate)
    assert not any("Photo by" in p or "Republished" in p for p in page.paragraphs)
    assert "US caution good, US passivity bad" in page.paragraphs


def test_003_pingbacks_and_comment(pages: dict[str, Page]) -> None:
    page = pages["003"]
    assert page.declared_count == 6
    assert [(b.kind, b.title, b.site) for b in page.pingbacks] == [
        ("pingback", "Security in ungoverned spaces", "peacefare.net"),
        ("pingback", "Whither US Policy on Mali? [Updated]", "tamoudre"),
        (
            "pingback",
            "Ein „westafrikanisches Afghanistan“? Staatskrise in Mali und Herausforderungen "
            "an eine ECOWAS-Intervention",
            "Bretterblog",
        ),
    ]
    assert all(b.excerpt is None for b in page.pingbacks)
    (comment,) = page.comments
    assert (comment.id, comment.parent_id, comment.depth, comment.author) == ("c1", None, 0, None)
    assert comment.text.startswith("Also interesting that Carson")
    assert page.found_count == 4


def test_003_form_is_boilerplate_and_warning(pages: dict[str, Page]) -> None:
    page = pages["003"]
    assert "Leave a Reply" in page.boilerplate
    assert "Connecting to %s" in page.boilerplate
    assert "Fill in your details below or click an icon to log in:" in page.boilerplate
    assert page.paragraphs[-1].startswith("The statements from State and Defense")
    (warning,) = page.warnings
    assert "declared 6" in warning and "found 4" in warning


def test_004_no_comments_and_no_break_spaces_normalised(pages: dict[str, Page]) -> None:
    page = pages["004"]
    assert page.comments == [] and page.pingbacks == [] and page.boilerplate == []
    assert len(page.paragraphs) == 6
    assert not any("\u00a0" in p for p in page.paragraphs)
    assert "France wanted an accelerated" in page.paragraphs[1]


def test_no_text_is_both_article_and_comment(pages: dict[str, Page]) -> None:
    for page in pages.values():
        article = set(page.paragraphs)
        assert not any(c.text in article for c in page.comments)
