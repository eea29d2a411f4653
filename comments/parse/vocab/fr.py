"""French: the words the parser recognises on French pages, by role.

Words spelt as in a language earlier in the order ("mai" as in German) are listed
under that language only. The roles are described in ``vocab/__init__.py``.
"""

from __future__ import annotations

__all__ = ["VOCABULARY"]

VOCABULARY: dict[str, tuple[str, ...]] = {
    "number_0": ("aucun", "aucune"),
    "number_1": ("un", "une"),
    "number_2": ("deux",),
    "number_3": ("trois",),
    "number_4": ("quatre",),
    "count_lead": ("il y a", "cet article a", "ce billet a"),
    "count_noun": (
        "commentaires", "commentaire", "réponses", "réponse", "réflexions", "réflexion",
        "réactions",
    ),
    "count_qualifier": ("tous les", "tous vos", "vos"),  # "Tous vos commentaires (11)"
    "form_start": (
        "Laisser un commentaire", "Laisser une réponse", "Ajouter un commentaire",
        "Annuler la réponse", "Publier un commentaire", "Écrire un commentaire",
        "Commenter cet article",
    ),
    "says": (
        "dit :", "dit:", "a dit :", "a dit:", "a dit...", "écrit :", "écrit:", "a écrit :",
        "a écrit:",
    ),
    "month_1": ("janvier", "janv"),
    "month_2": ("février", "févr"),
    "month_3": ("mars",),
    "month_4": ("avril", "avr"),
    "month_6": ("juin",),
    "month_7": ("juillet", "juil"),
    "month_8": ("août",),
    "month_9": ("septembre",),
    "month_10": ("octobre",),
    "month_11": ("novembre",),
    "month_12": ("décembre", "déc"),
    "weekday": (
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "lun", "mar", "mer", "jeu", "ven", "sam", "dim",
    ),
    "relative_time": ("hier", "il y a", "aujourd"),
    "reply_link": ("répondre",),
    "comment_link": (
        "répondre à ce message", "lien permanent", "j'aime", "signaler", "modifier",
        "supprimer", "partager", "tweeter", "citer", "suivre",
    ),
    "author_badge": (
        "Auteur", "Modérateur", "Rédaction", "Administrateur", "Vérifié", "non vérifié",
        "Auteur de l’article", "Auteur de l'article",  # WordPress's "Post author"
    ),
    "score_unit": ("voix",),
    "blog_pager": (
        "Article plus récent", "Article plus ancien", "Articles plus récents",
        "Articles plus anciens", "Accueil",
    ),
    "site_section": ("À propos", "A propos", "Qui sommes-nous", "Qui sommes-nous ?"),
    "author_bio": ("À propos de l'auteur", "À propos de l’auteur", "L'auteur", "L’auteur"),
    "chrome_heading": (
        "Commentaires récents", "Articles récents", "Catégories", "Derniers commentaires",
        "Derniers articles", "Articles similaires", "Articles liés", "À lire aussi",
        "A lire aussi", "Les plus lus", "Vous aimerez aussi", "Archives du blog",
    ),
    "share_button": ("partager", "tweeter"),
    "by": ("par",),
    "name_date_word": ("le", "à"),
    "name_verb": ("dit",),
    "name_particle": ("de", "du", "des", "la", "le"),  # "Anne de la Tour"
    "anonymous_name": ("Anonyme", "Invité"),
    "tags_label": ("étiquettes", "mots-clés", "mots clés"),
    "comment_sort": (
        "le plus récent", "le plus ancien", "le plus populaire", "plus récents", "plus anciens",
    ),
    "link_label": (
        "Lire aussi", "À lire aussi", "A lire aussi", "À lire également", "Voir aussi",
        "Sur le même sujet",
    ),
    "ad_label": ("publicité", "sponsorisé", "la suite après cette publicité"),
}  # fmt: skip
