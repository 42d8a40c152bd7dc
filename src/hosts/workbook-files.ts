/**
 * Which files of a folder are workbooks to read together (the command line's FOLDER, the pane's
 * folder picker): .xlsx, .xlsm, .ods and .xls (the readers take each by its bytes), not Excel's or
 * LibreOffice's lock files (`~$…`, `.~lock…`) nor hidden ones. CSV files stay out: in a folder
 * each would be a workbook of one sheet. Pure.
 */
const WORKBOOK = /\.(xlsx|xlsm|ods|xls)$/i;

/** `path` may carry folders (`tinh/X01.xlsx`): the rule is on the file's own name. */
export function isWorkbookInFolder(path: string): boolean {
  const name = path.split(/[\\/]/).pop() ?? path;
  return WORKBOOK.test(name) && !name.startsWith('~$') && !name.startsWith('.');
}

/**
 * The names each file is shown by: its own name, or its path where two files share a name (two
 * communes' folders each holding `SoDangVien.xlsx`).
 */
export function shownFileNames(paths: readonly string[]): string[] {
  const base = paths.map((p) => p.split(/[\\/]/).pop() ?? p);
  return base.map((b, i) => (base.indexOf(b) !== base.lastIndexOf(b) ? paths[i] : b));
}
