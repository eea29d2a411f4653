"""Czech: the words the parser recognises on Czech pages, by role.

Words spelt as in a language earlier in the order are listed under that language only.
The roles are described in ``vocab/__init__.py``.
"""

from __future__ import annotations

__all__ = ["VOCABULARY"]

VOCABULARY: dict[str, tuple[str, ...]] = {
    "number_1": ("jedna",),
    "number_2": ("dva", "dvě"),
    "number_3": ("tři",),
    # "6 komentářů u „…“", "2 komentáře", "Komentáře (3)"
    "count_noun": (
        "komentářů", "komentáře", "komentář", "odpovědí", "odpovědi", "reakcí", "reakce",
    ),
    "form_start": (
        "Napsat komentář", "Přidat komentář", "Zanechte komentář", "Zanechat komentář",
        "Zanechte odpověď", "Zrušit odpověď", "Odeslat komentář",
    ),
    # WordPress's "napsal:", Blogger's "řekl(a)..."
    "says": (
        "napsal:", "napsala:", "napsal(a):", "říká:", "píše:", "řekl(a)...", "řekl(a)…",
    ),
    # months: genitive (as in dates) and nominative
    "month_1": ("ledna", "leden"),
    "month_2": ("února", "únor"),
    "month_3": ("března", "březen"),
    "month_4": ("dubna", "duben"),
    "month_5": ("května", "květen"),
    "month_6": ("června", "červen"),
    "month_7": ("července", "červenec"),
    "month_8": ("srpna", "srpen"),
    "month_9": ("září",),
    "month_10": ("října", "říjen"),
    "month_11": ("listopadu",),
    "month_12": ("prosince", "prosinec"),
    "relative_time": ("před ", "včera", "dnes"),
    "reply_link": ("odpovědět",),
    "comment_link": ("líbí se mi", "nahlásit", "upravit", "smazat", "sdílet"),
    "blog_pager": ("Novější příspěvek", "Starší příspěvek", "Domů"),
    "author_bio": ("O autorovi",),
    "chrome_heading": (
        "Nejnovější příspěvky", "Nejnovější komentáře", "Související příspěvky", "Archivy",
        "Rubriky",
    ),
    "tags_label": ("štítky",),
    "link_label": ("Čtěte také", "Přečtěte si také", "Mohlo by vás zajímat"),
}  # fmt: skip
