/**
 * The staff documents in docs/ (Vietnamese first, English after), written from the schema and the
 * rule registry so they cannot drift: `npm run docs` writes them, test/docs.test.ts keeps them equal.
 */
import { SHEETS, type SheetDef } from '../core/schema';
import { ruleTableMarkdown } from '../core/rules/table';

const GENERATED = '<!-- Viết ra từ src/core/schema.ts và src/core/rules/registry.ts (npm run docs) — generated, do not edit by hand. -->';

function sheetSection(s: SheetDef): string {
  const rows = s.columns.map((c) => `| ${c.name} | ${c.required ? 'bắt buộc / required' : 'không bắt buộc / optional'} | ${c.aliases.join(', ')} |`);
  return [
    `### ${s.name} (${s.required ? 'bắt buộc / required' : 'không bắt buộc / optional'})`,
    '',
    `Tên khác được nhận / also read as: ${s.aliases.join(', ')}`,
    '',
    '| cột / column | | tên khác / also read as |',
    '|---|---|---|',
    ...rows,
  ].join('\n');
}

/** docs/workbook-format.md: the standard sheets and their columns. */
export function workbookFormatDoc(): string {
  return [
    GENERATED,
    '# Định dạng sổ chuẩn — The standard workbook',
    '',
    'Sổ gồm các sheet dưới đây; tên sheet và tên cột được so không phân biệt hoa thường, dấu cách và',
    'dấu tiếng Việt, và có thể dùng tên khác trong cột thứ ba. Dòng tiêu đề có thể nằm dưới vài dòng',
    'tên bảng. Cột không thuộc mẫu được bỏ qua (S04).',
    '',
    'The workbook holds the sheets below; sheet and column names are compared without case, spaces',
    'or Vietnamese accents, and the other names in the third column are read too. The header row may',
    'sit below a few title rows. Columns outside the format are ignored (S04).',
    '',
    ...SHEETS.flatMap((s) => [sheetSection(s), '']),
  ].join('\n');
}

/** docs/rules.md: every rule, its severity per variant, and where it comes from. */
export function rulesDoc(): string {
  return [
    GENERATED,
    '# Quy tắc kiểm tra — Validation rules',
    '',
    'Mức độ: **error** (lỗi) — số liệu chưa đáng tin cho đến khi sửa; **warning** (cảnh báo) — trái',
    'quy định của Đảng hoặc có thể nhập sai; **info** (lưu ý) — nên xem lại. Một quy tắc có thể có',
    'nhiều trường hợp (variant), mỗi trường hợp một mức độ.',
    '',
    'Severity: **error** — the figures cannot be trusted until it is fixed; **warning** — a breach of',
    'party rules or a likely mistake; **info** — worth a look. A rule may have several variants, each',
    'with its own severity.',
    '',
    ruleTableMarkdown(),
    '',
  ].join('\n');
}

export const STAFF_DOCS: Record<string, () => string> = {
  'docs/workbook-format.md': workbookFormatDoc,
  'docs/rules.md': rulesDoc,
};
