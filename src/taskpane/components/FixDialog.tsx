/** "Sửa N ô?": the safe fixes listed, applied only on the user's yes (and undoable after). */
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, tokens } from '@fluentui/react-components';
import * as React from 'react';
import { formatNumber } from '../logic/format';
import { useController, usePane, useT } from './useController';

const SHOWN = 12;

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalS} 0 0`, paddingInlineStart: '18px', overflowWrap: 'anywhere' },
  cell: { fontWeight: tokens.fontWeightSemibold },
});

export function FixDialog(): React.ReactElement {
  const styles = useStyles();
  const c = useController();
  const s = usePane('confirm', 'lang');
  const t = useT();
  const fixes = s.confirm ?? [];
  const n = formatNumber(fixes.length, s.lang);
  const open = fixes.length > 0;
  // The dialog opens from the controller, not from a trigger: give the focus back by hand, to the
  // button that asked or, when the fix replaced it, to the notice's Undo.
  const returnTo = React.useRef<HTMLElement | null>(null);
  const wasOpen = React.useRef(false);
  // Read while rendering, before the dialog's own effects move the focus inside it.
  if (open && !wasOpen.current && !returnTo.current) returnTo.current = document.activeElement as HTMLElement | null;
  React.useEffect(() => {
    if (!open && wasOpen.current) {
      const back = returnTo.current;
      // The modal keeps the focus until its closing animation ends: try until the focus stays.
      let tries = 0;
      const restore = () => {
        const target = back?.isConnected ? back : document.querySelector<HTMLElement>('[data-testid="notice"] button');
        target?.focus();
        if (target && document.activeElement !== target && ++tries < 20) window.setTimeout(restore, 50);
        else if (document.querySelector('[data-testid="fix-dialog"]') && ++tries < 20) window.setTimeout(restore, 50);
      };
      window.setTimeout(restore, 0);
      returnTo.current = null;
    }
    wasOpen.current = open;
  }, [open]);
  return (
    <Dialog open={open} modalType="modal" onOpenChange={(_, d) => !d.open && c.cancelFix()}>
      <DialogSurface aria-describedby="fix-body" data-testid="fix-dialog">
        <DialogBody>
          <DialogTitle>{t('fixDialogTitle', { n })}</DialogTitle>
          <DialogContent id="fix-body">
            {t('fixDialogBody')}
            <ul className={styles.list}>
              {fixes.slice(0, SHOWN).map((f) => (
                <li key={`${f.sheet}!${f.cell}`}>
                  <span className={styles.cell}>
                    {f.sheet}!{f.cell}
                  </span>{' '}
                  → “{f.value}”
                </li>
              ))}
              {fixes.length > SHOWN && <li>{t('fixDialogMore', { n: formatNumber(fixes.length - SHOWN, s.lang) })}</li>}
            </ul>
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={c.cancelFix}>
              {t('fixCancel')}
            </Button>
            <Button appearance="primary" onClick={() => void c.confirmFix()} data-testid="fix-confirm">
              {t('fixConfirm', { n })}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
