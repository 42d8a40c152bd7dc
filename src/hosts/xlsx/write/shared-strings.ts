/**
 * The shared-strings part: every text cell points into it, so a text starting with `=` stays text
 * and the findings' repeated messages are stored once.
 */
import { needsPreserve, NS_MAIN, XML_HEAD, xmlText } from './xml';

export class SharedStrings {
  private readonly indexOf = new Map<string, number>();
  private readonly texts: string[] = [];
  /** Cells pointing here (the part's `count`). */
  private uses = 0;

  index(s: string): number {
    this.uses++;
    let i = this.indexOf.get(s);
    if (i === undefined) {
      i = this.texts.length;
      this.indexOf.set(s, i);
      this.texts.push(s);
    }
    return i;
  }

  get size(): number {
    return this.texts.length;
  }

  xml(): string {
    const parts: string[] = [XML_HEAD, `<sst xmlns="${NS_MAIN}" count="${this.uses}" uniqueCount="${this.texts.length}">`];
    for (const s of this.texts) parts.push(needsPreserve(s) ? `<si><t xml:space="preserve">${xmlText(s)}</t></si>` : `<si><t>${xmlText(s)}</t></si>`);
    parts.push('</sst>');
    return parts.join('');
  }
}
