"""German: the words the parser recognises on German pages, by role.

Words spelt as in English ("april", "moderator") are listed under English only.
The roles are described in ``vocab/__init__.py``.
"""

from __future__ import annotations

__all__ = ["VOCABULARY"]

VOCABULARY: dict[str, tuple[str, ...]] = {
    "number_0": ("keine", "kein"),
    "number_1": ("ein", "eine", "einen"),
    "number_2": ("zwei",),
    "number_3": ("drei",),
    "number_4": ("vier",),
    "count_lead": ("es gibt", "dieser artikel hat", "dieser beitrag hat", "dieser eintrag hat"),
    "count_noun": (
        "diskussionen", "diskussion", "kommentare", "kommentar", "gedanken", "gedanke",
        "antworten", "antwort", "reaktionen",
    ),
    "count_qualifier": ("alle", "ihre"),  # "Alle Kommentare (12)"
    "form_start": (
        "Schreibe einen Kommentar", "Hinterlasse einen Kommentar", "Kommentar verfassen",
        "Kommentar schreiben", "Antworten abbrechen", "Kommentar hinzufügen",
        "Kommentar veröffentlichen", "Kommentar posten",
        "Artikel kommentieren", "Diesen Artikel kommentieren", "Beitrag kommentieren",
    ),
    # Blogger's "said..." is "hat gesagt…"
    "says": (
        "sagt:", "sagte:", "schrieb:", "schreibt:", "sagte...", "hat gesagt…", "hat gesagt...",
    ),
    "says_glued": ("sagt:",),
    "month_1": ("januar", "jänner"),
    "month_2": ("februar",),
    "month_3": ("märz",),
    "month_5": ("mai",),
    "month_6": ("juni",),
    "month_7": ("juli",),
    "month_10": ("oktober", "okt"),
    "month_12": ("dezember",),
    "weekday": (
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
        "mo", "di", "mi", "do", "fr", "sa", "so",
    ),
    "relative_time": ("gestern", "heute", "vor ", "vorhin"),
    "reply_link": ("antworten", "antwort", "beantworten"),
    "comment_link": (
        "zum antworten anmelden", "anmelden zum antworten", "permanenter link", "gefällt mir",
        "melden", "bearbeiten", "löschen", "teilen", "twittern", "zitieren", "folgen", "liken",
    ),
    "author_badge": (
        "Autor", "Autorin", "Redaktion", "Verifiziert", "Beitragsautor", "Beitragsautorin",
        "nicht überprüft", "nicht verifiziert",
    ),
    "score_unit": ("Punkte", "Punkt", "Stimmen", "Stimme"),
    "blog_pager": ("Neuerer Post", "Älterer Post", "Neuere Posts", "Ältere Posts", "Startseite"),
    "site_section": ("Über uns", "Wer wir sind"),
    "author_bio": (
        "Über den Autor", "Über die Autorin", "Zum Autor", "Zur Autorin", "Der Autor",
        "Die Autorin",
    ),
    "chrome_heading": (
        "Letzte Kommentare", "Neueste Kommentare", "Neueste Beiträge", "Archiv", "Kategorien",
        "Ähnliche Beiträge", "Verwandte Artikel", "Beliebte Beiträge", "Beliebte Posts",
        "Meistgelesen", "Mehr zum Thema", "Das könnte Sie auch interessieren", "Blog-Archiv",
        "Neueste Artikel", "Aktuelle Artikel", "Weitere Artikel", "Ähnliche Artikel",
        "Beliebte Artikel", "Meistgelesene Artikel", "Neueste Nachrichten",
        "Aktuelle Nachrichten", "Weitere Nachrichten",
    ),
    "share_button": ("teilen", "twittern", "mitteilen", "pinnen", "merken"),
    "by": ("von",),
    "name_date_word": ("am", "um"),
    "name_verb": ("schrieb", "sagt", "sagte"),  # "Ann schrieb am 2. Mai"
    "comment_verb": ("kommentierte", "antwortete"),
    "name_particle": ("von", "vom", "zu", "zum", "zur", "der"),  # "Ute von der Heide"
    "anonymous_name": ("Anonym", "Gast"),
    "tags_label": ("schlagwörter", "schlagworte", "stichwörter", "stichworte"),
    "comment_sort": (
        "neueste", "älteste", "neueste zuerst", "älteste zuerst", "meisten abstimmungen",
    ),
    "link_label": (
        "Lesen Sie auch", "Lesen Sie dazu", "Lies auch", "Auch interessant",
        "Ebenfalls interessant", "Mehr zum Thema", "Siehe auch", "Passend dazu", "Zum Weiterlesen",
    ),
    "ad_label": ("anzeige", "werbung", "gesponsert", "artikel wird unter der anzeige fortgesetzt"),
}  # fmt: skip
