"""Italian: the words the parser recognises on Italian pages, by role.

Words spelt as in a language earlier in the order are listed under that language only.
The roles are described in ``vocab/__init__.py``.
"""

from __future__ import annotations

__all__ = ["VOCABULARY"]

VOCABULARY: dict[str, tuple[str, ...]] = {
    "number_0": ("nessun", "nessuno"),
    "number_2": ("due",),
    "number_3": ("tre",),
    "number_4": ("quattro",),
    "count_lead": ("ci sono", "questo articolo ha"),
    "count_noun": (
        "commenti", "commento", "risposte", "risposta", "pensieri", "pensiero", "reazioni",
    ),
    "form_start": (
        "Lascia un commento", "Lascia una risposta", "Annulla risposta", "Pubblica un commento",
        "Scrivi un commento", "Posta un commento", "Commenta questo articolo",
    ),
    "says": ("scrive:", "ha detto:", "ha detto..."),
    "month_1": ("gennaio",),
    "month_2": ("febbraio",),
    "month_4": ("aprile",),
    "month_5": ("maggio",),
    "month_6": ("giugno", "giu"),
    "month_7": ("luglio", "lug"),
    "month_9": ("settembre",),
    "month_10": ("ottobre", "ott"),
    "month_12": ("dicembre",),
    "relative_time": (" fa", "ieri", "oggi"),
    "reply_link": ("rispondi",),
    "comment_link": (
        "link permanente", "mi piace", "segnala", "modifica", "elimina", "condividi", "cita",
    ),
    "author_badge": (
        "Autore", "Moderatore", "Redazione", "Amministratore", "Autore dell’articolo",
        "non verificato",
        "Autore dell'articolo",
    ),
    "score_unit": ("punti", "voti"),
    "blog_pager": ("Post più recente", "Post più vecchio"),
    "site_section": ("Chi siamo",),
    "author_bio": ("Sull'autore", "L'autore", "L’autore"),
    "chrome_heading": (
        "Commenti recenti", "Articoli recenti", "Categorie", "Archivi", "Ultimi commenti",
        "Ultimi articoli", "Articoli correlati", "Post più popolari", "Più letti",
        "Potrebbe interessarti", "Archivio blog",
    ),
    "share_button": ("condividi",),
    "by": ("da", "di"),
    "name_date_word": ("il",),
    "name_particle": ("di", "da", "della", "dello", "degli", "dei"),  # "Gia di Marco"
    "anonymous_name": ("Anonimo", "Ospite"),
    "tags_label": ("tag", "etichette"),
    "link_label": ("Leggi anche", "Vedi anche", "Potrebbe interessarti"),
    "ad_label": ("pubblicità", "sponsorizzato"),
}  # fmt: skip
