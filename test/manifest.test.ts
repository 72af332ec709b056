/**
 * The add-in manifest, checked offline (office-addin-manifest validate needs the network: see the README).
 */
import { existsSync, readFileSync } from 'fs';
import * as path from 'path';
import { DOMParser } from '@xmldom/xmldom';

const ROOT = path.join(__dirname, '..');
const xml = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const doc = new DOMParser().parseFromString(xml, 'text/xml');
const all = (tag: string) => Array.from(doc.getElementsByTagName(tag));
const one = (tag: string) => {
  const list = all(tag);
  expect(list).toHaveLength(1);
  return list[0];
};

describe('manifest.xml', () => {
  test('is a task-pane add-in for Excel workbooks with a GUID id and a four-part version', () => {
    expect(doc.documentElement!.nodeName).toBe('OfficeApp');
    expect(doc.documentElement!.getAttribute('xsi:type')).toBe('TaskPaneApp');
    expect(one('Id').textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(one('Version').textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(all('Host').map((h) => h.getAttribute('Name') ?? h.getAttribute('xsi:type'))).toEqual(['Workbook', 'Workbook']);
  });

  test('asks for ReadWriteDocument and nothing more', () => {
    expect(one('Permissions').textContent).toBe('ReadWriteDocument');
  });

  test('requires ExcelApi 1.9 as the floor', () => {
    const set = all('Set').find((s) => s.getAttribute('Name') === 'ExcelApi')!;
    expect(set.getAttribute('MinVersion')).toBe('1.9');
  });

  test('every URL is https on the add-in domain, and every icon file exists', () => {
    const urls = [...xml.matchAll(/DefaultValue="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u).toMatch(/^https:\/\/localhost:3000\//);
    const appDomains = all('AppDomain').map((d) => d.textContent);
    expect(appDomains).toEqual(['https://localhost:3000']);
    for (const u of urls.filter((x) => x.endsWith('.png'))) expect(existsSync(path.join(ROOT, new URL(u).pathname))).toBe(true);
  });

  test('every resid resolves to a resource, and resource ids are unique', () => {
    const ids = [...all('bt:Image'), ...all('bt:Url'), ...all('bt:String')].map((e) => e.getAttribute('id')).filter(Boolean) as string[];
    expect(new Set(ids).size).toBe(ids.length);
    const refs = [...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
    for (const r of refs) expect(ids).toContain(r);
  });

  test('the ribbon has Show pane, Apply RAG and Clear RAG, with unique control ids', () => {
    const controls = all('Control');
    expect(controls.map((c) => c.getAttribute('id'))).toEqual(['PlanRag.ShowPane', 'PlanRag.Apply', 'PlanRag.Clear']);
    expect(all('FunctionName').map((f) => f.textContent)).toEqual(['applyRag', 'clearRag']);
    const commands = readFileSync(path.join(ROOT, 'src', 'commands', 'commands.ts'), 'utf8');
    for (const f of ['applyRag', 'clearRag']) expect(commands).toContain(`associate?.('${f}'`);
  });

  test("declares a shared runtime: the ribbon commands run in the pane's runtime (one copy of the settings; showAsTaskpane works)", () => {
    const sets = all('Set').map((s) => [s.getAttribute('Name'), s.getAttribute('MinVersion')]);
    expect(sets).toContainEqual(['SharedRuntime', '1.1']);
    const runtime = one('Runtime');
    expect(runtime.getAttribute('lifetime')).toBe('long');
    expect(runtime.getAttribute('resid')).toBe('Taskpane.Url');
    // Microsoft: the shared runtime won't load if the resid differs anywhere
    expect(one('FunctionFile').getAttribute('resid')).toBe('Taskpane.Url');
    const source = all('SourceLocation').filter((e) => e.parentNode?.nodeName === 'Action');
    for (const s of source) expect(s.getAttribute('resid')).toBe('Taskpane.Url');
    // <Runtimes> must come right after <Host> in VersionOverrides
    const host = all('Host').find((h) => h.getAttribute('xsi:type') === 'Workbook')!;
    const firstChild = Array.from(host.childNodes).find((n) => n.nodeType === 1)!;
    expect(firstChild.nodeName).toBe('Runtimes');
    // the pane page registers the commands
    const index = readFileSync(path.join(ROOT, 'src', 'taskpane', 'index.tsx'), 'utf8');
    expect(index).toMatch(/registerCommands\(\)/);
  });

  test('the production build swaps the dev URL for ADDIN_URL', async () => {
    process.env.ADDIN_URL = 'https://rag.board.example/';
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS
    const config = await require(path.join(ROOT, 'webpack.config.js'))({}, { mode: 'production' });
    const copy = config.plugins.find((p: { constructor: { name: string } }) => p.constructor.name === 'CopyPlugin');
    const pattern = copy.patterns.find((p: { from: string }) => p.from === 'manifest.xml');
    const out = String(pattern.transform(Buffer.from(xml)));
    expect(out).not.toContain('localhost:3000');
    expect(out).toContain('https://rag.board.example/taskpane.html');
    delete process.env.ADDIN_URL;
  });
});
