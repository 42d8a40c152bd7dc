/** `dangvien`: the core on a workbook file, without Excel. Exit 0 clean, 1 errors found, 2 cannot read. */
import { promises as fs, readFileSync } from 'fs';
import * as path from 'path';
import type { SheetGrid } from '../core/grid';
import { WorkbookReading, type ParsedWorkbook } from '../core/model/read';
import { STRUCTURE_MODELS } from '../core/structure-model';
import { readSpreadsheets, streamSpreadsheets, type NamedBytes } from '../hosts/read-file';
import { UnreadableFileError, type ReadOptions } from '../hosts/xlsx/xlsx-reader';
import { writeXlsx } from '../hosts/xlsx/write/workbook';
import { runWorkbook, type RunResult } from '../pipeline/run';
import { generateSample } from '../sample';
import { parseArgs, UsageError, USAGE, type CliArgs } from './args';
import { checkJson, reportJson } from './json';
import { expandInputs, runMany, sampleBytes, settingsOf, writeSamples } from './many';
import { attainmentTable, findingsReport } from './print';
import { zlibDeflate, zlibInflate } from './zlib';

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

const stdio: Io = {
  out: (s) => process.stdout.write(s + '\n'),
  err: (s) => process.stderr.write(s + '\n'),
};

/** Shown when a sheet is this large, so nobody wonders whether it hangs. */
const PROGRESS_FROM_ROWS = 20_000;

async function fileBytes(file: string): Promise<Uint8Array> {
  try {
    return readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UnreadableFileError(
      code === 'ENOENT' ? `không tìm thấy tệp / file not found: ${file}` : code === 'EISDIR' ? `là thư mục, không phải tệp / a folder, not a file: ${file}` : `không mở được tệp / cannot open: ${file} (${code})`,
    );
  }
}

/**
 * The named files as one workbook (one .xlsx, or CSV files a sheet each), read by `read` with
 * the command line's inflater and its progress on stderr.
 */
async function readNamed<T>(files: string[], io: Io, read: (named: NamedBytes[], options: ReadOptions) => Promise<T>): Promise<T> {
  // The bytes read here are the ones checked and read: a file is not opened twice.
  const named = await Promise.all(files.map(async (name) => ({ name, bytes: await fileBytes(name) })));
  const tty = process.stderr.isTTY;
  let shown = false;
  const result = await read(named, {
    inflate: zlibInflate,
    onProgress: (p) => {
      if (p.done < PROGRESS_FROM_ROWS || p.done === p.total) return;
      shown = true;
      const msg = `Đang đọc / reading ${p.sheet}: ${p.done.toLocaleString('vi-VN')} dòng / rows`;
      if (tty) process.stderr.write('\r' + msg);
      else if (p.done % 100_000 === 0) io.err(msg);
    },
  });
  if (shown && tty) process.stderr.write('\n');
  return result;
}

/** The named files as grids (several workbooks are analysed from their grids). */
function readFiles(files: string[], io: Io): Promise<SheetGrid[]> {
  return readNamed(files, io, readSpreadsheets);
}

/** The named files as one workbook, made into records as its rows are read: no sheet of members is held whole. */
function readBook(files: string[], io: Io): Promise<ParsedWorkbook> {
  return readNamed(files, io, async (named, options) => {
    const book = new WorkbookReading(STRUCTURE_MODELS);
    await streamSpreadsheets(named, book, options);
    return book.finish();
  });
}

async function writeOut(file: string, bytes: Uint8Array): Promise<void> {
  await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await fs.writeFile(file, bytes);
}

/** When the plan names several years and none was given, one line says which was taken (on stderr: stdout stays the result). */
function sayYear(a: RunResult, io: Io): void {
  if (a.yearLine) io.err(`${a.yearLine} (--year)`);
}

async function run(args: CliArgs, io: Io): Promise<number> {
  if (args.command === 'help') {
    io.out(USAGE);
    return 0;
  }
  if (args.command === 'sample' && (await writeSamples(args, { ...io, write: writeOut }))) return 0;
  if (args.command === 'sample') {
    const out = args.out ?? 'MDrak-2017.xlsx';
    await writeOut(out, await sampleBytes(generateSample()));
    io.out(`Đã ghi sổ mẫu / sample written: ${out}`);
    return 0;
  }
  // Each .xlsx a workbook, the CSV files together one; several workbooks (or a folder): one analysis of them all.
  const files = await expandInputs(args.files);
  const csv = files.filter((f) => /\.csv$/i.test(f));
  const books = files.filter((f) => !/\.csv$/i.test(f)).map((f) => [f]);
  if (csv.length) books.push(csv);
  if (books.length > 1) return runMany(args, books, { ...io, read: (f) => readFiles(f, io), write: writeOut });
  const book = await readBook(books[0] ?? args.files, io);
  const report = args.command === 'report';
  const a = runWorkbook(book, { ...settingsOf(args), year: args.year, asOf: args.asOf, today: args.today, lang: args.lang, layouts: report && !!args.out && 'export', forms: report && (args.json || !!args.forms) });
  sayYear(a, io);
  if (args.command === 'check') {
    if (args.json) io.out(JSON.stringify(checkJson(a, args.lang)));
    else io.out(findingsReport(a.findings, a.counts, args.lang));
    return a.counts.error ? 1 : 0;
  }
  // report: the summary sheets are written even when there are errors; Kiểm tra lists them.
  if (args.out) await writeOut(args.out, writeXlsx(a.exportLayouts, { deflate: zlibDeflate }));
  if (args.forms) {
    if (!a.formLayouts.length) throw new UsageError('không có số liệu để lập các biểu thống kê (xem các lỗi) / no figures to fill the statistical forms from');
    await writeOut(args.forms, writeXlsx(a.formLayouts, { deflate: zlibDeflate }));
  }
  const drafted = a.report;
  if (args.pdf) {
    if (!drafted) throw new UsageError('không có số liệu để lập báo cáo PDF (xem các lỗi) / no figures to draft the PDF report from');
    // Loaded only for --pdf: PDFKit and its fonts cost every other command ~70 ms to load.
    const [{ renderReportPdf }, { loadReportFonts }] = await Promise.all([import('../report/pdf'), import('../report/fonts-node')]);
    await writeOut(args.pdf, await renderReportPdf(drafted.drafted, loadReportFonts()));
  }
  if (args.docx) {
    if (!drafted) throw new UsageError('không có số liệu để lập báo cáo Word (xem các lỗi) / no figures to draft the Word report from');
    const { renderReportDocx } = await import('../report/docx');
    await writeOut(args.docx, await renderReportDocx(drafted.drafted));
  }
  if (args.json) {
    io.out(JSON.stringify(a.figures ? { ...reportJson(a.figures), forms: a.forms } : { year: a.year, district: null, units: [], forms: null }));
  } else {
    if (a.figures) io.out(attainmentTable(a.figures, args.lang));
    io.out('');
    io.out(findingsReport(a.findings, a.counts, args.lang));
    if (args.out) io.out(`\nĐã ghi bảng tổng hợp / summary written: ${args.out}`);
    if (args.pdf) io.out(`Đã ghi báo cáo PDF / report PDF written: ${args.pdf}`);
    if (args.docx) io.out(`Đã ghi báo cáo Word / report .docx written: ${args.docx}`);
    if (args.forms) io.out(`Đã ghi các biểu thống kê / statistical forms written: ${args.forms}`);
  }
  if (a.counts.error) {
    io.err(`Sổ còn ${a.counts.error} lỗi: số liệu chưa đáng tin cho đến khi sửa (xem sheet Kiểm tra) / ${a.counts.error} errors: the figures cannot be trusted until they are fixed`);
    return 1;
  }
  return 0;
}

export async function main(argv: string[], io: Io = stdio): Promise<number> {
  try {
    return await run(parseArgs(argv), io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`dangvien: ${e.message}\n${USAGE}`);
      return 2;
    }
    if (e instanceof UnreadableFileError) {
      io.err(`dangvien: ${e.message}`);
      return 2;
    }
    io.err(`dangvien: lỗi không mong đợi / unexpected error: ${(e as Error).message ?? e}`);
    return 2;
  }
}
