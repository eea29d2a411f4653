"""The README's Python example runs as written (so the front page never lies)."""

import doctest
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_readme_example_runs(monkeypatch):
    monkeypatch.chdir(ROOT)  # the example uses paths relative to the repository root
    result = doctest.testfile(str(ROOT / "README.md"), module_relative=False, verbose=False)
    assert result.attempted >= 5
    assert result.failed == 0
