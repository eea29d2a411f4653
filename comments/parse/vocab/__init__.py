"""The words the parser recognises, one module per language, each a mapping role → phrases.

A *role* names what the parser does with a phrase ("says": the verb after a commenter's
name); ``ROLES`` below describes every role once. Each language module (``en``, ``de``,
…) maps the roles it covers to its phrases, and ``shared`` holds what belongs to no one
language (platform names, symbols). ``patterns`` builds its regexes and word sets from
``phrases(role)``, so supporting a language means adding a module here, not touching
the patterns or the algorithms.

Each phrase is listed once per role: under the first language, in ``LANGUAGES`` order,
that uses it ("april" under English, "mai" under German), or under ``shared`` when it is
no word of any language. ``duplicates()`` reports a phrase listed twice in one role,
whether within one language (a slip) or under two (the first-language rule broken):
either way the second listing adds nothing to the patterns and misleads a reader about
where the phrase lives. Phrases differing only in case are distinct (some roles are
matched case-sensitively).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import NamedTuple

from . import (
    ar,
    cs,
    da,
    de,
    el,
    en,
    es,
    fa,
    fi,
    fr,
    ind,
    it,
    ja,
    ko,
    nb,
    nl,
    pl,
    pt,
    ru,
    shared,
    sv,
    tr,
    uk,
    zh,
)

__all__ = ["LANGUAGES", "ROLES", "Duplicate", "coverage", "duplicates", "phrases", "requested"]

_NUMBER_NAMES = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
)  # fmt: skip
_MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip

# Every role, with what the parser does with its phrases (matching is case-insensitive
# unless a role says otherwise).
ROLES: Mapping[str, str] = {
    **{
        f"number_{n}": f"{name} written as a word in a count heading ('{name} comments')"
        for n, name in enumerate(_NUMBER_NAMES)
    },
    "count_noun": "the noun of a count heading: '6 thoughts on …', 'Comments (3)'",
    "count_qualifier": "a word before a bracketed count heading's noun: 'Reader comments (4)'",
    "count_lead": (
        "the words before a count heading's number: 'There are 6 comments',"
        " 'Dieser Artikel hat 12 Kommentare.'"
    ),
    "form_start": "a line opening the comment form, which ends the comment list: 'Leave a Reply'",
    "says": "the verb ending a comment head, after the author: 'Ann says:'",
    "says_glued": "a 'says' verb a screen-reader label glues to the name: 'Gethinsays:'",
    # Month abbreviations that are also words ("des", "out", "ago") are left out: they
    # would read prose as dates.
    **{
        f"month_{n}": f"{name}'s names and abbreviations, in dates"
        for n, name in enumerate(_MONTH_NAMES, 1)
    },
    "meridiem": (
        "the half of a twelve-hour clock where a language does not write 'am'/'pm', after"
        " the time or before it: '4:12 오후', '4:12 م', '下午4:12'"
    ),
    "weekday": "a weekday's name or abbreviation before a date: 'Mon, May 2, 2012'",
    "relative_time": (
        "a lower-case substring one of which a relative date holds ('3 days ago', 'gestern');"
        " a space at either end marks a word edge ('vor ', ' fa')"
    ),
    "reply_link": "a word of a comment's 'Reply' link, which only a comment carries",
    "comment_link": "another link under a comment (like, report, share, edit, vote)",
    "thread_nav": (
        "a link to the comments around one, in a row its fold toggle closes:"
        " 'ann 3 hours ago | parent | next [–]'"
    ),
    "author_badge": "a role badge after a commenter's name: 'Ann Mod' (case-sensitive)",
    "score_unit": "the unit of a score after a commenter's name: 'Ann · 5 points', 'Bob 6 pts'",
    "blog_pager": "a link of Blogger's pager under a post: 'Newer Post Older Post Home'",
    "site_section": "a heading of the site's own blurb, after which the article has ended",
    "author_bio": "the heading of an author box, after which the article has ended",
    "chrome_heading": "a sidebar or footer heading: 'Recent Comments', 'Archives'",
    "share_button": "a share button's label alone on a line of the article",
    "comment_sort": (
        "a comment widget's sort control, alone on a line or in a row of them, over the"
        " comments it sorts: 'Newest Oldest', 'Most Voted', 'Inline Feedbacks'"
    ),
    "thread_control": (
        "the verb of a widget's control that shows or hides replies, before a count noun:"
        " 'Show 2 more replies', 'View all comments', 'Collapse thread'"
    ),
    "ad_label": (
        "a label over an advertisement, alone on a line or several in a row, which neither"
        " the article nor a comment holds: 'Advertisement', 'Anzeige'"
    ),
    "link_label": (
        "the label of a link to another post inside the article, before its title: 'Also"
        " read: …', 'Lesen Sie auch: …' (the line is the site's, not the article's)"
    ),
    "tags_label": "the label before a post's tags, after which the article has ended: 'Tags:'",
    "by": "the word before a name that follows its date: 'May 2, 2012 by Ann'",
    "name_date_word": "a word joining a name and its date on a head line: 'Ann on May 2'",
    "name_verb": (
        "a verb between a commenter's name and the date, stripped from the name's end only:"
        " 'Ann said, on May 2' ('Posted on May 2 by Ann' is a post's byline); a head that"
        " ends with ':' after it says it is one ('Ann wrote on May 2:')"
    ),
    "comment_verb": (
        "a name_verb only comments use: the head says it is one ('Ann commented on May 2')"
    ),
    "name_particle": "a lower-case word inside a person's name (case-sensitive): 'Jan van Berg'",
    "anonymous_name": (
        "the name a comment system gives every commenter who left none: 'Anonymous'"
    ),
}  # fmt: skip

# The vocabularies in their fixed order: the order of ``phrases()`` and of the
# first-language rule.
LANGUAGES: Mapping[str, Mapping[str, tuple[str, ...]]] = {
    "en": en.VOCABULARY,
    "de": de.VOCABULARY,
    "fr": fr.VOCABULARY,
    "es": es.VOCABULARY,
    "it": it.VOCABULARY,
    "pt": pt.VOCABULARY,
    "nl": nl.VOCABULARY,
    "sv": sv.VOCABULARY,
    "da": da.VOCABULARY,
    "nb": nb.VOCABULARY,
    "fi": fi.VOCABULARY,
    "pl": pl.VOCABULARY,
    "cs": cs.VOCABULARY,
    "ru": ru.VOCABULARY,
    "uk": uk.VOCABULARY,
    "tr": tr.VOCABULARY,
    "id": ind.VOCABULARY,
    "el": el.VOCABULARY,
    "ar": ar.VOCABULARY,
    "fa": fa.VOCABULARY,
    "ja": ja.VOCABULARY,
    "ko": ko.VOCABULARY,
    "zh": zh.VOCABULARY,
    "shared": shared.VOCABULARY,
}

_requested: set[str] = set()


@cache
def phrases(role: str) -> tuple[str, ...]:
    """Every language's phrases for ``role``, in ``LANGUAGES`` order, each once.

    >>> phrases("says_glued")
    ('says:', 'said:', 'said...', 'says...', 'sagt:', '说道：', '說道：', '表示：')

    An undescribed role is an error, so a pattern cannot ask for a misspelt one and
    silently match nothing.
    """
    if role not in ROLES:
        raise KeyError(f"no vocabulary role {role!r} (see comments.parse.vocab.ROLES)")
    _requested.add(role)
    found = (phrase for vocabulary in LANGUAGES.values() for phrase in vocabulary.get(role, ()))
    return tuple(dict.fromkeys(found))


def requested() -> frozenset[str]:
    """The roles asked for through ``phrases()`` so far.

    Once ``comments.parse`` is imported this is every role the parser uses: a described
    role missing from it is dead vocabulary.
    """
    return frozenset(_requested)


def coverage() -> dict[str, frozenset[str]]:
    """The roles each vocabulary lists phrases for: where a language's support has gaps.

    >>> {"says", "reply_link"} <= coverage()["de"]
    True
    """
    return {
        language: frozenset(role for role, listed in vocabulary.items() if listed)
        for language, vocabulary in LANGUAGES.items()
    }


class Duplicate(NamedTuple):
    """A phrase listed more than once in one role, and every vocabulary listing it."""

    role: str
    phrase: str
    languages: tuple[str, ...]  # one entry per listing: ("de", "de") is a repeat in German


def duplicates() -> list[Duplicate]:
    """Every phrase listed twice in one role, within one language or across two."""
    listings: dict[tuple[str, str], list[str]] = {}
    for language, vocabulary in LANGUAGES.items():
        for role, listed in vocabulary.items():
            for phrase in listed:
                listings.setdefault((role, phrase), []).append(language)
    return [
        Duplicate(role, phrase, tuple(languages))
        for (role, phrase), languages in listings.items()
        if len(languages) > 1
    ]
