"""The nouns of the toolkit: a parsed :class:`Page` with its :class:`Comment` threads
and :class:`Pingback` entries.

These are plain frozen dataclasses with no behaviour beyond small derived views, so
they can be built by hand in tests and research code::

    >>> from comments import Comment, Page
    >>> page = Page(page_id="p", title="T", paragraphs=["Body."],
    ...             comments=[Comment(id="c1", parent_id=None, depth=0,
    ...                               author="Ann", timestamp=None, text="Hi")])
    >>> page.max_depth
    0
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

__all__ = ["Comment", "Page", "Pingback", "PingbackKind"]

PingbackKind = Literal["pingback", "trackback"]


@dataclass(frozen=True, slots=True)
class Comment:
    """One reader comment.

    ``id`` is unique within its page; ``parent_id`` is the ``id`` of the comment this
    one replies to (``None`` at top level) and ``depth`` is 0 for top-level comments.
    ``author`` and ``timestamp`` are ``None`` when the page shows none; ``timestamp``
    is the date text exactly as shown. ``text`` is the body only. ``line`` is the
    1-based line of the input where the comment starts (``None`` when built by hand).
    """

    id: str
    parent_id: str | None
    depth: int
    author: str | None
    timestamp: str | None
    text: str
    line: int | None = None


@dataclass(frozen=True, slots=True)
class Pingback:
    """A WordPress pingback or trackback: another site linking to the article."""

    kind: PingbackKind
    title: str
    site: str | None = None
    excerpt: str | None = None
    line: int | None = None


@dataclass(frozen=True, slots=True)
class Page:
    """A rebuilt article page.

    ``paragraphs`` is the article body only; ``comments`` and ``pingbacks`` are in
    document order; ``declared_count`` is the count the page states (6 for
    "6 thoughts on …"), ``None`` when it states none. ``boilerplate`` holds every
    line that was dropped, ``warnings`` what the parser noticed but could not fix
    (for example fewer entries found than the page declares). ``published`` is the
    article's dateline as shown ("December 14, 2015"), ``published_date`` its date
    where the text states it unambiguously; ``parse_quality`` (0..1) says how well
    the discussion's structure was recovered (1.0: every entry found, or no
    discussion on a page that shows none; see :mod:`comments.parse.quality`).
    ``url`` is the page's address where known (from HTML: its canonical link, else the
    address it was fetched from; ``None`` for text).
    """

    page_id: str
    title: str | None
    paragraphs: list[str] = field(default_factory=list)
    comments: list[Comment] = field(default_factory=list)
    pingbacks: list[Pingback] = field(default_factory=list)
    declared_count: int | None = None
    boilerplate: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    published: str | None = None
    published_date: date | None = None
    parse_quality: float | None = None
    url: str | None = None

    @property
    def max_depth(self) -> int | None:
        """Deepest reply level (0 = only top-level comments), ``None`` without comments."""
        return max((c.depth for c in self.comments), default=None)

    @property
    def found_count(self) -> int:
        """Discussion entries recovered: comments plus pingbacks/trackbacks.

        This is what a declared count ("6 thoughts on …") counts on WordPress.
        """
        return len(self.comments) + len(self.pingbacks)
