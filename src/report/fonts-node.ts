/**
 * The report's fonts on Node: DejaVu Serif (an open serif that covers Vietnamese fully), read
 * from the `dejavu-fonts-ttf` package. Its condensed cut is the default: closer to Times New
 * Roman's width, which the format's sizes assume. The browser bundles the same files and passes
 * their bytes to `renderReportPdf`.
 */
import { readFileSync } from 'fs';
import { dirname, join } from 'path';
import type { ReportFonts } from './pdf';

/** The folder of the TTF files. */
export function dejaVuDir(): string {
  return join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
}

/** The file names of the four faces, for a bundler to copy. */
export const DEJAVU_SERIF_FILES = {
  condensed: {
    regular: 'DejaVuSerifCondensed.ttf',
    bold: 'DejaVuSerifCondensed-Bold.ttf',
    italic: 'DejaVuSerifCondensed-Italic.ttf',
    boldItalic: 'DejaVuSerifCondensed-BoldItalic.ttf',
  },
  normal: {
    regular: 'DejaVuSerif.ttf',
    bold: 'DejaVuSerif-Bold.ttf',
    italic: 'DejaVuSerif-Italic.ttf',
    boldItalic: 'DejaVuSerif-BoldItalic.ttf',
  },
} as const;

export function loadDejaVuFonts(options: { condensed?: boolean; dir?: string } = {}): ReportFonts {
  const dir = options.dir ?? dejaVuDir();
  const files = DEJAVU_SERIF_FILES[options.condensed === false ? 'normal' : 'condensed'];
  const read = (f: string) => new Uint8Array(readFileSync(join(dir, f)));
  return { regular: read(files.regular), bold: read(files.bold), italic: read(files.italic), boldItalic: read(files.boldItalic) };
}
