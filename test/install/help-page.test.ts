// The help page names every button of the pane by the label staff see, in both languages, so a
// renamed or added action cannot leave the guide describing buttons that are not there.
import { readFileSync } from 'fs';
import { join } from 'path';
import { ACTIONS } from '../../src/taskpane/components/ActionBar';
import { CATALOGUE } from '../../src/taskpane/i18n';

const html = readFileSync(join(__dirname, '..', '..', 'src', 'help', 'help.html'), 'utf8');
const section = (lang: string) => {
  const m = new RegExp(`<section id="${lang}"[^>]*>([\\s\\S]*?)</section>`).exec(html);
  if (!m) throw new Error(`help.html has no <section id=${lang}>`);
  return m[1].replace(/\s+/g, ' ');
};

describe('the help page', () => {
  const vi = section('vi');
  const en = section('en');

  it.each(ACTIONS.map((a) => [a.id, a.label] as const))('describes the action %s in Vietnamese and in English', (_id, label) => {
    expect(vi).toContain(`<strong>${CATALOGUE.vi[label]}</strong>`);
    expect(en).toContain(CATALOGUE.en[label]);
  });

  it('describes saving the workbook outside Excel', () => {
    expect(vi).toContain(CATALOGUE.vi.downloadWorkbook);
    expect(en).toContain(CATALOGUE.en.downloadWorkbook);
  });

  it('no longer names the old button', () => {
    expect(html).not.toContain('Xuất báo cáo');
  });
});
