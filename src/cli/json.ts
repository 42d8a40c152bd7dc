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
    units: f.units.map((u) => ({
      code: u.code,
      name: u.name,
      kind: u.kind,
      target: u.target,
      admitted: u.admitted,
      attainment: u.attainment,
      members: u.members,
    })),
  };
}
