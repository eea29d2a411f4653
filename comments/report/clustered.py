"""Means and 95% intervals that respect clustering: texts of one page are not independent.

Comments under one article share its topic, its readers and its moderation, so a corpus
of 40 pages holds 40 independent observations, not 2,000. Two estimators, both with pages
as the clusters:

- :func:`page_mean_interval`: the mean of per-page values (each page weighs the same),
  with a t interval over pages; used for within-page differences (comments minus the
  same page's article).
- :func:`cluster_mean`: the mean of texts pooled over pages, with the cluster-robust
  (sandwich) standard error of a ratio estimator, :math:`\\mathrm{Var} = \\frac{K}{K-1}
  \\sum_p (S_p - \\bar y\\, n_p)^2 / N^2`, and a t interval on K − 1 degrees of freedom;
  used for depth, time and reply profiles.

No interval is given below :data:`MIN_N` texts or :data:`MIN_N` pages.

    >>> import polars as pl
    >>> t = pl.DataFrame({"page_id": list("aabbccddee"), "y": [1.0, 3, 2, 2, 4, 4, 0, 2, 3, 3]})
    >>> row = cluster_mean(t, "y").row(0, named=True)
    >>> row["n"], row["n_pages"], row["mean"], round(row["ci_low"], 3)
    (10, 5, 2.4, 0.985)
"""

from __future__ import annotations

import math

import numpy as np
import polars as pl

__all__ = [
    "MIN_N",
    "cluster_interval",
    "cluster_mean",
    "cluster_sums",
    "page_mean_from_sums",
    "page_mean_interval",
    "t_quantile",
]

#: Fewest texts, and fewest pages, for which an interval is drawn.
MIN_N = 5
#: Two-sided 95% quantiles of Student's t by degrees of freedom (the largest tabled
#: df not above the actual one is used, which errs wide); 1.96 from 120 on.
_T975 = {
    1: 12.706,
    2: 4.303,
    3: 3.182,
    4: 2.776,
    5: 2.571,
    6: 2.447,
    7: 2.365,
    8: 2.306,
    9: 2.262,
    10: 2.228,
    12: 2.179,
    15: 2.131,
    20: 2.086,
    25: 2.060,
    30: 2.042,
    40: 2.021,
    60: 2.000,
    120: 1.980,
}
_Z975 = 1.959963984540054

INTERVAL_SCHEMA = {
    "n": pl.Int64(),
    "n_pages": pl.Int64(),
    "mean": pl.Float64(),
    "ci_low": pl.Float64(),
    "ci_high": pl.Float64(),
}


def t_quantile(df: int) -> float:
    """The 97.5% quantile of t with ``df`` degrees of freedom (from a table, erring wide).

    >>> t_quantile(4), t_quantile(11), t_quantile(10_000)
    (2.776, 2.228, 1.96)
    """
    if df >= 1_000:
        return round(_Z975, 2)
    return _T975[max(k for k in _T975 if k <= max(df, 1))]


def cluster_mean(
    table: pl.DataFrame, value: str, by: str | list[str] | None = None
) -> pl.DataFrame:
    """Pooled mean of ``value`` (per group of ``by``) with a cluster-robust 95% interval.

    Columns: the ``by`` keys, ``n`` (texts), ``n_pages``, ``mean``, ``ci_low``, ``ci_high``
    (null below :data:`MIN_N` texts or pages). ``table`` needs ``page_id``.
    """
    return cluster_interval(cluster_sums(table, value, by), by)


def cluster_sums(
    table: pl.DataFrame, value: str, by: str | list[str] | None = None
) -> pl.DataFrame:
    """What :func:`cluster_mean` needs, as sums that add up over tables of disjoint pages.

    Per group of ``by``: ``n`` texts, ``n_pages``, and over its pages' sums :math:`S_p` of
    :math:`n_p` texts: ``total`` :math:`\\sum S_p`, ``page_sq`` :math:`\\sum S_p^2`,
    ``page_cross`` :math:`\\sum S_p n_p`, ``page_n_sq`` :math:`\\sum n_p^2`. A corpus read
    in batches of whole pages gets the same sums by adding the batches' rows per group
    (:func:`comments.report.fold.sum_by`); :func:`cluster_interval` finishes them.
    """
    keys = _keys(by)
    data = table.filter(pl.col(value).is_not_null() & pl.col(value).is_not_nan())
    per_page = data.group_by([*keys, "page_id"]).agg(
        s=pl.col(value).sum(), m=pl.len().cast(pl.Int64)
    )
    if not keys:
        per_page = per_page.with_columns(pl.lit(0).alias(_ALL))
    return per_page.group_by(keys or [_ALL]).agg(
        n=pl.col("m").sum(),
        n_pages=pl.len().cast(pl.Int64),
        total=pl.col("s").sum(),
        page_sq=(pl.col("s") ** 2).sum(),
        page_cross=(pl.col("s") * pl.col("m")).sum(),
        page_n_sq=(pl.col("m") ** 2).sum(),
    )


def cluster_interval(sums: pl.DataFrame, by: str | list[str] | None = None) -> pl.DataFrame:
    """:func:`cluster_mean` from :func:`cluster_sums`: the mean and the sandwich variance
    :math:`\\sum_p (S_p - \\bar y n_p)^2`, expanded into the sums."""
    keys = _keys(by)
    mean = pl.col("total") / pl.col("n")
    spread = (
        pl.col("page_sq") - 2 * mean * pl.col("page_cross") + mean**2 * pl.col("page_n_sq")
    ).clip(lower_bound=0.0)  # rounding must not make a sum of squares negative
    out = sums.with_columns(
        mean=mean,
        se=(pl.col("n_pages") / (pl.col("n_pages") - 1) * spread).sqrt() / pl.col("n"),
    )
    result = _with_interval(out).sort(keys or [_ALL])
    return result.select(*keys, *INTERVAL_SCHEMA)


def _keys(by: str | list[str] | None) -> list[str]:
    return [by] if isinstance(by, str) else list(by or [])


_ALL = "_all"  # the one group of an ungrouped mean


def page_mean_interval(values: pl.Series | list[float], n_texts: int | None = None) -> dict:
    """Mean of per-page ``values`` (equal page weights) with a t interval over pages.

    ``n_texts`` is reported as ``n`` (defaults to the number of pages).

    >>> row = page_mean_interval([0.1, 0.3, 0.2, 0.4, 0.0])
    >>> round(row["mean"], 3), round(row["ci_low"], 3), row["n_pages"]
    (0.2, 0.004, 5)
    """
    arr = np.asarray([v for v in values if v is not None and not math.isnan(v)], dtype=float)
    return page_mean_from_sums(int(arr.size), float(arr.sum()), float((arr**2).sum()), n_texts)


def page_mean_from_sums(
    k: int, total: float, total_sq: float, n_texts: int | None = None
) -> dict[str, float | None]:
    """:func:`page_mean_interval` from the number of pages ``k`` and the sum and the sum of
    squares of their values (sums that add up over batches of pages)."""
    n = n_texts if n_texts is not None else k
    mean = total / k if k else None
    low = high = None
    if mean is not None and k >= MIN_N and n >= MIN_N:
        variance = max(total_sq - k * mean**2, 0.0) / (k - 1)
        half = t_quantile(k - 1) * math.sqrt(variance) / math.sqrt(k)
        low, high = mean - half, mean + half
    return {"n": n, "n_pages": k, "mean": mean, "ci_low": low, "ci_high": high}


def _with_interval(frame: pl.DataFrame) -> pl.DataFrame:
    """``ci_low``/``ci_high`` from ``mean`` and ``se`` on ``n_pages − 1`` df, where allowed."""
    quantiles = [t_quantile(max(k - 1, 1)) for k in frame["n_pages"].to_list()]
    ok = (pl.col("n") >= MIN_N) & (pl.col("n_pages") >= MIN_N)
    half = pl.Series("q", quantiles, dtype=pl.Float64) * pl.col("se")
    return frame.with_columns(
        ci_low=pl.when(ok).then(pl.col("mean") - half),
        ci_high=pl.when(ok).then(pl.col("mean") + half),
    )
