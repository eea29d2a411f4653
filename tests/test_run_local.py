"""The local corpus engine: shards, schemas, equality with the in-process pipeline,
refusing foreign folders, and the command line."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest

from comments.cli.run import main
from comments.corpus import load_corpus
from comments.engines import RunOptions
from comments.engines.inputs import count_documents, input_files
from comments.engines.local import run_local
from comments.engines.shards import TABLES, ShardStore
from comments.errors import InputError
from comments.scoring.sentiment import SentimentScorer
from comments.tables import TOXICITY_COLUMNS

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


class LengthToxicity:
    """A deterministic stand-in for a toxicity model: longer texts score higher."""

    name = "fake-length"
    identity = "fake-length@1"
    columns = ("toxicity", "insult")

    def __init__(self) -> None:
        self.batches: list[int] = []

    def score(self, texts: list[str]) -> pl.DataFrame:
        self.batches.append(len(texts))
        return pl.DataFrame(
            {
                "toxicity": [min(1.0, len(t) / 500) for t in texts],
                "insult": [float(t.count("!")) for t in texts],
            }
        )


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """Seeds plus a JSONL file with good records, a bad line and an empty page."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for seed in sorted(SEEDS.glob("*.txt")):
        (folder / seed.name).write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    records = [
        json.dumps(
            {
                "id": f"rec{i}",
                "url": f"https://example.org/{i}",
                "text": f"Post {i}\n\nWhat a lovely day {i}! Great work.\n\nI hate this.",
            }
        )
        for i in range(6)
    ]
    records += ["{not json", json.dumps({"id": "blank", "text": "   "})]
    (folder / "records.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
    return folder


def _run(corpus: Path, out: Path, **options: object) -> tuple[object, LengthToxicity]:
    scorer = LengthToxicity()
    settings = {"workers": 0, "chunk_size": 3, "quiet": True, **options}
    return run_local(RunOptions((str(corpus),), out, **settings), toxicity=scorer), scorer


def test_pool_run_writes_the_in_process_tables(corpus: Path, tmp_path: Path) -> None:
    summary, _ = _run(corpus, tmp_path / "out", workers=2)
    expected = load_corpus(corpus)
    store = ShardStore(tmp_path / "out")

    n_pages = expected.pages.height
    assert n_pages == 13  # 5 seeds + 6 records + bad line + empty page
    assert (summary.pages, summary.units) == (n_pages, expected.units.height)
    assert summary.chunks_written == math.ceil(n_pages / 3) == 5
    for table, schema in TABLES.items():
        shards = sorted(p.name for p in (tmp_path / "out" / table).glob("*.parquet"))
        assert shards == [f"chunk-{i:06d}.parquet" for i in range(5)]
        assert (
            dict(pl.scan_parquet(tmp_path / "out" / table / "*.parquet").collect_schema()) == schema
        )
    # Chunks are in input order, so the concatenated shards are the in-process tables.
    assert store.read("pages").equals(expected.pages)
    assert store.read("units").equals(expected.units)
    assert store.read("pages").filter(pl.col("status") == "error").height == 2


def test_scores_are_vader_and_the_chunk_batched_toxicity(corpus: Path, tmp_path: Path) -> None:
    _, scorer = _run(corpus, tmp_path / "out", workers=2)
    store = ShardStore(tmp_path / "out")
    units, scores = store.read("units"), store.read("scores")
    assert scores["unit_id"].to_list() == units["unit_id"].to_list()

    english = [t if lang == "en" else None for t, lang in units.select("text", "lang").rows()]
    vader = SentimentScorer().score(english)  # VADER is English-only: the rest stays null
    assert scores.select(vader.columns).equals(vader)
    assert english.count(None) == 1  # the German pingback on a seed page
    texts = units["text"].to_list()
    assert scores["toxicity"].to_list() == [min(1.0, len(t) / 500) for t in texts]
    assert scores["insult"].to_list() == [float(t.count("!")) for t in texts]
    unset = [c for c in TOXICITY_COLUMNS if c not in ("toxicity", "insult")]
    assert scores.select(pl.col(unset).null_count()).row(0) == (scores.height,) * len(unset)
    assert scores["toxicity_model"].unique().to_list() == ["fake-length"]
    # One toxicity batch per chunk that has units, never one per text, holding each
    # distinct text of the chunk once (chunks finish in any order in a pool).
    shards = sorted((tmp_path / "out" / "units").glob("*.parquet"))
    texts = [pl.read_parquet(shard)["text"] for shard in shards]
    distinct = [t.filter(t.str.strip_chars() != "").n_unique() for t in texts]
    assert sorted(scorer.batches) == sorted(n for n in distinct if n)


def test_rerun_of_a_finished_run_writes_nothing(corpus: Path, tmp_path: Path) -> None:
    _run(corpus, tmp_path / "out")
    before = ShardStore(tmp_path / "out").read("scores")
    summary, scorer = _run(corpus, tmp_path / "out")
    assert (summary.chunks_written, summary.chunks_skipped) == (0, 5)
    assert scorer.batches == []
    assert ShardStore(tmp_path / "out").read("scores").equals(before)


def test_refuses_a_folder_made_with_other_options(corpus: Path, tmp_path: Path) -> None:
    _run(corpus, tmp_path / "out")
    with pytest.raises(InputError, match=r"different inputs or options \(chunk_size differ\)"):
        _run(corpus, tmp_path / "out", chunk_size=4)
    (corpus / "extra.txt").write_text("New page\n\nMore text.", encoding="utf-8")
    with pytest.raises(InputError, match="files_fingerprint, n_files differ"):
        _run(corpus, tmp_path / "out")
    summary, _ = _run(corpus, tmp_path / "out", chunk_size=4, overwrite=True)
    assert summary.pages == 14 and summary.chunks_written == 4
    assert len(list((tmp_path / "out" / "pages").glob("*.parquet"))) == 4


def test_refuses_a_folder_that_is_not_a_run(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(InputError, match=r"not a comments run \(notes.txt\); nothing was deleted"):
        _run(corpus, out)
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine"


def test_command_line(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    argv = [
        str(corpus),
        "--out",
        str(out),
        "--workers",
        "0",
        "--chunk-size",
        "5",
        "--toxicity-model",
        "none",
    ]
    assert main(argv) == 0
    assert "13 pages" in capsys.readouterr().err
    scores = ShardStore(out).read("scores")
    assert scores["toxicity"].null_count() == scores.height > 0
    assert scores["sentiment_compound"].null_count() == 1  # the German pingback
    assert scores["not_scored"].drop_nulls().to_list() == ["vader (lang de; scores en)"]

    assert main([*argv[:-1], "profanity-check", "--quiet"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "toxicity differ" in err and "--overwrite" in err


def test_linear_tier_in_workers_scores_as_in_one_process(corpus: Path, tmp_path: Path) -> None:
    # profanity-check runs beside VADER in the workers; Detoxify-style models run here.
    settings = {"toxicity_model": "profanity-check", "chunk_size": 4, "quiet": True}
    run_local(RunOptions((str(corpus),), tmp_path / "pool", workers=2, **settings))
    run_local(RunOptions((str(corpus),), tmp_path / "inline", workers=0, **settings))
    pooled = ShardStore(tmp_path / "pool").read("scores")
    inline = ShardStore(tmp_path / "inline").read("scores")
    assert pooled.equals(inline)
    assert pooled["toxicity"].null_count() == 1  # English-only: the German pingback is not
    assert pooled["toxicity"].max() > 0.5
    assert pooled["toxicity_model"].unique().to_list() == ["profanity-check"]


def test_local_engine_never_imports_ray(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from comments.cli.run import main\n"
        f"assert main([{str(SEEDS)!r}, '--out', {str(tmp_path / 'out')!r}, '--workers', '0',"
        " '--toxicity-model', 'none', '--quiet']) == 0\n"
        "print(sorted(m for m in sys.modules if m == 'ray' or m.startswith('ray.')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"
    assert ShardStore(tmp_path / "out").read("pages").height == 5


def test_document_count_for_the_progress_bar(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text('{"text": "x"}\n{"text": "y"}\n{"text": "z"}')
    pl.DataFrame({"text": ["p", "q"]}).write_parquet(tmp_path / "b.parquet")
    (tmp_path / "c.txt").write_text("T\n\nBody.")
    files = list(input_files([tmp_path]))
    assert [f.name for f in files] == ["a.jsonl", "b.parquet", "c.txt"]
    assert count_documents(files) == 3 + 2 + 1
    (tmp_path / "d.jsonl.gz").write_bytes(b"")
    assert count_documents(input_files([tmp_path])) is None  # would need decompressing


def test_default_model_falls_back_to_the_linear_tier_with_a_note(
    corpus: Path, tmp_path: Path, no_model_env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert main([str(corpus), "--out", str(out), "--workers", "0", "--quiet"]) == 0
    assert capsys.readouterr().err.startswith("note: Detoxify 'unbiased' weights are not")
    scores = ShardStore(out).read("scores")
    assert scores["toxicity_model"].unique().to_list() == ["profanity-check"]
    assert json.loads((out / "_manifest.json").read_text())["toxicity"].startswith(
        "profanity-check@"
    )
