"""UI fixtures: the application with the bundled font and the zh_TW translation, and an AppContext."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtWidgets import QApplication

from garage_desktop.db.engine import Database
from garage_desktop.domain.classes import Role
from garage_desktop.ui.app import make_application
from garage_desktop.ui.context import AppContext


@pytest.fixture(scope="session")
def qapp() -> QApplication:
    """pytest-qt's application, set up the way the program sets up its own."""
    # As the program does (``ui.collector``): cyclic garbage is collected on the main thread only, here between
    # tests (``tests/conftest._release_clock``). Left automatic, a collection started by a worker thread's
    # allocation destroyed earlier tests' windows and timers on that thread, and a later test's timer never fired.
    gc.disable()
    # English, the source language: tests read the texts the code wrote; the zh_TW translation has its own tests.
    return make_application(["pytest"], language="en")


@pytest.fixture
def ctx(qapp: QApplication, db: Database, people: dict) -> AppContext:
    context = AppContext(db)
    context.set_operator(people[Role.ADVISOR])
    return context
