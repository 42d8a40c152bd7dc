// The install package as an office's IT officer gets it: `npm run package -- --env origin=…` for a
// server that is not localhost, unzipped, its web/ folder served over HTTPS under that name with a
// self-signed certificate and the package's web.config, and the pane loaded from it in Chromium,
// which trusts that certificate and nothing else. The pane must load from that server alone
// (Office.js's CDN aside, which may fail here), and the guide's named files must be in the package.
/* eslint-disable @typescript-eslint/no-require-imports -- the scripts are plain JavaScript, run by node as they are. */
import { execFileSync } from 'child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'fs';
import { get } from 'https';
import { tmpdir } from 'os';
import { join, relative } from 'path';
import { chromium, type Browser } from 'playwright-core';
import { ARGS, CHROMIUM } from './support/browser';
import { mapHostName, readWebConfig, selfSignedCertificate, serveOffice, type Certificate, type OfficeServer } from './support/office-server';
import { CEILING } from './support/pane';

const ROOT = join(__dirname, '..', '..');
const NAME = 'dangvien.test';
const ADDRESS = '127.0.0.2';
const PORT = 8443;
const ORIGIN = `https://${NAME}:${PORT}/`;
const VERSION = (require('../../package.json') as { version: string }).version;
const ZIP = join(ROOT, 'dist', `dangvien-${VERSION}.zip`);
const { checkManifest } = require('../../scripts/validate-manifest.js') as {
  checkManifest(xml: string, options?: { root?: string; buildDir?: string }): { errors: string[]; urls: string[] };
};

/** Microsoft's Office.js CDN: the pane may ask for it; here it is answered with a failure. */
const OFFICE_CDN = /^https:\/\/appsforoffice\.microsoft\.com\//;

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** Makes the package for ORIGIN: reuses dist/ when it was built for ORIGIN after the last change to src/ (CI builds it first). */
function makePackage(): void {
  const manifest = join(ROOT, 'dist', 'web', 'manifest.xml');
  const reuse =
    existsSync(manifest) &&
    readFileSync(manifest, 'utf8').includes(ORIGIN) &&
    statSync(manifest).mtimeMs > Math.max(newest(join(ROOT, 'src')), statSync(join(ROOT, 'manifest.xml')).mtimeMs);
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'package.js'), '--env', `origin=${ORIGIN}`, ...(reuse ? ['--skip-build'] : [])], {
    cwd: ROOT,
    stdio: 'inherit',
  });
}

/** Unzips with Python's zipfile (another ZIP implementation than the one that wrote it), after its CRC test. */
function unzip(file: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'dangvien-package-'));
  execFileSync('python3', ['-c', 'import sys,zipfile\nz=zipfile.ZipFile(sys.argv[1])\nbad=z.testzip()\nassert bad is None, bad\nz.extractall(sys.argv[2])', file, dir]);
  return dir;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)]));
}

function fetchOnce(url: string, ca: string): Promise<{ status: number; type: string; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    get(url, { ca }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), headers: res.headers }));
    }).on('error', reject);
  });
}

let top: string;
let web: string;
let certificate: Certificate;
let server: OfficeServer;
let browser: Browser;
let unmap: () => void = () => undefined;

beforeAll(async () => {
  makePackage();
  top = join(unzip(ZIP), `dangvien-${VERSION}`);
  web = join(top, 'web');
  certificate = selfSignedCertificate(NAME);
  unmap = mapHostName(NAME, ADDRESS);
  server = await serveOffice(web, { name: NAME, address: ADDRESS, port: PORT, certificate, config: readWebConfig(join(web, 'web.config')) });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // Trust this certificate only (by its public key), as a computer given the office's certificate would.
    args: [...ARGS, `--ignore-certificate-errors-spki-list=${certificate.spki}`],
  });
}, 30 * 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  unmap();
});

describe('the install package for an office server', () => {
  it('holds the manifest, the web folder, the offline page, the server examples and the guide', () => {
    const files = listFiles(top).map((f) => relative(top, f).split('\\').join('/'));
    for (const f of ['manifest.xml', 'HUONG-DAN-CAI-DAT.md', 'web/taskpane.html', 'web/commands.html', 'web/help.html', 'web/web.config', 'web/boot.js', 'web/assets/icon-32.png', 'offline/dangvien.html', 'server/nginx-dangvien.conf', 'server/apache-dangvien.conf']) {
      expect(files).toContain(f);
    }
    expect(files.some((f) => /^web\/taskpane\.[0-9a-f]{8}\.js$/.test(f))).toBe(true);
    // No test page and no source map reach the office.
    expect(files.filter((f) => /fake|\.map$|e2e/.test(f))).toEqual([]);
  });

  it('has every file the guide names', () => {
    const guide = readFileSync(join(top, 'HUONG-DAN-CAI-DAT.md'), 'utf8');
    const named = [...guide.matchAll(/`((?:web|offline|server)\/[\w.-]+(?:\/[\w.-]+)*|manifest\.xml|HUONG-DAN-CAI-DAT\.md)`/g)].map((m) => m[1]);
    expect(named.length).toBeGreaterThan(10);
    for (const f of new Set(named)) {
      if (f.endsWith('/')) expect(existsSync(join(top, f))).toBe(true);
      else expect({ file: f, exists: existsSync(join(top, f)) }).toEqual({ file: f, exists: true });
    }
    // Every MIME type the guide promises is in web.config.
    const types = readWebConfig(join(web, 'web.config')).types;
    const promised = /\(`\.html`[^)]*\)/.exec(guide)![0].match(/\.\w+/g)!;
    expect(promised.length).toBeGreaterThan(5);
    for (const ext of promised) expect({ ext, mapped: types.has(ext) }).toEqual({ ext, mapped: true });
  });

  it('has a manifest whose every URL is on the server, passing the manifest check', () => {
    const xml = readFileSync(join(top, 'manifest.xml'), 'utf8');
    expect(xml).not.toMatch(/localhost|127\.0\.0\.1/);
    const { errors, urls } = checkManifest(xml, { root: web, buildDir: web });
    expect(errors).toEqual([]);
    expect(urls.length).toBeGreaterThan(4);
    for (const u of urls) expect(u.startsWith(ORIGIN)).toBe(true);
    expect(xml).toContain(`<SupportUrl DefaultValue="${ORIGIN}help.html"/>`);
    expect(readFileSync(join(web, 'manifest.xml'), 'utf8')).toBe(xml);
  });

  it('web.config maps every kind of file in the web folder', () => {
    const types = readWebConfig(join(web, 'web.config')).types;
    const missing = [...new Set(listFiles(web).map((f) => f.slice(f.lastIndexOf('.')).toLowerCase()))].filter((e) => e !== '.config' && !types.has(e));
    expect(missing).toEqual([]);
  });

  it('serves every URL of the manifest over HTTPS with its type', async () => {
    const xml = readFileSync(join(top, 'manifest.xml'), 'utf8');
    for (const u of checkManifest(xml, { root: web, buildDir: web }).urls) {
      const r = await fetchOnce(u, certificate.cert);
      expect({ u, status: r.status }).toEqual({ u, status: 200 });
      expect(r.type).toMatch(u.endsWith('.png') ? /^image\/png/ : /^text\/html/);
      expect(r.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('loads the pane and its help page in Chromium from that server, with no other request', async () => {
    const context = await browser.newContext({ viewport: { width: 350, height: 900 }, locale: 'vi-VN', serviceWorkers: 'block' });
    const other: string[] = [];
    const pageErrors: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(ORIGIN) || /^(data|blob):/.test(url)) return route.continue();
      if (!OFFICE_CDN.test(url)) other.push(url);
      return route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    const before = server.requests.length;
    const response = await page.goto(`${ORIGIN}taskpane.html`);
    expect(response?.status()).toBe(200);
    await page.waitForSelector('html[data-app="ready"]', { timeout: CEILING });
    // Outside Excel the pane offers to open a file: it runs.
    await page.waitForSelector('[data-testid="file-input"]', { state: 'attached', timeout: CEILING });
    expect(pageErrors).toEqual([]);
    expect(server.requests.slice(before)).toContain('/taskpane.html');
    expect(server.requests.slice(before).some((p) => /^\/taskpane\.[0-9a-f]{8}\.js$/.test(p))).toBe(true);

    const help = page.getByTestId('help-link');
    expect(await help.getAttribute('href')).toMatch(/^help\.html#vi$/);
    const [helpPage] = await Promise.all([context.waitForEvent('page'), help.click()]);
    await helpPage.waitForLoadState('domcontentloaded');
    expect(helpPage.url()).toBe(`${ORIGIN}help.html#vi`);
    expect(await helpPage.textContent('h1')).toMatch(/Hướng dẫn sử dụng/);
    expect(await helpPage.locator('#en h1').textContent()).toMatch(/user guide/);

    expect(other).toEqual([]);
    await context.close();
  });
});
