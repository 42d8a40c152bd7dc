/** The samples of today's structure: one commune's 2026 workbook, a province's folder. */
import { analyze } from '../../src/core/analyze';
import type { CellValue } from '../../src/core/grid';
import { generateCommune, generateProvince } from '../../src/sample';

const LAST = Date.UTC(2026, 10, 30);

function dates(values: CellValue[][]): number[] {
  return values.flat().filter((v): v is Date => v instanceof Date).map((d) => d.getTime());
}

describe('the commune sample (2026)', () => {
  const book = generateCommune();

  it('is the same on every call', () => {
    expect(JSON.stringify(generateCommune().grids)).toBe(JSON.stringify(book.grids));
  });

  it('is a commune committee’s workbook that checks with no finding but P06, whatever day after its last save', () => {
    for (const today of ['2026-12-01', '2027-06-30']) {
      const a = analyze(book.grids, { today, layouts: false });
      expect(a.model.id).toBe('commune-2025');
      // The TCCS were given more than the commune's own target, as communes do: P06 says so.
      expect(a.findings.map((f) => [f.rule, f.variant])).toEqual([['P06', 'above']]);
    }
  });

  it('dates nothing after the day it was last saved', () => {
    for (const g of book.grids) for (const t of dates(g.values)) expect(t).toBeLessThanOrEqual(LAST);
  });

  it('is plausible: a đảng bộ cơ sở of its agencies, forces, health, schools and 24 villages; a few percent admitted', () => {
    const a = analyze(book.grids, { today: '2026-12-01', layouts: false });
    const d = a.figures!.district;
    expect(d.name).toBe('Đảng bộ xã Ea Riêng');
    expect([d.tccs, d.dangBoCoSo, d.chiBoCoSo]).toEqual([31, 1, 30]);
    expect(d.members).toBeGreaterThan(400);
    expect(d.members).toBeLessThan(1200);
    expect(d.admitted / d.members).toBeGreaterThan(0.02);
    expect(d.admitted / d.members).toBeLessThan(0.1);
    expect(d.breakdown.women).toBeGreaterThan(0);
    expect(d.attainment).toBeGreaterThanOrEqual(1);
    expect(a.figures!.training.classes).toBe(4);
  });
});

describe('the province sample (2026)', () => {
  const files = generateProvince();

  it('is the province’s plan and seven workbooks, each checking with no error on its own', () => {
    expect(files).toHaveLength(8);
    for (const f of files) {
      const a = analyze(f.grids, { today: '2026-12-01', layouts: false });
      expect([f.file, a.counts.error, a.counts.warning]).toEqual([f.file, 0, 0]);
      expect(a.model.id).toBe(f.file.startsWith('TU') ? 'province-2025' : 'commune-2025');
    }
  });

  it('never gives two members the same profile or card number across the files', () => {
    const ids = new Set<string>();
    let n = 0;
    for (const f of files) {
      const dv = f.grids.find((g) => g.name === 'DangVien');
      for (const r of dv?.values.slice(3) ?? []) {
        for (const v of [r[0], r[1]]) {
          if (v === null) continue;
          n++;
          ids.add(String(v));
        }
      }
    }
    expect(ids.size).toBe(n);
  });
});
