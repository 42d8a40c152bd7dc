/**
 * The officer's views on the Kết quả tab: the attainment chart, how a TCCS's figure was made
 * (Cách tính), and who is due for full membership. Plain SVG and CSS: no chart library.
 */
import { Button, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import * as React from 'react';
import type { Figures } from '../../core/figures';
import type { MemberLine } from '../../core/officer';
import { chartRows } from '../logic/officer';
import { formatIsoDate, formatNumber } from '../logic/format';
import { useController, usePane, useT } from './useController';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase400 },
  sub: { color: tokens.colorNeutralForeground2, display: 'block' },
  chart: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '3px', maxWidth: '640px' },
  chartRow: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 3fr) 3.2em',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  chartName: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', textAlign: 'end' },
  chartTrack: { position: 'relative', height: '10px', borderRadius: '2px', backgroundColor: tokens.colorNeutralBackground5 },
  chartFill: { position: 'absolute', left: 0, top: 0, bottom: 0, borderRadius: '2px', minWidth: '1px' },
  chartValue: { textAlign: 'end', fontVariantNumeric: 'tabular-nums', color: tokens.colorNeutralForeground2 },
  barMet: { backgroundColor: tokens.colorPaletteGreenForeground1 },
  barNotMet: { backgroundColor: tokens.colorPaletteDarkOrangeForeground1 },
  hundred: { position: 'absolute', top: '-2px', bottom: '-2px', width: 0, borderLeft: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralForeground1}` },
  how: {
    gridColumn: '1 / -1',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    marginTop: tokens.spacingVerticalXS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  // Room for two- and three-digit numbers in front of the lines.
  people: { margin: 0, paddingLeft: '2.6em', display: 'flex', flexDirection: 'column', gap: '2px' },
  person: { overflowWrap: 'anywhere' },
  // A line of text that goes somewhere: left-aligned and wrapping like the text around it (a
  // button centres its label, which made wrapped lines at 350 px hard to read).
  member: {
    justifyContent: 'flex-start',
    textAlign: 'start',
    fontWeight: tokens.fontWeightRegular,
    height: 'auto',
    minWidth: 0,
    maxWidth: '100%',
    paddingLeft: 0,
    paddingRight: 0,
  },
  overdue: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

/**
 * Horizontal bars, one per TCCS with a target, a dashed mark at 100%; bars stop at 200%. A grid of
 * HTML rows rather than a drawing, so long names are cut with "…" at any width and stay readable.
 */
export function AttainmentChart({ figures }: { figures: Figures }): React.ReactElement | null {
  const styles = useStyles();
  const s = usePane('lang');
  const t = useT();
  const rows = React.useMemo(() => chartRows(figures, s.lang), [figures, s.lang]);
  if (!rows.length) return null;
  const cap = Math.max(1, Math.min(2, Math.max(...rows.map((r) => r.value ?? 0))));
  const at = (v: number) => `${(Math.min(v, cap) / cap) * 100}%`;
  const summary = t('chartLabel', { n: formatNumber(rows.length, s.lang) });
  return (
    <section className={styles.section} aria-labelledby="chart-title" data-testid="attainment-chart">
      <h3 className={styles.heading} id="chart-title">
        {t('chartTitle')}
      </h3>
      <Text size={200} className={styles.sub}>
        {summary}
      </Text>
      <ol className={styles.chart} aria-label={summary}>
        {rows.map((r) => (
          <li key={r.code} className={styles.chartRow} data-testid="chart-bar" data-code={r.code} title={`${r.name}: ${r.label}`}>
            <span className={styles.chartName}>{r.name}</span>
            <span className={styles.chartTrack} aria-hidden>
              <span className={mergeClasses(styles.chartFill, r.met ? styles.barMet : styles.barNotMet)} style={{ width: at(r.value ?? 0) }} />
              <span className={styles.hundred} style={{ left: at(1) }} />
            </span>
            <span className={styles.chartValue}>{r.label}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** A member's line that goes to the member's row (in the browser: shows the cells around it). */
function GoToMember({ line, children }: { line: MemberLine; children: React.ReactNode }): React.ReactElement {
  const styles = useStyles();
  const c = useController();
  const goTo = () => void c.goTo({ rule: '', variant: 'default', severity: 'info', sheet: line.sheet, cell: line.address, params: {} });
  return (
    <Button appearance="transparent" size="small" className={styles.member} onClick={goTo}>
      {children}
    </Button>
  );
}

/** Cách tính for one TCCS: the rule, and the members admitted in the year (each goes to its row). */
export function HowCounted({ code, name }: { code: string; name: string }): React.ReactElement {
  const styles = useStyles();
  const s = usePane('result');
  const t = useT();
  const year = s.result?.figures?.year ?? 0;
  const people = s.result?.officer?.admitted[code] ?? [];
  return (
    <div className={styles.how} data-testid="how-counted">
      <Text weight="semibold">{t('howTitle')}</Text>
      <Text size={200}>{t('howRule', { year, unit: name })}</Text>
      {people.length ? (
        <ol className={styles.people}>
          {people.map((p) => (
            <li key={p.address} className={styles.person} data-testid="how-member">
              <GoToMember line={p}>{t('howMember', { name: p.name, cell: p.cell, date: formatIsoDate(p.date) })}</GoToMember>
            </li>
          ))}
        </ol>
      ) : (
        <Text size={200}>{t('howNone', { year })}</Text>
      )}
    </div>
  );
}

const DUE_SHOWN = 50;

/** Probationary members due for full membership in the three months after the report date. */
export function DueList(): React.ReactElement | null {
  const styles = useStyles();
  const s = usePane('lang', 'result');
  const t = useT();
  const due = s.result?.officer?.due;
  if (!due) return null;
  const shown = due.members.slice(0, DUE_SHOWN);
  return (
    <section className={styles.section} aria-labelledby="due-title" data-testid="due">
      <h3 className={styles.heading} id="due-title">
        {t('dueTitle', { n: formatNumber(due.members.length, s.lang) })}
      </h3>
      <Text size={200} className={styles.sub}>
        {t('dueHint', { from: formatIsoDate(due.from), to: formatIsoDate(due.to) })}
      </Text>
      {shown.length ? (
        <ol className={styles.people}>
          {shown.map((p) => (
            <li key={p.address} className={styles.person} data-testid="due-member">
              <GoToMember line={p}>{t('dueLine', { name: p.name, cell: p.cell, date: formatIsoDate(p.date) })}</GoToMember>
              {p.overdue && <span className={mergeClasses(styles.overdue)}> · {t('dueOverdue')}</span>}
            </li>
          ))}
        </ol>
      ) : (
        <Text size={200}>{t('dueNone')}</Text>
      )}
      {due.members.length > shown.length && <Text size={200}>{t('dueMore', { n: formatNumber(due.members.length - shown.length, s.lang) })}</Text>}
    </section>
  );
}
