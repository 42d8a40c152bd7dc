/** The `--json` shapes of reports.md. */
import type { RunResult } from '../pipeline/run';
import type { Figures } from '../core/figures';

export function checkJson(a: Pick<RunResult, 'findings' | 'counts'>) {
  return {
    issues: a.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      sheet: f.sheet,
      cell: f.cell,
      message: f.message,
      suggestion: f.suggestion ?? null,
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
