// Writes the rule table of README.md from the registry (npm run build:cli first).
'use strict';
const fs = require('fs');
const path = require('path');
const { RULES } = require('../dist/core/rules/registry');

const readme = path.join(__dirname, '..', 'README.md');
const table = ['| id | severity | rule | source |', '|---|---|---|---|', ...RULES.map((r) => `| ${r.id} | ${r.severity} | ${r.title.vi} — ${r.title.en} | ${r.source} |`)].join('\n');
const text = fs.readFileSync(readme, 'utf8').replace(/<!-- rules:start -->[\s\S]*<!-- rules:end -->/, `<!-- rules:start -->\n${table}\n<!-- rules:end -->`);
fs.writeFileSync(readme, text);
