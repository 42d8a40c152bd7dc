/** Python's openpyxl, an independent reader of the .xlsx files we write (Debian's python3-openpyxl). */
import { execFileSync } from 'child_process';
import { existsSync } from 'fs';

/** Debian's Python, where python3-openpyxl installs (a pyenv shim on PATH may hide it). */
export const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

const installed = (() => {
  try {
    execFileSync(PYTHON, ['-c', 'import openpyxl'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/**
 * Whether a test can use openpyxl. .ci/run installs it, so under CI its absence is a failure, not
 * a skip; elsewhere the test says why it is skipped.
 */
export function openpyxlAvailable(): boolean {
  if (installed) return true;
  if (process.env.CI === 'true') throw new Error('python3-openpyxl is missing: .ci/run installs it');
  console.warn('skipped: python3-openpyxl is not installed (apt-get install python3-openpyxl)');
  return false;
}
