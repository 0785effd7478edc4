"""Receivables in the window: the claim's insurer and loss assessment in the checkout tab's claim box, the
receivables dialog (by debtor and age, a partial collection, a refusal beside its field), the insurers dialog."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from garage_desktop.domain.classes import Payer, Role
from garage_desktop.services import checkout, clock, insurers, receivables
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.dialogs.insurers_dialog import InsurersDialog
from garage_desktop.ui.dialogs.receivables_dialog import ReceivablesDialog
from garage_desktop.ui.receivables_reader import ReceivablesReader, read_ahead
from tests.integration.test_checkout import NOW, call, make_ready_order
from tests.ui.test_checkout_tab import open_tab

D = Decimal
SHOTS = Path("/tmp/shots/receivables")


def _shot(widget, name: str, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    SHOTS.mkdir(parents=True, exist_ok=True)
    qtbot.wait(20)
    widget.grab().save(str(SHOTS / f"{name}.png"))


def _opened(qtbot: QtBot, ctx: AppContext) -> ReceivablesDialog:
    dialog = ReceivablesDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.read_done)  # the totals and the list are read on a worker
    return dialog


def _listed(dialog: ReceivablesDialog) -> list[list[str]]:
    """The list's rows as the person sees them (each column's text)."""
    model = dialog.tree.model()
    return [[model.index(row, column).data() for column in range(model.columnCount())]
            for row in range(model.rowCount())]


def _click(qtbot: QtBot, button) -> None:  # type: ignore[no-untyped-def]
    assert button.isEnabled(), button.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _settled(ctx: AppContext, people: dict[Role, int], payer: Payer, days_ago: int) -> int:
    clock.set_fixed(NOW - timedelta(days=days_ago))
    order_id = make_ready_order(ctx.db, payer=payer)
    cashier = people[Role.CASHIER]
    if payer is Payer.CLAIM:
        insurer = call(ctx.db, insurers.add_insurer, cashier, f"保險{days_ago}")
        call(ctx.db, insurers.set_claim_details, cashier, order_id, insurer, f"DS-{days_ago}")
        call(ctx.db, checkout.set_claim_approved, cashier, order_id, "820")
    call(ctx.db, checkout.settle, cashier, order_id)
    clock.set_fixed(NOW)
    return order_id


def test_the_claim_box_records_the_insurer_and_the_loss_assessment(qtbot: QtBot, ctx: AppContext,
                                                                   people: dict[Role, int]) -> None:
    tab = open_tab(qtbot, ctx, people)
    pingan = call(ctx.db, insurers.add_insurer, people[Role.CASHIER], "平安保險", "王經理", "95511")
    order_id = make_ready_order(ctx.db, payer=Payer.CLAIM)
    ctx.set_current_order(order_id)
    tab.on_current_order_changed(order_id)
    ui = tab.ui
    assert ui.claimGroup.isVisible() and ui.insurerCombo.isVisible()
    assert [ui.insurerCombo.itemText(i) for i in range(ui.insurerCombo.count())] == ["(not recorded)", "平安保險"]
    ui.insurerCombo.setCurrentIndex(1)
    ui.assessmentEdit.setText("DS-2026-0042")
    _shot(tab, "claim_box", qtbot)
    _click(qtbot, ui.claimDetailsButton)
    with ctx.db.session_scope() as session:
        details = insurers.claim_details(session, order_id)
    assert (details.insurer_id, details.assessment_ref) == (pingan, "DS-2026-0042")
    assert "insurer" in ui.resultLabel.text()
    ui.assessmentEdit.setText("x" * 40 + "y")  # the edit stops at 40, as the service would refuse
    assert len(ui.assessmentEdit.text()) == 40


def test_the_claim_box_refuses_beside_the_field_and_keeps_what_was_typed(qtbot: QtBot, ctx: AppContext,
                                                                         people: dict[Role, int]) -> None:
    tab = open_tab(qtbot, ctx, people)
    call(ctx.db, insurers.add_insurer, people[Role.CASHIER], "平安保險")
    order_id = make_ready_order(ctx.db, payer=Payer.CLAIM)
    ctx.set_current_order(order_id)
    tab.on_current_order_changed(order_id)
    ctx.set_operator(people[Role.STORE])  # the store may not record a claim's details
    tab.ui.insurerCombo.setCurrentIndex(1)
    tab.ui.assessmentEdit.setText("DS-1")
    _click(qtbot, tab.ui.claimDetailsButton)
    assert tab.ui.insurerError.isVisible() and tab.ui.insurerError.text()
    assert tab.ui.assessmentEdit.text() == "DS-1"


def test_the_dialog_lists_by_debtor_and_age_and_records_a_partial_collection(qtbot: QtBot, ctx: AppContext,
                                                                             people: dict[Role, int],
                                                                             qapp: QApplication) -> None:
    old_claim = _settled(ctx, people, Payer.CLAIM, 45)
    _settled(ctx, people, Payer.WARRANTY, 3)
    ctx.set_operator(people[Role.CASHIER])
    dialog = _opened(qtbot, ctx)
    debtors = {dialog.debtor_tree.topLevelItem(i).text(0): dialog.debtor_tree.topLevelItem(i)
               for i in range(dialog.debtor_tree.topLevelItemCount())}
    assert set(debtors) == {"保險45", "大眾"}
    assert debtors["保險45"].text(4) == "¥820.00" and debtors["大眾"].text(3) == "¥820.00"  # 31–60 / 0–30
    assert "¥1,640.00" in dialog.total_label.text() and "2" in dialog.total_label.text()
    listed = _listed(dialog)
    assert [row[0] for row in listed] == ["保險45", "大眾"]  # by debtor
    assert (listed[0][3], listed[0][5], listed[0][8]) == ("DS-45", "45", "¥820.00")
    dialog.choose(0)
    assert dialog.amount_edit.text() == "820.00"
    dialog.amount_edit.setText("900")
    _click(qtbot, dialog.record_button)
    assert dialog.amount_error.isVisible() and "820.00" in dialog.amount_error.text()
    assert dialog.amount_edit.text() == "900"  # nothing typed is lost
    dialog.amount_edit.setText("500")
    dialog.reference_edit.setText("HX-500")
    _click(qtbot, dialog.record_button)
    assert not dialog.amount_error.isVisible()
    assert "¥320.00" in dialog.form_error.text()
    assert dialog.current() is not None and dialog.current().open == D("320.00")
    assert _listed(dialog)[0][7:] == ["¥500.00", "¥320.00"]  # the row in place: collected, open
    assert "HX-500" in dialog.collection_list.item(0).text()
    qtbot.waitUntil(dialog.read_done)  # the totals summed again
    debtors = {dialog.debtor_tree.topLevelItem(i).text(0): dialog.debtor_tree.topLevelItem(i)
               for i in range(dialog.debtor_tree.topLevelItemCount())}
    assert debtors["保險45"].text(4) == "¥320.00" and "¥1,140.00" in dialog.total_label.text()
    dialog.resize(1080, 640)
    _shot(dialog, "receivables_dialog", qtbot)
    with ctx.db.session_scope() as session:
        assert receivables.receivable_of(session, old_claim, Payer.CLAIM).collected == D("500.00")
    assert dialog.recorded


def test_a_collection_entered_by_mistake_is_voided_with_a_reason(qtbot: QtBot, ctx: AppContext,
                                                                 people: dict[Role, int]) -> None:
    order_id = _settled(ctx, people, Payer.WARRANTY, 5)
    call(ctx.db, receivables.record_collection, people[Role.CASHIER], order_id, Payer.WARRANTY, "820",
         NOW.date(), "transfer", "HX-WRONG")
    ctx.set_operator(people[Role.CASHIER])
    dialog = _opened(qtbot, ctx)
    assert _listed(dialog) == []  # paid in full: not listed
    dialog.show_paid_check.setChecked(True)
    qtbot.waitUntil(dialog.read_done)
    assert len(_listed(dialog)) == 1
    dialog.choose(0)
    assert not dialog.record_button.isEnabled()  # nothing open to collect
    dialog.collection_list.setCurrentRow(0)
    _click(qtbot, dialog.void_button)  # no reason: refused beside it
    assert dialog.void_error.isVisible() and dialog.void_error.text()
    dialog.void_reason_edit.setText("記錯了工單")
    _click(qtbot, dialog.void_button)
    assert "owed again" in dialog.form_error.text()
    assert dialog.current().open == D("820.00") and dialog.record_button.isEnabled()
    texts = [dialog.collection_list.item(i).text() for i in range(dialog.collection_list.count())]
    assert "(voided)" in texts[0] and "記錯了工單" in texts[1]
    _shot(dialog, "receivables_voided", qtbot)


def _read_ahead(qtbot: QtBot, ctx: AppContext) -> ReceivablesReader:
    """As the window does after start-up: every receivable read on the worker and kept."""
    read_ahead(ctx)
    kept = ReceivablesReader.of(ctx)
    qtbot.waitUntil(lambda: not kept.busy())
    assert kept.cache.ready
    return kept


def _debtors(dialog: ReceivablesDialog) -> dict[str, list[str]]:
    tree = dialog.debtor_tree
    return {tree.topLevelItem(i).text(0): [tree.topLevelItem(i).text(c) for c in range(tree.columnCount())]
            for i in range(tree.topLevelItemCount())}


def test_read_ahead_the_dialog_shows_the_list_and_totals_at_once_and_another_seats_collection_on_reopening(
        qtbot: QtBot, ctx: AppContext, people: dict[Role, int]) -> None:
    """Kept after start-up (issue 20): the dialog fills its list and totals as it is made, reading nothing on a
    worker; a collection recorded at another PC (another session, through the service) is there when it is
    opened again, only that order read again."""
    claim = _settled(ctx, people, Payer.CLAIM, 45)
    _settled(ctx, people, Payer.WARRANTY, 3)
    ctx.set_operator(people[Role.CASHIER])
    kept = _read_ahead(qtbot, ctx)
    dialog = ReceivablesDialog(ctx)  # closed below (and deleted: not the test's to close)
    assert dialog.read_done() and not kept.busy()  # shown from what is kept: no read on the worker
    assert [row[0] for row in _listed(dialog)] == ["保險45", "大眾"]
    assert _debtors(dialog)["保險45"][4] == "¥820.00" and "¥1,640.00" in dialog.total_label.text()
    assert kept.cache.read_again == 0
    dialog.close()

    call(ctx.db, receivables.record_collection, people[Role.CASHIER], claim, Payer.CLAIM, "600", NOW.date(),
         "transfer", "HX-SEAT2")  # at another seat
    again = ReceivablesDialog(ctx)
    qtbot.addWidget(again)
    assert again.read_done() and not kept.busy()
    assert _listed(again)[0][7:] == ["¥600.00", "¥220.00"]
    assert _debtors(again)["保險45"][4] == "¥220.00" and "¥1,040.00" in again.total_label.text()
    assert (kept.cache.read_again, kept.cache.resets) == (1, 0)  # that order alone read again
    again.show()
    again.choose(0)
    assert "HX-SEAT2" in again.collection_list.item(0).text()
    _shot(again, "receivables_kept", qtbot)


def test_a_collection_recorded_in_the_kept_dialog_updates_its_row_totals_and_checkout(
        qtbot: QtBot, ctx: AppContext, people: dict[Role, int]) -> None:
    _settled(ctx, people, Payer.WARRANTY, 10)
    _settled(ctx, people, Payer.WARRANTY, 70)
    tab = open_tab(qtbot, ctx, people)
    kept = _read_ahead(qtbot, ctx)
    tab.on_current_order_changed(None)
    assert tab.receivables_summed() and "¥1,640.00" in tab.receivables_button.text()  # from what is kept
    ctx.set_operator(people[Role.CASHIER])
    dialog = ReceivablesDialog(ctx, tab)  # closed below
    dialog.show()
    dialog.choose(0)  # settled 70 days ago: the oldest first
    dialog.amount_edit.setText("820")
    _click(qtbot, dialog.record_button)
    assert "paid in full" in dialog.form_error.text()
    assert len(_listed(dialog)) == 1 and _listed(dialog)[0][5] == "10"
    assert _debtors(dialog)["大眾"][3:6] == ["¥820.00", "", ""]  # 61–90 days: nothing left
    assert "¥820.00" in dialog.total_label.text() and dialog.read_done() and not kept.busy()
    dialog.show_paid_check.setChecked(True)  # the paid one, from what is kept too
    assert len(_listed(dialog)) == 2 and dialog.read_done()
    dialog.close()
    tab.on_current_order_changed(None)
    assert tab.receivables_summed() and "¥820.00" in tab.receivables_button.text()


def test_an_insurer_renamed_elsewhere_has_the_dialog_read_everything_again(
        qtbot: QtBot, ctx: AppContext, people: dict[Role, int]) -> None:
    """Every claim the insurer holds changes its debtor: the dialog says it is reading, then shows the new name."""
    claim = _settled(ctx, people, Payer.CLAIM, 20)
    kept = _read_ahead(qtbot, ctx)
    with ctx.db.session_scope() as session:
        insurer_id = insurers.claim_details(session, claim).insurer_id
    call(ctx.db, insurers.update_insurer, people[Role.CASHIER], insurer_id, "中國平安", "", "")
    dialog = ReceivablesDialog(ctx)
    qtbot.addWidget(dialog)
    assert not dialog.read_done() and "Reading" in dialog.total_label.text() and kept.busy()
    qtbot.waitUntil(dialog.read_done)
    assert [row[0] for row in _listed(dialog)] == ["中國平安"] and list(_debtors(dialog)) == ["中國平安"]
    assert kept.cache.resets == 1


def test_the_checkout_list_shows_what_is_open(qtbot: QtBot, ctx: AppContext, people: dict[Role, int]) -> None:
    _settled(ctx, people, Payer.WARRANTY, 10)
    tab = open_tab(qtbot, ctx, people)
    tab.on_current_order_changed(None)
    qtbot.waitUntil(tab.receivables_summed)  # summed on a worker: the list does not wait for it
    assert "¥820.00" in tab.receivables_button.text() and tab.receivables_button.isVisible()
    _shot(tab, "checkout_list", qtbot)


def test_the_insurers_dialog_adds_and_retires_an_insurer(qtbot: QtBot, ctx: AppContext,
                                                         people: dict[Role, int]) -> None:
    ctx.set_operator(people[Role.CASHIER])
    dialog = InsurersDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name_edit.setText("人保財險")
    dialog.contact_edit.setText("李小姐")
    dialog.phone_edit.setText("95518")
    _click(qtbot, dialog.add_button)
    assert dialog.tree.topLevelItemCount() == 1 and dialog.tree.topLevelItem(0).text(0) == "人保財險"
    _click(qtbot, dialog.add_button)  # the same name again: refused beside the name
    assert dialog.name_error.isVisible() and dialog.name_edit.text() == "人保財險"
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0))
    dialog.active_check.setChecked(False)
    _click(qtbot, dialog.save_button)
    assert dialog.tree.topLevelItem(0).text(3) == "No"
    _shot(dialog, "insurers_dialog", qtbot)
    with ctx.db.session_scope() as session:
        assert insurers.list_insurers(session, active_only=True) == []


def test_only_a_cashier_or_the_owner_edits_the_insurers(qtbot: QtBot, ctx: AppContext,
                                                        people: dict[Role, int]) -> None:
    ctx.set_operator(people[Role.ADVISOR])
    dialog = InsurersDialog(ctx)
    qtbot.addWidget(dialog)
    assert not dialog.add_button.isEnabled() and dialog.message.text()
