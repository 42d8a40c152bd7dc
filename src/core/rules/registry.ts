/** The one list of rules that the check, the task pane and the reports read. */
import type { Finding, FindingParams, Lang, RuleText, RuleTexts, Severity } from '../findings';
import { parseA1 } from '../grid';
import { ruleTitleOf } from '../findings';
import { FILE_RULES } from './files';
import { ADMISSION_RULES } from './admission';
import { FORM_RULES } from './forms';
import { MEMBER_RULES } from './members';
import { PLAN_RULES } from './plan';
import { STRUCTURE_RULES } from './structure';
import type { Rule, RuleContext } from './types';
import { UNIT_RULES } from './units';

export const RULES: readonly Rule[] = [...STRUCTURE_RULES, ...UNIT_RULES, ...MEMBER_RULES, ...ADMISSION_RULES, ...PLAN_RULES, ...FORM_RULES];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));

/** Every rule's title and messages: what the edges render findings with. */
export const RULE_TEXTS: RuleTexts = Object.fromEntries(
  [...RULES, ...FILE_RULES].map((r): [string, RuleText] => [r.id, { title: r.title, messages: r.messages, ...('detail' in r && r.detail ? { detail: r.detail } : {}) }]),
);

/** The severity a rule declares for one of its variants. */
export function variantSeverity(rule: Rule, variant: string): Severity {
  return rule.variantSeverity?.[variant] ?? rule.severity;
}

/** Each variant of a rule with its severity, `default` first. */
export function ruleVariants(rule: Rule): { variant: string; severity: Severity }[] {
  return Object.keys(rule.messages).map((variant) => ({ variant, severity: variantSeverity(rule, variant) }));
}

/** Runs the rules: findings as data (rule, variant, parameters); their text is rendered where shown. */
export function runRules(ctx: RuleContext, rules: readonly Rule[] = RULES): Finding[] {
  const findings: Finding[] = [];
  const memberOfRow = memberNames(ctx);
  for (const rule of rules) {
    rule.check(ctx, (f) => {
      const variant = f.variant !== undefined && f.variant in rule.messages ? f.variant : 'default';
      const finding: Finding = {
        rule: rule.id,
        variant,
        severity: variantSeverity(rule, variant),
        sheet: f.sheet,
        cell: f.cell,
        params: f.params ?? {},
      };
      if (f.suggestion !== undefined) finding.suggestion = f.suggestion;
      if (f.personal) finding.personal = true;
      if (f.related) finding.related = f.related;
      const member = memberOfRow(f.sheet, f.cell);
      const detail = f.detail || member ? { ...member, ...f.detail } : undefined;
      if (detail) finding.detail = detail;
      findings.push(finding);
    });
  }
  return findings;
}

/**
 * The member named by a finding on the members sheet (its row's name), so that every member
 * finding says whom it is about in the pane and the user's workbook.
 */
function memberNames(ctx: RuleContext): (sheet: string, cell: string) => FindingParams | undefined {
  const s = ctx.wb.members;
  let byRow: Map<number, string> | null = null;
  return (sheet, cell) => {
    if (!s || sheet !== s.sheet || !cell) return undefined;
    if (!byRow) {
      byRow = new Map();
      for (const m of s.records) if (m.name) byRow.set(m.row, m.name);
    }
    const at = parseA1(cell);
    const name = at ? byRow.get(at.row) : undefined;
    return name === undefined ? undefined : { member: name };
  };
}

/** The texts of the rules these findings name (what a result carries to a pane that bundles no rules). */
export function ruleTextsOf(findings: readonly Finding[]): RuleTexts {
  const out: Record<string, RuleText> = {};
  for (const f of findings) if (!(f.rule in out) && RULE_TEXTS[f.rule]) out[f.rule] = RULE_TEXTS[f.rule];
  return out;
}

export function ruleTitle(id: string, lang: Lang): string {
  return ruleTitleOf(id, lang, RULE_TEXTS);
}
