"""What the audit trail's action and entity codes mean, in words (English source texts, translated by the window).

The services write short codes (``"money:payment"``, ``"status:confirm"``); the audit screen shows these labels.
An unknown code is shown as it is, never as a blank; ``tests/unit/test_audit_labels.py`` checks that every code
the services write has its label.
"""

from __future__ import annotations

from garage_desktop.domain.lifecycle import Event
from garage_desktop.domain.text import QT_TRANSLATE_NOOP

ACTION_LABELS: dict[str, str] = {
    "create": QT_TRANSLATE_NOOP("Domain", "Created"),
    "update": QT_TRANSLATE_NOOP("Domain", "Changed"),
    "delete": QT_TRANSLATE_NOOP("Domain", "Deleted"),
    "import": QT_TRANSLATE_NOOP("Domain", "Imported from a workbook"),
    "starter_loaded": QT_TRANSLATE_NOOP("Domain", "Starter catalog loaded"),
    "setting": QT_TRANSLATE_NOOP("Domain", "Setting changed"),
    "pin": QT_TRANSLATE_NOOP("Domain", "PIN set or removed"),
    "pin:wrong": QT_TRANSLATE_NOOP("Domain", "Wrong PIN typed"),
    "pin:right": QT_TRANSLATE_NOOP("Domain", "Right PIN after wrong ones"),
    "book": QT_TRANSLATE_NOOP("Domain", "Appointment booked"),
    "move": QT_TRANSLATE_NOOP("Domain", "Appointment moved"),
    "intake": QT_TRANSLATE_NOOP("Domain", "Car received (intake)"),
    "intake:update": QT_TRANSLATE_NOOP("Domain", "Intake record changed"),
    "promise": QT_TRANSLATE_NOOP("Domain", "Promised time changed"),
    "estimate:save": QT_TRANSLATE_NOOP("Domain", "Estimate saved"),
    "estimate:confirm": QT_TRANSLATE_NOOP("Domain", "Work order confirmed by the customer"),
    "dispatch": QT_TRANSLATE_NOOP("Domain", "Work dispatched to a team"),
    "line:start": QT_TRANSLATE_NOOP("Domain", "Work item started"),
    "line:finish": QT_TRANSLATE_NOOP("Domain", "Work item finished"),
    "line:rework": QT_TRANSLATE_NOOP("Domain", "Work item sent back for rework"),
    "parts:substitute": QT_TRANSLATE_NOOP("Domain", "Part substituted"),
    "parts:issue": QT_TRANSLATE_NOOP("Domain", "Part issued from stock"),
    "parts:return": QT_TRANSLATE_NOOP("Domain", "Part returned to stock"),
    "parts:old_part": QT_TRANSLATE_NOOP("Domain", "Old part disposition"),
    "extra_part:request": QT_TRANSLATE_NOOP("Domain", "Extra part requested"),
    "extra_part:approve": QT_TRANSLATE_NOOP("Domain", "Extra part approved"),
    "extra_part:decline": QT_TRANSLATE_NOOP("Domain", "Extra part declined"),
    "added_work:propose": QT_TRANSLATE_NOOP("Domain", "Added work proposed"),
    "added_work:answer": QT_TRANSLATE_NOOP("Domain", "Customer's answer to added work"),
    "price:added_work": QT_TRANSLATE_NOOP("Domain", "Price changed by added work"),
    "price:owner_approved": QT_TRANSLATE_NOOP("Domain", "Owner approved a price below the list"),
    "price:extra_part": QT_TRANSLATE_NOOP("Domain", "Extra part put on the order"),
    "price:part_not_used": QT_TRANSLATE_NOOP("Domain", "Part not used"),
    "price:cost": QT_TRANSLATE_NOOP("Domain", "Part cost changed"),
    "price:supplier_list": QT_TRANSLATE_NOOP("Domain", "Prices from a supplier list"),
    "stock:adjust": QT_TRANSLATE_NOOP("Domain", "Stock adjusted"),
    "stock:receive": QT_TRANSLATE_NOOP("Domain", "Stock received"),
    "stock:count": QT_TRANSLATE_NOOP("Domain", "Stock counted"),
    "qc:pass": QT_TRANSLATE_NOOP("Domain", "Final QC passed"),
    "qc:fail": QT_TRANSLATE_NOOP("Domain", "Final QC failed"),
    "qc:customer_told": QT_TRANSLATE_NOOP("Domain", "Customer told the car is ready"),
    "qc:damage": QT_TRANSLATE_NOOP("Domain", "New damage marked at QC"),
    "qc:damage_removed": QT_TRANSLATE_NOOP("Domain", "Damage mark removed"),
    "qc:damage_note": QT_TRANSLATE_NOOP("Domain", "Damage note changed"),
    "qc:damage_resolved": QT_TRANSLATE_NOOP("Domain", "New damage resolved"),
    "delay_call": QT_TRANSLATE_NOOP("Domain", "Delay announced to the customer"),
    "outside_work:add": QT_TRANSLATE_NOOP("Domain", "Outside work added"),
    "outside_work:remove": QT_TRANSLATE_NOOP("Domain", "Outside work removed"),
    "outside_work:sent": QT_TRANSLATE_NOOP("Domain", "Part sent to the outside shop"),
    "outside_work:back": QT_TRANSLATE_NOOP("Domain", "Part back from the outside shop"),
    "process_check": QT_TRANSLATE_NOOP("Domain", "Quality check during the repair"),
    "sanbao:compensation": QT_TRANSLATE_NOOP("Domain", "三包 loaner or transport compensation"),
    "money:discount": QT_TRANSLATE_NOOP("Domain", "Discount given"),
    "money:discount_removed": QT_TRANSLATE_NOOP("Domain", "Discount removed"),
    "money:claim_approved": QT_TRANSLATE_NOOP("Domain", "Claim amount approved"),
    "money:payment": QT_TRANSLATE_NOOP("Domain", "Payment received"),
    "money:refund_excess": QT_TRANSLATE_NOOP("Domain", "Excess payment refunded"),
    "money:settle": QT_TRANSLATE_NOOP("Domain", "Order settled"),
    "money:deposit": QT_TRANSLATE_NOOP("Domain", "Deposit taken"),
    "money:refund": QT_TRANSLATE_NOOP("Domain", "Deposit refunded"),
    "exit_details": QT_TRANSLATE_NOOP("Domain", "Exit mileage and old parts recorded"),
    "handover": QT_TRANSLATE_NOOP("Domain", "Car handed over"),
    "follow_up:call": QT_TRANSLATE_NOOP("Domain", "Follow-up call"),
    "follow_up:complaint_owner": QT_TRANSLATE_NOOP("Domain", "Complaint given to a person"),
    "follow_up:resolve": QT_TRANSLATE_NOOP("Domain", "Complaint resolved"),
    "follow_up:referral": QT_TRANSLATE_NOOP("Domain", "Referred customer linked"),
    "follow_up:referral_unlink": QT_TRANSLATE_NOOP("Domain", "Referred customer unlinked"),
    "call_script:save": QT_TRANSLATE_NOOP("Domain", "Call script saved"),
    "call_script:restore_default": QT_TRANSLATE_NOOP("Domain", "Call script back to the default"),
    "comeback:confirm": QT_TRANSLATE_NOOP("Domain", "Comeback confirmed"),
    "comeback:reject": QT_TRANSLATE_NOOP("Domain", "Comeback rejected"),
    "estimate:decline": QT_TRANSLATE_NOOP("Domain", "Estimate declined by the customer"),
    "dispatch:undo": QT_TRANSLATE_NOOP("Domain", "Dispatch undone"),
    "line:start_undo": QT_TRANSLATE_NOOP("Domain", "Work item start undone"),
    "line:finish_undo": QT_TRANSLATE_NOOP("Domain", "Work item finish undone"),
    "money:void": QT_TRANSLATE_NOOP("Domain", "Payment voided"),
    "line:free": QT_TRANSLATE_NOOP("Domain", "Line made free of charge"),
    "line:charge_again": QT_TRANSLATE_NOOP("Domain", "Free line charged again"),
    "recommendation:note": QT_TRANSLATE_NOOP("Domain", "Work recommended for a later visit"),
    "recommendation:take_up": QT_TRANSLATE_NOOP("Domain", "Recommendation taken up on the estimate"),
    "recommendation:dismiss": QT_TRANSLATE_NOOP("Domain", "Recommendation dismissed"),
    "recommendation:reopen": QT_TRANSLATE_NOOP("Domain", "Recommendation open again (its order was cancelled)"),
}

# "status:<event>": the order moved on through its life.
STATUS_ACTION_LABELS: dict[Event, str] = {
    Event.RECEIVE: QT_TRANSLATE_NOOP("Domain", "Stage: car received"),
    Event.NO_SHOW: QT_TRANSLATE_NOOP("Domain", "Stage: no-show"),
    Event.ESTIMATE: QT_TRANSLATE_NOOP("Domain", "Stage: estimated"),
    Event.CONFIRM: QT_TRANSLATE_NOOP("Domain", "Stage: confirmed by the customer"),
    Event.CONFIRM_COUNTER_SALE: QT_TRANSLATE_NOOP("Domain", "Stage: counter sale confirmed, ready for settlement"),
    Event.DISPATCH: QT_TRANSLATE_NOOP("Domain", "Stage: dispatched"),
    Event.START_REPAIR: QT_TRANSLATE_NOOP("Domain", "Stage: repair started"),
    Event.PROPOSE_ADDED_WORK: QT_TRANSLATE_NOOP("Domain", "Stage: added work awaiting the customer"),
    Event.ANSWER_ADDED_WORK: QT_TRANSLATE_NOOP("Domain", "Stage: customer answered on added work"),
    Event.FINISH_REPAIR: QT_TRANSLATE_NOOP("Domain", "Stage: repair finished, awaiting QC"),
    Event.QC_FAIL: QT_TRANSLATE_NOOP("Domain", "Stage: QC failed, rework"),
    Event.REWORK_DONE: QT_TRANSLATE_NOOP("Domain", "Stage: rework done"),
    Event.QC_PASS: QT_TRANSLATE_NOOP("Domain", "Stage: QC passed, ready"),
    Event.RELEASE_ON_DEPOSIT: QT_TRANSLATE_NOOP("Domain", "Stage: released on a deposit"),
    Event.SETTLE: QT_TRANSLATE_NOOP("Domain", "Stage: settled"),
    Event.DELIVER: QT_TRANSLATE_NOOP("Domain", "Stage: delivered"),
    Event.FOLLOW_UP: QT_TRANSLATE_NOOP("Domain", "Stage: followed up"),
    Event.REFUND_DEPOSIT: QT_TRANSLATE_NOOP("Domain", "Stage: deposit refunded"),
    Event.CANCEL: QT_TRANSLATE_NOOP("Domain", "Stage: cancelled"),
    Event.DECLINE_ESTIMATE: QT_TRANSLATE_NOOP("Domain", "Stage: estimate declined, diagnosis fee to settle"),
    Event.REOPEN_SETTLEMENT: QT_TRANSLATE_NOOP("Domain", "Stage: settlement reopened (payment voided)"),
    Event.UNDO_DISPATCH: QT_TRANSLATE_NOOP("Domain", "Stage: dispatch undone"),
    Event.UNDO_START: QT_TRANSLATE_NOOP("Domain", "Stage: repair start undone"),
    Event.UNDO_FINISH_REPAIR: QT_TRANSLATE_NOOP("Domain", "Stage: repair finished undone, back in repair"),
    Event.UNDO_REWORK_DONE: QT_TRANSLATE_NOOP("Domain", "Stage: rework done undone, back in rework"),
}

ENTITY_LABELS: dict[str, str] = {
    "repair_order": QT_TRANSLATE_NOOP("Domain", "Repair order"),
    "appointment": QT_TRANSLATE_NOOP("Domain", "Appointment"),
    "customer": QT_TRANSLATE_NOOP("Domain", "Customer"),
    "vehicle": QT_TRANSLATE_NOOP("Domain", "Vehicle"),
    "operator": QT_TRANSLATE_NOOP("Domain", "Operator"),
    "setting": QT_TRANSLATE_NOOP("Domain", "Setting"),
    "model_class": QT_TRANSLATE_NOOP("Domain", "Model class"),
    "catalog": QT_TRANSLATE_NOOP("Domain", "Catalog"),
    "labour_operation": QT_TRANSLATE_NOOP("Domain", "Labour operation"),
    "part": QT_TRANSLATE_NOOP("Domain", "Part"),
    "labour_line": QT_TRANSLATE_NOOP("Domain", "Work item"),
    "part_line": QT_TRANSLATE_NOOP("Domain", "Part line"),
    "approval": QT_TRANSLATE_NOOP("Domain", "Customer approval"),
    "qc_inspection": QT_TRANSLATE_NOOP("Domain", "QC inspection"),
    "delay_call": QT_TRANSLATE_NOOP("Domain", "Delay call"),
    "sublet_line": QT_TRANSLATE_NOOP("Domain", "Outside work"),
    "process_check": QT_TRANSLATE_NOOP("Domain", "Process check"),
    "warranty_compensation": QT_TRANSLATE_NOOP("Domain", "三包 compensation"),
    "damage_mark": QT_TRANSLATE_NOOP("Domain", "Damage mark"),
    "discount": QT_TRANSLATE_NOOP("Domain", "Discount"),
    "payment": QT_TRANSLATE_NOOP("Domain", "Payment"),
    "delivery": QT_TRANSLATE_NOOP("Domain", "Delivery"),
    "follow_up": QT_TRANSLATE_NOOP("Domain", "Follow-up call"),
    "referral": QT_TRANSLATE_NOOP("Domain", "Referral"),
    "call_script": QT_TRANSLATE_NOOP("Domain", "Call script"),
    "recommendation": QT_TRANSLATE_NOOP("Domain", "Recommendation"),
}


def action_label(code: str) -> str:
    """The English label of an action code; the code itself when it has none."""
    if code.startswith("status:"):
        try:
            return STATUS_ACTION_LABELS[Event(code.removeprefix("status:"))]
        except (ValueError, KeyError):
            return code
    return ACTION_LABELS.get(code, code)


def entity_label(code: str) -> str:
    return ENTITY_LABELS.get(code, code)
