/**
 * What this host cannot do (no PivotTables in an old Excel, say): one line that opens to the list.
 * Closed, it stays closed for the same limits (remembered on this computer); a new limit shows again.
 */
import { Button, Link, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { Dismiss20Regular } from '@fluentui/react-icons';
import * as React from 'react';
import { formatNumber } from '../logic/format';
import { usePane, useT } from './useController';

const CLOSED_KEY = 'dangvien.limitsClosed';

function storedClosed(): string | null {
  try {
    return window.localStorage.getItem(CLOSED_KEY);
  } catch {
    return null;
  }
}

export function Limits(): React.ReactElement | null {
  const s = usePane('lang', 'limits');
  const t = useT();
  const signature = s.limits.map((l) => l.en).join('\n');
  const [closed, setClosed] = React.useState(() => storedClosed());
  const [open, setOpen] = React.useState(false);
  if (!s.limits.length || closed === signature) return null;
  const close = () => {
    setClosed(signature);
    try {
      window.localStorage.setItem(CLOSED_KEY, signature);
    } catch {
      // No storage (a locked-down webview): closed for this session.
    }
  };
  return (
    // Multiline even when closed: Fluent's single-line bar lays the close button beside the text
    // at a fixed width, which pushes it past a 350 px pane.
    <MessageBar intent="info" layout="multiline" data-testid="limits">
      <MessageBarBody>
        {t('limitsSummary', { n: formatNumber(s.limits.length, s.lang) })}{' '}
        <Link as="button" onClick={() => setOpen(!open)} aria-expanded={open} data-testid="limits-toggle">
          {open ? t('limitsHide') : t('limitsShow')}
        </Link>
        {open && (
          <ul style={{ margin: '4px 0 0', paddingInlineStart: '18px' }}>
            {s.limits.map((l, i) => (
              <li key={i}>{l[s.lang]}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
      <MessageBarActions containerAction={<Button appearance="transparent" icon={<Dismiss20Regular />} aria-label={t('dismiss')} onClick={close} />} />
    </MessageBar>
  );
}
