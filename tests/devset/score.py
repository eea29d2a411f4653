"""Score the parser on the development set: pass/fail per page x converter, per-field accuracy.

Run from the repository root::

    .venv/bin/python -m tests.devset.score            # tables
    .venv/bin/python -m tests.devset.score -v         # plus every mismatch
    .venv/bin/python -m tests.devset.score -v -p wp_german -c lynx   # one page / converter

Field accuracy is right answers over possible ones, summed over all cases: ``count``,
``declared``, ``title`` and ``pingbacks`` count once per case; ``article`` once per
first/last paragraph and per excluded string; ``bodies`` (an expected comment's body was
found), ``clean`` (no author/date/"Reply" left in it), ``authors``, ``timestamps``,
``depths`` and ``parents`` once per expected comment. ``no_false_pos`` counts negative
cases with zero comments; the number of false comments on them is printed as well.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from dataclasses import dataclass

import comments

from .compare import (
    FIELDS,
    Case,
    Mismatch,
    all_cases,
    check_page,
    load_expectation,
    render_problems,
)

PASS, FAIL, ERROR = "ok", "FAIL", "ERR"


@dataclass
class CaseScore:
    """One case's verdict, tally, false comments and mismatches."""

    verdict: str
    right: dict[str, int]
    total: dict[str, int]
    false_comments: int
    problems: list[Mismatch]
    details: str


def score_case(case: Case) -> CaseScore:
    """Parse one case and compare it with its expectation."""
    text = case.text_path.read_text(encoding="utf-8")
    exp = load_expectation(case)
    try:
        page = comments.parse_text(text, page_id=case.id)
    except Exception as exc:  # a crash is a result to report, not a reason to stop
        crash = Mismatch("crash", f"parse_text raised {exc!r}")
        return CaseScore(ERROR, {}, {}, 0, [crash], f"{case.id}: {crash.message}")
    problems, tally = check_page(page, exp)
    false_comments = len(page.comments) if exp.get("no_comments") else 0
    verdict = FAIL if problems else PASS
    details = render_problems(case, problems)
    return CaseScore(verdict, tally.right, tally.total, false_comments, problems, details)


def known_failure_entry(case: Case, problems: list[Mismatch]) -> str:
    """One ``KNOWN_FAILURES`` line: the failing fields and the first mismatch.

    >>> print(known_failure_entry(Case("p", "w3m"), [Mismatch("title", "title: expected 'A'")]))
        ('p', 'w3m'): "title: title: expected 'A'",
    """
    fields = ", ".join(dict.fromkeys(p.field for p in problems))
    first = problems[0].message[:90]
    return f"    ({case.page!r}, {case.converter!r}): {f'{fields}: {first}'!r},"


def _grid(verdicts: dict[Case, str]) -> str:
    pages = sorted({c.page for c in verdicts})
    converters = sorted({c.converter for c in verdicts})
    width = max(len(p) for p in pages)
    head = " " * width + "  " + " ".join(f"{c[:14]:>14}" for c in converters)
    rows = [head]
    for page in pages:
        cells = [verdicts.get(Case(page, conv), "-") for conv in converters]
        passed = sum(cell == PASS for cell in cells)
        rows.append(
            f"{page:<{width}}  "
            + " ".join(f"{cell:>14}" for cell in cells)
            + f"   {passed}/{len(cells)}"
        )
    col_pass = [sum(verdicts.get(Case(p, conv)) == PASS for p in pages) for conv in converters]
    rows.append(f"{'passed':<{width}}  " + " ".join(f"{f'{n}/{len(pages)}':>14}" for n in col_pass))
    return "\n".join(rows)


def _field_table(right: dict[str, int], total: dict[str, int]) -> str:
    rows = [f"{'field':<14}{'right':>8}{'of':>8}{'accuracy':>10}"]
    for field in FIELDS:
        if total.get(field):
            share = right.get(field, 0) / total[field]
            rows.append(f"{field:<14}{right.get(field, 0):>8}{total[field]:>8}{share:>10.1%}")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="print every mismatch")
    parser.add_argument("-p", "--page", help="only pages whose name contains this")
    parser.add_argument("-c", "--converter", help="only this converter")
    parser.add_argument(
        "--known-failures",
        action="store_true",
        help="print the failing cases as entries for KNOWN_FAILURES in tests/test_devset.py",
    )
    args = parser.parse_args(argv)

    cases = [
        c
        for c in all_cases()
        if (not args.page or args.page in c.page)
        and (not args.converter or c.converter == args.converter)
    ]
    verdicts: dict[Case, str] = {}
    right: dict[str, int] = defaultdict(int)
    total: dict[str, int] = defaultdict(int)
    false_comments = 0
    details = []
    entries = []
    for case in cases:
        result = score_case(case)
        verdicts[case] = result.verdict
        false_comments += result.false_comments
        for field, n in result.total.items():
            total[field] += n
            right[field] += result.right.get(field, 0)
        if result.verdict != PASS:
            details.append(result.details)
            entries.append(known_failure_entry(case, result.problems))
    if args.known_failures:
        print("\n".join(entries))
        return 0

    print(_grid(verdicts))
    passed = sum(v == PASS for v in verdicts.values())
    print(f"\ncases passed: {passed}/{len(verdicts)}")
    print(f"false comments on pages without comments: {false_comments}\n")
    print(_field_table(right, total))
    if args.verbose and details:
        print("\n" + "\n\n".join(details))
    return 0


if __name__ == "__main__":
    sys.exit(main())
