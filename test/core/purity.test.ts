// The core runs in Node, in the task pane and in a Web Worker: it may not reach for any host.
import { readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const FORBIDDEN = [
  /from ['"](react|react-dom|@fluentui\/[^'"]+|exceljs|fs|path|os|stream|crypto|child_process|node:[^'"]+)['"]/,
  /from ['"][./]+\/(hosts|taskpane|cli|commands)\//,
  /\bExcel\.run\b/,
  /\bOffice\./,
  /\bwindow\./,
  /\bdocument\./,
  /\bprocess\./,
  /\brequire\(/,
];

describe('src/core stays pure', () => {
  const core = files(join(__dirname, '../../src/core'));
  it('has files to check', () => expect(core.length).toBeGreaterThan(10));
  it.each(core.map((f) => [f.replace(/.*src\//, 'src/'), f]))('%s imports no host, DOM or Node API', (_name, file) => {
    // Comments may name the hosts; code may not.
    const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    for (const re of FORBIDDEN) expect(text).not.toMatch(re);
  });
});
