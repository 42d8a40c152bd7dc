/** Text as the core reads it: trimmed, inner spaces folded, Unicode NFC. */

const SPACES = /[\s\u00a0\u200b\ufeff]+/g;

/** What a text needs, found in one pass: most cells need nothing. */
export const UNTIDY = 1;
export const NEEDS_NFC = 2;
/** Holds a Latin-1 / Windows-1252 letter, as text in a legacy encoding always does. */
export const MAYBE_LEGACY = 4;

export function scanText(s: string): number {
  let flags = 0;
  let prevSpace = true; // a leading space is untidy
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      const space = c === 32;
      if ((space && prevSpace) || (c < 32 && c !== 0)) flags |= UNTIDY;
      prevSpace = space;
      continue;
    }
    prevSpace = false;
    if (c <= 0xff) {
      flags |= c === 0xa0 ? UNTIDY : MAYBE_LEGACY;
    } else if (c <= 0x24f) {
      if (c === 0x152 || c === 0x153 || c === 0x160 || c === 0x161 || c === 0x178 || c === 0x17d || c === 0x17e || c === 0x192) flags |= MAYBE_LEGACY;
    } else if (c < 0x1ea0 || c > 0x1ef9) {
      // Combining marks, other scripts, odd spaces: NFC and the space folding sort them out.
      flags |= NEEDS_NFC;
      if (c === 0x2c6 || c === 0x2dc || (c >= 0x2013 && c <= 0x203a) || c === 0x20ac || c === 0x2122) flags |= MAYBE_LEGACY;
      if (c === 0x200b || c === 0xfeff || (c >= 0x2000 && c <= 0x200a) || c === 0x3000 || c === 0x2028 || c === 0x2029 || c === 0x1680 || c === 0x202f || c === 0x205f) flags |= UNTIDY;
    }
  }
  if (prevSpace && s.length) flags |= UNTIDY;
  return flags;
}

export function cleanText(s: string): string {
  const flags = scanText(s);
  const t = flags & UNTIDY ? s.replace(SPACES, ' ').trim() : s;
  return flags & NEEDS_NFC ? t.normalize('NFC') : t;
}

const COMBINING = /[\u0300-\u036f]/g;
const IGNORED = /[\s\u00a0_\-'’‘`´.]/g;

/**
 * The key two names are compared by: without diacritics, case, spaces, `_`, `-`,
 * apostrophes and dots (`Đảng viên`, `DANG VIEN`, `dang_vien` → `dangvien`).
 */
export function foldKey(s: string): string {
  if (/^[\x00-\x7f]*$/.test(s)) return s.replace(IGNORED, '').toLowerCase();
  return s
    .normalize('NFD')
    .replace(COMBINING, '')
    .replace(/[đĐ]/g, 'd')
    .replace(IGNORED, '')
    .toLowerCase();
}

const foldedWords = new Map<string, string>();

/** Lower case without diacritics, spaces kept (single): used to compare people's names. */
export function foldName(s: string): string {
  // Names are made of few distinct words: folding each word once keeps a million names cheap.
  return s
    .split(' ')
    .map((w) => {
      let f = foldedWords.get(w);
      if (f === undefined) {
        f = w.normalize('NFD').replace(COMBINING, '').replace(/[đĐ]/g, 'd').toLowerCase();
        if (foldedWords.size < 100_000) foldedWords.set(w, f);
      }
      return f;
    })
    .join(' ');
}

/** Levenshtein distance, for "did you mean" suggestions on short list values. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}
