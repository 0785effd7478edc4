<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <translation>电话</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>当面</translation>
    </message>
    <message>
        <source>Message (SMS / WeChat)</source>
        <translation>消息（短信／微信）</translation>
    </message>
    <message>
        <source>Choose an order first.</source>
        <translation>请先选择工单。</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未登记</translation>
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
        <translation>未询问</translation>
    </message>
    <message>
        <source>Customer&apos;s terms: phone above &lt;b&gt;%1&lt;/b&gt; · may replace damaged parts found: &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;Work order total %3 · now %4</source>
        <translation>客户要求：超过 &lt;b&gt;%1&lt;/b&gt; 先电话通报 · 发现其他损坏部件可否更换：&lt;b&gt;%2&lt;/b&gt;&lt;br&gt;维修工单总额 %3 · 目前 %4</translation>
    </message>
    <message>
        <source>Write the item and ask the advisor to contact the customer</source>
        <translation>填写项目，并请服务接待联系客户</translation>
    </message>
    <message>
        <source>Waiting for the customer</source>
        <translation>等候客户答复</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>客户同意</translation>
    </message>
    <message>
        <source>Refused (kept as a recommendation)</source>
        <translation>客户拒绝（保留为建议项目）</translation>
    </message>
    <message>
        <source>Added items (%1 waiting for the customer)</source>
        <translation>追加项目（%1 项等候客户答复）</translation>
    </message>
    <message>
        <source>%1 by %2 at %3, recorded by %4</source>
        <translation>答复人：%1（%2，%3），登记人：%4</translation>
    </message>
    <message>
        <source>New time agreed: %1</source>
        <translation>新约定时间：%1</translation>
    </message>
    <message>
        <source>Enter the labour hours or a part to see the new total and whether the customer must be phoned first.</source>
        <translation>输入工时或配件，即可看到新总额及是否须先电话通报客户。</translation>
    </message>
    <message>
        <source>× %1 × %2 = %3</source>
        <translation>× %1 × %2 = %3</translation>
    </message>
    <message>
        <source>no notify amount recorded</source>
        <translation>未登记通报金额</translation>
    </message>
    <message>
        <source>New total %1 = work order %2 + added %3; notify above: %4</source>
        <translation>新总额 %1 = 维修工单 %2 + 追加 %3；通报金额：%4</translation>
    </message>
    <message>
        <source>Added item proposed (%1): %2</source>
        <translation>已提出追加项目（%1）：%2</translation>
    </message>
    <message>
        <source>Choose an added item that waits for the customer&apos;s answer.</source>
        <translation>请选择等候客户答复的追加项目。</translation>
    </message>
    <message>
        <source>Record what the customer said</source>
        <translation>登记客户的答复</translation>
    </message>
    <message>
        <source>No added item waits for an answer.</source>
        <translation>没有等候答复的追加项目。</translation>
    </message>
    <message>
        <source>Say whether the customer agreed.</source>
        <translation>请选择客户是否同意。</translation>
    </message>
    <message>
        <source>Recorded: the customer approved; the item may be dispatched and worked.</source>
        <translation>已登记：客户同意，此项目可以派工施工。</translation>
    </message>
    <message>
        <source>Recorded: refused; the item is kept as a recommendation for the car&apos;s next visit.</source>
        <translation>已登记：客户拒绝，此项目保留为下次来店的建议项目。</translation>
    </message>
    <message>
        <source>Promised time now %1.</source>
        <translation>约定交车时间改为 %1。</translation>
    </message>
    <message>
        <source>Added work</source>
        <translation>追加项目</translation>
    </message>
    <message>
        <source>Propose added work (追加項目)</source>
        <translation>提出追加项目</translation>
    </message>
    <message>
        <source>&amp;What was found:</source>
        <translation>发现问题(&amp;W)：</translation>
    </message>
    <message>
        <source>What the mechanic found, e.g. brake fluid 3 % water</source>
        <translation>技师发现的情况，例如：刹车油含水量 3%</translation>
    </message>
    <message>
        <source>The finding: the reason the customer is asked (kept with the item)</source>
        <translation>发现的情况：向客户征询的原因（随项目保存）</translation>
    </message>
    <message>
        <source>Wor&amp;k to do:</source>
        <translation>维修作业(&amp;K)：</translation>
    </message>
    <message>
        <source>The repair, e.g. replace the brake fluid</source>
        <translation>要做的维修，例如：更换刹车油</translation>
    </message>
    <message>
        <source>The name of the labour line on the work order and the settlement list</source>
        <translation>工单及结算清单上此工时项目的名称</translation>
    </message>
    <message>
        <source>&amp;Labour hours:</source>
        <translation>工时(&amp;L)：</translation>
    </message>
    <message>
        <source>e.g. 1.5</source>
        <translation>例如 1.5</translation>
    </message>
    <message>
        <source>Standard hours, priced at the order&apos;s hourly rate and complexity coefficient</source>
        <translation>工时定额，按此工单的工时单价及技术复杂系数计价</translation>
    </message>
    <message>
        <source>Pa&amp;rt:</source>
        <translation>配件(&amp;R)：</translation>
    </message>
    <message>
        <source>Catalog code or name, or type a name</source>
        <translation>目录代码或名称，或直接输入名称</translation>
    </message>
    <message>
        <source>Qt&amp;y:</source>
        <translation>数量(&amp;Y)：</translation>
    </message>
    <message>
        <source>Unit pri&amp;ce:</source>
        <translation>单价(&amp;C)：</translation>
    </message>
    <message>
        <source>¥ (catalog price)</source>
        <translation>¥（目录价）</translation>
    </message>
    <message>
        <source>Replaces a dama&amp;ged part found during the repair</source>
        <translation>更换维修中发现的损坏部件(&amp;G)</translation>
    </message>
    <message>
        <source>The customer may have allowed replacing damaged parts found during the repair (the may-replace answer on the work order)</source>
        <translation>客户可能已同意更换维修中发现的损坏部件（见维修工单上“可否更换”的答复）</translation>
    </message>
    <message>
        <source>Pr&amp;opose</source>
        <translation>提出(&amp;O)</translation>
    </message>
    <message>
        <source>Added items</source>
        <translation>追加项目清单</translation>
    </message>
    <message>
        <source>Choose an item waiting for the customer to record the answer</source>
        <translation>选择等候客户答复的项目，以登记答复</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Record the customer&apos;s answer</source>
        <translation>登记客户答复</translation>
    </message>
    <message>
        <source>Contact&amp;ed at:</source>
        <translation>联系时间(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>方式(&amp;H)：</translation>
    </message>
    <message>
        <source>Answered &amp;by:</source>
        <translation>答复人(&amp;B)：</translation>
    </message>
    <message>
        <source>Appro&amp;ved</source>
        <translation>同意(&amp;V)</translation>
    </message>
    <message>
        <source>Ref&amp;used</source>
        <translation>拒绝(&amp;U)</translation>
    </message>
    <message>
        <source>The item is not done; it is kept as a recommendation for the car&apos;s next visit</source>
        <translation>本次不施工，保留为下次来店的建议项目</translation>
    </message>
    <message>
        <source>New promised t&amp;ime agreed:</source>
        <translation>新约定交车时间(&amp;I)：</translation>
    </message>
    <message>
        <source>Record the a&amp;nswer</source>
        <translation>登记答复(&amp;N)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>恢复备份…</translation>
    </message>
    <message>
        <source>Restore refused</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <source>The database {url} cannot be opened:
{error}</source>
        <translation>无法打开数据库 {url}：
{error}</translation>
    </message>
    <message>
        <source>The data folder {folder} is not writable: the program could not save anything there. Give this user the right to write in it (or copy the garage&apos;s file to a folder that is) and start again.</source>
        <translation>文件夹 {folder} 无法写入：程序无法在其中保存任何数据。请给予此用户写入该文件夹的权限（或把本店的数据文件复制到可写入的文件夹），然后重新启动。</translation>
    </message>
    <message>
        <source>The database file {file} is read-only: the program could not save anything into it. Make it writable for this user and start again.</source>
        <translation>数据库文件 {file} 是唯读的：程序无法在其中保存任何数据。请让此用户可以写入该文件，然后重新启动。</translation>
    </message>
    <message>
        <source>Building the demo garage…</source>
        <translation>正在创建示范修理厂…</translation>
    </message>
    <message>
        <source>The database file {file} is damaged ({detail}). It was not changed.</source>
        <translation>数据库文件 {file} 已损坏（{detail}），文件未被变更。</translation>
    </message>
    <message>
        <source>The file {file} is not a garage database this program can open as it is ({detail}). It was not changed.</source>
        <translation>文件 {file} 不是本程序可以直接打开的维修厂数据库（{detail}），文件未被变更。</translation>
    </message>
    <message>
        <source>The database file {file} was written by a newer version of this program (schema {revision}). Install the newer version, or restore a backup made by this one.</source>
        <translation>数据库文件 {file} 是由较新版本的本程序写入的（结构版本 {revision}）。请安装较新版本，或恢复由目前版本制作的备份。</translation>
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
        <translation>时间</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>Job class</source>
        <translation>作业分类</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>结算方式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Type a new booking in the panel (Ctrl+N)</source>
        <translation>在面板中输入新预约（Ctrl+N）</translation>
    </message>
    <message>
        <source>%1–%2: %3 of %4 bays booked</source>
        <translation>%1–%2：已预约 %3／%4 个工位</translation>
    </message>
    <message>
        <source>Cars booked per hour</source>
        <translation>每小时预约车数</translation>
    </message>
    <message numerus="yes">
        <source>Capacity: %n bay(s)</source>
        <translation>
            <numerusform>容量：%n 个工位</numerusform>
        </translation>
    </message>
    <message>
        <source>Room</source>
        <translation>尚有空位</translation>
    </message>
    <message>
        <source>Nearly full</source>
        <translation>接近满档</translation>
    </message>
    <message>
        <source>Over capacity</source>
        <translation>超出容量</translation>
    </message>
    <message>
        <source>No bookings in this week yet.</source>
        <translation>本周尚无预约。</translation>
    </message>
    <message>
        <source>No bookings on this day yet.</source>
        <translation>当日尚无预约。</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s)</source>
        <translation>
            <numerusform>%n 笔预约</numerusform>
        </translation>
    </message>
    <message>
        <source>busiest hour %1 (%2 of %3 bays)</source>
        <translation>最忙时段 %1（%2／%3 个工位）</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) over capacity</source>
        <translation>
            <numerusform>%n 个小时超出容量</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a booking in the list first.</source>
        <translation>请先在清单中选择一笔预约。</translation>
    </message>
    <message>
        <source>Copy the booking confirmation for WeChat or SMS (recorded on the customer&apos;s record)</source>
        <translation>复制预约确认消息，以便用微信或短信发送（会记入客户的联系记录）</translation>
    </message>
    <message>
        <source>Give the booking a new time in the panel</source>
        <translation>在面板中为此预约改定新时间</translation>
    </message>
    <message>
        <source>The customer called it off (asks for the reason)</source>
        <translation>客户取消预约（需填写原因）</translation>
    </message>
    <message>
        <source>The time has passed and the car did not come</source>
        <translation>预约时间已过，车辆未到店</translation>
    </message>
    <message>
        <source>Open the intake form filled from this booking (Ctrl+Enter)</source>
        <translation>打开接车表单，并带入此预约的数据（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>取消预约</translation>
    </message>
    <message>
        <source>Why is the booking of %1 cancelled?</source>
        <translation>%1 的预约为何取消？</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>未到店</translation>
    </message>
    <message>
        <source>Mark %1 (%2) as not come? The booking is closed.</source>
        <translation>将 %1（%2）标记为未到店？此预约将结案。</translation>
    </message>
    <message>
        <source>Booked %1 for %2.</source>
        <translation>已为 %1 预约 %2。</translation>
    </message>
    <message>
        <source>Moving the booking of &lt;b&gt;%1&lt;/b&gt; %2, now %3. Pick a new time.</source>
        <translation>改期：&lt;b&gt;%1&lt;/b&gt; %2 的预约，目前为 %3。请选择新时间。</translation>
    </message>
    <message>
        <source>Moved %1 to %2.</source>
        <translation>已将 %1 的预约改到 %2。</translation>
    </message>
    <message>
        <source>Move booking</source>
        <translation>预约改期</translation>
    </message>
    <message>
        <source>New booking</source>
        <translation>新预约</translation>
    </message>
    <message>
        <source>Cars booked in its hours: %1</source>
        <translation>该时段已预约车数：%1</translation>
    </message>
    <message>
        <source>On file: %1 of %2</source>
        <translation>已建档：%2 的 %1</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>◀ Pre&amp;vious</source>
        <translation>◀ 往前(&amp;V)</translation>
    </message>
    <message>
        <source>The previous day or week (Ctrl+PgUp)</source>
        <translation>前一天或前一周（Ctrl+PgUp）</translation>
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
        <translation>往后(&amp;X) ▶</translation>
    </message>
    <message>
        <source>The next day or week (Ctrl+PgDown)</source>
        <translation>后一天或后一周（Ctrl+PgDown）</translation>
    </message>
    <message>
        <source>The day shown (in the week view: its week)</source>
        <translation>显示的日期（周查看时为该日所在的周）</translation>
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
        <translation>当日的预约及每小时的负荷</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>周(&amp;W)</translation>
    </message>
    <message>
        <source>Monday to Sunday: the load of every hour, to find a quiet time</source>
        <translation>周一至周日每小时的负荷，方便找出空闲时段</translation>
    </message>
    <message>
        <source>Cars booked in each hour against the bays; click an hour to book in it</source>
        <translation>每小时的预约车数与工位数对照；点击某个小时即可在该时段预约</translation>
    </message>
    <message>
        <source>Cars booked per hour; red is over capacity, amber nearly full. Click an hour to book in it</source>
        <translation>每小时预约车数；红色为超出容量，橙色为接近满档。点击某个小时即可在该时段预约</translation>
    </message>
    <message>
        <source>Bookin&amp;gs</source>
        <translation>预约清单(&amp;G)</translation>
    </message>
    <message>
        <source>N&amp;ew booking</source>
        <translation>新预约(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>改期(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Cancel booking…</source>
        <translation>取消预约(&amp;C)…</translation>
    </message>
    <message>
        <source>No-s&amp;how</source>
        <translation>未到店(&amp;H)</translation>
    </message>
    <message>
        <source>Con&amp;firm by message…</source>
        <translation>发消息确认(&amp;F)…</translation>
    </message>
    <message>
        <source>Car arrived → &amp;intake</source>
        <translation>车已到 → 接车(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>时间(&amp;S)：</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>时长(&amp;U)：</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Who is coming</source>
        <translation>来店客户的姓名</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>P&amp;late:</source>
        <translation>车牌号(&amp;L)：</translation>
    </message>
    <message>
        <source>If known, e.g. 京A12345</source>
        <translation>如已知，例如 京A12345</translation>
    </message>
    <message>
        <source>&amp;Job class:</source>
        <translation>作业分类(&amp;J)：</translation>
    </message>
    <message>
        <source>Pa&amp;yer:</source>
        <translation>结算方式(&amp;Y)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>What the customer said it is about</source>
        <translation>客户说明的来店事由</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>预约(&amp;B)</translation>
    </message>
    <message>
        <source>Book this time (Enter)</source>
        <translation>预约此时段（Enter）</translation>
    </message>
    <message>
        <source>Clea&amp;r</source>
        <translation>清除(&amp;R)</translation>
    </message>
    <message>
        <source>Empty the form for another customer</source>
        <translation>清空表单，为下一位客户预约</translation>
    </message>
    <message>
        <source>&amp;Apply new time</source>
        <translation>套用新时间(&amp;A)</translation>
    </message>
    <message>
        <source>Move the booking to this time (Enter)</source>
        <translation>将预约改到此时间（Enter）</translation>
    </message>
    <message>
        <source>Bac&amp;k to new booking</source>
        <translation>返回新预约(&amp;K)</translation>
    </message>
    <message>
        <source>Leave the booking where it was</source>
        <translation>保留原预约时间</translation>
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
            <numerusform>%n 笔记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest %1 of %n event(s); scroll down for more</source>
        <translation>
            <numerusform>共 %n 笔事件中最新的 %1 笔；向下卷动可看更多</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>&amp;Order no.:</source>
        <translation>工单号(&amp;O)：</translation>
    </message>
    <message>
        <source>part of the number</source>
        <translation>部分号码</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>人员(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>至(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>查找(&amp;S)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>What</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>动作</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>变更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>变更后</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Backups (*.sqlite3);;All files (*)</source>
        <translation>备份档 (*.sqlite3);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Replace the garage&apos;s data with the backup
{file}?

The current file is saved aside first.</source>
        <translation>要用以下备份取代本店的数据吗？
{file}

目前的数据文件会先另外保存一份。</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>The backup failed: {error}</source>
        <translation>备份失败：{error}</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>备份完成</translation>
    </message>
    <message>
        <source>The backup was written and checked:
{file}</source>
        <translation>备份已写入并通过检查：
{file}</translation>
    </message>
    <message>
        <source>Restore refused</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>备份已恢复</translation>
    </message>
    <message>
        <source>The backup was restored. The previous data is kept in
{file}</source>
        <translation>备份已恢复。原有的数据保存在
{file}</translation>
    </message>
    <message>
        <source>Audit trail altered at event {id} ({time})</source>
        <translation>审计记录在第 {id} 笔事件（{time}）遭更改</translation>
    </message>
    <message>
        <source>Audit trail protection removed or changed ({name})</source>
        <translation>审计记录的防护已被移除或更改（{name}）</translation>
    </message>
    <message>
        <source>Audit trail missing from the database</source>
        <translation>数据库中的审计记录已遗失</translation>
    </message>
    <message>
        <source>Audit trail cannot be read</source>
        <translation>无法读取审计记录</translation>
    </message>
    <message>
        <source>The audit trail no longer matches what was written: {detail}.

The program keeps working. Keep this file and its backups as they are and ask whoever looks after the PC; &apos;garage-desktop check&apos; names the same problem.</source>
        <translation>审计记录已与当初写入的内容不符：{detail}。

程序可继续使用。请保留此数据文件及其备份原状，并告知负责这台电脑的人；“garage-desktop check”会指出同一问题。</translation>
    </message>
    <message>
        <source>The garage&apos;s data is damaged</source>
        <translation>本店数据已损坏</translation>
    </message>
    <message>
        <source>The database file failed its integrity check:
{detail}

Stop working in it and restore the newest backup that passes its check. Restore a backup now?</source>
        <translation>数据库文件未通过完整性检查：
{detail}

请停止使用此文件，并恢复最新一份通过检查的备份。要立即恢复备份吗？</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <source>Order no.</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>约定交车</translation>
    </message>
    <message>
        <source>Late by / due in</source>
        <translation>超时／剩余</translation>
    </message>
    <message>
        <source>Who has it</source>
        <translation>负责人</translation>
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
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>Late %1</source>
        <translation>超时 %1</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>现在到期</translation>
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
        <translation>超时：此车约定 %1 交车，尚未完工。请立即通知客户，不要等客户来取车。</translation>
    </message>
    <message>
        <source>AT RISK: the car is promised within the hour (%1) and is not ready yet.</source>
        <translation>有风险：此车约定一小时内（%1）交车，尚未完工。</translation>
    </message>
    <message>
        <source>NO DELAY CALL: if the car will not be ready by %1, call the customer now and agree a new time (right-click → Record a delay call).</source>
        <translation>尚未通知延误：如此车无法在 %1 前完工，请立即致电客户并约定新时间（按右键 →“登记延误通知”）。</translation>
    </message>
    <message>
        <source>Delay announced to the customer %1.</source>
        <translation>已于 %1 通知客户延误。</translation>
    </message>
    <message>
        <source>三包 repair over five days: the owner is owed a loaner car or transport compensation (right-click → 三包 compensation).</source>
        <translation>三包维修超过五天：须向车主提供备用车或交通费用补偿（按右键 → 三包补偿）。</translation>
    </message>
    <message>
        <source>Ready: passed final QC, waiting for the customer.</source>
        <translation>已完工：完工总检合格，等候客户取车。</translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation>接车 %1</translation>
    </message>
    <message>
        <source>Who has it: %1</source>
        <translation>负责人：%1</translation>
    </message>
    <message>
        <source>Double-click or Enter opens the order.</source>
        <translation>双击或按 Enter 打开工单。</translation>
    </message>
</context>
<context>
    <name>BoardTab</name>
    <message>
        <source>Record a &amp;delay call…</source>
        <translation>登记延误通知(&amp;D)…</translation>
    </message>
    <message>
        <source>三包 &amp;compensation…</source>
        <translation>三包补偿(&amp;C)…</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <source>Cars promised within the next hour that are not ready yet; %1 of them with no delay call to the customer yet</source>
        <translation>约定一小时内交车、尚未完工的车辆；其中 %1 辆尚未致电通知客户延误</translation>
    </message>
    <message>
        <source>Choose a car on the board first.</source>
        <translation>请先在看板上选择车辆。</translation>
    </message>
    <message>
        <source>The car is ready: it can no longer be late.</source>
        <translation>车辆已完工，不会再超时。</translation>
    </message>
    <message>
        <source>The chosen car will be late: record the call telling the customer, and the new time agreed</source>
        <translation>选中的车辆将会延误：登记通知客户的电话及约定的新时间</translation>
    </message>
    <message>
        <source>Only a 三包 (warranty) repair owes a loaner or transport compensation.</source>
        <translation>只有三包维修才须提供备用车或交通费用补偿。</translation>
    </message>
    <message>
        <source>Record the loaner car or transport compensation of a 三包 repair over five days</source>
        <translation>登记三包维修超过五天时提供的备用车或交通费用补偿</translation>
    </message>
    <message>
        <source>三包 compensation recorded.</source>
        <translation>三包补偿已登记。</translation>
    </message>
    <message>
        <source>Workshop board</source>
        <translation>车间看板</translation>
    </message>
    <message>
        <source>Cars in the garage now: received and not yet handed back</source>
        <translation>目前在厂车辆：已接车、尚未交车</translation>
    </message>
    <message>
        <source>In the shop</source>
        <translation>在厂</translation>
    </message>
    <message>
        <source>Cars whose promised time has passed and that are not ready: tell the customers before they come</source>
        <translation>已过约定时间仍未完工的车辆：请在客户到来之前先通知</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Cars promised within the next hour that are not ready yet</source>
        <translation>约定一小时内交车、尚未完工的车辆</translation>
    </message>
    <message>
        <source>At risk (due within the hour)</source>
        <translation>有风险（一小时内到期）</translation>
    </message>
    <message>
        <source>Repairs reported finished that wait for the inspector&apos;s final QC</source>
        <translation>已报完工、等候检验员完工总检的车辆</translation>
    </message>
    <message>
        <source>Waiting for final QC</source>
        <translation>待完工总检</translation>
    </message>
    <message>
        <source>Cars that passed final QC and wait for their owners</source>
        <translation>完工总检合格、等候车主取车的车辆</translation>
    </message>
    <message>
        <source>Ready for pickup</source>
        <translation>待取车</translation>
    </message>
    <message>
        <source>&amp;Show only:</source>
        <translation>只显示(&amp;S)：</translation>
    </message>
    <message>
        <source>Plate, order number or customer</source>
        <translation>车牌号、工单号或客户</translation>
    </message>
    <message>
        <source>Narrow the board as you type; Enter opens the selected (or first) order</source>
        <translation>输入时实时筛选看板；按 Enter 打开选中的（或第一笔）工单</translation>
    </message>
    <message>
        <source>&amp;Delay call…</source>
        <translation>延误通知(&amp;D)…</translation>
    </message>
    <message>
        <source>The board refreshes itself after every change and once a minute</source>
        <translation>看板在每次变更后及每分钟自动更新</translation>
    </message>
    <message>
        <source>Late: promised time passed, car not ready</source>
        <translation>超时：已过约定时间，车未完工</translation>
    </message>
    <message>
        <source>At risk: promised within the hour</source>
        <translation>有风险：一小时内到期</translation>
    </message>
    <message>
        <source>Double-click a car or press Enter to open its order</source>
        <translation>双击车辆或按 Enter 打开其工单</translation>
    </message>
</context>
<context>
    <name>BonusRulesDialog</name>
    <message>
        <source>Recharge bonus rules</source>
        <translation>充值赠送规则</translation>
    </message>
    <message>
        <source>A recharge (or a card sold) of at least the amount gets the bonus on top; the highest rule reached applies. The bonus is kept apart from the money paid in.</source>
        <translation>充值（或售出储值卡）达到规则金额，即另外加送赠送金额；达到多条规则时，以最高的一条为准。赠送金额与实付的本金分开记录。</translation>
    </message>
    <message>
        <source>Recharge at least</source>
        <translation>充值满</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>赠送金额</translation>
    </message>
    <message>
        <source>recharge at least, e.g. 1000</source>
        <translation>最低充值金额，例如 1000</translation>
    </message>
    <message>
        <source>bonus, e.g. 100</source>
        <translation>赠送金额，例如 100</translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation>添加规则(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Retire the chosen rule</source>
        <translation>停用选中的规则(&amp;R)</translation>
    </message>
    <message>
        <source>Choose the rule to retire.</source>
        <translation>请选择要停用的规则。</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>Book the car in</source>
        <translation>预约进厂</translation>
    </message>
    <message>
        <source>A new booking at the time below</source>
        <translation>在下方时间添加预约</translation>
    </message>
    <message>
        <source>The booking already made for %1</source>
        <translation>已有的预约：%1</translation>
    </message>
    <message>
        <source>&amp;Close by:</source>
        <translation>结案方式(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>时间(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>预约(&amp;B)</translation>
    </message>
</context>
<context>
    <name>CallScriptDialog</name>
    <message>
        <source>&amp;Save script</source>
        <translation>保存话术(&amp;S)</translation>
    </message>
    <message>
        <source>The garage&apos;s own script.</source>
        <translation>本店自订的话术。</translation>
    </message>
    <message>
        <source>The default script shipped with the program.</source>
        <translation>程序内置的默认话术。</translation>
    </message>
    <message>
        <source>Restore the default script</source>
        <translation>恢复默认话术</translation>
    </message>
    <message>
        <source>Go back to the script shipped with the program? The garage&apos;s own questions are deleted; old calls keep their answers.</source>
        <translation>要恢复为程序内置的话术吗？本店自订的问题将被删除；以往的回访仍保留其回答。</translation>
    </message>
    <message>
        <source>Follow-up call script</source>
        <translation>回访话术</translation>
    </message>
    <message>
        <source>The questions the follow-up call is guided by, in the order they are asked. The texts may name {customer}, {caller}, {garage}, {garage_phone}, {plate} and {left} (the day the car left): the call fills them in. Old calls keep the questions as they were asked.</source>
        <translation>回访电话依序询问的问题。文字中可使用 {customer}、{caller}、{garage}、{garage_phone}、{plate} 及 {left}（车辆出厂日期），回访时会自动填入。以前的回访仍保留当时所问的问题。</translation>
    </message>
    <message>
        <source>Kind of answer</source>
        <translation>回答方式</translation>
    </message>
    <message>
        <source>Question (as said to the customer)</source>
        <translation>问题（对客户说的原话）</translation>
    </message>
    <message>
        <source>&amp;Add question</source>
        <translation>添加问题(&amp;A)</translation>
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
        <translation>恢复默认(&amp;F)</translation>
    </message>
    <message>
        <source>Go back to the script shipped with the program (your own is deleted)</source>
        <translation>恢复为程序内置的话术（本厂自订的话术将被删除）</translation>
    </message>
</context>
<context>
    <name>CardsDialog</name>
    <message>
        <source>Card desk</source>
        <translation>会员卡柜台</translation>
    </message>
    <message>
        <source>&amp;Find a card:</source>
        <translation>搜索会员卡(&amp;F)：</translation>
    </message>
    <message>
        <source>card number, holder, customer name or phone</source>
        <translation>卡号、持卡人、客户姓名或电话</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Uses left</source>
        <translation>剩余次数</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>变动</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>本金</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>赠送金额</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;Sell a card</source>
        <translation>售卡(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Recharge</source>
        <translation>充值(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;fund</source>
        <translation>退款(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Dormant and expired</source>
        <translation>沉睡及过期(&amp;D)</translation>
    </message>
    <message>
        <source>type the customer&apos;s name or phone</source>
        <translation>输入客户姓名或电话</translation>
    </message>
    <message>
        <source>Package: %1, %2 (%3)</source>
        <translation>套餐卡：%1，%2（%3）</translation>
    </message>
    <message>
        <source>empty: the customer</source>
        <translation>留空：即客户本人</translation>
    </message>
    <message>
        <source>optional, 4 to 8 digits</source>
        <translation>非必填，4 至 8 位数字</translation>
    </message>
    <message>
        <source>Sell the card</source>
        <translation>售出此卡</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>卡片：</translation>
    </message>
    <message>
        <source>Card number:</source>
        <translation>卡号：</translation>
    </message>
    <message>
        <source>Holder:</source>
        <translation>持卡人：</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN 码：</translation>
    </message>
    <message>
        <source>Amount paid:</source>
        <translation>实付金额：</translation>
    </message>
    <message>
        <source>Paid by:</source>
        <translation>付款方式：</translation>
    </message>
    <message>
        <source>Recharge</source>
        <translation>充值</translation>
    </message>
    <message>
        <source>Refund and close the card</source>
        <translation>退款并停用此卡</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>退款规则：</translation>
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
        <translation>电话</translation>
    </message>
    <message>
        <source>Last movement</source>
        <translation>最后变动</translation>
    </message>
    <message>
        <source>Expired card</source>
        <translation>过期卡</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>过期日</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>open</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>%1 (bonus %2)</source>
        <translation>%1（赠送 %2）</translation>
    </message>
    <message>
        <source>Choose a card in the list.</source>
        <translation>请在清单中选择一张卡。</translation>
    </message>
    <message>
        <source>%1 paid back; %2 written off</source>
        <translation>退还 %1；注销 %2</translation>
    </message>
    <message>
        <source>e.g. 1000</source>
        <translation>例如 1000</translation>
    </message>
    <message>
        <source>the package&apos;s price</source>
        <translation>即套餐价格</translation>
    </message>
    <message>
        <source>bonus %1</source>
        <translation>赠送 %1</translation>
    </message>
    <message>
        <source>Card %1 sold to %2: it holds %3.</source>
        <translation>卡片 %1 已售给 %2：卡内余额 %3。</translation>
    </message>
    <message>
        <source>Card %1 recharged: it holds %2.</source>
        <translation>卡 %1 已充值：余额 %2。</translation>
    </message>
    <message>
        <source>Card %1 refunded: pay back %2; the card is closed.</source>
        <translation>卡号 %1 已退款：请退还客户 %2；此卡已停用。</translation>
    </message>
</context>
<context>
    <name>CatalogImportDialog</name>
    <message>
        <source>%1 new, %2 changed, %3 unchanged, %4 with errors (skipped). Rows missing from the file are kept as they are.</source>
        <translation>添加 %1、变更 %2、未变 %3、有错误 %4（略过）。文件中没有的数据保持不变。</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply %n row(s)</source>
        <translation>
            <numerusform>套用 %n 行(&amp;A)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in the file is new or changed</source>
        <translation>文件中没有添加或变更的数据</translation>
    </message>
    <message>
        <source>Import catalogs: check before saving</source>
        <translation>导入目录：保存前请先核对</translation>
    </message>
    <message>
        <source>Show &amp;unchanged rows</source>
        <translation>显示未变更的行(&amp;U)</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>What changes / what is wrong</source>
        <translation>变更内容／错误原因</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Standard hours</source>
        <translation>工时定额</translation>
    </message>
    <message>
        <source>Brand / spec</source>
        <translation>品牌／规格</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation>售价</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>最低库存</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>货位</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Complexity coefficient</source>
        <translation>技术复杂系数</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>New</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Error: skipped</source>
        <translation>错误：略过</translation>
    </message>
    <message>
        <source>Import catalogs from Excel</source>
        <translation>从 Excel 导入目录</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export catalogs to Excel</source>
        <translation>将目录导出至 Excel</translation>
    </message>
    <message>
        <source>Delete from the catalog</source>
        <translation>从目录删除</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; from the catalog?</source>
        <translation>要从目录删除“%1”吗？</translation>
    </message>
    <message>
        <source>One labour unit is 5 minutes (see Settings): standard hours are kept in hours and the estimate charges 12 units per hour.</source>
        <translation>一个工时单位为 5 分钟（见“设置”）：工时定额仍以小时记录，估价时每小时按 12 个单位计费。</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s)</source>
        <translation>
            <numerusform>%n 个工时项目</numerusform>
        </translation>
    </message>
    <message>
        <source>Below the minimum stock</source>
        <translation>低于最低库存</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s)</source>
        <translation>
            <numerusform>%n 种配件</numerusform>
        </translation>
    </message>
    <message>
        <source>Labour operation</source>
        <translation>工时项目</translation>
    </message>
    <message>
        <source>New labour operation</source>
        <translation>新工时项目</translation>
    </message>
    <message>
        <source>= %1 units of 5 minutes</source>
        <translation>= %1 个 5 分钟单位</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>已删除 %1。</translation>
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
        <translation>目录</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>正在写入工作簿…</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Saved the catalogs to %1.</source>
        <translation>目录已保存至 %1。</translation>
    </message>
    <message>
        <source>Reading the workbook…</source>
        <translation>正在读取工作簿…</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>已取消导入，未做任何变更。</translation>
    </message>
    <message>
        <source>Saving the imported rows…</source>
        <translation>正在保存导入的数据…</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 changed, %3 unchanged.</source>
        <translation>导入完成：添加 %1、变更 %2、未变 %3。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors skipped.</source>
        <translation>
            <numerusform>已略过 %n 行有错误的数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the owner edits the catalogs</source>
        <translation>只有店主可以编辑目录</translation>
    </message>
    <message>
        <source>Catalogs</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Only the owner edits the catalogs and imports them. To make changes, switch to the owner with the operator button in the status bar (Ctrl+Shift+O).</source>
        <translation>只有店主可以编辑及导入目录。如需修改，请用状态栏的操作员按钮切换为店主（Ctrl+Shift+O）。</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>导出至 Excel(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the labour operations, parts and model classes as an Excel workbook, to edit or keep</source>
        <translation>将工时项目、配件及车型类别存成 Excel 工作簿，以便编辑或留存</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>从 Excel 导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Read a workbook in the exported layout; you see what would change, row by row, before anything is saved</source>
        <translation>读取与导出格式相同的工作簿；保存前会逐行显示将有哪些变更</translation>
    </message>
    <message>
        <source>Labour operations (standard hours)</source>
        <translation>工时项目（工时定额）</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>筛选(&amp;F)：</translation>
    </message>
    <message>
        <source>Code, name, category or pinyin initials (ghjy)</source>
        <translation>代码、名称、类别或拼音首字母（ghjy）</translation>
    </message>
    <message>
        <source>5-minute units</source>
        <translation>5 分钟单位</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>代码(&amp;C)：</translation>
    </message>
    <message>
        <source>A short unique code, e.g. BY-001; rows of an imported workbook are matched by it</source>
        <translation>简短且不重复的代码，例如 BY-001；导入工作簿时依此比对数据行</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>类别(&amp;T)：</translation>
    </message>
    <message>
        <source>Choose a category or type a new one</source>
        <translation>选择类别，或输入新类别</translation>
    </message>
    <message>
        <source>Standard &amp;hours:</source>
        <translation>工时定额(&amp;H)：</translation>
    </message>
    <message>
        <source>Standard time of the job in hours, at most two decimals (0.5 = half an hour)</source>
        <translation>此作业的标准工时（小时），最多两位小数（0.5 即半小时）</translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translation>添加(&amp;W)</translation>
    </message>
    <message>
        <source>Clear the form to add a new labour operation</source>
        <translation>清空表单以添加工时项目</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save this labour operation (Enter)</source>
        <translation>保存此工时项目（Enter）</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete this labour operation (not possible while repair orders use it)</source>
        <translation>删除此工时项目（已有维修工单使用时无法删除）</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Code, name, brand / spec, supplier or pinyin initials</source>
        <translation>代码、名称、品牌／规格、供应商或拼音首字母</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>The part number; rows of an imported workbook are matched by it</source>
        <translation>配件编号；导入工作簿时依此比对数据行</translation>
    </message>
    <message>
        <source>&amp;Brand / spec:</source>
        <translation>品牌／规格(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Origin:</source>
        <translation>来源(&amp;O)：</translation>
    </message>
    <message>
        <source>Original (OEM), equivalent quality, or repaired: the customer is told which</source>
        <translation>原厂件、同质件或修复件：须告知客户属于哪一种</translation>
    </message>
    <message>
        <source>Sale &amp;price (yuan):</source>
        <translation>售价（元）(&amp;P)：</translation>
    </message>
    <message>
        <source>Cos&amp;t (yuan):</source>
        <translation>成本（元）(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Minimum stock:</source>
        <translation>最低库存(&amp;M)：</translation>
    </message>
    <message>
        <source>Below this quantity the part is shown for reordering</source>
        <translation>低于此数量时，此配件会列为需补货</translation>
    </message>
    <message>
        <source>Bin &amp;location:</source>
        <translation>货位(&amp;L)：</translation>
    </message>
    <message>
        <source>Supplie&amp;r:</source>
        <translation>供应商(&amp;R)：</translation>
    </message>
    <message>
        <source>On hand:</source>
        <translation>库存：</translation>
    </message>
    <message>
        <source>Stock changes only through receipts, issues and counts, never here</source>
        <translation>库存只能透过入库、出库及盘点变动，不能在此修改</translation>
    </message>
    <message>
        <source>Clear the form to add a new part</source>
        <translation>清空表单以添加配件</translation>
    </message>
    <message>
        <source>Save this part (Enter)</source>
        <translation>保存此配件（Enter）</translation>
    </message>
    <message>
        <source>Delete this part (not possible while repair orders or stock movements use it)</source>
        <translation>删除此配件（已有维修工单或库存变动使用时无法删除）</translation>
    </message>
</context>
<context>
    <name>CatalogPicker</name>
    <message>
        <source>%1 units</source>
        <translation>%1 单位</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
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
        <translation>不适用</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未检查</translation>
    </message>
</context>
<context>
    <name>CheckoutTab</name>
    <message>
        <source>(not asked yet)</source>
        <translation>（尚未询问）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ready for settlement&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;待结算&lt;/b&gt;（%1）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Settled, waiting for the customer&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;已结算，等候客户取车&lt;/b&gt;（%1）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Open deposits&lt;/b&gt; (%1) — released on a deposit (intermittent fault), not settled yet</source>
        <translation>&lt;b&gt;未结押金&lt;/b&gt;（%1）——押金提车（偶发故障），尚未结算</translation>
    </message>
    <message>
        <source>Recei&amp;vables (makers and insurers)…</source>
        <translation>应收账款（厂家及保险公司）(&amp;V)…</translation>
    </message>
    <message>
        <source>What the makers (三包) and insurers (索賠) still owe, by age; record the money they paid</source>
        <translation>厂家（三包）及保险公司（索赔）尚欠的款项，依账龄列出；并可登记收回款项</translation>
    </message>
    <message>
        <source>Recei&amp;vables: %1 still owed by makers and insurers…</source>
        <translation>应收账款：厂家及保险公司尚欠 %1(&amp;V)…</translation>
    </message>
    <message>
        <source>The settlement list is printed once the car passed final QC.</source>
        <translation>车辆通过完工总检后才能打印结算清单。</translation>
    </message>
    <message>
        <source>Preview the 結算清單 and print it — give it to the customer before payment</source>
        <translation>预览并打印结算清单——付款前须交给客户</translation>
    </message>
    <message>
        <source>Nothing has been paid yet.</source>
        <translation>尚未收到任何付款。</translation>
    </message>
    <message>
        <source>Preview the receipt of what the customer paid</source>
        <translation>预览客户付款的收据</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>工时</translation>
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
        <translation>客户自备，不收费</translation>
    </message>
    <message>
        <source>%1 issued, %2 agreed</source>
        <translation>领出 %1，议定 %2</translation>
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
        <translation>免费（%1），价值 %2</translation>
    </message>
    <message>
        <source>All</source>
        <translation>合计</translation>
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
        <translation>总计</translation>
    </message>
    <message>
        <source>Customer pays &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>客户应付 &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>the maker pays %1 (receivable)</source>
        <translation>厂家支付 %1（应收账款）</translation>
    </message>
    <message>
        <source>the insurer pays %1 (receivable)</source>
        <translation>保险公司支付 %1（应收账款）</translation>
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
        <translation>&lt;b&gt;已无待付金额&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Settlement is blocked until every item passes.</source>
        <translation>须所有项目均通过，才能结算。</translation>
    </message>
    <message>
        <source>at settlement</source>
        <translation>结算时</translation>
    </message>
    <message>
        <source>Record the payment; the one that clears the balance settles the order</source>
        <translation>登记收款；付清余额时工单即完成结算</translation>
    </message>
    <message>
        <source>Settle: the customer owes nothing more (a deposit larger than the bill is given back)</source>
        <translation>结算：客户已无待付金额（押金多于账单的部分退还客户）</translation>
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
        <translation>结算清单数据已保存。</translation>
    </message>
    <message>
        <source>Discount of %1 given.</source>
        <translation>已给予折扣 %1。</translation>
    </message>
    <message>
        <source>Choose the discount to take back.</source>
        <translation>请选择要撤销的折扣。</translation>
    </message>
    <message>
        <source>Discount taken back.</source>
        <translation>折扣已撤销。</translation>
    </message>
    <message>
        <source>The insurer&apos;s approved amount is recorded as receivable.</source>
        <translation>保险公司核定金额已登记为应收账款。</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>（未登记）</translation>
    </message>
    <message>
        <source>The insurer that owes the approved amount (the list is kept in Settings)</source>
        <translation>应支付核定金额的保险公司（清单在“设置”中维护）</translation>
    </message>
    <message>
        <source>Record the insurer and its loss-assessment reference on the order (printed on the settlement list)</source>
        <translation>在工单上登记保险公司及其定损单号（印在结算清单上）</translation>
    </message>
    <message>
        <source>The claim&apos;s insurer and loss assessment are recorded.</source>
        <translation>已登记索赔的保险公司及定损数据。</translation>
    </message>
    <message>
        <source>Received %1 by %2.</source>
        <translation>已收 %1（%2）。</translation>
    </message>
    <message>
        <source>The card&apos;s bonus paid %1 (a discount).</source>
        <translation>其中储值卡的赠送金额支付了 %1（视为折扣）。</translation>
    </message>
    <message>
        <source>Give back %1 change.</source>
        <translation>请找零 %1。</translation>
    </message>
    <message>
        <source>The order is settled.</source>
        <translation>工单已结算。</translation>
    </message>
    <message>
        <source>Still owed: %1.</source>
        <translation>尚欠：%1。</translation>
    </message>
    <message>
        <source>Deposit refunded; the order is closed.</source>
        <translation>押金已退还，工单已结案。</translation>
    </message>
    <message>
        <source>Vo&amp;id payment…</source>
        <translation>作废收款(&amp;I)…</translation>
    </message>
    <message>
        <source>Payment voided</source>
        <translation>收款已作废</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Choose the payment to void in the list.</source>
        <translation>请在清单中选择要作废的收款。</translation>
    </message>
    <message>
        <source>Void the chosen payment with the reason (a reversing entry; nothing is deleted)</source>
        <translation>注明原因作废所选收款（加一笔冲销记录，不删除任何数据）</translation>
    </message>
    <message>
        <source>Payment of %1 voided; still owed: %2.</source>
        <translation>已作废 %1 的收款；尚欠：%2。</translation>
    </message>
    <message>
        <source>Settlement list %1</source>
        <translation>结算清单 %1</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>收据 %1</translation>
    </message>
    <message>
        <source>Settlement &amp; delivery</source>
        <translation>结算交车</translation>
    </message>
    <message>
        <source>&lt;b&gt;Settlement &amp; delivery&lt;/b&gt; — cars that passed final QC, settled cars waiting for their owner, and cars out on a deposit. Double-click (or Enter) to open one.</source>
        <translation>&lt;b&gt;结算交车&lt;/b&gt;——完工总检合格的车辆、已结算等候车主取车的车辆，以及押金提车的车辆。双击（或 Enter）打开。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ready for settlement&lt;/b&gt;</source>
        <translation>&lt;b&gt;待结算&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Passed final QC: print the settlement list, take the payment</source>
        <translation>完工总检合格：打印结算清单并收款</translation>
    </message>
    <message>
        <source>Ready since</source>
        <translation>完工时间</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>账单金额</translation>
    </message>
    <message>
        <source>Customer owes</source>
        <translation>客户应付</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>结算方式</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>&lt;b&gt;Settled, waiting for the customer&lt;/b&gt;</source>
        <translation>&lt;b&gt;已结算，等候客户取车&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Settled: hand the car over when the customer comes</source>
        <translation>已结算：客户来时交车</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>结算时间</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>约定交车</translation>
    </message>
    <message>
        <source>&lt;b&gt;Open deposits&lt;/b&gt; — released on a deposit (intermittent fault), not settled yet</source>
        <translation>&lt;b&gt;未结押金&lt;/b&gt;——押金提车（偶发故障），尚未结算</translation>
    </message>
    <message>
        <source>Out on a deposit: settle once the fault is confirmed fixed, or refund the deposit</source>
        <translation>押金提车：确认故障已修复后结算，或退还押金</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>提车时间</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>押金</translation>
    </message>
    <message>
        <source>No car is waiting for settlement or delivery, and no deposit is open.</source>
        <translation>没有等候结算或交车的车辆，也没有未结押金。</translation>
    </message>
    <message>
        <source>All cars at checkout</source>
        <translation>所有待结算交车车辆</translation>
    </message>
    <message>
        <source>Leave this order and list the cars waiting for settlement or delivery</source>
        <translation>离开此工单，列出等候结算或交车的车辆</translation>
    </message>
    <message>
        <source>Charged items (the settlement list)</source>
        <translation>收费项目（结算清单）</translation>
    </message>
    <message>
        <source>Only confirmed items and added work the customer approved; parts as issued, never beyond what was agreed</source>
        <translation>只列已确认项目及客户同意的追加项目；配件按实际领出计，不超过议定数量</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>#</source>
        <translation>序</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Brand / spec</source>
        <translation>品牌／规格</translation>
    </message>
    <message>
        <source>Qty / hours</source>
        <translation>数量／工时</translation>
    </message>
    <message>
        <source>Unit price / rate</source>
        <translation>单价／工时单价</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Money received and receivables</source>
        <translation>收款及应收账款</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经手人</translation>
    </message>
    <message>
        <source>&amp;Print settlement list…</source>
        <translation>打印结算清单(&amp;P)…</translation>
    </message>
    <message>
        <source>Print re&amp;ceipt…</source>
        <translation>打印收据(&amp;C)…</translation>
    </message>
    <message>
        <source>Pa&amp;yment</source>
        <translation>收款(&amp;Y)</translation>
    </message>
    <message>
        <source>Cashier&apos;s check (before settling)</source>
        <translation>收银核对（结算前）</translation>
    </message>
    <message>
        <source>Settlement list details</source>
        <translation>结算清单数据</translation>
    </message>
    <message>
        <source>Mileage ou&amp;t (km):</source>
        <translation>出厂里程（km）(&amp;T)：</translation>
    </message>
    <message>
        <source>odometer when the car leaves</source>
        <translation>出厂时的里程表读数</translation>
    </message>
    <message>
        <source>O&amp;ld parts:</source>
        <translation>旧件(&amp;L)：</translation>
    </message>
    <message>
        <source>What happens to the replaced parts (printed on the settlement list)</source>
        <translation>换下的旧件如何处理（印在结算清单上）</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>保存(&amp;V)</translation>
    </message>
    <message>
        <source>Record the mileage out and the old parts answer</source>
        <translation>登记出厂里程及旧件处理方式</translation>
    </message>
    <message>
        <source>Discount (cashier or owner, with a reason)</source>
        <translation>折扣（收银或店主，须说明原因）</translation>
    </message>
    <message>
        <source>Disco&amp;unt:</source>
        <translation>折扣(&amp;U)：</translation>
    </message>
    <message>
        <source>amount in yuan</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Whose share the discount reduces</source>
        <translation>折扣减少哪一方的应付金额</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>why the discount is given</source>
        <translation>给予折扣的原因</translation>
    </message>
    <message>
        <source>&amp;Give discount</source>
        <translation>给予折扣(&amp;G)</translation>
    </message>
    <message>
        <source>Take bac&amp;k</source>
        <translation>撤销(&amp;K)</translation>
    </message>
    <message>
        <source>Remove the chosen discount (given by mistake)</source>
        <translation>移除选中的折扣（误给时使用）</translation>
    </message>
    <message>
        <source>Insurance claim (索賠)</source>
        <translation>保险索赔</translation>
    </message>
    <message>
        <source>Insurer appro&amp;ved:</source>
        <translation>保险公司核定(&amp;V)：</translation>
    </message>
    <message>
        <source>the insurer&apos;s approved amount</source>
        <translation>保险公司核定金额</translation>
    </message>
    <message>
        <source>Recor&amp;d</source>
        <translation>登记(&amp;D)</translation>
    </message>
    <message>
        <source>The insurer pays this amount (a receivable); the customer pays the rest of the claim</source>
        <translation>保险公司支付此金额（应收账款）；索赔部分的其余由客户支付</translation>
    </message>
    <message>
        <source>&amp;Insurer:</source>
        <translation>保险公司(&amp;I)：</translation>
    </message>
    <message>
        <source>Lo&amp;ss assessment no.:</source>
        <translation>定损单号(&amp;S)：</translation>
    </message>
    <message>
        <source>the insurer&apos;s 定損 reference</source>
        <translation>保险公司的定损单号</translation>
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
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <source>what the customer pays now (partial payments allowed)</source>
        <translation>客户本次支付的金额（可分次付款）</translation>
    </message>
    <message>
        <source>&amp;Handed over:</source>
        <translation>实收(&amp;H)：</translation>
    </message>
    <message>
        <source>cash received</source>
        <translation>收到的现金</translation>
    </message>
    <message>
        <source>Ca&amp;rd:</source>
        <translation>储值卡(&amp;R)：</translation>
    </message>
    <message>
        <source>The customer&apos;s stored-value cards with their balances, or type a card number</source>
        <translation>客户的储值卡及余额，或直接输入卡号</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <source>Cards…</source>
        <translation>会员卡…</translation>
    </message>
    <message>
        <source>The card desk: sell, recharge or refund a card, see its ledger</source>
        <translation>会员卡柜台：售卡、充值、退款，查看明细账</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>e.g. the card slip or transfer reference</source>
        <translation>例如：刷卡单号或转账参考号</translation>
    </message>
    <message>
        <source>&amp;Take payment</source>
        <translation>收款(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Settle</source>
        <translation>结算(&amp;S)</translation>
    </message>
    <message>
        <source>Refund the deposit and close the order</source>
        <translation>退还押金并结案</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>why the deposit is given back</source>
        <translation>退还押金的原因</translation>
    </message>
    <message>
        <source>How the money goes back</source>
        <translation>退款方式</translation>
    </message>
    <message>
        <source>Re&amp;fund deposit</source>
        <translation>退还押金(&amp;F)</translation>
    </message>
    <message>
        <source>Hand&amp;over</source>
        <translation>交车(&amp;O)</translation>
    </message>
    <message>
        <source>Handover checklist</source>
        <translation>交车检查清单</translation>
    </message>
    <message>
        <source>Work and charges &amp;explained</source>
        <translation>已说明维修内容及费用(&amp;E)</translation>
    </message>
    <message>
        <source>Old parts sho&amp;wn</source>
        <translation>已出示旧配件(&amp;W)</translation>
    </message>
    <message>
        <source>Test d&amp;rive with the customer</source>
        <translation>已与客户试车(&amp;R)</translation>
    </message>
    <message>
        <source>Remaining issues and next service to&amp;ld</source>
        <translation>已告知遗留问题及下次保养(&amp;L)</translation>
    </message>
    <message>
        <source>Next service due</source>
        <translation>下次保养</translation>
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
        <translation>可暂缓项目(&amp;W)：</translation>
    </message>
    <message>
        <source>Work that can wait, one item per line (kept on the vehicle for its next visit)</source>
        <translation>可暂缓的维修项目，每行一项（保留在车辆记录中，供下次来店参考）</translation>
    </message>
    <message>
        <source>Hand over the &amp;car</source>
        <translation>交车(&amp;C)</translation>
    </message>
    <message>
        <source>Intermittent fault: let the car go on a deposit (not settled)</source>
        <translation>偶发故障：交押金提车（不结算）</translation>
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
        <translation>需观察的故障</translation>
    </message>
    <message>
        <source>Release on deposit</source>
        <translation>押金提车</translation>
    </message>
    <message>
        <source>Book the next visit</source>
        <translation>预约下次来店</translation>
    </message>
    <message>
        <source>Ne&amp;xt visit:</source>
        <translation>下次来店(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>预约(&amp;B)</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>what the visit is for</source>
        <translation>来店事由</translation>
    </message>
</context>
<context>
    <name>ComebackPanel</name>
    <message>
        <source>&lt;b&gt;Comeback (返修)&lt;/b&gt; of %1, handed over %2</source>
        <translation>&lt;b&gt;返修&lt;/b&gt;：%1（%2 交车）</translation>
    </message>
    <message>
        <source>repaired free of charge</source>
        <translation>免费返修</translation>
    </message>
    <message>
        <source>charged as usual</source>
        <translation>照常收费</translation>
    </message>
    <message>
        <source>Receive the car, then say whether this visit is a comeback.</source>
        <translation>请先接车，再确认本次来店是否为返修。</translation>
    </message>
    <message>
        <source>Not a comeback</source>
        <translation>不是返修</translation>
    </message>
    <message>
        <source>Receive the car first</source>
        <translation>请先接车</translation>
    </message>
    <message>
        <source>This visit repairs a fault of the earlier repair (返修): link it; it counts against that repair&apos;s first-time fix</source>
        <translation>本次来店是修理上次维修造成的故障（返修）：链接后会计入上次维修的一次修复率</translation>
    </message>
    <message>
        <source>Remove the link: this visit is not a comeback</source>
        <translation>取消链接：本次来店不是返修</translation>
    </message>
    <message>
        <source>A new fault, not caused by the earlier repair: do not ask again for this visit</source>
        <translation>新故障，并非上次维修造成：本次来店不再询问</translation>
    </message>
    <message>
        <source> or %1 km</source>
        <translation> 或 %1 km</translation>
    </message>
    <message>
        <source>&lt;b&gt;Possible comeback (返修)?&lt;/b&gt; %1 (%2, handed over %3: %4) is under warranty until %5.</source>
        <translation>&lt;b&gt;可能是返修？&lt;/b&gt;%1（%2，%3 交车：%4）质量保证期至 %5。</translation>
    </message>
    <message numerus="yes">
        <source>(%n more earlier repair(s) under warranty)</source>
        <translation>
            <numerusform>（另有 %n 次以前的维修仍在保证期内）</numerusform>
        </translation>
    </message>
    <message>
        <source>Comeback</source>
        <translation>返修</translation>
    </message>
    <message>
        <source>C&amp;onfirm comeback</source>
        <translation>确认为返修(&amp;O)</translation>
    </message>
    <message>
        <source>Repaired free of charge</source>
        <translation>免费返修</translation>
    </message>
    <message>
        <source>A fault caused by the repair within its warranty is repaired free</source>
        <translation>质量保证期内因维修造成的故障免费修理</translation>
    </message>
    <message>
        <source>Vehicle history…</source>
        <translation>车辆维修记录…</translation>
    </message>
    <message>
        <source>Every visit of this car, its warranty and the work still recommended; print the owner&apos;s repair record</source>
        <translation>此车每次来店的记录、质量保证期及尚待处理的建议项目；可打印车主维修档案</translation>
    </message>
</context>
<context>
    <name>CommissionRulesDialog</name>
    <message>
        <source>Commission rules</source>
        <translation>提成规则</translation>
    </message>
    <message>
        <source>What a mechanic earns on a repair line: the rule of its labour operation, else the rule of the order&apos;s job class. Split between the mechanics who worked the line by their shares; counted on the month-end workbook.</source>
        <translation>维修工在每个维修项目上的提成：依该工时项目的规则，没有则依工单作业分类的规则。由施工的维修工按各自的分配比例分摊；计入月结工作簿。</translation>
    </message>
    <message>
        <source>For</source>
        <translation>适用对象</translation>
    </message>
    <message>
        <source>Pays</source>
        <translation>提成标准</translation>
    </message>
    <message>
        <source>&amp;Remove the chosen rule</source>
        <translation>移除选中的规则(&amp;R)</translation>
    </message>
    <message>
        <source>Set a rule</source>
        <translation>设置规则</translation>
    </message>
    <message>
        <source>Labour &amp;operation</source>
        <translation>工时项目(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Job class</source>
        <translation>作业分类(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Percentage of the labour charge</source>
        <translation>按工时费的百分比(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Fixed amount per line</source>
        <translation>每项固定金额(&amp;F)</translation>
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
        <translation>设置规则(&amp;S)</translation>
    </message>
    <message>
        <source>Free and comeback lines</source>
        <translation>免费及返修项目</translation>
    </message>
    <message>
        <source>No commission</source>
        <translation>不计提成</translation>
    </message>
    <message>
        <source>As if charged at the price they had</source>
        <translation>按原本的价格计算提成</translation>
    </message>
    <message>
        <source>No commission, and the original job&apos;s commission is taken back</source>
        <translation>无提成，并扣回原维修项目的提成</translation>
    </message>
    <message>
        <source>Commission like any line</source>
        <translation>与一般项目相同计提成</translation>
    </message>
    <message>
        <source>Lines given free:</source>
        <translation>免费项目：</translation>
    </message>
    <message>
        <source>Comebacks (返修):</source>
        <translation>返修项目：</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>保存(&amp;V)</translation>
    </message>
    <message>
        <source>Job class: %1</source>
        <translation>作业分类：%1</translation>
    </message>
    <message>
        <source>%1 % of the labour charge</source>
        <translation>工时费的 %1 %</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>DamageCanvas</name>
    <message>
        <source>◀ front</source>
        <translation>◀ 车头</translation>
    </message>
    <message>
        <source>front ▶</source>
        <translation>车头 ▶</translation>
    </message>
</context>
<context>
    <name>DamageDiagram</name>
    <message>
        <source>Note on the picked mark:</source>
        <translation>所选标记的说明：</translation>
    </message>
    <message>
        <source>e.g. old scratch, 10 cm</source>
        <translation>例如：旧刮痕，10 cm</translation>
    </message>
    <message>
        <source>Remove mark</source>
        <translation>移除标记</translation>
    </message>
    <message>
        <source>Remove the picked mark (Delete)</source>
        <translation>移除所选标记（Delete）</translation>
    </message>
    <message>
        <source>Click the car to mark: %1</source>
        <translation>点击车身以标记：%1</translation>
    </message>
    <message>
        <source>found at QC</source>
        <translation>完工总检发现</translation>
    </message>
    <message>
        <source>No damage marked: click the car where there is damage.</source>
        <translation>尚未标记损伤：请在车身图上点击损伤位置。</translation>
    </message>
</context>
<context>
    <name>DelayCallDialog</name>
    <message>
        <source>Delay call %1</source>
        <translation>延误通知 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 — %3 %4&lt;br/&gt;Promised: &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2——%3 %4&lt;br/&gt;约定交车：&lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Called %1: new time %2 (%3)</source>
        <translation>%1 已通知：新时间 %2（%3）</translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation>现在(&amp;N)</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>当面</translation>
    </message>
    <message>
        <source>By message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>e.g. the part arrives tomorrow morning</source>
        <translation>例如：配件明天上午到货</translation>
    </message>
    <message>
        <source>&amp;Called at:</source>
        <translation>通知时间(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>方式(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Who answered:</source>
        <translation>答复人(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Reason for the delay:</source>
        <translation>延误原因(&amp;R)：</translation>
    </message>
    <message>
        <source>New time &amp;agreed:</source>
        <translation>约定的新时间(&amp;A)：</translation>
    </message>
    <message>
        <source>Then write the delay notice with the new time for WeChat or &amp;SMS</source>
        <translation>接着撰写含新交车时间的延误通知，供微信或短信发送(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Record the call</source>
        <translation>登记通知(&amp;R)</translation>
    </message>
    <message>
        <source>In time: announced before %1, so the new time is the promise the on-time rate counts.</source>
        <translation>及时：已在 %1 前通知，准时交车率以新时间作为约定交车时间计算。</translation>
    </message>
    <message>
        <source>Too late: %1 has passed. The new time is what the board and the customer go by, but the on-time rate still counts the car as late.</source>
        <translation>通知太迟：%1 已过。看板和客户以新时间为准，但准时交车率仍将此车计为超时。</translation>
    </message>
    <message>
        <source>Delay call recorded: the car is now promised for %1.</source>
        <translation>已登记延误通知：约定交车时间改为 %1。</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <source>Over the customer&apos;s notify amount: phone the customer before any work</source>
        <translation>超过客户的通报金额：施工前须先电话通知客户</translation>
    </message>
    <message>
        <source>Within the notify amount and covered by the customer&apos;s permission to replace damaged parts found</source>
        <translation>未超过通报金额，且客户已同意更换维修中发现的损坏部件</translation>
    </message>
    <message>
        <source>Within the notify amount: ask the customer before the work</source>
        <translation>未超过通报金额：施工前须征询客户</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Imported from a workbook</source>
        <translation>由工作簿导入</translation>
    </message>
    <message>
        <source>Starter catalog loaded</source>
        <translation>加载默认目录</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>设置变更</translation>
    </message>
    <message>
        <source>PIN set or removed</source>
        <translation>设置或移除 PIN</translation>
    </message>
    <message>
        <source>Wrong PIN typed</source>
        <translation>输入了错误的 PIN</translation>
    </message>
    <message>
        <source>Right PIN after wrong ones</source>
        <translation>输错后输入了正确的 PIN</translation>
    </message>
    <message>
        <source>Health record platform account changed</source>
        <translation>电子健康档案平台账号变更</translation>
    </message>
    <message>
        <source>Health record uploaded</source>
        <translation>电子健康档案已上传</translation>
    </message>
    <message>
        <source>Health record upload failed</source>
        <translation>电子健康档案上传失败</translation>
    </message>
    <message>
        <source>Health record uploads retried now</source>
        <translation>电子健康档案立即重新上传</translation>
    </message>
    <message>
        <source>Part line linked to a catalog part for its code</source>
        <translation>配件明细已链接目录配件以取得代码</translation>
    </message>
    <message>
        <source>Customer called</source>
        <translation>致电客户</translation>
    </message>
    <message>
        <source>Message to the customer copied (WeChat / SMS)</source>
        <translation>复制给客户的消息（微信／短信）</translation>
    </message>
    <message>
        <source>Message template reworded</source>
        <translation>消息模板已修改</translation>
    </message>
    <message>
        <source>Message template restored to the default</source>
        <translation>消息模板恢复为默认</translation>
    </message>
    <message>
        <source>Appointment booked</source>
        <translation>预约登记</translation>
    </message>
    <message>
        <source>Appointment moved</source>
        <translation>预约改期</translation>
    </message>
    <message>
        <source>Car received (intake)</source>
        <translation>接车</translation>
    </message>
    <message>
        <source>Intake record changed</source>
        <translation>接车记录修改</translation>
    </message>
    <message>
        <source>Promised time changed</source>
        <translation>约定交车时间变更</translation>
    </message>
    <message>
        <source>Reminder dates set (next service, insurance, inspection)</source>
        <translation>设置提醒日期（下次保养、保险、年检）</translation>
    </message>
    <message>
        <source>Reminder closed</source>
        <translation>提醒已结案</translation>
    </message>
    <message>
        <source>Estimate saved</source>
        <translation>估价存盘</translation>
    </message>
    <message>
        <source>Work order confirmed by the customer</source>
        <translation>客户确认维修工单</translation>
    </message>
    <message>
        <source>Work dispatched to a team</source>
        <translation>派工</translation>
    </message>
    <message>
        <source>Work item started</source>
        <translation>工项开工</translation>
    </message>
    <message>
        <source>Work item finished</source>
        <translation>工项完工</translation>
    </message>
    <message>
        <source>Work item sent back for rework</source>
        <translation>工项退回返工</translation>
    </message>
    <message>
        <source>Part substituted</source>
        <translation>更换替代配件</translation>
    </message>
    <message>
        <source>Part issued from stock</source>
        <translation>配件出库领料</translation>
    </message>
    <message>
        <source>Part returned to stock</source>
        <translation>配件退料入库</translation>
    </message>
    <message>
        <source>Old part disposition</source>
        <translation>旧件处理</translation>
    </message>
    <message>
        <source>Extra part requested</source>
        <translation>申请用料批条</translation>
    </message>
    <message>
        <source>Extra part approved</source>
        <translation>用料批条批准</translation>
    </message>
    <message>
        <source>Extra part declined</source>
        <translation>用料批条驳回</translation>
    </message>
    <message>
        <source>Added work proposed</source>
        <translation>提出增项</translation>
    </message>
    <message>
        <source>Customer&apos;s answer to added work</source>
        <translation>客户答复增项</translation>
    </message>
    <message>
        <source>Price changed by added work</source>
        <translation>增项变更金额</translation>
    </message>
    <message>
        <source>Owner approved a price below the list</source>
        <translation>店主批准低于目录的价格</translation>
    </message>
    <message>
        <source>Extra part put on the order</source>
        <translation>增补配件列入工单</translation>
    </message>
    <message>
        <source>Part not used</source>
        <translation>配件未使用</translation>
    </message>
    <message>
        <source>Part cost changed</source>
        <translation>配件成本变更</translation>
    </message>
    <message>
        <source>Prices from a supplier list</source>
        <translation>依供应商价目更新价格</translation>
    </message>
    <message>
        <source>Stock adjusted</source>
        <translation>库存调整</translation>
    </message>
    <message>
        <source>Stock received</source>
        <translation>进货入库</translation>
    </message>
    <message>
        <source>Stock counted</source>
        <translation>库存盘点</translation>
    </message>
    <message>
        <source>Final QC passed</source>
        <translation>完工总检合格</translation>
    </message>
    <message>
        <source>Final QC failed</source>
        <translation>完工总检不合格</translation>
    </message>
    <message>
        <source>Customer told the car is ready</source>
        <translation>已通知客户取车</translation>
    </message>
    <message>
        <source>New damage marked at QC</source>
        <translation>总检标记新损伤</translation>
    </message>
    <message>
        <source>Damage mark removed</source>
        <translation>移除损伤标记</translation>
    </message>
    <message>
        <source>Damage note changed</source>
        <translation>损伤说明变更</translation>
    </message>
    <message>
        <source>New damage resolved</source>
        <translation>新损伤已处理</translation>
    </message>
    <message>
        <source>Delay announced to the customer</source>
        <translation>已向客户通知延误</translation>
    </message>
    <message>
        <source>Outside work added</source>
        <translation>添加外加工</translation>
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
        <translation>工件自外加工厂返回</translation>
    </message>
    <message>
        <source>Quality check during the repair</source>
        <translation>维修过程检验</translation>
    </message>
    <message>
        <source>三包 loaner or transport compensation</source>
        <translation>三包备用车或交通费用补偿</translation>
    </message>
    <message>
        <source>Discount given</source>
        <translation>给予折让</translation>
    </message>
    <message>
        <source>Discount removed</source>
        <translation>取消折让</translation>
    </message>
    <message>
        <source>Claim amount approved</source>
        <translation>索赔金额批准</translation>
    </message>
    <message>
        <source>Claim&apos;s insurer and loss assessment recorded</source>
        <translation>登记索赔的保险公司及定损单号</translation>
    </message>
    <message>
        <source>Receivable collected</source>
        <translation>收回应收账款</translation>
    </message>
    <message>
        <source>Collection voided</source>
        <translation>回款作废</translation>
    </message>
    <message>
        <source>Insurer added</source>
        <translation>添加保险公司</translation>
    </message>
    <message>
        <source>Insurer changed</source>
        <translation>修改保险公司</translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Excess payment refunded</source>
        <translation>退还溢收款</translation>
    </message>
    <message>
        <source>Order settled</source>
        <translation>工单结算</translation>
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
        <translation>记录出厂里程与旧件</translation>
    </message>
    <message>
        <source>Car handed over</source>
        <translation>交车</translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation>回访电话</translation>
    </message>
    <message>
        <source>Complaint given to a person</source>
        <translation>指派投诉负责人</translation>
    </message>
    <message>
        <source>Complaint resolved</source>
        <translation>投诉已解决</translation>
    </message>
    <message>
        <source>Referred customer linked</source>
        <translation>链接介绍来的新客户</translation>
    </message>
    <message>
        <source>Referred customer unlinked</source>
        <translation>取消链接介绍的客户</translation>
    </message>
    <message>
        <source>Call script saved</source>
        <translation>保存回访话术</translation>
    </message>
    <message>
        <source>Call script back to the default</source>
        <translation>回访话术恢复为默认</translation>
    </message>
    <message>
        <source>Comeback confirmed</source>
        <translation>确认返修</translation>
    </message>
    <message>
        <source>Comeback rejected</source>
        <translation>不属返修</translation>
    </message>
    <message>
        <source>Estimate declined by the customer</source>
        <translation>客户拒绝估价</translation>
    </message>
    <message>
        <source>Dispatch undone</source>
        <translation>撤销派工</translation>
    </message>
    <message>
        <source>Work dispatched to several mechanics with their shares</source>
        <translation>派工给多位维修工并设置分配比例</translation>
    </message>
    <message>
        <source>Commission rule set</source>
        <translation>设置提成规则</translation>
    </message>
    <message>
        <source>Commission rule ended</source>
        <translation>停用提成规则</translation>
    </message>
    <message>
        <source>Work item start undone</source>
        <translation>撤销项目开工</translation>
    </message>
    <message>
        <source>Work item finish undone</source>
        <translation>撤销项目完工</translation>
    </message>
    <message>
        <source>Payment voided</source>
        <translation>收款作废</translation>
    </message>
    <message>
        <source>Package defined</source>
        <translation>设置套餐</translation>
    </message>
    <message>
        <source>Line paid by a package card</source>
        <translation>项目由套餐卡支付</translation>
    </message>
    <message>
        <source>Line paid as usual instead of by its package card</source>
        <translation>项目改回一般付费（不再用套餐卡）</translation>
    </message>
    <message>
        <source>Card ledger movement (sale, recharge, use, refund, expiry)</source>
        <translation>会员卡明细账变动（售卡、充值、使用、退款、过期）</translation>
    </message>
    <message>
        <source>Card closed</source>
        <translation>卡片停用</translation>
    </message>
    <message>
        <source>Wrong card PIN typed</source>
        <translation>输入了错误的会员卡 PIN</translation>
    </message>
    <message>
        <source>Right card PIN after wrong ones</source>
        <translation>输错后输入了正确的会员卡 PIN</translation>
    </message>
    <message>
        <source>Recharge bonus rule set</source>
        <translation>设置充值赠送规则</translation>
    </message>
    <message>
        <source>Recharge bonus rule retired</source>
        <translation>停用充值赠送规则</translation>
    </message>
    <message>
        <source>Member grade set</source>
        <translation>设置会员等级</translation>
    </message>
    <message>
        <source>Customer&apos;s member grade changed</source>
        <translation>变更客户会员等级</translation>
    </message>
    <message>
        <source>Member discount written at settlement</source>
        <translation>结算时计入会员折扣</translation>
    </message>
    <message>
        <source>Line made free of charge</source>
        <translation>项目改为免费</translation>
    </message>
    <message>
        <source>Free line charged again</source>
        <translation>免费项目恢复收费</translation>
    </message>
    <message>
        <source>Work recommended for a later visit</source>
        <translation>建议项目留待下次来店</translation>
    </message>
    <message>
        <source>Recommendation taken up on the estimate</source>
        <translation>估价采纳建议项目</translation>
    </message>
    <message>
        <source>Recommendation dismissed</source>
        <translation>取消建议项目</translation>
    </message>
    <message>
        <source>Recommendation open again (its order was cancelled)</source>
        <translation>建议项目重新打开（采纳的工单已取消）</translation>
    </message>
    <message>
        <source>Stage: car received</source>
        <translation>阶段：已接车</translation>
    </message>
    <message>
        <source>Stage: no-show</source>
        <translation>阶段：未到店</translation>
    </message>
    <message>
        <source>Stage: estimated</source>
        <translation>阶段：已估价</translation>
    </message>
    <message>
        <source>Stage: confirmed by the customer</source>
        <translation>阶段：客户已确认</translation>
    </message>
    <message>
        <source>Stage: counter sale confirmed, ready for settlement</source>
        <translation>阶段：柜台销售已确认，待结算</translation>
    </message>
    <message>
        <source>Stage: dispatched</source>
        <translation>阶段：已派工</translation>
    </message>
    <message>
        <source>Stage: repair started</source>
        <translation>阶段：开始维修</translation>
    </message>
    <message>
        <source>Stage: added work awaiting the customer</source>
        <translation>阶段：增项待客户确认</translation>
    </message>
    <message>
        <source>Stage: customer answered on added work</source>
        <translation>阶段：客户已答复增项</translation>
    </message>
    <message>
        <source>Stage: repair finished, awaiting QC</source>
        <translation>阶段：完工待总检</translation>
    </message>
    <message>
        <source>Stage: QC failed, rework</source>
        <translation>阶段：总检不合格，返工</translation>
    </message>
    <message>
        <source>Stage: rework done</source>
        <translation>阶段：返工完成</translation>
    </message>
    <message>
        <source>Stage: QC passed, ready</source>
        <translation>阶段：总检合格，可交车</translation>
    </message>
    <message>
        <source>Stage: released on a deposit</source>
        <translation>阶段：押金放行</translation>
    </message>
    <message>
        <source>Stage: settled</source>
        <translation>阶段：已结算</translation>
    </message>
    <message>
        <source>Stage: delivered</source>
        <translation>阶段：已交车</translation>
    </message>
    <message>
        <source>Stage: followed up</source>
        <translation>阶段：已回访</translation>
    </message>
    <message>
        <source>Stage: deposit refunded</source>
        <translation>阶段：押金已退</translation>
    </message>
    <message>
        <source>Stage: cancelled</source>
        <translation>阶段：已取消</translation>
    </message>
    <message>
        <source>Stage: estimate declined, diagnosis fee to settle</source>
        <translation>阶段：客户拒绝估价，待结算检测诊断费</translation>
    </message>
    <message>
        <source>Stage: settlement reopened (payment voided)</source>
        <translation>阶段：重新结算（收款已作废）</translation>
    </message>
    <message>
        <source>Stage: dispatch undone</source>
        <translation>阶段：已撤销派工</translation>
    </message>
    <message>
        <source>Stage: repair start undone</source>
        <translation>阶段：已撤销开工</translation>
    </message>
    <message>
        <source>Stage: repair finished undone, back in repair</source>
        <translation>阶段：已撤销报完工，退回维修中</translation>
    </message>
    <message>
        <source>Stage: rework done undone, back in rework</source>
        <translation>阶段：已撤销返工完成，退回返工中</translation>
    </message>
    <message>
        <source>Repair order</source>
        <translation>维修工单</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作人员</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Model class</source>
        <translation>车型类别</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Labour operation</source>
        <translation>工时项目</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Work item</source>
        <translation>工项</translation>
    </message>
    <message>
        <source>Part line</source>
        <translation>配件明细</translation>
    </message>
    <message>
        <source>Customer approval</source>
        <translation>客户确认</translation>
    </message>
    <message>
        <source>QC inspection</source>
        <translation>总检记录</translation>
    </message>
    <message>
        <source>Delay call</source>
        <translation>延误通知</translation>
    </message>
    <message>
        <source>Outside work</source>
        <translation>外加工</translation>
    </message>
    <message>
        <source>Process check</source>
        <translation>过程检验</translation>
    </message>
    <message>
        <source>三包 compensation</source>
        <translation>三包补偿</translation>
    </message>
    <message>
        <source>Damage mark</source>
        <translation>损伤标记</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折让</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>Prepaid card</source>
        <translation>会员卡</translation>
    </message>
    <message>
        <source>Recharge bonus rule</source>
        <translation>充值赠送规则</translation>
    </message>
    <message>
        <source>Member grade</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>交车</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>介绍新客户</translation>
    </message>
    <message>
        <source>Call script</source>
        <translation>回访话术</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>建议项目</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>到期提醒</translation>
    </message>
    <message>
        <source>Contact with the customer</source>
        <translation>客户联系记录</translation>
    </message>
    <message>
        <source>Message template</source>
        <translation>消息模板</translation>
    </message>
    <message>
        <source>Health record upload</source>
        <translation>电子健康档案上传</translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation>保险公司</translation>
    </message>
    <message>
        <source>Commission rule</source>
        <translation>提成规则</translation>
    </message>
    <message>
        <source>Collection of a receivable</source>
        <translation>应收账款回款</translation>
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
        <translation>整车修理</translation>
    </message>
    <message>
        <source>Assembly overhaul</source>
        <translation>总成修理</translation>
    </message>
    <message>
        <source>Level-2 maintenance</source>
        <translation>二级维护</translation>
    </message>
    <message>
        <source>Level-1 maintenance</source>
        <translation>一级维护</translation>
    </message>
    <message>
        <source>Minor repair (regulatory)</source>
        <translation>小修（法规分类）</translation>
    </message>
    <message>
        <source>Specialist repair</source>
        <translation>专项修理</translation>
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
        <translation>索赔</translation>
    </message>
    <message>
        <source>Service advisor</source>
        <translation>服务接待</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>检验员</translation>
    </message>
    <message>
        <source>Foreman</source>
        <translation>班组长</translation>
    </message>
    <message>
        <source>Store keeper</source>
        <translation>库房</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>收银</translation>
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
        <translation>油电混合</translation>
    </message>
    <message>
        <source>Electric</source>
        <translation>电动</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>前部</translation>
    </message>
    <message>
        <source>Rear</source>
        <translation>后部</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>左侧</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>右侧</translation>
    </message>
    <message>
        <source>Roof</source>
        <translation>车顶</translation>
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
        <translation>裂纹</translation>
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
        <translation>锈蚀</translation>
    </message>
    <message>
        <source>Enter the plate number.</source>
        <translation>请输入车牌号。</translation>
    </message>
    <message>
        <source>A plate has at most 10 characters.</source>
        <translation>车牌号最多 10 个字符。</translation>
    </message>
    <message>
        <source>The plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>Plates never use the letters I or O: did you mean 1 or 0?</source>
        <translation>车牌号不使用字母 I 或 O：是否应为 1 或 0？</translation>
    </message>
    <message>
        <source>Unusual plate format: check it (saved as typed).</source>
        <translation>车牌号格式少见，请核对（仍按输入内容保存）。</translation>
    </message>
    <message>
        <source>Enter the VIN (the platform needs it).</source>
        <translation>请输入车架号(VIN)（平台需要）。</translation>
    </message>
    <message>
        <source>A VIN has 17 characters; this one has {count}.</source>
        <translation>车架号(VIN)应为 17 个字符，此号码有 {count} 个。</translation>
    </message>
    <message>
        <source>A VIN uses only digits and the letters A–Z except I, O and Q.</source>
        <translation>车架号(VIN)只能使用数字及 I、O、Q 以外的字母 A–Z。</translation>
    </message>
    <message>
        <source>The VIN check digit does not match (common on imported cars): check it.</source>
        <translation>车架号(VIN)校验位不符（进口车常见），请核对。</translation>
    </message>
    <message>
        <source>Enter the mileage when the car came in.</source>
        <translation>请输入进厂里程。</translation>
    </message>
    <message>
        <source>The order has no date the car came in.</source>
        <translation>此工单没有进厂日期。</translation>
    </message>
    <message>
        <source>The order is not settled.</source>
        <translation>工单尚未结算。</translation>
    </message>
    <message>
        <source>The order was settled ({settled}) before the car came in ({received}).</source>
        <translation>工单的结算时间（{settled}）早于进厂时间（{received}）。</translation>
    </message>
    <message>
        <source>The order has no settlement list number.</source>
        <translation>此工单没有结算清单编号。</translation>
    </message>
    <message>
        <source>Enter the complaint (the fault description the platform needs).</source>
        <translation>请输入故障现象（平台需要的故障描述）。</translation>
    </message>
    <message>
        <source>The order has no repair item.</source>
        <translation>工单没有维修项目。</translation>
    </message>
    <message>
        <source>The part {part} has no part code: choose it from the catalog.</source>
        <translation>配件 {part} 没有配件代码：请从目录中选择。</translation>
    </message>
    <message>
        <source>Enter the garage&apos;s road transport licence number (道路運輸經營許可證).</source>
        <translation>请输入本店的道路运输经营许可证号。</translation>
    </message>
    <message>
        <source>Enter the garage&apos;s unified social credit code (統一社會信用代碼).</source>
        <translation>请输入本店的统一社会信用代码。</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters; this one has {count}.</source>
        <translation>统一社会信用代码应为 18 个字符，此代码为 {count} 个。</translation>
    </message>
    <message>
        <source>A unified social credit code uses only digits and the letters A–Z except I, O, S, V and Z.</source>
        <translation>统一社会信用代码只能使用数字及 I、O、S、V、Z 以外的大写英文字母。</translation>
    </message>
    <message>
        <source>The unified social credit code&apos;s last character does not match (it should be {expected}): check it.</source>
        <translation>统一社会信用代码的最后一码不符（应为 {expected}），请核对。</translation>
    </message>
    <message>
        <source>A phone number has only digits, spaces, &apos;-&apos;, brackets and a leading &apos;+&apos;.</source>
        <translation>电话号码只能包含数字、空格、“-”、括号及开头的“+”。</translation>
    </message>
    <message>
        <source>Only a booked appointment can be received.</source>
        <translation>只有“已预约”的预约才能接车。</translation>
    </message>
    <message>
        <source>Only a booked appointment can be marked as a no-show.</source>
        <translation>只有“已预约”的预约才能标记为未到店。</translation>
    </message>
    <message>
        <source>The estimate can be written or revised only after intake and before the customer confirms the work order.</source>
        <translation>估价只能在接车后、客户确认维修工单前填写或修改。</translation>
    </message>
    <message>
        <source>The customer can confirm the work order only once it has an estimate and has not been confirmed yet.</source>
        <translation>维修工单须已估价且尚未确认，客户才能确认。</translation>
    </message>
    <message>
        <source>Work can be dispatched only after the customer confirmed the work order and before final QC.</source>
        <translation>须在客户确认维修工单后、完工总检前才能派工。</translation>
    </message>
    <message>
        <source>Repair can start only after the work has been dispatched.</source>
        <translation>须先派工才能开始维修。</translation>
    </message>
    <message>
        <source>Added work can be proposed only while the car is being repaired.</source>
        <translation>只有车辆在维修中才能提出追加项目。</translation>
    </message>
    <message>
        <source>There is no added work waiting for the customer&apos;s answer.</source>
        <translation>没有等候客户答复的追加项目。</translation>
    </message>
    <message>
        <source>Only a car in repair or rework can be reported finished for final QC; added work must be answered first.</source>
        <translation>只有维修中或返工中的车辆才能报完工、送完工总检；追加项目须先得到客户答复。</translation>
    </message>
    <message>
        <source>Final QC can be recorded only after the repair is reported finished.</source>
        <translation>须先报完工，才能登记完工总检。</translation>
    </message>
    <message>
        <source>Only an order sent back for rework can be reported reworked.</source>
        <translation>只有退回返工的工单才能报返工完成。</translation>
    </message>
    <message>
        <source>A car can leave on a deposit only after it passed final QC and before settlement.</source>
        <translation>车辆须完工总检合格且尚未结算，才能押金提车。</translation>
    </message>
    <message>
        <source>Settlement needs an order that passed final QC (or left on a deposit) and is not settled yet.</source>
        <translation>结算的工单须已完工总检合格（或已押金提车），且尚未结算。</translation>
    </message>
    <message>
        <source>The car can be handed over only after it passed final QC and was settled.</source>
        <translation>车辆须完工总检合格并已结算，才能交车。</translation>
    </message>
    <message>
        <source>The follow-up call is made after the car was delivered.</source>
        <translation>回访电话须在交车后进行。</translation>
    </message>
    <message>
        <source>Only an order released on a deposit can have its deposit refunded.</source>
        <translation>只有押金提车的工单才能退还押金。</translation>
    </message>
    <message>
        <source>An order can be cancelled only before settlement and before the car has left.</source>
        <translation>工单只能在结算前、车辆出厂前取消。</translation>
    </message>
    <message>
        <source>The customer can decline only an estimate that was given and not confirmed yet.</source>
        <translation>客户只能拒绝已报价、尚未确认的估价。</translation>
    </message>
    <message>
        <source>Only a settled order whose car is still in the garage can go back to settlement.</source>
        <translation>只有已结算且车辆仍在厂内的工单才能退回结算。</translation>
    </message>
    <message>
        <source>Dispatching can be undone only while no work has started on the car.</source>
        <translation>只有在车辆尚未开工时才能撤销派工。</translation>
    </message>
    <message>
        <source>The start of the repair can be undone only while the car is in repair.</source>
        <translation>只有在车辆维修中时才能撤销开工。</translation>
    </message>
    <message>
        <source>The repair can be reopened only while the car waits for final QC.</source>
        <translation>只有在车辆等候完工总检时才能重新打开维修。</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已接车</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>已估价</translation>
    </message>
    <message>
        <source>Work order confirmed</source>
        <translation>已开单</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>已派工</translation>
    </message>
    <message>
        <source>In repair</source>
        <translation>维修中</translation>
    </message>
    <message>
        <source>Added work awaiting customer</source>
        <translation>追加项目待确认</translation>
    </message>
    <message>
        <source>Awaiting final QC</source>
        <translation>待完工总检</translation>
    </message>
    <message>
        <source>Rework</source>
        <translation>返工中</translation>
    </message>
    <message>
        <source>Ready for pickup</source>
        <translation>待取车</translation>
    </message>
    <message>
        <source>Released on deposit</source>
        <translation>押金提车</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>已结算</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已交车</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>已回访</translation>
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
        <translation>此工单已结案，不能再做任何操作。</translation>
    </message>
    <message>
        <source>Say why the order is cancelled.</source>
        <translation>请说明工单取消的原因。</translation>
    </message>
    <message>
        <source>{what} can be at most {limit} characters ({length} now).</source>
        <translation>{what}最多 {limit} 个字（目前 {length} 个）。</translation>
    </message>
    <message>
        <source>{what} contains an invisible control character ({code}) at position {position}: delete it.</source>
        <translation>{what}在第 {position} 个字含有看不见的控制字符（{code}），请删除。</translation>
    </message>
    <message>
        <source>{what} must be on one line: delete the line break at position {position}.</source>
        <translation>{what}只能写成一行：请删除第 {position} 个字的换行。</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>The note on the customer</source>
        <translation>客户备注</translation>
    </message>
    <message>
        <source>The make</source>
        <translation>厂牌</translation>
    </message>
    <message>
        <source>The model</source>
        <translation>车型</translation>
    </message>
    <message>
        <source>The colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>The complaint</source>
        <translation>故障现象</translation>
    </message>
    <message>
        <source>The list of items left in the car</source>
        <translation>车内物品</translation>
    </message>
    <message>
        <source>The intake notes</source>
        <translation>进场检验备注</translation>
    </message>
    <message>
        <source>A damage note</source>
        <translation>损伤说明</translation>
    </message>
    <message>
        <source>How the damage was resolved</source>
        <translation>损伤处理方式</translation>
    </message>
    <message>
        <source>A car can carry at most {limit} damage marks: describe several pieces of damage in one mark&apos;s note.</source>
        <translation>一辆车最多 {limit} 个损伤标记：请在一个标记的说明中描述多处损伤。</translation>
    </message>
    <message>
        <source>The contact&apos;s name</source>
        <translation>联系人姓名</translation>
    </message>
    <message>
        <source>The booking note</source>
        <translation>预约备注</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>The diagnosis</source>
        <translation>检测诊断</translation>
    </message>
    <message>
        <source>The job code</source>
        <translation>作业代码</translation>
    </message>
    <message>
        <source>The line&apos;s name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>The brand / spec</source>
        <translation>品牌／规格</translation>
    </message>
    <message>
        <source>The unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>The name of the person confirming</source>
        <translation>确认人姓名</translation>
    </message>
    <message>
        <source>The team</source>
        <translation>班组名称</translation>
    </message>
    <message>
        <source>The description of the added work</source>
        <translation>追加项目说明</translation>
    </message>
    <message>
        <source>The name of who answered</source>
        <translation>答复人姓名</translation>
    </message>
    <message>
        <source>The reason for the extra part</source>
        <translation>追加用料原因</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The remarks</source>
        <translation>总检备注</translation>
    </message>
    <message>
        <source>The rework note</source>
        <translation>返工说明</translation>
    </message>
    <message>
        <source>A recommendation</source>
        <translation>建议项目</translation>
    </message>
    <message>
        <source>The call notes</source>
        <translation>回访意见</translation>
    </message>
    <message>
        <source>The resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>The supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>The delivery note</source>
        <translation>送货备注</translation>
    </message>
    <message>
        <source>The job&apos;s name</source>
        <translation>作业名称</translation>
    </message>
    <message>
        <source>The category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>The part code</source>
        <translation>配件代码</translation>
    </message>
    <message>
        <source>The part&apos;s name</source>
        <translation>配件名称</translation>
    </message>
    <message>
        <source>The bin location</source>
        <translation>库位</translation>
    </message>
    <message>
        <source>The model class&apos;s name</source>
        <translation>车型类别名称</translation>
    </message>
    <message>
        <source>The garage&apos;s name</source>
        <translation>维修厂名称</translation>
    </message>
    <message>
        <source>The licence number</source>
        <translation>道路运输经营许可证号</translation>
    </message>
    <message>
        <source>The tax ID</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>The backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>请输入数字。</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a number.</source>
        <translation>“{text}”不是数字。</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is ambiguous: a comma only separates thousands (1,250). Write decimals with a point (12.50).</source>
        <translation>“{text}”有歧义：逗号只用来分隔千位（1,250）。小数请用小数点（12.50）。</translation>
    </message>
    <message>
        <source>Use at most {places} decimal places.</source>
        <translation>最多 {places} 位小数。</translation>
    </message>
    <message>
        <source>The value may not be below {minimum}.</source>
        <translation>数值不可小于 {minimum}。</translation>
    </message>
    <message>
        <source>The value may not be above {maximum}.</source>
        <translation>数值不可大于 {maximum}。</translation>
    </message>
    <message>
        <source>Enter the odometer reading in km.</source>
        <translation>请输入里程表读数（km）。</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a whole number of kilometres.</source>
        <translation>“{text}”不是整数公里数。</translation>
    </message>
    <message>
        <source>The mileage must be between 0 and {maximum} km.</source>
        <translation>里程须介于 0 与 {maximum} km 之间。</translation>
    </message>
    <message>
        <source>Enter the reading.</source>
        <translation>请输入读数。</translation>
    </message>
    <message>
        <source>Enter the pressure of every cylinder (at least two), separated by spaces.</source>
        <translation>请输入每个气缸的压力（至少两个），以空格分隔。</translation>
    </message>
    <message>
        <source>Readings must be above zero.</source>
        <translation>读数须大于零。</translation>
    </message>
    <message>
        <source>Enter how many cylinders the engine has (a whole number from 2 to {maximum}).</source>
        <translation>请输入发动机的气缸数（2 至 {maximum} 的整数）。</translation>
    </message>
    <message>
        <source>A cylinder&apos;s reading is missing (nothing between two commas): enter every cylinder&apos;s pressure.</source>
        <translation>缺少一缸的读数（两个逗号之间没有数值）：请输入每一缸的压力。</translation>
    </message>
    <message>
        <source>{entered} readings for {count} cylinders: enter one pressure for every cylinder.</source>
        <translation>{count} 个气缸只有 {entered} 个读数：请每缸输入一个压力。</translation>
    </message>
    <message>
        <source>Enter the number of tries as a whole number from 1.</source>
        <translation>请输入次数，须为 1 以上的整数。</translation>
    </message>
    <message>
        <source>Answer every check first: {items}.</source>
        <translation>请先完成每个检查项目：{items}。</translation>
    </message>
    <message>
        <source>Some checks failed ({items}): send the car back for rework.</source>
        <translation>部分检查项目不合格（{items}）：请将车辆退回返工。</translation>
    </message>
    <message>
        <source>These repair lines are not finished yet: {lines}</source>
        <translation>以下维修项目尚未完工：{lines}</translation>
    </message>
    <message>
        <source>The parts of this order are not reconciled: {problems}</source>
        <translation>此工单的用料尚未核对一致：{problems}</translation>
    </message>
    <message>
        <source>New damage found at QC is not resolved yet: {marks}</source>
        <translation>完工总检发现的新损伤尚未处理：{marks}</translation>
    </message>
    <message>
        <source>Compare the car with the intake damage record and confirm that there is no new damage.</source>
        <translation>请对照接车时的损伤记录检查车辆，确认没有新损伤。</translation>
    </message>
    <message>
        <source>Nothing failed: mark the failing checks (or the new damage) before sending the car back for rework.</source>
        <translation>没有不合格项目：退回返工前，请先标记不合格的检查项目（或新损伤）。</translation>
    </message>
    <message>
        <source>Say why &quot;{check}&quot; was not measured.</source>
        <translation>请说明“{check}”未测量的原因。</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>押金</translation>
    </message>
    <message>
        <source>Stored-value card</source>
        <translation>储值卡</translation>
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
        <translation>充值</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>Payment voided, put back</source>
        <translation>收款作废，退回卡内</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>注销</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>过期</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>Pay back the principal left; the bonus left is forfeited</source>
        <translation>退还剩余本金；剩余赠送金额不予退还</translation>
    </message>
    <message>
        <source>Pay back the principal left less the bonus already spent</source>
        <translation>退还剩余本金，但扣除已使用的赠送金额</translation>
    </message>
    <message>
        <source>Cards are not refundable</source>
        <translation>会员卡不予退款</translation>
    </message>
    <message>
        <source>Receivable</source>
        <translation>应收账款</translation>
    </message>
    <message>
        <source>Old parts checked and taken by the customer</source>
        <translation>旧配件已确认，由客户取回</translation>
    </message>
    <message>
        <source>Old parts checked and left with the garage</source>
        <translation>旧配件已确认，客户声明放弃</translation>
    </message>
    <message>
        <source>No old parts</source>
        <translation>无旧配件</translation>
    </message>
    <message>
        <source>A discount must be more than zero.</source>
        <translation>折扣须大于零。</translation>
    </message>
    <message>
        <source>The discounts may not exceed what this payer is charged ({total}).</source>
        <translation>折扣不可超过此付款方的应付金额（{total}）。</translation>
    </message>
    <message>
        <source>Nothing on this order is charged to that payer.</source>
        <translation>此工单没有由该付款方支付的项目。</translation>
    </message>
    <message>
        <source>The insurer&apos;s approved amount may not be below zero.</source>
        <translation>保险公司核定金额不可小于零。</translation>
    </message>
    <message>
        <source>The insurer cannot pay more than the claim&apos;s share of the bill ({total}).</source>
        <translation>保险公司支付金额不可超过账单中的索赔部分（{total}）。</translation>
    </message>
    <message>
        <source>The customer handed over {tendered}, less than the {amount} paid.</source>
        <translation>客户交付 {tendered}，少于应收的 {amount}。</translation>
    </message>
    <message>
        <source>Say what was found and what should be done.</source>
        <translation>请说明发现的问题及应做的维修。</translation>
    </message>
    <message>
        <source>Enter the labour hours or a part (or both).</source>
        <translation>请输入工时或配件（或两者）。</translation>
    </message>
    <message>
        <source>Enter the work to be done (the name of the labour line).</source>
        <translation>请输入要做的维修作业（工时项目名称）。</translation>
    </message>
    <message>
        <source>Enter the part&apos;s name.</source>
        <translation>请输入配件名称。</translation>
    </message>
    <message>
        <source>There is no added-work proposal {ref}.</source>
        <translation>找不到追加项目 {ref}。</translation>
    </message>
    <message>
        <source>The customer&apos;s answer to this item is already recorded.</source>
        <translation>此项目的客户答复已登记。</translation>
    </message>
    <message>
        <source>Say how the customer was contacted: by phone, in person or by message.</source>
        <translation>请说明联系客户的方式：电话、当面或消息。</translation>
    </message>
    <message>
        <source>This item takes the total over the customer&apos;s notify amount ({amount}): phone the customer or ask in person before any work; a message is not enough.</source>
        <translation>此项目使总额超过客户的通报金额（{amount}）：施工前须以电话或当面征询客户，仅发消息不够。</translation>
    </message>
    <message>
        <source>Enter who answered (the customer, or who spoke for them).</source>
        <translation>请输入答复人（客户本人或代为答复的人）。</translation>
    </message>
    <message>
        <source>The contact time may not be in the future.</source>
        <translation>联系时间不可晚于现在。</translation>
    </message>
    <message>
        <source>The customer cannot have answered before the item was proposed ({proposed}).</source>
        <translation>客户答复时间不可早于项目提出时间（{proposed}）。</translation>
    </message>
    <message>
        <source>The new promised time must be after the customer agreed to it.</source>
        <translation>新的约定交车时间须晚于客户同意的时间。</translation>
    </message>
    <message>
        <source>The new time was agreed after the promised time {promised} had passed: the board and the work order go by the new time, and the on-time rate still counts the car as late.</source>
        <translation>新时间是在承诺时间 {promised} 过后才约定的：看板和工单以新时间为准，准时交车率仍将此车计为超时。</translation>
    </message>
    <message>
        <source>A booking cannot start in the past.</source>
        <translation>预约时间不能早于现在。</translation>
    </message>
    <message>
        <source>Bookings start within opening hours, from {opening} to {closing}.</source>
        <translation>预约须在营业时间内开始（{opening} 至 {closing}）。</translation>
    </message>
    <message>
        <source>A booking lasts from {min} to {max} minutes.</source>
        <translation>预约时长须在 {min} 至 {max} 分钟之间。</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>请输入客户名称。</translation>
    </message>
    <message>
        <source>Order {ref} has no booking.</source>
        <translation>工单 {ref} 没有预约记录。</translation>
    </message>
    <message>
        <source>That customer no longer exists.</source>
        <translation>该客户已不存在。</translation>
    </message>
    <message>
        <source>That vehicle no longer exists.</source>
        <translation>该车辆已不存在。</translation>
    </message>
    <message>
        <source>The car has arrived: the order is handled in the stage tabs now.</source>
        <translation>车辆已到店：请在各作业页处理此工单。</translation>
    </message>
    <message>
        <source>The booked time has not come yet: if the customer called it off, cancel the booking instead.</source>
        <translation>尚未到预约时间：如客户已取消，请改为取消预约。</translation>
    </message>
    <message>
        <source>This booking puts an hour over the workshop&apos;s capacity.</source>
        <translation>此预约使该时段超过车间的接车能力。</translation>
    </message>
    <message>
        <source>Original (OEM)</source>
        <translation>原厂</translation>
    </message>
    <message>
        <source>Equivalent</source>
        <translation>同质</translation>
    </message>
    <message>
        <source>Repaired</source>
        <translation>修复</translation>
    </message>
    <message>
        <source>Enter a code.</source>
        <translation>请输入代码。</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not an origin: use original, equivalent or repaired.</source>
        <translation>“{text}”不是有效的来源：请填原厂、同质或修复。</translation>
    </message>
    <message>
        <source>The code {code} is already used by another operation.</source>
        <translation>代码 {code} 已被其他工时项目使用。</translation>
    </message>
    <message>
        <source>That labour operation no longer exists.</source>
        <translation>此工时项目已不存在。</translation>
    </message>
    <message>
        <source>The code {code} is used on repair orders and cannot be changed.</source>
        <translation>代码 {code} 已用于维修工单，不能修改。</translation>
    </message>
    <message>
        <source>{name} is used on {count} repair order line(s) and cannot be deleted.</source>
        <translation>{name} 已用于 {count} 笔维修工单明细，不能删除。</translation>
    </message>
    <message>
        <source>The code {code} is already used by another part.</source>
        <translation>代码 {code} 已被其他配件使用。</translation>
    </message>
    <message>
        <source>That part no longer exists.</source>
        <translation>此配件已不存在。</translation>
    </message>
    <message>
        <source>{name} has stock movements and cannot be deleted.</source>
        <translation>{name} 已有库存变动，不能删除。</translation>
    </message>
    <message>
        <source>This file could not be read as an Excel workbook (.xlsx).</source>
        <translation>无法以 Excel 工作簿（.xlsx）读取此文件。</translation>
    </message>
    <message>
        <source>The sheet has no column {columns} in its header row: nothing on it was read.</source>
        <translation>此工作表的标题行没有 {columns} 列，未读取其中任何数据。</translation>
    </message>
    <message>
        <source>Enter the model class&apos;s name.</source>
        <translation>请输入车型类别名称。</translation>
    </message>
    <message>
        <source>{code} appears on more than one row ({rows}): keep one of them.</source>
        <translation>{code} 出现在多行（{rows}）：请只保留一行。</translation>
    </message>
    <message>
        <source>The workbook has none of the sheets {sheets}: is it a catalog exported from here?</source>
        <translation>工作簿中没有 {sheets} 任何一个工作表：这是从本程序导出的目录吗？</translation>
    </message>
    <message>
        <source>Say why the discount is given.</source>
        <translation>请说明给予折扣的原因。</translation>
    </message>
    <message>
        <source>Say why the deposit is refunded.</source>
        <translation>请说明退还押金的原因。</translation>
    </message>
    <message>
        <source>Choose how the customer pays: cash, WeChat Pay, Alipay, bank card or bank transfer.</source>
        <translation>请选择付款方式：现金、微信支付、支付宝、银行卡或银行转账。</translation>
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
        <translation>超过 90 天</translation>
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation>请输入大于零的金额。</translation>
    </message>
    <message>
        <source>Only {open} is still owed on this order.</source>
        <translation>此工单只剩 {open} 未收。</translation>
    </message>
    <message>
        <source>Nothing is owed on this order any more.</source>
        <translation>此工单已无欠款。</translation>
    </message>
    <message>
        <source>The money cannot have arrived before the order was settled ({day}).</source>
        <translation>到账日期不能早于工单结算日（{day}）。</translation>
    </message>
    <message>
        <source>The day the money arrived cannot be after today.</source>
        <translation>到账日期不可晚于今天。</translation>
    </message>
    <message>
        <source>The customer owes only {balance}.</source>
        <translation>客户只需再付 {balance}。</translation>
    </message>
    <message>
        <source>Nothing on this order is charged to the insurer.</source>
        <translation>此工单没有由保险公司支付的项目。</translation>
    </message>
    <message>
        <source>The insurer has already paid {paid} against this order: the approved amount cannot be less.</source>
        <translation>保险公司已就此工单支付 {paid}：核定金额不可低于此数。</translation>
    </message>
    <message>
        <source>That discount no longer exists.</source>
        <translation>此折扣已不存在。</translation>
    </message>
    <message>
        <source>This reduction is the customer&apos;s member grade or a package card&apos;s line: it is written at settlement. Change the grade, or have the line paid as usual, instead.</source>
        <translation>此减免来自客户的会员等级或套餐卡支付的项目，会在结算时计入。请改为修改会员等级，或将该项目改回一般付费。</translation>
    </message>
    <message>
        <source>The customer has paid nothing that could be refunded.</source>
        <translation>客户没有可退还的已付款项。</translation>
    </message>
    <message>
        <source>The mileage out may not be below the mileage in ({km} km).</source>
        <translation>出厂里程不可低于进厂里程（{km} km）。</translation>
    </message>
    <message>
        <source>The car has been handed over: its settlement details can no longer change.</source>
        <translation>车辆已交车，结算内容不能再修改。</translation>
    </message>
    <message>
        <source>{part}: {issued} issued but {planned} agreed with the customer; only the agreed quantity is charged.</source>
        <translation>{part}：领出 {issued}，但与客户议定的是 {planned}；只按议定数量收费。</translation>
    </message>
    <message>
        <source>The customer owes nothing more.</source>
        <translation>客户已无待付金额。</translation>
    </message>
    <message>
        <source>The customer still owes {balance}.</source>
        <translation>客户尚欠 {balance}。</translation>
    </message>
    <message>
        <source>Enter the amount the insurer approved for the claim first.</source>
        <translation>请先输入保险公司核定的索赔金额。</translation>
    </message>
    <message>
        <source>Only a payment the customer made can be voided; deposits, refunds and receivables are corrected by their own actions.</source>
        <translation>只能作废客户的付款；押金、退款及应收款请以各自的操作更正。</translation>
    </message>
    <message>
        <source>This payment has already been voided.</source>
        <translation>此笔收款已作废。</translation>
    </message>
    <message>
        <source>The car has been handed over and the order is settled: a payment can be voided only until then.</source>
        <translation>车辆已交车且工单已结算：收款只能在此之前作废。</translation>
    </message>
    <message>
        <source>A comeback can be linked only from intake until settlement; this order is {status}.</source>
        <translation>只有在接车后、结算前才能链接返修；此工单目前为“{status}”。</translation>
    </message>
    <message>
        <source>Order {ref} is not an earlier repair of this car that has been handed over.</source>
        <translation>工单 {ref} 不是此车以前已交车的维修记录。</translation>
    </message>
    <message>
        <source>The model year must be between 1900 and {last}.</source>
        <translation>年份须介于 1900 与 {last} 之间。</translation>
    </message>
    <message>
        <source>The purchase date cannot be in the future.</source>
        <translation>购车日期不可晚于今天。</translation>
    </message>
    <message>
        <source>This VIN is already registered for {plate}: pick that vehicle with the search.</source>
        <translation>此车架号(VIN)已登记于 {plate}：请用搜索选中该车辆。</translation>
    </message>
    <message>
        <source>A vehicle with this plate is already registered ({name}): pick it with the search if it is the same car.</source>
        <translation>此车牌号已有登记的车辆（{name}）：若是同一辆车，请用搜索选中。</translation>
    </message>
    <message>
        <source>The mileage is below the last recorded {last} km: check the odometer reading.</source>
        <translation>里程低于上次记录的 {last} km，请核对里程表读数。</translation>
    </message>
    <message>
        <source>This car is on file for {name} and stays registered to them; the order is for the customer entered here.</source>
        <translation>此车登记在 {name} 名下，仍归其所有；本工单的客户为此处输入的客户。</translation>
    </message>
    <message>
        <source>That customer no longer exists: search again.</source>
        <translation>此客户已不存在，请重新搜索。</translation>
    </message>
    <message>
        <source>That vehicle no longer exists: search again.</source>
        <translation>此车辆已不存在，请重新搜索。</translation>
    </message>
    <message>
        <source>That model class no longer exists: choose another.</source>
        <translation>此车型类别已不存在，请另选一个。</translation>
    </message>
    <message>
        <source>Work and charges explained</source>
        <translation>已说明维修内容及费用</translation>
    </message>
    <message>
        <source>Old parts shown</source>
        <translation>已出示旧配件</translation>
    </message>
    <message>
        <source>Test drive with the customer</source>
        <translation>已与客户试车</translation>
    </message>
    <message>
        <source>Remaining issues and next service told</source>
        <translation>已告知遗留问题及下次保养</translation>
    </message>
    <message>
        <source>The car has not passed final QC yet: it cannot be handed over.</source>
        <translation>车辆尚未通过完工总检，不能交车。</translation>
    </message>
    <message>
        <source>Settle the order (or release the car on a deposit) before handing it over.</source>
        <translation>交车前请先结算（或办理押金提车）。</translation>
    </message>
    <message>
        <source>{job_class} needs a completion certificate (竣工出廠合格證) signed by the inspector before the car may be handed over.</source>
        <translation>{job_class}须有检验员签发的竣工出厂合格证，才能交车。</translation>
    </message>
    <message>
        <source>The car has already been handed over.</source>
        <translation>车辆已交车。</translation>
    </message>
    <message>
        <source>The next service is due above the current mileage ({km} km).</source>
        <translation>下次保养里程须高于目前里程（{km} km）。</translation>
    </message>
    <message>
        <source>The next service date must be after today.</source>
        <translation>下次保养日期须晚于今天。</translation>
    </message>
    <message>
        <source>The next service date is more than three years away: check it.</source>
        <translation>下次保养日期在三年以后：请核对。</translation>
    </message>
    <message>
        <source>The next service is due above the last mileage ({km} km).</source>
        <translation>下次保养里程须高于上次记录的里程（{km} km）。</translation>
    </message>
    <message>
        <source>The next service is more than {max} km above the last mileage: check it.</source>
        <translation>下次保养里程比上次记录的里程高出 {max} km 以上，请核对。</translation>
    </message>
    <message>
        <source>The insurance expiry must lie between {first} and {last}.</source>
        <translation>保险到期日须介于 {first} 与 {last} 之间。</translation>
    </message>
    <message>
        <source>The annual inspection date must lie between {first} and {last}.</source>
        <translation>年检日期须介于 {first} 与 {last} 之间。</translation>
    </message>
    <message>
        <source>Next service</source>
        <translation>下次保养</translation>
    </message>
    <message>
        <source>Insurance expiry</source>
        <translation>保险到期</translation>
    </message>
    <message>
        <source>Annual inspection (年檢)</source>
        <translation>年检</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>一周以后</translation>
    </message>
    <message>
        <source>The order has no vehicle to book the next visit for.</source>
        <translation>此工单没有车辆，无法预约下次来店。</translation>
    </message>
    <message>
        <source>Not done at the handover: {items}.</source>
        <translation>交车时未完成：{items}。</translation>
    </message>
    <message>
        <source>Prices are locked: the customer confirmed the work order. Changes after confirmation are added work.</source>
        <translation>价格已锁定：客户已确认维修工单。确认后的变更须列为追加项目。</translation>
    </message>
    <message>
        <source>Name the job, or pick it from the catalog.</source>
        <translation>请输入作业名称，或从目录中选中。</translation>
    </message>
    <message>
        <source>Name the part, or pick it from the catalog.</source>
        <translation>请输入配件名称，或从目录中选中。</translation>
    </message>
    <message>
        <source>The quantity must be above zero.</source>
        <translation>数量须大于零。</translation>
    </message>
    <message>
        <source>Enter the unit price.</source>
        <translation>请输入单价。</translation>
    </message>
    <message>
        <source>Ask the customer above what amount they must be phoned first, and enter it.</source>
        <translation>请询问客户：价格超过多少时须先电话通报，并输入此金额。</translation>
    </message>
    <message>
        <source>The promised time must be later than now.</source>
        <translation>约定交车时间须晚于现在。</translation>
    </message>
    <message>
        <source>Add at least one labour or part line before the customer confirms.</source>
        <translation>客户确认前，请至少加入一笔工时或配件明细。</translation>
    </message>
    <message>
        <source>Ask the customer whether other damaged parts found during the repair may be replaced.</source>
        <translation>请询问客户：维修中发现其他损坏部件时，是否可以更换。</translation>
    </message>
    <message>
        <source>The promised completion time has passed: agree a new time with the customer and save the estimate.</source>
        <translation>约定完工时间已过：请与客户约定新时间，再保存估价。</translation>
    </message>
    <message>
        <source>Enter the name of the person who confirms for the customer.</source>
        <translation>请输入确认人（客户本人或其代理人）的姓名。</translation>
    </message>
    <message>
        <source>Ask how satisfied the customer is: 1 (very unhappy) to 5 (very happy).</source>
        <translation>请询问客户的满意度：1（非常不满意）至 5（非常满意）。</translation>
    </message>
    <message>
        <source>Satisfaction can be given only when the customer was reached.</source>
        <translation>只有联系上客户时才能登记满意度。</translation>
    </message>
    <message>
        <source>A complaint can be recorded only when the customer was reached.</source>
        <translation>只有联系上客户时才能登记投诉。</translation>
    </message>
    <message>
        <source>Choose who takes care of the complaint.</source>
        <translation>请选择由谁负责处理此投诉。</translation>
    </message>
    <message>
        <source>Say how the complaint was resolved.</source>
        <translation>请说明投诉的处理结果。</translation>
    </message>
    <message>
        <source>There is no such complaint.</source>
        <translation>找不到此投诉。</translation>
    </message>
    <message>
        <source>This complaint is already closed.</source>
        <translation>此投诉已结案。</translation>
    </message>
    <message>
        <source>The intake record can be changed only until the customer confirms the work order; this order is {status}.</source>
        <translation>接车记录只能在客户确认维修工单前修改；此工单目前为“{status}”。</translation>
    </message>
    <message>
        <source>A damage mark lies outside the car outline.</source>
        <translation>有损伤标记位于车身轮廓之外。</translation>
    </message>
    <message>
        <source>The fuel level is given in eighths of a tank (0 to 8).</source>
        <translation>燃油量以八分之一油箱为单位（0 至 8）。</translation>
    </message>
    <message>
        <source>Write down the complaint in the customer&apos;s own words.</source>
        <translation>请以客户的原话记录故障现象。</translation>
    </message>
    <message>
        <source>Enter the promised completion time.</source>
        <translation>请输入约定完工时间。</translation>
    </message>
    <message>
        <source>{plate} is already in the garage on order {order} ({status}): open that order instead of receiving the car twice.</source>
        <translation>{plate} 已在厂内，工单 {order}（{status}）：请打开该工单，不要重复接车。</translation>
    </message>
    <message>
        <source>The complexity coefficient must be between {minimum} and {maximum}.</source>
        <translation>技术复杂系数须介于 {minimum} 与 {maximum} 之间。</translation>
    </message>
    <message>
        <source>{name} is used by {count} vehicle(s); file them under another class before deleting it.</source>
        <translation>{name} 有 {count} 辆车使用；请先将这些车辆改归其他类别，再删除。</translation>
    </message>
    <message>
        <source>There is already a model class called {name}.</source>
        <translation>已有名为 {name} 的车型类别。</translation>
    </message>
    <message>
        <source>That model class no longer exists.</source>
        <translation>此车型类别已不存在。</translation>
    </message>
    <message>
        <source>Tick at least one role for the person.</source>
        <translation>请为此人勾选至少一项职务。</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <source>There is already an operator called {name}.</source>
        <translation>已有名为 {name} 的操作员。</translation>
    </message>
    <message>
        <source>The garage needs at least one active owner.</source>
        <translation>本店至少需要一位在职的店主。</translation>
    </message>
    <message>
        <source>Operators already exist: the owner adds new ones.</source>
        <translation>已有操作员：新操作员须由店主添加。</translation>
    </message>
    <message>
        <source>That operator no longer exists.</source>
        <translation>此操作员已不存在。</translation>
    </message>
    <message>
        <source>There is no order {ref}.</source>
        <translation>找不到工单 {ref}。</translation>
    </message>
    <message>
        <source>Choose who you are (the operator in the status bar) first.</source>
        <translation>请先选择您是谁（状态栏中的操作员）。</translation>
    </message>
    <message>
        <source>Only {roles} may do this; the current operator is {role}.</source>
        <translation>此操作仅限{roles}；目前的操作员是{role}。</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>Customer takes it</source>
        <translation>客户带走</translation>
    </message>
    <message>
        <source>Left with the garage</source>
        <translation>留厂处理</translation>
    </message>
    <message>
        <source>No old part</source>
        <translation>无旧件</translation>
    </message>
    <message>
        <source>Parts are issued only while the car is in the workshop: after the customer confirmed the work order and before final QC.</source>
        <translation>只有车辆在车间时才能领料：即客户确认维修工单后、完工总检前。</translation>
    </message>
    <message>
        <source>Parts can be returned only until the order is settled.</source>
        <translation>只有在工单结算前才能退料。</translation>
    </message>
    <message>
        <source>The customer brought this part: nothing is issued from stock.</source>
        <translation>此配件由客户自备，不从库存出库。</translation>
    </message>
    <message>
        <source>This line is not a stock part: substitute a part from the stock first.</source>
        <translation>此项目不是库存配件：请先换成库存中的配件。</translation>
    </message>
    <message>
        <source>Added work waiting for the customer&apos;s answer: nothing may be issued for it yet.</source>
        <translation>追加项目正等候客户答复，尚不可领料。</translation>
    </message>
    <message>
        <source>This extra part waits for the inspector&apos;s approval (用料批條).</source>
        <translation>此额外配件正等候检验员批准（用料批条）。</translation>
    </message>
    <message>
        <source>This line was refused: nothing is issued for it.</source>
        <translation>客户已拒绝此项目，不发料。</translation>
    </message>
    <message>
        <source>Everything allowed on this line is issued; more needs an extra part approved by the inspector.</source>
        <translation>此项目可领的数量已全部发出；如需更多，须由检验员开具用料批条。</translation>
    </message>
    <message>
        <source>Out of stock.</source>
        <translation>缺货。</translation>
    </message>
    <message>
        <source>Nothing was issued on this line.</source>
        <translation>此项目尚未领料。</translation>
    </message>
    <message>
        <source>{seq}. {name}: planned {planned} {unit}, never issued.</source>
        <translation>{seq}. {name}：计划 {planned} {unit}，未领料。</translation>
    </message>
    <message>
        <source>{seq}. {name}: planned {planned} {unit}, only {issued} issued.</source>
        <translation>{seq}. {name}：计划 {planned} {unit}，只领了 {issued}。</translation>
    </message>
    <message>
        <source>{seq}. {name}: {quantity} {unit} issued that are not on the customer&apos;s order.</source>
        <translation>{seq}. {name}：领出 {quantity} {unit}，但不在客户的工单上。</translation>
    </message>
    <message>
        <source>{code} {name}: {quantity} issued to this order without a line on it.</source>
        <translation>{code} {name}：已为此工单领出 {quantity}，但工单上没有此项目。</translation>
    </message>
    <message>
        <source>{seq}. {name}: the line says {issued} issued but the stock movements say {booked}.</source>
        <translation>{seq}. {name}：项目记录已领 {issued}，但库存变动记录为 {booked}。</translation>
    </message>
    <message>
        <source>{seq}. {name}: an extra part still waits for the inspector.</source>
        <translation>{seq}. {name}：仍有额外配件等候检验员批准。</translation>
    </message>
    <message>
        <source>That part line no longer exists.</source>
        <translation>此配件明细已不存在。</translation>
    </message>
    <message>
        <source>Only {left} {unit} are left to issue on line {seq} (allowed {allowed}). More needs an extra part approved by the inspector (用料批條).</source>
        <translation>第 {seq} 项只剩 {left} {unit} 可领（允许 {allowed}）。如需更多，须由检验员开具用料批条。</translation>
    </message>
    <message>
        <source>Only {on_hand} {unit} of {code} {name} are in stock: {asked} cannot be issued.</source>
        <translation>{code} {name} 库存只有 {on_hand} {unit}，无法发出 {asked}。</translation>
    </message>
    <message>
        <source>Only {issued} {unit} were issued on line {seq}: no more can come back.</source>
        <translation>第 {seq} 项只领出 {issued} {unit}，不能退回更多。</translation>
    </message>
    <message>
        <source>There is nothing to issue on this order now.</source>
        <translation>此工单目前没有需要发料的配件。</translation>
    </message>
    <message>
        <source>Choose a different part to substitute.</source>
        <translation>请选择另一种配件来替换。</translation>
    </message>
    <message>
        <source>Return the {issued} {unit} issued on this line before substituting another part.</source>
        <translation>替换为其他配件前，请先退回此项目已领出的 {issued} {unit}。</translation>
    </message>
    <message>
        <source>An extra part is approved as it is: ask for another extra part instead.</source>
        <translation>额外配件已按申请批准，不能替换：请另行申请额外配件。</translation>
    </message>
    <message>
        <source>The customer brought this part: there is nothing to substitute.</source>
        <translation>此配件由客户自备，无需替换。</translation>
    </message>
    <message>
        <source>There is no extra-part request {ref}.</source>
        <translation>找不到额外配件申请 {ref}。</translation>
    </message>
    <message>
        <source>The inspector has already decided on this extra part.</source>
        <translation>检验员已处理此额外配件。</translation>
    </message>
    <message>
        <source>Nothing on this line was issued beyond the customer&apos;s order.</source>
        <translation>此项目没有超出客户工单的领料。</translation>
    </message>
    <message>
        <source>Everything planned on this line was issued.</source>
        <translation>此项目计划的配件已全部领出。</translation>
    </message>
    <message>
        <source>Say whether the customer takes the old part, leaves it with the garage, or there is none.</source>
        <translation>请选择旧件由客户带走、留厂处理，或无旧件。</translation>
    </message>
    <message>
        <source>Say why the extra part is needed.</source>
        <translation>请说明需要额外配件的原因。</translation>
    </message>
    <message>
        <source>There is no extra-part request {ref} on this order.</source>
        <translation>此工单没有额外配件申请 {ref}。</translation>
    </message>
    <message>
        <source>Too many wrong PINs for this person: the next try is accepted in {seconds} seconds.</source>
        <translation>此人的 PIN 输入错误次数过多：{seconds} 秒后才能再试。</translation>
    </message>
    <message>
        <source>Only the person themselves or the owner sets a PIN.</source>
        <translation>只有本人或店主可以设置 PIN 码。</translation>
    </message>
    <message>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>PIN 码为 4 至 8 位数字。</translation>
    </message>
    <message>
        <source>New damage is marked while the car waits for final QC.</source>
        <translation>只有车辆等候完工总检时才能标记新损伤。</translation>
    </message>
    <message>
        <source>There is no damage mark {ref} found at QC on this order.</source>
        <translation>此工单没有完工总检发现的损伤标记 {ref}。</translation>
    </message>
    <message>
        <source>This damage is already resolved; it stays on the record.</source>
        <translation>此损伤已处理，记录仍会保留。</translation>
    </message>
    <message>
        <source>Write how the new damage was resolved (repaired, or agreed with the customer).</source>
        <translation>请填写新损伤的处理方式（已修复，或已与客户协商）。</translation>
    </message>
    <message>
        <source>An order item is either done properly (pass) or not (fail).</source>
        <translation>工单项目只有合格或不合格两种结果。</translation>
    </message>
    <message>
        <source>Say what must be redone: mark the order items to send back or write a rework note.</source>
        <translation>请说明需要重做的内容：标记要退回的工单项目，或填写返工说明。</translation>
    </message>
    <message>
        <source>Process checks are recorded while the car is being repaired.</source>
        <translation>过程检验须在车辆维修期间登记。</translation>
    </message>
    <message>
        <source>There is no repair line {ref} on this order.</source>
        <translation>此工单没有维修项目 {ref}。</translation>
    </message>
    <message>
        <source>Line {line} has not been started: check it once the mechanic is working on it.</source>
        <translation>项目 {line} 尚未开工：请在维修工施工时再检验。</translation>
    </message>
    <message>
        <source>Line {line} is finished: it is judged at final QC now.</source>
        <translation>第 {line} 项已完工：现在改由完工总检判定。</translation>
    </message>
    <message>
        <source>Choose OK or a problem.</source>
        <translation>请选择“正常”或“发现问题”。</translation>
    </message>
    <message>
        <source>Say what problem was found.</source>
        <translation>请说明发现的问题。</translation>
    </message>
    <message>
        <source>Say what was done about the problem (redone, part replaced, adjusted…).</source>
        <translation>请说明对此问题的处理（重做、更换配件、调整…）。</translation>
    </message>
    <message>
        <source>The mileage at QC ({mileage} km) is below the mileage at intake ({mileage_in} km).</source>
        <translation>完工总检时的里程（{mileage} km）低于接车时的里程（{mileage_in} km）。</translation>
    </message>
    <message>
        <source>This order has no intake record to compare the car with.</source>
        <translation>此工单没有接车记录可供对照。</translation>
    </message>
    <message>
        <source>Order {order} has no completion certificate: it is issued when a car of a certificate class passes final QC.</source>
        <translation>工单 {order} 没有竣工出厂合格证：需合格证类别的车辆通过完工总检时才会签发。</translation>
    </message>
    <message>
        <source>Order {order} has no inspection {attempt}.</source>
        <translation>工单 {order} 没有第 {attempt} 次检验。</translation>
    </message>
    <message>
        <source>There is no QC checklist &quot;{template}&quot;.</source>
        <translation>找不到完工总检检查表“{template}”。</translation>
    </message>
    <message>
        <source>The customer is told once the car has passed final QC.</source>
        <translation>车辆通过完工总检后才通知客户。</translation>
    </message>
    <message>
        <source>The customer was already told at {time}.</source>
        <translation>已于 {time} 通知客户。</translation>
    </message>
    <message>
        <source>Enter the garage&apos;s name.</source>
        <translation>请输入店名。</translation>
    </message>
    <message>
        <source>The hourly rate must be above zero.</source>
        <translation>工时单价须大于零。</translation>
    </message>
    <message>
        <source>The amount may not be below zero.</source>
        <translation>金额不可小于零。</translation>
    </message>
    <message>
        <source>The tax rate is a percentage between 0 and 100.</source>
        <translation>税率为 0 至 100 之间的百分比。</translation>
    </message>
    <message>
        <source>The workshop needs at least one bay.</source>
        <translation>车间至少需要一个工位。</translation>
    </message>
    <message>
        <source>The idle lock is between 0 (never) and {maximum} minutes.</source>
        <translation>闲置锁定时间须介于 0（不锁定）与 {maximum} 分钟之间。</translation>
    </message>
    <message>
        <source>The paperwork is printed in one of the program&apos;s languages.</source>
        <translation>单据只能以本程序提供的语言打印。</translation>
    </message>
    <message>
        <source>A 三包 period is between 1 and 20 years.</source>
        <translation>三包期限须在 1 至 20 年之间。</translation>
    </message>
    <message>
        <source>A 三包 period is between 1,000 and 1,000,000 km.</source>
        <translation>三包期限的里程须在 1,000 至 1,000,000 km 之间。</translation>
    </message>
    <message>
        <source>The 三包 repair warranty (包修期) is at least as long as the validity period.</source>
        <translation>三包包修期须至少与三包有效期一样长。</translation>
    </message>
    <message>
        <source>Choose how a card is refunded.</source>
        <translation>请选择会员卡的退款方式。</translation>
    </message>
    <message>
        <source>A card is dormant after 1 to 120 months without a movement.</source>
        <translation>会员卡无变动多久列为沉睡，须为 1 至 120 个月。</translation>
    </message>
    <message>
        <source>Closing time must be after opening time.</source>
        <translation>营业结束时间须晚于开始时间。</translation>
    </message>
    <message>
        <source>Delivery received</source>
        <translation>进货入库</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>已领料</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>退料</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>Stock count</source>
        <translation>盘点</translation>
    </message>
    <message>
        <source>Only {on_hand} {unit} of {code} {name} are in stock: the stock cannot go below zero.</source>
        <translation>{code} {name} 库存只有 {on_hand} {unit}，库存不能小于零。</translation>
    </message>
    <message>
        <source>Say why the stock changes (the reason is kept with the movement).</source>
        <translation>请说明库存变动的原因（原因会与变动记录一并保存）。</translation>
    </message>
    <message>
        <source>An adjustment of zero changes nothing.</source>
        <translation>调整量为零，没有任何变动。</translation>
    </message>
    <message>
        <source>Add at least one part to the delivery.</source>
        <translation>进货至少要有一种配件。</translation>
    </message>
    <message>
        <source>{code} {name} moved while it was being counted (on hand was {expected}, now {on_hand}): count it again.</source>
        <translation>{code} {name} 在盘点期间有变动（原库存 {expected}，现为 {on_hand}）：请重新盘点。</translation>
    </message>
    <message>
        <source>Enter the counted quantity of at least one part.</source>
        <translation>请至少输入一种配件的盘点数量。</translation>
    </message>
    <message>
        <source>No sheet has a part code column and a price column in its first rows: nothing was read.</source>
        <translation>没有任何工作表的前几行中有配件代码列及价格列，未读取任何数据。</translation>
    </message>
    <message>
        <source>Enter the supplier&apos;s name.</source>
        <translation>请输入供应商名称。</translation>
    </message>
    <message>
        <source>The row has no part code.</source>
        <translation>此行没有配件代码。</translation>
    </message>
    <message>
        <source>The code {code} is on several rows ({rows}): keep one.</source>
        <translation>代码 {code} 出现在多行（{rows}）：请只保留一行。</translation>
    </message>
    <message>
        <source>{code} is not in the catalog: give its name and a sale price to add it.</source>
        <translation>{code} 不在目录中：请填写名称及售价以添加。</translation>
    </message>
    <message>
        <source>This price list changes sale prices, which only the owner may do: remove the sale price column or ask the owner.</source>
        <translation>此价目表会变更售价，只有店主可以这样做：请删除售价列，或请店主处理。</translation>
    </message>
    <message>
        <source>Enter the price.</source>
        <translation>请输入价格。</translation>
    </message>
    <message>
        <source>This added item waits for the customer&apos;s answer: it may not be dispatched or worked yet.</source>
        <translation>此追加项目正等候客户答复，尚不可派工或施工。</translation>
    </message>
    <message>
        <source>The customer declined this added item: it is kept as a recommendation for the next visit and is not worked.</source>
        <translation>客户已拒绝此追加项目：保留为下次来店的建议项目，本次不施工。</translation>
    </message>
    <message>
        <source>This line is already finished.</source>
        <translation>此项目已完工。</translation>
    </message>
    <message>
        <source>Dispatch this line to a team first.</source>
        <translation>请先将此项目派工给班组。</translation>
    </message>
    <message>
        <source>This line has already been started.</source>
        <translation>此项目已开工。</translation>
    </message>
    <message>
        <source>Start this line first.</source>
        <translation>请先将此项目开工。</translation>
    </message>
    <message>
        <source>Lines are started and finished only while the car is in the workshop (dispatched, in repair or rework).</source>
        <translation>只有车辆在车间时（已派工、维修中或返工中）才能登记项目开工及完工。</translation>
    </message>
    <message>
        <source>Dispatching waits until the customer has answered the added work.</source>
        <translation>须等客户答复追加项目后才能派工。</translation>
    </message>
    <message>
        <source>Some repair lines are not finished yet.</source>
        <translation>尚有维修项目未完工。</translation>
    </message>
    <message>
        <source>Choose the team (or the mechanic) this line goes to.</source>
        <translation>请选择此项目派给哪个班组（或维修工）。</translation>
    </message>
    <message>
        <source>There is no commission rule {ref} in force.</source>
        <translation>目前没有生效中的提成规则 {ref}。</translation>
    </message>
    <message>
        <source>There is no labour operation {code} in the catalog.</source>
        <translation>目录中没有工时项目 {code}。</translation>
    </message>
    <message>
        <source>That mechanic is not an active operator.</source>
        <translation>此维修工不是在职的操作员。</translation>
    </message>
    <message>
        <source>What the outside shop is to do</source>
        <translation>加工内容</translation>
    </message>
    <message>
        <source>Enter the outside shop that does the work.</source>
        <translation>请输入承做的外加工厂。</translation>
    </message>
    <message>
        <source>Say what the outside shop is to do (machining, upholstery, glass…).</source>
        <translation>请说明外加工厂要做的加工内容（机加工、内装、玻璃…）。</translation>
    </message>
    <message>
        <source>Outside work is added on the estimate, or as added work while the car is being repaired.</source>
        <translation>外加工须在估价时加入，或于维修期间作为追加项目加入。</translation>
    </message>
    <message>
        <source>That outside work is no longer on the order.</source>
        <translation>该外加工项目已不在工单上。</translation>
    </message>
    <message>
        <source>Only outside work on an estimate not yet confirmed can be removed; after confirmation the customer declines it as added work.</source>
        <translation>只有估价尚未确认时才能移除外加工；确认后，须由客户以追加项目的方式拒绝。</translation>
    </message>
    <message>
        <source>The part goes out once the customer has confirmed the work order.</source>
        <translation>客户确认维修工单后，工件才能送出。</translation>
    </message>
    <message>
        <source>The customer has not agreed to this outside work: it may not be sent.</source>
        <translation>客户尚未同意此外加工项目：不能送出。</translation>
    </message>
    <message>
        <source>This part has already been sent to the outside shop.</source>
        <translation>此工件已送外加工。</translation>
    </message>
    <message>
        <source>Record that the part was sent before it comes back.</source>
        <translation>请先登记工件已送出，才能登记返回。</translation>
    </message>
    <message>
        <source>This part is already back from the outside shop.</source>
        <translation>此零件已从外加工厂取回。</translation>
    </message>
    <message>
        <source>The time may not be in the future.</source>
        <translation>时间不可晚于现在。</translation>
    </message>
    <message>
        <source>The part cannot come back before it was sent ({sent}).</source>
        <translation>返回时间不可早于送出时间（{sent}）。</translation>
    </message>
    <message>
        <source>The expected return must be after the part is sent.</source>
        <translation>预计返回时间须晚于送出时间。</translation>
    </message>
    <message>
        <source>The order is closed: its outside work can no longer change.</source>
        <translation>此工单已结案：外加工项目不能再变更。</translation>
    </message>
    <message>
        <source>The work may not start before the work order was confirmed ({confirmed}).</source>
        <translation>开工时间不可早于维修工单确认时间（{confirmed}）。</translation>
    </message>
    <message>
        <source>The finish may not be before the start ({started}).</source>
        <translation>完工时间不可早于开工时间（{started}）。</translation>
    </message>
    <message>
        <source>The parts do not agree with the order yet ({count} problem(s), listed in the Parts tab): the first is: {first}</source>
        <translation>用料与工单尚未核对一致（共 {count} 项问题，列于“领料”分页），第一项：{first}</translation>
    </message>
    <message>
        <source>The database file {file} is damaged ({detail}). It was not changed.</source>
        <translation>数据库文件 {file} 已损坏（{detail}），文件未被变更。</translation>
    </message>
    <message>
        <source>The file {file} is not a garage database this program can open as it is ({detail}). It was not changed.</source>
        <translation>文件 {file} 不是本程序能直接打开的维修厂数据库（{detail}），文件未被变更。</translation>
    </message>
    <message>
        <source>The database file {file} was written by a newer version of this program (schema {revision}). Install the newer version, or restore a backup made by this one.</source>
        <translation>数据库文件 {file} 由较新版本的本程序写入（数据结构 {revision}）。请安装新版本，或恢复由目前版本制作的备份。</translation>
    </message>
    <message>
        <source>Choose two different records: one to keep and one to merge into it.</source>
        <translation>请选择两笔不同的记录：一笔保留，另一笔并入其中。</translation>
    </message>
    <message>
        <source>The plates {keep} and {merge} differ by more than the script they were typed in: they are two cars.</source>
        <translation>车牌 {keep} 与 {merge} 不只是繁简字体不同：它们是两辆车。</translation>
    </message>
    <message>
        <source>The two records have different VINs ({keep} and {merge}): they are two cars, not one.</source>
        <translation>两笔记录的车架号(VIN)不同（{keep} 与 {merge}）：是两辆车，不是同一辆。</translation>
    </message>
    <message>
        <source>The names {keep} and {merge} differ by more than the script they were typed in: they are two customers.</source>
        <translation>姓名 {keep} 与 {merge} 不只是繁简字体不同：他们是两位客户。</translation>
    </message>
    <message>
        <source>The two customers have different phone numbers ({keep} and {merge}): they are two people, not one.</source>
        <translation>两位客户的电话不同（{keep} 与 {merge}）：是两个人，不是同一人。</translation>
    </message>
    <message>
        <source>Choose the records to merge into the one kept.</source>
        <translation>请选择要并入保留记录的记录。</translation>
    </message>
    <message>
        <source>A booking is cancelled (or marked a no-show) in the Appointments tab.</source>
        <translation>预约请在“预约”页取消（或标记未到）。</translation>
    </message>
    <message>
        <source>The repair has begun: an order can be cancelled only before its first line is started (a start entered by mistake is undone in the Work ticket tab).</source>
        <translation>维修已开始：工单只能在第一个项目开工前取消（误登的开工请在“维修工单”页撤销）。</translation>
    </message>
    <message>
        <source>Parts are out of the store for this order ({count} line(s)): return them in the Parts tab before cancelling.</source>
        <translation>此工单已有配件出库（{count} 项）：取消前请先在“领料”页退回。</translation>
    </message>
    <message>
        <source>Money has been taken on this order: void the payments first.</source>
        <translation>此工单已收款：请先作废收款。</translation>
    </message>
    <message>
        <source>This order waits for settlement: it is settled (a discount may waive a charge), not cancelled.</source>
        <translation>此工单正等候结算：应予结算（可用优惠免收费用），不能取消。</translation>
    </message>
    <message>
        <source>A booking has no work order yet.</source>
        <translation>预约尚无工单。</translation>
    </message>
    <message>
        <source>Say why the customer declines the estimate.</source>
        <translation>请说明客户拒绝估价的原因。</translation>
    </message>
    <message>
        <source>Say why the payment is voided.</source>
        <translation>请说明作废收款的原因。</translation>
    </message>
    <message>
        <source>That payment no longer exists.</source>
        <translation>该笔收款已不存在。</translation>
    </message>
    <message>
        <source>This line is not dispatched.</source>
        <translation>此项目尚未派工。</translation>
    </message>
    <message>
        <source>This line has been started: undo its start first.</source>
        <translation>此项目已开工：请先撤销开工。</translation>
    </message>
    <message>
        <source>This line has not been started.</source>
        <translation>此项目尚未开工。</translation>
    </message>
    <message>
        <source>This line is finished: undo its finish first.</source>
        <translation>此项目已完工：请先撤销完工。</translation>
    </message>
    <message>
        <source>This line is not finished.</source>
        <translation>此项目尚未完工。</translation>
    </message>
    <message>
        <source>The repair has been reported finished: undo &quot;repair finished&quot; first.</source>
        <translation>已报完工：请先撤销“报完工”。</translation>
    </message>
    <message>
        <source>The inspector has begun final QC on this car: the repair can no longer be reopened (failing the QC sends work back).</source>
        <translation>检验员已开始完工总检：维修不能再重新打开（总检不合格即会退回返工）。</translation>
    </message>
    <message>
        <source>Owner approved: below the catalog price</source>
        <translation>店主批准：低于目录价</translation>
    </message>
    <message>
        <source>Owner approved: below the hourly rate</source>
        <translation>店主批准：低于工时单价</translation>
    </message>
    <message>
        <source>Owner approved: free of charge</source>
        <translation>店主批准：免费</translation>
    </message>
    <message>
        <source>below the catalog price</source>
        <translation>低于目录价</translation>
    </message>
    <message>
        <source>below the hourly rate</source>
        <translation>低于工时单价</translation>
    </message>
    <message>
        <source>free of charge</source>
        <translation>免费</translation>
    </message>
    <message>
        <source>{count} line(s) priced below the list or at zero: the owner approves them on the spot (first: {first}).</source>
        <translation>有 {count} 项价格低于目录或为零：须由店主当场批准（第一项：{first}）。</translation>
    </message>
    <message>
        <source>Only an owner approves a price below the list.</source>
        <translation>只有店主可以批准低于目录的价格。</translation>
    </message>
    <message>
        <source>That is not the owner&apos;s PIN: the prices were not approved.</source>
        <translation>这不是店主的 PIN：价格未获批准。</translation>
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
        <translation>赠送</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>客户拒绝</translation>
    </message>
    <message>
        <source>Noted at QC</source>
        <translation>总检时提出</translation>
    </message>
    <message>
        <source>Noted at delivery</source>
        <translation>交车时提出</translation>
    </message>
    <message>
        <source>三包: enter the purchase date to check the 三包 periods.</source>
        <translation>三包：请输入购车日期以核对三包期限。</translation>
    </message>
    <message>
        <source>三包: past the validity period ({valid}); the repair warranty runs to {repair}.</source>
        <translation>三包：已过三包有效期（{valid}）；包修期至 {repair}。</translation>
    </message>
    <message>
        <source>三包: past the repair warranty ({repair}): the maker may refuse to pay.</source>
        <translation>三包：已过包修期（{repair}），厂家可能拒绝支付。</translation>
    </message>
    <message>
        <source>The question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>A call script needs at least one question.</source>
        <translation>回访话术至少要有一个问题。</translation>
    </message>
    <message>
        <source>A call script holds at most {limit} questions.</source>
        <translation>回访话术最多 {limit} 个问题。</translation>
    </message>
    <message>
        <source>Question {number} has no text: write it or remove the question.</source>
        <translation>第 {number} 题没有内容：请填写内容或移除此问题。</translation>
    </message>
    <message>
        <source>Question {number} has no kind of answer chosen.</source>
        <translation>第 {number} 题尚未选择回答方式。</translation>
    </message>
    <message>
        <source>Two questions of the script are the same question ({key}).</source>
        <translation>话术中有两个问题相同（{key}）。</translation>
    </message>
    <message>
        <source>Read out (no answer)</source>
        <translation>照读（不需回答）</translation>
    </message>
    <message>
        <source>Satisfaction 1–5</source>
        <translation>满意度 1–5</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>是／否</translation>
    </message>
    <message>
        <source>The customer&apos;s words</source>
        <translation>客户原话</translation>
    </message>
    <message>
        <source>Would introduce a friend: yes / no / maybe</source>
        <translation>是否愿意介绍朋友：是／否／考虑中</translation>
    </message>
    <message>
        <source>Materials reconciled with the work ordered</source>
        <translation>出库用料与工单维修项目核对一致</translation>
    </message>
    <message>
        <source>Every outside-work slip back</source>
        <translation>外部加工单均已返回</translation>
    </message>
    <message>
        <source>Final QC passed, certificate issued where needed</source>
        <translation>完工总检合格，需要时已签发竣工出厂合格证</translation>
    </message>
    <message>
        <source>Confirmed by {name} on {date}.</source>
        <translation>已由 {name} 于 {date} 确认。</translation>
    </message>
    <message>
        <source>The customer never confirmed the work order.</source>
        <translation>客户未确认维修工单。</translation>
    </message>
    <message>
        <source>{count} added-work item(s) still wait for the customer&apos;s answer.</source>
        <translation>尚有 {count} 项追加项目等候客户答复。</translation>
    </message>
    <message>
        <source>The customer declined the estimate: only the diagnosis fee is charged.</source>
        <translation>客户已拒绝估价：只收检测诊断费。</translation>
    </message>
    <message>
        <source>Every issued part is on the order and every planned part issued.</source>
        <translation>所有领出的配件均在工单上，计划用料均已领出。</translation>
    </message>
    <message>
        <source>Not reconciled: {problems}</source>
        <translation>尚未核对一致：{problems}</translation>
    </message>
    <message>
        <source>No outside work on this order.</source>
        <translation>此工单没有外加工项目。</translation>
    </message>
    <message>
        <source>All {count} piece(s) of outside work are back.</source>
        <translation>{count} 件外加工已全部返回。</translation>
    </message>
    <message>
        <source>{what}: never sent to {supplier}.</source>
        <translation>{what}：从未送交 {supplier}。</translation>
    </message>
    <message>
        <source>Not back from the outside shop: {problems}</source>
        <translation>尚未从外加工厂取回：{problems}</translation>
    </message>
    <message>
        <source>{what}: sent to {supplier} on {sent}, not back yet.</source>
        <translation>{what}：已于 {sent} 送至 {supplier}，尚未返回。</translation>
    </message>
    <message>
        <source>Nothing was repaired: no final QC is needed.</source>
        <translation>未进行任何维修：无需完工总检。</translation>
    </message>
    <message>
        <source>The car has not passed final QC.</source>
        <translation>车辆尚未通过完工总检。</translation>
    </message>
    <message>
        <source>The last final QC (inspection {attempt}) failed.</source>
        <translation>最近一次完工总检（第 {attempt} 次检验）不合格。</translation>
    </message>
    <message>
        <source>Passed final QC (inspection {attempt}).</source>
        <translation>完工总检合格（第 {attempt} 次检验）。</translation>
    </message>
    <message>
        <source>Passed final QC (inspection {attempt}); certificate {number}.</source>
        <translation>完工总检合格（第 {attempt} 次检验）；合格证 {number}。</translation>
    </message>
    <message>
        <source>{job_class} needs a completion certificate and none was issued.</source>
        <translation>{job_class}须有竣工出厂合格证，但尚未签发。</translation>
    </message>
    <message>
        <source>The cashier&apos;s check fails: {reasons}</source>
        <translation>收银核对未通过：{reasons}</translation>
    </message>
    <message>
        <source>A delay is announced while the car is in the garage and not ready yet; this order is {status}.</source>
        <translation>只有车辆在厂且尚未完工时才能登记延误通知；此工单目前为“{status}”。</translation>
    </message>
    <message>
        <source>Say how the customer was told: by phone, in person or by message.</source>
        <translation>请说明通知客户的方式：电话、当面或消息。</translation>
    </message>
    <message>
        <source>Say why the car will be late (the customer is owed the reason).</source>
        <translation>请说明车辆延误的原因（应向客户说明理由）。</translation>
    </message>
    <message>
        <source>The time of the call may not be in the future.</source>
        <translation>通知时间不能晚于现在。</translation>
    </message>
    <message>
        <source>The call cannot be before the car was received ({received}).</source>
        <translation>通知时间不可早于接车时间（{received}）。</translation>
    </message>
    <message>
        <source>Enter the new time the customer agreed to.</source>
        <translation>请输入客户同意的新时间。</translation>
    </message>
    <message>
        <source>The new time must be after the call.</source>
        <translation>新时间须晚于通知时间。</translation>
    </message>
    <message>
        <source>The new time must be later than the promised time {promised}: a delay moves the promise on.</source>
        <translation>新时间须晚于原约定交车时间 {promised}：延误只能将约定时间往后延。</translation>
    </message>
    <message>
        <source>The call came after the promised time {promised} had passed: the board and the work order go by the new time, and the on-time rate still counts the car as late.</source>
        <translation>此次通知是在约定交车时间 {promised} 过后才进行的：看板和工单以新时间为准，准时交车率仍将此车计为超时。</translation>
    </message>
    <message>
        <source>The answer</source>
        <translation>回答内容</translation>
    </message>
    <message>
        <source>Answers can be recorded only when the customer was reached.</source>
        <translation>只有联系上客户时才能登记回答。</translation>
    </message>
    <message>
        <source>The call script has no such question (it may have just been edited): open the call again.</source>
        <translation>回访话术中没有此问题（可能刚被修改）：请重新打开此次回访。</translation>
    </message>
    <message>
        <source>A satisfaction answer is 1 (very dissatisfied) to 5 (very satisfied).</source>
        <translation>满意度回答须为 1（非常不满意）至 5（非常满意）。</translation>
    </message>
    <message>
        <source>Choose one of the answers offered.</source>
        <translation>请从提供的回答中选择一个。</translation>
    </message>
    <message>
        <source>There is no such follow-up call.</source>
        <translation>没有这笔回访记录。</translation>
    </message>
    <message>
        <source>This call has no answer about introducing a friend: a new customer is linked to the call in which the referral was asked.</source>
        <translation>此次回访没有关于介绍新客户的回答：新客户须链接到询问过介绍意愿的那次回访。</translation>
    </message>
    <message>
        <source>Choose the new customer the referral brought.</source>
        <translation>请选择此次介绍来的新客户。</translation>
    </message>
    <message>
        <source>{customer} was registered before this call: a referral links the new customer it brought.</source>
        <translation>{customer} 在此次回访之前已登记：介绍只能链接因此带来的新客户。</translation>
    </message>
    <message>
        <source>{customer} is already linked to a referral of {referrer}.</source>
        <translation>{customer} 已链接为 {referrer} 介绍的客户。</translation>
    </message>
    <message>
        <source>There is no such referral link.</source>
        <translation>找不到此介绍关联。</translation>
    </message>
    <message>
        <source>The order is settled or closed: its lines can no longer be made free or charged again.</source>
        <translation>工单已结算或已结案：其项目不能再改为免费或恢复收费。</translation>
    </message>
    <message>
        <source>That line is not on this order.</source>
        <translation>此工单没有该项目。</translation>
    </message>
    <message>
        <source>This line is already free.</source>
        <translation>此项目已是免费。</translation>
    </message>
    <message>
        <source>This line is not free.</source>
        <translation>此项目并非免费。</translation>
    </message>
    <message>
        <source>Nothing is charged for this line: there is nothing to give away.</source>
        <translation>此项目未收费，无须设为免费。</translation>
    </message>
    <message>
        <source>The customer declined this added item: it is not charged, there is nothing to give away.</source>
        <translation>客户已拒绝此追加项目：本就不收费，无需设为免费。</translation>
    </message>
    <message>
        <source>Choose why the line is free: warranty, comeback or goodwill.</source>
        <translation>请选择免费原因：保修、返修或赠送。</translation>
    </message>
    <message>
        <source>Say in a few words why the garage gives this away.</source>
        <translation>请简短说明本厂免费赠送的原因。</translation>
    </message>
    <message>
        <source>Describe the work recommended for later.</source>
        <translation>请说明建议日后进行的维修作业。</translation>
    </message>
    <message>
        <source>This order has no vehicle to keep the recommendation on.</source>
        <translation>此工单没有车辆，无法保留建议项目。</translation>
    </message>
    <message>
        <source>A recommendation is noted on a car that came in, not on a booking or a cancelled order.</source>
        <translation>建议项目须登记在已进厂的车辆上，不能登记在预约或已取消的工单上。</translation>
    </message>
    <message>
        <source>That recommendation no longer exists.</source>
        <translation>该建议项目已不存在。</translation>
    </message>
    <message>
        <source>This recommendation is already closed.</source>
        <translation>此建议项目已结案。</translation>
    </message>
    <message>
        <source>Say why the recommendation is dismissed.</source>
        <translation>请说明撤销此建议项目的原因。</translation>
    </message>
    <message>
        <source>This recommendation belongs to another car.</source>
        <translation>此建议项目属于另一辆车。</translation>
    </message>
    <message>
        <source>The customer already confirmed this work order: propose the recommendation as added work instead.</source>
        <translation>客户已确认此维修工单：请改将此建议项目提出为追加项目。</translation>
    </message>
    <message>
        <source>There is no job {code} in the catalog.</source>
        <translation>目录中没有作业 {code}。</translation>
    </message>
    <message>
        <source>Only a 三包 order (paid as warranty) owes a loaner or transport compensation.</source>
        <translation>只有三包工单（按三包结算）才须提供备用车或交通费用补偿。</translation>
    </message>
    <message>
        <source>The compensation is owed from day six of a 三包 repair ({day}); this repair has not run that long.</source>
        <translation>三包维修自第六天（{day}）起才须补偿；此次维修尚未达到这么多天。</translation>
    </message>
    <message>
        <source>The compensation for this repair is already recorded.</source>
        <translation>此次维修的补偿已经登记。</translation>
    </message>
    <message>
        <source>The compensation is recorded while the car is in the garage or when it is handed back; this order is {status}.</source>
        <translation>须在车辆在厂期间或交车时登记补偿；此工单目前为“{status}”。</translation>
    </message>
    <message>
        <source>Choose a loaner car or transport compensation.</source>
        <translation>请选择备用车或交通费用补偿。</translation>
    </message>
    <message>
        <source>Say which car was lent (plate or model).</source>
        <translation>请说明借出哪辆备用车（车牌号或车型）。</translation>
    </message>
    <message>
        <source>Enter the transport compensation paid.</source>
        <translation>请输入已支付的交通费用补偿金额。</translation>
    </message>
    <message>
        <source>Changed by {by} at {at} since you opened it — reload to see it; what you typed is kept until you do</source>
        <translation>{by} 已于 {at} 修改了此工单（在您打开之后）— 请重新加载查看；重新加载前，您输入的内容仍保留</translation>
    </message>
    <message>
        <source>The database is busy: another PC is saving. Nothing was saved; try again in a moment.</source>
        <translation>数据库忙碌中：另一台电脑正在保存。本次未保存任何内容，请稍后再试。</translation>
    </message>
    <message>
        <source>the garage&apos;s name</source>
        <translation>店名</translation>
    </message>
    <message>
        <source>the garage&apos;s phone number</source>
        <translation>本店电话</translation>
    </message>
    <message>
        <source>the customer&apos;s name</source>
        <translation>客户姓名</translation>
    </message>
    <message>
        <source>the plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>the order number</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>the booked time, the promised time or the new time agreed</source>
        <translation>预约时间、约定交车时间或重新约定的时间</translation>
    </message>
    <message>
        <source>the amount the customer still owes</source>
        <translation>客户尚待支付的金额</translation>
    </message>
    <message>
        <source>the date due (next service, annual inspection, insurance expiry)</source>
        <translation>到期日期（下次保养、年检、保险到期）</translation>
    </message>
    <message>
        <source>the mileage of the next service</source>
        <translation>下次保养里程</translation>
    </message>
    <message>
        <source>the next service: its date and/or mileage, in words</source>
        <translation>下次保养：以文字写出日期及／或里程</translation>
    </message>
    <message>
        <source>Booking confirmation</source>
        <translation>预约确认</translation>
    </message>
    <message>
        <source>Car ready</source>
        <translation>完工取车通知</translation>
    </message>
    <message>
        <source>Delay notice</source>
        <translation>延误通知</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Service due</source>
        <translation>保养到期</translation>
    </message>
    <message>
        <source>Annual inspection due</source>
        <translation>年检到期</translation>
    </message>
    <message>
        <source>Insurance due</source>
        <translation>保险到期</translation>
    </message>
    <message>
        <source>The field mapping file {path} cannot be used: {reason}</source>
        <translation>字段对照档 {path} 无法使用：{reason}</translation>
    </message>
    <message>
        <source>The file name</source>
        <translation>文件名称</translation>
    </message>
    <message>
        <source>That part line is not on this order.</source>
        <translation>此配件明细不在这张工单上。</translation>
    </message>
    <message>
        <source>That part line already is a catalog part ({code}).</source>
        <translation>此配件明细已是目录配件（{code}）。</translation>
    </message>
    <message>
        <source>Parts were issued from stock for that line: it cannot become another part.</source>
        <translation>此项目已从库存领料，不能改为其他配件。</translation>
    </message>
    <message>
        <source>The order has no vehicle.</source>
        <translation>此工单没有车辆。</translation>
    </message>
    <message>
        <source>That part is no longer in the catalog.</source>
        <translation>此配件已不在目录中。</translation>
    </message>
    <message>
        <source>The protocol file {path} cannot be used: {reason}</source>
        <translation>无法使用协议档 {path}：{reason}</translation>
    </message>
    <message>
        <source>The platform could not be reached (no network, or the address is wrong). It is tried again later.</source>
        <translation>无法连接到平台（没有网络，或网址错误），稍后会再重试。</translation>
    </message>
    <message>
        <source>The platform did not answer in time. It is tried again later.</source>
        <translation>平台未及时回应，稍后会再试。</translation>
    </message>
    <message>
        <source>The platform&apos;s answer could not be read. It is tried again later.</source>
        <translation>无法读取平台的回应，稍后会再试。</translation>
    </message>
    <message>
        <source>The platform answered with an error of its own. It is tried again later.</source>
        <translation>平台回报了错误，稍后会再重试。</translation>
    </message>
    <message>
        <source>The platform refused the company code or password.</source>
        <translation>平台拒绝了企业代码或密码。</translation>
    </message>
    <message>
        <source>The platform refused the record.</source>
        <translation>平台拒收此笔记录。</translation>
    </message>
    <message>
        <source>Accepted by the platform.</source>
        <translation>平台已接收。</translation>
    </message>
    <message>
        <source>Enter the platform&apos;s address, starting with http:// or https://.</source>
        <translation>请输入平台网址，以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <source>At most {limit} characters.</source>
        <translation>最多 {limit} 个字符。</translation>
    </message>
    <message>
        <source>Enter the company code the platform gave the garage.</source>
        <translation>请输入平台核发给本店的企业代码。</translation>
    </message>
    <message>
        <source>Enter the platform password.</source>
        <translation>请输入平台密码。</translation>
    </message>
    <message>
        <source>Choose the day uploads start from (orders settled before it are not sent).</source>
        <translation>请选择开始上传的日期（在此日期前结算的工单不会上传）。</translation>
    </message>
    <message>
        <source>Type it on one line, without control characters.</source>
        <translation>请在同一行内输入，不可含控制字符。</translation>
    </message>
    <message>
        <source>The message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>The outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>The template</source>
        <translation>消息模板</translation>
    </message>
    <message>
        <source>Unknown reason for the contact: {purpose}.</source>
        <translation>不明的联系原因：{purpose}。</translation>
    </message>
    <message>
        <source>Say how the customer was contacted: by a call or by a message.</source>
        <translation>请说明联系客户的方式：电话或消息。</translation>
    </message>
    <message>
        <source>A contact is about an order or a vehicle: choose one first.</source>
        <translation>联系记录须关联到工单或车辆：请先选择其一。</translation>
    </message>
    <message>
        <source>This message is about an order: choose the order first.</source>
        <translation>此消息与工单有关：请先选择工单。</translation>
    </message>
    <message>
        <source>The order was not found.</source>
        <translation>找不到此工单。</translation>
    </message>
    <message>
        <source>The vehicle was not found.</source>
        <translation>找不到此车辆。</translation>
    </message>
    <message>
        <source>The order is about another vehicle.</source>
        <translation>此工单属于另一辆车。</translation>
    </message>
    <message>
        <source>A booking is confirmed while it is still to come; this one is {status}.</source>
        <translation>只有尚未到时间的预约才能确认；此预约目前为“{status}”。</translation>
    </message>
    <message>
        <source>The message is empty: write it before copying.</source>
        <translation>消息是空的：请先填写再复制。</translation>
    </message>
    <message>
        <source>The template &quot;{template}&quot; is empty: write it or restore the default.</source>
        <translation>模板“{template}”是空的：请填写内容或恢复默认。</translation>
    </message>
    <message>
        <source>The template &quot;{template}&quot; holds {names}, which the program cannot fill. Use only: {known}.</source>
        <translation>模板“{template}”含有程序无法填入的 {names}。只能使用：{known}。</translation>
    </message>
    <message>
        <source>Templates are written in a document language: {languages}.</source>
        <translation>模板须以单据语言撰写：{languages}。</translation>
    </message>
    <message>
        <source>The car has no {kind} to remind of.</source>
        <translation>此车没有需要提醒的{kind}。</translation>
    </message>
    <message>
        <source>This reminder was already closed.</source>
        <translation>此提醒已结案。</translation>
    </message>
    <message>
        <source>Say why the reminder is closed without a booking.</source>
        <translation>请说明此提醒未预约即结案的原因。</translation>
    </message>
    <message>
        <source>Choose a booking of this car.</source>
        <translation>请选择此车的预约。</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未做任何变更。</translation>
    </message>
    <message>
        <source>Choose the labour operation or the job class the rule is for.</source>
        <translation>请选择此规则适用的工时项目或作业分类。</translation>
    </message>
    <message>
        <source>A rule is for one labour operation or for one job class, not both.</source>
        <translation>一条规则只能针对一个工时项目或一个作业分类，不能两者兼有。</translation>
    </message>
    <message>
        <source>Give the percentage of the labour charge or the fixed amount.</source>
        <translation>请输入工时费的百分比或固定金额。</translation>
    </message>
    <message>
        <source>A rule pays a percentage or a fixed amount, not both.</source>
        <translation>规则只能按百分比或按固定金额计算，不可两者并用。</translation>
    </message>
    <message>
        <source>The percentage must be more than 0 and at most 100.</source>
        <translation>百分比须大于 0 且不超过 100。</translation>
    </message>
    <message>
        <source>The fixed amount must be more than ¥0.</source>
        <translation>固定金额须大于 ¥0。</translation>
    </message>
    <message>
        <source>Choose at least one mechanic.</source>
        <translation>请至少选择一位维修工。</translation>
    </message>
    <message>
        <source>Each mechanic&apos;s share must be a whole number from 1 to 100.</source>
        <translation>每位维修工的分配比例须为 1 至 100 的整数。</translation>
    </message>
    <message>
        <source>A mechanic is named twice on this line.</source>
        <translation>同一位维修工在此项目中出现两次。</translation>
    </message>
    <message>
        <source>No card has the number {number}.</source>
        <translation>没有卡号为 {number} 的卡片。</translation>
    </message>
    <message>
        <source>Enter the card number.</source>
        <translation>请输入卡号。</translation>
    </message>
    <message>
        <source>A card number has 4 to 24 letters or digits.</source>
        <translation>卡号须为 4 至 24 位英文字母或数字。</translation>
    </message>
    <message>
        <source>The card number {number} is already in use.</source>
        <translation>卡号 {number} 已被使用。</translation>
    </message>
    <message>
        <source>Choose the customer who buys the card.</source>
        <translation>请选择购卡的客户。</translation>
    </message>
    <message>
        <source>A card PIN has 4 to 8 digits (leave it empty for none).</source>
        <translation>会员卡 PIN 码为 4 至 8 位数字（不设置请留空）。</translation>
    </message>
    <message>
        <source>The card&apos;s PIN is wrong.</source>
        <translation>会员卡 PIN 码错误。</translation>
    </message>
    <message>
        <source>Too many wrong PINs for this card: the next try is accepted in {seconds} seconds.</source>
        <translation>此卡的 PIN 输入错误次数过多：{seconds} 秒后才能再试。</translation>
    </message>
    <message>
        <source>The card {number} is closed ({reason}).</source>
        <translation>卡号 {number} 已停用（{reason}）。</translation>
    </message>
    <message>
        <source>The card {number} is a package card: it pays for its services, not amounts.</source>
        <translation>卡片 {number} 是套餐卡：只能支付卡内的服务项目，不能支付金额。</translation>
    </message>
    <message>
        <source>The card {number} is a stored-value card.</source>
        <translation>卡 {number} 是储值卡。</translation>
    </message>
    <message>
        <source>The card holds only {balance}.</source>
        <translation>此卡余额只有 {balance}。</translation>
    </message>
    <message>
        <source>Choose how the customer pays for the card: cash, WeChat Pay, Alipay, bank card or bank transfer.</source>
        <translation>请选择客户购卡的付款方式：现金、微信支付、支付宝、银行卡或银行转账。</translation>
    </message>
    <message>
        <source>That card service no longer exists.</source>
        <translation>此卡的服务项目已不存在。</translation>
    </message>
    <message>
        <source>The card {number} has no use of {service} left.</source>
        <translation>卡号 {number} 的“{service}”已无剩余次数。</translation>
    </message>
    <message>
        <source>The card {number} expired on {date}.</source>
        <translation>卡片 {number} 已于 {date} 过期。</translation>
    </message>
    <message>
        <source>That package no longer exists or is no longer sold.</source>
        <translation>此套餐已不存在或已停售。</translation>
    </message>
    <message>
        <source>The package has no services.</source>
        <translation>此套餐没有任何服务项目。</translation>
    </message>
    <message>
        <source>The garage&apos;s rule: cards are not refundable (Settings).</source>
        <translation>本店规定：会员卡不可退款（见“设置”）。</translation>
    </message>
    <message>
        <source>Nothing is left on the card {number}.</source>
        <translation>卡 {number} 已无余额或剩余次数。</translation>
    </message>
    <message>
        <source>Say why.</source>
        <translation>请说明原因。</translation>
    </message>
    <message>
        <source>That bonus rule no longer exists.</source>
        <translation>此充值赠送规则已不存在。</translation>
    </message>
    <message>
        <source>A rule for {amount} already exists: retire it first.</source>
        <translation>{amount} 的规则已存在：请先停用该规则。</translation>
    </message>
    <message>
        <source>The bonus may not be more than the amount paid.</source>
        <translation>赠送金额不能多于实付金额。</translation>
    </message>
    <message>
        <source>This discount is a card payment&apos;s bonus share: void the card payment instead.</source>
        <translation>此折扣是储值卡付款中的赠送金额部分：请改为作废该笔储值卡收款。</translation>
    </message>
    <message>
        <source>The card still holds {balance}: refund it instead.</source>
        <translation>此卡仍有余额 {balance}：请改为办理退款。</translation>
    </message>
    <message>
        <source>The insurer&apos;s name</source>
        <translation>保险公司名称</translation>
    </message>
    <message>
        <source>The contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>The loss-assessment reference</source>
        <translation>定损单号</translation>
    </message>
    <message>
        <source>Enter the insurer&apos;s name.</source>
        <translation>请输入保险公司名称。</translation>
    </message>
    <message>
        <source>There is already an insurer called {name}.</source>
        <translation>已有名为 {name} 的保险公司。</translation>
    </message>
    <message>
        <source>That insurer no longer exists.</source>
        <translation>此保险公司已不存在。</translation>
    </message>
    <message>
        <source>{name} is no longer dealt with; choose another insurer.</source>
        <translation>{name} 已停止合作，请另选保险公司。</translation>
    </message>
    <message>
        <source>Nothing on this order is charged to an insurer.</source>
        <translation>此工单没有由保险公司支付的项目。</translation>
    </message>
    <message>
        <source>The insurer has already paid against this order: its insurer and loss assessment can no longer change.</source>
        <translation>保险公司已就此工单付款：其保险公司及定损单号不能再更改。</translation>
    </message>
    <message>
        <source>Name the grade.</source>
        <translation>请输入等级名称。</translation>
    </message>
    <message>
        <source>A grade named {name} already exists.</source>
        <translation>已有名为 {name} 的会员等级。</translation>
    </message>
    <message>
        <source>That member grade no longer exists.</source>
        <translation>此会员等级已不存在。</translation>
    </message>
    <message>
        <source>The grade {name} is no longer given.</source>
        <translation>会员等级 {name} 已停用。</translation>
    </message>
    <message>
        <source>At most {count} characters.</source>
        <translation>最多 {count} 个字符。</translation>
    </message>
    <message>
        <source>Name the package.</source>
        <translation>请输入套餐名称。</translation>
    </message>
    <message>
        <source>A package named {name} already exists.</source>
        <translation>已有名为 {name} 的套餐。</translation>
    </message>
    <message>
        <source>A package is valid for 1 to 3660 days.</source>
        <translation>套餐有效期为 1 至 3660 天。</translation>
    </message>
    <message>
        <source>Add at least one service to the package.</source>
        <translation>请为套餐加入至少一个服务项目。</translation>
    </message>
    <message>
        <source>{code} is not a labour operation in the catalog.</source>
        <translation>{code} 不是目录中的工时项目。</translation>
    </message>
    <message>
        <source>Each service is used 1 to 999 times.</source>
        <translation>每个服务项目可使用 1 至 999 次。</translation>
    </message>
    <message>
        <source>{code} is in the package twice: give it more uses instead.</source>
        <translation>{code} 在套餐中重复出现：请改为增加其次数。</translation>
    </message>
    <message>
        <source>That package no longer exists.</source>
        <translation>此套餐已不存在。</translation>
    </message>
    <message>
        <source>Enter the package&apos;s price, above zero.</source>
        <translation>请输入套餐价格，须大于零。</translation>
    </message>
    <message>
        <source>That card is not this customer&apos;s.</source>
        <translation>此卡不属于这位客户。</translation>
    </message>
    <message>
        <source>The card&apos;s service {service} is not this line&apos;s job.</source>
        <translation>卡上的服务项目“{service}”与此项目的作业不符。</translation>
    </message>
    <message>
        <source>The card {number} is closed.</source>
        <translation>卡片 {number} 已停用。</translation>
    </message>
    <message>
        <source>The card {number} has no use of {service} left ({reserved} reserved by other open orders).</source>
        <translation>卡 {number} 已无 {service} 的剩余次数（其他未结工单已预留 {reserved} 次）。</translation>
    </message>
    <message>
        <source>Only a line the customer pays can be paid by their package card.</source>
        <translation>只有由客户付费的项目才能用其套餐卡支付。</translation>
    </message>
    <message>
        <source>The card&apos;s service {service} does not include parts.</source>
        <translation>此卡的服务项目 {service} 不含配件。</translation>
    </message>
    <message>
        <source>Redeem the labour line from the card first; its parts follow it.</source>
        <translation>请先用套餐卡抵扣工时项目，其配件才能随之抵扣。</translation>
    </message>
    <message>
        <source>That line is not paid by a package card.</source>
        <translation>此项目不是以套餐卡支付。</translation>
    </message>
    <message>
        <source>The card&apos;s use was taken at settlement: void its payment instead.</source>
        <translation>此卡已在结算时扣除使用次数：请改为作废该笔收款。</translation>
    </message>
    <message>
        <source>The order is settled or closed: its lines are paid as they were.</source>
        <translation>工单已结算或已结案：各项目维持原本的支付方式。</translation>
    </message>
    <message>
        <source>A free line costs the customer nothing: no card pays it.</source>
        <translation>免费项目客户不需付费，不能用卡支付。</translation>
    </message>
    <message>
        <source>The payment&apos;s reference</source>
        <translation>付款参考号</translation>
    </message>
    <message>
        <source>Only a settled order&apos;s receivable can be collected.</source>
        <translation>只有已结算工单的应收账款才能登记回款。</translation>
    </message>
    <message>
        <source>Only the maker (三包) or the insurer (索賠) owes a receivable.</source>
        <translation>只有厂家（三包）或保险公司（索赔）才有应收账款。</translation>
    </message>
    <message>
        <source>Choose how the money came: bank transfer, cash, WeChat Pay, Alipay or bank card.</source>
        <translation>请选择款项的收款方式：银行转账、现金、微信支付、支付宝或银行卡。</translation>
    </message>
    <message>
        <source>Enter the day the money arrived.</source>
        <translation>请输入款项到账日期。</translation>
    </message>
    <message>
        <source>Say why the collection is voided.</source>
        <translation>请说明作废回款的原因。</translation>
    </message>
    <message>
        <source>That collection no longer exists.</source>
        <translation>此笔回款已不存在。</translation>
    </message>
    <message>
        <source>This collection has already been voided.</source>
        <translation>此笔回款已作废。</translation>
    </message>
    <message>
        <source>A voiding row cannot itself be voided.</source>
        <translation>冲销记录本身不能再作废。</translation>
    </message>
</context>
<context>
    <name>DueList</name>
    <message>
        <source>&lt;b&gt;Reminders due&lt;/b&gt; — bring customers back: call or message, then book the car in or close the reminder with a reason</source>
        <translation>&lt;b&gt;到期提醒&lt;/b&gt;——招揽客户回厂：致电或发消息，然后预约进厂，或注明原因将提醒结案</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <source>Overdue and this week</source>
        <translation>已逾期及本周</translation>
    </message>
    <message>
        <source>Overdue and the next 30 days</source>
        <translation>已逾期及未来 30 天</translation>
    </message>
    <message>
        <source>Insurance is best renewed early: look a month ahead</source>
        <translation>保险宜提早续保：可查看未来一个月</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>到期项目</translation>
    </message>
    <message>
        <source>Reminded</source>
        <translation>已提醒</translation>
    </message>
    <message>
        <source>Overdue first, then by the day each falls due; a service by km falls due on the day the car&apos;s expected mileage reaches it</source>
        <translation>已逾期的排在最前，其余按到期日排序；按里程计的保养，以车辆预估里程达到该里程的那天为到期日</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>显示更多(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Called…</source>
        <translation>已致电(&amp;C)…</translation>
    </message>
    <message>
        <source>Record a reminder call and what came of it</source>
        <translation>登记提醒电话及其结果</translation>
    </message>
    <message>
        <source>&amp;Message…</source>
        <translation>发消息(&amp;M)…</translation>
    </message>
    <message>
        <source>Fill the reminder message and copy it for WeChat or SMS</source>
        <translation>填好提醒消息并复制，以便粘贴到微信或短信</translation>
    </message>
    <message>
        <source>&amp;Book…</source>
        <translation>预约(&amp;B)…</translation>
    </message>
    <message>
        <source>Book the car in: the reminder is closed by the booking</source>
        <translation>为此车预约进厂：预约后此提醒即结案</translation>
    </message>
    <message>
        <source>C&amp;lose…</source>
        <translation>结案(&amp;L)…</translation>
    </message>
    <message>
        <source>Close the reminder without a booking, saying why</source>
        <translation>不预约而将提醒结案，并注明原因</translation>
    </message>
    <message>
        <source>&amp;Dates…</source>
        <translation>提醒日期(&amp;D)…</translation>
    </message>
    <message>
        <source>The car&apos;s next service, insurance expiry and annual inspection</source>
        <translation>此车的下次保养、保险到期及年检日期</translation>
    </message>
    <message>
        <source>%1 due, %2 of them overdue</source>
        <translation>%1 项到期，其中 %2 项已逾期</translation>
    </message>
    <message>
        <source> (more below)</source>
        <translation>（下方还有更多）</translation>
    </message>
    <message>
        <source>Nothing due: every reminder is dealt with.</source>
        <translation>没有到期项目：所有提醒都已处理。</translation>
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
        <translation>%1 天后</translation>
    </message>
    <message>
        <source>Insurance expires %1</source>
        <translation>保险 %1 到期</translation>
    </message>
    <message>
        <source>Annual inspection by %1</source>
        <translation>年检期限 %1</translation>
    </message>
    <message>
        <source>Service %1</source>
        <translation>保养 %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>(now about %1 km)</source>
        <translation>（目前约 %1 km）</translation>
    </message>
    <message>
        <source>call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>%1×, last %2</source>
        <translation>%1 次，最近：%2</translation>
    </message>
    <message>
        <source>Record the call</source>
        <translation>登记通话</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>结果(&amp;O)：</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <source>Will call back to book</source>
        <translation>会再来电预约</translation>
    </message>
    <message>
        <source>Reminded; will come</source>
        <translation>已提醒，会来厂</translation>
    </message>
    <message>
        <source>Call recorded for %1.</source>
        <translation>已登记对 %1 的提醒电话。</translation>
    </message>
    <message>
        <source>Message copied for %1: paste it into WeChat or an SMS.</source>
        <translation>已复制给 %1 的消息：请粘贴到微信或短信。</translation>
    </message>
    <message>
        <source>%1 booked in; the reminder is closed.</source>
        <translation>%1 已预约进厂，此提醒已结案。</translation>
    </message>
    <message>
        <source>Close the reminder</source>
        <translation>提醒结案</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>原因(&amp;W)：</translation>
    </message>
    <message>
        <source>Serviced elsewhere</source>
        <translation>已在他处保养</translation>
    </message>
    <message>
        <source>Car sold</source>
        <translation>车已售出</translation>
    </message>
    <message>
        <source>Already renewed</source>
        <translation>已续保</translation>
    </message>
    <message>
        <source>Customer not interested</source>
        <translation>客户无意愿</translation>
    </message>
    <message>
        <source>Reminder for %1 closed.</source>
        <translation>%1 的提醒已结案。</translation>
    </message>
    <message>
        <source>Dates saved for %1.</source>
        <translation>已保存 %1 的提醒日期。</translation>
    </message>
</context>
<context>
    <name>EhrDialog</name>
    <message>
        <source>Export the health records</source>
        <translation>导出电子健康档案</translation>
    </message>
    <message>
        <source>Field mapping file</source>
        <translation>字段对照档</translation>
    </message>
    <message>
        <source>Records use %1. Go back to the national field names shipped with the program?</source>
        <translation>记录目前使用 %1。要恢复为程序内置的全国字段名称吗？</translation>
    </message>
    <message>
        <source>Electronic health record — %1</source>
        <translation>电子健康档案——%1</translation>
    </message>
    <message>
        <source>&amp;Upload queue</source>
        <translation>上传队列(&amp;U)</translation>
    </message>
    <message>
        <source>Checking the month&apos;s records…</source>
        <translation>正在检查本月的记录…</translation>
    </message>
    <message>
        <source>%1 orders settled in %2: %3 ready to send, %4 held back by a problem.</source>
        <translation>%2 结算的工单共 %1 张：%3 张可送出，%4 张因问题暂不送出。</translation>
    </message>
    <message>
        <source>Double-click one to go where it is fixed.</source>
        <translation>双击其中一笔即可前往修正。</translation>
    </message>
    <message>
        <source>%1 (fix in: %2)</source>
        <translation>%1（请至“%2”修正）</translation>
    </message>
    <message>
        <source>Check: %1</source>
        <translation>请核对：%1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation>
            <numerusform>（另有 %n 项）</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready — check: %1</source>
        <translation>可上传——请核对：%1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>可上传</translation>
    </message>
    <message>
        <source>Part code for %1</source>
        <translation>%1 的配件代码</translation>
    </message>
    <message>
        <source>The platform needs a part code for every part. Choose the catalog part this line is (a part the customer brought: the same part in the catalog). The bill does not change.</source>
        <translation>平台要求每项配件都要有配件代码。请选择此明细对应的目录配件（客户自备的配件：选择目录中相同的配件）。结算金额不变。</translation>
    </message>
    <message>
        <source>health-records-%1</source>
        <translation>电子健康档案-%1</translation>
    </message>
    <message>
        <source>Writing the health records…</source>
        <translation>正在写入电子健康档案…</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n record(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 笔记录保存至 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) left out for their problems (listed above).</source>
        <translation>
            <numerusform>有 %n 张工单因问题未导出（列于上方）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Records now use the field names of %1.</source>
        <translation>记录现改用 %1 的字段名称。</translation>
    </message>
    <message>
        <source>Records now use the national field names shipped with the program.</source>
        <translation>记录现已改用程序内置的全国字段名称。</translation>
    </message>
    <message>
        <source>Electronic health record</source>
        <translation>电子健康档案</translation>
    </message>
    <message>
        <source>&amp;Records of the month</source>
        <translation>本月记录(&amp;R)</translation>
    </message>
    <message>
        <source>Double-click (or Enter on) an order with a problem to go where it is fixed.</source>
        <translation>在有问题的工单上双击（或按 Enter），即可前往修正。</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Settlement list no.</source>
        <translation>结算清单编号</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>结算时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Field &amp;mapping…</source>
        <translation>字段对照(&amp;M)…</translation>
    </message>
    <message>
        <source>The owner names another province&apos;s field mapping file (the platform&apos;s field names); empty: the national one shipped with the program.</source>
        <translation>店主可指定其他省份的字段对照档（平台的字段名称）；空白则使用程序内置的全国版本。</translation>
    </message>
    <message>
        <source>&amp;Go and fix</source>
        <translation>前往修正(&amp;G)</translation>
    </message>
    <message>
        <source>Open the screen where the chosen order&apos;s first problem is fixed.</source>
        <translation>打开可修正所选工单第一个问题的界面。</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>导出 JSON(&amp;J)…</translation>
    </message>
    <message>
        <source>Write the ready records of the month as JSON for the provincial platform; orders with problems are left out.</source>
        <translation>将本月可送出的记录写成 JSON，供省级平台使用；有问题的工单不列入。</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>The same, flat: one row per repair item or part, for platforms that take spreadsheets.</source>
        <translation>内容相同，但为平面格式：每个维修项目或配件一行，供接受电子表格的平台使用。</translation>
    </message>
</context>
<context>
    <name>EhrPlatformDialog</name>
    <message>
        <source>set — type a new one to replace it</source>
        <translation>已设置——输入新密码即可取代</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>The password was typed on another PC: uploads run there. Type it again here to run them from this PC instead.</source>
        <translation>密码是在另一台电脑上输入的，因此由那台电脑上传。如要改由这台电脑上传，请在此重新输入密码。</translation>
    </message>
    <message>
        <source>The password is kept sealed with a key stored on this PC only; it is never shown again, nor written to the audit trail or the workbook.</source>
        <translation>密码以仅存于这台电脑的密钥加密保存；之后不会再显示，也不会写入审计记录或工作簿。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>The province&apos;s protocol file</source>
        <translation>本省的协议档</translation>
    </message>
    <message>
        <source>Protocol (*.json)</source>
        <translation>协议档 (*.json)</translation>
    </message>
    <message>
        <source>Health record platform account</source>
        <translation>电子健康档案平台账号</translation>
    </message>
    <message>
        <source>The provincial platform (汽車維修電子健康檔案) gives the garage an address, a company code and a password. Settled orders are then uploaded in the background from this PC.</source>
        <translation>省级平台（汽车维修电子健康档案）会提供本店平台网址、企业代码及密码。设置后，已结算的工单会由这台电脑在后台上传。</translation>
    </message>
    <message>
        <source>Platform &amp;address</source>
        <translation>平台网址(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Company code</source>
        <translation>企业代码(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>Upload orders settled &amp;from</source>
        <translation>上传此日起结算的工单(&amp;F)</translation>
    </message>
    <message>
        <source>Orders settled before this day are not sent (a garage joining the platform does not send its past years)</source>
        <translation>此日期之前结算的工单不会上传（新加入平台的维修厂不必上传以往年度的工单）</translation>
    </message>
    <message>
        <source>Pr&amp;otocol file</source>
        <translation>协议档(&amp;O)</translation>
    </message>
    <message>
        <source>the national protocol shipped with the program</source>
        <translation>程序内置的全国通用协议</translation>
    </message>
    <message>
        <source>Only for a province whose platform takes other addresses, key names or codes: its protocol file (a copy of resources/ehr/protocol.json changed to match)</source>
        <translation>仅适用于平台使用不同网址、键名或代码的省份：该省的协议档（将 resources/ehr/protocol.json 复制一份并依其修改）</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Upload settled orders to the platform</source>
        <translation>将已结算的工单上传至平台(&amp;U)</translation>
    </message>
</context>
<context>
    <name>EhrQueuePanel</name>
    <message>
        <source>Reading the queue…</source>
        <translation>正在读取队列…</translation>
    </message>
    <message>
        <source>To send: %1 · To fix: %2 · Failed: %3 · Sent: %4</source>
        <translation>待上传：%1 · 待修正：%2 · 失败：%3 · 已上传：%4</translation>
    </message>
    <message>
        <source>&lt;b&gt;Uploads are off.&lt;/b&gt; The owner enters the platform account (address, company code, password) to send settled orders automatically; the export writes them to a file meanwhile.</source>
        <translation>&lt;b&gt;上传未激活。&lt;/b&gt;店主输入平台账号（网址、企业代码、密码）后，已结算的工单会自动送出；在此之前，可用导出功能将其写入文件。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Uploads run on another PC&lt;/b&gt; (the one where the platform password was typed): this PC does not hold its key. The queue below is shared.</source>
        <translation>&lt;b&gt;上传在另一台电脑运行&lt;/b&gt;（即输入平台密码的那台）：这台电脑没有其密钥。下方的上传队列为共用。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Uploading&lt;/b&gt; orders settled from %1 to %2, in the background.</source>
        <translation>&lt;b&gt;正在后台上传&lt;/b&gt; %1 至 %2 结算的工单。</translation>
    </message>
    <message>
        <source>The uploader is not running in this window.</source>
        <translation>此窗口未运行上传进程。</translation>
    </message>
    <message>
        <source>Another window of this PC is uploading them.</source>
        <translation>这台电脑的另一个窗口正在上传。</translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <translation>上次尝试：%1</translation>
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
        <translation>失败</translation>
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
        <translation>平台网址、企业代码及密码</translation>
    </message>
    <message>
        <source>Only the owner sets the platform account</source>
        <translation>只有店主可以设置平台账号</translation>
    </message>
    <message>
        <source>Upload queue</source>
        <translation>上传队列</translation>
    </message>
    <message>
        <source>Double-click an order to fix: it opens where it is fixed</source>
        <translation>双击待修正的工单，即可打开修正的界面</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Settlement no.</source>
        <translation>结算清单编号</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>结算时间</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Next try / sent</source>
        <translation>下次重试／送出时间</translation>
    </message>
    <message>
        <source>Platform&apos;s message or what to fix</source>
        <translation>平台消息或待修正事项</translation>
    </message>
    <message>
        <source>Re&amp;try now</source>
        <translation>立即重试(&amp;T)</translation>
    </message>
    <message>
        <source>Send the failed records (the ones selected, or all) now instead of at their next try</source>
        <translation>立即送出失败的记录（所选的，或全部），不等下次重试</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Platform &amp;account…</source>
        <translation>平台账号(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Not possible</source>
        <translation>无法运行</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>发生错误</translation>
    </message>
    <message>
        <source>The program met an unexpected problem and did not save this action. Nothing else was lost.

Details were written to the log file:
{path}</source>
        <translation>程序遇到意外问题，此操作未保存，其他数据均未遗失。

详细信息已写入日志文件：
{path}</translation>
    </message>
</context>
<context>
    <name>EstimateLines</name>
    <message>
        <source>Approved by %1: list %2, given %3</source>
        <translation>%1 批准：目录价 %2，实际 %3</translation>
    </message>
    <message>
        <source>Free: %1</source>
        <translation>免费：%1</translation>
    </message>
</context>
<context>
    <name>EstimateTab</name>
    <message>
        <source>The customer confirms the work order</source>
        <translation>客户确认维修工单</translation>
    </message>
    <message>
        <source>Name of the person confirming:</source>
        <translation>确认人姓名：</translation>
    </message>
    <message>
        <source>Unsaved estimate</source>
        <translation>估价未保存</translation>
    </message>
    <message>
        <source>The changes to this estimate are not saved. Leave it anyway?</source>
        <translation>此估价的变更尚未保存。仍要离开吗？</translation>
    </message>
    <message>
        <source>&lt;b&gt;Waiting for an estimate (%1)&lt;/b&gt;</source>
        <translation>&lt;b&gt;待估价（%1）&lt;/b&gt;</translation>
    </message>
    <message>
        <source>三包: check the period</source>
        <translation>三包：请核对期限</translation>
    </message>
    <message>
        <source>(%1, coefficient ×%2)</source>
        <translation>（%1，系数 ×%2）</translation>
    </message>
    <message>
        <source>(no model class: coefficient ×1)</source>
        <translation>（未设车型类别：系数 ×1）</translation>
    </message>
    <message>
        <source>Complaint: %1</source>
        <translation>故障现象：%1</translation>
    </message>
    <message>
        <source>Confirmed by %1 at %2 (recorded by %3, revision %4); prices are locked — changes are added work.</source>
        <translation>%1 于 %2 确认（登记人 %3，第 %4 版）；价格已锁定，之后的变更为追加项目。</translation>
    </message>
    <message>
        <source>The revision the customer confirmed</source>
        <translation>客户确认的版次</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>…另有 %1 项</translation>
    </message>
    <message>
        <source>&lt;b&gt;Revision %1&lt;/b&gt;: labour %2, parts %3, total %4</source>
        <translation>&lt;b&gt;第 %1 版&lt;/b&gt;：工时费 %2，材料费 %3，总计 %4</translation>
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
        <translation>增值税 %1 %（已含）：</translation>
    </message>
    <message>
        <source>VAT %1 % (added):</source>
        <translation>增值税 %1 %（另加）：</translation>
    </message>
    <message>
        <source>Lines with a number in red are not counted yet.</source>
        <translation>数字为红色的明细尚未计入。</translation>
    </message>
    <message>
        <source>Save this estimate as a new revision (Ctrl+S)</source>
        <translation>将此估价保存为新版次（Ctrl+S）</translation>
    </message>
    <message>
        <source>The customer confirms this estimate as the work order (開單); prices are then locked</source>
        <translation>客户确认此估价为维修工单（开单），之后价格即锁定</translation>
    </message>
    <message>
        <source>Save the estimate and have the customer confirm it as the work order (開單); prices are then locked</source>
        <translation>保存估价并由客户确认为维修工单（开单）；之后价格即锁定</translation>
    </message>
    <message>
        <source>Save the estimate first: the work order prints what is saved.</source>
        <translation>请先保存估价：维修工单打印的是已保存的内容。</translation>
    </message>
    <message>
        <source>Preview, print or save the work order as PDF</source>
        <translation>预览、打印维修工单或存为 PDF</translation>
    </message>
    <message>
        <source>Estimate saved as revision %1.</source>
        <translation>估价已保存为第 %1 版。</translation>
    </message>
    <message>
        <source>Order %1, %2: total %3, promised %4.</source>
        <translation>工单 %1，%2：总计 %3，约定交车 %4。</translation>
    </message>
    <message>
        <source>Counter sale confirmed (no labour): the order goes straight to settlement; the store issues the parts.</source>
        <translation>柜台销售已确认（无工时）：直接进入结算，由库房发料。</translation>
    </message>
    <message>
        <source>The customer confirmed the work order; prices are locked.</source>
        <translation>客户已确认维修工单，价格已锁定。</translation>
    </message>
    <message>
        <source>Work order %1</source>
        <translation>维修工单 %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Cancel orde&amp;r…</source>
        <translation>取消工单(&amp;R)…</translation>
    </message>
    <message>
        <source>Customer d&amp;eclines…</source>
        <translation>客户不修(&amp;E)…</translation>
    </message>
    <message>
        <source>Re&amp;load the order as saved</source>
        <translation>重新加载已保存的工单(&amp;L)</translation>
    </message>
    <message>
        <source>Show the order as the other seat saved it; what you typed here is dropped</source>
        <translation>显示另一台电脑保存的工单内容；此处输入的内容将舍弃</translation>
    </message>
    <message>
        <source>Reloaded: the order as it is saved now.</source>
        <translation>已重新加载：显示目前已保存的工单。</translation>
    </message>
    <message>
        <source>The customer does not go ahead: cancel the order with the reason</source>
        <translation>客户不进行维修：注明原因取消工单</translation>
    </message>
    <message>
        <source>The customer declines this estimate: the diagnosis fee only (or nothing), the car goes back unrepaired</source>
        <translation>客户拒绝此估价：只收检测诊断费（或不收费），车辆不维修交还</translation>
    </message>
    <message>
        <source>The customer declined this estimate (%1): only the diagnosis fee is charged; the estimate&apos;s work is kept on the vehicle.</source>
        <translation>客户已拒绝此估价（%1）：只收检测诊断费；估价的维修项目保留在车辆记录中。</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>已取消：%1</translation>
    </message>
    <message>
        <source>Order %1 cancelled.</source>
        <translation>工单 %1 已取消。</translation>
    </message>
    <message>
        <source>&amp;No charge…</source>
        <translation>设为免费(&amp;N)…</translation>
    </message>
    <message>
        <source>No charge…</source>
        <translation>免费…</translation>
    </message>
    <message>
        <source>The order is settled or closed: its lines can no longer be made free.</source>
        <translation>工单已结算或已结案：其项目不能再改为免费。</translation>
    </message>
    <message>
        <source>Choose a line first.</source>
        <translation>请先选择一个项目。</translation>
    </message>
    <message>
        <source>Save the estimate first: a line is made free as it is saved.</source>
        <translation>请先保存估价：只能将已保存的项目设为免费。</translation>
    </message>
    <message>
        <source>A customer-supplied part is not charged.</source>
        <translation>客户自备的配件不收费。</translation>
    </message>
    <message>
        <source>Charge again</source>
        <translation>恢复收费</translation>
    </message>
    <message>
        <source>Charge this line again at the price it had</source>
        <translation>按原价恢复此项目的收费</translation>
    </message>
    <message>
        <source>Make this line free of charge, with the reason (warranty, comeback, goodwill); the owner approves</source>
        <translation>将此项目改为免费并注明原因（保修、返修、赠送）；须经店主批准</translation>
    </message>
    <message>
        <source>%1 is charged again.</source>
        <translation>%1 已恢复收费。</translation>
    </message>
    <message>
        <source>%1 is free of charge (worth %2).</source>
        <translation>%1 免费（价值 %2）。</translation>
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
        <translation>客户已确认维修工单：各项目按议定的方式付费。</translation>
    </message>
    <message>
        <source>Added work is not paid by a package card here.</source>
        <translation>追加项目不能在此以套餐卡支付。</translation>
    </message>
    <message>
        <source>Pay as usual</source>
        <translation>照常付费</translation>
    </message>
    <message>
        <source>The customer pays this line again; the card keeps its use</source>
        <translation>此项目改回由客户付费，套餐卡不扣次数</translation>
    </message>
    <message>
        <source>Pay this line with one of the customer&apos;s package cards</source>
        <translation>以客户的套餐卡支付此项目</translation>
    </message>
    <message>
        <source>No package card of this customer pays this line (its job, uses left and expiry are checked).</source>
        <translation>此客户没有可支付此项目的套餐卡（已检查作业、剩余次数及有效期）。</translation>
    </message>
    <message>
        <source>Parts ride on a labour line paid by a card whose service includes its parts: redeem that line first.</source>
        <translation>含配件的套餐卡服务，其配件随工时项目一起支付：请先以套餐卡核销该工时项目。</translation>
    </message>
    <message>
        <source>Member discount (%1): −%2</source>
        <translation>会员折扣（%1）：−%2</translation>
    </message>
    <message>
        <source>Package cards pay: %1</source>
        <translation>套餐卡支付：%1</translation>
    </message>
    <message>
        <source>Added to the estimate: %1.</source>
        <translation>已加入估价：%1。</translation>
    </message>
    <message>
        <source>Enter its hours, then save.</source>
        <translation>请输入工时后保存。</translation>
    </message>
    <message>
        <source>Use package card</source>
        <translation>使用套餐卡</translation>
    </message>
    <message>
        <source>The card that pays this line:</source>
        <translation>支付此项目的卡片：</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>维修估价</translation>
    </message>
    <message>
        <source>&lt;b&gt;Waiting for an estimate&lt;/b&gt;</source>
        <translation>&lt;b&gt;待估价&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cars received and estimates not yet confirmed by the customer, the longest waiting first. Double-click or press Enter to open one.</source>
        <translation>已接车、估价尚未经客户确认的车辆，等候最久的排在最前。双击或按 Enter 打开。</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接车时间</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>约定交车</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>故障现象</translation>
    </message>
    <message>
        <source>Wai&amp;ting list</source>
        <translation>待估价清单(&amp;T)</translation>
    </message>
    <message>
        <source>Leave this order and show the orders waiting for an estimate</source>
        <translation>离开此工单，显示待估价的工单</translation>
    </message>
    <message>
        <source>&amp;Diagnosis:</source>
        <translation>检测诊断(&amp;D)：</translation>
    </message>
    <message>
        <source>What the inspection found, and the repair agreed with the customer</source>
        <translation>检验发现的问题，以及与客户议定的维修内容</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>工时</translation>
    </message>
    <message>
        <source>Add &amp;job:</source>
        <translation>加入作业(&amp;J)：</translation>
    </message>
    <message>
        <source>Code, name or initials from the labour catalog</source>
        <translation>工时目录中的代码、名称或首字母</translation>
    </message>
    <message>
        <source>Type part of a code, a name or its pinyin initials and pick a job: it is added with its standard hours</source>
        <translation>输入部分代码、名称或拼音首字母并选中作业：将以其工时定额加入</translation>
    </message>
    <message>
        <source>Free &amp;line</source>
        <translation>自订作业(&amp;L)</translation>
    </message>
    <message>
        <source>Add a labour line that is not in the catalog</source>
        <translation>加入目录中没有的工时项目</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>移除作业</translation>
    </message>
    <message>
        <source>Remove the selected labour line (Delete)</source>
        <translation>移除选中的工时项目（Delete）</translation>
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
        <translation>配件目录中的代码、名称、首字母或规格</translation>
    </message>
    <message>
        <source>Type part of a code, a name, its pinyin initials or the spec and pick a part: it is added at its sale price</source>
        <translation>输入部分代码、名称、拼音首字母或规格并选中配件：将以其售价加入</translation>
    </message>
    <message>
        <source>&amp;Free part</source>
        <translation>自订配件(&amp;F)</translation>
    </message>
    <message>
        <source>Add a part that is not in the catalog</source>
        <translation>加入目录中没有的配件</translation>
    </message>
    <message>
        <source>Remove part</source>
        <translation>移除配件</translation>
    </message>
    <message>
        <source>Remove the selected part line (Delete)</source>
        <translation>移除选中的配件明细（Delete）</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Labour:</source>
        <translation>工时费：</translation>
    </message>
    <message>
        <source>Parts:</source>
        <translation>材料费：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Total (incl. VAT):&lt;/b&gt;</source>
        <translation>&lt;b&gt;总计（含税）：&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The customer&apos;s answers</source>
        <translation>客户的答复</translation>
    </message>
    <message>
        <source>&amp;Phone first above ¥:</source>
        <translation>通报金额 ¥(&amp;P)：</translation>
    </message>
    <message>
        <source>Above what amount of added work must the customer be phoned first?</source>
        <translation>追加项目超过多少金额时，须先电话通报客户？</translation>
    </message>
    <message>
        <source>May other damaged parts found during the repair be replaced?</source>
        <translation>维修中发现其他损坏部件时，是否可以更换？</translation>
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
        <translation>尚未询问</translation>
    </message>
    <message>
        <source>Pro&amp;mised:</source>
        <translation>约定交车(&amp;M)：</translation>
    </message>
    <message>
        <source>When the car will be ready, as promised to the customer</source>
        <translation>向客户承诺的完工交车时间</translation>
    </message>
    <message>
        <source>&amp;Save estimate</source>
        <translation>保存估价(&amp;S)</translation>
    </message>
    <message>
        <source>Customer &amp;confirms…</source>
        <translation>客户确认(&amp;C)…</translation>
    </message>
    <message>
        <source>Print &amp;work order…</source>
        <translation>打印维修工单(&amp;W)…</translation>
    </message>
    <message>
        <source>外加工: work done by an outside shop (machining, upholstery, glass), sent and back, its slip</source>
        <translation>外加工：由外加工厂施工的项目（机加工、内装、玻璃），登记送出与返回，并打印外部加工单</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>修订记录</translation>
    </message>
    <message>
        <source>Rev.</source>
        <translation>版次</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经手人</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总计</translation>
    </message>
</context>
<context>
    <name>FindBox</name>
    <message>
        <source>Find an order by its number, plate, customer name, pinyin initials, phone or the last characters of the VIN; when empty, the orders and customers opened last on this PC (Ctrl+F)</source>
        <translation>以工单号、车牌号、客户姓名、拼音首字母、电话或车架号末几码查找工单；空白时列出这台电脑最近打开的工单及客户（Ctrl+F）</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>找不到“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>The first %n hits for “%1”: type more to narrow them down.</source>
        <translation>
            <numerusform>“%1”的前 %n 笔结果：请多输入几个字以缩小范围。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s) for “%1”</source>
        <translation>
            <numerusform>“%1”共 %n 笔结果</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened last on this PC</source>
        <translation>这台电脑最近打开</translation>
    </message>
</context>
<context>
    <name>FindPopup</name>
    <message>
        <source>Number</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>符合项目</translation>
    </message>
    <message>
        <source>↑ ↓ choose · Enter open · Shift+Enter vehicle history · Esc close</source>
        <translation>↑ ↓ 选择 · Enter 打开 · Shift+Enter 车辆维修记录 · Esc 关闭</translation>
    </message>
    <message>
        <source>Car on file</source>
        <translation>已登记车辆</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>no order yet</source>
        <translation>尚无工单</translation>
    </message>
    <message>
        <source>no car on file</source>
        <translation>未登记车辆</translation>
    </message>
    <message>
        <source>number</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
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
        <translation>车架号 …%1</translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <source>— ask the customer —</source>
        <translation>—— 请询问客户 ——</translation>
    </message>
    <message>
        <source>5 — very satisfied</source>
        <translation>5——非常满意</translation>
    </message>
    <message>
        <source>4 — satisfied</source>
        <translation>4——满意</translation>
    </message>
    <message>
        <source>3 — neutral</source>
        <translation>3——一般</translation>
    </message>
    <message>
        <source>2 — dissatisfied</source>
        <translation>2——不满意</translation>
    </message>
    <message>
        <source>1 — very dissatisfied</source>
        <translation>1——非常不满意</translation>
    </message>
    <message>
        <source>Open complaints (%1)</source>
        <translation>未结投诉（%1）</translation>
    </message>
    <message>
        <source>Calls due (%1)</source>
        <translation>应回访（%1）</translation>
    </message>
    <message>
        <source>Coming up — may be called already (%1)</source>
        <translation>即将到期——可提前致电（%1）</translation>
    </message>
    <message>
        <source>late (by %1)</source>
        <translation>已逾期（应于 %1 前）</translation>
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
        <translation>交车后两天内回访：%1 前均属准时</translation>
    </message>
    <message>
        <source>Last try %1</source>
        <translation>上次拨打 %1</translation>
    </message>
    <message>
        <source>Choose a complaint or a call on the left.</source>
        <translation>请在左侧选择一项投诉或回访。</translation>
    </message>
    <message>
        <source>Choose a call or a complaint first</source>
        <translation>请先选择一项回访或投诉</translation>
    </message>
    <message>
        <source>Every visit of this car, its warranty and the work still recommended; print the owner&apos;s repair record</source>
        <translation>此车每次来店的记录、质量保证期及尚待处理的建议项目；可打印车主维修档案</translation>
    </message>
    <message>
        <source>released on a deposit: the order stays open after the call</source>
        <translation>押金提车：回访后工单仍未结</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier try(s) without reaching the customer</source>
        <translation>
            <numerusform>之前已拨打 %n 次未联系上客户</numerusform>
        </translation>
    </message>
    <message>
        <source>left %1</source>
        <translation>%1 交车</translation>
    </message>
    <message>
        <source>Work done: %1</source>
        <translation>已做维修：%1</translation>
    </message>
    <message>
        <source>Came to us on the referral of %1</source>
        <translation>经 %1 介绍来店</translation>
    </message>
    <message>
        <source>Raised %1 by %2; taken care of by %3.</source>
        <translation>%1 由 %2 提出；处理人：%3。</translation>
    </message>
    <message>
        <source>The questions the follow-up call is guided by (the owner edits them)</source>
        <translation>回访电话依循的问题（由店主编辑）</translation>
    </message>
    <message>
        <source>Save the outcome of this call (Ctrl+Enter)</source>
        <translation>保存此次回访结果（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Record the resolution; the complaint leaves the top of the list (Ctrl+Enter)</source>
        <translation>登记处理结果；投诉不再列于最上方（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Give the complaint to the person chosen</source>
        <translation>将投诉转交给选定的人</translation>
    </message>
    <message>
        <source>reached, %1/5</source>
        <translation>已联系上，%1/5</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>未联系上</translation>
    </message>
    <message>
        <source>Complaint: %1</source>
        <translation>投诉：%1</translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation>已处理：%1</translation>
    </message>
    <message>
        <source>open — %1</source>
        <translation>未结——%1</translation>
    </message>
    <message>
        <source>Brought: %1</source>
        <translation>带来新客户：%1</translation>
    </message>
    <message numerus="yes">
        <source>Follow-up file of the customer (%n call(s))</source>
        <translation>
            <numerusform>客户回访档案（%n 次回访）</numerusform>
        </translation>
    </message>
    <message>
        <source>Not reached: the call to %1 stays due.</source>
        <translation>未联系上：%1 仍需回访。</translation>
    </message>
    <message>
        <source>Call to %1 recorded; the complaint is now on top of the list.</source>
        <translation>已登记对 %1 的回访；投诉已列于清单最上方。</translation>
    </message>
    <message>
        <source>Call to %1 recorded.</source>
        <translation>已登记对 %1 的回访。</translation>
    </message>
    <message>
        <source>The complaint is now taken care of by %1.</source>
        <translation>投诉已转交 %1 处理。</translation>
    </message>
    <message>
        <source>Complaint closed.</source>
        <translation>投诉已结案。</translation>
    </message>
    <message>
        <source>The customer&apos;s words</source>
        <translation>客户原话</translation>
    </message>
    <message>
        <source>What the customer said (optional)</source>
        <translation>客户原话（非必填）</translation>
    </message>
    <message>
        <source>The garage&apos;s own script (the owner edits it with Call script…).</source>
        <translation>本店自订的话术（店主可用“回访话术…”编辑）。</translation>
    </message>
    <message>
        <source>The default script: greeting, satisfaction with the repair, the service and the price, anything wrong since, the next service, a referral.</source>
        <translation>默认话术：问候、对维修、服务及价格的满意度、出厂后有无异常、下次保养、介绍新客户。</translation>
    </message>
    <message>
        <source>— not answered —</source>
        <translation>——未答复——</translation>
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
        <translation>是，愿意介绍朋友</translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation>考虑中</translation>
    </message>
    <message>
        <source>Follow-up call sheet %1</source>
        <translation>回访记录单 %1</translation>
    </message>
    <message>
        <source>Choose a call of the follow-up file in which the customer was asked about introducing a friend</source>
        <translation>请在回访档案中选择曾询问客户是否愿意介绍朋友的那次回访</translation>
    </message>
    <message>
        <source>The new customer a referral given in the chosen call brought</source>
        <translation>所选回访中经客户介绍而来的新客户</translation>
    </message>
    <message>
        <source>registered %1</source>
        <translation>%1 登记</translation>
    </message>
    <message>
        <source>Link a referred customer</source>
        <translation>链接介绍来的新客户</translation>
    </message>
    <message>
        <source>The new customer this referral brought:</source>
        <translation>此次介绍带来的新客户：</translation>
    </message>
    <message>
        <source>No customer has been registered since this call: register the new customer at intake first.</source>
        <translation>此次回访后没有新登记的客户：请先在接车时登记新客户。</translation>
    </message>
    <message>
        <source>%1 is linked to the referral of this call.</source>
        <translation>已将 %1 链接为此次回访介绍来的新客户。</translation>
    </message>
    <message>
        <source>Message copied: paste it into WeChat or an SMS. It is on the customer&apos;s record; the call is still to make.</source>
        <translation>消息已复制：请粘贴到微信或短信。已记入客户记录；回访电话仍需拨打。</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>出厂跟踪</translation>
    </message>
    <message>
        <source>Follow-up calls</source>
        <translation>回访电话</translation>
    </message>
    <message>
        <source>&lt;b&gt;Follow-up calls&lt;/b&gt; — call every customer within two days of the handover; complaints come first until they are closed</source>
        <translation>&lt;b&gt;回访电话&lt;/b&gt;——交车后两天内致电每位客户；投诉在结案前一律优先</translation>
    </message>
    <message>
        <source>Open complaints</source>
        <translation>未结投诉</translation>
    </message>
    <message>
        <source>Complaints raised in follow-up calls, oldest first; choose one to hand it over or close it</source>
        <translation>回访时提出的投诉，最早的在前；选择一项即可转交或结案</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>提出时间</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Calls due</source>
        <translation>应回访</translation>
    </message>
    <message>
        <source>Cars handed over two days ago or earlier whose customer has not been reached yet, oldest first</source>
        <translation>交车已满两天、尚未联系上客户的车辆，最早的在前</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>回访期限</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>交车时间</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>拨打次数</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Cars handed over in the last two days: their call falls due soon and may be made already</source>
        <translation>最近两天交车的车辆：即将需要回访，也可以提前致电</translation>
    </message>
    <message>
        <source>Nothing chosen. The calls due are listed oldest first; open complaints above them.</source>
        <translation>尚未选择。应回访的电话按时间先后列出，未结投诉排在最上方。</translation>
    </message>
    <message>
        <source>The talk — read each question out, record the answer</source>
        <translation>回访对话——逐一念出问题，登记回答</translation>
    </message>
    <message>
        <source>Record the call</source>
        <translation>登记回访</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <source>Reac&amp;hed the customer</source>
        <translation>已联系上客户(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Not reached (the call stays due)</source>
        <translation>未联系上（仍需回访）(&amp;N)</translation>
    </message>
    <message>
        <source>Overall &amp;satisfaction:</source>
        <translation>总体满意度(&amp;S)：</translation>
    </message>
    <message>
        <source>All in all, how satisfied the customer says they are, 1 (very unhappy) to 5 (very happy): the follow-up file&apos;s and the reports&apos; figure</source>
        <translation>客户表示的总体满意度，1（非常不满意）至 5（非常满意）：回访档案及报表采用此数值</translation>
    </message>
    <message>
        <source>Link re&amp;ferred customer…</source>
        <translation>链接介绍的新客户(&amp;F)…</translation>
    </message>
    <message>
        <source>Print call sh&amp;eet…</source>
        <translation>打印回访记录单(&amp;E)…</translation>
    </message>
    <message>
        <source>The call script with room for the answers, for a call made away from this PC</source>
        <translation>附有作答字段的回访话术，供不在这台电脑旁回访时使用</translation>
    </message>
    <message>
        <source>&amp;Message…</source>
        <translation>发消息(&amp;M)…</translation>
    </message>
    <message>
        <source>The follow-up message for WeChat or SMS, when the customer is better written to than called</source>
        <translation>回访消息（微信或短信），适用于以文字联系比打电话更合适的客户</translation>
    </message>
    <message>
        <source>Ca&amp;ll script…</source>
        <translation>回访话术(&amp;L)…</translation>
    </message>
    <message>
        <source>Reminders due</source>
        <translation>到期提醒</translation>
    </message>
    <message>
        <source>Next services, insurance expiries and annual inspections due this week or overdue</source>
        <translation>本周到期或已逾期的下次保养、保险到期及年检</translation>
    </message>
    <message>
        <source>Re&amp;marks:</source>
        <translation>意见(&amp;M)：</translation>
    </message>
    <message>
        <source>What the customer said about the car and the service</source>
        <translation>客户对车辆及服务的意见</translation>
    </message>
    <message>
        <source>Com&amp;plaint:</source>
        <translation>投诉(&amp;P)：</translation>
    </message>
    <message>
        <source>Leave empty when there is none; a complaint stays on top of this list until it is closed</source>
        <translation>没有投诉时留空；投诉在结案前会一直列在最上方</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <source>Who takes care of the complaint until it is resolved</source>
        <translation>负责处理此投诉直到解决的人</translation>
    </message>
    <message>
        <source>&amp;Record call</source>
        <translation>登记回访(&amp;R)</translation>
    </message>
    <message>
        <source>Open complaint</source>
        <translation>未结投诉</translation>
    </message>
    <message>
        <source>Taken care of &amp;by:</source>
        <translation>处理人(&amp;B)：</translation>
    </message>
    <message>
        <source>Hand o&amp;ver</source>
        <translation>转交(&amp;V)</translation>
    </message>
    <message>
        <source>Resol&amp;ution:</source>
        <translation>处理结果(&amp;U)：</translation>
    </message>
    <message>
        <source>What was done about it, and whether the customer is content now</source>
        <translation>采取了哪些处理，以及客户现在是否满意</translation>
    </message>
    <message>
        <source>&amp;Close complaint</source>
        <translation>投诉结案(&amp;C)</translation>
    </message>
    <message>
        <source>Follow-up file of the customer</source>
        <translation>客户回访档案</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>致电时间</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经手人</translation>
    </message>
    <message>
        <source>Remarks, complaint and resolution</source>
        <translation>意见、投诉及处理结果</translation>
    </message>
    <message>
        <source>Vehicle his&amp;tory…</source>
        <translation>车辆维修记录(&amp;T)…</translation>
    </message>
</context>
<context>
    <name>FreeLineDialog</name>
    <message>
        <source>Make a line free</source>
        <translation>设为免费项目</translation>
    </message>
    <message>
        <source>%1&lt;br/&gt;is charged nothing; its value is shown on the settlement list as given away.</source>
        <translation>%1&lt;br/&gt;不收费；其价值在结算清单上列为免费项目。</translation>
    </message>
    <message>
        <source>&amp;Why free:</source>
        <translation>免费原因(&amp;W)：</translation>
    </message>
    <message>
        <source>e.g. the pads fitted last month; a loyal customer</source>
        <translation>例如：上个月换的刹车片；老客户</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Make &amp;free</source>
        <translation>设为免费(&amp;F)</translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message>
        <source>Kept on the vehicle: %1</source>
        <translation>已保留在车辆记录：%1</translation>
    </message>
    <message>
        <source>The car has been handed over.</source>
        <translation>车辆已交车。</translation>
    </message>
    <message>
        <source>Hand the settled car over; the time is recorded</source>
        <translation>将已结算的车辆交给客户；系统会记录时间</translation>
    </message>
    <message>
        <source>Take the deposit and let the car go with the checklist above; settle or refund later</source>
        <translation>收取押金，按上方清单交车；之后再结算或退还押金</translation>
    </message>
    <message>
        <source>Book the car&apos;s next visit now, while the customer is here</source>
        <translation>趁客户在场，立即预约下次来店</translation>
    </message>
    <message>
        <source>No completion certificate needed for this class.</source>
        <translation>此类别不需要竣工出厂合格证。</translation>
    </message>
    <message>
        <source>Completion certificate: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>竣工出厂合格证：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>This class needs a completion certificate: none was issued at final QC.</source>
        <translation>此类别需要竣工出厂合格证，但完工总检时未签发。</translation>
    </message>
    <message>
        <source>Warranty: %1 days or %2 km from the day the car leaves (until %3)</source>
        <translation>质量保证期：出厂之日起 %1 天或 %2 km（至 %3）</translation>
    </message>
    <message>
        <source>Car handed over at %1.</source>
        <translation>已于 %1 交车。</translation>
    </message>
    <message>
        <source>Deposit of %1 taken; the car may go. The order stays open in the deposits list.</source>
        <translation>已收押金 %1，车辆可以提走。工单保留在未结押金清单中。</translation>
    </message>
    <message>
        <source>Next visit booked for %1.</source>
        <translation>已预约下次来店：%1。</translation>
    </message>
</context>
<context>
    <name>InsurersDialog</name>
    <message>
        <source>Insurers</source>
        <translation>保险公司</translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation>保险公司</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Still dealt with</source>
        <translation>合作中</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>索赔件数</translation>
    </message>
    <message>
        <source>S&amp;till dealt with</source>
        <translation>仍有往来(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation>联系人(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Add as a new insurer</source>
        <translation>添加保险公司(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>保存变更(&amp;S)</translation>
    </message>
    <message>
        <source>C&amp;lear the form</source>
        <translation>清空表单(&amp;L)</translation>
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
        <translation>已添加 %1。</translation>
    </message>
    <message>
        <source>Choose the insurer to change.</source>
        <translation>请选择要修改的保险公司。</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>变更已保存。</translation>
    </message>
</context>
<context>
    <name>IntakeTab</name>
    <message>
        <source>Re&amp;load the order as saved</source>
        <translation>重新加载已保存的工单(&amp;L)</translation>
    </message>
    <message>
        <source>Show the order as the other seat saved it; what you typed here is dropped</source>
        <translation>显示另一台电脑已保存的工单内容；此处输入的内容将舍弃</translation>
    </message>
    <message>
        <source>Dates f&amp;or reminders…</source>
        <translation>提醒日期(&amp;O)…</translation>
    </message>
    <message>
        <source>The car&apos;s next service, insurance expiry and annual inspection (年檢), for the reminders</source>
        <translation>此车的下次保养、保险到期及年检日期，用于到期提醒</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>Complexity coefficient ×%1</source>
        <translation>技术复杂系数 ×%1</translation>
    </message>
    <message>
        <source>No model class: labour at coefficient ×1</source>
        <translation>未设车型类别：工时费按系数 ×1 计</translation>
    </message>
    <message>
        <source>Customer (on file)</source>
        <translation>客户（已建档）</translation>
    </message>
    <message>
        <source>Customer (new)</source>
        <translation>客户（新）</translation>
    </message>
    <message>
        <source>Grade…</source>
        <translation>等级…</translation>
    </message>
    <message>
        <source>The customer&apos;s member grade (a cashier or the owner gives it)</source>
        <translation>客户的会员等级（由收银或店主设置）</translation>
    </message>
    <message>
        <source>Member: %1</source>
        <translation>会员：%1</translation>
    </message>
    <message>
        <source> (expired)</source>
        <translation>（已过期）</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>另有 %1 项</translation>
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
        <translation>客户的会员等级</translation>
    </message>
    <message>
        <source>No grade</source>
        <translation>无等级</translation>
    </message>
    <message>
        <source>last recorded: %1 km</source>
        <translation>上次记录：%1 km</translation>
    </message>
    <message>
        <source>Vehicle (on file)</source>
        <translation>车辆（已建档）</translation>
    </message>
    <message>
        <source>Vehicle (new)</source>
        <translation>车辆（新）</translation>
    </message>
    <message>
        <source>&lt;b&gt;New walk-in&lt;/b&gt; — find the customer above, or type a new one</source>
        <translation>&lt;b&gt;新来店客户&lt;/b&gt;——在上方搜索客户，或输入新客户</translation>
    </message>
    <message>
        <source>Save the corrected intake record (Ctrl+Enter)</source>
        <translation>保存修正后的接车记录（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>no car on file</source>
        <translation>无建档车辆</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) — the intake can be corrected until the customer confirms the work order</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2）——客户确认维修工单前，仍可修正接车记录</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) — intake record, read-only</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2）——接车记录，唯读</translation>
    </message>
    <message>
        <source>&lt;b&gt;Booking&lt;/b&gt; %1 at %2 — check the details, inspect the car and receive it</source>
        <translation>&lt;b&gt;预约&lt;/b&gt; %1，%2——核对数据、检验车辆后接车</translation>
    </message>
    <message>
        <source>Car received: order %1 opened.</source>
        <translation>已接车：已创建工单 %1。</translation>
    </message>
    <message>
        <source>Car already in the garage</source>
        <translation>车辆已在厂内</translation>
    </message>
    <message>
        <source>Open order %1 now?</source>
        <translation>现在打开工单 %1？</translation>
    </message>
    <message>
        <source>Intake of %1 saved.</source>
        <translation>已保存 %1 的接车记录。</translation>
    </message>
    <message>
        <source>Waiting at intake (%1)</source>
        <translation>待接车（%1）</translation>
    </message>
    <message>
        <source>Member grade</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>The customer&apos;s grade:</source>
        <translation>客户会员等级：</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>接车</translation>
    </message>
    <message>
        <source>New walk-in</source>
        <translation>新来店客户</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>搜索(&amp;F)：</translation>
    </message>
    <message>
        <source>Plate, phone, name, initials (lzm) or VIN</source>
        <translation>车牌号、电话、姓名、首字母（lzm）或 VIN</translation>
    </message>
    <message>
        <source>Type part of a plate, a phone number, a name, its pinyin initials or part of the VIN; pick a line to fill in the customer and the car</source>
        <translation>输入部分车牌号、电话、姓名、拼音首字母或部分车架号；选中一笔即可带入客户与车辆数据</translation>
    </message>
    <message>
        <source>Ne&amp;w customer</source>
        <translation>新客户(&amp;W)</translation>
    </message>
    <message>
        <source>Empty the customer and vehicle fields to register someone new</source>
        <translation>清空客户与车辆字段，以登记新客户</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>客户名称(&amp;N)：</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>电话(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>&amp;Plate:</source>
        <translation>车牌号(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;VIN:</source>
        <translation>车架号(&amp;V)：</translation>
    </message>
    <message>
        <source>17 characters</source>
        <translation>17 个字符</translation>
    </message>
    <message>
        <source>Ma&amp;ke:</source>
        <translation>厂牌(&amp;K)：</translation>
    </message>
    <message>
        <source>Mo&amp;del:</source>
        <translation>车型(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>Model year; leave at — when unknown</source>
        <translation>出厂年份；不详时保留“—”</translation>
    </message>
    <message>
        <source>Colo&amp;ur:</source>
        <translation>颜色(&amp;U)：</translation>
    </message>
    <message>
        <source>Fu&amp;el:</source>
        <translation>燃料(&amp;E)：</translation>
    </message>
    <message>
        <source>C&amp;lass:</source>
        <translation>车型类别(&amp;L)：</translation>
    </message>
    <message>
        <source>Model class: its complexity coefficient multiplies the labour charge</source>
        <translation>车型类别：工时费乘以其技术复杂系数</translation>
    </message>
    <message>
        <source>&amp;Bought:</source>
        <translation>购车日期(&amp;B)：</translation>
    </message>
    <message>
        <source>Purchase date (購車日期, else the first registration): the 三包 periods run from it; leave at — when unknown</source>
        <translation>购车日期（无则以初次登记日期为准）：三包期限由此日起算；不详时保持“—”</translation>
    </message>
    <message>
        <source>This visit</source>
        <translation>本次来店</translation>
    </message>
    <message>
        <source>&amp;Mileage (km):</source>
        <translation>里程（km）(&amp;M)：</translation>
    </message>
    <message>
        <source>odometer</source>
        <translation>里程表</translation>
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
        <translation>燃油（或电量）存量，以八分之一油箱计</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>&amp;Complaint:</source>
        <translation>故障现象(&amp;C)：</translation>
    </message>
    <message>
        <source>In the customer&apos;s own words</source>
        <translation>以客户的原话记录</translation>
    </message>
    <message>
        <source>&amp;Items left in car:</source>
        <translation>车内物品(&amp;I)：</translation>
    </message>
    <message>
        <source>e.g. dash camera, umbrella, child seat</source>
        <translation>例如：行车记录器、雨伞、儿童座椅</translation>
    </message>
    <message>
        <source>Intake note&amp;s:</source>
        <translation>进场检验备注(&amp;S)：</translation>
    </message>
    <message>
        <source>What the inspector noticed on arrival</source>
        <translation>检验员在车辆进场时发现的情况</translation>
    </message>
    <message>
        <source>&amp;Job class:</source>
        <translation>作业分类(&amp;J)：</translation>
    </message>
    <message>
        <source>&amp;Regulatory class:</source>
        <translation>法规分类(&amp;R)：</translation>
    </message>
    <message>
        <source>Decides the warranty period and whether a completion certificate is needed; follows the job class unless you change it</source>
        <translation>决定质量保证期及是否需要竣工出厂合格证；未另行更改时随作业分类而定</translation>
    </message>
    <message>
        <source>Paid &amp;by:</source>
        <translation>结算方式(&amp;B)：</translation>
    </message>
    <message>
        <source>Promised &amp;time:</source>
        <translation>约定交车(&amp;T)：</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>When the car will be ready, as promised to the customer</source>
        <translation>向客户承诺的完工交车时间</translation>
    </message>
    <message>
        <source>Clear form</source>
        <translation>清空表单</translation>
    </message>
    <message>
        <source>Start a new walk-in intake (forgets the current order)</source>
        <translation>开始新的来店接车（不再显示目前工单）</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存变更</translation>
    </message>
    <message>
        <source>Receive car (create order)</source>
        <translation>接车（创建工单）</translation>
    </message>
    <message>
        <source>Register the customer and car and open the repair order (Ctrl+Enter)</source>
        <translation>登记客户与车辆并创建维修工单（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Waiting at intake</source>
        <translation>待接车</translation>
    </message>
    <message>
        <source>Today&apos;s bookings not yet arrived and cars waiting for diagnosis; double-click (or Enter) to open</source>
        <translation>今日尚未到店的预约及等候检测诊断的车辆；双击（或 Enter）打开</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Existing damage (click the car to mark it)</source>
        <translation>车身原有损伤（点击车身图即可标记）</translation>
    </message>
</context>
<context>
    <name>LabourLinesModel</name>
    <message>
        <source>Name the job.</source>
        <translation>请输入作业名称。</translation>
    </message>
    <message>
        <source>Free (worth %1)</source>
        <translation>免费（价值 %1）</translation>
    </message>
    <message>
        <source>%1 × 5 min</source>
        <translation>%1 × 5 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>Units (5 min)</source>
        <translation>单位（5 分钟）</translation>
    </message>
    <message>
        <source>Std. hours</source>
        <translation>工时定额</translation>
    </message>
    <message>
        <source>Rate / h</source>
        <translation>单价／小时</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>作业项目</translation>
    </message>
    <message>
        <source>Coefficient</source>
        <translation>系数</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>结算方式</translation>
    </message>
    <message>
        <source>Hours × rate × coefficient = amount</source>
        <translation>工时 × 单价 × 系数 = 金额</translation>
    </message>
</context>
<context>
    <name>LineMechanicsDialog</name>
    <message>
        <source>Mechanics of line %1</source>
        <translation>第 %1 项的维修工</translation>
    </message>
    <message>
        <source>Tick who works this line and each one&apos;s share: the commission, the hours sold and the hours clocked are split by the shares. The first ticked leads.</source>
        <translation>勾选负责此项目的维修工及各自的分配比例：提成、售出工时及实耗工时均按比例分配。第一位勾选者为主修。</translation>
    </message>
    <message>
        <source>Mechanic</source>
        <translation>维修工</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班组</translation>
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
        <translation>请选择正在使用此电脑的人。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) was working at this PC. Type the PIN to go on, or choose another operator.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2）正在使用此电脑。请输入 PIN 继续，或选择其他操作员。</translation>
    </message>
    <message>
        <source>no PIN needed</source>
        <translation>无需 PIN</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>PIN 不正确。</translation>
    </message>
    <message>
        <source>This PC is locked</source>
        <translation>此电脑已锁定</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>操作员(&amp;O)：</translation>
    </message>
    <message>
        <source>Someone else at the PC: choose yourself (and type your PIN, if you have one)</source>
        <translation>换人使用电脑：请选择自己（如设有 PIN，请一并输入）</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>PIN(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <source>PIN of %1:</source>
        <translation>%1 的 PIN 码：</translation>
    </message>
    <message>
        <source>Workshop board</source>
        <translation>车间看板</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>接车</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>维修估价</translation>
    </message>
    <message>
        <source>Work ticket</source>
        <translation>维修工单</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>领料</translation>
    </message>
    <message>
        <source>Final QC</source>
        <translation>完工总检</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Settlement &amp;&amp; delivery</source>
        <translation>结算交车</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
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
        <translation>下一页</translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Card desk…</source>
        <translation>会员卡柜台…</translation>
    </message>
    <message>
        <source>No order chosen</source>
        <translation>未选择工单</translation>
    </message>
    <message>
        <source>booking</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Customers to phone two days after their car left: open the Follow-up tab</source>
        <translation>交车两天后应回访的客户：打开“回访”页</translation>
    </message>
    <message numerus="yes">
        <source>Follow-up calls due: %n</source>
        <translation>
            <numerusform>回访待拨：%n</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>尚未备份</translation>
    </message>
    <message numerus="yes">
        <source>No backup for %n day(s)</source>
        <translation>
            <numerusform>已 %n 天未备份</numerusform>
        </translation>
    </message>
    <message>
        <source>Last backup just now</source>
        <translation>刚刚已备份</translation>
    </message>
    <message numerus="yes">
        <source>Last backup %n minute(s) ago</source>
        <translation>
            <numerusform>上次备份：%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last backup %n hour(s) ago</source>
        <translation>
            <numerusform>上次备份：%n 小时前</numerusform>
        </translation>
    </message>
    <message>
        <source>A backup is made every day and when the program closes; File → Backup now makes one at once.</source>
        <translation>每天及关闭程序时都会自动备份；“文件 → 立即备份”可随时备份。</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>上次备份：%1</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>PIN 码错误</translation>
    </message>
    <message>
        <source>That PIN is not right; the operator was not switched.</source>
        <translation>PIN 码不正确，未切换操作员。</translation>
    </message>
    <message>
        <source>Set my PIN</source>
        <translation>设置我的 PIN 码</translation>
    </message>
    <message>
        <source>New PIN (4 to 8 digits; empty: no PIN):</source>
        <translation>新 PIN 码（4 至 8 位数字；留空表示不设）：</translation>
    </message>
    <message>
        <source>PIN saved.</source>
        <translation>PIN 码已保存。</translation>
    </message>
    <message>
        <source>Operator: (choose)</source>
        <translation>操作员：（请选择）</translation>
    </message>
    <message>
        <source>Operator: %1 (%2)</source>
        <translation>操作员：%1（%2）</translation>
    </message>
    <message>
        <source>Who is working at this PC (Ctrl+Shift+O to switch)</source>
        <translation>目前使用这台电脑的人（Ctrl+Shift+O 切换）</translation>
    </message>
    <message>
        <source>About Garage Desktop</source>
        <translation>关于 Garage Desktop</translation>
    </message>
    <message>
        <source>Garage Desktop %1
The service process of a small garage, offline.</source>
        <translation>Garage Desktop %1
小型修理厂的维修服务流程，脱机使用。</translation>
    </message>
    <message>
        <source>Garage Desktop</source>
        <translation>Garage Desktop</translation>
    </message>
    <message>
        <source>Find &amp;order:</source>
        <translation>查找工单(&amp;O)：</translation>
    </message>
    <message>
        <source>Number, plate, name, phone or VIN (Ctrl+F)</source>
        <translation>工单号、车牌、姓名、电话或车架号（Ctrl+F）</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Forget the current order: each tab lists the orders waiting at its stage</source>
        <translation>不再显示目前工单：各分页改为列出在该阶段等候的工单</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>说明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>结束(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Backup now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>Make a checked copy of the garage&apos;s data in the backup folder</source>
        <translation>在备份文件夹中制作一份经过检查的本店数据副本</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>恢复备份(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Month-end workbook…</source>
        <translation>月结工作簿(&amp;M)…</translation>
    </message>
    <message>
        <source>Export the chosen month&apos;s figures and lists as an Excel workbook</source>
        <translation>将所选月份的数据及清单导出为 Excel 工作簿</translation>
    </message>
    <message>
        <source>Set my &amp;PIN…</source>
        <translation>设置我的 PIN 码(&amp;P)…</translation>
    </message>
    <message>
        <source>A&amp;udit trail…</source>
        <translation>审计记录(&amp;U)…</translation>
    </message>
    <message>
        <source>Who changed what and when: state changes, prices, discounts, deposits, settings</source>
        <translation>谁在何时修改了什么：状态变更、价格、折扣、押金、设置</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
</context>
<context>
    <name>MeasurementPanel</name>
    <message>
        <source>Note (why, when not applicable)</source>
        <translation>备注（不适用时说明原因）</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>This check does not apply to this car: say why in the note</source>
        <translation>此检查项目不适用于此车：请在备注中说明原因</translation>
    </message>
    <message>
        <source>Not applicable to this car&apos;s fuel (%1)</source>
        <translation>不适用于此车的燃料（%1）</translation>
    </message>
    <message>
        <source>Number of cylinders:</source>
        <translation>气缸数：</translation>
    </message>
    <message>
        <source>Cylinders</source>
        <translation>气缸</translation>
    </message>
    <message>
        <source>every cylinder, e.g. 1050 1020 1035 1040</source>
        <translation>每个气缸，例如 1050 1020 1035 1040</translation>
    </message>
    <message>
        <source>Started at try:</source>
        <translation>第几次起动成功：</translation>
    </message>
    <message>
        <source>Cranking (s):</source>
        <translation>起动时间（秒）：</translation>
    </message>
    <message>
        <source>Design weight</source>
        <translation>原设计自重</translation>
    </message>
    <message>
        <source>After repair</source>
        <translation>修理后</translation>
    </message>
    <message>
        <source>Difference between cylinders %1 % (limit %2 %, %3)</source>
        <translation>各缸压力差 %1 %（限值 %2 %，%3）</translation>
    </message>
    <message>
        <source>Weakest cylinder %1 (at least %2)</source>
        <translation>最低气缸压力 %1（至少 %2）</translation>
    </message>
    <message>
        <source>Ran at try %1 (at most %2)</source>
        <translation>第 %1 次起动成功（最多 %2 次）</translation>
    </message>
    <message>
        <source>Cranking %1 s (at most %2 s)</source>
        <translation>起动 %1 秒（最多 %2 秒）</translation>
    </message>
    <message>
        <source>Added weight %1 % (at most %2 %)</source>
        <translation>增加自重 %1 %（最多 %2 %）</translation>
    </message>
    <message>
        <source>Waiting for the readings</source>
        <translation>等候输入读数</translation>
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
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Labour off</source>
        <translation>工时折扣</translation>
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
        <translation>客户数</translation>
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
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Labour discount %:</source>
        <translation>工时折扣 %(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Parts discount %:</source>
        <translation>配件折扣 %(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Add as a new grade</source>
        <translation>添加为新等级(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>保存变更(&amp;S)</translation>
    </message>
    <message>
        <source>Give a customer a grade</source>
        <translation>设置客户的会员等级</translation>
    </message>
    <message>
        <source>Name or phone</source>
        <translation>姓名或电话</translation>
    </message>
    <message>
        <source>&amp;Give</source>
        <translation>给予(&amp;G)</translation>
    </message>
    <message>
        <source>No grade</source>
        <translation>无等级</translation>
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
        <translation>已添加 %1。</translation>
    </message>
    <message>
        <source>Choose the grade to change.</source>
        <translation>请选择要修改的等级。</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>已保存变更。</translation>
    </message>
    <message>
        <source>Find the customer by name or phone first.</source>
        <translation>请先以姓名或电话找到客户。</translation>
    </message>
    <message>
        <source>%1 now has the grade %2.</source>
        <translation>%1 的会员等级已设为 %2。</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Records on file twice</source>
        <translation>重复登记的记录</translation>
    </message>
    <message>
        <source>The same car or customer on file twice: typed once in Traditional and once in Simplified characters. Select the record to keep in a group and merge: the orders, bookings and cars of the others move to it, and the others are removed.</source>
        <translation>同一辆车或同一位客户登记了两次：一次以繁体、一次以简体输入。在一组中选择要保留的记录后合并：其他记录的工单、预约及车辆将转到保留的记录，其他记录则删除。</translation>
    </message>
    <message>
        <source>Plate or name</source>
        <translation>车牌或姓名</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>On file since</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>&amp;Keep the selected record, merge the others into it</source>
        <translation>保留所选记录，将其他记录并入(&amp;K)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Nothing to merge: no car or customer is on file twice in the two scripts.</source>
        <translation>没有需要合并的记录：没有以繁简两种字体重复登记的车辆或客户。</translation>
    </message>
    <message>
        <source>Car %1: %2 records</source>
        <translation>车辆 %1：%2 笔记录</translation>
    </message>
    <message>
        <source>Customer %1, phone %2: %3 records</source>
        <translation>客户 %1，电话 %2：%3 笔记录</translation>
    </message>
    <message>
        <source>VIN %1</source>
        <translation>车架号 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n car(s)</source>
        <translation>
            <numerusform>%n 辆车</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge records</source>
        <translation>合并记录</translation>
    </message>
    <message>
        <source>Keep %1 and merge %2 into it? This cannot be undone.</source>
        <translation>保留 %1，并将 %2 并入？此操作无法复原。</translation>
    </message>
    <message numerus="yes">
        <source>Merged into %1: %n order(s) moved to it.</source>
        <translation>
            <numerusform>已并入 %1：%n 张工单已转入。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <source>Message: %1</source>
        <translation>消息：%1</translation>
    </message>
    <message>
        <source>Edit the text if needed. Copy puts it on the clipboard to paste into WeChat or an SMS, and records the message on the customer&apos;s record.</source>
        <translation>如有需要可修改内容。“复制”会将消息放到剪贴板，供粘贴到微信或短信，并在客户数据中记录此消息。</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>To: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>收件人：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>工单 %1</translation>
    </message>
    <message>
        <source>Not known, left blank — fill in before copying: %1</source>
        <translation>未知，已留空——请在复制前填入：%1</translation>
    </message>
</context>
<context>
    <name>MessageTemplatesDialog</name>
    <message>
        <source>Message templates (%1)</source>
        <translation>消息模板（%1）</translation>
    </message>
    <message>
        <source>The messages the advisors copy for WeChat or SMS, in the language of the customers&apos; papers. A name in braces is filled from the order or the car.</source>
        <translation>服务接待复制到微信或短信的消息，使用客户单据的语言。大括号中的名称会以工单或车辆的数据填入。</translation>
    </message>
    <message>
        <source>&amp;Restore the default</source>
        <translation>恢复默认(&amp;R)</translation>
    </message>
    <message>
        <source>Placeholders:</source>
        <translation>可用的字段：</translation>
    </message>
    <message>
        <source>&amp;Save templates</source>
        <translation>保存模板(&amp;S)</translation>
    </message>
    <message>
        <source>The garage&apos;s own wording.</source>
        <translation>本店自订的文字。</translation>
    </message>
    <message>
        <source>The wording shipped with the program.</source>
        <translation>程序内置的文字。</translation>
    </message>
    <message>
        <source>Restore the default</source>
        <translation>恢复默认内容</translation>
    </message>
    <message>
        <source>Go back to the wording shipped with the program for this message?</source>
        <translation>要将此消息恢复为程序内置的文字吗？</translation>
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
        <translation>在“%1”打开此工单</translation>
    </message>
</context>
<context>
    <name>OperatorDialog</name>
    <message>
        <source>New operator</source>
        <translation>添加操作员</translation>
    </message>
    <message>
        <source>Change operator</source>
        <translation>修改操作员</translation>
    </message>
    <message>
        <source>The owner holds every role</source>
        <translation>店主拥有所有职务</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>职务：</translation>
    </message>
    <message>
        <source>Everything the person does here; the owner may do everything</source>
        <translation>此人在本店负责的所有工作；店主可做所有工作</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>班组(&amp;T)：</translation>
    </message>
    <message>
        <source>Repair team, for mechanics and foremen</source>
        <translation>修理班组，适用于维修工及班组长</translation>
    </message>
    <message>
        <source>&amp;Works here now</source>
        <translation>在职(&amp;W)</translation>
    </message>
    <message>
        <source>Clear it when the person leaves: their name stays on the records they made</source>
        <translation>人员离职时取消勾选：其姓名仍保留在经手的记录上</translation>
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
        <translation>不收费</translation>
    </message>
    <message>
        <source>&amp;Diagnosis fee (¥):</source>
        <translation>检测诊断费（¥）(&amp;D)：</translation>
    </message>
    <message>
        <source>With a fee the order goes to the cashier for the fee only and the car is handed back unrepaired; without one the order is cancelled. Either way the estimate&apos;s work is kept on the vehicle as recommendations.</source>
        <translation>收费时工单只就此费用送收银结算，车辆不维修交还；不收费则取消工单。两种情况下估价的维修项目都会作为建议保留在车辆记录中。</translation>
    </message>
</context>
<context>
    <name>OrderMenu</name>
    <message>
        <source>&amp;Open in its stage&apos;s tab</source>
        <translation>在所属作业页打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Print the work order…</source>
        <translation>打印维修工单(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Cancel the order…</source>
        <translation>取消工单(&amp;C)…</translation>
    </message>
    <message>
        <source>Customer &amp;declines the estimate…</source>
        <translation>客户拒绝估价(&amp;D)…</translation>
    </message>
    <message>
        <source>Undo &quot;&amp;repair finished&quot;…</source>
        <translation>撤销“报完工”(&amp;R)…</translation>
    </message>
    <message>
        <source>Undo the &amp;dispatch of this line</source>
        <translation>撤销此项目的派工(&amp;D)</translation>
    </message>
    <message>
        <source>Undo the &amp;start of this line…</source>
        <translation>撤销此项目的开工(&amp;S)…</translation>
    </message>
    <message>
        <source>Undo the &amp;finish of this line…</source>
        <translation>撤销此项目的完工(&amp;F)…</translation>
    </message>
    <message>
        <source>Work order %1</source>
        <translation>维修工单 %1</translation>
    </message>
    <message>
        <source>Cancel order %1? It leaves the board and counts in no figure; the reason is kept.</source>
        <translation>取消工单 %1？它将离开看板，不计入任何指标；原因会保留。</translation>
    </message>
    <message>
        <source>Cancel the order</source>
        <translation>取消工单</translation>
    </message>
    <message>
        <source>&amp;Cancel the order</source>
        <translation>取消工单(&amp;C)</translation>
    </message>
    <message>
        <source>Order %1 cancelled.</source>
        <translation>工单 %1 已取消。</translation>
    </message>
    <message>
        <source>Order %1: the customer does not want the repair.</source>
        <translation>工单 %1：客户不要求维修。</translation>
    </message>
    <message>
        <source>The customer declines the estimate</source>
        <translation>客户拒绝估价</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>记录(&amp;R)</translation>
    </message>
    <message>
        <source>Estimate declined: order %1 goes to the cashier for the diagnosis fee of %2, then the car is handed back.</source>
        <translation>已拒绝估价：工单 %1 送收银结算检测诊断费 %2，之后交还车辆。</translation>
    </message>
    <message>
        <source>Estimate declined: order %1 is cancelled.</source>
        <translation>已拒绝估价：工单 %1 已取消。</translation>
    </message>
    <message>
        <source>Send order %1 back to the workshop? The inspector has not begun final QC.</source>
        <translation>将工单 %1 退回车间？检验员尚未开始完工总检。</translation>
    </message>
    <message>
        <source>Undo &quot;repair finished&quot;</source>
        <translation>撤销“报完工”</translation>
    </message>
    <message>
        <source>The car is back in the workshop.</source>
        <translation>车辆已退回车间。</translation>
    </message>
    <message>
        <source>Void the payment %1? A reversing entry is added with the reason; nothing is deleted, and the customer owes the amount again.</source>
        <translation>作废收款 %1？将加一笔注明原因的冲销记录，不删除任何数据，客户将重新欠付此金额。</translation>
    </message>
    <message>
        <source>Void a payment</source>
        <translation>作废收款</translation>
    </message>
    <message>
        <source>&amp;Void the payment</source>
        <translation>作废收款(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Message the customer</source>
        <translation>发消息给客户(&amp;M)</translation>
    </message>
    <message>
        <source>Message copied: paste it into WeChat or an SMS. It is on the customer&apos;s record.</source>
        <translation>消息已复制：请粘贴到微信或短信。此消息已记录在客户数据中。</translation>
    </message>
    <message>
        <source>Take back a step entered by mistake, while the next one has not begun</source>
        <translation>撤销误登的步骤（下一步尚未开始时）</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>没有可撤销的步骤。</translation>
    </message>
    <message>
        <source>The car is back in the workshop; &quot;repair finished&quot; was taken back.</source>
        <translation>车辆已退回车间；“报完工”已撤销。</translation>
    </message>
    <message>
        <source>Undo the start of line %1? Its start time is taken back (the audit trail keeps it).</source>
        <translation>撤销项目 %1 的开工？其开工时间将撤销（审计记录会保留）。</translation>
    </message>
    <message>
        <source>Undo the finish of line %1? Its finish time is taken back (the audit trail keeps it).</source>
        <translation>撤销项目 %1 的完工？其完工时间将撤销（审计记录会保留）。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Dispatch of line %1 taken back.</source>
        <translation>项目 %1 的派工已撤销。</translation>
    </message>
    <message>
        <source>Start of line %1 taken back.</source>
        <translation>项目 %1 的开工已撤销。</translation>
    </message>
    <message>
        <source>Finish of line %1 taken back.</source>
        <translation>项目 %1 的完工已撤销。</translation>
    </message>
</context>
<context>
    <name>OutsideWorkDialog</name>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等候答复</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>已同意</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Free (worth %1)</source>
        <translation>免费（价值 %1）</translation>
    </message>
    <message>
        <source>The customer confirmed the work order: outside work added now is &lt;b&gt;added work&lt;/b&gt;, charged only once the customer agrees.</source>
        <translation>客户已确认维修工单：现在加入的外加工属于&lt;b&gt;追加项目&lt;/b&gt;，须经客户同意才收费。</translation>
    </message>
    <message>
        <source>Outside work added now is part of the estimate.</source>
        <translation>现在加入的外加工属于估价的一部分。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — outside work charged %2 (cost %3). %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;——外加工收费 %2（成本 %3）。%4</translation>
    </message>
    <message>
        <source>Preview and print the 外部加工單 that travels with the part</source>
        <translation>预览并打印随工件送出的外部加工单</translation>
    </message>
    <message>
        <source>There is no outside work to send.</source>
        <translation>没有需要送外加工的项目。</translation>
    </message>
    <message>
        <source>Select a line first.</source>
        <translation>请先选择一个项目。</translation>
    </message>
    <message>
        <source>Charge a&amp;gain</source>
        <translation>恢复收费(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;No charge…</source>
        <translation>设为免费(&amp;N)…</translation>
    </message>
    <message>
        <source>Charge this line again at the price it had</source>
        <translation>按原价恢复此项目的收费</translation>
    </message>
    <message>
        <source>Make this line free of charge, with the reason (warranty, comeback, goodwill); the owner approves</source>
        <translation>将此项目改为免费并注明原因（保修、返修、赠送）；须经店主批准</translation>
    </message>
    <message>
        <source>Free: %1</source>
        <translation>免费：%1</translation>
    </message>
    <message>
        <source>Outside work slip %1</source>
        <translation>外部加工单 %1</translation>
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
        <translation>外加工厂</translation>
    </message>
    <message>
        <source>Work to be done</source>
        <translation>加工内容</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>收费</translation>
    </message>
    <message>
        <source>Customer&apos;s answer</source>
        <translation>客户答复</translation>
    </message>
    <message>
        <source>Expected back</source>
        <translation>预计取回</translation>
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
        <translation>现在送出(&amp;S)</translation>
    </message>
    <message>
        <source>The part left for the outside shop with its slip (now)</source>
        <translation>工件已连同外部加工单送往外加工厂（现在）</translation>
    </message>
    <message>
        <source>&amp;Back now</source>
        <translation>现在取回(&amp;B)</translation>
    </message>
    <message>
        <source>The part came back from the outside shop (now)</source>
        <translation>工件已从外加工厂返回（现在）</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Print slip…</source>
        <translation>打印外部加工单(&amp;P)…</translation>
    </message>
    <message>
        <source>Add outside work</source>
        <translation>添加外加工</translation>
    </message>
    <message>
        <source>Outside &amp;shop:</source>
        <translation>外加工厂(&amp;S)：</translation>
    </message>
    <message>
        <source>e.g. 順達機加工廠</source>
        <translation>例如：顺达机加工厂</translation>
    </message>
    <message>
        <source>C&amp;ost (the shop&apos;s price):</source>
        <translation>成本（加工厂报价）(&amp;O)：</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>&amp;Work to be done:</source>
        <translation>加工内容(&amp;W)：</translation>
    </message>
    <message>
        <source>machining, upholstery, glass…</source>
        <translation>机加工、内装、玻璃…</translation>
    </message>
    <message>
        <source>C&amp;harge (the customer pays):</source>
        <translation>收费（客户支付）(&amp;H)：</translation>
    </message>
    <message>
        <source>E&amp;xpected back:</source>
        <translation>预计取回(&amp;X)：</translation>
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
        <translation>店主批准</translation>
    </message>
    <message>
        <source>These prices are below the list: the owner approves them here.</source>
        <translation>以下价格低于目录：请店主在此批准。</translation>
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
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <source>%1: %2 instead of %3 (%4)</source>
        <translation>%1：%2，目录 %3（%4）</translation>
    </message>
    <message>
        <source>%1: %2 (%4)</source>
        <translation>%1：%2（%4）</translation>
    </message>
    <message>
        <source>no PIN: choosing the owner approves</source>
        <translation>未设 PIN：选择店主即表示批准</translation>
    </message>
</context>
<context>
    <name>PackageLines</name>
    <message>
        <source>Pay as usual, not by the package card…</source>
        <translation>改回一般付费（不用套餐卡）…</translation>
    </message>
    <message>
        <source>Choose a line a package card pays in the list.</source>
        <translation>请在列表中选择以套餐卡支付的项目。</translation>
    </message>
    <message>
        <source>The customer pays this line (and the parts its card item pays) as usual; the use goes back on the card</source>
        <translation>此项目（及卡内服务包含的配件）改由客户一般付费；使用次数退回卡内</translation>
    </message>
    <message>
        <source>Pay line %1 (%2) as usual instead of by %3? The customer pays %4 more; the card keeps the use.</source>
        <translation>第 %1 项（%2）改回一般付费，不再用 %3 支付？客户须多付 %4；卡内保留此次使用次数。</translation>
    </message>
    <message>
        <source>Pay as usual</source>
        <translation>照常付费</translation>
    </message>
    <message>
        <source>Line %1 is paid as usual.</source>
        <translation>第 %1 项已改回一般付费。</translation>
    </message>
    <message>
        <source>%1: %2 uses left.</source>
        <translation>%1：剩余 %2 次。</translation>
    </message>
    <message>
        <source>(%1 more held by other open orders)</source>
        <translation>（另有 %1 次已由其他未结工单预留）</translation>
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
        <translation>价格</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>销售中</translation>
    </message>
    <message>
        <source>e.g. 365</source>
        <translation>例如 365</translation>
    </message>
    <message>
        <source>On &amp;sale</source>
        <translation>销售中(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>售价(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Valid for days:</source>
        <translation>有效天数(&amp;V)：</translation>
    </message>
    <message>
        <source>Labour operation code</source>
        <translation>工时项目代码</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Parts included</source>
        <translation>含配件</translation>
    </message>
    <message>
        <source>Add a ser&amp;vice</source>
        <translation>添加服务项目(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Remove the service</source>
        <translation>移除服务项目(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Add as a new package</source>
        <translation>添加套餐(&amp;A)</translation>
    </message>
    <message>
        <source>Save &amp;changes</source>
        <translation>保存变更(&amp;C)</translation>
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
        <translation>已添加 %1。</translation>
    </message>
    <message>
        <source>Changes saved: %1.</source>
        <translation>已保存变更：%1。</translation>
    </message>
    <message>
        <source>Choose the package to change.</source>
        <translation>请选择要修改的套餐。</translation>
    </message>
</context>
<context>
    <name>PartChoiceDialog</name>
    <message>
        <source>Type a code, a name or its pinyin initials</source>
        <translation>输入代码、名称或拼音首字母</translation>
    </message>
    <message>
        <source>&amp;Part:</source>
        <translation>配件(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>数量(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>No part chosen yet.</source>
        <translation>尚未选择配件。</translation>
    </message>
    <message>
        <source>%1 %2 in stock</source>
        <translation>库存 %1 %2</translation>
    </message>
    <message>
        <source>Choose the part first: type and pick it from the list.</source>
        <translation>请先选择配件：输入后从清单中选中。</translation>
    </message>
</context>
<context>
    <name>PartLinesModel</name>
    <message>
        <source>Name the part.</source>
        <translation>请输入配件名称。</translation>
    </message>
    <message>
        <source>Free (worth %1)</source>
        <translation>免费（价值 %1）</translation>
    </message>
    <message>
        <source>customer&apos;s own</source>
        <translation>客户自备</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Brand / spec</source>
        <translation>品牌／规格</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Customer&apos;s own</source>
        <translation>客户自备</translation>
    </message>
</context>
<context>
    <name>PartsTab</name>
    <message>
        <source>Ask for an extra part (用料批條)</source>
        <translation>申请额外配件（用料批条）</translation>
    </message>
    <message>
        <source>A part not planned, or more than planned, waits for the inspector&apos;s approval before it is issued.</source>
        <translation>计划外或超出计划的配件，须经检验员批准后才能发料。</translation>
    </message>
    <message>
        <source>Substitute another part</source>
        <translation>替换为其他配件</translation>
    </message>
    <message>
        <source>The line keeps its price; the new part&apos;s name, spec and origin go on the order.</source>
        <translation>此项目价格不变；新配件的名称、规格及来源会列在工单上。</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>估价</translation>
    </message>
    <message>
        <source>Added work</source>
        <translation>追加项目</translation>
    </message>
    <message>
        <source>Added work, waiting for the customer</source>
        <translation>追加项目，等候客户答复</translation>
    </message>
    <message>
        <source>Refused by the customer</source>
        <translation>客户已拒绝</translation>
    </message>
    <message>
        <source>Extra part, waiting for the inspector</source>
        <translation>额外配件，等候检验员批准</translation>
    </message>
    <message>
        <source>Extra part, approved</source>
        <translation>额外配件，已批准</translation>
    </message>
    <message>
        <source>Extra part, refused</source>
        <translation>额外配件，已拒绝</translation>
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
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>all issued</source>
        <translation>已全部领出</translation>
    </message>
    <message>
        <source>promised %1</source>
        <translation>约定交车 %1</translation>
    </message>
    <message>
        <source>Every planned part is issued and nothing was issued beyond the order: the car may go to final QC.</source>
        <translation>计划的配件已全部领出，且没有超出工单的领料：车辆可以送完工总检。</translation>
    </message>
    <message>
        <source>To settle before final QC:</source>
        <translation>完工总检前须处理：</translation>
    </message>
    <message>
        <source>The order has no parts.</source>
        <translation>此工单没有配件。</translation>
    </message>
    <message>
        <source>Customer-supplied</source>
        <translation>客户自备</translation>
    </message>
    <message>
        <source>Not a stock part</source>
        <translation>非库存配件</translation>
    </message>
    <message>
        <source>Choose a line first.</source>
        <translation>请先选择一个项目。</translation>
    </message>
    <message>
        <source>Issue the quantity (empty: all that is left to issue on the line)</source>
        <translation>发出此数量（留空：发出此项目剩余的全部数量）</translation>
    </message>
    <message>
        <source>Unused parts back into stock (empty quantity: all issued on the line)</source>
        <translation>未用的配件退回库存（数量留空：此项目已领的全部）</translation>
    </message>
    <message>
        <source>Issue every line in full that the stock covers</source>
        <translation>库存足够的项目全部发料</translation>
    </message>
    <message>
        <source>Return the parts issued on this line first.</source>
        <translation>请先退回此项目已领的配件。</translation>
    </message>
    <message>
        <source>Use another stock part for this line (the price stays)</source>
        <translation>此项目改用其他库存配件（价格不变）</translation>
    </message>
    <message>
        <source>A part not planned, or more than planned: the inspector must approve it</source>
        <translation>计划外或超出计划的配件：须经检验员批准</translation>
    </message>
    <message>
        <source>The rest of this planned part was not needed: the order comes down to what was issued</source>
        <translation>此计划配件的剩余数量不需要：工单改按实际领出的数量</translation>
    </message>
    <message>
        <source>What becomes of the replaced part (printed on the settlement list)</source>
        <translation>换下的旧件如何处理（印在结算清单上）</translation>
    </message>
    <message>
        <source>Choose an extra part first.</source>
        <translation>请先选择一个额外配件。</translation>
    </message>
    <message>
        <source>Approve the extra part: the store may issue it</source>
        <translation>批准额外配件：库房即可发料</translation>
    </message>
    <message>
        <source>Refuse the extra part</source>
        <translation>拒绝额外配件</translation>
    </message>
    <message>
        <source>The customer agreed: the issued extra part is charged</source>
        <translation>客户已同意：领出的额外配件要收费</translation>
    </message>
    <message>
        <source>The garage bears the cost: the extra part is not charged</source>
        <translation>由本店承担：额外配件不收费</translation>
    </message>
    <message>
        <source>Issued on line %1: %2.</source>
        <translation>第 %1 项已发料：%2。</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) issued in full.</source>
        <translation>
            <numerusform>%n 个项目已全部发料。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not enough in stock for: %1</source>
        <translation>库存不足：%1</translation>
    </message>
    <message>
        <source>Returned to stock from line %1.</source>
        <translation>第 %1 项已退回库存。</translation>
    </message>
    <message>
        <source>Line %1 now uses another part.</source>
        <translation>第 %1 项已改用其他配件。</translation>
    </message>
    <message>
        <source>The extra part waits for the inspector&apos;s approval.</source>
        <translation>额外配件正等候检验员批准。</translation>
    </message>
    <message>
        <source>Line %1: the part not issued is off the order.</source>
        <translation>第 %1 项：未领出的配件已从工单移除。</translation>
    </message>
    <message>
        <source>Old part of line %1 recorded.</source>
        <translation>已登记第 %1 项的旧件处理方式。</translation>
    </message>
    <message>
        <source>Extra part approved: the store may issue it.</source>
        <translation>额外配件已批准：库房可以发料。</translation>
    </message>
    <message>
        <source>Extra part refused.</source>
        <translation>额外配件已拒绝。</translation>
    </message>
    <message>
        <source>The extra part is on the order.</source>
        <translation>额外配件已加入工单。</translation>
    </message>
    <message>
        <source>Pick list %1</source>
        <translation>领料单 %1</translation>
    </message>
    <message>
        <source>Extra part approval %1</source>
        <translation>用料批条 %1</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>领料</translation>
    </message>
    <message>
        <source>&lt;b&gt;Orders waiting for parts&lt;/b&gt; — cars in the workshop; those with parts still to issue or extra parts to approve come first</source>
        <translation>&lt;b&gt;待领料的工单&lt;/b&gt;——车间中的车辆；尚有配件待发或额外配件待批准的排在最前</translation>
    </message>
    <message>
        <source>Double-click (or Enter) to open the order&apos;s pick list</source>
        <translation>双击（或 Enter）打开工单的领料单</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>约定交车</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Lines to issue</source>
        <translation>待发项目</translation>
    </message>
    <message>
        <source>Extra parts waiting</source>
        <translation>待批额外配件</translation>
    </message>
    <message>
        <source>No car in the workshop needs parts. An order appears here once the customer has confirmed it.</source>
        <translation>车间中没有需要领料的车辆。客户确认维修工单后，工单会出现在这里。</translation>
    </message>
    <message>
        <source>All orders waiting for parts</source>
        <translation>所有待领料工单</translation>
    </message>
    <message>
        <source>Close this order and list every car that needs parts</source>
        <translation>关闭此工单，列出所有需要领料的车辆</translation>
    </message>
    <message>
        <source>Pick list (領料): issued against planned, line by line</source>
        <translation>领料单：逐项对照计划与实领</translation>
    </message>
    <message>
        <source>Choose a line, then issue, return or substitute it below</source>
        <translation>选择一个项目，再于下方发料、退料或替换</translation>
    </message>
    <message>
        <source>#</source>
        <translation>序</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>已领</translation>
    </message>
    <message>
        <source>To issue</source>
        <translation>待发</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>货位</translation>
    </message>
    <message>
        <source>Old part</source>
        <translation>旧件</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>数量(&amp;Q)：</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>How many to issue or return; empty: all that is left to issue (or all that was issued, for a return)</source>
        <translation>要发出或退回的数量；留空：发出剩余的全部（退料时为已领的全部）</translation>
    </message>
    <message>
        <source>Reason / &amp;note:</source>
        <translation>原因／备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Why parts come back, why another part is used, or why a planned part was not needed</source>
        <translation>退料、改用其他配件或计划配件不需要的原因</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>发料(&amp;I)</translation>
    </message>
    <message>
        <source>Issue &amp;all</source>
        <translation>全部发料(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Return</source>
        <translation>退料(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Substitute…</source>
        <translation>替换(&amp;S)…</translation>
    </message>
    <message>
        <source>Ask for an &amp;extra part…</source>
        <translation>申请额外配件(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Not used</source>
        <translation>不需要(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Old part:</source>
        <translation>旧件(&amp;O)：</translation>
    </message>
    <message>
        <source>Before final QC</source>
        <translation>完工总检前</translation>
    </message>
    <message>
        <source>&amp;Print pick list…</source>
        <translation>打印领料单(&amp;P)…</translation>
    </message>
    <message>
        <source>Preview the 領料單 and print it or save it as PDF</source>
        <translation>预览领料单，并打印或存为 PDF</translation>
    </message>
    <message>
        <source>Extra parts (用料批條): the inspector approves</source>
        <translation>额外配件（用料批条）：由检验员批准</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation>批条</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
    <message>
        <source>The inspector&apos;s remark, or who agreed for the customer when an extra part goes on the order</source>
        <translation>检验员的意见；额外配件加入工单时，填写代表客户同意的人</translation>
    </message>
    <message>
        <source>Appro&amp;ve</source>
        <translation>批准(&amp;V)</translation>
    </message>
    <message>
        <source>Re&amp;fuse</source>
        <translation>拒绝(&amp;F)</translation>
    </message>
    <message>
        <source>Print s&amp;lip…</source>
        <translation>打印批条(&amp;L)…</translation>
    </message>
    <message>
        <source>Preview the 用料批條 with the inspector&apos;s name and time, and print it</source>
        <translation>预览附有检验员姓名及时间的用料批条，并打印</translation>
    </message>
    <message>
        <source>Put on the order (&amp;charged)</source>
        <translation>加入工单（收费）(&amp;C)</translation>
    </message>
    <message>
        <source>Put on the order (free)</source>
        <translation>加入工单（免费）</translation>
    </message>
    <message>
        <source>Issues and returns on this order</source>
        <translation>此工单的发料及退料记录</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人员</translation>
    </message>
</context>
<context>
    <name>PriceListDialog</name>
    <message>
        <source>Import a supplier&apos;s price list</source>
        <translation>导入供应商价目表</translation>
    </message>
    <message>
        <source>New part</source>
        <translation>新配件</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>尚未选择文件。</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>Save an empty &amp;template…</source>
        <translation>保存空白模板(&amp;T)…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>&amp;Supplier:</source>
        <translation>供应商(&amp;S)：</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation>售价</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>&amp;Apply the valid rows</source>
        <translation>套用有效的行(&amp;A)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Choose the price list</source>
        <translation>选择价目表</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Save an empty price list</source>
        <translation>保存空白价目表</translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 unchanged, %4 with errors (not applied).</source>
        <translation>添加 %1、变更 %2、未变 %3、有错误 %4（不套用）。</translation>
    </message>
    <message>
        <source>Applied: %1 parts added, %2 updated; %3 rows with errors skipped.</source>
        <translation>已套用：添加 %1 种配件、更新 %2 种；略过 %3 行有错误的数据。</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>&amp;Zoom:</source>
        <translation>缩放(&amp;Z)：</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>共 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>The file could not be written:
%1</source>
        <translation>无法写入文件：
%1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>未打印</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
</context>
<context>
    <name>ProcessCheckDialog</name>
    <message>
        <source>Quality check during the repair</source>
        <translation>维修过程质量检查</translation>
    </message>
    <message>
        <source>Line &lt;b&gt;%1&lt;/b&gt;, while it is being worked (質量跟蹤)</source>
        <translation>项目 &lt;b&gt;%1&lt;/b&gt;，施工中（质量跟踪）</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>正常(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Problem found</source>
        <translation>发现问题(&amp;P)</translation>
    </message>
    <message>
        <source>e.g. redone and checked again, part replaced, adjusted</source>
        <translation>例如：重做并再次检查、更换配件、调整</translation>
    </message>
    <message>
        <source>What was &amp;done about it:</source>
        <translation>处理方式(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Record the check</source>
        <translation>登记检查(&amp;R)</translation>
    </message>
    <message>
        <source>What was &amp;found:</source>
        <translation>发现的问题(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>备注（非必填）(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>PutOffNote</name>
    <message>
        <source>For a &amp;later visit:</source>
        <translation>留待下次来店(&amp;L)：</translation>
    </message>
    <message>
        <source>what can wait, e.g. rear tyres at 2 mm: replace within 3 months</source>
        <translation>可暂缓的项目，例如：后轮胎纹剩 2 mm，3 个月内更换</translation>
    </message>
    <message>
        <source>Keep on the car</source>
        <translation>保留在车辆记录</translation>
    </message>
    <message>
        <source>Kept on the vehicle: shown at its next intake and estimate</source>
        <translation>保留在车辆记录中：下次接车及估价时显示</translation>
    </message>
    <message>
        <source>Kept on the car for its next visit: %1</source>
        <translation>已保留在车辆记录中，供下次来店参考：%1</translation>
    </message>
</context>
<context>
    <name>QcDamageDiagram</name>
    <message>
        <source>resolved: %1</source>
        <translation>已处理：%1</translation>
    </message>
</context>
<context>
    <name>QcTab</name>
    <message>
        <source>Rework done: the car waits for a new inspection.</source>
        <translation>返工完成：车辆等候重新检验。</translation>
    </message>
    <message>
        <source>The time the customer was told is recorded.</source>
        <translation>已登记通知客户的时间。</translation>
    </message>
    <message>
        <source>The promised time has passed</source>
        <translation>已过约定交车时间</translation>
    </message>
    <message>
        <source>Order items done</source>
        <translation>工单项目已完成</translation>
    </message>
    <message>
        <source>(not finished)</source>
        <translation>（未完工）</translation>
    </message>
    <message>
        <source>Finished %1</source>
        <translation>完工 %1</translation>
    </message>
    <message>
        <source>problem: %1 — done: %2</source>
        <translation>问题：%1——处理：%2</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Checked %1 (%2): %3</source>
        <translation>过程检验 %1（%2）：%3</translation>
    </message>
    <message>
        <source>Safety item</source>
        <translation>安全项目</translation>
    </message>
    <message>
        <source>Everything passed: the car is ready; tell the customer</source>
        <translation>全部合格：车辆已完工，请通知客户</translation>
    </message>
    <message>
        <source>Send the failed order items back to their teams as rework</source>
        <translation>将不合格的工单项目退回原班组返工</translation>
    </message>
    <message>
        <source>The reworked lines are finished: the car comes back for a new inspection</source>
        <translation>返工项目已完工：车辆回来重新检验</translation>
    </message>
    <message>
        <source>Record that the customer was told the car is ready</source>
        <translation>登记已通知客户车辆完工</translation>
    </message>
    <message>
        <source>Preview the 竣工檢驗單 and print it or save it as PDF</source>
        <translation>预览竣工检验单，并打印或存为 PDF</translation>
    </message>
    <message>
        <source>The completion certificate is issued when a car of this repair class passes QC</source>
        <translation>此维修类别的车辆通过总检时签发竣工出厂合格证</translation>
    </message>
    <message>
        <source>This repair class needs no completion certificate</source>
        <translation>此维修类别不需要竣工出厂合格证</translation>
    </message>
    <message>
        <source>Preview the 竣工出廠合格證 and print it or save it as PDF</source>
        <translation>预览竣工出厂合格证，并打印或存为 PDF</translation>
    </message>
    <message>
        <source>Inspection %1 · %2 of %3 checks answered</source>
        <translation>第 %1 次检验 · 已填 %2／%3 项</translation>
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
        <translation>登记所选新损伤的处理方式</translation>
    </message>
    <message>
        <source>Pick a mark found at QC that is not resolved yet</source>
        <translation>请选择总检时发现、尚未处理的标记</translation>
    </message>
    <message>
        <source>Not finished:</source>
        <translation>未完工：</translation>
    </message>
    <message>
        <source>Every repair line finished</source>
        <translation>所有维修项目已完工</translation>
    </message>
    <message>
        <source>Parts not reconciled:</source>
        <translation>用料未核对一致：</translation>
    </message>
    <message>
        <source>Parts reconciled</source>
        <translation>用料已核对一致</translation>
    </message>
    <message>
        <source>New damage to resolve:</source>
        <translation>待处理的新损伤：</translation>
    </message>
    <message>
        <source>No new damage open</source>
        <translation>没有待处理的新损伤</translation>
    </message>
    <message>
        <source>Checks during the repair: %1 OK, %2 problem(s).</source>
        <translation>维修过程检查：%1 项正常，%2 项有问题。</translation>
    </message>
    <message>
        <source>%1 %2: %3 — done: %4</source>
        <translation>%1 %2：%3——处理：%4</translation>
    </message>
    <message>
        <source>Inspection %1 passed (%2).</source>
        <translation>第 %1 次检验合格（%2）。</translation>
    </message>
    <message>
        <source>Certificate %1.</source>
        <translation>合格证 %1。</translation>
    </message>
    <message>
        <source>Inspection %1 failed (%2): sent back %3</source>
        <translation>第 %1 次检验不合格（%2）：退回 %3</translation>
    </message>
    <message>
        <source>Customer told at %1.</source>
        <translation>已于 %1 通知客户。</translation>
    </message>
    <message>
        <source>This repair class needs a completion certificate: it is issued with the pass.</source>
        <translation>此维修类别需要竣工出厂合格证：总检合格时一并签发。</translation>
    </message>
    <message>
        <source>Passed: the car is ready.</source>
        <translation>合格：车辆已完工。</translation>
    </message>
    <message>
        <source>Completion certificate %1 issued.</source>
        <translation>已签发竣工出厂合格证 %1。</translation>
    </message>
    <message>
        <source>Press &quot;Customer told&quot; once you have reached the customer.</source>
        <translation>联系上客户后，请按“登记已通知客户”。</translation>
    </message>
    <message>
        <source>Failed: sent back for rework — %1</source>
        <translation>不合格：退回返工——%1</translation>
    </message>
    <message>
        <source>QC sheet %1</source>
        <translation>竣工检验单 %1</translation>
    </message>
    <message>
        <source>Completion certificate %1</source>
        <translation>竣工出厂合格证 %1</translation>
    </message>
    <message>
        <source>Final QC</source>
        <translation>完工总检</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cars waiting for final QC&lt;/b&gt; — and cars sent back for rework, which come back here once reworked</source>
        <translation>&lt;b&gt;待完工总检的车辆&lt;/b&gt;——退回返工的车辆返工完成后也会回到这里</translation>
    </message>
    <message>
        <source>Double-click (or Enter) to inspect the car</source>
        <translation>双击（或 Enter）检验车辆</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>约定交车</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Repair class</source>
        <translation>维修类别</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>检验次数</translation>
    </message>
    <message>
        <source>Who has it</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>No car is waiting for final QC. A car appears here once its repair is reported finished.</source>
        <translation>没有等候完工总检的车辆。维修报完工后，车辆会出现在这里。</translation>
    </message>
    <message>
        <source>Check&amp;list:</source>
        <translation>检查表(&amp;L)：</translation>
    </message>
    <message>
        <source>The checklist follows the repair class; choose another one if it fits the job better</source>
        <translation>检查表依维修类别而定；如其他检查表更适合，可另选</translation>
    </message>
    <message>
        <source>All cars waiting for QC</source>
        <translation>所有待总检车辆</translation>
    </message>
    <message>
        <source>Close this order and list the cars waiting for final QC</source>
        <translation>关闭此工单，列出等候完工总检的车辆</translation>
    </message>
    <message>
        <source>Checklist — the order&apos;s items first, then the main systems, safety first</source>
        <translation>检查表——先核对工单项目，再检查主要系统，安全项目优先</translation>
    </message>
    <message>
        <source>Choose checks, then P (pass), F (fail) or N (not applicable); type in the Note column</source>
        <translation>选择检查项目后按 P（合格）、F（不合格）或 N（不适用）；可在备注栏输入说明</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项目</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;Pass</source>
        <translation>合格(&amp;P)</translation>
    </message>
    <message>
        <source>Mark the chosen checks passed (P)</source>
        <translation>将选中的检查项目标为合格（P）</translation>
    </message>
    <message>
        <source>&amp;Fail</source>
        <translation>不合格(&amp;F)</translation>
    </message>
    <message>
        <source>Mark the chosen checks failed (F); a failed order item goes back to its team</source>
        <translation>将选中的检查项目标为不合格（F）；不合格的工单项目退回原班组</translation>
    </message>
    <message>
        <source>&amp;Not applicable</source>
        <translation>不适用(&amp;N)</translation>
    </message>
    <message>
        <source>The chosen checks do not apply to this car (N)</source>
        <translation>选中的检查项目不适用于此车（N）</translation>
    </message>
    <message>
        <source>All &amp;unanswered pass</source>
        <translation>其余全部合格(&amp;U)</translation>
    </message>
    <message>
        <source>Mark every check not answered yet as passed</source>
        <translation>将尚未填写的检查项目全部标为合格</translation>
    </message>
    <message>
        <source>Measured checks — judged from the readings against the checklist&apos;s limits</source>
        <translation>测量项目——依读数对照检查表的限值判定</translation>
    </message>
    <message>
        <source>Body damage: the intake record beside the exit check</source>
        <translation>车身损伤：接车记录与出厂检查对照</translation>
    </message>
    <message>
        <source>&amp;Resolved how:</source>
        <translation>处理方式(&amp;R)：</translation>
    </message>
    <message>
        <source>e.g. polished out by the body team; customer agreed</source>
        <translation>例如：钣金组已抛光处理；客户同意</translation>
    </message>
    <message>
        <source>Resol&amp;ve</source>
        <translation>处理完毕(&amp;V)</translation>
    </message>
    <message>
        <source>Compared with the intake record: no new &amp;damage (or all new damage resolved)</source>
        <translation>已对照接车记录：无新损伤（或新损伤均已处理）(&amp;D)</translation>
    </message>
    <message>
        <source>Walk round the car with the intake diagram; click the car to mark damage that is not on it</source>
        <translation>拿着接车损伤图绕车检查；在车身图上点击标记图上没有的损伤</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>检验结果</translation>
    </message>
    <message>
        <source>&amp;Mileage at QC:</source>
        <translation>总检里程(&amp;M)：</translation>
    </message>
    <message>
        <source>km after the road test</source>
        <translation>路试后的 km</translation>
    </message>
    <message>
        <source>The odometer after the road test: printed on the completion certificate as the mileage out (optional)</source>
        <translation>路试后的里程表读数：作为出厂里程印在竣工出厂合格证上（非必填）</translation>
    </message>
    <message>
        <source>Customer &amp;informed now</source>
        <translation>已通知客户(&amp;I)</translation>
    </message>
    <message>
        <source>Tick once you have told the customer the car is ready; otherwise record the call later with &quot;Customer told&quot;</source>
        <translation>已通知客户车辆完工时才勾选；否则稍后以“已通知客户”记录通知</translation>
    </message>
    <message>
        <source>Re&amp;work note:</source>
        <translation>返工说明(&amp;W)：</translation>
    </message>
    <message>
        <source>What the team must redo (the failed order items go back to their teams)</source>
        <translation>班组须重做的内容（不合格的工单项目退回原班组）</translation>
    </message>
    <message>
        <source>P&amp;ass QC</source>
        <translation>总检合格(&amp;A)</translation>
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
        <translation>登记已通知客户(&amp;T)</translation>
    </message>
    <message>
        <source>Print QC &amp;sheet…</source>
        <translation>打印竣工检验单(&amp;S)…</translation>
    </message>
    <message>
        <source>Print &amp;certificate…</source>
        <translation>打印合格证(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>ReceivablesDialog</name>
    <message>
        <source>Receivables: makers and insurers</source>
        <translation>应收账款：厂家及保险公司</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>欠款方</translation>
    </message>
    <message>
        <source>Pays for</source>
        <translation>结算方式</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>工单数</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未收</translation>
    </message>
    <message>
        <source>Open by debtor and age (days since settlement)</source>
        <translation>未收金额（依欠款方及账龄：结算后天数）</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>Loss assessment no.</source>
        <translation>定损单号</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>结算日期</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Receivable</source>
        <translation>应收账款</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>已回款</translation>
    </message>
    <message>
        <source>Record money received</source>
        <translation>登记回款</translation>
    </message>
    <message>
        <source>Choose a receivable above.</source>
        <translation>请在上方选择一笔应收账款。</translation>
    </message>
    <message>
        <source>the transfer&apos;s number</source>
        <translation>转账单号</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>记录(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Amount (¥):</source>
        <translation>金额（¥）(&amp;A)：</translation>
    </message>
    <message>
        <source>Arrived &amp;on:</source>
        <translation>到账日期(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>方式(&amp;M)：</translation>
    </message>
    <message>
        <source>Re&amp;ference:</source>
        <translation>参考号(&amp;F)：</translation>
    </message>
    <message>
        <source>Collected so far:</source>
        <translation>已收回款项：</translation>
    </message>
    <message>
        <source>why the chosen collection is voided</source>
        <translation>作废所选回款的原因</translation>
    </message>
    <message>
        <source>Vo&amp;id collection</source>
        <translation>作废回款(&amp;I)</translation>
    </message>
    <message>
        <source>A collection entered by mistake is reversed (never deleted): the amount is owed again</source>
        <translation>误登的回款以冲销更正（不会删除）：该金额恢复为未收</translation>
    </message>
    <message>
        <source>Show paid ones &amp;too</source>
        <translation>一并显示已付清的(&amp;T)</translation>
    </message>
    <message>
        <source>List the receivables paid in full as well (to void a collection entered by mistake)</source>
        <translation>一并列出已全额收回的应收账款（用于作废误登的回款）</translation>
    </message>
    <message>
        <source>(insurer not recorded)</source>
        <translation>（未登记保险公司）</translation>
    </message>
    <message>
        <source>(make not recorded)</source>
        <translation>（未登记厂牌）</translation>
    </message>
    <message>
        <source>Reading the receivables…</source>
        <translation>正在读取应收账款…</translation>
    </message>
    <message>
        <source>The receivables could not be read; close this window and open it again.</source>
        <translation>无法读取应收账款，请关闭此窗口后再打开一次。</translation>
    </message>
    <message>
        <source>Open in all: %1 (orders: %2)</source>
        <translation>未收合计：%1（工单 %2 张）</translation>
    </message>
    <message>
        <source>%1 owes %2 on %3 (settled %4).</source>
        <translation>%1 尚欠工单 %3 的 %2（%4 结算）。</translation>
    </message>
    <message>
        <source>(voided)</source>
        <translation>（已作废）</translation>
    </message>
    <message>
        <source>(voids an earlier one: %1)</source>
        <translation>（冲销先前一笔：%1）</translation>
    </message>
    <message>
        <source>Recorded. %1 is still open on %2.</source>
        <translation>已登记。工单 %2 尚有 %1 未收。</translation>
    </message>
    <message>
        <source>Recorded. %1 is paid in full.</source>
        <translation>已记录。%1 已全数付清。</translation>
    </message>
    <message>
        <source>Choose the collection to void (one not voided yet).</source>
        <translation>请选择要作废的回款（尚未作废者）。</translation>
    </message>
    <message>
        <source>Collection voided: the amount is owed again.</source>
        <translation>回款已作废：该金额恢复为未收。</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <source>Receive a delivery</source>
        <translation>进货入库</translation>
    </message>
    <message>
        <source>delivery note number, remarks</source>
        <translation>送货单号、备注</translation>
    </message>
    <message>
        <source>Type a code, a name or its pinyin initials to add a part</source>
        <translation>输入代码、名称或拼音首字母以加入配件</translation>
    </message>
    <message>
        <source>&amp;Supplier:</source>
        <translation>供应商(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Add part:</source>
        <translation>加入配件(&amp;A)：</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>单位成本</translation>
    </message>
    <message>
        <source>Re&amp;move line</source>
        <translation>移除此行(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Book into stock</source>
        <translation>入库(&amp;B)</translation>
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
        <translation>建议日后进行</translation>
    </message>
    <message>
        <source>On order</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>&amp;Use on this estimate</source>
        <translation>加入此估价(&amp;U)</translation>
    </message>
    <message>
        <source>Turn the chosen recommendation into a line of this estimate (the catalog price when it names a job or part)</source>
        <translation>将选中的建议项目加入此估价（如对应目录中的作业或配件，则以目录价计）</translation>
    </message>
    <message>
        <source>D&amp;ismiss…</source>
        <translation>撤销(&amp;I)…</translation>
    </message>
    <message>
        <source>Close the chosen recommendation with the reason (done elsewhere, no longer needed …)</source>
        <translation>注明原因撤销所选建议项目（已在别处处理、不再需要…）</translation>
    </message>
    <message>
        <source>Put off on earlier visits (%1)</source>
        <translation>以往来店延后的项目（%1）</translation>
    </message>
    <message>
        <source>Dismiss a recommendation</source>
        <translation>撤销建议项目</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;Why is it no longer recommended?</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;为什么不再建议此项目？</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>取消建议(&amp;D)</translation>
    </message>
    <message>
        <source>Dismissed: %1</source>
        <translation>已撤销：%1</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <source>Export month-end workbook</source>
        <translation>导出月结工作簿</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>正在读取数据…</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>First-time fix rate</source>
        <translation>一次修复率</translation>
    </message>
    <message>
        <source>%1 of %2 deliveries</source>
        <translation>交车 %2 单中 %1 单</translation>
    </message>
    <message>
        <source>On time (promise in force)</source>
        <translation>准时交车（现行约定）</translation>
    </message>
    <message>
        <source>On time (original promise)</source>
        <translation>准时交车（原始约定）</translation>
    </message>
    <message>
        <source>Followed up within 2 days</source>
        <translation>两天内回访</translation>
    </message>
    <message>
        <source>Comeback rate</source>
        <translation>返修率</translation>
    </message>
    <message>
        <source>%1 of %2 deliveries came back</source>
        <translation>交车 %2 单中 %1 单返修</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>Average time in the shop</source>
        <translation>平均在厂时间</translation>
    </message>
    <message>
        <source>%1 of %2 orders ready</source>
        <translation>完工 %2 单中 %1 单</translation>
    </message>
    <message>
        <source>received to handover, %1 orders</source>
        <translation>从接车到交车，共 %1 单</translation>
    </message>
    <message>
        <source>Orders delivered</source>
        <translation>交车单数</translation>
    </message>
    <message>
        <source>%1 different vehicles</source>
        <translation>%1 辆不同车辆</translation>
    </message>
    <message>
        <source>Revenue (orders settled)</source>
        <translation>营业额（已结算工单）</translation>
    </message>
    <message>
        <source>Labour %1 · Parts %2</source>
        <translation>工时费 %1 · 材料费 %2</translation>
    </message>
    <message>
        <source>Outside work %1</source>
        <translation>外加工费 %1</translation>
    </message>
    <message>
        <source>Revenue by payer</source>
        <translation>按结算方式的营业额</translation>
    </message>
    <message>
        <source>Open deposits</source>
        <translation>未结押金</translation>
    </message>
    <message>
        <source>%1 held</source>
        <translation>押金 %1</translation>
    </message>
    <message>
        <source>Promise in force</source>
        <translation>现行约定</translation>
    </message>
    <message>
        <source>Original promise</source>
        <translation>原始约定</translation>
    </message>
    <message>
        <source>On-time delivery, last 12 months</source>
        <translation>准时交车率（近 12 个月）</translation>
    </message>
    <message>
        <source>%1, last 12 months</source>
        <translation>%1（近 12 个月）</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>小时</translation>
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
        <translation>营业额（近 12 个月）</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>工时费</translation>
    </message>
    <message>
        <source>Parts, less discounts</source>
        <translation>材料费（扣除折扣）</translation>
    </message>
    <message>
        <source>Revenue by payer, last 12 months</source>
        <translation>按结算方式的营业额（近 12 个月）</translation>
    </message>
    <message>
        <source>Reading the orders…</source>
        <translation>正在读取工单…</translation>
    </message>
    <message>
        <source>%1 — %2 of %3 orders counted (ticked)</source>
        <translation>%1——%3 张工单中计入 %2 张（已勾选）</translation>
    </message>
    <message>
        <source>%1 — %2 orders</source>
        <translation>%1——%2 张工单</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接车时间</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>完工时间</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>约定交车</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>交车时间</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>计入</translation>
    </message>
    <message>
        <source>month-end-%1.xlsx</source>
        <translation>月结-%1.xlsx</translation>
    </message>
    <message>
        <source>Writing the month-end workbook…</source>
        <translation>正在写入月结工作簿…</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>the program writing it stopped unexpectedly</source>
        <translation>写入工作簿的程序意外结束</translation>
    </message>
    <message>
        <source>Saved the workbook of %1 to %2.</source>
        <translation>%1 的工作簿已保存至 %2。</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>The month whose figures are shown (Alt+M)</source>
        <translation>要显示数据的月份（Alt+M）</translation>
    </message>
    <message>
        <source>&amp;Export month-end workbook…</source>
        <translation>导出月结工作簿(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the chosen month&apos;s Excel workbook: KPIs with their definitions, orders, labour, parts, payments, open deposits, follow-ups and comebacks</source>
        <translation>导出所选月份的 Excel 工作簿：关键指标及其定义、工单、工时、配件、收款、未结押金、回访及返修</translation>
    </message>
    <message>
        <source>E&amp;lectronic health record…</source>
        <translation>电子健康档案(&amp;L)…</translation>
    </message>
    <message>
        <source>The chosen month&apos;s settled orders for the provincial platform (電子健康檔案): which records are ready, what holds the others back, export as JSON or CSV, and the upload queue</source>
        <translation>所选月份已结算的工单在省级平台（电子健康档案）的数据：哪些记录已就绪、其余被哪些问题卡住、导出为 JSON 或 CSV，以及上传队列</translation>
    </message>
    <message>
        <source>Choose a figure to see its 12-month trend and the orders behind it.</source>
        <translation>选择一项指标，即可查看其 12 个月趋势及相关工单。</translation>
    </message>
    <message>
        <source>Click a month to show its figures</source>
        <translation>点击月份即可显示其数据</translation>
    </message>
    <message>
        <source>Double-click an order (or press Enter) to open it in the tab of its stage</source>
        <translation>双击工单（或按 Enter）即可在其阶段的分页中打开</translation>
    </message>
    <message>
        <source>Double-click an order, or press Enter, to open it.</source>
        <translation>双击工单或按 Enter 即可打开。</translation>
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
        <translation>三包补偿 %1</translation>
    </message>
    <message>
        <source>This 三包 repair is on its day %1. From day six (%2) the owner is owed a loaner car or transport compensation.</source>
        <translation>此三包维修已进行到第 %1 天。自第六天（%2）起，应向车主提供备用车或交通费用补偿。</translation>
    </message>
    <message>
        <source>&amp;Loaner car (備用車)</source>
        <translation>备用车(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Transport compensation (交通費用補償)</source>
        <translation>交通费用补偿(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Amount paid (¥):</source>
        <translation>支付金额（¥）(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>记录(&amp;R)</translation>
    </message>
    <message>
        <source>a loaner car: %1</source>
        <translation>备用车：%1</translation>
    </message>
    <message>
        <source>transport compensation of %1</source>
        <translation>交通费用补偿 %1</translation>
    </message>
    <message>
        <source>Recorded %1 by %2: %3</source>
        <translation>%1 由 %2 登记：%3</translation>
    </message>
    <message>
        <source>&amp;Which car:</source>
        <translation>借出车辆(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;How reckoned:</source>
        <translation>计算方式(&amp;H)：</translation>
    </message>
    <message>
        <source>plate and model of the loaner</source>
        <translation>备用车的车牌号及车型</translation>
    </message>
    <message>
        <source>e.g. 2 days × ¥50 taxi</source>
        <translation>例如：2 天 × ¥50 出租车费</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>The window&apos;s language</source>
        <translation>窗口语言</translation>
    </message>
    <message>
        <source>Merge records on file twice…</source>
        <translation>合并重复登记的记录…</translation>
    </message>
    <message>
        <source>Cars and customers typed once in Traditional and once in Simplified characters</source>
        <translation>以繁体、简体各登记一次的车辆及客户</translation>
    </message>
    <message>
        <source>Commission rules…</source>
        <translation>提成规则…</translation>
    </message>
    <message>
        <source>What the mechanics earn on the lines they work</source>
        <translation>维修工在所做项目上的提成</translation>
    </message>
    <message>
        <source>&amp;Insurers…</source>
        <translation>保险公司(&amp;I)…</translation>
    </message>
    <message>
        <source>The insurers that pay accident repairs (索賠): name, contact, phone</source>
        <translation>支付事故维修（索赔）的保险公司：名称、联系人、电话</translation>
    </message>
    <message>
        <source>&amp;Package cards…</source>
        <translation>套餐卡(&amp;P)…</translation>
    </message>
    <message>
        <source>What the garage sells as package cards: services, uses, price, days valid</source>
        <translation>本店销售的套餐卡：服务项目、次数、价格、有效天数</translation>
    </message>
    <message>
        <source>Member &amp;grades…</source>
        <translation>会员等级(&amp;G)…</translation>
    </message>
    <message>
        <source>Member grades and their discounts on labour and parts; a customer&apos;s grade</source>
        <translation>会员等级及其工时、配件折扣；设置客户的等级</translation>
    </message>
    <message>
        <source>Vehicles filed under this class</source>
        <translation>归入此类别的车辆</translation>
    </message>
    <message>
        <source>Remove model class</source>
        <translation>移除车型类别</translation>
    </message>
    <message>
        <source>Remove the model class &quot;%1&quot;?</source>
        <translation>要移除车型类别“%1”吗？</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No (left)</source>
        <translation>否（已离职）</translation>
    </message>
    <message>
        <source>Merge records on file twice (%1)…</source>
        <translation>合并重复登记的记录（%1）…</translation>
    </message>
    <message>
        <source>What a customer giving up a stored-value card is paid back</source>
        <translation>客户退还储值卡时的退款方式</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>A card with money on it and no movement this long is listed as dormant for the owner</source>
        <translation>卡内仍有余额、且无变动达此期间的会员卡，会列为沉睡卡供店主查看</translation>
    </message>
    <message>
        <source>Recharge &amp;bonus rules…</source>
        <translation>充值赠送规则(&amp;B)…</translation>
    </message>
    <message>
        <source>充1000送100: what a recharge gets on top</source>
        <translation>充值 1000 送 100：充值时额外赠送的金额</translation>
    </message>
    <message>
        <source>Card refunds:</source>
        <translation>会员卡退款：</translation>
    </message>
    <message>
        <source>Card dormant after:</source>
        <translation>会员卡沉睡期限：</translation>
    </message>
    <message>
        <source>Only the owner changes settings</source>
        <translation>只有店主可以修改设置</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Only the owner changes settings. To make changes, switch to the owner with the operator button in the status bar (Ctrl+Shift+O).</source>
        <translation>只有店主可以修改设置。如需修改，请用状态栏的操作员按钮切换为店主（Ctrl+Shift+O）。</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Garage profile</source>
        <translation>本店数据</translation>
    </message>
    <message>
        <source>Garage &amp;name:</source>
        <translation>店名(&amp;N)：</translation>
    </message>
    <message>
        <source>Printed at the top of the work order and the settlement list</source>
        <translation>印在维修工单及结算清单的顶端</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>地址(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Licence no.:</source>
        <translation>许可证号(&amp;L)：</translation>
    </message>
    <message>
        <source>Number of the road transport operating licence for vehicle repair, printed on the settlement list</source>
        <translation>机动车维修的道路运输经营许可证号，印在结算清单上</translation>
    </message>
    <message>
        <source>Ta&amp;x ID:</source>
        <translation>税号(&amp;X)：</translation>
    </message>
    <message>
        <source>Unified social credit code, printed on invoices and the settlement list</source>
        <translation>统一社会信用代码，印在发票及结算清单上</translation>
    </message>
    <message>
        <source>Paperwork in:</source>
        <translation>单据语言：</translation>
    </message>
    <message>
        <source>The language of the work orders, settlement lists, QC sheets and every other printout, and of the month-end workbook. The customers&apos; papers may be in Simplified Chinese while this PC&apos;s window reads Traditional.</source>
        <translation>维修工单、结算清单、总检表及其他所有打印单据与月结工作簿的语言。客户的单据可用简体中文，而这台电脑的窗口使用繁体。</translation>
    </message>
    <message>
        <source>&amp;Message templates…</source>
        <translation>消息模板(&amp;M)…</translation>
    </message>
    <message>
        <source>The wording of the messages the advisors copy for WeChat or SMS (booking confirmed, car ready, delay, follow-up, service, inspection and insurance due), in the paperwork language</source>
        <translation>服务接待复制后以微信或短信发送的消息文字（预约确认、完工取车、延误、回访、保养、年检及保险到期），使用单据语言</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>计价</translation>
    </message>
    <message>
        <source>Hourly &amp;rate (yuan per hour):</source>
        <translation>工时单价（元／小时）(&amp;R)：</translation>
    </message>
    <message>
        <source>Labour charge = standard hours × hourly rate × complexity coefficient of the car&apos;s model class</source>
        <translation>工时费 = 工时定额 × 工时单价 × 该车型类别的技术复杂系数</translation>
    </message>
    <message>
        <source>One labour &amp;unit is:</source>
        <translation>一个工时单位(&amp;U)：</translation>
    </message>
    <message>
        <source>Some makers count 5 minutes as one labour unit: standard times are then typed in 5-minute units, while the rate stays per hour</source>
        <translation>部分厂家以 5 分钟为一个工时单位：工时定额按 5 分钟单位输入，单价仍按每小时计</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 分钟</translation>
    </message>
    <message>
        <source>&amp;VAT rate (%):</source>
        <translation>增值税率（%）(&amp;V)：</translation>
    </message>
    <message>
        <source>Value-added tax on repair services in percent, e.g. 13 (general taxpayer) or the reduced small-scale rate</source>
        <translation>维修服务的增值税率（百分比），例如 13（一般纳税人）或小规模纳税人的优惠税率</translation>
    </message>
    <message>
        <source>Prices &amp;include tax</source>
        <translation>价格含税(&amp;I)</translation>
    </message>
    <message>
        <source>Checked: the prices quoted to customers already contain VAT</source>
        <translation>勾选：向客户报的价格已含增值税</translation>
    </message>
    <message>
        <source>Notif&amp;y the customer above (yuan):</source>
        <translation>通报金额（元）(&amp;Y)：</translation>
    </message>
    <message>
        <source>Default amount above which added work needs the customer&apos;s agreement by phone first; each order can change it</source>
        <translation>追加项目超过此默认金额时，须先电话征得客户同意；每张工单可另行修改</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>车间</translation>
    </message>
    <message>
        <source>&amp;Bays (cars per hour):</source>
        <translation>工位数（每小时车数）(&amp;B)：</translation>
    </message>
    <message>
        <source>How many cars the workshop can take in one hour: the appointment book compares bookings with it</source>
        <translation>车间每小时可接的车数：预约表以此对照预约数</translation>
    </message>
    <message>
        <source>Openin&amp;g time:</source>
        <translation>营业开始(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Closing time:</source>
        <translation>营业结束(&amp;C)：</translation>
    </message>
    <message>
        <source>Bac&amp;kup folder:</source>
        <translation>备份文件夹(&amp;K)：</translation>
    </message>
    <message>
        <source>empty: &quot;backups&quot; beside the database file</source>
        <translation>留空：使用数据库文件旁的“backups”文件夹</translation>
    </message>
    <message>
        <source>A USB drive or a network share keeps the backups safe when the PC fails</source>
        <translation>备份到U盘或网络共用文件夹，电脑故障时备份仍然安全</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>选择文件夹</translation>
    </message>
    <message>
        <source>L&amp;ock when idle after:</source>
        <translation>闲置后锁定(&amp;O)：</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>never</source>
        <translation>不锁定</translation>
    </message>
    <message>
        <source>For an operator with a PIN: after this many minutes without keyboard or mouse input the window locks until the PIN is typed again (0: never)</source>
        <translation>适用于设有 PIN 的操作员：键盘与鼠标闲置达此分钟数后，窗口即锁定，须再输入 PIN 才能继续（0：不锁定）</translation>
    </message>
    <message>
        <source>三包 &amp;validity (有效期):</source>
        <translation>三包有效期(&amp;V)：</translation>
    </message>
    <message>
        <source>家用汽車三包: from the purchase date, whichever of time or km comes first; a maker may give more. A 三包 order on a car outside them is warned about at intake</source>
        <translation>家用汽车三包：自购车日期起算，时间或里程以先到者为准；厂商可给予更长期限。车辆已超出期限仍以三包开单时，接车时会提出警告</translation>
    </message>
    <message>
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message>
        <source>三包有效期: years from the purchase date (at least 2)</source>
        <translation>三包有效期：自购车日期起算的年数（至少 2 年）</translation>
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
        <translation>包修期：自购车日期起算的年数（至少 3 年）</translation>
    </message>
    <message>
        <source>包修期: km (at least 60,000)</source>
        <translation>包修期：里程（至少 60,000 km）</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <source>Rever&amp;t</source>
        <translation>恢复(&amp;T)</translation>
    </message>
    <message>
        <source>Forget the changes typed above and show the saved settings again</source>
        <translation>放弃上面输入的变更，重新显示已保存的设置</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the settings (Ctrl+S)</source>
        <translation>保存设置（Ctrl+S）</translation>
    </message>
    <message>
        <source>This PC</source>
        <translation>这台电脑</translation>
    </message>
    <message>
        <source>Window language:</source>
        <translation>窗口语言：</translation>
    </message>
    <message>
        <source>The language of this PC&apos;s window, kept on this PC (each PC of the garage chooses its own)</source>
        <translation>这台电脑的窗口语言，保存在本机（厂内每台电脑各自选择）</translation>
    </message>
    <message>
        <source>Applies at the next start of the program.</source>
        <translation>下次启动程序时生效。</translation>
    </message>
    <message>
        <source>Model classes</source>
        <translation>车型类别</translation>
    </message>
    <message>
        <source>Labour charge = standard hours × hourly rate × the complexity coefficient of the car&apos;s model class. Edit a cell in place (F2 or double-click); each change is saved at once.</source>
        <translation>工时费 = 工时定额 × 工时单价 × 该车型类别的技术复杂系数。可直接编辑保存格（F2 或双击），每次修改立即保存。</translation>
    </message>
    <message>
        <source>Model class</source>
        <translation>车型类别</translation>
    </message>
    <message>
        <source>Complexity coefficient</source>
        <translation>技术复杂系数</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>车辆数</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;Add class</source>
        <translation>添加类别(&amp;A)</translation>
    </message>
    <message>
        <source>Add a model class and type its name</source>
        <translation>添加车型类别并输入名称</translation>
    </message>
    <message>
        <source>Edit cell (F2)</source>
        <translation>编辑保存格（F2）</translation>
    </message>
    <message>
        <source>Edit the chosen cell (F2)</source>
        <translation>编辑选中的保存格（F2）</translation>
    </message>
    <message>
        <source>Re&amp;move class</source>
        <translation>移除类别(&amp;M)</translation>
    </message>
    <message>
        <source>Delete the chosen model class (only while no vehicle uses it)</source>
        <translation>删除选中的车型类别（仅限没有车辆使用时）</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>Ne&amp;w operator…</source>
        <translation>添加操作员(&amp;W)…</translation>
    </message>
    <message>
        <source>Add a person who works at this PC</source>
        <translation>添加使用这台电脑的人员</translation>
    </message>
    <message>
        <source>&amp;Edit operator…</source>
        <translation>编辑操作员(&amp;E)…</translation>
    </message>
    <message>
        <source>Change the chosen person&apos;s name, role, team or whether they still work here (or double-click the row)</source>
        <translation>修改选中人员的姓名、职务、班组或在职状态（或双击该行）</translation>
    </message>
    <message>
        <source>Catalogs</source>
        <translation>目录</translation>
    </message>
</context>
<context>
    <name>StockTab</name>
    <message numerus="yes">
        <source>%n part(s) below their minimum</source>
        <translation>
            <numerusform>%n 种配件低于最低库存</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 parts shown: type to narrow</source>
        <translation>显示 %1／%2 种配件：输入文字可缩小范围</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s)</source>
        <translation>
            <numerusform>%n 种配件</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a part first.</source>
        <translation>请先选择配件。</translation>
    </message>
    <message>
        <source>Book the change with its reason</source>
        <translation>连同原因登记此变动</translation>
    </message>
    <message>
        <source>Choose a part to see its movements.</source>
        <translation>选择配件即可查看其库存变动。</translation>
    </message>
    <message>
        <source>on hand %1, reserved %2, minimum %3</source>
        <translation>库存 %1，已预留 %2，最低库存 %3</translation>
    </message>
    <message>
        <source>Stock of %1 adjusted.</source>
        <translation>已调整 %1 的库存。</translation>
    </message>
    <message>
        <source>Delivery booked into stock.</source>
        <translation>到货已入库。</translation>
    </message>
    <message>
        <source>Stop counting</source>
        <translation>停止盘点</translation>
    </message>
    <message>
        <source>Start &amp;counting</source>
        <translation>开始盘点(&amp;C)</translation>
    </message>
    <message>
        <source>Book every difference between counted and on hand</source>
        <translation>将盘点数与库存的所有差异入账</translation>
    </message>
    <message>
        <source>Start counting first.</source>
        <translation>请先开始盘点。</translation>
    </message>
    <message>
        <source>%1 part(s) counted, %2 difference(s) booked.</source>
        <translation>已盘点 %1 种配件，%2 项差异已入账。</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>搜索(&amp;F)：</translation>
    </message>
    <message>
        <source>code, name, spec, supplier or bin</source>
        <translation>代码、名称、规格、供应商或货位</translation>
    </message>
    <message>
        <source>&amp;Low stock only</source>
        <translation>只显示库存不足(&amp;L)</translation>
    </message>
    <message>
        <source>Parts whose stock, less what open orders still need, is below their minimum — by supplier, to reorder</source>
        <translation>库存扣除未完工单仍需的数量后低于最低库存的配件——按供应商列出，以便补货</translation>
    </message>
    <message>
        <source>&amp;Receive a delivery…</source>
        <translation>进货入库(&amp;R)…</translation>
    </message>
    <message>
        <source>Book a supplier&apos;s delivery into stock (the cost becomes the moving average)</source>
        <translation>将供应商的到货登记入库（成本按移动平均计算）</translation>
    </message>
    <message>
        <source>Import a supplier &amp;price list…</source>
        <translation>导入供应商价目表(&amp;P)…</translation>
    </message>
    <message>
        <source>Read a supplier&apos;s Excel price list, check it row by row, then update the costs</source>
        <translation>读取供应商的 Excel 价目表，逐行核对后更新成本</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>已预留</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>最低库存</translation>
    </message>
    <message>
        <source>To order</source>
        <translation>需订购</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>货位</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>盘点数</translation>
    </message>
    <message>
        <source>Stock count (盤點)</source>
        <translation>盘点</translation>
    </message>
    <message>
        <source>Type the counted quantity of each part in the Counted column; the differences are booked with the reason</source>
        <translation>在“盘点数”列输入每种配件的盘点数量；差异会连同原因一并入账</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>原因(&amp;E)：</translation>
    </message>
    <message>
        <source>e.g. month-end count</source>
        <translation>例如：月底盘点</translation>
    </message>
    <message>
        <source>&amp;Book the differences</source>
        <translation>差异入账(&amp;B)</translation>
    </message>
    <message>
        <source>Movements (newest first)</source>
        <translation>库存变动（最新的在前）</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>变动</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>结存</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Adjust the stock of this part</source>
        <translation>调整此配件的库存</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>调整量(&amp;B)：</translation>
    </message>
    <message>
        <source>+2 or -1</source>
        <translation>+2 或 -1</translation>
    </message>
    <message>
        <source>How much comes into stock (+) or goes out of it (−)</source>
        <translation>入库数量（+）或出库数量（−）</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>原因(&amp;S)：</translation>
    </message>
    <message>
        <source>broken, found, wrong booking…</source>
        <translation>损坏、找到、记错账…</translation>
    </message>
    <message>
        <source>&amp;Adjust</source>
        <translation>调整(&amp;A)</translation>
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
        <translation>下次保养日期；没有时保留“—”</translation>
    </message>
    <message>
        <source>e.g. 50,000</source>
        <translation>例如 50,000</translation>
    </message>
    <message>
        <source>The mileage the next service is due at; empty for none. Due on the date or at the km, whichever comes first.</source>
        <translation>下次保养的里程；空白表示不设置。日期或里程以先到者为准。</translation>
    </message>
    <message>
        <source>The day the compulsory insurance (交強險) expires; — when not known</source>
        <translation>交强险到期日；不详时保留“—”</translation>
    </message>
    <message>
        <source>The day the annual inspection (年檢) is due; — when not known</source>
        <translation>年检到期日；不详时为“—”</translation>
    </message>
    <message>
        <source>Next service &amp;on:</source>
        <translation>下次保养日期(&amp;O)：</translation>
    </message>
    <message>
        <source>Next service at &amp;km:</source>
        <translation>下次保养里程（km）(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Insurance expires:</source>
        <translation>保险到期(&amp;I)：</translation>
    </message>
    <message>
        <source>Annual i&amp;nspection:</source>
        <translation>年检(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>No mileage on file yet.</source>
        <translation>尚无里程记录。</translation>
    </message>
    <message>
        <source>%1 km a day from its %2 readings</source>
        <translation>依 %2 次里程记录，每天 %1 km</translation>
    </message>
    <message>
        <source>%1 km a day, as for any car seen once</source>
        <translation>每天 %1 km，只有一次里程记录的车辆均按此估算</translation>
    </message>
    <message>
        <source>Last recorded %1 km; expected today about %2 km (%3)</source>
        <translation>上次记录 %1 km；预估今天约 %2 km（%3）</translation>
    </message>
    <message>
        <source>The next service falls due on %1.</source>
        <translation>下次保养到期日为 %1。</translation>
    </message>
</context>
<context>
    <name>VehicleFixDialog</name>
    <message>
        <source>Correct the vehicle</source>
        <translation>修正车辆数据</translation>
    </message>
    <message>
        <source>The platform needs the car&apos;s VIN (17 characters, on the registration certificate 行駛證 and at the windscreen&apos;s foot) and its plate. The car on file is corrected: every order of it shows them.</source>
        <translation>平台需要此车的车架号(VIN)（17 个字符，见行驶证及挡风玻璃下缘）及车牌号。修正的是登记的车辆数据：此车的每张工单都会显示修正后的内容。</translation>
    </message>
    <message>
        <source>&amp;Plate:</source>
        <translation>车牌号(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;VIN:</source>
        <translation>车架号(&amp;V)：</translation>
    </message>
</context>
<context>
    <name>VehicleHistoryDialog</name>
    <message>
        <source>Vehicle history %1</source>
        <translation>车辆维修记录 %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经手人</translation>
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
        <translation>消息或结果</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Calls and messages (%1)</source>
        <translation>电话与消息（%1）</translation>
    </message>
    <message>
        <source>last recorded %1 km</source>
        <translation>上次记录 %1 km</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>车主：%1</translation>
    </message>
    <message>
        <source>%1 repairs on record, %2 still under warranty</source>
        <translation>共 %1 次维修记录，其中 %2 次仍在质量保证期内</translation>
    </message>
    <message>
        <source>Recommended work not yet done (%1)</source>
        <translation>尚未进行的建议项目（%1）</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>within, until %1</source>
        <translation>保证期内，至 %1</translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation>已于 %1 到期</translation>
    </message>
    <message>
        <source>Complaint: %1</source>
        <translation>故障现象：%1</translation>
    </message>
    <message>
        <source>Diagnosis: %1</source>
        <translation>检测诊断：%1</translation>
    </message>
    <message>
        <source>Comeback of %1</source>
        <translation>%1 的返修</translation>
    </message>
    <message>
        <source>repaired free of charge</source>
        <translation>免费返修</translation>
    </message>
    <message>
        <source>Came back under warranty: %1</source>
        <translation>保证期内返修：%1</translation>
    </message>
    <message>
        <source>(added)</source>
        <translation>（追加）</translation>
    </message>
    <message>
        <source>Labour: %1, %2 h</source>
        <translation>工时：%1，%2 小时</translation>
    </message>
    <message>
        <source>Part: %1 × %2</source>
        <translation>配件：%1 × %2</translation>
    </message>
    <message>
        <source>customer-supplied</source>
        <translation>客户自备</translation>
    </message>
    <message>
        <source>problem: %1 — done: %2</source>
        <translation>问题：%1——处理：%2</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Check during the repair %1 (%2), %3: %4</source>
        <translation>过程检验 %1（%2），%3：%4</translation>
    </message>
    <message>
        <source>Delay announced %1 to %2: %3; new time %4</source>
        <translation>%1 已向 %2 通知延误：%3；新时间 %4</translation>
    </message>
    <message>
        <source>(after the promised time had passed)</source>
        <translation>（约定交车时间已过才通知）</translation>
    </message>
    <message>
        <source>Call %1 (%2): reached, satisfaction %3/5</source>
        <translation>回访 %1（%2）：已联系上，满意度 %3/5</translation>
    </message>
    <message>
        <source>Call %1 (%2): not reached</source>
        <translation>回访 %1（%2）：未联系上</translation>
    </message>
    <message>
        <source>complaint: %1</source>
        <translation>投诉：%1</translation>
    </message>
    <message>
        <source>resolved: %1</source>
        <translation>已处理：%1</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>尚未结案</translation>
    </message>
    <message>
        <source>Repair record %1</source>
        <translation>维修档案 %1</translation>
    </message>
    <message>
        <source>Vehicle history</source>
        <translation>车辆维修记录</translation>
    </message>
    <message>
        <source>Visits, newest first</source>
        <translation>来店记录（最新的在前）</translation>
    </message>
    <message>
        <source>Open a visit to see its items, comebacks and follow-up calls</source>
        <translation>展开一次来店即可查看其项目、返修及回访记录</translation>
    </message>
    <message>
        <source>Order / item</source>
        <translation>工单／项目</translation>
    </message>
    <message>
        <source>In</source>
        <translation>进厂</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>出厂</translation>
    </message>
    <message>
        <source>Mileage</source>
        <translation>里程</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>质量保证期</translation>
    </message>
    <message>
        <source>Recommended work not yet done</source>
        <translation>尚未进行的建议项目</translation>
    </message>
    <message>
        <source>Work the customer declined or postponed, to raise at the next visit</source>
        <translation>客户拒绝或延后的项目，下次来店时提出</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>建议日期</translation>
    </message>
    <message>
        <source>Recommended work</source>
        <translation>建议项目</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>&amp;Print repair record…</source>
        <translation>打印维修档案(&amp;P)…</translation>
    </message>
    <message>
        <source>The owner&apos;s repair record (維修檔案): every repair, its warranty and follow-up, the work still recommended</source>
        <translation>车主维修档案：每次维修、其质量保证期及回访，以及尚待处理的建议项目</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
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
        <translation>等候客户答复</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>客户拒绝</translation>
    </message>
    <message>
        <source>%1 of %2 lines finished, %3 started, %4 dispatched</source>
        <translation>共 %2 项：已完工 %1、已开工 %3、已派工 %4</translation>
    </message>
    <message numerus="yes">
        <source>%n added item(s) waiting for the customer</source>
        <translation>
            <numerusform>%n 项追加项目等候客户答复</numerusform>
        </translation>
    </message>
    <message>
        <source>The promised time has passed</source>
        <translation>已过约定交车时间</translation>
    </message>
    <message>
        <source>Promised: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>约定交车：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>(originally %1)</source>
        <translation>（原定 %1）</translation>
    </message>
    <message>
        <source>late</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Finish all → final &amp;QC</source>
        <translation>全部完工 → 完工总检(&amp;Q)</translation>
    </message>
    <message>
        <source>Finish the lines still in work at the time on the left (%1) and hand the car to the inspector</source>
        <translation>以左侧的时间（%1）将仍在作业的项目全部完工，并将车辆交给检验员</translation>
    </message>
    <message>
        <source>Every line is finished: hand the car to the inspector</source>
        <translation>所有项目已完工：请将车辆交给检验员</translation>
    </message>
    <message>
        <source>The order has no repair lines.</source>
        <translation>此工单没有维修项目。</translation>
    </message>
    <message>
        <source>Preview the 派工單 (one per team) and print it or save it as PDF</source>
        <translation>预览派工单（每个班组一张），并打印或存为 PDF</translation>
    </message>
    <message>
        <source>added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Added, approved</source>
        <translation>追加，客户已同意</translation>
    </message>
    <message>
        <source>(the whole team)</source>
        <translation>（整个班组）</translation>
    </message>
    <message>
        <source>Choose a line first.</source>
        <translation>请先选择一个项目。</translation>
    </message>
    <message>
        <source>Give the chosen line to several mechanics, with each one&apos;s share of the commission and hours</source>
        <translation>将所选项目分给多位维修工，并设置各自的提成及工时分配比例</translation>
    </message>
    <message>
        <source>Give the chosen line to the team (and mechanic)</source>
        <translation>将选中的项目派给班组（及维修工）</translation>
    </message>
    <message>
        <source>The mechanic started this line at the time on the left</source>
        <translation>维修工于左侧的时间开工</translation>
    </message>
    <message>
        <source>The mechanic finished this line at the time on the left</source>
        <translation>维修工于左侧的时间完工</translation>
    </message>
    <message>
        <source>The inspector&apos;s check on the chosen line while it is being worked (質量跟蹤): OK, or a problem and what was done about it</source>
        <translation>检验员在所选项目施工期间的检验（质量跟踪）：合格，或发现的问题及处理方式</translation>
    </message>
    <message>
        <source>problem: %1 — done: %2</source>
        <translation>问题：%1——处理：%2</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Quality checks:</source>
        <translation>过程检验：</translation>
    </message>
    <message>
        <source>Check on line %1 recorded: OK.</source>
        <translation>第 %1 项的检查已登记：正常。</translation>
    </message>
    <message>
        <source>Problem on line %1 recorded with what was done about it.</source>
        <translation>已登记第 %1 项发现的问题及处理方式。</translation>
    </message>
    <message>
        <source>Line %1 dispatched to %2.</source>
        <translation>第 %1 项已派工给 %2。</translation>
    </message>
    <message>
        <source>Se&amp;veral mechanics…</source>
        <translation>多名维修工(&amp;V)…</translation>
    </message>
    <message>
        <source>Line %1 dispatched to several mechanics.</source>
        <translation>第 %1 项已派工给多位维修工。</translation>
    </message>
    <message>
        <source>Line %1 started at %2.</source>
        <translation>第 %1 项于 %2 开工。</translation>
    </message>
    <message>
        <source>Line %1 finished at %2.</source>
        <translation>第 %1 项于 %2 完工。</translation>
    </message>
    <message>
        <source>Repair finished: the car waits for the inspector&apos;s final QC.</source>
        <translation>维修完工：车辆等候检验员完工总检。</translation>
    </message>
    <message>
        <source>Dispatch slips %1</source>
        <translation>派工单 %1</translation>
    </message>
    <message>
        <source>Undo…</source>
        <translation>撤销…</translation>
    </message>
    <message>
        <source>Issue the parts</source>
        <translation>领料出库</translation>
    </message>
    <message>
        <source>Every part on the order is issued.</source>
        <translation>工单上的配件已全部出库。</translation>
    </message>
    <message>
        <source>Issue from stock every part still to issue (the store&apos;s 領料):</source>
        <translation>从库存发出所有尚未出库的配件（库房领料）：</translation>
    </message>
    <message numerus="yes">
        <source>%n part line(s) issued from stock.</source>
        <translation>
            <numerusform>已从库存发出 %n 项配件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not enough in stock for: %1</source>
        <translation>库存不足：%1</translation>
    </message>
    <message>
        <source>Work ticket</source>
        <translation>派工作业</translation>
    </message>
    <message>
        <source>&lt;b&gt;Orders in the workshop&lt;/b&gt; — confirmed work orders until the repair is reported finished</source>
        <translation>&lt;b&gt;车间中的工单&lt;/b&gt;——已开单、尚未报完工的维修工单</translation>
    </message>
    <message>
        <source>Double-click (or Enter) to open the order&apos;s work ticket</source>
        <translation>双击（或 Enter）打开工单的派工作业</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>约定交车</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Who has it</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>No car is in the workshop. A work order appears here once the customer has confirmed it.</source>
        <translation>车间中没有车辆。客户确认维修工单后，工单会出现在这里。</translation>
    </message>
    <message>
        <source>The promised completion time in force; a new time replaces it only when the customer agreed before the old one passed</source>
        <translation>目前有效的约定完工时间；须在原时间到期前经客户同意，新时间才会取代它</translation>
    </message>
    <message>
        <source>All orders in the workshop</source>
        <translation>车间所有工单</translation>
    </message>
    <message>
        <source>Close this order and list every car in the workshop</source>
        <translation>关闭此工单，列出车间中的所有车辆</translation>
    </message>
    <message>
        <source>Repair items (派工: dispatch each line to a team)</source>
        <translation>维修项目（派工：将每一项派给班组）</translation>
    </message>
    <message>
        <source>Choose a line, then dispatch it, start it or finish it below</source>
        <translation>选择一个项目，再于下方派工、开工或完工</translation>
    </message>
    <message>
        <source>#</source>
        <translation>序</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>工时</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>Mechanic</source>
        <translation>维修工</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开工时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>班组(&amp;T)：</translation>
    </message>
    <message>
        <source>The team the line goes to (the teams of the people at this PC); type a new one if needed</source>
        <translation>此项目派给的班组（使用这台电脑的人员所属班组）；必要时可输入新班组</translation>
    </message>
    <message>
        <source>&amp;Mechanic:</source>
        <translation>维修工(&amp;M)：</translation>
    </message>
    <message>
        <source>Optionally one person of the team</source>
        <translation>可指定班组中的一人（非必填）</translation>
    </message>
    <message>
        <source>&amp;Dispatch</source>
        <translation>派工(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;At:</source>
        <translation>时间(&amp;A)：</translation>
    </message>
    <message>
        <source>When the mechanic started or finished the line (now, unless you change it)</source>
        <translation>维修工开工或完工的时间（默认为现在）</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>Set the time to now</source>
        <translation>将时间设为现在</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开工(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完工(&amp;F)</translation>
    </message>
    <message>
        <source>Quality c&amp;heck…</source>
        <translation>过程检验(&amp;H)…</translation>
    </message>
    <message>
        <source>The inspector&apos;s checks on the chosen line during the repair</source>
        <translation>检验员在维修过程中对选中项目的检查</translation>
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
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>已领料</translation>
    </message>
    <message>
        <source>&amp;Print dispatch slips…</source>
        <translation>打印派工单(&amp;P)…</translation>
    </message>
    <message>
        <source>Repair finished → final &amp;QC</source>
        <translation>维修完工 → 完工总检(&amp;Q)</translation>
    </message>
</context>
</TS>
