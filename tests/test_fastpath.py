"""The inference rewrites of comments.scoring.fastpath keep each network's numbers."""

from __future__ import annotations

import copy
import warnings

import pytest
import torch
import transformers

from comments.scoring.fastpath import (
    FIRST_TOKEN_HEADS,
    first_token_last_layer,
    pack_linears_for_onednn,
)

SIZES = {
    "vocab_size": 60,
    "hidden_size": 32,
    "num_hidden_layers": 3,
    "num_attention_heads": 4,
    "intermediate_size": 48,
    "max_position_embeddings": 40,
    "num_labels": 5,
}
FAMILIES = {
    "BertForSequenceClassification": transformers.BertConfig,
    "RobertaForSequenceClassification": transformers.RobertaConfig,
    "XLMRobertaForSequenceClassification": transformers.XLMRobertaConfig,
    "AlbertForSequenceClassification": transformers.AlbertConfig,
}
# Rows of different lengths: the padding mask matters (ids 0/1 are pad for BERT/RoBERTa).
IDS = torch.tensor(
    [
        [2, 11, 12, 13, 14, 15, 16, 3],
        [2, 21, 22, 3, 1, 1, 1, 1],
        [2, 31, 32, 33, 34, 3, 1, 1],
    ]
)
MASK = (IDS != 1).long()


def _model(name: str, attention: str = "eager", **options: object) -> torch.nn.Module:
    torch.manual_seed(3)
    config = FAMILIES[name](**SIZES, **options)
    if name == "AlbertForSequenceClassification":
        config.embedding_size = 16
    config.pad_token_id = 1
    model = getattr(transformers, name)(config).eval()
    model.set_attn_implementation(attention)
    return model


def _logits(model: torch.nn.Module, ids: torch.Tensor = IDS, mask: torch.Tensor = MASK):
    with torch.inference_mode():
        return model(input_ids=ids, attention_mask=mask).logits


@pytest.mark.parametrize("attention", ["eager", "sdpa"])
@pytest.mark.parametrize("name", sorted(FAMILIES))
def test_first_token_last_layer_keeps_the_logits(name: str, attention: str) -> None:
    model = _model(name, attention)
    fast = copy.deepcopy(model)
    applied = first_token_last_layer(fast)
    assert applied == (name in FIRST_TOKEN_HEADS)  # ALBERT shares one layer: left alone
    reference = _logits(model)
    assert (_logits(fast) - reference).abs().max() < 1e-5
    assert reference.std() > 1e-3  # the rows really differ
    # Without a mask (a batch of equal lengths) too.
    full = IDS[:1]
    assert (_logits(fast, full, None) - _logits(model, full, None)).abs().max() < 1e-5


def test_first_token_last_layer_computes_one_position() -> None:
    model = _model("BertForSequenceClassification")
    assert first_token_last_layer(model) and first_token_last_layer(model)  # idempotent
    with torch.inference_mode():
        out = model.bert(input_ids=IDS, attention_mask=MASK).last_hidden_state
    assert out.shape == (3, 1, SIZES["hidden_size"])
    wrapped = model.bert.encoder.layer
    assert type(wrapped[-1]).__name__ == "_FirstTokenLayer"
    assert type(wrapped[-1].layer).__name__ == "BertLayer"  # wrapped once, not twice


def test_decoders_keep_the_full_layer() -> None:
    assert not first_token_last_layer(_model("BertForSequenceClassification", is_decoder=True))


def test_first_query_mask_accepts_a_two_dimensional_padding_mask() -> None:
    from comments.scoring.fastpath import _first_query_mask

    flat = _first_query_mask(MASK)
    assert flat.shape == (3, 1, 1, 8) and flat.dtype == torch.bool
    assert flat[1, 0, 0].tolist() == [True] * 4 + [False] * 4
    square = torch.zeros(3, 1, 8, 8)
    assert _first_query_mask(square).shape == (3, 1, 1, 8)
    assert _first_query_mask(None) is None


@pytest.mark.parametrize("name", sorted(FAMILIES))
def test_onednn_packing_keeps_the_logits(name: str) -> None:
    model = _model(name)
    fast = copy.deepcopy(model)
    assert pack_linears_for_onednn(fast)
    assert not any(type(m) is torch.nn.Linear for m in fast.modules())
    assert (_logits(fast) - _logits(model)).abs().max() < 1e-5


def test_both_rewrites_together_keep_the_logits() -> None:
    model = _model("RobertaForSequenceClassification")
    fast = copy.deepcopy(model)
    assert first_token_last_layer(fast) and pack_linears_for_onednn(fast)
    assert (_logits(fast) - _logits(model)).abs().max() < 1e-5


def test_gelu_is_fused_only_where_it_is_exact() -> None:
    exact = _model("BertForSequenceClassification", hidden_act="gelu")
    pack_linears_for_onednn(exact)
    fused = exact.bert.encoder.layer[0].intermediate
    assert type(fused).__name__ == "_OneDnnLinear" and fused.activation == "gelu"
    # The tanh approximation differs from oneDNN's exact GELU: kept as a block,
    # its Linear still packed.
    approximate = _model("BertForSequenceClassification", hidden_act="gelu_new")
    reference = copy.deepcopy(approximate)
    pack_linears_for_onednn(approximate)
    block = approximate.bert.encoder.layer[0].intermediate
    assert type(block).__name__ == "BertIntermediate"
    assert type(block.dense).__name__ == "_OneDnnLinear"
    assert (_logits(approximate) - _logits(reference)).abs().max() < 1e-5


def test_quantised_linears_keep_their_kernels() -> None:
    model = _model("BertForSequenceClassification")
    reference = _logits(model)
    assert first_token_last_layer(model)  # as ToxicityScorer does: before quantising
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        quantised = torch.ao.quantization.quantize_dynamic(
            model, {torch.nn.Linear}, dtype=torch.qint8
        )
    kinds = [type(m) for m in quantised.modules()]
    assert torch.ao.nn.quantized.dynamic.Linear in kinds and torch.nn.Linear not in kinds
    pack_linears_for_onednn(quantised)
    assert [type(m) for m in quantised.modules()] == kinds  # nothing swapped
    assert (_logits(quantised) - reference).abs().max() < 0.1  # int8: close, not equal


def test_a_layer_that_would_change_the_logits_is_rolled_back(monkeypatch) -> None:
    from comments.scoring import fastpath

    model = _model("BertForSequenceClassification")
    reference = _logits(model)
    original = model.bert.encoder.layer[-1]

    def second_position(self, hidden_states, *args, **kwargs):  # a wrong convention
        return self.layer(hidden_states, *args, **kwargs)[:, 1:2]

    monkeypatch.setattr(fastpath._FirstTokenLayer, "forward", second_position)
    assert not first_token_last_layer(model)
    assert model.bert.encoder.layer[-1] is original
    assert torch.equal(_logits(model), reference)


def test_rewrites_leave_the_callers_random_state_alone() -> None:
    model = _model("BertForSequenceClassification")
    torch.manual_seed(11)
    state = torch.get_rng_state()
    first_token_last_layer(model)
    pack_linears_for_onednn(model)
    assert torch.equal(torch.get_rng_state(), state)
