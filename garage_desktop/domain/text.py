"""Translatable text for the core, which must not import Qt.

Messages are written in English (the source language) and marked with ``QT_TRANSLATE_NOOP`` so
``pyside6-lupdate`` collects them into the "Domain" context; the window translates them with
``QCoreApplication.translate(DOMAIN_CONTEXT, message)`` and then fills the ``{placeholders}``.
"""

from __future__ import annotations

DOMAIN_CONTEXT = "Domain"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


class DomainError(Exception):
    """A rule refused something. ``message`` is the English source; ``params`` fill its placeholders."""

    def __init__(self, message: str, field: str | None = None, **params: object) -> None:
        self.message = message
        self.field = field
        self.params = params
        super().__init__(self.english())

    def english(self) -> str:
        params = {k: " / ".join(v) if isinstance(v, tuple) else v for k, v in self.params.items()}
        return self.message.format(**params) if params else self.message


class PermissionRefused(DomainError):
    """The current operator's role may not do this."""
