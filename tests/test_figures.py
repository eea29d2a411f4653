"""Figures at 5, 40, 1,000 and 100,000 pages: bounded, fitted, honest, quiet."""

from __future__ import annotations

import warnings

import polars as pl
import pytest

from comments.report import analysis, figures
from comments.report.aggregate import ReportInputs, report_inputs
from comments.report.registry import FIGURES, draw_figures
from comments.report.synthetic import COMMENT_SHIFT, synthetic_tables

ALWAYS = {spec.stem for spec in FIGURES} - {"05_toxicity_attributes"}


def _texts(fig) -> list[str]:
    return [t.get_text().replace("\n", " ") for t in fig.findobj(lambda a: hasattr(a, "get_text"))]


def _errorbars(ax) -> int:
    return sum(type(c).__name__ == "ErrorbarContainer" for c in ax.containers)


@pytest.fixture(scope="module", params=[5, 40, 1000, 100_000])
def drawn(request) -> tuple[int, ReportInputs, dict]:
    pages, units, scores = synthetic_tables(request.param, seed=7)
    inputs = report_inputs(pages, units, scores)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no glyph, layout or numpy warnings at any size
        drawn = draw_figures(inputs)
    return request.param, inputs, drawn, (pages, analysis.scored_units(units, scores))


def test_every_figure_is_drawn_at_every_size(drawn):
    _, _, figs, _ = drawn
    assert set(figs) == ALWAYS  # no Detoxify labels in the synthetic scores


def test_per_page_rows_are_bounded_and_say_how_they_were_chosen(drawn):
    _, inputs, figs, (_, scored) = drawn
    forest = figs["02_divergence_by_page"].axes[0]
    divergences = analysis.divergence(scored, "sentiment_compound")
    comparable = divergences.filter(pl.col("status") == "ok").height
    assert inputs.page_points["sentiment_compound"].total == comparable
    rows = min(comparable, figures.MAX_PAGE_ROWS)
    assert len(forest.get_yticklabels()) == rows + 1  # the chosen pages + the pooled row
    note = " ".join(_texts(figs["02_divergence_by_page"]))
    if comparable > figures.MAX_PAGE_ROWS:
        assert (
            f"the {figures.MAX_PAGE_ROWS} of {comparable:,} pages with the most scored comments"
            in note
        )
    threads = figs["03_thread_maps"].axes[:-1]  # the last axes is the colour bar
    assert 1 <= len(threads) <= figures.MAX_THREADS
    assert figs["02_divergence_by_page"].get_size_inches()[1] < 15  # never grows with n


def test_intervals_only_from_five_texts_and_pages(drawn):
    _, inputs, figs, (_, scored) = drawn
    forest = figs["02_divergence_by_page"].axes[0]
    chosen, _ = analysis.chosen_pages(
        analysis.divergence(scored, "sentiment_compound"), figures.MAX_PAGE_ROWS
    )
    assert chosen["page_id"].to_list() == inputs.shown_pages["page_id"].to_list()
    with_interval = chosen.filter((pl.col("n_comments") >= 5) & (pl.col("n_article") >= 5)).height
    assert _errorbars(forest) == with_interval
    depth = figs["04_tone_down_thread"].axes[0]
    profile = analysis.depth_profile(scored, "sentiment_compound")
    allowed = profile.filter((pl.col("n") >= 5) & (pl.col("n_pages") >= 5)).height
    assert _errorbars(depth) == allowed


def test_axes_fit_the_data(drawn):
    n, inputs, figs, _ = drawn
    forest = figs["02_divergence_by_page"].axes[0]
    low, high = forest.get_xlim()
    assert low == pytest.approx(-high) and high < 1.5  # centred on 0, not the −2..2 span
    if n >= 1000:  # the planted shift is recovered, and the axis is about its size
        pooled = inputs.pooled.filter(pl.col("metric") == "sentiment_compound").row(0, named=True)
        # recovered up to the bias of clipping scores to −1..1, and not 0
        assert pooled["mean"] == pytest.approx(COMMENT_SHIFT, abs=0.02)
        assert pooled["ci_high"] < 0
        toxicity_forest = figs["02_divergence_by_page"].axes[1]
        assert toxicity_forest.get_xlim()[1] < 0.6


def test_pooling_is_within_pages_and_counts_what_it_leaves_out(drawn):
    _, inputs, figs, (pages, _) = drawn
    pooled = inputs.pooled.row(0, named=True)
    ok = pages.filter(pl.col("status") == "ok")
    assert pooled["no_discussion"] == ok.filter(pl.col("n_comments") == 0).height
    assert pooled["not_parsed"] == pages.height - ok.height
    note = " ".join(_texts(figs["01_article_vs_discussion"]))
    assert f"{pooled['no_discussion']:,} without comments" in note


def test_emoji_and_dollars_are_drawn_quietly():
    pages, units, scores = synthetic_tables(5, seed=7)
    units = units.with_columns(
        text=pl.lit("Great 🤣👍🏽 post, costs $5"), author=pl.lit("Ann 🌍 $x$")
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        fig = draw_figures(report_inputs(pages, units, scores))["03_thread_maps"]
        fig.savefig(pytest.importorskip("io").BytesIO(), format="png")
    texts = " ".join(_texts(fig))
    assert "Ann □ \\$x\\$" in texts and "Great □□ post" in texts


def test_page_labels_keep_url_ids_apart():
    pages = pl.DataFrame(
        {
            "page_id": ["https://example.org/2020/a-long-story/", "https://example.org/2020/b/"],
            "title": [None, "B"],
        }
    )
    assert list(figures.page_labels(pages).values()) == ["a-long-story", "B · b"]
