/**
 * What went wrong (with where, what and what to do) and what just happened. A record that cannot be read comes
 * with "Remove plan-rag records".
 */
import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import type { PaneError } from '../officeBridge';

const useStyles = makeStyles({
  bar: { marginBottom: tokens.spacingVerticalS, minWidth: 0, overflowWrap: 'anywhere' },
});

export function ErrorBar({ error, busy, onRemoveRecords }: { error: PaneError; busy: boolean; onRemoveRecords: () => void }): JSX.Element {
  const styles = useStyles();
  return (
    <MessageBar intent="error" role="alert" layout="multiline" className={styles.bar}>
      <MessageBarBody>
        <MessageBarTitle>{error.origin}</MessageBarTitle>
        {error.message} {error.action}
      </MessageBarBody>
      {error.code === 'journal' && (
        <MessageBarActions>
          <Button size="small" onClick={onRemoveRecords} disabled={busy}>
            Remove plan-rag records
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

/** A notice that reports success is green; anything else (the sheet changed since the last Apply) is a warning. */
export function NoticeBar({ notice }: { notice: string }): JSX.Element {
  const styles = useStyles();
  return (
    <MessageBar
      intent={/^(Board pack|Applied|Cleared|Plan RAG's records)/.test(notice) ? 'success' : 'warning'}
      layout="multiline"
      className={styles.bar}
      data-testid="notice"
    >
      <MessageBarBody>{notice}</MessageBarBody>
    </MessageBar>
  );
}
