"""ToxicityScorer on a tiny Detoxify-format checkpoint, offline (see conftest.py)."""

from __future__ import annotations

import shutil
import socket
from pathlib import Path

import numpy as np
import polars as pl
import pytest
import torch
from tiny_detoxify import CHECKPOINT_NAME, UNBIASED_CLASSES, build_model_folder, detoxify_reference

from comments.errors import ModelUnavailableError
from comments.scoring.model_folders import load_model_folder, resolve_model_folder
from comments.scoring.releases import KNOWN_MODELS
from comments.scoring.resolve import ToxicityChoice, ToxicityFallbackWarning, resolve_toxicity
from comments.scoring.toxicity import (
    CPU_ATTENTION,
    CPU_BATCH_TOKENS,
    ToxicityScorer,
)
from comments.tables import TOXICITY_COLUMNS

TEXTS = [
    "Thanks for the article, a good read.",
    "You are an idiot and a liar, shut up.",
    "I disagree with the author on the first point, but the second is right.",
    "Why do people still believe this garbage?",
    "ok",
    "The government said today that the new story was true, and people were reading it "
    "for a long time because they think the writer is always right about the news. " * 3,
    "hate hate hate",
    "Great comment! I agree with you, very nice points.",
]
# About 1,200 word pieces: more than two 512-token windows (Detoxify crashes on such
# inputs when the tokenizer states no maximum).
LONG_TEXT = " ".join(
    ["the article is good but the comments are garbage and stupid"] * 100 + ["you idiot"] * 20
)


@pytest.fixture(scope="module")
def scorer(tiny_model_dir: Path) -> ToxicityScorer:
    return ToxicityScorer("unbiased", model_dir=tiny_model_dir, device="cpu")


def _matrix(frame: pl.DataFrame) -> np.ndarray:
    return frame.to_numpy().astype(np.float64)


def test_network_is_blocked_in_tests() -> None:
    with pytest.raises(OSError, match="may not use the network"):
        socket.create_connection(("203.0.113.1", 443), timeout=1)


def test_equals_detoxify_predict(scorer: ToxicityScorer, tiny_model_dir: Path) -> None:
    reference = detoxify_reference(tiny_model_dir).predict(TEXTS)
    ours = scorer.score(TEXTS)
    assert ours.columns == [c for c in TOXICITY_COLUMNS if c in UNBIASED_CLASSES]
    expected = np.array([reference[label] for label in ours.columns]).T
    assert np.abs(_matrix(ours) - expected).max() < 1e-5
    assert np.ptp(expected[:, 0]) > 0.05  # the texts really score differently


def test_batched_equals_one_at_a_time(tiny_model_dir: Path) -> None:
    batched = ToxicityScorer("unbiased", model_dir=tiny_model_dir, device="cpu", batch_size=3)
    together = _matrix(batched.score(TEXTS))
    alone = np.vstack([_matrix(batched.score(text)) for text in TEXTS])
    assert together.shape == (len(TEXTS), 7)
    assert np.abs(together - alone).max() < 1e-5


def test_token_budget_batches_give_the_same_scores(tiny_model_dir: Path) -> None:
    budgeted = ToxicityScorer("unbiased", model_dir=tiny_model_dir, device="cpu")
    assert budgeted._engine.max_batch_tokens == CPU_BATCH_TOKENS  # the CPU default
    assert budgeted._engine.model.config._attn_implementation == CPU_ATTENTION
    reference = _matrix(budgeted.score([*TEXTS, LONG_TEXT]))
    budgeted._engine.max_batch_tokens = 40  # forces one window per batch for most texts
    windows, _ = budgeted._engine.windows([*TEXTS, LONG_TEXT])
    order = np.argsort([-len(w) for w in windows], kind="stable")
    sizes = [len(batch) for batch in budgeted._engine._batches(order, windows)]
    assert sum(sizes) == len(windows) and sizes[0] == 1 and max(sizes) > 1
    assert np.abs(_matrix(budgeted.score([*TEXTS, LONG_TEXT])) - reference).max() < 1e-5


def test_rows_follow_input_order(scorer: ToxicityScorer) -> None:
    forward = _matrix(scorer.score(TEXTS))
    permutation = np.random.default_rng(1).permutation(len(TEXTS))
    shuffled = _matrix(scorer.score(pl.Series([TEXTS[i] for i in permutation])))
    assert np.abs(shuffled - forward[permutation]).max() < 1e-5
    assert len({round(row[0], 6) for row in forward}) == len(TEXTS)  # a swap would show


def test_long_text_scores_the_maximum_over_windows(
    scorer: ToxicityScorer, tiny_model_dir: Path
) -> None:
    loaded = load_model_folder(resolve_model_folder("unbiased", tiny_model_dir))
    tokenizer, model = loaded.tokenizer, loaded.model
    pieces = tokenizer(LONG_TEXT, add_special_tokens=False)["input_ids"]
    assert len(pieces) > 1100
    # Windows built by hand: 510 pieces + [CLS]/[SEP], consecutive windows share 128.
    step, size = 510 - 128, 510
    starts = range(0, len(pieces) - 128, step)
    windows = [
        [tokenizer.cls_token_id, *pieces[s : s + size], tokenizer.sep_token_id] for s in starts
    ]
    assert len(windows) == 3
    with torch.inference_mode():
        per_window = np.vstack(
            [
                torch.sigmoid(model(input_ids=torch.tensor([w])).logits[0, :7]).numpy()
                for w in windows
            ]
        )
    expected = per_window.max(axis=0)
    ours = scorer.score([LONG_TEXT, "short one"]).row(0)
    columns = scorer.columns
    ours_by_label = dict(zip(columns, ours, strict=True))
    assert np.abs(np.array([ours_by_label[c] for c in UNBIASED_CLASSES]) - expected).max() < 1e-5
    # Detoxify truncates to the first window: ours is never lower, somewhere higher.
    truncated = detoxify_reference(tiny_model_dir).predict([LONG_TEXT])
    gaps = np.array([ours_by_label[c] - truncated[c] for c in UNBIASED_CLASSES])  # a float each
    assert gaps.min() > -1e-5 and gaps.max() > 1e-3


def test_long_text_without_stated_tokenizer_maximum(tiny_model_dir: Path, tmp_path: Path) -> None:
    folder = Path(shutil.copytree(tiny_model_dir, tmp_path / "unbiased"))
    (folder / "tokenizer_config.json").write_text('{"do_lower_case": true}\n')
    scorer = ToxicityScorer("unbiased", model_dir=folder, device="cpu")
    assert scorer._engine.window == 512  # from config.json's position embeddings
    frame = scorer.score([LONG_TEXT * 3])
    assert frame.height == 1 and frame.null_count().sum_horizontal().item() == 0


def test_empty_and_missing_texts(scorer: ToxicityScorer) -> None:
    empty = scorer.score([])
    assert empty.shape == (0, 7) and empty.columns == list(scorer.columns)
    assert set(empty.schema.values()) == {pl.Float64}
    mixed = scorer.score([None, "", "   ", "a real comment"])
    assert mixed["toxicity"].is_null().to_list() == [True, True, True, False]
    single = scorer.score("a real comment")
    assert single.height == 1 and single.row(0) == mixed.row(3)


def test_rejects_non_text_items(scorer: ToxicityScorer) -> None:
    with pytest.raises(TypeError, match="strings or None"):
        scorer.score(["fine", 3])


def test_missing_model_says_how_to_fetch_it(no_model_env: Path) -> None:
    with pytest.raises(ModelUnavailableError) as caught:
        ToxicityScorer("unbiased")
    message = str(caught.value)
    assert "python -m comments.models fetch unbiased --to models/unbiased" in message
    assert "model_dir=" in message and "--model-dir" in message
    assert "COMMENTS_MODELS" in message
    assert "Detoxify's cache" in message and "(no checkpoints)" in message  # where it looked


def test_wrong_model_dir_names_the_folder(no_model_env: Path) -> None:
    empty = no_model_env / "empty"
    empty.mkdir()
    with pytest.raises(ModelUnavailableError, match=r"'.*empty' for model 'original'.*fetch"):
        ToxicityScorer("original", model_dir=empty)


def test_resolution_order(
    tiny_model_dir: Path, no_model_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = build_model_folder(no_model_env / "root" / "unbiased", seed=7)
    monkeypatch.setenv("COMMENTS_MODELS", str(other.parent))
    from_env = ToxicityScorer("unbiased", device="cpu")
    explicit = ToxicityScorer("unbiased", model_dir=tiny_model_dir, device="cpu")
    assert from_env._engine.origin == "$COMMENTS_MODELS"
    assert from_env.identity != explicit.identity  # model_dir wins over the variable
    assert explicit.identity.startswith("unbiased@")


def test_detoxify_download_cache_is_used(tiny_model_dir: Path, no_model_env: Path) -> None:
    spec = KNOWN_MODELS["original"]  # a BERT base model, like the tiny one
    hub = no_model_env / "torch" / "hub" / "checkpoints"
    hub.mkdir(parents=True)
    shutil.copy(tiny_model_dir / CHECKPOINT_NAME, hub / spec.checkpoint_name)
    repo = no_model_env / "hf" / "hub" / f"models--{spec.base_model}"
    (repo / "refs").mkdir(parents=True)
    (repo / "refs" / "main").write_text("abc123")
    shutil.copytree(
        tiny_model_dir, repo / "snapshots" / "abc123", ignore=shutil.ignore_patterns("*.ckpt")
    )
    cached = ToxicityScorer("original", device="cpu")
    assert cached._engine.origin == "Detoxify cache"
    direct = ToxicityScorer("unbiased", model_dir=tiny_model_dir, device="cpu")
    assert np.abs(_matrix(cached.score(TEXTS)) - _matrix(direct.score(TEXTS))).max() < 1e-6


def test_identity_tracks_weights_and_precision(tiny_model_dir: Path, tmp_path: Path) -> None:
    other = build_model_folder(tmp_path / "other", seed=3)
    first = ToxicityScorer("unbiased", model_dir=tiny_model_dir, device="cpu")
    second = ToxicityScorer("unbiased", model_dir=other, device="cpu")
    assert first.identity != second.identity
    quantized = ToxicityScorer("unbiased", model_dir=tiny_model_dir, device="cpu", quantize=True)
    assert quantized.identity == first.identity + "+int8"
    deviation = np.abs(_matrix(quantized.score(TEXTS)) - _matrix(first.score(TEXTS))).max()
    assert 0 < deviation < 0.1


@pytest.mark.parametrize("poison", ["code", "class", "missing"])
def test_unsafe_or_broken_checkpoints_are_refused(
    tiny_model_dir: Path, tmp_path: Path, poison: str
) -> None:
    folder = Path(shutil.copytree(tiny_model_dir, tmp_path / "bad"))
    checkpoint = torch.load(folder / CHECKPOINT_NAME, weights_only=True)
    if poison == "code":  # an object the safe unpickler must not rebuild
        checkpoint["config"]["extra"] = Path("/etc")
    elif poison == "class":
        checkpoint["config"]["arch"]["args"]["model_name"] = "Trainer"
    else:
        checkpoint["state_dict"].pop("classifier.weight")
    torch.save(checkpoint, folder / CHECKPOINT_NAME)
    expected = {"code": "safely", "class": "refusing", "missing": "does not fit"}[poison]
    with pytest.raises(ModelUnavailableError, match=expected):
        ToxicityScorer("unbiased", model_dir=folder, device="cpu")


def test_linear_tier_ranks_abuse_above_politeness() -> None:
    linear = ToxicityScorer("profanity-check")
    frame = linear.score(
        [
            "You are a worthless fucking idiot, shut up.",
            "Thank you for the thoughtful article.",
            None,
        ]
    )
    assert linear.columns == ("toxicity",) and frame.columns == ["toxicity"]
    abusive, polite, missing = frame["toxicity"].to_list()
    assert abusive > 0.9 and polite < 0.2 and missing is None
    assert linear.identity.startswith("profanity-check@")


def test_resolve_falls_back_to_linear_tier_with_a_reason(no_model_env: Path) -> None:
    with pytest.warns(ToxicityFallbackWarning) as warned:
        choice = resolve_toxicity(None)
    assert choice.name == choice.scorer.name == "profanity-check"
    assert choice.note is not None and "python -m comments.models fetch unbiased" in choice.note
    assert str(warned[0].message) == choice.note
    with pytest.warns(ToxicityFallbackWarning):
        assert resolve_toxicity(None, load=False).scorer is None  # the Ray driver's question


def test_resolve_prefers_local_detoxify(
    tiny_models_root: Path, no_model_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COMMENTS_MODELS", str(tiny_models_root))
    choice = resolve_toxicity(None, device="cpu")
    assert (choice.name, choice.scorer.name, choice.note) == ("unbiased", "unbiased", None)
    assert len(choice.scorer.columns) == 7
    assert resolve_toxicity(None, load=False) == ToxicityChoice("unbiased", None, None)


def test_resolve_named_model_never_falls_back(no_model_env: Path) -> None:
    with pytest.raises(ModelUnavailableError, match="fetch original"):
        resolve_toxicity("original")
