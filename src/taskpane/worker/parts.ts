/**
 * A large reply sent in parts. The page's thread decodes a worker's message in one go, and the
 * analysis of a 100,000-member workbook is megabytes of small objects (the officer's lists, the
 * figures, the findings): decoded at once it is a stall the user feels. Cut into parts of a
 * bounded size, each part is decoded in its own task, and the page breathes between them.
 *
 * Only arrays and plain objects are cut: an array's items go in runs (`append`), an object's
 * keys in batches (`assign`, its keys kept in their order); the rest of the value (the
 * skeleton) comes last, and `joinParts` puts them back in place.
 */

export interface Part {
  /** Object keys from the skeleton's root to the array or object the part fills. */
  path: string[];
  how: 'append' | 'assign';
  value: unknown;
}

/** About how many values one part holds (each decodes in a few milliseconds). */
export const PART_WEIGHT = 20_000;

/** An object literal's kind (of any realm: a copy made by structuredClone may come from another). */
function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as object | null;
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/** How many values (objects, arrays, strings by their length, the rest one each) a value holds. */
function weigher(): (v: unknown) => number {
  const known = new WeakMap<object, number>();
  const weight = (v: unknown): number => {
    if (typeof v === 'string') return 1 + (v.length >> 6);
    if (typeof v !== 'object' || v === null) return 1;
    const seen = known.get(v);
    if (seen !== undefined) return seen;
    let w = 1;
    if (Array.isArray(v)) for (const x of v) w += weight(x);
    else if (isPlainObject(v)) for (const k in v) w += 1 + weight(v[k]);
    else w += 8;
    known.set(v, w);
    return w;
  };
  return weight;
}

/** The parts, in the order to send them, and the skeleton to send last; small values are not cut. */
export function splitParts(value: unknown, limit = PART_WEIGHT): { parts: Part[]; rest: unknown } {
  const weight = weigher();
  const parts: Part[] = [];
  const cut = (v: unknown, path: string[]): unknown => {
    if (weight(v) <= limit) return v;
    if (Array.isArray(v)) {
      let run: unknown[] = [];
      let w = 0;
      for (const x of v) {
        const wx = weight(x);
        if (run.length && w + wx > limit) {
          parts.push({ path, how: 'append', value: run });
          run = [];
          w = 0;
        }
        run.push(x);
        w += wx;
      }
      if (run.length) parts.push({ path, how: 'append', value: run });
      return [];
    }
    if (isPlainObject(v)) {
      const out: Record<string, unknown> = {};
      let batch: Record<string, unknown> = {};
      let w = 0;
      const flush = () => {
        parts.push({ path, how: 'assign', value: batch });
        batch = {};
        w = 0;
      };
      for (const k of Object.keys(v)) {
        const wk = weight(v[k]);
        if (wk > limit) {
          out[k] = cut(v[k], [...path, k]);
          continue;
        }
        if (w && w + wk > limit) flush();
        // The key is placed now so that the object keeps its order when the batch fills it.
        out[k] = undefined;
        batch[k] = v[k];
        w += wk;
      }
      if (w) flush();
      return out;
    }
    return v;
  };
  const rest = cut(value, []);
  return { parts, rest };
}

/** The value again: each part put back into the skeleton, in the order they were cut. */
export function joinParts(rest: unknown, parts: Part[]): unknown {
  for (const p of parts) {
    let target = rest as Record<string, unknown>;
    for (const k of p.path) target = target[k] as Record<string, unknown>;
    if (p.how === 'append') {
      const into = target as unknown as unknown[];
      for (const x of p.value as unknown[]) into.push(x);
    } else Object.assign(target, p.value);
  }
  return rest;
}
