/**
 * The .ods reader on files built here: what LibreOffice writes for each kind of cell (repeats,
 * dates and the null date, times, booleans, errors, text with spaces and notes, formulas' cached
 * results), passwords, damage and the limits.
 */
import { readSpreadsheet } from '../../../src/hosts/read-file';
import { LIMITS } from '../../../src/hosts/xlsx/inspect';
import { plainGrid } from '../xlsx/grid-days';
import { zip, type ZipEntry } from '../../hostile/zip';

const NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"';

function ods(tables: string, options: { nullDate?: string; extra?: ZipEntry[]; mimetype?: string } = {}): Buffer {
  const settings = options.nullDate ? `<table:calculation-settings><table:null-date table:date-value="${options.nullDate}"/></table:calculation-settings>` : '';
  return zip([
    { name: 'mimetype', data: options.mimetype ?? 'application/vnd.oasis.opendocument.spreadsheet', store: true },
    { name: 'content.xml', data: `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${NS}><office:body><office:spreadsheet>${settings}${tables}</office:spreadsheet></office:body></office:document-content>` },
    ...(options.extra ?? []),
  ]);
}

const read = (bytes: Buffer, name = 'so.ods') => readSpreadsheet({ name, bytes });
const row = (cells: string, repeat?: number) => `<table:table-row${repeat ? ` table:number-rows-repeated="${repeat}"` : ''}>${cells}</table:table-row>`;
const table = (name: string, rows: string) => `<table:table table:name="${name}">${rows}</table:table>`;

describe('cells', () => {
  it('reads numbers, text, booleans, errors and formulas’ cached results (0, FALSE, "")', async () => {
    const [g] = await read(
      ods(
        table(
          'S',
          row(
            '<table:table-cell office:value-type="string"><text:p>Mã</text:p></table:table-cell>' +
              '<table:table-cell office:value-type="float" office:value="3.25"><text:p>3,25</text:p></table:table-cell>' +
              '<table:table-cell office:value-type="percentage" office:value="0.5"><text:p>50%</text:p></table:table-cell>' +
              '<table:table-cell office:value-type="boolean" office:boolean-value="true"><text:p>TRUE</text:p></table:table-cell>',
          ) +
            row(
              '<table:table-cell table:formula="of:=0" office:value-type="float" office:value="0" calcext:value-type="float"><text:p>0</text:p></table:table-cell>' +
                '<table:table-cell table:formula="of:=1=2" office:value-type="boolean" office:boolean-value="false"><text:p>FALSE</text:p></table:table-cell>' +
                '<table:table-cell table:formula="of:=&quot;&quot;" office:value-type="string" office:string-value="" calcext:value-type="string"><text:p/></table:table-cell>' +
                '<table:table-cell table:formula="of:=1/0" office:value-type="float" office:value="" calcext:value-type="error"><text:p>#DIV/0!</text:p></table:table-cell>',
            ),
        ),
      ),
    );
    expect(g.values).toEqual([
      ['Mã', 3.25, 0.5, true],
      [0, false, '', '#DIV/0!'],
    ]);
  });

  it('reads text as LibreOffice writes it: runs of spaces, tabs, line breaks, paragraphs; notes left out', async () => {
    const [g] = await read(
      ods(
        table(
          'S',
          row(
            '<table:table-cell office:value-type="string"><office:annotation><text:p>ghi chú</text:p></office:annotation><text:p>Nguyễn<text:s text:c="2"/>Văn<text:tab/>An</text:p><text:p>dòng <text:span>hai</text:span><text:line-break/>ba &amp; bốn</text:p></table:table-cell>',
          ),
        ),
      ),
    );
    expect(g.values[0][0]).toBe('Nguyễn  Văn\tAn\ndòng hai\nba & bốn');
  });

  it('expands repeated cells and rows holding values; LibreOffice’s padding of empty rows costs nothing', async () => {
    const [g] = await read(
      ods(
        table(
          'S',
          row('<table:table-cell table:number-columns-repeated="2"/><table:table-cell office:value-type="float" office:value="7" table:number-columns-repeated="3"/><table:covered-table-cell/><table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell><table:table-cell table:number-columns-repeated="16377"/>', 2) +
            row('<table:table-cell table:number-columns-repeated="16384"/>', 1_048_570) +
            row('<table:table-cell office:value-type="string"><text:p>cuối</text:p></table:table-cell>'),
        ),
      ),
    );
    expect(g.values[0]).toEqual([undefined, undefined, 7, 7, 7, undefined, 'x']);
    expect(g.values[1]).toEqual(g.values[0]);
    expect(g.values.length).toBe(1_048_573);
    expect(g.values[1_048_572]).toEqual(['cuối']);
  });
});

describe('dates', () => {
  const dates = row(
    '<table:table-cell office:value-type="date" office:date-value="2017-06-02"><text:p>02/06/2017</text:p></table:table-cell>' +
      '<table:table-cell office:value-type="date" office:date-value="2017-06-02T12:00:00"><text:p/></table:table-cell>' +
      '<table:table-cell office:value-type="float" office:value="42888"><text:p>42888</text:p></table:table-cell>',
  );

  it('turns office:date-value into a serial of the 1900 system by default', async () => {
    const [g] = await read(ods(table('S', dates)));
    expect(g.date1904).toBeUndefined();
    expect(g.values[0]).toEqual([42888, 42888.5, 42888]);
    expect(plainGrid(g)).toEqual([['02/06/2017', '02/06/2017', 42888]]);
  });

  it('a table null date of 01/01/1904 makes a 1904 workbook: dates land on their day', async () => {
    const [g] = await read(ods(table('S', dates), { nullDate: '1904-01-01' }));
    expect(g.date1904).toBe(true);
    expect(g.values[0][0]).toBe(41426);
    expect(plainGrid(g)[0].slice(0, 2)).toEqual(['02/06/2017', '02/06/2017']);
  });

  it('a time cell is a fraction of a day', async () => {
    const [g] = await read(ods(table('S', row('<table:table-cell office:value-type="time" office:time-value="PT12H30M00S"/>'))));
    expect(g.values[0][0]).toBeCloseTo(12.5 / 24, 10);
  });
});

describe('sheets and files', () => {
  it('keeps the workbook’s sheet order, hidden sheets included', async () => {
    const grids = await read(ods(table('ToChuc', row('<table:table-cell office:value-type="string"><text:p>a</text:p></table:table-cell>')) + '<table:table table:name="Ẩn" table:style-name="ta_hidden"/>' + table('DangVien', '')));
    expect(grids.map((g) => g.name)).toEqual(['ToChuc', 'Ẩn', 'DangVien']);
  });

  it('is recognised by its bytes whatever its name, and by its name', async () => {
    const bytes = ods(table('S', ''));
    expect((await read(bytes, 'renamed.xlsx')).map((g) => g.name)).toEqual(['S']);
    // Written by a tool that did not put `mimetype` first, and renamed: known by its parts.
    const content = `<office:document-content ${NS}><office:body><office:spreadsheet>${table('T', '')}</office:spreadsheet></office:body></office:document-content>`;
    const unordered = zip([{ name: 'content.xml', data: content }, { name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet' }]);
    expect((await read(unordered, 'renamed.xlsx')).map((g) => g.name)).toEqual(['T']);
  });

  it('a password: one line saying to save a copy without it', async () => {
    const manifest = `<manifest:manifest ${NS}><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"><manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="x"/></manifest:file-entry></manifest:manifest>`;
    await expect(read(ods(table('S', ''), { extra: [{ name: 'META-INF/manifest.xml', data: manifest }] }))).rejects.toThrow(
      /có mật khẩu bảo vệ: hãy mở trong LibreOffice.* \/ the file is password-protected: open it in LibreOffice, save a copy without a password/,
    );
  });

  it('damage: content.xml missing, malformed or cut short names the part', async () => {
    await expect(read(zip([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet', store: true }, { name: 'styles.xml', data: '<x/>' }]))).rejects.toThrow(
      /the \.ods file is damaged \(content\.xml is missing\)/,
    );
    await expect(read(ods(table('S', row('<table:table-cell>')))) ).rejects.toThrow(/the file is damaged: malformed XML in content\.xml/);
  });

  it('counts cells, repeated ones included, and rows’ reach against the limits', async () => {
    const saved = { ...LIMITS };
    try {
      const many = ods(table('S', row('<table:table-cell office:value-type="float" office:value="1" table:number-columns-repeated="10"/>', 1_000_000)));
      Object.assign(LIMITS, { maxCells: 5_000_000 });
      await expect(read(many)).rejects.toThrow(/more than 5,000,000 rows and cells/);
      Object.assign(LIMITS, { maxCells: 20_000_000, maxRowSpan: 1000 });
      await expect(read(many)).rejects.toThrow(/reach too far right/);
    } finally {
      Object.assign(LIMITS, saved);
    }
  });
});
