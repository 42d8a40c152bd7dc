/** The unit tree: lookups by code, children, the TCCS each unit belongs to, loops found safely. */
import { kindDef, type StructureModel } from '../structure-model';
import type { Unit } from './types';

export class Hierarchy {
  /** First unit of each code (a second one is T01). */
  readonly byKey = new Map<string, Unit>();
  readonly children = new Map<string, Unit[]>();
  readonly roots: Unit[] = [];
  /** Units whose parent chain loops (T05); they belong to no TCCS. */
  readonly looped = new Set<string>();
  /** Units whose parent chain has been followed to its end (or its loop) already. */
  private readonly walked = new Set<string>();
  private readonly tccsCache = new Map<string, Unit | null>();
  /** The last `tccsOf` asked and its answer: members come cell by cell, so most asks repeat it. */
  private lastTccsKey: string | undefined;
  private lastTccs: Unit | null = null;

  constructor(
    readonly units: Unit[],
    readonly model: StructureModel,
  ) {
    for (const u of units) {
      if (u.key && !this.byKey.has(u.key)) this.byKey.set(u.key, u);
      if (kindDef(model, u.kind)?.root) this.roots.push(u);
    }
    for (const u of this.byKey.values()) {
      if (u.parentKey && this.byKey.has(u.parentKey) && u.parentKey !== u.key) {
        const list = this.children.get(u.parentKey) ?? [];
        list.push(u);
        this.children.set(u.parentKey, list);
      }
    }
    for (const u of this.byKey.values()) this.findLoop(u);
  }

  get root(): Unit | undefined {
    return this.roots.length === 1 ? this.roots[0] : undefined;
  }

  isRoot(u: Unit): boolean {
    return !!kindDef(this.model, u.kind)?.root;
  }

  isTccs(u: Unit): boolean {
    return !!kindDef(this.model, u.kind)?.tccs;
  }

  /** The level above the grassroots under the root (a commune committee under a province). */
  isGroup(u: Unit): boolean {
    return !!kindDef(this.model, u.kind)?.group;
  }

  /** Whether a TCCS under `p` counts: `p` is the root, or a group directly under it. */
  private superiorCounts(p: Unit | undefined): boolean {
    if (!p) return false;
    if (this.isRoot(p)) return true;
    if (!this.isGroup(p)) return false;
    const gp = this.parentOf(p);
    return !!gp && gp !== p && this.isRoot(gp);
  }

  isCell(u: Unit): boolean {
    return !!kindDef(this.model, u.kind)?.cell;
  }

  private findLoop(start: Unit): void {
    const path: string[] = [];
    const onPath = new Set<string>();
    let u: Unit | undefined = start;
    // A chain that reaches a unit walked before ends as that one did: each unit is walked once,
    // so a chain thousands deep costs no more than its length.
    while (u && !this.walked.has(u.key)) {
      if (onPath.has(u.key)) {
        for (const k of path.slice(path.indexOf(u.key))) this.looped.add(k);
        break;
      }
      onPath.add(u.key);
      path.push(u.key);
      u = u.parentKey && u.parentKey !== u.key ? this.byKey.get(u.parentKey) : u.parentKey === u.key ? u : undefined;
    }
    for (const k of path) this.walked.add(k);
  }

  parentOf(u: Unit): Unit | undefined {
    return u.parentKey ? this.byKey.get(u.parentKey) : undefined;
  }

  /** The TCCS a unit stands in (itself when it is one), or null when it hangs under no TCCS. */
  tccsOf(key: string): Unit | null {
    // Asked once per member: the cached answer without allocating the path below.
    if (key === this.lastTccsKey) return this.lastTccs;
    const known = this.tccsCache.get(key);
    if (known !== undefined) {
      this.lastTccsKey = key;
      this.lastTccs = known;
      return known;
    }
    // Iterative: a sheet may hold a chain thousands of units deep.
    const path: string[] = [];
    let result: Unit | null = null;
    let k: string | null = key;
    while (k !== null) {
      const cached = this.tccsCache.get(k);
      if (cached !== undefined) {
        result = cached;
        break;
      }
      path.push(k);
      const u = this.byKey.get(k);
      if (!u || this.looped.has(k) || this.isRoot(u)) break;
      if (this.isTccs(u)) {
        if (this.superiorCounts(this.parentOf(u))) result = u;
        break;
      }
      k = u.parentKey;
    }
    for (const p of path) this.tccsCache.set(p, result);
    return result;
  }

  /** Every unit below `key` (not itself), depth first. */
  descendants(key: string): Unit[] {
    const out: Unit[] = [];
    const stack = [...(this.children.get(key) ?? [])];
    const seen = new Set<string>([key]);
    while (stack.length) {
      const u = stack.pop()!;
      if (seen.has(u.key)) continue;
      seen.add(u.key);
      out.push(u);
      stack.push(...(this.children.get(u.key) ?? []));
    }
    return out;
  }

  /**
   * Whether some unit below a unit (not itself) passes `test`, as `descendants(key).some(test)`
   * for any unit outside a loop; found for all units in one pass, each marked once.
   */
  anyBelow(test: (u: Unit) => boolean): (key: string) => boolean {
    const marked = new Set<string>();
    for (const u of this.byKey.values()) {
      if (!test(u)) continue;
      for (let p = this.parentOf(u); p && !marked.has(p.key); p = this.parentOf(p)) marked.add(p.key);
    }
    return (key) => marked.has(key);
  }

  /** The units of the level above the grassroots directly under the root, in sheet order. */
  groups(): Unit[] {
    const root = this.root;
    if (!root) return [];
    return this.sorted(root.key).filter((u) => this.isGroup(u));
  }

  /** The group a TCCS stands in, or null when it stands directly under the root. */
  groupOf(tccs: Unit): Unit | null {
    const p = this.parentOf(tccs);
    return p && this.isGroup(p) ? p : null;
  }

  /** The TCCS in sheet order; under a province, group by group (province → commune → TCCS). */
  tccsList(): Unit[] {
    const root = this.root;
    if (!root) return [];
    const out: Unit[] = [];
    for (const u of this.sorted(root.key)) {
      if (this.isTccs(u)) out.push(u);
      else if (this.isGroup(u)) for (const t of this.sorted(u.key)) if (this.isTccs(t)) out.push(t);
    }
    return out;
  }

  private sorted(key: string): Unit[] {
    return [...(this.children.get(key) ?? [])].sort((a, b) => a.row - b.row);
  }
}
