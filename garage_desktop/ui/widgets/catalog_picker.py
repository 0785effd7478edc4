"""Search-as-you-type pickers of the labour operations and parts catalogs, under a line edit."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QLineEdit

from garage_desktop.domain.money import format_yuan
from garage_desktop.domain.pricing import HourUnit, hours_to_units
from garage_desktop.services.catalog import ORIGIN_LABELS, OperationInfo, PartInfo
from garage_desktop.ui.errors import tr_domain
from garage_desktop.ui.models.estimate_lines_model import plain
from garage_desktop.ui.widgets.search_completer import SearchCompleter


def describe_operation(op: OperationInfo, unit: HourUnit) -> str:
    if unit is HourUnit.FIVE_MINUTES:
        time = QCoreApplication.translate("CatalogPicker", "%1 units").replace(
            "%1", plain(hours_to_units(op.standard_hours, unit)))
    else:
        time = QCoreApplication.translate("CatalogPicker", "%1 h").replace("%1", plain(op.standard_hours))
    category = f"  [{op.category}]" if op.category else ""
    return f"{op.code}  {op.name}  — {time}{category}"


def describe_part(part: PartInfo) -> str:
    origin = tr_domain(ORIGIN_LABELS.get(part.origin, part.origin))
    spec = f"  {part.spec}" if part.spec else ""
    unit = f"/{part.unit}" if part.unit else ""
    return f"{part.code}  {part.name}{spec}  — {origin}  {format_yuan(part.sale_price)}{unit}"


class CatalogPicker(QObject):
    """Typing in ``edit`` lists the catalog's best matches; picking one emits ``picked`` and empties the edit,
    ready for the next line. Enter with a single match takes it at once."""

    picked = Signal(object)

    def __init__(self, edit: QLineEdit, search: Callable[[str], Sequence[Any]],
                 describe: Callable[[Any], str]) -> None:
        super().__init__(edit)
        self.edit = edit
        # one character is enough: a Chinese name is found by its first character (剎 → 剎車片)
        self.completer = SearchCompleter(edit, search, describe, min_chars=1)
        self.completer.picked.connect(self._picked)

    def search_now(self) -> list[Any]:
        return self.completer.run_now()

    def choose(self, row: int) -> None:
        self.completer.choose(row)

    def _picked(self, hit: Any) -> None:
        self.edit.clear()
        self.picked.emit(hit)
