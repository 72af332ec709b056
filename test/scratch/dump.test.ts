import { assessWorkbook } from '../../src/core/plan/assess';
import { PLAN_FIXTURES } from '../fixtures/plans';
test('dump', () => {
  const names = (process.env.FX ?? '').split(',');
  for (const f of PLAN_FIXTURES.filter((x) => names.includes(x.name))) {
    const a = assessWorkbook([{ name: f.sheet, grid: f.grid }], { asOf: f.asOf });
    const out = a.rows.map((r) => `${r.ref ?? r.row} ${r.state} ${r.timescale.due} ${r.updateColumn ?? ''} | ${r.reasons.join(' // ')}`);
    process.stdout.write(`\n== ${f.name}\n${out.join('\n')}\n${a.warnings.join('\n')}\n`);
  }
});
import { readLayout } from '../../src/core/layout/readLayout';
import { planKeyTexts } from '../../src/core/status/ragKey';
test('layout', () => {
  for (const f of PLAN_FIXTURES.filter((x) => (process.env.FX ?? '').split(',').includes(x.name))) {
    const l = readLayout(f.grid);
    process.stdout.write(`notes ${JSON.stringify(l.noteRows)} headers ${JSON.stringify(l.headerRows)} sections ${JSON.stringify(l.sections.map((s) => s.title.slice(0, 40)))}\n${JSON.stringify(planKeyTexts(f.grid, l))}\n`);
  }
});
