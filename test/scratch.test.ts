import { assessWorkbook } from '../src/core/plan/assess';
import { PLAN_FIXTURES } from './fixtures/plans';
test('x', () => {
  for (const name of (process.env.FX ?? '').split(',')) {
    const f = PLAN_FIXTURES.find((x) => x.name === name)!;
    const a = assessWorkbook([{ name: f.sheet, grid: f.grid }], { asOf: f.asOf });
    const exp = new Map(f.expected.map((e) => [e[0], e]));
    const lines: string[] = [];
    for (const r of a.rows) {
      const k = r.ref ?? String(r.row);
      const e = exp.get(k);
      const ok = e && e[1] === r.state && e[2] === r.timescale.due && JSON.stringify(e[3]) === JSON.stringify([...r.siip]);
      lines.push(`${ok ? 'OK ' : 'XX '}${k} ${r.state} ${r.timescale.due} [${[...r.siip]}] exp=${e ? `${e[1]} ${e[2]} [${e[3]}]` : '-'} | ${(r.reasons ?? []).join(' / ').slice(0, 400)}`);
    }
    console.log(name, '\n' + lines.join('\n'));
  }
});
