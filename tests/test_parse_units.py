"""Unit tests of the parser's modules, and of the bad inputs issue 2 lists."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from comments import parse_file, parse_text
from comments.parse.heads import dated_links, is_chrome_in_comment, parse_head
from comments.parse.lines import classify_lines, split_marker
from comments.parse.markup import (
    link_continuations,
    strip_link_numbers,
    strip_markdown,
    strip_markup,
)
from comments.parse.normalise import normalise_lines
from comments.parse.pingbacks import parse_pingback, split_title_site
from comments.parse.sections import find_layout, parse_count_heading
from comments.parse.stamps import read_date, read_moment

# --- normalise --------------------------------------------------------------------------


def test_normalise_keeps_input_line_numbers() -> None:
    text = "a\r\nb\rc\nd\u2028still d\x0cstill d"
    assert normalise_lines(text) == ["a", "b", "c", "d still d still d"]


def test_normalise_removes_invisible_and_control_characters() -> None:
    assert normalise_lines("\ufeffx\u200by\u00adz\x00\x07\u202e!") == ["xyz!"]


def test_normalise_expands_tabs_and_space_like_characters() -> None:
    assert normalise_lines("\t•\u00a0Ann\u202f \u3000") == ["        • Ann"]


# --- lines ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stripped", "indent", "expected"),
    [
        ("• Ann", 2, ("•", "bullet", 1, "Ann")),
        ("□ Ann", 6, ("□", "bullet", 1, "Ann")),
        ("12) Ann", 0, ("12)", "number", 1, "Ann")),
        ("1.2.3. Ann", 0, ("1.2.3.", "outline", 3, "Ann")),
        ("b) Ann", 4, ("b)", "letter", 1, "Ann")),
        ("o Ann", 4, ("o", "bullet", 1, "Ann")),
        ("o Ann", 0, (None, None, 1, "o Ann")),  # Portuguese "o", not a bullet
        ("= Reply", 12, ("=", "bullet", 1, "Reply")),  # lynx's seventh level
        ("= 106 cm", 0, (None, None, 1, "= 106 cm")),  # a sum's wrapped line, no bullet
        ("K. Yamamoto", 0, (None, None, 1, "K. Yamamoto")),  # an initial, not item K
        ("12.03.2015 um 14:03", 0, (None, None, 1, "12.03.2015 um 14:03")),
        ("1.", 2, ("1.", "number", 1, "")),  # html2text leaves bare numbers for images
    ],
)
def test_split_marker(stripped: str, indent: int, expected: tuple) -> None:
    assert split_marker(stripped, indent) == expected


def test_classify_lines_measures_indent_and_blank_items() -> None:
    lines = classify_lines(["", "   * x", "  1."])
    assert [(ln.blank, ln.indent, ln.is_item) for ln in lines] == [
        (True, 0, False),
        (False, 3, True),
        (False, 2, True),
    ]
    assert lines[1].display == "* x"


# --- heads ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "author", "timestamp"),
    [
        ("Jörg Weiß sagt:", "Jörg Weiß", None),
        ("Camille dit :", "Camille", None),
        ("Henrik said...", "Henrik", None),
        ("Ann says: March 3, 2013 at 5:12 pm", "Ann", "March 3, 2013 at 5:12 pm"),
        ("Jane Whitfield 14 Feb 2019 09:12", "Jane Whitfield", "14 Feb 2019 09:12"),
        ("mira • a year ago", "mira", "a year ago"),
        ("Bernard | 22 septembre 2016 à 18 h 30 min", "Bernard", "22 septembre 2016 à 18 h 30 min"),
    ],
)
def test_parse_head(text: str, author: str, timestamp: str | None) -> None:
    head = parse_head(text)
    assert head is not None
    assert (head.author, head.timestamp) == (author, timestamp)


def test_parse_head_rejects_body_text_and_pingbacks() -> None:
    assert parse_head("I think the council is wrong about this.") is None
    assert parse_head("Pingback: A post | a site") is None


def test_chrome_in_comment() -> None:
    chrome = [
        "Reply",
        "Reply ↓",
        "Like (3) Report Log in to Reply",
        "Reply • Share ›",
        "5 △ ▽",
        "[avatar]",
        "Ann's avatar",
        "Antworten",
        "Répondre",
    ]
    assert all(is_chrome_in_comment(t) for t in chrome)
    assert not is_chrome_in_comment("Reply to the minister: no.")


def test_dated_links() -> None:
    assert dated_links("August 9, 2021 at 3:05 am Reply") == "August 9, 2021 at 3:05 am"
    assert dated_links("Read the report") is None


# Dates in every form the date pattern knows, and glued to what converters put before them.
DATE_FORMS = (
    "May 2, 2012",
    "Wednesday, September 12th, 2012 at 9:15 pm",
    "Sept. 3 2019 @ 11:38",
    "2. Mai 2012 um 14:30 Uhr",
    "den 3. März 2020",
    "2 de mayo de 2012 a las 10:25 p.m.",
    "12 janvier 2015 à 8 h 05 min",
    "sab 14 marzo 2015 alle 10:30",
    "2012-05-02 14:30:00",
    "02/05/2012",
    "21.04.2020 kl. 12.30",
    "10:30 am on May 5, 2012",
    "10:30amMay 5, 2012",
    "14:05 12.10.2019",
    "3 days ago",
    "vor 2 Stunden",
    "il y a 3 jours",
    "yesterday at 9:15 pm",
)
DATE_SURROUNDINGS = (
    ("", ""),
    ("Ann Lee | ", " | Reply"),
    ("Ann LeeMay ", ""),
    ("Posted in 2012 by Ann on ", "."),
    ("Berger", ""),
    ("#12 ", " said:"),
)


@pytest.mark.parametrize("date", DATE_FORMS)
@pytest.mark.parametrize(("before", "after"), DATE_SURROUNDINGS)
def test_first_date_finds_what_the_whole_date_pattern_finds(
    date: str, before: str, after: str
) -> None:
    """``first_date`` searches only near digits and only where a date's shape stands (a
    month name by a number, "2/5"): it must find the very date the whole pattern finds."""
    from comments.parse.heads import first_date
    from comments.parse.patterns import DATE_IN_TEXT

    text = before + date + after
    found, expected = first_date(text), DATE_IN_TEXT.search(text)
    assert expected is not None or (before[-1:].isalpha() and date[:1].islower())
    assert (found and found.span()) == (expected and expected.span()), text


def test_first_date_agrees_with_the_whole_date_pattern_on_every_fixture_line() -> None:
    """The same on every line of the seeds and the dev set, dated or not."""
    from comments.parse.heads import first_date
    from comments.parse.patterns import DATE_IN_TEXT

    root = Path(__file__).resolve().parent.parent
    paths = [*root.glob("seeds/*.txt"), *root.glob("tests/devset/text/**/*.txt")]
    lines = {line.strip() for path in paths for line in path.read_text("utf-8").splitlines()}
    assert len(lines) > 5000
    dated = 0
    for line in lines:
        found, expected = first_date(line), DATE_IN_TEXT.search(line)
        assert (found and found.span()) == (expected and expected.span()), line
        dated += expected is not None
    assert dated > 500


# --- pingbacks --------------------------------------------------------------------------


def test_pingback_kinds_and_sites() -> None:
    assert parse_pingback("Trackback: Beavers return « The Otter’s Pocket") == (
        "trackback",
        "Beavers return",
        "The Otter’s Pocket",
    )
    assert parse_pingback("Pingback: A reading list on dams") == (
        "pingback",
        "A reading list on dams",
        None,
    )


def test_split_title_site_uses_the_last_separator() -> None:
    assert split_title_site("Mali - the crisis – Blog") == ("Mali - the crisis", "Blog")


@pytest.mark.parametrize(
    ("stripped", "expected"),
    [
        ("5. März 2015", (None, None, 1, "5. März 2015")),  # a date, not item 5
        ("3. Jan. 2020, 14:03", (None, None, 1, "3. Jan. 2020, 14:03")),
        ("5. de marzo de 2015", (None, None, 1, "5. de marzo de 2015")),
        ("5. March is when it starts", ("5.", "number", 1, "March is when it starts")),
        ("5) März 2015", ("5)", "number", 1, "März 2015")),  # ")" never ends a date's day
        ("12.03.15 10:30", (None, None, 1, "12.03.15 10:30")),  # outline-shaped date
    ],
)
def test_split_marker_tells_dates_from_numbered_items(stripped: str, expected: tuple) -> None:
    assert split_marker(stripped, 2) == expected


@pytest.mark.parametrize(
    ("stripped", "indent", "expected"),
    [
        ("* * *", 2, (None, None, 1, "* * *")),  # a rule
        ("- - -", 0, (None, None, 1, "- - -")),
        ("* *bold* claim", 2, ("*", "bullet", 1, "*bold* claim")),  # not all rule characters
        ("-----", 2, (None, None, 1, "-----")),
    ],
)
def test_split_marker_tells_rules_from_bullets(stripped: str, indent: int, expected: tuple) -> None:
    assert split_marker(stripped, indent) == expected


def test_classify_lines_shares_equal_lines_and_keeps_positions() -> None:
    lines = classify_lines(["  • Reply", "", "text", "", "  • Reply"])
    assert lines[0] is lines[4] and lines[1] is lines[3]
    assert [ln.is_item for ln in lines] == [True, False, False, False, True]


def test_wrapped_head_separator_is_no_list_item() -> None:
    # "Ann ➦ Bob • 2 years ago" wrapped before its "•": the date continues the head.
    lines = classify_lines(["Ann ➦ Bob", "• 2 years ago", "", "Hi"])
    assert (lines[1].is_item, lines[1].text) == (False, "2 years ago")


@pytest.mark.parametrize(
    "page",
    [
        ["Key dates:", "• June 3, 2015", "• July 4, 2016"],  # a list of dates
        ["    Like Reply", "  + 14 Feb 2019 11:02", "", "    Anonymous reply"],  # other margin
        ["Ann", "", "• 2 years ago"],  # a blank line between: a new item
    ],
)
def test_date_items_that_are_items_stay_items(page: list[str]) -> None:
    dated = [ln for ln in classify_lines(page) if "20" in ln.text or "ago" in ln.text]
    assert dated[-1].is_item


# --- markup -----------------------------------------------------------------------------


def test_strip_markup_does_both_jobs_in_one_pass() -> None:
    lines = ["## Head", "Rosa • [2 years", "ago](https://x.example/c1) • edited", "**b** \\*"]
    plain, continuations = strip_markup(lines)
    assert plain == strip_markdown(lines) == ["Head", "Rosa • 2 years ago", " • edited", "b *"]
    assert continuations == link_continuations(lines) == frozenset({2})


def test_strip_markup_heading_only_at_column_zero() -> None:
    assert strip_markup(["# Title", "x # y", "   # lynx", "## Sub"])[0] == [
        "Title",
        "x # y",
        "   # lynx",
        "Sub",
    ]


def test_strip_markup_leaves_plain_pages_alone() -> None:
    lines = ["Title #4", "  • Ann", "C# and F#"]  # "#" but never at a line start
    assert strip_markup(lines) == (lines, frozenset())


def test_strip_markdown_link_wrapped_over_lines_keeps_line_count() -> None:
    lines = ["Ann • [2 years", "ago](https://x.example/a-", 'b#c "Wed") tail', "next"]
    assert strip_markdown(lines) == ["Ann • 2 years ago", "", " tail", "next"]


def test_strip_link_numbers_only_with_a_references_list() -> None:
    assert strip_link_numbers(["x[3]"]) == ["x[3]"]
    lines = ["[3]Ann says:", "References", "", "   3. http://a.example/"]
    assert strip_link_numbers(lines)[0] == "Ann says:"


# --- sections ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One thought on “Rotating logs”", (1, "Rotating logs")),
        ("3 Kommentare zu „Busverbindungen“", (3, "Busverbindungen")),
        ("12 commentaires", (12, None)),
        ("No Comments", (0, None)),
        ("Recent Comments", None),
        ("5 comments were removed by moderators", None),
        # a call to action after a stop or a separator, and linkbacks counted beside
        ("There are 12 comments. Add yours.", (12, None)),
        ("4 Comments – Leave a comment", (4, None)),
        ("4 comments › Add yours", (4, None)),
        ("4 Comments & Trackbacks", (4, None)),
        ("4 Comments and 1 Trackback", (4, None)),
        ("3 Kommentare für „Busverbindungen“", (3, "Busverbindungen")),
        ("3 commentaires pour « Le bus »", (3, "Le bus")),
        ("3 comments. I liked none of them, all spam.", None),
        # a count written as a sentence
        ("Dieser Artikel hat 12 Kommentare.", (12, None)),
        ("This post has 5 comments", (5, None)),
        ("There  are 3 comments", (3, None)),
    ],
)
def test_parse_count_heading(text: str, expected: tuple | None) -> None:
    assert parse_count_heading(text) == expected


def test_layout_title_from_heading_skips_site_chrome() -> None:
    page = [
        "My Blog",
        "  • Home",
        "  • About",
        "",
        "The post",
        "",
        "Text of it here.",
        "",
        "2 thoughts on “The post”",
        "  1. Ann says:",
        "     Hi",
        "Leave a Reply",
        "Name *",
    ]
    layout = find_layout(classify_lines(page))
    assert layout.title == 4
    assert (layout.article, layout.discussion, layout.declared_count) == (
        range(5, 8),
        range(9, 11),
        2,
    )


def test_byline_and_menu_do_not_become_the_title() -> None:
    text = (
        "Site\n\n  • Home\n  • News\n\nReal headline\n\nBy Ann Smith · May 2, 2020\n\n"
        "The first paragraph of the story is a full sentence of text."
    )
    page = parse_text(text)
    assert page.title == "Real headline"
    assert page.paragraphs == ["The first paragraph of the story is a full sentence of text."]
    assert "By Ann Smith · May 2, 2020" in page.boilerplate


def test_figure_caption_ending_in_a_photo_credit_is_not_article_text() -> None:
    text = (
        "Headline of the story\n\nReading room of a village library\n"
        "The reading room on a weekday morning. (Photo: Civic\nLedger)\n\n"
        "When the county proposed closing nine of its smallest branch libraries, the\n"
        "argument was that most people now borrow e-books."
    )
    page = parse_text(text)
    assert page.paragraphs[0].startswith("When the county proposed")
    assert "Reading room of a village library" in page.boilerplate
    assert "Ledger)" in page.boilerplate


def test_byline_run_into_the_standfirst_starts_a_new_part() -> None:
    # lynx puts no blank line between standfirst, byline and caption.
    text = (
        "Rail link approved\n\n   Ministers sign off the line, with trains promised\n"
        "   for 2026.\n   By Gareth Powell, Transport Correspondent 13 February 2019, 6:00 pm 5\n"
        "   comments\n   The disused viaduct The viaduct will\n"
        "   carry the new line. Photo: Courier archive\n\n"
        "   A railway line between two towns has finally been approved by the ministry.\n\n"
        "No Comments\n"
    )
    page = parse_text(text)
    assert page.paragraphs == [
        "Ministers sign off the line, with trains promised for 2026.",
        "A railway line between two towns has finally been approved by the ministry.",
    ]


def test_prose_line_starting_with_by_is_no_byline() -> None:
    text = (
        "Headline of the story\n\nThe report was finished in March.\n"
        "By contrast, the budget took until 2020 to pass, and the council\n"
        "met twice more before anything was decided about it."
    )
    assert parse_text(text).paragraphs == [
        "The report was finished in March. By contrast, the budget took until 2020 to pass, "
        "and the council met twice more before anything was decided about it."
    ]


def test_site_footer_after_a_flattened_comment_list_is_not_the_last_comment() -> None:
    text = (
        "Title\n\nBody of the article is here.\n\n2 Comments\n\n  * Ann 5 years ago\n\n"
        "First.\n\nLike Reply\n\n  * Ben Ng 5 years ago\n\nSecond comment.\n\nLike Reply\n\n"
        "Margin Books · 14 Quay Lane · Open Tuesday to Saturday, 10–5\n"
    )
    page = parse_text(text)
    authors_and_texts = [(c.author, c.text) for c in page.comments]
    assert authors_and_texts == [("Ann", "First."), ("Ben Ng", "Second comment.")]
    assert "Margin Books · 14 Quay Lane · Open Tuesday to Saturday, 10–5" in page.boilerplate


def test_footer_head_preamble_split_by_a_wrapped_link_stays_out_of_the_first_comment() -> None:
    # html2text wrapped "[comment\nfeed](url)": the link's last line is left blank.
    text = (
        "Title\n\nBody of the article is here.\n\nComments\n\nFeed\n"
        "You can follow this conversation by subscribing to the comment\n\nfor this post.\n\n"
        "Lovely. I did the same.\n\nPosted by: Greta Lind | October 30, 2008 at 10:02 AM\n\n"
        "Two herons!\n\nPosted by: Old Albion | October 30, 2008 at 01:47 PM\n"
    )
    page = parse_text(text)
    assert [(c.author, c.text) for c in page.comments] == [
        ("Greta Lind", "Lovely. I did the same."),
        ("Old Albion", "Two herons!"),
    ]
    assert {"Feed", "for this post."} <= set(page.boilerplate)


def test_footer_head_first_comment_may_start_lower_case() -> None:
    text = (
        "Title\n\nBody of the article is here.\n\nComments\n\n"
        "lovely post, thanks.\n\nPosted by: Ann | October 30, 2008 at 10:02 AM\n"
    )
    assert [c.text for c in parse_text(text).comments] == ["lovely post, thanks."]


# --- no false positives -----------------------------------------------------------------

ARTICLE_WITH_LISTS = """A guide to bikes

Buying a used bike is easy when you know what to look for in the shop.

  • Frame
      a crack near the welds is the end of it
  • Chain
      stretched chains wear the cassette

What to bring

  1. A torch
  2. A multitool

The end of the guide is here, with a last full sentence for the reader.

Recent Comments

  • Ann on Buying a bike
  • Bob on Fixing a puncture
"""


def test_article_lists_and_recent_comments_widget_are_not_comments() -> None:
    page = parse_text(ARTICLE_WITH_LISTS)
    assert page.comments == [] and page.pingbacks == []
    assert page.paragraphs[-1].startswith("The end of the guide")
    assert "Recent Comments" in page.boilerplate
    assert "Frame a crack near the welds is the end of it" in page.paragraphs


FIRST, SECOND, THIRD = (
    "The first reply says something about the article.",
    "The second reply answers the first one in full.",
    "The third reply starts a new thread of its own.",
)


def test_comments_without_heading_are_found_after_the_article() -> None:
    # No heading, no dates, no links: names over replies written in sentences, nested.
    text = (
        f"T\n\nArticle sentence that is long enough to be prose.\n\n  • Ann\n\n    {FIRST}\n"
        f"\n    • Bob\n\n      {SECOND}\n\n  • Cy\n\n    {THIRD}"
    )
    page = parse_text(text)
    assert [(c.author, c.depth, c.parent_id, c.text) for c in page.comments] == [
        ("Ann", 0, None, FIRST),
        ("Bob", 1, "c1", SECOND),
        ("Cy", 0, None, THIRD),
    ]
    assert page.declared_count is None and page.warnings == []


def test_a_nested_list_of_short_labels_is_no_discussion() -> None:
    # The same shape with one-word items ("First.") is a list, not replies.
    text = (
        "T\n\nArticle sentence that is long enough to be prose.\n\n  • Ann\n\n    First.\n"
        "\n    • Bob\n\n      Second.\n\n  • Cy\n\n    Third."
    )
    assert parse_text(text).comments == []


def test_list_inside_a_comment_body_stays_in_the_body() -> None:
    text = (
        "T\n\nBody of the article, one sentence.\n\n2 Comments\n\n 1. Ann\n    May 2, 2020\n"
        "    My list:\n      □ first point\n      □ second point\n    Done.\n     1. Bob\n"
        "        May 3, 2020\n        Thanks."
    )
    page = parse_text(text)
    assert [(c.author, c.depth) for c in page.comments] == [("Ann", 0), ("Bob", 1)]
    assert page.comments[0].text == "My list:\n□ first point\n□ second point\nDone."
    assert page.comments[0].timestamp == "May 2, 2020"


def test_found_fewer_than_declared_warns() -> None:
    page = parse_text(
        "T\n\nText of the article in a sentence.\n\n5 Comments\n\n  1. Ann says:\n     Hello."
    )
    (warning,) = page.warnings
    assert "declared 5" in warning and "found 1" in warning


def test_old_style_pingback_shown_as_a_comment() -> None:
    text = (
        "T\n\nText.\n\n1 Response\n\n  1. Great links « Some Blog says:\n"
        "     May 2, 2020 at 1:00 pm\n     […] a very good article […]"
    )
    page = parse_text(text)
    assert page.comments == []
    (pingback,) = page.pingbacks
    assert (pingback.title, pingback.site) == ("Great links", "Some Blog")
    assert pingback.excerpt == "[…] a very good article […]"


# --- bad input --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["", "   \n\t\n", "\x00\x01\x02\ufffd" * 50, "\r\r\r", "\u200b\u00a0\n\u200b"],
)
def test_degenerate_text_parses_to_an_empty_page(text: str) -> None:
    page = parse_text(text)
    assert page.comments == [] and page.pingbacks == []
    assert page.page_id == "page"


def test_ten_thousand_nesting_levels_without_recursion() -> None:
    lines = ["T", "", "Article sentence long enough to count as prose here.", "", "3 Comments"]
    # One space more per level, body on the head line: ~50 MB of text in all.
    lines += [" " * depth + f"• Ann says: reply {depth}" for depth in range(10_000)]
    page = parse_text("\n".join(lines))
    assert len(page.comments) == 10_000
    assert page.max_depth == 9_999
    assert page.comments[-1].parent_id == "c9999"
    assert page.comments[-1].text == "reply 9999"


def test_huge_single_line_is_one_paragraph() -> None:
    text = "word " * 2_000_000  # 10 MB on one line
    page = parse_text(text)
    assert page.comments == []
    assert page.title is not None and len(page.title) == len(text.strip())


def test_parse_file_decodes_any_encoding_and_uses_the_stem(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes("\ufeffCafé\r\n\r\nText.".encode("utf-16"))
    (tmp_path / "b.txt").write_bytes(b"Caf\xe9 \xff\xfe\n\nText.")
    first, second = parse_file(tmp_path / "a.txt"), parse_file(tmp_path / "b.txt")
    assert (first.page_id, first.title, first.paragraphs) == ("a", "Café", ["Text."])
    assert second.page_id == "b" and second.paragraphs == ["Text."]
    assert second.title is not None and second.title.startswith("Caf")


def test_parse_file_missing_path_raises_input_error(tmp_path: Path) -> None:
    from comments.errors import InputError

    with pytest.raises(InputError, match=r"missing\.txt"):
        parse_file(tmp_path / "missing.txt")


# --- platform layouts -------------------------------------------------------------------


def test_footer_heads_under_the_body_typepad() -> None:
    text = (
        "T\n\nArticle text in one full sentence here.\n\nComments\n\nFirst body.\n\n"
        "Posted by: Ann | October 30, 2008 at 10:02 AM\n\nSecond body.\nStill second.\n\n"
        "Posted by: Bob | October 31, 2008 at 07:30 AM\n\nPost a comment"
    )
    page = parse_text(text)
    assert [(c.author, c.timestamp, c.text) for c in page.comments] == [
        ("Ann", "October 30, 2008 at 10:02 AM", "First body."),
        ("Bob", "October 31, 2008 at 07:30 AM", "Second body.\nStill second."),
    ]


def test_disqus_style_items_with_link_rows() -> None:
    text = (
        "T\n\nArticle text in one full sentence here.\n\n  • 2 Comments\n  • Login\n\n"
        "  • Avatar\n    dave • 2 years ago\n    Body one.\n      □ 5 △ ▽\n      □ Reply\n"
        "      □ Avatar\n        Rosa ➦ dave • 2 years ago • edited\n        Body two.\n"
        "          ☆ Reply\n  • ✉ Subscribe"
    )
    page = parse_text(text)
    assert [(c.author, c.timestamp, c.depth, c.parent_id, c.text) for c in page.comments] == [
        ("dave", "2 years ago", 0, None, "Body one."),
        ("Rosa", "2 years ago", 1, "c1", "Body two."),
    ]
    assert page.declared_count == 2 and page.warnings == []


def test_comments_closed_ends_the_discussion() -> None:
    text = (
        "T\n\nArticle text in one full sentence here.\n\n0 Comments\n\nComments are closed.\n"
        "\nPopular\n\n  • Everyday dal\n  • Savoury porridge"
    )
    page = parse_text(text)
    assert page.comments == [] and page.declared_count == 0
    assert "Comments are closed." in page.boilerplate
    assert "• Everyday dal" in page.boilerplate


def test_html2text_markdown_comment_list() -> None:
    text = (
        '# Title\n\nArticle text in one full sentence here.\n\n### 2 thoughts on "Title"\n\n'
        "  1. ![](https://a.example/1.png)\n\n**Ann**\n\n[May 2, 2020 at 7:14\npm](https://"
        "a.example/#c1)\n\nFirst body.\n\n[Reply](https://a.example/r1)\n\n     1. ![](https://"
        "a.example/2.png)\n\n**Bob**\n\n[May 3, 2020 at 6:02 am](https://a.example/#c2)\n\n"
        "Second body.\n\n## Leave a Reply"
    )
    page = parse_text(text)
    assert page.title == "Title"
    assert [(c.author, c.timestamp, c.depth, c.text) for c in page.comments] == [
        ("Ann", "May 2, 2020 at 7:14 pm", 0, "First body."),
        ("Bob", "May 3, 2020 at 6:02 am", 1, "Second body."),
    ]


@pytest.mark.parametrize(
    ("text", "minute", "clock"),
    [
        ("May 2, 2012 at 12:05 am", (2012, 5, 2, 0, 5), "12"),
        ("May 2, 2012 at 12:05 pm", (2012, 5, 2, 12, 5), "12"),
        ("May 2, 2012 at 11:02 a.m.", (2012, 5, 2, 11, 2), "12"),
        ("2. Mai 2012 um 16h40", (2012, 5, 2, 16, 40), "24"),
        ("2 mai 2012 à 16 h 40 min", (2012, 5, 2, 16, 40), "24"),
        ("Thu, 14/05/2012 - 00:15", (2012, 5, 14, 0, 15), "24"),
        ("2012-05-02 09:15", (2012, 5, 2, 9, 15), "24"),
        ("2 mai 2012 à 9:15", (2012, 5, 2, 9, 15), "either"),
        ("14.09.2022 um 21.11", (2022, 9, 14, 21, 11), "24"),  # a full stop after the year
        ("14. syyskuuta 2022 klo 9.05", (2022, 9, 14, 9, 5), "either"),
    ],
)
def test_read_moment(text: str, minute: tuple[int, ...], clock: str) -> None:
    assert read_moment(text) == (datetime(*minute), clock)


def test_read_moment_needs_a_day_and_a_time() -> None:
    texts = ["May 2, 2012", "9:15 pm", "3 hours ago", "May 2, 2012 at 25:70", "02/05/2012 9:15"]
    # a full stop joins a day and a month too: no time before the year or in a date after it
    texts += ["21.04.2020", "2. Mai 2012 bis 21.11.2013", "2. Mai 2012 bis 21.11."]
    assert [read_moment(t) for t in texts] == [None] * len(texts)


def test_numeric_dates_read_in_the_order_a_list_tells() -> None:
    assert read_date("02/05/2012", day_first=True) == date(2012, 5, 2)
    assert read_date("02/05/2012", day_first=False) == date(2012, 2, 5)
    assert read_date("14/05/2012", day_first=False) is None  # no 14th month
    assert read_date("14/05/2012") == date(2012, 5, 14)
