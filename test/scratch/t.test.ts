import { assessGrid } from '../../src/core/plan/assess';
test('x', () => {
  for (const [t, asOf] of [['Quarterly: first report due 30 June 2016', '2016-10-05'], ['Weekly, first session 4 April 2016', '2016-06-30']]) {
    const r = assessGrid({ values: [['Ref', 'Action', 'Target date', 'Progress'], ['1.2', 'Report to scrutiny', t, 'Report presented.'], ['1.3', 'Audit', 'March 2018', 'On track']] }, { asOf }).rows[0];
    console.log(t, JSON.stringify(r.timescale), r.reasons);
  }
});
