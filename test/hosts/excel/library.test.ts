/**
 * The fake's idea of the shipped Office.js (test/fake-excel/library.ts) checked against the copy
 * itself: node_modules/@microsoft/office-js, the fallback the pane loads when Microsoft's CDN
 * cannot be reached. Its Excel classes are read from the minified script: each class defines
 * `_className` and its members on its prototype.
 */
import * as fs from 'fs';
import * as path from 'path';
import { BUNDLED_HAS, BUNDLED_LACKS } from '../../fake-excel';

const FILE = path.join(__dirname, '../../../node_modules/@microsoft/office-js/dist/excel-win32-16.01.js');

function classes(): Map<string, Set<string>> {
  const src = fs.readFileSync(FILE, 'utf8');
  const out = new Map<string, Set<string>>();
  for (const part of src.split('}(OfficeExtension.ClientObject)')) {
    const name = /_className",\{get:function\(\)\{return"([A-Za-z]+)"\}/.exec(part)?.[1];
    if (!name) continue;
    const members = new Set<string>();
    for (const m of part.matchAll(/prototype,"([A-Za-z0-9]+)"/g)) members.add(m[1]);
    for (const m of part.matchAll(/\.prototype\.([A-Za-z0-9]+)=function/g)) members.add(m[1]);
    out.set(name, members);
  }
  return out;
}

const shipped = classes();

test('the shipped copy is read: its Worksheet class is there with its everyday members', () => {
  expect(shipped.get('Worksheet')?.has('getRange')).toBe(true);
  expect(shipped.size).toBeGreaterThan(100);
});

test.each(Object.entries(BUNDLED_LACKS))('the shipped copy lacks %s members the fake withholds', (type, members) => {
  for (const m of members) expect(`${type}.${m}: ${shipped.get(type)?.has(m) ?? false}`).toBe(`${type}.${m}: false`);
});

test.each(Object.entries(BUNDLED_HAS))('the shipped copy has every %s member the host relies on', (type, members) => {
  for (const m of members) expect(`${type}.${m}: ${shipped.get(type)?.has(m) ?? false}`).toBe(`${type}.${m}: true`);
});
