/** Collects a layout row by row, so the layout files read as the sheet they describe. */
import { a1, columnLetter } from '../grid';
import type { CellStyle, LayoutKey, LayoutValue, SheetLayout } from './types';

export class SheetBuilder {
  readonly layout: SheetLayout;

  constructor(key: LayoutKey, name: string, year: number, orientation: 'portrait' | 'landscape' = 'landscape') {
    this.layout = {
      key, name, year, rows: [], formulas: [], numberFormats: [], styles: [], merges: [], columnWidths: [],
      tables: [], conditionalFormats: [], pivots: [], charts: [], links: [], print: { orientation },
    };
  }

  /** Zero-based index of the next row. */
  get nextRow(): number {
    return this.layout.rows.length;
  }

  row(values: LayoutValue[], style?: CellStyle): number {
    const r = this.layout.rows.length;
    this.layout.rows.push(values);
    if (style && values.length) this.style(`${a1(r, 0)}:${a1(r, values.length - 1)}`, style);
    return r;
  }

  blank(): void {
    this.layout.rows.push([]);
  }

  /** A title across `width` columns. */
  title(text: string, width: number, style: CellStyle = 'title'): void {
    const r = this.row([text]);
    this.layout.merges.push(`${a1(r, 0)}:${a1(r, width - 1)}`);
    this.style(a1(r, 0), style);
  }

  formula(row: number, col: number, formula: string, cached: LayoutValue): void {
    const cells = this.layout.rows[row];
    while (cells.length <= col) cells.push(null);
    cells[col] = cached;
    this.layout.formulas.push({ cell: a1(row, col), formula });
  }

  style(range: string, style: CellStyle): void {
    this.layout.styles.push({ range, style });
  }

  format(range: string, format: string): void {
    this.layout.numberFormats.push({ range, format });
  }

  widths(...chars: number[]): void {
    this.layout.columnWidths = chars;
  }

  /** A row's height in points: a header whose words wrap onto `lines` lines shows them all. */
  height(row: number, lines: number): void {
    (this.layout.rowHeights ??= []).push({ row, height: Math.ceil(lines * 15.75) });
  }
}

/**
 * The width (in characters) of a column of names: wide enough for the longest, within bounds, so
 * that a long unit name prints whole instead of being cut at the next cell.
 */
export function nameWidth(names: readonly string[], min: number, max: number): number {
  const longest = names.reduce((n, s) => Math.max(n, s.length), 0);
  return Math.max(min, Math.min(max, Math.ceil(longest * 1.1) + 2));
}

/** `E5:E43` for a column between two zero-based rows. */
export function columnRange(col: number, fromRow: number, toRow: number): string {
  return `${columnLetter(col)}${fromRow + 1}:${columnLetter(col)}${toRow + 1}`;
}

/** Excel's ROUND: half away from zero, as the sheets display percentages. */
export function roundHalfUp(x: number): number {
  // 15 significant digits first, as Excel does, so 14.499999999999998 (0.145 × 100) rounds to 15.
  return Math.sign(x) * Math.round(Number(Math.abs(x).toPrecision(15)));
}

export function percentText(fraction: number | null): string {
  return fraction === null ? '—' : `${roundHalfUp(fraction * 100)}%`;
}
