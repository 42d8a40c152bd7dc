/**
 * Findings: what the rules report, as data (rule, variant, parameters), how their text is
 * rendered in a language, and how they are grouped and counted for display.
 */

export type Severity = 'error' | 'warning' | 'info';
export type Lang = 'vi' | 'en';
export type Text = { vi: string; en: string };

export const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

export type FindingParams = Record<string, string | number>;

export interface Finding {
  rule: string;
  /** Which of the rule's messages (`default` unless the rule has several); stable for scripts and tests. */
  variant: string;
  /** Declared per variant in the rule registry. */
  severity: Severity;
  sheet: string;
  /** A1 address on the sheet as the user sees it; empty when the sheet itself is missing. */
  cell: string;
  /** The values of the message's `{placeholders}`. */
  params: FindingParams;
  /** The corrected value, where one exists. */
  suggestion?: string;
  /** The suggestion carries a person's data: left out of any file that is sent on. */
  personal?: boolean;
  /** The workbook's file name, when several are read together. */
  file?: string;
  /**
   * Who and what the finding is about (the member's name, the rejected value, the unit): shown in
   * the pane and in the user's own workbook, never in a file sent on (docs/rules.md).
   */
  detail?: FindingParams;
  /** Another cell of the same sheet the finding conflicts with (the first of two equal ids). */
  related?: string;
}

/** A finding with its message rendered in one language (what a host writes into a note). */
export interface ShownFinding extends Finding {
  message: string;
}

/** A rule's texts: its title and a message template per variant, in both languages. */
export interface RuleText {
  title: Text;
  messages: Record<string, Text>;
  /** The sentence naming who and what, filled from the finding's `detail`. */
  detail?: Text;
}

/** Rule id → its texts (the registry's, or the part of them a run's result carries to the pane). */
export type RuleTexts = Readonly<Record<string, RuleText>>;

/** Names the member of the row when the rule declares no sentence of its own. */
const MEMBER_DETAIL: Text = { vi: 'Đảng viên: {member}.', en: 'Member: {member}.' };

/**
 * A finding's message in a language. Every edge renders with this one function — the pane, the
 * `Kiểm tra` sheet, the command line and the marks — so switching language only re-renders.
 * `personal` adds who and what (the pane and the user's own workbook only; never a file sent on).
 */
export function findingMessage(f: Finding, lang: Lang, texts: RuleTexts, personal = false): string {
  const messages = texts[f.rule]?.messages;
  const template = messages?.[f.variant] ?? messages?.default;
  const message = template ? fillTemplate(template[lang], f.params) : f.rule;
  if (!personal || !f.detail) return message;
  const own = texts[f.rule]?.detail;
  const templates = [own, f.detail.member !== undefined && !own?.[lang].includes('{member}') ? MEMBER_DETAIL : undefined];
  const values = { ...f.params, ...f.detail };
  // A placeholder left unfilled would show braces to the user: that sentence is left out instead.
  const sentences = templates.map((d) => (d ? fillTemplate(d[lang], values) : '')).filter((x) => x && !/\{\w+\}/.test(x));
  return [message, ...sentences].join(' ');
}

/** A rule's title in a language (its id when the texts do not know it). */
export function ruleTitleOf(rule: string, lang: Lang, texts: RuleTexts): string {
  return texts[rule]?.title[lang] ?? rule;
}

export type SeverityCounts = Record<Severity, number>;

export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

export interface FindingGroup {
  rule: string;
  severity: Severity;
  count: number;
  /** The first `cap` findings of the group. */
  shown: Finding[];
  /** How many more there are ("+N more"); never changes `count`. */
  more: number;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Groups by rule (errors first, then by rule id), keeping every count whatever the cap. */
export function groupFindings(findings: readonly Finding[], cap = Infinity): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const f of findings) {
    const key = f.rule + '|' + f.severity;
    let g = groups.get(key);
    if (!g) {
      g = { rule: f.rule, severity: f.severity, count: 0, shown: [], more: 0 };
      groups.set(key, g);
    }
    g.count++;
    if (g.shown.length < cap) g.shown.push(f);
    else g.more++;
  }
  return [...groups.values()].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.rule.localeCompare(b.rule),
  );
}

/** Fills `{name}` placeholders of a catalogue template. */
export function fillTemplate(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}
