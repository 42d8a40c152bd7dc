/**
 * The officer's views as the pane shows them: the list of corrections to send to each chi bộ
 * (as plain text, saved on this computer or copied), and the rows of the attainment chart.
 */
import { findingMessage, type Lang } from '../../core/findings';
import type { Figures } from '../../core/figures';
import type { CellFindings } from '../../core/officer';
import { t } from '../i18n';
import { formatIsoDate, formatNumber, percentText } from './format';
import type { PaneResult } from './result';

/**
 * The corrections for the chosen chi bộ (all when none is chosen), one block per chi bộ: where,
 * who and what, in the pane's language. It names members: it is the officer's own file.
 */
export function cellListText(r: PaneResult, lang: Lang, today: string, code = '', fileName: string | null = null): string {
  const groups = (r.officer?.byCell ?? []).filter((g) => (code ? g.code === code : true));
  const tccsName = new Map(r.tccs.map((u) => [u.code, u.name]));
  const lines = [t(lang, 'cellListHeading', { date: formatIsoDate(today), file: fileName ?? '—' }), ''];
  for (const g of groups) {
    lines.push(groupTitle(g, lang, tccsName.get(g.tccs)));
    g.findings.forEach((i, n) => {
      const f = r.findings[i];
      const where = `${f.sheet}${f.cell ? '!' + f.cell : ''}`;
      lines.push(`  ${n + 1}. ${where} — ${findingMessage(f, lang, r.ruleTexts, true)}${f.suggestion !== undefined ? ` ${t(lang, 'cellListFix', { fix: f.suggestion })}` : ''}`);
    });
    lines.push('');
  }
  // Windows Notepad on old PCs reads CRLF best.
  return lines.join('\r\n');
}

export function groupTitle(g: CellFindings, lang: Lang, tccs?: string): string {
  const n = formatNumber(g.findings.length, lang);
  if (!g.code) return t(lang, 'cellListOther', { n });
  return t(lang, 'cellListGroup', { name: g.name || g.code, code: g.code, tccs: tccs && g.tccs !== g.code ? ` · ${tccs}` : '', n });
}

/** `DanhSachSua-2017.txt`, or `DanhSachSua-2017-CB01.txt` for one chi bộ. */
export function cellListFileName(year: number | null, code = ''): string {
  const safe = code.replace(/[^\p{L}\p{N}_-]+/gu, '_');
  return `DanhSachSua-${year ?? 'dangvien'}${safe ? '-' + safe : ''}.txt`;
}

export interface ChartRow {
  code: string;
  name: string;
  /** Attainment, null without a target above 0. */
  value: number | null;
  label: string;
  met: boolean;
}

/** The TCCS with a target, highest attainment first (as the sheet's chart shows them). */
export function chartRows(f: Figures, lang: Lang): ChartRow[] {
  return f.units
    .filter((u) => u.attainment !== null)
    .map((u) => ({ code: u.code, name: u.name || u.code, value: u.attainment, label: percentText(u.attainment), met: u.verdict === 'met' }))
    .sort((a, b) => b.value! - a.value! || a.name.localeCompare(b.name, lang));
}
