/** The one list of rules that the check, the task pane and the reports read. */
import type { Finding, Lang } from '../findings';
import { fillTemplate } from '../findings';
import { ADMISSION_RULES } from './admission';
import { FORM_RULES } from './forms';
import { MEMBER_RULES } from './members';
import { PLAN_RULES } from './plan';
import { STRUCTURE_RULES } from './structure';
import type { Rule, RuleContext } from './types';
import { UNIT_RULES } from './units';

export const RULES: readonly Rule[] = [...STRUCTURE_RULES, ...UNIT_RULES, ...MEMBER_RULES, ...ADMISSION_RULES, ...PLAN_RULES, ...FORM_RULES];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));

export function runRules(ctx: RuleContext, lang: Lang, rules: readonly Rule[] = RULES): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    rule.check(ctx, (f) => {
      const template = rule.messages[f.variant ?? 'default'] ?? rule.messages.default;
      const finding: Finding = {
        rule: rule.id,
        severity: f.severity ?? rule.severity,
        sheet: f.sheet,
        cell: f.cell,
        message: fillTemplate(template[lang], f.params),
      };
      if (f.suggestion !== undefined) finding.suggestion = f.suggestion;
      if (f.personal) finding.personal = true;
      findings.push(finding);
    });
  }
  return findings;
}

export function ruleTitle(id: string, lang: Lang): string {
  return RULES_BY_ID.get(id)?.title[lang] ?? id;
}
