/**
 * Property-based fuzzing of the core (issue #5): standard workbooks mutated at random must
 * always be analysed, quickly, with findings inside their sheets and the untouched figures kept.
 * A fixed seed keeps `npm test` reproducible; `npm run fuzz` runs 10,000 cases with a new seed.
 * FUZZ_RUNS and FUZZ_SEED override both here.
 */
import fc from 'fast-check';
import { checkCase, fuzzCaseUpTo, mutation, MutableWorkbook, baseGrids, occurrences, type FuzzCase } from './engine';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const SEED = Number(process.env.FUZZ_SEED ?? 20180109);
// Smaller workbooks than `npm run fuzz` uses (1,200 rows), to keep `npm test` quick.
const fuzzCase = fuzzCaseUpTo(Number(process.env.FUZZ_MAX_ROWS ?? 500));

describe('the core under mutated workbooks', () => {
  it(`keeps every property over ${RUNS} seed-fixed cases`, () => {
    let compared = 0;
    let findings = 0;
    fc.assert(
      fc.property(fuzzCase, (c: FuzzCase) => {
        const s = checkCase(c, 2);
        compared += s.compared;
        findings += s.findings;
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: false },
    );
    // The figures check must actually compare something, else it proves nothing.
    expect(compared).toBeGreaterThan(RUNS / 2);
    expect(findings).toBeGreaterThan(RUNS);
  });

  it('compares the figures of every TCCS when the mutations only move things around', () => {
    // Shuffled rows, moved sheets, a shifted origin, a duplicated column and title rows above
    // the header change no figure at all.
    const neutral = fc.array(
      fc.oneof(
        fc.record({ kind: fc.constant('shuffle' as const), s: fc.nat(), seed: fc.integer() }),
        fc.record({ kind: fc.constant('moveSheet' as const), s: fc.nat(), to: fc.nat() }),
        fc.record({ kind: fc.constant('origin' as const), s: fc.nat(), row: fc.nat(40), col: fc.nat(30) }),
        fc.record({ kind: fc.constant('titleRows' as const), s: fc.nat(), n: fc.integer({ min: 1, max: 3 }), text: fc.constant('DANH SÁCH') }),
      ),
      { minLength: 1, maxLength: 6 },
    );
    let compared = 0;
    fc.assert(
      fc.property(fc.integer({ min: 300, max: 700 }), fc.integer({ min: 1, max: 1e6 }), neutral, (rows, seed, mutations) => {
        const s = checkCase({ base: { rows, seed, dates: 'serial' }, mutations, lang: 'vi' }, 2);
        compared += s.compared;
      }),
      { seed: SEED, numRuns: 25 },
    );
    expect(compared).toBeGreaterThan(25 * 2);
  });

  it('generates every kind of mutation', () => {
    const kinds = new Set(fc.sample(mutation, { numRuns: 2000, seed: 1 }).map((m) => m.kind));
    expect([...kinds].sort()).toEqual(
      ['addSheet', 'blank', 'delRow', 'dropCol', 'dropSheet', 'dupCol', 'dupRow', 'fillDown', 'insertRow', 'moveSheet', 'origin', 'renameCol', 'renameSheet', 'retype', 'set', 'shuffle', 'titleRows', 'truncateRow'],
    );
  });
});

describe('the fuzzing engine itself', () => {
  it('leaves the base workbook as it was', () => {
    const base = baseGrids({ rows: 120, seed: 7, dates: 'serial' });
    const before = JSON.stringify(base);
    const wb = new MutableWorkbook(base);
    for (const m of fc.sample(mutation, { numRuns: 200, seed: 3 })) wb.apply(m);
    wb.grids();
    expect(JSON.stringify(base)).toBe(before);
  });

  it('finds a personal value standing alone, not inside a longer number', () => {
    expect(occurrences(['10000002', 'Nguyễn Văn An'], 'x 110000002 y; Nguyễn Văn Anh')).toEqual([]);
    expect(occurrences(['10000002', 'Nguyễn Văn An'], 'x\u000110000002\u0001 Nguyễn Văn An.')).toEqual(['10000002', 'Nguyễn Văn An']);
  });
});
