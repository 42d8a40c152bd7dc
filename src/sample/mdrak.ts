/**
 * M'Đrắk district, 2017: the units, their member counts, admissions and targets, and the
 * training classes. The per-unit numbers are chosen here and add up to the article's figures
 * (the town takes what is left, so the totals are exact by construction): 3,044 members,
 * 167 admitted, 300 cells under the 21 đảng bộ cơ sở, 22 classes with 2,739 learners.
 */
import type { Setting } from './profiles';

export const DISTRICT = { code: 'HU', name: "Đảng bộ huyện M'Đrắk" };
export const YEAR = 2017;
export const DISTRICT_TARGET = 150;
export const TOTAL_MEMBERS = 3044;
export const TOTAL_ADMITTED = 167;
export const CELLS_UNDER_COMMITTEES = 300;

/** A commune (or the town): its own cells are built from these counts. */
export interface CommuneSpec {
  place: string;
  town?: boolean;
  /** Village cells (thôn, buôn or tổ dân phố); the town's is the remainder to 300 cells. */
  villages: number;
  /** How many of the villages are Ê Đê buôn. */
  buon: number;
  schools: string[];
  health: boolean;
  members: number;
  admitted: number;
  target: number;
  /** `migrant`: thôn of Tày, Nùng, Mông families from the north; `mnong`: buôn with M'Nông families. */
  people?: 'migrant' | 'mnong';
}

const schools = (place: string, n: number, extra: string[] = []) =>
  [`Trường Mầm non ${place}`, n === 2 ? `Trường TH&THCS ${place}` : `Trường Tiểu học ${place}`, `Trường THCS ${place}`, ...extra].slice(0, n);

/** -1 marks the town's remainders. */
export const COMMUNES: CommuneSpec[] = [
  { place: "Cư M'ta", villages: 14, buon: 8, schools: schools("Cư M'ta", 3), health: true, members: 172, admitted: 12, target: 11 },
  { place: 'Ea Lai', villages: 10, buon: 2, schools: schools('Ea Lai', 3), health: false, members: 128, admitted: 8, target: 8 },
  { place: 'Krông Jing', villages: 17, buon: 9, schools: schools('Krông Jing', 4, ['Trường Tiểu học Lê Lợi']), health: true, members: 235, admitted: 14, target: 12 },
  { place: 'Ea Pil', villages: 10, buon: 2, schools: schools('Ea Pil', 3), health: true, members: 141, admitted: 9, target: 9 },
  { place: 'Cư Prao', villages: 13, buon: 6, schools: schools('Cư Prao', 3), health: true, members: 167, admitted: 11, target: 10 },
  { place: "Ea M'Doal", villages: 11, buon: 6, schools: schools("Ea M'Doal", 3), health: true, members: 146, admitted: 9, target: 8 },
  { place: 'Krông Á', villages: 12, buon: 7, schools: schools('Krông Á', 3), health: true, members: 139, admitted: 8, target: 9, people: 'mnong' },
  { place: 'Ea Riêng', villages: 14, buon: 3, schools: schools('Ea Riêng', 3), health: true, members: 188, admitted: 12, target: 10 },
  { place: 'Cư Króa', villages: 9, buon: 5, schools: schools('Cư Króa', 2), health: false, members: 102, admitted: 5, target: 6 },
  { place: 'Ea Trang', villages: 11, buon: 3, schools: schools('Ea Trang', 3), health: true, members: 137, admitted: 9, target: 8, people: 'migrant' },
  // The article's example: 13 admitted against a plan of 8, 125 members in 20 cells.
  { place: 'Cư San', villages: 13, buon: 1, schools: schools('Cư San', 4, ['Trường TH&THCS Lê Đình Chinh']), health: true, members: 125, admitted: 13, target: 8, people: 'migrant' },
  { place: "Ea H'Mlay", villages: 10, buon: 5, schools: schools("Ea H'Mlay", 3), health: false, members: 118, admitted: 6, target: 7 },
  {
    place: "M'Đrắk",
    town: true,
    villages: -1,
    buon: 2,
    schools: ['Trường Mầm non Hoa Hồng', 'Trường Tiểu học Hùng Vương', 'Trường Tiểu học Lê Văn Tám', 'Trường THCS Lê Quý Đôn', 'Trường THCS Phan Bội Châu'],
    health: true,
    members: -1,
    admitted: -1,
    target: 10,
  },
];

/** Ê Đê (and M'Nông) buôn of the district, handed out in order. */
export const BUON_NAMES = [
  'Ea Bar', 'Ea Kanh', "M'Ghí", 'Ea Mkeng', 'Ea Mu', 'Ea Bông', 'Hoang', 'Dhia', 'Tai', 'Kiến',
  'Ea Bró', 'Jắt', 'Ea Sô', 'Ea Yiêng', 'Ea Tiêu', 'Ea Rớt', "M'Um", 'Ea Khăl', 'Ea Hleo', 'Ea Sar',
  'Ea Kênh', 'Tơng Jú', 'Cư Đrăm', 'Ea Kmăl', 'Ea Ktur', 'Cư Hriêng', 'Ea Tul', 'Ea Drông', 'Ea Tlai',
  'Ea Dar', 'Ea Bhôk', 'Ea Nao', 'Ea Knốp', 'Ea Púk', 'Ea Lê', 'Ea Sin', 'Ea Hiu', 'Ea Mdoan',
  'Ea Kruê', 'Ea Ngai', 'Ea Rbin', 'Mblớt', 'Drai', 'Cư Bông', 'Ea Jú', 'Ea Dăh', 'Ea Tam', 'Kdun',
  'Ea Čuôr', 'Ea Sah', "Ea H'Đing", 'Ea Pốk', 'Ea Kiết', 'Ea Bhốc', 'Ea Mroh', 'Ea Tir', 'Ea Siêr',
  'Ea Kao', 'Ea Wy', 'Ea Drăng', 'Ea Kpal',
];

/** A unit directly under the district with its own cells (a đảng bộ cơ sở other than a commune). */
export interface CommitteeSpec {
  name: string;
  setting: Setting;
  cells: string[];
  /** An intermediate committee (đảng bộ bộ phận) with cells of its own. */
  sub?: { name: string; cells: string[] };
  members: number;
  admitted: number;
  /** Admitted in 2017 and transferred out before the year's end. */
  admittedLeft?: number;
  target: number;
}

export const COMMITTEES: CommitteeSpec[] = [
  {
    name: 'Đảng bộ Quân sự huyện',
    setting: 'Lực lượng vũ trang',
    cells: ['Ban Chỉ huy Quân sự huyện', 'Cơ quan Tham mưu', 'Cơ quan Chính trị', 'Cơ quan Hậu cần - Kỹ thuật', 'Trung đội Dân quân cơ động', 'Trung đội Trinh sát', 'Đội Công tác'],
    members: 78, admitted: 5, target: 4,
  },
  {
    name: 'Đảng bộ Công an huyện',
    setting: 'Lực lượng vũ trang',
    cells: [
      'Đội Tham mưu - Tổng hợp', 'Đội An ninh', 'Đội Cảnh sát điều tra tội phạm về trật tự xã hội',
      'Đội Cảnh sát điều tra tội phạm về kinh tế và ma túy', 'Đội Cảnh sát quản lý hành chính về trật tự xã hội',
      'Đội Cảnh sát giao thông', 'Đội Cảnh sát thi hành án hình sự và hỗ trợ tư pháp',
      'Đội Xây dựng phong trào bảo vệ an ninh Tổ quốc', 'Nhà tạm giữ',
    ],
    members: 112, admitted: 6, admittedLeft: 1, target: 5,
  },
  {
    name: 'Đảng bộ Cơ quan Chính quyền huyện',
    setting: 'Cơ quan',
    cells: [
      'Văn phòng HĐND và UBND huyện', 'Phòng Tài chính - Kế hoạch', 'Phòng Nội vụ', 'Phòng Tài nguyên và Môi trường',
      'Phòng Nông nghiệp và Phát triển nông thôn', 'Phòng Kinh tế và Hạ tầng', 'Phòng Giáo dục và Đào tạo',
      'Phòng Lao động - Thương binh và Xã hội', 'Phòng Văn hóa và Thông tin', 'Phòng Tư pháp', 'Thanh tra huyện',
      'Phòng Dân tộc', 'Phòng Y tế', 'Trung tâm Văn hóa - Thể thao', 'Ban Quản lý dự án đầu tư xây dựng', 'Trạm Khuyến nông',
    ],
    members: 168, admitted: 7, target: 7,
  },
  {
    name: 'Đảng bộ Khối Đảng - Đoàn thể huyện',
    setting: 'Cơ quan',
    cells: [
      'Văn phòng Huyện ủy', 'Ban Tổ chức Huyện ủy', 'Ban Tuyên giáo Huyện ủy', 'Ủy ban Kiểm tra Huyện ủy',
      'Ban Dân vận Huyện ủy', 'Ủy ban Mặt trận Tổ quốc Việt Nam huyện', 'Huyện đoàn', 'Hội Liên hiệp Phụ nữ huyện',
      'Hội Nông dân - Hội Cựu chiến binh huyện',
    ],
    members: 96, admitted: 4, target: 4,
  },
  {
    name: "Đảng bộ Công ty TNHH MTV Lâm nghiệp M'Đrắk",
    setting: 'Doanh nghiệp',
    cells: ['Văn phòng Công ty', 'Phòng Kỹ thuật', 'Phòng Kế hoạch - Kinh doanh', 'Xưởng chế biến lâm sản'],
    sub: {
      name: 'Đảng bộ bộ phận Ban Quản lý bảo vệ rừng',
      cells: ['Trạm Quản lý bảo vệ rừng số 1', 'Trạm Quản lý bảo vệ rừng số 2', 'Trạm Quản lý bảo vệ rừng số 3'],
    },
    members: 54, admitted: 3, target: 3,
  },
  {
    name: "Đảng bộ Trường THPT M'Đrắk",
    setting: 'Trường học',
    cells: ['Tổ Toán - Tin', 'Tổ Ngữ văn - Ngoại ngữ', 'Tổ Khoa học tự nhiên', 'Tổ Khoa học xã hội - Văn phòng'],
    members: 41, admitted: 3, target: 2,
  },
  {
    name: 'Đảng bộ Trường THPT Nguyễn Tất Thành',
    setting: 'Trường học',
    cells: ['Tổ Tự nhiên', 'Tổ Xã hội', 'Tổ Văn phòng - Thể dục'],
    members: 33, admitted: 1, target: 2,
  },
  {
    name: 'Đảng bộ Công ty TNHH MTV Cà phê 715A',
    setting: 'Doanh nghiệp',
    cells: ['Văn phòng Công ty', 'Đội sản xuất 1', 'Đội sản xuất 2', 'Đội sản xuất 3', 'Đội sản xuất 4'],
    members: 47, admitted: 2, target: 3,
  },
];

/** Chi bộ cơ sở directly under the district: each under 30 members. */
export interface BaseCellSpec {
  name: string;
  setting: Setting;
  members: number;
  admitted: number;
  target: number;
}

const base = (name: string, setting: Setting, members: number, admitted: number, target: number): BaseCellSpec => ({
  name: `Chi bộ ${name}`, setting, members, admitted, target,
});

export const BASE_CELLS: BaseCellSpec[] = [
  base('Trung tâm Y tế huyện', 'Y tế', 27, 2, 2),
  base('Đài Truyền thanh - Truyền hình huyện', 'Cơ quan', 14, 1, 1),
  base('Trung tâm Bồi dưỡng chính trị huyện', 'Cơ quan', 9, 0, 0),
  base('Viện Kiểm sát nhân dân huyện', 'Cơ quan', 11, 0, 1),
  base('Tòa án nhân dân huyện', 'Cơ quan', 10, 1, 1),
  base('Chi cục Thi hành án dân sự huyện', 'Cơ quan', 8, 0, 0),
  base('Chi cục Thuế huyện', 'Cơ quan', 15, 1, 1),
  base('Kho bạc Nhà nước huyện', 'Cơ quan', 9, 0, 0),
  base("Ngân hàng Nông nghiệp và PTNT chi nhánh M'Đrắk", 'Doanh nghiệp', 16, 1, 1),
  base('Phòng Giao dịch Ngân hàng Chính sách xã hội huyện', 'Cơ quan', 10, 0, 0),
  base("Bưu điện huyện M'Đrắk", 'Doanh nghiệp', 7, 0, 0),
  base("Điện lực M'Đrắk", 'Doanh nghiệp', 19, 1, 1),
  base('Trường Phổ thông Dân tộc nội trú huyện', 'Trường học', 18, 1, 1),
  base('Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện', 'Trường học', 13, 1, 1),
  base('Hạt Kiểm lâm huyện', 'Cơ quan', 17, 1, 1),
  base('Công ty TNHH MTV Cà phê 715B', 'Doanh nghiệp', 22, 1, 1),
  base('Công ty TNHH MTV Cà phê 715C', 'Doanh nghiệp', 21, 1, 2),
  base('Trung tâm Dân số - Kế hoạch hóa gia đình huyện', 'Y tế', 8, 0, 0),
];

export type ClassType = 'Lý luận chính trị' | 'Nhận thức về Đảng' | 'Đảng viên mới' | 'Khác';

/** The training centre's 22 classes of 2017: 2,739 learners, 3 awareness classes with 310. */
export const CLASSES: Array<[name: string, type: ClassType, opening: string, learners: number]> = [
  ['Lớp học tập, quán triệt Nghị quyết Hội nghị Trung ương 4 khóa XII', 'Lý luận chính trị', '2017-01-09', 412],
  ['Lớp Sơ cấp lý luận chính trị khóa 31', 'Lý luận chính trị', '2017-02-20', 63],
  ['Lớp bồi dưỡng nhận thức về Đảng khóa I/2017', 'Nhận thức về Đảng', '2017-03-06', 98],
  ['Lớp bồi dưỡng nghiệp vụ công tác Đảng cho cấp ủy viên cơ sở', 'Khác', '2017-03-20', 92],
  ['Lớp học tập chuyên đề "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh" năm 2017', 'Lý luận chính trị', '2017-03-27', 236],
  ['Lớp bồi dưỡng lý luận chính trị cho đảng viên mới khóa I/2017', 'Đảng viên mới', '2017-04-10', 84],
  ['Lớp bồi dưỡng nghiệp vụ công tác kiểm tra, giám sát của Đảng', 'Khác', '2017-04-17', 67],
  ['Lớp Sơ cấp lý luận chính trị khóa 32', 'Lý luận chính trị', '2017-05-15', 58],
  ['Lớp bồi dưỡng kiến thức quốc phòng - an ninh đối tượng 4', 'Khác', '2017-05-22', 70],
  ['Lớp bồi dưỡng nhận thức về Đảng khóa II/2017', 'Nhận thức về Đảng', '2017-06-12', 105],
  ['Lớp bồi dưỡng nghiệp vụ công tác dân vận', 'Khác', '2017-06-26', 51],
  ['Lớp học tập, quán triệt Nghị quyết Hội nghị Trung ương 5 khóa XII', 'Lý luận chính trị', '2017-07-17', 398],
  ['Lớp bồi dưỡng nghiệp vụ cho bí thư chi bộ thôn, buôn, tổ dân phố', 'Khác', '2017-07-31', 78],
  ['Lớp bồi dưỡng lý luận chính trị cho đảng viên mới khóa II/2017', 'Đảng viên mới', '2017-08-14', 76],
  ['Lớp cập nhật kiến thức lý luận chính trị cho cán bộ chủ chốt cơ sở', 'Lý luận chính trị', '2017-08-21', 84],
  ['Lớp bồi dưỡng nghiệp vụ công tác tuyên giáo', 'Khác', '2017-08-28', 41],
  ['Lớp bồi dưỡng nhận thức về Đảng khóa III/2017', 'Nhận thức về Đảng', '2017-09-11', 107],
  ['Lớp Sơ cấp lý luận chính trị khóa 33', 'Lý luận chính trị', '2017-09-25', 61],
  ['Lớp bồi dưỡng kỹ năng cho đại biểu Hội đồng nhân dân cấp xã', 'Khác', '2017-10-16', 56],
  ['Lớp bồi dưỡng tiếng Ê Đê cho cán bộ, công chức', 'Khác', '2017-10-30', 44],
  ['Lớp bồi dưỡng lý luận chính trị cho đảng viên mới khóa III/2017', 'Đảng viên mới', '2017-11-13', 71],
  ['Lớp học tập, quán triệt Nghị quyết Hội nghị Trung ương 6 khóa XII', 'Lý luận chính trị', '2017-12-11', 387],
];
