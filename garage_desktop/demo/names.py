"""Vocabulary of the demo garage: people, cars, plates, VINs, the labour and parts catalogs, and typical jobs.

Everything here is data a real garage near 廣州 would write: Chinese names, 粤 plates, the makes and models on
the road there, complaints in the customer's words. ``demo.build`` and the benchmark generator draw from it with
a seeded ``random.Random`` so the same seed always gives the same garage. It is written once, in Traditional
characters; a mainland (zh_CN) demo writes every text through the paperwork's table (``documents.simplified``),
where each Chinese string of this package is registered (``ui.i18n_tool.PAPERWORK_SOURCES``): a new text here
needs ``python -m garage_desktop.ui.i18n_tool paperwork`` (a test says so).
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

# The garage's own staff: (name, role values comma-separated — the first is the person's main job —, team).
STAFF: tuple[tuple[str, str, str], ...] = (
    ("王嘉欣", "advisor,cashier", ""),  # the advisor takes the money when the cashier is out (issue 14)
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
    "tax_id": "91440106MA5CXR3L7C",  # its check character right (the health record checks it)
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

# Plates of the garage's own city mostly, then the neighbours and people from other provinces; written as on
# the plate itself, in Simplified characters (GA 36), the one form the program stores a plate in.
_PLATE_AREAS = (("粤A", 70), ("粤B", 6), ("粤E", 8), ("粤S", 4), ("粤R", 2), ("湘A", 2), ("桂A", 2), ("赣A", 1),
                ("闽D", 1), ("川A", 1), ("鄂A", 1), ("京N", 1), ("沪A", 1))
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
    """A kind of visit: its classes, what the customer says, what the inspector finds, what is done.

    A complaint may say how far the car has run (``{km}``: filled from the car's odometer by ``mileage_words``);
    ``comeback`` is what the customer says and the inspector finds when the car comes back after this job."""

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
    comeback: tuple[str, str] = ("", "")  # (complaint, diagnosis) when the car comes back after this job


J, R = JobClass, RegulatoryClass
JOBS: tuple[Job, ...] = (
    Job("oil", J.MINOR, R.LEVEL1_MAINTENANCE, ("到保養里程了，換機油機濾", "儀表提示保養", "做個小保養"),
        "按保養週期更換機油機濾，檢查各油液液位及輪胎氣壓", ("M01",), (("OIL", "1"), ("OF", "1")), 30, False,
        comeback=("上次換機油後，停車位置地上有油漬", "機油濾清器密封圈未壓緊，滲油；重新更換機油機濾")),
    Job("l2", J.MEDIUM, R.LEVEL2_MAINTENANCE, ("做二級維護", "跑了{km}公里，做個全面保養"),
        "按二級維護作業項目執行：更換機油三濾，檢查制動、轉向、懸架、燈光", ("M02", "M01"),
        (("OIL", "1"), ("OF", "1"), ("AF-EQ", "1"), ("CF-EQ", "1")), 14, False,
        comeback=("上次保養後，發動機艙有機油味", "機油濾清器安裝不到位，輕微滲油；重新按二級維護項目檢查並更換機油機濾")),
    # Pads worn down are wear, never 三包: the customer pays.
    Job("brake", J.MINOR, R.MINOR_REPAIR, ("剎車時有吱吱的異響", "踩剎車感覺變軟，剎車距離變長"),
        "前剎車片磨損至 2 mm，已到極限，需更換；剎車盤狀況良好", ("B01",), (("BP-F", "1"),), 12, None,
        comeback=("上次換剎車片後，剎車又有異響", "前剎車片安裝時消音片漏裝，引起異響；重新更換前剎車片")),
    Job("align", J.MINOR, R.SPECIALIST_REPAIR, ("高速時方向盤抖動", "車子往右跑偏"),
        "四輪定位參數偏差，前束超標；前輪動平衡不良", ("T01", "T02"), (("WW-5G", "8"),), 8, None,
        comeback=("做完四輪定位，車子還是往右跑偏", "前束調整後鎖緊螺母未鎖緊，參數走位；重新做四輪定位及動平衡")),
    Job("ac", J.MINOR, R.SPECIALIST_REPAIR, ("冷氣不涼", "開空調有一股異味"),
        "空調冷媒不足，低壓管接頭輕微滲漏；空調濾芯髒污", ("A01", "M04"), (("R134A", "1"), ("CF-EQ", "1")), 8, None,
        comeback=("冷氣修好沒幾天又不涼了", "低壓管接頭密封圈未更換，冷媒再次滲漏；重新檢修空調並加註冷媒")),
    Job("plug", J.MINOR, R.MINOR_REPAIR, ("冷車啟動抖動，加速無力", "發動機故障燈亮了"),
        "火花塞積碳、間隙過大，第三缸失火（故障碼 P0303）", ("E02",), (("SP-NGK", "4"),), 6, False,
        comeback=("換了火花塞，冷車啟動還是抖", "第三缸火花塞間隙未按規定調整，仍失火；重新更換火花塞")),
    Job("battery", J.MINOR, R.MINOR_REPAIR, ("早上打不著火", "車放幾天就沒電"),
        "蓄電池老化，容量不足 40%，需更換", ("E03",), (("BAT-60", "1"),), 5, None,
        comeback=("換了電池，早上又打不著火", "新蓄電池極樁接觸不良，充電不足；重新更換蓄電池並緊固樁頭")),
    Job("shock", J.MEDIUM, R.SPECIALIST_REPAIR, ("過減速帶咚咚響", "車身晃得厲害"),
        "左右前減震器漏油，減震失效", ("S01",), (("SHOCK-F", "2"),), 4, None,
        comeback=("換了減震器，過減速帶還是咚咚響", "前減震器頂膠安裝不到位，異響；重新更換前減震器")),
    Job("body", J.MEDIUM, R.SPECIALIST_REPAIR, ("倒車撞到柱子，後保險槓凹了", "被後車追尾，後保險槓開裂"),
        "後保險槓凹陷開裂，需鈑金修復並噴漆兩面", ("P01", "P02"), (("BUMPER-R", "1"), ("PAINT", "2")), 9, None,
        ((Payer.CLAIM, 6), (Payer.SELF, 4)),
        comeback=("後保險槓噴漆的地方起泡了", "後保險槓修補處底漆未乾透即噴面漆，起泡；重新鈑金修復並噴漆")),
    Job("ev", J.MINOR, R.LEVEL1_MAINTENANCE, ("電動車做保養，順便檢查電池",),
        "三電系統檢測正常，電池健康度 {soh}%；更換空調濾芯，檢測剎車油含水量", ("V01", "M04"), (("CF-EQ", "1"),),
        20, True, comeback=("保養後開空調有一股異味", "空調濾芯型號不符，邊緣漏風；重新更換空調濾芯")),
    Job("engine", J.MAJOR, R.ASSEMBLY_OVERHAUL, ("發動機燒機油，排氣冒藍煙", "發動機有異響，動力明顯下降"),
        "氣缸壓力偏低（二缸 8.5 bar），活塞環磨損，需發動機大修", ("E01",),
        (("PR-SET", "1"), ("GSK-KIT", "1"), ("OIL", "1"), ("OF", "1")), 2, False,
        ((Payer.SELF, 3), (Payer.WARRANTY, 1)),
        comeback=("發動機大修後又開始燒機油", "活塞環開口未錯開安裝，竄油；重新大修發動機")),
    Job("gearbox", J.MAJOR, R.ASSEMBLY_OVERHAUL, ("變速箱換擋有衝擊", "D 擋起步有頓挫"),
        "變速箱閥體磨損，油壓不穩，需變速箱大修", ("G01",), (("VB-REP", "1"), ("ATF-1L", "8")), 2, False,
        ((Payer.SELF, 3), (Payer.WARRANTY, 1)),
        comeback=("變速箱大修後換擋又有衝擊", "閥體安裝後未做自適應學習，換擋衝擊；重新檢修變速箱")),
)
JOB_BY_KEY = {job.key: job for job in JOBS}
# An intermittent fault (偶發故障): the car may leave on a deposit until the fix is confirmed.
INTERMITTENT = Job("intermittent", J.MEDIUM, R.SPECIALIST_REPAIR, ("偶爾熄火，故障燈時亮時滅",),
                   "歷史故障碼 P0335（曲軸位置感測器），偶發故障，更換感測器後需路試觀察", ("E04",), (("CKP", "1"),),
                   0, False)
# A 三包 order (the maker pays) says why in its diagnosis, from the car's own records.
WARRANTY_NOTE = "；車輛在三包包修期內（{registered:%Y年%m月}上牌，進廠里程 {km:,} 公里），屬產品質量問題，費用由廠家承擔"

# Added work (追加項目) the inspector finds during repair: (operation, description, part code, quantity).
ADDED_WORK: tuple[tuple[str, str, str, str], ...] = (
    ("B02", "檢查發現後剎車片剩 3 mm，建議一併更換", "BP-R-EQ", "1"),
    ("M04", "空調濾芯髒污發黑，建議更換", "CF-EQ", "1"),
    ("W01", "雨刮片老化刮不乾淨，建議更換", "WIPER", "1"),
    ("B03", "剎車油含水量 3%，超標，建議更換", "BF-DOT4", "1"),
)
# 用料批條: a part the mechanic needs beyond the plan while repairing, by job (part code, quantity, reason).
EXTRA_PARTS: dict[str, tuple[str, str, str]] = {
    "brake": ("BF-DOT4", "1", "更換前剎車片後剎車油液位低於下限，需補加剎車油"),
    "align": ("WW-5G", "6", "右前輪動平衡需加配重，計劃的平衡塊不夠"),
    "ac": ("R134A", "1", "系統抽真空後加註冷媒，一瓶不夠，需再領一瓶"),
    "gearbox": ("ATF-1L", "2", "變速箱循環換油需多用 2 升，計劃的 8 升不夠"),
}

# --- what people write on the forms ------------------------------------------------------------------------
ITEMS_LEFT = ("", "", "", "行車記錄儀", "雨傘", "兒童安全座椅", "後備箱有工具箱", "ETC 卡", "太陽眼鏡")
ITEMS_LEFT_NEW_ENERGY = ("充電線",)  # only in a car that is charged
INTAKE_NOTES = ("", "", "", "左前輪胎紋較淺，已提醒客戶", "車內有寵物毛髮")
LOW_FUEL_NOTE = {True: "電量偏低，已告知客戶", False: "油量偏低，已告知客戶"}  # by electric; at 1/8 or 2/8
DAMAGE: tuple[tuple[BodyView, DamageKind, str], ...] = (
    (BodyView.LEFT, DamageKind.SCRATCH, "左前門刮痕約 10 cm"),
    (BodyView.RIGHT, DamageKind.DENT, "右後葉子板小凹陷"),
    (BodyView.FRONT, DamageKind.CHIP, "前保險槓掉漆"),
    (BodyView.REAR, DamageKind.SCRATCH, "後保險槓擦痕"),
    (BodyView.FRONT, DamageKind.CRACK, "前擋風玻璃小裂紋"),
    (BodyView.TOP, DamageKind.CHIP, "車頂邊緣掉漆"),
    (BodyView.LEFT, DamageKind.MISSING, "左後視鏡蓋缺失"),
    (BodyView.RIGHT, DamageKind.RUST, "右側裙邊鏽蝕"),
)
# The damage a body job comes in for, marked at intake like any other.
BODY_DAMAGE = (BodyView.REAR, DamageKind.DENT, "後保險槓凹陷開裂（本次維修項目）")
CANCEL_REASONS = ("客戶嫌報價偏高，暫不維修", "客戶改到 4S 店處理", "配件缺貨，客戶不願等待", "客戶電話取消預約",
                  "客戶臨時出差，另行預約")
NO_SHOW_REASON = "客戶未到店，電話未接通"
APPOINTMENT_NOTES = ("", "", "電話預約", "微信預約", "順便檢查胎壓")
# Final QC: what the inspector writes when an order item fails, by the item's operation (so the note is always
# about the item that failed).
QC_FAILURES: dict[str, str] = {
    "M01": "機油液位偏高，需放出少許重新調整",
    "M02": "二級維護作業表漏檢輪胎氣壓，需補做",
    "M03": "空氣濾清器蓋卡扣未扣好，需重新安裝",
    "M04": "空調濾清器裝反（氣流箭頭朝上），需重新安裝",
    "B01": "路試時前剎車片仍有輕微異響，需重新打磨安裝",
    "B02": "路試時後剎車片有輕微異響，需重新打磨安裝",
    "B03": "剎車踏板偏軟，剎車油管路內有空氣，需重新排氣",
    "T01": "四輪定位前束仍偏大，需重新調整",
    "T02": "路試 100 km/h 方向盤仍抖動，需重做輪胎動平衡",
    "S01": "右前減震器頂膠螺母未按扭矩緊固，過減速帶有異響",
    "A01": "空調出風口溫度 14 °C，偏高，需重新抽真空加註冷媒",
    "E01": "怠速時發動機氣門室蓋滲油，需更換墊片重新安裝",
    "E02": "第三缸火花塞高壓線插頭未插到位，怠速仍輕微抖動",
    "E03": "蓄電池負極樁頭未緊固，需重新緊固",
    "E04": "曲軸位置感測器插頭未鎖緊，路試後故障碼再現",
    "G01": "路試 2 擋升 3 擋仍有輕微衝擊，變速箱需重新做自適應學習",
    "W01": "雨刮片刮拭有水痕，需重新調整安裝",
    "P01": "鈑金修復處與尾燈間隙不均，需重新調整",
    "P02": "噴漆面有流痕，需重新拋光",
    "V01": "三電系統檢測報告漏測絕緣電阻，需補測",
}
# Follow-up calls: what the customer said, by the satisfaction they gave (5 best).
FOLLOW_UP_REMARKS: dict[int, tuple[str, ...]] = {
    5: ("客戶表示滿意，車況良好", "客戶很滿意", "客戶滿意，已提醒下次保養：{next_km:,} 公里或 {next_on:%Y年%m月}"),
    4: ("客戶滿意，車況良好", "稍嫌等待時間長，其餘滿意", "客戶滿意，已提醒下次保養：{next_km:,} 公里或 {next_on:%Y年%m月}"),
    3: ("稍嫌等待時間長，其餘尚可", "客戶覺得價格偏高，其餘尚可"),
    2: ("客戶不滿意，已記錄投訴，轉店主處理",),
}
# A complaint (satisfaction 2) and how the owner resolved it, for: a car ready after the time promised, added
# work the customer paid for, anything else.
COMPLAINT_LATE = ("交車比約定時間晚了約 {hours} 小時，客戶不滿", "店主致電致歉，下次保養工時費九折")
COMPLAINT_ADDED = ("客戶認為追加項目（{item}）應在報價時一併查出", "店主致電解釋檢查經過，客戶表示理解")
COMPLAINT_OTHER = ("客戶反映取車時駕駛座有油污", "店主致電致歉，客戶下次到店時免費清洗內飾")
UNREACHED = "電話無人接聽，稍後再打"
# The customer's answer to the call script's next-service question.
NEXT_SERVICE_ANSWER = "下次保養約 {next_km:,} 公里或 {next_on:%Y年%m月}，到時請提醒"

_NUMERALS = "零一二三四五六七八九"


def chinese_number(n: int) -> str:
    """0–99 as a customer says it: 四, 十, 十九, 二十, 二十一."""
    tens, ones = divmod(n, 10)
    if not 0 <= n < 100:
        raise ValueError(n)
    if tens == 0:
        return _NUMERALS[ones]
    return ("" if tens == 1 else _NUMERALS[tens]) + "十" + (_NUMERALS[ones] if ones else "")


def mileage_words(km: int) -> str:
    """How far the car has run, as a customer says it from the odometer: 八千, 四萬, 十九萬多."""
    tens_of_thousands, rest = divmod(km, 10_000)
    if tens_of_thousands == 0:
        return f"{chinese_number(max(1, km // 1000))}千"
    return f"{chinese_number(min(99, tens_of_thousands))}萬" + ("多" if rest >= 1000 else "")


def battery_health(km: int) -> int:
    """A plausible state of health (%) of an electric car's battery after ``km``."""
    return max(85, 100 - round(km / 15_000))
