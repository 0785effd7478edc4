"""Pinyin initials, so typing ``lzm`` finds 林志明 the way Chinese business software does."""

from __future__ import annotations

import pytest

from garage_desktop.domain.pinyin import initials


@pytest.mark.parametrize(("name", "expected"), [
    ("林志明", "lzm"),
    ("陳大文", "cdw"),  # traditional characters
    ("陈大文", "cdw"),  # simplified
    ("王小明", "wxm"),
    (" 王 小明 ", "wxm"),  # spaces do not count
    ("歐陽娜娜", "oynn"),
])
def test_chinese_names(name: str, expected: str) -> None:
    assert initials(name) == expected


@pytest.mark.parametrize(("name", "expected"), [
    ("Tony林", "tonyl"),  # Latin letters are kept (lower-case) so "tony" finds him too
    ("林Tony", "ltony"),
    ("David Chan", "davidchan"),
    ("王2號", "w2h"),
    ("ABC汽車", "abcqc"),
])
def test_mixed_latin_and_digits(name: str, expected: str) -> None:
    assert initials(name) == expected


@pytest.mark.parametrize(("name", "expected"), [
    ("曾志偉", "zzw"),  # 曾 as a surname is Zēng, not céng
    ("單田芳", "stf"),  # 單 as a surname is Shàn
    ("解縉", "xj"),  # 解 as a surname is Xiè
    ("仇英", "qy"),  # 仇 as a surname is Qiú
])
def test_surnames_read_as_surnames(name: str, expected: str) -> None:
    """The first character is read as a surname: the advisor types the initials they hear."""
    assert initials(name) == expected


def test_empty() -> None:
    assert initials("") == ""
    assert initials("   ") == ""
