/**
 * The command line inflates with Node's zlib (src/cli/zlib-inflate.ts), the browser's worker with
 * fflate: the same files must give the same grids both ways, and a damaged or lying part the same
 * refusal.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { zlibInflate } from '../../src/cli/zlib-inflate';
import { readSpreadsheet } from '../../src/hosts/read-file';
import * as F from '../hostile/files';

const CORPUS = join(__dirname, '../corpus/files');
const workbooks = readdirSync(CORPUS, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(xlsx|ods)$/.test(f));

const both = async (name: string, bytes: Uint8Array) => {
  const settle = (p: Promise<unknown>) => p.then((grids) => ({ grids }), (e: Error) => ({ error: e.message }));
  return [await settle(readSpreadsheet({ name, bytes })), await settle(readSpreadsheet({ name, bytes }, { inflate: zlibInflate }))];
};

it('the corpus has .xlsx and .ods files written by other programs to compare', () => {
  expect(workbooks.length).toBeGreaterThan(10);
});

it.each(workbooks)('%s reads the same with zlib as with fflate', async (f) => {
  const [fflate, zlib] = await both(f, readFileSync(join(CORPUS, f)));
  expect('grids' in zlib).toBe(true);
  expect(zlib).toEqual(fflate);
});

it.each<[string, () => Buffer]>([
  ['a part that inflates past its declared size', () => F.bombLying(0.05)],
  ['a broken deflate stream', () => F.corruptedDeflate()],
  ['a file cut short', () => F.truncated(F.oneSheet('<row r="1"><c r="A1"><v>1</v></c></row>'))],
])('%s is refused alike', async (_, make) => {
  const [fflate, zlib] = await both('x.xlsx', make());
  expect('error' in fflate).toBe(true);
  expect(zlib).toEqual(fflate);
});
