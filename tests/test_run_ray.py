"""The Ray engine on a local 2-CPU Ray instance: the same shards, shard names, renamed
page ids and resume as the local engine (issue 13, item 10)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import polars as pl
import pytest

from comments.engines import RunOptions, run
from comments.engines.shards import TABLES, ShardStore
from comments.report import read_run

ray = pytest.importorskip("ray")
pytestmark = [pytest.mark.ray, pytest.mark.slow]

ROOT = Path(__file__).resolve().parent.parent
KEYS = {"pages": "page_id", "units": "unit_id", "scores": "unit_id"}


@pytest.fixture(scope="session")
def ray_instance() -> Iterator[None]:
    """One local Ray instance for the whole session (starting Ray takes seconds)."""
    started = not ray.is_initialized()
    if started:
        ray.init(num_cpus=2, include_dashboard=False, logging_level="ERROR", log_to_driver=False)
    yield
    if started:
        ray.shutdown()


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """Seed pages as .txt, and JSONL records including a bad line and an empty page."""
    folder = tmp_path / "corpus"
    (folder / "txt").mkdir(parents=True)
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    for seed in seeds:
        (folder / "txt" / seed.name).write_bytes(seed.read_bytes())
    lines = [
        json.dumps(
            {
                "id": f"r{i}",
                "url": f"https://example.org/{i}",
                "text": seed.read_text(encoding="utf-8").replace("a", "e", i),
            }
        )
        for i, seed in enumerate(seeds * 3)
    ]
    lines += ["{broken", json.dumps({"id": "empty", "text": ""})]
    (folder / "records.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    # The same ids again in another file: renamed r0~2 … as the local engine does.
    again = [json.dumps({"id": f"r{i}", "text": f"Again {i}\n\nA repeated id."}) for i in range(3)]
    (folder / "repeats.jsonl").write_text("\n".join(again) + "\n", encoding="utf-8")
    return folder


def _names(out: Path, table: str) -> list[str]:
    return sorted(path.name for path in (out / table).iterdir())


def _tables(out: Path) -> dict[str, pl.DataFrame]:
    store = ShardStore(out)
    return {table: store.read(table).sort(KEYS[table]) for table in TABLES}


def _settings(corpus: Path, toxicity_model: str) -> dict[str, object]:
    return {
        "inputs": (str(corpus),),
        "chunk_size": 4,
        "quiet": True,
        "toxicity_model": toxicity_model,
    }


def test_ray_shards_equal_the_local_engines(
    ray_instance: None, corpus: Path, tmp_path: Path
) -> None:
    settings = _settings(corpus, "profanity-check")
    local = run(RunOptions(out=tmp_path / "local", workers=0, **settings))
    distributed = run(RunOptions(out=tmp_path / "ray", engine="ray", **settings))

    assert local.pages == 25 and local.units > 100
    assert (distributed.pages, distributed.units) == (local.pages, local.units)
    by_ray, by_local = _tables(tmp_path / "ray"), _tables(tmp_path / "local")
    for table, schema in TABLES.items():
        assert dict(by_ray[table].schema) == schema
        assert by_ray[table].equals(by_local[table]), table
        assert _names(tmp_path / "ray", table) == _names(tmp_path / "local", table)
    renamed = by_ray["pages"].filter(pl.col("page_id").str.contains("~"))
    assert renamed["page_id"].sort().to_list() == ["r0~2", "r1~2", "r2~2"]
    assert renamed["warnings"].to_list()[0] == "duplicate page id 'r0' renamed 'r0~2'"
    scores = by_ray["scores"]
    unscored = scores.filter(pl.col("toxicity").is_null())
    assert unscored.height == 4  # the corpus' non-English units, each with its reason
    assert unscored["not_scored"].str.contains("profanity-check (lang", literal=True).all()
    assert scores["toxicity_model"].unique().to_list() == ["profanity-check"]
    assert by_ray["pages"].filter(pl.col("status") == "error").height == 2


def test_ray_actor_pool_scores_detoxify_like_local(
    ray_instance: None, corpus: Path, tmp_path: Path, tiny_model_dir: Path
) -> None:
    # A Detoxify-format model (tiny, random weights) is scored by the actor pool.
    settings = {
        "inputs": (str(corpus / "txt"),),
        "chunk_size": 2,
        "quiet": True,
        "toxicity_model": "unbiased",
        "model_dir": str(tiny_model_dir),
    }
    run(RunOptions(out=tmp_path / "local", workers=0, **settings))
    options = RunOptions(out=tmp_path / "ray", engine="ray", **settings)
    assert run(options).pages == 5
    by_ray, by_local = _tables(tmp_path / "ray"), _tables(tmp_path / "local")
    assert by_ray["units"].equals(by_local["units"])
    labels = ["toxicity", "severe_toxicity", "insult", "sexual_explicit"]
    ray_scores, local_scores = by_ray["scores"], by_local["scores"]
    assert ray_scores["unit_id"].equals(local_scores["unit_id"])
    english = by_ray["units"]["lang"] == "en"  # unbiased is English-only
    assert ray_scores.filter(english).select(labels).null_count().sum_horizontal().item() == 0
    assert ray_scores.filter(~english)["toxicity"].null_count() == (~english).sum() == 1
    # Batches group texts differently (Ray picks the boundaries): float32 noise only.
    for label in labels:
        assert (ray_scores[label] - local_scores[label]).abs().max() < 1e-5, label
    assert ray_scores["toxicity_model"].unique().to_list() == ["unbiased"]

    resumed = run(options)  # the same command again: everything is done already
    assert (resumed.chunks_written, resumed.chunks_skipped, resumed.pages) == (0, 3, 5)
    again = run(
        RunOptions(
            out=tmp_path / "ray",
            engine="ray",
            overwrite=True,
            **{**settings, "toxicity_model": "none"},
        )
    )
    assert again.pages == 5
    assert ShardStore(tmp_path / "ray").read("scores")["toxicity"].null_count() > 0


def test_ray_resumes_a_killed_run_chunk_by_chunk(
    ray_instance: None, corpus: Path, tmp_path: Path
) -> None:
    options = RunOptions(out=tmp_path / "ray", engine="ray", **_settings(corpus, "none"))
    first = run(options)
    complete = _tables(tmp_path / "ray")
    # What a kill leaves: a chunk without its marker, half its shards, a temporary file.
    (tmp_path / "ray" / "_done" / "chunk-000003.json").unlink()
    (tmp_path / "ray" / "scores" / "chunk-000003.parquet").unlink()
    (tmp_path / "ray" / "units" / ".chunk-000005.parquet.x1y2z3ab.tmp").write_bytes(b"half")
    resumed = run(options)
    assert (resumed.chunks_written, resumed.chunks_skipped) == (1, first.chunks_written - 1)
    after = _tables(tmp_path / "ray")
    for table in TABLES:
        assert after[table].equals(complete[table]), table
    assert not list((tmp_path / "ray").rglob("*.tmp"))

    pages, units, _ = read_run(tmp_path / "ray")  # what report --from reads: every page
    assert (pages.height, units.height) == (first.pages, first.units) == (25, first.units)
