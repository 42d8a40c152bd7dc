/** The bundled M'Đrắk 2017 workbook, generated on demand (browser mode's "use the sample"). */
export const SAMPLE_FILE_NAME = 'MDrak-2017.xlsx';

export async function sampleWorkbook(): Promise<{ bytes: Uint8Array; fileName: string }> {
  const [{ generateSample }, { gridsToBuffer }] = await Promise.all([import('../../sample'), import('../../hosts/xlsx/write-grids')]);
  return { bytes: await gridsToBuffer(generateSample()), fileName: SAMPLE_FILE_NAME };
}
