// Never a blank pane: when the bundle cannot load, or the browser is too old for it (Excel 2016/2019
// showing add-ins in Internet Explorer), the page's own small script says what to do.
import { join } from 'path';
import type { Browser } from 'playwright-core';
import { launch, openPage, screenshot } from './support/browser';
import { serve, type StaticServer } from './support/server';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await serve(join(__dirname, '..', '..', 'dist', 'e2e'));
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
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

  it('says what to do in a browser too old for the pane', async () => {
    const w = await openPage(browser);
    await w.context.addInitScript(() => {
      // What Internet Explorer 11 lacks.
      delete (window as unknown as { Proxy?: unknown }).Proxy;
    });
    await w.page.route(/\/taskpane\.[0-9a-f]+\.js$/, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: 'const x = { ...{} }; class A { #p = 1 }' }));
    await w.page.goto(`${server.url}/taskpane.html`);
    const alert = await w.page.waitForSelector('#boot[role="alert"]');
    expect(await alert.textContent()).toContain('Internet Explorer');
    expect(await alert.textContent()).toContain('npx dangvien check');
    await screenshot(w.page, 'boot-02-old-browser-350', { fullPage: false });
  });
});
