"""Which toxicity model a run uses, and the note that says why when it is not the one
asked for: the one policy the report, the local engine and the Ray engine share.

- ``"none"`` (:data:`NO_TOXICITY`): no toxicity; the columns stay null.
- A named model, or an explicit ``model_dir``: that model; if it cannot be loaded, an
  error whose message says how to get it (never a silent substitute).
- Nothing named: Detoxify ``unbiased`` when its weights are on this machine (nothing is
  downloaded) and the ``toxicity`` extra is installed, else the linear tier, with a
  note. The note is returned *and* issued as a :class:`ToxicityFallbackWarning`, which
  every command prints the same way (``note: …`` on stderr).

>>> choice = resolve_toxicity("profanity-check")
>>> choice.name, choice.note, choice.scorer.columns
('profanity-check', None, ('toxicity',))
>>> resolve_toxicity("none")
ToxicityChoice(name=None, scorer=None, note=None)
"""

from __future__ import annotations

import os
import warnings
from dataclasses import dataclass
from typing import Any

from ..errors import MissingExtraError, ModelUnavailableError
from ..extras import installed
from .linear import LINEAR_MODEL_NAME
from .model_folders import resolve_model_folder
from .toxicity import DEFAULT_MODEL, ToxicityScorer

__all__ = [
    "NO_TOXICITY",
    "ToxicityChoice",
    "ToxicityFallbackWarning",
    "resolve_toxicity",
]

NO_TOXICITY = "none"  # the model name that asks for no toxicity at all


class ToxicityFallbackWarning(UserWarning):
    """The default toxicity model was not available: the linear tier scores instead."""


@dataclass(frozen=True)
class ToxicityChoice:
    """What :func:`resolve_toxicity` decided."""

    name: str | None  # the model that scores (None: no toxicity)
    scorer: ToxicityScorer | None  # loaded (None without toxicity, or with load=False)
    note: str | None  # why the default fell back to the linear tier; None when it did not


def resolve_toxicity(
    model: str | None = None,
    model_dir: str | os.PathLike[str] | None = None,
    *,
    load: bool = True,
    device: str = "auto",
    **options: Any,
) -> ToxicityChoice:
    """The toxicity model a run should use (see the module docstring for the policy).

    ``load=False`` decides without loading the network (a Ray driver settles the name
    its actors will load); ``device`` and ``options`` go to :class:`ToxicityScorer`.
    """
    if model == NO_TOXICITY:
        return ToxicityChoice(None, None, None)
    if model is not None or model_dir is not None:
        name = model or DEFAULT_MODEL
        scorer = (
            ToxicityScorer(name, model_dir=model_dir, device=device, **options) if load else None
        )
        return ToxicityChoice(name, scorer, None)
    try:
        if load:
            scorer = ToxicityScorer(DEFAULT_MODEL, device=device, download=False, **options)
        else:
            _check_default_available()
            scorer = None
        return ToxicityChoice(DEFAULT_MODEL, scorer, None)
    except (ModelUnavailableError, MissingExtraError) as exc:
        note = _fallback_note(exc)
    warnings.warn(note, ToxicityFallbackWarning, stacklevel=2)
    linear = ToxicityScorer(LINEAR_MODEL_NAME) if load else None
    return ToxicityChoice(LINEAR_MODEL_NAME, linear, note)


def _check_default_available() -> None:
    """Raise what loading the default model would raise, without loading it."""
    if not installed("toxicity"):
        raise MissingExtraError(
            "Detoxify models need torch, transformers and detoxify: "
            "pip install 'comments[toxicity]'"
        )
    resolve_model_folder(DEFAULT_MODEL, download=False)


def _fallback_note(exc: Exception) -> str:
    if isinstance(exc, MissingExtraError):
        why, how = (
            "Detoxify needs the 'toxicity' extra, which is not installed",
            ("pip install 'comments[toxicity]', then "),
        )
    else:
        why, how = f"Detoxify {DEFAULT_MODEL!r} weights are not on this machine", ""
    return (
        f"{why}, so toxicity comes from the linear tier {LINEAR_MODEL_NAME!r}. To use "
        f"Detoxify: {how}python -m comments.models fetch {DEFAULT_MODEL} --to models/"
        f"{DEFAULT_MODEL} (on a machine with internet), then --model-dir or "
        f"COMMENTS_MODELS. Details: {str(exc).splitlines()[0]}"
    )
