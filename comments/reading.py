"""Bytes -> text: read a page dump in whatever encoding it arrived in, never failing.

Web dumps come in every encoding: UTF-8 (with or without a BOM), UTF-16/UTF-32 with a
BOM, BOM-less UTF-16 from Windows tools, and legacy cp1252 pages. :func:`decode_bytes`
picks the encoding from the bytes alone and always returns a string:

1. a byte-order mark names the encoding (UTF-32 is checked before UTF-16, whose
   little-endian BOM is a prefix of UTF-32's);
2. NUL bytes concentrated in odd (or even) positions mean BOM-less UTF-16-LE (-BE);
3. otherwise UTF-8; bytes that are not valid UTF-8 are decoded one by one as cp1252
   (latin-1 for the five bytes cp1252 leaves undefined), so one stray byte in a UTF-8
   page costs one character, not the page. When most non-ASCII bytes are invalid
   UTF-8 the whole document is taken as cp1252, so that a cp1252 page never has a
   pair of bytes misread as one UTF-8 character.

:func:`binary_reason` tells binary garbage from text (the share of control
characters), so that a corpus can report it as an error instead of parsing it.

Hostile inputs are bounded here, before any byte reaches memory: only regular files are
opened (a FIFO would block forever, ``/dev/zero`` never ends), a file or line longer than
the caller's byte limit is measured, not held (:func:`read_text`, :func:`bounded_lines`),
and text that is not valid Unicode (a JSON ``"\\ud800"``, a file name whose bytes are not
UTF-8) is made valid before it can reach a table (:func:`replace_surrogates`,
:func:`display_path`).
"""

from __future__ import annotations

import codecs
import io
import os
import re
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from .errors import InputError

__all__ = [
    "BINARY_CONTROL_SHARE",
    "DEFAULT_MAX_RECORD_BYTES",
    "Oversized",
    "binary_reason",
    "bounded_lines",
    "control_share",
    "decode_bytes",
    "display_path",
    "is_blank",
    "open_regular",
    "os_reason",
    "over_limit",
    "read_at_most",
    "read_text",
    "replace_surrogates",
]

# The most bytes one record (a .txt file, a JSONL line, a Parquet text cell) may have;
# larger ones become error rows instead of being read into memory. 64 MiB keeps the
# parser's own stress case (50 MB lines) and bounds a worker's memory at a few times it.
DEFAULT_MAX_RECORD_BYTES = 64 << 20
# Smallest read of a file whose size is unknown.
READ_BLOCK_BYTES = 1 << 16
# Bytes read at a time while skipping the rest of an over-long line.
SKIP_BLOCK_BYTES = 1 << 20

# What a path that is not a regular file is, for error messages (stat mode test, words).
NON_REGULAR_KINDS: tuple[tuple[Callable[[int], bool], str], ...] = (
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISDIR, "a folder"),
)

# Lone surrogates: code points that are not characters, which UTF-8 cannot encode. JSON
# escapes ("\\udc00") and file names with undecodable bytes put them in Python strings.
SURROGATES = re.compile("[\ud800-\udfff]")
REPLACEMENT_CHARACTER = "\ufffd"

# Byte-order marks, longest first: the UTF-32-LE mark starts with the UTF-16-LE one.
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# BOM-less UTF-16 sniffing: how many bytes to look at, and the share of NULs in one
# parity (odd positions for LE, even for BE) that marks it. ASCII-heavy UTF-16 text
# has a NUL in nearly every other byte; 8-bit text has almost none.
UTF16_SNIFF_BYTES = 4096
UTF16_NUL_SHARE = 0.4

# cp1252 with latin-1 for the bytes cp1252 leaves undefined (0x81 0x8D 0x8F 0x90 0x9D),
# as a 256-character table for the C-speed charmap codec.
CP1252_TABLE: str = "".join(
    bytes([b]).decode("cp1252", errors="replace").replace("\ufffd", chr(b)) for b in range(256)
)

# Control characters that never occur in text: C0 and DEL except the whitespace controls
# (tab, newline, vertical tab, form feed, carriage return, and the 0x1C-0x1F separators
# Python counts as line breaks), and the C1 block, which cp1252 pages reach only through
# the five bytes cp1252 leaves undefined.
CONTROL_CHARS: str = "".join(
    chr(c) for c in (*range(0x00, 0x09), *range(0x0E, 0x1C), *range(0x7F, 0xA0))
)
# A character class of them: regex scanning is far faster than str.translate here.
_CONTROL = re.compile(f"[{re.escape(CONTROL_CHARS)}]")

# A document is binary data when at least this share of its sampled characters are
# control characters, and at least BINARY_MIN_CONTROLS of them. Random bytes decode to
# about 13% controls; text pages have next to none, and a short page with a stray
# escape sequence has too few to count.
BINARY_CONTROL_SHARE = 0.10
BINARY_MIN_CONTROLS = 8
# Looking at this many characters (start, middle and end) is enough to judge.
CONTROL_SAMPLE_CHARS = 1 << 16

# Short reasons for the OS errors a user meets most, for messages naming the file.
OS_ERROR_REASONS: dict[type[OSError], str] = {
    FileNotFoundError: "no such file",
    IsADirectoryError: "is a directory",
    NotADirectoryError: "a parent is not a directory",
    PermissionError: "permission denied",
}

# Characters that carry no text: a document made only of these is blank. Every
# character Python counts as whitespace, the zero-width ones and the soft hyphen.
WHITESPACE_CHARS = (
    "\t\n\v\f\r\x1c\x1d\x1e\x1f \x85\xa0\u1680"
    + "".join(chr(c) for c in range(0x2000, 0x200B))
    + "\u2028\u2029\u202f\u205f\u3000"
)
ZERO_WIDTH_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
BLANK_CHARS = WHITESPACE_CHARS + ZERO_WIDTH_CHARS  # what is_blank strips


def read_text(path: str | os.PathLike[str], max_bytes: int = DEFAULT_MAX_RECORD_BYTES) -> str:
    """Read a file as text, whatever its encoding; never fails on undecodable bytes.

    Raises :class:`~comments.errors.InputError` naming the file when it cannot be
    opened (missing, a folder, no permission, not a regular file) or holds more than
    ``max_bytes``. The file is read whole, as its parse needs the whole text, and decoded
    in passes that run in C (a 50 MB file in well under a second); line endings are kept
    as they are.

    >>> import tempfile, pathlib
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     path = pathlib.Path(tmp, "page.txt")
    ...     _ = path.write_bytes(b"Caf\\xe9 \\x93ok\\x94")  # cp1252
    ...     read_text(path)
    'Café “ok”'
    >>> read_text("no/such/page.txt")
    Traceback (most recent call last):
    ...
    comments.errors.InputError: no/such/page.txt: cannot read (no such file); check the path
    >>> read_text("/dev/zero")
    Traceback (most recent call last):
    ...
    comments.errors.InputError: /dev/zero: not a regular file (a character device); give page files
    """
    with open_regular(path) as handle:
        data = read_at_most(handle, max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(f"{display_path(path)}: {over_limit(max_bytes)}")
    return decode_bytes(data)


def open_regular(path: str | os.PathLike[str]) -> BinaryIO:
    """Open a regular file for reading in binary mode, or raise
    :class:`~comments.errors.InputError` naming it and the problem.

    Opened without blocking, then checked: a FIFO or a device is refused before a single
    byte is read from it (a FIFO without a writer would block ``open`` forever).
    """
    name = display_path(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({os_reason(exc)}); check the path") from exc
    mode = os.fstat(fd).st_mode
    kind = non_regular_kind(mode)
    if kind is not None:
        os.close(fd)
        if stat.S_ISDIR(mode):
            raise InputError(f"{name}: cannot read (is a directory); check the path")
        raise InputError(f"{name}: not a regular file ({kind}); give page files")
    return os.fdopen(fd, "rb")


def read_at_most(handle: BinaryIO, limit: int) -> bytes:
    """At most ``limit`` bytes of an open file, read in buffers sized by the file (so a
    small file does not cost a ``limit``-sized allocation, and a file that grows or
    reports no size, like those of /proc, still stops at ``limit``).

    >>> import io
    >>> read_at_most(io.BytesIO(b"abcdef"), 4), read_at_most(io.BytesIO(b"ab"), 4)
    (b'abcd', b'ab')
    """
    try:
        hint = os.fstat(handle.fileno()).st_size
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        hint = 0
    blocks, total = [], 0
    while total < limit:
        block = handle.read(min(limit - total, max(hint + 1, READ_BLOCK_BYTES)))
        if not block:
            break
        blocks.append(block)
        total += len(block)
    return b"".join(blocks)


def non_regular_kind(mode: int) -> str | None:
    """What a file of stat ``mode`` is when it is not a regular file ("a FIFO …"), else None.

    >>> non_regular_kind(stat.S_IFIFO), non_regular_kind(stat.S_IFREG)
    ('a FIFO (named pipe)', None)
    """
    if stat.S_ISREG(mode):
        return None
    return next((words for test, words in NON_REGULAR_KINDS if test(mode)), "not a file")


def over_limit(max_bytes: int) -> str:
    """The reason of a record over the byte limit (names the option that raises it).

    >>> over_limit(1024)
    'record larger than the limit of 1,024 bytes (raise it with --max-record-bytes)'
    """
    return f"record larger than the limit of {max_bytes:,} bytes (raise it with --max-record-bytes)"


@dataclass(frozen=True, slots=True)
class Oversized:
    """A line :func:`bounded_lines` skipped: longer than the limit (``size`` bytes read)."""

    size: int


def bounded_lines(stream: BinaryIO, max_bytes: int) -> Iterator[bytes | Oversized]:
    """The lines of a binary stream, each holding at most ``max_bytes`` bytes besides its
    line break; a longer line is skipped in blocks and yielded as :class:`Oversized`, so
    memory stays bounded however long a line (or a decompressed gzip line) is.

    >>> import io
    >>> list(bounded_lines(io.BytesIO(b"ok\\n" + b"x" * 10 + b"\\nlast"), 4))
    [b'ok\\n', Oversized(size=11), b'last']
    """
    while line := stream.readline(max_bytes + 1):
        if line.endswith(b"\n") or len(line) <= max_bytes:
            yield line
            continue
        size = len(line)
        while block := stream.readline(SKIP_BLOCK_BYTES):
            size += len(block)
            if block.endswith(b"\n"):
                break
        yield Oversized(size)


def replace_surrogates(text: str) -> tuple[str, int]:
    """``text`` with every lone surrogate replaced by U+FFFD, and how many there were.

    >>> replace_surrogates("A \\ud800 B")
    ('A \ufffd B', 1)
    >>> replace_surrogates("plain")
    ('plain', 0)
    """
    if text.isascii():
        return text, 0
    return SURROGATES.subn(REPLACEMENT_CHARACTER, text)


def display_path(path: str | os.PathLike[str]) -> str:
    """A path as valid Unicode text: bytes of a file name that are not UTF-8 appear as
    ``\\xNN`` escapes (the name itself stays usable to open the file).

    >>> display_path(os.fsdecode(b"caf\\xe9.txt"))
    'caf\\\\xe9.txt'
    >>> display_path(os.path.join("seeds", "a.txt"))
    'seeds/a.txt'
    """
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def decode_bytes(data: bytes) -> str:
    """Decode a document's bytes, choosing the encoding from the bytes (see module doc).

    >>> decode_bytes("naïve".encode("utf-16"))
    'naïve'
    >>> decode_bytes(b"na\\xefve \\x96 ok")
    'naïve – ok'
    >>> decode_bytes("ok ✓".encode() + b" \\xff")
    'ok ✓ ÿ'
    """
    encoding = _bom_encoding(data) or _bomless_utf16(data)
    if encoding is not None:
        # decode() skips the BOM for utf-8-sig/utf-16/utf-32; the explicit endian
        # codecs keep it, so strip a leading U+FEFF by hand.
        text = data.decode(encoding, errors="replace")
        return text[1:] if text.startswith("\ufeff") else text
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return _decode_mixed(data)


def control_share(text: str) -> float:
    """Share of control characters (not whitespace ones) in a sample of ``text``.

    >>> control_share("plain text\\n")
    0.0
    >>> control_share("\\x00\\x01ab")
    0.5
    """
    sample = _sample(text)
    return _control_count(sample) / len(sample) if sample else 0.0


def binary_reason(text: str) -> str | None:
    """Why ``text`` looks like binary data rather than a page, or ``None`` if it is text.

    >>> binary_reason("A page with a stray \\x1b[0m escape.\\n")
    >>> binary_reason("\\x89PNG\\r\\n\\x1a\\n\\x00\\x00\\x00\\rIHDR\\x00\\x00\\x00\\x10\\x08\\x06")
    'binary data: 50% control bytes'
    """
    sample = _sample(text)
    controls = _control_count(sample)
    if controls >= BINARY_MIN_CONTROLS and controls >= BINARY_CONTROL_SHARE * len(sample):
        return f"binary data: {controls / len(sample):.0%} control bytes"
    return None


def is_blank(text: str) -> bool:
    """True when ``text`` holds nothing but whitespace and zero-width characters.

    >>> is_blank(" \\u200b\\n\\u00a0\\t")
    True
    >>> is_blank(" a ")
    False
    """
    return not text.strip(BLANK_CHARS)


def _bom_encoding(data: bytes) -> str | None:
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return encoding
    return None


def _bomless_utf16(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when NULs crowd one byte parity of the first few KiB."""
    head = data[:UTF16_SNIFF_BYTES]
    half = len(head) // 2
    if half < 2:
        return None
    even_nuls = head[0::2].count(0)
    odd_nuls = head[1::2].count(0)
    if odd_nuls >= UTF16_NUL_SHARE * half and even_nuls < odd_nuls / 4:
        return "utf-16-le"
    if even_nuls >= UTF16_NUL_SHARE * half and odd_nuls < even_nuls / 4:
        return "utf-16-be"
    return None


def _decode_mixed(data: bytes) -> str:
    """UTF-8 with cp1252 for invalid bytes, or all cp1252 when that fits better."""
    # Decoding with "ignore" drops exactly the invalid bytes; all three passes run in C.
    invalid_bytes = len(data) - len(data.decode("utf-8", errors="ignore").encode("utf-8"))
    non_ascii_bytes = len(data) - len(data.translate(None, _NON_ASCII))
    if non_ascii_bytes - invalid_bytes < invalid_bytes:
        return codecs.charmap_decode(data, "strict", CP1252_TABLE)[0]
    return data.decode("utf-8", errors=CP1252_FALLBACK)


# bytes.translate(None, delete) keeps the bytes not deleted: deleting 0x80-0xFF keeps
# the ASCII ones, so len(data) minus that is the count of non-ASCII bytes.
_NON_ASCII = bytes(range(0x80, 0x100))


def _cp1252_fallback(exc: UnicodeError) -> tuple[str, int]:
    """Codec error handler: decode the bytes UTF-8 rejected as cp1252/latin-1."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    bad = exc.object[exc.start : exc.end]
    return codecs.charmap_decode(bad, "strict", CP1252_TABLE)[0], exc.end


# The handler is stateless, so one process-wide registration serves every thread.
CP1252_FALLBACK = "comments.cp1252-fallback"
codecs.register_error(CP1252_FALLBACK, _cp1252_fallback)


def _control_count(text: str) -> int:
    if _CONTROL.search(text) is None:  # the common case: one fast scan, no list
        return 0
    return len(_CONTROL.findall(text))


def _sample(text: str) -> str:
    """The whole text when short, else its start, middle and end."""
    if len(text) <= CONTROL_SAMPLE_CHARS:
        return text
    third = CONTROL_SAMPLE_CHARS // 3
    middle = len(text) // 2
    return text[:third] + text[middle : middle + third] + text[-third:]


def os_reason(exc: OSError) -> str:
    """A short, lower-case reason for an OS error ("no such file", "is a directory")."""
    for kind, reason in OS_ERROR_REASONS.items():
        if isinstance(exc, kind):
            return reason
    return exc.strerror.lower() if exc.strerror else str(exc)
