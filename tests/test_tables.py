from comments import Comment, Page, Pingback
from comments.tables import (
    PAGES_SCHEMA,
    UNITS_SCHEMA,
    error_row,
    page_rows,
    pages_frame,
    units_frame,
)


def _page() -> Page:
    return Page(
        page_id="p",
        title="T",
        paragraphs=["one", "two"],
        comments=[
            Comment(
                id="c1", parent_id=None, depth=0, author="A", timestamp=None, text="hi", line=10
            ),
            Comment(
                id="c2", parent_id="c1", depth=1, author="B", timestamp="May 1", text="yo", line=14
            ),
        ],
        pingbacks=[Pingback(kind="pingback", title="Linked", site="ex.org", line=12)],
        declared_count=4,
        warnings=["found 3 of 4"],
    )


def test_units_interleave_discussion_in_document_order():
    page_row, unit_rows = page_rows(_page(), "p.txt")
    units = units_frame(unit_rows)
    assert units["unit_id"].to_list() == ["p/a1", "p/a2", "p/c1", "p/b1", "p/c2"]
    assert units["position"].to_list() == [0, 1, 2, 3, 4]
    assert units["kind"].to_list() == ["article", "article", "comment", "pingback", "comment"]
    assert units.filter(units["unit_id"] == "p/c2")["parent_id"].item() == "p/c1"
    assert units.filter(units["kind"] == "pingback")["author"].item() == "ex.org"
    assert dict(units.schema) == UNITS_SCHEMA
    assert page_row["n_comments"] == 2 and page_row["max_depth"] == 1
    assert page_row["warnings"] == "found 3 of 4"


def test_error_rows_keep_the_schema():
    pages = pages_frame([error_row("bad", "bad.txt", "cannot decode")])
    assert dict(pages.schema) == PAGES_SCHEMA
    assert pages.row(0, named=True)["status"] == "error"
    assert pages_frame([]).height == 0
