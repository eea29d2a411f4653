"""Structural rules the parser learnt from real pages (issue 9): each test is one
kind of layout, written small, with the sign that tells what a line is."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

import pytest

from comments import parse_text
from comments.parse.heads import (
    dated_links,
    is_chrome_in_comment,
    is_form_field,
    parse_count_heading,
    parse_head,
)
from comments.parse.lines import classify_lines
from comments.parse.markup import strip_markdown
from comments.parse.records import HeadParts, _comma_says_name, find_heads, head_parts, roles
from comments.parse.sections import is_boilerplate_line

ARTICLE = "A Title\n\nThe article says something at length, in a sentence or two.\n\n"
WIDE = "x" * 30  # makes a wrapped line as long as a converter's wrap width


def _authors(text: str) -> list[str | None]:
    return [c.author for c in parse_text(text).comments]


def test_a_short_line_under_a_wrapped_line_is_text_not_a_name() -> None:
    lines = classify_lines(
        [
            "You are awesome Christina, but she probably has you beat with the best one. Please",
            "hate me! lol",
            "",
            "Ann Lee",
        ]
    )
    assert roles(lines) == "TT N"


def test_avatars_and_rules_may_stand_between_an_item_and_its_name() -> None:
    record = (
        "  {k}. ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━\n     [thumb]\n     {name} Follow\n\n"
        "     {name} thinks this is a fine article, and says so.\n\n"
        "     November 12, 2012 18:06:00 Reply 0 Flag this comment\n"
    )
    names = ["Pixelive", "Paula Jansson", "Jimmy Boyle"]
    thread = "".join(record.format(k=k, name=n) for k, n in enumerate(names, 1))
    assert _authors(ARTICLE + "3 Comments\n\n" + thread) == names


def test_a_line_of_underscores_between_comments_is_a_rule_not_a_form() -> None:
    record = (
        "    {k}.\n         ______________________________________________________\n\n"
        "       [avatar]\n       {name}\n       {name} wrote a sentence about it here.\n"
        "       May {k}, 2012 18:06 Reply\n"
    )
    thread = "".join(record.format(k=k, name=n) for k, n in enumerate(["Ann", "Bob"], 1))
    assert _authors(ARTICLE + "2 Comments\n\n" + thread) == ["Ann", "Bob"]


def test_underscores_are_no_emphasis() -> None:
    assert strip_markdown(["_" * 40, "__bold__"]) == ["_" * 40, "bold"]


def test_a_comments_tab_in_a_widget_announces_no_comments() -> None:
    widget = (
        "  • Popular\n  • Recent\n  • Comments\n  • Tags\n\n"
        "Tribune: a headline\n\nSamir Dridi\n28/09/2019\n\nAnother headline here\n\n"
        "La Presse\n02/06/2019\n\nA third headline\n"
    )
    assert parse_text(ARTICLE + widget).comments == []


def test_a_lone_record_under_a_comment_form_needs_a_reply_link() -> None:
    sidebar = (
        "Leave a comment Cancel reply\n\nEditorial\n\nThe message of courage\n\n"
        "Abdelkrim Dermech\n19/02/2020\n\nIt is one of those moments in the history of a …\n"
    )
    assert parse_text(ARTICLE + sidebar).comments == []
    with_reply = sidebar.replace("19/02/2020\n", "19/02/2020\n\nReply\n")
    assert _authors(ARTICLE + with_reply) == ["Abdelkrim Dermech"]


def test_roman_numbered_sections_are_no_comments() -> None:
    sections = "".join(
        f"{numeral}. The {name}\n\nThe {name} went on for a while, and then it stopped.\n\n"
        for numeral, name in (("I", "Pancake"), ("II", "Schlep"), ("III", "Stamp"))
    )
    page = parse_text("A Title\n\n48\n\ncomments\n\n" + sections)
    assert page.comments == []


def test_a_name_may_carry_its_site_in_brackets() -> None:
    thread = (
        "1 Kommentar\n\n 1. 01\n    Yusuf (ballblog.example)\n\n"
        "    Der Boulevard regiert? Herrlich! Wirklich!\n\n    29.07.2006 um 16:43 | Antworten\n\n"
        "Jonny bei netzblog.example\n\nThe site's own text follows here.\n"
    )
    assert _authors(ARTICLE + thread) == ["Yusuf (ballblog.example)"]


def test_a_counter_under_every_comment_is_no_count_heading() -> None:
    record = (
        "  • {name}\n\n    1 November 2012 9:08PM\n\n"
        "    {name} has a view on this, and says it.\n\n"
        "      □ Recommend? (6)\n      □ Responses ({k})\n      □ Report\n\n"
    )
    thread = "".join(record.format(name=n, k=k) for k, n in enumerate(["pilsner", "fish", "xal"]))
    page = parse_text(ARTICLE + thread)
    assert page.declared_count is None
    assert [c.author for c in page.comments] == ["pilsner", "fish", "xal"]


def test_a_replies_toggle_under_every_reply_link_is_a_link_not_a_heading() -> None:
    """ "Reply" / "2 replies" under each comment: a toggle of its replies, read as links
    (no section's heading between the comments), while the count over them still heads
    them."""
    record = "{name}\nMarch 3, 2015\n{name} has a view on this, and says it.\nReply\n2 replies\n\n"
    thread = "".join(record.format(name=n) for n in ["Ann Lee", "Bob Stone", "Cy Young"])
    lines = classify_lines((ARTICLE + "3 Comments\n\n" + thread).splitlines())
    role = roles(lines)
    assert [role[i] for i, line in enumerate(lines) if line.text == "2 replies"] == ["C"] * 3
    assert [role[i] for i, line in enumerate(lines) if line.text == "3 Comments"] == ["H"]
    page = parse_text(ARTICLE + "3 Comments\n\n" + thread)
    assert [(c.author, c.timestamp) for c in page.comments] == [
        ("Ann Lee", "March 3, 2015"),
        ("Bob Stone", "March 3, 2015"),
        ("Cy Young", "March 3, 2015"),
    ]
    assert page.declared_count == 3


def test_a_repeated_count_under_text_that_says_reply_is_no_toggle() -> None:
    """Only a row of links offers the "Reply" a toggle closes: a sentence that says
    "reply" is text, and the count under it still parts what is above from below."""
    from comments.parse.sections import _is_toggle

    lines = classify_lines(["Reply", "2 replies", "Thanks for the reply", "2 replies"] * 2)
    role = roles(lines)
    assert [_is_toggle(lines, role, i) for i in (1, 3)] == [True, False]


def test_bare_titles_beside_dated_comments_are_a_widget() -> None:
    widget = (
        "17 Kommentare E-Mail Facebook Twitter\n\n"
        "  • Bauer-Verlag über Boris Becker\n\n    Text über Boris Becker aus dem Magazin.\n\n"
        "  • Podcast Holger ruft an\n\n    Podcast-Logo und Titelseite der Zeitung.\n\n"
    )
    thread = "".join(
        f"  {k}. Leser{k} sagt:\n     3. November 2023 um 20:1{k} Uhr\n"
        f"     Leser{k} hat etwas zu sagen, und sagt es hier.\n"
        for k in range(1, 4)
    )
    authors = _authors(ARTICLE + widget + "3 Kommentare\n\n" + thread)
    assert authors == ["Leser1", "Leser2", "Leser3"]


def test_a_singular_german_count_heading_is_read() -> None:
    page = parse_text(
        ARTICLE + "Ein Gedanke zu “Über uns”\n\n 1. [pic]\n    Januar 15, 2014 um 23:36\n"
        "    Ana Jo sagt:\n\n    Hey ihr beiden! Alles Gute und liebe Grüße aus dem Süden!\n"
    )
    assert page.declared_count == 1
    assert [c.author for c in page.comments] == ["Ana Jo"]


def test_footers_whose_first_body_exceeds_the_cue_window_still_close_their_records() -> None:
    long_body = "".join(
        f"Eric writes line {k} of a long comment about hiring.\n" for k in range(20)
    )
    footer = "by {who} on November {d}, 2010 at 6:10 am. Reply #\n\n[avatar]\n\n"
    text = (
        ARTICLE
        + "3 comments\n\n[avatar]\n\n"
        + long_body
        + "\n"
        + footer.format(who="Eric Kent", d=9)
        + "Eric, your analysis is brilliant and spot on.\n\n"
        + footer.format(who="sitehost", d=10)
        + "Nice analysis, but you leave yourself off the hook.\n\n"
        + footer.format(who="zdw", d=14)
        + "Leave a comment\n\nName\n[          ]\n"
    )
    page = parse_text(text)
    assert [c.author for c in page.comments] == ["Eric Kent", "sitehost", "zdw"]
    assert page.comments[1].text.startswith("Eric, your analysis")


def test_a_linking_post_printed_in_the_footers_frame_is_a_pingback() -> None:
    footer = "by {who} on December {d}, 2010 at 8:53 pm. Reply #\n\n"
    text = (
        ARTICLE
        + "3 comments\n\n"
        + "Great post, I think it leads to the long tail.\n\n"
        + footer.format(who="AnnaLisa", d=1)
        + "[...] Even guys like Khoi Vihn have chimed in about this [...]\n\n"
        + "by Z.BRYANT • Blog Archive » Rating Vs. Curating on December 3, 2010 at 3:24\n"
        + "am. Reply #\n\n"
        + "Agree with you completely, Rand.\n\n"
        + footer.format(who="Arjun", d=2)
        + "Leave a comment\n\nName\n[          ]\n"
    )
    page = parse_text(text)
    assert [c.author for c in page.comments] == ["AnnaLisa", "Arjun"]
    [pingback] = page.pingbacks
    assert pingback.title.startswith("Z.BRYANT")
    assert pingback.excerpt.startswith("[...] Even guys")


def test_the_wrapped_end_of_a_sentence_is_no_form_heading() -> None:
    footer = "Posted by {who} on November 5, 2012 at 7:5{k} am | permalink | Reply\n\n"
    bodies = [
        "This post is about productivity.",
        "They are brief and amusing, far more than\nyour comment.",
        "And that is all from me, in\nyour comment is how you rose above it all, I think today.",
        "Love it.",
    ]
    thread = "".join(
        f"{body}\n\n" + footer.format(who=who, k=k)
        for k, (who, body) in enumerate(
            zip(["tj", "Harriet", "Lori", "Jules"], bodies, strict=True)
        )
    )
    page = parse_text(ARTICLE + "Comments (4)\n\nLeave a comment\n\n" + thread)
    assert [c.author for c in page.comments] == ["tj", "Harriet", "Lori", "Jules"]
    assert page.comments[1].text.endswith("your comment.")


def test_a_log_in_prompt_under_every_comment_is_chrome_not_a_new_section() -> None:
    record = (
        "Thu, 08/09/2012 - 14:3{k} | 269178{k} {who}\n{who}'s picture\n\n"
        "{who} wrote this comment, with a full sentence in it.\n\n"
        "  • Login or register to post comments\n\n"
    )
    names = ["QuietOtter", "Silent Partner", "Rivulet", "Cosmo Kane"]
    thread = "".join(record.format(k=k, who=who) for k, who in enumerate(names))
    page = parse_text(ARTICLE + "Similar Articles You Might Enjoy:\n\n" + thread * 2)
    assert [c.author for c in page.comments] == names * 2
    assert not any("picture" in c.text for c in page.comments)  # avatar alt text


def test_linking_posts_in_a_trackback_list_whatever_their_title_line_looks_like() -> None:
    trackbacks = (
        "3 trackbacks\n\n"
        "  • \n    Winter Walks | bakerbythelake October 24, 2012 at 2:06 pm\n\n"
        "    [...] the most awesome brunch ever for the blogging world [...]\n\n    Reply\n"
        "  • \n    Home, Tea Buns, and a birthdayparty « missjane October 27, 2012 at 10:58\n"
        "    am\n\n    [...] er hjemme i helgen. Og det er herlig. [...]\n\n    Reply\n"
        "  • \n    Link Up & Co-host! | bakerbythelake October 27, 2012 at 7:21 pm\n\n"
        "    [...] come and link up your posts [...]\n\n    Reply\n"
    )
    page = parse_text(ARTICLE + trackbacks)
    assert page.comments == []
    assert [(p.title, p.site) for p in page.pingbacks] == [
        ("Winter Walks", "bakerbythelake"),
        ("Home, Tea Buns, and a birthdayparty", "missjane"),
        ("Link Up & Co-host!", "bakerbythelake"),
    ]


@pytest.mark.parametrize("line", ["Photo essays", "Mark my essays", "Lindsays"])
def test_says_inside_a_word_is_no_head(line: str) -> None:
    assert parse_head(line) is None


def test_a_glued_says_with_its_colon_is_still_a_head() -> None:
    assert parse_head("Annsays:").author == "Ann"


def test_a_sentence_quoting_what_someone_said_is_no_head() -> None:
    thread = "".join(
        f"  {k}. November 12, 2012\n\n{name}\n\n{body}\n\n"
        for k, (name, body) in enumerate(
            [
                ("Beth", "Oh the life of an adventurer, with so much waiting in it."),
                ("Tim Patterson", "I like what Kathy said: I like to experience your travels."),
                ("Helen", "This made me laugh, it is so similar to my own search."),
            ],
            1,
        )
    )
    page = parse_text(ARTICLE + "3 Responses\n\n" + thread)
    assert [c.author for c in page.comments] == ["Beth", "Tim Patterson", "Helen"]
    assert page.comments[1].text.startswith("I like what Kathy said:")


def _byline_page(first_head: str) -> str:
    article = "".join(
        f"   Paragraph {k} of the article goes on about compilers, as articles do.\n\n"
        for k in range(20)
    )
    records = "".join(
        f"   on 2012-10-1{k} at 9:0{k} am {name}\n\n   {name} thinks this is right.\n\n"
        for k, name in enumerate(["Ola Stein", "Fernando", "Tim Kerr"])
    )
    return (  # elinks prints the page's <link> elements first
        "   Link: pingback\n   Link: The Blog » Feed (alternate)\n\n"
        "   Feeds:\n   Posts\n   Comments\n\nWhat We Shipped in October\n\n"
        f"   {first_head}\n\n{article}3 Responses\n\n{records}"
    )


def test_a_dated_byline_under_a_feeds_comments_link_is_not_a_comment() -> None:
    # Where the headline is missed (the search for runs starts above the feeds), the
    # byline's record under the "Comments" feed link would hold the whole article.
    from comments.parse.discussion import discussion_runs
    from comments.parse.normalise import normalise_lines
    from comments.parse.sections import _announces_comments, _breaks_run, _heads_section

    lines = classify_lines(normalise_lines(_byline_page("2012-10-09 by Hal Porter")))
    tests = (_breaks_run(lines), _announces_comments(lines, roles(lines)), _heads_section(lines))
    runs = discussion_runs(lines, 0, tests, roles(lines))
    commenters = ["Ola Stein", "Fernando", "Tim Kerr"]
    assert [[h.author for h in run.heads] for run in runs] == [commenters]
    page = parse_text(_byline_page("2012-10-09 by Hal Porter"))
    assert [c.author for c in page.comments] == commenters
    assert sum("Paragraph" in p for p in page.paragraphs) == 20


def test_a_date_line_that_prints_the_time_twice_names_nobody() -> None:
    # "1. Ann / body / DATE at TIME |": the comment's footer, not a head whose
    # "author" is the repeated time
    records = "".join(
        f"    {k}. {name}\n       {name} thinks this is right, and says why.\n"
        f"       August 9, 2012 02:0{k} pm at 2:0{k} pm |\n"
        for k, name in enumerate(["Ann Lee", "Bob Roe", "Cy Doe"], start=1)
    )
    assert _authors(ARTICLE + "3 Responses\n\n" + records) == [
        "Ann Lee",
        "Bob Roe",
        "Cy Doe",
    ]


def test_a_wrapped_line_ending_on_a_lower_case_link_word_is_text_not_a_link_row() -> None:
    from comments.parse.heads import ends_with_links

    assert not ends_with_links(
        "Grow your circle – see how to do it here, and think about how you might use networks like"
    )
    assert ends_with_links("Bart | November 9, 2012 12:20 AM | Reply")
    assert ends_with_links("bqrq permalink")


@pytest.mark.parametrize("heading", ["Alle Kommentare", "All comments", "Tous les commentaires"])
def test_a_lone_comment_under_an_all_comments_heading_is_found(heading: str) -> None:
    record = (
        " 1. B.A. sagt:\n    16.03.2016 um 18:40 Uhr\n\n    Der Vertrag war teurer als gesagt.\n"
    )
    assert _authors(ARTICLE + f"{heading}\n\n{record}") == ["B.A."]


def test_a_signature_over_the_next_items_date_is_no_head() -> None:
    # Records are "N. <date>" items with the name under the date; one body ends in a
    # short signature line right above the next item.
    bodies = ["I wonder, indeed, I do.\n\nS-", "What a fine story.", "Thanks for this."]
    names = ["Steve Cole", "Joe Barnes", "Nat Singer"]
    records = "".join(
        f"  {k}. November 12, 2012\n\n{name}\n\n{body}\n\n"
        for k, (name, body) in enumerate(zip(names, bodies, strict=True), start=1)
    )
    page = parse_text(ARTICLE + "3 Comments\n\n" + records)
    assert [(c.author, c.depth) for c in page.comments] == [(name, 0) for name in names]


def test_a_dated_source_line_over_a_comments_reply_link_is_no_record() -> None:
    # "Ein Buchtitel (14.5.19)" cites a source at the end of a comment, right over
    # its "Antworten" link: it reads as "name (date)" but heads nothing.
    tails = {"Moos-1006": "Ein Buchtitel (14.5.19)\n"}
    records = "".join(
        f"  {k}. {name} schreibt:\n\n{k}. Mai 2019 um 10:4{k}\n\n"
        f"Der Text ist gut gegliedert, {name} liest ihn gern.\n{tails.get(name, '')}"
        "\nAntworten\n\n"
        for k, name in enumerate(["schatten-1007", "Moos-1006", "blitz-1017"], start=1)
    )
    page = parse_text(ARTICLE + "3 Antworten\n\n" + records)
    assert [(c.author, c.depth) for c in page.comments] == [
        ("schatten-1007", 0),
        ("Moos-1006", 0),
        ("blitz-1017", 0),
    ]
    assert "Ein Buchtitel (14.5.19)" in page.comments[1].text


def test_an_empty_share_item_above_a_numbered_head_does_not_nest_it() -> None:
    # inscriptis prints each record's share list ("+ Facebook", "+ ") under its Reply
    # link; the empty last item stands right above the next numbered head.
    names = ["Ann Lee", "Bob Stone", "Cleo Park"]
    records = "".join(
        f"   {k}. {name} Tuesday, May 4 2021\n\n      {name} likes the night ferry.\n\n"
        "      Reply /\n        Share\n          + Facebook\n            Tweet\n        + \n"
        for k, name in enumerate(names, start=1)
    )
    page = parse_text(ARTICLE + "3 Comments\n\n" + records)
    assert [(c.author, c.depth) for c in page.comments] == [(name, 0) for name in names]


def test_a_day_number_before_a_month_with_links_after_is_a_date_not_an_item() -> None:
    from comments.parse.lines import split_marker

    assert split_marker("15. Dezember 2015 at 11:21 · Antwort", 4)[0] is None
    assert split_marker("11. November 12, 2012", 2)[0] == "11."  # item 11, then its date
    assert split_marker("3. März: Treffen im Saal", 2)[0] == "3."


def test_the_comments_link_of_a_feeds_menu_announces_no_comments() -> None:
    from comments.parse.sections import _announces_comments

    lines = classify_lines(["Feeds:", "   Posts", "   Comments", "", "Comments", "", "Ann"])
    announces = _announces_comments(lines, roles(lines))
    assert not announces(2)  # the feed link under "Posts"
    assert announces(4)  # a heading on its own


def test_a_date_first_byline_with_its_tag_links_is_no_head() -> None:
    from comments.parse.heads import split_name_date

    assert split_name_date("16. Mai 2019 Mark Ellis Technik , Software 2") is None
    assert split_name_date("16. Mai 2019 Mark Ellis") == ("Mark Ellis", "16. Mai 2019")


def test_a_name_with_initials_before_a_bare_age_is_a_head() -> None:
    """ "J. R. Novak 1 year": an initial's full stop is part of the name before a bare age
    (such names lost their comments); clause punctuation before an age still tells
    a sentence or a label ("Approx. 2 years", "Duration: 2 to 6 months")."""
    from comments.parse.heads import split_name_date

    names = ["J. R. Novak", "Morgan B.", "Ann Lee"]
    thread = "".join(
        f"{name} 1 year\n\n{body}\n\nShare\n\n"
        for name, body in zip(names, _TIMED_BODIES, strict=False)
    )
    page = parse_text(ARTICLE + "3 Comments on A Title\n\n" + thread)
    assert [(c.author, c.timestamp) for c in page.comments] == [(n, "1 year") for n in names]
    assert split_name_date("Approx. 2 years") is None
    assert split_name_date("Duration: 2 to 6 months") is None


def test_a_dated_head_with_its_body_after_a_wide_gap_on_one_line() -> None:
    # html2text joins a comment's blocks with two spaces: head and body share a line
    names = ["Alan Weller", "Luke Ferris", "Julieta"]
    records = "".join(
        f"  * {name} August 2nd, 2012 at {k}:36 pm  {name} thinks this is a big question, "
        "and I am not sure I can distill it down to one question for the panel.\n"
        for k, name in enumerate(names, start=1)
    )
    page = parse_text(ARTICLE + "### 3 comments to Open Questions\n\n" + records)
    assert [c.author for c in page.comments] == names
    assert page.comments[0].timestamp == "August 2nd, 2012 at 1:36 pm"
    assert page.comments[0].text.startswith("Alan Weller thinks this is a big question")
    # Two spaces after a sentence are no gap before a body.
    assert roles(classify_lines(["Good question!  We all gain more when we comment."])) == "T"


def test_an_e_mail_address_is_never_an_author() -> None:
    # The wrapped last line of a signature over a footer date, and a display name
    # that is an address: neither is stored as an author.
    records = (
        "Reader One said...\n\n    Thanks for the update. Anton. e-mail:\n"
        "    anton1@example.org\n\n    October 16, 2012 3:02 PM\n\n"
        "James said...\n\n    Congratulations!\n\n    October 16, 2012 4:10 PM\n\n"
        "ann@example.org said...\n\n    Good news.\n\n    October 16, 2012 5:10 PM\n"
    )
    page = parse_text(ARTICLE + "3 comments:\n\n" + records)
    assert [c.author for c in page.comments] == ["Reader One", "James", None]
    assert "anton1@example.org" in page.comments[0].text


def test_the_end_of_a_wrapped_url_with_a_date_after_it_is_no_head() -> None:
    body = (
        "       Quellen, die ich gelesen habe, und was sie über das Thema sagen:\n"
        "       https://www.beispiel.example/entdecken/auf-der-reise/woher-kommen-die-meisten-reisende\n"
        "       n-seite.html 20.05.2019\n"
        "       Antworten\n"
    )
    records = "".join(
        f"    {k}. {name} schreibt:\n       {k}. Mai 2019 um 10:4{k}\n{body}"
        for k, name in enumerate(["Textfan-1010", "schatten-1007", "Moos-1006"], start=1)
    )
    page = parse_text(ARTICLE + "3 Antworten\n\n" + records)
    assert [c.author for c in page.comments] == ["Textfan-1010", "schatten-1007", "Moos-1006"]


def test_a_list_of_posts_each_with_its_comment_counter_is_no_discussion() -> None:
    comments = "".join(
        f"{name} sagt:\n\nJuli 30, 2013 um 2:3{k} pm\n\n{name} findet das Rezept gut.\n\n"
        "Antworten\n\n"
        for k, name in enumerate(["sarah", "admin", "Tina"])
    )
    titles = ["Muffin Grundrezept", "Cranberry Muffins", "Kürbis Muffins", "Himbeermuffins"]
    posts = "".join(
        f"[img{k}]\n\n{title}\n\nRezept vom {k} Nov. 2014\n\n{k} Kommentare\n\n"
        for k, title in enumerate(titles, 2)
    )
    page = parse_text(ARTICLE + "3 Kommentare\n\n" + comments + "Neueste Rezepte\n\n" + posts)
    assert [c.author for c in page.comments][:3] == ["sarah", "admin", "Tina"]
    # Each post under the one before's counter ("2 Kommentare") is no lone comment. (The
    # first post, right under the last comment, still joins the comments' run.)
    assert len(page.comments) <= 4


def test_a_comment_that_opens_by_quoting_someone_keeps_its_text() -> None:
    records = (
        "Joe Bloggs | November 9, 2012 11:40 PM\n\nVery interesting thought, Bill.\n\n"
        "EveJ | November 9, 2012 11:51 PM\n\nJoe Bloggs wrote:\n\n"
        "Very interesting thought, Bill.\n\nI agree with Jim on this one.\n\n"
        "Ann Lee | November 10, 2012 8:02 AM\n\nSo do I, for what it is worth.\n\n"
    )
    page = parse_text(ARTICLE + "3 Comments\n\n" + records)
    assert [c.author for c in page.comments] == ["Joe Bloggs", "EveJ", "Ann Lee"]
    assert page.comments[1].text.startswith("Joe Bloggs wrote:")


def test_a_line_that_closes_comments_announces_none_below_it() -> None:
    from comments.parse.sections import _announces_comments

    lines = classify_lines(["Subscribe", "Powered by Disqus", "Comments are closed."])
    announces = _announces_comments(lines, roles(lines))
    assert not announces(0) and not announces(1)  # a newsletter button, a platform footer
    assert announces(2)  # some themes print this above the comments


@pytest.mark.parametrize("mark", ["@ ", "@"])
def test_a_reply_that_opens_by_addressing_a_comment_keeps_its_text(mark: str) -> None:
    """ "@ Ann Lee" and that comment's date, right under a head: the reply's first lines,
    not a record of their own (some converters read the "@" as a list bullet)."""
    records = (
        "  1. [avatar]\n      □ Ann Lee\n      □ 8. April 2019 @ 11:38\n\n"
        "    A first comment, with a sentence in it.\n\n"
        "  2. [avatar]\n      □ Bob Stone\n      □ 9. April 2019 @ 00:14\n      □ \n"
        f"    {mark}Ann Lee\n    8. April 2019 @ 11:38\n\n"
        "    I do not agree with this, and here is why.\n\n"
        "  3. [avatar]\n      □ Cleo Park\n      □ 9. April 2019 @ 08:02\n\n"
        "    A third one, for the shape of the run.\n\n"
    )
    page = parse_text(ARTICLE + "3 Kommentare\n\n" + records)
    assert [c.author for c in page.comments] == ["Ann Lee", "Bob Stone", "Cleo Park"]
    assert page.comments[1].text.startswith(f"{mark}Ann Lee\n8. April 2019 @ 11:38\nI do not")


@pytest.mark.parametrize(
    "closed",
    [
        "The comments to this entry are closed.",
        "Comments for this post are closed.",
        "Die Kommentarfunktion ist geschlossen.",
    ],
)
def test_footers_closed_by_a_comments_closed_notice_end_their_records(closed: str) -> None:
    """ "Posted by: Ann | <date>" under each body, the last one over a notice that closes
    the comments: the footers close their records (the notice ends the discussion)."""
    records = (
        "I think you are wrong on this one, and I will say why.\n\n"
        "Posted by: Ann Lee | April 21, 2004 at 03:50 AM\n\n"
        "Actually, they do not realise how bad it is for them.\n\n"
        "Posted by: Bob Stone | April 21, 2004 at 10:00 AM\n\n"
        "You are probably right, and I said so before.\n\n"
        "Posted by: Cleo Park | April 21, 2004 at 10:41 AM\n\n"
        f"{closed}\n\nDecember 2006\n\nSun Mon Tue Wed Thu Fri Sat\n"
    )
    page = parse_text(ARTICLE + "Comments\n\n" + records)
    assert [c.author for c in page.comments] == ["Ann Lee", "Bob Stone", "Cleo Park"]
    assert page.comments[0].text.startswith("I think you are wrong")


def test_a_comments_own_log_in_to_reply_link_ends_no_discussion() -> None:
    """ "Log in to Reply" under a comment is that comment's link, whatever follows it;
    "You must be logged in to post a comment." prompts for the form and ends the list."""
    records = "".join(
        f"{name}\n\n10.29.2012\n\nLog in to Reply\n\n{body}\n\n"
        for name, body in [
            ("Ann Lee", "A first comment, with a sentence in it."),
            ("Bob Stone", "A second one, and it says something else."),
            ("Cleo Park", "The last one, which goes on after its link."),
        ]
    )
    page = parse_text(
        ARTICLE + "3 Comments\n\n" + records + "You must be logged in to post a comment.\n\n"
        "Recent Posts\n\nA sidebar post title\n"
    )
    assert [c.author for c in page.comments] == ["Ann Lee", "Bob Stone", "Cleo Park"]
    assert page.comments[-1].text == "The last one, which goes on after its link."


def _record(name: str, body: str, footer: str) -> str:
    return f"{name}{name}\n{name}\n\n{body}\n\n{footer}\n"


def test_a_vote_row_and_date_under_each_comment_close_it_whatever_its_words() -> None:
    """A vote widget in words the parser does not know, "Reply" and the date under each
    comment (wpDiscuz's footer), each name glued to its avatar's alt text: the dates
    close the records above them, the first comment has none above its name, and the
    name is read once. A wrapped line's last word ("😉") names nobody."""
    votes = "Hurra0Buh  Reply"
    first = (
        "I baked it on Friday, and a friend of mine liked it as much as I did, she\n"
        "😉\nThanks for the recipe!"
    )
    records = (
        _record("Ann Lee", first, f"{votes}\n19. Februar 2017 20:00")
        + _record("Bob Stone", "Can I bake it as muffins?", f"{votes}\n15. Februar 2017 09:49")
        + _record("Cleo Park", "Yes, just bake them shorter.", f"{votes}\n15. Februar 2017 10:13")
        + "1 2 3 … 5 Next »\n\nFollow us\n"
    )
    page = parse_text(ARTICLE + "3 Kommentare\n\n" + records)
    assert [(c.author, c.timestamp) for c in page.comments] == [
        ("Ann Lee", "19. Februar 2017 20:00"),
        ("Bob Stone", "15. Februar 2017 09:49"),
        ("Cleo Park", "15. Februar 2017 10:13"),
    ]
    assert page.comments[0].text.endswith("😉\nThanks for the recipe!")
    assert [c.text for c in page.comments[1:]] == [
        "Can I bake it as muffins?",
        "Yes, just bake them shorter.",
    ]


def test_a_list_of_links_date_and_time_under_each_comment_closes_it() -> None:
    """ "• reply" / "• April 5, 2018" / "• 6:32 PM" under each body: that list closes
    the comment above it, the first name has no date above it, and a pager's heading
    under the last list ("Pages" / "• 1" / "• 2") is no comment."""
    records = "".join(
        f"{name}\n\n{body}\n\n  • reply\n  • April {day}, 2018\n  • {time}\n\n"
        for name, body, day, time in [
            ("Anonymous", "A law should make every search of my data known to me.", 5, "6:32 PM"),
            ("Lena", "Can I not just block the trackers myself?", 6, "2:20 AM"),
            ("Anonymous", "A blocking add-on is worth a mention too.", 6, "12:13 PM"),
        ]
    )
    page = parse_text(ARTICLE + "3 Comments\n\n" + records + "Pages\n\n  • 1\n  • 2\n")
    assert [(c.author, c.timestamp, c.text) for c in page.comments] == [
        (
            "Anonymous",
            "April 5, 2018 6:32 PM",
            "A law should make every search of my data known to me.",
        ),
        ("Lena", "April 6, 2018 2:20 AM", "Can I not just block the trackers myself?"),
        ("Anonymous", "April 6, 2018 12:13 PM", "A blocking add-on is worth a mention too."),
    ]


def _static_list(records: list[tuple[str, str]]) -> str:
    """Records as a static copy of a comment list prints them: a bulleted name over its
    body, indented under it; no date, no links, no heading."""
    return "".join(f"  • {name}\n   \n    {body}\n\n" for name, body in records)


FLAT_LIST = [
    ("Anonymous", "The word is plural, and the headline gets it wrong."),
    ("http://a.example/ann Ann Lee", "I wrote about that last year! Here it is a mass noun."),
    ("Bob Stone", "As a statistician, I am glad the forecasts held up."),
    ("Anonymous", "Well, that is not the whole story, but it is part of it."),
]


def test_a_flat_list_of_names_over_sentences_where_someone_speaks_twice_is_a_discussion() -> None:
    """A static copy of a comment list: bulleted names (some after their web address),
    each over an indented body, no dates, no links, no heading. People's names, one of
    whom speaks twice, over sentences: comments."""
    records = _static_list(FLAT_LIST)
    page = parse_text(ARTICLE + records + "© 2012 A Publisher\n")
    assert [c.author for c in page.comments] == ["Anonymous", "Ann Lee", "Bob Stone", "Anonymous"]


def test_a_flat_list_of_terms_over_sentences_is_no_discussion() -> None:
    """The same shape with no one speaking twice (a glossary, a list of features):
    page text."""
    terms = [("Mary Sue", FLAT_LIST[0][1]), *FLAT_LIST[1:3], ("Cleo Park", FLAT_LIST[3][1])]
    records = _static_list(terms)
    assert parse_text(ARTICLE + records + "© 2012 A Publisher\n").comments == []


@pytest.mark.parametrize(
    "notice",
    [
        "There are no trackbacks to display at this time.",
        "No trackbacks yet.",
        "Noch keine Trackbacks vorhanden.",
    ],
)
def test_an_empty_list_notice_after_the_last_comment_is_not_its_text(notice: str) -> None:
    """An empty trackback list's notice under the comments ends them: the last comment
    does not keep it."""
    records = "".join(
        f"{name} says:\n\nMay {day}, 2012 at 9:15 pm\n\n{body}\n\n"
        for name, day, body in [
            ("Ann Lee", 2, "A first comment, with a sentence in it."),
            ("Bob Stone", 3, "The last one, and it ends here."),
        ]
    )
    page = parse_text(ARTICLE + "2 Comments\n\n" + records + f"    {notice}\n\nLeave a Reply\n")
    assert [c.text for c in page.comments] == [
        "A first comment, with a sentence in it.",
        "The last one, and it ends here.",
    ]


@pytest.mark.parametrize("heading", ["1 CommentNo Reactions", "3 CommentsEmail Page"])
def test_a_count_heading_glued_to_the_next_tab_is_read(heading: str) -> None:
    """Tabs printed without a space between them ("1 Comment" | "No Reactions"): the
    count heading is still one, and the lone dated comment under it is read."""
    assert parse_count_heading(heading) is not None
    page = parse_text(
        ARTICLE + "Related Posts\n\n  • No related posts\n\n" + heading + "\n\n"
        " 1. [a1b2c3] Ann Lee\n    7 Aug 12 at 11:21 pm\n\n"
        "    Good point, and I agree with most of what you say.\n\n    Reply\n\n"
        "Leave a Comment\n"
    )
    assert [c.author for c in page.comments] == ["Ann Lee"]


def test_a_name_with_a_long_blog_name_beside_its_date_heads_a_comment() -> None:
    """ "Ann | A Swede At The Stove October 23, 2012 at 4:45 pm": a person's name and
    their blog's, beside the date; the blog's name may be as long as a name, after a
    mark or a comma."""
    records = "".join(
        f"  • \n    {head} October 23, 2012 at {time}\n\n    {body}\n\n    Reply\n"
        for head, time, body in [
            ("Kay Moor", "4:36 pm", "Oh my! Autumn on a plate!"),
            ("Ann | A Swede At The Stove", "4:45 pm", "This will sound a bit odd, but here goes."),
            ("Bea @ Notes From Our Garden", "4:48 pm", "Lovely. I want to bake them."),
            ("Cy Lund, The Good In Every Day", "4:52 pm", "This sounds like a brilliant idea!"),
        ]
    )
    page = parse_text(ARTICLE + "4 Comments\n\n" + records)
    assert [c.author for c in page.comments] == [
        "Kay Moor",
        "Ann | A Swede At The Stove",
        "Bea @ Notes From Our Garden",
        "Cy Lund, The Good In Every Day",
    ]
    assert page.comments[-1].text == "This sounds like a brilliant idea!"


def test_a_signature_over_the_date_that_closes_a_said_comment_is_no_reply() -> None:
    """ "Ann said..." / body / "Ann Lee" / its date: where comments open with "said..."
    and close with their date, a name over that date is the signature, not a reply."""
    records = (
        "Raj Iyer said...\n   \n    It would help to know which data were shared.\n\n"
        "    October 18, 2012 11:32 AM [icon_delet]\n"
        "Anonymous said...\n   \n    Great news! Well done!\n\n\n\n"
        "    Ann Lee\n\n    October 22, 2012 6:59 PM [icon_delet]\n[bla] [sor]\n"
        "mira said...\n   \n    Well done! It is great to see it work.\n\n    Mira\n\n"
        "    October 23, 2012 6:28 AM [icon_delet]\n\nPost a Comment\n"
    )
    page = parse_text(ARTICLE + "3 comments:\n\n" + records)
    assert [(c.author, c.depth, c.timestamp) for c in page.comments] == [
        ("Raj Iyer", 0, "October 18, 2012 11:32 AM"),
        ("Anonymous", 0, "October 22, 2012 6:59 PM"),
        ("mira", 0, "October 23, 2012 6:28 AM"),
    ]
    assert page.comments[1].text == "Great news! Well done!\nAnn Lee"


def test_a_comment_that_opens_by_quoting_someone_who_says_keeps_its_text() -> None:
    """ "As the author says" right under a dated head, over an indented quote: the
    comment's first line, not a reply by "As the author" (few heads here say "says")."""
    records = "".join(
        f"  • [60x60] {name}\n\n    1 November 2012 {time}\n\n    {body}\n\n    Reply\n\n"
        for name, time, body in [
            ("Ann Lee", "9:08PM", "The party should say what it wants from the treaty."),
            ("Bob Stone", "9:11PM", "As the author says\n\n        To be a friend of it is hard."),
            ("Cleo Park", "9:12PM", "Nobody reads the small print, I say."),
        ]
    )
    page = parse_text(ARTICLE + "3 comments\n\n" + records)
    assert [c.author for c in page.comments] == ["Ann Lee", "Bob Stone", "Cleo Park"]
    assert page.comments[1].text.startswith("As the author says\n")


@pytest.mark.parametrize("heading", ["Neueste Artikel", "Últimos artículos", "Latest Articles"])
def test_a_latest_articles_heading_ends_the_comments(heading: str) -> None:
    """A sidebar's "latest articles" heading after the last comment ends the discussion:
    a dated line in the list under it ("Release: 20.11.2023") is no comment."""
    page = parse_text(
        ARTICLE + "1 Kommentar\nMoritz\nvor 1 Stunde\n\nSo ähnlich ging es mir auch, "
        "und zwar lange.\n\n0\n" + heading + "\n\nEin Brettspiel mit viel Charme\n\n"
        "Neue Spiele\n\nWinterfest\n\nRelease: 20.11.2023\n[cover]\n\nSturmkrone\n"
    )
    assert [c.author for c in page.comments] == ["Moritz"]


@pytest.mark.parametrize(
    "sources",
    [
        "https://a.example/forum/thema/104211-warum-wir-lieber-mit-dem-zug-als-mit-dem-auto.ht\n"
        "ml (08.05.2019)",
        "https://a.example/wissen/unterwegs/\nwie-weit-reisen-wir.html 20.05.2019",
        "https://a.example/rechte-werden-vielerorts-wenig-beachtet.694.de.html?dram\n"
        ":article_id=70001 08.05.19",
    ],
)
def test_the_cut_end_of_a_source_url_and_its_date_head_no_reply(sources: str) -> None:
    """A source list under a comment, each URL with the date it was read: where the
    converter cut a URL, its end and that date are no "name" and date of a reply."""
    records = "".join(
        f"{name} schreibt:\n{day}. Mai 2019 um 10:45\nMein Text und meine Quellen.\n"
        f"{body}\nAntworten\n"
        for name, day, body in [
            ("Anna-1013", 29, "Quellen:\n" + sources),
            ("Ben-1014", 30, "Klar aufgebaut und gut zu lesen."),
        ]
    )
    page = parse_text(ARTICLE + "2 Kommentare\n\n" + records)
    assert [(c.author, c.depth) for c in page.comments] == [("Anna-1013", 0), ("Ben-1014", 0)]


def test_widgets_after_comments_are_closed_are_no_comments() -> None:
    """ "Comments are closed." under the comments closes them: the sidebar's titles
    over blurbs below it (with link rows) are no more comments."""
    records = "".join(
        f"{name} 1 year\n\n{body}\n\nShare\n\n"
        for name, body in [
            ("Ann Lee", "Maps in every language are an important step."),
            ("Bob Stone", "There is a good guide that explains the naming rules."),
        ]
    )
    widgets = (
        "  • Follow us\n\n      □  \n      □  \n"
        "  • People of the project\n\n      □ [portrait]\n\n        Meet the teacher bringing "
        "her pupils into open knowledge\n\n      □ [bridges]\n\n"
        "        For these volunteers, old bridges are more than stone\n\n"
        "    More profiles\n\n"
        "  • Archives\n\n      □ August 2018 (1)\n      □ July 2018 (18)\n"
        "  • Jobs\n\n    Work with the team that runs the project and its sister "
        "sites.\n    Apply and join us\n\nThe Team\n\n"
        "The Team is a nonprofit organization. Get Involved | Log In\n"
    )
    page = parse_text(ARTICLE + "2 Comments\n\n" + records + "Comments are closed.\n\n" + widgets)
    assert [c.author for c in page.comments] == ["Ann Lee", "Bob Stone"]


def test_a_recent_comments_widget_of_cut_off_excerpts_is_no_discussion() -> None:
    """A list of recent comments (its heading far above) whose wrapped items read "Ann
    wrote: psst... the 13th is a Tuesday... [more]": excerpts cut off before a "more" link,
    not comments."""
    items = "".join(
        f"     • {title} ({n})\n       {name} wrote: {excerpt}... [more]\n"
        for title, n, name, excerpt in [
            ("A band plays two shows this week", 3, "Anonymous", "psst... it is on"),
            ("A new album streams in full", 1, "Anonymous", "no replies? typical. the album"),
            ("A singer moves this week's show", 10, "Anonymous", "just looked and there are"),
            ("A club night, photos and setlist", 78, "Ann Lee", "what do you think of the"),
        ]
    )
    page = parse_text(ARTICLE + "Recently\n\n" + items)
    assert page.comments == []


def test_a_long_image_file_name_is_an_avatar_not_a_comment() -> None:
    """ "[318205_10140000000000001_700000001_8000002_1100000003_n.jpg]": a converter's
    image placeholder however long the file name, not an anonymous comment."""
    long_avatar = "[318205_10140000000000001_700000001_8000002_1100000003_n.jpg]"
    records = "".join(
        f"    {n}. {avatar}\n       {name}August 5, 2012 4:{n}1 AM\n       {body}\n"
        "       ReplyDelete\n"
        for n, avatar, name, body in [
            (1, "[100_1234.jpg]", "Pia", "I love a good tart! This looks lovely!"),
            (2, long_avatar, "koriander", "This looks great! Thanks for the recipe!"),
            (3, "[photo.jpg]", "Rita Dahl", "I wish I had a piece now!"),
        ]
    )
    page = parse_text(ARTICLE + "3 comments:\n\n" + records)
    assert [c.author for c in page.comments] == ["Pia", "koriander", "Rita Dahl"]


def test_a_quote_under_a_head_whose_links_wrapped_is_the_replys_text() -> None:
    """ "Bob replied to comment from Ann | <date> |" / "Reply" (the converter wrapped
    the head's link) / "Ann wrote:": the reply opens by quoting, no record of its own."""
    page = parse_text(
        ARTICLE + "2 Comments\n\n"
        "Ann | November 12, 2012 10:02 AM | Reply\n\nThe sequel should go back to the books.\n\n"
        "Bob replied to comment from Ann | November 12, 2012 11:43 AM |\nReply\n\n"
        "Ann wrote:\nThe sequel should go back to the books.\n\nI liked the last one, and the "
        "villain was the best part.\n"
    )
    assert [c.author for c in page.comments] == ["Ann", "Bob"]
    assert page.comments[1].text.startswith("Ann wrote:\n")


def test_a_head_its_links_and_its_text_on_one_line_are_read_apart() -> None:
    """html2text prints a comment's head, its "Reply" link and its text as one list
    item's line ("Ann 15. Dezember 2015 at 11:21 · Antwort Das ist …")."""
    page = parse_text(
        ARTICLE + "### 3 comments to A post\n\n"
        "  * Ute 15\\. Dezember 2015 at 11:21 · Antwort Eine schöne Lösung, danke "
        "für die Anleitung.\n"
        "  * Jonas 16\\. Dezember 2015 at 21:50 · Antwort Wie kommst du auf den Winkel "
        "des Kegels?\n"
        "    * Knut 17\\. Dezember 2015 at 07:50 · Antwort Mit einer Skizze sieht man es "
        "gleich.\n\n### Leave a Reply\n"
    )
    assert [(c.author, c.depth, c.timestamp) for c in page.comments] == [
        ("Ute", 0, "15. Dezember 2015 at 11:21"),
        ("Jonas", 0, "16. Dezember 2015 at 21:50"),
        ("Knut", 1, "17. Dezember 2015 at 07:50"),
    ]
    assert page.comments[0].text == "Eine schöne Lösung, danke für die Anleitung."


def test_a_share_rows_email_this_heads_no_comment() -> None:
    """ "Email This" in a share row above the article (html2text nests it in empty
    items) is a share link: the article under it is no comment."""
    page = parse_text(
        "## Why I switched phones\n\n  * By Kim Hart\n  * 9 Comments\n  *     * Tweet\n"
        "    *     *     *     * Email This\n\n\n\n"
        "After a week with the small one, I know it suits me. It has a weaker camera, "
        "but I rarely take photos.\n\n"
        "So long, big phone. You were fine, when you fitted in a pocket.\n\n"
        "* ## Members Only\n\nReports from our analysts\n\n"
        "  * Phones and the courts in Q1  \\- 04/17/2012\n"
        "  * Mobile in the first quarter  \\- 04/16/2012\n\n\n\nWhat is this?\n\n"
        "### 2 Comments\n\n  1. Ann Lee Monday, November 5, 2012\n\n"
        "     I agree, the smaller one is the better buy.\n\n"
        "  2. Bob Stone Monday, November 5, 2012\n\n     Not for me, I read on mine.\n"
    )
    assert [c.author for c in page.comments] == ["Ann Lee", "Bob Stone"]
    assert page.paragraphs[0].startswith("After a week with the small one")
    assert all(map(is_chrome_in_comment, ["Email This", "Print this", "Share This"]))


def test_the_last_item_of_a_packing_list_over_a_paragraph_heads_no_record() -> None:
    """html2text prints list bodies at column 0: the last item of a list of things over
    a paragraph is no name over a comment (the items before it have no text of their
    own); an item after a comment's text still is."""
    packing = ["  * Sun hat", "  * Rain coat", "  * Spare socks", ""]
    paragraph = ["Ideas for anyone packing for a long trip, from my own.", ""]
    lines = classify_lines(packing + paragraph + ["  * Ann Lee", ""] + paragraph)
    assert [head.author for head in find_heads(lines)] == ["Ann Lee"]


def test_undated_comments_a_heading_counts_beat_a_dated_widget_below_the_form() -> None:
    """ "Feedback (78 Responses)" over numbered names and their text: the comments, though
    undated; a list of dated tweets under the comment form that closes them ("… 2:12 pm
    ET August 9, 2012 RETWEET") is a sidebar, not more comments."""
    comments = "".join(
        f"       {n}. {name}\n\n          {body}\n\n            August 9, 2012 {stamp} pm |\n"
        for n, name, body, stamp in [
            (1, "sevenpears", '"...Unless they ask me to stand."', "02:07 pm at 2:07"),
            (
                2,
                "Oregon Dave",
                "When people say he can fix it, I think of an old saying.",
                "02:15 pm at 2:15",
            ),
            (
                3,
                "Tax Payer",
                "Oregon Dave - who is talking about that at all?",
                "02:23 pm at 2:23",
            ),
        ]
    )
    tweets = "".join(
        f"      {text} - a.example/x1Y2z-3W\n      NewsDesk\n"
        f"      {time} pm ET August 9, 2012 RETWEET\n"
        for text, time in [
            ("A bus tour announced", "2:12"),
            ("Two staffers charged", "1:49"),
            ("A poll on transport", "1:01"),
            ("Another poll", "1:00"),
        ]
    )
    page = parse_text(
        ARTICLE + "  Feedback (78 Responses)\n\n" + comments + "  « Previous 1 2 3 4\n\n"
        "    Post a comment\n\n    Name:    E-mail:\n\n    « Back to main\n\n"
        "        Follow this Blog:\n\n" + tweets
    )
    assert [c.author for c in page.comments] == ["sevenpears", "Oregon Dave", "Tax Payer"]
    assert page.declared_count == 78


def test_undated_records_a_count_heading_vouches_for_are_comments() -> None:
    """ "2 Comments" over two records of a name, text and "Reply", no date and no list
    markup (wpDiscuz with dates hidden): the heading counts them, so they are the
    comments; the reply names the comment it answers. The sidebar after the last
    "Reply" is not its text."""
    page = parse_text(
        ARTICLE + "2 Comments\nInline Feedbacks\nView all comments\nEdna Wirth\n\n"
        "THANK YOU FOR SHOWING HOW TO ALTER A PATTERN, AT ANY AGE.\n\nReply\n"
        "Hanna Lind\nAuthor\nReply to  Edna Wirth\n\nthank you, that is kind of you!\n\n"
        "Reply\n\n[svg]\n\nHELLO, I AM HANNA!\n\nSmall projects bring the most joy.\n"
    )
    assert [(c.author, c.depth) for c in page.comments] == [
        ("Edna Wirth", 0),
        ("Hanna Lind", 1),
    ]
    assert page.comments[1].text == "thank you, that is kind of you!"


def test_a_count_heading_vouches_for_no_more_records_than_it_counts() -> None:
    """The same shape under "3 Comments" with two records: both are comments (a page
    shows fewer than it counts where the rest are paged, collapsed or held back); under
    "1 Comment" only the first is (tests/test_parse_no_thread.py: which fewer records)."""
    records = (
        "Edna Wirth\n\nI love that you show this to us.\n\n"
        "Reply\nHanna Lind\n\nthank you, that is kind of you!\n\nReply\n"
    )
    page = parse_text(ARTICLE + "3 Comments\n\n" + records)
    assert [c.author for c in page.comments] == ["Edna Wirth", "Hanna Lind"]
    assert page.declared_count == 3
    page = parse_text(ARTICLE + "1 Comment\n\n" + records)
    assert [c.author for c in page.comments] == ["Edna Wirth"]


def test_a_handle_that_starts_with_a_hyphen_is_a_name_not_a_signature() -> None:
    """ "-kat sagt:" is a commenter's handle; "- Ann" (a dash and a space) signs a quote."""
    page = parse_text(
        ARTICLE + "2 thoughts on “A post”\n\n 1. -kat sagt:\n    28. Juli 2019 um 13:39\n\n"
        "    Das freut mich, weiter so.\n\n    Antworten\n"
        " 2. Jan Roth sagt:\n    28. Juli 2019 um 14:04\n\n    Danke für den Zuspruch.\n"
    )
    assert [c.author for c in page.comments] == ["-kat", "Jan Roth"]
    # the cut end of a source URL may start with a hyphen too: no handle, no head
    url = "https://a.example/nachrichten/ein-land-folgt-dem-nachbarn-und-schreibt-den-tier"
    lines = classify_lines(["Ann Lee", "", "Quellen:", url, "-schutz-ins-gesetz (24.4.19)"])
    assert [head.author for head in find_heads(lines)] == []


def test_a_blog_name_beside_a_person_may_end_with_a_stop() -> None:
    """ "#2 Bo Van Dijk | Bonanza!" over its date: a person and their blog, whose name
    may end with "!", not a sentence."""
    records = "".join(
        f"  • [anon] #{n} {name}\n    September 19th, 2012 at {time}\n\n    {body}\n\n"
        for n, name, time, body in [
            (1, "Quin", "16:14", "So that is what it was. Congratulations!"),
            (2, "Bo Van Dijk | Bonanza!", "20:04", "Congratulations, Ann!"),
            (3, "Sem Aalders", "19:33", "Well done. Great news!"),
        ]
    )
    page = parse_text(ARTICLE + "3 Comments\n\n" + records)
    assert [c.author for c in page.comments] == [
        "Quin",
        "Bo Van Dijk | Bonanza!",
        "Sem Aalders",
    ]


def test_a_head_with_only_a_time_after_a_separator_is_a_head() -> None:
    """ "Ann Lee  |   Posted at 12:45pm": a same-day comment's head states a time of day
    only; "We met at 12:45 pm" is no head."""
    records = "".join(
        f" {n}.\n\n   {name}  |   Posted at {time}\n\n   {body}\n   Reply\n"
        for n, name, time, body in [
            (1, "Tom Shelby", "12:45pm", "This is the best heavy record of the year, surely."),
            (2, "Mia Nolan", "12:57pm", "Only if you missed the other fine ones this year."),
            (3, "eternal9", "1:14pm", "Good stuff. Two of them have a new band too."),
        ]
    )
    page = parse_text(ARTICLE + "Comments (3)\n" + records)
    assert [(c.author, c.timestamp) for c in page.comments] == [
        ("Tom Shelby", "12:45pm"),
        ("Mia Nolan", "12:57pm"),
        ("eternal9", "1:14pm"),
    ]
    assert head_parts("We met at 12:45 pm") is None


@pytest.mark.parametrize("heading, kept", [("1 Comment No Reactions", 0), ("2 trackbacks", 2)])
def test_linking_posts_after_the_comment_form_need_a_heading_of_their_own(
    heading: str, kept: int
) -> None:
    """A news widget's "[...] excerpt [...]" items after the comment form are no
    pingbacks; under a "2 trackbacks" heading there they are."""
    items = "".join(
        f"  • {title}\n    [...] {excerpt} [...]\n"
        for title, excerpt in [
            ("100 Places To Post Your Design News | A Site", "a.example is listed"),
            ("Sharing Posts On The Web — Dana writes", "more on a.example"),
        ]
    )
    page = parse_text(
        ARTICLE + "1 Comment\n\n 1. [d4e5f6] Will Maddox\n    4 Nov 12 at 11:22 pm\n\n"
        "    Nice cards. I prefer the illustrations over the designs though.\n\n    Reply\n\n"
        "Leave a Reply\n\n[          ] Name (required)\n\n[Submit]\n\n" + heading + "\n\n" + items
    )
    assert [c.author for c in page.comments] == ["Will Maddox"]
    assert len(page.pingbacks) == kept


@pytest.mark.parametrize(
    "head",
    [
        "Why heavy lifts build more strength than machines – Notes by Tess July 1, 2020\nReply",
        "Why heavy lifts build more strength than machines – Notes by Tess July 1,\n2020 Reply",
    ],
)
def test_a_linking_posts_title_over_its_reply_link_and_excerpt_is_a_pingback(head: str) -> None:
    """A pingback printed as a comment: the linking post's title and date, its "Reply"
    link (the converter may wrap the date's year onto that line: "2020 Reply", no count
    heading), then its "[…] excerpt […]"."""
    page = parse_text(
        ARTICLE + "Comments (2)\n\n  • \n    " + head.replace("\n", "\n    ") + "\n\n"
        "    […] hard work on the body is the body’s hard development as a response […]\n\n"
        "  • Ann Lee March 24, 2024 Reply\n\n    Great work!!\n"
    )
    assert [(p.title, p.site) for p in page.pingbacks] == [
        ("Why heavy lifts build more strength than machines", "Notes by Tess")
    ]
    assert [c.author for c in page.comments] == ["Ann Lee"]


def test_an_indonesian_comment_section_is_read() -> None:
    """WordPress in Indonesian: "2 Tanggapan", "Ann berkata:", dates with Indonesian
    months, "Balas" links, and the form's "Tinggalkan Balasan"."""
    records = "".join(
        f" {n}. {name} berkata:\n    {day} Agustus 2015 pukul 4:36 am\n\n    {body}\n\n    Balas\n"
        for n, name, day, body in [
            (1, "Budi Santoso", 30, "Tulisan yang sangat bagus, terima kasih."),
            (2, "Siti Rahma", 31, "Saya setuju dengan pendapat ini."),
        ]
    )
    page = parse_text(ARTICLE + "2 Tanggapan\n\n" + records + "\nTinggalkan Balasan\n\nNama *\n")
    assert page.declared_count == 2
    assert [(c.author, c.timestamp) for c in page.comments] == [
        ("Budi Santoso", "30 Agustus 2015 pukul 4:36 am"),
        ("Siti Rahma", "31 Agustus 2015 pukul 4:36 am"),
    ]


def test_a_pingbacks_head_wrapped_before_its_time_and_said_is_one_head() -> None:
    """ "Post title | Site, on Desember 30, 2015" / "at 4:36 am said:" (the converter
    wrapped the head) / "[…] excerpt […]": one pingback, not a comment by "at 4:36 am"."""
    page = parse_text(
        ARTICLE + "Satu Tanggapan\n\n    1. Sebuah Judul Tulisan Yang Panjang | Berita Kita, on "
        "Desember 30, 2015\n       at 4:36 am said:\n"
        "       […] https://a.example/2015/03/30/sebuah-judul-tulisan/\n       […]\n"
        "       Balas\n\nTinggalkan Balasan Batalkan balasan\n"
    )
    assert [(p.title, p.site) for p in page.pingbacks] == [
        ("Sebuah Judul Tulisan Yang Panjang", "Berita Kita")
    ]
    assert page.pingbacks[0].excerpt.startswith("[…] https://a.example/")
    assert page.comments == []


def test_slashes_between_words_and_lower_case_dated_lines_under_cut_sentences() -> None:
    """ "Cara @ Salt/Pepper On Saturday, …": a slash between two words is a blog's
    name, not a web address. "on November 24 at 10:30am/9:30c" right under a cut sentence
    goes on with it; "ann05 | <date> | Reply" under an unpunctuated last line is a head."""
    records = (
        "[1a2b]\n\nCara @ Salt/Pepper On Saturday, November 3 at 3:38 pm\n\n"
        "I’m so glad because for some reason I missed your episode.\n\nReply\n\n"
        "[3c4d]\n\nR.D. On Sunday, November 4 at 5:12 pm\n\n"
        "According to the channel's site, the party episode of the show will be shown again\n"
        "on November 24 at 10:30am/9:30c\n\nReply\n\n"
        "[5e6f]\n\nSue in Ohio On Monday, November 5 at 5:58 am\n\n"
        "Thanks, if that is the Saturday after Thanksgiving, I may be away from the TV and read\n"
        "ann05 | November 12, 2012 5:46 PM | Reply\n\nIt is MI6 not M16.\n"
    )
    page = parse_text(ARTICLE + "4 Comments\n\n" + records)
    assert [c.author for c in page.comments] == [
        "Cara @ Salt/Pepper",
        "R.D.",
        "Sue in Ohio",
        "ann05",
    ]
    assert page.comments[1].text.endswith("shown again\non November 24 at 10:30am/9:30c")


BLOG_NAMED = [
    ("http://a.example/ Mara from Kitchen Stories", "I wrote about that! Here it is a mass noun."),
    ("Tobi at The Nibble", "As a statistician, I am glad the forecasts held up this time."),
    ("http://b.example/ Ines of Small Wins", "That is not the whole story, but it is part of it."),
    ("Tobi at The Nibble", "And the headline uses the word as a collective noun, too."),
]


def test_names_after_their_web_addresses_make_a_flat_list_a_discussion() -> None:
    """Names that read as no person's ("Mara from Kitchen Stories": a blog's name joined
    by a word) in a flat list whose records give their writers' web addresses before the
    name, twice or more, one writer speaking twice: a static copy of comments."""
    records = _static_list(BLOG_NAMED)
    page = parse_text(ARTICLE + records + "© 2012 A Publisher\n")
    assert [c.author for c in page.comments] == [
        "Mara from Kitchen Stories",
        "Tobi at The Nibble",
        "Ines of Small Wins",
        "Tobi at The Nibble",
    ]


def test_titles_with_one_web_address_are_no_discussion() -> None:
    """The same list with one web address: titles ("Dinner from Kitchen Stories") over
    descriptions, one title twice, are no comments on that alone."""
    titles = [("Dinner from Kitchen Stories", BLOG_NAMED[0][1]), *BLOG_NAMED[1:]]
    records = _static_list(titles)
    assert parse_text(ARTICLE + records + "© 2012 A Publisher\n").comments == []


PROJECTS = [
    ("http://trafilatura.example/ Trafilatura", "A Python package to gather text on the Web."),
    ("http://justext.example/ Justext", "Heuristic boilerplate removal for web pages."),
]


@pytest.mark.parametrize(
    "records",
    [
        PROJECTS,  # a list of projects: an address before a one-word name, a sentence each
        [("http://maps.example/ Mara Quist", PROJECTS[0][1]), ("Ines Brand", PROJECTS[1][1])],
    ],
)
def test_a_flat_list_of_addresses_before_names_is_no_discussion_by_itself(
    records: list[tuple[str, str]],
) -> None:
    """Flat list items that give a web address before a name over a sentence each, as a
    static copy of a thread of two does when lynx prints its reply flat, and as a list of
    projects does ("Trafilatura" reads as a name as "musevine" does): with nobody speaking
    twice and no heading, form or date, nothing tells a discussion (a rule that read such
    pairs found two comments on one page and took lists like this one for comments)."""
    text = "".join(f"     * {name}\n       {body}\n\n" for name, body in records)
    assert parse_text(ARTICLE + text + "© 2012 A Publisher\n").comments == []


POST_END = "Filed Under: Tech\n\n"
SIDEBAR = "About\n\nThis site is for people who lead.\n"
LONE_TEXT = "Whoa, what a launch! Can they top it next year?"


@pytest.mark.parametrize("indent", ["    ", "      "])
def test_a_lone_item_giving_its_writers_web_address_is_a_comment(indent: str) -> None:
    """A comment plugin's static copy of a thread of one: a list item that gives the
    writer's web address before the name, over a sentence indented under it, after the
    post and before the sidebar; no date, no heading, no form."""
    record = f"  • http://ann.example/ Ann Lee\n   \n{indent}{LONE_TEXT}\n\n"
    page = parse_text(ARTICLE + POST_END + record + SIDEBAR)
    assert [(c.author, c.text) for c in page.comments] == [("Ann Lee", LONE_TEXT)]


FEATURED = "FEATURED POST\n\n  • A teaser's title\n\n    The teaser's first words…  Read More...\n"
# w3m draws a box showing its placeholder; a widget's blurb follows
SEARCH_BOX = "[Search this website ] [Search]\nRaise a glass with us at the harbour hall.\n\n"
EVENTS = "Events\n\n4th annual Camp Harbour 11/3/12\n\nA day of talks on the waterfront.\n"


WRAPPED_LINKBACK = """3 Kommentare

 1.
    Ann Lee 20. Juni 2018 um 09:15 Uhr - Antworten

    Danke für den Artikel, das hilft mir sehr bei meinem eigenen Blog weiter.

 2.
    Bloggertipps: Kennzeichnung, Werbung und mehr für alle, die bloggen - Harbour
    Lifestyle-Blog 21. Juni 2018 um 10:40 Uhr - Antworten

    […] Update vom 21.06.2018 anlässlich des Urteils im Fall der Bloggerin. […]

 3.
    Bob Stone 22. Juni 2018 um 11:20 Uhr - Antworten

    Sehr gut erklärt, vielen Dank dafür und weiter so mit diesen Beiträgen.
"""


def test_a_linking_posts_title_wrapped_before_its_date_is_a_pingback() -> None:
    """A linking post's title and site, cut by the converter's width so that the site's
    last word and the date stand on the next line ("… - Harbour" / "Lifestyle-Blog 21.
    Juni 2018 …"), over its "[…]" excerpt: one pingback, not a headless record and a
    comment by "Lifestyle-Blog"."""
    page = parse_text(ARTICLE + WRAPPED_LINKBACK)
    assert [c.author for c in page.comments] == ["Ann Lee", "Bob Stone"]
    assert [(p.title, p.site) for p in page.pingbacks] == [
        (
            "Bloggertipps: Kennzeichnung, Werbung und mehr für alle, die bloggen",
            "Harbour Lifestyle-Blog",
        )
    ]


def test_a_lone_comment_between_a_posts_widgets_and_the_sidebars_search_box() -> None:
    """The same comment with a featured post's teaser above the post's filing line and,
    under it, a search box showing its placeholder, then a dated event: the filing line
    ends the post's widgets and the box starts the sidebar (each runs the records
    together otherwise, and the event's date outweighs the comment's bare name)."""
    record = f"  • http://ann.example/ Ann Lee\n   \n    {LONE_TEXT}\n\n"
    page = parse_text(ARTICLE + FEATURED + POST_END + record + SEARCH_BOX + EVENTS)
    assert [(c.author, c.text) for c in page.comments] == [("Ann Lee", LONE_TEXT)]


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("[Search this website ] [Search]", True),
        ("Search for: [                    ] [Search]", True),
        ("[Cover] [Buy]", False),  # two images' alt texts: never padded with spaces
        ("[Photo of Ann Lee] [Reply]", False),
        ("See the [photo gallery] [here]", False),
    ],
)
def test_a_box_showing_its_placeholder_is_a_form_field(line: str, field: bool) -> None:
    assert is_form_field(line) is field


@pytest.mark.parametrize(
    "record",
    [
        # a resource list's one entry: its address and title over a line of no sentence
        "  • http://www.example.org Example Society\n    Maps and timetables\n\n",
        # an address before a name over text back at the page's column: no item's text
        f"  • http://www.example.org Example Society\n\n{LONE_TEXT}\n\n",
        # an address before a title, not a person's name, over a sentence: a link's blurb
        "  • http://www.example.org/guide How to plant trees\n\n    A guide, with maps.\n\n",
        # a name over its text with no address: an author box
        "  • Ann Lee\n    Ann writes about leadership. She lives in Ohio.\n\n",
    ],
)
def test_a_lone_item_without_the_comment_shape_is_no_comment(record: str) -> None:
    assert parse_text(ARTICLE + POST_END + record + SIDEBAR).comments == []


def test_an_interview_printed_as_a_list_of_speakers_is_no_discussion() -> None:
    """Speakers' names over what they said, one speaking twice, but no web address before
    any name: an interview printed as a list, not a static copy of comments."""
    turns = [
        ("Ann Lee", "Why did you start the project, and when did it begin?"),
        ("Bob Stone", "We started it in 2010, because nobody else would do it."),
        ("Ann Lee", "And what would you do differently today, looking back?"),
        ("Bob Stone", "Very little. We would hire sooner, that is all I regret."),
    ]
    records = _static_list(turns)
    assert parse_text(ARTICLE + records + "© 2012 A Publisher\n").comments == []


def test_an_agenda_of_sessions_and_times_is_no_discussion() -> None:
    """ "Keynote | 9:30 am" over a session's description, eight times: an agenda, not
    comments with a time of day as their date."""
    sessions = "".join(
        f"  • {title} | {time}\n\n    {blurb}\n\n"
        for title, time, blurb in [
            ("Registration", "8:30 am", "Pick up your badge at the front desk, please."),
            ("Keynote", "9:30 am", "Our host opens the day with a look at the year."),
            ("Data Panel", "10:30 am", "Three speakers discuss what the numbers say."),
            ("Coffee Break", "11:15 am", "Coffee and pastries are served in the hall."),
            ("Workshops", "11:45 am", "Pick one of four rooms and bring a laptop."),
            ("Lunch", "1:00 pm", "Lunch is served on the terrace if it is sunny."),
            ("Lightning Talks", "2:00 pm", "Ten talks of five minutes each, back to back."),
            ("Closing Remarks", "4:30 pm", "A summary of the day and what comes next."),
        ]
    )
    assert parse_text(ARTICLE + "Agenda\n\n" + sessions + "© 2024 A Conference\n").comments == []


def test_a_news_list_of_bylines_shares_and_teasers_is_no_discussion() -> None:
    """ "Ann Lee May 2, 2015 · Share The story …" eight times under an article: a news
    list's bylines, share links and teasers on one line, not comments (only a "Reply"
    link before the text makes such a line a comment's head and text)."""
    teasers = "".join(
        f"  • {name} May {day}, 2015 · Share The story of the week begins here, and it goes "
        "on for a while.\n\n"
        for day, name in enumerate(
            [
                "Ann Lee",
                "Bob Stone",
                "Cleo Park",
                "Dan Ray",
                "Eve Moss",
                "Fay Lund",
                "Gus Hale",
                "Hal Tov",
            ],
            start=2,
        )
    )
    assert parse_text(ARTICLE + teasers).comments == []


def test_an_events_list_of_titles_and_start_times_is_no_discussion() -> None:
    """ "Film night | Starts at 8:00 pm" over a blurb, eight times: a name with only a time
    of day is a weak head, which needs a comments heading or Reply links to count."""
    events = "".join(
        f"  • {title} | Starts at {time}\n\n    {blurb}\n\n"
        for title, time, blurb in [
            ("Concert in the park", "7:30 pm", "Bring a blanket and something to drink."),
            ("Film night", "8:00 pm", "We show a classic on the big screen."),
            ("Poetry reading", "6:00 pm", "Local poets read from their new books."),
            ("Jazz brunch", "11:00 am", "A trio plays while brunch is served."),
            ("Market day", "9:00 am", "Farmers sell their produce on the square."),
            ("Dance class", "5:30 pm", "Beginners are welcome, no partner needed."),
            ("Book swap", "3:00 pm", "Bring a book, take a book, meet people."),
            ("Night walk", "9:30 pm", "A guided walk through the old town."),
        ]
    )
    assert parse_text(ARTICLE + events).comments == []


def test_a_dated_events_list_is_no_discussion() -> None:
    """ "Film night | May 3, 2020" over a blurb, eight times, nothing else: dated records by
    "many speakers", but their names are titles (small words in lower case), not people."""
    events = "".join(
        f"  • {title} | May {day}, 2020\n\n    {blurb}\n\n"
        for day, (title, blurb) in enumerate(
            [
                ("Concert in the park", "Bring a blanket and something to drink."),
                ("Film night", "We show a classic on the big screen."),
                ("Poetry reading", "Local poets read from their new books."),
                ("Jazz brunch", "A trio plays while brunch is served."),
                ("Market day", "Farmers sell their produce on the square."),
                ("Dance class", "Beginners are welcome, no partner needed."),
                ("Book swap", "Bring a book, take a book, meet people."),
                ("Night walk", "A guided walk through the old town."),
            ],
            start=2,
        )
    )
    assert parse_text(ARTICLE + events).comments == []


QUOTED_STATEMENTS = [
    ("The mayor", "This is a day for the harbour and for all who work on it."),
    ("Opposition leader Tom Baker", "We will keep asking what it costs, which has doubled."),
    ("A spokesperson for the port", "We welcome the decision and the next steps."),
    ("The fishermen", "Nobody asked us. The plan takes half of the quay we use."),
]


@pytest.mark.parametrize(
    "said, opening, closing",
    [("said:", '"', '"'), ("said:", "“", "”"), ("sagte:", "„", "“"), ("a dit :", "« ", " »")],
)
def test_a_news_report_quoting_people_after_said_is_no_discussion(
    said: str, opening: str, closing: str
) -> None:
    """ "The mayor said:" over a quotation and nothing else, four times, no dates: a news
    report's quoted statements, whatever the language's quotation marks, not comments
    (nor comments the parser missed)."""
    report = "".join(
        f"{who} {said}\n\n{opening}{quote}{closing}\n\n" for who, quote in QUOTED_STATEMENTS
    )
    page = parse_text(f"{ARTICLE}{report}Work begins next spring and lasts three years.\n")
    assert page.comments == []
    assert f"{opening}{QUOTED_STATEMENTS[-1][1]}{closing}" in page.paragraphs
    assert page.paragraphs[-1] == "Work begins next spring and lasts three years."
    assert page.warnings == []


def test_a_quotation_wrapped_over_lines_is_one_quoted_statement() -> None:
    report = "".join(
        f"{who} said:\n\n“{quote[:30]}\n{quote[30:]}”\n\n" for who, quote in QUOTED_STATEMENTS
    )
    assert parse_text(ARTICLE + report).comments == []


def test_comments_that_quote_each_other_are_still_comments() -> None:
    """ "Ann says:" threads where a reader answers by quoting: dated heads, or fewer than
    half of the comments only a quotation, are comments."""
    bodies = ["“Nobody asked us.” That is not true, we were all asked.", "“Yes.”", "Fine.", "Ok."]
    undated = "".join(
        f"  • {name} says:\n\n    {body}\n\n    Reply\n\n"
        for name, body in zip(["Ann", "Bob", "Cleo", "Dan"], bodies, strict=True)
    )
    assert _authors(ARTICLE + undated) == ["Ann", "Bob", "Cleo", "Dan"]
    quotes = {"Ann": "Hi.", "Bob": "Yes.", "Cleo": "No."}
    dated = "".join(
        f"{name} says:\nMay {day}, 2021 at 9:15 am\n\n“{quote}”\n\n"
        for day, (name, quote) in enumerate(quotes.items(), start=2)
    )
    assert _authors(ARTICLE + "3 Responses\n\n" + dated) == ["Ann", "Bob", "Cleo"]


MODERN = [
    ("Ann Lee", "I think this is a good plan, and overdue by a decade at least."),
    ("Bob Stone", "The cost will double again, mark my words on this one."),
    ("Cleo Park", "Has anyone asked the fishermen what they think about it?"),
]


def _three_comments(record: str, tail: str = "") -> list[tuple[str | None, str | None]]:
    """(author, timestamp) of the comments of a page whose three records under "3
    Comments" are ``record``, a template of ``name``, ``day`` (2, 3, 4) and ``text``."""
    thread = "".join(
        record.format(name=name, day=day, text=text)
        for day, (name, text) in enumerate(MODERN, start=2)
    )
    page = parse_text(ARTICLE + "3 Comments\n\n" + thread + tail)
    return [(c.author, c.timestamp) for c in page.comments]


def test_a_compact_age_on_its_own_line_dates_the_name_above() -> None:
    """ "Ann Lee" / "2d" / text / "Like Reply": a compact age is a date, as modern comment
    widgets print them."""
    assert _three_comments("{name}\n{day}d\n\n{text}\n\nLike Reply\n\n") == [
        ("Ann Lee", "2d"),
        ("Bob Stone", "3d"),
        ("Cleo Park", "4d"),
    ]


def test_a_day_and_month_without_the_year_is_no_name() -> None:
    """ "Ann Lee" / "May 2" / text / "Reply Share": the year-less date under a name is not
    the commenter's name."""
    found = _three_comments("{name}\nMay {day}\n\n{text}\n\nReply Share\n\n")
    assert [author for author, _ in found] == ["Ann Lee", "Bob Stone", "Cleo Park"]


@pytest.mark.parametrize(
    "head, author",
    [
        ("ann commented on May 2, 2021", "ann"),
        ("Ann Lee schrieb am 2. Mai 2021 um 9:15", "Ann Lee"),
        ("Ann Lee napisał(a):", "Ann Lee"),
        ("ann05 said, on August 3, 2019 at 3:19 pm", "ann05"),
        ("Jan Willem van der Berg said, on August 3, 2019 at 3:19 pm", "Jan Willem van der Berg"),
        ("kat12 Posted on August 9, 2012 at 12:31pm", "kat12"),
    ],
)
def test_a_verb_between_a_name_and_its_date_is_no_part_of_the_name(head: str, author: str) -> None:
    parts = head_parts(head)
    assert parts is not None and parts.author == author


def test_a_posts_byline_names_no_commenter() -> None:
    """ "Posted on May 2, 2012 by Ann" is a post's byline: "Posted" is no name, and the
    name after the date is the post's author."""
    assert head_parts("Posted on August 9, 2012 by Ann") is None
    assert head_parts("Posted on Nov 06 2012 | 1:23 pm - 3 hours ago") is None


def test_a_recipe_cards_times_are_no_comments() -> None:
    """ "Prep Time" / "15m" and the like: labels over compact durations, no comments."""
    card = "Prep Time\n15m\n\nCook Time\n45m\n\nRest Time\n2h\n\nTotal Time\n3h\n\n"
    steps = "Mix the flour and the water, then knead it for ten minutes.\n\n"
    assert parse_text(ARTICLE + card + steps).comments == []


def test_a_head_that_names_whom_it_replies_to_before_its_date_nests_the_reply() -> None:
    """ "Bob replied to Ann on May 3, 2021" in a flat list: the reply goes under Ann's
    comment (the joining "on" is no part of the name answered)."""
    heads = ["Ann on May 2, 2021", "Bob replied to Ann on May 3, 2021", "Cleo on May 4, 2021"]
    thread = "".join(
        f"{head}\n\n{text}\n\nReply\n\n" for head, (_, text) in zip(heads, MODERN, strict=True)
    )
    page = parse_text(ARTICLE + "3 Comments\n\n" + thread)
    assert [(c.author, c.depth) for c in page.comments] == [("Ann", 0), ("Bob", 1), ("Cleo", 0)]
    assert page.comments[1].parent_id == page.comments[0].id


def test_dates_over_names_right_under_the_heading_head_their_records() -> None:
    """ "4 Comments" / "May 2, 2021" / "Ann Lee" / text / "Reply": the first date has no
    record above it to close, so each date dates the name under it (where the first name
    has no date above, the dates close the records above: a footer)."""
    dated = [(name, f"May {day}, 2021 at 9:15 am") for day, (name, _) in enumerate(MODERN, 2)]
    above = "May {day}, 2021 at 9:15 am\n{name}\n\n{text}\n\nReply\n\n"
    assert _three_comments(above) == dated
    below = "{name}\n\n{text}\n\nMay {day}, 2021 at 9:15 am\n"
    assert _three_comments(below, "\nLeave a Reply\n") == dated


@pytest.mark.parametrize(
    "badge", ["Beitragsautor", "Auteur de l’article", "Autor de la entrada", "Berichtauteur"]
)
def test_the_post_authors_badge_in_other_languages_is_no_part_of_the_name(badge: str) -> None:
    """WordPress marks the post's author among the commenters with a badge in the site's
    language ("Post author", "Beitragsautor"): not part of the name."""
    block = "".join(
        f"  • {name}{' ' + badge if k == 1 else ''}\n    May {k + 2}, 2021 at 9:15 am\n\n"
        f"    {text}\n\n    Reply\n\n"
        for k, (name, text) in enumerate(MODERN)
    )
    assert _authors(ARTICLE + "3 Comments\n\n" + block) == ["Ann Lee", "Bob Stone", "Cleo Park"]


@pytest.mark.parametrize(
    "heading, count", [("12 Responses so far ↓", 12), ("One Response so far", 1)]
)
def test_a_count_heading_may_say_so_far(heading: str, count: int) -> None:
    assert parse_count_heading(heading) == (count, None)


def test_a_numbered_item_printed_on_the_empty_bullet_above_is_the_next_sibling() -> None:
    """html2text prints comment 2 of a numbered list on the empty last bullet of comment
    1's share links ("     *   2. Bob Stone Monday, …"): the number is its marker, not
    part of the name, and item 2 is item 1's sibling, not its reply."""
    records = "".join(
        f"{'     *   ' if day > 2 else '  '}{day - 1}. {name} Monday, May {day} 2021\n\n{text}\n\n"
        "Reply /\n\n     * Facebook\n\n"
        for day, (name, text) in enumerate(MODERN, start=2)
    )
    page = parse_text(ARTICLE + "3 Comments\n\n" + records)
    assert [(c.author, c.depth) for c in page.comments] == [
        ("Ann Lee", 0),
        ("Bob Stone", 0),
        ("Cleo Park", 0),
    ]


def test_an_empty_bullet_with_trailing_spaces_is_an_empty_item() -> None:
    """A bullet followed by nothing but spaces (lines given to ``classify_lines`` as the
    converter printed them, not normalised): an item with no text, not an error."""
    (line,) = classify_lines(["  •  "])
    assert line.is_item and line.text == ""


def test_numbered_replies_count_from_one_and_the_next_thread_goes_on_counting() -> None:
    """Replies to comment 1 are numbered 1, 2 again, one level deeper; comment 2 after
    them is a thread of its own, although it follows reply number 1."""
    items = [(0, 1, "Ann Lee"), (1, 1, "Bob Stone"), (1, 2, "Cleo Park"), (0, 2, "Dan Ray")]
    records = "".join(
        f"{'     ' * level}  {number}. {name} | May {k + 2}, 2021 at 9:15 am\n\n"
        f"{'     ' * level}     A few words of mine on the plan, number {k}.\n\n"
        for k, (level, number, name) in enumerate(items)
    )
    page = parse_text(ARTICLE + "4 Comments\n\n" + records)
    assert [(c.author, c.depth) for c in page.comments] == [
        ("Ann Lee", 0),
        ("Bob Stone", 1),
        ("Cleo Park", 1),
        ("Dan Ray", 0),
    ]


@pytest.mark.parametrize("separator", [" » ", " / ", " "])
def test_the_headline_is_the_line_a_breadcrumb_trail_above_it_ends_with(separator: str) -> None:
    """ "You are here: Home / Tech / New Phone Gets Two Features" over that headline, its
    dateline, share links and the lead image's caption: the trail names the page's own
    article, so the caption right above the text is no headline."""
    title = "New phone gets ‘Data Saver’ and ‘Kids Mode’"
    trail = "You are here: " + separator.join(["Home", "Tech", title])
    body = "".join(
        f"Two new features of the phone aim at the costs of mobile data, part {k}.\n\n"
        for k in range(6)
    )
    page = parse_text(
        f"  * Podcast\n\n{trail}\n\n{title}\n\n"
        "  October 29, 2012 at 10:45 am by Ann Lee 1 Comment\n    * Share this:\n    * \n"
        f"    * \n\n    Ann Lee at the phone's launch event (via webcast)\n\n{body}"
    )
    assert page.title == title


def test_a_label_or_a_sections_name_at_a_trails_end_names_no_headline() -> None:
    """ "Home » Blog" over "Blog", "Read more: Ten Things To Do In Paris" over that
    teaser's title: no headline; the article's own headline is found as before."""
    body = "".join(
        f"The cake is moist and easy, and it keeps for days ({k}).\n\n" for k in range(6)
    )
    teaser = "Ten Things To Do In Paris This Spring"
    page = parse_text(
        f"Home » Blog\n\nBlog\n\nRead more: {teaser}\n\n{teaser}\n\n"
        f"Lemon Cake from the Tray\n\nBy Ann Lee | May 2, 2021\n\n{body}"
    )
    assert page.title == "Lemon Cake from the Tray"


def test_image_placeholders_and_lines_without_text_are_no_article_paragraphs() -> None:
    """ "[IMG]" (elinks), "[svg]" or a cut alt text (w3m), a file name (lynx), an empty
    list item's bullet or a lone "." on a line of their own hold nothing to read (no
    paragraph may be empty); a citation in brackets is text."""
    body = "The harbour at dusk, seen from the pier on a calm evening in May.\n\n"
    page = parse_text(
        f"Sunset over the harbour\n\n{body}[IMG]\n\n[Harbour-Su] [svg]\n\n"
        f"[harbour-at-dusk.jpg]\n\n{body}  • \n  •\n\n.\n\n[Smith, Harbours, p. 41]\n\n{body}"
    )
    assert page.paragraphs == [body.strip(), body.strip(), "[Smith, Harbours, p. 41]", body.strip()]


def test_embedded_frames_posts_and_back_to_top_links_are_no_paragraphs() -> None:
    """ "IFrame" (an embedded video), "View this post on Instagram" / "A post shared by …"
    and "< back to top" between sections are none of the article's text, and the article
    goes on after them."""
    part = "The festival returns to the harbour this summer with three nights of music.\n\n"
    page = parse_text(
        f"Harbour festival returns\n\n{part}IFrame\n\n{part}View this post on Instagram\n\n"
        f"A post shared by Ann Lee (@ann.lee)\n\n{part}< back to top\n\n{part}"
    )
    assert page.paragraphs == [part.strip()] * 4


def test_a_frames_address_is_no_paragraph_however_many_lines_it_wraps_to() -> None:
    """lynx prints "IFRAME:" over the frame's address, which wraps over the lines of its
    block (a share button's "…&text=What stands between us and" holds words): none of it
    is the article's text, which goes on after it."""
    part = "The festival returns to the harbour this summer with three nights of music.\n\n"
    frame = (
        "IFRAME:\nhttps://platform.example/widgets/tweet_button.html?url=http://news.example/20\n"
        "12/11/03/harbour-festival/&via=ann&text=Harbour festival returns to\n"
        "the harbour&count=horizontal\n\n"
    )
    page = parse_text(
        f"Harbour festival returns\n\n{part}{frame}{part}IFRAME: https://v.example/e/1\n\n{part}"
    )
    assert page.paragraphs == [part.strip()] * 3


@pytest.mark.parametrize(
    "top",
    ["[svg]", "Harbour_at_dusk_01.svg", "#Harbour News » Feed Harbour News » Comments Feed"],
)
def test_an_image_a_file_name_or_lynxs_feed_line_is_no_headline(top: str) -> None:
    """An image placeholder, an image's file name or lynx's first line (the page's feeds,
    glued to a "#") over a page without a clear headline: no title rather than that."""
    body = "".join(
        f"The festival returns to the harbour with music, part {k}.\n\n" for k in range(5)
    )
    assert parse_text(f"{top}\n\n{body}").title is None


def test_a_byline_after_the_authors_avatar_is_a_byline() -> None:
    """ "[a1b2…?s=96&d=mm] by Ann Lee on January 20," / "2020" under the headline: the
    avatar's placeholder does not hide the byline, which dates the headline above it and
    is no paragraph."""
    body = "".join(
        f"The night ferry carries more riders every season, part {k}.\n\n" for k in range(5)
    )
    page = parse_text(
        "   #Ferry Blog » Feed\n\n   Skip to content\n\n   [logo.svg]\n\n   Latest Posts\n\n"
        "Why is the night ferry so popular with riders?\n\n"
        "   [a1b2c3d4e5f6a7b8c9d0?s=96&amp;d=mm] by Ann Lee on January 20,\n   2020\n\n" + body
    )
    assert page.title == "Why is the night ferry so popular with riders?"
    assert not any("Ann Lee" in paragraph for paragraph in page.paragraphs)


@pytest.mark.parametrize(
    "header", ["   Link: profile\n   Link: canonical\n", "   #Harbour News » Feed\n"]
)
def test_the_pages_link_list_a_converter_prints_on_top_is_no_title(header: str) -> None:
    """elinks lists the page's <link>s on top ("Link: profile"), lynx glues them to a "#":
    never the title, whatever else the page holds."""
    page = parse_text(f"{header}\nHarbour festival returns\n\nShort.\n")
    assert page.title == "Harbour festival returns"


# Names in the shapes people and sites give them, beside MODERN's "First Last".
PARTICLE_NAMES = ["Jan Willem van der Berg", "Ana de los Ríos", "Gia di Marco"]
HANDLES = ["kat12", "bo7", "zed_99"]


def _comments_named(record: str, names: list[str]) -> list[tuple[str | None, str | None, int]]:
    """(author, timestamp, depth) of the comments of a page whose records under "3
    Comments" are ``record``, a template of ``name``, ``day`` (2, 3, 4), ``text`` and
    ``above`` (the name before it)."""
    thread = "".join(
        record.format(name=name, day=day, text=text, above=names[day - 3])
        for day, (name, (_, text)) in enumerate(zip(names, MODERN, strict=True), start=2)
    )
    page = parse_text(ARTICLE + "3 Comments\n\n" + thread)
    return [(c.author, c.timestamp, c.depth) for c in page.comments]


def test_a_handles_digits_before_the_date_are_no_day() -> None:
    """ "kat12 March 12, 2024 Reply": the handle keeps its digits, the date is March 12
    (not "12 March 12" glued to "kat")."""
    record = "  • {name}'s avatar\n    {name} March 1{day}, 2024 Reply\n\n    {text}\n\n"
    found = _comments_named(record, HANDLES)
    assert found == [(name, f"March 1{day}, 2024", 0) for day, name in enumerate(HANDLES, 2)]


def test_names_with_particles_read_as_peoples_names() -> None:
    """A flat list of linked names over their comments, one person speaking twice: a
    conversation, also when the names hold "van der", "de los", "di"."""
    names = [*PARTICLE_NAMES, PARTICLE_NAMES[0]]
    thread = "".join(
        f"  • http://site{k}.example/ {name}\n   \n    {text}\n\n"
        for k, (name, (_, text)) in enumerate(zip(names, [*MODERN, MODERN[0]], strict=True))
    )
    assert _authors(ARTICLE + "Comments »\n\n" + thread) == names


@pytest.mark.parametrize(
    "label, reply",
    [
        ("Reply to", "Reply"),
        ("Répondre à", "Répondre"),
        ("Responder a", "Responder"),
        ("Responder para", "Responder"),
        ("Reageer op", "Beantwoorden"),
        # the same words as other themes print them, without "in"
        ("Antwort auf", "Antworten"),
        ("Réponse à", "Répondre"),
        ("Respuesta a", "Responder"),
        ("Reactie op", "Beantwoorden"),
    ],
)
def test_a_reply_to_line_may_name_a_long_name(label: str, reply: str) -> None:
    """ "Reply to  Jan Willem van der Berg" (wpDiscuz; "Répondre à", "Responder a",
    "Responder para", "Reageer op" as its translations print it; "Antwort auf", "Réponse
    à" as other themes do) under a head names the comment it answers."""
    record = f"{{name}}\n{label}  {{above}}\n{{day}} months ago\n\n{{text}}\n\n0\n{reply}\n"
    found = _comments_named(record, PARTICLE_NAMES)
    assert [(author, depth) for author, _, depth in found] == [
        (PARTICLE_NAMES[0], 0),  # answers the last name: no comment above it
        (PARTICLE_NAMES[1], 1),
        (PARTICLE_NAMES[2], 2),
    ]


@pytest.mark.parametrize("stop", [".", "!", ""])
def test_a_reply_line_ending_as_a_sentence_names_a_commenter_above(stop: str) -> None:
    # "In reply to Maria Keller." under the head: a reply line where Maria Keller's
    # comment stands above; "In reply to the critics." opens a comment's text
    people = ("Maria Keller", "tom_b", "Jonas Petersen")
    replies = (None, "Maria Keller", "the critics")
    text = "".join(
        f"{who} says:\nMarch {n}, 2015 at 4:12 pm\n"
        + (f"In reply to {to}{stop}\n" if to else "")
        + f"The river was {n} metres higher.\nReply\n\n"
        for n, (who, to) in enumerate(zip(people, replies, strict=True), 1)
    )
    page = parse_text(ARTICLE + "3 comments\n\n" + text)
    parents = {c.id: c.author for c in page.comments}
    assert [(c.author, parents.get(c.parent_id or "")) for c in page.comments] == [
        ("Maria Keller", None),
        ("tom_b", "Maria Keller"),
        ("Jonas Petersen", None),  # without a stop a reply line, as before: nobody's
    ]
    assert [c.text.split("\n")[0] for c in page.comments] == [
        "The river was 1 metres higher.",
        "The river was 2 metres higher.",
        f"In reply to the critics{stop}" if stop else "The river was 3 metres higher.",
    ]


def test_a_long_name_printed_twice_by_its_avatar_is_the_head() -> None:
    """ "May 2, 2021 20:00" / "Jan Willem van der BergJan Willem van der Berg" / "Jan Willem
    van der Berg" / text: the avatar's alt text glued to the name doubles it; the line is
    the name still, however many words that makes."""
    record = "{text}\n\nLike  Reply\nMay {day}, 2021 20:00\n{name}{name}\n{name}\n\n"
    thread = "".join(
        record.format(name=name, day=day, text=text)
        for day, (name, (_, text)) in enumerate(zip(PARTICLE_NAMES, MODERN, strict=True), 2)
    )
    page = parse_text(ARTICLE + "3 Comments\n\n" + thread[thread.index("May 2") :])
    assert [c.author for c in page.comments] == PARTICLE_NAMES


def test_a_replied_to_head_of_many_words_is_a_head() -> None:
    """ "Jan Willem van der Berg replied to comment from Ana de los Ríos | May 3, 2012" /
    "1:17 PM | Reply": two long names make a head as long as a line of prose."""
    record = "{name} replied to comment from {above} | May {day}, 2012\n1:17 PM | Reply\n\n"
    record += "{text}\n\n"
    found = _comments_named(record, PARTICLE_NAMES)
    assert [(author, depth) for author, _, depth in found] == [
        (PARTICLE_NAMES[0], 0),
        (PARTICLE_NAMES[1], 1),
        (PARTICLE_NAMES[2], 2),
    ]


@pytest.mark.parametrize("head", ["Ann says :", "Ann says…", "Ann a dit :", "Ann sagt :"])
def test_a_says_verbs_colon_may_follow_a_space_and_dots_may_be_one_character(head: str) -> None:
    """Typography varies the verb's punctuation ("dit :" in French, "…" for "..."): the
    verb is recognised whichever way it is written."""
    parts = head_parts(head)
    assert parts is not None and (parts.author, parts.says) == ("Ann", True)


@pytest.mark.parametrize("link", ["Reply →", "↩ Reply", "Reply ↓", "Like · Reply →"])
def test_arrows_beside_a_reply_link_leave_it_a_link(link: str) -> None:
    """ "Reply →" under each comment is the reply link, not a name heading a record."""
    record = "{name} says:\n\n{text}\n\n" + link + "\n\n"
    page = parse_text(
        ARTICLE
        + "3 Comments\n\n"
        + "".join(record.format(name=name, text=text) for name, text in MODERN)
    )
    assert [(c.author, c.text) for c in page.comments] == MODERN


def test_a_24_hour_time_closed_by_a_full_stop_before_the_links_ends_the_date() -> None:
    """ "by Ann Lee on 2 May 2021 at 21:55. Reply #" under each body: the full stop
    after the time (no "pm" to take it) is no part of the links."""
    found = _three_comments("{text}\n\nby {name} on {day} May 2021 at 21:55. Reply #\n\n")
    assert found == [(name, f"{day} May 2021 at 21:55") for day, (name, _) in enumerate(MODERN, 2)]


def test_a_run_of_linking_posts_printed_like_footers_is_read() -> None:
    """ "[...] excerpt [...]" / "by <a post's title> on May 2, 2021 at 21:55. Reply #":
    every head in the frame is a linking post's (this raised IndexError looking for the
    footers' twins among them)."""
    excerpt = "[...] An excerpt of the linking post goes here [...]"
    titles = [
        "Notes on the Long Road Home Today",
        "Why the Harbour Ferry Matters Now",
        "A Week of Small Wins in Town",
    ]
    thread = "".join(
        f"{excerpt}\n\nby {title} on May {day}, 2021 at 21:55. Reply #\n\n"
        for day, title in enumerate(titles, 2)
    )
    page = parse_text(ARTICLE + "3 Responses\n\n" + thread)
    assert page.comments == []
    assert len(page.pingbacks) >= 2
    for pingback in page.pingbacks:
        assert any(title in pingback.title for title in titles)
        assert pingback.excerpt == excerpt


def test_share_verbs_in_other_languages_are_links_as_tweet_is() -> None:
    """ "Twittern", "Tweeter" under a post or a comment are share links, as "Tweet" is,
    not names (as names, two share rows made a German page's whole article a thread)."""
    assert roles(classify_lines(["Tweet", "Twittern", "Tweeter"])) == "CCC"


@pytest.mark.parametrize(
    "label", ["Tags: Harbour, Ferries", "Schlagwörter: Hafen, Fähren", "Étiquettes : port, bac"]
)
def test_a_posts_tag_list_is_boilerplate_in_any_language(label: str) -> None:
    """The label of a post's tag list, in any language, marks the line as the post's
    furniture (as "Posted in …" is), not article text."""
    assert is_boilerplate_line(label)
    assert not is_boilerplate_line("Tags are what the council calls the ferry's routes.")


@pytest.mark.parametrize(
    "line",
    [
        "Post a Comment 106 Comments and 18 Replies",
        "Kommentar schreiben 106 Kommentare",
        "Reactie plaatsen 106 reacties",
    ],
)
def test_the_comment_forms_link_before_the_count_is_chrome(line: str) -> None:
    """The link to the comment form printed on the count's line, in any language, is the
    form's chrome: as text it opened a record and flattened the thread below it."""
    assert roles(classify_lines([line])) == "C"


_TIMED_BODIES = (
    "I read this twice and still think the ferry plan is the better one.",
    "Thanks for the summary, it saved me an evening of reading the minutes.",
    "The council met twice more after that, and nobody asked the crews.",
    "Good point, though the timetable was never the real problem here.",
)


def _timed_records(names: list[str], stamps: list[str]) -> str:
    """Records of a name over its date line and a sentence, the third one a reply
    (indented), with no "Reply" link, count heading or form anywhere."""
    return "".join(
        f"{'    ' if k == 2 else ''}{name}\n{'    ' if k == 2 else ''}{stamp}\n\n"
        f"{'    ' if k == 2 else ''}{body}\n\n"
        for k, (name, stamp, body) in enumerate(zip(names, stamps, _TIMED_BODIES, strict=True))
    )


@pytest.mark.parametrize(
    ("names", "stamps"),
    [
        (
            ["Ann Lee", "bote19", "Ann Lee", "Kofi Mensah"],
            [f"8. April 2019 @ 11:{m}" for m in (38, 40, 52, 57)],
        ),
        (
            ["Anonymous", "Lars", "Anonymous", "Anonymous"],
            [f"May {d}, 2012 at 9:1{d} pm" for d in (2, 3, 4, 5)],
        ),
        (
            ["Mara Okafor", "Ines", "Theo Brennan", "Mara Okafor"],
            [f"{d}. Mai 2020 um 16:4{d} Uhr" for d in (2, 3, 4, 5)],
        ),
        (  # the hour and minute joined by a full stop after the year (German, Finnish)
            ["Mara Okafor", "Ines", "Theo Brennan", "Mara Okafor"],
            [f"1{d}.09.2022 um 21.1{d}" for d in (2, 3, 4, 5)],
        ),
        (
            ["Aino", "Mikko Virtanen", "Aino", "Lauri"],
            [f"1{d}.9.2022 klo 9.4{d}" for d in (2, 3, 4, 5)],
        ),
    ],
)
def test_comments_stamped_to_the_minute_need_no_reply_links(
    names: list[str], stamps: list[str]
) -> None:
    """Where comments are closed or threading is off, a page prints no "Reply" links;
    records dated to the minute, by several people (or by "Anonymous": many people),
    written in sentences, are still a discussion (whole sections were lost)."""
    page = parse_text(ARTICLE + _timed_records(names, stamps))
    assert [c.author for c in page.comments] == names
    assert [c.depth for c in page.comments] == [0, 0, 1, 0]
    assert page.comments[0].text == _TIMED_BODIES[0]


@pytest.mark.parametrize(
    ("names", "stamps"),
    [
        (["Release"] * 4, [f"May {d}, 2012 at 10:00 am" for d in (2, 3, 4, 5)]),  # one label
        (  # events: titles, not people
            ["Film night", "Concert in the park", "Book swap", "Night walk"],
            [f"May {d}, 2012 at 8:00 pm" for d in (2, 3, 4, 5)],
        ),
        (["Ann Lee", "Bo Chen", "Cy Ward", "Di Moss"], [f"May {d}, 2012" for d in (2, 3, 4, 5)]),
    ],
)
def test_timed_items_under_one_label_or_posts_dated_to_the_day_are_no_discussion(
    names: list[str], stamps: list[str]
) -> None:
    """A release list's items all headed "Release", an events list (titles over blurbs,
    with their days and times) and a list of posts dated to the day (their authors'
    names over excerpts) are no comments without other evidence."""
    assert parse_text(ARTICLE + _timed_records(names, stamps)).comments == []


@pytest.mark.parametrize(
    "line",
    [
        "Posted on Nov 06 2012 | 1:23 pm - 3 hours ago",
        "Nov 06 2012 | 1:23 pm - 3 hours ago",
        "May 2, 2012 at 9:15 pm (3 hours ago)",
        "2. Mai 2012 um 21:15 - vor 3 Stunden",
    ],
)
def test_a_date_followed_by_its_age_is_a_date_line_naming_nobody(line: str) -> None:
    """A footer date that also says how long ago it was is a date: the age is no
    author ("hours ago" was read as one) and the line no text of the comment."""
    assert roles(classify_lines([line])) == "D"
    assert head_parts(line) is None


def test_a_paragraphs_last_line_with_a_sentence_end_inside_is_no_name() -> None:
    """ "happen. Just my two cents" over a footer date is the end of a comment, not the
    name of the next one; "… last. Just because it says" is no "says" head."""
    from comments.parse.heads import is_short_head

    assert not is_short_head("happen. Just my two cents")
    assert all(map(is_short_head, ["Dr. Ann Lee", "Mrs. Ng", "J. R. Novak", "St. Louis fan"]))
    assert roles(classify_lines(["how long it will last. Just because it says"])) == "T"
    assert roles(classify_lines(["Dr. Ann Lee says:"])) == "S"


def test_a_name_under_a_footer_dates_links_and_avatar_opens_the_next_record() -> None:
    """Footer dates close the records ("Posted on …"), then the record's "Reply" link
    and the next commenter's avatar stand between that date and the next name: the
    name opens the next record (the records ran together before)."""
    names = ["Ann Lee", "Bo Chen", "Cy Ward"]
    records = "".join(
        f"{name}\n\n{body}\n\n  * Posted on May {k}, 2012 | 1:2{k} pm\n  * Reply\n"
        "  * [Comment author avatar]\n\n"
        for k, (name, body) in enumerate(zip(names, _TIMED_BODIES, strict=False), 2)
    )
    page = parse_text(ARTICLE + "3 Comments\n\n" + records)
    assert [c.author for c in page.comments] == names
    assert [c.text for c in page.comments] == list(_TIMED_BODIES[:3])
    assert [c.timestamp for c in page.comments][1:] == [
        "Posted on May 3, 2012 | 1:23 pm",
        "Posted on May 4, 2012 | 1:24 pm",
    ]


def test_numbered_items_between_a_footer_date_and_a_name_keep_their_records() -> None:
    """A numbered comment list's next item opens the next record, its name after the
    item's rule and avatar ("2. ═══" / "[IMG]" / "Bo Chen Follow"): read from the item,
    the name loses its "Follow" link."""
    records = "".join(
        f"  {k}. {'═' * 30}\n\n     [IMG]\n     {name} Follow\n\n     {body}\n\n"
        f"     May {k}, 2012 18:0{k}:00 Reply 0 Flag this comment\n"
        for k, (name, body) in enumerate(
            zip(["Ann Lee", "Bo Chen", "Cy Ward"], _TIMED_BODIES, strict=False), 1
        )
    )
    page = parse_text(ARTICLE + "3 Comments\n\n" + records)
    assert [c.author for c in page.comments] == ["Ann Lee", "Bo Chen", "Cy Ward"]


def _related_cards_over_a_numbered_list(stamps: list[str]) -> str:
    """A "Related Articles" box of dated cards (title over author and day), then a
    numbered comment list with avatars, stamped ``stamps``, with no heading, form or
    "Reply" link (comments closed)."""
    cards = "".join(
        f"{title}\n\n{author} 23 Feb 2026\n\n"
        for title, author in [
            ("What I Think About the Ferry Plan", "Greg Knighton"),
            ("Ten Timetables Compared", "Greg Knighton"),
            ("The Harbour Crossing Review", "Ryan Bald"),
        ]
    )
    records = "".join(
        f" {k}.\n    [5f76d376]\n\n    {name}\n\n    {stamp} -\n\n    {body}\n\n"
        for k, (name, stamp, body) in enumerate(
            zip(_SPEAKERS, stamps, _TIMED_BODIES, strict=True), 1
        )
    )
    return ARTICLE + "Related Articles\n\n" + cards + "\n" + records


@pytest.mark.parametrize(
    "stamps",
    [
        [f"November {d}, 2021 at 11:1{d} am" for d in (2, 3, 4, 5)],
        # the time glued to the year, as two elements printed with no space between
        [f"November {d}, 202111:1{d} am" for d in (2, 3, 4, 5)],
    ],
)
def test_a_numbered_list_of_comments_starts_below_a_box_of_related_cards(
    stamps: list[str],
) -> None:
    """A numbered list's first item ("1.") starts a list of records: the dated cards of a
    "Related Articles" box right above it are no part of it, so their heading's penalty
    does not fall on the comments, which a page with comments closed shows with no
    heading and no "Reply" (the whole section was lost)."""
    page = parse_text(_related_cards_over_a_numbered_list(stamps))
    assert [(c.author, c.timestamp) for c in page.comments] == list(
        zip(_SPEAKERS, stamps, strict=True)
    )


def test_a_numbered_list_of_posts_dated_to_the_day_below_related_cards_is_no_discussion() -> None:
    """Cut from the cards above it, a numbered list must still show comments' evidence:
    posts dated to the day by their authors are none."""
    stamps = [f"November {d}, 2021" for d in (2, 3, 4, 5)]
    assert parse_text(_related_cards_over_a_numbered_list(stamps)).comments == []


_POST_META = (
    "  • Polly Toynbee\n  • The Guardian, {stamp}\n  • Jump to comments\n\n",
    # nested under the empty items of icons, the head's record opening at the first
    "  * \n  * \n        + Polly Toynbee\n      + The Guardian, {stamp}\n"
    "      + Jump to comments\n\n",
)


@pytest.mark.parametrize("meta", _POST_META)
@pytest.mark.parametrize(
    "stamp", ["Thursday 1 November 2012 17:00 EDT", "Thursday 1 November 2012 17.00 EDT"]
)
def test_a_bylines_item_among_the_posts_meta_items_is_no_lone_comment(
    meta: str, stamp: str
) -> None:
    """A post's byline item stamped to the minute ("• The Guardian, … 17:00 EDT") between
    its other meta items ("• Jump to comments") holds no text of its own: with no heading,
    it is no lone comment whose record runs over the article to a "Reply" further down
    (the article was taken for that comment's text)."""
    text = (
        "Labour and the EU\n\n"
        + meta.format(stamp=stamp)
        + "Politics is often a rough trade, and the public despises it for that.\n\n"
        + "So it was on Wednesday night that a cadre of MPs voted with the rebels.\n\n"
        + "  • Print this\n  • Share\n\nSend to a friend\n\nReply\n"
    )
    page = parse_text(text)
    assert page.comments == []
    assert page.paragraphs[0].startswith("Politics is often")


@pytest.mark.parametrize("verb", ["sagt:", "says:"])
def test_says_heads_over_records_with_action_links_under_a_related_posts_heading(
    verb: str,
) -> None:
    """A related-posts heading whose widget a script fills stands right above the
    comments; with no count heading and no "Reply" (comments closed), "says" heads over
    records that each offer a "Like" are comments all the same: no widget of posts heads
    its rows with a "says" verb (the whole section was lost)."""
    names = ["Anhora", "gnaddrig", "Yadgar", "gnaddrig"]
    records = "".join(
        f"  {name} {verb}\n  0{k}.01.2020 um 9:1{k}\n\n{body}\n\nLike Like\n\n"
        for k, (name, body) in enumerate(zip(names, _TIMED_BODIES, strict=True), 2)
    )
    page = parse_text(ARTICLE + "Related posts\n\n" + records)
    assert [c.author for c in page.comments] == names


def test_undated_says_heads_over_quotations_under_a_related_posts_heading_are_no_comments() -> None:
    """Undated "says" heads over quoted statements with "Like" and "Share" rows, under a
    related-posts heading: a report's or a widget's quotations (commenters' heads carry
    dates), still no comments."""
    names = ["The mayor", "Ann Lee", "The minister", "Bo Chen"]
    records = "".join(
        f"  {name} says:\n\n“We welcome the decision and will publish every figure, "
        f"number {k}.”\n\nLike Share\n\n"
        for k, name in enumerate(names)
    )
    assert parse_text(ARTICLE + "Related posts\n\n" + records).comments == []


def test_many_comments_stamped_to_the_minute_under_a_section_heading_are_comments() -> None:
    """A comment widget's own header ("Subscribe", "Notify of new replies") above eight
    records stamped to the minute by several people: no widget of posts lists as many
    people's sentences with their times, so the heading's penalty does not apply (three
    such records under it stay no discussion)."""
    names = ["Mara Okafor", "Theo Brennan", "Ines", "Kofi Mensah"] * 2
    records = [
        f"{name}\n{d + 2}. Mai 2020 um 16:4{d} Uhr\n\n{_TIMED_BODIES[d % 4]}\n\n"
        for d, name in enumerate(names)
    ]
    page = parse_text(ARTICLE + "Subscribe\n\n" + "".join(records))
    assert [c.author for c in page.comments] == names
    assert parse_text(ARTICLE + "Subscribe\n\n" + "".join(records[:3])).comments == []


def _numbered_records(records: list[tuple[str, str]]) -> str:
    """Numbered comments whose name and date are bullets of the item (as elinks prints
    a theme's comment meta), bodies under them, no "Reply" links."""
    return "".join(
        f"   {k}.\n\n          • {name}\n          • {k + 1}. April 2019 @ 13:4{k}\n\n{body}\n\n"
        for k, (name, body) in enumerate(records, 1)
    )


def test_a_signature_over_the_next_numbered_comment_by_the_same_name_is_text() -> None:
    """ "MFG" / "Dr. Ann Lee" closing a comment, then the next numbered comment by Dr. Ann
    Lee: the signature is the first comment's text, not the second one's name printed
    twice (whose head then started inside the first comment and nested the rest)."""
    bodies = [
        "       I read this twice and still think so.\n\n       MFG\n       Dr. Ann Lee",
        "       And one more thought on the ferry plan, as promised.",
        "       Thanks for the summary, it saved me an evening.",
        "       The council met twice more after that, and nobody asked.",
    ]
    names = ["Dr. Ann Lee", "Dr. Ann Lee", "Bo Chen", "Kofi Mensah"]
    page = parse_text(
        ARTICLE + "4 Kommentare\n\n" + _numbered_records(list(zip(names, bodies, strict=True)))
    )
    assert [c.author for c in page.comments] == names
    assert [c.depth for c in page.comments] == [0, 0, 0, 0]
    assert page.comments[0].text.endswith("MFG\nDr. Ann Lee")


def test_a_dated_source_line_over_the_next_comment_closes_the_comment_above() -> None:
    """A source cited with its date at the end of a comment ("Terror, das Urteil
    (14.5.19)") right over the next numbered head, where the page prints no "Reply"
    links: the end of that comment, not a comment of its own."""
    bodies = [
        "       I read the sources, and the ruling says otherwise.\n\n"
        "       Quellen:\n       Terror, das Urteil (14.5.19)",
        "       Thanks for the summary, it saved me an evening.",
        "       The council met twice more after that, and nobody asked.",
    ]
    names = ["Ann Lee", "Bo Chen", "Kofi Mensah"]
    page = parse_text(
        ARTICLE + "3 Kommentare\n\n" + _numbered_records(list(zip(names, bodies, strict=True)))
    )
    assert [c.author for c in page.comments] == names
    assert page.comments[0].text.endswith("Terror, das Urteil (14.5.19)")


def test_the_first_comment_over_footer_dates_stands_left_of_the_replies() -> None:
    """Footer dates close the records and the names under them open the next ones; the
    first record has no date above its name, so it is found by its shape, which is a
    top-level comment's (left of the replies), even where replies head most records."""
    records = [
        (4, "Ann Lee", "I read this twice and still think the ferry plan is the better one."),
        (8, "Bo Chen", "Thanks for the summary, it saved me an evening of reading."),
        (8, "Cy Ward", "The council met twice more after that, and nobody asked."),
        (8, "Di Moss", "Good point, though the timetable was never the real problem."),
        (4, "Ed Park", "We took the ferry last week and it was on time, for once."),
    ]
    text = "".join(
        f"{' ' * indent}{name}\n\n{' ' * (indent + 2)}{body}\n\n"
        f"{' ' * indent}May 2, 2012 at 10:1{k} am\n\n"
        for k, (indent, name, body) in enumerate(records)
    )
    page = parse_text(ARTICLE + text)
    assert [(c.author, c.depth) for c in page.comments] == [
        ("Ann Lee", 0), ("Bo Chen", 1), ("Cy Ward", 1), ("Di Moss", 1), ("Ed Park", 0),
    ]  # fmt: skip


def test_a_post_author_answering_half_the_comments_leaves_them_many_speakers() -> None:
    """Twelve dated comments (no heading, no links, no times) where the post's author
    answers every other one: the others are many people, so the run is a discussion (as
    a list of one author's posts is not: nobody else speaks there)."""
    guests = ["Ann Lee", "Bo Chen", "Cy Ward", "Di Moss", "Ed Park", "Ann Lee"]
    names = [name for guest in guests for name in (guest, "Mara Okafor")]
    text = "".join(
        f"  • {name} | May {k + 1}, 2012\n\n    {_TIMED_BODIES[k % 4]}\n\n"
        for k, name in enumerate(names)
    )
    assert [c.author for c in parse_text(ARTICLE + text).comments] == names
    one_author = "".join(
        f"  • Mara Okafor | May {k + 1}, 2012\n\n    {body}\n\n"
        for k, body in enumerate(_TIMED_BODIES * 3)
    )
    assert parse_text(ARTICLE + one_author).comments == []


def test_a_byline_above_a_numbered_comment_list_is_no_comment() -> None:
    """No heading between a short article under its dated byline and the numbered list of
    comments: the byline stands outside the list whose items open every comment, over a
    longer record than theirs (the article), so it is no comment."""
    article = "".join(
        f"The article's paragraph {k} says something about compilers at some length.\n\n"
        for k in range(6)
    )
    comments = "".join(
        f"   {k}. on 2012-10-09 at 9:0{k} am {name}\n\n      {body}\n\n"
        for k, (name, body) in enumerate(
            zip(["Bo Chen", "Cy Ward", "Dan Moss", "Ed Park"], _TIMED_BODIES, strict=True), 1
        )
    )
    page = parse_text("A Title\n\n2012-10-09 by Ann Author\n\n" + article + comments)
    assert [c.author for c in page.comments] == ["Bo Chen", "Cy Ward", "Dan Moss", "Ed Park"]
    assert len(page.paragraphs) == 6


def test_an_age_needs_its_count_to_be_a_date() -> None:
    """ "… shipped four weeks ago." is a sentence, not a head of the name "… shipped four"
    and the date "weeks ago"; an age with its count ("3 weeks ago", "a few weeks ago",
    "an hour ago") is a date."""
    from comments.parse.heads import first_date, is_date

    assert head_parts("Well, the release shipped four weeks ago.") is None
    assert first_date("weeks ago") is None
    assert all(map(is_date, ["3 weeks ago", "a few weeks ago", "an hour ago", "several days ago"]))


def test_a_line_left_of_a_numbered_comment_list_is_no_name_of_its_first_comment() -> None:
    """ "Comment on this article" (the form's link) right above "1. November 12, 2012" /
    "Alain", with no heading between (eight comments by eight people say what they are):
    the numbered item opens with its date and names its own author under it; the line
    left of the list is not that comment's name."""
    names = ["Alain Chautard", "Beth", "Shirley Hershey", "Lana", "Mandy", "Kathy", "Ruth", "Ed"]
    records = "".join(
        f"       {k}. November 12, 2012\n\n          {name}\n\n          {body}\n\n"
        for k, (name, body) in enumerate(zip(names, _TIMED_BODIES * 2, strict=True), 1)
    )
    page = parse_text(ARTICLE + "  Comment on this article\n\n" + records)
    assert [c.author for c in page.comments] == names


def test_an_anonymous_dated_item_among_timed_records_names_nobody() -> None:
    """A run whose records are stamped to the minute may hold an anonymous, dated item
    (no author): it counts as no person's name (it raised IndexError before)."""
    from comments.parse.discussion import Run, _is_timed_talk
    from comments.parse.records import RecordHead

    lines = classify_lines(
        [
            "• 2. Mai 2019 11:02",
            "I read this twice and still think the plan is right.",
            "Ann Lee",
            "3. Mai 2019 11:05",
            "Thanks for the summary, it saved me an evening.",
            "Bo Chen",
            "4. Mai 2019 11:07",
            "The council met twice more after that, and nobody asked.",
        ]
    )
    heads = (
        RecordHead(0, (0,), None, "2. Mai 2019 11:02", "date-only"),
        RecordHead(2, (2, 3), "Ann Lee", "3. Mai 2019 11:05", "name-date"),
        RecordHead(5, (5, 6), "Bo Chen", "4. Mai 2019 11:07", "name-date"),
    )
    assert _is_timed_talk(lines, Run(heads, None)) is True


def test_records_that_each_offer_a_reply_under_a_section_heading_are_comments() -> None:
    """ "You Might Also Like" over a related-posts row, then four numbered records by
    four people, each with its "Reply" link and no count heading above: a widget's rows
    offer "Like" and "Tweet", never "Reply", so the heading's penalty does not apply.
    The same records with "Like · Tweet" rows stay no discussion."""
    names = ["Mara Okafor", "Theo Brennan", "Ines", "Kofi Mensah"]
    widget = "You Might Also Like\n\n  Harbour Lights Review    Ferry Plans Approved\n\n"

    def page(links: str) -> str:
        records = "".join(
            f"   {k}. {name} | Posted at 12:4{k}pm\n\n      {body}\n\n      {links}\n\n"
            for k, (name, body) in enumerate(zip(names, _TIMED_BODIES, strict=True), 1)
        )
        return ARTICLE + widget + records

    assert _authors(page("Reply")) == names
    assert _authors(page("Like · Tweet")) == []


def test_a_word_the_theme_prints_after_every_name_is_no_part_of_the_names() -> None:
    """ "Mara Okafor Follow", "Ines Follow", …: a link the theme prints beside each
    commenter's name ends every name; no set of different people's names all end with one
    word, so it goes. A host answering several comments is one name, not a shared word."""
    names = ["Mara Okafor", "Theo Brennan", "Ines", "Kofi Mensah"]
    records = "".join(
        f"   {k}. {name} Follow\n\n      {body}\n\n      May {k}, 2012 18:0{k}:00 Reply\n\n"
        for k, (name, body) in enumerate(zip(names, _TIMED_BODIES, strict=True), 1)
    )
    assert _authors(ARTICLE + "4 Comments\n\n" + records) == names
    hosted = ["Ann Lee Brandt", "Ute Brandt", "Bo Chen", "Ute Brandt"]
    records = "".join(
        f"   {k}. {name}\n\n      {body}\n\n      May {k}, 2012 18:0{k}:00 Reply\n\n"
        for k, (name, body) in enumerate(zip(hosted, _TIMED_BODIES, strict=True), 1)
    )
    assert _authors(ARTICLE + "4 Comments\n\n" + records) == hosted
    family = ["Ann Smith", "Bo Smith", "Cy Smith", "mara", "kat12"]  # one-word names count
    records = "".join(
        f"   {k}. {name}\n\n      {body}\n\n      May {k}, 2012 18:0{k}:00 Reply\n\n"
        for k, (name, body) in enumerate(
            zip(family, _TIMED_BODIES + _TIMED_BODIES[:1], strict=True), 1
        )
    )
    assert _authors(ARTICLE + "5 Comments\n\n" + records) == family


def test_short_replies_that_each_offer_a_reply_are_comments_without_a_heading() -> None:
    """Avatars and bare names over one-line replies that end in no full stop ("yes,
    do it!:)", "… your phone ;)"), each closed by its date and a "Reply" link, with no
    heading above (lynx's rendering of a list of them): a related-posts widget's bare
    titles never offer "Reply". The same rows with "Like · Tweet" stay no discussion."""
    names = ["Mara Okafor", "Theo Brennan", "Ines", "Kofi Mensah"]
    bodies = [
        "yes, do it!:)",
        "I wouldn't last an hour without it ;)",
        "Don't do it!!! what else would a phone shop say??? haha",
        "I don't think you can seriously drop your phone ;)",
    ]

    def page(links: str) -> str:
        return ARTICLE + "".join(
            f"    * \n         {'_' * 30}\n\n       [thumb_{k}.jpg]\n       {name} Follow\n"
            f"       {body}\n       November {k}, 2012 18:0{k}:00 {links}\n"
            for k, (name, body) in enumerate(zip(names, bodies, strict=True), 1)
        )

    assert _authors(page("Reply 0 Flag this comment")) == names
    assert _authors(page("Like · Tweet")) == []


def test_a_count_of_replies_is_no_reply_link() -> None:
    """A forum list's "about 3 min ago by Ann6 replies" counts replies; only a "Reply"
    link is the evidence that no widget's rows carry."""
    from comments.parse.discussion import offers_reply

    assert offers_reply("Reply 0 Flag this comment", count_is_link=False)
    assert offers_reply("Like · Antworten", count_is_link=False)
    assert offers_reply("November 12, 2012 18:06:00 Reply 0 Flag", count_is_link=False)
    assert offers_reply("May 2, 2012 Reply", count_is_link=False)
    assert not offers_reply("about 3 min ago by Ann6 replies", count_is_link=False)
    assert not offers_reply("about 3 min ago by ann27245 replies", count_is_link=False)
    assert not offers_reply("12 replies", count_is_link=False)
    assert offers_reply("12 replies")  # a thread's reply count closes a record all the same


def test_the_first_record_under_an_avatar_over_footer_dated_replies_is_a_comment() -> None:
    """Names without "says" under an avatar, each record closed by its footer date and
    its "Reply" link, every reply one step deeper (w3m's staircase of a threaded list):
    each later name opens a head under the footer closing the record above; the first
    name, left of them all with no footer above it, opens the first comment."""
    names = ["Mara Okafor", "Theo Brennan", "Ines", "Kofi Mensah"]
    bullets = ["•", "□", "☆", "○"]
    parts = ["There are 4 comments. Add yours.\n\n  • [avatar]\n\n"]
    for k, (name, body) in enumerate(zip(names, _TIMED_BODIES, strict=True)):
        pad, mark = " " * 4 * k, bullets[k]
        nested = " " * (4 * k + 4) + (bullets[k + 1] if k + 1 < len(bullets) else "◎")
        parts.append(
            f"{pad}{name}\n\n{pad}{body}\n\n"
            f"{pad}  {mark} Posted on Nov 0{k + 1} 2012 | 1:2{k} pm - 3 hours ago\n{pad}  {mark} \n"
            f"{nested} Reply\n{nested} [avatar]\n\n"
        )
    page = parse_text(ARTICLE + "".join(parts))
    assert [c.author for c in page.comments] == names
    assert [c.depth for c in page.comments] == [0, 1, 2, 3]


@pytest.mark.parametrize("mark", ["●", "◎", "○", "■", "★", "△", "="])
def test_deep_list_bullets_mark_a_footers_rows(mark: str) -> None:
    """w3m draws each nesting level of a list with its own bullet (• □ ☆ ○ ■ ★ ◎ ● △),
    lynx too (* + o # @ - =): a footer's date and "Reply" under those deep bullets are
    the record's footer rows, not a line of its text."""
    names = ["Mara Okafor", "Theo Brennan", "Kofi Mensah"]
    records = "".join(
        f"{name}\n\n{body}\n\n"
        f"  {mark} Posted on Nov 0{k} 2012 | 1:2{k} pm - 3 hours ago\n  {mark} Reply\n\n"
        for k, (name, body) in enumerate(zip(names, _TIMED_BODIES[:3], strict=True), 1)
    )
    page = parse_text(ARTICLE + "3 comments\n\n" + records)
    assert [(c.author, c.text) for c in page.comments] == list(
        zip(names, _TIMED_BODIES[:3], strict=True)
    )
    assert [c.timestamp for c in page.comments] == [
        f"Posted on Nov 0{k} 2012 | 1:2{k} pm - 3 hours ago" for k in (1, 2, 3)
    ]


def test_the_first_record_over_footers_without_a_heading_is_no_longer_than_the_others() -> None:
    """Comments whose heads are printed under their bodies ("Posted by: Ann | May 2,
    2012 at 9:15 pm") with no heading above the first: the first body is as long as the
    others may be (one block each here), not the whole article above it."""
    names = ["Mara Okafor", "Theo Brennan", "Ines", "Kofi Mensah"]
    records = "".join(
        f"{body}\n\nPosted by: {name} | May {k}, 2012 at 9:1{k} pm\n\n"
        for k, (name, body) in enumerate(zip(names, _TIMED_BODIES, strict=True), 1)
    )
    article = "A Title\n\n" + "".join(
        f"Paragraph {k} of the article says what happened at the council, at length.\n\n"
        for k in range(1, 4)
    )
    page = parse_text(article + records)
    assert [c.author for c in page.comments] == names
    assert page.comments[0].text == _TIMED_BODIES[0]
    assert len(page.paragraphs) == 3


def test_anonymous_comments_stamped_to_the_minute_are_many_people() -> None:
    """Four records all headed "Anonymous", each stamped with its day and time, written in
    sentences, without "Reply" links or a heading: "Anonymous" is the name of everyone who
    left none, so they are several people's comments, not one label's list."""
    records = "".join(
        f"Anonymous\n{d + 2}. Mai 2020 um 16:4{d} Uhr\n\n{_TIMED_BODIES[d]}\n\n" for d in range(4)
    )
    page = parse_text(ARTICLE + records)
    assert [c.author for c in page.comments] == ["Anonymous"] * 4
    assert [c.text for c in page.comments] == list(_TIMED_BODIES[:4])


def test_two_capitals_after_a_time_are_initials_unless_a_north_american_zone() -> None:
    """ "on 2012-05-02 at 9:15 pm JB": a commenter who signs with initials, not a time zone
    (three or four capitals, "CEST", or "ET", "PT" are zones)."""
    from comments.parse.heads import is_date

    assert head_parts("on 2012-05-02 at 9:15 pm JB") == HeadParts(
        "JB", "2012-05-02 at 9:15 pm", None, says=False
    )
    assert all(map(is_date, ["May 2, 2012 at 9:15 pm PT", "2. Mai 2012 um 21:15 CEST"]))


@pytest.mark.parametrize(
    "stamp",
    ["August 9, 2012 at 12:45 pm (UTC -4)", "2012-08-09 12:45 GMT+2", "9 Aug 2012 12:45 (EST)"],
)
def test_a_time_zones_offset_and_brackets_keep_a_date_a_date(stamp: str) -> None:
    """A zone with its offset from UTC, in brackets or not, ends a date line as a bare
    zone does; a time range ("12:45-13:30", an events list's) still makes no date."""
    from comments.parse.heads import is_date

    assert is_date(stamp)
    assert not is_date("May 2, 2012 12:45-13:30")


@pytest.mark.parametrize(
    ("last", "dropped"),
    [
        ("{name} recently posted…Why the mill matters", True),
        ("{name} hat kürzlich veröffentlicht… Warum die Mühle bleibt", True),
        ("{name} here… see you all at the meeting", False),  # one word: the commenter's own
        ("{other} recently posted…Why the mill matters", False),  # another person's name
    ],
)
def test_a_line_linking_the_commenters_latest_post_is_boilerplate(last: str, dropped: bool) -> None:
    """A plugin's line under each comment: the commenter's own name, a few words in lower
    case, an ellipsis, the title of the commenter's latest post (not the comment's words)."""
    others = (*_SPEAKERS[1:], _SPEAKERS[0])
    lasts = [
        last.format(name=name, other=other) for name, other in zip(_SPEAKERS, others, strict=True)
    ]
    records = "".join(
        f"{name} says:\nMay {k}, 2012 at 9:15 pm\n\n{body}\n{line}\n\nReply\n\n"
        for k, (name, body, line) in enumerate(zip(_SPEAKERS, _TIMED_BODIES, lasts, strict=True), 1)
    )
    page = parse_text(ARTICLE + "4 Comments\n\n" + records)
    kept = [f"{body}\n{line}" for body, line in zip(_TIMED_BODIES, lasts, strict=True)]
    assert [c.text for c in page.comments] == (list(_TIMED_BODIES) if dropped else kept)
    assert all((line in page.boilerplate) == dropped for line in lasts)


def test_a_date_line_ending_with_a_link_to_the_comment_stamps_the_record() -> None:
    """ "August 9, 2012 at 12:45 pm (UTC -4) Link to this comment" under the name: the
    comment's permalink printed after its date, the date the record's timestamp."""
    records = "".join(
        f"    [a{k}]\n\n    {name}\n\n    August {k}, 2012 at 12:45 pm (UTC -4) Link to this"
        f" comment\n\n    Reply\n\n    {body}\n\n"
        for k, (name, body) in enumerate(zip(_SPEAKERS, _TIMED_BODIES, strict=True), 1)
    )
    page = parse_text(ARTICLE + "4 Comments\n\n" + records)
    assert [(c.author, c.timestamp, c.text) for c in page.comments] == [
        (name, f"August {k}, 2012 at 12:45 pm (UTC -4)", body)
        for k, (name, body) in enumerate(zip(_SPEAKERS, _TIMED_BODIES, strict=True), 1)
    ]


_TIMED_NAMES = ("Ann Lee", "Bo Chen", "Cy Diaz", "Di Ekwe", "Ed Falk", "Flo Gray", "Gus Hall")


def _flat_list(
    stamps: list[str], names: Sequence[str] = _TIMED_NAMES
) -> list[tuple[str | None, int, str | None]]:
    """(author, depth, author replied to) of a flat list of records by ``names`` stamped
    ``stamps``: nothing in the text (indentation, numbers) shows who answers whom."""
    records = "".join(
        f"{name}\n{stamp}\n\nI read this with interest, {k} times over.\n\nReply\n\n"
        for k, (name, stamp) in enumerate(zip(names, stamps, strict=False), 1)
    )
    comments = parse_text(ARTICLE + f"{len(stamps)} Comments\n\n" + records).comments
    authors = {c.id: c.author for c in comments}
    return [(c.author, c.depth, authors.get(c.parent_id or "")) for c in comments]


def test_a_flat_list_out_of_time_order_shows_its_replies_oldest_threads_first() -> None:
    """Threads oldest first: a comment later than one printed below it opens no thread
    (Bo's 11:00 before Cy's 10:00): it replies to the thread's first comment."""
    stamps = [f"May 2, 2012 at {t}" for t in ("9:00 am", "11:00 am", "10:00 am", "12:30 pm")]
    stamps += ["May 2, 2012 at 1:00 pm", "May 2, 2012 at 12:00 pm"]
    assert _flat_list(stamps) == [
        ("Ann Lee", 0, None),
        ("Bo Chen", 1, "Ann Lee"),
        ("Cy Diaz", 0, None),
        ("Di Ekwe", 1, "Cy Diaz"),
        ("Ed Falk", 1, "Cy Diaz"),
        ("Flo Gray", 0, None),
    ]


def test_a_reply_in_a_flat_list_by_the_person_the_reply_above_answered_answers_back() -> None:
    """Ann's thread: Bo answers Ann, Ann answers Bo back, Bo answers Ann again (a
    conversation, one step deeper each time); Cy's later reply is to the thread's first
    comment (Cy was not the one answered); Di, Ed and Flo open threads of their own."""
    thread = [("Ann Lee", "9:00 am"), ("Bo Chen", "10:00 am"), ("Ann Lee", "10:30 am")]
    thread += [("Bo Chen", "11:00 am"), ("Cy Diaz", "11:30 am"), ("Di Ekwe", "9:30 am")]
    thread += [("Ed Falk", "12:00 pm"), ("Flo Gray", "12:30 pm")]
    names = [name for name, _ in thread]
    assert _flat_list([f"May 2, 2012 at {time}" for _, time in thread], names) == [
        ("Ann Lee", 0, None),
        ("Bo Chen", 1, "Ann Lee"),
        ("Ann Lee", 2, "Bo Chen"),
        ("Bo Chen", 3, "Ann Lee"),
        ("Cy Diaz", 1, "Ann Lee"),
        ("Di Ekwe", 0, None),
        ("Ed Falk", 0, None),
        ("Flo Gray", 0, None),
    ]


def test_a_flat_list_of_newest_threads_first_shows_its_replies() -> None:
    """Threads newest first (the first comment is not the earliest): a comment later than
    one printed above it is a reply; numeric dates read day first, as "14.05." tells."""
    stamps = ["14.05.2020 - 09:00", "15.05.2020 - 08:00", "03.05.2020 - 20:00"]
    stamps += ["04.05.2020 - 07:00", "01.05.2020 - 12:00"]
    assert [depth for _, depth, _ in _flat_list(stamps)] == [0, 1, 0, 1, 0]


# May 30 to June 5, in time order: read as one month, "30." would come after "2."
_TWO_FOREIGN_MONTHS = [(30, "května", 14), *((day, "června", 13 + day) for day in range(2, 6))]


def test_a_flat_list_dated_in_a_month_the_vocabulary_lacks_shows_its_replies() -> None:
    """Czech dates ("2. května 2012 v 11:00"): one month the vocabulary lacks, which every
    stamp shares, so days and times order them as in English."""
    times = ("9:00", "11:00", "10:00", "12:30", "13:00", "12:00")
    assert _flat_list([f"2. května 2012 v {time}" for time in times]) == _flat_list(
        [f"May 2, 2012 at {time}" for time in times]
    )
    assert [depth for _, depth, _ in _flat_list([f"2. května 2012 v {t}" for t in times])] == [
        0, 1, 0, 1, 1, 0
    ]  # fmt: skip


@pytest.mark.parametrize(
    "stamps",
    [
        # two months the vocabulary lacks: their order is unknown
        [f"{day}. {month} 2012 v {hour}:00" for day, month, hour in _TWO_FOREIGN_MONTHS],
        # in time order, either way: nothing to tell
        [f"May {d}, 2012 at 9:15 pm" for d in (2, 3, 5, 8, 9)],
        [f"May {d}, 2012 at 9:15 pm" for d in (9, 8, 5, 3, 2)],
        # "9:15" and "11:40" without am/pm or a 24-hour time beside them: either half-day
        ["May 2, 2012 9:15", "May 2, 2012 11:40", "May 2, 2012 10:05", "May 2, 2012 12:30"],
        # only to the day: the same day's comments are in no known order
        ["May 2, 2012", "May 4, 2012", "May 3, 2012", "May 5, 2012"],
        # numeric dates read both ways tell different threads (2 May or 5 February …)
        ["02.05.2012 - 09:00", "05.02.2012 - 10:00", "03.05.2012 - 11:00", "04.05.2012 - 12:00"],
        # a list by votes: read by time, it would open two threads of seven comments
        [f"May {d}, 2012 at 9:15 pm" for d in (20, 2, 9, 15, 4, 28, 6)],
    ],
)
def test_a_flat_list_stays_flat_where_its_times_tell_no_threads(stamps: list[str]) -> None:
    assert [depth for _, depth, _ in _flat_list(stamps)] == [0] * len(stamps)


def test_nesting_the_text_shows_is_kept_whatever_the_times() -> None:
    """Indented replies: the indentation says who answers whom, not the times."""
    records = (
        "Ann Lee\nMay 2, 2012 at 9:00 am\n\nI read this with interest.\n\nReply\n\n"
        "    Bo Chen\n    May 2, 2012 at 8:00 pm\n\n    I read it too, twice.\n\n    Reply\n\n"
        "Cy Diaz\nMay 2, 2012 at 10:00 am\n\nI read this as well today.\n\nReply\n\n"
        "Di Ekwe\nMay 2, 2012 at 11:00 am\n\nI read this one in print.\n\nReply\n\n"
    )
    page = parse_text(ARTICLE + "4 Comments\n\n" + records)
    assert [(c.author, c.depth) for c in page.comments] == [
        ("Ann Lee", 0),
        ("Bo Chen", 1),
        ("Cy Diaz", 0),
        ("Di Ekwe", 0),
    ]


def test_a_dated_link_far_above_the_comments_is_no_comment_over_the_article() -> None:
    """A link list in the article holds "Packing Light 2 Weeks" (a name and an age, as a
    head reads), the article's numbered section headings below it are bare names, then
    numbered comments without a heading: once the bare names are dropped among the dated
    heads, the link's record would run over the whole article to the first comment, so
    it is cut off as a byline (the comments stay at top level, the article keeps its
    paragraphs)."""
    prose = "Travelling for a month with one bag is easier than it sounds, and cheaper too."
    sections = "".join(
        f"### {k}\\. {title}\n\n{prose}\n\n{prose}\n\n"
        for k, title in enumerate(["Pack less", "Sleep more", "Walk a lot", "Eat local"], 1)
    )
    bodies = ["Great list, thank you for it.", "I packed less and it worked.", "Walk more!"]
    comments = "".join(
        f"  {k}. {name}\n\nJuly {k + 10}, 2022 at 6:5{k} PM\n\n{body}\n\nReply\n\n"
        for k, (name, body) in enumerate(zip(_TIMED_NAMES, bodies, strict=False), 1)
    )
    links = "My other guides\n\nPacking Light 2 Weeks\n\nBudget Travel Tips\n\nHostel Guide\n\n"
    page = parse_text(f"A Title\n\n{prose}\n\n{links}{sections}{comments}")
    assert [(c.author, c.depth) for c in page.comments] == [
        ("Ann Lee", 0),
        ("Bo Chen", 0),
        ("Cy Diaz", 0),
    ]
    assert sum(p == prose for p in page.paragraphs) == 9


def test_an_article_quoting_what_a_company_says_is_no_first_comment() -> None:
    """ "Acme says:" over the article's text (a quotation, no date) is no comment head,
    however it reads: its record runs over the whole article, so it is a byline."""
    para = "The shampoo keeps its colour for weeks, the maker writes, and it is mild."
    article = "\n\n".join(["Acme says:"] + [para] * 20)
    records = "".join(
        f"{name} says:\nMay {k}, 2012 at 9:15 pm\n\nShort and to the point, thanks.\n\nReply\n\n"
        for k, name in enumerate(_TIMED_NAMES[:4], 2)
    )
    page = parse_text(f"A Title\n\n{article}\n\n{records}")
    assert [(c.author, c.depth) for c in page.comments] == [(n, 0) for n in _TIMED_NAMES[:4]]


def test_heads_that_print_their_comment_on_their_own_line_open_their_records() -> None:
    """A theme that prints each comment on one line after its name and date ("• Ann Lee
    May 2, 2012 at 9:15 pm  This is …"), with no heading over the list: the records are
    a discussion (their sentences are on the head lines), and each head opens its record
    (the post's tag line above is no first comment's body)."""
    items = "".join(
        f"  * {name} August {k}nd, 2012 at 1:{k}6 pm  {body}\n"
        for k, (name, body) in enumerate(zip(_TIMED_NAMES, _TIMED_BODIES, strict=False), 2)
    )
    tags = "August 2nd, 2012 | Tags: ferries, councils | Category: News\n\n\n"
    page = parse_text(ARTICLE + tags + items + "\n\n### Leave a Reply\n")
    assert [c.author for c in page.comments] == list(_TIMED_NAMES[:4])
    assert [c.text for c in page.comments] == list(_TIMED_BODIES)


def test_comments_dated_by_their_footers_need_no_heading() -> None:
    """Names over bodies, each record closed by its date to the second and its "Reply"
    link, numbered, with no heading over them: stamped to the minute by several people,
    each offering a "Reply", they are comments however short their texts ("yeah,
    switch!:)" ends no sentence)."""
    bodies = [
        "yeah, switch!:)",
        "I would not last two hours without mine ;)",
        "Perhaps try one of the smaller phones first, they are lighter",
        "Great read, thanks.",
    ]
    records = "".join(
        f"  {k}. * * *\n\n{name} Follow\n\n{body}\n\n"
        f"November 12, 2012 18:0{k}:00 Reply 0 Flag this comment\n\n"
        for k, (name, body) in enumerate(zip(_TIMED_NAMES, bodies, strict=False), 1)
    )
    page = parse_text(ARTICLE + records)
    assert [c.author for c in page.comments] == list(_TIMED_NAMES[:4])
    assert [c.text for c in page.comments] == bodies


def test_a_recipe_cards_times_over_the_comment_list_are_no_comments() -> None:
    """ "Preparation Time – 10 Minutes" reads as a name and an age; with the card's
    times above a numbered comment list and the recipe between, every comment nested
    under them. Heads outside the list whose items open all the others, the last over
    a longer record than any item's, are cut off: the comments stay at top level."""
    step = "Mix the flour and the eggs, then fry the noodles in small heaps until golden."
    card = "Preparation Time – 10 Minutes\nCooking Time – 10 Minutes\n\n" + f"{step}\n\n" * 12
    records = "".join(
        f"  {k}. {name} 09. Aug, 2012 at 4:2{k} pm #\n\n{body}\n\nReply\n\n"
        for k, (name, body) in enumerate(zip(_TIMED_NAMES, _TIMED_BODIES, strict=False), 1)
    )
    page = parse_text(ARTICLE + card + records)
    assert [(c.author, c.depth) for c in page.comments] == [(n, 0) for n in _TIMED_NAMES[:4]]
    assert sum(p == step for p in page.paragraphs) == 12


@pytest.mark.parametrize(
    "line",
    [
        "June 9, 2020 · 6 Comments",
        "6 Comments · June 9, 2020",
        "August 2nd, 2012 | Tags: henry jenkins, mimi ito",
        "12. Mai 2019 | Kategorie: Technik",
    ],
)
def test_a_posts_date_beside_its_count_or_tags_names_nobody(line: str) -> None:
    """A post's meta line (its date with its comment count, tags or category) is no
    comment head: "Comments" and "Tags: henry jenkins" are nobody's names."""
    assert head_parts(line) is None


def test_says_heads_behind_a_bullet_glyph_under_a_related_posts_heading_are_comments() -> None:
    """w3m prints a theme's bullet image before each name ("1. ● Ann Lee says:"): the
    glyph is no part of the name, so the names read as people's and a run of such heads
    stamped to the minute is a discussion also under a "Related posts" heading."""
    records = "".join(
        f" {k}. ● {name} says:\n    0{k}.01.2020 um 9:1{k}\n\n    {body}\n\n"
        for k, (name, body) in enumerate(zip(_TIMED_NAMES, _TIMED_BODIES, strict=False), 1)
    )
    page = parse_text(ARTICLE + "Related posts\n\n" + records)
    assert [c.author for c in page.comments] == list(_TIMED_NAMES[:4])


def test_heading_marks_before_a_name_and_a_separator_after_a_date_are_dropped() -> None:
    """html2text sets a theme's name heading as "##### Ann Lee", and a head may close its
    date with a separator ("November 22, 2021 11:15 am -"): neither is part of the
    author or the timestamp."""
    records = "".join(
        f"  {k}. ##### {name}\n\nNovember 2{k}, 2021 11:1{k} am -\n\n{body}\n\nReply\n\n"
        for k, (name, body) in enumerate(zip(_TIMED_NAMES, _TIMED_BODIES, strict=False), 1)
    )
    page = parse_text(ARTICLE + "4 Comments\n\n" + records)
    assert [c.author for c in page.comments] == list(_TIMED_NAMES[:4])
    assert page.comments[0].timestamp == "November 21, 2021 11:11 am"


@pytest.mark.parametrize("opener", ["  • [a{k}c]\n\n    {body}", "  * {body}"])
def test_footers_close_the_list_items_they_end_whatever_follows_the_last(opener: str) -> None:
    """Each comment is a list item (its avatar or its text first, then "Posted by Ann on
    …"): the footer closes the item's record, also where the line after the last footer
    is one this parser cannot read (a form title in a language the vocabulary lacks), so
    every name stays with its own text; the item's marker is no part of the text."""
    records = "".join(
        opener.format(k=k, body=body)
        + f"\n\n    Posted by {name} on May {k}, 2012 at 9:1{k} am | permalink | Reply\n\n"
        for k, (name, body) in enumerate(zip(_TIMED_NAMES, _TIMED_BODIES, strict=False), 2)
    )
    page = parse_text(ARTICLE + "Comments (4)\n\n" + records + "Szólj hozzá\n\nNév [        ]\n")
    assert [(c.author, c.text) for c in page.comments] == list(
        zip(_TIMED_NAMES, _TIMED_BODIES, strict=False)
    )


@pytest.mark.parametrize("stamp", ["2019-01-01 @ 00:3{k}", "January {k}, 2019"])
def test_two_records_right_above_the_comment_form_are_comments_when_stamped(stamp: str) -> None:
    """A related-posts heading whose widget the page left empty, then two numbered
    records closed by "Comment by Ann — 2019-01-01 @ 00:39 | Reply", then the comment
    form: stamped to the minute, with their links, right above the form, they are the
    comments. Related posts dated to the day in the same place are not."""
    records = "".join(
        f" {k}. [90{k}]\n\n    {body}\n\n    Comment by {name} — {stamp.format(k=k)} | Reply\n\n"
        for k, (name, body) in enumerate(zip(_TIMED_NAMES, _TIMED_BODIES[:2], strict=False), 1)
    )
    page = parse_text(ARTICLE + "Related posts\n\n\n" + records + "\nLeave a Reply\n\nName *\n")
    expected = list(_TIMED_NAMES[:2]) if "@" in stamp else []
    assert [c.author for c in page.comments] == expected


_SPEAKERS = ("Ann Lee", "Bo Chen", "Cy Diaz", "Ed Falk")
_BLOGS = ("Notes", "Pine and Paper", "Bakes", "Slow Roads")


@pytest.mark.parametrize(
    "names",
    [
        [name.lower() for name in _SPEAKERS],  # "ann lee": typed in lower case
        [f"{name} | {blog}" for name, blog in zip(_SPEAKERS, _BLOGS, strict=True)],
    ],
)
def test_names_typed_in_lower_case_or_with_a_blog_are_people_without_a_heading(
    names: list[str],
) -> None:
    """Numbered records "on 2012-10-09 at 9:00 am ann lee" over sentences, no heading
    over them: stamped to the minute by several people, they are a discussion whether
    the people type their names in lower case or add their blog's name ("Ann Lee |
    Notes"), as they are with "Ann Lee"."""
    records = "".join(
        f"  {k}. on 2012-10-09 at 9:0{k} am {name}\n\n    {body}\n\n"
        for k, (name, body) in enumerate(zip(names, _TIMED_BODIES, strict=False), 1)
    )
    page = parse_text(ARTICLE + "Posted in News | 4 Responses\n\n" + records)
    assert [c.author for c in page.comments] == names


def test_a_section_heading_far_above_the_comments_heads_the_lines_under_it() -> None:
    """ "More posts about ferries" over its links, then the article's last paragraphs
    and the author's bio, then numbered "Ann says" records dated to the day, some
    answered, and no heading over them: the section's heading heads its links, not the
    comments far below it."""
    related = "More posts about ferries\n\n" + "".join(
        f"    {title}\n\n" for title in ("Ferry fares", "The night crossing", "Harbour works")
    )
    closing = (
        "And finally, that is the end of this long post about the ferries.\n\n"
        "Written by Ann Lee\n\nHi there! I write about boats and the people who run them.\n\n\n"
    )
    records = "".join(
        f"   {k}. {name} says\n      + May {k}, 2025\n\n    {body}\n\n"
        f"        + Ann Lee says\n          o May {k + 1}, 2025\n\n"
        f"        Thank you, {name.split()[0]}, that is kind of you to say.\n\n"
        for k, (name, body) in enumerate(zip(_TIMED_NAMES[1:], _TIMED_BODIES, strict=False), 1)
    )
    page = parse_text(ARTICLE + related + closing + records)
    assert [(c.author, c.depth) for c in page.comments] == [
        (author, depth)
        for name in _TIMED_NAMES[1:5]
        for author, depth in ((name, 0), ("Ann Lee", 1))
    ]


@pytest.mark.parametrize(
    "record",
    [
        "{title}\n\n{body}\n\n"
        "Posted by Admin on May {k}, 2012 at 9:1{k} am | Permalink | Reply\n\n",
        "  {k}. {name} Follow\n\n     {body}\n\n"
        "     12 ноември 2012 18:0{k}:00 Одговори 0 Flag this comment\n",
    ],
    ids=["one author's posts", "link rows read as heads"],
)
def test_one_name_over_every_record_without_a_heading_is_no_discussion(record: str) -> None:
    """A blog's posts, each closed by "Posted by Admin on … | Reply", or comments whose
    link rows ("… 18:06:00 Одговори 0 Flag this comment") read as heads naming their
    unknown word: every record names the same one, with no heading over them, so they
    are no comments (a comment section has more than one voice, or says it is one)."""
    titles = ("Ferry fares", "The night crossing", "Harbour works", "Timetables")
    parts = zip(titles, _SPEAKERS, _TIMED_BODIES, strict=True)
    records = "".join(
        record.format(k=k, title=title, name=name, body=body)
        for k, (title, name, body) in enumerate(parts, 1)
    )
    assert parse_text(ARTICLE + records).comments == []


def test_a_byline_outside_the_list_is_cut_off_when_vote_counts_stand_above_the_items() -> None:
    """ "Redaktion 1. November 2023 10:29" over the article, then comments as list items
    with no heading, each followed by its vote count ("3"), which the next record's head
    takes as its first line: the items still open every comment, so the byline outside
    the list, over a longer record than any item's, is cut off from them (it would hold
    the comments as its replies)."""
    from comments.parse.discussion import _outside_list

    article = "".join(
        f"{' ' * 18}{body}\n\n{' ' * 14}What the crews said, part {k}\n\n"
        for k, body in enumerate(_TIMED_BODIES)
    )
    records = "".join(
        f"{' ' * 24}* {name} sagt:\n{' ' * 26}1. November 2023 um 11:5{k} Uhr\n\n"
        f"{' ' * 24}{body}\n\n{' ' * 28}{k}\n"
        for k, (name, body) in enumerate(zip(_SPEAKERS, _TIMED_BODIES, strict=True), 1)
    )
    byline = f"{' ' * 16}Redaktion 1. November 2023 10:29\n\n"
    lines = classify_lines(f"A Title\n\n{byline}{article}\n{records}".split("\n"))
    heads = find_heads(lines)
    assert [h.author for h in heads] == ["Redaktion", *_SPEAKERS]
    assert heads[2].start < heads[2].lines[0]  # the vote count above opens the record
    assert _outside_list(lines, heads) == 1


def test_a_record_is_measured_in_lines_as_a_wrapping_converter_prints_them() -> None:
    """html2text and inscriptis print a paragraph on one line: an article of seven long
    paragraphs under a widget's item ("* #### Leaderboard Zone") spans fewer lines than a
    byline's record may, though w3m prints it on 35. Measured in lines of the width w3m
    and lynx wrap at, the item's record is the article under a byline on every converter,
    not the first of the comments below it."""
    from comments.parse.discussion import _is_byline
    from comments.parse.records import RecordHead

    paragraph = " ".join([_TIMED_BODIES[0]] * 5)  # about 340 characters
    wrapped = textwrap.wrap(paragraph, 76)
    for printed in ([paragraph], wrapped):  # html2text's one line, w3m's five
        article = [line for _ in range(7) for line in [*printed, ""]]
        replies = [line for name in _SPEAKERS for line in (f"  * {name}", "", "Thanks!", "")]
        lines = classify_lines(["  * Leaderboard Zone", "", *article, *replies])
        starts = [i for i, line in enumerate(lines) if line.is_item]
        heads = [RecordHead(i, (i,), lines[i].text, None, "name-body") for i in starts]
        assert _is_byline(lines, heads[0], heads[1:]), len(printed)
        assert not _is_byline(lines, heads[1], heads[2:])  # a reply among replies


_FORM = "Leave a Reply\n\nYour email address will not be published.\n\nName *\n"


def test_a_lone_comment_under_a_related_posts_list_is_read_over_the_form() -> None:
    """Related posts ("by Bo Chen on September 17, 2019" under each title), then one
    numbered "Ann Lee says:" stamped to the minute, its text (whose last sentence has
    no stop), "Reply" and the comment form, with no heading: the comment is shaped
    unlike the posts above it, and reads as a comment over the form."""
    related = "".join(
        f"    {title}\n\n      by {name} on September 1{k}, 2019\n      {body}\n"
        "      Continue reading\n\n"
        for k, (title, name, body) in enumerate(
            zip(("Ferry fares", "Night crossings"), _SPEAKERS[1:], _TIMED_BODIES, strict=False)
        )
    )
    comment = (
        "  1. Ann Lee says:\n     January 20, 2020 at 11:27 am\n\n"
        "   This is the kind of post I read twice. Thanks for all you do, Sam\n\n   Reply\n\n"
    )
    page = parse_text(ARTICLE + "Related Articles\n\n" + related + "\n" + comment + _FORM)
    assert [(c.author, c.text) for c in page.comments] == [
        ("Ann Lee", "This is the kind of post I read twice. Thanks for all you do, Sam")
    ]


def test_a_lone_comment_made_of_numbered_points_is_read_over_the_form() -> None:
    """One "steve says:" whose text is three numbered points ("1) …") and a signature,
    right above the comment form, with no heading: the points are the comment's own
    sentences, not a list of links in it."""
    points = "".join(f"   {k}) {body}\n\n" for k, body in enumerate(_TIMED_BODIES[:3], 1))
    comment = f"  1. steve says:\n     November 6, 2012 at 3:45 pm\n\n{points}   Steve\n\n"
    page = parse_text(ARTICLE + comment + _FORM)
    assert [c.author for c in page.comments] == ["steve"]
    assert page.comments[0].text.startswith("1) I read this twice")


def test_a_german_like_button_row_is_no_part_of_the_comment_text() -> None:
    """German WordPress.com prints its like button as "Liken" ("Liken Liken" where the
    label is shown twice) under each comment: a row of action links, not text."""
    records = "".join(
        f"  {k}. {name}\n     06.01.2020 um 9:1{k}\n\n   {body}\n\n   Liken Liken\n\n"
        for k, (name, body) in enumerate(zip(_SPEAKERS, _TIMED_BODIES, strict=True), 1)
    )
    page = parse_text(ARTICLE + "4 Kommentare\n\n" + records)
    assert [(c.author, c.text) for c in page.comments] == list(
        zip(_SPEAKERS, _TIMED_BODIES, strict=True)
    )


def test_names_over_texts_dated_to_the_minute_under_them_need_no_heading() -> None:
    """Numbered items each holding a name over its text, and under the text the date to
    the minute alone ("November 12, 2012 3:34 pm"), with no heading and no "says" or
    "Reply": several people, each record stamped to the minute, are a discussion."""
    names = ["Ann Lee", "Bo Chen", "Ann Lee", "Cy Diaz"]
    records = "".join(
        f"    * {k}\n        {name}\n\n        {body}\n\n        November 12, 2012 3:3{k} pm\n"
        for k, (name, body) in enumerate(zip(names, _TIMED_BODIES, strict=True), 1)
    )
    page = parse_text(ARTICLE + "Tags: ferries\n\n" + records)
    assert [(c.author, c.timestamp) for c in page.comments] == [
        (name, f"November 12, 2012 3:3{k} pm") for k, name in enumerate(names, 1)
    ]


def test_a_time_printed_with_spaced_hours_stamps_a_record_to_the_minute() -> None:
    """French WordPress prints the time "à 10 h 57 min": numbered records of names over
    such dates and sentences, with no heading and no "Reply", are stamped to the minute
    by several people, so they are a discussion (as with "10:57")."""
    records = "".join(
        f"  {k}.\n       {name}\n       1 novembre 2012 à 1{k} h 5{k} min #\n\n   {body}\n\n"
        for k, (name, body) in enumerate(zip(_SPEAKERS, _TIMED_BODIES, strict=True), 1)
    )
    page = parse_text(ARTICLE + records)
    assert [(c.author, c.timestamp) for c in page.comments] == [
        (name, f"1 novembre 2012 à 1{k} h 5{k} min") for k, name in enumerate(_SPEAKERS, 1)
    ]


def test_a_list_printed_flat_is_read_as_such_beside_quotations_the_converter_indents() -> None:
    """html2text prints a list item's text at column 0 but a blockquote's lines indented
    (its ">" markers): quotations in the article leave the page's lists flat, and linked
    names over their comments, one person speaking twice, are the comments."""
    quotes = "".join(
        f"The minister answered in a statement of her own, number {k}.\n\n"
        f"> We will publish every figure, and we will publish it on time, number {k}.\n\n"
        for k in range(1, 4)
    )
    names = [name for name, _ in MODERN] + [MODERN[0][0]]
    texts = [text for _, text in MODERN] + ["Thanks, Bob, I will read it again tonight."]
    thread = "".join(
        f"  * http://site{k}.example/ {name}\n\n{text}\n\n"
        for k, (name, text) in enumerate(zip(names, texts, strict=True))
    )
    assert _authors("# " + ARTICLE + quotes + thread) == names


def test_the_comment_forms_placeholder_is_no_cut_off_excerpt_of_the_last_comment() -> None:
    """ "Enter your comment here..." under "Leave a Reply" ends with "...", as a related
    post's excerpt does, but it is the form's, not the last comment's: two dated "says"
    comments under their count heading stay comments."""
    records = "".join(
        f"  {k}. {name} Says:\n\nAugust {k + 5}, 2012 at 7:0{k} am\n\n{text}\n\nReply\n\n"
        for k, (name, text) in enumerate(MODERN[:2], 1)
    )
    form = "Leave a Reply Cancel reply\n\nEnter your comment here...\n\nNotify me of new posts.\n"
    page = ARTICLE + "2 Responses to “The Plan”\n\n" + records + form
    assert _authors(page) == [name for name, _ in MODERN[:2]]


@pytest.mark.parametrize("reply", ["That dog is fearless", "Love it", "So true"])
def test_a_reply_as_short_as_a_name_is_the_text_of_the_item_its_author_opens(reply: str) -> None:
    """A list item's name over a few words that name nobody, the next item a name over
    its text: those words are the first comment, not a second name."""
    texts = [reply, *(text for _, text in MODERN[1:]), "Thanks, Bob, I will read it again."]
    names = [name for name, _ in MODERN] + [MODERN[0][0]]
    thread = "".join(
        f"  • http://site{k}.example/ {name}\n   \n    {text}\n\n"
        for k, (name, text) in enumerate(zip(names, texts, strict=True))
    )
    page = parse_text(ARTICLE + "Comments »\n\n" + thread)
    assert [(c.author, c.text) for c in page.comments] == list(zip(names, texts, strict=True))


@pytest.mark.parametrize(
    "below, expected",
    [
        (["  • Bob Stone", "", "    The cost will double again, mark my words."], True),
        (["  • Community News", "", "      □ Interactive Prototypes", "        As we do."], False),
        (["  • Community News", "      □ Interactive Prototypes"], False),
        ([], False),
    ],
)
def test_a_short_reply_is_told_by_the_next_item_a_name_over_its_text(
    below: list[str], expected: bool
) -> None:
    """ "• Twitter Feed" / "Follow on Twitter" reads as a name over a short reply too; the
    next item tells: another name over its own text, not a list of links."""
    from comments.parse.records import _is_short_reply

    lines = classify_lines(["  • Twitter Feed", "", "    Follow on Twitter", *below])
    assert _is_short_reply(lines, roles(lines), "Twitter Feed", 2) is expected


def test_a_short_comment_over_its_footer_is_its_text_not_a_title() -> None:
    """Avatar items whose footers close them ("Posted by Ann on … | Reply"): a comment
    as short as a title ("Love it") is the text of its record, not a title line over
    a head, and the record stays."""
    texts = [MODERN[0][1], "Love it", MODERN[2][1]]
    names = [name for name, _ in MODERN]
    records = "".join(
        f"  • [a{k}f0]\n\n    {text}\n\n"
        f"    Posted by {name} on November {k + 5}, 2012 at 2:4{k} pm | permalink | Reply\n\n"
        for k, (name, text) in enumerate(zip(names, texts, strict=True))
    )
    page = parse_text(ARTICLE + "3 Comments\n\n" + records)
    assert [(c.author, c.text) for c in page.comments] == list(zip(names, texts, strict=True))


@pytest.mark.parametrize("joiner", ["at", "um", "le"])
def test_a_date_its_script_never_printed_leaves_the_head_a_name(joiner: str) -> None:
    """ "Ann Lee" / "at" / text: the page's script prints each comment's date, and a saved
    copy keeps only the word that joined it to the name: that word is the head's, the
    text under it the comment."""
    records = "".join(
        f" {k}. [svg] {name}\n    {joiner}\n\n    {text}\n\n    Loading...\n"
        for k, (name, text) in enumerate([*MODERN, MODERN[0]], 1)
    )
    page = parse_text(ARTICLE + records)
    assert [(c.author, c.text) for c in page.comments] == [*MODERN, MODERN[0]]


def test_a_degree_after_a_names_comma_stays_in_a_says_head() -> None:
    """Blogger's "NAME said..." over the text and its date: "Anatoly Goldstein, Ph.D.
    said..." is a head too (a degree after the comma), not the text of the comment
    above it under that one's signature."""
    names = ["Michael McBride", "Anatoly Goldstein, Ph.D.", "James"]
    records = "".join(
        f"{name} said...\n\n{text}\n\n     October 16, 2012 1{k}:57 AM\n\n"
        for k, (name, (_, text)) in enumerate(zip(names, MODERN, strict=True))
    )
    page = parse_text(ARTICLE + "3 comments:\n\n" + records)
    assert [(c.author, c.text) for c in page.comments] == [
        (name, text) for name, (_, text) in zip(names, MODERN, strict=True)
    ]


@pytest.mark.parametrize("gap", ["", "\n"], ids=["date under it", "a blank line between"])
def test_a_says_head_whose_name_holds_a_comma_opens_its_record_over_its_date(gap: str) -> None:
    """ "Ay, caramba sagt:" over its date reads as a clause of prose alone ("Yes, Ann
    says:"); over the date line a comment's head has, it opens its record instead of
    running into the comment above."""
    names = ["Contra", "Ay, caramba", "Halloween"]
    records = "".join(
        f"  • {name} sagt:\n{gap}    1. November 2023 um 11:3{k} Uhr\n\n    {text}\n\n"
        "    Antworten\n"
        for k, (name, (_, text)) in enumerate(zip(names, MODERN, strict=True))
    )
    page = parse_text(ARTICLE + "3 Kommentare\n\n" + records)
    assert [(c.author, c.timestamp, c.text) for c in page.comments] == [
        (name, f"1. November 2023 um 11:3{k} Uhr", text)
        for k, (name, (_, text)) in enumerate(zip(names, MODERN, strict=True))
    ]


def test_a_clause_that_says_over_a_quotation_is_no_head() -> None:
    """ "Yes, the mayor says:" over what was said (no date under it) opens no comment,
    and a long clause before the verb names nobody."""
    assert _comma_says_name("As the report puts it, in plain words, the mayor says:") is None
    assert _comma_says_name('"Fine", the mayor says:') is None  # a quotation's marks
    assert _comma_says_name("fine. Yes, Ann says:") is None  # a sentence ends inside
    assert _comma_says_name("Ay, caramba says:") == "Ay, caramba"
    article = (
        "Yes, the mayor says:\n\nThe bridge will open in May, and the ferry will keep running."
        "\n\nWork starts next week, the council said on Tuesday.\n"
    )
    page = parse_text("A Title\n\n" + article)
    assert page.comments == []


WRITERS = [
    ("Jane Austen", "December 16, 1775", "An English novelist known for six novels of the gentry."),
    ("Mark Twain", "November 30, 1835", "An American writer and humorist, known for two novels."),
    ("Leo Tolstoy", "September 9, 1828", "A Russian writer, one of the great authors of all time."),
]


@pytest.mark.parametrize(
    "item",
    [
        "  • {name}\n\n    {text}\n\n",
        " {k}. {name}\n\n    {text}\n\n",
        "  • {name}\n    {born}\n\n    {text}\n\n",
        " {k}. {name} ({born})\n\n    {text}\n\n",
        "{name}\n{born}\n\n{text}\n\n",
    ],
)
def test_a_listicles_heading_counting_its_people_heads_no_discussion(item: str) -> None:
    """ "3 Writers Who Changed Fiction" over three people's names (and birthdays) and a
    sentence on each: the heading's number counts the items, as a count heading counts
    comments, but nothing else says these are comments (no row of links in each)."""
    items = "".join(
        item.format(k=k, name=name, born=born, text=text)
        for k, (name, born, text) in enumerate(WRITERS, 1)
    )
    assert parse_text(ARTICLE + "3 Writers Who Changed Fiction\n\n" + items).comments == []


def test_names_the_markup_left_outside_their_list_items_open_comments() -> None:
    """lynx, where a page's markup closes each comment's list item before its text: the
    name alone at the items' indent, the text back at the page's column, the post's
    author answering each in an item of its own ("     * Ann Author"), more than half
    of the records: the names open comments, and the author's answers are comments."""
    host = "Ann Author"
    guests = [
        ("artsy", "I kept thinking of it as a joke. Is this the same book?"),
        ("datron", "Thanks for the invitation to the trip. Hope it goes well."),
        ("http://site.example/ Bo Chen", "Wish you good luck, admire your commitment."),
    ]
    answers = [
        "I have a very patient publisher.",
        "Thanks David. First steps are hard!",
        "Indeed, Bo, it is time to pour a cup.",
        "And thank you again, all of you.",
    ]
    text = f"     * {guests[0][0]}\n       {guests[0][1]}\n\n"
    text += f"     * {host}\n       {answers[0]}\n\n"
    for name, body in guests[1:]:
        text += f"     {name}\n\n   {body}\n"
        text += f"     * {host}\n       {answers.pop(1)}\n\n"
    text += f"     * {host}\n       {answers[-1]}\n\n"
    authors = ["artsy", host, "datron", host, "Bo Chen", host, host]
    assert _authors(ARTICLE + text) == authors


LATER_GUESTS = [
    ("Jim Hall", "Good luck to you. Always fun to step into the unknown!"),
    ("Gill Brun", "Good luck! I look forward to following your journey."),
]


def _names_at_the_text_column(after_last: str) -> str:
    """lynx's copy of the thread above, further down: the names at the text's own column
    (the markup closed the reply's item above), each comment answered in an item."""
    text = "     * artsy\n       I kept thinking of it as a joke. Is this the same book?\n\n"
    text += "     * Ann Author\n       I have a very patient publisher.\n\n"
    for name, body in LATER_GUESTS:
        text += f"   {name}\n\n   {body}\n\n"
        text += f"     * Ann Author\n       Thanks, {name.split()[0]}.\n\n"
    return text + after_last


def test_names_at_the_texts_column_between_answers_open_comments() -> None:
    """The same names printed at their text's column, between the author's answers: the
    reply's item above closed, and the shape repeats (name, text, an answer's item)."""
    authors = _authors(ARTICLE + _names_at_the_text_column(""))
    assert authors == ["artsy", "Ann Author", "Jim Hall", "Ann Author", "Gill Brun", "Ann Author"]


def test_a_sidebar_heading_after_the_last_answer_opens_no_comment() -> None:
    """ "About" over the sidebar's blurb right after the last answer's item: a name-like
    line over text at one column, but no answer's item follows it."""
    sidebar = "   About\n\n   This site is for people who lead in times of change.\n"
    authors = _authors(ARTICLE + _names_at_the_text_column(sidebar))
    assert authors == ["artsy", "Ann Author", "Jim Hall", "Ann Author", "Gill Brun", "Ann Author"]
    assert (
        "This site is for people"
        not in parse_text(ARTICLE + _names_at_the_text_column(sidebar)).comments[-1].text
    )


def test_a_quoted_says_under_a_cut_sentence_goes_on_with_it() -> None:
    # "… etwa wenn er in seinem" / "Nachwort schreibt: „Wer nur …": the comment reports
    # what someone wrote, in a sentence the converter cut before the verb's line
    body = (
        "   Humor hat der Autor auch, etwa wenn er in seinem langen und sehr klugen\n"
        "   Nachwort schreibt: „Wer nur zählt, was sich zählen lässt, der zählt am Ende\n"
        "   gar nichts.“ Das hat mir gefallen, und ich lese es gern noch einmal.\n"
    )
    text = ARTICLE + "2 Kommentare\n\n"
    text += "1. Ann sagt:\n   12. Mai 2019 um 10:15\n\n" + body + "\n"
    text += "2. Bob sagt:\n   12. Mai 2019 um 11:20\n\n   Sehr gut erklärt, danke.\n"
    page = parse_text(text)
    assert [c.author for c in page.comments] == ["Ann", "Bob"]
    assert "Nachwort schreibt:" in page.comments[0].text


_LONE_COMMENT = (
    "Next Post\n\nA post about ferries\n\n\n"
    "    {avatar}Ann Lee\n    September 28, 2023, 6:01 AM\n\n    {text}\n\n"
)


def test_an_avatar_on_a_lone_comments_name_line_tells_it_over_the_form() -> None:
    """One record stamped to the minute right above the form, with no heading, no "says"
    and no "Reply": an avatar printed before the name ("[png] Ann Lee") tells it as an
    avatar on a line of its own does; without one, the record is no comment."""
    text = "Thanks! These are great resources. Much appreciated."
    with_avatar = _LONE_COMMENT.format(avatar="[png] ", text=text)
    page = parse_text(ARTICLE + with_avatar + _FORM)
    assert [(c.author, c.timestamp, c.text) for c in page.comments] == [
        ("Ann Lee", "September 28, 2023, 6:01 AM", text)
    ]
    assert parse_text(ARTICLE + _LONE_COMMENT.format(avatar="", text=text) + _FORM).comments == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Bitte (noch) mehr Bilder von Helle….:)", True),
        ("Thanks for the tips, trying this weekend ;-)", True),
        ("More pictures from the trip are over here:", False),
    ],
)
def test_a_smiley_ends_a_lone_comments_sentence(text: str, found: bool) -> None:
    """A lone comment over the form must hold a sentence: a smiley ends one as a full
    stop does; a line that stops at a colon holds none."""
    page = parse_text(ARTICLE + _LONE_COMMENT.format(avatar="[png] ", text=text) + _FORM)
    assert [c.text for c in page.comments] == ([text] if found else [])


@pytest.mark.parametrize(
    ("avatar", "reply", "found"),
    [
        ("    [62ffa6]\n", "    Reply\n\n", True),
        ("    [62ffa6]\n", "", False),
        ("", "    Reply\n\n", False),
    ],
)
def test_a_lone_comment_dated_to_the_day_over_the_form_needs_two_cues(
    avatar: str, reply: str, found: bool
) -> None:
    """A record dated to the day (no time) right above the form, with no heading: its
    avatar and its "Reply" link together tell a comment; either alone does not (a dated
    post with a thumbnail, or a day-dated record with a link, reads so as well)."""
    comment = f"{avatar}    Ann Lee August 9, 2012\n\n    {_TIMED_BODIES[1]}\n\n{reply}"
    page = parse_text(ARTICLE + "\n" + comment + _FORM)
    assert [(c.author, c.timestamp) for c in page.comments] == (
        [("Ann Lee", "August 9, 2012")] if found else []
    )


def test_a_lone_comment_over_a_form_title_glued_to_its_cancel_link() -> None:
    """ "Leave a ReplyCancel reply" (the converter glued the cancel link to the form's
    title) opens the form under a lone comment with an avatar and a "Reply" link, past
    the comment pages' "Older Comments" link."""
    comment = (
        "    [33df]\n    Ann Lee\n    July 11, 2021 / 9:47 pm\n\n"
        f"    {_TIMED_BODIES[0]}\n\n    Reply\n\nOlder Comments\n\n"
    )
    form = "Leave a ReplyCancel reply\n\nSearch This Blog:\n"
    page = parse_text(ARTICLE + comment + form)
    assert [(c.author, c.text) for c in page.comments] == [("Ann Lee", _TIMED_BODIES[0])]


@pytest.mark.parametrize(
    ("controls", "found"),
    [
        ("Most Voted\nNewest Oldest\nInline Feedbacks\nView all comments\n", True),
        ("Inline Feedbacks\n", True),
        ("Oldest | Newest | Most Voted\n", True),
        ("Neueste\nÄlteste Meisten Abstimmungen\nInline Feedback\n", True),
        ("Neueste Artikel\n", False),  # a sidebar's heading, not a sort control
        ("", False),
        ("Top\n", False),  # a "back to top" link sorts nothing
    ],
)
def test_a_comment_widgets_sort_controls_announce_its_comments(controls: str, found: bool) -> None:
    """A comment widget that prints its form first, then its sort controls ("Most Voted",
    "Newest Oldest", "Inline Feedbacks") over one comment dated by its age: the controls
    announce the comment as a heading would; without them nothing does."""
    form = (
        "Label [          ]\n[          ] Name*\n[          ] Email*\n[ ] [Post Comment]\n\n"
        "This site uses Akismet to reduce spam. Learn how your comment data is processed.\n\n"
    )
    record = (
        f"Ann LeeAnn Lee\nAnn Lee\n4 years ago\n \n\n{_TIMED_BODIES[0]}\n\n0\nReply\n\n"
        "Follow us\n\n  • Facebook\n  • Instagram\n"
    )
    page = parse_text(ARTICLE + form + controls + record)
    assert [(c.author, c.timestamp) for c in page.comments] == (
        [("Ann Lee", "4 years ago")] if found else []
    )


@pytest.mark.parametrize(
    ("form", "found"),
    [
        (
            "Kommentieren X\n\n   [          ]\n   [          ]\nKommentar[          ]\n\n"
            "Name * [     ]\n",
            True,
        ),
        ("Post your thoughts\n\n[          ] Name\n[          ] Email\n", True),
        ("Search\n\n[          ] [Go]\n\nArchives\n", False),  # one box: a search field
    ],
)
def test_a_forms_input_boxes_open_it_under_a_lone_comment(form: str, found: bool) -> None:
    """A lone "says" comment stamped to the minute right above a form whose title no
    vocabulary lists: the form's input boxes, several together, open it; a search box
    alone opens no form."""
    comment = (
        f"  • [0cbab] Ann Lee sagt:\n    7. Dez 2018 um 13:22 Uhr\n\n    {_TIMED_BODIES[2]}\n\n\n"
    )
    page = parse_text(ARTICLE + "Zu allen Artikeln\n\n" + comment + form)
    assert [(c.author, c.text) for c in page.comments] == (
        [("Ann Lee", _TIMED_BODIES[2])] if found else []
    )


_AGED_BODIES = (
    "I grew up by that river and the floods were worse every year. Glad to see action.",
    "Two years seems optimistic to me. These projects always run late and over budget.",
    "Does anyone know whether the old mill will be kept? It is a lovely building.",
)
_FORM = "Leave a Reply\n\nYour email address will not be published.\n"


def _records(heads: Sequence[str], bodies: Sequence[str] = _AGED_BODIES) -> str:
    return "".join(f"{head}\n\n{body}\n\n" for head, body in zip(heads, bodies, strict=True))


def test_people_dated_by_their_age_right_over_the_form_are_comments() -> None:
    """No heading, no "Reply": records dated by their age ("3 years ago"), as comment
    widgets date comments, by people, right over the form."""
    heads = ("Maria Keller\n3 years ago", "tom_b\n2 years ago", "Jonas Petersen\n5 months ago")
    page = parse_text(ARTICLE + _records(heads) + _FORM)
    assert [(c.author, c.timestamp, c.text) for c in page.comments] == [
        ("Maria Keller", "3 years ago", _AGED_BODIES[0]),
        ("tom_b", "2 years ago", _AGED_BODIES[1]),
        ("Jonas Petersen", "5 months ago", _AGED_BODIES[2]),
    ]


def test_aged_post_titles_over_the_form_are_no_comments() -> None:
    """A related-posts widget ages its posts too, but heads them with titles."""
    heads = (
        "How to plant tomatoes in spring\n3 years ago",
        "Ten walks near the old mill\n2 years ago",
        "Why bees matter\n5 months ago",
    )
    assert parse_text(ARTICLE + _records(heads) + _FORM).comments == []


@pytest.mark.parametrize(
    "head",
    [
        "{name} commented on {day} March 2015",
        "{name} kommentierte am {day} March 2015",
        "{name} wrote on {day} March 2015:",  # a verb any writer uses, before a colon
        "{name} said, on {day} March 2015:",
    ],
)
def test_a_verb_between_name_and_date_says_the_head_is_one(head: str) -> None:
    """ "Ann commented on May 2, 2015" says it is a comment's head as "Ann says:" does:
    under no heading and over no form, with no "Reply" link, a run of them is a thread."""
    people = (("Maria Keller", 3), ("tom_b", 4), ("Jonas Petersen", 9))
    heads = [head.format(name=name, day=day) for name, day in people]
    page = parse_text(ARTICLE + _records(heads) + "Older posts\n")
    assert [c.author for c in page.comments] == ["Maria Keller", "tom_b", "Jonas Petersen"]
    assert page.comments[0].timestamp.startswith("3 March 2015")


def test_writers_who_wrote_on_a_day_over_teasers_are_no_thread() -> None:
    """ "Ann wrote on May 2, 2015" over a teaser, in a list of posts: no colon opens what
    was said, and "wrote" is no verb only comments use."""
    people = (("Maria Keller", 3), ("Tom Berg", 4), ("Jonas Petersen", 9))
    heads = [f"{name} wrote on {day} March 2015" for name, day in people]
    page = parse_text(f"{ARTICLE}Latest\n\n{_records(heads)}About us\n")
    assert page.comments == []


def test_a_verb_heads_one_writers_post_list_no_thread() -> None:
    """A blog's list of posts by one writer, "posted on" each date, is no thread."""
    heads = [f"Maria Keller posted on {day} March 2015\n\nPost number {day}" for day in (3, 4, 9)]
    assert parse_text(ARTICLE + _records(heads) + "Older posts\n").comments == []


@pytest.mark.parametrize(
    "link", ["Comment on this article", "Artikel kommentieren", "Commenter cet article"]
)
def test_a_link_to_the_comments_heads_records_dated_over_their_names(link: str) -> None:
    """No count heading and no item numbers: records dated to the day over the writer's
    name and avatar, under the link that leads to them. The link heads the thread; it
    is no commenter's name."""
    people = ("Alain Chautard", "Beth Miller", "Shirley Showalter")
    records = "".join(
        f"    November {day}, 2012\n\n    {name}\n\n    [3f0ed3f]\n\n    {body}\n\n"
        for day, name, body in zip((12, 13, 14), people, _AGED_BODIES, strict=True)
    )
    page = parse_text(f"{ARTICLE}Image: EJP\n\n{link}\n\n\n{records}Get the Book\n")
    assert [(c.author, c.timestamp) for c in page.comments] == [
        (name, f"November {day}, 2012") for day, name in zip((12, 13, 14), people, strict=True)
    ]


_STORIES = (
    ("New bridge opens to traffic", "March 2, 2015", "It links the town's two halves."),
    ("School budget cut again", "February 27, 2015", "Teachers expect larger classes."),
    ("Mill to become a museum", "February 20, 2015", "It opens to visitors next summer."),
)


@pytest.mark.parametrize("heading", ["Leave a Comment", "5 Comments", "Comment on this article"])
@pytest.mark.parametrize(
    "story", ["{title}\n{day}\n\n{teaser}\n\n", "{title} | {day}\n\n{teaser}\n\n"]
)
def test_dated_headlines_under_the_comments_heading_are_no_thread(heading: str, story: str) -> None:
    """A page without comments may print a list of stories right under its comments'
    heading or form: headlines over their dates read as no one's names."""
    stories = "".join(story.format(title=t, day=d, teaser=x) for t, d, x in _STORIES)
    assert parse_text(f"{ARTICLE}{heading}\n\n{stories}About us\n").comments == []


_RELATED = "".join(
    f"{title}\n\n{writer} 23 Feb 2026\n\n"
    for title, writer in (
        ("What I think about the Leap three years later", "Greg Knighton"),
        ("I tested ten footrests", "Greg Knighton"),
        ("Standing desk converter review", "Ryan Bald"),
    )
)


def test_comments_right_under_a_widgets_dated_rows_are_found() -> None:
    """No heading parts a related-articles widget ("Greg Knighton 23 Feb 2026" under each
    title) from the comments right under it, stamped to the minute, with no "Reply" and
    no numbers: the records after the widget's rows, shaped otherwise, are judged alone."""
    people = ("Jeffrey G", "An Nguyen", "Maria Keller")
    comments = "".join(
        f"    [5f76d376]\n\n    {name}\n\n    November {day}, 2021 11:15 am -\n\n    {body}\n\n\n"
        for day, name, body in zip((22, 23, 24), people, _AGED_BODIES, strict=True)
    )
    page = parse_text(f"{ARTICLE}Related Articles\n\n{_RELATED}\n\n{comments}Leave a Reply\n")
    assert [c.author for c in page.comments] == list(people)


def test_headlines_dated_under_a_widgets_rows_are_no_thread() -> None:
    """The same widget over another list of stories dated under their headlines."""
    stories = "".join(f"{t}\n{d}\n\n{x}\n\n" for t, d, x in _STORIES)
    page = parse_text(f"{ARTICLE}Related Articles\n\n{_RELATED}\n\n{stories}Leave a Reply\n")
    assert page.comments == []


@pytest.mark.parametrize(
    "control", ["Show 2 more replies", "View 3 replies", "Collapse thread", "Load more replies"]
)
def test_a_widgets_control_between_comments_is_no_comment_text(control: str) -> None:
    people = ("Maria Keller", "Tom Berg", "Jonas Petersen")
    records = [
        f"{name} says:\nMarch 3, 2015 at 4:12 pm\n\n{body}\n\nReply\n\n"
        for name, body in zip(people, _AGED_BODIES, strict=True)
    ]
    thread = f"{control}\n\n".join(records)
    page = parse_text(f"{ARTICLE}3 Comments\n\n{thread}{_FORM}")
    assert [c.text for c in page.comments] == list(_AGED_BODIES)


def test_posts_each_followed_by_their_comment_count_are_no_thread() -> None:
    """A blog's front page: each post's title and date, its teaser, then its comment
    link ("3 comments"), which stands right above the next post's title."""
    posts = "".join(
        f"{title}\n{day}\n\n{teaser}\n\n{n} comments\n\n"
        for n, (title, day, teaser) in enumerate(_STORIES, 2)
    )
    assert parse_text(f"{ARTICLE}{posts}Older posts\n").comments == []


@pytest.mark.parametrize(
    ("footer", "stamp"),
    [
        ("March {n}, 2015 at 4:12 pm\nReply", "March {n}, 2015 at 4:12 pm"),
        ("Like · Reply · March {n} at 4:12pm", "March {n} at 4:12pm"),
    ],
    ids=["date over Reply", "date after the links"],
)
@pytest.mark.parametrize("heading", ["3 comments\n\n", ""], ids=["heading", "no heading"])
def test_a_footer_date_under_a_comment_dates_that_comment(
    footer: str, stamp: str, heading: str
) -> None:
    # name, text, then the footer: each date closes the record above the next name (the
    # "Reply" between them is that record's), and the last record keeps its own
    people = ("Maria Keller", "tom_b", "Jonas Petersen")
    records = "".join(
        f"{who}\nI have lived by this river for {n} decades and never seen it so high.\n"
        + footer.format(n=n)
        + "\n\n"
        for n, who in enumerate(people, 1)
    )
    page = parse_text(ARTICLE + heading + records + "Leave a Reply\n")
    assert [(c.author, c.timestamp) for c in page.comments] == [
        (who, stamp.format(n=n)) for n, who in enumerate(people, 1)
    ]


@pytest.mark.parametrize("under", ["\nReply", ""], ids=["Reply", "no Reply"])
@pytest.mark.parametrize("heading", ["3 comments\n\n", ""], ids=["heading", "no heading"])
def test_a_date_over_each_name_dates_the_comment_under_it(under: str, heading: str) -> None:
    # no record above the first date and no date under the last text: each date heads
    # its own record (read as the record above's footer, every date went one comment up)
    people = ("Maria Keller", "tom_b", "Jonas Petersen")
    records = "".join(
        f"March {n}, 2015 at 4:12 pm\n{who}\nThe river rose {n} metres in one night.{under}\n\n"
        for n, who in enumerate(people, 1)
    )
    page = parse_text(ARTICLE + heading + records + "Leave a Reply\n")
    assert [(c.author, c.timestamp) for c in page.comments] == [
        (who, f"March {n}, 2015 at 4:12 pm") for n, who in enumerate(people, 1)
    ]


def test_a_date_after_a_row_of_links_needs_the_rows_separator_and_a_digit() -> None:
    assert dated_links("Like · Reply · March 3 at 4:12pm") == "March 3 at 4:12pm"
    assert dated_links("Like • Reply • 3 years ago") == "3 years ago"
    assert dated_links("Subscribe · Today") is None  # a button, no date
    assert dated_links("Reply March 3 at 4:12pm") is None  # no row: a sentence may read so
    # ... but not with the year: TypePad's "Reply" link beside the comment's date
    assert dated_links("Reply March 3, 2015 at 4:12pm") == "March 3, 2015 at 4:12pm"
    assert dated_links("Maria March 3, 2015 at 4:12pm") is None  # a name over its date: a head
    # older themes put the links after the date in brackets; other words stay the date's
    assert dated_links("March 3, 2015 at 4:12 pm (Edit)") == "March 3, 2015 at 4:12 pm"
    assert dated_links("March 3, 2015 (Permalink) (Reply)") == "March 3, 2015"
    assert dated_links("March 3, 2015 (Tuesday)") is None


def _dated_records(people: Sequence[str], last: str) -> str:
    return "".join(
        f"{who} says:\nMarch {n}, 2015 at 4:12 pm\n"
        f"The river was {n} metres higher than last year.\n{last}\n\n"
        for n, who in enumerate(people, 1)
    )


def test_a_line_every_comment_ends_with_is_the_comment_systems_row() -> None:
    # whatever its words: different people's comments never all end alike
    people = ("Maria Keller", "tom_b", "Jonas Petersen")
    page = parse_text(ARTICLE + "3 comments\n\n" + _dated_records(people, "embed save flag"))
    assert [c.text for c in page.comments] == [
        f"The river was {n} metres higher than last year." for n in (1, 2, 3)
    ]
    assert page.boilerplate.count("embed save flag") == 3  # dropped, not lost


def test_a_row_nearly_every_comment_ends_with_goes_whatever_its_counts() -> None:
    # stacked rows of links whose counts differ ("Recommend (12)", "Recommend (3)"), and
    # one comment (cut by the moderators) without them: the rows go from the others
    people = [f"reader{n}" for n in range(1, 11)]
    rows = {n: f"Recommend ({n * 7})\nResponses ({n % 3})" for n in range(1, 11) if n != 4}
    text = "".join(
        f"{who} says:\nMarch {n}, 2015 at 4:12 pm\nThe river was {n} metres higher.\n"
        + (rows[n] + "\n" if n in rows else "This comment was removed by a moderator\n")
        + "\n"
        for n, who in enumerate(people, 1)
    )
    page = parse_text(ARTICLE + "10 comments\n\n" + text)
    assert [c.text for c in page.comments] == [
        f"The river was {n} metres higher."
        if n in rows
        else f"The river was {n} metres higher.\nThis comment was removed by a moderator"
        for n in range(1, 11)
    ]
    assert {"Recommend (70)", "Responses (1)"} <= set(page.boilerplate)  # dropped, not lost


def test_a_row_with_more_links_under_some_comments_goes_too() -> None:
    # the row under each comment, in words the vocabulary lacks, with a link more under
    # some ("Notify staff »", "… » Log in to write back", "… » NAME" where it names someone)
    row = "Notify staff »"
    rows = [row, f"{row} Log in to write back", row, f"{row} tom_b", row]
    text = "".join(
        f"{who} says:\nMarch {n}, 2015 at 4:12 pm\nThe river was {n} metres higher.\n{last}\n\n"
        for n, (who, last) in enumerate(
            zip(["Ann", "Bo", "Cy", "Dee", "Eli"], rows, strict=True), 1
        )
    )
    page = parse_text(ARTICLE + "5 comments\n\n" + text)
    assert [c.text for c in page.comments] == [
        f"The river was {n} metres higher." for n in range(1, 6)
    ]
    assert "Notify staff » Log in to write back" in page.boilerplate  # dropped, not lost


@pytest.mark.parametrize(
    ("people", "last"),
    [
        (("Maria Keller",) * 3, "— Maria"),  # one person's signature
        (("Maria Keller", "tom_b", "Jonas Petersen"), "Thanks for writing this!"),  # a sentence
        (("Maria Keller", "tom_b", "Jonas Petersen"), ["Mara", "Mara", "Jonas"]),  # not all
        (
            ("Maria Keller", "tom_b", "Jonas Petersen"),
            ["Great read", "Great read", "Great read and thanks!"],
        ),
    ],
    ids=["one person", "a sentence", "two of three", "a sentence after it"],
)
def test_a_shared_last_line_stays_where_it_may_be_the_comments_own(
    people: Sequence[str], last: str | list[str]
) -> None:
    lasts = [last] * len(people) if isinstance(last, str) else last
    records = "".join(
        _dated_records([who], end).replace("March 1,", f"March {n},")
        for n, (who, end) in enumerate(zip(people, lasts, strict=True), 1)
    )
    page = parse_text(ARTICLE + "3 comments\n\n" + records)
    assert len(page.comments) == 3
    assert all(c.text.endswith("\n" + end) for c, end in zip(page.comments, lasts, strict=True))


def test_a_word_among_a_comments_links_is_one_more_link() -> None:
    # a row printed a link a line, with a reaction the vocabulary lacks between the links
    # it knows ("Reply" / "Respect" / "Share"): no part of any comment's text
    record = "{who}\nMarch {n}, 2015 at 4:12 pm\nThe river was {n} metres higher.\n{row}\n\n"
    rows = ("Reply\nRespect\nShare", "Reply\nApplaud\nCheer\nReport", "Reply\nRespect\nShare")
    text = "".join(
        record.format(who=who, n=n, row=row)
        for n, (who, row) in enumerate(zip(("Ann Lee", "Bo", "Cy"), rows, strict=True), 1)
    )
    page = parse_text(ARTICLE + "3 comments\n\n" + text)
    assert [c.text for c in page.comments] == [
        f"The river was {n} metres higher." for n in range(1, 4)
    ]
    assert {"Respect", "Applaud", "Cheer"} <= set(page.boilerplate)  # dropped, not lost


@pytest.mark.parametrize(
    ("record", "kept"),
    [
        ("Reply\n{short}\nShare", "{short}"),  # the theme's "Reply" over the text
        ("See the river.\n[photo]\n{short}\nReply", "See the river.\n{short}"),  # a caption
        ("{short}\nShare\nSee you!\nReply", "{short}\nSee you!"),  # a sentence
        ("{short}\nLike\nMe and my son\nReply", "{short}\nMe and my son"),  # a phrase
    ],
    ids=["the text's first line", "under an image", "a sentence", "a longer phrase"],
)
def test_short_words_among_links_stay_where_they_may_be_the_comments_own(
    record: str, kept: str
) -> None:
    # a short reply under a "Reply" link the theme prints over the text; a photo's
    # caption; a sentence or a phrase between two links is text (the last comment, which
    # ends at its first link row, is another's)
    shorts = ("Love it", "Me too", "Agreed")
    head = "{who}\nMarch {n}, 2015 at 4:12 pm\n"
    text = "".join(
        (head + record).format(who=who, n=n, short=short) + "\n\n"
        for n, (who, short) in enumerate(zip(("Ann Lee", "Bo", "Cy"), shorts, strict=True), 1)
    )
    last = "Dee\nMarch 4, 2015 at 4:12 pm\nThanks for the post.\nReply\n"
    page = parse_text(ARTICLE + "4 comments\n\n" + text + last)
    assert [c.text for c in page.comments[:3]] == [kept.format(short=s) for s in shorts]


@pytest.mark.parametrize("heading", ["3 comments\n\n", ""], ids=["heading", "no heading"])
@pytest.mark.parametrize(
    "after",
    [
        "Popular Posts\n\nHow to bake bread at home in a week\n\nThe best gardens of this year\n",
        "Anna Berg\n\nAnna writes about rivers and towns and has done so for many years.\n",
        "Comments Plugin\n\n© 2021 The Valley Gazette · Contact · Subscribe\n",
    ],
    ids=["a widget's title", "an author box", "a plugin's caption"],
)
def test_a_name_under_the_last_footer_date_opens_the_page_after_the_comments(
    heading: str, after: str
) -> None:
    # records dated under their text: the names under those dates open the records, but
    # the name-like line under the last one opens what follows the comments (it holds no
    # date of its own, as every record above did)
    people = ("Maria Keller", "tom_b", "Jonas Petersen")
    text = "".join(
        f"{who}\nThe river was {n} metres higher.\nMarch {n}, 2015 at 4:12 pm\nReply\n\n"
        for n, who in enumerate(people, 1)
    )
    page = parse_text(ARTICLE + heading + text + after)
    assert [(c.author, c.text) for c in page.comments] == [
        (who, f"The river was {n} metres higher.") for n, who in enumerate(people, 1)
    ]


# A comment plugin's list whose rows of links end with each comment's age, each comment
# an item opened by its avatar, a reply nested under its parent: as w3m prints it (items
# indented under their bullets) and as html2text does (texts at column 0).
AGED_ROWS = {
    "w3m": (
        "  • [a1]\n    Ann Lee\n    The river was higher in 1979.\n"
        "    Like · Reply · 2 years ago\n"
        "      □ [a2]\n        Bo Chen\n        Good luck, Ann!\n"
        "        Like · Reply · 2 years ago\n"
        "  • [a3]\n    Cy Ward\n    The mill should stay.\n"
        "    Like · Reply · 3 · 2 years ago\n\n"
    ),
    "html2text": (
        "  * ![](a1.jpg)\n\n[Ann Lee](https://a.example/ann)\n\nThe river was higher in 1979.\n\n"
        "Like · Reply · 2 years ago\n\n    * ![](a2.jpg)\n\n[Bo Chen](https://a.example/bo)\n\n"
        "Good luck, Ann!\n\nLike · Reply · 2 years ago\n\n  * ![](a3.jpg)\n\n"
        "[Cy Ward](https://a.example/cy)\n\nThe mill should stay.\n\n"
        "Like · Reply · 3 · 2 years ago\n\n"
    ),
}


@pytest.mark.parametrize("converter", list(AGED_ROWS))
def test_items_under_rows_ending_with_an_age_open_the_records_they_nest(converter: str) -> None:
    # the row reads as the footer date closing each comment; the avatar's item under it
    # opens the next record, nested or not, and the plugin's caption after the last
    # comment is none
    after = "[Comments Plugin](https://plugin.example/)\n\n© 2021 The Valley Gazette\n"
    page = parse_text(ARTICLE + "3 comments\n\n" + AGED_ROWS[converter] + after)
    assert [(c.author, c.depth, c.timestamp) for c in page.comments] == [
        ("Ann Lee", 0, "2 years ago"),
        ("Bo Chen", 1, "2 years ago"),
        ("Cy Ward", 0, "2 years ago"),
    ]
    assert [c.text for c in page.comments] == [
        "The river was higher in 1979.",
        "Good luck, Ann!",
        "The mill should stay.",
    ]


def test_a_footers_own_links_nested_under_its_date_leave_the_next_name_a_head() -> None:
    # "• Posted on …" closes each comment, its "Reply" and avatar in a list nested under
    # it; the next name stands left of those items (a reply's indented deeper than its
    # parent's, the next thread's at the left edge): the items are the footer's links,
    # the name opens the next record
    people = ("Ann Lee", "Bo Chen", "Cy Ward", "Di Moss")
    shape = zip(people, ("", "    ", "        ", ""), "•□☆•", "□☆○□", strict=True)
    records = "".join(
        f"{pad}{who}\n\n{pad}The river was {k} metres higher this spring, and it flooded.\n\n"
        f"{pad}  {mark} Posted on Nov 0{k} 2012 | 1:2{k} pm - 3 hours ago\n{pad}  {mark} \n"
        f"{pad}      {sub} Reply\n{pad}      {sub} [unknown]\n\n"
        for k, (who, pad, mark, sub) in enumerate(shape, 1)
    )
    heading = "There are 4 comments. Add yours.\n\n  • [unknown]\n\n"
    page = parse_text(ARTICLE + heading + records + "Leave a Reply\n")
    assert [c.author for c in page.comments] == list(people)
    assert [c.depth for c in page.comments][:3] == [0, 1, 2]


def test_a_quotation_or_a_list_in_a_comment_over_its_footer_date_is_its_text() -> None:
    # "> quoted" is another comment's words, and a list's last item over the footer date
    # is the list's: neither is the name of a record of its own
    records = (
        ("Maria Keller", "> Two years seems optimistic\nAgreed, these projects run late."),
        ("tom_b", "What should stay:\n- the mill\n- the old school"),
        ("Jonas Petersen", "I have photos of the last flood."),
    )
    text = "".join(
        f"{who}\n{body}\nMarch {n}, 2015 at 4:12 pm\nReply\n\n"
        for n, (who, body) in enumerate(records, 1)
    )
    page = parse_text(ARTICLE + text + "Leave a Reply\n")
    assert [(c.author, c.text) for c in page.comments] == list(records)
    assert roles(classify_lines(["> Two years seems optimistic"])) == "T"


@pytest.mark.parametrize(
    "note",
    ["Update, March 5, 2015:", "EDIT March 5, 2015 at 4:12 pm:", "Nachtrag vom 5. März 2015:"],
)
def test_a_dated_note_inside_a_comment_is_its_text_not_a_head(note: str) -> None:
    people = ("Maria Keller", "tom_b", "Jonas Petersen")
    bodies = (
        "The works should start in May.",
        f"Agreed, these projects always run late.\n{note}\nThey started today.",
        "I have photos of the last flood.",
    )
    text = "".join(
        f"{who} says:\nMarch {n}, 2015 at 4:12 pm\n{body}\nReply\n\n"
        for n, (who, body) in enumerate(zip(people, bodies, strict=True), 1)
    )
    page = parse_text(ARTICLE + text + "Leave a Reply\n")
    assert [(c.author, c.text) for c in page.comments] == list(zip(people, bodies, strict=True))
    assert head_parts("Ann, March 5, 2015:") == HeadParts("Ann", "March 5, 2015", None, False)


def test_a_line_between_name_and_date_is_a_subtitle_not_the_name() -> None:
    # "Ann" / "Boston" / date / text: a reader's city (a forum's member title) between
    # the name and the date, with the text under the date
    people = ("Maria Keller", "tom_b", "Jonas Petersen")
    subtitled = "".join(
        f"{who}\nBoston\nMarch {n}, 2015\nThe river rose {n} metres in one night.\n\n"
        for n, who in enumerate(people, 1)
    )
    page = parse_text(ARTICLE + "3 comments\n\n" + subtitled + "Leave a Reply\n")
    assert [(c.author, c.timestamp, c.text) for c in page.comments] == [
        (who, f"March {n}, 2015", f"The river rose {n} metres in one night.")
        for n, who in enumerate(people, 1)
    ]


def test_footer_dates_over_a_rule_and_the_next_name_close_their_own_comments() -> None:
    # date and links close each comment, a rule and an avatar part it from the next name;
    # a sidebar's heading after the last footer opens no record that would make the dates
    # head the records under them (the rule line had become every later comment's date)
    people = ("Maria Keller", "tom_b", "Jonas Petersen")
    records = "".join(
        f"         {'_' * 60}\n\n       [thumb_{n}.jpg]\n       {who} Follow\n"
        f"       The river rose {n} metres in one night, more than ever before.\n"
        f"       November {n}, 2012 18:0{n}:00 Reply 0 Flag this comment\n\n"
        for n, who in enumerate(people, 1)
    )
    sidebar = "Subscribe To The Paper\n\n   Follow @paper\n     * LinkedIn\n     * RSS\n"
    page = parse_text(ARTICLE + records + sidebar)
    assert [(c.timestamp, c.depth) for c in page.comments[:3]] == [
        (f"November {n}, 2012 18:0{n}:00", 0) for n in (1, 2, 3)
    ]


@pytest.mark.parametrize("number", ["#{n} - ", "Reply#{n} - ", "#1.{n} – "])
def test_a_footer_of_the_comments_number_and_time_stamps_it(number: str) -> None:
    # "#3 - Tue Jul 24, 2012 10:45 AM EDT" under each comment (the "Reply" link glued to
    # the number by the converter); the last one ends its comment before the page's pager
    people = ["Maria Keller", "tom_b", "Jonas Petersen"]
    text = "".join(
        f"{who} says:\nThe river was {n} metres higher.\n"
        f"{number.format(n=n)}Tue Jul {n}, 2012 10:4{n} AM EDT\n\n"
        for n, who in enumerate(people, 1)
    )
    page = parse_text(ARTICLE + "3 comments\n\n" + text + "Jump to page: 1 2 3\nNext »\n")
    assert [(c.author, c.text, c.timestamp) for c in page.comments] == [
        (who, f"The river was {n} metres higher.", f"Tue Jul {n}, 2012 10:4{n} AM EDT")
        for n, who in enumerate(people, 1)
    ]


def test_a_numbered_list_of_dates_in_a_comment_is_its_text() -> None:
    # an undated comment's "#1 - May 3, 2012" line is its timeline, not its footer: no time
    timeline = "The dates:\n#1 - May 3, 2012\nthe first flood came\nAnd then it rained again."
    records = [("Maria Keller", timeline), ("tom_b", "Thanks."), ("Jonas Petersen", "Yes.")]
    text = "".join(f"{who} says:\n{body}\n\n" for who, body in records)
    page = parse_text(ARTICLE + "3 comments\n\n" + text)
    assert [c.text for c in page.comments] == [body for _, body in records]


def test_a_footer_whose_last_link_is_a_phrase_ends_the_last_comment() -> None:
    # "DATE Reply · Report this comment" under each comment: the row's last word alone is
    # no link, the row is; under the last comment, the sidebar is no part of its text
    people = ("Maria Keller", "tom_b", "Jonas Petersen")
    records = "".join(
        f"{who}\nThe river rose {n} metres in one night.\n"
        f"March {n}, 2015 at 4:1{n} pm Reply · Report this comment\n\n"
        for n, who in enumerate(people, 1)
    )
    sidebar = "Most read this week:\n  • The mill reopens in May\n  • A second flood in spring\n"
    page = parse_text(ARTICLE + "3 Comments\n\n" + records + sidebar)
    assert [(c.author, c.timestamp, c.text) for c in page.comments] == [
        (who, f"March {n}, 2015 at 4:1{n} pm", f"The river rose {n} metres in one night.")
        for n, who in enumerate(people, 1)
    ]
