"""Raw page text -> clean lines, one per input line.

Converters and copy-paste leave byte-order marks, carriage returns, tabs, no-break and
zero-width spaces and stray control characters in page dumps. They are cleaned here so
that later stages can compare text and measure indentation naively. The line count is
kept equal to the input's (lines split on ``\\n``, ``\\r\\n`` and ``\\r`` only), so that
index ``i`` of the result is input line ``i + 1``: ``Comment.line`` stays true.
"""

from __future__ import annotations

import re

__all__ = ["TAB_SIZE", "normalise_lines"]

TAB_SIZE = 8  # terminal converters (w3m, lynx) lay out text on 8-column tab stops

# Characters that render as an ordinary space: no-break, narrow, figure, ideographic,
# the typographic spaces, and the other Unicode line/paragraph separators (which are
# not line breaks in the input's line numbering).
SPACE_LIKE_CHARS = "\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\u2028\u2029\u0085\x0b\x0c\x1c-\x1f"
SPACE_LIKE = re.compile(f"[{SPACE_LIKE_CHARS}]")

# Invisible characters that carry no text: BOM/zero-width no-break, zero-width
# space/joiners, word joiner, soft hyphen, bidi marks and embeddings, C0/C1 controls
# (tab is expanded first, so it is not in here), and the replacement character left
# behind by undecodable bytes is kept visible on purpose.
INVISIBLE_CHARS = (
    "\ufeff\u200b-\u200f\u2060-\u2064\u00ad\u202a-\u202e\u2066-\u2069"
    "\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f"
)
INVISIBLE = re.compile(f"[{INVISIBLE_CHARS}]")

# Either kind: most pages hold none, and one search tells so.
ODD_CHARACTER = re.compile(f"[{INVISIBLE_CHARS}{SPACE_LIKE_CHARS}]")


def normalise_lines(text: str) -> list[str]:
    """Split ``text`` into cleaned lines aligned with the input's line numbers.

    Tabs become spaces on 8-column stops, space-like characters become plain spaces,
    invisible and control characters go, and trailing spaces are removed.

    >>> normalise_lines("\\ufeffTitle\\r\\n\\tbody\\u00a0text \\r\\rzero\\u200bwidth")
    ['Title', '        body text', '', 'zerowidth']
    """
    # Invisible and space-like characters are never line breaks here, so they are
    # replaced in one pass over the whole text; tabs need each line's columns.
    if ODD_CHARACTER.search(text):
        text = INVISIBLE.sub("", text)
        text = SPACE_LIKE.sub(" ", text)
    # With those gone, str.splitlines breaks exactly at \n, \r\n and \r.
    if "\t" not in text:
        if not _may_end_lines_with_space(text):
            return text.splitlines()  # no line has trailing whitespace to strip
        return list(map(str.rstrip, text.splitlines()))  # map: no Python frame per line
    return [
        (line.expandtabs(TAB_SIZE) if "\t" in line else line).rstrip() for line in text.splitlines()
    ]


def _may_end_lines_with_space(text: str) -> bool:
    """Whether a line of ``text`` (already cleaned, holding no tab) may end in whitespace.

    Cleaning turned every other whitespace character into a space, and line feeds and
    carriage returns break lines: a space before one of them, or at the end, is the only
    trailing whitespace left (three C-level substring tests instead of a strip per line).
    """
    return " \n" in text or " \r" in text or text.endswith(" ")
