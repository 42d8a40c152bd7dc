/** The standard sheets and their columns, as data (docs/workbook-format.md is written from it). */

export type SheetId = 'units' | 'members' | 'targets' | 'classes';

export interface ColumnDef {
  key: string;
  name: string;
  aliases: string[];
  required: boolean;
}

export interface SheetDef {
  id: SheetId;
  name: string;
  aliases: string[];
  required: boolean;
  columns: ColumnDef[];
}

const col = (key: string, name: string, aliases: string[], required = false): ColumnDef => ({ key, name, aliases, required });

export const UNITS: SheetDef = {
  id: 'units',
  name: 'ToChuc',
  aliases: ['Tổ chức', 'Danh sách tổ chức', 'Units'],
  required: true,
  columns: [
    col('code', 'Mã', ['Mã tổ chức', 'Code'], true),
    col('name', 'Tên tổ chức', ['Tên', 'Name'], true),
    col('kind', 'Loại', ['Loại tổ chức', 'Kind'], true),
    col('parent', 'Mã cấp trên', ['Cấp trên', 'Parent'], true),
    col('setting', 'Loại hình', ['Setting']),
    // A commune or TCCS in a mountain, border, island, ethnic-minority or especially difficult
    // area: its admissions need only primary education. Inherited by the units below it.
    col('difficultArea', 'Vùng khó khăn', ['Vùng đặc biệt khó khăn', 'Miền núi, biên giới, hải đảo', 'Difficult area']),
  ],
};

export const MEMBERS: SheetDef = {
  id: 'members',
  name: 'DangVien',
  aliases: ['Đảng viên', 'Danh sách đảng viên', 'Members'],
  required: true,
  columns: [
    col('id', 'Số lý lịch', ['Số lý lịch đảng viên', 'Mã đảng viên', 'ID'], true),
    col('card', 'Số thẻ', ['Số thẻ đảng viên', 'Card']),
    col('name', 'Họ và tên', ['Họ tên', 'Name'], true),
    col('birth', 'Ngày sinh', ['Date of birth'], true),
    col('gender', 'Giới tính', ['Gender'], true),
    col('ethnicity', 'Dân tộc', ['Ethnicity'], true),
    col('religion', 'Tôn giáo', ['Religion']),
    col('cell', 'Mã chi bộ', ['Chi bộ', 'Cell'], true),
    col('admitted', 'Ngày vào Đảng', ['Ngày kết nạp', 'Admitted'], true),
    col('full', 'Ngày chính thức', ['Full member since']),
    col('training', 'Ngày bồi dưỡng', ['Ngày cấp GCN bồi dưỡng', 'Training']),
    col('local', 'Người tại chỗ', ['Local']),
    col('status', 'Tình trạng', ['Status']),
    col('statusDate', 'Ngày biến động', ['Status date']),
    // Optional: read when present, needed by the statistical forms (a form cell whose column is
    // missing stays empty with a note naming the column).
    col('transferredIn', 'Ngày chuyển đến', ['Ngày chuyển sinh hoạt đến', 'Transferred in']),
    col('transferPlace', 'Nơi chuyển đến/đi', ['Nơi chuyển đến', 'Nơi chuyển đi', 'Transfer place']),
    col('youthUnion', 'Đoàn viên', ['Đoàn viên TNCS', 'Youth union']),
    col('readmitted', 'Kết nạp lại', ['Readmitted']),
    col('previousExit', 'Ngày ra khỏi Đảng trước', ['Ngày ra khỏi Đảng lần trước', 'Previous exit']),
    col('education', 'Trình độ giáo dục phổ thông', ['Giáo dục phổ thông', 'Trình độ văn hóa', 'General education']),
    col('professional', 'Trình độ chuyên môn', ['Chuyên môn nghiệp vụ', 'Trình độ chuyên môn nghiệp vụ', 'Professional qualification']),
    col('politicalTheory', 'Lý luận chính trị', ['Trình độ lý luận chính trị', 'LLCT', 'Political theory']),
    col('occupation', 'Nghề nghiệp', ['Occupation']),
    col('citizenId', 'Số CCCD', ['Căn cước công dân', 'Số căn cước', 'CCCD', 'Citizen ID']),
  ],
};

export const TARGETS: SheetDef = {
  id: 'targets',
  name: 'ChiTieu',
  aliases: ['Chỉ tiêu', 'Kế hoạch', 'Plan'],
  required: true,
  columns: [
    col('code', 'Mã', ['Mã TCCS', 'Mã tổ chức', 'Code'], true),
    col('year', 'Năm', ['Year'], true),
    col('target', 'Chỉ tiêu kết nạp', ['Chỉ tiêu', 'Target'], true),
  ],
};

export const CLASSES: SheetDef = {
  id: 'classes',
  name: 'LopBoiDuong',
  aliases: ['Lớp bồi dưỡng', 'Classes'],
  required: false,
  columns: [
    col('name', 'Tên lớp', ['Name'], true),
    col('type', 'Loại lớp', ['Type'], true),
    col('start', 'Ngày khai giảng', ['Start'], true),
    col('learners', 'Số học viên', ['Learners'], true),
  ],
};

/** The member columns only the statistical forms read; a workbook without them keeps every other figure. */
export const FORM_MEMBER_COLUMNS = [
  'transferredIn', 'transferPlace', 'youthUnion', 'readmitted', 'previousExit',
  'education', 'professional', 'politicalTheory', 'occupation', 'citizenId',
] as const;

export type FormMemberColumn = (typeof FORM_MEMBER_COLUMNS)[number];

/** The name of a member column as the format spells it. */
export function memberColumnName(key: string): string {
  return MEMBERS.columns.find((c) => c.key === key)?.name ?? key;
}

export const SHEETS: SheetDef[] = [UNITS, MEMBERS, TARGETS, CLASSES];
