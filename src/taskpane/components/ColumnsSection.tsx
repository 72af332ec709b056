/** The columns the pane found, each correctable with a drop-down, folded away unless the detection is wrong. */
import { Field, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import { columnLetters } from '../../core/grid';
import type { Detected } from '../../core/session/session';
import { COLUMN_ROLES, type ColumnRole } from '../../core/vocab/headers';
import type { PlanSettings } from '../../hosts/excel/planSession';

const ROLE_LABELS: Record<ColumnRole, string> = {
  ref: 'Ref',
  objective: 'Objective',
  action: 'Action',
  timescale: 'Timescale',
  lead: 'Lead',
  outcome: 'Outcome',
  status: 'Status',
  rag: 'RAG',
  link: 'Link',
};

const useStyles = makeStyles({
  details: { minWidth: 0 },
  // two columns from about 290 px, one below; each at most its share (a long header never widens the pane)
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 130px), 1fr))',
    gap: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  field: { minWidth: 0 },
  select: { minWidth: 0, maxWidth: '100%' },
  message: { overflowWrap: 'anywhere' },
});

export function ColumnsSection({ result, settings, onChange }: { result: Detected; settings: PlanSettings; onChange: (s: PlanSettings) => void }): JSX.Element {
  const styles = useStyles();
  const a = result.assessment;
  const options = headerOptions(result);
  return (
    <details className={styles.details}>
      <summary>Columns (correct them if the detection is wrong)</summary>
      <div className={styles.grid}>
        {COLUMN_ROLES.map((role) => (
          <Field key={role} label={ROLE_LABELS[role]} className={styles.field}>
            <Select
              className={styles.select}
              select={{ className: styles.select }}
              aria-label={`${ROLE_LABELS[role]} column`}
              value={String(settings.layout?.columns?.[role] ?? a.layout.blocks[0]?.columns[role] ?? '')}
              onChange={(_, d) => {
                const columns = { ...(settings.layout?.columns ?? {}) } as Record<string, number>;
                if (d.value === '') delete columns[role];
                else columns[role] = Number(d.value);
                onChange({ ...settings, layout: { ...settings.layout, columns } });
              }}
            >
              <option value="">(none)</option>
              {options.map((o) => (
                <option key={o.col} value={o.col}>
                  {o.label}
                </option>
              ))}
            </Select>
          </Field>
        ))}
      </div>
      {a.messages.map((m) => (
        <Text key={m} block size={200} className={styles.message}>
          {m}
        </Text>
      ))}
    </details>
  );
}

function headerOptions(r: Detected): Array<{ col: number; label: string }> {
  const a = r.assessment;
  const grid = r.grid;
  const origin = grid.origin ?? { row: 0, col: 0 };
  const header = a.layout.headerRows[0];
  const width = Math.max(...grid.values.map((row) => row.length), 0);
  const out: Array<{ col: number; label: string }> = [];
  for (let c = 0; c < width; c++) {
    const text = header !== undefined ? String(grid.values[header]?.[c] ?? '').trim() : '';
    out.push({ col: c, label: `${columnLetters(origin.col + c)}${text ? `: ${text.slice(0, 30)}` : ''}` });
  }
  return out;
}
