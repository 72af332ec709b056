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
    r.state === 'none' ? 'not started' : r.state,
    r.due ?? (r.timescaleKind === 'none' && r.needsDate ? 'needs date' : ''),
    r.overdue ? `${r.daysOverdue}d` : '',
    r.timescaleKind,
    r.siip.join(', '),
    r.contradiction ? `! ${r.contradiction}` : r.reasons[0] ?? '',
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
  out.push('');
  out.push(line(head));
  out.push(widths.map((w) => '-'.repeat(w)).join('  '));
  report.rows.forEach((r, i) => out.push(line(rows[i], r.state)));
  out.push('');
  const s = report.summary;
  out.push(
    `${s.actions} actions: ${s.counts.red} red, ${s.counts.amber} amber, ${s.counts.green} green, ${s.counts.complete} complete, ${s.counts.none} not started.`,
  );
  out.push(`${s.overdue} overdue; ${s.needsDate} ${s.needsDate === 1 ? 'timescale needs' : 'timescales need'} a date.`);
  if (s.siipRefs.length > 0) out.push(`SIIP references: ${s.siipRefs.join(', ')}${s.register ? ` (register: sheet "${s.register}")` : ''}.`);
  if (s.siipNotInRegister.length > 0) out.push(`Not in the register: ${s.siipNotInRegister.join(', ')}.`);
  if (s.registerNotCited.length > 0) out.push(`Register items no action cites: ${s.registerNotCited.join(', ')}.`);
  for (const m of report.messages) out.push(`Note: ${m}`);
  return `${out.join('\n')}\n`;
}
