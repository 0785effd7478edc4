"""Message templates, pure: placeholders found and filled (a missing value left empty and named, an unknown
placeholder left as written), values written as a customer reads them, and the shipped wording."""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal

import pytest

from garage_desktop import paths
from garage_desktop.domain import messages
from garage_desktop.domain.messages import PLACEHOLDERS, PURPOSES, fill
from garage_desktop.services import messages as message_service


def test_known_placeholders_are_filled_and_text_around_them_kept() -> None:
    filled = fill("{customer}您好，{plate} 已完工，應付 {amount}。", {"customer": "林志明", "plate": "粵B12345",
                                                             "amount": "¥1,234.50"})
    assert filled.text == "林志明您好，粵B12345 已完工，應付 ¥1,234.50。"
    assert filled.missing == () and filled.unknown == ()


def test_a_placeholder_with_no_value_is_left_empty_and_named_once() -> None:
    filled = fill("{due} 到期；{due}；{customer}", {"customer": "林志明", "due": ""})
    assert filled.text == " 到期；；林志明"
    assert filled.missing == ("due",)


def test_an_unknown_placeholder_stays_as_written_and_never_crashes() -> None:
    filled = fill("{customer} {wechat_id} {0} {} {", {"customer": "林志明"})
    assert filled.text == "林志明 {wechat_id} {0} {} {"
    assert filled.unknown == ("wechat_id",)
    assert messages.unknown_placeholders("{plate}{wechat_id}{ vin }") == ("wechat_id", "vin")


def test_braces_typed_with_a_chinese_input_method_count_as_placeholders() -> None:
    assert fill("車牌｛plate｝，{ customer }", {"plate": "粵B12345", "customer": "林"}).text == "車牌粵B12345，林"


@pytest.mark.parametrize(("language", "expected"), [("zh_TW", "11月30日（週一）09:30"),
                                                    ("zh_CN", "11月30日（周一）09:30"), ("en", "Mon 30 Nov 09:30")])
def test_a_time_is_written_with_its_weekday_in_the_document_language(language: str, expected: str) -> None:
    assert messages.format_time(datetime(2026, 11, 30, 9, 30), language) == expected


def test_dates_mileage_and_money_as_a_customer_reads_them() -> None:
    assert messages.format_date(date(2027, 3, 5), "zh_CN") == "2027年3月5日"
    assert messages.format_date(date(2027, 3, 5), "en") == "5 Mar 2027"
    assert messages.format_date(None, "en") == messages.format_time(None, "en") == ""
    assert messages.format_km(15000) == "15,000"
    assert messages.format_amount(Decimal("1234.5")) == "¥1,234.50"


def test_the_next_service_in_words_says_whichever_comes_first() -> None:
    day = date(2027, 5, 1)
    assert messages.next_service_words(day, 60000, "zh_TW") == "2027年5月1日或 60,000 公里（以先到者為準）"
    assert messages.next_service_words(day, 60000, "zh_CN") == "2027年5月1日或 60,000 公里（以先到为准）"
    assert messages.next_service_words(None, 60000, "en") == "60,000 km"
    assert messages.next_service_words(day, None, "en") == "1 May 2027"
    assert messages.next_service_words(None, None, "zh_CN") == ""


@pytest.mark.parametrize("language", ["zh_TW", "zh_CN", "en"])
def test_every_document_language_words_every_message_with_known_placeholders(language: str) -> None:
    shipped = message_service.default_wording(language)
    assert tuple(shipped) == PURPOSES
    for body in shipped.values():
        assert set(messages.placeholders_in(body)) <= set(PLACEHOLDERS)
        assert "{garage}" in body and "{plate}" in body and len(body) <= 200  # one SMS-sized message


def test_simplified_wording_is_written_for_the_mainland_not_converted() -> None:
    simplified = message_service.default_wording("zh_CN")
    traditional = message_service.default_wording("zh_TW")
    # Mainland SMS are signed with the sender in 【】 at the start; the words differ, not only the script.
    assert all(body.startswith("【{garage}】") for body in simplified.values())
    assert "提车" in simplified["car_ready"] and "取車" in traditional["car_ready"]
    assert "年检" in simplified["inspection_due"] and "交强险" in simplified["insurance_due"]


def test_a_broken_shipped_file_is_refused_with_what_is_wrong() -> None:
    path = paths.resource("messages", "default_en.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    data["templates"]["car_ready"] = "Hello {nickname}"
    with pytest.raises(message_service.TemplateFileError, match="car_ready holds unknown placeholders"):
        message_service.parse(data, "default_en.json")
    data["templates"]["car_ready"] = "Hello {customer}"
    del data["templates"]["followup"]
    with pytest.raises(message_service.TemplateFileError, match="no wording for followup"):
        message_service.parse(data, "default_en.json")


def test_each_stage_offers_the_message_it_calls_for() -> None:
    from garage_desktop.domain.lifecycle import OrderStatus as S

    offered = {status: message_service.message_purposes(status) for status in S}
    assert offered[S.BOOKED] == ("booking_confirmation",)
    assert all(offered[s] == ("delay_notice",) for s in (S.RECEIVED, S.IN_REPAIR, S.AWAITING_APPROVAL, S.REWORK))
    assert offered[S.READY] == offered[S.SETTLED] == ("car_ready",)
    assert offered[S.DELIVERED] == offered[S.FOLLOWED_UP] == ("followup",)
    assert offered[S.CANCELLED] == offered[S.NO_SHOW] == offered[S.REFUNDED] == ()
