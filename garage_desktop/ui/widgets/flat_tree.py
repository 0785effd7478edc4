"""A flat list of rows with columns (a QTreeWidget without branches), as the owner's list dialogs show them."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QTreeWidget


def flat_tree(object_name: str, headers: Sequence[str], widths: Sequence[int]) -> QTreeWidget:
    """A list named ``object_name`` with the column ``headers`` at their ``widths`` (pixels)."""
    tree = QTreeWidget()
    tree.setObjectName(object_name)
    tree.setRootIsDecorated(False)
    tree.setHeaderLabels(list(headers))
    for column, width in enumerate(widths):
        tree.setColumnWidth(column, width)
    return tree
