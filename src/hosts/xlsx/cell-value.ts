/** ExcelJS cell values → the core's plain values: rich text to text, formulas to their result, errors to their code. */
import type { CellValue } from '../../core/grid';

export function plainValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.error === 'string') return o.error;
    if (Array.isArray(o.richText)) return (o.richText as { text?: string }[]).map((t) => t.text ?? '').join('');
    if ('formula' in o || 'sharedFormula' in o) return plainValue(o.result);
    if ('text' in o) return plainValue(o.text);
  }
  return String(v);
}
