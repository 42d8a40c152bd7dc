/** What this host cannot do (no PivotTables in an old Excel, say), said once and dismissible. */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { Dismiss20Regular } from '@fluentui/react-icons';
import * as React from 'react';
import { usePaneState, useT } from './useController';

export function Limits(): React.ReactElement | null {
  const s = usePaneState();
  const t = useT();
  const [hidden, setHidden] = React.useState(false);
  if (hidden || !s.limits.length) return null;
  return (
    <MessageBar intent="info" layout="multiline" data-testid="limits">
      <MessageBarBody>
        <MessageBarTitle>{t('limitsTitle')}</MessageBarTitle>
        <ul style={{ margin: '4px 0 0', paddingInlineStart: '18px' }}>
          {s.limits.map((l, i) => (
            <li key={i}>{l[s.lang]}</li>
          ))}
        </ul>
      </MessageBarBody>
      <MessageBarActions
        containerAction={<Button appearance="transparent" icon={<Dismiss20Regular />} aria-label={t('dismiss')} onClick={() => setHidden(true)} />}
      />
    </MessageBar>
  );
}
