/**
 * The findings as the pane lists them: filtered by severity, sheet and TCCS, grouped by rule
 * (errors first), each group showing its first few with "+N more".
 */
import { groupFindings, SEVERITIES, type Finding, type Severity } from '../../core/findings';
import type { PaneResult } from './result';

export interface FindingFilter {
  /** Severities shown; all three by default. */
  severities: Severity[];
  /** A sheet name, or '' for all. */
  sheet: string;
  /** A TCCS code, or '' for all. */
  tccs: string;
}

export const ALL_FINDINGS: FindingFilter = { severities: [...SEVERITIES], sheet: '', tccs: '' };

/** A finding with its place in the result (a stable key, and how fixes are tracked). */
export interface ListedFinding {
  index: number;
  finding: Finding;
  tccs: string;
}

export interface FindingGroupView {
  rule: string;
  severity: Severity;
  count: number;
  shown: ListedFinding[];
  /** How many more the group holds beyond those shown. */
  more: number;
  /** All of the group's findings (for "fix all"). */
  all: ListedFinding[];
}

/** How many findings a group shows before "+N more", and how many each press adds. */
export const GROUP_CAP = 5;
export const GROUP_STEP = 25;

export function filterFindings(result: PaneResult, filter: FindingFilter): ListedFinding[] {
  const sev = new Set(filter.severities);
  const out: ListedFinding[] = [];
  result.findings.forEach((finding, index) => {
    if (!sev.has(finding.severity)) return;
    if (filter.sheet && finding.sheet !== filter.sheet) return;
    const tccs = result.findingTccs[index] ?? '';
    if (filter.tccs && tccs !== filter.tccs) return;
    out.push({ index, finding, tccs });
  });
  return out;
}

/** Groups by rule with the core's grouping; `shownOf(rule)` says how many each group shows. */
export function groupListed(items: ListedFinding[], shownOf: (groupKey: string) => number = () => GROUP_CAP): FindingGroupView[] {
  const byFinding = new Map<Finding, ListedFinding>(items.map((i) => [i.finding, i]));
  return groupFindings(
    items.map((i) => i.finding),
    Infinity,
  ).map((g) => {
    const all = g.shown.map((f) => byFinding.get(f)!);
    const cap = Math.max(0, shownOf(groupKey(g.rule, g.severity)));
    const shown = all.slice(0, cap);
    return { rule: g.rule, severity: g.severity, count: g.count, shown, more: g.count - shown.length, all };
  });
}

export function groupKey(rule: string, severity: Severity): string {
  return `${rule}|${severity}`;
}

/** Sheets that findings name, in first-seen order. */
export function findingSheets(result: PaneResult): string[] {
  return [...new Set(result.findings.map((f) => f.sheet).filter(Boolean))];
}

/** TCCS that findings concern, in the tree's order, with how many findings each. */
export function findingTccsOptions(result: PaneResult): { code: string; name: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const c of result.findingTccs) if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
  return result.tccs.filter((u) => counts.has(u.code)).map((u) => ({ ...u, count: counts.get(u.code)! }));
}

export function toggleSeverity(filter: FindingFilter, s: Severity): FindingFilter {
  const has = filter.severities.includes(s);
  const severities = has ? filter.severities.filter((x) => x !== s) : SEVERITIES.filter((x) => x === s || filter.severities.includes(x));
  return { ...filter, severities };
}
