"""Issue 13, item 1: runs of sentence terminators split in linear time.

The splitter's regular expression used to restart inside a run of ``.``/``!``/``?``/``…``
at every position and backtrack through the rest of it: 20,000 ``!`` took 11-14 s and a
40,000-``!`` paragraph 57 s in ``comments run``. The budgets below are hundreds of times
what a linear scan needs (a few ms), so they catch the quadratic path without timing it.
"""

from __future__ import annotations

import pytest
from hang_guard import finishes_within

from comments.scoring.sentences import split_sentences
from comments.scoring.sentiment import SentimentScorer

RUN = 200_000  # 20,000 took 11-14 s before; 200,000 would take ~20 minutes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("!" * RUN, ["!" * RUN]),
        ("?!" * (RUN // 2), ["?!" * (RUN // 2)]),
        ("Wait" + "." * RUN + " Then more.", ["Wait" + "." * RUN, "Then more."]),
        ("Hm " + "…" * RUN + " ok", ["Hm " + "…" * RUN, "ok"]),
        ('"' * RUN + "!" + '"' * RUN, ['"' * RUN + "!" + '"' * RUN]),
    ],
    ids=["bangs", "mixed", "dots-then-sentence", "ellipses", "quotes"],
)
def test_terminator_runs_split_in_linear_time(text: str, expected: list[str]) -> None:
    with finishes_within(10):
        assert split_sentences(text) == expected


def test_many_stops_inside_one_long_word_stay_linear() -> None:
    # Every "A." is a candidate end whose word is looked up backwards; tabs are not the
    # spaces the look-up searches for, so an unbounded look-up scans to the piece's start.
    text = "A.\t" * 50_000
    with finishes_within(10):
        pieces = split_sentences(text)
    assert pieces[0] == "A.\tA." and len(pieces) == 49_999


def test_the_issue_reproduction_scores_a_bang_run() -> None:
    with finishes_within(10):
        scores = SentimentScorer().score(["!" * 40_000, "Great!!! " * 3])
    assert scores["sentiment_compound"].to_list()[0] == 0.0
    assert scores["sentiment_compound"].to_list()[1] > 0.5
