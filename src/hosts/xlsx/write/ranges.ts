/** A1 ranges as zero-based bounds, and column letters computed once. */
import { columnLetter } from '../../../core/grid';

export interface Bounds {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

/** Zero-based row and column of `C8` or `$C$8` from `from` to `to` in `s`, or null. */
function cellAt(s: string, from: number, to: number): { row: number; col: number } | null {
  let i = from;
  if (s.charCodeAt(i) === 36) i++; // $
  let col = 0;
  const colStart = i;
  for (; i < to; i++) {
    const c = s.charCodeAt(i) | 0x20; // lower case
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  if (i === colStart || i - colStart > 3) return null;
  if (s.charCodeAt(i) === 36) i++;
  let row = 0;
  const rowStart = i;
  for (; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return null;
    row = row * 10 + (c - 48);
  }
  if (i === rowStart || i - rowStart > 7 || row === 0) return null;
  return { row: row - 1, col: col - 1 };
}

/**
 * `B5:F43` (or a single cell) as bounds; null when it is not a range. Parsed by hand: a party
 * document's layout names tens of thousands of ranges.
 */
export function boundsOf(range: string): Bounds | null {
  const s = range.trim();
  const colon = s.indexOf(':');
  const from = cellAt(s, 0, colon < 0 ? s.length : colon);
  const to = colon < 0 ? from : cellAt(s, colon + 1, s.length);
  if (!from || !to) return null;
  return { r0: Math.min(from.row, to.row), c0: Math.min(from.col, to.col), r1: Math.max(from.row, to.row), c1: Math.max(from.col, to.col) };
}

const letters: string[] = [];

/** Column letters of a zero-based column, cached: a large sheet asks for them millions of times. */
export function colLetters(col: number): string {
  return (letters[col] ??= columnLetter(col));
}

export function cellRef(row: number, col: number): string {
  return colLetters(col) + (row + 1);
}

export function rangeRef(b: Bounds): string {
  const from = cellRef(b.r0, b.c0);
  const to = cellRef(b.r1, b.c1);
  return from === to ? from : `${from}:${to}`;
}
