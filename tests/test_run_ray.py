"""The Ray engine on a local 2-CPU Ray instance: the same shards as the local engine."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import polars as pl
import pytest

from comments.engines import RunOptions, run
from comments.engines.shards import TABLES, ShardStore
from comments.errors import InputError

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
    return folder


def _tables(out: Path) -> dict[str, pl.DataFrame]:
    store = ShardStore(out)
    return {table: store.read(table).sort(KEYS[table]) for table in TABLES}


def test_ray_shards_equal_the_local_engines(
    ray_instance: None, corpus: Path, tmp_path: Path
) -> None:
    settings = {
        "inputs": (str(corpus),),
        "chunk_size": 4,
        "quiet": True,
        "toxicity_model": "profanity-check",
    }
    local = run(RunOptions(out=tmp_path / "local", workers=0, **settings))
    distributed = run(RunOptions(out=tmp_path / "ray", engine="ray", **settings))

    assert local.pages == 22 and local.units > 100
    assert (distributed.pages, distributed.units) == (local.pages, local.units)
    by_ray, by_local = _tables(tmp_path / "ray"), _tables(tmp_path / "local")
    for table, schema in TABLES.items():
        assert dict(by_ray[table].schema) == schema
        assert by_ray[table].equals(by_local[table]), table
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

    with pytest.raises(InputError, match="cannot resume; pass --overwrite"):
        run(options)
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
