/**
 * Browser mode: the page says it runs outside Excel and offers "Mở tệp" (a file picker, and
 * drag and drop of an .xlsx, .ods, .xls or CSV; several CSV files at once are one workbook). The
 * file is read on this computer; nothing is uploaded.
 */
import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { ArrowDownload20Regular, DocumentTable20Regular, FolderOpen20Regular } from '@fluentui/react-icons';
import * as React from 'react';
import { FolderButton, MergedFileList } from './MergedFiles';
import { droppedFiles, isSeveralWorkbooks, namedFiles, readWorkbooks, type NamedFile } from './pick-files';
import { isCsvName, OPENABLE_ACCEPT } from '../../hosts/workbook';
import { useController, usePane, useT } from './useController';

const useStyles = makeStyles({
  zone: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
  },
  over: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  file: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, overflowWrap: 'anywhere', minWidth: 0 },
  hint: { color: tokens.colorNeutralForeground2 },
  input: { display: 'none' },
});

export function FilePanel(): React.ReactElement {
  const styles = useStyles();
  const c = useController();
  const s = usePane('busy', 'fileDirty', 'fileName');
  const t = useT();
  const input = React.useRef<HTMLInputElement>(null);
  const [over, setOver] = React.useState(false);

  const openFile = async (file: File | undefined | null) => {
    if (!file) return;
    const bytes = await file.arrayBuffer();
    await c.openFile(bytes, file.name);
  };
  // Several CSV files picked or dropped together are one workbook, a sheet each.
  const openCsvTogether = async (files: File[]) => {
    await c.openTogether(await Promise.all(files.map(async (f) => ({ bytes: await f.arrayBuffer(), fileName: f.name }))));
  };
  // Several workbooks (picked, a folder, dropped) are read and merged; a single file is opened itself.
  const openPicked = async (files: NamedFile[]) => {
    if (isSeveralWorkbooks(files)) await c.openFiles(await readWorkbooks(files));
    else if (files.length > 1 && files.every((f) => isCsvName(f.name))) await openCsvTogether(files.map((f) => f.file));
    else await openFile(files[0]?.file);
  };

  return (
    <section aria-labelledby="file-title" className={mergeClasses(styles.zone, over && styles.over)}
      data-testid="drop-zone"
      onDragOver={(e) => {
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        if (!s.busy) void droppedFiles(e.dataTransfer).then(openPicked);
      }}
    >
      {!s.fileName && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle id="file-title">{t('browserModeTitle')}</MessageBarTitle>
            {t('browserModeBody')}
          </MessageBarBody>
        </MessageBar>
      )}
      {s.fileName && (
        <div className={styles.file} id="file-title" data-testid="file-name">
          <DocumentTable20Regular aria-hidden />
          <Text weight="semibold">{t('currentFile', { name: s.fileName })}</Text>
        </div>
      )}
      <div className={styles.buttons}>
        <Button
          appearance={s.fileName ? 'secondary' : 'primary'}
          icon={<FolderOpen20Regular />}
          onClick={() => input.current?.click()}
          disabledFocusable={!!s.busy}
          aria-label={t('openFileLabel')}
          data-testid="open-file"
        >
          {s.fileName ? t('openOtherFile') : t('openFile')}
        </Button>
        <FolderButton onPick={(files) => void openPicked(files)} label={t('openFolderLabel')} text={t('openFolder')} testId="open-folder" />
        {!s.fileName && (
          <Button appearance="subtle" onClick={() => void c.openSample()} disabledFocusable={!!s.busy} data-testid="open-sample">
            {t('useSample')}
          </Button>
        )}
        {s.fileName && s.fileDirty && (
          <Button icon={<ArrowDownload20Regular />} onClick={() => void c.saveWorkbook()} disabledFocusable={!!s.busy} title={t('downloadWorkbookHint')} data-testid="save-workbook">
            {t('downloadWorkbook')}
          </Button>
        )}
      </div>
      <Text size={200} className={styles.hint} aria-hidden>
        {t('dropHint')}
      </Text>
      <Text size={200} className={styles.hint}>
        {t('manyHint')}
      </Text>
      <MergedFileList />
      <input
        ref={input}
        className={styles.input}
        type="file"
        accept={OPENABLE_ACCEPT}
        multiple
        tabIndex={-1}
        aria-hidden
        data-testid="file-input"
        onChange={(e) => {
          // Copied before the input is cleared (which empties its list).
          const files = namedFiles(e.target.files);
          e.target.value = '';
          void openPicked(files);
        }}
      />
    </section>
  );
}
