"""Polish: the words the parser recognises on Polish pages, by role.

Words spelt as in a language earlier in the order are listed under that language only.
The roles are described in ``vocab/__init__.py``.
"""

from __future__ import annotations

__all__ = ["VOCABULARY"]

VOCABULARY: dict[str, tuple[str, ...]] = {
    "number_0": ("brak",),
    "number_1": ("jeden",),
    "number_2": ("dwa",),
    "number_3": ("trzy",),
    "count_noun": (
        "komentarzy", "komentarze", "komentarz", "odpowiedzi", "odpowiedź", "myśli", "reakcje",
    ),
    "form_start": (
        "Dodaj komentarz", "Napisz komentarz", "Zostaw komentarz", "Skomentuj",
        "Anuluj pisanie odpowiedzi",
        "Opublikuj komentarz",  # Blogger's form link
    ),
    "says": ("pisze:", "pisze...", "napisał:", "napisała:", "napisał(a):", "napisał(a)..."),
    # months: genitive (as in dates) and nominative
    "month_1": ("stycznia", "styczeń"),
    "month_2": ("lutego", "luty"),
    "month_3": ("marca", "marzec"),
    "month_4": ("kwietnia", "kwiecień"),
    "month_5": ("maja",),
    "month_6": ("czerwca", "czerwiec"),
    "month_7": ("lipca", "lipiec"),
    "month_8": ("sierpnia", "sierpień"),
    "month_9": ("września", "wrzesień"),
    "month_10": ("października", "październik"),
    "month_11": ("listopada", "listopad"),
    "month_12": ("grudnia", "grudzień"),
    "relative_time": ("temu", "wczoraj", "dzisiaj", "dziś"),
    "reply_link": ("odpowiedz",),
    "comment_link": ("lubię to", "polub", "zgłoś", "edytuj", "usuń", "udostępnij"),
    "blog_pager": ("Nowszy post", "Starszy post", "Strona główna"),
    "author_bio": ("O autorze",),
    "chrome_heading": (
        "Najnowsze wpisy", "Najnowsze komentarze", "Ostatnie wpisy", "Ostatnie komentarze",
        "Podobne wpisy", "Popularne posty", "Zobacz także", "Czytaj także", "Archiwa",
        "Kategorie",
    ),
    "by": ("przez",),
    "tags_label": ("tagi",),
    "link_label": ("Czytaj też", "Czytaj także", "Zobacz też", "Zobacz także"),
    "ad_label": ("reklama",),
}  # fmt: skip
