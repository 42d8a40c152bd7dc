/**
 * Collects a sheet's cells into a SheetGrid for the readers that are not .xlsx (.ods, .xls): rows
 * with holes where cells are empty, `dd/mm/yyyy` in `numberFormats` where a cell shows a date,
 * and the same hostile-file limits as the .xlsx reader (src/hosts/xlsx/inspect.ts, LIMITS),
 * counted as cells arrive. Pure (no Node or DOM API).
 */
import type { CellValue, SheetGrid } from '../core/grid';
import { LIMITS, tooManyCells, tooManyStrings, tooWide } from './xlsx/inspect';
import { DATE_FORMAT, UnreadableFileError } from './xlsx/xlsx-reader';

/** Counts shared by all sheets of one file, against LIMITS. */
export class CellBudget {
  private cells = 0;
  private strings = 0;
  private span = 0;
  cell(n = 1): void {
    this.cells += n;
    if (this.cells > LIMITS.maxCells) throw new UnreadableFileError(tooManyCells());
  }
  string(): void {
    if (++this.strings > LIMITS.maxSharedStrings) throw new UnreadableFileError(tooManyStrings());
  }
  /** A row reaching `columns` columns (the column after its last cell). */
  reach(columns: number): void {
    this.span += columns;
    if (this.span > LIMITS.maxRowSpan) throw new UnreadableFileError(tooWide());
  }
}

export class SheetBuilder {
  private readonly values: CellValue[][] = [];
  private readonly formats: (string | null | undefined)[][] = [];
  private anyDate = false;
  /** Rows holding a value. */
  rows = 0;

  constructor(
    readonly name: string,
    private readonly date1904: boolean,
  ) {}

  /** Sets a cell (zero-based); `dated` when its format shows a date and the value is a serial. */
  set(row: number, col: number, value: CellValue, dated = false): void {
    if (value === null || value === undefined) return;
    let line = this.values[row];
    if (!line) {
      line = this.values[row] = [];
      this.rows++;
    }
    line[col] = value;
    if (dated && typeof value === 'number') {
      (this.formats[row] ??= [])[col] = DATE_FORMAT;
      this.anyDate = true;
    }
  }

  grid(): SheetGrid {
    const g: SheetGrid = { name: this.name, values: this.values };
    if (this.anyDate) g.numberFormats = this.formats;
    if (this.date1904) g.date1904 = true;
    return g;
  }
}

/** One line, Vietnamese then English, for a file that cannot be read without its password. */
export function passwordProtected(app: string): UnreadableFileError {
  return new UnreadableFileError(
    `tệp có mật khẩu bảo vệ: hãy mở trong ${app}, lưu một bản không đặt mật khẩu rồi dùng bản đó / the file is password-protected: open it in ${app}, save a copy without a password and use that copy`,
  );
}

/** One line for a damaged file, naming the part (or record) where it shows. */
export function damaged(kind: string, whereVi: string, whereEn = whereVi): UnreadableFileError {
  return new UnreadableFileError(`tệp ${kind} bị hỏng (${whereVi}) / the ${kind} file is damaged (${whereEn}); cannot read the file's content`);
}
