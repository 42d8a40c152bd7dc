/**
 * Member rules on the optional columns of the statistical forms and on admission dates: the
 * citizen id, re-admission, general education, and a full-membership date too late to be real.
 * Each reads its column only when the workbook has it.
 */
import { addMonths, addWorkingDays, dayFromYMD, formatDay, monthsBetween } from '../dates';
import { educationLevel, reaches } from '../forms/classify';
import type { Hierarchy } from '../model/hierarchy';
import type { Member } from '../model/types';
import { findRepeats, upperHash } from '../text/fold-hash';
import { foldName } from '../text/normalize';
import { cellOf } from './address';
import { ADMISSION_TEXTS, textInForce } from './texts';
import { SOURCE_FORMAT, SOURCE_REGULATION, type Rule } from './types';

const CITIZEN_ID = /^\d{12}$/;

export const M16: Rule = {
  id: 'M16',
  group: 'M',
  severity: 'warning',
  source: SOURCE_FORMAT,
  title: { vi: 'Số căn cước công dân', en: 'Citizen id number' },
  messages: {
    default: {
      vi: 'Số CCCD phải gồm đúng 12 chữ số.',
      en: 'A citizen id number has exactly 12 digits.',
    },
    duplicate: {
      vi: 'Số CCCD trùng với ô {first}: mỗi người có một số riêng.',
      en: 'Same citizen id number as {first}: each person has their own.',
    },
  },
  check(ctx, emit) {
    const s = ctx.wb.members;
    if (!s || !s.columns.has('citizenId')) return;
    for (const m of s.records) {
      if (m.citizenId !== null && !CITIZEN_ID.test(m.citizenId)) emit({ sheet: s.sheet, cell: cellOf(s, 'citizenId', m.row) });
    }
    findRepeats(
      s.records,
      (m) => (m.citizenId === null ? null : upperHash(m.citizenId)),
      (a, b) => a.citizenId === b.citizenId,
      (m, f) => emit({ sheet: s.sheet, cell: cellOf(s, 'citizenId', m.row), variant: 'duplicate', params: { first: cellOf(s, 'citizenId', f.row) } }),
    );
  },
};

/** Months that must pass between leaving the party and a re-admission. */
const READMIT_AFTER_MONTHS = 36;

export const M17: Rule = {
  id: 'M17',
  group: 'M',
  severity: 'warning',
  source: ADMISSION_TEXTS.map((t) => t.cite).join('; '),
  title: { vi: 'Kết nạp lại', en: 'Re-admission' },
  messages: {
    default: {
      vi: 'Kết nạp lại chỉ {months} tháng sau khi ra khỏi Đảng ({exit}); phải sau ít nhất {min} tháng, và chỉ kết nạp lại một lần ({text}).',
      en: 'Re-admitted only {months} months after leaving ({exit}); at least {min} months must pass, and a member is re-admitted once only ({text}).',
    },
    noExit: {
      vi: 'Ghi là kết nạp lại nhưng chưa có ngày ra khỏi Đảng trước ở cột "{header}": không kiểm tra được thời hạn {min} tháng ({text}).',
      en: 'Marked as re-admitted with no earlier leaving date in column "{header}": the {min}-month wait cannot be checked ({text}).',
    },
    second: {
      vi: 'Người này đã được kết nạp lại một lần (ô {first}, vào Đảng {firstAdmitted}); chỉ xem xét kết nạp lại một lần ({text}). Nếu là hai người khác nhau, hãy kiểm tra họ tên, ngày sinh, số CCCD.',
      en: 'This person was re-admitted once already (cell {first}, admitted {firstAdmitted}); re-admission is considered once only ({text}). If these are two people, check the names, birth dates and citizen ids.',
    },
  },
  check(ctx, emit) {
    const s = ctx.wb.members;
    if (!s || !s.columns.has('readmitted')) return;
    const text = textInForce(ADMISSION_TEXTS, ctx.asOf);
    const hasExit = s.columns.has('previousExit');
    for (const m of s.records) {
      if (!m.readmitted || m.admitted === null) continue;
      if (m.previousExit === null) {
        if (hasExit) emit({ sheet: s.sheet, cell: cellOf(s, 'previousExit', m.row), variant: 'noExit', params: { header: s.headers.get('previousExit')!, min: READMIT_AFTER_MONTHS, text } });
        continue;
      }
      const months = monthsBetween(m.previousExit, m.admitted);
      if (months < READMIT_AFTER_MONTHS) {
        emit({ sheet: s.sheet, cell: cellOf(s, 'admitted', m.row), params: { months, exit: formatDay(m.previousExit), min: READMIT_AFTER_MONTHS, text } });
      }
    }
    // Once only: the same person re-admitted on two rows (their earlier re-admission, left again).
    for (const [first, again] of secondReadmissions(s.records)) {
      emit({ sheet: s.sheet, cell: cellOf(s, 'readmitted', again.row), variant: 'second', params: { first: cellOf(s, 'readmitted', first.row), firstAdmitted: formatDay(first.admitted!), text } });
    }
  },
};

/**
 * Re-admissions of a person already re-admitted once: rows marked `Kết nạp lại` of the same person
 * (the same Số CCCD, else the same name and birth date), each later one paired with the first.
 */
function secondReadmissions(members: readonly Member[]): [Member, Member][] {
  const byPerson = new Map<string, Member[]>();
  for (const m of members) {
    if (!m.readmitted || m.admitted === null) continue;
    const key = m.citizenId !== null ? `id:${m.citizenId}` : m.name !== null && m.birth !== null ? `nb:${foldName(m.name)}|${m.birth}` : null;
    if (key === null) continue;
    const list = byPerson.get(key);
    if (list) list.push(m);
    else byPerson.set(key, [m]);
  }
  const out: [Member, Member][] = [];
  for (const list of byPerson.values()) {
    if (list.length < 2) continue;
    const sorted = [...list].sort((a, b) => a.admitted! - b.admitted! || a.row - b.row);
    // Two rows admitted the same day are one re-admission typed twice (M01/M15 speak of repeats).
    for (const m of sorted.slice(1)) if (m.admitted! > sorted[0].admitted!) out.push([sorted[0], m]);
  }
  return out;
}

/** Whether a unit or one above it is marked as a mountain, border, island or especially difficult area. */
function difficultAreaOf(h: Hierarchy): (key: string) => boolean {
  const memo = new Map<string, boolean>();
  const of = (key: string, depth = 0): boolean => {
    const hit = memo.get(key);
    if (hit !== undefined) return hit;
    const u = h.byKey.get(key);
    const parent = u ? h.parentOf(u) : undefined;
    const v = !u ? false : u.difficultArea ?? (parent && depth < 64 ? of(parent.key, depth + 1) : false);
    memo.set(key, v);
    return v;
  };
  return of;
}

export const M18: Rule = {
  id: 'M18',
  group: 'M',
  severity: 'warning',
  source: ADMISSION_TEXTS.map((t) => t.cite).join('; '),
  variantSeverity: { unreadable: 'info' },
  title: { vi: 'Trình độ học vấn khi kết nạp', en: 'Education at admission' },
  messages: {
    default: {
      vi: 'Trình độ giáo dục phổ thông chưa đủ tốt nghiệp trung học cơ sở, mức tối thiểu khi kết nạp ({text}). Ở miền núi, biên giới, hải đảo, vùng đồng bào dân tộc thiểu số, vùng đặc biệt khó khăn chỉ cần tiểu học: đánh dấu cột "Vùng khó khăn" của xã hoặc TCCS trong sheet ToChuc.',
      en: 'General education below lower secondary, the minimum at admission ({text}). In mountain, border, island, ethnic-minority and especially difficult areas primary is enough: mark the commune or TCCS in the "Vùng khó khăn" column of sheet ToChuc.',
    },
    difficult: {
      vi: 'Trình độ giáo dục phổ thông chưa đủ tiểu học, mức tối thiểu khi kết nạp ở vùng khó khăn ({text}).',
      en: 'General education below primary, the minimum at admission in a difficult area ({text}).',
    },
    unreadable: {
      vi: 'Không đọc được trình độ giáo dục phổ thông; hãy ghi dạng 9/12, 12/12, 10/10 hoặc THCS, THPT.',
      en: 'The general education cannot be read; write it as 9/12, 12/12, 10/10 or THCS, THPT.',
    },
  },
  check(ctx, emit) {
    const s = ctx.wb.members;
    if (!s || !s.columns.has('education') || ctx.year === null) return;
    const text = textInForce(ADMISSION_TEXTS, ctx.asOf);
    const difficult = difficultAreaOf(ctx.hierarchy);
    const from = dayFromYMD(ctx.year, 1, 1);
    const to = dayFromYMD(ctx.year + 1, 1, 1);
    // The standard applies at admission: the year's admissions are checked, not older members.
    for (const m of s.records) {
      if (m.admitted === null || m.admitted < from || m.admitted >= to || m.education === null) continue;
      const cell = cellOf(s, 'education', m.row);
      const level = educationLevel(m.education);
      if (level === null) {
        emit({ sheet: s.sheet, cell, variant: 'unreadable' });
        continue;
      }
      const easy = m.cellKey !== null && difficult(m.cellKey);
      if (!reaches(level, easy ? 'primary' : 'lowerSecondary')) emit({ sheet: s.sheet, cell, variant: easy ? 'difficult' : undefined, params: { text } });
    }
  },
};

/** How far past the decision deadline a full-membership date is read as a typing error rather than a late decision. */
const LATE_BEYOND_MONTHS = 12;

export const M19: Rule = {
  id: 'M19',
  group: 'M',
  severity: 'warning',
  source: SOURCE_REGULATION,
  title: { vi: 'Ngày chính thức quá xa ngày vào Đảng', en: 'Full membership far too late' },
  messages: {
    default: {
      vi: 'Ngày chính thức ({full}) sau hạn xét chuyển chính thức ({deadline}: 12 tháng và 30 ngày làm việc sau ngày vào Đảng) hơn {months} tháng: có thể gõ nhầm năm.',
      en: 'The full-membership date ({full}) is more than {months} months past the decision deadline ({deadline}: 12 months and 30 working days after admission): possibly a mistyped year.',
    },
  },
  check(ctx, emit) {
    const s = ctx.wb.members;
    if (!s) return;
    const { probationMonths, decisionWorkingDays } = ctx.model.thresholds;
    for (const m of s.records) {
      if (m.admitted === null || m.full === null || m.full <= m.admitted) continue;
      // Under two years needs no calendar arithmetic: it is within the bound whatever the calendar.
      if (m.full - m.admitted < 700) continue;
      const deadline = addWorkingDays(addMonths(m.admitted, probationMonths), decisionWorkingDays);
      if (m.full > addMonths(deadline, LATE_BEYOND_MONTHS)) {
        emit({ sheet: s.sheet, cell: cellOf(s, 'full', m.row), params: { full: formatDay(m.full), deadline: formatDay(deadline), months: LATE_BEYOND_MONTHS } });
      }
    }
  },
};

export const ADMISSION_RULES = [M16, M17, M18, M19];
