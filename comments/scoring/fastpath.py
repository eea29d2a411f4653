"""Inference-only rewrites of a loaded Detoxify network that keep its numbers.

Both rewrites change float32 rounding only (the tests compare the rewritten network
with the original and with Detoxify's own ``predict``, max abs diff < 1e-5):

- :func:`first_token_last_layer`: Detoxify's heads read one position of the last
  encoder layer, the first token (``[CLS]``/``<s>``). That layer still needs keys and
  values for every token, but queries, attention output and feed-forward only for the
  first one: 10/12 of the layer's matrix work is skipped, ~7% of a 12-layer model.
- :func:`pack_linears_for_onednn`: on CPU, every Linear's weight is converted once to
  oneDNN's blocked layout and run by torch's oneDNN linear kernel. On the 2-core AMD
  EPYC machine where the benchmarks ran, it reached 219-224 GFLOP/s on BERT's matrix
  shapes (640-1,024 rows) against 177-202 for ``nn.Linear`` (MKL).

Example (a tiny random BERT; the rewritten copy gives the same logits)::

    >>> import copy, torch, transformers
    >>> config = transformers.BertConfig(vocab_size=50, hidden_size=16, num_hidden_layers=2,
    ...     num_attention_heads=2, intermediate_size=32, num_labels=3)
    >>> model = transformers.BertForSequenceClassification(config).eval()
    >>> fast = copy.deepcopy(model)
    >>> first_token_last_layer(fast), pack_linears_for_onednn(fast)
    (True, True)
    >>> ids = torch.tensor([[2, 7, 9, 3], [2, 5, 3, 0]])
    >>> mask = (ids > 0).long()
    >>> with torch.inference_mode():
    ...     gap = (fast(input_ids=ids, attention_mask=mask).logits
    ...            - model(input_ids=ids, attention_mask=mask).logits).abs().max()
    >>> bool(gap < 1e-5)
    True
"""

from __future__ import annotations

from typing import Any, TypeGuard

import torch
import torch.nn.functional as F

__all__ = ["FIRST_TOKEN_HEADS", "first_token_last_layer", "pack_linears_for_onednn"]

# Sequence-classification classes whose head reads only the first position of the
# last layer (BERT's pooler, RoBERTa's classification head). ALBERT shares one layer's
# weights across depths (no separate last layer), so it keeps its full forward.
FIRST_TOKEN_HEADS = (
    "BertForSequenceClassification",
    "RobertaForSequenceClassification",
    "XLMRobertaForSequenceClassification",
)
# torch's internal oneDNN kernels (what torch.compile emits for Linear on CPU); a
# torch without them makes _kernel_works() false and the model stays as it is.
# (typed Any: None is ruled out by _kernel_works() before either is called)
_ONEDNN_LINEAR: Any = getattr(torch.ops.mkldnn, "_linear_pointwise", None)
_ONEDNN_REORDER: Any = getattr(torch.ops.mkldnn, "_reorder_linear_weight", None)


def first_token_last_layer(model: Any) -> bool:
    """Make the last encoder layer compute the first position only; ``True`` if applied.

    Applied to the classes in ``FIRST_TOKEN_HEADS`` (not decoders, absolute positions)
    when a probe batch gives the same logits afterwards, which guards against layer
    conventions of other transformers versions; any other network is left unchanged.
    Call it on the float32 model, before quantising or casting it.
    """
    if type(model).__name__ not in FIRST_TOKEN_HEADS:
        return False
    config = model.config
    if config.is_decoder or getattr(config, "position_embedding_type", "absolute") != "absolute":
        return False
    layers = model.base_model.encoder.layer
    if isinstance(layers[-1], _FirstTokenLayer):
        return True
    original = layers[-1]
    expected = _probe_logits(model)
    layers[-1] = _FirstTokenLayer(original)
    try:
        same = _close(_probe_logits(model), expected)
    except (RuntimeError, TypeError, ValueError, IndexError, AttributeError):
        same = False
    if not same:
        layers[-1] = original
    return same


def _probe_logits(model: Any) -> torch.Tensor:
    """Logits of a small fixed batch: two rows, the second padded (the mask matters)."""
    generator = torch.Generator().manual_seed(0)
    device = next(model.parameters()).device
    ids = torch.randint(3, model.config.vocab_size, (2, 12), generator=generator)
    mask = torch.ones_like(ids)
    mask[1, 7:] = 0
    with torch.inference_mode():
        return model(input_ids=ids.to(device), attention_mask=mask.to(device)).logits.float()


def pack_linears_for_onednn(model: Any) -> bool:
    """Run every float32 ``nn.Linear`` on a oneDNN-packed weight; ``True`` if applied.

    For CPU inference. Uses torch's own oneDNN linear kernel (the one ``torch.compile``
    emits on CPU). A feed-forward block that is a Linear followed by exact GELU (BERT's
    "intermediate") becomes one fused call, kept only where a probe shows the same
    numbers. A torch build without the kernel, or one whose kernel disagrees with
    ``nn.Linear`` on a probe, leaves the model unchanged.
    """
    if not _kernel_works():
        return False
    # Parents first (pre-order), so a fused block replaces its Linear's parent whole.
    for parent in list(model.modules()):
        for name, child in list(parent.named_children()):
            packed = _packed(child)
            if packed is not None:
                setattr(parent, name, packed)
    return True


class _OneDnnLinear(torch.nn.Module):
    """``nn.Linear`` (optionally + an activation) on a weight held in oneDNN's layout:
    dense tensors in and out."""

    def __init__(self, linear: torch.nn.Linear, activation: str = "none") -> None:
        super().__init__()
        self.in_features, self.out_features = linear.in_features, linear.out_features
        # Reordered once into oneDNN's blocked layout: 3-5% faster products on
        # 640-1,024-row inputs and 15-20% on 32 rows than a plain oneDNN tensor.
        self.weight = _ONEDNN_REORDER(linear.weight.detach())
        self.bias = None if linear.bias is None else linear.bias.detach()
        self.activation = activation

    def extra_repr(self) -> str:
        return f"{self.in_features} -> {self.out_features}, activation={self.activation}"

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return _ONEDNN_LINEAR(x, self.weight, self.bias, self.activation, [], "none")


def _packed(module: torch.nn.Module) -> torch.nn.Module | None:
    """The oneDNN replacement for ``module``, or ``None`` to keep it."""
    if _is_float_linear(module):
        return _OneDnnLinear(module)
    dense = getattr(module, "dense", None)
    if _is_float_linear(dense) and hasattr(module, "intermediate_act_fn"):
        fused = _OneDnnLinear(dense, activation="gelu")
        return fused if _agrees(fused, module, dense.in_features) else None
    return None


def _is_float_linear(module: object) -> TypeGuard[torch.nn.Linear]:
    # Exact type: quantised and other Linear subclasses keep their own kernels.
    return type(module) is torch.nn.Linear and module.weight.dtype == torch.float32


def _kernel_works() -> bool:
    """Whether this torch has the oneDNN kernel and it computes ``nn.Linear``."""
    with torch.random.fork_rng(devices=[]):  # probes leave the caller's RNG alone
        probe = torch.nn.Linear(8, 4)
    try:
        packed = _OneDnnLinear(probe)
    except (RuntimeError, TypeError):
        return False  # no oneDNN in this build, or a kernel signature it does not have
    return _agrees(packed, probe, probe.in_features)


def _agrees(candidate: torch.nn.Module, original: torch.nn.Module, width: int) -> bool:
    """Same outputs on a random probe: wide enough to tell GELU from its tanh form, and
    a strided slice, as the first-token layer passes."""
    generator = torch.Generator().manual_seed(0)
    inputs = 3 * torch.randn(2, 3, width, generator=generator)
    try:
        with torch.inference_mode():
            return _close(candidate(inputs[:, :1]), original(inputs[:, :1]))
    except (RuntimeError, TypeError):
        return False  # no oneDNN in this build, or a kernel signature it does not have


def _close(actual: torch.Tensor, expected: torch.Tensor) -> bool:
    """Equal up to float32 rounding of a different summation order (relative, since
    trained networks have large activations)."""
    return bool(torch.allclose(actual, expected, rtol=1e-4, atol=1e-5))


class _FirstTokenLayer(torch.nn.Module):
    """A BERT-family encoder layer whose output is its first position only.

    Same sub-modules and the same arithmetic as the wrapped layer (scaled dot-product
    attention over all keys, then attention output, intermediate and output blocks),
    with the query side cut to the first token.
    """

    def __init__(self, layer: Any) -> None:
        super().__init__()
        self.layer = layer

    def forward(self, hidden_states: Any, attention_mask: Any = None, *_: Any, **__: Any) -> Any:
        attention = self.layer.attention.self
        batch, length, width = hidden_states.shape
        heads, head_size = attention.num_attention_heads, attention.attention_head_size
        first = hidden_states[:, :1]

        def split(projected: Any, positions: int) -> Any:
            return projected.view(batch, positions, heads, head_size).transpose(1, 2)

        context = F.scaled_dot_product_attention(
            split(attention.query(first), 1),
            split(attention.key(hidden_states), length),
            split(attention.value(hidden_states), length),
            attn_mask=_first_query_mask(attention_mask),
            scale=getattr(attention, "scaling", head_size**-0.5),  # older transformers
        )
        context = context.transpose(1, 2).reshape(batch, 1, width)
        attended = self.layer.attention.output(context, first)
        return self.layer.feed_forward_chunk(attended)


def _first_query_mask(mask: Any) -> Any:
    """The mask row of the first query: ``(batch, 1, 1, keys)``, or ``None``.

    Encoders get a 4-d mask (additive floats for eager attention, booleans for SDPA);
    flash-attention set-ups pass the 2-d 0/1 padding mask instead.
    """
    if mask is None:
        return None
    if mask.dim() == 2:
        return mask[:, None, None, :].bool()
    return mask[..., :1, :]
