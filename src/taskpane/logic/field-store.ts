/**
 * Where the report's typed fields are remembered: inside Excel in the workbook's own settings
 * (they travel with the file, as the ThietLap sheet does), in the browser in this computer's
 * local storage. Nothing leaves the computer either way.
 */
import { REPORT_FIELDS, type ReportFields } from './report-fields';

export interface FieldStore {
  load(): Promise<ReportFields>;
  save(fields: ReportFields): Promise<void>;
}

export const FIELDS_KEY = 'dangvien.reportFields';

/** Only the known fields, as strings: what another version or a hand edit left is ignored. */
export function cleanFields(value: unknown): ReportFields {
  const out: ReportFields = {};
  if (!value || typeof value !== 'object') return out;
  for (const f of REPORT_FIELDS) {
    const v = (value as Record<string, unknown>)[f];
    if (typeof v === 'string' && v.trim()) out[f] = v.slice(0, 300);
  }
  return out;
}

/** The browser's local storage (absent or refused in a locked-down webview: nothing is kept). */
export function storageFieldStore(storage: () => Pick<Storage, 'getItem' | 'setItem'> | null): FieldStore {
  return {
    async load() {
      try {
        const raw = storage()?.getItem(FIELDS_KEY);
        return raw ? cleanFields(JSON.parse(raw)) : {};
      } catch {
        return {};
      }
    },
    async save(fields) {
      try {
        storage()?.setItem(FIELDS_KEY, JSON.stringify(fields));
      } catch {
        // No storage: the fields last for this session.
      }
    },
  };
}

/** The part of Office's document settings used here (`Office.context.document.settings`). */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync?(callback?: (result: { status?: string }) => void): void;
}

/**
 * The workbook's settings. Saving is held back while the user types (one save after a pause),
 * because each save writes the document's settings part.
 */
export function settingsFieldStore(settings: () => DocumentSettings | null, delayMs = 800): FieldStore {
  let timer: ReturnType<typeof setTimeout> | null = null;
  return {
    async load() {
      try {
        return cleanFields(settings()?.get(FIELDS_KEY));
      } catch {
        return {};
      }
    },
    save(fields) {
      if (timer) clearTimeout(timer);
      return new Promise<void>((resolve) => {
        timer = setTimeout(() => {
          timer = null;
          try {
            const s = settings();
            if (!s) return resolve();
            s.set(FIELDS_KEY, { ...fields });
            if (s.saveAsync) s.saveAsync(() => resolve());
            else resolve();
          } catch {
            resolve();
          }
        }, delayMs);
      });
    },
  };
}
