/**
 * Strings go into cells as text, never as typed input: Excel would turn `=…`, `+…`, `-…`, `@…`
 * into formulas, `0123` into 123, `1/2` into a date, `TRUE` into a boolean and `#N/A` into an
 * error. A leading apostrophe keeps the string as it is (Excel stores it as a quote prefix and
 * does not show it), in a General cell and in a text-formatted (`@`) one alike: Excel takes the
 * first apostrophe of what is entered as the prefix whatever the format, so a string that itself
 * starts with `'` needs one more. Strings that cannot be misread are written bare.
 */
import type { LayoutValue } from '../../core/layouts/types';

/** Cells hold at most 32,767 characters. */
export const MAX_CELL_TEXT = 32_767;

/** `=`, `+`, `@` alone too (Excel refuses them as formulas); a lone `-` is text to Excel already. */
const RISKY_START = /^([=+@]|-.|['\s])/;
const NUMBER_OR_DATE = /^[\s([]*[-+]?[$€£¥₫]?\s*[\d.,]/;
const BOOLEAN_OR_ERROR = /^(true|false|#[a-z/0!?_]+[!?]?|#n\/a)$/i;
/** `Jan 2017`, `March-5`, `5 Jan`: English month names that Excel reads as dates. */
const MONTH = /(^|[\s\-/.])(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?($|[\s\-/.,]\d)/i;
const TIME = /^\d{1,2}:\d{2}/;

export function needsQuote(s: string): boolean {
  return RISKY_START.test(s) || NUMBER_OR_DATE.test(s) || BOOLEAN_OR_ERROR.test(s.trim()) || TIME.test(s) || (MONTH.test(s) && /\d/.test(s));
}

/** A string as it must be written through `range.values` to stay that very text. */
export function asText(s: string): string {
  const t = s.length > MAX_CELL_TEXT ? s.slice(0, MAX_CELL_TEXT - 1) : s;
  return t === '' ? '' : needsQuote(t) ? "'" + t : t;
}

/** A layout value as written: strings as text, numbers and booleans as they are, null left alone. */
export function cellInput(v: LayoutValue | undefined): string | number | boolean | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return asText(v);
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  return v;
}
