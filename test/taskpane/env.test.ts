/** Where the pane runs: Office.js's answer, however long it takes. */
import { detectEnvironment, watchTheme } from '../../src/taskpane/env';

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

test('inside Excel the theme is read again when the pane becomes visible (Excel fires no theme event)', async () => {
  const listeners: (() => void)[] = [];
  const doc = { visibilityState: 'visible', addEventListener: (_t: string, l: () => void) => listeners.push(l), removeEventListener: () => undefined };
  g.document = doc;
  const o = { ...office(0, 'Excel'), context: { ...office(0, 'Excel').context, officeTheme: { bodyBackgroundColor: '#FFFFFF' } } };
  g.Office = o;
  const env = await detectEnvironment();
  const seen: string[] = [];
  watchTheme(env, (t) => seen.push(t));
  o.context.officeTheme.bodyBackgroundColor = '#262626';
  doc.visibilityState = 'hidden';
  listeners.forEach((l) => l());
  doc.visibilityState = 'visible';
  listeners.forEach((l) => l());
  expect(seen).toEqual(['dark']);
  delete g.document;
});
