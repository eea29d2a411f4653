"""A sidebar printed beside the text (comments/parse/columns.py): taken out where the
page's layout shows one, and tables of rows left as they are."""

from __future__ import annotations

import textwrap

from comments import parse_text
from comments.parse.columns import split_side_columns

EDGE = 35  # where the page's text column starts, as w3m lays out a three-column table
SIDEBAR = [
    "My name is Ann Lee and I am a",
    "researcher at a university, and",
    "I write about media, culture",
    "and the communities that grow",
    "around them. I spend my time in",
    "three cities and in the air.",
    "Buzzwords in my world include",
    "privacy, context and youth.",
    "",
    "[Cover]",
    "",
    "Relevant links:",
    "  • my research papers",
    "  • my dissertation",
]
BODY = [
    "I'd very much like to see a study of",
    "how people take part across borders,",
    "including the role of fans who give",
    "their time to translate what others",
    "made, where no market would pay for it.",
]
COMMENTERS = ("Ada Brennan", "Tom Riley", "Nina Park", "Omar Haddad")


def _main_column() -> list[str]:
    """A comment list in the page's text column: bullet heads, dates, bodies."""
    lines = ["Comments:", ""]
    for k, name in enumerate(COMMENTERS):
        lines += [f"• {name}", f"  August {k + 5}th, 2012 at 9:3{k} am", ""]
        lines += [f"  {line}" for line in BODY] + [""]
    return lines


def _page(sidebar_at: int) -> str:
    """An article, then the comments in the text column with ``SIDEBAR`` beside them
    from the main column's line ``sidebar_at`` on."""
    main = _main_column()
    lines = [" " * EDGE + "A Post About Participation", ""]
    lines += [" " * EDGE + "The post asks what readers would like to see studied."] * 3 + [""]
    for k, text in enumerate(main):
        side = k - sidebar_at
        left = SIDEBAR[side] if 0 <= side < len(SIDEBAR) else ""
        lines.append((f"{left:<{EDGE - 2}}  {text}" if text else left).rstrip())
    return "\n".join(lines) + "\n"


def test_a_sidebar_beside_the_comments_is_taken_out_of_their_heads_and_bodies() -> None:
    page = parse_text(_page(sidebar_at=8))  # the sidebar runs beside comments 2 and 3
    assert [c.author for c in page.comments] == list(COMMENTERS)
    assert [c.depth for c in page.comments] == [0, 0, 0, 0]
    assert all("research" not in c.text and "Buzzwords" not in c.text for c in page.comments)
    assert page.comments[1].text.startswith("I'd very much like")
    assert "Buzzwords in my world include" in page.boilerplate


def test_the_sidebar_becomes_spaces_and_every_line_keeps_its_number_and_column() -> None:
    lines = _page(sidebar_at=8).splitlines()
    kept, sidebar = split_side_columns(lines)
    assert len(kept) == len(lines)
    assert not any("Buzzwords" in line or "dissertation" in line for line in kept)
    assert sidebar == [line.strip() for line in SIDEBAR if line]  # kept as boilerplate
    changed = [i for i in range(len(lines)) if kept[i] != lines[i]]
    assert changed  # the sidebar's lines, and only what stood left of the text column
    assert all(kept[i][EDGE:] == lines[i][EDGE:] for i in changed)
    assert all(not kept[i][: EDGE - 1].strip() for i in changed)


def test_a_recipe_laid_out_in_two_cells_keeps_its_ingredients() -> None:
    # the method beside the ingredients holds more text, but no page text goes on at its
    # column above or below the table: two cells, no sidebar
    ingredients = ["Ingredients:", "200 g flour", "50 g sugar", "100 g butter", "2 eggs",
                   "250 ml milk", "a pinch of salt", "7 g yeast"]  # fmt: skip
    method = [line + " then" for line in BODY] * 2
    lines = ["Sunday Dough", ""]
    lines += [f"{ingredients[k] if k < len(ingredients) else '':<24}{method[k]}"
              for k in range(len(method))]  # fmt: skip
    lines += ["", "Enjoy!"]
    assert split_side_columns(lines) == (lines, [])


def test_comment_records_printed_as_table_rows_keep_their_names() -> None:
    lines = ["Comments", ""]
    for name in COMMENTERS * 2:  # each record a row: who and when beside what they wrote
        cells = [name, "May 2, 2012", "Reply"]
        for k, text in enumerate(BODY):
            left = cells[k] if k < len(cells) else ""
            lines.append(f"{left:<20}{text}")
        lines.append("")
    lines += [" " * 20 + "Leave a Reply", " " * 20 + "Name (required)", " " * 20 + "Email"]
    assert split_side_columns(lines) == (lines, [])


def test_forum_posts_with_tall_author_cells_keep_them() -> None:
    cell = ["{name}", "Member", "Joined: 2009", "Posts: 1,204", "Location: Leeds", "[avatar]"]
    lines = []
    for name in COMMENTERS * 2:  # cells as tall as a sidebar's block, one per post
        for k in range(8):
            left = cell[k].format(name=name) if k < len(cell) else ""
            right = BODY[k % len(BODY)] if k < 7 else ""
            lines.append(f"{left:<20}{right}".rstrip())
    lines += [" " * 20 + "Quick reply", " " * 20 + "Message:", " " * 20 + "[ Post ]"]
    assert split_side_columns(lines) == (lines, [])


def test_forum_posts_longer_than_their_author_cells_keep_them() -> None:
    # each post's text runs on well below its author cell: one cell per post, apart
    cell = ["{name}", "Member", "Joined: 2009", "Posts: 1,204", "Location: Leeds", "[avatar]"]
    lines = []
    for name in COMMENTERS:
        post = BODY * 4
        lines += [f"{cell[k].format(name=name) if k < len(cell) else '':<20}{text}".rstrip()
                  for k, text in enumerate(post)] + [""]  # fmt: skip
    assert split_side_columns(lines) == (lines, [])


def test_an_article_beside_a_longer_sidebar_on_its_right_stays() -> None:
    article = [line + " and so on." for line in BODY] * 5  # the page's text, on the left
    sidebar = ["Recent posts", "A post", "Another", "Archive", "May 2012"] * 7
    lines = [f"{' ':<55}{sidebar[k]}" for k in range(3)]
    lines += [f"{article[k]:<55}{sidebar[k + 3]}" for k in range(len(article))]
    lines += [f"{' ':<55}{s}" for s in sidebar[len(article) + 3 :]]
    assert split_side_columns(lines) == (lines, [])


def test_a_line_across_the_gutter_says_there_are_no_two_columns() -> None:
    lines = _page(sidebar_at=8).splitlines()
    wide = "A line of the page that runs across its whole width, over both columns at once."
    lines.insert(20, wide)  # among the side-by-side lines
    assert split_side_columns(lines)[0][20] == wide


WRAP = 60  # the width the converter wrapped the page's text at
PROSE = (
    "The council met on Tuesday to talk about the new bus routes, and residents came to say "
    "what they think of the plan, which moves two stops and adds a night line. "
) * 6


def _wrapped_page(right: dict[int, str]) -> list[str]:
    """A page wrapped at ``WRAP`` columns (article, three dated comments), with the cells
    of ``right`` printed beside lines (by number) past the wrapped text."""
    lines = ["Bus Routes", "", *textwrap.wrap(PROSE * 3, WRAP), "", "3 Comments", ""]
    for k, name in enumerate(COMMENTERS[:3], start=1):
        lines += [f"{name} says:", f"May {k}, 2012 at 9:1{k} am", ""]
        lines += [*textwrap.wrap(PROSE[: 150 + 20 * k], WRAP), "", "Reply", ""]
    for i, cell in right.items():
        lines[i] = f"{lines[i]:<{WRAP + 4}}{cell}"
    return lines


def test_a_cell_right_of_the_wrapped_text_is_a_sidebar() -> None:
    lines = _wrapped_page({})
    date_line = lines.index("May 2, 2012 at 9:12 am")
    lines = _wrapped_page({date_line: "subscribe to", date_line + 2: "Your email:"})
    kept, sidebar = split_side_columns(lines)
    assert sidebar == ["subscribe to", "Your email:"]
    assert kept[date_line] == "May 2, 2012 at 9:12 am"
    page = parse_text("\n".join(lines))
    assert [c.author for c in page.comments] == list(COMMENTERS[:3])
    assert page.comments[1].timestamp == "May 2, 2012 at 9:12 am"  # its date line is read
    assert not any("subscribe" in c.text or "Your email" in c.text for c in page.comments)


def test_a_cell_within_the_wrapped_width_stays() -> None:
    lines = _wrapped_page({})
    head = lines.index(f"{COMMENTERS[1]} says:")
    # a head printed as a table row that runs past the width: its cell starts within it
    lines[head] = f"{COMMENTERS[1]:<30}May 2, 2012 at 9:12 am, edited twice since then"
    assert split_side_columns(lines) == (lines, [])


def test_unwrapped_text_has_no_width_to_stand_right_of() -> None:
    # html2text and inscriptis print each paragraph on one line: no column width, and a
    # table row's second cell far right of most lines is still the page's text
    lines = [PROSE[: 40 + 7 * k] for k in range(60)]
    lines.append(f"{PROSE[:500]}     the second cell of a table row")
    assert split_side_columns(lines) == (lines, [])


def test_a_forms_input_boxes_keep_their_borders() -> None:
    # w3m draws a text area as rows of "[" and "]": its left border is no sidebar, though
    # a list goes on right of it below
    boxes = [f"[{' ' * 22}] {label}" for label in ("Name (required)", "Mail", "Website")]
    lines = [f"    {line}" for line in BODY * 3] + ["", "Leave a Reply", ""]  # a thread above
    lines += [line for box in boxes for line in (box, "")]
    lines += [f"[{' ' * 60}]"] * 8 + ["", "[Submit Comment]", "", "Popular Posts", ""]
    lines += [f"  • {title}" for title in ("How to Learn", "Holistic Learning", "Best of")]
    assert split_side_columns(lines) == (lines, [])
