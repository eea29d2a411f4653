"""HTML -> the page text the parser reads.

Rendering is inscriptis's (a maintained HTML-to-text library on lxml): it keeps what the
parser reads structure from — list items with their markers, the indentation of nested
lists and ``div`` blocks (the only converter that shows Drupal's reply nesting), one block
per line — and drops scripts, styles and link targets. Measured on ../shared/realpages
(README, "From HTML and WARC"), its text gives the parser's best comment, depth and
article numbers of the five converters, and renders in about half the parse time;
resiliparse is 10x faster but loses reply depth, html-text and html2text lose the lists'
indentation.

    >>> html = "<h1>Title</h1><p>Body.</p><ul><li>Ann says:<ul><li>Reply</li></ul></li></ul>"
    >>> print(render_html(html))
    Title
    <BLANKLINE>
    Body.
    <BLANKLINE>
      * Ann says:
          + Reply
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .charset import decode_html

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["html_tree", "render_html", "render_tree"]

# lxml refuses a str that still carries its XML declaration ("encoding=…" is moot once
# the bytes are decoded).
_XML_DECLARATION = re.compile(r"^\s*<\?xml\b[^>]*\?>")


def html_tree(html: str) -> HtmlElement | None:
    """The lxml tree of an HTML document, None when it holds no element (blank, or
    only a comment).

    >>> html_tree("<p>Hi</p>").tag, html_tree("  "), html_tree("<!-- x -->")
    ('html', None, None)
    """
    from lxml.etree import ParserError
    from lxml.html import document_fromstring

    html = _XML_DECLARATION.sub("", html, count=1).strip()
    if not html:
        return None
    try:
        return document_fromstring(html)
    except ParserError:  # "Document is empty": no element to render
        return None


def render_tree(tree: HtmlElement) -> str:
    """The text of a parsed page, as inscriptis lays it out (links not printed)."""
    from inscriptis import Inscriptis
    from inscriptis.model.config import ParserConfig

    return Inscriptis(tree, ParserConfig(display_links=False)).get_text()


def render_html(html: str | bytes, http_charset: str | None = None) -> str:
    """The text :func:`comments.parse_html` parses: ``parse_text(render_html(html))``
    finds the same comments, pingbacks and counts as ``parse_html(html)``."""
    text = html if isinstance(html, str) else decode_html(html, http_charset)
    tree = html_tree(text)
    return render_tree(tree) if tree is not None else ""
