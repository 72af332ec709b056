/// <reference lib="dom" />
/**
 * The Google Sheets sidebar in headless Chromium, with google.script.run served by the same session functions
 * against the fake SpreadsheetApp: report, apply, filter by lead, click to select, clear; HTML in a cell shows
 * as text.
 */
import { existsSync, readFileSync } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { chromium, type Browser } from 'playwright-core';
import { readSheets } from '../../src/hosts/xlsx/readGrid';
import type { GSpreadsheet } from '../fakes/fakeSheets';
import { displayDate, parseUserDate } from '../../src/core/userDate';
import { V12 } from '../helpers/fixtures';

declare global {
  interface Window {
    __gas?: { book: GSpreadsheet };
  }
}

const DIST = path.join(__dirname, '..', '..', 'dist-test');
const ARTIFACTS = path.join(__dirname, '..', '..', 'test-artifacts');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ready = existsSync(CHROMIUM) && existsSync(path.join(DIST, 'gas-sidebar.html'));
if (!ready && process.env.CI) throw new Error(`the sidebar tests need ${CHROMIUM} and dist-test/ (npm run build:harness)`);
if (!ready) process.stderr.write('Sheets sidebar browser tests SKIPPED: no Chromium or no dist-test/\n');

let browser: Browser;
(ready ? describe : describe.skip)('Google Sheets sidebar in Chromium', () => {
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
  }, 60_000);
  afterAll(async () => browser?.close());

  test('report, apply, filter by lead, select a row, clear', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(V12);
    wb.getWorksheet('Business Plan 2014-15')!.getCell('C10').value = 'Feed results <img src=x onerror=alert(1)> to Business Group';
    const fixture = {
      today: '2015-01-21',
      sheets: readSheets(wb).map((s) => ({ name: s.name, values: s.grid.values, numberFormats: s.grid.numberFormats, merges: s.grid.merges })),
    };
    const page = await browser.newPage({ viewport: { width: 320, height: 900 } });
    const dialogs: string[] = [];
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    await page.addInitScript((f) => ((window as unknown as { __PLAN_FIXTURE__: unknown }).__PLAN_FIXTURE__ = f), fixture);
    await page.addInitScript({ path: path.join(DIST, 'gas-fake.js') });
    await page.goto(`file://${path.join(DIST, 'gas-sidebar.html')}`);
    await page.getByText('Business Plan 2014-15: 69 actions as of 21 Jan 2015').waitFor();
    const before = await page.evaluate(() => JSON.stringify(window.__gas!.book.snapshot()));

    await page.getByRole('button', { name: 'Apply', exact: true }).click();
    await page.waitForFunction(() => window.__gas!.book.sheets[0].cell(9, 6).background === '#ffc7ce');
    expect(await page.locator('#counts').innerText()).toMatch(/Red: 1.*Amber: 20.*Overdue: 16/s);
    expect(await page.locator('#list li').count()).toBe(16);
    await page.getByText('<img src=x onerror=alert(1)>', { exact: false }).first().waitFor();
    expect(await page.locator('#list img').count()).toBe(0);
    await page.screenshot({ path: path.join(ARTIFACTS, 'sheets-sidebar.png'), fullPage: true });

    await page.locator('#list li button').first().click();
    await page.waitForFunction(() => window.__gas!.book.selected === 'Business Plan 2014-15!10');

    await page.locator('#view').selectOption('mine');
    // one entry per lead, every spelling merged (as the pane and the chase list): no "L&I sg", no stray "Group"
    const labels = await page.locator('#lead option').allInnerTexts();
    expect(labels.filter((l) => /^(L&I sg|Group|business group)\b/i.test(l) && !/^Business Group \(/.test(l))).toEqual([]);
    expect(labels.filter((l) => /^Business Group \(/i.test(l))).toHaveLength(1);
    const li = labels.find((l) => /^Learning (and|&) Improvement/i.test(l))!;
    await page.locator('#lead').selectOption({ label: li });
    // every action whose Reporting cell names Learning & Improvement under any spelling (read from the plan)
    const refs = (await page.locator('#list li').allInnerTexts()).map((t) => /(\d+\.\d+[a-z]?)/.exec(t)![1]).sort();
    expect(refs).toEqual(['1.12', '1.5', '4.10', '4.5', '4.6', '4.7', '4.8', '4.9', '5.10', '5.11', '5.12', '5.8', '5.9']);

    await page.getByRole('button', { name: 'Clear', exact: true }).click();
    await page.waitForFunction(() => !window.__gas!.book.sheets.some((s) => s.name === 'plan-rag journal'));
    expect(await page.evaluate(() => JSON.stringify(window.__gas!.book.snapshot()))).toBe(before);
    expect(dialogs).toEqual([]);
    await page.close();
  }, 120_000);

  async function openSidebar(width = 300) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(V12);
    const fixture = {
      today: '2015-01-21',
      sheets: readSheets(wb).map((s) => ({ name: s.name, values: s.grid.values, numberFormats: s.grid.numberFormats, merges: s.grid.merges })),
    };
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.addInitScript((f) => ((window as unknown as { __PLAN_FIXTURE__: unknown }).__PLAN_FIXTURE__ = f), fixture);
    await page.addInitScript({ path: path.join(DIST, 'gas-fake.js') });
    await page.goto(`file://${path.join(DIST, 'gas-sidebar.html')}`);
    await page.getByText('Business Plan 2014-15: 69 actions as of 21 Jan 2015').waitFor();
    return page;
  }
  const background = (page: import('playwright-core').Page, selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((e) => getComputedStyle(e).backgroundColor);

  test('dates as the pane shows them, Complete blue only with BRAG, action text cut at a word, nothing wider than the sidebar', async () => {
    const page = await openSidebar();
    // the sidebar's own display form is the core's, for every day of a year and the ends of months
    const days: string[] = [];
    for (let t = Date.UTC(2015, 0, 1); t < Date.UTC(2016, 0, 1); t += 86_400_000) days.push(new Date(t).toISOString().slice(0, 10));
    const shown = await page.evaluate((ds) => ds.map((d) => (window as unknown as { displayDate: (d: string) => string }).displayDate(d)), days);
    expect(shown).toEqual(days.map((d) => displayDate(d as never)));

    // due dates in display form: never "2015-01-21"
    const list = await page.locator('#list').innerText();
    expect(list).toMatch(/due 31 Jan 2014/);
    expect(list).not.toMatch(/\d{4}-\d{2}-\d{2}/);

    // Complete: green as the sheet colours it, blue only with BRAG on
    const green = await background(page, '#counts .green');
    await page.locator('#view').selectOption('mine');
    expect(await background(page, '#counts span:nth-child(4)')).toBe(green);
    const completeItem = page.locator('#list li', { hasText: 'Complete' }).first().locator('.badge');
    expect(await completeItem.evaluate((e) => getComputedStyle(e).backgroundColor)).toBe(green);
    await page.locator('#brag').check();
    await page.waitForFunction(() => getComputedStyle(document.querySelector('#counts span:nth-child(4)')!).backgroundColor === 'rgb(189, 215, 238)');
    expect(await completeItem.evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(189, 215, 238)');
    await page.locator('#brag').uncheck();
    await page.waitForFunction((g) => getComputedStyle(document.querySelector('#counts span:nth-child(4)')!).backgroundColor === g, green);

    // every action cut short ends at a word with "…", its full text in the tooltip
    let cutShort = 0;
    for (const a of await page.locator('#list .action').all()) {
      const text = (await a.textContent())!.trim();
      const full = (await a.getAttribute('title'))!;
      if (text === full) continue;
      expect(text.endsWith('…')).toBe(true);
      const kept = text.slice(0, -1);
      expect(full.startsWith(kept)).toBe(true);
      expect(full.charAt(kept.length)).toMatch(/[\s,;:.·–-]/);
      cutShort++;
    }
    expect(cutShort).toBeGreaterThan(0);

    // Google's sidebar is 300 px wide: nothing wider
    for (const view of ['overdue', 'needsDate', 'mine', 'siip']) {
      await page.locator('#view').selectOption(view);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    }
    await page.screenshot({ path: path.join(ARTIFACTS, 'sheets-sidebar-300.png'), fullPage: true });
    await page.close();
  }, 120_000);

  test('the as-of date: typed as people write it, read as the pane reads it, recalculated only when whole', async () => {
    const page = await openSidebar();
    const box = page.locator('#asOf');
    expect(await box.inputValue()).toBe('21 Jan 2015');
    // the sidebar reads every form as the core's parseUserDate does
    const cases = [
      '2015-01-21',
      '21/01/2015',
      '21/1/15',
      '21.01.2015',
      '21-01-2015',
      '21 Jan 2015',
      '21 January 2015',
      '21st January 2015',
      '1 Sept 2014',
      '29/02/2016',
      '31/02/2015',
      '25 Nov 2101',
      '01/13/2015',
      '21 Jan',
      'tomorrow',
      '',
    ];
    const read = await page.evaluate(
      (cs) => cs.map((c) => (window as unknown as { parseDate: (t: string) => { ok: boolean; date?: string } }).parseDate(c)),
      cases,
    );
    expect(read.map((r) => (r.ok ? r.date : null))).toEqual(
      cases.map((c) => {
        const p = parseUserDate(c);
        return p.ok ? p.date : null;
      }),
    );

    const title = page.locator('#title');
    await box.fill('');
    await box.pressSequentially('25 Nov 2101');
    expect(await page.locator('#apply').isDisabled()).toBe(true);
    expect(await page.locator('#asOfHint').innerText()).toMatch(/The year 2101 looks mistyped.*Type a date such as 21\/01\/2015, 21 Jan 2015 or 2015-01-21/);
    await box.press('Enter');
    expect(await title.innerText()).toMatch(/as of 21 Jan 2015$/);
    expect(await page.locator('body').innerText()).not.toMatch(/keeps happening|31589/);

    await box.fill('');
    await box.pressSequentially('22/01/2015');
    expect(await title.innerText()).toMatch(/as of 21 Jan 2015$/); // not until Enter or leaving the box
    await box.press('Enter');
    await page.getByText('Business Plan 2014-15: 69 actions as of 22 Jan 2015').waitFor();
    expect(await box.inputValue()).toBe('22 Jan 2015');
    expect(await page.locator('#apply').isDisabled()).toBe(false);
    await page.close();
  }, 120_000);

  test('cell text reaches the page only as text: the sidebar never sets HTML', () => {
    const source = readFileSync(path.join(__dirname, '..', '..', 'src', 'gas', 'sidebar.html'), 'utf8');
    const script = source.slice(source.indexOf('<script>'));
    expect(script).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|createContextualFragment/);
    expect(script).toMatch(/textContent/);
  });
});
