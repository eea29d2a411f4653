"""Analysis functions on small hand-built tables with known answers."""

from __future__ import annotations

import numpy as np
import polars as pl
import pytest

from comments.report import analysis
from comments.tables import PAGES_SCHEMA


def _units(rows: list[tuple]) -> pl.DataFrame:
    """(page_id, unit_id, kind, parent_id, depth, value, text) rows -> scored units."""
    cols = ["page_id", "unit_id", "kind", "parent_id", "depth", "toxicity", "text"]
    frame = pl.DataFrame(rows, schema=cols, orient="row")
    return frame.with_columns(
        position=pl.int_range(pl.len()).over("page_id"), author=pl.col("unit_id")
    )


def test_bootstrap_interval_contains_true_difference_and_is_reproducible():
    rng = np.random.default_rng(42)
    article = rng.normal(0.10, 0.05, 60)
    comments = rng.normal(0.50, 0.05, 60)
    rows = [("p", f"p/a{i}", "article", None, None, float(v), "") for i, v in enumerate(article)]
    rows += [("p", f"p/c{i}", "comment", None, 0, float(v), "") for i, v in enumerate(comments)]
    scored = _units(rows)
    first = analysis.divergence(scored, "toxicity", seed=7).row(0, named=True)
    assert first["ci_low"] < 0.40 < first["ci_high"]
    assert first["ci_low"] > 0.3 and first["ci_high"] < 0.5  # tight: n = 60 a side
    assert first["diff"] == pytest.approx(comments.mean() - article.mean())
    again = analysis.divergence(scored, "toxicity", seed=7).row(0, named=True)
    assert (again["ci_low"], again["ci_high"]) == (first["ci_low"], first["ci_high"])


def test_divergence_marks_pages_without_comments_and_single_texts():
    scored = _units(
        [
            ("quiet", "quiet/a1", "article", None, None, 0.2, ""),
            ("one", "one/a1", "article", None, None, 0.1, ""),
            ("one", "one/a2", "article", None, None, 0.3, ""),
            ("one", "one/c1", "comment", None, 0, 0.9, ""),
        ]
    )
    table = analysis.divergence(
        scored, "toxicity", pages=["quiet", "one", "broken"], errors=["broken"]
    )
    rows = {r["page_id"]: r for r in table.iter_rows(named=True)}
    assert rows["quiet"]["status"] == analysis.NO_DISCUSSION and rows["quiet"]["diff"] is None
    assert rows["broken"]["status"] == analysis.PAGE_ERROR
    assert rows["one"]["diff"] == pytest.approx(0.7)
    assert rows["one"]["ci_low"] is None  # one comment: no honest interval


def test_log_odds_ranks_planted_word_first():
    article = ["the government policy on mali and the region"] * 5
    comments = ["zebra zebra policy", "a zebra said mali", "zebra again and again"]
    rows = [("p", f"p/a{i}", "article", None, None, 0.0, t) for i, t in enumerate(article)]
    rows += [("p", f"p/c{i}", "comment", None, 0, 0.0, t) for i, t in enumerate(comments)]
    words = analysis.log_odds(_units(rows))
    assert words["word"][0] == "zebra"
    assert words["count_a"][0] == 4 and words["count_b"][0] == 0
    assert words["z"][0] > 1.96
    article_side = words.filter(pl.col("z") < 0)["word"].to_list()
    assert article_side[-1] in {"government", "region"}  # most article-typical last
    assert "the" not in words["word"].to_list()  # stop word


def test_tokenize_is_unicode_aware_and_drops_numbers():
    assert analysis.tokenize("Mali’s 2,000 Über-alles café ÉCOLE") == [
        "mali",
        "über-alles",
        "café",
        "école",
    ]


def test_reply_deltas_and_depth_profile_by_hand():
    scored = _units(
        [
            ("p", "p/c1", "comment", None, 0, 0.2, ""),
            ("p", "p/c2", "comment", "p/c1", 1, 0.5, ""),
            ("p", "p/c3", "comment", "p/c2", 2, 0.1, ""),
            ("p", "p/c4", "comment", "p/c1", 1, 0.3, ""),
            ("p", "p/c5", "comment", "p/gone", 1, 0.9, ""),  # parent not recovered
        ]
    )
    deltas = dict(analysis.reply_deltas(scored, "toxicity").select("unit_id", "delta").rows())
    assert deltas == pytest.approx({"p/c2": 0.3, "p/c3": -0.4, "p/c4": 0.1})
    profile = analysis.depth_profile(scored, "toxicity")
    assert profile.select("depth", "n").rows() == [(0, 1), (1, 3), (2, 1)]
    assert profile["mean"][1] == pytest.approx((0.5 + 0.3 + 0.9) / 3)


def test_thread_layout_walks_trees_depth_first_keeping_pingbacks_in_place():
    scored = _units(
        [
            ("p", "p/a1", "article", None, None, 0.0, ""),
            ("p", "p/c1", "comment", None, 0, 0.0, ""),
            ("p", "p/b1", "pingback", None, None, 0.0, ""),
            ("p", "p/c2", "comment", None, 0, 0.0, ""),
            ("p", "p/c3", "comment", "p/c1", 1, 0.0, ""),
        ]
    )
    layout = analysis.thread_layout(scored)
    assert layout.select("unit_id", "depth", "row").rows() == [
        ("p/c1", 0, 0),
        ("p/c3", 1, 1),
        ("p/b1", 0, 2),
        ("p/c2", 0, 3),
    ]


def test_completeness_and_pingback_sites():
    pages = pl.DataFrame(
        {
            "page_id": ["p", "q"],
            "status": ["ok", "ok"],
            "declared_comments": [6, None],
            "n_comments": [1, 2],
            "n_pingbacks": [3, 0],
        }
    )
    table = analysis.completeness(pages)
    assert table.select("recovered", "missing").rows() == [(4, 2), (2, None)]
    units = pl.DataFrame(
        {
            "page_id": ["p", "p", "q"],
            "kind": ["pingback", "trackback", "pingback"],
            "author": ["a.net", None, "a.net"],
        }
    )
    assert analysis.pingback_sites(units).rows() == [("a.net", 2, 2), ("(unknown site)", 1, 1)]


def test_page_summary_keeps_error_pages_and_matches_hand_means():
    pages = pl.DataFrame(
        [
            {"page_id": "p", "status": "ok", "n_comments": 2, "n_pingbacks": 0},
            {
                "page_id": "bad",
                "status": "error",
                "error": "cannot read",
                "n_comments": 0,
                "n_pingbacks": 0,
            },
        ],
        schema=PAGES_SCHEMA,
        orient="row",
    )
    units = _units(
        [
            ("p", "p/a1", "article", None, None, 0.1, ""),
            ("p", "p/a2", "article", None, None, 0.3, ""),
            ("p", "p/c1", "comment", None, 0, 0.6, ""),
            ("p", "p/c2", "comment", "p/c1", 1, 0.8, ""),
        ]
    )
    scores = units.select("unit_id", "toxicity", sentiment_compound=pl.col("toxicity") - 0.5)
    summary = analysis.page_summary(pages, units.drop("toxicity"), scores)
    rows = {r["page_id"]: r for r in summary.iter_rows(named=True)}
    assert rows["p"]["comment_toxicity"] == pytest.approx(0.7)
    assert rows["p"]["toxicity_divergence"] == pytest.approx(0.5)
    assert rows["p"]["sentiment_divergence"] == pytest.approx(0.5)
    assert rows["bad"]["discussion"] == "error" and rows["bad"]["toxicity_divergence"] is None
