/** The report year (from the plan sheet) and the report date (typed day first: dd/mm/yyyy). */
import { Field, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import * as React from 'react';
import { formatIsoDate, parseTypedDate } from '../logic/format';
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
  yearLine: { gridColumn: '1 / -1', color: tokens.colorNeutralForeground2 },
});

export function Options(): React.ReactElement {
  const styles = useStyles();
  const c = useController();
  const s = usePane('asOf', 'result', 'year');
  const t = useT();
  const years = s.result?.years ?? [];
  const resolved = s.result?.year ?? null;
  const choices = s.year !== null && !years.includes(s.year) ? [...years, s.year].sort() : years;
  const shown = s.asOf ? formatIsoDate(s.asOf) : '';
  const [text, setText] = React.useState(shown);
  const [invalid, setInvalid] = React.useState(false);
  React.useEffect(() => {
    setText(shown);
    setInvalid(false);
  }, [shown]);
  const commit = () => {
    const iso = parseTypedDate(text);
    if (iso === null) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    if (iso !== s.asOf) c.setAsOf(iso);
    else setText(shown);
  };
  const defaultDate = resolved !== null ? `31/12/${s.year ?? resolved}` : t('asOfPlaceholder');
  return (
    <div className={styles.row}>
      <Field label={t('year')}>
        <Select
          className={styles.control}
          title={t('yearHint')}
          value={s.year === null ? '' : String(s.year)}
          onChange={(_, d) => c.setYear(d.value ? Number(d.value) : null)}
          data-testid="year"
        >
          <option value="">{resolved !== null ? t('yearAutoWith', { year: resolved }) : t('yearAuto')}</option>
          {choices.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label={t('asOf')}
        hint={invalid || resolved === null ? undefined : t('asOfHint')}
        validationState={invalid ? 'error' : 'none'}
        validationMessage={invalid ? t('asOfInvalid') : undefined}
      >
        <CommitInput
          className={styles.control}
          value={text}
          placeholder={defaultDate}
          onText={setText}
          onCommit={commit}
          data-testid="as-of"
        />
      </Field>
      {s.year === null && s.result?.yearLine && (
        <Text size={200} className={styles.yearLine} data-testid="year-choice">
          {s.result.yearLine}
        </Text>
      )}
    </div>
  );
}
