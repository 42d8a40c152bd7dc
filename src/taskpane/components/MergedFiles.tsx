/**
 * Several workbooks together: the folder button (a directory picker) and the list of the workbooks
 * the result is of, as the findings name them.
 */
import { Button, makeStyles, Text, tokens, Tooltip } from '@fluentui/react-components';
import { DocumentTable16Regular, FolderOpen20Regular } from '@fluentui/react-icons';
import * as React from 'react';
import { namedFiles, type NamedFile } from './pick-files';
import { usePane, useT } from './useController';

const useStyles = makeStyles({
  input: { display: 'none' },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  item: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, overflowWrap: 'anywhere', minWidth: 0 },
  summary: { cursor: 'pointer' },
});

/** A hidden directory input (`webkitdirectory`: Chromium, Edge, Firefox, Safari) and the button that opens it. */
export function FolderButton(props: { onPick: (files: NamedFile[]) => void; label: string; text: string; testId: string; appearance?: 'secondary' | 'subtle' }): React.ReactElement {
  const styles = useStyles();
  const s = usePane('busy');
  const t = useT();
  const input = React.useRef<HTMLInputElement>(null);
  React.useEffect(() => {
    // Not a React attribute: set on the element itself.
    input.current?.setAttribute('webkitdirectory', '');
    input.current?.setAttribute('directory', '');
  }, []);
  return (
    <>
      <Tooltip content={t('folderPromptNote')} relationship="description" withArrow>
        <Button
          appearance={props.appearance ?? 'secondary'}
          icon={<FolderOpen20Regular />}
          onClick={() => input.current?.click()}
          disabledFocusable={!!s.busy}
          aria-label={props.label}
          data-testid={props.testId}
        >
          {props.text}
        </Button>
      </Tooltip>
      <input
        ref={input}
        className={styles.input}
        type="file"
        multiple
        tabIndex={-1}
        aria-hidden
        data-testid={`${props.testId}-input`}
        onChange={(e) => {
          const files = namedFiles(e.target.files);
          e.target.value = '';
          if (files.length) props.onPick(files);
        }}
      />
    </>
  );
}

/** The workbooks read together (folded when many). */
export function MergedFileList(): React.ReactElement | null {
  const styles = useStyles();
  const s = usePane('merged');
  const t = useT();
  const files = s.merged?.files;
  if (!files?.length) return null;
  return (
    <details open={files.length <= 8} data-testid="merged-files">
      <summary className={styles.summary}>
        <Text weight="semibold">{t('mergedFilesTitle', { n: files.length })}</Text>
      </summary>
      <ul className={styles.list}>
        {files.map((f) => (
          <li key={f} className={styles.item} data-testid="merged-file">
            <DocumentTable16Regular aria-hidden />
            <Text size={200}>{f}</Text>
          </li>
        ))}
      </ul>
    </details>
  );
}
