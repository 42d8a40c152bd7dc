/**
 * The level above the grassroots (a province's communes, wards, special zones and its own
 * committees): each one's target, admissions and attainment, and the workbook it came from —
 * the figures a province officer reads first after merging the communes' workbooks.
 */
import { makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import * as React from 'react';
import { formatPercent } from '../../report/format';
import type { MessageKey } from '../i18n';
import { formatNumber } from '../logic/format';
import { usePane, useT } from './useController';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, marginBottom: tokens.spacingVerticalM },
  caption: { color: tokens.colorNeutralForeground2 },
  scroll: { overflowX: 'auto' },
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase200 },
  th: { textAlign: 'start', fontWeight: tokens.fontWeightSemibold, padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}` },
  td: { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, overflowWrap: 'anywhere' },
  num: { textAlign: 'end', whiteSpace: 'nowrap' },
  file: { color: tokens.colorNeutralForeground2 },
  met: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  notMet: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

const VERDICT: Record<string, MessageKey> = { met: 'met', notMet: 'notMet', none: 'noTarget' };

export function GroupsPanel(): React.ReactElement | null {
  const styles = useStyles();
  const s = usePane('lang', 'result');
  const t = useT();
  const groups = s.result?.figures?.groups ?? [];
  if (!groups.length) return null;
  const n = (x: number | null) => (x === null ? '—' : formatNumber(x, s.lang));
  return (
    <section className={styles.panel} aria-labelledby="groups-title" data-testid="groups">
      <Text as="h3" weight="semibold" id="groups-title">
        {t('groupsTitle', { n: groups.length })}
      </Text>
      <Text size={200} className={styles.caption}>
        {t('groupsCaption')}
      </Text>
      <div className={styles.scroll}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th className={styles.th}>{t('groupName')}</th>
              <th className={mergeClasses(styles.th, styles.num)}>{t('groupTccs')}</th>
              <th className={mergeClasses(styles.th, styles.num)}>{t('groupTarget')}</th>
              <th className={mergeClasses(styles.th, styles.num)}>{t('groupAdmitted')}</th>
              <th className={mergeClasses(styles.th, styles.num)}>{t('groupAttainment')}</th>
            </tr>
          </thead>
          <tbody>
            {groups.map((g) => (
              <tr key={`${g.file ?? ''}/${g.code}`} data-testid="group" data-code={g.code} data-verdict={g.verdict}>
                <td className={styles.td}>
                  {g.name || g.code}
                  {g.file && (
                    <>
                      <br />
                      <span className={styles.file} data-testid="group-file">
                        {g.file}
                      </span>
                    </>
                  )}
                </td>
                <td className={mergeClasses(styles.td, styles.num)}>{n(g.tccs)}</td>
                <td className={mergeClasses(styles.td, styles.num)}>{n(g.target)}</td>
                <td className={mergeClasses(styles.td, styles.num)}>{n(g.admitted)}</td>
                <td className={mergeClasses(styles.td, styles.num, g.verdict === 'met' ? styles.met : g.verdict === 'notMet' ? styles.notMet : undefined)} data-testid="group-attainment">
                  {g.attainment === null ? t(VERDICT[g.verdict]) : formatPercent(g.attainment, s.lang)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
