"""Comment heads a converter wrapped onto a second line (w3m, lynx and elinks fill lines
to a width: a head longer than that goes on on the next line).

Measured on the real pages rendered again at 80 columns instead of the set's 100
(``python -m tests.realpages_widths --cols 80``; README, "The same pages at another
width"): a reply-to head cut before its date lost the comment, a footer cut inside its
date turned a whole thread's records upside down. The pages here are invented in those
shapes, filled to 79 columns as w3m fills them.
"""

from __future__ import annotations

import textwrap

from comments import parse_text
from comments.parse.lines import classify_lines, fill_width, printed_width
from comments.parse.records import roles
from comments.parse.wrapped import joined_heads

WIDTH = 79
# Words of seven letters: each full line of the paragraph is exactly 79 columns wide.
PROSE = (
    "Farmers crossed towards markets through morning showers carried baskets brimful " * 3
    + "and sold them all before noon."
)


def filled(text: str) -> str:
    """``text`` filled to the page's width, as the converter prints a paragraph."""
    return textwrap.fill(text, WIDTH) + "\n\n"


ARTICLE = "The ferry's last summer\n\n" + filled(PROSE) + filled(PROSE)


def test_a_reply_head_cut_before_its_date_is_one_head() -> None:
    """ "… replied to comment from Mara Okafor |" / "November 9, 2012 11:51 AM | Reply":
    neither line is a head alone, the two are."""
    heads = [
        "Theodora Brennan-Hale | November 9, 2012 11:47 AM | Reply",
        "Anastasia Lindqvist-Okonkwo replied to comment from Theodora Brennan-Hale | "
        "November 9, 2012 11:51 AM | Reply",
        "Mara Okafor | November 9, 2012 12:03 PM | Reply",
    ]
    page = parse_text(
        ARTICLE + "3 Comments\n\n" + "".join(filled(head) + filled(PROSE) for head in heads)
    )
    assert textwrap.wrap(heads[1], WIDTH)[1].startswith("November 9")  # the head is cut
    assert [c.author for c in page.comments] == [
        "Theodora Brennan-Hale",
        "Anastasia Lindqvist-Okonkwo",
        "Mara Okafor",
    ]
    assert page.comments[1].timestamp == "November 9, 2012 11:51 AM"


def test_a_footer_cut_inside_its_date_still_closes_its_record() -> None:
    """ "by … on December 3," / "2010 at 3:24 am. Reply #" over the next linking post's
    excerpt: the cut-off tail read as that post's title, and the footers' frame ("by …
    on …", told by the date that ends each) broke, so every record was read upside
    down. The date is whole only on the two lines together."""
    excerpt = "[...] A recent post on the ferry and the bridge led us to this one. [...]"
    records = [
        (PROSE, "by Mara Okafor on December 1, 2010 at 8:03 am. Reply #"),
        (
            excerpt,
            "by The Riverside Historical Society » Blog Archive » Bridges on December 3, "
            "2010 at 3:24 am. Reply #",
        ),
        (excerpt, "by Bridges and Ferries – Notes on December 4, 2010 at 9:10 am. Reply #"),
        (PROSE, "by Theo Brennan on December 5, 2010 at 1:24 am. Reply #"),
    ]
    page = parse_text(
        ARTICLE
        + "4 comments\n\n"
        + "".join(filled(body) + filled(footer) for body, footer in records)
        + "Leave a comment\n\nName\n[          ]\n"
    )
    assert textwrap.wrap(records[1][1], WIDTH)[1].startswith("2010 at 3:24 am")
    assert [c.author for c in page.comments] == ["Mara Okafor", "Theo Brennan"]
    assert all(c.text.startswith("Farmers crossed") for c in page.comments)
    linking = [f"{p.title} » {p.site}" for p in page.pingbacks]
    assert linking == [
        "The Riverside Historical Society » Blog Archive » Bridges",
        "Bridges and Ferries » Notes",
    ]


def test_prose_cut_inside_a_date_stays_two_lines() -> None:
    """A sentence that goes on after a date the converter cut is prose, not a head."""
    first = "We walked across on opening day, and the mayor cut the ribbon on December 3,"
    texts = [*filled(PROSE).splitlines(), first, "2010 at noon, in the rain."]
    lines = classify_lines(texts)
    assert len(first) + len(" 2010") > WIDTH  # cut
    assert joined_heads(lines, fill_width(map(printed_width, lines))) == lines


def test_lines_the_converter_did_not_cut_are_left_alone() -> None:
    """A short head line over its date (the layout's own line break: the date would
    have fit after it), and the lines of a page no converter filled (one per block)."""
    texts = [
        *filled(PROSE).splitlines(),
        "Anastasia Lindqvist-Okonkwo replied to Theo |",
        "November 9, 2012 11:51 AM | Reply",
    ]
    lines = classify_lines(texts)
    assert fill_width(map(printed_width, lines)) == WIDTH
    assert joined_heads(lines, fill_width(map(printed_width, lines))) == lines
    unfilled = [PROSE * 2, PROSE * 3, PROSE * 2, *textwrap.wrap(ARTICLE, 60)]
    assert fill_width(map(len, unfilled)) == 0


def test_a_narrow_columns_last_short_line_goes_on_with_its_sentence() -> None:
    """Deep in a thread the column is narrow, so a body's lines are short: its last
    line ("Happy Holidays Everyone") read as a name, over the footer's date a record
    of its own. The page's fill width tells that the line above it was cut."""
    margin = " " * 42
    body = [
        "Farmers crossed the bridge at dawn,",
        "and all the ferry folk send their",
        "Happy Holidays Everyone",
    ]
    assert body == textwrap.wrap(" ".join(body), WIDTH - len(margin))  # filled to 79
    lines = classify_lines([*filled(PROSE).splitlines(), "", *(margin + line for line in body)])
    assert roles(lines)[-3:] == "TTT"
