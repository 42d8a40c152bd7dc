/** Text as the core reads it: trimmed, inner spaces folded, Unicode NFC. */

const SPACES = /[\s\u00a0\u200b\ufeff]+/g;

export function cleanText(s: string): string {
  const t = s.replace(SPACES, ' ').trim();
  // ASCII needs no normalisation; skipping it keeps a million-row read fast.
  return /^[\x00-\x7f]*$/.test(t) ? t : t.normalize('NFC');
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

/** Lower case without diacritics, spaces kept (single): used to compare people's names. */
export function foldName(s: string): string {
  return s
    .normalize('NFD')
    .replace(COMBINING, '')
    .replace(/[đĐ]/g, 'd')
    .replace(SPACES, ' ')
    .trim()
    .toLowerCase();
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
