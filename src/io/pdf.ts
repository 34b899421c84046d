import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { StateError } from '../core/errors.js';

/** The browsers that print HTML to PDF headless, by the names their packages install. */
const BROWSERS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/**
 * The headless browser to print with: `TANDEM_BROWSER` when set, else the first of
 * Chromium or Chrome on the PATH; none is exit 1 naming what to install.
 */
export function findBrowser(env: Record<string, string | undefined>): string {
  const executable = (path: string) => {
    try {
      accessSync(path, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  };
  const wanted = env.TANDEM_BROWSER;
  if (wanted) {
    if (executable(wanted)) return wanted;
    throw new StateError('certificate.noBrowser', { looked: wanted });
  }
  const dirs = (env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of BROWSERS) for (const dir of dirs) if (executable(join(dir, name))) return join(dir, name);
  throw new StateError('certificate.noBrowser', { looked: BROWSERS.join(', ') });
}

/**
 * Prints one self-contained HTML page to PDF in a headless browser with a throw-away
 * profile and no network services, A4 without the browser's header and footer; returns
 * the PDF's bytes. The page and profile live in a private temporary folder, removed after.
 */
export function htmlToPdf(browser: string, html: string, name: string): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-pdf-'));
  try {
    const page = join(dir, 'page.html');
    const pdf = join(dir, 'page.pdf');
    writeFileSync(page, html, { mode: 0o600 });
    const result = spawnSync(
      browser,
      [
        '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', `--user-data-dir=${join(dir, 'profile')}`,
        '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, `file://${page}`,
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    if (!existsSync(pdf)) {
      const reason = result.error?.message ?? (result.stderr.trim().split('\n').pop() || `exit ${String(result.status)}`);
      throw new StateError('certificate.browserFailed', { file: name, reason });
    }
    return readFileSync(pdf);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
