"""`python -m comments.report` end to end on the seeds (linear tier; tiny Detoxify for fig 5)."""

from __future__ import annotations

import re
from pathlib import Path

import polars as pl
import pytest

from comments.cli.report import main
from comments.engines.shards import TABLES, ShardStore
from comments.errors import InputError
from comments.report import read_run
from comments.report.registry import FIGURES

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
# The seeds have no Detoxify labels and no dates: figures 5 and 8 are not drawn.
ALWAYS = [
    spec.stem
    for spec in FIGURES
    if spec.stem not in ("05_toxicity_attributes", "08_tone_over_time")
]


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("report")
    status = main(
        [str(SEEDS), "--out", str(folder), "--toxicity-model", "profanity-check", "--quiet"]
    )
    assert status == 0
    return folder


def test_every_figure_and_table_is_written(out):
    for stem in ALWAYS:
        assert (out / f"{stem}.png").stat().st_size > 10_000
    assert not (out / "05_toxicity_attributes.png").exists()  # linear tier: no labels
    units = pl.read_parquet(out / "units.parquet")
    scores = pl.read_parquet(out / "scores.parquet")
    assert pl.read_parquet(out / "pages.parquet").height == 5
    assert scores["unit_id"].to_list() == units["unit_id"].to_list()
    assert scores["toxicity_model"].unique().to_list() == ["profanity-check"]


def test_summary_numbers_match_the_scores_table(out):
    summary = pl.read_csv(out / "summary.csv")
    assert summary.height == 5
    scored = pl.read_parquet(out / "units.parquet").join(
        pl.read_parquet(out / "scores.parquet"), on="unit_id"
    )
    page = summary.filter(pl.col("n_comments") > 0)["page_id"][0]
    comments = scored.filter((pl.col("page_id") == page) & (pl.col("kind") == "comment"))
    article = scored.filter((pl.col("page_id") == page) & (pl.col("kind") == "article"))
    row = summary.filter(pl.col("page_id") == page).row(0, named=True)
    assert row["comment_toxicity"] == pytest.approx(comments["toxicity"].mean())
    assert row["sentiment_divergence"] == pytest.approx(
        comments["sentiment_compound"].mean() - article["sentiment_compound"].mean()
    )
    quiet = summary.filter(pl.col("n_comments") == 0)
    assert quiet["discussion"].unique().to_list() == ["no discussion"]
    assert quiet["toxicity_divergence"].null_count() == quiet.height


def test_index_html_references_only_existing_files(out):
    html = (out / "index.html").read_text(encoding="utf-8")
    targets = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert {f"{stem}.png" for stem in ALWAYS} <= set(targets)
    for target in targets:
        assert (out / target).is_file(), target
    assert "<script src" not in html.lower()  # one inline script (table sorting), nothing remote


def test_index_html_numbers_figures_by_file_name_and_fits_a_laptop(out):
    html = (out / "index.html").read_text(encoding="utf-8")
    numbers = re.findall(r'<img src="(\d\d)_[^"]+"[^>]*>\s*<figcaption><b>Figure (\d+)\.', html)
    assert numbers and all(int(a) == int(b) for a, b in numbers)
    assert ("06", "6") in numbers  # figure 5 is not drawn; 6 stays 6
    assert "table-layout: fixed" in html and "overflow-x" not in html
    assert '<table class="sortable">' in html and "warnings / error" in html
    assert "<h2>Languages</h2>" in html and "<h2>At a glance</h2>" in html


def test_research_tables_are_written(out):
    threads = pl.read_csv(out / "threads.csv")
    assert threads.columns[:4] == ["page_id", "thread_id", "n_comments", "depth"]
    assert threads["n_comments"].sum() == 7  # the seeds' comments
    languages = pl.read_csv(out / "languages.csv")
    assert languages.filter(pl.col("lang") == "de")["not_scored"].to_list() == [1]
    sites = pl.read_csv(out / "pingback_sites.csv")
    assert sites["n_links"].sum() == pl.read_parquet(out / "pages.parquet")["n_pingbacks"].sum()


def _write_run(out: Path, run: Path, chunks: int = 2) -> None:
    """The report's tables as a run folder of ``chunks`` completed chunks."""
    tables = {name: pl.read_parquet(out / f"{name}.parquet") for name in TABLES}
    store = ShardStore(run)
    store.claim({"inputs": ["seeds"]}, overwrite=False)
    pages = tables["pages"]["page_id"].to_list()
    for index in range(chunks):
        mine = pages[index::chunks]
        pages_part = tables["pages"].filter(pl.col("page_id").is_in(mine))
        units_part = tables["units"].filter(pl.col("page_id").is_in(mine))
        scores_part = tables["scores"].filter(
            pl.col("unit_id").is_in(units_part["unit_id"].to_list())
        )
        store.write_chunk(f"chunk-{index:06d}", pages_part, units_part, scores_part)


def test_from_shards_draws_without_rescoring(out, tmp_path):
    _write_run(out, tmp_path / "run")
    status = main(
        [
            "--from",
            str(tmp_path / "run"),
            "--out",
            str(tmp_path / "fig"),
            "--quiet",
            "--format",
            "svg",
        ]
    )
    assert status == 0
    assert (tmp_path / "fig" / "01_article_vs_discussion.svg").is_file()
    assert not (tmp_path / "fig" / ".cache").exists()  # nothing was scored
    again = pl.read_csv(tmp_path / "fig" / "summary.csv")
    expected = pl.read_csv(out / "summary.csv")
    assert again.sort("page_id").equals(expected.sort("page_id"))


def test_from_shards_skips_chunks_a_killed_run_left_unfinished(out, tmp_path):
    run = tmp_path / "run"
    _write_run(out, run, chunks=1)
    for name in TABLES:  # chunk-000001 repeats everything but has no completion marker
        pl.read_parquet(out / f"{name}.parquet").write_parquet(run / name / "chunk-000001.parquet")
    with pytest.warns(UserWarning, match=r"has not finished.*1 completed chunk"):
        loaded_pages, _, _ = read_run(run)  # the user is told, and what is complete is read
    assert loaded_pages.height == pl.read_parquet(out / "pages.parquet").height
    (run / "_done" / "chunk-000000.json").unlink()
    with pytest.raises(InputError, match=r"no completed \.parquet shards"):
        read_run(run)  # markers folder present but nothing complete


def test_toxicity_attributes_appear_only_with_detoxify(tiny_model_dir, tmp_path):
    status = main(
        [
            str(SEEDS / "003_e12325d8de725db9.txt"),
            "--out",
            str(tmp_path),
            "--toxicity-model",
            "unbiased",
            "--model-dir",
            str(tiny_model_dir),
            "--quiet",
        ]
    )
    assert status == 0
    assert (tmp_path / "05_toxicity_attributes.png").is_file()
    assert pl.read_parquet(tmp_path / "scores.parquet")["insult"].null_count() == 1  # German


def test_user_errors_exit_2_with_a_message(tmp_path, capsys):
    assert main([str(tmp_path / "nope"), "--out", str(tmp_path), "--quiet"]) == 2
    assert "input not found" in capsys.readouterr().err
    assert main(["--from", str(tmp_path), "--out", str(tmp_path / "o"), "--quiet"]) == 2
    assert "no completed .parquet shards" in capsys.readouterr().err


def test_summary_csv_keeps_formula_titles_as_text(tmp_path):
    title = '=HYPERLINK("http://example.invalid","click me")'
    page = tmp_path / "pages" / "formula.txt"
    page.parent.mkdir()
    page.write_text(
        f"{title}\n\nThe council met on Tuesday to discuss the new budget for the schools.\n",
        encoding="utf-8",
    )
    out = tmp_path / "fig"
    status = main(
        [str(page.parent), "--out", str(out), "--toxicity-model", "profanity-check", "--quiet"]
    )
    assert status == 0
    assert pl.read_parquet(out / "pages.parquet")["title"].to_list() == [title]
    assert pl.read_csv(out / "summary.csv")["title"].to_list() == ["'" + title]


def test_a_mostly_non_english_corpus_is_told_about_the_multilingual_model(tmp_path, capsys):
    devset = Path(__file__).resolve().parent / "devset" / "text"
    pages = [str(devset / f"{name}.w3m.txt") for name in ("wp_german", "wp_french", "wp_spanish")]
    out = tmp_path / "fig"
    assert main([*pages, "--out", str(out), "--toxicity-model", "profanity-check"]) == 0
    err = capsys.readouterr().err
    assert "--toxicity-model multilingual" in err and "are not in English" in err
    summary = pl.read_csv(out / "summary.csv")
    assert summary["lang"].to_list() == ["de", "fr", "es"]
    assert (summary["not_scored"] > 0).all()
    assert "multilingual" in (out / "index.html").read_text(encoding="utf-8")


def test_index_html_signs_differences_but_not_the_parse_quality(out):
    html = (out / "index.html").read_text(encoding="utf-8")
    quality = re.findall(r'<td class="num" data-v="1\.0">([^<]*)</td>', html)
    assert quality and set(quality) == {"1.00"}  # every seed page parses whole
    assert re.search(r'data-v="0\.34[0-9]*">\+0\.346</td>', html)  # seed 000's Δ sentiment
