// The built pane served on 127.0.0.1 and a browser launched once per test file, both closed after
// its tests: the setup every browser test shares.
import { join } from 'path';
import type { Browser } from 'playwright-core';
import { launch } from './browser';
import { serve, type StaticServer } from './server';

/** The browser mode's build (`webpack --mode production --env e2e`). */
export const BUILD = join(__dirname, '..', '..', '..', 'dist', 'e2e');

/**
 * Registers the file's first `beforeAll` (serve the build, launch the browser, hand both to
 * `ready`) and its `afterAll` (close them). Call it at the top of a test file, before its own hooks.
 */
export function servedPane(ready: (browser: Browser, server: StaticServer) => void): void {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    server = await serve(BUILD);
    browser = await launch();
    ready(browser, server);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
}
