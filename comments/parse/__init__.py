"""Text -> :class:`~comments.model.Page`: article paragraphs, comment threads, pingbacks.

The stages, one module each: :mod:`.normalise` (clean lines), :mod:`.markup` (undo
html2text's Markdown and lynx's link numbers), :mod:`.lines` (indent, list marker,
text), :mod:`.sections` (title, article, discussion, chrome), :mod:`.threads` (the
comment tree), :mod:`.heads` and :mod:`.pingbacks` (what a line says),
:mod:`.patterns` (every word and marker, as data), :mod:`.parser` (composition).
"""

from __future__ import annotations

from pathlib import Path

from ..model import Page
from .parser import DEFAULT_PAGE_ID, parse_text

__all__ = ["DEFAULT_PAGE_ID", "parse_file", "parse_text"]


def parse_file(path: str | Path) -> Page:
    """Read one page file in whatever encoding it has and parse it; the stem is its id.

    Undecodable bytes never raise: they are decoded leniently by
    :func:`comments.reading.read_text`. A missing or unreadable file raises
    :class:`~comments.errors.InputError`.

    >>> import tempfile, pathlib
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     path = pathlib.Path(tmp, "post.txt")
    ...     _ = path.write_bytes("Café\\n\\nBody.".encode("cp1252"))
    ...     page = parse_file(path)
    >>> page.page_id, page.paragraphs
    ('post', ['Body.'])
    """
    path = Path(path)
    return parse_text(_read(path), page_id=path.stem)


def _read(path: Path) -> str:
    """The file's text via the shared robust reader."""
    from ..reading import read_text

    return read_text(path)
