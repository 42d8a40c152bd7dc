/** The words of a progress bar: "Đang đọc 12.000 / 30.000 dòng…". */
import type { Lang } from '../../core/findings';
import type { Progress } from '../../hosts/workbook';
import { t, type MessageKey } from '../i18n';
import { formatNumber } from './format';

const STEP_KEYS: Record<string, MessageKey> = {
  open: 'progressOpen',
  load: 'progressOpen',
  analyze: 'progressAnalyze',
  insert: 'progressInsert',
  forms: 'progressInsert',
  export: 'progressExport',
  mark: 'progressMark',
  clear: 'progressClear',
  template: 'progressTemplate',
  fix: 'progressFix',
  save: 'progressSave',
  pdf: 'progressPdf',
  readFile: 'progressReadFile',
};

export function progressText(p: Progress, lang: Lang): string {
  const done = formatNumber(p.done, lang);
  const total = formatNumber(p.total, lang);
  if (p.step === 'read') return t(lang, p.total > 0 ? 'progressRead' : 'progressReadNoTotal', { done, total });
  const key = STEP_KEYS[p.step] ?? 'progressWorking';
  return t(lang, key, { done, total, sheet: p.sheet ?? '' });
}

/** 0–1 for a determinate bar, or undefined for an indeterminate one (total unknown). */
export function progressValue(p: Progress): number | undefined {
  if (!(p.total > 0)) return undefined;
  return Math.max(0, Math.min(1, p.done / p.total));
}
