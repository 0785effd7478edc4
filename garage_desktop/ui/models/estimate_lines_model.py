"""Table models of the estimate's labour and part lines: the text as typed, checked cell by cell, and each
line's amount computed live (工時費 = hours × rate × coefficient; parts: quantity × unit price)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import IntEnum
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from garage_desktop.domain.classes import LABELS, Payer
from garage_desktop.domain.money import format_yuan, parse_decimal, parse_money
from garage_desktop.domain.pricing import HourUnit, labour_amount, part_amount
from garage_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError
from garage_desktop.services import catalog, model_classes
from garage_desktop.services.estimate import LabourDraft, LabourLineView, PartDraft, PartLineView
from garage_desktop.ui.errors import error_text, tr_domain

Index = QModelIndex | QPersistentModelIndex
ERROR_BRUSH = QBrush(QColor("#c62828"))
ERROR_BACKGROUND = QBrush(QColor("#ffebee"))
ADDED_BACKGROUND = QBrush(QColor("#f1f3f4"))
MARK_BRUSH = QBrush(QColor("#6a1b9a"))  # a line whose price the owner approved below the list
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
# The roles a line answers (PartLinesModel adds the check box); any other is None at once, unworked.
_ROLES_ANSWERED = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.TextAlignmentRole,
                             Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole,
                             Qt.ItemDataRole.ToolTipRole})


def plain(value: Decimal) -> str:
    """A Decimal without trailing zeros or exponent: 1.50 → "1.5", 1.200 → "1.2", 100 → "100"."""
    return f"{value.normalize():f}"


class LabourColumn(IntEnum):
    CODE = 0
    NAME = 1
    HOURS = 2
    RATE = 3
    COEFFICIENT = 4
    PAYER = 5
    AMOUNT = 6


class PartColumn(IntEnum):
    CODE = 0
    NAME = 1
    SPEC = 2
    ORIGIN = 3
    UNIT = 4
    QUANTITY = 5
    PRICE = 6
    AMOUNT = 7
    SUPPLIED = 8


@dataclass
class LabourRow:
    """A labour line as the user typed it (numbers as text, checked when shown)."""

    operation_code: str = ""
    name: str = ""
    hours: str = ""
    rate: str = ""
    coefficient: str = ""
    payer: str = Payer.SELF.value
    added: bool = False  # added work (after confirmation): shown, never edited here
    unit: str = ""  # HourUnit value the hours are in; "" (a new or retyped line): the garage's unit now
    mark: str = ""  # the owner's approval of the rate as saved (English, price_authority.MARKS), "" for none
    mark_tip: str = ""  # who approved, the list and the price given
    marked_price: str = ""  # the rate the mark is for: typed anew, the mark goes (the save asks again)
    line_id: int | None = None  # the saved line (None: typed, not saved yet)
    free_reason: str = ""  # 免費 (services.free_items): the reason; the rate shown is zero
    free_note: str = ""
    free_price: str = ""  # the rate it had
    given_away: str = ""  # its value, formatted
    card_item_id: int | None = None  # paid by a package card's use (services.packages), saved with the draft
    card_label: str = ""  # "套餐卡 …1234 保養"


@dataclass
class PartRow:
    part_id: int | None = None
    code: str = ""
    name: str = ""
    spec: str = ""
    origin: str = "oem"
    unit: str = ""
    quantity: str = "1"
    unit_price: str = ""
    customer_supplied: bool = False
    payer: str = Payer.SELF.value
    added: bool = False
    mark: str = ""  # as LabourRow's, for the unit price
    mark_tip: str = ""
    marked_price: str = ""
    line_id: int | None = None  # as LabourRow's
    free_reason: str = ""
    free_note: str = ""
    free_price: str = ""
    given_away: str = ""
    card_item_id: int | None = None  # rides on the labour line its package card item pays (include parts)
    card_label: str = ""


def _free_of(line: LabourLineView | PartLineView) -> tuple[str, str, str, str]:
    """A saved line's free reason, note, the price it had and its value given away, as the row keeps them."""
    if not line.free_reason:
        return "", "", "", ""
    price = f"{line.free_price:.2f}" if line.free_price is not None else ""
    return line.free_reason, line.free_note, price, format_yuan(line.given_away)


def _mark_tip(line: LabourLineView | PartLineView, price: Decimal) -> str:
    if not line.price_mark:
        return ""
    text = QCoreApplication.translate("EstimateLines", "Approved by %1: list %2, given %3")
    listed = format_yuan(line.list_price) if line.list_price is not None else "—"
    return text.replace("%1", line.price_approved_by or "—").replace("%2", listed).replace("%3", format_yuan(price))


class _LinesModel(QAbstractTableModel):
    """Rows of typed text; subclasses say which attribute each column edits and how a row is priced."""

    lines_changed = Signal()  # a row was added, removed or edited: totals need recomputing
    columns: tuple[str, ...] = ()  # the row attribute of each column ("" for computed ones)
    editable: frozenset[int] = frozenset()
    numeric: frozenset[int] = frozenset()
    field_columns: ClassVar[dict[str, int]] = {}  # the service's line field → the column that shows it

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self.read_only = False
        self._cell_errors: dict[tuple[int, int], str] = {}  # the service's refusals, until the cell is edited
        # Each cell's text and problem as worked out from its row: a view asks for them many times over (every
        # role of every cell on each paint and each column fit), and each asking parses the row's numbers.
        # Forgotten whenever a row changes (_forget).
        self._worked_out: dict[tuple[str, int, int], Any] = {}
        self._titles: tuple[str, ...] | None = None

    # --- rows ---------------------------------------------------------------------------------------------
    def rows(self) -> list[Any]:
        return [replace(row) for row in self._rows]

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = [replace(row) for row in rows]
        self._cell_errors.clear()
        self._forget()
        self.endResetModel()
        self.lines_changed.emit()

    def add_row(self, row: Any) -> QModelIndex:
        position = len(self._rows)
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.append(row)
        self._forget()
        self.endInsertRows()
        self.lines_changed.emit()
        return self.index(position, 1)

    def remove_row(self, position: int) -> bool:
        if self.read_only or not 0 <= position < len(self._rows) or self._rows[position].added:
            return False
        self.beginRemoveRows(QModelIndex(), position, position)
        del self._rows[position]
        self._forget()
        self.endRemoveRows()
        self._cell_errors = {(r - (r > position), c): text for (r, c), text in self._cell_errors.items()
                             if r != position}
        self.lines_changed.emit()
        return True

    def set_read_only(self, read_only: bool) -> None:
        if read_only == self.read_only:
            return  # the same flags: no reset (a reset makes each view fit its columns again)
        self.beginResetModel()
        self.read_only = read_only
        self.endResetModel()

    def _forget(self) -> None:
        """A row changed: its cells are worked out again when next asked for."""
        self._worked_out.clear()

    def _cell_display(self, position: int, column: int) -> str:
        key = ("display", position, column)
        if key not in self._worked_out:
            self._worked_out[key] = self.display(self._rows[position], column)
        return self._worked_out[key]

    def _cell_problem(self, position: int, column: int) -> str | None:
        key = ("problem", position, column)
        if key not in self._worked_out:
            self._worked_out[key] = self.problem(self._rows[position], column)
        return self._worked_out[key]

    def set_cell_error(self, row: int, column: int, text: str) -> None:
        self._cell_errors[(row, column)] = text
        self.dataChanged.emit(self.index(row, column), self.index(row, column))

    def clear_cell_errors(self) -> None:
        self._cell_errors.clear()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1))

    # --- pricing (subclasses) -----------------------------------------------------------------------------
    def problem(self, row: Any, column: int) -> str | None:
        """Why the cell's text cannot be used (translated), or None."""
        return None

    def amount(self, row: Any) -> Decimal | None:
        """The line's amount, or None while a number in it is missing or wrong."""
        return None

    def total(self) -> Decimal:
        """The amounts of the estimate's own lines that can be priced (a wrong cell is shown in red)."""
        return sum((a for row in self._rows if not row.added and (a := self.amount(row)) is not None),
                   Decimal("0.00"))

    def complete(self) -> bool:
        return all(self.amount(row) is not None for row in self._rows if not row.added)

    def display(self, row: Any, column: int) -> str:
        if column == 1 and self.is_free(row):  # a free line says why instead of the owner's mark
            return f"{row.name}  [{self.free_text(row)}]"
        if column == 1 and self.marked(row):  # the name column: the owner's mark beside the name
            return f"{row.name}  [{tr_domain(row.mark)}]"
        if column == 1 and row.card_label:  # paid by a package card (issue 19)
            return f"{row.name}  [{row.card_label}]"
        return str(getattr(row, self.columns[column]))

    def is_free(self, row: Any) -> bool:
        """A line made free (services.free_items) whose zero price was not typed over since."""
        return bool(row.free_reason) and self.price_text(row) in ("0.00", "0", "0.0")

    @staticmethod
    def free_text(row: Any) -> str:
        from garage_desktop.domain.free_items import FREE_REASON_LABELS, FreeReason

        reason = tr_domain(FREE_REASON_LABELS[FreeReason(row.free_reason)])
        text = QCoreApplication.translate("EstimateLines", "Free: %1").replace("%1", reason)
        return f"{text} — {row.free_note}" if row.free_note else text

    def free_fields(self, row: Any) -> dict[str, str]:
        """The draft's free fields of a row: kept only while its price is still the zero it was made free at."""
        if not self.is_free(row):
            return {}
        return {"free_reason": row.free_reason, "free_note": row.free_note, "free_price": row.free_price}

    def price_text(self, row: Any) -> str:
        return ""

    def set_card(self, row_number: int, card_item_id: int | None, label: str) -> None:
        """Issue 19: the row paid by a package card item (None: paid as usual again)."""
        row = self._rows[row_number]
        row.card_item_id, row.card_label = card_item_id, label if card_item_id is not None else ""
        self._forget()
        self.dataChanged.emit(self.index(row_number, 0), self.index(row_number, self.columnCount() - 1))
        self.lines_changed.emit()

    def titles(self) -> tuple[str, ...]:
        """The column titles (subclasses)."""
        return ()

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None  # as QAbstractItemModel's own, without the call into it
        if orientation != Qt.Orientation.Horizontal:
            return super().headerData(section, orientation, role)
        if self._titles is None:  # asked for on every paint and fit: translated once
            self._titles = self.titles()
        return self._titles[section]

    def marked(self, row: Any) -> bool:
        """Whether the row still shows the owner's approval: saved so, and its price not typed anew."""
        return bool(row.mark) and self.price_text(row) == row.marked_price

    # --- Qt -------------------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.read_only and not self._rows[index.row()].added and index.column() in self.editable:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in _ROLES_ANSWERED:
            return None
        position, column = index.row(), index.column()
        row = self._rows[position]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell_display(position, column)
        if role == Qt.ItemDataRole.EditRole:
            return getattr(row, self.columns[column]) if self.columns[column] else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if column in self.numeric else None
        problem = self._cell_errors.get((position, column)) or self._cell_problem(position, column)
        if role == Qt.ItemDataRole.ForegroundRole and problem:
            return ERROR_BRUSH
        if role == Qt.ItemDataRole.BackgroundRole:
            return ERROR_BACKGROUND if problem else (ADDED_BACKGROUND if row.added else None)
        if role == Qt.ItemDataRole.ToolTipRole:
            return problem or (row.mark_tip if self.marked(row) else None)
        if role == Qt.ItemDataRole.ForegroundRole and column == 1 and self.marked(row):
            return MARK_BRUSH
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        row = self._rows[index.row()]
        setattr(row, self.columns[index.column()], str(value if value is not None else "").strip())
        self._forget()
        self._cell_errors.pop((index.row(), index.column()), None)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.columnCount() - 1))
        self.lines_changed.emit()
        return True


def _check(text: str, parse: Any) -> str | None:
    try:
        parse(text)
    except DomainError as error:
        return error_text(error)
    return None


class LabourLinesModel(_LinesModel):
    columns = ("operation_code", "name", "hours", "rate", "coefficient", "payer", "")
    editable = frozenset({LabourColumn.NAME, LabourColumn.HOURS, LabourColumn.RATE, LabourColumn.COEFFICIENT,
                          LabourColumn.PAYER})
    numeric = frozenset({LabourColumn.HOURS, LabourColumn.RATE, LabourColumn.COEFFICIENT, LabourColumn.AMOUNT})
    field_columns: ClassVar[dict[str, int]] = {
        "operation_code": LabourColumn.CODE, "name": LabourColumn.NAME, "standard_hours": LabourColumn.HOURS,
        "rate": LabourColumn.RATE, "coefficient": LabourColumn.COEFFICIENT}

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.hour_unit = HourUnit.HOUR

    def load(self, lines: Sequence[LabourLineView], default_payer: Payer) -> None:
        """Each saved line keeps the unit it was priced in (the garage may have changed its unit since)."""
        self.set_rows([LabourRow(line.operation_code, line.name, plain(line.standard_hours), f"{line.rate:.2f}",
                                 plain(line.coefficient), (line.payer or default_payer).value, line.added,
                                 line.hour_unit.value, line.price_mark or "", _mark_tip(line, line.rate),
                                 f"{line.rate:.2f}", line.id, *_free_of(line), card_item_id=line.card_item_id,
                                 card_label=line.card_label)
                       for line in lines])

    def price_text(self, row: LabourRow) -> str:
        return row.rate

    def drafts(self) -> tuple[LabourDraft, ...]:
        """The estimate's own lines as typed, for ``estimate.save_estimate``."""
        return tuple(LabourDraft(row.operation_code, row.name, row.hours, row.rate, row.coefficient,
                                 Payer(row.payer), self.unit(row), **self.free_fields(row),
                                 card_item_id=row.card_item_id)
                     for row in self._rows if not row.added)

    def unit(self, row: LabourRow) -> HourUnit:
        """The unit of the row's hours: its own, else the garage's unit (the column header's)."""
        return HourUnit(row.unit) if row.unit else self.hour_unit

    def set_hour_unit(self, unit: HourUnit) -> None:
        if unit != self.hour_unit:
            self._forget()  # the hours and amounts of lines in the garage's unit read anew
            self._titles = None  # and the hours column's title
        self.hour_unit = unit
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, LabourColumn.HOURS, LabourColumn.HOURS)

    @staticmethod
    def _hours(text: str) -> Decimal:
        return parse_decimal(text, field="standard_hours", places=2)

    @staticmethod
    def _rate(text: str) -> Decimal:
        return parse_money(text, field="rate")

    @staticmethod
    def _coefficient(text: str) -> Decimal:
        return parse_decimal(text, field="coefficient", places=model_classes.COEFFICIENT_PLACES,
                             minimum=model_classes.MIN_COEFFICIENT, maximum=model_classes.MAX_COEFFICIENT)

    def problem(self, row: LabourRow, column: int) -> str | None:
        if column == LabourColumn.NAME and not row.name.strip():
            return self.tr("Name the job.")
        parse = {LabourColumn.HOURS: self._hours, LabourColumn.RATE: self._rate,
                 LabourColumn.COEFFICIENT: self._coefficient}.get(LabourColumn(column))
        return _check(getattr(row, self.columns[column]), parse) if parse else None

    def amount(self, row: LabourRow) -> Decimal | None:
        try:
            return labour_amount(self._hours(row.hours), self._rate(row.rate), self._coefficient(row.coefficient),
                                 unit=self.unit(row))
        except DomainError:
            return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        row = self._rows[index.row()] if index.isValid() else None
        retyped = (row is not None and index.column() == LabourColumn.HOURS and role == Qt.ItemDataRole.EditRole
                   and str(value if value is not None else "").strip() != row.hours)
        unit = row.unit if row is not None else ""
        if not super().setData(index, value, role):
            return False
        if retyped and row is not None and unit:
            row.unit = ""  # typed anew: in the unit the column header names
            self._forget()
            self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.columnCount() - 1))
            self.lines_changed.emit()
        return True

    def display(self, row: LabourRow, column: int) -> str:
        if column == LabourColumn.PAYER:
            return tr_domain(LABELS[Payer(row.payer)]) if row.payer in Payer._value2member_map_ else ""
        if column == LabourColumn.AMOUNT and self.is_free(row):
            return self.tr("Free (worth %1)").replace("%1", row.given_away)
        if column == LabourColumn.AMOUNT:
            amount = self.amount(row)
            if amount is None:
                return "—"
            hours, rate, coefficient = self._hours(row.hours), self._rate(row.rate), self._coefficient(row.coefficient)
            per_hour = "/12" if self.unit(row) is HourUnit.FIVE_MINUTES else ""  # units of 5 minutes → hours
            return f"{plain(hours)}{per_hour} × {rate:.2f} × {plain(coefficient)} = {format_yuan(amount)}"
        if column == LabourColumn.HOURS and self.unit(row) is not self.hour_unit:
            # a line priced in the other unit before the garage changed it: say which
            text = self.tr("%1 × 5 min") if self.unit(row) is HourUnit.FIVE_MINUTES else self.tr("%1 h")
            return text.replace("%1", row.hours)
        return super().display(row, column)

    def titles(self) -> tuple[str, ...]:
        hours = self.tr("Units (5 min)") if self.hour_unit is HourUnit.FIVE_MINUTES else self.tr("Std. hours")
        rate = self.tr("Rate / h")  # the owner's hourly rate, whatever the unit (domain.pricing)
        return (self.tr("Code"), self.tr("Job"), hours, rate, self.tr("Coefficient"), self.tr("Payer"),
                self.tr("Hours × rate × coefficient = amount"))


class PartLinesModel(_LinesModel):
    columns = ("code", "name", "spec", "origin", "unit", "quantity", "unit_price", "", "customer_supplied")
    editable = frozenset({PartColumn.NAME, PartColumn.SPEC, PartColumn.ORIGIN, PartColumn.UNIT, PartColumn.QUANTITY,
                          PartColumn.PRICE})
    numeric = frozenset({PartColumn.QUANTITY, PartColumn.PRICE, PartColumn.AMOUNT})
    field_columns: ClassVar[dict[str, int]] = {
        "part_id": PartColumn.NAME, "name": PartColumn.NAME, "spec": PartColumn.SPEC, "origin": PartColumn.ORIGIN,
        "unit": PartColumn.UNIT, "quantity": PartColumn.QUANTITY, "unit_price": PartColumn.PRICE}

    def load(self, lines: Sequence[PartLineView], default_payer: Payer) -> None:
        self.set_rows([PartRow(line.part_id, line.code, line.name, line.spec, line.origin, line.unit,
                               plain(line.quantity), f"{line.unit_price:.2f}", line.customer_supplied,
                               (line.payer or default_payer).value, line.added, line.price_mark or "",
                               _mark_tip(line, line.unit_price), f"{line.unit_price:.2f}", line.id,
                               *_free_of(line), card_item_id=line.card_item_id, card_label=line.card_label)
                      for line in lines])

    def price_text(self, row: PartRow) -> str:
        return row.unit_price

    def drafts(self) -> tuple[PartDraft, ...]:
        return tuple(PartDraft(row.part_id, row.name, row.spec, row.unit, row.origin, row.quantity, row.unit_price,
                               row.customer_supplied, Payer(row.payer), **self.free_fields(row),
                               card_item_id=row.card_item_id)
                     for row in self._rows if not row.added)

    @staticmethod
    def _quantity(text: str) -> Decimal:
        quantity = parse_decimal(text, field="quantity", places=3)
        if quantity <= 0:
            raise DomainError(QT_TRANSLATE_NOOP("Domain", "The quantity must be above zero."), field="quantity")
        return quantity

    @staticmethod
    def _price(text: str) -> Decimal:
        return parse_money(text, field="unit_price")

    def problem(self, row: PartRow, column: int) -> str | None:
        if column == PartColumn.NAME and not row.name.strip():
            return self.tr("Name the part.")
        parse = {PartColumn.QUANTITY: self._quantity, PartColumn.PRICE: self._price}.get(PartColumn(column))
        return _check(getattr(row, self.columns[column]), parse) if parse else None

    def amount(self, row: PartRow) -> Decimal | None:
        try:
            amount = part_amount(self._quantity(row.quantity), self._price(row.unit_price))
        except DomainError:
            return None
        return Decimal("0.00") if row.customer_supplied else amount

    def display(self, row: PartRow, column: int) -> str:
        if column == PartColumn.ORIGIN:
            label = catalog.ORIGIN_LABELS.get(row.origin)
            return tr_domain(label) if label else row.origin
        if column == PartColumn.AMOUNT and self.is_free(row):
            return self.tr("Free (worth %1)").replace("%1", row.given_away)
        if column == PartColumn.AMOUNT:
            amount = self.amount(row)
            if amount is None:
                return "—"
            return self.tr("customer's own") if row.customer_supplied else format_yuan(amount)
        if column == PartColumn.SUPPLIED:
            return ""
        return super().display(row, column)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        row = self._rows[index.row()]
        if index.column() == PartColumn.SUPPLIED and not self.read_only and not row.added:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and index.isValid() and index.column() == PartColumn.SUPPLIED:
            supplied = self._rows[index.row()].customer_supplied
            return Qt.CheckState.Checked if supplied else Qt.CheckState.Unchecked
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == PartColumn.SUPPLIED:
            if not self.flags(index) & Qt.ItemFlag.ItemIsUserCheckable:
                return False
            checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
            self._rows[index.row()].customer_supplied = checked
            self._forget()
            self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.columnCount() - 1))
            self.lines_changed.emit()
            return True
        return super().setData(index, value, role)

    def titles(self) -> tuple[str, ...]:
        return (self.tr("Code"), self.tr("Part"), self.tr("Brand / spec"), self.tr("Origin"), self.tr("Unit"),
                self.tr("Qty"), self.tr("Unit price"), self.tr("Amount"), self.tr("Customer's own"))


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a cell with a drop-down of (label, value) choices; the model stores the value."""

    def __init__(self, choices: list[tuple[str, str]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for label, value in self.choices:
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
