/**
 * The add-in's own sheets: each carries a marker (a worksheet custom property, ExcelApi 1.12;
 * else an entry by sheet id in the document's settings), so that a second run replaces exactly
 * its own sheets of that year and never a sheet the user made, whatever its name.
 */
import type { SettingsStore } from './office';

export const MARKER_KEY = 'dangvien';
export const SETTINGS_SHEETS = 'dangvien.sheets';

export interface OwnMarker {
  /** The layout key (`admissions`, …) or `lists` for the template's hidden lists. */
  key: string;
  year: number;
}

export function markerValue(m: OwnMarker): string {
  return JSON.stringify({ v: 1, key: m.key, year: m.year });
}

export function parseMarker(value: unknown): OwnMarker | null {
  if (typeof value !== 'string') return null;
  try {
    const o = JSON.parse(value) as Partial<OwnMarker> & { v?: number };
    return o && typeof o.key === 'string' && typeof o.year === 'number' ? { key: o.key, year: o.year } : null;
  } catch {
    return null;
  }
}

/** Markers kept in the settings, by sheet id (for Excel without worksheet custom properties). */
export function settingsMarkers(settings: SettingsStore | null): Record<string, OwnMarker> {
  const v = settings?.get(SETTINGS_SHEETS);
  return v && typeof v === 'object' ? (v as Record<string, OwnMarker>) : {};
}

const INVALID = /[\\/?*:[\]]/g;

/** A name Excel accepts: at most 31 characters, none of `\ / ? * : [ ]`, no apostrophe at either end. */
export function validSheetName(name: string): string {
  let n = name.normalize('NFC').replace(INVALID, '-').replace(/^'+|'+$/g, '').trim();
  if (n.length > 31) n = n.slice(0, 31).trim();
  return n || 'Sheet';
}

/** Excel compares sheet names without case. */
export function nameKey(name: string): string {
  return name.normalize('NFC').toUpperCase();
}

/** `name`, or `name (2)`, `name (3)` … cut to fit 31 characters, whichever is free. */
export function uniqueSheetName(name: string, taken: Set<string>): string {
  const base = validSheetName(name);
  if (!taken.has(nameKey(base))) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = base.slice(0, 31 - suffix.length).trim() + suffix;
    if (!taken.has(nameKey(candidate))) return candidate;
  }
}

/** A table name, free in the workbook (tables and defined names share one namespace). */
export function uniqueTableName(name: string, taken: Set<string>): string {
  const base = name.replace(/[^A-Za-z0-9_.]/g, '_').replace(/^[^A-Za-z_]/, '_');
  if (!taken.has(base.toUpperCase())) return base;
  for (let i = 2; ; i++) {
    const candidate = `${base}_${i}`;
    if (!taken.has(candidate.toUpperCase())) return candidate;
  }
}
