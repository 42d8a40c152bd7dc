/**
 * A new .xlsx file from the core's layouts, written directly as SpreadsheetML and zipped (zip.ts):
 * ExcelJS built a cell object per cell and took seconds on a district of a million members.
 * Pure TypeScript, for the command line and the browser alike.
 */
import type { SheetLayout } from '../../../core/layouts/types';
import { appXml, contentTypes, coreXml, ROOT_RELS, sheetRels, workbookRels, workbookXml } from './package';
import { SharedStrings } from './shared-strings';
import { sheetXml } from './sheet';
import { StylesTable } from './styles-table';
import { tableXml } from './table';
import { THEME_XML } from './theme';
import { zipFile, type RawDeflater } from './zip';

export interface WriteOptions {
  /** The document's date (core properties, the zip entries' times); by default now. */
  created?: Date;
  /** Deflate level, 0–9. */
  level?: number;
  /** The host's own deflater (the command line's zlib); fflate's otherwise. */
  deflate?: RawDeflater;
}

/**
 * Level 1: the sheets' XML repeats itself so much that the fastest deflate already gets most of
 * the size. On a million members' 11 MB of sheets: 1.9 MB in 0.16 s, where level 6 takes 0.4 s
 * for 1.5 MB (bench/write-summary.js prints both).
 */
export const DEFAULT_LEVEL = 1;

export function writeXlsx(layouts: SheetLayout[], options: WriteOptions = {}): Uint8Array {
  // Excel opens no workbook without a sheet: callers always have the findings sheet at least.
  if (!layouts.length) throw new Error('writeXlsx: a workbook needs at least one sheet');
  const created = options.created ?? new Date();
  const level = options.level ?? DEFAULT_LEVEL;
  const sst = new SharedStrings();
  const styles = new StylesTable();
  let nextTableId = 1;
  const tableNames = new Set<string>();
  const sheetParts: [string, Uint8Array | string][] = [];
  const tableParts: [string, string][] = [];
  layouts.forEach((layout, index) => {
    const sheet = sheetXml(layout, { index, sst, styles, nextTableId, tableNames });
    sheetParts.push([`xl/worksheets/sheet${index + 1}.xml`, sheet.bytes]);
    if (sheet.tables.length) {
      sheetParts.push([`xl/worksheets/_rels/sheet${index + 1}.xml.rels`, sheetRels(sheet.tables.map((t) => t.id))]);
      for (const t of sheet.tables) tableParts.push([`xl/tables/table${t.id}.xml`, tableXml(t)]);
    }
    nextTableId += sheet.tables.length;
  });
  // The content types first: some readers look for them at the start of the file.
  const entries: [string, Uint8Array | string][] = [
    ['[Content_Types].xml', contentTypes(layouts.length, nextTableId - 1)],
    ['_rels/.rels', ROOT_RELS],
    ['docProps/core.xml', coreXml('dangvien', created)],
    ['docProps/app.xml', appXml(layouts.map((l) => l.name))],
    ['xl/workbook.xml', workbookXml(layouts)],
    ['xl/_rels/workbook.xml.rels', workbookRels(layouts.length)],
    ['xl/styles.xml', styles.xml()],
    ['xl/theme/theme1.xml', THEME_XML],
    ['xl/sharedStrings.xml', sst.bytes()],
    ...sheetParts,
    ...tableParts,
  ];
  const utf8 = new TextEncoder();
  const parts = entries.map(([name, xml]) => ({ name, data: typeof xml === 'string' ? utf8.encode(xml) : xml }));
  return zipFile(parts, { level, mtime: created, deflate: options.deflate });
}
