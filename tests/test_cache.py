"""ScoreCache: content-hash keys, model identity, schema version, atomic and forgiving."""

from __future__ import annotations

import hashlib

import polars as pl
import pytest

from comments.errors import InputError
from comments.scoring import cache as cache_module
from comments.scoring.cache import ScoreCache, text_key

TEXTS = ["nice article", "you are an idiot", "über-höflich 😀"]
SCORES = pl.DataFrame({"toxicity": [0.01, 0.97, 0.2], "insult": [0.0, 0.9, None]})


@pytest.fixture
def path(tmp_path):
    return tmp_path / "cache" / "scores.parquet"


def test_text_key_is_sha256_of_utf8():
    assert text_key("über") == hashlib.sha256("über".encode()).hexdigest()


def test_stored_scores_come_back_for_the_same_texts_in_any_order(path):
    ScoreCache(path).store("m@1", TEXTS, SCORES)
    hits, missing = ScoreCache(path).lookup(
        "m@1", [TEXTS[2], "unseen", TEXTS[0]], columns=["toxicity", "insult"]
    )
    assert missing == [1]
    assert hits.columns == ["index", "toxicity", "insult"]
    assert hits.rows() == [(0, 0.2, None), (2, 0.01, 0.0)]


def test_another_model_identity_never_reuses_scores(path):
    cache = ScoreCache(path)
    cache.store("unbiased@aaaa", TEXTS, SCORES)
    hits, missing = cache.lookup("unbiased@bbbb", TEXTS)
    assert hits.height == 0 and missing == [0, 1, 2]


def test_restoring_a_text_keeps_the_newest_scores(path):
    cache = ScoreCache(path)
    cache.store("m", ["a"], pl.DataFrame({"toxicity": [0.1]}))
    cache.store("m", ["a"], pl.DataFrame({"toxicity": [0.7]}))
    assert ScoreCache(path).lookup("m", ["a"], ["toxicity"])[0]["toxicity"].to_list() == [0.7]
    assert len(ScoreCache(path)) == 1


def test_a_new_schema_version_ignores_and_drops_old_rows(path, monkeypatch):
    ScoreCache(path).store("m", ["a"], pl.DataFrame({"toxicity": [0.1]}))
    monkeypatch.setattr(cache_module, "CACHE_SCHEMA_VERSION", 2)
    cache = ScoreCache(path)
    assert cache.lookup("m", ["a"])[1] == [0]
    cache.store("m", ["b"], pl.DataFrame({"toxicity": [0.3]}))
    assert pl.read_parquet(path)["version"].to_list() == [2]


def test_a_corrupt_file_warns_and_is_rebuilt(path):
    path.parent.mkdir(parents=True)
    path.write_bytes(b"PAR1 this is not parquet")
    cache = ScoreCache(path)
    with pytest.warns(RuntimeWarning, match="unreadable"):
        assert cache.lookup("m", TEXTS)[1] == [0, 1, 2]
    cache.store("m", TEXTS, SCORES)
    assert ScoreCache(path).lookup("m", TEXTS)[1] == []


def test_a_parquet_file_of_another_layout_counts_as_corrupt(path):
    path.parent.mkdir(parents=True)
    pl.DataFrame({"something": [1]}).write_parquet(path)
    with pytest.warns(RuntimeWarning, match="missing"):
        assert len(ScoreCache(path)) == 0


def test_writes_are_atomic(path, monkeypatch):
    ScoreCache(path).store("m", ["a"], pl.DataFrame({"toxicity": [0.1]}))
    before = path.read_bytes()

    def broken_write(self, target, *args, **kwargs):
        open(target, "wb").write(b"half a fi")  # noqa: SIM115 - simulate a crash mid-write
        raise OSError("disk full")

    monkeypatch.setattr(pl.DataFrame, "write_parquet", broken_write)
    with pytest.raises(OSError, match="disk full"):
        ScoreCache(path).store("m", ["b"], pl.DataFrame({"toxicity": [0.2]}))
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["scores.parquet"]


def test_misuse_is_reported(path, tmp_path):
    with pytest.raises(InputError, match="is a folder"):
        ScoreCache(tmp_path)
    cache = ScoreCache(path)
    with pytest.raises(ValueError, match="2 texts but 3 score rows"):
        cache.store("m", TEXTS[:2], SCORES)
    with pytest.raises(ValueError, match="not score columns"):
        cache.store("m", ["a"], pl.DataFrame({"bogus": [1.0]}))
