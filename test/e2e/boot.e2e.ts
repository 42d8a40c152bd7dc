// Never a blank pane: when the bundle cannot load, or the browser is too old for it (Excel 2016/2019
// showing add-ins in Internet Explorer), the page's own small script says what to do.
import type { Browser } from 'playwright-core';
import { openPage, screenshot } from './support/browser';
import type { StaticServer } from './support/server';
import { servedPane } from './support/served';

let browser: Browser;
let server: StaticServer;
servedPane((b, s) => {
  browser = b;
  server = s;
});

describe('the page before the pane', () => {
  it('says so when the pane’s script cannot load', async () => {
    const w = await openPage(browser);
    await w.page.route(/\/taskpane\.[0-9a-f]+\.js$/, (route) => route.fulfill({ status: 404, body: 'not found' }));
    await w.page.goto(`${server.url}/taskpane.html`);
    const alert = await w.page.waitForSelector('#boot[role="alert"]');
    expect(await alert.textContent()).toContain('Không tải được khung dangvien');
    await screenshot(w.page, 'boot-01-script-failed-350', { fullPage: false });
    expect(w.outside).toEqual([]);
  });

  it('names EdgeHTML when that is the engine', async () => {
    const w = await openPage(browser);
    await w.context.addInitScript(() => {
      delete (window as unknown as { Proxy?: unknown }).Proxy;
      Object.defineProperty(navigator, 'userAgent', { value: 'Mozilla/5.0 (Windows NT 10.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0 Safari/537.36 Edge/18.19045' });
    });
    await w.page.goto(`${server.url}/taskpane.html`);
    // EdgeHTML 18 parses the bundle: once it has run (the page's load event), the message stays.
    await w.page.waitForLoadState('load');
    const alert = await w.page.waitForSelector('#boot[role="alert"]');
    expect(await alert.textContent()).toContain('EdgeHTML 18');
    expect(await alert.textContent()).not.toContain('Internet Explorer');
    expect(w.pageErrors).toEqual([]);
  });

  it('says what to do in a browser too old for the pane', async () => {
    const w = await openPage(browser);
    await w.context.addInitScript(() => {
      // What Internet Explorer 11 lacks, and what it says it is.
      delete (window as unknown as { Proxy?: unknown }).Proxy;
      Object.defineProperty(document, 'documentMode', { value: 11 });
    });
    await w.page.route(/\/taskpane\.[0-9a-f]+\.js$/, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: 'const x = { ...{} }; class A { #p = 1 }' }));
    await w.page.goto(`${server.url}/taskpane.html`);
    const alert = await w.page.waitForSelector('#boot[role="alert"]');
    expect(await alert.textContent()).toContain('Internet Explorer 11');
    expect(await alert.textContent()).toContain('npx dangvien check');
    // The same page outside Excel: a link and its address to copy.
    expect(await w.page.getAttribute('#boot-link', 'href')).toBe(`${server.url}/taskpane.html`);
    expect(await w.page.inputValue('#boot-address')).toBe(`${server.url}/taskpane.html`);
    // Office was answered from this path (else Office may not show the pane), and the ribbon's
    // command has a function that completes its event.
    expect(await w.page.evaluate(() => typeof (window as unknown as { Office?: { initialize?: unknown } }).Office?.initialize)).toBe('function');
    expect(await w.page.evaluate(() => typeof (window as unknown as { runCheck?: unknown }).runCheck)).toBe('function');
    await screenshot(w.page, 'boot-02-old-browser-350', { fullPage: false });
  });
});
