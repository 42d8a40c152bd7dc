/** Long work: its step, a bar, and Cancel. The pane stays usable meanwhile (the work is in a worker). */
import { Button, Field, makeStyles, ProgressBar, tokens } from '@fluentui/react-components';
import { Dismiss20Regular } from '@fluentui/react-icons';
import * as React from 'react';
import { progressText, progressValue } from '../logic/progress';
import { useController, usePane, useT } from './useController';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  field: { flex: '1 1 auto', minWidth: 0 },
});

export function ProgressPanel(): React.ReactElement | null {
  const styles = useStyles();
  const c = useController();
  const s = usePane('busy', 'progress', 'lang');
  const t = useT();
  if (!s.busy) return null;
  const p = s.progress ?? { step: s.busy.action === 'open' || s.busy.action === 'sample' ? 'open' : 'work', done: 0, total: 0 };
  const text = progressText(p, s.lang, s.busy.action);
  return (
    <div className={styles.panel} data-testid="progress">
      <Field className={styles.field} validationMessage={text} validationState="none" aria-live="polite">
        <ProgressBar value={progressValue(p)} thickness="large" aria-label={text} />
      </Field>
      {s.busy.cancellable && (
        <Button icon={<Dismiss20Regular />} onClick={c.cancel} aria-label={t('cancelLabel')}>
          {t('cancel')}
        </Button>
      )}
    </div>
  );
}
