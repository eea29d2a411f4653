"""Finnish: the words the parser recognises on Finnish pages, by role.

Words spelt as in a language earlier in the order are listed under that language only.
The roles are described in ``vocab/__init__.py``.
"""

from __future__ import annotations

__all__ = ["VOCABULARY"]

VOCABULARY: dict[str, tuple[str, ...]] = {
    "number_1": ("yksi",),
    "number_2": ("kaksi",),
    "number_3": ("kolme",),
    "count_noun": ("kommentti", "kommenttia", "kommentit", "vastausta", "vastaus"),
    "form_start": (
        "Jätä kommentti", "Jätä vastaus", "Kirjoita kommentti", "Peruuta vastaus",
        "Lähetä kommentti",  # Blogger's form link
    ),
    "says": ("sanoo:", "sanoi:", "kirjoittaa:", "kirjoitti:", "kirjoitti..."),
    # months: partitive (as in dates) and nominative
    "month_1": ("tammikuuta", "tammikuu"),
    "month_2": ("helmikuuta", "helmikuu"),
    "month_3": ("maaliskuuta", "maaliskuu"),
    "month_4": ("huhtikuuta", "huhtikuu"),
    "month_5": ("toukokuuta", "toukokuu"),
    "month_6": ("kesäkuuta", "kesäkuu"),
    "month_7": ("heinäkuuta", "heinäkuu"),
    "month_8": ("elokuuta", "elokuu"),
    "month_9": ("syyskuuta", "syyskuu"),
    "month_10": ("lokakuuta", "lokakuu"),
    "month_11": ("marraskuuta", "marraskuu"),
    "month_12": ("joulukuuta", "joulukuu"),
    "relative_time": ("sitten", "eilen", "tänään"),
    "reply_link": ("vastaa",),
    "comment_link": ("tykkää", "ilmoita", "muokkaa", "poista", "jaa"),
    "author_badge": ("Kirjoittaja", "Ylläpitäjä", "Moderaattori"),
    "blog_pager": ("Uudempi julkaisu", "Vanhempi julkaisu", "Etusivu"),
    "chrome_heading": (
        "Uusimmat artikkelit", "Viimeisimmät artikkelit", "Uusimmat kommentit",
        "Viimeisimmät kommentit", "Suosituimmat tekstit", "Lue myös", "Arkistot",
        "Kategoriat",
    ),
    "tags_label": ("avainsanat", "tagit"),
    "link_label": ("Lue myös", "Katso myös"),
    "ad_label": ("mainos",),
}  # fmt: skip
