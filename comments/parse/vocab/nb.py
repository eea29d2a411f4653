"""Norwegian (Bokmål): the words the parser recognises on Norwegian pages, by role.

Words spelt as in a language earlier in the order are listed under that language only.
The roles are described in ``vocab/__init__.py``.
"""

from __future__ import annotations

__all__ = ["VOCABULARY"]

VOCABULARY: dict[str, tuple[str, ...]] = {
    "form_start": ("Legg igjen en kommentar", "Legg igjen et svar"),
    "says": ("sier:",),
    "month_12": ("desember",),
    "reply_link": ("svare",),
    "comment_link": ("liker", "slett"),
    "chrome_heading": (
        "Siste innlegg", "Siste kommentarer", "Nylige innlegg", "Nylige kommentarer",
        "Relaterte innlegg", "Populære innlegg", "Les også",
    ),
    "link_label": ("Les også",),
    "ad_label": ("annonse",),
}  # fmt: skip
