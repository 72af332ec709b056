/**
 * The built task pane in real headless Chromium, with an in-page fake of Office and Excel loaded from a fixture
 * workbook: detect, apply, filter by lead, click to navigate, live re-evaluation, clear; screenshots saved as
 * artefacts; an axe-core check; cell text with HTML in it shows as text.
 *
 * Needs `npm run build:harness` (the `pretest` script runs it) and Chromium at /usr/bin/chromium (.ci/run
 * installs it).
 */
/// <reference lib="dom" />
import { existsSync, promises as fs } from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { findLead, findLeads } from '../../src/core/leads/findLeads';
import { myActions } from '../../src/core/leads/myActions';
import { assessWorkbook } from '../../src/core/plan/assess';
import { readSheets } from '../../src/hosts/xlsx/readGrid';
import type { FakeWorkbookState } from '../fakes/fakeExcel';
import { V12, V12_MERGED } from '../helpers/fixtures';

declare global {
  interface Window {
    __fake?: { state: FakeWorkbookState; syncs: number };
  }
}

const DIST = path.join(__dirname, '..', '..', 'dist-test');
const ARTIFACTS = path.join(__dirname, '..', '..', 'test-artifacts');
/**
 * The README's pictures of the pane. Every run takes them (into test-artifacts/); they are written into docs/img/
 * when missing or with UPDATE_PICTURES=1, so a test run does not rewrite committed pictures that differ from the
 * last only in antialiasing.
 */
const IMG = path.join(__dirname, '..', '..', 'docs', 'img');
async function savePicture(page: Page, name: string): Promise<void> {
  const png = await page.screenshot({ path: path.join(ARTIFACTS, name) });
  if (process.env.UPDATE_PICTURES === '1' || !existsSync(path.join(IMG, name))) await fs.writeFile(path.join(IMG, name), png);
}
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PLAN = 'Business Plan 2014-15';
const XSS = '<img src=x onerror=alert(1)>';

const ready = existsSync(CHROMIUM) && existsSync(path.join(DIST, 'taskpane.html'));
if (!ready) {
  if (process.env.CI) throw new Error(`the browser tests need ${CHROMIUM} and dist-test/ (npm run build:harness)`);
  process.stderr.write(`task pane browser tests SKIPPED: ${existsSync(CHROMIUM) ? 'run npm run build:harness' : `no Chromium at ${CHROMIUM}`}\n`);
}
const suite = ready ? describe : describe.skip;

async function fixtureOf(file: string, edit?: (wb: ExcelJS.Workbook) => void) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  edit?.(wb);
  const sheets = readSheets(wb).map((s) => ({ name: s.name, values: s.grid.values, numberFormats: s.grid.numberFormats, merges: s.grid.merges }));
  return { sheets, active: PLAN };
}

interface AxeOutcome {
  violations: Array<{ id: string; impact: string; nodes: number; where: string[] }>;
  /** The rules axe ran that found nothing wrong. */
  passes: string[];
}

/** Runs axe-core on the page: every rule axe has, apart from experimental ones (wcag2a/aa/21a/21aa/22aa and best practice). */
async function runAxe(page: Page): Promise<AxeOutcome> {
  // the pane's CSP forbids injected script tags (as it should): evaluate axe through the debugger instead
  await page.evaluate(await fs.readFile(require.resolve('axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async () => {
    type Result = { id: string; impact: string; nodes: Array<{ html: string }> };
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Result[]; passes: Result[] }> } }).axe;
    // Fluent UI's tabster focus sentinels (<i data-tabster-dummy aria-hidden tabindex=0>) hand focus on at once;
    // axe flags them as aria-hidden-focus, a known false positive, so they are left out of the scan.
    const r = await axe.run({ include: [['body']], exclude: [['[data-tabster-dummy]']] }, { resultTypes: ['violations'] });
    return {
      violations: r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, where: v.nodes.slice(0, 3).map((n) => n.html.slice(0, 200)) })),
      passes: r.passes.map((p) => p.id),
    };
  });
}

let server: http.Server;
let base: string;
let browser: Browser;
let fakeScript: string;

suite('task pane in Chromium', () => {
  beforeAll(async () => {
    await fs.mkdir(ARTIFACTS, { recursive: true });
    await fs.mkdir(IMG, { recursive: true });
    fakeScript = await fs.readFile(path.join(DIST, 'office-fake.js'), 'utf8');
    server = http.createServer(async (req, res) => {
      const file = path.join(DIST, decodeURIComponent((req.url ?? '/').split('?')[0]));
      if (!file.startsWith(DIST)) return void res.writeHead(403).end();
      try {
        const body = await fs.readFile(file);
        const type = file.endsWith('.html')
          ? 'text/html'
          : file.endsWith('.js')
            ? 'text/javascript'
            : file.endsWith('.png')
              ? 'image/png'
              : 'application/octet-stream';
        res.writeHead(200, { 'content-type': type }).end(body);
      } catch {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
  });

  /** Opens the pane at `width` px (Excel's usual pane is 320-350 px wide). */
  async function openPane(fixture: unknown, width = 320): Promise<{ page: Page; dialogs: string[]; requests: string[] }> {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const dialogs: string[] = [];
    const requests: string[] = [];
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    page.on('request', (r) => requests.push(r.url()));
    // office.js comes from Microsoft's CDN in real life; here the fake stands in for it
    await page.route('https://appsforoffice.microsoft.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: fakeScript }));
    await page.addInitScript((f) => ((window as unknown as { __PLAN_FIXTURE__: unknown }).__PLAN_FIXTURE__ = f), fixture);
    await page.goto(`${base}/taskpane.html`);
    await page.getByText(/actions as of/).waitFor({ timeout: 30_000 });
    // the plan's own version date (the pane defaults to today)
    await page.getByLabel('RAG as of date').fill('2015-01-21');
    await page.getByText(/actions as of 21 Jan 2015/).waitFor();
    return { page, dialogs, requests };
  }

  const cellFill = (page: Page, r: number, c: number) =>
    page.evaluate(
      ([row, col]) => window.__fake!.state.sheets.find((s) => s.name === 'Business Plan 2014-15')!.cells.get(`${row},${col}`)?.fill?.color ?? null,
      [r, c],
    );
  const snapshotObservable = (page: Page) => page.evaluate(() => JSON.stringify(window.__fake!.state.observable()));
  const snapshot = (page: Page) => page.evaluate(() => JSON.stringify(window.__fake!.state.snapshot()));

  test('detect, apply, navigate, filter by lead, live update, clear', async () => {
    const fixture = await fixtureOf(V12, (wb) => {
      const ws = wb.getWorksheet(PLAN)!;
      ws.getCell('C10').value = `Feed results ${XSS} to Business Group`; // 1.6, on the overdue list
    });
    const { page, dialogs, requests } = await openPane(fixture);
    const before = await snapshotObservable(page);

    // detect: the sheet, its actions and its columns
    await page.getByText(`${PLAN}: 69 actions as of`).waitFor();
    await page.getByText('Columns (correct them if the detection is wrong)').click();
    expect(await page.getByLabel('Timescale column').inputValue()).toBe('3');
    expect(await page.getByLabel('Status column').inputValue()).toBe('6');
    await page.screenshot({ path: path.join(ARTIFACTS, 'pane-1-detected.png'), fullPage: true });

    // apply
    await page.getByRole('button', { name: 'Apply', exact: true }).click();
    await page.waitForFunction(() => window.__fake!.state.sheet('plan-rag journal') !== undefined);
    expect(await cellFill(page, 9, 6)).toBe('#FFC7CE'); // G10, 1.6 red
    expect(await cellFill(page, 6, 6)).toBe('#FFEB9C'); // G7, 1.3 amber
    const counts = await page.getByTestId('counts').innerText();
    expect(counts).toMatch(/Red: 1/);
    expect(counts).toMatch(/Amber: 20/);
    expect(counts).toMatch(/Overdue: 16/); // three due dates revised in their status text
    // the first Apply in a workbook says Excel's Undo cannot take it back
    expect(await page.getByTestId('notice').innerText()).toMatch(/Undo cannot take an Apply back: use Clear/);
    // no loop: the add-in's own writes do not wake the live handler (nothing more happens after the apply)
    const syncsAfterApply = await page.evaluate(() => window.__fake!.syncs);
    await page.waitForTimeout(1_500);
    expect(await page.evaluate(() => window.__fake!.syncs)).toBe(syncsAfterApply);
    await page.screenshot({ path: path.join(ARTIFACTS, 'pane-2-applied.png'), fullPage: true });
    await page.getByText('Columns (correct them if the detection is wrong)').click(); // fold the columns away
    await page.screenshot({ path: path.join(ARTIFACTS, 'pane-2-applied-top.png') });

    // the overdue list, with the HTML in a cell shown as text
    const overdue = page.getByTestId('rows').getByRole('button');
    expect(await overdue.count()).toBe(16);
    await page.getByText(XSS, { exact: false }).first().waitFor();
    // 1.6's due date is probably a year out: said once, as a warning
    expect((await page.locator('li[data-ref="1.6"]').innerText()).match(/check the year/g)).toHaveLength(1);
    expect(await page.locator('li[data-ref="1.6"]').getByTestId('warning').innerText()).toMatch(/^check the year: due 31 Jan 2014/);
    expect(await page.locator('main img').count()).toBe(0);
    expect(dialogs).toEqual([]);

    // click an item: that row is selected in the sheet
    await page.locator('[data-row="10"]').click();
    await page.waitForFunction(() => /^Business Plan 2014-15!A10:/.test(window.__fake!.state.selected ?? ''));

    // my actions: filter by lead
    await page.getByRole('tab', { name: 'My actions' }).click();
    await page.getByLabel('Lead or sub-group').selectOption('Business Group');
    // every action naming Business Group under any spelling ("Business group", "CSCB business group"...), open or complete
    const a = assessWorkbook(
      (await fixtureOf(V12)).sheets.map((s) => ({ name: s.name, grid: { values: s.values as never, numberFormats: s.numberFormats, merges: s.merges } })),
      { asOf: '2015-01-21' },
    );
    const mine = myActions(a.rows, findLeads(a.rows), findLead(findLeads(a.rows), 'Business Group')!.id);
    expect(mine.open.length + mine.completed.length).toBe(24);
    expect(await page.getByTestId('rows').getByRole('button').count()).toBe(mine.open.length);
    expect(await page.getByTestId('complete-rows').locator('li').count()).toBe(mine.completed.length); // folded away, there when opened
    await page.screenshot({ path: path.join(ARTIFACTS, 'pane-3-my-actions.png'), fullPage: true });

    // live: editing a status re-evaluates within a second
    const t0 = Date.now();
    await page.evaluate(() => window.__fake!.state.edit('Business Plan 2014-15', 'G17', 'Timescale slipped'));
    await page.waitForFunction(() => window.__fake!.state.sheet('Business Plan 2014-15')!.cells.get('16,6')?.fill?.color === '#FFEB9C', undefined, {
      timeout: 5_000,
    });
    expect(Date.now() - t0).toBeLessThan(2_000);
    expect(await page.getByTestId('counts').innerText()).toMatch(/Amber: 21/);

    // clear: every cell back as it was, except the one the user edited
    await page.getByRole('button', { name: 'Clear', exact: true }).click();
    await page.waitForFunction(() => window.__fake!.state.sheet('plan-rag journal') === undefined);
    await page.evaluate(() => window.__fake!.state.edit('Business Plan 2014-15', 'G17', ''));
    expect(await snapshotObservable(page)).toBe(before);
    await page.screenshot({ path: path.join(ARTIFACTS, 'pane-4-cleared.png'), fullPage: true });

    // no network but the page's own files and the (faked) office.js
    expect(requests.filter((u) => !u.startsWith(base) && !u.startsWith('https://appsforoffice.microsoft.com/'))).toEqual([]);
    await page.close();
  }, 180_000);

  test('SIIP index with a register: refs, register items no action cites', async () => {
    const { page } = await openPane(await fixtureOf(V12_MERGED));
    await page.getByRole('tab', { name: 'SIIP index' }).click();
    const text = await page.getByTestId('siip').innerText();
    expect(text).toMatch(/SIIP 7\.1\.1/);
    expect(text).toMatch(/Register items no action cites: 8\.1\./);
    await page.screenshot({ path: path.join(ARTIFACTS, 'pane-5-siip.png'), fullPage: true });
    await page.close();
  }, 120_000);

  test('prepare for board: the same board pack as the CLI, then clear', async () => {
    const { page } = await openPane(await fixtureOf(V12));
    await page.getByRole('button', { name: 'Prepare for board', exact: true }).click();
    await page
      .getByTestId('notice')
      .getByText(/Board pack ready/)
      .waitFor();
    const facts = await page.evaluate(() => {
      const st = window.__fake!.state;
      const plan = st.sheet('Business Plan 2014-15')!;
      return {
        rag: plan.cells.get('9,7')?.value,
        orientation: plan.page.orientation,
        titleRows: plan.page.titleRows,
        summary: !!st.sheet('Board summary'),
        history: st.sheet('RAG history')?.visibility,
      };
    });
    expect(facts).toEqual({ rag: 'R Red\nOverdue 355d', orientation: 'Landscape', titleRows: '$4:$4', summary: true, history: 'Hidden' });
    await page.screenshot({ path: path.join(ARTIFACTS, 'pane-6-board.png') });
    await page.getByRole('button', { name: 'Clear', exact: true }).click();
    await page.waitForFunction(() => window.__fake!.state.sheet('Board summary') === undefined);
    await page.close();
  }, 120_000);

  test('an error from a ribbon command shows when the pane opens', async () => {
    const fixture = {
      ...(await fixtureOf(V12)),
      settings: { 'plan-rag-last-error': { origin: PLAN, message: 'the sheet is protected', action: 'Unprotect the sheet, then Apply again.' } },
    };
    const page = await browser.newPage({ viewport: { width: 320, height: 900 } });
    await page.route('https://appsforoffice.microsoft.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: fakeScript }));
    await page.addInitScript((f) => ((window as unknown as { __PLAN_FIXTURE__: unknown }).__PLAN_FIXTURE__ = f), fixture);
    await page.goto(`${base}/taskpane.html`);
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.innerText()).toMatch(/from the ribbon.*protected.*Unprotect/s);
    // shown once: the workbook no longer holds it
    expect(
      await page.evaluate(() =>
        (window as unknown as { Office: { context: { document: { settings: { get: (k: string) => unknown } } } } }).Office.context.document.settings.get(
          'plan-rag-last-error',
        ),
      ),
    ).toBeNull();
    await page.close();
  }, 120_000);

  test("a ribbon command runs in the pane's runtime: its error shows in the open pane at once", async () => {
    const { page } = await openPane(await fixtureOf(V12));
    await page.evaluate(() => (window.__fake!.state.sheets[0].protected = true));
    await page.evaluate(
      () =>
        new Promise<void>((done) =>
          (window as unknown as { __commands: Record<string, (e: { completed: () => void }) => void> }).__commands.applyRag({ completed: done }),
        ),
    );
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/from the ribbon.*protected.*Unprotect/s);
    await page.close();
  }, 120_000);

  test("a damaged record: the pane says so and offers to remove plan-rag's records", async () => {
    const { page } = await openPane(await fixtureOf(V12));
    await page.getByRole('button', { name: 'Apply', exact: true }).click();
    await page.waitForFunction(() => window.__fake!.state.sheet('plan-rag journal') !== undefined);
    await page.evaluate(() => {
      const st = window.__fake!.state;
      st.cell(st.sheet('plan-rag journal')!, 2, 0).value = 'edited by hand';
    });
    await page.getByLabel('RAG as of date').fill('2015-01-22');
    await page.getByRole('button', { name: 'Remove plan-rag records' }).click();
    await page.waitForFunction(() => window.__fake!.state.sheet('plan-rag journal') === undefined);
    await page
      .getByTestId('notice')
      .getByText(/records are removed/)
      .waitFor();
    await page.close();
  }, 120_000);

  test('a protected sheet gets a message with what to do, and nothing changes', async () => {
    const { page } = await openPane(await fixtureOf(V12));
    await page.evaluate(() => (window.__fake!.state.sheets[0].protected = true));
    const before = await snapshot(page);
    await page.getByRole('button', { name: 'Apply', exact: true }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/protected.*Unprotect/s);
    expect(await snapshot(page)).toBe(before);
    await page.close();
  }, 120_000);

  test('no serious accessibility violations (axe-core)', async () => {
    const { page } = await openPane(await fixtureOf(V12));
    await page.getByRole('button', { name: 'Apply', exact: true }).click();
    await page.getByTestId('rows').waitFor();
    const { violations } = await runAxe(page);
    await fs.writeFile(path.join(ARTIFACTS, 'axe.json'), JSON.stringify(violations, null, 2));
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await page.close();
  }, 120_000);

  // The actions of Learning and Improvement, written by reading the plan's Reporting column (as test/leads does):
  // "L&I sg", "L &I Group", "Learning &Improvement", "Learning & Improvement sg"... are all this one lead.
  const LEARNING_AND_IMPROVEMENT = ['1.5', '1.12', '4.5', '4.6', '4.7', '4.8', '4.9', '4.10', '5.8', '5.9', '5.10', '5.11', '5.12'];
  const RANK: Record<string, number> = { red: 0, amber: 1, green: 2, none: 3 };

  test('My actions: the leads as the core finds them; Learning and Improvement lists all 13 of its actions, most urgent first, completed folded away', async () => {
    const { page } = await openPane(await fixtureOf(V12));
    await page.getByRole('tab', { name: 'My actions' }).click();
    const picker = page.getByLabel('Lead or sub-group');
    const names = await picker.locator('option').allInnerTexts();
    // one lead for every spelling: no "L&I sg" beside Learning and Improvement, no stray "Group", one Business Group
    expect(names).toContain('Learning and Improvement sub group');
    expect(names).not.toContain('L&I sg');
    expect(names).not.toContain('Group');
    expect(names.filter((n) => /business group/i.test(n))).toEqual(['Business Group']);
    expect(names.length).toBeLessThan(21);

    await picker.selectOption({ label: 'Learning and Improvement sub group' });
    const open = page.getByTestId('rows').locator('li');
    const openRefs = await open.evaluateAll((els) =>
      els.map((e) => ({ ref: e.getAttribute('data-ref'), state: e.getAttribute('data-state'), days: e.getAttribute('data-days') })),
    );
    const complete = page.getByTestId('complete');
    // completed ones are folded away: there, but not shown until opened
    expect(await complete.locator('summary').innerText()).toBe('Complete (2)');
    expect(await page.getByTestId('complete-rows').isVisible()).toBe(false);
    const doneRefs = await page
      .getByTestId('complete-rows')
      .locator('li')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-ref')));
    expect(doneRefs).toEqual(['4.8', '4.9']);
    expect(new Set([...openRefs.map((r) => r.ref), ...doneRefs])).toEqual(new Set(LEARNING_AND_IMPROVEMENT));
    expect(openRefs.length + doneRefs.length).toBe(LEARNING_AND_IMPROVEMENT.length);

    // open first: overdue by days (most first), then red, amber, green, not started
    expect(openRefs[0]).toEqual({ ref: '4.6', state: expect.any(String), days: '266' });
    const overdue = openRefs.filter((r) => r.days !== '');
    expect(openRefs.slice(0, overdue.length)).toEqual(overdue);
    const days = overdue.map((r) => Number(r.days));
    expect(days).toEqual([...days].sort((x, y) => y - x));
    const ranks = openRefs.slice(overdue.length).map((r) => RANK[r.state!]);
    expect(ranks).toEqual([...ranks].sort((x, y) => x - y));

    // each item: the due date in display form, days overdue, the action cut at a word with its full text as tooltip
    const first = open.first();
    expect(await first.innerText()).toMatch(/4\.6 · 266 days overdue/);
    expect(await first.getByTestId('due').innerText()).toMatch(/^due \d{1,2} [A-Z][a-z]{2} \d{4}/);
    let cutShort = 0;
    for (const item of await page.getByTestId('action-text').all()) {
      const shown = (await item.textContent())!;
      const full = (await item.getAttribute('title'))!;
      if (shown === full) continue;
      expect({ shown, full, ellipsis: shown.endsWith('…') }).toEqual({ shown, full, ellipsis: true });
      const kept = shown.slice(0, -1);
      expect(full.startsWith(kept)).toBe(true);
      expect(full.charAt(kept.length)).toMatch(/[\s,;:.·–-]/); // cut between words, never mid-word
      cutShort++;
    }
    expect(cutShort).toBeGreaterThan(0);
    expect(await page.getByTestId('my-summary').innerText()).toMatch(/^11 open \(\d+ overdue\), 2 complete\. Also written: .*L&I sg/);
    await complete.locator('summary').click();
    expect(await page.getByTestId('complete-rows').isVisible()).toBe(true);
    await page.close();
  }, 120_000);

  test('an item says when a due date was revised, and when a RAG was coloured by hand', async () => {
    const fixture = await fixtureOf(V12, (wb) => {
      const ws = wb.getWorksheet(PLAN)!;
      // 1.6's status moves its date, and 1.3's RAG is given by a hand-coloured status cell with no RAG words
      ws.getCell('G10').value = 'Deadline pushed back to 31 March 2015';
    });
    const { page } = await openPane(fixture);
    // 1.3's status cell (G7) coloured red by hand, then read again (a new date re-reads the sheet)
    await page.evaluate(() => {
      const st = window.__fake!.state;
      st.cell(st.sheet('Business Plan 2014-15')!, 6, 6).fill = { color: '#FF0000', pattern: 'Solid', patternColor: null };
    });
    await page.getByLabel('RAG as of date').fill('22 Jan 2015');
    await page.getByText(/actions as of 22 Jan 2015/).waitFor();
    await page.getByRole('tab', { name: 'My actions' }).click();
    const item = page.locator('li[data-ref="1.6"]');
    expect(await item.getByTestId('due').innerText()).toMatch(/^due 31 Mar 2015, revised from \d{1,2} [A-Z][a-z]{2} 2014/);
    expect(await page.locator('li[data-ref="1.3"]').getByTestId('rag-source').innerText()).toBe('RAG coloured by hand: red fill');
    expect(await page.getByTestId('rag-source').count()).toBe(1);
    await page.close();
  }, 120_000);

  test('the as-of date: checked as typed, recalculated only on a whole date, Apply waits for one, no blame on Excel', async () => {
    const { page } = await openPane(await fixtureOf(V12));
    // every title the summary shows from here on
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __titles: string[] }).__titles = seen;
      const note = () => {
        const t = document.querySelector('[data-testid="summary-title"]')?.textContent;
        if (t && seen[seen.length - 1] !== t) seen.push(t);
      };
      note();
      new MutationObserver(note).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    const box = page.getByLabel('RAG as of date');
    const apply = page.getByRole('button', { name: 'Apply', exact: true });
    await box.fill('');
    // typed key by key: "25 Nov 2", "25 Nov 21" (a whole date in 2021, but half of what is being typed), "25 Nov 210"...
    await box.pressSequentially('25 Nov 2101');
    const field = page.locator('.fui-Field').filter({ has: box });
    await field.getByText(/The year 2101 looks mistyped.*Type a date such as 21\/01\/2015, 21 Jan 2015 or 2015-01-21/).waitFor();
    expect(await apply.isDisabled()).toBe(true);
    expect(await page.getByTestId('apply-blocked').innerText()).toMatch(/waits for a date/);
    await box.press('Enter');
    expect(await apply.isDisabled()).toBe(true);
    const body = await page.locator('main').innerText();
    expect(body).not.toMatch(/keeps happening|Clear and Apply again|31589|days overdue.*2101/);
    expect(body).not.toMatch(/Excel reported/);
    expect(await page.locator('.fui-MessageBar').count()).toBe(0); // the box says what is wrong; no error bar

    // half a date: no complaint while typing, an error once the person leaves the box
    await box.fill('');
    await box.pressSequentially('21 Jan');
    expect(await field.locator('.fui-Field__validationMessage').innerText()).toBe('Type a date such as 21/01/2015, 21 Jan 2015 or 2015-01-21.');
    expect(await apply.isDisabled()).toBe(true);
    await box.press('Enter');
    await field.getByText(/not a date plan-rag can read.*Type a date such as/).waitFor();

    // each form people type: recalculated once each, shown as "22 Jan 2015"
    for (const [typed, shown] of [
      ['22/01/2015', '22 Jan 2015'],
      ['23 Jan 2015', '23 Jan 2015'],
      ['2015-01-24', '24 Jan 2015'],
    ]) {
      await box.fill('');
      await box.pressSequentially(typed);
      await page.getByText(`actions as of ${shown}`).waitFor();
      await box.press('Enter');
      expect(await box.inputValue()).toBe(shown);
      expect(await apply.isDisabled()).toBe(false);
    }
    const titles = await page.evaluate(() => (window as unknown as { __titles: string[] }).__titles);
    expect(titles.map((t) => t.replace(/^.*as of /, ''))).toEqual(['21 Jan 2015', '22 Jan 2015', '23 Jan 2015', '24 Jan 2015']);
    await page.close();
  }, 120_000);

  test('after Clear from the ribbon, the pane no longer says "Board pack ready"', async () => {
    const { page } = await openPane(await fixtureOf(V12));
    await page.getByRole('button', { name: 'Prepare for board', exact: true }).click();
    await page
      .getByTestId('notice')
      .getByText(/Board pack ready/)
      .waitFor();
    await page.evaluate(
      () =>
        new Promise<void>((done) =>
          (window as unknown as { __commands: Record<string, (e: { completed: () => void }) => void> }).__commands.clearRag({ completed: done }),
        ),
    );
    await page.waitForFunction(() => window.__fake!.state.sheet('Board summary') === undefined);
    await page.getByRole('button', { name: 'Clear', exact: true }).and(page.locator('[disabled]')).waitFor();
    expect(await page.locator('main').innerText()).not.toMatch(/Board pack ready/);
    await page.close();
  }, 120_000);

  // Excel's pane is 320-350 px wide by default; people widen it. Nothing may be wider than the pane on any tab.
  describe.each([320, 450])('at %i px', (width) => {
    test('no horizontal scroll on any tab; screenshots; axe-core clean', async () => {
      const { page } = await openPane(await fixtureOf(V12), width);
      await page.setViewportSize({ width, height: 800 });
      await page.getByRole('button', { name: 'Apply', exact: true }).click();
      await page
        .getByTestId('notice')
        .getByText(/^Applied/)
        .waitFor();
      const overflow = () => page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
      const widths: Record<string, number> = {};
      const shot = async (name: string) => {
        await page.locator('main[aria-busy="false"]').waitFor();
        const w = await overflow();
        widths[name] = w.scrollWidth;
        expect(w.scrollWidth).toBeLessThanOrEqual(w.innerWidth);
        await savePicture(page, `pane-${width}-${name}.png`);
      };
      await page.evaluate(() => window.scrollTo(0, 0));
      await shot('summary');
      // the columns, opened: the drop-downs hold long header texts
      await page.getByText('Columns (correct them if the detection is wrong)').click();
      await page.getByLabel('Objective column').scrollIntoViewIfNeeded();
      await shot('columns');
      await page.getByText('Columns (correct them if the detection is wrong)').click();
      const tabs: Array<[string, string, () => Promise<void>]> = [
        ['overdue', 'Overdue', async () => undefined],
        ['needs-date', 'Needs a date', async () => undefined],
        ['siip', 'SIIP index', async () => undefined],
        [
          'my-actions',
          'My actions',
          async () => {
            await page.getByLabel('Lead or sub-group').selectOption({ label: 'Learning and Improvement sub group' });
            await page.getByTestId('complete').locator('summary').click();
          },
        ],
      ];
      for (const [name, label, then] of tabs) {
        const tab = page.getByRole('tab', { name: new RegExp(`^${label}`) });
        await tab.click();
        await then();
        // the tab list stays inside the pane: every tab is on screen, none pushed off to the right
        const box = (await tab.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(width);
        await page.getByRole('tablist').evaluate((e) => e.scrollIntoView({ block: 'start' }));
        await shot(name);
      }
      // help and checks, run
      await page.getByText('Help and checks').click();
      await page.getByRole('button', { name: "Check this workbook's Excel" }).click();
      await page.getByTestId('checks').waitFor();
      await page.getByTestId('checks').scrollIntoViewIfNeeded();
      await shot('help');
      await fs.writeFile(path.join(ARTIFACTS, `pane-${width}-widths.json`), JSON.stringify(widths, null, 2));

      // axe on the pane as it stands: My actions with its completed ones open, the columns and the checks open
      await page.getByText('Columns (correct them if the detection is wrong)').click();
      await page.getByRole('tab', { name: 'My actions' }).click();
      const axe = await runAxe(page);
      await fs.writeFile(path.join(ARTIFACTS, `axe-${width}.json`), JSON.stringify(axe, null, 2));
      expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
      await page.close();
    }, 180_000);
  });
});
