/** The pane's analysis settings: the awareness-class certificate's validity (off by default) re-analyses without a new read. */
import { gridsToBuffer } from '../../src/hosts/xlsx/write-grids';
import { validBook } from '../core/fixture';
import { browserPane, excelPane } from './panes';

const expiredM11 = (c: ReturnType<typeof browserPane>['c']) => c.getState().result!.findings.filter((f) => f.rule === 'M11' && f.variant === 'expired');

async function settle(c: { getState(): { busy: unknown } }) {
  for (let i = 0; i < 500 && c.getState().busy; i++) await new Promise((r) => setTimeout(r, 20));
}

describe('the certificate’s validity setting', () => {
  // Row 13 (admitted 20/05/2017) with an awareness class 18 months before.
  const book = () => validBook().set('DangVien', 'Ngày bồi dưỡng', 13, '10/11/2015');

  it('in the browser: nothing until the board types a validity; then the old certificate is flagged; emptied, off again', async () => {
    const { c } = browserPane({ today: '2026-11-25' });
    const b = await gridsToBuffer(book().grids);
    await c.openFile(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer, 'so.xlsx');
    expect(expiredM11(c)).toEqual([]);
    c.setTrainingValidMonths(12);
    await settle(c);
    expect(c.getState().trainingValidMonths).toBe(12);
    expect(expiredM11(c).map((f) => f.cell)).toEqual(['K13']);
    c.setTrainingValidMonths(null);
    await settle(c);
    expect(expiredM11(c)).toEqual([]);
  });

  it('in Excel: the setting goes with every check', async () => {
    const { c } = excelPane(book().grids, { today: '2026-11-25' });
    c.setTrainingValidMonths(12);
    await c.check();
    expect(c.getState().result!.findings.filter((f) => f.rule === 'M11' && f.variant === 'expired').map((f) => f.cell)).toEqual(['K13']);
    // A nonsense value turns nothing on.
    c.setTrainingValidMonths(0);
    await settle(c);
    expect(c.getState().trainingValidMonths).toBeNull();
  });
});
