"""The ConvoKit export: its structure always; loaded by ConvoKit itself where installed.

ConvoKit 5 pulls spaCy, sentence-transformers, datasets and torch (3.5–6.5 GB, see the
README), so it is not a project dependency. The ``convokit`` test runs where
``import convokit`` works, or in the interpreter named by ``$COMMENTS_CONVOKIT_PYTHON``
(a separate virtual environment with ConvoKit); elsewhere it is skipped and says so.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from comments import load_corpus, score_units
from comments.convokit import ARTICLE_AUTHOR, write_convokit

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="module")
def export(tmp_path_factory) -> Path:
    corpus = load_corpus(SEEDS)
    scores = score_units(corpus.units, toxicity="profanity-check")
    folder = tmp_path_factory.mktemp("convokit")
    counts = write_convokit(corpus.pages, corpus.units, scores, folder)
    assert counts == {"utterances": 72, "speakers": 12, "conversations": 5}
    return folder


def _utterances(folder: Path) -> list[dict]:
    return [json.loads(line) for line in (folder / "utterances.jsonl").read_text().splitlines()]


def test_each_page_is_one_reply_tree(export: Path) -> None:
    utterances = _utterances(export)
    ids = {u["id"]: u for u in utterances}
    roots = [u for u in utterances if u["reply_to"] is None]
    assert sorted(u["conversation_id"] for u in roots) == sorted(
        p.stem for p in SEEDS.glob("*.txt")
    )
    for u in utterances:
        if u["reply_to"] is not None:
            parent = ids[u["reply_to"]]
            assert parent["conversation_id"] == u["conversation_id"]
            assert parent["meta"]["position"] < u["meta"]["position"]
    reply = ids["000_f726f1425a8d58b3/c2"]
    assert reply["reply_to"] == "000_f726f1425a8d58b3/c1"  # a reply answers its comment
    top = ids["000_f726f1425a8d58b3/c1"]
    assert top["reply_to"] == "000_f726f1425a8d58b3/a1"  # a top-level comment, the article


def test_speakers_are_authors_per_site_and_meta_carries_scores(export: Path) -> None:
    speakers = json.loads((export / "speakers.json").read_text())
    article = speakers["page:000_f726f1425a8d58b3 · " + ARTICLE_AUTHOR]
    assert article == {"site": "page:000_f726f1425a8d58b3", "name": ARTICLE_AUTHOR}
    meta = {u["id"]: u["meta"] for u in _utterances(export)}
    first = meta["000_f726f1425a8d58b3/c1"]
    assert first["toxicity_model"] == "profanity-check" and first["lang"] == "en"
    assert 0 <= first["toxicity"] <= 1 and -1 <= first["sentiment_compound"] <= 1
    index = json.loads((export / "index.json").read_text())
    assert index["version"] == 1 and "toxicity" in index["utterances-index"]
    conversations = json.loads((export / "conversations.json").read_text())
    assert conversations["003_e12325d8de725db9"]["declared_comments"] == 6


def _convokit_python() -> str | None:
    named = os.environ.get("COMMENTS_CONVOKIT_PYTHON")
    if named:
        return named
    return sys.executable if importlib.util.find_spec("convokit") else None


LOAD_AND_TRANSFORM = """
import json, sys
from convokit import Corpus, HyperConvo
corpus = Corpus(filename=sys.argv[1])
HyperConvo(prefix_len=10, min_convo_len=10).fit_transform(corpus)
matrix = corpus.get_vector_matrix("hyperconvo")
print(json.dumps({"utterances": len(list(corpus.iter_utterances())),
                  "speakers": len(list(corpus.iter_speakers())),
                  "threads": sorted(matrix.ids), "features": matrix.matrix.shape[1]}))
"""


@pytest.mark.convokit
def test_convokit_loads_the_export_and_runs_a_transformer(export: Path) -> None:
    python = _convokit_python()
    if python is None:
        pytest.skip(
            "ConvoKit is not installed (pip install convokit, 3.5-6.5 GB with torch; or set "
            "COMMENTS_CONVOKIT_PYTHON to a Python that has it)"
        )
    done = subprocess.run(
        [python, "-c", LOAD_AND_TRANSFORM, str(export)],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert (result["utterances"], result["speakers"]) == (72, 12)
    # HyperConvo's hypergraph features for every seed page with at least 10 utterances
    assert "000_f726f1425a8d58b3" in result["threads"] and result["features"] > 100
