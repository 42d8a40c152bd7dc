/** The report as .docx: what Word opens — the same text as the PDF, A4, Times New Roman, the table's header repeated, DỰ THẢO when drafted from errors. */
import JSZip from 'jszip';
import { draftReport, reportParagraphs, tableRowCells } from '../../src/report/draft';
import { renderReportDocx } from '../../src/report/docx';
import { defaultReportSettings } from '../../src/report/settings';
import { sampleFigures } from './helpers';

async function parts(bytes: Uint8Array): Promise<{ document: string; headers: string[]; files: string[] }> {
  const zip = await JSZip.loadAsync(bytes);
  const files = Object.keys(zip.files);
  const document = await zip.file('word/document.xml')!.async('string');
  const headers = await Promise.all(files.filter((f) => /^word\/header\d*\.xml$/.test(f)).map((f) => zip.file(f)!.async('string')));
  return { document, headers, files };
}

/** The text of each paragraph (w:p), runs joined, XML entities decoded. */
function paragraphTexts(xml: string): string[] {
  const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => decode([...m[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')));
}

describe('the sample report as .docx', () => {
  const f = sampleFigures();
  const drafted = draftReport(f, defaultReportSettings(f));
  let doc: Awaited<ReturnType<typeof parts>>;
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await renderReportDocx(drafted);
    doc = await parts(bytes);
  });

  it('is a Word package (zip with the document, styles and content types)', () => {
    expect(bytes[0]).toBe(0x50);
    expect(bytes[1]).toBe(0x4b);
    expect(doc.files).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']));
  });

  it('holds every paragraph of the drafted text, word for word, and the header blocks', () => {
    const texts = paragraphTexts(doc.document);
    for (const p of reportParagraphs(drafted)) expect(texts).toContain(p);
    for (const line of ['ĐẢNG CỘNG SẢN VIỆT NAM', "HUYỆN ỦY M'ĐRẮK", 'BÁO CÁO', 'kết quả công tác phát triển đảng viên năm 2017', 'Nơi nhận:', 'T/M BAN THƯỜNG VỤ']) {
      expect(texts).toContain(line);
    }
  });

  it('has the attainment table with every TCCS row, the total, and its header repeated on each page', () => {
    const texts = paragraphTexts(doc.document);
    for (const r of drafted.table.rows) for (const c of tableRowCells(r, 'vi')) expect(texts).toContain(c);
    expect(texts).toContain('Tổng cộng');
    expect(doc.document).toMatch(/<w:tblHeader\/>|<w:tblHeader w:val="(true|1)"\/>/);
    expect(doc.document).toContain('<w:cantSplit');
  });

  it('is A4 portrait with the format’s margins, Times New Roman, page numbers from page 2', () => {
    expect(doc.document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(doc.document).toMatch(/w:left="1701"/);
    expect(doc.document).toMatch(/w:right="850"/);
    expect(doc.document).toContain('<w:titlePg');
    expect(doc.document).toContain('Times New Roman');
    expect(doc.headers.join('')).toMatch(/PAGE/);
    expect(doc.document + doc.headers.join('')).not.toContain('DỰ THẢO');
  });
});

describe('a draft', () => {
  it('says DỰ THẢO in the header of every page and how many errors remain under the title', async () => {
    const f = sampleFigures();
    const d = await parts(await renderReportDocx(draftReport(f, defaultReportSettings(f), 'vi', { errors: 4 })));
    expect(d.headers.length).toBeGreaterThanOrEqual(2);
    for (const h of d.headers) expect(paragraphTexts(h)).toContain('DỰ THẢO');
    expect(paragraphTexts(d.document).some((p) => p.startsWith('Sổ còn 4 lỗi chưa sửa'))).toBe(true);
  });
});
