/** Output for people: the attainment table (district total first) and the findings grouped by rule. */
import { formatDay } from '../core/dates';
import { findingMessage, groupFindings, type Finding, type Lang, type SeverityCounts } from '../core/findings';
import type { Figures, UnitFigures } from '../core/figures';
import { labels, severityLabel } from '../core/layouts/labels';
import { percentText } from '../core/layouts/sheet-builder';
import { parseIsoDay } from '../core/dates';
import { RULE_TEXTS, ruleTitle } from '../core/rules/registry';

/** Shown per rule before "+N more". */
export const ADDRESSES_PER_RULE = 8;

function pad(s: string, n: number, right = false): string {
  const len = [...s].length;
  if (len > n) return [...s].slice(0, n - 1).join('') + '…';
  return right ? ' '.repeat(n - len) + s : s + ' '.repeat(n - len);
}

const nf = new Intl.NumberFormat('vi-VN');

export function attainmentTable(f: Figures, lang: Lang): string {
  const L = labels(lang);
  const line = (code: string, u: UnitFigures) =>
    [
      pad(code, 10),
      pad(u.name, 40),
      pad(u.target === null ? '—' : nf.format(u.target), 9, true),
      pad(nf.format(u.admitted), 8, true),
      pad(percentText(u.attainment), 7, true),
      '  ' + (u.verdict === 'none' ? '—' : L[u.verdict]),
    ].join(' ');
  const out = [
    `${f.district.name} — ${f.year}, ${lang === 'en' ? 'as of' : 'số liệu đến'} ${formatDay(parseIsoDay(f.asOf)!)}`,
    [pad(L.code, 10), pad(L.tccsName, 40), pad(L.target, 9, true), pad(L.admitted, 8, true), pad(L.attainment, 7, true), '  ' + L.verdict].join(' '),
    line(L.total, f.district),
    ...f.units.map((u) => line(u.code, u)),
    '',
    lang === 'en'
      ? `${f.district.tccs} TCCS (${f.district.dangBoCoSo} grassroots committees, ${f.district.chiBoCoSo} grassroots cells), ${f.district.cellsUnderCommittees} cells under the committees, ${nf.format(f.district.members)} members.`
      : `${f.district.tccs} TCCS (${f.district.dangBoCoSo} đảng bộ cơ sở, ${f.district.chiBoCoSo} chi bộ cơ sở), ${f.district.cellsUnderCommittees} chi bộ trực thuộc đảng bộ cơ sở, ${nf.format(f.district.members)} đảng viên.`,
  ];
  return out.join('\n');
}

export function findingsReport(findings: readonly Finding[], counts: SeverityCounts, lang: Lang): string {
  const L = labels(lang);
  const lines = [`${L.error}: ${counts.error} · ${L.warning}: ${counts.warning} · ${L.info}: ${counts.info}`];
  for (const g of groupFindings(findings, ADDRESSES_PER_RULE)) {
    lines.push(`${g.rule} ${severityLabel(g.severity, lang)} — ${ruleTitle(g.rule, lang)} (${g.count})`);
    for (const f of g.shown) lines.push(`    ${f.sheet}${f.cell ? '!' + f.cell : ''}: ${findingMessage(f, lang, RULE_TEXTS)}`);
    if (g.more) lines.push(`    … +${g.more} ${lang === 'en' ? 'more' : 'phát hiện khác'}`);
  }
  return lines.join('\n');
}
