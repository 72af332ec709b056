/**
 * A list of actions: each an item that selects its row in the sheet. An item shows its state, ref, days overdue,
 * lead, the action cut at a word (the full text in its tooltip), the due date, a hand-coloured RAG, the update
 * column the status came from, the reason for its state and any warning. Cell text is rendered as text.
 */
import { Badge, Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { AssessedRow } from '../../core/plan/assess';
import { ACTION_CHARS, BADGE, cut, dueText, ragSourceText, STATE_WORDS } from './rowText';

const useStyles = makeStyles({
  list: { listStyleType: 'none', padding: 0, margin: `${tokens.spacingVerticalS} 0`, minWidth: 0 },
  item: { marginBottom: tokens.spacingVerticalXS, minWidth: 0 },
  // Fluent's Button is at most 280 px and at least 96 px, on one line: here it is the list's width, and wraps
  button: {
    width: '100%',
    maxWidth: '100%',
    minWidth: 0,
    height: 'auto',
    justifyContent: 'flex-start',
    textAlign: 'left',
    padding: tokens.spacingHorizontalS,
    fontWeight: tokens.fontWeightRegular,
    whiteSpace: 'normal',
    overflowWrap: 'anywhere',
  },
  body: { display: 'block', minWidth: 0 },
  badge: { marginRight: tokens.spacingHorizontalS },
  line: { display: 'block' },
  meta: { display: 'block', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  warning: { display: 'block', color: tokens.colorPaletteDarkOrangeForeground1, fontSize: tokens.fontSizeBase200 },
  empty: { marginTop: tokens.spacingVerticalS },
});

export function ActionItem({ row: r, onSelect }: { row: AssessedRow; onSelect: (r: AssessedRow) => void }): JSX.Element {
  const styles = useStyles();
  const action = r.action.replace(/\s+/g, ' ').trim();
  // a Reporting cell's lines are its leads: "L &I Group / Business group / CSCB"
  const lead = r.lead
    .split(/\n+/)
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(' / ');
  const hand = ragSourceText(r);
  const reason = r.contradiction ?? r.reasons[0];
  // "check the year" is said once, as a warning, even when it is also the reason
  return (
    <li className={styles.item} data-ref={r.ref ?? ''} data-state={r.state} data-days={r.overdue ? String(r.daysOverdue ?? 0) : ''}>
      <Button appearance="subtle" className={styles.button} onClick={() => onSelect(r)} title={`Go to row ${r.row}`} data-row={r.row}>
        <span className={styles.body}>
          <span className={styles.line}>
            <Badge color={BADGE[r.state]} appearance={r.state === 'none' ? 'outline' : 'filled'} className={styles.badge}>
              {STATE_WORDS[r.state]}
            </Badge>
            <strong>{r.ref ?? `Row ${r.row}`}</strong>
            {r.overdue ? ` · ${r.daysOverdue} ${r.daysOverdue === 1 ? 'day' : 'days'} overdue` : ''}
            {lead ? ` · ${cut(lead, 40)}` : ''}
          </span>
          <span className={styles.line} title={action} data-testid="action-text">
            {cut(action, ACTION_CHARS)}
          </span>
          <span className={styles.meta} data-testid="due">
            {dueText(r)}
            {r.updateColumn ? ` · status from “${r.updateColumn}”` : ''}
          </span>
          {hand && (
            <span className={styles.meta} data-testid="rag-source">
              {hand}
            </span>
          )}
          {reason && reason !== r.checkYear && <span className={styles.meta}>{reason}</span>}
          {r.checkYear && (
            <span className={styles.warning} data-testid="warning">
              {r.checkYear}
            </span>
          )}
        </span>
      </Button>
    </li>
  );
}

export function ActionList({
  rows,
  onSelect,
  empty,
  testId = 'rows',
}: {
  rows: AssessedRow[];
  onSelect: (r: AssessedRow) => void;
  empty: string;
  testId?: string;
}): JSX.Element {
  const styles = useStyles();
  if (rows.length === 0)
    return (
      <Text block className={styles.empty}>
        {empty}
      </Text>
    );
  return (
    <ul className={styles.list} data-testid={testId}>
      {rows.slice(0, 500).map((r) => (
        <ActionItem key={r.row} row={r} onSelect={onSelect} />
      ))}
    </ul>
  );
}
