"""Vocabulary of the demo garage: people, cars, plates, VINs, the labour and parts catalogs, and typical jobs.

Everything here is data a real garage near 廣州 would write: Traditional-Chinese names, 粵 plates, the
makes and models on the road there, complaints in the customer's words. ``services.demo`` and the benchmark
generator draw from it with a seeded ``random.Random`` so the same seed always gives the same garage.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from garage_desktop.domain.classes import BodyView, DamageKind, FuelType, JobClass, Payer, RegulatoryClass
from garage_desktop.domain.identifiers import vin_check_digit

# --- people -------------------------------------------------------------------------------------------------
# Surnames common in Guangdong; none with an ambiguous reading (曾, 單, 區 …), so pinyin initials are right.
SURNAMES = ("陳李黃張梁林劉吳羅何鄭謝周王楊馮蔡許鄧蘇葉郭朱潘莫盧彭鍾余胡麥袁賴譚鄺")
COMPOUND_SURNAMES = ("歐陽", "司徒")
GIVEN_MALE = "志明偉傑俊國華建軍浩宇子軒文強勇家榮振輝嘉鴻錦永耀德昌健斌毅峰"
GIVEN_FEMALE = "淑芬麗美雅婷慧敏靜秀玲燕紅欣怡琳詩穎佩曉潔霞萍娟翠芳"
_MOBILE_PREFIXES = ("130", "131", "132", "135", "136", "137", "138", "139", "150", "152", "155", "158", "159",
                    "166", "176", "177", "180", "182", "186", "187", "188", "189", "199")
DISTRICTS = ("天河區", "越秀區", "海珠區", "荔灣區", "白雲區", "番禺區", "黃埔區")
ROADS = ("中山大道西", "天河北路", "環市東路", "江南大道中", "工業大道南", "廣州大道北", "東風中路", "黃埔大道西",
         "沙太路", "興華路")

# The garage's own staff: (name, role value, team).
STAFF: tuple[tuple[str, str, str], ...] = (
    ("王嘉欣", "advisor", ""),
    ("李俊傑", "advisor", ""),
    ("陳志強", "inspector", ""),
    ("黃國華", "inspector", ""),
    ("張建軍", "foreman", "一組"),
    ("梁永輝", "foreman", "二組"),
    ("何振華", "foreman", "鈑噴組"),
    ("鄧麗華", "store", ""),
    ("周淑芬", "cashier", ""),
)

GARAGE_PROFILE = {
    "garage_name": "穗安汽車維修服務有限公司",
    "garage_address": "廣州市天河區黃埔大道西 638 號",
    "garage_phone": "020-3888 6120",
    "licence_no": "粵交運管許可穗字 440106012345 號",
    "tax_id": "91440106MA5CXR3L7K",
}


def person_name(rng: random.Random) -> str:
    surname = rng.choice(COMPOUND_SURNAMES) if rng.random() < 0.03 else rng.choice(SURNAMES)
    pool = GIVEN_MALE if rng.random() < 0.6 else GIVEN_FEMALE
    given = rng.choice(pool) if rng.random() < 0.2 else rng.choice(pool) + rng.choice(pool)
    return surname + given


def mobile_phone(rng: random.Random) -> str:
    return rng.choice(_MOBILE_PREFIXES) + f"{rng.randrange(10**8):08d}"


def fresh(rng: random.Random, make: Callable[[random.Random], str], taken: set[str]) -> str:
    """A value from ``make`` not yet in ``taken`` (phones and plates are unique in the demo)."""
    value = make(rng)
    while value in taken:
        value = make(rng)
    taken.add(value)
    return value


def address(rng: random.Random) -> str:
    return f"廣州市{rng.choice(DISTRICTS)}{rng.choice(ROADS)} {rng.randint(1, 999)} 號"


# --- vehicles -----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class CarModel:
    make: str
    model: str
    model_class: str  # a name from services.bootstrap.STARTER_MODEL_CLASSES
    fuel: FuelType
    wmi: str  # the maker's world manufacturer identifier (VIN positions 1–3)
    new_energy: str  # "" ordinary plate, "D" electric or "F" plug-in hybrid new-energy plate
    weight: int  # how common it is on the road


_ECO, _MID, _UPPER, _LUX, _NEV = "經濟型轎車", "中級轎車 / SUV", "中高級轎車 / MPV", "豪華車 / 進口車", "新能源車"
P, D, H, E = FuelType.PETROL, FuelType.DIESEL, FuelType.HYBRID, FuelType.ELECTRIC
CAR_MODELS: tuple[CarModel, ...] = (
    CarModel("大眾", "朗逸", _ECO, P, "LSV", "", 10),
    CarModel("大眾", "速騰", _ECO, P, "LFV", "", 6),
    CarModel("大眾", "帕薩特", _MID, P, "LSV", "", 5),
    CarModel("大眾", "途觀L", _MID, P, "LSV", "", 4),
    CarModel("豐田", "卡羅拉", _ECO, P, "LFM", "", 8),
    CarModel("豐田", "卡羅拉 雙擎", _ECO, H, "LFM", "", 4),
    CarModel("豐田", "凱美瑞", _MID, P, "LVG", "", 6),
    CarModel("豐田", "漢蘭達", _UPPER, P, "LVG", "", 3),
    CarModel("本田", "雅閣", _MID, P, "LHG", "", 7),
    CarModel("本田", "思域", _ECO, P, "LVH", "", 5),
    CarModel("本田", "CR-V", _MID, P, "LVH", "", 5),
    CarModel("日產", "軒逸", _ECO, P, "LGB", "", 8),
    CarModel("別克", "英朗", _ECO, P, "LSG", "", 4),
    CarModel("別克", "GL8", _UPPER, P, "LSG", "", 3),
    CarModel("比亞迪", "秦PLUS DM-i", _NEV, H, "LGX", "F", 6),
    CarModel("比亞迪", "宋PLUS DM-i", _NEV, H, "LGX", "F", 4),
    CarModel("比亞迪", "漢 EV", _NEV, E, "LGX", "D", 3),
    CarModel("特斯拉", "Model 3", _NEV, E, "LRW", "D", 3),
    CarModel("廣汽埃安", "AION S", _NEV, E, "LMG", "D", 3),
    CarModel("五菱", "宏光MINI EV", _NEV, E, "LZW", "D", 2),
    CarModel("吉利", "帝豪", _ECO, P, "L6T", "", 4),
    CarModel("長安", "CS75 PLUS", _MID, P, "LS5", "", 3),
    CarModel("哈弗", "H6", _MID, P, "LGW", "", 4),
    CarModel("寶馬", "5系", _LUX, P, "LBV", "", 2),
    CarModel("奔馳", "C級", _LUX, P, "LE4", "", 2),
    CarModel("奧迪", "A4L", _LUX, P, "LFV", "", 2),
    CarModel("江鈴", "全順", _UPPER, D, "LJX", "", 1),
    CarModel("五十鈴", "D-MAX", _MID, D, "LWL", "", 1),
)
COLOURS = ("白", "白", "黑", "銀", "灰", "藍", "紅", "珍珠白", "香檳金")

# Plates of the garage's own city mostly, then the neighbours and people from other provinces.
_PLATE_AREAS = (("粵A", 70), ("粵B", 6), ("粵E", 8), ("粵S", 4), ("粵R", 2), ("湘A", 2), ("桂A", 2), ("贛A", 1),
                ("閩D", 1), ("川A", 1), ("鄂A", 1), ("京N", 1), ("滬A", 1))
_SERIAL_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I or O on plates
_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"  # no I, O or Q in VINs
_VIN_YEAR = dict(zip(range(2010, 2031), "ABCDEFGHJKLMNPRSTVWXY"))


def pick_model(rng: random.Random) -> CarModel:
    return rng.choices(CAR_MODELS, weights=[m.weight for m in CAR_MODELS])[0]


def plate(rng: random.Random, new_energy: str = "") -> str:
    """A plate that passes ``check_plate``: province + city letter + 5 (8 characters for new energy)."""
    area = rng.choices([a for a, _ in _PLATE_AREAS], weights=[w for _, w in _PLATE_AREAS])[0]
    if new_energy:
        second = rng.choice(_SERIAL_LETTERS + "0123456789")
        return f"{area}{new_energy}{second}{rng.randrange(10_000):04d}"
    pattern = rng.choices(("ddddd", "Ldddd", "dLddd", "LLddd", "ddddL", "dddLL"), weights=(40, 25, 10, 10, 10, 5))[0]
    return area + "".join(rng.choice(_SERIAL_LETTERS) if c == "L" else str(rng.randrange(10)) for c in pattern)


def vin(rng: random.Random, car: CarModel, year: int) -> str:
    """A VIN with the maker's WMI, the model year code and a correct check digit (position 9)."""
    vds = "".join(rng.choice(_VIN_CHARS) for _ in range(5))
    plant = rng.choice(_VIN_CHARS)
    body = f"{car.wmi}{vds}0{_VIN_YEAR[year]}{plant}{rng.randrange(10**6):06d}"
    return body[:8] + vin_check_digit(body) + body[9:]


# --- catalogs ----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Operation:
    code: str
    name: str
    category: str
    hours: Decimal
    team: str  # the team the foreman dispatches it to


OPERATIONS: tuple[Operation, ...] = tuple(Operation(c, n, cat, Decimal(h), t) for c, n, cat, h, t in (
    ("M01", "更換機油機濾", "保養", "0.5", "二組"),
    ("M02", "二級維護", "保養", "3.0", "二組"),
    ("M03", "更換空氣濾清器", "保養", "0.3", "二組"),
    ("M04", "更換空調濾清器", "保養", "0.2", "二組"),
    ("B01", "更換前剎車片", "底盤", "1.0", "一組"),
    ("B02", "更換後剎車片", "底盤", "1.0", "一組"),
    ("B03", "更換剎車油", "底盤", "0.8", "一組"),
    ("T01", "四輪定位", "底盤", "1.0", "一組"),
    ("T02", "輪胎動平衡（四輪）", "底盤", "0.8", "一組"),
    ("S01", "更換前減震器", "底盤", "2.5", "一組"),
    ("A01", "空調檢修", "電器", "1.5", "一組"),
    ("E01", "發動機大修", "發動機", "16.0", "一組"),
    ("E02", "更換火花塞", "發動機", "0.8", "二組"),
    ("E03", "更換蓄電池", "電器", "0.3", "二組"),
    ("E04", "更換曲軸位置感測器", "電器", "1.2", "一組"),
    ("G01", "變速箱大修", "變速箱", "12.0", "一組"),
    ("W01", "更換雨刮片", "保養", "0.2", "二組"),
    ("P01", "鈑金修復", "鈑噴", "4.0", "鈑噴組"),
    ("P02", "噴漆（每面）", "鈑噴", "3.0", "鈑噴組"),
    ("V01", "新能源三電系統檢測", "保養", "1.0", "二組"),
))
OPERATION_BY_CODE = {op.code: op for op in OPERATIONS}


@dataclass(frozen=True)
class PartSpec:
    code: str
    name: str
    spec: str
    unit: str
    origin: str  # oem 原廠 / equivalent 同質 / repaired 修復
    price: Decimal
    cost: Decimal
    minimum: Decimal
    supplier: str


PARTS: tuple[PartSpec, ...] = tuple(
    PartSpec(c, n, s, u, o, Decimal(p), Decimal(k), Decimal(m), sup) for c, n, s, u, o, p, k, m, sup in (
        ("OIL-5W30-4L", "機油 5W-30 4L", "美孚1號 全合成 SP", "桶", "equivalent", "368.00", "245.00", "10", "廣州潤通"),
        ("OIL-0W20-4L", "機油 0W-20 4L", "原廠 全合成", "桶", "oem", "420.00", "290.00", "6", "原廠配件中心"),
        ("OF-OEM", "機油濾清器", "原廠", "個", "oem", "68.00", "35.00", "10", "原廠配件中心"),
        ("OF-EQ", "機油濾清器", "曼牌 W 811/80", "個", "equivalent", "45.00", "22.00", "10", "廣州潤通"),
        ("AF-EQ", "空氣濾清器", "曼牌 C 27 009", "個", "equivalent", "85.00", "40.00", "6", "廣州潤通"),
        ("CF-EQ", "空調濾清器", "博世 活性炭", "個", "equivalent", "78.00", "35.00", "6", "博世授權經銷"),
        ("BP-F-OEM", "前剎車片", "原廠 陶瓷", "套", "oem", "480.00", "300.00", "2", "原廠配件中心"),
        ("BP-F-EQ", "前剎車片", "博世 陶瓷", "套", "equivalent", "320.00", "180.00", "3", "博世授權經銷"),
        ("BP-R-EQ", "後剎車片", "博世 陶瓷", "套", "equivalent", "280.00", "160.00", "3", "博世授權經銷"),
        ("BF-DOT4", "剎車油 DOT4", "博世 1L", "瓶", "equivalent", "85.00", "40.00", "4", "博世授權經銷"),
        ("SP-NGK", "火花塞", "NGK 銥金 ILKAR7L11", "支", "equivalent", "95.00", "55.00", "8", "廣州潤通"),
        ("BAT-60", "蓄電池", "瓦爾塔 60Ah", "個", "equivalent", "650.00", "420.00", "2", "瓦爾塔經銷"),
        ("R134A", "空調冷媒 R134a", "巨化 1kg", "瓶", "equivalent", "120.00", "45.00", "4", "廣州潤通"),
        ("SHOCK-F", "前減震器", "KYB 原廠配套", "支", "equivalent", "780.00", "480.00", "2", "KYB 經銷"),
        ("PR-SET", "活塞環組", "原廠 標準尺寸", "套", "oem", "1280.00", "820.00", "1", "原廠配件中心"),
        ("GSK-KIT", "發動機大修包", "原廠 缸墊油封", "套", "oem", "1650.00", "1050.00", "1", "原廠配件中心"),
        ("VB-REP", "變速箱閥體", "修復件 保用三個月", "個", "repaired", "2200.00", "1300.00", "0", "華南變速箱修復"),
        ("ATF-1L", "變速箱油 ATF", "愛信 AFW+ 1L", "升", "oem", "98.00", "55.00", "12", "原廠配件中心"),
        ("CKP", "曲軸位置感測器", "原廠", "個", "oem", "460.00", "280.00", "1", "原廠配件中心"),
        ("WW-5G", "輪胎平衡塊", "5g 粘貼式", "片", "equivalent", "2.00", "0.50", "50", "廣州潤通"),
        ("WIPER", "雨刮片", "博世 無骨 一對", "對", "equivalent", "168.00", "80.00", "4", "博世授權經銷"),
        ("PAINT", "油漆輔料", "PPG 水性漆 每面", "面", "equivalent", "380.00", "160.00", "4", "PPG 經銷"),
        ("BUMPER-R", "後保險槓", "修復件", "個", "repaired", "600.00", "250.00", "0", "本廠修復"),
    ))
PART_BY_CODE = {p.code: p for p in PARTS}


@dataclass(frozen=True)
class Job:
    """A kind of visit: its classes, what the customer says, what the inspector finds, what is done."""

    key: str
    job_class: JobClass
    regulatory_class: RegulatoryClass
    complaints: tuple[str, ...]
    diagnosis: str
    operations: tuple[str, ...]
    parts: tuple[tuple[str, str], ...]  # (part code, quantity); "OIL", "OF", "BP-F": OEM or equivalent
    weight: int
    electric: bool | None  # True: electric cars only; False: not for electric cars; None: any car
    payers: tuple[tuple[Payer, int], ...] = ((Payer.SELF, 1),)


J, R = JobClass, RegulatoryClass
JOBS: tuple[Job, ...] = (
    Job("oil", J.MINOR, R.LEVEL1_MAINTENANCE, ("到保養里程了，換機油機濾", "儀表提示保養", "做個小保養"),
        "按保養週期更換機油機濾，檢查各油液液位及輪胎氣壓", ("M01",), (("OIL", "1"), ("OF", "1")), 30, False),
    Job("l2", J.MEDIUM, R.LEVEL2_MAINTENANCE, ("做二級維護", "跑了四萬公里，做個全面保養"),
        "按二級維護作業項目執行：更換機油三濾，檢查制動、轉向、懸架、燈光", ("M02", "M01"),
        (("OIL", "1"), ("OF", "1"), ("AF-EQ", "1"), ("CF-EQ", "1")), 14, False),
    Job("brake", J.MINOR, R.MINOR_REPAIR, ("剎車時有吱吱的異響", "踩剎車感覺變軟，剎車距離變長"),
        "前剎車片磨損至 2 mm，已到極限，需更換；剎車盤狀況良好", ("B01",), (("BP-F", "1"),), 12, None,
        ((Payer.SELF, 9), (Payer.WARRANTY, 1))),
    Job("align", J.MINOR, R.SPECIALIST_REPAIR, ("高速時方向盤抖動", "車子往右跑偏"),
        "四輪定位參數偏差，前束超標；前輪動平衡不良", ("T01", "T02"), (("WW-5G", "8"),), 8, None),
    Job("ac", J.MINOR, R.SPECIALIST_REPAIR, ("冷氣不涼", "開空調有一股異味"),
        "空調冷媒不足，低壓管接頭輕微滲漏；空調濾芯髒污", ("A01", "M04"), (("R134A", "1"), ("CF-EQ", "1")), 8, None),
    Job("plug", J.MINOR, R.MINOR_REPAIR, ("冷車啟動抖動，加速無力", "發動機故障燈亮了"),
        "火花塞積碳、間隙過大，第三缸失火（故障碼 P0303）", ("E02",), (("SP-NGK", "4"),), 6, False),
    Job("battery", J.MINOR, R.MINOR_REPAIR, ("早上打不著火", "車放幾天就沒電"),
        "蓄電池老化，容量不足 40%，需更換", ("E03",), (("BAT-60", "1"),), 5, None),
    Job("shock", J.MEDIUM, R.SPECIALIST_REPAIR, ("過減速帶咚咚響", "車身晃得厲害"),
        "左右前減震器漏油，減震失效", ("S01",), (("SHOCK-F", "2"),), 4, None),
    Job("body", J.MEDIUM, R.SPECIALIST_REPAIR, ("倒車撞到柱子，後保險槓凹了", "停車被人刮了，左後門掉漆"),
        "後保險槓凹陷開裂，需鈑金修復並噴漆兩面", ("P01", "P02"), (("BUMPER-R", "1"), ("PAINT", "2")), 9, None,
        ((Payer.CLAIM, 6), (Payer.SELF, 4))),
    Job("ev", J.MINOR, R.LEVEL1_MAINTENANCE, ("電動車做保養，順便檢查電池",),
        "三電系統檢測正常，電池健康度 96%；更換空調濾芯，檢測剎車油含水量", ("V01", "M04"), (("CF-EQ", "1"),),
        20, True),
    Job("engine", J.MAJOR, R.ASSEMBLY_OVERHAUL, ("發動機燒機油，排氣冒藍煙", "發動機有異響，動力明顯下降"),
        "氣缸壓力偏低（二缸 8.5 bar），活塞環磨損，需發動機大修", ("E01",),
        (("PR-SET", "1"), ("GSK-KIT", "1"), ("OIL", "1"), ("OF", "1")), 2, False,
        ((Payer.SELF, 3), (Payer.WARRANTY, 1))),
    Job("gearbox", J.MAJOR, R.ASSEMBLY_OVERHAUL, ("變速箱換擋有衝擊", "D 擋起步有頓挫"),
        "變速箱閥體磨損，油壓不穩，需變速箱大修", ("G01",), (("VB-REP", "1"), ("ATF-1L", "8")), 2, False,
        ((Payer.SELF, 3), (Payer.WARRANTY, 1))),
)
# An intermittent fault (偶發故障): the car may leave on a deposit until the fix is confirmed.
INTERMITTENT = Job("intermittent", J.MEDIUM, R.SPECIALIST_REPAIR, ("偶爾熄火，故障燈時亮時滅",),
                   "歷史故障碼 P0335（曲軸位置感測器），偶發故障，更換感測器後需路試觀察", ("E04",), (("CKP", "1"),),
                   0, False)

# Added work (追加項目) the inspector finds during repair: (operation, description, part code, quantity).
ADDED_WORK: tuple[tuple[str, str, str, str], ...] = (
    ("B02", "檢查發現後剎車片剩 3 mm，建議一併更換", "BP-R-EQ", "1"),
    ("M04", "空調濾芯髒污發黑，建議更換", "CF-EQ", "1"),
    ("W01", "雨刮片老化刮不乾淨，建議更換", "WIPER", "1"),
    ("B03", "剎車油含水量 3%，超標，建議更換", "BF-DOT4", "1"),
)

# --- what people write on the forms ------------------------------------------------------------------------
ITEMS_LEFT = ("", "", "", "行車記錄儀", "雨傘", "兒童安全座椅", "充電線", "後備箱有工具箱", "ETC 卡", "太陽眼鏡")
INTAKE_NOTES = ("", "", "", "左前輪胎紋較淺，已提醒客戶", "油量偏低，已告知客戶", "車內有寵物毛髮")
DAMAGE: tuple[tuple[BodyView, DamageKind, str], ...] = (
    (BodyView.LEFT, DamageKind.SCRATCH, "左前門刮痕約 10 cm"),
    (BodyView.RIGHT, DamageKind.DENT, "右後葉子板小凹陷"),
    (BodyView.FRONT, DamageKind.CHIP, "前保險槓掉漆"),
    (BodyView.REAR, DamageKind.SCRATCH, "後保險槓擦痕"),
    (BodyView.FRONT, DamageKind.CRACK, "前擋風玻璃小裂紋"),
    (BodyView.TOP, DamageKind.CHIP, "車頂天窗邊緣掉漆"),
    (BodyView.LEFT, DamageKind.MISSING, "左後視鏡蓋缺失"),
    (BodyView.RIGHT, DamageKind.RUST, "右側裙邊鏽蝕"),
)
CANCEL_REASONS = ("客戶嫌報價偏高，暫不維修", "客戶改到 4S 店處理", "配件缺貨，客戶不願等待", "客戶電話取消預約",
                  "客戶臨時出差，另行預約")
NO_SHOW_REASON = "客戶未到店，電話未接通"
APPOINTMENT_NOTES = ("", "", "電話預約", "微信預約", "客戶要求上午取車", "老客戶，順便檢查輪胎")
QC_ITEMS = ("制動系統", "轉向系統", "燈光信號", "輪胎與懸架", "油液液位", "外觀（對照進場記錄）", "路試")
QC_FAILURES = ("路試時剎車仍有輕微異響，需重新打磨安裝", "漆面有流痕，需重新拋光", "機油液位偏高，需重新調整",
               "四輪定位前束仍偏大，需重新調整")
FOLLOW_UP_REMARKS = ("客戶表示滿意，車況良好", "問題已解決，很滿意", "客戶滿意，提醒下次保養里程", "稍嫌等待時間長，其餘滿意")
FOLLOW_UP_COMPLAINT = ("交車比約定時間晚了兩個小時，客戶不滿", "店主致電致歉，下次保養工時費九折")
UNREACHED = "電話無人接聽，明天再打"
