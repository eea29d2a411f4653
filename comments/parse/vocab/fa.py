"""Persian: the words the parser recognises on Persian pages, by role.

The roles are described in ``vocab/__init__.py``.
"""

from __future__ import annotations

__all__ = ["VOCABULARY"]

VOCABULARY: dict[str, tuple[str, ...]] = {
    "form_start": ("دیدگاهتان را بنویسید", "لغو پاسخ"),
    "says": ("گفت:", "می‌گوید:"),
    "reply_link": ("پاسخ",),
    "meridiem": ("ق.ظ", "ب.ظ"),  # before and after noon
}  # fmt: skip
