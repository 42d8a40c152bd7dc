/** The command line's words: `dangvien sample|check|report …` (README, "The command line"). */

export interface CliArgs {
  command: 'sample' | 'check' | 'report' | 'help';
  file?: string;
  /** Every file named: one workbook, or several CSV files forming one (`file` is the first). */
  files: string[];
  out?: string;
  pdf?: string;
  docx?: string;
  /** `report --forms FILE`: the statistical forms' sheets alone, as their own workbook. */
  forms?: string;
  year?: number;
  asOf?: string;
  today?: string;
  json: boolean;
  lang: 'vi' | 'en';
}

export class UsageError extends Error {}

export const USAGE = `Cách dùng / usage:
  dangvien sample [--out FILE]                       tạo sổ mẫu M'Đrắk 2017 / write the bundled sample workbook
  dangvien check FILE... [--year Y] [--as-of YYYY-MM-DD] [--json]
  dangvien report FILE... [--year Y] [--as-of YYYY-MM-DD] [--out FILE] [--pdf FILE] [--forms FILE] [--docx FILE] [--json]
FILE: .xlsx/.xlsm, hoặc các tệp CSV (mỗi tệp một sheet) / or CSV files, a sheet each
--forms FILE: các biểu thống kê (Biểu 1 … Biểu 5) thành một tệp riêng / the statistical forms as their own workbook
Tùy chọn chung / common options: --lang vi|en, --today YYYY-MM-DD`;

export function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = { command: 'help', json: false, lang: 'vi', files: [] };
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
      case '--docx': args.docx = value(i++, a); break;
      case '--forms': args.forms = value(i++, a); break;
      case '--as-of': args.asOf = value(i++, a); break;
      case '--today': args.today = value(i++, a); break;
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
        args.files.push(a);
        args.file ??= a;
    }
  }
  if (args.command !== 'sample' && args.file === undefined) throw new UsageError('thiếu tên tệp / missing FILE');
  if (args.asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(args.asOf)) throw new UsageError('--as-of: YYYY-MM-DD');
  return args;
}
