/**
 * The few entry points of Office.js the host needs, as injectable functions: tests and the
 * browser e2e hand in the fake; in Excel the defaults reach the real globals, and only then.
 */

export type RunFn = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;
export type IsSetSupportedFn = (name: string, version: string) => boolean;
export type CreateWorkbookFn = (base64: string) => Promise<void>;
export type DownloadFn = (bytes: Uint8Array, fileName: string) => void;
/** Whether the loaded Office.js has a member on a class (`Worksheet`, `notes`). */
export type HasMemberFn = (type: string, member: string) => boolean;

type AsyncCallback = (result: { status?: string; error?: { message: string } | null }) => void;

/**
 * The document's settings (Office's common API): where the add-in keeps its marks and, without
 * worksheet custom properties, its sheet markers. Each runtime (the pane, the ribbon's command)
 * holds its own copy: `saveAsync` writes that whole copy into the document and `refreshAsync`
 * reads the document's again. Office keeps at most 2 MB of settings, and saving fails well
 * before that on some Excel (about 1 MB: office-js issues #621 and #3957).
 */
export interface SettingsStore {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync?(callback?: AsyncCallback): void;
  refreshAsync?(callback?: AsyncCallback): void;
}

export const officeRun: RunFn = (batch) => Excel.run(batch);

export function officeIsSetSupported(name: string, version: string): boolean {
  return typeof Office !== 'undefined' && !!Office.context?.requirements?.isSetSupported(name, version);
}

/** Looks on the class's prototype: the member exists whether or not Excel would honour it. */
export function officeHasMember(type: string, member: string): boolean {
  const cls = typeof Excel !== 'undefined' ? (Excel as unknown as Record<string, unknown>)[type] : undefined;
  const proto = typeof cls === 'function' ? (cls as { prototype?: object }).prototype : undefined;
  return !!proto && member in proto;
}

export function officeSettings(): SettingsStore | null {
  // Office.Settings, typed by what the host calls (its overloads take options first).
  return typeof Office !== 'undefined' ? ((Office.context?.document?.settings as unknown as SettingsStore | undefined) ?? null) : null;
}

export function officeCreateWorkbook(): CreateWorkbookFn | null {
  return typeof Excel !== 'undefined' && typeof Excel.createWorkbook === 'function' ? (b64) => Excel.createWorkbook(b64) : null;
}

/** Offers the bytes as a file download from the task pane. */
export function browserDownload(bytes: Uint8Array, fileName: string): void {
  const blob = new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function settingsCall(settings: SettingsStore, call: SettingsStore['saveAsync'], what: string): Promise<void> {
  if (!call) return Promise.resolve();
  return new Promise<void>((resolve, reject) =>
    call.call(settings, (r) =>
      r?.error || r?.status === 'failed' ? reject(new SettingsError(what, r?.error?.message)) : resolve(),
    ),
  );
}

export class SettingsError extends Error {
  constructor(what: string, detail?: string) {
    super(
      `Không ${what === 'save' ? 'lưu' : 'đọc'} được phần cài đặt của add-in trong sổ${detail ? ` (${detail})` : ''}. ` +
        `/ The add-in's settings in the workbook could not be ${what === 'save' ? 'saved' : 'read'}${detail ? ` (${detail})` : ''}.`,
    );
    this.name = 'SettingsError';
  }
}

export function saveSettings(settings: SettingsStore): Promise<void> {
  return settingsCall(settings, settings.saveAsync, 'save');
}

/** The document's settings as saved now (another runtime may have saved since this copy was read). */
export function refreshSettings(settings: SettingsStore | null): Promise<void> {
  return settings ? settingsCall(settings, settings.refreshAsync, 'refresh') : Promise.resolve();
}

/**
 * Changes the settings from their latest saved state and saves them: read again, edit, save,
 * so that what another runtime saved meanwhile is kept.
 */
export async function updateSettings(settings: SettingsStore, edit: (s: SettingsStore) => void): Promise<void> {
  await refreshSettings(settings);
  edit(settings);
  await saveSettings(settings);
}

/** Office.js errors carry a `code` (`ItemNotFound`, `RequestPayloadSizeLimitExceeded`, …). */
export function errorCode(e: unknown): string | undefined {
  return e && typeof e === 'object' && 'code' in e ? String((e as { code: unknown }).code) : undefined;
}

export function isPayloadError(e: unknown): boolean {
  const code = errorCode(e);
  if (code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded') return true;
  return e instanceof Error && /payload size/i.test(e.message);
}

export function abortError(): Error {
  const e = new Error('Đã hủy / Cancelled');
  e.name = 'AbortError';
  return e;
}
