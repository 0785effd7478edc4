"""The main window: the workshop board first, a tab per stage, the current order, the current operator."""

from __future__ import annotations

import gc
import importlib
import logging
from datetime import timedelta

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from garage_desktop.domain.classes import Role
from garage_desktop.domain.text import DomainError
from garage_desktop.services import roster
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.errors import error_text, show_domain_error, tr_domain
from garage_desktop.ui.forms.ui_main_window import Ui_MainWindow
from garage_desktop.ui.heap import HeapKeeper
from garage_desktop.ui.navigation import (
    NEXT_TAB_SHORTCUT,
    PREVIOUS_TAB_SHORTCUT,
    TAB_KEYS,
    TAB_SHORTCUTS,
    stage_tab,
    tab_titles,
)
from garage_desktop.ui.roles import person_text, roles_text
from garage_desktop.ui.widgets import find_box

# (key, module, class): the tabs in the order the garage works. Each tab is a QWidget taking (ctx) and may
# implement on_data_changed(topics), on_current_order_changed(order_id) and reload(). Tabs are built when first
# shown (start-up builds only the board), so their titles live in ``navigation.tab_titles`` (which stage goes to
# which tab: ``navigation.STAGE_TAB``). A tab in front is told of a new current order at once; a tab behind is told
# when it next comes forward, just before it shows (``OrderHandOver``): opening an order reads it for the one tab
# on screen, not for every tab built so far (issue 20).
TABS: list[tuple[str, str, str]] = [
    ("board", "garage_desktop.ui.tabs.board_tab", "BoardTab"),
    ("appointments", "garage_desktop.ui.tabs.appointments_tab", "AppointmentsTab"),
    ("intake", "garage_desktop.ui.tabs.intake_tab", "IntakeTab"),
    ("estimate", "garage_desktop.ui.tabs.estimate_tab", "EstimateTab"),
    ("work_ticket", "garage_desktop.ui.tabs.work_ticket_tab", "WorkTicketTab"),
    ("parts", "garage_desktop.ui.tabs.parts_tab", "PartsTab"),
    ("qc", "garage_desktop.ui.tabs.qc_tab", "QcTab"),
    ("checkout", "garage_desktop.ui.tabs.checkout_tab", "CheckoutTab"),
    ("followup", "garage_desktop.ui.tabs.followup_tab", "FollowUpTab"),
    ("reports", "garage_desktop.ui.tabs.reports_tab", "ReportsTab"),
    ("stock", "garage_desktop.ui.tabs.stock_tab", "StockTab"),
    ("settings", "garage_desktop.ui.tabs.settings_tab", "SettingsTab"),
]

assert tuple(key for key, _module, _class in TABS) == TAB_KEYS

log = logging.getLogger(__name__)


class LazyTabs:
    """The tabs by key, each built on first use inside its slot widget (the page the QTabWidget shows)."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self._slots: dict[str, QWidget] = {}
        self._built: dict[str, QWidget] = {}

    def slot(self, key: str) -> QWidget:
        if key not in self._slots:
            page = QWidget()
            layout = QVBoxLayout(page)
            layout.setContentsMargins(0, 0, 0, 0)
            self._slots[key] = page
        return self._slots[key]

    def __getitem__(self, key: str) -> QWidget:
        if key not in self._built:
            module_name, class_name = next((m, c) for k, m, c in TABS if k == key)
            tab = getattr(importlib.import_module(module_name), class_name)(self.window.ctx)
            self.slot(key).layout().addWidget(tab)
            self._built[key] = tab
            self.window.hand_over.watch(key, tab)
            handler = getattr(tab, "on_current_order_changed", None)
            if handler is not None and self.window.ctx.current_order_id is not None:
                handler(self.window.ctx.current_order_id)
        return self._built[key]

    def built_items(self) -> list[tuple[str, QWidget]]:
        return list(self._built.items())

    def __contains__(self, key: str) -> bool:
        return key in self._built

    def built(self) -> list[QWidget]:
        return list(self._built.values())


# What counts as someone at the PC for the idle lock.
INPUT_EVENTS = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                          QEvent.Type.Wheel})
MS_PER_MINUTE = 60_000  # the idle-lock setting is in minutes (tests shorten this)
STATUS_DELAY_MS = 500  # the status bar's follow-up count and backup age, once the window is up (ui.app.warm_up)
STATUS_REFRESH_MS = 5 * 60_000  # and again every few minutes: which calls are due, and ages, move with the clock
DUE_STYLE = "font-weight: bold;"
BACKUP_WARNING_STYLE = "color: #b26a00; font-weight: bold;"


class OrderHandOver(QObject):
    """The current order for the tabs behind: kept until the tab comes forward, and given to it just before it
    shows (an event filter on the tab sees its Show event before the tab does)."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.pending: dict[QWidget, int | None] = {}

    def watch(self, _key: str, tab: QWidget) -> None:
        self.pending.pop(tab, None)  # a tab just built is given the current order by LazyTabs
        tab.installEventFilter(self)

    def keep(self, tab: QWidget, order_id: int | None) -> None:
        self.pending[tab] = order_id

    def drop(self, tab: QWidget) -> None:
        self.pending.pop(tab, None)

    def give(self, tab: QWidget) -> None:
        """Tell ``tab`` of the current order now, if it has not been told yet."""
        if tab in self.pending:
            order_id = self.pending.pop(tab)
            handler = getattr(tab, "on_current_order_changed", None)
            if handler is not None:
                handler(order_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            self.give(watched)
        return False


class _InputWatch(QObject):
    """Restarts the idle timer on every key press, click, mouse move or wheel turn anywhere in the program.
    Installed on the application only while the idle lock is armed (an operator with a PIN at the PC)."""

    def __init__(self, timer: QTimer) -> None:
        super().__init__(timer)
        self.timer = timer

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self.timer.start()
        return False


def ask_pin(parent: QWidget, name: str) -> str | None:
    """The PIN typed for ``name``, or None if cancelled (tests replace this)."""
    pin, ok = QInputDialog.getText(parent, QCoreApplication.translate("MainWindow", "PIN"),
                                   QCoreApplication.translate("MainWindow", "PIN of %1:").replace("%1", name),
                                   QLineEdit.EchoMode.Password)
    return pin if ok else None


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.tabs = LazyTabs(self)
        self.hand_over = OrderHandOver(self)
        titles = self.tab_titles()
        for key, _module, _class in TABS:
            self.ui.tabs.addTab(self.tabs.slot(key), titles[key])
        self.ui.tabs.currentChanged.connect(lambda index: self.hand_over.give(self.tabs[TABS[index][0]]))
        self.tabs[TABS[0][0]]  # the board, now
        self._add_tab_shortcuts()
        self._build_status()
        self._build_operator_button()
        self._build_lock()

        self.find_box = find_box.attach(ctx, self.ui.searchEdit, self)  # find anything; Ctrl+F from anywhere
        self.ui.clearOrderButton.clicked.connect(lambda: ctx.set_current_order(None))
        self.set_db_file(None)
        self.ui.actionBackupNow.triggered.connect(self._backup_now)
        self.ui.actionRestore.triggered.connect(self._restore)
        self.ui.actionSetPin.triggered.connect(self._set_my_pin)
        self.ui.actionAudit.triggered.connect(self._show_audit)
        self.ui.actionMonthWorkbook.triggered.connect(self._export_month)
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionAbout.triggered.connect(self._about)
        self.heap_keeper = HeapKeeper(self)  # what a big read freed goes back to the system (issue 20)
        ctx.data_changed.connect(self._broadcast_change)
        ctx.current_order_changed.connect(self._current_order_changed)
        ctx.open_order_requested.connect(self.open_order)
        ctx.open_order_in_requested.connect(self.open_order_in)
        ctx.show_tab_requested.connect(self.show_tab)
        ctx.operator_changed.connect(lambda _id: self._refresh_operator_button())
        ctx.operator_changed.connect(lambda _id: self.update_idle_lock())
        self._restore_geometry()
        self._current_order_changed(ctx.current_order_id)
        if self.ctx.read_core(roster.has_pin, ctx.operator_id):
            self.lock()  # start-up: the remembered operator's PIN before the window does anything

    # --- tabs -------------------------------------------------------------------------------------------
    def _add_tab_shortcuts(self) -> None:
        """Every tab has a key (Alt+1 … Alt+9, Alt+0, Alt+-, Alt+=) and Ctrl+Tab / Ctrl+Shift+Tab step through
        them, so every screen is reachable without the mouse. The Go menu lists them and each tab's tooltip
        says its key."""
        self.go_menu = QMenu(self.tr("Go"), self)
        self.go_menu.setObjectName("goMenu")
        self.menuBar().insertMenu(self.ui.menuHelp.menuAction(), self.go_menu)
        self.tab_actions: list[QAction] = []
        titles = self.tab_titles()
        for index, (key, keys) in enumerate(zip(TAB_KEYS, TAB_SHORTCUTS, strict=True)):
            action = QAction(titles[key], self)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(lambda _=False, i=index: self.ui.tabs.setCurrentIndex(i))
            self.addAction(action)
            self.go_menu.addAction(action)
            self.tab_actions.append(action)
            shown = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
            self.ui.tabs.setTabToolTip(index, self.tr("%1 (%2)").replace("%1", titles[key].replace("&&", "&"))
                                       .replace("%2", shown))
        self.go_menu.addSeparator()
        for text, keys, step in ((self.tr("Next tab"), NEXT_TAB_SHORTCUT, 1),
                                 (self.tr("Previous tab"), PREVIOUS_TAB_SHORTCUT, -1)):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(lambda _=False, step=step: self.step_tab(step))
            self.addAction(action)
            self.go_menu.addAction(action)
        self.go_menu.addSeparator()
        cards_action = QAction(self.tr("Card desk…"), self)
        cards_action.setObjectName("cardDeskAction")
        cards_action.triggered.connect(self._open_card_desk)
        self.go_menu.addAction(cards_action)
        focus_search = QAction(self)
        focus_search.setShortcut(QKeySequence("Ctrl+F"))
        focus_search.triggered.connect(lambda: self.find_box.focus())
        self.addAction(focus_search)

    def tab_titles(self) -> dict[str, str]:
        return tab_titles()

    def _open_card_desk(self) -> None:
        from garage_desktop.ui.dialogs.cards_dialog import CardsDialog

        CardsDialog(self.ctx, self).exec()

    def current_tab_key(self) -> str:
        return TABS[self.ui.tabs.currentIndex()][0]

    def show_tab(self, key: str) -> None:
        self.tabs[key]
        self.ui.tabs.setCurrentWidget(self.tabs.slot(key))

    def step_tab(self, step: int) -> None:
        """The next (1) or previous (-1) tab, round from the last to the first."""
        count = self.ui.tabs.count()
        self.ui.tabs.setCurrentIndex((self.ui.tabs.currentIndex() + step) % count)

    def _broadcast_change(self, topics: frozenset[str]) -> None:
        for tab in self.tabs.built():
            handler = getattr(tab, "on_data_changed", None)
            if handler is not None:
                handler(topics)
        if "orders" in topics:
            self._current_order_changed(self.ctx.current_order_id)
        if "operators" in topics:
            self._refresh_operator_button()
        if "operators" in topics or "settings" in topics:
            self.update_idle_lock()
        if self._status_ready and "orders" in topics:
            self.refresh_followup_status()
        if self._status_ready and "settings" in topics:  # the backup folder may have moved
            self.refresh_backup_status()

    # --- current order ----------------------------------------------------------------------------------
    def open_order(self, order_id: int) -> None:
        """Make ``order_id`` the current order and show it in the tab of its stage."""
        from garage_desktop.services import orders

        summary = self.ctx.read(orders.summary, order_id)
        if summary is None:
            return
        self.ctx.set_current_order(order_id)
        self.show_tab(stage_tab(summary.status))

    def open_order_in(self, order_id: int, target: str) -> None:
        """A stage tab's "next:" button: ``order_id`` in the tab ``target`` ("work_ticket"), or a page of a tab
        ("checkout:handover", the tab's ``show_page``). The board lists every car: it opens with no order."""
        key, _, page = target.partition(":")
        self.ctx.set_current_order(None if key == "board" else order_id)
        self.show_tab(key)
        show_page = getattr(self.tabs[key], "show_page", None)
        if page and show_page is not None:
            show_page(page)

    def _current_order_changed(self, order_id: int | None) -> None:
        summary = None
        if order_id:  # none at start-up: the ORM behind ``orders`` is loaded after the first paint
            from garage_desktop.services import orders

            summary = self.ctx.read(orders.summary, order_id)
        if summary is None:
            self.ui.currentOrderLabel.setText(self.tr("No order chosen"))
            self.ui.clearOrderButton.setEnabled(False)
        else:
            booking = self.tr("booking")
            self.ui.currentOrderLabel.setText(
                f"<b>{summary.order_no or booking}</b>  {summary.plate}  {summary.customer_name}  "
                f"— {tr_domain(summary.status_label)}")
            self.ui.clearOrderButton.setEnabled(True)
        current = self.ui.tabs.currentWidget()
        for key, tab in self.tabs.built_items():
            handler = getattr(tab, "on_current_order_changed", None)
            if handler is None:
                continue
            if self.tabs.slot(key) is current:
                self.hand_over.drop(tab)
                handler(order_id if summary else None)
            else:
                self.hand_over.keep(tab, order_id if summary else None)  # told when it comes forward

    # --- status: follow-up calls due, the last backup -----------------------------------------------------
    def _build_status(self) -> None:
        """Beside the operator in the status bar: the follow-up calls due (a click opens the Follow-up tab) and
        how old the last backup is. Read shortly after start-up (counting the calls loads the ORM, which the
        first paint does without), again after every change and every few minutes (ages move with the clock)."""
        self._status_ready = False
        self.followup_status = QToolButton(self)
        self.followup_status.setObjectName("followupStatus")
        self.followup_status.setAutoRaise(True)
        self.followup_status.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.followup_status.setToolTip(self.tr("Customers to phone two days after their car left: open the "
                                                "Follow-up tab"))
        self.followup_status.clicked.connect(lambda: self.show_tab("followup"))
        self.followup_status.hide()
        self.backup_status = QLabel(self)
        self.backup_status.setObjectName("backupStatus")
        self.backup_status.hide()
        for widget in (self.followup_status, self.backup_status):
            self.statusBar().addPermanentWidget(widget)
        self._status_timer = QTimer(self)
        self._status_timer.setInterval(STATUS_REFRESH_MS)
        self._status_timer.timeout.connect(self.refresh_status)
        self._status_timer.start()
        QTimer.singleShot(STATUS_DELAY_MS, self.refresh_status)

    def refresh_status(self) -> None:
        self._status_ready = True
        try:
            self.refresh_followup_status()
            self.refresh_backup_status()
        except Exception:  # the status line is a convenience: never an error dialog from a timer
            log.exception("status bar refresh failed")

    def refresh_followup_status(self) -> None:
        from garage_desktop.services import clock, followup

        due = self.ctx.read_core(followup.count_due, clock.now())
        self.followup_status.setText(self.tr("Follow-up calls due: %n", "", due))
        self.followup_status.setStyleSheet(DUE_STYLE if due else "")
        self.followup_status.show()

    def refresh_backup_status(self) -> None:
        """The last backup's age; warning colours when there is none or it is older than a day. Nothing for a
        server database (its backups are the server's)."""
        from garage_desktop.services import clock, garage_file

        label = self.backup_status
        if self.db_file is None:
            label.hide()
            return
        made = garage_file.last_backup_at(self.db_file)
        age = clock.now() - made if made is not None else None
        if made is None or age is None:
            text, warn = self.tr("No backup yet"), True
        elif age >= timedelta(days=1):
            text, warn = self.tr("No backup for %n day(s)", "", age.days), True
        elif age < timedelta(minutes=1):
            text, warn = self.tr("Last backup just now"), False
        elif age < timedelta(hours=1):
            text, warn = self.tr("Last backup %n minute(s) ago", "", age.seconds // 60), False
        else:
            text, warn = self.tr("Last backup %n hour(s) ago", "", age.seconds // 3600), False
        label.setText(text)
        label.setStyleSheet(BACKUP_WARNING_STYLE if warn else "")
        tip = self.tr("A backup is made every day and when the program closes; File → Backup now makes one "
                      "at once.")
        if made is not None:
            tip = self.tr("Last backup: %1").replace("%1", f"{made:%Y-%m-%d %H:%M}") + "\n" + tip
        label.setToolTip(tip)
        label.show()

    # --- operator ---------------------------------------------------------------------------------------
    def _build_operator_button(self) -> None:
        """The current operator in the status bar: click, then click a name (two clicks)."""
        self.operator_button = QToolButton(self)
        self.operator_button.setObjectName("operatorButton")
        self.operator_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.operator_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.operator_menu = QMenu(self.operator_button)
        self.operator_menu.aboutToShow.connect(self._fill_operator_menu)
        self.operator_button.setMenu(self.operator_menu)
        self.statusBar().addPermanentWidget(self.operator_button)
        switch = QAction(self)
        switch.setShortcut(QKeySequence("Ctrl+Shift+O"))
        switch.triggered.connect(self.operator_button.showMenu)
        self.addAction(switch)
        self._refresh_operator_button()

    def _fill_operator_menu(self) -> None:
        self.operator_menu.clear()
        group = QActionGroup(self.operator_menu)
        for person in self.ctx.read_core(roster.list_operators):
            action = self.operator_menu.addAction(person_text(person.name, person.roles))
            action.setCheckable(True)
            action.setChecked(person.id == self.ctx.operator_id)
            action.setData(person.id)
            group.addAction(action)
            action.triggered.connect(lambda _=False, pid=person.id: self.switch_operator(pid))

    def switch_operator(self, operator_id: int) -> bool:
        """Make ``operator_id`` the current operator, after their PIN if they have one."""
        from garage_desktop.services import pins

        if self.ctx.read(pins.needs_pin, operator_id):
            person = self.ctx.read_core(roster.get_operator, operator_id)
            pin = ask_pin(self, person.name if person else "")
            if pin is None:
                return False
            try:
                right = self.ctx.read(pins.check_pin, operator_id, pin)
            except DomainError as error:  # still waiting after repeated wrong PINs
                QMessageBox.warning(self, self.tr("Wrong PIN"), error_text(error))
                return False
            if not right:
                text = self.tr("That PIN is not right; the operator was not switched.")
                waiting = self.ctx.read(pins.wait_seconds, operator_id)
                if waiting:
                    text += " " + error_text(pins.PinDelayed(waiting))
                QMessageBox.warning(self, self.tr("Wrong PIN"), text)
                return False
        self.ctx.set_operator(operator_id)
        QSettings().setValue("last_operator", operator_id)
        return True

    def _set_my_pin(self) -> None:
        from garage_desktop.services import pins

        if self.ctx.operator_id is None:
            return
        pin, ok = QInputDialog.getText(self, self.tr("Set my PIN"),
                                       self.tr("New PIN (4 to 8 digits; empty: no PIN):"),
                                       QLineEdit.EchoMode.Password)
        if not ok:
            return
        try:
            self.ctx.call(pins.set_pin, self.ctx.operator_id, pin)
        except DomainError as error:
            show_domain_error(self, error)
            return
        self.statusBar().showMessage(self.tr("PIN saved."), 5000)
        self.update_idle_lock()

    def _refresh_operator_button(self) -> None:
        person = self.ctx.read_core(roster.get_operator, self.ctx.operator_id) if self.ctx.operator_id else None
        if person is None:
            self.operator_button.setText(self.tr("Operator: (choose)"))
        else:
            self.operator_button.setText(
                self.tr("Operator: %1 (%2)").replace("%1", person.name).replace("%2", roles_text(person.roles)))
        self.operator_button.setToolTip(self.tr("Who is working at this PC (Ctrl+Shift+O to switch)"))

    # --- lock -------------------------------------------------------------------------------------------
    def _build_lock(self) -> None:
        """The lock screen is built on first use: until then the central widget is the tabs' page itself."""
        self._stack: QStackedWidget | None = None
        self.lock_screen = None
        self._idle_timer = QTimer(self)
        self._idle_timer.setSingleShot(True)
        self._idle_timer.timeout.connect(self._idle_timeout)
        self._input_watch: _InputWatch | None = None
        self._disabled_by_lock: list[QAction] = []
        self._hidden_by_lock: list[QWidget] = []
        self._focus_before_lock: QWidget | None = None

    def is_locked(self) -> bool:
        return self._stack is not None and self._stack.currentIndex() == 1

    def lock(self) -> None:
        """Show the lock screen instead of the tabs until the operator's PIN is typed (or someone else chooses
        themselves). The tabs are only hidden: everything typed in them stays as it was."""
        if self.is_locked():
            return
        from garage_desktop.ui.widgets.lock_screen import LockScreen

        if self._stack is None:
            self._stack = QStackedWidget(self)
            self._stack.addWidget(self.takeCentralWidget())
            self.lock_screen = LockScreen(self.ctx)
            self.lock_screen.unlocked.connect(self.unlock)
            self._stack.addWidget(self.lock_screen)
            self.setCentralWidget(self._stack)
        focus = QApplication.focusWidget()
        self._focus_before_lock = focus if focus is not None and self.isAncestorOf(focus) else None
        self._idle_timer.stop()
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popup.close()  # an open menu or combo list
        # Shortcuts (Alt+1 …, Ctrl+F, the operator switch) and the menus do nothing while locked.
        self._disabled_by_lock = [action for action in self.findChildren(QAction)
                                  if action.parent() is self and action.isEnabled()]
        for action in self._disabled_by_lock:
            action.setEnabled(False)
        self.menuBar().setEnabled(False)
        self.operator_button.setEnabled(False)
        self.followup_status.setEnabled(False)
        # Windows of this one left open (the audit trail) are hidden, not closed, and come back on unlocking.
        self._hidden_by_lock = [widget for widget in QApplication.topLevelWidgets()
                                if widget is not self and widget.isVisible() and self._owns(widget)]
        for widget in self._hidden_by_lock:
            widget.hide()
        self._stack.setCurrentIndex(1)
        self.lock_screen.show_for(self.ctx.operator_id)

    def _owns(self, widget: QWidget) -> bool:
        parent = widget.parentWidget()
        while parent is not None:
            if parent is self:
                return True
            parent = parent.parentWidget()
        return False

    def unlock(self, operator_id: int) -> None:
        """Back to the tabs as they were, as ``operator_id`` (the lock screen checked their PIN)."""
        if not self.is_locked():
            return
        self._stack.setCurrentIndex(0)
        for action in self._disabled_by_lock:
            action.setEnabled(True)
        self.menuBar().setEnabled(True)
        self.operator_button.setEnabled(True)
        self.followup_status.setEnabled(True)
        for widget in self._hidden_by_lock:
            widget.show()
        self._disabled_by_lock, self._hidden_by_lock = [], []
        if operator_id != self.ctx.operator_id:
            self.ctx.set_operator(operator_id)  # re-arms the idle lock for them
            QSettings().setValue("last_operator", operator_id)
        else:
            self.update_idle_lock()
        focus, self._focus_before_lock = self._focus_before_lock, None
        if focus is not None:
            try:
                focus.setFocus()
            except RuntimeError:  # deleted while locked
                pass

    def update_idle_lock(self) -> None:
        """Arm the idle lock (the garage's idle time, 0: never) while an operator with a PIN works at the PC;
        disarm it otherwise. Nothing watches the input when nobody needs it."""
        minutes = 0
        if not self.is_locked() and self.ctx.read_core(roster.has_pin, self.ctx.operator_id):
            from garage_desktop.services import settings

            minutes = self.ctx.read(settings.load).idle_lock_minutes
        if minutes <= 0:
            self._disarm_idle_lock()
            return
        self._idle_timer.setInterval(minutes * MS_PER_MINUTE)
        if self._input_watch is None:
            self._input_watch = _InputWatch(self._idle_timer)
            QApplication.instance().installEventFilter(self._input_watch)
        self._idle_timer.start()

    def _disarm_idle_lock(self) -> None:
        self._idle_timer.stop()
        if self._input_watch is not None:
            QApplication.instance().removeEventFilter(self._input_watch)
            self._input_watch.deleteLater()
            self._input_watch = None

    def idle_lock_armed(self) -> bool:
        return self._idle_timer.isActive()

    def _idle_timeout(self) -> None:
        if self.is_locked():
            return
        if QApplication.activeModalWidget() is not None:
            # A question is waiting for an answer: hiding it would cancel it (and what was typed in it), and
            # locking under it would leave it usable. Lock once it is answered and the PC is idle again.
            self._idle_timer.start()
            return
        self.lock()

    # --- backups ----------------------------------------------------------------------------------------
    def set_db_file(self, db_file) -> None:  # type: ignore[no-untyped-def]
        """The SQLite file behind the window (None for a server database: no file backups then)."""
        self.db_file = db_file
        for action in (self.ui.actionBackupNow, self.ui.actionRestore):
            action.setEnabled(db_file is not None)
            if action.isEnabled() and self.is_locked():  # start-up sets the file behind the lock screen
                action.setEnabled(False)
                self._disabled_by_lock.append(action)
        if self._status_ready or db_file is None:
            self.refresh_backup_status()

    def _backup_now(self) -> None:
        from garage_desktop.ui import backup_actions

        if self.db_file is not None:
            backup_actions.backup_now(self, self.db_file)
            self.refresh_backup_status()

    def _restore(self) -> None:
        from garage_desktop.services import permissions
        from garage_desktop.ui import backup_actions

        if self.db_file is None:
            return
        try:
            self.ctx.read(permissions.require, self.ctx.operator_id, Role.OWNER)
        except DomainError as error:
            show_domain_error(self, error)
            return
        backup_actions.restore_from_menu(self, self.ctx, self.db_file)

    def _export_month(self) -> None:
        self.show_tab("reports")
        self.tabs["reports"].export_workbook()

    def _show_audit(self) -> None:
        from garage_desktop.ui.dialogs.audit_dialog import AuditDialog

        # One at a time: the one open comes forward. Closed, it is deleted (WA_DeleteOnClose): no screen stays alive.
        dialog = next((d for d in self.findChildren(AuditDialog) if d.isVisible()), None) or AuditDialog(self.ctx, self)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    # --- window -----------------------------------------------------------------------------------------
    def _about(self) -> None:
        from garage_desktop import __version__

        QMessageBox.about(self, self.tr("About Garage Desktop"),
                          self.tr("Garage Desktop %1\nThe service process of a small garage, offline.")
                          .replace("%1", __version__))

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._disarm_idle_lock()
        QSettings().setValue("main_window/geometry", self.saveGeometry())
        super().closeEvent(event)
        if event.isAccepted():
            # The Reports tab's figures were frozen out of the garbage collector's passes (``FiguresReader``)
            # with everything alive at that moment, this window included; frozen, a closed window and the
            # figures it kept (cycles: Qt parents, signal closures) could never be collected.
            gc.unfreeze()
