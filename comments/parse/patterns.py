"""Every marker, phrase list and regex the parser recognises lines by, as named data.

The parser relies on structure first (indentation, list markers, position after the
article); the patterns here are hints that name what a line is. The word lists come
from ``vocab`` (one module per language, see ``vocab.ROLES``), so that adding a language
means adding a vocabulary module and not touching these patterns or the algorithms;
phrases written inside a regex's own syntax (optional parts, any-space gaps) stay
here, in their regex. All regexes match the *stripped* line text (list marker removed)
and are case-insensitive unless stated.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from . import vocab

__all__ = [
    "AD_LABEL",
    "AGE_AT_END",
    "AMBIGUOUS_BULLETS",
    "ANONYMOUS_NAMES",
    "ARROW_CUES",
    "ARTICLE_CHROME",
    "ARTICLE_END_HEADINGS",
    "ARTICLE_FURNITURE",
    "AUTHOR_BADGE",
    "AUTHOR_BADGE_LINE",
    "AUTHOR_BIO_HEADINGS",
    "AUTHOR_BULLET",
    "AUTHOR_PREFIX",
    "AUTHOR_SCORE",
    "AVATAR_LINE",
    "BARE_COMMENTS_HEADING",
    "BARE_INPUT",
    "BULLET_MARKERS",
    "BYLINE",
    "BYLINE_INNER",
    "BYLINE_INNER_CUES",
    "CAPITALISED_DAY_LINE",
    "CHROME_HEADINGS",
    "CLOCK_TIME",
    "CLOSING_MARKS",
    "COMMENTS_CLOSED",
    "COMMENT_NUMBER",
    "COMPACT_AGE_AT_END",
    "CONTENTS_HEADING",
    "COUNT_HEADING",
    "CROSS_LINK",
    "DATE_AT_END",
    "DATE_BYLINE",
    "DATE_DIGIT_SHAPE",
    "DATE_IN_TEXT",
    "DATE_LABEL",
    "DATE_LINE",
    "DATE_NEAR_DIGITS",
    "DAY_ALONE_LINE",
    "DISCUSSION_END",
    "DURATION",
    "EMAIL_ADDRESS",
    "EMBEDDED_BOILERPLATE",
    "EMBEDDED_CUES",
    "EMOTICON_END",
    "EXCERPT_OPENERS",
    "FILING_LABEL",
    "FOLDED_ROW_AT_END",
    "FOLD_TOGGLES",
    "FOOTER_HEAD",
    "FOOTER_LINE",
    "FOREIGN_MONTH",
    "FORM_LINE",
    "FORM_START",
    "FRAME_ADDRESS_LABEL",
    "FRAME_LABEL",
    "GLUED_BYLINE",
    "HEAD_CUT_AT_REPLY_TO",
    "HEAD_SEPARATOR",
    "IMAGE_ONLY",
    "IMAGE_PLACEHOLDER",
    "INPUT_BOX",
    "LINK_HEADER",
    "LINK_LINE",
    "LIST_MARKER",
    "MARKUP_CUES",
    "MARKUP_FRAGMENT",
    "MONTH_BEFORE_DIGIT_REVERSED",
    "MONTH_DAY_AFTER_MARK",
    "MONTH_DAY_LINE",
    "MONTH_NUMBERS",
    "MONTH_WORDS",
    "NAME_PREFIX",
    "NAV_LINE",
    "NEWSLETTER_CUES",
    "NEWSLETTER_PROMPT",
    "NUMBER_WORDS",
    "OUTLINE_NUMBER",
    "OWN_POST_LINK_AFTER_NAME",
    "PHOTO_CREDIT",
    "PINGBACK_HEADING",
    "PINGBACK_PREFIX",
    "PINGBACK_SITE_SEPARATOR",
    "POST_NAV",
    "PUBLISHED_DATE",
    "RATING_CUES",
    "RATING_WIDGET",
    "READ_MORE_LINK",
    "RECIPE_BUTTON_ROW",
    "RELATIVE_TIME_CUE",
    "RELATIVE_TIME_CUES",
    "REPLY_LINK_WORDS",
    "REPLY_TO",
    "REPLY_TO_LINE",
    "RULE_CHARS",
    "RULE_LINE",
    "SAYS_AT_END",
    "SAYS_CUES",
    "SAYS_SUFFIX",
    "SENTENCE_END_CHARS",
    "SHORT_AGE",
    "SITE_SECTION_HEADINGS",
    "STANDALONE_BOILERPLATE",
    "TIME_AFTER_MARK",
    "TIME_OF_DAY",
    "TIME_ONLY",
    "TIME_START",
    "TRAILING_SEPARATOR",
    "YEAR",
    "any_of",
    "has_any",
]


def _words(*alternatives: str) -> str:
    """A regex alternation of literal phrases in which a longer phrase wins over its prefix.

    Built as a prefix tree ("re(?:ply|port)" rather than "reply|report"): the regex
    engine tries alternatives one by one, so sharing prefixes keeps the long multilingual
    vocabularies cheap to match.

    >>> _words("reply", "report", "re")
    're(?:p(?:ort|ly))?'
    """
    tree: dict[str, dict] = {}
    for phrase in alternatives:
        node = tree
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}  # a phrase ends here
    return _tree_regex(tree)


def _tree_regex(node: dict[str, dict]) -> str:
    """The regex of one prefix-tree node: longer continuations first, ending last.

    Branches of equal depth are ordered by character, so that the regex depends only on
    the set of phrases and not on the order in which the vocabularies list them.
    """
    ends = "" in node
    branches = []
    for char in sorted((c for c in node if c), key=lambda c: (-_depth(node[c]), c)):
        child = node[char]
        branches.append(re.escape(char) + _tree_regex(child))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if not ends:
        return body
    return ("(?:" + body + ")" if len(branches) == 1 and len(body) > 1 else body) + "?"


_FLAG_LETTERS = {re.IGNORECASE: "i", re.MULTILINE: "m", re.DOTALL: "s", re.VERBOSE: "x"}


def any_of(*patterns: re.Pattern[str]) -> re.Pattern[str]:
    """One pattern that matches wherever one of ``patterns`` does, each with its own
    flags: one call where a line is tried against several (each call has its cost).

    >>> pattern = any_of(re.compile("reply", re.IGNORECASE), re.compile(r"\\d+ likes"))
    >>> bool(pattern.match("Reply")), bool(pattern.match("3 likes")), bool(pattern.match("3"))
    (True, True, False)
    """
    branches = []
    for pattern in patterns:
        letters = "".join(v for k, v in _FLAG_LETTERS.items() if pattern.flags & k)
        end = "\n" if pattern.flags & re.VERBOSE else ""  # a verbose comment ends at a newline
        branches.append(
            f"(?{letters}:{pattern.pattern}{end})" if letters else f"(?:{pattern.pattern})"
        )
    return re.compile("|".join(branches))


def has_any(text: str, cues: Iterable[str]) -> bool:
    """Whether one of ``cues`` stands in ``text``: the cheap substring test run before a
    costly pattern (in C: no generator).

    >>> has_any("Share on Facebook", ("share", "Share")), has_any("Hi", ("[",))
    (True, False)
    """
    return any(map(text.__contains__, cues))


def _depth(node: dict[str, dict]) -> int:
    """The longest phrase length below a node (so longer branches are tried first)."""
    return max((1 + _depth(child) for char, child in node.items() if char), default=0)


# --- list markers ---------------------------------------------------------------------

# Bullets the converters draw: w3m (• □ ☆ ○ ■ ★ ◎ ● △, one per nesting level), lynx
# (* + o # @ - =, likewise), html2text (* + o), inscriptis (*), Markdown (- *),
# typographic (▪ ■ ● ○ ◦ ‣ ⁃ ·).
BULLET_MARKERS = (
    "•",
    "*",
    "-",
    "◦",
    "□",
    "☆",
    "+",
    "o",
    "#",
    "@",
    "▪",
    "■",
    "●",
    "○",
    "‣",
    "⁃",
    "·",
    "–",
    "★",
    "◎",
    "△",
    "=",
    "►",
    "▸",
    "»",
)
# Bullets that are also ordinary words or punctuation at the start of a prose line
# ("o" is "the"/"or" in Portuguese/Spanish): only markers when the line is indented.
AMBIGUOUS_BULLETS = frozenset({"o", "+", "#", "@", "=", "·", "–", "»"})

_BULLET = "|".join(re.escape(b) for b in BULLET_MARKERS)
# A list marker followed by at least one space: a bullet, "1." / "1)", outline numbers
# ("1.2." / "1.2"), a letter or roman numeral with "." or ")".
LIST_MARKER = re.compile(
    rf"""(?:
        (?P<outline>\d{{1,3}}(?:\.\d{{1,3}})+\.?)
      | (?P<number>\d{{1,3}}[.)])
      | (?P<letter>[a-z][.)])
      | (?P<roman>(?:[ivx]{{2,5}}|[IVX]{{2,5}})[.)])
      | (?P<bullet>{_BULLET})
    )(?:\s+(?=\S)|\s*$)""",
    re.VERBOSE,
)

# A horizontal rule drawn with characters ("* * *", "-----", "━━━━"): a separator.
RULE_CHARS = "*-_=~━─═—–•·+#"  # what converters draw rules with ("* * *", "━━━━", "════")
_RULE = rf"(?:[{re.escape(RULE_CHARS)}]\s*){{3,}}"
RULE_LINE = re.compile(rf"^{_RULE}$")

# --- the discussion section -----------------------------------------------------------

# Number words a count heading may use instead of digits.
NUMBER_WORDS = {word: number for number in range(11) for word in vocab.phrases(f"number_{number}")}
_COUNT = rf"(?P<count>\d{{1,6}}|{_words(*NUMBER_WORDS)})"
_COUNT_NOUNS = _words(*vocab.phrases("count_noun"))
# Words that may qualify a bracketed count heading: "Reader comments (4)".
_COUNT_QUALIFIERS = _words(*vocab.phrases("count_qualifier"))
# Words before the number of a count heading written as a sentence: "There are 6 comments".
_COUNT_LEADS = _words(*vocab.phrases("count_lead")).replace(r"\ ", r"\s+")
_LINKBACK_NOUNS = r"(?:trackbacks?|pingbacks?|linkbacks?)"  # counted beside the comments
# The post's title in quotes and a word before the count, as Turkish orders it ("“Ekmek”
# için 3 yorum": "3 comments for “Ekmek”").
_QUOTED_TITLE_FIRST = r"[“„\"«](?P<title_first>[^“”„\"«»]{1,120})[”“\"»]\s+[^\W\d_]{1,8}\s+"
# "6 thoughts on “Title”", "5 Responses to Title", "12 Comments", "Comments (3)",
# "One thought on “…”", "3 Kommentare zu „…“", "2 commentaires sur « … »", "No Comments".
COUNT_HEADING = re.compile(
    rf"""^(?:
        (?:(?:{_COUNT_LEADS})\s+|{_QUOTED_TITLE_FIRST})?
        {_COUNT}\s*(?:{_COUNT_NOUNS})(?:\b|(?=(?-i:[A-Z])))(?P<rest>.*)  # "1 CommentNo Reactions"
      | (?:(?:{_COUNT_QUALIFIERS})\s+)?(?:{_COUNT_NOUNS})\s*
        (?:\((?P<count2>\d{{1,6}})\)|\[(?P<count3>\d{{1,6}})\]|:\s*(?P<count4>\d{{1,6}})
          | (?:\s*[·•|])?\s+(?P<count6>\d{{1,6}})(?=\s*$))  # "Comments 5": a count badge
        (?:\s+\S.{{0,60}})?  # "Comments (3) Newest First Subscribe via e-mail"
      # "Feedback (78 Responses)": a word, then the count and its noun in brackets
      | [^\W\d]\w{{1,20}}\s*\((?P<count5>\d{{1,6}})\s+(?:{_COUNT_NOUNS})\)
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
# What may follow the noun in a count heading: nothing, or "on/to/zu/sur/en/su/op … Title".
COUNT_HEADING_REST = re.compile(
    r"^\s*(?:[:.]?\s*$|(?:on|to|about|for|zu|auf|über|für|sur|à|pour|en|a|para|de|sobre|su|per|"
    r"op|bij|over|voor|do|na|em|no|på|till|til|om|för|for|aiheeseen|artikkeliin|w|dla|"
    r"к\s+записи|к|до\s+запису|до|u|k|ke)\b\s*"  # "3 комментария к записи «…»", "3 komentáře u „…“"
    r"(?P<title>.+)"
    r"|[:.]?\s*(?:sort(?:ed)?\s+by|order\s+by|newest|oldest|subscribe|sortieren|trier|so\s+far)\b.{0,60}"
    rf"|\s*(?:&|and|und|et|y|e|en|og|och)\s+(?:\d{{1,6}}\s+)?(?:{_LINKBACK_NOUNS}|{_COUNT_NOUNS})\s*:?"
    r"|\s*(?:\([^()]{0,40}\)|(?-i:[A-Z])[^.!?()]{0,39}|[^.!?()]{0,30}[→»›]"
    r"|[.:|·•›»–—-]\s*(?-i:[A-Z])[^.!?(),]{0,30}[.!?]?))$",
    # "20 Comments Post a comment", "(+add yours?)", "One Comment leave one →", "12 Responses
    # so far ↓", "12 comments. Add yours.", "3 Comments – Add yours", "4 Comments & Trackbacks"
    re.IGNORECASE,
)
# Quotes that wrap the title in a count heading.
TITLE_QUOTES = "“”„‟\"'«»‘’‚‹›「」"

# Where the comment form begins: the end of the comment list on most platforms.
FORM_START_PHRASES = vocab.phrases("form_start")
# Where a converter glued the next link's text to a word ("Leave a ReplyCancel reply"):
# a lower-case letter right before a capital one.
_GLUED_WORDS = r"(?-i:(?<=[a-zßà-öø-ÿ])(?=[A-ZÀ-ÖØ-Þ]))"
FORM_START = re.compile(
    rf"^(?:{_words(*FORM_START_PHRASES)})(?:\b|{_GLUED_WORDS}).*$",
    re.IGNORECASE,
)
# "Comments are closed/off/disabled" notices, in the languages the parser knows.
_COMMENTS_CLOSED = r"""
        (?:The\ )?Comments\ (?:(?:to|for|on)\ this\ (?:entry|post|article|story|page)\ )?
        (?:are|have\ been)\ (?:now\ )?(?:closed|off|disabled|turned\ off)\b.{0,60}
      | Comment(?:ing|s)?\ (?:is\ )?(?:closed|disabled|off)\b.{0,60}
      | Kommentare\ sind\ (?:geschlossen|deaktiviert)\.?
      | (?:Die\ )?Kommentarfunktion.{0,40}(?:deaktiviert|geschlossen).*
      | Les\ commentaires\ sont\ (?:fermés|désactivés)\.?
      | Los\ comentarios\ están\ (?:cerrados|desactivados)\.?
      | I\ commenti\ sono\ (?:chiusi|disattivati)\.? | Reacties\ zijn\ gesloten\.?
      | (?:Os\ )?Comentários\ (?:estão\ )?(?:encerrados|fechados|desativados)\.?
      | Kommentarer\ (?:är\ stängda|er\ lukket|er\ stengt|er\ slået\ fra)\.?
      | Kommentointi\ on\ suljettu\.? | Komentarze\ (?:są\ )?(?:wyłączone|zamknięte)\.?"""
# Notices of an empty list ("There are no trackbacks to display at this time.", "No
# comments yet"): whatever a theme prints after them is no comment. A bare "No Comments"
# is left out: post lists and bylines print it as a link to the comments.
_EMPTY_LIST = r"""
        There\ are\ no\ (?:comments|responses|trackbacks|pingbacks)\b.{0,40}
        (?:yet|at\ this\ time|to\ display)\b.{0,20}
      | No\ (?:comments|responses|trackbacks|pingbacks)\ yet\b.{0,60}
      | Be\ the\ first\ to\ (?:comment|respond|reply)\b.{0,40}
      | (?:Es\ gibt\ )?(?:noch|bisher)\ keine\ (?:Kommentare|Trackbacks|Reaktionen)\b.{0,40}
      | (?:Il\ n'y\ a\ )?(?:Pas|Aucun)\ (?:encore\ )?(?:de\ )?commentaires?
        \ (?:pour\ (?:le\ moment|l'instant)|encore)\b.{0,20}
      | (?:Todavía|Aún)\ no\ hay\ comentarios\b.{0,20} | Sin\ comentarios\ (?:aún|todavía)\b.{0,20}
      | (?:Ancora\ nessun\ commento|Nessun\ commento\ ancora)\b.{0,20}
      | (?:Er\ zijn\ )?(?:nog\ )?geen\ reacties\ (?:tot\ nu\ toe|nog)\b.{0,20}
      | Nog\ geen\ reacties\b.{0,20} | Ainda\ (?:sem|não\ há)\ comentários\b.{0,20}
      | Inga\ kommentarer\ än\b.{0,20} | Ingen\ kommentarer\ (?:endnu|ennå|ennu)\b.{0,20}
      | Ei\ (?:vielä\ )?kommentteja(?:\ vielä)?\b.{0,20} | Brak\ komentarzy\b.{0,20}"""
# Lines of the comment form itself and of platform log-in prompts.
FORM_LINE = re.compile(
    r"""^(?:
        Fill\ in\ your\ details.* | You\ are\ commenting\ using.* | Connecting\ to\ %s
      | Notify\ me\ of.* | Benachrichtige\ mich.* | Prévenez-moi.* | Avisarme.* | Avvisami.*
      | Post\ Comment | Submit\ Comment | Submit | Post | Kommentar\ abschicken
      | Laisser\ un\ commentaire | Publicar\ el\ comentario | Invia\ commento
      | (?:Publicera|Publicer|Send|Skicka|Opublikuj|Publicar|Lähetä)
        \ (?:kommentar|komentarz|comentário|kommentti)
      | Reactie\ plaatsen | Kommentti | Komentarz | Comentário | Reactie
      | (?:Namn|Navn|Nimi|Imię|Nome|E-post|Sähköposti|Webbplats|Nettsted|Hjemmeside|Kotisivu
          |Witryna|Site)
        \s*\*?\s*(?:\[[\s_]*\]\s*)*
      | Din\ e-?(?:post|mail)-?adress(?:e)?\ (?:kommer|vil|blir).* | Obligatoriska\ fält.*
      | Obligatoriske\ felter.* | Påkrevde\ felt.* | Sähköpostiosoitettasi\ ei\ julkaista.*
      | Twój\ adres\ (?:e-mail|email)\ nie\ zostanie\ opublikowany.*
      | O\ seu\ endereço\ de\ (?:e-mail|email)\ não\ será\ publicado.* | Campos\ obrigatórios.*
      | Je\ e-mailadres\ wordt\ niet\ gepubliceerd.* | Vereiste\ velden.*
      | Wymagane\ pola.* | Pakolliset\ kentät.* | Obligatoriske\ felt.*
      | (?:Name|Email|E-mail|Website|Comment|Kommentar|Nom|Nombre|Correo\ electrónico|Sitio\ web)
        \s*\*?\s*(?:\(required\))?\s*(?:\[[\s_]*\]\s*)*
      | \[[\s_]*\] | \[(?:Post|Submit)[^\]]*\]
      | Your\ email\ address\ will\ not\ be\ published.* | Required\ fields\ are\ marked.*
      | Deine\ E-Mail-Adresse\ wird\ nicht\ veröffentlicht.* | Ihre\ E-Mail-Adresse.*
      | Votre\ adresse\ (?:e-)?mail\ ne\ sera\ pas\ publiée.*
      | Tu\ dirección\ de\ correo\ electrónico\ no\ será\ publicada.*
      | Il\ tuo\ indirizzo\ email\ non\ sarà\ pubblicato.*
      | Save\ my\ name,\ email.* | You\ must\ be\ logged\ in\ to\ post\ a\ comment.*
      | Logged\ in\ as.* | This\ site\ uses\ Akismet.* | (?:Log\ )?Out\ /\ Change.*
      | (?:WordPress\.com|Twitter|Facebook|Google)\ (?:Logo|picture|photo|account)
      | """
    + _COMMENTS_CLOSED
    + r"""
      | Sort\ by.* | Newest | Oldest | Best | Top\ comments
      | Subscribe\ to\ comments.* | (?:Feed\ )?You\ can\ follow\ this\ conversation.*
      | \(URLs\ automatically\ linked\.\) | Your\ Information
      | Comment\ RSS.* | RSS\ feed\ for\ comments.*
    )$""",
    re.IGNORECASE | re.VERBOSE,
)

# Labels a page prints before a date that are not a name: "Updated: May 2, 2020".
DATE_LABEL = re.compile(
    r"^(?:(?:last\s+)?(?:posted|published|updated|modified|edited|submitted|created|written)"
    r"|geschrieben|veröffentlicht|aktualisiert|zuletzt\s+aktualisiert|erstellt|stand"
    r"|publié|mis\s+à\s+jour|modifié|publicado|actualizado|pubblicato|aggiornato"
    r"|gepubliceerd|bijgewerkt|publicerad|uppdaterad|publisert|oppdatert|julkaistu|päivitetty"
    r"|opublikowano|zaktualizowano|atualizado|date|datum|fecha|data"
    # a note dated inside a comment's text ("Update, March 5, 2015:", "Nachtrag vom …")
    r"|update|edit|nachtrag|ergänzung|actualización|aggiornamento|atualização|aanvulling)"
    r"\s*(?:on|am|le|el|il|em|op|vom)?:?$",
    re.IGNORECASE,
)
# A comment's number, perhaps glued to a link's word and set off by a dash ("#3 ", "Reply
# #1.2 - ", "Reply#3 - "), before its author's name or its date.
_COMMENT_NUMBER = r"(?:\w{1,12}\s?)?\#\d{1,6}(?:\.\d{1,4})*\s*[-–—:|]?\s+"
COMMENT_NUMBER = re.compile(rf"^{_COMMENT_NUMBER}")
# What a converter glues before a commenter's name: an avatar's alt text ("Comment author
# avatarrover204"), a comment number ("#3 Ann", "#1 - Tue Jul 24, 2012"), the commenter's
# website ("http://twitter.com/ann Ann Lee", as the Disqus plugin prints it).
NAME_PREFIX = re.compile(
    r"^[●•·■▪◦○]?\s*"
    r"(?:(?:comment\s+author\s+|user\s+)?(?:avatar|gravatar|profile\s+(?:picture|photo|image))"
    r"(?:\s+(?:of|for|von|de|di))?\s*(?=\S)"
    rf"|{_COMMENT_NUMBER}"
    r"|https?://\S+\s+(?=\S))",
    re.IGNORECASE,
)
# A comment's number in outline form at the start of its head or footer line ("#1.2 -
# Tue Jul 24, 2012", "Reply#3.1 -"): the number of parts is the reply depth plus one.
OUTLINE_NUMBER = re.compile(r"^(?:\w{1,12}\s?)?\#(?P<number>\d{1,6}(?:\.\d{1,4})*)\s*[-–—:|]")
# An empty input box as converters draw one ("[          ]", "[____]", lynx's "_____"):
# a form field, whatever its label says; or one showing its placeholder, padded with
# spaces to the box's width (an image's alt text never is), before its button
# ("[Search this website ] [Search]").
INPUT_BOX = re.compile(r"\[[\s_]{3,}\]|_{5,}|\[[^\[\]\n]{1,80}\s\]\ \[[^\W\d][\w\ ]{0,15}\]$")
# A line that is only "_____": a text box drawn by lynx, or its horizontal rule.
BARE_INPUT = re.compile(r"_{5,}$")

# --- comment heads --------------------------------------------------------------------

# "X says:" and its translations; the author is what precedes it.
SAYS_WORDS = vocab.phrases("says")
# Verbs a screen-reader label may glue to the name ("Glynsays:"), ending the line (in
# prose "wie gesagt: …" goes on): long enough never to end a name by chance (unlike
# "sa:" at the end of "Marissa:").
GLUED_SAYS_WORDS = vocab.phrases("says_glued")
# The phrases' closing punctuation as typography varies it: a space before the colon
# ("says :", as French puts one), an ellipsis as three dots or one character.
_ELLIPSIS = r"\s*(?:\.\.\.|…)"
_SAYS_ENDS = {":": r"\s*:", "...": _ELLIPSIS, "…": _ELLIPSIS}


def _says_words(phrases: tuple[str, ...]) -> str:
    """An alternation of "says" phrases, each also with its closing punctuation written
    the other ways ("says:" matches "says :", "said..." matches "said…").

    >>> bool(re.fullmatch(_says_words(("says:", "said...")), "said…"))
    True
    """
    by_end: dict[str, set[str]] = {}
    for phrase in phrases:
        end = next((e for e in _SAYS_ENDS if phrase.endswith(e)), "")
        stem = phrase[: len(phrase) - len(end)].rstrip()
        by_end.setdefault(_SAYS_ENDS.get(end, ""), set()).add(stem)
    return "|".join(
        f"(?:{_words(*sorted(stems))}){end}" for end, stems in sorted(by_end.items(), reverse=True)
    )


# The verb at the end of a head, whatever precedes it ("… | Lifehacker Australia says:").
SAYS_AT_END = re.compile(rf"\s+(?:{_says_words(SAYS_WORDS)})\s*$", re.IGNORECASE)
# Lower-case substrings one of which a "says:" head holds within its first 120 characters.
SAYS_CUES = (":", "：", "...", "…", "says", "said")  # "：": the full-width colon of CJK text
SAYS_SUFFIX = re.compile(
    rf"^(?:\#\d{{1,5}}\s+)?(?P<author>.{{1,80}}?)"
    rf"(?:\s+(?:{_says_words(SAYS_WORDS)})(?:\s*(?P<rest>.*))?"
    rf"|(?:{_says_words(GLUED_SAYS_WORDS)})\s*)$",
    re.IGNORECASE,
)

# Month names and abbreviations in the languages the date patterns know.
MONTH_WORDS = tuple(
    dict.fromkeys(word for month in range(1, 13) for word in vocab.phrases(f"month_{month}"))
)
_MONTHS = _words(*MONTH_WORDS)
# An age ("3 years ago", "12 min. ago": a unit's abbreviation may take a stop).
_AGO = (
    r"(?:about\s+|an?\s+|\d+\s+|(?:a\s+)?(?:few|several)\s+)"
    r"(?:second|sec|minute|min|hour|hr|day|week|wk|month|mo|year|yr)s?\.?\s+ago"
    r"|\d{1,3}\s?(?:s|m|mins?|h|hrs?|d|w|wks?|mos?|y|yrs?)\.?\s+ago"
    r"|vor\s+(?:\d+|einer?|einem)\s+\w+"
    r"|il\s+y\s+a\s+(?:\d+|une?)\s+\w+"
    r"|hace\s+(?:\d+|una?)\s+\w+"
    r"|(?:\d+|un|una)\s+\w+\s+fa"
    r"|(?:\d+|een)\s+\w+\s+geleden"
    r"|há\s+(?:\d+|uma?)\s+\w+|(?:\d+|uma?)\s+\w+\s+atrás"
    r"|(?:för\s+|for\s+)?(?:\d+|en|ett|et|ei)\s+\w+\s+(?:sedan|siden)"
    r"|(?:\d+|yksi)\s+\w+\s+sitten|(?:\d+|rok|miesiąc|tydzień|dzień)\s*\w*\s+temu"
    # "3 года назад", "місяць тому" (a unit: "вернуться назад", "саме тому" are no ages)
    r"|(?:(?:\d+|один|одна|одну|два|две|три)\s+)?(?:секунд\w*|минут\w*|час\w*|день|дн[яеіи]\w*"
    r"|недел\w+|месяц\w*|год\w*|лет|хвилин\w*|тижд\w+|тижн\w+|місяц\w*|рік|рок\w+)"
    r"\s+(?:назад|тому)"
    r"|(?:\d+|bir)\s+(?:saniye|dakika|saat|gün|hafta|ay|yıl)\s+önce"  # "3 yıl önce"
    r"|před\s+(?:\d+\s+)?(?:lety|rokem|roky|měsíci|měsícem|týdny|týdnem|dny|dnem|hodinami"
    r"|hodinou|minutami|minutou|sekundami)"  # "před 3 lety", "před měsícem"
    r"|i\s*går|i\s*dag|eilen|tänään|wczoraj|dzisiaj|dziś|vorhin|agora\s+mesmo"
    r"|yesterday|today|just\s+now|gestern|heute|hier|aujourd'hui|ayer|hoy|ieri|oggi|ontem|hoje"
)
# A time zone: three or four capitals ("CEST"), or North America's "ET", "PT" (other two
# capitals after a time are a commenter's initials: "11:45 pm JB"), with its offset from
# UTC where printed ("UTC -4", "GMT+2"), in brackets or not ("(UTC -4)").
_ZONE = r"(?-i:[A-Z]{3,4}|[ACEMP]T)(?:\s?[+−-]\s?\d{1,2}(?::?\d{2})?)?\b"
# The half of a twelve-hour clock in languages that do not write "am"/"pm" ("4:12 오후",
# "4:12 م", "下午4:12"): before the hour or after the minutes.
_MERIDIEM = _words(*vocab.phrases("meridiem"))
_TIME = (
    rf"(?:(?:{_MERIDIEM})\s?)?"
    r"(?:\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?|\d{1,2}\s?h\s?\d{2}(?:\s?min)?)"
    rf"\s*(?:[ap]\.?m\.?|(?:{_MERIDIEM})(?!\w))?"
    rf"(?:\s*(?:(?:Uhr|h)\b|{_ZONE}|\(\s*{_ZONE}\s*\)))?"
)
# A time of day alone after a separator and a word or two ending a head: "Ann Lee  |
# Posted at 12:45pm" (a same-day comment's head). Without the words ("Keynote | 9:30 am")
# it is an agenda's line as often.
TIME_AFTER_MARK = re.compile(
    rf"(?<=\s)[|·•]\s+(?:[^\W\d]+\s+){{1,2}}(?P<time>{_TIME})\s*$", re.IGNORECASE
)
TIME_ONLY = re.compile(rf"^{_TIME}$", re.IGNORECASE)  # "12:45pm": a time, no day
# A time alone at a line's start ("1:17 PM | Reply": the end of a wrapped head).
TIME_START = re.compile(rf"^{_TIME}", re.IGNORECASE)
# The names comment systems print for commenters who gave none: many people, one name.
ANONYMOUS_NAMES = frozenset(name.casefold() for name in vocab.phrases("anonymous_name"))
# A time of day joined by a full stop, as Finnish, Danish, Norwegian and Indonesian
# write it and many German sites do ("14.09.2022 um 21.11", "3.5.2021 klo 9.41"): only
# right after a date's year (and at most one short word), since a full stop also joins
# the day and month of "21.04.2020", and no full stop or digit after it ("… bis 21.11.").
_DOT_TIME_AFTER_YEAR = (
    r"(?<=\d{4})(?:,?\s+\S{1,6})?\s+(?P<dot_hour>\d{1,2})\.(?P<dot_minute>\d{2})(?![\d.])"
)
# Where an hour may start: not inside a number or a date ("21.04.2020"), but right after
# a year the converter glued it to ("November 22, 202111:15 am": date and time in two
# elements with no space between).
_CLOCK_START = r"(?:(?<![\d.:])|(?<=(?<!\d)(?:19|20)\d\d))"
# A time of day anywhere in a date ("… @ 11:38", "… um 16h40", "… à 10 h 57 min",
# "… um 21.11"): hours and minutes joined by a colon or an "h", or by a full stop after
# the year.
TIME_OF_DAY = re.compile(
    rf"{_CLOCK_START}\d{{1,2}}(?:[:h]|\sh\s)\d{{2}}(?!\d)|{_DOT_TIME_AFTER_YEAR}"
)
# The same, read: its hour, minute and the half of a twelve-hour clock ("9:15 pm",
# "21:15", "16h40", "21 h 15 min", "11:02 a.m.", "21.11" after a year: ``dot_hour`` and
# ``dot_minute``).
CLOCK_TIME = re.compile(
    rf"(?:{_CLOCK_START}(?P<hour>\d{{1,2}})(?::|\s?h\s?)(?P<minute>\d{{2}})(?!\d)"
    rf"|{_DOT_TIME_AFTER_YEAR})"
    r"(?:\s*(?P<half>[ap])\.?m\b\.?)?",
    re.IGNORECASE,
)


# A date whose month name the vocabulary lacks (a language it does not know): a day, a
# word and a year, day first, year first or month first ("23 октомври 2012", "2012.
# október 23.", "3. ožujka 2015.", "3 de març de 2015", "Marso 3, 2015"), then a time of
# day after at most two short words ("во 15:50", "saat 15:50", "г. во 15:50", "г., 15:50",
# "a les 16:12"). The year and the time are what make it a date: without them a number,
# a word and a number are as often a list's "5 Tips 2012". The word is one word as months
# are written, lower case or capitalised ("Lane September 5, 2012", glued to the name as
# "LaneSeptember", is no month "LaneSeptember"), and no month the vocabulary knows (those
# dates are read by the forms above, which say how a time may follow them). And the
# East Asian form, whose marks are the date's own ("2012年10月23日", "2012년 10월 23일").
_ANY_MONTH = rf"(?<![^\W\d_])(?!(?:{_MONTHS})\b)[^\W\d_](?-i:[^\W\d_A-ZÀ-ÖØ-ÞА-ЯЁ]){{2,11}}\.?"
_YEAR = r"(?:19|20)\d{2}"
_DATE_IN_ANY_LANGUAGE = rf"""(?:
        \d{{1,2}}\.?\s+(?:de\s+)?{_ANY_MONTH},?\s+(?:de\s+)?{_YEAR}\.?
      | {_YEAR}\.?\s+{_ANY_MONTH}\s+\d{{1,2}}\.?
      | {_ANY_MONTH}\s+\d{{1,2}},?\s+{_YEAR}
    ),?\s*(?:(?:[^\W\d_]{{1,5}}\.?,?\s+){{1,2}}|[-–@|/]\s*)?{_TIME}
  | {_YEAR}\s?[年년]\s?\d{{1,2}}\s?[月월]\s?\d{{1,2}}\s?[日일]"""
# The same date without its time, as a line of its own ("12 ноември 2012" over a comment):
# there the month's word is in lower case, as most languages write it inside a date (a
# list's "5 Tips 2012" is capitalised).
_LOWER_MONTH = r"(?-i:[^\W\d_A-ZÀ-ÖØ-ÞА-ЯЁ]{3,12})\.?"
_DAY_ALONE_IN_ANY_LANGUAGE = rf"""(?:
    \d{{1,2}}\.?\s+{_LOWER_MONTH},?\s+{_YEAR}\.? | {_YEAR}\.?\s+{_LOWER_MONTH}\s+\d{{1,2}}\.?)"""
DAY_ALONE_LINE = re.compile(rf"^{_DAY_ALONE_IN_ANY_LANGUAGE}$", re.VERBOSE)
# The same line with its month capitalised ("12 Noyabr 2012", "3. Oktyabr 2019"): alone no
# date (a list's "5 Tips 2012"), but a page may teach its word as a month (.dialect).
CAPITALISED_DAY_LINE = re.compile(
    rf"(?:[12]\d|3[01]|0?[1-9])\.?\s(?P<word>[^\W\d_]{{3,12}})\s{_YEAR}"
)
YEAR = re.compile(_YEAR)  # a year as dates here hold one: 1900-2099
# The first word of a timestamp that may be a month the vocabulary lacks ("novembra" in
# "9. novembra 2010 v 6:10"): used with ``search`` on date texts only.
FOREIGN_MONTH = re.compile(_ANY_MONTH, re.IGNORECASE)


# The word between a day and its month: Spanish and Portuguese "3 de marzo", English
# "3rd of March".
_DAY_OF = r"(?:de\s+|of\s+)?"
# A year shown by its last two digits after an apostrophe ("Mar 3 '15", as some
# question-and-answer sites print a date).
_CLIPPED_YEAR = r"['’]\d{2}(?!\d)"
# An ISO 8601 time glued to its date ("2015-03-03T16:12:00Z", "…T16:12+01:00").
_ISO_TIME = r"T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?(?!\w)"


# A weekday's names as a prefix tree: a whole word only (``\b`` after it), so at most
# one name fits where a date starts, and the tree finds it without trying each name.
_WEEKDAYS = _words(*vocab.phrases("weekday"))


def _date(ages: str) -> str:
    """The date pattern; ``ages`` is the alternative for relative ages ("3 days ago")."""
    return rf"""(?:
    (?:(?<![^\W\d_])(?:{_WEEKDAYS})\b\.?,?\s+)?
    (?:
        (?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:\d{{2,4}}|{_CLIPPED_YEAR})
      | (?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s*(?:at|@|um|à|-|–)?\s*{_TIME}
      | \d{{1,2}}(?:st|nd|rd|th|er|º)?\.?\s+{_DAY_OF}(?:{_MONTHS})\.?,?\s*
        (?:at|@|um|à|a\s+las|alle|às|om|kl\.?|-|–)?\s*{_TIME}
      | (?:den\s+)?\d{{1,2}}(?:st|nd|rd|th|er|º)?\.?\s+{_DAY_OF}(?:{_MONTHS})\.?,?\s+
        (?:de\s+)?(?:\d{{2,4}}|{_CLIPPED_YEAR})
      | \d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}(?:{_ISO_TIME})?
      | \d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}}
      | \d{{1,2}}\.\s\d{{1,2}}\.\s?{_YEAR}(?!\d)  # spaced, as Czech writes it: "3. 3. 2015"
      | {_DATE_IN_ANY_LANGUAGE}
      {ages}
    )
    (?:\.?\s*(?:,|at|um|à|a\s+las|a\s+la|alle(?:\s+ore)?|às|om|o|@|-|–|—|·|•|\||/|kl\.?|klo\.?
         |kello|pukul|(?<=\s)[^\W\d_]{{1,5}}\.?,?(?:\s+[^\W\d_]{{1,5}}\.?,?)?(?=\s))?
         # … or another language's short word or two ("г. в 16:12", "г., 16:12")
       \s*{_TIME})?
  | {_TIME}\s*(?:,|on|am|le|el|il|em|op|-|–|—|·|\|)?\s*
    (?:\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}}
      | (?:{_MONTHS})\.?\s+\d{{1,2}},?\s+\d{{4}}
      | \d{{1,2}}\.?\s+(?:{_MONTHS})\.?\s+\d{{4}})
)"""


_DATE = _date(rf"| {_AGO}")
_DATE_WITHOUT_AGES = _date("")
# An age without "ago" at the end of a head line ("Ed Marsh 1 year", "Ann 3 Tage").
AGE_AT_END = re.compile(
    r"(?<!\S)\d{1,3}\s?(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?"
    r"|Sekunden?|Minuten?|Stunden?|Tagen?|Wochen?|Monaten?|Jahren?|Tage?|Monate?|Jahre?"
    r"|secondes?|heures?|jours?|semaines?|mois|ans?|segundos?|horas?|días?|semanas?|meses|mes"
    r"|años?|anni|anno|giorni|giorno|ore|mesi)$",
    re.IGNORECASE,
)
# A day and month without the year ("May 2", "2. Mai").
_MONTH_DAY = (
    rf"(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?"
    rf"|\d{{1,2}}(?:st|nd|rd|th|er|º)?\.?\s+(?:de\s+)?(?:{_MONTHS})\.?"
)
# The same alone on a line: a date as sites print it in the current year, or a list's
# date ("November 29th" on a tour's list): never a name.
MONTH_DAY_LINE = re.compile(rf"^(?:{_MONTH_DAY})$", re.IGNORECASE)
# The same after a separator at the end of a head ("Ann Lee · Mar 3", as widgets date
# this year's comments): a date only after a mark that parts it from the name before it
# ("Route 9 March 3" is no head).
MONTH_DAY_AFTER_MARK = re.compile(rf"(?<=\s)[|·•—–]\s+(?P<date>{_MONTH_DAY})\s*$", re.IGNORECASE)
# A compact age ("2d", "3h", "1y"), as modern widgets date comments: a date only alone
# on its line or at a line's end after a mark.
_COMPACT_AGE = r"\d{1,3}(?:s|m|min|h|d|w|mo|y|yr)"
# The same alone, or after a mark: a name's ("Ann · 3y"), a row of links' ("Like · Reply ·
# 3y").
COMPACT_AGE_AT_END = re.compile(rf"(?:^|(?<=\s)[|·•]\s+)(?P<age>{_COMPACT_AGE})\s*$")
# A comment system's mark that the comment was edited, after its date ("… 4:12 pm
# (edited)", "… • bearbeitet"): the date line stays a date line.
_EDITED_MARK = r"(?:\s*[•·]?\s*\(?(?:edited|bearbeitet|modifié|editado|modificato|bewerkt)\)?)?"
# A line that is only a date/time (optionally "Posted on", "at", a permalink "#", the
# age it is, the mark that it was edited).
DATE_LINE = re.compile(
    rf"^(?:(?:posted|published|submitted|geschrieben|publié|publicado|pubblicato|publicerat|"
    rf"publicerad|publiceret|publisert|julkaistu|opublikowano|gepubliceerd)\s*"
    rf"(?:on|am|le|el|il|em|den|d\.|op|:)?\s*)?"
    rf"(?P<date>{_DATE}|{_COMPACT_AGE}|{_DAY_ALONE_IN_ANY_LANGUAGE})"
    rf"(?:\s*[-–—•·|(]\s*(?:{_AGO})\)?)?"  # the same moment as an age: "… 1:23 pm - 3 hours ago"
    rf"\.?\s*(?:\#|¶|\||[-–—•·:])?\s*(?:permalink|link)?{_EDITED_MARK}$",  # "12. studenoga 2012."
    re.IGNORECASE | re.VERBOSE,
)
# "Author • 3 years ago", "Author | March 3, 2013", "Author * 2 hours ago" (html2text's
# rendering of a "·" separator), "Author on March 3, 2013 at 5:12 pm".
# What HEAD_SEPARATOR needs at a line's end: tried first (one date attempt per
# position, not one per possible author length).
_HEAD_DATE_END = rf"\s*(?:\#|¶)?{_EDITED_MARK}$"
DATE_AT_END = re.compile(rf"\b(?:{_DATE}){_HEAD_DATE_END}", re.IGNORECASE | re.VERBOSE)
HEAD_SEPARATOR = re.compile(
    rf"^(?:\#\d{{1,5}}\s+)?(?P<author>[^\s].{{0,60}}?)\s*(?:[•·|—–*-]|\bon\b|\bam\b|\ble\b|\bel\b|\bil\b|,)?\s*"
    rf"\b(?P<date>{_DATE}){_HEAD_DATE_END}",
    re.IGNORECASE | re.VERBOSE,
)

# A head printed *under* the body (TypePad, Blogger classic): "Posted by: Ann | May 2, 2008".
FOOTER_HEAD = re.compile(
    rf"^(?:posted|written|submitted|comment)\s+(?:by|von|par|por|door)\s*:?\s*"
    rf"(?P<author>\S.{{0,60}}?)\s*(?:\||[•·]|\bon\b|\bat\b|,)\s*(?P<date>{_DATE})$",
    re.IGNORECASE | re.VERBOSE,
)

# A head with a date holds a digit or one of these relative-time words.
RELATIVE_TIME_CUES = vocab.phrases("relative_time")
# The same words as one search over a lower-cased line (one pass, not one per word).
RELATIVE_TIME_CUE = re.compile(_words(*RELATIVE_TIME_CUES))

# Converters print images as "[alt]" or "[IMG]" or the file name, which may be long
# ("[424684_10150502284026398_…_n.jpg]"): avatars in heads.
IMAGE = r"\[(?:[^\]\n]{0,40}|[^\]\s]{1,160}\.(?i:jpe?g|png|gif|bmp|webp|svg))\]"
IMAGE_PLACEHOLDER = re.compile(rf"^(?:{IMAGE}\s*)+")
AVATAR_LINE = re.compile(
    r"^(?:\[?(?:img|image|avatar|gravatar|user\s*avatar|profile\s+(?:picture|photo|image)|"
    r"photo|picture)\]?|.{1,60}['’]s\s+(?:avatar|picture|profile\s+(?:picture|photo|image))|"
    r"avatar\s+(?:of|for|image|photo)\s+.{1,60}|(?:avatar|gravatar)\s*\w*)$",
    re.IGNORECASE,
)

# Reply/like/report links under a comment, alone or several on one line.
_LINK_WORD = _words(*vocab.phrases("reply_link"), *vocab.phrases("comment_link"))
# The words of a "Reply" link, which only a comment carries (a "Like" or "Share" link
# can sit under an article too).
REPLY_LINK_WORDS = frozenset(vocab.phrases("reply_link"))
# A vote score inside a link row ("Upvote 5 points Reply").
_SCORE = r"\d+\s+(?:points?|votes?|likes?)"
# Arrows a theme draws beside a link's word ("Reply ↓", "↩ Reply", "Reply →").
_LINK_ARROWS = "←→↑↓↩↪↳↵⤶⤷"
# A widget's control that shows or hides a thread's replies between its comments ("Show 2
# more replies", "Collapse thread"; "View all comments" over a widget is its own link).
_THREAD_CONTROL = (
    rf"(?:{_words(*vocab.phrases('thread_control'))})\s+(?:\d+\s+)?(?:more\s+)?"
    rf"(?:{_COUNT_NOUNS}|thread)(?:\s*\(\d+\))?\s*[›»↓▼…]?"
)
# A threaded board's row of links closed by its fold toggle, at the end of a head, in
# which the links to the comments around one stand ("Ann 3 hours ago | parent | next
# [–]"): it keeps the head from reading as a name and a date. Alone, "Next" pages a list.
_THREAD_NAV = _words(*vocab.phrases("thread_nav"))
FOLD_TOGGLES = ("[–]", "[-]", "[+]")
_FOLD_TOGGLE = "|".join(map(re.escape, FOLD_TOGGLES))
# (possessive: a row that does not end with a toggle is given up at once, not re-parted)
FOLDED_ROW_AT_END = re.compile(
    rf"(?:\s*+[•·|]?\s*+(?:{_LINK_WORD}|{_THREAD_NAV}))*+\s*+(?:{_FOLD_TOGGLE})$", re.IGNORECASE
)
# Disqus's vote arrows with their counts ("2 △ ▽"), alone or before the links.
_VOTES = r"\d*\s*△\s*\d*\s*▽\s*\d*"
LINK_LINE = re.compile(
    rf"""^(?:
        (?:{_VOTES}\s*)?(?:[•·|/›»\-–—{_LINK_ARROWS}]\s*)?(?:{_LINK_WORD})(?:\s*\(\d+\))?\s*[›»{_LINK_ARROWS}]?
        (?:\s*(?:[•·|/{_LINK_ARROWS}]\s*)?(?:{_LINK_WORD}|{_SCORE}|\d+[smhdwy]?)(?:\s*\(\d+\))?
           \s*[›»{_LINK_ARROWS}]?)*
      | liked\ by\ (?:\d+|one|two|three)\ (?:person|people).*
      | like\s*liked\ by.* | \d+\ (?:likes?|votes?|points?|replies)
      | {_VOTES}
      | (?:(?:«|←|<-)\s*)?(?:older|newer|previous|next)\ comments(?:\s*(?:»|→|->))?
      | {_THREAD_CONTROL}
      | \d+\s*\|\s*\d+
    )$""",
    re.IGNORECASE | re.VERBOSE,
)

# A compact age at the end of a link row: "Like · Reply · 12 · 2y" (Facebook plugin).
SHORT_AGE = re.compile(r"(?:^|[\s·•|])(?P<age>\d{1,3}\s?(?:s|m|min|h|d|w|mo|y|yr))$")

# A line in a comment's head naming the comment it answers: "Reply to Sara",
# "In reply to Bob", "↪ Ann" (the name is in group "name").
REPLY_TO_LINE = re.compile(
    r"^(?:(?:in\s+)?(?:reply(?:ing)?|response)\s+to|antwort\s+an|als\s+antwort\s+auf"
    r"|antwortet\s+auf|en\s+réponse\s+à|en\s+respuesta\s+a|em\s+resposta\s+a"
    r"|in\s+risposta\s+a|als\s+antwoord\s+op|(?:som\s+)?svar\s+(?:till|på)"
    r"|w\s+odpowiedzi\s+(?:do|na)|odpowiedz\s+(?:do|na)|➦|↪|⤷"
    # wpDiscuz's "Reply to Ann" as its translations print it
    r"|répondre\s+à|responder\s+(?:a|para)|rispondi\s+a|reageer\s+op"
    # the same without "in" ("Antwort auf Ann", "Réponse à Ann")
    r"|antwort\s+auf|réponse\s+à|respuesta\s+a|resposta\s+a|risposta\s+a|reactie\s+op"
    # Russian, Ukrainian, Czech, Turkish ("Yanıtla" alone is the "Reply" link: with a colon)
    r"|в\s+ответ\s+на|ответ\s+для|у\s+відповідь\s+на|відповідь\s+для|odpověď\s+na"
    r"|odpovědět\s+uživateli|yanıt\s+olarak|yanıtla(?=\s*:))\s*:?\s+"
    r"(?P<name>(?:\S{0,39}[^\s,]\s+){0,4}?\S{1,40})(?<![.!?,;])\s*:?"
    r"(?:[,|•·]\s+(?=[^\n]*\d).{1,60})?$",  # "Response to Ann, 1 November 2012 9:11PM"
    re.IGNORECASE,
)
# "Rosa ➦ Dave" (Disqus), "Ann in reply to Bob": the part naming the replied-to author.
REPLY_TO = re.compile(
    r"\s*(?:➦|↪|⤷|\bin\s+reply\s+to\b|\breplying\s+to\b|\bantwortet\s+auf\b|"
    r"\breplied\s+to(?:\s+(?:a\s+)?comment\s+from)?\b|"
    r"\ben\s+réponse\s+à\b|\ben\s+respuesta\s+a\b|\bin\s+risposta\s+a\b)\s*(?P<name>.*)$",
    re.IGNORECASE,
)
# A head line a converter wrapped right after the reply arrow ("Ann Author ➦" /
# "Bob • 3 years ago"): the replied-to name and the date are on the next line.
HEAD_CUT_AT_REPLY_TO = re.compile(
    r"(?:➦|↪|⤷|\bin\s+reply\s+to|\breplying\s+to|\bantwortet\s+auf|\ben\s+réponse\s+à"
    r"|\ben\s+respuesta\s+a|\bin\s+risposta\s+a)\s*$",
    re.IGNORECASE,
)
# Role badges a platform prints after a commenter's name ("Ann Mod • 2 years ago",
# "Bob Author", "Cy Top Commenter"): not part of the name. Stripped from the end of an
# author only when a name remains before them.
AUTHOR_BADGE_WORDS = vocab.phrases("author_badge")
AUTHOR_BADGE_LINE = re.compile(rf"^(?:{_words(*AUTHOR_BADGE_WORDS)})$")  # "Author" alone
AUTHOR_BADGE = re.compile(
    rf"(?<=\S)(?:\s+[(\[]?|\s*[(\[])(?:{_words(*AUTHOR_BADGE_WORDS)})[)\]]?\s*$"
)
# A score a platform prints after a commenter's name ("tom_b · 5 points", "Ann 6 pts"):
# not part of the name.
AUTHOR_SCORE = re.compile(
    rf"(?<=\S)\s*[·•|]?\s*[+−-]?\d{{1,6}}\s*(?:{_words(*vocab.phrases('score_unit'))})\s*$",
    re.IGNORECASE,
)
# What a head says before the author's name: "Posted by Ann on 2 May 2020",
# "Comment from Bob", "Publicado por Ana", "Kommentar von Ute". Not part of the name.
AUTHOR_PREFIX = re.compile(
    r"^(?:(?:posted|post|written|submitted|commented|comment|reply|sent|shared|quote)"
    r"\s+(?:by|from)|zitat\s+von"  # a forum's quote header: "Quote from Ann on …"
    r"|by|geschrieben\s+von|verfasst\s+von|gepostet\s+von"
    r"|posté\s+par|publié\s+par|écrit\s+par"
    # a forum's "Post by" in the languages of its interface
    r"|beitrag\s+von|message\s+par|mensaje\s+por|messaggio\s+da|bericht\s+door"
    r"|publicado\s+por|publicada\s+por|postado\s+por|escrito\s+por|enviado\s+por"
    r"|scritto\s+da|pubblicato\s+da|inviato\s+da|geplaatst\s+door|geschreven\s+door"
    r"|skrevet\s+av|skrevet\s+af|postet\s+av|postet\s+af|publicerat\s+av|skrivet\s+av"
    r"|kirjoittanut|lähettänyt|dodane\s+przez|napisane\s+przez|autor:"
    # "Comment by" in the other languages: the word after the noun begins no name here
    r"|(?:kommentar|antwort)\s+von|(?:commentaire|réponse)\s+(?:de|par)"
    r"|(?:comentario|respuesta|comentário|resposta)\s+de|(?:commento|risposta)\s+di"
    r"|reactie\s+(?:van|door)|kommentar\s+(?:av|fra|från)|komentarz\s+od)\s*:?\s+(?=\S)",
    re.IGNORECASE,
)  # bare "von", "da", "di", "par", "door" are left alone: they begin names ("Da Silva")
# What follows a commenter's own name on the line a plugin adds under the comment to link
# the commenter's latest post ("Ann recently posted…My latest post", "Ann hat kürzlich
# veröffentlicht… Titel"): two to five words in lower case, an ellipsis (or the two stops
# of CommentLuv's "Ann recently posted..My post"), the post's title ("Ann here… I think"
# is the commenter's own words).
_LOWER_WORD = r"[^\W\d_A-ZÀ-ÖØ-ÞА-ЯЁ]\S*?"
OWN_POST_LINK_AFTER_NAME = re.compile(
    rf"\s+(?:{_LOWER_WORD}\s+){{1,4}}{_LOWER_WORD}(?:…|\.{{2,3}})\s?(?=\S)"
)
# A smiley ending a line of text ("… mehr Bilder von Helle….:)", "Thanks ;-)", "<3"): it
# ends the sentence as a full stop would.
EMOTICON_END = re.compile(r"(?:^|[\s.!?…])(?:[:;=][-'^o]?[)(\]\[DPpO3*|/\\]+|<3+|\^\^|[xX]D+)$")
# A line made only of image placeholders ("[e1]", "[avatar]"): a picture, not text.
IMAGE_ONLY = re.compile(rf"^(?:{IMAGE}\s*)+$")
# An e-mail address alone: never a commenter's name (a privacy leak), often the wrapped
# last line of a comment's signature.
EMAIL_ADDRESS = re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
# A bullet glyph a converter printed before a name ("● Anhora", from a list's own image),
# or the marks of a heading the name was set in ("##### Ann", Markdown converters): no
# part of the name. A handle's "@", a number's "#1", brackets and quotes stay.
AUTHOR_BULLET = re.compile(r"^(?:[^\w\s@#(\[\"'“‘«]{1,2}|#{1,6})\s+(?=\w)")
# A separator a head printed between its date and what followed ("May 2, 2012 9:15 am -",
# "29.07.2006 um 16:43 |"): no part of the date.
TRAILING_SEPARATOR = re.compile(r"\s*[-–—|•·,;]+$")

# A discussion heading that states no count: "Comments", "Kommentare", "Reader comments".
BARE_COMMENTS_HEADING = re.compile(
    r"^(?:reader\s+|user\s+|all\s+|alle\s+|tous\s+les\s+|todos\s+los\s+|tutti\s+i\s+"
    r"|todos\s+os\s+|wszystkie\s+)?(?:comments|responses|discussion|kommentare|leserkommentare|"
    r"commentaires|comentarios|commenti|comentários|reacties|komentarze)\s*:?$",
    re.IGNORECASE,
)

# "Comments are closed": the one closing line that some themes print above the comments.
COMMENTS_CLOSED = re.compile(rf"^(?:{_COMMENTS_CLOSED})$", re.IGNORECASE | re.VERBOSE)
# Lines that close a discussion: no comment text follows them.
DISCUSSION_END = re.compile(
    r"""^(?:
        """
    + _COMMENTS_CLOSED
    + r"""
      | """
    + _EMPTY_LIST
    + r"""
      | (?:Load|Show|View|See)\ (?:more|all)\ comments.* | Add\ Disqus\ to\ your\ site.*
      | Powered\ by\ Disqus.* | Facebook\ Comments\ Plugin | Powered\ by\ Facebook.*
      | (?:✉\s*)?Subscribe | Disqus['’]\ Privacy\ Policy.*
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
# Log-in prompts of comment widgets ("Sign in to add your comment", "Log in or register
# to join the conversation", "You must be logged in to comment"): above the comments they
# open them, below they close them.
LOGIN_PROMPT = re.compile(
    r"""^(?:
        (?:Log\ ?in|Sign\ ?in|Register|Subscribe)\b.{0,40}?\bto\ (?:add\ (?:a\ |your\ )?)?
        (?:comments?|join|reply|post|leave)\b.*
      | You\ (?:must|need\ to)\ be\ (?:logged|signed)\ in\ to\ (?:post\ a\ |add\ a\ |leave\ a\ )?
        (?:comment|reply).*
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
# Sort controls of comment widgets, alone or in a row ("Sort by: Newest first", "Oldest",
# "Neueste / Älteste Meisten Abstimmungen / Inline Feedbacks"), and the
# line Drupal prints under its display settings over the comments.
_SORT_ORDER = _words(*vocab.phrases("comment_sort"))
SORT_LINE = re.compile(
    rf"^(?:(?:Sort(?:ed)?|Order)\s+by\b.*|(?:{_SORT_ORDER})(?:\s*[|·•]?\s*(?:{_SORT_ORDER}))*"
    r"|Select\s+your\s+preferred\s+way\s+to\s+display\s+the\s+comments\b.*)$",  # Drupal's settings
    re.IGNORECASE,
)
# Characters one of which a previous/next link must hold (a cheap test before POST_NAV).
ARROW_CUES = ("←", "→", "<-", "->", "«", "»")
# Previous/next post links: "← Older post", "Newer post →", "« Prev | Next »", and the
# posts' titles between such arrows and a bar ("« Older title | Main | Newer title »": a
# quotation's « is closed before any bar).
POST_NAV = re.compile(
    r"^(?:(?:←|<-)\s*\S.{0,120}|.{0,120}\S\s*(?:→|->)|«\s*(?:older|newer|previous|prev|next)\b.{0,120}"
    r"|«[^»|]{1,200}\s\|\s.{0,250}"
    r"|.{0,120}\b(?:older|newer|previous|next)\s+(?:posts?|entries|entry|articles?)\s*»)$",
    re.IGNORECASE,
)

# Blogger's pager under a post ("Newer Post Older Post Home"), in the languages of its
# interface: a line of nothing but these links is navigation, wherever it stands.
BLOG_PAGER_PHRASES = vocab.phrases("blog_pager")
BLOG_PAGER = re.compile(
    rf"^(?:(?:{_words(*BLOG_PAGER_PHRASES)})\s*[|·•]?\s*){{2,}}$", re.IGNORECASE
)
# "Subscribe to: Post Comments (Atom)" and its translations: a feed link under a post.
FEED_LINK = re.compile(
    r"^(?:Subscribe\s+to|Assinar|Abonnieren|Suscribirse\s+a|S['’]abonner\s+à|Iscriviti\s+a|"
    r"Abonneren\s+op|Prenumerera\s+på|Subskrybuj|Tilaa)\s*:?.{0,80}\((?:Atom|RSS)\)$",
    re.IGNORECASE,
)

# --- pingbacks ------------------------------------------------------------------------

PINGBACK_PREFIX = re.compile(
    r"^(?P<kind>pingback|trackback|ping|rückverweis|rétrolien)\s*:\s*(?P<rest>.+)$",
    re.IGNORECASE,
)
# A linking post's excerpt opens with a cut ("[…] the best cinnamon rolls […]").
EXCERPT_OPENERS = ("[…]", "[...]", "[&hellip;]", "…")
# A heading over a list of links from other posts: "7 trackbacks", "Pingbacks",
# "Trackbacks/Pingbacks", "Links to this post".
PINGBACK_HEADING = re.compile(
    r"^(?:\d{1,4}\s+)?(?:pingbacks?|trackbacks?|pings?|rückverweise|rétroliens|links\s+to\s+this\s+post)"
    r"(?:\s*(?:/|&|and|und|et)\s*(?:pingbacks?|trackbacks?))?\s*:?$",
    re.IGNORECASE,
)
# Between a linking post's title and its site: "Title | site", "Title « site",
# "Title – site", "Title — site", "Title :: site", "Title - site" (the last one wins).
PINGBACK_SITE_SEPARATOR = re.compile(r"\s+(?:\||«|»|–|—|::|-)\s+")

# --- boilerplate outside the discussion -----------------------------------------------

_SHARE_BUTTONS = _words(*vocab.phrases("share_button"))  # "Print", "Twittern", "Partager"
# A share button after a count ("17 Kommentare E-Mail Facebook Twitter WhatsApp"): the
# count is a link in the post's row of share buttons, no heading over the comments.
SHARE_ROW_WORD = re.compile(
    rf"\b(?:facebook|twitter|whatsapp|pinterest|linkedin|reddit|tumblr|{_SHARE_BUTTONS})\b",
    re.IGNORECASE,
)
_TAGS_LABELS = _words(*vocab.phrases("tags_label"))  # "Tags", "Schlagwörter", "Étiquettes"
_CATEGORY_LABELS = r"Categor(?:ies|y)|Kategorien?|Catégories?|Categorías?|Categorie"
# A label a post files itself under, with its colon ("Tags: a, b", "Category: News"): what
# follows is the post's furniture, never a commenter's name ("August 2nd, 2012 | Tags: …").
FILING_LABEL = re.compile(
    rf"^(?:{_TAGS_LABELS}|{_CATEGORY_LABELS}|Filed\ under)\s?:", re.IGNORECASE
)
_AD_LABELS = _words(*vocab.phrases("ad_label"))
# Labels over an advertisement, one or several in a row, perhaps with the ad's image or
# between dashes ("Advertise | AdChoices", "Anzeige [ac] Anzeige [ac]", "- Anzeige -"):
# a slot in the page, neither the article's text nor a commenter's name.
AD_LABEL = re.compile(
    rf"^[-–—\s]*(?:{_AD_LABELS})(?:\s*[|·•/–—-]?\s*(?:{_AD_LABELS}|{IMAGE}))*[-–—\s]*$",
    re.IGNORECASE,
)
# A link to another post of the site inside the article, its label before its title ("Also
# read: How I fit my life into two bags", "Lesen Sie auch | …"): the site's line, not the
# article's. A title follows the label (alone, "Read also" heads a list: CHROME_HEADINGS).
_LINK_LABELS = _words(*vocab.phrases("link_label"))
CROSS_LINK = re.compile(rf"^(?:{_LINK_LABELS})\s*[:|]\s*\S", re.IGNORECASE)
# Lines that are boilerplate wherever they stand (paywalls, sharing, syndication notes,
# photo credits). Matched against the stripped line, case-insensitive.
STANDALONE_BOILERPLATE = re.compile(
    r"""^(?:
        You\ have\ \d+\ free\ (?:articles?|stories)\ left.* | Log\ in\ or\ sign[- ]up\b.*
      | (?:Sign\ in|Log\ in|Subscribe)\ to\ (?:continue|read|unlock).*
      | (?:Republished|Reprinted|Reposted|Cross-?posted)\ (?:with\ permission\ )?from\b.*
      | (?:Republished|Reprinted)\ with\ permission\b.*
      | This\ (?:article|post|piece|story)\ (?:was\ |is\ )?(?:first\ |originally\ )?
        (?:appeared|published|posted)\b.{0,200}
      | Share\ (?:this|on)\b.{0,120} | Like\ this:? | Tweet | Email | Print | Pin\ it
      | (?:\d{1,6}\ (?:"""
    + _COUNT_NOUNS
    + r""")\s+)?  # "17 Kommentare E-Mail Facebook …": the comments' count among the buttons
        (?:Share(?:\ this(?:\ story|\ article|\ post|\ page)?)?:?\s*)?
        (?:(?:Facebook|Twitter|X|LinkedIn|Email|E-mail|Print|WhatsApp|Pinterest|Reddit|Tumblr
           |Telegram|Get\ link|Copy\ link|Mastodon|Bluesky|Threads|Flipboard|Pocket)\s*){1,12}
      | Share | Get\ link
      | Email\ address.{0,40}Sign\ up.* | By\ signing\ up.{0,200} | Sign\ up
      | We\ use\ cookies.* | This\ (?:web)?site\ uses\ cookies.* | Accept\ (?:all|cookies).*
      | Manage\ (?:preferences|cookies).* | Cookie\ (?:settings|policy|preferences).*
      | Unlimited\ access.{0,120} | Subscribe\ (?:for|now|today|to\ read).{0,120}
      | Sign\ up\ (?:to|for)\ (?:our|the)\ newsletter.{0,120}
      | (?:Get|Receive)\ .{1,60}\ (?:in|to)\ your\ inbox\b.{0,80} | Already\ a\ subscriber.{0,120}
      | (?:Publié|Classé)\ dans\ .{1,120} | Veröffentlicht\ in\ .{1,120}
      | Publicado\ en\ .{1,120} | Pubblicato\ in\ .{1,120}
      | (?:Publicerat|Publiceret|Publisert|Postet|Opublikowano|Publicado|Arquivado|Geplaatst
          |Archiviato|Classificato)\ (?:i|in|w|em|en)(?:\ .{1,120})?
      | Julkaistu\ kategoriassa(?:\ .{1,120})? | Kategoria:\ .{1,120}
      | (?:"""
    + _CATEGORY_LABELS
    + r""")\ ?\S.{0,120}
      | (?:Previous|Prev|Next)(?:\ (?:post|article|story))?:\ .{1,200}
      | Teilen\ mit:? | Partager\ :? | Compartir:? | Condividi:?
      | Read\ more(?:\ »|\ ›|\.\.\.|…)? | Continue\ reading.* | Weiterlesen.* | Lire\ la\ suite.*
      | Leer\ más.* | Leggi\ tutto.* | Lees\ meer.* | Ler\ mais.*
      | \d{1,6}  # a bare number: a comment-count or page link
      | Skip\ to\ (?:main\ )?content | Toggle\ navigation | Menu | Search | Search\ for:.*
      | Posted\ in\ .{1,200} | Tagged\ .{1,200} | Filed\ under\ .{1,200} | Categories:\ .{1,200}
      | Bookmark\ the\ permalink\.? | This\ entry\ was\ posted\b.*
      | Related | Related\ (?:posts|articles|stories)
      | Like\ Loading\.\.\. | Loading\.\.\.
      | """
    + _SHARE_BUTTONS
    + r"""
      | (?:"""
    + _TAGS_LABELS
    + r""")\ ?:\ .{1,200}
      | """
    + _COMMENTS_CLOSED
    + r"""
    )$""",
    re.IGNORECASE | re.VERBOSE,
)

# An embedded frame as converters label it: "IFrame" (elinks), "IFRAME:" before the
# frame's address (lynx), which goes on over the lines of its block however many it wraps to.
FRAME_ADDRESS_LABEL = "IFRAME:"
FRAME_LABEL = re.compile(rf"^(?:IFrame|{FRAME_ADDRESS_LABEL}(?:\ .*)?)$")
# Lines inside an article that are none of its text but no chrome either (the article
# goes on after them): an embedded social-media post as converters print it, a "back to
# top" link between sections.
ARTICLE_FURNITURE = re.compile(
    r"""^(?:[<^↑]?\ ?(?:Back\ to\ top|(?:Zurück\ )?nach\ oben|Retour\ en\ haut|Volver\ arriba
          |Torna\ su)\ ?[↑^]?
      | View\ this\ post\ on\ Instagram | Sieh\ dir\ diesen\ Beitrag\ auf\ Instagram\ an
      | Voir\ cette\ publication\ sur\ Instagram | Ver\ esta\ publicación\ en\ Instagram
      | (?:A\ post\ shared\ by|Ein\ Beitrag\ geteilt\ von|Une\ publication\ partagée\ par
          |Una\ publicación\ compartida\ de)\ .{1,80}
    )$""",
    re.IGNORECASE | re.VERBOSE,
)

# The page's <link>s (feeds, alternates, canonical) as converters print them at the top:
# lynx glues them to a "#" ("#Blog » Feed Blog » Comments Feed"), elinks writes
# "Link: canonical". Never a title.
LINK_HEADER = re.compile(r"^\#[^\W\d_]|^Link:\ ")

# Boilerplate recognised by a cue anywhere in a short line (used with ``search``):
# syndication notes, photo credits, form widgets drawn by converters.
_PHOTO_CREDIT = r"""
        \b(?:Photo|Image|Picture|Foto|Bild|Credit)s?\s*(?:by|:|credit|courtesy)\s*:?\s*.{1,120}$
      | (?:\bCC\ BY(?:-[A-Z]{2})*(?:\ \d\.\d)?|©\ ?\w.{0,80}|\bGetty\ Images|\bAP\ Photo
        |\bReuters)\)?\.?$"""
# A photo credit ending a line ("(Photo: Civic Ledger)", "© AP Photo"), used with
# ``search``: the block it ends is a figure caption.
PHOTO_CREDIT = re.compile(_PHOTO_CREDIT, re.IGNORECASE | re.VERBOSE)
EMBEDDED_BOILERPLATE = re.compile(
    r"""\bView\ original\ article\.?$
      | \brepublished\ with\ permission\b
      | \(BUTTON\) | \[\s*_*\s*\]$ | _{4,}
      | """
    + _PHOTO_CREDIT
    + r"""
      | \bPrivacy\b.{0,40}\bTerms\b.{0,60}$""",
    re.IGNORECASE | re.VERBOSE,
)
# Lower-case substrings one of which a line must hold before EMBEDDED_BOILERPLATE is
# searched in it: a cheap test that spares most article lines the search.
EMBEDDED_CUES = (
    "view original",
    "republished",
    "(button)",
    "[",
    "____",
    "photo",
    "image",
    "picture",
    "foto",
    "bild",
    "credit",
    "cc by",
    "©",
    "getty",
    "reuters",
    "privacy",
)

# Headings after which the rest of the article region is site chrome, not article:
# the site's mission blurb, an author bio, related/recent lists, sidebars.
SITE_SECTION_PHRASES = vocab.phrases("site_section")
SITE_SECTION_HEADINGS = re.compile(
    rf"^(?:{_words(*SITE_SECTION_PHRASES)})\s*[:.]?$",
    re.IGNORECASE,
)
AUTHOR_BIO_PHRASES = vocab.phrases("author_bio")
AUTHOR_BIO_HEADINGS = re.compile(
    rf"^(?:{_words(*AUTHOR_BIO_PHRASES)})\s*[:.]?$",
    re.IGNORECASE,
)
# Sidebar/footer headings: once the article or discussion has ended, these and the
# lists under them are chrome ("Recent Comments" is a widget, not a comment section).
CHROME_HEADING_PHRASES = vocab.phrases("chrome_heading")
# The nouns of English sidebar/"related" lists: "Latest comments", "Related news",
# "Most read stories", "Other articles", "Popular posts this week".
_CHROME_LIST_ADJECTIVES = (
    r"(?:latest|recent|newest|new|top|popular|trending|featured|related|similar|recommended|"
    r"further|other|more|most\s+(?:read|popular|viewed|commented|shared|recent|emailed)|"
    r"editor['’]s|staff)"
)
_CHROME_LIST_NOUNS = (
    r"(?:comments?|posts?|articles?|stories|story|news|entries|reads?|items|links|content|"
    r"reading|guides|videos|topics|tags|pages|headlines|interviews|updates|releases|"
    r"coverage|picks|press\s+releases|features|podcasts|reviews|recipes|discussions|threads)"
)
CHROME_HEADINGS = re.compile(
    rf"""^(?:
        (?:{_words(*CHROME_HEADING_PHRASES)})\s*:?
      | More\s+(?:from|in|on|by|about)\s+.{{1,60}}
      | {_CHROME_LIST_ADJECTIVES}\s+(?:[\w’'-]+\s+)?{_CHROME_LIST_NOUNS}(?:\s+[\w’'-]+){{0,3}}\s*:?
      | (?:you|you['’]ll)\s+(?:may|might|will|could)\s+also
        \s+(?:like|enjoy|be\s+interested\s+in).{{0,30}}
      | What\s+(?:(?:our|my)\s+(?:customers|clients|students|readers|users|members|guests|
            patients|parents|buyers|visitors|partners|fans|subscribers|learners|alumni)
          |people|others)\s+(?:say|are\s+saying)\s*:?  # testimonials, not "what X said"
      | Also\s+(?:on|in|from)\s+.{{1,40}}
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
# Footer lines: they end whatever section they appear in.
FOOTER_LINE = re.compile(
    r"^(?:(?:Copyright\s+)?©.*|Copyright\b.*|(?:Proudly\s+)?powered\s+by\b.*|"
    r"All\s+rights\s+reserved.*|Alle\s+Rechte\s+vorbehalten.*|Tous\s+droits\s+réservés.*|"
    r"Todos\s+los\s+derechos\s+reservados.*|Back\s+to\s+top.*|Theme(?:\s+by)?:?\s.*|"
    r"\(C\)\s*(?:\d{4}|\w).*|Tutti\s+i\s+diritti\s+riservati.*|Todos\s+os\s+direitos.*|"
    r"Alle\s+rettigheder.*|Alle\s+rettigheter.*|Alla\s+rättigheter.*|Kaikki\s+oikeudet.*|"
    r"Wszelkie\s+prawa.*|Alle\s+rechten\s+voorbehouden.*|Registered\s+(?:in|office)\b.*|"
    r"(?:Drivs|Drevet|Drives)\s+(?:med|af|av)\b.*|Con\s+la\s+tecnología\s+de\b.*|"
    r"Voimanlähteenä\b.*|(?:Dumnie\s+)?wspierane\s+przez\b.*|Mit\s+Stolz\s+präsentiert.*|"
    r"(?:Trots\s+)?drivs\s+av\b.*|Desenvolvido\s+por\b.*|Gemaakt\s+met\b.*|"
    r"Orgulhosamente.*|Fièrement\s+propulsé.*|Stolz\s+präsentiert.*)$",
    re.IGNORECASE,
)

# --- page header ----------------------------------------------------------------------

# Bylines and post meta lines near the title ("By Ann · May 2, 2020", "Publié le …").
_PUBLISHED = (
    r"(?:posted|published|updated|last\s+updated|publié|posté|mis\s+à\s+jour|veröffentlicht|"
    r"aktualisiert|geplaatst|publicado|publicada|actualizado|atualizado|pubblicato|aggiornato|"
    r"gepubliceerd|bijgewerkt|publicerat|publicerad|uppdaterad|publiceret|opdateret|publisert|"
    r"oppdatert|julkaistu|päivitetty|opublikowano|zaktualizowano|aktualizacja)"
    rf"(?:\s+(?:on|am|le|el|il|em|op|at|den|d\.|\d|(?:{_MONTHS})\b)|\s*:\s*\S)"
)
BYLINE = re.compile(
    r"^(?:(?:by|von|par|por|di|door|written\s+by|geschrieben\s+von|posted\s+by|words\s+by|"
    r"text\s+by|story\s+by|reporting\s+by|filed\s+under|publicado\s+por|publicada\s+por|"
    r"postado\s+por|escrito\s+por|publié\s+par|posté\s+par|écrit\s+par|pubblicato\s+da|"
    r"scritto\s+da|veröffentlicht\s+von|eingestellt\s+von|verfasst\s+von|geplaatst\s+door|"
    r"geschreven\s+door|skrevet\s+av|skrevet\s+af|publicerat\s+av|skrivet\s+av|"
    r"kirjoittanut|napisane\s+przez)\s+\S|autor:\s*\S"
    rf"|(?:labels|tags|categor(?:y|ies)|schlagwörter|étiquettes|etiquetas|etichette|marcadores|"
    rf"etiketter|tunnisteet|etykiety|labels|categorias|categorie|kategorier|kategoriat):|{_PUBLISHED})",
    re.IGNORECASE,
)
# Meta inside a line: "Guides · Updated 3 April 2023 · 7 min read" (used with ``search``).
BYLINE_INNER = re.compile(
    rf"[·|•/]\s*{_PUBLISHED}|\b\d+\s+min(?:ute)?s?\s+read\b|\bLesezeit\b", re.IGNORECASE
)
BYLINE_INNER_CUES = ("·", "|", "•", "/", "read", "lesezeit")
# A length in time after a post's date, its reading time or an episode's: "5 min read",
# "4 Min. Lesezeit", "42 min", "1 hr" (no commenter's name).
DURATION = re.compile(
    r"^\d{1,3}\s?(?:min(?:ute)?s?|minuten|hrs?|hours?|std|sec(?:ond)?s?)\.?"
    r"(?:\s+(?:read|lesezeit|de\s+lecture|de\s+lectura|di\s+lettura|leestijd))?$",
    re.IGNORECASE,
)
# "January 20, 2020 by Ruth", "November 2, 2018 · Soups", "14 January 2019Sam Okafor".
DATE_BYLINE = re.compile(
    rf"^(?:(?:{_DATE})\s*(?:(?:by|von|par|por|da|di|door)\s|[·|•/]|(?-i:[A-Z])).{{0,120}}"
    rf"|[^·|•/]{{1,60}}\s[·|•/]\s*(?:{_DATE})(?:\s*[·|•/].{{0,60}})?)$",
    re.IGNORECASE | re.VERBOSE,
)
# Where a date can start: a word's start, a capital, a digit after a letter (converters
# glue "Ann LeeMay 2, 2019" and "Berger19. November"). A search that tries only there
# skips most positions at once: the date pattern is long.
_DATE_START = r"(?:\b|(?-i:(?=[A-Z]))|(?<=[^\W\d_])(?=\d))"
# A date anywhere in a line (used with ``search``): a byline run into the standfirst by a
# converter ("… for 2026. / By Gareth Powell, … 13 February 2019, 6:00 pm") states one.
DATE_IN_TEXT = re.compile(rf"{_DATE_START}(?:{_DATE})", re.IGNORECASE | re.VERBOSE)
# DATE_IN_TEXT without relative ages, for a line without a relative-time word (every age
# holds one): what ``heads.first_date`` searches near the digits of such a line.
DATE_NEAR_DIGITS = re.compile(rf"{_DATE_START}(?:{_DATE_WITHOUT_AGES})", re.IGNORECASE | re.VERBOSE)
# What every date without an age holds, found fast (each starts with a digit): digits
# joined by a date's or a time's mark ("2/5", "21:15", "16h40", "2012-05"), or a day
# before a month's name ("2. Mai", "3 de mayo"). The month's name before
# the day ("May 2") is found on the reversed text (``MONTH_BEFORE_DIGIT_REVERSED``), so
# that this search, too, starts only at digits. A span without either holds no date.
DATE_DIGIT_SHAPE = re.compile(
    rf"\d\s?[-/.:h年년]\s?\d|\d(?:st|nd|rd|th|er|º)?\.?\s+{_DAY_OF}(?:{_MONTHS})", re.IGNORECASE
)
MONTH_BEFORE_DIGIT_REVERSED = re.compile(
    rf"\d\s+\.?(?:{_words(*(word[::-1] for word in MONTH_WORDS))})", re.IGNORECASE
)
# Navigation and breadcrumb lines: three or more short parts between separators.
NAV_LINE = re.compile(r"^[^|›»•·/]{1,40}(?:\s[|›»•·/]\s[^|›»•·/]{1,40}){2,}$")
# Sentence-final characters: a block ending in one is prose, not a heading.
SENTENCE_END_CHARS = ".!?…"
# What may follow a sentence's final stop: closing quotation marks of every language
# ("…”", "…“" in German, "…«" and "…»", "…」"), brackets, and the (no-break) spaces
# French puts before a closing mark ("… fin. »").
CLOSING_MARKS = '"”“’‘»«›‹」』)] \u00a0\u202f'

# --- article chrome -------------------------------------------------------------------

# A byline whose "By" a converter glued to the author's linked name ("ByHelen Smith").
# "By" alone on its line, the name (a link) on the next, is the same byline.
GLUED_BYLINE = re.compile(r"^(?:By|Von|Par|Por|Door)(?=[A-Z][a-z])|^(?i:by|von|par|por|door)$")

# Share and like buttons, recipe-card buttons, newsletter and paywall prompts, affiliate
# disclosures, image credits and calls to share, as whole lines of an article (en, de,
# fr, es, it, nl, pt): chrome wherever they stand in it.
_SHARE_SITES = r"(?:Facebook|Twitter|Pinterest|WhatsApp|E-?mail|LinkedIn|Reddit|Pin|Tumblr|X)"
# A recipe card's row of buttons: one that names what it does ("Jump to Recipe", "Print
# Recipe", "Zum Rezept"), then perhaps more, also bare ones ("Zum Rezept springen Drucken").
# A bare "Print" alone is no row: a recipe card prints it inside the article.
_RECIPE_BUTTON = (
    r"(?:(?:Print|Pin|Rate|Save)\ (?:this\ )?Recipe|Jump\ to\ (?:Recipe|Video|Comments)"
    r"|Zum\ Rezept(?:\ springen)?|Imprimer(?:\ la\ recette)?)"
)
_RECIPE_BUTTONS = rf"{_RECIPE_BUTTON}(?:\s+(?:{_RECIPE_BUTTON}|Drucken|Pinnen|Print|Pin))*"
ARTICLE_CHROME = re.compile(
    rf"""^(?:
        (?:{_SHARE_BUTTONS})
      | {_SHARE_SITES}\s*[\d.,]+\s*[KkM]?  # a share button with its count
      | (?:[\d.,]+\s*[KkM]?\s*)?(?:shares?|likes?|pins?|views?|Klikes)  # a count label
      | Teilen\ Sie\ dies\ mit:? | Teile\ diesen\ (?:Beitrag|Artikel)!?
      | Diesen\ (?:Beitrag|Artikel)\ teilen:?
      | Gefällt\ mir(?:\ Wird\ geladen\ ?(?:…|\.\.\.))? | J['’]aime(?:\ Chargement…)?
      | Me\ gusta(?:\ Cargando\.\.\.)? | Vind\ ik\ leuk(?:\ Laden\.\.\.)?
      | Like\ what\ you\ (?:see|read)\?.{{0,80}} | Share\ with\ a\ friend.{{0,40}}
      | Spread\ the\ word.{{0,40}}
      | {_RECIPE_BUTTONS}
      | Rezept\ drucken.{{0,40}} | (?:Bei\ )?Pinterest\ (?:speichern|merken)
      | Did\ you\ (?:make|try)\ (?:this|one\ of\ my)\ recipes?\?.{{0,400}}
      | (?:If\ you\ )?(?:enjoyed|liked)\ (?:reading\ )?this\ (?:post|article|story).{{0,200}}
      | Subscribe\ to\ get\ the\ latest\ posts.{{0,80}} | Missing\ out\ on\ the\ latest.{{0,300}}
      | [^.!?]{{0,40}}\bnewsletter\b[^.!?]{{0,40}}  # "Email Newsletter", "Zum Newsletter"
      | (?:Kostenlos\ )?(?:registrieren|anmelden)\ und\ weiterlesen.{{0,40}}
      | (?:Schon|Bereits)\ registriert\?.{{0,60}}
      | Jetzt\ (?:kostenlos\ )?(?:registrieren|abonnieren|anmelden|weiterlesen).{{0,60}}
      | Already\ (?:registered|a\ member|have\ an\ account)\?.{{0,60}}
      | Was\ passiert\ mit\ meinen\ Daten\?
      | (?:Affiliate[-\ ])?(?:Disclosure|Disclaimer|Offenlegung|Hinweis):?\ .{{0,40}}
        (?:affiliate|commission|Provision|Werbelink|earn).{{0,400}}
      | This\ (?:post|article|page|site)\ (?:may\ )?contains?\ affiliate\ links.{{0,200}}
      | As\ an\ Amazon\ Associate.{{0,200}}
      | (?:Things|Products|Items)\ you\ buy\ through\ our\ links\ may\ earn\ .{{1,200}}
      | (?:When|If)\ you\ (?:buy|click|shop)\ (?:through|via|from)\ .{{1,60}}
        \ we\ may\ earn\ .{{1,200}}
      | We\ may\ earn\ (?:a\ )?(?:small\ )?commission.{{0,200}}
      | (?:Unbezahlte\ |Enthält\ )?(?:Werbung|Anzeige|Sponsored|Gesponsert|Advertorial|Publicité)
        (?:\ (?:für|for|by|von|par)\ .{{1,80}}|:\ .{{1,80}})?  # a sponsored post's label
      | (?:Beitrags|Titel|Header|Symbol|Vorschau)bild:?\ .{{0,160}} | Bildquelle:?\ .{{0,160}}
      | (?:Web)?design\ (?:by|von|par|de)\ .{{1,120}}
      | Veröffentlicht\ (?:in|unter):\ .{{1,120}}
      | (?:Erstellt|Geschrieben|Verfasst|Abgelegt)\ (?:am|von|unter)\ .{{1,200}}  # post meta
      | (?:Dieser|Diese)\ (?:Artikel|Beitrag|Eintrag)\ wurde\ (?:am|von)\ .{{1,300}}
      | This\ (?:article|post|story)\ was\ (?:posted|published|written)\ (?:on|in|by)\ .{{1,300}}
      | (?:Ce|Cet)\ (?:billet|article)\ a\ été\ (?:publié|écrit)\ .{{1,300}}
      | Esta\ entrada\ (?:fue\ publicada|se\ publicó)\ .{{1,300}}
      | Questo\ articolo\ è\ stato\ (?:pubblicato|scritto)\ .{{1,300}}
      | View\ all\ (?:posts|articles)(?:\ by\ .{{1,60}})?
      | Alle\ (?:Beiträge|Artikel)\ (?:von|anzeigen).{{0,60}}
      | Voir\ tous\ les\ articles.{{0,60}}
      | (?:Article|Post|Beitrag)\ (?:précédent|précedent|suivant|vorheriger|nächster)\b.{{0,200}}
      | (?:Vorheriger|Nächster)\ (?:Artikel|Beitrag)\b.{{0,200}}
      | (?:Previous|Next)\ (?:article|post|story)\b.{{0,200}}
      | Sharing\ is\ caring.{{0,40}}
      | Link:\ .{{1,200}}  # elinks prints a page's <link> elements first
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
# The same buttons as a line of their own: chrome that stands inside the article (a
# recipe card's), so it parts nothing.
RECIPE_BUTTON_ROW = re.compile(rf"^{_RECIPE_BUTTONS}$", re.IGNORECASE)
# Markup a converter printed as text: escaped tags ("&lt;a href=&quot;…&quot;&gt;" from
# a slider's captions), a tag with a link or source (a tracking pixel's "<img src=…>"), a
# CSS rule ("a.nav { color: red; }"). Text about HTML ("a mess of <table> tags") is not.
MARKUP_FRAGMENT = re.compile(
    r"""&lt;/?\w+[^&]{0,200}&gt; | &quot; | &amp;\w+;
      | <(?:img|div|iframe|script|a|span|link|meta|style|noscript|source|video)\b
        [^>]{0,200}(?:src|href|style)=
      | [.#]?[\w-]+(?:\s*[,>]\s*[.#]?[\w-]+)*\s*\{\s*[\w-]+\s*:[^;{}]{1,80};""",
    re.IGNORECASE | re.VERBOSE,
)
MARKUP_CUES = ("&", "<", "{")  # MARKUP_FRAGMENT needs one of them
# A newsletter's prompt, however long its sentence ("Get the latest updates … straight to
# your inbox", "Enter your email below to receive …"), used with ``search``.
NEWSLETTER_PROMPT = re.compile(
    r"""\b(?:enter|type|leave|add)\ your\ e-?mail(?:\ address)?\ (?:below|here|to)\b
      | \b(?:straight|delivered|direct(?:ly)?)\ (?:to|in(?:to)?)\ your\ inbox\b
      | \bsign\ up\ (?:for|to)\ (?:our|the)\ (?:free\ )?(?:e-?mail\ |weekly\ |daily\ )?newsletter\b
      | \bsubscribe\ to\ (?:our|the)\ (?:free\ )?newsletter\b
      | \bNewsletter\ (?:abonnieren|bestellen)\b | \bzum\ Newsletter\ an\b
      | \babonnez-vous\ à\ (?:notre|la)\ newsletter\b | \bsuscríbete\ a\ (?:nuestro|nuestra)\b
      # a subscribe verb before the newsletter it offers ("Abonnieren Sie kostenlos die
      # X-Newsletter"), and the promise under a sign-up box ("… or unsubscribe at any time")
      | (?:^|[.!?:]\ )(?:subscribe|abonnieren\ Sie|abonniere|abonnez-vous|iscriviti|abonneer|assine)
        \b[^.!?]{0,60}newsletter
      | \bunsubscribe\ (?:at\ any\ time|anytime)\b | \bjederzeit\ (?:wieder\ )?abbestellen\b
      | \bAbmeldung\ (?:ist\ )?jederzeit\ möglich\b | \bdésinscrire\ à\ tout\ moment\b""",
    re.IGNORECASE | re.VERBOSE,
)
NEWSLETTER_CUES = (  # lower-cased, before the search
    "mail", "inbox", "newsletter", "suscr", "subscribe", "abbestell", "abmeld", "désinscri",
)  # fmt: skip
# A star-rating widget's summary, ending its line: "1,00 von 5 Sternen, basierend auf 1
# abgegebenen Stimmen", "Rated 4.5 out of 5 stars based on 12 reviews", a recipe card's
# "4.8 from 21 votes". A reader who rates in a sentence ("I give it 5 out of 5 stars")
# counts no votes; a sentence that reports the votes goes on ("… based on 300 reviews, sits …").
_RATED = r"\d+(?:[.,]\d+)?\s*(?:/|out\ of|von|sur|de|su|van|z)\s*\d+(?:[.,]\d+)?"
_STARS = r"stars?|sterne?n?|étoiles?|estrellas?|stelle|sterren"
_BASED_ON = r"based\ on|basierend\ auf|basé\ sur|basado\ en|sulla\ base\ di|gebaseerd\ op|from"
_VOTES = r"votes?|ratings?|reviews?|stimmen|bewertungen|votos|valoraciones|voti|stemmen|avis"
RATING_WIDGET = re.compile(
    rf"\b{_RATED}\s*(?:{_STARS})?[,.]?\s*(?:{_BASED_ON})\s+\d+\s+(?:\w+\s+)?(?:{_VOTES})[.)]?$"
    rf"|^(?:\d(?:[.,]\d+)?\s+)?from\s+\d+\s+(?:{_VOTES})$",  # "4.8" may read as a list number
    re.IGNORECASE,
)
RATING_CUES = (  # lower-cased, before the search
    "vote", "rating", "review", "stimmen", "bewertung", "voto", "valoraci", "voti", "avis",
)  # fmt: skip
# A "read more" link under a teaser: inside a listicle's cards as well as after the
# article, so it ends nothing.
READ_MORE_LINK = re.compile(
    r"^(?:Read\ more|Continue\ reading|Weiterlesen|Mehr\ lesen|Lire\ la\ suite|Leer\ más"
    r"|Leggi\ tutto|Lees\ meer|Ler\ mais)\b.{0,40}$",
    re.IGNORECASE,
)
# The heading of an article's table of contents.
CONTENTS_HEADING = re.compile(
    r"^(?:Table\ of\ Contents|Contents|Inhalt|Inhaltsverzeichnis|Sommaire|Índice|Indice"
    r"|Inhoud(?:sopgave)?|Spis\ treści|Sisällys(?:luettelo)?)\s*:?$",
    re.IGNORECASE,
)
# Headings after which an article's page holds no more of it: related and next-story
# lists, tag lists, author boxes ("Über Lena Brandt", "About Jane Rowe": a full name,
# "About Designer" is a subheading).
_NAME_WORD = r"(?-i:[A-Z][\w.'’-]+)"
ARTICLE_END_HEADINGS = re.compile(
    rf"""^(?:
        Auch\ interessant | Das\ könnte\ (?:dich|Sie)\ auch\ interessieren
      | Weitere\ (?:Artikel|Beiträge|Themen|Kolumnen|News)(?:\ .{{1,40}})?
      | Mehr\ (?:\w+\ )?(?:zum\ Thema|auf|von|aus|bei|über)\ .{{1,60}} | Mehr\ zum\ Thema
      | (?:Vorschau\ auf\ den\ )?(?:nächsten|vorherigen)\ (?:Artikel|Beitrag)
      | (?:Nächster|Vorheriger)\ (?:Artikel|Beitrag)
      | (?:Next|Previous)\ (?:article|post|story) | Up\ next | Read\ next | What\ to\ read\ next
      | More\ stories(?:\ .{{1,40}})? | Recommended(?:\ for\ you|\ reading|\ stories|\ articles)?
      | Don['’]t\ miss(?:\ .{{1,40}})? | You\ may\ (?:also\ )?like
      | Schlagw[oö]rte | Stichw[oö]rter
      | Sur\ le\ même\ (?:sujet|thème) | [AÀ]\ lire\ (?:aussi|également) | Lire\ aussi
      | Dans\ la\ même\ rubrique | Te\ puede\ interesar | Potrebbe\ interessarti | Leggi\ anche
      | Ezek\ is\ érdekelhetnek | Kapcsolódó\ (?:cikkek|receptek|tartalmak)
      | (?:Über|About|À\ propos\ de|Sobre)\ {_NAME_WORD}(?:\ {_NAME_WORD}){{1,2}}
        (?:\ \d+\ (?:Artikel|Beiträge|articles|posts))?  # an author box
    )\s*[:.!]?$""",
    re.IGNORECASE | re.VERBOSE,
)

# --- publication dates ----------------------------------------------------------------

# The month of each month word the parser knows (MONTH_WORDS, all its languages).
MONTH_NUMBERS = {word: month for month in range(1, 13) for word in vocab.phrases(f"month_{month}")}
# A date with its year, as a dateline shows it: "December 14, 2015", "14. Dezember 2015",
# "28 de junio de 2019", "2018-06-28", "17.10.2019", "Mar 3 '15" (used with ``search``).
# Numeric dates are read day first only when the day cannot be a month (17.10.2019, not
# 03/04/2020).
_MONTH_WORD = _words(*MONTH_NUMBERS)
PUBLISHED_DATE = re.compile(
    rf"""(?<![\w])(?:
        (?P<day1>\d{{1,2}})(?:st|nd|rd|th|er|º)?\.?\s+{_DAY_OF}(?P<month1>{_MONTH_WORD})\.?,?
        \s+(?:de\s+)?(?P<year1>\d{{4}}|{_CLIPPED_YEAR})
      | (?P<month2>{_MONTH_WORD})\.?\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+
        (?P<year2>\d{{4}}|{_CLIPPED_YEAR})
      | (?P<year3>\d{{4}})-(?P<month3>\d{{1,2}})-(?P<day3>\d{{1,2}})
      | (?P<first4>\d{{1,2}})[./-](?P<second4>\d{{1,2}})[./-](?P<year4>\d{{4}})
    )(?!(?!T\d)\w)""",  # no word goes on, but an ISO time may: "2015-03-03T16:12"
    re.IGNORECASE | re.VERBOSE,
)
