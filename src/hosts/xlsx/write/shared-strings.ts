/**
 * The shared-strings part: every text cell points into it, so a text starting with `=` stays text
 * and the findings' repeated messages are stored once.
 */
import { ByteSink } from './bytes';
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

  /** The part, UTF-8. */
  bytes(): Uint8Array {
    const sink = new ByteSink(1 << 16);
    sink.text(`${XML_HEAD}<sst xmlns="${NS_MAIN}" count="${this.uses}" uniqueCount="${this.texts.length}">`);
    for (const s of this.texts) {
      sink.ascii(needsPreserve(s) ? '<si><t xml:space="preserve">' : '<si><t>');
      sink.text(xmlText(s));
      sink.ascii('</t></si>');
    }
    sink.ascii('</sst>');
    return sink.bytes();
  }
}
