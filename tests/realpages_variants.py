"""The real pages with other names and other words: does the parser rely on what it saw?

The parser was developed on these pages, so it could have learnt their strings rather
than their structure. This script re-prints ``../shared/realpages`` in variants that
keep every page's structure and change what a site would choose differently, and scores
the parser on each with the corpus's own ``score.py``:

- ``names:SHAPE``: every commenter renamed to an invented name of one shape (one word,
  "First Last", a handle with digits, "Jan van der Berg", lower case, initials, other
  scripts, a blog's name), in the text (also where an avatar's alt text prints the name
  twice) and in the gold alike. A commenter's name is the most page-specific string a
  comment section holds.
- ``words:LANG``: the English pages' comment-system words on short lines ("Reply",
  "says:", "6 thoughts on", "Leave a Reply", "Reply to Ann") in German, French, Spanish,
  Italian, Dutch, Portuguese, Polish, Swedish, Russian, Turkish or Czech (languages the
  vocabulary lists), or in Romanian or Croatian (languages it does not list: structure
  alone must carry them), and their "May 2, 2012 at 9:15 am" dates as that language
  prints them.
- ``words:typography``: "says:" as "says…" and a lone "Reply" link as "Reply →".
- ``dates:STYLE``: the English pages' "May 2, 2012 at 9:15 pm" dates on short lines as
  other sites print them: ISO ("2012-05-02 21:15"), numeric day first ("02.05.2012 -
  21:15") or month first ("5/2/2012 9:15 PM"), the day before the month ("2 May 2012 at
  21:15"), with the weekday ("Wednesday, May 2, 2012 at 9:15 pm"), or as an age ("14 years
  ago"), the way Disqus and many modern widgets date comments.
- ``layout:no-reply``: no "Reply" links, as where comments are closed or threading is
  off (the lines that hold only one, and one after a head's date: "… 9:15 pm | Reply");
  ``layout:no-says``: heads without the verb after the name ("Ann says:" as "Ann"), as
  themes that print the name alone do; ``layout:no-heading``: no heading over the
  comments ("6 thoughts on …", "Comments (3)"); ``layout:no-numbers``: no numbers before
  numbered items ("1. Ann" as "Ann"), as themes that print comments as blocks, not a list,
  do. The gold is the same: none is comment text. ``layout:left-sidebar`` moves every
  line right to a text column and prints a blog's sidebar ("about me", an image, a link
  list) beside the first comment, as w3m and elinks print a two-column theme's table
  (html2text prints tables as Markdown rows: its pages stay as they are).
  ``layout:no-comments`` cuts the comment records out, as a page whose thread a script
  loads keeps only the section's count, form and closing line (the gold: no comments);
  ``layout:one-comment`` keeps the first comment only (the gold: that comment). Both cut
  where the parser's own comments that match the gold stand on the page as saved.

Variants combine, as a site differs from these pages in several ways at once:
``names:lower-case+layout:no-heading`` renames the commenters, then takes the heading out.

``--article`` also scores the article side of the words variants, whose rewording takes in
the post's furniture on short lines ("Share this:", "Tags:", "Posted in", "Tweet").

A parser that generalises scores within a point of the pages as saved on every variant;
a page that loses its whole section names a kind of head the parser does not read.

Run (from the project root; a few minutes per converter)::

    .venv/bin/python -m tests.realpages_variants [--renderer R ...] [--variant V ...] [--pages]

``--pages`` also lists the pages whose matched comments, depths or authors changed.
Noise to expect: a name renamed inside a web address, in the article's byline (the post's
author also comments) or in a three-column rendering (the columns shift) changes more
than the thread; gold authors that include the date ("mxa 1 year") lose the date.
"""

from __future__ import annotations

import argparse
import copy
import datetime
import functools
import importlib.util
import itertools
import json
import re
import sys
import textwrap
import warnings
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from comments.model import Comment

ROOT = Path(__file__).resolve().parent.parent
REALPAGES = ROOT.parent / "shared" / "realpages"
RENDERERS = ("w3m", "lynx", "elinks", "html2text", "inscriptis")
MIN_NAME_CHARS = 3  # shorter gold authors ("Jo") stand inside too many other words
METRICS = ("comment_f1", "comment_p", "comment_r", "depth_acc", "author_acc", "neg_fp")
PAGE_FIELDS = ("match", "depth_ok", "author_ok")
ARTICLE_GOLD = "article-gold"
ARTICLE_METRICS = ("body_f1", "without", "title")


def _names(*parts: Sequence[str], joiner: str = " ") -> Iterator[str]:
    """Every combination of the parts, in a fixed order (enough for the longest page)."""
    return (joiner.join(p) for p in itertools.product(*parts))


_GIVEN = (
    "Mara", "Tobi", "Ines", "Kofi", "Lena", "Ravi", "Suki", "Olek",
    "Nadia", "Theo", "Aiko", "Bruno", "Carmen", "Dilan", "Edith", "Femi",
)  # fmt: skip
_FAMILY = (
    "Okafor", "Lindqvist", "Moreau", "Tanaka", "Novak", "Brennan", "Haddad", "Silva",
    "Kowalski", "Oduya", "Petit", "Varga", "Whitlock", "Yilmaz", "Zeller", "Abara",
)  # fmt: skip
_ENDINGS = (
    "",
    "a",
    "o",
    "ie",
    "ka",
    "line",
    "na",
    "ko",
    "ri",
    "ta",
    "el",
    "us",
    "ix",
    "en",
    "is",
    "on",
)
_INITIALS = (
    "J. R.", "Dr. K.", "M.", "A. B.", "T.", "S. J.", "Prof. L.", "E.",
    "R. M.", "C.", "D. W.", "H.", "P. T.", "N.", "G. A.", "V.",
)  # fmt: skip
_OTHER_GIVEN = ("Женя", "Σοφία", "Ayşe", "Łukasz", "Dương", "Ðorđe", "Ægir", "Şule")
_OTHER_FAMILY = ("Петров", "Παππάς", "Öztürk", "Wójcik", "Nguyễn", "Đorđević", "Þórsson", "Çelik")
_BLOGS = (
    "@ Notes From Home", "| Bakes and Bikes", "at The Nibble", "from Kitchen Stories",
    "@ Slow Roads", "| Paper and Pine", "of Small Wins", "@ The Daily Crumb",
    "| Field Notes", "at Rooftop Greens", "@ Two Left Thumbs", "| Quiet Corners",
    "from The Allotment", "@ Stitch by Stitch", "| Tin Can Travels", "of The Long Walk",
)  # fmt: skip
# Invented names, one generator per shape a site may give its commenters' names (each
# gives more names than the busiest page has commenters: 233).
SHAPES: dict[str, Callable[[], Iterator[str]]] = {
    "first-last": lambda: _names(_GIVEN, _FAMILY),
    "one-word": lambda: _names(_GIVEN, _ENDINGS, joiner=""),
    "handle": lambda: _names(
        ("kat", "bo", "zed_", "mrs.bee", "the-owl", "jj", "dr_who", "x-ray"),
        ("", "o", "y", "_x"),
        ("7", "12", "99", "2k", "_3", "04", "1984", "x9"),
        joiner="",
    ),
    "particles": lambda: _names(
        ("Jan Willem", "Ana", "Gia", "Luc"), ("van der", "de la", "di", "von"), _FAMILY
    ),
    "lower-case": lambda: _names(
        tuple(n.lower() for n in _GIVEN), tuple(n.lower() for n in _FAMILY)
    ),
    "initials": lambda: _names(_INITIALS, _FAMILY),
    "other-script": lambda: _names(
        _OTHER_GIVEN,
        tuple(f + end for f in _OTHER_FAMILY for end in ("", "-Ivanova", "-Li", "ović")),
    ),
    "blog-name": lambda: _names(_GIVEN, _BLOGS),
}


def load_scorer():
    """The corpus's own scorer module (read in place: nothing is copied into the repo)."""
    spec = importlib.util.spec_from_file_location("realpages_score", REALPAGES / "score.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {REALPAGES / 'score.py'}")
    module = importlib.util.module_from_spec(spec)
    with warnings.catch_warnings():  # an escape in score.py's docstring: not ours to fix
        warnings.simplefilter("ignore", DeprecationWarning)
        spec.loader.exec_module(module)
    return module


def load_golds(folder: str = "gold") -> list[dict]:
    """The corpus's gold files (``gold/`` or ``article-gold/``), one dict per page."""
    return [json.loads(p.read_text()) for p in sorted((REALPAGES / folder).glob("*.json"))]


def _text(renderer: str, name: str) -> str | None:
    path = REALPAGES / "text" / renderer / f"{name}.txt"
    return path.read_text(encoding="utf-8", errors="replace") if path.exists() else None


def _pattern(names: Sequence[str]) -> re.Pattern[str]:
    """Each name as a whole word, also printed twice in a row ("AnnAnn")."""
    return re.compile("|".join(rf"(?<!\w)(?:{re.escape(n)})+(?!\w)" for n in names))


def renaming(gold: dict, text: str, shape: str) -> dict[str, str]:
    """Each gold author (longest first) that the text shows, mapped to a new name."""
    authors = {c["author"] for c in gold["comments"] if c["kind"] == "comment" and c["author"]}
    shown = [a for a in authors if len(a) >= MIN_NAME_CHARS and _pattern([a]).search(text)]
    shown.sort(key=lambda a: (-len(a), a))
    return dict(zip(shown, itertools.cycle(SHAPES[shape]()), strict=False))


def rename(text: str, mapping: dict[str, str]) -> str:
    if not mapping:
        return text
    longest_first = sorted(mapping, key=len, reverse=True)

    def replace(match: re.Match[str]) -> str:
        found = match.group(0)
        old = next(n for n in longest_first if found == n * (len(found) // len(n)))
        return mapping[old] * (len(found) // len(old))

    return _pattern(longest_first).sub(replace, text)


def renamed_gold(gold: dict, mapping: dict[str, str]) -> dict:
    gold = copy.deepcopy(gold)
    for item in gold["comments"]:
        if item["kind"] == "comment" and item["author"] in mapping:
            item["author"] = mapping[item["author"]]
        item["body_start"] = rename(item["body_start"], mapping)
    return gold


MONTHS_EN = (
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
)  # fmt: skip
# "May 2, 2012 at 9:15 am" (the time optional), as English WordPress themes print dates.
EN_DATE = re.compile(
    rf"\b(?P<month>{'|'.join(MONTHS_EN)}) (?P<day>\d{{1,2}}), (?P<year>\d{{4}})"
    r"(?: at (?P<hour>\d{1,2}):(?P<minute>\d{2}) ?(?P<half>[ap]m))?",
    re.IGNORECASE,
)
MAX_WORDS_LINE = 70  # comment-system words stand on short lines; longer ones are text


# The English comment-system and article-furniture words a variant rewords, in the order
# they are replaced (a phrase before the words it holds: "Reply to" before "Reply").
ENGLISH = (
    r"\bIn reply to\b", r"\bReply to\b", r"\bLeave a Reply\b", r"\bCancel reply\b",
    r"\bsays:", r"\bsaid:", r"\bReply\b", r"\b(\d+) thoughts on\b", r"\b(\d+) Responses\b",
    r"\b(\d+) Comments\b", r"^(\s*)Comments$", r"\bPost a Comment\b", r"\bLog in\b",
    r"\bShare this:", r"\bLike this:", r"^(\s*)Related$", r"\bPosted in\b", r"\bTags:",
    r"\bRead more\b", r"^(\s*(?:\* )?)Tweet$", r"^(\s*(?:\* )?)Share$", r"^(\s*(?:\* )?)Print$",
)  # fmt: skip


@dataclass(frozen=True)
class Words:
    """A language's words for ``ENGLISH`` (``None``: left as it is) and its date format."""

    replacements: tuple[str | None, ...]
    months: tuple[str, ...] = MONTHS_EN
    date: str = ""  # str.format fields: day, month, year ("": dates left as they are)
    time: str = ""  # fields: hour (24 h), minute
    own: tuple[tuple[str, str], ...] = ()  # (pattern, replacement) of its own, applied last

    @property
    def phrases(self) -> list[tuple[str, str]]:
        pairs = zip(ENGLISH, self.replacements, strict=True)
        return [(english, word) for english, word in pairs if word is not None] + [*self.own]


WORDS: dict[str, Words] = {
    "de": Words(
        (
            "Als Antwort auf", "Antwort an", "Schreibe einen Kommentar", "Antworten abbrechen",
            "sagt:", "sagte:", "Antworten", r"\1 Gedanken zu", r"\1 Antworten", r"\1 Kommentare",
            r"\1Kommentare", "Kommentar schreiben", "Anmelden", "Teilen mit:", "Gefällt mir:",
            r"\1Ähnliche Beiträge", "Veröffentlicht in", "Schlagwörter:", "Weiterlesen",
            r"\1Twittern", r"\1Teilen", r"\1Drucken",
        ),
        ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
         "September", "Oktober", "November", "Dezember"),
        "{day}. {month} {year}", " um {hour:02d}:{minute:02d}",
    ),
    "fr": Words(
        (
            "En réponse à", "Répondre à", "Laisser un commentaire", "Annuler la réponse",
            "dit :", "a dit :", "Répondre", r"\1 réflexions sur", r"\1 réponses",
            r"\1 commentaires", r"\1Commentaires", "Publier un commentaire", "Connexion",
            "Partager :", "J’aime :", r"\1Similaire", "Publié dans", "Étiquettes :",
            "Lire la suite", r"\1Tweeter", r"\1Partager", r"\1Imprimer",
        ),
        ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
         "septembre", "octobre", "novembre", "décembre"),
        "{day} {month} {year}", " à {hour:02d} h {minute:02d} min",
    ),
    "es": Words(
        (
            "En respuesta a", "Responder a", "Deja una respuesta", "Cancelar respuesta",
            "dice:", "dijo:", "Responder", r"\1 comentarios en", r"\1 respuestas",
            r"\1 comentarios", r"\1Comentarios", "Publicar un comentario", "Acceder",
            "Compartir:", "Me gusta:", r"\1Relacionado", "Publicado en", "Etiquetas:",
            "Leer más", None, r"\1Compartir", r"\1Imprimir",
        ),
        ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre"),
        "{day} de {month} de {year}", " a las {hour:02d}:{minute:02d}",
    ),
    "it": Words(
        (
            "In risposta a", "Rispondi a", "Lascia un commento", "Annulla risposta",
            "dice:", "ha detto:", "Rispondi", r"\1 pensieri su", r"\1 risposte",
            r"\1 commenti", r"\1Commenti", "Scrivi un commento", "Accedi",
            "Condividi:", "Mi piace:", r"\1Correlati", "Pubblicato in", "Tag:",
            "Leggi tutto", None, r"\1Condividi", r"\1Stampa",
        ),
        ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
         "settembre", "ottobre", "novembre", "dicembre"),
        "{day} {month} {year}", " alle {hour:02d}:{minute:02d}",
    ),
    "nl": Words(
        (
            "Als antwoord op", "Reageer op", "Geef een reactie", "Reactie annuleren",
            "zegt:", "schreef:", "Beantwoorden", r"\1 gedachten over", r"\1 reacties",
            r"\1 reacties", r"\1Reacties", "Reactie plaatsen", "Inloggen",
            "Delen:", "Vind ik leuk:", r"\1Gerelateerd", "Geplaatst in", "Tags:",
            "Lees meer", None, r"\1Delen", r"\1Afdrukken",
        ),
        ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
         "september", "oktober", "november", "december"),
        "{day} {month} {year}", " om {hour:02d}:{minute:02d}",
    ),
    "pt": Words(
        (
            "Em resposta a", "Responder para", "Deixe um comentário", "Cancelar resposta",
            "disse:", "disse:", "Responder", r"\1 comentários sobre", r"\1 respostas",
            r"\1 comentários", r"\1Comentários", "Publicar um comentário", "Entrar",
            "Compartilhe isso:", "Curtir isso:", r"\1Relacionado", "Publicado em", "Tags:",
            "Leia mais", None, r"\1Compartilhar", r"\1Imprimir",
        ),
        ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
         "setembro", "outubro", "novembro", "dezembro"),
        "{day} de {month} de {year}", " às {hour:02d}:{minute:02d}",
    ),
    "pl": Words(
        (
            "W odpowiedzi do", "Odpowiedz do", "Dodaj komentarz", "Anuluj pisanie odpowiedzi",
            "pisze:", "napisał:", "Odpowiedz", r"\1 myśli na temat", r"\1 odpowiedzi",
            r"\1 komentarzy", r"\1Komentarze", "Opublikuj komentarz", "Zaloguj się",
            "Udostępnij:", "Lubię to:", r"\1Podobne", "Opublikowano w", "Tagi:",
            "Czytaj dalej", None, r"\1Udostępnij", r"\1Drukuj",
        ),
        ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
         "września", "października", "listopada", "grudnia"),
        "{day} {month} {year}", " o {hour:02d}:{minute:02d}",
    ),
    "sv": Words(
        (
            "Som svar på", "Svar till", "Lämna ett svar", "Avbryt svar",
            "skriver:", "sa:", "Svara", r"\1 reaktioner till", r"\1 svar",
            r"\1 kommentarer", r"\1Kommentarer", "Publicera kommentar", "Logga in",
            "Dela detta:", "Gilla detta:", r"\1Relaterade", "Publicerat i", "Etiketter:",
            "Läs mer", None, r"\1Dela", r"\1Skriv ut",
        ),
        ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
         "september", "oktober", "november", "december"),
        "{day} {month} {year}", " kl. {hour:02d}:{minute:02d}",
    ),
    "ru": Words(
        (
            "В ответ на", "Ответ для", "Добавить комментарий", "Отменить ответ",
            "говорит:", "сказал:", "Ответить", r"\1 комментариев к записи", r"\1 ответов",
            r"\1 комментариев", r"\1Комментарии", "Отправить комментарий", "Войти",
            "Поделиться:", "Нравится:", r"\1Похожее", "Рубрика:", "Метки:",
            "Читать далее", None, r"\1Поделиться", r"\1Печать",
        ),
        ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
         "сентября", "октября", "ноября", "декабря"),
        "{day} {month} {year}", " в {hour:02d}:{minute:02d}",
    ),
    "tr": Words(
        (
            "Yanıt olarak", "Yanıtla:", "Bir yanıt yazın", "Yanıtı iptal et",
            "dedi ki:", "dedi:", "Yanıtla", r"\1 yorum, şu yazı için", r"\1 yanıt",
            r"\1 yorum", r"\1Yorumlar", "Yorum gönder", "Giriş yap",
            "Bunu paylaş:", "Bunu beğen:", r"\1İlgili", "Kategori:", "Etiketler:",
            "Devamını oku", None, r"\1Paylaş", r"\1Yazdır",
        ),
        ("Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos",
         "Eylül", "Ekim", "Kasım", "Aralık"),
        "{day} {month} {year}", " saat {hour:02d}:{minute:02d}",
    ),
    "cs": Words(
        (
            "Odpověď na", "Odpovědět uživateli", "Napsat komentář", "Zrušit odpověď",
            "napsal:", "řekl:", "Odpovědět", r"\1 komentářů u", r"\1 odpovědí",
            r"\1 komentářů", r"\1Komentáře", "Odeslat komentář", "Přihlásit se",
            "Sdílet:", "Líbí se mi:", r"\1Související", "Publikováno v", "Štítky:",
            "Číst dál", None, r"\1Sdílet", r"\1Tisk",
        ),
        ("ledna", "února", "března", "dubna", "května", "června", "července", "srpna",
         "září", "října", "listopadu", "prosince"),
        "{day}. {month} {year}", " v {hour}:{minute:02d}",
    ),
    # Languages the parser has no vocabulary for: structure alone must carry them.
    "ro": Words(
        (
            "Ca răspuns la", "Răspunde-i lui", "Lasă un răspuns", "Anulează răspunsul",
            "spune:", "a spus:", "Răspunde", r"\1 gânduri despre", r"\1 răspunsuri",
            r"\1 comentarii", r"\1Comentarii", "Trimite comentariul", "Autentificare",
            "Partajează asta:", "Apreciază asta:", r"\1Similare", "Publicat în", "Etichete:",
            "Citește mai mult", None, r"\1Partajează", r"\1Imprimă",
        ),
        ("ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august",
         "septembrie", "octombrie", "noiembrie", "decembrie"),
        "{day} {month} {year}", " la {hour:02d}:{minute:02d}",
    ),
    "hr": Words(
        (
            "Kao odgovor na", "Odgovori korisniku", "Ostavite odgovor", "Odustani od odgovora",
            "kaže:", "reče:", "Odgovori", r"\1 razmišljanja o", r"\1 odgovora",
            r"\1 komentara", r"\1Komentari", "Pošalji komentar", "Prijava",
            "Podijeli ovo:", "Sviđa mi se:", r"\1Povezano", "Objavljeno u", "Oznake:",
            "Pročitaj više", None, r"\1Podijeli", r"\1Ispis",
        ),
        ("siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja",
         "kolovoza", "rujna", "listopada", "studenoga", "prosinca"),
        "{day}. {month} {year}.", " u {hour:02d}:{minute:02d}",
    ),
    "typography": Words(
        (None,) * len(ENGLISH), own=((r"\bsays:", "says…"), (r"^(\s*)Reply$", r"\1Reply →"))
    ),
}  # fmt: skip


def _date_in(words: Words, match: re.Match[str]) -> str:
    if not words.date:
        return match.group(0)
    moment = _moment(match)
    day = moment.day
    date = words.date.format(day=day.day, month=words.months[day.month - 1], year=day.year)
    if moment.hour is None:
        return date
    return date + words.time.format(hour=moment.hour, minute=moment.minute)


@dataclass(frozen=True)
class Moment:
    """A date found in the text, its time (24-hour clock) when it states one."""

    day: datetime.date
    hour: int | None
    minute: int | None

    @property
    def clock(self) -> str:
        return "" if self.hour is None else f"{self.hour:02d}:{self.minute:02d}"

    @property
    def meridiem(self) -> str:
        if self.hour is None:
            return ""
        return f"{(self.hour - 1) % 12 + 1}:{self.minute:02d} {'PM' if self.hour >= 12 else 'AM'}"


AGE_FROM = datetime.date(2026, 11, 30)  # the ages are counted back from this day
DATE_STYLES: dict[str, Callable[[Moment], str]] = {
    "iso": lambda m: f"{m.day.isoformat()} {m.clock}".rstrip(),
    "numeric": lambda m: f"{m.day:%d.%m.%Y}" + (f" - {m.clock}" if m.clock else ""),
    "us-numeric": lambda m: f"{m.day.month}/{m.day.day}/{m.day.year} {m.meridiem}".rstrip(),
    "day-month": lambda m: f"{m.day.day} {m.day:%B %Y}" + (f" at {m.clock}" if m.clock else ""),
    "weekday": lambda m: (
        f"{m.day:%A}, {m.day:%B} {m.day.day}, {m.day.year}"
        + (f" at {m.meridiem.lower()}" if m.clock else "")
    ),
    "ago": lambda m: f"{(AGE_FROM - m.day).days // 365} years ago",
}


def _moment(match: re.Match[str]) -> Moment:
    day = datetime.date(
        int(match["year"]), MONTHS_EN.index(match["month"].capitalize()) + 1, int(match["day"])
    )
    if match["hour"] is None:
        return Moment(day, None, None)
    hour = int(match["hour"]) % 12 + (12 if match["half"].lower() == "pm" else 0)
    return Moment(day, hour, int(match["minute"]))


def redated(text: str, style: str) -> str:
    """The text with the dates on its short lines in ``style``."""
    return _on_short_lines(
        text, lambda line: EN_DATE.sub(lambda m: DATE_STYLES[style](_moment(m)), line)
    )


def reworded(text: str, language: str) -> str:
    """The text with its short lines' comment-system words and its dates in ``language``."""
    words = WORDS[language]

    def reword(line: str) -> str:
        line = EN_DATE.sub(lambda m: _date_in(words, m), line)
        for english, replacement in words.phrases:
            line = re.sub(english, replacement, line)
        return line

    return _on_short_lines(text, reword)


def _on_short_lines(text: str, edit: Callable[[str], str]) -> str:
    """The text with ``edit`` applied to its short lines (comment-system words and dates
    stand on those; longer lines are text)."""
    lines = text.split("\n")
    return "\n".join(edit(line) if len(line.strip()) <= MAX_WORDS_LINE else line for line in lines)


def _gold_edited(gold: dict, edit: Callable[[str], str]) -> dict:
    """The gold with ``edit`` applied to each comment's start, as to the text."""
    gold = copy.deepcopy(gold)
    for item in gold["comments"]:
        item["body_start"] = edit(item["body_start"])
    return gold


def reworded_gold(gold: dict, language: str) -> dict:
    return _gold_edited(gold, lambda text: reworded(text, language))


def redated_gold(gold: dict, style: str) -> dict:
    return _gold_edited(gold, lambda text: redated(text, style))


# What themes print differently around the same comments: the structure's own words go.
_REPLY = r"(?:Reply|ReplyDelete|Antworten|Répondre|Responder|Rispondi|Reageren)"
REPLY_LINK_LINE = re.compile(
    rf"^\s*(?:[*+•□☆○■o-]\s+|(?P<item>\d{{1,3}}\.)\s+)?\[?{_REPLY}\]?(?:\s*[↓→/])?\s*$"
)
REPLY_AFTER_DATE = re.compile(rf"(\d.*?)(?:\s+[|·•])?\s+\[?{_REPLY}\]?(?:\s*[↓→])?$")
SAYS_AFTER_NAME = re.compile(r"(?<=\S)\s+(?:says|said|sagt|schreibt|meint|dit|dice)\s*:$", re.I)
MAX_HEAD_LINE = 100  # heads and link rows are short; longer lines are text
ITEM_NUMBER = re.compile(r"^(\s*)(\d{1,3}\.)(?=\s|$)")  # "   12. Ann": a numbered list item
DAY_FIRST_DATE = re.compile(
    r"\d{1,2}\.\s*(?:\d{1,2}\.|[^\W\d_]{3,}\.?\s+\d{4}\b)"
)  # "12. Mai 2019"
# "6 thoughts on “A post”", "Comments (3)", "Kommentare": the heading over the comments
# ("3 Replies" under a comment counts its thread: it stays).
_NOUNS = r"(?:thoughts?|responses?|comments?|kommentare?|gedanken|commentaires?|comentarios?)"
COUNT_HEADING_LINE = re.compile(
    rf"^(?:#+\s*)?(?:(?:\d+|one|no|ein|eine)\s+{_NOUNS}\b.*|{_NOUNS}\s*(?:\(\d+\))?\s*:?)$",
    re.IGNORECASE,
)


def without_reply_links(text: str) -> str:
    """The text without its "Reply" links: the lines that hold one alone are dropped (a
    comment's number stays: "1. Reply" opens the numbered comment; a bullet before the
    link is the link list's, which goes with it), one after a head's date is cut off
    ("May 2, 2012 at 9:15 pm | Reply")."""
    kept = []
    for line in text.split("\n"):
        if len(line) <= MAX_HEAD_LINE and (link := REPLY_LINK_LINE.match(line.rstrip())):
            if link["item"]:  # "1. Reply": the numbered item is the comment's own
                kept.append(line[: link.end("item")])
            continue
        if len(line.strip()) <= MAX_HEAD_LINE:
            line = REPLY_AFTER_DATE.sub(r"\1", line)
        kept.append(line)
    return "\n".join(kept)


def without_says(text: str) -> str:
    """The heads' "says:" verbs gone ("Ann says:" -> "Ann")."""
    return "\n".join(
        SAYS_AFTER_NAME.sub("", line) if len(line.strip()) <= MAX_HEAD_LINE else line
        for line in text.split("\n")
    )


def without_count_heading(text: str) -> str:
    """The text without the heading that announces (and counts) the comments."""
    return "\n".join(
        line
        for line in text.split("\n")
        if len(line) > MAX_HEAD_LINE or not COUNT_HEADING_LINE.match(line.strip())
    )


def without_item_numbers(text: str) -> str:
    """The text without the numbers of its numbered items ("1. Ann" as "   Ann"), as a
    theme that lays its comments out in plain blocks instead of a list prints them; a
    date whose day opens the line ("12. Mai 2019") keeps its number.

    The number gives way to as many spaces as the narrowest number printed from the same
    column: a converter that prints "  9. Ann" and "  10. Bob" left-aligned would
    otherwise indent the tenth comment one space deeper than the ninth, a nesting no
    block layout prints (right-aligned numbers, " 9." and "10.", keep one text column).
    """
    numbered = [(line, _item_number(line)) for line in text.split("\n")]
    narrowest: dict[int, int] = {}
    for _, number in numbered:
        if number:
            column = len(number[1])
            narrowest[column] = min(narrowest.get(column, 9), len(number[2]))
    kept = []
    for line, number in numbered:
        if number:
            rest = line[number.end() :]
            width = narrowest[len(number[1])]
            line = number[1] + " " * width + rest if rest.strip() else ""
        kept.append(line)
    return "\n".join(kept)


# A blog's "about me" box, an image and a link list: a left sidebar's usual widgets.
SIDEBAR_TEXT = (
    "My name is Mara and I am a researcher who writes about media, culture and the "
    "communities that grow around them. I spend a third of my time in three cities and "
    "the rest in the air. Buzzwords in my world include privacy and youth."
)
SIDEBAR_WIDGETS = ("", "[Cover]", "", "Relevant links:", "  • my papers", "  • my thesis")
SIDEBAR_WIDTH, SIDEBAR_MARGIN = 24, 28  # the sidebar's column, and where the page's starts
SIDEBAR_LEAD = 3  # the sidebar starts this many lines above the first comment's text


def with_left_sidebar(text: str, gold: dict) -> str:
    """The page laid out as a two-column theme prints it: every line moved right to a
    text column, and a sidebar column beside the page's first comment (found by its
    gold text), as w3m and elinks print a table layout's cells side by side."""
    lines = text.split("\n")
    first = next((c for c in gold["comments"] if c["kind"] == "comment"), None)
    words = " ".join(first["body_start"].split()[:4]) if first else ""
    at = next(
        (i for i, line in enumerate(lines) if words and words in " ".join(line.split())), None
    )
    if at is None:
        return text
    lines = [" " * SIDEBAR_MARGIN + line if line.strip() else line for line in lines]
    sidebar = [*textwrap.wrap(SIDEBAR_TEXT, SIDEBAR_WIDTH), *SIDEBAR_WIDGETS]
    for k, side in enumerate(sidebar, start=max(0, at - SIDEBAR_LEAD)):
        if k < len(lines):
            beside = lines[k][SIDEBAR_MARGIN:] if lines[k].strip() else ""
            lines[k] = f"{side:<{SIDEBAR_MARGIN}}{beside}".rstrip()
    return "\n".join(lines)


MAX_HEAD_TAIL_LINES = 6  # lines under a record's text in which its footer head may stand


def without_comments(text: str, gold: dict) -> str:
    """The page with its comment records cut out, as a page whose thread a script loads
    prints it: the heading, the form, the widgets and the footer stay (from the first
    comment's head to the last one's text and the footer under it). A page none of whose
    comments the parser finds stays as it is."""
    found = _found_comments(text, gold)
    if not found:
        return text
    lines = text.split("\n")
    return "\n".join(lines[: _start_of(found[0][1])] + lines[_end_of(lines, found[-1][1]) :])


def without_comments_gold(gold: dict) -> dict:
    """The gold of a page whose comments were cut out: a page without comments."""
    return {**gold, "negative": True, "comments": [], "declared_count": None}


def with_one_comment(text: str, gold: dict) -> tuple[str, dict]:
    """The page with its first comment only (the others cut out as
    :func:`without_comments` cuts them), as a post with one comment prints it, and its
    gold: that comment (and any the parser missed above it). A page where the parser
    finds fewer than two comments, or not the first one's text, stays as it is."""
    found = _found_comments(text, gold)
    if len(found) < 2 or found[0][0] is None:
        return text, gold
    lines = text.split("\n")
    cut = lines[: _start_of(found[1][1])] + lines[_end_of(lines, found[-1][1]) :]
    kept = [c for c in gold["comments"] if c["kind"] == "comment"][: found[0][0] + 1]
    return "\n".join(cut), {**gold, "comments": kept, "declared_count": None}


def _found_comments(text: str, gold: dict) -> list[tuple[int | None, Comment]]:
    """The parser's comments on ``text`` that match a gold comment by their text (with its
    index) or by their writer's name (``None``: where the gold's text holds the head
    too), in the order of their lines."""
    from comments import parse_text

    comments = list(parse_text(text).comments)
    expected = [c for c in gold["comments"] if c["kind"] == "comment"]
    aligned = {p: g for g, p in _scorer().align(expected, comments)}
    authors = {c["author"] for c in expected}
    found = [
        (aligned.get(p), c)
        for p, c in enumerate(comments)
        if c.line and (p in aligned or c.author in authors)
    ]
    return sorted(found, key=lambda pair: pair[1].line or 0)


def _start_of(comment: Comment) -> int:
    return (comment.line or 1) - 1


def _end_of(lines: Sequence[str], comment: Comment) -> int:
    """The line after a comment's text and the footer under it that names its writer or
    its date (or holds its last word)."""
    words = comment.text.split() or [""]
    end = _start_of(comment)
    end = next((i for i in range(end, len(lines)) if words[0] in lines[i]), end)
    left = len(words)
    while end < len(lines) and left > 0:  # the comment's text, word by word
        left -= len(lines[end].split())
        end += 1
    marks = [mark for mark in (comment.author, comment.timestamp, words[-1]) if mark]
    for i in range(end, min(len(lines), end + MAX_HEAD_TAIL_LINES)):
        if any(mark in lines[i].replace("\\", "") for mark in marks):  # html2text prints "\-"
            end = i + 1  # its last words, its footer: "Posted by Ann | May 2, 2012"
    return end


@functools.cache
def _scorer():
    return load_scorer()


def _item_number(line: str) -> re.Match[str] | None:
    """A numbered item's number, unless it is the day opening a date ("12. Mai 2019")."""
    number = ITEM_NUMBER.match(line)
    if number and not DAY_FIRST_DATE.match(line[number.start(2) :]):
        return number
    return None


LAYOUTS: dict[str, Callable[[str], str]] = {
    "no-reply": without_reply_links,
    "no-says": without_says,
    "no-heading": without_count_heading,
    "no-numbers": without_item_numbers,
}
SIDEBAR_LAYOUT = "left-sidebar"  # a layout placed by the page's gold: see with_left_sidebar
NO_COMMENTS_LAYOUT = "no-comments"  # the records cut out: see without_comments
ONE_COMMENT_LAYOUT = "one-comment"  # the first record only: see with_one_comment
# The converters that print a table layout's cells side by side (html2text prints a
# table as Markdown rows): the sidebar variant leaves html2text's pages as they are.
SIDE_BY_SIDE = ("w3m", "lynx", "elinks", "inscriptis")
COMBINED = "+"  # "names:lower-case+layout:no-heading": the variants in turn
MIN_VARIANT_WIDTH = 18  # the variant column's width: the longest single variant's name
VARIANTS = (
    *(f"names:{shape}" for shape in SHAPES),
    *(f"words:{lang}" for lang in WORDS),
    *(f"dates:{style}" for style in DATE_STYLES),
    *(f"layout:{name}" for name in LAYOUTS),
    f"layout:{SIDEBAR_LAYOUT}",
    f"layout:{NO_COMMENTS_LAYOUT}",
    f"layout:{ONE_COMMENT_LAYOUT}",
)


def score(scorer, golds: list[dict], renderer: str, variant: str | None) -> tuple[dict, list]:
    """The scorer's summary and page rows on the pages in ``variant`` (None: as saved;
    "a+b": variant ``b`` of variant ``a``'s pages, as a site may differ in several ways)."""
    from comments import parse_text

    edits: dict[str, list[Callable[[str], str]]] = {}
    scored = []
    for gold in golds:
        text = _text(renderer, gold["name"])
        edits[gold["name"]] = []
        for part in variant.split(COMBINED) if variant else ():
            edit, gold = _variant_edit(part, gold, text, renderer)
            if edit is not None:
                edits[gold["name"]].append(edit)
                text = edit(text) if text else text
        scored.append(gold)

    def parse(text: str, page_id: str):
        for edit in edits.get(page_id, ()):
            text = edit(text)
        return parse_text(text, page_id=page_id)

    return scorer.score_renderer(renderer, scored, parse, True, False)


def _variant_edit(
    variant: str, gold: dict, text: str | None, renderer: str
) -> tuple[Callable[[str], str] | None, dict]:
    """How ``variant`` edits a page's text, and the page's gold after it (``None``: the
    variant leaves this page as it is, as the words and dates variants do non-English
    pages)."""
    kind, _, name = variant.partition(":")
    if kind == "names" and text:
        mapping = renaming(gold, text, name)
        return (lambda t: rename(t, mapping)), renamed_gold(gold, mapping)
    if kind == "words" and gold.get("lang") == "en":
        return (lambda t: reworded(t, name)), reworded_gold(gold, name)
    if kind == "dates" and gold.get("lang") == "en":
        return (lambda t: redated(t, name)), redated_gold(gold, name)
    if kind == "layout" and name == SIDEBAR_LAYOUT and text and renderer in SIDE_BY_SIDE:
        return (lambda t: with_left_sidebar(t, gold)), gold
    if kind == "layout" and name == NO_COMMENTS_LAYOUT and not gold.get("negative"):
        return (lambda t: without_comments(t, gold)), without_comments_gold(gold)
    if kind == "layout" and name == ONE_COMMENT_LAYOUT and text and not gold.get("negative"):
        return (lambda t: with_one_comment(t, gold)[0]), with_one_comment(text, gold)[1]
    if kind == "layout" and name in LAYOUTS:
        return LAYOUTS[name], gold
    return None, gold


def score_article(
    scorer, golds: list[dict], article_golds: list[dict], renderer: str, variant: str | None
) -> dict:
    """The scorer's article summary (body F1, must-not snippets, headline) in ``variant``:
    the words variants reword the article's furniture too ("Share this:", "Tags:")."""
    from comments import parse_text

    kind, _, name = (variant or "").partition(":")
    english = {g["name"] for g in golds if g.get("lang") == "en"}

    def parse(text: str, page_id: str):
        if kind == "words" and page_id in english:
            text = reworded(text, name)
        return parse_text(text, page_id=page_id)

    by_name = {g["name"]: g for g in golds}
    return scorer.score_article(renderer, article_golds, by_name, {}, parse, False)[0]


def _variant_arg(text: str) -> str:
    """A variant name, or several joined by ``COMBINED``, each one of ``VARIANTS``."""
    unknown = [part for part in text.split(COMBINED) if part not in VARIANTS]
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown variant(s) {unknown}: choose from {VARIANTS}")
    return text


def changed_pages(before: list[dict], after: list[dict]) -> Iterator[str]:
    rows = {r["page"]: r for r in before if "gold" in r}
    for row in after:
        old = rows.get(row["page"])
        if old is None:
            continue
        if row["gold"] != old["gold"]:  # comments cut out: what is missed, what is added
            missed, added = row["gold"] - row["match"], row["pred"] - row["match"]
            if missed or added:
                left = f"{row['gold']} comments left"
                yield f"    {row['page']} ({left}): {missed} missed, {added} false"
            continue
        diffs = [f"{k} {old[k]}->{row[k]}" for k in PAGE_FIELDS if old[k] != row[k]]
        if diffs:
            yield f"    {row['page']} ({row['gold']} comments): {', '.join(diffs)}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--renderer", action="append", choices=RENDERERS)
    parser.add_argument(
        "--variant",
        action="append",
        type=_variant_arg,
        help=f"one of {', '.join(VARIANTS)}; or several joined by '{COMBINED}' (applied in order)",
    )
    parser.add_argument("--pages", action="store_true", help="list the pages that changed")
    parser.add_argument(
        "--article", action="store_true", help="also score the article side of words variants"
    )
    args = parser.parse_args(argv)
    if not (REALPAGES / "score.py").exists():
        print(f"{REALPAGES} is absent: nothing to measure", file=sys.stderr)
        return 2
    sys.path.insert(0, str(ROOT))
    scorer = load_scorer()
    golds = load_golds()
    article_golds = load_golds(ARTICLE_GOLD) if args.article else []
    width = max(MIN_VARIANT_WIDTH, *map(len, args.variant or VARIANTS))
    print(f"{'converter':<11} {'variant':<{width}} " + " ".join(f"{m:>10}" for m in METRICS))
    for renderer in args.renderer or RENDERERS:
        base, base_rows = score(scorer, golds, renderer, None)
        cells = (f"{base[m]:>10}" for m in METRICS)
        print(f"{renderer:<11} {'as saved':<{width}} " + " ".join(cells))
        before = score_article(scorer, golds, article_golds, renderer, None) if args.article else {}
        for variant in args.variant or VARIANTS:
            summary, rows = score(scorer, golds, renderer, variant)
            cells = (f"{summary[m]:>10}" for m in METRICS)
            print(f"{renderer:<11} {variant:<{width}} " + " ".join(cells), flush=True)
            if args.pages:
                for change in changed_pages(base_rows, rows):
                    print(change)
            if args.article and variant.startswith("words:"):
                after = score_article(scorer, golds, article_golds, renderer, variant)
                print(
                    f"{'':<30} article "
                    + ", ".join(f"{m} {before[m]} -> {after[m]}" for m in ARTICLE_METRICS)
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
