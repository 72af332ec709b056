/**
 * `apply --board --pdf`: the board pack as a PDF, made by LibreOffice from the workbook just written. LibreOffice
 * runs headless through execFile (no shell), with a time limit and a profile of its own in a temporary folder, so it
 * neither waits for nor disturbs a LibreOffice the person has open.
 */
import { execFile, type ExecFileException } from 'child_process';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';

/** LibreOffice's program; on PATH on Linux, and on macOS/Windows when LibreOffice's program folder is. */
export const SOFFICE = 'soffice';
/** How long a conversion may take: a big plan takes LibreOffice tens of seconds. */
export const PDF_TIMEOUT_MS = 180_000;
/** What to tell someone without LibreOffice. */
export const INSTALL_HINT =
  'Install LibreOffice (Debian/Ubuntu: sudo apt-get install libreoffice-calc; elsewhere: https://www.libreoffice.org/download/) and run again, or open the workbook in Excel and save it as PDF.';

export type PdfResult = { ok: true; pdf: string } | { ok: false; reason: string; missing: boolean };

/**
 * Converts a workbook to a PDF beside it (`plan.board.xlsx` → `plan.board.pdf`).
 * @example await makePdf('out/plan.board.xlsx') // { ok: true, pdf: 'out/plan.board.pdf' }
 */
export async function makePdf(xlsx: string, options: { env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<PdfResult> {
  const dir = path.dirname(path.resolve(xlsx));
  const pdf = path.join(dir, `${path.basename(xlsx, path.extname(xlsx))}.pdf`);
  const profile = await fs.mkdtemp(path.join(os.tmpdir(), 'plan-rag-lo-'));
  try {
    await fs.rm(pdf, { force: true });
    const args = [
      '--headless',
      '--norestore',
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      path.resolve(xlsx),
    ];
    const run = await new Promise<{ error: ExecFileException | null; stderr: string }>((resolve) => {
      execFile(
        SOFFICE,
        args,
        { env: options.env ?? process.env, timeout: options.timeoutMs ?? PDF_TIMEOUT_MS, windowsHide: true, maxBuffer: 4 * 1024 * 1024 },
        (error, _stdout, stderr) => resolve({ error, stderr: String(stderr) }),
      );
    });
    if (run.error?.code === 'ENOENT') return { ok: false, missing: true, reason: `LibreOffice is not installed (no "${SOFFICE}" on PATH)` };
    if (run.error?.killed)
      return {
        ok: false,
        missing: false,
        reason: `LibreOffice took longer than ${Math.round((options.timeoutMs ?? PDF_TIMEOUT_MS) / 1000)} s and was stopped`,
      };
    const head = await fs
      .readFile(pdf)
      .then((b) => b.subarray(0, 5).toString('latin1'))
      .catch(() => '');
    if (head !== '%PDF-') {
      const said = run.stderr.trim().split('\n').filter(Boolean).pop();
      return {
        ok: false,
        missing: false,
        reason: `LibreOffice did not make the PDF${said ? ` (it said: ${said})` : run.error ? ` (${run.error.message.split('\n')[0]})` : ''}`,
      };
    }
    return { ok: true, pdf };
  } finally {
    await fs.rm(profile, { recursive: true, force: true }).catch(() => undefined);
  }
}
