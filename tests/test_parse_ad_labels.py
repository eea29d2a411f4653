"""Labels over advertisements ("Advertisement", "Advertise | AdChoices", "Anzeige [img]").

News pages put an ad slot between the article's paragraphs and between comments. The
label printed over it is neither the article's text nor a commenter's name: between two
records it stood where the next record's name stands, and the next comment was credited
to "Advertise | AdChoices". The pages here are invented; the kind comes from real news
pages (README, "How well it parses real pages").
"""

from __future__ import annotations

import pytest

from comments import parse_text
from comments.parse.heads import is_chrome_in_comment
from comments.parse.sections import is_boilerplate_line

ARTICLE = """\
Harbour town opens its new ferry terminal

The new terminal opened on Monday after three years of building work, the council said.

{label}

Ferries to the islands will leave every hour from the new quay from next month onwards.
"""

THREAD = """\
Ferry timetable changes again this winter

The winter timetable cuts the evening crossings from four to two, the operator said today.

3 comments

Comment author avatar Marta Quell

The last ferry now leaves before the last train arrives, which nobody seems to have checked.

Reply#1 - Tue Jul 24, 2012 10:15 AM EDT
{label}
Comment author avatar Orrin Vale

Two crossings are better than none, but the winter is when we need them most of all.

Reply#2 - Tue Jul 24, 2012 11:40 AM EDT
Comment author avatar Pia Sandgren

We wrote to the council about this last year and never heard anything back at all.

Reply#3 - Tue Jul 24, 2012 12:05 PM EDT
"""


@pytest.mark.parametrize(
    "label",
    [
        "Advertisement",
        "ADVERTISEMENT",
        "Advertise | AdChoices",
        "Anzeige [img]",
        "Anzeige [ac] Anzeige [ac]",
        "- Anzeige -",
        "Advertisement - Scroll to continue",
        "Story continues below advertisement",
        "Publicité",
        "Reklama",
    ],
)
def test_an_ad_label_is_chrome_wherever_it_stands(label: str) -> None:
    assert is_boilerplate_line(label)
    assert is_chrome_in_comment(label)


@pytest.mark.parametrize(
    "line",
    [
        "Advertisement is everywhere on this street now.",
        "Werbung:",  # introduces what follows: the article's own list
        "Sponsored by the harbour trust, the fair ran for a week.",
        "The Advertiser",
    ],
)
def test_a_line_that_only_mentions_ads_is_text(line: str) -> None:
    assert not is_boilerplate_line(line)
    assert not is_chrome_in_comment(line)


@pytest.mark.parametrize("label", ["Advertisement", "Anzeige [img]", "Advertise | AdChoices"])
def test_an_ad_label_between_paragraphs_is_not_article_text(label: str) -> None:
    page = parse_text(ARTICLE.format(label=label))
    assert len(page.paragraphs) == 2
    assert not any("Anzeige" in p or "Advertis" in p for p in page.paragraphs)


def test_an_ad_label_between_records_is_no_commenter() -> None:
    page = parse_text(THREAD.format(label="Advertise | AdChoices"))
    assert [c.author for c in page.comments] == ["Marta Quell", "Orrin Vale", "Pia Sandgren"]
    assert page.comments[1].text.startswith("Two crossings")


def test_the_thread_reads_the_same_without_the_label() -> None:
    """The control: the records parse as three comments with no ad between them, so the
    test above measures the label, not the page."""
    page = parse_text(THREAD.format(label=""))
    assert [c.author for c in page.comments] == ["Marta Quell", "Orrin Vale", "Pia Sandgren"]


NUMBERED = """\
Ferry timetable changes again this winter

The winter timetable cuts the evening crossings from four to two, the operator said today.

4 comments

Marta Quell

The last ferry now leaves before the last train arrives, which nobody seems to have checked.

#1 - Tue Jul 24, 2012 10:15 AM EDT

Orrin Vale

Two crossings are better than none, but the winter is when we need them most of all.

#1.1 - Tue Jul 24, 2012 11:40 AM EDT

Advertise | AdChoices

Pia Sandgren

We wrote to the council about this last year and never heard anything back at all.

#2 - Tue Jul 24, 2012 12:05 PM EDT

Jon Ekberg

Same here. A petition might do more than letters, if enough of us sign it this month.

#3 - Tue Jul 24, 2012 12:30 PM EDT
"""


def test_an_ad_label_under_a_numbered_footer_leaves_the_reply_its_depth() -> None:
    """The footer's number ("#1.1") states a reply's depth on the record's last line; an
    ad's label printed under it is no line of the record's."""
    page = parse_text(NUMBERED)
    assert [(c.author, c.depth) for c in page.comments] == [
        ("Marta Quell", 0),
        ("Orrin Vale", 1),
        ("Pia Sandgren", 0),
        ("Jon Ekberg", 0),
    ]


AFTER_THE_LAST = """\
Turning off the network tuning in the command line

The tuning came with an old version of the system and is still there in the new one.

   Karl sagt:
   24. November 2019 um 17:53 Uhr

   When I type the command I get an error message, although I am the administrator.
   Antworten
     *
   Markus Elsberger sagt:
       24. November 2019 um 20:10 Uhr
       Hello Karl, I tested it again and it worked. Did you open the window as admin?

Anzeige

   Quiz Windows Quiz Windows

Bestsellers

   Bestseller No. 1 Windows: The guide in pictures. Updated...
   9,90 EUR
   Bestseller No. 2 Windows: The big handbook. The standard work...
   19,90 EUR
"""


def test_an_ad_label_after_the_last_comment_ends_what_is_weighed_as_its_record() -> None:
    """The label's ad slot and a shop widget's cut-off teasers follow the last comment:
    weighed as that comment's text, the teasers made it a post's excerpt and the two
    records a blogroll (the label had stood in for the record's last line before it was
    read as chrome)."""
    page = parse_text(AFTER_THE_LAST)
    assert [c.author for c in page.comments] == ["Karl", "Markus Elsberger"]
