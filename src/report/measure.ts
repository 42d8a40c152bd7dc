/**
 * Estimates how many lines a text takes in Times New Roman at a width, to give wrapped cells a
 * row height (Excel does not fit merged cells itself). Widths are Times-Roman's (1/1000 em) for
 * ASCII; a Vietnamese letter is as wide as its base letter. Errs on the generous side: a row a
 * little too tall is harmless, a clipped line is not.
 */

// Times-Roman advance widths for code points 32..126.
const TIMES = [
  250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500, 500,
  500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722,
  667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500, 333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278,
  500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,
];

const EXTRA: Record<string, number> = { '…': 1000, '—': 1000, '–': 500, '’': 333, '‘': 333, '“': 444, '”': 444, 'Đ': 722, 'đ': 500 };

/** Width of one character in em at regular weight. */
function charEm(ch: string): number {
  const extra = EXTRA[ch];
  if (extra !== undefined) return extra / 1000;
  let c = ch.charCodeAt(0);
  if (c > 126) {
    const base = ch.normalize('NFD').charCodeAt(0);
    c = base <= 126 ? base : 'n'.charCodeAt(0);
  }
  return (c >= 32 ? TIMES[c - 32] : 0) / 1000;
}

/** Width in points of `text` in Times at `size`; bold is some 7 % wider. */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em * size * (bold ? 1.07 : 1);
}

/** Lines of `text` wrapped greedily by words into `width` points (explicit newlines kept). */
export function wrapLines(text: string, width: number, size: number, bold = false): string[] {
  const out: string[] = [];
  const space = textWidth(' ', size, bold);
  for (const para of text.split('\n')) {
    let line = '';
    let w = 0;
    for (const word of para.split(' ')) {
      const ww = textWidth(word, size, bold);
      if (line && w + space + ww > width) {
        out.push(line);
        line = word;
        w = ww;
      } else {
        line = line ? line + ' ' + word : word;
        w += (w ? space : 0) + ww;
      }
    }
    out.push(line);
  }
  return out;
}

/** Points of a column `chars` wide in Excel's units (Calibri 11 default font: 7 px a unit, 5 px padding). */
export function columnPoints(chars: number): number {
  return (7 * chars + 5) * 0.75;
}

/** The row height in points that shows `lines` lines of text at `size`. */
export function rowHeightFor(lines: number, size: number): number {
  return Math.ceil(lines * size * 1.22 + size * 0.45);
}

/** Excel's largest row height. */
export const MAX_ROW_HEIGHT = 409;
