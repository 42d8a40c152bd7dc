/**
 * Findings: the counts by severity first (each a filter toggle), then the groups by rule with
 * their first few and "+N more", filterable by sheet and TCCS. A finding's address goes to its
 * cell; a safe fix can be applied after a confirmation, and undone.
 */
import {
  Badge,
  Button,
  Field,
  Link,
  makeStyles,
  mergeClasses,
  Select,
  Text,
  ToggleButton,
  tokens,
} from '@fluentui/react-components';
import { Checkmark12Filled, Checkmark16Regular, ErrorCircle16Filled, Info16Filled, Warning16Filled, Wrench16Regular } from '@fluentui/react-icons';
import * as React from 'react';
import { CellLists } from './CellLists';
import type { Severity } from '../../core/findings';
import { findingMessage, ruleTitleOf, SEVERITIES } from '../../core/findings';
import type { MessageKey } from '../i18n';
import { filterFindings, findingSheets, findingTccsOptions, groupKey, groupListed, type FindingGroupView, type ListedFinding } from '../logic/findings-view';
import { isFixable } from '../logic/fixes';
import { formatNumber } from '../logic/format';
import { CellPreview } from './CellPreview';
import { useController, usePane, useT } from './useController';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  counts: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  countsCaption: { color: tokens.colorNeutralForeground2, flexBasis: '100%' },
  // A filter chip: a box that is ticked when the severity is shown, the icon, the label and the count.
  count: { minWidth: 0, gap: '6px', fontWeight: tokens.fontWeightRegular },
  countOff: { color: tokens.colorNeutralForeground3, backgroundColor: 'transparent' },
  countNumber: { fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: 'tabular-nums' },
  box: {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    width: '14px',
    height: '14px',
    borderRadius: tokens.borderRadiusSmall,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStrokeAccessible}`,
    flexShrink: 0,
  },
  boxOn: {
    backgroundColor: tokens.colorCompoundBrandBackground,
    borderTopColor: tokens.colorCompoundBrandBackground,
    borderRightColor: tokens.colorCompoundBrandBackground,
    borderBottomColor: tokens.colorCompoundBrandBackground,
    borderLeftColor: tokens.colorCompoundBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  filters: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(140px, 1fr))',
    gap: tokens.spacingHorizontalM,
    alignItems: 'start',
  },
  select: { width: '100%', minWidth: 0 },
  // The <select> at the pane's width, its size contained (its height is Select's own): not
  // sized by its options (hundreds of TCCS names, each measured otherwise).
  selectBox: { width: '100%', minWidth: 0, contain: 'size' },
  summary: { color: tokens.colorNeutralForeground2 },
  group: {
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
  },
  groupHead: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS, margin: 0 },
  groupTitle: {
    flex: '1 1 auto',
    minWidth: 0,
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase300,
    display: 'flex',
    gap: tokens.spacingHorizontalXS,
    alignItems: 'flex-start',
  },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { display: 'flex', flexDirection: 'column', gap: '2px', paddingLeft: tokens.spacingHorizontalL, minWidth: 0 },
  address: {
    fontWeight: tokens.fontWeightSemibold,
    alignSelf: 'flex-start',
    overflowWrap: 'anywhere',
    textAlign: 'start',
    // A clear ring, not only Fluent's double underline: staff navigate long lists by keyboard.
    ':focus-visible': {
      outlineStyle: 'solid',
      outlineWidth: tokens.strokeWidthThick,
      outlineColor: tokens.colorStrokeFocus2,
      outlineOffset: '2px',
      borderRadius: tokens.borderRadiusSmall,
    },
  },
  message: { overflowWrap: 'anywhere' },
  fixRow: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  suggestion: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  fixed: { textDecorationLine: 'line-through', color: tokens.colorNeutralForeground2 },
  error: { color: tokens.colorPaletteRedForeground1, flexShrink: 0, marginTop: '2px' },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1, flexShrink: 0, marginTop: '2px' },
  info: { color: tokens.colorPaletteBlueForeground2, flexShrink: 0, marginTop: '2px' },
  more: { alignSelf: 'flex-start', marginLeft: tokens.spacingHorizontalL },
  empty: { color: tokens.colorNeutralForeground2 },
});

const SEVERITY_KEYS: Record<Severity, MessageKey> = { error: 'severity_error', warning: 'severity_warning', info: 'severity_info' };

export function SeverityIcon({ severity }: { severity: Severity }): React.ReactElement {
  const styles = useStyles();
  if (severity === 'error') return <ErrorCircle16Filled className={styles.error} aria-hidden />;
  if (severity === 'warning') return <Warning16Filled className={styles.warning} aria-hidden />;
  return <Info16Filled className={styles.info} aria-hidden />;
}

function FindingItem({ item }: { item: ListedFinding }): React.ReactElement {
  const styles = useStyles();
  const c = useController();
  const s = usePane('busy', 'fixed', 'lang', 'merged', 'preview', 'result');
  const t = useT();
  const f = item.finding;
  const fixed = c.isFixed(f);
  const fixable = isFixable(f);
  // With several workbooks read together, the workbook comes first: `X01.xlsx › DangVien!C8`.
  const where = (f.file ? `${f.file} › ` : '') + (f.cell ? `${f.sheet}!${f.cell}` : `${f.sheet} (${t('noCell')})`);
  return (
    <li className={styles.item} data-testid="finding" data-rule={f.rule} data-cell={f.cell} data-sheet={f.sheet} data-file={f.file}>
      {f.cell ? (
        <Link
          as="button"
          className={styles.address}
          onClick={() => void c.goTo(f)}
          aria-label={t('goTo', { cell: f.cell, sheet: f.sheet })}
          data-testid="finding-link"
        >
          {where}
        </Link>
      ) : (
        // A finding about a whole sheet (one that is missing, say): nowhere to go.
        <Text weight="semibold" className={styles.message}>
          {where}
        </Text>
      )}
      <Text className={mergeClasses(styles.message, fixed && styles.fixed)}>{findingMessage(f, s.lang, s.result?.ruleTexts ?? {}, true)}</Text>
      {f.suggestion !== undefined && f.suggestion !== '' && (
        <div className={styles.fixRow}>
          <Text className={styles.suggestion} size={200}>
            {t('suggestion', { value: f.suggestion })}
          </Text>
          {fixable && !fixed && (
            <Button
              size="small"
              icon={<Wrench16Regular />}
              onClick={() => c.askFix([f])}
              disabledFocusable={!!s.busy}
              aria-label={t('fixLabel', { cell: f.cell, value: f.suggestion })}
              data-testid="fix"
            >
              {t('fix')}
            </Button>
          )}
          {fixed && (
            <Badge appearance="tint" color="success" icon={<Checkmark16Regular />}>
              {t('fixed')}
            </Badge>
          )}
        </div>
      )}
      {s.preview && s.preview.sheet === f.sheet && s.preview.cell === f.cell && s.preview.file === (c.isOpenWorkbook(f) ? undefined : f.file) && <CellPreview />}
    </li>
  );
}

function Group({ group }: { group: FindingGroupView }): React.ReactElement {
  const styles = useStyles();
  const c = useController();
  const s = usePane('busy', 'expanded', 'fixed', 'lang', 'result');
  const t = useT();
  const title = ruleTitleOf(group.rule, s.lang, s.result?.ruleTexts ?? {});
  const key = groupKey(group.rule, group.severity);
  // Over a group of thousands, once per change of the group or of the cells fixed (not on every redraw).
  const anyFixed = Object.keys(s.fixed).length > 0;
  const fixable = React.useMemo(
    () => group.all.filter((i) => isFixable(i.finding) && !(anyFixed && c.isFixed(i.finding))),
    [group.all, s.fixed, anyFixed, c],
  );
  const headingId = `group-${group.rule}-${group.severity}`;
  return (
    <section className={styles.group} aria-labelledby={headingId} data-testid="finding-group" data-rule={group.rule}>
      <div className={styles.groupHead}>
        <h3 className={styles.groupTitle} id={headingId}>
          <SeverityIcon severity={group.severity} />
          <span>
            {group.rule} · {title}{' '}
            <Badge appearance="tint" color="informative" aria-label={t('ruleCount', { n: group.count })}>
              {formatNumber(group.count, s.lang)}
            </Badge>
          </span>
        </h3>
        {fixable.length > 1 && (
          <Button
            size="small"
            icon={<Wrench16Regular />}
            onClick={() => c.askFix(fixable.map((i) => i.finding))}
            disabledFocusable={!!s.busy}
            aria-label={t('fixAllLabel', { n: fixable.length, rule: `${group.rule} ${title}` })}
            data-testid="fix-all"
          >
            {t('fixAll', { n: formatNumber(fixable.length, s.lang) })}
          </Button>
        )}
      </div>
      <ul className={styles.list}>
        {group.shown.map((item) => (
          <FindingItem key={item.index} item={item} />
        ))}
      </ul>
      {group.more > 0 && (
        <Button
          appearance="transparent"
          className={styles.more}
          onClick={() => c.showMore(key)}
          aria-label={t('moreLabel', { n: group.more, rule: `${group.rule} ${title}` })}
          data-testid="more"
        >
          {t('more', { n: formatNumber(group.more, s.lang) })}
        </Button>
      )}
      {group.more === 0 && s.expanded[key] !== undefined && (
        <Button appearance="transparent" className={styles.more} onClick={() => c.showLess(key)}>
          {t('less')}
        </Button>
      )}
    </section>
  );
}

export function Counts(): React.ReactElement | null {
  const styles = useStyles();
  const c = useController();
  const s = usePane('filter', 'lang', 'result');
  const t = useT();
  const r = s.result;
  if (!r) return null;
  const label = t('countsLabel', { error: r.counts.error, warning: r.counts.warning, info: r.counts.info });
  return (
    <div className={styles.counts} role="group" aria-label={label} data-testid="counts">
      <Text size={200} className={styles.countsCaption} aria-hidden>
        {t('countsCaption')}
      </Text>
      {SEVERITIES.map((sev) => {
        const on = s.filter.severities.includes(sev);
        return (
          <ToggleButton
            key={sev}
            size="small"
            appearance={on ? 'secondary' : 'subtle'}
            className={mergeClasses(styles.count, !on && styles.countOff)}
            checked={on}
            onClick={() => c.toggleSeverity(sev)}
            aria-label={t('showSeverity', { severity: t(SEVERITY_KEYS[sev]), n: r.counts[sev] })}
            data-testid={`count-${sev}`}
            data-count={r.counts[sev]}
            icon={
              <span className={mergeClasses(styles.box, on && styles.boxOn)} aria-hidden>
                {on && <Checkmark12Filled />}
              </span>
            }
          >
            <SeverityIcon severity={sev} />
            <span>{t(SEVERITY_KEYS[sev])}</span>
            <span className={styles.countNumber}>{formatNumber(r.counts[sev], s.lang)}</span>
          </ToggleButton>
        );
      })}
    </div>
  );
}

export function FindingsPanel(): React.ReactElement {
  const styles = useStyles();
  const c = useController();
  const s = usePane('expanded', 'filter', 'lang', 'result');
  const t = useT();
  const r = s.result;
  const listed = React.useMemo(() => (r ? filterFindings(r, s.filter) : []), [r, s.filter]);
  const groups = React.useMemo(() => groupListed(listed, (k) => s.expanded[k] ?? 5), [listed, s.expanded]);
  const sheets = React.useMemo(() => (r ? findingSheets(r) : []), [r]);
  const tccs = React.useMemo(() => (r ? findingTccsOptions(r) : []), [r]);
  if (!r) {
    return (
      <Text className={styles.empty} data-testid="findings-empty">
        {t('noResultYet')}
      </Text>
    );
  }
  return (
    <div className={styles.panel} data-testid="findings">
      <Counts />
      {r.findings.length > 0 && (
        <div className={styles.filters} role="group" aria-label={t('filters')}>
          <Field label={t('filterSheet')}>
            <Select className={styles.select} select={{ className: styles.selectBox }} value={s.filter.sheet} onChange={(_, d) => c.setFilter({ sheet: d.value })} data-testid="filter-sheet">
              <option value="">{t('filterAll')}</option>
              {sheets.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t('filterTccs')}>
            <Select className={styles.select} select={{ className: styles.selectBox }} value={s.filter.tccs} onChange={(_, d) => c.setFilter({ tccs: d.value })} data-testid="filter-tccs">
              <option value="">{t('filterAll')}</option>
              {tccs.map((u) => (
                <option key={u.code} value={u.code}>
                  {u.name || u.code} ({formatNumber(u.count, s.lang)})
                </option>
              ))}
            </Select>
          </Field>
        </div>
      )}
      {r.findings.length === 0 ? (
        <Text data-testid="no-findings">{t('noFindings')}</Text>
      ) : (
        <Text size={200} className={styles.summary} aria-live="polite">
          {listed.length ? t('filteredCount', { shown: formatNumber(listed.length, s.lang), total: formatNumber(r.findings.length, s.lang) }) : t('filteredNone')}
        </Text>
      )}
      {groups.map((g) => (
        <Group key={groupKey(g.rule, g.severity)} group={g} />
      ))}
      <CellLists />
    </div>
  );
}
