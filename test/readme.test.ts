// The README's rule list is the registry's (regenerate with `npm run build:cli && node scripts/readme-rules.js`).
import { readFileSync } from 'fs';
import { join } from 'path';
import { RULES } from '../src/core/rules/registry';

describe('README', () => {
  const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');
  it('lists every rule of the registry with its severity and title', () => {
    for (const r of RULES) expect(readme).toContain(`| ${r.id} | ${r.severity} | ${r.title.vi} — ${r.title.en} |`);
  });
  it('lists no rule the registry lacks', () => {
    const ids = [...readme.matchAll(/^\| ([STMPF]\d\d) \|/gm)].map((m) => m[1]);
    expect(ids).toEqual(RULES.map((r) => r.id));
  });
  it('gives the two quick-start commands', () => {
    expect(readme).toContain('npm ci && npm run demo');
    expect(readme).toContain('npm test');
  });
});
