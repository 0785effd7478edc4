"""Chinese text compared whichever script it was typed in, and pinyin initials the same for both scripts."""

from __future__ import annotations

import pytest

from garage_desktop.domain import script
from garage_desktop.domain.pinyin import initials
from garage_desktop.domain.script_table import SIMPLIFIED, TRADITIONAL

# Common surnames and given-name characters, Traditional → Simplified.
NAMES = [("陳美玲", "陈美玲"), ("張偉", "张伟"), ("劉洋", "刘洋"), ("黃建國", "黄建国"), ("趙強", "赵强"),
         ("吳敏", "吴敏"), ("鄭傑", "郑杰"), ("馮軍", "冯军"), ("蔣華", "蒋华"), ("謝娟", "谢娟"), ("葉穎", "叶颖"),
         ("蕭峰", "萧峰"), ("鍾雲", "钟云"), ("盧敏", "卢敏"), ("錢進", "钱进"), ("譚詠麟", "谭咏麟"), ("鄧麗君", "邓丽君"),
         ("顏寧", "颜宁"), ("龔賢", "龚贤"), ("歐陽鋒", "欧阳锋"), ("區志明", "区志明"), ("單雄信", "单雄信"),
         ("樂嘉", "乐嘉"), ("羅志祥", "罗志祥"), ("梁詠琪", "梁咏琪")]


@pytest.mark.parametrize(("traditional", "simplified"), NAMES)
def test_a_traditional_name_reads_as_its_simplified_form(traditional: str, simplified: str) -> None:
    assert script.simplified(traditional) == simplified
    assert script.simplified(simplified) == simplified
    assert script.name_key(traditional) == script.name_key(simplified)


@pytest.mark.parametrize(("traditional", "simplified"), NAMES)
def test_pinyin_initials_are_the_same_in_both_scripts(traditional: str, simplified: str) -> None:
    """pypinyin reads Traditional characters: 陳/陈 both give c, so typing the initials finds either spelling."""
    assert initials(traditional) == initials(simplified)
    assert initials(traditional).isascii() and initials(traditional).isalpha()


def test_initials_of_the_two_scripts_agree_for_common_characters() -> None:
    """Every pair of the table whose Simplified form is a common (GB 2312) character reads with the same initial,
    but for a few characters that pypinyin reads differently on their own (no name is made of them)."""
    def common(ch: str) -> bool:
        try:
            ch.encode("gb2312")
        except UnicodeEncodeError:
            return False
        return True

    pairs = [(t, s) for t, s in zip(TRADITIONAL, SIMPLIFIED, strict=True) if common(s)]
    differ = [(t, s) for t, s in pairs if initials(t) != initials(s)]
    assert len(pairs) > 2500
    assert len(differ) < 60, differ


def test_text_without_traditional_characters_is_left_as_it_is() -> None:
    assert script.simplified("王小明 Tony 2號") == "王小明 Tony 2号"
    assert script.simplified("王小明 Tony") == "王小明 Tony"
    assert script.simplified("") == ""
    assert script.simplified("乾隆") == "乾隆"  # 乾 as in a name, not 干


def test_names_differing_by_spaces_or_width_compare_equal() -> None:
    assert script.name_key(" 陳 美玲 ") == script.name_key("陈美玲") == "陈美玲"
    assert script.name_key("ＴＯＮＹ陳") == script.name_key("TONY陈")


def test_the_table_is_one_character_to_one() -> None:
    assert len(TRADITIONAL) == len(SIMPLIFIED) == len(set(TRADITIONAL)) == 3760
    assert all(t != s for t, s in zip(TRADITIONAL, SIMPLIFIED, strict=True))
