"""Chinese, simplified and traditional: the words the parser recognises on Chinese pages,
by role.

Chinese writes no space between a name and the verb after it ("Ann说道："): that verb
is listed as glued. The roles are described in ``vocab/__init__.py``.
"""

from __future__ import annotations

__all__ = ["VOCABULARY"]

VOCABULARY: dict[str, tuple[str, ...]] = {
    "form_start": ("发表回复", "发表评论", "取消回复", "發表回覆", "發佈留言", "取消回覆"),
    "says": ("表示:", "说道:", "說道:"),
    "says_glued": ("说道：", "說道：", "表示："),
    "reply_link": ("回复", "回覆"),
    "meridiem": ("上午", "下午"),  # before the hour: "下午4:12"
}  # fmt: skip
