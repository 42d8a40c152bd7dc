/** Browser mode's stand-in for selecting a cell: the cells around it, the cell itself outlined. */
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { Dismiss16Regular } from '@fluentui/react-icons';
import * as React from 'react';
import { useController, usePane, useT } from './useController';

const useStyles = makeStyles({
  box: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  head: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  scroll: { overflowX: 'auto', maxWidth: '100%' },
  grid: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, tableLayout: 'fixed' },
  th: {
    maxWidth: '110px',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    backgroundColor: tokens.colorNeutralBackground4,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightRegular,
    padding: '2px 4px',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    textAlign: 'center',
  },
  td: {
    padding: '2px 4px',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    maxWidth: '110px',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  at: { outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px', fontWeight: tokens.fontWeightSemibold },
  note: { color: tokens.colorNeutralForeground2 },
  related: { borderTop: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}` },
  relatedAt: { outline: `${tokens.strokeWidthThin} dashed ${tokens.colorPaletteRedBorder2}`, outlineOffset: '-2px' },
});

export function CellPreview(): React.ReactElement | null {
  const styles = useStyles();
  const c = useController();
  const s = usePane('preview');
  const t = useT();
  const p = s.preview;
  if (!p) return null;
  // The conflicting row: marked among the rows shown, or added under them when it is elsewhere.
  const relatedShown = !!p.related && p.rows.some((r) => r.row === p.related!.row);
  return (
    <section className={styles.box} aria-labelledby="preview-title" data-testid="cell-preview" aria-live="polite">
      <div className={styles.head}>
        <Text weight="semibold" id="preview-title">
          {t('cellPreviewTitle', { cell: p.cell, sheet: p.file ? `${p.file} › ${p.sheet}` : p.sheet })}
        </Text>
        <Button appearance="subtle" size="small" icon={<Dismiss16Regular />} aria-label={t('closePreview')} onClick={c.closePreview} />
      </div>
      <div className={styles.scroll} tabIndex={0} role="region" aria-label={t('cellPreviewTitle', { cell: p.cell, sheet: p.file ? `${p.file} › ${p.sheet}` : p.sheet })}>
        <table className={styles.grid}>
          <thead>
            <tr>
              <th className={styles.th} scope="col" />
              {p.columns.map((col, j) => {
                // The sheet's own header names the column; the letter stays as its tooltip.
                const header = p.headers?.[j];
                return (
                  <th key={col} className={styles.th} scope="col" title={header ? `${col}: ${header}` : col}>
                    {header || col}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {p.rows.map((r, i) => (
              <tr key={r.row}>
                <th className={styles.th} scope="row">
                  {r.row}
                </th>
                {r.values.map((v, j) => (
                  <td
                    key={j}
                    className={
                      i === p.at.row && j === p.at.col
                        ? `${styles.td} ${styles.at}`
                        : relatedShown && r.row === p.related!.row && j === p.at.col
                          ? `${styles.td} ${styles.relatedAt}`
                          : styles.td
                    }
                    data-testid={relatedShown && r.row === p.related!.row && j === p.at.col ? 'preview-related' : undefined}
                    title={v}
                  >
                    {v}
                  </td>
                ))}
              </tr>
            ))}
            {p.related && !relatedShown && (
              <tr data-testid="preview-related" className={styles.related}>
                <th className={styles.th} scope="row" title={t('previewRelated')}>
                  {p.related.row}
                </th>
                {p.related.values.map((v, j) => (
                  <td key={j} className={j === p.at.col ? `${styles.td} ${styles.relatedAt}` : styles.td} title={v}>
                    {v}
                  </td>
                ))}
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <Text size={200} className={styles.note}>
        {p.related ? t('previewRelatedNote', { row: p.related.row }) : t('cellPreviewNote')}
      </Text>
    </section>
  );
}
