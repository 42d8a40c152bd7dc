/**
 * The party's basic statistical forms that the sheets can feed (Hướng dẫn 11-HD/BTCTW, 13/12/2021),
 * as data: each form's rows and measures, so they can be corrected against the official text
 * without touching the computation. A row names the member columns it needs: when the workbook
 * lacks one, the row's cells stay empty with a note naming it.
 */
import type { Text } from '../findings';
import { LISTS } from '../lists';
import type { FormMemberColumn } from '../schema';
import { AGE_BANDS } from './bands';
import { OTHER_RELIGION, RELIGIONS } from './classify';

export type FormId = 'bieu1' | 'bieu2' | 'bieu2b' | 'bieu3' | 'bieu4' | 'bieu5';

export interface FormRow {
  key: string;
  label: Text;
  /** Indent: 0 a main row, 1 "of which", 2 below that. */
  level?: number;
  /** A heading: no figures. */
  heading?: boolean;
  needs?: FormMemberColumn[];
  /** A value with one decimal (the average age), not a count. */
  decimal?: boolean;
}

export interface FormMeasure {
  key: string;
  label: Text;
  /** The workbook keeps no history of this (the units): last year's figure is unknown. */
  noHistory?: boolean;
}

export interface FormDef {
  id: FormId;
  /** `1`, `2`, `2b` …: the sheet is `Biểu {number} {year}`. */
  number: string;
  title: Text;
  measures: FormMeasure[];
  rows: FormRow[];
}

const COUNT: FormMeasure[] = [{ key: 'n', label: { vi: 'Số lượng', en: 'Number' } }];

const t = (vi: string, en: string): Text => ({ vi, en });
const row = (key: string, vi: string, en: string, extra: Partial<FormRow> = {}): FormRow => ({ key, label: t(vi, en), ...extra });
const heading = (key: string, vi: string, en: string, needs?: FormMemberColumn[]): FormRow => row(key, vi, en, { heading: true, needs });

const ageRows = (prefix: string): FormRow[] => AGE_BANDS.map((b) => row(`${prefix}${b.key}`, b.label.vi, b.label.en, { level: 1 }));

const educationRows = (): FormRow[] => [
  heading('eduHead', 'Trình độ giáo dục phổ thông', 'General education', ['education']),
  row('edu.upperSecondary', 'Trung học phổ thông', 'Upper secondary', { level: 1, needs: ['education'] }),
  row('edu.lowerSecondary', 'Trung học cơ sở', 'Lower secondary', { level: 1, needs: ['education'] }),
  row('edu.primary', 'Tiểu học', 'Primary', { level: 1, needs: ['education'] }),
  row('edu.belowPrimary', 'Chưa hết tiểu học', 'Below primary', { level: 1, needs: ['education'] }),
  row('edu.unknown', 'Chưa ghi hoặc không đọc được', 'Empty or unreadable', { level: 1, needs: ['education'] }),
];

const professionalRows = (): FormRow[] => [
  heading('proHead', 'Trình độ chuyên môn', 'Professional qualification', ['professional']),
  ...([
    ['doctorate', 'Tiến sĩ', 'Doctorate'],
    ['master', 'Thạc sĩ', 'Master'],
    ['university', 'Đại học', 'University'],
    ['college', 'Cao đẳng', 'College'],
    ['vocational', 'Trung cấp', 'Vocational'],
    ['elementary', 'Sơ cấp, công nhân kỹ thuật', 'Elementary, skilled worker'],
    ['none', 'Chưa qua đào tạo', 'No training'],
    ['other', 'Khác', 'Other'],
    ['unknown', 'Chưa ghi', 'Empty'],
  ] as const).map(([k, vi, en]) => row(`pro.${k}`, vi, en, { level: 1, needs: ['professional'] })),
];

const theoryRows = (): FormRow[] => [
  heading('theoryHead', 'Lý luận chính trị', 'Political theory', ['politicalTheory']),
  ...LISTS.politicalTheory.map((e) => row(`theory.${e.value}`, e.value, e.value, { level: 1, needs: ['politicalTheory'] })),
  row('theory.unknown', 'Chưa ghi', 'Empty', { level: 1, needs: ['politicalTheory'] }),
];

const occupationRows = (): FormRow[] => [
  heading('jobHead', 'Nghề nghiệp khi kết nạp', 'Occupation at admission', ['occupation']),
  ...([
    ['worker', 'Công nhân, người lao động', 'Workers'],
    ['farmer', 'Nông dân', 'Farmers'],
    ['official', 'Cán bộ, công chức, viên chức', 'Civil servants, public employees'],
    ['armed', 'Lực lượng vũ trang', 'Armed forces'],
    ['business', 'Chủ doanh nghiệp, kinh doanh', 'Business owners, traders'],
    ['student', 'Học sinh, sinh viên', 'Students'],
    ['other', 'Khác', 'Other'],
    ['unknown', 'Chưa ghi', 'Empty'],
  ] as const).map(([k, vi, en]) => row(`job.${k}`, vi, en, { level: 1, needs: ['occupation'] })),
];

export const BIEU_1: FormDef = {
  id: 'bieu1',
  number: '1',
  title: t('TĂNG, GIẢM ĐẢNG VIÊN', 'CHANGES IN PARTY MEMBERSHIP'),
  measures: COUNT,
  rows: [
    row('start', 'Đảng viên đầu kỳ', 'Members at the start'),
    row('increase', 'Tổng số tăng', 'Total increase'),
    row('admitted', 'Kết nạp', 'Admitted', { level: 1 }),
    row('transferredIn', 'Chuyển đến', 'Transferred in', { level: 1, needs: ['transferredIn'] }),
    row('transferredIn.out', 'Từ tỉnh, thành phố khác', 'From another province', { level: 2, needs: ['transferredIn', 'transferPlace'] }),
    row('transferredIn.in', 'Trong tỉnh, thành phố', 'Within the province', { level: 2, needs: ['transferredIn', 'transferPlace'] }),
    row('restored', 'Phục hồi đảng tịch', 'Party status restored', { level: 1 }),
    row('decrease', 'Tổng số giảm', 'Total decrease'),
    row('died', 'Từ trần', 'Died', { level: 1 }),
    row('expelled', 'Khai trừ', 'Expelled', { level: 1 }),
    row('removed', 'Xóa tên', 'Removed from the rolls', { level: 1 }),
    row('removed.probationary', 'Trong đó: đảng viên dự bị', 'Of which probationary', { level: 2 }),
    row('resigned', 'Cho ra khỏi Đảng', 'Left the party', { level: 1 }),
    row('transferredOut', 'Chuyển đi', 'Transferred out', { level: 1 }),
    row('transferredOut.out', 'Đến tỉnh, thành phố khác', 'To another province', { level: 2, needs: ['transferPlace'] }),
    row('transferredOut.in', 'Trong tỉnh, thành phố', 'Within the province', { level: 2, needs: ['transferPlace'] }),
    row('end', 'Đảng viên cuối kỳ', 'Members at the end'),
  ],
};

export const BIEU_2: FormDef = {
  id: 'bieu2',
  number: '2',
  title: t('ĐẢNG VIÊN MỚI KẾT NẠP', 'NEWLY ADMITTED MEMBERS'),
  measures: COUNT,
  rows: [
    row('total', 'Tổng số đảng viên mới kết nạp', 'Newly admitted members'),
    row('women', 'Nữ', 'Women', { level: 1 }),
    row('ethnicMinority', 'Dân tộc thiểu số', 'Ethnic minority', { level: 1 }),
    row('religious', 'Người có đạo', 'Religious', { level: 1 }),
    row('youthUnion', 'Đoàn viên thanh niên', 'Youth union members', { level: 1, needs: ['youthUnion'] }),
    row('readmitted', 'Kết nạp lại', 'Re-admitted', { level: 1, needs: ['readmitted'] }),
    heading('ageHead', 'Tuổi đời khi kết nạp', 'Age at admission'),
    ...ageRows('age.'),
    row('averageAge', 'Tuổi bình quân', 'Average age', { level: 1, decimal: true }),
    ...educationRows(),
    ...professionalRows(),
    ...theoryRows(),
    ...occupationRows(),
    row('tccsAdmitting', 'Số tổ chức cơ sở đảng có kết nạp đảng viên', 'Grassroots organisations that admitted members'),
  ],
};

const WITH_WOMEN: FormMeasure[] = [
  { key: 'n', label: t('Tổng số', 'Total') },
  { key: 'women', label: t('Nữ', 'Women') },
];

const ethnicReligionRows = (): FormRow[] => [
  row('total', 'Tổng số', 'Total'),
  heading('ethnicHead', 'Theo dân tộc', 'By ethnic group'),
  ...LISTS.ethnicity.map((e) => row(`ethnic.${e.value}`, e.value, e.value, { level: 1 })),
  heading('religionHead', 'Theo tôn giáo', 'By religion'),
  ...[...RELIGIONS, OTHER_RELIGION].map((r) => row(`religion.${r}`, r, r, { level: 1 })),
];

export const BIEU_2B: FormDef = {
  id: 'bieu2b',
  number: '2b',
  title: t('ĐẢNG VIÊN MỚI KẾT NẠP THEO DÂN TỘC, TÔN GIÁO', 'NEWLY ADMITTED MEMBERS BY ETHNIC GROUP AND RELIGION'),
  measures: WITH_WOMEN,
  rows: ethnicReligionRows(),
};

export const BIEU_3: FormDef = {
  id: 'bieu3',
  number: '3',
  title: t('ĐỘI NGŨ ĐẢNG VIÊN', 'PARTY MEMBERSHIP'),
  measures: COUNT,
  rows: [
    row('total', 'Tổng số đảng viên', 'Members'),
    row('women', 'Nữ', 'Women', { level: 1 }),
    row('probationary', 'Đảng viên dự bị', 'Probationary', { level: 1 }),
    row('ethnicMinority', 'Dân tộc thiểu số', 'Ethnic minority', { level: 1 }),
    row('religious', 'Người có đạo', 'Religious', { level: 1 }),
    heading('ageHead', 'Tuổi đời (cuối kỳ)', 'Age (at the end of the period)'),
    ...ageRows('age.'),
    row('averageAge', 'Tuổi bình quân', 'Average age', { level: 1, decimal: true }),
    ...educationRows(),
    ...professionalRows(),
    ...theoryRows(),
  ],
};

export const BIEU_4: FormDef = {
  id: 'bieu4',
  number: '4',
  title: t('ĐẢNG VIÊN THEO DÂN TỘC, TÔN GIÁO', 'MEMBERS BY ETHNIC GROUP AND RELIGION'),
  measures: WITH_WOMEN,
  rows: ethnicReligionRows(),
};

/** Biểu 5's kinds of unit, and the `Loại hình` values each takes in. */
export const UNIT_KIND_ROWS: { key: string; label: Text; settings: (string | null)[] }[] = [
  { key: 'commune', label: t('Xã, phường, đặc khu', 'Communes, wards, special zones'), settings: ['Xã/Thị trấn', 'Thôn/Buôn'] },
  { key: 'partyFront', label: t('Cơ quan Đảng, Mặt trận, đoàn thể', 'Party, front and mass bodies'), settings: ['Cơ quan Đảng, Mặt trận, đoàn thể'] },
  { key: 'state', label: t('Cơ quan nhà nước', 'State bodies'), settings: ['Cơ quan nhà nước'] },
  { key: 'agency', label: t('Cơ quan (chưa rõ khối)', 'Bodies (not said which)'), settings: ['Cơ quan'] },
  { key: 'publicService', label: t('Đơn vị sự nghiệp công lập', 'Public service units'), settings: ['Đơn vị sự nghiệp công lập', 'Trường học', 'Y tế'] },
  { key: 'privateService', label: t('Đơn vị sự nghiệp ngoài công lập', 'Non-public service units'), settings: ['Đơn vị sự nghiệp ngoài công lập'] },
  { key: 'armed', label: t('Quân đội, Công an', 'Army and police'), settings: ['Lực lượng vũ trang'] },
  { key: 'stateEnterprise', label: t('Doanh nghiệp nhà nước', 'State-owned enterprises'), settings: ['Doanh nghiệp nhà nước'] },
  { key: 'privateEnterprise', label: t('Doanh nghiệp ngoài nhà nước', 'Private enterprises'), settings: ['Doanh nghiệp ngoài nhà nước'] },
  { key: 'foreignEnterprise', label: t('Doanh nghiệp có vốn đầu tư nước ngoài', 'Foreign-invested enterprises'), settings: ['Doanh nghiệp có vốn đầu tư nước ngoài'] },
  { key: 'enterprise', label: t('Doanh nghiệp (chưa rõ sở hữu)', 'Enterprises (ownership not said)'), settings: ['Doanh nghiệp'] },
  { key: 'other', label: t('Khác', 'Other'), settings: ['Khác'] },
  { key: 'unset', label: t('Chưa ghi loại hình', 'Kind not given'), settings: [null] },
];

export const BIEU_5: FormDef = {
  id: 'bieu5',
  number: '5',
  title: t('TỔ CHỨC ĐẢNG', 'PARTY ORGANISATIONS'),
  measures: [
    { key: 'dangBoCoSo', label: t('Đảng bộ cơ sở', 'Grassroots committees'), noHistory: true },
    { key: 'chiBoCoSo', label: t('Chi bộ cơ sở', 'Grassroots cells'), noHistory: true },
    { key: 'dangBoBoPhan', label: t('Đảng bộ bộ phận', 'Sub-committees'), noHistory: true },
    { key: 'chiBo', label: t('Chi bộ trực thuộc', 'Cells under committees'), noHistory: true },
    { key: 'members', label: t('Đảng viên', 'Members') },
  ],
  rows: [row('total', 'Tổng số', 'Total'), ...UNIT_KIND_ROWS.map((k) => row(`kind.${k.key}`, k.label.vi, k.label.en, { level: 1 }))],
};

export const FORMS: readonly FormDef[] = [BIEU_1, BIEU_2, BIEU_2B, BIEU_3, BIEU_4, BIEU_5];
