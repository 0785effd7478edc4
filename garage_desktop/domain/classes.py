"""The garage's vocabularies: job classes, payers, roles, fuel, and intake damage marks."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from garage_desktop.domain.text import QT_TRANSLATE_NOOP


class JobClass(StrEnum):
    """The seed's everyday 作業分類 (大/中/小修)."""

    MAJOR = "major"  # 大修
    MEDIUM = "medium"  # 中修
    MINOR = "minor"  # 小修


class RegulatoryClass(StrEnum):
    """機動車維修管理規定 classes, which decide the warranty and the completion certificate."""

    VEHICLE_OVERHAUL = "vehicle_overhaul"  # 整車修理
    ASSEMBLY_OVERHAUL = "assembly_overhaul"  # 總成修理
    LEVEL2_MAINTENANCE = "level2_maintenance"  # 二級維護
    LEVEL1_MAINTENANCE = "level1_maintenance"  # 一級維護
    MINOR_REPAIR = "minor_repair"  # 小修
    SPECIALIST_REPAIR = "specialist_repair"  # 專項修理


class Payer(StrEnum):
    SELF = "self"  # 自付
    WARRANTY = "warranty"  # 三包
    CLAIM = "claim"  # 索賠


class Role(StrEnum):
    ADVISOR = "advisor"  # 業務員/服務接待
    INSPECTOR = "inspector"  # 檢驗員
    FOREMAN = "foreman"  # 班組長
    STORE = "store"  # 庫房
    CASHIER = "cashier"  # 收銀
    OWNER = "owner"  # 老闆


# An operator holds a set of roles (issue 14: in a small garage the owner inspects and takes the money, the advisor
# runs the store too). The owner holds every role: an owner passes every role check.
def role_set(roles: Role | str | Iterable[Role | str]) -> frozenset[Role]:
    """The roles given as one role, a role's value, or any iterable of them (a set, a list, a tuple)."""
    if isinstance(roles, str):  # a Role is a str too
        return frozenset({Role(roles)})
    return frozenset(Role(role) for role in roles)


def ordered_roles(roles: Iterable[Role | str]) -> tuple[Role, ...]:
    """The roles in the garage's order (advisor, inspector, foreman, store, cashier, owner): how they are shown and
    stored. The owner alone stands for an owner: they hold every role anyway."""
    held = role_set(roles)
    if Role.OWNER in held:
        return (Role.OWNER,)
    return tuple(role for role in Role if role in held)


def holds(roles: Iterable[Role | str], *wanted: Role) -> bool:
    """Whether an operator with ``roles`` may act as any of ``wanted`` (an owner may act as anybody; no ``wanted``
    role: anybody may)."""
    held = role_set(roles)
    return not wanted or Role.OWNER in held or bool(held & set(wanted))


class FuelType(StrEnum):
    PETROL = "petrol"
    DIESEL = "diesel"
    HYBRID = "hybrid"
    ELECTRIC = "electric"


class BodyView(StrEnum):
    FRONT = "front"
    REAR = "rear"
    LEFT = "left"
    RIGHT = "right"
    TOP = "top"


class DamageKind(StrEnum):
    SCRATCH = "scratch"  # 刮痕
    DENT = "dent"  # 凹陷
    CRACK = "crack"  # 裂紋
    MISSING = "missing"  # 缺失
    CHIP = "chip"  # 掉漆
    RUST = "rust"  # 鏽蝕


# The regulatory class an everyday label usually means; the advisor can change it at intake.
DEFAULT_REGULATORY: dict[JobClass, RegulatoryClass] = {
    JobClass.MAJOR: RegulatoryClass.ASSEMBLY_OVERHAUL,
    JobClass.MEDIUM: RegulatoryClass.LEVEL2_MAINTENANCE,
    JobClass.MINOR: RegulatoryClass.MINOR_REPAIR,
}

# Classes whose completion needs a 竣工出廠合格證 (completion certificate).
CERTIFICATE_CLASSES: frozenset[RegulatoryClass] = frozenset(
    {RegulatoryClass.VEHICLE_OVERHAUL, RegulatoryClass.ASSEMBLY_OVERHAUL, RegulatoryClass.LEVEL2_MAINTENANCE}
)

LABELS: dict[StrEnum, str] = {
    JobClass.MAJOR: QT_TRANSLATE_NOOP("Domain", "Major repair"),
    JobClass.MEDIUM: QT_TRANSLATE_NOOP("Domain", "Medium repair"),
    JobClass.MINOR: QT_TRANSLATE_NOOP("Domain", "Minor repair"),
    RegulatoryClass.VEHICLE_OVERHAUL: QT_TRANSLATE_NOOP("Domain", "Vehicle overhaul"),
    RegulatoryClass.ASSEMBLY_OVERHAUL: QT_TRANSLATE_NOOP("Domain", "Assembly overhaul"),
    RegulatoryClass.LEVEL2_MAINTENANCE: QT_TRANSLATE_NOOP("Domain", "Level-2 maintenance"),
    RegulatoryClass.LEVEL1_MAINTENANCE: QT_TRANSLATE_NOOP("Domain", "Level-1 maintenance"),
    RegulatoryClass.MINOR_REPAIR: QT_TRANSLATE_NOOP("Domain", "Minor repair (regulatory)"),
    RegulatoryClass.SPECIALIST_REPAIR: QT_TRANSLATE_NOOP("Domain", "Specialist repair"),
    Payer.SELF: QT_TRANSLATE_NOOP("Domain", "Customer pays"),
    Payer.WARRANTY: QT_TRANSLATE_NOOP("Domain", "Warranty (maker pays)"),
    Payer.CLAIM: QT_TRANSLATE_NOOP("Domain", "Insurance claim"),
    Role.ADVISOR: QT_TRANSLATE_NOOP("Domain", "Service advisor"),
    Role.INSPECTOR: QT_TRANSLATE_NOOP("Domain", "Inspector"),
    Role.FOREMAN: QT_TRANSLATE_NOOP("Domain", "Foreman"),
    Role.STORE: QT_TRANSLATE_NOOP("Domain", "Store keeper"),
    Role.CASHIER: QT_TRANSLATE_NOOP("Domain", "Cashier"),
    Role.OWNER: QT_TRANSLATE_NOOP("Domain", "Owner"),
    FuelType.PETROL: QT_TRANSLATE_NOOP("Domain", "Petrol"),
    FuelType.DIESEL: QT_TRANSLATE_NOOP("Domain", "Diesel"),
    FuelType.HYBRID: QT_TRANSLATE_NOOP("Domain", "Hybrid"),
    FuelType.ELECTRIC: QT_TRANSLATE_NOOP("Domain", "Electric"),
    BodyView.FRONT: QT_TRANSLATE_NOOP("Domain", "Front"),
    BodyView.REAR: QT_TRANSLATE_NOOP("Domain", "Rear"),
    BodyView.LEFT: QT_TRANSLATE_NOOP("Domain", "Left side"),
    BodyView.RIGHT: QT_TRANSLATE_NOOP("Domain", "Right side"),
    BodyView.TOP: QT_TRANSLATE_NOOP("Domain", "Roof"),
    DamageKind.SCRATCH: QT_TRANSLATE_NOOP("Domain", "Scratch"),
    DamageKind.DENT: QT_TRANSLATE_NOOP("Domain", "Dent"),
    DamageKind.CRACK: QT_TRANSLATE_NOOP("Domain", "Crack"),
    DamageKind.MISSING: QT_TRANSLATE_NOOP("Domain", "Missing"),
    DamageKind.CHIP: QT_TRANSLATE_NOOP("Domain", "Paint chip"),
    DamageKind.RUST: QT_TRANSLATE_NOOP("Domain", "Rust"),
}
