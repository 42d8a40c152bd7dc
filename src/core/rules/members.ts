/** M: the members on sheet DangVien (M02–M04 and M14 also cover the other sheets' cells). */
import { addMonths, addWorkingDays, dayFromYMD, formatDay, monthsBetween, yearsBetween } from '../dates';
import { LISTS, STATUS_ACTIVE, STATUS_EXEMPT, STATUS_RESTORED, type ListId } from '../lists';
import { isMemberAt } from '../membership';
import { findRepeats, foldedHash, sameFoldedName, upperHash } from '../text/fold-hash';
import { cellOf, problemCell } from './address';
import { ADMISSION_TEXTS, textInForce } from './texts';
import { SOURCE_CHARTER, SOURCE_FORMAT, SOURCE_GUIDANCE, SOURCE_REGULATION, type Rule, type RuleContext } from './types';

function membersOf(ctx: RuleContext) {
  return ctx.wb.members;
}

/** A list's values as one line: all of a short list, the first few of a long one (the ethnic groups). */
export function allowedValues(list: ListId): string {
  const values = LISTS[list].map((e) => e.value);
  return values.length <= 8 ? values.join(', ') : `${values.slice(0, 5).join(', ')}… (${values.length})`;
}

export const M01: Rule = {
  id: 'M01',
  group: 'M',
  severity: 'error',
  source: SOURCE_FORMAT,
  title: { vi: 'Số lý lịch bị trùng', en: 'Member id used twice' },
  messages: {
    default: {
      vi: 'Số lý lịch trùng với ô {first}. Mỗi đảng viên có một số lý lịch riêng.',
      en: 'Same id as {first}. Each member has an id of their own.',
    },
  },
  detail: { vi: 'Đảng viên: {member}; ô {first} là của {firstMember}.', en: 'Member: {member}; {first} belongs to {firstMember}.' },
  check(ctx, emit) {
    const s = membersOf(ctx);
    if (!s) return;
    findRepeats(
      s.records,
      (m) => (m.id === null ? null : upperHash(m.id)),
      (a, b) => a.id!.toUpperCase() === b.id!.toUpperCase(),
      (m, f) =>
        emit({
          sheet: s.sheet,
          cell: cellOf(s, 'id', m.row),
          params: { first: cellOf(s, 'id', f.row) },
          detail: { member: m.name ?? '—', firstMember: f.name ?? '—' },
          related: cellOf(s, 'id', f.row),
        }),
    );
  },
};

export const M02: Rule = {
  id: 'M02',
  group: 'M',
  severity: 'error',
  source: SOURCE_FORMAT,
  title: { vi: 'Thiếu giá trị bắt buộc', en: 'Required value empty' },
  messages: {
    default: {
      vi: 'Ô trống ở cột bắt buộc "{header}". Hãy nhập giá trị.',
      en: 'Empty cell in the required column "{header}". Type the value.',
    },
  },
  check(ctx, emit) {
    for (const p of ctx.wb.problems) {
      if (p.kind === 'empty') emit({ sheet: p.sheet, cell: problemCell(p), params: { header: p.header } });
    }
    // The awareness-class date is required only for members admitted in the report year: M11.
  },
};

export const M03: Rule = {
  id: 'M03',
  group: 'M',
  severity: 'error',
  variantSeverity: { birthYearOnly: 'info' },
  source: SOURCE_FORMAT,
  title: { vi: 'Ngày không đọc được', en: 'Unreadable date' },
  messages: {
    default: {
      vi: 'Không đọc được ngày ở cột "{header}". Hãy nhập theo dạng dd/mm/yyyy, ví dụ 05/09/1985.',
      en: 'The date in column "{header}" cannot be read. Type it as dd/mm/yyyy, e.g. 05/09/1985.',
    },
    twoDigitYear: {
      vi: 'Năm chỉ có hai chữ số ở cột "{header}" nên không rõ thế kỷ. Hãy nhập đủ bốn chữ số (dd/mm/yyyy).',
      en: 'Two-digit year in column "{header}" is ambiguous. Type all four digits (dd/mm/yyyy).',
    },
    impossible: {
      vi: 'Ngày không có thật ở cột "{header}" (ví dụ 31/02). Hãy kiểm tra lại ngày, tháng.',
      en: 'Impossible date in column "{header}" (such as 31/02). Check the day and month.',
    },
    yearOnly: {
      vi: 'Cột "{header}" chỉ có năm; cần ngày đầy đủ dd/mm/yyyy.',
      en: 'Column "{header}" holds a year only; a full date dd/mm/yyyy is needed.',
    },
    birthYearOnly: {
      vi: 'Ngày sinh chỉ có năm; đã đọc là 01/01 của năm đó. Nên bổ sung ngày, tháng.',
      en: 'The birth date is a year only; read as 1 January of that year. Add the day and month.',
    },
  },
  check(ctx, emit) {
    for (const p of ctx.wb.problems) {
      if (p.kind === 'date') emit({ sheet: p.sheet, cell: problemCell(p), variant: p.detail === 'unreadable' ? undefined : p.detail, params: { header: p.header } });
      if (p.kind === 'yearOnly') emit({ sheet: p.sheet, cell: problemCell(p), variant: 'birthYearOnly', params: { header: p.header } });
    }
  },
};

export const M04: Rule = {
  id: 'M04',
  group: 'M',
  severity: 'error',
  source: SOURCE_FORMAT,
  title: { vi: 'Giá trị ngoài danh sách', en: 'Value outside its list' },
  messages: {
    default: {
      vi: 'Giá trị ở cột "{header}" không nằm trong danh sách cho phép.',
      en: 'The value in column "{header}" is not in the allowed list.',
    },
    nearest: {
      vi: 'Giá trị ở cột "{header}" không nằm trong danh sách; có phải là "{nearest}"?',
      en: 'The value in column "{header}" is not in the list; did you mean "{nearest}"?',
    },
  },
  detail: { vi: 'Ô đang ghi "{value}"; các giá trị hợp lệ: {allowed}.', en: 'The cell holds "{value}"; the values allowed: {allowed}.' },
  check(ctx, emit) {
    const unitSheet = ctx.wb.units?.sheet;
    for (const p of ctx.wb.problems) {
      if (p.kind !== 'list' || p.sheet === unitSheet) continue;
      emit({
        sheet: p.sheet,
        cell: problemCell(p),
        variant: p.suggestion ? 'nearest' : undefined,
        params: { header: p.header, nearest: p.suggestion ?? '' },
        suggestion: p.suggestion,
        ...(p.value !== undefined && p.detail && p.detail in LISTS ? { detail: { value: p.value, allowed: allowedValues(p.detail as ListId) } } : {}),
      });
    }
  },
};

export const M05: Rule = {
  id: 'M05',
  group: 'M',
  severity: 'error',
  source: SOURCE_FORMAT,
  title: { vi: 'Mã chi bộ không tồn tại', en: 'Unknown cell code' },
  messages: {
    default: {
      vi: 'Mã chi bộ không trùng với mã tổ chức nào trong sheet {units}. Hãy nhập đúng mã chi bộ.',
      en: 'The cell code names no unit on sheet {units}. Type the code of the member’s cell.',
    },
  },
  check(ctx, emit) {
    const s = membersOf(ctx);
    if (!s || !ctx.wb.units) return;
    for (const m of s.records) {
      if (m.cellKey !== null && !ctx.hierarchy.byKey.has(m.cellKey)) {
        emit({ sheet: s.sheet, cell: cellOf(s, 'cell', m.row), params: { units: ctx.wb.units.sheet } });
      }
    }
  },
};

export const M06: Rule = {
  id: 'M06',
  group: 'M',
  severity: 'error',
  source: SOURCE_CHARTER,
  title: { vi: 'Đảng viên không sinh hoạt ở chi bộ', en: 'Member not in a cell' },
  messages: {
    default: {
      vi: 'Mã này là của một "{kind}", không phải chi bộ. Đảng viên sinh hoạt ở chi bộ cơ sở hoặc chi bộ.',
      en: 'This code is a "{kind}", not a cell. Members belong to a grassroots cell or a cell.',
    },
  },
  check(ctx, emit) {
    const s = membersOf(ctx);
    if (!s) return;
    for (const m of s.records) {
      const u = m.cellKey === null ? undefined : ctx.hierarchy.byKey.get(m.cellKey);
      if (u && u.kind && !ctx.hierarchy.isCell(u)) emit({ sheet: s.sheet, cell: cellOf(s, 'cell', m.row), params: { kind: u.kind } });
    }
  },
};

export const M07: Rule = {
  id: 'M07',
  group: 'M',
  severity: 'error',
  variantSeverity: { over: 'warning' },
  source: `${SOURCE_CHARTER}, Điều 1; ${ADMISSION_TEXTS.map((t) => t.cite).join('; ')}`,
  title: { vi: 'Tuổi khi kết nạp không hợp lệ', en: 'Age at admission' },
  messages: {
    default: {
      vi: 'Chưa đủ {min} tuổi ({minMonths} tháng) vào ngày kết nạp: {months} tháng ({age} tuổi); tuổi tính theo tháng ({text}). Cột "{header}" ghi ngày quyết định kết nạp, không phải ngày chi bộ họp xét: hãy đối chiếu với biên bản.',
      en: 'Under {min} ({minMonths} months) on the admission date: {months} months ({age}); age is counted in months ({text}). Column "{header}" holds the decision date, not the date the cell met: check the minutes.',
    },
    over: {
      vi: 'Trên {max} tuổi ({maxMonths} tháng) khi kết nạp: {months} tháng ({age} tuổi); cần sự đồng ý bằng văn bản của Ban Thường vụ Tỉnh ủy, Thành ủy ({text}). Cột "{header}" ghi ngày quyết định kết nạp, không phải ngày chi bộ họp xét.',
      en: 'Over {max} ({maxMonths} months) at admission: {months} months ({age}); needs the written consent of the provincial party standing committee ({text}). Column "{header}" holds the decision date, not the date the cell met.',
    },
  },
  check(ctx, emit) {
    const s = membersOf(ctx);
    if (!s) return;
    const { minAdmissionAge: min, maxAdmissionAgeWithoutConsent: max } = ctx.model.thresholds;
    const minMonths = min * 12;
    const maxMonths = max * 12;
    const text = textInForce(ADMISSION_TEXTS, ctx.asOf);
    const header = s.headers.get('admitted') ?? 'Ngày vào Đảng';
    for (const m of s.records) {
      if (m.birth === null || m.admitted === null || m.birth >= m.admitted) continue;
      // Whole years first: only the edges of the two bounds need the months.
      const years = yearsBetween(m.birth, m.admitted);
      if (years >= min && years < max) continue;
      const months = monthsBetween(m.birth, m.admitted);
      const cell = cellOf(s, 'admitted', m.row);
      const params = { age: years, months, min, max, minMonths, maxMonths, text, header };
      if (months < minMonths) emit({ sheet: s.sheet, cell, params });
      else if (months > maxMonths) emit({ sheet: s.sheet, cell, variant: 'over', params });
    }
  },
};

export const M08: Rule = {
  id: 'M08',
  group: 'M',
  severity: 'error',
  source: SOURCE_FORMAT,
  title: { vi: 'Ngày tháng không hợp lý', en: 'Dates out of order' },
  messages: {
    default: {
      vi: 'Ngày sinh sau ngày vào Đảng. Hãy kiểm tra hai ngày này.',
      en: 'Birth after admission. Check both dates.',
    },
    fullBefore: {
      vi: 'Ngày chính thức trước ngày vào Đảng ({admitted}). Hãy kiểm tra lại.',
      en: 'Full membership before admission ({admitted}). Check the dates.',
    },
    statusBefore: {
      vi: 'Ngày biến động trước ngày vào Đảng ({admitted}). Hãy kiểm tra lại.',
      en: 'Status change before admission ({admitted}). Check the dates.',
    },
    future: {
      vi: 'Ngày ở cột "{header}" ở tương lai (sau hôm nay, {today}).',
      en: 'The date in column "{header}" is in the future (after today, {today}).',
    },
  },
  check(ctx, emit) {
    const s = membersOf(ctx);
    if (!s) return;
    const today = formatDay(ctx.today);
    const future = (k: string, row: number) =>
      emit({ sheet: s.sheet, cell: cellOf(s, k, row), variant: 'future', params: { header: s.headers.get(k) ?? k, today } });
    const t = ctx.today;
    for (const m of s.records) {
      // Written out field by field: a loop over keys is several times slower on a million rows.
      if (m.birth !== null && m.birth > t) future('birth', m.row);
      if (m.admitted !== null && m.admitted > t) future('admitted', m.row);
      if (m.full !== null && m.full > t) future('full', m.row);
      if (m.training !== null && m.training > t) future('training', m.row);
      if (m.statusDate !== null && m.statusDate > t) future('statusDate', m.row);
      if (m.admitted === null) continue;
      if (m.birth !== null && m.birth >= m.admitted) emit({ sheet: s.sheet, cell: cellOf(s, 'birth', m.row) });
      // The admission date is formatted only for a finding: not a string per member.
      if (m.full !== null && m.full < m.admitted) {
        emit({ sheet: s.sheet, cell: cellOf(s, 'full', m.row), variant: 'fullBefore', params: { admitted: formatDay(m.admitted) } });
      }
      if (m.statusDate !== null && m.statusDate < m.admitted) {
        emit({ sheet: s.sheet, cell: cellOf(s, 'statusDate', m.row), variant: 'statusBefore', params: { admitted: formatDay(m.admitted) } });
      }
    }
  },
};

export const M09: Rule = {
  id: 'M09',
  group: 'M',
  severity: 'warning',
  source: SOURCE_CHARTER,
  title: { vi: 'Chuyển chính thức chưa đủ 12 tháng dự bị', en: 'Full membership before 12 months of probation' },
  messages: {
    default: {
      vi: 'Ngày chính thức chưa đủ {months} tháng kể từ ngày vào Đảng ({admitted}).',
      en: 'Full membership less than {months} months after admission ({admitted}).',
    },
  },
  check(ctx, emit) {
    const s = membersOf(ctx);
    if (!s) return;
    const months = ctx.model.thresholds.probationMonths;
    for (const m of s.records) {
      if (m.admitted === null || m.full === null || m.full < m.admitted) continue;
      // Twelve months are at most 366 days: most members need no calendar arithmetic.
      if (m.full - m.admitted < 31 * months && m.full < addMonths(m.admitted, months)) {
        emit({ sheet: s.sheet, cell: cellOf(s, 'full', m.row), params: { months, admitted: formatDay(m.admitted) } });
      }
    }
  },
};

export const M10: Rule = {
  id: 'M10',
  group: 'M',
  severity: 'warning',
  source: SOURCE_REGULATION,
  title: { vi: 'Quá hạn xét chuyển chính thức', en: 'Probation overdue' },
  messages: {
    default: {
      vi: 'Vẫn là đảng viên dự bị tại ngày báo cáo, quá hạn xét chuyển chính thức ({deadline}: 12 tháng và 30 ngày làm việc sau ngày vào Đảng).',
      en: 'Still probationary at the report date, past the deadline for the decision ({deadline}: 12 months and 30 working days after admission).',
    },
  },
  check(ctx, emit) {
    const s = membersOf(ctx);
    if (!s) return;
    const { probationMonths, decisionWorkingDays } = ctx.model.thresholds;
    for (const m of s.records) {
      if (m.admitted === null || !isMemberAt(m, ctx.asOf)) continue;
      if (m.full !== null && m.full <= ctx.asOf) continue;
      const deadline = addWorkingDays(addMonths(m.admitted, probationMonths), decisionWorkingDays);
      if (ctx.asOf > deadline) {
        emit({ sheet: s.sheet, cell: cellOf(s, 'full', m.row), params: { deadline: formatDay(deadline) } });
      }
    }
  },
};

export const M11: Rule = {
  id: 'M11',
  group: 'M',
  severity: 'warning',
  source: SOURCE_GUIDANCE,
  title: { vi: 'Kết nạp chưa qua lớp bồi dưỡng nhận thức về Đảng', en: 'Admitted without the awareness class' },
  messages: {
    default: {
      vi: 'Kết nạp năm {year} nhưng chưa có ngày bồi dưỡng nhận thức về Đảng.',
      en: 'Admitted in {year} with no party-awareness class date.',
    },
    after: {
      vi: 'Ngày bồi dưỡng nhận thức về Đảng sau ngày vào Đảng ({admitted}).',
      en: 'The awareness-class date is after the admission ({admitted}).',
    },
    expired: {
      vi: 'Giấy chứng nhận bồi dưỡng nhận thức về Đảng ({training}) đã quá {months} tháng khi kết nạp ({admitted}). Thời hạn {months} tháng là thiết lập của ban, không phải quy định của văn bản nào.',
      en: 'The awareness-class certificate ({training}) was more than {months} months old at admission ({admitted}). The {months}-month validity is the board’s own setting, not a rule of any text.',
    },
  },
  check(ctx, emit) {
    const s = membersOf(ctx);
    if (!s || ctx.year === null) return;
    const yearStart = dayFromYMD(ctx.year, 1, 1);
    const nextYearStart = dayFromYMD(ctx.year + 1, 1, 1);
    // The certificate's validity: no party text was found that sets one, so only the board's own setting.
    const valid = ctx.trainingValidMonths && ctx.trainingValidMonths > 0 ? ctx.trainingValidMonths : null;
    for (const m of s.records) {
      if (m.admitted === null || m.admitted < yearStart || m.admitted >= nextYearStart) continue;
      const cell = cellOf(s, 'training', m.row);
      if (m.training === null) emit({ sheet: s.sheet, cell, params: { year: ctx.year } });
      else if (m.training > m.admitted) emit({ sheet: s.sheet, cell, variant: 'after', params: { admitted: formatDay(m.admitted) } });
      else if (valid && m.admitted > addMonths(m.training, valid)) {
        emit({ sheet: s.sheet, cell, variant: 'expired', params: { training: formatDay(m.training), admitted: formatDay(m.admitted), months: valid } });
      }
    }
  },
};

export const M12: Rule = {
  id: 'M12',
  group: 'M',
  severity: 'warning',
  source: SOURCE_FORMAT,
  title: { vi: 'Biến động chưa có ngày', en: 'Status change without a date' },
  messages: {
    default: {
      vi: 'Tình trạng "{status}" nhưng chưa có ngày biến động; đảng viên này không được tính vào số đảng viên.',
      en: 'Status "{status}" with no status date; this member is not counted among the members.',
    },
    restored: {
      vi: 'Phục hồi đảng tịch nhưng chưa có ngày biến động; đảng viên này được tính từ ngày vào Đảng và không vào số phục hồi của Biểu 1.',
      en: 'Party status restored with no status date; this member is counted from the admission and not among the restored of Form 1.',
    },
  },
  check(ctx, emit) {
    const s = membersOf(ctx);
    if (!s) return;
    for (const m of s.records) {
      if (m.status && m.status !== STATUS_ACTIVE && m.status !== STATUS_EXEMPT && m.statusDate === null) {
        emit({ sheet: s.sheet, cell: cellOf(s, 'statusDate', m.row), variant: m.status === STATUS_RESTORED ? 'restored' : undefined, params: { status: m.status } });
      }
    }
  },
};

export const M13: Rule = {
  id: 'M13',
  group: 'M',
  severity: 'warning',
  source: SOURCE_FORMAT,
  title: { vi: 'Có thể một người nhập hai lần', en: 'Same person twice' },
  messages: {
    default: {
      vi: 'Cùng họ tên và ngày sinh với hàng {first} nhưng khác số lý lịch: có thể là một người nhập hai lần.',
      en: 'Same name and birth date as row {first} under another id: possibly the same person twice.',
    },
  },
  check(ctx, emit) {
    const s = membersOf(ctx);
    if (!s) return;
    findRepeats(
      s.records,
      (m) => (m.name === null || m.birth === null ? null : foldedHash(m.name, m.birth)),
      (a, b) => a.birth === b.birth && sameFoldedName(a.name!, b.name!),
      (m, f) => {
        if ((m.id ?? '').toUpperCase() === (f.id ?? '').toUpperCase()) return; // same id: M01
        emit({ sheet: s.sheet, cell: cellOf(s, 'name', m.row), params: { first: f.row + 1 }, related: cellOf(s, 'name', f.row) });
      },
    );
  },
};

export const M14: Rule = {
  id: 'M14',
  group: 'M',
  severity: 'warning',
  source: SOURCE_FORMAT,
  title: { vi: 'Chữ mã cũ (TCVN3/VNI)', en: 'Legacy encoding (TCVN3/VNI)' },
  messages: {
    default: {
      vi: 'Chữ ở cột "{header}" gõ bằng bảng mã {encoding}; đã đọc theo Unicode. Nên chuyển ô này sang Unicode.',
      en: 'The text in column "{header}" is in the {encoding} encoding; read as Unicode. Convert the cell to Unicode.',
    },
  },
  check(ctx, emit) {
    const memberSheet = ctx.wb.members?.sheet;
    for (const p of ctx.wb.problems) {
      if (p.kind !== 'legacy') continue;
      emit({
        sheet: p.sheet,
        cell: problemCell(p),
        params: { header: p.header, encoding: p.detail === 'vni' ? 'VNI' : 'TCVN3 (ABC)' },
        suggestion: p.suggestion,
        personal: p.sheet === memberSheet,
      });
    }
  },
};

/**
 * The value of a card number of exactly eight digits 0–9 (as `/^\d{8}$/`), else -1: one loop
 * instead of a regular expression and `Number`, asked twice per member.
 */
function cardValue(s: string): number {
  if (s.length !== 8) return -1;
  let n = 0;
  for (let i = 0; i < 8; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return -1;
    n = n * 10 + (c - 0x30);
  }
  return n;
}

export const M15: Rule = {
  id: 'M15',
  group: 'M',
  severity: 'warning',
  variantSeverity: { missing: 'info' },
  source: SOURCE_REGULATION,
  title: { vi: 'Số thẻ đảng viên', en: 'Party card number' },
  messages: {
    default: {
      vi: 'Số thẻ đảng viên phải gồm đúng 8 chữ số.',
      en: 'A party card number has exactly 8 digits.',
    },
    duplicate: {
      vi: 'Số thẻ trùng với ô {first}.',
      en: 'Same card number as {first}.',
    },
    missing: {
      vi: 'Đảng viên chính thức chưa có số thẻ.',
      en: 'Full member with no card number.',
    },
  },
  check(ctx, emit) {
    const s = membersOf(ctx);
    if (!s) return;
    const hasCardColumn = s.columns.has('card');
    for (const m of s.records) {
      if (m.card !== null && cardValue(m.card) < 0) emit({ sheet: s.sheet, cell: cellOf(s, 'card', m.row) });
      else if (m.card === null && hasCardColumn && m.full !== null && m.full <= ctx.asOf && isMemberAt(m, ctx.asOf)) {
        emit({ sheet: s.sheet, cell: cellOf(s, 'card', m.row), variant: 'missing' });
      }
    }
    findRepeats(
      s.records,
      // An 8-digit card number is its own hash.
      (m) => {
        if (m.card === null) return null;
        const n = cardValue(m.card);
        return n >= 0 ? n : upperHash(m.card);
      },
      (a, b) => a.card === b.card,
      (m, f) => emit({ sheet: s.sheet, cell: cellOf(s, 'card', m.row), variant: 'duplicate', params: { first: cellOf(s, 'card', f.row) } }),
    );
  },
};

export const MEMBER_RULES = [M01, M02, M03, M04, M05, M06, M07, M08, M09, M10, M11, M12, M13, M14, M15];
