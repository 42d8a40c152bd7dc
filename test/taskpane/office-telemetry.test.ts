// The browser mode keeps Office.js from framing its telemetry proxy (a blocked frame still costs the page's thread).
import { skipOfficeTelemetryFrame } from '../../src/taskpane/office-telemetry';

const page = (uls: unknown) => ({ OSF: { Logger: { ulsEndpoint: uls } }, document: { createElement: (tag: string) => ({ tag }) } }) as unknown as Window;

describe('Office.js telemetry frame in the browser mode', () => {
  it('gives the logger a frame of its own, never added to the page, so it makes none', () => {
    const uls = { proxyFrame: null };
    skipOfficeTelemetryFrame(page(uls));
    expect(uls.proxyFrame).toEqual({ tag: 'iframe' });
  });

  it('leaves alone a logger that already has its frame, another shape, or no Office.js', () => {
    const framed = { proxyFrame: 'theirs' };
    skipOfficeTelemetryFrame(page(framed));
    expect(framed.proxyFrame).toBe('theirs');
    const other = { frame: null };
    skipOfficeTelemetryFrame(page(other));
    expect(other).toEqual({ frame: null });
    expect(() => skipOfficeTelemetryFrame({ document: {} } as unknown as Window)).not.toThrow();
  });
});
