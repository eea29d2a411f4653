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


def test_drupals_display_settings_head_the_lone_comment_under_them() -> None:
    """Drupal's comment display settings and the line under them ("Select your preferred
    way to display the comments …") stand over its comments as a heading does."""
    page = (
        ARTICLE
        + """
[Threaded list - expanded ]
[Date - oldest first]
[90 comments per page ]
[Save settings]
Select your preferred way to display the comments and click "Save settings" to activate your
changes.
Thu, 08/09/2012 - 14:32 | 2691789 maraokafor
maraokafor's picture

Alec, I'll take the ferry at half past four.

  • Login or register to post comments
"""
    )
    assert [(c.author, c.text) for c in parse_text(page).comments] == [
        ("maraokafor", "Alec, I'll take the ferry at half past four.")
    ]


def test_a_site_section_under_a_lone_comment_ends_it_however_deep() -> None:
    """inscriptis indents "You may also like" and its dated posts as deep as the comment
    above them: the section heading still ends the comment's run (each post's category,
    under its date, read as a name closing a record)."""
    posts = "".join(
        f"\n                  Admissions\n\n                  {title}\n\n"
        f"                    {date}\n"
        for title, date in [
            ("Transfer Guide: How to Apply, Step by Step", "May 30, 2023"),
            ("Applying to College: A Complete Guide", "May 6, 2023"),
            ("Apply Like a Pro: Examples of College Application Questions", "April 18, 2023"),
        ]
    )
    page = parse_text(
        ARTICLE
        + """
            1 comment

            * Mara Okafor says:
              August 1, 2020 at 3:45 am

              Very insightful, helps remove the fear of trying to write the perfect essay


              You may also like
"""
        + posts
    )
    assert [(c.author, c.timestamp) for c in page.comments] == [
        ("Mara Okafor", "August 1, 2020 at 3:45 am")
    ]


def test_a_sidebar_box_under_a_lone_comments_footer_is_no_second_comment() -> None:
    """One "says" comment closed by its footer date and links, then a sidebar box ("Browse
    All Accessories" over its links): the box's title under the footer date reads as the
    name of a record the date closes, but beside one comment that says so it is page
    text, as beside several."""
    page = parse_text(
        ARTICLE
        + """
There are 27 comments. Add yours.

  • [unknown]

mtmjr90 says:

Do we know for sure this is the new phone as opposed to the other one?

  • Posted on Nov 06 2012 | 1:23 pm - 3 hours ago
  •
      □ Reply
                                          △
                                          • Reply
                                        [general]

                                        Browse All Accessories

                                        Cases and Skins Chargers Cradles Bluetooth Headsets
                                        Batteries See all accessories
"""
    )
    assert [c.author for c in page.comments] == ["mtmjr90"]


def test_two_records_named_under_footer_dates_are_both_comments() -> None:
    """The same footers where every name stands under the footer closing the record above
    (w3m's staircase of a threaded list): with two records, the second name under the
    first footer opens the reply, as it does among many."""
    names = ["Mara Okafor", "Theo Brennan"]
    bodies = ["I tried it last week and it worked well.", "Same here, thanks for the tip."]
    parts = ["There are 2 comments. Add yours.\n\n  • [avatar]\n\n"]
    for k, (name, body) in enumerate(zip(names, bodies, strict=True)):
        pad, mark, nested = " " * 4 * k, "•□"[k], " " * (4 * k + 4) + "□☆"[k]
        parts.append(
            f"{pad}{name}\n\n{pad}{body}\n\n"
            f"{pad}  {mark} Posted on Nov 0{k + 1} 2012 | 1:2{k} pm - 3 hours ago\n{pad}  {mark} \n"
            f"{nested} Reply\n{nested} [avatar]\n\n"
        )
    page = parse_text(ARTICLE + "".join(parts))
    assert [(c.author, c.depth) for c in page.comments] == [(names[0], 0), (names[1], 1)]


# A count heading over records with no date and no list (a name, its text, "Reply"), as a
# comment plugin prints them with dates hidden; the site's sidebar follows.
UNDATED_UNDER_COUNT = """
2 Comments
Inline Feedbacks
View all comments
{records}
[svg]

HI, I'M THE HOST!

I believe small kitchen moments can create great joy. Find your own way to bake.

  • Privacy Policy
  • Start Here
"""
UNDATED_RECORD = "Mara Okafor\n\n{text}\n\nReply\n\nReply\n"


def test_the_first_of_the_records_a_heading_counts_is_read_alone() -> None:
    """Of the two records "2 Comments" counts, the page shows the first (the second
    paged or collapsed): it is a comment, and the heading's count is still declared."""
    record = UNDATED_RECORD.format(text="Thank you for sharing this, it helped me a lot.")
    page = parse_text(ARTICLE + UNDATED_UNDER_COUNT.format(records=record))
    assert [(c.author, c.text) for c in page.comments] == [
        ("Mara Okafor", "Thank you for sharing this, it helped me a lot.")
    ]
    assert page.declared_count == 2
    assert not any("HOST" in p or "kitchen" in p for p in page.paragraphs)


def test_fewer_records_than_counted_need_a_persons_name_and_a_comments_length() -> None:
    """Under a count heading with its records cut out, the widget's tab "View all
    comments" over the sidebar's text is no record, nor the title of the site's rules
    over theirs; nor is a person's name whose "Reply" stands further down than a comment
    runs (a "Reply" in the footer)."""
    page = parse_text(ARTICLE + UNDATED_UNDER_COUNT.format(records="\nReply\n"))
    assert page.comments == []
    rules = "Community guidelines\n\nPlease keep the discussion civil and on topic.\n\nReply\n"
    page = parse_text(ARTICLE + UNDATED_UNDER_COUNT.format(records=rules))
    assert page.comments == []
    long_text = "\n".join(f"Line {k} of a very long text that goes on." for k in range(40))
    page = parse_text(
        ARTICLE + UNDATED_UNDER_COUNT.format(records=UNDATED_RECORD.format(text=long_text))
    )
    assert page.comments == []


# A head that names its writer and the minute on one line, a title, the text and a
# "Reply": a lone comment with no heading, as a news site prints it.
EXPLICIT_LONE_COMMENT = (
    ARTICLE
    + """
Mehr zum Thema : Zwei Titelseiten

Mara Okafor | Di, 21. April 2020 - 16:40

Wo die Bilder herkommen

Vielen Dank für diese Einblicke! Ein schweres Thema, das uns alle angeht und über das
man reden sollte, auch wenn es schwerfällt.

  ☆ Antworten
"""
)
# The post's byline stamped to the minute at the article's end, then the comments'
# heading and a numbered comment with its own "Reply".
BYLINE_OVER_COUNTED_COMMENT = """\
Ein Magazin und seine Schlagzeilen

Die Redaktion hat zwei Titelseiten verglichen. Sie sind am selben Tag erschienen.

Magazine Sport Familie
Theo Brennan | 29.07.2006 um 14:26

1 Kommentar

 1. 01
    Mara Okafor

    Der schlüpfrige Boulevard regiert? Herrlich! Wirklich.

    29.07.2006 um 16:43 | Antworten
"""


def test_a_lone_comment_whose_head_names_writer_and_minute_is_read_without_a_heading() -> None:
    page = parse_text(EXPLICIT_LONE_COMMENT)
    assert [(c.author, c.timestamp) for c in page.comments] == [
        ("Mara Okafor", "Di, 21. April 2020 - 16:40")
    ]
    # as html2text prints it: the head a marked heading, an empty one under it
    marked = EXPLICIT_LONE_COMMENT.replace("\nMara Okafor |", "\n###### Mara Okafor |")
    marked = marked.replace("\nWo die Bilder", "\n##### \n\nWo die Bilder")
    (comment,) = parse_text(marked).comments
    assert comment.text.endswith("auch wenn es schwerfällt.")
    # a byline's record ends at the comments' heading: the "Reply" under it is another's
    page = parse_text(BYLINE_OVER_COUNTED_COMMENT)
    assert [(c.author, c.timestamp) for c in page.comments] == [
        ("Mara Okafor", "29.07.2006 um 16:43")
    ]


# A dated byline under the headline, the article, and one comment with no heading: the
# byline and the comment are the run's two heads, and nothing else tells a record's length.
PARAGRAPH = (
    "The council met again on Tuesday to weigh the plan for the new bridge, and the\n"
    "engineers showed how the river would be crossed in two spans over the island.\n\n"
)
ONE_COMMENT = (
    "Mara Okafor sagt:\n24. November 2019 um 17:53 Uhr\n\n"
    "Wenn ich den Plan richtig lese, fehlt noch die Frage nach den Kosten.\n\nAntworten\n"
)


def test_a_byline_over_the_article_is_no_comment_beside_the_one_comment() -> None:
    page = parse_text(
        "How the bridge will cross the river\n\n16. Mai 2019 Theo Brennan News, Bridges 2\n\n"
        + PARAGRAPH * 12
        + ONE_COMMENT
    )
    assert [c.author for c in page.comments] == ["Mara Okafor"]
    assert len(page.paragraphs) == 12
    # a long first comment that offers its own "Reply" stays the first of two
    first = (
        "Theo Brennan sagt:\n23. November 2019 um 09:10 Uhr\n\n" + PARAGRAPH * 16 + "Antworten\n\n"
    )
    page = parse_text("How the bridge will cross the river\n\n" + PARAGRAPH + first + ONE_COMMENT)
    assert [c.author for c in page.comments] == ["Theo Brennan", "Mara Okafor"]


LONG_COMMENT = "".join(
    f"{sentence} The crossing took us longer than the timetable said it would.\n"
    "We waited at the ferry for an hour, and the children counted the boats.\n\n"
    for sentence in (
        "First we drove north.",
        "Then it rained.",
        "Later we ate.",
        "We slept.",
        "At last.",
        "We left.",
        "It cleared.",
        "Home again.",
    )
)


def test_a_lone_comment_over_its_footer_reaches_up_to_its_heading_however_long() -> None:
    """One comment whose footer closes it ("by Ann on …"), then a linking post's, under a
    count heading: the first comment's text runs from the heading down, however many
    paragraphs it holds (no other record measures a comment's length)."""
    page = parse_text(
        ARTICLE
        + "\nTweet\n\n45 comments\n\n[a1b2c3]\n\n"
        + LONG_COMMENT
        + "by Mara Okafor on November 9, 2010 at 6:10 am. Reply #\n\n[d4e5f6]\n\n"
        "[...] The bridge, the ferry and the boats « Another Blog Why is this? [...]\n\n"
        "by links for 2010-11-15 – Theo Brennan on November 16, 2010 at 12:04 am. Reply #\n\n"
        "Leave a comment\n\nName\n[          ]\n"
    )
    first = page.comments[0]
    assert first.author == "Mara Okafor"
    assert first.text.startswith("First we drove north.")
    assert first.text.endswith("the children counted the boats.")
    openings = ("Then it rained.", "At last.", "Home again.")
    assert all(f"{opening} The crossing" in first.text for opening in openings)
    assert not any("First we drove" in p for p in page.paragraphs)


def test_a_long_settings_line_over_a_lone_comment_is_its_heading_not_its_text() -> None:
    """A heading that reads as a sentence ("Select your preferred way … and click 'Save
    settings'") stops the first comment's text as a short one does."""
    page = parse_text(
        ARTICLE + "\nComment viewing options\n\n[Threaded list - expanded ]\n[Save settings]\n"
        'Select your preferred way to display the comments and click "Save settings" to '
        "activate your\nchanges.\nThu, 08/09/2012 - 14:32 | 2691789 ReallySparky\n"
        "ReallySparky's picture\n\nAlec, I'll take the ferry at noon.\n\n"
        "  • Login or register to post comments\n\n"
    )
    assert [(c.author, c.text) for c in page.comments] == [
        ("ReallySparky", "Alec, I'll take the ferry at noon.")
    ]


def test_a_list_between_a_count_heading_and_a_lone_footer_is_no_comment_text() -> None:
    """A list of posts between a count heading and a lone footer ("by Ann on …"): the
    first record's text is read upwards only while it is text, not list items."""
    items = "".join(
        f" {k}. How the {k} bridges of the river were built, and who paid for them in the\n"
        "    end | Theo Brennan\n"
        for k in range(1, 9)
    )
    page = parse_text(
        ARTICLE
        + "\n3 Comments\n\nMost read\n\n"
        + items
        + "\nby Mara Okafor on November 9, 2010 at 6:10 am. Reply #\n\nLeave a comment\n"
    )
    assert page.comments == []


def test_among_several_footers_the_others_measure_the_first_record() -> None:
    """Beside other records of a paragraph each, the first record over its footer is as
    long as they are: the paragraphs above it, up to a far heading, are the article's."""
    bodies = ["Home again, and glad of it.", "We took the ferry too.", "Next year we drive."]
    footers = "".join(
        f"{body}\n\nby {name} on November {k + 9}, 2010 at 6:10 am. Reply #\n\n"
        for k, (name, body) in enumerate(zip(("Mara", "Theo", "Ana"), bodies, strict=True))
    )
    page = parse_text(ARTICLE + "\n3 Comments\n\n" + LONG_COMMENT + footers)
    assert [c.text for c in page.comments] == bodies
    assert any(p.startswith("First we drove north.") for p in page.paragraphs)


def test_a_related_posts_heading_over_two_footed_comments_heads_no_widget() -> None:
    """An empty "related posts" box's heading above two numbered records that their
    footers close ("Kommentar von Ann — 2019-01-01 @ 00:39"), with no comments heading:
    the first record's text stands between, so the box heads no widget there."""
    page = parse_text(
        ARTICLE
        + "\nÄhnliche Beiträge\n\n\n\n 1. [909]\n\n"
        + "Deinen letzten Absatz kann ich nur unterschreiben, und das Fazit des Abends\n"
        + "noch obendrauf setzen: in diesem Sinne dir und uns allen ein gutes Jahr.\n\n"
        + "Kommentar von Mara Okafor — 2019-01-01 @ 00:39\n\n 2. [897]\n\n"
        + "Ebenfalls alles Gute, du bist meine erste Kommentatorin im neuen Jahr!\n\n"
        + "Kommentar von Theo Brennan — 2019-01-01 @ 00:45\n\n\n"
        + "RSS feed for comments on this post.\n\nKommentar verfassen Antwort abbrechen\n\n"
        + "Gib hier deinen Kommentar ein ...\n[                    ]\n"
    )
    assert [c.text[:14] for c in page.comments] == ["Deinen letzten", "Ebenfalls alle"]
