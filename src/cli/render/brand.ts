import type { T } from '../../core/i18n/index.js';
import type { Settings } from '../../core/settings.js';
import { escapeHtml, userText } from './html.js';

/** The styles of the programme's header and footer on every HTML page. */
export const BRAND_CSS = `
.brand{display:flex;align-items:center;gap:14px;margin:0 0 14px}
.brand img{max-height:56px;max-width:200px;object-fit:contain}
.brand .org{font-weight:600;font-size:15px}
.brand .programme{color:#57606a;font-size:13px}
.signed{margin-top:28px;color:#57606a;font-size:12px}
`;

/**
 * The programme's identity above a page: the logo (only ever as an `<img>` data URI, so an
 * SVG's markup never becomes part of the page), organisation and programme name; empty
 * when nothing is set, so a page without settings looks as it always did. Pages that
 * name the programme themselves (certificates) leave it out here.
 */
export function brandHeader(settings: Settings, withProgramme = true): string {
  const { logo, organisation } = settings;
  const programme = withProgramme ? settings.programme : null;
  if (!logo && !organisation && !programme) return '';
  const img = logo ? `<img class="logo" data-brand="logo" src="${escapeHtml(logo)}" alt="${escapeHtml(organisation ?? '')}">` : '';
  const org = organisation ? `<div class="org" data-brand="organisation">${userText(organisation)}</div>` : '';
  const prog = programme ? `<div class="programme" data-brand="programme">${userText(programme)}</div>` : '';
  return `<header class="brand">${img}<div>${org}${prog}</div></header>\n`;
}

/** The signer as one line ("Dr. Eva Schmidt, Head of HR"), or null when no signer is set. */
export function signerLine(settings: Settings): string | null {
  if (!settings.signer) return null;
  return settings.signerTitle ? `${settings.signer}, ${settings.signerTitle}` : settings.signer;
}

/** The line under a report naming who is responsible for it, when a signer is set. */
export function brandFooter(settings: Settings, t: T): string {
  const signer = signerLine(settings);
  return signer ? `<p class="signed" data-brand="signer">${escapeHtml(t('report.responsible'))} ${userText(signer)}</p>\n` : '';
}
