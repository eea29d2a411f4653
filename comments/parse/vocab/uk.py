"""Ukrainian: the words the parser recognises on Ukrainian pages, by role.

Words spelt as in a language earlier in the order are listed under that language only.
The roles are described in ``vocab/__init__.py``.
"""

from __future__ import annotations

__all__ = ["VOCABULARY"]

VOCABULARY: dict[str, tuple[str, ...]] = {
    "number_2": ("дві",),
    "count_noun": ("коментарів", "коментаря", "коментарі", "коментар", "відповідей"),
    "form_start": (
        "Залишити коментар", "Залиште коментар", "Додати коментар", "Написати коментар",
        "Скасувати відповідь", "Надіслати коментар",
    ),
    "says": ("каже:", "пише:", "говорить:", "сказав:", "написав:"),
    # months: genitive (as in dates) and nominative
    "month_1": ("січня", "січень"),
    "month_2": ("лютого", "лютий"),
    "month_3": ("березня", "березень"),
    "month_4": ("квітня", "квітень"),
    "month_5": ("травня", "травень"),
    "month_6": ("червня", "червень"),
    "month_7": ("липня", "липень"),
    "month_8": ("серпня", "серпень"),
    "month_9": ("вересня", "вересень"),
    "month_10": ("жовтня", "жовтень"),
    "month_11": ("листопада", "листопад"),
    "month_12": ("грудня", "грудень"),
    "relative_time": ("тому", "вчора", "сьогодні"),
    "reply_link": ("відповісти",),
    "comment_link": ("подобається", "поскаржитися", "редагувати", "видалити", "поділитися"),
    "author_bio": ("Про автора",),
    "chrome_heading": (
        "Останні записи", "Останні коментарі", "Схожі записи", "Архіви", "Категорії",
    ),
    "tags_label": ("мітки",),
    "link_label": ("Читайте також",),
}  # fmt: skip
