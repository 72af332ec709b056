import { apply, clear } from '../../src/core/session/session';
import { MemoryHost } from '../fakes/memoryHost';
import { sheetsOf, V12 } from '../helpers/fixtures';

test('smoke', async () => {
  const sheets = await sheetsOf(V12);
  const host = MemoryHost.from(sheets.map((s) => ({ name: s.name, rows: s.grid.values })));
  const before = host.values();
  const beforeF = host.formats('Business Plan 2014-15');
  const a = await apply(host, { asOf: '2015-01-21' });
  console.log(a.assessment.counts, a.written, a.leftAlone.length, host.sheets.map((s) => s.name));
  const f1 = host.formats('Business Plan 2014-15');
  const b = await apply(host, { asOf: '2015-01-21' });
  console.log(b.written, b.leftAlone);
  expect(host.formats('Business Plan 2014-15')).toEqual(f1);
  const c = await clear(host);
  console.log(c);
  expect(host.values()).toEqual(before);
  expect(host.formats('Business Plan 2014-15')).toEqual(beforeF);
});
