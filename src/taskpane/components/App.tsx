/** The task pane: the same page inside Excel and in a plain browser. */
import { Button, FluentProvider, Link, makeStyles, MessageBar, MessageBarBody, Tab, TabList, tokens, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { Translate20Regular } from '@fluentui/react-icons';
import * as React from 'react';
import type { Lang } from '../../core/findings';
import type { ThemeName } from '../env';
import { formatNumber } from '../logic/format';
import type { PaneController } from '../logic/controller';
import { ActionBar } from './ActionBar';
import { AttainmentPanel } from './AttainmentPanel';
import { FilePanel } from './FilePanel';
import { FindingsPanel } from './FindingsPanel';
import { GroupsPanel } from './GroupsPanel';
import { MergePanel } from './MergePanel';
import { PeriodSettings } from './PeriodSettings';
import { FixDialog } from './FixDialog';
import { Limits } from './Limits';
import { NoticeBar } from './NoticeBar';
import { Options } from './Options';
import { ProgressPanel } from './ProgressPanel';
import { ReportFields } from './ReportFields';
import { ControllerContext, useController, usePane, useT } from './useController';

export const THEMES = { light: webLightTheme, dark: webDarkTheme };

export const useAppStyles = makeStyles({
  root: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalXXL}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    maxWidth: '900px',
    marginLeft: 'auto',
    marginRight: 'auto',
  },
  header: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  lang: { flexShrink: 0, whiteSpace: 'nowrap' },
  help: { flexShrink: 0, whiteSpace: 'nowrap', marginLeft: 'auto' },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase500 },
  tabs: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalM})` },
  outcome: { display: 'flex', flexDirection: 'column', scrollMarginTop: tokens.spacingVerticalS },
});

function Header(): React.ReactElement {
  const styles = useAppStyles();
  const c = useController();
  const s = usePane('lang');
  const t = useT();
  const other: Lang = s.lang === 'vi' ? 'en' : 'vi';
  return (
    <header className={styles.header}>
      <h1 className={styles.title}>{t('appTitle')}</h1>
      {/* The user guide, served next to the pane (Office opens it in the browser). */}
      <Link className={styles.help} href={`help.html#${s.lang}`} target="_blank" rel="noopener noreferrer" aria-label={t('helpLabel')} data-testid="help-link">
        {t('help')}
      </Link>
      <Button
        appearance="subtle"
        className={styles.lang}
        icon={<Translate20Regular />}
        onClick={() => {
          c.setLang(other);
          try {
            window.localStorage.setItem('dangvien.lang', other);
          } catch {
            // No storage (a locked-down webview): the choice lasts for this session.
          }
        }}
        aria-label={t('switchToOtherLabel')}
        lang={other}
        data-testid="lang-switch"
      >
        {t('switchToOther')}
      </Button>
    </header>
  );
}

/**
 * The panels take no props and each subscribes to the fields it reads: memoised, they are not
 * redrawn when Main is (a new result, another view) unless what they show changed.
 */
const Panel = {
  Header: React.memo(Header),
  FilePanel: React.memo(FilePanel),
  Options: React.memo(Options),
  PeriodSettings: React.memo(PeriodSettings),
  ReportFields: React.memo(ReportFields),
  ActionBar: React.memo(ActionBar),
  MergePanel: React.memo(MergePanel),
  ProgressPanel: React.memo(ProgressPanel),
  NoticeBar: React.memo(NoticeBar),
  Limits: React.memo(Limits),
  FindingsPanel: React.memo(FindingsPanel),
  GroupsPanel: React.memo(GroupsPanel),
  AttainmentPanel: React.memo(AttainmentPanel),
  FixDialog: React.memo(FixDialog),
};

function Main(): React.ReactElement {
  const styles = useAppStyles();
  const c = useController();
  const s = usePane('fileName', 'lang', 'mode', 'result', 'reveal', 'view');
  const t = useT();
  const count = s.result ? s.result.findings.length : null;
  // After opening a file, a check or the figures, the outcome comes into view (at 350 × 900 it is below the fold).
  const outcome = React.useRef<HTMLDivElement>(null);
  // In the next frame, not in the task that drew the result: the scroll needs the layout, which the frame makes anyway.
  React.useEffect(() => {
    if (s.reveal <= 0) return;
    const frame = requestAnimationFrame(() => outcome.current?.scrollIntoView?.({ block: 'start', behavior: 'smooth' }));
    return () => cancelAnimationFrame(frame);
  }, [s.reveal]);
  return (
    <>
      <Panel.Header />
      {s.mode === 'browser' && <Panel.FilePanel />}
      <Panel.Options />
      <Panel.PeriodSettings />
      <Panel.ReportFields />
      <Panel.ActionBar />
      {s.mode === 'excel' && <Panel.MergePanel />}
      <Panel.ProgressPanel />
      <div ref={outcome} className={styles.outcome} data-testid="outcome">
        <Panel.NoticeBar />
      </div>
      {(s.mode === 'excel' || s.fileName) && <Panel.Limits />}
      <TabList
        className={styles.tabs}
        selectedValue={s.view}
        onTabSelect={(_, d) => c.setView(d.value as 'findings' | 'figures')}
        aria-label={t('views')}
      >
        <Tab value="findings" data-testid="tab-findings">
          {t('tabFindings')}
          {count !== null ? ` (${formatNumber(count, s.lang)})` : ''}
        </Tab>
        <Tab value="figures" data-testid="tab-figures">
          {t('tabFigures')}
        </Tab>
      </TabList>
      <div role="tabpanel" aria-label={s.view === 'findings' ? t('tabFindings') : t('tabFigures')}>
        {s.view === 'findings' ? (
          <Panel.FindingsPanel />
        ) : (
          <>
            <Panel.GroupsPanel />
            <Panel.AttainmentPanel />
          </>
        )}
      </div>
      <Panel.FixDialog />
    </>
  );
}

export function App({ controller, theme: initialTheme, watchTheme }: { controller: PaneController; theme: ThemeName; watchTheme?: (cb: (t: ThemeName) => void) => () => void }): React.ReactElement {
  const styles = useAppStyles();
  const [theme, setTheme] = React.useState(initialTheme);
  const lang = React.useSyncExternalStore(controller.subscribe, () => controller.getState().lang);
  React.useEffect(() => watchTheme?.(setTheme), [watchTheme]);
  React.useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.setAttribute('data-app', 'ready');
    document.documentElement.setAttribute('data-theme', theme);
  }, [lang, theme]);
  return (
    <FluentProvider theme={THEMES[theme]} lang={lang}>
      <ControllerContext.Provider value={controller}>
        <main className={styles.root}>
          <Main />
        </main>
      </ControllerContext.Provider>
    </FluentProvider>
  );
}

/** When the pane cannot work here (another Office app, an Excel too old): why, and what to do. */
export function Unsupported({ text, theme }: { text: string; theme: ThemeName }): React.ReactElement {
  const styles = useAppStyles();
  React.useEffect(() => document.documentElement.setAttribute('data-app', 'ready'), []);
  return (
    <FluentProvider theme={THEMES[theme]}>
      <main className={styles.root}>
        <MessageBar intent="warning" layout="multiline" role="alert" data-testid="unsupported">
          <MessageBarBody>{text}</MessageBarBody>
        </MessageBar>
      </main>
    </FluentProvider>
  );
}
