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
/** Hashes are integers below this (`fnv` keeps 30 bits; an 8-digit card number fits too). */
const HASH_LIMIT = 2 ** 30;
/**
 * Distinct keys compared within one hash group at most. Equal hashes of different keys are rare
 * (30 bits); a group with more distinct keys than this was built to collide, and comparing each
 * item with every key of it would take quadratic time: later keys of such a group go unreported.
 */
const MAX_KEYS_PER_HASH = 64;
/** Buckets of at most this many items are ordered by insertion; larger ones (built to collide) by a native sort. */
const SMALL_BUCKET = 16;

/**
 * Calls `onRepeat(item, first)`, in item order, for every item whose key was seen before. `hash`
 * must be equal for equal keys, an integer from 0 to 2^30 − 1; `same` decides between items whose
 * hashes collide.
 *
 * Items are grouped by hash with a counting sort into about one bucket per item (a multiplicative
 * mix of the hash picks the bucket, so dense hashes such as card numbers spread too), then each
 * bucket is ordered by (hash, index). On a million rows this is about four times faster than
 * sorting packed (hash, index) numbers, and far faster than a Map of a million keys. The order in
 * which groups are visited does not matter: repeats are reported in item order.
 */
export function findRepeats<T>(
  items: readonly T[],
  hash: (t: T) => number | null,
  same: (a: T, b: T) => boolean,
  onRepeat: (t: T, first: T) => void,
): void {
  if (items.length >= INDEX_BITS) throw new RangeError('more rows than a sheet can hold');
  const n = hashAll(items, hash);
  const bits = bucketBits(n);
  bucketSort(n, bits);
  const repeats = matchRuns(items, same, bits);
  repeats.sort((a, b) => a[0] - b[0]);
  for (const [i, f] of repeats) onRepeat(items[i], items[f]);
}

/**
 * Work arrays kept from one search to the next: a dozen searches over a million rows would
 * otherwise ask for some 100 MB of fresh memory. The core runs one search at a time.
 */
const work = {
  hashes: new Int32Array(0),
  indices: new Int32Array(0),
  sortedHash: new Int32Array(0),
  sortedIndex: new Int32Array(0),
  start: new Int32Array(0),
  next: new Int32Array(0),
};

function ensure(n: number, buckets: number): void {
  if (work.hashes.length < n) {
    const size = Math.max(n, work.hashes.length * 2);
    work.hashes = new Int32Array(size);
    work.indices = new Int32Array(size);
    work.sortedHash = new Int32Array(size);
    work.sortedIndex = new Int32Array(size);
  }
  if (work.start.length < buckets + 1) {
    work.start = new Int32Array(buckets + 1);
    work.next = new Int32Array(buckets + 1);
  }
}

/** The items' hashes and indices (items without a key left out), in `work`; returns how many. */
function hashAll<T>(items: readonly T[], hash: (t: T) => number | null): number {
  ensure(items.length, 0);
  const { hashes, indices } = work;
  let n = 0;
  for (let i = 0; i < items.length; i++) {
    const h = hash(items[i]);
    if (h === null) continue;
    if (!(h >= 0 && h < HASH_LIMIT && h === Math.floor(h))) throw new RangeError(`hash out of range: ${h}`);
    hashes[n] = h;
    indices[n++] = i;
  }
  return n;
}

/** Bits of the bucket number: at least as many buckets as items. */
function bucketBits(n: number): number {
  let bits = 1;
  while (1 << bits < n && bits < 21) bits++;
  return bits;
}

/** Counting sort of the `n` hashes into 2^bits buckets: stable, so each bucket holds its items in item order. */
function bucketSort(n: number, bits: number): void {
  const buckets = 1 << bits;
  ensure(n, buckets);
  const { hashes, indices, sortedHash, sortedIndex, start, next } = work;
  const shift = 32 - bits;
  start.fill(0, 0, buckets + 1);
  for (let k = 0; k < n; k++) start[(Math.imul(hashes[k], 0x9e3779b1) >>> shift) + 1]++;
  for (let b = 0; b < buckets; b++) start[b + 1] += start[b];
  next.set(start.subarray(0, buckets));
  for (let k = 0; k < n; k++) {
    const p = next[Math.imul(hashes[k], 0x9e3779b1) >>> shift]++;
    sortedHash[p] = hashes[k];
    sortedIndex[p] = indices[k];
  }
}

/**
 * Within each bucket, ordered by (hash, index): runs of one hash, the first item of each distinct
 * key in the run; an item repeats the first one it equals. Returns [item, first] pairs.
 */
function matchRuns<T>(items: readonly T[], same: (a: T, b: T) => boolean, bits: number): [number, number][] {
  const { sortedHash, sortedIndex, start } = work;
  const repeats: [number, number][] = [];
  for (let b = 0; b < 1 << bits; b++) {
    const from = start[b];
    const to = start[b + 1];
    if (to - from < 2) continue;
    orderBucket(sortedHash, sortedIndex, from, to);
    for (let s = from; s < to; ) {
      const h = sortedHash[s];
      let e = s + 1;
      while (e < to && sortedHash[e] === h) e++;
      const firsts = [sortedIndex[s]];
      for (let j = s + 1; j < e; j++) {
        const i = sortedIndex[j];
        const first = firsts.find((f) => same(items[f], items[i]));
        if (first !== undefined) repeats.push([i, first]);
        else if (firsts.length < MAX_KEYS_PER_HASH) firsts.push(i);
      }
      s = e;
    }
  }
  return repeats;
}

/** Orders `from`..`to` of the two arrays by hash, then index (the index order is already kept within equal hashes). */
function orderBucket(hashes: Int32Array, indices: Int32Array, from: number, to: number): void {
  if (to - from <= SMALL_BUCKET) {
    // Insertion sort, stable: equal hashes keep their item order.
    for (let j = from + 1; j < to; j++) {
      const h = hashes[j];
      const i = indices[j];
      let k = j - 1;
      while (k >= from && hashes[k] > h) {
        hashes[k + 1] = hashes[k];
        indices[k + 1] = indices[k];
        k--;
      }
      hashes[k + 1] = h;
      indices[k + 1] = i;
    }
    return;
  }
  const packed = new Float64Array(to - from);
  for (let k = from; k < to; k++) packed[k - from] = hashes[k] * INDEX_BITS + indices[k];
  packed.sort();
  for (let k = from; k < to; k++) {
    const v = packed[k - from];
    hashes[k] = Math.floor(v / INDEX_BITS);
    indices[k] = v % INDEX_BITS;
  }
}

export function sameFoldedName(a: string, b: string): boolean {
  return a === b || foldName(a) === foldName(b);
}
