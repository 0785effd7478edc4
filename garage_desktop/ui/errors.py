"""Showing errors the way the house rules say: a domain error beside its field (nothing typed is lost),
anything unexpected logged and shown as a dialog, never a traceback."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from garage_desktop.domain.text import DOMAIN_CONTEXT, DomainError, DomainErrors, each_error

log = logging.getLogger(__name__)


def tr_domain(text: str) -> str:
    return QCoreApplication.translate(DOMAIN_CONTEXT, text)


def error_text(error: DomainError) -> str:
    """The error in the UI language, placeholders filled (labels among the values translated too, and a refusal
    given as a value — the first problem of a list — in its own words). Several refusals: one line each."""
    if isinstance(error, DomainErrors):
        return "\n".join(error_text(one) for one in error.errors)
    params = {}
    for key, value in error.params.items():
        if isinstance(value, DomainError):
            params[key] = error_text(value)
        elif isinstance(value, tuple) and value and all(isinstance(v, DomainError) for v in value):
            params[key] = "; ".join(error_text(v) for v in value)  # several refusals given as one value
        elif isinstance(value, tuple):
            params[key] = " / ".join(tr_domain(str(v)) for v in value)
        elif isinstance(value, str):
            params[key] = tr_domain(value)
        else:
            params[key] = value
    text = tr_domain(error.message)
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):  # a broken translation must not hide the message
        return error.english()


class FieldErrors:
    """Error labels placed under the fields of a form, keyed by the service's field name."""

    def __init__(self, labels: dict[str, QLabel], fallback: QLabel | None = None) -> None:
        self.labels = labels
        self.fallback = fallback
        for label in self._all():
            label.setStyleSheet("color: #c62828;")
            label.setWordWrap(True)
        self.clear()

    def _all(self) -> list[QLabel]:
        return [*self.labels.values(), *([self.fallback] if self.fallback else [])]

    def clear(self) -> None:
        for label in self._all():
            label.clear()
            label.hide()

    def show(self, error: DomainError) -> None:
        """Show ``error`` beside its field (or in the form's general error line); a ``DomainErrors`` shows each
        of its refusals beside its own field, all at once."""
        self.clear()
        texts: dict[int, tuple[QLabel, list[str]]] = {}
        for one in each_error(error):
            label = self.labels.get(one.field or "", self.fallback)
            if label is not None:
                texts.setdefault(id(label), (label, []))[1].append(error_text(one))
        for label, lines in texts.values():
            label.setText("\n".join(dict.fromkeys(lines)))
            label.show()

    def show_message(self, field: str, text: str) -> None:
        label = self.labels.get(field, self.fallback)
        if label is not None:
            label.setText(text)
            label.show()


def show_domain_error(parent: QWidget | None, error: DomainError) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("Errors", "Not possible"), error_text(error))


def show_unexpected(parent: QWidget | None, error: BaseException) -> None:
    """Log ``error`` with its traceback and tell the user where the log is; never show the traceback."""
    from garage_desktop.logsetup import log_file

    log.error("unexpected error", exc_info=error)
    QMessageBox.critical(
        parent,
        QCoreApplication.translate("Errors", "Something went wrong"),
        QCoreApplication.translate(
            "Errors", "The program met an unexpected problem and did not save this action. Nothing else was "
            "lost.\n\nDetails were written to the log file:\n{path}").format(path=log_file()),
    )
