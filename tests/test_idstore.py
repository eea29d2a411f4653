"""Issue 13, item 17 (readers): page ids are made unique without holding every id in
memory; past a threshold they move to an on-disk SQLite table, with the same renames."""

from __future__ import annotations

import random
import tracemalloc

import comments.idstore as idstore
from comments.corpus import iter_documents
from comments.idstore import UniqueIds


def _reference(ids: list[str]) -> list[str]:
    """What the toolkit always did: a set of every id, suffixes ~2, ~3 …"""
    used: set[str] = set()
    out = []
    for page_id in ids:
        candidate, n = page_id, 1
        while candidate in used:
            n += 1
            candidate = f"{page_id}~{n}"
        used.add(candidate)
        out.append(candidate)
    return out


def test_renames_on_disk_equal_renames_in_memory() -> None:
    rng = random.Random(7)
    ids = [f"p{rng.randrange(3000)}" for _ in range(10_000)] + ["p1~2", "p1", "p1~2"]
    with UniqueIds(memory_limit=500) as store:
        claimed = [store.claim(page_id) for page_id in ids]
        assert store.on_disk
    assert claimed == _reference(ids)
    assert len(set(claimed)) == len(claimed)


def test_memory_stays_flat_once_ids_are_on_disk() -> None:
    def peak_bytes(n: int) -> int:
        tracemalloc.start()
        with UniqueIds(memory_limit=1000) as store:
            for i in range(n):
                store.claim(f"https://example.org/articles/{i:09d}")
            _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        return peak

    small, large = peak_bytes(20_000), peak_bytes(200_000)
    assert large < small * 1.5  # 10x the ids, not 10x the memory
    assert large < 4 << 20


def test_a_corpus_read_spills_its_ids_and_keeps_the_same_names(tmp_path, monkeypatch) -> None:
    lines = [f'{{"id": "p{i % 40}", "text": "T\\n\\nBody {i}."}}' for i in range(120)]
    (tmp_path / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    in_memory = [doc.page_id for doc in iter_documents(tmp_path)]
    monkeypatch.setattr(idstore, "IDS_IN_MEMORY", 10)
    on_disk = [doc.page_id for doc in iter_documents(tmp_path)]
    assert on_disk == in_memory == _reference([f"p{i % 40}" for i in range(120)])
    assert on_disk[40:42] == ["p0~2", "p1~2"]
