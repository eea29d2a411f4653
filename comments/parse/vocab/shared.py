"""Words of no one language: brand names, symbols and technical tokens, by role.

The share buttons name platforms ("WhatsApp", "Pinterest") and the link rows draw
arrows and vote triangles whatever the page's language; listing them here keeps each
language module to its own words. The roles are described in ``vocab/__init__.py``.
"""

from __future__ import annotations

__all__ = ["VOCABULARY"]

VOCABULARY: dict[str, tuple[str, ...]] = {
    # vote arrows, separators and a button converters print as "(button)"
    "comment_link": ("△", "▽", "△ ▽", "▲", "▼", "↑", "↓", "•", "·", "(button)"),
    "share_button": (
        "whatsapp", "pocket", "e-mail", "mail", "flipboard", "xing", "pinterest", "messenger",
    ),
}  # fmt: skip
