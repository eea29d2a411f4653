"""Article-vs-discussion comparisons as polars tables (the numbers behind the figures).

Every function takes the ``pages`` / ``units`` / ``scores`` tables of
:mod:`comments.tables` (or their join, :func:`scored_units`) and returns a polars
DataFrame; nothing here plots or writes files. Comparisons are **within pages**: each
page's comments against that page's own article, pooled over the pages that have both
(pages as the unit, :mod:`.clustered`), so a corpus where some pages have long
discussions and others none compares like with like. ``n`` is on every row, and no
interval is given below :data:`MIN_N` texts or pages. By default replies by the post
author (``is_post_author``) are left out of the *reader* side (``readers_only``).

Thread and page statistics are in :mod:`.threads`, distinctive words in :mod:`.words`;
both are re-exported here.

    >>> import polars as pl
    >>> units = pl.DataFrame({"page_id": ["p"] * 3, "unit_id": ["p/a1", "p/c1", "p/c2"],
    ...                       "kind": ["article", "comment", "comment"]})
    >>> scores = pl.DataFrame({"unit_id": ["p/a1", "p/c1", "p/c2"],
    ...                        "sentiment_compound": [0.5, -0.5, 0.0]})
    >>> divergence(scored_units(units, scores), "sentiment_compound")["diff"].to_list()
    [-0.75]
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

import numpy as np
import polars as pl

from .clustered import (
    MIN_N,
    cluster_interval,
    cluster_mean,
    cluster_sums,
    page_mean_from_sums,
    t_quantile,
)
from .threads import (
    chosen_threads,
    page_stats,
    thread_candidates,
    thread_layout,
    thread_roots,
    thread_stats,
)
from .words import distinctive_words, log_odds, tokenize

__all__ = [
    "ARTICLE",
    "DISCUSSION",
    "MIN_N",
    "NOT_SCORED",
    "NO_ARTICLE",
    "NO_DISCUSSION",
    "PAGE_ERROR",
    "RATIO_BINS",
    "TIME_BINS",
    "attribute_comparison",
    "attribute_sums",
    "centred_comments",
    "chosen_pages",
    "chosen_threads",
    "completeness",
    "declared_pages",
    "depth_from_sums",
    "depth_profile",
    "depth_sums",
    "distinctive_words",
    "divergence",
    "divergence_sums",
    "group_summary",
    "language_summary",
    "log_odds",
    "page_stats",
    "page_summary",
    "pingback_sites",
    "pooled_divergence",
    "pooled_from_sums",
    "ratio_bins",
    "reply_deltas",
    "reply_summary",
    "reply_sums",
    "scored_units",
    "thread_candidates",
    "thread_layout",
    "thread_roots",
    "thread_stats",
    "time_from_sums",
    "time_profile",
    "time_sums",
    "tokenize",
    "top_pages",
]

#: The two sides every comparison sets against each other: ``units.kind`` values.
ARTICLE = "article"
DISCUSSION = "comment"
PINGBACK_KINDS = ("pingback", "trackback")
#: What a page that cannot be compared shows instead of a number (never 0).
NO_DISCUSSION = "no discussion"
NO_ARTICLE = "no article text"
NOT_SCORED = "comments not scored"  # e.g. a language the model was not made for
PAGE_ERROR = "page not parsed"
#: Columns of the enriched tables that older run folders may lack (read as nulls).
_OPTIONAL = {
    "lang": pl.String(),
    "posted_at": pl.Datetime("us", "UTC"),
    "is_post_author": pl.Boolean(),
    "not_scored": pl.String(),
}
#: Time since publication: bin label -> its upper bound in hours (the last is open).
TIME_BINS: dict[str, float] = {
    "< 1 h": 1,
    "1–6 h": 6,
    "6–24 h": 24,
    "1–3 d": 72,
    "3–7 d": 168,
    "1–4 wk": 672,
    "≥ 4 wk": math.inf,
}


def scored_units(units: pl.DataFrame, scores: pl.DataFrame) -> pl.DataFrame:
    """Units with their score columns attached (left join: unscored units keep nulls).

    Columns that older tables lack (``lang``, ``posted_at``, ``is_post_author``,
    ``not_scored``) are added as nulls.

    >>> import polars as pl
    >>> u = pl.DataFrame({"unit_id": ["x", "y"], "kind": ["article", "comment"]})
    >>> s = pl.DataFrame({"unit_id": ["x"], "toxicity": [0.1]})
    >>> scored_units(u, s)["toxicity"].to_list()
    [0.1, None]
    """
    extra = [c for c in scores.columns if c == "unit_id" or c not in units.columns]
    joined = units.join(scores.select(extra), on="unit_id", how="left")
    missing = [pl.lit(None, d).alias(c) for c, d in _OPTIONAL.items() if c not in joined.columns]
    return joined.with_columns(missing) if missing else joined


def _readers(scored: pl.DataFrame, readers_only: bool) -> pl.DataFrame:
    """``scored`` without the post author's comments when ``readers_only``."""
    if not readers_only or "is_post_author" not in scored.columns:
        return scored
    return scored.filter(
        ~((pl.col("kind") == DISCUSSION) & pl.col("is_post_author").fill_null(False))
    )


def group_summary(scored: pl.DataFrame, metric: str, *, by_page: bool = False) -> pl.DataFrame:
    """n, mean and a cluster-robust 95% interval of ``metric`` for article vs comments.

    One row per ``kind`` pooled over the corpus (pages as clusters), or per page and kind
    with ``by_page=True`` (no interval: one page is one cluster).

    >>> import polars as pl
    >>> t = pl.DataFrame({"page_id": ["p", "p", "q"], "kind": ["comment"] * 3,
    ...                   "toxicity": [0.2, 0.4, 0.9]})
    >>> group_summary(t, "toxicity", by_page=True)["n"].to_list()
    [2, 1]
    """
    data = scored.filter(pl.col("kind").is_in([ARTICLE, DISCUSSION]))
    keys = ["page_id", "kind"] if by_page else ["kind"]
    if by_page:
        table = (
            data.filter(pl.col(metric).is_not_null())
            .group_by(keys)
            .agg(n=pl.len().cast(pl.Int64), mean=pl.col(metric).mean())
            .with_columns(n_pages=pl.lit(1, pl.Int64), ci_low=None, ci_high=None)
        )
    else:
        table = cluster_mean(data, metric, by="kind")
    order = [*keys[:-1], pl.col("kind") != ARTICLE]
    return table.select(
        *keys,
        metric=pl.lit(metric),
        n=pl.col("n"),
        n_pages=pl.col("n_pages"),
        mean=pl.col("mean"),
        ci_low=pl.col("ci_low").cast(pl.Float64),
        ci_high=pl.col("ci_high").cast(pl.Float64),
    ).sort(order)


def divergence(
    scored: pl.DataFrame,
    metric: str,
    *,
    pages: Iterable[str] | None = None,
    errors: Iterable[str] = (),
    readers_only: bool = True,
) -> pl.DataFrame:
    """Per page: mean of comments minus mean of the same page's article paragraphs.

    ``status`` is ``"ok"``, ``NO_DISCUSSION`` (no comment: ``diff`` is null, never 0),
    ``NOT_SCORED`` (comments, none scored: their language), ``NO_ARTICLE`` or
    ``PAGE_ERROR`` (page ids in ``errors``). ``pages`` lists page ids
    to report even without units (error pages); by default the pages in ``scored``. The
    interval is Welch's (normal approximation), only where both sides have at least
    :data:`MIN_N` texts.

    >>> import polars as pl
    >>> t = pl.DataFrame({"page_id": ["p", "p", "q"], "kind": ["article", "comment", "article"],
    ...                   "toxicity": [0.1, 0.7, 0.2]})
    >>> divergence(t, "toxicity").select("page_id", "diff", "status").rows()
    [('p', 0.6, 'ok'), ('q', None, 'no discussion')]
    """
    data = _readers(scored, readers_only).filter(pl.col("kind").is_in([ARTICLE, DISCUSSION]))
    sides = data.group_by("page_id").agg(
        *_side_stats(metric, ARTICLE, "article"),
        *_side_stats(metric, DISCUSSION, "comment"),
        unscored=(pl.col(metric).is_null() & (pl.col("kind") == DISCUSSION)).sum(),
    )
    ids = list(pages) if pages is not None else scored["page_id"].unique(maintain_order=True)
    frame = pl.DataFrame({"page_id": pl.Series(ids, dtype=pl.String)}).join(
        sides, on="page_id", how="left"
    )
    return _with_status(frame, metric, set(errors))


def _side_stats(metric: str, kind: str, name: str) -> list[pl.Expr]:
    values = pl.col(metric).filter((pl.col("kind") == kind) & pl.col(metric).is_not_null())
    return [
        values.len().cast(pl.Int64).alias(f"n_{name}"),
        values.mean().alias(f"{name}_mean"),
        values.var(ddof=1).alias(f"{name}_var"),
    ]


def _with_status(frame: pl.DataFrame, metric: str, failed: set[str]) -> pl.DataFrame:
    n_a, n_c = pl.col("n_article").fill_null(0), pl.col("n_comment").fill_null(0)
    status = (
        pl.when(pl.col("page_id").is_in(list(failed)))
        .then(pl.lit(PAGE_ERROR))
        .when((n_c == 0) & (pl.col("unscored").fill_null(0) > 0))
        .then(pl.lit(NOT_SCORED))
        .when(n_c == 0)
        .then(pl.lit(NO_DISCUSSION))
        .when(n_a == 0)
        .then(pl.lit(NO_ARTICLE))
        .otherwise(pl.lit("ok"))
    )
    diff = pl.col("comment_mean") - pl.col("article_mean")
    half = (
        1.959963984540054
        * (
            pl.col("article_var") / pl.col("n_article")
            + pl.col("comment_var") / pl.col("n_comment")
        ).sqrt()
    )
    interval = (pl.col("status") == "ok") & (n_a >= MIN_N) & (n_c >= MIN_N)
    out = frame.with_columns(status=status).with_columns(
        diff=pl.when(pl.col("status") == "ok").then(diff),
        ci_low=pl.when(interval).then(diff - half),
        ci_high=pl.when(interval).then(diff + half),
    )
    return out.select(
        "page_id",
        metric=pl.lit(metric),
        n_article=n_a.cast(pl.Int64),
        n_comments=n_c.cast(pl.Int64),
        article_mean=pl.col("article_mean"),
        comment_mean=pl.col("comment_mean"),
        diff=pl.col("diff"),
        ci_low=pl.col("ci_low"),
        ci_high=pl.col("ci_high"),
        status=pl.col("status"),
    )


def pooled_divergence(divergences: pl.DataFrame) -> pl.DataFrame:
    """The within-page difference pooled over pages: one row per ``metric``.

    ``mean`` is the mean over the ``n_pages`` pages that have both sides of their
    comments-minus-article difference (each page weighs the same); the 95% interval is a t
    interval over pages (from :data:`MIN_N` pages). The other pages are counted:
    ``no_discussion``, ``no_article``, ``not_scored``, ``not_parsed``.

    >>> import polars as pl
    >>> d = pl.DataFrame({"metric": ["m"] * 3, "n_article": [2, 3, 1], "n_comments": [4, 1, 0],
    ...                   "diff": [0.2, 0.4, None], "status": ["ok", "ok", "no discussion"]})
    >>> pooled_divergence(d).select("n_pages", "n", "mean", "ci_low", "no_discussion").rows()
    [(2, 5, 0.30000000000000004, None, 1)]
    """
    return pooled_from_sums(divergence_sums(divergences))


#: Per-page statuses that :func:`pooled_divergence` counts, by its column name.
_LEFT_OUT = {
    "no_discussion": NO_DISCUSSION,
    "no_article": NO_ARTICLE,
    "not_scored": NOT_SCORED,
    "not_parsed": PAGE_ERROR,
}


def divergence_sums(divergences: pl.DataFrame) -> pl.DataFrame:
    """What :func:`pooled_divergence` needs, per ``metric``, as sums that add up over
    tables of disjoint pages: ``n_pages``, ``total`` and ``total_sq`` of the comparable
    pages' differences, their ``n`` comments and ``n_article`` paragraphs, and the pages
    left out by reason. :func:`pooled_from_sums` finishes them."""
    ok = pl.col("status") == "ok"
    valid = ok & pl.col("diff").is_not_null() & pl.col("diff").is_not_nan()
    sums = divergences.group_by("metric", maintain_order=True).agg(
        n_pages=valid.sum().cast(pl.Int64),
        total=pl.col("diff").filter(valid).sum(),
        total_sq=(pl.col("diff") ** 2).filter(valid).sum(),
        n=pl.col("n_comments").filter(ok).sum().cast(pl.Int64),
        n_article=pl.col("n_article").filter(ok).sum().cast(pl.Int64),
        **{name: (pl.col("status") == s).sum().cast(pl.Int64) for name, s in _LEFT_OUT.items()},
    )
    return sums.cast(_SUMS_SCHEMA.schema)


_SUMS_SCHEMA = pl.DataFrame(
    schema={
        "metric": pl.String(),
        "n_pages": pl.Int64(),
        "total": pl.Float64(),
        "total_sq": pl.Float64(),
        "n": pl.Int64(),
        "n_article": pl.Int64(),
        **dict.fromkeys(_LEFT_OUT, pl.Int64()),
    }
)


def pooled_from_sums(sums: pl.DataFrame) -> pl.DataFrame:
    """:func:`pooled_divergence` from :func:`divergence_sums`, rows in the same order."""
    rows = [
        {
            "metric": row["metric"],
            **page_mean_from_sums(row["n_pages"], row["total"], row["total_sq"], row["n"]),
            "n_article": row["n_article"],
            **{name: row[name] for name in _LEFT_OUT},
        }
        for row in sums.iter_rows(named=True)
    ]
    return pl.DataFrame(rows, schema=_POOLED_SCHEMA, orient="row")


_POOLED_SCHEMA = {
    "metric": pl.String(),
    "n": pl.Int64(),
    "n_pages": pl.Int64(),
    "mean": pl.Float64(),
    "ci_low": pl.Float64(),
    "ci_high": pl.Float64(),
    "n_article": pl.Int64(),
    "no_discussion": pl.Int64(),
    "no_article": pl.Int64(),
    "not_scored": pl.Int64(),
    "not_parsed": pl.Int64(),
}


def chosen_pages(
    divergences: pl.DataFrame, limit: int, *, comparable: int | None = None
) -> tuple[pl.DataFrame, str]:
    """The pages a per-page figure shows, and the sentence that says how they were chosen:
    every comparable page when there are at most ``limit``, else the ``limit`` with the
    most comments. Rows come sorted by ``diff``. ``comparable`` counts the comparable
    pages of the corpus when ``divergences`` holds only candidates (:func:`top_pages`).

    >>> import polars as pl
    >>> d = pl.DataFrame({"page_id": ["a", "b", "c"], "n_comments": [5, 50, 9],
    ...                   "diff": [0.1, -0.2, 0.3], "status": ["ok"] * 3})
    >>> table, how = chosen_pages(d, 2)
    >>> table["page_id"].to_list(), how
    (['b', 'c'], 'the 2 of 3 pages with the most scored comments')
    """
    ok = divergences.filter(pl.col("status") == "ok")
    total = ok.height if comparable is None else comparable
    if total <= limit:
        how = f"all {total} pages with both an article and comments scored"
        return ok.sort("diff", "page_id"), how
    top = _most_comments(ok, limit).sort("diff", "page_id")
    return top, f"the {limit} of {total:,} pages with the most scored comments"


def top_pages(divergences: pl.DataFrame, metric: str, limit: int) -> pl.DataFrame:
    """The rows (of every metric) of the ``limit`` comparable pages with the most scored
    comments on ``metric``: what :func:`chosen_pages` chooses from. The candidates of a
    table are the candidates of the union of its parts' candidates, so a corpus can be
    read in batches."""
    ok = divergences.filter((pl.col("metric") == metric) & (pl.col("status") == "ok"))
    chosen = _most_comments(ok, limit)["page_id"].implode()
    return divergences.filter(pl.col("page_id").is_in(chosen))


def _most_comments(ok: pl.DataFrame, limit: int) -> pl.DataFrame:
    return ok.sort(["n_comments", "page_id"], descending=[True, False]).head(limit)


def centred_comments(
    scored: pl.DataFrame, metric: str, *, readers_only: bool = False
) -> pl.DataFrame:
    """Comments with ``centred`` = their ``metric`` minus their own page's article mean
    (pages without scored article text are left out).

    >>> import polars as pl
    >>> t = pl.DataFrame({"page_id": ["p", "p", "q"], "kind": ["article", "comment", "comment"],
    ...                   "unit_id": ["a", "c", "d"], "toxicity": [0.1, 0.5, 0.9]})
    >>> centred_comments(t, "toxicity")["centred"].to_list()
    [0.4]
    """
    means = (
        scored.filter((pl.col("kind") == ARTICLE) & pl.col(metric).is_not_null())
        .group_by("page_id")
        .agg(article_mean=pl.col(metric).mean())
    )
    comments = _readers(scored, readers_only).filter(
        (pl.col("kind") == DISCUSSION) & pl.col(metric).is_not_null()
    )
    return comments.join(means, on="page_id").with_columns(
        centred=pl.col(metric) - pl.col("article_mean")
    )


def depth_profile(scored: pl.DataFrame, metric: str, *, readers_only: bool = True) -> pl.DataFrame:
    """Per reply depth: comments' ``metric`` minus their own page's article mean.

    ``mean`` is pooled over pages with a cluster-robust interval (:func:`.cluster_mean`);
    ``n_post_author`` counts the post author's replies at that depth, left out of the
    mean when ``readers_only``.

    >>> import polars as pl
    >>> t = pl.DataFrame({"page_id": ["p"] * 4, "unit_id": list("abcd"),
    ...     "kind": ["article", "comment", "comment", "comment"], "depth": [None, 0, 1, 1],
    ...     "is_post_author": [None, False, True, False], "toxicity": [0.1, 0.2, 0.3, 0.5]})
    >>> depth_profile(t, "toxicity").select("depth", "n", "mean", "n_post_author").rows()
    [(0, 1, 0.1, 0), (1, 1, 0.4, 1)]
    """
    return depth_from_sums(depth_sums(scored, metric, readers_only=readers_only), metric)


def depth_sums(scored: pl.DataFrame, metric: str, *, readers_only: bool = True) -> pl.DataFrame:
    """:func:`depth_profile` as sums that add up over tables of disjoint pages: per depth,
    :func:`.cluster_sums` of the centred readers' comments and ``n_post_author``."""
    every = centred_comments(scored, metric)
    authors = every.group_by("depth").agg(
        n_post_author=pl.col("is_post_author").fill_null(False).sum().cast(pl.Int64)
    )
    readers = cluster_sums(_readers(every, readers_only), "centred", by="depth")
    sums = authors.join(readers, on="depth", how="left")
    return sums.with_columns(pl.exclude("depth", "n_post_author").fill_null(0))


def depth_from_sums(sums: pl.DataFrame, metric: str) -> pl.DataFrame:
    """:func:`depth_profile` from :func:`depth_sums`."""
    readers = cluster_interval(sums.filter(pl.col("n") > 0).drop("n_post_author"), by="depth")
    profile = readers.join(
        sums.select("depth", "n_post_author"), on="depth", how="full", coalesce=True
    )
    return profile.with_columns(
        metric=pl.lit(metric), n=pl.col("n").fill_null(0), n_pages=pl.col("n_pages").fill_null(0)
    ).sort("depth")


def reply_deltas(scored: pl.DataFrame, metric: str) -> pl.DataFrame:
    """Each reply against the comment it answers: ``delta`` = reply minus parent.

    ``score`` / ``parent_score`` are also given centred on the page's article mean
    (``score_centred``, ``parent_centred``; null on pages without article text), and
    ``is_post_author`` marks replies by the post author.

    >>> import polars as pl
    >>> t = pl.DataFrame({"page_id": ["p", "p"], "unit_id": ["c1", "c2"], "kind": ["comment"] * 2,
    ...                   "parent_id": [None, "c1"], "depth": [0, 1], "toxicity": [0.2, 0.5]})
    >>> reply_deltas(t, "toxicity").select("unit_id", "delta").rows()
    [('c2', 0.3)]
    """
    comments = scored_units(scored, pl.DataFrame({"unit_id": []}, schema={"unit_id": pl.String}))
    comments = comments.filter(pl.col("kind") == DISCUSSION)
    means = (
        scored.filter((pl.col("kind") == ARTICLE) & pl.col(metric).is_not_null())
        .group_by("page_id")
        .agg(article_mean=pl.col(metric).mean())
    )
    parents = comments.select(
        pl.col("unit_id").alias("parent_id"), pl.col(metric).alias("parent_score")
    )
    pairs = (
        comments.filter(pl.col("parent_id").is_not_null())
        .select(
            "page_id",
            "unit_id",
            "parent_id",
            "depth",
            "is_post_author",
            pl.col(metric).alias("score"),
        )
        .join(parents, on="parent_id", how="inner")
        .filter(pl.col("score").is_not_null() & pl.col("parent_score").is_not_null())
        .join(means, on="page_id", how="left")
    )
    return pairs.with_columns(
        metric=pl.lit(metric),
        delta=(pl.col("score") - pl.col("parent_score")).round(12),
        score_centred=pl.col("score") - pl.col("article_mean"),
        parent_centred=pl.col("parent_score") - pl.col("article_mean"),
    ).drop("article_mean")


def reply_summary(deltas: pl.DataFrame) -> pl.DataFrame:
    """Mean change from parent to reply (:func:`reply_deltas`), for readers' replies and the
    post author's apart (``is_post_author``), pooled over pages with a cluster-robust interval.

    >>> import polars as pl
    >>> d = pl.DataFrame({"page_id": ["p", "p", "q"], "delta": [0.2, 0.4, -0.3],
    ...                   "is_post_author": [None, False, True]})
    >>> reply_summary(d).select("is_post_author", "n", "mean").rows()
    [(False, 2, 0.30000000000000004), (True, 1, -0.3)]
    """
    return cluster_interval(reply_sums(deltas), by="is_post_author")


def reply_sums(deltas: pl.DataFrame) -> pl.DataFrame:
    """:func:`reply_summary` as :func:`.cluster_sums` (they add up over disjoint pages)."""
    authors = deltas.with_columns(pl.col("is_post_author").fill_null(False))
    return cluster_sums(authors, "delta", by="is_post_author")


def time_profile(scored: pl.DataFrame, pages: pl.DataFrame, metric: str) -> pl.DataFrame:
    """Comments' ``metric`` (centred on their page's article mean) by time since the
    article was published (:data:`TIME_BINS`), pooled over pages with a cluster-robust
    interval. Comments without ``posted_at``, on pages without ``published_at``, or dated
    before publication are left out.

    >>> import polars as pl
    >>> from datetime import datetime, timezone
    >>> at = lambda h: datetime(2020, 1, 1, h, tzinfo=timezone.utc)
    >>> t = pl.DataFrame({"page_id": ["p"] * 3, "unit_id": list("abc"),
    ...     "kind": ["article", "comment", "comment"], "toxicity": [0.25, 0.5, 0.75],
    ...     "posted_at": [None, at(0), at(9)]})
    >>> p = pl.DataFrame({"page_id": ["p"], "published_at": [at(0)]})
    >>> time_profile(t, p, "toxicity").select("bin", "n", "mean").rows()
    [('< 1 h', 1, 0.25), ('6–24 h', 1, 0.5)]
    """
    return time_from_sums(time_sums(scored, pages, metric), metric)


def time_sums(scored: pl.DataFrame, pages: pl.DataFrame, metric: str) -> pl.DataFrame:
    """:func:`time_profile` as :func:`.cluster_sums` per time bin (they add up over
    tables of disjoint pages)."""
    dated = _with_hours(centred_comments(scored, metric, readers_only=True), pages)
    binned = dated.filter(pl.col("hours") >= 0).with_columns(bin=_time_bin(pl.col("hours")))
    return cluster_sums(binned, "centred", by="bin")


def time_from_sums(sums: pl.DataFrame, metric: str) -> pl.DataFrame:
    """:func:`time_profile` from :func:`time_sums`: bins in time order."""
    labels = list(TIME_BINS)
    order = pl.col("bin").replace_strict(labels, list(range(len(labels))), return_dtype=pl.Int64)
    table = cluster_interval(sums, by="bin")
    return table.with_columns(metric=pl.lit(metric)).sort(order)


def _time_bin(hours: pl.Expr) -> pl.Expr:
    """The :data:`TIME_BINS` label of ``hours`` (bins closed on the left)."""
    (label, _), *rest = reversed(TIME_BINS.items())
    expr = pl.lit(label)
    for name, upper in rest:
        expr = pl.when(hours < upper).then(pl.lit(name)).otherwise(expr)
    return expr


def _with_hours(comments: pl.DataFrame, pages: pl.DataFrame) -> pl.DataFrame:
    """``hours``: from the page's publication to the comment (null where either is unknown)."""
    published = (
        pages.select("page_id", "published_at")
        if "published_at" in pages.columns
        else (pages.select("page_id", published_at=pl.lit(None, pl.Datetime("us", "UTC"))))
    )
    joined = comments.join(published, on="page_id", how="left")
    gap = (pl.col("posted_at") - pl.col("published_at")).dt.total_seconds() / 3600.0
    return joined.with_columns(hours=gap).filter(pl.col("hours").is_not_null())


def attribute_comparison(scored: pl.DataFrame, labels: Sequence[str]) -> pl.DataFrame:
    """Per toxicity label that was scored: the within-page difference pooled over pages
    (:func:`pooled_divergence` of :func:`divergence`). Absent or all-null labels are skipped.

    >>> import polars as pl
    >>> t = pl.DataFrame({"page_id": ["p", "p"], "kind": ["article", "comment"],
    ...                   "insult": [0.0, 0.5], "threat": [None, None]})
    >>> attribute_comparison(t, ["insult", "threat"]).select("metric", "mean").rows()
    [('insult', 0.5)]
    """
    present = [
        label
        for label in labels
        if label in scored.columns and scored[label].null_count() < scored.height
    ]
    return pooled_from_sums(attribute_sums(scored, present))


def attribute_sums(scored: pl.DataFrame, labels: Sequence[str]) -> pl.DataFrame:
    """:func:`divergence_sums` of each of ``labels`` in ``scored``, over the pages that
    have units (what :func:`attribute_comparison` pools), one row per label."""
    frames = [
        divergence_sums(divergence(scored, label)) for label in labels if label in scored.columns
    ]
    return pl.concat(frames) if frames else _SUMS_SCHEMA.clear()


def completeness(pages: pl.DataFrame) -> pl.DataFrame:
    """Declared vs recovered discussion entries per page.

    ``recovered`` counts comments plus pingbacks (what a "6 thoughts on …" header
    counts); ``missing`` is declared minus recovered and ``ratio`` recovered over
    declared, both null where the page declares none.

    >>> import polars as pl
    >>> p = pl.DataFrame({"page_id": ["p"], "status": ["ok"], "declared_comments": [6],
    ...                   "n_comments": [1], "n_pingbacks": [3]})
    >>> completeness(p).select("recovered", "missing", "ratio").rows()
    [(4, 2, 0.6666666666666666)]
    """
    return pages.select(
        "page_id",
        "status",
        "declared_comments",
        "n_comments",
        "n_pingbacks",
        recovered=pl.col("n_comments") + pl.col("n_pingbacks"),
    ).with_columns(
        missing=pl.col("declared_comments") - pl.col("recovered"),
        ratio=pl.when(pl.col("declared_comments") > 0).then(
            pl.col("recovered") / pl.col("declared_comments")
        ),
    )


def declared_pages(counts: pl.DataFrame) -> pl.DataFrame:
    """The parsed pages of :func:`completeness` that declare a discussion (what figure 7
    draws).

    >>> import polars as pl
    >>> c = pl.DataFrame({"status": ["ok", "ok", "error"], "declared_comments": [3, None, 2]})
    >>> declared_pages(c).height
    1
    """
    return counts.filter(
        (pl.col("status") == "ok")
        & pl.col("declared_comments").is_not_null()
        & (pl.col("declared_comments") > 0)
    )


#: Shares of a declared discussion recovered, by bin label and upper edge (a bin holds its
#: lower edge; exactly all, and more than declared, have bins of their own).
RATIO_BINS: dict[str, float] = {
    "< 25%": 0.25,
    "25–50%": 0.5,
    "50–75%": 0.75,
    "75–90%": 0.9,
    "90–99%": 1.0 - 1e-9,
    "100%": 1.0 + 1e-9,
    "> 100%": math.inf,
}


def ratio_bins(declared: pl.DataFrame) -> pl.DataFrame:
    """Pages of :func:`declared_pages` by share recovered, one row per :data:`RATIO_BINS`.

    >>> import polars as pl
    >>> ratio_bins(pl.DataFrame({"ratio": [0.1, 1.0, 1.0, 3.0]}))["pages"].to_list()
    [1, 0, 0, 0, 0, 2, 1]
    """
    ratios = np.minimum(declared["ratio"].drop_nulls().to_numpy(), 1e9)
    pages = np.histogram(ratios, bins=[0.0, *RATIO_BINS.values()])[0]
    return pl.DataFrame({"bin": list(RATIO_BINS), "pages": pages.astype(np.int64)})


def pingback_sites(units: pl.DataFrame) -> pl.DataFrame:
    """Who linked in: one row per pingback site (``author`` of pingback units).

    ``n_links`` counts pingbacks/trackbacks, ``n_pages`` the pages they point at; an
    unknown site is reported as ``"(unknown site)"``.

    >>> import polars as pl
    >>> u = pl.DataFrame({"page_id": ["p", "q"], "kind": ["pingback"] * 2,
    ...                   "author": ["blog.net", "blog.net"]})
    >>> pingback_sites(u).rows()
    [('blog.net', 2, 2)]
    """
    links = units.filter(pl.col("kind").is_in(PINGBACK_KINDS))
    return (
        links.with_columns(site=pl.col("author").fill_null("(unknown site)"))
        .group_by("site")
        .agg(
            n_links=pl.len().cast(pl.Int64()), n_pages=pl.col("page_id").n_unique().cast(pl.Int64())
        )
        .sort(["n_links", "site"], descending=[True, False])
    )


def language_summary(units: pl.DataFrame, scores: pl.DataFrame) -> pl.DataFrame:
    """Units per language and kind, and how many of them each score covers.

    Columns: ``lang`` ("unknown" when not identified), ``n_units``, ``n_article``,
    ``n_comments``, ``sentiment_scored``, ``toxicity_scored``, ``not_scored`` (units a
    model skipped because of their language). Most units first.

    >>> import polars as pl
    >>> u = pl.DataFrame({"unit_id": ["a", "b"], "kind": ["article", "comment"],
    ...                   "lang": ["en", "de"]})
    >>> s = pl.DataFrame({"unit_id": ["a", "b"], "sentiment_compound": [0.1, None],
    ...                   "toxicity": [0.0, None], "not_scored": [None, "vader (lang de)"]})
    >>> language_summary(u, s).select("lang", "sentiment_scored", "not_scored").rows()
    [('de', 0, 1), ('en', 1, 0)]
    """
    scored = scored_units(units, scores)
    for metric in ("sentiment_compound", "toxicity"):
        if metric not in scored.columns:
            scored = scored.with_columns(pl.lit(None, pl.Float64).alias(metric))
    return (
        scored.with_columns(lang=pl.col("lang").fill_null("unknown"))
        .group_by("lang")
        .agg(
            n_units=pl.len().cast(pl.Int64),
            n_article=(pl.col("kind") == ARTICLE).sum().cast(pl.Int64),
            n_comments=(pl.col("kind") == DISCUSSION).sum().cast(pl.Int64),
            sentiment_scored=pl.col("sentiment_compound").is_not_null().sum().cast(pl.Int64),
            toxicity_scored=pl.col("toxicity").is_not_null().sum().cast(pl.Int64),
            not_scored=pl.col("not_scored").is_not_null().sum().cast(pl.Int64),
        )
        .sort(["n_units", "lang"], descending=[True, False])
    )


SUMMARY_METRICS = {"sentiment": "sentiment_compound", "toxicity": "toxicity"}


def page_summary(pages: pl.DataFrame, units: pl.DataFrame, scores: pl.DataFrame) -> pl.DataFrame:
    """One row per input page (error pages included): counts, thread shape, means and
    within-page divergences.

    For each of sentiment (VADER compound) and toxicity: the article and comment means
    (readers only), their difference (comments minus article) and its Welch 95% interval
    (``not_scored``: units a model skipped for their language)
    (from :data:`MIN_N` texts a side); ``discussion`` says ``NO_DISCUSSION`` for pages
    without comments, whose differences are null.

    >>> import polars as pl
    >>> from comments.tables import PAGES_SCHEMA, units_frame
    >>> p = pl.DataFrame({"page_id": ["p"], "title": ["T"], "status": ["ok"]}).with_columns(
    ...     [pl.lit(None, d).alias(c) for c, d in PAGES_SCHEMA.items() if c not in ("page_id",
    ...      "title", "status")])
    >>> u = units_frame([{"page_id": "p", "unit_id": "p/a1", "kind": "article", "text": "A"}])
    >>> s = pl.DataFrame({"unit_id": ["p/a1"], "sentiment_compound": [0.3], "toxicity": [0.1]})
    >>> page_summary(p, u, s).select("page_id", "article_sentiment", "discussion").rows()
    [('p', 0.3, 'no discussion')]
    """
    scored = scored_units(units, scores)
    page_ids = pages["page_id"].to_list()
    failed = pages.filter(pl.col("status") != "ok")["page_id"]
    summary = completeness(pages).join(
        pages.select(
            "page_id",
            "title",
            "error",
            "n_paragraphs",
            "max_depth",
            *_present(pages, "lang", "parse_quality", "warnings", "published_at"),
        ),
        on="page_id",
        how="left",
    )
    shape = page_stats(scored).select("page_id", "n_threads", "participants", "post_author_replies")
    skipped = scored.group_by("page_id").agg(
        not_scored=pl.col("not_scored").is_not_null().sum().cast(pl.Int64)
    )
    summary = summary.join(shape, on="page_id", how="left", maintain_order="left").join(
        skipped, on="page_id", how="left", maintain_order="left"
    )
    for name, metric in SUMMARY_METRICS.items():
        if metric not in scored.columns:
            scored = scored.with_columns(pl.lit(None, pl.Float64()).alias(metric))
        div = divergence(scored, metric, pages=page_ids, errors=failed).select(
            "page_id",
            pl.col("article_mean").alias(f"article_{name}"),
            pl.col("comment_mean").alias(f"comment_{name}"),
            pl.col("diff").alias(f"{name}_divergence"),
            pl.col("ci_low").alias(f"{name}_ci_low"),
            pl.col("ci_high").alias(f"{name}_ci_high"),
        )
        summary = summary.join(div, on="page_id", how="left", maintain_order="left")
    has_comments = pl.col("n_comments").fill_null(0) > 0
    summary = summary.with_columns(
        discussion=pl.when(pl.col("status") != "ok")
        .then(pl.lit("error"))
        .when(has_comments)
        .then(pl.lit("comments"))
        .otherwise(pl.lit(NO_DISCUSSION))
    )
    return summary.select([c for c in _SUMMARY_ORDER if c in summary.columns])


def _present(frame: pl.DataFrame, *names: str) -> list[str]:
    return [name for name in names if name in frame.columns]


_SUMMARY_ORDER = [
    "page_id",
    "title",
    "lang",
    "status",
    "error",
    "warnings",
    "parse_quality",
    "discussion",
    "published_at",
    "n_paragraphs",
    "n_comments",
    "n_pingbacks",
    "declared_comments",
    "recovered",
    "missing",
    "ratio",
    "max_depth",
    "n_threads",
    "participants",
    "post_author_replies",
    "not_scored",
    "article_sentiment",
    "comment_sentiment",
    "sentiment_divergence",
    "sentiment_ci_low",
    "sentiment_ci_high",
    "article_toxicity",
    "comment_toxicity",
    "toxicity_divergence",
    "toxicity_ci_low",
    "toxicity_ci_high",
]

# Re-exported for research code that imports everything from here.
_ = (
    chosen_threads,
    thread_candidates,
    thread_layout,
    thread_roots,
    thread_stats,
    distinctive_words,
    log_odds,
    tokenize,
    t_quantile,
)
