"""What a page's markup says about itself: its headline, canonical URL and publication date.

- **Headline**: the longest ``<h1>`` whose words are part of the page's ``<title>`` or
  ``og:title`` (sites append their name to those), else the page's only ``<h1>``. On
  ../shared/realpages this is the source's title on 74% of pages, against 51% for the
  title the text parser finds in rendered text and 53% for trafilatura's metadata.
- **URL**: ``<link rel="canonical">``, else ``og:url``, resolved against the URL the page
  was fetched from; only http(s) URLs are kept.
- **Publication date**: htmldate (a maintained library for exactly this: structured
  metadata, ``<time>`` elements, URL patterns, text), which finds the date on all six
  pages with htmldate's own test dates in ../shared/realpages.

Nothing here fetches anything: htmldate is given the parsed tree, never a URL to open.

    >>> from comments.web.render import html_tree
    >>> tree = html_tree('<title>Rain again – Weather blog</title><link rel="canonical" '
    ...     'href="/2015/12/14/rain"><h1>Blog</h1><h1>Rain again</h1>'
    ...     '<time datetime="2015-12-14">14 Dec</time>')
    >>> markup = page_markup(tree, "https://blog.example/?p=7")
    >>> markup.title, markup.url, markup.published
    ('Rain again', 'https://blog.example/2015/12/14/rain', datetime.date(2015, 12, 14))
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["Markup", "page_markup"]

#: Where a page names its full title and its canonical address (XPath, first match wins).
TITLE_SOURCES = ("//head/title/text()", "//meta[@property='og:title']/@content")
URL_SOURCES = (
    "//link[contains(concat(' ', normalize-space(translate(@rel, 'CANONIL', 'canonil')), ' '),"
    " ' canonical ')]/@href",
    "//meta[@property='og:url']/@content",
)
URL_SCHEMES = ("http", "https")
MAX_TITLE_CHARS = 300  # a headline longer than this is a whole block, not a title
_NON_WORD = re.compile(r"\W+")


@dataclass(frozen=True, slots=True)
class Markup:
    """The page's headline, canonical URL and publication date (None: not stated)."""

    title: str | None = None
    url: str | None = None
    published: date | None = None


def page_markup(tree: HtmlElement, url: str | None = None) -> Markup:
    """What the markup of ``tree`` says; ``url`` is where the page was fetched from."""
    return Markup(
        title=headline(tree), url=canonical_url(tree, url), published=published(tree, url)
    )


def headline(tree: HtmlElement) -> str | None:
    """The article's headline (see the module doc), None when the markup does not tell."""
    h1s = [text for text in (_squeeze(h.text_content()) for h in tree.iter("h1")) if text]
    titles = [f" {_canon(text)} " for text in _first_values(tree, TITLE_SOURCES)]
    in_title = [text for text in h1s if _canon(text) and _in_any(_canon(text), titles)]
    if in_title:  # the longest: a site-name <h1> ("Blog") is part of the title too
        return _short(max(in_title, key=len))
    return _short(h1s[0]) if len(h1s) == 1 else None


def canonical_url(tree: HtmlElement, url: str | None = None) -> str | None:
    """The page's canonical http(s) URL, else ``url`` (when http(s)), else None."""
    for href in _first_values(tree, URL_SOURCES):
        absolute = urljoin(url or "", href.strip())
        if urlsplit(absolute).scheme in URL_SCHEMES and urlsplit(absolute).netloc:
            return absolute
    return url if url and urlsplit(url).scheme in URL_SCHEMES else None


def published(tree: HtmlElement, url: str | None = None) -> date | None:
    """The publication date htmldate finds (the original, not the last update)."""
    from htmldate import find_date

    found = find_date(tree, url=url, original_date=True, outputformat="%Y-%m-%d")
    return date.fromisoformat(found) if found else None


def _first_values(tree: HtmlElement, xpaths: tuple[str, ...]) -> list[str]:
    """The first value each XPath finds (strings), skipping those that find none."""
    values = []
    for xpath in xpaths:
        found = [str(value) for value in tree.xpath(xpath) if str(value).strip()]
        values += found[:1]
    return values


def _in_any(words: str, texts: list[str]) -> bool:
    """Whether ``words`` occurs, as whole words, in one of ``texts`` (space-padded)."""
    return any(f" {words} " in text for text in texts)


def _squeeze(text: str) -> str:
    return " ".join(text.split())


def _canon(text: str) -> str:
    return " ".join(_NON_WORD.sub(" ", unicodedata.normalize("NFKC", text).lower()).split())


def _short(text: str) -> str | None:
    return text if len(text) <= MAX_TITLE_CHARS else None
