<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name></name>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Garage backups (garage-*.sqlite3);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the garage&apos;s data with the backup
{file}?

The current file is saved aside first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was written and checked:
{file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup fails its integrity check; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored. The previous data is kept in
{file}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The database file {file} is damaged ({detail}). It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file {file} was written by a newer version of this program (schema {revision}). Install the newer version, or restore a backup made by this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the demo garage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {url} cannot be opened:
{error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentsTab</name>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a new booking in the panel (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2: %3 of %4 bays booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cars booked per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Capacity: %n bay(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearly full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bookings in this week yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bookings on this day yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>busiest hour %1 (%2 of %3 bays)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) over capacity</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select a booking in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the booking a new time in the panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer called it off (asks for the reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time has passed and the car did not come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the intake form filled from this booking (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the booking of %1 cancelled?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 (%2) as not come? The booking is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving the booking of &lt;b&gt;%1&lt;/b&gt; %2, now %3. Pick a new time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cars booked in its hours: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On file: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous day or week (Ctrl+PgUp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next day or week (Ctrl+PgDown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day shown (in the week view: its week)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd ddd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day&apos;s bookings and its load per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday to Sunday: the load of every hour, to find a quiet time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cars booked in each hour against the bays; click an hour to book in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cars booked per hour; red is over capacity, amber nearly full. Click an hour to book in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookin&amp;gs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ew booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel booking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-s&amp;how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Car arrived → &amp;intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is coming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;late:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If known, e.g. 京A12345</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Job class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;yer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer said it is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book this time (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clea&amp;r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the form for another customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply new time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the booking to this time (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bac&amp;k to new booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the booking where it was</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <source>Order no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late by / due in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who has it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LATE: the car was promised for %1 and is not ready. Tell the customer now, before they come for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AT RISK: the car is promised within the hour (%1) and is not ready yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: passed final QC, waiting for the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who has it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or Enter opens the order.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardTab</name>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cars in the garage now: received and not yet handed back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cars whose promised time has passed and that are not ready: tell the customers before they come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cars promised within the next hour that are not ready yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk (due within the hour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repairs reported finished that wait for the inspector&apos;s final QC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for final QC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cars that passed final QC and wait for their owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show only:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate, order number or customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrow the board as you type; Enter opens the selected (or first) order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board refreshes itself after every change and once a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late: promised time passed, car not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk: promised within the hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a car or press Enter to open its order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogImportDialog</name>
    <message>
        <source>%1 new, %2 changed, %3 unchanged, %4 with errors (skipped). Rows missing from the file are kept as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply %n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in the file is new or changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import catalogs: check before saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;unchanged rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changes / what is wrong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand / spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complexity coefficient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import catalogs from Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export catalogs to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete from the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; from the catalog?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One labour unit is 5 minutes (see Settings): standard hours are kept in hours and the estimate charges 12 units per hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Below the minimum stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n part(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Labour operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New labour operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= %1 units of 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the catalogs to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the imported rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 changed, %3 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors skipped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Only the owner edits the catalogs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner edits the catalogs and imports them. To make changes, switch to the owner with the operator button in the status bar (Ctrl+Shift+O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the labour operations, parts and model classes as an Excel workbook, to edit or keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a workbook in the exported layout; you see what would change, row by row, before anything is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour operations (standard hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code, name, category or pinyin initials (ghjy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5-minute units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short unique code, e.g. BY-001; rows of an imported workbook are matched by it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a category or type a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard &amp;hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard time of the job in hours, at most two decimals (0.5 = half an hour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the form to add a new labour operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this labour operation (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this labour operation (not possible while repair orders use it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code, name, brand / spec, supplier or pinyin initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part number; rows of an imported workbook are matched by it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Brand / spec:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Origin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original (OEM), equivalent quality, or repaired: the customer is told which</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale &amp;price (yuan):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cos&amp;t (yuan):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minimum stock:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below this quantity the part is shown for reordering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bin &amp;location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplie&amp;r:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock changes only through receipts, issues and counts, never here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the form to add a new part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this part (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this part (not possible while repair orders or stock movements use it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogPicker</name>
    <message>
        <source>%1 units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DamageCanvas</name>
    <message>
        <source>◀ front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>front ▶</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DamageDiagram</name>
    <message>
        <source>Note on the picked mark:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. old scratch, 10 cm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the picked mark (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the car to mark: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found at QC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No damage marked: click the car where there is damage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <source>Over the customer&apos;s notify amount: phone the customer before any work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within the notify amount and covered by the customer&apos;s permission to replace damaged parts found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within the notify amount: ask the customer before the work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle overhaul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assembly overhaul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level-2 maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level-1 maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor repair (regulatory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialist repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer pays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warranty (maker pays)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store keeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diesel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scratch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paint chip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the plate number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plate has at most 10 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plates never use the letters I or O: did you mean 1 or 0?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unusual plate format: check it (saved as typed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VIN has 17 characters; this one has {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VIN uses only digits and the letters A–Z except I, O and Q.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VIN check digit does not match (common on imported cars): check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number has only digits, spaces, &apos;-&apos;, brackets and a leading &apos;+&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a booked appointment can be received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a booked appointment can be marked as a no-show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The estimate can be written or revised only after intake and before the customer confirms the work order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer can confirm the work order only once it has an estimate and has not been confirmed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work can be dispatched only after the customer confirmed the work order and before final QC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair can start only after the work has been dispatched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added work can be proposed only while the car is being repaired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no added work waiting for the customer&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a car in repair or rework can be reported finished for final QC; added work must be answered first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final QC can be recorded only after the repair is reported finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an order sent back for rework can be reported reworked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A car can leave on a deposit only after it passed final QC and before settlement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement needs an order that passed final QC (or left on a deposit) and is not settled yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The car can be handed over only after it passed final QC and was settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up call is made after the car was delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an order released on a deposit can have its deposit refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order can be cancelled only before settlement and before the car has left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added work awaiting customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting final QC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released on deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order is closed; nothing more can happen to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the order is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at most {places} decimal places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value may not be below {minimum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value may not be above {maximum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what was found and what should be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at most {count} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the labour hours or a part (or both).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the part&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no added-work proposal {ref}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s answer to this item is already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how the customer was contacted: by phone, in person or by message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item takes the total over the customer&apos;s notify amount ({amount}): phone the customer or ask in person before any work; a message is not enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter who answered (the customer, or who spoke for them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact time may not be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer cannot have answered before the item was proposed ({proposed}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new promised time must be after the customer agreed to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new time was agreed after the promised time {promised} had passed: the promise stays as it was and the car counts as late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original (OEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equivalent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not an origin: use original, equivalent or repaired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code {code} is already used by another operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That labour operation no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code {code} is used on repair orders and cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is used on {count} repair order line(s) and cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code {code} is already used by another part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That part no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has stock movements and cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file could not be read as an Excel workbook (.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet has no column {columns} in its header row: nothing on it was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the model class&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} appears on more than one row ({rows}): keep one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has none of the sheets {sheets}: is it a catalog exported from here?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {size} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model year must be between 1900 and {last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This VIN is already registered for {plate}: pick that vehicle with the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vehicle with this plate is already registered ({name}): pick it with the search if it is the same car.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mileage is below the last recorded {last} km: check the odometer reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That customer no longer exists: search again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That vehicle no longer exists: search again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That model class no longer exists: choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices are locked: the customer confirmed the work order. Changes after confirmation are added work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the job, or pick it from the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the part, or pick it from the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity must be above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the unit price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the customer above what amount they must be phoned first, and enter it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The promised time must be later than now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one labour or part line before the customer confirms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the customer whether other damaged parts found during the repair may be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The promised completion time has passed: agree a new time with the customer and save the estimate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the person who confirms for the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intake record can be changed only until the customer confirms the work order; this order is {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the odometer reading in km.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a whole number of kilometres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mileage must be between 0 and {maximum} km.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A damage mark lies outside the car outline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A damage note has at most {size} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fuel level is given in eighths of a tank (0 to 8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down the complaint in the customer&apos;s own words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the promised completion time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complexity coefficient must be between {minimum} and {maximum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is used by {count} vehicle(s); file them under another class before deleting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a model class called {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That model class no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name has at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an operator called {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The garage needs at least one active owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operators already exist: the owner adds new ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That operator no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no order {ref}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the reason to {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who you are (the operator in the status bar) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only {roles} may do this; the current operator is {role}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the garage&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hourly rate must be above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount may not be below zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tax rate is a percentage between 0 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop needs at least one bay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing time must be after opening time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This added item waits for the customer&apos;s answer: it may not be dispatched or worked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer declined this added item: it is kept as a recommendation for the next visit and is not worked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line is already finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch this line to a team first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line has already been started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start this line first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines are started and finished only while the car is in the workshop (dispatched, in repair or rework).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatching waits until the customer has answered the added work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some repair lines are not finished yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These repair lines are not finished yet: {lines}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no repair line {ref} on this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the team (or the mechanic) this line goes to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team name has at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That mechanic is not an active operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time may not be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work may not start before the work order was confirmed ({confirmed}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The finish may not be before the start ({started}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Not possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program met an unexpected problem and did not save this action. Nothing else was lost.

Details were written to the log file:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EstimateTab</name>
    <message>
        <source>Estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Waiting for an estimate&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cars received and estimates not yet confirmed by the customer, the longest waiting first. Double-click or press Enter to open one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wai&amp;ting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave this order and show the orders waiting for an estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diagnosis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the inspection found, and the repair agreed with the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;job:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code, name or initials from the labour catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a code, a name or its pinyin initials and pick a job: it is added with its standard hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free &amp;line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a labour line that is not in the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected labour line (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add part:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code, name, initials or spec from the parts catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a code, a name, its pinyin initials or the spec and pick a part: it is added at its sale price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Free part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a part that is not in the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected part line (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Total (incl. VAT):&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone first above ¥:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above what amount of added work must the customer be phoned first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May other damaged parts found during the repair be replaced?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;mised:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the car will be ready, as promised to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer &amp;confirms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;work order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rev.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeTab</name>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complexity coefficient ×%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model class: labour at coefficient ×1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer (on file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer (new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last recorded: %1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle (on file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle (new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;New walk-in&lt;/b&gt; — find the customer above, or type a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the corrected intake record (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no car on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) — the intake can be corrected until the customer confirms the work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) — intake record, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Booking&lt;/b&gt; %1 at %2 — check the details, inspect the car and receive it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Car received: order %1 opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake of %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting at intake (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate, phone, name, initials (lzm) or VIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a plate, a phone number, a name, its pinyin initials or part of the VIN; pick a line to fill in the customer and the car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the customer and vehicle fields to register someone new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;VIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>17 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ma&amp;ke:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mo&amp;del:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model year; leave at — when unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colo&amp;ur:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fu&amp;el:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lass:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model class: its complexity coefficient multiplies the labour charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mileage (km):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>odometer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fuel &amp;gauge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fuel (or charge) level in eighths of a tank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Complaint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the customer&apos;s own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Items left in car:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. dash camera, umbrella, child seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake note&amp;s:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the inspector noticed on arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Job class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Regulatory class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decides the warranty period and whether a completion certificate is needed; follows the job class unless you change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised &amp;time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the car will be ready, as promised to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new walk-in intake (forgets the current order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive car (create order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the customer and car and open the repair order (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting at intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s bookings not yet arrived and cars waiting for diagnosis; double-click (or Enter) to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing damage (click the car to mark it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabourLinesModel</name>
    <message>
        <source>Name the job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units (5 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Std. hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate / unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate / h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coefficient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours × rate × coefficient = amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>No order or plate matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n orders match; showing the newest.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No order chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator: (choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is working at this PC (Ctrl+Shift+O to switch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Garage Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Garage Desktop %1
The service process of a small garage, offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Garage Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number or plate, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the current order: each tab lists the orders waiting at its stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backup now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a checked copy of the garage&apos;s data in the backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperatorDialog</name>
    <message>
        <source>New operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair team, for mechanics and foremen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Works here now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear it when the person leaves: their name stays on the records they made</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartLinesModel</name>
    <message>
        <source>Name the part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand / spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>&amp;Zoom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <source>Vehicles filed under this class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove model class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the model class &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No (left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner changes settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner changes settings. To make changes, switch to the owner with the operator button in the status bar (Ctrl+Shift+O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Garage profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Garage &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed at the top of the work order and the settlement list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Licence no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of the road transport operating licence for vehicle repair, printed on the settlement list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;x ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified social credit code, printed on invoices and the settlement list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly &amp;rate (yuan per unit):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour charge = standard hours × hourly rate × complexity coefficient of the car&apos;s model class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One labour &amp;unit is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some makers count 5 minutes as one labour unit; then the rate is per 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;VAT rate (%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value-added tax on repair services in percent, e.g. 13 (general taxpayer) or the reduced small-scale rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices &amp;include tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked: the prices quoted to customers already contain VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notif&amp;y the customer above (yuan):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default amount above which added work needs the customer&apos;s agreement by phone first; each order can change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bays (cars per hour):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many cars the workshop can take in one hour: the appointment book compares bookings with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Openin&amp;g time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Closing time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rever&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the changes typed above and show the saved settings again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the settings (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour charge = standard hours × hourly rate × the complexity coefficient of the car&apos;s model class. Edit a cell in place (F2 or double-click); each change is saved at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complexity coefficient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a model class and type its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit cell (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the chosen cell (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen model class (only while no vehicle uses it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w operator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person who works at this PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit operator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the chosen person&apos;s name, role, team or whether they still work here (or double-click the row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
