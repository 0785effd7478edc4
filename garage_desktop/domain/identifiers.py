"""Plate (車牌號) and VIN rules: normalise, block what cannot be right, warn about what is merely unusual."""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass, field

from garage_desktop.domain.limits import control_problem
from garage_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError

# Province abbreviations, traditional and simplified forms (a plate typed either way is recognised).
PROVINCES = "京津滬沪渝冀豫雲云遼辽黑湘皖魯鲁新蘇苏浙贛赣鄂桂甘晉晋蒙陝陕吉閩闽貴贵粵粤青藏川寧宁瓊琼"
# Every Traditional character a plate may carry, with the Simplified form that is on the physical plate (GA 36
# prints Simplified characters): a plate is stored in that one form, so 粵B12345 and 粤B12345 are one car.
# The province abbreviations; the special-use characters: 学 (driving-school car), 挂 (trailer), 领 (consulate),
# 试 (test vehicle), 临 (temporary), 应急 (emergency); and those of the pre-2012 military plates (军, and the
# military regions 兰 济 广 沈). The others on plates read the same in both scripts: 京 津 渝 冀 豫 黑 湘 皖 新
# 浙 鄂 桂 甘 蒙 吉 青 藏 川, 警 (police), 使 (embassy), 港 澳 (cross-border), 超, 急, 北 南 成 海 空, 民航.
# A migration (0004_canonical_plates) holds a copy of this table: change both or neither.
PLATE_SIMPLIFIED: dict[str, str] = {
    "滬": "沪", "雲": "云", "遼": "辽", "魯": "鲁", "蘇": "苏", "贛": "赣", "晉": "晋", "陝": "陕", "閩": "闽",
    "貴": "贵", "粵": "粤", "寧": "宁", "瓊": "琼",
    "學": "学", "掛": "挂", "領": "领", "試": "试", "臨": "临", "應": "应", "軍": "军",
    "蘭": "兰", "濟": "济", "廣": "广", "瀋": "沈",
}
_PLATE_TO_SIMPLIFIED = str.maketrans(PLATE_SIMPLIFIED)
# Simplified → its Traditional forms on plates, to find a plate still stored as typed in Traditional.
_PLATE_TRADITIONAL: dict[str, tuple[str, ...]] = {
    simplified: tuple(t for t, s in PLATE_SIMPLIFIED.items() if s == simplified)
    for simplified in PLATE_SIMPLIFIED.values()}
_MAX_SPELLINGS = 16
_LETTERS_NO_IO = "A-HJ-NP-Z"
_ORDINARY = re.compile(rf"^[{PROVINCES}][{_LETTERS_NO_IO}][{_LETTERS_NO_IO}0-9]{{5}}$")
# New-energy plates: 8 characters; D (electric) or F (not purely electric) first or last of the serial.
_NEW_ENERGY = re.compile(
    rf"^[{PROVINCES}][{_LETTERS_NO_IO}](?:[DF][{_LETTERS_NO_IO}0-9][0-9]{{4}}|[0-9]{{5}}[DF])$"
)


@dataclass(frozen=True)
class Checked:
    """A normalised value and the warnings the user should see (not errors: it may still be saved)."""

    value: str
    warnings: list[str] = field(default_factory=list)


def _half_width(text: str | None) -> str:
    """Full-width letters and digits (typed with a Chinese input method) as plain ASCII; NFKC leaves CJK alone."""
    return unicodedata.normalize("NFKC", text or "")


def normalise_plate(text: str) -> str:
    """A plate (or part of one) as stored: no spaces or separators, ASCII upper case, Simplified characters."""
    return re.sub(r"[\s\-·.•]", "", _half_width(text)).upper().translate(_PLATE_TO_SIMPLIFIED)


def plate_spellings(plate: str) -> tuple[str, ...]:
    """Every way ``plate`` (normalised, or part of one) may be stored: itself first, then with its characters in
    Traditional form, as plates typed that way were kept before plates had one form (leftover duplicates the
    owner has not merged yet, ``services.merge``). At most 16: past that, itself and the all-Traditional form."""
    plate = normalise_plate(plate)
    choices = [(ch, *_PLATE_TRADITIONAL.get(ch, ())) for ch in plate]
    count = 1
    for options in choices:
        count *= len(options)
    if count > _MAX_SPELLINGS:
        return tuple(dict.fromkeys((plate, "".join(options[-1] for options in choices))))
    return tuple("".join(combination) for combination in itertools.product(*choices))


def check_plate(text: str) -> Checked:
    """Normalise a plate; block an empty one, warn (not block) about an unusual format."""
    plate = normalise_plate(text)
    if not plate:
        raise DomainError(QT_TRANSLATE_NOOP("Domain", "Enter the plate number."), field="plate")
    if len(plate) > 10:
        raise DomainError(QT_TRANSLATE_NOOP("Domain", "A plate has at most 10 characters."), field="plate")
    refused = control_problem(plate, "plate", QT_TRANSLATE_NOOP("Domain", "The plate"))
    if refused is not None:
        raise refused
    warnings: list[str] = []
    if "I" in plate[1:] or "O" in plate[1:]:
        warnings.append(QT_TRANSLATE_NOOP("Domain", "Plates never use the letters I or O: did you mean 1 or 0?"))
    elif not (_ORDINARY.match(plate) or _NEW_ENERGY.match(plate)):
        warnings.append(QT_TRANSLATE_NOOP("Domain", "Unusual plate format: check it (saved as typed)."))
    return Checked(plate, warnings)


_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
_VIN_VALUES = {**{str(d): d for d in range(10)},
               **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
               **dict(zip("STUVWXYZ", range(2, 10)))}
_VIN_CHARS = re.compile(r"^[A-HJ-NPR-Z0-9]{17}$")


def vin_check_digit(vin: str) -> str:
    """The check digit (position 9) the other 16 characters call for: '0'–'9' or 'X'."""
    remainder = sum(_VIN_VALUES[ch] * w for ch, w in zip(vin, _VIN_WEIGHTS)) % 11
    return "X" if remainder == 10 else str(remainder)


def check_vin(text: str) -> Checked:
    """Normalise a VIN; block a wrong length or forbidden characters, warn on a failing check digit.

    An empty VIN is allowed (returns ""): it is often unknown at booking time.
    """
    vin = re.sub(r"\s", "", _half_width(text)).upper()
    if not vin:
        return Checked("")
    if len(vin) != 17:
        raise DomainError(QT_TRANSLATE_NOOP("Domain", "A VIN has 17 characters; this one has {count}."),
                          field="vin", count=len(vin))
    if not _VIN_CHARS.match(vin):
        raise DomainError(QT_TRANSLATE_NOOP("Domain", "A VIN uses only digits and the letters A–Z except I, O and Q."),
                          field="vin")
    warnings: list[str] = []
    if vin[8] != vin_check_digit(vin):
        warnings.append(QT_TRANSLATE_NOOP("Domain", "The VIN check digit does not match (common on imported cars): "
                                             "check it."))
    return Checked(vin, warnings)


# Landlines are often written with the area code in brackets: (0755) 8888-8888.
_PHONE = re.compile(r"^\+?[0-9\-() ]+$")


def check_phone(text: str) -> str:
    """Normalise a phone number to its digits (and a leading '+'); refuse anything else."""
    phone = _half_width(text).strip()
    if not phone:
        return ""
    digits = sum(ch.isdigit() for ch in phone)
    if not _PHONE.match(phone) or not 5 <= digits <= 20:
        raise DomainError(QT_TRANSLATE_NOOP("Domain", "A phone number has only digits, spaces, '-', brackets "
                                                      "and a leading '+'."), field="phone")
    return re.sub(r"[\s\-()]", "", phone)
