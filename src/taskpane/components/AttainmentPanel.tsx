/**
 * Attainment: the district total first, then each TCCS with admitted / target, a percent bar
 * and Đạt / Chưa đạt; sortable. A list rather than a table, so that names stay readable at the
 * task pane's width (about 350 px).
 */
import { Badge, Field, Link, makeStyles, MessageBar, MessageBarBody, mergeClasses, Select, Text, ToggleButton, tokens } from '@fluentui/react-components';
import * as React from 'react';
import { metCount, settingSubtotals } from '../../core/setting-groups';
import { formatPercent } from '../../report/format';
import type { MessageKey } from '../i18n';
import { attainmentRows, SORT_CHOICES, sortChoiceOf, sortRows, type AttainmentRow, type Verdict } from '../logic/attainment';
import { formatIsoDate, formatNumber } from '../logic/format';
import { AttainmentChart, DueList, HowCounted } from './OfficerViews';
import { useController, usePane, useT } from './useController';

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
  headline: { fontWeight: tokens.fontWeightSemibold },
  show: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  groups: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  groupItem: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) auto', columnGap: tokens.spacingHorizontalS },
  howToggle: { gridColumn: '1 / -1', fontSize: tokens.fontSizeBase200 },
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
  const s = usePane('lang', 'result');
  const prev = s.result?.previous;
  const before = prev?.units[row.code];
  const t = useT();
  const n = (x: number) => formatNumber(x, s.lang);
  const verdictClass = row.verdict === 'met' ? styles.verdictMet : row.verdict === 'notMet' ? styles.verdictNotMet : styles.verdictNone;
  const [how, setHow] = React.useState(false);
  const howId = `how-${row.code}`;
  return (
    <li className={styles.item} data-testid="unit-row" data-code={row.code}>
      <span className={styles.name}>{row.name || row.code}</span>
      <span className={styles.pct} data-testid="unit-percent">
        {row.percent}
      </span>
      <span className={styles.numbers}>
        {row.code} · {t('colAdmittedShort')} <span data-testid="unit-admitted">{n(row.admitted)}</span> / {t('colTargetShort')}{' '}
        <span data-testid="unit-target">{row.target === null ? '—' : n(row.target)}</span>
        {prev && before && (
          <span data-testid="unit-previous">
            {' · '}
            {t('lastYearUnit', { year: prev.year, admitted: n(before.admitted), target: before.target === null ? '' : ` / ${n(before.target)}` })}
          </span>
        )}
      </span>
      <span className={mergeClasses(styles.verdict, verdictClass)} data-testid="unit-verdict">
        {/* A target of 0 is a target: no verdict, but not "no target" either. */}
        {row.target === 0 ? '—' : t(VERDICT_KEYS[row.verdict])}
      </span>
      <Bar row={row} small />
      {s.result?.officer && (
        <span className={styles.howToggle}>
          <Link as="button" onClick={() => setHow(!how)} aria-expanded={how} aria-controls={howId} data-testid="how-toggle">
            {how ? t('howHide') : t('howShow')}
          </Link>
        </span>
      )}
      {how && (
        <div id={howId} className={styles.bar}>
          <HowCounted code={row.code} name={row.name || row.code} />
        </div>
      )}
    </li>
  );
}

export function AttainmentPanel(): React.ReactElement {
  const styles = useStyles();
  const c = useController();
  const s = usePane('lang', 'result', 'sort');
  const t = useT();
  const figures = s.result?.figures ?? null;
  const rows = React.useMemo(() => (figures ? attainmentRows(figures) : null), [figures]);
  const [notMetOnly, setNotMetOnly] = React.useState(false);
  const sorted = React.useMemo(() => (rows ? sortRows(rows.units, s.sort.key, s.sort.dir, s.lang) : []), [rows, s.sort, s.lang]);
  const shown = notMetOnly ? sorted.filter((r) => r.verdict === 'notMet') : sorted;
  const groups = React.useMemo(() => (figures ? settingSubtotals(figures.units) : []), [figures]);
  if (!s.result) return <Text className={styles.empty}>{t('figuresHintEmpty')}</Text>;
  if (!figures || !rows) return <Text className={styles.empty}>{t('noFigures')}</Text>;
  const d = figures.district;
  const n = (x: number) => formatNumber(x, s.lang);
  const verdictColor = rows.district.verdict === 'met' ? 'success' : rows.district.verdict === 'notMet' ? 'danger' : 'informative';
  const count = metCount(figures.units);
  const notMet = rows.units.filter((r) => r.verdict === 'notMet').length;
  const errors = s.result.counts.error;
  const prev = s.result.previous;
  return (
    <div className={styles.panel} data-testid="figures">
      {errors > 0 && (
        <MessageBar intent="warning" layout="multiline" data-testid="figures-errors">
          <MessageBarBody>
            {t('errorsRemain', { n: n(errors) })}{' '}
            <Link as="button" onClick={() => c.setView('findings')}>
              {t('errorsRemainLink')}
            </Link>
          </MessageBarBody>
        </MessageBar>
      )}
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
        <Text className={styles.headline} data-testid="headline">
          {t('headlineMet', { met: n(count.met), tccs: n(count.tccs) })}
        </Text>
        {count.assigned !== count.tccs && (
          <Text size={200} className={styles.sub}>
            {t('headlineAssigned', { assigned: n(count.assigned) })}
          </Text>
        )}
        {d.ownTarget && d.targetSum !== null && d.target !== null && d.targetSum !== d.target && (
          <Text size={200} className={styles.sub} data-testid="targets-differ">
            {t('targetsDiffer', { own: n(d.target), sum: n(d.targetSum) })}
          </Text>
        )}
        {prev && (
          <Text size={200} className={styles.sub} data-testid="district-previous">
            {t('lastYear', {
              year: prev.year,
              admitted: n(prev.district.admitted),
              target:
                prev.district.target === null
                  ? ''
                  : t('lastYearTarget', { target: n(prev.district.target), percent: prev.district.attainment === null ? '—' : formatPercent(prev.district.attainment, s.lang) }),
            })}
          </Text>
        )}
        <Text size={200} className={styles.sub}>
          {t('districtMembers', { members: n(d.members), tccs: n(d.tccs), dbcs: n(d.dangBoCoSo), cbcs: n(d.chiBoCoSo), cells: n(d.cellsUnderCommittees) })}
        </Text>
      </section>
      {groups.length > 1 && (
        <section aria-labelledby="by-setting" data-testid="by-setting">
          <h3 className={styles.heading} id="by-setting">
            {t('bySetting')}
          </h3>
          <ul className={styles.groups}>
            {groups.map((g) => (
              <li key={g.group} className={styles.groupItem} data-testid="setting-group" data-group={g.group}>
                <span className={styles.name}>{t(`settingGroup_${g.group}` as MessageKey)}</span>
                <span className={styles.numbers}>{t('settingLine', { met: n(g.met), tccs: n(g.tccs), admitted: n(g.admitted), target: n(g.target) })}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <AttainmentChart figures={figures} />
      <div className={styles.show} role="group" aria-label={t('showUnits')}>
        <Text>{t('showUnits')}</Text>
        <ToggleButton size="small" checked={!notMetOnly} onClick={() => setNotMetOnly(false)} data-testid="show-all">
          {t('showAll', { n: n(rows.units.length) })}
        </ToggleButton>
        <ToggleButton size="small" checked={notMetOnly} onClick={() => setNotMetOnly(true)} data-testid="show-not-met">
          {t('showNotMet', { n: n(notMet) })}
        </ToggleButton>
      </div>
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
        {shown.map((r) => (
          <UnitItem key={r.code} row={r} />
        ))}
      </ol>
      {notMetOnly && !shown.length && <Text className={styles.empty}>{t('noneNotMet')}</Text>}
      <DueList />
    </div>
  );
}
