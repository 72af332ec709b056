/**
 * "My actions": a lead's actions in the order a lead works through them. The picker lists the plan's leads as the
 * core finds them (spellings and abbreviations of one lead brought together: "L&I sg" is Learning and
 * Improvement); the list shows open actions first (overdue by days, then red, amber, the rest), completed ones
 * folded away under "Complete (n)".
 */
import { Field, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import type { LeadIndex } from '../../core/leads/findLeads';
import { myActions, sortMyActions } from '../../core/leads/myActions';
import type { AssessedRow } from '../../core/plan/assess';
import { ActionList } from './ActionList';

const useStyles = makeStyles({
  root: { marginTop: tokens.spacingVerticalS, minWidth: 0 },
  field: { minWidth: 0 },
  select: { minWidth: 0, maxWidth: '100%' },
  about: { display: 'block', marginTop: tokens.spacingVerticalXS, overflowWrap: 'anywhere', color: tokens.colorNeutralForeground3 },
  complete: { minWidth: 0, marginTop: tokens.spacingVerticalS },
});

export function MyActionsTab({
  rows,
  leads,
  lead,
  onLead,
  onSelect,
}: {
  rows: AssessedRow[];
  leads: LeadIndex;
  lead: string;
  onLead: (id: string) => void;
  onSelect: (r: AssessedRow) => void;
}): JSX.Element {
  const styles = useStyles();
  const chosen = leads.leads.find((l) => l.id === lead) ?? null;
  const mine = chosen ? myActions(rows, leads, chosen.id) : sortMyActions(rows);
  const overdue = mine.open.filter((r) => r.overdue).length;
  const others = chosen ? chosen.spellings.filter((s) => s !== chosen.name) : [];
  return (
    <div className={styles.root}>
      <Field label="Lead or sub-group" className={styles.field}>
        <Select
          className={styles.select}
          select={{ className: styles.select }}
          aria-label="Lead or sub-group"
          value={chosen?.id ?? ''}
          onChange={(_, d) => onLead(d.value)}
        >
          <option value="">Everyone</option>
          {leads.leads.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
        </Select>
      </Field>
      <Text size={200} className={styles.about} data-testid="my-summary">
        {mine.open.length} open{overdue > 0 ? ` (${overdue} overdue)` : ''}, {mine.completed.length} complete.
        {others.length > 0 ? ` Also written: ${others.map((s) => s.replace(/\s+/g, ' ')).join('; ')}.` : ''}
      </Text>
      <ActionList rows={mine.open} onSelect={onSelect} empty={chosen ? 'Nothing open for this lead.' : 'Nothing is open.'} />
      {mine.completed.length > 0 && (
        <details className={styles.complete} data-testid="complete">
          <summary>Complete ({mine.completed.length})</summary>
          <ActionList rows={mine.completed} onSelect={onSelect} empty="" testId="complete-rows" />
        </details>
      )}
    </div>
  );
}
