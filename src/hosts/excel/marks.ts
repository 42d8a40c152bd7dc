/**
 * Mark findings and Clear marks in Excel: the only two actions (with fixes) that touch the user's
 * data sheets. What to mark is the core's plan (src/core/marks.ts); here each mark becomes a fill
 * and a note (ExcelApi 1.18, where the loaded Office.js has notes) or a comment (1.10). The fill
 * before the mark is recorded in the document's settings so Clear restores exactly it, and
 * removes only fills and notes still as the add-in left them.
 *
 * The records are saved before any cell is touched: when the settings cannot take them, nothing
 * is marked (a mark that Clear could not undo would be a change the user cannot take back).
 */
import type { ShownFinding } from '../../core/findings';
import { MARK_TAG, planMarks } from '../../core/marks';
import { SettingsError, type SettingsStore, refreshSettings, saveSettings } from './office';
import { WriteQueue } from './payload';
import type { ApiLevels } from './requirements';

export const SETTINGS_MARKS = 'dangvien.marks';
/**
 * The records' share of the settings, as JSON characters: 2,000 marks take about 150 KB, far
 * under the size where saving settings starts to fail.
 */
export const MARKS_SETTINGS_BUDGET = 400_000;

export interface MarkRecord {
  sheetId: string;
  cell: string;
  /** The fill before the mark: its color, and its pattern where Excel tells it (1.9). */
  color: string | null;
  pattern: string | null;
  /** The fill the mark set. */
  fill: string;
  note: 'note' | 'comment' | null;
  /** A hash of the note's text: Clear deletes the note only while it is as the add-in wrote it. */
  hash?: string;
}

export interface MarkEnv {
  levels: ApiLevels;
  settings: SettingsStore | null;
  /** Where marks are kept when there are no settings (a session only). */
  memory: { marks: MarkRecord[] };
}

/** FNV-1a, 32 bits, and the length: enough to tell our note from one the user edited. */
export function noteHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${h.toString(16)}.${text.length}`;
}

const NOTE_CODES = [null, 'note', 'comment'] as const;
type Row = [number, string, string | null, string | null, string, number, string?];

/** Records as stored: sheet ids once, then one short array per mark. */
function encode(marks: MarkRecord[]): { v: 2; sheets: string[]; marks: Row[] } {
  const sheets: string[] = [];
  const index = new Map<string, number>();
  const rows = marks.map((m): Row => {
    let i = index.get(m.sheetId);
    if (i === undefined) {
      i = sheets.push(m.sheetId) - 1;
      index.set(m.sheetId, i);
    }
    const row: Row = [i, m.cell, m.color, m.pattern, m.fill, NOTE_CODES.indexOf(m.note)];
    if (m.hash) row.push(m.hash);
    return row;
  });
  return { v: 2, sheets, marks: rows };
}

function decode(v: unknown): MarkRecord[] | null {
  // Records of earlier versions: one object per mark, with the note's whole text.
  if (Array.isArray(v)) {
    return v
      .filter((m) => m && typeof m === 'object' && typeof m.sheetId === 'string' && typeof m.cell === 'string')
      .map((m) => ({
        sheetId: m.sheetId,
        cell: m.cell,
        color: m.color ?? null,
        pattern: m.pattern ?? null,
        fill: String(m.fill ?? ''),
        note: m.note === 'note' || m.note === 'comment' ? m.note : null,
        ...(typeof m.text === 'string' ? { hash: noteHash(m.text) } : {}),
      }));
  }
  if (!v || typeof v !== 'object' || (v as { v?: unknown }).v !== 2) return null;
  const { sheets, marks } = v as { sheets: string[]; marks: Row[] };
  if (!Array.isArray(sheets) || !Array.isArray(marks)) return null;
  return marks.map(([i, cell, color, pattern, fill, note, hash]) => ({
    sheetId: sheets[i],
    cell,
    color,
    pattern,
    fill,
    note: NOTE_CODES[note] ?? null,
    ...(hash ? { hash } : {}),
  }));
}

export function loadMarks(env: MarkEnv): MarkRecord[] {
  return (env.settings && decode(env.settings.get(SETTINGS_MARKS))) ?? env.memory.marks;
}

async function storeMarks(env: MarkEnv, marks: MarkRecord[]): Promise<void> {
  if (env.settings) {
    if (marks.length) {
      const value = encode(marks);
      if (JSON.stringify(value).length > MARKS_SETTINGS_BUDGET) throw new SettingsError('save', `${marks.length} marks`);
      env.settings.set(SETTINGS_MARKS, value);
    } else env.settings.remove(SETTINGS_MARKS);
    await saveSettings(env.settings);
  }
  env.memory.marks = marks;
}

function noteKind(levels: ApiLevels): MarkRecord['note'] {
  return levels.notes ? 'note' : levels.v110 ? 'comment' : null;
}

function quoted(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** `'My sheet'!$C$5` → `MY SHEET!C5` (a key to compare comment locations by). */
function locationKey(address: string): string {
  const at = address.lastIndexOf('!');
  const sheet = address.slice(0, at).replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
  return `${sheet}!${address.slice(at + 1).replace(/\$/g, '')}`.toUpperCase();
}

/** Every comment with its cell, in two steps (ExcelApi 1.10 has no lookup by id: that is 1.14). */
function commentLocations(comments: Excel.CommentCollection): Map<string, Excel.Comment> & { ranges: Excel.Range[] } {
  const out = new Map<string, Excel.Comment>() as Map<string, Excel.Comment> & { ranges: Excel.Range[] };
  out.ranges = comments.items.map((c) => c.getLocation().load('address'));
  return out;
}

function indexComments(comments: Excel.CommentCollection, at: Map<string, Excel.Comment> & { ranges: Excel.Range[] }): void {
  at.ranges.forEach((r, i) => at.set(locationKey(r.address), comments.items[i]));
}

export async function markFindings(ctx: Excel.RequestContext, findings: ShownFinding[], env: MarkEnv): Promise<number> {
  await refreshSettings(env.settings);
  const existing = loadMarks(env);
  const kind = noteKind(env.levels);
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/name,items/id');
  const comments = kind === 'comment' ? ctx.workbook.comments.load('items/id') : null;
  await ctx.sync();

  const byName = new Map(sheets.items.map((ws) => [ws.name, ws]));
  const marked = new Set(existing.map((m) => `${m.sheetId}!${m.cell}`));
  const plan = planMarks(findings, {
    existing: existing.length,
    hasSheet: (name) => byName.has(name),
    isMarked: (name, cell) => marked.has(`${byName.get(name)!.id}!${cell}`),
  });
  if (!plan.targets.length) return 0;

  // What each cell holds now: its fill, and whether it has a note or comment of the user's.
  const list = plan.targets.map((t) => ({ ...t, ws: byName.get(t.sheet)! }));
  const fills = list.map((t) => t.ws.getRange(t.cell).format.fill.load(env.levels.v19 ? 'color,pattern' : 'color'));
  const notes = kind === 'note' ? list.map((t) => t.ws.notes.getItemOrNullObject(t.cell).load('content')) : null;
  const commented = comments ? commentLocations(comments) : null;
  await ctx.sync();
  if (comments && commented) indexComments(comments, commented);

  const records: MarkRecord[] = list.map((t, i) => {
    const record: MarkRecord = {
      sheetId: t.ws.id,
      cell: t.cell,
      color: fills[i].color ?? null,
      pattern: env.levels.v19 ? (fills[i].pattern ?? null) : null,
      fill: t.fill,
      note: null,
    };
    const free = notes ? notes[i].isNullObject : commented ? !commented.has(`${t.sheet}!${t.cell}`.toUpperCase()) : false;
    if (free) {
      record.note = kind;
      record.hash = noteHash(t.note);
    }
    return record;
  });
  // First the records, then the cells: a mark is never written that Clear could not undo.
  await storeMarks(env, [...existing, ...records]);

  const q = new WriteQueue(ctx, env.levels);
  for (let i = 0; i < list.length; i++) {
    const t = list[i];
    await q.reserve(128 + t.note.length * 2);
    t.ws.getRange(t.cell).format.fill.color = t.fill;
    if (records[i].note === 'note') t.ws.notes.add(t.cell, t.note);
    else if (records[i].note === 'comment') ctx.workbook.comments.add(`${quoted(t.sheet)}!${t.cell}`, t.note);
  }
  await q.flush();
  return records.length;
}

export async function clearMarks(ctx: Excel.RequestContext, env: MarkEnv): Promise<number> {
  await refreshSettings(env.settings);
  const marks = loadMarks(env);
  if (!marks.length) return 0;
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/id,items/name');
  const comments = env.levels.v110 && marks.some((m) => m.note === 'comment') ? ctx.workbook.comments.load('items/id,items/content') : null;
  await ctx.sync();
  const live = new Map(sheets.items.map((ws) => [ws.id, ws]));
  const present = marks.filter((m) => live.has(m.sheetId));
  const fills = present.map((m) => live.get(m.sheetId)!.getRange(m.cell).format.fill.load('color'));
  const notes = present.map((m) =>
    m.note === 'note' && env.levels.notes ? live.get(m.sheetId)!.notes.getItemOrNullObject(m.cell).load('content') : null,
  );
  const commentAt = comments ? commentLocations(comments) : null;
  await ctx.sync();
  if (comments && commentAt) indexComments(comments, commentAt);

  const q = new WriteQueue(ctx, env.levels);
  let cleared = 0;
  for (let i = 0; i < present.length; i++) {
    const m = present[i];
    const ws = live.get(m.sheetId)!;
    const range = ws.getRange(m.cell);
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
    const note = notes[i] ?? (m.note === 'comment' ? commentAt?.get(`${ws.name}!${m.cell}`.toUpperCase()) : undefined);
    if (note && !note.isNullObject && note.content.startsWith(MARK_TAG) && noteHash(note.content) === m.hash) note.delete();
    cleared++;
  }
  await q.flush();
  await storeMarks(env, []);
  return cleared;
}
