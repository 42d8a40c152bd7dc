/** The report names the right bodies: a commune's committee, a province's, never the district's of 2018. */
import { reportParagraphs } from '../../src/report';
import { runWorkbook } from '../../src/pipeline/run';
import { runWorkbooks } from '../../src/pipeline/run-many';
import { generateCommune, generateProvince } from '../../src/sample';

const req = { lang: 'vi' as const, today: '2026-12-01' };

describe('the drafted report under the 2025 models', () => {
  it('is issued by a commune’s committee, to the province’s organisation board', () => {
    const d = runWorkbook(generateCommune().grids, req).report!.drafted;
    expect(d.header.issuingBody).toBe('ĐẢNG ỦY XÃ EA RIÊNG');
    expect(d.recipients.lines[0]).toContain('Ban Tổ chức Tỉnh ủy');
    const text = [...reportParagraphs(d), ...d.recipients.lines].join('\n');
    expect(text).toContain('Ban Thường vụ Đảng ủy xã');
    expect(text).not.toMatch(/Huyện ủy|huyện/);
  });

  it('is issued by the province’s committee for a province’s folder, to the Central Organisation Commission', () => {
    const d = runWorkbooks(generateProvince(), req).report!.drafted;
    expect(d.header.issuingBody).toBe('TỈNH ỦY ĐẮK LẮK');
    expect(d.header.superiorBody).toBeNull();
    expect(d.recipients.lines[0]).toContain('Ban Tổ chức Trung ương');
    const text = reportParagraphs(d).join('\n');
    expect(text).toContain('Tỉnh ủy');
    expect(text).not.toMatch(/Huyện ủy/);
  });
});
