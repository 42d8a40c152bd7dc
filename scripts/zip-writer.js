// The zip of `npm run package`: the writer of the summary workbooks (src/hosts/xlsx/write/zip.ts,
// built into dist/ by `npm run build:cli`, which `npm ci` runs), deflating with Node's zlib at its
// best level. Windows' Explorer, unzip and Python read it.
'use strict';
const zlib = require('zlib');
const { zipFile, crc32 } = require('../dist/hosts/xlsx/write/zip');

/**
 * The bytes of a ZIP archive holding `entries` ({ name: 'folder/file.ext', data: Buffer | string }),
 * in order. Names use "/" and are stored as UTF-8.
 */
function zip(entries, when = new Date()) {
  const parts = entries.map(({ name, data }) => ({ name, data: Buffer.isBuffer(data) ? data : Buffer.from(data) }));
  return Buffer.from(zipFile(parts, { level: 9, mtime: when, deflate: (data, level) => zlib.deflateRawSync(data, { level }) }));
}

module.exports = { zip, crc32 };
