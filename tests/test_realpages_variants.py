"""The real pages with other names and other words: the parser must not lean on the
strings of the pages it was developed on (issue 9, "it must generalise, not memorise").

``tests/realpages_variants.py`` re-prints ``../shared/realpages`` with every commenter
renamed to invented names of one shape, or with the English pages' comment-system words
in another language, and scores the parser with the corpus's own scorer. Here the
fastest converter's text (inscriptis) is scored as saved and in the variants that cost
whole sections before they were measured (handles with digits before the date, names with
particles, French words, "says…" and "Reply →", no "Reply" links at all; numeric dates and
ages, which cost nothing when measured; a sidebar printed beside the comments), and no
number may drop by more than half a point; without the count heading, the numbers it
reached are floors, and so are the pages in a language the vocabulary lacks and in a few variants
combined (no heading with lower-case names, no "Reply" links or no "says"), and with the
first comment only; with the comments cut out, no page may show one. Skipped where
``../shared/realpages`` is absent.
"""

from __future__ import annotations

import pytest

from tests import realpages_variants as variants

RENDERER = "inscriptis"  # the fastest to score; the script measures the other converters
GATED = (
    *("names:handle", "names:particles", "names:lower-case", "words:fr", "words:ru"),
    "words:typography",
    *("layout:no-reply", "layout:left-sidebar", "dates:numeric", "dates:ago"),
)
MAX_DROP = 0.005  # per metric, against the pages as saved
GATED_METRICS = ("comment_f1", "comment_r", "depth_acc", "author_acc")


@pytest.fixture(scope="module")
def scorer_and_golds():
    if not (variants.REALPAGES / "score.py").exists():
        pytest.skip(f"{variants.REALPAGES} is absent: the variant-pages gate needs it")
    golds = variants.load_golds()
    return variants.load_scorer(), golds


@pytest.fixture(scope="module")
def as_saved(scorer_and_golds) -> dict:
    scorer, golds = scorer_and_golds
    return variants.score(scorer, golds, RENDERER, None)[0]


@pytest.mark.parametrize("variant", GATED)
def test_the_pages_in_other_names_and_words_read_as_well(
    scorer_and_golds, as_saved, variant: str
) -> None:
    scorer, golds = scorer_and_golds
    summary = variants.score(scorer, golds, RENDERER, variant)[0]
    drops = {m: (as_saved[m], summary[m]) for m in GATED_METRICS}
    worse = {m: pair for m, pair in drops.items() if pair[0] - pair[1] > MAX_DROP}
    assert not worse, f"{variant}: (as saved, variant) {worse}"
    assert summary["neg_fp"] == as_saved["neg_fp"] == 0


# Without the count heading, pages of one or two comments have nothing else that says what
# they are, so this variant cannot reach the pages as saved: it is held at what it reached.
NO_HEADING_FLOORS = {"comment_f1": 0.993, "comment_r": 0.991, "depth_acc": 0.993}


def test_the_pages_without_their_count_heading_keep_their_threads(scorer_and_golds) -> None:
    scorer, golds = scorer_and_golds
    summary = variants.score(scorer, golds, RENDERER, "layout:no-heading")[0]
    below = {m: summary[m] for m, floor in NO_HEADING_FLOORS.items() if summary[m] < floor}
    assert not below, f"layout:no-heading below its floors {NO_HEADING_FLOORS}: {below}"
    assert summary["neg_fp"] == 0


# In a language the vocabulary lacks (Romanian, Croatian; Russian, Turkish and Czech until
# 2026-12-06, when the vocabulary learned them), the dates are read by their day, year
# and time (a capitalised month word by its date lines beside names), and the "Reply"
# links and "says" verbs from the records' repetition (comments.parse.dialect), so are
# "Reply to Ann" lines and count lines over records that repeat a row: F1 was 0.742 in
# Russian, Turkish and Czech before; held at what it reached. What is still lost: form
# titles and count headings away from the first comment in such a language, pages of one
# or two comments (nothing repeats), and "Reply to Ann" lines on a page that teaches
# nothing else (wpDiscuz with its "Reply" links hidden: "Răspunde-i lui  Sara").
UNKNOWN_LANGUAGE_FLOORS = {
    "words:ro": {"comment_f1": 0.990, "comment_r": 0.984, "depth_acc": 0.993, "author_acc": 0.997},
    "words:hr": {"comment_f1": 0.990, "comment_r": 0.985, "depth_acc": 0.993, "author_acc": 0.997},
}


# A site differs from these pages in several ways at once: no heading over the comments
# and names typed in lower case, or no heading and no "Reply" links (comments closed), or
# no heading and no "says". Each lost whole sections (F1 0.976, 0.976, 0.979) before the
# parser read lower-case names as people's, a site section's heading only right above the
# records, and footers and numbered points as the records' own; held at what it reached
# (raised when times joined by a full stop stamped records to the minute and a numbered
# list's first item cut it from the related cards above: then also handles, ages, no
# "Reply" and no heading at once, as a modern widget with comments closed prints them).
COMBINED_FLOORS = {
    "names:lower-case+layout:no-heading": {"comment_f1": 0.991, "comment_r": 0.987},
    "layout:no-heading+layout:no-reply": {"comment_f1": 0.992, "comment_r": 0.989},
    "layout:no-heading+layout:no-says": {"comment_f1": 0.990, "comment_r": 0.986},
    "names:handle+dates:ago+layout:no-reply+layout:no-heading": {
        "comment_f1": 0.987,
        "comment_r": 0.979,
    },
    # no heading and no item numbers (and no "Reply"): a link to the comments over them
    # ("Comment on this article") heads them, and a widget's rows right above them are
    # cut off their run (F1 0.971 and 0.964 before, 2026-12-03)
    "layout:no-numbers+layout:no-heading": {"comment_f1": 0.982, "comment_r": 0.974},
    "layout:no-heading+layout:no-reply+layout:no-numbers": {
        "comment_f1": 0.977,
        "comment_r": 0.962,
    },
}


# With its first comment only, a page has no repeated shape to find the comment by:
# measured per converter (README), held at what it reached (F1 0.860, recall 0.833 before
# the rules for forms above a lone comment, signed lone comments, qualified counts, link
# rows after a slash and site sections under a lone comment; 0.896, 0.868 before those
# for fewer records than counted, heads naming writer and minute, a byline beside the one
# comment and html2text's empty headings).
ONE_COMMENT_FLOORS = {
    "layout:one-comment": {"comment_f1": 0.904, "comment_r": 0.882, "depth_acc": 0.992},
}
FLOORS = {**UNKNOWN_LANGUAGE_FLOORS, **COMBINED_FLOORS, **ONE_COMMENT_FLOORS}


@pytest.mark.parametrize("variant", FLOORS)
def test_the_pages_in_another_language_in_several_variants_or_with_one_comment_keep_them(
    scorer_and_golds, variant: str
) -> None:
    scorer, golds = scorer_and_golds
    summary = variants.score(scorer, golds, RENDERER, variant)[0]
    floors = FLOORS[variant]
    below = {m: summary[m] for m, floor in floors.items() if summary[m] < floor}
    assert not below, f"{variant} below its floors {floors}: {below}"
    assert summary["neg_fp"] == 0


def test_the_pages_with_their_comments_cut_out_show_none(scorer_and_golds) -> None:
    """What a page whose thread a script loads keeps of its comment section (the count,
    the form, "Comments are closed.") and the widgets and footer under it hold no
    comments: a share row's count, a closing line over a sidebar's cards, a footer's
    "Log In" and a social widget's rows each made some before this was measured."""
    scorer, golds = scorer_and_golds
    _, rows = variants.score(scorer, golds, RENDERER, "layout:no-comments")
    assert len(rows) == len(golds) and all(row["gold"] == 0 for row in rows)
    false = {row["page"]: row["pred"] for row in rows if row["pred"]}
    assert not false, f"false comments on pages without their comments: {false}"


def test_the_comments_are_cut_out_from_the_first_or_second_head_to_the_last_footer(
    scorer_and_golds,
) -> None:
    text = (
        "A post\n\nIts text, long enough to be a paragraph of the article.\n\n"
        "2 Comments\n\n  1. Ann Lee says:\n     May 2, 2012 at 9:15 pm\n"
        "     Great post, thanks.\n  2. Bob Stone says:\n     May 3, 2012 at 8:00 am\n"
        "     I disagree with\n     most of it.\n\n     Reply\n\nLeave a Reply\n\nName *\n"
    )
    gold = {
        "comments": [
            {"kind": "comment", "author": "Ann Lee", "body_start": "Great post, thanks."},
            {"kind": "comment", "author": "Bob Stone", "body_start": "I disagree with most"},
        ]
    }
    cut = variants.without_comments(text, gold).split("\n")
    assert cut[:6] == ["A post", "", "Its text, long enough to be a paragraph of the article.",
                       "", "2 Comments", ""]  # fmt: skip
    assert not any("Ann" in line or "Bob" in line or "disagree" in line for line in cut)
    assert cut[-4:] == ["Leave a Reply", "", "Name *", ""]
    assert variants.without_comments_gold({"negative": False, **gold})["negative"] is True
    one, one_gold = variants.with_one_comment(text, gold)
    assert "Great post, thanks." in one and not any(w in one for w in ("Bob", "disagree"))
    assert one.endswith("\n\nLeave a Reply\n\nName *\n")
    assert [c["author"] for c in one_gold["comments"]] == ["Ann Lee"]


def test_a_name_is_renamed_where_it_stands_also_printed_twice() -> None:
    mapping = {"Ann Lee": "Kofi Varga", "Bo": "Mara"}
    text = "Ann LeeAnn Lee\nAnn Lee\nAnnaLee Ann Leeway Bo"
    assert (
        variants.rename(text, mapping)
        == "Kofi VargaKofi Varga\nKofi Varga\nAnnaLee Ann Leeway Mara"
    )


def test_only_authors_the_text_shows_are_renamed_each_to_a_new_name() -> None:
    gold = {
        "comments": [
            {"kind": "comment", "author": author, "body_start": "Hi"}
            for author in ("Ann Lee", "Bob Stone", "Ann Lee", "Jo", "Absent Name", None)
        ]
    }
    mapping = variants.renaming(gold, "Ann Lee\nHi\nBob Stone\nHi\nJo\nHi", "handle")
    assert sorted(mapping) == ["Ann Lee", "Bob Stone"]  # "Jo": too short to rename safely
    assert len(set(mapping.values())) == 2


@pytest.mark.parametrize("shape", sorted(variants.SHAPES))
def test_each_shape_gives_more_distinct_names_than_the_busiest_page_has(shape: str) -> None:
    names = list(variants.SHAPES[shape]())
    assert len(set(names)) == len(names) >= 240
    assert all(name == name.strip() and "  " not in name for name in names)


def test_english_comment_words_and_dates_are_reworded_on_short_lines_only() -> None:
    text = (
        "3 thoughts on “A post”\nAnn says:\nMay 2, 2012 at 9:15 pm\nReply\n"
        "A long line of the body that says: Reply if you want, and it goes on and on and on.\n"
    )
    assert variants.reworded(text, "de").split("\n") == [
        "3 Gedanken zu “A post”",
        "Ann sagt:",
        "2. Mai 2012 um 21:15",
        "Antworten",
        "A long line of the body that says: Reply if you want, and it goes on and on and on.",
        "",
    ]


def test_reply_links_go_alone_or_after_a_date_and_says_verbs_after_a_name() -> None:
    text = (
        "Ann says:\nMay 2, 2012 at 9:15 pm | Reply\n  • Antworten\n[Reply]\nReply ↓\n"
        "  2. Reply\nReply to the critics, please.\nI said: no.\n"
    )
    assert variants.without_reply_links(text).split("\n") == [
        "Ann says:",
        "May 2, 2012 at 9:15 pm",
        "  2.",  # the numbered comment still opens there
        "Reply to the critics, please.",
        "I said: no.",
        "",
    ]
    assert variants.without_says(text).split("\n")[:2] == ["Ann", "May 2, 2012 at 9:15 pm | Reply"]


def test_the_count_heading_goes_and_a_threads_reply_count_stays() -> None:
    text = "6 thoughts on “A post”\n### Comments (3)\n  Kommentare\n3 Replies\nSix comments on it."
    assert variants.without_count_heading(text).split("\n") == ["3 Replies", "Six comments on it."]


def test_item_numbers_go_but_a_day_opening_a_date_stays() -> None:
    text = "  1. Ann\n     12. Mai 2019 um 9:15\n  2.\n  3. 14.05.2019\n10. Bob says:\n2012. A year"
    assert variants.without_item_numbers(text) == (
        "     Ann\n     12. Mai 2019 um 9:15\n\n  3. 14.05.2019\n    Bob says:\n2012. A year"
    )


def test_left_aligned_numbers_leave_their_items_in_one_column() -> None:
    left = "  9. Ann says\nHi\n     * Jo says\n  10. Bob says"
    assert variants.without_item_numbers(left).split("\n") == [
        "     Ann says", "Hi", "     * Jo says", "     Bob says"
    ]
    right = " 9. Cy says\n10. Di says"
    assert variants.without_item_numbers(right).split("\n") == ["    Cy says", "    Di says"]


def test_dates_are_reprinted_in_each_style_with_their_time() -> None:
    line = "Ann | May 2, 2012 at 9:15 pm | Reply"
    styles = {style: variants.redated(line, style) for style in variants.DATE_STYLES}
    assert styles["iso"] == "Ann | 2012-05-02 21:15 | Reply"
    assert styles["us-numeric"] == "Ann | 5/2/2012 9:15 PM | Reply"
    assert styles["weekday"] == "Ann | Wednesday, May 2, 2012 at 9:15 pm | Reply"
    assert variants.redated("May 2, 2012", "numeric") == "02.05.2012"
