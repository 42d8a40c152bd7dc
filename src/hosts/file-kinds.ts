/**
 * Which files the readers take, by name: what the browser's file picker offers and the pane
 * accepts (the bytes decide how a file is read, src/hosts/read-file.ts). Pure, tiny: the pane's
 * first bundle imports it without the readers.
 */

/** The picker's accept list: workbooks, OpenDocument spreadsheets, Excel 97–2003, CSV/TSV text. */
export const OPENABLE_ACCEPT = '.xlsx,.xlsm,.ods,.xls,.csv,.tsv,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.oasis.opendocument.spreadsheet,application/vnd.ms-excel,text/csv';

/** The workbooks several of which are merged (Gộp sổ): no CSV, which holds one sheet. */
export const WORKBOOK_ACCEPT = '.xlsx,.xlsm,.ods,.xls,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.oasis.opendocument.spreadsheet,application/vnd.ms-excel';

/** A file the readers take: .xlsx, .xlsm, .ods, .ots, .xls, .csv, .tsv, .txt, .tab. */
export const isOpenableName = (name: string) => /\.(xlsx|xlsm|ods|ots|xls|csv|tsv|txt|tab)$/i.test(name);

/** A CSV/TSV text file by its name: several of them open together as one workbook. */
export const isCsvName = (name: string) => /\.(csv|tsv|txt|tab)$/i.test(name);
