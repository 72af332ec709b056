/** The pane's title. */
import { makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  title: {
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
    margin: `0 0 ${tokens.spacingVerticalS}`,
  },
});

export function Header({ title }: { title: string }): JSX.Element {
  const styles = useStyles();
  return <h1 className={styles.title}>{title}</h1>;
}
