"""The web as it is stored: HTML pages and WARC archives -> pages.

- :mod:`.charset`: HTML bytes -> text (BOM, HTTP header, ``<meta charset>``, fallback);
- :mod:`.render`: HTML -> the text the parser reads (inscriptis);
- :mod:`.metadata`: headline, canonical URL and publication date from the markup;
- :mod:`.article`: the article body from the markup (trafilatura);
- :mod:`.page`: :func:`parse_html`, which composes them around :func:`comments.parse_text`;
- :mod:`.warc`: the HTML responses of a WARC archive, streamed;
- :mod:`.inputs`: HTML files and WARC archives as corpus documents.

Everything here imports lxml, inscriptis, trafilatura or fastwarc only when first used.
"""

from __future__ import annotations

from .charset import decode_html
from .page import parse_html
from .render import render_html

__all__ = ["decode_html", "parse_html", "render_html"]
