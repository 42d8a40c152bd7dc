/**
 * Excel on the web refuses a request or response over 5 MB. The host keeps each `sync` under a
 * budget, estimated as the JSON of the values and formats it carries (UTF-8 bytes).
 */
import type { ApiLevels } from './requirements';

/** Excel on the web's limit per request and per response. */
export const PAYLOAD_LIMIT = 5_000_000;
/** What the host lets one sync carry, with room for the envelope and for misestimates. */
export const PAYLOAD_BUDGET = 4_000_000;
/** The cost of one command beyond its values (object path, method, property name). */
export const OP_BYTES = 64;

export function utf8Length(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) n += c >= 0x800 && (c < 0xd800 || c > 0xdfff) ? 2 : 1;
  }
  return n;
}

export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? '');
}

/**
 * Queues writes and syncs whenever the next command would take the request over budget, so a
 * write costs one sync per budget's worth of data. Screen updating and calculation are
 * suspended for each sync that writes.
 */
export class WriteQueue {
  private bytes = 0;
  private ops = 0;
  private wrote = false;
  syncs = 0;

  constructor(
    private readonly ctx: Excel.RequestContext,
    private readonly levels: ApiLevels,
    private readonly budget = PAYLOAD_BUDGET,
  ) {}

  /** Makes room for a command of `bytes`; call it just before queuing the command. */
  async reserve(bytes: number): Promise<void> {
    const cost = bytes + OP_BYTES;
    if (this.ops > 0 && this.bytes + cost > this.budget) await this.flush();
    if (this.ops === 0) this.begin();
    this.bytes += cost;
    this.ops++;
  }

  async flush(): Promise<void> {
    if (this.ops === 0) return;
    this.bytes = 0;
    this.ops = 0;
    this.syncs++;
    await this.ctx.sync();
  }

  /**
   * The last flush, then a recalculation: Excel leaves what was written with calculation
   * suspended uncalculated ("it is the developer's responsibility to re-calc", Microsoft's
   * reference for suspendApiCalculationUntilNextSync), so inserted formulas and the user's own
   * formulas that read a written cell would show stale values. `Recalculate` computes only what
   * is dirty, as Excel's automatic calculation would have.
   */
  async finish(): Promise<void> {
    await this.flush();
    if (!this.wrote) return;
    this.wrote = false;
    this.ctx.workbook.application.calculate('Recalculate' as Excel.CalculationType);
    this.syncs++;
    await this.ctx.sync();
  }

  private begin(): void {
    this.wrote = true;
    // Both last until the next sync: set again for each batch of writes.
    if (this.levels.v19) this.ctx.application.suspendScreenUpdatingUntilNextSync();
    this.ctx.application.suspendApiCalculationUntilNextSync();
    this.bytes += 2 * OP_BYTES;
  }
}
