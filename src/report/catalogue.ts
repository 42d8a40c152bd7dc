/**
 * Every sentence and word of the drafted report, Vietnamese first and English second. The
 * drafting code only picks a template and hands it numbers and names (see format.ts for the
 * placeholder syntax); it never joins words of its own.
 *
 * Naming: a group per part of the report; inside it, one template per case, so the edge cases
 * (no target, a target of 0, nobody admitted, all TCCS met, none below plan, one TCCS only)
 * read as separate entries a translator can see.
 */
import type { Lang } from '../core/findings';

/** What the party organisation at the root is: decides its committee's name and abbreviation. */
export type ReportLevel = 'district' | 'urbanDistrict' | 'town' | 'city' | 'province' | 'centralCity' | 'commune' | 'ward' | 'specialZone' | 'other';

const VI = {
  /** The root's kind as written inside sentences, by level. */
  levels: {
    district: { partyBody: 'Đảng bộ huyện', committee: 'Huyện ủy', abbrev: 'HU', superiorOrganising: 'Ban Tổ chức Tỉnh ủy' },
    urbanDistrict: { partyBody: 'Đảng bộ quận', committee: 'Quận ủy', abbrev: 'QU', superiorOrganising: 'Ban Tổ chức Thành ủy' },
    town: { partyBody: 'Đảng bộ thị xã', committee: 'Thị ủy', abbrev: 'TU', superiorOrganising: 'Ban Tổ chức Tỉnh ủy' },
    city: { partyBody: 'Đảng bộ thành phố', committee: 'Thành ủy', abbrev: 'TU', superiorOrganising: 'Ban Tổ chức Tỉnh ủy' },
    province: { partyBody: 'Đảng bộ tỉnh', committee: 'Tỉnh ủy', abbrev: 'TU', superiorOrganising: 'Ban Tổ chức Trung ương' },
    // From 1/7/2025: a centrally-run city is a province; communes, wards and special zones stand under it.
    centralCity: { partyBody: 'Đảng bộ thành phố', committee: 'Thành ủy', abbrev: 'TU', superiorOrganising: 'Ban Tổ chức Trung ương' },
    commune: { partyBody: 'Đảng bộ xã', committee: 'Đảng ủy xã', abbrev: 'ĐU', superiorOrganising: 'Ban Tổ chức Tỉnh ủy' },
    ward: { partyBody: 'Đảng bộ phường', committee: 'Đảng ủy phường', abbrev: 'ĐU', superiorOrganising: 'Ban Tổ chức Tỉnh ủy' },
    specialZone: { partyBody: 'Đảng bộ đặc khu', committee: 'Đảng ủy đặc khu', abbrev: 'ĐU', superiorOrganising: 'Ban Tổ chức Tỉnh ủy' },
    other: { partyBody: 'Đảng bộ', committee: 'Đảng ủy', abbrev: 'ĐU', superiorOrganising: 'Ban Tổ chức cấp ủy cấp trên' },
  } as Record<ReportLevel, { partyBody: string; committee: string; abbrev: string; superiorOrganising: string }>,

  header: {
    partyTitle: 'ĐẢNG CỘNG SẢN VIỆT NAM',
    star: '*',
    /** `{number}` is blank (spaces) until the office gives one. */
    number: 'Số {number}-BC/{abbrev}',
    numberBlank: '  ',
    placeDate: '{place}, ngày {day} tháng {month} năm {year}',
    placeDateBlank: '{place}, ngày … tháng … năm …',
    docType: 'BÁO CÁO',
    subject: 'kết quả công tác phát triển đảng viên năm {year}',
    /** The short rule under the subject. */
    subjectRule: '-----',
    /** The PDF's title (metadata). */
    documentTitle: '{docType} {subject}',
  },

  signature: {
    authority: 'T/M BAN THƯỜNG VỤ',
  },

  recipients: {
    heading: 'Nơi nhận:',
    /** Default lines; `- ` and the closing `,` / `.` are added when the block is laid out. */
    defaults: ['{superiorOrganising} (báo cáo)', 'Thường trực {committee}', 'Các tổ chức cơ sở đảng trực thuộc', 'Lưu Văn phòng {committee}'],
    bullet: '- {line}',
    more: ',',
    end: '.',
  },

  headings: {
    numbered: '{n}. {title}',
    admissions: 'Kết quả kết nạp đảng viên',
    training: 'Công tác bồi dưỡng chính trị',
    organisation: 'Củng cố tổ chức cơ sở đảng',
    outlook: 'Phương hướng, nhiệm vụ năm {next}',
  },

  /** Paragraph 1: the year's result and the structure it lands in. */
  opening: {
    sentence: 'Năm {year}, toàn {partyBody} {admission}, {members}{where}.',
    admissionMet: 'đã kết nạp {admitted} đảng viên mới, đạt {percent} kế hoạch',
    admissionNotMet: 'đã kết nạp {admitted} đảng viên mới, chỉ đạt {percent} kế hoạch (chỉ tiêu {target} đảng viên)',
    admissionNoTarget: 'đã kết nạp {admitted} đảng viên mới',
    admissionZeroTarget: 'đã kết nạp {admitted} đảng viên mới (kế hoạch không giao chỉ tiêu)',
    admissionNoneWithTarget: 'chưa kết nạp được đảng viên mới nào (chỉ tiêu {target} đảng viên)',
    admissionNone: 'không kết nạp đảng viên mới',
    membersRaised: 'nâng tổng số đảng viên lên {members} đồng chí',
    membersTotal: 'tổng số đảng viên là {members} đồng chí',
    where: ', sinh hoạt ở {tccs} tổ chức cơ sở đảng ({structure})',
    structureBoth: 'trong đó {committees} đảng bộ và {cells} chi bộ trực thuộc {committee}; {cellsUnder} chi bộ trực thuộc đảng bộ cơ sở',
    structureCommittees: 'đều là đảng bộ cơ sở, với {cellsUnder} chi bộ trực thuộc',
    structureCells: 'đều là chi bộ cơ sở trực thuộc {committee}',
    structureOneCommittee: 'là một đảng bộ cơ sở với {cellsUnder} chi bộ trực thuộc',
    structureOneCell: 'là một chi bộ cơ sở trực thuộc {committee}',
  },

  /** Paragraph 2: the TCCS against their own targets. */
  units: {
    noneAssigned: 'Trong năm, các tổ chức cơ sở đảng không được giao chỉ tiêu kết nạp đảng viên.',
    allMetOne: 'Tổ chức cơ sở đảng duy nhất được giao chỉ tiêu đã hoàn thành kế hoạch.',
    allMet: 'Tất cả {assigned} tổ chức cơ sở đảng được giao chỉ tiêu đều hoàn thành kế hoạch.',
    someMet: 'Có {met}/{assigned} tổ chức cơ sở đảng được giao chỉ tiêu hoàn thành kế hoạch.',
    noneMet: 'Chưa có tổ chức cơ sở đảng nào hoàn thành kế hoạch.',
    exceededOne: 'Tổ chức vượt chỉ tiêu là {first}.',
    exceededMany: 'Trong đó, {exceeded} tổ chức vượt chỉ tiêu, cao nhất là {first}, tiếp đến là {rest}.',
    exceededItem: '{name} (kết nạp {admitted} đảng viên, đạt {percent} kế hoạch)',
    below: 'Còn {below} tổ chức cơ sở đảng chưa đạt chỉ tiêu: {list}.',
    belowItem: '{name} (kết nạp {admitted}/{target}, đạt {percent})',
    unassigned: 'Ngoài ra, {count} tổ chức cơ sở đảng không được giao chỉ tiêu đã kết nạp {admitted} đảng viên.',
  },

  /** Paragraph 3: who the new members are. */
  breakdown: {
    sentence: 'Trong số {admitted} đảng viên mới kết nạp có {list}.',
    allZero: 'Trong số {admitted} đảng viên mới kết nạp không có đảng viên nữ, người dân tộc thiểu số, người từ 18 đến {young} tuổi hay người có đạo.',
    zero: 'Không có đảng viên mới nào {list}.',
    women: '{n} đảng viên nữ ({share})',
    minority: '{n} đảng viên là người dân tộc thiểu số ({share})',
    young: '{n} đảng viên từ 18 đến {young} tuổi ({share})',
    religious: '{n} đảng viên là người có đạo ({share})',
    womenZero: 'là nữ',
    minorityZero: 'là người dân tộc thiểu số',
    youngZero: 'từ 18 đến {young} tuổi',
    religiousZero: 'là người có đạo',
  },

  /** When the top unit's own target and the TCCS targets' sum differ: both, and which one the result uses. */
  targets: {
    differ: 'Chỉ tiêu chung là chỉ tiêu của {partyBody} ({target} đảng viên); tổng chỉ tiêu giao cho các tổ chức cơ sở đảng là {sum} đảng viên.',
  },

  /** A report drafted from a workbook that still has errors. */
  draft: {
    mark: 'DỰ THẢO',
    note: 'Sổ còn {errors} lỗi chưa sửa (xem sheet Kiểm tra): số liệu trong dự thảo này có thể thay đổi sau khi sửa.',
  },

  training: {
    sentence: 'Trong năm {year}, đã mở {classes} lớp bồi dưỡng chính trị với tổng số {learners} học viên{detail}.',
    none: 'Trong năm {year}, không mở lớp bồi dưỡng chính trị nào.',
    detail: ', trong đó có {list}',
    awareness: '{classes} lớp bồi dưỡng nhận thức về Đảng với {learners} đối tượng kết nạp Đảng',
    newMembers: '{classes} lớp bồi dưỡng đảng viên mới với {learners} học viên',
  },

  organisation: {
    sentence: 'Đến ngày {date}, {list}.',
    village: 'có {met}/{total} chi bộ thôn, buôn, tổ dân phố có đảng viên là người tại chỗ ({share}), {verdict} mục tiêu {goal}',
    health: '{met}/{total} đảng bộ xã, thị trấn có chi bộ trạm y tế ({share}), {verdict} mục tiêu {goal}',
    reached: 'đạt',
    notReached: 'chưa đạt',
    under3: 'Còn {n} chi bộ có dưới 3 đảng viên chính thức, cần được củng cố.',
    /** Between the two indicators' clauses. */
    joiners: { separator: '; ', last: '; ' },
  },

  outlook: {
    direction:
      'Ban Thường vụ {committee} tiếp tục chỉ đạo các tổ chức cơ sở đảng trực thuộc làm tốt việc tạo nguồn, bồi dưỡng và kết nạp đảng viên, chú trọng đối tượng là cán bộ trẻ, cán bộ nữ và người dân tộc thiểu số, bổ sung đảng viên cho các chi bộ thôn, buôn còn ít đảng viên hoặc chưa có đảng viên là người tại chỗ.',
    withTarget: 'Năm {next}, {partyBody} phấn đấu kết nạp {target} đảng viên mới; {goals}.',
    withoutTarget: 'Năm {next}, {partyBody} phấn đấu: {goals}.',
    village: '{goal} chi bộ thôn, buôn, tổ dân phố có đảng viên là người tại chỗ',
    health: '{goal} đảng bộ xã, thị trấn có chi bộ trạm y tế',
    goalAtLeast: 'ít nhất {goal}',
    goalAll: '{goal}',
    separator: '; ',
  },

  closing: 'Trên đây là báo cáo kết quả công tác phát triển đảng viên năm {year} của Ban Thường vụ {committee}.',

  table: {
    caption: 'Kết quả thực hiện chỉ tiêu kết nạp đảng viên năm {year}',
    columns: ['STT', 'Tổ chức cơ sở đảng', 'Chỉ tiêu', 'Kết nạp', 'Tỷ lệ', 'Đánh giá'],
    total: 'Tổng cộng',
    met: 'Đạt',
    notMet: 'Chưa đạt',
    none: '—',
  },

  /** For the task pane: how to print the sheet or save it as PDF with Excel's own commands. */
  pane: {
    printHint:
      'Sheet “{sheet}” đã đặt sẵn khổ A4 đứng, lề theo Hướng dẫn 36-HD/VPTW và số trang. Để in: Tệp › In (Ctrl+P). Để lưu PDF: Tệp › Lưu thành (hoặc Xuất) › PDF. Kiểm tra lại nội dung, điền số văn bản, ngày tháng và người ký trước khi in.',
  },

  list: { separator: ', ', last: ' và ' },
  /** For "none of them … or …". */
  orList: { separator: ', ', last: ' hoặc ' },
  /** Between the sentences of a paragraph. */
  sentenceSeparator: ' ',
};

export type ReportCatalogue = typeof VI;

const EN: ReportCatalogue = {
  levels: {
    district: { partyBody: 'district party organisation', committee: 'district committee', abbrev: 'HU', superiorOrganising: 'Organisation Department of the provincial committee' },
    urbanDistrict: { partyBody: 'urban district party organisation', committee: 'urban district committee', abbrev: 'QU', superiorOrganising: 'Organisation Department of the city committee' },
    town: { partyBody: 'town party organisation', committee: 'town committee', abbrev: 'TU', superiorOrganising: 'Organisation Department of the provincial committee' },
    city: { partyBody: 'city party organisation', committee: 'city committee', abbrev: 'TU', superiorOrganising: 'Organisation Department of the provincial committee' },
    province: { partyBody: 'provincial party organisation', committee: 'provincial committee', abbrev: 'TU', superiorOrganising: 'Central Organisation Commission' },
    centralCity: { partyBody: 'city party organisation', committee: 'city committee', abbrev: 'TU', superiorOrganising: 'Central Organisation Commission' },
    commune: { partyBody: 'commune party organisation', committee: 'commune committee', abbrev: 'ĐU', superiorOrganising: 'Organisation Department of the provincial committee' },
    ward: { partyBody: 'ward party organisation', committee: 'ward committee', abbrev: 'ĐU', superiorOrganising: 'Organisation Department of the provincial committee' },
    specialZone: { partyBody: 'special-zone party organisation', committee: 'special-zone committee', abbrev: 'ĐU', superiorOrganising: 'Organisation Department of the provincial committee' },
    other: { partyBody: 'party organisation', committee: 'party committee', abbrev: 'ĐU', superiorOrganising: 'Organisation Department of the superior committee' },
  },

  header: {
    partyTitle: 'COMMUNIST PARTY OF VIETNAM',
    star: '*',
    number: 'No. {number}-BC/{abbrev}',
    numberBlank: '  ',
    placeDate: '{place}, {day}/{month}/{year}',
    placeDateBlank: '{place}, … / … / …',
    docType: 'REPORT',
    subject: 'on the admission of new party members in {year}',
    subjectRule: '-----',
    /** The PDF's title (metadata). */
    documentTitle: '{docType} {subject}',
  },

  signature: {
    authority: 'ON BEHALF OF THE STANDING COMMITTEE',
  },

  recipients: {
    heading: 'Recipients:',
    defaults: ['{superiorOrganising} (for report)', 'Standing members of the {committee}', 'The grassroots party organisations', 'Archive of the {committee} office'],
    bullet: '- {line}',
    more: ',',
    end: '.',
  },

  headings: {
    numbered: '{n}. {title}',
    admissions: 'Admission of new members',
    training: 'Political training',
    organisation: 'Strengthening the grassroots organisations',
    outlook: 'Tasks for {next}',
  },

  opening: {
    sentence: 'In {year} the {partyBody} {admission}, {members}{where}.',
    admissionMet: 'admitted {admitted|# new member|# new members}, {percent} of the plan',
    admissionNotMet: 'admitted {admitted|# new member|# new members}, only {percent} of the plan ({target|# member|# members})',
    admissionNoTarget: 'admitted {admitted|# new member|# new members}',
    admissionZeroTarget: 'admitted {admitted|# new member|# new members} (the plan set no target)',
    admissionNoneWithTarget: 'admitted no new member (the plan was {target|# member|# members})',
    admissionNone: 'admitted no new member',
    membersRaised: 'bringing the membership to {members}',
    membersTotal: 'with a membership of {members}',
    where: ' in {tccs|# grassroots party organisation|# grassroots party organisations} ({structure})',
    structureBoth:
      '{committees|# grassroots party committee|# grassroots party committees} and {cells|# grassroots cell|# grassroots cells} directly under the {committee}; {cellsUnder|# cell|# cells} under the grassroots committees',
    structureCommittees: 'all grassroots party committees, with {cellsUnder|# cell|# cells} under them',
    structureCells: 'all grassroots cells directly under the {committee}',
    structureOneCommittee: 'a grassroots party committee with {cellsUnder|# cell|# cells} under it',
    structureOneCell: 'a grassroots cell directly under the {committee}',
  },

  units: {
    noneAssigned: 'No grassroots organisation was given an admission target for the year.',
    allMetOne: 'The only grassroots organisation with a target met it.',
    allMet: 'All {assigned} grassroots organisations with a target met it.',
    someMet: '{met} of the {assigned} grassroots organisations with a target met it.',
    noneMet: 'No grassroots organisation met its target.',
    exceededOne: 'The one above its target was {first}.',
    exceededMany: 'Of these, {exceeded} exceeded it, the highest being {first}, followed by {rest}.',
    exceededItem: '{name} ({admitted} admitted, {percent} of its target)',
    below: '{below|One grassroots organisation|# grassroots organisations} fell short of {below|its target|their targets}: {list}.',
    belowItem: '{name} ({admitted} of {target}, {percent})',
    unassigned: 'Besides, {count|# grassroots organisation|# grassroots organisations} without a target admitted {admitted|# member|# members}.',
  },

  breakdown: {
    sentence: '{admitted|Of the one new member|Of the # new members}, {list}.',
    allZero: '{admitted|The one new member is not|None of the # new members is} a woman, from an ethnic minority, aged 18 to {young} or religious.',
    zero: 'None of them {list}.',
    women: '{n|# is a woman|# are women} ({share})',
    minority: '{n|# belongs to an ethnic minority|# belong to ethnic minorities} ({share})',
    young: '{n|# is|# are} aged 18 to {young} ({share})',
    religious: '{n|# is|# are} religious ({share})',
    womenZero: 'is a woman',
    minorityZero: 'belongs to an ethnic minority',
    youngZero: 'is aged 18 to {young}',
    religiousZero: 'is religious',
  },

  targets: {
    differ: 'The overall target is the {partyBody}’s own ({target} new members); the targets given to the grassroots organisations add up to {sum}.',
  },

  draft: {
    mark: 'DRAFT',
    note: 'The workbook still has {errors|# error|# errors} (see the Kiểm tra sheet): the figures in this draft may change once they are fixed.',
  },

  training: {
    sentence: 'In {year}, {classes|# political training class was|# political training classes were} held for {learners|# learner|# learners} in all{detail}.',
    none: 'No political training class was held in {year}.',
    detail: ', among them {list}',
    awareness: '{classes|# party-awareness class|# party-awareness classes} for {learners|# candidate|# candidates} for admission',
    newMembers: '{classes|# class|# classes} for new members with {learners|# learner|# learners}',
  },

  organisation: {
    sentence: 'At {date}, {list}.',
    village: '{met} of {total|# village cell|# village cells} had a local-resident member ({share}), {verdict} the goal of {goal}',
    health: '{met} of {total|# commune committee|# commune committees} had a health-station cell ({share}), {verdict} the goal of {goal}',
    reached: 'meeting',
    notReached: 'short of',
    under3: '{n|# cell has|# cells have} fewer than 3 full members and need{n|s|} strengthening.',
    joiners: { separator: '; ', last: '; ' },
  },

  outlook: {
    direction:
      'The Standing Committee of the {committee} will keep directing the grassroots organisations to find, train and admit candidates, young cadres, women and ethnic minority people above all, so that village cells with few members or no local-resident member are strengthened.',
    withTarget: 'In {next} the {partyBody} aims to admit {target|# new member|# new members}; {goals}.',
    withoutTarget: 'In {next} the {partyBody} aims for {goals}.',
    village: '{goal} of village cells with a local-resident member',
    health: '{goal} of commune committees with a health-station cell',
    goalAtLeast: 'at least {goal}',
    goalAll: '{goal}',
    separator: '; ',
  },

  closing: 'This is the report of the Standing Committee of the {committee} on the admission of new members in {year}.',

  table: {
    caption: 'Admission targets and results in {year}',
    columns: ['No.', 'Grassroots organisation', 'Target', 'Admitted', '%', 'Result'],
    total: 'Total',
    met: 'Met',
    notMet: 'Not met',
    none: '—',
  },

  pane: {
    printHint:
      'The sheet “{sheet}” is set up for A4 portrait, with the margins of Hướng dẫn 36-HD/VPTW and page numbers. To print: File › Print (Ctrl+P). To save as PDF: File › Save As (or Export) › PDF. Check the text and fill in the number, the date and the signer first.',
  },

  list: { separator: ', ', last: ' and ' },
  orList: { separator: ', ', last: ' or ' },
  sentenceSeparator: ' ',
};

export const REPORT_CATALOGUE: Record<Lang, ReportCatalogue> = { vi: VI, en: EN };

export function reportText(lang: Lang): ReportCatalogue {
  return REPORT_CATALOGUE[lang] ?? VI;
}
