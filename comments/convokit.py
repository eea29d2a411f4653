"""Export threads in ConvoKit's on-disk corpus format, written from polars (no ConvoKit needed).

ConvoKit (Cornell's toolkit for conversation analysis) loads a corpus folder with
``convokit.Corpus(filename=folder)``. :func:`write_convokit` writes that folder:

- ``utterances.jsonl`` — one utterance per article paragraph and comment (pingbacks are
  not conversation turns): ``id`` (our ``unit_id``), ``conversation_id`` (the page),
  ``reply_to``, ``speaker``, ``timestamp``, ``text`` and ``meta`` (kind, position, depth,
  lang, ``posted_at`` as ISO 8601 and ``timestamp_text`` as shown, is_post_author and every
  score column). ConvoKit orders utterances by ``timestamp`` and its transformers need one
  on every utterance, but pages date few of them: ``timestamp`` is the utterance's
  position in its page (document order), the time is in ``meta["posted_at"]``;
- ``conversations.json`` — one conversation per page with its ``pages`` row as meta;
- ``speakers.json`` — authors *per site* (the host of the page URL, else the page): "Ann"
  on two sites is two speakers. Article paragraphs are spoken by the page's author, and
  so are comments the page marks as the post author's;
- ``corpus.json`` and ``index.json`` (the meta-field types ConvoKit reads first).

Each page is one reply tree, as ConvoKit expects: the first paragraph is the root, each
further paragraph replies to the one before it, top-level comments (and replies whose
parent was not recovered) reply to the root, and replies to their parent comment.

    >>> import tempfile, json, pathlib
    >>> from comments import load_corpus
    >>> corpus = load_corpus("seeds/000_f726f1425a8d58b3.txt")
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> counts = write_convokit(corpus.pages, corpus.units, None, folder)
    >>> counts
    {'utterances': 20, 'speakers': 7, 'conversations': 1}
    >>> first = json.loads((folder / "utterances.jsonl").read_text().splitlines()[0])
    >>> first["reply_to"], first["conversation_id"] == first["id"].split("/")[0]
    (None, True)
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import polars as pl

from .atomic import write_bytes_atomic

__all__ = ["ARTICLE_AUTHOR", "UNKNOWN_AUTHOR", "write_convokit"]

ARTICLE_AUTHOR = "(article author)"
UNKNOWN_AUTHOR = "(unknown)"
TURN_KINDS = ("article", "comment")
_UNIT_META = (
    "unit_id",
    "kind",
    "position",
    "depth",
    "lang",
    "posted_at",
    "timestamp_text",
    "is_post_author",
)
_PAGE_META = (
    "title",
    "source",
    "lang",
    "status",
    "declared_comments",
    "n_paragraphs",
    "n_comments",
    "n_pingbacks",
    "max_depth",
    "warnings",
    "published",
    "published_at",
    "crawled_at",
    "parse_quality",
)


def write_convokit(
    pages: pl.DataFrame, units: pl.DataFrame, scores: pl.DataFrame | None, folder: str | Path
) -> dict[str, int]:
    """Write ``pages``/``units`` (and ``scores``, if any) as a ConvoKit corpus in ``folder``;
    returns how many utterances, speakers and conversations were written."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    turns = _turns(pages, units, scores)
    utterances = [_utterance(row, list(turns.columns)) for row in turns.iter_rows(named=True)]
    speakers = {
        row["speaker"]: {"site": row["site"], "name": row["name"]}
        for row in turns.select("speaker", "site", "name").unique("speaker").iter_rows(named=True)
    }
    conversations = {
        row["page_id"]: {k: _plain(row.get(k)) for k in _PAGE_META if k in row}
        for row in pages.filter(pl.col("page_id").is_in(turns["page_id"].implode())).iter_rows(
            named=True
        )
    }
    _write(folder, utterances, speakers, conversations)
    return {
        "utterances": len(utterances),
        "speakers": len(speakers),
        "conversations": len(conversations),
    }


def _turns(pages: pl.DataFrame, units: pl.DataFrame, scores: pl.DataFrame | None) -> pl.DataFrame:
    """Article paragraphs and comments with ``reply_to``, ``speaker``, ``site``, ``name``."""
    table = units.filter(pl.col("kind").is_in(TURN_KINDS))
    if scores is not None:
        extra = [c for c in scores.columns if c == "unit_id" or c not in table.columns]
        table = table.join(scores.select(extra), on="unit_id", how="left")
    sites = pages.select("page_id", site=pl.col("source").map_elements(_site, pl.String))
    table = table.join(sites, on="page_id", how="left").sort("page_id", "position")
    root = pl.col("unit_id").first().over("page_id")
    previous = pl.col("unit_id").shift(1).over("page_id")
    ids = table["unit_id"].implode()
    known_parent = pl.col("parent_id").is_in(ids)
    reply_to = (
        pl.when(pl.col("unit_id") == root)
        .then(None)
        .when(pl.col("kind") == "article")
        .then(previous)
        .when(known_parent)
        .then(pl.col("parent_id"))
        .otherwise(root)
    )
    author = (
        pl.when((pl.col("kind") == "article") | pl.col("is_post_author").fill_null(False))
        .then(pl.lit(ARTICLE_AUTHOR))
        .otherwise(pl.col("author").fill_null(UNKNOWN_AUTHOR))
    )
    site = pl.col("site").fill_null(pl.lit("page:") + pl.col("page_id"))
    return table.with_columns(reply_to=reply_to, name=author, site=site).with_columns(
        speaker=pl.col("site") + " · " + pl.col("name")
    )


def _site(source: str | None) -> str | None:
    """The host of a URL source ("https://www.ex.org/a" -> "ex.org"); None for paths."""
    if not source or "://" not in source:
        return None
    host = urlsplit(source).hostname or ""
    return host.removeprefix("www.") or None


def _utterance(row: dict[str, Any], columns: list[str]) -> dict[str, Any]:
    skip = {
        "page_id",
        "parent_id",
        "author",
        "text",
        "reply_to",
        "speaker",
        "site",
        "name",
    }
    meta = {c: _plain(row[c]) for c in columns if c not in skip}
    meta["timestamp_text"] = meta.pop("timestamp", None)  # as shown
    return {
        "id": row["unit_id"],
        "conversation_id": row["page_id"],
        "reply_to": row["reply_to"],
        "speaker": row["speaker"],
        "timestamp": int(row["position"]),  # document order (see the module docstring)
        "text": row["text"] or "",
        "meta": {
            k: meta[k] for k in (*_UNIT_META, *sorted(set(meta) - set(_UNIT_META))) if k in meta
        },
    }


def _plain(value: Any) -> Any:
    """A JSON-ready value: dates as ISO text, NaN as None."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def _write(folder: Path, utterances: list, speakers: dict, conversations: dict) -> None:
    lines = "".join(json.dumps(u, ensure_ascii=False) + "\n" for u in utterances)
    _put(folder / "utterances.jsonl", lines)
    _put(folder / "speakers.json", json.dumps(speakers, ensure_ascii=False))
    _put(folder / "conversations.json", json.dumps(conversations, ensure_ascii=False))
    _put(folder / "corpus.json", json.dumps({"source": "comments"}))
    index = {
        "utterances-index": _index(u["meta"] for u in utterances),
        "speakers-index": _index(speakers.values()),
        "conversations-index": _index(conversations.values()),
        "overall-index": {"source": ["<class 'str'>"]},
        "version": 1,
        "vectors": [],
    }
    _put(folder / "index.json", json.dumps(index))


def _put(path: Path, text: str) -> None:
    write_bytes_atomic(path, text.encode("utf-8"))


def _index(metas: Iterator[dict] | Any) -> dict[str, list[str]]:
    """Meta field -> the Python type names of its values (ConvoKit's index format)."""
    kinds: dict[str, set[str]] = {}
    for meta in metas:
        for key, value in meta.items():
            kinds.setdefault(key, set()).add(str(type(value)))
    return {key: sorted(types) for key, types in kinds.items()}
