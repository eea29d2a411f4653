"""HTML -> :class:`~comments.model.Page`: render, parse with the one text parser, then
take from the markup what it states better than the text.

::

    bytes ─charset─▶ str ─lxml─▶ tree ─inscriptis─▶ text ─parse_text─▶ Page
                                  │                                     ▲
                                  ├─ markup: headline, canonical URL, date (htmldate)
                                  └─ article body (trafilatura) ──────────┘

The discussion — comments, authors, threads, pingbacks, the declared count, warnings and
``parse_quality`` — is the text parser's reading of the rendered page, exactly as
``parse_text(render_html(html))`` gives it. The markup replaces the article side where
it states it: the body (trafilatura's main content, when it finds one), the URL and the
publication date; the title is the parser's headline (0.877 against the gold titles of
../shared/realpages, the markup's <h1> inside <title> 0.815), the markup's when the text
gave none.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Page
from ..parse import parse_text
from .article import article_paragraphs
from .charset import decode_html
from .metadata import Markup, page_markup
from .render import html_tree, render_tree

__all__ = ["holds_comments", "parse_html", "with_markup"]

#: A comment of at least this many words found whole in a body shows that the body
#: took in the discussion (shorter ones, "Great post!", may be article text too).
MIN_TELLING_WORDS = 3
_NON_WORD = re.compile(r"\W+")


def parse_html(
    html: str | bytes,
    url: str | None = None,
    page_id: str | None = None,
    *,
    http_charset: str | None = None,
) -> Page:
    """Parse one HTML page into a :class:`~comments.model.Page`.

    ``html`` is the page's text, or its bytes in any encoding (byte-order mark, then
    ``http_charset`` from the HTTP header, then the page's ``<meta charset>``, then a
    fallback that never fails). ``url`` is where it was fetched from: ``Page.url`` is
    the canonical link the page names, else ``url``.

    >>> import comments
    >>> page = comments.parse_html(
    ...     b"<html><head><title>Rain again | Blog</title></head><body><h1>Rain again</h1>"
    ...     b"<p>It rained all day.</p><h2>2 Comments</h2><ol>"
    ...     b"<li>Ann says:<p>Lovely post, thanks</p><ol><li>Bo says:<p>Agreed</p></li></ol></li>"
    ...     b"</ol></body></html>", url="https://blog.example/rain", page_id="rain")
    >>> page.title, page.paragraphs, page.url
    ('Rain again', ['It rained all day.'], 'https://blog.example/rain')
    >>> [(c.author, c.depth, c.text) for c in page.comments]
    [('Ann', 0, 'Lovely post, thanks'), ('Bo', 1, 'Agreed')]
    """
    text = html if isinstance(html, str) else decode_html(html, http_charset)
    tree = html_tree(text)
    if tree is None:
        return replace(parse_text("", page_id=page_id), url=url)
    page = parse_text(render_tree(tree), page_id=page_id)
    markup = page_markup(tree, url)
    body = article_paragraphs(tree, url)  # last: trafilatura prunes the tree
    return with_markup(page, markup, body)


def with_markup(page: Page, markup: Markup, body: list[str]) -> Page:
    """``page`` with what the markup states in place of what the text parser guessed
    (the title only where the parser found none).

    trafilatura's body is kept unless it holds comments the parser found: then it did
    not tell the article from the discussion (short pages, where it takes everything).
    """
    published = markup.published
    if holds_comments(body, page):
        body = []
    title = page.title or markup.title
    if body and title and _canon(body[0]) == _canon(title):
        body = body[1:]  # the headline is the title, not the body's first paragraph
    return replace(
        page,
        title=title,
        paragraphs=body or page.paragraphs,
        url=markup.url,
        published=published.isoformat() if published else page.published,
        published_date=published or page.published_date,
    )


def holds_comments(body: list[str], page: Page) -> bool:
    """Whether ``body`` contains the whole text of one of ``page``'s comments.

    >>> from comments import Comment
    >>> ann = Comment("c1", None, 0, "Ann", None, "Lovely post, thanks!")
    >>> page = Page("p", None, comments=[ann])
    >>> holds_comments(["Intro.", "Lovely post, thanks!"], page), holds_comments(["Intro."], page)
    (True, False)
    """
    text = f" {_canon(' '.join(body))} "
    telling = (_canon(c.text) for c in page.comments)
    return any(f" {words} " in text for words in telling if len(words.split()) >= MIN_TELLING_WORDS)


def _canon(text: str) -> str:
    return " ".join(_NON_WORD.sub(" ", text.lower()).split())
