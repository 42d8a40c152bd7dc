/**
 * In Excel, "Gộp sổ": the province officer picks the communes' workbooks (files or a folder);
 * they are read in the pane, on this computer, with the open workbook, merged, and the summary
 * sheets inserted into the open workbook.
 */
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { DocumentMultiple20Regular } from '@fluentui/react-icons';
import * as React from 'react';
import { WORKBOOK_ACCEPT } from '../../hosts/workbook';
import { FolderButton, MergedFileList } from './MergedFiles';
import { namedFiles, readWorkbooks, type NamedFile } from './pick-files';
import { useController, usePane, useT } from './useController';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  summary: { cursor: 'pointer', fontWeight: tokens.fontWeightSemibold },
  body: { color: tokens.colorNeutralForeground2 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  input: { display: 'none' },
});

export function MergePanel(): React.ReactElement {
  const styles = useStyles();
  const c = useController();
  const s = usePane('busy', 'merged');
  const t = useT();
  const input = React.useRef<HTMLInputElement>(null);
  const merge = async (files: NamedFile[]) => {
    if (files.length) await c.mergeWorkbooks(await readWorkbooks(files));
  };
  return (
    <details className={styles.panel} open={!!s.merged} data-testid="merge-panel">
      <summary className={styles.summary}>{t('mergeTitle')}</summary>
      <Text size={200} className={styles.body}>
        {t('mergeBody')}
      </Text>
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          icon={<DocumentMultiple20Regular />}
          onClick={() => input.current?.click()}
          disabledFocusable={!!s.busy}
          aria-label={t('mergePickLabel')}
          data-testid="merge-pick"
        >
          {t('mergePick')}
        </Button>
        <FolderButton onPick={(files) => void merge(files)} label={t('mergePickFolderLabel')} text={t('mergePickFolder')} testId="merge-folder" />
      </div>
      <MergedFileList />
      <input
        ref={input}
        className={styles.input}
        type="file"
        multiple
        accept={WORKBOOK_ACCEPT}
        tabIndex={-1}
        aria-hidden
        data-testid="merge-input"
        onChange={(e) => {
          const files = namedFiles(e.target.files);
          e.target.value = '';
          void merge(files);
        }}
      />
    </details>
  );
}
