/**
 * The few entry points of Office.js the host needs, as injectable functions: tests and the
 * browser e2e hand in the fake; in Excel the defaults reach the real globals, and only then.
 */

export type RunFn = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;
export type IsSetSupportedFn = (name: string, version: string) => boolean;
export type CreateWorkbookFn = (base64: string) => Promise<void>;
export type DownloadFn = (bytes: Uint8Array, fileName: string) => void;

/** The document's settings (Office's common API): where the add-in keeps its marks. */
export interface SettingsStore {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync?(callback?: (result: { error?: { message: string } | null }) => void): void;
}

export const officeRun: RunFn = (batch) => Excel.run(batch);

export function officeIsSetSupported(name: string, version: string): boolean {
  return typeof Office !== 'undefined' && !!Office.context?.requirements?.isSetSupported(name, version);
}

export function officeSettings(): SettingsStore | null {
  return typeof Office !== 'undefined' ? (Office.context?.document?.settings ?? null) : null;
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

export async function saveSettings(settings: SettingsStore): Promise<void> {
  const save = settings.saveAsync;
  if (!save) return;
  await new Promise<void>((resolve, reject) =>
    save.call(settings, (r) => (r?.error ? reject(new Error(r.error.message || 'settings not saved')) : resolve())),
  );
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
