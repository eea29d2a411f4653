"""`report --from` streams a run folder: the same numbers as the tables read whole, in
batches of whole pages, without :meth:`ShardStore.read` and without every page id in memory."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import polars as pl
import pytest
from polars.testing import assert_frame_equal

from comments import idstore
from comments.cli.report import main
from comments.engines.shards import TABLES, ShardStore
from comments.errors import InputError
from comments.report import aggregate as aggregate_module
from comments.report import analysis
from comments.report.aggregate import Aggregates, aggregate
from comments.report.clustered import MIN_N, t_quantile
from comments.report.source import RunSource, TablesSource
from comments.report.synthetic import synthetic_tables

N_PAGES, N_CHUNKS = 400, 9
Tables = tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]


@pytest.fixture(scope="module")
def tables() -> Tables:
    return synthetic_tables(N_PAGES, seed=11)


def _write_run(tables: Tables, run: Path, chunks: int = N_CHUNKS) -> Path:
    """``tables`` as a run folder of ``chunks`` completed chunks of consecutive pages."""
    pages, units, scores = tables
    store = ShardStore(run)
    store.claim({"inputs": ["synthetic"]}, overwrite=False)
    ids = pages["page_id"].to_list()
    size = -(-len(ids) // chunks)
    for index in range(chunks):
        mine = pl.Series(ids[index * size : (index + 1) * size]).implode()
        part = units.filter(pl.col("page_id").is_in(mine))
        store.write_chunk(
            f"chunk-{index:06d}",
            pages.filter(pl.col("page_id").is_in(mine)),
            part,
            scores.filter(pl.col("unit_id").is_in(part["unit_id"].implode())),
        )
    store.finish()
    return run


@pytest.fixture(scope="module")
def run(tables, tmp_path_factory) -> Path:
    return _write_run(tables, tmp_path_factory.mktemp("stream") / "run")


@pytest.fixture(scope="module")
def whole(tables, tmp_path_factory) -> Aggregates:
    return aggregate(TablesSource(*tables), tmp_path_factory.mktemp("whole"))


@pytest.fixture(scope="module")
def streamed(run, tmp_path_factory) -> Aggregates:
    # Small batches: many batches of a few chunks each, so every fold merges.
    return aggregate(RunSource(run, batch_units=1_500), tmp_path_factory.mktemp("streamed"))


def _same(left: pl.DataFrame, right: pl.DataFrame) -> None:
    """Equal but for the last bits of floats (sums added in another order)."""
    assert_frame_equal(left, right, check_exact=False, rel_tol=1e-9, abs_tol=1e-12)


def test_a_run_read_in_batches_gives_the_numbers_of_the_whole_tables(whole, streamed):
    assert streamed.n_pages == whole.n_pages == N_PAGES
    assert_frame_equal(streamed.summary.collect(), whole.summary.collect())
    assert_frame_equal(streamed.listed, whole.listed)
    for name in ("pooled", "languages", "pingback_sites"):
        _same(streamed.research[name], whole.research[name])
    assert_frame_equal(streamed.research["threads"].collect(), whole.research["threads"].collect())
    a, b = streamed.inputs, whole.inputs
    assert a.metrics == b.metrics and a.models == b.models
    for name in ("pooled", "attributes", "words", "ratio_bins", "shown_pages", "threads"):
        _same(getattr(a, name), getattr(b, name))
    for metric in a.metrics:
        _same(a.depth[metric], b.depth[metric])
        _same(a.time[metric], b.time[metric])
        _same(a.reply_summary[metric], b.reply_summary[metric])
        assert_frame_equal(a.page_points[metric].rows, b.page_points[metric].rows)
    assert_frame_equal(a.thread_layout, b.thread_layout)
    assert a.colour_limits == b.colour_limits and a.labels == b.labels
    assert (a.word_pages, a.undeclared, a.failed) == (b.word_pages, b.undeclared, b.failed)


def test_the_folded_numbers_are_those_of_the_whole_table_analysis(tables, streamed):
    pages, units, scores = tables
    scored = analysis.scored_units(units, scores)
    assert_frame_equal(streamed.summary.collect(), analysis.page_summary(pages, units, scores))
    inputs = streamed.inputs
    for metric in inputs.metrics:
        _same(inputs.depth[metric], analysis.depth_profile(scored, metric))
        _same(inputs.time[metric], analysis.time_profile(scored, pages, metric))
        deltas = analysis.reply_deltas(scored, metric)
        _same(inputs.reply_summary[metric], analysis.reply_summary(deltas))
    _same(inputs.words, analysis.distinctive_words(scored))
    threads = analysis.thread_stats(scored, "toxicity")
    assert_frame_equal(streamed.research["threads"].collect(), threads)
    assert_frame_equal(inputs.threads, analysis.chosen_threads(threads, len(inputs.threads)))


def test_the_pooled_difference_is_the_mean_over_pages_with_a_t_interval(tables, streamed):
    """Against numpy on every comparable page's difference (as the report computed it
    before it streamed)."""
    pages, units, scores = tables
    scored = analysis.scored_units(units, scores)
    failed = pages.filter(pl.col("status") != "ok")["page_id"]
    for row in streamed.research["pooled"].iter_rows(named=True):
        every = analysis.divergence(scored, row["metric"], pages=pages["page_id"], errors=failed)
        diffs = every.filter(pl.col("status") == "ok")["diff"].drop_nulls().to_numpy()
        assert row["n_pages"] == diffs.size >= MIN_N
        half = t_quantile(diffs.size - 1) * diffs.std(ddof=1) / math.sqrt(diffs.size)
        assert row["mean"] == pytest.approx(diffs.mean(), rel=1e-12)
        assert row["ci_low"] == pytest.approx(diffs.mean() - half, rel=1e-12)
        assert row["ci_high"] == pytest.approx(diffs.mean() + half, rel=1e-12)


def test_samples_past_the_limit_are_the_same_however_the_run_is_batched(
    run, tables, tmp_path, monkeypatch
):
    monkeypatch.setattr(aggregate_module, "MAX_POINTS", 50)
    results = [
        aggregate(RunSource(run, batch_units=size), tmp_path / str(size))
        for size in (1, 4_000, 10**9)
    ]
    for metric in results[0].inputs.metrics:
        points = [result.inputs.page_points[metric] for result in results]
        assert all(p.partial and p.rows.height == 50 for p in points)
        assert (
            points[0].total
            == analysis.divergence(analysis.scored_units(*tables[1:]), metric)
            .filter(pl.col("status") == "ok")
            .height
        )
        for other in points[1:]:
            assert_frame_equal(other.rows, points[0].rows)
        replies = [result.inputs.replies[metric] for result in results]
        assert all(r.rows.height == 50 < r.total for r in replies)


def test_report_from_a_run_never_reads_a_whole_table(run, tables, tmp_path, monkeypatch):
    def refuse(self, table):
        raise AssertionError(f"ShardStore.read({table!r}) holds a whole table in memory")

    monkeypatch.setattr(ShardStore, "read", refuse)
    out = tmp_path / "fig"
    assert main(["--from", str(run), "--out", str(out), "--quiet"]) == 0
    summary = pl.read_csv(out / "summary.csv")
    assert summary["page_id"].to_list() == tables[0]["page_id"].to_list()
    for name, table in zip(TABLES, tables, strict=True):  # streamed copies, in chunk order
        assert pl.read_parquet(out / f"{name}.parquet").equals(table)
    threads = pl.read_csv(out / "threads.csv")
    assert (
        threads.height
        == analysis.thread_stats(analysis.scored_units(*tables[1:]), "toxicity").height
    )
    assert "pages with the most comments" in (out / "index.html").read_text(encoding="utf-8")


def test_a_page_id_in_two_chunks_is_refused_with_the_ids_on_disk(tables, tmp_path, monkeypatch):
    monkeypatch.setattr(idstore, "IDS_IN_MEMORY", 10)  # the ids move to SQLite early
    pages, units, scores = tables
    run = _write_run(tables, tmp_path / "run", chunks=4)
    first = pages.head(1)  # a fifth chunk repeats the first page
    again = units.filter(pl.col("page_id") == first["page_id"][0])
    again_scores = scores.filter(pl.col("unit_id").is_in(again["unit_id"].implode()))
    ShardStore(run).write_chunk("chunk-000004", first, again, again_scores)
    with pytest.raises(InputError, match=r"page id '.+' appears on more than one row"):
        list(RunSource(run).batches())
    chunks = list(ShardStore(_write_run(tables, tmp_path / "ok", chunks=4)).iter_chunks())
    assert sum(chunk[0].height for chunk in chunks) == N_PAGES


def test_a_batch_holds_whole_chunks_and_every_page_once(run):
    batches = list(RunSource(run, batch_units=1_500).batches())
    assert len(batches) > 1
    ids = np.concatenate([batch.pages["page_id"].to_numpy() for batch in batches])
    assert len(ids) == len(set(ids)) == N_PAGES
    for batch in batches:  # a page's units and scores come with it
        assert set(batch.units["page_id"]) <= set(batch.pages["page_id"])
        assert batch.scores["unit_id"].to_list() == batch.units["unit_id"].to_list()
