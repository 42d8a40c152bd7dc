/**
 * Where the pane runs, decided in one place: inside Excel (Office.js says so) or in a plain
 * browser (Office.js is absent, or says no host). Also Office's display language and theme.
 * The only module of the pane that reads `Office.*`; workbook calls go through hosts/excel.
 */
import type { Lang } from '../core/findings';

export type ThemeName = 'light' | 'dark';

export interface Environment {
  mode: 'excel' | 'browser';
  /** Why the pane cannot work here, when it cannot. */
  problem?: 'requirements' | 'otherHost';
  /** BCP 47 tag: Office's display language, or the browser's. */
  displayLanguage: string;
  /** The pane's default language: English when the display language is English, else Vietnamese. */
  lang: Lang;
  theme: ThemeName;
  /** ExcelApi 1.8 (PivotTables, data validation, new workbooks) is there. */
  api18: boolean;
  platform: string | null;
}

/** ExcelApi below this cannot run the pane (see manifest.xml). */
export const MIN_EXCEL_API = '1.7';

export function langOf(displayLanguage: string | null | undefined): Lang {
  return /^en\b/i.test(displayLanguage ?? '') ? 'en' : 'vi';
}

/** Dark when the colour's relative luminance is low (Office gives `#RRGGBB`). */
export function isDarkColor(color: string | null | undefined): boolean {
  const m = /^#?([0-9a-f]{6})$/i.exec((color ?? '').trim());
  if (!m) return false;
  const n = parseInt(m[1], 16);
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
  };
  const l = 0.2126 * lin((n >> 16) & 255) + 0.7152 * lin((n >> 8) & 255) + 0.0722 * lin(n & 255);
  return l < 0.2;
}

interface QueryOverrides {
  lang?: Lang;
  theme?: ThemeName;
}

/** `?lang=en&theme=dark` on the page's address: for testing and for staff who want them. */
export function queryOverrides(search: string): QueryOverrides {
  const q = new URLSearchParams(search);
  const out: QueryOverrides = {};
  const lang = q.get('lang');
  if (lang === 'vi' || lang === 'en') out.lang = lang;
  const theme = q.get('theme');
  if (theme === 'light' || theme === 'dark') out.theme = theme;
  return out;
}

function browserTheme(): ThemeName {
  try {
    return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  } catch {
    return 'light';
  }
}

function officeGlobal(): typeof Office | undefined {
  return typeof Office !== 'undefined' && typeof Office.onReady === 'function' ? Office : undefined;
}

/**
 * Inside Excel or not is Office.js's answer to `onReady`: a host inside Office, none in a plain
 * browser (where it answers at once). There is no timeout: inside Excel the first load can take
 * long (a slow network, a cold start), and a guess would turn the pane into the browser mode
 * there. An engine too old for the bundle never gets here: boot.js answers Office for it.
 */
export async function detectEnvironment(): Promise<Environment> {
  const overrides = queryOverrides(window.location.search);
  const office = officeGlobal();
  const browser = (): Environment => {
    const displayLanguage = navigator.language || 'vi-VN';
    return {
      mode: 'browser',
      displayLanguage,
      // Staff's browsers are often in English: the browser mode stays Vietnamese unless asked.
      lang: overrides.lang ?? 'vi',
      theme: overrides.theme ?? browserTheme(),
      api18: false,
      platform: null,
    };
  };
  if (!office) return browser();
  let info: { host: Office.HostType | null; platform: Office.PlatformType | null };
  try {
    info = await office.onReady();
  } catch {
    return browser();
  }
  if (!info?.host) return browser();
  const ctx = office.context;
  const displayLanguage = ctx?.displayLanguage || 'vi-VN';
  const theme: ThemeName = overrides.theme ?? (isDarkColor(ctx?.officeTheme?.bodyBackgroundColor) ? 'dark' : 'light');
  const isSet = (v: string) => {
    try {
      return !!ctx?.requirements?.isSetSupported('ExcelApi', v);
    } catch {
      return false;
    }
  };
  const env: Environment = {
    mode: 'excel',
    displayLanguage,
    lang: overrides.lang ?? langOf(displayLanguage),
    theme,
    api18: isSet('1.8'),
    platform: info.platform ? String(info.platform) : null,
  };
  if (info.host !== office.HostType.Excel) env.problem = 'otherHost';
  else if (!isSet(MIN_EXCEL_API)) env.problem = 'requirements';
  return env;
}

/** Calls back when Office's or the system's theme changes (in Excel: read again when the pane is shown). */
export function watchTheme(env: Environment, onChange: (theme: ThemeName) => void): () => void {
  if (queryOverrides(window.location.search).theme) return () => undefined;
  if (env.mode === 'browser') {
    const mq = window.matchMedia?.('(prefers-color-scheme: dark)');
    if (!mq) return () => undefined;
    const listener = () => onChange(mq.matches ? 'dark' : 'light');
    mq.addEventListener?.('change', listener);
    return () => mq.removeEventListener?.('change', listener);
  }
  // Excel has no theme-change event (OfficeThemeChanged is Outlook's): the theme is read again
  // whenever the pane becomes visible, which is when staff come back from changing it.
  const office = officeGlobal();
  const listener = () => {
    if (document.visibilityState !== 'visible') return;
    onChange(isDarkColor(office?.context?.officeTheme?.bodyBackgroundColor) ? 'dark' : 'light');
  };
  document.addEventListener('visibilitychange', listener);
  return () => document.removeEventListener('visibilitychange', listener);
}
