/**
 * `plan-rag leads` as text: the chase list (`buildChaseList` in the core), one block per lead, open actions most
 * urgent first (overdue by days, then red, amber, green, not started). Cell text is escaped (`escapeControls`),
 * dates read "21 Jan 2015".
 */
import type { ChaseItem, ChaseLead, ChaseList } from '../core/leads/chaseList';
import { displayDate } from '../core/userDate';
import { escapeControls, plural } from './terminal';

/** How much of the status text and the action to show on one line. */
const STATUS_WIDTH = 40;
const ACTION_WIDTH = 60;

/**
 * The chase list for the terminal.
 * @example renderLeads(list, 'Business Plan 2014-15') // 'Chase list as of 21 Jan 2015 (Business Plan 2014-15)\n\nBusiness Group: 12 open…'
 */
export function renderLeads(list: ChaseList, sheet: string, options: { width?: number } = {}): string {
  const width = Math.max(100, options.width ?? 140);
  const lines: string[] = [];
  const say = (text: string) => lines.push(escapeControls(text));
  const withOpen = list.leads.filter((l) => l.open.length > 0);
  say(`Chase list as of ${displayDate(list.asOf)} (${sheet}): ${plural(withOpen.length, 'lead')} with open actions`);
  for (const lead of withOpen) {
    say('');
    say(`${lead.name}: ${headline(lead)}`);
    const others = lead.spellings.filter((s) => s !== lead.name);
    if (others.length > 0) say(`  also written: ${cut(others.map((s) => `"${s.replace(/\s+/g, ' ')}"`).join(', '), width - 16)}`);
    lines.push(...table(lead.open, width));
  }
  const done = list.leads.filter((l) => l.open.length === 0);
  if (done.length > 0) {
    say('');
    say(`Nothing open: ${done.map((l) => (l.completed ? `${l.name} (${l.completed} complete)` : l.name)).join(', ')}.`);
  }
  if (list.noLead.length > 0) {
    say('');
    say(`No lead named: ${plural(list.noLead.length, 'open action')} whose Reporting cell names no lead`);
    lines.push(...table(list.noLead, width));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * One lead's block alone (`plan-rag leads --lead NAME`).
 */
export function renderLead(lead: ChaseLead, asOf: string, sheet: string, options: { width?: number } = {}): string {
  const width = Math.max(100, options.width ?? 140);
  const lines = [`${lead.name}: ${headline(lead)} as of ${displayDate(asOf)} (${sheet})`];
  const others = lead.spellings.filter((s) => s !== lead.name);
  if (others.length > 0) lines.push(`  also written: ${others.map((s) => `"${s.replace(/\s+/g, ' ')}"`).join(', ')}`);
  const out = lines.map(escapeControls);
  if (lead.open.length > 0) out.push(...table(lead.open, width));
  return `${out.join('\n')}\n`;
}

function headline(lead: ChaseLead): string {
  const parts = [plural(lead.open.length, 'open action')];
  if (lead.overdue) parts.push(`${lead.overdue} overdue`);
  if (lead.completed) parts.push(`${lead.completed} complete`);
  return parts.join(', ');
}

function table(items: readonly ChaseItem[], width: number): string[] {
  const head = ['Ref', 'State', 'Due', 'Overdue', 'Status', 'Action'];
  const rows = items.map((i) =>
    [
      i.ref ?? `row ${i.row}`,
      i.state === 'none' ? 'not started' : i.state,
      i.due ? displayDate(i.due) : i.timescale || 'no date',
      i.overdue ? `${i.daysOverdue}d` : '',
      i.status,
      i.action,
    ].map((c) => escapeControls(c.replace(/\s+/g, ' ').trim())),
  );
  const widths = head.map((h) => h.length);
  for (const r of rows) for (let c = 0; c < r.length; c++) if (r[c].length > widths[c]) widths[c] = r[c].length;
  widths[2] = Math.min(widths[2], 18);
  widths[4] = Math.min(widths[4], STATUS_WIDTH);
  const fixed = widths.slice(0, 5).reduce((a, b) => a + b + 2, 2);
  widths[5] = Math.max(20, Math.min(widths[5], ACTION_WIDTH, width - fixed));
  const line = (cells: string[]) => `  ${cells.map((c, i) => cut(c, widths[i]).padEnd(widths[i])).join('  ')}`.trimEnd();
  return [line(head), `  ${widths.map((w) => '-'.repeat(w)).join('  ')}`, ...rows.map(line)];
}

/** Cut at a word where one is near, with an ellipsis. */
function cut(s: string, w: number): string {
  if (s.length <= w) return s;
  const room = s.slice(0, w - 1);
  const space = room.lastIndexOf(' ');
  return `${(space > w * 0.6 ? room.slice(0, space) : room).trimEnd()}…`;
}
