/**
 * The report's document details (issuer, place, number, signer), folded away by default: staff
 * fill them once before "Soạn báo cáo". Each empty field shows what the report will use instead
 * (the ThietLap sheet's value or the default from the party organisation's name).
 */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import * as React from 'react';
import type { MessageKey } from '../i18n';
import { REPORT_FIELDS, type ReportField } from '../logic/report-fields';
import { useController, usePane, useT } from './useController';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(140px, 1fr))',
    gap: tokens.spacingHorizontalM,
    alignItems: 'start',
  },
  hint: { display: 'block', marginBottom: tokens.spacingVerticalS, color: tokens.colorNeutralForeground3 },
  control: { width: '100%', minWidth: 0, '& input::placeholder': { fontStyle: 'italic', color: tokens.colorNeutralForeground4, opacity: 1 } },
  header: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalM})` },
});

export function ReportFields(): React.ReactElement {
  const styles = useStyles();
  const c = useController();
  const s = usePane('reportFields', 'result');
  const t = useT();
  const resolved = s.result?.report?.fallback;
  const placeholder = (field: ReportField): string => {
    if (!resolved) return '';
    const v = resolved[field];
    // Said as what happens when left empty, so it cannot be taken for a value already typed.
    return v === null || v === '' ? t('fieldLeftBlank') : t('fieldDefault', { value: v });
  };
  return (
    <Accordion collapsible>
      <AccordionItem value="report-fields">
        <AccordionHeader className={styles.header} data-testid="report-fields-toggle">
          {t('reportFields')}
        </AccordionHeader>
        <AccordionPanel>
          <Text size={200} className={styles.hint}>
            {t('reportFieldsHint')}
          </Text>
          <div className={styles.grid}>
            {REPORT_FIELDS.map((field) => (
              <Field key={field} label={t(`field_${field}` as MessageKey)}>
                <Input
                  className={styles.control}
                  value={s.reportFields[field] ?? ''}
                  placeholder={placeholder(field)}
                  autoComplete="off"
                  onChange={(_, d) => c.setReportField(field, d.value)}
                  data-testid={`report-field-${field}`}
                />
              </Field>
            ))}
          </div>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
