/**
 * The report period (the year, or the first half-year up to 30/06: the forms count from 01/01 to
 * its end) and the board's own validity of the awareness-class certificate (off unless typed).
 */
import { Field, makeStyles, Select, tokens } from '@fluentui/react-components';
import * as React from 'react';
import { PERIODS, periodEndIso, periodOf } from '../../core/periods';
import { formatIsoDate } from '../logic/format';
import { CommitInput } from './CommitInput';
import { useController, usePane, useT } from './useController';

const useStyles = makeStyles({
  row: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(140px, 1fr))',
    gap: tokens.spacingHorizontalM,
    alignItems: 'start',
  },
  control: { width: '100%', minWidth: 0 },
});

export function PeriodSettings(): React.ReactElement {
  const styles = useStyles();
  const c = useController();
  const s = usePane('asOf', 'lang', 'result', 'trainingValidMonths', 'year');
  const t = useT();
  const year = s.year ?? s.result?.year ?? null;
  // No typed date is the year's end; a typed date that ends no preset shows as itself.
  const current = !s.asOf || year === null ? 'year' : (periodOf(s.asOf, year) ?? 'other');
  const [months, setMonths] = React.useState(s.trainingValidMonths === null ? '' : String(s.trainingValidMonths));
  const [invalid, setInvalid] = React.useState(false);
  const commit = () => {
    const v = months.trim();
    if (!v) {
      setInvalid(false);
      c.setTrainingValidMonths(null);
      return;
    }
    if (!/^\d{1,3}$/.test(v) || Number(v) < 1) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    c.setTrainingValidMonths(Number(v));
  };
  return (
    <div className={styles.row}>
      <Field label={t('period')}>
        <Select
          className={styles.control}
          value={current}
          disabled={year === null}
          onChange={(_, d) => {
            if (year === null || d.value === 'other') return;
            c.setAsOf(d.value === 'year' ? '' : periodEndIso(d.value as 'half', year));
          }}
          data-testid="period"
        >
          {PERIODS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label[s.lang]}
            </option>
          ))}
          {current === 'other' && <option value="other">{t('periodOther', { date: formatIsoDate(s.asOf) })}</option>}
        </Select>
      </Field>
      <Field
        label={t('trainingValid')}
        hint={invalid ? undefined : t('trainingValidHint')}
        validationState={invalid ? 'error' : 'none'}
        validationMessage={invalid ? t('trainingValidInvalid') : undefined}
      >
        <CommitInput
          className={styles.control}
          value={months}
          onText={setMonths}
          onCommit={commit}
          data-testid="training-valid"
        />
      </Field>
    </div>
  );
}
