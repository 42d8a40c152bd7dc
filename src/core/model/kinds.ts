/**
 * Which structure model a workbook follows, and each unit's kind read in it. Kinds are first read
 * against every model (so a kind no model knows is reported with its nearest spelling); the same
 * words may mean different kinds in different models (`Đảng bộ thành phố` is a district-level
 * town before 2025 and a centrally-run city after), so the model is chosen first and the kinds
 * are then read again in it.
 */
import { Vocabulary } from '../lists';
import { kindDef, modelById, STRUCTURE_MODELS, type StructureModel } from '../structure-model';
import type { Unit } from './types';

const vocabularies = new WeakMap<StructureModel, Vocabulary>();

export function modelVocabulary(model: StructureModel): Vocabulary {
  let v = vocabularies.get(model);
  if (!v) {
    v = new Vocabulary(model.kinds);
    vocabularies.set(model, v);
  }
  return v;
}

/** `auto`: the model whose root kind the workbook has and which knows most of its kinds (the first on a tie). */
export function chooseModel(option: 'auto' | string | StructureModel | undefined, units: readonly Unit[]): StructureModel {
  if (option && typeof option === 'object') return option;
  if (option && option !== 'auto') return modelById(option);
  let best: StructureModel | null = null;
  let bestScore = -1;
  for (const model of STRUCTURE_MODELS) {
    const vocab = modelVocabulary(model);
    let hasRoot = false;
    let known = 0;
    for (const u of units) {
      if (!u.kindText) continue;
      const m = vocab.match(u.kindText);
      if (m.value === null) continue;
      known++;
      if (kindDef(model, m.value)?.root) hasRoot = true;
    }
    if (hasRoot && known > bestScore) {
      best = model;
      bestScore = known;
    }
  }
  return best ?? STRUCTURE_MODELS[0];
}

/**
 * Reads each unit's kind in the chosen model (in place), then the model's `readAs`: a `Chi bộ`
 * written directly under a TCCS's superior becomes a `Chi bộ cơ sở`, remembering what was written.
 * A kind this model does not know keeps the kind it was read as (reported by T02).
 */
export function resolveKinds(units: Unit[], model: StructureModel): void {
  const vocab = modelVocabulary(model);
  for (const u of units) {
    if (!u.kindText) continue;
    const m = vocab.match(u.kindText);
    if (m.value !== null) u.kind = m.value;
  }
  const readAs = model.readAs;
  if (!readAs) return;
  const superiors = new Set(kindDef(model, readAs.as)?.parents ?? []);
  const byKey = new Map<string, Unit>();
  for (const u of units) if (u.key && !byKey.has(u.key)) byKey.set(u.key, u);
  for (const u of units) {
    if (u.kind !== readAs.kind || u.parentKey === null) continue;
    const parent = byKey.get(u.parentKey);
    if (parent && parent !== u && parent.kind !== null && superiors.has(parent.kind)) {
      u.readFrom = u.kindText ?? u.kind;
      u.kind = readAs.as;
    }
  }
}
