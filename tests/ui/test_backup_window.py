"""Restore from the window (File → Restore…): over a damaged file it works; what is not a garage backup is refused
with the reason in a message box, before anything is closed or touched."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from garage_desktop.db import backup
from garage_desktop.services import operators
from garage_desktop.ui import backup_actions


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []

    def box(kind: str):  # type: ignore[no-untyped-def]
        def show(_parent, title, text, *_args, **_kwargs):  # type: ignore[no-untyped-def]
            shown.append((kind, f"{title}: {text}"))
            return QMessageBox.StandardButton.Ok
        return show

    monkeypatch.setattr(QMessageBox, "critical", box("critical"))
    monkeypatch.setattr(QMessageBox, "information", box("information"))
    monkeypatch.setattr(backup_actions, "confirm_restore", lambda _parent, _chosen: True)
    return shown


def _choose(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(backup_actions, "ask_backup_file", lambda _parent, _folder: str(path))


def test_restore_over_a_damaged_file(qtbot, ctx, boxes, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    live = Path(ctx.db.engine.url.database)
    made = backup.make_backup(live, tmp_path / "usb")
    ctx.db.dispose()
    live.write_bytes(b"\x00" * 100 + live.read_bytes()[100:])  # the header is gone: start-up refuses this file
    _choose(monkeypatch, made)
    parent = QWidget()
    qtbot.addWidget(parent)

    assert backup_actions.restore_from_menu(parent, ctx, live)
    assert boxes[-1][0] == "information" and "before-restore" in boxes[-1][1]
    with ctx.db.session_scope() as session:
        assert operators.list_operators(session)


def test_a_foreign_file_is_refused_with_the_reason(qtbot, ctx, boxes, monkeypatch: pytest.MonkeyPatch,
                                                   tmp_path: Path) -> None:
    foreign = tmp_path / "photos.sqlite3"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE photo (name TEXT)")
    conn.close()
    _choose(monkeypatch, foreign)
    parent = QWidget()
    qtbot.addWidget(parent)

    assert not backup_actions.restore_from_menu(parent, ctx, Path(ctx.db.engine.url.database))
    assert len(boxes) == 1 and boxes[0][0] == "critical"
    assert boxes[0][1].startswith(f"Restore refused: {foreign} is not a garage backup: it holds tables but "
                                  "no schema version")
    assert boxes[0][1].endswith("nothing was changed")
    with ctx.db.session_scope() as session:  # the open database was never closed
        assert operators.list_operators(session)
