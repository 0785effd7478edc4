"""A dialog the counter opens and closes is gone once closed (issue 20, memory): opened from a tab it is that
tab's child, and before it deleted itself every print preview, card desk or settings dialog ever opened stayed in
memory for as long as the window (a print preview alone is tens of MB)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from garage_desktop.db.engine import Database
from garage_desktop.domain.classes import Payer
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.printing import work_order_pdf
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.dialogs import (
    bonus_rules_dialog,
    call_script_dialog,
    cards_dialog,
    commission_rules_dialog,
    delay_call_dialog,
    free_line_dialog,
    insurers_dialog,
    member_grades_dialog,
    message_templates_dialog,
    outside_work_dialog,
    packages_dialog,
    print_preview,
    receivables_dialog,
    receive_dialog,
    sanbao_compensation_dialog,
)
from tests.integration.test_checkout import make_ready_order
from tests.ui.test_print_preview import a_work_order

Opener = Callable[[AppContext, int, QWidget], QDialog]

OPENERS: dict[str, Opener] = {
    "card desk": lambda ctx, _order, tab: cards_dialog.CardsDialog(ctx, tab),
    "receivables": lambda ctx, _order, tab: receivables_dialog.ReceivablesDialog(ctx, tab),
    "commission rules": lambda ctx, _order, tab: commission_rules_dialog.CommissionRulesDialog(ctx, tab),
    "message templates": lambda ctx, _order, tab: message_templates_dialog.MessageTemplatesDialog(ctx, tab),
    "insurers": lambda ctx, _order, tab: insurers_dialog.InsurersDialog(ctx, tab),
    "packages": lambda ctx, _order, tab: packages_dialog.PackagesDialog(ctx, tab),
    "member grades": lambda ctx, _order, tab: member_grades_dialog.MemberGradesDialog(ctx, tab),
    "call script": lambda ctx, _order, tab: call_script_dialog.CallScriptDialog(ctx, tab),
    "bonus rules": lambda ctx, _order, tab: bonus_rules_dialog.BonusRulesDialog(ctx, tab),
    "receive parts": lambda ctx, _order, tab: receive_dialog.ReceiveDialog(ctx, lambda *_args: None, tab),
    "free line": lambda _ctx, _order, tab: free_line_dialog.FreeLineDialog("1. 更換機油", lambda *_args: None, tab),
    "print preview": lambda _ctx, _order, tab: print_preview.PrintPreviewDialog(
        work_order_pdf(a_work_order()), "Work order", tab),
    "outside work": lambda ctx, order, tab: outside_work_dialog.OutsideWorkDialog(ctx, order, tab),
    "delay call": lambda ctx, order, tab: delay_call_dialog.DelayCallDialog(ctx, order, tab),
    "三包 compensation": lambda ctx, order, tab: sanbao_compensation_dialog.SanbaoCompensationDialog(ctx, order, tab),
}


def _alive(tab: QWidget, kind: type) -> list[QWidget]:
    return [w for w in tab.findChildren(kind)] + [w for w in QApplication.topLevelWidgets() if isinstance(w, kind)]


@pytest.mark.parametrize("name", list(OPENERS))
def test_a_dialog_closed_is_gone(qtbot: QtBot, ctx: AppContext, db: Database, name: str) -> None:
    order_id = make_ready_order(db, payer=Payer.WARRANTY, status=OrderStatus.IN_REPAIR)
    tab = QWidget()  # the tab the dialog is opened from
    qtbot.addWidget(tab)
    for closed_by in ("reject", "accept"):
        dialog = OPENERS[name](ctx, order_id, tab)
        kind = type(dialog)
        QTimer.singleShot(0, getattr(dialog, closed_by))  # the user closes it once it is up
        dialog.exec()
        dialog = None
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert _alive(tab, kind) == [], f"{name} stays alive after {closed_by}"
