// node bench/write-xlsx.js FILE ROWS — a generated standard workbook written with ExcelJS's streaming writer.
'use strict';
const ExcelJS = require('exceljs');
const { generateScaled } = require('../dist/sample');

async function run(file, rows) {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  for (const g of generateScaled(rows, 7)) {
    const ws = wb.addWorksheet(g.name);
    for (const r of g.values) {
      const row = ws.addRow(r.map((v) => (v === undefined ? null : v)));
      r.forEach((v, i) => { if (v instanceof Date) row.getCell(i + 1).numFmt = 'dd/mm/yyyy'; });
      row.commit();
    }
    ws.commit();
  }
  await wb.commit();
}
run(process.argv[2], Number(process.argv[3]));
