/**
 * The findings per chi bộ, as a list to send back for correction: choose a chi bộ (or all), then
 * save it as a text file on this computer or copy it. It names members, so it stays the officer's
 * own file; the summary sent to the level above never carries it.
 */
import { Button, Field, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import { Copy20Regular, Save20Regular } from '@fluentui/react-icons';
import * as React from 'react';
import { downloadBytes } from '../download';
import { localToday, formatNumber } from '../logic/format';
import { cellListFileName, cellListText, groupTitle } from '../logic/officer';
import { usePane, useT } from './useController';

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase400 },
  sub: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  // The chi bộ names are long: the list takes the pane's width instead of its longest option's.
  select: { width: '100%', minWidth: 0 },
  // The <select> itself too, and its size contained (its height is Select's own): sized by its
  // options, the browser measures each of thousands of long names, a second and more of layout
  // on a large workbook; contained, it measures none.
  selectBox: { width: '100%', minWidth: 0, contain: 'size' },
  status: { color: tokens.colorNeutralForeground2 },
});

export function CellLists(): React.ReactElement | null {
  const styles = useStyles();
  const s = usePane('fileName', 'lang', 'result');
  const t = useT();
  const [code, setCode] = React.useState('');
  const [status, setStatus] = React.useState('');
  // A large workbook has thousands of chi bộ with findings: their options are made when the list
  // is first reached (focus, pointer), not with the findings, which are then shown sooner.
  const [listed, setListed] = React.useState(false);
  const listAll = () => setListed(true);
  const r = s.result;
  const groups = r?.officer?.byCell ?? [];
  if (!r || !groups.length) return null;
  const tccsName = new Map(r.tccs.map((u) => [u.code, u.name]));
  const chosen = groups.some((g) => g.code === code) ? code : '';
  const text = () => cellListText(r, s.lang, localToday(), chosen, s.fileName);
  const save = () => {
    const name = cellListFileName(r.year, chosen);
    // A BOM so that Notepad on old Windows reads the Vietnamese letters as UTF-8.
    downloadBytes(new TextEncoder().encode('\uFEFF' + text()), name, 'text/plain;charset=utf-8');
    setStatus(t('cellListSaved', { file: name }));
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text());
      setStatus(t('cellListCopied'));
    } catch {
      setStatus(t('cellListCopyFailed'));
    }
  };
  return (
    <section className={styles.section} aria-labelledby="cell-lists-title" data-testid="cell-lists">
      <h3 className={styles.heading} id="cell-lists-title">
        {t('cellListTitle')}
      </h3>
      <Text size={200} className={styles.sub}>
        {t('cellListHint')}
      </Text>
      <Field label={t('cellListChoose')}>
        <Select
          className={styles.select}
          select={{ className: styles.selectBox }}
          value={chosen}
          onChange={(_, d) => setCode(d.value)}
          onFocus={listAll}
          onPointerDown={listAll}
          onMouseDown={listAll}
          data-testid="cell-list-choose"
        >
          <option value="">{t('cellListAll', { n: formatNumber(groups.length, s.lang) })}</option>
          {groups
            .filter((g) => g.code && (listed || g.code === chosen))
            .map((g) => (
              <option key={g.code} value={g.code}>
                {groupTitle(g, s.lang, tccsName.get(g.tccs))}
              </option>
            ))}
        </Select>
      </Field>
      <div className={styles.actions}>
        <Button icon={<Save20Regular />} onClick={save} data-testid="cell-list-save">
          {t('cellListSave')}
        </Button>
        <Button icon={<Copy20Regular />} onClick={() => void copy()} data-testid="cell-list-copy">
          {t('cellListCopy')}
        </Button>
      </div>
      {status && (
        <Text size={200} className={styles.status} role="status" data-testid="cell-list-status">
          {status}
        </Text>
      )}
    </section>
  );
}
