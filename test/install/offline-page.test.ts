// The offline page's making (scripts/offline-page.js) on a small app built by webpack in a temporary
// folder: an entry with a lazy chunk and a Web Worker that has its own lazy chunk, as the pane has.
// The page must be one file whose every script is stored inside it, whose CSP allows exactly its
// inline scripts, and whose external <script src> (Office.js, boot.js, the bundle) are gone. The
// e2e test (test/e2e/offline-page.e2e.ts) runs the real page in Chromium from file://.
/* eslint-disable @typescript-eslint/no-require-imports -- the scripts are plain JavaScript, run by node as they are. */
import { createHash } from 'crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import webpack from 'webpack';

const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { OfflinePagePlugin } = require('../../scripts/offline-page.js');

const APP: Record<string, string> = {
  'index.js': `
    const w = new Worker(new URL('./w.js', import.meta.url), { name: 'x' });
    w.postMessage(2);
    import('./lazy.js').then((m) => { document.body.dataset.lazy = m.value; });`,
  'w.js': `self.onmessage = async (e) => { const m = await import('./wlazy.js'); postMessage(m.twice(e.data)); };`,
  // "$'" and "$&" mean something to String.replace: the stored code must keep them as they are.
  'lazy.js': "export const value = 'LAZY_CHUNK_TEXT' + \"$' $& $`\";",
  'wlazy.js': `export const twice = (x) => x * 2 + 'WORKER_CHUNK_TEXT';`,
  'boot.js': `window.BOOT_TEXT = 1;`,
  'index.html': `<!doctype html><html lang="vi"><head><meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="<%= csp %>" />
    <link rel="icon" type="image/png" href="assets/icon-32.png" />
    <% if (officeJs) { %><script src="office-js/office.js"></script><% } %>
    <script src="boot.js"></script></head><body><div id="root"></div></body></html>`,
  'help.html': `<!doctype html><html><head><meta charset="utf-8" /></head><body><h1>HELP_TEXT</h1></body></html>`,
};

let dir: string;
let html: string;
let web: string[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dangvien-offline-test-'));
  mkdirSync(join(dir, 'src'));
  for (const [f, text] of Object.entries(APP)) writeFileSync(join(dir, 'src', f), text);
  const compiler = webpack({
    mode: 'production',
    context: dir,
    entry: { taskpane: './src/index.js', commands: './src/boot.js' },
    output: { path: join(dir, 'web'), filename: '[name].[contenthash:8].js', chunkFilename: '[name].[contenthash:8].js', publicPath: 'auto', clean: true },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'help.html', template: './src/help.html', chunks: [] }),
      new HtmlWebpackPlugin({ filename: 'offline-shell.html', template: './src/index.html', chunks: ['taskpane'], scriptLoading: 'defer', inject: 'head', templateParameters: { csp: "default-src 'self'", officeJs: true } }),
      new OfflinePagePlugin({ shell: 'offline-shell.html', entry: 'taskpane', skipEntries: ['commands'], outFile: join(dir, 'offline', 'dangvien.html'), servedAs: 'dangvien.html' }),
      new CopyWebpackPlugin({ patterns: [{ from: 'src/boot.js', to: 'boot.js' }] }),
    ],
  });
  await new Promise<void>((resolve, reject) =>
    compiler.run((err, stats) => {
      if (err || stats?.hasErrors()) reject(err ?? new Error(stats?.toString('errors-only')));
      else compiler.close(() => resolve());
    }),
  );
  html = readFileSync(join(dir, 'offline', 'dangvien.html'), 'utf8');
  web = readdirSync(join(dir, 'web'));
}, 120_000);

const inlineScripts = (page: string) => [...page.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
const stored = (page: string) => JSON.parse(/<script type="application\/json" id="dangvien-files">([\s\S]*?)<\/script>/.exec(page)![1]) as Record<string, string>;

describe('the offline page', () => {
  it('stores the entry, its lazy chunk, the worker and the worker’s lazy chunk, and the help page', () => {
    const files = stored(html);
    const js = Object.keys(files).filter((f) => f.endsWith('.js'));
    expect(js.some((f) => f.startsWith('taskpane.'))).toBe(true);
    expect(js.some((f) => f.startsWith('x.'))).toBe(true); // the worker, named after its `name`
    expect(Object.values(files).some((t) => t.includes('LAZY_CHUNK_TEXT'))).toBe(true);
    expect(Object.values(files).some((t) => t.includes('WORKER_CHUNK_TEXT'))).toBe(true);
    expect(files['help.html']).toContain('HELP_TEXT');
    // The ribbon commands' own entry is not the pane's.
    expect(js.some((f) => f.startsWith('commands.'))).toBe(false);
    // Every .js file of the build but boot.js and the skipped entry is inside, byte for byte.
    expect(web.filter((f) => f.endsWith('.js') && f !== 'boot.js' && !f.startsWith('commands.')).sort()).toEqual(js.sort());
    for (const f of js) expect(files[f]).toBe(readFileSync(join(dir, 'web', f), 'utf8'));
    expect(Object.values(files).some((t) => t.includes("$' $& $`"))).toBe(true);
  });

  it('loads nothing from outside: no script src, no Office.js, the icon inlined', () => {
    expect(html).not.toMatch(/<script[^>]*\ssrc=/);
    expect(html).not.toContain('office-js/');
    expect(html).toMatch(/<link rel="icon" type="image\/png" href="data:image\/png;base64,|^(?![\s\S]*rel="icon")/);
    expect(inlineScripts(html).some((s) => s.includes('BOOT_TEXT'))).toBe(true);
  });

  it('allows exactly its own inline scripts (by hash) and blob: URLs, nothing from a server or the disk', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)![1];
    const scriptSrc = /script-src ([^;]*)/.exec(csp)![1].split(' ');
    const hashes = inlineScripts(html).map((s) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`);
    expect(scriptSrc.sort()).toEqual([...hashes, 'blob:'].sort());
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toMatch(/'self'|'unsafe-inline' blob:|https?:|file:/);
  });

  it('cannot be cut short by a "</script>" inside the stored code', () => {
    const files = stored(html);
    expect(Object.keys(files).length).toBeGreaterThan(3);
    expect(/<script type="application\/json" id="dangvien-files">([\s\S]*?)<\/script>/.exec(html)![1]).not.toContain('<');
  });

  it('is served next to the pane too, and the shell page does not stay in the web folder', () => {
    expect(readFileSync(join(dir, 'web', 'dangvien.html'), 'utf8')).toBe(html);
    expect(web).not.toContain('offline-shell.html');
  });
});
