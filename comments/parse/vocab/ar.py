"""Arabic: the words the parser recognises on Arabic pages, by role.

The roles are described in ``vocab/__init__.py``.
"""

from __future__ import annotations

__all__ = ["VOCABULARY"]

VOCABULARY: dict[str, tuple[str, ...]] = {
    "form_start": ("اترك تعليقاً", "اترك تعليقا", "أضف تعليق", "إلغاء الرد"),
    "says": ("قال:", "يقول:"),
    "reply_link": ("رد",),
    "meridiem": ("ص", "م"),  # WordPress's "am", "pm"
}  # fmt: skip
