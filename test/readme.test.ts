// The README's rule list is the registry's (regenerate with `npm run build:cli && node scripts/readme-rules.js`).
import { readFileSync } from 'fs';
import { join } from 'path';
import { RULES } from '../src/core/rules/registry';
import { ruleTableMarkdown } from '../src/core/rules/table';

describe('README', () => {
  const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');
  it('lists every rule of the registry with its severity, each variant’s severity and its title', () => {
    const table = /<!-- rules:start -->\n([\s\S]*)\n<!-- rules:end -->/.exec(readme)?.[1];
    expect(table).toBe(ruleTableMarkdown());
    expect(readme).toContain('| M07 | error | default: error, over: warning |');
  });
  it('lists no rule the registry lacks', () => {
    const ids = [...readme.matchAll(/^\| ([STMPFB]\d\d) \|/gm)].map((m) => m[1]);
    expect(ids).toEqual(RULES.map((r) => r.id));
  });
  it('gives the two quick-start commands', () => {
    expect(readme).toContain('npm ci && npm run demo');
    expect(readme).toContain('npm test');
  });
});
