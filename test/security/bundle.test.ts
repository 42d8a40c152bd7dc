/**
 * Nothing leaves the add-in (issue #5, the parts that need no browser):
 *  - the production bundle (`npm run build` → dist/web) names no URL outside the add-in's own
 *    origin but those allowed below, each with its reason;
 *  - the project's own code (src/**) calls no network or eval API;
 *  - the manifest asks for `ReadWriteDocument` and nothing more, and points only at the origin.
 *
 * The bundle is built by `npm run build`, not here: webpack cleans dist/web, and a build inside a
 * test would race another build of the same folder. Without a bundle the scan is skipped with a
 * message, unless CI=true (or DANGVIEN_REQUIRE_BUNDLE=1): then a missing bundle fails, so CI must
 * run `npm run build` before `npm test`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';
import ts from 'typescript';

const ROOT = join(__dirname, '../..');
const WEB = join(ROOT, 'dist/web');
const ORIGIN = 'https://localhost:3000';
/** Microsoft's Office.js CDN: the one outside origin allowed (Microsoft requires add-ins to load Office.js from it; the shipped copy is the fallback). */
const OFFICE_CDN = 'https://appsforoffice.microsoft.com';
const OFFICE_JS = `${OFFICE_CDN}/lib/1/hosted/office.js`;

/** Schemes that name no host: inline images, blobs the page makes itself. */
const SCHEMES_WITHOUT_HOST = ['data:', 'blob:'];

/**
 * XML namespaces and relationship types: identifiers that ExcelJS, JSZip and React write into
 * documents or compare against, never fetched by anyone.
 */
const NAMESPACES = [
  /^http:\/\/schemas\.openxmlformats\.org\/[\w./-]+$/, // OOXML parts, relationships, content types
  /^http:\/\/schemas\.microsoft\.com\/office\/[\w./-]+$/, // Excel's extension namespaces
  /^http:\/\/www\.w3\.org\/(XML\/1998\/namespace|2000\/xmlns\/|2000\/svg|1999\/xhtml|1999\/xlink|1998\/Math\/MathML|2001\/XMLSchema-instance)$/, // XML, SVG, XHTML, MathML (React DOM)
  /^http:\/\/purl\.org\/dc\/(elements\/1\.1\/|terms\/|dcmitype\/)$/, // Dublin Core (docProps/core.xml)
  /^http:\/\/purl\.oclc\.org\/ooxml\/[\w./-]+$/, // Strict OOXML namespaces (the reader accepts Strict workbooks)
  /^http:\/\/www\.w3\.org\/1999\/02\/22-rdf-syntax-ns#$/, // RDF (pdfkit's XMP metadata)
  /^http:\/\/ns\.adobe\.com\/(xap\/1\.0|pdf\/1\.3)\/$/, // XMP and PDF metadata schemas (pdfkit)
  /^http:\/\/www\.aiim\.org\/(pdfa|pdfua)\/ns\/id\/$/, // PDF/A and PDF/UA identification schemas (pdfkit)
];

/**
 * Links inside libraries' error messages and licence banners: text shown to a developer, never
 * requested (and the page's CSP, connect-src 'self', would block any request to them). A new
 * one fails the test until it is looked at and added here.
 */
const INERT_LIBRARY_TEXT = new Map<string, string>([
  ['https://reactjs.org/docs/error-decoder.html?invariant=', 'React: production error messages link to the decoder'],
  ['https://github.com/exceljs/exceljs/blob/master/UPGRADE-4.0.md', 'ExcelJS: message for a removed API'],
  ['https://stuk.github.io/jszip/documentation/howto/read_zip.html', 'JSZip: message for an unreadable zip'],
  ['https://github.com/uuidjs/uuid#getrandomvalues-not-supported', 'uuid (ExcelJS): message when crypto.getRandomValues is missing'],
  ['https://github.com/zloirock/core-js', 'core-js (ExcelJS polyfills): licence banner'],
  ['https://github.com/zloirock/core-js/blob/v3.33.0/LICENSE', 'core-js: licence banner'],
  ['https://github.com/indutny/elliptic', 'elliptic (crypto-browserify in ExcelJS): assertion message'],
  ['https://github.com/indutny/elliptic/issues', 'elliptic: assertion message'],
  ['https://github.com/crypto-browserify/crypto-browserify', 'crypto-browserify (ExcelJS): message for unsupported APIs'],
  ['https://tools.ietf.org/html/rfc4013#section-2.3', 'saslprep (pdfkit, password security): comment-like error text'],
  ['https://tools.ietf.org/html/rfc4013#section-2.5', 'saslprep (pdfkit): error text'],
  ['https://tools.ietf.org/html/rfc3454#section-6', 'saslprep (pdfkit): error text'],
  [
    'https://answers.microsoft.com/en-us/msoffice/forum/all/does-word-support-more-than-9-list-levels/d130fdcd-1781-446d-8c84-c6c79124e4d7',
    'docx (the Word report): error text when a list is nested deeper than Word allows',
  ],
]);

const URL_RE = /\b(?:https?|wss?|ftp):\/\/[^\s"'`<>)\\]*/g;

export function disallowedUrls(text: string): string[] {
  const bad = new Set<string>();
  for (const [found] of text.matchAll(URL_RE)) {
    const url = found.replace(/[;,]$/, ''); // a CSP's source list ends its entries with `;`
    if (url === ORIGIN || url.startsWith(ORIGIN + '/')) continue;
    if (url === OFFICE_CDN || url === OFFICE_JS) continue;
    if (NAMESPACES.some((re) => re.test(url))) continue;
    if (INERT_LIBRARY_TEXT.has(url)) continue;
    bad.add(url);
  }
  return [...bad];
}

function bundleFiles(): string[] {
  if (!existsSync(WEB)) return [];
  // Office.js (office-js/) is Microsoft's runtime, copied as it ships and served from the add-in's
  // own origin; its own endpoints are Office's and are not scanned here.
  return readdirSync(WEB)
    .filter((f) => /\.(js|html)$/.test(f))
    .map((f) => join(WEB, f));
}

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

const files = bundleFiles();
const haveBundle = files.some((f) => /[\\/]taskpane\.[0-9a-f]+\.js$/.test(f));
const required = process.env.CI === 'true' || process.env.DANGVIEN_REQUIRE_BUNDLE === '1';

describe('the production bundle (dist/web)', () => {
  it('is there to scan', () => {
    if (haveBundle) {
      if (statSync(files.find((f) => /taskpane\.[0-9a-f]+\.js$/.test(f))!).mtimeMs < newest(join(ROOT, 'src'))) {
        console.warn('bundle.test: dist/web is older than src/: scanning the last build; run `npm run build` to scan the current code');
      }
      return;
    }
    const msg = 'bundle.test: no production bundle in dist/web (taskpane.[hash].js): run `npm run build` first';
    if (required) throw new Error(msg);
    console.warn(`${msg}; the bundle scan is skipped`);
  });

  (haveBundle ? it : it.skip)('names no URL outside the add-in’s origin but namespaces and inert library text', () => {
    const found: string[] = [];
    for (const f of files) for (const url of disallowedUrls(readFileSync(f, 'utf8'))) found.push(`${relative(WEB, f)}: ${url}`);
    expect(found).toEqual([]);
  });

  (haveBundle ? it : it.skip)('loads its scripts from its own folder, under a CSP that allows only the origin', () => {
    for (const page of ['taskpane.html', 'commands.html']) {
      const html = readFileSync(join(WEB, page), 'utf8');
      for (const [, src] of html.matchAll(/<script[^>]*\ssrc=["']?([^"' >]+)/g)) if (src !== OFFICE_JS) expect(src).not.toMatch(/^(https?:)?\/\//);
      const csp = /Content-Security-Policy[^>]*content="([^"]+)"/.exec(html)?.[1] ?? '';
      expect(csp).toMatch(/default-src 'self'/);
      expect(csp).toMatch(/connect-src 'self'(;|$)/);
      expect(csp).not.toMatch(/unsafe-eval/);
    }
  });
});

describe('the project’s own code (src/**)', () => {
  /** Network and code-from-text APIs, as identifiers in code (not in comments or strings). */
  const FORBIDDEN = new Set(['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'sendBeacon', 'eval']);

  function sources(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const p = join(dir, e.name);
      return e.isDirectory() ? sources(p) : /\.(tsx?|jsx?)$/.test(e.name) ? [p] : [];
    });
  }

  function uses(file: string): string[] {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const found: string[] = [];
    const where = (n: ts.Node) => `${relative(ROOT, file)}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
    const visit = (n: ts.Node): void => {
      if (ts.isIdentifier(n) && FORBIDDEN.has(n.text)) found.push(`${where(n)} ${n.text}`);
      // new Function('…') and Function('…'): eval by another name.
      if ((ts.isNewExpression(n) || ts.isCallExpression(n)) && ts.isIdentifier(n.expression) && n.expression.text === 'Function') found.push(`${where(n)} Function()`);
      // setTimeout('code') / setInterval('code'): eval too.
      if (ts.isCallExpression(n) && ts.isIdentifier(n.expression) && /^set(Timeout|Interval)$/.test(n.expression.text) && n.arguments[0] && ts.isStringLiteralLike(n.arguments[0])) {
        found.push(`${where(n)} ${n.expression.text}(string)`);
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
    return found;
  }

  it('calls no fetch, XMLHttpRequest, WebSocket, EventSource, sendBeacon, eval or Function()', () => {
    const files = sources(join(ROOT, 'src'));
    expect(files.length).toBeGreaterThan(50);
    expect(files.flatMap(uses)).toEqual([]);
  });

  it('would catch one (the scan itself works)', () => {
    const probe = join(__dirname, 'probe-network.tmp.ts');
    const sf = ts.createSourceFile(probe, 'fetch(u); navigator.sendBeacon(u); // XMLHttpRequest\nconst s = "WebSocket"; new Function("x");', ts.ScriptTarget.Latest, true);
    const names: string[] = [];
    const visit = (n: ts.Node): void => {
      if (ts.isIdentifier(n) && FORBIDDEN.has(n.text)) names.push(n.text);
      ts.forEachChild(n, visit);
    };
    visit(sf);
    expect(names).toEqual(['fetch', 'sendBeacon']);
  });
});

describe('the manifest', () => {
  const xml = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');

  it('asks for ReadWriteDocument and nothing more', () => {
    const permissions = [...xml.matchAll(/<Permissions>\s*([^<]*?)\s*<\/Permissions>/g)].map((m) => m[1]);
    expect(permissions).toEqual(['ReadWriteDocument']);
    // No other ways to ask for more: app domains to navigate to, or extended permissions.
    expect(xml).not.toMatch(/<AppDomains>[\s\S]*<AppDomain>/);
    expect(xml).not.toMatch(/<ExtendedPermissions>/);
  });

  it('points only at the add-in’s origin (and at XML namespaces)', () => {
    const urls = [...xml.matchAll(URL_RE)].map((m) => m[0]);
    const outside = urls.filter((u) => u !== ORIGIN && !u.startsWith(ORIGIN + '/') && !/^http:\/\/(schemas\.microsoft\.com\/office\/|www\.w3\.org\/2001\/XMLSchema-instance$)/.test(u));
    expect(urls.length).toBeGreaterThan(0);
    expect(outside).toEqual([]);
  });
});

describe('the allow-list', () => {
  it('lets namespaces and the origin through, and nothing else', () => {
    expect(disallowedUrls('"http://schemas.openxmlformats.org/spreadsheetml/2006/main" "https://localhost:3000/taskpane.html" data:image/png')).toEqual([]);
    expect(disallowedUrls('x="https://evil.example/collect?d=" + y; "http://schemas.openxmlformats.org.evil.example/x"')).toEqual([
      'https://evil.example/collect?d=',
      'http://schemas.openxmlformats.org.evil.example/x',
    ]);
    expect(SCHEMES_WITHOUT_HOST.map((s) => `${s}text/plain,x`.match(URL_RE))).toEqual([null, null]);
  });
});
