/**
 * Who sits in a cell: ethnic mix, share of women, local residents, age band. One profile per
 * cell, shared by the M'Đrắk sample and the scaled workbook.
 */
import { EDE, KINH, MNONG, MONG, NUNG, TAY } from './names';
import { Weighted } from './random';

export type Setting =
  | 'Xã/Thị trấn'
  | 'Thôn/Buôn'
  | 'Cơ quan'
  | 'Trường học'
  | 'Y tế'
  | 'Doanh nghiệp'
  | 'Lực lượng vũ trang'
  | 'Khác';

/** Weights over ETHNIC: [Kinh, Ê Đê, M'Nông, Tày, Nùng, Mông]. */
const mix = (k: number, e: number, m: number, t: number, n: number, h: number) =>
  new Weighted<number>([
    [KINH, k],
    [EDE, e],
    [MNONG, m],
    [TAY, t],
    [NUNG, n],
    [MONG, h],
  ]);

export const MIX = {
  /** A thôn of Kinh settlers. */
  kinhVillage: mix(90, 6, 0.5, 1.8, 1.7, 0),
  /** A thôn of migrants from the northern mountains (Cư San, Ea Trang). */
  migrantVillage: mix(44, 5, 2, 16, 14, 19),
  /** An Ê Đê buôn. */
  buon: mix(7, 90, 3, 0, 0, 0),
  /** A buôn with M'Nông families (Krông Á). */
  mnongBuon: mix(7, 76, 17, 0, 0, 0),
  /** Urban blocks of the town. */
  town: mix(93, 4, 0.5, 1.2, 1.3, 0),
  /** Commune staff, schools and health station. */
  communeStaff: mix(70, 22, 2, 3, 2, 1),
  migrantCommuneStaff: mix(60, 14, 2, 9, 7, 8),
  /** District agencies, forces and companies. */
  district: mix(86, 10, 1, 1.5, 1, 0.5),
} as const;

export type LocalMode = 'village' | 'none' | 'some' | 'no';

export interface CellProfile {
  code: string;
  ethnic: Weighted<number>;
  /** Share of women among older members, and among those admitted in the report year. */
  female: number;
  femaleNew: number;
  /** `village`: mostly local residents; `none`: a village cell of cadres from elsewhere; `some`; `no`. */
  local: LocalMode;
  /** How this unit writes "no religion": an empty cell or `Không`. */
  noReligion: null | 'Không';
  /** Staff of working age (born 1957 or later); they may not be `Miễn sinh hoạt`. */
  agency: boolean;
  /** Earliest admission year of its members. */
  minYear: number;
  /** Admitted young (armed forces). */
  young: boolean;
  /** Older Tày, Nùng, Mông members may carry a profile number from their home province. */
  migrants: boolean;
}

const FEMALE: Record<Setting, [number, number]> = {
  'Thôn/Buôn': [0.22, 0.36],
  'Trường học': [0.62, 0.72],
  'Y tế': [0.55, 0.65],
  'Cơ quan': [0.3, 0.45],
  'Lực lượng vũ trang': [0.07, 0.12],
  'Doanh nghiệp': [0.2, 0.3],
  'Xã/Thị trấn': [0.3, 0.4],
  Khác: [0.3, 0.4],
};

export function cellProfile(
  code: string,
  setting: Setting,
  ethnic: Weighted<number>,
  opts: { local: LocalMode; noReligion: null | 'Không'; migrants?: boolean },
): CellProfile {
  const village = setting === 'Thôn/Buôn';
  const forces = setting === 'Lực lượng vũ trang';
  return {
    code,
    ethnic,
    female: FEMALE[setting][0],
    femaleNew: FEMALE[setting][1],
    local: opts.local,
    noReligion: opts.noReligion,
    agency: !village,
    minYear: village ? 1975 : forces ? 1990 : 1978,
    young: forces,
    migrants: opts.migrants ?? false,
  };
}
