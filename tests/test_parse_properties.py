"""Property tests of the parser (issue 2's invariants), on generated pages.

Pages are composed from article paragraphs, a comment tree rendered in one of several
list styles (bullets of every kind, numbers, outline numbers, "X says:" heads) with
any indent width or tabs, pingbacks, and boilerplate. Every generated text carries a
unique token, so where it ended up can be checked exactly.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from comments import Page, parse_text
from comments.parse.normalise import normalise_lines

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

BULLETS = ("•", "*", "-", "◦", "□", "☆", "+", "o", "#")
STYLES = ("bullets", "numbers", "outline", "says")
FORM_LINES = (
    "Leave a Reply",
    "Your email address will not be published.",
    "Name *",
    "Email *",
    "Website",
    "Post Comment",
)
HEADING_NOUNS = ("Comments", "thoughts on “this post”", "Responses", "Kommentare")
FIRST_NAMES = ("Ann", "Bob", "Chloé", "Dmitri", "Eve", "Farid", "Grace", "Hugo")


@dataclass(frozen=True)
class Node:
    """A generated comment: its depth, parent index, author and body lines."""

    depth: int
    parent: int | None
    author: str
    body: tuple[str, ...]


@dataclass(frozen=True)
class Generated:
    """A generated page and what the parser must find in it."""

    text: str
    title: str
    paragraphs: tuple[str, ...]
    nodes: tuple[Node, ...]
    pingbacks: tuple[tuple[str, str], ...]
    boilerplate: tuple[str, ...]


def _sentence(token: str, words: int) -> str:
    filler = " ".join(
        itertools.islice(
            itertools.cycle(
                ("the", "river", "council", "plan", "was", "discussed", "again", "today")
            ),
            words,
        )
    )
    return f"Sentence {token} says {filler}."


@st.composite
def comment_trees(draw: st.DrawFn, tokens: itertools.count) -> tuple[Node, ...]:
    """A forest in document order: each node's depth is at most its predecessor's + 1."""
    count = draw(st.integers(1, 7))
    nodes: list[Node] = []
    for _ in range(count):
        previous_depth = nodes[-1].depth if nodes else -1
        depth = draw(st.integers(0, previous_depth + 1))
        parent = None
        if depth > 0:
            parent = max(i for i, n in enumerate(nodes) if n.depth == depth - 1)
        name = f"{draw(st.sampled_from(FIRST_NAMES))} U{next(tokens)}"
        lines = draw(st.integers(1, 3))
        body = tuple(_sentence(f"c{next(tokens)}", draw(st.integers(2, 9))) for _ in range(lines))
        nodes.append(Node(depth, parent, name, body))
    return tuple(nodes)


def _render_comments(
    nodes: tuple[Node, ...], style: str, bullet: str, step: str, blank_between: bool
) -> list[str]:
    """Render the tree as a converter would; ``step`` is one level of indentation."""
    out: list[str] = []
    counters: list[int] = []
    for node in nodes:
        del counters[node.depth + 1 :]
        while len(counters) <= node.depth:
            counters.append(0)
        counters[node.depth] += 1
        pad = "  " + step * node.depth
        if style == "outline":
            marker = ".".join(str(c) for c in counters[: node.depth + 1]) + "."
            pad = "  "
        elif style == "numbers":
            marker = f"{counters[node.depth]}."
        else:
            marker = bullet
        head = f"{node.author} says:" if style == "says" else node.author
        out.append(f"{pad}{marker} {head}")
        body_pad = pad + " " * (len(marker) + 1) + ("  " if style == "outline" else "")
        if blank_between:
            out.append("")
        out.extend(body_pad + line for line in node.body)
        if style == "says":
            out.append(body_pad + "Reply")
        if blank_between:
            out.append("")
    return out


@st.composite
def pages(draw: st.DrawFn) -> Generated:
    tokens = itertools.count(1)
    title = f"Headline T{next(tokens)} about rivers"
    paragraphs = tuple(
        _sentence(f"a{next(tokens)}", draw(st.integers(8, 30)))
        for _ in range(draw(st.integers(1, 4)))
    )
    nodes = draw(comment_trees(tokens))
    pingbacks = tuple(
        (f"Linking post P{next(tokens)}", f"site{next(tokens)}.example")
        for _ in range(draw(st.integers(0, 2)))
    )
    style = draw(st.sampled_from(STYLES))
    bullet = draw(st.sampled_from(BULLETS))
    step = draw(st.sampled_from(("  ", "   ", "    ", "        ", "\t")))
    blank_between = draw(st.booleans())
    with_form = draw(st.booleans())

    lines = [title, ""]
    for paragraph in paragraphs:
        lines += [paragraph, ""]
    heading = f"{len(nodes) + len(pingbacks)} {draw(st.sampled_from(HEADING_NOUNS))}"
    lines += [heading, ""]
    lines += [f"  {bullet} Pingback: {t} | {s}" for t, s in pingbacks]
    lines += _render_comments(nodes, style, bullet, step, blank_between)
    boilerplate = [heading] + (["Reply"] * len(nodes) if style == "says" else [])
    if with_form:
        lines += ["", *FORM_LINES]
        boilerplate += FORM_LINES
    return Generated("\n".join(lines), title, paragraphs, nodes, pingbacks, tuple(boilerplate))


def _places(page: Page) -> dict[str, list[str]]:
    """Every output text, grouped by where it went."""
    return {
        "title": [page.title or ""],
        "article": list(page.paragraphs),
        "comment": [t for c in page.comments for t in (c.author or "", c.timestamp or "", c.text)],
        "pingback": [t for p in page.pingbacks for t in (p.title, p.site or "", p.excerpt or "")],
        "boilerplate": list(page.boilerplate),
    }


def _homes(text: str, places: dict[str, list[str]]) -> list[str]:
    return [name for name, texts in places.items() if any(text in t for t in texts)]


@SETTINGS
@given(pages())
def test_every_line_ends_up_in_exactly_one_place(generated: Generated) -> None:
    page = parse_text(generated.text)
    places = _places(page)
    assert _homes(generated.title, places) == ["title"]
    for paragraph in generated.paragraphs:
        assert _homes(paragraph, places) == ["article"]
    for node in generated.nodes:
        assert _homes(node.author, places) == ["comment"]
        for line in node.body:
            assert _homes(line, places) == ["comment"]
    for title, site in generated.pingbacks:
        assert _homes(title, places) == ["pingback"]
        assert _homes(site, places) == ["pingback"]
    for line in generated.boilerplate:
        assert line in page.boilerplate


@SETTINGS
@given(pages())
def test_comment_tree_is_rebuilt(generated: Generated) -> None:
    page = parse_text(generated.text)
    assert [c.author for c in page.comments] == [n.author for n in generated.nodes]
    assert [c.depth for c in page.comments] == [n.depth for n in generated.nodes]
    ids = [c.id for c in page.comments]
    expected_parents = [None if n.parent is None else ids[n.parent] for n in generated.nodes]
    assert [c.parent_id for c in page.comments] == expected_parents
    assert [c.text for c in page.comments] == ["\n".join(n.body) for n in generated.nodes]
    assert [(p.title, p.site) for p in page.pingbacks] == list(generated.pingbacks)
    assert page.declared_count == len(generated.nodes) + len(generated.pingbacks)
    assert page.warnings == []


def _check_tree_invariants(page: Page) -> None:
    ids = [c.id for c in page.comments]
    assert ids == [f"c{i}" for i in range(1, len(ids) + 1)]
    position = {c.id: i for i, c in enumerate(page.comments)}
    for i, comment in enumerate(page.comments):
        if comment.parent_id is None:
            assert comment.depth == 0
        else:
            parent = page.comments[position[comment.parent_id]]
            assert position[comment.parent_id] < i
            assert parent.depth == comment.depth - 1
    article = set(page.paragraphs)
    assert not any(c.text and c.text in article for c in page.comments)


@SETTINGS
@given(pages())
def test_tree_invariants_on_generated_pages(generated: Generated) -> None:
    _check_tree_invariants(parse_text(generated.text))


# Arbitrary text built from the characters that matter to the parser.
PARSER_ALPHABET = st.sampled_from(
    [*"ab Z.:•*-o#+1()[]\t\r\n\u00a0\u200b\ufeff\x00«|", "says:", "Reply", "2 Comments"]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(PARSER_ALPHABET, max_size=120).map("".join))
def test_arbitrary_text_never_raises_and_keeps_invariants(text: str) -> None:
    page = parse_text(text, page_id="x")
    assert page.page_id == "x"
    _check_tree_invariants(page)
    visible = any(line.strip() for line in normalise_lines(text))
    pieces = len(page.paragraphs) + len(page.boilerplate) + len(page.comments)
    assert (pieces + len(page.pingbacks) + (page.title is not None) > 0) == visible
