import { execFileSync } from 'child_process';
import { promises as fs } from 'fs';
import * as path from 'path';

/**
 * True when LibreOffice, poppler and Carlito are installed (CI installs them; see .ci/run). Carlito has Calibri's
 * metrics: without it LibreOffice falls back to a wider font, and a page laid out for Excel's Calibri would not fit.
 */
export function canRender(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'pipe' });
    execFileSync('pdfinfo', ['-v'], { stdio: 'pipe' });
    return /carlito/i.test(execFileSync('fc-list', [], { stdio: 'pipe' }).toString());
  } catch {
    return false;
  }
}

/** Renders an .xlsx to PDF with LibreOffice, headless, in its own profile; returns the PDF path. */
export async function renderPdf(xlsx: string): Promise<string> {
  const dir = path.dirname(xlsx);
  const profile = path.join(dir, 'lo-profile');
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, xlsx], {
    stdio: 'pipe',
    timeout: 180_000,
  });
  const pdf = xlsx.replace(/\.xlsx$/, '.pdf');
  await fs.access(pdf);
  return pdf;
}

/** Per page: width, height (points) and text. */
export function pdfPages(pdf: string): Array<{ width: number; height: number; text: string }> {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '9999', pdf]).toString();
  const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
  return sizes.map((s, i) => ({ ...s, text: execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), pdf, '-']).toString() }));
}

/** Saves PNGs of the pages as test artefacts (test-artifacts/), for people to look at. */
export function savePngs(pdf: string, name: string): void {
  const out = path.join(__dirname, '..', '..', 'test-artifacts');
  execFileSync('mkdir', ['-p', out]);
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, path.join(out, name)]);
}
