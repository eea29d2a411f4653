"""Dutch: the words the parser recognises on Dutch pages, by role.

Words spelt as in a language earlier in the order are listed under that language only.
The roles are described in ``vocab/__init__.py``.
"""

from __future__ import annotations

__all__ = ["VOCABULARY"]

VOCABULARY: dict[str, tuple[str, ...]] = {
    "number_0": ("geen",),
    "number_1": ("één", "een"),
    "number_2": ("twee",),
    "number_3": ("drie",),
    "count_lead": ("er zijn", "dit artikel heeft"),
    "count_noun": ("reacties", "reactie", "reageren", "gedachten", "gedachte"),
    "form_start": (
        "Geef een reactie", "Laat een reactie achter", "Reactie annuleren",
        "Een reactie plaatsen", "Plaats een reactie", "Reactie plaatsen",
        "Een reactie posten",  # Blogger's form link
        "Reageer op dit artikel",
    ),
    "says": ("zegt:", "zei:", "zei...", "schreef:", "schreef..."),
    "month_1": ("januari",),
    "month_2": ("februari",),
    "month_3": ("maart",),
    "month_5": ("mei",),
    "month_8": ("augustus",),
    "relative_time": ("geleden",),
    "reply_link": ("reageren", "beantwoorden"),
    "comment_link": ("vind ik leuk", "bewerken", "verwijderen", "delen"),
    "author_badge": ("Redactie", "Berichtauteur", "niet gecontroleerd"),
    "score_unit": ("punten", "punt", "stemmen", "stem"),
    "blog_pager": ("Nieuwer bericht", "Ouder bericht"),
    "site_section": ("Over ons",),
    "author_bio": ("Over de auteur",),
    "chrome_heading": (
        "Recente reacties", "Recente berichten", "Archieven", "Categorieën",
        "Laatste reacties", "Laatste berichten", "Gerelateerde berichten",
        "Gerelateerde artikelen", "Meest gelezen", "Lees ook",
    ),
    "share_button": ("delen",),
    "by": ("door",),
    "name_date_word": ("op",),
    "name_verb": ("zegt", "zei", "schreef"),  # "Op 3 maart 2015 schreef Ann:"
    "comment_verb": ("reageerde",),
    "name_particle": ("van", "den", "ten", "ter", "te"),  # "Jan van den Berg"
    "anonymous_name": ("Anoniem",),
    "tags_label": ("trefwoorden",),
    "link_label": ("Lees ook", "Zie ook", "Lees meer"),
    "ad_label": ("advertentie", "gesponsord"),
}  # fmt: skip
