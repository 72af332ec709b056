/** The core is pure: no host globals, no clock. These checks read the source, so they fail if anyone adds one. */
import { execFileSync } from 'child_process';
import { promises as fs } from 'fs';
import * as path from 'path';

const CORE = path.join(__dirname, '..', 'src', 'core');

async function files(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await fs.readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await files(p)));
    else if (p.endsWith('.ts')) out.push(p);
  }
  return out;
}

test('the core never reads the clock or touches a host', async () => {
  for (const f of await files(CORE)) {
    const src = (await fs.readFile(f, 'utf8')).replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect({ f, clock: /new Date\(\s*\)|Date\.now\(/.test(src) }).toEqual({ f, clock: false });
    expect({ f, host: /\b(Office|Excel|SpreadsheetApp|window|document|process|require)\s*[.(]/.test(src) }).toEqual({ f, host: false });
    expect({ f, imports: /from ['"](exceljs|fs|path|os|child_process)['"]/.test(src) }).toEqual({ f, imports: false });
  }
});

test('the core type-checks with no DOM and no Node types', () => {
  const tsc = require.resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', path.join(__dirname, '..', 'tsconfig.core.json')], { stdio: 'pipe' });
});
