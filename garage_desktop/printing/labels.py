"""Printed labels, keyed by their English text, in Chinese and English.

The printouts are in the garage's document language (zh_CN, zh_TW or en). The Chinese wording is the garage's
own vocabulary (the seed text on the service process): 維修工單, 工時定額, 超過此金額須通知客戶 and so on, written
once in Traditional (zh_TW); the mainland Simplified (zh_CN) labels are the zh_TW ones through the reviewed table
of ``documents.simplified`` (``mainland``), never a second dictionary.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from garage_desktop.documents.simplified import mainland
from garage_desktop.languages import paperwork_language

LANGUAGES = ("zh_CN", "zh_TW", "en")

ZH_TW: dict[str, str] = {
    # Titles and page furniture
    "Work order": "維修工單",
    "Work order / repair authorization": "維修工單（委託書）",
    "Dispatch slip": "派工單",
    "Customer copy": "客戶聯",
    "Workshop copy": "車間聯",
    ":": "：",
    "No.": "單號",
    "Address": "地址",
    "Phone": "電話",
    "Licence no.": "經營許可證號",
    "Tax ID": "統一社會信用代碼",
    "Page {page} of {pages}": "第 {page} 頁 / 共 {pages} 頁",
    "Printed {time}": "列印時間 {time}",
    "(continued)": "（續）",
    "Draft — the car has not left": "草稿 — 未出廠",
    # Order, customer and vehicle
    "Customer": "客戶",
    "Plate": "車牌號",
    "VIN": "車架號(VIN)",
    "Make / model": "廠牌車型",
    "Mileage in": "進廠里程",
    "Fuel": "燃油",
    "Received": "進廠時間",
    "Order opened": "開單時間",
    "Promised completion": "預計完工時間",
    "Payer": "結算方式",
    "Job class": "作業分類",
    "Vehicle": "車輛",
    "Self-pay": "自付",
    "Warranty": "三包",
    "Claim": "索賠",
    "Major repair": "大修",
    "Medium repair": "中修",
    "Minor repair": "小修",
    "Vehicle overhaul": "整車修理",
    "Assembly overhaul": "總成修理",
    "Level-2 maintenance": "二級維護",
    "Level-1 maintenance": "一級維護",
    "Specialist repair": "專項修理",
    "Complaint (in the customer's words)": "故障現象（客戶描述）",
    "Diagnosis": "檢測診斷",
    # Intake inspection
    "Intake inspection": "接車檢查",
    "Body damage": "外觀損傷",
    "No body damage recorded.": "未發現外觀損傷。",
    "Items left in the car": "車內物品",
    "Notes": "備註",
    "None": "無",
    "Front": "前",
    "Rear": "後",
    "Left side": "左側",
    "Right side": "右側",
    "Roof": "車頂",
    "Scratch": "刮痕",
    "Dent": "凹陷",
    "Crack": "裂紋",
    "Missing": "缺失",
    "Paint chip": "掉漆",
    "Rust": "鏽蝕",
    # Labour
    "Repair items": "維修項目",
    "#": "序號",
    "Item": "項目",
    "Standard hours": "工時定額",
    "Hourly rate": "工時單價",
    "Coefficient": "技術複雜係數",
    "Labour charge": "工時費",
    "Labour charge = standard hours × hourly rate × model complexity coefficient":
        "工時費 = 工時定額 × 工時單價 × 車型技術複雜係數",
    "added": "追加",
    "Package card": "套餐卡",  # issue 19: a line the customer's package card pays ("[套餐卡…5678]")
    "Team": "班組",
    "Mechanic": "維修工",
    "Done": "完工",
    # Parts
    "Planned parts": "計劃用料",
    "Part": "配件名稱",
    "Brand / spec": "品牌規格",
    "Origin": "類別",
    "OEM": "原廠",
    "Equivalent": "同質",
    "Repaired": "修復",
    "Unit": "單位",
    "Qty": "數量",
    "Unit price": "單價",
    "Amount": "金額",
    "Parts charge": "材料費",
    "Customer-supplied": "客供",
    "No planned parts.": "無計劃用料。",
    "No repair items.": "無維修項目。",
    # Outside work (外加工) and its slip
    "Outside work": "外加工",
    "Outside work charge": "外加工費",
    "Outside shop": "外加工廠",
    "Outside work slip": "外部加工單",
    "Work to be done": "加工內容",
    "Agreed price": "加工費",
    "Sent": "送出日期",
    "Expected back": "預計返回",
    "Back": "返回日期",
    "Sent by": "送件人",
    "Received by the outside shop": "加工方簽收",
    "Checked on return": "返回驗收",
    "Outside work slip note": "本單隨工件送外加工，加工完畢連同本單返回；加工內容或費用如需變更，請先與本廠聯繫。",
    # Totals and the customer's answers
    "Estimated cost": "預計費用",
    "Net of VAT": "不含稅金額",
    "VAT {rate}%": "增值稅 {rate}%",
    "Total (VAT included)": "合計（含稅）",
    "Customer's instructions": "客戶約定",
    "Notify the customer above this amount": "超過此金額須通知客戶",
    "May other damaged parts found during the repair be replaced?": "維修中發現其他損壞部件是否可更換",
    "Yes": "是",
    "No": "否",
    "Not answered": "未答覆",
    "Not set": "未約定",
    # "Terms" is a key rather than printed English: each language gives its own sentence.
    "Terms": "追加項目須經客戶同意後方可施工。以上為預計費用，付款前提供結算清單。",
    # Signatures and notes
    "Customer signature": "客戶簽名",
    "Service advisor": "服務接待",
    "Date": "日期",
    "Foreman": "班組長",
    "Inspector": "檢驗員",
    "Mechanics' notes (findings; report added items to the inspector)": "維修記錄（發現的問題；需追加項目請報檢驗員）",
    # Dispatch slip
    "Start": "開工時間",
    "Finish": "完工時間",
    "Remarks": "備註",
    "Unassigned": "未指派班組",
    "Dispatched": "派工時間",
    "Total hours": "合計工時",
    "not dispatched yet": "尚未派工",
    # Follow-up call sheet (出廠跟蹤回訪記錄單)
    "Follow-up call sheet": "回訪記錄單",
    "Left the garage": "出廠時間",
    "Work done": "維修項目",
    "Question": "問題",
    "Answer": "回答",
    "Read out": "照讀",
    "Maybe": "考慮中",
    "Would introduce": "願意介紹",
    "Would not": "不願意",
    "Overall satisfaction": "總體滿意度",
    "1 very dissatisfied … 5 very satisfied": "1 很不滿意 … 5 很滿意",
    "Reached the customer": "已聯繫上",
    "Not reached (call again)": "未聯繫上（須再撥）",
    "Complaint or concern (goes first until closed)": "投訴或關切（未結案前優先處理）",
    "Called at": "回訪時間",
    "Called by": "回訪人",
    "New customers brought": "介紹來的新客戶",
    "Call within two days of the handover; enter the answers in the follow-up tab afterwards.":
        "交車後兩天內回訪；回訪後將回答錄入回訪頁。",
    # Free items (免費項目) on the settlement list
    "Free": "免費",
    "Free: warranty": "保修免費",
    "Free: comeback": "返修免費",
    "Free: goodwill": "贈送",
    "Free items worth {amount} are not charged.": "免費項目價值 {amount}，不收費。",
    # The settlement list number (結算清單編號, issue 18): given at settlement, sent in the health record
    "Settlement list no.": "結算清單編號",
    # Member grades and package cards (issue 19) on the settlement list
    "Member discount": "會員折扣",
}
# English wording where the key is not itself the printed text.
EN: dict[str, str] = {
    ":": ": ",
    "Equivalent": "Equiv.",
    "Customer's instructions": "Agreed",
    "Terms": "Added work is done only after the customer agrees. The amounts are estimates; the settlement list "
             "is given before payment.",
    "added": "added",
    "Draft — the car has not left": "DRAFT — car not out yet",
    "Outside work slip note": "This slip travels with the part and comes back with it. Call the garage before "
                              "changing the work or the price.",
}



def normalise_language(language: str | None) -> str:
    """"zh_CN", "zh-CN", "zh_Hans", "zh" → "zh_CN"; "zh_TW", "zh-TW", "zh_HK", "zh_Hant" → "zh_TW"; anything
    English → "en"; unknown → "zh_CN" (``languages.DEFAULT_LANGUAGE``)."""
    return paperwork_language(language)


def is_chinese(language: str | None) -> bool:
    """Whether ``language`` prints in Chinese (CJK line wrapping, spaced titles, amounts in words)."""
    return normalise_language(language) != "en"


def table_for(language: str | None, chinese: Mapping[str, str], english: Mapping[str, str]) -> Mapping[str, str]:
    """A document's labels in ``language``: ``chinese`` (zh_TW), its zh_CN form (``mainland``), or ``english``
    (where an English label differs from its key)."""
    lang = normalise_language(language)
    if lang == "en":
        return english
    return mainland(chinese) if lang == "zh_CN" else chinese


def label(key: str, language: str = "zh_TW") -> str:
    """The printed text of ``key`` in ``language``. A key missing from the table prints as itself."""
    return table_for(language, ZH_TW, EN).get(key, key)


def labeller(language: str = "zh_TW") -> Callable[[str], str]:
    """A one-argument ``label`` bound to ``language`` (``t = labeller(lang); t("Plate")``)."""
    table = table_for(language, ZH_TW, EN)
    return lambda key: table.get(key, key)


# Codes stored in the database → printed label keys.
PAYER_KEYS = {"self": "Self-pay", "warranty": "Warranty", "claim": "Claim"}
JOB_CLASS_KEYS = {"major": "Major repair", "medium": "Medium repair", "minor": "Minor repair"}
REGULATORY_KEYS = {
    "vehicle_overhaul": "Vehicle overhaul",
    "assembly_overhaul": "Assembly overhaul",
    "level2_maintenance": "Level-2 maintenance",
    "level1_maintenance": "Level-1 maintenance",
    "minor_repair": "Minor repair",
    "specialist_repair": "Specialist repair",
}
ORIGIN_KEYS = {"oem": "OEM", "equivalent": "Equivalent", "repaired": "Repaired"}
VIEW_KEYS = {"front": "Front", "rear": "Rear", "left": "Left side", "right": "Right side", "top": "Roof"}
DAMAGE_KEYS = {"scratch": "Scratch", "dent": "Dent", "crack": "Crack", "missing": "Missing", "chip": "Paint chip",
               "rust": "Rust"}
