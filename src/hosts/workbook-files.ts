/**
 * Which files of a folder are workbooks to read together (the command line's FOLDER, the pane's
 * folder picker): .xlsx and .xlsm, not Excel's lock files (`~$…`) nor hidden ones. Pure.
 */
const WORKBOOK = /\.(xlsx|xlsm)$/i;

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
