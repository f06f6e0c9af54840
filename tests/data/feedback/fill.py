# Fills a TuoyuDesk feedback form the way a department does in Excel, with openpyxl:
#   feedbackfill.py IN.xlsx OUT.xlsx EDITS.json
# EDITS: {"reverse": bool, "delete_last": bool, "blank_at": int|null,
#         "rows": {"<original data index>": {"header": value, ...}}, "set_key": [idx, key],
#         "set_keys": [[idx, key], ...]}  (a key of null clears the hidden cell)
# Dates are written as real dates when given as {"date": "YYYY-MM-DD"}.
import datetime, json, sys
import openpyxl

src, dst, edits = sys.argv[1], sys.argv[2], json.load(open(sys.argv[3], encoding="utf-8"))
wb = openpyxl.load_workbook(src)
ws = wb.worksheets[0]
header_row = next(r for r in range(1, 20)
                  if any(c.value == "具体任务" for c in ws[r]))
headers = [c.value for c in ws[header_row]]
width = len(headers)
rows = []
for r in range(header_row + 1, ws.max_row + 1):
    values = [ws.cell(r, c + 1).value for c in range(width)]
    if any(v not in (None, "") for v in values):
        rows.append(values)
for index, fields in edits.get("rows", {}).items():
    for name, value in fields.items():
        if isinstance(value, dict) and "date" in value:
            value = datetime.datetime.strptime(value["date"], "%Y-%m-%d")
        rows[int(index)][headers.index(name)] = value
for index, key in ([edits["set_key"]] if "set_key" in edits else []) + edits.get("set_keys", []):
    rows[int(index)][headers.index("任务编码")] = key
if edits.get("delete_last"):
    rows.pop()
if edits.get("reverse"):
    rows.reverse()
if edits.get("blank_at") is not None:
    rows.insert(edits["blank_at"], [None] * width)
for r in range(header_row + 1, ws.max_row + 1):
    for c in range(width):
        ws.cell(r, c + 1).value = None
for offset, values in enumerate(rows):
    for c, value in enumerate(values):
        ws.cell(header_row + 1 + offset, c + 1).value = value
wb.save(dst)
