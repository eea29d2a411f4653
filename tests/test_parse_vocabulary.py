"""The parser's multilingual vocabularies: count headings, heads, dates, badges, chrome.

Each case is a line as pages in that language print it; the point is that the rules
generalise beyond the dev-set pages (issue 2, "It must generalise").
"""

from __future__ import annotations

import pytest

from comments import parse_text
from comments.parse.heads import (
    clean_author,
    is_chrome_in_comment,
    is_date,
    parse_head,
    split_dated_prefix,
)
from comments.parse.patterns import CHROME_HEADINGS, FORM_START
from comments.parse.sections import is_boilerplate_line, is_meta_line, parse_count_heading


@pytest.mark.parametrize(
    ("line", "count"),
    [
        ("3 svar på ”Så sår du tomater”", 3),  # Swedish WordPress
        ("2 kommentarer til “Opskrift på rugbrød”", 2),  # Danish
        ("Ett svar på ”Hej”", 1),
        ("5 kommentarer", 5),  # Norwegian/Danish/Swedish, no title
        ("4 komentarzy", 4),  # Polish
        ("3 comentários em “Pão caseiro”", 3),  # Portuguese
        ("12 Kommentare", 12),
        ("7 commenti su “La ricetta”", 7),
        ("2 kommenttia aiheeseen “Sauna”", 2),  # Finnish
        ("One Response to “A title”", 1),
        ("Comments (14)", 14),
    ],
)
def test_count_headings_in_many_languages(line: str, count: int) -> None:
    parsed = parse_count_heading(line)
    assert parsed is not None and parsed[0] == count


@pytest.mark.parametrize(
    "line", ["Recent developments", "Latest figures show a rise", "3 reasons to stay"]
)
def test_ordinary_lines_are_no_count_heading_or_chrome(line: str) -> None:
    assert parse_count_heading(line) is None
    assert CHROME_HEADINGS.match(line) is None


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Lena Holmqvist skriver:", "Lena Holmqvist"),
        ("Ola Nordmann sier:", "Ola Nordmann"),
        ("Mette siger:", "Mette"),
        ("Maria Souza disse:", "Maria Souza"),
        ("Ana escreveu:", "Ana"),
        ("Virtanen kirjoitti:", "Virtanen"),
        ("Kasia napisała:", "Kasia"),
        ("Marta Gil dijo...", "Marta Gil"),
        ("Jeanne a dit...", "Jeanne"),
        ("Giulia ha detto...", "Giulia"),
    ],
)
def test_says_heads_in_many_languages(line: str, author: str) -> None:
    head = parse_head(line)
    assert head is not None and head.author == author


@pytest.mark.parametrize(
    ("line", "author", "stamp"),
    [
        ("Posted by Bethan Lloyd on 2 February 2023, 14:20", "Bethan Lloyd", "2 February 2023"),
        ("Publicado por Ana on 4 de maio de 2022 às 09:30", "Ana", "4 de maio de 2022"),
        ("skywatcher_ron Mod • 3 years ago", "skywatcher_ron", "3 years ago"),
        ("Tomasz K. Top Commenter • 3 years ago", "Tomasz K.", "3 years ago"),
        ("Ann (Moderator) | March 3, 2013", "Ann", "March 3, 2013"),
        ("Kari Nordmann • 2 år siden", "Kari Nordmann", "2 år siden"),
        ("Pekka • 3 päivää sitten", "Pekka", "3 päivää sitten"),
        ("Kommentar von Ute von der Heide — 2019-01-01 @ 00:39", "Ute von der Heide", "2019"),
        ("Commentaire de Jeanne Roux — 2019-01-01 @ 00:45", "Jeanne Roux", "2019-01-01"),
        ("Comentario de Ana Gil | 4 de mayo de 2022", "Ana Gil", "4 de mayo de 2022"),
    ],
)
def test_dated_heads_lose_prefixes_and_badges(line: str, author: str, stamp: str) -> None:
    head = parse_head(line)
    assert head is not None and head.author == author
    assert head.timestamp is not None and stamp in head.timestamp


@pytest.mark.parametrize(
    ("name", "clean"),
    [
        ("Priya Natarajan Author ➦ skywatcher_ron", "Priya Natarajan"),
        ("Ann Verified Staff", "Ann"),
        ("Desmod", "Desmod"),  # a badge glued inside a word is part of the name
        ("Admin", "Admin"),  # a name that is only a badge word stays
    ],
)
def test_badges_are_not_part_of_names(name: str, clean: str) -> None:
    assert clean_author(name) == clean


@pytest.mark.parametrize(
    "line",
    [
        "15 oktober 2023 kl. 08:12",
        "4 de maio de 2022 às 09:30",
        "12. maaliskuuta 2023 klo 14.05",
        "3 marca 2021 o 10:15",
        "2 marts 2020 kl. 9:30",
        "14 desember 2019",
        "for 2 år siden",
        "3 lata temu",
        "Publicerat den 14 oktober 2023",
    ],
)
def test_dates_in_nordic_polish_and_portuguese(line: str) -> None:
    assert is_date(line)


@pytest.mark.parametrize(
    "line", ["Published: 2 February 2023", "Publicado por Jaime Ortega en 20:15"]
)
def test_date_and_byline_lines_are_meta_never_titles(line: str) -> None:
    assert is_meta_line(line)


@pytest.mark.parametrize(
    "line",
    ["Svara", "Responder", "Gilla", "Rapportera", "Usuń", "Muokkaa", "Reply · Report · Edit"],
)
def test_link_words_are_chrome(line: str) -> None:
    assert is_chrome_in_comment(line)


@pytest.mark.parametrize(
    "line",
    [
        "Latest comments",
        "Related news",
        "Recent Posts",
        "More from Harbourside Gazette",
        "Most read stories this week",
        "You may also like",
        "What our customers say",
        "Senaste kommentarer",
        "Comentários recentes",
        "Najnowsze komentarze",
        "Entradas populares",
    ],
)
def test_sidebar_and_related_headings_are_chrome(line: str) -> None:
    assert CHROME_HEADINGS.match(line)


def test_what_someone_said_in_an_article_is_no_testimonial_heading() -> None:
    assert CHROME_HEADINGS.match("What our mechanics said") is None


@pytest.mark.parametrize(
    "line", ["Lämna ett svar", "Legg igjen en kommentar", "Jätä kommentti", "Deixe um comentário"]
)
def test_comment_forms_in_many_languages(line: str) -> None:
    assert FORM_START.match(line)


@pytest.mark.parametrize(
    ("line", "opens"),
    [
        ("Leave a ReplyCancel reply", True),  # the cancel link glued to the form's title
        ("Hinterlasse einen KommentarKommentar abbrechen", True),
        ("Leave a Replyx", False),  # a longer word, not two glued
        ("Your comments", False),
        ("LEAVE A REPLYING", False),  # capitals throughout: no glued word
    ],
)
def test_a_forms_title_glued_to_its_cancel_link_opens_the_form(line: str, opens: bool) -> None:
    assert (FORM_START.match(line) is not None) == opens


@pytest.mark.parametrize(
    "line", ["Comments are off for this post.", "Kommentarer är stängda.", "(C) 2023 Acme Ltd."]
)
def test_closed_notices_and_footers_are_boilerplate(line: str) -> None:
    assert is_boilerplate_line(line)


def test_a_date_run_into_the_next_head_is_split() -> None:
    assert split_dated_prefix("March 5, 2011 at 3:42 PM Delete Ann said...") == (
        "March 5, 2011 at 3:42 PM",
        "Ann said...",
    )


def test_a_swedish_wordpress_thread_parses() -> None:
    page = parse_text(
        "Så sår du tomater\n\nFörså i april, i ett ljust fönster och i fuktig jord.\n\n"
        "2 svar på ”Så sår du tomater”\n\n"
        "  1. Lena skriver:\n     15 oktober 2023 kl. 08:12\n\n     Tack för tipsen!\n\n"
        "     Svara\n"
        "  2. Per skriver:\n     16 oktober 2023 kl. 19:03\n\n     Funkar det med chili?\n\n"
        "     Svara\n\nLämna ett svar\n"
    )
    assert page.declared_count == 2
    assert [(c.author, c.text) for c in page.comments] == [
        ("Lena", "Tack för tipsen!"),
        ("Per", "Funkar det med chili?"),
    ]
    assert page.comments[0].timestamp == "15 oktober 2023 kl. 08:12"


@pytest.mark.parametrize("name", ["Da Silva", "von Trier", "Di Maio", "Par Olsson"])
def test_names_that_begin_with_a_preposition_keep_it(name: str) -> None:
    assert clean_author(name) == name
