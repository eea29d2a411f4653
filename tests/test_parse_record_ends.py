"""Where the last comment ends (comments/parse/parser.py): the page's footer, a sidebar
or the comment form after it is no part of its text."""

from __future__ import annotations

from comments import parse_text

ARTICLE = "A Post\n\nThe article says something at length, in a sentence or two.\n\n"
PEOPLE = ("Ann Lee", "Bob Stone", "Cleo Park")
SIDEBAR = "Hi! I am Amber, a mom of four boys, and I love to bake, sew and read.\n\nFavorite Posts:"


def _texts(page: str) -> list[str]:
    return [c.text for c in parse_text(page).comments]


def _markdown_records(last_text: str, title: str = "") -> str:
    """Comments as html2text prints them: numbered heads, bodies at column 0 (no "Reply"
    row closes them: the heading alone tells where the last one ends)."""
    records = [
        f"  {k}. {name} says:\n\nMay {k}, 2012 at 9:1{k} am\n\n{title}"
        f"{last_text if k == len(PEOPLE) else 'A fine post, thank you for it.'}\n\n"
        for k, name in enumerate(PEOPLE, start=1)
    ]
    return ARTICLE + "### 3 Responses to “A Post”\n\n" + "".join(records)


def test_a_marked_heading_after_the_last_comment_ends_it() -> None:
    page = _markdown_records("Loved it, and I will bake it again.") + "## Primary Sidebar\n\n"
    page += "### Well hello!\n\n" + SIDEBAR + "\n"
    texts = _texts(page)
    assert len(texts) == 3
    assert texts[-1] == "Loved it, and I will bake it again."
    assert "Well hello!" in parse_text(page).boilerplate


def test_a_heading_level_the_records_use_stays_inside_the_last_one() -> None:
    # each comment prints its title as a level-5 heading: the last one's is no footer
    last = "Loved it.\n\n##### P.S.\n\nAnd I will bake it again next week, with more butter."
    texts = _texts(_markdown_records(last, title="##### Great post\n\n"))
    assert len(texts) == 3
    assert texts[-1].endswith("with more butter.")


def _list_records(after: str) -> str:
    """Comments as w3m prints a numbered list at the margin: bodies indented under it
    (no "Reply" row closes them: the margin alone tells where the last one ends)."""
    records = [
        f"{k}. {name} says:\n    May {k}, 2012 at 9:1{k} am\n\n"
        f"    I made this on Sunday, and my family loved it.\n    Thanks for sharing it.\n"
        for k, name in enumerate(PEOPLE, start=1)
    ]
    return ARTICLE + "3 Responses\n\n" + "".join(records) + after


def test_text_at_the_list_markers_column_is_no_more_of_the_last_comment() -> None:
    after = "\nWhat do you think?\n\nClick here to cancel reply.\n\n[          ] Your name\n"
    texts = _texts(_list_records(after))
    assert texts[-1] == "I made this on Sunday, and my family loved it.\nThanks for sharing it."


def _closed_records(last_body: str, after: str, links: str = "Reply") -> str:
    """Comments whose every record closes with its own row of action links."""
    records = [
        f"{name} says:\nMay {k}, 2012 at 9:1{k} am\n\n"
        f"{last_body if k == len(PEOPLE) else 'A fine post, thank you for it.'}\n\n{links}\n\n"
        for k, name in enumerate(PEOPLE, start=1)
    ]
    return ARTICLE + "3 Comments\n\n" + "".join(records) + after


def test_what_follows_the_last_comments_own_action_row_is_not_its_text() -> None:
    # a policy paragraph in a language the vocabulary may lack, then a form
    after = (
        "Liebe Leserinnen und Leser, wir freuen uns über jeden Beitrag zur Debatte.\n\nSpeichern\n"
    )
    last = "Two paragraphs of mine.\n\nThe second one, with a closing thought."
    texts = _texts(_closed_records(last, after, links="☆ Antworten"))
    assert texts[-1] == last.replace("\n\n", "\n")
    assert "Speichern" not in texts[-1]


def test_without_action_rows_the_last_comment_keeps_its_paragraphs() -> None:
    records = [
        f"{name} says:\nMay {k}, 2012 at 9:1{k} am\n\nFirst thought.\n\nSecond thought.\n\n"
        for k, name in enumerate(PEOPLE, start=1)
    ]
    texts = _texts(ARTICLE + "3 Comments\n\n" + "".join(records))
    assert texts[-1] == "First thought.\nSecond thought."
