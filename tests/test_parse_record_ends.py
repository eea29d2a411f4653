"""Where the last comment ends (comments/parse/parser.py): the page's footer, a sidebar
or the comment form after it is no part of its text."""

from __future__ import annotations

from comments import parse_text

ARTICLE = "A Post\n\nThe article says something at length, in a sentence or two.\n\n"
PEOPLE = ("Ann Lee", "Bob Stone", "Cleo Park")
FINE = "A fine post, thank you for it."
SIDEBAR = "Hi! I am Amber, a mom of four boys, and I love to bake, sew and read.\n\nFavorite Posts:"


def _texts(page: str) -> list[str]:
    return [c.text for c in parse_text(page).comments]


def _thread(heading: str, record: str, last_body: str, after: str = "") -> str:
    """An article, then ``heading`` over one record per person, each printed from the
    template ``record`` ({k}, {name}, {body}); the last person's body is ``last_body``."""
    bodies = [FINE] * (len(PEOPLE) - 1) + [last_body]
    records = (
        record.format(k=k, name=name, body=body)
        for k, (name, body) in enumerate(zip(PEOPLE, bodies, strict=True), start=1)
    )
    return ARTICLE + heading + "".join(records) + after


# html2text: numbered heads, bodies at column 0, no "Reply" row (the heading alone tells)
MARKDOWN = "  {k}. {name} says:\n\nMay {k}, 2012 at 9:1{k} am\n\n{body}\n\n"
MARKDOWN_HEADING = "### 3 Responses to “A Post”\n\n"


def test_a_marked_heading_after_the_last_comment_ends_it() -> None:
    page = _thread(MARKDOWN_HEADING, MARKDOWN, "Loved it, and I will bake it again.")
    page += "## Primary Sidebar\n\n### Well hello!\n\n" + SIDEBAR + "\n"
    texts = _texts(page)
    assert len(texts) == 3
    assert texts[-1] == "Loved it, and I will bake it again."
    assert "Well hello!" in parse_text(page).boilerplate


def test_a_heading_level_the_records_use_stays_inside_the_last_one() -> None:
    # each comment prints its title as a level-5 heading: the last one's is no footer
    titled = MARKDOWN.replace("{body}", "##### Great post\n\n{body}")
    last = "Loved it.\n\n##### P.S.\n\nAnd I will bake it again next week, with more butter."
    texts = _texts(_thread(MARKDOWN_HEADING, titled, last))
    assert len(texts) == 3
    assert texts[-1].endswith("with more butter.")


def test_text_at_the_list_markers_column_is_no_more_of_the_last_comment() -> None:
    # w3m: a numbered list at the margin, bodies indented under it, no "Reply" row
    listed = "{k}. {name} says:\n    May {k}, 2012 at 9:1{k} am\n\n    {body}\n"
    body = "I made this on Sunday, and my family loved it.\n    Thanks for sharing it."
    after = "\nWhat do you think?\n\nClick here to cancel reply.\n\n[          ] Your name\n"
    texts = _texts(_thread("3 Responses\n\n", listed, body, after))
    assert texts[-1] == "I made this on Sunday, and my family loved it.\nThanks for sharing it."


def test_what_follows_the_last_comments_own_action_row_is_not_its_text() -> None:
    # every record closes with its row of links; then a policy paragraph in a language
    # the vocabulary may lack, then a form's button
    closed = "{name} says:\nMay {k}, 2012 at 9:1{k} am\n\n{body}\n\n☆ Antworten\n\n"
    after = "Liebe Leserinnen und Leser, wir freuen uns über jeden Beitrag.\n\nSpeichern\n"
    last = "Two paragraphs of mine.\n\nThe second one, with a closing thought."
    texts = _texts(_thread("3 Comments\n\n", closed, last, after))
    assert texts[-1] == last.replace("\n\n", "\n")
    assert "Speichern" not in texts[-1]


def test_without_action_rows_the_last_comment_keeps_its_paragraphs() -> None:
    records = [
        f"{name} says:\nMay {k}, 2012 at 9:1{k} am\n\nFirst thought.\n\nSecond thought.\n\n"
        for k, name in enumerate(PEOPLE, start=1)
    ]
    texts = _texts(ARTICLE + "3 Comments\n\n" + "".join(records))
    assert texts[-1] == "First thought.\nSecond thought."
