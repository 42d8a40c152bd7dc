// The .xlsx reader on what other programs write: each case is a small workbook built here the
// way LibreOffice, openpyxl, XlsxWriter, Excel for Mac or a Strict OOXML writer lays it out, and
// the test asserts what a user would see in the cells.
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { inflateRawSync } from 'zlib';
import { analyze } from '../../../src/core/analyze';
import { readXlsx, resolveTarget } from '../../../src/hosts/xlsx/xlsx-reader';
import { isDateFormatCode } from '../../../src/hosts/xlsx/number-formats';
import { gridsToBuffer } from '../../../src/hosts/xlsx/write-grids';
import { generateSample } from '../../../src/sample';
import { unzipText, zip, type ZipEntry } from '../../hostile/zip';
import { plainGrid } from './grid-days';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const STRICT_MAIN = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
const STRICT_REL = 'http://purl.oclc.org/ooxml/officeDocument/relationships';

interface Book {
  sheets: { name: string; xml: string; state?: string; file?: string }[];
  strings?: string;
  styles?: string;
  workbookPr?: string;
  /** Targets written absolute (`/xl/worksheets/…`), as openpyxl does. */
  absolute?: boolean;
  strict?: boolean;
  prefix?: string;
  /** Order of the parts in the zip (default: sheets first, as Excel writes them). */
  stringsLast?: boolean;
}

function book(b: Book): Buffer {
  const main = b.strict ? STRICT_MAIN : MAIN;
  const rel = b.strict ? STRICT_REL : REL;
  const p = b.prefix ? `${b.prefix}:` : '';
  const ns = b.prefix ? `xmlns:${b.prefix}="${main}"` : `xmlns="${main}"`;
  const target = (t: string) => (b.absolute ? `/xl/${t}` : t);
  const sheets = b.sheets.map((s, i) => `<${p}sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"${s.state ? ` state="${s.state}"` : ''}/>`).join('');
  const rels = b.sheets.map((s, i) => `<Relationship Id="rId${i + 1}" Type="${rel}/worksheet" Target="${target(`worksheets/${s.file ?? `sheet${i + 1}.xml`}`)}"/>`).join('');
  const extra = [
    b.strings !== undefined ? `<Relationship Id="rIdS" Type="${rel}/sharedStrings" Target="${target('sharedStrings.xml')}"/>` : '',
    b.styles !== undefined ? `<Relationship Id="rIdY" Type="${rel}/styles" Target="${target('styles.xml')}"/>` : '',
  ].join('');
  const parts: ZipEntry[] = [
    { name: '[Content_Types].xml', data: `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>` },
    { name: '_rels/.rels', data: `<?xml version="1.0"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="${b.absolute ? '/' : ''}xl/workbook.xml"/></Relationships>` },
    { name: 'xl/workbook.xml', data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}workbook ${ns} xmlns:r="${rel}">${b.workbookPr ?? ''}<${p}sheets>${sheets}</${p}sheets></${p}workbook>` },
    { name: 'xl/_rels/workbook.xml.rels', data: `<Relationships xmlns="${PKG}">${rels}${extra}</Relationships>` },
  ];
  const sheetParts = b.sheets.map((s, i) => ({ name: `xl/worksheets/${s.file ?? `sheet${i + 1}.xml`}`, data: `<${p}worksheet ${ns}><${p}sheetData>${s.xml}</${p}sheetData></${p}worksheet>` }));
  const others: ZipEntry[] = [];
  if (b.strings !== undefined) others.push({ name: 'xl/sharedStrings.xml', data: `<${p}sst ${ns}>${b.strings}</${p}sst>` });
  if (b.styles !== undefined) others.push({ name: 'xl/styles.xml', data: `<${p}styleSheet ${ns}>${b.styles}</${p}styleSheet>` });
  return zip([...parts, ...(b.stringsLast ? [...sheetParts, ...others] : [...others, ...sheetParts])]);
}

/** Styles: 0 General, 1 built-in 14 (a date), 2 custom dd/mm/yyyy, 3 `0" ngày"` (a number), 4 `[Red]0.00`, 5 `mmm yyyy`, 6 `h:mm`. */
const STYLES = `<numFmts count="5"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="0&quot; ngày&quot;"/><numFmt numFmtId="166" formatCode="[Red]0.00"/><numFmt numFmtId="167" formatCode="mmm yyyy"/><numFmt numFmtId="168" formatCode="h:mm"/></numFmts><cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs count="7"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/><xf numFmtId="167"/><xf numFmtId="168"/></cellXfs>`;

const one = async (b: Book) => plainGrid((await readXlsx(book(b)))[0]);

describe('the .xlsx reader', () => {
  it('follows relationship targets written absolute (openpyxl) as well as relative', async () => {
    for (const absolute of [false, true]) {
      const grids = await readXlsx(book({ absolute, strings: '<si><t>Nguyễn Văn A</t></si>', sheets: [{ name: 'DangVien', xml: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' }] }));
      expect(grids.map((g) => [g.name, plainGrid(g)])).toEqual([['DangVien', [['Nguyễn Văn A']]]]);
    }
    expect(resolveTarget('xl/workbook.xml', '/xl/worksheets/sheet1.xml')).toBe('xl/worksheets/sheet1.xml');
    expect(resolveTarget('xl/workbook.xml', 'worksheets/sheet%201.xml')).toBe('xl/worksheets/sheet 1.xml');
    expect(resolveTarget('xl/worksheets/sheet1.xml', '../sharedStrings.xml')).toBe('xl/sharedStrings.xml');
  });

  it.each(['1', 'true', 'on', 'TRUE'])('reads date1904="%s" as the 1904 date system: dates land on their day', async (v) => {
    const grids = await readXlsx(book({ workbookPr: `<workbookPr date1904="${v}"/>`, styles: STYLES, sheets: [{ name: 'S', xml: '<row r="1"><c r="A1" s="2"><v>41426</v></c></row>' }] }));
    expect(grids[0].date1904).toBe(true);
    // 41426 counted from 01/01/1904 is 02/06/2017 (from 1900 it would be 1,462 days earlier).
    expect(plainGrid(grids[0])).toEqual([['02/06/2017']]);
  });

  it.each(['0', 'false', 'off'])('reads date1904="%s" as the 1900 date system', async (v) => {
    const grids = await readXlsx(book({ workbookPr: `<workbookPr date1904="${v}"/>`, styles: STYLES, sheets: [{ name: 'S', xml: '<row r="1"><c r="A1" s="2"><v>42888</v></c></row>' }] }));
    expect(grids[0].date1904).toBeUndefined();
    expect(plainGrid(grids[0])).toEqual([['02/06/2017']]);
  });

  it('keeps formulas’ cached results, 0, FALSE and "" included; a formula without one is empty', async () => {
    const xml =
      '<row r="1"><c r="A1"><f>ROUND(B1*0,0)</f><v>0</v></c><c r="B1" t="b"><f>1=2</f><v>0</v></c><c r="C1" t="str"><f>""</f><v></v></c>' +
      '<c r="D1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="E1"><f>1/0</f></c><c r="F1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="G1" t="b"><v>1</v></c></row>';
    const g = (await readXlsx(book({ sheets: [{ name: 'S', xml }] })))[0];
    expect(g.values[0]).toEqual([0, false, '', 'ab', undefined, '#DIV/0!', true]);
  });

  it('reads numbers however they are written: digits, leading zeros, signs, points, exponents, spaces, 16 digits and more, split by a comment', async () => {
    const strings = '<si><t>a</t></si><si><t>b</t></si>';
    const cells = ['<v>42</v>', '<v>007</v>', '<v>-3</v>', '<v>2.5</v>', '<v>1E3</v>', '<v> 12 </v>', '<v>12345678901234567</v>', '<v>12<!-- x -->34</v>', '<v>0</v>', '<v></v>'];
    const xml = `<row r="1">${cells.map((v) => `<c>${v}</c>`).join('')}<c t="s"><v>1</v></c><c t="n"><v>9</v></c><c t="s"><v>0<!---->1</v></c></row>`;
    const g = (await readXlsx(book({ strings, sheets: [{ name: 'S', xml }] })))[0];
    expect(g.values[0]).toEqual([42, 7, -3, 2.5, 1000, 12, 12345678901234568, 1234, 0, undefined, 'b', 9, 'b']);
  });

  it('reads shared, inline and rich text, leaving out phonetic runs, with entities and OOXML escapes', async () => {
    const strings = '<si><t xml:space="preserve"> a &amp; b </t></si><si><r><rPr><b/></rPr><t>Đảng </t></r><r><t>viên</t></r><rPh sb="0" eb="1"><t>ダン</t></rPh></si><si><t>x_x000D_y</t></si>';
    const xml = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="inlineStr"><is><t>Chi bộ 1</t></is></c><c r="E1" t="inlineStr"><is><r><t>Hòa</t></r><r><t> Trang</t></r></is></c><c r="F1" t="inlineStr"><is><t><![CDATA[<b>]]></t></is></c></row>';
    const g = (await readXlsx(book({ strings, sheets: [{ name: 'S', xml }] })))[0];
    expect(g.values[0]).toEqual([' a & b ', 'Đảng viên', 'x\ry', 'Chi bộ 1', 'Hòa Trang', '<b>']);
  });

  it('tells dates from numbers by the cell’s number format; reads t="d" ISO dates', async () => {
    const xml = '<row r="1"><c r="A1" s="1"><v>42888</v></c><c r="B1" s="2"><v>42888</v></c><c r="C1" s="3"><v>42888</v></c><c r="D1" s="4"><v>42888</v></c><c r="E1" s="5"><v>42888</v></c><c r="F1" s="6"><v>0.5</v></c><c r="G1" t="d"><v>2017-06-02T00:00:00</v></c><c r="H1"><v>42888</v></c></row>';
    expect(await one({ styles: STYLES, sheets: [{ name: 'S', xml }] })).toEqual([['02/06/2017', '02/06/2017', 42888, 42888, '02/06/2017', 0.5, '02/06/2017', 42888]]);
    expect(['dd/mm/yyyy', '[$-42A]d/m/yyyy;@', 'yyyy', 'mmmm', '[Blue]d-mmm'].map(isDateFormatCode)).toEqual([true, true, true, true, true]);
    expect(['0" ngày"', '"Năm "0', '[Red]0.00', 'h:mm', '[h]:mm:ss', 'General', '#,##0_);(#,##0)', '\\d0'].map(isDateFormatCode)).toEqual([false, false, false, false, false, false, false, false]);
  });

  it('places cells and rows written without their `r` after the one before', async () => {
    const xml = '<row><c><v>1</v></c><c><v>2</v></c><c r="E1"><v>5</v></c><c><v>6</v></c></row><row r="3"><c><v>7</v></c></row><row><c t="inlineStr"><is><t>x</t></is></c></row>';
    expect(await one({ sheets: [{ name: 'S', xml }] })).toEqual([[1, 2, null, null, 5, 6], [], [7], ['x']]);
  });

  it('reads prefixed elements (x:c) and Strict OOXML', async () => {
    const xml = '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1"><x:v>3</x:v></x:c></x:row>';
    expect(await one({ prefix: 'x', strings: '<x:si><x:t>a</x:t></x:si>', sheets: [{ name: 'S', xml }] })).toEqual([['a', 3]]);
    expect(await one({ strict: true, strings: '<si><t>a</t></si>', sheets: [{ name: 'S', xml: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' }] })).toEqual([['a']]);
  });

  it('gives the sheets in the workbook’s order, hidden ones included, whatever their parts are called and wherever they lie in the zip', async () => {
    const grids = await readXlsx(
      book({
        stringsLast: true,
        strings: '<si><t>s</t></si>',
        sheets: [
          { name: 'ToChuc', file: 'sheet3.xml', xml: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' },
          { name: 'DanhMuc', file: 'sheet1.xml', state: 'hidden', xml: '<row r="1"><c r="A1"><v>1</v></c></row>' },
          { name: 'DangVien', file: 'members.xml', xml: '<row r="2"><c r="B2"><v>2</v></c></row>' },
        ],
      }),
    );
    expect(grids.map((g) => [g.name, plainGrid(g)])).toEqual([
      ['ToChuc', [['s']]],
      ['DanhMuc', [[1]]],
      ['DangVien', [[], [null, 2]]],
    ]);
  });

  it('reads a line break written as such in a sheet name as a space (XML attribute normalization), as LibreOffice and openpyxl show it', async () => {
    const grids = await readXlsx(book({ sheets: [{ name: 'Chi bộ\n1\t2', xml: '' }, { name: 'Dòng&#10;mới', xml: '' }] }));
    expect(grids.map((g) => g.name)).toEqual(['Chi bộ 1 2', 'Dòng\nmới']);
  });

  it('says a sheet cut short is a damaged file naming the part, not an empty sheet', async () => {
    const bytes = book({ sheets: [{ name: 'S', xml: '' }] });
    const cut = zip([
      ...(['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels'] as const).map((name) => ({ name, data: partText(bytes, name) })),
      { name: 'xl/worksheets/sheet1.xml', data: `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2` },
    ]);
    await expect(readXlsx(cut)).rejects.toThrow(/the file is damaged: malformed XML in xl\/worksheets\/sheet1\.xml/);
  });

  it('says a part the workbook points to is missing', async () => {
    const bytes = book({ sheets: [{ name: 'S', xml: '' }] });
    const without = zip((['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels'] as const).map((name) => ({ name, data: partText(bytes, name) })));
    await expect(readXlsx(without)).rejects.toThrow(/the part xl\/worksheets\/sheet1\.xml is missing/);
  });

  it('reads the sample written by our writer as the generator made it, and the core gets the same findings and figures', async () => {
    const sample = generateSample();
    const read = await readXlsx(await gridsToBuffer(sample));
    expect(read.map(plainGrid)).toEqual(sample.map(plainGrid));
    const a = analyze(read, { today: '2018-01-09' });
    const b = analyze(sample, { today: '2018-01-09' });
    expect(a.findings).toEqual(b.findings);
    expect(a.figures).toEqual(b.figures);
  }, 30_000);

  it('reads every cell and shared string alike whether its element arrives whole or in pieces', async () => {
    // Cells and plain shared strings are read in one pass when they lie whole in what is inflated
    // so far, the scanner's way otherwise: the corpus, inflated in pieces of 1 to 97 bytes (most
    // elements cut), must read as it does in pieces of 256 KB (nearly none cut).
    const dir = join(__dirname, '../../corpus/files');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.xlsx'));
    expect(files.length).toBeGreaterThan(10);
    const cut = (data: Uint8Array, onChunk: (c: Uint8Array) => void) => {
      const all = inflateRawSync(data);
      for (let at = 0, size = 1; at < all.length; at += size, size = (size * 7) % 97 || 1) onChunk(all.subarray(at, at + size));
      return Promise.resolve();
    };
    for (const f of files) {
      const bytes = readFileSync(join(dir, f));
      const whole = (await readXlsx(bytes)).map(plainGrid);
      const pieces = (await readXlsx(bytes, { inflate: cut })).map(plainGrid);
      expect({ f, pieces }).toEqual({ f, pieces: whole });
    }
  }, 60_000);
});

/** The text of a part of a zip made by `book` (stored or deflated), for building variants. */
function partText(bytes: Buffer, name: string): string {
  const text = unzipText(bytes).get(name);
  if (text === undefined) throw new Error(`no part ${name}`);
  return text;
}
