#!/usr/bin/python3
"""Writes the task tables tests/core/test_tasktable.cpp imports, the way offices write them:
openpyxl-merged.xlsx (openpyxl, merged 工程/项目 cells, a title row merged across, a note row),
libreoffice.xlsx (LibreOffice Calc from a CSV: program cells left blank under the first, a cell
with line breaks), python-docx.docx (a Word table by python-docx: the title as a merged first
row, 工程 cells merged down).

Every file holds the same plan: 2 programs, 3 projects, 5 tasks, one row without task words
(refused) and one deadline no parser knows (视上级部署: imported as 未定 with a warning).
Run from this folder with Debian's python3 (python3-openpyxl, python3-docx, libreoffice-calc):
    /usr/bin/python3 make-tasktables.py
"""
import csv
import os
import shutil
import subprocess
import tempfile

TITLE = "某区普惠托育服务发展实施方案（2024—2025年）重点任务分工表"
HEADER = ["序号", "重点任务", "项目", "主要内容", "牵头单位", "配合单位", "完成时限", "备注"]
P1 = "（一）服务供给扩容工程"
P2 = "（二）群众托育减负工程"
J1 = "1.以公办托育中心为龙头引领"
J2 = "2.以社区嵌入式办托为重要途径"
J3 = "1.积极争取普惠托育激励奖补"
ROWS = [
    ["1", P1, J1, "完成公办综合托育机构的设施配备及备案工作", "区卫健局",
     "区发改局、区财政局\n各乡镇人民政府", "2024年7月", "含备案"],
    ["2", P1, J1, "增加120个托位", "区卫健局", "区财政局", "2024年底", ""],
    ["3", P1, J2, "新增1所普惠社区托育点", "区发改局", "区民政局，区卫健局", "2025年6月底前", ""],
    ["4", P1, J2, "", "区民政局", "", "2025年底", "任务内容待补"],
    ["5", P2, J3, "严格考核，及时发放激励性奖补资金", "区卫健局", "区财政局", "2025年12月底前", ""],
    ["6", P2, J3, "制定托育体验券发放办法", "区卫健局", "", "视上级部署", ""],
]
NOTE = "注：各乡镇人民政府负责辖区内任务落实。"


def runs(rows, column):
    """(first, last) index ranges of equal consecutive values in a column."""
    out, start = [], 0
    for i in range(1, len(rows) + 1):
        if i == len(rows) or rows[i][column] != rows[start][column] or (
                column == 2 and rows[i][1] != rows[start][1]):
            out.append((start, i - 1))
            start = i
    return out


def openpyxl_file(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment
    wb = Workbook()
    ws = wb.active
    ws.title = "任务分工"
    ws.append(["附件1"])
    ws.append([TITLE])
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=len(HEADER))
    ws.append(HEADER)
    first = 4
    for r in ROWS:
        ws.append(r)
    for column in (1, 2):  # 重点任务 and 项目 merged down over their rows
        for a, b in runs(ROWS, column):
            if b > a:
                ws.merge_cells(start_row=first + a, start_column=column + 1,
                               end_row=first + b, end_column=column + 1)
    for row in ws.iter_rows(min_row=first):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="center")
    ws.append([NOTE])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row,
                   end_column=len(HEADER))
    wb.save(path)


def libreoffice_file(path):
    # Program cells left blank under the first one, as offices type them without merging.
    rows, last = [], None
    for r in ROWS:
        r = list(r)
        if r[1] == last:
            r[1] = ""
        else:
            last = r[1]
        rows.append(r)
    with tempfile.TemporaryDirectory() as tmp:
        source = os.path.join(tmp, "libreoffice.csv")
        with open(source, "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f)
            w.writerow([TITLE])
            w.writerow(HEADER)
            w.writerows(rows)
            w.writerow([NOTE])
        subprocess.run(["soffice", "--headless", "--infilter=CSV:44,34,76,1",
                        "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", tmp, source],
                       check=True, stdout=subprocess.DEVNULL)
        shutil.copy(os.path.join(tmp, "libreoffice.xlsx"), path)


def python_docx_file(path):
    import docx
    document = docx.Document()
    document.add_paragraph("附件1")
    table = document.add_table(rows=2 + len(ROWS), cols=len(HEADER))
    table.style = "Table Grid"
    title = table.cell(0, 0).merge(table.cell(0, len(HEADER) - 1))
    title.text = TITLE
    for c, h in enumerate(HEADER):
        table.cell(1, c).text = h
    for i, r in enumerate(ROWS):
        for c, value in enumerate(r):
            if c in (1, 2):
                continue
            # A line break inside the cell, as Word's Shift+Enter makes it.
            cell = table.cell(2 + i, c)
            lines = value.split("\n")
            run = cell.paragraphs[0].add_run(lines[0])
            for line in lines[1:]:
                run.add_break()
                run.add_text(line)
    for column in (1, 2):
        for a, b in runs(ROWS, column):
            merged = table.cell(2 + a, column).merge(table.cell(2 + b, column)) if b > a \
                else table.cell(2 + a, column)
            merged.text = ROWS[a][column]
    document.add_paragraph(NOTE)
    document.save(path)


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    openpyxl_file(os.path.join(here, "openpyxl-merged.xlsx"))
    libreoffice_file(os.path.join(here, "libreoffice.xlsx"))
    python_docx_file(os.path.join(here, "python-docx.docx"))
