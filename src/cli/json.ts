/** The `--json` shapes (README, "The command line"): stable keys for scripts. */
import { findingMessage, type Lang } from '../core/findings';
import { RULE_TEXTS } from '../core/rules/registry';
import type { RunResult } from '../pipeline/run';
import type { Figures } from '../core/figures';

/** `issues` keep their documented keys; `variant` and `params` are the finding as data, stable for scripts. */
export function checkJson(a: Pick<RunResult, 'findings' | 'counts'>, lang: Lang) {
  return {
    issues: a.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      // With several workbooks, the file each finding is in.
      ...(f.file !== undefined ? { file: f.file } : {}),
      sheet: f.sheet,
      cell: f.cell,
      message: findingMessage(f, lang, RULE_TEXTS),
      suggestion: f.suggestion ?? null,
      variant: f.variant,
      params: f.params,
    })),
    counts: a.counts,
  };
}

export function reportJson(f: Figures) {
  const d = f.district;
  return {
    year: f.year,
    district: {
      code: d.code,
      target: d.target,
      admitted: d.admitted,
      attainment: d.attainment,
      members: d.members,
      tccs: d.tccs,
      dangBoCoSo: d.dangBoCoSo,
      chiBoCoSo: d.chiBoCoSo,
      cells: d.cellsUnderCommittees,
    },
    // The level above the grassroots (a province's communes); empty when the root is that level.
    groups: f.groups.map((g) => ({
      code: g.code,
      name: g.name,
      kind: g.kind,
      file: g.file ?? null,
      target: g.target,
      admitted: g.admitted,
      attainment: g.attainment,
      members: g.members,
      tccs: g.tccs,
    })),
    units: f.units.map((u) => ({
      code: u.code,
      name: u.name,
      kind: u.kind,
      target: u.target,
      admitted: u.admitted,
      attainment: u.attainment,
      members: u.members,
      group: u.group ?? null,
      file: u.file ?? null,
    })),
  };
}
