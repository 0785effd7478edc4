"""The month-end workbook's words — sheet names, headers, KPI names and definitions — in Chinese and English.

Keyed by the English text (the source language), like ``printing.labels``; domain labels (statuses, payers,
classes, payment methods) are keyed by their ``domain`` label text, worded as in the window's translation.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from garage_desktop.documents.simplified import mainland
from garage_desktop.languages import paperwork_language

LANGUAGES = ("zh_CN", "zh_TW", "en")

ZH_TW: dict[str, str] = {
    # Sheets
    "Summary": "匯總",
    "Orders": "工單",
    "Labour": "工時",
    "Parts": "配件",
    "Payments": "收款",
    "Open deposits": "未結押金",
    "Follow-ups": "回訪",
    "Comebacks": "返修",
    # Summary
    "Month-end report {month}": "{month} 月結報表",
    "Generated {time}": "產生時間 {time}",
    "Figure": "指標",
    "Value": "數值",
    "Numerator": "分子",
    "Denominator": "分母",
    "Definition": "定義",
    "First-time fix rate": "一次修復率",
    "On-time delivery rate (promise in force)": "准時交車率（現行承諾）",
    "On-time delivery rate (original promise)": "准時交車率（原始承諾）",
    "Follow-up rate (within 2 days)": "兩日內回訪率",
    "Comeback rate": "返修率",
    "Average hours in the shop": "平均在廠時數",
    "Orders delivered": "交車單數",
    "Different vehicles delivered": "交車車輛數",
    "Open deposits at month end": "月末未結押金",
    "Revenue by payer (orders settled in the month)": "營收（本月結算工單，按結算方式）",
    "Payer": "結算方式",
    "Orders settled": "結算單數",
    "Total": "合計",
    "DEF_FIRST_TIME_FIX": "本月交車的工單中，完工總檢一次合格且沒有返修的單數 ÷ 本月交車單數。"
                          "返修指同一車輛後來的工單被標記為此單的返修（質保期內回廠時由系統提示，業務員確認）。",
    "DEF_ON_TIME": "本月完工（總檢合格並已通知客戶）的工單中，完工時間不晚於現行承諾交車時間的單數 ÷ 本月完工單數。"
                   "現行承諾即原始承諾，只有在原承諾時間到期前客戶同意的新時間才能取代它。",
    "DEF_ON_TIME_ORIGINAL": "同上，但與接車時承諾的原始交車時間比較。",
    "Delays announced in advance": "延誤已提前通知",
    "Late without a call in advance": "逾時且未提前通知",
    "DEF_DELAY_ANNOUNCED": "本月交車或結算的工單中，在承諾交車時間之前已致電客戶說明延誤並約定新時間的單數（交車2：萬一有延誤，必須提前和客戶聯繫）。",
    "DEF_LATE_NO_CALL": "本月交車或結算的工單中，晚於原始承諾交車時間完工、且未提前通知客戶的單數 ÷ 晚於原始承諾的單數。",
    "DEF_FOLLOW_UP": "本月交車的工單中，交車後兩日（48 小時）內回訪並聯繫上客戶的單數 ÷ 本月交車單數。",
    "DEF_COMEBACK": "本月交車的工單中，之後有返修工單的單數 ÷ 本月交車單數。",
    "DEF_HOURS": "本月交車工單從接車到交車的平均時數（日曆時間）。押金提車以提車時間計。",
    "DEF_CARS": "本月交車（含押金提車）的工單數；車輛數為其中不同車輛的數目。",
    "DEF_DEPOSITS": "月末（本月進行中則為現在）客戶已交押金提車、尚未結算也未退還的工單及押金總額。",
    "DEF_REVENUE": "本月結算工單的收費項目（確認的項目及客戶同意的追加項目，含外加工費；客戶自備配件不計價）減去優惠，"
                   "按各項目的結算方式。",
    # Orders
    "Order no.": "工單號",
    "Status": "狀態",
    "Received": "進廠時間",
    "Ready": "完工通知時間",
    "Promised (in force)": "現行承諾交車時間",
    "Original promise": "原始承諾交車時間",
    "Settled": "結算時間",
    "Delivered": "交車時間",
    "Plate": "車牌號",
    "Customer": "客戶",
    "Job class": "作業分類",
    "Regulatory class": "維修類別",
    "Labour charge": "工時費",
    "Parts charge": "材料費",
    "Outside work charge": "外加工費",
    "Discount": "優惠",
    "Paid by customer": "客戶已付",
    "Receivable": "應收（廠家／保險）",
    "First-pass QC": "一次總檢合格",
    "On time (in force)": "准時（現行承諾）",
    "On time (original)": "准時（原始承諾）",
    "Comeback of": "返修自",
    "In this month's revenue": "計入本月營收",
    "Revenue counted in": "營收計入月份",
    "Settled in the month (= this month's revenue)": "本月結算（＝本月營收）",
    "Settled in another month (that month's revenue)": "他月結算（計入該月營收）",
    "Not settled (no revenue yet)": "未結算（尚未計入營收）",
    "Deposit refunded (no revenue)": "已退押金（不計營收）",
    "Total of all orders listed": "所列工單合計",
    # Labour
    "Team": "班組",
    "Mechanic": "維修工",
    "Lines": "項目數",
    "Hours sold": "售出工時",
    "Amount": "金額",
    # Parts
    "Code": "配件編號",
    "Name": "名稱",
    "Unit": "單位",
    "Opening stock": "期初數量",
    "Received into stock": "入庫",
    "Issued (net of returns)": "出庫（扣除退料）",
    "Adjusted / counted": "調整／盤點",
    "Closing stock": "期末數量",
    "Stock value at month end": "期末庫存金額",
    "Charged quantity": "結算數量",
    "Sales": "銷售額",
    "Cost of sales": "銷售成本",
    # Payments
    "Method": "收款方式",
    "Deposits": "押金",
    "Refunds": "退款",
    "Net received": "實收淨額",
    "Receivables": "應收帳款",
    # Open deposits
    "Deposit taken": "收押金時間",
    "Days open": "未結天數",
    "Deposit held": "押金金額",
    # Follow-ups
    "First call": "首次回訪",
    "Reached": "聯繫上時間",
    "Within 2 days": "兩日內回訪",
    "Satisfaction": "滿意度",
    "Complaint": "投訴",
    "Resolution": "處理結果",
    # Follow-up talk (the call script's answers)
    "Follow-up talk": "回訪話術",
    "Question": "問題",
    "Kind of answer": "回答方式",
    "Answers": "回答數",
    "Average (1–5)": "平均分（1–5）",
    "Maybe": "考慮中",
    "Calls that brought a customer": "帶來新客戶的回訪",
    "New customers brought": "帶來的新客戶",
    "Satisfaction 1–5": "滿意度 1–5",
    "Yes / no": "是／否",
    "The customer's words": "客戶原話",
    "Would introduce a friend": "是否願意介紹新客戶",
    # Comebacks
    "Comeback order": "返修工單號",
    "Fault": "故障現象",
    "Earlier order": "原工單號",
    "Earlier delivered": "原交車時間",
    "Earlier class": "原維修類別",
    "Days after": "相隔天數",
    "km after": "相隔里程",
    "Warranty days": "質保天數",
    "Within warranty": "質保期內",
    "In this month's first-time fix": "計入本月一次修復率",
    "Counts in the first-time fix of": "計入哪月一次修復率",
    # Values
    "Yes": "是",
    "No": "否",
    # Domain labels (as the window's zh_TW translation words them)
    "Booked": "已預約",
    "Received (status)": "已接車",
    "Estimated": "已估價",
    "Work order confirmed": "已開單",
    "Dispatched": "已派工",
    "In repair": "維修中",
    "Added work awaiting customer": "追加項目待確認",
    "Awaiting final QC": "待完工總檢",
    "Rework": "返工中",
    "Ready for pickup": "待取車",
    "Released on deposit": "押金提車",
    "Settled (status)": "已結算",
    "Delivered (status)": "已交車",
    "Followed up": "已回訪",
    "Deposit refunded": "已退押金",
    "No-show": "未到店",
    "Cancelled": "已取消",
    "Customer pays": "自付",
    "Warranty (maker pays)": "三包",
    "Insurance claim": "索賠",
    "Major repair": "大修",
    "Medium repair": "中修",
    "Minor repair": "小修",
    "Vehicle overhaul": "整車修理",
    "Assembly overhaul": "總成修理",
    "Level-2 maintenance": "二級維護",
    "Level-1 maintenance": "一級維護",
    "Minor repair (regulatory)": "小修",
    "Specialist repair": "專項修理",
    "Cash": "現金",
    "WeChat Pay": "微信支付",
    "Alipay": "支付寶",
    "Bank card": "銀行卡",
    "Bank transfer": "銀行轉帳",
    "Stored-value card": "儲值卡",
    "Package card": "套餐卡",
    # Free items (免費項目) and work put off (建議項目), issue 16
    "Free items": "免費項目",
    "Item": "項目",
    "Charge": "費用類別",
    "Reason given free": "免費原因",
    "Note": "說明",
    "Value given away": "免費價值",
    "Warranty (free)": "保修免費",
    "Comeback (free)": "返修免費",
    "Goodwill": "贈送",
    "Put off": "建議項目",
    # Receivables (應收帳款) and their collection, issue 19
    "Collected from makers and insurers": "收回應收款",
    "Debtor": "欠款方",
    "Debtor not recorded": "未登記欠款方",
    "Loss assessment no.": "定損單號",
    "Receivable amount": "應收金額",
    "Collected before the month": "本月前已收回",
    "Collected in the month": "本月收回",
    "Last collected": "最近回款日",
    "Open at month end": "月末未收",
    "Days owed": "賬齡（天）",
    "0–30 days": "0–30天",
    "31–60 days": "31–60天",
    "61–90 days": "61–90天",
    "Over 90 days": "90天以上",
    # Prepaid cards (會員卡), issue 19
    "Member cards": "會員卡",
    "Card no.": "卡號",
    "Card kind": "卡類別",
    "Opening balance": "期初餘額",
    "Recharged": "充值",
    "Bonus given": "贈送金額",
    "Used": "消費及核銷",
    "Refunded": "退卡退款",
    "Closing balance": "期末餘額",
    "Dormant and expired cards": "沉睡卡與過期套餐",
    "Listed as": "類別",
    "Balance or value": "餘額或價值",
    "Last movement or expiry": "最後變動或到期日",
    "Dormant balance": "沉睡餘額",
    "Expired package uses": "套餐過期未用",
    "Phone": "電話",
    "Service": "服務項目",
    "Uses": "次數",
    # Commission (技師提成) and hours, issue 19
    "Commission": "技師提成",
    "Line": "維修項目",
    "Share": "分配比例",
    "Hours clocked": "實耗工時",
    "Efficiency (sold ÷ clocked)": "工效（售出÷實耗）",
    "Commission base": "提成基數",
    "Commission earned": "提成金額",
    "Subtotal": "小計",
    "(no mechanic)": "（未指派技師）",
    "Free line": "免費項目",
    "Comeback": "返修",
    "Taken back: came back on {order}": "扣回：返修單 {order}",
    "No commission rule": "無提成規則",
    # Reminders (提醒), issue 18
    "Reminders": "提醒",
    "Kind of reminder": "提醒類別",
    "Reminder calls": "提醒電話",
    "Reminder messages": "提醒訊息",
    "Reminders sent": "已發提醒",
    "Bookings they brought": "帶來的預約",
    "Closed without a booking": "未預約結案",
    "Next service": "下次保養",
    "Insurance expiry": "保險到期",
    "Annual inspection (年檢)": "年檢",
    "Recommended": "建議時間",
    "Recommendation": "建議內容",
    "Source": "來源",
    "Made in the month": "本月提出",
    "Taken up": "採納時間",
    "Taken up on order": "採納工單號",
    "Taken up in the month": "本月採納",
    "Dismissed": "撤銷時間",
    "Reason dismissed": "撤銷原因",
    "Declined by the customer": "客戶拒絕的追加項目",
    "Noted at QC": "總檢時提出",
    "Noted at delivery": "交車時提出",
    "Value given away free": "免費項目價值",
    "Recommendations made": "本月提出的建議項目",
    "Recommendations taken up": "本月採納的建議項目",
    "DEF_GIVEN_AWAY": "本月結算工單中免費項目（保修、返修、贈送）按原價計的價值；分子欄為免費項目數。免費項目不計入營收。"
                      "明細見「免費項目」表。",
    "DEF_PUT_OFF": "本月提出（客戶拒絕的追加項目、總檢或交車時提出）及本月在估價單上採納的建議項目數；明細見「建議項目」表。",
}

EN: dict[str, str] = {
    "DEF_FIRST_TIME_FIX": "Orders delivered in the month that passed final QC at the first inspection and have no "
                          "comeback ÷ orders delivered in the month. A comeback is a later order for the same "
                          "vehicle marked 返修 of this one (proposed within the warranty period, confirmed by the "
                          "advisor).",
    "DEF_ON_TIME": "Orders whose car was ready (QC passed, customer told) in the month at or before the promised "
                   "time in force ÷ orders ready in the month. The promise in force is the original one, replaced "
                   "only by a new time the customer agreed before the old one passed.",
    "DEF_ON_TIME_ORIGINAL": "As above, against the original promised time.",
    "DEF_DELAY_ANNOUNCED": "Orders delivered or settled in the month whose customer was phoned about the delay, and "
                           "agreed a new time, before the promised time had passed.",
    "DEF_LATE_NO_CALL": "Orders delivered or settled in the month that were ready after their original promised time "
                        "with no delay call in advance ÷ those ready after their original promised time.",
    "DEF_FOLLOW_UP": "Orders delivered in the month whose customer was reached by a follow-up call within 2 days "
                     "(48 hours) of the handover ÷ orders delivered in the month.",
    "DEF_COMEBACK": "Orders delivered in the month that later came back as a comeback ÷ orders delivered in the "
                    "month.",
    "DEF_HOURS": "Average clock hours from reception to handover of the orders delivered in the month (a release "
                 "on a deposit counts as the handover).",
    "DEF_CARS": "Orders handed over in the month (releases on a deposit included); vehicles: the different cars "
                "among them.",
    "DEF_DEPOSITS": "Cars released on a deposit, neither settled nor refunded at the month's end (now, while the "
                    "month runs), and the deposits held.",
    "DEF_REVENUE": "The charged lines (confirmed items and the added work the customer approved, outside work "
                   "included; customer-supplied parts at zero) less discounts, of the orders settled in the month, by each line's payer.",
    "DEF_GIVEN_AWAY": "The value, at the price they had, of the lines given free (warranty, comeback, goodwill) on "
                      "the orders settled in the month; the numerator column is how many. Free lines count nothing "
                      "in the revenue. Line by line on the Free items sheet.",
    "DEF_PUT_OFF": "Recommendations made in the month (declined added work, items noted at QC or delivery) and "
                   "those taken up on an estimate in the month; each on the Put off sheet.",
    "Received (status)": "Received",
    "Settled (status)": "Settled",
    "Delivered (status)": "Delivered",
}

# Status labels that are also column headers get their own key, so each language can word them apart.
STATUS_KEYS = {"Received": "Received (status)", "Settled": "Settled (status)", "Delivered": "Delivered (status)"}


def normalise_language(language: str | None) -> str:
    """"zh_CN", "zh-CN", "zh_Hans", "zh" → "zh_CN"; "zh_TW", "zh-TW", "zh_Hant" → "zh_TW"; anything English → "en";
    unknown → "zh_CN" (``languages.DEFAULT_LANGUAGE``)."""
    return paperwork_language(language)


def table(language: str | None) -> Mapping[str, str]:
    """The words in ``language``: zh_TW as written, zh_CN through ``documents.simplified`` (one derived table,
    not a second dictionary), English where it differs from the key."""
    lang = normalise_language(language)
    if lang == "en":
        return EN
    return mainland(ZH_TW) if lang == "zh_CN" else ZH_TW


def labeller(language: str = "zh_TW") -> Callable[[str], str]:
    """A one-argument lookup bound to ``language``: ``t = labeller("en"); t("Plate")``; unknown keys as is."""
    words = table(language)
    return lambda key: words.get(key, key)


def status_label(label: str, language: str = "zh_TW") -> str:
    """A domain status label (``lifecycle.STATUS_LABELS``) in ``language``."""
    return labeller(language)(STATUS_KEYS.get(label, label))
