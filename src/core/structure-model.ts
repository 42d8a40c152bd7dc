/**
 * The party's structure as data: the kinds of unit, which kind may stand under which, and the
 * thresholds the rules use. A preset per model; switching is an option, not a code change.
 */
import type { ListEntry } from './lists';

export type TccsKind = 'committee' | 'cell';

export interface KindDef extends ListEntry {
  /** The top unit of the workbook (one per workbook). */
  root?: boolean;
  /** A grassroots organisation directly under the root: a committee (has cells) or a cell. */
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

export interface StructureModel {
  id: string;
  name: { vi: string; en: string };
  kinds: KindDef[];
  thresholds: Thresholds;
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
  name: { vi: 'Mô hình cấp huyện (đến 2025)', en: 'District model (until 2025)' },
  kinds: [
    { value: 'Đảng bộ huyện', variants: ['Huyện ủy', 'Huyện uỷ', 'Đảng bộ thị xã', 'Đảng bộ thành phố', 'Thị ủy', 'Thành ủy'], root: true, parents: [] },
    { value: 'Đảng bộ cơ sở', variants: ['ĐBCS', 'Đảng bộ CS'], tccs: 'committee', needsCells: true, parents: ['Đảng bộ huyện'] },
    { value: 'Chi bộ cơ sở', variants: ['CBCS', 'Chi bộ CS'], tccs: 'cell', cell: true, parents: ['Đảng bộ huyện'] },
    ...BELOW_TCCS,
  ],
  thresholds: CHARTER_THRESHOLDS,
};

/** The two-level model of 2025: commune and ward party committees directly under the province. */
export const PROVINCE_MODEL_2025: StructureModel = {
  id: 'two-level-2025',
  name: { vi: 'Mô hình hai cấp (từ 2025)', en: 'Two-level model (from 2025)' },
  kinds: [
    { value: 'Đảng bộ tỉnh', variants: ['Tỉnh ủy', 'Tỉnh uỷ', 'Đảng bộ thành phố trực thuộc trung ương'], root: true, parents: [] },
    { value: 'Đảng bộ cơ sở', variants: ['ĐBCS', 'Đảng bộ xã', 'Đảng bộ phường', 'Đảng bộ đặc khu'], tccs: 'committee', needsCells: true, parents: ['Đảng bộ tỉnh'] },
    { value: 'Chi bộ cơ sở', variants: ['CBCS'], tccs: 'cell', cell: true, parents: ['Đảng bộ tỉnh'] },
    ...BELOW_TCCS,
  ],
  thresholds: CHARTER_THRESHOLDS,
};

export const STRUCTURE_MODELS: StructureModel[] = [DISTRICT_MODEL_2018, PROVINCE_MODEL_2025];

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
