/**
 * The report's fonts on Node: Liberation Serif, metric-compatible with Times New Roman (the
 * typeface Hướng dẫn 36-HD/VPTW prescribes) and covering Vietnamese, shipped with the project in
 * assets/fonts/liberation-serif (SIL Open Font License). The browser bundles the same files and
 * passes their bytes to `renderReportPdf`.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import type { ReportFonts } from './pdf';

/** The folder of the TTF files: two levels up from this file, in src/ as in the compiled dist/. */
export function reportFontDir(): string {
  return join(__dirname, '..', '..', 'assets', 'fonts', 'liberation-serif');
}

/** The file names of the four faces. */
export const REPORT_FONT_FILES = {
  regular: 'LiberationSerif-Regular.ttf',
  bold: 'LiberationSerif-Bold.ttf',
  italic: 'LiberationSerif-Italic.ttf',
  boldItalic: 'LiberationSerif-BoldItalic.ttf',
} as const;

export function loadReportFonts(dir: string = reportFontDir()): ReportFonts {
  const read = (f: string) => new Uint8Array(readFileSync(join(dir, f)));
  const f = REPORT_FONT_FILES;
  return { regular: read(f.regular), bold: read(f.bold), italic: read(f.italic), boldItalic: read(f.boldItalic) };
}
