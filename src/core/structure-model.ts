/**
 * The party's structure as data: the kinds of unit, which kind may stand under which, and the
 * thresholds the rules use. A preset per model; switching is an option, not a code change.
 *
 * Three levels matter to the figures: the root (the workbook's top unit), the level above the
 * grassroots (`group`: a commune committee under a province; absent when the root is itself the
 * TCCS's direct superior) and the grassroots organisations (TCCS).
 */
import type { ListEntry } from './lists';

export type TccsKind = 'committee' | 'cell';

export interface KindDef extends ListEntry {
  /** The top unit of the workbook (one per workbook). */
  root?: boolean;
  /** The level above the grassroots under the root: the TCCS's direct superior (a commune committee under a province). */
  group?: boolean;
  /** A grassroots organisation directly under its superior: a committee (has cells) or a cell. */
  tccs?: TccsKind;
  /** Members belong to cells. */
  cell?: boolean;
  /** A committee must have at least one cell under it. */
  needsCells?: boolean;
  /** Kinds this one may stand under. */
  parents: string[];
}

export interface Thresholds {
  minFullMembersPerCell: number;
  minMembersCommitteeTccs: number;
  raiseCellTccsAt: number;
  probationMonths: number;
  decisionWorkingDays: number;
  minAdmissionAge: number;
  maxAdmissionAgeWithoutConsent: number;
  youngUnder: number;
  villageLocalGoal: number;
  healthCellGoal: number;
}

/** Who the bodies are, for messages and the report's sentences (`Ban Thường vụ {standing}`). */
export interface ModelBodies {
  /** The root's committee, e.g. `Huyện ủy`, `Đảng ủy xã`, `Tỉnh ủy`. */
  committee: { vi: string; en: string };
  /** The level above the grassroots, plural, e.g. `đảng bộ xã, phường, đặc khu`; null when the root is that level. */
  groups: { vi: string; en: string } | null;
}

export interface StructureModel {
  id: string;
  name: { vi: string; en: string };
  kinds: KindDef[];
  thresholds: Thresholds;
  bodies: ModelBodies;
  /**
   * A kind written directly under the TCCS's superior that is read as a TCCS kind (the texts and
   * practice vary: a village `Chi bộ` directly under the commune committee is a chi bộ cơ sở).
   * Each such unit gets an info (T11), never an error.
   */
  readAs?: { kind: string; under: 'superior'; as: string };
}

const CHARTER_THRESHOLDS: Thresholds = {
  minFullMembersPerCell: 3,
  minMembersCommitteeTccs: 30,
  raiseCellTccsAt: 30,
  probationMonths: 12,
  decisionWorkingDays: 30,
  minAdmissionAge: 18,
  maxAdmissionAgeWithoutConsent: 60,
  youngUnder: 30,
  villageLocalGoal: 0.9,
  healthCellGoal: 1,
};

const BELOW_TCCS: KindDef[] = [
  { value: 'Đảng bộ bộ phận', variants: ['ĐBBP', 'Đảng bộ BP'], needsCells: true, parents: ['Đảng bộ cơ sở'] },
  { value: 'Chi bộ', variants: ['Chi bộ trực thuộc', 'CB', 'Chi bộ TT'], cell: true, parents: ['Đảng bộ cơ sở', 'Đảng bộ bộ phận'] },
  { value: 'Tổ đảng', variants: ['Tổ Đảng'], parents: ['Chi bộ cơ sở', 'Chi bộ'] },
];

/** The district model of the article, used until mid-2025. */
export const DISTRICT_MODEL_2018: StructureModel = {
  id: 'district-2018',
  name: { vi: 'Mô hình cấp huyện (đến 30/6/2025)', en: 'District model (until 30/6/2025)' },
  kinds: [
    { value: 'Đảng bộ huyện', variants: ['Huyện ủy', 'Huyện uỷ', 'Đảng bộ thị xã', 'Đảng bộ thành phố', 'Thị ủy', 'Thành ủy'], root: true, parents: [] },
    { value: 'Đảng bộ cơ sở', variants: ['ĐBCS', 'Đảng bộ CS'], tccs: 'committee', needsCells: true, parents: ['Đảng bộ huyện'] },
    { value: 'Chi bộ cơ sở', variants: ['CBCS', 'Chi bộ CS'], tccs: 'cell', cell: true, parents: ['Đảng bộ huyện'] },
    ...BELOW_TCCS,
  ],
  thresholds: CHARTER_THRESHOLDS,
  bodies: { committee: { vi: 'Huyện ủy', en: 'district committee' }, groups: null },
};

/** Commune, ward and special-zone committees, and how their kind is written. */
const COMMUNE_KIND = 'Đảng bộ xã';
const COMMUNE_VARIANTS = [
  'Đảng bộ phường', 'Đảng bộ đặc khu', 'Đảng bộ xã, phường', 'Đảng bộ xã, phường, đặc khu',
  'Đảng ủy xã', 'Đảng ủy phường', 'Đảng ủy đặc khu', 'Đảng ủy xã, phường',
];
/** The province's own committees above the grassroots (its agencies, government, forces). */
const PROVINCE_COMMITTEE_KIND = 'Đảng bộ trực thuộc tỉnh';
const PROVINCE_COMMITTEE_VARIANTS = [
  'Đảng bộ trực thuộc Tỉnh ủy', 'Đảng bộ trực thuộc Thành ủy', 'Đảng bộ trực thuộc thành phố',
  'Đảng bộ cấp trên cơ sở', 'Đảng bộ cấp trên trực tiếp cơ sở',
  'Đảng bộ các cơ quan Đảng tỉnh', 'Đảng bộ Ủy ban nhân dân tỉnh', 'Đảng bộ UBND tỉnh',
  'Đảng bộ Quân sự tỉnh', 'Đảng bộ Công an tỉnh', 'Đảng bộ Bộ đội Biên phòng tỉnh',
  'Đảng bộ các cơ quan Đảng thành phố', 'Đảng bộ Ủy ban nhân dân thành phố', 'Đảng bộ Quân sự thành phố', 'Đảng bộ Công an thành phố',
];
const TCCS_SUPERIORS = [COMMUNE_KIND, PROVINCE_COMMITTEE_KIND];

/**
 * From 1/7/2025 (Quy định 294-QĐ/TW): a commune, ward or special-zone committee is the direct
 * superior of the TCCS of its area. One of the province's own committees (its agencies, forces …)
 * keeps its workbook the same way, so it is a root of this model too.
 */
export const COMMUNE_MODEL_2025: StructureModel = {
  id: 'commune-2025',
  name: { vi: 'Đảng bộ xã, phường, đặc khu (từ 1/7/2025)', en: 'Commune, ward or special-zone committee (from 1/7/2025)' },
  kinds: [
    { value: COMMUNE_KIND, variants: COMMUNE_VARIANTS, root: true, parents: [] },
    { value: PROVINCE_COMMITTEE_KIND, variants: PROVINCE_COMMITTEE_VARIANTS, root: true, parents: [] },
    { value: 'Đảng bộ cơ sở', variants: ['ĐBCS', 'Đảng bộ CS'], tccs: 'committee', needsCells: true, parents: TCCS_SUPERIORS },
    { value: 'Chi bộ cơ sở', variants: ['CBCS', 'Chi bộ CS'], tccs: 'cell', cell: true, parents: TCCS_SUPERIORS },
    ...BELOW_TCCS,
  ],
  thresholds: CHARTER_THRESHOLDS,
  bodies: { committee: { vi: 'Đảng ủy xã', en: 'commune committee' }, groups: null },
  readAs: { kind: 'Chi bộ', under: 'superior', as: 'Chi bộ cơ sở' },
};

/**
 * From 1/7/2025: the province (or centrally-run city) adds up its communes, wards, special zones
 * and its own superior committees, each the direct superior of its TCCS.
 */
export const PROVINCE_MODEL_2025: StructureModel = {
  id: 'province-2025',
  name: { vi: 'Đảng bộ tỉnh, thành phố (từ 1/7/2025)', en: 'Province or city committee (from 1/7/2025)' },
  kinds: [
    {
      value: 'Đảng bộ tỉnh',
      variants: ['Tỉnh ủy', 'Tỉnh uỷ', 'Đảng bộ thành phố', 'Thành ủy', 'Đảng bộ thành phố trực thuộc trung ương'],
      root: true,
      parents: [],
    },
    { value: COMMUNE_KIND, variants: COMMUNE_VARIANTS, group: true, parents: ['Đảng bộ tỉnh'] },
    { value: PROVINCE_COMMITTEE_KIND, variants: PROVINCE_COMMITTEE_VARIANTS, group: true, parents: ['Đảng bộ tỉnh'] },
    { value: 'Đảng bộ cơ sở', variants: ['ĐBCS', 'Đảng bộ CS'], tccs: 'committee', needsCells: true, parents: TCCS_SUPERIORS },
    { value: 'Chi bộ cơ sở', variants: ['CBCS', 'Chi bộ CS'], tccs: 'cell', cell: true, parents: TCCS_SUPERIORS },
    ...BELOW_TCCS,
  ],
  thresholds: CHARTER_THRESHOLDS,
  bodies: {
    committee: { vi: 'Tỉnh ủy', en: 'provincial committee' },
    groups: { vi: 'đảng bộ xã, phường, đặc khu và đảng bộ trực thuộc', en: 'commune, ward, special-zone and other superior committees' },
  },
  readAs: { kind: 'Chi bộ', under: 'superior', as: 'Chi bộ cơ sở' },
};

export const STRUCTURE_MODELS: StructureModel[] = [DISTRICT_MODEL_2018, COMMUNE_MODEL_2025, PROVINCE_MODEL_2025];

/** Model ids that once existed, with what replaced them (a workbook or option may still name one). */
export const RETIRED_MODELS: Record<string, string[]> = { 'two-level-2025': ['commune-2025', 'province-2025'] };

export class UnknownModelError extends Error {
  constructor(readonly id: string) {
    const now = STRUCTURE_MODELS.map((m) => m.id).join(', ');
    const retired = RETIRED_MODELS[id];
    super(
      retired
        ? `Mô hình "${id}" không còn dùng: từ 1/7/2025 hãy chọn ${retired.join(' (sổ của một đảng bộ xã, phường, đặc khu) hoặc ')} (sổ của tỉnh) / ` +
            `the "${id}" model is retired: use ${retired.join(' (a commune’s workbook) or ')} (a province’s)`
        : `Không có mô hình "${id}"; các mô hình: ${now} / unknown structure model "${id}"; models: ${now}`,
    );
  }
}

export function modelById(id: string): StructureModel {
  const found = STRUCTURE_MODELS.find((m) => m.id === id);
  if (!found) throw new UnknownModelError(id);
  return found;
}

const kindIndex = new WeakMap<StructureModel, Map<string, KindDef>>();

export function kindDef(model: StructureModel, kind: string | null): KindDef | undefined {
  if (!kind) return undefined;
  let index = kindIndex.get(model);
  if (!index) {
    index = new Map(model.kinds.map((k) => [k.value, k]));
    kindIndex.set(model, index);
  }
  return index.get(kind);
}

/** The model's root kinds, the first one named in messages. */
export function rootKinds(model: StructureModel): string[] {
  return model.kinds.filter((k) => k.root).map((k) => k.value);
}
