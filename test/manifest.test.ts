// manifest.xml: a task pane for Excel with ReadWriteDocument only, ExcelApi 1.7, a ribbon button
// that shows the pane and one that runs the check, icons in assets/ at their sizes, and every URL
// naming a page webpack builds or a file in assets/. Checked with scripts/validate-manifest.js
// (saxes, already installed with ExcelJS), the same check as `npm run validate`.
/* eslint-disable @typescript-eslint/no-require-imports -- the scripts are plain JavaScript, run by node as they are. */
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';

interface El {
  name: string;
  ns: string;
  attrs: Record<string, string>;
  children: El[];
  text: string;
}

const { checkManifest, parseXml } = require('../scripts/validate-manifest.js') as {
  checkManifest(xml: string, options?: { root?: string; buildDir?: string }): { errors: string[]; warnings: string[]; urls: string[] };
  parseXml(xml: string): El;
};
const { draw, SIZES } = require('../scripts/make-icons.js') as { draw(size: number): Buffer; SIZES: number[] };

const ROOT = join(__dirname, '..');
const XML = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const app = parseXml(XML);
const find = (el: El, path: string[]): El | undefined => path.reduce<El | undefined>((e, n) => e?.children.find((c) => c.name === n), el);
const all = (el: El, name: string): El[] => el.children.flatMap((c) => [...(c.name === name ? [c] : []), ...all(c, name)]);

describe('manifest.xml', () => {
  it('passes the local validation with no error', () => {
    const r = checkManifest(XML, { root: ROOT });
    expect(r.errors).toEqual([]);
  });

  it('is a task pane for Excel workbooks with ReadWriteDocument only', () => {
    expect(app.name).toBe('OfficeApp');
    expect(app.attrs['xsi:type']).toBe('TaskPaneApp');
    expect(find(app, ['Hosts'])!.children.map((h) => h.attrs.Name)).toEqual(['Workbook']);
    expect(find(app, ['Permissions'])!.text.trim()).toBe('ReadWriteDocument');
  });

  it('asks for ExcelApi 1.7, so that old Excel still loads it', () => {
    const set = find(app, ['Requirements', 'Sets'])!.children.find((s) => s.attrs.Name === 'ExcelApi')!;
    expect(set.attrs.MinVersion).toBe('1.7');
  });

  it('puts a button on the Home tab that shows the pane, and one that runs the check', () => {
    const tab = all(app, 'OfficeTab')[0];
    expect(tab.attrs.id).toBe('TabHome');
    const actions = all(tab, 'Action').map((a) => a.attrs['xsi:type']);
    expect(actions).toEqual(['ShowTaskpane', 'ExecuteFunction']);
    expect(all(tab, 'FunctionName')[0].text.trim()).toBe('runCheck');
    // The function the button names is the one commands.ts registers.
    expect(readFileSync(join(ROOT, 'src/commands/commands.ts'), 'utf8')).toMatch(/associate\('runCheck'/);
  });

  it('serves everything from https://localhost:3000, with nothing from any other origin', () => {
    const { urls } = checkManifest(XML, { root: ROOT });
    expect(urls.length).toBeGreaterThan(4);
    for (const u of urls) expect(new URL(u).origin).toBe('https://localhost:3000');
    // No AppDomains at all: the pane navigates nowhere else (and an empty list fails the schema).
    expect(find(app, ['AppDomains'])).toBeUndefined();
  });

  it('names only files that exist in assets/ or pages that the build makes', () => {
    const { urls } = checkManifest(XML, { root: ROOT });
    const pages = (require(join(ROOT, 'webpack.config.js'))({}, { mode: 'production' }).plugins as { constructor: { name: string }; userOptions?: { filename?: string } }[])
      .filter((p) => p.constructor.name === 'HtmlWebpackPlugin')
      .map((p) => p.userOptions!.filename);
    for (const u of urls) {
      const path = new URL(u).pathname.slice(1);
      if (path.startsWith('assets/')) expect(existsSync(join(ROOT, path))).toBe(true);
      else expect(pages).toContain(path);
    }
  });

  it('has the committed icons at 16, 32, 64 and 80 px, as scripts/make-icons.js draws them', () => {
    expect(SIZES).toEqual([16, 32, 64, 80]);
    for (const size of SIZES) {
      const png = readFileSync(join(ROOT, 'assets', `icon-${size}.png`));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
      expect(png.equals(draw(size))).toBe(true);
    }
  });

  it('reports what a broken manifest gets wrong', () => {
    const broken = XML.replace('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>ReadWriteMailbox</Permissions>')
      .replace('<Set Name="ExcelApi" MinVersion="1.7"/>', '<Set Name="ExcelApi" MinVersion="1.9"/>')
      .replace('resid="Icon.80x80"/>', 'resid="Icon.NoSuch"/>')
      .replace('https://localhost:3000/assets/icon-64.png', 'http://cdn.example.com/icon.png');
    const { errors } = checkManifest(broken, { root: ROOT });
    expect(errors.join('\n')).toMatch(/Permissions/);
    expect(errors.join('\n')).toMatch(/ExcelApi MinVersion/);
    expect(errors.join('\n')).toMatch(/Icon\.NoSuch/);
    expect(errors.join('\n')).toMatch(/must be HTTPS/);
    expect(errors.join('\n')).toMatch(/more than one origin/);
    expect(checkManifest('<OfficeApp><Id>', { root: ROOT }).errors[0]).toMatch(/not well-formed/);
  });
});

describe('npm run validate checks the manifest’s schema', () => {
  const errorsOf = (xml: string) => checkManifest(xml, { root: ROOT }).errors;
  it('rejects an empty <AppDomains/> (the schema wants at least one AppDomain)', () => {
    const broken = XML.replace('<Hosts>', '<AppDomains/>\n  <Hosts>');
    expect(errorsOf(broken).join('\n')).toMatch(/<AppDomains> \(line \d+\) must hold a <AppDomain>/);
  });

  it('accepts AppDomains holding a domain (with the usual warning that the pane needs none)', () => {
    expect(errorsOf(XML.replace('<Hosts>', '<AppDomains><AppDomain>https://localhost:3000</AppDomain></AppDomains>\n  <Hosts>'))).toEqual([]);
  });

  it('rejects a button without its Supertip, and elements out of the schema’s order', () => {
    const noTip = XML.replace(/<Supertip>[\s\S]*?<\/Supertip>/, '');
    expect(errorsOf(noTip).join('\n')).toMatch(/<Control> \(line \d+\) must hold a <Supertip>/);
    const swapped = XML.replace(/(<Permissions>.*<\/Permissions>)\s*(<VersionOverrides)/, '$2').replace('</OfficeApp>', '');
    expect(errorsOf(swapped + '</OfficeApp>').length).toBeGreaterThan(0);
  });
});
