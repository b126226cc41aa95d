<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ActivityChartText</name>
    <message>
        <source>Community activity</source>
        <translation>社群活跃度</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>活跃成员</translation>
    </message>
    <message>
        <source>Joins and leaves</source>
        <translation>加入与离开</translation>
    </message>
    <message>
        <source>Show-up rate per event</source>
        <translation>每场活动到场率</translation>
    </message>
    <message>
        <source>Attendance per event series</source>
        <translation>各系列活动的到场人数</translation>
    </message>
    <message>
        <source>Engagement levels over time</source>
        <translation>参与等级随时间变化</translation>
    </message>
    <message>
        <source>Retention by join month (share active N weeks after joining)</source>
        <translation>按加入月份的留存（加入后第 N 周仍活跃的比例）</translation>
    </message>
    <message>
        <source>Ties per member (degree distribution)</source>
        <translation>每位成员的链接数（度分布）</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>活跃度</translation>
    </message>
    <message>
        <source>active members</source>
        <translation>活跃成员</translation>
    </message>
    <message>
        <source>joins</source>
        <translation>加入</translation>
    </message>
    <message>
        <source>leaves</source>
        <translation>离开</translation>
    </message>
    <message>
        <source>attended ÷ going</source>
        <translation>到场 ÷ 报名</translation>
    </message>
    <message>
        <source>members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>share active</source>
        <translation>活跃比例</translation>
    </message>
    <message>
        <source>weeks after joining</source>
        <translation>加入后的周数</translation>
    </message>
    <message>
        <source>join month</source>
        <translation>加入月份</translation>
    </message>
    <message>
        <source>ties</source>
        <translation>链接数</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>1月</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>2月</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>3月</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>4月</translation>
    </message>
    <message>
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>6月</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>7月</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>8月</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>9月</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>10月</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>11月</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>12月</translation>
    </message>
    <message>
        <source>No data in this range.</source>
        <translation>这个范围内没有数据。</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Record activity</source>
        <translation>记录活动</translation>
    </message>
    <message>
        <source>e.g. spoke at the Tuesday share</source>
        <translation>例如：在周二分享会上发言</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>No single member matches; pick one from the list.</source>
        <translation>没有唯一匹配的成员；请从列表中选择。</translation>
    </message>
</context>
<context>
    <name>AudienceDialog</name>
    <message>
        <source>Who is it for?</source>
        <translation>给谁看？</translation>
    </message>
    <message>
        <source>&amp;Organisers: every field, every member</source>
        <translation>组织者(&amp;O)：所有字段、所有成员</translation>
    </message>
    <message>
        <source>&amp;Members: without private fields</source>
        <translation>成员(&amp;M)：不含私密字段</translation>
    </message>
    <message>
        <source>No phone, email, WeChat or QQ ID, notes or other field marked private (Community ▸ Edit community… ▸ Privacy), and no one who said no to the directory.</source>
        <translation>不含手机、邮箱、微信号、QQ 号、备注及其他标为私密的字段（社群 ▸ 编辑社群… ▸ 隐私），也不含不同意列入通讯录的成员。</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Restore the backup to a new file</source>
        <translation>把备份恢复为新文件</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>只读打开</translation>
    </message>
    <message>
        <source>A second Beehive window could not be started.</source>
        <translation>无法启动第二个社群蜂巢窗口。</translation>
    </message>
    <message>
        <source>Damaged workspace</source>
        <translation>工作区已损坏</translation>
    </message>
    <message>
        <source>Restore the backup to a new file…</source>
        <translation>把备份恢复为新文件…</translation>
    </message>
</context>
<context>
    <name>BackupText</name>
    <message>
        <source>Backup taken and verified: {path}</source>
        <translation>已备份并通过校验：{path}</translation>
    </message>
    <message>
        <source>The backup failed its check ({problem}) and was kept aside: {path}</source>
        <translation>备份未通过校验（{problem}），已另行存放：{path}</translation>
    </message>
    <message>
        <source>No backups of {path} yet.</source>
        <translation>{path} 还没有备份。</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>已校验</translation>
    </message>
    <message>
        <source>FAILED CHECK ({problem})</source>
        <translation>校验失败（{problem}）</translation>
    </message>
    <message numerus="yes">
        <source>{when}  {reason}  {state}  {size}  %n member(s), {events} event(s)  {path}</source>
        <translation>
            <numerusform>{when}  {reason}  {state}  {size}  %n 位成员，{events} 场活动  {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored to {path}.</source>
        <translation>已恢复到 {path}。</translation>
    </message>
    <message>
        <source>What the file held before was backed up first: {path}</source>
        <translation>该文件原有的内容已先行备份：{path}</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>taken by hand</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <source>on close</source>
        <translation>关闭时</translation>
    </message>
    <message>
        <source>while editing</source>
        <translation>编辑期间</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <source>before a merge</source>
        <translation>合并前</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <source>before encrypting</source>
        <translation>加密前</translation>
    </message>
    <message>
        <source>before a new key</source>
        <translation>更换密钥前</translation>
    </message>
    <message>
        <source>before decrypting</source>
        <translation>解密前</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups of {name}</source>
        <translation>{name} 的备份</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>立即备份(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Restore to a new file…</source>
        <translation>恢复为新文件(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;place this workspace…</source>
        <translation>替换当前工作区(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Open read-only</source>
        <translation>只读打开(&amp;O)</translation>
    </message>
    <message>
        <source>Reveal in &amp;folder</source>
        <translation>在文件夹中显示(&amp;F)</translation>
    </message>
    <message>
        <source>the copy is damaged</source>
        <translation>副本已损坏</translation>
    </message>
    <message>
        <source>rows missing from the copy</source>
        <translation>副本缺少数据行</translation>
    </message>
    <message>
        <source>the copy cannot be read</source>
        <translation>副本无法读取</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>已校验</translation>
    </message>
    <message>
        <source>failed ({problem}), kept aside</source>
        <translation>校验失败（{problem}），已另行存放</translation>
    </message>
    <message>
        <source>Restored to {path}. Open it now?</source>
        <translation>已恢复到 {path}。现在打开吗？</translation>
    </message>
    <message>
        <source>Replace this workspace with the backup from {when}? What it holds now is backed up first, and the edits since cannot be undone.</source>
        <translation>用 {when} 的备份替换当前工作区吗？当前内容会先备份，此后的编辑将无法撤销。</translation>
    </message>
</context>
<context>
    <name>BatchText</name>
    <message numerus="yes">
        <source>Exported %n record(s) to {file}</source>
        <translation>
            <numerusform>已导出 %n 条记录到 {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} on line {line}</source>
        <translation>第 {line} 行的 {name}</translation>
    </message>
    <message>
        <source>the member {name}</source>
        <translation>成员 {name}</translation>
    </message>
    <message>
        <source>kept as a separate member</source>
        <translation>已作为另一位成员保留</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>line {line}: {name} shares {value} with {other}: {decided} (--on-conflict to choose)</source>
        <translation>第 {line} 行：{name} 与{other}共用 {value}：{decided}（可用 --on-conflict 选择）</translation>
    </message>
    <message>
        <source>Recognised: {source}</source>
        <translation>已识别：{source}</translation>
    </message>
    <message>
        <source>Kept as custom fields: {names}</source>
        <translation>保留为自定义字段：{names}</translation>
    </message>
    <message numerus="yes">
        <source>Headers in another language: %n column(s) read by their place in the source&apos;s layout.</source>
        <translation>
            <numerusform>表头为其他语言：按来源的列顺序读取了 %n 列。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ignored %n column(s) the source keeps for itself.</source>
        <translation>
            <numerusform>已忽略来源自用的 %n 列。</numerusform>
        </translation>
    </message>
    <message>
        <source>Ignored unknown columns: {names}</source>
        <translation>已忽略无法识别的列：{names}</translation>
    </message>
    <message>
        <source>no member columns</source>
        <translation>没有成员列</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>未选择</translation>
    </message>
    <message>
        <source>other columns: import it with --sheet</source>
        <translation>列不同：可用 --sheet 单独导入</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>left</source>
        <translation>已退出</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <source>{name}: not imported, {why}</source>
        <translation>{name}：未导入，{why}</translation>
    </message>
    <message>
        <source>Sheets: {sheets}</source>
        <translation>工作表：{sheets}</translation>
    </message>
    <message>
        <source>line {line}: {reason}</source>
        <translation>第 {line} 行：{reason}</translation>
    </message>
    <message numerus="yes">
        <source>Nothing imported: %n row(s) rejected (use --skip-invalid to import the rest).</source>
        <translation>
            <numerusform>未导入任何数据：%n 行被拒绝（使用 --skip-invalid 可导入其余行）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: {new} new, {updated} updated, {same} unchanged, {rejected} rejected.</source>
        <translation>导入完成：新增 {new}，更新 {updated}，未变 {same}，拒绝 {rejected}。</translation>
    </message>
</context>
<context>
    <name>BookletText</name>
    <message>
        <source>Compilation of works</source>
        <translation>作品合集</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
    <message numerus="yes">
        <source>%n work(s)</source>
        <translation>
            <numerusform>共 %n 件作品</numerusform>
        </translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Presented at {event}</source>
        <translation>发表于：{event}</translation>
    </message>
</context>
<context>
    <name>BringBackDialog</name>
    <message>
        <source>Bring back a second laptop&apos;s file</source>
        <translation>带回第二台电脑的文件</translation>
    </message>
    <message>
        <source>“{title}”, taken out of {name}.</source>
        <translation>“{title}”，从{name}带出。</translation>
    </message>
    <message>
        <source>Nothing to bring back: this file&apos;s changes are all here.</source>
        <translation>没有需要带回的内容：这个文件的改动都已在这里。</translation>
    </message>
    <message>
        <source>{kind}: {name}: {before} → {after}</source>
        <translation>{kind}：{name}：{before} → {after}</translation>
    </message>
    <message>
        <source>Adds and changes:</source>
        <translation>新增与改动：</translation>
    </message>
    <message>
        <source>New people (they may be members already):</source>
        <translation>新人（可能已是成员）：</translation>
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
        <source>Bring back as</source>
        <translation>带回为</translation>
    </message>
    <message>
        <source>A new member</source>
        <translation>新成员</translation>
    </message>
    <message>
        <source>Same person as {name} ({score})</source>
        <translation>与{name}是同一人（{score}）</translation>
    </message>
    <message>
        <source>Changed on both sides — choose which to keep:</source>
        <translation>两边都改动了——请选择保留哪一边：</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>谁</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>这里</translation>
    </message>
    <message>
        <source>At the door</source>
        <translation>门口</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Here&apos;s</source>
        <translation>这里的</translation>
    </message>
    <message>
        <source>The door&apos;s</source>
        <translation>门口的</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>带回</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>RSVP</source>
        <translation>报名状态</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>同行人数</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>现场加入</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>未到</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Removed from the list</source>
        <translation>已从名单移除</translation>
    </message>
    <message>
        <source>Removed here</source>
        <translation>这里已移除</translation>
    </message>
    <message>
        <source>Check-in closed</source>
        <translation>签到已结束</translation>
    </message>
    <message>
        <source>Notes for the day</source>
        <translation>当天备注</translation>
    </message>
    <message>
        <source>Beehive workspace (*.beehive)</source>
        <translation>蜂巢工作区 (*.beehive)</translation>
    </message>
</context>
<context>
    <name>CertificateText</name>
    <message>
        <source>Certificate of attendance</source>
        <translation>参与证书</translation>
    </message>
    <message>
        <source>This certifies that</source>
        <translation>兹证明</translation>
    </message>
    <message>
        <source>took part in</source>
        <translation>参加了</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>{hours} hours</source>
        <translation>{hours} 小时</translation>
    </message>
    <message>
        <source>on {day} · {hours}</source>
        <translation>{day} · {hours}</translation>
    </message>
    <message>
        <source>For the organisers</source>
        <translation>组织者</translation>
    </message>
    <message>
        <source>Nobody has been checked in at this event yet.</source>
        <translation>本场活动还没有人签到。</translation>
    </message>
</context>
<context>
    <name>ChainDialog</name>
    <message>
        <source>WeChat sign-up chain (接龙): {title}</source>
        <translation>微信接龙报名：{title}</translation>
    </message>
    <message>
        <source>Paste the 接龙 message from the group here, e.g.
#接龙 周日读书会
1. 张三
2. 李四 +1
3. 王五（请假）</source>
        <translation>把群里的接龙消息粘贴到这里，例如：
#接龙 周日读书会
1. 张三
2. 李四 +1
3. 王五（请假）</translation>
    </message>
    <message>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>报名状态</translation>
    </message>
    <message>
        <source>Brings</source>
        <translation>带人</translation>
    </message>
    <message>
        <source>Record sign-ups</source>
        <translation>记录报名</translation>
    </message>
    <message>
        <source>The chain as copied from WeChat:</source>
        <translation>从微信复制的接龙：</translation>
    </message>
    <message>
        <source>New member: {name}</source>
        <translation>新成员：{name}</translation>
    </message>
    <message>
        <source>New guest, like a walk-in: {name}</source>
        <translation>新访客（同现场加入）：{name}</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>按手机号</translation>
    </message>
    <message>
        <source>by name</source>
        <translation>按姓名</translation>
    </message>
    <message>
        <source>by WeChat nickname</source>
        <translation>按微信昵称</translation>
    </message>
    <message>
        <source>by pinyin</source>
        <translation>按拼音</translation>
    </message>
    <message>
        <source>, now: {answer}</source>
        <translation>，当前：{answer}</translation>
    </message>
    <message>
        <source>No numbered entries yet: a chain lists people as 1. 张三 2. 李四 …</source>
        <translation>还没有编号条目：接龙的格式是 1. 张三 2. 李四 …</translation>
    </message>
    <message numerus="yes">
        <source>“{title}”: %n entries</source>
        <translation>
            <numerusform>“{title}”：共 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>{found} members found, {new} new.</source>
        <translation>找到 {found} 位成员，{new} 位新人。</translation>
    </message>
    <message numerus="yes">
        <source>%n skipped: several members go by that name, or the member is already in the chain; choose one or leave it skipped.</source>
        <translation>
            <numerusform>%n 条已跳过：有同名成员，或该成员已在接龙中出现；请选择或保持跳过。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartOptions</name>
    <message>
        <source>Structure chart as PDF</source>
        <translation>结构图导出为 PDF</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <source>Fit on one page</source>
        <translation>缩放到一页</translation>
    </message>
    <message>
        <source>Full size over several pages</source>
        <translation>原尺寸分多页</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>排版</translation>
    </message>
</context>
<context>
    <name>ChartText</name>
    <message>
        <source>Structure of {name}</source>
        <translation>{name} 组织结构</translation>
    </message>
    <message>
        <source>Entry rules</source>
        <translation>入群规则</translation>
    </message>
    <message>
        <source>Removal rules</source>
        <translation>退出/清退规则</translation>
    </message>
    <message>
        <source>Activity rules</source>
        <translation>活动规则</translation>
    </message>
    <message>
        <source>Management mode</source>
        <translation>管理模式</translation>
    </message>
    <message>
        <source>Structure chart</source>
        <translation>组织结构图</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>Weekly</source>
        <translation>按周</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>按日</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>所有小组</translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation>存为 PNG…</translation>
    </message>
    <message>
        <source>Save SVG…</source>
        <translation>存为 SVG…</translation>
    </message>
    <message>
        <source>Save data (CSV)…</source>
        <translation>保存数据（CSV）…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Door check-in: {title}</source>
        <translation>门口签到：{title}</translation>
    </message>
    <message>
        <source>Type a name, pinyin initials or phone; Enter checks in</source>
        <translation>输入姓名、拼音首字母或手机号；回车即签到</translation>
    </message>
    <message>
        <source>After a check-in, type +2 and Enter: two guests came with them.</source>
        <translation>签到后输入 +2 并按 Enter：表示随行两人。</translation>
    </message>
    <message>
        <source>Walk-in…</source>
        <translation>现场加入…</translation>
    </message>
    <message>
        <source>Undo check-in</source>
        <translation>撤销签到</translation>
    </message>
    <message>
        <source>Close check-in…</source>
        <translation>结束签到…</translation>
    </message>
    <message>
        <source>Kiosk mode…</source>
        <translation>自助签到模式…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Matches: {n} — choose with ↑/↓ and Enter.</source>
        <translation>匹配 {n} 人 — 用 ↑/↓ 选择，按 Enter 确认。</translation>
    </message>
    <message>
        <source>{name}: guests +{n}</source>
        <translation>{name}：随行 +{n}</translation>
    </message>
    <message>
        <source>Check someone in first, then type +N and Enter for the guests with them.</source>
        <translation>请先为某人签到，再输入 +N 并按 Enter 记录其随行人数。</translation>
    </message>
    <message>
        <source>{name} is already checked in (since {time}); nothing recorded.</source>
        <translation>{name} 已签到（{time} 起），未重复记录。</translation>
    </message>
    <message>
        <source>✓ {name} checked in</source>
        <translation>✓ {name} 已签到</translation>
    </message>
    <message>
        <source>✓ {name} checked in as a walk-in</source>
        <translation>✓ {name} 已签到（现场加入）</translation>
    </message>
</context>
<context>
    <name>ColumnsTable</name>
    <message>
        <source>Column in file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>First (given) name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Last (family) name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>WeChat remark (备注)</source>
        <translation>微信备注</translation>
    </message>
    <message>
        <source>Group nickname</source>
        <translation>群昵称</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <source>Custom field “{name}” ({kind})</source>
        <translation>自定义字段“{name}”（{kind}）</translation>
    </message>
    <message>
        <source>(ignored)</source>
        <translation>（忽略）</translation>
    </message>
</context>
<context>
    <name>CommunityDialog</name>
    <message>
        <source>Edit community</source>
        <translation>编辑社群</translation>
    </message>
    <message>
        <source>New community</source>
        <translation>新建社群</translation>
    </message>
    <message>
        <source>e.g. 演讲; 设计; 财务 — what the ring of core members should cover</source>
        <translation>例如 演讲; 设计; 财务 —— 核心圈需要覆盖的专长</translation>
    </message>
    <message>
        <source>e.g. 读书会; 徒步 — your own kinds of event</source>
        <translation>例如 读书会; 徒步 —— 你自己的活动类型</translation>
    </message>
    <message>
        <source>e.g. 播客; 读书卡片 — your own kinds of output</source>
        <translation>例如 播客; 读书卡片 —— 你自己的作品类型</translation>
    </message>
    <message>
        <source>e.g. 插画; 翻译 — your own contributor roles</source>
        <translation>例如 插画; 翻译 —— 你自己的贡献角色</translation>
    </message>
    <message>
        <source>e.g. 到了=came; 鸽了=absent; 报了=going — your own words in sign-up and sign-in sheets</source>
        <translation>例如 到了=came; 鸽了=absent; 报了=going —— 你们报名表和签到表里自己的用词</translation>
    </message>
    <message>
        <source>Meanings: going, maybe, declined, waitlisted, invited, came, absent. Imports read these beside the words of Meetup, Eventbrite, Luma and 已报名/请假/√/×.</source>
        <translation>含义：going（参加）、maybe（可能）、declined（不参加）、waitlisted（候补）、invited（已邀请）、came（到场）、absent（缺席）。导入时会与 Meetup、Eventbrite、Luma 及 已报名/请假/√/× 等用词一起识别。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>宗旨</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>价值观</translation>
    </message>
    <message>
        <source>Entry rules</source>
        <translation>入群规则</translation>
    </message>
    <message>
        <source>Removal rules</source>
        <translation>退出/清退规则</translation>
    </message>
    <message>
        <source>Activity rules</source>
        <translation>活动规则</translation>
    </message>
    <message>
        <source>Management mode</source>
        <translation>管理模式</translation>
    </message>
    <message>
        <source>Wanted specialties</source>
        <translation>需要的专长</translation>
    </message>
    <message>
        <source>Event kinds</source>
        <translation>活动类型</translation>
    </message>
    <message>
        <source>Output kinds</source>
        <translation>作品类型</translation>
    </message>
    <message>
        <source>Contributor roles</source>
        <translation>贡献角色</translation>
    </message>
    <message>
        <source>Stalled after (days)</source>
        <translation>停滞判定（天）</translation>
    </message>
    <message>
        <source>Attendance words</source>
        <translation>报名签到用词</translation>
    </message>
    <message>
        <source>&amp;Community</source>
        <translation>社群(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Privacy</source>
        <translation>隐私(&amp;P)</translation>
    </message>
    <message>
        <source>Private fields are left out of everything printed or exported for members: a directory, a sign-in sheet at the door, name badges. Organisers&apos; copies keep them. Members who said no to the directory are left out of members&apos; copies.</source>
        <translation>给成员看的打印和导出（通讯录、门口的签到表、胸牌）不含私密字段；组织者的版本保留它们。不同意列入通讯录的成员不出现在给成员看的版本中。</translation>
    </message>
    <message>
        <source>Private fields</source>
        <translation>私密字段</translation>
    </message>
    <message>
        <source>Restore the defaults</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <source>Phone, email, WeChat ID, QQ and notes private</source>
        <translation>手机、邮箱、微信号、QQ 和备注设为私密</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Mark a custom field private in the members view: More ▸ Custom fields….</source>
        <translation>在成员视图的“更多 ▸ 自定义字段…”中把自定义字段设为私密。</translation>
    </message>
    <message>
        <source>Private: {names}.</source>
        <translation>私密：{names}。</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>联系</translation>
    </message>
    <message>
        <source>photos</source>
        <translation>拍照</translation>
    </message>
    <message>
        <source>the directory</source>
        <translation>通讯录</translation>
    </message>
    <message numerus="yes">
        <source>%n said no to {kind}</source>
        <translation>
            <numerusform>%n 人不同意{kind}</numerusform>
        </translation>
    </message>
    <message>
        <source>No member has said no to contact, photos or the directory.</source>
        <translation>没有成员拒绝联系、拍照或列入通讯录。</translation>
    </message>
    <message>
        <source>Each member&apos;s answers are in their record.</source>
        <translation>每位成员的回答见其记录。</translation>
    </message>
</context>
<context>
    <name>ConflictsTable</name>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>文件中</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>共用</translation>
    </message>
    <message>
        <source>With</source>
        <translation>与</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Keep both (separate members)</source>
        <translation>两者都保留（分别为成员）</translation>
    </message>
    <message>
        <source>Merge into the other</source>
        <translation>合并到对方</translation>
    </message>
    <message>
        <source>Skip this row</source>
        <translation>跳过此行</translation>
    </message>
    <message>
        <source>{name} (line {line})</source>
        <translation>{name}（第 {line} 行）</translation>
    </message>
    <message>
        <source>{name} (already a member)</source>
        <translation>{name}（已是成员）</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>{name} knows…</source>
        <translation>{name} 认识…</translation>
    </message>
    <message>
        <source>Recorded by hand</source>
        <translation>手动记录</translation>
    </message>
    <message>
        <source>Introduced</source>
        <translation>经人介绍</translation>
    </message>
    <message>
        <source>Met at an event</source>
        <translation>活动中认识</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Strength (1–10)</source>
        <translation>强度（1–10）</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Pick the other member from the list.</source>
        <translation>请从列表中选择另一位成员。</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>Contact</source>
        <translation>联系</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>拍照</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>通讯录</translation>
    </message>
    <message>
        <source>May be sent news and invitations</source>
        <translation>可以给他发送消息和邀请</translation>
    </message>
    <message>
        <source>May appear in photos; a no is marked on badges and sign-in sheets</source>
        <translation>可以出现在照片中；不同意的会在胸牌和签到表上标出</translation>
    </message>
    <message>
        <source>Listed in what is printed or exported for members</source>
        <translation>列入给成员看的打印和导出</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>未询问</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>No</source>
        <translation>不同意</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Consent of {name}</source>
        <translation>{name} 的同意</translation>
    </message>
    <message>
        <source>What {name} agreed to, when and how. A no to the directory leaves them out of members&apos; copies; a no to photos is marked on badges and sign-in sheets.</source>
        <translation>{name} 同意了什么、何时、以何种方式。不同意列入通讯录的，不出现在给成员看的版本中；不同意拍照的，在胸牌和签到表上标出。</translation>
    </message>
</context>
<context>
    <name>ConsentLabels</name>
    <message>
        <source>Record consent</source>
        <translation>记录同意</translation>
    </message>
    <message>
        <source>Clear consent</source>
        <translation>清除同意</translation>
    </message>
</context>
<context>
    <name>ConsentWords</name>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>e.g. sign-up form, asked at the door</source>
        <translation>例如 报名表、现场询问</translation>
    </message>
</context>
<context>
    <name>CustomFieldInputs</name>
    <message>
        <source>e.g. 2024-03-05 or 2024年3月5日</source>
        <translation>例如 2024-03-05 或 2024年3月5日</translation>
    </message>
    <message>
        <source>a number, e.g. 12 or 12.5</source>
        <translation>数字，例如 12 或 12.5</translation>
    </message>
</context>
<context>
    <name>CustomFields</name>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>选项</translation>
    </message>
</context>
<context>
    <name>CustomFieldsDialog</name>
    <message>
        <source>Custom fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>私密</translation>
    </message>
    <message>
        <source>Left out of what is printed or exported for members</source>
        <translation>不出现在给成员看的打印和导出中</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Add custom field</source>
        <translation>添加自定义字段</translation>
    </message>
    <message>
        <source>Edit custom field</source>
        <translation>编辑自定义字段</translation>
    </message>
    <message numerus="yes">
        <source>Delete the field “%1” and its value for %n member(s)?</source>
        <translation>
            <numerusform>删除字段“%1”及 %n 名成员的该字段值？</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this with Edit ▸ Undo.</source>
        <translation>可以用 编辑 ▸ 撤销 恢复。</translation>
    </message>
</context>
<context>
    <name>DateFilter</name>
    <message>
        <source>Upcoming</source>
        <translation>即将举行</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>全部日期</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>自定义范围…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
</context>
<context>
    <name>DoorClose</name>
    <message>
        <source>Close check-in</source>
        <translation>结束签到</translation>
    </message>
    <message>
        <source>Mark everyone going who has not arrived as a no-show?</source>
        <translation>把报名但未到场的人标记为缺席？</translation>
    </message>
    <message numerus="yes">
        <source>%n no-show(s) marked.</source>
        <translation>
            <numerusform>已标记 %n 人缺席。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DoorHeadline</name>
    <message>
        <source>{came} / {capacity} — {over} over capacity</source>
        <translation>{came} / {capacity} — 超出容量 {over} 人</translation>
    </message>
    <message>
        <source>going {going}</source>
        <translation>报名 {going}</translation>
    </message>
    <message>
        <source>Checked in {came} · going {going}</source>
        <translation>已签到 {came} · 报名 {going}</translation>
    </message>
    <message>
        <source>(guests among them: {n})</source>
        <translation>（其中随行 {n} 人）</translation>
    </message>
    <message>
        <source>capacity {n}</source>
        <translation>名额 {n}</translation>
    </message>
    <message>
        <source>dddd d MMM</source>
        <translation>M月d日 dddd</translation>
    </message>
    <message>
        <source>This event is on {day}. Check-ins are recorded from that day; nothing is recorded now.</source>
        <translation>本活动在{day}。签到从当天起记录，现在不会记录任何签到。</translation>
    </message>
    <message>
        <source>Not recorded: this event is on {day}.</source>
        <translation>未记录：本活动在{day}。</translation>
    </message>
</context>
<context>
    <name>DoorWords</name>
    <message>
        <source>not on the list</source>
        <translation>不在名单上</translation>
    </message>
    <message>
        <source>Checked in beyond the capacity</source>
        <translation>超出容量后签到</translation>
    </message>
    <message>
        <source>New person: {name}</source>
        <translation>新人：{name}</translation>
    </message>
    <message>
        <source>regular · not on the list</source>
        <translation>常客 · 不在名单上</translation>
    </message>
    <message>
        <source>Came to at least 2 of the last 8 events; click the box to check in as a walk-in</source>
        <translation>最近 8 次活动中至少来过 2 次；点方框即作为现场加入签到</translation>
    </message>
    <message>
        <source>Click the box to check in</source>
        <translation>点方框签到</translation>
    </message>
    <message>
        <source>Checked in at {time} by {laptop}</source>
        <translation>{time} 由 {laptop} 签到</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>same email</source>
        <translation>邮箱相同</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <source>same WeChat ID</source>
        <translation>微信号相同</translation>
    </message>
    <message>
        <source>same QQ</source>
        <translation>QQ 相同</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>姓名相同</translation>
    </message>
    <message>
        <source>same name in pinyin</source>
        <translation>姓名拼音相同</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>姓名相近</translation>
    </message>
    <message>
        <source>same city</source>
        <translation>城市相同</translation>
    </message>
    <message>
        <source>same organisation</source>
        <translation>单位相同</translation>
    </message>
    <message>
        <source>Find duplicates</source>
        <translation>查找重复成员</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>相似度</translation>
    </message>
    <message>
        <source>Member A</source>
        <translation>成员 A</translation>
    </message>
    <message>
        <source>Member B</source>
        <translation>成员 B</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Not a duplicate</source>
        <translation>不是重复</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Merge all identical pairs</source>
        <translation>合并所有完全相同的对</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>正在查找重复成员…</translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate pair(s)</source>
        <translation>
            <numerusform>%n 对可能重复的成员</numerusform>
        </translation>
    </message>
    <message>
        <source>Contacts (all kept)</source>
        <translation>联系方式（全部保留）</translation>
    </message>
    <message>
        <source>both</source>
        <translation>两者</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n identical pair(s).</source>
        <translation>
            <numerusform>已合并 %n 对完全相同的成员。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Encryption</name>
    <message>
        <source>En&amp;cryption</source>
        <translation>加密(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Encrypt workspace…</source>
        <translation>加密工作区(&amp;E)…</translation>
    </message>
    <message>
        <source>Change the &amp;key…</source>
        <translation>更换密钥(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Decrypt workspace…</source>
        <translation>解密工作区(&amp;D)…</translation>
    </message>
    <message>
        <source>Change the key</source>
        <translation>更换密钥</translation>
    </message>
    <message>
        <source>Encrypt workspace</source>
        <translation>加密工作区</translation>
    </message>
    <message>
        <source>Encrypt the workspace under a new key? Its old recovery code stops working, and a new one is shown once.</source>
        <translation>用新密钥加密工作区？旧的恢复码将失效，新的恢复码只显示一次。</translation>
    </message>
    <message>
        <source>Encrypt the workspace and its backups? Beehive keeps the key in this computer&apos;s keyring and shows a recovery code once: on another computer, only that code opens the workspace.</source>
        <translation>加密工作区及其备份？Beehive 会把密钥保存在本机钥匙串中，并显示一次恢复码：在其他电脑上只有这个恢复码能打开工作区。</translation>
    </message>
    <message>
        <source>Decrypt workspace</source>
        <translation>解密工作区</translation>
    </message>
    <message>
        <source>Make the workspace and its backups plain files again? Anyone with the file can then read it.</source>
        <translation>把工作区及其备份恢复为普通文件？之后任何拿到文件的人都能读取。</translation>
    </message>
</context>
<context>
    <name>EncryptionText</name>
    <message>
        <source>Encrypted: {path}. Its key is in this computer&apos;s keyring.</source>
        <translation>已加密：{path}。密钥保存在本机钥匙串中。</translation>
    </message>
    <message>
        <source>Recovery code (shown only now; write it down or print it and keep it apart from the computer — without it, the workspace cannot be opened on another computer or after the keyring is lost):
{code}</source>
        <translation>恢复码（只显示这一次；请抄下或打印，并与电脑分开保管——没有它，换一台电脑或钥匙串丢失后将无法打开工作区）：
{code}</translation>
    </message>
    <message>
        <source>Encrypted with your passphrase: {path}. Beehive asks for it each time.</source>
        <translation>已用你的密码加密：{path}。每次打开时 Beehive 都会询问密码。</translation>
    </message>
    <message>
        <source>Decrypted: {path} and its backups are plain files again.</source>
        <translation>已解密：{path} 及其备份恢复为普通文件。</translation>
    </message>
    <message>
        <source>Unlocked: {path}. Its key is now in this computer&apos;s keyring.</source>
        <translation>已解锁：{path}。密钥已保存到本机钥匙串。</translation>
    </message>
    <message>
        <source>Recovery code or passphrase: </source>
        <translation>恢复码或密码：</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>两次输入的密码不一致；未做任何更改。</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase people</source>
        <translation>删除成员个人资料</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Erase “{name}”?</source>
        <translation>删除“{name}”的个人资料？</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> 等另外 %n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase %n people?</source>
        <translation>
            <numerusform>删除 %n 人的个人资料？</numerusform>
        </translation>
    </message>
    <message>
        <source>the name (shown as “Erased person N” from now on)</source>
        <translation>姓名（此后显示为“已删除的成员 N”）</translation>
    </message>
    <message numerus="yes">
        <source>contacts and accounts: %n</source>
        <translation>
            <numerusform>联系方式和账号：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>custom field values: %n</source>
        <translation>
            <numerusform>自定义字段值：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>consents: %n</source>
        <translation>
            <numerusform>同意记录：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>merged records and their old names: %n</source>
        <translation>
            <numerusform>合并记录及其原名：%n</numerusform>
        </translation>
    </message>
    <message>
        <source>city, organisation, title, tags, interests, notes, the reason for leaving, activity notes</source>
        <translation>城市、单位、职务、标签、兴趣、备注、离开原因、活跃记录的备注</translation>
    </message>
    <message numerus="yes">
        <source>attendance: %n</source>
        <translation>
            <numerusform>出席：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>contributions: %n</source>
        <translation>
            <numerusform>贡献：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>roles: %n</source>
        <translation>
            <numerusform>角色：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>activity records: %n</source>
        <translation>
            <numerusform>活跃记录：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>unit memberships: %n</source>
        <translation>
            <numerusform>小组成员身份：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>people they invited: %n</source>
        <translation>
            <numerusform>其邀请的人：%n</numerusform>
        </translation>
    </message>
    <message>
        <source>status, dates and specialties</source>
        <translation>状态、日期和专长</translation>
    </message>
    <message>
        <source>You can undo this (Edit ▸ Undo) until Beehive&apos;s next backup: at the latest when you close Beehive, or with your first change once an hour has passed; an import or a merge takes one before it starts. After that the erasure is final, in the workspace and in every backup.</source>
        <translation>在 Beehive 下一次备份之前可以撤销（编辑 ▸ 撤销）：最迟在关闭 Beehive 时，或一小时后的第一次修改时；导入或合并开始前也会先备份。此后删除即为最终结果，工作区和所有备份中都不再保留。</translation>
    </message>
</context>
<context>
    <name>EraseLabels</name>
    <message numerus="yes">
        <source>Erase %n member(s)</source>
        <translation>
            <numerusform>删除 %n 位成员的个人资料</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Erased</name>
    <message>
        <source>Erased person {n}</source>
        <translation>已删除的成员 {n}</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
    <message>
        <source>Beehive hit an unexpected error. Your saved data is safe; the last action may not have completed.</source>
        <translation>社群蜂巢遇到意外错误。已保存的数据是安全的；最后一步操作可能未完成。</translation>
    </message>
    <message>
        <source>The details, without personal data, are in {path}</source>
        <translation>详细信息（不含个人数据）已写入 {path}</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详情</translation>
    </message>
</context>
<context>
    <name>EventColumns</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Going</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>已签到</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Recurring event</source>
        <translation>系列活动</translation>
    </message>
    <message>
        <source>Change only this event, or this and all following events of the series?</source>
        <translation>只修改这一次，还是修改这一次及之后的所有活动？</translation>
    </message>
    <message>
        <source>This event</source>
        <translation>仅这一次</translation>
    </message>
    <message>
        <source>This and following</source>
        <translation>这一次及之后</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>编辑活动</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>(whole community)</source>
        <translation>（整个社群）</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>结束(&amp;E)</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Online link</source>
        <translation>线上链接</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>名额</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>简介</translation>
    </message>
    <message>
        <source>Repeat and template</source>
        <translation>重复与模板</translation>
    </message>
    <message>
        <source>until the end date</source>
        <translation>直到结束日期</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Every (weeks or months)</source>
        <translation>每隔（周或月）</translation>
    </message>
    <message>
        <source>Number of events</source>
        <translation>活动次数</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Plan from template</source>
        <translation>套用模板的计划</translation>
    </message>
</context>
<context>
    <name>EventLabels</name>
    <message>
        <source>Online sharing</source>
        <translation>线上分享</translation>
    </message>
    <message>
        <source>Offline meetup</source>
        <translation>线下活动</translation>
    </message>
    <message>
        <source>Homework / challenge</source>
        <translation>作业打卡</translation>
    </message>
    <message>
        <source>Private board</source>
        <translation>私董会</translation>
    </message>
    <message>
        <source>Course session</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主持</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>监督</translation>
    </message>
    <message>
        <source>Demonstrator</source>
        <translation>示范</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>摄影</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>已邀请</translation>
    </message>
    <message>
        <source>going</source>
        <translation>参加</translation>
    </message>
    <message>
        <source>maybe</source>
        <translation>可能</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>不参加</translation>
    </message>
    <message>
        <source>waitlisted</source>
        <translation>候补</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>不重复</translation>
    </message>
    <message>
        <source>Every N weeks</source>
        <translation>每 N 周</translation>
    </message>
    <message>
        <source>Monthly on the same date</source>
        <translation>每月同一日期</translation>
    </message>
    <message>
        <source>Monthly on the same weekday</source>
        <translation>每月同一星期几</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
</context>
<context>
    <name>EventPrinting</name>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>签到表</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>名牌</translation>
    </message>
    <message>
        <source>Duty roster</source>
        <translation>值班表</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>参与证书</translation>
    </message>
</context>
<context>
    <name>EventsView</name>
    <message>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>所有小组</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>新建活动…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Plan…</source>
        <translation>计划…</translation>
    </message>
    <message>
        <source>Guests…</source>
        <translation>名单…</translation>
    </message>
    <message>
        <source>Paste 接龙…</source>
        <translation>粘贴接龙…</translation>
    </message>
    <message>
        <source>Door check-in</source>
        <translation>门口签到</translation>
    </message>
    <message>
        <source>Print and more</source>
        <translation>打印及更多</translation>
    </message>
    <message>
        <source>Print event plan…</source>
        <translation>打印活动计划…</translation>
    </message>
    <message>
        <source>Print sign-in sheet…</source>
        <translation>打印签到表…</translation>
    </message>
    <message>
        <source>Print name badges…</source>
        <translation>打印名牌…</translation>
    </message>
    <message>
        <source>Print duty roster…</source>
        <translation>打印值班表…</translation>
    </message>
    <message>
        <source>Print attendance certificates…</source>
        <translation>打印参与证书…</translation>
    </message>
    <message>
        <source>Export to calendar (.ics)…</source>
        <translation>导出到日历 (.ics)…</translation>
    </message>
    <message>
        <source>Save plan as template…</source>
        <translation>将计划存为模板…</translation>
    </message>
    <message>
        <source>Take out for a second laptop…</source>
        <translation>带出到第二台电脑…</translation>
    </message>
    <message>
        <source>Delete event…</source>
        <translation>删除活动…</translation>
    </message>
    <message>
        <source>No events yet — create one ({key}) or import a calendar (File ▸ Import ▸ Events…, .ics or a table).</source>
        <translation>还没有活动——新建一个（{key}），或导入日历（文件 ▸ 导入 ▸ 活动…，.ics 或表格）。</translation>
    </message>
    <message>
        <source>Import a calendar…</source>
        <translation>导入日历…</translation>
    </message>
    <message>
        <source>No events in these dates or filters.</source>
        <translation>所选日期或筛选条件下没有活动。</translation>
    </message>
    <message>
        <source>Show all events</source>
        <translation>显示全部活动</translation>
    </message>
    <message>
        <source>No events here yet. Create one with New event.</source>
        <translation>这里还没有活动。点“新建活动”创建一个。</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Event plan</source>
        <translation>活动计划</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>签到表</translation>
    </message>
    <message>
        <source>Name badges</source>
        <translation>名牌</translation>
    </message>
    <message>
        <source>Duty roster</source>
        <translation>值班表</translation>
    </message>
    <message>
        <source>Labels per A4 sheet (columns × rows)</source>
        <translation>每张 A4 的标签数（列 × 行）</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>Printout</source>
        <translation>打印内容</translation>
    </message>
    <message>
        <source>Attendance certificates</source>
        <translation>参与证书</translation>
    </message>
    <message>
        <source>This event is not part of a series; the duty roster lists a series&apos; events. Print this event&apos;s plan instead?</source>
        <translation>此活动不属于系列活动；值班表列出的是一个系列的各场活动。改为打印本场活动的流程吗？</translation>
    </message>
    <message>
        <source>Print plan</source>
        <translation>打印流程</translation>
    </message>
    <message>
        <source>Columns to fill in</source>
        <translation>现场填写的列</translation>
    </message>
    <message>
        <source>Blank rows for walk-ins</source>
        <translation>留给现场加入者的空行</translation>
    </message>
    <message>
        <source>Export to calendar</source>
        <translation>导出到日历</translation>
    </message>
    <message>
        <source>Save plan as template</source>
        <translation>将计划存为模板</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>模板名称</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>删除活动</translation>
    </message>
    <message>
        <source>Delete {title} with its plan and guest list? You can undo this.</source>
        <translation>删除“{title}”及其计划和名单？可以撤销。</translation>
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <source>e.g. S; M; L; XL</source>
        <translation>例如 S; M; L; XL</translation>
    </message>
    <message>
        <source>&amp;Private: left out of members&apos; copies</source>
        <translation>私密(&amp;P)：不出现在给成员看的版本中</translation>
    </message>
    <message>
        <source>Printouts and exports for members (a directory, a sign-in sheet) have no column for a private field.</source>
        <translation>给成员看的打印和导出（通讯录、签到表）中没有私密字段这一列。</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Choices</source>
        <translation>选项(&amp;C)</translation>
    </message>
</context>
<context>
    <name>FollowUpsPanel</name>
    <message>
        <source>To follow up this week</source>
        <translation>本周要跟进</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>读取中…</translation>
    </message>
    <message>
        <source>Nothing to follow up this week.</source>
        <translation>本周没有要跟进的事。</translation>
    </message>
    <message>
        <source>Newcomers without a second activity</source>
        <translation>还没有第二次参与的新人</translation>
    </message>
    <message>
        <source>invite them to the next event</source>
        <translation>邀请他们来下一场活动</translation>
    </message>
    <message>
        <source>Drifting members</source>
        <translation>渐渐沉寂的成员</translation>
    </message>
    <message>
        <source>get in touch before they go quiet</source>
        <translation>在他们沉默之前联系一下</translation>
    </message>
    <message>
        <source>Duties nobody has for the next event</source>
        <translation>下一场活动还没人认领的分工</translation>
    </message>
    <message>
        <source>assign them in the plan</source>
        <translation>在流程里分配</translation>
    </message>
    <message>
        <source>Stalled outputs</source>
        <translation>停滞的产出</translation>
    </message>
    <message>
        <source>see the outputs board</source>
        <translation>查看产出看板</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>等另外 %n 人</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuestsDialog</name>
    <message>
        <source>Guests: {title}</source>
        <translation>名单：{title}</translation>
    </message>
    <message>
        <source>tag or interest, e.g. 读书</source>
        <translation>标签或兴趣，例如 读书</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>RSVP</source>
        <translation>报名状态</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>到场</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>邀请</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Invite unit</source>
        <translation>邀请整个小组</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Invite tagged</source>
        <translation>邀请带此标签者</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>从名单移除</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>%n on the list</source>
        <translation>
            <numerusform>名单上 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>going {going}</source>
        <translation>报名 {going}</translation>
    </message>
    <message>
        <source>bringing {n} more</source>
        <translation>另带 {n} 人</translation>
    </message>
    <message>
        <source>The event is full: added to the waitlist.</source>
        <translation>活动已满：已加入候补。</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Beehive user guide</source>
        <translation>社群蜂巢 使用指南</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation ({path}).</source>
        <translation>此安装中缺少使用指南（{path}）。</translation>
    </message>
    <message>
        <source>Find in the guide (Ctrl+F); Enter for the next match</source>
        <translation>在指南中查找（Ctrl+F），按回车跳到下一处</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
</context>
<context>
    <name>HealthSettingsDialog</name>
    <message>
        <source>Health settings</source>
        <translation>健康度设置</translation>
    </message>
    <message>
        <source>Windows and rules</source>
        <translation>时间窗口与规则</translation>
    </message>
    <message>
        <source>connections only</source>
        <translation>只算已记录的链接</translation>
    </message>
    <message>
        <source>Weight of one activity of each kind</source>
        <translation>每类活动一次的权重</translation>
    </message>
    <message>
        <source>Names of the engagement levels</source>
        <translation>参与等级的名称</translation>
    </message>
    <message>
        <source>Swarm names (蜂群)</source>
        <translation>蜂群名称</translation>
    </message>
    <message>
        <source>Active: an activity within</source>
        <translation>活跃：多少天内有活动</translation>
    </message>
    <message>
        <source>Drifting: nothing for</source>
        <translation>渐行渐远：多少天没有活动</translation>
    </message>
    <message>
        <source>Inactive: nothing for</source>
        <translation>不活跃：多少天没有活动</translation>
    </message>
    <message>
        <source>Removal candidate: inactive for</source>
        <translation>清退候选：不活跃满多少天</translation>
    </message>
    <message>
        <source>Removal candidate: not until a member for</source>
        <translation>清退候选：入群满以下天数才计入</translation>
    </message>
    <message>
        <source>Newcomer: joined within</source>
        <translation>新成员：加入不满多少天</translation>
    </message>
    <message>
        <source>Participating: days present in the window</source>
        <translation>参与：窗口内出现的天数</translation>
    </message>
    <message>
        <source>Invitations a member may make a month</source>
        <translation>每位成员每月可邀请的人数</translation>
    </message>
    <message>
        <source>An invitation succeeds if the invitee is active after</source>
        <translation>受邀者多少天后仍活跃算邀请成功</translation>
    </message>
    <message>
        <source>同好: an interest is shared when this many others have it</source>
        <translation>同好：至少多少人有同一兴趣才算共同兴趣</translation>
    </message>
    <message>
        <source>A tie: events attended together (0: connections only)</source>
        <translation>一起参加多少次活动算链接（0：只算已记录的链接）</translation>
    </message>
    <message>
        <source> day</source>
        <translation> 天</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source> invitation</source>
        <translation> 人</translation>
    </message>
    <message>
        <source> invitations</source>
        <translation> 人</translation>
    </message>
    <message>
        <source> other</source>
        <translation> 人</translation>
    </message>
    <message>
        <source> others</source>
        <translation> 人</translation>
    </message>
    <message>
        <source> event</source>
        <translation> 次活动</translation>
    </message>
    <message>
        <source> events</source>
        <translation> 次活动</translation>
    </message>
    <message>
        <source>Attended an event</source>
        <translation>参加活动</translation>
    </message>
    <message>
        <source>Did a duty</source>
        <translation>承担值班</translation>
    </message>
    <message>
        <source>Invited a member</source>
        <translation>邀请成员</translation>
    </message>
    <message>
        <source>Took on a role</source>
        <translation>担任角色</translation>
    </message>
    <message>
        <source>Chat message (imported counts)</source>
        <translation>群聊发言（导入的次数）</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>手动记录</translation>
    </message>
</context>
<context>
    <name>HealthText</name>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>At least one activity in the last {days} days.</source>
        <translation>最近 {days} 天内至少有一次活动。</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新成员</translation>
    </message>
    <message>
        <source>Joined in the last {days} days.</source>
        <translation>最近 {days} 天内加入。</translation>
    </message>
    <message>
        <source>Drifting</source>
        <translation>渐行渐远</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>不活跃</translation>
    </message>
    <message>
        <source>Members whose status is active, without the organising team.</source>
        <translation>状态为在群的成员，不含组织团队。</translation>
    </message>
    <message>
        <source>Active within {inactive} days but not within the last {drifting}.</source>
        <translation>{inactive} 天内有过活动，但最近 {drifting} 天没有。</translation>
    </message>
    <message>
        <source>No activity in the last {inactive} days.</source>
        <translation>最近 {inactive} 天没有任何活动。</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>留存</translation>
    </message>
    <message>
        <source>Of those active in the previous {days} days, the share also active in these.</source>
        <translation>上一个 {days} 天内活跃的人中，本期仍活跃的比例。</translation>
    </message>
    <message>
        <source>Density</source>
        <translation>链接密度</translation>
    </message>
    <message>
        <source>Ties ÷ possible ties between members.</source>
        <translation>已有关系数 ÷ 成员间可能的关系数。</translation>
    </message>
    <message>
        <source>Without ties</source>
        <translation>无链接</translation>
    </message>
    <message>
        <source>Members who have no recorded tie to anyone.</source>
        <translation>没有任何记录关系的成员。</translation>
    </message>
    <message>
        <source>Absence factor</source>
        <translation>缺席系数</translation>
    </message>
    <message>
        <source>The fewest members who together account for half of all activity; 1 or 2 means the community hangs on them.</source>
        <translation>贡献全部活动一半所需的最少成员数；为 1 或 2 说明社群依赖这一两个人。</translation>
    </message>
    <message>
        <source>Top 18% share</source>
        <translation>前 18% 占比</translation>
    </message>
    <message>
        <source>The share of all ties touching the top 18% of members by degree (the 80/18 pattern).</source>
        <translation>链接度前 18% 的成员所涉及的关系占全部关系的比例（80/18 规律）。</translation>
    </message>
    <message>
        <source>同好 Shared interest</source>
        <translation>同好</translation>
    </message>
    <message>
        <source>结构 Structure</source>
        <translation>结构</translation>
    </message>
    <message>
        <source>输出 Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>运营 Operations</source>
        <translation>运营</translation>
    </message>
    <message>
        <source>复制 Replication</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>with an interest others share</source>
        <translation>有与他人相同的兴趣</translation>
    </message>
    <message>
        <source>others at least</source>
        <translation>相同兴趣的人数下限</translation>
    </message>
    <message>
        <source>units</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>with a lead</source>
        <translation>有负责人</translation>
    </message>
    <message>
        <source>within their cap</source>
        <translation>未超人数上限</translation>
    </message>
    <message>
        <source>specialties wanted</source>
        <translation>需要的专长</translation>
    </message>
    <message>
        <source>covered</source>
        <translation>已覆盖</translation>
    </message>
    <message>
        <source>published a month</source>
        <translation>每月发布</translation>
    </message>
    <message>
        <source>contributors</source>
        <translation>贡献者</translation>
    </message>
    <message>
        <source>events a month</source>
        <translation>每月活动</translation>
    </message>
    <message>
        <source>show-up rate</source>
        <translation>到场率</translation>
    </message>
    <message>
        <source>duties</source>
        <translation>值班</translation>
    </message>
    <message>
        <source>filled</source>
        <translation>已安排</translation>
    </message>
    <message>
        <source>chapters</source>
        <translation>分社</translation>
    </message>
    <message>
        <source>event templates</source>
        <translation>活动模板</translation>
    </message>
    <message>
        <source>Members: record interests</source>
        <translation>成员：记录兴趣</translation>
    </message>
    <message>
        <source>Structure: leads and caps</source>
        <translation>结构：负责人与人数上限</translation>
    </message>
    <message>
        <source>Outputs: move works on</source>
        <translation>输出：推进作品</translation>
    </message>
    <message>
        <source>Events: plan and fill duties</source>
        <translation>活动：做计划、排值班</translation>
    </message>
    <message>
        <source>Structure: start a chapter, save templates</source>
        <translation>结构：开分社、存模板</translation>
    </message>
    <message>
        <source>Drifting away: follow up</source>
        <translation>渐行渐远：需要跟进</translation>
    </message>
    <message>
        <source>New, without a second activity yet</source>
        <translation>新成员，尚无第二次活动</translation>
    </message>
    <message>
        <source>Removal candidates to review (提纯)</source>
        <translation>待评估的清退候选（提纯）</translation>
    </message>
    <message>
        <source>Invitation credit (successful: still active after the set days)</source>
        <translation>邀请积分（成功：受邀者在设定天数后仍活跃）</translation>
    </message>
    <message>
        <source>Inviter</source>
        <translation>邀请人</translation>
    </message>
    <message>
        <source>Successful / invited</source>
        <translation>成功 / 邀请</translation>
    </message>
    <message>
        <source>Months over the rule</source>
        <translation>超出规则的月份</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Over cap</source>
        <translation>超上限</translation>
    </message>
    <message>
        <source>Members at this engagement level now; click for their names.</source>
        <translation>当前处于这个参与等级的成员；点击查看名单。</translation>
    </message>
    <message>
        <source>Five conditions</source>
        <translation>五个条件</translation>
    </message>
    <message>
        <source>Strong nodes (强节点): ties, betweenness</source>
        <translation>强节点：链接数、中介度</translation>
    </message>
    <message>
        <source>No activity recorded yet — check people in at events, or import chat activity.</source>
        <translation>尚未记录任何活动——请在活动现场签到，或导入群聊活跃数据。</translation>
    </message>
    <message>
        <source>Check people in at an event</source>
        <translation>去活动现场签到</translation>
    </message>
    <message>
        <source>Import chat activity…</source>
        <translation>导入群聊活跃数据…</translation>
    </message>
    <message>
        <source>Listed once there are %1 days of activity data (recorded since %2).</source>
        <translation>有满 %1 天的活动数据后才列出（自 %2 起有记录）。</translation>
    </message>
    <message>
        <source>No ties recorded yet.</source>
        <translation>尚未记录任何链接。</translation>
    </message>
    <message>
        <source>Computing the health numbers…</source>
        <translation>正在计算健康度指标…</translation>
    </message>
    <message>
        <source>Stopped. Press Refresh to compute again.</source>
        <translation>已停止。按“刷新”重新计算。</translation>
    </message>
</context>
<context>
    <name>HealthView</name>
    <message>
        <source>Record introduction</source>
        <translation>记录引荐</translation>
    </message>
    <message>
        <source>Monthly level review…</source>
        <translation>月度等级评定…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Print report…</source>
        <translation>打印报告…</translation>
    </message>
    <message>
        <source>Save report as PDF…</source>
        <translation>报告另存为 PDF…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Levels changed: {n}.</source>
        <translation>等级有变动的成员：{n} 人。</translation>
    </message>
    <message>
        <source>Record activity…</source>
        <translation>记录活动…</translation>
    </message>
    <message>
        <source>Set a member&apos;s level…</source>
        <translation>设定成员等级…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Units (double-click for their members)</source>
        <translation>小组（双击查看成员）</translation>
    </message>
    <message>
        <source>Suggested introductions (匹配)</source>
        <translation>建议引荐（匹配）</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>总览</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康度</translation>
    </message>
    <message>
        <source>Introductions</source>
        <translation>引荐</translation>
    </message>
    <message>
        <source>Monthly level review</source>
        <translation>月度等级评定</translation>
    </message>
    <message>
        <source>Store every member&apos;s level now, demotions included? You can undo this.</source>
        <translation>现在保存每位成员的等级（包括降级）？可以撤销。</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;User guide</source>
        <translation>使用指南(&amp;U)</translation>
    </message>
    <message>
        <source>Import &amp;column reference…</source>
        <translation>导入列名参考(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>键盘快捷键(&amp;K)…</translation>
    </message>
    <message>
        <source>Show the &amp;data folder</source>
        <translation>打开数据文件夹(&amp;D)</translation>
    </message>
    <message>
        <source>Show this workspace&apos;s &amp;backups folder</source>
        <translation>打开此工作区的备份文件夹(&amp;B)</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Filter by text (a label or a value)</source>
        <translation>按文字筛选（步骤名称或数值）</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>文字：</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>成员：</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n 个步骤</numerusform>
        </translation>
    </message>
    <message>
        <source>undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>too large to undo after a restart</source>
        <translation>过大，重启后无法撤销</translation>
    </message>
    <message>
        <source>details erased</source>
        <translation>详细内容已清除</translation>
    </message>
    <message>
        <source>{field}: {before} → {after}</source>
        <translation>{field}：{before} → {after}</translation>
    </message>
    <message>
        <source>{field}: {value}</source>
        <translation>{field}：{value}</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s); their details were not kept</source>
        <translation>
            <numerusform>%n 处更改；未保留详细内容</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more change(s)</source>
        <translation>
            <numerusform>还有 %n 处更改</numerusform>
        </translation>
    </message>
    <message>
        <source>{what}: {kind}</source>
        <translation>{what}：{kind}</translation>
    </message>
</context>
<context>
    <name>HistoryLabels</name>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Event series</source>
        <translation>系列活动</translation>
    </message>
    <message>
        <source>Event template</source>
        <translation>活动模板</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Unit membership</source>
        <translation>小组成员</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活跃记录</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <source>Custom field value</source>
        <translation>自定义字段值</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>Attendance word</source>
        <translation>出席用语</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>成果</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>贡献</translation>
    </message>
    <message>
        <source>Output status</source>
        <translation>作品状态</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>议程项</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>分工</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>物料</translation>
    </message>
    <message>
        <source>Merged member</source>
        <translation>已合并的成员</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Not a duplicate</source>
        <translation>非重复</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>RSVP</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>RSVP time</source>
        <translation>报名时间</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>签到时间</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>现场加入</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>未到</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>同行人数</translation>
    </message>
    <message>
        <source>Starts (UTC)</source>
        <translation>开始（UTC）</translation>
    </message>
    <message>
        <source>Ends (UTC)</source>
        <translation>结束（UTC）</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>场地</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>宗旨</translation>
    </message>
    <message>
        <source>Set by hand</source>
        <translation>手动设定</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>私密</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>已同意</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>专长</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>阅读量</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销量</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <source>Erased on</source>
        <translation>删除于</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import from {name}</source>
        <translation>从 {name} 导入</translation>
    </message>
    <message>
        <source>Import the valid rows and skip the rejected ones</source>
        <translation>导入有效的行，跳过被拒绝的行</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>前几行</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>被拒绝的行</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <source>Save the list of rejected rows…</source>
        <translation>保存被拒绝的行列表…</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>正在读取 {name}…</translation>
    </message>
    <message numerus="yes">
        <source>%n more: save the list to see them all</source>
        <translation>
            <numerusform>还有 %n 行：保存列表以查看全部</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Possible duplicates (%n)</source>
        <translation>
            <numerusform>可能重复（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>保存被拒绝的行</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
</context>
<context>
    <name>ImportOptions</name>
    <message>
        <source>Decide from the text</source>
        <translation>根据内容判断</translation>
    </message>
    <message>
        <source>Dates are day first (05/03/2024 is 5 March)</source>
        <translation>日期为日在前（05/03/2024 表示 3 月 5 日）</translation>
    </message>
    <message>
        <source>Recognise from the header row</source>
        <translation>根据表头识别</translation>
    </message>
    <message>
        <source>Another file (match columns by name)</source>
        <translation>其他文件（按列名匹配）</translation>
    </message>
    <message>
        <source>Every sheet with these columns</source>
        <translation>所有列相同的工作表</translation>
    </message>
    <message>
        <source>Split remarks written city-name-occupation (北京-赵丽-设计师)</source>
        <translation>拆分“城市-姓名-职业”格式的备注（北京-赵丽-设计师）</translation>
    </message>
    <message>
        <source>Named in the file&apos;s event column</source>
        <translation>按文件中的活动列</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>活动：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Text encoding:</source>
        <translation>文本编码：</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReference</name>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Other columns are kept as custom member fields, or ignored: you choose in the import preview.</source>
        <translation>其他列会存为成员的自定义字段，或者忽略，在导入预览里由你决定。</translation>
    </message>
    <message>
        <source>Other columns are ignored.</source>
        <translation>其他列会被忽略。</translation>
    </message>
    <message>
        <source>A row needs the column marked *. {rest} Headers are compared by meaning: case, spaces, numbering and 您的/your do not matter.</source>
        <translation>每一行都必须有标 * 的列。{rest}表头按意思比对：大小写、空格、题号以及“您的/your”都不影响识别。</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Header names recognised</source>
        <translation>能识别的表头</translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation>内容说明</translation>
    </message>
    <message>
        <source>In {export}:</source>
        <translation>{export}中：</translation>
    </message>
    <message>
        <source>Words read:</source>
        <translation>能识别的写法：</translation>
    </message>
    <message>
        <source>Exports recognised (members)</source>
        <translation>可识别的导出文件（成员）</translation>
    </message>
    <message>
        <source>A members file from one of these tools is recognised by its header row (or choose it under Source in the import preview). Its own columns are read as below; its bookkeeping columns (order numbers, IP addresses, QR links) are left out, not kept as custom fields.</source>
        <translation>以下工具导出的成员文件，凭表头就能认出来（也可以在导入预览的“来源”里手动选择）。它们特有的列按下面的方式读取；工具自己的记账列（订单号、IP 地址、二维码链接等）会直接略过，不会存成自定义字段。</translation>
    </message>
    <message>
        <source>or</source>
        <translation>或</translation>
    </message>
    <message>
        <source>Recognised by the headers:</source>
        <translation>识别依据（表头）：</translation>
    </message>
    <message>
        <source>Its columns:</source>
        <translation>特有的列：</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>略过的列：</translation>
    </message>
    <message>
        <source>(a row whose country is {country})</source>
        <translation>（该行的国家为 {country}）</translation>
    </message>
    <message>
        <source>(text: comma, semicolon or tab separated)</source>
        <translation>（文本：逗号、分号或制表符分隔）</translation>
    </message>
    <message>
        <source>(workbooks: the sheet is chosen in the preview)</source>
        <translation>（工作簿：在预览里选择工作表）</translation>
    </message>
    <message>
        <source>(contact cards, read as a members table)</source>
        <translation>（通讯录名片，按成员表读取）</translation>
    </message>
    <message>
        <source>(calendars, read as an events table)</source>
        <translation>（日历文件，按活动表读取）</translation>
    </message>
    <message>
        <source>(tried in this order; a reading that turns into garbage is never accepted)</source>
        <translation>（按此顺序尝试；读出来是乱码的绝不采用）</translation>
    </message>
    <message>
        <source>UTF-8 or UTF-16 with a byte-order mark (Excel&apos;s “Unicode text”) is read as such.</source>
        <translation>带字节顺序标记（BOM）的 UTF-8 或 UTF-16（Excel 的“Unicode 文本”）直接按其编码读取。</translation>
    </message>
    <message>
        <source>Dates, phones, encodings</source>
        <translation>日期、手机号与编码</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Dates and times are read in these spellings (a time after the date is optional). 05/03/2024 is read as 3 May unless you tick “Dates are day first” in the import preview (the default is in Preferences).</source>
        <translation>日期和时间能识别以下写法（日期后面的时间可有可无）。05/03/2024 默认读作 5 月 3 日；如果你的文件是日在前，请在导入预览里勾选“日期为日在前”（默认值在偏好设置里）。</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Phones are stored in international form (+8613800138000). A number without + is read in the row&apos;s country (from its country, city or postcode column), else in the default phone region of Preferences. These are all read:</source>
        <translation>手机号统一按国际格式保存（+8613800138000）。不带 + 的号码，按该行的国家读取（依据国家、城市或邮编列），没有的话就按偏好设置里的默认手机号地区读取。下面这些写法都能识别：</translation>
    </message>
    <message>
        <source>A number Excel has turned into {example} is refused: its last digits are lost. Format the column as text in the spreadsheet and export again.</source>
        <translation>被 Excel 变成 {example} 这种样子的号码会被拒绝：它的后几位已经丢了。请在表格里把这一列设为文本格式，再重新导出。</translation>
    </message>
    <message>
        <source>Files and encodings</source>
        <translation>文件与编码</translation>
    </message>
    <message>
        <source>Header spellings</source>
        <translation>表头写法</translation>
    </message>
    <message>
        <source>A header is compared by its meaning: full-width letters, Traditional characters (電話), survey numbering (1、 Q2.), 您的/your/请输入, a trailing (必填) or colon, and a second language (姓名 Name) are all looked past. These headers all name the phone column:</source>
        <translation>表头按意思比对：全角字母、繁体字（電話）、问卷题号（1、 Q2.）、“您的/your/请输入”、末尾的（必填）或冒号，以及并列的第二种语言（姓名 Name）都不影响识别。下面这些表头都会被认作手机号列：</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Unit memberships</source>
        <translation>小组成员关系</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Connections (who knows whom)</source>
        <translation>人脉链接（谁认识谁）</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出勤</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Activity (messages, posts, check-ins)</source>
        <translation>活跃记录（发言、发帖、打卡）</translation>
    </message>
    <message>
        <source>The record ID of an earlier Beehive export: the row updates that member.</source>
        <translation>社群蜂巢之前导出的记录编号：这一行会更新对应的成员。</translation>
    </message>
    <message>
        <source>The member&apos;s name. Without it: first + last name, else the WeChat remark, group nickname, nickname or the email&apos;s name.</source>
        <translation>成员姓名。没有这一列时，依次用名 + 姓、微信备注、群昵称、昵称或邮箱 @ 前面的部分。</translation>
    </message>
    <message>
        <source>WeChat nickname; also used to find the member again.</source>
        <translation>微信昵称；也用来再次认出这位成员。</translation>
    </message>
    <message>
        <source>Email; a second email column adds another.</source>
        <translation>邮箱；再有一列邮箱会作为第二个邮箱加上。</translation>
    </message>
    <message>
        <source>Phone; read with the row&apos;s country, city or postcode, else the default phone region. A second phone column adds another.</source>
        <translation>手机号；按该行的国家、城市或邮编判断地区，没有则用默认手机号地区。再有一列电话会作为第二个号码加上。</translation>
    </message>
    <message>
        <source>WeChat ID (微信号).</source>
        <translation>微信号。</translation>
    </message>
    <message>
        <source>QQ number.</source>
        <translation>QQ 号。</translation>
    </message>
    <message>
        <source>City; it also tells which country a phone belongs to.</source>
        <translation>城市；也用来判断手机号属于哪个国家。</translation>
    </message>
    <message>
        <source>Country, by name or two-letter code; read for the phone, not stored.</source>
        <translation>国家，写名称或两位字母代码均可；只用来读手机号，不保存。</translation>
    </message>
    <message>
        <source>Company or organisation.</source>
        <translation>公司或单位。</translation>
    </message>
    <message>
        <source>Job title or occupation.</source>
        <translation>职位或职业。</translation>
    </message>
    <message>
        <source>Interests (同好), separated by ; , 、 or |.</source>
        <translation>兴趣（同好），用 ; , 、 或 | 分隔。</translation>
    </message>
    <message>
        <source>Specialties, separated like interests.</source>
        <translation>专长，分隔方式同兴趣。</translation>
    </message>
    <message>
        <source>Tags, separated like interests.</source>
        <translation>标签，分隔方式同兴趣。</translation>
    </message>
    <message>
        <source>The date the member joined.</source>
        <translation>入群日期。</translation>
    </message>
    <message>
        <source>Who invited them: a member&apos;s name, email, phone or WeChat ID.</source>
        <translation>邀请人：成员的姓名、邮箱、手机号或微信号。</translation>
    </message>
    <message>
        <source>Active, left or removed.</source>
        <translation>活跃、已退出或已清退。</translation>
    </message>
    <message>
        <source>When the status began (the day they left).</source>
        <translation>状态开始的日期（比如退群那天）。</translation>
    </message>
    <message>
        <source>Why they left or were removed.</source>
        <translation>退出或被清退的原因。</translation>
    </message>
    <message>
        <source>First (given) name, joined with the last name into the name.</source>
        <translation>名，和姓拼成完整姓名。</translation>
    </message>
    <message>
        <source>Last (family) name: 张 + 伟 gives 张伟, Ada + Lovelace gives Ada Lovelace.</source>
        <translation>姓：张 + 伟 拼成 张伟，Ada + Lovelace 拼成 Ada Lovelace。</translation>
    </message>
    <message>
        <source>Postcode; read for the phone&apos;s country, not stored.</source>
        <translation>邮编；只用来判断手机号的国家，不保存。</translation>
    </message>
    <message>
        <source>WeChat remark (备注): the name when the row has none.</source>
        <translation>微信备注：这一行没有姓名时用它当姓名。</translation>
    </message>
    <message>
        <source>Nickname in the WeChat group (群昵称).</source>
        <translation>在微信群里的群昵称。</translation>
    </message>
    <message>
        <source>The unit&apos;s (sub-group&apos;s) name.</source>
        <translation>小组（分群）的名称。</translation>
    </message>
    <message>
        <source>The unit it sits under; blank for a top unit.</source>
        <translation>上级小组；最顶层的小组留空。</translation>
    </message>
    <message>
        <source>Pyramid or ring.</source>
        <translation>金字塔或环形。</translation>
    </message>
    <message>
        <source>The member who leads it.</source>
        <translation>负责这个小组的成员。</translation>
    </message>
    <message>
        <source>Size cap: past it, Beehive suggests a split.</source>
        <translation>人数上限：超过后社群蜂巢会建议拆分。</translation>
    </message>
    <message>
        <source>How it is managed.</source>
        <translation>管理方式。</translation>
    </message>
    <message>
        <source>Whether this is the member&apos;s main unit.</source>
        <translation>是否为该成员的主要小组。</translation>
    </message>
    <message>
        <source>The role: leader, sub-group lead, core member, secretary, operator…</source>
        <translation>角色：领袖、分群主、核心成员、秘书、运营……</translation>
    </message>
    <message>
        <source>The specialty a ring&apos;s core member brings.</source>
        <translation>环形小组里这位核心成员贡献的专长。</translation>
    </message>
    <message>
        <source>The day the role began.</source>
        <translation>担任角色的开始日期。</translation>
    </message>
    <message>
        <source>The day it ended; blank while it lasts.</source>
        <translation>结束日期；仍在任就留空。</translation>
    </message>
    <message>
        <source>One member of the pair.</source>
        <translation>这对关系中的一位成员。</translation>
    </message>
    <message>
        <source>The member they know.</source>
        <translation>他认识的那位成员。</translation>
    </message>
    <message>
        <source>How strong the tie is, 1 to 10 (blank: 5).</source>
        <translation>关系强度，1 到 10（留空为 5）。</translation>
    </message>
    <message>
        <source>Since when they know each other.</source>
        <translation>从什么时候开始认识。</translation>
    </message>
    <message>
        <source>How they met.</source>
        <translation>怎么认识的。</translation>
    </message>
    <message>
        <source>The event&apos;s title.</source>
        <translation>活动标题。</translation>
    </message>
    <message>
        <source>The kind of event (or one of the community&apos;s own kinds).</source>
        <translation>活动类型（也可以是社群自定义的类型）。</translation>
    </message>
    <message>
        <source>Date and time it starts, in the event&apos;s time zone.</source>
        <translation>开始日期和时间，按活动所在时区。</translation>
    </message>
    <message>
        <source>Date and time it ends.</source>
        <translation>结束日期和时间。</translation>
    </message>
    <message>
        <source>Where it takes place.</source>
        <translation>活动地点。</translation>
    </message>
    <message>
        <source>How many people fit.</source>
        <translation>能容纳多少人。</translation>
    </message>
    <message>
        <source>The recurring series it belongs to.</source>
        <translation>所属的系列活动。</translation>
    </message>
    <message>
        <source>Time zone such as Asia/Shanghai; blank: the community&apos;s usual one.</source>
        <translation>时区，如 Asia/Shanghai；留空则用社群常用的时区。</translation>
    </message>
    <message>
        <source>The meeting link of an online event.</source>
        <translation>线上活动的会议链接。</translation>
    </message>
    <message>
        <source>Filled by calendar (.ics) files: the date of this occurrence in its series.</source>
        <translation>由日历文件（.ics）填写：这一场在系列中的日期。</translation>
    </message>
    <message>
        <source>Filled by calendar (.ics) files: the series&apos; repeat rule.</source>
        <translation>由日历文件（.ics）填写：系列的重复规则。</translation>
    </message>
    <message>
        <source>The event&apos;s title (or choose the event in the import dialog).</source>
        <translation>活动标题（也可以在导入对话框里直接选活动）。</translation>
    </message>
    <message>
        <source>When the event starts, to tell apart events of the same title.</source>
        <translation>活动开始时间，用来区分同名的活动。</translation>
    </message>
    <message>
        <source>The answer to the invitation.</source>
        <translation>对邀请的回复。</translation>
    </message>
    <message>
        <source>Whether they came.</source>
        <translation>是否到场。</translation>
    </message>
    <message>
        <source>When they checked in; a time here means they came.</source>
        <translation>签到时间；填了时间就算到场。</translation>
    </message>
    <message>
        <source>How many guests came with them.</source>
        <translation>同行来了几位朋友。</translation>
    </message>
    <message>
        <source>The work&apos;s title.</source>
        <translation>作品标题。</translation>
    </message>
    <message>
        <source>Article, course, talk, book, video, homework, sticker pack…</source>
        <translation>文章、课程、分享、书、视频、作业、表情包……</translation>
    </message>
    <message>
        <source>Where the work stands.</source>
        <translation>作品目前的进展。</translation>
    </message>
    <message>
        <source>Who made it, each with a role after a colon: 张三:作者; 李四:编辑 (a name alone is an author).</source>
        <translation>贡献者，每人后面用冒号写角色：张三:作者; 李四:编辑（只写名字算作者）。</translation>
    </message>
    <message>
        <source>The event where it was presented.</source>
        <translation>在哪场活动上分享的。</translation>
    </message>
    <message>
        <source>When that event started, to tell apart events of the same title.</source>
        <translation>那场活动的开始时间，用来区分同名的活动。</translation>
    </message>
    <message>
        <source>The day it was published.</source>
        <translation>发布日期。</translation>
    </message>
    <message>
        <source>A link to it, or its file.</source>
        <translation>作品链接或文件。</translation>
    </message>
    <message>
        <source>The day the idea was noted.</source>
        <translation>想法记下的日期。</translation>
    </message>
    <message>
        <source>The day of the activity; not in the future.</source>
        <translation>活跃的日期；不能是将来的日期。</translation>
    </message>
    <message>
        <source>What kind of activity; blank: chat.</source>
        <translation>活跃的类型；留空算作聊天。</translation>
    </message>
    <message>
        <source>How many (messages, posts); blank: 1.</source>
        <translation>次数（发言数、发帖数）；留空算 1。</translation>
    </message>
    <message>
        <source>The member: their name, email, phone or WeChat ID.</source>
        <translation>成员：姓名、邮箱、手机号或微信号。</translation>
    </message>
    <message>
        <source>The unit (sub-group), by name.</source>
        <translation>小组（分群）名称。</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation>备注。</translation>
    </message>
    <message>
        <source>A description.</source>
        <translation>说明。</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>First (given) name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Last (family) name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <source>WeChat remark</source>
        <translation>微信备注</translation>
    </message>
    <message>
        <source>Group nickname</source>
        <translation>群昵称</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>专长</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>人数上限</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Online link</source>
        <translation>线上链接</translation>
    </message>
    <message>
        <source>Occurrence date</source>
        <translation>场次日期</translation>
    </message>
    <message>
        <source>Repeat rule</source>
        <translation>重复规则</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Event start</source>
        <translation>活动开始时间</translation>
    </message>
    <message>
        <source>RSVP</source>
        <translation>报名状态</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>是否到场</translation>
    </message>
    <message>
        <source>Checked in at</source>
        <translation>签到时间</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>名单</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>贡献者</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Idea date</source>
        <translation>想法日期</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ImportReferenceDialog</name>
    <message>
        <source>Import column reference</source>
        <translation>导入列名参考</translation>
    </message>
    <message>
        <source>Exports recognised</source>
        <translation>可识别的导出文件</translation>
    </message>
    <message>
        <source>Dates, phones, encodings</source>
        <translation>日期、手机号与编码</translation>
    </message>
    <message>
        <source>&amp;Copy this page</source>
        <translation>复制本页(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>另存为(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the import column reference</source>
        <translation>保存导入列名参考</translation>
    </message>
    <message>
        <source>import columns.html</source>
        <translation>导入列名参考.html</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}</source>
        <translation>无法保存 {path}：{reason}</translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message>
        <source>the WeChat remark (备注)</source>
        <translation>微信备注</translation>
    </message>
    <message>
        <source>the group nickname</source>
        <translation>群昵称</translation>
    </message>
    <message>
        <source>the WeChat nickname</source>
        <translation>微信昵称</translation>
    </message>
    <message>
        <source>the email address</source>
        <translation>邮箱地址</translation>
    </message>
    <message numerus="yes">
        <source>{name} (%n row(s))</source>
        <translation>
            <numerusform>{name}（%n 行）</numerusform>
        </translation>
    </message>
    <message>
        <source>Sheets read: {sheets}.</source>
        <translation>已读取的工作表：{sheets}。</translation>
    </message>
    <message>
        <source>Rows of {sheets} take the status its name says.</source>
        <translation>{sheets} 中的行按工作表名称设定状态。</translation>
    </message>
    <message>
        <source>Not read: {sheets} (choose one under Sheet).</source>
        <translation>未读取：{sheets}（可在“工作表”中选择）。</translation>
    </message>
    <message>
        <source>{rows} rows ({encoding}): {new} new members, {matched} matching existing members, {bad} rejected.</source>
        <translation>共 {rows} 行（{encoding}）：新成员 {new} 位，匹配到已有成员 {matched} 位，拒绝 {bad} 行。</translation>
    </message>
    <message>
        <source>{rows} rows ({encoding}): {ok} ready to import, {bad} rejected.</source>
        <translation>共 {rows} 行（{encoding}）：{ok} 行可导入，拒绝 {bad} 行。</translation>
    </message>
    <message>
        <source>Recognised: {source}</source>
        <translation>已识别：{source}</translation>
    </message>
    <message numerus="yes">
        <source>Headers in another language: %n column(s) read by their place in the source&apos;s layout (see Columns).</source>
        <translation>
            <numerusform>表头为其他语言：按来源的列顺序读取了 %n 列（见“列”）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) built from {source}, as the rows have no name.</source>
        <translation>
            <numerusform>%n 个姓名取自{source}（这些行没有姓名）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) share an email, phone or WeChat ID with someone of another name: decide in Possible duplicates.</source>
        <translation>
            <numerusform>%n 行与另一个姓名的人共用邮箱、电话或微信号：请在“可能重复”中决定。</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept as custom fields: {names}</source>
        <translation>保留为自定义字段：{names}</translation>
    </message>
    <message numerus="yes">
        <source>Ignored %n column(s) the source keeps for itself (see Columns).</source>
        <translation>
            <numerusform>已忽略来源自用的 %n 列（见“列”）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Ignored unknown columns: {names}</source>
        <translation>已忽略无法识别的列：{names}</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Check-in: {title}</source>
        <translation>签到：{title}</translation>
    </message>
    <message>
        <source>Welcome to {title}</source>
        <translation>欢迎参加 {title}</translation>
    </message>
    <message>
        <source>Type your name or phone</source>
        <translation>请输入你的姓名或手机号</translation>
    </message>
    <message>
        <source>Check me in</source>
        <translation>为我签到</translation>
    </message>
    <message>
        <source>Many names match; type more of yours.</source>
        <translation>匹配的名字太多，请多输入一些。</translation>
    </message>
    <message>
        <source>No one of that name here. Please ask an organiser.</source>
        <translation>没有找到这个名字。请找组织者帮忙。</translation>
    </message>
    <message>
        <source>Choose your name in the list, then Check me in.</source>
        <translation>请在列表中选出你的名字，再点“为我签到”。</translation>
    </message>
    <message>
        <source>{name}, you are already checked in (since {time}).</source>
        <translation>{name}，你已经签到过了（{time}）。</translation>
    </message>
    <message>
        <source>Welcome, {name}! You are checked in.</source>
        <translation>欢迎，{name}！签到成功。</translation>
    </message>
    <message>
        <source>Wrong PIN: the kiosk stays open.</source>
        <translation>PIN 错误：自助签到保持开启。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>left</source>
        <translation>已退出</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已清退</translation>
    </message>
    <message>
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <source>WeChat nickname</source>
        <translation>微信昵称</translation>
    </message>
    <message>
        <source>QQ</source>
        <translation>QQ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Centralised</source>
        <translation>集中管理</translation>
    </message>
    <message>
        <source>By sub-groups</source>
        <translation>分群管理</translation>
    </message>
    <message>
        <source>Self-governing</source>
        <translation>自治管理</translation>
    </message>
    <message>
        <source>Unmanaged</source>
        <translation>不管理</translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>兴趣</translation>
    </message>
    <message>
        <source>Specialties</source>
        <translation>专长</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>加入时间</translation>
    </message>
    <message>
        <source>Invited by</source>
        <translation>邀请人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Status date</source>
        <translation>状态日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation>上级小组</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Size cap</source>
        <translation>人数上限</translation>
    </message>
    <message>
        <source>Management mode</source>
        <translation>管理模式</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Primary unit</source>
        <translation>主要小组</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Member A</source>
        <translation>成员A</translation>
    </message>
    <message>
        <source>Member B</source>
        <translation>成员B</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>强度</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>认识时间</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>精神领袖/群主</translation>
    </message>
    <message>
        <source>Sub-group lead</source>
        <translation>分群主</translation>
    </message>
    <message>
        <source>Core member</source>
        <translation>核心成员</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>秘书</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>运营</translation>
    </message>
    <message>
        <source>Assigns tasks</source>
        <translation>分配任务</translation>
    </message>
    <message>
        <source>Sends notices</source>
        <translation>发布通知</translation>
    </message>
    <message>
        <source>Supervises</source>
        <translation>监督</translation>
    </message>
    <message>
        <source>Demonstrates</source>
        <translation>示范</translation>
    </message>
</context>
<context>
    <name>LeftPeopleDialog</name>
    <message>
        <source>People who left</source>
        <translation>已离开的成员</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>离开日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Export first…</source>
        <translation>先导出…</translation>
    </message>
    <message>
        <source>Write everything about the selected person (JSON and PDF) before erasing</source>
        <translation>删除前写出所选成员的全部资料（JSON 和 PDF）</translation>
    </message>
    <message>
        <source>Erase selected…</source>
        <translation>删除所选…</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) left or were removed more than {months} months ago (or on a day not known) and are not erased. Erasing keeps their attendance, contributions and roles in every count, without who they were.</source>
        <translation>
            <numerusform>%n 位成员在 {months} 个月前（或日期未知）离开或被移除，尚未删除个人资料。删除后，他们的出席、贡献和角色仍计入所有统计，但不再保留身份信息。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody left more than {months} months ago without being erased.</source>
        <translation>没有在 {months} 个月前离开而尚未删除的成员。</translation>
    </message>
</context>
<context>
    <name>LevelDialog</name>
    <message>
        <source>(computed)</source>
        <translation>（按计算）</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>关注</translation>
    </message>
    <message>
        <source>Participating</source>
        <translation>参与</translation>
    </message>
    <message>
        <source>Contributing</source>
        <translation>贡献</translation>
    </message>
    <message>
        <source>Leading</source>
        <translation>引领</translation>
    </message>
    <message>
        <source>Set engagement level</source>
        <translation>设定参与等级</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>No single member matches; pick one from the list.</source>
        <translation>没有唯一匹配的成员；请从列表中选择。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>结构</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康度</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>Community:</source>
        <translation>社群：</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>新建工作区(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Print this view…</source>
        <translation>打印当前视图(&amp;P)…</translation>
    </message>
    <message>
        <source>Members: the list as filtered · Structure: the chart · Events: the selected event&apos;s plan · Outputs: the compilation · Health: the one-page report</source>
        <translation>成员：筛选后的名单 · 结构：结构图 · 活动：所选活动的计划 · 输出：作品合集 · 健康度：一页报告</translation>
    </message>
    <message>
        <source>Members list as P&amp;DF…</source>
        <translation>成员名单导出为 P&amp;DF…</translation>
    </message>
    <message>
        <source>Connect to a &amp;team server…</source>
        <translation>连接团队服务器(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>历史记录(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Community</source>
        <translation>社群(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New community…</source>
        <translation>新建社群(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit community…</source>
        <translation>编辑社群(&amp;E)…</translation>
    </message>
    <message>
        <source>New &amp;chapter from this community…</source>
        <translation>以本社群为模板新建分会(&amp;C)…</translation>
    </message>
    <message>
        <source>Export structure &amp;chart…</source>
        <translation>导出结构图(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Print structure chart…</source>
        <translation>打印结构图(&amp;P)…</translation>
    </message>
    <message>
        <source>People who &amp;left…</source>
        <translation>已离开的成员(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Team…</source>
        <translation>团队(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Beehive</source>
        <translation>关于社群蜂巢(&amp;A)</translation>
    </message>
    <message>
        <source>(read-only copy of a backup)</source>
        <translation>（备份的只读副本）</translation>
    </message>
    <message>
        <source>Team workspace on {server}</source>
        <translation>团队工作区：{server}</translation>
    </message>
    <message>
        <source>Workspace upgraded; a copy was kept at {path}</source>
        <translation>工作区已升级；原文件副本保存在 {path}</translation>
    </message>
    <message>
        <source>Changes by %1 were loaded.</source>
        <translation>已载入 %1 的改动。</translation>
    </message>
    <message>
        <source>Changes written by another Beehive process were loaded.</source>
        <translation>已载入另一个 Beehive 进程写入的更改。</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <source>Open its newest good backup instead?</source>
        <translation>改为打开它最新的完好备份吗？</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>New chapter</source>
        <translation>新建分会</translation>
    </message>
    <message>
        <source>Name of the new chapter:</source>
        <translation>新分会的名称：</translation>
    </message>
    <message>
        <source>{name} (new chapter)</source>
        <translation>{name}（新分会）</translation>
    </message>
    <message>
        <source>Export structure chart</source>
        <translation>导出结构图</translation>
    </message>
    <message>
        <source>Print members list</source>
        <translation>打印成员名单</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <source>About Beehive</source>
        <translation>关于社群蜂巢</translation>
    </message>
    <message>
        <source>Beehive (社群蜂巢) 0.1
For organisers of interest communities.</source>
        <translation>社群蜂巢 (Beehive) 0.1
为兴趣社群的组织者而做。</translation>
    </message>
</context>
<context>
    <name>MegabytesBox</name>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
</context>
<context>
    <name>MemberDetail</name>
    <message>
        <source>Select a member to see their record.</source>
        <translation>选择一位成员以查看其档案。</translation>
    </message>
    <message>
        <source>Invited by {name}</source>
        <translation>由 {name} 邀请</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>所在小组</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>now</source>
        <translation>至今</translation>
    </message>
    <message numerus="yes">
        <source>Knows %n member(s)</source>
        <translation>
            <numerusform>认识 %n 位成员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attended %n event(s)</source>
        <translation>
            <numerusform>参加过 %n 次活动</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>invited to %n</source>
        <translation>
            <numerusform>受邀 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contributed to %n output(s)</source>
        <translation>
            <numerusform>参与了 %n 件作品</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Invited %n person(s)</source>
        <translation>
            <numerusform>邀请了 %n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still active</source>
        <translation>
            <numerusform>%n 人仍活跃</numerusform>
        </translation>
    </message>
    <message>
        <source>{invited}, {active}</source>
        <translation>{invited}，{active}</translation>
    </message>
</context>
<context>
    <name>MemberEditor</name>
    <message>
        <source>Edit member</source>
        <translation>编辑成员</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <source>separate with ; or 、</source>
        <translation>用 ; 或 、 分隔</translation>
    </message>
    <message>
        <source>e.g. 2024-03-05 or 2024年3月5日</source>
        <translation>例如 2024-03-05 或 2024年3月5日</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>兴趣</translation>
    </message>
    <message>
        <source>Specialties</source>
        <translation>专长</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>加入时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Status date</source>
        <translation>状态日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Invited by</source>
        <translation>邀请人</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>添加联系方式</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>删除联系方式</translation>
    </message>
    <message numerus="yes">
        <source>This inviter already invited %n member(s) in %1; the rule is at most %2 a month.</source>
        <translation>
            <numerusform>这位邀请人在 %1 已邀请了 %n 人；规则是每月最多 %2 人。</numerusform>
        </translation>
    </message>
    <message>
        <source>No single member matches the inviter; pick one from the list.</source>
        <translation>没有唯一匹配的邀请人，请从列表中选择。</translation>
    </message>
</context>
<context>
    <name>MemberListDialog</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n 名成员</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody.</source>
        <translation>没有人。</translation>
    </message>
    <message>
        <source>Copy names</source>
        <translation>复制名单</translation>
    </message>
</context>
<context>
    <name>MemberPicker</name>
    <message>
        <source>Type a name, pinyin initials or phone</source>
        <translation>输入姓名、拼音首字母或手机号</translation>
    </message>
</context>
<context>
    <name>MembersView</name>
    <message>
        <source>Filter: name, pinyin (zhangsan, zs), nickname, WeChat, phone, email, tag</source>
        <translation>筛选：姓名、拼音（zhangsan、zs）、昵称、微信、手机、邮箱、标签</translation>
    </message>
    <message>
        <source>A custom field: type its name, = and a value (T恤尺码 = L); for numbers and dates also &lt; or &gt;; nothing after = finds members without a value. Consent: photos = no, directory = yes, contact = (never asked).</source>
        <translation>自定义字段：输入字段名、= 和值（T恤尺码 = L）；数字和日期也可用 &lt; 或 &gt;；= 后不写内容则查找没有填写该字段的成员。同意：拍照 = 不同意、通讯录 = 同意、联系 =（未询问）。</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>No members yet — import a list (File ▸ Import ▸ Members…, {import_key}) or add one ({add_key}).</source>
        <translation>还没有成员——导入一份名单（文件 ▸ 导入 ▸ 成员…，{import_key}），或添加一位（{add_key}）。</translation>
    </message>
    <message>
        <source>Import members…</source>
        <translation>导入成员…</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>添加成员…</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Nobody matches “{text}”.</source>
        <translation>没有人符合“{text}”。</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Add tag…</source>
        <translation>添加标签…</translation>
    </message>
    <message>
        <source>Remove tag…</source>
        <translation>移除标签…</translation>
    </message>
    <message>
        <source>Set status…</source>
        <translation>设置状态…</translation>
    </message>
    <message>
        <source>Connect the two selected…</source>
        <translation>连接选中的两位…</translation>
    </message>
    <message>
        <source>Find duplicates…</source>
        <translation>查找重复成员…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Custom fields…</source>
        <translation>自定义字段…</translation>
    </message>
    <message>
        <source>Export everything about this person…</source>
        <translation>导出此人的全部资料…</translation>
    </message>
    <message>
        <source>Erase this person…</source>
        <translation>删除此人的个人资料…</translation>
    </message>
    <message>
        <source>People who left…</source>
        <translation>已离开的成员…</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n 位成员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>已选 %n 位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n member(s)?</source>
        <translation>
            <numerusform>删除 %n 位成员？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They invited %n other member(s); those will have no inviter.</source>
        <translation>
            <numerusform>他们邀请过 %n 位其他成员，这些成员的邀请人将被清空。</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this with Edit ▸ Undo.</source>
        <translation>可以通过 编辑 ▸ 撤销 恢复。</translation>
    </message>
    <message>
        <source>Delete members</source>
        <translation>删除成员</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>移除标签</translation>
    </message>
    <message numerus="yes">
        <source>Tags (separate with ;) for %n member(s):</source>
        <translation>
            <numerusform>为 %n 位成员设置的标签（用 ; 分隔）：</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect members</source>
        <translation>连接成员</translation>
    </message>
    <message>
        <source>Select exactly two members.</source>
        <translation>请恰好选择两位成员。</translation>
    </message>
    <message>
        <source>How well do they know each other (1–10)?</source>
        <translation>他们彼此有多熟悉（1–10）？</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
</context>
<context>
    <name>MergeText</name>
    <message>
        <source>Merged “{other}” into “{survivor}”.</source>
        <translation>已将“{other}”合并到“{survivor}”。</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>A name is required.</source>
        <translation>姓名不能为空。</translation>
    </message>
    <message>
        <source>Invalid email address: {value}</source>
        <translation>邮箱地址无效：{value}</translation>
    </message>
    <message>
        <source>Invalid phone number: {value}</source>
        <translation>手机号码无效：{value}</translation>
    </message>
    <message>
        <source>Date not understood: {value} (try 2024-03-05)</source>
        <translation>无法识别的日期：{value}（请用 2024-03-05 这样的格式）</translation>
    </message>
    <message>
        <source>Unknown status: {value} (active, left or removed)</source>
        <translation>未知状态：{value}（活跃、已退出或已清退）</translation>
    </message>
    <message>
        <source>Unknown kind of contact: {value}</source>
        <translation>未知的联系方式类型：{value}</translation>
    </message>
    <message>
        <source>Unknown management mode: {value}</source>
        <translation>未知的管理模式：{value}</translation>
    </message>
    <message>
        <source>The inviter would be someone this member (indirectly) invited.</source>
        <translation>邀请人不能是该成员（直接或间接）邀请来的人。</translation>
    </message>
    <message>
        <source>Unknown inviter: {value}</source>
        <translation>找不到邀请人：{value}</translation>
    </message>
    <message>
        <source>More than one member matches the inviter: {value}</source>
        <translation>有多位成员与邀请人匹配：{value}</translation>
    </message>
    <message>
        <source>The row&apos;s contacts belong to several different members.</source>
        <translation>这一行的联系方式分属多位不同的成员。</translation>
    </message>
    <message>
        <source>The file&apos;s text encoding was not recognised (tried {value}).</source>
        <translation>无法识别文件的文字编码（已尝试 {value}）。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation>文件只有表头，没有数据行。</translation>
    </message>
    <message>
        <source>No name column was found (expected a header such as name or 姓名).</source>
        <translation>没有找到姓名列（表头应为 name 或 姓名 等）。</translation>
    </message>
    <message>
        <source>The file could not be read: {value}</source>
        <translation>无法读取文件：{value}</translation>
    </message>
    <message>
        <source>Unsupported file type: {value} (use .csv or .xlsx)</source>
        <translation>不支持的文件类型：{value}（请使用 .csv 或 .xlsx）</translation>
    </message>
    <message>
        <source>This file is not a Beehive workspace: {value}</source>
        <translation>这个文件不是社群蜂巢工作区：{value}</translation>
    </message>
    <message>
        <source>This workspace was written by a newer version of Beehive and was left untouched: {value}</source>
        <translation>该工作区由更新版本的社群蜂巢创建，未做任何改动：{value}</translation>
    </message>
    <message>
        <source>The records changed since; this step can no longer be undone or redone.</source>
        <translation>记录已被改动，这一步无法再撤销或重做。</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>该记录已不存在。</translation>
    </message>
    <message>
        <source>A community needs a name.</source>
        <translation>社群需要一个名称。</translation>
    </message>
    <message>
        <source>A community with this name already exists: {value}</source>
        <translation>已有同名社群：{value}</translation>
    </message>
    <message>
        <source>No community of that name: {value}</source>
        <translation>没有这个名称的社群：{value}</translation>
    </message>
    <message>
        <source>This workspace holds several communities; pick one with --community ({value}).</source>
        <translation>该工作区有多个社群，请用 --community 指定（{value}）。</translation>
    </message>
    <message>
        <source>Unknown kind: {value}</source>
        <translation>未知类型：{value}</translation>
    </message>
    <message>
        <source>This report is available with --json for now: {value}</source>
        <translation>该报告目前只支持 --json：{value}</translation>
    </message>
    <message>
        <source>The file has no {value} column.</source>
        <translation>文件中没有 {value} 列。</translation>
    </message>
    <message>
        <source>A unit needs a name.</source>
        <translation>小组需要一个名称。</translation>
    </message>
    <message>
        <source>The event ends before it starts.</source>
        <translation>活动的结束时间早于开始时间。</translation>
    </message>
    <message>
        <source>An event needs a title.</source>
        <translation>活动需要标题。</translation>
    </message>
    <message>
        <source>Capacity cannot be negative (got {value}); 0 means no limit.</source>
        <translation>名额不能为负（收到 {value}）；0 表示不限。</translation>
    </message>
    <message>
        <source>Unknown time zone: {value}</source>
        <translation>未知时区：{value}</translation>
    </message>
    <message>
        <source>Date and time not understood: {value} (try 2026-12-05 19:00)</source>
        <translation>无法识别的日期时间：{value}（可写作 2026-12-05 19:00）</translation>
    </message>
    <message>
        <source>Unknown repeat rule: {value}</source>
        <translation>未知的重复规则：{value}</translation>
    </message>
    <message>
        <source>A series repeats every 1 or more weeks or months (got {value}).</source>
        <translation>系列活动的间隔须为 1 周或 1 个月以上（收到 {value}）。</translation>
    </message>
    <message>
        <source>A series needs an end date or a number of events.</source>
        <translation>系列活动需要结束日期或次数。</translation>
    </message>
    <message>
        <source>This repeat rule gives no dates: check its start and end.</source>
        <translation>这个重复规则没有产生任何日期：请检查开始和结束。</translation>
    </message>
    <message>
        <source>A series can hold at most {value} events.</source>
        <translation>一个系列最多 {value} 次活动。</translation>
    </message>
    <message>
        <source>No such template: {value}</source>
        <translation>没有这个模板：{value}</translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation>模板需要名称。</translation>
    </message>
    <message>
        <source>Line {value} of the plan has no text.</source>
        <translation>计划第 {value} 行没有内容。</translation>
    </message>
    <message>
        <source>A duration cannot be negative (got {value}).</source>
        <translation>时长不能为负（收到 {value}）。</translation>
    </message>
    <message>
        <source>Unknown RSVP: {value} (invited, going, maybe, declined or waitlisted)</source>
        <translation>未知的报名状态：{value}（已邀请、参加、可能、不参加或候补）</translation>
    </message>
    <message>
        <source>No event matches: {value}</source>
        <translation>找不到活动：{value}</translation>
    </message>
    <message>
        <source>Several events have this title: {value} (give the date, or the event_start column)</source>
        <translation>有多个活动叫这个名字：{value}（请给出日期，或使用 event_start 列）</translation>
    </message>
    <message>
        <source>More people are going than the new capacity; nobody was removed from the list.</source>
        <translation>报名人数超过新名额；没有人被移出名单。</translation>
    </message>
    <message>
        <source>This printout needs --event TITLE and --pdf FILE: {value}</source>
        <translation>这个打印需要 --event 标题 和 --pdf 文件：{value}</translation>
    </message>
    <message>
        <source>Attended must be yes or no (是/否, 1/0); got {value}</source>
        <translation>到场须为 是/否（yes/no、1/0）；收到 {value}</translation>
    </message>
    <message>
        <source>An output needs a title.</source>
        <translation>作品需要标题。</translation>
    </message>
    <message>
        <source>Unknown status: {value} (idea, drafting, review, published or dropped)</source>
        <translation>未知状态：{value}（想法、撰写中、审阅、已发布或放弃）</translation>
    </message>
    <message>
        <source>The published date is before the idea date: {value}</source>
        <translation>发布日期早于想法日期：{value}</translation>
    </message>
    <message>
        <source>Reads, sales and revenue cannot be negative (got {value}).</source>
        <translation>阅读量、销量和收入不能为负（收到 {value}）。</translation>
    </message>
    <message>
        <source>A contributor is not a member of this community: {value}</source>
        <translation>贡献者不是本社群成员：{value}</translation>
    </message>
    <message>
        <source>No such output: {value}</source>
        <translation>没有这件作品：{value}</translation>
    </message>
    <message>
        <source>No outputs match; nothing to print.</source>
        <translation>没有符合条件的作品，无可打印。</translation>
    </message>
    <message>
        <source>This report needs --pdf FILE: {value}</source>
        <translation>这个报表需要 --pdf 文件：{value}</translation>
    </message>
    <message>
        <source>The date is in the future: {value}</source>
        <translation>日期在未来：{value}</translation>
    </message>
    <message>
        <source>The count must be 0 or more (got {value}).</source>
        <translation>次数须为 0 或以上（收到 {value}）。</translation>
    </message>
    <message>
        <source>A window must be at least 1 day (got {value}).</source>
        <translation>时间窗口至少为 1 天（收到 {value}）。</translation>
    </message>
    <message>
        <source>Unknown level: {value} (following, participating, contributing or leading)</source>
        <translation>未知等级：{value}（关注、参与、贡献或引领）</translation>
    </message>
    <message>
        <source>Unknown period: {value} (day, week or month)</source>
        <translation>未知周期：{value}（day、week 或 month）</translation>
    </message>
    <message>
        <source>Unknown chart: {value}</source>
        <translation>未知图表：{value}</translation>
    </message>
    <message>
        <source>A chart needs --png, --svg or --csv FILE: {value}</source>
        <translation>图表需要 --png、--svg 或 --csv 文件：{value}</translation>
    </message>
    <message>
        <source>&quot;Drifting after&quot; must be shorter than &quot;inactive after&quot; (got {value} days).</source>
        <translation>“渐行渐远”的天数必须小于“不活跃”的天数（收到 {value} 天）。</translation>
    </message>
    <message>
        <source>A weight cannot be negative ({field}: {value}).</source>
        <translation>权重不能为负（{field}：{value}）。</translation>
    </message>
    <message>
        <source>The agenda runs longer than the event.</source>
        <translation>议程比活动时间长。</translation>
    </message>
    <message>
        <source>Unknown unit kind: {value} (pyramid or ring)</source>
        <translation>未知的小组类型：{value}（金字塔或环形）</translation>
    </message>
    <message>
        <source>The size cap must be at least 1 (got {value}).</source>
        <translation>人数上限至少为 1（当前为 {value}）。</translation>
    </message>
    <message>
        <source>No unit of that name: {value}</source>
        <translation>没有这个名称的小组：{value}</translation>
    </message>
    <message>
        <source>A unit cannot be placed under one of its own sub-units.</source>
        <translation>小组不能放到它自己的下级小组之下。</translation>
    </message>
    <message>
        <source>The lead must be a member of this community.</source>
        <translation>负责人必须是本社群的成员。</translation>
    </message>
    <message>
        <source>A unit with this name already exists: {value}</source>
        <translation>已有同名小组：{value}</translation>
    </message>
    <message>
        <source>A role is required.</source>
        <translation>角色不能为空。</translation>
    </message>
    <message>
        <source>The end date is before the start date: {value}</source>
        <translation>结束日期早于开始日期：{value}</translation>
    </message>
    <message>
        <source>A member cannot be connected to themselves.</source>
        <translation>成员不能与自己连接。</translation>
    </message>
    <message>
        <source>Tie strength must be between 1 and 10 (got {value}).</source>
        <translation>关系强度必须在 1 到 10 之间（当前为 {value}）。</translation>
    </message>
    <message>
        <source>Unknown tie source: {value} (introduced, event or manual)</source>
        <translation>未知的关系来源：{value}（介绍、活动或手动）</translation>
    </message>
    <message>
        <source>No member matches: {value}</source>
        <translation>没有成员匹配：{value}</translation>
    </message>
    <message>
        <source>More than one member matches: {value}</source>
        <translation>有多位成员匹配：{value}</translation>
    </message>
    <message>
        <source>Phone number lost its digits in the spreadsheet ({value}): format the column as text and export again.</source>
        <translation>电话号码在表格中丢失了位数（{value}）：请把该列设为文本格式后重新导出。</translation>
    </message>
    <message>
        <source>Phone {value} is not a number of the default region but is one elsewhere: give the row a country, or write the number with + and its country code.</source>
        <translation>电话 {value} 不是默认地区的号码，但在其他国家有效：请为该行填写国家，或写成带 + 和国家代码的号码。</translation>
    </message>
    <message>
        <source>Phone {value} reads as a valid number in more than one country: give the row a country, or write the number with + and its country code.</source>
        <translation>电话 {value} 在多个国家都是有效号码：请为该行填写国家，或写成带 + 和国家代码的号码。</translation>
    </message>
    <message>
        <source>The file does not read as sensible text in {value}: choose another encoding.</source>
        <translation>按 {value} 读取，文件内容不是正常文字：请换一种编码。</translation>
    </message>
    <message>
        <source>The file breaks off or holds an oversized cell at line {value}; nothing was imported.</source>
        <translation>文件在第 {value} 行中断或含有过大的单元格；未导入任何内容。</translation>
    </message>
    <message>
        <source>--encoding is taken by the member import for now (got {value}).</source>
        <translation>目前只有成员导入支持 --encoding（收到 {value}）。</translation>
    </message>
    <message>
        <source>Unknown source preset: {value} (beehive import --help lists them).</source>
        <translation>未知的来源预设：{value}（beehive import --help 会列出全部）。</translation>
    </message>
    <message>
        <source>Unknown decision for conflicting rows: {value}</source>
        <translation>未知的冲突行处理方式：{value}</translation>
    </message>
    <message>
        <source>A cell at {value} holds more text than a spreadsheet can: the file is damaged; nothing was imported.</source>
        <translation>{value} 处的单元格文字超出表格上限：文件已损坏，未导入任何内容。</translation>
    </message>
    <message>
        <source>{value} cannot be read as a spreadsheet (damaged or not a workbook).</source>
        <translation>无法把 {value} 读作表格（文件损坏或不是工作簿）。</translation>
    </message>
    <message>
        <source>{value} is protected by a password: save it without one, then import.</source>
        <translation>{value} 设有密码：请另存为无密码的文件后再导入。</translation>
    </message>
    <message>
        <source>The workbook has no sheet named {value}.</source>
        <translation>工作簿中没有名为 {value} 的工作表。</translation>
    </message>
    <message>
        <source>This contact card is broken (at {value}): it was not read.</source>
        <translation>这张联系人名片已损坏（在 {value}）：未读取。</translation>
    </message>
    <message>
        <source>{value} holds no contact cards (BEGIN:VCARD … END:VCARD).</source>
        <translation>{value} 中没有联系人名片（BEGIN:VCARD … END:VCARD）。</translation>
    </message>
    <message>
        <source>vCard version {value} is not written: choose 3.0 or 4.0.</source>
        <translation>不支持写出 vCard {value} 版：请选择 3.0 或 4.0。</translation>
    </message>
    <message>
        <source>{value} does not apply to importing this kind of file.</source>
        <translation>{value} 不适用于导入这类文件。</translation>
    </message>
    <message>
        <source>Unknown country: {value}</source>
        <translation>未知国家：{value}</translation>
    </message>
    <message>
        <source>{value} does not exist in the time zone it is read in: the clocks skip that hour when summer time begins. Write the time it really is, or give it with its UTC offset.</source>
        <translation>{value} 在所用时区中不存在：夏令时开始时时钟会跳过这一小时。请写出实际时间，或带上 UTC 偏移。</translation>
    </message>
    <message>
        <source>Phone {value} is not a number of the row&apos;s country but is one elsewhere: check the country, or write the number with + and its country code.</source>
        <translation>电话 {value} 不是该行所在国家的号码，但在其他国家有效：请检查国家，或写成带 + 和国家代码的号码。</translation>
    </message>
    <message>
        <source>{field}: not a number: {value}</source>
        <translation>{field}：不是数字：{value}</translation>
    </message>
    <message>
        <source>{field}: {value} is not one of the field&apos;s choices.</source>
        <translation>{field}：{value} 不在该字段的选项中。</translation>
    </message>
    <message>
        <source>{field}: unknown field kind {value}</source>
        <translation>{field}：未知的字段类型 {value}</translation>
    </message>
    <message>
        <source>A field needs a name.</source>
        <translation>字段需要名称。</translation>
    </message>
    <message>
        <source>The field name is too long: {value}…</source>
        <translation>字段名称过长：{value}…</translation>
    </message>
    <message>
        <source>{value} is a standard member column; give the custom field another name.</source>
        <translation>{value} 是成员的标准列，请给自定义字段另取一个名称。</translation>
    </message>
    <message>
        <source>There is already a field named {value}.</source>
        <translation>已有名为 {value} 的字段。</translation>
    </message>
    <message>
        <source>The field no longer exists (deleted meanwhile?).</source>
        <translation>该字段已不存在（可能已被删除）。</translation>
    </message>
    <message>
        <source>{field}: list the choices, separated with ;</source>
        <translation>{field}：请列出选项，用 ; 分隔</translation>
    </message>
    <message>
        <source>Only two different members of the same community can be merged ({value}).</source>
        <translation>只能合并同一社群中的两名不同成员（{value}）。</translation>
    </message>
    <message>
        <source>No member field of that name to keep: {value}</source>
        <translation>没有这个名称的成员字段可保留：{value}</translation>
    </message>
    <message>
        <source>--keep-from takes B:field,field (or A:…), for example B:name,city; got: {value}</source>
        <translation>--keep-from 的格式为 B:字段,字段（或 A:…），例如 B:name,city；收到：{value}</translation>
    </message>
    <message>
        <source>{value} is not a calendar file that can be read (iCalendar, .ics).</source>
        <translation>{value} 不是可以读取的日历文件（iCalendar，.ics）。</translation>
    </message>
    <message>
        <source>The series&apos; repeat rule is not understood: {value}</source>
        <translation>无法理解该系列的重复规则：{value}</translation>
    </message>
    <message>
        <source>Guests must be a number of people (0, 1, 2…); got {value}</source>
        <translation>带人数必须是人数（0、1、2…）；实际为 {value}</translation>
    </message>
    <message>
        <source>“{value}” is not word=meaning; the meaning is one of going, maybe, declined, waitlisted, invited, came, absent (e.g. 到了=came; 鸽了=absent).</source>
        <translation>“{value}”不是“词=含义”的格式；含义须为 going（参加）、maybe（可能）、declined（不参加）、waitlisted（候补）、invited（已邀请）、came（到场）、absent（缺席）之一（例如 到了=came; 鸽了=absent）。</translation>
    </message>
    <message>
        <source>A file already exists there; nothing was written. Choose a new file: {value}</source>
        <translation>那里已有同名文件，未写入任何内容。请另选一个新文件：{value}</translation>
    </message>
    <message>
        <source>The workspace to copy into already holds data; nothing was written. Publish into a new, empty database: {value}</source>
        <translation>目标工作区里已有数据，未写入任何内容。请发布到一个新的空数据库：{value}</translation>
    </message>
    <message>
        <source>The copy&apos;s row counts did not match the workspace&apos;s; nothing was kept. Tables: {value}</source>
        <translation>副本的行数与工作区不一致，未保留任何内容。涉及的表：{value}</translation>
    </message>
    <message>
        <source>This is not a team server&apos;s address. Write it as postgresql://USER@HOST:PORT/DATABASE (optionally ?sslmode=require): {value}</source>
        <translation>这不是团队服务器的地址。请写成 postgresql://用户名@主机:端口/数据库（可加 ?sslmode=require）：{value}</translation>
    </message>
    <message>
        <source>This workspace is open in Beehive on this computer (since {since}, process {pid}), which was still writing after {wait} s; nothing was written. Try again when it has finished.</source>
        <translation>此工作区已在本机的 Beehive 中打开（自 {since} 起，进程 {pid}），等待 {wait} 秒后它仍在写入；本次未写入任何内容。请在它完成后重试。</translation>
    </message>
    <message>
        <source>Another program was still writing to this workspace after {wait} s; nothing was written. Try again when it has finished: {value}</source>
        <translation>等待 {wait} 秒后，另一个程序仍在写入此工作区；本次未写入任何内容。请在它完成后重试：{value}</translation>
    </message>
    <message>
        <source>This workspace file cannot be written here (a read-only file, folder or disk). Copy it to a folder you can write to, then open the copy: {value}</source>
        <translation>无法在此处写入这个工作区文件（只读文件、文件夹或磁盘）。请把它复制到可写的文件夹，再打开副本：{value}</translation>
    </message>
    <message>
        <source>The folder of this workspace cannot be written (a read-only folder or disk), and Beehive keeps its journal files beside the workspace. Copy it to a folder you can write to: {value}</source>
        <translation>这个工作区所在的文件夹不可写（只读文件夹或磁盘），而 Beehive 需要在工作区旁边保存日志文件。请把它复制到可写的文件夹：{value}</translation>
    </message>
    <message>
        <source>No backup could be written ({reason}); nothing else was changed: {value}</source>
        <translation>无法写入备份（{reason}）；其他内容均未改动：{value}</translation>
    </message>
    <message>
        <source>This file is not one of Beehive&apos;s backups (its record beside it is missing): {value}</source>
        <translation>这个文件不是社群蜂巢的备份（旁边缺少它的记录文件）：{value}</translation>
    </message>
    <message>
        <source>This backup no longer passes its check (damaged or changed since it was taken); nothing was written: {value}</source>
        <translation>这份备份已无法通过校验（已损坏，或备份后被改动过）；未写入任何内容：{value}</translation>
    </message>
    <message>
        <source>A file already exists there; nothing was written (choose a new file, or replace it with --replace): {value}</source>
        <translation>该位置已有文件；未写入任何内容（请选择新文件，或用 --replace 替换）：{value}</translation>
    </message>
    <message>
        <source>This workspace is open in Beehive; close it before replacing it with a backup: {value}</source>
        <translation>此工作区正在社群蜂巢中打开；请先关闭，再用备份替换：{value}</translation>
    </message>
    <message>
        <source>The backup could not be written there ({reason}); the file was left as it was: {value}</source>
        <translation>无法把备份写到那里（{reason}）；原文件保持不变：{value}</translation>
    </message>
    <message>
        <source>This is a copy of a backup, opened to look inside; nothing can be changed in it. Restore the backup to a new file to work on it.</source>
        <translation>这是一份备份的副本，仅供查看，不能修改。如需在其上工作，请把备份恢复为新文件。</translation>
    </message>
    <message>
        <source>There is no workspace file here: {value}</source>
        <translation>这里没有工作区文件：{value}</translation>
    </message>
    <message>
        <source>This workspace file is damaged and there is no backup of it; nothing was changed in it: {value}</source>
        <translation>此工作区文件已损坏，且没有它的备份；文件未做任何改动：{value}</translation>
    </message>
    <message>
        <source>This workspace file is damaged; nothing was changed in it: {value}
The newest good backup is from {when}. Restore it to a new file (File ▸ Backups…, or: beehive restore &quot;{backup}&quot; --to NEWFILE).</source>
        <translation>此工作区文件已损坏；文件未做任何改动：{value}
最新的完好备份来自 {when}。请把它恢复为新文件（文件 ▸ 备份…，或命令：beehive restore &quot;{backup}&quot; --to 新文件）。</translation>
    </message>
    <message>
        <source>The {field} cell holds more than {value} characters: too long for one field.</source>
        <translation>{field} 单元格超过 {value} 个字符：对一个字段来说太长。</translation>
    </message>
    <message>
        <source>The {field} cell holds an invisible control character: {value}</source>
        <translation>{field} 单元格含有不可见的控制字符：{value}</translation>
    </message>
    <message>
        <source>The row has more cells than an import reads ({value}).</source>
        <translation>这一行的单元格数超过导入可读取的上限（{value}）。</translation>
    </message>
    <message>
        <source>The number in {field} is too large: at most {value}.</source>
        <translation>{field} 中的数字太大：最多为 {value}。</translation>
    </message>
    <message>
        <source>The date {value} is outside the years 1900 to 2200.</source>
        <translation>日期 {value} 不在 1900 至 2200 年之间。</translation>
    </message>
    <message>
        <source>{value} unpacked: far more than the file&apos;s size suggests (a damaged or hostile workbook); nothing was imported.</source>
        <translation>解压后为 {value}：远超文件大小应有的数据量（工作簿已损坏或含恶意内容）；未导入任何内容。</translation>
    </message>
    <message>
        <source>This workspace is encrypted and its key is not in this computer&apos;s keyring. Open it with its recovery code (in the window, or `beehive --db FILE unlock`): {value}</source>
        <translation>此工作区已加密，本机钥匙串中没有它的密钥。请用恢复码打开（在窗口中，或运行 `beehive --db FILE unlock`）：{value}</translation>
    </message>
    <message>
        <source>The key kept for this encrypted workspace does not open it; it was set aside. Open it with its recovery code: {value}</source>
        <translation>本机保存的密钥打不开这个加密工作区，已弃用。请用恢复码打开：{value}</translation>
    </message>
    <message>
        <source>This recovery code or passphrase does not open the workspace. Check it and try again.</source>
        <translation>这个恢复码或密码打不开工作区。请检查后重试。</translation>
    </message>
    <message>
        <source>A recovery code is 52 letters and digits, in groups of four (like ABCD-EFGH-…).</source>
        <translation>恢复码由 52 个字母和数字组成，每四个一组（如 ABCD-EFGH-…）。</translation>
    </message>
    <message>
        <source>This copy of Beehive was installed without SQLCipher and cannot open encrypted workspaces: {value}</source>
        <translation>此 Beehive 安装未包含 SQLCipher，无法打开加密工作区：{value}</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the key in; encrypt with a passphrase instead (--passphrase). Nothing was changed: {value}</source>
        <translation>本机没有可保存密钥的钥匙串；请改用密码加密（--passphrase）。未做任何更改：{value}</translation>
    </message>
    <message>
        <source>The encrypted copy failed its check ({reason}); the workspace was left as it was: {value}</source>
        <translation>加密副本未通过校验（{reason}），工作区保持原样：{value}</translation>
    </message>
    <message>
        <source>Close this workspace in every Beehive window first; nothing was changed: {value}</source>
        <translation>请先在所有 Beehive 窗口中关闭此工作区；未做任何更改：{value}</translation>
    </message>
    <message>
        <source>This workspace is not encrypted: {value}</source>
        <translation>此工作区未加密：{value}</translation>
    </message>
    <message>
        <source>Type the secret at a terminal: it is never read from a pipe or the command line.</source>
        <translation>请在终端中输入密钥：它从不从管道或命令行读取。</translation>
    </message>
    <message>
        <source>No member was chosen to erase.</source>
        <translation>没有选择要删除的成员。</translation>
    </message>
    <message>
        <source>Erasing cannot be confirmed here: add --yes to erase {value} (nothing was written).</source>
        <translation>此处无法确认删除：加上 --yes 才能删除 {value}（未做任何更改）。</translation>
    </message>
    <message>
        <source>Not erased: {value} (nothing was written).</source>
        <translation>未删除：{value}（未做任何更改）。</translation>
    </message>
    <message>
        <source>{count} members are named {value}; name one by its record ID (UUID): {choices}</source>
        <translation>有 {count} 位成员名为 {value}；请用记录 ID（UUID）指定其中一位：{choices}</translation>
    </message>
    <message>
        <source>Cannot write the export into {value} ({reason}).</source>
        <translation>无法将导出写入 {value}（{reason}）。</translation>
    </message>
    <message>
        <source>This step was too large to keep for undo after a restart, or its details were erased; it can no longer be undone or redone (a backup is taken before every import).</source>
        <translation>此步骤过大，重启后不再保留用于撤销，或其详细内容已被清除；无法再撤销或重做（每次导入前都会自动备份）。</translation>
    </message>
    <message>
        <source>Unknown audience {value}: use organisers or members.</source>
        <translation>未知的对象 {value}：请用 organisers（组织者）或 members（成员）。</translation>
    </message>
    <message>
        <source>Not a field that can be private: {value} (phone, email, wechat_id, wechat_nickname, qq, notes).</source>
        <translation>此字段不能设为私密：{value}（可用 phone、email、wechat_id、wechat_nickname、qq、notes）。</translation>
    </message>
    <message>
        <source>--audience applies to exporting members, attendance and events (.ics), not {value}.</source>
        <translation>--audience 只适用于导出成员、出勤和活动（.ics），不适用于 {value}。</translation>
    </message>
    <message>
        <source>--audience applies to the sign-in sheet and the name badges, not {value}.</source>
        <translation>--audience 只适用于签到表和胸牌，不适用于 {value}。</translation>
    </message>
    <message>
        <source>Unknown kind of consent {value}: contact, photos or directory.</source>
        <translation>未知的同意类型 {value}：contact（联系）、photos（拍照）或 directory（通讯录）。</translation>
    </message>
    <message>
        <source>How the consent was given must be at most 200 characters: {value}</source>
        <translation>同意的方式最多 200 个字符：{value}</translation>
    </message>
    <message>
        <source>This event is on {value}; nothing is recorded as attendance before its day.</source>
        <translation>本活动在 {value}；活动当天之前不会记录出席。</translation>
    </message>
    <message>
        <source>This file was taken out of {value}, not of this workspace.</source>
        <translation>这个文件是从{value}带出的，不是从这个工作区带出的。</translation>
    </message>
    <message>
        <source>{value} is a workspace, but not one taken out for a second laptop.</source>
        <translation>{value} 是一个工作区，但不是为第二台电脑带出的文件。</translation>
    </message>
    <message>
        <source>The event “{value}” of this file is no longer in this workspace; nothing was brought back.</source>
        <translation>这个文件的活动“{value}”已不在这个工作区中；没有带回任何内容。</translation>
    </message>
    <message>
        <source>{value} exists already; choose a new file for the take-out.</source>
        <translation>{value} 已存在；请为带出文件另选一个新文件。</translation>
    </message>
    <message>
        <source>{value} conflict(s) or possible duplicate(s) are not decided; nothing was brought back (choose --keep-both, --theirs or --ours).</source>
        <translation>有 {value} 处冲突或可能重复的人尚未决定；没有带回任何内容（请选择 --keep-both、--theirs 或 --ours）。</translation>
    </message>
    <message>
        <source>“{value}” is not a decision for {field}.</source>
        <translation>“{value}”不是 {field} 的有效决定。</translation>
    </message>
    <message>
        <source>The team server could not be reached or refused the login; nothing was opened or written: {value}</source>
        <translation>无法连接团队服务器，或服务器拒绝了登录；未打开也未写入任何内容：{value}</translation>
    </message>
    <message>
        <source>A team workspace on a server is not backed up by Beehive; ask the server&apos;s administrator (pg_dump): {value}</source>
        <translation>服务器上的团队工作区不由 Beehive 备份；请联系服务器管理员（pg_dump）：{value}</translation>
    </message>
    <message>
        <source>This team workspace needs its tables created or brought up to this version of Beehive, and your login may not do it. Ask the workspace&apos;s owner to open it once first; nothing was changed: {value}</source>
        <translation>这个团队工作区需要建立数据表或升级到此版本的 Beehive，而你的登录没有这个权限。请先让工作区所有者打开一次；未做任何改动：{value}</translation>
    </message>
    <message>
        <source>Your role in this team workspace does not allow this change (the server refused it); nothing was changed: {value}</source>
        <translation>你在这个团队工作区的角色不允许这项改动（服务器已拒绝）；未做任何改动：{value}</translation>
    </message>
    <message>
        <source>{value} was changed by {who} at {at}, after you opened it. Reload to see the change, or overwrite it with yours.</source>
        <translation>{value} 在你打开之后已由 {who} 于 {at} 修改。可重新载入查看改动，或用你的内容覆盖。</translation>
    </message>
    <message>
        <source>{value} was changed elsewhere at {at}, after you opened it. Reload to see the change, or overwrite it with yours.</source>
        <translation>{value} 在你打开之后已于 {at} 在别处被修改。可重新载入查看改动，或用你的内容覆盖。</translation>
    </message>
    <message>
        <source>{value} was changed after you opened it. Reload to see the change, or overwrite it with yours.</source>
        <translation>{value} 在你打开之后已被修改。可重新载入查看改动，或用你的内容覆盖。</translation>
    </message>
    <message>
        <source>{value} was changed by {who} at {at} since; this step can no longer be undone or redone.</source>
        <translation>{value} 此后已由 {who} 于 {at} 修改；这一步无法再撤销或重做。</translation>
    </message>
    <message>
        <source>{value} was changed at {at} since; this step can no longer be undone or redone.</source>
        <translation>{value} 此后已于 {at} 被修改；这一步无法再撤销或重做。</translation>
    </message>
    <message>
        <source>Team members and their roles exist only in a team workspace on a server: {value}</source>
        <translation>团队成员及其角色只存在于服务器上的团队工作区：{value}</translation>
    </message>
    <message>
        <source>Unknown team role: {value} (owner, organiser, lead or viewer)</source>
        <translation>未知的团队角色：{value}（所有者、组织者、小组负责人或查看者）</translation>
    </message>
    <message>
        <source>The server has no login named {value}; ask its administrator to create it first</source>
        <translation>服务器上没有名为 {value} 的登录账号；请先让服务器管理员创建</translation>
    </message>
    <message>
        <source>{value} is already a member of the team</source>
        <translation>{value} 已经是团队成员</translation>
    </message>
    <message>
        <source>This team member no longer exists: {value}</source>
        <translation>该团队成员已不存在：{value}</translation>
    </message>
    <message>
        <source>Only the workspace&apos;s owner may change the team; nothing was changed: {value}</source>
        <translation>只有工作区的所有者可以更改团队；未做任何更改：{value}</translation>
    </message>
    <message>
        <source>As a sub-group lead you may change only your units&apos; members and events; nothing was changed</source>
        <translation>作为小组负责人，你只能修改自己小组的成员和活动；未做任何更改</translation>
    </message>
</context>
<context>
    <name>NewPersonDialog</name>
    <message>
        <source>New person</source>
        <translation>新人</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>{name} is already a member. Check in that member?</source>
        <translation>{name} 已是成员。为该成员签到吗？</translation>
    </message>
    <message>
        <source>Check in {name}</source>
        <translation>为 {name} 签到</translation>
    </message>
    <message>
        <source>Add a different person</source>
        <translation>添加另一个人</translation>
    </message>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation>请输入此人的姓名。</translation>
    </message>
</context>
<context>
    <name>NextEventCard</name>
    <message>
        <source>Print plan…</source>
        <translation>打印流程…</translation>
    </message>
    <message>
        <source>Print tonight&apos;s plan (Ctrl+P)</source>
        <translation>打印今晚的活动流程（Ctrl+P）</translation>
    </message>
    <message>
        <source>Save plan as PDF</source>
        <translation>流程存为 PDF</translation>
    </message>
    <message>
        <source>Saved to the last folder used, named by the event&apos;s date and title</source>
        <translation>存到上次用的文件夹，以活动日期和标题命名</translation>
    </message>
    <message>
        <source>Print sign-in sheet…</source>
        <translation>打印签到表…</translation>
    </message>
    <message>
        <source>Door check-in</source>
        <translation>门口签到</translation>
    </message>
    <message>
        <source>Check people in as they arrive (Ctrl+D)</source>
        <translation>门口签到：到一位签一位（Ctrl+D）</translation>
    </message>
    <message>
        <source>Guests…</source>
        <translation>名单…</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>新建活动…</translation>
    </message>
    <message>
        <source>No upcoming event</source>
        <translation>暂无即将举行的活动</translation>
    </message>
    <message>
        <source>Add the next event to plan it, print it and check people in.</source>
        <translation>添加下一场活动，就能安排流程、打印并现场签到。</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Tonight</source>
        <translation>今晚</translation>
    </message>
    <message>
        <source>Next event</source>
        <translation>下一场活动</translation>
    </message>
    <message>
        <source>Going: {going} / {capacity}</source>
        <translation>报名：{going} / {capacity}</translation>
    </message>
    <message>
        <source>Going: {going}</source>
        <translation>报名：{going}</translation>
    </message>
    <message>
        <source>Checked in: {n}</source>
        <translation>已签到：{n}</translation>
    </message>
    <message numerus="yes">
        <source>%n over capacity</source>
        <translation>
            <numerusform>超出容量 %n 人</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfflineLabels</name>
    <message>
        <source>Bring back the door&apos;s file of {title}</source>
        <translation>带回{title}的门口文件</translation>
    </message>
</context>
<context>
    <name>OfflineText</name>
    <message>
        <source>Took “{title}” out to {path}: {rows} on the list, {members} in the directory.</source>
        <translation>已将“{title}”带出到 {path}：名单 {rows} 人，通讯录 {members} 人。</translation>
    </message>
    <message>
        <source>Nothing to bring back: this file&apos;s changes are all here.</source>
        <translation>没有需要带回的内容：这个文件的改动都已在这里。</translation>
    </message>
    <message>
        <source>Brought back (one undo step).</source>
        <translation>已带回（一个撤销步骤）。</translation>
    </message>
    <message>
        <source>{kind}: {name}: {before} → {after}</source>
        <translation>{kind}：{name}：{before} → {after}</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>RSVP</source>
        <translation>报名状态</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>同行人数</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>现场加入</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>未到</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Removed from the list</source>
        <translation>已从名单移除</translation>
    </message>
    <message>
        <source>Removed here</source>
        <translation>这里已移除</translation>
    </message>
    <message>
        <source>Check-in closed</source>
        <translation>签到已结束</translation>
    </message>
    <message>
        <source>Notes for the day</source>
        <translation>当天备注</translation>
    </message>
    <message>
        <source>New person: {name}{matches}</source>
        <translation>新人：{name}{matches}</translation>
    </message>
    <message>
        <source> (may be: {names})</source>
        <translation>（可能是：{names}）</translation>
    </message>
    <message>
        <source>Conflict: {name}, {what}: here “{ours}”, at the door “{theirs}”</source>
        <translation>冲突：{name}，{what}：这里为“{ours}”，门口为“{theirs}”</translation>
    </message>
</context>
<context>
    <name>OutputColumns</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>贡献者</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Presented at</source>
        <translation>发表于活动</translation>
    </message>
    <message numerus="yes">
        <source>stalled (over %n day(s))</source>
        <translation>
            <numerusform>停滞（超过 %n 天）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutputDialog</name>
    <message>
        <source>Edit output</source>
        <translation>编辑作品</translation>
    </message>
    <message>
        <source>New output</source>
        <translation>新建作品</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>https://… or a file path</source>
        <translation>https://… 或文件路径</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>(not presented)</source>
        <translation>（未发表）</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>贡献者</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Add contributor</source>
        <translation>添加贡献者</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Idea date</source>
        <translation>想法日期</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Link or file</source>
        <translation>链接或文件</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Presented at</source>
        <translation>发表于活动</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>阅读量</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销量</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>简介</translation>
    </message>
    <message>
        <source>{name} is not a member. Add them as a member?</source>
        <translation>{name} 还不是成员。要添加为成员吗？</translation>
    </message>
</context>
<context>
    <name>OutputLabels</name>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>演讲</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>书</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Homework</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>Sticker pack</source>
        <translation>表情包</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>想法</translation>
    </message>
    <message>
        <source>Drafting</source>
        <translation>撰写中</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审阅</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Co-author</source>
        <translation>合著</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>讲者</translation>
    </message>
    <message>
        <source>Designer</source>
        <translation>设计</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审稿</translation>
    </message>
</context>
<context>
    <name>OutputsView</name>
    <message>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>所有小组</translation>
    </message>
    <message>
        <source>contributor</source>
        <translation>贡献者</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>看板</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>New output…</source>
        <translation>新建作品…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Print compilation…</source>
        <translation>打印作品合集…</translation>
    </message>
    <message>
        <source>Compilation as PDF…</source>
        <translation>作品合集存为 PDF…</translation>
    </message>
    <message>
        <source>No outputs yet — record the first work your members make (a talk, an article, a book) with New output… ({key}), or import a list of them (File ▸ Import ▸ Outputs…).</source>
        <translation>还没有作品——用“新建作品…”（{key}）记录成员的第一件作品（一次分享、一篇文章、一本书），或导入作品清单（文件 ▸ 导入 ▸ 输出…）。</translation>
    </message>
    <message>
        <source>Import outputs…</source>
        <translation>导入作品…</translation>
    </message>
    <message>
        <source>No outputs match these filters.</source>
        <translation>没有符合这些筛选条件的作品。</translation>
    </message>
    <message>
        <source>Show all outputs</source>
        <translation>显示全部作品</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n output(s)? You can undo this.</source>
        <translation>
            <numerusform>删除 %n 件作品？可以撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Compilation as PDF</source>
        <translation>作品合集存为 PDF</translation>
    </message>
</context>
<context>
    <name>PageText</name>
    <message>
        <source>Page {n} of {total}</source>
        <translation>第 {n} 页，共 {total} 页</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Printout</source>
        <translation>打印内容</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the key in. Choose a passphrase instead: Beehive asks for it each time the workspace opens. Without it the workspace cannot be opened.</source>
        <translation>本机没有可保存密钥的钥匙串。请改设一个密码：每次打开工作区时 Beehive 都会询问。没有它将无法打开工作区。</translation>
    </message>
    <message>
        <source>The same again</source>
        <translation>再输入一次</translation>
    </message>
    <message>
        <source>At least 8 characters.</source>
        <translation>至少 8 个字符。</translation>
    </message>
    <message>
        <source>The two differ.</source>
        <translation>两次输入不一致。</translation>
    </message>
</context>
<context>
    <name>PdfFiles</name>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
</context>
<context>
    <name>PersonExport</name>
    <message>
        <source>Export everything about this person</source>
        <translation>导出此人的全部资料</translation>
    </message>
    <message>
        <source>Cannot write into {folder} ({reason}).</source>
        <translation>无法写入 {folder}（{reason}）。</translation>
    </message>
    <message>
        <source>Written:
{json}
{pdf}

They hold personal data: hand them to the person only.</source>
        <translation>已写出：
{json}
{pdf}

文件含个人资料：只交给本人。</translation>
    </message>
</context>
<context>
    <name>PersonText</name>
    <message>
        <source>Everything Beehive holds about {name}</source>
        <translation>Beehive 保存的关于 {name} 的全部资料</translation>
    </message>
    <message>
        <source>Exported {when} from the workspace of {community}.</source>
        <translation>{when} 导出自 {community} 的工作区。</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>没有记录。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Contacts and accounts</source>
        <translation>联系方式和账号</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>同意记录</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Engagement level</source>
        <translation>参与层级</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Event duties</source>
        <translation>活动分工</translation>
    </message>
    <message>
        <source>Event tasks</source>
        <translation>活动任务</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>议程项</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>贡献</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活跃记录</translation>
    </message>
    <message>
        <source>People they invited</source>
        <translation>其邀请的人</translation>
    </message>
    <message>
        <source>Merged records</source>
        <translation>合并的记录</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>人脉连接</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>On</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>主要</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>专长</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>止</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>自</translation>
    </message>
    <message>
        <source>Set by hand</source>
        <translation>手动设定</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Starts (UTC)</source>
        <translation>开始（UTC）</translation>
    </message>
    <message>
        <source>RSVP</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>Checked in (UTC)</source>
        <translation>签到（UTC）</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>现场加入</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>未到</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>同行人数</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>分工</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>成果</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>加入</translation>
    </message>
    <message>
        <source>Former name</source>
        <translation>原名</translation>
    </message>
    <message>
        <source>Former record ID</source>
        <translation>原记录 ID</translation>
    </message>
    <message>
        <source>Merged on</source>
        <translation>合并于</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>亲疏</translation>
    </message>
    <message>
        <source>Erased on</source>
        <translation>删除于</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>个人资料</translation>
    </message>
</context>
<context>
    <name>PinAsk</name>
    <message>
        <source>Leave kiosk mode</source>
        <translation>退出自助签到模式</translation>
    </message>
    <message>
        <source>Organiser&apos;s PIN</source>
        <translation>组织者 PIN</translation>
    </message>
</context>
<context>
    <name>PinChoice</name>
    <message>
        <source>Kiosk mode</source>
        <translation>自助签到模式</translation>
    </message>
    <message>
        <source>A PIN to leave the kiosk (4–8 digits)</source>
        <translation>退出自助签到的 PIN（4–8 位数字）</translation>
    </message>
    <message>
        <source>The PIN again</source>
        <translation>再输一次 PIN</translation>
    </message>
    <message>
        <source>The PIN is 4 to 8 digits.</source>
        <translation>PIN 须为 4 到 8 位数字。</translation>
    </message>
    <message>
        <source>The two PINs differ; type the same PIN twice.</source>
        <translation>两次输入的 PIN 不一致，请输入相同的 PIN。</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Plan: {title}</source>
        <translation>计划：{title}</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Fixed start (min or hh:mm)</source>
        <translation>固定开始（分钟或 时:分）</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>职责</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>物料</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>已备</translation>
    </message>
    <message>
        <source>What to say at the opening, the group rules to remind…</source>
        <translation>开场要说的话、要提醒的群规…</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>职责分工</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务清单</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>物料清单</translation>
    </message>
    <message>
        <source>Notes for the day</source>
        <translation>当天备注</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Run time {run} of {length}</source>
        <translation>流程用时 {run} / 活动时长 {length}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Two-letter country code used for phone numbers without +, e.g. CN, HK, SG, US</source>
        <translation>不带 + 的手机号所用的两字母国家/地区代码，例如 CN、HK、SG、US</translation>
    </message>
    <message>
        <source>Read 05/03/2024 as 5 March (day first)</source>
        <translation>把 05/03/2024 读作 3 月 5 日（日在前）</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>When a workspace&apos;s backups take more room, the oldest are removed (the newest is always kept)</source>
        <translation>一个工作区的备份超过这个大小时，删除最旧的备份（最新的备份始终保留）</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Members ▸ People who left… lists those who left longer ago than this and are not erased yet</source>
        <translation>成员 ▸ 已离开的成员… 列出离开超过此时长且尚未删除个人资料的成员</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Default phone region</source>
        <translation>默认手机号地区</translation>
    </message>
    <message>
        <source>Backups of a workspace, at most</source>
        <translation>每个工作区的备份上限</translation>
    </message>
    <message>
        <source>Review people who left after</source>
        <translation>已离开成员的复查期限</translation>
    </message>
    <message>
        <source>The phone region is a two-letter country code such as CN.</source>
        <translation>手机号地区应为两字母代码，例如 CN。</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>Meetup member list</source>
        <translation>Meetup 成员列表</translation>
    </message>
    <message>
        <source>Meetup event attendees</source>
        <translation>Meetup 活动报名名单</translation>
    </message>
    <message>
        <source>Eventbrite attendee report</source>
        <translation>Eventbrite 参会者报表</translation>
    </message>
    <message>
        <source>Luma guest list</source>
        <translation>Luma 嘉宾名单</translation>
    </message>
    <message>
        <source>Google Forms responses</source>
        <translation>Google 表单回复</translation>
    </message>
    <message>
        <source>问卷星 (Wenjuanxing) download</source>
        <translation>问卷星下载数据</translation>
    </message>
    <message>
        <source>腾讯问卷 (Tencent Survey) download</source>
        <translation>腾讯问卷下载数据</translation>
    </message>
    <message>
        <source>金数据 (Jinshuju) download</source>
        <translation>金数据下载数据</translation>
    </message>
    <message>
        <source>WeChat contact list</source>
        <translation>微信通讯录</translation>
    </message>
    <message>
        <source>WeChat group members</source>
        <translation>微信群成员</translation>
    </message>
    <message>
        <source>知识星球 (Zhishi Xingqiu) member list</source>
        <translation>知识星球成员列表</translation>
    </message>
    <message>
        <source>Google Contacts</source>
        <translation>Google 通讯录</translation>
    </message>
    <message>
        <source>Outlook contacts</source>
        <translation>Outlook 联系人</translation>
    </message>
</context>
<context>
    <name>PrintText</name>
    <message>
        <source>Members of {name}</source>
        <translation>{name} 成员名单</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n 位成员</numerusform>
        </translation>
    </message>
    <message>
        <source>Members list</source>
        <translation>成员名单</translation>
    </message>
</context>
<context>
    <name>PrintTexts</name>
    <message numerus="yes">
        <source>The list holds %n member(s), about {pages} pages. Filter it first, or print it all?</source>
        <translation>
            <numerusform>名单共 %n 人，约 {pages} 页。先筛选，还是全部打印？</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyLabels</name>
    <message>
        <source>Change private fields</source>
        <translation>更改私密字段</translation>
    </message>
    <message>
        <source>Make custom field private</source>
        <translation>将自定义字段设为私密</translation>
    </message>
    <message>
        <source>Make custom field visible</source>
        <translation>将自定义字段设为公开</translation>
    </message>
</context>
<context>
    <name>PrivacyText</name>
    <message numerus="yes">
        <source>Everything about this person: {json} and {pdf} (%n page(s)).</source>
        <translation>
            <numerusform>此人的全部资料：{json} 和 {pdf}（%n 页）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase “{name}”?</source>
        <translation>删除“{name}”的个人资料？</translation>
    </message>
    <message>
        <source>Removed: the name, contacts and accounts ({identities}), custom fields ({custom}), consents ({consents}), merged records ({aliases}), city, organisation, title, tags, interests, notes and the reason for leaving.</source>
        <translation>删除：姓名、联系方式和账号（{identities}）、自定义字段（{custom}）、同意记录（{consents}）、合并记录（{aliases}）、城市、单位、职务、标签、兴趣、备注和离开原因。</translation>
    </message>
    <message>
        <source>Kept, as an anonymous placeholder: attendance ({attendance}), contributions ({contributions}), roles ({roles}), activity ({activity}), units ({units}) and the people they invited ({invited}); status, dates and specialties.</source>
        <translation>保留（归于匿名占位记录）：出席（{attendance}）、贡献（{contributions}）、角色（{roles}）、活跃记录（{activity}）、所属小组（{units}）和其邀请的人（{invited}）；状态、日期和专长。</translation>
    </message>
    <message>
        <source>Type yes to erase: </source>
        <translation>输入 yes 确认删除：</translation>
    </message>
    <message>
        <source>Erased “{name}”: the record is now “{placeholder}”.</source>
        <translation>已删除“{name}”的个人资料：该记录现为“{placeholder}”。</translation>
    </message>
    <message>
        <source>Who they were stays in the undo history until the next backup (beehive backup takes one now); after it the erasure is final, in the workspace and in every backup.</source>
        <translation>在下一次备份之前，撤销记录中仍保留此人的资料（beehive backup 可立即备份）；备份之后删除即为最终结果，工作区和所有备份中都不再保留。</translation>
    </message>
    <message>
        <source>“{name}” was erased already; nothing written.</source>
        <translation>“{name}”已被删除过；未做任何更改。</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Recovery code</source>
        <translation>恢复码</translation>
    </message>
    <message>
        <source>The workspace is encrypted. Its key is in this computer&apos;s keyring, so Beehive opens it as before.
Write this recovery code down or print it, and keep it apart from the computer: on another computer, or if the keyring is lost, it is the only way to open the workspace and its backups. It is shown only now.</source>
        <translation>工作区已加密。密钥保存在本机钥匙串中，Beehive 会像以前一样打开它。
请抄下或打印这个恢复码，并与电脑分开保管：换一台电脑或钥匙串丢失时，它是打开工作区及其备份的唯一办法。它只显示这一次。</translation>
    </message>
    <message>
        <source>I have written the code down or printed it</source>
        <translation>我已抄下或打印恢复码</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Beehive workspace recovery code</source>
        <translation>Beehive 工作区恢复码</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>Community health</source>
        <translation>社群健康度</translation>
    </message>
    <message>
        <source>As of %1; active means an activity in the last %2 days.</source>
        <translation>截至 %1；活跃指最近 %2 天内有活动。</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>等另外 %n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more unit(s)</source>
        <translation>
            <numerusform>另有 %n 个小组</numerusform>
        </translation>
    </message>
    <message>
        <source>Engagement levels</source>
        <translation>参与等级</translation>
    </message>
    <message>
        <source>Health report</source>
        <translation>健康报告</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Assign a role to {name}</source>
        <translation>为 {name} 分配角色</translation>
    </message>
    <message>
        <source>for a ring&apos;s core member, e.g. 演讲</source>
        <translation>环形核心成员的专长，例如 演讲</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>专长</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
</context>
<context>
    <name>RosterColumns</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>RSVP</source>
        <translation>报名状态</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>到场</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>现场加入</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>缺席</translation>
    </message>
</context>
<context>
    <name>SavedNotice</name>
    <message>
        <source>Saved {name} to {folder}</source>
        <translation>已将 {name} 保存到 {folder}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
</context>
<context>
    <name>SheetText</name>
    <message>
        <source>Run-sheet</source>
        <translation>流程表</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>职责分工</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务清单</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>物料清单</translation>
    </message>
    <message>
        <source>Notes for the day</source>
        <translation>当天备注</translation>
    </message>
    <message>
        <source>Works presented</source>
        <translation>发表的作品</translation>
    </message>
    <message>
        <source>Run time {run} of {length}</source>
        <translation>流程用时 {run} / 活动时长 {length}</translation>
    </message>
    <message numerus="yes">
        <source>Warning: the agenda runs %n minute(s) past the end of the event.</source>
        <translation>
            <numerusform>注意：议程超出活动结束时间 %n 分钟。</numerusform>
        </translation>
    </message>
    <message>
        <source>{going} going of {capacity} places</source>
        <translation>报名 {going} / 名额 {capacity}</translation>
    </message>
    <message numerus="yes">
        <source>%n going</source>
        <translation>
            <numerusform>报名 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>签到表</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>RSVP</source>
        <translation>报名状态</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>是否到场</translation>
    </message>
    <message>
        <source>Led</source>
        <translation>带领</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付费</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>No photos</source>
        <translation>不拍照</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>现场加入</translation>
    </message>
    <message>
        <source>Duty roster: {title}</source>
        <translation>值班表：{title}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Menu or view</source>
        <translation>菜单或视图</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <source>Suggest a split of {name}</source>
        <translation>建议拆分 {name}</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Suggested lead</source>
        <translation>建议负责人</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>分组数</translation>
    </message>
    <message>
        <source>{size} members in {k} groups; {kept} ties kept inside groups, {cut} cut.</source>
        <translation>{size} 位成员分成 {k} 组；组内保留 {kept} 条关系，切断 {cut} 条。</translation>
    </message>
    <message>
        <source>This unit is not over its cap; splitting it is allowed.</source>
        <translation>该小组未超过人数上限；仍可拆分。</translation>
    </message>
    <message>
        <source>{name} {n} ({size})</source>
        <translation>{name} {n}（{size} 人）</translation>
    </message>
</context>
<context>
    <name>StaleEditWords</name>
    <message>
        <source>&amp;Reload theirs</source>
        <translation>重新载入对方的(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Overwrite with mine</source>
        <translation>用我的覆盖(&amp;O)</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message numerus="yes">
        <source>Set status of %n member(s)</source>
        <translation>
            <numerusform>设置 %n 位成员的状态</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>StepCommand</name>
    <message>
        <source>Cannot undo</source>
        <translation>无法撤销</translation>
    </message>
</context>
<context>
    <name>StepLabels</name>
    <message>
        <source>Add member</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation>编辑成员</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n member(s)</source>
        <translation>
            <numerusform>删除 %n 位成员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %n member(s)</source>
        <translation>
            <numerusform>为 %n 位成员加标签</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Untag %n member(s)</source>
        <translation>
            <numerusform>为 %n 位成员去标签</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set status of %n member(s)</source>
        <translation>
            <numerusform>设置 %n 位成员的状态</numerusform>
        </translation>
    </message>
    <message>
        <source>Import members</source>
        <translation>导入成员</translation>
    </message>
    <message>
        <source>Add custom field</source>
        <translation>添加自定义字段</translation>
    </message>
    <message>
        <source>Rename custom field</source>
        <translation>重命名自定义字段</translation>
    </message>
    <message>
        <source>Change custom field</source>
        <translation>修改自定义字段</translation>
    </message>
    <message>
        <source>Delete custom field</source>
        <translation>删除自定义字段</translation>
    </message>
    <message>
        <source>Edit custom fields</source>
        <translation>编辑自定义字段</translation>
    </message>
    <message>
        <source>New community</source>
        <translation>新建社群</translation>
    </message>
    <message>
        <source>Edit community</source>
        <translation>编辑社群</translation>
    </message>
    <message>
        <source>New unit</source>
        <translation>新建小组</translation>
    </message>
    <message>
        <source>Edit unit</source>
        <translation>编辑小组</translation>
    </message>
    <message>
        <source>Delete unit</source>
        <translation>删除小组</translation>
    </message>
    <message>
        <source>Move unit</source>
        <translation>移动小组</translation>
    </message>
    <message numerus="yes">
        <source>Add %n member(s) to unit</source>
        <translation>
            <numerusform>将 %n 位成员加入小组</numerusform>
        </translation>
    </message>
    <message>
        <source>Move member</source>
        <translation>移动成员</translation>
    </message>
    <message>
        <source>Change lead</source>
        <translation>更换负责人</translation>
    </message>
    <message>
        <source>Assign role</source>
        <translation>分配角色</translation>
    </message>
    <message>
        <source>End role</source>
        <translation>结束角色</translation>
    </message>
    <message>
        <source>Connect members</source>
        <translation>连接成员</translation>
    </message>
    <message>
        <source>Split unit</source>
        <translation>拆分小组</translation>
    </message>
    <message>
        <source>New chapter</source>
        <translation>新建分会</translation>
    </message>
    <message>
        <source>Import {kind}</source>
        <translation>导入{kind}</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>新建活动</translation>
    </message>
    <message numerus="yes">
        <source>New series of %n event(s)</source>
        <translation>
            <numerusform>新建系列（%n 次活动）</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>编辑活动</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>删除活动</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>存为模板</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>删除模板</translation>
    </message>
    <message>
        <source>Edit event plan</source>
        <translation>编辑活动计划</translation>
    </message>
    <message>
        <source>Mark duty done</source>
        <translation>标记职责完成</translation>
    </message>
    <message numerus="yes">
        <source>Invite %n member(s)</source>
        <translation>
            <numerusform>邀请 %n 位成员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n from the guest list</source>
        <translation>
            <numerusform>从名单移除 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Change RSVP</source>
        <translation>修改报名状态</translation>
    </message>
    <message numerus="yes">
        <source>Record %n sign-up(s) from a WeChat chain</source>
        <translation>
            <numerusform>从微信接龙记录 %n 条报名</numerusform>
        </translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Add walk-in</source>
        <translation>添加现场来宾</translation>
    </message>
    <message>
        <source>Undo check-in</source>
        <translation>撤销签到</translation>
    </message>
    <message>
        <source>Close check-in</source>
        <translation>结束签到</translation>
    </message>
    <message>
        <source>New output</source>
        <translation>新建作品</translation>
    </message>
    <message>
        <source>Edit output</source>
        <translation>编辑作品</translation>
    </message>
    <message>
        <source>Move output</source>
        <translation>移动作品</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n output(s)</source>
        <translation>
            <numerusform>删除 %n 件作品</numerusform>
        </translation>
    </message>
    <message>
        <source>Monthly level review</source>
        <translation>月度等级评定</translation>
    </message>
    <message>
        <source>Set engagement level</source>
        <translation>设定参与等级</translation>
    </message>
    <message>
        <source>Change health settings</source>
        <translation>修改健康度设置</translation>
    </message>
    <message>
        <source>Record activity</source>
        <translation>记录活动</translation>
    </message>
    <message>
        <source>Merge members</source>
        <translation>合并成员</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n identical pair(s)</source>
        <translation>
            <numerusform>合并 %n 对完全相同的成员</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as not a duplicate</source>
        <translation>标记为不是重复</translation>
    </message>
</context>
<context>
    <name>StructureScene</name>
    <message numerus="yes">
        <source>%n sub-group(s) folded; double-click to unfold</source>
        <translation>
            <numerusform>已折叠 %n 个下级小组，双击展开</numerusform>
        </translation>
    </message>
    <message>
        <source>Lead: {name}</source>
        <translation>负责人：{name}</translation>
    </message>
    <message>
        <source>Core: {names}</source>
        <translation>核心：{names}</translation>
    </message>
    <message>
        <source>{size} / {cap} members</source>
        <translation>{size} / {cap} 人</translation>
    </message>
    <message>
        <source>missing: {names}</source>
        <translation>缺少：{names}</translation>
    </message>
    <message>
        <source>doubled: {names}</source>
        <translation>重复：{names}</translation>
    </message>
    <message>
        <source>all specialties covered</source>
        <translation>专长已全部覆盖</translation>
    </message>
</context>
<context>
    <name>StructureView</name>
    <message>
        <source>Find a unit</source>
        <translation>查找小组</translation>
    </message>
    <message>
        <source>Members (drag one onto a unit to move them)</source>
        <translation>成员（拖到某个小组上即可移动）</translation>
    </message>
    <message>
        <source>Current roles</source>
        <translation>当前角色</translation>
    </message>
    <message>
        <source>Knows…</source>
        <translation>认识…</translation>
    </message>
    <message>
        <source>Assign role…</source>
        <translation>分配角色…</translation>
    </message>
    <message>
        <source>End role</source>
        <translation>结束角色</translation>
    </message>
    <message>
        <source>New unit…</source>
        <translation>新建小组…</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>No structure yet — add the first unit ({key}) or import a structure (File ▸ Import ▸ Units…).</source>
        <translation>还没有结构——添加第一个小组（{key}），或导入结构（文件 ▸ 导入 ▸ 小组…）。</translation>
    </message>
    <message>
        <source>Add the first unit…</source>
        <translation>添加第一个小组…</translation>
    </message>
    <message>
        <source>Import units…</source>
        <translation>导入小组…</translation>
    </message>
    <message>
        <source>Pick a member of this unit first.</source>
        <translation>请先选择本小组的一位成员。</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Edit unit…</source>
        <translation>编辑小组…</translation>
    </message>
    <message>
        <source>New sub-unit…</source>
        <translation>新建下级小组…</translation>
    </message>
    <message>
        <source>Suggest a split…</source>
        <translation>建议拆分…</translation>
    </message>
    <message>
        <source>Delete unit…</source>
        <translation>删除小组…</translation>
    </message>
    <message>
        <source>Delete the unit {name}? Its sub-units move up one level; its {size} memberships and its roles are removed. You can undo this with Edit ▸ Undo.</source>
        <translation>删除小组 {name}？其下级小组将上移一级；其 {size} 条成员关系和相关角色将被移除。可以通过 编辑 ▸ 撤销 恢复。</translation>
    </message>
    <message>
        <source>Delete unit</source>
        <translation>删除小组</translation>
    </message>
    <message>
        <source>Suggest a split</source>
        <translation>建议拆分</translation>
    </message>
    <message>
        <source>A split needs at least two members.</source>
        <translation>拆分至少需要两位成员。</translation>
    </message>
    <message>
        <source>New unit</source>
        <translation>新建小组</translation>
    </message>
    <message>
        <source>Name of the new unit:</source>
        <translation>新小组的名称：</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
</context>
<context>
    <name>TakeOutDialog</name>
    <message>
        <source>Take out for a second laptop</source>
        <translation>带出到第二台电脑</translation>
    </message>
    <message>
        <source>Writes “{title}” with its guest list and the member directory (names, pinyin, the last four digits of a phone) to a file of its own. Open it on the second laptop and check people in there, even with no network; then bring it back here with File ▸ Bring back a second laptop&apos;s file…</source>
        <translation>将“{title}”及其名单和成员通讯录（姓名、拼音、电话后四位）写入一个单独的文件。在第二台电脑上打开它，即使没有网络也能签到；之后用“文件 ▸ 带回第二台电脑的文件…”带回这里。</translation>
    </message>
    <message>
        <source>{title} door.beehive</source>
        <translation>{title} 门口.beehive</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Also every contact, the notes and private fields</source>
        <translation>同时带上所有联系方式、备注和私密字段</translation>
    </message>
    <message>
        <source>Only for a laptop you trust as much as this one.</source>
        <translation>仅用于你像信任这台电脑一样信任的电脑。</translation>
    </message>
    <message>
        <source>Take out</source>
        <translation>带出</translation>
    </message>
    <message>
        <source>File for the second laptop:</source>
        <translation>给第二台电脑的文件：</translation>
    </message>
    <message>
        <source>Beehive workspace (*.beehive)</source>
        <translation>蜂巢工作区 (*.beehive)</translation>
    </message>
    <message>
        <source>Written: {path}
{rows} on the list, {members} in the directory.</source>
        <translation>已写入：{path}
名单 {rows} 人，通讯录 {members} 人。</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>Connect to a team server</source>
        <translation>连接团队服务器</translation>
    </message>
    <message>
        <source>e.g. db.example.org</source>
        <translation>例如 db.example.org</translation>
    </message>
    <message>
        <source>Use TLS when the server offers it</source>
        <translation>服务器支持时使用 TLS</translation>
    </message>
    <message>
        <source>Require TLS</source>
        <translation>必须使用 TLS</translation>
    </message>
    <message>
        <source>Require TLS and check the server&apos;s certificate</source>
        <translation>必须使用 TLS 并校验服务器证书</translation>
    </message>
    <message>
        <source>No TLS (a server on this computer)</source>
        <translation>不用 TLS（本机上的服务器）</translation>
    </message>
    <message>
        <source>Remember the password in this computer&apos;s keyring</source>
        <translation>在本机钥匙串中记住密码</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>TLS:</source>
        <translation>TLS：</translation>
    </message>
</context>
<context>
    <name>TeamMemberForm</name>
    <message>
        <source>Team member</source>
        <translation>团队成员</translation>
    </message>
    <message>
        <source>the server login, e.g. li_wei</source>
        <translation>服务器登录名，例如 li_wei</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>登录名：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Units led:</source>
        <translation>负责的小组：</translation>
    </message>
</context>
<context>
    <name>TeamMembers</name>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>组织者</translation>
    </message>
    <message>
        <source>Sub-group lead</source>
        <translation>小组负责人</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>查看者</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
</context>
<context>
    <name>TeamMembersDialog</name>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Units led</source>
        <translation>负责的小组</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>更改角色(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
</context>
<context>
    <name>TeamText</name>
    <message numerus="yes">
        <source>Copied %n row(s) to {where}; every table&apos;s count checked.</source>
        <translation>
            <numerusform>已复制 %n 行到 {where}；每张表的行数都已核对。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineText</name>
    <message>
        <source>Activity per month, last 12 months</source>
        <translation>近 12 个月每月活动</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>The next 14 days</source>
        <translation>未来 14 天</translation>
    </message>
    <message>
        <source>Nothing in the next 14 days.</source>
        <translation>未来 14 天没有活动。</translation>
    </message>
    <message>
        <source>going {n}</source>
        <translation>报名 {n}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Last import: {imported} · Last backup: {backup}</source>
        <translation>上次导入：{imported} · 上次备份：{backup}</translation>
    </message>
</context>
<context>
    <name>Toolbar</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Print plan</source>
        <translation>打印流程</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>新建成员</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <source>New unit</source>
        <translation>新建小组</translation>
    </message>
    <message>
        <source>New output</source>
        <translation>新建作品</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>名单</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Import members</source>
        <translation>导入成员</translation>
    </message>
    <message>
        <source>Export members</source>
        <translation>导出成员</translation>
    </message>
    <message>
        <source>{action} ({shortcut})</source>
        <translation>{action}（{shortcut}）</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
</context>
<context>
    <name>TransferMenus</name>
    <message>
        <source>Members…</source>
        <translation>成员…</translation>
    </message>
    <message>
        <source>Units…</source>
        <translation>小组…</translation>
    </message>
    <message>
        <source>Unit memberships…</source>
        <translation>小组成员关系…</translation>
    </message>
    <message>
        <source>Roles…</source>
        <translation>角色…</translation>
    </message>
    <message>
        <source>Connections (who knows whom)…</source>
        <translation>人脉关系（谁认识谁）…</translation>
    </message>
    <message>
        <source>Events…</source>
        <translation>活动…</translation>
    </message>
    <message>
        <source>Attendance…</source>
        <translation>出席记录…</translation>
    </message>
    <message>
        <source>Outputs…</source>
        <translation>输出…</translation>
    </message>
    <message>
        <source>Activity (messages, posts, check-ins)…</source>
        <translation>活跃记录（发言、发帖、打卡）…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Bring back a second laptop&apos;s file…</source>
        <translation>带回第二台电脑的签到文件…</translation>
    </message>
    <message>
        <source>Brought back the second laptop&apos;s file.</source>
        <translation>已合并第二台电脑的签到文件。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Tables and contacts (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods *.vcf *.ics)</source>
        <translation>表格和通讯录 (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods *.vcf *.ics)</translation>
    </message>
    <message>
        <source>Imported: {new} new, {updated} updated, {same} unchanged.</source>
        <translation>导入完成：新增 {new}，更新 {updated}，未变 {same}。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel (*.xlsx)</source>
        <translation>CSV (*.csv);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>;;Contacts (vCard) (*.vcf)</source>
        <translation>;;通讯录 (vCard) (*.vcf)</translation>
    </message>
    <message>
        <source>Export {kind}</source>
        <translation>导出{kind}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s)</source>
        <translation>
            <numerusform>已导出 %n 条记录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Unexpected</name>
    <message>
        <source>Beehive stopped on an unexpected error ({kind}). The log could not be written.</source>
        <translation>社群蜂巢因意外错误（{kind}）而停止。日志无法写入。</translation>
    </message>
    <message>
        <source>Beehive stopped on an unexpected error ({kind}). The details, without personal data, are in {path}</source>
        <translation>社群蜂巢因意外错误（{kind}）而停止。详细信息（不含个人数据）已写入 {path}</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>Edit unit</source>
        <translation>编辑小组</translation>
    </message>
    <message>
        <source>Pyramid (a lead and members)</source>
        <translation>金字塔（负责人与成员）</translation>
    </message>
    <message>
        <source>Ring (core members with distinct specialties)</source>
        <translation>环形（各有专长的核心成员）</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size cap</source>
        <translation>人数上限</translation>
    </message>
    <message>
        <source>Management mode</source>
        <translation>管理模式</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>No single member matches the lead; pick one from the list.</source>
        <translation>没有唯一匹配的负责人，请从列表中选择。</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Encrypted workspace</source>
        <translation>加密工作区</translation>
    </message>
    <message>
        <source>“{name}” is encrypted and its key is not in this computer&apos;s keyring. Type its recovery code (or its passphrase).</source>
        <translation>“{name}”已加密，本机钥匙串中没有它的密钥。请输入恢复码（或密码）。</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Walk-in</source>
        <translation>现场加入</translation>
    </message>
    <message>
        <source>Existing member</source>
        <translation>已有成员</translation>
    </message>
    <message>
        <source>— or a new guest —</source>
        <translation>—— 或新来宾 ——</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>{name} is already a member: OK checks them in; to add someone else, clear it.</source>
        <translation>{name} 已是成员：点“确定”为其签到；若是另一个人，请清空该栏。</translation>
    </message>
    <message>
        <source>No single member matches; pick one from the list.</source>
        <translation>没有唯一匹配的成员；请从列表中选择。</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Beehive</source>
        <translation>欢迎使用社群蜂巢</translation>
    </message>
    <message>
        <source>This workspace has no community yet. Start one, or explore the demo community.</source>
        <translation>这个工作区还没有社群。新建一个，或先看看示例社群。</translation>
    </message>
    <message>
        <source>Create a community…</source>
        <translation>新建社群…</translation>
    </message>
    <message>
        <source>Open the demo community</source>
        <translation>打开示例社群</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s：错误：%(message)s
</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>缺少以下参数：%s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选项：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>需要一个参数</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>显示此帮助并退出</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>选项</translation>
    </message>
</context>
</TS>
