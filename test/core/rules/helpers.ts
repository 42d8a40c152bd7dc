/** Shared expectations for the rule tests. */
import type { ShownFinding } from '../../../src/core/findings';
import type { Book } from '../fixture';

/** No message quotes a member's id, name or card number (spec: messages name cells, not people). */
export function expectNoPersonalData(findings: ShownFinding[], book: Book, sheet = 'DangVien', headers?: string[]): void {
  const values = book.personalValues(sheet, headers);
  for (const f of findings) {
    for (const v of values) {
      if (f.message.includes(v)) throw new Error(`${f.rule} at ${f.cell} quotes "${v}": ${f.message}`);
    }
  }
}
