/** The command line's words: `dangvien sample|check|report …` (README, "The command line"). */

export interface CliArgs {
  command: 'sample' | 'check' | 'report' | 'help';
  /** The first of `files`. */
  file?: string;
  /**
   * Every file or folder named (`file` is the first): one workbook, CSV files forming one, or
   * several workbooks read together (a folder stands for every workbook in it).
   */
  files: string[];
  /** `sample --commune`: one commune committee's 2026 workbook. */
  commune?: boolean;
  /** `sample --province DIR`: a province's folder (its plan and its communes' workbooks). */
  province?: string;
  out?: string;
  pdf?: string;
  docx?: string;
  /** `report --forms FILE`: the statistical forms' sheets alone, as their own workbook. */
  forms?: string;
  year?: number;
  asOf?: string;
  /** `--period year|half`: the report date 31/12 or 30/06 of the year (a typed --as-of wins). */
  period?: 'year' | 'half';
  /** `--training-valid-months N`: the board's own validity of the awareness-class certificate (M11). */
  trainingValidMonths?: number;
  today?: string;
  json: boolean;
  lang: 'vi' | 'en';
}

export class UsageError extends Error {}

export const USAGE = `Cách dùng / usage:
  dangvien sample [--out FILE]                       tạo sổ mẫu M'Đrắk 2017 / write the bundled sample workbook
  dangvien sample --commune [--out FILE]             sổ mẫu 2026 của một đảng bộ xã / one commune's 2026 workbook
  dangvien sample --province DIR                     thư mục mẫu của một tỉnh / a province's folder (plan + communes)
  dangvien check FILE... | FOLDER [--year Y] [--as-of YYYY-MM-DD] [--json]
  dangvien report FILE... | FOLDER [--year Y] [--as-of YYYY-MM-DD] [--out FILE] [--pdf FILE] [--forms FILE] [--docx FILE] [--json]
  (nhiều tệp hoặc một thư mục: tổng hợp tỉnh → xã → TCCS / several files or a folder: province → commune → TCCS)
FILE: .xlsx/.xlsm, hoặc các tệp CSV (mỗi tệp một sheet, cùng là một sổ) / or CSV files, a sheet each, together one workbook
--forms FILE: các biểu thống kê (Biểu 1 … Biểu 5) thành một tệp riêng / the statistical forms as their own workbook
--period year|half: cả năm (đến 31/12) hoặc 6 tháng đầu năm (đến 30/06) / the year or the first half-year
--training-valid-months N: hiệu lực giấy chứng nhận bồi dưỡng nhận thức về Đảng theo thiết lập của ban (mặc định tắt) / the board's own certificate validity (off by default)
Tùy chọn chung / common options: --lang vi|en, --today YYYY-MM-DD`;

export function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = { command: 'help', files: [], json: false, lang: 'vi' };
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') return args;
  if (command !== 'sample' && command !== 'check' && command !== 'report') throw new UsageError(`lệnh không rõ / unknown command: ${command}`);
  args.command = command;
  const value = (i: number, name: string): string => {
    const v = rest[i + 1];
    if (v === undefined || v.startsWith('--')) throw new UsageError(`thiếu giá trị cho / missing value for ${name}`);
    return v;
  };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    switch (a) {
      case '--json': args.json = true; break;
      case '--out': args.out = value(i++, a); break;
      case '--pdf': args.pdf = value(i++, a); break;
      case '--commune': args.commune = true; break;
      case '--province': args.province = value(i++, a); break;
      case '--docx': args.docx = value(i++, a); break;
      case '--forms': args.forms = value(i++, a); break;
      case '--as-of': args.asOf = value(i++, a); break;
      case '--today': args.today = value(i++, a); break;
      case '--period': {
        const p = value(i++, a);
        const id = p === 'year' || p === 'ca-nam' ? 'year' : p === 'half' || p === '6-thang' ? 'half' : null;
        if (!id) throw new UsageError('--period: year (ca-nam) | half (6-thang)');
        args.period = id;
        break;
      }
      case '--training-valid-months': {
        const n = value(i++, a);
        if (!/^\d{1,3}$/.test(n) || Number(n) < 1) throw new UsageError(`--training-valid-months cần số tháng (1–999) / needs a number of months: ${n}`);
        args.trainingValidMonths = Number(n);
        break;
      }
      case '--lang': {
        const l = value(i++, a);
        if (l !== 'vi' && l !== 'en') throw new UsageError('--lang: vi | en');
        args.lang = l;
        break;
      }
      case '--year': {
        const y = value(i++, a);
        if (!/^\d{4}$/.test(y)) throw new UsageError(`--year cần năm bốn chữ số / needs a four-digit year: ${y}`);
        args.year = Number(y);
        break;
      }
      default:
        if (a.startsWith('--')) throw new UsageError(`tùy chọn không rõ / unknown option: ${a}`);
        if (args.command === 'sample') throw new UsageError(`thừa tham số / unexpected argument: ${a}`);
        args.files.push(a);
        args.file ??= a;
    }
  }
  if (args.command !== 'sample' && args.file === undefined) throw new UsageError('thiếu tên tệp / missing FILE');
  if ((args.commune || args.province !== undefined) && args.command !== 'sample') throw new UsageError('--commune, --province: chỉ dùng với / only with `sample`');
  if (args.commune && args.province !== undefined) throw new UsageError('--commune hoặc / or --province');
  if (args.province !== undefined && args.out !== undefined) throw new UsageError('--province DIR ghi cả thư mục, không dùng --out / writes a folder: no --out');
  if (args.asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(args.asOf)) throw new UsageError('--as-of: YYYY-MM-DD');
  return args;
}
