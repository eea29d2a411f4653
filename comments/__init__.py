"""comments — rebuild, score and compare the reader comment sections of web articles.

Parse a page dump (text, or HTML with :func:`parse_html`) into its article and its comment
threads, score every text for sentiment and toxicity, and compare the discussion with the
article::

    >>> import comments
    >>> page = comments.parse_text("A title\\n\\nThe article.", page_id="demo")
    >>> page.title, page.paragraphs
    ('A title', ['The article.'])

Heavy dependencies (polars, torch, transformers, detoxify, matplotlib) load only when
the name that needs them is first used, so ``import comments`` and parsing stay fast.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .errors import CommentsError, InputError, ModelUnavailableError
from .model import Comment, Page, Pingback
from .parse import parse_file, parse_text

if TYPE_CHECKING:
    from .corpus import Corpus, load_corpus
    from .scoring import ScoreCache, SentimentScorer, ToxicityScorer, score_units
    from .web import parse_html

__version__ = "0.1.0"

__all__ = [
    "Comment",
    "CommentsError",
    "Corpus",
    "InputError",
    "ModelUnavailableError",
    "Page",
    "Pingback",
    "ScoreCache",
    "SentimentScorer",
    "ToxicityScorer",
    "load_corpus",
    "parse_file",
    "parse_html",
    "parse_text",
    "score_units",
]

# Public names whose modules import polars/torch: resolved on first use (PEP 562).
_LAZY = {
    "Corpus": "comments.corpus",
    "load_corpus": "comments.corpus",
    "parse_html": "comments.web",
    "ScoreCache": "comments.scoring",
    "SentimentScorer": "comments.scoring",
    "ToxicityScorer": "comments.scoring",
    "score_units": "comments.scoring",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'comments' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
