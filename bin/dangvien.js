#!/usr/bin/env node
// Thin launcher: the command line is compiled from src/cli by `npm run build:cli` (run on `npm ci`).
'use strict';
let main;
try {
  ({ main } = require('../dist/cli/main.js'));
} catch (e) {
  process.stderr.write('dangvien: chưa biên dịch — chạy `npm run build:cli` / not built: run `npm run build:cli`\n');
  process.exit(2);
}
main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
