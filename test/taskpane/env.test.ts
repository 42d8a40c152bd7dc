/** Where the pane runs: Office.js's answer, however long it takes. */
import { detectEnvironment } from '../../src/taskpane/env';

const g = globalThis as unknown as Record<string, unknown>;

beforeEach(() => {
  g.window = { location: { search: '' }, matchMedia: () => ({ matches: false }) };
  g.navigator = { language: 'vi-VN' };
});
afterEach(() => {
  delete g.window;
  delete g.Office;
});

function office(delayMs: number, host: string | null) {
  return {
    HostType: { Excel: 'Excel' },
    onReady: () => new Promise((r) => setTimeout(() => r({ host, platform: host ? 'PC' : null }), delayMs)),
    context: { displayLanguage: 'vi-VN', requirements: { isSetSupported: () => true } },
  };
}

test('a slow first load inside Excel (8 s) is still Excel, never the browser mode', async () => {
  jest.useFakeTimers();
  g.Office = office(8_000, 'Excel');
  const env = detectEnvironment();
  await jest.advanceTimersByTimeAsync(8_000);
  expect((await env).mode).toBe('excel');
  jest.useRealTimers();
});

test('Office.js in a plain browser answers with no host: the browser mode', async () => {
  g.Office = office(0, null);
  expect((await detectEnvironment()).mode).toBe('browser');
});
