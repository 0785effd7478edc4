"""Pinyin initials, so typing ``lzm`` finds 林志明 the way Chinese business software does."""

from __future__ import annotations

import ast
import json
import random
import re
import subprocess
import sys
from pathlib import Path

import pytest

from garage_desktop import demo, paths
from garage_desktop.demo import names
from garage_desktop.domain import pinyin, script
from garage_desktop.domain.pinyin import initials
from garage_desktop.domain.pinyin_phrases import WORDS
from garage_desktop.domain.pinyin_table import DEVIANT_PHRASES, FIRST_LETTERS, HAN_RANGES


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


# --- the same initials as pypinyin with its phrase dictionary, without loading it ------------------------------
# The customer's and the part's stored initials were computed by full pypinyin; the tables of ``pinyin_table``
# must give the same answer for every text, or a customer saved before would no longer be found by them. The
# tests import full pypinyin to compare; the program does not.

# Common surnames (mainland and Hong Kong), given-name characters, and characters read differently in words.
COMMON_SURNAMES = ("王李張张劉刘陳陈楊杨黃黄趙赵吳吴周徐孫孙馬马朱胡郭何高林羅罗鄭郑梁謝谢宋唐許许韓韩馮冯鄧邓曹"
                   "彭曾蕭萧田董袁潘于蔣蒋蔡余杜葉叶程蘇苏魏呂吕丁任沈姚盧卢姜崔鍾钟譚谭陸陆汪范金石廖賈贾夏韋韦"
                   "付方白鄒邹孟熊秦邱江尹薛閻阎段雷侯龍龙史陶黎賀贺顧顾毛郝龔龚邵萬万錢钱嚴严覃武戴莫孔向湯汤"
                   "麥麦區区單单解仇查樂乐翟種种召重長长闞阚鄺邝賴赖")
GIVEN_CHARACTERS = ("志明偉伟傑杰俊國国華华建軍军浩宇子軒轩文強强勇家榮荣振輝辉嘉鴻鸿錦锦永耀德昌健斌毅峰淑芬麗丽"
                    "美雅婷慧敏靜静秀玲燕紅红欣怡琳詩诗穎颖佩曉晓潔洁霞萍娟翠芳大小長长重行朝曾單单樂乐調调藏參参"
                    "宿解和會会信石艾齊齐萬万干乾正傳传阿奇弟好恶惡降率省校給给銀银慶庆城海天")
POLYPHONE_CASES = ("重庆", "到重慶", "長城", "长城汽车", "银行", "建设银行", "中國銀行", "曾志偉", "何曾", "單田芳",
                   "簡單", "音樂", "快樂", "石大勇", "王朝陽", "朝阳", "朝陽區", "黎重行", "張长江", "李长春", "宿舍",
                   "二十八宿", "调整", "空调", "空調濾芯", "行长", "人参", "海参", "解放", "解数", "重新", "率先",
                   "效率", "傳記", "自傳", "长安福特", "重庆长安", "長安", "乐队", "音乐厅", "参加", "降落", "投降")


def _with_phrases(name: str) -> str:
    """What ``initials`` answered before its tables: full pypinyin, phrase dictionary and all."""
    from pypinyin import Style, lazy_pinyin

    name = name.strip()
    surname = pinyin._SURNAME_INITIALS.get(name[:1], "")
    rest = name[1:] if surname else name
    parts = lazy_pinyin(rest, style=Style.FIRST_LETTER, errors=lambda text: list(text))
    return surname + "".join(p for p in parts if p.strip()).lower()


def _demo_and_catalog_texts() -> list[str]:
    """Every Chinese text of the demo garage's vocabulary (and its Simplified form), demo people's names, and the
    names of the starter catalog shipped in resources/."""
    texts: list[str] = []
    for module in sorted(Path(demo.__file__).parent.glob("*.py")):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and re.search("[\u3400-\u9fff]",
                                                                                             node.value):
                texts += [node.value, *node.value.split()]
    rng = random.Random(20)
    texts += [names.person_name(rng) for _ in range(2000)]
    catalog = json.loads(paths.resource("catalog", "starter_catalog.json").read_text(encoding="utf-8"))
    texts += [item[key] for group in ("operations", "parts") for item in catalog[group]
              for key in ("name", "spec", "category") if item.get(key)]
    return texts + [script.simplified(text) for text in texts]


def _generated_names() -> list[str]:
    rng = random.Random(2020)
    given = GIVEN_CHARACTERS
    return [rng.choice(COMMON_SURNAMES) + "".join(rng.choice(given) for _ in range(rng.choice((1, 2, 2))))
            for _ in range(5000)]


def test_initials_are_full_pypinyins_for_a_large_corpus() -> None:
    corpus = [*_demo_and_catalog_texts(), *_generated_names(), *POLYPHONE_CASES,
              *(f"王{word}明" for word in POLYPHONE_CASES), *(f"{word} Tony" for word in POLYPHONE_CASES)]
    assert len(corpus) > 9000
    differ = [(text, initials(text), _with_phrases(text)) for text in corpus if initials(text) != _with_phrases(text)]
    assert differ == []


def test_every_character_and_every_word_read_differently_agree_with_pypinyin() -> None:
    """Each character pypinyin knows, on its own and after a surname; each word of its phrase dictionary that
    reads a character differently, on its own and inside a name; and characters around the table's gaps."""
    from pypinyin.constants import PINYIN_DICT

    texts = [chr(code) for code in PINYIN_DICT]
    texts += [chr(code) for code in (*range(0x2FF0, 0x3410), *range(0x9FF0, 0xA010), *range(0xF8F0, 0xFB10),
                                     *range(0x1FFF0, 0x20010), *range(0x32380, 0x32390))]
    texts += ["林" + text for text in texts[:: 7]]
    texts += [*DEVIANT_PHRASES, *(f"陳{word}" for word in DEVIANT_PHRASES), *(f"{word}2號" for word in DEVIANT_PHRASES)]
    differ = [(text, initials(text), _with_phrases(text)) for text in texts if initials(text) != _with_phrases(text)]
    assert differ == []


def test_texts_made_of_pieces_of_words_are_cut_as_pypinyin_cuts_them() -> None:
    """Words overlapping a word read differently (长城市 长城 市? 长 城市?) decide which one pypinyin reads: random
    texts of pieces of its dictionary's words around those words read the same."""
    from pypinyin.constants import PHRASES_DICT

    rng = random.Random(12)
    words, deviant = sorted(PHRASES_DICT), sorted(DEVIANT_PHRASES)

    def piece() -> str:
        if rng.random() < 0.05:  # not Chinese, or Chinese without a reading (\u3402): where a run of them ends
            return rng.choice(("A", " ", "2", "\u3402", "，"))
        word = rng.choice(deviant if rng.random() < 0.5 else words)
        start = rng.randrange(len(word)) if rng.random() < 0.5 else 0
        return word[start:rng.randrange(start + 1, len(word) + 1)]

    texts = ["".join(piece() for _ in range(rng.randrange(2, 6))) for _ in range(20000)]
    differ = [(text, initials(text), _with_phrases(text)) for text in texts if initials(text) != _with_phrases(text)]
    assert differ == []


def test_the_tables_are_pypinyins() -> None:
    """pinyin_table is generated from pypinyin (its docstring says how): the first letter of each character's
    usual reading, and the phrases that read a character with another first letter."""
    from pypinyin import Style
    from pypinyin.constants import PHRASES_DICT, PINYIN_DICT, RE_HANS
    from pypinyin.style import convert

    def letter(reading: str) -> str:
        return convert(reading, Style.FIRST_LETTER, True)

    letters = {code: letter(readings.split(",")[0]) for code, readings in PINYIN_DICT.items()}
    in_table = {start + offset: ch for start, run in FIRST_LETTERS for offset, ch in enumerate(run) if ch != "_"}
    assert in_table == letters
    deviant = {word for word, readings in PHRASES_DICT.items() if len(readings) != len(word)
               or any(letters.get(ord(ch)) != letter(r[0]) for ch, r in zip(word, readings, strict=False))}
    assert DEVIANT_PHRASES == {word: "".join(letter(r[0]) for r in PHRASES_DICT[word]) for word in deviant}
    assert WORDS.split() == sorted(PHRASES_DICT)
    han = [code for code in range(0x3000, 0x32400) if not 0xD800 <= code < 0xE000 and RE_HANS.match(chr(code))]
    assert han == [code for first, last in HAN_RANGES for code in range(first, last + 1)]


def test_a_usual_name_leaves_the_phrase_dictionary_unloaded() -> None:
    """pypinyin and its 55 MB phrase dictionary are never loaded; the words of the dictionary only for a text
    holding a word it reads differently."""
    code = ("import sys\n"
            "from garage_desktop.domain.pinyin import initials\n"
            "assert initials('林志明') == 'lzm' and initials('陳大文 Tony') == 'cdwtony'\n"
            "assert 'garage_desktop.domain.pinyin_phrases' not in sys.modules\n"
            "assert initials('王重庆') == 'wcq' and initials('空调滤清器') == 'ktlqq'\n"
            "assert 'garage_desktop.domain.pinyin_phrases' in sys.modules\n"
            "assert not [name for name in sys.modules if name.startswith('pypinyin')]\n")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).parents[2])
