/** The parts of an .xlsx as text, read with the project's own zip check and Node's zlib. */
import { inflateRawSync } from 'zlib';
import { zipParts } from '../../src/hosts/xlsx/inspect';

export function xlsxParts(bytes: Uint8Array): Map<string, string> {
  const z = zipParts(bytes);
  if ('reason' in z) throw new Error(z.reason);
  const out = new Map<string, string>();
  for (const p of z.parts) {
    const data = bytes.subarray(p.dataStart, p.dataStart + p.compressed);
    out.set(p.name, (p.method === 8 ? inflateRawSync(data) : Buffer.from(data)).toString('utf8'));
  }
  return out;
}

/** XML text content as a reader sees it: entities and Excel's `_xHHHH_` escapes decoded. */
export function xmlText(s: string): string {
  return s
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/_x([0-9A-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    .replace(/&amp;/g, '&');
}

export interface XmlCell {
  ref: string;
  type: string | null;
  formula: string | null;
  value: string | null;
}

/** The cells of a worksheet part. */
export function sheetCells(xml: string): XmlCell[] {
  const cells: XmlCell[] = [];
  for (const m of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const attrs = m[1];
    const body = m[2] ?? '';
    const f = /<f\b[^>]*>([\s\S]*?)<\/f>|<f\b[^>]*\/>/.exec(body);
    const v = /<v>([\s\S]*?)<\/v>/.exec(body);
    const is = /<is>[\s\S]*?<t[^>]*>([\s\S]*?)<\/t>/.exec(body);
    cells.push({
      ref: /\br="([A-Z]+\d+)"/.exec(attrs)?.[1] ?? '',
      type: /\bt="(\w+)"/.exec(attrs)?.[1] ?? null,
      formula: f ? xmlText(f[1] ?? '') : null,
      value: v ? xmlText(v[1]) : is ? xmlText(is[1]) : null,
    });
  }
  return cells;
}

/** The shared strings, in order. */
export function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => xmlText([...m[1].matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join('')));
}

/** Worksheet parts by sheet name, in the workbook's order. */
export function sheetsByName(parts: Map<string, string>): Map<string, string> {
  const wb = parts.get('xl/workbook.xml')!;
  const rels = parts.get('xl/_rels/workbook.xml.rels')!;
  const target = new Map([...rels.matchAll(/<Relationship\b[^>]*\bId="([^"]+)"[^>]*\bTarget="([^"]+)"/g)].map((m) => [m[1], m[2]]));
  const out = new Map<string, string>();
  for (const m of wb.matchAll(/<sheet\b[^>]*\bname="([^"]*)"[^>]*\br:id="([^"]+)"/g)) {
    const t = target.get(m[2])!.replace(/^\/?(xl\/)?/, '');
    out.set(xmlText(m[1]), parts.get('xl/' + t)!);
  }
  return out;
}
