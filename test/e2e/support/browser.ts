// Debian's Chromium driven by playwright-core (Playwright's own browser download cannot work here).
// Every page records requests that leave localhost (and blocks them), console errors, page
// errors and Content-Security-Policy violations, so a test can require there were none.
import { existsSync, mkdirSync } from 'fs';
import { join } from 'path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CEILING } from './pane';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
export const SCREENSHOTS = join(__dirname, '..', '..', '..', 'screenshots');

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
}

export interface Watched {
  context: BrowserContext;
  page: Page;
  /** Requests to anything but localhost / 127.0.0.1 (blocked). */
  outside: string[];
  /** Requests for Office.js from Microsoft's CDN (aborted as unreachable). */
  officeCdn: string[];
  consoleErrors: string[];
  pageErrors: string[];
  cspViolations: string[];
}

/** The address the pages load Office.js from (webpack.config.js). */
export const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

const LOCAL = /^(https?|wss?):\/\/(localhost|127\.0\.0\.1)(:\d+)?\//;

export async function openPage(
  browser: Browser,
  options: { width?: number; height?: number; colorScheme?: 'light' | 'dark'; locale?: string } = {},
): Promise<Watched> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 350, height: options.height ?? 900 },
    colorScheme: options.colorScheme ?? 'light',
    locale: options.locale ?? 'vi-VN',
    acceptDownloads: true,
    serviceWorkers: 'block',
  });
  // Every Playwright wait (click, selector, download) gets the generous ceiling of support/pane.ts.
  context.setDefaultTimeout(CEILING);
  const w: Watched = { context, page: await context.newPage(), outside: [], officeCdn: [], consoleErrors: [], pageErrors: [], cspViolations: [] };
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (LOCAL.test(url) || /^(data|blob|file):/.test(url)) return route.continue();
    // Microsoft's Office.js, the one outside script the pages ask for: unreachable here, as on an
    // isolated network, so the shipped copy takes over (src/taskpane/office-fallback.js).
    if (url === OFFICE_JS_CDN) {
      w.officeCdn.push(url);
      return route.abort('internetdisconnected');
    }
    w.outside.push(url);
    return route.abort('blockedbyclient');
  });
  context.on('request', (req) => {
    const url = req.url();
    if (!LOCAL.test(url) && !/^(data|blob|file):/.test(url) && url !== OFFICE_JS_CDN && !w.outside.includes(url)) w.outside.push(url);
  });
  context.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const text = msg.text();
    // The unreachable CDN's "Failed to load resource": expected, the fallback answers it.
    if (msg.location()?.url === OFFICE_JS_CDN) return;
    if (/Content Security Policy/i.test(text)) w.cspViolations.push(text);
    else w.consoleErrors.push(text);
  });
  w.page.on('pageerror', (e) => w.pageErrors.push(String(e?.stack ?? e)));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return w;
}

/** Saves screenshots/<name>.png: the whole page (capped, so a long list stays viewable) or the viewport. */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean; maxHeight?: number } = {}): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  // No hover tooltip over the picture: the pointer leaves the pane first.
  await page.mouse.move(page.viewportSize()?.width ?? 350, 0);
  await settled(page);
  const full = options.fullPage ?? true;
  const height = full ? await page.evaluate(() => document.documentElement.scrollHeight) : 0;
  const width = page.viewportSize()?.width ?? 350;
  const maxHeight = options.maxHeight ?? 2400;
  if (full && height > maxHeight) await page.screenshot({ path, fullPage: true, clip: { x: 0, y: 0, width, height: maxHeight } });
  else await page.screenshot({ path, fullPage: full });
  // Nothing may stick out sideways at the pane's width: that would mean a clipped or scrolled pane.
  const overflow = await page.evaluate(() => {
    const doc = document.documentElement;
    if (doc.scrollWidth <= doc.clientWidth + 1) return null;
    const wide = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((e) => e.getBoundingClientRect().right > doc.clientWidth + 1)
      .slice(0, 5)
      .map((e) => `${e.tagName.toLowerCase()}${e.dataset.testid ? `[${e.dataset.testid}]` : ''}.${String(e.className).slice(0, 40)}`);
    return `${doc.scrollWidth} > ${doc.clientWidth}: ${wide.join(', ')}`;
  });
  if (overflow) throw new Error(`${name}: the page overflows sideways (${overflow})`);
  return path;
}

/**
 * Office.js (o15apptofilemappingtable.js, loaded outside Office and by older Excel) frames
 * Microsoft's telemetry proxy three seconds after it loads. The page's CSP (frame-src 'self')
 * blocks it before any request is made: that block is expected, and is the point of the CSP.
 */
export const OFFICE_TELEMETRY = 'https://telemetryservice.firstpartyapps.oaspapps.com';

export function unexpectedCsp(w: Watched): string[] {
  return w.cspViolations.filter((v) => !(v.includes(OFFICE_TELEMETRY) && /frame-src/.test(v)));
}

/**
 * Waits until no animation runs on the page and no tooltip shows (a dialog opened, a pointer moved
 * away). Fluent UI keeps a "description" tooltip in the page at all times (display: none) so that
 * aria-describedby finds it: shown means it has a box.
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.getAnimations().every((a) => a.playState !== 'running') &&
      ![...document.querySelectorAll('[role="tooltip"]')].some((t) => t.getClientRects().length > 0),
    undefined,
    { timeout: CEILING },
  );
}
