/** The buttons: check, figures, insert, the statistical forms, export, mark, clear marks, template, the drafted report. */
import { Button, makeStyles, tokens, Tooltip } from '@fluentui/react-components';
import {
  ArrowDownload20Regular,
  Calculator20Regular,
  CheckmarkCircle20Regular,
  DocumentAdd20Regular,
  DocumentTable20Regular,
  DocumentText20Regular,
  Eraser20Regular,
  Highlight20Regular,
  TableAdd20Regular,
} from '@fluentui/react-icons';
import * as React from 'react';
import type { MessageKey } from '../i18n';
import type { ActionId } from '../logic/controller';
import { useController, usePane, useT } from './useController';

const useStyles = makeStyles({
  bar: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))',
    gap: tokens.spacingVerticalS,
  },
  button: {
    justifyContent: 'flex-start',
    textAlign: 'start',
    minWidth: 0,
    whiteSpace: 'normal',
    height: 'auto',
    minHeight: '32px',
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
});

interface ActionDef {
  id: ActionId;
  label: MessageKey;
  hint: MessageKey;
  /** The hint in browser mode, where the action does something else. */
  browserHint?: MessageKey;
  icon: React.ReactElement;
  primary?: boolean;
  /** Needs an open file in browser mode. */
  needsFile?: boolean;
}

export const ACTIONS: ActionDef[] = [
  { id: 'check', label: 'check', hint: 'checkHint', icon: <CheckmarkCircle20Regular />, primary: true, needsFile: true },
  { id: 'figures', label: 'figures', hint: 'figuresHint', icon: <Calculator20Regular />, needsFile: true },
  { id: 'insert', label: 'insert', hint: 'insertHint', icon: <TableAdd20Regular />, needsFile: true },
  { id: 'forms', label: 'insertForms', hint: 'insertFormsHint', browserHint: 'insertFormsHintBrowser', icon: <DocumentTable20Regular />, needsFile: true },
  { id: 'export', label: 'export', hint: 'exportHint', icon: <ArrowDownload20Regular />, needsFile: true },
  { id: 'mark', label: 'mark', hint: 'markHint', icon: <Highlight20Regular />, needsFile: true },
  { id: 'clear', label: 'clearMarks', hint: 'clearMarksHint', icon: <Eraser20Regular />, needsFile: true },
  { id: 'template', label: 'template', hint: 'templateHint', icon: <DocumentAdd20Regular /> },
  { id: 'report', label: 'report', hint: 'reportHint', browserHint: 'reportHintBrowser', icon: <DocumentText20Regular />, needsFile: true },
];

export function ActionBar(): React.ReactElement {
  const styles = useStyles();
  const c = useController();
  const s = usePane('busy', 'fileName', 'mode');
  const t = useT();
  const noFile = s.mode === 'browser' && !s.fileName;
  const run: Record<ActionId, () => void> = {
    check: c.check,
    figures: c.figures,
    insert: c.insert,
    forms: c.insertForms,
    export: c.exportSummary,
    mark: c.mark,
    clear: c.clearMarks,
    template: c.template,
    report: c.report,
    docx: c.reportDocx,
    open: () => undefined,
    sample: () => undefined,
    fix: () => undefined,
    undo: () => undefined,
    save: () => undefined,
    reanalyze: () => undefined,
    merge: () => undefined,
  };
  return (
    <div className={styles.bar} role="group" aria-label={t('actions')}>
      {ACTIONS.map((a) => (
        <Tooltip key={a.id} content={t(s.mode === 'browser' ? (a.browserHint ?? a.hint) : a.hint)} relationship="description" withArrow>
          <Button
            className={styles.button}
            appearance={a.primary ? 'primary' : 'secondary'}
            icon={a.icon}
            disabledFocusable={!!s.busy || (a.needsFile && noFile)}
            onClick={() => void run[a.id]()}
            data-action={a.id}
          >
            {t(a.label)}
          </Button>
        </Tooltip>
      ))}
    </div>
  );
}
