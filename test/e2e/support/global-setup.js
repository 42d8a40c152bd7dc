// Builds the e2e bundle when it is missing or older than the sources (set E2E_SKIP_BUILD=1 to reuse it).
'use strict';
const { execFileSync } = require('child_process');
const { existsSync, statSync, readdirSync } = require('fs');
const { join } = require('path');

const ROOT = join(__dirname, '..', '..', '..');
const OUT = join(ROOT, 'dist', 'e2e', 'taskpane-fake.html');

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

module.exports = async () => {
  if (process.env.E2E_SKIP_BUILD === '1' && existsSync(OUT)) return;
  const sources = Math.max(newest(join(ROOT, 'src')), newest(join(ROOT, 'test', 'e2e')), statSync(join(ROOT, 'webpack.config.js')).mtimeMs);
  if (existsSync(OUT) && statSync(OUT).mtimeMs > sources) return;
  execFileSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js', { paths: [ROOT] }), '--mode', 'production', '--env', 'e2e'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
};
