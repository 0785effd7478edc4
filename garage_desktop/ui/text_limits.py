"""The window's side of ``domain.limits``: typing stops at the length the service accepts, and a long stored text
is shown shortened where a screen has room for a line or two.

``limit_input`` gives a ``QLineEdit`` its maximum length and stops a ``QPlainTextEdit`` at the same length (Qt has
no maximum for it); the services still check, so a text from anywhere else is refused beside its field.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from garage_desktop.domain.limits import TextLimit

ELLIPSIS = "…"


def _utf16_length(text: str) -> int:
    """The length Qt counts (UTF-16 units): at least the number of characters, so the window is never more
    lenient than the service."""
    return len(text.encode("utf-16-le")) // 2


class _PlainTextLimit(QObject):
    """Keeps a ``QPlainTextEdit`` within ``limit`` characters: what goes past it (typed or pasted last) is cut."""

    def __init__(self, edit: QPlainTextEdit, limit: int) -> None:
        super().__init__(edit)
        self.edit, self.limit = edit, limit
        edit.textChanged.connect(self._trim)

    def _trim(self) -> None:
        excess = _utf16_length(self.edit.toPlainText()) - self.limit
        if excess <= 0:
            return
        cursor = self.edit.textCursor()
        end = cursor.position()
        cursor.setPosition(max(0, end - excess))
        cursor.setPosition(end, cursor.MoveMode.KeepAnchor)
        if not cursor.hasSelection():  # the cursor is at the start: cut the end instead
            cursor.movePosition(cursor.MoveOperation.End)
            cursor.movePosition(cursor.MoveOperation.Left, cursor.MoveMode.KeepAnchor, excess)
        cursor.removeSelectedText()
        self.edit.setTextCursor(cursor)


def limit_input(widget: QWidget, rule: TextLimit) -> None:
    """Stop typing in ``widget`` at ``rule``'s length."""
    if isinstance(widget, QLineEdit):
        widget.setMaxLength(rule.limit)
    elif isinstance(widget, QPlainTextEdit):
        existing = widget.findChild(_PlainTextLimit)
        if existing is not None:
            existing.limit = rule.limit
        else:
            _PlainTextLimit(widget, rule.limit)
    else:
        raise TypeError(f"cannot limit the text of a {type(widget).__name__}")


def limit_inputs(rules: Mapping[QWidget, TextLimit]) -> None:
    for widget, rule in rules.items():
        limit_input(widget, rule)


class LimitedTextDelegate(QStyledItemDelegate):
    """Edits a table cell's text up to ``rule``'s length."""

    def __init__(self, rule: TextLimit, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rule = rule

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.setMaxLength(self.rule.limit)
        return editor


def input_limit(widget: QWidget) -> int | None:
    """The length ``widget`` stops at (None: no limit), for tests and tooltips."""
    if isinstance(widget, QLineEdit):
        return widget.maxLength()
    if isinstance(widget, QPlainTextEdit):
        limiter = widget.findChild(_PlainTextLimit)
        return limiter.limit if limiter is not None else None
    return None


def shorten(text: str, length: int) -> str:
    """``text`` on one line, cut to ``length`` characters with an ellipsis when longer (for a label with a line or
    two to spare; give the label the whole text as its tooltip)."""
    flat = " ".join(text.split())
    return flat if len(flat) <= length else flat[:max(0, length - 1)].rstrip() + ELLIPSIS
