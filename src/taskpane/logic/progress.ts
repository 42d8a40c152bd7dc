/** The words of a progress bar: "Đang đọc 12.000 / 30.000 dòng…". */
import type { Lang } from '../../core/findings';
import type { Progress } from '../../hosts/workbook';
import { t, type MessageKey } from '../i18n';
import { formatNumber } from './format';

const STEP_KEYS: Record<string, MessageKey> = {
  open: 'progressOpen',
  load: 'progressLoad',
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

/** The stage a step belongs to, said first while a file opens ("Mở tệp · Đang đọc …"). */
const STAGE_KEYS: Record<string, MessageKey> = { open: 'stageOpen', sample: 'stageOpen' };

export function progressText(p: Progress, lang: Lang, action?: string): string {
  const done = formatNumber(p.done, lang);
  const total = formatNumber(p.total, lang);
  let text: string;
  if (p.step === 'read' && p.sheet) text = t(lang, p.total > 0 ? 'progressReadSheet' : 'progressReadSheetNoTotal', { done, total, sheet: p.sheet });
  else if (p.step === 'read') text = t(lang, p.total > 0 ? 'progressRead' : 'progressReadNoTotal', { done, total });
  else text = t(lang, STEP_KEYS[p.step] ?? 'progressWorking', { done, total, sheet: p.sheet ?? '' });
  const stage = action ? STAGE_KEYS[action] : undefined;
  return stage && p.step !== 'open' ? `${t(lang, stage)} · ${text}` : text;
}

/** 0–1 for a determinate bar, or undefined for an indeterminate one (total unknown). */
export function progressValue(p: Progress): number | undefined {
  if (!(p.total > 0)) return undefined;
  return Math.max(0, Math.min(1, p.done / p.total));
}
