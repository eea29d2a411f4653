"""score_units: the scores table, deduplication, the cache and the progress bar."""

from __future__ import annotations

import polars as pl
import pytest
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from comments.errors import InputError
from comments.scoring import ScoreCache, SentimentScorer, score_units
from comments.scoring import pipeline as units_module
from comments.tables import SCORES_SCHEMA, TOXICITY_COLUMNS, units_frame

VADER = SentimentIntensityAnalyzer()


class FakeToxicity:
    """A toxicity scorer by the protocol: "toxicity" = share of capital letters."""

    columns = ("toxicity", "insult")

    def __init__(self, name: str = "fake", version: str = "1") -> None:
        self.name = name
        self.identity = f"{name}@{version}"
        self.calls: list[list[str]] = []

    def score(self, texts: list[str]) -> pl.DataFrame:
        self.calls.append(list(texts))
        caps = [sum(c.isupper() for c in t) / len(t) for t in texts]
        return pl.DataFrame({"insult": [len(t) / 100 for t in texts], "toxicity": caps})

    @property
    def scored(self) -> list[str]:
        return [text for call in self.calls for text in call]


def _units(*texts: str | None) -> pl.DataFrame:
    return units_frame(
        {"page_id": "p", "unit_id": f"p/c{i}", "kind": "comment", "position": i, "text": t}
        for i, t in enumerate(texts)
    )


UNITS = _units("Great POST!", "YOU are WRONG.", "Great POST!", None, "  ", "ok. fine.")


def test_scores_table_has_the_schema_and_the_units_order():
    fake = FakeToxicity()
    scores = score_units(UNITS, toxicity=fake, progress=False)
    assert dict(scores.schema) == SCORES_SCHEMA
    assert scores.columns == list(SCORES_SCHEMA)
    assert scores["unit_id"].to_list() == UNITS["unit_id"].to_list()
    assert scores["toxicity"].to_list() == [5 / 11, 8 / 14, 5 / 11, None, None, 0.0]
    assert scores["insult"].to_list() == [0.11, 0.14, 0.11, None, None, 0.09]
    assert scores["toxicity_model"].to_list() == ["fake"] * 6
    for column in set(TOXICITY_COLUMNS) - {"toxicity", "insult"}:
        assert scores[column].null_count() == 6
    compound = scores["sentiment_compound"].to_list()
    assert compound[0] == VADER.polarity_scores("Great POST!")["compound"]
    assert compound[3:5] == [None, None]


def test_each_distinct_text_is_scored_once():
    fake = FakeToxicity()
    score_units(UNITS, toxicity=fake, progress=False)
    assert fake.scored == ["Great POST!", "YOU are WRONG.", "ok. fine."]


def test_without_scorers_every_score_is_null():
    scores = score_units(UNITS, sentiment=None, progress=False)
    assert scores.drop("unit_id").null_count().row(0) == (6,) * (len(SCORES_SCHEMA) - 1)
    assert score_units(_units(), progress=False).height == 0


def test_a_given_sentiment_scorer_is_used():
    scorer = SentimentScorer(split_sentences=False)
    scores = score_units(_units("Good. Bad. Awful."), sentiment=scorer, progress=False)
    whole = VADER.polarity_scores("Good. Bad. Awful.")["compound"]
    assert scores["sentiment_compound"].to_list() == [whole]


def test_the_cache_serves_repeats_without_calling_the_model(tmp_path):
    path = tmp_path / "scores.parquet"
    first = score_units(UNITS, toxicity=FakeToxicity(), cache=path, progress=False)
    again = FakeToxicity()
    second = score_units(
        _units("ok. fine.", "new text", "Great POST!"), toxicity=again, cache=path, progress=False
    )
    assert again.scored == ["new text"]
    assert second["toxicity"][0] == first["toxicity"][5]
    assert second["sentiment_compound"][2] == first["sentiment_compound"][0]
    third = FakeToxicity()
    assert score_units(UNITS, toxicity=third, cache=ScoreCache(path), progress=False).equals(first)
    assert third.calls == []


def test_a_changed_model_is_scored_again(tmp_path):
    path = tmp_path / "scores.parquet"
    score_units(UNITS, toxicity=FakeToxicity(version="1"), cache=path, progress=False)
    retrained = FakeToxicity(version="2")
    score_units(UNITS, toxicity=retrained, cache=path, progress=False)
    assert len(retrained.scored) == 3


def test_scores_reach_the_cache_batch_by_batch(tmp_path, monkeypatch):
    """A run that dies mid-way keeps what it scored (checkpoint every batch here)."""
    monkeypatch.setitem(units_module._BATCH, "toxicity", 2)
    monkeypatch.setattr(units_module, "_CHECKPOINT_SECONDS", -1.0)
    units = _units("a", "b", "c", "d", "e")

    class DiesOnThirdCall(FakeToxicity):
        def score(self, texts):
            if len(self.calls) == 2:
                raise RuntimeError("killed")
            return super().score(texts)

    path = tmp_path / "scores.parquet"
    with pytest.raises(RuntimeError, match="killed"):
        score_units(units, toxicity=DiesOnThirdCall(), cache=path, progress=False)
    resumed = FakeToxicity()
    score_units(units, toxicity=resumed, cache=path, progress=False)
    assert resumed.scored == ["e"]


def test_progress_bar_only_when_asked(capsys):
    score_units(UNITS, progress=False)
    assert capsys.readouterr().err == ""
    score_units(UNITS, progress=True)
    err = capsys.readouterr().err
    assert "scoring vader" in err and "3/3" in err


def test_bad_inputs_raise_clear_errors():
    with pytest.raises(InputError, match="polars DataFrame"):
        score_units([{"unit_id": "x", "text": "hi"}])
    with pytest.raises(InputError, match=r"lacks column\(s\) \['text'\]"):
        score_units(pl.DataFrame({"unit_id": ["x"]}))

    class Broken(FakeToxicity):
        def score(self, texts):
            return super().score(texts).head(1)

    with pytest.raises(ValueError, match="returned 1 rows for 3 texts"):
        score_units(UNITS, toxicity=Broken(), progress=False)


def test_a_model_name_builds_the_toxicity_scorer():
    scores = score_units(
        _units("Thank you, a fine article.", "shut up you stupid idiot"),
        toxicity="profanity-check",
        progress=False,
    )
    assert scores["toxicity_model"].to_list() == ["profanity-check"] * 2
    polite, abusive = scores["toxicity"].to_list()
    assert abusive > 0.5 > polite
    assert scores["obscene"].null_count() == 2
