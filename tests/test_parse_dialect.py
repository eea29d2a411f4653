"""A page in a language the vocabulary lacks: its structure, not its words, makes the
thread (comments.parse.dialect, and the dates of any language in comments.parse.patterns).

The pages here are built from the record shapes comment systems print; the words are
Macedonian, Azerbaijani and Slovak, none of which the vocabulary lists. Each kind of learned word
(a link line or a link in a row of known links, a link after the head's date, a "says"
verb, a capitalised month) has a page that needs it and a page of the same shape that is
no discussion (a product list, a news teaser list, a feed of one account, a list of books
under "N Tips 2012"), where nothing may be learned. Last, the "In reply to Ann" lines of
two languages the vocabulary lists, which measuring them found missing.
"""

from __future__ import annotations

import pytest

from comments import parse_text
from comments.parse.dialect import Dialect, learn_dialect
from comments.parse.heads import first_date, holds_date, is_date
from comments.parse.lines import classify_lines
from comments.parse.patterns import REPLY_TO_LINE

NAMES = ("Anna Petrova", "Boris Ivanov", "Clara Novak", "Denis Orlov")
BODIES = (
    "Thank you for this recipe, I baked it twice already.",
    "Could I use rye flour instead of wheat here?",
    "Lovely photos, and the text reads well too.",
    "We tried it on Sunday and the children loved it.",
)


def _page(records: list[str]) -> str:
    article = ["A Recipe for Rye Bread", "", "This bread needs only flour, water and salt.", ""]
    return "\n".join(article + records)


def _learned(text: str) -> Dialect:
    lines = text.split("\n")
    return learn_dialect(lines, classify_lines(lines))


def _says_page() -> str:
    """WordPress's "NAME says:" over the date, the body, a "Reply" line: in Macedonian."""
    records = []
    for day, (name, body) in enumerate(zip(NAMES, BODIES, strict=True), start=2):
        records += [f"  * {name} вели:", f"    {day} мај 2012 во 09:15", "", f"    {body}", ""]
        records += ["    Одговори", ""]
    return _page(records)


def test_a_says_verb_and_a_reply_link_the_vocabulary_lacks_are_read_from_the_records() -> None:
    page = parse_text(_says_page())
    assert [(c.author, c.timestamp) for c in page.comments] == [
        (name, f"{day} мај 2012 во 09:15") for day, name in enumerate(NAMES, start=2)
    ]
    assert [c.text for c in page.comments] == list(BODIES)


def test_a_count_line_in_the_pages_words_above_the_first_record_is_its_count_heading() -> None:
    """"4 коментари" over the learned records: the declared count, and where the thread
    starts (the post's dated byline above it opens no record)."""
    text = _says_page().replace(
        "  * Anna Petrova вели:",
        "Објавено Olga 1 мај 2012 во 08:00\n\n4 коментари\n\n  * Anna Petrova вели:",
    )
    page = parse_text(text)
    assert page.declared_count == len(NAMES)
    assert [c.author for c in page.comments] == list(NAMES)
    assert "4 коментари" in page.boilerplate


def test_the_page_keeps_its_own_words_wherever_the_parse_shows_a_learned_line() -> None:
    page = parse_text(_says_page())
    shown = [*page.boilerplate, *page.paragraphs, *(c.text for c in page.comments)]
    assert "Одговори" in page.boilerplate
    assert not any("Reply" in text or "says:" in text for text in shown)


def _tail_page() -> str:
    """Heads of a name, a date and a "Reply" link on one line: in Azerbaijani."""
    records = []
    for day, (name, body) in enumerate(zip(NAMES, BODIES, strict=True), start=2):
        records += [f"{name} | {day} Fevral 2012 saat 21:15 | Cavabla", "", body, ""]
    return _page(records)


def _link_page() -> str:
    """Items of a name and a date over the body, a "Reply" line closing each: in Slovak."""
    records = []
    for day, (name, body) in enumerate(zip(NAMES, BODIES, strict=True), start=2):
        records += [f"  * {name} {day}. mája 2012 v 9:15", "", f"    {body}", "", "    Odpovedať"]
    return _page(records)


def _reply_to_page(under_date: bool = False) -> str:
    """wpDiscuz: a name, the line naming the comment it answers (over the age, or under
    it), the body, a vote count and a "Reply" link: in Macedonian."""
    answered = [None, NAMES[0], NAMES[1], NAMES[0]]
    records = []
    for name, above, body in zip(NAMES, answered, BODIES, strict=True):
        reply_to = [f"Одговор за  {above}"] if above else []
        age = "6 months ago"
        head = [name, age, *reply_to] if under_date else [name, *reply_to, age]
        records += [*head, "", body, "", "0", "Одговори"]
    return _page(records)


@pytest.mark.parametrize("make", [_says_page, _tail_page, _link_page, _reply_to_page])
def test_every_line_the_parse_shows_is_the_pages_own(make) -> None:
    text = make()
    page = parse_text(text)
    shown = [*page.boilerplate, *page.paragraphs, *(c.text for c in page.comments)]
    assert len(page.comments) == len(NAMES)
    assert all(line in text for block in shown for line in block.split("\n"))


def test_a_reply_link_after_the_heads_date_is_read_as_one() -> None:
    text = _tail_page()
    assert _learned(text).translated(text.split("\n"))[4] == (
        "Anna Petrova | 2 Fevral 2012 saat 21:15 | Reply"
    )
    page = parse_text(text)
    assert [(c.author, c.text) for c in page.comments] == list(zip(NAMES, BODIES, strict=True))


def test_a_link_alone_under_each_dated_record_is_read_as_a_reply_link() -> None:
    page = parse_text(_link_page())
    assert [(c.author, c.text) for c in page.comments] == list(zip(NAMES, BODIES, strict=True))
    assert page.boilerplate.count("Odpovedať") == len(NAMES)


@pytest.mark.parametrize(
    ("head", "date", "link"),
    [
        ("{name} on {day}. mája 2012 v 9:15 napísal:", "{day}. mája 2012 v 9:15", "Odpovedať ↓"),
        # Romanian's perfect tense: the verb's short first word stands between the date
        # and the learned word
        ("{name} on {day} iunie 2012 la 18:29 a spus:", "{day} iunie 2012 la 18:29", "Răspunde"),
    ],
    ids=["one word", "two words"],
)
def test_a_says_verb_after_the_heads_own_date_is_read_too(head: str, date: str, link: str) -> None:
    records = []
    for day, (name, body) in enumerate(zip(NAMES, BODIES, strict=True), start=2):
        records += [f"  * {head.format(name=name, day=day)}", f"    {body}", ""]
        records += [f"    {link}", ""]
    page = parse_text(_page(records))
    assert [(c.author, c.timestamp, c.text) for c in page.comments] == [
        (name, date.format(day=day), body)
        for day, (name, body) in enumerate(zip(NAMES, BODIES, strict=True), start=2)
    ]


def test_a_says_verb_of_two_words_leaves_the_name_alone() -> None:
    records = []
    for day, (name, body) in enumerate(zip(NAMES, BODIES, strict=True), start=2):
        records += [f"  * {name} deyib ki:", f"    {day} Fevral 2012 saat 21:15", f"    {body}"]
        records += ["    Cavabla", ""]
    page = parse_text(_page(records))
    assert [(c.author, c.text) for c in page.comments] == list(zip(NAMES, BODIES, strict=True))


def test_a_commenter_named_over_each_date_is_no_link() -> None:
    """The post's author answering every comment: her name stands over a date each
    time, where a link stands over the next record's head."""
    records = []
    for day, (name, body) in enumerate(zip(NAMES, BODIES, strict=True), start=2):
        records += [name, f"{day} мај 2012 во 09:15", body, "", "Olga", f"{day} мај 2012 во 10:00"]
        records += ["Thanks, glad you liked it!", ""]
    assert not _learned(_page(records))


@pytest.mark.parametrize(
    "records",
    [
        # a product list: every item's name ends with the same word and a colon
        [
            line
            for item in ("Tote", "Summer", "Messenger")
            for line in (f"{item} Bag:", "Sewn of linen.")
        ],
        # a news list: "More →" under each teaser, the next byline and its date below
        [
            line
            for author in ("Moritz Weber", "Joscha Klein", "Walter Otte")
            for line in (
                "The council met again on the question.",
                "Уште →",
                f"Von {author}",
                "6. Jul 2020",
                "",
            )
        ],
        # a feed of one account: its name under each post, the post's time below
        [
            line
            for hour in (1, 2, 3)
            for line in (
                f"Poll results are out - wp.me/p4H{hour}",
                "PoliticsDesk",
                f"{hour}:12 pm ET August 9, 2012 RETWEET",
            )
        ],
    ],
    ids=["product-list", "news-teasers", "one-account-feed"],
)
def test_lists_shaped_like_records_teach_no_words(records: list[str]) -> None:
    assert not _learned(_page(records))


EVENTS = [
    ("Concert in the park", "Bring a blanket and something to drink."),
    ("Film night", "We show a classic on the big screen."),
    ("Poetry reading", "Local poets read from their new books."),
    ("Jazz brunch", "A trio plays while brunch is served."),
]


@pytest.mark.parametrize(
    "head",
    [
        "{title} | May {day}, 2020",  # dated to the day
        "{title} | May {day}, 2020 at 8:00 pm",  # titles, not people's names
        "{name} | May {day}, 2020",  # people's posts, dated to the day
    ],
)
def test_a_link_under_each_item_of_an_events_or_posts_list_is_no_reply_link(head: str) -> None:
    """The "Tickets" or "Повеќе" under each item closes records as a "Reply" would; but
    comment systems stamp comments to the minute and head them with people's names."""
    items = list(zip(EVENTS, NAMES, strict=True))
    for link in ("Tickets", "Повеќе"):
        records = []
        for day, ((title, blurb), name) in enumerate(items, start=2):
            shown = head.format(title=title, name=name, day=day)
            records += [f"  * {shown}", "", f"    {blurb}", "", f"    {link}", ""]
        assert not _learned(_page(records))
        assert parse_text(_page(records)).comments == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Anna 23 октомври 2012 во 15:50", "23 октомври 2012 во 15:50"),
        ("23. októbra 2012 v 15:50", "23. októbra 2012 v 15:50"),
        ("2012. október 23. 15:50", "2012. október 23. 15:50"),
        ("2012年10月23日 15:50", "2012年10月23日 15:50"),
        ("Ann 23.10.2012 во 15:50", "23.10.2012 во 15:50"),
        ("3 мај 2015 г. во 16:12", "3 мај 2015 г. во 16:12"),  # two short words
        ("3. ožujka 2015. u 16:12", "3. ožujka 2015. u 16:12"),  # a year's full stop
        ("3 de març de 2015 a les 16:12", "3 de març de 2015 a les 16:12"),
        ("Ann Marso 3, 2015 nang 4:12 pm", "Marso 3, 2015 nang 4:12 pm"),  # month first
        ("Ann 3. 3. 2015 v 16:12", "3. 3. 2015 v 16:12"),  # day and month spaced
    ],
)
def test_a_date_with_a_month_the_vocabulary_lacks_is_read_by_its_day_year_and_time(
    text: str, date: str
) -> None:
    found = first_date(text)
    assert found is not None and found.group(0) == date


@pytest.mark.parametrize(
    "text",
    [
        "5 Tips 2012",
        "Top 10 Songs 2015",
        "LaneSeptember 5, 2012",
        "Route 9, 2015",  # month first without its time
        "Chapter 3, 2015",
    ],
)
def test_a_number_a_word_and_a_year_without_a_time_are_no_date(text: str) -> None:
    found = first_date(text)
    assert found is None or found.group(0).startswith("September")
    assert not is_date(text)


@pytest.mark.parametrize("text", ["12 ноември 2012", "12. novembra 2012", "2012. október 23."])
def test_a_date_alone_on_its_line_needs_no_time_when_its_month_is_lower_case(text: str) -> None:
    assert is_date(text) and holds_date(text)
    assert not is_date("5 Tips 2012")  # a list's heading, capitalised


MONTHS_AZ = ("Oktyabr", "Noyabr", "Noyabr", "Dekabr")  # capitalised, as Azerbaijani prints them


def _month_page(names: tuple[str, ...] = NAMES, heading: str = "4 Comments") -> str:
    """Numbered comments whose date line, with no time, opens each record over the name
    ("1. 12 Noyabr 2012" / "Anna Petrova" / body) under their count: an Azerbaijani theme's
    list (the count in the vocabulary's words: the month is what is tested)."""
    records = [heading, ""]
    for k, (name, month, body) in enumerate(zip(names, MONTHS_AZ, BODIES, strict=True), 1):
        records += [f"  {k}. {k + 10} {month} 2012", "", f"     {name}", "", f"     {body}", ""]
    return _page(records)


def test_a_capitalised_month_the_vocabulary_lacks_is_read_on_a_date_line_by_a_name() -> None:
    """ "12 Noyabr 2012" alone on its line is no date by its words (a list's "5 Tips 2012"
    reads the same); beside a different person's name over each record's text, three
    times or more, its word is the page's month, and the page keeps its own spelling."""
    page = parse_text(_month_page())
    assert [(c.author, c.timestamp) for c in page.comments] == [
        (name, f"{k + 10} {month} 2012")
        for k, (name, month) in enumerate(zip(NAMES, MONTHS_AZ, strict=True), 1)
    ]
    assert [c.text for c in page.comments] == list(BODIES)


@pytest.mark.parametrize("names", [NAMES, tuple(name.lower() for name in NAMES)])
def test_a_month_and_a_says_verb_the_vocabulary_lacks_are_learned_together(
    names: tuple[str, ...],
) -> None:
    """ "Ann deyib ki:" over "28 Sentyabr 2012": the verb needs its dates read, the month
    needs the names; the name before a verb the page may teach counts (its verb's first
    word, shared by every name, is no part of it), so both are learned, also where the
    people type their names in lower case ("anna petrova")."""
    records = []
    for k, (name, month, body) in enumerate(zip(names, MONTHS_AZ, BODIES, strict=True), 1):
        records += [f"  {k}. [a{k}f]", f"     {name} deyib ki:", f"     {k + 10} {month} 2012"]
        records += ["", f"     {body}", "", "     Cavabla", ""]
    page = parse_text(_page(records))
    assert [(c.author, c.timestamp) for c in page.comments] == [
        (name, f"{k + 10} {month} 2012")
        for k, (name, month) in enumerate(zip(names, MONTHS_AZ, strict=True), 1)
    ]


def test_a_lists_number_word_and_year_is_no_month_nor_a_discussion() -> None:
    """The same shape under one label teaches no month word; a list of books, each under
    "N Tips 2012" (a number too large for a day) or "N Ways 2012", teaches none either,
    and read as dates they would still be no comments: dated to the day, under titles,
    with nothing else that says comments (as in a language the vocabulary lists)."""
    assert not _learned(_month_page(("Editor",) * 4))
    titles = ("Bake It Better", "Bread at Home", "Slow Dough", "The Rye Book")
    listing = _month_page(titles, "Books").replace("Oktyabr", "Ways").replace("Dekabr", "Tips")
    assert parse_text(listing).comments == []
    assert not _learned(listing.replace("11 Ways", "40 Ways").replace("12 Noyabr", "50 Tips"))


def test_a_reply_link_among_known_links_under_a_footer_is_read_as_one() -> None:
    """lynx wraps "Posted by Ann on … | permalink | Одговори" after the date: the row of
    links under each footer holds one word the vocabulary lacks among links it knows;
    read as "Reply", each footer closes the record above it and the next item's text is
    the next record's, not this one's."""
    records = []
    for day, (name, body) in enumerate(zip(NAMES, BODIES, strict=True), start=2):
        records += [f"  * {body}", f"    Posted by {name} on {day} мај 2012 во 09:15"]
        records += ["    | permalink | Одговори", ""]
    page = parse_text(_page(["Comments (4)", "", *records]))
    assert [(c.author, c.text) for c in page.comments] == list(zip(NAMES, BODIES, strict=True))
    assert page.boilerplate.count("| permalink | Одговори") == len(NAMES)


@pytest.mark.parametrize(
    ("row", "word"),
    [
        ("| permalink | Одговори", "Одговори"),
        ("Одговори 0 Flag this comment", "Одговори"),
        ("Like · Cavabla · 2y", "Cavabla"),
        ("Share this post", None),  # words between spaces: a sentence's as often
        ("Home | About | Contact", None),  # no known link among them
    ],
)
def test_a_row_of_links_may_hold_one_word_the_vocabulary_lacks(row: str, word: str | None) -> None:
    from comments.parse.dialect import _link_word

    assert _link_word(row) == word


def test_an_empty_dialect_changes_nothing() -> None:
    page = parse_text("Title\n\nBody.")
    assert Dialect().restored(page) is page
    assert Dialect().translated(["a", "b"]) == ["a", "b"]


@pytest.mark.parametrize(
    "line", ["Som svar på Anna Petrova", "Svar till Anna Petrova", "W odpowiedzi do Anna Petrova"]
)
def test_a_reply_to_line_in_swedish_or_polish_names_the_comment_it_answers(line: str) -> None:
    match = REPLY_TO_LINE.match(line)
    assert match is not None and match["name"] == "Anna Petrova"


@pytest.mark.parametrize("count, found", [(4, list(NAMES)), (5, [])])
def test_a_line_in_the_pages_words_counting_the_records_under_it_is_their_heading(
    count: int, found: list[str]
) -> None:
    """Numbered avatars over names and days, no word the vocabulary or the learner knows
    (a "Најави се за да одговориш" row: one per record, no reply link): "4 коментари" right
    above four such records counts them, and so heads them; "5 коментари" over four
    is some other number."""
    records = []
    for k, (name, body) in enumerate(zip(NAMES, BODIES, strict=True), start=1):
        records += [f" {k}. [0ecd{k}]", "", f"    {name}", "", f"    10.2{k}.2012", ""]
        records += ["    Најави се за да одговориш", "", f"    {body}", ""]
    text = _page([f"{count} коментари", "", *records])
    assert [c.author for c in parse_text(text).comments] == found


@pytest.mark.parametrize("under_date", [False, True])
def test_a_reply_to_line_in_the_pages_words_names_the_comment_answered(under_date: bool) -> None:
    """ "Boris Ivanov" / "Одговор за  Anna Petrova" / "6 months ago" (or the age first): the
    line in the head names the comment the reply answers (read as "Reply to"), so Boris
    is the author and his reply sits under Anna's."""
    page = parse_text(_reply_to_page(under_date))
    depths = [0, 1, 2, 1]
    assert [(c.author, c.depth) for c in page.comments] == list(zip(NAMES, depths, strict=True))
    assert [c.text for c in page.comments] == list(BODIES)


# Five people, the first of them answering the last (a conversation: someone speaks again).
SPEAKERS = (*NAMES, "Eva Horak", NAMES[0])
REPLIES = (*BODIES, "Is the crust meant to be this dark?", "Not at all, it should be dark.")


def _undated_says_page(speakers: tuple[str, ...], verb: str) -> str:
    """Heads in the page's words whose dates the saved page left out ("at"), as numbered
    items."""
    records = []
    for n, (name, body) in enumerate(zip(speakers, REPLIES, strict=False), start=1):
        records += [f" {n}. [svg] {name} {verb}", "    at", "", f"    {body}", "", "    Loading..."]
    return _page(records)


@pytest.mark.parametrize("verb", ["napísal:", "deyib ki:"])
def test_an_undated_says_verb_is_learned_from_a_conversations_heads(verb: str) -> None:
    """Many people's heads over their texts, one of them speaking again: read as the
    vocabulary's "says" would be."""
    page = parse_text(_undated_says_page(SPEAKERS, verb))
    english = parse_text(_undated_says_page(SPEAKERS, "says:"))
    assert [c.author for c in page.comments] == list(SPEAKERS)
    assert [c.text for c in page.comments] == [c.text for c in english.comments]
    assert [c.text.split("\n")[-1] for c in page.comments] == list(REPLIES)


@pytest.mark.parametrize(
    "items",
    [
        SPEAKERS[:4],  # four heads: a report quotes as many people
        SPEAKERS[:5],  # five people, none speaking again: no conversation shown
        ("Tote Bag", "Summer Bag", "Messenger Bag", "Beach Bag", "Laptop Bag", "Gym Bag"),
    ],
    ids=["four-people", "five-people-once-each", "products"],
)
def test_undated_heads_of_few_people_or_of_things_teach_no_verb(items: tuple[str, ...]) -> None:
    assert not _learned(_undated_says_page(items, "cena:"))
    assert parse_text(_undated_says_page(items, "cena:")).comments == []


@pytest.mark.parametrize(
    ("line", "marker"),
    [
        ("28. septembra 2012", None),  # a day, a lower-case month the vocabulary lacks, a year
        ("29. júla 20206:07 pm -", None),  # … the year glued to the time
        ("3. 3. 2015 v 16:12", None),  # day and month spaced, as Czech and Slovak write them
        ("5. Tips 2012", "5."),  # a list's item
    ],
)
def test_a_date_whose_day_reads_as_an_item_number_is_no_item(line: str, marker: str | None) -> None:
    assert classify_lines([line])[0].marker == marker


def _numbered_threads_page() -> str:
    """Each thread's number on a line of its own and an avatar over each head; a reply
    (unnumbered, without a "Reply" of its own) right under the comment it answers; the
    count line in the page's words over the first thread's number, the post's dated
    byline above it."""
    lines = ["Објавено Olga 1 мај 2012 во 08:00", "", "Испрати коментар 3 коментари", ""]
    thread = 0
    for k, (name, body) in enumerate(zip(SPEAKERS[:5], REPLIES[:5], strict=True)):
        replies = k in (1, 4)
        if not replies:
            thread += 1
            lines += [str(thread), ""]
        lines += [f"[a{k}]", "", f"{name} {k + 2} мај 2012 во 09:15", "", body, ""]
        lines += [] if replies else ["Одговори", ""]
    return _page(lines)


def test_a_reply_link_and_count_line_are_learned_past_a_threads_number_and_an_avatar() -> None:
    page = parse_text(_numbered_threads_page())
    assert page.declared_count == 3
    assert [(c.author, c.depth) for c in page.comments] == [
        (name, depth) for name, depth in zip(SPEAKERS[:5], (0, 1, 0, 0, 1), strict=True)
    ]


@pytest.mark.parametrize(("time", "read"), [(" во 09:15", True), ("", False)])
def test_two_heads_stamped_to_the_minute_teach_their_verb(time: str, read: bool) -> None:
    """A thread of two comments: two people's heads, each over a date with its time of
    day, teach the verb; dated to the day only, two such heads are a list's as often."""
    records = ["2 коментари", ""]
    for day, (name, body) in enumerate(zip(NAMES[:2], BODIES, strict=False), start=2):
        records += [f"{name} вели:", f"{day} мај 2012{time}", "", body, "", "Одговори", ""]
    page = parse_text(_page(records))
    assert [c.author for c in page.comments] == (list(NAMES[:2]) if read else [])
    assert bool(_learned(_page(records))) == read
