// Writes the rule table of README.md from the registry (npm run build:cli first).
'use strict';
const fs = require('fs');
const path = require('path');
const { ruleTableMarkdown } = require('../dist/core/rules/table');

const readme = path.join(__dirname, '..', 'README.md');
const text = fs.readFileSync(readme, 'utf8').replace(/<!-- rules:start -->[\s\S]*<!-- rules:end -->/, `<!-- rules:start -->\n${ruleTableMarkdown()}\n<!-- rules:end -->`);
fs.writeFileSync(readme, text);
