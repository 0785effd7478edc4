"""Widgets of the final-QC tab: one panel per measured check (readings in, verdict out, failing figures in red)
and the damage diagram in exit-check mode (intake marks fixed, clicks add marks "found at QC")."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QCheckBox, QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from garage_desktop.domain import limits
from garage_desktop.domain.classes import LABELS, BodyView, DamageKind, FuelType
from garage_desktop.domain.qc import Finding, Kind, Measurement, Status, Verdict
from garage_desktop.services.qc import MeasurementAnswer, QcDamage
from garage_desktop.ui.errors import error_text, tr_domain
from garage_desktop.ui.text_limits import limit_input
from garage_desktop.ui.widgets.damage_diagram import DamageDiagram, Mark

PASS_COLOUR, FAIL_COLOUR, MUTED_COLOUR, WAIT_COLOUR = "#2e7d32", "#c62828", "#757575", "#b26a00"


def _coloured(text: str, colour: str, *, bold: bool = False) -> str:
    tag = "b" if bold else "span"
    return f"<{tag} style='color:{colour}'>{text}</{tag}>"


def number(value: Decimal | None) -> str:
    """A reading without trailing zeros: 5.00 → "5", 2.90 → "2.9", 1050 → "1050"."""
    if value is None:
        return ""
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


class MeasurementPanel(QFrame):
    """A measured check: its readings, "not applicable" with a reason, and the verdict as it is typed."""

    changed = Signal()

    def __init__(self, measurement: Measurement, fuel: FuelType, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.measurement, self.fuel, self.language = measurement, fuel, language
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName(f"measurement_{measurement.key}")
        self.edits: dict[str, QLineEdit] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 4, 6, 4)
        grid.setVerticalSpacing(2)
        title = QLabel(f"<b>{measurement.label.get(language)}</b>", self)
        grid.addWidget(title, 0, 0)
        self.note_edit = QLineEdit(self)
        self.note_edit.setPlaceholderText(self.tr("Note (why, when not applicable)"))
        limit_input(self.note_edit, limits.QC_NOTE)
        self.note_edit.textEdited.connect(lambda _text: self.changed.emit())
        grid.addWidget(self.note_edit, 0, 1)
        self.na_check = QCheckBox(self.tr("Not applicable"), self)
        self.na_check.setToolTip(self.tr("This check does not apply to this car: say why in the note"))
        grid.addWidget(self.na_check, 0, 2)
        if measurement.note:
            note = QLabel(measurement.note.get(language), self)
            note.setWordWrap(True)
            note.setStyleSheet(f"color: {MUTED_COLOUR};")
            grid.addWidget(note, 1, 0, 1, 3)
        row = QHBoxLayout()
        for position, (key, caption, hint) in enumerate(self._inputs()):
            if position:
                row.addSpacing(12)  # a reading's caption stands apart from the field before it
            label = QLabel(caption, self)
            edit = QLineEdit(self)
            edit.setObjectName(f"{measurement.key}_{key}")
            edit.setPlaceholderText(hint)
            label.setBuddy(edit)
            edit.textEdited.connect(lambda _text: self.changed.emit())
            row.addWidget(label)
            row.addWidget(edit, 3 if key == "cylinders" else 1)
            if key == "count":
                edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("0000") + 16)
            self.edits[key] = edit
        grid.addLayout(row, 2, 0, 1, 3)
        self.verdict_label = QLabel(self)
        self.verdict_label.setWordWrap(True)
        grid.addWidget(self.verdict_label, 3, 0, 1, 3)
        self.error_label = QLabel(self)
        grid.addWidget(self.error_label, 4, 0, 1, 3)
        grid.setColumnStretch(1, 1)
        self.na_check.toggled.connect(self._na_toggled)
        self.applies = measurement.applies_to(fuel)
        if not self.applies:
            self.na_check.setChecked(True)
            self.na_check.setEnabled(False)
            self.na_check.setToolTip(self.tr("Not applicable to this car's fuel (%1)")
                                     .replace("%1", tr_domain(LABELS[fuel])))

    def _inputs(self) -> list[tuple[str, str, str]]:
        m = self.measurement
        unit = f" ({m.unit})" if m.unit else ""
        if m.kind is Kind.COMPRESSION:
            # the engine's cylinder count is stated once: a blank cylinder then reads as missing, not as a smaller engine
            return [("count", self.tr("Number of cylinders:"), "4"),
                    ("cylinders", self.tr("Cylinders") + unit + ":", self.tr("every cylinder, e.g. 1050 1020 1035 1040"))]
        if m.kind is Kind.START:
            return [("tries", self.tr("Started at try:"), "1"), ("seconds", self.tr("Cranking (s):"), "3.5")]
        if m.kind is Kind.WEIGHT_GAIN:
            return [("design", self.tr("Design weight") + unit + ":", ""),
                    ("after", self.tr("After repair") + unit + ":", "")]
        return [(f.key, f.label.get(self.language) + (f" ({f.unit})" if f.unit else "") + ":", self._bounds(f.minimum,
                f.maximum)) for f in m.fields]

    @staticmethod
    def _bounds(minimum: Decimal | None, maximum: Decimal | None) -> str:
        if minimum is not None and maximum is not None:
            return f"{number(minimum)}–{number(maximum)}"
        return f"≥ {number(minimum)}" if minimum is not None else f"≤ {number(maximum)}"

    def _na_toggled(self, checked: bool) -> None:
        for edit in self.edits.values():
            edit.setEnabled(not checked and self.isEnabled())
        self.changed.emit()

    # --- state ------------------------------------------------------------------------------------------
    def answer(self) -> MeasurementAnswer:
        return MeasurementAnswer(self.measurement.key, {k: e.text() for k, e in self.edits.items()},
                                 not_applicable=self.na_check.isChecked() and self.applies,
                                 note=self.note_edit.text())

    def set_answer(self, answer: MeasurementAnswer) -> None:
        for key, edit in self.edits.items():
            edit.setText(answer.readings.get(key, ""))
        if self.applies:
            self.na_check.setChecked(answer.not_applicable)
        self.note_edit.setText(answer.note)

    def set_read_only(self, read_only: bool) -> None:
        for edit in (*self.edits.values(), self.note_edit):
            edit.setReadOnly(read_only)
        self.na_check.setEnabled(self.applies and not read_only)

    # --- the verdict ------------------------------------------------------------------------------------
    def _finding(self, f: Finding) -> str:
        value = number(f.value)
        if f.key == "spread":
            text = self.tr("Difference between cylinders %1 % (limit %2 %, %3)").replace("%1", f"{f.value:f}") \
                .replace("%2", number(f.maximum)).replace("%3", tr_domain(LABELS[self.fuel]))
        elif f.key == "lowest":
            text = self.tr("Weakest cylinder %1 (at least %2)").replace("%1", value).replace("%2", number(f.minimum))
        elif f.key == "tries":
            text = self.tr("Ran at try %1 (at most %2)").replace("%1", value).replace("%2", number(f.maximum))
        elif f.key == "seconds":
            text = self.tr("Cranking %1 s (at most %2 s)").replace("%1", value).replace("%2", number(f.maximum))
        elif f.key == "gain":
            text = self.tr("Added weight %1 % (at most %2 %)").replace("%1", f"{f.value:f}") \
                .replace("%2", number(f.maximum))
        else:
            label = f.label.get(self.language) if f.label else f.key
            text = f"{label} {value} {f.unit} ({self._bounds(f.minimum, f.maximum)})".replace("  ", " ")
        colour = PASS_COLOUR if f.passed else FAIL_COLOUR
        mark = "✔" if f.passed else "✘"
        return f"<span style='color:{colour}'>{mark} {text}</span>"

    def show_verdict(self, verdict: Verdict) -> None:
        if verdict.status is Status.NA:
            text = _coloured(self.tr("Not applicable"), MUTED_COLOUR)
        elif verdict.status is Status.INCOMPLETE:
            typed = any(e.text().strip() for e in self.edits.values())
            text = _coloured(self.tr("Waiting for the readings"), WAIT_COLOUR)
            if typed:
                problems = "; ".join(error_text(p) for p in verdict.problems)
                text = f"<span style='color:{WAIT_COLOUR}'>{problems}</span>"
        else:
            head = (_coloured(self.tr("Pass"), PASS_COLOUR, bold=True) if verdict.passed
                    else _coloured(self.tr("Fail"), FAIL_COLOUR, bold=True))
            text = head + " — " + "; ".join(self._finding(f) for f in verdict.findings)
        self.verdict_label.setText(text)
        failed = verdict.status is Status.FAIL
        self.setStyleSheet(f"QFrame#{self.objectName()} {{ border: 1px solid {FAIL_COLOUR}; }}" if failed else "")


class QcDamageDiagram(DamageDiagram):
    """The intake marks, fixed, and the marks found at QC: a click adds one (saved by the tab at once); only an
    unresolved QC mark can get a note or be removed. Resolved marks stay, with how they were resolved."""

    mark_added = Signal(object)  # Mark (found_at "qc")
    mark_removed = Signal(int)  # damage id
    note_saved = Signal(int, str)  # damage id, note
    picked_changed = Signal()

    _ids: tuple[int, ...] = ()
    _resolved: tuple[str, ...] = ()
    _adding = False

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note_edit.editingFinished.connect(self._note_done)
        # Beside the checklist and the outcome, the whole tab must fit a 1280×800 screen: a smaller car (it
        # keeps its shape) and a shorter list of marks (it scrolls) than on the intake tab.
        self.canvas.setMinimumHeight(140)
        self.list.setMinimumHeight(50)
        self.list.setMaximumHeight(80)

    def set_damage(self, damage: Sequence[QcDamage], adding: bool) -> None:
        self._ids = tuple(d.id for d in damage)
        self._resolved = tuple(d.resolved_note for d in damage)
        self._adding = adding
        self.set_marks([Mark(BodyView(d.view), d.x, d.y, DamageKind(d.kind), d.note, d.found_at) for d in damage])
        self.set_read_only(not adding)

    def damage_id(self, index: int | None) -> int | None:
        return self._ids[index] if index is not None and index < len(self._ids) else None

    def is_open_qc_mark(self, index: int | None) -> bool:
        """A mark found at QC and not yet resolved."""
        marks = self.canvas.marks
        return (index is not None and 0 <= index < len(marks) and index < len(self._resolved)
                and marks[index].found_at == "qc" and not self._resolved[index])

    def _editable(self, index: int | None) -> bool:
        return self._adding and self.is_open_qc_mark(index)

    def _add_at(self, x: int, y: int) -> None:
        if self._read_only:
            return
        self.mark_added.emit(Mark(self.canvas.view, x, y, self.kind(), "", "qc"))

    def remove_picked(self) -> None:
        index = self.picked()
        if self._editable(index):
            self.mark_removed.emit(self._ids[index])  # type: ignore[index]

    def _note_edited(self, text: str) -> None:
        if self._editable(self.picked()):
            super()._note_edited(text)

    def _note_done(self) -> None:
        index = self.picked()
        if self._editable(index) and index is not None:
            self.note_saved.emit(self._ids[index], self.canvas.marks[index].note)

    def pick(self, index: int | None) -> None:
        super().pick(index)
        self.picked_changed.emit()

    def _describe(self, index: int) -> str:
        text = super()._describe(index)
        if index < len(self._resolved) and self._resolved[index]:
            text += " — " + self.tr("resolved: %1").replace("%1", self._resolved[index])
        return text

    def _refresh(self) -> None:
        super()._refresh()
        editable = self._editable(self.picked())
        self.note_edit.setReadOnly(not editable)
        self.remove_button.setEnabled(editable)
        for row in range(min(self.list.count(), len(self.canvas.marks))):
            item = self.list.item(row)
            if self.canvas.marks[row].found_at == "qc":
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
