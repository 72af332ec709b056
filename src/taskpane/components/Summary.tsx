/** The plan at a glance: its sheet, how many actions as of which date, counts per state, and what to say first. */
import { Badge, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { WorkbookAssessment } from '../../core/plan/assess';
import type { RagState } from '../../core/status/classifyStatus';
import { displayDate } from '../../core/userDate';
import { BADGE, STATE_WORDS } from './rowText';

const useStyles = makeStyles({
  section: { minWidth: 0, overflowWrap: 'anywhere' },
  counts: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap', marginTop: tokens.spacingVerticalXS },
  warning: { display: 'block', marginTop: tokens.spacingVerticalXS, color: tokens.colorPaletteDarkOrangeForeground1 },
});

export function Summary({ a }: { a: WorkbookAssessment }): JSX.Element {
  const styles = useStyles();
  return (
    <section aria-label="Counts" aria-live="polite" className={styles.section}>
      <Text weight="semibold" data-testid="summary-title">
        {a.sheet}: {a.rows.length} {a.rows.length === 1 ? 'action' : 'actions'} as of {displayDate(a.asOf)}
      </Text>
      <div className={styles.counts} data-testid="counts">
        {(['red', 'amber', 'green', 'complete', 'none'] as RagState[]).map((s) => (
          <Badge key={s} color={BADGE[s]} appearance={s === 'none' ? 'outline' : 'filled'} data-state={s}>
            {STATE_WORDS[s]}: {a.counts[s]}
          </Badge>
        ))}
        <Badge color="danger" appearance="outline" data-state="overdue">
          Overdue: {a.overdue}
        </Badge>
      </div>
      {a.warnings.map((w) => (
        <Text key={w} size={200} className={styles.warning}>
          {w}
        </Text>
      ))}
    </section>
  );
}
