import type { ReportJson } from '../core/plan/reportJson';

const ANSI: Record<string, string> = { red: '\x1b[41;97m', amber: '\x1b[43;30m', green: '\x1b[42;30m', complete: '\x1b[44;97m', none: '' };
const RESET = '\x1b[0m';

/**
 * The report as a readable terminal table: ref, state, due, overdue, SIIP refs, reason; then a summary.
 * State is always a word, so it reads without colour.
 */
export function renderReport(report: ReportJson, options: { color?: boolean; width?: number } = {}): string {
  const width = Math.max(100, options.width ?? 140);
  const head = ['Row', 'Ref', 'State', 'Due', 'Overdue', 'Kind', 'SIIP', 'Reason'];
  const rows = report.rows.map((r) => [
    String(r.row),
    r.ref ?? '',
    r.state === 'none' ? (report.summary.noStatusColumn ? 'not rated' : 'not started') : r.state,
    r.due ?? (r.timescaleKind === 'none' && r.needsDate ? 'needs date' : ''),
    r.overdue ? `${r.daysOverdue}d` : '',
    r.timescaleKind,
    r.siip.join(', '),
    reasonOf(r),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  widths[6] = Math.min(widths[6], 16);
  const fixed = widths.slice(0, 7).reduce((a, b) => a + b + 2, 0);
  widths[7] = Math.max(20, Math.min(widths[7], width - fixed));
  const cut = (s: string, w: number) => (s.length > w ? `${s.slice(0, w - 1)}…` : s.padEnd(w));
  const line = (cells: string[], state?: string) =>
    cells
      .map((c, i) => {
        const text = cut(c.replace(/\s+/g, ' '), widths[i]);
        return i === 2 && state && options.color && ANSI[state] ? `${ANSI[state]}${text}${RESET}` : text;
      })
      .join('  ')
      .trimEnd();
  const out: string[] = [];
  out.push(`${report.sheet}: RAG as of ${report.asOf}`);
  // what the plan lacks comes first: without a status or timescale column the counts below mean little
  for (const w of report.summary.warnings ?? []) out.push(`Warning: ${w}`);
  out.push('');
  out.push(line(head));
  out.push(widths.map((w) => '-'.repeat(w)).join('  '));
  report.rows.forEach((r, i) => out.push(line(rows[i], r.state)));
  out.push('');
  const s = report.summary;
  if (s.noStatusColumn && s.noTimescaleColumn) {
    out.push(`${s.actions} actions, not rated: the plan has no status and no timescale column.`);
  } else {
    out.push(
      `${s.actions} actions: ${s.counts.red} red, ${s.counts.amber} amber, ${s.counts.green} green, ${s.counts.complete} complete, ${s.counts.none} ${s.noStatusColumn ? 'with no status column to read' : 'not started'}.`,
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
  return `${out.join('\n')}\n`;
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
