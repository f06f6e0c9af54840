<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="zh_CN">
<context>
    <name>tuoyu::Application</name>
    <message>
        <source>无法读写工作台文件</source>
        <translation>无法读写工作台文件</translation>
    </message>
</context>
<context>
    <name>tuoyu::ChecksPage</name>
    <message>
        <source>数据检查</source>
        <translation>数据检查</translation>
    </message>
    <message>
        <source>填写人口数据…</source>
        <translation>填写人口数据…</translation>
    </message>
    <message>
        <source>级别</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>对象</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>没有发现问题。</source>
        <translation>没有发现问题。</translation>
    </message>
    <message>
        <source>发现 %1 个问题（其中 %2 个错误）。双击一行转到对应页面。</source>
        <translation>发现 %1 个问题（其中 %2 个错误）。双击一行转到对应页面。</translation>
    </message>
    <message>
        <source>填写%1年人口数据…</source>
        <translation>填写%1年人口数据…</translation>
    </message>
    <message>
        <source>填写人口数据</source>
        <translation>填写人口数据</translation>
    </message>
    <message>
        <source>例如 262000</source>
        <translation>例如 262000</translation>
    </message>
    <message>
        <source>例如 6100</source>
        <translation>例如 6100</translation>
    </message>
    <message>
        <source>例如 统计年鉴、卫健局年报</source>
        <translation>例如 统计年鉴、卫健局年报</translation>
    </message>
    <message>
        <source>年份：</source>
        <translation>年份：</translation>
    </message>
    <message>
        <source>常住人口（人）：</source>
        <translation>常住人口（人）：</translation>
    </message>
    <message>
        <source>3岁以下婴幼儿数（人）：</source>
        <translation>3岁以下婴幼儿数（人）：</translation>
    </message>
    <message>
        <source>来源：</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>人口数应为整数</source>
        <translation>人口数应为整数</translation>
    </message>
    <message>
        <source>请至少填写一项</source>
        <translation>请至少填写一项</translation>
    </message>
</context>
<context>
    <name>tuoyu::CityLedgerTab</name>
    <message>
        <source>机构名单</source>
        <translation>机构名单</translation>
    </message>
    <message>
        <source>任务台账</source>
        <translation>任务台账</translation>
    </message>
    <message>
        <source>绩效指标</source>
        <translation>绩效指标</translation>
    </message>
    <message>
        <source>奖补台账</source>
        <translation>奖补台账</translation>
    </message>
    <message>
        <source>台账：</source>
        <translation>台账：</translation>
    </message>
    <message>
        <source>导出到 Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <source>没有名为“%1”的台账</source>
        <translation>没有名为“%1”的台账</translation>
    </message>
    <message>
        <source>%1：%2 行，各区县依次相接，第一列为区县。</source>
        <translation>%1：%2 行，各区县依次相接，第一列为区县。</translation>
    </message>
    <message>
        <source>未能读取：%1</source>
        <translation>未能读取：%1</translation>
    </message>
    <message>
        <source>；</source>
        <translation>；</translation>
    </message>
    <message>
        <source>请先选择台账</source>
        <translation>请先选择台账</translation>
    </message>
    <message>
        <source>全市%1</source>
        <translation>全市%1</translation>
    </message>
    <message>
        <source>导出%1</source>
        <translation>导出%1</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx);;CSV（UTF-8）(*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV（UTF-8）(*.csv)</translation>
    </message>
    <message>
        <source>已导出到 %1</source>
        <translation>已导出到 %1</translation>
    </message>
</context>
<context>
    <name>tuoyu::CityPage</name>
    <message>
        <source>全市概览</source>
        <translation>全市概览</translation>
    </message>
    <message>
        <source>yyyy年M月d日</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>截至：</source>
        <translation>截至：</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>重新读取各区县（F5）</source>
        <translation>重新读取各区县（F5）</translation>
    </message>
    <message>
        <source>导出汇报…</source>
        <translation>导出汇报…</translation>
    </message>
    <message>
        <source>打印汇报…</source>
        <translation>打印汇报…</translation>
    </message>
    <message>
        <source>区县</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>全市</source>
        <translation>全市</translation>
    </message>
    <message>
        <source>计算方法或缺数原因</source>
        <translation>计算方法或缺数原因</translation>
    </message>
    <message>
        <source>各区县（合计行的比率按全市合计数计算）：</source>
        <translation>各区县（合计行的比率按全市合计数计算）：</translation>
    </message>
    <message>
        <source>全市指标（按全市合计数计算，不取各区县比率的平均数）：</source>
        <translation>全市指标（按全市合计数计算，不取各区县比率的平均数）：</translation>
    </message>
    <message>
        <source>概览</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>台账</source>
        <translation>台账</translation>
    </message>
    <message>
        <source>未能读取的区县：%1</source>
        <translation>未能读取的区县：%1</translation>
    </message>
    <message>
        <source>；</source>
        <translation>；</translation>
    </message>
    <message>
        <source>全市 %1 个区县，数据截至%2，%3 读取。%4</source>
        <translation>全市 %1 个区县，数据截至%2，%3 读取。%4</translation>
    </message>
    <message>
        <source>各区县保存修改后自动刷新。</source>
        <translation>各区县保存修改后自动刷新。</translation>
    </message>
    <message>
        <source>服务器不转达修改：请按“刷新”（F5）。</source>
        <translation>服务器不转达修改：请按“刷新”（F5）。</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>托育机构</source>
        <translation>托育机构</translation>
    </message>
    <message>
        <source>已备案</source>
        <translation>已备案</translation>
    </message>
    <message>
        <source>托位</source>
        <translation>托位</translation>
    </message>
    <message>
        <source>普惠托位</source>
        <translation>普惠托位</translation>
    </message>
    <message>
        <source>任务</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>逾期</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>临期</source>
        <translation>临期</translation>
    </message>
    <message>
        <source>没有打开全市视图</source>
        <translation>没有打开全市视图</translation>
    </message>
    <message>
        <source>导出全市工作进展情况汇报</source>
        <translation>导出全市工作进展情况汇报</translation>
    </message>
    <message>
        <source>全市工作进展情况汇报</source>
        <translation>全市工作进展情况汇报</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf);;Word 文档 (*.docx)</source>
        <translation>PDF 文件 (*.pdf);;Word 文档 (*.docx)</translation>
    </message>
    <message>
        <source>已导出到 %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>打印预览</source>
        <translation>打印预览</translation>
    </message>
</context>
<context>
    <name>tuoyu::ClaimsTab</name>
    <message>
        <source>新增申报</source>
        <translation>新增申报</translation>
    </message>
    <message>
        <source>规则：</source>
        <translation>规则：</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>机构：</source>
        <translation>机构：</translation>
    </message>
    <message>
        <source>期间：</source>
        <translation>期间：</translation>
    </message>
    <message>
        <source>2025 或 2025-03</source>
        <translation>2025 或 2025-03</translation>
    </message>
    <message>
        <source>数量：</source>
        <translation>数量：</translation>
    </message>
    <message>
        <source>户数：</source>
        <translation>户数：</translation>
    </message>
    <message>
        <source>申报成本（元）：</source>
        <translation>申报成本（元）：</translation>
    </message>
</context>
<context>
    <name>tuoyu::Claimstab</name>
    <message>
        <source>新增申报…</source>
        <translation>新增申报…</translation>
    </message>
    <message>
        <source>按托位、按新增班、限额包和体验券的奖补，须由机构申报验收托位、新增班数、实际成本或体验人次。</source>
        <translation>按托位、按新增班、限额包和体验券的奖补，须由机构申报验收托位、新增班数、实际成本或体验人次。</translation>
    </message>
    <message>
        <source>期间</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>机构</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>规则</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>户数</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>申报成本（元）</source>
        <translation>申报成本（元）</translation>
    </message>
    <message>
        <source>数量：通过验收的托位数（空着按机构的普惠托位数）。</source>
        <translation>数量：通过验收的托位数（空着按机构的普惠托位数）。</translation>
    </message>
    <message>
        <source>数量：当年新增的托班数。</source>
        <translation>数量：当年新增的托班数。</translation>
    </message>
    <message>
        <source>申报成本：实际投入，按上限核定。</source>
        <translation>申报成本：实际投入，按上限核定。</translation>
    </message>
    <message>
        <source>数量：体验人次·天；户数：用券家庭数（每户限次）。</source>
        <translation>数量：体验人次·天；户数：用券家庭数（每户限次）。</translation>
    </message>
    <message>
        <source>找不到机构“%1”</source>
        <translation>找不到机构“%1”</translation>
    </message>
    <message>
        <source>数量应为数字：%1</source>
        <translation>数量应为数字：%1</translation>
    </message>
    <message>
        <source>户数应为整数：%1</source>
        <translation>户数应为整数：%1</translation>
    </message>
    <message>
        <source>申报成本应为金额（元）：%1</source>
        <translation>申报成本应为金额（元）：%1</translation>
    </message>
    <message>
        <source>已新增申报</source>
        <translation>已新增申报</translation>
    </message>
</context>
<context>
    <name>tuoyu::ConnectDialog</name>
    <message>
        <source>连接服务器</source>
        <translation>连接服务器</translation>
    </message>
    <message>
        <source>例如 db.city.gov 或 10.0.0.5</source>
        <translation>例如 db.city.gov 或 10.0.0.5</translation>
    </message>
    <message>
        <source>例如 tuoyu</source>
        <translation>例如 tuoyu</translation>
    </message>
    <message>
        <source>服务器管理员给的用户名</source>
        <translation>服务器管理员给的用户名</translation>
    </message>
    <message>
        <source>服务器支持时加密（prefer，默认）</source>
        <translation>服务器支持时加密（prefer，默认）</translation>
    </message>
    <message>
        <source>必须加密（require）</source>
        <translation>必须加密（require）</translation>
    </message>
    <message>
        <source>必须加密并核对证书（verify-ca）</source>
        <translation>必须加密并核对证书（verify-ca）</translation>
    </message>
    <message>
        <source>必须加密并核对证书和主机名（verify-full）</source>
        <translation>必须加密并核对证书和主机名（verify-full）</translation>
    </message>
    <message>
        <source>不加密（disable）</source>
        <translation>不加密（disable）</translation>
    </message>
    <message>
        <source>服务器：</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>端口：</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>数据库：</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>用户名：</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>区县：</source>
        <translation>区县：</translation>
    </message>
    <message>
        <source>加密（sslmode）：</source>
        <translation>加密（sslmode）：</translation>
    </message>
    <message>
        <source>密码不在这里填写：服务器要求时程序会单独询问，只在本次连接中使用，不会保存。也可以使用 PostgreSQL 的密码文件（~/.pgpass）。</source>
        <translation>密码不在这里填写：服务器要求时程序会单独询问，只在本次连接中使用，不会保存。也可以使用 PostgreSQL 的密码文件（~/.pgpass）。</translation>
    </message>
    <message>
        <source>连接</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>服务器</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>数据库</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>请填写%1</source>
        <translation>请填写%1</translation>
    </message>
    <message>
        <source>服务器密码</source>
        <translation>服务器密码</translation>
    </message>
    <message>
        <source>密码：</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>例如 屯留区；留空为全市（只读）</source>
        <translation>例如 屯留区；留空为全市（只读）</translation>
    </message>
</context>
<context>
    <name>tuoyu::CoreWords</name>
    <message>
        <source>未开始</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>进行中</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>公办</source>
        <translation>公办</translation>
    </message>
    <message>
        <source>民办</source>
        <translation>民办</translation>
    </message>
    <message>
        <source>企业办</source>
        <translation>企业办</translation>
    </message>
    <message>
        <source>卫健办</source>
        <translation>卫健办</translation>
    </message>
    <message>
        <source>社区办</source>
        <translation>社区办</translation>
    </message>
    <message>
        <source>独立</source>
        <translation>独立</translation>
    </message>
    <message>
        <source>幼儿园托班</source>
        <translation>幼儿园托班</translation>
    </message>
    <message>
        <source>家庭托育点</source>
        <translation>家庭托育点</translation>
    </message>
    <message>
        <source>用人单位办</source>
        <translation>用人单位办</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>待审核</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>已审核</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>已拨付</source>
        <translation>已拨付</translation>
    </message>
    <message>
        <source>不予拨付</source>
        <translation>不予拨付</translation>
    </message>
    <message>
        <source>工作进展情况汇报</source>
        <translation>工作进展情况汇报</translation>
    </message>
    <message>
        <source>督办单</source>
        <translation>督办单</translation>
    </message>
    <message>
        <source>情况通报</source>
        <translation>情况通报</translation>
    </message>
    <message>
        <source>托育机构名单</source>
        <translation>托育机构名单</translation>
    </message>
    <message>
        <source>任务台账</source>
        <translation>任务台账</translation>
    </message>
    <message>
        <source>绩效指标完成情况表</source>
        <translation>绩效指标完成情况表</translation>
    </message>
    <message>
        <source>任务分解表</source>
        <translation>任务分解表</translation>
    </message>
    <message>
        <source>有标注</source>
        <translation>有标注</translation>
    </message>
    <message>
        <source>无标注</source>
        <translation>无标注</translation>
    </message>
    <message>
        <source>推测</source>
        <translation>推测</translation>
    </message>
    <message>
        <source>达标</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>未达标</source>
        <translation>未达标</translation>
    </message>
    <message>
        <source>预警</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>无数据</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>错误</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>工程</source>
        <translation>工程</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>任务</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>每日备份</source>
        <translation>每日备份</translation>
    </message>
    <message>
        <source>恢复前的文件</source>
        <translation>恢复前的文件</translation>
    </message>
    <message>
        <source>即将到期</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>%1个工作日内到期</source>
        <translation>%1个工作日内到期</translation>
    </message>
    <message>
        <source>按托位一次性</source>
        <translation>按托位一次性</translation>
    </message>
    <message>
        <source>按新增班一次性</source>
        <translation>按新增班一次性</translation>
    </message>
    <message>
        <source>按机构一次性</source>
        <translation>按机构一次性</translation>
    </message>
    <message>
        <source>按人按月</source>
        <translation>按人按月</translation>
    </message>
    <message>
        <source>限额包（按申报成本）</source>
        <translation>限额包（按申报成本）</translation>
    </message>
    <message>
        <source>体验券</source>
        <translation>体验券</translation>
    </message>
    <message>
        <source>日常</source>
        <translation>日常</translation>
    </message>
    <message>
        <source>专项</source>
        <translation>专项</translation>
    </message>
    <message>
        <source>双随机</source>
        <translation>双随机</translation>
    </message>
    <message>
        <source>无需整改</source>
        <translation>无需整改</translation>
    </message>
    <message>
        <source>整改中</source>
        <translation>整改中</translation>
    </message>
    <message>
        <source>已整改</source>
        <translation>已整改</translation>
    </message>
    <message>
        <source>逾期 %1 天</source>
        <translation>逾期 %1 天</translation>
    </message>
    <message>
        <source>区县</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>机构</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>托位</source>
        <translation>托位</translation>
    </message>
    <message>
        <source>普惠托位</source>
        <translation>普惠托位</translation>
    </message>
    <message>
        <source>每千人口托位数</source>
        <translation>每千人口托位数</translation>
    </message>
    <message>
        <source>逾期</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>临期</source>
        <translation>临期</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>tuoyu::DashboardPage</name>
    <message>
        <source>%1：%2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>概览</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>截至：</source>
        <translation>截至：</translation>
    </message>
    <message>
        <source>yyyy年M月d日</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>&lt;b&gt;逾期和即将到期的任务&lt;/b&gt;</source>
        <translation>&lt;b&gt;逾期和即将到期的任务&lt;/b&gt;</translation>
    </message>
    <message>
        <source>任务</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>完成时限</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>牵头部门</source>
        <translation>牵头部门</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>情况</source>
        <translation>情况</translation>
    </message>
    <message>
        <source>“%1”（%2）</source>
        <translation>“%1”（%2）</translation>
    </message>
    <message>
        <source>这是示例工作区（屯留区实施方案，数字为示例）：各页按计划期内的 %1 显示进度和逾期；在“截至”处可改为其他日期。</source>
        <translation>这是示例工作区（屯留区实施方案，数字为示例）：各页按计划期内的 %1 显示进度和逾期；在“截至”处可改为其他日期。</translation>
    </message>
    <message>
        <source>%1 %2 项：%3</source>
        <translation>%1 %2 项：%3</translation>
    </message>
    <message>
        <source>自上次打开（%1）以来新逾期</source>
        <translation>自上次打开（%1）以来新逾期</translation>
    </message>
    <message>
        <source>M月d日</source>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>已逾期</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <source>等</source>
        <translation>等</translation>
    </message>
    <message>
        <source>　&lt;a href=&quot;tasks&quot;&gt;查看任务&lt;/a&gt;</source>
        <translation>　&lt;a href=&quot;tasks&quot;&gt;查看任务&lt;/a&gt;</translation>
    </message>
    <message>
        <source>目标 %1 · &lt;span style=&apos;color:%2&apos;&gt;%3&lt;/span&gt;</source>
        <translation>目标 %1 · &lt;span style=&apos;color:%2&apos;&gt;%3&lt;/span&gt;</translation>
    </message>
    <message>
        <source>指标完成程度</source>
        <translation>指标完成程度</translation>
    </message>
    <message>
        <source>暂无可计算的指标（请填写人口数据或实际值）</source>
        <translation>暂无可计算的指标（请填写人口数据或实际值）</translation>
    </message>
    <message>
        <source>指标完成程度（实际占目标 %）</source>
        <translation>指标完成程度（实际占目标 %）</translation>
    </message>
    <message>
        <source>完成程度</source>
        <translation>完成程度</translation>
    </message>
    <message>
        <source>目标（100%）</source>
        <translation>目标（100%）</translation>
    </message>
    <message>
        <source>各工程任务完成情况</source>
        <translation>各工程任务完成情况</translation>
    </message>
    <message>
        <source>计划中还没有任务</source>
        <translation>计划中还没有任务</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>进行中</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>未开始</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>逾期</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>未填乡镇</source>
        <translation>未填乡镇</translation>
    </message>
    <message>
        <source>托位按机构属性；按乡镇（街道）：%1</source>
        <translation>托位按机构属性；按乡镇（街道）：%1</translation>
    </message>
    <message>
        <source>，</source>
        <translation>，</translation>
    </message>
    <message>
        <source>托位按机构属性</source>
        <translation>托位按机构属性</translation>
    </message>
    <message>
        <source>机构名单中还没有托位（请导入机构名单）</source>
        <translation>机构名单中还没有托位（请导入机构名单）</translation>
    </message>
    <message>
        <source>▼本月</source>
        <translation>▼本月</translation>
    </message>
    <message>
        <source>（本月）</source>
        <translation>（本月）</translation>
    </message>
    <message>
        <source>任务完成时限分布</source>
        <translation>任务完成时限分布</translation>
    </message>
    <message>
        <source>没有写明完成时限的任务</source>
        <translation>没有写明完成时限的任务</translation>
    </message>
    <message>
        <source>任务完成时限分布（按月）</source>
        <translation>任务完成时限分布（按月）</translation>
    </message>
    <message>
        <source>未到期</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>&lt;b&gt;逾期和%1的任务&lt;/b&gt;</source>
        <translation>&lt;b&gt;逾期和%1的任务&lt;/b&gt;</translation>
    </message>
    <message>
        <source>另有 %1 项未完成任务的完成时限文件未写、按实施期末计，尚未确认，不计逾期；可在“任务”页“编辑任务”中确认。</source>
        <translation>另有 %1 项未完成任务的完成时限文件未写、按实施期末计，尚未确认，不计逾期；可在“任务”页“编辑任务”中确认。</translation>
    </message>
    <message>
        <source>还有 %1 个工作日</source>
        <translation>还有 %1 个工作日</translation>
    </message>
</context>
<context>
    <name>tuoyu::DecompositionGridModel</name>
    <message>
        <source>合计</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>原表合计为 %1，与各单元格之和不符</source>
        <translation>原表合计为 %1，与各单元格之和不符</translation>
    </message>
    <message>
        <source>目标 %1，完成 %2</source>
        <translation>目标 %1，完成 %2</translation>
    </message>
    <message>
        <source>“%1”%2 应为数字：%3</source>
        <translation>“%1”%2 应为数字：%3</translation>
    </message>
</context>
<context>
    <name>tuoyu::DecompositionPage</name>
    <message>
        <source>项目（行）</source>
        <translation>项目（行）</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>乡镇（街道）或部门（列）</source>
        <translation>乡镇（街道）或部门（列）</translation>
    </message>
    <message>
        <source>还没有</source>
        <translation>还没有</translation>
    </message>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <source>分解</source>
        <translation>分解</translation>
    </message>
    <message>
        <source>完成数</source>
        <translation>完成数</translation>
    </message>
    <message>
        <source>目标</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>打印所选乡镇（街道）…</source>
        <translation>打印所选乡镇（街道）…</translation>
    </message>
    <message>
        <source>年度：</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>显示并编辑：</source>
        <translation>显示并编辑：</translation>
    </message>
    <message>
        <source>无法修改</source>
        <translation>无法修改</translation>
    </message>
    <message>
        <source>表格：</source>
        <translation>表格：</translation>
    </message>
    <message>
        <source>添加项目…</source>
        <translation>添加项目…</translation>
    </message>
    <message>
        <source>添加项目</source>
        <translation>添加项目</translation>
    </message>
    <message>
        <source>项目名称（如 新增托位数）：</source>
        <translation>项目名称（如 新增托位数）：</translation>
    </message>
    <message>
        <source>“%1”的单位（如 个、家）：</source>
        <translation>“%1”的单位（如 个、家）：</translation>
    </message>
    <message>
        <source>个</source>
        <translation>个</translation>
    </message>
    <message>
        <source>删除所选项目</source>
        <translation>删除所选项目</translation>
    </message>
    <message>
        <source>删除项目</source>
        <translation>删除项目</translation>
    </message>
    <message>
        <source>添加年度…</source>
        <translation>添加年度…</translation>
    </message>
    <message>
        <source>添加年度</source>
        <translation>添加年度</translation>
    </message>
    <message>
        <source>删除本年度</source>
        <translation>删除本年度</translation>
    </message>
    <message>
        <source>删除年度</source>
        <translation>删除年度</translation>
    </message>
    <message>
        <source>添加列…</source>
        <translation>添加列…</translation>
    </message>
    <message>
        <source>添加列</source>
        <translation>添加列</translation>
    </message>
    <message>
        <source>所有乡镇（街道）和部门都已是表中的列。新的乡镇（街道）在“计划”页添加。</source>
        <translation>所有乡镇（街道）和部门都已是表中的列。新的乡镇（街道）在“计划”页添加。</translation>
    </message>
    <message>
        <source>乡镇（街道）或部门：</source>
        <translation>乡镇（街道）或部门：</translation>
    </message>
    <message>
        <source>删除所选列</source>
        <translation>删除所选列</translation>
    </message>
    <message>
        <source>删除列</source>
        <translation>删除列</translation>
    </message>
    <message>
        <source>乡镇（街道）：%1</source>
        <translation>乡镇（街道）：%1</translation>
    </message>
    <message>
        <source>部门：%1</source>
        <translation>部门：%1</translation>
    </message>
    <message>
        <source>无法修改分解表</source>
        <translation>无法修改分解表</translation>
    </message>
    <message>
        <source>%1年</source>
        <translation>%1年</translation>
    </message>
    <message>
        <source>本计划的任务分解表还不完整：%1。用上方的按钮添加，或从“文件 → 导入”导入分解表（如天宁区方案附件的格式）。</source>
        <translation>本计划的任务分解表还不完整：%1。用上方的按钮添加，或从“文件 → 导入”导入分解表（如天宁区方案附件的格式）。</translation>
    </message>
    <message>
        <source>%1年%2。红底为完成数低于目标的单元格（%3 个）。直接在格中修改，合计随之更新，可撤销。</source>
        <translation>%1年%2。红底为完成数低于目标的单元格（%3 个）。直接在格中修改，合计随之更新，可撤销。</translation>
    </message>
    <message>
        <source>各单位完成数</source>
        <translation>各单位完成数</translation>
    </message>
    <message>
        <source>各单位目标</source>
        <translation>各单位目标</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>请先在表中选一个乡镇（街道）的列。</source>
        <translation>请先在表中选一个乡镇（街道）的列。</translation>
    </message>
    <message>
        <source>&lt;h2 align=&apos;center&apos;&gt;%1 任务分解落实情况&lt;/h2&gt;&lt;table border=&apos;1&apos; cellspacing=&apos;0&apos; cellpadding=&apos;4&apos; width=&apos;100%&apos;&gt;&lt;tr&gt;&lt;th&gt;项目&lt;/th&gt;&lt;th&gt;年度&lt;/th&gt;&lt;th&gt;目标&lt;/th&gt;&lt;th&gt;完成&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;h2 align=&apos;center&apos;&gt;%1 任务分解落实情况&lt;/h2&gt;&lt;table border=&apos;1&apos; cellspacing=&apos;0&apos; cellpadding=&apos;4&apos; width=&apos;100%&apos;&gt;&lt;tr&gt;&lt;th&gt;项目&lt;/th&gt;&lt;th&gt;年度&lt;/th&gt;&lt;th&gt;目标&lt;/th&gt;&lt;th&gt;完成&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>（可撤销）</source>
        <translation>（可撤销）</translation>
    </message>
    <message>
        <source>删除项目“%1”及其各年、各列的目标和完成数？</source>
        <translation>删除项目“%1”及其各年、各列的目标和完成数？</translation>
    </message>
    <message>
        <source>删除%1及其各项目、各列的目标和完成数？</source>
        <translation>删除%1及其各项目、各列的目标和完成数？</translation>
    </message>
    <message>
        <source>删除“%1”一列及其各年、各项目的目标和完成数？</source>
        <translation>删除“%1”一列及其各年、各项目的目标和完成数？</translation>
    </message>
</context>
<context>
    <name>tuoyu::DepartmentsDialog</name>
    <message>
        <source>责任部门</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>牵头任务</source>
        <translation>牵头任务</translation>
    </message>
    <message>
        <source>配合任务</source>
        <translation>配合任务</translation>
    </message>
    <message>
        <source>新部门名称，如 区医保局</source>
        <translation>新部门名称，如 区医保局</translation>
    </message>
    <message>
        <source>添加</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>改名…</source>
        <translation>改名…</translation>
    </message>
    <message>
        <source>合并到…</source>
        <translation>合并到…</translation>
    </message>
    <message>
        <source>同一单位的两种写法（如 区卫体局 / 区卫健局）合为一条：所有任务改为指向合并后的部门</source>
        <translation>同一单位的两种写法（如 区卫体局 / 区卫健局）合为一条：所有任务改为指向合并后的部门</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>改名、合并或删除后可用“撤销”（Ctrl+Z）恢复。</source>
        <translation>改名、合并或删除后可用“撤销”（Ctrl+Z）恢复。</translation>
    </message>
    <message>
        <source>部门改名</source>
        <translation>部门改名</translation>
    </message>
    <message>
        <source>新名称</source>
        <translation>新名称</translation>
    </message>
    <message>
        <source>合并部门</source>
        <translation>合并部门</translation>
    </message>
    <message>
        <source>把“%1”合并到</source>
        <translation>把“%1”合并到</translation>
    </message>
    <message>
        <source>未能保存</source>
        <translation>未能保存</translation>
    </message>
    <message>
        <source>计划中没有责任部门“%1”</source>
        <translation>计划中没有责任部门“%1”</translation>
    </message>
</context>
<context>
    <name>tuoyu::EnrolmentTab</name>
    <message>
        <source>月份：</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>%1月</source>
        <translation>%1月</translation>
    </message>
    <message>
        <source>每个机构当月的在托人数，按班别和类别填写；改动即保存，可撤销。二孩、三孩为各班合计中的人数。</source>
        <translation>每个机构当月的在托人数，按班别和类别填写；改动即保存，可撤销。二孩、三孩为各班合计中的人数。</translation>
    </message>
    <message>
        <source>月度收托</source>
        <translation>月度收托</translation>
    </message>
</context>
<context>
    <name>tuoyu::EnrolmentTableModel</name>
    <message>
        <source>乳儿班</source>
        <translation>乳儿班</translation>
    </message>
    <message>
        <source>托小班</source>
        <translation>托小班</translation>
    </message>
    <message>
        <source>托大班</source>
        <translation>托大班</translation>
    </message>
    <message>
        <source>其中二孩</source>
        <translation>其中二孩</translation>
    </message>
    <message>
        <source>其中三孩</source>
        <translation>其中三孩</translation>
    </message>
    <message>
        <source>三孩家庭</source>
        <translation>三孩家庭</translation>
    </message>
    <message>
        <source>计生特殊家庭</source>
        <translation>计生特殊家庭</translation>
    </message>
    <message>
        <source>残疾婴幼儿</source>
        <translation>残疾婴幼儿</translation>
    </message>
    <message>
        <source>%1，托位 %2%3</source>
        <translation>%1，托位 %2%3</translation>
    </message>
    <message>
        <source>，普惠</source>
        <translation>，普惠</translation>
    </message>
    <message>
        <source>机构</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>没有这一格</source>
        <translation>没有这一格</translation>
    </message>
    <message>
        <source>“%1”%2 %3：请填写 0 或正整数（填的是“%4”）</source>
        <translation>“%1”%2 %3：请填写 0 或正整数（填的是“%4”）</translation>
    </message>
</context>
<context>
    <name>tuoyu::EvidencePane</name>
    <message>
        <source>&lt;b&gt;佐证材料&lt;/b&gt;</source>
        <translation>&lt;b&gt;佐证材料&lt;/b&gt;</translation>
    </message>
    <message>
        <source>添加…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>也可以把文件拖到任务上</source>
        <translation>也可以把文件拖到任务上</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>导出全部…</source>
        <translation>导出全部…</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>%1　%2　%3</source>
        <translation>%1　%2　%3</translation>
    </message>
    <message>
        <source>%1，%2 由 %3 添加</source>
        <translation>%1，%2 由 %3 添加</translation>
    </message>
    <message>
        <source>&lt;b&gt;佐证材料&lt;/b&gt;（%1）</source>
        <translation>&lt;b&gt;佐证材料&lt;/b&gt;（%1）</translation>
    </message>
    <message>
        <source>未能添加佐证材料</source>
        <translation>未能添加佐证材料</translation>
    </message>
    <message>
        <source>添加佐证材料</source>
        <translation>添加佐证材料</translation>
    </message>
    <message>
        <source>佐证材料 (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.xls *.xlsx *.ofd);;所有文件 (*)</source>
        <translation>佐证材料 (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.xls *.xlsx *.ofd);;所有文件 (*)</translation>
    </message>
    <message>
        <source>无法打开佐证材料</source>
        <translation>无法打开佐证材料</translation>
    </message>
    <message>
        <source>没有能打开“%1”的程序</source>
        <translation>没有能打开“%1”的程序</translation>
    </message>
    <message>
        <source>导出全部佐证材料到文件夹</source>
        <translation>导出全部佐证材料到文件夹</translation>
    </message>
    <message>
        <source>导出未完成</source>
        <translation>导出未完成</translation>
    </message>
    <message>
        <source>已导出 %1 个，之后：%2</source>
        <translation>已导出 %1 个，之后：%2</translation>
    </message>
    <message>
        <source>已导出</source>
        <translation>已导出</translation>
    </message>
    <message>
        <source>已导出 %1 个佐证材料到 %2</source>
        <translation>已导出 %1 个佐证材料到 %2</translation>
    </message>
    <message>
        <source>未能删除佐证材料</source>
        <translation>未能删除佐证材料</translation>
    </message>
    <message>
        <source>也可以把文件拖到这里</source>
        <translation>也可以把文件拖到这里</translation>
    </message>
</context>
<context>
    <name>tuoyu::FeedbackMergeDialog</name>
    <message>
        <source>合并反馈表</source>
        <translation>合并反馈表</translation>
    </message>
    <message>
        <source>任务 / 项目</source>
        <translation>任务 / 项目</translation>
    </message>
    <message>
        <source>原值</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>新值</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>%1 · %2 第%3行 · %4</source>
        <translation>%1 · %2 第%3行 · %4</translation>
    </message>
    <message>
        <source>注意：</source>
        <translation>注意：</translation>
    </message>
    <message>
        <source>%1 份文件，对上 %2 行，其中 %3 行有新内容、%4 行无新内容；拒收 %5 行。取消勾选的行不合并。</source>
        <translation>%1 份文件，对上 %2 行，其中 %3 行有新内容、%4 行无新内容；拒收 %5 行。取消勾选的行不合并。</translation>
    </message>
    <message>
        <source>拒收 </source>
        <translation>拒收 </translation>
    </message>
    <message>
        <source>没有拒收的行。</source>
        <translation>没有拒收的行。</translation>
    </message>
    <message>
        <source>合并</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>拒收的行</source>
        <translation>拒收的行</translation>
    </message>
    <message>
        <source>发出反馈表</source>
        <translation>发出反馈表</translation>
    </message>
    <message>
        <source>%1（%2项任务）</source>
        <translation>%1（%2项任务）</translation>
    </message>
    <message>
        <source>选择…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>输出文件夹</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <source>反馈轮次</source>
        <translation>反馈轮次</translation>
    </message>
    <message>
        <source>输出到</source>
        <translation>输出到</translation>
    </message>
    <message>
        <source>发给哪些单位：</source>
        <translation>发给哪些单位：</translation>
    </message>
    <message>
        <source>已为 %1 个单位写出反馈表，保存在 %2</source>
        <translation>已为 %1 个单位写出反馈表，保存在 %2</translation>
    </message>
    <message>
        <source>选择报回的反馈表</source>
        <translation>选择报回的反馈表</translation>
    </message>
    <message>
        <source>反馈表 (*.xlsx *.xls *.docx)</source>
        <translation>反馈表 (*.xlsx *.xls *.docx)</translation>
    </message>
</context>
<context>
    <name>tuoyu::FeedbackRequestsPane</name>
    <message>
        <source>显示已处理的申请</source>
        <translation>显示已处理的申请</translation>
    </message>
    <message>
        <source>批准</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>驳回…</source>
        <translation>驳回…</translation>
    </message>
    <message>
        <source>报送单位</source>
        <translation>报送单位</translation>
    </message>
    <message>
        <source>申请</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>任务</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>现完成时限</source>
        <translation>现完成时限</translation>
    </message>
    <message>
        <source>申请延期至</source>
        <translation>申请延期至</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>填报人</source>
        <translation>填报人</translation>
    </message>
    <message>
        <source>报回日期</source>
        <translation>报回日期</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>办结申请：任务办结；延期申请：改为申请的时限，原时限记入延期记录</source>
        <translation>办结申请：任务办结；延期申请：改为申请的时限，原时限记入延期记录</translation>
    </message>
    <message>
        <source>驳回所选申请，须写明理由；任务不变</source>
        <translation>驳回所选申请，须写明理由；任务不变</translation>
    </message>
    <message>
        <source>：</source>
        <translation>：</translation>
    </message>
    <message>
        <source>没有待审批的办结、延期申请。</source>
        <translation>没有待审批的办结、延期申请。</translation>
    </message>
    <message>
        <source>%1 项申请待审批。选中后批准或驳回，每项都可撤销（Ctrl+Z）。</source>
        <translation>%1 项申请待审批。选中后批准或驳回，每项都可撤销（Ctrl+Z）。</translation>
    </message>
    <message>
        <source>未能批准</source>
        <translation>未能批准</translation>
    </message>
    <message>
        <source>未能驳回</source>
        <translation>未能驳回</translation>
    </message>
    <message>
        <source>批准申请</source>
        <translation>批准申请</translation>
    </message>
    <message>
        <source>批准所选的 %1 项申请？办结申请将办结任务，延期申请将改为申请的完成时限（原时限记入延期记录）。</source>
        <translation>批准所选的 %1 项申请？办结申请将办结任务，延期申请将改为申请的完成时限（原时限记入延期记录）。</translation>
    </message>
    <message>
        <source>驳回申请</source>
        <translation>驳回申请</translation>
    </message>
    <message>
        <source>驳回所选的 %1 项申请的理由（将告知报送单位）：</source>
        <translation>驳回所选的 %1 项申请的理由（将告知报送单位）：</translation>
    </message>
</context>
<context>
    <name>tuoyu::Forms</name>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>确定</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>无法保存</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>无法导出</source>
        <translation>无法导出</translation>
    </message>
</context>
<context>
    <name>tuoyu::FundsTab</name>
    <message>
        <source>新增资金</source>
        <translation>新增资金</translation>
    </message>
    <message>
        <source>名称：</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>例如 2025年中央财政普惠托育专项资金</source>
        <translation>例如 2025年中央财政普惠托育专项资金</translation>
    </message>
    <message>
        <source>来源：</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>中央</source>
        <translation>中央</translation>
    </message>
    <message>
        <source>省</source>
        <translation>省</translation>
    </message>
    <message>
        <source>市</source>
        <translation>市</translation>
    </message>
    <message>
        <source>区</source>
        <translation>区</translation>
    </message>
    <message>
        <source>年度：</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>金额（元）：</source>
        <translation>金额（元）：</translation>
    </message>
    <message>
        <source>例如 500000 或 50万</source>
        <translation>例如 500000 或 50万</translation>
    </message>
</context>
<context>
    <name>tuoyu::Fundstab</name>
    <message>
        <source>新增资金…</source>
        <translation>新增资金…</translation>
    </message>
    <message>
        <source>资金</source>
        <translation>资金</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>预算（元）</source>
        <translation>预算（元）</translation>
    </message>
    <message>
        <source>已审核待拨付（元）</source>
        <translation>已审核待拨付（元）</translation>
    </message>
    <message>
        <source>已拨付（元）</source>
        <translation>已拨付（元）</translation>
    </message>
    <message>
        <source>余额（元）</source>
        <translation>余额（元）</translation>
    </message>
    <message>
        <source>各项资金：已审核待拨付、已拨付与余额（万元）</source>
        <translation>各项资金：已审核待拨付、已拨付与余额（万元）</translation>
    </message>
    <message>
        <source>已审核待拨付</source>
        <translation>已审核待拨付</translation>
    </message>
    <message>
        <source>已拨付</source>
        <translation>已拨付</translation>
    </message>
    <message>
        <source>余额</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>万元</source>
        <translation>万元</translation>
    </message>
    <message>
        <source>&lt;b&gt;中央财政资金正面清单：&lt;/b&gt;%1&lt;br&gt;&lt;b&gt;负面清单（不得由中央资金支付）：&lt;/b&gt;%2&lt;br&gt;地方资金不受正负面清单限制。</source>
        <translation>&lt;b&gt;中央财政资金正面清单：&lt;/b&gt;%1&lt;br&gt;&lt;b&gt;负面清单（不得由中央资金支付）：&lt;/b&gt;%2&lt;br&gt;地方资金不受正负面清单限制。</translation>
    </message>
    <message>
        <source>（方案未列）</source>
        <translation>（方案未列）</translation>
    </message>
    <message>
        <source>；</source>
        <translation>；</translation>
    </message>
    <message>
        <source>金额应为元，例如 500000 或 50万：%1</source>
        <translation>金额应为元，例如 500000 或 50万：%1</translation>
    </message>
    <message>
        <source>已新增资金</source>
        <translation>已新增资金</translation>
    </message>
</context>
<context>
    <name>tuoyu::GanttView</name>
    <message>
        <source>%1年</source>
        <translation>%1年</translation>
    </message>
    <message>
        <source>%1月</source>
        <translation>%1月</translation>
    </message>
    <message>
        <source>今天 %1</source>
        <translation>今天 %1</translation>
    </message>
    <message>
        <source>M月d日</source>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>第 %1 页 / 共 %2 页　打印日期 %3</source>
        <translation>第 %1 页 / 共 %2 页　打印日期 %3</translation>
    </message>
    <message>
        <source>yyyy年M月d日</source>
        <translation>yyyy年M月d日</translation>
    </message>
</context>
<context>
    <name>tuoyu::HelpWindow</name>
    <message>
        <source>托育工作台 使用说明</source>
        <translation>托育工作台 使用说明</translation>
    </message>
</context>
<context>
    <name>tuoyu::HistoryDialog</name>
    <message>
        <source>修改记录：%1</source>
        <translation>修改记录：%1</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>操作人</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>字段</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>原值</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>新值</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>撤销：</source>
        <translation>撤销：</translation>
    </message>
    <message>
        <source>重做：</source>
        <translation>重做：</translation>
    </message>
    <message>
        <source>（整条记录）</source>
        <translation>（整条记录）</translation>
    </message>
</context>
<context>
    <name>tuoyu::HolidayDialog</name>
    <message>
        <source>节假日设置（督办工作日）</source>
        <translation>节假日设置（督办工作日）</translation>
    </message>
    <message>
        <source>到期提醒和序时进度按工作日计算：周一至周五上班，扣除法定节假日，计入调休上班日。已内置 2023–2026 年国务院办公厅通知；新一年的安排公布后请在此添加。</source>
        <translation>到期提醒和序时进度按工作日计算：周一至周五上班，扣除法定节假日，计入调休上班日。已内置 2023–2026 年国务院办公厅通知；新一年的安排公布后请在此添加。</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>放假</source>
        <translation>放假</translation>
    </message>
    <message>
        <source>调休上班</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <source>节日名称，如 春节</source>
        <translation>节日名称，如 春节</translation>
    </message>
    <message>
        <source>添加</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>删除所选</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <source>年份</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>内置（国务院办公厅通知）</source>
        <translation>内置（国务院办公厅通知）</translation>
    </message>
    <message>
        <source>自行添加</source>
        <translation>自行添加</translation>
    </message>
    <message>
        <source>未能添加</source>
        <translation>未能添加</translation>
    </message>
    <message>
        <source>内置日期</source>
        <translation>内置日期</translation>
    </message>
    <message>
        <source>内置日期不能删除；如需更正，请为该日期添加一条新的设置。</source>
        <translation>内置日期不能删除；如需更正，请为该日期添加一条新的设置。</translation>
    </message>
    <message>
        <source>未能删除</source>
        <translation>未能删除</translation>
    </message>
</context>
<context>
    <name>tuoyu::ImportDialog</name>
    <message>
        <source>导入 %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>表格：</source>
        <translation>表格：</translation>
    </message>
    <message>
        <source>内容：</source>
        <translation>内容：</translation>
    </message>
    <message>
        <source>新建计划（以表格标题为名）</source>
        <translation>新建计划（以表格标题为名）</translation>
    </message>
    <message>
        <source>写入计划：</source>
        <translation>写入计划：</translation>
    </message>
    <message>
        <source>列</source>
        <translation>列</translation>
    </message>
    <message>
        <source>表头</source>
        <translation>表头</translation>
    </message>
    <message>
        <source>导入为</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>行</source>
        <translation>行</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>预览</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>列对应</source>
        <translation>列对应</translation>
    </message>
    <message>
        <source>不导入的行</source>
        <translation>不导入的行</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>导入失败</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>正在读取 %1 …</source>
        <translation>正在读取 %1 …</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1 中没有表格</source>
        <translation>%1 中没有表格</translation>
    </message>
    <message>
        <source>无法导入</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <source>%1（%2 行）%3</source>
        <translation>%1（%2 行）%3</translation>
    </message>
    <message>
        <source>［隐藏］</source>
        <translation>［隐藏］</translation>
    </message>
    <message>
        <source>正在对应各列并与工作区核对 %1 …</source>
        <translation>正在对应各列并与工作区核对 %1 …</translation>
    </message>
    <message>
        <source>（%1年 %2）</source>
        <translation>（%1年 %2）</translation>
    </message>
    <message>
        <source>（不导入）</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>导入后</source>
        <translation>导入后</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>更新：</source>
        <translation>更新：</translation>
    </message>
    <message>
        <source>；</source>
        <translation>；</translation>
    </message>
    <message>
        <source>不变</source>
        <translation>不变</translation>
    </message>
    <message>
        <source>（请核对）</source>
        <translation>（请核对）</translation>
    </message>
    <message>
        <source>不导入的行（%1）</source>
        <translation>不导入的行（%1）</translation>
    </message>
    <message>
        <source>将新增 &lt;b&gt;%1&lt;/b&gt;，更新 &lt;b&gt;%2&lt;/b&gt;，不变 %3，不导入 &lt;b&gt;%4&lt;/b&gt; 行。</source>
        <translation>将新增 &lt;b&gt;%1&lt;/b&gt;，更新 &lt;b&gt;%2&lt;/b&gt;，不变 %3，不导入 &lt;b&gt;%4&lt;/b&gt; 行。</translation>
    </message>
    <message>
        <source>预览显示前 %1 行。</source>
        <translation>预览显示前 %1 行。</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;span style=&apos;color:#b26a00&apos;&gt;注意：%1&lt;/span&gt;</source>
        <translation>&lt;br&gt;&lt;span style=&apos;color:#b26a00&apos;&gt;注意：%1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>没有可导入的内容</source>
        <translation>没有可导入的内容</translation>
    </message>
    <message>
        <source>导入失败，工作区未改动：%1</source>
        <translation>导入失败，工作区未改动：%1</translation>
    </message>
</context>
<context>
    <name>tuoyu::IndicatorDialog</name>
    <message>
        <source>新增指标</source>
        <translation>新增指标</translation>
    </message>
    <message>
        <source>（不分层级）</source>
        <translation>（不分层级）</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>如 每千人口托位数</source>
        <translation>如 每千人口托位数</translation>
    </message>
    <message>
        <source>个、%、家</source>
        <translation>个、%、家</translation>
    </message>
    <message>
        <source>≥ 达到或超过目标</source>
        <translation>≥ 达到或超过目标</translation>
    </message>
    <message>
        <source>≤ 不超过目标（降至）</source>
        <translation>≤ 不超过目标（降至）</translation>
    </message>
    <message>
        <source>手工录入实际值（问卷、统计报表等）</source>
        <translation>手工录入实际值（问卷、统计报表等）</translation>
    </message>
    <message>
        <source>按机构名单计算：%1 = %2</source>
        <translation>按机构名单计算：%1 = %2</translation>
    </message>
    <message>
        <source>年份</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>目标值</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>添加年份</source>
        <translation>添加年份</translation>
    </message>
    <message>
        <source>删除所选年份</source>
        <translation>删除所选年份</translation>
    </message>
    <message>
        <source>分阶段目标每年一行；某年没有目标时，按此前最近一年的目标计。</source>
        <translation>分阶段目标每年一行；某年没有目标时，按此前最近一年的目标计。</translation>
    </message>
    <message>
        <source>方向：</source>
        <translation>方向：</translation>
    </message>
    <message>
        <source>层级：</source>
        <translation>层级：</translation>
    </message>
    <message>
        <source>指标名称：</source>
        <translation>指标名称：</translation>
    </message>
    <message>
        <source>单位：</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>实际值来源：</source>
        <translation>实际值来源：</translation>
    </message>
    <message>
        <source>年度目标：</source>
        <translation>年度目标：</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>修改指标“%1”</source>
        <translation>修改指标“%1”</translation>
    </message>
    <message>
        <source>目标为“%1”，不按年份设数值。</source>
        <translation>目标为“%1”，不按年份设数值。</translation>
    </message>
    <message>
        <source>年度目标第%1行的年份“%2”不是年份</source>
        <translation>年度目标第%1行的年份“%2”不是年份</translation>
    </message>
    <message>
        <source>%1年的目标值“%2”不是数字</source>
        <translation>%1年的目标值“%2”不是数字</translation>
    </message>
    <message>
        <source>公式：%1（单位：%2）。实际值随机构名单自动更新。</source>
        <translation>公式：%1（单位：%2）。实际值随机构名单自动更新。</translation>
    </message>
    <message>
        <source>实际值由您在“指标”页录入，注明日期和来源。</source>
        <translation>实际值由您在“指标”页录入，注明日期和来源。</translation>
    </message>
</context>
<context>
    <name>tuoyu::IndicatorsPage</name>
    <message>
        <source>%1年%2：%3</source>
        <translation>%1年%2：%3</translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>原文：%1</source>
        <translation>原文：%1</translation>
    </message>
    <message>
        <source>%1平均水平 %2：%3，%4</source>
        <translation>%1平均水平 %2：%3，%4</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>层级</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>目标</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>目标年份</source>
        <translation>目标年份</translation>
    </message>
    <message>
        <source>实际</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>公式或来源</source>
        <translation>公式或来源</translation>
    </message>
    <message>
        <source>选择一项指标，查看其变化并录入实际值。</source>
        <translation>选择一项指标，查看其变化并录入实际值。</translation>
    </message>
    <message>
        <source>来源，如 2025年家长满意度问卷</source>
        <translation>来源，如 2025年家长满意度问卷</translation>
    </message>
    <message>
        <source>录入实际值</source>
        <translation>录入实际值</translation>
    </message>
    <message>
        <source>已实现</source>
        <translation>已实现</translation>
    </message>
    <message>
        <source>未实现</source>
        <translation>未实现</translation>
    </message>
    <message>
        <source>日期：</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>实际值：</source>
        <translation>实际值：</translation>
    </message>
    <message>
        <source>来源，如 省卫健委2023年托育统计通报</source>
        <translation>来源，如 省卫健委2023年托育统计通报</translation>
    </message>
    <message>
        <source>录入平均水平</source>
        <translation>录入平均水平</translation>
    </message>
    <message>
        <source>比较的平均水平：</source>
        <translation>比较的平均水平：</translation>
    </message>
    <message>
        <source>统计日期：</source>
        <translation>统计日期：</translation>
    </message>
    <message>
        <source>无法录入</source>
        <translation>无法录入</translation>
    </message>
    <message>
        <source>新增指标…</source>
        <translation>新增指标…</translation>
    </message>
    <message>
        <source>修改…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>删除…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>无法保存</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>删除指标</source>
        <translation>删除指标</translation>
    </message>
    <message>
        <source>删除指标“%1”？（可撤销）</source>
        <translation>删除指标“%1”？（可撤销）</translation>
    </message>
    <message>
        <source>删除指标“%1”及其%2？（可撤销）</source>
        <translation>删除指标“%1”及其%2？（可撤销）</translation>
    </message>
    <message>
        <source>无法删除</source>
        <translation>无法删除</translation>
    </message>
    <message>
        <source>请先打开一个计划</source>
        <translation>请先打开一个计划</translation>
    </message>
    <message>
        <source>请先选择一项指标</source>
        <translation>请先选择一项指标</translation>
    </message>
    <message>
        <source>认定：</source>
        <translation>认定：</translation>
    </message>
    <message>
        <source>认定</source>
        <translation>认定</translation>
    </message>
    <message>
        <source>%1：缺少%2平均水平</source>
        <translation>%1：缺少%2平均水平</translation>
    </message>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <source>手工录入</source>
        <translation>手工录入</translation>
    </message>
    <message>
        <source>本计划还没有绩效指标。点“新增指标…”逐项添加：层级、名称、单位、方向、各年目标，以及实际值按机构名单计算（选公式）还是手工录入。</source>
        <translation>本计划还没有绩效指标。点“新增指标…”逐项添加：层级、名称、单位、方向、各年目标，以及实际值按机构名单计算（选公式）还是手工录入。</translation>
    </message>
    <message>
        <source>选择一项指标查看变化</source>
        <translation>选择一项指标查看变化</translation>
    </message>
    <message>
        <source>%1 的变化</source>
        <translation>%1 的变化</translation>
    </message>
    <message>
        <source>按机构名单计算</source>
        <translation>按机构名单计算</translation>
    </message>
    <message>
        <source>目标为文字“%1”，由您认定是否实现</source>
        <translation>目标为文字“%1”，由您认定是否实现</translation>
    </message>
    <message>
        <source>已选：&lt;b&gt;%1&lt;/b&gt;（%2）</source>
        <translation>已选：&lt;b&gt;%1&lt;/b&gt;（%2）</translation>
    </message>
    <message>
        <source>月度值</source>
        <translation>月度值</translation>
    </message>
    <message>
        <source>每月快照（已记录）</source>
        <translation>每月快照（已记录）</translation>
    </message>
    <message>
        <source>按月末重算（无快照）</source>
        <translation>按月末重算（无快照）</translation>
    </message>
    <message>
        <source>录入值</source>
        <translation>录入值</translation>
    </message>
    <message>
        <source>年度结转…</source>
        <translation>年度结转…</translation>
    </message>
    <message>
        <source>结转一个已结束的年度：未完成任务转入下一年，未达标指标列出，该年指标数据冻结（可撤销）</source>
        <translation>结转一个已结束的年度：未完成任务转入下一年，未达标指标列出，该年指标数据冻结（可撤销）</translation>
    </message>
    <message>
        <source>当前</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>显示：</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>%1年（已结转）</source>
        <translation>%1年（已结转）</translation>
    </message>
    <message>
        <source>%1年度结转时冻结的数字</source>
        <translation>%1年度结转时冻结的数字</translation>
    </message>
</context>
<context>
    <name>tuoyu::InspectionDialog</name>
    <message>
        <source>如：郭建军、李伟</source>
        <translation>如：郭建军、李伟</translation>
    </message>
    <message>
        <source>如：消防通道堆放杂物；晨检记录不全（据此归入问题类别）</source>
        <translation>如：消防通道堆放杂物；晨检记录不全（据此归入问题类别）</translation>
    </message>
    <message>
        <source>机构(&amp;J)</source>
        <translation>机构(&amp;J)</translation>
    </message>
    <message>
        <source>检查日期(&amp;D)</source>
        <translation>检查日期(&amp;D)</translation>
    </message>
    <message>
        <source>检查类型(&amp;T)</source>
        <translation>检查类型(&amp;T)</translation>
    </message>
    <message>
        <source>检查人员(&amp;R)</source>
        <translation>检查人员(&amp;R)</translation>
    </message>
    <message>
        <source>发现问题(&amp;F)</source>
        <translation>发现问题(&amp;F)</translation>
    </message>
    <message>
        <source>整改情况(&amp;S)</source>
        <translation>整改情况(&amp;S)</translation>
    </message>
    <message>
        <source>整改期限(&amp;Q)</source>
        <translation>整改期限(&amp;Q)</translation>
    </message>
    <message>
        <source>整改完成日期(&amp;W)</source>
        <translation>整改完成日期(&amp;W)</translation>
    </message>
    <message>
        <source>确定</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>编辑检查</source>
        <translation>编辑检查</translation>
    </message>
    <message>
        <source>未能保存</source>
        <translation>未能保存</translation>
    </message>
</context>
<context>
    <name>tuoyu::InstitutionDialog</name>
    <message>
        <source>空 = 未报</source>
        <translation>空 = 未报</translation>
    </message>
    <message>
        <source>机构信息</source>
        <translation>机构信息</translation>
    </message>
    <message>
        <source>（未填）</source>
        <translation>（未填）</translation>
    </message>
    <message>
        <source>普惠性机构</source>
        <translation>普惠性机构</translation>
    </message>
    <message>
        <source>空 = 未报（普惠机构按全部托位计）</source>
        <translation>空 = 未报（普惠机构按全部托位计）</translation>
    </message>
    <message>
        <source>元/月，如 1800；空 = 未报</source>
        <translation>元/月，如 1800；空 = 未报</translation>
    </message>
    <message>
        <source>连锁品牌名称，非连锁留空</source>
        <translation>连锁品牌名称，非连锁留空</translation>
    </message>
    <message>
        <source>已备案</source>
        <translation>已备案</translation>
    </message>
    <message>
        <source>机构名称*</source>
        <translation>机构名称*</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>属性</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>所属乡镇（街道）</source>
        <translation>所属乡镇（街道）</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>托位数</source>
        <translation>托位数</translation>
    </message>
    <message>
        <source>普惠托位</source>
        <translation>普惠托位</translation>
    </message>
    <message>
        <source>乳儿班</source>
        <translation>乳儿班</translation>
    </message>
    <message>
        <source>托小班</source>
        <translation>托小班</translation>
    </message>
    <message>
        <source>托大班</source>
        <translation>托大班</translation>
    </message>
    <message>
        <source>分班托位</source>
        <translation>分班托位</translation>
    </message>
    <message>
        <source>在托人数</source>
        <translation>在托人数</translation>
    </message>
    <message>
        <source>其中持证</source>
        <translation>其中持证</translation>
    </message>
    <message>
        <source>从业人员</source>
        <translation>从业人员</translation>
    </message>
    <message>
        <source>月收费（元）</source>
        <translation>月收费（元）</translation>
    </message>
    <message>
        <source>连锁品牌</source>
        <translation>连锁品牌</translation>
    </message>
    <message>
        <source>备案日期</source>
        <translation>备案日期</translation>
    </message>
    <message>
        <source>开办日期</source>
        <translation>开办日期</translation>
    </message>
    <message>
        <source>等级</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>医育结合签约机构</source>
        <translation>医育结合签约机构</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>乳儿班托位</source>
        <translation>乳儿班托位</translation>
    </message>
    <message>
        <source>托小班托位</source>
        <translation>托小班托位</translation>
    </message>
    <message>
        <source>托大班托位</source>
        <translation>托大班托位</translation>
    </message>
    <message>
        <source>持证人员</source>
        <translation>持证人员</translation>
    </message>
    <message>
        <source>%1应为整数（%2）</source>
        <translation>%1应为整数（%2）</translation>
    </message>
    <message>
        <source>月收费应为元数，最多两位小数（%1），如 1800 或 1850.50</source>
        <translation>月收费应为元数，最多两位小数（%1），如 1800 或 1850.50</translation>
    </message>
    <message>
        <source>请核实</source>
        <translation>请核实</translation>
    </message>
    <message>
        <source>在托人数（%1）多于托位数（%2），仍然保存吗？</source>
        <translation>在托人数（%1）多于托位数（%2），仍然保存吗？</translation>
    </message>
    <message>
        <source>如 %1</source>
        <translation>如 %1</translation>
    </message>
    <message>
        <source>%1不是有效日期（%2），请写成 %3 的形式</source>
        <translation>%1不是有效日期（%2），请写成 %3 的形式</translation>
    </message>
</context>
<context>
    <name>tuoyu::InstitutionTableModel</name>
    <message>
        <source>在托人数多于托位数，请核实</source>
        <translation>在托人数多于托位数，请核实</translation>
    </message>
</context>
<context>
    <name>tuoyu::InstitutionsPage</name>
    <message>
        <source>机构</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>搜索名称、信用代码、地址（Ctrl+F）</source>
        <translation>搜索名称、信用代码、地址（Ctrl+F）</translation>
    </message>
    <message>
        <source>全部属性</source>
        <translation>全部属性</translation>
    </message>
    <message>
        <source>普惠：全部</source>
        <translation>普惠：全部</translation>
    </message>
    <message>
        <source>普惠</source>
        <translation>普惠</translation>
    </message>
    <message>
        <source>非普惠</source>
        <translation>非普惠</translation>
    </message>
    <message>
        <source>备案：全部</source>
        <translation>备案：全部</translation>
    </message>
    <message>
        <source>已备案</source>
        <translation>已备案</translation>
    </message>
    <message>
        <source>未备案</source>
        <translation>未备案</translation>
    </message>
    <message>
        <source>新增…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>编辑…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>修改记录…</source>
        <translation>修改记录…</translation>
    </message>
    <message>
        <source>所选机构的每一次修改：时间、操作人、字段、原值 → 新值</source>
        <translation>所选机构的每一次修改：时间、操作人、字段、原值 → 新值</translation>
    </message>
    <message>
        <source>全部乡镇（街道）</source>
        <translation>全部乡镇（街道）</translation>
    </message>
    <message>
        <source>未填乡镇</source>
        <translation>未填乡镇</translation>
    </message>
    <message>
        <source>未打开工作区</source>
        <translation>未打开工作区</translation>
    </message>
    <message>
        <source>&lt;b&gt;合计&lt;/b&gt;　%1 家机构　托位 &lt;b&gt;%2&lt;/b&gt;　普惠托位 &lt;b&gt;%3&lt;/b&gt;　在托 &lt;b&gt;%4&lt;/b&gt;　已备案 %5 家</source>
        <translation>&lt;b&gt;合计&lt;/b&gt;　%1 家机构　托位 &lt;b&gt;%2&lt;/b&gt;　普惠托位 &lt;b&gt;%3&lt;/b&gt;　在托 &lt;b&gt;%4&lt;/b&gt;　已备案 %5 家</translation>
    </message>
    <message>
        <source>未能保存</source>
        <translation>未能保存</translation>
    </message>
    <message>
        <source>新增机构</source>
        <translation>新增机构</translation>
    </message>
    <message>
        <source>已新增“%1”</source>
        <translation>已新增“%1”</translation>
    </message>
    <message>
        <source>编辑机构</source>
        <translation>编辑机构</translation>
    </message>
    <message>
        <source>删除机构</source>
        <translation>删除机构</translation>
    </message>
    <message>
        <source>检查与人员…</source>
        <translation>检查与人员…</translation>
    </message>
    <message>
        <source>所选机构的监督检查记录和从业人员</source>
        <translation>所选机构的监督检查记录和从业人员</translation>
    </message>
    <message>
        <source>、%1 名从业人员和 %2 次监督检查（连同其佐证材料）</source>
        <translation>、%1 名从业人员和 %2 次监督检查（连同其佐证材料）</translation>
    </message>
    <message>
        <source>删除“%1”及其入托记录%2吗？
删除后可用“撤销”（Ctrl+Z）恢复。</source>
        <translation>删除“%1”及其入托记录%2吗？
删除后可用“撤销”（Ctrl+Z）恢复。</translation>
    </message>
</context>
<context>
    <name>tuoyu::LedgerTab</name>
    <message>
        <source>计算台账</source>
        <translation>计算台账</translation>
    </message>
    <message>
        <source>按现行规则重新计算本年度待审核的行；已审核、已拨付和不予拨付的行保持不变</source>
        <translation>按现行规则重新计算本年度待审核的行；已审核、已拨付和不予拨付的行保持不变</translation>
    </message>
    <message>
        <source>审核…</source>
        <translation>审核…</translation>
    </message>
    <message>
        <source>拨付…</source>
        <translation>拨付…</translation>
    </message>
    <message>
        <source>不予拨付…</source>
        <translation>不予拨付…</translation>
    </message>
    <message>
        <source>规则、申报或收托有改动，请重新计算台账。</source>
        <translation>规则、申报或收托有改动，请重新计算台账。</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>机构、说明或凭证号</source>
        <translation>机构、说明或凭证号</translation>
    </message>
    <message>
        <source>状态：</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>规则：</source>
        <translation>规则：</translation>
    </message>
    <message>
        <source>期间：</source>
        <translation>期间：</translation>
    </message>
    <message>
        <source>按机构合计</source>
        <translation>按机构合计</translation>
    </message>
    <message>
        <source>按规则合计</source>
        <translation>按规则合计</translation>
    </message>
    <message>
        <source>按期间合计</source>
        <translation>按期间合计</translation>
    </message>
    <message>
        <source>按资金合计</source>
        <translation>按资金合计</translation>
    </message>
    <message>
        <source>分组</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>行数</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>待审核</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>已审核</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>已拨付</source>
        <translation>已拨付</translation>
    </message>
    <message>
        <source>合计（不含不予拨付）</source>
        <translation>合计（不含不予拨付）</translation>
    </message>
    <message>
        <source>已计算%1年奖补台账</source>
        <translation>已计算%1年奖补台账</translation>
    </message>
    <message>
        <source>全部规则</source>
        <translation>全部规则</translation>
    </message>
    <message>
        <source>%1（%2起）</source>
        <translation>%1（%2起）</translation>
    </message>
    <message>
        <source>全年</source>
        <translation>全年</translation>
    </message>
    <message>
        <source>年度一次性</source>
        <translation>年度一次性</translation>
    </message>
    <message>
        <source>%1月</source>
        <translation>%1月</translation>
    </message>
    <message>
        <source>%1年还没有台账。填好月度收托和申报后，点击“计算台账”。</source>
        <translation>%1年还没有台账。填好月度收托和申报后，点击“计算台账”。</translation>
    </message>
    <message>
        <source>%1 行，合计 &lt;b&gt;%2&lt;/b&gt; 元：待审核 %3，已审核 %4，已拨付 %5；不予拨付 %6</source>
        <translation>%1 行，合计 &lt;b&gt;%2&lt;/b&gt; 元：待审核 %3，已审核 %4，已拨付 %5；不予拨付 %6</translation>
    </message>
    <message>
        <source>（未指定资金）</source>
        <translation>（未指定资金）</translation>
    </message>
    <message>
        <source>请先打开工作区并选择实施方案</source>
        <translation>请先打开工作区并选择实施方案</translation>
    </message>
    <message>
        <source>请选择支付的资金</source>
        <translation>请选择支付的资金</translation>
    </message>
    <message>
        <source>%1 %2 行</source>
        <translation>%1 %2 行</translation>
    </message>
    <message>
        <source>已%1 %2 行</source>
        <translation>已%1 %2 行</translation>
    </message>
    <message>
        <source>审核</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>审核后这些行不再随规则重新计算。</source>
        <translation>审核后这些行不再随规则重新计算。</translation>
    </message>
    <message>
        <source>计入资金：</source>
        <translation>计入资金：</translation>
    </message>
    <message>
        <source>拨付</source>
        <translation>拨付</translation>
    </message>
    <message>
        <source>例如 记-2025-0312</source>
        <translation>例如 记-2025-0312</translation>
    </message>
    <message>
        <source>支付资金：</source>
        <translation>支付资金：</translation>
    </message>
    <message>
        <source>拨付日期：</source>
        <translation>拨付日期：</translation>
    </message>
    <message>
        <source>凭证号：</source>
        <translation>凭证号：</translation>
    </message>
    <message>
        <source>不予拨付 %1 行</source>
        <translation>不予拨付 %1 行</translation>
    </message>
    <message>
        <source>原因：</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>已标记 %1 行不予拨付</source>
        <translation>已标记 %1 行不予拨付</translation>
    </message>
</context>
<context>
    <name>tuoyu::LedgerTableModel</name>
    <message>
        <source>
不予拨付原因：</source>
        <translation>
不予拨付原因：</translation>
    </message>
</context>
<context>
    <name>tuoyu::MainWindow</name>
    <message>
        <source>托育工作台文件 (*.tuoyu)</source>
        <translation>托育工作台文件 (*.tuoyu)</translation>
    </message>
    <message>
        <source>托育工作台</source>
        <translation>托育工作台</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>新建工作区(&amp;N)…</source>
        <translation>新建工作区(&amp;N)…</translation>
    </message>
    <message>
        <source>打开(&amp;O)…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>最近打开(&amp;R)</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>新建计划(&amp;L)…</source>
        <translation>新建计划(&amp;L)…</translation>
    </message>
    <message>
        <source>从实施方案新建计划(&amp;M)…</source>
        <translation>从实施方案新建计划(&amp;M)…</translation>
    </message>
    <message>
        <source>请先打开或新建一个工作区。</source>
        <translation>请先打开或新建一个工作区。</translation>
    </message>
    <message>
        <source>无法新建计划</source>
        <translation>无法新建计划</translation>
    </message>
    <message>
        <source>删除当前计划(&amp;D)…</source>
        <translation>删除当前计划(&amp;D)…</translation>
    </message>
    <message>
        <source>导入名单或表格(&amp;I)…</source>
        <translation>导入名单或表格(&amp;I)…</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>表格和文档 (*.xlsx *.xlsm *.xls *.csv *.tsv *.txt *.docx);;所有文件 (*)</source>
        <translation>表格和文档 (*.xlsx *.xlsm *.xls *.csv *.tsv *.txt *.docx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>导出台账(&amp;E)</source>
        <translation>导出台账(&amp;E)</translation>
    </message>
    <message>
        <source>机构名单</source>
        <translation>机构名单</translation>
    </message>
    <message>
        <source>任务台账</source>
        <translation>任务台账</translation>
    </message>
    <message>
        <source>绩效指标</source>
        <translation>绩效指标</translation>
    </message>
    <message>
        <source>任务分解表</source>
        <translation>任务分解表</translation>
    </message>
    <message>
        <source>导出%1</source>
        <translation>导出%1</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx);;CSV（UTF-8）(*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV（UTF-8）(*.csv)</translation>
    </message>
    <message>
        <source>已导出到 %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>备份到(&amp;B)…</source>
        <translation>备份到(&amp;B)…</translation>
    </message>
    <message>
        <source>从备份恢复(&amp;H)…</source>
        <translation>从备份恢复(&amp;H)…</translation>
    </message>
    <message>
        <source>退出(&amp;X)</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>查找(&amp;F)</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>本页没有搜索框</source>
        <translation>本页没有搜索框</translation>
    </message>
    <message>
        <source>打印(&amp;P)…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>本页没有可打印的内容；汇报材料在“汇报”页打印</source>
        <translation>本页没有可打印的内容；汇报材料在“汇报”页打印</translation>
    </message>
    <message>
        <source>计划</source>
        <translation>计划</translation>
    </message>
    <message>
        <source> 当前计划： </source>
        <translation> 当前计划： </translation>
    </message>
    <message>
        <source>无法打开</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>重做</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>操作失败</source>
        <translation>操作失败</translation>
    </message>
    <message>
        <source>已升级文件格式，升级前的备份：%1</source>
        <translation>已升级文件格式，升级前的备份：%1</translation>
    </message>
    <message>
        <source>有些数据读不出</source>
        <translation>有些数据读不出</translation>
    </message>
    <message>
        <source>今天的自动备份未能完成：%1</source>
        <translation>今天的自动备份未能完成：%1</translation>
    </message>
    <message>
        <source>已自动备份到 %1</source>
        <translation>已自动备份到 %1</translation>
    </message>
    <message>
        <source>备份到</source>
        <translation>备份到</translation>
    </message>
    <message>
        <source>无法备份</source>
        <translation>无法备份</translation>
    </message>
    <message>
        <source>无法替换 %1</source>
        <translation>无法替换 %1</translation>
    </message>
    <message>
        <source>已备份到 %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <source>无法恢复</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <source>没有打开的工作台</source>
        <translation>没有打开的工作台</translation>
    </message>
    <message>
        <source>不能从这个文件恢复：%1</source>
        <translation>不能从这个文件恢复：%1</translation>
    </message>
    <message>
        <source>已恢复 %1，但无法打开它</source>
        <translation>已恢复 %1，但无法打开它</translation>
    </message>
    <message>
        <source>%1；也无法重新打开 %2</source>
        <translation>%1；也无法重新打开 %2</translation>
    </message>
    <message>
        <source>已从 %1 恢复。被替换的文件保留为 %2，从备份恢复它即可撤销。</source>
        <translation>已从 %1 恢复。被替换的文件保留为 %2，从备份恢复它即可撤销。</translation>
    </message>
    <message>
        <source>删除计划</source>
        <translation>删除计划</translation>
    </message>
    <message>
        <source>删除计划“%1”？

将一并删除：%2。
机构名单和乡镇（街道）保留。可用“编辑 → 撤销”恢复。</source>
        <translation>删除计划“%1”？

将一并删除：%2。
机构名单和乡镇（街道）保留。可用“编辑 → 撤销”恢复。</translation>
    </message>
    <message>
        <source>（计划本身，没有其他内容）</source>
        <translation>（计划本身，没有其他内容）</translation>
    </message>
    <message>
        <source>无法删除计划</source>
        <translation>无法删除计划</translation>
    </message>
    <message>
        <source>新建计划</source>
        <translation>新建计划</translation>
    </message>
    <message>
        <source>从任务表导入</source>
        <translation>从任务表导入</translation>
    </message>
    <message>
        <source>任务表 (*.xlsx *.xls *.csv *.docx);;所有文件 (*)</source>
        <translation>任务表 (*.xlsx *.xls *.csv *.docx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>已新建计划“%1”（可撤销）</source>
        <translation>已新建计划“%1”（可撤销）</translation>
    </message>
    <message>
        <source>%1（%2 已保存） — 托育工作台</source>
        <translation>%1（%2 已保存） — 托育工作台</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>新建工作区</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <source>从哪个计划模板开始：</source>
        <translation>从哪个计划模板开始：</translation>
    </message>
    <message>
        <source>无法新建</source>
        <translation>无法新建</translation>
    </message>
    <message>
        <source>打开工作区</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <source>无法创建数据文件夹：%1</source>
        <translation>无法创建数据文件夹：%1</translation>
    </message>
    <message>
        <source>已导入 %1：新增 %2，更新 %3，不导入 %4 行（可撤销）</source>
        <translation>已导入 %1：新增 %2，更新 %3，不导入 %4 行（可撤销）</translation>
    </message>
    <message>
        <source>拖入文件</source>
        <translation>拖入文件</translation>
    </message>
    <message>
        <source>一次可拖入多份反馈表合并；其他文件请一次拖入一个（%1 份中有不是反馈表的文件）。</source>
        <translation>一次可拖入多份反馈表合并；其他文件请一次拖入一个（%1 份中有不是反馈表的文件）。</translation>
    </message>
    <message>
        <source>监督检查台账</source>
        <translation>监督检查台账</translation>
    </message>
    <message>
        <source>连接服务器(&amp;S)…</source>
        <translation>连接服务器(&amp;S)…</translation>
    </message>
    <message>
        <source>服务器 %1 · 未加密</source>
        <translation>服务器 %1 · 未加密</translation>
    </message>
    <message>
        <source>服务器 %1 · 已加密</source>
        <translation>服务器 %1 · 已加密</translation>
    </message>
    <message>
        <source>与服务器的连接没有加密（sslmode 为 disable，或服务器不提供 TLS）</source>
        <translation>与服务器的连接没有加密（sslmode 为 disable，或服务器不提供 TLS）</translation>
    </message>
    <message>
        <source>与服务器的连接已加密：%1</source>
        <translation>与服务器的连接已加密：%1</translation>
    </message>
    <message>
        <source>服务器上的工作台由服务器管理员用 pg_dump 备份，本程序不写备份文件。</source>
        <translation>服务器上的工作台由服务器管理员用 pg_dump 备份，本程序不写备份文件。</translation>
    </message>
    <message>
        <source>%1 @ %2/%3</source>
        <translation>%1 @ %2/%3</translation>
    </message>
    <message>
        <source>刷新(&amp;R)</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>全市 · 服务器 %1 · 只读</source>
        <translation>全市 · 服务器 %1 · 只读</translation>
    </message>
    <message>
        <source>全市视图：各区县保存修改后自动刷新；按 F5 可随时重新读取。</source>
        <translation>全市视图：各区县保存修改后自动刷新；按 F5 可随时重新读取。</translation>
    </message>
    <message>
        <source>全市视图：服务器不转达各区县的修改，请按 F5 重新读取。</source>
        <translation>全市视图：服务器不转达各区县的修改，请按 F5 重新读取。</translation>
    </message>
    <message>
        <source>全市 @ %1/%2 — 托育工作台</source>
        <translation>全市 @ %1/%2 — 托育工作台</translation>
    </message>
</context>
<context>
    <name>tuoyu::NewPlanDialog</name>
    <message>
        <source>新建计划</source>
        <translation>新建计划</translation>
    </message>
    <message>
        <source>空白计划：从头逐项填写</source>
        <translation>空白计划：从头逐项填写</translation>
    </message>
    <message>
        <source>内置模板：</source>
        <translation>内置模板：</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>模板文件：</source>
        <translation>模板文件：</translation>
    </message>
    <message>
        <source>同事另存的模板（.json）</source>
        <translation>同事另存的模板（.json）</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>从任务表导入…（重点任务分工表、任务清单，Excel 或 Word）</source>
        <translation>从任务表导入…（重点任务分工表、任务清单，Excel 或 Word）</translation>
    </message>
    <message>
        <source>不填则用模板中的标题</source>
        <translation>不填则用模板中的标题</translation>
    </message>
    <message>
        <source>计划标题：</source>
        <translation>计划标题：</translation>
    </message>
    <message>
        <source>新计划与本工作区的其他计划共用乡镇（街道）和机构名单；模板自带的机构名单不导入。</source>
        <translation>新计划与本工作区的其他计划共用乡镇（街道）和机构名单；模板自带的机构名单不导入。</translation>
    </message>
    <message>
        <source>新建</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>选择模板文件</source>
        <translation>选择模板文件</translation>
    </message>
    <message>
        <source>计划模板 (*.json);;所有文件 (*)</source>
        <translation>计划模板 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>请选择模板文件</source>
        <translation>请选择模板文件</translation>
    </message>
    <message>
        <source>任务表在导入对话框中读取</source>
        <translation>任务表在导入对话框中读取</translation>
    </message>
</context>
<context>
    <name>tuoyu::OverdueRectifications</name>
    <message>
        <source>机构</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>检查日期</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <source>发现问题</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>整改期限</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>情况</source>
        <translation>情况</translation>
    </message>
    <message>
        <source>&lt;b&gt;整改逾期的监督检查&lt;/b&gt;（%1 项）</source>
        <translation>&lt;b&gt;整改逾期的监督检查&lt;/b&gt;（%1 项）</translation>
    </message>
</context>
<context>
    <name>tuoyu::OversightPage</name>
    <message>
        <source>监督检查</source>
        <translation>监督检查</translation>
    </message>
    <message>
        <source>全部检查</source>
        <translation>全部检查</translation>
    </message>
    <message>
        <source>整改中</source>
        <translation>整改中</translation>
    </message>
    <message>
        <source>整改逾期（截至今天）</source>
        <translation>整改逾期（截至今天）</translation>
    </message>
    <message>
        <source>搜索机构、检查人员、发现问题（Ctrl+F）</source>
        <translation>搜索机构、检查人员、发现问题（Ctrl+F）</translation>
    </message>
    <message>
        <source>显示</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>新增检查(&amp;N)…</source>
        <translation>新增检查(&amp;N)…</translation>
    </message>
    <message>
        <source>编辑(&amp;E)…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>整改完成(&amp;R)…</source>
        <translation>整改完成(&amp;R)…</translation>
    </message>
    <message>
        <source>双随机抽取(&amp;D)…</source>
        <translation>双随机抽取(&amp;D)…</translation>
    </message>
    <message>
        <source>搜索机构、姓名、岗位、证书（Ctrl+F）</source>
        <translation>搜索机构、姓名、岗位、证书（Ctrl+F）</translation>
    </message>
    <message>
        <source>新增人员(&amp;N)…</source>
        <translation>新增人员(&amp;N)…</translation>
    </message>
    <message>
        <source>每次抽取记录年度、随机种子和抽中的机构；同一种子对同一机构名单抽出相同的机构，可复核。</source>
        <translation>每次抽取记录年度、随机种子和抽中的机构；同一种子对同一机构名单抽出相同的机构，可复核。</translation>
    </message>
    <message>
        <source>抽取(&amp;D)…</source>
        <translation>抽取(&amp;D)…</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>随机种子</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>抽取数量</source>
        <translation>抽取数量</translation>
    </message>
    <message>
        <source>抽中机构</source>
        <translation>抽中机构</translation>
    </message>
    <message>
        <source>抽取人</source>
        <translation>抽取人</translation>
    </message>
    <message>
        <source>抽取时间</source>
        <translation>抽取时间</translation>
    </message>
    <message>
        <source>检查记录(&amp;1)</source>
        <translation>检查记录(&amp;1)</translation>
    </message>
    <message>
        <source>从业人员(&amp;2)</source>
        <translation>从业人员(&amp;2)</translation>
    </message>
    <message>
        <source>双随机抽取(&amp;3)</source>
        <translation>双随机抽取(&amp;3)</translation>
    </message>
    <message>
        <source>&lt;b&gt;合计&lt;/b&gt;　%1 次检查　整改中 &lt;b&gt;%2&lt;/b&gt;　截至 %3 整改逾期 &lt;b&gt;%4&lt;/b&gt;　本表显示 %5 次</source>
        <translation>&lt;b&gt;合计&lt;/b&gt;　%1 次检查　整改中 &lt;b&gt;%2&lt;/b&gt;　截至 %3 整改逾期 &lt;b&gt;%4&lt;/b&gt;　本表显示 %5 次</translation>
    </message>
    <message>
        <source>未打开工作区</source>
        <translation>未打开工作区</translation>
    </message>
    <message>
        <source>&lt;b&gt;合计&lt;/b&gt;　%1 人　持证 &lt;b&gt;%2&lt;/b&gt; 人（%3%）　身份证号已隐去中间部分</source>
        <translation>&lt;b&gt;合计&lt;/b&gt;　%1 人　持证 &lt;b&gt;%2&lt;/b&gt; 人（%3%）　身份证号已隐去中间部分</translation>
    </message>
    <message>
        <source>（已删除的机构 %1）</source>
        <translation>（已删除的机构 %1）</translation>
    </message>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <source>未能保存</source>
        <translation>未能保存</translation>
    </message>
    <message>
        <source>新增检查</source>
        <translation>新增检查</translation>
    </message>
    <message>
        <source>已新增“%1”的检查</source>
        <translation>已新增“%1”的检查</translation>
    </message>
    <message>
        <source>整改完成</source>
        <translation>整改完成</translation>
    </message>
    <message>
        <source>整改完成日期(&amp;W)</source>
        <translation>整改完成日期(&amp;W)</translation>
    </message>
    <message>
        <source>新增从业人员</source>
        <translation>新增从业人员</translation>
    </message>
    <message>
        <source>机构(&amp;J)</source>
        <translation>机构(&amp;J)</translation>
    </message>
    <message>
        <source>姓名(&amp;M)</source>
        <translation>姓名(&amp;M)</translation>
    </message>
    <message>
        <source>岗位(&amp;G)</source>
        <translation>岗位(&amp;G)</translation>
    </message>
    <message>
        <source>证书类型(&amp;Z)</source>
        <translation>证书类型(&amp;Z)</translation>
    </message>
    <message>
        <source>如：保育师证；无证书留空</source>
        <translation>如：保育师证；无证书留空</translation>
    </message>
    <message>
        <source>证书编号(&amp;B)</source>
        <translation>证书编号(&amp;B)</translation>
    </message>
    <message>
        <source>身份证号(&amp;S)</source>
        <translation>身份证号(&amp;S)</translation>
    </message>
    <message>
        <source>双随机抽取</source>
        <translation>双随机抽取</translation>
    </message>
    <message>
        <source>年度(&amp;N)</source>
        <translation>年度(&amp;N)</translation>
    </message>
    <message>
        <source>随机种子(&amp;Z)</source>
        <translation>随机种子(&amp;Z)</translation>
    </message>
    <message>
        <source>抽取数量(&amp;S)</source>
        <translation>抽取数量(&amp;S)</translation>
    </message>
    <message>
        <source>随机种子“%1”不是非负整数</source>
        <translation>随机种子“%1”不是非负整数</translation>
    </message>
    <message>
        <source>%1 年双随机抽取 %2 家机构（随机种子 %3），已记录</source>
        <translation>%1 年双随机抽取 %2 家机构（随机种子 %3），已记录</translation>
    </message>
    <message>
        <source>删除(&amp;X)</source>
        <translation>删除(&amp;X)</translation>
    </message>
    <message>
        <source>导出(&amp;O)…</source>
        <translation>导出(&amp;O)…</translation>
    </message>
    <message>
        <source>导出监督检查台账</source>
        <translation>导出监督检查台账</translation>
    </message>
    <message>
        <source>/监督检查台账.xlsx</source>
        <translation>/监督检查台账.xlsx</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx);;CSV（UTF-8）(*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV（UTF-8）(*.csv)</translation>
    </message>
    <message>
        <source>已导出 %1 次检查到 %2</source>
        <translation>已导出 %1 次检查到 %2</translation>
    </message>
    <message>
        <source>无法导出</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>“%1”%2 的检查</source>
        <translation>“%1”%2 的检查</translation>
    </message>
    <message>
        <source>删除检查</source>
        <translation>删除检查</translation>
    </message>
    <message>
        <source>删除%1及其 %2 个佐证材料吗？</source>
        <translation>删除%1及其 %2 个佐证材料吗？</translation>
    </message>
    <message>
        <source>删除%1吗？</source>
        <translation>删除%1吗？</translation>
    </message>
    <message>
        <source>
删除后可用“撤销”（Ctrl+Z）恢复。</source>
        <translation>
删除后可用“撤销”（Ctrl+Z）恢复。</translation>
    </message>
    <message>
        <source>发证日期(&amp;R)</source>
        <translation>发证日期(&amp;R)</translation>
    </message>
    <message>
        <source>如：2023-04-15；可空</source>
        <translation>如：2023-04-15；可空</translation>
    </message>
    <message>
        <source>%1（不修改请留空）</source>
        <translation>%1（不修改请留空）</translation>
    </message>
    <message>
        <source>发证日期“%1”不是日期，请写成 2023-04-15</source>
        <translation>发证日期“%1”不是日期，请写成 2023-04-15</translation>
    </message>
    <message>
        <source>编辑从业人员</source>
        <translation>编辑从业人员</translation>
    </message>
    <message>
        <source>删除从业人员</source>
        <translation>删除从业人员</translation>
    </message>
    <message>
        <source>删除“%1”的从业人员 %2 吗？
删除后可用“撤销”（Ctrl+Z）恢复。</source>
        <translation>删除“%1”的从业人员 %2 吗？
删除后可用“撤销”（Ctrl+Z）恢复。</translation>
    </message>
    <message>
        <source>打印监督检查台账</source>
        <translation>打印监督检查台账</translation>
    </message>
</context>
<context>
    <name>tuoyu::Oversighttables</name>
    <message>
        <source>（%1）</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>tuoyu::PlanReviewDialog</name>
    <message>
        <source>从实施方案新建计划</source>
        <translation>从实施方案新建计划</translation>
    </message>
    <message>
        <source>打开方案文件(&amp;O)…</source>
        <translation>打开方案文件(&amp;O)…</translation>
    </message>
    <message>
        <source>读入剪贴板中的文字(&amp;P)</source>
        <translation>读入剪贴板中的文字(&amp;P)</translation>
    </message>
    <message>
        <source>请打开 .docx 或 .txt 方案文件，或读入从网页复制的文字。</source>
        <translation>请打开 .docx 或 .txt 方案文件，或读入从网页复制的文字。</translation>
    </message>
    <message>
        <source>拟建计划</source>
        <translation>拟建计划</translation>
    </message>
    <message>
        <source>把握</source>
        <translation>把握</translation>
    </message>
    <message>
        <source>未归位的句子（含完成时限、责任单位、数量或金额，计划中没有放进去的）：</source>
        <translation>未归位的句子（含完成时限、责任单位、数量或金额，计划中没有放进去的）：</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>还没有读到任何工程或项目。</source>
        <translation>还没有读到任何工程或项目。</translation>
    </message>
    <message>
        <source>打开实施方案</source>
        <translation>打开实施方案</translation>
    </message>
    <message>
        <source>实施方案 (*.docx *.txt);;所有文件 (*)</source>
        <translation>实施方案 (*.docx *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>无法读取方案</source>
        <translation>无法读取方案</translation>
    </message>
    <message>
        <source>粘贴的文本</source>
        <translation>粘贴的文本</translation>
    </message>
    <message>
        <source>〔表格 %1〕</source>
        <translation>〔表格 %1〕</translation>
    </message>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <source>牵头单位%1</source>
        <translation>牵头单位%1</translation>
    </message>
    <message>
        <source>〔%1〕%2</source>
        <translation>〔%1〕%2</translation>
    </message>
    <message>
        <source>下一个待核对项 (F8)</source>
        <translation>下一个待核对项 (F8)</translation>
    </message>
    <message>
        <source>没有待核对（推测）的项了。</source>
        <translation>没有待核对（推测）的项了。</translation>
    </message>
    <message>
        <source>升一级</source>
        <translation>升一级</translation>
    </message>
    <message>
        <source>降一级</source>
        <translation>降一级</translation>
    </message>
    <message>
        <source>删除此项</source>
        <translation>删除此项</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>重做</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>双击或按 F2 修改文字、完成时限、责任单位（顿号分隔，牵头在前）、指标目标（如 ≥ 90）或奖补金额；橙色为推测，请核对</source>
        <translation>双击或按 F2 修改文字、完成时限、责任单位（顿号分隔，牵头在前）、指标目标（如 ≥ 90）或奖补金额；橙色为推测，请核对</translation>
    </message>
    <message>
        <source>完成时限 / 目标年</source>
        <translation>完成时限 / 目标年</translation>
    </message>
    <message>
        <source>责任单位（牵头在前）/ 目标 / 金额</source>
        <translation>责任单位（牵头在前）/ 目标 / 金额</translation>
    </message>
    <message>
        <source>接受：在当前工作区新建计划</source>
        <translation>接受：在当前工作区新建计划</translation>
    </message>
    <message>
        <source>接受：新建工作区(&amp;W)…</source>
        <translation>接受：新建工作区(&amp;W)…</translation>
    </message>
    <message>
        <source>新建工作区</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <source>托育工作台文件 (*.tuoyu)</source>
        <translation>托育工作台文件 (*.tuoyu)</translation>
    </message>
    <message>
        <source>无法新建计划</source>
        <translation>无法新建计划</translation>
    </message>
    <message>
        <source>已新建计划“%1”。</source>
        <translation>已新建计划“%1”。</translation>
    </message>
    <message>
        <source>奖补规则草稿 %1 条，尚未启用：请在“奖补规则”中核对条件与金额后启用。</source>
        <translation>奖补规则草稿 %1 条，尚未启用：请在“奖补规则”中核对条件与金额后启用。</translation>
    </message>
    <message>
        <source>已导入附件：%1</source>
        <translation>已导入附件：%1</translation>
    </message>
    <message>
        <source>附件：%1</source>
        <translation>附件：%1</translation>
    </message>
    <message>
        <source>没有打开的工作区</source>
        <translation>没有打开的工作区</translation>
    </message>
    <message>
        <source>推测：请核对</source>
        <translation>推测：请核对</translation>
    </message>
    <message>
        <source>绩效指标（目标可改）</source>
        <translation>绩效指标（目标可改）</translation>
    </message>
    <message>
        <source>%1年</source>
        <translation>%1年</translation>
    </message>
    <message>
        <source>奖补规则草稿（接受后不启用，核对后再启用）</source>
        <translation>奖补规则草稿（接受后不启用，核对后再启用）</translation>
    </message>
    <message>
        <source>，最高</source>
        <translation>，最高</translation>
    </message>
    <message>
        <source>，不低于</source>
        <translation>，不低于</translation>
    </message>
    <message>
        <source>元</source>
        <translation>元</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>%1：%2个工程、%3项任务、%4个指标、%5条奖补金额；%6句未归位；%7项待核对</source>
        <translation>%1：%2个工程、%3项任务、%4个指标、%5条奖补金额；%6句未归位；%7项待核对</translation>
    </message>
    <message>
        <source>修改文字</source>
        <translation>修改文字</translation>
    </message>
    <message>
        <source>修改完成时限</source>
        <translation>修改完成时限</translation>
    </message>
    <message>
        <source>修改责任单位</source>
        <translation>修改责任单位</translation>
    </message>
    <message>
        <source>修改指标目标</source>
        <translation>修改指标目标</translation>
    </message>
    <message>
        <source>目标读不出：请写成“≥ 90”或“≤ 10”</source>
        <translation>目标读不出：请写成“≥ 90”或“≤ 10”</translation>
    </message>
    <message>
        <source>修改奖补金额</source>
        <translation>修改奖补金额</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>删除指标</source>
        <translation>删除指标</translation>
    </message>
    <message>
        <source>删除奖补</source>
        <translation>删除奖补</translation>
    </message>
</context>
<context>
    <name>tuoyu::PlanSettingsPage</name>
    <message>
        <source>计划</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>至</source>
        <translation>至</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>修改记录…</source>
        <translation>修改记录…</translation>
    </message>
    <message>
        <source>标题：</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>简称：</source>
        <translation>简称：</translation>
    </message>
    <message>
        <source>期限：</source>
        <translation>期限：</translation>
    </message>
    <message>
        <source>汇报、督办单、通报的落款，如 区卫生健康局 或 工作专班办公室</source>
        <translation>汇报、督办单、通报的落款，如 区卫生健康局 或 工作专班办公室</translation>
    </message>
    <message>
        <source>联合印发的单位，用顿号分隔，如 区卫健局、区发改局、区财政局</source>
        <translation>联合印发的单位，用顿号分隔，如 区卫健局、区发改局、区财政局</translation>
    </message>
    <message>
        <source>发文单位：</source>
        <translation>发文单位：</translation>
    </message>
    <message>
        <source>落款单位：</source>
        <translation>落款单位：</translation>
    </message>
    <message>
        <source> 个工作日内到期</source>
        <translation> 个工作日内到期</translation>
    </message>
    <message>
        <source>即将到期：</source>
        <translation>即将到期：</translation>
    </message>
    <message>
        <source>无法保存</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>人口数据（每千人口托位数、入托率按此计算）</source>
        <translation>人口数据（每千人口托位数、入托率按此计算）</translation>
    </message>
    <message>
        <source>添加年份…</source>
        <translation>添加年份…</translation>
    </message>
    <message>
        <source>责任部门</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>添加部门…</source>
        <translation>添加部门…</translation>
    </message>
    <message>
        <source>乡镇（街道）</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>小组职务</source>
        <translation>小组职务</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>领导小组 / 工作专班</source>
        <translation>领导小组 / 工作专班</translation>
    </message>
    <message>
        <source>添加部门</source>
        <translation>添加部门</translation>
    </message>
    <message>
        <source>部门名称：</source>
        <translation>部门名称：</translation>
    </message>
    <message>
        <source>无法添加</source>
        <translation>无法添加</translation>
    </message>
    <message>
        <source>添加年份</source>
        <translation>添加年份</translation>
    </message>
    <message>
        <source>年份：</source>
        <translation>年份：</translation>
    </message>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;还没有人口数据：“每千人口托位数”“入托率”等指标暂无数据。请点“添加年份”，填写常住人口和3岁以下婴幼儿数。&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c62828&apos;&gt;还没有人口数据：“每千人口托位数”“入托率”等指标暂无数据。请点“添加年份”，填写常住人口和3岁以下婴幼儿数。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>双击单元格修改，保存后指标随之重新计算。</source>
        <translation>双击单元格修改，保存后指标随之重新计算。</translation>
    </message>
    <message>
        <source>如 三年行动方案</source>
        <translation>如 三年行动方案</translation>
    </message>
    <message>
        <source>印发文件的文号，如 某政办发〔2024〕12号</source>
        <translation>印发文件的文号，如 某政办发〔2024〕12号</translation>
    </message>
    <message>
        <source>来源文件：</source>
        <translation>来源文件：</translation>
    </message>
    <message>
        <source>添加…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>修改…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>删除…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>删除乡镇（街道）“%1”？%2（可撤销）</source>
        <translation>删除乡镇（街道）“%1”？%2（可撤销）</translation>
    </message>
    <message>
        <source>同时：%1。</source>
        <translation>同时：%1。</translation>
    </message>
    <message>
        <source>从领导小组删除“%1”？（可撤销）</source>
        <translation>从领导小组删除“%1”？（可撤销）</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>无法删除</source>
        <translation>无法删除</translation>
    </message>
    <message>
        <source>添加乡镇（街道）</source>
        <translation>添加乡镇（街道）</translation>
    </message>
    <message>
        <source>修改乡镇（街道）</source>
        <translation>修改乡镇（街道）</translation>
    </message>
    <message>
        <source>（未注明）</source>
        <translation>（未注明）</translation>
    </message>
    <message>
        <source>名称：</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>类别：</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>添加领导小组成员</source>
        <translation>添加领导小组成员</translation>
    </message>
    <message>
        <source>修改领导小组成员</source>
        <translation>修改领导小组成员</translation>
    </message>
    <message>
        <source>成员单位只列单位时，姓名可空</source>
        <translation>成员单位只列单位时，姓名可空</translation>
    </message>
    <message>
        <source>小组职务：</source>
        <translation>小组职务：</translation>
    </message>
    <message>
        <source>姓名：</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>职务：</source>
        <translation>职务：</translation>
    </message>
    <message>
        <source>单位：</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>请先打开一个计划</source>
        <translation>请先打开一个计划</translation>
    </message>
    <message>
        <source>请先打开一个工作区</source>
        <translation>请先打开一个工作区</translation>
    </message>
</context>
<context>
    <name>tuoyu::Planfileactions</name>
    <message>
        <source>计划（任务分工表）…</source>
        <translation>计划（任务分工表）…</translation>
    </message>
    <message>
        <source>导出计划为任务分工表</source>
        <translation>导出计划为任务分工表</translation>
    </message>
    <message>
        <source>重点任务分工表.xlsx</source>
        <translation>重点任务分工表.xlsx</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx);;Word 文档 (*.docx)</source>
        <translation>Excel 工作簿 (*.xlsx);;Word 文档 (*.docx)</translation>
    </message>
    <message>
        <source>另存为模板(&amp;T)…</source>
        <translation>另存为模板(&amp;T)…</translation>
    </message>
    <message>
        <source>另存为模板</source>
        <translation>另存为模板</translation>
    </message>
    <message>
        <source>计划模板 (*.json)</source>
        <translation>计划模板 (*.json)</translation>
    </message>
    <message>
        <source>从文件…（同事发来的计划模板 .json）</source>
        <translation>从文件…（同事发来的计划模板 .json）</translation>
    </message>
    <message>
        <source>选择计划模板文件</source>
        <translation>选择计划模板文件</translation>
    </message>
    <message>
        <source>无法读取模板</source>
        <translation>无法读取模板</translation>
    </message>
</context>
<context>
    <name>tuoyu::PopulationTableModel</name>
    <message>
        <source>年份</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>常住人口</source>
        <translation>常住人口</translation>
    </message>
    <message>
        <source>3岁以下婴幼儿数</source>
        <translation>3岁以下婴幼儿数</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>tuoyu::ReadOnlyBanner</name>
    <message>
        <source>从备份恢复…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <source>只读：</source>
        <translation>只读：</translation>
    </message>
</context>
<context>
    <name>tuoyu::ReportsPage</name>
    <message>
        <source>汇报</source>
        <translation>汇报</translation>
    </message>
    <message>
        <source>yyyy年M月d日</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>生成 / 刷新数字</source>
        <translation>生成 / 刷新数字</translation>
    </message>
    <message>
        <source>打印预览…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>另存为 PDF 或 Word…</source>
        <translation>另存为 PDF 或 Word…</translation>
    </message>
    <message>
        <source>材料：</source>
        <translation>材料：</translation>
    </message>
    <message>
        <source>督办对象：</source>
        <translation>督办对象：</translation>
    </message>
    <message>
        <source>截至：</source>
        <translation>截至：</translation>
    </message>
    <message>
        <source>即将到期的工作日数在“计划”页设定</source>
        <translation>即将到期的工作日数在“计划”页设定</translation>
    </message>
    <message>
        <source> 天以上逾期为红色</source>
        <translation> 天以上逾期为红色</translation>
    </message>
    <message>
        <source>已保存的材料：</source>
        <translation>已保存的材料：</translation>
    </message>
    <message>
        <source>督办单：</source>
        <translation>督办单：</translation>
    </message>
    <message>
        <source>督办单</source>
        <translation>督办单</translation>
    </message>
    <message>
        <source>无法打开</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <source>选择材料和日期后点“生成”。生成后可直接修改文字；再次生成只刷新数字，保留您写的段落。</source>
        <translation>选择材料和日期后点“生成”。生成后可直接修改文字；再次生成只刷新数字，保留您写的段落。</translation>
    </message>
    <message>
        <source>无法生成</source>
        <translation>无法生成</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Word 文档 (*.docx)</source>
        <translation>PDF (*.pdf);;Word 文档 (*.docx)</translation>
    </message>
    <message>
        <source>无法保存</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>已保存 %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>%1为蓝色</source>
        <translation>%1为蓝色</translation>
    </message>
    <message>
        <source>请先打开工作区</source>
        <translation>请先打开工作区</translation>
    </message>
    <message>
        <source>（新材料）</source>
        <translation>（新材料）</translation>
    </message>
    <message>
        <source>%1 截至%2%3</source>
        <translation>%1 截至%2%3</translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>找不到保存的材料</source>
        <translation>找不到保存的材料</translation>
    </message>
    <message>
        <source>已打开保存的%1（截至%2）。</source>
        <translation>已打开保存的%1（截至%2）。</translation>
    </message>
    <message>
        <source>全部有未完成任务的部门</source>
        <translation>全部有未完成任务的部门</translation>
    </message>
    <message>
        <source>%1（截至%2）。可直接修改文字；“生成 / 刷新数字”会保留您写的段落。</source>
        <translation>%1（截至%2）。可直接修改文字；“生成 / 刷新数字”会保留您写的段落。</translation>
    </message>
    <message>
        <source>请先生成材料</source>
        <translation>请先生成材料</translation>
    </message>
    <message>
        <source>打印预览</source>
        <translation>打印预览</translation>
    </message>
</context>
<context>
    <name>tuoyu::RestoreDialog</name>
    <message>
        <source>从备份恢复</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>选择一份备份，用它替换 %1。
当前文件会先另存为一份“恢复前的文件”，再从它恢复即可撤销这次恢复。</source>
        <translation>选择一份备份，用它替换 %1。
当前文件会先另存为一份“恢复前的文件”，再从它恢复即可撤销这次恢复。</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>机构</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>任务</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>台账行</source>
        <translation>台账行</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>恢复</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>其他文件…</source>
        <translation>其他文件…</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>选择备份文件</source>
        <translation>选择备份文件</translation>
    </message>
    <message>
        <source>托育工作台文件 (*.tuoyu);;所有文件 (*)</source>
        <translation>托育工作台文件 (*.tuoyu);;所有文件 (*)</translation>
    </message>
    <message>
        <source>还没有备份。可用“其他文件…”选择一份。</source>
        <translation>还没有备份。可用“其他文件…”选择一份。</translation>
    </message>
    <message>
        <source>无法恢复</source>
        <translation>无法恢复</translation>
    </message>
</context>
<context>
    <name>tuoyu::RuleTableModel</name>
    <message>
        <source>金额待定</source>
        <translation>金额待定</translation>
    </message>
    <message>
        <source>不低于 </source>
        <translation>不低于 </translation>
    </message>
    <message>
        <source>不高于 </source>
        <translation>不高于 </translation>
    </message>
    <message>
        <source>不限</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>方案未给出金额；设定金额后才计入台账</source>
        <translation>方案未给出金额；设定金额后才计入台账</translation>
    </message>
    <message>
        <source>原文为“不低于”：此为下限，实际可高于此数</source>
        <translation>原文为“不低于”：此为下限，实际可高于此数</translation>
    </message>
    <message>
        <source>填 yyyy-MM-dd；清空或填“不限”为不限</source>
        <translation>填 yyyy-MM-dd；清空或填“不限”为不限</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>规则</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>标准（元）</source>
        <translation>标准（元）</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>上限（元）</source>
        <translation>上限（元）</translation>
    </message>
    <message>
        <source>条件</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>资金用途</source>
        <translation>资金用途</translation>
    </message>
    <message>
        <source>有效期自</source>
        <translation>有效期自</translation>
    </message>
    <message>
        <source>有效期至</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>没有这一行规则</source>
        <translation>没有这一行规则</translation>
    </message>
    <message>
        <source>规则“%1”的%2应为日期，如 2025-01-01，或“不限”：%3</source>
        <translation>规则“%1”的%2应为日期，如 2025-01-01，或“不限”：%3</translation>
    </message>
    <message>
        <source>规则“%1”的这一栏不能直接修改</source>
        <translation>规则“%1”的这一栏不能直接修改</translation>
    </message>
</context>
<context>
    <name>tuoyu::RulesTab</name>
    <message>
        <source>标准应为金额（元），例如 200 或 0.05万：%1</source>
        <translation>标准应为金额（元），例如 200 或 0.05万：%1</translation>
    </message>
    <message>
        <source>上限应为金额（元）：%1</source>
        <translation>上限应为金额（元）：%1</translation>
    </message>
    <message>
        <source>调整标准…</source>
        <translation>调整标准…</translation>
    </message>
    <message>
        <source>从某日起按新的金额或上限执行；原规则到前一日为止，之前各期的台账不受影响</source>
        <translation>从某日起按新的金额或上限执行；原规则到前一日为止，之前各期的台账不受影响</translation>
    </message>
    <message>
        <source>编辑条件和有效期…</source>
        <translation>编辑条件和有效期…</translation>
    </message>
    <message>
        <source>新增规则…</source>
        <translation>新增规则…</translation>
    </message>
    <message>
        <source>设定金额…</source>
        <translation>设定金额…</translation>
    </message>
    <message>
        <source>为“金额待定”的规则填写标准</source>
        <translation>为“金额待定”的规则填写标准</translation>
    </message>
    <message>
        <source>删除规则…</source>
        <translation>删除规则…</translation>
    </message>
    <message>
        <source>连同其申报和待审核的台账行一并删除；已拨付过的规则不能删除</source>
        <translation>连同其申报和待审核的台账行一并删除；已拨付过的规则不能删除</translation>
    </message>
    <message>
        <source>勾选“启用”决定规则是否参与计算；规则名称、单位和有效期可直接修改；“金额待定”的规则设定金额后才计入台账。</source>
        <translation>勾选“启用”决定规则是否参与计算；规则名称、单位和有效期可直接修改；“金额待定”的规则设定金额后才计入台账。</translation>
    </message>
    <message>
        <source>奖补</source>
        <translation>奖补</translation>
    </message>
    <message>
        <source>请先在表中选择一条规则。</source>
        <translation>请先在表中选择一条规则。</translation>
    </message>
    <message>
        <source>删除规则</source>
        <translation>删除规则</translation>
    </message>
    <message>
        <source>删除规则“%1”？它的申报和待审核的台账行一并删除，已审核的行保留。可用“编辑 → 撤销”恢复。</source>
        <translation>删除规则“%1”？它的申报和待审核的台账行一并删除，已审核的行保留。可用“编辑 → 撤销”恢复。</translation>
    </message>
    <message>
        <source>已删除规则“%1”</source>
        <translation>已删除规则“%1”</translation>
    </message>
    <message>
        <source>标准（元）：</source>
        <translation>标准（元）：</translation>
    </message>
    <message>
        <source>上限（元）：</source>
        <translation>上限（元）：</translation>
    </message>
    <message>
        <source>调整标准</source>
        <translation>调整标准</translation>
    </message>
    <message>
        <source>调整“%1”的标准</source>
        <translation>调整“%1”的标准</translation>
    </message>
    <message>
        <source>不变</source>
        <translation>不变</translation>
    </message>
    <message>
        <source>新标准从所选日期起执行；此前各期仍按原标准。</source>
        <translation>新标准从所选日期起执行；此前各期仍按原标准。</translation>
    </message>
    <message>
        <source>起始日期：</source>
        <translation>起始日期：</translation>
    </message>
    <message>
        <source>已调整标准</source>
        <translation>已调整标准</translation>
    </message>
    <message>
        <source>设定金额</source>
        <translation>设定金额</translation>
    </message>
    <message>
        <source>设定“%1”的金额</source>
        <translation>设定“%1”的金额</translation>
    </message>
    <message>
        <source>不设上限</source>
        <translation>不设上限</translation>
    </message>
    <message>
        <source>依据：</source>
        <translation>依据：</translation>
    </message>
    <message>
        <source>已设定金额</source>
        <translation>已设定金额</translation>
    </message>
    <message>
        <source>编辑规则</source>
        <translation>编辑规则</translation>
    </message>
    <message>
        <source>编辑“%1”</source>
        <translation>编辑“%1”</translation>
    </message>
    <message>
        <source>限定</source>
        <translation>限定</translation>
    </message>
    <message>
        <source>须为普惠机构</source>
        <translation>须为普惠机构</translation>
    </message>
    <message>
        <source>留空＝须已备案；填写理由＝不要求备案</source>
        <translation>留空＝须已备案；填写理由＝不要求备案</translation>
    </message>
    <message>
        <source>不限</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>不限；例如 省级普惠</source>
        <translation>不限；例如 省级普惠</translation>
    </message>
    <message>
        <source> 个</source>
        <translation> 个</translation>
    </message>
    <message>
        <source> 家</source>
        <translation> 家</translation>
    </message>
    <message>
        <source>名称：</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>单位：</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>有效期自：</source>
        <translation>有效期自：</translation>
    </message>
    <message>
        <source>有效期至：</source>
        <translation>有效期至：</translation>
    </message>
    <message>
        <source>资金用途：</source>
        <translation>资金用途：</translation>
    </message>
    <message>
        <source>不要求备案的理由：</source>
        <translation>不要求备案的理由：</translation>
    </message>
    <message>
        <source>机构属性：</source>
        <translation>机构属性：</translation>
    </message>
    <message>
        <source>等级：</source>
        <translation>等级：</translation>
    </message>
    <message>
        <source>托位不少于：</source>
        <translation>托位不少于：</translation>
    </message>
    <message>
        <source>托位不多于：</source>
        <translation>托位不多于：</translation>
    </message>
    <message>
        <source>托位使用率不低于：</source>
        <translation>托位使用率不低于：</translation>
    </message>
    <message>
        <source>区内连锁不少于：</source>
        <translation>区内连锁不少于：</translation>
    </message>
    <message>
        <source>已修改规则</source>
        <translation>已修改规则</translation>
    </message>
    <message>
        <source>新增奖补规则</source>
        <translation>新增奖补规则</translation>
    </message>
    <message>
        <source>全部在托</source>
        <translation>全部在托</translation>
    </message>
    <message>
        <source>乳儿班</source>
        <translation>乳儿班</translation>
    </message>
    <message>
        <source>托小班</source>
        <translation>托小班</translation>
    </message>
    <message>
        <source>托大班</source>
        <translation>托大班</translation>
    </message>
    <message>
        <source>留空＝金额待定</source>
        <translation>留空＝金额待定</translation>
    </message>
    <message>
        <source>原文为“不低于”（下限）</source>
        <translation>原文为“不低于”（下限）</translation>
    </message>
    <message>
        <source>元/人/月</source>
        <translation>元/人/月</translation>
    </message>
    <message>
        <source>元/托位</source>
        <translation>元/托位</translation>
    </message>
    <message>
        <source>元/班</source>
        <translation>元/班</translation>
    </message>
    <message>
        <source>元/次/天</source>
        <translation>元/次/天</translation>
    </message>
    <message>
        <source>元/家</source>
        <translation>元/家</translation>
    </message>
    <message>
        <source>方案或文件原文</source>
        <translation>方案或文件原文</translation>
    </message>
    <message>
        <source>规则须机构已备案；其他条件可在“编辑条件和有效期”中补充。</source>
        <translation>规则须机构已备案；其他条件可在“编辑条件和有效期”中补充。</translation>
    </message>
    <message>
        <source>类型：</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>班型：</source>
        <translation>班型：</translation>
    </message>
    <message>
        <source>已新增规则</source>
        <translation>已新增规则</translation>
    </message>
</context>
<context>
    <name>tuoyu::SettingsDialog</name>
    <message>
        <source>设置</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>界面与工作区</source>
        <translation>界面与工作区</translation>
    </message>
    <message>
        <source>跟随系统</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>中文</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>重新启动程序后生效</source>
        <translation>重新启动程序后生效</translation>
    </message>
    <message>
        <source>界面语言：</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <source> 个工作日内到期</source>
        <translation> 个工作日内到期</translation>
    </message>
    <message>
        <source>本工作区的设置，概览、任务、汇报和督办单都按它算；修改记入修改记录，可撤销</source>
        <translation>本工作区的设置，概览、任务、汇报和督办单都按它算；修改记入修改记录，可撤销</translation>
    </message>
    <message>
        <source>请先打开工作区</source>
        <translation>请先打开工作区</translation>
    </message>
    <message>
        <source>即将到期：</source>
        <translation>即将到期：</translation>
    </message>
    <message>
        <source>确定</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>报告字体（GB/T 9704 公文格式）</source>
        <translation>报告字体（GB/T 9704 公文格式）</translation>
    </message>
    <message>
        <source>自动（%1）</source>
        <translation>自动（%1）</translation>
    </message>
    <message>
        <source>%1（本机未安装）</source>
        <translation>%1（本机未安装）</translation>
    </message>
    <message>
        <source>：</source>
        <translation>：</translation>
    </message>
    <message>
        <source>“自动”按公文格式选用本机已安装的字体：Windows 上为方正小标宋（如已安装）、仿宋_GB2312（如已安装）或仿宋、黑体、楷体、宋体。所用字体写入 PDF 和 Word 文件的属性。</source>
        <translation>“自动”按公文格式选用本机已安装的字体：Windows 上为方正小标宋（如已安装）、仿宋_GB2312（如已安装）或仿宋、黑体、楷体、宋体。所用字体写入 PDF 和 Word 文件的属性。</translation>
    </message>
    <message>
        <source>备份位置</source>
        <translation>备份位置</translation>
    </message>
    <message>
        <source>工作区文件旁的“名称-备份”文件夹</source>
        <translation>工作区文件旁的“名称-备份”文件夹</translation>
    </message>
    <message>
        <source>指定文件夹：</source>
        <translation>指定文件夹：</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>每天第一次打开工作区时备份一次，保留最近 7 天和每月第一份；无法写入时改存到本机用户数据文件夹。原来位置的备份仍列在“从备份恢复”中。</source>
        <translation>每天第一次打开工作区时备份一次，保留最近 7 天和每月第一份；无法写入时改存到本机用户数据文件夹。原来位置的备份仍列在“从备份恢复”中。</translation>
    </message>
    <message>
        <source>汇报材料默认截至日期</source>
        <translation>汇报材料默认截至日期</translation>
    </message>
    <message>
        <source>今天</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>上月末</source>
        <translation>上月末</translation>
    </message>
    <message>
        <source>固定日期</source>
        <translation>固定日期</translation>
    </message>
    <message>
        <source>yyyy年M月d日</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>“汇报”页和命令行 report 未指定日期时用它</source>
        <translation>“汇报”页和命令行 report 未指定日期时用它</translation>
    </message>
    <message>
        <source>请选择备份文件夹，或改回“工作区文件旁”。</source>
        <translation>请选择备份文件夹，或改回“工作区文件旁”。</translation>
    </message>
    <message>
        <source>即将到期的工作日数未能保存：%1</source>
        <translation>即将到期的工作日数未能保存：%1</translation>
    </message>
    <message>
        <source>界面语言将在重新启动程序后改变。</source>
        <translation>界面语言将在重新启动程序后改变。</translation>
    </message>
    <message>
        <source>当前工作区在服务器上，由服务器管理员用 pg_dump 备份；这里的设置只对本机的工作区文件有效。</source>
        <translation>当前工作区在服务器上，由服务器管理员用 pg_dump 备份；这里的设置只对本机的工作区文件有效。</translation>
    </message>
</context>
<context>
    <name>tuoyu::SubsidyPage</name>
    <message>
        <source>奖补</source>
        <translation>奖补</translation>
    </message>
    <message>
        <source>年度：</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source> 年</source>
        <translation> 年</translation>
    </message>
    <message>
        <source>台账</source>
        <translation>台账</translation>
    </message>
    <message>
        <source>规则</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>申报</source>
        <translation>申报</translation>
    </message>
    <message>
        <source>月度收托</source>
        <translation>月度收托</translation>
    </message>
    <message>
        <source>资金</source>
        <translation>资金</translation>
    </message>
</context>
<context>
    <name>tuoyu::SubsidyTab</name>
    <message>
        <source>奖补</source>
        <translation>奖补</translation>
    </message>
    <message>
        <source>%1年%2月</source>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <source>年</source>
        <translation>年</translation>
    </message>
    <message>
        <source>暂不指定资金</source>
        <translation>暂不指定资金</translation>
    </message>
    <message>
        <source>%1（%2，%3年，余额 %4 元）</source>
        <translation>%1（%2，%3年，余额 %4 元）</translation>
    </message>
</context>
<context>
    <name>tuoyu::TaskEditDialog</name>
    <message>
        <source>编辑任务</source>
        <translation>编辑任务</translation>
    </message>
    <message>
        <source>如“2025年6月底前”；留空则沿用计划期限</source>
        <translation>如“2025年6月底前”；留空则沿用计划期限</translation>
    </message>
    <message>
        <source>确认以实施期末 %1 作为本任务的完成时限（确认后按此督办、排名）</source>
        <translation>确认以实施期末 %1 作为本任务的完成时限（确认后按此督办、排名）</translation>
    </message>
    <message>
        <source>yyyy年M月d日</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <source>用“、”分隔，如 区财政局、区教育局</source>
        <translation>用“、”分隔，如 区财政局、区教育局</translation>
    </message>
    <message>
        <source>任务内容</source>
        <translation>任务内容</translation>
    </message>
    <message>
        <source>完成时限</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>开始日期</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>牵头单位</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <source>配合单位</source>
        <translation>配合单位</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>yyyy年M月d日（dddd）</source>
        <translation>yyyy年M月d日（dddd）</translation>
    </message>
    <message>
        <source>→ 沿用计划期限：%1（按实施期末计）</source>
        <translation>→ 沿用计划期限：%1（按实施期末计）</translation>
    </message>
    <message>
        <source>→ 沿用计划期限（计划未设结束日期）</source>
        <translation>→ 沿用计划期限（计划未设结束日期）</translation>
    </message>
    <message>
        <source>→ %1（这些字不指向具体日期）</source>
        <translation>→ %1（这些字不指向具体日期）</translation>
    </message>
    <message>
        <source>新部门：%1（保存时加入本计划的责任部门）</source>
        <translation>新部门：%1（保存时加入本计划的责任部门）</translation>
    </message>
</context>
<context>
    <name>tuoyu::TaskTreeModel</name>
    <message>
        <source>．</source>
        <translation>．</translation>
    </message>
    <message>
        <source>〔原文 %1〕</source>
        <translation>〔原文 %1〕</translation>
    </message>
    <message>
        <source>
文件原编号：%1（编号按位置生成，随移动更新）</source>
        <translation>
文件原编号：%1（编号按位置生成，随移动更新）</translation>
    </message>
    <message>
        <source>
备注：</source>
        <translation>
备注：</translation>
    </message>
    <message>
        <source>（已延期）</source>
        <translation>（已延期）</translation>
    </message>
    <message>
        <source>%1（按实施期末计）：文件未写完成时限，尚未确认，不计逾期；可在“编辑任务”中确认</source>
        <translation>%1（按实施期末计）：文件未写完成时限，尚未确认，不计逾期；可在“编辑任务”中确认</translation>
    </message>
    <message>
        <source>yyyy年M月d日</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>完成时限：%1</source>
        <translation>完成时限：%1</translation>
    </message>
    <message>
        <source>
原时限：%1</source>
        <translation>
原时限：%1</translation>
    </message>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <source>已办结</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>%1 由 %2 确认办结</source>
        <translation>%1 由 %2 确认办结</translation>
    </message>
    <message>
        <source>落后于序时进度 %1%</source>
        <translation>落后于序时进度 %1%</translation>
    </message>
    <message>
        <source>序时进度：按工作日从开始日期到完成时限均匀推进，今天应达到的进度</source>
        <translation>序时进度：按工作日从开始日期到完成时限均匀推进，今天应达到的进度</translation>
    </message>
    <message>
        <source>按实施期末计</source>
        <translation>按实施期末计</translation>
    </message>
    <message>
        <source>完成时限按实施期末计，尚未确认，不计剩余或逾期天数</source>
        <translation>完成时限按实施期末计，尚未确认，不计剩余或逾期天数</translation>
    </message>
    <message>
        <source>%1 个工作日</source>
        <translation>%1 个工作日</translation>
    </message>
    <message>
        <source>已逾期 %1 天（自然日，自完成时限次日起算）</source>
        <translation>已逾期 %1 天（自然日，自完成时限次日起算）</translation>
    </message>
    <message>
        <source>距完成时限还有 %1 个工作日（已扣除法定节假日，计入调休上班日）</source>
        <translation>距完成时限还有 %1 个工作日（已扣除法定节假日，计入调休上班日）</translation>
    </message>
    <message>
        <source>工程 / 项目 / 任务</source>
        <translation>工程 / 项目 / 任务</translation>
    </message>
    <message>
        <source>完成时限</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>牵头单位</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <source>配合单位</source>
        <translation>配合单位</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>实际进度</source>
        <translation>实际进度</translation>
    </message>
    <message>
        <source>序时进度</source>
        <translation>序时进度</translation>
    </message>
    <message>
        <source>剩余</source>
        <translation>剩余</translation>
    </message>
</context>
<context>
    <name>tuoyu::TasksPage</name>
    <message>
        <source>任务</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>搜索任务（Ctrl+F）</source>
        <translation>搜索任务（Ctrl+F）</translation>
    </message>
    <message>
        <source>仅牵头</source>
        <translation>仅牵头</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>未完成</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>全部时限</source>
        <translation>全部时限</translation>
    </message>
    <message>
        <source>已逾期</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>即将到期</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>本月到期</source>
        <translation>本月到期</translation>
    </message>
    <message>
        <source>本季度到期</source>
        <translation>本季度到期</translation>
    </message>
    <message>
        <source>今年到期</source>
        <translation>今年到期</translation>
    </message>
    <message>
        <source>节假日…</source>
        <translation>节假日…</translation>
    </message>
    <message>
        <source>法定节假日与调休上班日，用于计算工作日</source>
        <translation>法定节假日与调休上班日，用于计算工作日</translation>
    </message>
    <message>
        <source>打印时间轴…</source>
        <translation>打印时间轴…</translation>
    </message>
    <message>
        <source>区卫健委</source>
        <translation>区卫健委</translation>
    </message>
    <message>
        <source>区财政局、</source>
        <translation>区财政局、</translation>
    </message>
    <message>
        <source>已办结</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>逾期 999 天</source>
        <translation>逾期 999 天</translation>
    </message>
    <message>
        <source>999 个工作日</source>
        <translation>999 个工作日</translation>
    </message>
    <message>
        <source>按实施期末计</source>
        <translation>按实施期末计</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;background:#F9D4D2&apos;&gt;&amp;nbsp;逾期&amp;nbsp;&lt;/span&gt;　&lt;span style=&apos;background:#FFEBC2&apos;&gt;&amp;nbsp;即将到期&amp;nbsp;&lt;/span&gt;　&lt;span style=&apos;background:#DCF0DC&apos;&gt;&amp;nbsp;已完成&amp;nbsp;&lt;/span&gt;　&lt;span style=&apos;color:#C62828&apos;&gt;▼ 实际进度落后于序时进度&lt;/span&gt;　剩余天数按工作日计（扣除节假日，计入调休）</source>
        <translation>&lt;span style=&apos;background:#F9D4D2&apos;&gt;&amp;nbsp;逾期&amp;nbsp;&lt;/span&gt;　&lt;span style=&apos;background:#FFEBC2&apos;&gt;&amp;nbsp;即将到期&amp;nbsp;&lt;/span&gt;　&lt;span style=&apos;background:#DCF0DC&apos;&gt;&amp;nbsp;已完成&amp;nbsp;&lt;/span&gt;　&lt;span style=&apos;color:#C62828&apos;&gt;▼ 实际进度落后于序时进度&lt;/span&gt;　剩余天数按工作日计（扣除节假日，计入调休）</translation>
    </message>
    <message>
        <source>(?:即将到期|\d+个工作日内到期)</source>
        <translation>(?:即将到期|\d+个工作日内到期)</translation>
    </message>
    <message>
        <source>任务列表</source>
        <translation>任务列表</translation>
    </message>
    <message>
        <source>时间轴</source>
        <translation>时间轴</translation>
    </message>
    <message>
        <source>编辑…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>修改记录…</source>
        <translation>修改记录…</translation>
    </message>
    <message>
        <source>延期…</source>
        <translation>延期…</translation>
    </message>
    <message>
        <source>办结…</source>
        <translation>办结…</translation>
    </message>
    <message>
        <source>重新打开</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>更新状态</source>
        <translation>更新状态</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>进度</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>进展</source>
        <translation>进展</translation>
    </message>
    <message>
        <source>不填</source>
        <translation>不填</translation>
    </message>
    <message>
        <source>本次进展，如：已完成选址</source>
        <translation>本次进展，如：已完成选址</translation>
    </message>
    <message>
        <source>添加进展</source>
        <translation>添加进展</translation>
    </message>
    <message>
        <source>删除所选进展</source>
        <translation>删除所选进展</translation>
    </message>
    <message>
        <source>&lt;b&gt;进展记录&lt;/b&gt;</source>
        <translation>&lt;b&gt;进展记录&lt;/b&gt;</translation>
    </message>
    <message>
        <source>全部部门</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>请在左侧选择一项任务</source>
        <translation>请在左侧选择一项任务</translation>
    </message>
    <message>
        <source>yyyy年M月d日</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>未定</source>
        <translation>未定</translation>
    </message>
    <message>
        <source>（按实施期末计）</source>
        <translation>（按实施期末计）</translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>完成时限：%1</source>
        <translation>完成时限：%1</translation>
    </message>
    <message>
        <source>开始日期：%1</source>
        <translation>开始日期：%1</translation>
    </message>
    <message>
        <source>延期：原时限 %1 → %2，原因：%3%4</source>
        <translation>延期：原时限 %1 → %2，原因：%3%4</translation>
    </message>
    <message>
        <source>（%1批准）</source>
        <translation>（%1批准）</translation>
    </message>
    <message>
        <source>牵头单位：%1</source>
        <translation>牵头单位：%1</translation>
    </message>
    <message>
        <source>配合单位：%1</source>
        <translation>配合单位：%1</translation>
    </message>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <source>实际进度 &lt;b&gt;%1%&lt;/b&gt;</source>
        <translation>实际进度 &lt;b&gt;%1%&lt;/b&gt;</translation>
    </message>
    <message>
        <source>　序时进度 %1%</source>
        <translation>　序时进度 %1%</translation>
    </message>
    <message>
        <source>　&lt;span style=&apos;color:#C62828&apos;&gt;落后 %1 个百分点&lt;/span&gt;</source>
        <translation>　&lt;span style=&apos;color:#C62828&apos;&gt;落后 %1 个百分点&lt;/span&gt;</translation>
    </message>
    <message>
        <source>文件未写完成时限，尚未确认，不计逾期；在“编辑任务”中确认后按此日期督办</source>
        <translation>文件未写完成时限，尚未确认，不计逾期；在“编辑任务”中确认后按此日期督办</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#C62828&apos;&gt;已%1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#C62828&apos;&gt;已%1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>距完成时限 %1 个工作日</source>
        <translation>距完成时限 %1 个工作日</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#2E7D32&apos;&gt;已于 %1 办结，确认人：%2&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#2E7D32&apos;&gt;已于 %1 办结，确认人：%2&lt;/span&gt;</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>未能保存</source>
        <translation>未能保存</translation>
    </message>
    <message>
        <source>延期</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>新的完成时限</source>
        <translation>新的完成时限</translation>
    </message>
    <message>
        <source>如“2025年12月底前”或 2025-12-31</source>
        <translation>如“2025年12月底前”或 2025-12-31</translation>
    </message>
    <message>
        <source>延期原因</source>
        <translation>延期原因</translation>
    </message>
    <message>
        <source>批准人</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>办结</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>确认人</source>
        <translation>确认人</translation>
    </message>
    <message>
        <source>办结日期</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>删除进展</source>
        <translation>删除进展</translation>
    </message>
    <message>
        <source>删除这条进展记录吗？
删除后可用“撤销”（Ctrl+Z）恢复。</source>
        <translation>删除这条进展记录吗？
删除后可用“撤销”（Ctrl+Z）恢复。</translation>
    </message>
    <message>
        <source>＋工程</source>
        <translation>＋工程</translation>
    </message>
    <message>
        <source>添加工程</source>
        <translation>添加工程</translation>
    </message>
    <message>
        <source>＋项目</source>
        <translation>＋项目</translation>
    </message>
    <message>
        <source>添加项目</source>
        <translation>添加项目</translation>
    </message>
    <message>
        <source>＋任务</source>
        <translation>＋任务</translation>
    </message>
    <message>
        <source>添加任务</source>
        <translation>添加任务</translation>
    </message>
    <message>
        <source>新建同级</source>
        <translation>新建同级</translation>
    </message>
    <message>
        <source>在所选一项之后新建同级一项（Enter）</source>
        <translation>在所选一项之后新建同级一项（Enter）</translation>
    </message>
    <message>
        <source>新建下级</source>
        <translation>新建下级</translation>
    </message>
    <message>
        <source>在所选一项下新建下级（Ctrl+Enter）</source>
        <translation>在所选一项下新建下级（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>重命名</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>修改名称（F2）</source>
        <translation>修改名称（F2）</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>删除所选一项及其下级（Delete）</source>
        <translation>删除所选一项及其下级（Delete）</translation>
    </message>
    <message>
        <source>上移</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>在同级中上移（Alt+↑）</source>
        <translation>在同级中上移（Alt+↑）</translation>
    </message>
    <message>
        <source>下移</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>在同级中下移（Alt+↓）</source>
        <translation>在同级中下移（Alt+↓）</translation>
    </message>
    <message>
        <source>升级</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>升一级：任务→项目→工程（Shift+Tab）</source>
        <translation>升一级：任务→项目→工程（Shift+Tab）</translation>
    </message>
    <message>
        <source>降级</source>
        <translation>降级</translation>
    </message>
    <message>
        <source>降一级，归入上一个同级：工程→项目→任务（Tab）</source>
        <translation>降一级，归入上一个同级：工程→项目→任务（Tab）</translation>
    </message>
    <message>
        <source>复制</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>复制所选一项及其下级（Ctrl+C）</source>
        <translation>复制所选一项及其下级（Ctrl+C）</translation>
    </message>
    <message>
        <source>粘贴</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>粘贴到所选一项之后或其下（Ctrl+V）</source>
        <translation>粘贴到所选一项之后或其下（Ctrl+V）</translation>
    </message>
    <message>
        <source>责任部门…</source>
        <translation>责任部门…</translation>
    </message>
    <message>
        <source>改名、合并同一单位的两种写法</source>
        <translation>改名、合并同一单位的两种写法</translation>
    </message>
    <message>
        <source>反馈表…</source>
        <translation>反馈表…</translation>
    </message>
    <message>
        <source>为所选责任单位写出进展反馈表（xlsx），记为一个反馈轮次</source>
        <translation>为所选责任单位写出进展反馈表（xlsx），记为一个反馈轮次</translation>
    </message>
    <message>
        <source>合并反馈…</source>
        <translation>合并反馈…</translation>
    </message>
    <message>
        <source>读入各单位报回的反馈表，逐行核对后合并</source>
        <translation>读入各单位报回的反馈表，逐行核对后合并</translation>
    </message>
    <message>
        <source>任务下不能再添加下级；按 Enter 添加同级任务</source>
        <translation>任务下不能再添加下级；按 Enter 添加同级任务</translation>
    </message>
    <message>
        <source>新</source>
        <translation>新</translation>
    </message>
    <message>
        <source>请先选择（或添加）%1，再添加%2</source>
        <translation>请先选择（或添加）%1，再添加%2</translation>
    </message>
    <message>
        <source>删除%1</source>
        <translation>删除%1</translation>
    </message>
    <message>
        <source>删除%1“%2”吗？
%3删除后可用“撤销”（Ctrl+Z）恢复。</source>
        <translation>删除%1“%2”吗？
%3删除后可用“撤销”（Ctrl+Z）恢复。</translation>
    </message>
    <message>
        <source>。
</source>
        <translation>。
</translation>
    </message>
    <message>
        <source>剪贴板中没有复制的工程、项目或任务</source>
        <translation>剪贴板中没有复制的工程、项目或任务</translation>
    </message>
    <message>
        <source>打印时间轴</source>
        <translation>打印时间轴</translation>
    </message>
    <message>
        <source>　任务时间轴</source>
        <translation>　任务时间轴</translation>
    </message>
    <message>
        <source>办结/延期申请</source>
        <translation>办结/延期申请</translation>
    </message>
    <message>
        <source>办结/延期申请（%1）</source>
        <translation>办结/延期申请（%1）</translation>
    </message>
</context>
<context>
    <name>tuoyu::Toolsmenus</name>
    <message>
        <source>工具(&amp;T)</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>设置(&amp;S)…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>使用说明(&amp;M)</source>
        <translation>使用说明(&amp;M)</translation>
    </message>
</context>
<context>
    <name>tuoyu::YearClose</name>
    <message>
        <source>……另有%1项</source>
        <translation>……另有%1项</translation>
    </message>
    <message>
        <source>本计划没有实施期，无法按年度结转；请先在“计划”页填写起止日期。</source>
        <translation>本计划没有实施期，无法按年度结转；请先在“计划”页填写起止日期。</translation>
    </message>
    <message>
        <source>· %1（原时限%2，%3，完成%4%）</source>
        <translation>· %1（原时限%2，%3，完成%4%）</translation>
    </message>
    <message>
        <source>· %1：目标%2，实际%3（%4）</source>
        <translation>· %1：目标%2，实际%3（%4）</translation>
    </message>
    <message>
        <source>未完成的任务（本年为实施期末，不再结转）：</source>
        <translation>未完成的任务（本年为实施期末，不再结转）：</translation>
    </message>
    <message>
        <source>结转至%1年的任务（保留原编号、进展和佐证材料，完成时限改为%1年年底，原时限记入延期记录）：</source>
        <translation>结转至%1年的任务（保留原编号、进展和佐证材料，完成时限改为%1年年底，原时限记入延期记录）：</translation>
    </message>
    <message>
        <source>未达标的指标：</source>
        <translation>未达标的指标：</translation>
    </message>
    <message>
        <source>结转后，%1年的指标数据按结转时冻结，之后修改机构名单不再改变这一年的数据。可撤销。</source>
        <translation>结转后，%1年的指标数据按结转时冻结，之后修改机构名单不再改变这一年的数据。可撤销。</translation>
    </message>
    <message>
        <source>年度结转</source>
        <translation>年度结转</translation>
    </message>
    <message>
        <source>%1年度</source>
        <translation>%1年度</translation>
    </message>
    <message>
        <source>结转哪一年度：</source>
        <translation>结转哪一年度：</translation>
    </message>
    <message>
        <source>无法结转</source>
        <translation>无法结转</translation>
    </message>
    <message>
        <source>目标</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>实际</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>%1（已结转）</source>
        <translation>%1（已结转）</translation>
    </message>
    <message>
        <source>选择一项指标查看逐年目标与实际</source>
        <translation>选择一项指标查看逐年目标与实际</translation>
    </message>
    <message>
        <source>逐年目标与实际</source>
        <translation>逐年目标与实际</translation>
    </message>
    <message>
        <source>逐年目标与实际（%1年无数据）</source>
        <translation>逐年目标与实际（%1年无数据）</translation>
    </message>
</context>
<context>
    <name>tuoyu::Yearcloseaction</name>
    <message>
        <source>。

</source>
        <translation>。

</translation>
    </message>
</context>
<context>
    <name>tuoyu::Yearcomparisonchart</name>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>tuoyu::cli</name>
    <message>
        <source>--%1 需要一个值</source>
        <translation>--%1 需要一个值</translation>
    </message>
    <message>
        <source>未知选项 --%1</source>
        <translation>未知选项 --%1</translation>
    </message>
    <message>
        <source>参数个数不对</source>
        <translation>参数个数不对</translation>
    </message>
    <message>
        <source>用法：tuoyu-desk [FILE]            打开图形界面</source>
        <translation>用法：tuoyu-desk [FILE]            打开图形界面</translation>
    </message>
    <message>
        <source>      tuoyu-desk VERB ARGS…         命令行：</source>
        <translation>      tuoyu-desk VERB ARGS…         命令行：</translation>
    </message>
    <message>
        <source>未知命令“%1”；运行 tuoyu-desk --help 查看用法</source>
        <translation>未知命令“%1”；运行 tuoyu-desk --help 查看用法</translation>
    </message>
    <message>
        <source>%1。用法：tuoyu-desk %2</source>
        <translation>%1。用法：tuoyu-desk %2</translation>
    </message>
    <message>
        <source>机构 %1，任务 %2，台账行 %3</source>
        <translation>机构 %1，任务 %2，台账行 %3</translation>
    </message>
    <message>
        <source>需要 --out 备份文件。用法：tuoyu-desk backup FILE --out F</source>
        <translation>需要 --out 备份文件。用法：tuoyu-desk backup FILE --out F</translation>
    </message>
    <message>
        <source>已备份到 %1（%2）</source>
        <translation>已备份到 %1（%2）</translation>
    </message>
    <message>
        <source>需要 --from 备份文件。用法：tuoyu-desk restore FILE --from F</source>
        <translation>需要 --from 备份文件。用法：tuoyu-desk restore FILE --from F</translation>
    </message>
    <message>
        <source>已从 %1 恢复 %2（%3）</source>
        <translation>已从 %1 恢复 %2（%3）</translation>
    </message>
    <message>
        <source>被替换的文件已保留为 %1；从它恢复即可撤销这次恢复</source>
        <translation>被替换的文件已保留为 %1；从它恢复即可撤销这次恢复</translation>
    </message>
    <message>
        <source>请用 --department 指定单位（可多次），或用 --all 发给全部单位</source>
        <translation>请用 --department 指定单位（可多次），或用 --all 发给全部单位</translation>
    </message>
    <message>
        <source>计划“%1”中没有单位“%2”</source>
        <translation>计划“%1”中没有单位“%2”</translation>
    </message>
    <message>
        <source>计划“%1”没有承担任务的单位</source>
        <translation>计划“%1”没有承担任务的单位</translation>
    </message>
    <message>
        <source>请用 --out 指定输出文件夹或 .xlsx 文件</source>
        <translation>请用 --out 指定输出文件夹或 .xlsx 文件</translation>
    </message>
    <message>
        <source>%1 个单位的反馈表须写到文件夹，--out 不能是一个文件</source>
        <translation>%1 个单位的反馈表须写到文件夹，--out 不能是一个文件</translation>
    </message>
    <message>
        <source>--due 应为 YYYY-MM-DD：%1</source>
        <translation>--due 应为 YYYY-MM-DD：%1</translation>
    </message>
    <message>
        <source>无法创建文件夹 %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>反馈轮次“%1”：已为 %2 个单位写出反馈表，%3 前报回</source>
        <translation>反馈轮次“%1”：已为 %2 个单位写出反馈表，%3 前报回</translation>
    </message>
    <message>
        <source>合并反馈表失败，工作区未改动：%1</source>
        <translation>合并反馈表失败，工作区未改动：%1</translation>
    </message>
    <message>
        <source>%1 份反馈表：对上 %2 行，更新 %3 项任务，%4 行无新内容，拒收 %5 行%6</source>
        <translation>%1 份反馈表：对上 %2 行，更新 %3 项任务，%4 行无新内容，拒收 %5 行%6</translation>
    </message>
    <message>
        <source>（试运行，未写入）</source>
        <translation>（试运行，未写入）</translation>
    </message>
    <message>
        <source>拒收 </source>
        <translation>拒收 </translation>
    </message>
    <message>
        <source>注意 </source>
        <translation>注意 </translation>
    </message>
    <message>
        <source>计划“%1”还没有发出过反馈表</source>
        <translation>计划“%1”还没有发出过反馈表</translation>
    </message>
    <message>
        <source>找不到反馈轮次 #%1</source>
        <translation>找不到反馈轮次 #%1</translation>
    </message>
    <message>
        <source>截至%1没有逾期未报的单位，无需催报</source>
        <translation>截至%1没有逾期未报的单位，无需催报</translation>
    </message>
    <message>
        <source>反馈轮次“%1”，%2 前报回：</source>
        <translation>反馈轮次“%1”，%2 前报回：</translation>
    </message>
    <message>
        <source>%1 报回%2</source>
        <translation>%1 报回%2</translation>
    </message>
    <message>
        <source>（迟报 %1 个工作日）</source>
        <translation>（迟报 %1 个工作日）</translation>
    </message>
    <message>
        <source>未报，已逾期 %1 个工作日</source>
        <translation>未报，已逾期 %1 个工作日</translation>
    </message>
    <message>
        <source>未报</source>
        <translation>未报</translation>
    </message>
    <message>
        <source>%1 中没有表格</source>
        <translation>%1 中没有表格</translation>
    </message>
    <message>
        <source>--table 应为从 1 开始的表格序号：%1</source>
        <translation>--table 应为从 1 开始的表格序号：%1</translation>
    </message>
    <message>
        <source>第 %1 行：%2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>注意：%1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>导入 %1 失败，工作区未改动：%2</source>
        <translation>导入 %1 失败，工作区未改动：%2</translation>
    </message>
    <message>
        <source>%1%2：新增 %3，更新 %4，未变 %5，拒绝 %6</source>
        <translation>%1%2：新增 %3，更新 %4，未变 %5，拒绝 %6</translation>
    </message>
    <message>
        <source>（试导入，未写入）</source>
        <translation>（试导入，未写入）</translation>
    </message>
    <message>
        <source>  第 %1 行：%2</source>
        <translation>  第 %1 行：%2</translation>
    </message>
    <message>
        <source>  第 %1 行（已导入，请核对）：%2</source>
        <translation>  第 %1 行（已导入，请核对）：%2</translation>
    </message>
    <message>
        <source>  注意：%1</source>
        <translation>  注意：%1</translation>
    </message>
    <message>
        <source>--what plan 的 --out 应为 .xlsx 或 .docx 文件</source>
        <translation>--what plan 的 --out 应为 .xlsx 或 .docx 文件</translation>
    </message>
    <message>
        <source>已把计划“%1”导出为任务分工表 %2</source>
        <translation>已把计划“%1”导出为任务分工表 %2</translation>
    </message>
    <message>
        <source>--what 应为 %1|plan</source>
        <translation>--what 应为 %1|plan</translation>
    </message>
    <message>
        <source>--out 应为 .xlsx 或 .csv 文件</source>
        <translation>--out 应为 .xlsx 或 .csv 文件</translation>
    </message>
    <message>
        <source>已导出 %1 行到 %2</source>
        <translation>已导出 %1 行到 %2</translation>
    </message>
    <message>
        <source>  [原文 %1]</source>
        <translation>  [原文 %1]</translation>
    </message>
    <message>
        <source>未定</source>
        <translation>未定</translation>
    </message>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <source>请用 --program ID、--project ID 或 --task ID 指明一项</source>
        <translation>请用 --program ID、--project ID 或 --task ID 指明一项</translation>
    </message>
    <message>
        <source>请用 --%1 ID 或 --after ID 指明位置</source>
        <translation>请用 --%1 ID 或 --after ID 指明位置</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>请至少给出 --text、--deadline、--lead、--co 或 --notes 之一</source>
        <translation>请至少给出 --text、--deadline、--lead、--co 或 --notes 之一</translation>
    </message>
    <message>
        <source>；</source>
        <translation>；</translation>
    </message>
    <message>
        <source>请给出 --up、--down、--indent、--outdent 或 --to ID 之一</source>
        <translation>请给出 --up、--down、--indent、--outdent 或 --to ID 之一</translation>
    </message>
    <message>
        <source>--position 应为从 1 起的位置，不是“%1”</source>
        <translation>--position 应为从 1 起的位置，不是“%1”</translation>
    </message>
    <message>
        <source>请给出 --after ID（同级之后）或 --into ID（上一级之下）之一</source>
        <translation>请给出 --after ID（同级之后）或 --into ID（上一级之下）之一</translation>
    </message>
    <message>
        <source>找不到%1 #%2</source>
        <translation>找不到%1 #%2</translation>
    </message>
    <message>
        <source>计划中没有责任部门“%1”</source>
        <translation>计划中没有责任部门“%1”</translation>
    </message>
    <message>
        <source>#%1	%2	牵头 %3 项，配合 %4 项</source>
        <translation>#%1	%2	牵头 %3 项，配合 %4 项</translation>
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
        <translation>完成：%1</translation>
    </message>
    <message>
        <source>--template 与 --template-file 只能选一个</source>
        <translation>--template 与 --template-file 只能选一个</translation>
    </message>
    <message>
        <source>%1：无法新建计划：%2</source>
        <translation>%1：无法新建计划：%2</translation>
    </message>
    <message>
        <source>已新建计划 #%1“%2”</source>
        <translation>已新建计划 #%1“%2”</translation>
    </message>
    <message>
        <source>--%1 应为 YYYY-MM-DD，不是“%2”</source>
        <translation>--%1 应为 YYYY-MM-DD，不是“%2”</translation>
    </message>
    <message>
        <source>请用 --plan ID 指明要删除的计划（见 plans --json）</source>
        <translation>请用 --plan ID 指明要删除的计划（见 plans --json）</translation>
    </message>
    <message>
        <source>--direction 应为 &gt;= 或 &lt;=，不是“%1”</source>
        <translation>--direction 应为 &gt;= 或 &lt;=，不是“%1”</translation>
    </message>
    <message>
        <source>--targets 应写作 年份=目标值，逗号分隔（如 2024=4.5,2025=5），“%1”不对</source>
        <translation>--targets 应写作 年份=目标值，逗号分隔（如 2024=4.5,2025=5），“%1”不对</translation>
    </message>
    <message>
        <source>找不到指标 #%1</source>
        <translation>找不到指标 #%1</translation>
    </message>
    <message>
        <source>--year 应为年份，不是“%1”</source>
        <translation>--year 应为年份，不是“%1”</translation>
    </message>
    <message>
        <source>--area 与 --department 应给且只给一个</source>
        <translation>--area 与 --department 应给且只给一个</translation>
    </message>
    <message>
        <source>没有乡镇（街道）“%1”（先用 area-add 添加）</source>
        <translation>没有乡镇（街道）“%1”（先用 area-add 添加）</translation>
    </message>
    <message>
        <source>计划中没有部门“%1”</source>
        <translation>计划中没有部门“%1”</translation>
    </message>
    <message>
        <source>找不到领导小组成员 #%1</source>
        <translation>找不到领导小组成员 #%1</translation>
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
        <translation>%1 中没有读到任何工程或项目：请确认这是一份实施方案（有“一、”“（一）”“1.”等编号的任务）</translation>
    </message>
    <message>
        <source>实施期：%1 至 %2</source>
        <translation>实施期：%1 至 %2</translation>
    </message>
    <message>
        <source>    - %1｜%2｜%3</source>
        <translation>    - %1｜%2｜%3</translation>
    </message>
    <message>
        <source>%1年 %2</source>
        <translation>%1年 %2</translation>
    </message>
    <message>
        <source>指标 %1 %2 %3%4 %5</source>
        <translation>指标 %1 %2 %3%4 %5</translation>
    </message>
    <message>
        <source>，</source>
        <translation>，</translation>
    </message>
    <message>
        <source>奖补 %1 %2 %3</source>
        <translation>奖补 %1 %2 %3</translation>
    </message>
    <message>
        <source>领导小组 %1 %2 %3</source>
        <translation>领导小组 %1 %2 %3</translation>
    </message>
    <message>
        <source>附件表格 %1（%2，%3行）</source>
        <translation>附件表格 %1（%2，%3行）</translation>
    </message>
    <message>
        <source>未归位（%1）：%2</source>
        <translation>未归位（%1）：%2</translation>
    </message>
    <message>
        <source>已创建 %1（读自 %2：%3个工程、%4个未归位的句子）</source>
        <translation>已创建 %1（读自 %2：%3个工程、%4个未归位的句子）</translation>
    </message>
    <message>
        <source>%1：无法从 %2 新建计划：%3</source>
        <translation>%1：无法从 %2 新建计划：%3</translation>
    </message>
    <message>
        <source>已新建计划 #%1“%2”（读自 %3）</source>
        <translation>已新建计划 #%1“%2”（读自 %3）</translation>
    </message>
    <message>
        <source>无法读取 --text 文件 %1：%2</source>
        <translation>无法读取 --text 文件 %1：%2</translation>
    </message>
    <message>
        <source>--text 文件 %1 应为 JSON 对象（段落键 → 文字）：%2</source>
        <translation>--text 文件 %1 应为 JSON 对象（段落键 → 文字）：%2</translation>
    </message>
    <message>
        <source>不是对象</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <source>--text 文件 %1 的键“%2”不是%3的段落；可用的键：%4</source>
        <translation>--text 文件 %1 的键“%2”不是%3的段落；可用的键：%4</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>--text 文件 %1 的键“%2”应为文字</source>
        <translation>--text 文件 %1 的键“%2”应为文字</translation>
    </message>
    <message>
        <source>--kind 应为 progress|supervision|circular|institutions|tasks|indicators|decomposition</source>
        <translation>--kind 应为 progress|supervision|circular|institutions|tasks|indicators|decomposition</translation>
    </message>
    <message>
        <source>--out 应为 .pdf 或 .docx 文件</source>
        <translation>--out 应为 .pdf 或 .docx 文件</translation>
    </message>
    <message>
        <source>tuoyu-desk: 警告：未提供段落 %1 %2，已略去；请用 --text FILE 提供</source>
        <translation>tuoyu-desk: 警告：未提供段落 %1 %2，已略去；请用 --text FILE 提供</translation>
    </message>
    <message>
        <source>已生成%1：%2</source>
        <translation>已生成%1：%2</translation>
    </message>
    <message>
        <source>已%1</source>
        <translation>已%1</translation>
    </message>
    <message>
        <source>report FILE --kind progress|supervision|circular|institutions|tasks|indicators|decomposition [--plan ID] [--department NAME] --out OUT.pdf|OUT.docx [--as-of YYYY-MM-DD] [--text FILE.json] [--signer 落款单位]</source>
        <translation>report FILE --kind progress|supervision|circular|institutions|tasks|indicators|decomposition [--plan ID] [--department NAME] --out OUT.pdf|OUT.docx [--as-of YYYY-MM-DD] [--text FILE.json] [--signer 落款单位]</translation>
    </message>
    <message>
        <source>plan-signer FILE [--plan ID] --signer 落款单位（空则清除）</source>
        <translation>plan-signer FILE [--plan ID] --signer 落款单位（空则清除）</translation>
    </message>
    <message>
        <source>--month 应写作 YYYY-MM：%1</source>
        <translation>--month 应写作 YYYY-MM：%1</translation>
    </message>
    <message>
        <source>--year 应为年份：%1</source>
        <translation>--year 应为年份：%1</translation>
    </message>
    <message>
        <source>--year 与 --month 不一致</source>
        <translation>--year 与 --month 不一致</translation>
    </message>
    <message>
        <source>--%1 应为金额（元），例如 200 或 0.05万：%2</source>
        <translation>--%1 应为金额（元），例如 200 或 0.05万：%2</translation>
    </message>
    <message>
        <source>--rule 需要 --amount 或 --cap</source>
        <translation>--rule 需要 --amount 或 --cap</translation>
    </message>
    <message>
        <source>新增规则需要 --name 和 --kind</source>
        <translation>新增规则需要 --name 和 --kind</translation>
    </message>
    <message>
        <source>--%1 应写作 YYYY-MM-DD：%2</source>
        <translation>--%1 应写作 YYYY-MM-DD：%2</translation>
    </message>
    <message>
        <source>--out 应为 .json 文件</source>
        <translation>--out 应为 .json 文件</translation>
    </message>
    <message>
        <source>已把计划“%1”存为模板 %2%3</source>
        <translation>已把计划“%1”存为模板 %2%3</translation>
    </message>
    <message>
        <source>（含机构名单）</source>
        <translation>（含机构名单）</translation>
    </message>
    <message>
        <source>无法从模板 %1 创建计划：%2</source>
        <translation>无法从模板 %1 创建计划：%2</translation>
    </message>
    <message>
        <source>已创建 %1（模板 %2）</source>
        <translation>已创建 %1（模板 %2）</translation>
    </message>
    <message>
        <source>--date 应为 YYYY-MM-DD，不是“%1”</source>
        <translation>--date 应为 YYYY-MM-DD，不是“%1”</translation>
    </message>
    <message>
        <source>--value 应为数值，不是“%1”</source>
        <translation>--value 应为数值，不是“%1”</translation>
    </message>
    <message>
        <source>已录入指标 #%1 的%2平均水平 %3（%4，%5）</source>
        <translation>已录入指标 #%1 的%2平均水平 %3（%4，%5）</translation>
    </message>
    <message>
        <source>--achieved 应为 是/否（yes/no），不是“%1”</source>
        <translation>--achieved 应为 是/否（yes/no），不是“%1”</translation>
    </message>
    <message>
        <source>已认定指标 #%1 %2（%3）</source>
        <translation>已认定指标 #%1 %2（%3）</translation>
    </message>
    <message>
        <source>已实现</source>
        <translation>已实现</translation>
    </message>
    <message>
        <source>未实现</source>
        <translation>未实现</translation>
    </message>
    <message>
        <source>tuoyu-desk: %1：%2</source>
        <translation>tuoyu-desk: %1：%2</translation>
    </message>
    <message>
        <source>%1：完好（数据结构第 %2 版，日志模式 %3，%4 个计划，%5 家机构）</source>
        <translation>%1：完好（数据结构第 %2 版，日志模式 %3，%4 个计划，%5 家机构）</translation>
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
        <translation>--%1 应为编号，不是“%2”</translation>
    </message>
    <message>
        <source>没有编号为 %1 的计划</source>
        <translation>没有编号为 %1 的计划</translation>
    </message>
    <message>
        <source>%1 中还没有计划</source>
        <translation>%1 中还没有计划</translation>
    </message>
    <message>
        <source>托育工作台</source>
        <translation>托育工作台</translation>
    </message>
    <message>
        <source>无法打开</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <source>%1

已改为打开示例工作区。</source>
        <translation>%1

已改为打开示例工作区。</translation>
    </message>
    <message>
        <source>无法打开示例</source>
        <translation>无法打开示例</translation>
    </message>
    <message>
        <source>延期至 %1（%2）</source>
        <translation>延期至 %1（%2）</translation>
    </message>
    <message>
        <source>办结</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>	驳回理由：</source>
        <translation>	驳回理由：</translation>
    </message>
    <message>
        <source>没有待审批的办结、延期申请</source>
        <translation>没有待审批的办结、延期申请</translation>
    </message>
    <message>
        <source>驳回申请须用 --reason 写明理由</source>
        <translation>驳回申请须用 --reason 写明理由</translation>
    </message>
    <message>
        <source>申请编号应为正整数：%1</source>
        <translation>申请编号应为正整数：%1</translation>
    </message>
    <message>
        <source>奖补规则草稿 %1 条（未启用：请核对条件与金额后在“奖补规则”中启用）</source>
        <translation>奖补规则草稿 %1 条（未启用：请核对条件与金额后在“奖补规则”中启用）</translation>
    </message>
    <message>
        <source>已导入附件：%1</source>
        <translation>已导入附件：%1</translation>
    </message>
    <message>
        <source>附件：%1</source>
        <translation>附件：%1</translation>
    </message>
    <message>
        <source>无法从 %1 创建工作区：%2</source>
        <translation>无法从 %1 创建工作区：%2</translation>
    </message>
    <message>
        <source>--%1 与 --%2 只能给一个</source>
        <translation>--%1 与 --%2 只能给一个</translation>
    </message>
    <message>
        <source>--attach 需要 --task、--progress、--claim、--payment 或 --inspection 指明附到哪条记录</source>
        <translation>--attach 需要 --task、--progress、--claim、--payment 或 --inspection 指明附到哪条记录</translation>
    </message>
    <message>
        <source>文件只能跟在 --attach 之后。用法：tuoyu-desk evidence FILE --task ID --attach 文件…</source>
        <translation>文件只能跟在 --attach 之后。用法：tuoyu-desk evidence FILE --task ID --attach 文件…</translation>
    </message>
    <message>
        <source>--attach 之后需要至少一个文件</source>
        <translation>--attach 之后需要至少一个文件</translation>
    </message>
    <message>
        <source>已导出 %1 个佐证材料到 %2</source>
        <translation>已导出 %1 个佐证材料到 %2</translation>
    </message>
    <message>
        <source>机构名单中没有“%1”</source>
        <translation>机构名单中没有“%1”</translation>
    </message>
    <message>
        <source>“%1”有多家同名机构，请用机构编号</source>
        <translation>“%1”有多家同名机构，请用机构编号</translation>
    </message>
    <message>
        <source>未持证</source>
        <translation>未持证</translation>
    </message>
    <message>
        <source>整改已逾期 %1 天</source>
        <translation>整改已逾期 %1 天</translation>
    </message>
    <message>
        <source>--seed 应为非负整数，不是“%1”</source>
        <translation>--seed 应为非负整数，不是“%1”</translation>
    </message>
    <message>
        <source>--size 应为正整数，不是“%1”</source>
        <translation>--size 应为正整数，不是“%1”</translation>
    </message>
    <message>
        <source>evidence FILE [--json] [--task|--progress|--claim|--payment|--inspection ID --attach 文件…] [--remove ID] [--export DIR]</source>
        <translation>evidence FILE [--json] [--task|--progress|--claim|--payment|--inspection ID --attach 文件…] [--remove ID] [--export DIR]</translation>
    </message>
    <message>
        <source>tuoyu-desk: 今天的自动备份未能完成：%1</source>
        <translation>tuoyu-desk: 今天的自动备份未能完成：%1</translation>
    </message>
    <message>
        <source>需要 --server 地址和 --district 区县名。用法：tuoyu-desk %1</source>
        <translation>需要 --server 地址和 --district 区县名。用法：tuoyu-desk %1</translation>
    </message>
    <message>
        <source>已将 %1 推送到 %2</source>
        <translation>已将 %1 推送到 %2</translation>
    </message>
    <message>
        <source>需要 --out 文件。用法：tuoyu-desk %1</source>
        <translation>需要 --out 文件。用法：tuoyu-desk %1</translation>
    </message>
    <message>
        <source>已将 %1 取回到 %2</source>
        <translation>已将 %1 取回到 %2</translation>
    </message>
    <message>
        <source>  任务 %1 %2：%3 → %4</source>
        <translation>  任务 %1 %2：%3 → %4</translation>
    </message>
    <message>
        <source>不结转</source>
        <translation>不结转</translation>
    </message>
    <message>
        <source>  未达标：%1 目标 %2，实际 %3</source>
        <translation>  未达标：%1 目标 %2，实际 %3</translation>
    </message>
    <message>
        <source>%1 在服务器上：由服务器管理员用 pg_dump 备份和恢复，本程序不为它写或恢复备份文件</source>
        <translation>%1 在服务器上：由服务器管理员用 pg_dump 备份和恢复，本程序不为它写或恢复备份文件</translation>
    </message>
    <message>
        <source>全市只出工作进展情况汇报（--kind progress）；各区县的其他报告请用带 district 的地址</source>
        <translation>全市只出工作进展情况汇报（--kind progress）；各区县的其他报告请用带 district 的地址</translation>
    </message>
    <message>
        <source>经办人 %1 的新密码：</source>
        <translation>经办人 %1 的新密码：</translation>
    </message>
    <message>
        <source>再输入一次：</source>
        <translation>再输入一次：</translation>
    </message>
    <message>
        <source>两次输入的密码不同</source>
        <translation>两次输入的密码不同</translation>
    </message>
    <message>
        <source>需要 --server 地址，以及成对的 --district 区县名和 --officer 角色名。用法：tuoyu-desk %1</source>
        <translation>需要 --server 地址，以及成对的 --district 区县名和 --officer 角色名。用法：tuoyu-desk %1</translation>
    </message>
    <message>
        <source>已生成全市工作进展情况汇报：%1</source>
        <translation>已生成全市工作进展情况汇报：%1</translation>
    </message>
    <message>
        <source>--ledger 需要 --out 文件（.xlsx 或 .csv）</source>
        <translation>--ledger 需要 --out 文件（.xlsx 或 .csv）</translation>
    </message>
    <message>
        <source>tuoyu-desk: 警告：%1</source>
        <translation>tuoyu-desk: 警告：%1</translation>
    </message>
    <message>
        <source>已导出全市%1（%2行）：%3</source>
        <translation>已导出全市%1（%2行）：%3</translation>
    </message>
    <message>
        <source>需要 --server 地址（不带 district）。用法：tuoyu-desk city --server URL [--as-of DATE] [--json] [--report FILE.pdf|docx] [--ledger CODE --out FILE.xlsx|csv]</source>
        <translation>需要 --server 地址（不带 district）。用法：tuoyu-desk city --server URL [--as-of DATE] [--json] [--report FILE.pdf|docx] [--ledger CODE --out FILE.xlsx|csv]</translation>
    </message>
    <message>
        <source>--report 应为 .pdf 或 .docx 文件</source>
        <translation>--report 应为 .pdf 或 .docx 文件</translation>
    </message>
    <message>
        <source>区县	机构	托位	普惠托位	任务	已完成	逾期</source>
        <translation>区县	机构	托位	普惠托位	任务	已完成	逾期</translation>
    </message>
    <message>
        <source>全市</source>
        <translation>全市</translation>
    </message>
    <message>
        <source>：请设置环境变量 PGPASSWORD，或写在 PostgreSQL 的密码文件（~/.pgpass）中</source>
        <translation>：请设置环境变量 PGPASSWORD，或写在 PostgreSQL 的密码文件（~/.pgpass）中</translation>
    </message>
    <message>
        <source>--type 应为 日常、专项 或 双随机，不是“%1”</source>
        <translation>--type 应为 日常、专项 或 双随机，不是“%1”</translation>
    </message>
    <message>
        <source>--categories 中的“%1”不是问题类别（%2）</source>
        <translation>--categories 中的“%1”不是问题类别（%2）</translation>
    </message>
    <message>
        <source>--add 和 --edit 不能同时使用</source>
        <translation>--add 和 --edit 不能同时使用</translation>
    </message>
    <message>
        <source>机构名称或编号</source>
        <translation>机构名称或编号</translation>
    </message>
    <message>
        <source>检查日期</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <source>日常、专项 或 双随机</source>
        <translation>日常、专项 或 双随机</translation>
    </message>
    <message>
        <source>新增检查需要 --%1（%2）</source>
        <translation>新增检查需要 --%1（%2）</translation>
    </message>
    <message>
        <source>inspections FILE [--institution NAME] [--overdue] [--as-of DATE] [--json] [--remove ID] [--rectified ID [--on DATE]] [--add --institution NAME --on DATE --type 日常|专项|双随机 | --edit ID [--on DATE] [--type …]] [--inspectors 检查人员] [--findings 发现问题] [--categories 消防、…] [--rectify-by DATE]</source>
        <translation>inspections FILE [--institution NAME] [--overdue] [--as-of DATE] [--json] [--remove ID] [--rectified ID [--on DATE]] [--add --institution NAME --on DATE --type 日常|专项|双随机 | --edit ID [--on DATE] [--type …]] [--inspectors 检查人员] [--findings 发现问题] [--categories 消防、…] [--rectify-by DATE]</translation>
    </message>
    <message>
        <source>缺少参数。用法：tuoyu-desk %1</source>
        <translation>缺少参数。用法：tuoyu-desk %1</translation>
    </message>
    <message>
        <source>--%1 应为 YYYY-MM-DD 格式的日期：%2</source>
        <translation>--%1 应为 YYYY-MM-DD 格式的日期：%2</translation>
    </message>
</context>
<context>
    <name>tuoyu::oversighttables</name>
    <message>
        <source>机构</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>检查日期</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>检查人员</source>
        <translation>检查人员</translation>
    </message>
    <message>
        <source>问题类别</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <source>发现问题</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>整改期限</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>整改情况</source>
        <translation>整改情况</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>岗位</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>证书类型</source>
        <translation>证书类型</translation>
    </message>
    <message>
        <source>证书编号</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>发证日期</source>
        <translation>发证日期</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>无</source>
        <translation>无</translation>
    </message>
    <message>
        <source>检查与人员 — %1</source>
        <translation>检查与人员 — %1</translation>
    </message>
    <message>
        <source>检查记录（%1）</source>
        <translation>检查记录（%1）</translation>
    </message>
    <message>
        <source>从业人员（%1，持证 %2）</source>
        <translation>从业人员（%1，持证 %2）</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>双击一次检查可编辑</source>
        <translation>双击一次检查可编辑</translation>
    </message>
</context>
</TS>
