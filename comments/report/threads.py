"""Threads as objects of study: per-thread and per-page statistics, and the tree layout.

A *thread* is a top-level comment with every reply under it. :func:`thread_roots` finds
each comment's thread by pointer doubling (log₂ of the depth in joins, so 10,000-level
chains cost a dozen joins); :func:`thread_stats` and :func:`page_stats` count what a
researcher asks of a discussion; :func:`chosen_threads` picks the few a figure can show and
says why; :func:`thread_layout` orders entries for drawing.

    >>> import polars as pl
    >>> t = pl.DataFrame({"page_id": ["p"] * 4, "unit_id": ["c1", "c2", "c3", "c4"],
    ...     "kind": ["comment"] * 4, "parent_id": [None, "c1", "c2", None],
    ...     "depth": [0, 1, 2, 0], "author": ["A", "B", "A", "C"],
    ...     "is_post_author": [False, True, False, None]})
    >>> thread_stats(t).select("thread_id", "n_comments", "depth", "participants",
    ...                        "post_author_replies", "share").rows()
    [('c1', 3, 2, 2, 1, 0.75), ('c4', 1, 0, 1, 0, 0.25)]
"""

from __future__ import annotations

import polars as pl

__all__ = [
    "chosen_threads",
    "page_stats",
    "thread_candidates",
    "thread_layout",
    "thread_roots",
    "thread_stats",
]

ARTICLE, DISCUSSION = "article", "comment"
#: How :func:`chosen_threads` picks, in order: the biggest, the deepest, the one whose
#: mean score is furthest from its page's article mean.
CHOICES = ("largest", "deepest", "most divergent")


def thread_roots(comments: pl.DataFrame) -> pl.DataFrame:
    """``unit_id`` -> ``thread_id``: the top-level comment each comment descends from.

    A reply whose parent was not recovered starts a thread of its own.
    """
    ids = comments.select("unit_id", "parent_id")
    known = ids.join(ids.select(pl.col("unit_id").alias("parent_id")), on="parent_id", how="semi")
    up = ids.select(
        "unit_id",
        pl.when(pl.col("unit_id").is_in(known["unit_id"].implode()))
        .then(pl.col("parent_id"))
        .otherwise(pl.col("unit_id"))
        .alias("root"),
    )
    while True:  # pointer doubling: root <- root's root until nothing moves
        step = up.join(
            up.select(pl.col("unit_id").alias("root"), pl.col("root").alias("next")),
            on="root",
            how="left",
        )
        if step.filter(pl.col("next") != pl.col("root")).is_empty():
            return step.select("unit_id", pl.col("root").alias("thread_id"))
        up = step.select("unit_id", pl.col("next").alias("root"))


def thread_stats(scored: pl.DataFrame, metric: str | None = None) -> pl.DataFrame:
    """One row per thread: ``page_id``, ``thread_id``, ``n_comments``, ``depth`` (levels
    below its top comment), ``participants`` (distinct named authors),
    ``post_author_replies``, ``share`` (of the page's comments); with ``metric``, its
    ``mean`` over the thread and ``divergence`` from the page's article mean."""
    comments = _comments(scored)
    rows = comments.join(thread_roots(comments), on="unit_id")
    aggs = [
        pl.len().cast(pl.Int64).alias("n_comments"),
        (pl.col("depth").max() - pl.col("depth").min()).fill_null(0).cast(pl.Int64).alias("depth"),
        pl.col("author").drop_nulls().n_unique().cast(pl.Int64).alias("participants"),
        pl.col("is_post_author").fill_null(False).sum().cast(pl.Int64).alias("post_author_replies"),
    ]
    if metric is not None:
        aggs.append(pl.col(metric).mean().alias("mean"))
    stats = rows.group_by("page_id", "thread_id", maintain_order=True).agg(aggs)
    stats = stats.with_columns(
        share=pl.col("n_comments") / pl.col("n_comments").sum().over("page_id")
    )
    if metric is not None:
        stats = (
            stats.join(_article_means(scored, metric), on="page_id", how="left")
            .with_columns(divergence=pl.col("mean") - pl.col("article_mean"))
            .drop("article_mean")
        )
    return stats


def page_stats(scored: pl.DataFrame) -> pl.DataFrame:
    """One row per page with comments: ``n_comments``, ``n_threads``, ``max_depth``,
    ``participants``, ``post_author_replies``, ``reply_share`` (comments that answer
    another) and ``largest_thread_share``.

    >>> import polars as pl
    >>> t = pl.DataFrame({"page_id": ["p"] * 3, "unit_id": ["c1", "c2", "c3"],
    ...     "kind": ["comment"] * 3, "parent_id": [None, "c1", None], "depth": [0, 1, 0],
    ...     "author": ["A", "B", None], "is_post_author": [None, None, None]})
    >>> page_stats(t).row(0, named=True)["largest_thread_share"]
    0.6666666666666666
    """
    threads = thread_stats(scored)
    comments = _comments(scored)
    per_page = comments.group_by("page_id").agg(
        n_comments=pl.len().cast(pl.Int64),
        max_depth=pl.col("depth").max().cast(pl.Int64),
        participants=pl.col("author").drop_nulls().n_unique().cast(pl.Int64),
        post_author_replies=pl.col("is_post_author").fill_null(False).sum().cast(pl.Int64),
        reply_share=pl.col("parent_id").is_not_null().mean(),
    )
    shape = threads.group_by("page_id").agg(
        n_threads=pl.len().cast(pl.Int64), largest_thread_share=pl.col("share").max()
    )
    return per_page.join(shape, on="page_id").sort("page_id")


def chosen_threads(threads: pl.DataFrame, limit: int = len(CHOICES)) -> pl.DataFrame:
    """At most ``limit`` distinct threads, each with the ``reason`` it was chosen: the
    winner of each of :data:`CHOICES` (a thread that wins several says so: "largest and
    deepest"). "Most divergent" considers threads of at least :data:`MIN_DIVERGENT`
    comments where there are any (one comment's score is no thread's tone).
    ``threads`` is :func:`thread_stats`, with a metric for the last choice.

    >>> import polars as pl
    >>> t = pl.DataFrame({"thread_id": ["a", "b"], "n_comments": [9, 6], "depth": [3, 1],
    ...                   "divergence": [0.1, 0.9]})
    >>> chosen_threads(t).select("thread_id", "reason").rows()
    [('a', 'largest and deepest'), ('b', 'most divergent')]
    """
    if threads.is_empty():
        return threads.with_columns(reason=pl.lit(None, pl.String))
    winners: dict[str, list[str]] = {}
    for reason in CHOICES:
        best = _winner(threads, reason)
        if best is not None:
            winners.setdefault(best, []).append(reason)
    picked = [(t, " and ".join(r)) for t, r in winners.items()][:limit]
    if len(picked) < limit:  # one thread won several: show the next largest too
        taken = [t for t, _ in picked]
        rest = threads.filter(~pl.col("thread_id").is_in(taken)).sort(
            ["n_comments", "depth", "thread_id"], descending=[True, True, False]
        )
        picked += [(t, "next largest") for t in rest["thread_id"].head(limit - len(picked))]
    reasons = pl.DataFrame(
        {"thread_id": [t for t, _ in picked], "reason": [r for _, r in picked]},
        schema={"thread_id": pl.String, "reason": pl.String},
    )
    return reasons.join(threads, on="thread_id", how="left").select(*threads.columns, "reason")


#: Fewest comments of a thread that can be "most divergent" (where any thread has them).
MIN_DIVERGENT = 5


def thread_candidates(threads: pl.DataFrame, limit: int = len(CHOICES)) -> pl.DataFrame:
    """The threads :func:`chosen_threads` can pick from ``threads``: the first ``limit`` in
    each of its rankings (the most divergent both among threads of
    :data:`MIN_DIVERGENT` comments and among all). ``chosen_threads`` of the candidates
    equals ``chosen_threads`` of every thread, and the candidates of a table equal the
    candidates of the union of its parts' candidates, so a corpus can be read in batches.

    >>> import polars as pl
    >>> t = pl.DataFrame({"thread_id": list("abcde"), "n_comments": [9, 6, 1, 2, 3],
    ...                   "depth": [3, 1, 0, 0, 0], "divergence": [0.1, 0.9, 0.0, 0.0, 0.0]})
    >>> sorted(thread_candidates(t, 1)["thread_id"].to_list())
    ['a', 'b']
    """
    rankings = [_ranked(threads, reason, limit) for reason in CHOICES]
    if "divergence" in threads.columns:
        rankings.append(_ranked(threads, "most divergent", limit, among_big=False))
    ranked = pl.concat([r for r in rankings if r is not None])
    return ranked.unique("thread_id", keep="first", maintain_order=True)


def _winner(threads: pl.DataFrame, reason: str) -> str | None:
    ranked = _ranked(threads, reason, 1)
    return None if ranked is None or ranked.is_empty() else ranked["thread_id"][0]


def _ranked(
    threads: pl.DataFrame, reason: str, limit: int, *, among_big: bool = True
) -> pl.DataFrame | None:
    """The first ``limit`` threads by ``reason`` (None when ``threads`` cannot tell)."""
    if reason == "largest":
        order = [pl.col("n_comments"), pl.col("depth")]
    elif reason == "deepest":
        order = [pl.col("depth"), pl.col("n_comments")]
    else:
        if "divergence" not in threads.columns:
            return None
        big = threads.filter(pl.col("n_comments") >= MIN_DIVERGENT)
        threads = (big if big.height and among_big else threads).filter(
            pl.col("divergence").is_not_null()
        )
        order = [pl.col("divergence").abs(), pl.col("n_comments")]
    return threads.sort([*order, pl.col("thread_id")], descending=[True, True, False]).head(limit)


def thread_layout(scored: pl.DataFrame) -> pl.DataFrame:
    """Discussion entries of each page in tree-drawing order.

    Comments come depth-first (each reply right under its parent, siblings in page
    order); pingbacks/trackbacks keep their place in the page at ``depth`` 0. ``row``
    is the 0-based line of the entry within its page's map; ``depth`` is the indent.
    A reply whose parent is missing is drawn at its own depth where it appears.

    >>> import polars as pl
    >>> t = pl.DataFrame({"page_id": ["p"] * 3, "unit_id": ["c1", "c2", "c3"],
    ...     "kind": ["comment"] * 3, "position": [1, 2, 3], "parent_id": [None, None, "c1"],
    ...     "depth": [0, 0, 1], "author": ["A", "B", "C"]})
    >>> thread_layout(t)["unit_id"].to_list()
    ['c1', 'c3', 'c2']
    """
    discussion = scored.filter(pl.col("kind") != ARTICLE).sort(
        ["page_id", "position"], maintain_order=True
    )
    ordered = []
    for _, page in discussion.group_by("page_id", maintain_order=True):
        ordered.extend(_tree_order(page.to_dicts()))
    if not ordered:
        return discussion.with_columns(row=pl.lit(0, pl.Int64())).clear()
    out = pl.DataFrame(ordered, schema=discussion.schema | {"row": pl.Int64()}, orient="row")
    return out.with_columns(pl.col("depth").fill_null(0))


def _tree_order(entries: list[dict]) -> list[dict]:
    ids = {e["unit_id"] for e in entries}
    children: dict[str | None, list[dict]] = {}
    for entry in entries:
        parent = entry.get("parent_id") if entry.get("parent_id") in ids else None
        children.setdefault(parent, []).append(entry)
    ordered: list[dict] = []
    stack = list(reversed(children.get(None, [])))
    while stack:  # iterative pre-order walk: deep threads cannot hit the recursion limit
        entry = stack.pop()
        ordered.append({**entry, "row": len(ordered)})
        stack.extend(reversed(children.get(entry["unit_id"], [])))
    return ordered


def _comments(scored: pl.DataFrame) -> pl.DataFrame:
    comments = scored.filter(pl.col("kind") == DISCUSSION)
    if "is_post_author" not in comments.columns:
        comments = comments.with_columns(is_post_author=pl.lit(None, pl.Boolean))
    return comments


def _article_means(scored: pl.DataFrame, metric: str) -> pl.DataFrame:
    return (
        scored.filter(pl.col("kind") == ARTICLE)
        .group_by("page_id")
        .agg(article_mean=pl.col(metric).mean())
    )
