/** A1 ranges as zero-based bounds, and column letters computed once. */
import { columnLetter, parseA1 } from '../../../core/grid';

export interface Bounds {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

/** `B5:F43` (or a single cell) as bounds; null when it is not a range. */
export function boundsOf(range: string): Bounds | null {
  const [a, b = a] = range.split(':');
  const from = parseA1(a);
  const to = parseA1(b);
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
