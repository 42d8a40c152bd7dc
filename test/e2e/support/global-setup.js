// Builds the e2e bundle (dist/e2e) before the browser tests; E2E_SKIP_BUILD=1 reuses the last one.
'use strict';
const { execFileSync } = require('child_process');
const { existsSync } = require('fs');
const { join } = require('path');

const ROOT = join(__dirname, '..', '..', '..');
const OUT = join(ROOT, 'dist', 'e2e', 'taskpane-fake.html');

module.exports = async () => {
  if (process.env.E2E_SKIP_BUILD === '1' && existsSync(OUT)) return;
  execFileSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js', { paths: [ROOT] }), '--mode', 'production', '--env', 'e2e'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
};
