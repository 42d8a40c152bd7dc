/**
 * The browser mode edits a workbook in ExcelJS, which takes a workbook for the 1904 date system
 * only when it says `date1904="1"`. LibreOffice writes `true`: the saved copy, and the template's
 * example dates, must still show the days the file does.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { analyze } from '../../src/core/analyze';
import { readSpreadsheet } from '../../src/hosts/read-file';
import { FileHost } from '../../src/hosts/xlsx/file-host';
import { plainGrid } from '../hosts/xlsx/grid-days';

const FILES = join(__dirname, '../corpus/files/sample');
const days = async (bytes: Uint8Array) => (await readSpreadsheet({ name: 'x.xlsx', bytes })).map(plainGrid);

describe.each(['libreoffice-1904.xlsx', 'xlsxwriter-1904.xlsx', 'original.xlsx'])('%s opened in the browser mode', (name) => {
  const bytes = readFileSync(join(FILES, name));

  it('is saved with every date on the day the file shows', async () => {
    const saved: Uint8Array[] = [];
    const host = await FileHost.open(bytes, { fileName: name, save: (b) => void saved.push(b) });
    await host.save();
    expect(saved).toHaveLength(1);
    expect(await days(saved[0])).toEqual(await days(bytes));
  });

  it("gets the template's example dates on the days it means", async () => {
    // A workbook without the standard sheets: its other sheets kept, the template added.
    const grids = await readSpreadsheet({ name, bytes });
    const saved: Uint8Array[] = [];
    const host = await FileHost.open(bytes, { fileName: name, save: (b) => void saved.push(b) });
    for (const g of grids) host.workbook.removeWorksheet(host.workbook.getWorksheet(g.name)!.id);
    host.workbook.addWorksheet('Ghi chú');
    await host.insertTemplate(2017);
    await host.save();
    const member = analyze(await readSpreadsheet({ name, bytes: saved[0] }), { today: '2030-01-01' }).parsed.members!.records[0];
    const fresh = FileHost.empty({ fileName: 'new.xlsx', save: (b) => void saved.push(b) });
    await fresh.insertTemplate(2017);
    await fresh.save();
    const expected = analyze(await readSpreadsheet({ name: 'new.xlsx', bytes: saved[1] }), { today: '2030-01-01' }).parsed.members!.records[0];
    expect(member.birth).not.toBeNull();
    expect({ birth: member.birth, admitted: member.admitted }).toEqual({ birth: expected.birth, admitted: expected.admitted });
  });
});
