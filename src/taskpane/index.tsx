/**
 * The pane's entry: decide where we run (Excel or a plain browser), pick the host, start the
 * workers, render. Any failure on the way ends in a message, never a blank pane.
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import type { Lang } from '../core/findings';
import type { BrowserFiles, WorkbookHost } from '../hosts/workbook';
import { App, THEMES, Unsupported } from './components/App';
import { downloadBytes } from './download';
import { detectEnvironment, queryOverrides, watchTheme, type Environment } from './env';
import { createExcelHost } from './excel-host';
import { t } from './i18n';
import { skipOfficeTelemetryFrame } from './office-telemetry';
import { PaneController } from './logic/controller';
import { failureOf } from './logic/errors';
import { settingsFieldStore, storageFieldStore, type DocumentSettings } from './logic/field-store';
import { localToday } from './logic/format';
import type { Analyzer } from './worker/clients';
import { startAnalysis, startFileHost } from './worker/spawn';

function storedLang(): Lang | null {
  try {
    const v = window.localStorage.getItem('dangvien.lang');
    return v === 'vi' || v === 'en' ? v : null;
  } catch {
    return null;
  }
}

function paintBody(theme: 'light' | 'dark'): void {
  document.body.style.backgroundColor = THEMES[theme].colorNeutralBackground1;
  document.body.style.color = THEMES[theme].colorNeutralForeground1;
}

async function main(): Promise<void> {
  const container = document.getElementById('root')!;
  const env: Environment = await detectEnvironment();
  const lang: Lang = queryOverrides(window.location.search).lang ?? storedLang() ?? env.lang;
  paintBody(env.theme);
  const root = createRoot(container);
  if (env.problem) {
    root.render(<Unsupported text={t(lang, env.problem)} theme={env.theme} />);
    return;
  }
  // A worker that cannot start (a page opened from a folder, a locked-down webview): the work
  // runs in the page, and the pane says it may be slower.
  let controller: PaneController | null = null;
  let fellBack = false;
  const fallbackLimit = { vi: t('vi', 'workerFallback'), en: t('en', 'workerFallback') };
  const onFallback = () => {
    fellBack = true;
    controller?.addLimit(fallbackLimit);
  };
  let host: WorkbookHost;
  let files: BrowserFiles | undefined;
  let analyzer: Analyzer;
  if (env.mode === 'excel') {
    host = await createExcelHost(env);
    analyzer = startAnalysis(onFallback);
  } else {
    skipOfficeTelemetryFrame();
    // Browser mode: one worker opens, reads and analyses the file.
    const client = startFileHost(downloadBytes, onFallback);
    host = client;
    files = client;
    analyzer = client;
  }
  controller = new PaneController({
    mode: env.mode,
    lang,
    host,
    files,
    analyzer,
    today: () => localToday(),
    fieldStore:
      env.mode === 'excel'
        ? settingsFieldStore(() => (window as unknown as { Office?: { context?: { document?: { settings?: DocumentSettings } } } }).Office?.context?.document?.settings ?? null)
        : storageFieldStore(() => {
            try {
              return window.localStorage;
            } catch {
              return null;
            }
          }),
    // The Word file is made in the page (a small chunk loaded on demand) in both modes.
    saveDocx: async (drafted, fileName) => {
      const { renderReportDocx } = await import(/* webpackChunkName: "report-docx" */ '../report/docx');
      downloadBytes(await renderReportDocx(drafted), fileName);
      return fileName;
    },
  });
  if (fellBack) controller.addLimit(fallbackLimit);
  root.render(
    <App
      controller={controller}
      theme={env.theme}
      watchTheme={(cb) =>
        watchTheme(env, (theme) => {
          paintBody(theme);
          cb(theme);
        })
      }
    />,
  );
  void controller.init();
}

const boot = (window as unknown as { __dangvienBoot?: { tooOld: boolean; show(kind: string, detail?: string): void } }).__dangvienBoot;
// An engine boot.js found too old (EdgeHTML 18 parses this bundle, then lacks what it uses) keeps
// boot.js's message: rendering would replace it with a pane that breaks.
if (!boot?.tooOld) {
  main().catch((e) => {
    // Shown by boot.js's plain message (it works even when React could not start).
    const lang: Lang = storedLang() ?? 'vi';
    const text = failureOf(e, lang).text;
    if (boot) boot.show('failed', text);
    else document.getElementById('root')!.textContent = text;
  });
}
