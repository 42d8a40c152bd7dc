/**
 * Every failure becomes one clear sentence for staff, never a raw exception or a blank pane.
 * Errors cross from the Web Workers as plain objects ({name, message, code}), so they are
 * recognised by name and code rather than by class.
 */
import type { Lang } from '../../core/findings';
import { t, type MessageKey } from '../i18n';

export type FailureKind =
  | 'cancelled'
  | 'noStandardSheets'
  | 'noFigures'
  | 'needFile'
  | 'notXlsx'
  | 'unreadable'
  | 'tooLarge'
  | 'requirements'
  | 'editMode'
  | 'protectedSheet'
  | 'busy'
  | 'notFound'
  | 'unexpected';

/** An error the pane itself raises, with the kind that picks its message. */
export class PaneError extends Error {
  constructor(
    readonly kind: FailureKind,
    detail = '',
  ) {
    super(detail || kind);
    this.name = 'PaneError';
  }
}

export interface Failure {
  kind: FailureKind;
  /** The sentence to show. */
  text: string;
  intent: 'error' | 'warning' | 'info';
  /** The program's own words, for whoever supports the add-in (shown folded). */
  technical?: string;
}

interface ErrorLike {
  name?: string;
  message?: string;
  code?: string;
  kind?: string;
}

/** `tiếng Việt / English` reasons (the file checks' style) → the half in the pane's language. */
export function pickLanguage(text: string, lang: Lang): string {
  const parts = text.split(' / ');
  if (parts.length === 2) return (lang === 'en' ? parts[1] : parts[0]).trim();
  return text;
}

const CODE_KINDS: [RegExp, FailureKind][] = [
  [/PayloadSizeLimit|PayloadTooLarge|TooLarge|RangeExceedsLimit/i, 'tooLarge'],
  [/CellEditMode/i, 'editMode'],
  [/AccessDenied|Protected/i, 'protectedSheet'],
  [/ApiNotFound|RequirementSet|ExcelTooOld/i, 'requirements'],
  [/ActivityLimitReached|Busy|ServiceNotAvailable|Unavailable/i, 'busy'],
  [/ItemNotFound/i, 'notFound'],
];

export function classify(error: unknown): FailureKind {
  const e = (error ?? {}) as ErrorLike;
  if (e.name === 'AbortError') return 'cancelled';
  if (e.name === 'PaneError' && e.kind) return e.kind as FailureKind;
  if (e.name === 'UnreadableFileError') return 'unreadable';
  const code = typeof e.code === 'string' ? e.code : '';
  for (const [re, kind] of CODE_KINDS) if (re.test(code) || re.test(e.name ?? '')) return kind;
  if (/sheet .* not found/i.test(e.message ?? '')) return 'notFound';
  return 'unexpected';
}

const KEYS: Record<FailureKind, MessageKey> = {
  cancelled: 'cancelled',
  noStandardSheets: 'noStandardSheets',
  noFigures: 'noFigures',
  needFile: 'needFile',
  notXlsx: 'notXlsx',
  unreadable: 'unreadable',
  tooLarge: 'tooLarge',
  requirements: 'requirements',
  editMode: 'editMode',
  protectedSheet: 'protectedSheet',
  busy: 'busy',
  notFound: 'notFound',
  unexpected: 'unexpected',
};

/** A reason that already tells the user what to do (the file checks' reasons mostly do). */
const SAYS_WHAT_TO_DO = /\b(hãy|mở|lưu|chọn|bấm|save|open|choose|press|type)\b/i;

export function failureOf(error: unknown, lang: Lang): Failure {
  const kind = classify(error);
  const e = (error ?? {}) as ErrorLike;
  const raw = typeof e.message === 'string' ? e.message : String(error);
  const detail = pickLanguage(raw, lang).slice(0, 300);
  const intent = kind === 'cancelled' ? 'info' : kind === 'noFigures' || kind === 'noStandardSheets' ? 'warning' : 'error';
  // What a program says ("Cannot set properties of undefined", an Office error code) helps the
  // person who supports the add-in, not the officer: it goes under "technical details".
  const technical = (e.code ? `${e.code}: ` : '') + raw.slice(0, 300);
  if (kind === 'unexpected' || kind === 'notFound') return { kind, intent, text: t(lang, KEYS[kind]), technical };
  if (kind === 'unreadable') {
    if (/zip bomb|nén bất thường/i.test(raw)) return { kind, intent, text: t(lang, 'unreadableCompressed'), technical };
    // The reason is a phrase from the file checks: it ends as a sentence before the next step.
    const text = t(lang, 'unreadable', { detail: /[.!?…]$/.test(detail) ? detail : `${detail}.` });
    return { kind, intent, text: SAYS_WHAT_TO_DO.test(detail) ? text : `${text} ${t(lang, 'unreadableNext')}` };
  }
  return { kind, intent, text: t(lang, KEYS[kind], { detail }) };
}

/** The plain form of an error, for postMessage. */
export function serializeError(error: unknown): ErrorLike {
  const e = (error ?? {}) as ErrorLike;
  return { name: e.name ?? 'Error', message: e.message ?? String(error), code: e.code, kind: e.kind };
}

export function abortError(): Error {
  const e = new Error('Aborted');
  e.name = 'AbortError';
  return e;
}
