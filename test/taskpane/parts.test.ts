// A large reply from a worker comes in parts of a bounded size (each decoded in its own task on
// the page's thread) and is put back together exactly as it was sent.
import { joinParts, splitParts } from '../../src/taskpane/worker/parts';
import { Channel, serve, type Endpoint, type Post, type Reply } from '../../src/taskpane/worker/rpc';

/** A result shaped like the analysis's: long lists of small records, a map by code, small fields. */
function bigResult(n: number) {
  const findings = Array.from({ length: n }, (_, i) => ({ rule: 'M01', severity: 'error', sheet: 'DangVien', cell: `C${i + 2}`, params: { n: i } }));
  const units = Object.fromEntries(Array.from({ length: n / 2 }, (_, i) => [`C${String(i).padStart(5, '0')}`, { target: i, admitted: i % 7 }]));
  return { lang: 'vi', year: 2017, findings, previous: { year: 2016, units }, officer: { due: findings.slice(0, 10), when: new Date(2017, 11, 31) }, empty: [] };
}

/** How many values a part holds, counted as splitParts does (roughly). */
const size = (v: unknown): number => JSON.stringify(v).length;

describe('a large reply in parts', () => {
  it('cuts a large value into bounded parts and puts it back in the same order', () => {
    const value = bigResult(4_000);
    const { parts, rest } = splitParts(structuredClone(value), 1_000);
    expect(parts.length).toBeGreaterThan(10);
    // No part is near the whole: each is a small share of it.
    const whole = size(value);
    for (const p of parts) expect(size(p.value)).toBeLessThan(whole / 8);
    const back = joinParts(structuredClone(rest), parts.map((p) => structuredClone(p))) as typeof value;
    expect(back).toEqual(value);
    expect(Object.keys(back)).toEqual(Object.keys(value));
    expect(Object.keys(back.previous.units)).toEqual(Object.keys(value.previous.units));
  });

  it('leaves a small value whole', () => {
    const value = { a: [1, 2, 3], b: 'x' };
    expect(splitParts(value)).toEqual({ parts: [], rest: value });
  });

  it('crosses the channel as several messages and arrives as one result', async () => {
    const replies: Reply[] = [];
    const value = bigResult(6_000);
    const listeners: ((r: Reply) => void)[] = [];
    const post: Post = (r) => {
      // A copy, as postMessage makes one.
      const copy = structuredClone(r);
      replies.push(copy);
      setTimeout(() => listeners.forEach((l) => l(copy)), 0);
    };
    const handle = serve({ big: () => value }, post);
    const endpoint: Endpoint = { send: (req) => setTimeout(() => handle(req), 0), onReply: (l) => void listeners.push(l), onFailure: () => {}, terminate: () => {} };
    const got = await new Channel(endpoint).call('big');
    expect(got).toEqual(value);
    expect(replies.filter((r) => r.kind === 'part').length).toBeGreaterThan(3);
    expect(replies[replies.length - 1].kind).toBe('result');
  });
});
