/**
 * Number hashes of text as the rules compare it, so that finding repeats among a million ids or
 * names needs no new string per row. A hash match is always confirmed on the text itself.
 */
import { foldName } from './normalize';

const TABLE_SIZE = 0x2000;
/**
 * Code unit → folded code unit (lower case, no diacritic, đ → d), spaces kept as one space: two
 * names with the same hash are then almost always the same folded name (`sameFoldedName`), so a
 * sheet of names that differ only in their spacing is no pile of collisions to compare.
 */
const FOLD = new Uint16Array(TABLE_SIZE);
const UPPER = new Uint16Array(TABLE_SIZE);
for (let c = 0; c < TABLE_SIZE; c++) {
  const ch = String.fromCharCode(c);
  const folded = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
  FOLD[c] = /\s/.test(ch) ? 32 : folded.length === 1 ? folded.charCodeAt(0) : c;
  const upper = ch.toUpperCase();
  UPPER[c] = upper.length === 1 ? upper.charCodeAt(0) : c;
}

function fnv(s: string, seed: number, table: Uint16Array): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const f = c < TABLE_SIZE ? table[c] : c;
    h = Math.imul(h ^ f, 16777619);
  }
  // 30 bits: a small integer to V8, so a Map keyed by it stays fast. Collisions are confirmed anyway.
  return h & 0x3fffffff;
}

/** Hash of a name without case, diacritics or spaces, mixed with a number (a birth day). */
export function foldedHash(s: string, seed = 0): number {
  return fnv(s, seed, FOLD);
}

/** Hash of a code or id without case. */
export function upperHash(s: string): number {
  return fnv(s, 0, UPPER);
}

const INDEX_BITS = 2 ** 21; // above Excel's 1,048,576 rows
/**
 * Distinct keys compared within one hash group at most. Equal hashes of different keys are rare
 * (30 bits); a group with more distinct keys than this was built to collide, and comparing each
 * item with every key of it would take quadratic time: later keys of such a group go unreported.
 */
const MAX_KEYS_PER_HASH = 64;

/**
 * Calls `onRepeat(item, first)`, in item order, for every item whose key was seen before. `hash`
 * must be equal for equal keys; `same` decides between items whose hashes collide. Sorting packed
 * (hash, index) numbers is several times faster than a Map of a million keys.
 */
export function findRepeats<T>(
  items: readonly T[],
  hash: (t: T) => number | null,
  same: (a: T, b: T) => boolean,
  onRepeat: (t: T, first: T) => void,
): void {
  if (items.length >= INDEX_BITS) throw new RangeError('more rows than a sheet can hold');
  const packed = new Float64Array(items.length);
  let n = 0;
  for (let i = 0; i < items.length; i++) {
    const h = hash(items[i]);
    if (h !== null) packed[n++] = h * INDEX_BITS + i;
  }
  const sorted = packed.subarray(0, n).sort();
  const repeats: [number, number][] = [];
  for (let start = 0; start < n; ) {
    const h = Math.floor(sorted[start] / INDEX_BITS);
    let end = start + 1;
    while (end < n && Math.floor(sorted[end] / INDEX_BITS) === h) end++;
    // The first item of each distinct key in the group: an item repeats the first one it equals.
    const firsts = [sorted[start] % INDEX_BITS];
    for (let j = start + 1; j < end; j++) {
      const i = sorted[j] % INDEX_BITS;
      const first = firsts.find((f) => same(items[f], items[i]));
      if (first !== undefined) repeats.push([i, first]);
      else if (firsts.length < MAX_KEYS_PER_HASH) firsts.push(i);
    }
    start = end;
  }
  repeats.sort((a, b) => a[0] - b[0]);
  for (const [i, f] of repeats) onRepeat(items[i], items[f]);
}

export function sameFoldedName(a: string, b: string): boolean {
  return a === b || foldName(a) === foldName(b);
}
