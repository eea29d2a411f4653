"""Korean: the words the parser recognises on Korean pages, by role.

The roles are described in ``vocab/__init__.py``.
"""

from __future__ import annotations

__all__ = ["VOCABULARY"]

VOCABULARY: dict[str, tuple[str, ...]] = {
    "form_start": ("답글 남기기", "댓글 남기기", "응답 취소"),
    "says": ("님의 말:",),
    "reply_link": ("응답", "답글"),
    "meridiem": ("오전", "오후"),  # after the minutes: "4:12 오후"
}  # fmt: skip
