"""How long each free text may be: every text a service stores is declared here once, with its limit.

The services refuse a longer text with a ``DomainError`` on the field it was typed in (the window shows it beside
that field and keeps what was typed); the window stops typing at the same length (``ui.text_limits``). The
limits fit the database columns (``db.models``) and what a screen or a printed A4 page can show: a complaint of
a few lines, not a letter.

The same check refuses what no one types on purpose and what breaks a printout, a database or an export: a
control character (C0, DEL and C1: NUL, a tab, a carriage return, an escape ...) or a lone surrogate, with its
position, in every text; a line break too except in the few texts written on several lines (``multiline``).
Nothing is removed or replaced silently: the user sees where the character is and deletes it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from garage_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError

TOO_LONG = QT_TRANSLATE_NOOP("Domain", "{what} can be at most {limit} characters ({length} now).")
CONTROL = QT_TRANSLATE_NOOP("Domain", "{what} contains an invisible control character ({code}) at position "
                                      "{position}: delete it.")
ONE_LINE = QT_TRANSLATE_NOOP("Domain", "{what} must be on one line: delete the line break at position {position}.")

_SPACES = re.compile(r"[^\S\x00-\x1f\x7f-\x9f\u2028\u2029]+")  # runs of spaces (never a tab or line break)


def squeeze(text: str | None) -> str:
    """``text`` trimmed with each run of spaces made one space, for one-line texts (names, codes, reasons). Tabs,
    line breaks and other control characters are left in for ``TextLimit.check`` to refuse."""
    return _SPACES.sub(" ", text or "").strip()


def _control(text: str, multiline: bool) -> tuple[int, str] | None:
    """The first character no text may hold (position from 1, the character), or None."""
    for position, ch in enumerate(text, start=1):
        if ch == "\n" and multiline:
            continue
        if ch in "\u2028\u2029" or unicodedata.category(ch) in ("Cc", "Cs"):
            return position, ch
    return None


def control_problem(text: str, field: str, what: str, *, multiline: bool = False) -> DomainError | None:
    """Why ``text`` (``what``: its name, English source) cannot be stored for a control character, or None."""
    found = _control(text, multiline)
    if found is None:
        return None
    position, ch = found
    if ch in "\n\r\u2028\u2029" and not multiline:
        return DomainError(ONE_LINE, field=field, what=what, position=position)
    return DomainError(CONTROL, field=field, what=what, code=f"U+{ord(ch):04X}", position=position)


@dataclass(frozen=True)
class TextLimit:
    """A free text's name (English source, translated by the window), its longest allowed length and whether it
    may hold line breaks (a text typed in a box of several lines)."""

    what: str
    limit: int
    multiline: bool = False

    def refusal(self, field: str, length: int) -> DomainError:
        return DomainError(TOO_LONG, field=field, what=self.what, limit=self.limit, length=length)

    def problem(self, text: str, field: str) -> DomainError | None:
        """Why ``text`` cannot be stored (too long, or a control character), or None."""
        if len(text) > self.limit:
            return self.refusal(field, len(text))
        return control_problem(text, field, self.what, multiline=self.multiline)

    def check(self, text: str, field: str) -> str:
        """``text`` as given (the caller trims it first), or a ``DomainError`` on ``field`` when it is too long or
        holds a control character."""
        problem = self.problem(text, field)
        if problem is not None:
            raise problem
        return text


# --- customers and vehicles ----------------------------------------------------------------------------------
CUSTOMER_NAME = TextLimit(QT_TRANSLATE_NOOP("Domain", "The name"), 60)
PHONE = TextLimit(QT_TRANSLATE_NOOP("Domain", "The phone number"), 24)
ADDRESS = TextLimit(QT_TRANSLATE_NOOP("Domain", "The address"), 200)
CUSTOMER_NOTE = TextLimit(QT_TRANSLATE_NOOP("Domain", "The note on the customer"), 500)
MAKE = TextLimit(QT_TRANSLATE_NOOP("Domain", "The make"), 40)
MODEL = TextLimit(QT_TRANSLATE_NOOP("Domain", "The model"), 60)
COLOUR = TextLimit(QT_TRANSLATE_NOOP("Domain", "The colour"), 20)

# --- intake --------------------------------------------------------------------------------------------------
COMPLAINT = TextLimit(QT_TRANSLATE_NOOP("Domain", "The complaint"), 500, multiline=True)
ITEMS_LEFT = TextLimit(QT_TRANSLATE_NOOP("Domain", "The list of items left in the car"), 200)
INTAKE_NOTES = TextLimit(QT_TRANSLATE_NOOP("Domain", "The intake notes"), 500)
DAMAGE_NOTE = TextLimit(QT_TRANSLATE_NOOP("Domain", "A damage note"), 200)
DAMAGE_RESOLVED = TextLimit(QT_TRANSLATE_NOOP("Domain", "How the damage was resolved"), 200)
# Marks on one car's diagrams, intake and final QC together: what the printed diagram and its notes can number.
# A car damaged all over is one mark with a note ("scratches all along the left side").
DAMAGE_MARKS = 20
TOO_MANY_MARKS = QT_TRANSLATE_NOOP("Domain", "A car can carry at most {limit} damage marks: describe several "
                                             "pieces of damage in one mark's note.")

# --- appointments and orders ---------------------------------------------------------------------------------
CONTACT_NAME = TextLimit(QT_TRANSLATE_NOOP("Domain", "The contact's name"), 60)
BOOKING_NOTE = TextLimit(QT_TRANSLATE_NOOP("Domain", "The booking note"), 200)
REASON = TextLimit(QT_TRANSLATE_NOOP("Domain", "The reason"), 200)  # cancelling, discounts, refunds, stock, comebacks

# --- estimate and work order ---------------------------------------------------------------------------------
DIAGNOSIS = TextLimit(QT_TRANSLATE_NOOP("Domain", "The diagnosis"), 1000, multiline=True)
OPERATION_CODE = TextLimit(QT_TRANSLATE_NOOP("Domain", "The job code"), 20)
LINE_NAME = TextLimit(QT_TRANSLATE_NOOP("Domain", "The line's name"), 120)
SPEC = TextLimit(QT_TRANSLATE_NOOP("Domain", "The brand / spec"), 80)
UNIT = TextLimit(QT_TRANSLATE_NOOP("Domain", "The unit"), 10)
CONFIRMED_BY = TextLimit(QT_TRANSLATE_NOOP("Domain", "The name of the person confirming"), 60)
TEAM = TextLimit(QT_TRANSLATE_NOOP("Domain", "The team"), 40)
ADDED_WORK = TextLimit(QT_TRANSLATE_NOOP("Domain", "The description of the added work"), 500)
ANSWERED_BY = TextLimit(QT_TRANSLATE_NOOP("Domain", "The name of who answered"), 60)
EXTRA_PART_REASON = TextLimit(QT_TRANSLATE_NOOP("Domain", "The reason for the extra part"), 500)

# --- QC, settlement, delivery and follow-up ------------------------------------------------------------------
QC_NOTE = TextLimit(QT_TRANSLATE_NOOP("Domain", "The note"), 200)
QC_REMARKS = TextLimit(QT_TRANSLATE_NOOP("Domain", "The remarks"), 500)
REWORK_NOTE = TextLimit(QT_TRANSLATE_NOOP("Domain", "The rework note"), 200)
PAYMENT_NOTE = TextLimit(QT_TRANSLATE_NOOP("Domain", "The note"), 200)
POSTPONED = TextLimit(QT_TRANSLATE_NOOP("Domain", "A recommendation"), 500)
FOLLOW_UP_REMARKS = TextLimit(QT_TRANSLATE_NOOP("Domain", "The call notes"), 1000, multiline=True)
FOLLOW_UP_COMPLAINT = TextLimit(QT_TRANSLATE_NOOP("Domain", "The complaint"), 1000, multiline=True)
RESOLUTION = TextLimit(QT_TRANSLATE_NOOP("Domain", "The resolution"), 1000, multiline=True)

# --- stock and catalogs --------------------------------------------------------------------------------------
SUPPLIER = TextLimit(QT_TRANSLATE_NOOP("Domain", "The supplier"), 60)
RECEIPT_NOTE = TextLimit(QT_TRANSLATE_NOOP("Domain", "The delivery note"), 120)  # with the supplier: a movement's reason
CATALOG_OPERATION_NAME = TextLimit(QT_TRANSLATE_NOOP("Domain", "The job's name"), 80)
CATEGORY = TextLimit(QT_TRANSLATE_NOOP("Domain", "The category"), 40)
PART_CODE = TextLimit(QT_TRANSLATE_NOOP("Domain", "The part code"), 40)
PART_NAME = TextLimit(QT_TRANSLATE_NOOP("Domain", "The part's name"), 80)
BIN_LOCATION = TextLimit(QT_TRANSLATE_NOOP("Domain", "The bin location"), 20)
MODEL_CLASS_NAME = TextLimit(QT_TRANSLATE_NOOP("Domain", "The model class's name"), 60)
MODEL_CLASS_NOTE = TextLimit(QT_TRANSLATE_NOOP("Domain", "The note"), 200)

# --- people and the garage -----------------------------------------------------------------------------------
OPERATOR_NAME = TextLimit(QT_TRANSLATE_NOOP("Domain", "The name"), 40)
GARAGE_NAME = TextLimit(QT_TRANSLATE_NOOP("Domain", "The garage's name"), 60)
GARAGE_ADDRESS = TextLimit(QT_TRANSLATE_NOOP("Domain", "The address"), 200)
GARAGE_PHONE = TextLimit(QT_TRANSLATE_NOOP("Domain", "The phone number"), 40)
LICENCE_NO = TextLimit(QT_TRANSLATE_NOOP("Domain", "The licence number"), 40)
TAX_ID = TextLimit(QT_TRANSLATE_NOOP("Domain", "The tax ID"), 40)
BACKUP_FOLDER = TextLimit(QT_TRANSLATE_NOOP("Domain", "The backup folder"), 500)


def every_limit() -> dict[str, TextLimit]:
    """Every declared limit by its name here (for the tests and the window's maximum lengths)."""
    return {name: value for name, value in globals().items() if isinstance(value, TextLimit)}
