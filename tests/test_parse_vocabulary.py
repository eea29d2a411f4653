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
from comments.parse.patterns import CHROME_HEADINGS, FORM_START, REPLY_TO_LINE
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
        ("Comments 5", 5),  # a count badge beside the heading
        ("Kommentare · 3", 3),
    ],
)
def test_count_headings_in_many_languages(line: str, count: int) -> None:
    parsed = parse_count_heading(line)
    assert parsed is not None and parsed[0] == count


@pytest.mark.parametrize(
    "line",
    ["Recent developments", "Latest figures show a rise", "3 reasons to stay", "Comments 5 to 9"],
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
        ("tom_b · 5 points", "tom_b"),  # a score is no part of the name either
        ("Ann Lee 6 pts", "Ann Lee"),
        ("Jonas -2 Punkte", "Jonas"),
        ("Agent 47", "Agent 47"),  # a number without a score's unit stays
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


NAMES = ("Maria Keller", "tom_b", "Jonas Petersen")
BODIES = (
    "I grew up by that river and the floods were worse every year. Glad to see action.",
    "Two years seems optimistic to me. These projects always run late and over budget.",
    "Does anyone know whether the old mill will be kept? It is a lovely building.",
)


ARTICLE = (
    "Why the river floods\n\nThe river rises each spring when snow melts in the hills "
    "above the town, and the council has now approved a plan to hold it back.\n\n"
)


def _thread_page(head: str) -> str:
    """An article, then three comments whose heads are ``head`` with each name."""
    records = "".join(
        f"{head.format(name=name)}\n\n{body}\n\nReply\n\n"
        for name, body in zip(NAMES, BODIES, strict=True)
    )
    return f"{ARTICLE}3 comments\n\n{records}Leave a Reply\n"


@pytest.mark.parametrize(
    ("head", "stamp"),
    [
        ("{name} | Mar 3 '15 at 16:12", "Mar 3 '15 at 16:12"),  # a year's last two digits
        ("{name}\nMar 3 '15", "Mar 3 '15"),
        ("{name}\n2015-03-03T16:12:00Z", "2015-03-03T16:12:00Z"),  # ISO 8601
        ("{name}\n2015-03-03T16:12+01:00", "2015-03-03T16:12+01:00"),
        ("{name}\n4:12 PM - 3 Mar 2015", "4:12 PM - 3 Mar 2015"),  # the time first
        ("{name}\n3rd of March, 2015", "3rd of March, 2015"),
    ],
)
def test_dates_as_other_sites_print_them_date_the_comments(head: str, stamp: str) -> None:
    page = parse_text(_thread_page(head))
    assert [(c.author, c.text) for c in page.comments] == list(zip(NAMES, BODIES, strict=True))
    assert {c.timestamp for c in page.comments} == {stamp}


@pytest.mark.parametrize(
    "line", ["3 of March's best", "page 3 of 5", "Rock 'n' roll in '15", "Top 10 of 2015"]
)
def test_words_around_numbers_are_no_date(line: str) -> None:
    assert not is_date(line)


@pytest.mark.parametrize(
    "head", ["Post by {name} » Tue Mar 03, 2015 4:12 pm", "by {name} » Tue Mar 03, 2015 4:12 pm"]
)
def test_a_forums_post_heads_name_the_writer_before_a_guillemet(head: str) -> None:
    """Forum software heads each post "Post by NAME » DATE": the writer is the name alone."""
    page = parse_text(_thread_page(head))
    assert [(c.author, c.timestamp) for c in page.comments] == [
        (name, "Tue Mar 03, 2015 4:12 pm") for name in NAMES
    ]


def test_post_titles_dated_after_a_guillemet_are_no_comments() -> None:
    posts = "".join(
        f"{title} » March {day}, 2015\n\n{body}\n\n"
        for title, day, body in (
            ("Spring planting", 3, "Tomatoes need warmth. Here is how."),
            ("Walks near the mill", 5, "The mill is lovely. These are our favourites."),
            ("Why bees matter", 9, "Bees pollinate a third of what we eat."),
        )
    )
    text = "Home » News » March 3, 2015\n\n" + _thread_page("{name}").split("3 comments")[0]
    assert parse_text(text + "Related\n\n" + posts).comments == []


def test_a_score_between_name_and_age_is_no_part_of_the_name() -> None:
    page = parse_text(_thread_page("{name} · 5 points · 3 years ago"))
    assert [(c.author, c.timestamp) for c in page.comments] == [
        (name, "3 years ago") for name in NAMES
    ]


@pytest.mark.parametrize(
    "head", ["{name} (not verified)\nTue, 03/03/2015 - 16:12", "{name} (nicht überprüft)\n3.3.2015"]
)
def test_a_guests_badge_in_brackets_leaves_the_name(head: str) -> None:
    """Drupal marks a guest's name "(not verified)": the name's line is a head still."""
    page = parse_text(_thread_page(head))
    assert [c.author for c in page.comments] == list(NAMES)


# WordPress heads as its Korean, Arabic, Persian, Chinese, Japanese and Greek translations
# print them: the half of a twelve-hour clock is a word of the language, after the time or
# before it; each stamp in full.
TWELVE_HOUR_HEADS = [
    ("{name} 님의 말:\n2015년 3월 3일 4:12 오후", "답글", "2015년 3월 3일 4:12 오후"),
    ("{name} 님의 말:\n2015년 3월 3일 9:05 오전", "응답", "2015년 3월 3일 9:05 오전"),
    ("{name} قال:\nمارس 3, 2015 في 4:12 م", "رد", "مارس 3, 2015 في 4:12 م"),
    ("{name} گفت:\nمارس 3, 2015 در 9:05 ق.ظ", "پاسخ", "مارس 3, 2015 در 9:05 ق.ظ"),
    ("{name}说道：\n2015年3月3日 下午4:12", "回复", "2015年3月3日 下午4:12"),
    ("{name} 表示:\n2015 年 3 月 3 日 上午 9:05", "回覆", "2015 年 3 月 3 日 上午 9:05"),
    ("{name} より:\n2015年3月3日 午後4:12", "返信", "2015年3月3日 午後4:12"),
    ("{name} λέει:\n3 Μαρτίου 2015 στις 4:12 μ.μ.", "Απάντηση", "3 Μαρτίου 2015 στις 4:12 μ.μ."),
]
CLOCK_LANGUAGES = ["ko pm", "ko am", "ar", "fa", "zh", "zh-Hant", "ja", "el"]


def _localised_page(head: str, reply: str, *, heading: bool) -> str:
    records = "".join(
        f"{head.format(name=name)}\n{body}\n{reply}\n\n"
        for name, body in zip(NAMES, BODIES, strict=True)
    )
    return ARTICLE + ("3 comments\n\n" if heading else "") + records


@pytest.mark.parametrize("heading", [True, False], ids=["heading", "no heading"])
@pytest.mark.parametrize(("head", "reply", "stamp"), TWELVE_HOUR_HEADS, ids=CLOCK_LANGUAGES)
def test_a_localised_clocks_half_dates_the_comment_and_names_nobody(
    head: str, reply: str, stamp: str, heading: bool
) -> None:
    page = parse_text(_localised_page(head, reply, heading=heading))
    assert [(c.author, c.text) for c in page.comments] == list(zip(NAMES, BODIES, strict=True))
    assert {c.timestamp for c in page.comments} == {stamp}


@pytest.mark.parametrize("line", [stamp for _, _, stamp in TWELVE_HOUR_HEADS], ids=CLOCK_LANGUAGES)
def test_a_date_with_a_localised_clocks_half_is_a_date_line(line: str) -> None:
    assert is_date(line)
    assert parse_head(line) is None


def test_a_verb_the_vocabulary_lacks_is_learned_over_such_dates() -> None:
    """The verb "كتب:" ("wrote:") is no word of the vocabulary: once the dates read, the
    three heads stamped to the minute teach it, as they do in any language."""
    page = parse_text(_localised_page("{name} كتب:\nمارس 3, 2015 في 4:12 م", "رد", heading=False))
    assert [(c.author, c.text) for c in page.comments] == list(zip(NAMES, BODIES, strict=True))


def test_a_news_list_dated_with_a_localised_clocks_half_has_no_comments() -> None:
    """Titles over dated teasers: the clock's half is no author, and the dates make no
    thread of them."""
    teasers = "".join(
        f"عنوان الخبر رقم {i} عن المدينة\nمارس {i}, 2015 في 4:1{i} م\n"
        f"نص قصير عن الخبر رقم {i} في المدينة والمجلس.\n\n"
        for i in range(1, 6)
    )
    page = parse_text(ARTICLE + "أخبار\n\n" + teasers)
    assert page.comments == []


# One or two comments as WordPress prints them in languages whose words a page too short to
# teach them (:mod:`comments.parse.dialect` needs three records) must be known: the
# heading, the "says" verb, the date's month, "Reply" and the form, in each language.
FEW_COMMENTS = {
    "ru": ("{n} комментария", "{name} говорит:", "3 марта 2015 в 16:12", "Ответить",
           "Добавить комментарий", "3 марта 2015"),
    "uk": ("{n} коментарі", "{name} каже:", "3 березня 2015 о 16:12", "Відповісти",
           "Залишити коментар", "3 березня 2015"),
    "cs": ("{n} komentáře", "{name} napsal:", "3. března 2015 v 16:12", "Odpovědět",
           "Napsat komentář", "3. března 2015"),
    "tr": ("{n} yorum", "{name} dedi ki:", "3 Mart 2015 saat 16:12", "Yanıtla",
           "Bir yanıt yazın", "3 Mart 2015"),
}  # fmt: skip


@pytest.mark.parametrize("count", [1, 2])
@pytest.mark.parametrize("language", list(FEW_COMMENTS))
def test_one_or_two_comments_are_read_in_the_vocabularys_languages(
    language: str, count: int
) -> None:
    heading, head, date, reply, form, stamp = FEW_COMMENTS[language]
    records = "".join(
        f"{head.format(name=name)}\n{date}\n{body}\n{reply}\n\n"
        for name, body in list(zip(NAMES, BODIES, strict=True))[:count]
    )
    page = parse_text(f"{ARTICLE}{heading.format(n=count)}\n\n{records}{form}\n")
    expected = list(zip(NAMES, BODIES, strict=True))[:count]
    assert [(c.author, c.text) for c in page.comments] == expected
    assert all(stamp in (c.timestamp or "") for c in page.comments)
    assert page.declared_count == count


@pytest.mark.parametrize(
    "line",
    [
        "В ответ на Anna Petrova",
        "Ответ для  Anna Petrova",
        "У відповідь на Anna Petrova",
        "Odpověď na Anna Petrova",
        "Yanıt olarak Anna Petrova",
        "Yanıtla:  Anna Petrova",  # "Reply to: …" (alone, "Yanıtla" is the "Reply" link)
    ],
)
def test_a_reply_to_line_in_russian_ukrainian_czech_or_turkish_names_the_comment_it_answers(
    line: str,
) -> None:
    match = REPLY_TO_LINE.match(line)
    assert match is not None and match["name"] == "Anna Petrova"


def test_a_row_of_turkish_links_names_no_one() -> None:
    assert REPLY_TO_LINE.match("Yanıtla Paylaş") is None  # "Reply Share"


@pytest.mark.parametrize(
    ("line", "time"),
    [
        ("15. listopada 2012. u 06:24", "u 06:24"),  # a month the vocabulary knows (Polish)
        ("03.03.2015. u 16:12", "u 16:12"),
        ("3. März 2015. um 16:12", "um 16:12"),
    ],
)
def test_a_full_stop_after_the_year_keeps_the_time_in_the_date(line: str, time: str) -> None:
    """Croatian, Serbian and Hungarian write the year with a full stop ("2012. u 06:24"):
    the time after it is the date's, not the next record's name."""
    assert is_date(line)
    page = parse_text(_localised_page("{name}\n" + line, "Odgovori", heading=True))
    assert [(c.author, c.text) for c in page.comments] == list(zip(NAMES, BODIES, strict=True))
    assert all(c.timestamp is not None and c.timestamp.endswith(time) for c in page.comments)


@pytest.mark.parametrize(
    "line", ["3 года назад", "месяц назад", "3 роки тому", "3 yıl önce", "před 3 lety"]
)
def test_an_age_in_russian_ukrainian_turkish_or_czech_is_a_date(line: str) -> None:
    assert is_date(line)


@pytest.mark.parametrize("line", ["вернуться назад", "саме тому", "bir şey önce", "před domem"])
def test_the_words_of_an_age_without_a_unit_of_time_are_no_date(line: str) -> None:
    """ "go back", "that is why", "before a thing", "in front of the house"."""
    assert not is_date(line)


def test_a_disqus_thread_dated_by_ages_in_russian_is_read() -> None:
    records = "".join(
        f"{name}\n{n} года назад\n{body}\nОтветить\n\n"
        for n, (name, body) in enumerate(list(zip(NAMES, BODIES, strict=True))[:2], 2)
    )
    page = parse_text(f"{ARTICLE}2 комментария\n\n{records}Добавить комментарий\n")
    assert [(c.author, c.timestamp) for c in page.comments] == [
        (NAMES[0], "2 года назад"),
        (NAMES[1], "3 года назад"),
    ]


@pytest.mark.parametrize(
    ("line", "count", "title"),
    [
        ("3 комментария к записи «Хлеб»", 3, "Хлеб"),
        ("5 коментарів до запису «Хліб»", 5, "Хліб"),
        ("3 komentáře u „Chléb“", 3, "Chléb"),
        ("“Ekmek” için 3 yorum", 3, "Ekmek"),  # Turkish names the post first
    ],
)
def test_a_count_heading_names_its_post_in_russian_ukrainian_czech_and_turkish(
    line: str, count: int, title: str
) -> None:
    assert parse_count_heading(line) == (count, title)


def test_a_quoted_phrase_and_a_number_of_people_is_no_count_heading() -> None:
    assert parse_count_heading('"Hello" said 3 people') is None


@pytest.mark.parametrize("line", ["12. studenoga 2012.", "15. listopada 2012.", "3. März 2015."])
def test_a_date_alone_may_end_with_the_years_full_stop(line: str) -> None:
    """Croatian and Serbian write the year with a full stop ("12. studenoga 2012."), the
    month known to the vocabulary or not: a date line, over each record's name."""
    assert is_date(line)
    page = parse_text(_localised_page(line + "\n{name}", "Reply", heading=True))
    assert [(c.author, c.text) for c in page.comments] == list(zip(NAMES, BODIES, strict=True))
    assert {c.timestamp for c in page.comments} == {line.removesuffix(".")}
