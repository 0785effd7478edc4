<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>ActionButtons</name>
    <message>
        <source>&amp;Back</source>
        <translation>返回(&amp;B)</translation>
    </message>
</context>
<context>
    <name>AddedWorkPanel</name>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>當面</translation>
    </message>
    <message>
        <source>Message (SMS / WeChat)</source>
        <translation>訊息（簡訊／微信）</translation>
    </message>
    <message>
        <source>Choose an order first.</source>
        <translation>請先選擇工單。</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未登記</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>可以</translation>
    </message>
    <message>
        <source>no</source>
        <translation>不可</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>未詢問</translation>
    </message>
    <message>
        <source>Customer&apos;s terms: phone above &lt;b&gt;%1&lt;/b&gt; · may replace damaged parts found: &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;Work order total %3 · now %4</source>
        <translation>客戶要求：超過 &lt;b&gt;%1&lt;/b&gt; 先電話通報 · 發現其他損壞部件可否更換：&lt;b&gt;%2&lt;/b&gt;&lt;br&gt;維修工單總額 %3 · 目前 %4</translation>
    </message>
    <message>
        <source>Write the item and ask the advisor to contact the customer</source>
        <translation>填寫項目，並請服務接待聯繫客戶</translation>
    </message>
    <message>
        <source>Waiting for the customer</source>
        <translation>等候客戶答覆</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>客戶同意</translation>
    </message>
    <message>
        <source>Refused (kept as a recommendation)</source>
        <translation>客戶拒絕（保留為建議項目）</translation>
    </message>
    <message>
        <source>Added items (%1 waiting for the customer)</source>
        <translation>追加項目（%1 項等候客戶答覆）</translation>
    </message>
    <message>
        <source>%1 by %2 at %3, recorded by %4</source>
        <translation>答覆人：%1（%2，%3），登記人：%4</translation>
    </message>
    <message>
        <source>New time agreed: %1</source>
        <translation>新約定時間：%1</translation>
    </message>
    <message>
        <source>Enter the labour hours or a part to see the new total and whether the customer must be phoned first.</source>
        <translation>輸入工時或配件，即可看到新總額及是否須先電話通報客戶。</translation>
    </message>
    <message>
        <source>× %1 × %2 = %3</source>
        <translation>× %1 × %2 = %3</translation>
    </message>
    <message>
        <source>no notify amount recorded</source>
        <translation>未登記通報金額</translation>
    </message>
    <message>
        <source>New total %1 = work order %2 + added %3; notify above: %4</source>
        <translation>新總額 %1 = 維修工單 %2 + 追加 %3；通報金額：%4</translation>
    </message>
    <message>
        <source>Added item proposed (%1): %2</source>
        <translation>已提出追加項目（%1）：%2</translation>
    </message>
    <message>
        <source>Choose an added item that waits for the customer&apos;s answer.</source>
        <translation>請選擇等候客戶答覆的追加項目。</translation>
    </message>
    <message>
        <source>Record what the customer said</source>
        <translation>登記客戶的答覆</translation>
    </message>
    <message>
        <source>No added item waits for an answer.</source>
        <translation>沒有等候答覆的追加項目。</translation>
    </message>
    <message>
        <source>Say whether the customer agreed.</source>
        <translation>請選擇客戶是否同意。</translation>
    </message>
    <message>
        <source>Recorded: the customer approved; the item may be dispatched and worked.</source>
        <translation>已登記：客戶同意，此項目可以派工施工。</translation>
    </message>
    <message>
        <source>Recorded: refused; the item is kept as a recommendation for the car&apos;s next visit.</source>
        <translation>已登記：客戶拒絕，此項目保留為下次來店的建議項目。</translation>
    </message>
    <message>
        <source>Promised time now %1.</source>
        <translation>約定交車時間改為 %1。</translation>
    </message>
    <message>
        <source>Added work</source>
        <translation>追加項目</translation>
    </message>
    <message>
        <source>Propose added work (追加項目)</source>
        <translation>提出追加項目</translation>
    </message>
    <message>
        <source>&amp;What was found:</source>
        <translation>發現問題(&amp;W)：</translation>
    </message>
    <message>
        <source>What the mechanic found, e.g. brake fluid 3 % water</source>
        <translation>技師發現的情況，例如：剎車油含水量 3%</translation>
    </message>
    <message>
        <source>The finding: the reason the customer is asked (kept with the item)</source>
        <translation>發現的情況：向客戶徵詢的原因（隨項目保存）</translation>
    </message>
    <message>
        <source>Wor&amp;k to do:</source>
        <translation>維修作業(&amp;K)：</translation>
    </message>
    <message>
        <source>The repair, e.g. replace the brake fluid</source>
        <translation>要做的維修，例如：更換剎車油</translation>
    </message>
    <message>
        <source>The name of the labour line on the work order and the settlement list</source>
        <translation>工單及結算清單上此工時項目的名稱</translation>
    </message>
    <message>
        <source>&amp;Labour hours:</source>
        <translation>工時(&amp;L)：</translation>
    </message>
    <message>
        <source>e.g. 1.5</source>
        <translation>例如 1.5</translation>
    </message>
    <message>
        <source>Standard hours, priced at the order&apos;s hourly rate and complexity coefficient</source>
        <translation>工時定額，按此工單的工時單價及技術複雜係數計價</translation>
    </message>
    <message>
        <source>Pa&amp;rt:</source>
        <translation>配件(&amp;R)：</translation>
    </message>
    <message>
        <source>Catalog code or name, or type a name</source>
        <translation>目錄代碼或名稱，或直接輸入名稱</translation>
    </message>
    <message>
        <source>Qt&amp;y:</source>
        <translation>數量(&amp;Y)：</translation>
    </message>
    <message>
        <source>Unit pri&amp;ce:</source>
        <translation>單價(&amp;C)：</translation>
    </message>
    <message>
        <source>¥ (catalog price)</source>
        <translation>¥（目錄價）</translation>
    </message>
    <message>
        <source>Replaces a dama&amp;ged part found during the repair</source>
        <translation>更換維修中發現的損壞部件(&amp;G)</translation>
    </message>
    <message>
        <source>The customer may have allowed replacing damaged parts found during the repair (the may-replace answer on the work order)</source>
        <translation>客戶可能已同意更換維修中發現的損壞部件（見維修工單上「可否更換」的答覆）</translation>
    </message>
    <message>
        <source>Pr&amp;opose</source>
        <translation>提出(&amp;O)</translation>
    </message>
    <message>
        <source>Added items</source>
        <translation>追加項目清單</translation>
    </message>
    <message>
        <source>Choose an item waiting for the customer to record the answer</source>
        <translation>選擇等候客戶答覆的項目，以登記答覆</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答覆</translation>
    </message>
    <message>
        <source>Record the customer&apos;s answer</source>
        <translation>登記客戶答覆</translation>
    </message>
    <message>
        <source>Contact&amp;ed at:</source>
        <translation>聯繫時間(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>方式(&amp;H)：</translation>
    </message>
    <message>
        <source>Answered &amp;by:</source>
        <translation>答覆人(&amp;B)：</translation>
    </message>
    <message>
        <source>Appro&amp;ved</source>
        <translation>同意(&amp;V)</translation>
    </message>
    <message>
        <source>Ref&amp;used</source>
        <translation>拒絕(&amp;U)</translation>
    </message>
    <message>
        <source>The item is not done; it is kept as a recommendation for the car&apos;s next visit</source>
        <translation>本次不施工，保留為下次來店的建議項目</translation>
    </message>
    <message>
        <source>New promised t&amp;ime agreed:</source>
        <translation>新約定交車時間(&amp;I)：</translation>
    </message>
    <message>
        <source>Record the a&amp;nswer</source>
        <translation>登記答覆(&amp;N)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The database file {file} is damaged ({detail}). It was not changed.</source>
        <translation>資料庫檔案 {file} 已損壞（{detail}），檔案未被變更。</translation>
    </message>
    <message>
        <source>The file {file} is not a garage database this program can open as it is ({detail}). It was not changed.</source>
        <translation>檔案 {file} 不是本程式可以直接開啟的維修廠資料庫（{detail}），檔案未被變更。</translation>
    </message>
    <message>
        <source>The database file {file} was written by a newer version of this program (schema {revision}). Install the newer version, or restore a backup made by this one.</source>
        <translation>資料庫檔案 {file} 是由較新版本的本程式寫入的（結構版本 {revision}）。請安裝較新版本，或還原由目前版本製作的備份。</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>無法開啟資料庫</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>還原備份…</translation>
    </message>
    <message>
        <source>Restore refused</source>
        <translation>無法還原</translation>
    </message>
    <message>
        <source>The data folder {folder} is not writable: the program could not save anything there. Give this user the right to write in it (or copy the garage&apos;s file to a folder that is) and start again.</source>
        <translation>資料夾 {folder} 無法寫入：程式無法在其中儲存任何資料。請給予此使用者寫入該資料夾的權限（或把本店的資料檔複製到可寫入的資料夾），然後重新啟動。</translation>
    </message>
    <message>
        <source>The database file {file} is read-only: the program could not save anything into it. Make it writable for this user and start again.</source>
        <translation>資料庫檔案 {file} 是唯讀的：程式無法在其中儲存任何資料。請讓此使用者可以寫入該檔案，然後重新啟動。</translation>
    </message>
    <message>
        <source>Building the demo garage…</source>
        <translation>正在建立示範修理廠…</translation>
    </message>
    <message>
        <source>The database {url} cannot be opened:
{error}</source>
        <translation>無法開啟資料庫 {url}：
{error}</translation>
    </message>
</context>
<context>
    <name>AppointmentsTab</name>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>車牌號</translation>
    </message>
    <message>
        <source>Job class</source>
        <translation>作業分類</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>結算方式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Type a new booking in the panel (Ctrl+N)</source>
        <translation>在面板中輸入新預約（Ctrl+N）</translation>
    </message>
    <message>
        <source>%1–%2: %3 of %4 bays booked</source>
        <translation>%1–%2：已預約 %3／%4 個工位</translation>
    </message>
    <message>
        <source>Cars booked per hour</source>
        <translation>每小時預約車數</translation>
    </message>
    <message numerus="yes">
        <source>Capacity: %n bay(s)</source>
        <translation>
            <numerusform>容量：%n 個工位</numerusform>
        </translation>
    </message>
    <message>
        <source>Room</source>
        <translation>尚有空位</translation>
    </message>
    <message>
        <source>Nearly full</source>
        <translation>接近滿檔</translation>
    </message>
    <message>
        <source>Over capacity</source>
        <translation>超出容量</translation>
    </message>
    <message>
        <source>No bookings in this week yet.</source>
        <translation>本週尚無預約。</translation>
    </message>
    <message>
        <source>No bookings on this day yet.</source>
        <translation>當日尚無預約。</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s)</source>
        <translation>
            <numerusform>%n 筆預約</numerusform>
        </translation>
    </message>
    <message>
        <source>busiest hour %1 (%2 of %3 bays)</source>
        <translation>最忙時段 %1（%2／%3 個工位）</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) over capacity</source>
        <translation>
            <numerusform>%n 個小時超出容量</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a booking in the list first.</source>
        <translation>請先在清單中選擇一筆預約。</translation>
    </message>
    <message>
        <source>Copy the booking confirmation for WeChat or SMS (recorded on the customer&apos;s record)</source>
        <translation>複製預約確認訊息，以便用微信或簡訊傳送（會記入客戶的聯繫記錄）</translation>
    </message>
    <message>
        <source>Give the booking a new time in the panel</source>
        <translation>在面板中為此預約改定新時間</translation>
    </message>
    <message>
        <source>The customer called it off (asks for the reason)</source>
        <translation>客戶取消預約（需填寫原因）</translation>
    </message>
    <message>
        <source>The time has passed and the car did not come</source>
        <translation>預約時間已過，車輛未到店</translation>
    </message>
    <message>
        <source>Open the intake form filled from this booking (Ctrl+Enter)</source>
        <translation>開啟接車表單，並帶入此預約的資料（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>取消預約</translation>
    </message>
    <message>
        <source>Why is the booking of %1 cancelled?</source>
        <translation>%1 的預約為何取消？</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>未到店</translation>
    </message>
    <message>
        <source>Mark %1 (%2) as not come? The booking is closed.</source>
        <translation>將 %1（%2）標記為未到店？此預約將結案。</translation>
    </message>
    <message>
        <source>Booked %1 for %2.</source>
        <translation>已為 %1 預約 %2。</translation>
    </message>
    <message>
        <source>Moving the booking of &lt;b&gt;%1&lt;/b&gt; %2, now %3. Pick a new time.</source>
        <translation>改期：&lt;b&gt;%1&lt;/b&gt; %2 的預約，目前為 %3。請選擇新時間。</translation>
    </message>
    <message>
        <source>Moved %1 to %2.</source>
        <translation>已將 %1 的預約改到 %2。</translation>
    </message>
    <message>
        <source>Move booking</source>
        <translation>預約改期</translation>
    </message>
    <message>
        <source>New booking</source>
        <translation>新預約</translation>
    </message>
    <message>
        <source>Cars booked in its hours: %1</source>
        <translation>該時段已預約車數：%1</translation>
    </message>
    <message>
        <source>On file: %1 of %2</source>
        <translation>已建檔：%2 的 %1</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>預約</translation>
    </message>
    <message>
        <source>◀ Pre&amp;vious</source>
        <translation>◀ 往前(&amp;V)</translation>
    </message>
    <message>
        <source>The previous day or week (Ctrl+PgUp)</source>
        <translation>前一天或前一週（Ctrl+PgUp）</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>今天(&amp;T)</translation>
    </message>
    <message>
        <source>Back to today</source>
        <translation>回到今天</translation>
    </message>
    <message>
        <source>Ne&amp;xt ▶</source>
        <translation>往後(&amp;X) ▶</translation>
    </message>
    <message>
        <source>The next day or week (Ctrl+PgDown)</source>
        <translation>後一天或後一週（Ctrl+PgDown）</translation>
    </message>
    <message>
        <source>The day shown (in the week view: its week)</source>
        <translation>顯示的日期（週檢視時為該日所在的週）</translation>
    </message>
    <message>
        <source>yyyy-MM-dd ddd</source>
        <translation>yyyy-MM-dd ddd</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>日(&amp;D)</translation>
    </message>
    <message>
        <source>The day&apos;s bookings and its load per hour</source>
        <translation>當日的預約及每小時的負荷</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>週(&amp;W)</translation>
    </message>
    <message>
        <source>Monday to Sunday: the load of every hour, to find a quiet time</source>
        <translation>週一至週日每小時的負荷，方便找出空閒時段</translation>
    </message>
    <message>
        <source>Cars booked in each hour against the bays; click an hour to book in it</source>
        <translation>每小時的預約車數與工位數對照；點選某個小時即可在該時段預約</translation>
    </message>
    <message>
        <source>Cars booked per hour; red is over capacity, amber nearly full. Click an hour to book in it</source>
        <translation>每小時預約車數；紅色為超出容量，橙色為接近滿檔。點選某個小時即可在該時段預約</translation>
    </message>
    <message>
        <source>Bookin&amp;gs</source>
        <translation>預約清單(&amp;G)</translation>
    </message>
    <message>
        <source>N&amp;ew booking</source>
        <translation>新預約(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>改期(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Cancel booking…</source>
        <translation>取消預約(&amp;C)…</translation>
    </message>
    <message>
        <source>No-s&amp;how</source>
        <translation>未到店(&amp;H)</translation>
    </message>
    <message>
        <source>Con&amp;firm by message…</source>
        <translation>發訊息確認(&amp;F)…</translation>
    </message>
    <message>
        <source>Car arrived → &amp;intake</source>
        <translation>車已到 → 接車(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>時間(&amp;S)：</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>時長(&amp;U)：</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Who is coming</source>
        <translation>來店客戶的姓名</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>電話(&amp;P)：</translation>
    </message>
    <message>
        <source>P&amp;late:</source>
        <translation>車牌號(&amp;L)：</translation>
    </message>
    <message>
        <source>If known, e.g. 京A12345</source>
        <translation>如已知，例如 京A12345</translation>
    </message>
    <message>
        <source>&amp;Job class:</source>
        <translation>作業分類(&amp;J)：</translation>
    </message>
    <message>
        <source>Pa&amp;yer:</source>
        <translation>結算方式(&amp;Y)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>備註(&amp;O)：</translation>
    </message>
    <message>
        <source>What the customer said it is about</source>
        <translation>客戶說明的來店事由</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>預約(&amp;B)</translation>
    </message>
    <message>
        <source>Book this time (Enter)</source>
        <translation>預約此時段（Enter）</translation>
    </message>
    <message>
        <source>Clea&amp;r</source>
        <translation>清除(&amp;R)</translation>
    </message>
    <message>
        <source>Empty the form for another customer</source>
        <translation>清空表單，為下一位客戶預約</translation>
    </message>
    <message>
        <source>&amp;Apply new time</source>
        <translation>套用新時間(&amp;A)</translation>
    </message>
    <message>
        <source>Move the booking to this time (Enter)</source>
        <translation>將預約改到此時間（Enter）</translation>
    </message>
    <message>
        <source>Bac&amp;k to new booking</source>
        <translation>返回新預約(&amp;K)</translation>
    </message>
    <message>
        <source>Leave the booking where it was</source>
        <translation>保留原預約時間</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n 筆記錄</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest %1 of %n event(s); scroll down for more</source>
        <translation>
            <numerusform>共 %n 筆事件中最新的 %1 筆；向下捲動可看更多</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>稽核記錄</translation>
    </message>
    <message>
        <source>&amp;Order no.:</source>
        <translation>工單號(&amp;O)：</translation>
    </message>
    <message>
        <source>part of the number</source>
        <translation>部分號碼</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>人員(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>從(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>至(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>查詢(&amp;S)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>工單號</translation>
    </message>
    <message>
        <source>What</source>
        <translation>對象</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>動作</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>變更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>變更後</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Restore a backup</source>
        <translation>還原備份</translation>
    </message>
    <message>
        <source>Backups (*.sqlite3);;All files (*)</source>
        <translation>備份檔 (*.sqlite3);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Replace the garage&apos;s data with the backup
{file}?

The current file is saved aside first.</source>
        <translation>要用以下備份取代本店的資料嗎？
{file}

目前的資料檔會先另外保存一份。</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在備份…</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>備份失敗</translation>
    </message>
    <message>
        <source>The backup failed: {error}</source>
        <translation>備份失敗：{error}</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>備份完成</translation>
    </message>
    <message>
        <source>The backup was written and checked:
{file}</source>
        <translation>備份已寫入並通過檢查：
{file}</translation>
    </message>
    <message>
        <source>Restore refused</source>
        <translation>無法還原</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>正在還原…</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>備份已還原</translation>
    </message>
    <message>
        <source>The backup was restored. The previous data is kept in
{file}</source>
        <translation>備份已還原。原有的資料保存在
{file}</translation>
    </message>
    <message>
        <source>Audit trail altered at event {id} ({time})</source>
        <translation>稽核記錄在第 {id} 筆事件（{time}）遭更改</translation>
    </message>
    <message>
        <source>Audit trail protection removed or changed ({name})</source>
        <translation>稽核記錄的防護已被移除或更改（{name}）</translation>
    </message>
    <message>
        <source>Audit trail missing from the database</source>
        <translation>資料庫中的稽核記錄已遺失</translation>
    </message>
    <message>
        <source>Audit trail cannot be read</source>
        <translation>無法讀取稽核記錄</translation>
    </message>
    <message>
        <source>The audit trail no longer matches what was written: {detail}.

The program keeps working. Keep this file and its backups as they are and ask whoever looks after the PC; &apos;garage-desktop check&apos; names the same problem.</source>
        <translation>稽核記錄已與當初寫入的內容不符：{detail}。

程式可繼續使用。請保留此資料檔及其備份原狀，並告知負責這台電腦的人；「garage-desktop check」會指出同一問題。</translation>
    </message>
    <message>
        <source>The garage&apos;s data is damaged</source>
        <translation>本店資料已損壞</translation>
    </message>
    <message>
        <source>The database file failed its integrity check:
{detail}

Stop working in it and restore the newest backup that passes its check. Restore a backup now?</source>
        <translation>資料庫檔案未通過完整性檢查：
{detail}

請停止使用此檔案，並還原最新一份通過檢查的備份。要立即還原備份嗎？</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <source>Order no.</source>
        <translation>工單號</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>車牌號</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>車輛</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>約定交車</translation>
    </message>
    <message>
        <source>Late by / due in</source>
        <translation>逾時／剩餘</translation>
    </message>
    <message>
        <source>Who has it</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>三包 over 5 days</source>
        <translation>三包逾 5 天</translation>
    </message>
    <message>
        <source>Tomorrow %1</source>
        <translation>明天 %1</translation>
    </message>
    <message>
        <source>Yesterday %1</source>
        <translation>昨天 %1</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分鐘</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小時 %2 分</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小時</translation>
    </message>
    <message>
        <source>Late %1</source>
        <translation>逾時 %1</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>現在到期</translation>
    </message>
    <message>
        <source>Due in %1</source>
        <translation>剩 %1</translation>
    </message>
    <message>
        <source>not called</source>
        <translation>未通知</translation>
    </message>
    <message>
        <source>LATE: the car was promised for %1 and is not ready. Tell the customer now, before they come for it.</source>
        <translation>逾時：此車約定 %1 交車，尚未完工。請立即通知客戶，不要等客戶來取車。</translation>
    </message>
    <message>
        <source>AT RISK: the car is promised within the hour (%1) and is not ready yet.</source>
        <translation>有風險：此車約定一小時內（%1）交車，尚未完工。</translation>
    </message>
    <message>
        <source>NO DELAY CALL: if the car will not be ready by %1, call the customer now and agree a new time (right-click → Record a delay call).</source>
        <translation>尚未通知延誤：如此車無法在 %1 前完工，請立即致電客戶並約定新時間（按右鍵 →「登記延誤通知」）。</translation>
    </message>
    <message>
        <source>Delay announced to the customer %1.</source>
        <translation>已於 %1 通知客戶延誤。</translation>
    </message>
    <message>
        <source>三包 repair over five days: the owner is owed a loaner car or transport compensation (right-click → 三包 compensation).</source>
        <translation>三包維修超過五天：須向車主提供備用車或交通費用補償（按右鍵 → 三包補償）。</translation>
    </message>
    <message>
        <source>Ready: passed final QC, waiting for the customer.</source>
        <translation>已完工：完工總檢合格，等候客戶取車。</translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation>接車 %1</translation>
    </message>
    <message>
        <source>Who has it: %1</source>
        <translation>負責人：%1</translation>
    </message>
    <message>
        <source>Double-click or Enter opens the order.</source>
        <translation>按兩下或按 Enter 開啟工單。</translation>
    </message>
</context>
<context>
    <name>BoardTab</name>
    <message>
        <source>Record a &amp;delay call…</source>
        <translation>登記延誤通知(&amp;D)…</translation>
    </message>
    <message>
        <source>三包 &amp;compensation…</source>
        <translation>三包補償(&amp;C)…</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>更新於 %1</translation>
    </message>
    <message>
        <source>Cars promised within the next hour that are not ready yet; %1 of them with no delay call to the customer yet</source>
        <translation>約定一小時內交車、尚未完工的車輛；其中 %1 輛尚未致電通知客戶延誤</translation>
    </message>
    <message>
        <source>Choose a car on the board first.</source>
        <translation>請先在看板上選擇車輛。</translation>
    </message>
    <message>
        <source>The car is ready: it can no longer be late.</source>
        <translation>車輛已完工，不會再逾時。</translation>
    </message>
    <message>
        <source>The chosen car will be late: record the call telling the customer, and the new time agreed</source>
        <translation>選取的車輛將會延誤：登記通知客戶的電話及約定的新時間</translation>
    </message>
    <message>
        <source>Only a 三包 (warranty) repair owes a loaner or transport compensation.</source>
        <translation>只有三包維修才須提供備用車或交通費用補償。</translation>
    </message>
    <message>
        <source>Record the loaner car or transport compensation of a 三包 repair over five days</source>
        <translation>登記三包維修超過五天時提供的備用車或交通費用補償</translation>
    </message>
    <message>
        <source>三包 compensation recorded.</source>
        <translation>三包補償已登記。</translation>
    </message>
    <message>
        <source>Workshop board</source>
        <translation>車間看板</translation>
    </message>
    <message>
        <source>Cars in the garage now: received and not yet handed back</source>
        <translation>目前在廠車輛：已接車、尚未交車</translation>
    </message>
    <message>
        <source>In the shop</source>
        <translation>在廠</translation>
    </message>
    <message>
        <source>Cars whose promised time has passed and that are not ready: tell the customers before they come</source>
        <translation>已過約定時間仍未完工的車輛：請在客戶到來之前先通知</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>逾時</translation>
    </message>
    <message>
        <source>Cars promised within the next hour that are not ready yet</source>
        <translation>約定一小時內交車、尚未完工的車輛</translation>
    </message>
    <message>
        <source>At risk (due within the hour)</source>
        <translation>有風險（一小時內到期）</translation>
    </message>
    <message>
        <source>Repairs reported finished that wait for the inspector&apos;s final QC</source>
        <translation>已報完工、等候檢驗員完工總檢的車輛</translation>
    </message>
    <message>
        <source>Waiting for final QC</source>
        <translation>待完工總檢</translation>
    </message>
    <message>
        <source>Cars that passed final QC and wait for their owners</source>
        <translation>完工總檢合格、等候車主取車的車輛</translation>
    </message>
    <message>
        <source>Ready for pickup</source>
        <translation>待取車</translation>
    </message>
    <message>
        <source>&amp;Show only:</source>
        <translation>只顯示(&amp;S)：</translation>
    </message>
    <message>
        <source>Plate, order number or customer</source>
        <translation>車牌號、工單號或客戶</translation>
    </message>
    <message>
        <source>Narrow the board as you type; Enter opens the selected (or first) order</source>
        <translation>輸入時即時篩選看板；按 Enter 開啟選取的（或第一筆）工單</translation>
    </message>
    <message>
        <source>&amp;Delay call…</source>
        <translation>延誤通知(&amp;D)…</translation>
    </message>
    <message>
        <source>The board refreshes itself after every change and once a minute</source>
        <translation>看板在每次變更後及每分鐘自動更新</translation>
    </message>
    <message>
        <source>Late: promised time passed, car not ready</source>
        <translation>逾時：已過約定時間，車未完工</translation>
    </message>
    <message>
        <source>At risk: promised within the hour</source>
        <translation>有風險：一小時內到期</translation>
    </message>
    <message>
        <source>Double-click a car or press Enter to open its order</source>
        <translation>按兩下車輛或按 Enter 開啟其工單</translation>
    </message>
</context>
<context>
    <name>BonusRulesDialog</name>
    <message>
        <source>Recharge bonus rules</source>
        <translation>加值贈送規則</translation>
    </message>
    <message>
        <source>A recharge (or a card sold) of at least the amount gets the bonus on top; the highest rule reached applies. The bonus is kept apart from the money paid in.</source>
        <translation>加值（或售出儲值卡）達到規則金額，即另外加送贈送金額；達到多條規則時，以最高的一條為準。贈送金額與實付的本金分開記錄。</translation>
    </message>
    <message>
        <source>Recharge at least</source>
        <translation>加值滿</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>贈送金額</translation>
    </message>
    <message>
        <source>recharge at least, e.g. 1000</source>
        <translation>最低加值金額，例如 1000</translation>
    </message>
    <message>
        <source>bonus, e.g. 100</source>
        <translation>贈送金額，例如 100</translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation>新增規則(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Retire the chosen rule</source>
        <translation>停用選取的規則(&amp;R)</translation>
    </message>
    <message>
        <source>Choose the rule to retire.</source>
        <translation>請選擇要停用的規則。</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>Book the car in</source>
        <translation>預約進廠</translation>
    </message>
    <message>
        <source>A new booking at the time below</source>
        <translation>在下方時間新增預約</translation>
    </message>
    <message>
        <source>The booking already made for %1</source>
        <translation>已有的預約：%1</translation>
    </message>
    <message>
        <source>&amp;Close by:</source>
        <translation>結案方式(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>時間(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>預約(&amp;B)</translation>
    </message>
</context>
<context>
    <name>CallScriptDialog</name>
    <message>
        <source>&amp;Save script</source>
        <translation>儲存話術(&amp;S)</translation>
    </message>
    <message>
        <source>The garage&apos;s own script.</source>
        <translation>本店自訂的話術。</translation>
    </message>
    <message>
        <source>The default script shipped with the program.</source>
        <translation>程式內建的預設話術。</translation>
    </message>
    <message>
        <source>Restore the default script</source>
        <translation>恢復預設話術</translation>
    </message>
    <message>
        <source>Go back to the script shipped with the program? The garage&apos;s own questions are deleted; old calls keep their answers.</source>
        <translation>要還原為程式內建的話術嗎？本店自訂的問題將被刪除；以往的回訪仍保留其回答。</translation>
    </message>
    <message>
        <source>Follow-up call script</source>
        <translation>回訪話術</translation>
    </message>
    <message>
        <source>The questions the follow-up call is guided by, in the order they are asked. The texts may name {customer}, {caller}, {garage}, {garage_phone}, {plate} and {left} (the day the car left): the call fills them in. Old calls keep the questions as they were asked.</source>
        <translation>回訪電話依序詢問的問題。文字中可使用 {customer}、{caller}、{garage}、{garage_phone}、{plate} 及 {left}（車輛出廠日期），回訪時會自動填入。以前的回訪仍保留當時所問的問題。</translation>
    </message>
    <message>
        <source>Kind of answer</source>
        <translation>回答方式</translation>
    </message>
    <message>
        <source>Question (as said to the customer)</source>
        <translation>問題（對客戶說的原話）</translation>
    </message>
    <message>
        <source>&amp;Add question</source>
        <translation>新增問題(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>Restore the de&amp;fault</source>
        <translation>還原預設(&amp;F)</translation>
    </message>
    <message>
        <source>Go back to the script shipped with the program (your own is deleted)</source>
        <translation>恢復為程式內建的話術（本廠自訂的話術將被刪除）</translation>
    </message>
</context>
<context>
    <name>CardsDialog</name>
    <message>
        <source>Card desk</source>
        <translation>會員卡櫃檯</translation>
    </message>
    <message>
        <source>&amp;Find a card:</source>
        <translation>搜尋會員卡(&amp;F)：</translation>
    </message>
    <message>
        <source>card number, holder, customer name or phone</source>
        <translation>卡號、持卡人、客戶姓名或電話</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>卡號</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>餘額</translation>
    </message>
    <message>
        <source>Uses left</source>
        <translation>剩餘次數</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>異動</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>本金</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>贈送金額</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>次數</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服務項目</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>工單號</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>&amp;Sell a card</source>
        <translation>售卡(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Recharge</source>
        <translation>加值(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;fund</source>
        <translation>退款(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Dormant and expired</source>
        <translation>沉睡及過期(&amp;D)</translation>
    </message>
    <message>
        <source>type the customer&apos;s name or phone</source>
        <translation>輸入客戶姓名或電話</translation>
    </message>
    <message>
        <source>Package: %1, %2 (%3)</source>
        <translation>套餐卡：%1，%2（%3）</translation>
    </message>
    <message>
        <source>empty: the customer</source>
        <translation>留空：即客戶本人</translation>
    </message>
    <message>
        <source>optional, 4 to 8 digits</source>
        <translation>非必填，4 至 8 位數字</translation>
    </message>
    <message>
        <source>Sell the card</source>
        <translation>售出此卡</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>客戶：</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>卡片：</translation>
    </message>
    <message>
        <source>Card number:</source>
        <translation>卡號：</translation>
    </message>
    <message>
        <source>Holder:</source>
        <translation>持卡人：</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN 碼：</translation>
    </message>
    <message>
        <source>Amount paid:</source>
        <translation>實付金額：</translation>
    </message>
    <message>
        <source>Paid by:</source>
        <translation>付款方式：</translation>
    </message>
    <message>
        <source>Recharge</source>
        <translation>加值</translation>
    </message>
    <message>
        <source>Refund and close the card</source>
        <translation>退款並停用此卡</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>退款規則：</translation>
    </message>
    <message>
        <source>Refund:</source>
        <translation>退款：</translation>
    </message>
    <message>
        <source>Paid back by:</source>
        <translation>退款方式：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Dormant card</source>
        <translation>沉睡卡</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Last movement</source>
        <translation>最後異動</translation>
    </message>
    <message>
        <source>Expired card</source>
        <translation>過期卡</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>價值</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>過期日</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已過期</translation>
    </message>
    <message>
        <source>open</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>%1 (bonus %2)</source>
        <translation>%1（贈送 %2）</translation>
    </message>
    <message>
        <source>Choose a card in the list.</source>
        <translation>請在清單中選擇一張卡。</translation>
    </message>
    <message>
        <source>%1 paid back; %2 written off</source>
        <translation>退還 %1；註銷 %2</translation>
    </message>
    <message>
        <source>e.g. 1000</source>
        <translation>例如 1000</translation>
    </message>
    <message>
        <source>the package&apos;s price</source>
        <translation>即套餐價格</translation>
    </message>
    <message>
        <source>bonus %1</source>
        <translation>贈送 %1</translation>
    </message>
    <message>
        <source>Card %1 sold to %2: it holds %3.</source>
        <translation>卡片 %1 已售給 %2：卡內餘額 %3。</translation>
    </message>
    <message>
        <source>Card %1 recharged: it holds %2.</source>
        <translation>卡 %1 已加值：餘額 %2。</translation>
    </message>
    <message>
        <source>Card %1 refunded: pay back %2; the card is closed.</source>
        <translation>卡號 %1 已退款：請退還客戶 %2；此卡已停用。</translation>
    </message>
</context>
<context>
    <name>CatalogImportDialog</name>
    <message>
        <source>%1 new, %2 changed, %3 unchanged, %4 with errors (skipped). Rows missing from the file are kept as they are.</source>
        <translation>新增 %1、變更 %2、未變 %3、有錯誤 %4（略過）。檔案中沒有的資料保持不變。</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply %n row(s)</source>
        <translation>
            <numerusform>套用 %n 列(&amp;A)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in the file is new or changed</source>
        <translation>檔案中沒有新增或變更的資料</translation>
    </message>
    <message>
        <source>Import catalogs: check before saving</source>
        <translation>匯入目錄：儲存前請先核對</translation>
    </message>
    <message>
        <source>Show &amp;unchanged rows</source>
        <translation>顯示未變更的列(&amp;U)</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代碼</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>What changes / what is wrong</source>
        <translation>變更內容／錯誤原因</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <source>Code</source>
        <translation>代碼</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Standard hours</source>
        <translation>工時定額</translation>
    </message>
    <message>
        <source>Brand / spec</source>
        <translation>品牌／規格</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation>售價</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>最低庫存</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>貨位</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供應商</translation>
    </message>
    <message>
        <source>Complexity coefficient</source>
        <translation>技術複雜係數</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>變更</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未變</translation>
    </message>
    <message>
        <source>Error: skipped</source>
        <translation>錯誤：略過</translation>
    </message>
    <message>
        <source>Import catalogs from Excel</source>
        <translation>從 Excel 匯入目錄</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export catalogs to Excel</source>
        <translation>將目錄匯出至 Excel</translation>
    </message>
    <message>
        <source>Delete from the catalog</source>
        <translation>從目錄刪除</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; from the catalog?</source>
        <translation>要從目錄刪除「%1」嗎？</translation>
    </message>
    <message>
        <source>One labour unit is 5 minutes (see Settings): standard hours are kept in hours and the estimate charges 12 units per hour.</source>
        <translation>一個工時單位為 5 分鐘（見「設定」）：工時定額仍以小時記錄，估價時每小時按 12 個單位計費。</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s)</source>
        <translation>
            <numerusform>%n 個工時項目</numerusform>
        </translation>
    </message>
    <message>
        <source>Below the minimum stock</source>
        <translation>低於最低庫存</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s)</source>
        <translation>
            <numerusform>%n 種配件</numerusform>
        </translation>
    </message>
    <message>
        <source>Labour operation</source>
        <translation>工時項目</translation>
    </message>
    <message>
        <source>New labour operation</source>
        <translation>新工時項目</translation>
    </message>
    <message>
        <source>= %1 units of 5 minutes</source>
        <translation>= %1 個 5 分鐘單位</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已儲存 %1。</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>已刪除 %1。</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>New part</source>
        <translation>新配件</translation>
    </message>
    <message>
        <source>catalog</source>
        <translation>目錄</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>正在寫入活頁簿…</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>Saved the catalogs to %1.</source>
        <translation>目錄已儲存至 %1。</translation>
    </message>
    <message>
        <source>Reading the workbook…</source>
        <translation>正在讀取活頁簿…</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>已取消匯入，未做任何變更。</translation>
    </message>
    <message>
        <source>Saving the imported rows…</source>
        <translation>正在儲存匯入的資料…</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 changed, %3 unchanged.</source>
        <translation>匯入完成：新增 %1、變更 %2、未變 %3。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors skipped.</source>
        <translation>
            <numerusform>已略過 %n 列有錯誤的資料。</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the owner edits the catalogs</source>
        <translation>只有店主可以編輯目錄</translation>
    </message>
    <message>
        <source>Catalogs</source>
        <translation>目錄</translation>
    </message>
    <message>
        <source>Only the owner edits the catalogs and imports them. To make changes, switch to the owner with the operator button in the status bar (Ctrl+Shift+O).</source>
        <translation>只有店主可以編輯及匯入目錄。如需修改，請用狀態列的操作員按鈕切換為店主（Ctrl+Shift+O）。</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>匯出至 Excel(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the labour operations, parts and model classes as an Excel workbook, to edit or keep</source>
        <translation>將工時項目、配件及車型類別存成 Excel 活頁簿，以便編輯或留存</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>從 Excel 匯入(&amp;I)…</translation>
    </message>
    <message>
        <source>Read a workbook in the exported layout; you see what would change, row by row, before anything is saved</source>
        <translation>讀取與匯出格式相同的活頁簿；儲存前會逐列顯示將有哪些變更</translation>
    </message>
    <message>
        <source>Labour operations (standard hours)</source>
        <translation>工時項目（工時定額）</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>篩選(&amp;F)：</translation>
    </message>
    <message>
        <source>Code, name, category or pinyin initials (ghjy)</source>
        <translation>代碼、名稱、類別或拼音首字母（ghjy）</translation>
    </message>
    <message>
        <source>5-minute units</source>
        <translation>5 分鐘單位</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>代碼(&amp;C)：</translation>
    </message>
    <message>
        <source>A short unique code, e.g. BY-001; rows of an imported workbook are matched by it</source>
        <translation>簡短且不重複的代碼，例如 BY-001；匯入活頁簿時依此比對資料列</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>類別(&amp;T)：</translation>
    </message>
    <message>
        <source>Choose a category or type a new one</source>
        <translation>選擇類別，或輸入新類別</translation>
    </message>
    <message>
        <source>Standard &amp;hours:</source>
        <translation>工時定額(&amp;H)：</translation>
    </message>
    <message>
        <source>Standard time of the job in hours, at most two decimals (0.5 = half an hour)</source>
        <translation>此作業的標準工時（小時），最多兩位小數（0.5 即半小時）</translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translation>新增(&amp;W)</translation>
    </message>
    <message>
        <source>Clear the form to add a new labour operation</source>
        <translation>清空表單以新增工時項目</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>Save this labour operation (Enter)</source>
        <translation>儲存此工時項目（Enter）</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete this labour operation (not possible while repair orders use it)</source>
        <translation>刪除此工時項目（已有維修工單使用時無法刪除）</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Code, name, brand / spec, supplier or pinyin initials</source>
        <translation>代碼、名稱、品牌／規格、供應商或拼音首字母</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>庫存</translation>
    </message>
    <message>
        <source>The part number; rows of an imported workbook are matched by it</source>
        <translation>配件編號；匯入活頁簿時依此比對資料列</translation>
    </message>
    <message>
        <source>&amp;Brand / spec:</source>
        <translation>品牌／規格(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>單位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Origin:</source>
        <translation>來源(&amp;O)：</translation>
    </message>
    <message>
        <source>Original (OEM), equivalent quality, or repaired: the customer is told which</source>
        <translation>原廠件、同質件或修復件：須告知客戶屬於哪一種</translation>
    </message>
    <message>
        <source>Sale &amp;price (yuan):</source>
        <translation>售價（元）(&amp;P)：</translation>
    </message>
    <message>
        <source>Cos&amp;t (yuan):</source>
        <translation>成本（元）(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Minimum stock:</source>
        <translation>最低庫存(&amp;M)：</translation>
    </message>
    <message>
        <source>Below this quantity the part is shown for reordering</source>
        <translation>低於此數量時，此配件會列為需補貨</translation>
    </message>
    <message>
        <source>Bin &amp;location:</source>
        <translation>貨位(&amp;L)：</translation>
    </message>
    <message>
        <source>Supplie&amp;r:</source>
        <translation>供應商(&amp;R)：</translation>
    </message>
    <message>
        <source>On hand:</source>
        <translation>庫存：</translation>
    </message>
    <message>
        <source>Stock changes only through receipts, issues and counts, never here</source>
        <translation>庫存只能透過入庫、出庫及盤點變動，不能在此修改</translation>
    </message>
    <message>
        <source>Clear the form to add a new part</source>
        <translation>清空表單以新增配件</translation>
    </message>
    <message>
        <source>Save this part (Enter)</source>
        <translation>儲存此配件（Enter）</translation>
    </message>
    <message>
        <source>Delete this part (not possible while repair orders or stock movements use it)</source>
        <translation>刪除此配件（已有維修工單或庫存異動使用時無法刪除）</translation>
    </message>
</context>
<context>
    <name>CatalogPicker</name>
    <message>
        <source>%1 units</source>
        <translation>%1 單位</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小時</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>不適用</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未檢查</translation>
    </message>
</context>
<context>
    <name>CheckoutTab</name>
    <message>
        <source>(not asked yet)</source>
        <translation>（尚未詢問）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ready for settlement&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;待結算&lt;/b&gt;（%1）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Settled, waiting for the customer&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;已結算，等候客戶取車&lt;/b&gt;（%1）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Open deposits&lt;/b&gt; (%1) — released on a deposit (intermittent fault), not settled yet</source>
        <translation>&lt;b&gt;未結押金&lt;/b&gt;（%1）——押金提車（偶發故障），尚未結算</translation>
    </message>
    <message>
        <source>Recei&amp;vables (makers and insurers)…</source>
        <translation>應收帳款（廠家及保險公司）(&amp;V)…</translation>
    </message>
    <message>
        <source>What the makers (三包) and insurers (索賠) still owe, by age; record the money they paid</source>
        <translation>廠家（三包）及保險公司（索賠）尚欠的款項，依帳齡列出；並可登記收回款項</translation>
    </message>
    <message>
        <source>Recei&amp;vables: %1 still owed by makers and insurers…</source>
        <translation>應收帳款：廠家及保險公司尚欠 %1(&amp;V)…</translation>
    </message>
    <message>
        <source>The settlement list is printed once the car passed final QC.</source>
        <translation>車輛通過完工總檢後才能列印結算清單。</translation>
    </message>
    <message>
        <source>Preview the 結算清單 and print it — give it to the customer before payment</source>
        <translation>預覽並列印結算清單——付款前須交給客戶</translation>
    </message>
    <message>
        <source>Nothing has been paid yet.</source>
        <translation>尚未收到任何付款。</translation>
    </message>
    <message>
        <source>Preview the receipt of what the customer paid</source>
        <translation>預覽客戶付款的收據</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>工時</translation>
    </message>
    <message>
        <source>added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>package card</source>
        <translation>套餐卡</translation>
    </message>
    <message>
        <source>customer-supplied, not charged</source>
        <translation>客戶自備，不收費</translation>
    </message>
    <message>
        <source>%1 issued, %2 agreed</source>
        <translation>領出 %1，議定 %2</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Outside work</source>
        <translation>外加工</translation>
    </message>
    <message>
        <source>free (%1), worth %2</source>
        <translation>免費（%1），價值 %2</translation>
    </message>
    <message>
        <source>All</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>總計</translation>
    </message>
    <message>
        <source>Customer pays &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>客戶應付 &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>the maker pays %1 (receivable)</source>
        <translation>廠家支付 %1（應收帳款）</translation>
    </message>
    <message>
        <source>the insurer pays %1 (receivable)</source>
        <translation>保險公司支付 %1（應收帳款）</translation>
    </message>
    <message>
        <source>paid %1</source>
        <translation>已付 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;still owed %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;尚欠 %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;nothing more to pay&lt;/b&gt;</source>
        <translation>&lt;b&gt;已無待付金額&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Settlement is blocked until every item passes.</source>
        <translation>須所有項目均通過，才能結算。</translation>
    </message>
    <message>
        <source>at settlement</source>
        <translation>結算時</translation>
    </message>
    <message>
        <source>Record the payment; the one that clears the balance settles the order</source>
        <translation>登記收款；付清餘額時工單即完成結算</translation>
    </message>
    <message>
        <source>Settle: the customer owes nothing more (a deposit larger than the bill is given back)</source>
        <translation>結算：客戶已無待付金額（押金多於帳單的部分退還客戶）</translation>
    </message>
    <message>
        <source>(PIN)</source>
        <translation>（需 PIN）</translation>
    </message>
    <message>
        <source>Change: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>找零：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Settlement list details saved.</source>
        <translation>結算清單資料已儲存。</translation>
    </message>
    <message>
        <source>Discount of %1 given.</source>
        <translation>已給予折扣 %1。</translation>
    </message>
    <message>
        <source>Choose the discount to take back.</source>
        <translation>請選擇要撤銷的折扣。</translation>
    </message>
    <message>
        <source>Discount taken back.</source>
        <translation>折扣已撤銷。</translation>
    </message>
    <message>
        <source>The insurer&apos;s approved amount is recorded as receivable.</source>
        <translation>保險公司核定金額已登記為應收帳款。</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>（未登記）</translation>
    </message>
    <message>
        <source>The insurer that owes the approved amount (the list is kept in Settings)</source>
        <translation>應支付核定金額的保險公司（清單在「設定」中維護）</translation>
    </message>
    <message>
        <source>Record the insurer and its loss-assessment reference on the order (printed on the settlement list)</source>
        <translation>在工單上登記保險公司及其定損單號（印在結算清單上）</translation>
    </message>
    <message>
        <source>The claim&apos;s insurer and loss assessment are recorded.</source>
        <translation>已登記索賠的保險公司及定損資料。</translation>
    </message>
    <message>
        <source>Received %1 by %2.</source>
        <translation>已收 %1（%2）。</translation>
    </message>
    <message>
        <source>The card&apos;s bonus paid %1 (a discount).</source>
        <translation>其中儲值卡的贈送金額支付了 %1（視為折扣）。</translation>
    </message>
    <message>
        <source>Give back %1 change.</source>
        <translation>請找零 %1。</translation>
    </message>
    <message>
        <source>The order is settled.</source>
        <translation>工單已結算。</translation>
    </message>
    <message>
        <source>Still owed: %1.</source>
        <translation>尚欠：%1。</translation>
    </message>
    <message>
        <source>Deposit refunded; the order is closed.</source>
        <translation>押金已退還，工單已結案。</translation>
    </message>
    <message>
        <source>Vo&amp;id payment…</source>
        <translation>作廢收款(&amp;I)…</translation>
    </message>
    <message>
        <source>Payment voided</source>
        <translation>收款已作廢</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>已作廢</translation>
    </message>
    <message>
        <source>Choose the payment to void in the list.</source>
        <translation>請在清單中選擇要作廢的收款。</translation>
    </message>
    <message>
        <source>Void the chosen payment with the reason (a reversing entry; nothing is deleted)</source>
        <translation>註明原因作廢所選收款（加一筆沖銷記錄，不刪除任何資料）</translation>
    </message>
    <message>
        <source>Payment of %1 voided; still owed: %2.</source>
        <translation>已作廢 %1 的收款；尚欠：%2。</translation>
    </message>
    <message>
        <source>Settlement list %1</source>
        <translation>結算清單 %1</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>收據 %1</translation>
    </message>
    <message>
        <source>Settlement &amp; delivery</source>
        <translation>結算交車</translation>
    </message>
    <message>
        <source>&lt;b&gt;Settlement &amp; delivery&lt;/b&gt; — cars that passed final QC, settled cars waiting for their owner, and cars out on a deposit. Double-click (or Enter) to open one.</source>
        <translation>&lt;b&gt;結算交車&lt;/b&gt;——完工總檢合格的車輛、已結算等候車主取車的車輛，以及押金提車的車輛。按兩下（或 Enter）開啟。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ready for settlement&lt;/b&gt;</source>
        <translation>&lt;b&gt;待結算&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Passed final QC: print the settlement list, take the payment</source>
        <translation>完工總檢合格：列印結算清單並收款</translation>
    </message>
    <message>
        <source>Ready since</source>
        <translation>完工時間</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>工單號</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>車牌號</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>帳單金額</translation>
    </message>
    <message>
        <source>Customer owes</source>
        <translation>客戶應付</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>結算方式</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>&lt;b&gt;Settled, waiting for the customer&lt;/b&gt;</source>
        <translation>&lt;b&gt;已結算，等候客戶取車&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Settled: hand the car over when the customer comes</source>
        <translation>已結算：客戶來時交車</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>結算時間</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>約定交車</translation>
    </message>
    <message>
        <source>&lt;b&gt;Open deposits&lt;/b&gt; — released on a deposit (intermittent fault), not settled yet</source>
        <translation>&lt;b&gt;未結押金&lt;/b&gt;——押金提車（偶發故障），尚未結算</translation>
    </message>
    <message>
        <source>Out on a deposit: settle once the fault is confirmed fixed, or refund the deposit</source>
        <translation>押金提車：確認故障已修復後結算，或退還押金</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>提車時間</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>押金</translation>
    </message>
    <message>
        <source>No car is waiting for settlement or delivery, and no deposit is open.</source>
        <translation>沒有等候結算或交車的車輛，也沒有未結押金。</translation>
    </message>
    <message>
        <source>All cars at checkout</source>
        <translation>所有待結算交車車輛</translation>
    </message>
    <message>
        <source>Leave this order and list the cars waiting for settlement or delivery</source>
        <translation>離開此工單，列出等候結算或交車的車輛</translation>
    </message>
    <message>
        <source>Charged items (the settlement list)</source>
        <translation>收費項目（結算清單）</translation>
    </message>
    <message>
        <source>Only confirmed items and added work the customer approved; parts as issued, never beyond what was agreed</source>
        <translation>只列已確認項目及客戶同意的追加項目；配件按實際領出計，不超過議定數量</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>#</source>
        <translation>序</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Brand / spec</source>
        <translation>品牌／規格</translation>
    </message>
    <message>
        <source>Qty / hours</source>
        <translation>數量／工時</translation>
    </message>
    <message>
        <source>Unit price / rate</source>
        <translation>單價／工時單價</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Money received and receivables</source>
        <translation>收款及應收帳款</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>By</source>
        <translation>經手人</translation>
    </message>
    <message>
        <source>&amp;Print settlement list…</source>
        <translation>列印結算清單(&amp;P)…</translation>
    </message>
    <message>
        <source>Print re&amp;ceipt…</source>
        <translation>列印收據(&amp;C)…</translation>
    </message>
    <message>
        <source>Pa&amp;yment</source>
        <translation>收款(&amp;Y)</translation>
    </message>
    <message>
        <source>Cashier&apos;s check (before settling)</source>
        <translation>收銀核對（結算前）</translation>
    </message>
    <message>
        <source>Settlement list details</source>
        <translation>結算清單資料</translation>
    </message>
    <message>
        <source>Mileage ou&amp;t (km):</source>
        <translation>出廠里程（km）(&amp;T)：</translation>
    </message>
    <message>
        <source>odometer when the car leaves</source>
        <translation>出廠時的里程錶讀數</translation>
    </message>
    <message>
        <source>O&amp;ld parts:</source>
        <translation>舊件(&amp;L)：</translation>
    </message>
    <message>
        <source>What happens to the replaced parts (printed on the settlement list)</source>
        <translation>換下的舊件如何處理（印在結算清單上）</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>儲存(&amp;V)</translation>
    </message>
    <message>
        <source>Record the mileage out and the old parts answer</source>
        <translation>登記出廠里程及舊件處理方式</translation>
    </message>
    <message>
        <source>Discount (cashier or owner, with a reason)</source>
        <translation>折扣（收銀或店主，須說明原因）</translation>
    </message>
    <message>
        <source>Disco&amp;unt:</source>
        <translation>折扣(&amp;U)：</translation>
    </message>
    <message>
        <source>amount in yuan</source>
        <translation>金額（元）</translation>
    </message>
    <message>
        <source>Whose share the discount reduces</source>
        <translation>折扣減少哪一方的應付金額</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>why the discount is given</source>
        <translation>給予折扣的原因</translation>
    </message>
    <message>
        <source>&amp;Give discount</source>
        <translation>給予折扣(&amp;G)</translation>
    </message>
    <message>
        <source>Take bac&amp;k</source>
        <translation>撤銷(&amp;K)</translation>
    </message>
    <message>
        <source>Remove the chosen discount (given by mistake)</source>
        <translation>移除選取的折扣（誤給時使用）</translation>
    </message>
    <message>
        <source>Insurance claim (索賠)</source>
        <translation>保險索賠</translation>
    </message>
    <message>
        <source>Insurer appro&amp;ved:</source>
        <translation>保險公司核定(&amp;V)：</translation>
    </message>
    <message>
        <source>the insurer&apos;s approved amount</source>
        <translation>保險公司核定金額</translation>
    </message>
    <message>
        <source>Recor&amp;d</source>
        <translation>登記(&amp;D)</translation>
    </message>
    <message>
        <source>The insurer pays this amount (a receivable); the customer pays the rest of the claim</source>
        <translation>保險公司支付此金額（應收帳款）；索賠部分的其餘由客戶支付</translation>
    </message>
    <message>
        <source>&amp;Insurer:</source>
        <translation>保險公司(&amp;I)：</translation>
    </message>
    <message>
        <source>Lo&amp;ss assessment no.:</source>
        <translation>定損單號(&amp;S)：</translation>
    </message>
    <message>
        <source>the insurer&apos;s 定損 reference</source>
        <translation>保險公司的定損單號</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>方式(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>金額(&amp;A)：</translation>
    </message>
    <message>
        <source>what the customer pays now (partial payments allowed)</source>
        <translation>客戶本次支付的金額（可分次付款）</translation>
    </message>
    <message>
        <source>&amp;Handed over:</source>
        <translation>實收(&amp;H)：</translation>
    </message>
    <message>
        <source>cash received</source>
        <translation>收到的現金</translation>
    </message>
    <message>
        <source>Ca&amp;rd:</source>
        <translation>儲值卡(&amp;R)：</translation>
    </message>
    <message>
        <source>The customer&apos;s stored-value cards with their balances, or type a card number</source>
        <translation>客戶的儲值卡及餘額，或直接輸入卡號</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN 碼</translation>
    </message>
    <message>
        <source>Cards…</source>
        <translation>會員卡…</translation>
    </message>
    <message>
        <source>The card desk: sell, recharge or refund a card, see its ledger</source>
        <translation>會員卡櫃檯：售卡、加值、退款，查看明細帳</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>備註(&amp;O)：</translation>
    </message>
    <message>
        <source>e.g. the card slip or transfer reference</source>
        <translation>例如：刷卡單號或轉帳參考號</translation>
    </message>
    <message>
        <source>&amp;Take payment</source>
        <translation>收款(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Settle</source>
        <translation>結算(&amp;S)</translation>
    </message>
    <message>
        <source>Refund the deposit and close the order</source>
        <translation>退還押金並結案</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>why the deposit is given back</source>
        <translation>退還押金的原因</translation>
    </message>
    <message>
        <source>How the money goes back</source>
        <translation>退款方式</translation>
    </message>
    <message>
        <source>Re&amp;fund deposit</source>
        <translation>退還押金(&amp;F)</translation>
    </message>
    <message>
        <source>Hand&amp;over</source>
        <translation>交車(&amp;O)</translation>
    </message>
    <message>
        <source>Handover checklist</source>
        <translation>交車檢查清單</translation>
    </message>
    <message>
        <source>Work and charges &amp;explained</source>
        <translation>已說明維修內容及費用(&amp;E)</translation>
    </message>
    <message>
        <source>Old parts sho&amp;wn</source>
        <translation>已出示舊配件(&amp;W)</translation>
    </message>
    <message>
        <source>Test d&amp;rive with the customer</source>
        <translation>已與客戶試車(&amp;R)</translation>
    </message>
    <message>
        <source>Remaining issues and next service to&amp;ld</source>
        <translation>已告知遺留問題及下次保養(&amp;L)</translation>
    </message>
    <message>
        <source>Next service due</source>
        <translation>下次保養</translation>
    </message>
    <message>
        <source>Due o&amp;n:</source>
        <translation>日期(&amp;N)：</translation>
    </message>
    <message>
        <source>or at (k&amp;m):</source>
        <translation>或里程（km）(&amp;M)：</translation>
    </message>
    <message>
        <source>mileage</source>
        <translation>里程</translation>
    </message>
    <message>
        <source>Can &amp;wait:</source>
        <translation>可暫緩項目(&amp;W)：</translation>
    </message>
    <message>
        <source>Work that can wait, one item per line (kept on the vehicle for its next visit)</source>
        <translation>可暫緩的維修項目，每行一項（保留在車輛記錄中，供下次來店參考）</translation>
    </message>
    <message>
        <source>Hand over the &amp;car</source>
        <translation>交車(&amp;C)</translation>
    </message>
    <message>
        <source>Intermittent fault: let the car go on a deposit (not settled)</source>
        <translation>偶發故障：交押金提車（不結算）</translation>
    </message>
    <message>
        <source>De&amp;posit:</source>
        <translation>押金(&amp;P)：</translation>
    </message>
    <message>
        <source>Fa&amp;ult:</source>
        <translation>故障(&amp;U)：</translation>
    </message>
    <message>
        <source>the fault to watch</source>
        <translation>需觀察的故障</translation>
    </message>
    <message>
        <source>Release on deposit</source>
        <translation>押金提車</translation>
    </message>
    <message>
        <source>Book the next visit</source>
        <translation>預約下次來店</translation>
    </message>
    <message>
        <source>Ne&amp;xt visit:</source>
        <translation>下次來店(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>預約(&amp;B)</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>備註：</translation>
    </message>
    <message>
        <source>what the visit is for</source>
        <translation>來店事由</translation>
    </message>
</context>
<context>
    <name>ComebackPanel</name>
    <message>
        <source>Comeback</source>
        <translation>返修</translation>
    </message>
    <message>
        <source>C&amp;onfirm comeback</source>
        <translation>確認為返修(&amp;O)</translation>
    </message>
    <message>
        <source>This visit repairs a fault of the earlier repair (返修): link it; it counts against that repair&apos;s first-time fix</source>
        <translation>本次來店是修理上次維修造成的故障（返修）：連結後會計入上次維修的一次修復率</translation>
    </message>
    <message>
        <source>Repaired free of charge</source>
        <translation>免費返修</translation>
    </message>
    <message>
        <source>A fault caused by the repair within its warranty is repaired free</source>
        <translation>質量保證期內因維修造成的故障免費修理</translation>
    </message>
    <message>
        <source>&lt;b&gt;Comeback (返修)&lt;/b&gt; of %1, handed over %2</source>
        <translation>&lt;b&gt;返修&lt;/b&gt;：%1（%2 交車）</translation>
    </message>
    <message>
        <source>repaired free of charge</source>
        <translation>免費返修</translation>
    </message>
    <message>
        <source>charged as usual</source>
        <translation>照常收費</translation>
    </message>
    <message>
        <source>Receive the car, then say whether this visit is a comeback.</source>
        <translation>請先接車，再確認本次來店是否為返修。</translation>
    </message>
    <message>
        <source>Not a comeback</source>
        <translation>不是返修</translation>
    </message>
    <message>
        <source>Receive the car first</source>
        <translation>請先接車</translation>
    </message>
    <message>
        <source>Remove the link: this visit is not a comeback</source>
        <translation>取消連結：本次來店不是返修</translation>
    </message>
    <message>
        <source>A new fault, not caused by the earlier repair: do not ask again for this visit</source>
        <translation>新故障，並非上次維修造成：本次來店不再詢問</translation>
    </message>
    <message>
        <source> or %1 km</source>
        <translation> 或 %1 km</translation>
    </message>
    <message>
        <source>&lt;b&gt;Possible comeback (返修)?&lt;/b&gt; %1 (%2, handed over %3: %4) is under warranty until %5.</source>
        <translation>&lt;b&gt;可能是返修？&lt;/b&gt;%1（%2，%3 交車：%4）質量保證期至 %5。</translation>
    </message>
    <message numerus="yes">
        <source>(%n more earlier repair(s) under warranty)</source>
        <translation>
            <numerusform>（另有 %n 次以前的維修仍在保證期內）</numerusform>
        </translation>
    </message>
    <message>
        <source>Vehicle history…</source>
        <translation>車輛維修記錄…</translation>
    </message>
    <message>
        <source>Every visit of this car, its warranty and the work still recommended; print the owner&apos;s repair record</source>
        <translation>此車每次來店的記錄、質量保證期及尚待處理的建議項目；可列印車主維修檔案</translation>
    </message>
</context>
<context>
    <name>CommissionRulesDialog</name>
    <message>
        <source>Commission rules</source>
        <translation>提成規則</translation>
    </message>
    <message>
        <source>What a mechanic earns on a repair line: the rule of its labour operation, else the rule of the order&apos;s job class. Split between the mechanics who worked the line by their shares; counted on the month-end workbook.</source>
        <translation>維修工在每個維修項目上的提成：依該工時項目的規則，沒有則依工單作業分類的規則。由施工的維修工按各自的分配比例分攤；計入月結活頁簿。</translation>
    </message>
    <message>
        <source>For</source>
        <translation>適用對象</translation>
    </message>
    <message>
        <source>Pays</source>
        <translation>提成標準</translation>
    </message>
    <message>
        <source>&amp;Remove the chosen rule</source>
        <translation>移除選取的規則(&amp;R)</translation>
    </message>
    <message>
        <source>Set a rule</source>
        <translation>設定規則</translation>
    </message>
    <message>
        <source>Labour &amp;operation</source>
        <translation>工時項目(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Job class</source>
        <translation>作業分類(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Percentage of the labour charge</source>
        <translation>按工時費的百分比(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Fixed amount per line</source>
        <translation>每項固定金額(&amp;F)</translation>
    </message>
    <message>
        <source>e.g. 10 (%)</source>
        <translation>例如 10（%）</translation>
    </message>
    <message>
        <source>e.g. 20.00 (yuan)</source>
        <translation>例如 20.00（元）</translation>
    </message>
    <message>
        <source>&amp;Set the rule</source>
        <translation>設定規則(&amp;S)</translation>
    </message>
    <message>
        <source>Free and comeback lines</source>
        <translation>免費及返修項目</translation>
    </message>
    <message>
        <source>No commission</source>
        <translation>不計提成</translation>
    </message>
    <message>
        <source>As if charged at the price they had</source>
        <translation>按原本的價格計算提成</translation>
    </message>
    <message>
        <source>No commission, and the original job&apos;s commission is taken back</source>
        <translation>無提成，並扣回原維修項目的提成</translation>
    </message>
    <message>
        <source>Commission like any line</source>
        <translation>與一般項目相同計提成</translation>
    </message>
    <message>
        <source>Lines given free:</source>
        <translation>免費項目：</translation>
    </message>
    <message>
        <source>Comebacks (返修):</source>
        <translation>返修項目：</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>儲存(&amp;V)</translation>
    </message>
    <message>
        <source>Job class: %1</source>
        <translation>作業分類：%1</translation>
    </message>
    <message>
        <source>%1 % of the labour charge</source>
        <translation>工時費的 %1 %</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已儲存。</translation>
    </message>
</context>
<context>
    <name>DamageCanvas</name>
    <message>
        <source>◀ front</source>
        <translation>◀ 車頭</translation>
    </message>
    <message>
        <source>front ▶</source>
        <translation>車頭 ▶</translation>
    </message>
</context>
<context>
    <name>DamageDiagram</name>
    <message>
        <source>Note on the picked mark:</source>
        <translation>所選標記的說明：</translation>
    </message>
    <message>
        <source>e.g. old scratch, 10 cm</source>
        <translation>例如：舊刮痕，10 cm</translation>
    </message>
    <message>
        <source>Remove mark</source>
        <translation>移除標記</translation>
    </message>
    <message>
        <source>Remove the picked mark (Delete)</source>
        <translation>移除所選標記（Delete）</translation>
    </message>
    <message>
        <source>Click the car to mark: %1</source>
        <translation>點選車身以標記：%1</translation>
    </message>
    <message>
        <source>found at QC</source>
        <translation>完工總檢發現</translation>
    </message>
    <message>
        <source>No damage marked: click the car where there is damage.</source>
        <translation>尚未標記損傷：請在車身圖上點選損傷位置。</translation>
    </message>
</context>
<context>
    <name>DelayCallDialog</name>
    <message>
        <source>Delay call %1</source>
        <translation>延誤通知 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 — %3 %4&lt;br/&gt;Promised: &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2——%3 %4&lt;br/&gt;約定交車：&lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Called %1: new time %2 (%3)</source>
        <translation>%1 已通知：新時間 %2（%3）</translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation>現在(&amp;N)</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>當面</translation>
    </message>
    <message>
        <source>By message</source>
        <translation>訊息</translation>
    </message>
    <message>
        <source>e.g. the part arrives tomorrow morning</source>
        <translation>例如：配件明天上午到貨</translation>
    </message>
    <message>
        <source>&amp;Called at:</source>
        <translation>通知時間(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>方式(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Who answered:</source>
        <translation>答覆人(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Reason for the delay:</source>
        <translation>延誤原因(&amp;R)：</translation>
    </message>
    <message>
        <source>New time &amp;agreed:</source>
        <translation>約定的新時間(&amp;A)：</translation>
    </message>
    <message>
        <source>Then write the delay notice with the new time for WeChat or &amp;SMS</source>
        <translation>接著撰寫含新交車時間的延誤通知，供微信或簡訊傳送(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Record the call</source>
        <translation>登記通知(&amp;R)</translation>
    </message>
    <message>
        <source>In time: announced before %1, so the new time is the promise the on-time rate counts.</source>
        <translation>及時：已在 %1 前通知，準時交車率以新時間作為約定交車時間計算。</translation>
    </message>
    <message>
        <source>Too late: %1 has passed. The new time is what the board and the customer go by, but the on-time rate still counts the car as late.</source>
        <translation>通知太遲：%1 已過。看板和客戶以新時間為準，但準時交車率仍將此車計為逾時。</translation>
    </message>
    <message>
        <source>Delay call recorded: the car is now promised for %1.</source>
        <translation>已登記延誤通知：約定交車時間改為 %1。</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <source>Over the customer&apos;s notify amount: phone the customer before any work</source>
        <translation>超過客戶的通報金額：施工前須先電話通知客戶</translation>
    </message>
    <message>
        <source>Within the notify amount and covered by the customer&apos;s permission to replace damaged parts found</source>
        <translation>未超過通報金額，且客戶已同意更換維修中發現的損壞部件</translation>
    </message>
    <message>
        <source>Within the notify amount: ask the customer before the work</source>
        <translation>未超過通報金額：施工前須徵詢客戶</translation>
    </message>
    <message>
        <source>Major repair</source>
        <translation>大修</translation>
    </message>
    <message>
        <source>Medium repair</source>
        <translation>中修</translation>
    </message>
    <message>
        <source>Minor repair</source>
        <translation>小修</translation>
    </message>
    <message>
        <source>Vehicle overhaul</source>
        <translation>整車修理</translation>
    </message>
    <message>
        <source>Assembly overhaul</source>
        <translation>總成修理</translation>
    </message>
    <message>
        <source>Level-2 maintenance</source>
        <translation>二級維護</translation>
    </message>
    <message>
        <source>Level-1 maintenance</source>
        <translation>一級維護</translation>
    </message>
    <message>
        <source>Minor repair (regulatory)</source>
        <translation>小修（法規分類）</translation>
    </message>
    <message>
        <source>Specialist repair</source>
        <translation>專項修理</translation>
    </message>
    <message>
        <source>Customer pays</source>
        <translation>自付</translation>
    </message>
    <message>
        <source>Warranty (maker pays)</source>
        <translation>三包</translation>
    </message>
    <message>
        <source>Insurance claim</source>
        <translation>索賠</translation>
    </message>
    <message>
        <source>Service advisor</source>
        <translation>服務接待</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>檢驗員</translation>
    </message>
    <message>
        <source>Foreman</source>
        <translation>班組長</translation>
    </message>
    <message>
        <source>Store keeper</source>
        <translation>庫房</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>收銀</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>店主</translation>
    </message>
    <message>
        <source>Petrol</source>
        <translation>汽油</translation>
    </message>
    <message>
        <source>Diesel</source>
        <translation>柴油</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>油電混合</translation>
    </message>
    <message>
        <source>Electric</source>
        <translation>電動</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>前部</translation>
    </message>
    <message>
        <source>Rear</source>
        <translation>後部</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>左側</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>右側</translation>
    </message>
    <message>
        <source>Roof</source>
        <translation>車頂</translation>
    </message>
    <message>
        <source>Scratch</source>
        <translation>刮痕</translation>
    </message>
    <message>
        <source>Dent</source>
        <translation>凹陷</translation>
    </message>
    <message>
        <source>Crack</source>
        <translation>裂紋</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Paint chip</source>
        <translation>掉漆</translation>
    </message>
    <message>
        <source>Rust</source>
        <translation>鏽蝕</translation>
    </message>
    <message>
        <source>Enter the plate number.</source>
        <translation>請輸入車牌號。</translation>
    </message>
    <message>
        <source>A plate has at most 10 characters.</source>
        <translation>車牌號最多 10 個字元。</translation>
    </message>
    <message>
        <source>The plate</source>
        <translation>車牌號</translation>
    </message>
    <message>
        <source>Plates never use the letters I or O: did you mean 1 or 0?</source>
        <translation>車牌號不使用字母 I 或 O：是否應為 1 或 0？</translation>
    </message>
    <message>
        <source>Unusual plate format: check it (saved as typed).</source>
        <translation>車牌號格式少見，請核對（仍按輸入內容儲存）。</translation>
    </message>
    <message>
        <source>Enter the VIN (the platform needs it).</source>
        <translation>請輸入車架號(VIN)（平台需要）。</translation>
    </message>
    <message>
        <source>A VIN has 17 characters; this one has {count}.</source>
        <translation>車架號(VIN)應為 17 個字元，此號碼有 {count} 個。</translation>
    </message>
    <message>
        <source>A VIN uses only digits and the letters A–Z except I, O and Q.</source>
        <translation>車架號(VIN)只能使用數字及 I、O、Q 以外的字母 A–Z。</translation>
    </message>
    <message>
        <source>The VIN check digit does not match (common on imported cars): check it.</source>
        <translation>車架號(VIN)校驗位不符（進口車常見），請核對。</translation>
    </message>
    <message>
        <source>Enter the mileage when the car came in.</source>
        <translation>請輸入進廠里程。</translation>
    </message>
    <message>
        <source>The order has no date the car came in.</source>
        <translation>此工單沒有進廠日期。</translation>
    </message>
    <message>
        <source>The order is not settled.</source>
        <translation>工單尚未結算。</translation>
    </message>
    <message>
        <source>The order was settled ({settled}) before the car came in ({received}).</source>
        <translation>工單的結算時間（{settled}）早於進廠時間（{received}）。</translation>
    </message>
    <message>
        <source>The order has no settlement list number.</source>
        <translation>此工單沒有結算清單編號。</translation>
    </message>
    <message>
        <source>Enter the complaint (the fault description the platform needs).</source>
        <translation>請輸入故障現象（平台需要的故障描述）。</translation>
    </message>
    <message>
        <source>The order has no repair item.</source>
        <translation>工單沒有維修項目。</translation>
    </message>
    <message>
        <source>The part {part} has no part code: choose it from the catalog.</source>
        <translation>配件 {part} 沒有配件代碼：請從目錄中選擇。</translation>
    </message>
    <message>
        <source>Enter the garage&apos;s road transport licence number (道路運輸經營許可證).</source>
        <translation>請輸入本店的道路運輸經營許可證號。</translation>
    </message>
    <message>
        <source>Enter the garage&apos;s unified social credit code (統一社會信用代碼).</source>
        <translation>請輸入本店的統一社會信用代碼。</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters; this one has {count}.</source>
        <translation>統一社會信用代碼應為 18 個字元，此代碼為 {count} 個。</translation>
    </message>
    <message>
        <source>A unified social credit code uses only digits and the letters A–Z except I, O, S, V and Z.</source>
        <translation>統一社會信用代碼只能使用數字及 I、O、S、V、Z 以外的大寫英文字母。</translation>
    </message>
    <message>
        <source>The unified social credit code&apos;s last character does not match (it should be {expected}): check it.</source>
        <translation>統一社會信用代碼的最後一碼不符（應為 {expected}），請核對。</translation>
    </message>
    <message>
        <source>A phone number has only digits, spaces, &apos;-&apos;, brackets and a leading &apos;+&apos;.</source>
        <translation>電話號碼只能包含數字、空格、「-」、括號及開頭的「+」。</translation>
    </message>
    <message>
        <source>Only a booked appointment can be received.</source>
        <translation>只有「已預約」的預約才能接車。</translation>
    </message>
    <message>
        <source>Only a booked appointment can be marked as a no-show.</source>
        <translation>只有「已預約」的預約才能標記為未到店。</translation>
    </message>
    <message>
        <source>The estimate can be written or revised only after intake and before the customer confirms the work order.</source>
        <translation>估價只能在接車後、客戶確認維修工單前填寫或修改。</translation>
    </message>
    <message>
        <source>The customer can confirm the work order only once it has an estimate and has not been confirmed yet.</source>
        <translation>維修工單須已估價且尚未確認，客戶才能確認。</translation>
    </message>
    <message>
        <source>Work can be dispatched only after the customer confirmed the work order and before final QC.</source>
        <translation>須在客戶確認維修工單後、完工總檢前才能派工。</translation>
    </message>
    <message>
        <source>Repair can start only after the work has been dispatched.</source>
        <translation>須先派工才能開始維修。</translation>
    </message>
    <message>
        <source>Added work can be proposed only while the car is being repaired.</source>
        <translation>只有車輛在維修中才能提出追加項目。</translation>
    </message>
    <message>
        <source>There is no added work waiting for the customer&apos;s answer.</source>
        <translation>沒有等候客戶答覆的追加項目。</translation>
    </message>
    <message>
        <source>Only a car in repair or rework can be reported finished for final QC; added work must be answered first.</source>
        <translation>只有維修中或返工中的車輛才能報完工、送完工總檢；追加項目須先得到客戶答覆。</translation>
    </message>
    <message>
        <source>Final QC can be recorded only after the repair is reported finished.</source>
        <translation>須先報完工，才能登記完工總檢。</translation>
    </message>
    <message>
        <source>Only an order sent back for rework can be reported reworked.</source>
        <translation>只有退回返工的工單才能報返工完成。</translation>
    </message>
    <message>
        <source>A car can leave on a deposit only after it passed final QC and before settlement.</source>
        <translation>車輛須完工總檢合格且尚未結算，才能押金提車。</translation>
    </message>
    <message>
        <source>Settlement needs an order that passed final QC (or left on a deposit) and is not settled yet.</source>
        <translation>結算的工單須已完工總檢合格（或已押金提車），且尚未結算。</translation>
    </message>
    <message>
        <source>The car can be handed over only after it passed final QC and was settled.</source>
        <translation>車輛須完工總檢合格並已結算，才能交車。</translation>
    </message>
    <message>
        <source>The follow-up call is made after the car was delivered.</source>
        <translation>回訪電話須在交車後進行。</translation>
    </message>
    <message>
        <source>Only an order released on a deposit can have its deposit refunded.</source>
        <translation>只有押金提車的工單才能退還押金。</translation>
    </message>
    <message>
        <source>An order can be cancelled only before settlement and before the car has left.</source>
        <translation>工單只能在結算前、車輛出廠前取消。</translation>
    </message>
    <message>
        <source>The customer can decline only an estimate that was given and not confirmed yet.</source>
        <translation>客戶只能拒絕已報價、尚未確認的估價。</translation>
    </message>
    <message>
        <source>Only a settled order whose car is still in the garage can go back to settlement.</source>
        <translation>只有已結算且車輛仍在廠內的工單才能退回結算。</translation>
    </message>
    <message>
        <source>Dispatching can be undone only while no work has started on the car.</source>
        <translation>只有在車輛尚未開工時才能撤銷派工。</translation>
    </message>
    <message>
        <source>The start of the repair can be undone only while the car is in repair.</source>
        <translation>只有在車輛維修中時才能撤銷開工。</translation>
    </message>
    <message>
        <source>The repair can be reopened only while the car waits for final QC.</source>
        <translation>只有在車輛等候完工總檢時才能重新開啟維修。</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>已預約</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已接車</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>已估價</translation>
    </message>
    <message>
        <source>Work order confirmed</source>
        <translation>已開單</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>已派工</translation>
    </message>
    <message>
        <source>In repair</source>
        <translation>維修中</translation>
    </message>
    <message>
        <source>Added work awaiting customer</source>
        <translation>追加項目待確認</translation>
    </message>
    <message>
        <source>Awaiting final QC</source>
        <translation>待完工總檢</translation>
    </message>
    <message>
        <source>Rework</source>
        <translation>返工中</translation>
    </message>
    <message>
        <source>Ready for pickup</source>
        <translation>待取車</translation>
    </message>
    <message>
        <source>Released on deposit</source>
        <translation>押金提車</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>已結算</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已交車</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>已回訪</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Imported from a workbook</source>
        <translation>由活頁簿匯入</translation>
    </message>
    <message>
        <source>Starter catalog loaded</source>
        <translation>載入預設目錄</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>設定變更</translation>
    </message>
    <message>
        <source>PIN set or removed</source>
        <translation>設定或移除 PIN</translation>
    </message>
    <message>
        <source>Wrong PIN typed</source>
        <translation>輸入了錯誤的 PIN</translation>
    </message>
    <message>
        <source>Right PIN after wrong ones</source>
        <translation>輸錯後輸入了正確的 PIN</translation>
    </message>
    <message>
        <source>Health record platform account changed</source>
        <translation>電子健康檔案平台帳號變更</translation>
    </message>
    <message>
        <source>Health record uploaded</source>
        <translation>電子健康檔案已上傳</translation>
    </message>
    <message>
        <source>Health record upload failed</source>
        <translation>電子健康檔案上傳失敗</translation>
    </message>
    <message>
        <source>Health record uploads retried now</source>
        <translation>電子健康檔案立即重新上傳</translation>
    </message>
    <message>
        <source>Part line linked to a catalog part for its code</source>
        <translation>配件明細已連結目錄配件以取得代碼</translation>
    </message>
    <message>
        <source>Customer called</source>
        <translation>致電客戶</translation>
    </message>
    <message>
        <source>Message to the customer copied (WeChat / SMS)</source>
        <translation>複製給客戶的訊息（微信／簡訊）</translation>
    </message>
    <message>
        <source>Message template reworded</source>
        <translation>訊息範本已修改</translation>
    </message>
    <message>
        <source>Message template restored to the default</source>
        <translation>訊息範本恢復為預設</translation>
    </message>
    <message>
        <source>Appointment booked</source>
        <translation>預約登記</translation>
    </message>
    <message>
        <source>Appointment moved</source>
        <translation>預約改期</translation>
    </message>
    <message>
        <source>Car received (intake)</source>
        <translation>接車</translation>
    </message>
    <message>
        <source>Intake record changed</source>
        <translation>接車記錄修改</translation>
    </message>
    <message>
        <source>Promised time changed</source>
        <translation>約定交車時間變更</translation>
    </message>
    <message>
        <source>Reminder dates set (next service, insurance, inspection)</source>
        <translation>設定提醒日期（下次保養、保險、年檢）</translation>
    </message>
    <message>
        <source>Reminder closed</source>
        <translation>提醒已結案</translation>
    </message>
    <message>
        <source>Estimate saved</source>
        <translation>估價存檔</translation>
    </message>
    <message>
        <source>Work order confirmed by the customer</source>
        <translation>客戶確認維修工單</translation>
    </message>
    <message>
        <source>Work dispatched to a team</source>
        <translation>派工</translation>
    </message>
    <message>
        <source>Work item started</source>
        <translation>工項開工</translation>
    </message>
    <message>
        <source>Work item finished</source>
        <translation>工項完工</translation>
    </message>
    <message>
        <source>Work item sent back for rework</source>
        <translation>工項退回返工</translation>
    </message>
    <message>
        <source>Part substituted</source>
        <translation>更換替代配件</translation>
    </message>
    <message>
        <source>Part issued from stock</source>
        <translation>配件出庫領料</translation>
    </message>
    <message>
        <source>Part returned to stock</source>
        <translation>配件退料入庫</translation>
    </message>
    <message>
        <source>Old part disposition</source>
        <translation>舊件處理</translation>
    </message>
    <message>
        <source>Extra part requested</source>
        <translation>申請用料批條</translation>
    </message>
    <message>
        <source>Extra part approved</source>
        <translation>用料批條核准</translation>
    </message>
    <message>
        <source>Extra part declined</source>
        <translation>用料批條駁回</translation>
    </message>
    <message>
        <source>Added work proposed</source>
        <translation>提出增項</translation>
    </message>
    <message>
        <source>Customer&apos;s answer to added work</source>
        <translation>客戶答覆增項</translation>
    </message>
    <message>
        <source>Price changed by added work</source>
        <translation>增項變更金額</translation>
    </message>
    <message>
        <source>Owner approved a price below the list</source>
        <translation>店主核准低於目錄的價格</translation>
    </message>
    <message>
        <source>Extra part put on the order</source>
        <translation>增補配件列入工單</translation>
    </message>
    <message>
        <source>Part not used</source>
        <translation>配件未使用</translation>
    </message>
    <message>
        <source>Part cost changed</source>
        <translation>配件成本變更</translation>
    </message>
    <message>
        <source>Prices from a supplier list</source>
        <translation>依供應商價目更新價格</translation>
    </message>
    <message>
        <source>Stock adjusted</source>
        <translation>庫存調整</translation>
    </message>
    <message>
        <source>Stock received</source>
        <translation>進貨入庫</translation>
    </message>
    <message>
        <source>Stock counted</source>
        <translation>庫存盤點</translation>
    </message>
    <message>
        <source>Final QC passed</source>
        <translation>完工總檢合格</translation>
    </message>
    <message>
        <source>Final QC failed</source>
        <translation>完工總檢不合格</translation>
    </message>
    <message>
        <source>Customer told the car is ready</source>
        <translation>已通知客戶取車</translation>
    </message>
    <message>
        <source>New damage marked at QC</source>
        <translation>總檢標記新損傷</translation>
    </message>
    <message>
        <source>Damage mark removed</source>
        <translation>移除損傷標記</translation>
    </message>
    <message>
        <source>Damage note changed</source>
        <translation>損傷說明變更</translation>
    </message>
    <message>
        <source>New damage resolved</source>
        <translation>新損傷已處理</translation>
    </message>
    <message>
        <source>Delay announced to the customer</source>
        <translation>已向客戶通知延誤</translation>
    </message>
    <message>
        <source>Outside work added</source>
        <translation>新增外加工</translation>
    </message>
    <message>
        <source>Outside work removed</source>
        <translation>移除外加工</translation>
    </message>
    <message>
        <source>Part sent to the outside shop</source>
        <translation>工件送外加工</translation>
    </message>
    <message>
        <source>Part back from the outside shop</source>
        <translation>工件自外加工廠返回</translation>
    </message>
    <message>
        <source>Quality check during the repair</source>
        <translation>維修過程檢驗</translation>
    </message>
    <message>
        <source>三包 loaner or transport compensation</source>
        <translation>三包備用車或交通費用補償</translation>
    </message>
    <message>
        <source>Discount given</source>
        <translation>給予折讓</translation>
    </message>
    <message>
        <source>Discount removed</source>
        <translation>取消折讓</translation>
    </message>
    <message>
        <source>Claim amount approved</source>
        <translation>索賠金額核准</translation>
    </message>
    <message>
        <source>Claim&apos;s insurer and loss assessment recorded</source>
        <translation>登記索賠的保險公司及定損單號</translation>
    </message>
    <message>
        <source>Receivable collected</source>
        <translation>收回應收帳款</translation>
    </message>
    <message>
        <source>Collection voided</source>
        <translation>回款作廢</translation>
    </message>
    <message>
        <source>Insurer added</source>
        <translation>新增保險公司</translation>
    </message>
    <message>
        <source>Insurer changed</source>
        <translation>修改保險公司</translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Excess payment refunded</source>
        <translation>退還溢收款</translation>
    </message>
    <message>
        <source>Order settled</source>
        <translation>工單結算</translation>
    </message>
    <message>
        <source>Deposit taken</source>
        <translation>收取押金</translation>
    </message>
    <message>
        <source>Deposit refunded</source>
        <translation>已退押金</translation>
    </message>
    <message>
        <source>Exit mileage and old parts recorded</source>
        <translation>記錄出廠里程與舊件</translation>
    </message>
    <message>
        <source>Car handed over</source>
        <translation>交車</translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation>回訪電話</translation>
    </message>
    <message>
        <source>Complaint given to a person</source>
        <translation>指派投訴負責人</translation>
    </message>
    <message>
        <source>Complaint resolved</source>
        <translation>投訴已解決</translation>
    </message>
    <message>
        <source>Referred customer linked</source>
        <translation>連結介紹來的新客戶</translation>
    </message>
    <message>
        <source>Referred customer unlinked</source>
        <translation>取消連結介紹的客戶</translation>
    </message>
    <message>
        <source>Call script saved</source>
        <translation>儲存回訪話術</translation>
    </message>
    <message>
        <source>Call script back to the default</source>
        <translation>回訪話術恢復為預設</translation>
    </message>
    <message>
        <source>Comeback confirmed</source>
        <translation>確認返修</translation>
    </message>
    <message>
        <source>Comeback rejected</source>
        <translation>不屬返修</translation>
    </message>
    <message>
        <source>Estimate declined by the customer</source>
        <translation>客戶拒絕估價</translation>
    </message>
    <message>
        <source>Dispatch undone</source>
        <translation>撤銷派工</translation>
    </message>
    <message>
        <source>Work dispatched to several mechanics with their shares</source>
        <translation>派工給多位維修工並設定分配比例</translation>
    </message>
    <message>
        <source>Commission rule set</source>
        <translation>設定提成規則</translation>
    </message>
    <message>
        <source>Commission rule ended</source>
        <translation>停用提成規則</translation>
    </message>
    <message>
        <source>Work item start undone</source>
        <translation>撤銷項目開工</translation>
    </message>
    <message>
        <source>Work item finish undone</source>
        <translation>撤銷項目完工</translation>
    </message>
    <message>
        <source>Payment voided</source>
        <translation>收款作廢</translation>
    </message>
    <message>
        <source>Package defined</source>
        <translation>設定套餐</translation>
    </message>
    <message>
        <source>Line paid by a package card</source>
        <translation>項目由套餐卡支付</translation>
    </message>
    <message>
        <source>Line paid as usual instead of by its package card</source>
        <translation>項目改回一般付費（不再用套餐卡）</translation>
    </message>
    <message>
        <source>Card ledger movement (sale, recharge, use, refund, expiry)</source>
        <translation>會員卡明細帳異動（售卡、加值、使用、退款、過期）</translation>
    </message>
    <message>
        <source>Card closed</source>
        <translation>卡片停用</translation>
    </message>
    <message>
        <source>Wrong card PIN typed</source>
        <translation>輸入了錯誤的會員卡 PIN</translation>
    </message>
    <message>
        <source>Right card PIN after wrong ones</source>
        <translation>輸錯後輸入了正確的會員卡 PIN</translation>
    </message>
    <message>
        <source>Recharge bonus rule set</source>
        <translation>設定加值贈送規則</translation>
    </message>
    <message>
        <source>Recharge bonus rule retired</source>
        <translation>停用加值贈送規則</translation>
    </message>
    <message>
        <source>Member grade set</source>
        <translation>設定會員等級</translation>
    </message>
    <message>
        <source>Customer&apos;s member grade changed</source>
        <translation>變更客戶會員等級</translation>
    </message>
    <message>
        <source>Member discount written at settlement</source>
        <translation>結算時計入會員折扣</translation>
    </message>
    <message>
        <source>Line made free of charge</source>
        <translation>項目改為免費</translation>
    </message>
    <message>
        <source>Free line charged again</source>
        <translation>免費項目恢復收費</translation>
    </message>
    <message>
        <source>Work recommended for a later visit</source>
        <translation>建議項目留待下次來店</translation>
    </message>
    <message>
        <source>Recommendation taken up on the estimate</source>
        <translation>估價採納建議項目</translation>
    </message>
    <message>
        <source>Recommendation dismissed</source>
        <translation>取消建議項目</translation>
    </message>
    <message>
        <source>Recommendation open again (its order was cancelled)</source>
        <translation>建議項目重新開啟（採納的工單已取消）</translation>
    </message>
    <message>
        <source>Stage: car received</source>
        <translation>階段：已接車</translation>
    </message>
    <message>
        <source>Stage: no-show</source>
        <translation>階段：未到店</translation>
    </message>
    <message>
        <source>Stage: estimated</source>
        <translation>階段：已估價</translation>
    </message>
    <message>
        <source>Stage: confirmed by the customer</source>
        <translation>階段：客戶已確認</translation>
    </message>
    <message>
        <source>Stage: counter sale confirmed, ready for settlement</source>
        <translation>階段：櫃檯銷售已確認，待結算</translation>
    </message>
    <message>
        <source>Stage: dispatched</source>
        <translation>階段：已派工</translation>
    </message>
    <message>
        <source>Stage: repair started</source>
        <translation>階段：開始維修</translation>
    </message>
    <message>
        <source>Stage: added work awaiting the customer</source>
        <translation>階段：增項待客戶確認</translation>
    </message>
    <message>
        <source>Stage: customer answered on added work</source>
        <translation>階段：客戶已答覆增項</translation>
    </message>
    <message>
        <source>Stage: repair finished, awaiting QC</source>
        <translation>階段：完工待總檢</translation>
    </message>
    <message>
        <source>Stage: QC failed, rework</source>
        <translation>階段：總檢不合格，返工</translation>
    </message>
    <message>
        <source>Stage: rework done</source>
        <translation>階段：返工完成</translation>
    </message>
    <message>
        <source>Stage: QC passed, ready</source>
        <translation>階段：總檢合格，可交車</translation>
    </message>
    <message>
        <source>Stage: released on a deposit</source>
        <translation>階段：押金放行</translation>
    </message>
    <message>
        <source>Stage: settled</source>
        <translation>階段：已結算</translation>
    </message>
    <message>
        <source>Stage: delivered</source>
        <translation>階段：已交車</translation>
    </message>
    <message>
        <source>Stage: followed up</source>
        <translation>階段：已回訪</translation>
    </message>
    <message>
        <source>Stage: deposit refunded</source>
        <translation>階段：押金已退</translation>
    </message>
    <message>
        <source>Stage: cancelled</source>
        <translation>階段：已取消</translation>
    </message>
    <message>
        <source>Stage: estimate declined, diagnosis fee to settle</source>
        <translation>階段：客戶拒絕估價，待結算檢測診斷費</translation>
    </message>
    <message>
        <source>Stage: settlement reopened (payment voided)</source>
        <translation>階段：重新結算（收款已作廢）</translation>
    </message>
    <message>
        <source>Stage: dispatch undone</source>
        <translation>階段：已撤銷派工</translation>
    </message>
    <message>
        <source>Stage: repair start undone</source>
        <translation>階段：已撤銷開工</translation>
    </message>
    <message>
        <source>Stage: repair finished undone, back in repair</source>
        <translation>階段：已撤銷報完工，退回維修中</translation>
    </message>
    <message>
        <source>Stage: rework done undone, back in rework</source>
        <translation>階段：已撤銷返工完成，退回返工中</translation>
    </message>
    <message>
        <source>Repair order</source>
        <translation>維修工單</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>預約</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>車輛</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作人員</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Model class</source>
        <translation>車型類別</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>目錄</translation>
    </message>
    <message>
        <source>Labour operation</source>
        <translation>工時項目</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Work item</source>
        <translation>工項</translation>
    </message>
    <message>
        <source>Part line</source>
        <translation>配件明細</translation>
    </message>
    <message>
        <source>Customer approval</source>
        <translation>客戶確認</translation>
    </message>
    <message>
        <source>QC inspection</source>
        <translation>總檢記錄</translation>
    </message>
    <message>
        <source>Delay call</source>
        <translation>延誤通知</translation>
    </message>
    <message>
        <source>Outside work</source>
        <translation>外加工</translation>
    </message>
    <message>
        <source>Process check</source>
        <translation>過程檢驗</translation>
    </message>
    <message>
        <source>三包 compensation</source>
        <translation>三包補償</translation>
    </message>
    <message>
        <source>Damage mark</source>
        <translation>損傷標記</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折讓</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>Prepaid card</source>
        <translation>會員卡</translation>
    </message>
    <message>
        <source>Recharge bonus rule</source>
        <translation>加值贈送規則</translation>
    </message>
    <message>
        <source>Member grade</source>
        <translation>會員等級</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>交車</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>介紹新客戶</translation>
    </message>
    <message>
        <source>Call script</source>
        <translation>回訪話術</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>建議項目</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>到期提醒</translation>
    </message>
    <message>
        <source>Contact with the customer</source>
        <translation>客戶聯繫記錄</translation>
    </message>
    <message>
        <source>Message template</source>
        <translation>訊息範本</translation>
    </message>
    <message>
        <source>Health record upload</source>
        <translation>電子健康檔案上傳</translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation>保險公司</translation>
    </message>
    <message>
        <source>Commission rule</source>
        <translation>提成規則</translation>
    </message>
    <message>
        <source>Collection of a receivable</source>
        <translation>應收帳款回款</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>未到店</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>The order is closed; nothing more can happen to it.</source>
        <translation>此工單已結案，不能再做任何操作。</translation>
    </message>
    <message>
        <source>Say why the order is cancelled.</source>
        <translation>請說明工單取消的原因。</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>請輸入數字。</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a number.</source>
        <translation>「{text}」不是數字。</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is ambiguous: a comma only separates thousands (1,250). Write decimals with a point (12.50).</source>
        <translation>「{text}」有歧義：逗號只用來分隔千位（1,250）。小數請用小數點（12.50）。</translation>
    </message>
    <message>
        <source>Use at most {places} decimal places.</source>
        <translation>最多 {places} 位小數。</translation>
    </message>
    <message>
        <source>The value may not be below {minimum}.</source>
        <translation>數值不可小於 {minimum}。</translation>
    </message>
    <message>
        <source>The value may not be above {maximum}.</source>
        <translation>數值不可大於 {maximum}。</translation>
    </message>
    <message>
        <source>Say what was found and what should be done.</source>
        <translation>請說明發現的問題及應做的維修。</translation>
    </message>
    <message>
        <source>Enter the labour hours or a part (or both).</source>
        <translation>請輸入工時或配件（或兩者）。</translation>
    </message>
    <message>
        <source>Enter the work to be done (the name of the labour line).</source>
        <translation>請輸入要做的維修作業（工時項目名稱）。</translation>
    </message>
    <message>
        <source>Enter the part&apos;s name.</source>
        <translation>請輸入配件名稱。</translation>
    </message>
    <message>
        <source>There is no added-work proposal {ref}.</source>
        <translation>找不到追加項目 {ref}。</translation>
    </message>
    <message>
        <source>The customer&apos;s answer to this item is already recorded.</source>
        <translation>此項目的客戶答覆已登記。</translation>
    </message>
    <message>
        <source>Say how the customer was contacted: by phone, in person or by message.</source>
        <translation>請說明聯繫客戶的方式：電話、當面或訊息。</translation>
    </message>
    <message>
        <source>This item takes the total over the customer&apos;s notify amount ({amount}): phone the customer or ask in person before any work; a message is not enough.</source>
        <translation>此項目使總額超過客戶的通報金額（{amount}）：施工前須以電話或當面徵詢客戶，僅發訊息不夠。</translation>
    </message>
    <message>
        <source>Enter who answered (the customer, or who spoke for them).</source>
        <translation>請輸入答覆人（客戶本人或代為答覆的人）。</translation>
    </message>
    <message>
        <source>The contact time may not be in the future.</source>
        <translation>聯繫時間不可晚於現在。</translation>
    </message>
    <message>
        <source>The customer cannot have answered before the item was proposed ({proposed}).</source>
        <translation>客戶答覆時間不可早於項目提出時間（{proposed}）。</translation>
    </message>
    <message>
        <source>The new promised time must be after the customer agreed to it.</source>
        <translation>新的約定交車時間須晚於客戶同意的時間。</translation>
    </message>
    <message>
        <source>The new time was agreed after the promised time {promised} had passed: the board and the work order go by the new time, and the on-time rate still counts the car as late.</source>
        <translation>新時間是在承諾時間 {promised} 過後才約定的：看板和工單以新時間為準，準時交車率仍將此車計為逾時。</translation>
    </message>
    <message>
        <source>Original (OEM)</source>
        <translation>原廠</translation>
    </message>
    <message>
        <source>Equivalent</source>
        <translation>同質</translation>
    </message>
    <message>
        <source>Repaired</source>
        <translation>修復</translation>
    </message>
    <message>
        <source>Enter a code.</source>
        <translation>請輸入代碼。</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>請輸入名稱。</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not an origin: use original, equivalent or repaired.</source>
        <translation>「{text}」不是有效的來源：請填原廠、同質或修復。</translation>
    </message>
    <message>
        <source>The code {code} is already used by another operation.</source>
        <translation>代碼 {code} 已被其他工時項目使用。</translation>
    </message>
    <message>
        <source>That labour operation no longer exists.</source>
        <translation>此工時項目已不存在。</translation>
    </message>
    <message>
        <source>The code {code} is used on repair orders and cannot be changed.</source>
        <translation>代碼 {code} 已用於維修工單，不能修改。</translation>
    </message>
    <message>
        <source>{name} is used on {count} repair order line(s) and cannot be deleted.</source>
        <translation>{name} 已用於 {count} 筆維修工單明細，不能刪除。</translation>
    </message>
    <message>
        <source>The code {code} is already used by another part.</source>
        <translation>代碼 {code} 已被其他配件使用。</translation>
    </message>
    <message>
        <source>That part no longer exists.</source>
        <translation>此配件已不存在。</translation>
    </message>
    <message>
        <source>{name} has stock movements and cannot be deleted.</source>
        <translation>{name} 已有庫存異動，不能刪除。</translation>
    </message>
    <message>
        <source>This file could not be read as an Excel workbook (.xlsx).</source>
        <translation>無法以 Excel 活頁簿（.xlsx）讀取此檔案。</translation>
    </message>
    <message>
        <source>The sheet has no column {columns} in its header row: nothing on it was read.</source>
        <translation>此工作表的標題列沒有 {columns} 欄，未讀取其中任何資料。</translation>
    </message>
    <message>
        <source>Enter the model class&apos;s name.</source>
        <translation>請輸入車型類別名稱。</translation>
    </message>
    <message>
        <source>{code} appears on more than one row ({rows}): keep one of them.</source>
        <translation>{code} 出現在多列（{rows}）：請只保留一列。</translation>
    </message>
    <message>
        <source>The workbook has none of the sheets {sheets}: is it a catalog exported from here?</source>
        <translation>活頁簿中沒有 {sheets} 任何一個工作表：這是從本程式匯出的目錄嗎？</translation>
    </message>
    <message>
        <source>The model year must be between 1900 and {last}.</source>
        <translation>年份須介於 1900 與 {last} 之間。</translation>
    </message>
    <message>
        <source>The purchase date cannot be in the future.</source>
        <translation>購車日期不可晚於今天。</translation>
    </message>
    <message>
        <source>This VIN is already registered for {plate}: pick that vehicle with the search.</source>
        <translation>此車架號(VIN)已登記於 {plate}：請用搜尋選取該車輛。</translation>
    </message>
    <message>
        <source>A vehicle with this plate is already registered ({name}): pick it with the search if it is the same car.</source>
        <translation>此車牌號已有登記的車輛（{name}）：若是同一輛車，請用搜尋選取。</translation>
    </message>
    <message>
        <source>The mileage is below the last recorded {last} km: check the odometer reading.</source>
        <translation>里程低於上次記錄的 {last} km，請核對里程錶讀數。</translation>
    </message>
    <message>
        <source>This car is on file for {name} and stays registered to them; the order is for the customer entered here.</source>
        <translation>此車登記在 {name} 名下，仍歸其所有；本工單的客戶為此處輸入的客戶。</translation>
    </message>
    <message>
        <source>That customer no longer exists: search again.</source>
        <translation>此客戶已不存在，請重新搜尋。</translation>
    </message>
    <message>
        <source>That vehicle no longer exists: search again.</source>
        <translation>此車輛已不存在，請重新搜尋。</translation>
    </message>
    <message>
        <source>A booking cannot start in the past.</source>
        <translation>預約時間不能早於現在。</translation>
    </message>
    <message>
        <source>Bookings start within opening hours, from {opening} to {closing}.</source>
        <translation>預約須在營業時間內開始（{opening} 至 {closing}）。</translation>
    </message>
    <message>
        <source>A booking lasts from {min} to {max} minutes.</source>
        <translation>預約時長須在 {min} 至 {max} 分鐘之間。</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>請輸入客戶名稱。</translation>
    </message>
    <message>
        <source>Order {ref} has no booking.</source>
        <translation>工單 {ref} 沒有預約記錄。</translation>
    </message>
    <message>
        <source>That customer no longer exists.</source>
        <translation>該客戶已不存在。</translation>
    </message>
    <message>
        <source>That vehicle no longer exists.</source>
        <translation>該車輛已不存在。</translation>
    </message>
    <message>
        <source>The car has arrived: the order is handled in the stage tabs now.</source>
        <translation>車輛已到店：請在各作業頁處理此工單。</translation>
    </message>
    <message>
        <source>The booked time has not come yet: if the customer called it off, cancel the booking instead.</source>
        <translation>尚未到預約時間：如客戶已取消，請改為取消預約。</translation>
    </message>
    <message>
        <source>This booking puts an hour over the workshop&apos;s capacity.</source>
        <translation>此預約使該時段超過車間的接車能力。</translation>
    </message>
    <message>
        <source>That model class no longer exists: choose another.</source>
        <translation>此車型類別已不存在，請另選一個。</translation>
    </message>
    <message>
        <source>Prices are locked: the customer confirmed the work order. Changes after confirmation are added work.</source>
        <translation>價格已鎖定：客戶已確認維修工單。確認後的變更須列為追加項目。</translation>
    </message>
    <message>
        <source>Name the job, or pick it from the catalog.</source>
        <translation>請輸入作業名稱，或從目錄中選取。</translation>
    </message>
    <message>
        <source>Name the part, or pick it from the catalog.</source>
        <translation>請輸入配件名稱，或從目錄中選取。</translation>
    </message>
    <message>
        <source>The quantity must be above zero.</source>
        <translation>數量須大於零。</translation>
    </message>
    <message>
        <source>Enter the unit price.</source>
        <translation>請輸入單價。</translation>
    </message>
    <message>
        <source>Ask the customer above what amount they must be phoned first, and enter it.</source>
        <translation>請詢問客戶：價格超過多少時須先電話通報，並輸入此金額。</translation>
    </message>
    <message>
        <source>The promised time must be later than now.</source>
        <translation>約定交車時間須晚於現在。</translation>
    </message>
    <message>
        <source>Add at least one labour or part line before the customer confirms.</source>
        <translation>客戶確認前，請至少加入一筆工時或配件明細。</translation>
    </message>
    <message>
        <source>Ask the customer whether other damaged parts found during the repair may be replaced.</source>
        <translation>請詢問客戶：維修中發現其他損壞部件時，是否可以更換。</translation>
    </message>
    <message>
        <source>The promised completion time has passed: agree a new time with the customer and save the estimate.</source>
        <translation>約定完工時間已過：請與客戶約定新時間，再儲存估價。</translation>
    </message>
    <message>
        <source>Enter the name of the person who confirms for the customer.</source>
        <translation>請輸入確認人（客戶本人或其代理人）的姓名。</translation>
    </message>
    <message>
        <source>The intake record can be changed only until the customer confirms the work order; this order is {status}.</source>
        <translation>接車記錄只能在客戶確認維修工單前修改；此工單目前為「{status}」。</translation>
    </message>
    <message>
        <source>Enter the odometer reading in km.</source>
        <translation>請輸入里程錶讀數（km）。</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a whole number of kilometres.</source>
        <translation>「{text}」不是整數公里數。</translation>
    </message>
    <message>
        <source>The mileage must be between 0 and {maximum} km.</source>
        <translation>里程須介於 0 與 {maximum} km 之間。</translation>
    </message>
    <message>
        <source>A damage mark lies outside the car outline.</source>
        <translation>有損傷標記位於車身輪廓之外。</translation>
    </message>
    <message>
        <source>The fuel level is given in eighths of a tank (0 to 8).</source>
        <translation>燃油量以八分之一油箱為單位（0 至 8）。</translation>
    </message>
    <message>
        <source>Write down the complaint in the customer&apos;s own words.</source>
        <translation>請以客戶的原話記錄故障現象。</translation>
    </message>
    <message>
        <source>Enter the promised completion time.</source>
        <translation>請輸入約定完工時間。</translation>
    </message>
    <message>
        <source>{plate} is already in the garage on order {order} ({status}): open that order instead of receiving the car twice.</source>
        <translation>{plate} 已在廠內，工單 {order}（{status}）：請開啟該工單，不要重複接車。</translation>
    </message>
    <message>
        <source>The complexity coefficient must be between {minimum} and {maximum}.</source>
        <translation>技術複雜係數須介於 {minimum} 與 {maximum} 之間。</translation>
    </message>
    <message>
        <source>{name} is used by {count} vehicle(s); file them under another class before deleting it.</source>
        <translation>{name} 有 {count} 輛車使用；請先將這些車輛改歸其他類別，再刪除。</translation>
    </message>
    <message>
        <source>There is already a model class called {name}.</source>
        <translation>已有名為 {name} 的車型類別。</translation>
    </message>
    <message>
        <source>That model class no longer exists.</source>
        <translation>此車型類別已不存在。</translation>
    </message>
    <message>
        <source>Tick at least one role for the person.</source>
        <translation>請為此人勾選至少一項職務。</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>請輸入姓名。</translation>
    </message>
    <message>
        <source>There is already an operator called {name}.</source>
        <translation>已有名為 {name} 的操作員。</translation>
    </message>
    <message>
        <source>The garage needs at least one active owner.</source>
        <translation>本店至少需要一位在職的店主。</translation>
    </message>
    <message>
        <source>Operators already exist: the owner adds new ones.</source>
        <translation>已有操作員：新操作員須由店主新增。</translation>
    </message>
    <message>
        <source>That operator no longer exists.</source>
        <translation>此操作員已不存在。</translation>
    </message>
    <message>
        <source>There is no order {ref}.</source>
        <translation>找不到工單 {ref}。</translation>
    </message>
    <message>
        <source>Choose who you are (the operator in the status bar) first.</source>
        <translation>請先選擇您是誰（狀態列中的操作員）。</translation>
    </message>
    <message>
        <source>Only {roles} may do this; the current operator is {role}.</source>
        <translation>此操作僅限{roles}；目前的操作員是{role}。</translation>
    </message>
    <message>
        <source>Enter the garage&apos;s name.</source>
        <translation>請輸入店名。</translation>
    </message>
    <message>
        <source>The hourly rate must be above zero.</source>
        <translation>工時單價須大於零。</translation>
    </message>
    <message>
        <source>The amount may not be below zero.</source>
        <translation>金額不可小於零。</translation>
    </message>
    <message>
        <source>The tax rate is a percentage between 0 and 100.</source>
        <translation>稅率為 0 至 100 之間的百分比。</translation>
    </message>
    <message>
        <source>The workshop needs at least one bay.</source>
        <translation>車間至少需要一個工位。</translation>
    </message>
    <message>
        <source>The idle lock is between 0 (never) and {maximum} minutes.</source>
        <translation>閒置鎖定時間須介於 0（不鎖定）與 {maximum} 分鐘之間。</translation>
    </message>
    <message>
        <source>The paperwork is printed in one of the program&apos;s languages.</source>
        <translation>單據只能以本程式提供的語言列印。</translation>
    </message>
    <message>
        <source>A 三包 period is between 1 and 20 years.</source>
        <translation>三包期限須在 1 至 20 年之間。</translation>
    </message>
    <message>
        <source>A 三包 period is between 1,000 and 1,000,000 km.</source>
        <translation>三包期限的里程須在 1,000 至 1,000,000 km 之間。</translation>
    </message>
    <message>
        <source>The 三包 repair warranty (包修期) is at least as long as the validity period.</source>
        <translation>三包包修期須至少與三包有效期一樣長。</translation>
    </message>
    <message>
        <source>Choose how a card is refunded.</source>
        <translation>請選擇會員卡的退款方式。</translation>
    </message>
    <message>
        <source>A card is dormant after 1 to 120 months without a movement.</source>
        <translation>會員卡無異動多久列為沉睡，須為 1 至 120 個月。</translation>
    </message>
    <message>
        <source>Closing time must be after opening time.</source>
        <translation>營業結束時間須晚於開始時間。</translation>
    </message>
    <message>
        <source>This added item waits for the customer&apos;s answer: it may not be dispatched or worked yet.</source>
        <translation>此追加項目正等候客戶答覆，尚不可派工或施工。</translation>
    </message>
    <message>
        <source>The customer declined this added item: it is kept as a recommendation for the next visit and is not worked.</source>
        <translation>客戶已拒絕此追加項目：保留為下次來店的建議項目，本次不施工。</translation>
    </message>
    <message>
        <source>This line is already finished.</source>
        <translation>此項目已完工。</translation>
    </message>
    <message>
        <source>Dispatch this line to a team first.</source>
        <translation>請先將此項目派工給班組。</translation>
    </message>
    <message>
        <source>This line has already been started.</source>
        <translation>此項目已開工。</translation>
    </message>
    <message>
        <source>Start this line first.</source>
        <translation>請先將此項目開工。</translation>
    </message>
    <message>
        <source>Lines are started and finished only while the car is in the workshop (dispatched, in repair or rework).</source>
        <translation>只有車輛在車間時（已派工、維修中或返工中）才能登記項目開工及完工。</translation>
    </message>
    <message>
        <source>Dispatching waits until the customer has answered the added work.</source>
        <translation>須等客戶答覆追加項目後才能派工。</translation>
    </message>
    <message>
        <source>Some repair lines are not finished yet.</source>
        <translation>尚有維修項目未完工。</translation>
    </message>
    <message>
        <source>The parts do not agree with the order yet ({count} problem(s), listed in the Parts tab): the first is: {first}</source>
        <translation>用料與工單尚未核對一致（共 {count} 項問題，列於「領料」分頁），第一項：{first}</translation>
    </message>
    <message>
        <source>Enter the reading.</source>
        <translation>請輸入讀數。</translation>
    </message>
    <message>
        <source>Enter the pressure of every cylinder (at least two), separated by spaces.</source>
        <translation>請輸入每個氣缸的壓力（至少兩個），以空格分隔。</translation>
    </message>
    <message>
        <source>Readings must be above zero.</source>
        <translation>讀數須大於零。</translation>
    </message>
    <message>
        <source>Enter how many cylinders the engine has (a whole number from 2 to {maximum}).</source>
        <translation>請輸入發動機的氣缸數（2 至 {maximum} 的整數）。</translation>
    </message>
    <message>
        <source>A cylinder&apos;s reading is missing (nothing between two commas): enter every cylinder&apos;s pressure.</source>
        <translation>缺少一缸的讀數（兩個逗號之間沒有數值）：請輸入每一缸的壓力。</translation>
    </message>
    <message>
        <source>{entered} readings for {count} cylinders: enter one pressure for every cylinder.</source>
        <translation>{count} 個氣缸只有 {entered} 個讀數：請每缸輸入一個壓力。</translation>
    </message>
    <message>
        <source>Enter the number of tries as a whole number from 1.</source>
        <translation>請輸入次數，須為 1 以上的整數。</translation>
    </message>
    <message>
        <source>Answer every check first: {items}.</source>
        <translation>請先完成每個檢查項目：{items}。</translation>
    </message>
    <message>
        <source>Some checks failed ({items}): send the car back for rework.</source>
        <translation>部分檢查項目不合格（{items}）：請將車輛退回返工。</translation>
    </message>
    <message>
        <source>These repair lines are not finished yet: {lines}</source>
        <translation>以下維修項目尚未完工：{lines}</translation>
    </message>
    <message>
        <source>The parts of this order are not reconciled: {problems}</source>
        <translation>此工單的用料尚未核對一致：{problems}</translation>
    </message>
    <message>
        <source>New damage found at QC is not resolved yet: {marks}</source>
        <translation>完工總檢發現的新損傷尚未處理：{marks}</translation>
    </message>
    <message>
        <source>Compare the car with the intake damage record and confirm that there is no new damage.</source>
        <translation>請對照接車時的損傷記錄檢查車輛，確認沒有新損傷。</translation>
    </message>
    <message>
        <source>Nothing failed: mark the failing checks (or the new damage) before sending the car back for rework.</source>
        <translation>沒有不合格項目：退回返工前，請先標記不合格的檢查項目（或新損傷）。</translation>
    </message>
    <message>
        <source>Say why &quot;{check}&quot; was not measured.</source>
        <translation>請說明「{check}」未測量的原因。</translation>
    </message>
    <message>
        <source>New damage is marked while the car waits for final QC.</source>
        <translation>只有車輛等候完工總檢時才能標記新損傷。</translation>
    </message>
    <message>
        <source>This order has no intake record to compare the car with.</source>
        <translation>此工單沒有接車記錄可供對照。</translation>
    </message>
    <message>
        <source>There is no damage mark {ref} found at QC on this order.</source>
        <translation>此工單沒有完工總檢發現的損傷標記 {ref}。</translation>
    </message>
    <message>
        <source>This damage is already resolved; it stays on the record.</source>
        <translation>此損傷已處理，記錄仍會保留。</translation>
    </message>
    <message>
        <source>Write how the new damage was resolved (repaired, or agreed with the customer).</source>
        <translation>請填寫新損傷的處理方式（已修復，或已與客戶協商）。</translation>
    </message>
    <message>
        <source>An order item is either done properly (pass) or not (fail).</source>
        <translation>工單項目只有合格或不合格兩種結果。</translation>
    </message>
    <message>
        <source>Say what must be redone: mark the order items to send back or write a rework note.</source>
        <translation>請說明需要重做的內容：標記要退回的工單項目，或填寫返工說明。</translation>
    </message>
    <message>
        <source>Process checks are recorded while the car is being repaired.</source>
        <translation>過程檢驗須在車輛維修期間登記。</translation>
    </message>
    <message>
        <source>There is no repair line {ref} on this order.</source>
        <translation>此工單沒有維修項目 {ref}。</translation>
    </message>
    <message>
        <source>Line {line} has not been started: check it once the mechanic is working on it.</source>
        <translation>項目 {line} 尚未開工：請在維修工施工時再檢驗。</translation>
    </message>
    <message>
        <source>Line {line} is finished: it is judged at final QC now.</source>
        <translation>第 {line} 項已完工：現在改由完工總檢判定。</translation>
    </message>
    <message>
        <source>Choose OK or a problem.</source>
        <translation>請選擇「正常」或「發現問題」。</translation>
    </message>
    <message>
        <source>Say what problem was found.</source>
        <translation>請說明發現的問題。</translation>
    </message>
    <message>
        <source>Say what was done about the problem (redone, part replaced, adjusted…).</source>
        <translation>請說明對此問題的處理（重做、更換配件、調整…）。</translation>
    </message>
    <message>
        <source>The mileage at QC ({mileage} km) is below the mileage at intake ({mileage_in} km).</source>
        <translation>完工總檢時的里程（{mileage} km）低於接車時的里程（{mileage_in} km）。</translation>
    </message>
    <message>
        <source>The customer is told once the car has passed final QC.</source>
        <translation>車輛通過完工總檢後才通知客戶。</translation>
    </message>
    <message>
        <source>The customer was already told at {time}.</source>
        <translation>已於 {time} 通知客戶。</translation>
    </message>
    <message>
        <source>Choose the team (or the mechanic) this line goes to.</source>
        <translation>請選擇此項目派給哪個班組（或維修工）。</translation>
    </message>
    <message>
        <source>There is no commission rule {ref} in force.</source>
        <translation>目前沒有生效中的提成規則 {ref}。</translation>
    </message>
    <message>
        <source>There is no labour operation {code} in the catalog.</source>
        <translation>目錄中沒有工時項目 {code}。</translation>
    </message>
    <message>
        <source>That mechanic is not an active operator.</source>
        <translation>此維修工不是在職的操作員。</translation>
    </message>
    <message>
        <source>What the outside shop is to do</source>
        <translation>加工內容</translation>
    </message>
    <message>
        <source>Enter the outside shop that does the work.</source>
        <translation>請輸入承做的外加工廠。</translation>
    </message>
    <message>
        <source>Say what the outside shop is to do (machining, upholstery, glass…).</source>
        <translation>請說明外加工廠要做的加工內容（機加工、內裝、玻璃…）。</translation>
    </message>
    <message>
        <source>Outside work is added on the estimate, or as added work while the car is being repaired.</source>
        <translation>外加工須在估價時加入，或於維修期間作為追加項目加入。</translation>
    </message>
    <message>
        <source>That outside work is no longer on the order.</source>
        <translation>該外加工項目已不在工單上。</translation>
    </message>
    <message>
        <source>Only outside work on an estimate not yet confirmed can be removed; after confirmation the customer declines it as added work.</source>
        <translation>只有估價尚未確認時才能移除外加工；確認後，須由客戶以追加項目的方式拒絕。</translation>
    </message>
    <message>
        <source>The part goes out once the customer has confirmed the work order.</source>
        <translation>客戶確認維修工單後，工件才能送出。</translation>
    </message>
    <message>
        <source>The customer has not agreed to this outside work: it may not be sent.</source>
        <translation>客戶尚未同意此外加工項目：不能送出。</translation>
    </message>
    <message>
        <source>This part has already been sent to the outside shop.</source>
        <translation>此工件已送外加工。</translation>
    </message>
    <message>
        <source>Record that the part was sent before it comes back.</source>
        <translation>請先登記工件已送出，才能登記返回。</translation>
    </message>
    <message>
        <source>This part is already back from the outside shop.</source>
        <translation>此零件已從外加工廠取回。</translation>
    </message>
    <message>
        <source>The time may not be in the future.</source>
        <translation>時間不可晚於現在。</translation>
    </message>
    <message>
        <source>The part cannot come back before it was sent ({sent}).</source>
        <translation>返回時間不可早於送出時間（{sent}）。</translation>
    </message>
    <message>
        <source>The expected return must be after the part is sent.</source>
        <translation>預計返回時間須晚於送出時間。</translation>
    </message>
    <message>
        <source>The order is closed: its outside work can no longer change.</source>
        <translation>此工單已結案：外加工項目不能再變更。</translation>
    </message>
    <message>
        <source>The work may not start before the work order was confirmed ({confirmed}).</source>
        <translation>開工時間不可早於維修工單確認時間（{confirmed}）。</translation>
    </message>
    <message>
        <source>The finish may not be before the start ({started}).</source>
        <translation>完工時間不可早於開工時間（{started}）。</translation>
    </message>
    <message>
        <source>Too many wrong PINs for this person: the next try is accepted in {seconds} seconds.</source>
        <translation>此人的 PIN 輸入錯誤次數過多：{seconds} 秒後才能再試。</translation>
    </message>
    <message>
        <source>Only the person themselves or the owner sets a PIN.</source>
        <translation>只有本人或店主可以設定 PIN 碼。</translation>
    </message>
    <message>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>PIN 碼為 4 至 8 位數字。</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>現金</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>支付寶</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>銀行卡</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>銀行轉帳</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>押金</translation>
    </message>
    <message>
        <source>Stored-value card</source>
        <translation>儲值卡</translation>
    </message>
    <message>
        <source>Package card</source>
        <translation>套餐卡</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>售卡</translation>
    </message>
    <message>
        <source>Recharge</source>
        <translation>加值</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>Payment voided, put back</source>
        <translation>收款作廢，退回卡內</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>註銷</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>過期</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>調整</translation>
    </message>
    <message>
        <source>Pay back the principal left; the bonus left is forfeited</source>
        <translation>退還剩餘本金；剩餘贈送金額不予退還</translation>
    </message>
    <message>
        <source>Pay back the principal left less the bonus already spent</source>
        <translation>退還剩餘本金，但扣除已使用的贈送金額</translation>
    </message>
    <message>
        <source>Cards are not refundable</source>
        <translation>會員卡不予退款</translation>
    </message>
    <message>
        <source>Receivable</source>
        <translation>應收帳款</translation>
    </message>
    <message>
        <source>Old parts checked and taken by the customer</source>
        <translation>舊配件已確認，由客戶取回</translation>
    </message>
    <message>
        <source>Old parts checked and left with the garage</source>
        <translation>舊配件已確認，客戶聲明放棄</translation>
    </message>
    <message>
        <source>No old parts</source>
        <translation>無舊配件</translation>
    </message>
    <message>
        <source>A discount must be more than zero.</source>
        <translation>折扣須大於零。</translation>
    </message>
    <message>
        <source>The discounts may not exceed what this payer is charged ({total}).</source>
        <translation>折扣不可超過此付款方的應付金額（{total}）。</translation>
    </message>
    <message>
        <source>Nothing on this order is charged to that payer.</source>
        <translation>此工單沒有由該付款方支付的項目。</translation>
    </message>
    <message>
        <source>The insurer&apos;s approved amount may not be below zero.</source>
        <translation>保險公司核定金額不可小於零。</translation>
    </message>
    <message>
        <source>The insurer cannot pay more than the claim&apos;s share of the bill ({total}).</source>
        <translation>保險公司支付金額不可超過帳單中的索賠部分（{total}）。</translation>
    </message>
    <message>
        <source>The customer handed over {tendered}, less than the {amount} paid.</source>
        <translation>客戶交付 {tendered}，少於應收的 {amount}。</translation>
    </message>
    <message>
        <source>Say why the discount is given.</source>
        <translation>請說明給予折扣的原因。</translation>
    </message>
    <message>
        <source>Say why the deposit is refunded.</source>
        <translation>請說明退還押金的原因。</translation>
    </message>
    <message>
        <source>Choose how the customer pays: cash, WeChat Pay, Alipay, bank card or bank transfer.</source>
        <translation>請選擇付款方式：現金、微信支付、支付寶、銀行卡或銀行轉帳。</translation>
    </message>
    <message>
        <source>0–30 days</source>
        <translation>0–30 天</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 天</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 天</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>超過 90 天</translation>
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation>請輸入大於零的金額。</translation>
    </message>
    <message>
        <source>Only {open} is still owed on this order.</source>
        <translation>此工單只剩 {open} 未收。</translation>
    </message>
    <message>
        <source>Nothing is owed on this order any more.</source>
        <translation>此工單已無欠款。</translation>
    </message>
    <message>
        <source>The money cannot have arrived before the order was settled ({day}).</source>
        <translation>到帳日期不能早於工單結算日（{day}）。</translation>
    </message>
    <message>
        <source>The day the money arrived cannot be after today.</source>
        <translation>到帳日期不可晚於今天。</translation>
    </message>
    <message>
        <source>The customer owes only {balance}.</source>
        <translation>客戶只需再付 {balance}。</translation>
    </message>
    <message>
        <source>The customer owes nothing more.</source>
        <translation>客戶已無待付金額。</translation>
    </message>
    <message>
        <source>The customer still owes {balance}.</source>
        <translation>客戶尚欠 {balance}。</translation>
    </message>
    <message>
        <source>Enter the amount the insurer approved for the claim first.</source>
        <translation>請先輸入保險公司核定的索賠金額。</translation>
    </message>
    <message>
        <source>Only a payment the customer made can be voided; deposits, refunds and receivables are corrected by their own actions.</source>
        <translation>只能作廢客戶的付款；押金、退款及應收款請以各自的操作更正。</translation>
    </message>
    <message>
        <source>This payment has already been voided.</source>
        <translation>此筆收款已作廢。</translation>
    </message>
    <message>
        <source>The car has been handed over and the order is settled: a payment can be voided only until then.</source>
        <translation>車輛已交車且工單已結算：收款只能在此之前作廢。</translation>
    </message>
    <message>
        <source>Nothing on this order is charged to the insurer.</source>
        <translation>此工單沒有由保險公司支付的項目。</translation>
    </message>
    <message>
        <source>The insurer has already paid {paid} against this order: the approved amount cannot be less.</source>
        <translation>保險公司已就此工單支付 {paid}：核定金額不可低於此數。</translation>
    </message>
    <message>
        <source>That discount no longer exists.</source>
        <translation>此折扣已不存在。</translation>
    </message>
    <message>
        <source>This reduction is the customer&apos;s member grade or a package card&apos;s line: it is written at settlement. Change the grade, or have the line paid as usual, instead.</source>
        <translation>此減免來自客戶的會員等級或套餐卡支付的項目，會在結算時計入。請改為修改會員等級，或將該項目改回一般付費。</translation>
    </message>
    <message>
        <source>The customer has paid nothing that could be refunded.</source>
        <translation>客戶沒有可退還的已付款項。</translation>
    </message>
    <message>
        <source>The mileage out may not be below the mileage in ({km} km).</source>
        <translation>出廠里程不可低於進廠里程（{km} km）。</translation>
    </message>
    <message>
        <source>The car has been handed over: its settlement details can no longer change.</source>
        <translation>車輛已交車，結算內容不能再修改。</translation>
    </message>
    <message>
        <source>Work and charges explained</source>
        <translation>已說明維修內容及費用</translation>
    </message>
    <message>
        <source>Old parts shown</source>
        <translation>已出示舊配件</translation>
    </message>
    <message>
        <source>Test drive with the customer</source>
        <translation>已與客戶試車</translation>
    </message>
    <message>
        <source>Remaining issues and next service told</source>
        <translation>已告知遺留問題及下次保養</translation>
    </message>
    <message>
        <source>The car has not passed final QC yet: it cannot be handed over.</source>
        <translation>車輛尚未通過完工總檢，不能交車。</translation>
    </message>
    <message>
        <source>Settle the order (or release the car on a deposit) before handing it over.</source>
        <translation>交車前請先結算（或辦理押金提車）。</translation>
    </message>
    <message>
        <source>{job_class} needs a completion certificate (竣工出廠合格證) signed by the inspector before the car may be handed over.</source>
        <translation>{job_class}須有檢驗員簽發的竣工出廠合格證，才能交車。</translation>
    </message>
    <message>
        <source>The car has already been handed over.</source>
        <translation>車輛已交車。</translation>
    </message>
    <message>
        <source>The next service is due above the current mileage ({km} km).</source>
        <translation>下次保養里程須高於目前里程（{km} km）。</translation>
    </message>
    <message>
        <source>The next service date must be after today.</source>
        <translation>下次保養日期須晚於今天。</translation>
    </message>
    <message>
        <source>The next service date is more than three years away: check it.</source>
        <translation>下次保養日期在三年以後：請核對。</translation>
    </message>
    <message>
        <source>The next service is due above the last mileage ({km} km).</source>
        <translation>下次保養里程須高於上次記錄的里程（{km} km）。</translation>
    </message>
    <message>
        <source>The next service is more than {max} km above the last mileage: check it.</source>
        <translation>下次保養里程比上次記錄的里程高出 {max} km 以上，請核對。</translation>
    </message>
    <message>
        <source>The insurance expiry must lie between {first} and {last}.</source>
        <translation>保險到期日須介於 {first} 與 {last} 之間。</translation>
    </message>
    <message>
        <source>The annual inspection date must lie between {first} and {last}.</source>
        <translation>年檢日期須介於 {first} 與 {last} 之間。</translation>
    </message>
    <message>
        <source>Next service</source>
        <translation>下次保養</translation>
    </message>
    <message>
        <source>Insurance expiry</source>
        <translation>保險到期</translation>
    </message>
    <message>
        <source>Annual inspection (年檢)</source>
        <translation>年檢</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本週</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>一週以後</translation>
    </message>
    <message>
        <source>The order has no vehicle to book the next visit for.</source>
        <translation>此工單沒有車輛，無法預約下次來店。</translation>
    </message>
    <message>
        <source>Not done at the handover: {items}.</source>
        <translation>交車時未完成：{items}。</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未登記</translation>
    </message>
    <message>
        <source>Customer takes it</source>
        <translation>客戶帶走</translation>
    </message>
    <message>
        <source>Left with the garage</source>
        <translation>留廠處理</translation>
    </message>
    <message>
        <source>No old part</source>
        <translation>無舊件</translation>
    </message>
    <message>
        <source>Parts are issued only while the car is in the workshop: after the customer confirmed the work order and before final QC.</source>
        <translation>只有車輛在車間時才能領料：即客戶確認維修工單後、完工總檢前。</translation>
    </message>
    <message>
        <source>Parts can be returned only until the order is settled.</source>
        <translation>只有在工單結算前才能退料。</translation>
    </message>
    <message>
        <source>The customer brought this part: nothing is issued from stock.</source>
        <translation>此配件由客戶自備，不從庫存出庫。</translation>
    </message>
    <message>
        <source>This line is not a stock part: substitute a part from the stock first.</source>
        <translation>此項目不是庫存配件：請先換成庫存中的配件。</translation>
    </message>
    <message>
        <source>Added work waiting for the customer&apos;s answer: nothing may be issued for it yet.</source>
        <translation>追加項目正等候客戶答覆，尚不可領料。</translation>
    </message>
    <message>
        <source>This extra part waits for the inspector&apos;s approval (用料批條).</source>
        <translation>此額外配件正等候檢驗員批准（用料批條）。</translation>
    </message>
    <message>
        <source>This line was refused: nothing is issued for it.</source>
        <translation>客戶已拒絕此項目，不發料。</translation>
    </message>
    <message>
        <source>Everything allowed on this line is issued; more needs an extra part approved by the inspector.</source>
        <translation>此項目可領的數量已全部發出；如需更多，須由檢驗員開具用料批條。</translation>
    </message>
    <message>
        <source>Out of stock.</source>
        <translation>缺貨。</translation>
    </message>
    <message>
        <source>Nothing was issued on this line.</source>
        <translation>此項目尚未領料。</translation>
    </message>
    <message>
        <source>{seq}. {name}: planned {planned} {unit}, never issued.</source>
        <translation>{seq}. {name}：計劃 {planned} {unit}，未領料。</translation>
    </message>
    <message>
        <source>{seq}. {name}: planned {planned} {unit}, only {issued} issued.</source>
        <translation>{seq}. {name}：計劃 {planned} {unit}，只領了 {issued}。</translation>
    </message>
    <message>
        <source>{seq}. {name}: {quantity} {unit} issued that are not on the customer&apos;s order.</source>
        <translation>{seq}. {name}：領出 {quantity} {unit}，但不在客戶的工單上。</translation>
    </message>
    <message>
        <source>{code} {name}: {quantity} issued to this order without a line on it.</source>
        <translation>{code} {name}：已為此工單領出 {quantity}，但工單上沒有此項目。</translation>
    </message>
    <message>
        <source>{seq}. {name}: the line says {issued} issued but the stock movements say {booked}.</source>
        <translation>{seq}. {name}：項目記錄已領 {issued}，但庫存異動記錄為 {booked}。</translation>
    </message>
    <message>
        <source>{seq}. {name}: an extra part still waits for the inspector.</source>
        <translation>{seq}. {name}：仍有額外配件等候檢驗員批准。</translation>
    </message>
    <message>
        <source>There is no QC checklist &quot;{template}&quot;.</source>
        <translation>找不到完工總檢檢查表「{template}」。</translation>
    </message>
    <message>
        <source>Delivery received</source>
        <translation>進貨入庫</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>已領料</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>退料</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>調整</translation>
    </message>
    <message>
        <source>Stock count</source>
        <translation>盤點</translation>
    </message>
    <message>
        <source>Only {on_hand} {unit} of {code} {name} are in stock: the stock cannot go below zero.</source>
        <translation>{code} {name} 庫存只有 {on_hand} {unit}，庫存不能小於零。</translation>
    </message>
    <message>
        <source>Say why the stock changes (the reason is kept with the movement).</source>
        <translation>請說明庫存變動的原因（原因會與異動記錄一併保存）。</translation>
    </message>
    <message>
        <source>An adjustment of zero changes nothing.</source>
        <translation>調整量為零，沒有任何變動。</translation>
    </message>
    <message>
        <source>Add at least one part to the delivery.</source>
        <translation>進貨至少要有一種配件。</translation>
    </message>
    <message>
        <source>{code} {name} moved while it was being counted (on hand was {expected}, now {on_hand}): count it again.</source>
        <translation>{code} {name} 在盤點期間有異動（原庫存 {expected}，現為 {on_hand}）：請重新盤點。</translation>
    </message>
    <message>
        <source>Enter the counted quantity of at least one part.</source>
        <translation>請至少輸入一種配件的盤點數量。</translation>
    </message>
    <message>
        <source>{part}: {issued} issued but {planned} agreed with the customer; only the agreed quantity is charged.</source>
        <translation>{part}：領出 {issued}，但與客戶議定的是 {planned}；只按議定數量收費。</translation>
    </message>
    <message>
        <source>That part line no longer exists.</source>
        <translation>此配件明細已不存在。</translation>
    </message>
    <message>
        <source>Only {left} {unit} are left to issue on line {seq} (allowed {allowed}). More needs an extra part approved by the inspector (用料批條).</source>
        <translation>第 {seq} 項只剩 {left} {unit} 可領（允許 {allowed}）。如需更多，須由檢驗員開具用料批條。</translation>
    </message>
    <message>
        <source>Only {on_hand} {unit} of {code} {name} are in stock: {asked} cannot be issued.</source>
        <translation>{code} {name} 庫存只有 {on_hand} {unit}，無法發出 {asked}。</translation>
    </message>
    <message>
        <source>Only {issued} {unit} were issued on line {seq}: no more can come back.</source>
        <translation>第 {seq} 項只領出 {issued} {unit}，不能退回更多。</translation>
    </message>
    <message>
        <source>There is nothing to issue on this order now.</source>
        <translation>此工單目前沒有需要發料的配件。</translation>
    </message>
    <message>
        <source>Choose a different part to substitute.</source>
        <translation>請選擇另一種配件來替換。</translation>
    </message>
    <message>
        <source>Return the {issued} {unit} issued on this line before substituting another part.</source>
        <translation>替換為其他配件前，請先退回此項目已領出的 {issued} {unit}。</translation>
    </message>
    <message>
        <source>An extra part is approved as it is: ask for another extra part instead.</source>
        <translation>額外配件已按申請批准，不能替換：請另行申請額外配件。</translation>
    </message>
    <message>
        <source>The customer brought this part: there is nothing to substitute.</source>
        <translation>此配件由客戶自備，無需替換。</translation>
    </message>
    <message>
        <source>There is no extra-part request {ref}.</source>
        <translation>找不到額外配件申請 {ref}。</translation>
    </message>
    <message>
        <source>The inspector has already decided on this extra part.</source>
        <translation>檢驗員已處理此額外配件。</translation>
    </message>
    <message>
        <source>Nothing on this line was issued beyond the customer&apos;s order.</source>
        <translation>此項目沒有超出客戶工單的領料。</translation>
    </message>
    <message>
        <source>Everything planned on this line was issued.</source>
        <translation>此項目計劃的配件已全部領出。</translation>
    </message>
    <message>
        <source>Say whether the customer takes the old part, leaves it with the garage, or there is none.</source>
        <translation>請選擇舊件由客戶帶走、留廠處理，或無舊件。</translation>
    </message>
    <message>
        <source>Say why the extra part is needed.</source>
        <translation>請說明需要額外配件的原因。</translation>
    </message>
    <message>
        <source>There is no extra-part request {ref} on this order.</source>
        <translation>此工單沒有額外配件申請 {ref}。</translation>
    </message>
    <message>
        <source>No sheet has a part code column and a price column in its first rows: nothing was read.</source>
        <translation>沒有任何工作表的前幾列中有配件代碼欄及價格欄，未讀取任何資料。</translation>
    </message>
    <message>
        <source>Enter the supplier&apos;s name.</source>
        <translation>請輸入供應商名稱。</translation>
    </message>
    <message>
        <source>The row has no part code.</source>
        <translation>此列沒有配件代碼。</translation>
    </message>
    <message>
        <source>The code {code} is on several rows ({rows}): keep one.</source>
        <translation>代碼 {code} 出現在多列（{rows}）：請只保留一列。</translation>
    </message>
    <message>
        <source>{code} is not in the catalog: give its name and a sale price to add it.</source>
        <translation>{code} 不在目錄中：請填寫名稱及售價以新增。</translation>
    </message>
    <message>
        <source>This price list changes sale prices, which only the owner may do: remove the sale price column or ask the owner.</source>
        <translation>此價目表會變更售價，只有店主可以這樣做：請刪除售價欄，或請店主處理。</translation>
    </message>
    <message>
        <source>Enter the price.</source>
        <translation>請輸入價格。</translation>
    </message>
    <message>
        <source>Order {order} has no completion certificate: it is issued when a car of a certificate class passes final QC.</source>
        <translation>工單 {order} 沒有竣工出廠合格證：需合格證類別的車輛通過完工總檢時才會簽發。</translation>
    </message>
    <message>
        <source>Order {order} has no inspection {attempt}.</source>
        <translation>工單 {order} 沒有第 {attempt} 次檢驗。</translation>
    </message>
    <message>
        <source>A comeback can be linked only from intake until settlement; this order is {status}.</source>
        <translation>只有在接車後、結算前才能連結返修；此工單目前為「{status}」。</translation>
    </message>
    <message>
        <source>Order {ref} is not an earlier repair of this car that has been handed over.</source>
        <translation>工單 {ref} 不是此車以前已交車的維修記錄。</translation>
    </message>
    <message>
        <source>Ask how satisfied the customer is: 1 (very unhappy) to 5 (very happy).</source>
        <translation>請詢問客戶的滿意度：1（非常不滿意）至 5（非常滿意）。</translation>
    </message>
    <message>
        <source>Satisfaction can be given only when the customer was reached.</source>
        <translation>只有聯繫上客戶時才能登記滿意度。</translation>
    </message>
    <message>
        <source>A complaint can be recorded only when the customer was reached.</source>
        <translation>只有聯繫上客戶時才能登記投訴。</translation>
    </message>
    <message>
        <source>Choose who takes care of the complaint.</source>
        <translation>請選擇由誰負責處理此投訴。</translation>
    </message>
    <message>
        <source>Say how the complaint was resolved.</source>
        <translation>請說明投訴的處理結果。</translation>
    </message>
    <message>
        <source>There is no such complaint.</source>
        <translation>找不到此投訴。</translation>
    </message>
    <message>
        <source>This complaint is already closed.</source>
        <translation>此投訴已結案。</translation>
    </message>
    <message>
        <source>{what} can be at most {limit} characters ({length} now).</source>
        <translation>{what}最多 {limit} 個字（目前 {length} 個）。</translation>
    </message>
    <message>
        <source>{what} contains an invisible control character ({code}) at position {position}: delete it.</source>
        <translation>{what}在第 {position} 個字含有看不見的控制字元（{code}），請刪除。</translation>
    </message>
    <message>
        <source>{what} must be on one line: delete the line break at position {position}.</source>
        <translation>{what}只能寫成一行：請刪除第 {position} 個字的換行。</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation>電話號碼</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>The note on the customer</source>
        <translation>客戶備註</translation>
    </message>
    <message>
        <source>The make</source>
        <translation>廠牌</translation>
    </message>
    <message>
        <source>The model</source>
        <translation>車型</translation>
    </message>
    <message>
        <source>The colour</source>
        <translation>顏色</translation>
    </message>
    <message>
        <source>The complaint</source>
        <translation>故障現象</translation>
    </message>
    <message>
        <source>The list of items left in the car</source>
        <translation>車內物品</translation>
    </message>
    <message>
        <source>The intake notes</source>
        <translation>進場檢驗備註</translation>
    </message>
    <message>
        <source>A damage note</source>
        <translation>損傷說明</translation>
    </message>
    <message>
        <source>How the damage was resolved</source>
        <translation>損傷處理方式</translation>
    </message>
    <message>
        <source>A car can carry at most {limit} damage marks: describe several pieces of damage in one mark&apos;s note.</source>
        <translation>一輛車最多 {limit} 個損傷標記：請在一個標記的說明中描述多處損傷。</translation>
    </message>
    <message>
        <source>The contact&apos;s name</source>
        <translation>聯絡人姓名</translation>
    </message>
    <message>
        <source>The booking note</source>
        <translation>預約備註</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>The diagnosis</source>
        <translation>檢測診斷</translation>
    </message>
    <message>
        <source>The job code</source>
        <translation>作業代碼</translation>
    </message>
    <message>
        <source>The line&apos;s name</source>
        <translation>項目名稱</translation>
    </message>
    <message>
        <source>The brand / spec</source>
        <translation>品牌／規格</translation>
    </message>
    <message>
        <source>The unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>The name of the person confirming</source>
        <translation>確認人姓名</translation>
    </message>
    <message>
        <source>The team</source>
        <translation>班組名稱</translation>
    </message>
    <message>
        <source>The description of the added work</source>
        <translation>追加項目說明</translation>
    </message>
    <message>
        <source>The name of who answered</source>
        <translation>答覆人姓名</translation>
    </message>
    <message>
        <source>The reason for the extra part</source>
        <translation>追加用料原因</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>The remarks</source>
        <translation>總檢備註</translation>
    </message>
    <message>
        <source>The rework note</source>
        <translation>返工說明</translation>
    </message>
    <message>
        <source>A recommendation</source>
        <translation>建議項目</translation>
    </message>
    <message>
        <source>The call notes</source>
        <translation>回訪意見</translation>
    </message>
    <message>
        <source>The resolution</source>
        <translation>處理結果</translation>
    </message>
    <message>
        <source>The supplier</source>
        <translation>供應商</translation>
    </message>
    <message>
        <source>The delivery note</source>
        <translation>送貨備註</translation>
    </message>
    <message>
        <source>The job&apos;s name</source>
        <translation>作業名稱</translation>
    </message>
    <message>
        <source>The category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>The part code</source>
        <translation>配件代碼</translation>
    </message>
    <message>
        <source>The part&apos;s name</source>
        <translation>配件名稱</translation>
    </message>
    <message>
        <source>The bin location</source>
        <translation>庫位</translation>
    </message>
    <message>
        <source>The model class&apos;s name</source>
        <translation>車型類別名稱</translation>
    </message>
    <message>
        <source>The garage&apos;s name</source>
        <translation>維修廠名稱</translation>
    </message>
    <message>
        <source>The licence number</source>
        <translation>道路運輸經營許可證號</translation>
    </message>
    <message>
        <source>The tax ID</source>
        <translation>統一社會信用代碼</translation>
    </message>
    <message>
        <source>The backup folder</source>
        <translation>備份資料夾</translation>
    </message>
    <message>
        <source>The database file {file} is damaged ({detail}). It was not changed.</source>
        <translation>資料庫檔案 {file} 已損壞（{detail}），檔案未被變更。</translation>
    </message>
    <message>
        <source>The file {file} is not a garage database this program can open as it is ({detail}). It was not changed.</source>
        <translation>檔案 {file} 不是本程式能直接開啟的維修廠資料庫（{detail}），檔案未被變更。</translation>
    </message>
    <message>
        <source>The database file {file} was written by a newer version of this program (schema {revision}). Install the newer version, or restore a backup made by this one.</source>
        <translation>資料庫檔案 {file} 由較新版本的本程式寫入（資料結構 {revision}）。請安裝新版本，或還原由目前版本製作的備份。</translation>
    </message>
    <message>
        <source>Choose two different records: one to keep and one to merge into it.</source>
        <translation>請選擇兩筆不同的記錄：一筆保留，另一筆併入其中。</translation>
    </message>
    <message>
        <source>The plates {keep} and {merge} differ by more than the script they were typed in: they are two cars.</source>
        <translation>車牌 {keep} 與 {merge} 不只是繁簡字體不同：它們是兩輛車。</translation>
    </message>
    <message>
        <source>The two records have different VINs ({keep} and {merge}): they are two cars, not one.</source>
        <translation>兩筆記錄的車架號(VIN)不同（{keep} 與 {merge}）：是兩輛車，不是同一輛。</translation>
    </message>
    <message>
        <source>The names {keep} and {merge} differ by more than the script they were typed in: they are two customers.</source>
        <translation>姓名 {keep} 與 {merge} 不只是繁簡字體不同：他們是兩位客戶。</translation>
    </message>
    <message>
        <source>The two customers have different phone numbers ({keep} and {merge}): they are two people, not one.</source>
        <translation>兩位客戶的電話不同（{keep} 與 {merge}）：是兩個人，不是同一人。</translation>
    </message>
    <message>
        <source>Choose the records to merge into the one kept.</source>
        <translation>請選擇要併入保留記錄的記錄。</translation>
    </message>
    <message>
        <source>A booking is cancelled (or marked a no-show) in the Appointments tab.</source>
        <translation>預約請在「預約」頁取消（或標記未到）。</translation>
    </message>
    <message>
        <source>The repair has begun: an order can be cancelled only before its first line is started (a start entered by mistake is undone in the Work ticket tab).</source>
        <translation>維修已開始：工單只能在第一個項目開工前取消（誤登的開工請在「維修工單」頁撤銷）。</translation>
    </message>
    <message>
        <source>Parts are out of the store for this order ({count} line(s)): return them in the Parts tab before cancelling.</source>
        <translation>此工單已有配件出庫（{count} 項）：取消前請先在「領料」頁退回。</translation>
    </message>
    <message>
        <source>Money has been taken on this order: void the payments first.</source>
        <translation>此工單已收款：請先作廢收款。</translation>
    </message>
    <message>
        <source>This order waits for settlement: it is settled (a discount may waive a charge), not cancelled.</source>
        <translation>此工單正等候結算：應予結算（可用優惠免收費用），不能取消。</translation>
    </message>
    <message>
        <source>A booking has no work order yet.</source>
        <translation>預約尚無工單。</translation>
    </message>
    <message>
        <source>Say why the customer declines the estimate.</source>
        <translation>請說明客戶拒絕估價的原因。</translation>
    </message>
    <message>
        <source>Say why the payment is voided.</source>
        <translation>請說明作廢收款的原因。</translation>
    </message>
    <message>
        <source>That payment no longer exists.</source>
        <translation>該筆收款已不存在。</translation>
    </message>
    <message>
        <source>This line is not dispatched.</source>
        <translation>此項目尚未派工。</translation>
    </message>
    <message>
        <source>This line has been started: undo its start first.</source>
        <translation>此項目已開工：請先撤銷開工。</translation>
    </message>
    <message>
        <source>This line has not been started.</source>
        <translation>此項目尚未開工。</translation>
    </message>
    <message>
        <source>This line is finished: undo its finish first.</source>
        <translation>此項目已完工：請先撤銷完工。</translation>
    </message>
    <message>
        <source>This line is not finished.</source>
        <translation>此項目尚未完工。</translation>
    </message>
    <message>
        <source>The repair has been reported finished: undo &quot;repair finished&quot; first.</source>
        <translation>已報完工：請先撤銷「報完工」。</translation>
    </message>
    <message>
        <source>The inspector has begun final QC on this car: the repair can no longer be reopened (failing the QC sends work back).</source>
        <translation>檢驗員已開始完工總檢：維修不能再重新開啟（總檢不合格即會退回返工）。</translation>
    </message>
    <message>
        <source>Owner approved: below the catalog price</source>
        <translation>店主核准：低於目錄價</translation>
    </message>
    <message>
        <source>Owner approved: below the hourly rate</source>
        <translation>店主核准：低於工時單價</translation>
    </message>
    <message>
        <source>Owner approved: free of charge</source>
        <translation>店主核准：免費</translation>
    </message>
    <message>
        <source>below the catalog price</source>
        <translation>低於目錄價</translation>
    </message>
    <message>
        <source>below the hourly rate</source>
        <translation>低於工時單價</translation>
    </message>
    <message>
        <source>free of charge</source>
        <translation>免費</translation>
    </message>
    <message>
        <source>{count} line(s) priced below the list or at zero: the owner approves them on the spot (first: {first}).</source>
        <translation>有 {count} 項價格低於目錄或為零：須由店主當場核准（第一項：{first}）。</translation>
    </message>
    <message>
        <source>Only an owner approves a price below the list.</source>
        <translation>只有店主可以核准低於目錄的價格。</translation>
    </message>
    <message>
        <source>That is not the owner&apos;s PIN: the prices were not approved.</source>
        <translation>這不是店主的 PIN：價格未獲核准。</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>保修</translation>
    </message>
    <message>
        <source>Comeback</source>
        <translation>返修</translation>
    </message>
    <message>
        <source>Goodwill</source>
        <translation>贈送</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>客戶拒絕</translation>
    </message>
    <message>
        <source>Noted at QC</source>
        <translation>總檢時提出</translation>
    </message>
    <message>
        <source>Noted at delivery</source>
        <translation>交車時提出</translation>
    </message>
    <message>
        <source>三包: enter the purchase date to check the 三包 periods.</source>
        <translation>三包：請輸入購車日期以核對三包期限。</translation>
    </message>
    <message>
        <source>三包: past the validity period ({valid}); the repair warranty runs to {repair}.</source>
        <translation>三包：已過三包有效期（{valid}）；包修期至 {repair}。</translation>
    </message>
    <message>
        <source>三包: past the repair warranty ({repair}): the maker may refuse to pay.</source>
        <translation>三包：已過包修期（{repair}），廠家可能拒絕支付。</translation>
    </message>
    <message>
        <source>The question</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>A call script needs at least one question.</source>
        <translation>回訪話術至少要有一個問題。</translation>
    </message>
    <message>
        <source>A call script holds at most {limit} questions.</source>
        <translation>回訪話術最多 {limit} 個問題。</translation>
    </message>
    <message>
        <source>Question {number} has no text: write it or remove the question.</source>
        <translation>第 {number} 題沒有內容：請填寫內容或移除此問題。</translation>
    </message>
    <message>
        <source>Question {number} has no kind of answer chosen.</source>
        <translation>第 {number} 題尚未選擇回答方式。</translation>
    </message>
    <message>
        <source>Two questions of the script are the same question ({key}).</source>
        <translation>話術中有兩個問題相同（{key}）。</translation>
    </message>
    <message>
        <source>Read out (no answer)</source>
        <translation>照讀（不需回答）</translation>
    </message>
    <message>
        <source>Satisfaction 1–5</source>
        <translation>滿意度 1–5</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>是／否</translation>
    </message>
    <message>
        <source>The customer&apos;s words</source>
        <translation>客戶原話</translation>
    </message>
    <message>
        <source>Would introduce a friend: yes / no / maybe</source>
        <translation>是否願意介紹朋友：是／否／考慮中</translation>
    </message>
    <message>
        <source>Materials reconciled with the work ordered</source>
        <translation>出庫用料與工單維修項目核對一致</translation>
    </message>
    <message>
        <source>Every outside-work slip back</source>
        <translation>外部加工單均已返回</translation>
    </message>
    <message>
        <source>Final QC passed, certificate issued where needed</source>
        <translation>完工總檢合格，需要時已簽發竣工出廠合格證</translation>
    </message>
    <message>
        <source>Confirmed by {name} on {date}.</source>
        <translation>已由 {name} 於 {date} 確認。</translation>
    </message>
    <message>
        <source>The customer never confirmed the work order.</source>
        <translation>客戶未確認維修工單。</translation>
    </message>
    <message>
        <source>{count} added-work item(s) still wait for the customer&apos;s answer.</source>
        <translation>尚有 {count} 項追加項目等候客戶答覆。</translation>
    </message>
    <message>
        <source>The customer declined the estimate: only the diagnosis fee is charged.</source>
        <translation>客戶已拒絕估價：只收檢測診斷費。</translation>
    </message>
    <message>
        <source>Every issued part is on the order and every planned part issued.</source>
        <translation>所有領出的配件均在工單上，計劃用料均已領出。</translation>
    </message>
    <message>
        <source>Not reconciled: {problems}</source>
        <translation>尚未核對一致：{problems}</translation>
    </message>
    <message>
        <source>No outside work on this order.</source>
        <translation>此工單沒有外加工項目。</translation>
    </message>
    <message>
        <source>All {count} piece(s) of outside work are back.</source>
        <translation>{count} 件外加工已全部返回。</translation>
    </message>
    <message>
        <source>{what}: never sent to {supplier}.</source>
        <translation>{what}：從未送交 {supplier}。</translation>
    </message>
    <message>
        <source>Not back from the outside shop: {problems}</source>
        <translation>尚未從外加工廠取回：{problems}</translation>
    </message>
    <message>
        <source>{what}: sent to {supplier} on {sent}, not back yet.</source>
        <translation>{what}：已於 {sent} 送至 {supplier}，尚未返回。</translation>
    </message>
    <message>
        <source>Nothing was repaired: no final QC is needed.</source>
        <translation>未進行任何維修：無需完工總檢。</translation>
    </message>
    <message>
        <source>The car has not passed final QC.</source>
        <translation>車輛尚未通過完工總檢。</translation>
    </message>
    <message>
        <source>The last final QC (inspection {attempt}) failed.</source>
        <translation>最近一次完工總檢（第 {attempt} 次檢驗）不合格。</translation>
    </message>
    <message>
        <source>Passed final QC (inspection {attempt}).</source>
        <translation>完工總檢合格（第 {attempt} 次檢驗）。</translation>
    </message>
    <message>
        <source>Passed final QC (inspection {attempt}); certificate {number}.</source>
        <translation>完工總檢合格（第 {attempt} 次檢驗）；合格證 {number}。</translation>
    </message>
    <message>
        <source>{job_class} needs a completion certificate and none was issued.</source>
        <translation>{job_class}須有竣工出廠合格證，但尚未簽發。</translation>
    </message>
    <message>
        <source>The cashier&apos;s check fails: {reasons}</source>
        <translation>收銀核對未通過：{reasons}</translation>
    </message>
    <message>
        <source>A delay is announced while the car is in the garage and not ready yet; this order is {status}.</source>
        <translation>只有車輛在廠且尚未完工時才能登記延誤通知；此工單目前為「{status}」。</translation>
    </message>
    <message>
        <source>Say how the customer was told: by phone, in person or by message.</source>
        <translation>請說明通知客戶的方式：電話、當面或訊息。</translation>
    </message>
    <message>
        <source>Say why the car will be late (the customer is owed the reason).</source>
        <translation>請說明車輛延誤的原因（應向客戶說明理由）。</translation>
    </message>
    <message>
        <source>The time of the call may not be in the future.</source>
        <translation>通知時間不能晚於現在。</translation>
    </message>
    <message>
        <source>The call cannot be before the car was received ({received}).</source>
        <translation>通知時間不可早於接車時間（{received}）。</translation>
    </message>
    <message>
        <source>Enter the new time the customer agreed to.</source>
        <translation>請輸入客戶同意的新時間。</translation>
    </message>
    <message>
        <source>The new time must be after the call.</source>
        <translation>新時間須晚於通知時間。</translation>
    </message>
    <message>
        <source>The new time must be later than the promised time {promised}: a delay moves the promise on.</source>
        <translation>新時間須晚於原約定交車時間 {promised}：延誤只能將約定時間往後延。</translation>
    </message>
    <message>
        <source>The call came after the promised time {promised} had passed: the board and the work order go by the new time, and the on-time rate still counts the car as late.</source>
        <translation>此次通知是在約定交車時間 {promised} 過後才進行的：看板和工單以新時間為準，準時交車率仍將此車計為逾時。</translation>
    </message>
    <message>
        <source>The answer</source>
        <translation>回答內容</translation>
    </message>
    <message>
        <source>Answers can be recorded only when the customer was reached.</source>
        <translation>只有聯繫上客戶時才能登記回答。</translation>
    </message>
    <message>
        <source>The call script has no such question (it may have just been edited): open the call again.</source>
        <translation>回訪話術中沒有此問題（可能剛被修改）：請重新開啟此次回訪。</translation>
    </message>
    <message>
        <source>A satisfaction answer is 1 (very dissatisfied) to 5 (very satisfied).</source>
        <translation>滿意度回答須為 1（非常不滿意）至 5（非常滿意）。</translation>
    </message>
    <message>
        <source>Choose one of the answers offered.</source>
        <translation>請從提供的回答中選擇一個。</translation>
    </message>
    <message>
        <source>There is no such follow-up call.</source>
        <translation>沒有這筆回訪記錄。</translation>
    </message>
    <message>
        <source>This call has no answer about introducing a friend: a new customer is linked to the call in which the referral was asked.</source>
        <translation>此次回訪沒有關於介紹新客戶的回答：新客戶須連結到詢問過介紹意願的那次回訪。</translation>
    </message>
    <message>
        <source>Choose the new customer the referral brought.</source>
        <translation>請選擇此次介紹來的新客戶。</translation>
    </message>
    <message>
        <source>{customer} was registered before this call: a referral links the new customer it brought.</source>
        <translation>{customer} 在此次回訪之前已登記：介紹只能連結因此帶來的新客戶。</translation>
    </message>
    <message>
        <source>{customer} is already linked to a referral of {referrer}.</source>
        <translation>{customer} 已連結為 {referrer} 介紹的客戶。</translation>
    </message>
    <message>
        <source>There is no such referral link.</source>
        <translation>找不到此介紹關聯。</translation>
    </message>
    <message>
        <source>The order is settled or closed: its lines can no longer be made free or charged again.</source>
        <translation>工單已結算或已結案：其項目不能再改為免費或恢復收費。</translation>
    </message>
    <message>
        <source>That line is not on this order.</source>
        <translation>此工單沒有該項目。</translation>
    </message>
    <message>
        <source>This line is already free.</source>
        <translation>此項目已是免費。</translation>
    </message>
    <message>
        <source>This line is not free.</source>
        <translation>此項目並非免費。</translation>
    </message>
    <message>
        <source>Nothing is charged for this line: there is nothing to give away.</source>
        <translation>此項目未收費，無須設為免費。</translation>
    </message>
    <message>
        <source>The customer declined this added item: it is not charged, there is nothing to give away.</source>
        <translation>客戶已拒絕此追加項目：本就不收費，無需設為免費。</translation>
    </message>
    <message>
        <source>Choose why the line is free: warranty, comeback or goodwill.</source>
        <translation>請選擇免費原因：保修、返修或贈送。</translation>
    </message>
    <message>
        <source>Say in a few words why the garage gives this away.</source>
        <translation>請簡短說明本廠免費贈送的原因。</translation>
    </message>
    <message>
        <source>Describe the work recommended for later.</source>
        <translation>請說明建議日後進行的維修作業。</translation>
    </message>
    <message>
        <source>This order has no vehicle to keep the recommendation on.</source>
        <translation>此工單沒有車輛，無法保留建議項目。</translation>
    </message>
    <message>
        <source>A recommendation is noted on a car that came in, not on a booking or a cancelled order.</source>
        <translation>建議項目須登記在已進廠的車輛上，不能登記在預約或已取消的工單上。</translation>
    </message>
    <message>
        <source>That recommendation no longer exists.</source>
        <translation>該建議項目已不存在。</translation>
    </message>
    <message>
        <source>This recommendation is already closed.</source>
        <translation>此建議項目已結案。</translation>
    </message>
    <message>
        <source>Say why the recommendation is dismissed.</source>
        <translation>請說明撤銷此建議項目的原因。</translation>
    </message>
    <message>
        <source>This recommendation belongs to another car.</source>
        <translation>此建議項目屬於另一輛車。</translation>
    </message>
    <message>
        <source>The customer already confirmed this work order: propose the recommendation as added work instead.</source>
        <translation>客戶已確認此維修工單：請改將此建議項目提出為追加項目。</translation>
    </message>
    <message>
        <source>There is no job {code} in the catalog.</source>
        <translation>目錄中沒有作業 {code}。</translation>
    </message>
    <message>
        <source>Only a 三包 order (paid as warranty) owes a loaner or transport compensation.</source>
        <translation>只有三包工單（按三包結算）才須提供備用車或交通費用補償。</translation>
    </message>
    <message>
        <source>The compensation is owed from day six of a 三包 repair ({day}); this repair has not run that long.</source>
        <translation>三包維修自第六天（{day}）起才須補償；此次維修尚未達到這麼多天。</translation>
    </message>
    <message>
        <source>The compensation for this repair is already recorded.</source>
        <translation>此次維修的補償已經登記。</translation>
    </message>
    <message>
        <source>The compensation is recorded while the car is in the garage or when it is handed back; this order is {status}.</source>
        <translation>須在車輛在廠期間或交車時登記補償；此工單目前為「{status}」。</translation>
    </message>
    <message>
        <source>Choose a loaner car or transport compensation.</source>
        <translation>請選擇備用車或交通費用補償。</translation>
    </message>
    <message>
        <source>Say which car was lent (plate or model).</source>
        <translation>請說明借出哪輛備用車（車牌號或車型）。</translation>
    </message>
    <message>
        <source>Enter the transport compensation paid.</source>
        <translation>請輸入已支付的交通費用補償金額。</translation>
    </message>
    <message>
        <source>Changed by {by} at {at} since you opened it — reload to see it; what you typed is kept until you do</source>
        <translation>{by} 已於 {at} 修改了此工單（在您開啟之後）— 請重新載入查看；重新載入前，您輸入的內容仍保留</translation>
    </message>
    <message>
        <source>The database is busy: another PC is saving. Nothing was saved; try again in a moment.</source>
        <translation>資料庫忙碌中：另一台電腦正在儲存。本次未儲存任何內容，請稍後再試。</translation>
    </message>
    <message>
        <source>the garage&apos;s name</source>
        <translation>店名</translation>
    </message>
    <message>
        <source>the garage&apos;s phone number</source>
        <translation>本店電話</translation>
    </message>
    <message>
        <source>the customer&apos;s name</source>
        <translation>客戶姓名</translation>
    </message>
    <message>
        <source>the plate</source>
        <translation>車牌號</translation>
    </message>
    <message>
        <source>the order number</source>
        <translation>工單號</translation>
    </message>
    <message>
        <source>the booked time, the promised time or the new time agreed</source>
        <translation>預約時間、約定交車時間或重新約定的時間</translation>
    </message>
    <message>
        <source>the amount the customer still owes</source>
        <translation>客戶尚待支付的金額</translation>
    </message>
    <message>
        <source>the date due (next service, annual inspection, insurance expiry)</source>
        <translation>到期日期（下次保養、年檢、保險到期）</translation>
    </message>
    <message>
        <source>the mileage of the next service</source>
        <translation>下次保養里程</translation>
    </message>
    <message>
        <source>the next service: its date and/or mileage, in words</source>
        <translation>下次保養：以文字寫出日期及／或里程</translation>
    </message>
    <message>
        <source>Booking confirmation</source>
        <translation>預約確認</translation>
    </message>
    <message>
        <source>Car ready</source>
        <translation>完工取車通知</translation>
    </message>
    <message>
        <source>Delay notice</source>
        <translation>延誤通知</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>回訪</translation>
    </message>
    <message>
        <source>Service due</source>
        <translation>保養到期</translation>
    </message>
    <message>
        <source>Annual inspection due</source>
        <translation>年檢到期</translation>
    </message>
    <message>
        <source>Insurance due</source>
        <translation>保險到期</translation>
    </message>
    <message>
        <source>The field mapping file {path} cannot be used: {reason}</source>
        <translation>欄位對照檔 {path} 無法使用：{reason}</translation>
    </message>
    <message>
        <source>The file name</source>
        <translation>檔案名稱</translation>
    </message>
    <message>
        <source>That part line is not on this order.</source>
        <translation>此配件明細不在這張工單上。</translation>
    </message>
    <message>
        <source>That part line already is a catalog part ({code}).</source>
        <translation>此配件明細已是目錄配件（{code}）。</translation>
    </message>
    <message>
        <source>Parts were issued from stock for that line: it cannot become another part.</source>
        <translation>此項目已從庫存領料，不能改為其他配件。</translation>
    </message>
    <message>
        <source>The order has no vehicle.</source>
        <translation>此工單沒有車輛。</translation>
    </message>
    <message>
        <source>That part is no longer in the catalog.</source>
        <translation>此配件已不在目錄中。</translation>
    </message>
    <message>
        <source>The protocol file {path} cannot be used: {reason}</source>
        <translation>無法使用協定檔 {path}：{reason}</translation>
    </message>
    <message>
        <source>The platform could not be reached (no network, or the address is wrong). It is tried again later.</source>
        <translation>無法連線到平台（沒有網路，或網址錯誤），稍後會再重試。</translation>
    </message>
    <message>
        <source>The platform did not answer in time. It is tried again later.</source>
        <translation>平台未及時回應，稍後會再試。</translation>
    </message>
    <message>
        <source>The platform&apos;s answer could not be read. It is tried again later.</source>
        <translation>無法讀取平台的回應，稍後會再試。</translation>
    </message>
    <message>
        <source>The platform answered with an error of its own. It is tried again later.</source>
        <translation>平台回報了錯誤，稍後會再重試。</translation>
    </message>
    <message>
        <source>The platform refused the company code or password.</source>
        <translation>平台拒絕了企業代碼或密碼。</translation>
    </message>
    <message>
        <source>The platform refused the record.</source>
        <translation>平台拒收此筆記錄。</translation>
    </message>
    <message>
        <source>Accepted by the platform.</source>
        <translation>平台已接收。</translation>
    </message>
    <message>
        <source>Enter the platform&apos;s address, starting with http:// or https://.</source>
        <translation>請輸入平台網址，以 http:// 或 https:// 開頭。</translation>
    </message>
    <message>
        <source>At most {limit} characters.</source>
        <translation>最多 {limit} 個字元。</translation>
    </message>
    <message>
        <source>Enter the company code the platform gave the garage.</source>
        <translation>請輸入平台核發給本店的企業代碼。</translation>
    </message>
    <message>
        <source>Enter the platform password.</source>
        <translation>請輸入平台密碼。</translation>
    </message>
    <message>
        <source>Choose the day uploads start from (orders settled before it are not sent).</source>
        <translation>請選擇開始上傳的日期（在此日期前結算的工單不會上傳）。</translation>
    </message>
    <message>
        <source>Type it on one line, without control characters.</source>
        <translation>請在同一行內輸入，不可含控制字元。</translation>
    </message>
    <message>
        <source>The message</source>
        <translation>訊息</translation>
    </message>
    <message>
        <source>The outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>The template</source>
        <translation>訊息範本</translation>
    </message>
    <message>
        <source>Unknown reason for the contact: {purpose}.</source>
        <translation>不明的聯繫原因：{purpose}。</translation>
    </message>
    <message>
        <source>Say how the customer was contacted: by a call or by a message.</source>
        <translation>請說明聯繫客戶的方式：電話或訊息。</translation>
    </message>
    <message>
        <source>A contact is about an order or a vehicle: choose one first.</source>
        <translation>聯繫記錄須關聯到工單或車輛：請先選擇其一。</translation>
    </message>
    <message>
        <source>This message is about an order: choose the order first.</source>
        <translation>此訊息與工單有關：請先選擇工單。</translation>
    </message>
    <message>
        <source>The order was not found.</source>
        <translation>找不到此工單。</translation>
    </message>
    <message>
        <source>The vehicle was not found.</source>
        <translation>找不到此車輛。</translation>
    </message>
    <message>
        <source>The order is about another vehicle.</source>
        <translation>此工單屬於另一輛車。</translation>
    </message>
    <message>
        <source>A booking is confirmed while it is still to come; this one is {status}.</source>
        <translation>只有尚未到時間的預約才能確認；此預約目前為「{status}」。</translation>
    </message>
    <message>
        <source>The message is empty: write it before copying.</source>
        <translation>訊息是空的：請先填寫再複製。</translation>
    </message>
    <message>
        <source>The template &quot;{template}&quot; is empty: write it or restore the default.</source>
        <translation>範本「{template}」是空的：請填寫內容或還原預設。</translation>
    </message>
    <message>
        <source>The template &quot;{template}&quot; holds {names}, which the program cannot fill. Use only: {known}.</source>
        <translation>範本「{template}」含有程式無法填入的 {names}。只能使用：{known}。</translation>
    </message>
    <message>
        <source>Templates are written in a document language: {languages}.</source>
        <translation>範本須以單據語言撰寫：{languages}。</translation>
    </message>
    <message>
        <source>The car has no {kind} to remind of.</source>
        <translation>此車沒有需要提醒的{kind}。</translation>
    </message>
    <message>
        <source>This reminder was already closed.</source>
        <translation>此提醒已結案。</translation>
    </message>
    <message>
        <source>Say why the reminder is closed without a booking.</source>
        <translation>請說明此提醒未預約即結案的原因。</translation>
    </message>
    <message>
        <source>Choose a booking of this car.</source>
        <translation>請選擇此車的預約。</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未做任何變更。</translation>
    </message>
    <message>
        <source>Choose the labour operation or the job class the rule is for.</source>
        <translation>請選擇此規則適用的工時項目或作業分類。</translation>
    </message>
    <message>
        <source>A rule is for one labour operation or for one job class, not both.</source>
        <translation>一條規則只能針對一個工時項目或一個作業分類，不能兩者兼有。</translation>
    </message>
    <message>
        <source>Give the percentage of the labour charge or the fixed amount.</source>
        <translation>請輸入工時費的百分比或固定金額。</translation>
    </message>
    <message>
        <source>A rule pays a percentage or a fixed amount, not both.</source>
        <translation>規則只能按百分比或按固定金額計算，不可兩者並用。</translation>
    </message>
    <message>
        <source>The percentage must be more than 0 and at most 100.</source>
        <translation>百分比須大於 0 且不超過 100。</translation>
    </message>
    <message>
        <source>The fixed amount must be more than ¥0.</source>
        <translation>固定金額須大於 ¥0。</translation>
    </message>
    <message>
        <source>Choose at least one mechanic.</source>
        <translation>請至少選擇一位維修工。</translation>
    </message>
    <message>
        <source>Each mechanic&apos;s share must be a whole number from 1 to 100.</source>
        <translation>每位維修工的分配比例須為 1 至 100 的整數。</translation>
    </message>
    <message>
        <source>A mechanic is named twice on this line.</source>
        <translation>同一位維修工在此項目中出現兩次。</translation>
    </message>
    <message>
        <source>No card has the number {number}.</source>
        <translation>沒有卡號為 {number} 的卡片。</translation>
    </message>
    <message>
        <source>Enter the card number.</source>
        <translation>請輸入卡號。</translation>
    </message>
    <message>
        <source>A card number has 4 to 24 letters or digits.</source>
        <translation>卡號須為 4 至 24 位英文字母或數字。</translation>
    </message>
    <message>
        <source>The card number {number} is already in use.</source>
        <translation>卡號 {number} 已被使用。</translation>
    </message>
    <message>
        <source>Choose the customer who buys the card.</source>
        <translation>請選擇購卡的客戶。</translation>
    </message>
    <message>
        <source>A card PIN has 4 to 8 digits (leave it empty for none).</source>
        <translation>會員卡 PIN 碼為 4 至 8 位數字（不設定請留空）。</translation>
    </message>
    <message>
        <source>The card&apos;s PIN is wrong.</source>
        <translation>會員卡 PIN 碼錯誤。</translation>
    </message>
    <message>
        <source>Too many wrong PINs for this card: the next try is accepted in {seconds} seconds.</source>
        <translation>此卡的 PIN 輸入錯誤次數過多：{seconds} 秒後才能再試。</translation>
    </message>
    <message>
        <source>The card {number} is closed ({reason}).</source>
        <translation>卡號 {number} 已停用（{reason}）。</translation>
    </message>
    <message>
        <source>The card {number} is a package card: it pays for its services, not amounts.</source>
        <translation>卡片 {number} 是套餐卡：只能支付卡內的服務項目，不能支付金額。</translation>
    </message>
    <message>
        <source>The card {number} is a stored-value card.</source>
        <translation>卡 {number} 是儲值卡。</translation>
    </message>
    <message>
        <source>The card holds only {balance}.</source>
        <translation>此卡餘額只有 {balance}。</translation>
    </message>
    <message>
        <source>Choose how the customer pays for the card: cash, WeChat Pay, Alipay, bank card or bank transfer.</source>
        <translation>請選擇客戶購卡的付款方式：現金、微信支付、支付寶、銀行卡或銀行轉帳。</translation>
    </message>
    <message>
        <source>That card service no longer exists.</source>
        <translation>此卡的服務項目已不存在。</translation>
    </message>
    <message>
        <source>The card {number} has no use of {service} left.</source>
        <translation>卡號 {number} 的「{service}」已無剩餘次數。</translation>
    </message>
    <message>
        <source>The card {number} expired on {date}.</source>
        <translation>卡片 {number} 已於 {date} 過期。</translation>
    </message>
    <message>
        <source>That package no longer exists or is no longer sold.</source>
        <translation>此套餐已不存在或已停售。</translation>
    </message>
    <message>
        <source>The package has no services.</source>
        <translation>此套餐沒有任何服務項目。</translation>
    </message>
    <message>
        <source>The garage&apos;s rule: cards are not refundable (Settings).</source>
        <translation>本店規定：會員卡不可退款（見「設定」）。</translation>
    </message>
    <message>
        <source>Nothing is left on the card {number}.</source>
        <translation>卡 {number} 已無餘額或剩餘次數。</translation>
    </message>
    <message>
        <source>Say why.</source>
        <translation>請說明原因。</translation>
    </message>
    <message>
        <source>That bonus rule no longer exists.</source>
        <translation>此加值贈送規則已不存在。</translation>
    </message>
    <message>
        <source>A rule for {amount} already exists: retire it first.</source>
        <translation>{amount} 的規則已存在：請先停用該規則。</translation>
    </message>
    <message>
        <source>The bonus may not be more than the amount paid.</source>
        <translation>贈送金額不能多於實付金額。</translation>
    </message>
    <message>
        <source>This discount is a card payment&apos;s bonus share: void the card payment instead.</source>
        <translation>此折扣是儲值卡付款中的贈送金額部分：請改為作廢該筆儲值卡收款。</translation>
    </message>
    <message>
        <source>The card still holds {balance}: refund it instead.</source>
        <translation>此卡仍有餘額 {balance}：請改為辦理退款。</translation>
    </message>
    <message>
        <source>The insurer&apos;s name</source>
        <translation>保險公司名稱</translation>
    </message>
    <message>
        <source>The contact person</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>The loss-assessment reference</source>
        <translation>定損單號</translation>
    </message>
    <message>
        <source>Enter the insurer&apos;s name.</source>
        <translation>請輸入保險公司名稱。</translation>
    </message>
    <message>
        <source>There is already an insurer called {name}.</source>
        <translation>已有名為 {name} 的保險公司。</translation>
    </message>
    <message>
        <source>That insurer no longer exists.</source>
        <translation>此保險公司已不存在。</translation>
    </message>
    <message>
        <source>{name} is no longer dealt with; choose another insurer.</source>
        <translation>{name} 已停止合作，請另選保險公司。</translation>
    </message>
    <message>
        <source>Nothing on this order is charged to an insurer.</source>
        <translation>此工單沒有由保險公司支付的項目。</translation>
    </message>
    <message>
        <source>The insurer has already paid against this order: its insurer and loss assessment can no longer change.</source>
        <translation>保險公司已就此工單付款：其保險公司及定損單號不能再更改。</translation>
    </message>
    <message>
        <source>Name the grade.</source>
        <translation>請輸入等級名稱。</translation>
    </message>
    <message>
        <source>A grade named {name} already exists.</source>
        <translation>已有名為 {name} 的會員等級。</translation>
    </message>
    <message>
        <source>That member grade no longer exists.</source>
        <translation>此會員等級已不存在。</translation>
    </message>
    <message>
        <source>The grade {name} is no longer given.</source>
        <translation>會員等級 {name} 已停用。</translation>
    </message>
    <message>
        <source>At most {count} characters.</source>
        <translation>最多 {count} 個字元。</translation>
    </message>
    <message>
        <source>Name the package.</source>
        <translation>請輸入套餐名稱。</translation>
    </message>
    <message>
        <source>A package named {name} already exists.</source>
        <translation>已有名為 {name} 的套餐。</translation>
    </message>
    <message>
        <source>A package is valid for 1 to 3660 days.</source>
        <translation>套餐有效期為 1 至 3660 天。</translation>
    </message>
    <message>
        <source>Add at least one service to the package.</source>
        <translation>請為套餐加入至少一個服務項目。</translation>
    </message>
    <message>
        <source>{code} is not a labour operation in the catalog.</source>
        <translation>{code} 不是目錄中的工時項目。</translation>
    </message>
    <message>
        <source>Each service is used 1 to 999 times.</source>
        <translation>每個服務項目可使用 1 至 999 次。</translation>
    </message>
    <message>
        <source>{code} is in the package twice: give it more uses instead.</source>
        <translation>{code} 在套餐中重複出現：請改為增加其次數。</translation>
    </message>
    <message>
        <source>That package no longer exists.</source>
        <translation>此套餐已不存在。</translation>
    </message>
    <message>
        <source>Enter the package&apos;s price, above zero.</source>
        <translation>請輸入套餐價格，須大於零。</translation>
    </message>
    <message>
        <source>That card is not this customer&apos;s.</source>
        <translation>此卡不屬於這位客戶。</translation>
    </message>
    <message>
        <source>The card&apos;s service {service} is not this line&apos;s job.</source>
        <translation>卡上的服務項目「{service}」與此項目的作業不符。</translation>
    </message>
    <message>
        <source>The card {number} is closed.</source>
        <translation>卡片 {number} 已停用。</translation>
    </message>
    <message>
        <source>The card {number} has no use of {service} left ({reserved} reserved by other open orders).</source>
        <translation>卡 {number} 已無 {service} 的剩餘次數（其他未結工單已預留 {reserved} 次）。</translation>
    </message>
    <message>
        <source>Only a line the customer pays can be paid by their package card.</source>
        <translation>只有由客戶付費的項目才能用其套餐卡支付。</translation>
    </message>
    <message>
        <source>The card&apos;s service {service} does not include parts.</source>
        <translation>此卡的服務項目 {service} 不含配件。</translation>
    </message>
    <message>
        <source>Redeem the labour line from the card first; its parts follow it.</source>
        <translation>請先用套餐卡抵扣工時項目，其配件才能隨之抵扣。</translation>
    </message>
    <message>
        <source>That line is not paid by a package card.</source>
        <translation>此項目不是以套餐卡支付。</translation>
    </message>
    <message>
        <source>The card&apos;s use was taken at settlement: void its payment instead.</source>
        <translation>此卡已在結算時扣除使用次數：請改為作廢該筆收款。</translation>
    </message>
    <message>
        <source>The order is settled or closed: its lines are paid as they were.</source>
        <translation>工單已結算或已結案：各項目維持原本的支付方式。</translation>
    </message>
    <message>
        <source>A free line costs the customer nothing: no card pays it.</source>
        <translation>免費項目客戶不需付費，不能用卡支付。</translation>
    </message>
    <message>
        <source>The payment&apos;s reference</source>
        <translation>付款參考號</translation>
    </message>
    <message>
        <source>Only a settled order&apos;s receivable can be collected.</source>
        <translation>只有已結算工單的應收帳款才能登記回款。</translation>
    </message>
    <message>
        <source>Only the maker (三包) or the insurer (索賠) owes a receivable.</source>
        <translation>只有廠家（三包）或保險公司（索賠）才有應收帳款。</translation>
    </message>
    <message>
        <source>Choose how the money came: bank transfer, cash, WeChat Pay, Alipay or bank card.</source>
        <translation>請選擇款項的收款方式：銀行轉帳、現金、微信支付、支付寶或銀行卡。</translation>
    </message>
    <message>
        <source>Enter the day the money arrived.</source>
        <translation>請輸入款項到帳日期。</translation>
    </message>
    <message>
        <source>Say why the collection is voided.</source>
        <translation>請說明作廢回款的原因。</translation>
    </message>
    <message>
        <source>That collection no longer exists.</source>
        <translation>此筆回款已不存在。</translation>
    </message>
    <message>
        <source>This collection has already been voided.</source>
        <translation>此筆回款已作廢。</translation>
    </message>
    <message>
        <source>A voiding row cannot itself be voided.</source>
        <translation>沖銷記錄本身不能再作廢。</translation>
    </message>
</context>
<context>
    <name>DueList</name>
    <message>
        <source>&lt;b&gt;Reminders due&lt;/b&gt; — bring customers back: call or message, then book the car in or close the reminder with a reason</source>
        <translation>&lt;b&gt;到期提醒&lt;/b&gt;——招攬客戶回廠：致電或傳訊息，然後預約進廠，或註明原因將提醒結案</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>類別(&amp;K)：</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有類別</translation>
    </message>
    <message>
        <source>Overdue and this week</source>
        <translation>已逾期及本週</translation>
    </message>
    <message>
        <source>Overdue and the next 30 days</source>
        <translation>已逾期及未來 30 天</translation>
    </message>
    <message>
        <source>Insurance is best renewed early: look a month ahead</source>
        <translation>保險宜提早續保：可查看未來一個月</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>車牌號</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>車輛</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>到期項目</translation>
    </message>
    <message>
        <source>Reminded</source>
        <translation>已提醒</translation>
    </message>
    <message>
        <source>Overdue first, then by the day each falls due; a service by km falls due on the day the car&apos;s expected mileage reaches it</source>
        <translation>已逾期的排在最前，其餘按到期日排序；按里程計的保養，以車輛預估里程達到該里程的那天為到期日</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>顯示更多(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Called…</source>
        <translation>已致電(&amp;C)…</translation>
    </message>
    <message>
        <source>Record a reminder call and what came of it</source>
        <translation>登記提醒電話及其結果</translation>
    </message>
    <message>
        <source>&amp;Message…</source>
        <translation>傳訊息(&amp;M)…</translation>
    </message>
    <message>
        <source>Fill the reminder message and copy it for WeChat or SMS</source>
        <translation>填好提醒訊息並複製，以便貼到微信或簡訊</translation>
    </message>
    <message>
        <source>&amp;Book…</source>
        <translation>預約(&amp;B)…</translation>
    </message>
    <message>
        <source>Book the car in: the reminder is closed by the booking</source>
        <translation>為此車預約進廠：預約後此提醒即結案</translation>
    </message>
    <message>
        <source>C&amp;lose…</source>
        <translation>結案(&amp;L)…</translation>
    </message>
    <message>
        <source>Close the reminder without a booking, saying why</source>
        <translation>不預約而將提醒結案，並註明原因</translation>
    </message>
    <message>
        <source>&amp;Dates…</source>
        <translation>提醒日期(&amp;D)…</translation>
    </message>
    <message>
        <source>The car&apos;s next service, insurance expiry and annual inspection</source>
        <translation>此車的下次保養、保險到期及年檢日期</translation>
    </message>
    <message>
        <source>%1 due, %2 of them overdue</source>
        <translation>%1 項到期，其中 %2 項已逾期</translation>
    </message>
    <message>
        <source> (more below)</source>
        <translation>（下方還有更多）</translation>
    </message>
    <message>
        <source>Nothing due: every reminder is dealt with.</source>
        <translation>沒有到期項目：所有提醒都已處理。</translation>
    </message>
    <message>
        <source>%1 days late</source>
        <translation>逾期 %1 天</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>%1 天後</translation>
    </message>
    <message>
        <source>Insurance expires %1</source>
        <translation>保險 %1 到期</translation>
    </message>
    <message>
        <source>Annual inspection by %1</source>
        <translation>年檢期限 %1</translation>
    </message>
    <message>
        <source>Service %1</source>
        <translation>保養 %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>(now about %1 km)</source>
        <translation>（目前約 %1 km）</translation>
    </message>
    <message>
        <source>call</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>message</source>
        <translation>訊息</translation>
    </message>
    <message>
        <source>%1×, last %2</source>
        <translation>%1 次，最近：%2</translation>
    </message>
    <message>
        <source>Record the call</source>
        <translation>登記通話</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>結果(&amp;O)：</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>無人接聽</translation>
    </message>
    <message>
        <source>Will call back to book</source>
        <translation>會再來電預約</translation>
    </message>
    <message>
        <source>Reminded; will come</source>
        <translation>已提醒，會來廠</translation>
    </message>
    <message>
        <source>Call recorded for %1.</source>
        <translation>已登記對 %1 的提醒電話。</translation>
    </message>
    <message>
        <source>Message copied for %1: paste it into WeChat or an SMS.</source>
        <translation>已複製給 %1 的訊息：請貼到微信或簡訊。</translation>
    </message>
    <message>
        <source>%1 booked in; the reminder is closed.</source>
        <translation>%1 已預約進廠，此提醒已結案。</translation>
    </message>
    <message>
        <source>Close the reminder</source>
        <translation>提醒結案</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>原因(&amp;W)：</translation>
    </message>
    <message>
        <source>Serviced elsewhere</source>
        <translation>已在他處保養</translation>
    </message>
    <message>
        <source>Car sold</source>
        <translation>車已售出</translation>
    </message>
    <message>
        <source>Already renewed</source>
        <translation>已續保</translation>
    </message>
    <message>
        <source>Customer not interested</source>
        <translation>客戶無意願</translation>
    </message>
    <message>
        <source>Reminder for %1 closed.</source>
        <translation>%1 的提醒已結案。</translation>
    </message>
    <message>
        <source>Dates saved for %1.</source>
        <translation>已儲存 %1 的提醒日期。</translation>
    </message>
</context>
<context>
    <name>EhrDialog</name>
    <message>
        <source>Export the health records</source>
        <translation>匯出電子健康檔案</translation>
    </message>
    <message>
        <source>Field mapping file</source>
        <translation>欄位對照檔</translation>
    </message>
    <message>
        <source>Records use %1. Go back to the national field names shipped with the program?</source>
        <translation>記錄目前使用 %1。要恢復為程式內建的全國欄位名稱嗎？</translation>
    </message>
    <message>
        <source>Electronic health record — %1</source>
        <translation>電子健康檔案——%1</translation>
    </message>
    <message>
        <source>&amp;Upload queue</source>
        <translation>上傳佇列(&amp;U)</translation>
    </message>
    <message>
        <source>Checking the month&apos;s records…</source>
        <translation>正在檢查本月的記錄…</translation>
    </message>
    <message>
        <source>%1 orders settled in %2: %3 ready to send, %4 held back by a problem.</source>
        <translation>%2 結算的工單共 %1 張：%3 張可送出，%4 張因問題暫不送出。</translation>
    </message>
    <message>
        <source>Double-click one to go where it is fixed.</source>
        <translation>按兩下其中一筆即可前往修正。</translation>
    </message>
    <message>
        <source>%1 (fix in: %2)</source>
        <translation>%1（請至「%2」修正）</translation>
    </message>
    <message>
        <source>Check: %1</source>
        <translation>請核對：%1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>問題：%1</translation>
    </message>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation>
            <numerusform>（另有 %n 項）</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready — check: %1</source>
        <translation>可上傳——請核對：%1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>可上傳</translation>
    </message>
    <message>
        <source>Part code for %1</source>
        <translation>%1 的配件代碼</translation>
    </message>
    <message>
        <source>The platform needs a part code for every part. Choose the catalog part this line is (a part the customer brought: the same part in the catalog). The bill does not change.</source>
        <translation>平台要求每項配件都要有配件代碼。請選擇此明細對應的目錄配件（客戶自備的配件：選擇目錄中相同的配件）。結算金額不變。</translation>
    </message>
    <message>
        <source>health-records-%1</source>
        <translation>電子健康檔案-%1</translation>
    </message>
    <message>
        <source>Writing the health records…</source>
        <translation>正在寫入電子健康檔案…</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n record(s) to %1.</source>
        <translation>
            <numerusform>已將 %n 筆記錄儲存至 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) left out for their problems (listed above).</source>
        <translation>
            <numerusform>有 %n 張工單因問題未匯出（列於上方）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Records now use the field names of %1.</source>
        <translation>記錄現改用 %1 的欄位名稱。</translation>
    </message>
    <message>
        <source>Records now use the national field names shipped with the program.</source>
        <translation>記錄現已改用程式內建的全國欄位名稱。</translation>
    </message>
    <message>
        <source>Electronic health record</source>
        <translation>電子健康檔案</translation>
    </message>
    <message>
        <source>&amp;Records of the month</source>
        <translation>本月記錄(&amp;R)</translation>
    </message>
    <message>
        <source>Double-click (or Enter on) an order with a problem to go where it is fixed.</source>
        <translation>在有問題的工單上按兩下（或按 Enter），即可前往修正。</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>工單號</translation>
    </message>
    <message>
        <source>Settlement list no.</source>
        <translation>結算清單編號</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>車牌號</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>結算時間</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Field &amp;mapping…</source>
        <translation>欄位對照(&amp;M)…</translation>
    </message>
    <message>
        <source>The owner names another province&apos;s field mapping file (the platform&apos;s field names); empty: the national one shipped with the program.</source>
        <translation>店主可指定其他省份的欄位對照檔（平台的欄位名稱）；空白則使用程式內建的全國版本。</translation>
    </message>
    <message>
        <source>&amp;Go and fix</source>
        <translation>前往修正(&amp;G)</translation>
    </message>
    <message>
        <source>Open the screen where the chosen order&apos;s first problem is fixed.</source>
        <translation>開啟可修正所選工單第一個問題的畫面。</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>匯出 JSON(&amp;J)…</translation>
    </message>
    <message>
        <source>Write the ready records of the month as JSON for the provincial platform; orders with problems are left out.</source>
        <translation>將本月可送出的記錄寫成 JSON，供省級平台使用；有問題的工單不列入。</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>匯出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>The same, flat: one row per repair item or part, for platforms that take spreadsheets.</source>
        <translation>內容相同，但為平面格式：每個維修項目或配件一列，供接受試算表的平台使用。</translation>
    </message>
</context>
<context>
    <name>EhrPlatformDialog</name>
    <message>
        <source>set — type a new one to replace it</source>
        <translation>已設定——輸入新密碼即可取代</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>The password was typed on another PC: uploads run there. Type it again here to run them from this PC instead.</source>
        <translation>密碼是在另一台電腦上輸入的，因此由那台電腦上傳。如要改由這台電腦上傳，請在此重新輸入密碼。</translation>
    </message>
    <message>
        <source>The password is kept sealed with a key stored on this PC only; it is never shown again, nor written to the audit trail or the workbook.</source>
        <translation>密碼以僅存於這台電腦的金鑰加密保存；之後不會再顯示，也不會寫入稽核記錄或活頁簿。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>The province&apos;s protocol file</source>
        <translation>本省的協定檔</translation>
    </message>
    <message>
        <source>Protocol (*.json)</source>
        <translation>協定檔 (*.json)</translation>
    </message>
    <message>
        <source>Health record platform account</source>
        <translation>電子健康檔案平台帳號</translation>
    </message>
    <message>
        <source>The provincial platform (汽車維修電子健康檔案) gives the garage an address, a company code and a password. Settled orders are then uploaded in the background from this PC.</source>
        <translation>省級平台（汽車維修電子健康檔案）會提供本店平台網址、企業代碼及密碼。設定後，已結算的工單會由這台電腦在背景上傳。</translation>
    </message>
    <message>
        <source>Platform &amp;address</source>
        <translation>平台網址(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Company code</source>
        <translation>企業代碼(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密碼(&amp;P)</translation>
    </message>
    <message>
        <source>Upload orders settled &amp;from</source>
        <translation>上傳此日起結算的工單(&amp;F)</translation>
    </message>
    <message>
        <source>Orders settled before this day are not sent (a garage joining the platform does not send its past years)</source>
        <translation>此日期之前結算的工單不會上傳（新加入平台的維修廠不必上傳以往年度的工單）</translation>
    </message>
    <message>
        <source>Pr&amp;otocol file</source>
        <translation>協定檔(&amp;O)</translation>
    </message>
    <message>
        <source>the national protocol shipped with the program</source>
        <translation>程式內建的全國通用協定</translation>
    </message>
    <message>
        <source>Only for a province whose platform takes other addresses, key names or codes: its protocol file (a copy of resources/ehr/protocol.json changed to match)</source>
        <translation>僅適用於平台使用不同網址、鍵名或代碼的省份：該省的協定檔（將 resources/ehr/protocol.json 複製一份並依其修改）</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>選擇(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Upload settled orders to the platform</source>
        <translation>將已結算的工單上傳至平台(&amp;U)</translation>
    </message>
</context>
<context>
    <name>EhrQueuePanel</name>
    <message>
        <source>Reading the queue…</source>
        <translation>正在讀取佇列…</translation>
    </message>
    <message>
        <source>To send: %1 · To fix: %2 · Failed: %3 · Sent: %4</source>
        <translation>待上傳：%1 · 待修正：%2 · 失敗：%3 · 已上傳：%4</translation>
    </message>
    <message>
        <source>&lt;b&gt;Uploads are off.&lt;/b&gt; The owner enters the platform account (address, company code, password) to send settled orders automatically; the export writes them to a file meanwhile.</source>
        <translation>&lt;b&gt;上傳未啟用。&lt;/b&gt;店主輸入平台帳號（網址、企業代碼、密碼）後，已結算的工單會自動送出；在此之前，可用匯出功能將其寫入檔案。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Uploads run on another PC&lt;/b&gt; (the one where the platform password was typed): this PC does not hold its key. The queue below is shared.</source>
        <translation>&lt;b&gt;上傳在另一台電腦執行&lt;/b&gt;（即輸入平台密碼的那台）：這台電腦沒有其金鑰。下方的上傳佇列為共用。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Uploading&lt;/b&gt; orders settled from %1 to %2, in the background.</source>
        <translation>&lt;b&gt;正在背景上傳&lt;/b&gt; %1 至 %2 結算的工單。</translation>
    </message>
    <message>
        <source>The uploader is not running in this window.</source>
        <translation>此視窗未執行上傳程序。</translation>
    </message>
    <message>
        <source>Another window of this PC is uploading them.</source>
        <translation>這台電腦的另一個視窗正在上傳。</translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <translation>上次嘗試：%1</translation>
    </message>
    <message>
        <source>to send</source>
        <translation>待送出</translation>
    </message>
    <message>
        <source>to fix</source>
        <translation>待修正</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>已送出</translation>
    </message>
    <message>
        <source>now</source>
        <translation>立即</translation>
    </message>
    <message>
        <source>The platform address, company code and password</source>
        <translation>平台網址、企業代碼及密碼</translation>
    </message>
    <message>
        <source>Only the owner sets the platform account</source>
        <translation>只有店主可以設定平台帳號</translation>
    </message>
    <message>
        <source>Upload queue</source>
        <translation>上傳佇列</translation>
    </message>
    <message>
        <source>Double-click an order to fix: it opens where it is fixed</source>
        <translation>按兩下待修正的工單，即可開啟修正的畫面</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Settlement no.</source>
        <translation>結算清單編號</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>工單號</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>車牌號</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>結算時間</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>嘗試次數</translation>
    </message>
    <message>
        <source>Next try / sent</source>
        <translation>下次重試／送出時間</translation>
    </message>
    <message>
        <source>Platform&apos;s message or what to fix</source>
        <translation>平台訊息或待修正事項</translation>
    </message>
    <message>
        <source>Re&amp;try now</source>
        <translation>立即重試(&amp;T)</translation>
    </message>
    <message>
        <source>Send the failed records (the ones selected, or all) now instead of at their next try</source>
        <translation>立即送出失敗的記錄（所選的，或全部），不等下次重試</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>重新整理(&amp;F)</translation>
    </message>
    <message>
        <source>Platform &amp;account…</source>
        <translation>平台帳號(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Not possible</source>
        <translation>無法執行</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>發生錯誤</translation>
    </message>
    <message>
        <source>The program met an unexpected problem and did not save this action. Nothing else was lost.

Details were written to the log file:
{path}</source>
        <translation>程式遇到意外問題，此操作未儲存，其他資料均未遺失。

詳細資訊已寫入記錄檔：
{path}</translation>
    </message>
</context>
<context>
    <name>EstimateLines</name>
    <message>
        <source>Approved by %1: list %2, given %3</source>
        <translation>%1 核准：目錄價 %2，實際 %3</translation>
    </message>
    <message>
        <source>Free: %1</source>
        <translation>免費：%1</translation>
    </message>
</context>
<context>
    <name>EstimateTab</name>
    <message>
        <source>Estimate</source>
        <translation>維修估價</translation>
    </message>
    <message>
        <source>&lt;b&gt;Waiting for an estimate&lt;/b&gt;</source>
        <translation>&lt;b&gt;待估價&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cars received and estimates not yet confirmed by the customer, the longest waiting first. Double-click or press Enter to open one.</source>
        <translation>已接車、估價尚未經客戶確認的車輛，等候最久的排在最前。按兩下或按 Enter 開啟。</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接車時間</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>工單號</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>車牌號</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>約定交車</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>故障現象</translation>
    </message>
    <message>
        <source>Wai&amp;ting list</source>
        <translation>待估價清單(&amp;T)</translation>
    </message>
    <message>
        <source>Leave this order and show the orders waiting for an estimate</source>
        <translation>離開此工單，顯示待估價的工單</translation>
    </message>
    <message>
        <source>&amp;Diagnosis:</source>
        <translation>檢測診斷(&amp;D)：</translation>
    </message>
    <message>
        <source>What the inspection found, and the repair agreed with the customer</source>
        <translation>檢驗發現的問題，以及與客戶議定的維修內容</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>工時</translation>
    </message>
    <message>
        <source>Add &amp;job:</source>
        <translation>加入作業(&amp;J)：</translation>
    </message>
    <message>
        <source>Code, name or initials from the labour catalog</source>
        <translation>工時目錄中的代碼、名稱或首字母</translation>
    </message>
    <message>
        <source>Type part of a code, a name or its pinyin initials and pick a job: it is added with its standard hours</source>
        <translation>輸入部分代碼、名稱或拼音首字母並選取作業：將以其工時定額加入</translation>
    </message>
    <message>
        <source>Free &amp;line</source>
        <translation>自訂作業(&amp;L)</translation>
    </message>
    <message>
        <source>Add a labour line that is not in the catalog</source>
        <translation>加入目錄中沒有的工時項目</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>移除作業</translation>
    </message>
    <message>
        <source>Remove the selected labour line (Delete)</source>
        <translation>移除選取的工時項目（Delete）</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>&amp;Add part:</source>
        <translation>加入配件(&amp;A)：</translation>
    </message>
    <message>
        <source>Code, name, initials or spec from the parts catalog</source>
        <translation>配件目錄中的代碼、名稱、首字母或規格</translation>
    </message>
    <message>
        <source>Type part of a code, a name, its pinyin initials or the spec and pick a part: it is added at its sale price</source>
        <translation>輸入部分代碼、名稱、拼音首字母或規格並選取配件：將以其售價加入</translation>
    </message>
    <message>
        <source>&amp;Free part</source>
        <translation>自訂配件(&amp;F)</translation>
    </message>
    <message>
        <source>Add a part that is not in the catalog</source>
        <translation>加入目錄中沒有的配件</translation>
    </message>
    <message>
        <source>Remove part</source>
        <translation>移除配件</translation>
    </message>
    <message>
        <source>Remove the selected part line (Delete)</source>
        <translation>移除選取的配件明細（Delete）</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Labour:</source>
        <translation>工時費：</translation>
    </message>
    <message>
        <source>Parts:</source>
        <translation>材料費：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Total (incl. VAT):&lt;/b&gt;</source>
        <translation>&lt;b&gt;總計（含稅）：&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The customer&apos;s answers</source>
        <translation>客戶的答覆</translation>
    </message>
    <message>
        <source>&amp;Phone first above ¥:</source>
        <translation>通報金額 ¥(&amp;P)：</translation>
    </message>
    <message>
        <source>Above what amount of added work must the customer be phoned first?</source>
        <translation>追加項目超過多少金額時，須先電話通報客戶？</translation>
    </message>
    <message>
        <source>May other damaged parts found during the repair be replaced?</source>
        <translation>維修中發現其他損壞部件時，是否可以更換？</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>可以(&amp;Y)</translation>
    </message>
    <message>
        <source>N&amp;o</source>
        <translation>不可(&amp;O)</translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation>尚未詢問</translation>
    </message>
    <message>
        <source>Pro&amp;mised:</source>
        <translation>約定交車(&amp;M)：</translation>
    </message>
    <message>
        <source>When the car will be ready, as promised to the customer</source>
        <translation>向客戶承諾的完工交車時間</translation>
    </message>
    <message>
        <source>&amp;Save estimate</source>
        <translation>儲存估價(&amp;S)</translation>
    </message>
    <message>
        <source>Customer &amp;confirms…</source>
        <translation>客戶確認(&amp;C)…</translation>
    </message>
    <message>
        <source>Print &amp;work order…</source>
        <translation>列印維修工單(&amp;W)…</translation>
    </message>
    <message>
        <source>外加工: work done by an outside shop (machining, upholstery, glass), sent and back, its slip</source>
        <translation>外加工：由外加工廠施工的項目（機加工、內裝、玻璃），登記送出與返回，並列印外部加工單</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>修訂記錄</translation>
    </message>
    <message>
        <source>Rev.</source>
        <translation>版次</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>儲存時間</translation>
    </message>
    <message>
        <source>By</source>
        <translation>經手人</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>總計</translation>
    </message>
    <message>
        <source>The customer confirms the work order</source>
        <translation>客戶確認維修工單</translation>
    </message>
    <message>
        <source>Name of the person confirming:</source>
        <translation>確認人姓名：</translation>
    </message>
    <message>
        <source>Unsaved estimate</source>
        <translation>估價未儲存</translation>
    </message>
    <message>
        <source>The changes to this estimate are not saved. Leave it anyway?</source>
        <translation>此估價的變更尚未儲存。仍要離開嗎？</translation>
    </message>
    <message>
        <source>&lt;b&gt;Waiting for an estimate (%1)&lt;/b&gt;</source>
        <translation>&lt;b&gt;待估價（%1）&lt;/b&gt;</translation>
    </message>
    <message>
        <source>三包: check the period</source>
        <translation>三包：請核對期限</translation>
    </message>
    <message>
        <source>(%1, coefficient ×%2)</source>
        <translation>（%1，係數 ×%2）</translation>
    </message>
    <message>
        <source>(no model class: coefficient ×1)</source>
        <translation>（未設車型類別：係數 ×1）</translation>
    </message>
    <message>
        <source>Complaint: %1</source>
        <translation>故障現象：%1</translation>
    </message>
    <message>
        <source>Confirmed by %1 at %2 (recorded by %3, revision %4); prices are locked — changes are added work.</source>
        <translation>%1 於 %2 確認（登記人 %3，第 %4 版）；價格已鎖定，之後的變更為追加項目。</translation>
    </message>
    <message>
        <source>The revision the customer confirmed</source>
        <translation>客戶確認的版次</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>…另有 %1 項</translation>
    </message>
    <message>
        <source>&lt;b&gt;Revision %1&lt;/b&gt;: labour %2, parts %3, total %4</source>
        <translation>&lt;b&gt;第 %1 版&lt;/b&gt;：工時費 %2，材料費 %3，總計 %4</translation>
    </message>
    <message>
        <source>&amp;Outside work %1…</source>
        <translation>外加工 %1(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Outside work…</source>
        <translation>外加工(&amp;O)…</translation>
    </message>
    <message>
        <source>VAT %1 % (included):</source>
        <translation>增值稅 %1 %（已含）：</translation>
    </message>
    <message>
        <source>VAT %1 % (added):</source>
        <translation>增值稅 %1 %（另加）：</translation>
    </message>
    <message>
        <source>Lines with a number in red are not counted yet.</source>
        <translation>數字為紅色的明細尚未計入。</translation>
    </message>
    <message>
        <source>Save this estimate as a new revision (Ctrl+S)</source>
        <translation>將此估價儲存為新版次（Ctrl+S）</translation>
    </message>
    <message>
        <source>The customer confirms this estimate as the work order (開單); prices are then locked</source>
        <translation>客戶確認此估價為維修工單（開單），之後價格即鎖定</translation>
    </message>
    <message>
        <source>Save the estimate and have the customer confirm it as the work order (開單); prices are then locked</source>
        <translation>儲存估價並由客戶確認為維修工單（開單）；之後價格即鎖定</translation>
    </message>
    <message>
        <source>Save the estimate first: the work order prints what is saved.</source>
        <translation>請先儲存估價：維修工單列印的是已儲存的內容。</translation>
    </message>
    <message>
        <source>Preview, print or save the work order as PDF</source>
        <translation>預覽、列印維修工單或存為 PDF</translation>
    </message>
    <message>
        <source>Estimate saved as revision %1.</source>
        <translation>估價已儲存為第 %1 版。</translation>
    </message>
    <message>
        <source>Order %1, %2: total %3, promised %4.</source>
        <translation>工單 %1，%2：總計 %3，約定交車 %4。</translation>
    </message>
    <message>
        <source>Counter sale confirmed (no labour): the order goes straight to settlement; the store issues the parts.</source>
        <translation>櫃檯銷售已確認（無工時）：直接進入結算，由庫房發料。</translation>
    </message>
    <message>
        <source>The customer confirmed the work order; prices are locked.</source>
        <translation>客戶已確認維修工單，價格已鎖定。</translation>
    </message>
    <message>
        <source>Work order %1</source>
        <translation>維修工單 %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Cancel orde&amp;r…</source>
        <translation>取消工單(&amp;R)…</translation>
    </message>
    <message>
        <source>Customer d&amp;eclines…</source>
        <translation>客戶不修(&amp;E)…</translation>
    </message>
    <message>
        <source>Re&amp;load the order as saved</source>
        <translation>重新載入已儲存的工單(&amp;L)</translation>
    </message>
    <message>
        <source>Show the order as the other seat saved it; what you typed here is dropped</source>
        <translation>顯示另一台電腦儲存的工單內容；此處輸入的內容將捨棄</translation>
    </message>
    <message>
        <source>Reloaded: the order as it is saved now.</source>
        <translation>已重新載入：顯示目前已儲存的工單。</translation>
    </message>
    <message>
        <source>The customer does not go ahead: cancel the order with the reason</source>
        <translation>客戶不進行維修：註明原因取消工單</translation>
    </message>
    <message>
        <source>The customer declines this estimate: the diagnosis fee only (or nothing), the car goes back unrepaired</source>
        <translation>客戶拒絕此估價：只收檢測診斷費（或不收費），車輛不維修交還</translation>
    </message>
    <message>
        <source>The customer declined this estimate (%1): only the diagnosis fee is charged; the estimate&apos;s work is kept on the vehicle.</source>
        <translation>客戶已拒絕此估價（%1）：只收檢測診斷費；估價的維修項目保留在車輛記錄中。</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>已取消：%1</translation>
    </message>
    <message>
        <source>Order %1 cancelled.</source>
        <translation>工單 %1 已取消。</translation>
    </message>
    <message>
        <source>&amp;No charge…</source>
        <translation>設為免費(&amp;N)…</translation>
    </message>
    <message>
        <source>No charge…</source>
        <translation>免費…</translation>
    </message>
    <message>
        <source>The order is settled or closed: its lines can no longer be made free.</source>
        <translation>工單已結算或已結案：其項目不能再改為免費。</translation>
    </message>
    <message>
        <source>Choose a line first.</source>
        <translation>請先選擇一個項目。</translation>
    </message>
    <message>
        <source>Save the estimate first: a line is made free as it is saved.</source>
        <translation>請先儲存估價：只能將已儲存的項目設為免費。</translation>
    </message>
    <message>
        <source>A customer-supplied part is not charged.</source>
        <translation>客戶自備的配件不收費。</translation>
    </message>
    <message>
        <source>Charge again</source>
        <translation>恢復收費</translation>
    </message>
    <message>
        <source>Charge this line again at the price it had</source>
        <translation>按原價恢復此項目的收費</translation>
    </message>
    <message>
        <source>Make this line free of charge, with the reason (warranty, comeback, goodwill); the owner approves</source>
        <translation>將此項目改為免費並註明原因（保修、返修、贈送）；須經店主核准</translation>
    </message>
    <message>
        <source>%1 is charged again.</source>
        <translation>%1 已恢復收費。</translation>
    </message>
    <message>
        <source>%1 is free of charge (worth %2).</source>
        <translation>%1 免費（價值 %2）。</translation>
    </message>
    <message>
        <source>Use package card…</source>
        <translation>使用套餐卡…</translation>
    </message>
    <message>
        <source>%1 left, until %2</source>
        <translation>剩 %1 次，有效至 %2</translation>
    </message>
    <message>
        <source>The customer confirmed the work order: its lines are paid as they were agreed.</source>
        <translation>客戶已確認維修工單：各項目按議定的方式付費。</translation>
    </message>
    <message>
        <source>Added work is not paid by a package card here.</source>
        <translation>追加項目不能在此以套餐卡支付。</translation>
    </message>
    <message>
        <source>Pay as usual</source>
        <translation>照常付費</translation>
    </message>
    <message>
        <source>The customer pays this line again; the card keeps its use</source>
        <translation>此項目改回由客戶付費，套餐卡不扣次數</translation>
    </message>
    <message>
        <source>Pay this line with one of the customer&apos;s package cards</source>
        <translation>以客戶的套餐卡支付此項目</translation>
    </message>
    <message>
        <source>No package card of this customer pays this line (its job, uses left and expiry are checked).</source>
        <translation>此客戶沒有可支付此項目的套餐卡（已檢查作業、剩餘次數及有效期）。</translation>
    </message>
    <message>
        <source>Parts ride on a labour line paid by a card whose service includes its parts: redeem that line first.</source>
        <translation>含配件的套餐卡服務，其配件隨工時項目一起支付：請先以套餐卡核銷該工時項目。</translation>
    </message>
    <message>
        <source>Member discount (%1): −%2</source>
        <translation>會員折扣（%1）：−%2</translation>
    </message>
    <message>
        <source>Package cards pay: %1</source>
        <translation>套餐卡支付：%1</translation>
    </message>
    <message>
        <source>Added to the estimate: %1.</source>
        <translation>已加入估價：%1。</translation>
    </message>
    <message>
        <source>Enter its hours, then save.</source>
        <translation>請輸入工時後儲存。</translation>
    </message>
    <message>
        <source>Use package card</source>
        <translation>使用套餐卡</translation>
    </message>
    <message>
        <source>The card that pays this line:</source>
        <translation>支付此項目的卡片：</translation>
    </message>
</context>
<context>
    <name>FindBox</name>
    <message>
        <source>Find an order by its number, plate, customer name, pinyin initials, phone or the last characters of the VIN; when empty, the orders and customers opened last on this PC (Ctrl+F)</source>
        <translation>以工單號、車牌號、客戶姓名、拼音首字母、電話或車架號末幾碼查找工單；空白時列出這台電腦最近開啟的工單及客戶（Ctrl+F）</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>找不到「%1」。</translation>
    </message>
    <message numerus="yes">
        <source>The first %n hits for “%1”: type more to narrow them down.</source>
        <translation>
            <numerusform>「%1」的前 %n 筆結果：請多輸入幾個字以縮小範圍。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s) for “%1”</source>
        <translation>
            <numerusform>「%1」共 %n 筆結果</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened last on this PC</source>
        <translation>這台電腦最近開啟</translation>
    </message>
</context>
<context>
    <name>FindPopup</name>
    <message>
        <source>Number</source>
        <translation>工單號</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>車牌號</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>車輛</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>符合項目</translation>
    </message>
    <message>
        <source>↑ ↓ choose · Enter open · Shift+Enter vehicle history · Esc close</source>
        <translation>↑ ↓ 選擇 · Enter 開啟 · Shift+Enter 車輛維修記錄 · Esc 關閉</translation>
    </message>
    <message>
        <source>Car on file</source>
        <translation>已登記車輛</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>預約</translation>
    </message>
    <message>
        <source>no order yet</source>
        <translation>尚無工單</translation>
    </message>
    <message>
        <source>no car on file</source>
        <translation>未登記車輛</translation>
    </message>
    <message>
        <source>number</source>
        <translation>工單號</translation>
    </message>
    <message>
        <source>plate</source>
        <translation>車牌</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>initials</source>
        <translation>拼音首字母</translation>
    </message>
    <message>
        <source>VIN …%1</source>
        <translation>車架號 …%1</translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <source>Follow-up</source>
        <translation>出廠跟蹤</translation>
    </message>
    <message>
        <source>Follow-up calls</source>
        <translation>回訪電話</translation>
    </message>
    <message>
        <source>&lt;b&gt;Follow-up calls&lt;/b&gt; — call every customer within two days of the handover; complaints come first until they are closed</source>
        <translation>&lt;b&gt;回訪電話&lt;/b&gt;——交車後兩天內致電每位客戶；投訴在結案前一律優先</translation>
    </message>
    <message>
        <source>Open complaints</source>
        <translation>未結投訴</translation>
    </message>
    <message>
        <source>Complaints raised in follow-up calls, oldest first; choose one to hand it over or close it</source>
        <translation>回訪時提出的投訴，最早的在前；選擇一項即可轉交或結案</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>提出時間</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>車牌號</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投訴</translation>
    </message>
    <message>
        <source>Calls due</source>
        <translation>應回訪</translation>
    </message>
    <message>
        <source>Cars handed over two days ago or earlier whose customer has not been reached yet, oldest first</source>
        <translation>交車已滿兩天、尚未聯繫上客戶的車輛，最早的在前</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>回訪期限</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>交車時間</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>撥打次數</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>即將到期</translation>
    </message>
    <message>
        <source>Cars handed over in the last two days: their call falls due soon and may be made already</source>
        <translation>最近兩天交車的車輛：即將需要回訪，也可以提前致電</translation>
    </message>
    <message>
        <source>Overall &amp;satisfaction:</source>
        <translation>總體滿意度(&amp;S)：</translation>
    </message>
    <message>
        <source>All in all, how satisfied the customer says they are, 1 (very unhappy) to 5 (very happy): the follow-up file&apos;s and the reports&apos; figure</source>
        <translation>客戶表示的總體滿意度，1（非常不滿意）至 5（非常滿意）：回訪檔案及報表採用此數值</translation>
    </message>
    <message>
        <source>Link re&amp;ferred customer…</source>
        <translation>連結介紹的新客戶(&amp;F)…</translation>
    </message>
    <message>
        <source>Print call sh&amp;eet…</source>
        <translation>列印回訪記錄單(&amp;E)…</translation>
    </message>
    <message>
        <source>The call script with room for the answers, for a call made away from this PC</source>
        <translation>附有作答欄位的回訪話術，供不在這台電腦旁回訪時使用</translation>
    </message>
    <message>
        <source>&amp;Message…</source>
        <translation>傳訊息(&amp;M)…</translation>
    </message>
    <message>
        <source>The follow-up message for WeChat or SMS, when the customer is better written to than called</source>
        <translation>回訪訊息（微信或簡訊），適用於以文字聯繫比打電話更合適的客戶</translation>
    </message>
    <message>
        <source>Ca&amp;ll script…</source>
        <translation>回訪話術(&amp;L)…</translation>
    </message>
    <message>
        <source>Reminders due</source>
        <translation>到期提醒</translation>
    </message>
    <message>
        <source>Next services, insurance expiries and annual inspections due this week or overdue</source>
        <translation>本週到期或已逾期的下次保養、保險到期及年檢</translation>
    </message>
    <message>
        <source>— ask the customer —</source>
        <translation>—— 請詢問客戶 ——</translation>
    </message>
    <message>
        <source>5 — very satisfied</source>
        <translation>5——非常滿意</translation>
    </message>
    <message>
        <source>4 — satisfied</source>
        <translation>4——滿意</translation>
    </message>
    <message>
        <source>3 — neutral</source>
        <translation>3——一般</translation>
    </message>
    <message>
        <source>2 — dissatisfied</source>
        <translation>2——不滿意</translation>
    </message>
    <message>
        <source>1 — very dissatisfied</source>
        <translation>1——非常不滿意</translation>
    </message>
    <message>
        <source>Open complaints (%1)</source>
        <translation>未結投訴（%1）</translation>
    </message>
    <message>
        <source>Calls due (%1)</source>
        <translation>應回訪（%1）</translation>
    </message>
    <message>
        <source>Coming up — may be called already (%1)</source>
        <translation>即將到期——可提前致電（%1）</translation>
    </message>
    <message>
        <source>late (by %1)</source>
        <translation>已逾期（應於 %1 前）</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>%1 前</translation>
    </message>
    <message>
        <source>(deposit)</source>
        <translation>（押金）</translation>
    </message>
    <message>
        <source>Call within two days of the handover: on time until %1</source>
        <translation>交車後兩天內回訪：%1 前均屬準時</translation>
    </message>
    <message>
        <source>Last try %1</source>
        <translation>上次撥打 %1</translation>
    </message>
    <message>
        <source>Choose a complaint or a call on the left.</source>
        <translation>請在左側選擇一項投訴或回訪。</translation>
    </message>
    <message>
        <source>Choose a call or a complaint first</source>
        <translation>請先選擇一項回訪或投訴</translation>
    </message>
    <message>
        <source>released on a deposit: the order stays open after the call</source>
        <translation>押金提車：回訪後工單仍未結</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier try(s) without reaching the customer</source>
        <translation>
            <numerusform>之前已撥打 %n 次未聯繫上客戶</numerusform>
        </translation>
    </message>
    <message>
        <source>left %1</source>
        <translation>%1 交車</translation>
    </message>
    <message>
        <source>Work done: %1</source>
        <translation>已做維修：%1</translation>
    </message>
    <message>
        <source>Came to us on the referral of %1</source>
        <translation>經 %1 介紹來店</translation>
    </message>
    <message>
        <source>Raised %1 by %2; taken care of by %3.</source>
        <translation>%1 由 %2 提出；處理人：%3。</translation>
    </message>
    <message>
        <source>The questions the follow-up call is guided by (the owner edits them)</source>
        <translation>回訪電話依循的問題（由店主編輯）</translation>
    </message>
    <message>
        <source>reached, %1/5</source>
        <translation>已聯繫上，%1/5</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>未聯繫上</translation>
    </message>
    <message>
        <source>Complaint: %1</source>
        <translation>投訴：%1</translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation>已處理：%1</translation>
    </message>
    <message>
        <source>open — %1</source>
        <translation>未結——%1</translation>
    </message>
    <message>
        <source>Brought: %1</source>
        <translation>帶來新客戶：%1</translation>
    </message>
    <message numerus="yes">
        <source>Follow-up file of the customer (%n call(s))</source>
        <translation>
            <numerusform>客戶回訪檔案（%n 次回訪）</numerusform>
        </translation>
    </message>
    <message>
        <source>Not reached: the call to %1 stays due.</source>
        <translation>未聯繫上：%1 仍需回訪。</translation>
    </message>
    <message>
        <source>Call to %1 recorded; the complaint is now on top of the list.</source>
        <translation>已登記對 %1 的回訪；投訴已列於清單最上方。</translation>
    </message>
    <message>
        <source>Call to %1 recorded.</source>
        <translation>已登記對 %1 的回訪。</translation>
    </message>
    <message>
        <source>The complaint is now taken care of by %1.</source>
        <translation>投訴已轉交 %1 處理。</translation>
    </message>
    <message>
        <source>Complaint closed.</source>
        <translation>投訴已結案。</translation>
    </message>
    <message>
        <source>The customer&apos;s words</source>
        <translation>客戶原話</translation>
    </message>
    <message>
        <source>What the customer said (optional)</source>
        <translation>客戶原話（非必填）</translation>
    </message>
    <message>
        <source>The garage&apos;s own script (the owner edits it with Call script…).</source>
        <translation>本店自訂的話術（店主可用「回訪話術…」編輯）。</translation>
    </message>
    <message>
        <source>The default script: greeting, satisfaction with the repair, the service and the price, anything wrong since, the next service, a referral.</source>
        <translation>預設話術：問候、對維修、服務及價格的滿意度、出廠後有無異常、下次保養、介紹新客戶。</translation>
    </message>
    <message>
        <source>— not answered —</source>
        <translation>——未答覆——</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Yes, would introduce a friend</source>
        <translation>是，願意介紹朋友</translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation>考慮中</translation>
    </message>
    <message>
        <source>Follow-up call sheet %1</source>
        <translation>回訪記錄單 %1</translation>
    </message>
    <message>
        <source>Choose a call of the follow-up file in which the customer was asked about introducing a friend</source>
        <translation>請在回訪檔案中選擇曾詢問客戶是否願意介紹朋友的那次回訪</translation>
    </message>
    <message>
        <source>The new customer a referral given in the chosen call brought</source>
        <translation>所選回訪中經客戶介紹而來的新客戶</translation>
    </message>
    <message>
        <source>registered %1</source>
        <translation>%1 登記</translation>
    </message>
    <message>
        <source>Link a referred customer</source>
        <translation>連結介紹來的新客戶</translation>
    </message>
    <message>
        <source>The new customer this referral brought:</source>
        <translation>此次介紹帶來的新客戶：</translation>
    </message>
    <message>
        <source>No customer has been registered since this call: register the new customer at intake first.</source>
        <translation>此次回訪後沒有新登記的客戶：請先在接車時登記新客戶。</translation>
    </message>
    <message>
        <source>%1 is linked to the referral of this call.</source>
        <translation>已將 %1 連結為此次回訪介紹來的新客戶。</translation>
    </message>
    <message>
        <source>Message copied: paste it into WeChat or an SMS. It is on the customer&apos;s record; the call is still to make.</source>
        <translation>訊息已複製：請貼到微信或簡訊。已記入客戶記錄；回訪電話仍需撥打。</translation>
    </message>
    <message>
        <source>Nothing chosen. The calls due are listed oldest first; open complaints above them.</source>
        <translation>尚未選擇。應回訪的電話按時間先後列出，未結投訴排在最上方。</translation>
    </message>
    <message>
        <source>The talk — read each question out, record the answer</source>
        <translation>回訪對話——逐一念出問題，登記回答</translation>
    </message>
    <message>
        <source>Record the call</source>
        <translation>登記回訪</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>結果：</translation>
    </message>
    <message>
        <source>Reac&amp;hed the customer</source>
        <translation>已聯繫上客戶(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Not reached (the call stays due)</source>
        <translation>未聯繫上（仍需回訪）(&amp;N)</translation>
    </message>
    <message>
        <source>Re&amp;marks:</source>
        <translation>意見(&amp;M)：</translation>
    </message>
    <message>
        <source>What the customer said about the car and the service</source>
        <translation>客戶對車輛及服務的意見</translation>
    </message>
    <message>
        <source>Com&amp;plaint:</source>
        <translation>投訴(&amp;P)：</translation>
    </message>
    <message>
        <source>Leave empty when there is none; a complaint stays on top of this list until it is closed</source>
        <translation>沒有投訴時留空；投訴在結案前會一直列在最上方</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>負責人(&amp;O)：</translation>
    </message>
    <message>
        <source>Who takes care of the complaint until it is resolved</source>
        <translation>負責處理此投訴直到解決的人</translation>
    </message>
    <message>
        <source>&amp;Record call</source>
        <translation>登記回訪(&amp;R)</translation>
    </message>
    <message>
        <source>Save the outcome of this call (Ctrl+Enter)</source>
        <translation>儲存此次回訪結果（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Open complaint</source>
        <translation>未結投訴</translation>
    </message>
    <message>
        <source>Taken care of &amp;by:</source>
        <translation>處理人(&amp;B)：</translation>
    </message>
    <message>
        <source>Hand o&amp;ver</source>
        <translation>轉交(&amp;V)</translation>
    </message>
    <message>
        <source>Give the complaint to the person chosen</source>
        <translation>將投訴轉交給選定的人</translation>
    </message>
    <message>
        <source>Resol&amp;ution:</source>
        <translation>處理結果(&amp;U)：</translation>
    </message>
    <message>
        <source>What was done about it, and whether the customer is content now</source>
        <translation>採取了哪些處理，以及客戶現在是否滿意</translation>
    </message>
    <message>
        <source>&amp;Close complaint</source>
        <translation>投訴結案(&amp;C)</translation>
    </message>
    <message>
        <source>Record the resolution; the complaint leaves the top of the list (Ctrl+Enter)</source>
        <translation>登記處理結果；投訴不再列於最上方（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Follow-up file of the customer</source>
        <translation>客戶回訪檔案</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>致電時間</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>工單號</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>By</source>
        <translation>經手人</translation>
    </message>
    <message>
        <source>Remarks, complaint and resolution</source>
        <translation>意見、投訴及處理結果</translation>
    </message>
    <message>
        <source>Vehicle his&amp;tory…</source>
        <translation>車輛維修記錄(&amp;T)…</translation>
    </message>
    <message>
        <source>Every visit of this car, its warranty and the work still recommended; print the owner&apos;s repair record</source>
        <translation>此車每次來店的記錄、質量保證期及尚待處理的建議項目；可列印車主維修檔案</translation>
    </message>
</context>
<context>
    <name>FreeLineDialog</name>
    <message>
        <source>Make a line free</source>
        <translation>設為免費項目</translation>
    </message>
    <message>
        <source>%1&lt;br/&gt;is charged nothing; its value is shown on the settlement list as given away.</source>
        <translation>%1&lt;br/&gt;不收費；其價值在結算清單上列為免費項目。</translation>
    </message>
    <message>
        <source>&amp;Why free:</source>
        <translation>免費原因(&amp;W)：</translation>
    </message>
    <message>
        <source>e.g. the pads fitted last month; a loyal customer</source>
        <translation>例如：上個月換的煞車片；老客戶</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>備註(&amp;N)：</translation>
    </message>
    <message>
        <source>Make &amp;free</source>
        <translation>設為免費(&amp;F)</translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message>
        <source>Kept on the vehicle: %1</source>
        <translation>已保留在車輛記錄：%1</translation>
    </message>
    <message>
        <source>The car has been handed over.</source>
        <translation>車輛已交車。</translation>
    </message>
    <message>
        <source>Hand the settled car over; the time is recorded</source>
        <translation>將已結算的車輛交給客戶；系統會記錄時間</translation>
    </message>
    <message>
        <source>Take the deposit and let the car go with the checklist above; settle or refund later</source>
        <translation>收取押金，按上方清單交車；之後再結算或退還押金</translation>
    </message>
    <message>
        <source>Book the car&apos;s next visit now, while the customer is here</source>
        <translation>趁客戶在場，立即預約下次來店</translation>
    </message>
    <message>
        <source>No completion certificate needed for this class.</source>
        <translation>此類別不需要竣工出廠合格證。</translation>
    </message>
    <message>
        <source>Completion certificate: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>竣工出廠合格證：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>This class needs a completion certificate: none was issued at final QC.</source>
        <translation>此類別需要竣工出廠合格證，但完工總檢時未簽發。</translation>
    </message>
    <message>
        <source>Warranty: %1 days or %2 km from the day the car leaves (until %3)</source>
        <translation>質量保證期：出廠之日起 %1 天或 %2 km（至 %3）</translation>
    </message>
    <message>
        <source>Car handed over at %1.</source>
        <translation>已於 %1 交車。</translation>
    </message>
    <message>
        <source>Deposit of %1 taken; the car may go. The order stays open in the deposits list.</source>
        <translation>已收押金 %1，車輛可以提走。工單保留在未結押金清單中。</translation>
    </message>
    <message>
        <source>Next visit booked for %1.</source>
        <translation>已預約下次來店：%1。</translation>
    </message>
</context>
<context>
    <name>InsurersDialog</name>
    <message>
        <source>Insurers</source>
        <translation>保險公司</translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation>保險公司</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Still dealt with</source>
        <translation>合作中</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>索賠件數</translation>
    </message>
    <message>
        <source>S&amp;till dealt with</source>
        <translation>仍有往來(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation>聯絡人(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>電話(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Add as a new insurer</source>
        <translation>新增保險公司(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>儲存變更(&amp;S)</translation>
    </message>
    <message>
        <source>C&amp;lear the form</source>
        <translation>清空表單(&amp;L)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>已新增 %1。</translation>
    </message>
    <message>
        <source>Choose the insurer to change.</source>
        <translation>請選擇要修改的保險公司。</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>變更已儲存。</translation>
    </message>
</context>
<context>
    <name>IntakeTab</name>
    <message>
        <source>Re&amp;load the order as saved</source>
        <translation>重新載入已儲存的工單(&amp;L)</translation>
    </message>
    <message>
        <source>Show the order as the other seat saved it; what you typed here is dropped</source>
        <translation>顯示另一台電腦已儲存的工單內容；此處輸入的內容將捨棄</translation>
    </message>
    <message>
        <source>Dates f&amp;or reminders…</source>
        <translation>提醒日期(&amp;O)…</translation>
    </message>
    <message>
        <source>The car&apos;s next service, insurance expiry and annual inspection (年檢), for the reminders</source>
        <translation>此車的下次保養、保險到期及年檢日期，用於到期提醒</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未設定）</translation>
    </message>
    <message>
        <source>Complexity coefficient ×%1</source>
        <translation>技術複雜係數 ×%1</translation>
    </message>
    <message>
        <source>No model class: labour at coefficient ×1</source>
        <translation>未設車型類別：工時費按係數 ×1 計</translation>
    </message>
    <message>
        <source>Customer (on file)</source>
        <translation>客戶（已建檔）</translation>
    </message>
    <message>
        <source>Customer (new)</source>
        <translation>客戶（新）</translation>
    </message>
    <message>
        <source>Grade…</source>
        <translation>等級…</translation>
    </message>
    <message>
        <source>The customer&apos;s member grade (a cashier or the owner gives it)</source>
        <translation>客戶的會員等級（由收銀或店主設定）</translation>
    </message>
    <message>
        <source>Member: %1</source>
        <translation>會員：%1</translation>
    </message>
    <message>
        <source> (expired)</source>
        <translation>（已過期）</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>另有 %1 項</translation>
    </message>
    <message>
        <source>Package cards: %1</source>
        <translation>套餐卡：%1</translation>
    </message>
    <message>
        <source>(until %1)</source>
        <translation>（有效至 %1）</translation>
    </message>
    <message>
        <source>The customer&apos;s member grade</source>
        <translation>客戶的會員等級</translation>
    </message>
    <message>
        <source>No grade</source>
        <translation>無等級</translation>
    </message>
    <message>
        <source>last recorded: %1 km</source>
        <translation>上次記錄：%1 km</translation>
    </message>
    <message>
        <source>Vehicle (on file)</source>
        <translation>車輛（已建檔）</translation>
    </message>
    <message>
        <source>Vehicle (new)</source>
        <translation>車輛（新）</translation>
    </message>
    <message>
        <source>&lt;b&gt;New walk-in&lt;/b&gt; — find the customer above, or type a new one</source>
        <translation>&lt;b&gt;新來店客戶&lt;/b&gt;——在上方搜尋客戶，或輸入新客戶</translation>
    </message>
    <message>
        <source>Save the corrected intake record (Ctrl+Enter)</source>
        <translation>儲存修正後的接車記錄（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>no car on file</source>
        <translation>無建檔車輛</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) — the intake can be corrected until the customer confirms the work order</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2）——客戶確認維修工單前，仍可修正接車記錄</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) — intake record, read-only</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2）——接車記錄，唯讀</translation>
    </message>
    <message>
        <source>&lt;b&gt;Booking&lt;/b&gt; %1 at %2 — check the details, inspect the car and receive it</source>
        <translation>&lt;b&gt;預約&lt;/b&gt; %1，%2——核對資料、檢驗車輛後接車</translation>
    </message>
    <message>
        <source>Car received: order %1 opened.</source>
        <translation>已接車：已建立工單 %1。</translation>
    </message>
    <message>
        <source>Car already in the garage</source>
        <translation>車輛已在廠內</translation>
    </message>
    <message>
        <source>Open order %1 now?</source>
        <translation>現在開啟工單 %1？</translation>
    </message>
    <message>
        <source>Intake of %1 saved.</source>
        <translation>已儲存 %1 的接車記錄。</translation>
    </message>
    <message>
        <source>Waiting at intake (%1)</source>
        <translation>待接車（%1）</translation>
    </message>
    <message>
        <source>Member grade</source>
        <translation>會員等級</translation>
    </message>
    <message>
        <source>The customer&apos;s grade:</source>
        <translation>客戶會員等級：</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>接車</translation>
    </message>
    <message>
        <source>New walk-in</source>
        <translation>新來店客戶</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>搜尋(&amp;F)：</translation>
    </message>
    <message>
        <source>Plate, phone, name, initials (lzm) or VIN</source>
        <translation>車牌號、電話、姓名、首字母（lzm）或 VIN</translation>
    </message>
    <message>
        <source>Type part of a plate, a phone number, a name, its pinyin initials or part of the VIN; pick a line to fill in the customer and the car</source>
        <translation>輸入部分車牌號、電話、姓名、拼音首字母或部分車架號；選取一筆即可帶入客戶與車輛資料</translation>
    </message>
    <message>
        <source>Ne&amp;w customer</source>
        <translation>新客戶(&amp;W)</translation>
    </message>
    <message>
        <source>Empty the customer and vehicle fields to register someone new</source>
        <translation>清空客戶與車輛欄位，以登記新客戶</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>客戶名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>電話(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>車輛</translation>
    </message>
    <message>
        <source>&amp;Plate:</source>
        <translation>車牌號(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;VIN:</source>
        <translation>車架號(&amp;V)：</translation>
    </message>
    <message>
        <source>17 characters</source>
        <translation>17 個字元</translation>
    </message>
    <message>
        <source>Ma&amp;ke:</source>
        <translation>廠牌(&amp;K)：</translation>
    </message>
    <message>
        <source>Mo&amp;del:</source>
        <translation>車型(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>Model year; leave at — when unknown</source>
        <translation>出廠年份；不詳時保留「—」</translation>
    </message>
    <message>
        <source>Colo&amp;ur:</source>
        <translation>顏色(&amp;U)：</translation>
    </message>
    <message>
        <source>Fu&amp;el:</source>
        <translation>燃料(&amp;E)：</translation>
    </message>
    <message>
        <source>C&amp;lass:</source>
        <translation>車型類別(&amp;L)：</translation>
    </message>
    <message>
        <source>Model class: its complexity coefficient multiplies the labour charge</source>
        <translation>車型類別：工時費乘以其技術複雜係數</translation>
    </message>
    <message>
        <source>&amp;Bought:</source>
        <translation>購車日期(&amp;B)：</translation>
    </message>
    <message>
        <source>Purchase date (購車日期, else the first registration): the 三包 periods run from it; leave at — when unknown</source>
        <translation>購車日期（無則以初次登記日期為準）：三包期限由此日起算；不詳時保持「—」</translation>
    </message>
    <message>
        <source>This visit</source>
        <translation>本次來店</translation>
    </message>
    <message>
        <source>&amp;Mileage (km):</source>
        <translation>里程（km）(&amp;M)：</translation>
    </message>
    <message>
        <source>odometer</source>
        <translation>里程錶</translation>
    </message>
    <message>
        <source>Fuel &amp;gauge:</source>
        <translation>燃油(&amp;G)：</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>Fuel (or charge) level in eighths of a tank</source>
        <translation>燃油（或電量）存量，以八分之一油箱計</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>&amp;Complaint:</source>
        <translation>故障現象(&amp;C)：</translation>
    </message>
    <message>
        <source>In the customer&apos;s own words</source>
        <translation>以客戶的原話記錄</translation>
    </message>
    <message>
        <source>&amp;Items left in car:</source>
        <translation>車內物品(&amp;I)：</translation>
    </message>
    <message>
        <source>e.g. dash camera, umbrella, child seat</source>
        <translation>例如：行車記錄器、雨傘、兒童座椅</translation>
    </message>
    <message>
        <source>Intake note&amp;s:</source>
        <translation>進場檢驗備註(&amp;S)：</translation>
    </message>
    <message>
        <source>What the inspector noticed on arrival</source>
        <translation>檢驗員在車輛進場時發現的情況</translation>
    </message>
    <message>
        <source>&amp;Job class:</source>
        <translation>作業分類(&amp;J)：</translation>
    </message>
    <message>
        <source>&amp;Regulatory class:</source>
        <translation>法規分類(&amp;R)：</translation>
    </message>
    <message>
        <source>Decides the warranty period and whether a completion certificate is needed; follows the job class unless you change it</source>
        <translation>決定質量保證期及是否需要竣工出廠合格證；未另行更改時隨作業分類而定</translation>
    </message>
    <message>
        <source>Paid &amp;by:</source>
        <translation>結算方式(&amp;B)：</translation>
    </message>
    <message>
        <source>Promised &amp;time:</source>
        <translation>約定交車(&amp;T)：</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>When the car will be ready, as promised to the customer</source>
        <translation>向客戶承諾的完工交車時間</translation>
    </message>
    <message>
        <source>Clear form</source>
        <translation>清空表單</translation>
    </message>
    <message>
        <source>Start a new walk-in intake (forgets the current order)</source>
        <translation>開始新的來店接車（不再顯示目前工單）</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>儲存變更</translation>
    </message>
    <message>
        <source>Receive car (create order)</source>
        <translation>接車（建立工單）</translation>
    </message>
    <message>
        <source>Register the customer and car and open the repair order (Ctrl+Enter)</source>
        <translation>登記客戶與車輛並建立維修工單（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Waiting at intake</source>
        <translation>待接車</translation>
    </message>
    <message>
        <source>Today&apos;s bookings not yet arrived and cars waiting for diagnosis; double-click (or Enter) to open</source>
        <translation>今日尚未到店的預約及等候檢測診斷的車輛；按兩下（或 Enter）開啟</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>車牌號</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Existing damage (click the car to mark it)</source>
        <translation>車身原有損傷（點選車身圖即可標記）</translation>
    </message>
</context>
<context>
    <name>LabourLinesModel</name>
    <message>
        <source>Name the job.</source>
        <translation>請輸入作業名稱。</translation>
    </message>
    <message>
        <source>Free (worth %1)</source>
        <translation>免費（價值 %1）</translation>
    </message>
    <message>
        <source>%1 × 5 min</source>
        <translation>%1 × 5 分鐘</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小時</translation>
    </message>
    <message>
        <source>Units (5 min)</source>
        <translation>單位（5 分鐘）</translation>
    </message>
    <message>
        <source>Std. hours</source>
        <translation>工時定額</translation>
    </message>
    <message>
        <source>Rate / h</source>
        <translation>單價／小時</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代碼</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>作業項目</translation>
    </message>
    <message>
        <source>Coefficient</source>
        <translation>係數</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>結算方式</translation>
    </message>
    <message>
        <source>Hours × rate × coefficient = amount</source>
        <translation>工時 × 單價 × 係數 = 金額</translation>
    </message>
</context>
<context>
    <name>LineMechanicsDialog</name>
    <message>
        <source>Mechanics of line %1</source>
        <translation>第 %1 項的維修工</translation>
    </message>
    <message>
        <source>Tick who works this line and each one&apos;s share: the commission, the hours sold and the hours clocked are split by the shares. The first ticked leads.</source>
        <translation>勾選負責此項目的維修工及各自的分配比例：提成、售出工時及實耗工時均按比例分配。第一位勾選者為主修。</translation>
    </message>
    <message>
        <source>Mechanic</source>
        <translation>維修工</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班組</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>分配比例</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Choose who is working at this PC.</source>
        <translation>請選擇正在使用此電腦的人。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) was working at this PC. Type the PIN to go on, or choose another operator.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2）正在使用此電腦。請輸入 PIN 繼續，或選擇其他操作員。</translation>
    </message>
    <message>
        <source>no PIN needed</source>
        <translation>無需 PIN</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>PIN 不正確。</translation>
    </message>
    <message>
        <source>This PC is locked</source>
        <translation>此電腦已鎖定</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>操作員(&amp;O)：</translation>
    </message>
    <message>
        <source>Someone else at the PC: choose yourself (and type your PIN, if you have one)</source>
        <translation>換人使用電腦：請選擇自己（如設有 PIN，請一併輸入）</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>PIN(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解鎖(&amp;U)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>PIN</source>
        <translation>PIN 碼</translation>
    </message>
    <message>
        <source>PIN of %1:</source>
        <translation>%1 的 PIN 碼：</translation>
    </message>
    <message>
        <source>Workshop board</source>
        <translation>車間看板</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>預約</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>接車</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>維修估價</translation>
    </message>
    <message>
        <source>Work ticket</source>
        <translation>維修工單</translation>
    </message>
    <message>
        <source>Final QC</source>
        <translation>完工總檢</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>領料</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>庫存</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>回訪</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>報表</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Settlement &amp;&amp; delivery</source>
        <translation>結算交車</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>前往</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation>下一頁</translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation>上一頁</translation>
    </message>
    <message>
        <source>Card desk…</source>
        <translation>會員卡櫃檯…</translation>
    </message>
    <message>
        <source>No order chosen</source>
        <translation>未選擇工單</translation>
    </message>
    <message>
        <source>booking</source>
        <translation>預約</translation>
    </message>
    <message>
        <source>Customers to phone two days after their car left: open the Follow-up tab</source>
        <translation>交車兩天後應回訪的客戶：開啟「回訪」頁</translation>
    </message>
    <message numerus="yes">
        <source>Follow-up calls due: %n</source>
        <translation>
            <numerusform>回訪待撥：%n</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>尚未備份</translation>
    </message>
    <message numerus="yes">
        <source>No backup for %n day(s)</source>
        <translation>
            <numerusform>已 %n 天未備份</numerusform>
        </translation>
    </message>
    <message>
        <source>Last backup just now</source>
        <translation>剛剛已備份</translation>
    </message>
    <message numerus="yes">
        <source>Last backup %n minute(s) ago</source>
        <translation>
            <numerusform>上次備份：%n 分鐘前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last backup %n hour(s) ago</source>
        <translation>
            <numerusform>上次備份：%n 小時前</numerusform>
        </translation>
    </message>
    <message>
        <source>A backup is made every day and when the program closes; File → Backup now makes one at once.</source>
        <translation>每天及關閉程式時都會自動備份；「檔案 → 立即備份」可隨時備份。</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>上次備份：%1</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>PIN 碼錯誤</translation>
    </message>
    <message>
        <source>That PIN is not right; the operator was not switched.</source>
        <translation>PIN 碼不正確，未切換操作員。</translation>
    </message>
    <message>
        <source>Set my PIN</source>
        <translation>設定我的 PIN 碼</translation>
    </message>
    <message>
        <source>New PIN (4 to 8 digits; empty: no PIN):</source>
        <translation>新 PIN 碼（4 至 8 位數字；留空表示不設）：</translation>
    </message>
    <message>
        <source>PIN saved.</source>
        <translation>PIN 碼已儲存。</translation>
    </message>
    <message>
        <source>Operator: (choose)</source>
        <translation>操作員：（請選擇）</translation>
    </message>
    <message>
        <source>Operator: %1 (%2)</source>
        <translation>操作員：%1（%2）</translation>
    </message>
    <message>
        <source>Who is working at this PC (Ctrl+Shift+O to switch)</source>
        <translation>目前使用這台電腦的人（Ctrl+Shift+O 切換）</translation>
    </message>
    <message>
        <source>About Garage Desktop</source>
        <translation>關於 Garage Desktop</translation>
    </message>
    <message>
        <source>Garage Desktop %1
The service process of a small garage, offline.</source>
        <translation>Garage Desktop %1
小型修理廠的維修服務流程，離線使用。</translation>
    </message>
    <message>
        <source>Garage Desktop</source>
        <translation>Garage Desktop</translation>
    </message>
    <message>
        <source>Find &amp;order:</source>
        <translation>查詢工單(&amp;O)：</translation>
    </message>
    <message>
        <source>Number, plate, name, phone or VIN (Ctrl+F)</source>
        <translation>工單號、車牌、姓名、電話或車架號（Ctrl+F）</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Forget the current order: each tab lists the orders waiting at its stage</source>
        <translation>不再顯示目前工單：各分頁改為列出在該階段等候的工單</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Backup now</source>
        <translation>立即備份(&amp;B)</translation>
    </message>
    <message>
        <source>Make a checked copy of the garage&apos;s data in the backup folder</source>
        <translation>在備份資料夾中製作一份經過檢查的本店資料副本</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>還原備份(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Month-end workbook…</source>
        <translation>月結活頁簿(&amp;M)…</translation>
    </message>
    <message>
        <source>Export the chosen month&apos;s figures and lists as an Excel workbook</source>
        <translation>將所選月份的數據及清單匯出為 Excel 活頁簿</translation>
    </message>
    <message>
        <source>Set my &amp;PIN…</source>
        <translation>設定我的 PIN 碼(&amp;P)…</translation>
    </message>
    <message>
        <source>A&amp;udit trail…</source>
        <translation>稽核記錄(&amp;U)…</translation>
    </message>
    <message>
        <source>Who changed what and when: state changes, prices, discounts, deposits, settings</source>
        <translation>誰在何時修改了什麼：狀態變更、價格、折扣、押金、設定</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>關於(&amp;A)</translation>
    </message>
</context>
<context>
    <name>MeasurementPanel</name>
    <message>
        <source>Not applicable</source>
        <translation>不適用</translation>
    </message>
    <message>
        <source>This check does not apply to this car: say why in the note</source>
        <translation>此檢查項目不適用於此車：請在備註中說明原因</translation>
    </message>
    <message>
        <source>Note (why, when not applicable)</source>
        <translation>備註（不適用時說明原因）</translation>
    </message>
    <message>
        <source>Not applicable to this car&apos;s fuel (%1)</source>
        <translation>不適用於此車的燃料（%1）</translation>
    </message>
    <message>
        <source>Number of cylinders:</source>
        <translation>氣缸數：</translation>
    </message>
    <message>
        <source>Cylinders</source>
        <translation>氣缸</translation>
    </message>
    <message>
        <source>every cylinder, e.g. 1050 1020 1035 1040</source>
        <translation>每個氣缸，例如 1050 1020 1035 1040</translation>
    </message>
    <message>
        <source>Started at try:</source>
        <translation>第幾次起動成功：</translation>
    </message>
    <message>
        <source>Cranking (s):</source>
        <translation>起動時間（秒）：</translation>
    </message>
    <message>
        <source>Design weight</source>
        <translation>原設計自重</translation>
    </message>
    <message>
        <source>After repair</source>
        <translation>修理後</translation>
    </message>
    <message>
        <source>Difference between cylinders %1 % (limit %2 %, %3)</source>
        <translation>各缸壓力差 %1 %（限值 %2 %，%3）</translation>
    </message>
    <message>
        <source>Weakest cylinder %1 (at least %2)</source>
        <translation>最低氣缸壓力 %1（至少 %2）</translation>
    </message>
    <message>
        <source>Ran at try %1 (at most %2)</source>
        <translation>第 %1 次起動成功（最多 %2 次）</translation>
    </message>
    <message>
        <source>Cranking %1 s (at most %2 s)</source>
        <translation>起動 %1 秒（最多 %2 秒）</translation>
    </message>
    <message>
        <source>Added weight %1 % (at most %2 %)</source>
        <translation>增加自重 %1 %（最多 %2 %）</translation>
    </message>
    <message>
        <source>Waiting for the readings</source>
        <translation>等候輸入讀數</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
</context>
<context>
    <name>MemberGradesDialog</name>
    <message>
        <source>Member grades</source>
        <translation>會員等級</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Labour off</source>
        <translation>工時折扣</translation>
    </message>
    <message>
        <source>Parts off</source>
        <translation>配件折扣</translation>
    </message>
    <message>
        <source>Still given</source>
        <translation>仍在使用</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客戶數</translation>
    </message>
    <message>
        <source>e.g. 10 (percent)</source>
        <translation>例如 10（百分比）</translation>
    </message>
    <message>
        <source>e.g. 5 (percent)</source>
        <translation>例如 5（%）</translation>
    </message>
    <message>
        <source>S&amp;till given</source>
        <translation>仍在使用(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Labour discount %:</source>
        <translation>工時折扣 %(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Parts discount %:</source>
        <translation>配件折扣 %(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Add as a new grade</source>
        <translation>新增為新等級(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>儲存變更(&amp;S)</translation>
    </message>
    <message>
        <source>Give a customer a grade</source>
        <translation>設定客戶的會員等級</translation>
    </message>
    <message>
        <source>Name or phone</source>
        <translation>姓名或電話</translation>
    </message>
    <message>
        <source>&amp;Give</source>
        <translation>給予(&amp;G)</translation>
    </message>
    <message>
        <source>No grade</source>
        <translation>無等級</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>已新增 %1。</translation>
    </message>
    <message>
        <source>Choose the grade to change.</source>
        <translation>請選擇要修改的等級。</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>已儲存變更。</translation>
    </message>
    <message>
        <source>Find the customer by name or phone first.</source>
        <translation>請先以姓名或電話找到客戶。</translation>
    </message>
    <message>
        <source>%1 now has the grade %2.</source>
        <translation>%1 的會員等級已設為 %2。</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Records on file twice</source>
        <translation>重複登記的記錄</translation>
    </message>
    <message>
        <source>The same car or customer on file twice: typed once in Traditional and once in Simplified characters. Select the record to keep in a group and merge: the orders, bookings and cars of the others move to it, and the others are removed.</source>
        <translation>同一輛車或同一位客戶登記了兩次：一次以繁體、一次以簡體輸入。在一組中選擇要保留的記錄後合併：其他記錄的工單、預約及車輛將轉到保留的記錄，其他記錄則刪除。</translation>
    </message>
    <message>
        <source>Plate or name</source>
        <translation>車牌或姓名</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細資料</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>工單</translation>
    </message>
    <message>
        <source>On file since</source>
        <translation>登記日期</translation>
    </message>
    <message>
        <source>&amp;Keep the selected record, merge the others into it</source>
        <translation>保留所選記錄，將其他記錄併入(&amp;K)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Nothing to merge: no car or customer is on file twice in the two scripts.</source>
        <translation>沒有需要合併的記錄：沒有以繁簡兩種字體重複登記的車輛或客戶。</translation>
    </message>
    <message>
        <source>Car %1: %2 records</source>
        <translation>車輛 %1：%2 筆記錄</translation>
    </message>
    <message>
        <source>Customer %1, phone %2: %3 records</source>
        <translation>客戶 %1，電話 %2：%3 筆記錄</translation>
    </message>
    <message>
        <source>VIN %1</source>
        <translation>車架號 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n car(s)</source>
        <translation>
            <numerusform>%n 輛車</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge records</source>
        <translation>合併記錄</translation>
    </message>
    <message>
        <source>Keep %1 and merge %2 into it? This cannot be undone.</source>
        <translation>保留 %1，並將 %2 併入？此操作無法復原。</translation>
    </message>
    <message numerus="yes">
        <source>Merged into %1: %n order(s) moved to it.</source>
        <translation>
            <numerusform>已併入 %1：%n 張工單已轉入。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <source>Message: %1</source>
        <translation>訊息：%1</translation>
    </message>
    <message>
        <source>Edit the text if needed. Copy puts it on the clipboard to paste into WeChat or an SMS, and records the message on the customer&apos;s record.</source>
        <translation>如有需要可修改內容。「複製」會將訊息放到剪貼簿，供貼到微信或簡訊，並在客戶資料中記錄此訊息。</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <source>To: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>收件人：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>工單 %1</translation>
    </message>
    <message>
        <source>Not known, left blank — fill in before copying: %1</source>
        <translation>未知，已留空——請在複製前填入：%1</translation>
    </message>
</context>
<context>
    <name>MessageTemplatesDialog</name>
    <message>
        <source>Message templates (%1)</source>
        <translation>訊息範本（%1）</translation>
    </message>
    <message>
        <source>The messages the advisors copy for WeChat or SMS, in the language of the customers&apos; papers. A name in braces is filled from the order or the car.</source>
        <translation>服務接待複製到微信或簡訊的訊息，使用客戶單據的語言。大括號中的名稱會以工單或車輛的資料填入。</translation>
    </message>
    <message>
        <source>&amp;Restore the default</source>
        <translation>還原預設(&amp;R)</translation>
    </message>
    <message>
        <source>Placeholders:</source>
        <translation>可用的欄位：</translation>
    </message>
    <message>
        <source>&amp;Save templates</source>
        <translation>儲存範本(&amp;S)</translation>
    </message>
    <message>
        <source>The garage&apos;s own wording.</source>
        <translation>本店自訂的文字。</translation>
    </message>
    <message>
        <source>The wording shipped with the program.</source>
        <translation>程式內建的文字。</translation>
    </message>
    <message>
        <source>Restore the default</source>
        <translation>還原預設內容</translation>
    </message>
    <message>
        <source>Go back to the wording shipped with the program for this message?</source>
        <translation>要將此訊息還原為程式內建的文字嗎？</translation>
    </message>
</context>
<context>
    <name>NextStepButton</name>
    <message>
        <source>Next: %1 →</source>
        <translation>下一步：%1 →</translation>
    </message>
    <message>
        <source>Open this order in %1</source>
        <translation>在「%1」開啟此工單</translation>
    </message>
</context>
<context>
    <name>OperatorDialog</name>
    <message>
        <source>New operator</source>
        <translation>新增操作員</translation>
    </message>
    <message>
        <source>Change operator</source>
        <translation>修改操作員</translation>
    </message>
    <message>
        <source>The owner holds every role</source>
        <translation>店主擁有所有職務</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作員</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>職務：</translation>
    </message>
    <message>
        <source>Everything the person does here; the owner may do everything</source>
        <translation>此人在本店負責的所有工作；店主可做所有工作</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>班組(&amp;T)：</translation>
    </message>
    <message>
        <source>Repair team, for mechanics and foremen</source>
        <translation>修理班組，適用於維修工及班組長</translation>
    </message>
    <message>
        <source>&amp;Works here now</source>
        <translation>在職(&amp;W)</translation>
    </message>
    <message>
        <source>Clear it when the person leaves: their name stays on the records they made</source>
        <translation>人員離職時取消勾選：其姓名仍保留在經手的記錄上</translation>
    </message>
</context>
<context>
    <name>OrderActionDialog</name>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>不收費</translation>
    </message>
    <message>
        <source>&amp;Diagnosis fee (¥):</source>
        <translation>檢測診斷費（¥）(&amp;D)：</translation>
    </message>
    <message>
        <source>With a fee the order goes to the cashier for the fee only and the car is handed back unrepaired; without one the order is cancelled. Either way the estimate&apos;s work is kept on the vehicle as recommendations.</source>
        <translation>收費時工單只就此費用送收銀結算，車輛不維修交還；不收費則取消工單。兩種情況下估價的維修項目都會作為建議保留在車輛記錄中。</translation>
    </message>
</context>
<context>
    <name>OrderMenu</name>
    <message>
        <source>&amp;Open in its stage&apos;s tab</source>
        <translation>在所屬作業頁開啟(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Print the work order…</source>
        <translation>列印維修工單(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Cancel the order…</source>
        <translation>取消工單(&amp;C)…</translation>
    </message>
    <message>
        <source>Customer &amp;declines the estimate…</source>
        <translation>客戶拒絕估價(&amp;D)…</translation>
    </message>
    <message>
        <source>Undo &quot;&amp;repair finished&quot;…</source>
        <translation>撤銷「報完工」(&amp;R)…</translation>
    </message>
    <message>
        <source>Undo the &amp;dispatch of this line</source>
        <translation>撤銷此項目的派工(&amp;D)</translation>
    </message>
    <message>
        <source>Undo the &amp;start of this line…</source>
        <translation>撤銷此項目的開工(&amp;S)…</translation>
    </message>
    <message>
        <source>Undo the &amp;finish of this line…</source>
        <translation>撤銷此項目的完工(&amp;F)…</translation>
    </message>
    <message>
        <source>Work order %1</source>
        <translation>維修工單 %1</translation>
    </message>
    <message>
        <source>Cancel order %1? It leaves the board and counts in no figure; the reason is kept.</source>
        <translation>取消工單 %1？它將離開看板，不計入任何指標；原因會保留。</translation>
    </message>
    <message>
        <source>Cancel the order</source>
        <translation>取消工單</translation>
    </message>
    <message>
        <source>&amp;Cancel the order</source>
        <translation>取消工單(&amp;C)</translation>
    </message>
    <message>
        <source>Order %1 cancelled.</source>
        <translation>工單 %1 已取消。</translation>
    </message>
    <message>
        <source>Order %1: the customer does not want the repair.</source>
        <translation>工單 %1：客戶不要求維修。</translation>
    </message>
    <message>
        <source>The customer declines the estimate</source>
        <translation>客戶拒絕估價</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>記錄(&amp;R)</translation>
    </message>
    <message>
        <source>Estimate declined: order %1 goes to the cashier for the diagnosis fee of %2, then the car is handed back.</source>
        <translation>已拒絕估價：工單 %1 送收銀結算檢測診斷費 %2，之後交還車輛。</translation>
    </message>
    <message>
        <source>Estimate declined: order %1 is cancelled.</source>
        <translation>已拒絕估價：工單 %1 已取消。</translation>
    </message>
    <message>
        <source>Send order %1 back to the workshop? The inspector has not begun final QC.</source>
        <translation>將工單 %1 退回車間？檢驗員尚未開始完工總檢。</translation>
    </message>
    <message>
        <source>Undo &quot;repair finished&quot;</source>
        <translation>撤銷「報完工」</translation>
    </message>
    <message>
        <source>The car is back in the workshop.</source>
        <translation>車輛已退回車間。</translation>
    </message>
    <message>
        <source>Void the payment %1? A reversing entry is added with the reason; nothing is deleted, and the customer owes the amount again.</source>
        <translation>作廢收款 %1？將加一筆註明原因的沖銷記錄，不刪除任何資料，客戶將重新欠付此金額。</translation>
    </message>
    <message>
        <source>Void a payment</source>
        <translation>作廢收款</translation>
    </message>
    <message>
        <source>&amp;Void the payment</source>
        <translation>作廢收款(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Message the customer</source>
        <translation>傳訊息給客戶(&amp;M)</translation>
    </message>
    <message>
        <source>Message copied: paste it into WeChat or an SMS. It is on the customer&apos;s record.</source>
        <translation>訊息已複製：請貼到微信或簡訊。此訊息已記錄在客戶資料中。</translation>
    </message>
    <message>
        <source>Take back a step entered by mistake, while the next one has not begun</source>
        <translation>撤銷誤登的步驟（下一步尚未開始時）</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>沒有可撤銷的步驟。</translation>
    </message>
    <message>
        <source>The car is back in the workshop; &quot;repair finished&quot; was taken back.</source>
        <translation>車輛已退回車間；「報完工」已撤銷。</translation>
    </message>
    <message>
        <source>Undo the start of line %1? Its start time is taken back (the audit trail keeps it).</source>
        <translation>撤銷項目 %1 的開工？其開工時間將撤銷（稽核記錄會保留）。</translation>
    </message>
    <message>
        <source>Undo the finish of line %1? Its finish time is taken back (the audit trail keeps it).</source>
        <translation>撤銷項目 %1 的完工？其完工時間將撤銷（稽核記錄會保留）。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤銷</translation>
    </message>
    <message>
        <source>Dispatch of line %1 taken back.</source>
        <translation>項目 %1 的派工已撤銷。</translation>
    </message>
    <message>
        <source>Start of line %1 taken back.</source>
        <translation>項目 %1 的開工已撤銷。</translation>
    </message>
    <message>
        <source>Finish of line %1 taken back.</source>
        <translation>項目 %1 的完工已撤銷。</translation>
    </message>
</context>
<context>
    <name>OutsideWorkDialog</name>
    <message>
        <source>&amp;Close</source>
        <translation>關閉(&amp;C)</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等候答覆</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>已同意</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>拒絕</translation>
    </message>
    <message>
        <source>Free (worth %1)</source>
        <translation>免費（價值 %1）</translation>
    </message>
    <message>
        <source>The customer confirmed the work order: outside work added now is &lt;b&gt;added work&lt;/b&gt;, charged only once the customer agrees.</source>
        <translation>客戶已確認維修工單：現在加入的外加工屬於&lt;b&gt;追加項目&lt;/b&gt;，須經客戶同意才收費。</translation>
    </message>
    <message>
        <source>Outside work added now is part of the estimate.</source>
        <translation>現在加入的外加工屬於估價的一部分。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — outside work charged %2 (cost %3). %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;——外加工收費 %2（成本 %3）。%4</translation>
    </message>
    <message>
        <source>Preview and print the 外部加工單 that travels with the part</source>
        <translation>預覽並列印隨工件送出的外部加工單</translation>
    </message>
    <message>
        <source>There is no outside work to send.</source>
        <translation>沒有需要送外加工的項目。</translation>
    </message>
    <message>
        <source>Select a line first.</source>
        <translation>請先選擇一個項目。</translation>
    </message>
    <message>
        <source>Charge a&amp;gain</source>
        <translation>恢復收費(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;No charge…</source>
        <translation>設為免費(&amp;N)…</translation>
    </message>
    <message>
        <source>Charge this line again at the price it had</source>
        <translation>按原價恢復此項目的收費</translation>
    </message>
    <message>
        <source>Make this line free of charge, with the reason (warranty, comeback, goodwill); the owner approves</source>
        <translation>將此項目改為免費並註明原因（保修、返修、贈送）；須經店主核准</translation>
    </message>
    <message>
        <source>Free: %1</source>
        <translation>免費：%1</translation>
    </message>
    <message>
        <source>Outside work slip %1</source>
        <translation>外部加工單 %1</translation>
    </message>
    <message>
        <source>Outside work (外加工)</source>
        <translation>外加工</translation>
    </message>
    <message>
        <source>#</source>
        <translation>序</translation>
    </message>
    <message>
        <source>Outside shop</source>
        <translation>外加工廠</translation>
    </message>
    <message>
        <source>Work to be done</source>
        <translation>加工內容</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>收費</translation>
    </message>
    <message>
        <source>Customer&apos;s answer</source>
        <translation>客戶答覆</translation>
    </message>
    <message>
        <source>Expected back</source>
        <translation>預計取回</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送出</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>取回</translation>
    </message>
    <message>
        <source>&amp;Sent now</source>
        <translation>現在送出(&amp;S)</translation>
    </message>
    <message>
        <source>The part left for the outside shop with its slip (now)</source>
        <translation>工件已連同外部加工單送往外加工廠（現在）</translation>
    </message>
    <message>
        <source>&amp;Back now</source>
        <translation>現在取回(&amp;B)</translation>
    </message>
    <message>
        <source>The part came back from the outside shop (now)</source>
        <translation>工件已從外加工廠返回（現在）</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Print slip…</source>
        <translation>列印外部加工單(&amp;P)…</translation>
    </message>
    <message>
        <source>Add outside work</source>
        <translation>新增外加工</translation>
    </message>
    <message>
        <source>Outside &amp;shop:</source>
        <translation>外加工廠(&amp;S)：</translation>
    </message>
    <message>
        <source>e.g. 順達機加工廠</source>
        <translation>例如：順達機加工廠</translation>
    </message>
    <message>
        <source>C&amp;ost (the shop&apos;s price):</source>
        <translation>成本（加工廠報價）(&amp;O)：</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>&amp;Work to be done:</source>
        <translation>加工內容(&amp;W)：</translation>
    </message>
    <message>
        <source>machining, upholstery, glass…</source>
        <translation>機加工、內裝、玻璃…</translation>
    </message>
    <message>
        <source>C&amp;harge (the customer pays):</source>
        <translation>收費（客戶支付）(&amp;H)：</translation>
    </message>
    <message>
        <source>E&amp;xpected back:</source>
        <translation>預計取回(&amp;X)：</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>加入(&amp;A)</translation>
    </message>
</context>
<context>
    <name>OwnerApprovalDialog</name>
    <message>
        <source>Owner&apos;s approval</source>
        <translation>店主核准</translation>
    </message>
    <message>
        <source>These prices are below the list: the owner approves them here.</source>
        <translation>以下價格低於目錄：請店主在此核准。</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>店主(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>PIN(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>核准(&amp;A)</translation>
    </message>
    <message>
        <source>%1: %2 instead of %3 (%4)</source>
        <translation>%1：%2，目錄 %3（%4）</translation>
    </message>
    <message>
        <source>%1: %2 (%4)</source>
        <translation>%1：%2（%4）</translation>
    </message>
    <message>
        <source>no PIN: choosing the owner approves</source>
        <translation>未設 PIN：選擇店主即表示核准</translation>
    </message>
</context>
<context>
    <name>PackageLines</name>
    <message>
        <source>Pay as usual, not by the package card…</source>
        <translation>改回一般付費（不用套餐卡）…</translation>
    </message>
    <message>
        <source>Choose a line a package card pays in the list.</source>
        <translation>請在清單中選擇以套餐卡支付的項目。</translation>
    </message>
    <message>
        <source>The customer pays this line (and the parts its card item pays) as usual; the use goes back on the card</source>
        <translation>此項目（及卡內服務包含的配件）改由客戶一般付費；使用次數退回卡內</translation>
    </message>
    <message>
        <source>Pay line %1 (%2) as usual instead of by %3? The customer pays %4 more; the card keeps the use.</source>
        <translation>第 %1 項（%2）改回一般付費，不再用 %3 支付？客戶須多付 %4；卡內保留此次使用次數。</translation>
    </message>
    <message>
        <source>Pay as usual</source>
        <translation>照常付費</translation>
    </message>
    <message>
        <source>Line %1 is paid as usual.</source>
        <translation>第 %1 項已改回一般付費。</translation>
    </message>
    <message>
        <source>%1: %2 uses left.</source>
        <translation>%1：剩餘 %2 次。</translation>
    </message>
    <message>
        <source>(%1 more held by other open orders)</source>
        <translation>（另有 %1 次已由其他未結工單預留）</translation>
    </message>
</context>
<context>
    <name>PackagesDialog</name>
    <message>
        <source>Package cards</source>
        <translation>套餐卡</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>價格</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天數</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服務項目</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>銷售中</translation>
    </message>
    <message>
        <source>e.g. 365</source>
        <translation>例如 365</translation>
    </message>
    <message>
        <source>On &amp;sale</source>
        <translation>銷售中(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>售價(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Valid for days:</source>
        <translation>有效天數(&amp;V)：</translation>
    </message>
    <message>
        <source>Labour operation code</source>
        <translation>工時項目代碼</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>次數</translation>
    </message>
    <message>
        <source>Parts included</source>
        <translation>含配件</translation>
    </message>
    <message>
        <source>Add a ser&amp;vice</source>
        <translation>新增服務項目(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Remove the service</source>
        <translation>移除服務項目(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Add as a new package</source>
        <translation>新增套餐(&amp;A)</translation>
    </message>
    <message>
        <source>Save &amp;changes</source>
        <translation>儲存變更(&amp;C)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>已新增 %1。</translation>
    </message>
    <message>
        <source>Changes saved: %1.</source>
        <translation>已儲存變更：%1。</translation>
    </message>
    <message>
        <source>Choose the package to change.</source>
        <translation>請選擇要修改的套餐。</translation>
    </message>
</context>
<context>
    <name>PartChoiceDialog</name>
    <message>
        <source>Type a code, a name or its pinyin initials</source>
        <translation>輸入代碼、名稱或拼音首字母</translation>
    </message>
    <message>
        <source>&amp;Part:</source>
        <translation>配件(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>數量(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>No part chosen yet.</source>
        <translation>尚未選擇配件。</translation>
    </message>
    <message>
        <source>%1 %2 in stock</source>
        <translation>庫存 %1 %2</translation>
    </message>
    <message>
        <source>Choose the part first: type and pick it from the list.</source>
        <translation>請先選擇配件：輸入後從清單中選取。</translation>
    </message>
</context>
<context>
    <name>PartLinesModel</name>
    <message>
        <source>Name the part.</source>
        <translation>請輸入配件名稱。</translation>
    </message>
    <message>
        <source>Free (worth %1)</source>
        <translation>免費（價值 %1）</translation>
    </message>
    <message>
        <source>customer&apos;s own</source>
        <translation>客戶自備</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代碼</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Brand / spec</source>
        <translation>品牌／規格</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>單價</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Customer&apos;s own</source>
        <translation>客戶自備</translation>
    </message>
</context>
<context>
    <name>PartsTab</name>
    <message>
        <source>Ask for an extra part (用料批條)</source>
        <translation>申請額外配件（用料批條）</translation>
    </message>
    <message>
        <source>A part not planned, or more than planned, waits for the inspector&apos;s approval before it is issued.</source>
        <translation>計劃外或超出計劃的配件，須經檢驗員批准後才能發料。</translation>
    </message>
    <message>
        <source>Substitute another part</source>
        <translation>替換為其他配件</translation>
    </message>
    <message>
        <source>The line keeps its price; the new part&apos;s name, spec and origin go on the order.</source>
        <translation>此項目價格不變；新配件的名稱、規格及來源會列在工單上。</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>估價</translation>
    </message>
    <message>
        <source>Added work</source>
        <translation>追加項目</translation>
    </message>
    <message>
        <source>Added work, waiting for the customer</source>
        <translation>追加項目，等候客戶答覆</translation>
    </message>
    <message>
        <source>Refused by the customer</source>
        <translation>客戶已拒絕</translation>
    </message>
    <message>
        <source>Extra part, waiting for the inspector</source>
        <translation>額外配件，等候檢驗員批准</translation>
    </message>
    <message>
        <source>Extra part, approved</source>
        <translation>額外配件，已批准</translation>
    </message>
    <message>
        <source>Extra part, refused</source>
        <translation>額外配件，已拒絕</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待批准</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>已拒絕</translation>
    </message>
    <message>
        <source>all issued</source>
        <translation>已全部領出</translation>
    </message>
    <message>
        <source>promised %1</source>
        <translation>約定交車 %1</translation>
    </message>
    <message>
        <source>Every planned part is issued and nothing was issued beyond the order: the car may go to final QC.</source>
        <translation>計劃的配件已全部領出，且沒有超出工單的領料：車輛可以送完工總檢。</translation>
    </message>
    <message>
        <source>To settle before final QC:</source>
        <translation>完工總檢前須處理：</translation>
    </message>
    <message>
        <source>The order has no parts.</source>
        <translation>此工單沒有配件。</translation>
    </message>
    <message>
        <source>Customer-supplied</source>
        <translation>客戶自備</translation>
    </message>
    <message>
        <source>Not a stock part</source>
        <translation>非庫存配件</translation>
    </message>
    <message>
        <source>Choose a line first.</source>
        <translation>請先選擇一個項目。</translation>
    </message>
    <message>
        <source>Issue the quantity (empty: all that is left to issue on the line)</source>
        <translation>發出此數量（留空：發出此項目剩餘的全部數量）</translation>
    </message>
    <message>
        <source>Unused parts back into stock (empty quantity: all issued on the line)</source>
        <translation>未用的配件退回庫存（數量留空：此項目已領的全部）</translation>
    </message>
    <message>
        <source>Issue every line in full that the stock covers</source>
        <translation>庫存足夠的項目全部發料</translation>
    </message>
    <message>
        <source>Return the parts issued on this line first.</source>
        <translation>請先退回此項目已領的配件。</translation>
    </message>
    <message>
        <source>Use another stock part for this line (the price stays)</source>
        <translation>此項目改用其他庫存配件（價格不變）</translation>
    </message>
    <message>
        <source>A part not planned, or more than planned: the inspector must approve it</source>
        <translation>計劃外或超出計劃的配件：須經檢驗員批准</translation>
    </message>
    <message>
        <source>The rest of this planned part was not needed: the order comes down to what was issued</source>
        <translation>此計劃配件的剩餘數量不需要：工單改按實際領出的數量</translation>
    </message>
    <message>
        <source>What becomes of the replaced part (printed on the settlement list)</source>
        <translation>換下的舊件如何處理（印在結算清單上）</translation>
    </message>
    <message>
        <source>Choose an extra part first.</source>
        <translation>請先選擇一個額外配件。</translation>
    </message>
    <message>
        <source>Approve the extra part: the store may issue it</source>
        <translation>批准額外配件：庫房即可發料</translation>
    </message>
    <message>
        <source>Refuse the extra part</source>
        <translation>拒絕額外配件</translation>
    </message>
    <message>
        <source>The customer agreed: the issued extra part is charged</source>
        <translation>客戶已同意：領出的額外配件要收費</translation>
    </message>
    <message>
        <source>The garage bears the cost: the extra part is not charged</source>
        <translation>由本店承擔：額外配件不收費</translation>
    </message>
    <message>
        <source>Issued on line %1: %2.</source>
        <translation>第 %1 項已發料：%2。</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) issued in full.</source>
        <translation>
            <numerusform>%n 個項目已全部發料。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not enough in stock for: %1</source>
        <translation>庫存不足：%1</translation>
    </message>
    <message>
        <source>Returned to stock from line %1.</source>
        <translation>第 %1 項已退回庫存。</translation>
    </message>
    <message>
        <source>Line %1 now uses another part.</source>
        <translation>第 %1 項已改用其他配件。</translation>
    </message>
    <message>
        <source>The extra part waits for the inspector&apos;s approval.</source>
        <translation>額外配件正等候檢驗員批准。</translation>
    </message>
    <message>
        <source>Line %1: the part not issued is off the order.</source>
        <translation>第 %1 項：未領出的配件已從工單移除。</translation>
    </message>
    <message>
        <source>Old part of line %1 recorded.</source>
        <translation>已登記第 %1 項的舊件處理方式。</translation>
    </message>
    <message>
        <source>Extra part approved: the store may issue it.</source>
        <translation>額外配件已批准：庫房可以發料。</translation>
    </message>
    <message>
        <source>Extra part refused.</source>
        <translation>額外配件已拒絕。</translation>
    </message>
    <message>
        <source>The extra part is on the order.</source>
        <translation>額外配件已加入工單。</translation>
    </message>
    <message>
        <source>Pick list %1</source>
        <translation>領料單 %1</translation>
    </message>
    <message>
        <source>Extra part approval %1</source>
        <translation>用料批條 %1</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>領料</translation>
    </message>
    <message>
        <source>&lt;b&gt;Orders waiting for parts&lt;/b&gt; — cars in the workshop; those with parts still to issue or extra parts to approve come first</source>
        <translation>&lt;b&gt;待領料的工單&lt;/b&gt;——車間中的車輛；尚有配件待發或額外配件待批准的排在最前</translation>
    </message>
    <message>
        <source>Double-click (or Enter) to open the order&apos;s pick list</source>
        <translation>按兩下（或 Enter）開啟工單的領料單</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>約定交車</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>工單號</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>車牌號</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Lines to issue</source>
        <translation>待發項目</translation>
    </message>
    <message>
        <source>Extra parts waiting</source>
        <translation>待批額外配件</translation>
    </message>
    <message>
        <source>No car in the workshop needs parts. An order appears here once the customer has confirmed it.</source>
        <translation>車間中沒有需要領料的車輛。客戶確認維修工單後，工單會出現在這裡。</translation>
    </message>
    <message>
        <source>All orders waiting for parts</source>
        <translation>所有待領料工單</translation>
    </message>
    <message>
        <source>Close this order and list every car that needs parts</source>
        <translation>關閉此工單，列出所有需要領料的車輛</translation>
    </message>
    <message>
        <source>Pick list (領料): issued against planned, line by line</source>
        <translation>領料單：逐項對照計劃與實領</translation>
    </message>
    <message>
        <source>Choose a line, then issue, return or substitute it below</source>
        <translation>選擇一個項目，再於下方發料、退料或替換</translation>
    </message>
    <message>
        <source>#</source>
        <translation>序</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代碼</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>計劃</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>已領</translation>
    </message>
    <message>
        <source>To issue</source>
        <translation>待發</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>庫存</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>貨位</translation>
    </message>
    <message>
        <source>Old part</source>
        <translation>舊件</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>數量(&amp;Q)：</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>How many to issue or return; empty: all that is left to issue (or all that was issued, for a return)</source>
        <translation>要發出或退回的數量；留空：發出剩餘的全部（退料時為已領的全部）</translation>
    </message>
    <message>
        <source>Reason / &amp;note:</source>
        <translation>原因／備註(&amp;N)：</translation>
    </message>
    <message>
        <source>Why parts come back, why another part is used, or why a planned part was not needed</source>
        <translation>退料、改用其他配件或計劃配件不需要的原因</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>發料(&amp;I)</translation>
    </message>
    <message>
        <source>Issue &amp;all</source>
        <translation>全部發料(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Return</source>
        <translation>退料(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Substitute…</source>
        <translation>替換(&amp;S)…</translation>
    </message>
    <message>
        <source>Ask for an &amp;extra part…</source>
        <translation>申請額外配件(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Not used</source>
        <translation>不需要(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Old part:</source>
        <translation>舊件(&amp;O)：</translation>
    </message>
    <message>
        <source>Before final QC</source>
        <translation>完工總檢前</translation>
    </message>
    <message>
        <source>&amp;Print pick list…</source>
        <translation>列印領料單(&amp;P)…</translation>
    </message>
    <message>
        <source>Preview the 領料單 and print it or save it as PDF</source>
        <translation>預覽領料單，並列印或存為 PDF</translation>
    </message>
    <message>
        <source>Extra parts (用料批條): the inspector approves</source>
        <translation>額外配件（用料批條）：由檢驗員批准</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation>批條</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>申請人</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>備註(&amp;T)：</translation>
    </message>
    <message>
        <source>The inspector&apos;s remark, or who agreed for the customer when an extra part goes on the order</source>
        <translation>檢驗員的意見；額外配件加入工單時，填寫代表客戶同意的人</translation>
    </message>
    <message>
        <source>Appro&amp;ve</source>
        <translation>批准(&amp;V)</translation>
    </message>
    <message>
        <source>Re&amp;fuse</source>
        <translation>拒絕(&amp;F)</translation>
    </message>
    <message>
        <source>Print s&amp;lip…</source>
        <translation>列印批條(&amp;L)…</translation>
    </message>
    <message>
        <source>Preview the 用料批條 with the inspector&apos;s name and time, and print it</source>
        <translation>預覽附有檢驗員姓名及時間的用料批條，並列印</translation>
    </message>
    <message>
        <source>Put on the order (&amp;charged)</source>
        <translation>加入工單（收費）(&amp;C)</translation>
    </message>
    <message>
        <source>Put on the order (free)</source>
        <translation>加入工單（免費）</translation>
    </message>
    <message>
        <source>Issues and returns on this order</source>
        <translation>此工單的發料及退料記錄</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>What</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人員</translation>
    </message>
</context>
<context>
    <name>PriceListDialog</name>
    <message>
        <source>Import a supplier&apos;s price list</source>
        <translation>匯入供應商價目表</translation>
    </message>
    <message>
        <source>New part</source>
        <translation>新配件</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>變更</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未變</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>尚未選擇檔案。</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>選擇檔案(&amp;C)…</translation>
    </message>
    <message>
        <source>Save an empty &amp;template…</source>
        <translation>儲存空白範本(&amp;T)…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>檔案：</translation>
    </message>
    <message>
        <source>&amp;Supplier:</source>
        <translation>供應商(&amp;S)：</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代碼</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation>售價</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>&amp;Apply the valid rows</source>
        <translation>套用有效的列(&amp;A)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Choose the price list</source>
        <translation>選擇價目表</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Save an empty price list</source>
        <translation>儲存空白價目表</translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 unchanged, %4 with errors (not applied).</source>
        <translation>新增 %1、變更 %2、未變 %3、有錯誤 %4（不套用）。</translation>
    </message>
    <message>
        <source>Applied: %1 parts added, %2 updated; %3 rows with errors skipped.</source>
        <translation>已套用：新增 %1 種配件、更新 %2 種；略過 %3 列有錯誤的資料。</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>&amp;Zoom:</source>
        <translation>縮放(&amp;Z)：</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>另存為 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第 %1 頁</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>共 %n 頁</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存為 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未儲存</translation>
    </message>
    <message>
        <source>The file could not be written:
%1</source>
        <translation>無法寫入檔案：
%1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>列印</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>未列印</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>無法啟動印表機。</translation>
    </message>
</context>
<context>
    <name>ProcessCheckDialog</name>
    <message>
        <source>Quality check during the repair</source>
        <translation>維修過程質量檢查</translation>
    </message>
    <message>
        <source>Line &lt;b&gt;%1&lt;/b&gt;, while it is being worked (質量跟蹤)</source>
        <translation>項目 &lt;b&gt;%1&lt;/b&gt;，施工中（質量跟蹤）</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>正常(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Problem found</source>
        <translation>發現問題(&amp;P)</translation>
    </message>
    <message>
        <source>e.g. redone and checked again, part replaced, adjusted</source>
        <translation>例如：重做並再次檢查、更換配件、調整</translation>
    </message>
    <message>
        <source>What was &amp;done about it:</source>
        <translation>處理方式(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Record the check</source>
        <translation>登記檢查(&amp;R)</translation>
    </message>
    <message>
        <source>What was &amp;found:</source>
        <translation>發現的問題(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>備註（非必填）(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>PutOffNote</name>
    <message>
        <source>For a &amp;later visit:</source>
        <translation>留待下次來店(&amp;L)：</translation>
    </message>
    <message>
        <source>what can wait, e.g. rear tyres at 2 mm: replace within 3 months</source>
        <translation>可暫緩的項目，例如：後輪胎紋剩 2 mm，3 個月內更換</translation>
    </message>
    <message>
        <source>Keep on the car</source>
        <translation>保留在車輛記錄</translation>
    </message>
    <message>
        <source>Kept on the vehicle: shown at its next intake and estimate</source>
        <translation>保留在車輛記錄中：下次接車及估價時顯示</translation>
    </message>
    <message>
        <source>Kept on the car for its next visit: %1</source>
        <translation>已保留在車輛記錄中，供下次來店參考：%1</translation>
    </message>
</context>
<context>
    <name>QcDamageDiagram</name>
    <message>
        <source>resolved: %1</source>
        <translation>已處理：%1</translation>
    </message>
</context>
<context>
    <name>QcTab</name>
    <message>
        <source>Final QC</source>
        <translation>完工總檢</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cars waiting for final QC&lt;/b&gt; — and cars sent back for rework, which come back here once reworked</source>
        <translation>&lt;b&gt;待完工總檢的車輛&lt;/b&gt;——退回返工的車輛返工完成後也會回到這裡</translation>
    </message>
    <message>
        <source>Double-click (or Enter) to inspect the car</source>
        <translation>按兩下（或 Enter）檢驗車輛</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>約定交車</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>工單號</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>車牌號</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Repair class</source>
        <translation>維修類別</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>檢驗次數</translation>
    </message>
    <message>
        <source>Who has it</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>No car is waiting for final QC. A car appears here once its repair is reported finished.</source>
        <translation>沒有等候完工總檢的車輛。維修報完工後，車輛會出現在這裡。</translation>
    </message>
    <message>
        <source>Check&amp;list:</source>
        <translation>檢查表(&amp;L)：</translation>
    </message>
    <message>
        <source>The checklist follows the repair class; choose another one if it fits the job better</source>
        <translation>檢查表依維修類別而定；如其他檢查表更適合，可另選</translation>
    </message>
    <message>
        <source>All cars waiting for QC</source>
        <translation>所有待總檢車輛</translation>
    </message>
    <message>
        <source>Close this order and list the cars waiting for final QC</source>
        <translation>關閉此工單，列出等候完工總檢的車輛</translation>
    </message>
    <message>
        <source>Checklist — the order&apos;s items first, then the main systems, safety first</source>
        <translation>檢查表——先核對工單項目，再檢查主要系統，安全項目優先</translation>
    </message>
    <message>
        <source>Choose checks, then P (pass), F (fail) or N (not applicable); type in the Note column</source>
        <translation>選擇檢查項目後按 P（合格）、F（不合格）或 N（不適用）；可在備註欄輸入說明</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>檢查項目</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>&amp;Pass</source>
        <translation>合格(&amp;P)</translation>
    </message>
    <message>
        <source>Mark the chosen checks passed (P)</source>
        <translation>將選取的檢查項目標為合格（P）</translation>
    </message>
    <message>
        <source>&amp;Fail</source>
        <translation>不合格(&amp;F)</translation>
    </message>
    <message>
        <source>Mark the chosen checks failed (F); a failed order item goes back to its team</source>
        <translation>將選取的檢查項目標為不合格（F）；不合格的工單項目退回原班組</translation>
    </message>
    <message>
        <source>&amp;Not applicable</source>
        <translation>不適用(&amp;N)</translation>
    </message>
    <message>
        <source>The chosen checks do not apply to this car (N)</source>
        <translation>選取的檢查項目不適用於此車（N）</translation>
    </message>
    <message>
        <source>All &amp;unanswered pass</source>
        <translation>其餘全部合格(&amp;U)</translation>
    </message>
    <message>
        <source>Mark every check not answered yet as passed</source>
        <translation>將尚未填寫的檢查項目全部標為合格</translation>
    </message>
    <message>
        <source>Measured checks — judged from the readings against the checklist&apos;s limits</source>
        <translation>測量項目——依讀數對照檢查表的限值判定</translation>
    </message>
    <message>
        <source>Body damage: the intake record beside the exit check</source>
        <translation>車身損傷：接車記錄與出廠檢查對照</translation>
    </message>
    <message>
        <source>&amp;Resolved how:</source>
        <translation>處理方式(&amp;R)：</translation>
    </message>
    <message>
        <source>e.g. polished out by the body team; customer agreed</source>
        <translation>例如：鈑金組已拋光處理；客戶同意</translation>
    </message>
    <message>
        <source>Resol&amp;ve</source>
        <translation>處理完畢(&amp;V)</translation>
    </message>
    <message>
        <source>Compared with the intake record: no new &amp;damage (or all new damage resolved)</source>
        <translation>已對照接車記錄：無新損傷（或新損傷均已處理）(&amp;D)</translation>
    </message>
    <message>
        <source>Walk round the car with the intake diagram; click the car to mark damage that is not on it</source>
        <translation>拿著接車損傷圖繞車檢查；在車身圖上點選標記圖上沒有的損傷</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>檢驗結果</translation>
    </message>
    <message>
        <source>&amp;Mileage at QC:</source>
        <translation>總檢里程(&amp;M)：</translation>
    </message>
    <message>
        <source>km after the road test</source>
        <translation>路試後的 km</translation>
    </message>
    <message>
        <source>The odometer after the road test: printed on the completion certificate as the mileage out (optional)</source>
        <translation>路試後的里程錶讀數：作為出廠里程印在竣工出廠合格證上（非必填）</translation>
    </message>
    <message>
        <source>Customer &amp;informed now</source>
        <translation>已通知客戶(&amp;I)</translation>
    </message>
    <message>
        <source>Tick once you have told the customer the car is ready; otherwise record the call later with &quot;Customer told&quot;</source>
        <translation>已通知客戶車輛完工時才勾選；否則稍後以「已通知客戶」記錄通知</translation>
    </message>
    <message>
        <source>Re&amp;work note:</source>
        <translation>返工說明(&amp;W)：</translation>
    </message>
    <message>
        <source>What the team must redo (the failed order items go back to their teams)</source>
        <translation>班組須重做的內容（不合格的工單項目退回原班組）</translation>
    </message>
    <message>
        <source>P&amp;ass QC</source>
        <translation>總檢合格(&amp;A)</translation>
    </message>
    <message>
        <source>Fail → r&amp;ework</source>
        <translation>不合格 → 返工(&amp;E)</translation>
    </message>
    <message>
        <source>Rew&amp;ork done</source>
        <translation>返工完成(&amp;O)</translation>
    </message>
    <message>
        <source>Customer &amp;told</source>
        <translation>登記已通知客戶(&amp;T)</translation>
    </message>
    <message>
        <source>Print QC &amp;sheet…</source>
        <translation>列印竣工檢驗單(&amp;S)…</translation>
    </message>
    <message>
        <source>Print &amp;certificate…</source>
        <translation>列印合格證(&amp;C)…</translation>
    </message>
    <message>
        <source>Rework done: the car waits for a new inspection.</source>
        <translation>返工完成：車輛等候重新檢驗。</translation>
    </message>
    <message>
        <source>The time the customer was told is recorded.</source>
        <translation>已登記通知客戶的時間。</translation>
    </message>
    <message>
        <source>The promised time has passed</source>
        <translation>已過約定交車時間</translation>
    </message>
    <message>
        <source>Order items done</source>
        <translation>工單項目已完成</translation>
    </message>
    <message>
        <source>Finished %1</source>
        <translation>完工 %1</translation>
    </message>
    <message>
        <source>(not finished)</source>
        <translation>（未完工）</translation>
    </message>
    <message>
        <source>problem: %1 — done: %2</source>
        <translation>問題：%1——處理：%2</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Checked %1 (%2): %3</source>
        <translation>過程檢驗 %1（%2）：%3</translation>
    </message>
    <message>
        <source>Safety item</source>
        <translation>安全項目</translation>
    </message>
    <message>
        <source>Everything passed: the car is ready; tell the customer</source>
        <translation>全部合格：車輛已完工，請通知客戶</translation>
    </message>
    <message>
        <source>Send the failed order items back to their teams as rework</source>
        <translation>將不合格的工單項目退回原班組返工</translation>
    </message>
    <message>
        <source>The reworked lines are finished: the car comes back for a new inspection</source>
        <translation>返工項目已完工：車輛回來重新檢驗</translation>
    </message>
    <message>
        <source>Record that the customer was told the car is ready</source>
        <translation>登記已通知客戶車輛完工</translation>
    </message>
    <message>
        <source>Preview the 竣工檢驗單 and print it or save it as PDF</source>
        <translation>預覽竣工檢驗單，並列印或存為 PDF</translation>
    </message>
    <message>
        <source>The completion certificate is issued when a car of this repair class passes QC</source>
        <translation>此維修類別的車輛通過總檢時簽發竣工出廠合格證</translation>
    </message>
    <message>
        <source>This repair class needs no completion certificate</source>
        <translation>此維修類別不需要竣工出廠合格證</translation>
    </message>
    <message>
        <source>Preview the 竣工出廠合格證 and print it or save it as PDF</source>
        <translation>預覽竣工出廠合格證，並列印或存為 PDF</translation>
    </message>
    <message>
        <source>Inspection %1 · %2 of %3 checks answered</source>
        <translation>第 %1 次檢驗 · 已填 %2／%3 項</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>不合格：%1</translation>
    </message>
    <message>
        <source>Ready to pass</source>
        <translation>可判定合格</translation>
    </message>
    <message>
        <source>Record how the picked new damage was resolved</source>
        <translation>登記所選新損傷的處理方式</translation>
    </message>
    <message>
        <source>Pick a mark found at QC that is not resolved yet</source>
        <translation>請選擇總檢時發現、尚未處理的標記</translation>
    </message>
    <message>
        <source>Not finished:</source>
        <translation>未完工：</translation>
    </message>
    <message>
        <source>Every repair line finished</source>
        <translation>所有維修項目已完工</translation>
    </message>
    <message>
        <source>Parts not reconciled:</source>
        <translation>用料未核對一致：</translation>
    </message>
    <message>
        <source>Parts reconciled</source>
        <translation>用料已核對一致</translation>
    </message>
    <message>
        <source>New damage to resolve:</source>
        <translation>待處理的新損傷：</translation>
    </message>
    <message>
        <source>No new damage open</source>
        <translation>沒有待處理的新損傷</translation>
    </message>
    <message>
        <source>Checks during the repair: %1 OK, %2 problem(s).</source>
        <translation>維修過程檢查：%1 項正常，%2 項有問題。</translation>
    </message>
    <message>
        <source>%1 %2: %3 — done: %4</source>
        <translation>%1 %2：%3——處理：%4</translation>
    </message>
    <message>
        <source>Inspection %1 passed (%2).</source>
        <translation>第 %1 次檢驗合格（%2）。</translation>
    </message>
    <message>
        <source>Certificate %1.</source>
        <translation>合格證 %1。</translation>
    </message>
    <message>
        <source>Inspection %1 failed (%2): sent back %3</source>
        <translation>第 %1 次檢驗不合格（%2）：退回 %3</translation>
    </message>
    <message>
        <source>Customer told at %1.</source>
        <translation>已於 %1 通知客戶。</translation>
    </message>
    <message>
        <source>This repair class needs a completion certificate: it is issued with the pass.</source>
        <translation>此維修類別需要竣工出廠合格證：總檢合格時一併簽發。</translation>
    </message>
    <message>
        <source>Passed: the car is ready.</source>
        <translation>合格：車輛已完工。</translation>
    </message>
    <message>
        <source>Completion certificate %1 issued.</source>
        <translation>已簽發竣工出廠合格證 %1。</translation>
    </message>
    <message>
        <source>Press &quot;Customer told&quot; once you have reached the customer.</source>
        <translation>聯繫上客戶後，請按「登記已通知客戶」。</translation>
    </message>
    <message>
        <source>Failed: sent back for rework — %1</source>
        <translation>不合格：退回返工——%1</translation>
    </message>
    <message>
        <source>QC sheet %1</source>
        <translation>竣工檢驗單 %1</translation>
    </message>
    <message>
        <source>Completion certificate %1</source>
        <translation>竣工出廠合格證 %1</translation>
    </message>
</context>
<context>
    <name>ReceivablesDialog</name>
    <message>
        <source>Receivables: makers and insurers</source>
        <translation>應收帳款：廠家及保險公司</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>欠款方</translation>
    </message>
    <message>
        <source>Pays for</source>
        <translation>結算方式</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>工單數</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未收</translation>
    </message>
    <message>
        <source>Open by debtor and age (days since settlement)</source>
        <translation>未收金額（依欠款方及帳齡：結算後天數）</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>工單號</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>車牌號</translation>
    </message>
    <message>
        <source>Loss assessment no.</source>
        <translation>定損單號</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>結算日期</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天數</translation>
    </message>
    <message>
        <source>Receivable</source>
        <translation>應收帳款</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>已回款</translation>
    </message>
    <message>
        <source>Record money received</source>
        <translation>登記回款</translation>
    </message>
    <message>
        <source>Choose a receivable above.</source>
        <translation>請在上方選擇一筆應收帳款。</translation>
    </message>
    <message>
        <source>the transfer&apos;s number</source>
        <translation>轉帳單號</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>記錄(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Amount (¥):</source>
        <translation>金額（¥）(&amp;A)：</translation>
    </message>
    <message>
        <source>Arrived &amp;on:</source>
        <translation>到帳日期(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>方式(&amp;M)：</translation>
    </message>
    <message>
        <source>Re&amp;ference:</source>
        <translation>參考號(&amp;F)：</translation>
    </message>
    <message>
        <source>Collected so far:</source>
        <translation>已收回款項：</translation>
    </message>
    <message>
        <source>why the chosen collection is voided</source>
        <translation>作廢所選回款的原因</translation>
    </message>
    <message>
        <source>Vo&amp;id collection</source>
        <translation>作廢回款(&amp;I)</translation>
    </message>
    <message>
        <source>A collection entered by mistake is reversed (never deleted): the amount is owed again</source>
        <translation>誤登的回款以沖銷更正（不會刪除）：該金額恢復為未收</translation>
    </message>
    <message>
        <source>Show paid ones &amp;too</source>
        <translation>一併顯示已付清的(&amp;T)</translation>
    </message>
    <message>
        <source>List the receivables paid in full as well (to void a collection entered by mistake)</source>
        <translation>一併列出已全額收回的應收帳款（用於作廢誤登的回款）</translation>
    </message>
    <message>
        <source>(insurer not recorded)</source>
        <translation>（未登記保險公司）</translation>
    </message>
    <message>
        <source>(make not recorded)</source>
        <translation>（未登記廠牌）</translation>
    </message>
    <message>
        <source>Reading the receivables…</source>
        <translation>正在讀取應收帳款…</translation>
    </message>
    <message>
        <source>The receivables could not be read; close this window and open it again.</source>
        <translation>無法讀取應收帳款，請關閉此視窗後再開啟一次。</translation>
    </message>
    <message>
        <source>Open in all: %1 (orders: %2)</source>
        <translation>未收合計：%1（工單 %2 張）</translation>
    </message>
    <message>
        <source>%1 owes %2 on %3 (settled %4).</source>
        <translation>%1 尚欠工單 %3 的 %2（%4 結算）。</translation>
    </message>
    <message>
        <source>(voided)</source>
        <translation>（已作廢）</translation>
    </message>
    <message>
        <source>(voids an earlier one: %1)</source>
        <translation>（沖銷先前一筆：%1）</translation>
    </message>
    <message>
        <source>Recorded. %1 is still open on %2.</source>
        <translation>已登記。工單 %2 尚有 %1 未收。</translation>
    </message>
    <message>
        <source>Recorded. %1 is paid in full.</source>
        <translation>已記錄。%1 已全數付清。</translation>
    </message>
    <message>
        <source>Choose the collection to void (one not voided yet).</source>
        <translation>請選擇要作廢的回款（尚未作廢者）。</translation>
    </message>
    <message>
        <source>Collection voided: the amount is owed again.</source>
        <translation>回款已作廢：該金額恢復為未收。</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <source>Receive a delivery</source>
        <translation>進貨入庫</translation>
    </message>
    <message>
        <source>delivery note number, remarks</source>
        <translation>送貨單號、備註</translation>
    </message>
    <message>
        <source>Type a code, a name or its pinyin initials to add a part</source>
        <translation>輸入代碼、名稱或拼音首字母以加入配件</translation>
    </message>
    <message>
        <source>&amp;Supplier:</source>
        <translation>供應商(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>備註(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Add part:</source>
        <translation>加入配件(&amp;A)：</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代碼</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>單位成本</translation>
    </message>
    <message>
        <source>Re&amp;move line</source>
        <translation>移除此列(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Book into stock</source>
        <translation>入庫(&amp;B)</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>RecommendationsPanel</name>
    <message>
        <source>Noted</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <source>Recommended for later</source>
        <translation>建議日後進行</translation>
    </message>
    <message>
        <source>On order</source>
        <translation>工單號</translation>
    </message>
    <message>
        <source>&amp;Use on this estimate</source>
        <translation>加入此估價(&amp;U)</translation>
    </message>
    <message>
        <source>Turn the chosen recommendation into a line of this estimate (the catalog price when it names a job or part)</source>
        <translation>將選取的建議項目加入此估價（如對應目錄中的作業或配件，則以目錄價計）</translation>
    </message>
    <message>
        <source>D&amp;ismiss…</source>
        <translation>撤銷(&amp;I)…</translation>
    </message>
    <message>
        <source>Close the chosen recommendation with the reason (done elsewhere, no longer needed …)</source>
        <translation>註明原因撤銷所選建議項目（已在別處處理、不再需要…）</translation>
    </message>
    <message>
        <source>Put off on earlier visits (%1)</source>
        <translation>以往來店延後的項目（%1）</translation>
    </message>
    <message>
        <source>Dismiss a recommendation</source>
        <translation>撤銷建議項目</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;Why is it no longer recommended?</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;為什麼不再建議此項目？</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>取消建議(&amp;D)</translation>
    </message>
    <message>
        <source>Dismissed: %1</source>
        <translation>已撤銷：%1</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <source>Reports</source>
        <translation>報表</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>The month whose figures are shown (Alt+M)</source>
        <translation>要顯示數據的月份（Alt+M）</translation>
    </message>
    <message>
        <source>&amp;Export month-end workbook…</source>
        <translation>匯出月結活頁簿(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the chosen month&apos;s Excel workbook: KPIs with their definitions, orders, labour, parts, payments, open deposits, follow-ups and comebacks</source>
        <translation>匯出所選月份的 Excel 活頁簿：關鍵指標及其定義、工單、工時、配件、收款、未結押金、回訪及返修</translation>
    </message>
    <message>
        <source>E&amp;lectronic health record…</source>
        <translation>電子健康檔案(&amp;L)…</translation>
    </message>
    <message>
        <source>The chosen month&apos;s settled orders for the provincial platform (電子健康檔案): which records are ready, what holds the others back, export as JSON or CSV, and the upload queue</source>
        <translation>所選月份已結算的工單在省級平台（電子健康檔案）的資料：哪些記錄已就緒、其餘被哪些問題卡住、匯出為 JSON 或 CSV，以及上傳佇列</translation>
    </message>
    <message>
        <source>Choose a figure to see its 12-month trend and the orders behind it.</source>
        <translation>選擇一項指標，即可查看其 12 個月趨勢及相關工單。</translation>
    </message>
    <message>
        <source>Click a month to show its figures</source>
        <translation>點選月份即可顯示其數據</translation>
    </message>
    <message>
        <source>Double-click an order (or press Enter) to open it in the tab of its stage</source>
        <translation>按兩下工單（或按 Enter）即可在其階段的分頁中開啟</translation>
    </message>
    <message>
        <source>Double-click an order, or press Enter, to open it.</source>
        <translation>按兩下工單或按 Enter 即可開啟。</translation>
    </message>
    <message>
        <source>Export month-end workbook</source>
        <translation>匯出月結活頁簿</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>正在讀取數據…</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>First-time fix rate</source>
        <translation>一次修復率</translation>
    </message>
    <message>
        <source>%1 of %2 deliveries</source>
        <translation>交車 %2 單中 %1 單</translation>
    </message>
    <message>
        <source>On time (promise in force)</source>
        <translation>準時交車（現行約定）</translation>
    </message>
    <message>
        <source>On time (original promise)</source>
        <translation>準時交車（原始約定）</translation>
    </message>
    <message>
        <source>Followed up within 2 days</source>
        <translation>兩天內回訪</translation>
    </message>
    <message>
        <source>Comeback rate</source>
        <translation>返修率</translation>
    </message>
    <message>
        <source>%1 of %2 deliveries came back</source>
        <translation>交車 %2 單中 %1 單返修</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小時</translation>
    </message>
    <message>
        <source>Average time in the shop</source>
        <translation>平均在廠時間</translation>
    </message>
    <message>
        <source>%1 of %2 orders ready</source>
        <translation>完工 %2 單中 %1 單</translation>
    </message>
    <message>
        <source>received to handover, %1 orders</source>
        <translation>從接車到交車，共 %1 單</translation>
    </message>
    <message>
        <source>Orders delivered</source>
        <translation>交車單數</translation>
    </message>
    <message>
        <source>%1 different vehicles</source>
        <translation>%1 輛不同車輛</translation>
    </message>
    <message>
        <source>Revenue (orders settled)</source>
        <translation>營業額（已結算工單）</translation>
    </message>
    <message>
        <source>Labour %1 · Parts %2</source>
        <translation>工時費 %1 · 材料費 %2</translation>
    </message>
    <message>
        <source>Outside work %1</source>
        <translation>外加工費 %1</translation>
    </message>
    <message>
        <source>Revenue by payer</source>
        <translation>按結算方式的營業額</translation>
    </message>
    <message>
        <source>Open deposits</source>
        <translation>未結押金</translation>
    </message>
    <message>
        <source>%1 held</source>
        <translation>押金 %1</translation>
    </message>
    <message>
        <source>Promise in force</source>
        <translation>現行約定</translation>
    </message>
    <message>
        <source>Original promise</source>
        <translation>原始約定</translation>
    </message>
    <message>
        <source>On-time delivery, last 12 months</source>
        <translation>準時交車率（近 12 個月）</translation>
    </message>
    <message>
        <source>%1, last 12 months</source>
        <translation>%1（近 12 個月）</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>小時</translation>
    </message>
    <message>
        <source>Deposits held at each month&apos;s end</source>
        <translation>每月底持有的押金</translation>
    </message>
    <message>
        <source>Deposits held</source>
        <translation>持有押金</translation>
    </message>
    <message>
        <source>Revenue, last 12 months</source>
        <translation>營業額（近 12 個月）</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>工時費</translation>
    </message>
    <message>
        <source>Parts, less discounts</source>
        <translation>材料費（扣除折扣）</translation>
    </message>
    <message>
        <source>Revenue by payer, last 12 months</source>
        <translation>按結算方式的營業額（近 12 個月）</translation>
    </message>
    <message>
        <source>Reading the orders…</source>
        <translation>正在讀取工單…</translation>
    </message>
    <message>
        <source>%1 — %2 of %3 orders counted (ticked)</source>
        <translation>%1——%3 張工單中計入 %2 張（已勾選）</translation>
    </message>
    <message>
        <source>%1 — %2 orders</source>
        <translation>%1——%2 張工單</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>工單號</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>車牌號</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接車時間</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>完工時間</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>約定交車</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>交車時間</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>總計</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>計入</translation>
    </message>
    <message>
        <source>month-end-%1.xlsx</source>
        <translation>月結-%1.xlsx</translation>
    </message>
    <message>
        <source>Writing the month-end workbook…</source>
        <translation>正在寫入月結活頁簿…</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>the program writing it stopped unexpectedly</source>
        <translation>寫入活頁簿的程式意外結束</translation>
    </message>
    <message>
        <source>Saved the workbook of %1 to %2.</source>
        <translation>%1 的活頁簿已儲存至 %2。</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>, </source>
        <comment>between two role names</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a person and their roles</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>SanbaoCompensationDialog</name>
    <message>
        <source>三包 compensation %1</source>
        <translation>三包補償 %1</translation>
    </message>
    <message>
        <source>This 三包 repair is on its day %1. From day six (%2) the owner is owed a loaner car or transport compensation.</source>
        <translation>此三包維修已進行到第 %1 天。自第六天（%2）起，應向車主提供備用車或交通費用補償。</translation>
    </message>
    <message>
        <source>&amp;Loaner car (備用車)</source>
        <translation>備用車(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Transport compensation (交通費用補償)</source>
        <translation>交通費用補償(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Amount paid (¥):</source>
        <translation>支付金額（¥）(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>記錄(&amp;R)</translation>
    </message>
    <message>
        <source>a loaner car: %1</source>
        <translation>備用車：%1</translation>
    </message>
    <message>
        <source>transport compensation of %1</source>
        <translation>交通費用補償 %1</translation>
    </message>
    <message>
        <source>Recorded %1 by %2: %3</source>
        <translation>%1 由 %2 登記：%3</translation>
    </message>
    <message>
        <source>&amp;Which car:</source>
        <translation>借出車輛(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;How reckoned:</source>
        <translation>計算方式(&amp;H)：</translation>
    </message>
    <message>
        <source>plate and model of the loaner</source>
        <translation>備用車的車牌號及車型</translation>
    </message>
    <message>
        <source>e.g. 2 days × ¥50 taxi</source>
        <translation>例如：2 天 × ¥50 計程車費</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <source>Backup folder</source>
        <translation>備份資料夾</translation>
    </message>
    <message>
        <source>The window&apos;s language</source>
        <translation>視窗語言</translation>
    </message>
    <message>
        <source>Merge records on file twice…</source>
        <translation>合併重複登記的記錄…</translation>
    </message>
    <message>
        <source>Cars and customers typed once in Traditional and once in Simplified characters</source>
        <translation>以繁體、簡體各登記一次的車輛及客戶</translation>
    </message>
    <message>
        <source>Commission rules…</source>
        <translation>提成規則…</translation>
    </message>
    <message>
        <source>What the mechanics earn on the lines they work</source>
        <translation>維修工在所做項目上的提成</translation>
    </message>
    <message>
        <source>&amp;Insurers…</source>
        <translation>保險公司(&amp;I)…</translation>
    </message>
    <message>
        <source>The insurers that pay accident repairs (索賠): name, contact, phone</source>
        <translation>支付事故維修（索賠）的保險公司：名稱、聯絡人、電話</translation>
    </message>
    <message>
        <source>&amp;Package cards…</source>
        <translation>套餐卡(&amp;P)…</translation>
    </message>
    <message>
        <source>What the garage sells as package cards: services, uses, price, days valid</source>
        <translation>本店銷售的套餐卡：服務項目、次數、價格、有效天數</translation>
    </message>
    <message>
        <source>Member &amp;grades…</source>
        <translation>會員等級(&amp;G)…</translation>
    </message>
    <message>
        <source>Member grades and their discounts on labour and parts; a customer&apos;s grade</source>
        <translation>會員等級及其工時、配件折扣；設定客戶的等級</translation>
    </message>
    <message>
        <source>Vehicles filed under this class</source>
        <translation>歸入此類別的車輛</translation>
    </message>
    <message>
        <source>Remove model class</source>
        <translation>移除車型類別</translation>
    </message>
    <message>
        <source>Remove the model class &quot;%1&quot;?</source>
        <translation>要移除車型類別「%1」嗎？</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No (left)</source>
        <translation>否（已離職）</translation>
    </message>
    <message>
        <source>Merge records on file twice (%1)…</source>
        <translation>合併重複登記的記錄（%1）…</translation>
    </message>
    <message>
        <source>What a customer giving up a stored-value card is paid back</source>
        <translation>客戶退還儲值卡時的退款方式</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 個月</translation>
    </message>
    <message>
        <source>A card with money on it and no movement this long is listed as dormant for the owner</source>
        <translation>卡內仍有餘額、且無異動達此期間的會員卡，會列為沉睡卡供店主查看</translation>
    </message>
    <message>
        <source>Recharge &amp;bonus rules…</source>
        <translation>加值贈送規則(&amp;B)…</translation>
    </message>
    <message>
        <source>充1000送100: what a recharge gets on top</source>
        <translation>加值 1000 送 100：加值時額外贈送的金額</translation>
    </message>
    <message>
        <source>Card refunds:</source>
        <translation>會員卡退款：</translation>
    </message>
    <message>
        <source>Card dormant after:</source>
        <translation>會員卡沉睡期限：</translation>
    </message>
    <message>
        <source>Only the owner changes settings</source>
        <translation>只有店主可以修改設定</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Only the owner changes settings. To make changes, switch to the owner with the operator button in the status bar (Ctrl+Shift+O).</source>
        <translation>只有店主可以修改設定。如需修改，請用狀態列的操作員按鈕切換為店主（Ctrl+Shift+O）。</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Garage profile</source>
        <translation>本店資料</translation>
    </message>
    <message>
        <source>Garage &amp;name:</source>
        <translation>店名(&amp;N)：</translation>
    </message>
    <message>
        <source>Printed at the top of the work order and the settlement list</source>
        <translation>印在維修工單及結算清單的頂端</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>地址(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>電話(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Licence no.:</source>
        <translation>許可證號(&amp;L)：</translation>
    </message>
    <message>
        <source>Number of the road transport operating licence for vehicle repair, printed on the settlement list</source>
        <translation>機動車維修的道路運輸經營許可證號，印在結算清單上</translation>
    </message>
    <message>
        <source>Ta&amp;x ID:</source>
        <translation>稅號(&amp;X)：</translation>
    </message>
    <message>
        <source>Unified social credit code, printed on invoices and the settlement list</source>
        <translation>統一社會信用代碼，印在發票及結算清單上</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>計價</translation>
    </message>
    <message>
        <source>Labour charge = standard hours × hourly rate × complexity coefficient of the car&apos;s model class</source>
        <translation>工時費 = 工時定額 × 工時單價 × 該車型類別的技術複雜係數</translation>
    </message>
    <message>
        <source>One labour &amp;unit is:</source>
        <translation>一個工時單位(&amp;U)：</translation>
    </message>
    <message>
        <source>Hourly &amp;rate (yuan per hour):</source>
        <translation>工時單價（元／小時）(&amp;R)：</translation>
    </message>
    <message>
        <source>Paperwork in:</source>
        <translation>單據語言：</translation>
    </message>
    <message>
        <source>The language of the work orders, settlement lists, QC sheets and every other printout, and of the month-end workbook. The customers&apos; papers may be in Simplified Chinese while this PC&apos;s window reads Traditional.</source>
        <translation>維修工單、結算清單、總檢表及其他所有列印單據與月結活頁簿的語言。客戶的單據可用簡體中文，而這台電腦的視窗使用繁體。</translation>
    </message>
    <message>
        <source>&amp;Message templates…</source>
        <translation>訊息範本(&amp;M)…</translation>
    </message>
    <message>
        <source>The wording of the messages the advisors copy for WeChat or SMS (booking confirmed, car ready, delay, follow-up, service, inspection and insurance due), in the paperwork language</source>
        <translation>服務接待複製後以微信或簡訊傳送的訊息文字（預約確認、完工取車、延誤、回訪、保養、年檢及保險到期），使用單據語言</translation>
    </message>
    <message>
        <source>Some makers count 5 minutes as one labour unit: standard times are then typed in 5-minute units, while the rate stays per hour</source>
        <translation>部分廠家以 5 分鐘為一個工時單位：工時定額按 5 分鐘單位輸入，單價仍按每小時計</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 小時</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 分鐘</translation>
    </message>
    <message>
        <source>&amp;VAT rate (%):</source>
        <translation>增值稅率（%）(&amp;V)：</translation>
    </message>
    <message>
        <source>Value-added tax on repair services in percent, e.g. 13 (general taxpayer) or the reduced small-scale rate</source>
        <translation>維修服務的增值稅率（百分比），例如 13（一般納稅人）或小規模納稅人的優惠稅率</translation>
    </message>
    <message>
        <source>Prices &amp;include tax</source>
        <translation>價格含稅(&amp;I)</translation>
    </message>
    <message>
        <source>Checked: the prices quoted to customers already contain VAT</source>
        <translation>勾選：向客戶報的價格已含增值稅</translation>
    </message>
    <message>
        <source>Notif&amp;y the customer above (yuan):</source>
        <translation>通報金額（元）(&amp;Y)：</translation>
    </message>
    <message>
        <source>Default amount above which added work needs the customer&apos;s agreement by phone first; each order can change it</source>
        <translation>追加項目超過此預設金額時，須先電話徵得客戶同意；每張工單可另行修改</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>車間</translation>
    </message>
    <message>
        <source>&amp;Bays (cars per hour):</source>
        <translation>工位數（每小時車數）(&amp;B)：</translation>
    </message>
    <message>
        <source>How many cars the workshop can take in one hour: the appointment book compares bookings with it</source>
        <translation>車間每小時可接的車數：預約表以此對照預約數</translation>
    </message>
    <message>
        <source>Openin&amp;g time:</source>
        <translation>營業開始(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Closing time:</source>
        <translation>營業結束(&amp;C)：</translation>
    </message>
    <message>
        <source>Bac&amp;kup folder:</source>
        <translation>備份資料夾(&amp;K)：</translation>
    </message>
    <message>
        <source>empty: &quot;backups&quot; beside the database file</source>
        <translation>留空：使用資料庫檔案旁的「backups」資料夾</translation>
    </message>
    <message>
        <source>A USB drive or a network share keeps the backups safe when the PC fails</source>
        <translation>備份到隨身碟或網路共用資料夾，電腦故障時備份仍然安全</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>選擇資料夾</translation>
    </message>
    <message>
        <source>L&amp;ock when idle after:</source>
        <translation>閒置後鎖定(&amp;O)：</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <source>never</source>
        <translation>不鎖定</translation>
    </message>
    <message>
        <source>For an operator with a PIN: after this many minutes without keyboard or mouse input the window locks until the PIN is typed again (0: never)</source>
        <translation>適用於設有 PIN 的操作員：鍵盤與滑鼠閒置達此分鐘數後，視窗即鎖定，須再輸入 PIN 才能繼續（0：不鎖定）</translation>
    </message>
    <message>
        <source>三包 &amp;validity (有效期):</source>
        <translation>三包有效期(&amp;V)：</translation>
    </message>
    <message>
        <source>家用汽車三包: from the purchase date, whichever of time or km comes first; a maker may give more. A 三包 order on a car outside them is warned about at intake</source>
        <translation>家用汽車三包：自購車日期起算，時間或里程以先到者為準；廠商可給予更長期限。車輛已超出期限仍以三包開單時，接車時會提出警告</translation>
    </message>
    <message>
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message>
        <source>三包有效期: years from the purchase date (at least 2)</source>
        <translation>三包有效期：自購車日期起算的年數（至少 2 年）</translation>
    </message>
    <message>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <source>三包有效期: km (at least 50,000)</source>
        <translation>三包有效期：里程（至少 50,000 km）</translation>
    </message>
    <message>
        <source>三包 &amp;repair (包修期):</source>
        <translation>三包包修期(&amp;R)：</translation>
    </message>
    <message>
        <source>包修期: years from the purchase date (at least 3)</source>
        <translation>包修期：自購車日期起算的年數（至少 3 年）</translation>
    </message>
    <message>
        <source>包修期: km (at least 60,000)</source>
        <translation>包修期：里程（至少 60,000 km）</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>設定已儲存。</translation>
    </message>
    <message>
        <source>Rever&amp;t</source>
        <translation>還原(&amp;T)</translation>
    </message>
    <message>
        <source>Forget the changes typed above and show the saved settings again</source>
        <translation>放棄上面輸入的變更，重新顯示已儲存的設定</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the settings (Ctrl+S)</source>
        <translation>儲存設定（Ctrl+S）</translation>
    </message>
    <message>
        <source>This PC</source>
        <translation>這台電腦</translation>
    </message>
    <message>
        <source>Window language:</source>
        <translation>視窗語言：</translation>
    </message>
    <message>
        <source>The language of this PC&apos;s window, kept on this PC (each PC of the garage chooses its own)</source>
        <translation>這台電腦的視窗語言，保存在本機（廠內每台電腦各自選擇）</translation>
    </message>
    <message>
        <source>Applies at the next start of the program.</source>
        <translation>下次啟動程式時生效。</translation>
    </message>
    <message>
        <source>Model classes</source>
        <translation>車型類別</translation>
    </message>
    <message>
        <source>Labour charge = standard hours × hourly rate × the complexity coefficient of the car&apos;s model class. Edit a cell in place (F2 or double-click); each change is saved at once.</source>
        <translation>工時費 = 工時定額 × 工時單價 × 該車型類別的技術複雜係數。可直接編輯儲存格（F2 或按兩下），每次修改立即儲存。</translation>
    </message>
    <message>
        <source>Model class</source>
        <translation>車型類別</translation>
    </message>
    <message>
        <source>Complexity coefficient</source>
        <translation>技術複雜係數</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>車輛數</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>&amp;Add class</source>
        <translation>新增類別(&amp;A)</translation>
    </message>
    <message>
        <source>Add a model class and type its name</source>
        <translation>新增車型類別並輸入名稱</translation>
    </message>
    <message>
        <source>Edit cell (F2)</source>
        <translation>編輯儲存格（F2）</translation>
    </message>
    <message>
        <source>Edit the chosen cell (F2)</source>
        <translation>編輯選取的儲存格（F2）</translation>
    </message>
    <message>
        <source>Re&amp;move class</source>
        <translation>移除類別(&amp;M)</translation>
    </message>
    <message>
        <source>Delete the chosen model class (only while no vehicle uses it)</source>
        <translation>刪除選取的車型類別（僅限沒有車輛使用時）</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>操作員</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>職務</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班組</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在職</translation>
    </message>
    <message>
        <source>Ne&amp;w operator…</source>
        <translation>新增操作員(&amp;W)…</translation>
    </message>
    <message>
        <source>Add a person who works at this PC</source>
        <translation>新增使用這台電腦的人員</translation>
    </message>
    <message>
        <source>&amp;Edit operator…</source>
        <translation>編輯操作員(&amp;E)…</translation>
    </message>
    <message>
        <source>Change the chosen person&apos;s name, role, team or whether they still work here (or double-click the row)</source>
        <translation>修改選取人員的姓名、職務、班組或在職狀態（或按兩下該列）</translation>
    </message>
    <message>
        <source>Catalogs</source>
        <translation>目錄</translation>
    </message>
</context>
<context>
    <name>StockTab</name>
    <message>
        <source>Stock</source>
        <translation>庫存</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>搜尋(&amp;F)：</translation>
    </message>
    <message>
        <source>code, name, spec, supplier or bin</source>
        <translation>代碼、名稱、規格、供應商或貨位</translation>
    </message>
    <message>
        <source>&amp;Low stock only</source>
        <translation>只顯示庫存不足(&amp;L)</translation>
    </message>
    <message>
        <source>Parts whose stock, less what open orders still need, is below their minimum — by supplier, to reorder</source>
        <translation>庫存扣除未完工單仍需的數量後低於最低庫存的配件——按供應商列出，以便補貨</translation>
    </message>
    <message>
        <source>&amp;Receive a delivery…</source>
        <translation>進貨入庫(&amp;R)…</translation>
    </message>
    <message>
        <source>Book a supplier&apos;s delivery into stock (the cost becomes the moving average)</source>
        <translation>將供應商的到貨登記入庫（成本按移動平均計算）</translation>
    </message>
    <message>
        <source>Import a supplier &amp;price list…</source>
        <translation>匯入供應商價目表(&amp;P)…</translation>
    </message>
    <message>
        <source>Read a supplier&apos;s Excel price list, check it row by row, then update the costs</source>
        <translation>讀取供應商的 Excel 價目表，逐列核對後更新成本</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代碼</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>庫存</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>已預留</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>最低庫存</translation>
    </message>
    <message>
        <source>To order</source>
        <translation>需訂購</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>貨位</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供應商</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>盤點數</translation>
    </message>
    <message>
        <source>Stock count (盤點)</source>
        <translation>盤點</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) below their minimum</source>
        <translation>
            <numerusform>%n 種配件低於最低庫存</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 parts shown: type to narrow</source>
        <translation>顯示 %1／%2 種配件：輸入文字可縮小範圍</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s)</source>
        <translation>
            <numerusform>%n 種配件</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a part first.</source>
        <translation>請先選擇配件。</translation>
    </message>
    <message>
        <source>Book the change with its reason</source>
        <translation>連同原因登記此變動</translation>
    </message>
    <message>
        <source>Choose a part to see its movements.</source>
        <translation>選擇配件即可查看其庫存異動。</translation>
    </message>
    <message>
        <source>on hand %1, reserved %2, minimum %3</source>
        <translation>庫存 %1，已預留 %2，最低庫存 %3</translation>
    </message>
    <message>
        <source>Stock of %1 adjusted.</source>
        <translation>已調整 %1 的庫存。</translation>
    </message>
    <message>
        <source>Delivery booked into stock.</source>
        <translation>到貨已入庫。</translation>
    </message>
    <message>
        <source>Start &amp;counting</source>
        <translation>開始盤點(&amp;C)</translation>
    </message>
    <message>
        <source>Stop counting</source>
        <translation>停止盤點</translation>
    </message>
    <message>
        <source>Book every difference between counted and on hand</source>
        <translation>將盤點數與庫存的所有差異入帳</translation>
    </message>
    <message>
        <source>Start counting first.</source>
        <translation>請先開始盤點。</translation>
    </message>
    <message>
        <source>%1 part(s) counted, %2 difference(s) booked.</source>
        <translation>已盤點 %1 種配件，%2 項差異已入帳。</translation>
    </message>
    <message>
        <source>Type the counted quantity of each part in the Counted column; the differences are booked with the reason</source>
        <translation>在「盤點數」欄輸入每種配件的盤點數量；差異會連同原因一併入帳</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>原因(&amp;E)：</translation>
    </message>
    <message>
        <source>e.g. month-end count</source>
        <translation>例如：月底盤點</translation>
    </message>
    <message>
        <source>&amp;Book the differences</source>
        <translation>差異入帳(&amp;B)</translation>
    </message>
    <message>
        <source>Movements (newest first)</source>
        <translation>庫存異動（最新的在前）</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>What</source>
        <translation>異動</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>結存</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>工單號</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Adjust the stock of this part</source>
        <translation>調整此配件的庫存</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>調整量(&amp;B)：</translation>
    </message>
    <message>
        <source>+2 or -1</source>
        <translation>+2 或 -1</translation>
    </message>
    <message>
        <source>How much comes into stock (+) or goes out of it (−)</source>
        <translation>入庫數量（+）或出庫數量（−）</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>原因(&amp;S)：</translation>
    </message>
    <message>
        <source>broken, found, wrong booking…</source>
        <translation>損壞、找到、記錯帳…</translation>
    </message>
    <message>
        <source>&amp;Adjust</source>
        <translation>調整(&amp;A)</translation>
    </message>
</context>
<context>
    <name>VehicleDatesDialog</name>
    <message>
        <source>Reminder dates</source>
        <translation>提醒日期</translation>
    </message>
    <message>
        <source>The day the next service is due; — for none</source>
        <translation>下次保養日期；沒有時保留「—」</translation>
    </message>
    <message>
        <source>e.g. 50,000</source>
        <translation>例如 50,000</translation>
    </message>
    <message>
        <source>The mileage the next service is due at; empty for none. Due on the date or at the km, whichever comes first.</source>
        <translation>下次保養的里程；空白表示不設定。日期或里程以先到者為準。</translation>
    </message>
    <message>
        <source>The day the compulsory insurance (交強險) expires; — when not known</source>
        <translation>交強險到期日；不詳時保留「—」</translation>
    </message>
    <message>
        <source>The day the annual inspection (年檢) is due; — when not known</source>
        <translation>年檢到期日；不詳時為「—」</translation>
    </message>
    <message>
        <source>Next service &amp;on:</source>
        <translation>下次保養日期(&amp;O)：</translation>
    </message>
    <message>
        <source>Next service at &amp;km:</source>
        <translation>下次保養里程（km）(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Insurance expires:</source>
        <translation>保險到期(&amp;I)：</translation>
    </message>
    <message>
        <source>Annual i&amp;nspection:</source>
        <translation>年檢(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>No mileage on file yet.</source>
        <translation>尚無里程記錄。</translation>
    </message>
    <message>
        <source>%1 km a day from its %2 readings</source>
        <translation>依 %2 次里程記錄，每天 %1 km</translation>
    </message>
    <message>
        <source>%1 km a day, as for any car seen once</source>
        <translation>每天 %1 km，只有一次里程記錄的車輛均按此估算</translation>
    </message>
    <message>
        <source>Last recorded %1 km; expected today about %2 km (%3)</source>
        <translation>上次記錄 %1 km；預估今天約 %2 km（%3）</translation>
    </message>
    <message>
        <source>The next service falls due on %1.</source>
        <translation>下次保養到期日為 %1。</translation>
    </message>
</context>
<context>
    <name>VehicleFixDialog</name>
    <message>
        <source>Correct the vehicle</source>
        <translation>修正車輛資料</translation>
    </message>
    <message>
        <source>The platform needs the car&apos;s VIN (17 characters, on the registration certificate 行駛證 and at the windscreen&apos;s foot) and its plate. The car on file is corrected: every order of it shows them.</source>
        <translation>平台需要此車的車架號(VIN)（17 個字元，見行駛證及擋風玻璃下緣）及車牌號。修正的是登記的車輛資料：此車的每張工單都會顯示修正後的內容。</translation>
    </message>
    <message>
        <source>&amp;Plate:</source>
        <translation>車牌號(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;VIN:</source>
        <translation>車架號(&amp;V)：</translation>
    </message>
</context>
<context>
    <name>VehicleHistoryDialog</name>
    <message>
        <source>Vehicle history</source>
        <translation>車輛維修記錄</translation>
    </message>
    <message>
        <source>Visits, newest first</source>
        <translation>來店記錄（最新的在前）</translation>
    </message>
    <message>
        <source>Open a visit to see its items, comebacks and follow-up calls</source>
        <translation>展開一次來店即可查看其項目、返修及回訪記錄</translation>
    </message>
    <message>
        <source>Order / item</source>
        <translation>工單／項目</translation>
    </message>
    <message>
        <source>In</source>
        <translation>進廠</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>出廠</translation>
    </message>
    <message>
        <source>Mileage</source>
        <translation>里程</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>質量保證期</translation>
    </message>
    <message>
        <source>Recommended work not yet done</source>
        <translation>尚未進行的建議項目</translation>
    </message>
    <message>
        <source>Work the customer declined or postponed, to raise at the next visit</source>
        <translation>客戶拒絕或延後的項目，下次來店時提出</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>建議日期</translation>
    </message>
    <message>
        <source>Recommended work</source>
        <translation>建議項目</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>工單號</translation>
    </message>
    <message>
        <source>&amp;Print repair record…</source>
        <translation>列印維修檔案(&amp;P)…</translation>
    </message>
    <message>
        <source>The owner&apos;s repair record (維修檔案): every repair, its warranty and follow-up, the work still recommended</source>
        <translation>車主維修檔案：每次維修、其質量保證期及回訪，以及尚待處理的建議項目</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Vehicle history %1</source>
        <translation>車輛維修記錄 %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>By</source>
        <translation>經手人</translation>
    </message>
    <message>
        <source>About</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Message or outcome</source>
        <translation>訊息或結果</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>訊息</translation>
    </message>
    <message>
        <source>Calls and messages (%1)</source>
        <translation>電話與訊息（%1）</translation>
    </message>
    <message>
        <source>last recorded %1 km</source>
        <translation>上次記錄 %1 km</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>車主：%1</translation>
    </message>
    <message>
        <source>%1 repairs on record, %2 still under warranty</source>
        <translation>共 %1 次維修記錄，其中 %2 次仍在質量保證期內</translation>
    </message>
    <message>
        <source>Recommended work not yet done (%1)</source>
        <translation>尚未進行的建議項目（%1）</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未開始</translation>
    </message>
    <message>
        <source>within, until %1</source>
        <translation>保證期內，至 %1</translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation>已於 %1 到期</translation>
    </message>
    <message>
        <source>Complaint: %1</source>
        <translation>故障現象：%1</translation>
    </message>
    <message>
        <source>Diagnosis: %1</source>
        <translation>檢測診斷：%1</translation>
    </message>
    <message>
        <source>Comeback of %1</source>
        <translation>%1 的返修</translation>
    </message>
    <message>
        <source>repaired free of charge</source>
        <translation>免費返修</translation>
    </message>
    <message>
        <source>Came back under warranty: %1</source>
        <translation>保證期內返修：%1</translation>
    </message>
    <message>
        <source>(added)</source>
        <translation>（追加）</translation>
    </message>
    <message>
        <source>Labour: %1, %2 h</source>
        <translation>工時：%1，%2 小時</translation>
    </message>
    <message>
        <source>Part: %1 × %2</source>
        <translation>配件：%1 × %2</translation>
    </message>
    <message>
        <source>customer-supplied</source>
        <translation>客戶自備</translation>
    </message>
    <message>
        <source>problem: %1 — done: %2</source>
        <translation>問題：%1——處理：%2</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Check during the repair %1 (%2), %3: %4</source>
        <translation>過程檢驗 %1（%2），%3：%4</translation>
    </message>
    <message>
        <source>Delay announced %1 to %2: %3; new time %4</source>
        <translation>%1 已向 %2 通知延誤：%3；新時間 %4</translation>
    </message>
    <message>
        <source>(after the promised time had passed)</source>
        <translation>（約定交車時間已過才通知）</translation>
    </message>
    <message>
        <source>Call %1 (%2): reached, satisfaction %3/5</source>
        <translation>回訪 %1（%2）：已聯繫上，滿意度 %3/5</translation>
    </message>
    <message>
        <source>Call %1 (%2): not reached</source>
        <translation>回訪 %1（%2）：未聯繫上</translation>
    </message>
    <message>
        <source>complaint: %1</source>
        <translation>投訴：%1</translation>
    </message>
    <message>
        <source>resolved: %1</source>
        <translation>已處理：%1</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>尚未結案</translation>
    </message>
    <message>
        <source>Repair record %1</source>
        <translation>維修檔案 %1</translation>
    </message>
</context>
<context>
    <name>WorkTicketTab</name>
    <message>
        <source>Not dispatched</source>
        <translation>未派工</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>已派工</translation>
    </message>
    <message>
        <source>In work</source>
        <translation>施工中</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完工</translation>
    </message>
    <message>
        <source>Waiting for the customer</source>
        <translation>等候客戶答覆</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>客戶拒絕</translation>
    </message>
    <message>
        <source>%1 of %2 lines finished, %3 started, %4 dispatched</source>
        <translation>共 %2 項：已完工 %1、已開工 %3、已派工 %4</translation>
    </message>
    <message numerus="yes">
        <source>%n added item(s) waiting for the customer</source>
        <translation>
            <numerusform>%n 項追加項目等候客戶答覆</numerusform>
        </translation>
    </message>
    <message>
        <source>The promised time has passed</source>
        <translation>已過約定交車時間</translation>
    </message>
    <message>
        <source>Promised: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>約定交車：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>(originally %1)</source>
        <translation>（原定 %1）</translation>
    </message>
    <message>
        <source>late</source>
        <translation>逾時</translation>
    </message>
    <message>
        <source>Finish all → final &amp;QC</source>
        <translation>全部完工 → 完工總檢(&amp;Q)</translation>
    </message>
    <message>
        <source>Finish the lines still in work at the time on the left (%1) and hand the car to the inspector</source>
        <translation>以左側的時間（%1）將仍在作業的項目全部完工，並將車輛交給檢驗員</translation>
    </message>
    <message>
        <source>Every line is finished: hand the car to the inspector</source>
        <translation>所有項目已完工：請將車輛交給檢驗員</translation>
    </message>
    <message>
        <source>The order has no repair lines.</source>
        <translation>此工單沒有維修項目。</translation>
    </message>
    <message>
        <source>Preview the 派工單 (one per team) and print it or save it as PDF</source>
        <translation>預覽派工單（每個班組一張），並列印或存為 PDF</translation>
    </message>
    <message>
        <source>added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Added, approved</source>
        <translation>追加，客戶已同意</translation>
    </message>
    <message>
        <source>(the whole team)</source>
        <translation>（整個班組）</translation>
    </message>
    <message>
        <source>Choose a line first.</source>
        <translation>請先選擇一個項目。</translation>
    </message>
    <message>
        <source>Give the chosen line to several mechanics, with each one&apos;s share of the commission and hours</source>
        <translation>將所選項目分給多位維修工，並設定各自的提成及工時分配比例</translation>
    </message>
    <message>
        <source>Give the chosen line to the team (and mechanic)</source>
        <translation>將選取的項目派給班組（及維修工）</translation>
    </message>
    <message>
        <source>The mechanic started this line at the time on the left</source>
        <translation>維修工於左側的時間開工</translation>
    </message>
    <message>
        <source>The mechanic finished this line at the time on the left</source>
        <translation>維修工於左側的時間完工</translation>
    </message>
    <message>
        <source>The inspector&apos;s check on the chosen line while it is being worked (質量跟蹤): OK, or a problem and what was done about it</source>
        <translation>檢驗員在所選項目施工期間的檢驗（質量跟蹤）：合格，或發現的問題及處理方式</translation>
    </message>
    <message>
        <source>problem: %1 — done: %2</source>
        <translation>問題：%1——處理：%2</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Quality checks:</source>
        <translation>過程檢驗：</translation>
    </message>
    <message>
        <source>Check on line %1 recorded: OK.</source>
        <translation>第 %1 項的檢查已登記：正常。</translation>
    </message>
    <message>
        <source>Problem on line %1 recorded with what was done about it.</source>
        <translation>已登記第 %1 項發現的問題及處理方式。</translation>
    </message>
    <message>
        <source>Line %1 dispatched to %2.</source>
        <translation>第 %1 項已派工給 %2。</translation>
    </message>
    <message>
        <source>Se&amp;veral mechanics…</source>
        <translation>多名維修工(&amp;V)…</translation>
    </message>
    <message>
        <source>Line %1 dispatched to several mechanics.</source>
        <translation>第 %1 項已派工給多位維修工。</translation>
    </message>
    <message>
        <source>Line %1 started at %2.</source>
        <translation>第 %1 項於 %2 開工。</translation>
    </message>
    <message>
        <source>Line %1 finished at %2.</source>
        <translation>第 %1 項於 %2 完工。</translation>
    </message>
    <message>
        <source>Repair finished: the car waits for the inspector&apos;s final QC.</source>
        <translation>維修完工：車輛等候檢驗員完工總檢。</translation>
    </message>
    <message>
        <source>Dispatch slips %1</source>
        <translation>派工單 %1</translation>
    </message>
    <message>
        <source>Undo…</source>
        <translation>撤銷…</translation>
    </message>
    <message>
        <source>Issue the parts</source>
        <translation>領料出庫</translation>
    </message>
    <message>
        <source>Every part on the order is issued.</source>
        <translation>工單上的配件已全部出庫。</translation>
    </message>
    <message>
        <source>Issue from stock every part still to issue (the store&apos;s 領料):</source>
        <translation>從庫存發出所有尚未出庫的配件（庫房領料）：</translation>
    </message>
    <message numerus="yes">
        <source>%n part line(s) issued from stock.</source>
        <translation>
            <numerusform>已從庫存發出 %n 項配件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not enough in stock for: %1</source>
        <translation>庫存不足：%1</translation>
    </message>
    <message>
        <source>Work ticket</source>
        <translation>派工作業</translation>
    </message>
    <message>
        <source>&lt;b&gt;Orders in the workshop&lt;/b&gt; — confirmed work orders until the repair is reported finished</source>
        <translation>&lt;b&gt;車間中的工單&lt;/b&gt;——已開單、尚未報完工的維修工單</translation>
    </message>
    <message>
        <source>Double-click (or Enter) to open the order&apos;s work ticket</source>
        <translation>按兩下（或 Enter）開啟工單的派工作業</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>約定交車</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>工單號</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>車牌號</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進度</translation>
    </message>
    <message>
        <source>Who has it</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>No car is in the workshop. A work order appears here once the customer has confirmed it.</source>
        <translation>車間中沒有車輛。客戶確認維修工單後，工單會出現在這裡。</translation>
    </message>
    <message>
        <source>The promised completion time in force; a new time replaces it only when the customer agreed before the old one passed</source>
        <translation>目前有效的約定完工時間；須在原時間到期前經客戶同意，新時間才會取代它</translation>
    </message>
    <message>
        <source>All orders in the workshop</source>
        <translation>車間所有工單</translation>
    </message>
    <message>
        <source>Close this order and list every car in the workshop</source>
        <translation>關閉此工單，列出車間中的所有車輛</translation>
    </message>
    <message>
        <source>Repair items (派工: dispatch each line to a team)</source>
        <translation>維修項目（派工：將每一項派給班組）</translation>
    </message>
    <message>
        <source>Choose a line, then dispatch it, start it or finish it below</source>
        <translation>選擇一個項目，再於下方派工、開工或完工</translation>
    </message>
    <message>
        <source>#</source>
        <translation>序</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>工時</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班組</translation>
    </message>
    <message>
        <source>Mechanic</source>
        <translation>維修工</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開工時間</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>班組(&amp;T)：</translation>
    </message>
    <message>
        <source>The team the line goes to (the teams of the people at this PC); type a new one if needed</source>
        <translation>此項目派給的班組（使用這台電腦的人員所屬班組）；必要時可輸入新班組</translation>
    </message>
    <message>
        <source>&amp;Mechanic:</source>
        <translation>維修工(&amp;M)：</translation>
    </message>
    <message>
        <source>Optionally one person of the team</source>
        <translation>可指定班組中的一人（非必填）</translation>
    </message>
    <message>
        <source>&amp;Dispatch</source>
        <translation>派工(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;At:</source>
        <translation>時間(&amp;A)：</translation>
    </message>
    <message>
        <source>When the mechanic started or finished the line (now, unless you change it)</source>
        <translation>維修工開工或完工的時間（預設為現在）</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>Set the time to now</source>
        <translation>將時間設為現在</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>開工(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完工(&amp;F)</translation>
    </message>
    <message>
        <source>Quality c&amp;heck…</source>
        <translation>過程檢驗(&amp;H)…</translation>
    </message>
    <message>
        <source>The inspector&apos;s checks on the chosen line during the repair</source>
        <translation>檢驗員在維修過程中對選取項目的檢查</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>單價</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>已領料</translation>
    </message>
    <message>
        <source>&amp;Print dispatch slips…</source>
        <translation>列印派工單(&amp;P)…</translation>
    </message>
    <message>
        <source>Repair finished → final &amp;QC</source>
        <translation>維修完工 → 完工總檢(&amp;Q)</translation>
    </message>
</context>
</TS>
