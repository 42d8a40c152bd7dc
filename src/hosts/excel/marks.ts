/**
 * Mark findings and Clear marks: the only two actions (with fixes) that touch the user's data
 * sheets. A mark is a fill by severity and a note (ExcelApi 1.18) or comment (1.10) listing the
 * findings; the previous fill is recorded in the document's settings so Clear restores exactly
 * it, and removes only marks and notes still as the add-in left them.
 */
import { type ShownFinding, type Severity } from '../../core/findings';
import { parseA1, a1 } from '../../core/grid';
import { type SettingsStore, saveSettings } from './office';
import { WriteQueue } from './payload';
import type { ApiLevels } from './requirements';

export const SETTINGS_MARKS = 'dangvien.marks';
/** More marks than this would bury the sheet; the task pane lists every finding anyway. */
export const MARK_LIMIT = 2_000;
export const MARK_FILLS: Record<Severity, string> = { error: '#FFC7CE', warning: '#FFEB9C', info: '#DDEBF7' };
const NOTE_LINES = 5;

export interface MarkRecord {
  sheetId: string;
  sheet: string;
  cell: string;
  /** The fill before the mark: its color, and its pattern where Excel tells it (1.9). */
  color: string | null;
  pattern: string | null;
  /** The fill the mark set. */
  fill: string;
  note: 'note' | 'comment' | null;
  commentId?: string;
  text?: string;
}

export interface MarkEnv {
  levels: ApiLevels;
  settings: SettingsStore | null;
  /** Where marks are kept when there are no settings (a session only). */
  memory: { marks: MarkRecord[] };
}

export function loadMarks(env: MarkEnv): MarkRecord[] {
  const v = env.settings?.get(SETTINGS_MARKS);
  return Array.isArray(v) ? (v as MarkRecord[]) : env.memory.marks;
}

async function storeMarks(env: MarkEnv, marks: MarkRecord[]): Promise<void> {
  env.memory.marks = marks;
  if (!env.settings) return;
  if (marks.length) env.settings.set(SETTINGS_MARKS, marks);
  else env.settings.remove(SETTINGS_MARKS);
  await saveSettings(env.settings);
}

/** `$C$5` → `C5`; null for anything but one cell. */
function oneCell(address: string): string | null {
  const p = parseA1(address.split('!').pop() ?? '');
  return p ? a1(p.row, p.col) : null;
}

function noteKind(levels: ApiLevels): MarkRecord['note'] {
  return levels.v118 ? 'note' : levels.v110 ? 'comment' : null;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

interface Target {
  sheet: Excel.Worksheet;
  sheetName: string;
  cell: string;
  severity: Severity;
  lines: string[];
}

export async function markFindings(ctx: Excel.RequestContext, findings: ShownFinding[], env: MarkEnv): Promise<number> {
  const existing = loadMarks(env);
  const kind = noteKind(env.levels);
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/name,items/id');
  const comments = kind === 'comment' ? ctx.workbook.comments.load('items/id') : null;
  await ctx.sync();

  const byName = new Map(sheets.items.map((ws) => [ws.name, ws]));
  const marked = new Set(existing.map((m) => `${m.sheetId}!${m.cell}`));
  const targets = new Map<string, Target>();
  for (const f of findings) {
    const ws = byName.get(f.sheet);
    const cell = f.cell ? oneCell(f.cell) : null;
    if (!ws || !cell) continue;
    const key = `${ws.id}!${cell}`;
    if (marked.has(key)) continue;
    let t = targets.get(key);
    if (!t) {
      if (existing.length + targets.size >= MARK_LIMIT) continue;
      t = { sheet: ws, sheetName: ws.name, cell, severity: f.severity, lines: [] };
      targets.set(key, t);
    }
    if (RANK[f.severity] < RANK[t.severity]) t.severity = f.severity;
    t.lines.push(`${f.rule}: ${f.message}`);
  }
  if (!targets.size) return 0;

  // What each cell holds now: its fill, and whether it has a note or comment of the user's.
  const list = [...targets.values()];
  const fills = list.map((t) => t.sheet.getRange(t.cell).format.fill.load(env.levels.v19 ? 'color,pattern' : 'color'));
  const notes = kind === 'note' ? list.map((t) => t.sheet.notes.getItemOrNullObject(t.cell).load('content')) : null;
  const locations = comments ? comments.items.map((c) => c.getLocation().load('address')) : null;
  await ctx.sync();
  const commented = new Set((locations ?? []).map((r) => r.address.toUpperCase().replace(/\$/g, '')));

  const q = new WriteQueue(ctx, env.levels);
  const added: (Excel.Comment | null)[] = [];
  const records: MarkRecord[] = [];
  for (let i = 0; i < list.length; i++) {
    const t = list[i];
    const fill = MARK_FILLS[t.severity];
    const text = ['[dangvien]', ...t.lines.slice(0, NOTE_LINES), ...(t.lines.length > NOTE_LINES ? [`+${t.lines.length - NOTE_LINES}`] : [])].join('\n');
    await q.reserve(128 + text.length * 2);
    t.sheet.getRange(t.cell).format.fill.color = fill;
    const record: MarkRecord = {
      sheetId: t.sheet.id,
      sheet: t.sheetName,
      cell: t.cell,
      color: fills[i].color ?? null,
      pattern: env.levels.v19 ? (fills[i].pattern ?? null) : null,
      fill,
      note: null,
    };
    let comment: Excel.Comment | null = null;
    if (notes && notes[i].isNullObject) {
      t.sheet.notes.add(t.cell, text);
      record.note = 'note';
      record.text = text;
    } else if (comments && !commented.has(`'${t.sheetName.replace(/'/g, "''")}'!${t.cell}`.toUpperCase()) && !commented.has(`${t.sheetName}!${t.cell}`.toUpperCase())) {
      comment = ctx.workbook.comments.add(`'${t.sheetName.replace(/'/g, "''")}'!${t.cell}`, text);
      comment.load('id');
      record.note = 'comment';
      record.text = text;
    }
    added.push(comment);
    records.push(record);
  }
  await q.flush();
  records.forEach((r, i) => {
    const c = added[i];
    if (c) r.commentId = c.id;
  });
  await storeMarks(env, [...existing, ...records]);
  return records.length;
}

export async function clearMarks(ctx: Excel.RequestContext, env: MarkEnv): Promise<number> {
  const marks = loadMarks(env);
  if (!marks.length) return 0;
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/id');
  await ctx.sync();
  const live = new Map(sheets.items.map((ws) => [ws.id, ws]));
  const present = marks.filter((m) => live.has(m.sheetId));
  const fills = present.map((m) => live.get(m.sheetId)!.getRange(m.cell).format.fill.load('color'));
  const notes = present.map((m) =>
    m.note === 'note' && env.levels.v118
      ? live.get(m.sheetId)!.notes.getItemOrNullObject(m.cell).load('content')
      : m.note === 'comment' && m.commentId && env.levels.v110
        ? ctx.workbook.comments.getItemOrNullObject(m.commentId).load('content')
        : null,
  );
  await ctx.sync();

  const q = new WriteQueue(ctx, env.levels);
  let cleared = 0;
  for (let i = 0; i < present.length; i++) {
    const m = present[i];
    const range = live.get(m.sheetId)!.getRange(m.cell);
    await q.reserve(128);
    // A fill the user changed since is theirs now: left as it is.
    if ((fills[i].color ?? '').toUpperCase() === m.fill.toUpperCase()) {
      const f = range.format.fill;
      if (m.pattern === 'None' || m.color === null || (m.pattern === null && m.color.toUpperCase() === '#FFFFFF')) f.clear();
      else {
        f.color = m.color;
        if (env.levels.v19 && m.pattern && m.pattern !== 'Solid') f.pattern = m.pattern as Excel.RangeFill['pattern'];
      }
    }
    const n = notes[i];
    if (n && !n.isNullObject && n.content === m.text) n.delete();
    cleared++;
  }
  await q.flush();
  await storeMarks(env, []);
  return cleared;
}
