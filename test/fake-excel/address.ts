/** A1 addresses as Excel reads them: `C5`, `$A$1:$B$2`, whole columns `A:C`, whole rows `3:5`, `'Sheet'!A1`. */

import { columnLetter } from '../../src/core/grid';

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export interface Bounds {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Column letters: the core's own conversion. */
export const colLetters = columnLetter;

/** Splits `'My sheet'!A1:B2` into the sheet name (quotes undone) and the cell part. */
export function splitSheet(address: string): { sheet?: string; cells: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { cells: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, cells: address.slice(bang + 1) };
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COL = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

/** Bounds of a cell part, or null when it is not a valid address on a sheet. */
export function parseBounds(cells: string): Bounds | null {
  const [a, b = a, extra] = cells.trim().split(':');
  if (extra !== undefined || !a) return null;
  let m1 = CELL.exec(a);
  let m2 = CELL.exec(b);
  let out: Bounds | null = null;
  if (m1 && m2) {
    out = { r0: Number(m1[2]) - 1, c0: colIndex(m1[1]), r1: Number(m2[2]) - 1, c1: colIndex(m2[1]) };
  } else if ((m1 = COL.exec(a)) && (m2 = COL.exec(b))) {
    out = { r0: 0, c0: colIndex(m1[1]), r1: MAX_ROWS - 1, c1: colIndex(m2[1]) };
  } else if ((m1 = ROW.exec(a)) && (m2 = ROW.exec(b))) {
    out = { r0: Number(m1[1]) - 1, c0: 0, r1: Number(m2[1]) - 1, c1: MAX_COLS - 1 };
  }
  if (!out) return null;
  const n = { r0: Math.min(out.r0, out.r1), r1: Math.max(out.r0, out.r1), c0: Math.min(out.c0, out.c1), c1: Math.max(out.c0, out.c1) };
  if (n.r0 < 0 || n.c0 < 0 || n.r1 >= MAX_ROWS || n.c1 >= MAX_COLS) return null;
  return n;
}

export function boundsAddress(b: Bounds): string {
  const first = colLetters(b.c0) + (b.r0 + 1);
  if (b.r0 === b.r1 && b.c0 === b.c1) return first;
  return `${first}:${colLetters(b.c1)}${b.r1 + 1}`;
}

/** Excel quotes a sheet name in an address unless it is plain letters, digits and `_`. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function rowCount(b: Bounds): number {
  return b.r1 - b.r0 + 1;
}

export function colCount(b: Bounds): number {
  return b.c1 - b.c0 + 1;
}

export function contains(outer: Bounds, inner: Bounds): boolean {
  return inner.r0 >= outer.r0 && inner.r1 <= outer.r1 && inner.c0 >= outer.c0 && inner.c1 <= outer.c1;
}

export function overlaps(a: Bounds, b: Bounds): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}
