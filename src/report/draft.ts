/**
 * The year's results as the report staff would write: header parts, paragraphs and the
 * attainment table, drafted from the figures with the catalogue's templates. Pure.
 */
import { formatDay, parseIsoDay, ymd } from '../core/dates';
import type { Lang } from '../core/findings';
import type { Figures, Indicator, UnitFigures } from '../core/figures';
import { STRUCTURE_MODELS } from '../core/structure-model';
import { reportText, type ReportCatalogue } from './catalogue';
import { formatInteger, formatMessage, formatPercent, formatShare, joinList, type Params } from './format';
import type { ReportSettings } from './settings';

export type ReportBlock = { type: 'heading'; text: string } | { type: 'paragraph'; text: string } | { type: 'table' };

export interface ReportTableRow {
  /** STT; null on the total row. */
  no: number | null;
  name: string;
  target: number | null;
  admitted: number;
  /** admitted / target; null when the target is 0 or missing. */
  attainment: number | null;
  verdict: string;
}

export interface ReportTable {
  caption: string;
  columns: string[];
  rows: ReportTableRow[];
  total: ReportTableRow;
}

export interface DraftedReport {
  lang: Lang;
  year: number;
  /** The header block of the first page (Hướng dẫn 36-HD/VPTW). */
  header: {
    /** `''`: a line to fill by hand; null: no line (the issuer has no superior body to name). */
    superiorBody: string | null;
    issuingBody: string;
    star: string;
    /** `Số   -BC/HU`, the number left blank until the office gives one. */
    number: string;
    partyTitle: string;
    /** `M'Đrắk, ngày … tháng … năm …`. */
    placeDate: string;
  };
  title: { docType: string; subject: string; rule: string };
  /** Headings, paragraphs and where the table stands, in reading order. */
  body: ReportBlock[];
  table: ReportTable;
  /** Empty title or name: left to fill. */
  signature: { authority: string; title: string; name: string };
  /** Lines as printed: `- Ban Tổ chức Tỉnh ủy (báo cáo),` … `- Lưu Văn phòng Huyện ủy.` */
  recipients: { heading: string; lines: string[] };
  /** For the PDF's metadata: `BÁO CÁO kết quả công tác phát triển đảng viên năm 2017`. */
  documentTitle: string;
  author: string;
  /** Set when drafted from a workbook that still has errors: the mark (DỰ THẢO) and how many errors remain. */
  draft: { mark: string; note: string; errors: number } | null;
}

export interface DraftOptions {
  /** Errors the workbook still has: the report is then a draft and says so. */
  errors?: number;
}

/** The paragraphs alone, in order (headings and the table left out). */
export function reportParagraphs(d: DraftedReport): string[] {
  return d.body.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []));
}

/** A table row as printed: STT, name, target, admitted, attainment, verdict. */
export function tableRowCells(row: ReportTableRow, lang: Lang, none = reportText(lang).table.none): string[] {
  return [
    row.no === null ? '' : String(row.no),
    row.name,
    row.target === null ? none : formatInteger(row.target, lang),
    formatInteger(row.admitted, lang),
    row.attainment === null ? none : formatPercent(row.attainment, lang),
    row.verdict,
  ];
}

class Drafter {
  readonly T: ReportCatalogue;
  readonly names: { partyBody: string; committee: string };

  constructor(
    readonly figures: Figures,
    readonly settings: ReportSettings,
    readonly lang: Lang,
    readonly options: DraftOptions = {},
  ) {
    this.T = reportText(lang);
    this.names = this.T.levels[settings.level] ?? this.T.levels.other;
  }

  m(template: string, params: Params = {}): string {
    return formatMessage(template, { ...params }, this.lang);
  }

  list(items: string[], joiners = this.T.list): string {
    return joinList(items, joiners);
  }

  pct(f: number): string {
    return formatPercent(f, this.lang);
  }

  share(part: number, whole: number): string {
    return formatShare(whole ? part / whole : 0, this.lang);
  }

  opening(): string {
    const O = this.T.opening;
    const d = this.figures.district;
    const p = { admitted: d.admitted, target: d.target ?? 0, percent: d.attainment === null ? '' : this.pct(d.attainment) };
    let admission: string;
    if (d.admitted === 0) admission = this.m(d.target ? O.admissionNoneWithTarget : O.admissionNone, p);
    else if (d.target === null) admission = this.m(O.admissionNoTarget, p);
    else if (d.target === 0) admission = this.m(O.admissionZeroTarget, p);
    else admission = this.m(d.verdict === 'met' ? O.admissionMet : O.admissionNotMet, p);

    const members = this.m(d.admitted > 0 ? O.membersRaised : O.membersTotal, { members: d.members });
    const s = { committees: d.dangBoCoSo, cells: d.chiBoCoSo, cellsUnder: d.cellsUnderCommittees, committee: this.names.committee };
    let where = '';
    if (d.tccs > 0) {
      let structure: string;
      if (d.dangBoCoSo > 0 && d.chiBoCoSo > 0) structure = this.m(O.structureBoth, s);
      else if (d.dangBoCoSo > 0) structure = this.m(d.tccs === 1 ? O.structureOneCommittee : O.structureCommittees, s);
      else structure = this.m(d.tccs === 1 ? O.structureOneCell : O.structureCells, s);
      where = this.m(O.where, { tccs: d.tccs, structure });
    }
    return this.m(O.sentence, { year: String(this.figures.year), partyBody: this.names.partyBody, admission, members, where });
  }

  /** Both targets and which one is used, when the top unit's own differs from the TCCS targets' sum. */
  targets(): string | null {
    const d = this.figures.district;
    if (!d.ownTarget || d.target === null || d.targetSum === null || d.targetSum === d.target) return null;
    return this.m(this.T.targets.differ, { partyBody: this.names.partyBody, target: d.target, sum: d.targetSum });
  }

  units(): string | null {
    const U = this.T.units;
    const units = this.figures.units;
    if (!units.length) return this.targets();
    const assigned = units.filter((u) => u.target !== null && u.target > 0);
    const targets = this.targets();
    const sentences: string[] = targets ? [targets] : [];
    if (!assigned.length) sentences.push(this.m(U.noneAssigned));
    else {
      const met = assigned.filter((u) => u.verdict === 'met');
      if (met.length === assigned.length) sentences.push(this.m(assigned.length === 1 ? U.allMetOne : U.allMet, { assigned: assigned.length }));
      else if (met.length > 0) sentences.push(this.m(U.someMet, { met: met.length, assigned: assigned.length }));
      else sentences.push(this.m(U.noneMet));

      const exceeded = assigned
        .map((u, i) => ({ u, i }))
        .filter(({ u }) => u.admitted > u.target!)
        .sort((a, b) => b.u.admitted / b.u.target! - a.u.admitted / a.u.target! || b.u.admitted - a.u.admitted || a.i - b.i)
        .map(({ u }) => u);
      const item = (u: UnitFigures) => this.m(U.exceededItem, { name: u.name, admitted: u.admitted, percent: this.pct(u.admitted / u.target!) });
      if (exceeded.length === 1) sentences.push(this.m(U.exceededOne, { first: item(exceeded[0]) }));
      else if (exceeded.length > 1) {
        const [first, ...rest] = exceeded.slice(0, 3).map(item);
        sentences.push(this.m(U.exceededMany, { exceeded: exceeded.length, first, rest: this.list(rest) }));
      }

      const below = assigned.filter((u) => u.verdict === 'notMet');
      if (below.length) {
        const items = below.map((u) =>
          this.m(U.belowItem, { name: u.name, admitted: u.admitted, target: u.target!, percent: this.pct(u.admitted / u.target!) }),
        );
        sentences.push(this.m(U.below, { below: below.length, list: this.list(items) }));
      }
    }
    // TCCS without a target that admitted all the same (not when no TCCS has a target: the table shows them).
    const unassigned = units.filter((u) => (u.target === null || u.target === 0) && u.admitted > 0);
    if (assigned.length && unassigned.length) {
      const admitted = unassigned.reduce((s, u) => s + u.admitted, 0);
      sentences.push(this.m(U.unassigned, { count: unassigned.length, admitted }));
    }
    return sentences.join(this.T.sentenceSeparator);
  }

  breakdown(): string | null {
    const B = this.T.breakdown;
    const d = this.figures.district;
    if (d.admitted === 0) return null;
    const young = STRUCTURE_MODELS.find((m) => m.id === this.figures.model)?.thresholds.youngUnder ?? 30;
    const parts: { n: number; text: string; zero: string }[] = [
      { n: d.breakdown.women, text: B.women, zero: B.womenZero },
      { n: d.breakdown.minority, text: B.minority, zero: B.minorityZero },
      { n: d.breakdown.young, text: B.young, zero: B.youngZero },
      { n: d.breakdown.religious, text: B.religious, zero: B.religiousZero },
    ].filter((p) => p.text !== B.religious || this.figures.recorded.religion);
    const some = parts.filter((p) => p.n > 0);
    // The all-zero sentence names religion: only when the workbook records it.
    if (!some.length && this.figures.recorded.religion) return this.m(B.allZero, { admitted: d.admitted, young });
    const sentences = some.length
      ? [
          this.m(B.sentence, {
            admitted: d.admitted,
            list: this.list(some.map((p) => this.m(p.text, { n: p.n, share: this.share(p.n, d.admitted), young }))),
          }),
        ]
      : [];
    const zero = parts.filter((p) => p.n === 0);
    if (zero.length) sentences.push(this.m(B.zero, { list: this.list(zero.map((p) => this.m(p.zero, { young })), this.T.orList) }));
    return sentences.join(this.T.sentenceSeparator);
  }

  /** Null without a LopBoiDuong sheet: no classes recorded is not "no classes held". */
  training(): string | null {
    if (!this.figures.recorded.classes) return null;
    const R = this.T.training;
    const t = this.figures.training;
    const year = String(this.figures.year);
    if (t.classes === 0) return this.m(R.none, { year });
    const of = (type: string) => t.byType.find((b) => b.type === type);
    const items: string[] = [];
    const awareness = of('Nhận thức về Đảng');
    if (awareness && awareness.classes > 0) items.push(this.m(R.awareness, { classes: awareness.classes, learners: awareness.learners }));
    const fresh = of('Đảng viên mới');
    if (fresh && fresh.classes > 0) items.push(this.m(R.newMembers, { classes: fresh.classes, learners: fresh.learners }));
    const detail = items.length ? this.m(R.detail, { list: this.list(items) }) : '';
    return this.m(R.sentence, { year, classes: t.classes, learners: t.learners, detail });
  }

  organisation(): string | null {
    const O = this.T.organisation;
    const ind = this.figures.indicators;
    const clause = (template: string, i: Indicator) =>
      this.m(template, {
        met: i.met,
        total: i.total,
        share: this.share(i.met, i.total),
        verdict: i.share !== null && i.share >= i.goal ? O.reached : O.notReached,
        goal: formatShare(i.goal, this.lang),
      });
    const clauses: string[] = [];
    if (ind.villageCellsWithLocal.total > 0 && this.figures.recorded.local) clauses.push(clause(O.village, ind.villageCellsWithLocal));
    if (ind.communesWithHealthCell.total > 0) clauses.push(clause(O.health, ind.communesWithHealthCell));
    const sentences: string[] = [];
    const asOf = parseIsoDay(this.figures.asOf);
    if (clauses.length) {
      sentences.push(this.m(O.sentence, { date: asOf === null ? this.figures.asOf : formatDay(asOf), list: this.list(clauses, O.joiners) }));
    }
    const under3 = this.figures.district.cellsUnder3Full;
    if (under3 > 0) sentences.push(this.m(O.under3, { n: under3 }));
    return sentences.length ? sentences.join(this.T.sentenceSeparator) : null;
  }

  outlook(): string[] {
    const O = this.T.outlook;
    const ind = this.figures.indicators;
    const goal = (g: number) => this.m(g >= 1 ? O.goalAll : O.goalAtLeast, { goal: formatShare(g, this.lang) });
    const goals = [
      this.m(O.village, { goal: goal(ind.villageCellsWithLocal.goal) }),
      this.m(O.health, { goal: goal(ind.communesWithHealthCell.goal) }),
    ].join(O.separator);
    const next = String(this.figures.year + 1);
    const target = this.settings.nextTarget;
    return [
      this.m(O.direction, { committee: this.names.committee }),
      target !== null && target > 0
        ? this.m(O.withTarget, { next, partyBody: this.names.partyBody, target, goals })
        : this.m(O.withoutTarget, { next, partyBody: this.names.partyBody, goals }),
    ];
  }

  table(): ReportTable {
    const T = this.T.table;
    const verdict = (f: UnitFigures) => T[f.verdict];
    const row = (f: UnitFigures, no: number | null, name: string): ReportTableRow => ({
      no,
      name,
      target: f.target,
      admitted: f.admitted,
      attainment: f.attainment,
      verdict: verdict(f),
    });
    return {
      caption: this.m(T.caption, { year: String(this.figures.year) }),
      columns: [...T.columns],
      rows: this.figures.units.map((u, i) => row(u, i + 1, u.name)),
      total: row(this.figures.district, null, T.total),
    };
  }

  header(): DraftedReport['header'] {
    const H = this.T.header;
    const s = this.settings;
    const date = s.date ? parseIsoDay(s.date) : null;
    let placeDate: string;
    if (date === null) placeDate = this.m(H.placeDateBlank, { place: s.place });
    else {
      const { y, m, d } = ymd(date);
      placeDate = this.m(H.placeDate, { place: s.place, day: String(d).padStart(2, '0'), month: String(m).padStart(2, '0'), year: String(y) });
    }
    return {
      superiorBody: s.superiorBody,
      issuingBody: s.issuingBody,
      star: H.star,
      number: this.m(H.number, { number: s.number.trim() || H.numberBlank, abbrev: s.issuingAbbrev }),
      partyTitle: H.partyTitle,
      placeDate,
    };
  }

  recipients(): DraftedReport['recipients'] {
    const R = this.T.recipients;
    const lines = this.settings.recipients.map((line, i, all) => this.m(R.bullet, { line }) + (i === all.length - 1 ? R.end : R.more));
    return { heading: R.heading, lines };
  }

  draft(): DraftedReport {
    const H = this.T.headings;
    const year = this.figures.year;
    const body: ReportBlock[] = [];
    let n = 0;
    const section = (title: string, paragraphs: (string | null)[], table = false) => {
      const texts = paragraphs.filter((p): p is string => !!p);
      if (!texts.length && !table) return;
      body.push({ type: 'heading', text: this.m(H.numbered, { n: String(++n), title }) });
      for (const text of texts) body.push({ type: 'paragraph', text });
      if (table) body.push({ type: 'table' });
    };
    section(H.admissions, [this.opening(), this.units(), this.breakdown()], this.figures.units.length > 0);
    section(H.training, [this.training()]);
    section(H.organisation, [this.organisation()]);
    section(this.m(H.outlook, { next: String(year + 1) }), this.outlook());
    body.push({ type: 'paragraph', text: this.m(this.T.closing, { year: String(year), committee: this.names.committee }) });

    const title = { docType: this.T.header.docType, subject: this.m(this.T.header.subject, { year: String(year) }), rule: this.T.header.subjectRule };
    return {
      lang: this.lang,
      year,
      header: this.header(),
      title,
      body,
      table: this.table(),
      signature: { authority: this.settings.authority, title: this.settings.signerTitle, name: this.settings.signerName },
      recipients: this.recipients(),
      documentTitle: this.m(this.T.header.documentTitle, { docType: title.docType, subject: title.subject }),
      author: this.settings.issuingBody,
      draft: this.options.errors ? { mark: this.T.draft.mark, note: this.m(this.T.draft.note, { errors: this.options.errors }), errors: this.options.errors } : null,
    };
  }
}

/** Drafts the report of `figures.year` from the figures and the issuer's settings. */
export function draftReport(figures: Figures, settings: ReportSettings, lang: Lang = 'vi', options: DraftOptions = {}): DraftedReport {
  return new Drafter(figures, settings, lang, options).draft();
}
