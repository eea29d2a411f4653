"""Indonesian: the words the parser recognises on Indonesian pages, by role.

Words spelt as in a language earlier in the order ("januari", "april", "juni",
"oktober", "desember") are listed under that language only. The roles are described in
``vocab/__init__.py``. (The module is named by the three-letter code: ``id`` is Python's.)
"""

from __future__ import annotations

__all__ = ["VOCABULARY"]

VOCABULARY: dict[str, tuple[str, ...]] = {
    "number_0": ("tidak ada",),
    "number_1": ("satu",),
    "number_2": ("dua",),
    "number_3": ("tiga",),
    "number_4": ("empat",),
    "count_noun": ("tanggapan", "komentar", "balasan"),
    "form_start": (
        "Tinggalkan Balasan", "Tinggalkan Komentar", "Batalkan balasan", "Kirim Komentar",
        "Tulis komentar",
    ),
    "says": ("berkata:", "mengatakan:", "menulis:"),
    "month_3": ("maret",),
    "month_8": ("agustus",),
    "relative_time": ("yang lalu", "kemarin", "hari ini"),
    "reply_link": ("balas",),
    "comment_link": ("suka", "laporkan", "sunting", "hapus", "bagikan"),
    "blog_pager": ("Posting Lebih Baru", "Posting Lama", "Beranda"),
    "chrome_heading": (
        "Tulisan Terbaru", "Pos-pos Terbaru", "Komentar Terbaru", "Arsip", "Kategori",
        "Artikel Terkait", "Baca Juga",
    ),
}  # fmt: skip
