"""Where things are in the window: the tabs' titles and keys, which tab shows an order at each stage, and the
keys that reach every tab. Shared by the main window and the stage tabs' "next:" buttons (``widgets.next_step``),
so a button names the tab the window then shows."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from garage_desktop.domain.lifecycle import OrderStatus

# The tabs in the order the garage works (their classes: ``main_window.TABS``).
TAB_KEYS: tuple[str, ...] = ("board", "appointments", "intake", "estimate", "work_ticket", "parts", "qc",
                             "checkout", "followup", "reports", "stock", "settings")

# Which tab shows an order at each stage; stages without a tab of their own open in the intake tab.
STAGE_TAB: dict[OrderStatus, str] = {
    OrderStatus.BOOKED: "appointments",
    OrderStatus.RECEIVED: "estimate",
    OrderStatus.ESTIMATED: "estimate",
    OrderStatus.CONFIRMED: "work_ticket",
    OrderStatus.DISPATCHED: "work_ticket",
    OrderStatus.IN_REPAIR: "work_ticket",
    OrderStatus.AWAITING_APPROVAL: "work_ticket",
    OrderStatus.QC_PENDING: "qc",
    OrderStatus.REWORK: "work_ticket",  # the lines sent back are redone there; the QC tab lists them too
    OrderStatus.READY: "checkout",
    OrderStatus.SETTLED: "checkout",
    OrderStatus.DEPOSIT_RELEASED: "checkout",
    OrderStatus.DELIVERED: "followup",
    OrderStatus.FOLLOWED_UP: "followup",
}
FALLBACK_STAGE_TAB = "intake"

# Every tab has a key: Alt+1 … Alt+9, then Alt+0, Alt+- and Alt+= (the row of keys above the letters), and
# Ctrl+Tab / Ctrl+Shift+Tab step through them. The Go menu and the tabs' tooltips show them.
TAB_SHORTCUTS: tuple[str, ...] = (*(f"Alt+{n}" for n in range(1, 10)), "Alt+0", "Alt+-", "Alt+=")
NEXT_TAB_SHORTCUT = "Ctrl+Tab"
PREVIOUS_TAB_SHORTCUT = "Ctrl+Shift+Tab"


def tab_titles() -> dict[str, str]:
    """The tabs' titles in the interface language (a "&&" shows one "&")."""
    return {"board": QCoreApplication.translate("MainWindow", "Workshop board"),
            "appointments": QCoreApplication.translate("MainWindow", "Appointments"),
            "intake": QCoreApplication.translate("MainWindow", "Intake"),
            "estimate": QCoreApplication.translate("MainWindow", "Estimate"),
            "work_ticket": QCoreApplication.translate("MainWindow", "Work ticket"),
            "parts": QCoreApplication.translate("MainWindow", "Parts"),
            "qc": QCoreApplication.translate("MainWindow", "Final QC"),
            "stock": QCoreApplication.translate("MainWindow", "Stock"),
            "followup": QCoreApplication.translate("MainWindow", "Follow-up"),
            "reports": QCoreApplication.translate("MainWindow", "Reports"),
            "checkout": QCoreApplication.translate("MainWindow", "Settlement && delivery"),
            "settings": QCoreApplication.translate("MainWindow", "Settings")}


def page_titles() -> dict[str, str]:
    """Pages inside a tab that a "next:" button can bring forward ("tab:page"), titled as in their tab."""
    return {"checkout:handover": QCoreApplication.translate("CheckoutTab", "Hand&over")}


def title_of(target: str) -> str:
    """The plain title (no mnemonic) of a tab ("qc") or of a page in a tab ("checkout:handover")."""
    title = page_titles().get(target) or tab_titles().get(target.split(":", 1)[0], target)
    return re.sub(r"&(.)", r"\1", title)


def stage_tab(status: OrderStatus) -> str:
    return STAGE_TAB.get(status, FALLBACK_STAGE_TAB)
