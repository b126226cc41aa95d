<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActivityChartText</name>
    <message>
        <source>Community activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joins and leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show-up rate per event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance per event series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement levels over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention by join month (share active N weeks after joining)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ties per member (degree distribution)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>joins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attended ÷ going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weeks after joining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>join month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data in this range.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Record activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. spoke at the Tuesday share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No single member matches; pick one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudienceDialog</name>
    <message>
        <source>Who is it for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisers: every field, every member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Members: without private fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone, email, WeChat or QQ ID, notes or other field marked private (Community ▸ Edit community… ▸ Privacy), and no one who said no to the directory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup to a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second Beehive window could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup to a new file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupText</name>
    <message>
        <source>Backup taken and verified: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed its check ({problem}) and was kept aside: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups of {path} yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED CHECK ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{when}  {reason}  {state}  {size}  %n member(s), {events} event(s)  {path}</source>
        <translation>
            <numerusform>{when}  {reason}  {state}  {size}  %n member, {events} event  {path}</numerusform>
            <numerusform>{when}  {reason}  {state}  {size}  %n members, {events} events  {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the file held before was backed up first: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>taken by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>while editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before encrypting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before decrypting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore to a new file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;place this workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal in &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows missing from the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed ({problem}), kept aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored to {path}. Open it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace this workspace with the backup from {when}? What it holds now is backed up first, and the edits since cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchText</name>
    <message numerus="yes">
        <source>Exported %n record(s) to {file}</source>
        <translation>
            <numerusform>Exported %n record to {file}</numerusform>
            <numerusform>Exported %n records to {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} on line {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the member {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept as a separate member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}: {name} shares {value} with {other}: {decided} (--on-conflict to choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept as custom fields: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Headers in another language: %n column(s) read by their place in the source&apos;s layout.</source>
        <translation>
            <numerusform>Headers in another language: %n column read by their place in the source&apos;s layout.</numerusform>
            <numerusform>Headers in another language: %n columns read by their place in the source&apos;s layout.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ignored %n column(s) the source keeps for itself.</source>
        <translation>
            <numerusform>Ignored %n column the source keeps for itself.</numerusform>
            <numerusform>Ignored %n columns the source keeps for itself.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ignored unknown columns: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no member columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other columns: import it with --sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: not imported, {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheets: {sheets}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing imported: %n row(s) rejected (use --skip-invalid to import the rest).</source>
        <translation>
            <numerusform>Nothing imported: %n row rejected (use --skip-invalid to import the rest).</numerusform>
            <numerusform>Nothing imported: %n rows rejected (use --skip-invalid to import the rest).</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: {new} new, {updated} updated, {same} unchanged, {rejected} rejected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookletText</name>
    <message>
        <source>Compilation of works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n work(s)</source>
        <translation>
            <numerusform>%n work</numerusform>
            <numerusform>%n works</numerusform>
        </translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presented at {event}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BringBackDialog</name>
    <message>
        <source>Bring back a second laptop&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}”, taken out of {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to bring back: this file&apos;s changes are all here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}: {name}: {before} → {after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds and changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New people (they may be members already):</source>
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
        <source>Bring back as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same person as {name} ({score})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on both sides — choose which to keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The door&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSVP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes for the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beehive workspace (*.beehive)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateText</name>
    <message>
        <source>Certificate of attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This certifies that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>took part in</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>{hours} hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on {day} · {hours}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the organisers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has been checked in at this event yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChainDialog</name>
    <message>
        <source>WeChat sign-up chain (接龙): {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the 接龙 message from the group here, e.g.
#接龙 周日读书会
1. 张三
2. 李四 +1
3. 王五（请假）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record sign-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain as copied from WeChat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New member: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New guest, like a walk-in: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by WeChat nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by pinyin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, now: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No numbered entries yet: a chain lists people as 1. 张三 2. 李四 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“{title}”: %n entries</source>
        <translation>
            <numerusform>“{title}”: %n entry</numerusform>
            <numerusform>“{title}”: %n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>{found} members found, {new} new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n skipped: several members go by that name, or the member is already in the chain; choose one or leave it skipped.</source>
        <translation>
            <numerusform>%n skipped: several members go by that name, or the member is already in the chain; choose one or leave it skipped.</numerusform>
            <numerusform>%n skipped: several members go by that name, or the member is already in the chain; choose one or leave it skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartOptions</name>
    <message>
        <source>Structure chart as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit on one page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full size over several pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartText</name>
    <message>
        <source>Structure of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removal rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save data (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Door check-in: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, pinyin initials or phone; Enter checks in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a check-in, type +2 and Enter: two guests came with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close check-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk mode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches: {n} — choose with ↑/↓ and Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: guests +{n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check someone in first, then type +N and Enter for the guests with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is already checked in (since {time}); nothing recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ {name} checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ {name} checked in as a walk-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnsTable</name>
    <message>
        <source>Column in file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First (given) name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last (family) name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat remark (备注)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom field “{name}” ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ignored)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommunityDialog</name>
    <message>
        <source>Edit community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 演讲; 设计; 财务 — what the ring of core members should cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 读书会; 徒步 — your own kinds of event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 播客; 读书卡片 — your own kinds of output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 插画; 翻译 — your own contributor roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 到了=came; 鸽了=absent; 报了=going — your own words in sign-up and sign-in sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meanings: going, maybe, declined, waitlisted, invited, came, absent. Imports read these beside the words of Meetup, Eventbrite, Luma and 已报名/请假/√/×.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removal rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wanted specialties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributor roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stalled after (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private fields are left out of everything printed or exported for members: a directory, a sign-in sheet at the door, name badges. Organisers&apos; copies keep them. Members who said no to the directory are left out of members&apos; copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone, email, WeChat ID, QQ and notes private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark a custom field private in the members view: More ▸ Custom fields….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n said no to {kind}</source>
        <translation>
            <numerusform>%n said no to {kind}</numerusform>
            <numerusform>%n said no to {kind}</numerusform>
        </translation>
    </message>
    <message>
        <source>No member has said no to contact, photos or the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each member&apos;s answers are in their record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsTable</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep both (separate members)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (line {line})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (already a member)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>{name} knows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met at an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength (1–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the other member from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be sent news and invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May appear in photos; a no is marked on badges and sign-in sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed in what is printed or exported for members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Consent of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What {name} agreed to, when and how. A no to the directory leaves them out of members&apos; copies; a no to photos is marked on badges and sign-in sheets.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentLabels</name>
    <message>
        <source>Record consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear consent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentWords</name>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. sign-up form, asked at the door</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomFieldInputs</name>
    <message>
        <source>e.g. 2024-03-05 or 2024年3月5日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number, e.g. 12 or 12.5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomFields</name>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomFieldsDialog</name>
    <message>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out of what is printed or exported for members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the field “%1” and its value for %n member(s)?</source>
        <translation>
            <numerusform>Delete the field “%1” and its value for %n member?</numerusform>
            <numerusform>Delete the field “%1” and its value for %n members?</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this with Edit ▸ Undo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateFilter</name>
    <message>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoorClose</name>
    <message>
        <source>Close check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark everyone going who has not arrived as a no-show?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n no-show(s) marked.</source>
        <translation>
            <numerusform>%n no-show marked.</numerusform>
            <numerusform>%n no-shows marked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DoorHeadline</name>
    <message>
        <source>{came} / {capacity} — {over} over capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>going {going}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in {came} · going {going}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(guests among them: {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capacity {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dddd d MMM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event is on {day}. Check-ins are recorded from that day; nothing is recorded now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded: this event is on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoorWords</name>
    <message>
        <source>not on the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in beyond the capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regular · not on the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came to at least 2 of the last 8 events; click the box to check in as a walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the box to check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in at {time} by {laptop}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>same email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same WeChat ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same QQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name in pinyin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>similar name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge all identical pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate pair(s)</source>
        <translation>
            <numerusform>%n possible duplicate pair</numerusform>
            <numerusform>%n possible duplicate pairs</numerusform>
        </translation>
    </message>
    <message>
        <source>Contacts (all kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Merged %n identical pair(s).</source>
        <translation>
            <numerusform>Merged %n identical pair.</numerusform>
            <numerusform>Merged %n identical pairs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Encryption</name>
    <message>
        <source>En&amp;cryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encrypt workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the &amp;key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decrypt workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt the workspace under a new key? Its old recovery code stops working, and a new one is shown once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt the workspace and its backups? Beehive keeps the key in this computer&apos;s keyring and shows a recovery code once: on another computer, only that code opens the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypt workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the workspace and its backups plain files again? Anyone with the file can then read it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EncryptionText</name>
    <message>
        <source>Encrypted: {path}. Its key is in this computer&apos;s keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code (shown only now; write it down or print it and keep it apart from the computer — without it, the workspace cannot be opened on another computer or after the keyring is lost):
{code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted with your passphrase: {path}. Beehive asks for it each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypted: {path} and its backups are plain files again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked: {path}. Its key is now in this computer&apos;s keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code or passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase “{name}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase %n people?</source>
        <translation>
            <numerusform>Erase %n people?</numerusform>
            <numerusform>Erase %n people?</numerusform>
        </translation>
    </message>
    <message>
        <source>the name (shown as “Erased person N” from now on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>contacts and accounts: %n</source>
        <translation>
            <numerusform>contacts and accounts: %n</numerusform>
            <numerusform>contacts and accounts: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>custom field values: %n</source>
        <translation>
            <numerusform>custom field values: %n</numerusform>
            <numerusform>custom field values: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>consents: %n</source>
        <translation>
            <numerusform>consents: %n</numerusform>
            <numerusform>consents: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>merged records and their old names: %n</source>
        <translation>
            <numerusform>merged records and their old names: %n</numerusform>
            <numerusform>merged records and their old names: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>city, organisation, title, tags, interests, notes, the reason for leaving, activity notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>attendance: %n</source>
        <translation>
            <numerusform>attendance: %n</numerusform>
            <numerusform>attendance: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>contributions: %n</source>
        <translation>
            <numerusform>contributions: %n</numerusform>
            <numerusform>contributions: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>roles: %n</source>
        <translation>
            <numerusform>roles: %n</numerusform>
            <numerusform>roles: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>activity records: %n</source>
        <translation>
            <numerusform>activity records: %n</numerusform>
            <numerusform>activity records: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>unit memberships: %n</source>
        <translation>
            <numerusform>unit memberships: %n</numerusform>
            <numerusform>unit memberships: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>people they invited: %n</source>
        <translation>
            <numerusform>people they invited: %n</numerusform>
            <numerusform>people they invited: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>status, dates and specialties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can undo this (Edit ▸ Undo) until Beehive&apos;s next backup: at the latest when you close Beehive, or with your first change once an hour has passed; an import or a merge takes one before it starts. After that the erasure is final, in the workspace and in every backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EraseLabels</name>
    <message numerus="yes">
        <source>Erase %n member(s)</source>
        <translation>
            <numerusform>Erase %n member</numerusform>
            <numerusform>Erase %n members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Erased</name>
    <message>
        <source>Erased person {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beehive hit an unexpected error. Your saved data is safe; the last action may not have completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details, without personal data, are in {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventColumns</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Recurring event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change only this event, or this and all following events of the series?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This and following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(whole community)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat and template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until the end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every (weeks or months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan from template</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventLabels</name>
    <message>
        <source>Online sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline meetup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homework / challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demonstrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maybe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waitlisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every N weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly on the same date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly on the same weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventPrinting</name>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventsView</name>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste 接龙…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print and more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print event plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print sign-in sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print name badges…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print duty roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print attendance certificates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to calendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save plan as template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take out for a second laptop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events yet — create one ({key}) or import a calendar (File ▸ Import ▸ Events…, .ics or a table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events in these dates or filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events here yet. Create one with New event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels per A4 sheet (columns × rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event is not part of a series; the duty roster lists a series&apos; events. Print this event&apos;s plan instead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns to fill in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank rows for walk-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save plan as template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {title} with its plan and guest list? You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <source>e.g. S; M; L; XL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Private: left out of members&apos; copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printouts and exports for members (a directory, a sign-in sheet) have no column for a private field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpsPanel</name>
    <message>
        <source>To follow up this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to follow up this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newcomers without a second activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invite them to the next event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drifting members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>get in touch before they go quiet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duties nobody has for the next event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assign them in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stalled outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see the outputs board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuestsDialog</name>
    <message>
        <source>Guests: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag or interest, e.g. 读书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSVP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite tagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n on the list</source>
        <translation>
            <numerusform>%n on the list</numerusform>
            <numerusform>%n on the list</numerusform>
        </translation>
    </message>
    <message>
        <source>going {going}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bringing {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event is full: added to the waitlist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Beehive user guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user guide is missing from this installation ({path}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the guide (Ctrl+F); Enter for the next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthSettingsDialog</name>
    <message>
        <source>Health settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows and rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connections only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of one activity of each kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names of the engagement levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swarm names (蜂群)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active: an activity within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drifting: nothing for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive: nothing for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removal candidate: inactive for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removal candidate: not until a member for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newcomer: joined within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participating: days present in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations a member may make a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invitation succeeds if the invitee is active after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>同好: an interest is shared when this many others have it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tie: events attended together (0: connections only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did a duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took on a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat message (imported counts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthText</name>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one activity in the last {days} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined in the last {days} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drifting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members whose status is active, without the organising team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active within {inactive} days but not within the last {drifting}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity in the last {inactive} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of those active in the previous {days} days, the share also active in these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Density</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ties ÷ possible ties between members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without ties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members who have no recorded tie to anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absence factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fewest members who together account for half of all activity; 1 or 2 means the community hangs on them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top 18% share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of all ties touching the top 18% of members by degree (the 80/18 pattern).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>同好 Shared interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结构 Structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>输出 Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>运营 Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>复制 Replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with an interest others share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>others at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with a lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within their cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>specialties wanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contributors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show-up rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chapters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members: record interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure: leads and caps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs: move works on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events: plan and fill duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure: start a chapter, save templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drifting away: follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New, without a second activity yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removal candidates to review (提纯)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation credit (successful: still active after the set days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inviter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successful / invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months over the rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members at this engagement level now; click for their names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong nodes (强节点): ties, betweenness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity recorded yet — check people in at events, or import chat activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check people in at an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import chat activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed once there are %1 days of activity data (recorded since %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ties recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the health numbers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Press Refresh to compute again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthView</name>
    <message>
        <source>Record introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly level review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels changed: {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a member&apos;s level…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units (double-click for their members)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested introductions (匹配)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introductions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly level review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store every member&apos;s level now, demotions included? You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;column reference…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this workspace&apos;s &amp;backups folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by text (a label or a value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message>
        <source>undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large to undo after a restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>details erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {before} → {after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s); their details were not kept</source>
        <translation>
            <numerusform>%n change; their details were not kept</numerusform>
            <numerusform>%n changes; their details were not kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more change(s)</source>
        <translation>
            <numerusform>and %n more change</numerusform>
            <numerusform>and %n more changes</numerusform>
        </translation>
    </message>
    <message>
        <source>{what}: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryLabels</name>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom field value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSVP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSVP time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import from {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the valid rows and skip the rejected ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the list of rejected rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more: save the list to see them all</source>
        <translation>
            <numerusform>%n more: save the list to see them all</numerusform>
            <numerusform>%n more: save the list to see them all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Possible duplicates (%n)</source>
        <translation>
            <numerusform>Possible duplicates (%n)</numerusform>
            <numerusform>Possible duplicates (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportOptions</name>
    <message>
        <source>Decide from the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates are day first (05/03/2024 is 5 March)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognise from the header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another file (match columns by name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every sheet with these columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split remarks written city-name-occupation (北京-赵丽-设计师)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named in the file&apos;s event column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReference</name>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other columns are kept as custom member fields, or ignored: you choose in the import preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other columns are ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row needs the column marked *. {rest} Headers are compared by meaning: case, spaces, numbering and 您的/your do not matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header names recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In {export}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports recognised (members)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A members file from one of these tools is recognised by its header row (or choose it under Source in the import preview). Its own columns are read as below; its bookkeeping columns (order numbers, IP addresses, QR links) are left out, not kept as custom fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised by the headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a row whose country is {country})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(text: comma, semicolon or tab separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(workbooks: the sheet is chosen in the preview)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(contact cards, read as a members table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(calendars, read as an events table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(tried in this order; a reading that turns into garbage is never accepted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 or UTF-16 with a byte-order mark (Excel&apos;s “Unicode text”) is read as such.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates, phones, encodings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates and times are read in these spellings (a time after the date is optional). 05/03/2024 is read as 3 May unless you tick “Dates are day first” in the import preview (the default is in Preferences).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones are stored in international form (+8613800138000). A number without + is read in the row&apos;s country (from its country, city or postcode column), else in the default phone region of Preferences. These are all read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number Excel has turned into {example} is refused: its last digits are lost. Format the column as text in the spreadsheet and export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files and encodings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header spellings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A header is compared by its meaning: full-width letters, Traditional characters (電話), survey numbering (1、 Q2.), 您的/your/请输入, a trailing (必填) or colon, and a second language (姓名 Name) are all looked past. These headers all name the phone column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit memberships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections (who knows whom)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity (messages, posts, check-ins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record ID of an earlier Beehive export: the row updates that member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member&apos;s name. Without it: first + last name, else the WeChat remark, group nickname, nickname or the email&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat nickname; also used to find the member again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email; a second email column adds another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone; read with the row&apos;s country, city or postcode, else the default phone region. A second phone column adds another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat ID (微信号).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QQ number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City; it also tells which country a phone belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country, by name or two-letter code; read for the phone, not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company or organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title or occupation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interests (同好), separated by ; , 、 or |.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialties, separated like interests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags, separated like interests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the member joined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who invited them: a member&apos;s name, email, phone or WeChat ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active, left or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the status began (the day they left).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why they left or were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First (given) name, joined with the last name into the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last (family) name: 张 + 伟 gives 张伟, Ada + Lovelace gives Ada Lovelace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode; read for the phone&apos;s country, not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat remark (备注): the name when the row has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nickname in the WeChat group (群昵称).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit&apos;s (sub-group&apos;s) name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit it sits under; blank for a top unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pyramid or ring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member who leads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size cap: past it, Beehive suggests a split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it is managed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether this is the member&apos;s main unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role: leader, sub-group lead, core member, secretary, operator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The specialty a ring&apos;s core member brings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the role began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day it ended; blank while it lasts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One member of the pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member they know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How strong the tie is, 1 to 10 (blank: 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since when they know each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How they met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event&apos;s title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of event (or one of the community&apos;s own kinds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time it starts, in the event&apos;s time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it takes place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many people fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recurring series it belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone such as Asia/Shanghai; blank: the community&apos;s usual one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting link of an online event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled by calendar (.ics) files: the date of this occurrence in its series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled by calendar (.ics) files: the series&apos; repeat rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event&apos;s title (or choose the event in the import dialog).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the event starts, to tell apart events of the same title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to the invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether they came.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When they checked in; a time here means they came.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many guests came with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work&apos;s title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article, course, talk, book, video, homework, sticker pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the work stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who made it, each with a role after a colon: 张三:作者; 李四:编辑 (a name alone is an author).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event where it was presented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When that event started, to tell apart events of the same title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day it was published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link to it, or its file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the idea was noted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the activity; not in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What kind of activity; blank: chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many (messages, posts); blank: 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member: their name, email, phone or WeChat ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit (sub-group), by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First (given) name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last (family) name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occurrence date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSVP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idea date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReferenceDialog</name>
    <message>
        <source>Import column reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates, phones, encodings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the import column reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import columns.html</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message>
        <source>the WeChat remark (备注)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the group nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the WeChat nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{name} (%n row(s))</source>
        <translation>
            <numerusform>{name} (%n row)</numerusform>
            <numerusform>{name} (%n rows)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sheets read: {sheets}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of {sheets} take the status its name says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not read: {sheets} (choose one under Sheet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows} rows ({encoding}): {new} new members, {matched} matching existing members, {bad} rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows} rows ({encoding}): {ok} ready to import, {bad} rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Headers in another language: %n column(s) read by their place in the source&apos;s layout (see Columns).</source>
        <translation>
            <numerusform>Headers in another language: %n column read by their place in the source&apos;s layout (see Columns).</numerusform>
            <numerusform>Headers in another language: %n columns read by their place in the source&apos;s layout (see Columns).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) built from {source}, as the rows have no name.</source>
        <translation>
            <numerusform>%n name built from {source}, as the rows have no name.</numerusform>
            <numerusform>%n names built from {source}, as the rows have no name.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) share an email, phone or WeChat ID with someone of another name: decide in Possible duplicates.</source>
        <translation>
            <numerusform>%n row shares an email, phone or WeChat ID with someone of another name: decide in Possible duplicates.</numerusform>
            <numerusform>%n rows share an email, phone or WeChat ID with someone of another name: decide in Possible duplicates.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept as custom fields: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ignored %n column(s) the source keeps for itself (see Columns).</source>
        <translation>
            <numerusform>Ignored %n column the source keeps for itself (see Columns).</numerusform>
            <numerusform>Ignored %n columns the source keeps for itself (see Columns).</numerusform>
        </translation>
    </message>
    <message>
        <source>Ignored unknown columns: {names}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Check-in: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your name or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check me in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many names match; type more of yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one of that name here. Please ask an organiser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your name in the list, then Check me in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, you are already checked in (since {time}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome, {name}! You are checked in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong PIN: the kiosk stays open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centralised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By sub-groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-governing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmanaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-group lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigns tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demonstrates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeftPeopleDialog</name>
    <message>
        <source>People who left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export first…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write everything about the selected person (JSON and PDF) before erasing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) left or were removed more than {months} months ago (or on a day not known) and are not erased. Erasing keeps their attendance, contributions and roles in every count, without who they were.</source>
        <translation>
            <numerusform>%n member left or were removed more than {months} months ago (or on a day not known) and are not erased. Erasing keeps their attendance, contributions and roles in every count, without who they were.</numerusform>
            <numerusform>%n members left or were removed more than {months} months ago (or on a day not known) and are not erased. Erasing keeps their attendance, contributions and roles in every count, without who they were.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody left more than {months} months ago without being erased.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LevelDialog</name>
    <message>
        <source>(computed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set engagement level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No single member matches; pick one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print this view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members: the list as filtered · Structure: the chart · Events: the selected event&apos;s plan · Outputs: the compilation · Health: the one-page report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members list as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a &amp;team server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New community…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit community…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;chapter from this community…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export structure &amp;chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print structure chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who &amp;left…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Beehive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(read-only copy of a backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team workspace on {server}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace upgraded; a copy was kept at {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes by %1 were loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes written by another Beehive process were loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open its newest good backup instead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new chapter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (new chapter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export structure chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print members list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Beehive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beehive (社群蜂巢) 0.1
For organisers of interest communities.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MegabytesBox</name>
    <message>
        <source>MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberDetail</name>
    <message>
        <source>Select a member to see their record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Knows %n member(s)</source>
        <translation>
            <numerusform>Knows %n member</numerusform>
            <numerusform>Knows %n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attended %n event(s)</source>
        <translation>
            <numerusform>Attended %n event</numerusform>
            <numerusform>Attended %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>invited to %n</source>
        <translation>
            <numerusform>invited to %n</numerusform>
            <numerusform>invited to %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contributed to %n output(s)</source>
        <translation>
            <numerusform>Contributed to %n output</numerusform>
            <numerusform>Contributed to %n outputs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Invited %n person(s)</source>
        <translation>
            <numerusform>Invited %n person</numerusform>
            <numerusform>Invited %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still active</source>
        <translation>
            <numerusform>%n still active</numerusform>
            <numerusform>%n still active</numerusform>
        </translation>
    </message>
    <message>
        <source>{invited}, {active}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberEditor</name>
    <message>
        <source>Edit member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>separate with ; or 、</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2024-03-05 or 2024年3月5日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This inviter already invited %n member(s) in %1; the rule is at most %2 a month.</source>
        <translation>
            <numerusform>This inviter already invited %n member in %1; the rule is at most %2 a month.</numerusform>
            <numerusform>This inviter already invited %n members in %1; the rule is at most %2 a month.</numerusform>
        </translation>
    </message>
    <message>
        <source>No single member matches the inviter; pick one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberListDialog</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy names</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberPicker</name>
    <message>
        <source>Type a name, pinyin initials or phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersView</name>
    <message>
        <source>Filter: name, pinyin (zhangsan, zs), nickname, WeChat, phone, email, tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom field: type its name, = and a value (T恤尺码 = L); for numbers and dates also &lt; or &gt;; nothing after = finds members without a value. Consent: photos = no, directory = yes, contact = (never asked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No members yet — import a list (File ▸ Import ▸ Members…, {import_key}) or add one ({add_key}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody matches “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect the two selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export everything about this person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase this person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who left…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n member(s)?</source>
        <translation>
            <numerusform>Delete %n member?</numerusform>
            <numerusform>Delete %n members?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They invited %n other member(s); those will have no inviter.</source>
        <translation>
            <numerusform>They invited %n other member; that member will have no inviter.</numerusform>
            <numerusform>They invited %n other members; those will have no inviter.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this with Edit ▸ Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tags (separate with ;) for %n member(s):</source>
        <translation>
            <numerusform>Tags (separate with ;) for %n member:</numerusform>
            <numerusform>Tags (separate with ;) for %n members:</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select exactly two members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How well do they know each other (1–10)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeText</name>
    <message>
        <source>Merged “{other}” into “{survivor}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>A name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid email address: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid phone number: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date not understood: {value} (try 2024-03-05)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status: {value} (active, left or removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of contact: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown management mode: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inviter would be someone this member (indirectly) invited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown inviter: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one member matches the inviter: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row&apos;s contacts belong to several different members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s text encoding was not recognised (tried {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No name column was found (expected a header such as name or 姓名).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported file type: {value} (use .csv or .xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Beehive workspace: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace was written by a newer version of Beehive and was left untouched: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records changed since; this step can no longer be undone or redone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A community needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A community with this name already exists: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No community of that name: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace holds several communities; pick one with --community ({value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report is available with --json for now: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no {value} column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unit needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity cannot be negative (got {value}); 0 means no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time not understood: {value} (try 2026-12-05 19:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown repeat rule: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A series repeats every 1 or more weeks or months (got {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A series needs an end date or a number of events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This repeat rule gives no dates: check its start and end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A series can hold at most {value} events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such template: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {value} of the plan has no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A duration cannot be negative (got {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown RSVP: {value} (invited, going, maybe, declined or waitlisted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event matches: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several events have this title: {value} (give the date, or the event_start column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More people are going than the new capacity; nobody was removed from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This printout needs --event TITLE and --pdf FILE: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended must be yes or no (是/否, 1/0); got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An output needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status: {value} (idea, drafting, review, published or dropped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The published date is before the idea date: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads, sales and revenue cannot be negative (got {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contributor is not a member of this community: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such output: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No outputs match; nothing to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report needs --pdf FILE: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is in the future: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The count must be 0 or more (got {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A window must be at least 1 day (got {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown level: {value} (following, participating, contributing or leading)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown period: {value} (day, week or month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown chart: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chart needs --png, --svg or --csv FILE: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Drifting after&quot; must be shorter than &quot;inactive after&quot; (got {value} days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A weight cannot be negative ({field}: {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda runs longer than the event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown unit kind: {value} (pyramid or ring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size cap must be at least 1 (got {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unit of that name: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unit cannot be placed under one of its own sub-units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead must be a member of this community.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unit with this name already exists: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A role is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date is before the start date: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member cannot be connected to themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tie strength must be between 1 and 10 (got {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown tie source: {value} (introduced, event or manual)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member matches: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one member matches: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number lost its digits in the spreadsheet ({value}): format the column as text and export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone {value} is not a number of the default region but is one elsewhere: give the row a country, or write the number with + and its country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone {value} reads as a valid number in more than one country: give the row a country, or write the number with + and its country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not read as sensible text in {value}: choose another encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file breaks off or holds an oversized cell at line {value}; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--encoding is taken by the member import for now (got {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown source preset: {value} (beehive import --help lists them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown decision for conflicting rows: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cell at {value} holds more text than a spreadsheet can: the file is damaged; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} cannot be read as a spreadsheet (damaged or not a workbook).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is protected by a password: save it without one, then import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has no sheet named {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact card is broken (at {value}): it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} holds no contact cards (BEGIN:VCARD … END:VCARD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard version {value} is not written: choose 3.0 or 4.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} does not apply to importing this kind of file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown country: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} does not exist in the time zone it is read in: the clocks skip that hour when summer time begins. Write the time it really is, or give it with its UTC offset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone {value} is not a number of the row&apos;s country but is one elsewhere: check the country, or write the number with + and its country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: not a number: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {value} is not one of the field&apos;s choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: unknown field kind {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field name is too long: {value}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is a standard member column; give the custom field another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a field named {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field no longer exists (deleted meanwhile?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: list the choices, separated with ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only two different members of the same community can be merged ({value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member field of that name to keep: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--keep-from takes B:field,field (or A:…), for example B:name,city; got: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a calendar file that can be read (iCalendar, .ics).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The series&apos; repeat rule is not understood: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guests must be a number of people (0, 1, 2…); got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not word=meaning; the meaning is one of going, maybe, declined, waitlisted, invited, came, absent (e.g. 到了=came; 鸽了=absent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file already exists there; nothing was written. Choose a new file: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace to copy into already holds data; nothing was written. Publish into a new, empty database: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy&apos;s row counts did not match the workspace&apos;s; nothing was kept. Tables: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a team server&apos;s address. Write it as postgresql://USER@HOST:PORT/DATABASE (optionally ?sslmode=require): {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace is open in Beehive on this computer (since {since}, process {pid}), which was still writing after {wait} s; nothing was written. Try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program was still writing to this workspace after {wait} s; nothing was written. Try again when it has finished: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace file cannot be written here (a read-only file, folder or disk). Copy it to a folder you can write to, then open the copy: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of this workspace cannot be written (a read-only folder or disk), and Beehive keeps its journal files beside the workspace. Copy it to a folder you can write to: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup could be written ({reason}); nothing else was changed: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not one of Beehive&apos;s backups (its record beside it is missing): {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup no longer passes its check (damaged or changed since it was taken); nothing was written: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file already exists there; nothing was written (choose a new file, or replace it with --replace): {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace is open in Beehive; close it before replacing it with a backup: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written there ({reason}); the file was left as it was: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a copy of a backup, opened to look inside; nothing can be changed in it. Restore the backup to a new file to work on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no workspace file here: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace file is damaged and there is no backup of it; nothing was changed in it: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace file is damaged; nothing was changed in it: {value}
The newest good backup is from {when}. Restore it to a new file (File ▸ Backups…, or: beehive restore &quot;{backup}&quot; --to NEWFILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {field} cell holds more than {value} characters: too long for one field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {field} cell holds an invisible control character: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has more cells than an import reads ({value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number in {field} is too large: at most {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date {value} is outside the years 1900 to 2200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} unpacked: far more than the file&apos;s size suggests (a damaged or hostile workbook); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace is encrypted and its key is not in this computer&apos;s keyring. Open it with its recovery code (in the window, or `beehive --db FILE unlock`): {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key kept for this encrypted workspace does not open it; it was set aside. Open it with its recovery code: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recovery code or passphrase does not open the workspace. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recovery code is 52 letters and digits, in groups of four (like ABCD-EFGH-…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This copy of Beehive was installed without SQLCipher and cannot open encrypted workspaces: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the key in; encrypt with a passphrase instead (--passphrase). Nothing was changed: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted copy failed its check ({reason}); the workspace was left as it was: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this workspace in every Beehive window first; nothing was changed: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace is not encrypted: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the secret at a terminal: it is never read from a pipe or the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member was chosen to erase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasing cannot be confirmed here: add --yes to erase {value} (nothing was written).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not erased: {value} (nothing was written).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} members are named {value}; name one by its record ID (UUID): {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the export into {value} ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step was too large to keep for undo after a restart, or its details were erased; it can no longer be undone or redone (a backup is taken before every import).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown audience {value}: use organisers or members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a field that can be private: {value} (phone, email, wechat_id, wechat_nickname, qq, notes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--audience applies to exporting members, attendance and events (.ics), not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--audience applies to the sign-in sheet and the name badges, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of consent {value}: contact, photos or directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the consent was given must be at most 200 characters: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event is on {value}; nothing is recorded as attendance before its day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was taken out of {value}, not of this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is a workspace, but not one taken out for a second laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event “{value}” of this file is no longer in this workspace; nothing was brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} exists already; choose a new file for the take-out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} conflict(s) or possible duplicate(s) are not decided; nothing was brought back (choose --keep-both, --theirs or --ours).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a decision for {field}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server could not be reached or refused the login; nothing was opened or written: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team workspace on a server is not backed up by Beehive; ask the server&apos;s administrator (pg_dump): {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This team workspace needs its tables created or brought up to this version of Beehive, and your login may not do it. Ask the workspace&apos;s owner to open it once first; nothing was changed: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role in this team workspace does not allow this change (the server refused it); nothing was changed: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} was changed by {who} at {at}, after you opened it. Reload to see the change, or overwrite it with yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} was changed elsewhere at {at}, after you opened it. Reload to see the change, or overwrite it with yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} was changed after you opened it. Reload to see the change, or overwrite it with yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} was changed by {who} at {at} since; this step can no longer be undone or redone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} was changed at {at} since; this step can no longer be undone or redone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team members and their roles exist only in a team workspace on a server: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown team role: {value} (owner, organiser, lead or viewer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no login named {value}; ask its administrator to create it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is already a member of the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This team member no longer exists: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the workspace&apos;s owner may change the team; nothing was changed: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a sub-group lead you may change only your units&apos; members and events; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPersonDialog</name>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
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
        <source>{name} is already a member. Check in that member?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a different person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NextEventCard</name>
    <message>
        <source>Print plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print tonight&apos;s plan (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save plan as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to the last folder used, named by the event&apos;s date and title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print sign-in sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check people in as they arrive (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No upcoming event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the next event to plan it, print it and check people in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tonight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Going: {going} / {capacity}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Going: {going}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n over capacity</source>
        <translation>
            <numerusform>%n over capacity</numerusform>
            <numerusform>%n over capacity</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfflineLabels</name>
    <message>
        <source>Bring back the door&apos;s file of {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineText</name>
    <message>
        <source>Took “{title}” out to {path}: {rows} on the list, {members} in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to bring back: this file&apos;s changes are all here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brought back (one undo step).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}: {name}: {before} → {after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSVP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes for the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person: {name}{matches}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (may be: {names})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: {name}, {what}: here “{ours}”, at the door “{theirs}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutputColumns</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presented at</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>stalled (over %n day(s))</source>
        <translation>
            <numerusform>stalled (over %n day)</numerusform>
            <numerusform>stalled (over %n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutputDialog</name>
    <message>
        <source>Edit output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://… or a file path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not presented)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add contributor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idea date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link or file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presented at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a member. Add them as a member?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutputLabels</name>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sticker pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutputsView</name>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contributor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New output…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print compilation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compilation as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No outputs yet — record the first work your members make (a talk, an article, a book) with New output… ({key}), or import a list of them (File ▸ Import ▸ Outputs…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import outputs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No outputs match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n output(s)? You can undo this.</source>
        <translation>
            <numerusform>Delete %n output? You can undo this.</numerusform>
            <numerusform>Delete %n outputs? You can undo this.</numerusform>
        </translation>
    </message>
    <message>
        <source>Compilation as PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageText</name>
    <message>
        <source>Page {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the key in. Choose a passphrase instead: Beehive asks for it each time the workspace opens. Without it the workspace cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfFiles</name>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonExport</name>
    <message>
        <source>Export everything about this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write into {folder} ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written:
{json}
{pdf}

They hold personal data: hand them to the person only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonText</name>
    <message>
        <source>Everything Beehive holds about {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {when} from the workspace of {community}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts and accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People they invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSVP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Former name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Former record ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinAsk</name>
    <message>
        <source>Leave kiosk mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organiser&apos;s PIN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinChoice</name>
    <message>
        <source>Kiosk mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN to leave the kiosk (4–8 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN is 4 to 8 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs differ; type the same PIN twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Plan: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed start (min or hh:mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to say at the opening, the group rules to remind…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes for the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run time {run} of {length}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-letter country code used for phone numbers without +, e.g. CN, HK, SG, US</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read 05/03/2024 as 5 March (day first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a workspace&apos;s backups take more room, the oldest are removed (the newest is always kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members ▸ People who left… lists those who left longer ago than this and are not erased yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default phone region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of a workspace, at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review people who left after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone region is a two-letter country code such as CN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>Meetup member list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetup event attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eventbrite attendee report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Luma guest list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Forms responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>问卷星 (Wenjuanxing) download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>腾讯问卷 (Tencent Survey) download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金数据 (Jinshuju) download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat contact list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat group members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>知识星球 (Zhishi Xingqiu) member list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlook contacts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintText</name>
    <message>
        <source>Members of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message>
        <source>Members list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintTexts</name>
    <message numerus="yes">
        <source>The list holds %n member(s), about {pages} pages. Filter it first, or print it all?</source>
        <translation>
            <numerusform>The list holds %n member, about {pages} pages. Filter it first, or print it all?</numerusform>
            <numerusform>The list holds %n members, about {pages} pages. Filter it first, or print it all?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyLabels</name>
    <message>
        <source>Change private fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make custom field private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make custom field visible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyText</name>
    <message numerus="yes">
        <source>Everything about this person: {json} and {pdf} (%n page(s)).</source>
        <translation>
            <numerusform>Everything about this person: {json} and {pdf} (%n page).</numerusform>
            <numerusform>Everything about this person: {json} and {pdf} (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase “{name}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed: the name, contacts and accounts ({identities}), custom fields ({custom}), consents ({consents}), merged records ({aliases}), city, organisation, title, tags, interests, notes and the reason for leaving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept, as an anonymous placeholder: attendance ({attendance}), contributions ({contributions}), roles ({roles}), activity ({activity}), units ({units}) and the people they invited ({invited}); status, dates and specialties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type yes to erase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased “{name}”: the record is now “{placeholder}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who they were stays in the undo history until the next backup (beehive backup takes one now); after it the erasure is final, in the workspace and in every backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” was erased already; nothing written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is encrypted. Its key is in this computer&apos;s keyring, so Beehive opens it as before.
Write this recovery code down or print it, and keep it apart from the computer: on another computer, or if the keyring is lost, it is the only way to open the workspace and its backups. It is shown only now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have written the code down or printed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beehive workspace recovery code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>Community health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1; active means an activity in the last %2 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more unit(s)</source>
        <translation>
            <numerusform>and %n more unit</numerusform>
            <numerusform>and %n more units</numerusform>
        </translation>
    </message>
    <message>
        <source>Engagement levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Assign a role to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for a ring&apos;s core member, e.g. 演讲</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterColumns</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSVP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no-show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedNotice</name>
    <message>
        <source>Saved {name} to {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetText</name>
    <message>
        <source>Run-sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes for the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works presented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run time {run} of {length}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Warning: the agenda runs %n minute(s) past the end of the event.</source>
        <translation>
            <numerusform>Warning: the agenda runs %n minute past the end of the event.</numerusform>
            <numerusform>Warning: the agenda runs %n minutes past the end of the event.</numerusform>
        </translation>
    </message>
    <message>
        <source>{going} going of {capacity} places</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n going</source>
        <translation>
            <numerusform>%n going</numerusform>
            <numerusform>%n going</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSVP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Led</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty roster: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu or view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <source>Suggest a split of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} members in {k} groups; {kept} ties kept inside groups, {cut} cut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This unit is not over its cap; splitting it is allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} {n} ({size})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaleEditWords</name>
    <message>
        <source>&amp;Reload theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overwrite with mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message numerus="yes">
        <source>Set status of %n member(s)</source>
        <translation>
            <numerusform>Set status of %n member</numerusform>
            <numerusform>Set status of %n members</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepCommand</name>
    <message>
        <source>Cannot undo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepLabels</name>
    <message>
        <source>Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n member(s)</source>
        <translation>
            <numerusform>Delete %n member</numerusform>
            <numerusform>Delete %n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %n member(s)</source>
        <translation>
            <numerusform>Tag %n member</numerusform>
            <numerusform>Tag %n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Untag %n member(s)</source>
        <translation>
            <numerusform>Untag %n member</numerusform>
            <numerusform>Untag %n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set status of %n member(s)</source>
        <translation>
            <numerusform>Set status of %n member</numerusform>
            <numerusform>Set status of %n members</numerusform>
        </translation>
    </message>
    <message>
        <source>Import members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n member(s) to unit</source>
        <translation>
            <numerusform>Add %n member to unit</numerusform>
            <numerusform>Add %n members to unit</numerusform>
        </translation>
    </message>
    <message>
        <source>Move member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>New series of %n event(s)</source>
        <translation>
            <numerusform>New series of %n event</numerusform>
            <numerusform>New series of %n events</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit event plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark duty done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Invite %n member(s)</source>
        <translation>
            <numerusform>Invite %n member</numerusform>
            <numerusform>Invite %n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n from the guest list</source>
        <translation>
            <numerusform>Remove %n from the guest list</numerusform>
            <numerusform>Remove %n from the guest list</numerusform>
        </translation>
    </message>
    <message>
        <source>Change RSVP</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Record %n sign-up(s) from a WeChat chain</source>
        <translation>
            <numerusform>Record %n sign-up from a WeChat chain</numerusform>
            <numerusform>Record %n sign-ups from a WeChat chain</numerusform>
        </translation>
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move output</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n output(s)</source>
        <translation>
            <numerusform>Delete %n output</numerusform>
            <numerusform>Delete %n outputs</numerusform>
        </translation>
    </message>
    <message>
        <source>Monthly level review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set engagement level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change health settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge members</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Merge %n identical pair(s)</source>
        <translation>
            <numerusform>Merge %n identical pair</numerusform>
            <numerusform>Merge %n identical pairs</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as not a duplicate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StructureScene</name>
    <message numerus="yes">
        <source>%n sub-group(s) folded; double-click to unfold</source>
        <translation>
            <numerusform>%n sub-group folded; double-click to unfold</numerusform>
            <numerusform>%n sub-groups folded; double-click to unfold</numerusform>
        </translation>
    </message>
    <message>
        <source>Lead: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} / {cap} members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doubled: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all specialties covered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StructureView</name>
    <message>
        <source>Find a unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members (drag one onto a unit to move them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No structure yet — add the first unit ({key}) or import a structure (File ▸ Import ▸ Units…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the first unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import units…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a member of this unit first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sub-unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest a split…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the unit {name}? Its sub-units move up one level; its {size} memberships and its roles are removed. You can undo this with Edit ▸ Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest a split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A split needs at least two members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TakeOutDialog</name>
    <message>
        <source>Take out for a second laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes “{title}” with its guest list and the member directory (names, pinyin, the last four digits of a phone) to a file of its own. Open it on the second laptop and check people in there, even with no network; then bring it back here with File ▸ Bring back a second laptop&apos;s file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} door.beehive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also every contact, the notes and private fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for a laptop you trust as much as this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File for the second laptop:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beehive workspace (*.beehive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: {path}
{rows} on the list, {members} in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>Connect to a team server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. db.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use TLS when the server offers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require TLS and check the server&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No TLS (a server on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the password in this computer&apos;s keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamMemberForm</name>
    <message>
        <source>Team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server login, e.g. li_wei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units led:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamMembers</name>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-group lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamMembersDialog</name>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
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
        <source>Units led</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamText</name>
    <message numerus="yes">
        <source>Copied %n row(s) to {where}; every table&apos;s count checked.</source>
        <translation>
            <numerusform>Copied %n row to {where}; every table&apos;s count checked.</numerusform>
            <numerusform>Copied %n rows to {where}; every table&apos;s count checked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineText</name>
    <message>
        <source>Activity per month, last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>The next 14 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in the next 14 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>going {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last import: {imported} · Last backup: {backup}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Toolbar</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} ({shortcut})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferMenus</name>
    <message>
        <source>Members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit memberships…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections (who knows whom)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity (messages, posts, check-ins)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back a second laptop&apos;s file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brought back the second laptop&apos;s file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables and contacts (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods *.vcf *.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: {new} new, {updated} updated, {same} unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>;;Contacts (vCard) (*.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s)</source>
        <translation>
            <numerusform>Exported %n record</numerusform>
            <numerusform>Exported %n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Unexpected</name>
    <message>
        <source>Beehive stopped on an unexpected error ({kind}). The log could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beehive stopped on an unexpected error ({kind}). The details, without personal data, are in {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>Edit unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pyramid (a lead and members)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring (core members with distinct specialties)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No single member matches the lead; pick one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Encrypted workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is encrypted and its key is not in this computer&apos;s keyring. Type its recovery code (or its passphrase).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— or a new guest —</source>
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
        <source>{name} is already a member: OK checks them in; to add someone else, clear it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No single member matches; pick one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Beehive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has no community yet. Start one, or explore the demo community.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a community…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo community</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
