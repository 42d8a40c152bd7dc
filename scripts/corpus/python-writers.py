#!/usr/bin/env python3
"""The corpus's Python writers: one workbook saved again by openpyxl and written anew by XlsxWriter.

    python3 python-writers.py SOURCE.xlsx OUT_DIR

Writes into OUT_DIR:
  openpyxl.xlsx            SOURCE loaded and saved by openpyxl (absolute relationship targets)
  xlsxwriter.xlsx          every value written by XlsxWriter (shared strings)
  xlsxwriter-inline.xlsx   the same with constant_memory (inline strings, rows streamed)
  xlsxwriter-1904.xlsx     the same in the 1904 date system
  xlsxwriter-formulas.xlsx every date as =DATE(y,m,d) and every target as =ROUND(n,0), cached results written
  xlsxwriter-1904-formulas.xlsx  both at once

The values come from openpyxl's reading of SOURCE (data_only): dates as datetimes where the cell
has a date format, numbers, text and booleans as they are. A "target" is a number in the column
headed "Chỉ tiêu…" of the sheet ChiTieu (see docs/workbook-format.md).
"""
import datetime
import sys

import openpyxl
import xlsxwriter

EPOCH_1900 = datetime.datetime(1899, 12, 30)
EPOCH_1904 = datetime.datetime(1904, 1, 1)


def read_source(path):
    wb = openpyxl.load_workbook(path, data_only=True)
    sheets = []
    for ws in wb.worksheets:
        rows = []
        for row in ws.iter_rows():
            rows.append([(c.value, c.number_format, c.is_date) for c in row])
        sheets.append((ws.title, ws.sheet_state, rows))
    return sheets


def target_columns(rows):
    """Columns of the plan sheet's target figures: headed "Chỉ tiêu" (any case, any suffix)."""
    for row in rows[:30]:
        cols = {i for i, (v, _, _) in enumerate(row) if isinstance(v, str) and v.strip().lower().startswith('chỉ tiêu')}
        if cols:
            return cols
    return set()


def as_datetime(v):
    if isinstance(v, datetime.datetime):
        return v
    return datetime.datetime(v.year, v.month, v.day)


def write_xlsxwriter(sheets, out, date_1904=False, constant_memory=False, formulas=False):
    wb = xlsxwriter.Workbook(out, {'date_1904': date_1904, 'constant_memory': constant_memory, 'strings_to_numbers': False,
                                   'strings_to_formulas': False, 'strings_to_urls': False})
    date_fmt = wb.add_format({'num_format': 'dd/mm/yyyy'})
    formats = {}
    epoch = EPOCH_1904 if date_1904 else EPOCH_1900
    for name, state, rows in sheets:
        ws = wb.add_worksheet(name)
        if state == 'hidden':
            ws.hide()
        targets = target_columns(rows) if formulas and name == 'ChiTieu' else set()
        for r, row in enumerate(rows):
            for c, (v, numfmt, is_date) in enumerate(row):
                if v is None:
                    continue
                if is_date and isinstance(v, (datetime.date, datetime.datetime)):
                    d = as_datetime(v)
                    if formulas:
                        serial = (d - epoch).days + (d - epoch).seconds / 86400
                        ws.write_formula(r, c, '=DATE(%d,%d,%d)' % (d.year, d.month, d.day), date_fmt, serial)
                    else:
                        ws.write_datetime(r, c, d, date_fmt)
                elif isinstance(v, bool):
                    ws.write_boolean(r, c, v)
                elif isinstance(v, (int, float)):
                    fmt = None
                    if numfmt and numfmt != 'General':
                        fmt = formats.setdefault(numfmt, wb.add_format({'num_format': numfmt}))
                    if c in targets and float(v).is_integer():
                        ws.write_formula(r, c, '=ROUND(%s,0)' % int(v), fmt, int(v))
                    else:
                        ws.write_number(r, c, v, fmt)
                else:
                    ws.write_string(r, c, str(v))
    wb.close()


def main():
    source, out_dir = sys.argv[1], sys.argv[2]
    openpyxl.load_workbook(source).save(out_dir + '/openpyxl.xlsx')
    sheets = read_source(source)
    write_xlsxwriter(sheets, out_dir + '/xlsxwriter.xlsx')
    write_xlsxwriter(sheets, out_dir + '/xlsxwriter-inline.xlsx', constant_memory=True)
    write_xlsxwriter(sheets, out_dir + '/xlsxwriter-1904.xlsx', date_1904=True)
    write_xlsxwriter(sheets, out_dir + '/xlsxwriter-formulas.xlsx', formulas=True)
    write_xlsxwriter(sheets, out_dir + '/xlsxwriter-1904-formulas.xlsx', date_1904=True, formulas=True)


if __name__ == '__main__':
    main()
