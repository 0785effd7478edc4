"""The window stops typing at the length the services accept (``domain.limits``), and a long stored text is shown
in a bounded label with the whole of it in the tooltip."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from garage_desktop.domain import limits
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.tabs.followup_tab import FollowUpTab
from garage_desktop.ui.tabs.intake_tab import IntakeTab
from garage_desktop.ui.text_limits import input_limit, limit_input, shorten
from garage_desktop.ui.widgets.added_work_panel import AddedWorkPanel
from garage_desktop.ui.widgets.elided_label import ElidedLabel


def test_the_intake_form_stops_at_the_services_limits(qtbot: QtBot, ctx: AppContext) -> None:
    tab = IntakeTab(ctx)
    qtbot.addWidget(tab)
    ui = tab.ui
    expected = {ui.nameEdit: limits.CUSTOMER_NAME, ui.phoneEdit: limits.PHONE, ui.addressEdit: limits.ADDRESS,
                ui.makeEdit: limits.MAKE, ui.modelEdit: limits.MODEL, ui.colourEdit: limits.COLOUR,
                ui.complaintEdit: limits.COMPLAINT, ui.itemsLeftEdit: limits.ITEMS_LEFT,
                ui.notesEdit: limits.INTAKE_NOTES}
    assert {w.objectName(): input_limit(w) for w in expected} == {w.objectName(): r.limit for w, r in expected.items()}
    ui.complaintEdit.setPlainText("發動機異響" * 400)  # a 2,000-character paste
    assert len(ui.complaintEdit.toPlainText()) == limits.COMPLAINT.limit


def test_other_forms_stop_at_their_limits(qtbot: QtBot, ctx: AppContext) -> None:
    followup = FollowUpTab(ctx)
    panel = AddedWorkPanel(ctx)
    for widget in (followup, panel):
        qtbot.addWidget(widget)
    assert input_limit(followup.ui.remarksEdit) == limits.FOLLOW_UP_REMARKS.limit
    assert input_limit(followup.ui.resolutionEdit) == limits.RESOLUTION.limit
    assert input_limit(panel.ui.descriptionEdit) == limits.ADDED_WORK.limit
    assert input_limit(panel.ui.answeredByEdit) == limits.ANSWERED_BY.limit


def test_a_plain_text_edit_cuts_what_goes_past_the_limit_where_it_was_typed(qtbot: QtBot) -> None:
    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    limit_input(edit, limits.TextLimit("The note", 10))
    edit.setPlainText("0123456789")
    cursor = edit.textCursor()
    cursor.setPosition(5)
    edit.setTextCursor(cursor)
    edit.insertPlainText("abc")  # typed in the middle: the typing is cut, the rest kept
    assert edit.toPlainText() == "0123456789"
    line = QLineEdit()
    qtbot.addWidget(line)
    limit_input(line, limits.REASON)
    assert line.maxLength() == limits.REASON.limit


def test_an_elided_label_keeps_to_its_lines_and_tells_the_rest_in_its_tooltip(qtbot: QtBot) -> None:
    label = ElidedLabel(max_lines=2)
    qtbot.addWidget(label)
    label.resize(300, 100)
    label.setText("冷車啟動困難，怠速抖動，加速無力；" * 40)
    label.show()
    QApplication.processEvents()
    lines = label.fontMetrics().lineSpacing()
    assert label.heightForWidth(300) <= 2 * lines + 2
    assert label.isElided() and "冷車啟動困難" in label.toolTip()
    label.setText("保養")
    QApplication.processEvents()
    assert not label.isElided() and label.toolTip() == ""
    assert label.heightForWidth(300) <= lines + 2


def test_shorten_cuts_to_one_line_with_an_ellipsis() -> None:
    assert shorten("更換前剎車片\n更換機油", 40) == "更換前剎車片 更換機油"
    assert shorten("一二三四五六七八九十", 5) == "一二三四…"
