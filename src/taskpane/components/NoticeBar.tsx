/** The outcome of the last task, or why it failed: one clear sentence, with Undo after a fix. */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { ArrowUndo20Regular, Dismiss20Regular, DocumentText20Regular } from '@fluentui/react-icons';
import * as React from 'react';
import { formatNumber } from '../logic/format';
import { useController, usePane, useT } from './useController';

export function NoticeBar(): React.ReactElement | null {
  const c = useController();
  const s = usePane('lang', 'notice', 'undo');
  const t = useT();
  const n = s.notice;
  if (!n) return null;
  const last = s.undo[s.undo.length - 1];
  return (
    <MessageBar key={n.id} intent={n.intent} layout="multiline" role={n.intent === 'error' ? 'alert' : 'status'} data-testid="notice" data-intent={n.intent}>
      <MessageBarBody>
        {n.intent === 'error' && <MessageBarTitle>{t('errorTitle')}</MessageBarTitle>}
        {n.text}
        {n.technical && (
          <details data-testid="notice-technical">
            <summary>{t('technicalDetails')}</summary>
            <code>{n.technical}</code>
          </details>
        )}
      </MessageBarBody>
      <MessageBarActions
        containerAction={<Button appearance="transparent" icon={<Dismiss20Regular />} aria-label={t('dismiss')} onClick={c.dismissNotice} />}
      >
        {n.docx ? (
          <Button icon={<DocumentText20Regular />} onClick={() => void c.reportDocx()} aria-label={t('reportDocxLabel')} data-testid="report-docx">
            {t('reportDocx')}
          </Button>
        ) : undefined}
        {n.undo && last ? (
          <Button icon={<ArrowUndo20Regular />} onClick={() => void c.undo()} aria-label={t('undoLabel', { n: formatNumber(last.cells.length, s.lang) })}>
            {t('undo')}
          </Button>
        ) : undefined}
      </MessageBarActions>
    </MessageBar>
  );
}
