"""The right-click menu of every list of orders (the board, the waiting lists, the queues), the actions behind it
(also used by the tabs' buttons), the work ticket's undo menu and voiding a payment: all in one place.

The menu offers only what ``services.order_actions.allowed_actions`` allows the operator at the PC for the
order's stage (open it in the tab of its stage, print its work order, cancel it, the customer declines the
estimate, take "repair finished" back), so a refused action is never offered. The service checks everything
again when the action runs. Services are imported when a menu opens, never at start-up (the board is painted
before the ORM is loaded).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QMainWindow, QMenu, QMessageBox, QToolButton, QWidget

from garage_desktop.domain.text import DomainError
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.errors import error_text, show_domain_error

if TYPE_CHECKING:
    from garage_desktop.services.order_actions import OrderAction

OrderIdAt = Callable[[QModelIndex], "int | None"]


def action_text(key: str) -> str:
    """The menu text of an order action (``services.order_actions`` keys)."""
    texts = {
        "open": QCoreApplication.translate("OrderMenu", "&Open in its stage's tab"),
        "print_work_order": QCoreApplication.translate("OrderMenu", "&Print the work order…"),
        "cancel": QCoreApplication.translate("OrderMenu", "&Cancel the order…"),
        "decline": QCoreApplication.translate("OrderMenu", "Customer &declines the estimate…"),
        "undo_report_finished": QCoreApplication.translate("OrderMenu", "Undo \"&repair finished\"…"),
        "undo_dispatch": QCoreApplication.translate("OrderMenu", "Undo the &dispatch of this line"),
        "undo_start": QCoreApplication.translate("OrderMenu", "Undo the &start of this line…"),
        "undo_finish": QCoreApplication.translate("OrderMenu", "Undo the &finish of this line…"),
    }
    return texts[key]


# --- dialogs and popups, module-level so tests replace them ---------------------------------------------------
def exec_menu(menu: QMenu, at: QPoint) -> None:
    """Pop ``menu`` up at ``at`` (global) and wait for the choice; the menu goes once it is answered."""
    menu.exec(at)
    menu.deleteLater()


def run_dialog(dialog: QWidget) -> bool:
    return bool(dialog.exec())  # type: ignore[attr-defined]


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    return QMessageBox.question(parent, title, text) == QMessageBox.StandardButton.Yes


def open_preview(pdf: bytes, title: str, parent: QWidget | None) -> None:
    from garage_desktop.ui.dialogs.print_preview import PrintPreviewDialog

    PrintPreviewDialog(pdf, title, parent).exec()


def tell(parent: QWidget | None, text: str) -> None:
    """Say what an action did in the window's status bar (the board, the queues have no result line)."""
    window = parent.window() if parent is not None else None
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, 10_000)


# --- the actions --------------------------------------------------------------------------------------------
def open_order(ctx: AppContext, order_id: int) -> None:
    """Show the order in the tab of its stage (the main window listens; alone, it becomes the current order)."""
    ctx.open_order_requested.emit(order_id)
    if ctx.current_order_id != order_id:
        ctx.set_current_order(order_id)


def print_work_order(ctx: AppContext, order_id: int, parent: QWidget | None) -> None:
    from garage_desktop.printing import work_order_pdf
    from garage_desktop.services import documents

    doc = ctx.read(documents.work_order_doc, order_id)
    pdf = work_order_pdf(doc, language=ctx.document_language())
    title = QCoreApplication.translate("OrderMenu", "Work order %1").replace("%1", doc.order_no)
    open_preview(pdf, title, parent)


def _with_dialog(parent: QWidget | None, title: str, prompt: str, ok_text: str,
                 submit: Callable[[str, str], Any], *, fee: bool = False) -> Any | None:
    from garage_desktop.ui.dialogs.order_action_dialog import OrderActionDialog

    dialog = OrderActionDialog(title, prompt, ok_text, submit, fee=fee, parent=parent)
    return dialog.result_value if run_dialog(dialog) else None


def _order_line(ctx: AppContext, order_id: int) -> str:
    from garage_desktop.services import orders

    summary = ctx.read(orders.summary, order_id)
    if summary is None:
        return f"#{order_id}"
    return " ".join(p for p in (summary.order_no or f"#{order_id}", summary.plate, summary.customer_name) if p)


def cancel_order(ctx: AppContext, order_id: int, parent: QWidget | None) -> Any | None:
    """Ask the reason and cancel the order; the outcome, or None when the advisor went back."""
    from garage_desktop.services import order_actions

    prompt = QCoreApplication.translate("OrderMenu", "Cancel order %1? It leaves the board and counts in no "
                                                     "figure; the reason is kept.")
    outcome = _with_dialog(
        parent, QCoreApplication.translate("OrderMenu", "Cancel the order"),
        prompt.replace("%1", _order_line(ctx, order_id)),
        QCoreApplication.translate("OrderMenu", "&Cancel the order"),
        lambda reason, _fee: ctx.call(order_actions.cancel_order, order_id, reason))
    if outcome is not None:
        ctx.changed("orders")
        done = QCoreApplication.translate("OrderMenu", "Order %1 cancelled.")
        tell(parent, done.replace("%1", outcome.order_no))
    return outcome


def decline_estimate(ctx: AppContext, order_id: int, parent: QWidget | None) -> Any | None:
    """Ask the reason and the diagnosis fee (if any) and record that the customer declines the estimate."""
    from garage_desktop.services import order_actions

    prompt = QCoreApplication.translate("OrderMenu", "Order %1: the customer does not want the repair.")
    outcome = _with_dialog(
        parent, QCoreApplication.translate("OrderMenu", "The customer declines the estimate"),
        prompt.replace("%1", _order_line(ctx, order_id)), QCoreApplication.translate("OrderMenu", "&Record"),
        lambda reason, fee: ctx.call(order_actions.decline_estimate, order_id, reason, fee), fee=True)
    if outcome is not None:
        ctx.changed("orders", "customers")
        tell(parent, decline_text(outcome))
    return outcome


def decline_text(outcome: Any) -> str:
    from garage_desktop.domain.money import format_yuan

    if outcome.fee is not None:
        text = QCoreApplication.translate("OrderMenu", "Estimate declined: order %1 goes to the cashier for the "
                                                       "diagnosis fee of %2, then the car is handed back.")
        return text.replace("%1", outcome.order_no).replace("%2", format_yuan(outcome.fee))
    text = QCoreApplication.translate("OrderMenu", "Estimate declined: order %1 is cancelled.")
    return text.replace("%1", outcome.order_no)


def undo_report_finished(ctx: AppContext, order_id: int, parent: QWidget | None, *, announce: bool = True) -> bool:
    """Ask, then take "repair finished" back; ``announce`` False: the caller tells the other screens."""
    from garage_desktop.services import order_actions

    question = QCoreApplication.translate("OrderMenu", "Send order %1 back to the workshop? The inspector has not "
                                                       "begun final QC.")
    if not ask(parent, QCoreApplication.translate("OrderMenu", "Undo \"repair finished\""),
               question.replace("%1", _order_line(ctx, order_id))):
        return False
    try:
        ctx.call(order_actions.undo_report_finished, order_id)
    except DomainError as error:
        show_domain_error(parent, error)
        return False
    if not announce:
        return True
    ctx.changed("orders")
    tell(parent, QCoreApplication.translate("OrderMenu", "The car is back in the workshop."))
    return True


def void_payment(ctx: AppContext, payment_id: int, summary: str, parent: QWidget | None) -> Any | None:
    """Ask the reason and void the payment (``summary`` names it); the checkout state after, or None (the
    caller tells the other screens)."""
    from garage_desktop.services import order_actions

    prompt = QCoreApplication.translate("OrderMenu", "Void the payment %1? A reversing entry is added with the "
                                                     "reason; nothing is deleted, and the customer owes the amount "
                                                     "again.")
    state = _with_dialog(
        parent, QCoreApplication.translate("OrderMenu", "Void a payment"), prompt.replace("%1", summary),
        QCoreApplication.translate("OrderMenu", "&Void the payment"),
        lambda reason, _fee: ctx.call(order_actions.void_payment, payment_id, reason))
    return state


def send_message(ctx: AppContext, purpose: str, order_id: int, parent: QWidget | None) -> int | None:
    """The message dialog (issue 18; imported when used; tests replace it): the contact's id once copied."""
    from garage_desktop.ui.dialogs.message_dialog import send_message as run

    return run(ctx, purpose, order_id=order_id, parent=parent)


def add_message_menu(ctx: AppContext, menu: QMenu, order_id: int, status: Any, parent: QWidget) -> QMenu | None:
    """A "Message the customer" submenu with the messages the order's stage calls for (none: no submenu)."""
    from garage_desktop.domain.messages import PURPOSE_LABELS
    from garage_desktop.services import messages
    from garage_desktop.ui.errors import tr_domain

    purposes = messages.message_purposes(status)
    if not purposes:
        return None
    menu.addSeparator()
    submenu = menu.addMenu(QCoreApplication.translate("OrderMenu", "&Message the customer"))
    submenu.setObjectName("messageMenu")
    for purpose in purposes:
        action = submenu.addAction(tr_domain(PURPOSE_LABELS[purpose]) + "…")
        action.setObjectName(f"message:{purpose}")

        def sent(_: bool = False, purpose: str = purpose) -> None:
            if send_message(ctx, purpose, order_id, parent) is not None:
                tell(parent, QCoreApplication.translate("OrderMenu", "Message copied: paste it into WeChat or an "
                                                                     "SMS. It is on the customer's record."))
        action.triggered.connect(sent)
    return submenu


# --- the order lists' menu ------------------------------------------------------------------------------------
def first_column(role: int = Qt.ItemDataRole.UserRole) -> OrderIdAt:
    """The order id stored in ``role`` of the row's first cell (the house's lists keep it there)."""
    def order_id_at(index: QModelIndex) -> int | None:
        value = index.siblingAtColumn(0).data(role) if index.isValid() else None
        return int(value) if isinstance(value, int) else None
    return order_id_at


class OrderMenu(QObject):
    """Right-click (or the menu key) on a row of ``view``: the order's allowed actions."""

    def __init__(self, ctx: AppContext, view: QAbstractItemView, order_id_at: OrderIdAt | None = None) -> None:
        super().__init__(view)
        self.ctx, self.view = ctx, view
        self.order_id_at = order_id_at or first_column()
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._requested)

    def _requested(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        order_id = self.order_id_at(index)
        if order_id is None:
            return
        self.view.setCurrentIndex(index)
        menu = self.menu_for(order_id)
        if menu is not None:
            exec_menu(menu, self.view.viewport().mapToGlobal(pos))

    def menu_for(self, order_id: int) -> QMenu | None:
        """The menu of one order: its allowed actions only (None when the order is gone)."""
        from garage_desktop.services import order_actions

        try:
            allowed = self.ctx.read(order_actions.allowed_actions, self.ctx.operator_id, order_id)
        except DomainError:
            return None
        menu = QMenu(self.view)
        menu.setObjectName("orderMenu")
        title = menu.addAction(allowed.order_no)
        title.setEnabled(False)
        menu.addSeparator()
        for key in allowed.allowed():
            action = menu.addAction(action_text(key))
            action.setObjectName(key)
            action.setData(key)
            action.triggered.connect(lambda _=False, key=key, order_id=order_id: self.trigger(key, order_id))
            if key == "print_work_order":
                menu.addSeparator()
        add_message_menu(self.ctx, menu, order_id, allowed.status, self.view)
        return menu

    def trigger(self, key: str, order_id: int) -> None:
        parent = self.view
        if key == "open":
            open_order(self.ctx, order_id)
        elif key == "print_work_order":
            print_work_order(self.ctx, order_id, parent)
        elif key == "cancel":
            cancel_order(self.ctx, order_id, parent)
        elif key == "decline":
            decline_estimate(self.ctx, order_id, parent)
        elif key == "undo_report_finished":
            undo_report_finished(self.ctx, order_id, parent)


def attach(ctx: AppContext, view: QAbstractItemView, order_id_at: OrderIdAt | None = None) -> OrderMenu:
    """Give ``view`` (a list of orders) its right-click menu."""
    return OrderMenu(ctx, view, order_id_at)


# --- the work ticket's undo menu ------------------------------------------------------------------------------
class UndoMenu(QObject):
    """The work ticket's "Undo" button and the right-click menu of its lines: the chosen line's dispatch, start
    or finish, and the order's "repair finished", whichever ``order_actions.undo_choices`` allows now.
    ``chosen()`` gives the order id, the chosen line's id and its label ("1. 更換剎車片")."""

    done = Signal(str)  # what was undone (the tab shows it and reloads)

    def __init__(self, ctx: AppContext, button: QToolButton, table: QAbstractItemView,
                 chosen: Callable[[], tuple[int | None, int | None, str]]) -> None:
        super().__init__(button)
        self.ctx, self.button, self.table, self.chosen = ctx, button, table, chosen
        self.choices: tuple[OrderAction, ...] = ()
        self.menu = QMenu(button)
        self.menu.setObjectName("undoMenu")
        self.menu.aboutToShow.connect(self._fill)
        button.setMenu(self.menu)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._requested)

    def refresh(self) -> None:
        """Read what may be undone for the chosen order and line; the button is enabled when anything may."""
        from garage_desktop.services import order_actions

        order_id, line_id, _label = self.chosen()
        self.choices = ()
        if order_id is not None:
            try:
                self.choices = self.ctx.read(order_actions.undo_choices, self.ctx.operator_id, order_id, line_id)
            except DomainError:
                self.choices = ()
        allowed = [c for c in self.choices if c.refusal is None]
        self.button.setEnabled(bool(allowed))
        if allowed:
            self.button.setToolTip(QCoreApplication.translate(
                "OrderMenu", "Take back a step entered by mistake, while the next one has not begun"))
        else:
            reasons = [error_text(c.refusal) for c in self.choices if c.refusal is not None]
            self.button.setToolTip(reasons[0] if reasons else QCoreApplication.translate("OrderMenu",
                                                                                         "Nothing to undo."))

    def _fill(self, menu: QMenu | None = None) -> QMenu:
        menu = menu or self.menu
        menu.clear()
        for choice in self.choices:
            if choice.refusal is None:
                action: QAction = menu.addAction(action_text(choice.key))
                action.setObjectName(choice.key)
                action.triggered.connect(lambda _=False, key=choice.key: self.trigger(key))
        return menu

    def _requested(self, pos: QPoint) -> None:
        if not self.table.indexAt(pos).isValid():
            return
        self.refresh()
        if any(c.refusal is None for c in self.choices):
            exec_menu(self._fill(QMenu(self.table)), self.table.viewport().mapToGlobal(pos))

    def trigger(self, key: str) -> None:
        from garage_desktop.services import order_actions

        order_id, line_id, label = self.chosen()
        if order_id is None:
            return
        if key == "undo_report_finished":
            if undo_report_finished(self.ctx, order_id, self.button, announce=False):
                self.done.emit(QCoreApplication.translate(
                    "OrderMenu", "The car is back in the workshop; \"repair finished\" was taken back."))
            return
        if line_id is None:
            return
        functions = {"undo_dispatch": order_actions.undo_dispatch, "undo_start": order_actions.undo_start,
                     "undo_finish": order_actions.undo_finish}
        questions = {
            "undo_start": QCoreApplication.translate("OrderMenu", "Undo the start of line %1? Its start time is "
                                                                  "taken back (the audit trail keeps it)."),
            "undo_finish": QCoreApplication.translate("OrderMenu", "Undo the finish of line %1? Its finish time is "
                                                                   "taken back (the audit trail keeps it)."),
        }
        if key in questions and not ask(self.button, QCoreApplication.translate("OrderMenu", "Undo"),
                                        questions[key].replace("%1", label)):
            return
        try:
            ticket = self.ctx.call(functions[key], order_id, line_id)
        except DomainError as error:
            show_domain_error(self.button, error)
            return
        del ticket  # the tab reloads the ticket on ``done``
        texts = {"undo_dispatch": QCoreApplication.translate("OrderMenu", "Dispatch of line %1 taken back."),
                 "undo_start": QCoreApplication.translate("OrderMenu", "Start of line %1 taken back."),
                 "undo_finish": QCoreApplication.translate("OrderMenu", "Finish of line %1 taken back.")}
        self.done.emit(texts[key].replace("%1", label))
