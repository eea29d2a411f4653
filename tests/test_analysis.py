"""Analysis functions on small hand-built tables with answers computed by hand."""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta

import numpy as np
import polars as pl
import pytest

from comments.report import analysis
from comments.report.clustered import t_quantile
from comments.tables import PAGES_SCHEMA


def _units(rows: list[tuple]) -> pl.DataFrame:
    """(page_id, unit_id, kind, parent_id, depth, value, text) rows -> scored units."""
    cols = ["page_id", "unit_id", "kind", "parent_id", "depth", "toxicity", "text"]
    frame = pl.DataFrame(rows, schema=cols, orient="row")
    return frame.with_columns(
        position=pl.int_range(pl.len()).over("page_id"),
        author=pl.col("unit_id"),
        is_post_author=pl.lit(None, pl.Boolean),
        lang=pl.lit("en"),
    )


def _page(page_id: str, article: list[float], comments: list[float]) -> list[tuple]:
    rows = [
        (page_id, f"{page_id}/a{i}", "article", None, None, v, "") for i, v in enumerate(article)
    ]
    rows += [
        (page_id, f"{page_id}/c{i}", "comment", None, 0, v, "") for i, v in enumerate(comments)
    ]
    return rows


def test_divergence_welch_interval_by_hand():
    article, comments = [0.1, 0.2, 0.3, 0.2, 0.2], [0.5, 0.7, 0.6, 0.4, 0.8, 0.6]
    row = analysis.divergence(_units(_page("p", article, comments)), "toxicity").row(0, named=True)
    diff = np.mean(comments) - np.mean(article)
    half = 1.959963984540054 * math.sqrt(np.var(article, ddof=1) / 5 + np.var(comments, ddof=1) / 6)
    assert row["diff"] == pytest.approx(diff)
    assert (row["ci_low"], row["ci_high"]) == pytest.approx((diff - half, diff + half))


def test_divergence_marks_pages_without_comments_and_small_sides():
    scored = _units(_page("quiet", [0.2], []) + _page("one", [0.1, 0.3], [0.9]))
    table = analysis.divergence(
        scored, "toxicity", pages=["quiet", "one", "broken"], errors=["broken"]
    )
    rows = {r["page_id"]: r for r in table.iter_rows(named=True)}
    assert rows["quiet"]["status"] == analysis.NO_DISCUSSION and rows["quiet"]["diff"] is None
    assert rows["broken"]["status"] == analysis.PAGE_ERROR
    assert rows["one"]["diff"] == pytest.approx(0.7)
    assert rows["one"]["ci_low"] is None  # fewer than 5 texts a side: no interval


def test_post_author_replies_are_not_readers():
    scored = _units(_page("p", [0.1], [0.5, 0.9])).with_columns(
        is_post_author=pl.col("unit_id") == "p/c1"
    )
    assert analysis.divergence(scored, "toxicity")["diff"][0] == pytest.approx(0.4)
    every = analysis.divergence(scored, "toxicity", readers_only=False)
    assert every["diff"][0] == pytest.approx(0.6)


def test_pooled_divergence_weighs_pages_equally_with_a_t_interval():
    diffs = [0.1, 0.3, 0.2, 0.4, 0.0, 0.2]
    rows = []
    for i, d in enumerate(diffs):  # one big page must not outweigh the others
        rows += _page(f"p{i}", [0.0], [d] * (100 if i == 0 else 1))
    rows += _page("quiet", [0.5], [])
    div = analysis.divergence(_units(rows), "toxicity")
    pooled = analysis.pooled_divergence(div).row(0, named=True)
    half = t_quantile(5) * np.std(diffs, ddof=1) / math.sqrt(6)
    assert pooled["mean"] == pytest.approx(np.mean(diffs))
    assert (pooled["ci_low"], pooled["ci_high"]) == pytest.approx(
        (np.mean(diffs) - half, np.mean(diffs) + half)
    )
    assert (pooled["n_pages"], pooled["n"], pooled["no_discussion"]) == (6, 105, 1)
    few = analysis.pooled_divergence(div.filter(pl.col("page_id").is_in(["p1", "p2"])))
    assert few["ci_low"][0] is None  # 2 pages: no interval


def test_chosen_pages_are_bounded_and_say_how():
    div = pl.DataFrame(
        {
            "page_id": [f"p{i}" for i in range(40)],
            "n_comments": list(range(40)),
            "diff": [0.01 * i for i in range(40)],
            "status": ["ok"] * 40,
        }
    )
    table, how = analysis.chosen_pages(div, 25)
    assert table.height == 25 and set(table["page_id"]) == {f"p{i}" for i in range(15, 40)}
    assert how == "the 25 of 40 pages with the most scored comments"


def test_depth_profile_centres_on_each_pages_own_article():
    rows = _page("p", [0.1, 0.3], []) + _page("q", [0.6], [])
    rows += [
        ("p", "p/c1", "comment", None, 0, 0.4, ""),  # 0.4 - 0.2
        ("p", "p/c2", "comment", "p/c1", 1, 0.5, ""),  # 0.3
        ("q", "q/c1", "comment", None, 0, 0.7, ""),  # 0.1
        ("q", "q/c2", "comment", "q/c1", 1, 0.2, ""),  # post author, left out
    ]
    scored = _units(rows).with_columns(is_post_author=pl.col("unit_id") == "q/c2")
    profile = analysis.depth_profile(scored, "toxicity")
    assert profile.select("depth", "n", "n_pages", "n_post_author").rows() == [
        (0, 2, 2, 0),
        (1, 1, 1, 1),
    ]
    assert profile["mean"].to_list() == pytest.approx([(0.2 + 0.1) / 2, 0.3])
    assert profile["ci_low"].null_count() == 2  # under 5 comments / pages


def test_cluster_robust_interval_by_hand():
    rng = np.random.default_rng(3)
    pages = [rng.normal(0.1 * k, 0.1, size=k + 2) for k in range(6)]
    rows = [("x", f"p{k}", float(v)) for k, page in enumerate(pages) for v in page]
    table = pl.DataFrame(rows, schema=["g", "page_id", "y"], orient="row")
    from comments.report.clustered import cluster_mean

    got = cluster_mean(table, "y").row(0, named=True)
    y = np.concatenate(pages)
    mean = y.mean()
    sums = np.array([p.sum() for p in pages])
    sizes = np.array([p.size for p in pages])
    se = math.sqrt(6 / 5 * ((sums - mean * sizes) ** 2).sum()) / y.size
    assert got["mean"] == pytest.approx(mean)
    assert got["ci_high"] - got["mean"] == pytest.approx(t_quantile(5) * se)


def test_reply_deltas_and_summary_by_hand():
    scored = _units(
        [
            ("p", "p/a1", "article", None, None, 0.1, ""),
            ("p", "p/c1", "comment", None, 0, 0.2, ""),
            ("p", "p/c2", "comment", "p/c1", 1, 0.5, ""),
            ("p", "p/c3", "comment", "p/c2", 2, 0.1, ""),
            ("p", "p/c4", "comment", "p/c1", 1, 0.3, ""),
            ("p", "p/c5", "comment", "p/gone", 1, 0.9, ""),  # parent not recovered
        ]
    )
    deltas = analysis.reply_deltas(scored, "toxicity")
    assert dict(deltas.select("unit_id", "delta").rows()) == pytest.approx(
        {"p/c2": 0.3, "p/c3": -0.4, "p/c4": 0.1}
    )
    assert deltas.filter(pl.col("unit_id") == "p/c2")["score_centred"][0] == pytest.approx(0.4)
    summary = analysis.reply_summary(deltas).row(0, named=True)
    assert (summary["n"], summary["mean"]) == (3, pytest.approx(0.0))


def test_time_profile_bins_by_hours_since_publication():
    published = datetime(2020, 1, 1, tzinfo=UTC)
    rows = _page("p", [0.2], [0.3, 0.5, 0.9, 0.4])
    scored = _units(rows).with_columns(
        posted_at=pl.Series(
            [None] + [published + timedelta(hours=h) for h in (0.5, 3, 50, -2)],
            dtype=pl.Datetime("us", "UTC"),
        )
    )
    pages = pl.DataFrame({"page_id": ["p"], "published_at": [published]})
    table = analysis.time_profile(scored, pages, "toxicity")
    assert table.select("bin", "n").rows() == [("< 1 h", 1), ("1–6 h", 1), ("1–3 d", 1)]
    assert table["mean"].to_list() == pytest.approx([0.1, 0.3, 0.7])  # before publication: out


def test_distinctive_words_are_computed_within_pages():
    # One page about Mali has comments, which talk about Mali as much as its article does;
    # six pages about a budget have none. Against all articles at once, "mali" looks
    # typical of comments; within the page it is not, and "thanks" is.
    rows = [("mali", "mali/a1", "article", None, None, 0.0, "mali mali mali mali policy region")]
    rows += [("mali", f"mali/c{i}", "comment", None, 0, 0.0, "mali mali thanks") for i in range(8)]
    for i in range(6):
        rows.append((f"p{i}", f"p{i}/a1", "article", None, None, 0.0, "budget council vote"))
    words = analysis.distinctive_words(_units(rows))
    z = dict(words.select("word", "z").rows())
    assert words["word"][0] == "thanks" and z["thanks"] > 0.8  # one page: little evidence
    assert abs(z["mali"]) < 0.5
    unstratified = dict(analysis.log_odds(_units(rows)).select("word", "z").rows())
    assert unstratified["mali"] > 1.96  # what pooling all text at once gets wrong


def test_log_odds_z_by_hand_and_stop_words_per_language():
    t = pl.DataFrame(
        {
            "page_id": ["p", "p"],
            "kind": ["article", "comment"],
            "text": ["die Katze und der Hund", "die Katze schläft"],
            "lang": ["de"] * 2,
        }
    )
    words = analysis.distinctive_words(t)
    assert set(words["word"]) == {"katze", "hund", "schläft"}  # die, der, und dropped
    row = words.filter(pl.col("word") == "schläft").row(0, named=True)
    y_a, y_b, n_a, n_b = 1, 0, 2, 2
    alpha, alpha0 = y_a + y_b, n_a + n_b
    delta = math.log((y_a + alpha) / (n_a + alpha0 - y_a - alpha)) - math.log(
        (y_b + alpha) / (n_b + alpha0 - y_b - alpha)
    )
    assert row["z"] == pytest.approx(delta / math.sqrt(1 / (y_a + alpha) + 1 / (y_b + alpha)))


def test_tokenize_is_unicode_aware_and_drops_numbers():
    assert analysis.tokenize("Mali’s 2,000 Über-alles café ÉCOLE") == [
        "mali",
        "über-alles",
        "café",
        "école",
    ]


def test_thread_and_page_stats_by_hand():
    scored = _units(
        [
            ("p", "p/a1", "article", None, None, 0.0, ""),
            ("p", "p/c1", "comment", None, 0, 0.2, ""),
            ("p", "p/c2", "comment", "p/c1", 1, 0.4, ""),
            ("p", "p/c3", "comment", "p/c2", 2, 0.6, ""),
            ("p", "p/c4", "comment", None, 0, 0.0, ""),
        ]
    ).with_columns(
        author=pl.Series(["x", "Ann", "Bob", "Ann", "Cy"]),
        is_post_author=pl.Series([None, False, True, False, False]),
    )
    threads = analysis.thread_stats(scored, "toxicity")
    assert threads.select(
        "thread_id", "n_comments", "depth", "participants", "post_author_replies", "share"
    ).rows() == [("p/c1", 3, 2, 2, 1, 0.75), ("p/c4", 1, 0, 1, 0, 0.25)]
    assert threads["divergence"].to_list() == pytest.approx([0.4, 0.0])
    page = analysis.page_stats(scored).row(0, named=True)
    assert (page["n_threads"], page["max_depth"], page["participants"]) == (2, 2, 3)
    assert page["reply_share"] == pytest.approx(0.5)
    assert page["largest_thread_share"] == pytest.approx(0.75)


def test_thread_roots_of_a_10000_level_chain():
    n = 10_000
    comments = pl.DataFrame(
        {
            "unit_id": [f"c{i}" for i in range(n)],
            "parent_id": [None] + [f"c{i}" for i in range(n - 1)],
        }
    )
    roots = analysis.thread_roots(comments)
    assert roots["thread_id"].unique().to_list() == ["c0"]


def test_completeness_language_summary_and_pingback_sites():
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
    assert table["ratio"].to_list() == pytest.approx([4 / 6, None], nan_ok=True)
    units = pl.DataFrame(
        {
            "page_id": ["p", "p", "q"],
            "unit_id": ["p/b1", "p/b2", "q/b1"],
            "kind": ["pingback", "trackback", "pingback"],
            "author": ["a.net", None, "a.net"],
            "lang": ["en", "de", None],
        }
    )
    assert analysis.pingback_sites(units).rows() == [("a.net", 2, 2), ("(unknown site)", 1, 1)]
    scores = pl.DataFrame(
        {
            "unit_id": ["p/b1", "p/b2", "q/b1"],
            "not_scored": [None, "vader (lang de; scores en)", None],
        }
    )
    languages = analysis.language_summary(units, scores)
    assert languages.select("lang", "n_units", "not_scored").rows() == [
        ("de", 1, 1),
        ("en", 1, 0),
        ("unknown", 1, 0),
    ]


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
    assert (rows["p"]["n_threads"], rows["p"]["participants"]) == (1, 2)
    assert rows["bad"]["discussion"] == "error" and rows["bad"]["toxicity_divergence"] is None
