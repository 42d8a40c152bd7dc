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
import { useController, usePaneState, useT } from './useController';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase400 },
  sub: { color: tokens.colorNeutralForeground2, display: 'block' },
  chart: { width: '100%', height: 'auto', display: 'block', overflow: 'visible' },
  label: { fill: tokens.colorNeutralForeground1, fontSize: '11px' },
  value: { fill: tokens.colorNeutralForeground2, fontSize: '11px', fontVariantNumeric: 'tabular-nums' },
  barMet: { fill: tokens.colorPaletteGreenForeground1 },
  barNotMet: { fill: tokens.colorPaletteDarkOrangeForeground1 },
  track: { fill: tokens.colorNeutralBackground5 },
  hundred: { stroke: tokens.colorNeutralForeground1, strokeWidth: 1, strokeDasharray: '3 2' },
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
  people: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: '2px' },
  person: { overflowWrap: 'anywhere' },
  overdue: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

/** Horizontal bars, one per TCCS with a target, a dashed line at 100%; bars stop at 200%. */
export function AttainmentChart({ figures }: { figures: Figures }): React.ReactElement | null {
  const styles = useStyles();
  const s = usePaneState();
  const t = useT();
  const rows = React.useMemo(() => chartRows(figures, s.lang), [figures, s.lang]);
  if (!rows.length) return null;
  const row = 18;
  const labelW = 130;
  const valueW = 44;
  const width = 330;
  const plot = width - labelW - valueW;
  const cap = Math.max(1, Math.min(2, Math.max(...rows.map((r) => r.value ?? 0))));
  const x = (v: number) => labelW + (Math.min(v, cap) / cap) * plot;
  const height = rows.length * row + 4;
  const summary = t('chartLabel', { n: formatNumber(rows.length, s.lang) });
  return (
    <section className={styles.section} aria-labelledby="chart-title" data-testid="attainment-chart">
      <h3 className={styles.heading} id="chart-title">
        {t('chartTitle')}
      </h3>
      <Text size={200} className={styles.sub}>
        {summary}
      </Text>
      <svg className={styles.chart} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={summary}>
        {rows.map((r, i) => {
          const y = i * row + 2;
          const name = r.name.length > 22 ? `${r.name.slice(0, 21)}…` : r.name;
          return (
            <g key={r.code} data-testid="chart-bar" data-code={r.code}>
              <title>{`${r.name}: ${r.label}`}</title>
              <text className={styles.label} x={labelW - 4} y={y + 12} textAnchor="end">
                {name}
              </text>
              <rect className={styles.track} x={labelW} y={y + 3} width={plot} height={row - 7} rx={2} />
              <rect className={r.met ? styles.barMet : styles.barNotMet} x={labelW} y={y + 3} width={Math.max(1, x(r.value ?? 0) - labelW)} height={row - 7} rx={2} />
              <text className={styles.value} x={width - 2} y={y + 12} textAnchor="end">
                {r.label}
              </text>
            </g>
          );
        })}
        <line className={styles.hundred} x1={x(1)} x2={x(1)} y1={0} y2={height} />
      </svg>
    </section>
  );
}

/** A member's line that goes to the member's row (in the browser: shows the cells around it). */
function GoToMember({ line, children }: { line: MemberLine; children: React.ReactNode }): React.ReactElement {
  const c = useController();
  const goTo = () => void c.goTo({ rule: '', variant: 'default', severity: 'info', sheet: line.sheet, cell: line.address, params: {} });
  return (
    <Button appearance="transparent" size="small" onClick={goTo}>
      {children}
    </Button>
  );
}

/** Cách tính for one TCCS: the rule, and the members admitted in the year (each goes to its row). */
export function HowCounted({ code, name }: { code: string; name: string }): React.ReactElement {
  const styles = useStyles();
  const s = usePaneState();
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
  const s = usePaneState();
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
