"""Turkish: the words the parser recognises on Turkish pages, by role.

Words spelt as in a language earlier in the order are listed under that language only.
The roles are described in ``vocab/__init__.py``.
"""

from __future__ import annotations

__all__ = ["VOCABULARY"]

VOCABULARY: dict[str, tuple[str, ...]] = {
    # "3 yorum", "“…” için 3 yorum", "Yorumlar (3)" (no number words: "Bir yanıt yazın"
    # is the form, "bir" also the article)
    "count_noun": ("yorum", "yorumlar", "yanıt", "cevap"),
    "form_start": (
        "Bir yanıt yazın", "Bir yorum yazın", "Bir yorum yapın", "Yorum yapın",
        "Yanıtı iptal et", "Yorum gönder", "Yorum yaz",
    ),
    # WordPress's "dedi ki:", Blogger's "dedi ki..."
    "says": ("dedi ki:", "diyor ki:", "yazdı:", "dedi ki...", "dedi ki…"),
    "month_1": ("ocak",),
    "month_2": ("şubat",),
    "month_3": ("mart",),
    "month_4": ("nisan",),
    "month_5": ("mayıs",),
    "month_6": ("haziran",),
    "month_7": ("temmuz",),
    "month_8": ("ağustos",),
    "month_9": ("eylül",),
    "month_10": ("ekim",),
    "month_11": ("kasım",),
    "month_12": ("aralık",),
    "relative_time": ("önce", "dün", "bugün"),
    "reply_link": ("yanıtla", "cevapla"),
    "comment_link": ("beğen", "şikayet et", "düzenle", "sil", "paylaş"),
    "blog_pager": ("Sonraki Kayıt", "Önceki Kayıt", "Ana Sayfa"),
    "author_bio": ("Yazar hakkında",),
    "chrome_heading": (
        "Son yazılar", "Son yorumlar", "Benzer yazılar", "İlgili yazılar", "Arşivler",
        "Kategoriler",
    ),
    "tags_label": ("etiketler",),
    "link_label": ("Ayrıca okuyun", "Bunu da okuyun"),
    "ad_label": ("reklam",),
}  # fmt: skip
