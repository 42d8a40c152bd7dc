/**
 * Attainment: the district total first, then each TCCS with admitted / target, a percent bar
 * and Đạt / Chưa đạt; sortable. A list rather than a table, so that names stay readable at the
 * task pane's width (about 350 px).
 */
import { Badge, Field, makeStyles, mergeClasses, Select, Text, tokens } from '@fluentui/react-components';
import * as React from 'react';
import type { MessageKey } from '../i18n';
import { attainmentRows, SORT_CHOICES, sortChoiceOf, sortRows, type AttainmentRow, type Verdict } from '../logic/attainment';
import { formatIsoDate, formatNumber } from '../logic/format';
import { useController, usePaneState, useT } from './useController';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase400 },
  sub: { color: tokens.colorNeutralForeground2, display: 'block' },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  cardTop: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  big: { fontSize: tokens.fontSizeHero700, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightHero700 },
  track: {
    height: '8px',
    borderRadius: '4px',
    backgroundColor: tokens.colorNeutralBackground5,
    overflow: 'hidden',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  trackSmall: { height: '6px' },
  fill: { height: '100%' },
  met: { backgroundColor: tokens.colorPaletteGreenForeground1 },
  notMet: { backgroundColor: tokens.colorPaletteDarkOrangeForeground1 },
  none: { backgroundColor: 'transparent' },
  sort: { maxWidth: '320px' },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  item: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto',
    columnGap: tokens.spacingHorizontalS,
    rowGap: '2px',
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  pct: { fontWeight: tokens.fontWeightSemibold, textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
  numbers: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  verdict: { textAlign: 'end', fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, fontWeight: tokens.fontWeightSemibold },
  verdictMet: { color: tokens.colorPaletteGreenForeground1 },
  verdictNotMet: { color: tokens.colorPaletteRedForeground1 },
  verdictNone: { color: tokens.colorNeutralForeground2 },
  bar: { gridColumn: '1 / -1' },
  empty: { color: tokens.colorNeutralForeground2 },
});

const VERDICT_KEYS: Record<Verdict, MessageKey> = { met: 'met', notMet: 'notMet', none: 'noTarget' };

function Bar({ row, small }: { row: AttainmentRow; small?: boolean }): React.ReactElement {
  const styles = useStyles();
  const color = row.verdict === 'met' ? styles.met : row.verdict === 'notMet' ? styles.notMet : styles.none;
  return (
    <div className={mergeClasses(styles.track, small && styles.trackSmall, small && styles.bar)} aria-hidden>
      <div className={mergeClasses(styles.fill, color)} style={{ width: `${row.bar}%` }} />
    </div>
  );
}

function UnitItem({ row }: { row: AttainmentRow }): React.ReactElement {
  const styles = useStyles();
  const s = usePaneState();
  const t = useT();
  const n = (x: number) => formatNumber(x, s.lang);
  const verdictClass = row.verdict === 'met' ? styles.verdictMet : row.verdict === 'notMet' ? styles.verdictNotMet : styles.verdictNone;
  return (
    <li className={styles.item} data-testid="unit-row" data-code={row.code}>
      <span className={styles.name}>{row.name || row.code}</span>
      <span className={styles.pct} data-testid="unit-percent">
        {row.percent}
      </span>
      <span className={styles.numbers}>
        {row.code} · {t('colAdmittedShort')} <span data-testid="unit-admitted">{n(row.admitted)}</span> / {t('colTargetShort')}{' '}
        <span data-testid="unit-target">{row.target === null ? '—' : n(row.target)}</span>
      </span>
      <span className={mergeClasses(styles.verdict, verdictClass)} data-testid="unit-verdict">
        {/* A target of 0 is a target: no verdict, but not "no target" either. */}
        {row.target === 0 ? '—' : t(VERDICT_KEYS[row.verdict])}
      </span>
      <Bar row={row} small />
    </li>
  );
}

export function AttainmentPanel(): React.ReactElement {
  const styles = useStyles();
  const c = useController();
  const s = usePaneState();
  const t = useT();
  const figures = s.result?.figures ?? null;
  const rows = React.useMemo(() => (figures ? attainmentRows(figures) : null), [figures]);
  const sorted = React.useMemo(() => (rows ? sortRows(rows.units, s.sort.key, s.sort.dir, s.lang) : []), [rows, s.sort, s.lang]);
  if (!s.result) return <Text className={styles.empty}>{t('figuresHintEmpty')}</Text>;
  if (!figures || !rows) return <Text className={styles.empty}>{t('noFigures')}</Text>;
  const d = figures.district;
  const n = (x: number) => formatNumber(x, s.lang);
  const verdictColor = rows.district.verdict === 'met' ? 'success' : rows.district.verdict === 'notMet' ? 'danger' : 'informative';
  return (
    <div className={styles.panel} data-testid="figures">
      <div>
        <h2 className={styles.heading}>{t('attainmentTitle', { year: figures.year })}</h2>
        <Text size={200} className={styles.sub}>
          {t('asOfDate', { date: formatIsoDate(figures.asOf) })}
        </Text>
      </div>
      <section className={styles.card} aria-labelledby="district-title" data-testid="district">
        <Text weight="semibold" id="district-title">
          {t('district')}
          {d.name ? ` — ${d.name}` : ''}
        </Text>
        <div className={styles.cardTop}>
          <span className={styles.big} data-testid="district-percent">
            {rows.district.percent}
          </span>
          <Badge appearance="filled" color={verdictColor} data-testid="district-verdict">
            {t(VERDICT_KEYS[rows.district.verdict])}
          </Badge>
        </div>
        <Bar row={rows.district} />
        <Text data-testid="district-admitted">
          {d.target === null
            ? t('admittedNoTarget', { admitted: n(d.admitted) })
            : t('admittedOfTarget', { admitted: n(d.admitted), target: n(d.target) })}
        </Text>
        <Text size={200} className={styles.sub}>
          {t('districtMembers', { members: n(d.members), tccs: n(d.tccs), dbcs: n(d.dangBoCoSo), cbcs: n(d.chiBoCoSo), cells: n(d.cellsUnderCommittees) })}
        </Text>
      </section>
      <Field label={t('sortBy')} className={styles.sort}>
        <Select
          value={sortChoiceOf(s.sort)}
          onChange={(_, v) => {
            const choice = SORT_CHOICES.find((x) => x.id === v.value);
            if (choice) c.setSort({ key: choice.key, dir: choice.dir });
          }}
          data-testid="sort"
        >
          {SORT_CHOICES.map((choice) => (
            <option key={choice.id} value={choice.id}>
              {t(`sort_${choice.id}` as MessageKey)}
            </option>
          ))}
        </Select>
      </Field>
      <ol className={styles.list} aria-label={t('unitsList')} data-testid="units">
        {sorted.map((r) => (
          <UnitItem key={r.code} row={r} />
        ))}
      </ol>
    </div>
  );
}
