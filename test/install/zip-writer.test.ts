// The package's ZIP writer (scripts/zip-writer.js), read back by another implementation (Python's
// zipfile, after its CRC test) and by unzip when installed: names (Vietnamese too), bytes, folders.
/* eslint-disable @typescript-eslint/no-require-imports -- the scripts are plain JavaScript, run by node as they are. */
import { spawnSync } from 'child_process';
import { randomBytes } from 'crypto';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

const { zip, crc32 } = require('../../scripts/zip-writer.js') as {
  zip(entries: { name: string; data: Buffer | string }[], when?: Date): Buffer;
  crc32(b: Buffer): number;
};

const READ = `
import sys, zipfile, json, base64
z = zipfile.ZipFile(sys.argv[1])
bad = z.testzip()
print(json.dumps({"bad": bad, "files": [[i.filename, base64.b64encode(z.read(i)).decode(), i.date_time[:3]] for i in z.infolist()]}))
`;

describe('zip writer', () => {
  it('computes CRC-32 as the ZIP format does', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    expect(crc32(Buffer.alloc(0))).toBe(0);
  });

  it('writes an archive that Python reads back byte for byte, with UTF-8 names and the date', () => {
    const entries = [
      { name: 'dangvien-0.1.0/HUONG-DAN-CAI-DAT.md', data: '# Hướng dẫn cài đặt\n'.repeat(200) },
      { name: 'dangvien-0.1.0/web/assets/icon-32.png', data: randomBytes(3000) }, // incompressible: stored
      { name: 'dangvien-0.1.0/web/empty.txt', data: Buffer.alloc(0) },
      { name: 'dangvien-0.1.0/sổ mẫu.txt', data: 'Đảng bộ' },
    ];
    const dir = mkdtempSync(join(tmpdir(), 'dangvien-zip-'));
    const file = join(dir, 'p.zip');
    writeFileSync(file, zip(entries, new Date(2026, 11, 2, 9, 30, 0)));
    const r = spawnSync('python3', ['-c', READ, file], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as { bad: string | null; files: [string, string, number[]][] };
    expect(out.bad).toBeNull();
    expect(out.files.map((f) => f[0])).toEqual(entries.map((e) => e.name));
    out.files.forEach(([, b64, date], i) => {
      expect(Buffer.from(b64, 'base64').equals(Buffer.from(entries[i].data))).toBe(true);
      expect(date).toEqual([2026, 12, 2]);
    });
    const unzip = spawnSync('unzip', ['-tq', file], { encoding: 'utf8' });
    if (!unzip.error) expect(unzip.status).toBe(0);
  });

  it('refuses names that would land outside the folder, and a name twice', () => {
    expect(() => zip([{ name: '../x', data: 'a' }])).toThrow(/bad entry name/);
    expect(() => zip([{ name: '/etc/x', data: 'a' }])).toThrow(/bad entry name/);
    expect(() => zip([{ name: 'a\\b', data: 'a' }])).toThrow(/bad entry name/);
    expect(() => zip([{ name: 'a', data: 'a' }, { name: 'a', data: 'b' }])).toThrow(/twice/);
  });
});
