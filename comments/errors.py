"""The exceptions a user of the toolkit can cause, under one base class.

Every message says what went wrong *and* what to do about it, so that a
researcher reading a traceback at 2 a.m. does not have to open the source.
"""

from __future__ import annotations

__all__ = [
    "CommentsError",
    "InputError",
    "MissingExtraError",
    "ModelUnavailableError",
    "OutputError",
]


class CommentsError(Exception):
    """Base class of every error the toolkit raises on purpose."""


class InputError(CommentsError):
    """An input path or document cannot be read (missing, unreadable, wrong format)."""


class OutputError(CommentsError):
    """An output cannot be written: the disk is full, the folder is not writable, not
    the toolkit's own, or in use by another run."""


class ModelUnavailableError(CommentsError):
    """A scoring model's weights cannot be found locally and cannot be downloaded."""


class MissingExtraError(CommentsError, ImportError):
    """A feature needs an optional dependency that is not installed; the message names
    the ``comments[...]`` extra that installs it."""
