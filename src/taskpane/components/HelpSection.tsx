/** Help and checks: the self-check whoever deploys the add-in runs once on each Excel, with a report to copy. */
import { Button, Field, makeStyles, Text, Textarea, tokens } from '@fluentui/react-components';
import { checkReport, type CheckResult } from '../../hosts/excel/selfCheck';

const useStyles = makeStyles({
  details: { minWidth: 0, overflowWrap: 'anywhere' },
  intro: { margin: `${tokens.spacingVerticalXS} 0` },
  checks: { marginTop: tokens.spacingVerticalS },
  list: { paddingLeft: '18px', margin: 0 },
  report: { width: '100%', maxWidth: '100%', minWidth: 0, boxSizing: 'border-box' },
  text: { fontFamily: tokens.fontFamilyMonospace, fontSize: '11px' },
});

export function HelpSection({ busy, checks, onSelfCheck }: { busy: boolean; checks: CheckResult[] | null; onSelfCheck: () => void }): JSX.Element {
  const styles = useStyles();
  return (
    <details className={styles.details}>
      <summary>Help and checks</summary>
      <Text block size={200} className={styles.intro}>
        Whoever deploys Plan RAG runs this once on each Excel the board uses: it tries what the add-in relies on, on a scratch sheet it then deletes.
      </Text>
      <Button size="small" onClick={onSelfCheck} disabled={busy}>
        Check this workbook&apos;s Excel
      </Button>
      {checks && (
        <div data-testid="checks" className={styles.checks}>
          <ul className={styles.list}>
            {checks.map((c) => (
              <li key={c.check}>
                <strong>{c.outcome === 'pass' ? 'Pass' : c.outcome === 'fail' ? 'Fail' : 'Note'}</strong> {c.check}: {c.detail}
              </li>
            ))}
          </ul>
          <Field label="Copy into a support request">
            <Textarea readOnly value={checkReport(checks)} rows={6} resize="vertical" className={styles.report} textarea={{ className: styles.text }} />
          </Field>
        </div>
      )}
    </details>
  );
}
