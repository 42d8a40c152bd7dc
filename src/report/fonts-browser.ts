/**
 * The report's fonts in the browser: the same Liberation Serif files as the command line
 * (assets/fonts/liberation-serif), inlined by webpack as base64 into a chunk of their own that
 * loads only when a PDF is asked for. Inlined rather than fetched: the page must make no
 * request, and it also runs from a folder (file://), where a fetch of a sibling file fails.
 */
import regular from '../../assets/fonts/liberation-serif/LiberationSerif-Regular.ttf';
import bold from '../../assets/fonts/liberation-serif/LiberationSerif-Bold.ttf';
import italic from '../../assets/fonts/liberation-serif/LiberationSerif-Italic.ttf';
import boldItalic from '../../assets/fonts/liberation-serif/LiberationSerif-BoldItalic.ttf';
import type { ReportFonts } from './pdf';

function bytesOf(base64: string): Uint8Array {
  const binary = atob(base64);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

export function bundledFonts(): ReportFonts {
  return { regular: bytesOf(regular), bold: bytesOf(bold), italic: bytesOf(italic), boldItalic: bytesOf(boldItalic) };
}
