// What the pickers offer and what the readers and the folder rule take must agree: a kind offered
// but not read would fail after the pick, one read but not offered could never be picked.
import { isCsvName, isOpenableName, OPENABLE_ACCEPT, WORKBOOK_ACCEPT } from '../../src/hosts/file-kinds';
import { isWorkbookInFolder } from '../../src/hosts/workbook-files';

const extensions = (accept: string) => accept.split(',').filter((a) => a.startsWith('.'));

describe('the kinds of file the pane offers', () => {
  it('the open picker offers every kind the readers take, and only those', () => {
    for (const ext of extensions(OPENABLE_ACCEPT)) expect(isOpenableName(`So${ext}`)).toBe(true);
    for (const ext of ['.xlsx', '.xlsm', '.ods', '.xls', '.csv', '.tsv']) expect(extensions(OPENABLE_ACCEPT)).toContain(ext);
    expect(isOpenableName('So.docx')).toBe(false);
  });

  it('Gộp sổ offers the workbooks a folder merges: .xlsx, .xlsm, .ods, .xls, no CSV', () => {
    const offered = extensions(WORKBOOK_ACCEPT);
    expect(offered.sort()).toEqual(['.ods', '.xls', '.xlsm', '.xlsx']);
    for (const ext of offered) {
      expect(isWorkbookInFolder(`tinh/X01${ext}`)).toBe(true);
      expect(isCsvName(`X01${ext}`)).toBe(false);
    }
    expect(isWorkbookInFolder('tinh/X01.csv')).toBe(false);
    expect(isWorkbookInFolder('tinh/~$X01.xlsx')).toBe(false);
  });
});
