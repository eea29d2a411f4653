"""Portuguese: the words the parser recognises on Portuguese pages, by role.

Words spelt as in a language earlier in the order ("agosto" as in Spanish) are listed
under that language only. The roles are described in ``vocab/__init__.py``.
"""

from __future__ import annotations

__all__ = ["VOCABULARY"]

VOCABULARY: dict[str, tuple[str, ...]] = {
    "number_0": ("nenhum",),
    "number_1": ("um", "uma"),
    "number_2": ("dois", "duas"),
    "number_3": ("três",),
    "number_4": ("quatro",),
    "count_lead": ("este artigo tem", "este post tem"),
    "count_noun": (
        "comentários", "comentário", "respostas", "resposta", "pensamentos", "pensamento",
        "reações",
    ),
    "form_start": (
        "Deixe um comentário", "Deixe uma resposta", "Cancelar resposta",
        "Publicar um comentário", "Escreva um comentário", "Comente este artigo",
        # Blogger's form link
        "Postar um comentário", "Postar comentário", "Publicar comentário",
    ),
    "says": ("disse:", "disse...", "disse…", "diz:", "escreveu:", "escreveu..."),
    "month_1": ("janeiro",),
    "month_2": ("fevereiro", "fev"),
    "month_3": ("março",),
    "month_5": ("maio",),
    "month_6": ("junho",),
    "month_7": ("julho",),
    "month_9": ("setembro",),
    "month_10": ("outubro",),
    "month_11": ("novembro",),
    "month_12": ("dezembro", "dez"),
    "relative_time": ("há ", "ontem", "hoje", "atrás", "agora"),
    "reply_link": ("responda",),
    "comment_link": ("curtir", "excluir", "apagar", "compartilhar"),
    "blog_pager": ("Postagem mais recente", "Postagem mais antiga", "Página inicial"),
    "site_section": ("Quem somos", "Sobre nós"),
    "author_bio": ("Sobre o autor",),
    "chrome_heading": (
        "Posts recentes", "Comentários recentes", "Posts relacionados", "Artigos relacionados",
        "Notícias relacionadas", "Postagens populares", "Mais lidas", "Leia também",
        "Veja também", "Arquivos", "Categorias", "Arquivo do blog",
    ),
    "share_button": ("partilhar",),
    "name_date_word": ("em",),
    "name_verb": ("disse", "diz"),
    "comment_verb": ("comentou", "respondeu"),
    "name_particle": ("do", "dos", "das"),  # "João dos Santos"
    "anonymous_name": ("Anônimo",),
    "tags_label": ("marcadores",),
    "link_label": ("Leia também", "Veja também", "Leia mais"),
    "ad_label": ("publicidade",),
    "score_unit": ("pontos", "ponto"),
}  # fmt: skip
