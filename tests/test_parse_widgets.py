"""Comment footers and news-widget chrome (issue 2): rules that must hold in any language.

The pages here are small renderings in the shape converters print them; the words of
their forms and menus are deliberately ones the parser has no vocabulary for, so only
the structural rules can get them right.
"""

from __future__ import annotations

from comments import parse_text

# A Blogger classic page whose form link and blog pager are in an unlisted wording: the
# last comment's footer ("date Usuń") must still end it.
BLOGGER_UNKNOWN_FORM = """\
Zielony Balkon

Pomidory na balkonie

Posadziłam trzy krzaki pomidorów w donicach na południowym balkonie.

Po dwóch miesiącach zebrałam pierwsze owoce, słodkie i twarde.

2 komentarze:

Ewa pisze...

    Ile razy dziennie je podlewasz w upały?

    4 lipca 2021 10:12 Usuń
Marek pisze...

    U mnie zawsze pękają po deszczu, ale smak mają świetny.

    5 lipca 2021 18:40 Usuń

Zostaw tu swoją opinię o wpisie

Nowsza wiadomość Starsza wiadomość Strona startowa
"""


def test_a_footer_with_action_links_ends_the_last_comment() -> None:
    page = parse_text(BLOGGER_UNKNOWN_FORM)
    assert [c.author for c in page.comments] == ["Ewa", "Marek"]
    last = page.comments[-1]
    assert last.text == "U mnie zawsze pękają po deszczu, ale smak mają świetny."
    assert last.timestamp == "5 lipca 2021 18:40"
    assert "Zostaw tu swoją opinię o wpisie" in page.boilerplate


NEWS_WIDGET = """\
Bridge to reopen in May

Engineers say the repairs are ahead of schedule and under budget.

The council will hold a public meeting on the new traffic plan next week.

Have your say

Reader comments (2)
Sort by: Newest first Oldest first

Sign in to add your comment

  * Jim Marsh · 2 hours ago

    About time, the detour adds twenty minutes each way.

    Recommend (3) Reply Report
  * Ann Lee 5h ago

    Will the cycle lane stay?

    Recommended (1) Reply Report

Most read

  1. Market hall sold to developer
"""


def test_news_widget_comments_are_found_and_its_chrome_kept_out() -> None:
    page = parse_text(NEWS_WIDGET)
    assert page.declared_count == 2
    assert [(c.author, c.timestamp) for c in page.comments] == [
        ("Jim Marsh", "2 hours ago"),
        ("Ann Lee", "5h ago"),
    ]
    assert [c.text for c in page.comments] == [
        "About time, the detour adds twenty minutes each way.",
        "Will the cycle lane stay?",
    ]
    article = " ".join(page.paragraphs)
    for chrome in ("Have your say", "Sign in", "Sort by", "Reader comments"):
        assert chrome not in article


def test_login_prompt_below_the_comments_still_ends_them() -> None:
    text = NEWS_WIDGET.replace("Most read\n", "You must be logged in to comment.\n\nMost read\n")
    page = parse_text(text)
    assert page.comments[-1].text == "Will the cycle lane stay?"


COMMENTO = """\
Starter notes

My starter died after a month in the fridge with a loose lid on the jar.

Login
[                    ] Add Comment
Sort by Top Popular Newest Oldest

  • Pavel Hruby 3 days ago

    Same thing happened to mine.

    Upvote 5 points Reply Collapse

Powered by Commento
"""


def test_widget_controls_above_the_comments_belong_to_no_article() -> None:
    page = parse_text(COMMENTO)
    assert page.paragraphs == [
        "My starter died after a month in the fridge with a loose lid on the jar."
    ]
    assert [(c.author, c.timestamp, c.text) for c in page.comments] == [
        ("Pavel Hruby", "3 days ago", "Same thing happened to mine.")
    ]
