// The channel between the pane and its workers, run in-page as the fallback and the tests do.
import { AnalysisClient } from '../../src/taskpane/worker/clients';
import { Channel, inlineEndpoint, serve, type Endpoint, type Post } from '../../src/taskpane/worker/rpc';
import { analysisService } from '../../src/taskpane/worker/analysis-service';
import { cleanGrids } from './fixtures';

function service(post: Post) {
  return serve(
    {
      echo: (p: unknown) => p,
      async slow(_p: unknown, ctx) {
        for (let i = 0; i < 100; i++) {
          ctx.progress({ step: 'read', done: i, total: 100 });
          await new Promise((r) => setTimeout(r, 5));
          if (ctx.signal.aborted) throw Object.assign(new Error('stopped'), { name: 'AbortError' });
        }
        return 'done';
      },
      fail: () => {
        throw Object.assign(new Error('tệp rỗng / empty'), { name: 'UnreadableFileError' });
      },
      shout: (p: string, ctx) => {
        ctx.emit('download', { fileName: p });
        return true;
      },
    },
    post,
  );
}

describe('Channel', () => {
  it('answers, reports progress and events, and carries errors by name', async () => {
    const ch = new Channel(inlineEndpoint(() => service));
    expect(await ch.call('echo', { a: 1 })).toEqual({ a: 1 });
    const steps: number[] = [];
    expect(await ch.call('slow', undefined, { onProgress: (p) => steps.push(p.done) })).toBe('done');
    expect(steps.length).toBe(100);
    await expect(ch.call('fail')).rejects.toMatchObject({ name: 'UnreadableFileError', message: 'tệp rỗng / empty' });
    await expect(ch.call('nothing')).rejects.toThrow(/Unknown request/);
    const events: unknown[] = [];
    ch.on('download', (d) => events.push(d));
    await ch.call('shout', 'a.xlsx');
    await new Promise((r) => setTimeout(r, 5));
    expect(events).toEqual([{ fileName: 'a.xlsx' }]);
  });

  it('cancels: the caller hears at once, the service is told', async () => {
    const ch = new Channel(inlineEndpoint(() => service));
    const controller = new AbortController();
    const p = ch.call('slow', undefined, { signal: controller.signal, onProgress: (x) => x.done === 3 && controller.abort() });
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
    await expect(ch.call('echo', 1, { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(await ch.call('echo', 2)).toBe(2);
  });

  it('fails every pending call when the worker dies', async () => {
    let fail: (m: string) => void = () => undefined;
    const endpoint: Endpoint = {
      send: () => undefined,
      onReply: () => undefined,
      onFailure: (l) => void (fail = l),
      terminate: () => undefined,
    };
    const ch = new Channel(endpoint);
    const p = ch.call('anything');
    fail('script blocked');
    await expect(p).rejects.toMatchObject({ name: 'WorkerError', message: 'script blocked' });
    expect(ch.broken).toBe(true);
  });
});

describe('falling back to the page', () => {
  const request = { lang: 'vi' as const, today: '2018-01-09' };

  it('when the worker cannot even start', async () => {
    let fellBack = 0;
    const client = new AnalysisClient(
      () => {
        throw new Error('SecurityError: workers are blocked');
      },
      () => inlineEndpoint(() => analysisService),
      () => fellBack++,
    );
    const r = await client.analyze({ grids: cleanGrids(), request });
    expect(r.figures?.district.admitted).toBe(4);
    expect(fellBack).toBe(1);
  });

  it('when the worker fails to load later', async () => {
    let fellBack = 0;
    const broken = (): Endpoint => {
      let fail: (m: string) => void = () => undefined;
      return {
        send: () => setTimeout(() => fail('404 analysis.worker.js'), 1),
        onReply: () => undefined,
        onFailure: (l) => void (fail = l),
        terminate: () => undefined,
      };
    };
    const client = new AnalysisClient(broken, () => inlineEndpoint(() => analysisService), () => fellBack++);
    const r = await client.analyze({ grids: cleanGrids(), request });
    expect(r.year).toBe(2017);
    expect(fellBack).toBe(1);
  });

  it('keeps the last grids for a recount, and says when there are none', async () => {
    const client = new AnalysisClient(() => inlineEndpoint(() => analysisService), () => inlineEndpoint(() => analysisService));
    await expect(client.analyze({ request })).rejects.toMatchObject({ name: 'NoGrids' });
    await client.analyze({ grids: cleanGrids(), request });
    const again = await client.analyze({ request: { ...request, lang: 'en' } });
    expect(again.lang).toBe('en');
    // A cancel stops the worker: its memory goes with it.
    const controller = new AbortController();
    controller.abort();
    await expect(client.analyze({ request }, { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    await expect(client.analyze({ request })).rejects.toMatchObject({ name: 'NoGrids' });
  });
});
