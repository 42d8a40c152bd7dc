import { countBySeverity, fillTemplate, groupFindings, type Finding } from '../../src/core/findings';

const f = (rule: string, severity: Finding['severity'], cell: string): Finding => ({ rule, variant: 'default', severity, sheet: 'DangVien', cell, params: {} });

describe('grouping findings', () => {
  const findings = [
    ...Array.from({ length: 12 }, (_, i) => f('M03', 'error', `D${i + 5}`)),
    f('M07', 'warning', 'I9'),
    f('M07', 'error', 'I7'),
    f('S04', 'info', 'Q4'),
  ];
  it('caps what is shown, never the counts', () => {
    const groups = groupFindings(findings, 5);
    const m03 = groups.find((g) => g.rule === 'M03')!;
    expect(m03.count).toBe(12);
    expect(m03.shown.map((x) => x.cell)).toEqual(['D5', 'D6', 'D7', 'D8', 'D9']);
    expect(m03.more).toBe(7);
    expect(groups.reduce((a, g) => a + g.count, 0)).toBe(findings.length);
  });
  it('puts errors first, a rule split by severity in two groups', () => {
    expect(groupFindings(findings).map((g) => `${g.rule}:${g.severity}`)).toEqual(['M03:error', 'M07:error', 'M07:warning', 'S04:info']);
  });
  it('counts by severity', () => {
    expect(countBySeverity(findings)).toEqual({ error: 13, warning: 1, info: 1 });
  });
  it('fills templates', () => {
    expect(fillTemplate('Ô {cell} trùng {first}', { cell: 'C8', first: 'C3' })).toBe('Ô C8 trùng C3');
  });
});
