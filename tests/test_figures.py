"""Figure functions on hand-built tables: honest axes, n labels, no fake zeros, safe text."""

from __future__ import annotations

import polars as pl
import pytest

from comments.report import analysis, figures


@pytest.fixture
def scored() -> pl.DataFrame:
    rows = [
        ("p", "p/a1", "article", None, None, 0.1, -0.2, "Costs $5 and $6", None),
        ("p", "p/a2", "article", None, None, 0.2, 0.4, "More text", None),
        ("p", "p/c1", "comment", None, 0, 0.7, -0.6, "angry words", "Ann $x$"),
        ("p", "p/c2", "comment", "p/c1", 1, 0.3, 0.1, "calm reply", "Bob"),
        ("q", "q/a1", "article", None, None, 0.05, 0.0, "Quiet page", None),
    ]
    cols = [
        "page_id",
        "unit_id",
        "kind",
        "parent_id",
        "depth",
        "toxicity",
        "sentiment_compound",
        "text",
        "author",
    ]
    return pl.DataFrame(rows, schema=cols, orient="row").with_columns(
        position=pl.int_range(pl.len()).over("page_id")
    )


def _texts(fig) -> list[str]:
    return [t.get_text() for t in fig.findobj(lambda a: hasattr(a, "get_text"))]


def test_article_vs_discussion_fixed_ranges_and_n(scored):
    metrics = list(figures.METRIC_AXES)
    pooled = {m: analysis.group_summary(scored, m) for m in metrics}
    per_page = {m: analysis.group_summary(scored, m, by_page=True) for m in metrics}
    fig = figures.article_vs_discussion(
        scored, pooled, per_page, {"p": "p", "q": "q"}, "Toxicity model: profanity-check."
    )
    sentiment_ax, toxicity_ax = fig.axes[:2]
    assert sentiment_ax.get_xticks()[[0, -1]].tolist() == [-1.0, 1.0]
    assert toxicity_ax.get_xticks()[[0, -1]].tolist() == [0.0, 1.0]
    texts = _texts(fig)
    assert "n=3" in texts and "n=2" in texts  # pooled article / comments
    assert "no comments" in texts  # page q
    assert any("profanity-check" in t for t in texts)
    legend = [t.get_text() for t in fig.legends[0].get_texts()]
    assert legend == [
        "article paragraphs",
        "comments",
        f"mean, 95% interval (n ≥ {figures.SMALL_N})",
    ]


def test_divergence_never_plots_no_discussion_as_zero(scored):
    div = {m: analysis.divergence(scored, m, pages=["p", "q"]) for m in figures.METRIC_AXES}
    fig = figures.divergence_by_page(div, {"p": "p", "q": "q"})
    ax = fig.axes[1]
    plotted_y = [y for line in ax.get_lines() for y in line.get_ydata()]
    assert -1 not in plotted_y  # row of page q carries no marker
    assert "no discussion" in _texts(fig)
    assert ax.get_xlim() == (-1.0, 1.0)


def test_thread_map_escapes_page_text_and_marks_depth(scored):
    fig = figures.thread_maps(analysis.thread_layout(scored), {"p": "p title", "q": "q"})
    texts = _texts(fig)
    assert any(t.startswith(r"Ann \$x\$") for t in texts)  # literal dollars, no mathtext
    assert "depth 1" in [t.get_text() for t in fig.axes[0].get_xticklabels()]
    assert len(fig.axes) == 2  # one map (page q has no discussion) + colour bar


def test_tone_down_thread_reports_reply_count(scored):
    metrics = list(figures.METRIC_AXES)
    fig = figures.tone_down_thread(
        {m: analysis.depth_profile(scored, m) for m in metrics},
        {m: analysis.reply_deltas(scored, m) for m in metrics},
        scored,
        {"toxicity": 0.1, "sentiment_compound": 0.0},
    )
    assert any(t.startswith("n = 1 replies; mean change -0.40") for t in _texts(fig))


def test_words_and_completeness_figures(scored):
    fig = figures.words_of_discussion(analysis.log_odds(scored))
    assert "angry" in [t.get_text() for t in fig.axes[0].get_yticklabels()]
    pages = pl.DataFrame(
        {
            "page_id": ["p", "q"],
            "status": ["ok", "error"],
            "declared_comments": [4, None],
            "n_comments": [2, 0],
            "n_pingbacks": [0, 0],
        }
    )
    fig = figures.completeness_and_pingbacks(
        analysis.completeness(pages), analysis.pingback_sites(scored), {"p": "p", "q": "q"}
    )
    texts = _texts(fig)
    assert "2 of 4" in " ".join(texts) and "error: page not parsed" in " ".join(texts)
