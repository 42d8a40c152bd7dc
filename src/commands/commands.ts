/**
 * The ribbon's "Kiểm tra" command: checks the standard sheets and writes (or replaces) the
 * `Kiểm tra Y` sheet, then shows it, without opening the task pane. Excel calls the function
 * named in manifest.xml (`runCheck`) with an event to complete when done.
 */
import { langOf } from '../taskpane/env';
import { createExcelHost } from '../taskpane/excel-host';
import { localToday } from '../taskpane/logic/format';
import { runCheckCommand } from './run-check';

async function runCheck(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const lang = langOf(Office.context?.displayLanguage);
    const host = await createExcelHost({ mode: 'excel', displayLanguage: Office.context?.displayLanguage ?? 'vi-VN', lang, theme: 'light', api18: false, platform: null });
    await runCheckCommand(host, { lang, today: localToday() });
  } catch (e) {
    // A function command has no UI of its own; the pane shows the same failure in words.
    console.error('dangvien: runCheck failed', e);
  } finally {
    event.completed();
  }
}

// Older Excel finds the function as a global; newer ones through Office.actions.associate.
(globalThis as unknown as { runCheck: typeof runCheck }).runCheck = runCheck;
if (typeof Office !== 'undefined') {
  void Office.onReady(() => {
    try {
      (Office as unknown as { actions?: { associate(name: string, f: unknown): void } }).actions?.associate('runCheck', runCheck);
    } catch {
      // Office.actions exists only in newer Excel; the global above serves the others.
    }
  });
}
