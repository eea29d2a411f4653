"""The linear toxicity tier: ``alt-profanity-check`` (TF-IDF + linear SVM, calibrated).

Its model ships inside the PyPI wheel, so it works on any machine, and it scores
tens of thousands of texts per second on one core: good for screening big corpora,
and the fallback when Detoxify's weights are not available. It fills the
``toxicity`` column only (the probability that a text is offensive).

    >>> tier = ProfanityCheckModel()
    >>> rude, polite = tier.predict(["You are a stupid idiot", "Thank you, well argued"])[:, 0]
    >>> bool(rude > 0.9 > 0.1 > polite)
    True
"""

from __future__ import annotations

import hashlib
from importlib import metadata
from typing import Any

import numpy as np

__all__ = ["LINEAR_MODEL_NAME", "ProfanityCheckModel"]

LINEAR_MODEL_NAME = "profanity-check"
DISTRIBUTION = "alt-profanity-check"
MODEL_FILES = ("vectorizer.joblib", "model.joblib")


class ProfanityCheckModel:
    """``profanity_check`` behind the same small interface as the Detoxify engine."""

    name = LINEAR_MODEL_NAME
    labels = ("toxicity",)

    def __init__(self) -> None:
        from profanity_check import profanity_check  # loads the wheel's joblib files (~1 s)

        self._module: Any = profanity_check
        self.identity = f"{self.name}@{metadata.version(DISTRIBUTION)}:{_data_hash()}"

    def predict(self, texts: list[str]) -> np.ndarray:
        """Probabilities of shape ``(len(texts), 1)`` in input order."""
        if not texts:
            return np.zeros((0, 1))
        features = self._module.vectorizer.transform(texts)
        # Same numbers as profanity_check.predict_prob, without its per-row Python loop.
        return self._module.model.predict_proba(features)[:, 1:2].astype(np.float64)


def _data_hash() -> str:
    """Hash of the wheel's model files: a retrained release must not reuse cached scores."""
    from importlib import resources

    digest = hashlib.sha256()
    data = resources.files("profanity_check") / "data"
    for name in MODEL_FILES:
        digest.update((data / name).read_bytes())
    return digest.hexdigest()[:16]
