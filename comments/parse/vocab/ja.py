"""Japanese: the words the parser recognises on Japanese pages, by role.

The roles are described in ``vocab/__init__.py``.
"""

from __future__ import annotations

__all__ = ["VOCABULARY"]

VOCABULARY: dict[str, tuple[str, ...]] = {
    "form_start": ("コメントを残す", "返信をキャンセル"),
    "says": ("より:", "より：", "のコメント:"),
    "reply_link": ("返信",),
    "meridiem": ("午前", "午後"),  # before the hour: "午後4:12"
}  # fmt: skip
