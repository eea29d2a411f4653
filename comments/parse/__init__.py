"""Text -> :class:`~comments.model.Page` (placeholder until the parser lands)."""

from __future__ import annotations

from pathlib import Path

from ..model import Page

__all__ = ["parse_file", "parse_text"]


def parse_text(text: str, page_id: str | None = None) -> Page:
    """Parse one page's text into a :class:`Page`.

    >>> parse_text("Title\\n\\nBody.").paragraphs
    ['Body.']
    """
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    title = lines[0] if lines else None
    return Page(page_id=page_id or "page", title=title, paragraphs=lines[1:])


def parse_file(path: str | Path) -> Page:
    """Read and parse one page file."""
    path = Path(path)
    return parse_text(path.read_text(encoding="utf-8", errors="replace"), page_id=path.stem)
