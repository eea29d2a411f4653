"""Unique page ids for a corpus of any size: a repeated id gets a stable suffix.

A corpus run sees every page id once, in input order, and must tell whether it was seen
before. Holding every id in a Python set costs about 100 bytes an id (GBs at 100M pages),
so :class:`UniqueIds` keeps the first ``IDS_IN_MEMORY`` ids in a set and then moves them
all to a private SQLite database: a temporary file that SQLite deletes itself when it is
closed (or when the process dies), with a page cache of ``SQLITE_CACHE_KIB``. Memory then
stays flat however many ids come; the ids themselves live on disk (in ``$TMPDIR``).

    >>> ids = UniqueIds()
    >>> [ids.claim(page_id) for page_id in ("a", "b", "a", "a~2", "a")]
    ['a', 'b', 'a~2', 'a~2~2', 'a~3']
    >>> ids.close()
"""

from __future__ import annotations

import sqlite3
from types import TracebackType

__all__ = ["DUPLICATE_ID_FORMAT", "IDS_IN_MEMORY", "UniqueIds"]

# A repeated page id becomes "<id>~2", "<id>~3", …
DUPLICATE_ID_FORMAT = "{page_id}~{n}"
# Ids held in a set before they move to disk: ~100 bytes each, so about 50 MB at most.
IDS_IN_MEMORY = 500_000
# SQLite's page cache for the ids on disk (negative PRAGMA value: KiB).
SQLITE_CACHE_KIB = 32 << 10
# Inserts per transaction once on disk (one commit per batch, not per id).
SQLITE_BATCH = 100_000


class UniqueIds:
    """Page ids claimed so far; :meth:`claim` returns an id not claimed before.

    ``memory_limit`` (default ``IDS_IN_MEMORY``) is how many ids stay in memory before
    all of them move to an on-disk SQLite table.

    >>> with UniqueIds(memory_limit=2) as ids:
    ...     [ids.claim(page_id) for page_id in ("x", "y", "z", "x", "z")], ids.on_disk
    (['x', 'y', 'z', 'x~2', 'z~2'], True)
    """

    def __init__(self, memory_limit: int | None = None) -> None:
        self._limit = IDS_IN_MEMORY if memory_limit is None else memory_limit
        self._memory: set[str] = set()
        self._db: sqlite3.Connection | None = None
        self._pending = 0

    @property
    def on_disk(self) -> bool:
        """True once the ids have moved to the SQLite file."""
        return self._db is not None

    def claim(self, page_id: str) -> str:
        """``page_id`` if it is new, else the first free ``<id>~2``, ``<id>~3`` …"""
        candidate, n = page_id, 1
        while not self._add(candidate):
            n += 1
            candidate = DUPLICATE_ID_FORMAT.format(page_id=page_id, n=n)
        return candidate

    def close(self) -> None:
        """Forget every id (the database file, if any, is deleted by SQLite)."""
        self._memory.clear()
        if self._db is not None:
            self._db.close()
            self._db = None

    def __enter__(self) -> UniqueIds:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def _add(self, page_id: str) -> bool:
        """Record ``page_id``; False when it was already there."""
        if self._db is None:
            if page_id in self._memory:
                return False
            self._memory.add(page_id)
            if len(self._memory) > self._limit:
                self._spill()
            return True
        added = self._db.execute("INSERT OR IGNORE INTO ids VALUES (?)", (page_id,)).rowcount
        self._pending += 1
        if self._pending >= SQLITE_BATCH:
            self._db.commit()
            self._pending = 0
        return added == 1

    def _spill(self) -> None:
        """Move the ids in memory to a private temporary SQLite database."""
        # "" = a private temporary database on disk, deleted when the connection closes.
        db = sqlite3.connect("", isolation_level="DEFERRED", check_same_thread=False)
        db.execute(f"PRAGMA cache_size = -{SQLITE_CACHE_KIB}")
        db.execute("PRAGMA journal_mode = OFF")
        db.execute("PRAGMA synchronous = OFF")
        db.execute("CREATE TABLE ids (id TEXT PRIMARY KEY) WITHOUT ROWID")
        db.executemany("INSERT INTO ids VALUES (?)", ((i,) for i in self._memory))
        db.commit()
        self._memory = set()
        self._db = db
