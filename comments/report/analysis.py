"""Article-vs-discussion comparisons as polars tables (the numbers behind the figures).

Every function takes the ``pages`` / ``units`` / ``scores`` tables of
:mod:`comments.tables` (or a join of the last two made by :func:`scored_units`) and
returns a polars DataFrame; nothing here plots or writes files. Small samples are
reported as they are: ``n`` is on every row and an interval is null where one cannot be
estimated.

    >>> import polars as pl
    >>> units = pl.DataFrame({"page_id": ["p"] * 3, "unit_id": ["p/a1", "p/c1", "p/c2"],
    ...                       "kind": ["article", "comment", "comment"]})
    >>> scores = pl.DataFrame({"unit_id": ["p/a1", "p/c1", "p/c2"],
    ...                        "sentiment_compound": [0.5, -0.5, 0.0]})
    >>> group_summary(scored_units(units, scores), "sentiment_compound")["mean"].to_list()
    [0.5, -0.25]
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence

import numpy as np
import polars as pl

__all__ = [
    "ARTICLE",
    "DISCUSSION",
    "ENGLISH_STOP_WORDS",
    "NO_DISCUSSION",
    "PAGE_ERROR",
    "attribute_comparison",
    "completeness",
    "depth_profile",
    "divergence",
    "group_summary",
    "log_odds",
    "page_summary",
    "pingback_sites",
    "reply_deltas",
    "scored_units",
    "thread_layout",
    "tokenize",
]

#: The two sides every comparison sets against each other: ``units.kind`` values.
ARTICLE = "article"
DISCUSSION = "comment"
PINGBACK_KINDS = ("pingback", "trackback")
#: What a page without comments shows instead of a number (never 0).
NO_DISCUSSION = "no discussion"
NO_ARTICLE = "no article text"
PAGE_ERROR = "page not parsed"

#: Function words dropped before the log-odds comparison: they dominate raw counts in
#: any register and say nothing about what a discussion is about.
_STOP_WORD_TEXT = """a about above after again against all am an and any are as at be because been
    before being below between both but by can could did do does doing down during each
    few for from further had has have having he her here hers herself him himself his how
    i if in into is it its itself just me more most my myself no nor not now of off on
    once only or other our ours ourselves out over own same she should so some such than
    that the their theirs them themselves then there these they this those through to too
    under until up very was we were what when where which while who whom why will with
    would you your yours yourself yourselves s t don re ve ll d m also one would said says
    it's that's don't can't i'm he's they're we're you're isn't didn't doesn't won't"""
ENGLISH_STOP_WORDS: frozenset[str] = frozenset(_STOP_WORD_TEXT.split())

# A word: letters (any script) with inner apostrophes or hyphens; digits-only runs are
# not words. Typographic apostrophes are folded to ASCII first.
_WORD = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})

_Z95 = 1.959963984540054  # two-sided 95% normal quantile


def scored_units(units: pl.DataFrame, scores: pl.DataFrame) -> pl.DataFrame:
    """Units with their score columns attached (left join: unscored units keep nulls).

    >>> import polars as pl
    >>> u = pl.DataFrame({"unit_id": ["x", "y"], "kind": ["article", "comment"]})
    >>> s = pl.DataFrame({"unit_id": ["x"], "toxicity": [0.1]})
    >>> scored_units(u, s)["toxicity"].to_list()
    [0.1, None]
    """
    extra = [c for c in scores.columns if c == "unit_id" or c not in units.columns]
    return units.join(scores.select(extra), on="unit_id", how="left")


def _mean_ci(values: Sequence[float]) -> tuple[int, float | None, float | None, float | None]:
    """n, mean and a normal-approximation 95% interval (null below 2 values)."""
    arr = np.asarray([v for v in values if v is not None and not math.isnan(v)], dtype=float)
    n = int(arr.size)
    if n == 0:
        return 0, None, None, None
    mean = float(arr.mean())
    if n < 2:
        return n, mean, None, None
    half = _Z95 * float(arr.std(ddof=1)) / math.sqrt(n)
    return n, mean, mean - half, mean + half


def group_summary(scored: pl.DataFrame, metric: str, *, by_page: bool = False) -> pl.DataFrame:
    """n, mean and 95% interval of ``metric`` for article paragraphs vs comments.

    One row per group (``kind``), pooled over the corpus, or per page and group with
    ``by_page=True``. Groups with no scored texts are absent.

    >>> import polars as pl
    >>> t = pl.DataFrame({"page_id": ["p", "p", "q"], "kind": ["comment"] * 3,
    ...                   "toxicity": [0.2, 0.4, 0.9]})
    >>> group_summary(t, "toxicity", by_page=True)["n"].to_list()
    [2, 1]
    """
    keys = ["page_id", "kind"] if by_page else ["kind"]
    rows = []
    data = scored.filter(pl.col("kind").is_in([ARTICLE, DISCUSSION]) & pl.col(metric).is_not_null())
    for key, group in data.group_by(keys, maintain_order=True):
        n, mean, low, high = _mean_ci(group[metric].to_list())
        rows.append(
            {
                **dict(zip(keys, key, strict=True)),
                "metric": metric,
                "n": n,
                "mean": mean,
                "ci_low": low,
                "ci_high": high,
            }
        )
    schema = {k: pl.String() for k in keys} | {
        "metric": pl.String(),
        "n": pl.Int64(),
        "mean": pl.Float64(),
        "ci_low": pl.Float64(),
        "ci_high": pl.Float64(),
    }
    order = [*keys[:-1], "kind"]
    return pl.DataFrame(rows, schema=schema, orient="row").sort(
        [*order[:-1], pl.col("kind") != ARTICLE], maintain_order=True
    )


def _bootstrap_diff(
    article: np.ndarray, comments: np.ndarray, n_boot: int, rng: np.random.Generator
) -> tuple[float, float]:
    """Percentile 95% interval of mean(comments) - mean(article), resampling each side."""
    a = rng.choice(article, size=(n_boot, article.size), replace=True).mean(axis=1)
    c = rng.choice(comments, size=(n_boot, comments.size), replace=True).mean(axis=1)
    low, high = np.percentile(c - a, [2.5, 97.5])
    return float(low), float(high)


def divergence(
    scored: pl.DataFrame,
    metric: str,
    *,
    n_boot: int = 2000,
    seed: int = 0,
    pages: Iterable[str] | None = None,
    errors: Iterable[str] = (),
) -> pl.DataFrame:
    """Per page: mean of comments minus mean of article paragraphs, with a bootstrap 95% CI.

    ``status`` is ``"ok"``, ``NO_DISCUSSION`` (no scored comment: ``diff`` is null, never
    0), ``NO_ARTICLE`` or ``PAGE_ERROR`` for the page ids in ``errors``. ``pages`` lists
    page ids to report even when they have no units (error pages); by default the
    pages present in ``scored``. The interval comes from ``n_boot`` resamples drawn
    with ``seed``, so reruns agree; it is null when either side has a single text,
    whose spread a bootstrap cannot estimate (it would come out falsely narrow).

    >>> import polars as pl
    >>> t = pl.DataFrame({"page_id": ["p", "p", "q"], "kind": ["article", "comment", "article"],
    ...                   "toxicity": [0.1, 0.7, 0.2]})
    >>> divergence(t, "toxicity").select("page_id", "diff", "status").rows()
    [('p', 0.6, 'ok'), ('q', None, 'no discussion')]
    """
    rng = np.random.default_rng(seed)
    failed = set(errors)
    page_ids = list(pages) if pages is not None else scored["page_id"].unique(maintain_order=True)
    rows = []
    for page_id in page_ids:
        page = scored.filter((pl.col("page_id") == page_id) & pl.col(metric).is_not_null())
        article = page.filter(pl.col("kind") == ARTICLE)[metric].to_numpy()
        comments = page.filter(pl.col("kind") == DISCUSSION)[metric].to_numpy()
        row = {
            "page_id": page_id,
            "metric": metric,
            "n_article": article.size,
            "n_comments": comments.size,
            "article_mean": None,
            "comment_mean": None,
            "diff": None,
            "ci_low": None,
            "ci_high": None,
        }
        if article.size:
            row["article_mean"] = float(article.mean())
        if comments.size:
            row["comment_mean"] = float(comments.mean())
        if page_id in failed:
            row["status"] = PAGE_ERROR
        elif not comments.size:
            row["status"] = NO_DISCUSSION
        elif not article.size:
            row["status"] = NO_ARTICLE
        else:
            row["status"] = "ok"
            row["diff"] = row["comment_mean"] - row["article_mean"]
            if min(article.size, comments.size) >= 2:
                row["ci_low"], row["ci_high"] = _bootstrap_diff(article, comments, n_boot, rng)
        rows.append(row)
    return pl.DataFrame(rows, schema=_DIVERGENCE_SCHEMA, orient="row")


_DIVERGENCE_SCHEMA = {
    "page_id": pl.String(),
    "metric": pl.String(),
    "n_article": pl.Int64(),
    "n_comments": pl.Int64(),
    "article_mean": pl.Float64(),
    "comment_mean": pl.Float64(),
    "diff": pl.Float64(),
    "ci_low": pl.Float64(),
    "ci_high": pl.Float64(),
    "status": pl.String(),
}


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


def depth_profile(scored: pl.DataFrame, metric: str) -> pl.DataFrame:
    """n, mean and 95% interval of ``metric`` for comments at each reply depth.

    >>> import polars as pl
    >>> t = pl.DataFrame({"kind": ["comment"] * 3, "depth": [0, 1, 1], "toxicity": [0.1, 0.2, 0.4]})
    >>> depth_profile(t, "toxicity").select("depth", "n").rows()
    [(0, 1), (1, 2)]
    """
    comments = scored.filter((pl.col("kind") == DISCUSSION) & pl.col(metric).is_not_null())
    rows = []
    for (depth,), group in comments.group_by(["depth"]):
        n, mean, low, high = _mean_ci(group[metric].to_list())
        rows.append(
            {"depth": depth, "metric": metric, "n": n, "mean": mean, "ci_low": low, "ci_high": high}
        )
    schema = {
        "depth": pl.Int64(),
        "metric": pl.String(),
        "n": pl.Int64(),
        "mean": pl.Float64(),
        "ci_low": pl.Float64(),
        "ci_high": pl.Float64(),
    }
    return pl.DataFrame(rows, schema=schema, orient="row").sort("depth")


def reply_deltas(scored: pl.DataFrame, metric: str) -> pl.DataFrame:
    """Each reply against the comment it answers: ``delta`` = reply minus parent.

    Positive deltas on toxicity mean the reply is hotter than what it answers.

    >>> import polars as pl
    >>> t = pl.DataFrame({"page_id": ["p", "p"], "unit_id": ["c1", "c2"], "kind": ["comment"] * 2,
    ...                   "parent_id": [None, "c1"], "depth": [0, 1], "toxicity": [0.2, 0.5]})
    >>> reply_deltas(t, "toxicity").select("unit_id", "delta").rows()
    [('c2', 0.3)]
    """
    comments = scored.filter(pl.col("kind") == DISCUSSION)
    parents = comments.select(
        pl.col("unit_id").alias("parent_id"), pl.col(metric).alias("parent_score")
    )
    pairs = (
        comments.filter(pl.col("parent_id").is_not_null())
        .select("page_id", "unit_id", "parent_id", "depth", pl.col(metric).alias("score"))
        .join(parents, on="parent_id", how="inner")
        .filter(pl.col("score").is_not_null() & pl.col("parent_score").is_not_null())
    )
    return pairs.with_columns(
        metric=pl.lit(metric), delta=(pl.col("score") - pl.col("parent_score")).round(12)
    )


def attribute_comparison(scored: pl.DataFrame, labels: Sequence[str]) -> pl.DataFrame:
    """Article vs comment summary (n, mean, 95% CI) for each toxicity label that was scored.

    Labels absent from the table or entirely null are skipped.

    >>> import polars as pl
    >>> t = pl.DataFrame({"kind": ["article", "comment"], "insult": [0.0, 0.5],
    ...                   "threat": [None, None]})
    >>> attribute_comparison(t, ["insult", "threat"])["metric"].to_list()
    ['insult', 'insult']
    """
    present = [
        label
        for label in labels
        if label in scored.columns and scored[label].null_count() < scored.height
    ]
    frames = [group_summary(scored, label) for label in present]
    return pl.concat(frames) if frames else group_summary(scored.with_columns(_=0.0), "_").clear()


def tokenize(text: str, stop_words: frozenset[str] = ENGLISH_STOP_WORDS) -> list[str]:
    """Lower-cased words of ``text`` (any script), without stop words and numbers.

    >>> tokenize("Mali’s military — 12 years! Über alles")
    ['mali', 'military', 'years', 'über', 'alles']
    """
    words = _WORD.findall(text.translate(_APOSTROPHES).lower())
    return [_strip_possessive(w) for w in words if w not in stop_words and len(w) > 1]


def _strip_possessive(word: str) -> str:
    return word[:-2] if word.endswith("'s") else word


def log_odds(
    scored: pl.DataFrame,
    *,
    group_a: str = DISCUSSION,
    group_b: str = ARTICLE,
    prior_scale: float = 1.0,
    min_count: int = 1,
    stop_words: frozenset[str] = ENGLISH_STOP_WORDS,
) -> pl.DataFrame:
    """Words over-represented in ``group_a`` texts vs ``group_b``: weighted log-odds ratio.

    Monroe, Colaresi & Quinn (2008), "Fightin' Words", with an informative Dirichlet
    prior: the prior count of a word is ``prior_scale`` times its count in both groups
    together, so rare words are shrunk towards no difference. ``z`` is the log-odds
    ratio over its standard deviation: positive means typical of ``group_a``, negative
    of ``group_b``. Words with fewer than ``min_count`` uses in both groups together are
    dropped. Sorted by ``z``, highest first.

    >>> import polars as pl
    >>> t = pl.DataFrame({"kind": ["article", "comment"],
    ...                   "text": ["policy policy mali", "crap crap crap mali"]})
    >>> log_odds(t)["word"].to_list()
    ['crap', 'mali', 'policy']
    """
    counts_a = _word_counts(scored, group_a, stop_words)
    counts_b = _word_counts(scored, group_b, stop_words)
    vocab = sorted(
        w for w in counts_a.keys() | counts_b.keys() if counts_a[w] + counts_b[w] >= min_count
    )
    schema = {
        "word": pl.String(),
        "count_a": pl.Int64(),
        "count_b": pl.Int64(),
        "log_odds": pl.Float64(),
        "z": pl.Float64(),
    }
    if not vocab:
        return pl.DataFrame(schema=schema)
    y_a = np.array([counts_a[w] for w in vocab], dtype=float)
    y_b = np.array([counts_b[w] for w in vocab], dtype=float)
    alpha = prior_scale * (y_a + y_b)
    alpha0 = alpha.sum()
    n_a, n_b = y_a.sum(), y_b.sum()
    delta = np.log((y_a + alpha) / (n_a + alpha0 - y_a - alpha)) - np.log(
        (y_b + alpha) / (n_b + alpha0 - y_b - alpha)
    )
    z = delta / np.sqrt(1.0 / (y_a + alpha) + 1.0 / (y_b + alpha))
    frame = pl.DataFrame(
        {
            "word": vocab,
            "count_a": y_a.astype(int),
            "count_b": y_b.astype(int),
            "log_odds": delta,
            "z": z,
        },
        schema=schema,
    )
    return frame.sort(["z", "word"], descending=[True, False])


def _word_counts(scored: pl.DataFrame, kind: str, stop_words: frozenset[str]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for text in scored.filter(pl.col("kind") == kind)["text"].drop_nulls():
        counts.update(tokenize(text, stop_words))
    return counts


def completeness(pages: pl.DataFrame) -> pl.DataFrame:
    """Declared vs recovered discussion entries per page.

    ``recovered`` counts comments plus pingbacks (what a "6 thoughts on …" header
    counts); ``missing`` is declared minus recovered, null where the page declares none.

    >>> import polars as pl
    >>> p = pl.DataFrame({"page_id": ["p"], "status": ["ok"], "declared_comments": [6],
    ...                   "n_comments": [1], "n_pingbacks": [3]})
    >>> completeness(p).select("recovered", "missing").rows()
    [(4, 2)]
    """
    return pages.select(
        "page_id",
        "status",
        "declared_comments",
        "n_comments",
        "n_pingbacks",
        recovered=pl.col("n_comments") + pl.col("n_pingbacks"),
    ).with_columns(missing=pl.col("declared_comments") - pl.col("recovered"))


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


SUMMARY_METRICS = {"sentiment": "sentiment_compound", "toxicity": "toxicity"}


def page_summary(
    pages: pl.DataFrame,
    units: pl.DataFrame,
    scores: pl.DataFrame,
    *,
    seed: int = 0,
    n_boot: int = 2000,
) -> pl.DataFrame:
    """One row per input page (error pages included): counts, means and divergences.

    For each of sentiment (VADER compound) and toxicity: the article and comment
    means, their difference (comments minus article) and its bootstrap 95% interval;
    ``discussion`` says ``NO_DISCUSSION`` for pages without comments, whose
    differences are null.

    >>> import polars as pl
    >>> from comments.tables import PAGES_SCHEMA
    >>> p = pl.DataFrame({"page_id": ["p"], "title": ["T"], "status": ["ok"]}).with_columns(
    ...     [pl.lit(None, d).alias(c) for c, d in PAGES_SCHEMA.items() if c not in ("page_id",
    ...      "title", "status")])
    >>> u = pl.DataFrame({"page_id": ["p"], "unit_id": ["p/a1"], "kind": ["article"]})
    >>> s = pl.DataFrame({"unit_id": ["p/a1"], "sentiment_compound": [0.3], "toxicity": [0.1]})
    >>> page_summary(p, u, s).select("page_id", "article_sentiment", "discussion").rows()
    [('p', 0.3, 'no discussion')]
    """
    scored = scored_units(units, scores)
    page_ids = pages["page_id"].to_list()
    summary = completeness(pages).join(
        pages.select("page_id", "title", "error", "n_paragraphs", "max_depth"),
        on="page_id",
        how="left",
    )
    for name, metric in SUMMARY_METRICS.items():
        if metric not in scored.columns:
            scored = scored.with_columns(pl.lit(None, pl.Float64()).alias(metric))
        failed = pages.filter(pl.col("status") != "ok")["page_id"]
        div = divergence(
            scored, metric, n_boot=n_boot, seed=seed, pages=page_ids, errors=failed
        ).select(
            "page_id",
            pl.col("article_mean").alias(f"article_{name}"),
            pl.col("comment_mean").alias(f"comment_{name}"),
            pl.col("diff").alias(f"{name}_divergence"),
            pl.col("ci_low").alias(f"{name}_ci_low"),
            pl.col("ci_high").alias(f"{name}_ci_high"),
        )
        summary = summary.join(div, on="page_id", how="left", maintain_order="left")
    has_comments = pl.col("n_comments").fill_null(0) > 0
    return summary.with_columns(
        discussion=pl.when(pl.col("status") != "ok")
        .then(pl.lit("error"))
        .when(has_comments)
        .then(pl.lit("comments"))
        .otherwise(pl.lit(NO_DISCUSSION))
    ).select(_SUMMARY_ORDER)


_SUMMARY_ORDER = [
    "page_id",
    "title",
    "status",
    "error",
    "discussion",
    "n_paragraphs",
    "n_comments",
    "n_pingbacks",
    "declared_comments",
    "recovered",
    "missing",
    "max_depth",
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
