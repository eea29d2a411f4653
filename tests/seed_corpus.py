"""A JSONL corpus of seed pages for run tests: each record a distinct page.

>>> import tempfile, pathlib
>>> path = seed_jsonl(pathlib.Path(tempfile.mkdtemp()) / "pages.jsonl", 3)
>>> len(path.read_text(encoding="utf-8").splitlines())
3
"""

from __future__ import annotations

import json
from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def seed_jsonl(path: Path, n_records: int, id_format: str = "p{i:04d}") -> Path:
    """Write ``n_records`` records cycling through seeds/ (a word varied per record, so no
    two pages are the same) to ``path``; return it."""
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    with path.open("w", encoding="utf-8") as handle:
        for i in range(n_records):
            text = seeds[i % len(seeds)].replace("the", f"the{i % 7}", 3)
            handle.write(json.dumps({"id": id_format.format(i=i), "text": text}) + "\n")
    return path
