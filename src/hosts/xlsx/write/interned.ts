/** A list whose items are stored once: each new item gets the next index, a repeated one its first. */
export class Interned {
  readonly items: string[];
  private readonly ids = new Map<string, number>();
  constructor(first: readonly string[] = []) {
    this.items = [...first];
    first.forEach((x, i) => this.ids.set(x, i));
  }
  id(item: string): number {
    let i = this.ids.get(item);
    if (i === undefined) {
      i = this.items.length;
      this.ids.set(item, i);
      this.items.push(item);
    }
    return i;
  }
}
