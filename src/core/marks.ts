/**
 * Mark findings, as data: which cells get a mark, the fill of each (by the worst severity on the
 * cell), the note it carries, and the cap. Both hosts (Excel through its JavaScript API, the browser's
 * .xlsx) only write what this plans and undo what they wrote.
 */
import { type ShownFinding, type Severity } from './findings';
import { a1, parseA1 } from './grid';

/** More marks than this would bury the sheet; the task pane lists every finding anyway. */
export const MARK_LIMIT = 2_000;
/** Light fills, so the text stays readable (`#RRGGBB`). */
export const MARK_FILLS: Record<Severity, string> = { error: '#FFC7CE', warning: '#FFEB9C', info: '#DDEBF7' };
/** The first line of every note the add-in writes: how a later Clear marks knows its own. */
export const MARK_TAG = '[dangvien]';
/** Findings listed in one note; the rest are counted (`+3`). */
export const NOTE_LINES = 5;

export interface MarkTarget {
  sheet: string;
  /** `C5`: one cell, no sheet, no `$`. */
  cell: string;
  severity: Severity;
  fill: string;
  note: string;
}

export interface MarkPlan {
  targets: MarkTarget[];
  /** Cells left unmarked because the cap was reached. */
  overLimit: number;
  /** Cells left as they are because an earlier mark is still on them. */
  alreadyMarked: number;
}

export interface MarkOptions {
  /** Whether the cell already carries a mark of the add-in's (its earlier fill is what Clear restores). */
  isMarked?: (sheet: string, cell: string) => boolean;
  /** Marks already on the workbook: they count towards the cap. */
  existing?: number;
  /** Whether the sheet is there to be marked. */
  hasSheet?: (sheet: string) => boolean;
  limit?: number;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** `$C$5`, `Sheet!C5` → `C5`; null for anything but one cell. */
export function markCell(address: string): string | null {
  const p = parseA1(address.split('!').pop() ?? '');
  return p ? a1(p.row, p.col) : null;
}

export function noteText(lines: string[]): string {
  const shown = lines.slice(0, NOTE_LINES);
  if (lines.length > NOTE_LINES) shown.push(`+${lines.length - NOTE_LINES}`);
  return [MARK_TAG, ...shown].join('\n');
}

/** Findings → the cells to mark, in the order of the findings, each once. */
export function planMarks(findings: readonly ShownFinding[], options: MarkOptions = {}): MarkPlan {
  const limit = options.limit ?? MARK_LIMIT;
  const room = Math.max(0, limit - (options.existing ?? 0));
  const cells = new Map<string, { sheet: string; cell: string; severity: Severity; lines: string[] }>();
  const over = new Set<string>();
  const already = new Set<string>();
  for (const f of findings) {
    const cell = f.cell ? markCell(f.cell) : null;
    if (!cell || (options.hasSheet && !options.hasSheet(f.sheet))) continue;
    const key = `${f.sheet}!${cell}`;
    if (options.isMarked?.(f.sheet, cell)) {
      already.add(key);
      continue;
    }
    let t = cells.get(key);
    if (!t) {
      if (cells.size >= room) {
        over.add(key);
        continue;
      }
      t = { sheet: f.sheet, cell, severity: f.severity, lines: [] };
      cells.set(key, t);
    }
    if (RANK[f.severity] < RANK[t.severity]) t.severity = f.severity;
    t.lines.push(`${f.rule}: ${f.message}`);
  }
  return {
    targets: [...cells.values()].map((t) => ({ sheet: t.sheet, cell: t.cell, severity: t.severity, fill: MARK_FILLS[t.severity], note: noteText(t.lines) })),
    overLimit: over.size,
    alreadyMarked: already.size,
  };
}
