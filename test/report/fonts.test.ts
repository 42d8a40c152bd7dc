/** The report's font: Times New Roman's widths (Hướng dẫn 36-HD/VPTW) and every Vietnamese letter. */
import { loadReportFonts } from '../../src/report/fonts-node';

/** The little of fontkit (pdfkit's font reader) the checks use; it ships no types. */
interface Font {
  familyName: string;
  unitsPerEm: number;
  hasGlyphForCodePoint(cp: number): boolean;
  glyphForCodePoint(cp: number): { advanceWidth: number };
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fontkit = require('fontkit') as { create(bytes: Buffer): Font };

const fonts = loadReportFonts();
const faces = Object.entries(fonts).map(([name, bytes]) => [name, fontkit.create(Buffer.from(bytes as Uint8Array))] as const);

const VIETNAMESE =
  'aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ';

describe('the report font', () => {
  it.each(faces)('%s covers every Vietnamese letter, lower and upper case, and the report’s punctuation', (_name, font) => {
    const text = VIETNAMESE + VIETNAMESE.toUpperCase() + '…–—“”‘’№%';
    const missing = [...text].filter((ch) => !font.hasGlyphForCodePoint(ch.codePointAt(0)!));
    expect(missing).toEqual([]);
  });

  it('has Times New Roman’s advance widths (metric-compatible), so the format’s sizes hold', () => {
    const regular = faces.find(([n]) => n === 'regular')![1];
    // Times-Roman's widths in 1/1000 em (Adobe's core font metrics).
    const times: Record<string, number> = { a: 444, m: 778, W: 944, i: 278, ' ': 250, '0': 500, M: 889, '%': 833 };
    for (const [ch, width] of Object.entries(times)) {
      const glyph = regular.glyphForCodePoint(ch.codePointAt(0)!);
      expect(Math.round((glyph.advanceWidth * 1000) / regular.unitsPerEm)).toBe(width);
    }
    expect(regular.familyName).toBe('Liberation Serif');
  });
});
