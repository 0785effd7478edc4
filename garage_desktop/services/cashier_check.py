"""The cashier's check before settling (seed ⑥1: 收款員檢查任務委託書、材料單和其他憑證…是否齊全，檢查出庫的材料是否與
任務委託書要求的維修范圍一致): a checklist computed from the order, each item passed or failed with its reason.

1. The work order was confirmed by the customer (開單, their name on it) and every added-work item was answered.
2. The materials are reconciled with the scope: every issued part is on a confirmed or approved line and booked
   as stock movements, every planned stock part issued or returned (``services.picking.reconciliation``, the rule
   final QC already applies; checked again because parts can still move after QC).
3. Every outside-work slip (外部加工單) is back: each charged piece of outside work came back from its shop.
4. Final QC passed, and the completion certificate (竣工出廠合格證) was issued where the regulatory class needs one.

A counter sale (parts only) has no repair: QC and the certificate do not apply. A declined estimate (only the
diagnosis fee) was never confirmed nor repaired: the confirmation and QC items pass saying so. A failing item
blocks settlement: ``services.checkout`` refuses to take the payment or to settle with the failing items' reasons.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from garage_desktop.db.models import Approval, QcInspection, RepairOrder
from garage_desktop.domain import lifecycle
from garage_desktop.domain.classes import CERTIFICATE_CLASSES, LABELS
from garage_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError
from garage_desktop.services import orders, picking, sublet
from garage_desktop.services.line_state import KIND


class CheckItem(StrEnum):
    CONFIRMED = "confirmed"
    MATERIALS = "materials"
    OUTSIDE_WORK = "outside_work"
    QC = "qc"


ITEM_LABELS: dict[CheckItem, str] = {
    CheckItem.CONFIRMED: QT_TRANSLATE_NOOP("Domain", "Work order confirmed by the customer"),
    CheckItem.MATERIALS: QT_TRANSLATE_NOOP("Domain", "Materials reconciled with the work ordered"),
    CheckItem.OUTSIDE_WORK: QT_TRANSLATE_NOOP("Domain", "Every outside-work slip back"),
    CheckItem.QC: QT_TRANSLATE_NOOP("Domain", "Final QC passed, certificate issued where needed"),
}

CONFIRMED_BY = QT_TRANSLATE_NOOP("Domain", "Confirmed by {name} on {date}.")
NOT_CONFIRMED = QT_TRANSLATE_NOOP("Domain", "The customer never confirmed the work order.")
ADDED_UNANSWERED = QT_TRANSLATE_NOOP("Domain", "{count} added-work item(s) still wait for the customer's answer.")
DECLINED_ESTIMATE = QT_TRANSLATE_NOOP("Domain", "The customer declined the estimate: only the diagnosis fee is "
                                                "charged.")
MATERIALS_OK = QT_TRANSLATE_NOOP("Domain", "Every issued part is on the order and every planned part issued.")
MATERIALS_OPEN = QT_TRANSLATE_NOOP("Domain", "Not reconciled: {problems}")
NO_OUTSIDE_WORK = QT_TRANSLATE_NOOP("Domain", "No outside work on this order.")
OUTSIDE_BACK = QT_TRANSLATE_NOOP("Domain", "All {count} piece(s) of outside work are back.")
OUTSIDE_NOT_SENT = QT_TRANSLATE_NOOP("Domain", "{what}: never sent to {supplier}.")
OUTSIDE_OPEN = QT_TRANSLATE_NOOP("Domain", "Not back from the outside shop: {problems}")
OUTSIDE_OUT = QT_TRANSLATE_NOOP("Domain", "{what}: sent to {supplier} on {sent}, not back yet.")
NO_REPAIR = QT_TRANSLATE_NOOP("Domain", "Nothing was repaired: no final QC is needed.")
QC_NONE = QT_TRANSLATE_NOOP("Domain", "The car has not passed final QC.")
QC_FAILED = QT_TRANSLATE_NOOP("Domain", "The last final QC (inspection {attempt}) failed.")
QC_PASSED = QT_TRANSLATE_NOOP("Domain", "Passed final QC (inspection {attempt}).")
QC_CERTIFICATE = QT_TRANSLATE_NOOP("Domain", "Passed final QC (inspection {attempt}); certificate {number}.")
NO_CERTIFICATE = QT_TRANSLATE_NOOP("Domain", "{job_class} needs a completion certificate and none was issued.")
CHECK_FAILED = QT_TRANSLATE_NOOP("Domain", "The cashier's check fails: {reasons}")


@dataclass(frozen=True)
class CheckResult:
    item: CheckItem
    label: str  # English domain label (ITEM_LABELS)
    passed: bool
    reason: DomainError  # why it passed or failed (the window translates it)


@dataclass(frozen=True)
class CashierCheck:
    order_id: int
    items: tuple[CheckResult, ...]

    @property
    def passed(self) -> bool:
        return all(item.passed for item in self.items)

    @property
    def failures(self) -> tuple[CheckResult, ...]:
        return tuple(item for item in self.items if not item.passed)

    def refusal(self) -> DomainError | None:
        """The error that blocks settlement (every failing item's reason, in English), or None."""
        failing = self.failures
        if not failing:
            return None
        return DomainError(CHECK_FAILED, field="cashier_check", reasons=tuple(item.reason for item in failing))


def _result(item: CheckItem, passed: bool, message: str, **params: object) -> CheckResult:
    return CheckResult(item, ITEM_LABELS[item], passed, DomainError(message, **params))


def _confirmed(session: Session, order: RepairOrder, declined: bool) -> CheckResult:
    if declined:
        return _result(CheckItem.CONFIRMED, True, DECLINED_ESTIMATE)
    if order.confirmed_at is None:
        return _result(CheckItem.CONFIRMED, False, NOT_CONFIRMED)
    pending = session.scalars(select(Approval.id).where(Approval.order_id == order.id, Approval.kind == KIND,
                                                        Approval.approved.is_(None))).all()
    if pending:
        return _result(CheckItem.CONFIRMED, False, ADDED_UNANSWERED, count=len(pending))
    return _result(CheckItem.CONFIRMED, True, CONFIRMED_BY, name=order.confirmed_customer_name or "—",
                   date=f"{order.confirmed_at:%Y-%m-%d %H:%M}")


def _materials(session: Session, order: RepairOrder) -> CheckResult:
    problems = picking.reconciliation(session, order.id).problems
    if problems:
        return _result(CheckItem.MATERIALS, False, MATERIALS_OPEN, problems=tuple(p.error() for p in problems))
    return _result(CheckItem.MATERIALS, True, MATERIALS_OK)


def _outside_work(session: Session, order: RepairOrder) -> CheckResult:
    charged = [line for line in sublet.outside_work(session, order.id).lines if line.charged]
    if not charged:
        return _result(CheckItem.OUTSIDE_WORK, True, NO_OUTSIDE_WORK)
    missing = [line for line in charged if line.back_at is None]
    if not missing:
        return _result(CheckItem.OUTSIDE_WORK, True, OUTSIDE_BACK, count=len(charged))
    texts = tuple(DomainError(OUTSIDE_NOT_SENT, what=line.description, supplier=line.supplier)
                  if line.sent_at is None else
                  DomainError(OUTSIDE_OUT, what=line.description, supplier=line.supplier,
                              sent=f"{line.sent_at:%Y-%m-%d}") for line in missing)
    return _result(CheckItem.OUTSIDE_WORK, False, OUTSIDE_OPEN, problems=texts)


def _qc(session: Session, order: RepairOrder, declined: bool) -> CheckResult:
    if declined or not order.labour_lines:
        return _result(CheckItem.QC, True, NO_REPAIR)
    last = session.scalar(select(QcInspection).where(QcInspection.order_id == order.id)
                          .order_by(QcInspection.attempt.desc()).limit(1))
    if last is None:
        return _result(CheckItem.QC, False, QC_NONE)
    if not last.passed:
        return _result(CheckItem.QC, False, QC_FAILED, attempt=last.attempt)
    if order.regulatory_class in CERTIFICATE_CLASSES:
        if not last.certificate_no:
            return _result(CheckItem.QC, False, NO_CERTIFICATE, job_class=LABELS[order.regulatory_class])
        return _result(CheckItem.QC, True, QC_CERTIFICATE, attempt=last.attempt, number=last.certificate_no)
    return _result(CheckItem.QC, True, QC_PASSED, attempt=last.attempt)


def check_order(session: Session, order: RepairOrder) -> CashierCheck:
    declined = lifecycle.declined(order.status, order.cancel_reason)
    return CashierCheck(order.id, (_confirmed(session, order, declined), _materials(session, order),
                                   _outside_work(session, order), _qc(session, order, declined)))


def cashier_check(session: Session, order_id: int) -> CashierCheck:
    """The checklist of the order (for the window: ``ctx.read(cashier_check, order_id)``)."""
    return check_order(session, orders.get_order(session, order_id))
