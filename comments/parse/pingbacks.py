"""Pingback and trackback entries: "Pingback: Title | site" and their excerpts."""

from __future__ import annotations

from .heads import MAX_PATTERN_CHARS
from .patterns import PINGBACK_PREFIX, PINGBACK_SITE_SEPARATOR

__all__ = ["PingbackParts", "parse_pingback", "split_title_site"]

# The kind a prefix names; everything not listed is a pingback.
TRACKBACK_WORDS = frozenset({"trackback"})

PingbackParts = tuple[str, str, str | None]  # (kind, title, site)


def split_title_site(text: str) -> tuple[str, str | None]:
    """Split "Title | site" / "Title « site" / "Title – site" at the last separator.

    >>> split_title_site("Whither US Policy on Mali? [Updated] « tamoudre")
    ('Whither US Policy on Mali? [Updated]', 'tamoudre')
    >>> split_title_site("A title without a site")
    ('A title without a site', None)
    """
    last = None
    for last in PINGBACK_SITE_SEPARATOR.finditer(text):  # noqa: B007 - the last one wins
        pass
    if last is None:
        return text.strip(), None
    title, site = text[: last.start()].strip(), text[last.end() :].strip()
    if not title or not site:
        return text.strip(), None
    return title, site


def parse_pingback(text: str) -> PingbackParts | None:
    """(kind, title, site) of a "Pingback: …" / "Trackback: …" line, else ``None``.

    >>> parse_pingback("Pingback: Security in ungoverned spaces | peacefare.net")
    ('pingback', 'Security in ungoverned spaces', 'peacefare.net')
    >>> parse_pingback("Also interesting that Carson …") is None
    True
    """
    if len(text) > MAX_PATTERN_CHARS:
        return None
    match = PINGBACK_PREFIX.match(text)
    if match is None:
        return None
    kind = "trackback" if match.group("kind").lower() in TRACKBACK_WORDS else "pingback"
    title, site = split_title_site(match.group("rest"))
    return kind, title, site
