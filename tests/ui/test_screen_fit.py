"""The main window fits the reception PC's 1366×768 screen at 100 % (``ui.fit.SCREEN_LIMIT``, the screen less the
taskbar) on every tab, with the longest real order and with the largest QC checklist loaded: long pages scroll
instead of growing the window. The estimate's code, origin, price and amount columns show their whole text while
the estimate is drafted, and a long complaint stays within a bounded area."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QApplication, QStyle, QTableView, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select, update

from garage_desktop.db import models as m
from garage_desktop.db.engine import Database
from garage_desktop.db.types import holding
from garage_desktop.demo import write_demo
from garage_desktop.domain.classes import Role
from garage_desktop.domain.lifecycle import OrderStatus
from garage_desktop.services import catalog, clock, qc_templates
from garage_desktop.ui import fit
from garage_desktop.ui.appearance import install_translation
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.main_window import TABS, MainWindow
from garage_desktop.ui.models.estimate_lines_model import LabourColumn, PartColumn
from garage_desktop.ui.tabs.estimate_tab import EstimateTab

NOW = datetime(2026, 11, 28, 15, 10)
SCREEN = QSize(1366, 700)  # what a maximised window gets on a 1366×768 screen with the taskbar and title bar
SHOTS = Path("/tmp/shots/fit")
S = OrderStatus


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo garage every new user sees first (300 orders): the real orders and the shipped QC checklists."""
    path = tmp_path_factory.mktemp("fit") / "demo.sqlite3"
    clock.set_fixed(NOW)
    try:
        write_demo(f"sqlite:///{path}")
    finally:
        clock.set_fixed(None)
    return path


@pytest.fixture
def garage(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    """A copy of the demo garage for one test (a test may change an order)."""
    copy = tmp_path / "garage.sqlite3"
    shutil.copyfile(demo_file, copy)
    clock.set_fixed(NOW)
    database = Database(f"sqlite:///{copy}")
    yield database
    database.dispose()


def _operator(db: Database, role: Role) -> int:
    with db.session_scope() as s:
        return s.scalar(select(m.Operator.id).where(holding(m.Operator.roles, role), m.Operator.active.is_(True))
                        .order_by(m.Operator.id))  # type: ignore[return-value]


def open_window(qtbot: QtBot, db: Database, role: Role = Role.INSPECTOR) -> MainWindow:
    ctx = AppContext(db)
    ctx.set_operator(_operator(db, role))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def longest_order(db: Database) -> int:
    """The demo's order with the most labour and part lines."""
    with db.session_scope() as s:
        labour = select(m.LabourLine.order_id, func.count().label("n")).group_by(m.LabourLine.order_id).subquery()
        parts = select(m.PartLine.order_id, func.count().label("n")).group_by(m.PartLine.order_id).subquery()
        total = func.coalesce(labour.c.n, 0) + func.coalesce(parts.c.n, 0)
        return s.scalar(select(m.RepairOrder.id).outerjoin(labour, labour.c.order_id == m.RepairOrder.id)
                        .outerjoin(parts, parts.c.order_id == m.RepairOrder.id)
                        .order_by(total.desc(), m.RepairOrder.id))  # type: ignore[return-value]


def largest_template() -> str:
    """The shipped QC checklist with the most checks and measured checks (the engine overhaul's)."""
    templates = qc_templates.current().templates.values()
    return max(templates, key=lambda t: (len(t.items()) + 3 * len(t.measurements), t.id)).id


def qc_order(db: Database, template_id: str) -> tuple[int, bool]:
    """An order waiting for final QC, preferably one the largest checklist is the default for; and whether the
    checklist still has to be chosen on the QC tab."""
    templates = qc_templates.current()
    with db.session_scope() as s:
        waiting = list(s.scalars(select(m.RepairOrder).where(m.RepairOrder.status == S.QC_PENDING)
                                 .order_by(m.RepairOrder.id)))
        assert waiting, "the demo garage has no car waiting for final QC"
        for order in waiting:
            if templates.choose(order.regulatory_class, order.job_class).id == template_id:
                return order.id, False
        return waiting[0].id, True


def show_order(window: MainWindow, order_id: int, template_id: str | None = None) -> None:
    window.open_order(order_id)
    if template_id is not None:  # the inspector picks the checklist on the QC tab
        tab = window.tabs["qc"]
        tab.ui.templateCombo.setCurrentIndex(tab.ui.templateCombo.findData(template_id))
        tab.ui.templateCombo.activated.emit(tab.ui.templateCombo.currentIndex())
    QApplication.processEvents()


def assert_fits(window: MainWindow, what: str) -> list[fit.TabSize]:
    sizes = fit.tab_sizes(window)
    too_big = [f"the {s.key} tab needs {s.window.width()}x{s.window.height()}" for s in sizes
               if not fit.fits(s.window)]
    limit = f"{fit.SCREEN_LIMIT.width()}x{fit.SCREEN_LIMIT.height()}"
    assert not too_big, f"with {what}: " + "; ".join(too_big) + f" (more than {limit})"
    assert [s.key for s in sizes] == [key for key, _module, _class in TABS]
    return sizes


def grab(window: MainWindow, key: str, name: str) -> None:
    window.show_tab(key)
    window.resize(SCREEN)
    QApplication.processEvents()
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / f"{name}.png"))


# --- every tab, with the longest order and with the largest checklist ------------------------------------------
def test_every_tab_fits_the_screen_with_the_longest_order_and_the_largest_checklist(
        qtbot: QtBot, garage: Database) -> None:
    window = open_window(qtbot, garage)
    assert_fits(window, "no order chosen")
    show_order(window, longest_order(garage))
    assert_fits(window, "the longest order")
    template = largest_template()
    order_id, choose = qc_order(garage, template)
    show_order(window, order_id, template if choose else None)
    assert window.tabs["qc"].template.id == template
    assert window.tabs["qc"].panels, "the largest checklist has measured checks"
    assert_fits(window, f"the {template} checklist")
    size, worst = fit.largest_minimum_size(window)
    assert fit.fits(size), f"{size.width()}x{size.height()} on the {worst} tab"
    assert worst in {key for key, _module, _class in TABS}
    grab(window, "qc", "qc_largest_checklist")


def test_the_window_fits_in_the_garages_own_language(qtbot: QtBot, garage: Database, qapp: QApplication) -> None:
    """The reception PC runs in Traditional Chinese: its labels have other widths than the English ones."""
    install_translation(qapp, "zh_TW")
    try:
        window = open_window(qtbot, garage)
        show_order(window, longest_order(garage))
        assert_fits(window, "the longest order, in zh_TW")
        template = largest_template()
        order_id, choose = qc_order(garage, template)
        show_order(window, order_id, template if choose else None)
        assert_fits(window, f"the {template} checklist, in zh_TW")
        grab(window, "qc", "qc_largest_checklist_zh_TW")
        window.close()
    finally:
        install_translation(qapp, "en")


def test_largest_minimum_size_measures_a_hidden_window_as_shown(qtbot: QtBot, garage: Database) -> None:
    """The smoke start measures after its first paint, when the window may be hidden again: the sizes are those
    of the shown window (a hidden window's layouts are not worked out by Qt)."""
    window = open_window(qtbot, garage)
    shown, _worst = fit.largest_minimum_size(window)
    window.hide()
    hidden, worst = fit.largest_minimum_size(window)
    assert (hidden.width(), hidden.height()) == (shown.width(), shown.height())
    assert not window.isVisible() and worst


def test_the_added_work_answer_form_is_on_screen(qtbot: QtBot, garage: Database) -> None:
    """At 1366×768 the advisor sees the answer form of an added item waiting for the customer without scrolling."""
    with garage.session_scope() as s:
        order_id = s.scalar(select(m.Approval.order_id).where(m.Approval.approved.is_(None),
                                                              m.Approval.kind == "added_work"))
    assert order_id is not None, "the demo garage has added work waiting for the customer"
    window = open_window(qtbot, garage, Role.ADVISOR)
    show_order(window, order_id)
    assert window.current_tab_key() == "work_ticket"
    grab(window, "work_ticket", "work_ticket_added_work")
    tab = window.tabs["work_ticket"]
    viewport = tab.ui.addedWorkScroll.viewport()
    panel = tab.panel.ui
    for widget in (panel.answeredByEdit, panel.approvedRadio, panel.recordButton, panel.proposeButton):
        assert widget.isVisible()
        where = QRect(widget.mapTo(viewport, widget.rect().topLeft()), widget.size())
        assert viewport.rect().contains(where), f"{widget.objectName()} is out of sight at {where}"
    assert panel.recordButton.isEnabled() or panel.answerForLabel.text()


# --- the estimate while it is drafted ---------------------------------------------------------------------------
@dataclass
class Drafting:
    window: MainWindow
    tab: EstimateTab


@pytest.fixture
def drafting(qtbot: QtBot, garage: Database) -> Drafting:
    """A car just received, on the estimate tab, with a job and the part with the longest code and highest price
    added from the catalogs and nothing saved yet."""
    with garage.session_scope() as s:
        order_id = s.scalar(select(m.RepairOrder.id).where(m.RepairOrder.status == S.RECEIVED)
                            .order_by(m.RepairOrder.id))
    window = open_window(qtbot, garage, Role.ADVISOR)
    show_order(window, order_id)
    tab = window.tabs["estimate"]
    assert window.current_tab_key() == "estimate" and tab.view is not None and not tab.view.locked
    window.resize(SCREEN)  # the window as the advisor has it; it does not change while lines are added
    QApplication.processEvents()
    ctx = window.ctx
    parts = ctx.read(catalog.list_parts)
    tab.add_part(max(parts, key=lambda p: (len(p.code), p.sale_price)))
    tab.add_part(max(parts, key=lambda p: (p.sale_price, p.code)))
    operations = ctx.read(catalog.list_operations)
    tab.add_operation(max(operations, key=lambda op: (op.standard_hours, op.code)))
    QApplication.processEvents()
    assert tab.dirty
    return Drafting(window, tab)


def _text_margin(table: QTableView) -> int:
    """What the style leaves on each side of a cell's text (QCommonStyle: the focus frame margin + 1)."""
    return table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1


def _cut_cells(table: QTableView, columns: list[int]) -> list[str]:
    model, metrics, margin = table.model(), table.fontMetrics(), _text_margin(table)
    cut = []
    for row in range(model.rowCount()):
        for column in columns:
            text = model.index(row, column).data()
            needed = metrics.horizontalAdvance(text) + 2 * margin
            if table.columnWidth(column) < needed:
                title = model.headerData(int(column), Qt.Orientation.Horizontal)
                cut.append(f"row {row + 1} column {title!r}: {text!r} needs {needed} px, "
                           f"has {table.columnWidth(column)}")
    return cut


def test_the_estimate_columns_show_their_whole_text_while_drafting(drafting: Drafting) -> None:
    """Code, origin, unit price and amount read in full as soon as a line is added, before any save (they showed
    "B…", "3…", "¥…" until the first save)."""
    tab = drafting.tab
    cut = _cut_cells(tab.ui.partTable, [PartColumn.CODE, PartColumn.ORIGIN, PartColumn.PRICE, PartColumn.AMOUNT])
    cut += _cut_cells(tab.ui.labourTable, [LabourColumn.CODE, LabourColumn.RATE, LabourColumn.AMOUNT])
    assert not cut, "\n".join(cut)
    # Typing a larger price widens its column at once.
    model = tab.parts_model
    model.setData(model.index(0, PartColumn.PRICE), "12345.67")
    model.setData(model.index(0, PartColumn.QUANTITY), "3")
    QApplication.processEvents()
    assert not _cut_cells(tab.ui.partTable, [PartColumn.PRICE, PartColumn.AMOUNT])
    assert model.index(0, PartColumn.AMOUNT).data() == "¥37,037.01"
    grab(drafting.window, "estimate", "estimate_drafting")
    assert fit.fits(fit.minimum_size(drafting.window))


def _overlapping(widgets: list[QWidget], within: QWidget) -> list[str]:
    boxes = [(w.objectName(), QRect(w.mapTo(within, w.rect().topLeft()), w.size())) for w in widgets
             if w.isVisible()]
    return [f"{a} overlaps {b}" for i, (a, box_a) in enumerate(boxes) for b, box_b in boxes[i + 1:]
            if box_a.intersects(box_b)]


def _squeezed(widgets: list[QWidget]) -> list[str]:
    """Widgets lower than they need (their minimum size hint, or the maximum height the form gives them)."""
    needs = {w: min(w.minimumSizeHint().height(), w.maximumHeight()) for w in widgets}
    return [f"{w.objectName()} is {w.height()} px high, needs {needs[w]}" for w in widgets
            if w.isVisible() and w.height() < needs[w]]


def test_a_long_complaint_stays_in_two_lines_and_pushes_nothing(qtbot: QtBot, garage: Database) -> None:
    """A 2,000-character complaint (from before the limit, or another program) is shown in two lines with the
    rest in the tooltip: the totals and the customer's answers keep their room and the window still fits."""
    with garage.session_scope() as s:
        order_id = s.scalar(select(m.RepairOrder.id).where(m.RepairOrder.status == S.RECEIVED)
                            .order_by(m.RepairOrder.id))
        complaint = ("冷車啟動困難，怠速抖動，加速無力，儀表故障燈亮，偶爾熄火；" * 80)[:2000]
        s.execute(update(m.RepairOrder).where(m.RepairOrder.id == order_id).values(complaint=complaint))
    window = open_window(qtbot, garage, Role.ADVISOR)
    show_order(window, order_id)
    tab = window.tabs["estimate"]
    assert fit.fits(fit.minimum_size(window)), fit.minimum_size(window)
    window.resize(SCREEN)
    QApplication.processEvents()
    ui = tab.ui
    label = ui.complaintLabel
    lines = label.fontMetrics().lineSpacing()
    assert label.height() <= 2 * lines + 4, f"the complaint takes {label.height()} px"
    assert label.isElided() and complaint in label.toolTip().replace("<br>", "\n")
    blocks = [label, ui.headerLabel, ui.diagnosisEdit, ui.labourGroup, ui.partsGroup, ui.sideScroll]
    assert not _overlapping(blocks, ui.orderPage)
    assert not _squeezed([ui.totalsGroup, ui.answersGroup, ui.saveButton, ui.confirmButton, ui.diagnosisEdit,
                          ui.labourGroup, ui.partsGroup])
    for widget in (ui.totalsGroup, ui.answersGroup, ui.saveButton):
        where = QRect(widget.mapTo(ui.sideScroll.viewport(), widget.rect().topLeft()), widget.size())
        assert ui.sideScroll.viewport().rect().contains(where), f"{widget.objectName()} is out of sight"
    grab(window, "estimate", "estimate_long_complaint")
    assert_fits(window, "a 2,000-character complaint")
