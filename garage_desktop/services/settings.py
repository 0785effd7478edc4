"""Business settings: each declared once here with its default; stored as text in the ``setting`` table."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import time
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from garage_desktop.db.models import Setting
from garage_desktop.domain import limits
from garage_desktop.domain.cards import RefundRule
from garage_desktop.domain.classes import Role
from garage_desktop.domain.numbers import parse_number
from garage_desktop.domain.pricing import HourUnit
from garage_desktop.domain.sanbao import SanbaoTerms
from garage_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError
from garage_desktop.languages import LANGUAGES, paperwork_language
from garage_desktop.services import audit, permissions


@dataclass(frozen=True)
class GarageSettings:
    garage_name: str = "示範汽車維修廠"
    garage_address: str = ""
    garage_phone: str = ""
    licence_no: str = ""  # 道路運輸經營許可證號
    tax_id: str = ""  # 統一社會信用代碼
    hourly_rate: Decimal = Decimal("100.00")  # 工時單價, yuan per clock hour whatever the 工時 unit (pricing)
    hour_unit: HourUnit = HourUnit.HOUR
    tax_rate: Decimal = Decimal("0.13")
    prices_include_tax: bool = True
    notify_above_default: Decimal = Decimal("500.00")
    bays: int = 4  # cars the workshop can take in one hour slot
    opening_time: time = time(8, 0)
    closing_time: time = time(18, 0)
    backup_folder: str = ""  # empty: backups/ beside the database file (a USB drive or share is typical)
    idle_lock_minutes: int = 5  # no input this long: the window locks for an operator with a PIN (0: never)
    # The customers' paperwork and the workbook: zh_CN, zh_TW or en; empty: the window's language (an advisor
    # may read the window in zh_TW while the customers' papers are Simplified).
    document_language: str = ""
    # 家用汽車三包 (DOMAIN.md): the 三包有效期 and the 包修期 from the purchase date, whichever of time or km comes
    # first; a maker may give more. A 三包 order on a car outside them is warned about at intake (never blocked).
    sanbao_valid_years: int = 2
    sanbao_valid_km: int = 50_000
    sanbao_repair_years: int = 3
    sanbao_repair_km: int = 60_000
    # Prepaid cards (issue 19, services.cards): how a stored-value card is refunded (domain.cards.RefundRule) and
    # after how many months without a movement a card with money on it is listed as dormant for the owner.
    card_refund_rule: str = "principal_left"
    card_dormant_months: int = 12


DEFAULTS = GarageSettings()
IDLE_LOCK_MAX_MINUTES = 240


def _to_text(value: object) -> str:
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, time):
        return value.strftime("%H:%M")
    return str(value)


def _from_text(default: object, text: str) -> object:
    if isinstance(default, bool):
        return text == "1"
    if isinstance(default, HourUnit):
        return HourUnit(text)
    if isinstance(default, Decimal):
        return Decimal(text)
    if isinstance(default, int):
        return int(text)
    if isinstance(default, time):
        return time.fromisoformat(text)
    return text


def load(session: Session) -> GarageSettings:
    stored = {row.key: row.value for row in session.scalars(select(Setting))}
    values = {}
    for f in fields(GarageSettings):
        if f.name in stored:
            try:
                values[f.name] = _from_text(getattr(DEFAULTS, f.name), stored[f.name])
            except (ValueError, InvalidOperation):
                # Written by hand or by another version: the default rather than a program that cannot start.
                continue
    return replace(DEFAULTS, **values)


# The settings typed as free text, with their limits (printed on every document: they must fit its header).
TEXT_LIMITS: dict[str, limits.TextLimit] = {
    "garage_name": limits.GARAGE_NAME, "garage_address": limits.GARAGE_ADDRESS, "garage_phone": limits.GARAGE_PHONE,
    "licence_no": limits.LICENCE_NO, "tax_id": limits.TAX_ID, "backup_folder": limits.BACKUP_FOLDER}


def sanbao_terms(settings: GarageSettings) -> SanbaoTerms:
    return SanbaoTerms(settings.sanbao_valid_years, settings.sanbao_valid_km, settings.sanbao_repair_years,
                       settings.sanbao_repair_km)


def validate(settings: GarageSettings) -> None:
    if not settings.garage_name.strip():
        raise DomainError(QT_TRANSLATE_NOOP("Domain", "Enter the garage's name."), field="garage_name")
    for name, rule in TEXT_LIMITS.items():
        rule.check(getattr(settings, name).strip(), name)
    # NaN, Infinity and more decimals than are stored (0.001 yuan) are refused before any comparison.
    for name, places in (("hourly_rate", 2), ("notify_above_default", 2), ("tax_rate", 4)):
        parse_number(getattr(settings, name), field=name, places=places, minimum=None)
    if settings.hourly_rate <= 0:
        raise DomainError(QT_TRANSLATE_NOOP("Domain", "The hourly rate must be above zero."), field="hourly_rate")
    # Both are copied onto order lines, which store whole 分.
    for name in ("hourly_rate", "notify_above_default"):
        if getattr(settings, name) != getattr(settings, name).quantize(Decimal("0.01")):
            raise DomainError(QT_TRANSLATE_NOOP("Domain", "Use at most {places} decimal places."), field=name,
                              places=2)
    if settings.notify_above_default < 0:
        raise DomainError(QT_TRANSLATE_NOOP("Domain", "The amount may not be below zero."),
                          field="notify_above_default")
    if not Decimal(0) <= settings.tax_rate < Decimal(1):
        raise DomainError(QT_TRANSLATE_NOOP("Domain", "The tax rate is a percentage between 0 and 100."),
                          field="tax_rate")
    if settings.bays < 1:
        raise DomainError(QT_TRANSLATE_NOOP("Domain", "The workshop needs at least one bay."), field="bays")
    if not 0 <= settings.idle_lock_minutes <= IDLE_LOCK_MAX_MINUTES:
        raise DomainError(QT_TRANSLATE_NOOP("Domain", "The idle lock is between 0 (never) and {maximum} minutes."),
                          field="idle_lock_minutes", maximum=IDLE_LOCK_MAX_MINUTES)
    if settings.document_language and settings.document_language not in LANGUAGES:
        raise DomainError(QT_TRANSLATE_NOOP("Domain", "The paperwork is printed in one of the program's languages."),
                          field="document_language")
    for years, km, field_years, field_km in (
            (settings.sanbao_valid_years, settings.sanbao_valid_km, "sanbao_valid_years", "sanbao_valid_km"),
            (settings.sanbao_repair_years, settings.sanbao_repair_km, "sanbao_repair_years", "sanbao_repair_km")):
        if not 1 <= years <= 20:
            raise DomainError(QT_TRANSLATE_NOOP("Domain", "A 三包 period is between 1 and 20 years."), field=field_years)
        if not 1_000 <= km <= 1_000_000:
            raise DomainError(QT_TRANSLATE_NOOP("Domain", "A 三包 period is between 1,000 and 1,000,000 km."),
                              field=field_km)
    if (settings.sanbao_repair_years < settings.sanbao_valid_years
            or settings.sanbao_repair_km < settings.sanbao_valid_km):
        raise DomainError(QT_TRANSLATE_NOOP("Domain", "The 三包 repair warranty (包修期) is at least as long as the "
                                                      "validity period."), field="sanbao_repair_years")
    if settings.card_refund_rule not in {rule.value for rule in RefundRule}:
        raise DomainError(QT_TRANSLATE_NOOP("Domain", "Choose how a card is refunded."), field="card_refund_rule")
    if not 1 <= settings.card_dormant_months <= 120:
        raise DomainError(QT_TRANSLATE_NOOP("Domain", "A card is dormant after 1 to 120 months without a movement."),
                          field="card_dormant_months")
    if settings.closing_time <= settings.opening_time:
        raise DomainError(QT_TRANSLATE_NOOP("Domain", "Closing time must be after opening time."),
                          field="closing_time")


def document_language(settings: GarageSettings, fallback: str | None = None) -> str:
    """The language the garage's paperwork and workbook are written in: its ``document_language``, else
    ``fallback`` (the window's language; on the command line its ``--lang``), else the program's default."""
    if settings.document_language in LANGUAGES:
        return settings.document_language
    return paperwork_language(fallback)


def save(session: Session, actor: int | None, settings: GarageSettings) -> None:
    """Store every setting that differs from what is stored; audit each change.

    Only the owner changes prices, rates and settings.
    """
    permissions.require(session, actor, Role.OWNER)
    validate(settings)
    current = load(session)
    for f in fields(GarageSettings):
        old, new = getattr(current, f.name), getattr(settings, f.name)
        if old == new and session.get(Setting, f.name) is not None:
            continue
        row = session.get(Setting, f.name)
        if row is None:
            session.add(Setting(key=f.name, value=_to_text(new)))
        else:
            row.value = _to_text(new)
        if old != new:
            audit.record(session, actor, "setting", "setting", None, before={f.name: _to_text(old)},
                         after={f.name: _to_text(new)})
