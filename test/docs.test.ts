// docs/ for staff is the schema's and the registry's: regenerate with `npm run docs`.
import { readFileSync } from 'fs';
import { join } from 'path';
import { SHEETS } from '../src/core/schema';
import { RULES } from '../src/core/rules/registry';
import { STAFF_DOCS } from '../src/docs/staff';

describe('docs/', () => {
  it.each(Object.keys(STAFF_DOCS))('%s is what the schema and the registry say', (file) => {
    expect(readFileSync(join(__dirname, '..', file), 'utf8')).toBe(STAFF_DOCS[file]());
  });
  it('names every standard sheet and column, and every rule with each variant', () => {
    const format = STAFF_DOCS['docs/workbook-format.md']();
    for (const s of SHEETS) for (const c of s.columns) expect(format).toContain(`| ${c.name} |`);
    const rules = STAFF_DOCS['docs/rules.md']();
    for (const r of RULES) for (const v of Object.keys(r.messages)) expect(rules).toMatch(new RegExp(`\\| ${r.id} \\|[^\\n]*${v}: `));
  });
  it('says it in Vietnamese first, then English', () => {
    for (const write of Object.values(STAFF_DOCS)) {
      const text = write();
      expect(text.indexOf('Sổ gồm') === -1 ? text.indexOf('Mức độ') : text.indexOf('Sổ gồm')).toBeLessThan(text.search(/The workbook holds|Severity:/));
    }
  });
});
