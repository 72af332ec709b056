/** The SIIP index: each SIIP ref with the actions citing it, refs not in the register, register items no action cites. */
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { AssessedRow, WorkbookAssessment } from '../../core/plan/assess';
import { citedSiip } from '../../core/plan/formatPlan';

const useStyles = makeStyles({
  root: { marginTop: tokens.spacingVerticalS, minWidth: 0, overflowWrap: 'anywhere' },
  list: { listStyleType: 'none', padding: 0 },
  item: { marginBottom: tokens.spacingVerticalXS },
  ref: { minWidth: 0 },
});

export function SiipTab({ a, onSelect }: { a: WorkbookAssessment; onSelect: (r: AssessedRow) => void }): JSX.Element {
  const styles = useStyles();
  const cited = citedSiip(a.rows);
  const register = a.register;
  const missing = register ? [...cited.keys()].filter((k) => !register.rows.has(k)) : [];
  const uncited = register ? [...register.rows.keys()].filter((k) => !cited.has(k)) : [];
  return (
    <div className={styles.root} data-testid="siip">
      {cited.size === 0 && <Text block>No action cites the SIIP.</Text>}
      <ul className={styles.list}>
        {[...cited.entries()].map(([ref, rows]) => (
          <li key={ref} className={styles.item}>
            <strong>SIIP {ref}</strong>:{' '}
            {rows.map((r) => (
              <Button
                key={r.row}
                size="small"
                appearance="subtle"
                className={styles.ref}
                onClick={() => onSelect(r)}
                aria-label={`SIIP ${ref} cited by ${r.ref ?? `row ${r.row}`}: go to the row`}
              >
                {r.ref ?? `row ${r.row}`}
              </Button>
            ))}
          </li>
        ))}
      </ul>
      {register ? (
        <>
          <Text block>Register: sheet “{register.sheet}”.</Text>
          <Text block>Not in the register: {missing.length ? missing.join(', ') : 'none'}.</Text>
          <Text block>Register items no action cites: {uncited.length ? uncited.join(', ') : 'none'}.</Text>
        </>
      ) : (
        <Text block>No SIIP register sheet: links go to a generated “SIIP index” sheet.</Text>
      )}
    </div>
  );
}
