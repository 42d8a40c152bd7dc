/**
 * The shared-strings part: every text cell points into it, so a text starting with `=` stays text
 * and the findings' repeated messages are stored once.
 */
import { ByteSink } from './bytes';
import { Interned } from './interned';
import { needsPreserve, NS_MAIN, XML_HEAD, xmlText } from './xml';

export class SharedStrings {
  private readonly texts = new Interned();
  /** Cells pointing here (the part's `count`). */
  private uses = 0;

  index(s: string): number {
    this.uses++;
    return this.texts.id(s);
  }

  get size(): number {
    return this.texts.items.length;
  }

  /** The part, UTF-8. */
  bytes(): Uint8Array {
    const sink = new ByteSink(1 << 16);
    sink.text(`${XML_HEAD}<sst xmlns="${NS_MAIN}" count="${this.uses}" uniqueCount="${this.texts.items.length}">`);
    for (const s of this.texts.items) {
      sink.ascii(needsPreserve(s) ? '<si><t xml:space="preserve">' : '<si><t>');
      sink.text(xmlText(s));
      sink.ascii('</t></si>');
    }
    sink.ascii('</sst>');
    return sink.bytes();
  }
}
