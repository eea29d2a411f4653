"""Pages whose comments a script loads: what the text keeps of the comment section (its
count, the form, "Comments are closed.") heads no comments, whatever lists follow it.

Measured on the real pages with their threads cut out (``python -m
tests.realpages_variants --variant layout:no-comments``): a share row's comment count, a
closing line over a widget's cards, a site footer's "Log In" under them and a social
widget's rows that all end in one button word each made a widget's rows comments. The
pages here are invented in those shapes; each test also shows that the same shape with
real comments under it is still read.
"""

from __future__ import annotations

from comments import parse_text
from comments.parse.heads import parse_count_heading

ARTICLE = """\
Ein Magazin und seine Schlagzeilen

Die Redaktion hat in dieser Woche zwei Titelseiten verglichen, die am selben Tag
erschienen sind, und dabei Erstaunliches über die Auswahl der Bilder gelernt.

Wer die Hefte nebeneinander legt, sieht sofort, wie ähnlich die Sprache ist, mit der
beide Blätter über die Familie eines Sportlers berichten.
"""

# The post's row of share buttons counts the comments; the site's teasers follow.
SHARE_ROW_TEASERS = (
    ARTICLE
    + """
Mehr über: Magazine Sport Familie
17 Kommentare E-Mail Facebook Twitter WhatsApp

  • Ein Verlag über einen Tennisspieler

    Titelseite eines Magazins mit der Überschrift: "Spannt er dem Bruder die Frau aus?"

    „Schöne Bilder“: Warum ein Heft seine Leser für dumm verkauft

  • Podcast Gabi ruft an (134)

    Ein Kopfhörer über einer Titelseite mit der Schlagzeile in Rot und Gold

    Was kann das neue Manifest außer spalten?
"""
)


def test_a_share_rows_comment_count_heads_nothing() -> None:
    assert parse_count_heading("17 Kommentare E-Mail Facebook Twitter WhatsApp") is None
    assert parse_count_heading("17 Kommentare") == (17, None)
    page = parse_text(SHARE_ROW_TEASERS)
    assert page.comments == []
    assert page.declared_count is None
    assert "17 Kommentare E-Mail Facebook Twitter WhatsApp" in page.boilerplate
    assert not any("Facebook" in p for p in page.paragraphs)


# A closing line, then the sidebar's cards (a title over a sentence, one of them over a
# link) and the site's footer, whose last line ends with its links.
CLOSED_OVER_CARDS = (
    ARTICLE
    + """
Comments are closed.

  • Get Connected

  • Get our email updates

      [                    ]
  • Meet our community

      □ [portrait-02]

        Meet the geologist working to bring more women into the editing of the wiki.

      □ [pyramids]

        For these editors, old stone bridges are more than a symbol of the region.

      More Community Profiles
  • Archives

      □ May 2018 (16)
      □ April 2018 (19)
      □ March 2018 (12)
      □ February 2018 (14)
      □ January 2018 (11)
      □ Older Posts (2768)
  • Work at the Foundation

      Work with the foundation that supports the wiki and its sister projects.
      Apply and join us

The Foundation

The Foundation is a nonprofit organisation dedicated to encouraging the growth of free
content, and to providing it to the public free of charge. Get Involved | Log In
"""
)


def test_cards_under_a_closing_line_or_over_a_footers_links_are_no_comments() -> None:
    assert parse_text(CLOSED_OVER_CARDS).comments == []
    without_closing = CLOSED_OVER_CARDS.replace("Comments are closed.\n", "")
    assert parse_text(without_closing).comments == []


# The same closing line over dated comments, as some themes print it above them.
CLOSED_OVER_COMMENTS = (
    ARTICLE
    + """
Comments are closed.

  1. Mara Okafor on May 2, 2018 at 9:15 pm said:

     Die Bilder sind wirklich fast dieselben, das war mir nie aufgefallen.

  2. Tobi Lindqvist on May 3, 2018 at 7:02 am said:

     Danke für den Vergleich, ich lese das Heft jetzt mit anderen Augen.
"""
)


def test_dated_comments_under_a_closing_line_are_read() -> None:
    page = parse_text(CLOSED_OVER_COMMENTS)
    assert [c.author for c in page.comments] == ["Mara Okafor", "Tobi Lindqvist"]


# Undated cards with no heading over them are comments where each offers a "Reply".
REPLIED_CARDS = (
    ARTICLE
    + """
  • Mara Okafor

      Ich habe beide Hefte gekauft und finde den Vergleich sehr treffend.

      Reply
  • Tobi Lindqvist

      Die Schlagzeilen sind austauschbar, das zeigt der Artikel sehr schön.

      Reply
"""
)


def test_undated_records_that_offer_a_reply_are_comments() -> None:
    page = parse_text(REPLIED_CARDS)
    assert [c.author for c in page.comments] == ["Mara Okafor", "Tobi Lindqvist"]


# The form, then a social widget: each post's text, the account, its time and one button
# word; then the next widget's dated headlines.
FORM_OVER_SOCIAL_WIDGET = (
    ARTICLE
    + """
Post a comment

Name:    E-mail:

« Back to main
« previous post
next post »

    Follow this Blog:

        Social Feed
          .

    @TheTicker on the feed

          Council announces a new bus tour of the region - lnk.example/a1
          TheTicker
          2:12 pm ET August 9, 2012 RESHARE
          Former staffers charged over faked signatures - lnk.example/a2
          TheTicker
          1:49 pm ET August 9, 2012 RESHARE
          Governor talks cabinet with small letters lnk.example/a3
          TheTicker
          1:36 pm ET August 9, 2012 RESHARE
          Poll: opinions on the new ferry plan - lnk.example/a4
          TheTicker
          1:01 pm ET August 9, 2012 RESHARE
          Poll of August 7-8 on ferries - lnk.example/a5
          TheTicker
          1:00 pm ET August 9, 2012 RESHARE

    From the Politics Desk

      * Senator unveils a simplified message August 2, 2012 09:22 pm
      * Minister still at home, says spokesman August 5, 2012 04:39 pm
"""
)


def test_a_widgets_rows_that_all_but_one_end_in_one_word_are_no_comments() -> None:
    assert parse_text(FORM_OVER_SOCIAL_WIDGET).comments == []


# WordPress's form printed between the count heading and the comments, with as many
# fields as a theme cares to ask for: the heading still heads a lone comment under it.
FORM = """
Leave a Reply Cancel reply

Your email address will not be published. Required fields are marked *

Comment *[                                             ]
         [                                             ]
         [                                             ]
         [                                             ]

Name * [                              ]

Email * [                              ]

Website [                              ]

[ ] Save my name, email, and website in this browser for the next time I comment.

[Post Comment]

 [                                             ]
 [                                             ]
 [                                             ]
 [                                             ]
"""
LONE_COMMENT_UNDER_FORM = (
    ARTICLE
    + "\n1 Comment\n"
    + FORM
    + """
 1. Mara Okafor says

    June 6, 2020 at 12:43 am

    Schöne Idee, das probiere ich am Wochenende gleich aus…

    Reply
"""
)


def test_a_heading_over_the_form_heads_the_lone_comment_under_it() -> None:
    page = parse_text(LONE_COMMENT_UNDER_FORM)
    assert [(c.author, c.timestamp) for c in page.comments] == [
        ("Mara Okafor", "June 6, 2020 at 12:43 am")
    ]


# Under the comments, the form, then a sidebar's news links whose excerpts are cut off
# ("[...] site [...]"), as a linking post's are: far under the form's own title, they are
# the sidebar's, not linkbacks.
SIDEBAR_EXCERPTS_UNDER_FORM = (
    ARTICLE
    + """
1 Comment

  1. Mara Okafor
     4 Nov 12 at 11:22 pm

     Schöne Karten. Mir gefallen die Zeichnungen besser als die Entwürfe…

     Reply
"""
    + FORM
    + """
    * Search

    * Community News

        + Interactive Prototypes And Time-Savers With A Vector Editor For Designers
          As interface designers, we are often asked to show how the interfaces we design feel.
        + 130+ Websites To Submit Your Design News | A Snippets Blog
          [...] designsite.example [...]
        + Best Tablet Apps Useful For Web Designers
          It is amazing to see such developments in technology, above all in services for phones.
        + Content Syndication On The Web — A Reader Tells
          [...] http://designsite.example/user-link-feed/ [...]
"""
)


def test_excerpts_far_under_the_forms_title_are_no_linkbacks() -> None:
    page = parse_text(SIDEBAR_EXCERPTS_UNDER_FORM)
    assert [c.author for c in page.comments] == ["Mara Okafor"]
    assert page.pingbacks == []


# A comments heading and the form, then a sidebar's list of posts, one of which reads
# as a "says" head ("Mama Said: …"): a list of titles, not a comment.
TITLES_UNDER_FORM = (
    ARTICLE
    + "\nComments\n"
    + FORM
    + """
Reader Voices

  • Mama Said: Childcare Woes November 5, 2012
  • I Like Makeup. Especially The Red One. October 26, 2012
  • Has Your Sleep Changed After The Move? October 23, 2012
"""
)


def test_a_lone_head_in_a_list_of_titles_is_no_comment() -> None:
    assert parse_text(TITLES_UNDER_FORM).comments == []


# A count over the form, then the sidebar right under the form: a widget's title over a
# line of text is no comment the count vouches for (undated: nothing says it is one) ...
WIDGET_UNDER_FORM = (
    ARTICLE
    + "\nOne Comment leave one →\n"
    + FORM
    + """
  • Email Alerts

    Enter your email to get notified of new posts.

    Join 5,506 other followers
"""
)

# ... nor a dated sidebar entry a few lines under the form (its widgets' headings between).
DATED_WIDGET_UNDER_FORM = (
    ARTICLE
    + "\n2 Comments\n"
    + FORM
    + """
Follow this blog

Archives

Recent comments

  • Mara Okafor on May 2, 2012 at 9:15 pm

    On the ferries of the north
"""
)


def test_the_sidebar_under_the_form_is_no_comment_under_the_count_above_the_form() -> None:
    assert parse_text(WIDGET_UNDER_FORM).comments == []
    assert parse_text(DATED_WIDGET_UNDER_FORM).comments == []


# One comment, no heading over it and no form right under it: its head names and dates
# its writer to the minute, "says" so, and the record offers a "Reply".
SIGNED_LONE_COMMENT = (
    ARTICLE
    + """
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
Politik
Facebook Twitter WhatsApp Email
Link kopieren
Mara Okafor sagt:
31. Oktober 2023 um 15:15 Uhr

Hallo, die Überschrift schreibt man aber immer noch klein! Das zeigt den Unterschied
zwischen den beiden Heften ganz deutlich.

Zum Antworten anmelden
"""
)


def test_a_lone_comment_that_says_so_every_way_is_read_without_a_heading() -> None:
    page = parse_text(SIGNED_LONE_COMMENT)
    assert [(c.author, c.timestamp) for c in page.comments] == [
        ("Mara Okafor", "31. Oktober 2023 um 15:15 Uhr")
    ]
    # the same statement in a report, with no "Reply": a quotation, not a comment
    quoted = SIGNED_LONE_COMMENT.replace("Zum Antworten anmelden\n", "Mehr zum Thema\n")
    assert parse_text(quoted).comments == []


# Count headings in words the vocabulary had only in English ("Tous vos commentaires
# (11)", "Se han publicado 11 comentarios"), and a lone record under a bare heading that
# gives its writer's web address before the name.
def test_a_qualified_count_and_a_linked_name_head_a_lone_comment() -> None:
    assert parse_count_heading("Tous vos commentaires (11)") == (11, None)
    assert parse_count_heading("Alle Kommentare (12)") == (12, None)
    assert parse_count_heading("Se han publicado 11 comentarios") == (11, None)
    linked = (
        ARTICLE
        + """
COMMENTS

LOGIN TO COMMENT  |  REGISTER TODAY

  • http://www.example.com maraokafor

    Starve the beast. If the governors won't make their states pay the new costs, the
    others are going to be forced to make some tough spending decisions.

ADVERTISEMENT
"""
    )
    assert [c.author for c in parse_text(linked).comments] == ["maraokafor"]


# One comment under its heading, the form, then a sidebar's recipes, each over its own
# comment count: the counted listings go, the comment that says so and offers a "Reply"
# stays.
COMMENT_OVER_COUNTED_LISTINGS = (
    ARTICLE
    + """
51 Kommentare

 1. [677] Mara Okafor sagt:
    Juli 30, 2013 um 2:33 pm

    Warum zweimal Zucker? :-)

    Antworten
"""
    + FORM
    + """
Neueste Rezepte
"""
    + "".join(
        f"\n[photo{k}]\n\n{title}\n\nRezept vom {k + 2} Nov. 2014\n\n{k + 1} Kommentare\n"
        for k, title in enumerate(
            [
                "Cranberry Mohn Muffins",
                "Kürbis Schokomuffins",
                "Rhabarber-Muffins",
                "Himbeermuffins",
            ]
        )
    )
)


def test_a_comment_that_speaks_stays_among_counted_listings() -> None:
    page = parse_text(COMMENT_OVER_COUNTED_LISTINGS)
    assert [c.author for c in page.comments] == ["Mara Okafor"]


def test_a_reply_link_after_a_slash_is_the_records_link_row() -> None:
    """ "26 abril 2022 a las 14:02" / "/ Responder" closing each comment: the slash is a
    separator, as "|" and "·" are; the row is no name, the date stamps the comment."""
    comments = [
        ("Ramón", "Estoy convencido de que muchos quieren conocer el programa.", "14:02"),
        ("Lucía", "Sería bueno llevar a debate público los contenidos.", "15:11"),
    ]
    records = "".join(
        f"  • {name} dijo:\n\n    {text}\n\n    26 abril 2022 a las {time}\n    / Responder\n\n"
        for name, text, time in comments
    )
    page = parse_text(ARTICLE + "\n2 comentarios\n\n" + records)
    assert [(c.author, c.timestamp, c.text) for c in page.comments] == [
        (name, f"26 abril 2022 a las {time}", text) for name, text, time in comments
    ]
