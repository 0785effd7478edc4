"""Plates, VINs and phone numbers as the advisor types them: normalised, blocked only when surely wrong."""

from __future__ import annotations

import pytest

from garage_desktop.domain import script
from garage_desktop.domain.identifiers import (
    PLATE_SIMPLIFIED,
    PROVINCES,
    check_phone,
    check_plate,
    check_vin,
    normalise_plate,
    plate_spellings,
    vin_check_digit,
)
from garage_desktop.domain.text import DomainError

# --- plates ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("typed", "plate"), [
    ("京A12345", "京A12345"),
    ("京a12345", "京A12345"),
    (" 京A 12345 ", "京A12345"),
    ("京A·12345", "京A12345"),
    ("京A-12345", "京A12345"),
    ("粵B12345", "粤B12345"),  # traditional province form: stored as on the plate, in Simplified
    ("粤B12345", "粤B12345"),
    ("滬C3X5Y7", "沪C3X5Y7"),
    ("沪C3X5Y7", "沪C3X5Y7"),
    ("蘇E8K2L9", "苏E8K2L9"),
    ("粵BD12345", "粤BD12345"),  # new-energy small car: D first
    ("粵BFA1234", "粤BFA1234"),
    ("粵B12345D", "粤B12345D"),  # new-energy large vehicle: D last
    ("粵b12345f", "粤B12345F"),
    ("京Ａ１２３４５", "京A12345"),  # full-width letters and digits from a Chinese input method
])
def test_plate_is_normalised_without_warning(typed: str, plate: str) -> None:
    checked = check_plate(typed)
    assert checked.value == plate
    assert checked.warnings == []


@pytest.mark.parametrize("typed", ["ABC123", "京12345", "京A1234", "京A123456", "XA12345", "粵BD1234X",
                                   "京A1234警", "粵Z1234港"])
def test_unusual_plate_warns_but_is_kept(typed: str) -> None:
    checked = check_plate(typed)
    assert checked.value == normalise_plate(typed) == typed.upper().replace("粵", "粤")
    assert len(checked.warnings) == 1
    assert "plate" in checked.warnings[0].lower()


@pytest.mark.parametrize("typed", ["京A1234I", "京AO1234", "京a1234o"])
def test_letters_i_and_o_warn(typed: str) -> None:
    checked = check_plate(typed)
    assert checked.value == typed.upper()
    assert checked.warnings
    assert any("I" in w and "O" in w for w in checked.warnings)  # the warning says what is wrong


@pytest.mark.parametrize("typed", ["", "   ", " · ", "京A12345678XY"])
def test_empty_or_overlong_plate_is_refused(typed: str) -> None:
    with pytest.raises(DomainError) as refused:
        check_plate(typed)
    assert refused.value.field == "plate"


def test_ten_characters_is_still_accepted() -> None:
    assert check_plate("京A12345678").value == "京A12345678"


# --- one form whichever script was typed -----------------------------------------------------------------

TRADITIONAL_PROVINCES = {"滬": "沪", "雲": "云", "遼": "辽", "魯": "鲁", "蘇": "苏", "贛": "赣", "晉": "晋",
                         "陝": "陕", "閩": "闽", "貴": "贵", "粵": "粤", "寧": "宁", "瓊": "琼"}


@pytest.mark.parametrize(("traditional", "simplified"), sorted(TRADITIONAL_PROVINCES.items()))
def test_every_traditional_province_is_stored_simplified(traditional: str, simplified: str) -> None:
    checked = check_plate(f"{traditional}A12345")
    assert checked.value == f"{simplified}A12345"
    assert checked.warnings == []  # an ordinary plate in either script
    assert check_plate(f"{simplified}A12345").value == checked.value


def test_every_province_of_the_list_has_its_one_stored_form() -> None:
    """Each Traditional abbreviation in PROVINCES maps to a Simplified one that is also there, and no other
    character of the list changes."""
    for ch in PROVINCES:
        if ch in TRADITIONAL_PROVINCES:
            assert normalise_plate(ch) == TRADITIONAL_PROVINCES[ch] and TRADITIONAL_PROVINCES[ch] in PROVINCES
        else:
            assert normalise_plate(ch) == ch, ch
    stored = {normalise_plate(ch) for ch in PROVINCES}
    assert len(stored) == 31  # the 31 provinces, municipalities and autonomous regions of the mainland


@pytest.mark.parametrize(("typed", "plate"), [
    ("粵B1234學", "粤B1234学"),  # driving-school car
    ("粤B1234學", "粤B1234学"),  # mixed scripts
    ("粵B1234掛", "粤B1234挂"),  # trailer
    ("粵A1234領", "粤A1234领"),  # consulate
    ("粵A1234試", "粤A1234试"),  # test vehicle
    ("粵A1234臨", "粤A1234临"),  # temporary
    ("粵B12345應急", "粤B12345应急"),  # emergency
    ("京A1234警", "京A1234警"),  # police: the same in both scripts
    ("粵Z1234港", "粤Z1234港"),  # cross-border Hong Kong
    ("粵Z1234澳", "粤Z1234澳"),  # cross-border Macau
    ("123456使", "123456使"),  # embassy
    ("瀋A12345", "沈A12345"),  # pre-2012 military region
])
def test_special_plate_characters_are_stored_simplified(typed: str, plate: str) -> None:
    assert check_plate(typed).value == plate


def test_the_plate_table_agrees_with_the_general_one() -> None:
    """The plate characters map exactly as any Chinese text does (``domain.script``), and only Traditional
    characters are in it."""
    for traditional, simplified in PLATE_SIMPLIFIED.items():
        assert script.simplified(traditional) == simplified, traditional
        assert script.simplified(simplified) == simplified
        assert traditional != simplified


def test_normalising_twice_changes_nothing() -> None:
    for typed in ("粵B12345", "粤b 1234學", "滬C·3X5Y7", "京A12345"):
        once = normalise_plate(typed)
        assert normalise_plate(once) == once


def test_plate_spellings_list_the_stored_forms_canonical_first() -> None:
    assert plate_spellings("粤B12345") == ("粤B12345", "粵B12345")
    assert plate_spellings("粵B12345") == ("粤B12345", "粵B12345")  # typed either way: the same list
    assert plate_spellings("B123") == ("B123",)  # no Chinese character: one form
    assert plate_spellings("京A12345") == ("京A12345",)
    assert set(plate_spellings("粤B1234学")) == {"粤B1234学", "粤B1234學", "粵B1234学", "粵B1234學"}
    assert plate_spellings("粤B1234学")[0] == "粤B1234学"
    assert plate_spellings("") == ("",)


def test_plate_spellings_stay_few_for_long_texts() -> None:
    many = plate_spellings("粵粵粵粵粵粵粵粵")  # 256 combinations: only the two whole-script ones
    assert many == ("粤粤粤粤粤粤粤粤", "粵粵粵粵粵粵粵粵")


# --- VIN --------------------------------------------------------------------------------------------------

KNOWN_VALID = "1M8GDM9AXKP042788"  # the textbook example: check digit X


def test_known_valid_vin() -> None:
    assert vin_check_digit(KNOWN_VALID) == "X"
    checked = check_vin(KNOWN_VALID)
    assert checked.value == KNOWN_VALID
    assert checked.warnings == []


@pytest.mark.parametrize("vin", ["11111111111111111", "LSVAM4187C2184847", "5GZCZ43D13S812715"])
def test_other_valid_vins(vin: str) -> None:
    assert check_vin(vin).warnings == []


def test_vin_is_normalised() -> None:
    assert check_vin(" 1m8gdm9axkp 042788 ").value == KNOWN_VALID
    assert check_vin("１Ｍ８GDM9AXKP042788").value == KNOWN_VALID  # full-width input


def test_wrong_check_digit_warns_only() -> None:
    typo = KNOWN_VALID[:8] + "1" + KNOWN_VALID[9:]
    checked = check_vin(typo)
    assert checked.value == typo
    assert len(checked.warnings) == 1
    assert "check digit" in checked.warnings[0]


@pytest.mark.parametrize("vin", [KNOWN_VALID[:16], KNOWN_VALID + "7", "1M8GDM9AX"])
def test_wrong_length_is_refused(vin: str) -> None:
    with pytest.raises(DomainError) as refused:
        check_vin(vin)
    assert refused.value.field == "vin"
    assert refused.value.params["count"] == len(vin)
    assert str(len(vin)) in refused.value.english()


@pytest.mark.parametrize("letter", ["I", "O", "Q", "-", "*", "中"])
def test_forbidden_characters_are_refused(letter: str) -> None:
    vin = KNOWN_VALID[:3] + letter + KNOWN_VALID[4:]
    with pytest.raises(DomainError) as refused:
        check_vin(vin)
    assert refused.value.field == "vin"


@pytest.mark.parametrize("empty", ["", "   ", None])
def test_empty_vin_is_allowed(empty: str | None) -> None:
    checked = check_vin(empty)  # type: ignore[arg-type]
    assert checked.value == ""
    assert checked.warnings == []


# --- phone ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("typed", "phone"), [
    ("13800138000", "13800138000"),
    ("138 0013 8000", "13800138000"),
    ("138-0013-8000", "13800138000"),
    ("+86 138 0013 8000", "+8613800138000"),
    ("0755-88888888", "075588888888"),
    ("(0755) 8888-8888", "075588888888"),  # landlines are often written with the area code in brackets
    ("１３８００１３８０００", "13800138000"),  # full-width digits
    ("", ""),
    ("  ", ""),
])
def test_phone_is_normalised(typed: str, phone: str) -> None:
    assert check_phone(typed) == phone


@pytest.mark.parametrize("typed", ["abc", "138-ABCD", "12", "13800138000 ext. 5", "++86138"])
def test_bad_phone_is_refused(typed: str) -> None:
    with pytest.raises(DomainError) as refused:
        check_phone(typed)
    assert refused.value.field == "phone"
