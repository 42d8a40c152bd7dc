/**
 * The command line on several workbooks: `dangvien check|report FILE... | FOLDER`. A folder
 * stands for every workbook in it; the files are read one by one (a line each) and analysed
 * together (core/merge.ts): the province's figures, its communes', their TCCS's.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import type { WorkbookInput } from '../core/merge';
import type { SheetGrid } from '../core/grid';
import { isWorkbookInFolder, shownFileNames } from '../hosts/workbook-files';
import { UnreadableFileError } from '../hosts/xlsx/xlsx-reader';
import { generateCommune, generateProvince } from '../sample';
import { writeXlsx } from '../hosts/xlsx/write/workbook';
import { runWorkbooks } from '../pipeline/run-many';
import { UsageError, type CliArgs } from './args';
import { checkJson, reportJson } from './json';
import { zlibDeflate } from './zlib';

/**
 * A sample's sheets as an .xlsx. ExcelJS, which writes them, is loaded only here: reading and
 * reporting never need it, and loading it costs half a second of every run.
 */
export async function sampleBytes(grids: SheetGrid[]): Promise<Uint8Array> {
  return (await import('../hosts/xlsx/write-grids')).gridsToBuffer(grids);
}
import { attainmentTable, findingsReport } from './print';

export interface ManyIo {
  out: (s: string) => void;
  err: (s: string) => void;
  /** Reads one workbook: a file, or CSV files a sheet each (the command line's reader, with its own messages). */
  read: (files: string[]) => Promise<SheetGrid[]>;
  write: (file: string, bytes: Uint8Array) => Promise<void>;
}

/** The files named, a folder standing for its workbooks (sorted by name, so runs repeat). */
export async function expandInputs(names: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const name of names) {
    let stat;
    try {
      stat = await fs.stat(name);
    } catch {
      throw new UnreadableFileError(`không tìm thấy tệp / file not found: ${name}`);
    }
    if (!stat.isDirectory()) {
      out.push(name);
      continue;
    }
    const inFolder = (await fs.readdir(name))
      .filter(isWorkbookInFolder)
      .sort((a, b) => a.localeCompare(b, 'vi'))
      .map((f) => path.join(name, f));
    if (!inFolder.length) throw new UnreadableFileError(`thư mục không có sổ nào (.xlsx, .xlsm, .ods, .xls) / no workbook (.xlsx, .xlsm, .ods, .xls) in the folder: ${name}`);
    out.push(...inFolder);
  }
  // The same file named twice (a folder and a file in it) is read once.
  return [...new Set(out.map((f) => path.resolve(f)))].map((abs) => out.find((f) => path.resolve(f) === abs)!);
}

/** Reads every workbook, a line per workbook on stderr; one that cannot be read stops the run naming it. */
async function readAll(books: readonly string[][], io: ManyIo): Promise<WorkbookInput[]> {
  const inputs: WorkbookInput[] = [];
  const files = books.map((b) => b[0]);
  for (const [i, book] of books.entries()) {
    const file = book[0];
    io.err(`Đang đọc / reading (${i + 1}/${books.length}) ${book.join(', ')}`);
    try {
      inputs.push({ file: path.basename(file), grids: await io.read(book) });
    } catch (e) {
      if (e instanceof UnreadableFileError && !e.message.includes(file)) throw new UnreadableFileError(`${file}: ${e.message}`);
      throw e;
    }
  }
  // Two files of the same name in different folders: the folder tells them apart.
  const shown = shownFileNames(files);
  inputs.forEach((x, i) => (x.file = shown[i]));
  return inputs;
}

/** The analysis settings the command line takes besides the year and date: the period and the certificate's validity. */
export function settingsOf(args: CliArgs): { period?: 'year' | 'half'; trainingValidMonths?: number } {
  return { ...(args.period ? { period: args.period } : {}), ...(args.trainingValidMonths ? { trainingValidMonths: args.trainingValidMonths } : {}) };
}

/** `books`: each workbook's files (one .xlsx, or CSV files together). */
export async function runMany(args: CliArgs, books: readonly string[][], io: ManyIo): Promise<number> {
  const inputs = await readAll(books, io);
  const report = args.command === 'report';
  const a = runWorkbooks(inputs, { ...settingsOf(args), year: args.year, asOf: args.asOf, today: args.today, lang: args.lang, layouts: report && !!args.out && 'export', forms: report && (args.json || !!args.forms) });
  if (args.year === undefined && a.years.length > 1) {
    throw new UsageError(`các sheet ChiTieu có nhiều năm (${a.years.join(', ')}): hãy chọn --year / the plans name several years: pass --year`);
  }
  if (args.command === 'check') {
    if (args.json) io.out(JSON.stringify(checkJson(a, args.lang)));
    else io.out(findingsReport(a.findings, a.counts, args.lang));
    return a.counts.error ? 1 : 0;
  }
  if (args.out) await io.write(args.out, writeXlsx(a.exportLayouts, { deflate: zlibDeflate }));
  if (args.forms) {
    if (!a.formLayouts.length) throw new UsageError('không có số liệu để lập các biểu thống kê (xem các lỗi) / no figures to fill the statistical forms from');
    await io.write(args.forms, writeXlsx(a.formLayouts, { deflate: zlibDeflate }));
  }
  if (args.pdf) {
    if (!a.report) throw new UsageError('báo cáo PDF của tỉnh cần sổ của tỉnh (ToChuc, ChiTieu) và số liệu / the province’s PDF report needs the province’s workbook and figures');
    const [{ renderReportPdf }, { loadReportFonts }] = await Promise.all([import('../report/pdf'), import('../report/fonts-node')]);
    await io.write(args.pdf, await renderReportPdf(a.report.drafted, loadReportFonts()));
  }
  if (args.json) {
    io.out(JSON.stringify(a.figures ? { ...reportJson(a.figures), forms: a.forms } : { year: a.year, district: null, groups: [], units: [], forms: null }));
  } else {
    if (a.figures) io.out(attainmentTable(a.figures, args.lang));
    io.out('');
    io.out(findingsReport(a.findings, a.counts, args.lang));
    if (args.out) io.out(`\nĐã ghi bảng tổng hợp / summary written: ${args.out}`);
    if (args.pdf) io.out(`Đã ghi báo cáo PDF / report PDF written: ${args.pdf}`);
    if (args.forms) io.out(`Đã ghi các biểu thống kê / statistical forms written: ${args.forms}`);
  }
  if (a.counts.error) {
    io.err(`Các sổ còn ${a.counts.error} lỗi: số liệu chưa đáng tin cho đến khi sửa (xem sheet Kiểm tra) / ${a.counts.error} errors: the figures cannot be trusted until they are fixed`);
    return 1;
  }
  return 0;
}

/** `sample --commune` and `sample --province DIR`. */
export async function writeSamples(args: CliArgs, io: Pick<ManyIo, 'out' | 'write'>): Promise<boolean> {
  if (args.commune) {
    const out = args.out ?? 'Xa-EaRieng-2026.xlsx';
    await io.write(out, await sampleBytes(generateCommune().grids));
    io.out(`Đã ghi sổ mẫu của đảng bộ xã / commune sample written: ${out}`);
    return true;
  }
  if (args.province !== undefined) {
    const files = generateProvince();
    for (const f of files) await io.write(path.join(args.province, f.file), await sampleBytes(f.grids));
    io.out(`Đã ghi ${files.length} sổ mẫu của tỉnh / ${files.length} province sample workbooks written: ${args.province}`);
    return true;
  }
  return false;
}
