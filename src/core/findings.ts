/** Findings: what the rules report, and how they are grouped and counted for display. */

export type Severity = 'error' | 'warning' | 'info';
export type Lang = 'vi' | 'en';
export type Text = { vi: string; en: string };

export const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

export interface Finding {
  rule: string;
  severity: Severity;
  sheet: string;
  /** A1 address on the sheet as the user sees it; empty when the sheet itself is missing. */
  cell: string;
  message: string;
  /** The corrected value, where one exists. */
  suggestion?: string;
  /** The suggestion carries a person's data: left out of any file that is sent on. */
  personal?: boolean;
  /** The workbook's file name, when several are read together. */
  file?: string;
}

export type SeverityCounts = Record<Severity, number>;

export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

export interface FindingGroup {
  rule: string;
  severity: Severity;
  count: number;
  /** The first `cap` findings of the group. */
  shown: Finding[];
  /** How many more there are ("+N more"); never changes `count`. */
  more: number;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Groups by rule (errors first, then by rule id), keeping every count whatever the cap. */
export function groupFindings(findings: readonly Finding[], cap = Infinity): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const f of findings) {
    const key = f.rule + '|' + f.severity;
    let g = groups.get(key);
    if (!g) {
      g = { rule: f.rule, severity: f.severity, count: 0, shown: [], more: 0 };
      groups.set(key, g);
    }
    g.count++;
    if (g.shown.length < cap) g.shown.push(f);
    else g.more++;
  }
  return [...groups.values()].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.rule.localeCompare(b.rule),
  );
}

/** Fills `{name}` placeholders of a catalogue template. */
export function fillTemplate(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}
