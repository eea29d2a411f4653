"""Text -> :class:`~comments.model.Page`: article paragraphs, comment threads, pingbacks.

The stages, one module each: :mod:`.normalise` (clean lines), :mod:`.markup` (undo
html2text's Markdown and lynx's link numbers), :mod:`.lines` (indent, list marker,
text), :mod:`.wrapped` (heads a converter cut onto two lines, joined), :mod:`.sections`
(title, article, discussion, chrome), :mod:`.threads` (the
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

    ``.html``, ``.htm`` and their ``.gz`` files are parsed as HTML
    (:func:`comments.parse_html`), any other file as page text.

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
    if path.name.lower().endswith(_HTML_SUFFIXES):
        return _parse_html_file(path)
    return parse_text(_read(path), page_id=path.stem)


# HTML files go to comments.parse_html (the corpus module names the same suffixes).
_HTML_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")


def _parse_html_file(path: Path) -> Page:
    from ..errors import InputError
    from ..web import parse_html
    from ..web.inputs import html_document

    suffix = next(s for s in _HTML_SUFFIXES if path.name.lower().endswith(s))
    doc = html_document(path, page_id=path.name[: -len(suffix)])
    if doc.text is None:
        raise InputError(f"{doc.error}; check the path")
    return parse_html(doc.text, page_id=doc.page_id)


def _read(path: Path) -> str:
    """The file's text via the shared robust reader."""
    from ..reading import read_text

    return read_text(path)
