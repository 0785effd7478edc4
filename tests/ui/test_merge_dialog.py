"""The merge screen: the Settings tab counts the records on file twice (typed in the two scripts), the owner
opens the list, picks the record to keep and merges; a refusal is shown in the dialog."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from garage_desktop.db.engine import Database
from garage_desktop.db.models import Customer, RepairOrder, Vehicle
from garage_desktop.domain.classes import Role
from garage_desktop.services import merge
from garage_desktop.ui.context import AppContext
from garage_desktop.ui.dialogs import merge_dialog
from garage_desktop.ui.dialogs.merge_dialog import MergeDialog
from tests.integration.test_followup import make_order
from tests.ui.test_settings_tab import open_tab

NOW = datetime(2026, 11, 28, 9, 0)


@pytest.fixture
def owner_ctx(ctx: AppContext, people: dict[Role, int]) -> AppContext:
    ctx.set_operator(people[Role.OWNER])
    return ctx


@pytest.fixture
def twice(db: Database) -> dict[str, int]:
    """陳美玲's car on file as 粵B12345 (2 orders) and as 粤B12345 under 陈美玲 with one phone; 黃建國's car
    twice with different VINs."""
    with db.session_scope() as s:
        trad = Customer(name="陳美玲", phone="13922223333", created_at=NOW)
        simp = Customer(name="陈美玲", phone="13922223333", address="廣州市天河區", created_at=NOW)
        huang = Customer(name="黃建國", phone="13800000001", created_at=NOW)
        cars = [Vehicle(customer=trad, plate="粵B12345", make="豐田", model="卡羅拉", created_at=NOW),
                Vehicle(customer=simp, plate="粤B12345", vin="LSVAU2180N2183456", created_at=NOW),
                Vehicle(customer=huang, plate="蘇E1234學", vin="LFV2A21K4A3000017", created_at=NOW),
                Vehicle(customer=huang, plate="苏E1234学", vin="LSGPC52U5AF102554", created_at=NOW)]
        s.add_all(cars)
        s.flush()
        ids = {"trad": trad.id, "simp": simp.id, "car_trad": cars[0].id, "car_simp": cars[1].id,
               "huang1": cars[2].id, "huang2": cars[3].id}
    for _ in range(2):
        make_order(db, ids["car_trad"])
    return ids


def open_dialog(qtbot, ctx: AppContext) -> MergeDialog:  # type: ignore[no-untyped-def]
    dialog = MergeDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _rows(dialog: MergeDialog) -> list[tuple[str, list[tuple[str, ...]]]]:
    tree = dialog.tree
    groups = []
    for g in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(g)
        groups.append((group.text(0), [tuple(group.child(r).text(c) for c in range(4))
                                       for r in range(group.childCount())]))
    return groups


def test_the_settings_tab_counts_the_groups_for_the_owner(qtbot, owner_ctx: AppContext,  # type: ignore[no-untyped-def]
                                                          twice: dict[str, int]) -> None:
    tab = open_tab(qtbot, owner_ctx)
    qtbot.waitUntil(lambda: tab.merge_button.text() == "Merge records on file twice (3)…")  # counted on a worker
    assert tab.merge_button.isEnabled() and tab.merge_button.isVisible()


def test_an_advisor_sees_the_count_but_may_not_merge(qtbot, ctx: AppContext,  # type: ignore[no-untyped-def]
                                                    twice: dict[str, int]) -> None:
    tab = open_tab(qtbot, ctx)
    qtbot.waitUntil(lambda: tab.merge_button.text() == "Merge records on file twice (3)…")
    assert not tab.merge_button.isEnabled()
    assert tab.merge_button.toolTip() == "Only the owner changes settings"


def test_the_dialog_lists_each_group_with_its_records_and_orders(qtbot, owner_ctx: AppContext,  # type: ignore[no-untyped-def]
                                                                 twice: dict[str, int]) -> None:
    dialog = open_dialog(qtbot, owner_ctx)
    assert _rows(dialog) == [
        ("Car 粤B12345: 2 records", [
            ("粵B12345", "陳美玲 · 13922223333 · 豐田 卡羅拉", "2", "2026-11-28"),
            ("粤B12345", "陈美玲 · 13922223333 · VIN LSVAU2180N2183456", "0", "2026-11-28")]),
        ("Car 苏E1234学: 2 records", [
            ("蘇E1234學", "黃建國 · 13800000001 · VIN LFV2A21K4A3000017", "0", "2026-11-28"),
            ("苏E1234学", "黃建國 · 13800000001 · VIN LSGPC52U5AF102554", "0", "2026-11-28")]),
        ("Customer 陳美玲, phone 13922223333: 2 records", [
            ("陳美玲", "13922223333 · 1 car(s)", "2", "2026-11-28"),
            ("陈美玲", "13922223333 · 1 car(s) · 廣州市天河區", "0", "2026-11-28")])]
    assert not dialog.merge_button.isEnabled()  # nothing chosen yet
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0))  # a heading cannot be chosen
    assert not dialog.merge_button.isEnabled()


def test_the_owner_keeps_one_car_and_merges_the_other(qtbot, owner_ctx: AppContext, db: Database,  # type: ignore[no-untyped-def]
                                                      twice: dict[str, int]) -> None:
    dialog = open_dialog(qtbot, owner_ctx)
    changes: list[frozenset[str]] = []
    owner_ctx.data_changed.connect(changes.append)
    asked: list[str] = []
    dialog.confirm = lambda question: asked.append(question) or True  # type: ignore[method-assign]
    dialog.select_record("vehicle", twice["car_trad"])
    assert dialog.merge_button.isEnabled()
    result = dialog.merge_selected()
    assert result == merge.MergeResult(twice["car_trad"], (twice["car_simp"],), 0)
    assert asked == ["Keep 粵B12345 and merge 粤B12345 into it? This cannot be undone."]
    assert dialog.status_label.text() == "Merged into 粤B12345: 0 order(s) moved to it."
    assert changes == [frozenset({"customers", "orders"})]
    assert [title for title, _rows_ in _rows(dialog)] == ["Car 苏E1234学: 2 records",
                                                          "Customer 陳美玲, phone 13922223333: 2 records"]
    with db.session_scope() as s:
        car = s.get(Vehicle, twice["car_trad"])
        assert (car.plate, car.vin, car.make) == ("粤B12345", "LSVAU2180N2183456", "豐田")
        assert s.get(Vehicle, twice["car_simp"]) is None


def test_merging_the_customer_moves_the_orders(qtbot, owner_ctx: AppContext, db: Database,  # type: ignore[no-untyped-def]
                                               twice: dict[str, int]) -> None:
    dialog = open_dialog(qtbot, owner_ctx)
    dialog.confirm = lambda _question: True  # type: ignore[method-assign]
    dialog.select_record("customer", twice["simp"])
    dialog.merge_selected()
    assert dialog.status_label.text() == "Merged into 陈美玲: 2 order(s) moved to it."
    with db.session_scope() as s:
        assert s.get(Customer, twice["trad"]) is None
        assert set(s.scalars(select(RepairOrder.customer_id))) == {twice["simp"]}


def test_a_refused_merge_is_shown_and_nothing_changes(qtbot, owner_ctx: AppContext, db: Database,  # type: ignore[no-untyped-def]
                                                      twice: dict[str, int]) -> None:
    dialog = open_dialog(qtbot, owner_ctx)
    dialog.confirm = lambda _question: True  # type: ignore[method-assign]
    dialog.select_record("vehicle", twice["huang1"])
    assert dialog.merge_selected() is None
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == ("The two records have different VINs (LFV2A21K4A3000017 and "
                                         "LSGPC52U5AF102554): they are two cars, not one.")
    with db.session_scope() as s:
        assert s.get(Vehicle, twice["huang2"]) is not None


def test_answering_no_merges_nothing(qtbot, owner_ctx: AppContext, db: Database,  # type: ignore[no-untyped-def]
                                    twice: dict[str, int]) -> None:
    dialog = open_dialog(qtbot, owner_ctx)
    dialog.confirm = lambda _question: False  # type: ignore[method-assign]
    dialog.select_record("vehicle", twice["car_simp"])
    assert dialog.merge_selected() is None
    assert len(_rows(dialog)) == 3


def test_the_settings_button_opens_the_dialog_and_counts_again(qtbot, owner_ctx: AppContext,  # type: ignore[no-untyped-def]
                                                               twice: dict[str, int],
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    tab = open_tab(qtbot, owner_ctx)

    def merge_one(ctx: AppContext, parent: object) -> None:
        dialog = MergeDialog(ctx)
        qtbot.addWidget(dialog)
        dialog.confirm = lambda _question: True  # type: ignore[method-assign]
        dialog.select_record("customer", twice["trad"])
        dialog.merge_selected()

    monkeypatch.setattr(merge_dialog, "show_merge_dialog", merge_one)
    qtbot.waitUntil(lambda: tab.merge_button.text() == "Merge records on file twice (3)…")
    tab.merge_button.click()
    qtbot.waitUntil(lambda: tab.merge_button.text() == "Merge records on file twice (2)…")


def test_nothing_to_merge(qtbot, owner_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, owner_ctx)
    assert _rows(dialog) == []
    assert dialog.status_label.text() == "Nothing to merge: no car or customer is on file twice in the two scripts."


def test_screenshot(qtbot, owner_ctx: AppContext, twice: dict[str, int], tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Pictures of the dialog and of the Settings tab's button to look at (kept where GARAGE_SCREENSHOTS points,
    if set)."""
    dialog = open_dialog(qtbot, owner_ctx)
    dialog.select_record("vehicle", twice["car_trad"])
    folder = Path(os.environ.get("GARAGE_SCREENSHOTS") or tmp_path)
    assert dialog.grab().save(str(folder / "merge_dialog.png"))
    assert open_tab(qtbot, owner_ctx).grab().save(str(folder / "settings_tab.png"))
