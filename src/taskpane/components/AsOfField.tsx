/**
 * The "RAG as of" date, typed as people write dates ("21/01/2015", "21 Jan 2015", "2015-01-21"). It checks as the
 * person types and says what to type; the pane recalculates only on a whole date (see `App`), never on half of one.
 */
import { Field, Input, makeStyles } from '@fluentui/react-components';
import { DATE_HINT, displayDate, type UserDate } from '../../core/userDate';

const useStyles = makeStyles({
  field: { minWidth: 0, maxWidth: '100%', flexGrow: 1, flexBasis: '12em' },
  input: { minWidth: 0, maxWidth: '100%' },
});

/**
 * `finished` is true once the person has left the box or pressed Enter: a date still half typed is then an error.
 */
export function AsOfField({
  text,
  parsed,
  finished,
  onText,
  onDone,
}: {
  text: string;
  parsed: UserDate;
  finished: boolean;
  onText: (text: string) => void;
  onDone: () => void;
}): JSX.Element {
  const styles = useStyles();
  let state: 'error' | 'none' = 'none';
  let message: string;
  if (parsed.ok) message = text.trim() === displayDate(parsed.date) ? DATE_HINT : `Reads as ${displayDate(parsed.date)}.`;
  else if (parsed.incomplete && !finished) message = DATE_HINT;
  else {
    state = 'error';
    message = parsed.reason;
  }
  return (
    <Field label="RAG as of" validationState={state} validationMessage={message} className={styles.field}>
      <Input
        className={styles.input}
        value={text}
        aria-label="RAG as of date"
        placeholder="21 Jan 2015"
        autoComplete="off"
        onChange={(_, d) => onText(d.value)}
        onBlur={onDone}
        onKeyDown={(e) => {
          if (e.key === 'Enter') onDone();
        }}
      />
    </Field>
  );
}
