/// <reference lib="dom" />
/**
 * The Google Sheets sidebar in headless Chromium, with google.script.run served by the same session functions
 * against the fake SpreadsheetApp: report, apply, filter by lead, click to select, clear; HTML in a cell shows
 * as text.
 */
import { existsSync } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { chromium, type Browser } from 'playwright-core';
import { readSheets } from '../../src/hosts/xlsx/readGrid';
import type { GSpreadsheet } from '../fakes/fakeSheets';
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
    const fixture = { today: '2015-01-21', sheets: readSheets(wb).map((s) => ({ name: s.name, values: s.grid.values, numberFormats: s.grid.numberFormats, merges: s.grid.merges })) };
    const page = await browser.newPage({ viewport: { width: 320, height: 900 } });
    const dialogs: string[] = [];
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    await page.addInitScript((f) => ((window as unknown as { __PLAN_FIXTURE__: unknown }).__PLAN_FIXTURE__ = f), fixture);
    await page.addInitScript({ path: path.join(DIST, 'gas-fake.js') });
    await page.goto(`file://${path.join(DIST, 'gas-sidebar.html')}`);
    await page.getByText('Business Plan 2014-15: 69 actions as of 2015-01-21').waitFor();
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
    await page.locator('#lead').selectOption('Business Group');
    const shown = await page.locator('#list li').count();
    expect(shown).toBeGreaterThan(5);
    for (const t of await page.locator('#list li').allInnerTexts()) expect(t.length).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Clear', exact: true }).click();
    await page.waitForFunction(() => !window.__gas!.book.sheets.some((s) => s.name === 'plan-rag journal'));
    expect(await page.evaluate(() => JSON.stringify(window.__gas!.book.snapshot()))).toBe(before);
    expect(dialogs).toEqual([]);
    await page.close();
  }, 120_000);
});
