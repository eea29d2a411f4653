"""The optional parts of the toolkit and the packages each needs.

``pip install comments`` gives parsing, VADER, the linear toxicity tier and the tables;
the extras add the rest::

    pip install 'comments[toxicity]'   # Detoxify models: torch, transformers, detoxify
    pip install 'comments[report]'     # figures: matplotlib
    pip install 'comments[ray]'        # the Ray engine
    pip install 'comments[all]'        # all three

:func:`require` imports a module of an extra, or raises
:class:`~comments.errors.MissingExtraError` naming the extra to install::

    >>> require("json", "report").dumps([1])
    '[1]'
    >>> try:
    ...     require("no_such_module_xyz", "report", "drawing figures")
    ... except MissingExtraError as exc:
    ...     print(str(exc).split(": ")[-1])
    pip install 'comments[report]'
"""

from __future__ import annotations

import importlib
import importlib.util
from types import ModuleType

from .errors import MissingExtraError

__all__ = ["EXTRAS", "installed", "require"]

#: Extra name -> the modules it installs (what pyproject.toml's extras list).
EXTRAS: dict[str, tuple[str, ...]] = {
    "toxicity": ("torch", "transformers", "detoxify"),
    "report": ("matplotlib",),
    "ray": ("ray",),
}


def require(module: str, extra: str, purpose: str | None = None) -> ModuleType:
    """``import module``, or a :class:`MissingExtraError` that names ``extra``."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        if exc.name is not None and not module.startswith(exc.name):
            raise  # the module exists but one of its own imports failed: show that
        doing = purpose or f"this feature of the '{extra}' extra"
        raise MissingExtraError(
            f"{doing} needs {module}, which is not installed: pip install 'comments[{extra}]'"
        ) from exc


def installed(extra: str) -> bool:
    """Whether every module of ``extra`` can be imported (checked without importing).

    >>> installed("report") in (True, False)
    True
    """
    return all(_findable(module) for module in EXTRAS[extra])


def _findable(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):  # a finder that refuses it, or a broken entry
        return False
