"""Language, times, the post author and record fields on the pages/units tables."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import polars as pl
import pytest

from comments import load_corpus
from comments.dates import parse_datetime, to_utc
from comments.enrich import byline_names, kept_fields
from comments.language import identify, page_language, unit_languages
from comments.scoring.pipeline import build_scores, score_units

ROOT = Path(__file__).resolve().parents[1]
DEVSET = ROOT / "tests" / "devset" / "text"
CRAWL = datetime(2020, 4, 20, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Die Katze sitzt auf der Matte und schläft den ganzen Tag.", "de"),
        ("The cat sits on the mat and sleeps all day long.", "en"),
        ("Le chat dort sur le tapis toute la journée.", "fr"),
        ("O gato dorme no tapete o dia inteiro.", "pt"),
    ],
)
def test_identify_languages(text: str, lang: str) -> None:
    assert identify(text) == lang


def test_short_texts_take_their_page_language() -> None:
    assert unit_languages(["Danke!", "+1", "Das sehe ich ganz genauso, danke."], "de") == [
        "de",
        "de",
        "de",
    ]
    assert unit_languages(["I completely disagree with this article."], "de") == ["en"]
    assert page_language(["Un articolo sulla montagna."], declared="IT") == "it"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("52m ago", "en", datetime(2020, 4, 20, 11, 8, tzinfo=UTC)),
        ("vor 3 Tagen", "de", datetime(2020, 4, 17, 12, 0, tzinfo=UTC)),
        ("il y a 2 heures", "fr", datetime(2020, 4, 20, 10, 0, tzinfo=UTC)),
        ("14/04/2020 at 3:00 pm", "en", datetime(2020, 4, 14, 15, 0, tzinfo=UTC)),
        ("12. März 2015 um 14:03 Uhr", "de", datetime(2015, 3, 12, 14, 3, tzinfo=UTC)),
        ("3 de março de 2024 às 14:22", "pt", datetime(2024, 3, 3, 14, 22, tzinfo=UTC)),
        ("Reply", "en", None),
        # timestamps that show more than the date: the date inside them
        (
            "Posted on May 2, 2012 at 9:15 pm | Permalink",
            "en",
            datetime(2012, 5, 2, 21, 15, tzinfo=UTC),
        ),
        ("Nov 06 2012 | 1:23 pm - 3 hours ago", "en", datetime(2012, 11, 6, 13, 23, tzinfo=UTC)),
        (
            "Geschrieben am 12. März 2015 um 14:03 Uhr | #",
            "de",
            datetime(2015, 3, 12, 14, 3, tzinfo=UTC),
        ),
    ],
)
def test_timestamps_parse_to_utc(text: str, lang: str, expected: datetime | None) -> None:
    assert parse_datetime(text, lang, CRAWL) == expected


def test_relative_times_need_a_crawl_time() -> None:
    assert parse_datetime("vor 3 Tagen", "de") is None
    assert parse_datetime("12. März 2015 um 14:03 Uhr", "de") == datetime(
        2015, 3, 12, 14, 3, tzinfo=UTC
    )
    assert to_utc("2020-04-20T14:00:00+02:00") == datetime(2020, 4, 20, 12, tzinfo=UTC)


def test_bylines_name_the_post_author() -> None:
    lines = [
        "Publié le 20 septembre 2016 par Lucie",
        "Sort by Best Newest Oldest",
        "Proudly powered by WordPress",
        "By Nora Castillo · February 2, 2022",
    ]
    assert byline_names(lines) == ["Lucie", "Nora Castillo"]


def test_corpus_units_get_lang_posted_at_and_post_author() -> None:
    corpus = load_corpus([DEVSET / "blogger_portuguese.w3m.txt", DEVSET / "wp_german.w3m.txt"])
    assert corpus.pages["lang"].to_list() == ["pt", "de"]
    comments = corpus.units.filter(pl.col("kind") == "comment")
    lucia = comments.filter(pl.col("author") == "Lúcia Andrade").row(0, named=True)
    assert lucia["is_post_author"] is True
    assert lucia["posted_at"] == datetime(2024, 3, 4, 8, 5, tzinfo=UTC)
    assert lucia["timestamp"] == "4 de março de 2024 às 08:05"  # the text as shown stays
    sabine = comments.filter(pl.col("author") == "Sabine").row(0, named=True)
    assert (sabine["lang"], sabine["is_post_author"]) == ("de", False)
    assert sabine["posted_at"] == datetime(2015, 3, 12, 15, 20, tzinfo=UTC)


def test_record_fields_reach_the_pages_table(tmp_path: Path) -> None:
    record = {
        "id": "r1",
        "text": "Title\n\nThe council met on Tuesday.\n\nBob says:\n2 hours ago\nGood.",
        "crawl_date": "2020-04-20T12:00:00Z",
        "lang": "en",
        "site": "example.org",
        "html": "<p>" * 500,
    }
    path = tmp_path / "pages.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    pages = load_corpus(path).pages.row(0, named=True)
    assert pages["crawled_at"] == CRAWL
    assert pages["lang"] == "en"
    assert json.loads(pages["record_fields"]) == {
        "id": "r1",
        "crawl_date": "2020-04-20T12:00:00Z",
        "lang": "en",
        "site": "example.org",
    }
    assert kept_fields({"text": "x"}, "text") is None


def test_english_only_scorers_skip_other_languages_unless_asked() -> None:
    units = pl.DataFrame(
        {
            "unit_id": ["de", "en"],
            "text": ["Die Katze sitzt auf der Matte.", "The cat sits on the mat."],
            "lang": ["de", "en"],
        }
    )
    scores = score_units(units, toxicity="profanity-check")
    assert scores["sentiment_compound"].to_list() == [None, 0.0]
    assert scores["toxicity"][0] is None and scores["toxicity"][1] is not None
    assert scores["not_scored"].to_list() == [
        "vader (lang de; scores en); profanity-check (lang de; scores en)",
        None,
    ]
    every = score_units(units, all_languages=True)
    assert every["sentiment_compound"].to_list() == [-0.5994, 0.0]  # English "die"
    assert every["not_scored"].null_count() == 2
    assert build_scores(["x"], ["Danke"], langs=[None])["sentiment_compound"][0] is not None


def test_parquet_columns_reach_the_pages_table(tmp_path: Path) -> None:
    path = tmp_path / "pages.parquet"
    pl.DataFrame(
        {
            "id": ["r1"],
            "text": ["Titel\n\nDer Rat hat am Dienstag getagt und den Haushalt beschlossen."],
            "crawl_date": ["2021-06-01T08:00:00+02:00"],
            "site": ["example.de"],
            "rank": [7],
        }
    ).write_parquet(path)
    row = load_corpus(path).pages.row(0, named=True)
    assert row["crawled_at"] == datetime(2021, 6, 1, 6, 0, tzinfo=UTC)
    assert row["lang"] == "de"  # no lang field: the article's language
    assert json.loads(row["record_fields"]) == {
        "id": "r1",
        "crawl_date": "2021-06-01T08:00:00+02:00",
        "site": "example.de",
        "rank": 7,
    }
