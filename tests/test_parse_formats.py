"""Comment formats no saved real page shows, written as comment systems and themes print
them: the parser must read them by their structure, not because it saw them (issue 9,
"It must generalise"). Each case is three comments under a short article, with and
without a count heading over them; the negatives are pages without comments whose lists
look like threads.
"""

from __future__ import annotations

import pytest

from comments import parse_text

ARTICLE = (
    "Why the river floods\n\nThe river rises each spring when snow melts in the hills above "
    "the town, and the council has now approved a plan to hold it back.\n\n"
)
FORM = "Leave a Reply\n\nYour email address will not be published.\n"
PEOPLE = ("Maria Keller", "tom_b", "Jonas Petersen")
BODIES = (
    "I grew up by that river and the floods were worse every year. Glad to see action.",
    "Two years seems optimistic to me. These projects always run late and over budget.",
    "Does anyone know whether the old mill will be kept? It is a lovely building.",
)

# How a record prints ({name}, {body}, {n} its number), and the timestamp read from it.
RECORDS = {
    "disqus": ("Avatar\n{name}\n• 3 years ago\n{body}\n• Reply•Share ›", "3 years ago"),
    "disqus votes": ("{name} • 3 years ago\n{body}\n2 △ ▽ • Reply • Share ›", "3 years ago"),
    "wpdiscuz": ("{name}\n3 years ago\n{body}\n0\nReply", "3 years ago"),
    "jetpack": ("{name} on March 3, 2015 at 4:12 pm said:\n{body}\nReply", "March 3, 2015"),
    "blogger": ("{name} said...\n{body}\nMarch 3, 2015 at 4:12 PM\nDelete", "March 3, 2015"),
    "typepad": ("{body}\nPosted by: {name} | March 03, 2015 at 04:12 PM", "March 03, 2015"),
    "drupal": ("Submitted by {name} on Tue, 03/03/2015 - 16:12\n{body}\nreply", "03/03/2015"),
    "drupal guest": ("{name} (not verified)\nTue, 03/03/2015 - 16:12\n{body}\nreply", "16:12"),
    "ghost": ("{name}\n3 Mar 2015\n{body}\nReply\nLike", "3 Mar 2015"),
    "squarespace": ("{name}\nMarch 3, 2015\n{body}\nReply\nLike", "March 3, 2015"),
    "compact age": ("{name}\n3y\n{body}\nReply\nShare\n2", "3y"),
    "numbered": ("{n}\n{name}\nMarch 3, 2015 at 4:12 pm\n{body}\nReply", "4:12 pm"),
    "name @ date": ("{name} @ March 3, 2015 at 4:12 pm\n{body}", "March 3, 2015"),
    "name (date)": ("{name} (March 3, 2015 at 4:12 pm)\n{body}", "March 3, 2015"),
    "on date, name said": ("On March 3, 2015 at 4:12 pm, {name} said:\n{body}", "4:12 pm"),
    "#n name — date": ("#{n} {name} — March 3, 2015 at 4:12 pm\n{body}", "4:12 pm"),
    "date over name": ("March 3, 2015 at 4:12 pm\n{name}\n{body}\nReply", "4:12 pm"),
    "date by name": ("March 3, 2015 at 4:12 pm by {name}\n{body}", "4:12 pm"),
    "signed --": ("{body}\n-- {name} on March 3, 2015 at 4:12 pm", "March 3, 2015"),
    "log in to reply": ("{name}\nMarch 3, 2015 at 4:12 pm\n{body}\nLog in to Reply", "4:12 pm"),
    "commented on": ("{name} commented on Mar 3, 2015\n{body}", "Mar 3, 2015"),
    "forum post": ("Post by {name} » Tue Mar 03, 2015 4:12 pm\n{body}", "4:12 pm"),
    "forum quote": ("Quote from {name} on March 3, 2015, 4:12 pm\n{body}", "March 3, 2015"),
    "score": ("{name} · 5 points · 3 years ago\n{body}\nReply Share", "3 years ago"),
    "clipped year": ("{name} | Mar 3 '15 at 16:12\n{body}", "Mar 3 '15"),
    "iso time": ("{name}\n2015-03-03T16:12:00Z\n{body}", "2015-03-03T16:12"),
    "time first": ("{name}\n4:12 PM - 3 Mar 2015\n{body}", "3 Mar 2015"),
    "German": ("{name} sagt:\n3. März 2015 um 16:12 Uhr\n{body}\nAntworten", "3. März 2015"),
    "French": ("{name} le 3 mars 2015 à 16 h 12 min\n{body}\nRépondre", "3 mars 2015"),
    "Spanish": ("{name} el 3 de marzo de 2015 a las 16:12\n{body}\nResponder", "3 de marzo"),
    "date · time": ("{name} · March 3, 2015 · 4:12 pm\n{body}\nReply", "4:12 pm"),
    "footer date, Reply": ("{name}\n{body}\nMarch 3, 2015 at 4:12 pm\nReply", "4:12 pm"),
    "facebook": ("{name}\n{body}\nLike · Reply · March 3 at 4:12pm", "March 3 at 4:12pm"),
    "edited": ("{name}\nMarch 3, 2015 at 4:12 pm (edited)\n{body}\nReply", "March 3, 2015"),
    "old reddit": (
        "[–] {name} 5 points 3 years ago\n{body}\npermalink embed save report reply",
        "3 years ago",
    ),
    "livejournal": ("{name}\nMarch 3 2015, 16:12:00 UTC\n{body}\nReply Thread Link", "16:12"),
    "a reader's city": ("{name}\nBoston\nMarch 3, 2015\n{body}\nReply\n12 Recommend", "March 3"),
    "a member title": ("{name}\nWell-known member\nMar 3, 2015\n#{n}\n{body}\nReply", "Mar 3"),
    "this year's date": ("{name} · Mar 3\n{body}\nReply", "Mar 3"),
    # dates in languages the vocabulary lacks: month first, two words before the time, a
    # full stop after the year, the day and month spaced
    "Tagalog": ("{name}\nMarso 3, 2015 nang 4:12 pm\n{body}\nTumugon", "Marso 3, 2015"),
    "Russian": ("{name} говорит:\n3 марта 2015 г. в 16:12\n{body}\nОтветить", "3 марта 2015"),
    "Croatian": ("{name} kaže:\n3. ožujka 2015. u 16:12\n{body}\nOdgovori", "ožujka 2015."),
    "Czech": ("{name} napsal:\n3. 3. 2015 v 16:12\n{body}\nOdpovědět", "3. 3. 2015 v 16:12"),
    "undated says": ("{name} says:\n{body}", ""),  # over the comment form (dates not saved)
    # a plugin's link to the commenter's latest post under the text: boilerplate
    "latest post": (
        "{name} says:\nMarch 3, 2015 at 4:12 pm\n{body}\n{name} recently posted…My post\nReply",
        "March 3, 2015",
    ),
    "latest post, two stops": (
        "{name} says:\nMarch 3, 2015 at 4:12 pm\n{body}\n{name} recently posted..My post\nReply",
        "March 3, 2015",
    ),
    "bearbeitet": ("{name}\n3. März 2015 um 16:12 • bearbeitet\n{body}\nAntworten", "3. März"),
    # a year-less date alone on its line, a replies toggle, a score before the age
    "this year's date alone": ("{name}\nMar 3\n{body}\nReply", "Mar 3"),
    "this year's date, day first": ("{name}\n3. März\n{body}\nAntworten", "3. März"),
    "a newsletter's thread": ("{name}\nMar 3\n{body}\nLike (4)\nReply\nShare", "Mar 3"),
    "a replies toggle": ("{name}\nMarch 3, 2015\n{body}\nReply\n2 replies", "March 3, 2015"),
    "a score before the age": ("{name}\n5 points · 3 years ago\n{body}\nReply Share", "3 years"),
    # a reaction the vocabulary lacks among the links; a unit's abbreviation with a stop
    "a reaction among the links": (
        "{name}\n3 years ago\n{body}\nReply\nRespect\nShare\nReport",
        "3 years ago",
    ),
    "an age with a stop": ("{name}\n12 min. ago\n{body}\nReply", "12 min. ago"),
    # a compact age closing the comment, in its row of links or over its "Reply"
    "a compact age in the links": ("{name}\n{body}\nLike · Reply · 3y", "3y"),
    "a compact age over the Reply": ("{name}\n{body}\n3y\nReply", "3y"),
    # a compact age after the name, as modern widgets date comments
    "a compact age after the name": ("{name} · 3y\n{body}\nReply", "3y"),
    "a compact age after a bar": ("{name} | 2d\n{body}\nLike · Reply", "2d"),
    # a threaded board's links to the comments around one, and its fold toggle
    "hacker news": ("{name} 3 hours ago | parent | next [–]\n{body}\nreply", "3 hours ago"),
    # Blogger's "said..." in the languages of its interface, the date under the text: in
    # German, and in languages whose verb the page teaches (an ellipsis ends it, as a
    # colon ends other systems' verbs), the date in their own words ("г., 16:12")
    "Blogger, German": ("{name} hat gesagt…\n{body}\n3. März 2015 um 16:12\nLöschen", "3. März"),
    "Blogger, Hungarian": ("{name} írta...\n{body}\n2015. március 3. 16:12\nTörlés", "március 3."),
    "Blogger, Turkish": ("{name} dedi ki...\n{body}\n3 Mart 2015 16:12\nSil", "3 Mart 2015"),
    "Blogger, Czech": ("{name} řekl(a)...\n{body}\n3. března 2015 16:12\nSmazat", "3. března"),
    "Blogger, Russian": (
        "{name} сказал(а)...\n{body}\n3 марта 2015 г., 16:12\nУдалить",
        "3 марта 2015 г., 16:12",
    ),
    # two words before the time, as Italian writes it ("alle ore")
    "Italian": ("{name}\n3 marzo 2015 alle ore 16:12\n{body}\nRispondi", "alle ore 16:12"),
    # a forum's "Post by" and a blog's "Posted by" in the languages of their interfaces
    "forum post, German": ("Beitrag von {name} » Di 3. Mär 2015, 16:12\n{body}", "3. Mär 2015"),
    "forum post, French": ("Message par {name} » mar. 3 mars 2015 16:12\n{body}", "3 mars"),
    "forum post, Spanish": ("Mensaje por {name} » Mar 3 Mar 2015, 16:12\n{body}", "3 Mar"),
    "forum post, Italian": ("Messaggio da {name} » mar 3 marzo 2015, 16:12\n{body}", "3 marzo"),
    "forum post, Dutch": ("Bericht door {name} » di 3 maart 2015, 16:12\n{body}", "3 maart"),
    "posted by, German": ("Gepostet von {name} am 03.03.2015 um 16:12\n{body}", "03.03.2015"),
    # the date first, then the verb, then the name, as German, Dutch and Swedish order
    # a sentence that opens with the date
    "wrote, German": ("Am 3. März 2015 um 16:12 schrieb {name}:\n{body}", "3. März 2015"),
    "wrote, Dutch": ("Op 3 maart 2015 om 16:12 schreef {name}:\n{body}", "3 maart 2015"),
    "wrote, Swedish": ("Den 3 mars 2015 kl. 16:12 skrev {name}:\n{body}", "3 mars 2015"),
    # TypePad: the "Reply" link, then the date, under the text; lynx and w3m print the
    # two on one line
    "TypePad": ("{name} said...\n{body}\nReply\nMarch 03, 2015 at 04:12 PM", "March 03, 2015"),
    "TypePad, one footer line": (
        "{name} said...\n{body}\nReply March 03, 2015 at 04:12 PM",
        "2015",
    ),
    "TypePad, digits": ("{name} said...\n{body}\nReply 03/03/2015 at 04:12 PM", "03/03/2015"),
    "a link in brackets after the date": (
        "{name}\nMarch 3, 2015 at 4:12 pm (Edit)\n{body}\nReply",
        "March 3, 2015",
    ),
    # known misses (below)
    "month and year": ("{name}\nMarch 2015\n{body}\nReply", "March 2015"),
    "a time after at": ("{name} at 4:12 pm\n{body}\nReply", "4:12 pm"),
    "signed under the text": ("{body}\n— {name}, March 3, 2015", "March 3, 2015"),
}


def _records(record: str) -> str:
    return "".join(
        record.format(name=name, body=body, n=n) + "\n\n"
        for n, (name, body) in enumerate(zip(PEOPLE, BODIES, strict=True), 1)
    )


def _page(record: str, heading: bool) -> str:
    return ARTICLE + ("3 comments\n\n" if heading else "") + _records(record) + FORM


# Known to fail, each a kind left for later work (strict: a fix shows here).
KNOWN_MISSES = {
    # a month without its day, as forums print old posts
    *(("month and year", heading) for heading in (True, False)),
    # a time alone after "at": "We met at 12:45 pm" is as short (the author keeps "at 4:12")
    *(("a time after at", heading) for heading in (True, False)),
    # a signature under the text, as embedded posts also end
    *(("signed under the text", heading) for heading in (True, False)),
}


@pytest.mark.parametrize("heading", [True, False], ids=["heading", "no heading"])
@pytest.mark.parametrize("kind", list(RECORDS))
def test_a_comment_format_no_saved_page_shows_is_read(kind: str, heading: bool) -> None:
    record, stamp = RECORDS[kind]
    page = parse_text(_page(record, heading))
    found = [(c.author, c.text) for c in page.comments]
    read = found == list(zip(PEOPLE, BODIES, strict=True)) and all(
        stamp in (c.timestamp or "") for c in page.comments
    )
    if (kind, heading) in KNOWN_MISSES:
        assert not read, f"{kind!r} is read now: take it out of KNOWN_MISSES"
        return
    assert found == list(zip(PEOPLE, BODIES, strict=True))
    assert [c.timestamp for c in page.comments if stamp not in (c.timestamp or "")] == []


def test_one_comment_in_blogger_german_is_read_by_the_vocabulary() -> None:
    """One comment teaches no verb: the vocabulary knows Blogger's German "hat gesagt…"."""
    body = "Ein schöner Beitrag, vielen Dank für die Bilder vom Fluss."
    record = f"Anonym hat gesagt…\n\n{body}\n\n3. März 2015 um 16:12\n\nLöschen\n\n"
    page = parse_text(ARTICLE + "1 Kommentar:\n\n" + record + FORM)
    assert [(c.author, c.text) for c in page.comments] == [("Anonym", body)]


def test_typepads_replies_name_the_comment_they_answer() -> None:
    """TypePad prints its threads flat; a reply's head names the comment it answers
    between the verb and its ellipsis ("Ann said in reply to Bob...")."""
    (maria, tom, jonas), (first, second, third) = PEOPLE, BODIES
    heads = (f"{maria} said...", f"{tom} said in reply to {maria}...", f"{jonas} said...")
    heads += (f"{maria} said in reply to {tom}...",)
    bodies = (first, second, third, "It is, and the council has promised to keep it.")
    records = "".join(
        f"{head}\n\n{body}\n\nReply\n\n03/0{n}/2015 at 04:12 PM\n\n"
        for n, (head, body) in enumerate(zip(heads, bodies, strict=True), 1)
    )
    page = parse_text(ARTICLE + "Comments\n\n" + records + FORM)
    assert [(c.author, c.text) for c in page.comments] == list(
        zip((maria, tom, jonas, maria), bodies, strict=True)
    )
    ids = [c.id for c in page.comments]
    parents = [None if c.parent_id is None else ids.index(c.parent_id) for c in page.comments]
    assert [c.depth for c in page.comments] == [0, 1, 0, 2]
    assert parents == [None, 0, None, 1]
    assert [c.timestamp for c in page.comments][1] == "03/02/2015 at 04:12 PM"


# Lines a comment system prints inside one record's head, between the name and the date:
# the post author's badge, the commenter's own moderation notice, an avatar, a link.
HEAD_LABELS = (
    "Post author",
    "Top Commenter",
    "Your comment is awaiting moderation.",
    "[avatar]",
    "Edit",
)


@pytest.mark.parametrize("heading", [True, False], ids=["heading", "no heading"])
@pytest.mark.parametrize("labelled", [0, 1])
@pytest.mark.parametrize("head", ["{name} says:", "{name}"])
@pytest.mark.parametrize("label", HEAD_LABELS)
def test_a_line_between_one_heads_name_and_date_stays_in_the_head(
    label: str, head: str, labelled: int, heading: bool
) -> None:
    """Only one record has it (the post author's reply, the reader's own comment): the
    record's shape is the others' with one line more, and its date is no comment text."""
    records = "".join(
        head.format(name=name)
        + ("\n" + label if n == labelled else "")
        + f"\nMarch {n + 1}, 2015 at 4:12 pm\n{body}\nReply\n\n"
        for n, (name, body) in enumerate(zip(PEOPLE, BODIES, strict=True))
    )
    page = parse_text(ARTICLE + ("3 comments\n\n" if heading else "") + records + FORM)
    assert [(c.author, c.text) for c in page.comments] == list(zip(PEOPLE, BODIES, strict=True))
    assert [c.timestamp for c in page.comments] == [
        f"March {n}, 2015 at 4:12 pm" for n in (1, 2, 3)
    ]


GREEK = "{name} λέει:\n3 Μαρτίου 2015 στις 16:12\n{body}\nΑπάντηση"


@pytest.mark.parametrize(
    ("heading", "record"),
    [
        ("3 σχόλια", GREEK),
        # Blogger's count ends with a colon, over heads whose verb the page teaches
        ("3 yorum:", RECORDS["Blogger, Turkish"][0]),
        ("3 комментария:", RECORDS["Blogger, Russian"][0]),
    ],
)
def test_a_count_heading_in_the_pages_language_is_read(heading: str, record: str) -> None:
    page = parse_text(ARTICLE + heading + "\n\n" + _records(record) + FORM)
    assert (page.declared_count, len(page.comments)) == (3, 3)


# A thread with no article above it (a forum's, a link aggregator's page): its title, then
# the records, each line a block of its own as converters print a table's cells. The first
# record's head is no headline and its text no article: a head of one line (a name and a
# date) is never a headline; a name over its date is the first record's where its text
# ends with a "Reply" and another record's head follows.
THREAD_TITLE = "Show HN: A tool that reads the river's flood gauges"
THREAD_HEADS = (
    # one line
    "hacker news", "old reddit", "forum post", "forum quote", "commented on", "name @ date",
    "French", "this year's date",
    # a name over its date (or under it), the text ending with a "Reply"
    "wpdiscuz", "ghost", "squarespace", "numbered", "date over name", "drupal guest",
    "Tagalog", "a reaction among the links",
)  # fmt: skip


def _blocks(record: str) -> str:
    return _records(record.replace("\n", "\n\n"))


@pytest.mark.parametrize("kind", THREAD_HEADS)
def test_a_thread_with_no_article_above_it_is_read(kind: str) -> None:
    page = parse_text(THREAD_TITLE + "\n\n" + _blocks(RECORDS[kind][0]))
    assert page.title == THREAD_TITLE
    assert page.paragraphs == []
    assert [(c.author, c.text) for c in page.comments] == list(zip(PEOPLE, BODIES, strict=True))


BYLINE = "Council approves flood plan\n\nAnn Lee\n\nMarch 2, 2015\n\n"
POST = "The river rises each spring when snow melts in the hills, and the council has a plan."


@pytest.mark.parametrize("below", ["", "Leave a reply\n\n", "3 Replies\n\n"])
def test_a_short_post_under_its_writer_and_date_stays_the_article(below: str) -> None:
    """Its writer over its date is shaped like the records below, but its text offers
    no reply: it is the article, however short."""
    page = parse_text(BYLINE + POST + "\n\n" + below + _blocks(RECORDS["ghost"][0]) + FORM)
    assert page.paragraphs == [POST]
    assert [(c.author, c.text) for c in page.comments] == list(zip(PEOPLE, BODIES, strict=True))


# A post's byline as themes print it, over a short post: shaped like the records below.
BYLINES = (
    "By Ann Lee\n\nMarch 2, 2015", "Ann Lee · March 2, 2015", "Ann Lee | March 2, 2015",
    "March 2, 2015 by Ann Lee", "Written by Ann Lee on March 2, 2015",
)  # fmt: skip
UNDER_A_BYLINE = {  # records that state no more than the byline does
    "a name over its date, and a Reply": "{name}\n3 Mar 2015\n{body}\nReply",
    "says, and no Reply": "{name} says:\n3 Mar 2015\n{body}",
    "stamped to the minute": "{name}\n3 Mar 2015 at 4:12 pm\n{body}",
}


@pytest.mark.parametrize("comments", [2, 3])
@pytest.mark.parametrize("record", list(UNDER_A_BYLINE))
@pytest.mark.parametrize("byline", BYLINES)
def test_a_short_post_under_its_byline_stays_the_article(
    byline: str, record: str, comments: int
) -> None:
    """The byline heads a record as the comments' heads do, but it alone names its writer
    after "by", offers no "Reply", says no "says" or is dated to the day only: it is the
    article, not a comment."""
    people = list(zip(PEOPLE, BODIES, strict=True))[:comments]
    records = "".join(
        UNDER_A_BYLINE[record].replace("\n", "\n\n").format(name=name, body=body) + "\n\n"
        for name, body in people
    )
    page = parse_text(f"Council approves flood plan\n\n{byline}\n\n{POST}\n\n{records}{FORM}")
    assert page.paragraphs == [POST]
    assert [(c.author, c.text) for c in page.comments] == people


@pytest.mark.parametrize(
    "byline", ["By Ann Lee\n\nMarch 2, 2015 at 9:00 am", "March 2, 2015 at 9:00 am by Ann Lee"]
)
def test_a_byline_stamped_as_the_comments_are_is_told_by_its_by(byline: str) -> None:
    records = _blocks(UNDER_A_BYLINE["stamped to the minute"])
    page = parse_text(f"Council approves flood plan\n\n{byline}\n\n{POST}\n\n{records}{FORM}")
    assert page.paragraphs == [POST]
    assert [(c.author, c.text) for c in page.comments] == list(zip(PEOPLE, BODIES, strict=True))


@pytest.mark.parametrize("heading", ["3 Comments\n\n", ""], ids=["heading", "no heading"])
def test_a_pingback_first_in_the_list_is_no_byline(heading: str) -> None:
    """A pingback listed above the comments offers no "Reply" and says no "says"."""
    records = "  • Pingback: Rivers and towns | river.example\n"
    records += "".join(
        f"  • {name} says:\n    {body}\n    Reply\n"
        for name, body in zip(PEOPLE, BODIES, strict=True)
    )
    page = parse_text(ARTICLE + heading + records + FORM)
    assert [c.author for c in page.comments] == list(PEOPLE)
    assert [(p.title, p.site) for p in page.pingbacks] == [("Rivers and towns", "river.example")]


def test_the_first_comment_under_the_heading_is_no_byline() -> None:
    """Under the comments' heading the first record is a comment, whatever it lacks that
    the others offer (its "Reply")."""
    first = f"{PEOPLE[0]}\n\n3 Mar 2015\n\n{BODIES[0]}\n\n"
    rest = "".join(
        f"{name}\n\n3 Mar 2015\n\n{body}\n\nReply\n\n"
        for name, body in zip(PEOPLE[1:], BODIES[1:], strict=True)
    )
    page = parse_text(ARTICLE + "3 Comments\n\n" + first + rest + FORM)
    assert [(c.author, c.text) for c in page.comments] == list(zip(PEOPLE, BODIES, strict=True))


NEWS = (
    "Council approves flood plan\n\nBy Ann Lee\n\nMarch 3, 2015\n\nThe river rises each "
    "spring when snow melts in the hills above the town, and the council has now approved a "
    "plan.\n\nWork starts in May and should take two years, the council said on Tuesday.\n\n"
)
STORIES = (
    ("New bridge opens to traffic", "March 2, 2015", "It links the two halves of the town."),
    ("School budget cut again", "February 27, 2015", "Teachers say classes will grow."),
    ("Mill to become a museum", "February 20, 2015", "It opens to visitors next summer."),
)
WRITERS = ("Maria Keller", "Tom Berg", "Jonas Petersen")


def _stories(shape: str) -> str:
    return "".join(
        shape.format(title=t, day=d, teaser=x, writer=w)
        for (t, d, x), w in zip(STORIES, WRITERS, strict=True)
    )


# What pages without comments print where comments would stand, and lists that look like
# threads: none of them holds a comment.
NO_COMMENTS = {
    "stories under the form's title": "Leave a Comment\n\n"
    + _stories("{title}\n{day}\n\n{teaser}\n\n"),
    "stories under a count": "5 Comments\n\n" + _stories("{title} | {day}\n\n{teaser}\n\n"),
    "stories aged": "Related\n\n" + _stories("{title}\n\n{writer}\n3 years ago\n\n{teaser}\n\n"),
    "team page": "Our team\n\n" + _stories("{writer}\nEditor since 2012\n\n{teaser}\n\n"),
    "testimonials": "What readers say\n\n" + _stories('"{teaser}"\n— {writer}\n\n'),
    "events": "Upcoming events\n\n"
    + _stories("{title}\nMarch 10, 2015 at 7:00 pm\n\n{teaser}\n\n"),
    "writers' posts": "Latest\n\n" + _stories("{writer} wrote on {day}\n\n{teaser}\n\n"),
    "interview": "Q&A\n\n" + _stories("{writer}:\n{teaser}\n\n"),
    "front page": _stories("{title}\n{day}\n\n{teaser}\n\n3 comments\n\n"),
    "events with link rows": "Upcoming events\n\n"
    + _stories("{title}\n{teaser}\nTickets · Details · March 10, 2015 at 7:00 pm\n\n"),
    "subscribe buttons": _stories("{title}\n{teaser}\nSubscribe · Today\n\n"),
    "stories dated this year": "More news\n\n" + _stories("{title} · Mar 3\n{teaser}\n\n"),
    "tour dates": "On tour\n\nBerlin · Mar 3\nParis · Mar 5\nLondon · Mar 9\nTickets\n\n",
    "stories with their counts": "Latest\n\n"
    + _stories("{title}\n{day}\nRead more\n4 comments\n\n"),
    "a forum's topics": "Topics\n\n"
    + _stories("{title}\nby {writer} · {day}\n{teaser}\nShare\n2 replies\n\n"),
    # a year-less date alone on its line, as a tour's list, a diary and a feed print it
    "tour dates alone": "On tour\n\nBerlin\nMar 3\nParis\nMar 5\nLondon\nMar 9\nTickets\n\n",
    "a tour's venues": "On tour\n\n"
    + "".join(f"{d}\n{c}\nCity Hall\n\n" for d, c in (("Mar 3", "Berlin"), ("Mar 5", "Paris"))),
    "diary days": "Our week\n\n"
    + "".join(f"Mar {day}\n\n{story[2]}\n\n" for day, story in enumerate(STORIES, 3)),
    "stories dated this year alone": "More news\n\n" + _stories("{title}\nMar 3\n\n{teaser}\n\n"),
    "writers dated this year": "Latest\n\n" + _stories("{writer}\n3 Mar\n{teaser}\n\n"),
    # a feed's row of links ending with the post's age, offering no "Reply"
    "writers with a compact age": "Latest\n\n" + _stories("{writer}\n{teaser}\nShare · 2d\n\n"),
    # a compact age after a story's title, or after a player's links: no name
    "stories with a compact age": "Latest\n\n" + _stories("{title} · 2d\n{teaser}\n\n"),
    "episodes' links with a compact age": "Episodes\n\n"
    + _stories("{title}\nListen · Share · 2d\n{teaser}\n\n"),
    # a post's or an episode's length after its date names nobody
    "episodes with their length": "Episodes\n\n"
    + _stories("{title}\n{day} · 42 min\n{teaser}\nListen · Share\n\n"),
    "posts with their reading time": "Latest\n\n"
    + _stories("{title}\n{day} · 5 min read\n{teaser}\nShare\n\n"),
    "reading time first": "Latest\n\n"
    + _stories("{title}\n5 min read · {day}\n{teaser}\nShare\n\n"),
    # a pager's links under each story or after its date: "Next" pages a list (only a
    # threaded board's fold toggle makes it a link to the next comment)
    "stories over a pager": "Latest\n\n"
    + _stories("{title}\n{writer} · {day}\n{teaser}\nPrevious | Next\n\n"),
    "writers dated over Next": "Latest\n\n" + _stories("{writer} · {day} | Next\n{teaser}\n\n"),
    # a title cut short ("…"), as a Blogger head ends, each over its date, to the day or
    # to the minute (Blogger dates a comment under its text)
    "writers' titles cut short": "Latest\n\n"
    + _stories("{writer} looks back...\n{day}\n\n{teaser}\n\n"),
    "performers' events cut short": "Upcoming events\n\n"
    + _stories("{writer} live...\nMarch 10, 2015 at 7:00 pm\n\n{teaser}\n\n"),
    # a report's quotations: undated "says" heads, each over one line
    "what they said": "What they said\n\n" + _stories("{writer} said:\n{teaser}\n\n"),
    "what they said in reply": "What they said\n\n"
    + _stories("{writer} said in reply to Ann Lee:\n{teaser}\n\n"),
}


@pytest.mark.parametrize("kind", list(NO_COMMENTS))
def test_a_page_without_comments_shows_none(kind: str) -> None:
    assert parse_text(NEWS + NO_COMMENTS[kind] + "About us\n\nContact\n").comments == []


def test_undated_titles_cut_short_over_a_comment_form_hold_no_comments() -> None:
    """Many writers' (one of them twice), each over its teaser, undated: "said..." heads
    without their dates teach no verb (Blogger dates every comment; a title is cut so)."""
    writers = (*WRITERS, "Ann Lee", "Bob Stone", "Tom Berg")
    titles = "".join(
        f"{writer} looks back...\n\n{STORIES[n % 3][2]}\n\n" for n, writer in enumerate(writers)
    )
    assert parse_text(NEWS + "Latest\n\n" + titles + FORM).comments == []


@pytest.mark.parametrize("links", ["Share", "Like · Share", "Leave a reply"])
def test_a_writers_feed_at_the_top_of_a_page_holds_no_comments(links: str) -> None:
    """Each writer over a date and a teaser, as a thread's records print, but under a
    row of links that offers no reply."""
    feed = _stories("{writer}\n\n{day}\n\n{teaser}\n\n" + links + "\n\n")
    assert parse_text("River Town Gazette\n\n" + feed + "About us\n\nContact\n").comments == []
