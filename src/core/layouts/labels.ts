/** The words on the summary sheets, Vietnamese first and English second. */
import type { Lang, Severity } from '../findings';

const VI = {
  admissionsTitle: 'KẾT QUẢ KẾT NẠP ĐẢNG VIÊN NĂM {year}',
  structureTitle: 'TỔ CHỨC CƠ SỞ ĐẢNG VÀ ĐẢNG VIÊN NĂM {year}',
  pivotTitle: 'ĐẢNG VIÊN THEO TỔ CHỨC CƠ SỞ ĐẢNG NĂM {year}',
  pivotDataTitle: 'Dữ liệu nguồn cho PivotTable (không có họ tên, số lý lịch)',
  findingsTitle: 'KẾT QUẢ KIỂM TRA DỮ LIỆU',
  asOf: '{unit} — số liệu tính đến ngày {date}',
  code: 'Mã', tccsName: 'Tên tổ chức cơ sở đảng', kind: 'Loại', target: 'Chỉ tiêu', admitted: 'Kết nạp',
  attainment: 'Tỷ lệ đạt', verdict: 'Đánh giá', women: 'Nữ', minority: 'Dân tộc thiểu số', religious: 'Tôn giáo',
  young: '18–30 tuổi', local: 'Người tại chỗ', members: 'Đảng viên', full: 'Chính thức', probationary: 'Dự bị',
  total: 'Tổng cộng', met: 'Đạt', notMet: 'Chưa đạt', chartTitle: 'Tỷ lệ đạt chỉ tiêu kết nạp theo TCCS',
  structureSection: '1. Cơ cấu tổ chức', count: 'Số lượng', tccs: 'Tổ chức cơ sở đảng',
  dangBoCoSo: '— Đảng bộ cơ sở', chiBoCoSo: '— Chi bộ cơ sở', cellsUnderCommittees: 'Chi bộ trực thuộc đảng bộ cơ sở',
  cellsUnder3: 'Chi bộ dưới 3 đảng viên chính thức',
  indicatorsSection: '2. Mục tiêu Nghị quyết năm {next}: mức đã đạt tại ngày báo cáo', indicator: 'Chỉ tiêu',
  indicatorMet: 'Số đơn vị đã đạt', indicatorOf: 'Trên tổng số đơn vị', indicatorShare: 'Tỷ lệ hiện nay', indicatorGoal: 'Mục tiêu Nghị quyết',
  villageIndicator: 'Chi bộ thôn, buôn, tổ dân phố có đảng viên là người tại chỗ',
  healthIndicator: 'Đảng bộ xã, thị trấn có chi bộ trạm y tế',
  membersSection: '3. Đảng viên theo tổ chức cơ sở đảng',
  trainingSection: '4. Lớp bồi dưỡng trong năm', classType: 'Loại lớp', classes: 'Số lớp', learners: 'Số học viên',
  byGender: 'Đảng viên tại ngày báo cáo theo giới tính', byStatus: 'Đảng viên theo tình trạng (cả đã chuyển đi, từ trần …)',
  pivotNote: 'Trong Excel 2019 trở lên, hai bảng dưới là PivotTable: có thể kéo thả lại các trường (Dân tộc, Năm vào Đảng, Nhóm tuổi …).',
  pivotValuesNote: 'Số đảng viên đã đếm sẵn theo từng tổ chức cơ sở đảng (bảng số liệu, không phải PivotTable).',
  fieldTccs: 'TCCS', fieldCell: 'Chi bộ', fieldGender: 'Giới tính', fieldEthnicity: 'Dân tộc', fieldStatus: 'Tình trạng',
  fieldYear: 'Năm vào Đảng', fieldAge: 'Nhóm tuổi', fieldLocal: 'Người tại chỗ', fieldCounted: 'Đảng viên tại ngày báo cáo',
  yes: 'Có', no: 'Không',
  group: 'Mã đơn vị cấp trên', groupName: 'Tên đảng bộ cấp trên cơ sở', tccsCount: 'Số TCCS', file: 'Tệp',
  groupsSection: 'Theo đảng bộ xã, phường, đặc khu và đảng bộ trực thuộc ({groups} đơn vị): cộng các TCCS ở bảng trên',
  groupsMembers: 'Đảng viên theo đảng bộ cấp trên cơ sở',
  unnamedRoot: 'Không có sổ của tỉnh: dòng tổng là tổng các sổ đã chọn; chỉ tiêu tổng là tổng chỉ tiêu của các đơn vị.',
  no_: 'STT', rule: 'Mã quy tắc', severity: 'Mức độ', sheet: 'Sheet', cell: 'Ô', message: 'Nội dung', suggestion: 'Gợi ý sửa',
  findingsCounts: 'Lỗi: {error} · Cảnh báo: {warning} · Thông tin: {info}',
  noFindings: 'Không phát hiện vấn đề nào.',
  more: '… và {n} phát hiện khác (xem trong khung tác vụ hoặc dòng lệnh).',
  error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin',
};

type Labels = typeof VI;

const EN: Labels = {
  admissionsTitle: 'NEW MEMBER ADMISSIONS {year}',
  structureTitle: 'GRASSROOTS ORGANISATIONS AND MEMBERS {year}',
  pivotTitle: 'MEMBERS BY GRASSROOTS ORGANISATION {year}',
  pivotDataTitle: 'Source data for the PivotTables (no names, no ids)',
  findingsTitle: 'DATA CHECK RESULTS',
  asOf: '{unit} — figures as of {date}',
  code: 'Code', tccsName: 'Grassroots organisation', kind: 'Kind', target: 'Target', admitted: 'Admitted',
  attainment: 'Attainment', verdict: 'Result', women: 'Women', minority: 'Ethnic minority', religious: 'Religious',
  young: 'Aged 18–30', local: 'Local residents', members: 'Members', full: 'Full', probationary: 'Probationary',
  total: 'Total', met: 'Đạt', notMet: 'Chưa đạt', chartTitle: 'Attainment of the admission plan by TCCS',
  structureSection: '1. Structure', count: 'Count', tccs: 'Grassroots organisations',
  dangBoCoSo: '— Grassroots committees', chiBoCoSo: '— Grassroots cells', cellsUnderCommittees: 'Cells under the grassroots committees',
  cellsUnder3: 'Cells with fewer than 3 full members',
  indicatorsSection: '2. The {next} resolution’s goals: where they stand at the report date', indicator: 'Indicator',
  indicatorMet: 'Units meeting it', indicatorOf: 'Out of', indicatorShare: 'Share now', indicatorGoal: 'Resolution goal',
  villageIndicator: 'Village cells with a local-resident member',
  healthIndicator: 'Commune committees with a health-station cell',
  membersSection: '3. Members by grassroots organisation',
  trainingSection: '4. Training classes in the year', classType: 'Class type', classes: 'Classes', learners: 'Learners',
  byGender: 'Members at the report date by gender', byStatus: 'Members by status (including those who left)',
  pivotNote: 'In Excel 2019 and later the two tables below are PivotTables: their fields can be rearranged (ethnic group, admission year, age group …).',
  pivotValuesNote: 'Members counted by grassroots organisation (a table of figures, not a PivotTable).',
  fieldTccs: 'TCCS', fieldCell: 'Cell', fieldGender: 'Gender', fieldEthnicity: 'Ethnicity', fieldStatus: 'Status',
  fieldYear: 'Admission year', fieldAge: 'Age group', fieldLocal: 'Local resident', fieldCounted: 'Member at report date',
  yes: 'Có', no: 'Không',
  group: 'Superior unit', groupName: 'Superior committee', tccsCount: 'TCCS', file: 'File',
  groupsSection: 'By commune, ward, special zone and other superior committee ({groups} units): the TCCS above added up',
  groupsMembers: 'Members by superior committee',
  unnamedRoot: 'No province workbook: the total row is the sum of the workbooks chosen; its target the sum of their targets.',
  no_: 'No.', rule: 'Rule', severity: 'Severity', sheet: 'Sheet', cell: 'Cell', message: 'Message', suggestion: 'Suggested fix',
  findingsCounts: 'Errors: {error} · Warnings: {warning} · Info: {info}',
  noFindings: 'No problem found.',
  more: '… and {n} more findings (see the task pane or the command line).',
  error: 'Error', warning: 'Warning', info: 'Info',
};

export function labels(lang: Lang): Labels {
  return lang === 'en' ? EN : VI;
}

export function severityLabel(s: Severity, lang: Lang): string {
  return labels(lang)[s];
}

/** The add-in's sheet names: always Vietnamese, so a second run finds its own sheets. */
export function sheetNames(year: number) {
  return {
    admissions: `TH Kết nạp ${year}`,
    structure: `TH Tổ chức ${year}`,
    pivot: `Pivot ${year}`,
    pivotData: `DL Pivot ${year}`,
    findings: `Kiểm tra ${year}`,
  };
}
