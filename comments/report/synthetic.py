"""A synthetic corpus of any size, already parsed and scored, for testing and timing figures.

:func:`synthetic_tables` returns ``pages``, ``units`` and ``scores`` tables (the schemas of
:mod:`comments.tables`) shaped like a crawl of news and blog pages: half the pages without
comments, heavy-tailed discussion sizes, reply trees, post authors who answer, several
languages, pingbacks from a few busy sites, declared counts that the parser partly
recovered, dates, a 2% parse-failure rate — and a planted effect: comments are
:data:`COMMENT_SHIFT` lower (VADER compound) than their own page's article. It is built
with array operations (100,000 pages in seconds); nothing in it is real text.

    >>> pages, units, scores = synthetic_tables(40, seed=1)
    >>> pages.height, units["unit_id"].n_unique() == units.height == scores.height
    (40, True)
"""

from __future__ import annotations

from datetime import UTC, datetime

import numpy as np
import polars as pl

from ..tables import PAGES_SCHEMA, SCORES_SCHEMA, UNITS_SCHEMA

__all__ = ["COMMENT_SHIFT", "synthetic_tables"]

#: How much lower (VADER compound) comments are than their own page's article.
COMMENT_SHIFT = -0.15
_LANGS = np.array(["en"] * 16 + ["de", "de", "fr", "es"])
_TOPICS = [
    "budget",
    "council",
    "bridge",
    "school",
    "river",
    "election",
    "policy",
    "climate",
    "housing",
    "transport",
]
_ARTICLE_WORDS = [
    "report",
    "said",
    "officials",
    "plan",
    "year",
    "city",
    "according",
    "million",
    "data",
    "minister",
]
_COMMENT_WORDS = [
    "thanks",
    "agree",
    "wrong",
    "nonsense",
    "great",
    "idiot",
    "lol",
    "really",
    "think",
    "people",
]
_SITES = np.array([f"blog{i}.example" for i in range(60)])
_START = datetime(2020, 1, 1, tzinfo=UTC)
_US_PER_HOUR = 3_600_000_000
_P_ERROR, _P_QUIET, _P_REPLY, _P_DATED = 0.02, 0.5, 0.45, 0.7
_WORDS_PER_TEXT = 6


def synthetic_tables(
    n_pages: int, seed: int = 0
) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """``(pages, units, scores)`` of ``n_pages`` synthetic pages (deterministic per seed)."""
    rng = np.random.default_rng(seed)
    pages = _pages(n_pages, rng)
    article = _article_units(pages, rng)
    comments = _comment_units(pages, rng)
    pingbacks = _pingback_units(pages, rng)
    units = pl.concat([article, comments, pingbacks], how="diagonal_relaxed")
    units = units.sort("page_id", "_order", maintain_order=True).with_columns(
        position=pl.int_range(pl.len()).over("page_id").cast(pl.Int64)
    )
    scores = units.select(
        "unit_id",
        sentiment_compound=pl.col("_score"),
        toxicity=pl.col("_tox"),
        toxicity_model=pl.lit("synthetic"),
    )
    scores = scores.select(
        pl.col(c) if c in scores.columns else pl.lit(None, d).alias(c)
        for c, d in SCORES_SCHEMA.items()
    )
    return _pages_table(pages, units), _conform(units, UNITS_SCHEMA), scores


def _pages(n: int, rng: np.random.Generator) -> pl.DataFrame:
    ok = rng.random(n) >= _P_ERROR
    talk = ok & (rng.random(n) >= _P_QUIET)
    n_comments = np.where(talk, np.minimum(rng.lognormal(2.0, 1.2, n), 800).astype(int), 0)
    n_pingbacks = np.where(ok & (rng.random(n) < 0.1), rng.integers(1, 6, n), 0)
    dated = rng.random(n) < _P_DATED
    start = int(_START.timestamp()) * 1_000_000
    published = (start + rng.uniform(0, 900 * 24, n) * _US_PER_HOUR).astype("int64")
    return pl.DataFrame(
        {
            "page_id": [f"p{i:06d}" for i in range(n)],
            "ok": ok,
            "lang": _LANGS[rng.integers(len(_LANGS), size=n)],
            "mood": rng.normal(0.0, 0.25, n),
            "n_paragraphs": np.where(ok, rng.integers(3, 25, n), 0),
            "n_comments": n_comments,
            "n_pingbacks": n_pingbacks,
            "published_us": np.where(dated & ok, published, -1),
            "author_known": rng.random(n) < 0.5,
            "declares": rng.random(n) < 0.6,
            "extra": rng.integers(0, 1 << 30, n),
        }
    )


def _repeat(pages: pl.DataFrame, count: str) -> pl.DataFrame:
    """One row per unit: the page's columns repeated ``count`` times, with ``i`` 0, 1, …"""
    repeated = pages.filter(pl.col(count) > 0).select(pl.all().repeat_by(pl.col(count)))
    rows = repeated.explode(repeated.columns)
    return rows.with_columns(i=pl.int_range(pl.len()).over("page_id"))


def _texts(rng: np.random.Generator, vocab: list[str], n: int, first: pl.Series) -> pl.Series:
    words = np.array(vocab)[rng.integers(len(vocab), size=(n, _WORDS_PER_TEXT))]
    columns = [first, *(pl.Series(words[:, j]) for j in range(_WORDS_PER_TEXT))]
    return pl.DataFrame(columns).select(pl.concat_str(pl.all(), separator=" "))[:, 0]


def _article_units(pages: pl.DataFrame, rng: np.random.Generator) -> pl.DataFrame:
    rows = _repeat(pages, "n_paragraphs")
    n = rows.height
    topics = pl.Series(np.array(_TOPICS)[rows["extra"].to_numpy() % len(_TOPICS)])
    return rows.select(
        "page_id",
        "lang",
        unit_id=pl.col("page_id") + "/a" + (pl.col("i") + 1).cast(pl.String),
        kind=pl.lit("article"),
        text=_texts(rng, _ARTICLE_WORDS, n, topics),
        _score=pl.Series(np.clip(rows["mood"].to_numpy() + rng.normal(0, 0.3, n), -1, 1)),
        _tox=pl.Series(rng.beta(1, 40, n)),
        _order=pl.col("i"),
    )


def _comment_units(pages: pl.DataFrame, rng: np.random.Generator) -> pl.DataFrame:
    rows = _repeat(pages, "n_comments")
    n = rows.height
    i = rows["i"].to_numpy()
    start = np.arange(n) - i  # row of each page's first comment
    reply = (i > 0) & (rng.random(n) < _P_REPLY)
    parent = np.where(reply, start + (rng.random(n) * np.maximum(i, 1)).astype(int), -1)
    depth = _depths(parent)
    by_author = rows["author_known"].to_numpy() & reply & (rng.random(n) < 0.2)
    posted = rows["published_us"].to_numpy()
    posted = np.where(posted >= 0, posted + (rng.exponential(30, n) * _US_PER_HOUR), -1)
    local = pl.Series(i + 1).cast(pl.String)
    parent_local = pl.Series(parent - start + 1).cast(pl.String)
    readers = pl.Series(rng.random(n) * np.maximum(rows["n_comments"].to_numpy() // 2, 1))
    return rows.select(
        "page_id",
        "lang",
        unit_id=pl.col("page_id") + "/c" + local,
        kind=pl.lit("comment"),
        parent_id=pl.when(pl.Series(reply)).then(pl.col("page_id") + "/c" + parent_local),
        depth=pl.Series(depth),
        author=pl.when(pl.Series(by_author))
        .then(pl.lit("Post Author"))
        .otherwise(pl.lit("reader") + readers.cast(pl.Int64).cast(pl.String)),
        is_post_author=pl.when(pl.col("author_known")).then(pl.Series(by_author)),
        posted_at=pl.when(pl.Series(posted >= 0)).then(
            pl.Series(posted.astype("int64")).cast(pl.Datetime("us", "UTC"))
        ),
        text=_texts(rng, _COMMENT_WORDS, n, pl.Series(np.where(by_author, "thanks", "people"))),
        _score=pl.Series(
            np.clip(rows["mood"].to_numpy() + COMMENT_SHIFT + rng.normal(0, 0.45, n), -1, 1)
        ),
        _tox=pl.Series(rng.beta(1.2, 7, n)),
        _order=pl.col("i") + 10_000,
    )


def _depths(parent: np.ndarray) -> np.ndarray:
    """Reply depth from parent rows (-1: top level); parents come before their replies."""
    depth = np.zeros(parent.size, dtype=np.int64)
    has = parent >= 0
    while True:
        new = np.where(has, depth[np.where(has, parent, 0)] + 1, 0)
        if np.array_equal(new, depth):
            return depth
        depth = new


def _pingback_units(pages: pl.DataFrame, rng: np.random.Generator) -> pl.DataFrame:
    rows = _repeat(pages, "n_pingbacks")
    n = rows.height
    sites = _SITES[np.minimum(rng.zipf(1.6, size=n), len(_SITES)) - 1]
    return rows.select(
        "page_id",
        unit_id=pl.col("page_id") + "/b" + (pl.col("i") + 1).cast(pl.String),
        kind=pl.lit("pingback"),
        author=pl.Series(sites, dtype=pl.String),
        lang=pl.lit("en"),
        text=pl.lit("Linked post"),
        _score=pl.lit(None, pl.Float64),
        _tox=pl.lit(None, pl.Float64),
        _order=pl.col("i") + 1_000_000,
    )


def _pages_table(pages: pl.DataFrame, units: pl.DataFrame) -> pl.DataFrame:
    depth = units.group_by("page_id").agg(max_depth=pl.col("depth").max())
    found = pl.col("n_comments") + pl.col("n_pingbacks")
    declared = pl.when(pl.col("declares") & (found > 0)).then(
        found + pl.col("extra") % (found // 3 + 2)
    )
    published = pl.when(pl.col("published_us") >= 0).then(
        pl.col("published_us").cast(pl.Datetime("us", "UTC"))
    )
    table = pages.join(depth, on="page_id", how="left").with_columns(
        source=pl.lit("https://news.example/") + pl.col("page_id"),
        title=pl.when(pl.col("ok")).then(pl.lit("Synthetic page ") + pl.col("page_id")),
        status=pl.when(pl.col("ok")).then(pl.lit("ok")).otherwise(pl.lit("error")),
        error=pl.when(~pl.col("ok")).then(pl.col("page_id") + ".txt: binary data"),
        declared_comments=declared.cast(pl.Int64),
        published_at=published,
        published_date=published.dt.date(),
        lang=pl.when(pl.col("ok")).then(pl.col("lang")),
    )
    table = table.with_columns(
        parse_quality=pl.when(pl.col("ok")).then(
            (found / pl.col("declared_comments")).fill_null(1.0)
        )
    )
    return _conform(table, PAGES_SCHEMA)


def _conform(frame: pl.DataFrame, schema: dict) -> pl.DataFrame:
    return frame.select(
        pl.col(c).cast(d) if c in frame.columns else pl.lit(None, d).alias(c)
        for c, d in schema.items()
    )
