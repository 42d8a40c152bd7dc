// The report's typed fields are remembered: the workbook's settings in Excel, local storage in a browser.
import { PaneController } from '../../src/taskpane/logic/controller';
import { FIELDS_KEY, settingsFieldStore, storageFieldStore, type DocumentSettings } from '../../src/taskpane/logic/field-store';
import { browserPane } from './panes';

function memoryStorage() {
  const m = new Map<string, string>();
  return { m, storage: { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) } };
}

function paneWith(store: ReturnType<typeof storageFieldStore>) {
  const { files } = browserPane();
  return new PaneController({ mode: 'browser', lang: 'vi', host: files, files, analyzer: files, today: () => '2018-01-09', fieldStore: store });
}

describe('remembered report fields', () => {
  it('in the browser: typed fields are kept in local storage and come back in a new pane', async () => {
    const { m, storage } = memoryStorage();
    const first = paneWith(storageFieldStore(() => storage));
    await first.init();
    first.setReportField('signerName', 'Nguyễn Văn A');
    first.setReportField('number', '45-BC/HU');
    first.setReportField('number', '');
    await new Promise((r) => setTimeout(r, 0));
    expect(JSON.parse(m.get(FIELDS_KEY)!)).toEqual({ signerName: 'Nguyễn Văn A' });
    const second = paneWith(storageFieldStore(() => storage));
    await second.init();
    expect(second.getState().reportFields).toEqual({ signerName: 'Nguyễn Văn A' });
  });

  it('ignores what it does not know and survives a storage that refuses', async () => {
    const { m, storage } = memoryStorage();
    m.set(FIELDS_KEY, JSON.stringify({ signerName: 'B', other: 'x', place: 42 }));
    expect(await storageFieldStore(() => storage).load()).toEqual({ signerName: 'B' });
    m.set(FIELDS_KEY, '{not json');
    expect(await storageFieldStore(() => storage).load()).toEqual({});
    const refusing = storageFieldStore(() => {
      throw new Error('SecurityError');
    });
    await expect(refusing.save({ place: 'Ea Súp' })).resolves.toBeUndefined();
    expect(await refusing.load()).toEqual({});
  });

  it('in Excel: one save into the workbook’s settings after the typing pauses', async () => {
    const values = new Map<string, unknown>();
    let saves = 0;
    const settings: DocumentSettings = {
      get: (k) => values.get(k),
      set: (k, v) => void values.set(k, v),
      saveAsync: (cb) => {
        saves++;
        cb?.({ status: 'succeeded' });
      },
    };
    const store = settingsFieldStore(() => settings, 5);
    void store.save({ place: 'M' });
    void store.save({ place: 'M’Đ' });
    await store.save({ place: 'M’Đrắk' });
    expect(saves).toBe(1);
    expect(values.get(FIELDS_KEY)).toEqual({ place: 'M’Đrắk' });
    expect(await settingsFieldStore(() => settings).load()).toEqual({ place: 'M’Đrắk' });
  });
});
