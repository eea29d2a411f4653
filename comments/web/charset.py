"""HTML bytes -> text: the character set a browser would pick, and a fallback that never fails.

The order is the HTML standard's: a byte-order mark, then the HTTP header's ``charset``
(passed in by the WARC reader), then a ``<meta charset>`` / ``<meta http-equiv>`` /
``<?xml encoding?>`` declaration near the top of the page. Labels are read as browsers
read them (the WHATWG Encoding Standard: ``iso-8859-1`` and ``ascii`` mean windows-1252,
``gb2312`` means GB18030, a ``<meta>`` naming UTF-16 means UTF-8). Without a usable
declaration the bytes go to :func:`comments.reading.decode_bytes` (UTF-8, BOM-less UTF-16,
else cp1252 byte by byte), which never raises.

Guessing a legacy charset from the bytes (charset_normalizer) was measured and left out:
on short pages it named iso8859_10 for French cp1252 and Shift-JIS for KOI8-R.

    >>> decode_html(b'<meta charset="windows-1252"><p>caf\\xe9</p>')
    '<meta charset="windows-1252"><p>café</p>'
    >>> decode_html("<p>naïve</p>".encode("utf-16"))
    '<p>naïve</p>'
    >>> decode_html(b"<p>\\xe9t\\xe9</p>", http_charset="no-such-charset")  # cp1252 fallback
    '<p>été</p>'
"""

from __future__ import annotations

import codecs
import re

from ..reading import BOMS, decode_bytes

__all__ = ["META_PRESCAN_BYTES", "declared_charset", "decode_html"]

#: How far into the page a ``<meta>`` charset declaration is looked for. The standard
#: says 1024 bytes; saved pages often put it after a long comment or script.
META_PRESCAN_BYTES = 4096

_META_CHARSET = re.compile(rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml\b[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)""", re.I)

#: Python codec names that browsers read as a superset (WHATWG Encoding Standard).
BROWSER_SUPERSETS: dict[str, str] = {
    "ascii": "cp1252",
    "iso8859-1": "cp1252",
    "iso8859-9": "cp1254",
    "iso8859-11": "cp874",
    "tis-620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "euc_kr": "cp949",
}
#: Codecs a ``<meta>`` cannot really mean: the page was read as ASCII to find it.
_WIDE = ("utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be")


def decode_html(data: bytes, http_charset: str | None = None) -> str:
    """The text of an HTML document's bytes (see the module doc for the order of evidence).

    Never raises: undecodable bytes become U+FFFD under a declared charset, and are
    decoded as cp1252 without one.
    """
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return _strip_bom(data[len(bom) :].decode(encoding, errors="replace"))
    declared = _codec(http_charset) or declared_charset(data)
    if declared is None:
        return _strip_bom(decode_bytes(data))
    return _strip_bom(data.decode(declared, errors="replace"))


def declared_charset(data: bytes) -> str | None:
    """The Python codec the page's own markup declares, or None.

    >>> declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=latin1">')
    'cp1252'
    >>> declared_charset(b'<meta charset="utf-16">'), declared_charset(b"<p>none</p>")
    ('utf-8', None)
    """
    head = data[:META_PRESCAN_BYTES]
    match = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    if match is None:
        return None
    codec = _codec(match.group(1).decode("ascii"))
    return "utf-8" if codec in _WIDE else codec


def _codec(label: str | None) -> str | None:
    """The Python codec of a charset label as a browser reads it; None when unknown."""
    if not label:
        return None
    try:
        info = codecs.lookup(label.strip().strip("\"'"))
    except (LookupError, ValueError):
        return None
    # codecs also finds base64, rot13, zlib…: bytes.decode refuses those
    if not getattr(info, "_is_text_encoding", True):
        return None
    return BROWSER_SUPERSETS.get(info.name, info.name)


def _strip_bom(text: str) -> str:
    return text[1:] if text.startswith("\ufeff") else text
