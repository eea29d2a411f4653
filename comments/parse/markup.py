"""Undo the markup HTML-to-text converters add: Markdown (html2text) and lynx's link
numbers.

html2text writes links as ``[text](url)`` (wrapped over several lines when long),
images as ``![alt](src)``, headings with ``#``, emphasis with ``**``, blockquotes
with ``>`` (kept as indentation of the same width), and escapes punctuation; lynx
without ``-nolist`` prefixes every link with ``[12]`` and appends a
"References" list. Both are reduced to the plain text a reader sees. The number of
lines never changes (a link wrapped over lines moves its text onto its first line and
leaves the others shorter), so line numbers stay true and list structure survives.
"""

from __future__ import annotations

import re
from operator import itemgetter

from .patterns import has_any

__all__ = ["link_continuations", "strip_link_numbers", "strip_markdown", "strip_markup"]


# A Markdown link or image, possibly wrapped over lines: text, then (url "title").
# (It opens with a literal alternative rather than "!?\[", so that the regex engine
# can skip ahead to the next "[" or "!" instead of trying every position.)
LINK = re.compile(r"(?:!\[|\[)([^\[\]]{0,500})\]\([^()\"]{0,600}(?:\"[^\"]{0,500}\"\s*)?\)")
LINK_PASSES = 2  # an image inside a link needs a second pass: [![alt](src)](href)
# A heading's "#"s at column 0 (an indented "#" is lynx's). Searched as "\n#…" (a
# literal start is found fast; a MULTILINE "^" is tried at every position) plus the
# text's first line on its own.
HEADING = re.compile(r"\n#{1,6}[ \t]+")
FIRST_HEADING = re.compile(r"\A#{1,6}[ \t]+")
# Blockquote markers at a line's start (html2text nests quoted blocks as "> > " or ">>").
QUOTE = re.compile(r"^(?:>[ \t]?)+", re.MULTILINE)
QUOTE_CUE = ">"
EMPHASIS = re.compile(r"(\*\*|__)(?=[^\s*_])([^\n]{1,300}?)(?<=[^\s*_])\1")
ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>])")
# Substrings without which a pattern above cannot match: tested before running it.
LINK_CUE = "]("
HEADING_CUE = "#"  # at the text's start or after a line break
EMPHASIS_CUES = ("**", "__")
ESCAPE_CUE = "\\"
# Replacements as C callables (a template such as r"\2" costs a Python call per match).
EMPHASIS_TEXT = itemgetter(2)
ESCAPED_CHAR = itemgetter(1)

# lynx: "[12]" before each link, and the list of link targets at the end.
LINK_NUMBER = re.compile(r"\[\d{1,5}\]")
REFERENCES_HEADING = "References"
REFERENCE_LINE = re.compile(r"^\s*\d{1,5}\.\s+\S+:\S*$|^\s*(?:Visible|Hidden) links:$")


def strip_markup(lines: list[str]) -> tuple[list[str], frozenset[int]]:
    """:func:`strip_markdown` and :func:`link_continuations` in one pass over the text.

    The lines must hold no line breaks (they come from :func:`~.normalise.normalise_lines`).
    Pages without any Markdown cue come back as they are, without a copy.

    >>> strip_markup(["Rosa • [2 years", "ago](https://x.example/c1) • edited"])
    (['Rosa • 2 years ago', ' • edited'], frozenset({1}))
    >>> lines = ["Plain text", "  • Ann"]
    >>> strip_markup(lines)[0] is lines
    True
    """
    text = "\n".join(lines)
    has_links = LINK_CUE in text
    if not (has_links or _has_inline_markup(text)):
        return lines, frozenset()
    inside: set[int] = set()
    if has_links:
        text = LINK.sub(_LinkUnwrapper(text, inside), text)
        for _ in range(LINK_PASSES - 1):
            if LINK_CUE in text:
                text = LINK.sub(_link_text, text)
    return _strip_inline(text).split("\n"), frozenset(inside)


def strip_markdown(lines: list[str]) -> list[str]:
    """Remove Markdown link/heading/emphasis syntax, keeping one output line per input line.

    >>> strip_markdown(["## Comments (5)", "  * [Ann](https://a.example) wrote", "[Log in to",
    ...                 "Reply](https://x.example/r)", "1\\\\. **Bold** move"])
    ['Comments (5)', '  * Ann wrote', 'Log in to Reply', '', '1. Bold move']
    >>> strip_markdown(["Rosa • [2 years", "ago](https://x.example/c1", '"Wed") • edited'])
    ['Rosa • 2 years ago', '', ' • edited']
    """
    return strip_markup(lines)[0]


def link_continuations(lines: list[str]) -> frozenset[int]:
    """Indices of lines that begin inside a Markdown link wrapped over lines.

    Such a line holds what followed the link (" • edited"), never a list marker.

    >>> sorted(link_continuations(["Rosa • [2 years", "ago](https://x.example/c1) • edited"]))
    [1]
    """
    return strip_markup(lines)[1]


def _has_inline_markup(text: str) -> bool:
    """Cheap substring tests for a heading at a line start, emphasis or an escape."""
    return (
        text.startswith(HEADING_CUE)
        or "\n" + HEADING_CUE in text
        or _has_emphasis_cue(text)
        or ESCAPE_CUE in text
    )


def _has_emphasis_cue(text: str) -> bool:
    """Whether a cue of emphasis is in ``text`` (every page asks: the test runs in C)."""
    return has_any(text, EMPHASIS_CUES)


def _strip_inline(text: str) -> str:
    """Undo headings, emphasis, escapes and quote markers (inline markup never spans
    lines)."""
    if text.startswith(QUOTE_CUE) or "\n" + QUOTE_CUE in text:
        text = QUOTE.sub(_as_spaces, text)
    if text.startswith(HEADING_CUE):
        text = FIRST_HEADING.sub("", text, count=1)
    if "\n" + HEADING_CUE in text:
        text = HEADING.sub("\n", text)
    if _has_emphasis_cue(text):
        text = EMPHASIS.sub(EMPHASIS_TEXT, text)
    if ESCAPE_CUE in text:
        text = ESCAPE.sub(ESCAPED_CHAR, text)
    return text


def _as_spaces(match: re.Match[str]) -> str:
    """A blockquote's ">" markers as indentation of the same width: the nesting stays."""
    return " " * len(match.group(0))


class _LinkUnwrapper:
    """LINK.sub's replacement that also records the lines a wrapped link spills onto.

    Line numbers are counted only up to links that span lines (most do not), from the
    last one counted, so the whole text is counted at most once.
    """

    __slots__ = ("inside", "line", "position", "text")

    def __init__(self, text: str, inside: set[int]) -> None:
        self.text, self.inside = text, inside
        self.line = self.position = 0

    def __call__(self, match: re.Match[str]) -> str:
        breaks = match.group(0).count("\n")
        if not breaks:
            return match.group(1)
        start = match.start()
        self.line += self.text.count("\n", self.position, start)
        self.position = start
        self.inside.update(range(self.line + 1, self.line + breaks + 1))
        return " ".join(match.group(1).split("\n")) + "\n" * breaks


def _link_text(match: re.Match[str]) -> str:
    """The link's text on one line, then the line breaks the link spanned."""
    breaks = match.group(0).count("\n")
    return " ".join(match.group(1).split("\n")) + "\n" * breaks


def strip_link_numbers(lines: list[str]) -> list[str]:
    """Remove lynx's "[12]" link numbers when the page ends with lynx's References list.

    >>> strip_link_numbers(["By [7]Ann", "", "References", "", "   7. https://a.example/"])
    ['By Ann', '', 'References', '', '   7. https://a.example/']
    >>> strip_link_numbers(["A footnote[1] stays"])
    ['A footnote[1] stays']
    """
    if not _has_references(lines):
        return lines
    return [LINK_NUMBER.sub("", line) if "[" in line else line for line in lines]


def _has_references(lines: list[str]) -> bool:
    """True when a "References" line is followed by lynx's numbered URL list."""
    if REFERENCES_HEADING not in lines:  # lynx prints it at column 0 (a C-level scan)
        return False
    i = len(lines) - 1 - lines[::-1].index(REFERENCES_HEADING)  # the last one
    following = [ln for ln in lines[i + 1 : i + 6] if ln.strip()]
    return bool(following) and all(REFERENCE_LINE.match(ln) for ln in following)
