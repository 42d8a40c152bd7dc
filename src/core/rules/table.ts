/** The rule table of the README and of docs/, written from the registry (its tests keep them equal). */
import { RULES, ruleVariants } from './registry';

/** One Markdown row per rule: id, severity, each variant with its severity, titles, source. */
export function ruleTableMarkdown(): string {
  const rows = RULES.map((r) => {
    const variants = ruleVariants(r)
      .map((v) => `${v.variant}: ${v.severity}`)
      .join(', ');
    return `| ${r.id} | ${r.severity} | ${variants} | ${r.title.vi} — ${r.title.en} | ${r.source} |`;
  });
  return ['| id | severity | variants: severity | rule | source |', '|---|---|---|---|---|', ...rows].join('\n');
}
