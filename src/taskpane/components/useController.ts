/** The pane's state as React sees it: the controller is the store. */
import { createContext, useContext, useSyncExternalStore } from 'react';
import { translator, type T } from '../i18n';
import type { PaneController, PaneState } from '../logic/controller';

export const ControllerContext = createContext<PaneController | null>(null);

export function useController(): PaneController {
  const c = useContext(ControllerContext);
  if (!c) throw new Error('No PaneController');
  return c;
}

export function usePaneState(): PaneState {
  const c = useController();
  return useSyncExternalStore(c.subscribe, c.getState, c.getState);
}

export function useT(): T {
  return translator(usePaneState().lang);
}
