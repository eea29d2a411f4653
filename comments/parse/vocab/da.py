"""Danish: the words the parser recognises on Danish pages, by role.

Words spelt as in a language earlier in the order are listed under that language only.
The roles are described in ``vocab/__init__.py``.
"""

from __future__ import annotations

__all__ = ["VOCABULARY"]

VOCABULARY: dict[str, tuple[str, ...]] = {
    "number_1": ("et", "én"),
    "number_2": ("to",),
    "count_noun": ("tanker",),
    "form_start": ("Efterlad en kommentar", "Efterlad et svar", "Skriv et svar", "Annuller svar"),
    "says": ("siger:", "sagde..."),
    "month_3": ("marts",),
    "relative_time": ("siden",),
    "reply_link": ("besvar",),
    "comment_link": ("synes godt om", "rapporter", "anmeld", "rediger", "slet"),
    "author_badge": ("Redaktør", "Forfatter"),
    "chrome_heading": (
        "Seneste indlæg", "Seneste kommentarer", "Relaterede indlæg", "Læs også", "Arkiver",
    ),
    "by": ("af",),
    "link_label": ("Læs også", "Se også"),
    "ad_label": ("annonce", "reklame"),
}  # fmt: skip
