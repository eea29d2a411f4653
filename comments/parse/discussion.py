"""Which record heads are the page's discussion.

:mod:`.records` finds every head-shaped line group on the page; bylines, related-post
lists and sidebars have such lines too. The heads are grouped into runs (heads with no
section break between them), and a run is the discussion when its records look like
comments: several dated or self-declared heads whose records carry action links, or a
comments heading, form or count right above it. Structure decides (repetition, what sits
between the heads); the vocabulary only names the cues.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .heads import is_chrome_text
from .lines import Line
from .records import RecordHead, find_heads

__all__ = ["Run", "discussion_runs"]

CUE_WINDOW = 12  # non-blank lines above a run in which a comments heading/form counts
MIN_STRONG_HEADS = 2
MIN_WEAK_HEADS = 2
MIN_CHROME_SHARE = 0.5  # records with action links: comment-like


@dataclass(frozen=True, slots=True)
class Run:
    """Consecutive record heads with no section break between them.

    ``cue`` is the index of the comments heading, count or form line right above the
    run (``None`` without one).
    """

    heads: tuple[RecordHead, ...]
    cue: int | None

    @property
    def start(self) -> int:
        return self.heads[0].start


def discussion_runs(
    lines: Sequence[Line],
    start: int,
    is_break: Callable[[int], bool],
    is_cue: Callable[[int], bool],
) -> list[Run]:
    """The runs of comment heads in ``lines[start:]`` that form the discussion.

    ``is_break(i)`` says whether line ``i`` ends a run (a form, a sidebar or footer
    heading); ``is_cue(i)`` whether it announces comments (a count heading, a bare
    "Comments" heading, a comment form).
    """
    heads = find_heads(lines, start)
    runs = [_with_cue(lines, run, start, is_cue) for run in _split(heads, is_break)]
    return [run for run in runs if _is_discussion(lines, run)]


def _split(heads: list[RecordHead], is_break: Callable[[int], bool]) -> list[list[RecordHead]]:
    runs: list[list[RecordHead]] = []
    for head in heads:
        if runs and not any(map(is_break, range(runs[-1][-1].lines[-1] + 1, head.start))):
            runs[-1].append(head)
        else:
            runs.append([head])
    return runs


def _with_cue(
    lines: Sequence[Line], heads: list[RecordHead], floor: int, is_cue: Callable[[int], bool]
) -> Run:
    seen = 0
    for i in range(heads[0].start - 1, floor - 1, -1):
        if lines[i].blank:
            continue
        if is_cue(i):
            return Run(tuple(heads), i)
        seen += 1
        if seen == CUE_WINDOW:
            break
    return Run(tuple(heads), None)


def _is_discussion(lines: Sequence[Line], run: Run) -> bool:
    heads = run.heads
    if any(h.pattern == "pingback" for h in heads):
        return True
    strong = sum(h.strong for h in heads)
    if run.cue is not None:
        return strong >= 1 or len(heads) >= MIN_WEAK_HEADS
    if strong < MIN_STRONG_HEADS:
        return False
    return _chrome_share(lines, run) >= MIN_CHROME_SHARE or _explicit_share(heads) >= 0.5


def _explicit_share(heads: Sequence[RecordHead]) -> float:
    return sum(h.pattern == "explicit" and h.author is not None for h in heads) / len(heads)


def _chrome_share(lines: Sequence[Line], run: Run) -> float:
    """The share of records holding an action link line ("Reply", "Like")."""
    heads = run.heads
    ends = [h.start for h in heads[1:]] + [min(len(lines), heads[-1].lines[-1] + 30)]
    with_links = 0
    for head, end in zip(heads, ends, strict=True):
        body = range(head.lines[-1] + 1, end)
        with_links += any(not lines[i].blank and is_chrome_text(lines[i].text) for i in body)
    return with_links / len(heads)
