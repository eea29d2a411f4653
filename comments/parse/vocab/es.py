"""Spanish: the words the parser recognises on Spanish pages, by role.

Words spelt as in a language earlier in the order are listed under that language only.
The roles are described in ``vocab/__init__.py``.
"""

from __future__ import annotations

__all__ = ["VOCABULARY"]

VOCABULARY: dict[str, tuple[str, ...]] = {
    "number_0": ("ningún",),
    "number_1": ("uno", "una"),
    "number_2": ("dos",),
    "number_3": ("tres",),
    "number_4": ("cuatro",),
    "count_lead": ("hay", "este artículo tiene", "esta entrada tiene", "se han publicado"),
    "count_noun": (
        "comentarios", "comentario", "respuestas", "respuesta", "pensamientos", "pensamiento",
        "opiniones", "reacciones",
    ),
    "count_qualifier": ("todos los", "sus"),  # "Todos los comentarios (4)"
    "form_start": (
        "Deja una respuesta", "Deja un comentario", "Dejar un comentario", "Cancelar respuesta",
        "Publicar un comentario", "Comentar este artículo", "Comenta este artículo",
    ),
    "says": ("dice:", "dice...", "dijo:", "dijo...", "dijo…", "escribió:", "escribe:"),
    "month_1": ("enero",),
    "month_2": ("febrero",),
    "month_3": ("marzo",),
    "month_4": ("abril", "abr"),
    "month_5": ("mayo",),
    "month_6": ("junio",),
    "month_7": ("julio",),
    "month_8": ("agosto",),
    "month_9": ("septiembre", "setiembre"),
    "month_10": ("octubre",),
    "month_11": ("noviembre",),
    "month_12": ("diciembre", "dic"),
    "weekday": (
        "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
        "mié", "jue", "vie", "sáb", "dom",  # "lun", "mar": listed in French
    ),
    "relative_time": ("hace", "ayer", "hoy"),
    "reply_link": ("responder",),
    "comment_link": (
        "responder a este mensaje", "enlace permanente", "me gusta", "denunciar", "editar",
        "eliminar", "compartir", "citar", "seguir",
    ),
    "author_badge": (
        "Moderador", "Redacción", "Administrador", "Verificado", "Autor de la entrada",
        "no verificado",
    ),
    "score_unit": ("puntos", "punto", "votos", "voto"),
    "blog_pager": (
        "Entrada más reciente", "Entrada antigua", "Entradas más recientes",
        "Entradas antiguas", "Página principal",
    ),
    "site_section": ("Sobre nosotros", "Quiénes somos"),
    "author_bio": ("Sobre el autor", "Sobre la autora", "El autor"),
    "chrome_heading": (
        "Comentarios recientes", "Últimos comentarios", "Entradas recientes", "Categorías",
        "Archivos", "Entradas populares", "Entradas relacionadas", "Artículos relacionados",
        "Noticias relacionadas", "Lo más leído", "Te puede interesar",
        "También te puede interesar", "Archivo del blog", "Últimos artículos",
        "Últimas noticias", "Últimas entradas",
    ),
    "share_button": ("compartir",),
    "by": ("por",),
    "name_date_word": ("el",),
    "name_verb": ("dijo", "dice"),
    "comment_verb": ("comentó", "respondió"),
    "name_particle": ("del", "las", "los"),  # "Ana de los Ríos"
    "anonymous_name": ("Anónimo", "Invitado"),
    "tags_label": ("etiquetas",),
    "comment_sort": ("más nuevo", "más antiguo", "más votado", "más recientes", "más antiguos"),
    "link_label": (
        "Lee también", "Leer también", "Lea también", "Ver también", "Te puede interesar",
        "Noticia relacionada", "Artículo relacionado",
    ),
    "ad_label": ("publicidad", "patrocinado"),
}  # fmt: skip
