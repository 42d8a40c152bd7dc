/**
 * The pane's state as React sees it: the controller is the store. A component names the fields it
 * reads and re-renders only when one of them changes: a progress tick then redraws the progress
 * bar, not the whole pane (with a large workbook a whole-pane render is a visible stall).
 */
import { createContext, useContext, useRef, useSyncExternalStore } from 'react';
import { translator, type T } from '../i18n';
import type { PaneController, PaneState } from '../logic/controller';

export const ControllerContext = createContext<PaneController | null>(null);

export function useController(): PaneController {
  const c = useContext(ControllerContext);
  if (!c) throw new Error('No PaneController');
  return c;
}

/** The named fields of the state; the same object as long as none of them changed. */
export function usePane<K extends keyof PaneState>(...keys: K[]): Pick<PaneState, K> {
  const c = useController();
  const last = useRef<Pick<PaneState, K> | null>(null);
  const snapshot = (): Pick<PaneState, K> => {
    const s = c.getState();
    const prev = last.current;
    if (prev && keys.every((k) => prev[k] === s[k])) return prev;
    const next = {} as Pick<PaneState, K>;
    for (const k of keys) next[k] = s[k];
    last.current = next;
    return next;
  };
  return useSyncExternalStore(c.subscribe, snapshot, snapshot);
}

export function useT(): T {
  return translator(usePane('lang').lang);
}
