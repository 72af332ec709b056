/**
 * One contract, every host: the in-memory .xlsx host (ExcelJS), the Excel host (office-js) and the Google Sheets
 * host (Apps Script), the last two against recording fakes, must behave the same on the shared fixtures.
 */
import { NYSCB, V12, V12_MERGED } from '../helpers/fixtures';
import { ExcelFakeHost, GasFakeHost, XlsxHost, type HostUnderTest } from './hosts';

const PLAN = 'Business Plan 2014-15';
const hosts: Array<() => HostUnderTest> = [() => new XlsxHost(), () => new ExcelFakeHost(), () => new GasFakeHost()];

describe.each(hosts.map((h) => [h().name, h]))('host contract: %s', (_name, make) => {
  describe.each([
    ['v12', V12, PLAN],
    ['v12 merged + SIIP register', V12_MERGED, PLAN],
    ['NYSCB', NYSCB, 'Business Plan 2008-09'],
  ])('%s', (_f, file, sheet) => {
    test('apply changes no value the user typed; only the key goes into empty cells', async () => {
      const host = make();
      await host.load(file);
      const before = host.values();
      await host.apply('2015-01-21');
      const after = host.values();
      for (const [k, v] of Object.entries(before)) expect(after[k]).toEqual(v);
      const added = Object.keys(after).filter((k) => !(k in before) && k.startsWith(`${sheet}!`));
      for (const k of added) expect(String(after[k])).toMatch(/RAG key|\(R\)|\(A\)|\(G\)|\(no fill\)|overdue|needs a date|SIIP|Hover|Complete|Blue/);
    });

    test('apply twice gives the same sheet', async () => {
      const once = make();
      await once.load(file);
      await once.apply('2015-01-21');
      const twice = make();
      await twice.load(file);
      await twice.apply('2015-01-21');
      await twice.apply('2015-01-21');
      expect(twice.formats(sheet)).toEqual(once.formats(sheet));
      expect(twice.values()).toEqual(once.values());
      expect(twice.sheetNames()).toEqual(once.sheetNames());
    });

    test('clear restores what was there', async () => {
      const host = make();
      await host.load(file);
      const values = host.values();
      const formats = host.formats(sheet);
      const names = host.sheetNames();
      await host.apply('2015-01-21');
      await host.clear();
      expect(host.values()).toEqual(values);
      expect(host.formats(sheet)).toEqual(formats);
      expect(host.sheetNames()).toEqual(names);
    });
  });

  test('the same cells get the same state colours and links', async () => {
    const host = make();
    await host.load(V12);
    await host.apply('2015-01-21');
    expect(host.fill(PLAN, 'G10')).toBe('FFC7CE'); // 1.6 red
    expect(host.fill(PLAN, 'G7')).toBe('FFEB9C'); // 1.3 amber
    expect(host.fill(PLAN, 'G5')).toBe('C6EFCE'); // 1.1 complete (green without BRAG)
    expect(host.fill(PLAN, 'G17')).toBeNull(); // 1.13 not started: no fill
    expect(host.link(PLAN, 'B74')).toMatch(/^'SIIP index'!A\d+$/);
    expect(host.sheetNames()).toContain('SIIP index');
  });

  test('with a register, links go to the register', async () => {
    const host = make();
    await host.load(V12_MERGED);
    await host.apply('2015-01-21');
    expect(host.link(PLAN, 'B6')).toBe('SIIP!A5'); // 1.2 → SIIP 1.9
    expect(host.sheetNames()).not.toContain('SIIP index');
  });
});
