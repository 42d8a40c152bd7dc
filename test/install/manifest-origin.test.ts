// The manifest for an office's own server: every URL of manifest.xml moved from the development
// origin to the one given at build time, still passing the manifest check; bad origins refused
// with a message that says what to type.
/* eslint-disable @typescript-eslint/no-require-imports -- the scripts are plain JavaScript, run by node as they are. */
import { readFileSync } from 'fs';
import { join } from 'path';

const ROOT = join(__dirname, '..', '..');
const XML = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const { templateManifest, normaliseOrigin } = require('../../scripts/manifest-origin.js') as {
  templateManifest(xml: string, origin: string): string;
  normaliseOrigin(origin: string): string;
};
const { checkManifest } = require('../../scripts/validate-manifest.js') as {
  checkManifest(xml: string, options?: { root?: string; buildDir?: string }): { errors: string[]; warnings: string[]; urls: string[] };
};

describe('manifest for an office server', () => {
  it('puts every URL under the given origin, with no localhost left, and passes the manifest check', () => {
    const xml = templateManifest(XML, 'https://dangvien.example.vn');
    expect(xml).not.toMatch(/localhost|127\.0\.0\.1/);
    const r = checkManifest(xml, { root: ROOT, buildDir: join(ROOT, 'no-build-here') });
    expect(r.errors).toEqual([]);
    expect(r.urls.length).toBeGreaterThan(4);
    for (const u of r.urls) expect(u.startsWith('https://dangvien.example.vn/')).toBe(true);
    expect(r.urls).toContain('https://dangvien.example.vn/taskpane.html');
  });

  it('keeps a folder on the server (a virtual directory) and the port', () => {
    const xml = templateManifest(XML, 'https://intranet.tinhuy.vn:8443/dangvien');
    const urls = checkManifest(xml, { root: ROOT, buildDir: join(ROOT, 'no-build-here') }).urls;
    for (const u of urls) expect(u.startsWith('https://intranet.tinhuy.vn:8443/dangvien/')).toBe(true);
    expect(urls).toContain('https://intranet.tinhuy.vn:8443/dangvien/assets/icon-32.png');
  });

  it('points SupportUrl and Learn more at the help page', () => {
    const xml = templateManifest(XML, 'https://dangvien.example.vn/');
    expect(xml).toMatch(/<SupportUrl DefaultValue="https:\/\/dangvien\.example\.vn\/help\.html"\/>/);
    expect(xml).toMatch(/id="GetStarted\.LearnMoreUrl" DefaultValue="https:\/\/dangvien\.example\.vn\/help\.html"/);
  });

  it('changes nothing but the URLs', () => {
    const xml = templateManifest(XML, 'https://dangvien.example.vn/');
    expect(xml.split('https://dangvien.example.vn/').join('https://localhost:3000/')).toBe(XML);
  });

  it.each([
    ['http://dangvien.example.vn/', /https:\/\//],
    ['dangvien.example.vn', /not an address/],
    ['https://localhost:3000/', /leave the option out/],
    ['https://dangvien.example.vn/?a=1', /plain address/],
  ])('refuses %s with a message saying what to type', (origin, message) => {
    expect(() => normaliseOrigin(origin)).toThrow(message);
    expect(() => normaliseOrigin(origin)).toThrow(/npm run build -- --env origin=https:\/\/|leave the option out/);
  });
});
