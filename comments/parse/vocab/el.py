"""Greek: the words the parser recognises on Greek pages, by role.

The roles are described in ``vocab/__init__.py``.
"""

from __future__ import annotations

__all__ = ["VOCABULARY"]

VOCABULARY: dict[str, tuple[str, ...]] = {
    "form_start": ("Αφήστε μια απάντηση", "Ακύρωση απάντησης"),
    "count_noun": ("σχόλια", "σχόλιο", "σκέψεις"),  # "3 σκέψεις για το “…”": thoughts on
    "says": ("λέει:", "είπε:"),
    "reply_link": ("απάντηση",),
    "meridiem": ("π.μ.", "μ.μ.", "πμ", "μμ"),
}  # fmt: skip
