// Writes docs/workbook-format.md and docs/rules.md from the schema and the registry (npm run build:cli first).
'use strict';
const fs = require('fs');
const path = require('path');
const { STAFF_DOCS } = require('../dist/docs/staff');

for (const [file, write] of Object.entries(STAFF_DOCS)) fs.writeFileSync(path.join(__dirname, '..', file), write());
