"""Which words set a discussion apart from its article: log-odds within pages, pooled.

Monroe, Colaresi & Quinn (2008), "Fightin' Words": the weighted log-odds ratio of a word
between comments (group a) and the article (group b) with an informative Dirichlet prior
(each word's prior count is ``prior_scale`` times its count in both groups), divided by its
standard deviation, is a z-score. Computed over a whole corpus at once, the words of one
page's long discussion win (its topic words are "typical of comments" only because that
page has comments). :func:`distinctive_words` therefore computes z within each page that
has both an article and comments, and pools the pages with Stouffer's method,
``z = Σ z_page / √K`` over the K pages (a page without the word adds 0): a word must be
typical of comments on many pages to score high. Stop words are dropped per text in the
text's own language (:mod:`.stopwords`).

    >>> import polars as pl
    >>> t = pl.DataFrame({"page_id": ["p", "p", "q", "q"],
    ...     "kind": ["article", "comment", "article", "comment"],
    ...     "text": ["budget budget vote", "thanks vote", "bridge bridge", "thanks"],
    ...     "lang": ["en"] * 4})
    >>> distinctive_words(t)["word"].to_list()[:1]
    ['thanks']
"""

from __future__ import annotations

import re

import polars as pl

from .stopwords import STOP_WORDS

__all__ = [
    "WORD_PATTERN",
    "distinctive_words",
    "log_odds",
    "tokenize",
    "word_sums",
    "words_from_sums",
]

ARTICLE, DISCUSSION = "article", "comment"
#: A word: letters (any script) with inner apostrophes or hyphens; digit runs are no words.
WORD_PATTERN = r"[^\W\d_]+(?:['-][^\W\d_]+)*"
_WORD = re.compile(WORD_PATTERN)
_APOSTROPHES = {"’": "'", "‘": "'", "ʼ": "'"}
_DEFAULT_LANG = "en"  # stop words for texts whose language is unknown

WORDS_SCHEMA = {
    "word": pl.String(),
    "count_a": pl.Int64(),
    "count_b": pl.Int64(),
    "n_pages": pl.Int64(),
    "log_odds": pl.Float64(),
    "z": pl.Float64(),
}


def tokenize(text: str, lang: str | None = _DEFAULT_LANG) -> list[str]:
    """Lower-cased words of ``text`` (any script) without ``lang``'s stop words and numbers.

    >>> tokenize("Mali’s military — 12 years! Über alles")
    ['mali', 'military', 'years', 'über', 'alles']
    >>> tokenize("Die Katze und der Hund", "de")
    ['katze', 'hund']
    """
    for curly, straight in _APOSTROPHES.items():
        text = text.replace(curly, straight)
    stop = STOP_WORDS.get(lang or _DEFAULT_LANG, frozenset())
    words = (w[:-2] if w.endswith("'s") else w for w in _WORD.findall(text.lower()))
    return [w for w in words if w not in stop and len(w) > 1]


def distinctive_words(
    scored: pl.DataFrame,
    *,
    prior_scale: float = 1.0,
    min_pages: int = 1,
    readers_only: bool = True,
) -> pl.DataFrame:
    """Words typical of comments (``z`` > 0) or of the article (``z`` < 0), within pages.

    Columns: ``word``, ``count_a`` / ``count_b`` (uses in comments / in articles, over the
    pages compared), ``n_pages`` (pages where the word occurs), ``log_odds`` (mean of the
    per-page log-odds ratios), ``z`` (Stouffer-pooled). Only pages with both sides count;
    ``readers_only`` leaves out replies by the post author. Sorted by ``z``, highest first.
    ``scored`` needs ``page_id``, ``kind``, ``text`` (``lang``, ``is_post_author`` if present).
    """
    sums, n_strata = word_sums(scored, prior_scale=prior_scale, readers_only=readers_only)
    return words_from_sums(sums, n_strata, min_pages=min_pages)


def word_sums(
    scored: pl.DataFrame, *, prior_scale: float = 1.0, readers_only: bool = True
) -> tuple[pl.DataFrame, int]:
    """What :func:`distinctive_words` pools, as sums that add up over tables of disjoint
    pages: per word ``count_a``, ``count_b``, ``n_pages``, ``delta_sum`` and ``z_sum`` over
    the pages with both sides; and the number of those pages (the strata)."""
    counts = _page_word_counts(scored, readers_only)
    both = (
        counts.group_by("page_id")
        .agg(n_a=pl.col("y_a").sum(), n_b=pl.col("y_b").sum())
        .filter((pl.col("n_a") > 0) & (pl.col("n_b") > 0))
    )
    per_page = _log_odds_columns(counts.join(both, on="page_id"), prior_scale)
    sums = per_page.group_by("word").agg(
        count_a=pl.col("y_a").sum().cast(pl.Int64),
        count_b=pl.col("y_b").sum().cast(pl.Int64),
        n_pages=pl.len().cast(pl.Int64),
        delta_sum=pl.col("delta").sum(),
        z_sum=pl.col("z").sum(),
    )
    return sums, both.height


def words_from_sums(sums: pl.DataFrame, n_strata: int, *, min_pages: int = 1) -> pl.DataFrame:
    """:func:`distinctive_words` from :func:`word_sums` (summed over batches of pages)."""
    if not n_strata:
        return pl.DataFrame(schema=WORDS_SCHEMA)
    pooled = sums.with_columns(
        log_odds=pl.col("delta_sum") / n_strata, z=pl.col("z_sum") / n_strata**0.5
    )
    return (
        pooled.filter((pl.col("n_pages") >= min_pages) & pl.col("z").is_finite())
        .select(list(WORDS_SCHEMA))
        .sort(["z", "word"], descending=[True, False])
    )


def log_odds(scored: pl.DataFrame, *, prior_scale: float = 1.0) -> pl.DataFrame:
    """The same z-scores over the whole table as one stratum (no pooling over pages).

    >>> import polars as pl
    >>> t = pl.DataFrame({"kind": ["article", "comment"],
    ...                   "text": ["policy policy mali", "crap crap crap mali"]})
    >>> log_odds(t)["word"].to_list()
    ['crap', 'mali', 'policy']
    """
    return distinctive_words(
        scored.with_columns(page_id=pl.lit("all")), prior_scale=prior_scale, readers_only=False
    )


def _page_word_counts(scored: pl.DataFrame, readers_only: bool) -> pl.DataFrame:
    """``page_id``, ``word``, ``y_a`` (uses in comments), ``y_b`` (uses in the article)."""
    texts = scored.filter(
        pl.col("kind").is_in([ARTICLE, DISCUSSION]) & pl.col("text").is_not_null()
    )
    if readers_only and "is_post_author" in texts.columns:
        texts = texts.filter(~pl.col("is_post_author").fill_null(False))
    lang = (
        pl.col("lang").fill_null(_DEFAULT_LANG)
        if "lang" in texts.columns
        else pl.lit(_DEFAULT_LANG)
    )
    text = pl.col("text").str.to_lowercase()
    for curly, straight in _APOSTROPHES.items():
        text = text.str.replace_all(curly, straight, literal=True)
    tokens = (
        texts.select("page_id", "kind", lang=lang, word=text.str.extract_all(WORD_PATTERN))
        .explode("word")
        .with_columns(pl.col("word").str.replace(r"'s$", ""))
        .filter(pl.col("word").str.len_chars() > 1)
        .join(_stop_word_table(), on=["lang", "word"], how="anti")
    )
    return tokens.group_by("page_id", "word").agg(
        y_a=(pl.col("kind") == DISCUSSION).sum().cast(pl.Float64),
        y_b=(pl.col("kind") == ARTICLE).sum().cast(pl.Float64),
    )


def _stop_word_table() -> pl.DataFrame:
    rows = [(lang, word) for lang, words in STOP_WORDS.items() for word in words]
    return pl.DataFrame(rows, schema={"lang": pl.String, "word": pl.String}, orient="row")


def _log_odds_columns(counts: pl.DataFrame, prior_scale: float) -> pl.DataFrame:
    """Per (page, word): ``delta`` (weighted log-odds ratio) and ``z`` (Monroe et al. 2008)."""
    alpha = prior_scale * (pl.col("y_a") + pl.col("y_b"))
    alpha0 = prior_scale * (pl.col("n_a") + pl.col("n_b"))
    odds_a = (pl.col("y_a") + alpha) / (pl.col("n_a") + alpha0 - pl.col("y_a") - alpha)
    odds_b = (pl.col("y_b") + alpha) / (pl.col("n_b") + alpha0 - pl.col("y_b") - alpha)
    variance = 1.0 / (pl.col("y_a") + alpha) + 1.0 / (pl.col("y_b") + alpha)
    delta = odds_a.log() - odds_b.log()
    return counts.with_columns(delta=delta, z=delta / variance.sqrt())
