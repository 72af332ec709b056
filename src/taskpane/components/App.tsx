/// <reference types="office-js" />
/**
 * The task pane: detected columns (correctable), the as-of date, BRAG, Apply / Clear, counts per state, and the
 * lists a sub-group lead needs (overdue, needs a date, SIIP index, my actions). Every cell text is rendered as
 * React text, never as HTML. This component holds the pane's state and talks to the session; the parts it shows
 * are in this folder, each with its own styles (the layout of OfficeDev's Office-Addin-TaskPane template).
 *
 * It fits the pane from 300 px up: nothing is wider than the pane, long text wraps, the tabs wrap.
 */
import * as React from 'react';
import { Divider, makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import { findLeads } from '../../core/leads/findLeads';
import type { AssessedRow } from '../../core/plan/assess';
import type { ApplyOutcome, Detected } from '../../core/session/session';
import { displayDate, parseUserDate } from '../../core/userDate';
import { applyRag, clearRag, detectPlan, prepareForBoard, removePlanRagRecords, type PlanSettings } from '../../hosts/excel/planSession';
import { commandEvents } from '../../commands/commands';
import { checkExcel, type CheckResult } from '../../hosts/excel/selfCheck';
import { columnLetters } from '../../core/grid';
import { isIsoDate } from '../../core/calendarDate';
import {
  excel,
  firstApplyHere,
  hasMinimumApi,
  knowsTriggerSource,
  loadSettings,
  saveSettings,
  takeLastError,
  toPaneError,
  today,
  type PaneError,
} from '../officeBridge';
import { ActionList } from './ActionList';
import { ApplyControls, OptionSwitches } from './ApplyControls';
import { AsOfField } from './AsOfField';
import { ColumnsSection } from './ColumnsSection';
import { Header } from './Header';
import { HelpSection } from './HelpSection';
import { MyActionsTab } from './MyActionsTab';
import { ErrorBar, NoticeBar } from './Notices';
import { SiipTab } from './SiipTab';
import { Summary } from './Summary';

type SessionResult = Detected | ApplyOutcome;
type View = 'overdue' | 'needsDate' | 'siip' | 'mine';

const useStyles = makeStyles({
  main: {
    padding: tokens.spacingHorizontalM,
    fontFamily: tokens.fontFamilyBase,
    maxWidth: '560px',
    minWidth: 0,
    boxSizing: 'border-box',
    overflowWrap: 'anywhere',
  },
  dateRow: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end', flexWrap: 'wrap', marginTop: tokens.spacingVerticalS, minWidth: 0 },
  divider: { margin: `${tokens.spacingVerticalM} 0` },
  // the tabs wrap onto a second line in a narrow pane, rather than push the page sideways
  tabs: { flexWrap: 'wrap', minWidth: 0, maxWidth: '100%' },
  tab: { minWidth: 0, maxWidth: '100%' },
});

/** A typed date recalculates as soon as it is whole: a four-digit year, and no longer date it could still become. */
function wholeWhileTyping(text: string): string | null {
  const p = parseUserDate(text);
  return p.ok && !p.couldContinue && /\d{4}/.test(text) ? p.date : null;
}

export function App(): JSX.Element {
  const styles = useStyles();
  const [settings, setSettings] = React.useState<PlanSettings>(() => loadSettings());
  const [asOf, setAsOf] = React.useState<string>(() => {
    const saved = loadSettings().asOf;
    return saved && isIsoDate(saved) ? saved : today();
  });
  const [asOfText, setAsOfText] = React.useState<string>(() => displayDate(asOf));
  const [asOfFinished, setAsOfFinished] = React.useState(true);
  const [result, setResult] = React.useState<SessionResult | null>(null);
  const [busy, setBusy] = React.useState<string | null>('Reading the sheet…');
  const [error, setError] = React.useState<PaneError | null>(null);
  const [notice, setNotice] = React.useState<string | null>(null);
  const [applied, setApplied] = React.useState(false);
  const [view, setView] = React.useState<View>('overdue');
  const [lead, setLead] = React.useState('');
  const [checks, setChecks] = React.useState<CheckResult[] | null>(null);
  const liveTimer = React.useRef<number | null>(null);
  const appliedRef = React.useRef(false);
  appliedRef.current = applied;
  const busyRef = React.useRef(false);
  busyRef.current = busy !== null;
  const settingsRef = React.useRef(settings);
  settingsRef.current = settings;
  const asOfRef = React.useRef(asOf);
  asOfRef.current = asOf;

  const run = React.useCallback(async (label: string, f: () => Promise<void>) => {
    setBusy(label);
    setError(null);
    try {
      await f();
    } catch (err) {
      setError(toPaneError(err));
    } finally {
      setBusy(null);
    }
  }, []);

  const doDetect = React.useCallback(async (s: PlanSettings, date: string) => {
    // the session finds the register (never a sheet plan-rag made) and the plan (the active sheet, or the one
    // the last Apply recorded when the person is on another)
    const r = await detectPlan(excel(), s, date);
    setResult(r);
    setApplied(r.journal !== null);
    if (r.journalError) {
      setError({
        origin: 'plan-rag journal',
        message: `Plan RAG's record of its last Apply cannot be read: ${r.journalError}.`,
        action: 'Remove plan-rag records to start afresh; the formatting stays until you clear it by hand.',
        code: 'journal',
      });
    } else if (r.changedSinceApply) setNotice('The sheet changed since the last Apply: apply again to bring the colours up to date.');
  }, []);

  React.useEffect(() => {
    if (!hasMinimumApi()) {
      setBusy(null);
      setError({
        origin: 'Excel',
        message: 'This version of Excel does not have ExcelApi 1.9, which the add-in needs.',
        action: 'Update Office, or use Excel on the web.',
      });
      return;
    }
    const ribbonError = takeLastError();
    void run('Reading the sheet…', () => doDetect(settings, asOf)).then(() => {
      if (ribbonError) setError({ ...ribbonError, origin: `${ribbonError.origin} (from the ribbon)` });
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // The ribbon's commands run in this runtime: their results and errors show here at once. What the pane said
  // about an earlier Apply or board pack no longer holds after the ribbon applies or clears.
  React.useEffect(() => {
    const refresh = () => {
      setNotice(null);
      void run('Reading the sheet…', () => doDetect(settingsRef.current, asOfRef.current));
    };
    const failed = (e: Event) =>
      setError({ ...(e as CustomEvent<PaneError>).detail, origin: `${(e as CustomEvent<PaneError>).detail.origin} (from the ribbon)` });
    commandEvents.addEventListener('applied', refresh);
    commandEvents.addEventListener('cleared', refresh);
    commandEvents.addEventListener('error', failed);
    return () => {
      commandEvents.removeEventListener('applied', refresh);
      commandEvents.removeEventListener('cleared', refresh);
      commandEvents.removeEventListener('error', failed);
    };
  }, [run, doDetect]);

  // Live: while the pane is open, a person's edit re-evaluates within a second, and re-applies when the sheet is
  // coloured and the text that decides states changed. The add-in's own writes never wake it: Excel raises no
  // events while it writes (events are off), it says which changes are its own where it can (ExcelApi 1.14), and
  // a re-apply happens only when the content differs from the last Apply's, so co-authors' panes cannot bounce.
  React.useEffect(() => {
    let handler: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | null = null;
    const ownChange = (e: Excel.WorksheetChangedEventArgs) => knowsTriggerSource() && e.triggerSource === 'ThisLocalAddin';
    void Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getActiveWorksheet();
      handler = ws.onChanged.add(async (e) => {
        if (ownChange(e) || busyRef.current) return;
        if (liveTimer.current !== null) window.clearTimeout(liveTimer.current);
        liveTimer.current = window.setTimeout(() => {
          liveTimer.current = null;
          const s = settingsRef.current;
          const date = asOfRef.current;
          if (!isIsoDate(date)) return;
          void (async () => {
            const d = await detectPlan(excel(), s, date);
            const r = appliedRef.current && d.changedSinceApply ? await applyRag(excel(), s, date) : d;
            setResult(r);
            setNotice(null);
          })().catch((err) => setError(toPaneError(err)));
        }, 500);
      });
      await ctx.sync();
    }).catch(() => undefined);
    return () => {
      if (handler)
        void Excel.run(handler.context, async (ctx) => {
          handler!.remove();
          await ctx.sync();
        }).catch(() => undefined);
    };
  }, []);

  const update = (s: PlanSettings) => {
    setSettings(s);
    void saveSettings({ ...s, asOf }).catch(() => undefined);
    void run('Reading the sheet…', () => doDetect(s, asOf));
  };

  // The as-of date: checked at every key, recalculated only on a whole date (never "25 Nov 21" on the way to
  // "25 Nov 2015"); leaving the box or Enter takes a short date as it reads ("21/1/15") and shows it as read.
  const parsed = parseUserDate(asOfText);
  const commitDate = (date: string, reread = true) => {
    if (date === asOfRef.current) return;
    asOfRef.current = date;
    setAsOf(date);
    if (reread) void run('Reading the sheet…', () => doDetect(settingsRef.current, date));
  };
  const onDateText = (text: string) => {
    setAsOfText(text);
    setAsOfFinished(false);
    const whole = wholeWhileTyping(text);
    if (whole) commitDate(whole);
  };
  const onDateDone = () => {
    setAsOfFinished(true);
    if (!parsed.ok) return;
    setAsOfText(displayDate(parsed.date));
    commitDate(parsed.date);
  };
  /** The date Apply uses: the box's, when it holds a date (taken as the pane's date; Apply reads the sheet itself). */
  const dateForApply = (): string | null => {
    if (!parsed.ok) return null;
    commitDate(parsed.date, false);
    return parsed.date;
  };

  const afterApply = (r: ApplyOutcome, what: string) => {
    const parts = [what];
    if (r.leftAlone.length > 0)
      parts.push(
        `${r.leftAlone.length} ${r.leftAlone.length === 1 ? 'cell someone changed since the last Apply was' : 'cells someone changed since the last Apply were'} left as they are.`,
      );
    if (firstApplyHere()) parts.push("Excel's Undo cannot take an Apply back: use Clear to remove everything Plan RAG added.");
    setNotice(parts.join(' '));
  };
  const onApply = () => {
    const date = dateForApply();
    if (!date) return;
    void run('Applying…', async () => {
      await saveSettings({ ...settings, asOf: date }).catch(() => undefined);
      const r = await applyRag(excel(), settings, date);
      setResult(r);
      setApplied(true);
      afterApply(r, 'Applied.');
    });
  };
  const onBoard = () => {
    const date = dateForApply();
    if (!date) return;
    void run('Preparing for the board…', async () => {
      await saveSettings({ ...settings, asOf: date }).catch(() => undefined);
      const r = await prepareForBoard(excel(), settings, date);
      setResult(r);
      setApplied(true);
      const ch = r.pack!.changes;
      afterApply(
        r,
        ch.previousAsOf
          ? `Board pack ready: print layout, RAG column and "Board summary" sheet. Since ${displayDate(ch.previousAsOf)}: ${ch.newlyRed.length} newly red, ${ch.newlyComplete.length} newly complete, ${ch.slipped.length} due dates slipped.`
          : 'Board pack ready: print layout, RAG column and "Board summary" sheet. The first snapshot is recorded for the next board.',
      );
    });
  };
  const onClear = () =>
    run('Clearing…', async () => {
      // whatever the pane said about the Apply or the board pack no longer holds, even if Clear fails
      setNotice(null);
      const out = await clearRag(excel());
      setApplied(false);
      await doDetect(settings, asOf);
      setNotice(
        out.leftAlone.length > 0
          ? `Cleared. ${out.leftAlone.length} ${out.leftAlone.length === 1 ? 'cell someone changed since the Apply was' : 'cells someone changed since the Apply were'} left as they are.`
          : 'Cleared: the sheet is as it was before Plan RAG.',
      );
    });
  const onRemoveRecords = () =>
    run('Removing plan-rag records…', async () => {
      await removePlanRagRecords(excel());
      setError(null);
      await doDetect(settings, asOf);
      setNotice("Plan RAG's records are removed. Apply starts afresh; any formatting left from before stays until you clear it by hand.");
    });
  const onSelfCheck = () =>
    run("Checking this workbook's Excel…", async () => {
      const d = Office.context.diagnostics;
      const results = await checkExcel((batch) => Excel.run(batch), {
        platform: d ? String(d.platform) : undefined,
        version: d?.version,
        supports: (v) => Office.context.requirements.isSetSupported('ExcelApi', v),
        wait: (ms) => new Promise((r) => window.setTimeout(r, ms)),
      });
      setChecks(results);
    });
  const select = (row: AssessedRow) =>
    run('', async () => {
      const sheet = result!.assessment.sheet;
      await Excel.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(`A${row.row}:${columnLetters(result!.assessment.layout.lastCol)}${row.row}`).select();
        await ctx.sync();
      });
    });

  const a = result?.assessment;
  const glossary = result?.glossary ?? null;
  const leads = React.useMemo(() => findLeads(a?.rows ?? [], glossary), [a, glossary]);

  return (
    <main className={styles.main} aria-busy={busy !== null}>
      <Header title="Plan RAG" />
      {error && <ErrorBar error={error} busy={busy !== null} onRemoveRecords={onRemoveRecords} />}
      {notice && <NoticeBar notice={notice} />}
      <div className={styles.dateRow}>
        <AsOfField text={asOfText} parsed={parsed} finished={asOfFinished} onText={onDateText} onDone={onDateDone} />
        <OptionSwitches settings={settings} onChange={update} />
      </div>
      <ApplyControls
        busy={busy}
        canApply={!!a}
        blocked={parsed.ok ? null : 'Apply waits for a date in the "RAG as of" box.'}
        applied={applied}
        onApply={onApply}
        onBoard={onBoard}
        onClear={onClear}
      />

      {a && result && (
        <>
          <Summary a={a} />
          <Divider className={styles.divider} />
          <ColumnsSection result={result} settings={settings} onChange={update} />
          <Divider className={styles.divider} />
          <TabList className={styles.tabs} selectedValue={view} onTabSelect={(_, d) => setView(d.value as View)} aria-label="Lists">
            <Tab className={styles.tab} value="overdue">
              Overdue ({a.overdue})
            </Tab>
            <Tab className={styles.tab} value="needsDate">
              Needs a date ({a.needsDate})
            </Tab>
            <Tab className={styles.tab} value="siip">
              SIIP index
            </Tab>
            <Tab className={styles.tab} value="mine">
              My actions
            </Tab>
          </TabList>
          {view === 'overdue' && <ActionList rows={a.rows.filter((r) => r.overdue)} onSelect={select} empty="Nothing is overdue." />}
          {view === 'needsDate' && <ActionList rows={a.rows.filter((r) => r.timescale.needsDate)} onSelect={select} empty="Every timescale has a date." />}
          {view === 'siip' && <SiipTab a={a} onSelect={select} />}
          {view === 'mine' && <MyActionsTab rows={a.rows} leads={leads} lead={lead} onLead={setLead} onSelect={select} />}
        </>
      )}
      <Divider className={styles.divider} />
      <HelpSection busy={busy !== null} checks={checks} onSelfCheck={onSelfCheck} />
    </main>
  );
}
