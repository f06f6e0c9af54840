#!/usr/bin/python3
"""Writes the untried-layout 实施方案 documents of tests/data/planreader (docs/plan-reader.md):
numbering 一、（一）1.（1）①, a Word task table as the only structure, headings shown only by
bold, and an HTML page converted by LibreOffice. Run from this folder with Debian's python3-docx:
    /usr/bin/python3 make_documents.py && soffice --headless --convert-to docx webpage.html
The .docx files are kept in the repository; this script says how they were made.
In the texts below a line starting with ** is written in bold type, # in bold at 16 pt."""

from docx import Document
from docx.shared import Pt

DEEP_NUMBERING = """
#某县婴幼儿照护服务发展三年行动方案（2024—2026年）
为加快发展普惠托育服务，结合我县实际，制定本方案。
一、总体目标
到2026年底，全县每千人口拥有3岁以下婴幼儿托位数达到4.5个，普惠性托位占比不低于60%，托育机构保育人员持证率达到90%以上。
二、重点任务
（一）扩大普惠托育服务供给
1. 建设县托育综合服务中心。在县城新建1所公办托育综合服务中心，提供托位150个，2025年12月底前建成投用。（牵头单位：县卫生健康局；配合单位：县发展改革局、县财政局）
2. 推进托幼一体化。（1）有条件的公办幼儿园开设2—3岁托班；（2）新建幼儿园同步设置托班。2026年6月底前，全县开设托班的幼儿园不少于15所。（牵头单位：县教育局；配合单位：各乡镇人民政府）
3. 发展社区嵌入式托育。每个街道至少建成1个社区托育点，长期坚持。（牵头单位：县住房城乡建设局；配合单位：县民政局、各街道办事处）
（二）提升托育服务质量
4. 加强从业人员培训。①开展保育员岗前培训；②开展育婴员职业技能等级认定。每年培训不少于200人次。（牵头单位：县人力资源社会保障局；配合单位：县卫生健康局）
5. 推进医育结合。托育机构与社区卫生服务中心签约服务全覆盖，2025年内完成。（牵头单位：县卫生健康局）
（三）强化政策支持
6. 落实建设补助。对新建普惠托位每个补助1万元，对运营的普惠托育机构按每人每月200元给予运营补贴。（牵头单位：县财政局；配合单位：县卫生健康局）完成时限：2024年起每年
三、保障措施
（一）加强组织领导。成立县婴幼儿照护服务工作领导小组，统筹推进各项工作。
（二）强化督导考核。将托育服务纳入乡镇年度考核。
"""

BOLD_HEADINGS = """
#某街道托育服务提升实施方案
**工作目标
到2025年底，辖区每千人口托位数达到4.5个。
**扩大托育服务供给
**建设社区托育点
在辖区5个社区各建成1个托育点。
责任单位：街道社区服务中心、各社区居委会
完成时限：2025年9月底前
**发展家庭托育点
指导有意愿的家庭开办家庭托育点不少于3个。
责任单位：街道卫生健康办
完成时限：2025年底
**提升托育服务质量
**开展安全检查
每季度对辖区托育机构开展一次安全检查。
责任单位：街道应急管理办、街道市场监管所
完成时限：每季度
"""

# The tasks only in a Word table; deadlines worded 第三季度, 上半年, 每年12月前.
TASK_TABLE_TEXT = """
#某区推进普惠托育服务体系建设工作方案
为贯彻落实上级部署，现就推进我区普惠托育服务体系建设制定如下方案。
一、工作目标
到2025年，全区千人口托位数达到4个以上，普惠托位不少于600个。
二、重点任务分工
"""
TASK_TABLE = """序号|重点任务|具体内容|牵头单位|配合单位|完成时限
1|扩大服务供给|新建区级托育服务指导中心1个|区卫健局|区财政局、区住建局|2025年第三季度
2|扩大服务供给|支持用人单位办托，新增托位100个|区总工会|区卫健局|2025年底前
3|提升服务质量|开展托育机构质量评估|区卫健局|区市场监管局|每年12月前
4|提升服务质量|组织托育从业人员技能培训|区人社局|区卫健局、区妇联|2026年上半年
5|强化要素保障|落实托育机构用水用电用气居民价格|区发改局|国网某区供电公司|长期坚持"""
TASK_TABLE_END = """
三、工作要求
各责任单位要按照分工抓好落实，每季度末向区卫健局报送工作进展。
"""


def write_text(doc, text):
    for line in text.strip().splitlines():
        bold = line.startswith("**") or line.startswith("#")
        run = doc.add_paragraph().add_run(line.lstrip("*#"))
        run.bold = bold
        if line.startswith("#"):
            run.font.size = Pt(16)


def write_table(doc, text):
    rows = [row.split("|") for row in text.splitlines()]
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            table.cell(r, c).text = cell


def main():
    for name, text in (("deep_numbering", DEEP_NUMBERING), ("bold_headings", BOLD_HEADINGS)):
        doc = Document()
        write_text(doc, text)
        doc.save(name + ".docx")
    doc = Document()
    write_text(doc, TASK_TABLE_TEXT)
    write_table(doc, TASK_TABLE)
    write_text(doc, TASK_TABLE_END)
    doc.save("task_table.docx")


if __name__ == "__main__":
    main()
