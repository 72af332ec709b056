/** Apply, Prepare for board and Clear, with what is running; and the two choices that change how Apply colours. */
import { Button, makeStyles, Spinner, Switch, tokens } from '@fluentui/react-components';
import type { PlanSettings } from '../../hosts/excel/planSession';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center', margin: `${tokens.spacingVerticalM} 0`, minWidth: 0 },
  button: { minWidth: 0 },
  switches: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, minWidth: 0 },
  switch: { minWidth: 0, maxWidth: '100%' },
  hint: { flexBasis: '100%', color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
});

export function OptionSwitches({ settings, onChange }: { settings: PlanSettings; onChange: (s: PlanSettings) => void }): JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.switches}>
      <Switch
        className={styles.switch}
        label="Complete shows blue (BRAG)"
        checked={!!settings.brag}
        onChange={(_, d) => onChange({ ...settings, brag: d.checked })}
      />
      <Switch className={styles.switch} label="Tint rows" checked={!!settings.rowTint} onChange={(_, d) => onChange({ ...settings, rowTint: d.checked })} />
    </div>
  );
}

export interface ApplyControlsProps {
  busy: string | null;
  /** The plan is read: Apply and Prepare for board can run. */
  canApply: boolean;
  /** Why Apply cannot run though the plan is read (a date that is not a date), said beside the buttons. */
  blocked: string | null;
  applied: boolean;
  onApply: () => void;
  onBoard: () => void;
  onClear: () => void;
}

export function ApplyControls({ busy, canApply, blocked, applied, onApply, onBoard, onClear }: ApplyControlsProps): JSX.Element {
  const styles = useStyles();
  const off = busy !== null || !canApply || blocked !== null;
  return (
    <div className={styles.row}>
      <Button className={styles.button} appearance="primary" onClick={onApply} disabled={off}>
        Apply
      </Button>
      <Button className={styles.button} onClick={onBoard} disabled={off}>
        Prepare for board
      </Button>
      <Button className={styles.button} onClick={onClear} disabled={busy !== null || !applied}>
        Clear
      </Button>
      {busy && <Spinner size="tiny" label={busy} />}
      {blocked && canApply && (
        <span className={styles.hint} data-testid="apply-blocked">
          {blocked}
        </span>
      )}
    </div>
  );
}
