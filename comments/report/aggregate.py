"""The report's numbers from one pass over a corpus, in memory that does not grow with it.

:func:`aggregate` reads a :class:`~.source.ReportSource` batch by batch. All the rows of a
page are in one batch, so each batch gives its pages' within-page numbers exactly, and
the corpus-wide numbers are folded (:mod:`.fold`) from them:

- **sums** — the pooled within-page differences (figures 1, 2 and 5, ``pooled.csv``), the
  cluster-robust profiles by depth, reply and time (figures 4 and 8), the word log-odds
  (figure 6), declared-vs-recovered counts (figure 7), languages, sites, models;
- **top rows** — the pages figure 2 shows, the threads figure 3 can choose from, the
  pages ``index.html`` lists;
- **samples** — where a figure draws a point per page or per reply (and its axis
  percentiles or histogram): every point up to :data:`MAX_POINTS`, past that the
  :data:`MAX_POINTS` with the lowest hash of their id; the distinctive words are counted
  in at most about :data:`MAX_WORD_PAGES` pages chosen the same way;
- **staged on disk** — ``summary.csv``'s row per page and ``threads.csv``'s row per thread.

A second, small read fetches the rows of the pages drawn in full: the thread maps'
threads and the pages named on figures. Corpora below the sample sizes (the seeds, any
corpus up to 50,000 comparable pages and replies) give the numbers the whole tables
give; past them only the points drawn are a sample, never a number printed.

    >>> from comments.report.synthetic import synthetic_tables
    >>> with tempfile.TemporaryDirectory() as staging:
    ...     result = aggregate(TablesSource(*synthetic_tables(40, seed=1)), Path(staging))
    ...     result.inputs.metrics, result.n_pages, result.summary.collect().height
    (['sentiment_compound', 'toxicity'], 40, 40)
"""

from __future__ import annotations

import tempfile
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import polars as pl

from ..tables import TOXICITY_COLUMNS
from . import analysis
from .clustered import cluster_interval
from .figures import MAX_PAGE_ROWS, MAX_THREADS, METRIC_AXES, NAMED_POINTS, page_labels
from .fold import Fold, Sample, Staged, in_share, sample, sum_by, top
from .html import MAX_PAGE_ROWS as LISTED_PAGES
from .source import Batch, ReportSource, TablesSource, whole_pages
from .words import word_sums, words_from_sums

__all__ = [
    "MAX_POINTS",
    "MAX_WORD_PAGES",
    "Aggregates",
    "ReportInputs",
    "aggregate",
    "report_inputs",
]

#: Points a figure draws one per page or per reply (a sample past this many: enough for
#: a density of ~2,000 hexagons, a 40-bin histogram or 2nd–98th percentiles).
MAX_POINTS = 50_000
#: Pages whose words figure 6 counts (about this many, sampled, past this many).
MAX_WORD_PAGES = 100_000
#: Units whose words are counted at once (whole pages): a batch's words, one row per use,
#: are the largest transient table of a pass, so they are counted a slice of it at a time.
WORD_SLICE_UNITS = 2_000
#: What figures 1 and 2 draw of a comparable page.
POINT_COLUMNS = ("page_id", "n_comments", "article_mean", "comment_mean", "diff")
#: Score columns figure 3 can colour by: toxicity where scored, else sentiment.
THREAD_METRICS = ("toxicity", "sentiment_compound")
#: Colour scale of the thread maps: these percentiles of all comments' scores.
COLOUR_PERCENTILES = (0.02, 0.98)


@dataclass(frozen=True)
class ReportInputs:
    """What the figures draw: every number final, every per-page or per-reply set bounded."""

    metrics: list[str]  # score columns with at least one value, in axis order
    pooled: pl.DataFrame  # the within-page difference pooled over pages, per metric
    page_points: dict[str, Sample]  # per metric: the comparable pages' divergence rows
    shown_pages: pl.DataFrame  # figure 2's pages (chosen on the first metric), by diff
    shown_rows: dict[str, pl.DataFrame]  # per metric: the rows of those pages
    how_shown: str
    thread_metric: str
    threads: pl.DataFrame  # figure 3's threads (chosen_threads) and their layout
    thread_layout: pl.DataFrame
    colour_limits: tuple[float, float]
    depth: dict[str, pl.DataFrame]
    replies: dict[str, Sample]  # replies whose parent is centred: the points of figure 4
    reply_summary: dict[str, pl.DataFrame]
    time: dict[str, pl.DataFrame]
    attributes: pl.DataFrame
    words: pl.DataFrame
    word_pages: int  # pages with both sides among those whose words were counted
    pages_read: tuple[int, int] | None  # (pages whose words were counted, all) if a sample
    declared: Sample  # pages that state a count (figure 7's points)
    ratio_bins: pl.DataFrame
    undeclared: int
    failed: int
    languages: pl.DataFrame
    models: list[str]
    labels: dict[str, str] = field(default_factory=dict)  # of the pages figures name
    note: str | None = None  # the toxicity fallback's short form, shown on figures


@dataclass(frozen=True)
class Aggregates:
    """Everything a report holds of its corpus after one pass."""

    inputs: ReportInputs
    summary: pl.LazyFrame  # summary.csv: one row per page, staged on disk
    listed: pl.DataFrame  # the summary rows index.html lists (most comments first)
    n_pages: int
    research: dict[str, pl.DataFrame | pl.LazyFrame]  # pooled, threads, sites, languages
    n_units: int
    not_english: int  # units identified as another language than English


def aggregate(source: ReportSource, staging: Path) -> Aggregates:
    """Fold every batch of ``source`` into the report's numbers; rows kept whole
    (summary, threads) are written under ``staging``, which must outlive the result."""
    parts = _Parts(source.n_pages, staging)
    for batch in source.batches():
        parts.add(batch)
    return parts.finish(source)


def report_inputs(pages: pl.DataFrame, units: pl.DataFrame, scores: pl.DataFrame) -> ReportInputs:
    """The figures' inputs for tables in memory (what :func:`.registry.draw_figures`
    takes), without the staged per-page and per-thread rows.

    >>> from comments.report.synthetic import synthetic_tables
    >>> report_inputs(*synthetic_tables(5, seed=1)).page_points["toxicity"].total
    2
    """
    with tempfile.TemporaryDirectory(prefix="comments-report-") as staging:
        return aggregate(TablesSource(pages, units, scores), Path(staging)).inputs


class _Parts:
    """The folds of one pass, one small collector per figure or table."""

    def __init__(self, n_pages: int, staging: Path) -> None:
        self.overview = _Overview()
        self.comparisons = _Comparisons()
        self.attributes = Fold(sum_by("metric"))
        self.threads = _Threads(Staged(staging / "threads"))
        self.profiles = _Profiles()
        self.words = _Words(n_pages)
        self.completeness = _Completeness()
        self.summary = _Summary(Staged(staging / "summary"))

    def add(self, batch: Batch) -> None:
        for collector in (
            self.overview,
            self.comparisons,
            self.threads,
            self.profiles,
            self.words,
            self.completeness,
            self.summary,
        ):
            collector.add(batch)
        self.attributes.add(analysis.attribute_sums(batch.scored, TOXICITY_COLUMNS))

    def finish(self, source: ReportSource) -> Aggregates:
        metrics = self.overview.present(METRIC_AXES)
        comparisons = self.comparisons.finish(metrics)
        thread_metric = "toxicity" if "toxicity" in metrics else "sentiment_compound"
        threads = self.threads.chosen(thread_metric)
        named = _named_pages(comparisons, threads)
        chosen = source.select(named)
        inputs = ReportInputs(
            metrics=metrics,
            **comparisons,
            thread_metric=thread_metric,
            threads=threads,
            thread_layout=_thread_layout(chosen.scored, threads),
            colour_limits=self.threads.colour_limits(thread_metric),
            **self.profiles.finish(metrics),
            attributes=self._attributes(),
            **self.words.finish(),
            **self.completeness.finish(),
            languages=self.overview.languages(),
            models=sorted(self.overview.models),
            labels=page_labels(chosen.pages),
        )
        research: dict[str, pl.DataFrame | pl.LazyFrame] = {
            "pooled": inputs.pooled if metrics else pl.DataFrame(),
            "threads": self.threads.rows.scan(),
            "pingback_sites": self.overview.sites(),
            "languages": inputs.languages,
        }
        summary = self.summary
        return Aggregates(
            inputs,
            summary.rows.scan(),
            summary.listed.result().drop("_order"),
            summary.n_pages,
            research,
            self.overview.counts["units"],
            self.overview.counts["not_english"],
        )

    def _attributes(self) -> pl.DataFrame:
        """Figure 5: every label with values, toxicity first (as TOXICITY_COLUMNS)."""
        labels = self.overview.present(TOXICITY_COLUMNS)
        return analysis.pooled_from_sums(_in_order(self.attributes.result(), labels))


def _in_order(sums: pl.DataFrame, metrics: list[str]) -> pl.DataFrame:
    """The rows of ``sums`` for ``metrics``, in that order."""
    order = pl.DataFrame({"metric": metrics}, schema={"metric": pl.String})
    return order.join(sums, on="metric", how="inner", maintain_order="left")


class _Overview:
    """Languages, sites, models, and which score columns have values."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.models: set[str] = set()
        self._languages = Fold(sum_by("lang"))
        self._sites = Fold(sum_by("site"))

    def add(self, batch: Batch) -> None:
        scored = batch.scored
        self.counts["units"] += scored.height
        self.counts.update(
            {m: scored[m].is_not_null().sum() for m in (*METRIC_AXES, *TOXICITY_COLUMNS)}
        )
        lang = scored["lang"].fill_null("en")
        self.counts["not_english"] += int((lang != "en").sum())
        if "toxicity_model" in batch.scores.columns:
            self.models |= set(batch.scores["toxicity_model"].drop_nulls().unique().to_list())
        self._languages.add(analysis.language_summary(batch.units, batch.scores))
        self._sites.add(analysis.pingback_sites(batch.units))

    def present(self, columns: Iterable[str]) -> list[str]:
        """The ``columns`` that hold at least one value, in their order."""
        return [c for c in dict.fromkeys(columns) if self.counts[c] > 0]

    def languages(self) -> pl.DataFrame:
        """:func:`.analysis.language_summary` of the corpus (its order: most units first)."""
        return self._languages.result().sort(["n_units", "lang"], descending=[True, False])

    def sites(self) -> pl.DataFrame:
        """:func:`.analysis.pingback_sites` of the corpus (its order: most links first)."""
        return self._sites.result().sort(["n_links", "site"], descending=[True, False])


class _Comparisons:
    """Figures 1 and 2, ``pooled.csv``: each page's comments against its own article."""

    def __init__(self) -> None:
        self.sums = Fold(sum_by("metric"))
        self.comparable: Counter[str] = Counter()
        self.points = {m: Fold(sample(MAX_POINTS, "page_id")) for m in METRIC_AXES}
        self.top = {
            m: Fold(partial(analysis.top_pages, metric=m, limit=MAX_PAGE_ROWS)) for m in METRIC_AXES
        }

    def add(self, batch: Batch) -> None:
        pages = batch.pages
        failed = pages.filter(pl.col("status") != "ok")["page_id"]
        every = pl.concat(
            analysis.divergence(batch.scored, m, pages=pages["page_id"], errors=failed)
            for m in METRIC_AXES
        )
        self.sums.add(analysis.divergence_sums(every))
        for metric in METRIC_AXES:
            ok = every.filter((pl.col("metric") == metric) & (pl.col("status") == "ok"))
            self.comparable[metric] += ok.height
            self.points[metric].add(ok.select(POINT_COLUMNS))
            self.top[metric].add(every)

    def finish(self, metrics: list[str]) -> dict:
        pooled = analysis.pooled_from_sums(_in_order(self.sums.result(), metrics))
        points = {m: Sample(self.points[m].result(), self.comparable[m]) for m in metrics}
        first = metrics[0] if metrics else next(iter(METRIC_AXES))
        candidates = self.top[first].result()
        shown, how = analysis.chosen_pages(
            candidates.filter(pl.col("metric") == first),
            MAX_PAGE_ROWS,
            comparable=self.comparable[first],
        )
        rows = {m: candidates.filter(pl.col("metric") == m) for m in metrics}
        return {
            "pooled": pooled,
            "page_points": points,
            "shown_pages": shown,
            "shown_rows": rows,
            "how_shown": how,
        }


class _Threads:
    """Figure 3 and ``threads.csv``: every thread's row, the threads a map can show, and
    the comments' scores the colour scale is fitted to."""

    def __init__(self, rows: Staged) -> None:
        self.rows = rows
        self.candidates = {m: Fold(analysis.thread_candidates) for m in THREAD_METRICS}
        self.values = {m: Fold(sample(MAX_POINTS, "unit_id")) for m in THREAD_METRICS}

    def add(self, batch: Batch) -> None:
        comments = batch.scored.filter(pl.col("kind") == analysis.DISCUSSION)
        for metric in THREAD_METRICS:
            stats = analysis.thread_stats(batch.scored, metric)
            if metric == "toxicity":
                self.rows.add(stats)
            self.candidates[metric].add(stats)
            scored = comments.filter(pl.col(metric).is_not_null()).select("unit_id", metric)
            self.values[metric].add(scored)

    def chosen(self, metric: str) -> pl.DataFrame:
        return analysis.chosen_threads(self.candidates[metric].result(), MAX_THREADS)

    def colour_limits(self, metric: str) -> tuple[float, float]:
        """The :data:`COLOUR_PERCENTILES` of the comments' ``metric`` (of a sample of them
        past :data:`MAX_POINTS`); the natural range when there are fewer than two."""
        values = self.values[metric].result()[metric]
        natural = METRIC_AXES[metric][1]
        if values.len() < 2:
            return natural
        low, high = (values.quantile(q) for q in COLOUR_PERCENTILES)
        return (low, high) if low is not None and high is not None and high > low else natural


def _named_pages(comparisons: dict, threads: pl.DataFrame) -> list[str]:
    """The pages whose labels a figure prints: figure 2's rows, figure 3's threads, and
    figure 1's points where there are few enough to name."""
    named = [*comparisons["shown_pages"]["page_id"], *threads["page_id"]]
    for points in comparisons["page_points"].values():
        if points.total <= NAMED_POINTS:
            named += points.rows["page_id"].to_list()
    return list(dict.fromkeys(named))


def _thread_layout(scored: pl.DataFrame, chosen: pl.DataFrame) -> pl.DataFrame:
    """:func:`.analysis.thread_layout` of the ``chosen`` threads (``scored``: their pages)."""
    comments = scored.filter(pl.col("kind") == analysis.DISCUSSION)
    roots = analysis.thread_roots(comments).filter(
        pl.col("thread_id").is_in(chosen["thread_id"].implode())
    )
    return analysis.thread_layout(comments.join(roots, on="unit_id"))


class _Profiles:
    """Figures 4 and 8: comments by depth, replies against parents, comments by time."""

    def __init__(self) -> None:
        self.depth = {m: Fold(sum_by("depth")) for m in METRIC_AXES}
        self.replies = {m: Fold(sum_by("is_post_author")) for m in METRIC_AXES}
        self.points = {m: Fold(sample(MAX_POINTS, "unit_id")) for m in METRIC_AXES}
        self.n_points: Counter[str] = Counter()
        self.time = {m: Fold(sum_by("bin")) for m in METRIC_AXES}

    def add(self, batch: Batch) -> None:
        for metric in METRIC_AXES:
            self.depth[metric].add(analysis.depth_sums(batch.scored, metric))
            deltas = analysis.reply_deltas(batch.scored, metric)
            self.replies[metric].add(analysis.reply_sums(deltas))
            centred = deltas.filter(pl.col("parent_centred").is_not_null()).select(
                "unit_id", "parent_centred", "score_centred", "is_post_author"
            )
            self.n_points[metric] += centred.height
            self.points[metric].add(centred)
            self.time[metric].add(analysis.time_sums(batch.scored, batch.pages, metric))

    def finish(self, metrics: list[str]) -> dict:
        return {
            "depth": {m: analysis.depth_from_sums(self.depth[m].result(), m) for m in metrics},
            "replies": {m: Sample(self.points[m].result(), self.n_points[m]) for m in metrics},
            "reply_summary": {
                m: cluster_interval(self.replies[m].result(), by="is_post_author") for m in metrics
            },
            "time": {m: analysis.time_from_sums(self.time[m].result(), m) for m in metrics},
        }


class _Words:
    """Figure 6: word log-odds within pages, summed over pages (a sample of pages past
    :data:`MAX_WORD_PAGES`, so that the vocabulary held stays bounded)."""

    def __init__(self, n_pages: int) -> None:
        self.share = min(1.0, MAX_WORD_PAGES / max(n_pages, 1))
        self.n_pages = n_pages
        self.sums = Fold(sum_by("word"))
        self.counts: Counter[str] = Counter()

    def add(self, batch: Batch) -> None:
        scored, pages = batch.scored, batch.pages
        if self.share < 1.0:
            scored = scored.filter(in_share("page_id", self.share))
            pages = pages.filter(in_share("page_id", self.share))
        strata = 0
        for part in whole_pages(scored, WORD_SLICE_UNITS):
            sums, n = word_sums(part)
            self.sums.add(sums)
            strata += n
        sides = scored.group_by("page_id").agg(
            article=(pl.col("kind") == analysis.ARTICLE).any(),
            comment=(pl.col("kind") == analysis.DISCUSSION).any(),
        )
        self.counts.update(
            strata=strata,
            both_sides=sides.filter(pl.col("article") & pl.col("comment")).height,
            read=pages.height,
        )

    def finish(self) -> dict:
        sampled = self.share < 1.0
        return {
            "words": words_from_sums(self.sums.result(), self.counts["strata"]),
            "word_pages": self.counts["both_sides"],
            "pages_read": (self.counts["read"], self.n_pages) if sampled else None,
        }


class _Completeness:
    """Figure 7: declared against recovered discussion entries."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.bins = Fold(sum_by("bin"))
        self.points = Fold(sample(MAX_POINTS, "page_id"))

    def add(self, batch: Batch) -> None:
        counts = analysis.completeness(batch.pages)
        declared = analysis.declared_pages(counts)
        parsed = counts.filter(pl.col("status") == "ok").height
        self.counts.update(
            declared=declared.height,
            undeclared=parsed - declared.height,
            failed=counts.height - parsed,
        )
        self.bins.add(analysis.ratio_bins(declared))
        self.points.add(declared.select("page_id", "declared_comments", "recovered"))

    def finish(self) -> dict:
        order = pl.DataFrame({"bin": list(analysis.RATIO_BINS)})
        return {
            "declared": Sample(self.points.result(), self.counts["declared"]),
            "ratio_bins": order.join(self.bins.result(), on="bin", maintain_order="left"),
            "undeclared": self.counts["undeclared"],
            "failed": self.counts["failed"],
        }


class _Summary:
    """``summary.csv`` (staged on disk) and the rows index.html lists."""

    def __init__(self, rows: Staged) -> None:
        self.rows = rows
        order = top(LISTED_PAGES, ["n_comments", "_order"], [True, False], nulls_last=True)
        self.listed = Fold(order)
        self.n_pages = 0

    def add(self, batch: Batch) -> None:
        rows = analysis.page_summary(batch.pages, batch.units, batch.scores)
        self.rows.add(rows)
        self.listed.add(rows.with_row_index("_order", offset=self.n_pages))
        self.n_pages += rows.height
