/**
 * A Map of per-cell counters with the last one at hand: members come cell by cell, so most rows
 * ask for the same key as the row before and need no lookup (a Map update per member costs more
 * than the rest of a pass over a million rows).
 */
export class RunMap<V> extends Map<string, V> {
  private lastKey: string | undefined;
  private last: V | undefined;

  constructor(private readonly create: () => V) {
    super();
  }

  /** The value of `key`, made with `create` on first ask. */
  at(key: string): V {
    if (key === this.lastKey) return this.last!;
    let v = this.get(key);
    if (v === undefined) this.set(key, (v = this.create()));
    this.lastKey = key;
    this.last = v;
    return v;
  }
}
