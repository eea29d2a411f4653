"""Warnings and ``parse_quality``: which way a count mismatch goes, and how far to trust
a page's discussion."""

from __future__ import annotations

from comments import parse_text
from comments.parse.lines import classify_lines
from comments.parse.quality import assess
from comments.tables import page_rows, pages_frame

ARTICLE = "A Title\n\nThe article says something at length, in a sentence or two.\n\n"


def _thread(count: int) -> str:
    """``count`` WordPress-style comments, each with a dated head and a Reply link."""
    return "".join(
        f"  {k}. Reader{k} says:\n     May {k}, 2021 at 10:0{k} am\n"
        f"     Comment number {k} has something to say about it.\n     Reply\n"
        for k in range(1, count + 1)
    )


def test_a_fully_parsed_page_has_full_quality_and_no_warning() -> None:
    page = parse_text(ARTICLE + "3 Comments\n\n" + _thread(3))
    assert len(page.comments) == 3
    assert page.warnings == []
    assert page.parse_quality == 1.0


def test_a_page_holding_fewer_comments_than_declared_says_the_text_is_short() -> None:
    page = parse_text(ARTICLE + "40 Comments\n\n" + _thread(3))
    assert len(page.comments) == 3
    [warning] = page.warnings
    assert "declared 40 comments, found 3" in warning
    assert "page text probably holds fewer entries" in warning
    # Nothing was left over: the parse recovered all the text holds.
    assert page.parse_quality == 1.0


def test_a_page_declaring_comments_but_yielding_none_always_warns() -> None:
    page = parse_text(ARTICLE + "5 Comments\n\nLeave a Reply\n\nName *\n")
    assert page.comments == []
    [warning] = page.warnings
    assert "declared 5 comments, found 0" in warning
    assert page.parse_quality == 0.0


def test_more_entries_than_declared_lowers_quality_in_proportion() -> None:
    page = parse_text(ARTICLE + "2 Comments\n\n" + _thread(4))
    assert len(page.comments) == 4
    assert "some entries may not be comments" in page.warnings[0]
    assert page.parse_quality == 0.5


def test_reply_rows_left_outside_every_entry_say_the_parser_missed_some() -> None:
    text = ("Post.\n5 Comments\n" + "Ann says:\nHi.\nReply\n" * 5).splitlines()
    lines = classify_lines(text)
    first_record_only = range(2, 5)
    judged = assess(lines, first_record_only, (1, 0), 5)
    assert judged.stray == (6, 8, 9, 11, 12, 14, 15, 17)
    assert "the parser probably missed entries" in judged.warnings[0]
    assert judged.quality == 0.2  # 1 found of the 1 + 4 the stray rows show
    assert assess(lines, range(2, 17), (5, 0), 5).quality == 1.0


def test_a_lone_reply_link_on_a_page_without_comments_is_no_evidence() -> None:
    lines = classify_lines(["Post.", "", "A long sentence of the article, no doubt.", "Reply"])
    judged = assess(lines, range(0), (0, 0), None)
    assert judged.stray == (4,)
    assert (judged.quality, judged.warnings) == (1.0, [])


def test_stray_reply_rows_without_a_count_still_warn() -> None:
    lines = classify_lines(
        ["Post.", "Ann", "Hi.", "Reply", "Bob", "Yo.", "Antworten", "Cy", "Reply"]
    )
    judged = assess(lines, range(0), (0, 0), None)
    assert judged.quality == 0.0
    assert judged.warnings[0].startswith("3 lines shaped like comment heads or Reply links")


def test_dated_bylines_are_no_stray_heads() -> None:
    lines = classify_lines(["By Ann Lee | May 2, 2012", "Ann Lee, May 2, 2012", "Text."])
    assert assess(lines, range(0), (0, 0), None).stray == ()


def test_the_pages_table_carries_parse_quality() -> None:
    page_row, _ = page_rows(parse_text(ARTICLE + "2 Comments\n\n" + _thread(4)), "p.txt")
    pages = pages_frame([page_row])
    assert pages["parse_quality"].to_list() == [0.5]


def test_the_comment_forms_leave_a_reply_heading_is_no_missed_entry() -> None:
    form = "Leave a Reply\n\nFill in your details below or click an icon to log in:\n"
    page = parse_text(ARTICLE + "40 Comments\n\n" + _thread(3) + "\n" + form)
    [warning] = page.warnings
    assert "page text probably holds fewer entries" in warning
    assert page.parse_quality == 1.0
