"""Translatable text for the core, which must not import Qt.

Messages are written in English (the source language) and marked with ``QT_TRANSLATE_NOOP`` so
``pyside6-lupdate`` collects them into the "Domain" context; the window translates them with
``QCoreApplication.translate(DOMAIN_CONTEXT, message)`` and then fills the ``{placeholders}``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Self, TypeVar

T = TypeVar("T")

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
        params = {k: _joined(v) if isinstance(v, tuple) else v for k, v in self.params.items()}
        return self.message.format(**params) if params else self.message


def _joined(values: tuple[object, ...]) -> str:
    """A tuple given as one value: labels as "a / b", refusals as "first; second"."""
    if values and all(isinstance(v, DomainError) for v in values):
        return "; ".join(v.english() for v in values)  # type: ignore[attr-defined]
    return " / ".join(str(v) for v in values)


class PermissionRefused(DomainError):
    """The current operator's role may not do this."""


class DomainErrors(DomainError):
    """Several refusals at once, each for its own field: a form checked whole reports every bad field after one
    click. It is the first refusal too (its message, field and params), so a handler that shows one error still
    shows something right; ``errors`` holds them all, in the order of the form."""

    def __init__(self, errors: list[DomainError] | tuple[DomainError, ...]) -> None:
        self.errors = tuple(one for error in errors for one in each_error(error))
        first = self.errors[0]
        super().__init__(first.message, first.field, **first.params)

    def english(self) -> str:
        errors = getattr(self, "errors", ())
        return "\n".join(error.english() for error in errors) if errors else super().english()


def each_error(error: DomainError) -> tuple[DomainError, ...]:
    """The refusals an error carries: its ``errors`` for a ``DomainErrors``, else itself."""
    return error.errors if isinstance(error, DomainErrors) else (error,)


class ErrorCollector:
    """Checks a form field by field and keeps every refusal instead of stopping at the first::

        found = ErrorCollector()
        name = found.check(check_name, form.name)      # None when refused
        with found:                                     # or a block of checks for one field
            ...
        found.raise_any()                               # one DomainError, several as DomainErrors
    """

    def __init__(self) -> None:
        self.errors: list[DomainError] = []

    def check(self, function: Callable[..., T], *args: Any, **kwargs: Any) -> T | None:
        """``function(*args, **kwargs)``, or None with its refusal kept."""
        try:
            return function(*args, **kwargs)
        except DomainError as error:
            self.errors.append(error)
            return None

    def add(self, error: DomainError) -> None:
        self.errors.append(error)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, kind: object, error: BaseException | None, traceback: object) -> bool:
        if isinstance(error, DomainError):
            self.errors.append(error)
            return True
        return False

    def refused(self, *fields: str) -> bool:
        """Whether anything was refused (on one of ``fields``, when given)."""
        return any(not fields or one.field in fields for error in self.errors for one in each_error(error))

    def raise_any(self) -> None:
        if len(self.errors) == 1 and not isinstance(self.errors[0], DomainErrors):
            raise self.errors[0]
        if self.errors:
            raise DomainErrors(self.errors)
