/// <reference types="office-js" />
/**
 * The task pane: detected columns (correctable), the as-of date, BRAG, Apply / Clear, counts per state, and the
 * lists a sub-group lead needs (overdue, needs a date, SIIP index, my actions). Every cell text is rendered as
 * React text, never as HTML.
 */
import * as React from 'react';
import {
  Badge,
  Button,
  Divider,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Spinner,
  Switch,
  Tab,
  TabList,
  Text,
} from '@fluentui/react-components';
import { columnLetters } from '../core/grid';
import { formatUkDate, isIsoDate } from '../core/calendarDate';
import type { AssessedRow } from '../core/plan/assess';
import { citedSiip } from '../core/plan/formatPlan';
import type { RagState } from '../core/status/classifyStatus';
import { COLUMN_ROLES, type ColumnRole } from '../core/vocab/headers';
import type { ApplyOutcome, Detected } from '../core/session/session';
import { applyRag, clearRag, detectPlan, prepareForBoard, removePlanRagRecords, type PlanSettings } from '../hosts/excel/planSession';
import { commandEvents } from '../commands/commands';
import { checkExcel, checkReport, type CheckResult } from '../hosts/excel/selfCheck';
import { excel, firstApplyHere, hasMinimumApi, knowsTriggerSource, loadSettings, saveSettings, takeLastError, toPaneError, today, type PaneError } from './officeBridge';

type SessionResult = Detected | ApplyOutcome;

const STATE_WORDS: Record<RagState, string> = { red: 'Red', amber: 'Amber', green: 'Green', complete: 'Complete', none: 'Not started' };
const BADGE: Record<RagState, 'danger' | 'warning' | 'success' | 'informative' | 'subtle'> = {
  red: 'danger',
  amber: 'warning',
  green: 'success',
  complete: 'informative',
  none: 'informative',
};
const ROLE_LABELS: Record<ColumnRole, string> = {
  ref: 'Ref',
  objective: 'Objective',
  action: 'Action',
  timescale: 'Timescale',
  lead: 'Lead',
  outcome: 'Outcome',
  status: 'Status',
  rag: 'RAG',
  link: 'Link',
};

type View = 'overdue' | 'needsDate' | 'siip' | 'mine';

export function App(): JSX.Element {
  const [settings, setSettings] = React.useState<PlanSettings>(() => loadSettings());
  const [asOf, setAsOf] = React.useState<string>(() => loadSettings().asOf ?? today());
  const [result, setResult] = React.useState<SessionResult | null>(null);
  const [busy, setBusy] = React.useState<string | null>('Reading the sheet…');
  const [error, setError] = React.useState<PaneError | null>(null);
  const [notice, setNotice] = React.useState<string | null>(null);
  const [applied, setApplied] = React.useState(false);
  const [view, setView] = React.useState<View>('overdue');
  const [lead, setLead] = React.useState('');
  const liveTimer = React.useRef<number | null>(null);
  const appliedRef = React.useRef(false);
  appliedRef.current = applied;
  const busyRef = React.useRef(false);
  busyRef.current = busy !== null;

  const run = React.useCallback(
    async (label: string, f: () => Promise<void>) => {
      setBusy(label);
      setError(null);
      try {
        await f();
      } catch (err) {
        setError(toPaneError(err));
      } finally {
        setBusy(null);
      }
    },
    [],
  );

  const doDetect = React.useCallback(async (s: PlanSettings, date: string) => {
    // the session finds the register (never a sheet plan-rag made) and the plan (the active sheet, or the one
    // the last Apply recorded when the person is on another)
    const r = await detectPlan(excel(), s, date);
    setResult(r);
    setApplied(r.journal !== null);
    if (r.journalError) {
      setError({ origin: 'plan-rag journal', message: `Plan RAG's record of its last Apply cannot be read: ${r.journalError}.`, action: 'Remove plan-rag records to start afresh; the formatting stays until you clear it by hand.', code: 'journal' });
    } else if (r.changedSinceApply) setNotice('The sheet changed since the last Apply: apply again to bring the colours up to date.');
  }, []);

  React.useEffect(() => {
    if (!hasMinimumApi()) {
      setBusy(null);
      setError({ origin: 'Excel', message: 'This version of Excel does not have ExcelApi 1.9, which the add-in needs.', action: 'Update Office, or use Excel on the web.' });
      return;
    }
    const ribbonError = takeLastError();
    void run('Reading the sheet…', () => doDetect(settings, asOf)).then(() => {
      if (ribbonError) setError({ ...ribbonError, origin: `${ribbonError.origin} (from the ribbon)` });
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // The ribbon's commands run in this runtime: their results and errors show here at once.
  React.useEffect(() => {
    const refresh = () => void run('Reading the sheet…', () => doDetect(settingsRef.current, asOfRef.current));
    const failed = (e: Event) => setError({ ...(e as CustomEvent<PaneError>).detail, origin: `${(e as CustomEvent<PaneError>).detail.origin} (from the ribbon)` });
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
  const settingsRef = React.useRef(settings);
  settingsRef.current = settings;
  const asOfRef = React.useRef(asOf);
  asOfRef.current = asOf;

  const update = (s: PlanSettings) => {
    setSettings(s);
    void saveSettings({ ...s, asOf }).catch(() => undefined);
    void run('Reading the sheet…', () => doDetect(s, asOf));
  };

  const afterApply = (r: ApplyOutcome, what: string) => {
    const parts = [what];
    if (r.leftAlone.length > 0) parts.push(`${r.leftAlone.length} ${r.leftAlone.length === 1 ? 'cell someone changed since the last Apply was' : 'cells someone changed since the last Apply were'} left as they are.`);
    if (firstApplyHere()) parts.push("Excel's Undo cannot take an Apply back: use Clear to remove everything Plan RAG added.");
    setNotice(parts.join(' '));
  };
  const onApply = () =>
    run('Applying…', async () => {
      await saveSettings({ ...settings, asOf }).catch(() => undefined);
      const r = await applyRag(excel(), settings, asOf);
      setResult(r);
      setApplied(true);
      afterApply(r, 'Applied.');
    });
  const onBoard = () =>
    run('Preparing for the board…', async () => {
      await saveSettings({ ...settings, asOf }).catch(() => undefined);
      const r = await prepareForBoard(excel(), settings, asOf);
      setResult(r);
      setApplied(true);
      const ch = r.pack!.changes;
      afterApply(
        r,
        ch.previousAsOf
          ? `Board pack ready: print layout, RAG column and "Board summary" sheet. Since ${formatUkDate(ch.previousAsOf)}: ${ch.newlyRed.length} newly red, ${ch.newlyComplete.length} newly complete, ${ch.slipped.length} due dates slipped.`
          : 'Board pack ready: print layout, RAG column and "Board summary" sheet. The first snapshot is recorded for the next board.',
      );
    });
  const onClear = () =>
    run('Clearing…', async () => {
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
  const [checks, setChecks] = React.useState<CheckResult[] | null>(null);
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
  const leads = React.useMemo(() => {
    const set = new Set<string>();
    for (const r of a?.rows ?? []) for (const l of r.lead.split(/\n+|\s*\/\s*|,\s*/)) if (l.trim()) set.add(l.trim());
    return [...set].sort();
  }, [a]);

  return (
    <main style={{ padding: 12, fontFamily: 'Segoe UI, system-ui, sans-serif', maxWidth: 560 }} aria-busy={busy !== null}>
      <h1 style={{ fontSize: 18, margin: '0 0 8px' }}>Plan RAG</h1>
      {error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{error.origin}</MessageBarTitle>
            {error.message} {error.action}
          </MessageBarBody>
          {error.code === 'journal' && (
            <Button size="small" onClick={onRemoveRecords} disabled={busy !== null}>
              Remove plan-rag records
            </Button>
          )}
        </MessageBar>
      )}
      {notice && (
        <MessageBar intent={/^(Board pack|Applied|Cleared|Plan RAG's records)/.test(notice) ? 'success' : 'warning'} data-testid="notice">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      <div style={{ display: 'flex', gap: 8, alignItems: 'end', flexWrap: 'wrap', marginTop: 8 }}>
        <Field label="RAG as of" validationMessage={isIsoDate(asOf) ? undefined : 'Use the form YYYY-MM-DD'}>
          <Input
            type="date"
            value={asOf}
            aria-label="RAG as of date"
            onChange={(_, d) => {
              setAsOf(d.value);
              if (isIsoDate(d.value)) void run('Reading the sheet…', () => doDetect(settings, d.value));
            }}
          />
        </Field>
        <Switch label="Complete shows blue (BRAG)" checked={!!settings.brag} onChange={(_, d) => update({ ...settings, brag: d.checked })} />
        <Switch label="Tint rows" checked={!!settings.rowTint} onChange={(_, d) => update({ ...settings, rowTint: d.checked })} />
      </div>
      <div style={{ display: 'flex', gap: 8, margin: '12px 0' }}>
        <Button appearance="primary" onClick={onApply} disabled={busy !== null || !a}>
          Apply
        </Button>
        <Button onClick={onBoard} disabled={busy !== null || !a}>
          Prepare for board
        </Button>
        <Button onClick={onClear} disabled={busy !== null || !applied}>
          Clear
        </Button>
        {busy && <Spinner size="tiny" label={busy} />}
      </div>

      {a && (
        <>
          <section aria-label="Counts" aria-live="polite">
            <Text weight="semibold">
              {a.sheet}: {a.rows.length} {a.rows.length === 1 ? 'action' : 'actions'} as of {formatUkDate(a.asOf)}
            </Text>
            <div style={{ display: 'flex', gap: 6, flexWrap: 'wrap', marginTop: 6 }} data-testid="counts">
              {(['red', 'amber', 'green', 'complete', 'none'] as RagState[]).map((s) => (
                <Badge key={s} color={BADGE[s]} appearance={s === 'none' ? 'outline' : 'filled'} data-state={s}>
                  {STATE_WORDS[s]}: {a.counts[s]}
                </Badge>
              ))}
              <Badge color="danger" appearance="outline" data-state="overdue">
                Overdue: {a.overdue}
              </Badge>
            </div>
          </section>
          <Divider style={{ margin: '12px 0' }} />
          <details>
            <summary>Columns (correct them if the detection is wrong)</summary>
            <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 6, marginTop: 6 }}>
              {COLUMN_ROLES.map((role) => (
                <Field key={role} label={ROLE_LABELS[role]}>
                  <Select
                    aria-label={`${ROLE_LABELS[role]} column`}
                    value={String(settings.layout?.columns?.[role] ?? a.layout.blocks[0]?.columns[role] ?? '')}
                    onChange={(_, d) => {
                      const columns = { ...(settings.layout?.columns ?? {}) } as Record<string, number>;
                      if (d.value === '') delete columns[role];
                      else columns[role] = Number(d.value);
                      update({ ...settings, layout: { ...settings.layout, columns } });
                    }}
                  >
                    <option value="">(none)</option>
                    {headerOptions(result!).map((o) => (
                      <option key={o.col} value={o.col}>
                        {o.label}
                      </option>
                    ))}
                  </Select>
                </Field>
              ))}
            </div>
            {a.messages.map((m) => (
              <Text key={m} block size={200}>
                {m}
              </Text>
            ))}
          </details>
          <Divider style={{ margin: '12px 0' }} />
          <TabList selectedValue={view} onTabSelect={(_, d) => setView(d.value as View)} aria-label="Lists">
            <Tab value="overdue">Overdue ({a.overdue})</Tab>
            <Tab value="needsDate">Needs a date ({a.needsDate})</Tab>
            <Tab value="siip">SIIP index</Tab>
            <Tab value="mine">My actions</Tab>
          </TabList>
          {view === 'overdue' && <RowList rows={a.rows.filter((r) => r.overdue)} onSelect={select} empty="Nothing is overdue." />}
          {view === 'needsDate' && <RowList rows={a.rows.filter((r) => r.timescale.needsDate)} onSelect={select} empty="Every timescale has a date." />}
          {view === 'siip' && <SiipIndex result={result!} onSelect={select} />}
          {view === 'mine' && (
            <>
              <Field label="Lead or sub-group">
                <Select aria-label="Lead or sub-group" value={lead} onChange={(_, d) => setLead(d.value)}>
                  <option value="">Everyone</option>
                  {leads.map((l) => (
                    <option key={l} value={l}>
                      {l}
                    </option>
                  ))}
                </Select>
              </Field>
              <RowList rows={a.rows.filter((r) => !lead || r.lead.includes(lead))} onSelect={select} empty="No actions for this lead." />
            </>
          )}
        </>
      )}
      <Divider style={{ margin: '12px 0' }} />
      <details>
        <summary>Help and checks</summary>
        <Text block size={200} style={{ margin: '6px 0' }}>
          Whoever deploys Plan RAG runs this once on each Excel the board uses: it tries what the add-in relies on, on a scratch sheet it then deletes.
        </Text>
        <Button size="small" onClick={onSelfCheck} disabled={busy !== null}>
          Check this workbook&apos;s Excel
        </Button>
        {checks && (
          <div data-testid="checks" style={{ marginTop: 8 }}>
            <ul style={{ paddingLeft: 18, margin: 0 }}>
              {checks.map((c) => (
                <li key={c.check}>
                  <strong>{c.outcome === 'pass' ? 'Pass' : c.outcome === 'fail' ? 'Fail' : 'Note'}</strong> {c.check}: {c.detail}
                </li>
              ))}
            </ul>
            <Field label="Copy into a support request">
              <textarea readOnly value={checkReport(checks)} rows={6} style={{ width: '100%', boxSizing: 'border-box', fontFamily: 'monospace', fontSize: 11 }} />
            </Field>
          </div>
        )}
      </details>
    </main>
  );
}

function headerOptions(r: SessionResult): Array<{ col: number; label: string }> {
  const a = r.assessment;
  const grid = r.grid;
  const origin = grid.origin ?? { row: 0, col: 0 };
  const header = a.layout.headerRows[0];
  const width = Math.max(...grid.values.map((row) => row.length), 0);
  const out: Array<{ col: number; label: string }> = [];
  for (let c = 0; c < width; c++) {
    const text = header !== undefined ? String(grid.values[header]?.[c] ?? '').trim() : '';
    out.push({ col: c, label: `${columnLetters(origin.col + c)}${text ? `: ${text.slice(0, 30)}` : ''}` });
  }
  return out;
}

function RowList({ rows, onSelect, empty }: { rows: AssessedRow[]; onSelect: (r: AssessedRow) => void; empty: string }): JSX.Element {
  if (rows.length === 0) return <Text block style={{ marginTop: 8 }}>{empty}</Text>;
  return (
    <ul style={{ listStyle: 'none', padding: 0, margin: '8px 0' }} data-testid="rows">
      {rows.slice(0, 500).map((r) => (
        <li key={r.row} style={{ marginBottom: 6 }}>
          <Button
            appearance="subtle"
            onClick={() => onSelect(r)}
            style={{ width: '100%', justifyContent: 'flex-start', textAlign: 'left', height: 'auto', padding: 6 }}
            title={`Go to row ${r.row}`}
            data-row={r.row}
          >
            <span style={{ display: 'block' }}>
              <Badge color={BADGE[r.state]} appearance={r.state === 'none' ? 'outline' : 'filled'} style={{ marginRight: 6 }}>
                {STATE_WORDS[r.state]}
              </Badge>
              <strong>{r.ref ?? `Row ${r.row}`}</strong> {r.overdue ? `· ${r.daysOverdue} days overdue` : ''} {r.lead ? `· ${r.lead.replace(/\s+/g, ' ').slice(0, 40)}` : ''}
              <span style={{ display: 'block' }}>{r.action.replace(/\s+/g, ' ').slice(0, 140)}</span>
              <span style={{ display: 'block', color: '#616161', fontSize: 12 }}>{r.contradiction ?? r.reasons[0]}</span>
            </span>
          </Button>
        </li>
      ))}
    </ul>
  );
}

function SiipIndex({ result, onSelect }: { result: SessionResult; onSelect: (r: AssessedRow) => void }): JSX.Element {
  const a = result.assessment;
  const cited = citedSiip(a.rows);
  const register = a.register;
  const missing = register ? [...cited.keys()].filter((k) => !register.rows.has(k)) : [];
  const uncited = register ? [...register.rows.keys()].filter((k) => !cited.has(k)) : [];
  return (
    <div style={{ marginTop: 8 }} data-testid="siip">
      {cited.size === 0 && <Text block>No action cites the SIIP.</Text>}
      <ul style={{ listStyle: 'none', padding: 0 }}>
        {[...cited.entries()].map(([ref, rows]) => (
          <li key={ref} style={{ marginBottom: 4 }}>
            <strong>SIIP {ref}</strong>:{' '}
            {rows.map((r) => (
              <Button key={r.row} size="small" appearance="subtle" onClick={() => onSelect(r)} aria-label={`SIIP ${ref} cited by ${r.ref ?? `row ${r.row}`}: go to the row`}>
                {r.ref ?? `row ${r.row}`}
              </Button>
            ))}
          </li>
        ))}
      </ul>
      {register ? (
        <>
          <Text block>Register: sheet “{register.sheet}”.</Text>
          <Text block>Not in the register: {missing.length ? missing.join(', ') : 'none'}.</Text>
          <Text block>Register items no action cites: {uncited.length ? uncited.join(', ') : 'none'}.</Text>
        </>
      ) : (
        <Text block>No SIIP register sheet: links go to a generated “SIIP index” sheet.</Text>
      )}
    </div>
  );
}
