"""Swedish: the words the parser recognises on Swedish pages, by role.

Words spelt as in a language earlier in the order are listed under that language only.
The roles are described in ``vocab/__init__.py``.
"""

from __future__ import annotations

__all__ = ["VOCABULARY"]

VOCABULARY: dict[str, tuple[str, ...]] = {
    "number_0": ("inga", "ingen"),
    "number_1": ("en", "ett"),
    "number_2": ("två",),
    "count_noun": ("svar", "tankar", "tanke", "kommentarer"),
    "form_start": (
        "Lämna ett svar", "Lämna en kommentar", "Skriv en kommentar", "Avbryt svar",
        "Skicka en kommentar",  # Blogger's form link
        "Publicera kommentar",  # WordPress's form button
    ),
    "says": ("skriver:", "skrev:", "skrev...", "sa:", "sa...", "sade:"),
    "month_5": ("maj",),
    "month_8": ("augusti",),
    "relative_time": ("sedan", "i går", "igår", "i dag"),
    "reply_link": ("svara", "svar"),
    "comment_link": (
        "gilla", "gillar", "rapportera", "anmäl", "redigera", "ta bort", "radera", "dela",
    ),
    "author_badge": ("Redaktör", "Författare"),
    "blog_pager": ("Nyare inlägg", "Äldre inlägg"),
    "chrome_heading": (
        "Senaste inläggen", "Senaste inlägg", "Senaste kommentarer", "Populära inlägg",
        "Relaterade inlägg", "Läs också", "Arkiv", "Kategorier", "Blogarkiv",
    ),
    "by": ("av",),
    # "Den 3 mars 2015 skrev Ann:" (Danish and Norwegian write the verb so too; listed once)
    "name_verb": ("skrev",),
    "name_date_word": ("den",),
    "tags_label": ("etiketter", "taggar"),
    "link_label": ("Läs också", "Läs även", "Se även"),
    "ad_label": ("annons",),
}  # fmt: skip
