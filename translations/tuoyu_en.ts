<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="zh_CN">
<context>
    <name>tuoyu::Application</name>
    <message>
        <source>无法读写工作台文件</source>
        <translation>Cannot read or write the workspace file</translation>
    </message>
</context>
<context>
    <name>tuoyu::ChecksPage</name>
    <message>
        <source>数据检查</source>
        <translation>Data checks</translation>
    </message>
    <message>
        <source>填写人口数据…</source>
        <translation>Enter population data…</translation>
    </message>
    <message>
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>对象</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>没有发现问题。</source>
        <translation>No problems found.</translation>
    </message>
    <message>
        <source>发现 %1 个问题（其中 %2 个错误）。双击一行转到对应页面。</source>
        <translation>%1 problem(s) found (%2 error(s)). Double-click a row to go to its page.</translation>
    </message>
    <message>
        <source>填写%1年人口数据…</source>
        <translation>Enter %1 population data…</translation>
    </message>
    <message>
        <source>填写人口数据</source>
        <translation>Enter population data</translation>
    </message>
    <message>
        <source>例如 262000</source>
        <translation>e.g. 262000</translation>
    </message>
    <message>
        <source>例如 6100</source>
        <translation>e.g. 6100</translation>
    </message>
    <message>
        <source>例如 统计年鉴、卫健局年报</source>
        <translation>e.g. statistical yearbook, health bureau annual report</translation>
    </message>
    <message>
        <source>年份：</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>常住人口（人）：</source>
        <translation>Resident population:</translation>
    </message>
    <message>
        <source>3岁以下婴幼儿数（人）：</source>
        <translation>Children under 3:</translation>
    </message>
    <message>
        <source>来源：</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>人口数应为整数</source>
        <translation>Population figures must be whole numbers</translation>
    </message>
    <message>
        <source>请至少填写一项</source>
        <translation>Please fill in at least one field</translation>
    </message>
</context>
<context>
    <name>tuoyu::CityLedgerTab</name>
    <message>
        <source>机构名单</source>
        <translation>Institutions</translation>
    </message>
    <message>
        <source>任务台账</source>
        <translation>Task ledger</translation>
    </message>
    <message>
        <source>绩效指标</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>奖补台账</source>
        <translation>Subsidy ledger</translation>
    </message>
    <message>
        <source>台账：</source>
        <translation>Ledger:</translation>
    </message>
    <message>
        <source>导出到 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>没有名为“%1”的台账</source>
        <translation>There is no ledger named “%1”</translation>
    </message>
    <message>
        <source>%1：%2 行，各区县依次相接，第一列为区县。</source>
        <translation>%1: %2 rows, one district after another, the district in the first column.</translation>
    </message>
    <message>
        <source>未能读取：%1</source>
        <translation>Could not read: %1</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>请先选择台账</source>
        <translation>Choose a ledger first</translation>
    </message>
    <message>
        <source>全市%1</source>
        <translation>City %1</translation>
    </message>
    <message>
        <source>导出%1</source>
        <translation>Export %1</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx);;CSV（UTF-8）(*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (UTF-8) (*.csv)</translation>
    </message>
    <message>
        <source>已导出到 %1</source>
        <translation>Exported to %1</translation>
    </message>
</context>
<context>
    <name>tuoyu::CityPage</name>
    <message>
        <source>全市概览</source>
        <translation>City overview</translation>
    </message>
    <message>
        <source>yyyy年M月d日</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>截至：</source>
        <translation>As of:</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>重新读取各区县（F5）</source>
        <translation>Read every district again (F5)</translation>
    </message>
    <message>
        <source>导出汇报…</source>
        <translation>Export report…</translation>
    </message>
    <message>
        <source>打印汇报…</source>
        <translation>Print report…</translation>
    </message>
    <message>
        <source>区县</source>
        <translation>District</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>全市</source>
        <translation>City</translation>
    </message>
    <message>
        <source>计算方法或缺数原因</source>
        <translation>How computed, or why missing</translation>
    </message>
    <message>
        <source>各区县（合计行的比率按全市合计数计算）：</source>
        <translation>Districts (the total row&apos;s ratios are computed from the city&apos;s totals):</translation>
    </message>
    <message>
        <source>全市指标（按全市合计数计算，不取各区县比率的平均数）：</source>
        <translation>City indicators (computed from the city&apos;s totals, not averaged over the districts&apos; ratios):</translation>
    </message>
    <message>
        <source>概览</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>台账</source>
        <translation>Ledgers</translation>
    </message>
    <message>
        <source>未能读取的区县：%1</source>
        <translation>Districts that could not be read: %1</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>全市 %1 个区县，数据截至%2，%3 读取。%4</source>
        <translation>%1 districts in the city, figures as of %2, read at %3. %4</translation>
    </message>
    <message>
        <source>各区县保存修改后自动刷新。</source>
        <translation>Refreshes when a district saves a change.</translation>
    </message>
    <message>
        <source>服务器不转达修改：请按“刷新”（F5）。</source>
        <translation>The server does not pass on changes: press Refresh (F5).</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>托育机构</source>
        <translation>Institutions</translation>
    </message>
    <message>
        <source>已备案</source>
        <translation>Filed</translation>
    </message>
    <message>
        <source>托位</source>
        <translation>Slots</translation>
    </message>
    <message>
        <source>普惠托位</source>
        <translation>Puhui slots</translation>
    </message>
    <message>
        <source>任务</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>临期</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>没有打开全市视图</source>
        <translation>No city view is open</translation>
    </message>
    <message>
        <source>导出全市工作进展情况汇报</source>
        <translation>Export the city&apos;s progress report</translation>
    </message>
    <message>
        <source>全市工作进展情况汇报</source>
        <translation>City progress report</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf);;Word 文档 (*.docx)</source>
        <translation>PDF file (*.pdf);;Word document (*.docx)</translation>
    </message>
    <message>
        <source>已导出到 %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <source>打印预览</source>
        <translation>Print preview</translation>
    </message>
</context>
<context>
    <name>tuoyu::ClaimsTab</name>
    <message>
        <source>新增申报</source>
        <translation>New claim</translation>
    </message>
    <message>
        <source>规则：</source>
        <translation>Rule:</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>机构：</source>
        <translation>Institution:</translation>
    </message>
    <message>
        <source>期间：</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>2025 或 2025-03</source>
        <translation>2025 or 2025-03</translation>
    </message>
    <message>
        <source>数量：</source>
        <translation>Quantity:</translation>
    </message>
    <message>
        <source>户数：</source>
        <translation>Households:</translation>
    </message>
    <message>
        <source>申报成本（元）：</source>
        <translation>Declared cost (yuan):</translation>
    </message>
</context>
<context>
    <name>tuoyu::Claimstab</name>
    <message>
        <source>新增申报…</source>
        <translation>New claim…</translation>
    </message>
    <message>
        <source>按托位、按新增班、限额包和体验券的奖补，须由机构申报验收托位、新增班数、实际成本或体验人次。</source>
        <translation>Subsidies paid per place, per new class, capped packages and trial vouchers require the institution to claim the accepted places, new classes, actual cost or trial visits.</translation>
    </message>
    <message>
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>机构</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>规则</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>户数</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>申报成本（元）</source>
        <translation>Claimed cost (yuan)</translation>
    </message>
    <message>
        <source>数量：通过验收的托位数（空着按机构的普惠托位数）。</source>
        <translation>Quantity: places accepted on inspection (empty: the institution&apos;s affordable places).</translation>
    </message>
    <message>
        <source>数量：当年新增的托班数。</source>
        <translation>Quantity: classes added this year.</translation>
    </message>
    <message>
        <source>申报成本：实际投入，按上限核定。</source>
        <translation>Claimed cost: actual investment, approved up to the cap.</translation>
    </message>
    <message>
        <source>数量：体验人次·天；户数：用券家庭数（每户限次）。</source>
        <translation>Quantity: trial visits × days; households: families using vouchers (limited per family).</translation>
    </message>
    <message>
        <source>找不到机构“%1”</source>
        <translation>No institution “%1”</translation>
    </message>
    <message>
        <source>数量应为数字：%1</source>
        <translation>Quantity must be a number: %1</translation>
    </message>
    <message>
        <source>户数应为整数：%1</source>
        <translation>Households must be a whole number: %1</translation>
    </message>
    <message>
        <source>申报成本应为金额（元）：%1</source>
        <translation>Claimed cost must be an amount (yuan): %1</translation>
    </message>
    <message>
        <source>已新增申报</source>
        <translation>Claim added</translation>
    </message>
</context>
<context>
    <name>tuoyu::ConnectDialog</name>
    <message>
        <source>连接服务器</source>
        <translation>Connect to server</translation>
    </message>
    <message>
        <source>例如 db.city.gov 或 10.0.0.5</source>
        <translation>e.g. db.city.gov or 10.0.0.5</translation>
    </message>
    <message>
        <source>例如 tuoyu</source>
        <translation>e.g. tuoyu</translation>
    </message>
    <message>
        <source>服务器管理员给的用户名</source>
        <translation>the user name from the server administrator</translation>
    </message>
    <message>
        <source>服务器支持时加密（prefer，默认）</source>
        <translation>Encrypt when the server supports it (prefer, default)</translation>
    </message>
    <message>
        <source>必须加密（require）</source>
        <translation>Always encrypt (require)</translation>
    </message>
    <message>
        <source>必须加密并核对证书（verify-ca）</source>
        <translation>Encrypt and check the certificate (verify-ca)</translation>
    </message>
    <message>
        <source>必须加密并核对证书和主机名（verify-full）</source>
        <translation>Encrypt and check the certificate and host name (verify-full)</translation>
    </message>
    <message>
        <source>不加密（disable）</source>
        <translation>Do not encrypt (disable)</translation>
    </message>
    <message>
        <source>服务器：</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>端口：</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>数据库：</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>用户名：</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>区县：</source>
        <translation>District:</translation>
    </message>
    <message>
        <source>加密（sslmode）：</source>
        <translation>Encryption (sslmode):</translation>
    </message>
    <message>
        <source>密码不在这里填写：服务器要求时程序会单独询问，只在本次连接中使用，不会保存。也可以使用 PostgreSQL 的密码文件（~/.pgpass）。</source>
        <translation>The password is not entered here: when the server asks for one, the program asks separately, uses it for this connection only and never saves it. The PostgreSQL password file (~/.pgpass) works too.</translation>
    </message>
    <message>
        <source>连接</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>服务器</source>
        <translation>server</translation>
    </message>
    <message>
        <source>数据库</source>
        <translation>database</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>user name</translation>
    </message>
    <message>
        <source>请填写%1</source>
        <translation>Please fill in the %1</translation>
    </message>
    <message>
        <source>服务器密码</source>
        <translation>Server password</translation>
    </message>
    <message>
        <source>密码：</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>例如 屯留区；留空为全市（只读）</source>
        <translation>e.g. 屯留区; leave empty for the whole city (read-only)</translation>
    </message>
</context>
<context>
    <name>tuoyu::CoreWords</name>
    <message>
        <source>未开始</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>进行中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>公办</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>民办</source>
        <translation>Private</translation>
    </message>
    <message>
        <source>企业办</source>
        <translation>Enterprise-run</translation>
    </message>
    <message>
        <source>卫健办</source>
        <translation>Health-system-run</translation>
    </message>
    <message>
        <source>社区办</source>
        <translation>Community-run</translation>
    </message>
    <message>
        <source>独立</source>
        <translation>Independent</translation>
    </message>
    <message>
        <source>幼儿园托班</source>
        <translation>Kindergarten class</translation>
    </message>
    <message>
        <source>家庭托育点</source>
        <translation>Home-based childcare</translation>
    </message>
    <message>
        <source>用人单位办</source>
        <translation>Employer-run</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>待审核</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <source>已审核</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>已拨付</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>不予拨付</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>工作进展情况汇报</source>
        <translation>Progress report</translation>
    </message>
    <message>
        <source>督办单</source>
        <translation>Follow-up notice</translation>
    </message>
    <message>
        <source>情况通报</source>
        <translation>Bulletin</translation>
    </message>
    <message>
        <source>托育机构名单</source>
        <translation>Childcare institution list</translation>
    </message>
    <message>
        <source>任务台账</source>
        <translation>Task ledger</translation>
    </message>
    <message>
        <source>绩效指标完成情况表</source>
        <translation>Indicator achievement table</translation>
    </message>
    <message>
        <source>任务分解表</source>
        <translation>Task breakdown table</translation>
    </message>
    <message>
        <source>有标注</source>
        <translation>Labelled</translation>
    </message>
    <message>
        <source>无标注</source>
        <translation>Unlabelled</translation>
    </message>
    <message>
        <source>推测</source>
        <translation>Guessed</translation>
    </message>
    <message>
        <source>达标</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>未达标</source>
        <translation>Not met</translation>
    </message>
    <message>
        <source>预警</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>无数据</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>工程</source>
        <translation>programme</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>project</translation>
    </message>
    <message>
        <source>任务</source>
        <translation>task</translation>
    </message>
    <message>
        <source>每日备份</source>
        <translation>Daily backup</translation>
    </message>
    <message>
        <source>恢复前的文件</source>
        <translation>File before restore</translation>
    </message>
    <message>
        <source>即将到期</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>%1个工作日内到期</source>
        <translation>Due within %1 working days</translation>
    </message>
    <message>
        <source>按托位一次性</source>
        <translation>Per slot, once</translation>
    </message>
    <message>
        <source>按新增班一次性</source>
        <translation>Per new class, once</translation>
    </message>
    <message>
        <source>按机构一次性</source>
        <translation>Per institution, once</translation>
    </message>
    <message>
        <source>按人按月</source>
        <translation>Per child per month</translation>
    </message>
    <message>
        <source>限额包（按申报成本）</source>
        <translation>Capped package (by declared cost)</translation>
    </message>
    <message>
        <source>体验券</source>
        <translation>Trial voucher</translation>
    </message>
    <message>
        <source>日常</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>专项</source>
        <translation>Special</translation>
    </message>
    <message>
        <source>双随机</source>
        <translation>Double random</translation>
    </message>
    <message>
        <source>无需整改</source>
        <translation>No rectification needed</translation>
    </message>
    <message>
        <source>整改中</source>
        <translation>Rectifying</translation>
    </message>
    <message>
        <source>已整改</source>
        <translation>Rectified</translation>
    </message>
    <message>
        <source>逾期 %1 天</source>
        <translation>%1 days overdue</translation>
    </message>
    <message>
        <source>区县</source>
        <translation>District</translation>
    </message>
    <message>
        <source>机构</source>
        <translation>Institutions</translation>
    </message>
    <message>
        <source>托位</source>
        <translation>Slots</translation>
    </message>
    <message>
        <source>普惠托位</source>
        <translation>Puhui slots</translation>
    </message>
    <message>
        <source>每千人口托位数</source>
        <translation>Slots per 1,000 residents</translation>
    </message>
    <message>
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>临期</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>tuoyu::DashboardPage</name>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>概览</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>截至：</source>
        <translation>As of:</translation>
    </message>
    <message>
        <source>yyyy年M月d日</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>&lt;b&gt;逾期和即将到期的任务&lt;/b&gt;</source>
        <translation>&lt;b&gt;Overdue and due-soon tasks&lt;/b&gt;</translation>
    </message>
    <message>
        <source>任务</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>完成时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>牵头部门</source>
        <translation>Lead department</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>情况</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>“%1”（%2）</source>
        <translation>“%1” (%2)</translation>
    </message>
    <message>
        <source>这是示例工作区（屯留区实施方案，数字为示例）：各页按计划期内的 %1 显示进度和逾期；在“截至”处可改为其他日期。</source>
        <translation>This is the sample workspace (Tunliu District plan, sample figures): every page shows progress and overdue items as of %1 within the plan period; change the date under “As of”.</translation>
    </message>
    <message>
        <source>%1 %2 项：%3</source>
        <translation>%1 %2 item(s): %3</translation>
    </message>
    <message>
        <source>自上次打开（%1）以来新逾期</source>
        <translation>Newly overdue since last opened (%1)</translation>
    </message>
    <message>
        <source>M月d日</source>
        <translation>MMM d</translation>
    </message>
    <message>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>等</source>
        <translation> etc.</translation>
    </message>
    <message>
        <source>　&lt;a href=&quot;tasks&quot;&gt;查看任务&lt;/a&gt;</source>
        <translation> &lt;a href=&quot;tasks&quot;&gt;View tasks&lt;/a&gt;</translation>
    </message>
    <message>
        <source>目标 %1 · &lt;span style=&apos;color:%2&apos;&gt;%3&lt;/span&gt;</source>
        <translation>Target %1 · &lt;span style=&apos;color:%2&apos;&gt;%3&lt;/span&gt;</translation>
    </message>
    <message>
        <source>指标完成程度</source>
        <translation>Indicator achievement</translation>
    </message>
    <message>
        <source>暂无可计算的指标（请填写人口数据或实际值）</source>
        <translation>No indicator can be computed yet (enter population data or actual values)</translation>
    </message>
    <message>
        <source>指标完成程度（实际占目标 %）</source>
        <translation>Indicator achievement (actual as % of target)</translation>
    </message>
    <message>
        <source>完成程度</source>
        <translation>Achievement</translation>
    </message>
    <message>
        <source>目标（100%）</source>
        <translation>Target (100%)</translation>
    </message>
    <message>
        <source>各工程任务完成情况</source>
        <translation>Task completion by programme</translation>
    </message>
    <message>
        <source>计划中还没有任务</source>
        <translation>The plan has no tasks yet</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>进行中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>未开始</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>未填乡镇</source>
        <translation>No town given</translation>
    </message>
    <message>
        <source>托位按机构属性；按乡镇（街道）：%1</source>
        <translation>Places by institution type; by town (subdistrict): %1</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>托位按机构属性</source>
        <translation>Places by institution type</translation>
    </message>
    <message>
        <source>机构名单中还没有托位（请导入机构名单）</source>
        <translation>The institution registry has no places yet (import the registry)</translation>
    </message>
    <message>
        <source>▼本月</source>
        <translation>▼This month</translation>
    </message>
    <message>
        <source>（本月）</source>
        <translation> (this month)</translation>
    </message>
    <message>
        <source>任务完成时限分布</source>
        <translation>Task deadlines</translation>
    </message>
    <message>
        <source>没有写明完成时限的任务</source>
        <translation>No task has a written deadline</translation>
    </message>
    <message>
        <source>任务完成时限分布（按月）</source>
        <translation>Task deadlines (by month)</translation>
    </message>
    <message>
        <source>未到期</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <source>&lt;b&gt;逾期和%1的任务&lt;/b&gt;</source>
        <translation>&lt;b&gt;Overdue tasks · %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>另有 %1 项未完成任务的完成时限文件未写、按实施期末计，尚未确认，不计逾期；可在“任务”页“编辑任务”中确认。</source>
        <translation>%1 more open task(s) have no deadline in the document and count to the end of the plan period; unconfirmed, they are not counted as overdue. Confirm them under “Edit task” on the Tasks page.</translation>
    </message>
    <message>
        <source>还有 %1 个工作日</source>
        <translation>%1 working day(s) left</translation>
    </message>
</context>
<context>
    <name>tuoyu::DecompositionGridModel</name>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>原表合计为 %1，与各单元格之和不符</source>
        <translation>The table&apos;s original total is %1, which differs from the sum of the cells</translation>
    </message>
    <message>
        <source>目标 %1，完成 %2</source>
        <translation>Target %1, done %2</translation>
    </message>
    <message>
        <source>“%1”%2 应为数字：%3</source>
        <translation>“%1” %2 must be a number: %3</translation>
    </message>
</context>
<context>
    <name>tuoyu::DecompositionPage</name>
    <message>
        <source>项目（行）</source>
        <translation>Items (rows)</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Years</translation>
    </message>
    <message>
        <source>乡镇（街道）或部门（列）</source>
        <translation>Towns (subdistricts) or departments (columns)</translation>
    </message>
    <message>
        <source>还没有</source>
        <translation>missing </translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>分解</source>
        <translation>Breakdown</translation>
    </message>
    <message>
        <source>完成数</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <source>目标</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>打印所选乡镇（街道）…</source>
        <translation>Print selected town (subdistrict)…</translation>
    </message>
    <message>
        <source>年度：</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>显示并编辑：</source>
        <translation>Show and edit:</translation>
    </message>
    <message>
        <source>无法修改</source>
        <translation>Cannot change</translation>
    </message>
    <message>
        <source>表格：</source>
        <translation>Table:</translation>
    </message>
    <message>
        <source>添加项目…</source>
        <translation>Add item…</translation>
    </message>
    <message>
        <source>添加项目</source>
        <translation>Add item</translation>
    </message>
    <message>
        <source>项目名称（如 新增托位数）：</source>
        <translation>Item name (e.g. new childcare places):</translation>
    </message>
    <message>
        <source>“%1”的单位（如 个、家）：</source>
        <translation>Unit of “%1” (e.g. places, institutions):</translation>
    </message>
    <message>
        <source>个</source>
        <translation>units</translation>
    </message>
    <message>
        <source>删除所选项目</source>
        <translation>Delete selected item</translation>
    </message>
    <message>
        <source>删除项目</source>
        <translation>Delete item</translation>
    </message>
    <message>
        <source>添加年度…</source>
        <translation>Add year…</translation>
    </message>
    <message>
        <source>添加年度</source>
        <translation>Add year</translation>
    </message>
    <message>
        <source>删除本年度</source>
        <translation>Delete this year</translation>
    </message>
    <message>
        <source>删除年度</source>
        <translation>Delete year</translation>
    </message>
    <message>
        <source>添加列…</source>
        <translation>Add column…</translation>
    </message>
    <message>
        <source>添加列</source>
        <translation>Add column</translation>
    </message>
    <message>
        <source>所有乡镇（街道）和部门都已是表中的列。新的乡镇（街道）在“计划”页添加。</source>
        <translation>Every town (subdistrict) and department is already a column. Add new towns (subdistricts) on the Plan page.</translation>
    </message>
    <message>
        <source>乡镇（街道）或部门：</source>
        <translation>Town (subdistrict) or department:</translation>
    </message>
    <message>
        <source>删除所选列</source>
        <translation>Delete selected column</translation>
    </message>
    <message>
        <source>删除列</source>
        <translation>Delete column</translation>
    </message>
    <message>
        <source>乡镇（街道）：%1</source>
        <translation>Town (subdistrict): %1</translation>
    </message>
    <message>
        <source>部门：%1</source>
        <translation>Department: %1</translation>
    </message>
    <message>
        <source>无法修改分解表</source>
        <translation>Cannot change the breakdown table</translation>
    </message>
    <message>
        <source>%1年</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>本计划的任务分解表还不完整：%1。用上方的按钮添加，或从“文件 → 导入”导入分解表（如天宁区方案附件的格式）。</source>
        <translation>This plan&apos;s task breakdown table is not complete yet: %1. Add them with the buttons above, or import a breakdown table with “File → Import” (laid out like the Tianning District plan&apos;s annex).</translation>
    </message>
    <message>
        <source>%1年%2。红底为完成数低于目标的单元格（%3 个）。直接在格中修改，合计随之更新，可撤销。</source>
        <translation>%1, %2. Red cells are below target (%3). Edit directly in the cells; totals update and changes can be undone.</translation>
    </message>
    <message>
        <source>各单位完成数</source>
        <translation>Results by unit</translation>
    </message>
    <message>
        <source>各单位目标</source>
        <translation>Targets by unit</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>请先在表中选一个乡镇（街道）的列。</source>
        <translation>Select a town (subdistrict) column in the table first.</translation>
    </message>
    <message>
        <source>&lt;h2 align=&apos;center&apos;&gt;%1 任务分解落实情况&lt;/h2&gt;&lt;table border=&apos;1&apos; cellspacing=&apos;0&apos; cellpadding=&apos;4&apos; width=&apos;100%&apos;&gt;&lt;tr&gt;&lt;th&gt;项目&lt;/th&gt;&lt;th&gt;年度&lt;/th&gt;&lt;th&gt;目标&lt;/th&gt;&lt;th&gt;完成&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;h2 align=&apos;center&apos;&gt;%1 task breakdown progress&lt;/h2&gt;&lt;table border=&apos;1&apos; cellspacing=&apos;0&apos; cellpadding=&apos;4&apos; width=&apos;100%&apos;&gt;&lt;tr&gt;&lt;th&gt;Item&lt;/th&gt;&lt;th&gt;Year&lt;/th&gt;&lt;th&gt;Target&lt;/th&gt;&lt;th&gt;Achieved&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>（可撤销）</source>
        <translation> (can be undone)</translation>
    </message>
    <message>
        <source>删除项目“%1”及其各年、各列的目标和完成数？</source>
        <translation>Delete project “%1” with its targets and actuals of every year and column?</translation>
    </message>
    <message>
        <source>删除%1及其各项目、各列的目标和完成数？</source>
        <translation>Delete %1 with its targets and actuals of every project and column?</translation>
    </message>
    <message>
        <source>删除“%1”一列及其各年、各项目的目标和完成数？</source>
        <translation>Delete the column “%1” with its targets and actuals of every year and project?</translation>
    </message>
</context>
<context>
    <name>tuoyu::DepartmentsDialog</name>
    <message>
        <source>责任部门</source>
        <translation>Responsible departments</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>牵头任务</source>
        <translation>Lead tasks</translation>
    </message>
    <message>
        <source>配合任务</source>
        <translation>Supporting tasks</translation>
    </message>
    <message>
        <source>新部门名称，如 区医保局</source>
        <translation>New department name, e.g. District Healthcare Security Bureau</translation>
    </message>
    <message>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>改名…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>合并到…</source>
        <translation>Merge into…</translation>
    </message>
    <message>
        <source>同一单位的两种写法（如 区卫体局 / 区卫健局）合为一条：所有任务改为指向合并后的部门</source>
        <translation>Merge two spellings of the same body (e.g. 区卫体局 / 区卫健局) into one: all tasks then point to the merged department</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>改名、合并或删除后可用“撤销”（Ctrl+Z）恢复。</source>
        <translation>Renames, merges and deletions can be undone with “Undo” (Ctrl+Z).</translation>
    </message>
    <message>
        <source>部门改名</source>
        <translation>Rename department</translation>
    </message>
    <message>
        <source>新名称</source>
        <translation>New name</translation>
    </message>
    <message>
        <source>合并部门</source>
        <translation>Merge departments</translation>
    </message>
    <message>
        <source>把“%1”合并到</source>
        <translation>Merge “%1” into</translation>
    </message>
    <message>
        <source>未能保存</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <source>计划中没有责任部门“%1”</source>
        <translation>The plan has no responsible department “%1”</translation>
    </message>
</context>
<context>
    <name>tuoyu::EnrolmentTab</name>
    <message>
        <source>月份：</source>
        <translation>Month:</translation>
    </message>
    <message>
        <source>%1月</source>
        <translation>Month %1</translation>
    </message>
    <message>
        <source>每个机构当月的在托人数，按班别和类别填写；改动即保存，可撤销。二孩、三孩为各班合计中的人数。</source>
        <translation>Each institution&apos;s children enrolled in the month, by class and category; changes are saved at once and can be undone. Second and third children are counted within the class totals.</translation>
    </message>
    <message>
        <source>月度收托</source>
        <translation>Monthly enrolment</translation>
    </message>
</context>
<context>
    <name>tuoyu::EnrolmentTableModel</name>
    <message>
        <source>乳儿班</source>
        <translation>Infant class</translation>
    </message>
    <message>
        <source>托小班</source>
        <translation>Toddler class</translation>
    </message>
    <message>
        <source>托大班</source>
        <translation>Older toddler class</translation>
    </message>
    <message>
        <source>其中二孩</source>
        <translation>of which second children</translation>
    </message>
    <message>
        <source>其中三孩</source>
        <translation>of which third children</translation>
    </message>
    <message>
        <source>三孩家庭</source>
        <translation>Three-child families</translation>
    </message>
    <message>
        <source>计生特殊家庭</source>
        <translation>Special family-planning families</translation>
    </message>
    <message>
        <source>残疾婴幼儿</source>
        <translation>Children with disabilities</translation>
    </message>
    <message>
        <source>%1，托位 %2%3</source>
        <translation>%1, %2 places%3</translation>
    </message>
    <message>
        <source>，普惠</source>
        <translation>, affordable</translation>
    </message>
    <message>
        <source>机构</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>没有这一格</source>
        <translation>No such cell</translation>
    </message>
    <message>
        <source>“%1”%2 %3：请填写 0 或正整数（填的是“%4”）</source>
        <translation>“%1” %2 %3: enter 0 or a positive whole number (entered “%4”)</translation>
    </message>
</context>
<context>
    <name>tuoyu::EvidencePane</name>
    <message>
        <source>&lt;b&gt;佐证材料&lt;/b&gt;</source>
        <translation>&lt;b&gt;Evidence&lt;/b&gt;</translation>
    </message>
    <message>
        <source>添加…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>也可以把文件拖到任务上</source>
        <translation>Files can also be dropped on a task</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>导出全部…</source>
        <translation>Export all…</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>%1　%2　%3</source>
        <translation>%1　%2　%3</translation>
    </message>
    <message>
        <source>%1，%2 由 %3 添加</source>
        <translation>%1, added %2 by %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;佐证材料&lt;/b&gt;（%1）</source>
        <translation>&lt;b&gt;Evidence&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <source>未能添加佐证材料</source>
        <translation>Could not add evidence</translation>
    </message>
    <message>
        <source>添加佐证材料</source>
        <translation>Add evidence</translation>
    </message>
    <message>
        <source>佐证材料 (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.xls *.xlsx *.ofd);;所有文件 (*)</source>
        <translation>Evidence (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.xls *.xlsx *.ofd);;All files (*)</translation>
    </message>
    <message>
        <source>无法打开佐证材料</source>
        <translation>Cannot open evidence</translation>
    </message>
    <message>
        <source>没有能打开“%1”的程序</source>
        <translation>No program can open “%1”</translation>
    </message>
    <message>
        <source>导出全部佐证材料到文件夹</source>
        <translation>Export all evidence to a folder</translation>
    </message>
    <message>
        <source>导出未完成</source>
        <translation>Export not finished</translation>
    </message>
    <message>
        <source>已导出 %1 个，之后：%2</source>
        <translation>%1 exported, then: %2</translation>
    </message>
    <message>
        <source>已导出</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>已导出 %1 个佐证材料到 %2</source>
        <translation>%1 evidence files exported to %2</translation>
    </message>
    <message>
        <source>未能删除佐证材料</source>
        <translation>Could not delete evidence</translation>
    </message>
    <message>
        <source>也可以把文件拖到这里</source>
        <translation>Files can also be dropped here</translation>
    </message>
</context>
<context>
    <name>tuoyu::FeedbackMergeDialog</name>
    <message>
        <source>合并反馈表</source>
        <translation>Merge feedback forms</translation>
    </message>
    <message>
        <source>任务 / 项目</source>
        <translation>Task / item</translation>
    </message>
    <message>
        <source>原值</source>
        <translation>Old value</translation>
    </message>
    <message>
        <source>新值</source>
        <translation>New value</translation>
    </message>
    <message>
        <source>%1 · %2 第%3行 · %4</source>
        <translation>%1 · %2 row %3 · %4</translation>
    </message>
    <message>
        <source>注意：</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>%1 份文件，对上 %2 行，其中 %3 行有新内容、%4 行无新内容；拒收 %5 行。取消勾选的行不合并。</source>
        <translation>%1 file(s), %2 row(s) matched: %3 with new content, %4 without; %5 row(s) refused. Unticked rows are not merged.</translation>
    </message>
    <message>
        <source>拒收 </source>
        <translation>Refused </translation>
    </message>
    <message>
        <source>没有拒收的行。</source>
        <translation>No rows refused.</translation>
    </message>
    <message>
        <source>合并</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>拒收的行</source>
        <translation>Refused rows</translation>
    </message>
    <message>
        <source>发出反馈表</source>
        <translation>Send feedback forms</translation>
    </message>
    <message>
        <source>%1（%2项任务）</source>
        <translation>%1 (%2 task(s))</translation>
    </message>
    <message>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>输出文件夹</source>
        <translation>Output folder</translation>
    </message>
    <message>
        <source>反馈轮次</source>
        <translation>Feedback round</translation>
    </message>
    <message>
        <source>输出到</source>
        <translation>Output to</translation>
    </message>
    <message>
        <source>发给哪些单位：</source>
        <translation>Send to these units:</translation>
    </message>
    <message>
        <source>已为 %1 个单位写出反馈表，保存在 %2</source>
        <translation>Feedback forms written for %1 unit(s), saved in %2</translation>
    </message>
    <message>
        <source>选择报回的反馈表</source>
        <translation>Choose returned feedback forms</translation>
    </message>
    <message>
        <source>反馈表 (*.xlsx *.xls *.docx)</source>
        <translation>Feedback forms (*.xlsx *.xls *.docx)</translation>
    </message>
</context>
<context>
    <name>tuoyu::FeedbackRequestsPane</name>
    <message>
        <source>显示已处理的申请</source>
        <translation>Show decided requests</translation>
    </message>
    <message>
        <source>批准</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>驳回…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <source>报送单位</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>申请</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>任务</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>现完成时限</source>
        <translation>Current deadline</translation>
    </message>
    <message>
        <source>申请延期至</source>
        <translation>Extend to</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>填报人</source>
        <translation>Filled in by</translation>
    </message>
    <message>
        <source>报回日期</source>
        <translation>Returned on</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>办结申请：任务办结；延期申请：改为申请的时限，原时限记入延期记录</source>
        <translation>Completion request: the task is closed; extension request: the deadline becomes the one asked for, the old one is kept in the extension history</translation>
    </message>
    <message>
        <source>驳回所选申请，须写明理由；任务不变</source>
        <translation>Reject the selected requests, with a reason; the task stays as it is</translation>
    </message>
    <message>
        <source>：</source>
        <translation>: </translation>
    </message>
    <message>
        <source>没有待审批的办结、延期申请。</source>
        <translation>No completion or extension requests wait for a decision.</translation>
    </message>
    <message>
        <source>%1 项申请待审批。选中后批准或驳回，每项都可撤销（Ctrl+Z）。</source>
        <translation>%1 requests wait for a decision. Select them, then approve or reject; each can be undone (Ctrl+Z).</translation>
    </message>
    <message>
        <source>未能批准</source>
        <translation>Could not approve</translation>
    </message>
    <message>
        <source>未能驳回</source>
        <translation>Could not reject</translation>
    </message>
    <message>
        <source>批准申请</source>
        <translation>Approve requests</translation>
    </message>
    <message>
        <source>批准所选的 %1 项申请？办结申请将办结任务，延期申请将改为申请的完成时限（原时限记入延期记录）。</source>
        <translation>Approve the %1 selected requests? Completion requests close their tasks; extension requests set the deadline asked for (the old one is kept in the extension history).</translation>
    </message>
    <message>
        <source>驳回申请</source>
        <translation>Reject requests</translation>
    </message>
    <message>
        <source>驳回所选的 %1 项申请的理由（将告知报送单位）：</source>
        <translation>Reason for rejecting the %1 selected requests (the departments will be told):</translation>
    </message>
</context>
<context>
    <name>tuoyu::Forms</name>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>无法导出</source>
        <translation>Cannot export</translation>
    </message>
</context>
<context>
    <name>tuoyu::FundsTab</name>
    <message>
        <source>新增资金</source>
        <translation>New fund</translation>
    </message>
    <message>
        <source>名称：</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>例如 2025年中央财政普惠托育专项资金</source>
        <translation>e.g. 2025 central special fund for affordable childcare</translation>
    </message>
    <message>
        <source>来源：</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>中央</source>
        <translation>Central</translation>
    </message>
    <message>
        <source>省</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>市</source>
        <translation>City</translation>
    </message>
    <message>
        <source>区</source>
        <translation>District</translation>
    </message>
    <message>
        <source>年度：</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>金额（元）：</source>
        <translation>Amount (yuan):</translation>
    </message>
    <message>
        <source>例如 500000 或 50万</source>
        <translation>e.g. 500000 or 50万</translation>
    </message>
</context>
<context>
    <name>tuoyu::Fundstab</name>
    <message>
        <source>新增资金…</source>
        <translation>New fund…</translation>
    </message>
    <message>
        <source>资金</source>
        <translation>Fund</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>预算（元）</source>
        <translation>Budget (yuan)</translation>
    </message>
    <message>
        <source>已审核待拨付（元）</source>
        <translation>Approved, awaiting payment (yuan)</translation>
    </message>
    <message>
        <source>已拨付（元）</source>
        <translation>Paid (yuan)</translation>
    </message>
    <message>
        <source>余额（元）</source>
        <translation>Balance (yuan)</translation>
    </message>
    <message>
        <source>各项资金：已审核待拨付、已拨付与余额（万元）</source>
        <translation>Funds: approved awaiting payment, paid and balance (10,000 yuan)</translation>
    </message>
    <message>
        <source>已审核待拨付</source>
        <translation>Approved, awaiting payment</translation>
    </message>
    <message>
        <source>已拨付</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>余额</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>万元</source>
        <translation>10,000 yuan</translation>
    </message>
    <message>
        <source>&lt;b&gt;中央财政资金正面清单：&lt;/b&gt;%1&lt;br&gt;&lt;b&gt;负面清单（不得由中央资金支付）：&lt;/b&gt;%2&lt;br&gt;地方资金不受正负面清单限制。</source>
        <translation>&lt;b&gt;Central funds, allowed uses:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Not allowed (not payable from central funds):&lt;/b&gt; %2&lt;br&gt;Local funds are not bound by these lists.</translation>
    </message>
    <message>
        <source>（方案未列）</source>
        <translation>(not listed in the plan)</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>金额应为元，例如 500000 或 50万：%1</source>
        <translation>The amount must be in yuan, e.g. 500000 or 50万: %1</translation>
    </message>
    <message>
        <source>已新增资金</source>
        <translation>Fund added</translation>
    </message>
</context>
<context>
    <name>tuoyu::GanttView</name>
    <message>
        <source>%1年</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1月</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>今天 %1</source>
        <translation>Today %1</translation>
    </message>
    <message>
        <source>M月d日</source>
        <translation>MMM d</translation>
    </message>
    <message>
        <source>第 %1 页 / 共 %2 页　打印日期 %3</source>
        <translation>Page %1 of %2    Printed %3</translation>
    </message>
    <message>
        <source>yyyy年M月d日</source>
        <translation>yyyy-MM-dd</translation>
    </message>
</context>
<context>
    <name>tuoyu::HelpWindow</name>
    <message>
        <source>托育工作台 使用说明</source>
        <translation>TuoyuDesk user manual</translation>
    </message>
</context>
<context>
    <name>tuoyu::HistoryDialog</name>
    <message>
        <source>修改记录：%1</source>
        <translation>Change history: %1</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>操作人</source>
        <translation>By</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>原值</source>
        <translation>Old value</translation>
    </message>
    <message>
        <source>新值</source>
        <translation>New value</translation>
    </message>
    <message>
        <source>撤销：</source>
        <translation>Undo: </translation>
    </message>
    <message>
        <source>重做：</source>
        <translation>Redo: </translation>
    </message>
    <message>
        <source>（整条记录）</source>
        <translation>(whole record)</translation>
    </message>
</context>
<context>
    <name>tuoyu::HolidayDialog</name>
    <message>
        <source>节假日设置（督办工作日）</source>
        <translation>Holidays (working days for follow-up)</translation>
    </message>
    <message>
        <source>到期提醒和序时进度按工作日计算：周一至周五上班，扣除法定节假日，计入调休上班日。已内置 2023–2026 年国务院办公厅通知；新一年的安排公布后请在此添加。</source>
        <translation>Due-date reminders and scheduled progress count working days: Monday to Friday, less public holidays, plus make-up working days. The State Council General Office notices for 2023–2026 are built in; add a new year&apos;s schedule here once it is published.</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>放假</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <source>调休上班</source>
        <translation>Make-up working day</translation>
    </message>
    <message>
        <source>节日名称，如 春节</source>
        <translation>Holiday name, e.g. Spring Festival</translation>
    </message>
    <message>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>删除所选</source>
        <translation>Delete selected</translation>
    </message>
    <message>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>内置（国务院办公厅通知）</source>
        <translation>Built in (State Council General Office notice)</translation>
    </message>
    <message>
        <source>自行添加</source>
        <translation>Added by you</translation>
    </message>
    <message>
        <source>未能添加</source>
        <translation>Could not add</translation>
    </message>
    <message>
        <source>内置日期</source>
        <translation>Built-in date</translation>
    </message>
    <message>
        <source>内置日期不能删除；如需更正，请为该日期添加一条新的设置。</source>
        <translation>Built-in dates cannot be deleted; to correct one, add a new entry for that date.</translation>
    </message>
    <message>
        <source>未能删除</source>
        <translation>Could not delete</translation>
    </message>
</context>
<context>
    <name>tuoyu::ImportDialog</name>
    <message>
        <source>导入 %1</source>
        <translation>Import %1</translation>
    </message>
    <message>
        <source>表格：</source>
        <translation>Table:</translation>
    </message>
    <message>
        <source>内容：</source>
        <translation>Content:</translation>
    </message>
    <message>
        <source>新建计划（以表格标题为名）</source>
        <translation>New plan (named after the table&apos;s title)</translation>
    </message>
    <message>
        <source>写入计划：</source>
        <translation>Write into plan:</translation>
    </message>
    <message>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>表头</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>导入为</source>
        <translation>Import as</translation>
    </message>
    <message>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>列对应</source>
        <translation>Column mapping</translation>
    </message>
    <message>
        <source>不导入的行</source>
        <translation>Rows not imported</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>导入失败</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>正在读取 %1 …</source>
        <translation>Reading %1 …</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>%1 中没有表格</source>
        <translation>No table in %1</translation>
    </message>
    <message>
        <source>无法导入</source>
        <translation>Cannot import</translation>
    </message>
    <message>
        <source>%1（%2 行）%3</source>
        <translation>%1 (%2 rows)%3</translation>
    </message>
    <message>
        <source>［隐藏］</source>
        <translation>[hidden]</translation>
    </message>
    <message>
        <source>正在对应各列并与工作区核对 %1 …</source>
        <translation>Mapping columns and checking against the workspace: %1 …</translation>
    </message>
    <message>
        <source>（%1年 %2）</source>
        <translation> (%1 %2)</translation>
    </message>
    <message>
        <source>（不导入）</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <source>导入后</source>
        <translation>After import</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <source>更新：</source>
        <translation>Update: </translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>不变</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>（请核对）</source>
        <translation>(please check)</translation>
    </message>
    <message>
        <source>不导入的行（%1）</source>
        <translation>Rows not imported (%1)</translation>
    </message>
    <message>
        <source>将新增 &lt;b&gt;%1&lt;/b&gt;，更新 &lt;b&gt;%2&lt;/b&gt;，不变 %3，不导入 &lt;b&gt;%4&lt;/b&gt; 行。</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; new, &lt;b&gt;%2&lt;/b&gt; updated, %3 unchanged, &lt;b&gt;%4&lt;/b&gt; row(s) not imported.</translation>
    </message>
    <message>
        <source>预览显示前 %1 行。</source>
        <translation>The preview shows the first %1 rows.</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;span style=&apos;color:#b26a00&apos;&gt;注意：%1&lt;/span&gt;</source>
        <translation>&lt;br&gt;&lt;span style=&apos;color:#b26a00&apos;&gt;Note: %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>没有可导入的内容</source>
        <translation>Nothing to import</translation>
    </message>
    <message>
        <source>导入失败，工作区未改动：%1</source>
        <translation>Import failed, the workspace is unchanged: %1</translation>
    </message>
</context>
<context>
    <name>tuoyu::IndicatorDialog</name>
    <message>
        <source>新增指标</source>
        <translation>New indicator</translation>
    </message>
    <message>
        <source>（不分层级）</source>
        <translation>(no tier)</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>indicators</translation>
    </message>
    <message>
        <source>如 每千人口托位数</source>
        <translation>e.g. childcare places per 1,000 population</translation>
    </message>
    <message>
        <source>个、%、家</source>
        <translation>places, %, institutions</translation>
    </message>
    <message>
        <source>≥ 达到或超过目标</source>
        <translation>≥ reach or exceed the target</translation>
    </message>
    <message>
        <source>≤ 不超过目标（降至）</source>
        <translation>≤ stay at or below the target (reduce to)</translation>
    </message>
    <message>
        <source>手工录入实际值（问卷、统计报表等）</source>
        <translation>Actual value entered by hand (surveys, statistical reports…)</translation>
    </message>
    <message>
        <source>按机构名单计算：%1 = %2</source>
        <translation>Computed from the institution registry: %1 = %2</translation>
    </message>
    <message>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>目标值</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>添加年份</source>
        <translation>Add year</translation>
    </message>
    <message>
        <source>删除所选年份</source>
        <translation>Delete selected year</translation>
    </message>
    <message>
        <source>分阶段目标每年一行；某年没有目标时，按此前最近一年的目标计。</source>
        <translation>One row per year for phased targets; a year without a target uses the latest earlier year&apos;s target.</translation>
    </message>
    <message>
        <source>方向：</source>
        <translation>Direction:</translation>
    </message>
    <message>
        <source>层级：</source>
        <translation>Tier:</translation>
    </message>
    <message>
        <source>指标名称：</source>
        <translation>Indicator name:</translation>
    </message>
    <message>
        <source>单位：</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>实际值来源：</source>
        <translation>Actual value from:</translation>
    </message>
    <message>
        <source>年度目标：</source>
        <translation>Yearly targets:</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>修改指标“%1”</source>
        <translation>Edit indicator “%1”</translation>
    </message>
    <message>
        <source>目标为“%1”，不按年份设数值。</source>
        <translation>The target is “%1”; no yearly figures.</translation>
    </message>
    <message>
        <source>年度目标第%1行的年份“%2”不是年份</source>
        <translation>Yearly targets row %1: “%2” is not a year</translation>
    </message>
    <message>
        <source>%1年的目标值“%2”不是数字</source>
        <translation>The target for %1, “%2”, is not a number</translation>
    </message>
    <message>
        <source>公式：%1（单位：%2）。实际值随机构名单自动更新。</source>
        <translation>Formula: %1 (unit: %2). The actual value follows the institution registry.</translation>
    </message>
    <message>
        <source>实际值由您在“指标”页录入，注明日期和来源。</source>
        <translation>You enter the actual value on the Indicators page, with its date and source.</translation>
    </message>
</context>
<context>
    <name>tuoyu::IndicatorsPage</name>
    <message>
        <source>%1年%2：%3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>原文：%1</source>
        <translation>Original text: %1</translation>
    </message>
    <message>
        <source>%1平均水平 %2：%3，%4</source>
        <translation>%1 average %2: %3, %4</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>层级</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>目标</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>目标年份</source>
        <translation>Target year</translation>
    </message>
    <message>
        <source>实际</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>公式或来源</source>
        <translation>Formula or source</translation>
    </message>
    <message>
        <source>选择一项指标，查看其变化并录入实际值。</source>
        <translation>Select an indicator to see how it changed and enter actual values.</translation>
    </message>
    <message>
        <source>来源，如 2025年家长满意度问卷</source>
        <translation>Source, e.g. 2025 parent satisfaction survey</translation>
    </message>
    <message>
        <source>录入实际值</source>
        <translation>Enter actual value</translation>
    </message>
    <message>
        <source>已实现</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <source>未实现</source>
        <translation>Not achieved</translation>
    </message>
    <message>
        <source>日期：</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>实际值：</source>
        <translation>Actual value:</translation>
    </message>
    <message>
        <source>来源，如 省卫健委2023年托育统计通报</source>
        <translation>Source, e.g. provincial health commission 2023 childcare statistics bulletin</translation>
    </message>
    <message>
        <source>录入平均水平</source>
        <translation>Enter average</translation>
    </message>
    <message>
        <source>比较的平均水平：</source>
        <translation>Average compared with:</translation>
    </message>
    <message>
        <source>统计日期：</source>
        <translation>Date of the figure:</translation>
    </message>
    <message>
        <source>无法录入</source>
        <translation>Cannot enter</translation>
    </message>
    <message>
        <source>新增指标…</source>
        <translation>New indicator…</translation>
    </message>
    <message>
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>删除…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>删除指标</source>
        <translation>Delete indicator</translation>
    </message>
    <message>
        <source>删除指标“%1”？（可撤销）</source>
        <translation>Delete indicator “%1”? (Can be undone)</translation>
    </message>
    <message>
        <source>删除指标“%1”及其%2？（可撤销）</source>
        <translation>Delete indicator “%1” and its %2? (Can be undone)</translation>
    </message>
    <message>
        <source>无法删除</source>
        <translation>Cannot delete</translation>
    </message>
    <message>
        <source>请先打开一个计划</source>
        <translation>Open a plan first</translation>
    </message>
    <message>
        <source>请先选择一项指标</source>
        <translation>Select an indicator first</translation>
    </message>
    <message>
        <source>认定：</source>
        <translation>Judgement:</translation>
    </message>
    <message>
        <source>认定</source>
        <translation>Judge</translation>
    </message>
    <message>
        <source>%1：缺少%2平均水平</source>
        <translation>%1: %2 average missing</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>手工录入</source>
        <translation>Entered by hand</translation>
    </message>
    <message>
        <source>本计划还没有绩效指标。点“新增指标…”逐项添加：层级、名称、单位、方向、各年目标，以及实际值按机构名单计算（选公式）还是手工录入。</source>
        <translation>This plan has no performance indicators yet. Click “New indicator…” to add them one by one: tier, name, unit, direction, yearly targets, and whether the actual value is computed from the institution registry (choose a formula) or entered by hand.</translation>
    </message>
    <message>
        <source>选择一项指标查看变化</source>
        <translation>Select an indicator to see how it changed</translation>
    </message>
    <message>
        <source>%1 的变化</source>
        <translation>%1 over time</translation>
    </message>
    <message>
        <source>按机构名单计算</source>
        <translation>Computed from the institution registry</translation>
    </message>
    <message>
        <source>目标为文字“%1”，由您认定是否实现</source>
        <translation>The target is the words “%1”; you judge whether it is achieved</translation>
    </message>
    <message>
        <source>已选：&lt;b&gt;%1&lt;/b&gt;（%2）</source>
        <translation>Selected: &lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>月度值</source>
        <translation>Monthly value</translation>
    </message>
    <message>
        <source>每月快照（已记录）</source>
        <translation>Monthly snapshots (recorded)</translation>
    </message>
    <message>
        <source>按月末重算（无快照）</source>
        <translation>Recomputed at month end (no snapshot)</translation>
    </message>
    <message>
        <source>录入值</source>
        <translation>Entered values</translation>
    </message>
    <message>
        <source>年度结转…</source>
        <translation>Close the year…</translation>
    </message>
    <message>
        <source>结转一个已结束的年度：未完成任务转入下一年，未达标指标列出，该年指标数据冻结（可撤销）</source>
        <translation>Close a finished year: unfinished tasks carry into the next year, unmet targets are listed, the year&apos;s indicator figures are frozen (can be undone)</translation>
    </message>
    <message>
        <source>当前</source>
        <translation>Current</translation>
    </message>
    <message>
        <source>显示：</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>%1年（已结转）</source>
        <translation>%1 (closed)</translation>
    </message>
    <message>
        <source>%1年度结转时冻结的数字</source>
        <translation>Figures frozen when %1 was closed</translation>
    </message>
</context>
<context>
    <name>tuoyu::InspectionDialog</name>
    <message>
        <source>如：郭建军、李伟</source>
        <translation>e.g. Guo Jianjun, Li Wei</translation>
    </message>
    <message>
        <source>如：消防通道堆放杂物；晨检记录不全（据此归入问题类别）</source>
        <translation>e.g. fire exit blocked; morning check records incomplete (sorted into finding categories)</translation>
    </message>
    <message>
        <source>机构(&amp;J)</source>
        <translation>&amp;Institution</translation>
    </message>
    <message>
        <source>检查日期(&amp;D)</source>
        <translation>Inspection &amp;date</translation>
    </message>
    <message>
        <source>检查类型(&amp;T)</source>
        <translation>Inspection &amp;type</translation>
    </message>
    <message>
        <source>检查人员(&amp;R)</source>
        <translation>Inspecto&amp;rs</translation>
    </message>
    <message>
        <source>发现问题(&amp;F)</source>
        <translation>&amp;Findings</translation>
    </message>
    <message>
        <source>整改情况(&amp;S)</source>
        <translation>Rectification &amp;status</translation>
    </message>
    <message>
        <source>整改期限(&amp;Q)</source>
        <translation>Rectification deadline (&amp;Q)</translation>
    </message>
    <message>
        <source>整改完成日期(&amp;W)</source>
        <translation>Rectification done on (&amp;W)</translation>
    </message>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>编辑检查</source>
        <translation>Edit inspection</translation>
    </message>
    <message>
        <source>未能保存</source>
        <translation>Could not save</translation>
    </message>
</context>
<context>
    <name>tuoyu::InstitutionDialog</name>
    <message>
        <source>空 = 未报</source>
        <translation>Empty = not reported</translation>
    </message>
    <message>
        <source>机构信息</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>（未填）</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>普惠性机构</source>
        <translation>Affordable institution</translation>
    </message>
    <message>
        <source>空 = 未报（普惠机构按全部托位计）</source>
        <translation>Empty = not reported (affordable institutions count all places)</translation>
    </message>
    <message>
        <source>元/月，如 1800；空 = 未报</source>
        <translation>Yuan per month, e.g. 1800; empty = not reported</translation>
    </message>
    <message>
        <source>连锁品牌名称，非连锁留空</source>
        <translation>Chain brand name; leave empty if not a chain</translation>
    </message>
    <message>
        <source>已备案</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>机构名称*</source>
        <translation>Institution name*</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>属性</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>所属乡镇（街道）</source>
        <translation>Town (subdistrict)</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>托位数</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>普惠托位</source>
        <translation>Affordable places</translation>
    </message>
    <message>
        <source>乳儿班</source>
        <translation>Infant class</translation>
    </message>
    <message>
        <source>托小班</source>
        <translation>Toddler class</translation>
    </message>
    <message>
        <source>托大班</source>
        <translation>Older toddler class</translation>
    </message>
    <message>
        <source>分班托位</source>
        <translation>Places by class</translation>
    </message>
    <message>
        <source>在托人数</source>
        <translation>Children enrolled</translation>
    </message>
    <message>
        <source>其中持证</source>
        <translation>of whom certified</translation>
    </message>
    <message>
        <source>从业人员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>月收费（元）</source>
        <translation>Monthly fee (yuan)</translation>
    </message>
    <message>
        <source>连锁品牌</source>
        <translation>Chain brand</translation>
    </message>
    <message>
        <source>备案日期</source>
        <translation>Registration date</translation>
    </message>
    <message>
        <source>开办日期</source>
        <translation>Opening date</translation>
    </message>
    <message>
        <source>等级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>医育结合签约机构</source>
        <translation>Medical–childcare partnership</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>乳儿班托位</source>
        <translation>Infant class places</translation>
    </message>
    <message>
        <source>托小班托位</source>
        <translation>Toddler class places</translation>
    </message>
    <message>
        <source>托大班托位</source>
        <translation>Older toddler class places</translation>
    </message>
    <message>
        <source>持证人员</source>
        <translation>Certified staff</translation>
    </message>
    <message>
        <source>%1应为整数（%2）</source>
        <translation>%1 must be a whole number (%2)</translation>
    </message>
    <message>
        <source>月收费应为元数，最多两位小数（%1），如 1800 或 1850.50</source>
        <translation>The monthly fee must be in yuan with at most two decimals (%1), e.g. 1800 or 1850.50</translation>
    </message>
    <message>
        <source>请核实</source>
        <translation>Please check</translation>
    </message>
    <message>
        <source>在托人数（%1）多于托位数（%2），仍然保存吗？</source>
        <translation>Children enrolled (%1) exceed places (%2). Save anyway?</translation>
    </message>
    <message>
        <source>如 %1</source>
        <translation>e.g. %1</translation>
    </message>
    <message>
        <source>%1不是有效日期（%2），请写成 %3 的形式</source>
        <translation>%1 is not a valid date (%2); write it like %3</translation>
    </message>
</context>
<context>
    <name>tuoyu::InstitutionTableModel</name>
    <message>
        <source>在托人数多于托位数，请核实</source>
        <translation>More children enrolled than places; please check</translation>
    </message>
</context>
<context>
    <name>tuoyu::InstitutionsPage</name>
    <message>
        <source>机构</source>
        <translation>Institutions</translation>
    </message>
    <message>
        <source>搜索名称、信用代码、地址（Ctrl+F）</source>
        <translation>Search name, credit code, address (Ctrl+F)</translation>
    </message>
    <message>
        <source>全部属性</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>普惠：全部</source>
        <translation>Affordable: all</translation>
    </message>
    <message>
        <source>普惠</source>
        <translation>Affordable</translation>
    </message>
    <message>
        <source>非普惠</source>
        <translation>Not affordable</translation>
    </message>
    <message>
        <source>备案：全部</source>
        <translation>Registration: all</translation>
    </message>
    <message>
        <source>已备案</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>未备案</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <source>新增…</source>
        <translation>New…</translation>
    </message>
    <message>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>修改记录…</source>
        <translation>Change history…</translation>
    </message>
    <message>
        <source>所选机构的每一次修改：时间、操作人、字段、原值 → 新值</source>
        <translation>Every change to the selected institution: time, user, field, old value → new value</translation>
    </message>
    <message>
        <source>全部乡镇（街道）</source>
        <translation>All towns (subdistricts)</translation>
    </message>
    <message>
        <source>未填乡镇</source>
        <translation>No town given</translation>
    </message>
    <message>
        <source>未打开工作区</source>
        <translation>No workspace open</translation>
    </message>
    <message>
        <source>&lt;b&gt;合计&lt;/b&gt;　%1 家机构　托位 &lt;b&gt;%2&lt;/b&gt;　普惠托位 &lt;b&gt;%3&lt;/b&gt;　在托 &lt;b&gt;%4&lt;/b&gt;　已备案 %5 家</source>
        <translation>&lt;b&gt;Total&lt;/b&gt;  %1 institutions  places &lt;b&gt;%2&lt;/b&gt;  affordable places &lt;b&gt;%3&lt;/b&gt;  enrolled &lt;b&gt;%4&lt;/b&gt;  registered %5</translation>
    </message>
    <message>
        <source>未能保存</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <source>新增机构</source>
        <translation>New institution</translation>
    </message>
    <message>
        <source>已新增“%1”</source>
        <translation>Added “%1”</translation>
    </message>
    <message>
        <source>编辑机构</source>
        <translation>Edit institution</translation>
    </message>
    <message>
        <source>删除机构</source>
        <translation>Delete institution</translation>
    </message>
    <message>
        <source>检查与人员…</source>
        <translation>Inspections and staff…</translation>
    </message>
    <message>
        <source>所选机构的监督检查记录和从业人员</source>
        <translation>The selected institution&apos;s inspections and staff</translation>
    </message>
    <message>
        <source>、%1 名从业人员和 %2 次监督检查（连同其佐证材料）</source>
        <translation>, %1 staff and %2 inspections (with their evidence)</translation>
    </message>
    <message>
        <source>删除“%1”及其入托记录%2吗？
删除后可用“撤销”（Ctrl+Z）恢复。</source>
        <translation>Delete “%1” with its enrolment records%2?
Undo (Ctrl+Z) brings them back.</translation>
    </message>
</context>
<context>
    <name>tuoyu::LedgerTab</name>
    <message>
        <source>计算台账</source>
        <translation>Compute ledger</translation>
    </message>
    <message>
        <source>按现行规则重新计算本年度待审核的行；已审核、已拨付和不予拨付的行保持不变</source>
        <translation>Recompute this year&apos;s lines awaiting approval with the current rules; approved, paid and refused lines stay as they are</translation>
    </message>
    <message>
        <source>审核…</source>
        <translation>Approve…</translation>
    </message>
    <message>
        <source>拨付…</source>
        <translation>Pay…</translation>
    </message>
    <message>
        <source>不予拨付…</source>
        <translation>Refuse payment…</translation>
    </message>
    <message>
        <source>规则、申报或收托有改动，请重新计算台账。</source>
        <translation>Rules, claims or enrolment have changed; please recompute the ledger.</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>机构、说明或凭证号</source>
        <translation>Institution, note or voucher no.</translation>
    </message>
    <message>
        <source>状态：</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>规则：</source>
        <translation>Rule:</translation>
    </message>
    <message>
        <source>期间：</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>按机构合计</source>
        <translation>Totals by institution</translation>
    </message>
    <message>
        <source>按规则合计</source>
        <translation>Totals by rule</translation>
    </message>
    <message>
        <source>按期间合计</source>
        <translation>Totals by period</translation>
    </message>
    <message>
        <source>按资金合计</source>
        <translation>Totals by fund</translation>
    </message>
    <message>
        <source>分组</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>行数</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>待审核</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <source>已审核</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>已拨付</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>合计（不含不予拨付）</source>
        <translation>Total (excluding refused)</translation>
    </message>
    <message>
        <source>已计算%1年奖补台账</source>
        <translation>Subsidy ledger for %1 computed</translation>
    </message>
    <message>
        <source>全部规则</source>
        <translation>All rules</translation>
    </message>
    <message>
        <source>%1（%2起）</source>
        <translation>%1 (from %2)</translation>
    </message>
    <message>
        <source>全年</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <source>年度一次性</source>
        <translation>Once a year</translation>
    </message>
    <message>
        <source>%1月</source>
        <translation>Month %1</translation>
    </message>
    <message>
        <source>%1年还没有台账。填好月度收托和申报后，点击“计算台账”。</source>
        <translation>No ledger for %1 yet. Fill in monthly enrolment and claims, then click “Compute ledger”.</translation>
    </message>
    <message>
        <source>%1 行，合计 &lt;b&gt;%2&lt;/b&gt; 元：待审核 %3，已审核 %4，已拨付 %5；不予拨付 %6</source>
        <translation>%1 line(s), total &lt;b&gt;%2&lt;/b&gt; yuan: awaiting approval %3, approved %4, paid %5; refused %6</translation>
    </message>
    <message>
        <source>（未指定资金）</source>
        <translation>(no fund given)</translation>
    </message>
    <message>
        <source>请先打开工作区并选择实施方案</source>
        <translation>Open a workspace and choose a plan first</translation>
    </message>
    <message>
        <source>请选择支付的资金</source>
        <translation>Choose the fund that pays</translation>
    </message>
    <message>
        <source>%1 %2 行</source>
        <translation>%1 %2 line(s)</translation>
    </message>
    <message>
        <source>已%1 %2 行</source>
        <translation>%1: %2 line(s)</translation>
    </message>
    <message>
        <source>审核</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>审核后这些行不再随规则重新计算。</source>
        <translation>Once approved, these lines are no longer recomputed from the rules.</translation>
    </message>
    <message>
        <source>计入资金：</source>
        <translation>Charge to fund:</translation>
    </message>
    <message>
        <source>拨付</source>
        <translation>Pay</translation>
    </message>
    <message>
        <source>例如 记-2025-0312</source>
        <translation>e.g. JV-2025-0312</translation>
    </message>
    <message>
        <source>支付资金：</source>
        <translation>Paying fund:</translation>
    </message>
    <message>
        <source>拨付日期：</source>
        <translation>Payment date:</translation>
    </message>
    <message>
        <source>凭证号：</source>
        <translation>Voucher no.:</translation>
    </message>
    <message>
        <source>不予拨付 %1 行</source>
        <translation>Refuse payment of %1 line(s)</translation>
    </message>
    <message>
        <source>原因：</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>已标记 %1 行不予拨付</source>
        <translation>%1 line(s) marked as refused</translation>
    </message>
</context>
<context>
    <name>tuoyu::LedgerTableModel</name>
    <message>
        <source>
不予拨付原因：</source>
        <translation>
Reason for refusal: </translation>
    </message>
</context>
<context>
    <name>tuoyu::MainWindow</name>
    <message>
        <source>托育工作台文件 (*.tuoyu)</source>
        <translation>Tuoyu Desk files (*.tuoyu)</translation>
    </message>
    <message>
        <source>托育工作台</source>
        <translation>Tuoyu Desk</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>新建工作区(&amp;N)…</source>
        <translation>&amp;New workspace…</translation>
    </message>
    <message>
        <source>打开(&amp;O)…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>最近打开(&amp;R)</source>
        <translation>&amp;Recent</translation>
    </message>
    <message>
        <source>新建计划(&amp;L)…</source>
        <translation>New p&amp;lan…</translation>
    </message>
    <message>
        <source>从实施方案新建计划(&amp;M)…</source>
        <translation>New plan from i&amp;mplementation plan document…</translation>
    </message>
    <message>
        <source>请先打开或新建一个工作区。</source>
        <translation>Open or create a workspace first.</translation>
    </message>
    <message>
        <source>无法新建计划</source>
        <translation>Cannot create the plan</translation>
    </message>
    <message>
        <source>删除当前计划(&amp;D)…</source>
        <translation>&amp;Delete current plan…</translation>
    </message>
    <message>
        <source>导入名单或表格(&amp;I)…</source>
        <translation>&amp;Import list or table…</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>表格和文档 (*.xlsx *.xlsm *.xls *.csv *.tsv *.txt *.docx);;所有文件 (*)</source>
        <translation>Spreadsheets and documents (*.xlsx *.xlsm *.xls *.csv *.tsv *.txt *.docx);;All files (*)</translation>
    </message>
    <message>
        <source>导出台账(&amp;E)</source>
        <translation>&amp;Export ledger</translation>
    </message>
    <message>
        <source>机构名单</source>
        <translation>Institution registry</translation>
    </message>
    <message>
        <source>任务台账</source>
        <translation>Task ledger</translation>
    </message>
    <message>
        <source>绩效指标</source>
        <translation>Performance indicators</translation>
    </message>
    <message>
        <source>任务分解表</source>
        <translation>Task breakdown table</translation>
    </message>
    <message>
        <source>导出%1</source>
        <translation>Export %1</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx);;CSV（UTF-8）(*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (UTF-8) (*.csv)</translation>
    </message>
    <message>
        <source>已导出到 %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <source>备份到(&amp;B)…</source>
        <translation>&amp;Back up to…</translation>
    </message>
    <message>
        <source>从备份恢复(&amp;H)…</source>
        <translation>Restore from bac&amp;kup…</translation>
    </message>
    <message>
        <source>退出(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>查找(&amp;F)</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>本页没有搜索框</source>
        <translation>This page has no search box</translation>
    </message>
    <message>
        <source>打印(&amp;P)…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>本页没有可打印的内容；汇报材料在“汇报”页打印</source>
        <translation>Nothing to print on this page; print reports on the Reports page</translation>
    </message>
    <message>
        <source>计划</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source> 当前计划： </source>
        <translation> Current plan: </translation>
    </message>
    <message>
        <source>无法打开</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>操作失败</source>
        <translation>Operation failed</translation>
    </message>
    <message>
        <source>已升级文件格式，升级前的备份：%1</source>
        <translation>File format upgraded; backup before the upgrade: %1</translation>
    </message>
    <message>
        <source>有些数据读不出</source>
        <translation>Some data could not be read</translation>
    </message>
    <message>
        <source>今天的自动备份未能完成：%1</source>
        <translation>Today&apos;s automatic backup failed: %1</translation>
    </message>
    <message>
        <source>已自动备份到 %1</source>
        <translation>Automatically backed up to %1</translation>
    </message>
    <message>
        <source>备份到</source>
        <translation>Back up to</translation>
    </message>
    <message>
        <source>无法备份</source>
        <translation>Cannot back up</translation>
    </message>
    <message>
        <source>无法替换 %1</source>
        <translation>Cannot replace %1</translation>
    </message>
    <message>
        <source>已备份到 %1</source>
        <translation>Backed up to %1</translation>
    </message>
    <message>
        <source>无法恢复</source>
        <translation>Cannot restore</translation>
    </message>
    <message>
        <source>没有打开的工作台</source>
        <translation>No workspace open</translation>
    </message>
    <message>
        <source>不能从这个文件恢复：%1</source>
        <translation>Cannot restore from this file: %1</translation>
    </message>
    <message>
        <source>已恢复 %1，但无法打开它</source>
        <translation>Restored %1, but cannot open it</translation>
    </message>
    <message>
        <source>%1；也无法重新打开 %2</source>
        <translation>%1; cannot reopen %2 either</translation>
    </message>
    <message>
        <source>已从 %1 恢复。被替换的文件保留为 %2，从备份恢复它即可撤销。</source>
        <translation>Restored from %1. The replaced file is kept as %2; restore from it to undo.</translation>
    </message>
    <message>
        <source>删除计划</source>
        <translation>Delete plan</translation>
    </message>
    <message>
        <source>删除计划“%1”？

将一并删除：%2。
机构名单和乡镇（街道）保留。可用“编辑 → 撤销”恢复。</source>
        <translation>Delete plan “%1”?

This also deletes: %2.
The institution registry and towns (subdistricts) are kept. You can restore it with “Edit → Undo”.</translation>
    </message>
    <message>
        <source>（计划本身，没有其他内容）</source>
        <translation>(the plan itself, nothing else)</translation>
    </message>
    <message>
        <source>无法删除计划</source>
        <translation>Cannot delete the plan</translation>
    </message>
    <message>
        <source>新建计划</source>
        <translation>New plan</translation>
    </message>
    <message>
        <source>从任务表导入</source>
        <translation>Import from task table</translation>
    </message>
    <message>
        <source>任务表 (*.xlsx *.xls *.csv *.docx);;所有文件 (*)</source>
        <translation>Task tables (*.xlsx *.xls *.csv *.docx);;All files (*)</translation>
    </message>
    <message>
        <source>已新建计划“%1”（可撤销）</source>
        <translation>Created plan “%1” (can be undone)</translation>
    </message>
    <message>
        <source>%1（%2 已保存） — 托育工作台</source>
        <translation>%1 (saved %2) — Tuoyu Desk</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>新建工作区</source>
        <translation>New workspace</translation>
    </message>
    <message>
        <source>从哪个计划模板开始：</source>
        <translation>Start from which plan template:</translation>
    </message>
    <message>
        <source>无法新建</source>
        <translation>Cannot create</translation>
    </message>
    <message>
        <source>打开工作区</source>
        <translation>Open workspace</translation>
    </message>
    <message>
        <source>无法创建数据文件夹：%1</source>
        <translation>Cannot create the data folder: %1</translation>
    </message>
    <message>
        <source>已导入 %1：新增 %2，更新 %3，不导入 %4 行（可撤销）</source>
        <translation>Imported %1: %2 new, %3 updated, %4 row(s) not imported (can be undone)</translation>
    </message>
    <message>
        <source>拖入文件</source>
        <translation>Dropped files</translation>
    </message>
    <message>
        <source>一次可拖入多份反馈表合并；其他文件请一次拖入一个（%1 份中有不是反馈表的文件）。</source>
        <translation>Several feedback forms can be dropped at once to merge them; drop other files one at a time (%1 of the files are not feedback forms).</translation>
    </message>
    <message>
        <source>监督检查台账</source>
        <translation>Inspection register</translation>
    </message>
    <message>
        <source>连接服务器(&amp;S)…</source>
        <translation>Connect to &amp;server…</translation>
    </message>
    <message>
        <source>服务器 %1 · 未加密</source>
        <translation>Server %1 · not encrypted</translation>
    </message>
    <message>
        <source>服务器 %1 · 已加密</source>
        <translation>Server %1 · encrypted</translation>
    </message>
    <message>
        <source>与服务器的连接没有加密（sslmode 为 disable，或服务器不提供 TLS）</source>
        <translation>The connection to the server is not encrypted (sslmode is disable, or the server offers no TLS)</translation>
    </message>
    <message>
        <source>与服务器的连接已加密：%1</source>
        <translation>The connection to the server is encrypted: %1</translation>
    </message>
    <message>
        <source>服务器上的工作台由服务器管理员用 pg_dump 备份，本程序不写备份文件。</source>
        <translation>A workspace on a server is backed up by the server administrator with pg_dump; this program writes no backup files.</translation>
    </message>
    <message>
        <source>%1 @ %2/%3</source>
        <translation>%1 @ %2/%3</translation>
    </message>
    <message>
        <source>刷新(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>全市 · 服务器 %1 · 只读</source>
        <translation>City · server %1 · read-only</translation>
    </message>
    <message>
        <source>全市视图：各区县保存修改后自动刷新；按 F5 可随时重新读取。</source>
        <translation>City view: refreshes when a district saves a change; press F5 to read again at any time.</translation>
    </message>
    <message>
        <source>全市视图：服务器不转达各区县的修改，请按 F5 重新读取。</source>
        <translation>City view: the server does not pass on the districts&apos; changes; press F5 to read again.</translation>
    </message>
    <message>
        <source>全市 @ %1/%2 — 托育工作台</source>
        <translation>City @ %1/%2 — TuoyuDesk</translation>
    </message>
</context>
<context>
    <name>tuoyu::NewPlanDialog</name>
    <message>
        <source>新建计划</source>
        <translation>New plan</translation>
    </message>
    <message>
        <source>空白计划：从头逐项填写</source>
        <translation>Blank plan: fill in everything yourself</translation>
    </message>
    <message>
        <source>内置模板：</source>
        <translation>Built-in template:</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>模板文件：</source>
        <translation>Template file:</translation>
    </message>
    <message>
        <source>同事另存的模板（.json）</source>
        <translation>A template saved by a colleague (.json)</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>从任务表导入…（重点任务分工表、任务清单，Excel 或 Word）</source>
        <translation>Import from a task table… (task assignment table or task list, Excel or Word)</translation>
    </message>
    <message>
        <source>不填则用模板中的标题</source>
        <translation>Leave empty to use the template&apos;s title</translation>
    </message>
    <message>
        <source>计划标题：</source>
        <translation>Plan title:</translation>
    </message>
    <message>
        <source>新计划与本工作区的其他计划共用乡镇（街道）和机构名单；模板自带的机构名单不导入。</source>
        <translation>The new plan shares the towns (subdistricts) and institution registry with the workspace&apos;s other plans; the template&apos;s own institution list is not imported.</translation>
    </message>
    <message>
        <source>新建</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>选择模板文件</source>
        <translation>Choose template file</translation>
    </message>
    <message>
        <source>计划模板 (*.json);;所有文件 (*)</source>
        <translation>Plan templates (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>请选择模板文件</source>
        <translation>Choose a template file</translation>
    </message>
    <message>
        <source>任务表在导入对话框中读取</source>
        <translation>The task table is read in the import dialog</translation>
    </message>
</context>
<context>
    <name>tuoyu::OverdueRectifications</name>
    <message>
        <source>机构</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>检查日期</source>
        <translation>Inspection date</translation>
    </message>
    <message>
        <source>发现问题</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>整改期限</source>
        <translation>Rectification deadline</translation>
    </message>
    <message>
        <source>情况</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&lt;b&gt;整改逾期的监督检查&lt;/b&gt;（%1 项）</source>
        <translation>&lt;b&gt;Inspections with overdue rectification&lt;/b&gt; (%1)</translation>
    </message>
</context>
<context>
    <name>tuoyu::OversightPage</name>
    <message>
        <source>监督检查</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <source>全部检查</source>
        <translation>All inspections</translation>
    </message>
    <message>
        <source>整改中</source>
        <translation>Rectifying</translation>
    </message>
    <message>
        <source>整改逾期（截至今天）</source>
        <translation>Rectification overdue (as of today)</translation>
    </message>
    <message>
        <source>搜索机构、检查人员、发现问题（Ctrl+F）</source>
        <translation>Search institution, inspectors, findings (Ctrl+F)</translation>
    </message>
    <message>
        <source>显示</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>新增检查(&amp;N)…</source>
        <translation>&amp;New inspection…</translation>
    </message>
    <message>
        <source>编辑(&amp;E)…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>整改完成(&amp;R)…</source>
        <translation>&amp;Rectified…</translation>
    </message>
    <message>
        <source>双随机抽取(&amp;D)…</source>
        <translation>&amp;Double random draw…</translation>
    </message>
    <message>
        <source>搜索机构、姓名、岗位、证书（Ctrl+F）</source>
        <translation>Search institution, name, role, certificate (Ctrl+F)</translation>
    </message>
    <message>
        <source>新增人员(&amp;N)…</source>
        <translation>&amp;New staff member…</translation>
    </message>
    <message>
        <source>每次抽取记录年度、随机种子和抽中的机构；同一种子对同一机构名单抽出相同的机构，可复核。</source>
        <translation>Each draw records the year, the random seed and the institutions drawn; the same seed over the same register draws the same institutions, so it can be checked.</translation>
    </message>
    <message>
        <source>抽取(&amp;D)…</source>
        <translation>&amp;Draw…</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>随机种子</source>
        <translation>Random seed</translation>
    </message>
    <message>
        <source>抽取数量</source>
        <translation>Number drawn</translation>
    </message>
    <message>
        <source>抽中机构</source>
        <translation>Institutions drawn</translation>
    </message>
    <message>
        <source>抽取人</source>
        <translation>Drawn by</translation>
    </message>
    <message>
        <source>抽取时间</source>
        <translation>Drawn at</translation>
    </message>
    <message>
        <source>检查记录(&amp;1)</source>
        <translation>Inspections (&amp;1)</translation>
    </message>
    <message>
        <source>从业人员(&amp;2)</source>
        <translation>Staff (&amp;2)</translation>
    </message>
    <message>
        <source>双随机抽取(&amp;3)</source>
        <translation>Double random draws (&amp;3)</translation>
    </message>
    <message>
        <source>&lt;b&gt;合计&lt;/b&gt;　%1 次检查　整改中 &lt;b&gt;%2&lt;/b&gt;　截至 %3 整改逾期 &lt;b&gt;%4&lt;/b&gt;　本表显示 %5 次</source>
        <translation>&lt;b&gt;Total&lt;/b&gt; %1 inspections · rectifying &lt;b&gt;%2&lt;/b&gt; · overdue as of %3: &lt;b&gt;%4&lt;/b&gt; · shown here: %5</translation>
    </message>
    <message>
        <source>未打开工作区</source>
        <translation>No workspace is open</translation>
    </message>
    <message>
        <source>&lt;b&gt;合计&lt;/b&gt;　%1 人　持证 &lt;b&gt;%2&lt;/b&gt; 人（%3%）　身份证号已隐去中间部分</source>
        <translation>&lt;b&gt;Total&lt;/b&gt;　%1 people　certified &lt;b&gt;%2&lt;/b&gt; (%3%)　ID numbers partly hidden</translation>
    </message>
    <message>
        <source>（已删除的机构 %1）</source>
        <translation>(deleted institution %1)</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>未能保存</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <source>新增检查</source>
        <translation>New inspection</translation>
    </message>
    <message>
        <source>已新增“%1”的检查</source>
        <translation>Inspection of “%1” added</translation>
    </message>
    <message>
        <source>整改完成</source>
        <translation>Rectified</translation>
    </message>
    <message>
        <source>整改完成日期(&amp;W)</source>
        <translation>Rectification done on (&amp;W)</translation>
    </message>
    <message>
        <source>新增从业人员</source>
        <translation>New staff member</translation>
    </message>
    <message>
        <source>机构(&amp;J)</source>
        <translation>&amp;Institution</translation>
    </message>
    <message>
        <source>姓名(&amp;M)</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>岗位(&amp;G)</source>
        <translation>Role (&amp;G)</translation>
    </message>
    <message>
        <source>证书类型(&amp;Z)</source>
        <translation>Certificate type (&amp;Z)</translation>
    </message>
    <message>
        <source>如：保育师证；无证书留空</source>
        <translation>e.g. childcare certificate; leave empty without one</translation>
    </message>
    <message>
        <source>证书编号(&amp;B)</source>
        <translation>Certificate number (&amp;B)</translation>
    </message>
    <message>
        <source>身份证号(&amp;S)</source>
        <translation>ID number (&amp;S)</translation>
    </message>
    <message>
        <source>双随机抽取</source>
        <translation>Double random draw</translation>
    </message>
    <message>
        <source>年度(&amp;N)</source>
        <translation>Year (&amp;N)</translation>
    </message>
    <message>
        <source>随机种子(&amp;Z)</source>
        <translation>Random seed (&amp;Z)</translation>
    </message>
    <message>
        <source>抽取数量(&amp;S)</source>
        <translation>Number drawn (&amp;S)</translation>
    </message>
    <message>
        <source>随机种子“%1”不是非负整数</source>
        <translation>Random seed “%1” is not a non-negative integer</translation>
    </message>
    <message>
        <source>%1 年双随机抽取 %2 家机构（随机种子 %3），已记录</source>
        <translation>%2 institutions drawn at random for %1 (seed %3), recorded</translation>
    </message>
    <message>
        <source>删除(&amp;X)</source>
        <translation>Delete(&amp;X)</translation>
    </message>
    <message>
        <source>导出(&amp;O)…</source>
        <translation>Export(&amp;O)…</translation>
    </message>
    <message>
        <source>导出监督检查台账</source>
        <translation>Export the inspection register</translation>
    </message>
    <message>
        <source>/监督检查台账.xlsx</source>
        <translation>/inspection-register.xlsx</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx);;CSV（UTF-8）(*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (UTF-8) (*.csv)</translation>
    </message>
    <message>
        <source>已导出 %1 次检查到 %2</source>
        <translation>Exported %1 inspections to %2</translation>
    </message>
    <message>
        <source>无法导出</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <source>“%1”%2 的检查</source>
        <translation>the inspection of “%1” on %2</translation>
    </message>
    <message>
        <source>删除检查</source>
        <translation>Delete inspection</translation>
    </message>
    <message>
        <source>删除%1及其 %2 个佐证材料吗？</source>
        <translation>Delete %1 and its %2 evidence files?</translation>
    </message>
    <message>
        <source>删除%1吗？</source>
        <translation>Delete %1?</translation>
    </message>
    <message>
        <source>
删除后可用“撤销”（Ctrl+Z）恢复。</source>
        <translation>
Undo (Ctrl+Z) brings it back.</translation>
    </message>
    <message>
        <source>发证日期(&amp;R)</source>
        <translation>Certificate date(&amp;R)</translation>
    </message>
    <message>
        <source>如：2023-04-15；可空</source>
        <translation>e.g. 2023-04-15; may be empty</translation>
    </message>
    <message>
        <source>%1（不修改请留空）</source>
        <translation>%1 (leave empty to keep)</translation>
    </message>
    <message>
        <source>发证日期“%1”不是日期，请写成 2023-04-15</source>
        <translation>Certificate date “%1” is not a date; write it as 2023-04-15</translation>
    </message>
    <message>
        <source>编辑从业人员</source>
        <translation>Edit staff member</translation>
    </message>
    <message>
        <source>删除从业人员</source>
        <translation>Delete staff member</translation>
    </message>
    <message>
        <source>删除“%1”的从业人员 %2 吗？
删除后可用“撤销”（Ctrl+Z）恢复。</source>
        <translation>Delete %2, staff of “%1”?
Undo (Ctrl+Z) brings them back.</translation>
    </message>
    <message>
        <source>打印监督检查台账</source>
        <translation>Print the inspection ledger</translation>
    </message>
</context>
<context>
    <name>tuoyu::Oversighttables</name>
    <message>
        <source>（%1）</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>tuoyu::PlanReviewDialog</name>
    <message>
        <source>从实施方案新建计划</source>
        <translation>New plan from implementation plan document</translation>
    </message>
    <message>
        <source>打开方案文件(&amp;O)…</source>
        <translation>&amp;Open plan document…</translation>
    </message>
    <message>
        <source>读入剪贴板中的文字(&amp;P)</source>
        <translation>Read text from the clip&amp;board</translation>
    </message>
    <message>
        <source>请打开 .docx 或 .txt 方案文件，或读入从网页复制的文字。</source>
        <translation>Open a .docx or .txt plan document, or read text copied from a web page.</translation>
    </message>
    <message>
        <source>拟建计划</source>
        <translation>Draft plan</translation>
    </message>
    <message>
        <source>把握</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <source>未归位的句子（含完成时限、责任单位、数量或金额，计划中没有放进去的）：</source>
        <translation>Sentences not placed (with a deadline, responsible unit, quantity or amount that the plan does not hold):</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>还没有读到任何工程或项目。</source>
        <translation>No programme or project has been read yet.</translation>
    </message>
    <message>
        <source>打开实施方案</source>
        <translation>Open implementation plan</translation>
    </message>
    <message>
        <source>实施方案 (*.docx *.txt);;所有文件 (*)</source>
        <translation>Implementation plans (*.docx *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>无法读取方案</source>
        <translation>Cannot read the plan</translation>
    </message>
    <message>
        <source>粘贴的文本</source>
        <translation>Pasted text</translation>
    </message>
    <message>
        <source>〔表格 %1〕</source>
        <translation>[Table %1]</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>牵头单位%1</source>
        <translation>Lead unit %1</translation>
    </message>
    <message>
        <source>〔%1〕%2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>下一个待核对项 (F8)</source>
        <translation>Next item to check (F8)</translation>
    </message>
    <message>
        <source>没有待核对（推测）的项了。</source>
        <translation>No guessed items left to check.</translation>
    </message>
    <message>
        <source>升一级</source>
        <translation>Level up</translation>
    </message>
    <message>
        <source>降一级</source>
        <translation>Level down</translation>
    </message>
    <message>
        <source>删除此项</source>
        <translation>Delete this item</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>双击或按 F2 修改文字、完成时限、责任单位（顿号分隔，牵头在前）、指标目标（如 ≥ 90）或奖补金额；橙色为推测，请核对</source>
        <translation>Double-click or press F2 to change text, deadline, units (comma-separated, lead first), indicator target (e.g. ≥ 90) or subsidy amount; orange items are guesses, please check them</translation>
    </message>
    <message>
        <source>完成时限 / 目标年</source>
        <translation>Deadline / target year</translation>
    </message>
    <message>
        <source>责任单位（牵头在前）/ 目标 / 金额</source>
        <translation>Units (lead first) / target / amount</translation>
    </message>
    <message>
        <source>接受：在当前工作区新建计划</source>
        <translation>Accept: new plan in the current workspace</translation>
    </message>
    <message>
        <source>接受：新建工作区(&amp;W)…</source>
        <translation>Accept: new &amp;workspace…</translation>
    </message>
    <message>
        <source>新建工作区</source>
        <translation>New workspace</translation>
    </message>
    <message>
        <source>托育工作台文件 (*.tuoyu)</source>
        <translation>TuoyuDesk files (*.tuoyu)</translation>
    </message>
    <message>
        <source>无法新建计划</source>
        <translation>Cannot create the plan</translation>
    </message>
    <message>
        <source>已新建计划“%1”。</source>
        <translation>Plan “%1” created.</translation>
    </message>
    <message>
        <source>奖补规则草稿 %1 条，尚未启用：请在“奖补规则”中核对条件与金额后启用。</source>
        <translation>%1 subsidy rule drafts, not yet switched on: check their conditions and amounts under Subsidy rules, then switch them on.</translation>
    </message>
    <message>
        <source>已导入附件：%1</source>
        <translation>Attachments imported: %1</translation>
    </message>
    <message>
        <source>附件：%1</source>
        <translation>Attachment: %1</translation>
    </message>
    <message>
        <source>没有打开的工作区</source>
        <translation>No workspace is open</translation>
    </message>
    <message>
        <source>推测：请核对</source>
        <translation>Guessed: please check</translation>
    </message>
    <message>
        <source>绩效指标（目标可改）</source>
        <translation>Performance indicators (targets can be changed)</translation>
    </message>
    <message>
        <source>%1年</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>奖补规则草稿（接受后不启用，核对后再启用）</source>
        <translation>Subsidy rule drafts (switched off after accepting; switch on once checked)</translation>
    </message>
    <message>
        <source>，最高</source>
        <translation>, at most</translation>
    </message>
    <message>
        <source>，不低于</source>
        <translation>, at least</translation>
    </message>
    <message>
        <source>元</source>
        <translation>yuan</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>%1：%2个工程、%3项任务、%4个指标、%5条奖补金额；%6句未归位；%7项待核对</source>
        <translation>%1: %2 programs, %3 tasks, %4 indicators, %5 subsidy amounts; %6 sentences unplaced; %7 items to check</translation>
    </message>
    <message>
        <source>修改文字</source>
        <translation>Change text</translation>
    </message>
    <message>
        <source>修改完成时限</source>
        <translation>Change deadline</translation>
    </message>
    <message>
        <source>修改责任单位</source>
        <translation>Change units</translation>
    </message>
    <message>
        <source>修改指标目标</source>
        <translation>Change indicator target</translation>
    </message>
    <message>
        <source>目标读不出：请写成“≥ 90”或“≤ 10”</source>
        <translation>Cannot read the target: write it as “≥ 90” or “≤ 10”</translation>
    </message>
    <message>
        <source>修改奖补金额</source>
        <translation>Change subsidy amount</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>删除指标</source>
        <translation>Delete indicator</translation>
    </message>
    <message>
        <source>删除奖补</source>
        <translation>Delete subsidy</translation>
    </message>
</context>
<context>
    <name>tuoyu::PlanSettingsPage</name>
    <message>
        <source>计划</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>修改记录…</source>
        <translation>Change history…</translation>
    </message>
    <message>
        <source>标题：</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>简称：</source>
        <translation>Short name:</translation>
    </message>
    <message>
        <source>期限：</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>汇报、督办单、通报的落款，如 区卫生健康局 或 工作专班办公室</source>
        <translation>Signer of reports, follow-up notices and bulletins, e.g. 区卫生健康局 or the task force office</translation>
    </message>
    <message>
        <source>联合印发的单位，用顿号分隔，如 区卫健局、区发改局、区财政局</source>
        <translation>Units issuing the plan jointly, separated by 、, e.g. 区卫健局、区发改局、区财政局</translation>
    </message>
    <message>
        <source>发文单位：</source>
        <translation>Issued by:</translation>
    </message>
    <message>
        <source>落款单位：</source>
        <translation>Signed by:</translation>
    </message>
    <message>
        <source> 个工作日内到期</source>
        <translation> working days</translation>
    </message>
    <message>
        <source>即将到期：</source>
        <translation>Due soon within:</translation>
    </message>
    <message>
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>人口数据（每千人口托位数、入托率按此计算）</source>
        <translation>Population data (places per 1,000 population and enrolment rate are computed from it)</translation>
    </message>
    <message>
        <source>添加年份…</source>
        <translation>Add year…</translation>
    </message>
    <message>
        <source>责任部门</source>
        <translation>Responsible departments</translation>
    </message>
    <message>
        <source>添加部门…</source>
        <translation>Add department…</translation>
    </message>
    <message>
        <source>乡镇（街道）</source>
        <translation>Towns (subdistricts)</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>小组职务</source>
        <translation>Group role</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>领导小组 / 工作专班</source>
        <translation>Leading group / task force</translation>
    </message>
    <message>
        <source>添加部门</source>
        <translation>Add department</translation>
    </message>
    <message>
        <source>部门名称：</source>
        <translation>Department name:</translation>
    </message>
    <message>
        <source>无法添加</source>
        <translation>Cannot add</translation>
    </message>
    <message>
        <source>添加年份</source>
        <translation>Add year</translation>
    </message>
    <message>
        <source>年份：</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;还没有人口数据：“每千人口托位数”“入托率”等指标暂无数据。请点“添加年份”，填写常住人口和3岁以下婴幼儿数。&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c62828&apos;&gt;No population data yet: indicators such as “places per 1,000 population” and “enrolment rate” have no value. Click “Add year” and enter the resident population and the number of children under 3.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>双击单元格修改，保存后指标随之重新计算。</source>
        <translation>Double-click a cell to edit; indicators are recomputed after saving.</translation>
    </message>
    <message>
        <source>如 三年行动方案</source>
        <translation>e.g. three-year action plan</translation>
    </message>
    <message>
        <source>印发文件的文号，如 某政办发〔2024〕12号</source>
        <translation>Document number of the issued plan, e.g. 某政办发〔2024〕12号</translation>
    </message>
    <message>
        <source>来源文件：</source>
        <translation>Source document:</translation>
    </message>
    <message>
        <source>添加…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>删除…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>删除乡镇（街道）“%1”？%2（可撤销）</source>
        <translation>Delete town (subdistrict) “%1”? %2(can be undone)</translation>
    </message>
    <message>
        <source>同时：%1。</source>
        <translation>Also: %1. </translation>
    </message>
    <message>
        <source>从领导小组删除“%1”？（可撤销）</source>
        <translation>Remove “%1” from the leading group? (Can be undone)</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>无法删除</source>
        <translation>Cannot delete</translation>
    </message>
    <message>
        <source>添加乡镇（街道）</source>
        <translation>Add town (subdistrict)</translation>
    </message>
    <message>
        <source>修改乡镇（街道）</source>
        <translation>Edit town (subdistrict)</translation>
    </message>
    <message>
        <source>（未注明）</source>
        <translation>(not stated)</translation>
    </message>
    <message>
        <source>名称：</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>类别：</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>添加领导小组成员</source>
        <translation>Add leading group member</translation>
    </message>
    <message>
        <source>修改领导小组成员</source>
        <translation>Edit leading group member</translation>
    </message>
    <message>
        <source>成员单位只列单位时，姓名可空</source>
        <translation>The name may be empty when only the member unit is listed</translation>
    </message>
    <message>
        <source>小组职务：</source>
        <translation>Group role:</translation>
    </message>
    <message>
        <source>姓名：</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>职务：</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>单位：</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>请先打开一个计划</source>
        <translation>Open a plan first</translation>
    </message>
    <message>
        <source>请先打开一个工作区</source>
        <translation>Open a workspace first</translation>
    </message>
</context>
<context>
    <name>tuoyu::Planfileactions</name>
    <message>
        <source>计划（任务分工表）…</source>
        <translation>Plan (task assignment table)…</translation>
    </message>
    <message>
        <source>导出计划为任务分工表</source>
        <translation>Export plan as task assignment table</translation>
    </message>
    <message>
        <source>重点任务分工表.xlsx</source>
        <translation>Task assignment table.xlsx</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx);;Word 文档 (*.docx)</source>
        <translation>Excel workbook (*.xlsx);;Word document (*.docx)</translation>
    </message>
    <message>
        <source>另存为模板(&amp;T)…</source>
        <translation>Save as &amp;template…</translation>
    </message>
    <message>
        <source>另存为模板</source>
        <translation>Save as template</translation>
    </message>
    <message>
        <source>计划模板 (*.json)</source>
        <translation>Plan templates (*.json)</translation>
    </message>
    <message>
        <source>从文件…（同事发来的计划模板 .json）</source>
        <translation>From file… (a plan template .json sent by a colleague)</translation>
    </message>
    <message>
        <source>选择计划模板文件</source>
        <translation>Choose plan template file</translation>
    </message>
    <message>
        <source>无法读取模板</source>
        <translation>Cannot read the template</translation>
    </message>
</context>
<context>
    <name>tuoyu::PopulationTableModel</name>
    <message>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>常住人口</source>
        <translation>Resident population</translation>
    </message>
    <message>
        <source>3岁以下婴幼儿数</source>
        <translation>Children under 3</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>tuoyu::ReadOnlyBanner</name>
    <message>
        <source>从备份恢复…</source>
        <translation>Restore from backup…</translation>
    </message>
    <message>
        <source>只读：</source>
        <translation>Read-only: </translation>
    </message>
</context>
<context>
    <name>tuoyu::ReportsPage</name>
    <message>
        <source>汇报</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>yyyy年M月d日</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>生成 / 刷新数字</source>
        <translation>Generate / refresh figures</translation>
    </message>
    <message>
        <source>打印预览…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <source>另存为 PDF 或 Word…</source>
        <translation>Save as PDF or Word…</translation>
    </message>
    <message>
        <source>材料：</source>
        <translation>Document:</translation>
    </message>
    <message>
        <source>督办对象：</source>
        <translation>Addressed to:</translation>
    </message>
    <message>
        <source>截至：</source>
        <translation>As of:</translation>
    </message>
    <message>
        <source>即将到期的工作日数在“计划”页设定</source>
        <translation>The number of working days for “due soon” is set on the Plan page</translation>
    </message>
    <message>
        <source> 天以上逾期为红色</source>
        <translation> days overdue or more shown in red</translation>
    </message>
    <message>
        <source>已保存的材料：</source>
        <translation>Saved documents:</translation>
    </message>
    <message>
        <source>督办单：</source>
        <translation>Follow-up notice:</translation>
    </message>
    <message>
        <source>督办单</source>
        <translation>Follow-up notice</translation>
    </message>
    <message>
        <source>无法打开</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <source>选择材料和日期后点“生成”。生成后可直接修改文字；再次生成只刷新数字，保留您写的段落。</source>
        <translation>Choose a document and a date, then click “Generate”. You can then edit the text directly; generating again refreshes only the figures and keeps the paragraphs you wrote.</translation>
    </message>
    <message>
        <source>无法生成</source>
        <translation>Cannot generate</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Word 文档 (*.docx)</source>
        <translation>PDF (*.pdf);;Word document (*.docx)</translation>
    </message>
    <message>
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>已保存 %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>%1为蓝色</source>
        <translation>%1 shown in blue</translation>
    </message>
    <message>
        <source>请先打开工作区</source>
        <translation>Open a workspace first</translation>
    </message>
    <message>
        <source>（新材料）</source>
        <translation>(new document)</translation>
    </message>
    <message>
        <source>%1 截至%2%3</source>
        <translation>%1 as of %2%3</translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>找不到保存的材料</source>
        <translation>Saved document not found</translation>
    </message>
    <message>
        <source>已打开保存的%1（截至%2）。</source>
        <translation>Opened the saved %1 (as of %2).</translation>
    </message>
    <message>
        <source>全部有未完成任务的部门</source>
        <translation>All departments with open tasks</translation>
    </message>
    <message>
        <source>%1（截至%2）。可直接修改文字；“生成 / 刷新数字”会保留您写的段落。</source>
        <translation>%1 (as of %2). You can edit the text directly; “Generate / refresh figures” keeps the paragraphs you wrote.</translation>
    </message>
    <message>
        <source>请先生成材料</source>
        <translation>Generate the document first</translation>
    </message>
    <message>
        <source>打印预览</source>
        <translation>Print preview</translation>
    </message>
</context>
<context>
    <name>tuoyu::RestoreDialog</name>
    <message>
        <source>从备份恢复</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>选择一份备份，用它替换 %1。
当前文件会先另存为一份“恢复前的文件”，再从它恢复即可撤销这次恢复。</source>
        <translation>Choose a backup to replace %1 with.
The current file is first saved as a “file before restore”; restoring from it undoes this restore.</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>机构</source>
        <translation>Institutions</translation>
    </message>
    <message>
        <source>任务</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>台账行</source>
        <translation>Ledger lines</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>其他文件…</source>
        <translation>Other file…</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>选择备份文件</source>
        <translation>Choose backup file</translation>
    </message>
    <message>
        <source>托育工作台文件 (*.tuoyu);;所有文件 (*)</source>
        <translation>Tuoyu Desk files (*.tuoyu);;All files (*)</translation>
    </message>
    <message>
        <source>还没有备份。可用“其他文件…”选择一份。</source>
        <translation>No backups yet. Use “Other file…” to choose one.</translation>
    </message>
    <message>
        <source>无法恢复</source>
        <translation>Cannot restore</translation>
    </message>
</context>
<context>
    <name>tuoyu::RuleTableModel</name>
    <message>
        <source>金额待定</source>
        <translation>Amount to be set</translation>
    </message>
    <message>
        <source>不低于 </source>
        <translation>At least </translation>
    </message>
    <message>
        <source>不高于 </source>
        <translation>At most </translation>
    </message>
    <message>
        <source>不限</source>
        <translation>No limit</translation>
    </message>
    <message>
        <source>方案未给出金额；设定金额后才计入台账</source>
        <translation>The plan gives no amount; the rule enters the ledger once an amount is set</translation>
    </message>
    <message>
        <source>原文为“不低于”：此为下限，实际可高于此数</source>
        <translation>The original says “not less than”: this is a floor, the actual amount may be higher</translation>
    </message>
    <message>
        <source>填 yyyy-MM-dd；清空或填“不限”为不限</source>
        <translation>Enter yyyy-MM-dd; leave empty or enter “No limit” for no limit</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>On</translation>
    </message>
    <message>
        <source>规则</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>标准（元）</source>
        <translation>Rate (yuan)</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>上限（元）</source>
        <translation>Cap (yuan)</translation>
    </message>
    <message>
        <source>条件</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>资金用途</source>
        <translation>Use of funds</translation>
    </message>
    <message>
        <source>有效期自</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>有效期至</source>
        <translation>Valid to</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>没有这一行规则</source>
        <translation>No such rule row</translation>
    </message>
    <message>
        <source>规则“%1”的%2应为日期，如 2025-01-01，或“不限”：%3</source>
        <translation>Rule “%1”: %2 must be a date such as 2025-01-01, or “No limit”: %3</translation>
    </message>
    <message>
        <source>规则“%1”的这一栏不能直接修改</source>
        <translation>This column of rule “%1” cannot be edited directly</translation>
    </message>
</context>
<context>
    <name>tuoyu::RulesTab</name>
    <message>
        <source>标准应为金额（元），例如 200 或 0.05万：%1</source>
        <translation>The rate must be an amount (yuan), e.g. 200 or 0.05万: %1</translation>
    </message>
    <message>
        <source>上限应为金额（元）：%1</source>
        <translation>The cap must be an amount (yuan): %1</translation>
    </message>
    <message>
        <source>调整标准…</source>
        <translation>Change rate…</translation>
    </message>
    <message>
        <source>从某日起按新的金额或上限执行；原规则到前一日为止，之前各期的台账不受影响</source>
        <translation>Apply a new amount or cap from a given date; the old rule ends the day before and earlier ledger periods are not affected</translation>
    </message>
    <message>
        <source>编辑条件和有效期…</source>
        <translation>Edit conditions and validity…</translation>
    </message>
    <message>
        <source>新增规则…</source>
        <translation>New rule…</translation>
    </message>
    <message>
        <source>设定金额…</source>
        <translation>Set amount…</translation>
    </message>
    <message>
        <source>为“金额待定”的规则填写标准</source>
        <translation>Enter the rate of a rule whose amount is still to be set</translation>
    </message>
    <message>
        <source>删除规则…</source>
        <translation>Delete rule…</translation>
    </message>
    <message>
        <source>连同其申报和待审核的台账行一并删除；已拨付过的规则不能删除</source>
        <translation>Deletes the rule with its claims and ledger lines awaiting approval; a rule that has paid anything cannot be deleted</translation>
    </message>
    <message>
        <source>勾选“启用”决定规则是否参与计算；规则名称、单位和有效期可直接修改；“金额待定”的规则设定金额后才计入台账。</source>
        <translation>Tick “On” to include a rule in the computation; rule names, units and validity can be edited directly; a rule whose amount is to be set enters the ledger once its amount is set.</translation>
    </message>
    <message>
        <source>奖补</source>
        <translation>Subsidies</translation>
    </message>
    <message>
        <source>请先在表中选择一条规则。</source>
        <translation>Select a rule in the table first.</translation>
    </message>
    <message>
        <source>删除规则</source>
        <translation>Delete rule</translation>
    </message>
    <message>
        <source>删除规则“%1”？它的申报和待审核的台账行一并删除，已审核的行保留。可用“编辑 → 撤销”恢复。</source>
        <translation>Delete rule “%1”? Its claims and ledger lines awaiting approval are deleted too; approved lines are kept. You can restore it with “Edit → Undo”.</translation>
    </message>
    <message>
        <source>已删除规则“%1”</source>
        <translation>Deleted rule “%1”</translation>
    </message>
    <message>
        <source>标准（元）：</source>
        <translation>Rate (yuan):</translation>
    </message>
    <message>
        <source>上限（元）：</source>
        <translation>Cap (yuan):</translation>
    </message>
    <message>
        <source>调整标准</source>
        <translation>Change rate</translation>
    </message>
    <message>
        <source>调整“%1”的标准</source>
        <translation>Change the rate of “%1”</translation>
    </message>
    <message>
        <source>不变</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>新标准从所选日期起执行；此前各期仍按原标准。</source>
        <translation>The new rate applies from the chosen date; earlier periods keep the old rate.</translation>
    </message>
    <message>
        <source>起始日期：</source>
        <translation>Start date:</translation>
    </message>
    <message>
        <source>已调整标准</source>
        <translation>Rate changed</translation>
    </message>
    <message>
        <source>设定金额</source>
        <translation>Set amount</translation>
    </message>
    <message>
        <source>设定“%1”的金额</source>
        <translation>Set the amount of “%1”</translation>
    </message>
    <message>
        <source>不设上限</source>
        <translation>No cap</translation>
    </message>
    <message>
        <source>依据：</source>
        <translation>Basis:</translation>
    </message>
    <message>
        <source>已设定金额</source>
        <translation>Amount set</translation>
    </message>
    <message>
        <source>编辑规则</source>
        <translation>Edit rule</translation>
    </message>
    <message>
        <source>编辑“%1”</source>
        <translation>Edit “%1”</translation>
    </message>
    <message>
        <source>限定</source>
        <translation>Restrict</translation>
    </message>
    <message>
        <source>须为普惠机构</source>
        <translation>Affordable institutions only</translation>
    </message>
    <message>
        <source>留空＝须已备案；填写理由＝不要求备案</source>
        <translation>Empty = must be registered; a reason = registration not required</translation>
    </message>
    <message>
        <source>不限</source>
        <translation>No limit</translation>
    </message>
    <message>
        <source>不限；例如 省级普惠</source>
        <translation>No limit; e.g. provincial affordable</translation>
    </message>
    <message>
        <source> 个</source>
        <translation> places</translation>
    </message>
    <message>
        <source> 家</source>
        <translation> institutions</translation>
    </message>
    <message>
        <source>名称：</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>单位：</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>有效期自：</source>
        <translation>Valid from:</translation>
    </message>
    <message>
        <source>有效期至：</source>
        <translation>Valid to:</translation>
    </message>
    <message>
        <source>资金用途：</source>
        <translation>Use of funds:</translation>
    </message>
    <message>
        <source>不要求备案的理由：</source>
        <translation>Why registration is not required:</translation>
    </message>
    <message>
        <source>机构属性：</source>
        <translation>Institution type:</translation>
    </message>
    <message>
        <source>等级：</source>
        <translation>Grade:</translation>
    </message>
    <message>
        <source>托位不少于：</source>
        <translation>At least places:</translation>
    </message>
    <message>
        <source>托位不多于：</source>
        <translation>At most places:</translation>
    </message>
    <message>
        <source>托位使用率不低于：</source>
        <translation>Occupancy at least:</translation>
    </message>
    <message>
        <source>区内连锁不少于：</source>
        <translation>Chain sites in district at least:</translation>
    </message>
    <message>
        <source>已修改规则</source>
        <translation>Rule changed</translation>
    </message>
    <message>
        <source>新增奖补规则</source>
        <translation>New subsidy rule</translation>
    </message>
    <message>
        <source>全部在托</source>
        <translation>All enrolled</translation>
    </message>
    <message>
        <source>乳儿班</source>
        <translation>Infant class</translation>
    </message>
    <message>
        <source>托小班</source>
        <translation>Toddler class</translation>
    </message>
    <message>
        <source>托大班</source>
        <translation>Older toddler class</translation>
    </message>
    <message>
        <source>留空＝金额待定</source>
        <translation>Empty = amount to be set</translation>
    </message>
    <message>
        <source>原文为“不低于”（下限）</source>
        <translation>The original says “not less than” (a floor)</translation>
    </message>
    <message>
        <source>元/人/月</source>
        <translation>yuan/child/month</translation>
    </message>
    <message>
        <source>元/托位</source>
        <translation>yuan/place</translation>
    </message>
    <message>
        <source>元/班</source>
        <translation>yuan/class</translation>
    </message>
    <message>
        <source>元/次/天</source>
        <translation>yuan/visit/day</translation>
    </message>
    <message>
        <source>元/家</source>
        <translation>yuan/institution</translation>
    </message>
    <message>
        <source>方案或文件原文</source>
        <translation>Text of the plan or document</translation>
    </message>
    <message>
        <source>规则须机构已备案；其他条件可在“编辑条件和有效期”中补充。</source>
        <translation>The rule requires a registered institution; add other conditions under “Edit conditions and validity”.</translation>
    </message>
    <message>
        <source>类型：</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>班型：</source>
        <translation>Class:</translation>
    </message>
    <message>
        <source>已新增规则</source>
        <translation>Rule added</translation>
    </message>
</context>
<context>
    <name>tuoyu::SettingsDialog</name>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>界面与工作区</source>
        <translation>Interface and workspace</translation>
    </message>
    <message>
        <source>跟随系统</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>中文</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <source>重新启动程序后生效</source>
        <translation>Takes effect after restarting the program</translation>
    </message>
    <message>
        <source>界面语言：</source>
        <translation>Interface language:</translation>
    </message>
    <message>
        <source> 个工作日内到期</source>
        <translation> working days before the deadline</translation>
    </message>
    <message>
        <source>本工作区的设置，概览、任务、汇报和督办单都按它算；修改记入修改记录，可撤销</source>
        <translation>This workspace&apos;s setting: the overview, tasks, reports and supervision notices use it; changes are audited and can be undone</translation>
    </message>
    <message>
        <source>请先打开工作区</source>
        <translation>Open a workspace first</translation>
    </message>
    <message>
        <source>即将到期：</source>
        <translation>Due soon:</translation>
    </message>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>报告字体（GB/T 9704 公文格式）</source>
        <translation>Report fonts (GB/T 9704 official document format)</translation>
    </message>
    <message>
        <source>自动（%1）</source>
        <translation>Automatic (%1)</translation>
    </message>
    <message>
        <source>%1（本机未安装）</source>
        <translation>%1 (not installed here)</translation>
    </message>
    <message>
        <source>：</source>
        <translation>: </translation>
    </message>
    <message>
        <source>“自动”按公文格式选用本机已安装的字体：Windows 上为方正小标宋（如已安装）、仿宋_GB2312（如已安装）或仿宋、黑体、楷体、宋体。所用字体写入 PDF 和 Word 文件的属性。</source>
        <translation>“Automatic” picks the installed fonts for the official format: on Windows FZXiaoBiaoSong (if installed), FangSong_GB2312 (if installed) or FangSong, SimHei, KaiTi, SimSun. The fonts used are written into the PDF and Word file properties.</translation>
    </message>
    <message>
        <source>备份位置</source>
        <translation>Backup location</translation>
    </message>
    <message>
        <source>工作区文件旁的“名称-备份”文件夹</source>
        <translation>The “name-备份” folder beside the workspace file</translation>
    </message>
    <message>
        <source>指定文件夹：</source>
        <translation>Chosen folder:</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>每天第一次打开工作区时备份一次，保留最近 7 天和每月第一份；无法写入时改存到本机用户数据文件夹。原来位置的备份仍列在“从备份恢复”中。</source>
        <translation>Backed up once a day, the first time the workspace is opened; the last 7 days and the first of each month are kept; when the folder cannot be written, backups go to this computer&apos;s user data folder. Backups in the old location are still listed under Restore from backup.</translation>
    </message>
    <message>
        <source>汇报材料默认截至日期</source>
        <translation>Default as-of date for reports</translation>
    </message>
    <message>
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>上月末</source>
        <translation>End of last month</translation>
    </message>
    <message>
        <source>固定日期</source>
        <translation>Fixed date</translation>
    </message>
    <message>
        <source>yyyy年M月d日</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>“汇报”页和命令行 report 未指定日期时用它</source>
        <translation>Used by the Reports page and the command line&apos;s report when no date is given</translation>
    </message>
    <message>
        <source>请选择备份文件夹，或改回“工作区文件旁”。</source>
        <translation>Choose a backup folder, or switch back to “beside the workspace file”.</translation>
    </message>
    <message>
        <source>即将到期的工作日数未能保存：%1</source>
        <translation>The due-soon working days could not be saved: %1</translation>
    </message>
    <message>
        <source>界面语言将在重新启动程序后改变。</source>
        <translation>The interface language changes after the program is restarted.</translation>
    </message>
    <message>
        <source>当前工作区在服务器上，由服务器管理员用 pg_dump 备份；这里的设置只对本机的工作区文件有效。</source>
        <translation>The current workspace is on a server and is backed up by the server administrator with pg_dump; these settings apply to workspace files on this computer only.</translation>
    </message>
</context>
<context>
    <name>tuoyu::SubsidyPage</name>
    <message>
        <source>奖补</source>
        <translation>Subsidies</translation>
    </message>
    <message>
        <source>年度：</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source> 年</source>
        <translation> </translation>
    </message>
    <message>
        <source>台账</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <source>规则</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>申报</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>月度收托</source>
        <translation>Monthly enrolment</translation>
    </message>
    <message>
        <source>资金</source>
        <translation>Funds</translation>
    </message>
</context>
<context>
    <name>tuoyu::SubsidyTab</name>
    <message>
        <source>奖补</source>
        <translation>Subsidies</translation>
    </message>
    <message>
        <source>%1年%2月</source>
        <translation>%1-%2</translation>
    </message>
    <message>
        <source>年</source>
        <translation> (year)</translation>
    </message>
    <message>
        <source>暂不指定资金</source>
        <translation>No fund for now</translation>
    </message>
    <message>
        <source>%1（%2，%3年，余额 %4 元）</source>
        <translation>%1 (%2, %3, balance %4 yuan)</translation>
    </message>
</context>
<context>
    <name>tuoyu::TaskEditDialog</name>
    <message>
        <source>编辑任务</source>
        <translation>Edit task</translation>
    </message>
    <message>
        <source>如“2025年6月底前”；留空则沿用计划期限</source>
        <translation>e.g. “by the end of June 2025”; leave empty to use the plan period</translation>
    </message>
    <message>
        <source>确认以实施期末 %1 作为本任务的完成时限（确认后按此督办、排名）</source>
        <translation>Confirm the end of the plan period, %1, as this task&apos;s deadline (follow-up and ranking then use it)</translation>
    </message>
    <message>
        <source>yyyy年M月d日</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>用“、”分隔，如 区财政局、区教育局</source>
        <translation>Separate with 、, e.g. 区财政局、区教育局</translation>
    </message>
    <message>
        <source>任务内容</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>完成时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>牵头单位</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <source>配合单位</source>
        <translation>Supporting units</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>yyyy年M月d日（dddd）</source>
        <translation>yyyy-MM-dd (dddd)</translation>
    </message>
    <message>
        <source>→ 沿用计划期限：%1（按实施期末计）</source>
        <translation>→ plan period: %1 (end of the plan period)</translation>
    </message>
    <message>
        <source>→ 沿用计划期限（计划未设结束日期）</source>
        <translation>→ plan period (the plan has no end date)</translation>
    </message>
    <message>
        <source>→ %1（这些字不指向具体日期）</source>
        <translation>→ %1 (these words name no particular date)</translation>
    </message>
    <message>
        <source>新部门：%1（保存时加入本计划的责任部门）</source>
        <translation>New department: %1 (added to the plan&apos;s responsible departments when saved)</translation>
    </message>
</context>
<context>
    <name>tuoyu::TaskTreeModel</name>
    <message>
        <source>．</source>
        <translation>. </translation>
    </message>
    <message>
        <source>〔原文 %1〕</source>
        <translation>[original %1]</translation>
    </message>
    <message>
        <source>
文件原编号：%1（编号按位置生成，随移动更新）</source>
        <translation>
Number in the document: %1 (numbers follow the position and change when moved)</translation>
    </message>
    <message>
        <source>
备注：</source>
        <translation>
Notes: </translation>
    </message>
    <message>
        <source>（已延期）</source>
        <translation>(extended)</translation>
    </message>
    <message>
        <source>%1（按实施期末计）：文件未写完成时限，尚未确认，不计逾期；可在“编辑任务”中确认</source>
        <translation>%1 (end of the plan period): the document gives no deadline; unconfirmed, it is not counted as overdue. Confirm it under “Edit task”</translation>
    </message>
    <message>
        <source>yyyy年M月d日</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>完成时限：%1</source>
        <translation>Deadline: %1</translation>
    </message>
    <message>
        <source>
原时限：%1</source>
        <translation>
Original deadline: %1</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>已办结</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>%1 由 %2 确认办结</source>
        <translation>%1 confirmed closed by %2</translation>
    </message>
    <message>
        <source>落后于序时进度 %1%</source>
        <translation>%1% behind schedule</translation>
    </message>
    <message>
        <source>序时进度：按工作日从开始日期到完成时限均匀推进，今天应达到的进度</source>
        <translation>Scheduled progress: the progress due today, advancing evenly over working days from the start date to the deadline</translation>
    </message>
    <message>
        <source>按实施期末计</source>
        <translation>Plan end</translation>
    </message>
    <message>
        <source>完成时限按实施期末计，尚未确认，不计剩余或逾期天数</source>
        <translation>The deadline is the end of the plan period, unconfirmed: no days left or overdue are counted</translation>
    </message>
    <message>
        <source>%1 个工作日</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>已逾期 %1 天（自然日，自完成时限次日起算）</source>
        <translation>%1 day(s) overdue (calendar days from the day after the deadline)</translation>
    </message>
    <message>
        <source>距完成时限还有 %1 个工作日（已扣除法定节假日，计入调休上班日）</source>
        <translation>%1 working day(s) to the deadline (public holidays excluded, make-up working days included)</translation>
    </message>
    <message>
        <source>工程 / 项目 / 任务</source>
        <translation>Programme / project / task</translation>
    </message>
    <message>
        <source>完成时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>牵头单位</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <source>配合单位</source>
        <translation>Supporting units</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>实际进度</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>序时进度</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>剩余</source>
        <translation>Left</translation>
    </message>
</context>
<context>
    <name>tuoyu::TasksPage</name>
    <message>
        <source>任务</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>搜索任务（Ctrl+F）</source>
        <translation>Search tasks (Ctrl+F)</translation>
    </message>
    <message>
        <source>仅牵头</source>
        <translation>Lead only</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>未完成</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>全部时限</source>
        <translation>Any deadline</translation>
    </message>
    <message>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>即将到期</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>本月到期</source>
        <translation>Due this month</translation>
    </message>
    <message>
        <source>本季度到期</source>
        <translation>Due this quarter</translation>
    </message>
    <message>
        <source>今年到期</source>
        <translation>Due this year</translation>
    </message>
    <message>
        <source>节假日…</source>
        <translation>Holidays…</translation>
    </message>
    <message>
        <source>法定节假日与调休上班日，用于计算工作日</source>
        <translation>Public holidays and make-up working days, used to count working days</translation>
    </message>
    <message>
        <source>打印时间轴…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>区卫健委</source>
        <translation>区卫健委</translation>
    </message>
    <message>
        <source>区财政局、</source>
        <translation>区财政局, </translation>
    </message>
    <message>
        <source>已办结</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>逾期 999 天</source>
        <translation>999 days late</translation>
    </message>
    <message>
        <source>999 个工作日</source>
        <translation>999 days</translation>
    </message>
    <message>
        <source>按实施期末计</source>
        <translation>Plan end</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;background:#F9D4D2&apos;&gt;&amp;nbsp;逾期&amp;nbsp;&lt;/span&gt;　&lt;span style=&apos;background:#FFEBC2&apos;&gt;&amp;nbsp;即将到期&amp;nbsp;&lt;/span&gt;　&lt;span style=&apos;background:#DCF0DC&apos;&gt;&amp;nbsp;已完成&amp;nbsp;&lt;/span&gt;　&lt;span style=&apos;color:#C62828&apos;&gt;▼ 实际进度落后于序时进度&lt;/span&gt;　剩余天数按工作日计（扣除节假日，计入调休）</source>
        <translation>&lt;span style=&apos;background:#F9D4D2&apos;&gt;&amp;nbsp;Overdue&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#FFEBC2&apos;&gt;&amp;nbsp;Due soon&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#DCF0DC&apos;&gt;&amp;nbsp;Done&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;color:#C62828&apos;&gt;▼ behind schedule&lt;/span&gt; Days left: working days</translation>
    </message>
    <message>
        <source>(?:即将到期|\d+个工作日内到期)</source>
        <translation>(?:Due soon|Due within \d+ working days)</translation>
    </message>
    <message>
        <source>任务列表</source>
        <translation>Task list</translation>
    </message>
    <message>
        <source>时间轴</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>修改记录…</source>
        <translation>History…</translation>
    </message>
    <message>
        <source>延期…</source>
        <translation>Extend…</translation>
    </message>
    <message>
        <source>办结…</source>
        <translation>Close…</translation>
    </message>
    <message>
        <source>重新打开</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>更新状态</source>
        <translation>Set status</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>进度</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>进展</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>不填</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>本次进展，如：已完成选址</source>
        <translation>This update, e.g. site selected</translation>
    </message>
    <message>
        <source>添加进展</source>
        <translation>Add update</translation>
    </message>
    <message>
        <source>删除所选进展</source>
        <translation>Delete update</translation>
    </message>
    <message>
        <source>&lt;b&gt;进展记录&lt;/b&gt;</source>
        <translation>&lt;b&gt;Progress updates&lt;/b&gt;</translation>
    </message>
    <message>
        <source>全部部门</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>请在左侧选择一项任务</source>
        <translation>Select a task on the left</translation>
    </message>
    <message>
        <source>yyyy年M月d日</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>未定</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>（按实施期末计）</source>
        <translation> (end of plan period)</translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>完成时限：%1</source>
        <translation>Deadline: %1</translation>
    </message>
    <message>
        <source>开始日期：%1</source>
        <translation>Start date: %1</translation>
    </message>
    <message>
        <source>延期：原时限 %1 → %2，原因：%3%4</source>
        <translation>Extended: original deadline %1 → %2, reason: %3%4</translation>
    </message>
    <message>
        <source>（%1批准）</source>
        <translation> (approved by %1)</translation>
    </message>
    <message>
        <source>牵头单位：%1</source>
        <translation>Lead unit: %1</translation>
    </message>
    <message>
        <source>配合单位：%1</source>
        <translation>Supporting units: %1</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>实际进度 &lt;b&gt;%1%&lt;/b&gt;</source>
        <translation>Progress &lt;b&gt;%1%&lt;/b&gt;</translation>
    </message>
    <message>
        <source>　序时进度 %1%</source>
        <translation>  scheduled %1%</translation>
    </message>
    <message>
        <source>　&lt;span style=&apos;color:#C62828&apos;&gt;落后 %1 个百分点&lt;/span&gt;</source>
        <translation>  &lt;span style=&apos;color:#C62828&apos;&gt;%1 points behind&lt;/span&gt;</translation>
    </message>
    <message>
        <source>文件未写完成时限，尚未确认，不计逾期；在“编辑任务”中确认后按此日期督办</source>
        <translation>The document gives no deadline; unconfirmed, it is not counted as overdue. Once confirmed under “Edit task”, follow-up uses this date</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#C62828&apos;&gt;已%1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#C62828&apos;&gt;%1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>距完成时限 %1 个工作日</source>
        <translation>%1 working day(s) to the deadline</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#2E7D32&apos;&gt;已于 %1 办结，确认人：%2&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#2E7D32&apos;&gt;Closed on %1, confirmed by %2&lt;/span&gt;</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>未能保存</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <source>延期</source>
        <translation>Extend</translation>
    </message>
    <message>
        <source>新的完成时限</source>
        <translation>New deadline</translation>
    </message>
    <message>
        <source>如“2025年12月底前”或 2025-12-31</source>
        <translation>e.g. “by the end of December 2025” or 2025-12-31</translation>
    </message>
    <message>
        <source>延期原因</source>
        <translation>Reason for extension</translation>
    </message>
    <message>
        <source>批准人</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>办结</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>确认人</source>
        <translation>Confirmed by</translation>
    </message>
    <message>
        <source>办结日期</source>
        <translation>Closing date</translation>
    </message>
    <message>
        <source>删除进展</source>
        <translation>Delete update</translation>
    </message>
    <message>
        <source>删除这条进展记录吗？
删除后可用“撤销”（Ctrl+Z）恢复。</source>
        <translation>Delete this progress update?
You can restore it with “Undo” (Ctrl+Z).</translation>
    </message>
    <message>
        <source>＋工程</source>
        <translation>+Programme</translation>
    </message>
    <message>
        <source>添加工程</source>
        <translation>Add programme</translation>
    </message>
    <message>
        <source>＋项目</source>
        <translation>+Project</translation>
    </message>
    <message>
        <source>添加项目</source>
        <translation>Add project</translation>
    </message>
    <message>
        <source>＋任务</source>
        <translation>+Task</translation>
    </message>
    <message>
        <source>添加任务</source>
        <translation>Add task</translation>
    </message>
    <message>
        <source>新建同级</source>
        <translation>New sibling</translation>
    </message>
    <message>
        <source>在所选一项之后新建同级一项（Enter）</source>
        <translation>Add an item at the same level after the selected one (Enter)</translation>
    </message>
    <message>
        <source>新建下级</source>
        <translation>New child</translation>
    </message>
    <message>
        <source>在所选一项下新建下级（Ctrl+Enter）</source>
        <translation>Add an item under the selected one (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>重命名</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>修改名称（F2）</source>
        <translation>Rename (F2)</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>删除所选一项及其下级（Delete）</source>
        <translation>Delete the selected item and everything under it (Delete)</translation>
    </message>
    <message>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>在同级中上移（Alt+↑）</source>
        <translation>Move up among siblings (Alt+↑)</translation>
    </message>
    <message>
        <source>下移</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>在同级中下移（Alt+↓）</source>
        <translation>Move down among siblings (Alt+↓)</translation>
    </message>
    <message>
        <source>升级</source>
        <translation>Promote</translation>
    </message>
    <message>
        <source>升一级：任务→项目→工程（Shift+Tab）</source>
        <translation>Promote one level: task → project → programme (Shift+Tab)</translation>
    </message>
    <message>
        <source>降级</source>
        <translation>Demote</translation>
    </message>
    <message>
        <source>降一级，归入上一个同级：工程→项目→任务（Tab）</source>
        <translation>Demote one level, under the previous sibling: programme → project → task (Tab)</translation>
    </message>
    <message>
        <source>复制</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>复制所选一项及其下级（Ctrl+C）</source>
        <translation>Copy the selected item and everything under it (Ctrl+C)</translation>
    </message>
    <message>
        <source>粘贴</source>
        <translation>Paste</translation>
    </message>
    <message>
        <source>粘贴到所选一项之后或其下（Ctrl+V）</source>
        <translation>Paste after or under the selected item (Ctrl+V)</translation>
    </message>
    <message>
        <source>责任部门…</source>
        <translation>Departments…</translation>
    </message>
    <message>
        <source>改名、合并同一单位的两种写法</source>
        <translation>Rename departments, merge two spellings of the same unit</translation>
    </message>
    <message>
        <source>反馈表…</source>
        <translation>Feedback forms…</translation>
    </message>
    <message>
        <source>为所选责任单位写出进展反馈表（xlsx），记为一个反馈轮次</source>
        <translation>Write progress feedback forms (xlsx) for the chosen responsible units, recorded as one feedback round</translation>
    </message>
    <message>
        <source>合并反馈…</source>
        <translation>Merge feedback…</translation>
    </message>
    <message>
        <source>读入各单位报回的反馈表，逐行核对后合并</source>
        <translation>Read the feedback forms the units sent back, check them row by row and merge</translation>
    </message>
    <message>
        <source>任务下不能再添加下级；按 Enter 添加同级任务</source>
        <translation>A task cannot have children; press Enter to add a task at the same level</translation>
    </message>
    <message>
        <source>新</source>
        <translation>New </translation>
    </message>
    <message>
        <source>请先选择（或添加）%1，再添加%2</source>
        <translation>Select (or add) a %1 first, then add a %2</translation>
    </message>
    <message>
        <source>删除%1</source>
        <translation>Delete %1</translation>
    </message>
    <message>
        <source>删除%1“%2”吗？
%3删除后可用“撤销”（Ctrl+Z）恢复。</source>
        <translation>Delete %1 “%2”?
%3You can restore it with “Undo” (Ctrl+Z).</translation>
    </message>
    <message>
        <source>。
</source>
        <translation>.
</translation>
    </message>
    <message>
        <source>剪贴板中没有复制的工程、项目或任务</source>
        <translation>No programme, project or task has been copied</translation>
    </message>
    <message>
        <source>打印时间轴</source>
        <translation>Print timeline</translation>
    </message>
    <message>
        <source>　任务时间轴</source>
        <translation>  task timeline</translation>
    </message>
    <message>
        <source>办结/延期申请</source>
        <translation>Completion/extension requests</translation>
    </message>
    <message>
        <source>办结/延期申请（%1）</source>
        <translation>Completion/extension requests (%1)</translation>
    </message>
</context>
<context>
    <name>tuoyu::Toolsmenus</name>
    <message>
        <source>工具(&amp;T)</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>设置(&amp;S)…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>使用说明(&amp;M)</source>
        <translation>User &amp;manual</translation>
    </message>
</context>
<context>
    <name>tuoyu::YearClose</name>
    <message>
        <source>……另有%1项</source>
        <translation>…and %1 more</translation>
    </message>
    <message>
        <source>本计划没有实施期，无法按年度结转；请先在“计划”页填写起止日期。</source>
        <translation>This plan has no implementation period, so no year can be closed; enter its start and end on the Plan page first.</translation>
    </message>
    <message>
        <source>· %1（原时限%2，%3，完成%4%）</source>
        <translation>· %1 (deadline was %2, %3, %4% done)</translation>
    </message>
    <message>
        <source>· %1：目标%2，实际%3（%4）</source>
        <translation>· %1: target %2, actual %3 (%4)</translation>
    </message>
    <message>
        <source>未完成的任务（本年为实施期末，不再结转）：</source>
        <translation>Unfinished tasks (this is the plan&apos;s last year, they do not carry):</translation>
    </message>
    <message>
        <source>结转至%1年的任务（保留原编号、进展和佐证材料，完成时限改为%1年年底，原时限记入延期记录）：</source>
        <translation>Tasks carried into %1 (they keep their number, progress and evidence; the deadline becomes the end of %1, the old one is kept in the extension history):</translation>
    </message>
    <message>
        <source>未达标的指标：</source>
        <translation>Unmet targets:</translation>
    </message>
    <message>
        <source>结转后，%1年的指标数据按结转时冻结，之后修改机构名单不再改变这一年的数据。可撤销。</source>
        <translation>After closing, the indicator figures of %1 are frozen as they are now; later changes to the institution register do not change that year. Can be undone.</translation>
    </message>
    <message>
        <source>年度结转</source>
        <translation>Close the year</translation>
    </message>
    <message>
        <source>%1年度</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>结转哪一年度：</source>
        <translation>Which year to close:</translation>
    </message>
    <message>
        <source>无法结转</source>
        <translation>Cannot close the year</translation>
    </message>
    <message>
        <source>目标</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>实际</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>%1（已结转）</source>
        <translation>%1 (closed)</translation>
    </message>
    <message>
        <source>选择一项指标查看逐年目标与实际</source>
        <translation>Choose an indicator to see its target and actual per year</translation>
    </message>
    <message>
        <source>逐年目标与实际</source>
        <translation>Target and actual per year</translation>
    </message>
    <message>
        <source>逐年目标与实际（%1年无数据）</source>
        <translation>Target and actual per year (no data for %1)</translation>
    </message>
</context>
<context>
    <name>tuoyu::Yearcloseaction</name>
    <message>
        <source>。

</source>
        <translation>.

</translation>
    </message>
</context>
<context>
    <name>tuoyu::Yearcomparisonchart</name>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>tuoyu::cli</name>
    <message>
        <source>--%1 需要一个值</source>
        <translation>--%1 needs a value</translation>
    </message>
    <message>
        <source>未知选项 --%1</source>
        <translation>unknown option --%1</translation>
    </message>
    <message>
        <source>参数个数不对</source>
        <translation>wrong number of arguments</translation>
    </message>
    <message>
        <source>用法：tuoyu-desk [FILE]            打开图形界面</source>
        <translation>Usage: tuoyu-desk [FILE]            opens the window</translation>
    </message>
    <message>
        <source>      tuoyu-desk VERB ARGS…         命令行：</source>
        <translation>       tuoyu-desk VERB ARGS…         command line:</translation>
    </message>
    <message>
        <source>未知命令“%1”；运行 tuoyu-desk --help 查看用法</source>
        <translation>unknown command “%1”; run tuoyu-desk --help for usage</translation>
    </message>
    <message>
        <source>%1。用法：tuoyu-desk %2</source>
        <translation>%1. Usage: tuoyu-desk %2</translation>
    </message>
    <message>
        <source>机构 %1，任务 %2，台账行 %3</source>
        <translation>institutions %1, tasks %2, ledger lines %3</translation>
    </message>
    <message>
        <source>需要 --out 备份文件。用法：tuoyu-desk backup FILE --out F</source>
        <translation>--out backup file needed. Usage: tuoyu-desk backup FILE --out F</translation>
    </message>
    <message>
        <source>已备份到 %1（%2）</source>
        <translation>Backed up to %1 (%2)</translation>
    </message>
    <message>
        <source>需要 --from 备份文件。用法：tuoyu-desk restore FILE --from F</source>
        <translation>--from backup file needed. Usage: tuoyu-desk restore FILE --from F</translation>
    </message>
    <message>
        <source>已从 %1 恢复 %2（%3）</source>
        <translation>Restored %2 from %1 (%3)</translation>
    </message>
    <message>
        <source>被替换的文件已保留为 %1；从它恢复即可撤销这次恢复</source>
        <translation>The replaced file is kept as %1; restore from it to undo this restore</translation>
    </message>
    <message>
        <source>请用 --department 指定单位（可多次），或用 --all 发给全部单位</source>
        <translation>Name the units with --department (may be repeated), or send to all with --all</translation>
    </message>
    <message>
        <source>计划“%1”中没有单位“%2”</source>
        <translation>Plan “%1” has no unit “%2”</translation>
    </message>
    <message>
        <source>计划“%1”没有承担任务的单位</source>
        <translation>Plan “%1” has no unit with tasks</translation>
    </message>
    <message>
        <source>请用 --out 指定输出文件夹或 .xlsx 文件</source>
        <translation>Give the output folder or .xlsx file with --out</translation>
    </message>
    <message>
        <source>%1 个单位的反馈表须写到文件夹，--out 不能是一个文件</source>
        <translation>Feedback forms for %1 units go to a folder; --out cannot be a file</translation>
    </message>
    <message>
        <source>--due 应为 YYYY-MM-DD：%1</source>
        <translation>--due must be YYYY-MM-DD: %1</translation>
    </message>
    <message>
        <source>无法创建文件夹 %1</source>
        <translation>Cannot create folder %1</translation>
    </message>
    <message>
        <source>反馈轮次“%1”：已为 %2 个单位写出反馈表，%3 前报回</source>
        <translation>Feedback round “%1”: forms written for %2 unit(s), due back by %3</translation>
    </message>
    <message>
        <source>合并反馈表失败，工作区未改动：%1</source>
        <translation>Merging feedback forms failed, the workspace is unchanged: %1</translation>
    </message>
    <message>
        <source>%1 份反馈表：对上 %2 行，更新 %3 项任务，%4 行无新内容，拒收 %5 行%6</source>
        <translation>%1 feedback form(s): %2 row(s) matched, %3 task(s) updated, %4 row(s) without new content, %5 row(s) refused%6</translation>
    </message>
    <message>
        <source>（试运行，未写入）</source>
        <translation> (dry run, nothing written)</translation>
    </message>
    <message>
        <source>拒收 </source>
        <translation>refused </translation>
    </message>
    <message>
        <source>注意 </source>
        <translation>note </translation>
    </message>
    <message>
        <source>计划“%1”还没有发出过反馈表</source>
        <translation>Plan “%1” has not sent any feedback forms yet</translation>
    </message>
    <message>
        <source>找不到反馈轮次 #%1</source>
        <translation>No feedback round #%1</translation>
    </message>
    <message>
        <source>截至%1没有逾期未报的单位，无需催报</source>
        <translation>No unit is overdue as of %1; no reminder needed</translation>
    </message>
    <message>
        <source>反馈轮次“%1”，%2 前报回：</source>
        <translation>Feedback round “%1”, due back by %2:</translation>
    </message>
    <message>
        <source>%1 报回%2</source>
        <translation>%1 returned%2</translation>
    </message>
    <message>
        <source>（迟报 %1 个工作日）</source>
        <translation> (%1 working day(s) late)</translation>
    </message>
    <message>
        <source>未报，已逾期 %1 个工作日</source>
        <translation>not returned, %1 working day(s) overdue</translation>
    </message>
    <message>
        <source>未报</source>
        <translation>not returned</translation>
    </message>
    <message>
        <source>%1 中没有表格</source>
        <translation>No table in %1</translation>
    </message>
    <message>
        <source>--table 应为从 1 开始的表格序号：%1</source>
        <translation>--table must be a table number counted from 1: %1</translation>
    </message>
    <message>
        <source>第 %1 行：%2</source>
        <translation>row %1: %2</translation>
    </message>
    <message>
        <source>注意：%1</source>
        <translation>note: %1</translation>
    </message>
    <message>
        <source>导入 %1 失败，工作区未改动：%2</source>
        <translation>Importing %1 failed, the workspace is unchanged: %2</translation>
    </message>
    <message>
        <source>%1%2：新增 %3，更新 %4，未变 %5，拒绝 %6</source>
        <translation>%1%2: %3 new, %4 updated, %5 unchanged, %6 refused</translation>
    </message>
    <message>
        <source>（试导入，未写入）</source>
        <translation> (trial import, nothing written)</translation>
    </message>
    <message>
        <source>  第 %1 行：%2</source>
        <translation>  row %1: %2</translation>
    </message>
    <message>
        <source>  第 %1 行（已导入，请核对）：%2</source>
        <translation>  row %1 (imported, please check): %2</translation>
    </message>
    <message>
        <source>  注意：%1</source>
        <translation>  note: %1</translation>
    </message>
    <message>
        <source>--what plan 的 --out 应为 .xlsx 或 .docx 文件</source>
        <translation>--out of --what plan must be a .xlsx or .docx file</translation>
    </message>
    <message>
        <source>已把计划“%1”导出为任务分工表 %2</source>
        <translation>Exported plan “%1” as task assignment table %2</translation>
    </message>
    <message>
        <source>--what 应为 %1|plan</source>
        <translation>--what must be %1|plan</translation>
    </message>
    <message>
        <source>--out 应为 .xlsx 或 .csv 文件</source>
        <translation>--out must be a .xlsx or .csv file</translation>
    </message>
    <message>
        <source>已导出 %1 行到 %2</source>
        <translation>Exported %1 row(s) to %2</translation>
    </message>
    <message>
        <source>  [原文 %1]</source>
        <translation>  [original %1]</translation>
    </message>
    <message>
        <source>未定</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>请用 --program ID、--project ID 或 --task ID 指明一项</source>
        <translation>Name one item with --program ID, --project ID or --task ID</translation>
    </message>
    <message>
        <source>请用 --%1 ID 或 --after ID 指明位置</source>
        <translation>Give the position with --%1 ID or --after ID</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>请至少给出 --text、--deadline、--lead、--co 或 --notes 之一</source>
        <translation>Give at least one of --text, --deadline, --lead, --co or --notes</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>请给出 --up、--down、--indent、--outdent 或 --to ID 之一</source>
        <translation>Give one of --up, --down, --indent, --outdent or --to ID</translation>
    </message>
    <message>
        <source>--position 应为从 1 起的位置，不是“%1”</source>
        <translation>--position must be a position counted from 1, not “%1”</translation>
    </message>
    <message>
        <source>请给出 --after ID（同级之后）或 --into ID（上一级之下）之一</source>
        <translation>Give one of --after ID (after a sibling) or --into ID (under a parent)</translation>
    </message>
    <message>
        <source>找不到%1 #%2</source>
        <translation>No %1 #%2</translation>
    </message>
    <message>
        <source>计划中没有责任部门“%1”</source>
        <translation>The plan has no responsible department “%1”</translation>
    </message>
    <message>
        <source>#%1	%2	牵头 %3 项，配合 %4 项</source>
        <translation>#%1	%2	lead %3, supporting %4</translation>
    </message>
    <message>
        <source>task-add FILE (--project ID | --after TASK_ID) --text TEXT [--deadline WORDS] [--lead NAME] [--co NAME、NAME] [--notes TEXT] [--json]</source>
        <translation>task-add FILE (--project ID | --after TASK_ID) --text TEXT [--deadline WORDS] [--lead NAME] [--co NAME、NAME] [--notes TEXT] [--json]</translation>
    </message>
    <message>
        <source>task-edit FILE --task ID [--text TEXT] [--deadline WORDS] [--lead NAME] [--co NAME、NAME] [--notes TEXT] [--json]</source>
        <translation>task-edit FILE --task ID [--text TEXT] [--deadline WORDS] [--lead NAME] [--co NAME、NAME] [--notes TEXT] [--json]</translation>
    </message>
    <message>
        <source>完成：%1</source>
        <translation>Done: %1</translation>
    </message>
    <message>
        <source>--template 与 --template-file 只能选一个</source>
        <translation>Give only one of --template and --template-file</translation>
    </message>
    <message>
        <source>%1：无法新建计划：%2</source>
        <translation>%1: cannot create the plan: %2</translation>
    </message>
    <message>
        <source>已新建计划 #%1“%2”</source>
        <translation>Created plan #%1 “%2”</translation>
    </message>
    <message>
        <source>--%1 应为 YYYY-MM-DD，不是“%2”</source>
        <translation>--%1 must be YYYY-MM-DD, not “%2”</translation>
    </message>
    <message>
        <source>请用 --plan ID 指明要删除的计划（见 plans --json）</source>
        <translation>Name the plan to delete with --plan ID (see plans --json)</translation>
    </message>
    <message>
        <source>--direction 应为 &gt;= 或 &lt;=，不是“%1”</source>
        <translation>--direction must be &gt;= or &lt;=, not “%1”</translation>
    </message>
    <message>
        <source>--targets 应写作 年份=目标值，逗号分隔（如 2024=4.5,2025=5），“%1”不对</source>
        <translation>--targets must be year=target, comma-separated (e.g. 2024=4.5,2025=5); “%1” is not</translation>
    </message>
    <message>
        <source>找不到指标 #%1</source>
        <translation>No indicator #%1</translation>
    </message>
    <message>
        <source>--year 应为年份，不是“%1”</source>
        <translation>--year must be a year, not “%1”</translation>
    </message>
    <message>
        <source>--area 与 --department 应给且只给一个</source>
        <translation>Give exactly one of --area and --department</translation>
    </message>
    <message>
        <source>没有乡镇（街道）“%1”（先用 area-add 添加）</source>
        <translation>No town (subdistrict) “%1” (add it with area-add first)</translation>
    </message>
    <message>
        <source>计划中没有部门“%1”</source>
        <translation>The plan has no department “%1”</translation>
    </message>
    <message>
        <source>找不到领导小组成员 #%1</source>
        <translation>No leading group member #%1</translation>
    </message>
    <message>
        <source>plan-edit FILE [--plan ID] [--title T] [--short-title T] [--start YYYY-MM-DD] [--end YYYY-MM-DD] [--issuing-units A、B] [--source-document T] [--json]</source>
        <translation>plan-edit FILE [--plan ID] [--title T] [--short-title T] [--start YYYY-MM-DD] [--end YYYY-MM-DD] [--issuing-units A、B] [--source-document T] [--json]</translation>
    </message>
    <message>
        <source>indicator-add FILE [--plan ID] --name N [--tier 数量|质量|社会效益|满意度|公办托育] [--unit U] [--direction &gt;=|&lt;=] [--formula KEY|manual] [--targets 2024=4.5,2025=5] [--json]</source>
        <translation>indicator-add FILE [--plan ID] --name N [--tier 数量|质量|社会效益|满意度|公办托育] [--unit U] [--direction &gt;=|&lt;=] [--formula KEY|manual] [--targets 2024=4.5,2025=5] [--json]</translation>
    </message>
    <message>
        <source>area-add FILE --name N [--kind 乡镇|街道] [--json]</source>
        <translation>area-add FILE --name N [--kind 乡镇|街道] [--json]</translation>
    </message>
    <message>
        <source>area-edit FILE --area ID [--name N] [--kind 乡镇|街道] [--json]</source>
        <translation>area-edit FILE --area ID [--name N] [--kind 乡镇|街道] [--json]</translation>
    </message>
    <message>
        <source>%1 中没有读到任何工程或项目：请确认这是一份实施方案（有“一、”“（一）”“1.”等编号的任务）</source>
        <translation>No programme or project found in %1: make sure this is an implementation plan (tasks numbered “一、”, “（一）”, “1.” and so on)</translation>
    </message>
    <message>
        <source>实施期：%1 至 %2</source>
        <translation>Plan period: %1 to %2</translation>
    </message>
    <message>
        <source>    - %1｜%2｜%3</source>
        <translation>    - %1 | %2 | %3</translation>
    </message>
    <message>
        <source>%1年 %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>指标 %1 %2 %3%4 %5</source>
        <translation>indicator %1 %2 %3%4 %5</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>奖补 %1 %2 %3</source>
        <translation>subsidy %1 %2 %3</translation>
    </message>
    <message>
        <source>领导小组 %1 %2 %3</source>
        <translation>leading group %1 %2 %3</translation>
    </message>
    <message>
        <source>附件表格 %1（%2，%3行）</source>
        <translation>annex table %1 (%2, %3 rows)</translation>
    </message>
    <message>
        <source>未归位（%1）：%2</source>
        <translation>not placed (%1): %2</translation>
    </message>
    <message>
        <source>已创建 %1（读自 %2：%3个工程、%4个未归位的句子）</source>
        <translation>Created %1 (read from %2: %3 programme(s), %4 sentence(s) not placed)</translation>
    </message>
    <message>
        <source>%1：无法从 %2 新建计划：%3</source>
        <translation>%1: cannot create a plan from %2: %3</translation>
    </message>
    <message>
        <source>已新建计划 #%1“%2”（读自 %3）</source>
        <translation>Created plan #%1 “%2” (read from %3)</translation>
    </message>
    <message>
        <source>无法读取 --text 文件 %1：%2</source>
        <translation>Cannot read the --text file %1: %2</translation>
    </message>
    <message>
        <source>--text 文件 %1 应为 JSON 对象（段落键 → 文字）：%2</source>
        <translation>The --text file %1 must be a JSON object (paragraph key → text): %2</translation>
    </message>
    <message>
        <source>不是对象</source>
        <translation>not an object</translation>
    </message>
    <message>
        <source>--text 文件 %1 的键“%2”不是%3的段落；可用的键：%4</source>
        <translation>Key “%2” of the --text file %1 is not a paragraph of %3; available keys: %4</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>--text 文件 %1 的键“%2”应为文字</source>
        <translation>Key “%2” of the --text file %1 must be text</translation>
    </message>
    <message>
        <source>--kind 应为 progress|supervision|circular|institutions|tasks|indicators|decomposition</source>
        <translation>--kind must be progress|supervision|circular|institutions|tasks|indicators|decomposition</translation>
    </message>
    <message>
        <source>--out 应为 .pdf 或 .docx 文件</source>
        <translation>--out must be a .pdf or .docx file</translation>
    </message>
    <message>
        <source>tuoyu-desk: 警告：未提供段落 %1 %2，已略去；请用 --text FILE 提供</source>
        <translation>tuoyu-desk: warning: paragraph %1 %2 not given, left out; give it with --text FILE</translation>
    </message>
    <message>
        <source>已生成%1：%2</source>
        <translation>Generated %1: %2</translation>
    </message>
    <message>
        <source>已%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>report FILE --kind progress|supervision|circular|institutions|tasks|indicators|decomposition [--plan ID] [--department NAME] --out OUT.pdf|OUT.docx [--as-of YYYY-MM-DD] [--text FILE.json] [--signer 落款单位]</source>
        <translation>report FILE --kind progress|supervision|circular|institutions|tasks|indicators|decomposition [--plan ID] [--department NAME] --out OUT.pdf|OUT.docx [--as-of YYYY-MM-DD] [--text FILE.json] [--signer SIGNER]</translation>
    </message>
    <message>
        <source>plan-signer FILE [--plan ID] --signer 落款单位（空则清除）</source>
        <translation>plan-signer FILE [--plan ID] --signer SIGNER (empty to clear)</translation>
    </message>
    <message>
        <source>--month 应写作 YYYY-MM：%1</source>
        <translation>--month must be YYYY-MM: %1</translation>
    </message>
    <message>
        <source>--year 应为年份：%1</source>
        <translation>--year must be a year: %1</translation>
    </message>
    <message>
        <source>--year 与 --month 不一致</source>
        <translation>--year and --month do not agree</translation>
    </message>
    <message>
        <source>--%1 应为金额（元），例如 200 或 0.05万：%2</source>
        <translation>--%1 must be an amount (yuan), e.g. 200 or 0.05万: %2</translation>
    </message>
    <message>
        <source>--rule 需要 --amount 或 --cap</source>
        <translation>--rule needs --amount or --cap</translation>
    </message>
    <message>
        <source>新增规则需要 --name 和 --kind</source>
        <translation>A new rule needs --name and --kind</translation>
    </message>
    <message>
        <source>--%1 应写作 YYYY-MM-DD：%2</source>
        <translation>--%1 must be YYYY-MM-DD: %2</translation>
    </message>
    <message>
        <source>--out 应为 .json 文件</source>
        <translation>--out must be a .json file</translation>
    </message>
    <message>
        <source>已把计划“%1”存为模板 %2%3</source>
        <translation>Saved plan “%1” as template %2%3</translation>
    </message>
    <message>
        <source>（含机构名单）</source>
        <translation> (with the institution registry)</translation>
    </message>
    <message>
        <source>无法从模板 %1 创建计划：%2</source>
        <translation>Cannot create a plan from template %1: %2</translation>
    </message>
    <message>
        <source>已创建 %1（模板 %2）</source>
        <translation>Created %1 (template %2)</translation>
    </message>
    <message>
        <source>--date 应为 YYYY-MM-DD，不是“%1”</source>
        <translation>--date must be YYYY-MM-DD, not “%1”</translation>
    </message>
    <message>
        <source>--value 应为数值，不是“%1”</source>
        <translation>--value must be a number, not “%1”</translation>
    </message>
    <message>
        <source>已录入指标 #%1 的%2平均水平 %3（%4，%5）</source>
        <translation>Entered the %2 average for indicator #%1: %3 (%4, %5)</translation>
    </message>
    <message>
        <source>--achieved 应为 是/否（yes/no），不是“%1”</source>
        <translation>--achieved must be 是/否 (yes/no), not “%1”</translation>
    </message>
    <message>
        <source>已认定指标 #%1 %2（%3）</source>
        <translation>Judged indicator #%1 %2 (%3)</translation>
    </message>
    <message>
        <source>已实现</source>
        <translation>achieved</translation>
    </message>
    <message>
        <source>未实现</source>
        <translation>not achieved</translation>
    </message>
    <message>
        <source>tuoyu-desk: %1：%2</source>
        <translation>tuoyu-desk: %1: %2</translation>
    </message>
    <message>
        <source>%1：完好（数据结构第 %2 版，日志模式 %3，%4 个计划，%5 家机构）</source>
        <translation>%1: sound (schema version %2, journal mode %3, %4 plan(s), %5 institution(s))</translation>
    </message>
    <message>
        <source>indicator-average FILE --indicator ID --scope 全省|全市 --value V --date YYYY-MM-DD --source TEXT</source>
        <translation>indicator-average FILE --indicator ID --scope 全省|全市 --value V --date YYYY-MM-DD --source TEXT</translation>
    </message>
    <message>
        <source>indicator-achieved FILE --indicator ID --achieved 是|否 --date YYYY-MM-DD --source TEXT</source>
        <translation>indicator-achieved FILE --indicator ID --achieved 是|否 --date YYYY-MM-DD --source TEXT</translation>
    </message>
    <message>
        <source>--%1 应为编号，不是“%2”</source>
        <translation>--%1 must be an id, not “%2”</translation>
    </message>
    <message>
        <source>没有编号为 %1 的计划</source>
        <translation>No plan with id %1</translation>
    </message>
    <message>
        <source>%1 中还没有计划</source>
        <translation>%1 has no plans yet</translation>
    </message>
    <message>
        <source>托育工作台</source>
        <translation>Tuoyu Desk</translation>
    </message>
    <message>
        <source>无法打开</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <source>%1

已改为打开示例工作区。</source>
        <translation>%1

The sample workspace was opened instead.</translation>
    </message>
    <message>
        <source>无法打开示例</source>
        <translation>Cannot open sample</translation>
    </message>
    <message>
        <source>延期至 %1（%2）</source>
        <translation>extend to %1 (%2)</translation>
    </message>
    <message>
        <source>办结</source>
        <translation>complete</translation>
    </message>
    <message>
        <source>	驳回理由：</source>
        <translation>	reason for rejecting: </translation>
    </message>
    <message>
        <source>没有待审批的办结、延期申请</source>
        <translation>no completion or extension requests wait for a decision</translation>
    </message>
    <message>
        <source>驳回申请须用 --reason 写明理由</source>
        <translation>rejecting a request needs a reason: --reason</translation>
    </message>
    <message>
        <source>申请编号应为正整数：%1</source>
        <translation>the request number must be a positive integer: %1</translation>
    </message>
    <message>
        <source>奖补规则草稿 %1 条（未启用：请核对条件与金额后在“奖补规则”中启用）</source>
        <translation>%1 subsidy rule drafts (switched off: check their conditions and amounts, then switch them on under Subsidy rules)</translation>
    </message>
    <message>
        <source>已导入附件：%1</source>
        <translation>attachments imported: %1</translation>
    </message>
    <message>
        <source>附件：%1</source>
        <translation>attachment: %1</translation>
    </message>
    <message>
        <source>无法从 %1 创建工作区：%2</source>
        <translation>cannot create a workspace from %1: %2</translation>
    </message>
    <message>
        <source>--%1 与 --%2 只能给一个</source>
        <translation>give only one of --%1 and --%2</translation>
    </message>
    <message>
        <source>--attach 需要 --task、--progress、--claim、--payment 或 --inspection 指明附到哪条记录</source>
        <translation>--attach needs --task, --progress, --claim, --payment or --inspection to say which record it goes to</translation>
    </message>
    <message>
        <source>文件只能跟在 --attach 之后。用法：tuoyu-desk evidence FILE --task ID --attach 文件…</source>
        <translation>files may only follow --attach. Usage: tuoyu-desk evidence FILE --task ID --attach FILE…</translation>
    </message>
    <message>
        <source>--attach 之后需要至少一个文件</source>
        <translation>--attach needs at least one file</translation>
    </message>
    <message>
        <source>已导出 %1 个佐证材料到 %2</source>
        <translation>%1 evidence files exported to %2</translation>
    </message>
    <message>
        <source>机构名单中没有“%1”</source>
        <translation>the institution register has no “%1”</translation>
    </message>
    <message>
        <source>“%1”有多家同名机构，请用机构编号</source>
        <translation>there are several institutions named “%1”: use the institution number</translation>
    </message>
    <message>
        <source>未持证</source>
        <translation>no certificate</translation>
    </message>
    <message>
        <source>整改已逾期 %1 天</source>
        <translation>rectification overdue by %1 days</translation>
    </message>
    <message>
        <source>--seed 应为非负整数，不是“%1”</source>
        <translation>--seed must be a non-negative integer, not “%1”</translation>
    </message>
    <message>
        <source>--size 应为正整数，不是“%1”</source>
        <translation>--size must be a positive integer, not “%1”</translation>
    </message>
    <message>
        <source>evidence FILE [--json] [--task|--progress|--claim|--payment|--inspection ID --attach 文件…] [--remove ID] [--export DIR]</source>
        <translation>evidence FILE [--json] [--task|--progress|--claim|--payment|--inspection ID --attach FILE…] [--remove ID] [--export DIR]</translation>
    </message>
    <message>
        <source>tuoyu-desk: 今天的自动备份未能完成：%1</source>
        <translation>tuoyu-desk: today&apos;s automatic backup could not be made: %1</translation>
    </message>
    <message>
        <source>需要 --server 地址和 --district 区县名。用法：tuoyu-desk %1</source>
        <translation>--server address and --district name needed. Usage: tuoyu-desk %1</translation>
    </message>
    <message>
        <source>已将 %1 推送到 %2</source>
        <translation>%1 pushed to %2</translation>
    </message>
    <message>
        <source>需要 --out 文件。用法：tuoyu-desk %1</source>
        <translation>--out file needed. Usage: tuoyu-desk %1</translation>
    </message>
    <message>
        <source>已将 %1 取回到 %2</source>
        <translation>%1 pulled to %2</translation>
    </message>
    <message>
        <source>  任务 %1 %2：%3 → %4</source>
        <translation>  task %1 %2: %3 → %4</translation>
    </message>
    <message>
        <source>不结转</source>
        <translation>not carried</translation>
    </message>
    <message>
        <source>  未达标：%1 目标 %2，实际 %3</source>
        <translation>  unmet: %1 target %2, actual %3</translation>
    </message>
    <message>
        <source>%1 在服务器上：由服务器管理员用 pg_dump 备份和恢复，本程序不为它写或恢复备份文件</source>
        <translation>%1 is on a server: the server administrator backs it up and restores it with pg_dump; this program writes or restores no backup files for it</translation>
    </message>
    <message>
        <source>全市只出工作进展情况汇报（--kind progress）；各区县的其他报告请用带 district 的地址</source>
        <translation>For the city only the progress report (--kind progress) is made; for a district&apos;s other reports use an address with district</translation>
    </message>
    <message>
        <source>经办人 %1 的新密码：</source>
        <translation>New password for officer %1: </translation>
    </message>
    <message>
        <source>再输入一次：</source>
        <translation>Once more: </translation>
    </message>
    <message>
        <source>两次输入的密码不同</source>
        <translation>The two passwords differ</translation>
    </message>
    <message>
        <source>需要 --server 地址，以及成对的 --district 区县名和 --officer 角色名。用法：tuoyu-desk %1</source>
        <translation>Needs a --server address and pairs of --district NAME and --officer ROLE. Usage: tuoyu-desk %1</translation>
    </message>
    <message>
        <source>已生成全市工作进展情况汇报：%1</source>
        <translation>City progress report written: %1</translation>
    </message>
    <message>
        <source>--ledger 需要 --out 文件（.xlsx 或 .csv）</source>
        <translation>--ledger needs an --out file (.xlsx or .csv)</translation>
    </message>
    <message>
        <source>tuoyu-desk: 警告：%1</source>
        <translation>tuoyu-desk: warning: %1</translation>
    </message>
    <message>
        <source>已导出全市%1（%2行）：%3</source>
        <translation>City %1 exported (%2 rows): %3</translation>
    </message>
    <message>
        <source>需要 --server 地址（不带 district）。用法：tuoyu-desk city --server URL [--as-of DATE] [--json] [--report FILE.pdf|docx] [--ledger CODE --out FILE.xlsx|csv]</source>
        <translation>Needs a --server address (without district). Usage: tuoyu-desk city --server URL [--as-of DATE] [--json] [--report FILE.pdf|docx] [--ledger CODE --out FILE.xlsx|csv]</translation>
    </message>
    <message>
        <source>--report 应为 .pdf 或 .docx 文件</source>
        <translation>--report must be a .pdf or .docx file</translation>
    </message>
    <message>
        <source>区县	机构	托位	普惠托位	任务	已完成	逾期</source>
        <translation>District	Institutions	Places	Affordable places	Tasks	Done	Overdue</translation>
    </message>
    <message>
        <source>全市</source>
        <translation>City</translation>
    </message>
    <message>
        <source>：请设置环境变量 PGPASSWORD，或写在 PostgreSQL 的密码文件（~/.pgpass）中</source>
        <translation>: set the environment variable PGPASSWORD, or put it in the PostgreSQL password file (~/.pgpass)</translation>
    </message>
    <message>
        <source>--type 应为 日常、专项 或 双随机，不是“%1”</source>
        <translation>--type must be 日常, 专项 or 双随机, not “%1”</translation>
    </message>
    <message>
        <source>--categories 中的“%1”不是问题类别（%2）</source>
        <translation>“%1” in --categories is not a finding category (%2)</translation>
    </message>
    <message>
        <source>--add 和 --edit 不能同时使用</source>
        <translation>--add and --edit cannot be used together</translation>
    </message>
    <message>
        <source>机构名称或编号</source>
        <translation>institution name or number</translation>
    </message>
    <message>
        <source>检查日期</source>
        <translation>inspection date</translation>
    </message>
    <message>
        <source>日常、专项 或 双随机</source>
        <translation>日常, 专项 or 双随机</translation>
    </message>
    <message>
        <source>新增检查需要 --%1（%2）</source>
        <translation>A new inspection needs --%1 (%2)</translation>
    </message>
    <message>
        <source>inspections FILE [--institution NAME] [--overdue] [--as-of DATE] [--json] [--remove ID] [--rectified ID [--on DATE]] [--add --institution NAME --on DATE --type 日常|专项|双随机 | --edit ID [--on DATE] [--type …]] [--inspectors 检查人员] [--findings 发现问题] [--categories 消防、…] [--rectify-by DATE]</source>
        <translation>inspections FILE [--institution NAME] [--overdue] [--as-of DATE] [--json] [--remove ID] [--rectified ID [--on DATE]] [--add --institution NAME --on DATE --type 日常|专项|双随机 | --edit ID [--on DATE] [--type …]] [--inspectors INSPECTORS] [--findings FINDINGS] [--categories 消防,…] [--rectify-by DATE]</translation>
    </message>
    <message>
        <source>缺少参数。用法：tuoyu-desk %1</source>
        <translation>Missing argument. Usage: tuoyu-desk %1</translation>
    </message>
    <message>
        <source>--%1 应为 YYYY-MM-DD 格式的日期：%2</source>
        <translation>--%1 must be a date as YYYY-MM-DD: %2</translation>
    </message>
</context>
<context>
    <name>tuoyu::oversighttables</name>
    <message>
        <source>机构</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>检查日期</source>
        <translation>Inspection date</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>检查人员</source>
        <translation>Inspectors</translation>
    </message>
    <message>
        <source>问题类别</source>
        <translation>Finding categories</translation>
    </message>
    <message>
        <source>发现问题</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>整改期限</source>
        <translation>Rectification deadline</translation>
    </message>
    <message>
        <source>整改情况</source>
        <translation>Rectification status</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>岗位</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>证书类型</source>
        <translation>Certificate type</translation>
    </message>
    <message>
        <source>证书编号</source>
        <translation>Certificate number</translation>
    </message>
    <message>
        <source>发证日期</source>
        <translation>Certificate date</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <source>检查与人员 — %1</source>
        <translation>Inspections and staff — %1</translation>
    </message>
    <message>
        <source>检查记录（%1）</source>
        <translation>Inspections (%1)</translation>
    </message>
    <message>
        <source>从业人员（%1，持证 %2）</source>
        <translation>Staff (%1, %2 certified)</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>双击一次检查可编辑</source>
        <translation>Double-click an inspection to edit it</translation>
    </message>
</context>
</TS>
