import { findLeads, leadsOfRow, type LeadIndex } from '../core/leads/findLeads';
import type { ReportJson } from '../core/plan/reportJson';
import { displayDate } from '../core/userDate';
import { escapeControls, plural } from './terminal';

const ANSI: Record<string, string> = { red: '\x1b[41;97m', amber: '\x1b[43;30m', green: '\x1b[42;30m', complete: '\x1b[44;97m', none: '' };
const RESET = '\x1b[0m';

/** The Lead column's widest. */
const LEAD_WIDTH = 38;
/** The SIIP column's widest. */
const SIIP_WIDTH = 16;

/**
 * The report as a readable terminal table: row, ref, state, due, overdue, lead, kind, SIIP refs, reason; then a
 * summary. State is always a word, so it reads without colour. Text from the workbook has its control characters
 * escaped (`escapeControls`); dates read "21 Jan 2015". The lead is who to chase: the leads the Reporting cell
 * names (`findLeads`, pass `leads` to use a glossary), else the cell's text.
 */
export function renderReport(report: ReportJson, options: { color?: boolean; width?: number; leads?: LeadIndex } = {}): string {
  const width = Math.max(100, options.width ?? 140);
  const leads = options.leads ?? findLeads(report.rows);
  const head = ['Row', 'Ref', 'State', 'Due', 'Overdue', 'Lead', 'Kind', 'SIIP', 'Reason'];
  const REASON = head.length - 1;
  const rows = report.rows.map((r) =>
    [
      String(r.row),
      r.ref ?? '',
      r.state === 'none' ? (report.summary.noStatusColumn ? 'not rated' : 'not started') : r.state,
      r.due ? displayDate(r.due) : r.timescaleKind === 'none' && r.needsDate ? 'needs date' : '',
      r.overdue ? `${r.daysOverdue}d` : '',
      leadOf(leads, r),
      r.timescaleKind,
      r.siip.join(', '),
      reasonOf(r),
    ].map((c) => escapeControls(c.replace(/\s+/g, ' ').trim())),
  );
  // widest cell per column by a loop: a spread over 100,000 rows overflows the stack
  const widths = head.map((h) => h.length);
  for (const r of rows) for (let i = 0; i < r.length; i++) if (r[i].length > widths[i]) widths[i] = r[i].length;
  widths[5] = Math.min(widths[5], LEAD_WIDTH);
  widths[7] = Math.min(widths[7], SIIP_WIDTH);
  const fixed = widths.slice(0, REASON).reduce((a, b) => a + b + 2, 0);
  widths[REASON] = Math.max(20, Math.min(widths[REASON], width - fixed));
  const cut = (s: string, w: number) => (s.length > w ? `${s.slice(0, w - 1)}…` : s.padEnd(w));
  const line = (cells: string[], state?: string) =>
    cells
      .map((c, i) => {
        const text = cut(c, widths[i]);
        return i === 2 && state && options.color && ANSI[state] ? `${ANSI[state]}${text}${RESET}` : text;
      })
      .join('  ')
      .trimEnd();
  const lines: string[] = [];
  // text lines hold sheet names and messages quoting cells: escaped; table lines are built from escaped cells
  const out = { push: (text: string) => lines.push(escapeControls(text)) };
  out.push(`${report.sheet}: RAG as of ${displayDate(report.asOf)}`);
  // what the plan lacks comes first: without a status or timescale column the counts below mean little
  for (const w of report.summary.warnings ?? []) out.push(`Warning: ${w}`);
  out.push('');
  lines.push(line(head));
  lines.push(widths.map((w) => '-'.repeat(w)).join('  '));
  report.rows.forEach((r, i) => lines.push(line(rows[i], r.state)));
  out.push('');
  const s = report.summary;
  if (s.noStatusColumn && s.noTimescaleColumn) {
    out.push(`${plural(s.actions, 'action')}, not rated: the plan has no status and no timescale column.`);
  } else {
    out.push(
      `${plural(s.actions, 'action')}: ${s.counts.red} red, ${s.counts.amber} amber, ${s.counts.green} green, ${s.counts.complete} complete, ${s.counts.none} ${s.noStatusColumn ? 'with no status column to read' : 'not started'}.`,
    );
    out.push(
      s.noTimescaleColumn
        ? 'Overdue cannot be worked out: the plan has no timescale column.'
        : `${s.overdue} overdue; ${s.needsDate} ${s.needsDate === 1 ? 'timescale needs' : 'timescales need'} a date.`,
    );
  }
  if (s.revised) out.push(`${s.revised} ${s.revised === 1 ? 'due date was' : 'due dates were'} revised (the report shows the revised date).`);
  if (s.colouredRag) out.push(`${s.colouredRag} ${s.colouredRag === 1 ? 'RAG was' : 'RAGs were'} read from hand-coloured cells.`);
  if (s.siipRefs.length > 0) out.push(`SIIP references: ${s.siipRefs.join(', ')}${s.register ? ` (register: sheet "${s.register}")` : ''}.`);
  if (s.siipNotInRegister.length > 0) out.push(`Not in the register: ${s.siipNotInRegister.join(', ')}.`);
  if (s.registerNotCited.length > 0) out.push(`Register items no action cites: ${s.registerNotCited.join(', ')}.`);
  for (const m of report.messages) if (!(report.summary.warnings ?? []).includes(m)) out.push(`Note: ${m}`);
  return `${lines.join('\n')}\n`;
}

/**
 * The leads a row names (by their plan names), else the Reporting cell as written; leads that do not fit the column
 * are counted ("Learning and Improvement sub group +2") rather than cut mid-name.
 */
function leadOf(leads: LeadIndex, r: ReportJson['rows'][number]): string {
  const names = leadsOfRow(leads, r.row).map((l) => l.name.replace(/\s+/g, ' '));
  if (names.length === 0) return r.lead;
  const all = names.join(', ');
  if (all.length <= LEAD_WIDTH || names.length === 1) return all;
  for (let k = names.length - 1; k >= 1; k--) {
    const shown = `${names.slice(0, k).join(', ')} +${names.length - k}`;
    if (shown.length <= LEAD_WIDTH) return shown;
  }
  const more = ` +${names.length - 1}`;
  return `${names[0].slice(0, LEAD_WIDTH - more.length - 1)}…${more}`;
}

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Mar 2015" from "2015-03-31". */
function monthOf(iso: string): string {
  return `${SHORT_MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
}

/**
 * The row's reason column: a contradiction first; then what the plan itself said that a reader must see (a revised
 * date, a hand-coloured RAG, the update column read, a year to check); then the first reason.
 * @example reasonOf(row) // 'due Mar 2015, revised from Dec 2014; status says "pushed back"'
 */
export function reasonOf(r: ReportJson['rows'][number]): string {
  if (r.contradiction) return `! ${r.contradiction}`;
  const parts: string[] = [];
  if (r.checkYear) parts.push(r.checkYear);
  if (r.due && r.revisedFrom) parts.push(`due ${monthOf(r.due)}, revised from ${monthOf(r.revisedFrom)}`);
  if (r.ragSource === 'fill' || r.ragSource === 'font colour') parts.push(`RAG from the cell's ${r.ragSource === 'fill' ? 'colour' : 'text colour'}`);
  if (r.updateColumn) parts.push(`from "${r.updateColumn}"`);
  const first = r.reasons.find((x) => !x.startsWith('check the year') && !/revised from .*slipped/.test(x)) ?? '';
  if (first) parts.push(first);
  return parts.join('; ');
}
