import { minimumReached, type Certificate } from '../../core/certificates.js';
import type { Lang, T } from '../../core/i18n/index.js';
import type { Round } from '../../core/rounds.js';
import { formatDate, formatHours, toHours } from './format.js';
import { NO_SETTINGS, type Settings } from '../../core/settings.js';
import { BRAND_CSS, brandHeader } from './brand.js';
import { escapeHtml, htmlPage, userText } from './html.js';

// One A4 page: a framed sheet, sized to print without a second page.
const CSS = `
body{max-width:760px}
.sheet{border:3px double #2f81f7;border-radius:6px;padding:36px 44px;min-height:250mm;display:flex;flex-direction:column}
.kicker{letter-spacing:.2em;text-transform:uppercase;color:#57606a;font-size:12px;margin:0}
h1{font-size:34px;margin:10px 0 18px}
.name{font-size:28px;font-weight:600;margin:6px 0 12px}
.figures{display:flex;gap:28px;margin:18px 0}
.figure{font-size:26px;font-weight:600}
.figure small{display:block;font-size:12px;font-weight:400;color:#57606a}
ul{margin:4px 0 0 18px;padding:0}
.foot{margin-top:auto;padding-top:28px;display:flex;justify-content:space-between;color:#57606a;font-size:12px}
.sign{display:flex;flex-direction:column;align-items:center;min-width:200px}
.signer{color:#1f2328;font-size:14px;padding:0 8px 4px}
.sign-title{border-top:1px solid #8c959f;padding-top:4px;align-self:stretch;text-align:center}
@media print{body{font-size:13px}.sheet{min-height:0;height:265mm;border-width:3px;break-inside:avoid}}
`;

export interface CertificateDates {
  start: string;
  end: string;
  issued: string;
}

/** One self-contained, printable certificate of participation; dates come written out in full. */
export function certificateHtml(c: Certificate, round: Round, t: T, lang: Lang, dates: CertificateDates, settings: Settings = NO_SETTINGS): string {
  const partners = c.partners.map((p) => userText(p.name ?? t('person.forgotten'))).join(', ');
  // A figure of zero says nothing worth certifying: it is left out ("0 goals achieved" is never printed),
  // as are hours that round to 0 and the minimum line of someone without sessions ("0 Treffen gehalten").
  const figure = (name: string, value: number, shown: string, label: string) =>
    value > 0 ? `<div class="figure" data-figure="${name}">${escapeHtml(shown)}<small>${escapeHtml(label)}</small></div>` : '';
  const figures = [
    figure('sessions', c.sessions, String(c.sessions), t('certificate.sessions', { count: c.sessions })),
    figure('hours', toHours(c.minutes), formatHours(c.minutes, lang), t('certificate.hours')),
    figure('goals', c.goals.length, String(c.goals.length), t('certificate.goals', { count: c.goals.length })),
  ].join('');
  // The role in the person's own grammatical form where their salutation is known, else the neutral one.
  const took = c.role === 'mentor' ? `certificate.took.mentor.${c.salutation ?? 'mx'}` : 'certificate.took.mentee';
  const signer = settings.signer ? `<span class="signer" data-brand="signer">${userText(settings.signer)}</span>` : '';
  const body = `<main class="sheet">
${brandHeader(settings, false)}<p class="kicker">${escapeHtml(settings.programme ?? t('certificate.kicker'))}</p>
<h1>${escapeHtml(t('certificate.title'))}</h1>
<p>${escapeHtml(t('certificate.awardedTo'))}</p>
<p class="name">${userText(c.name)}</p>
<p>${escapeHtml(t(took, { round: round.name, start: dates.start, end: dates.end }))}</p>
<p>${escapeHtml(t(`certificate.partners.${c.role}`))} ${partners || '–'}</p>
${figures ? `<div class="figures">${figures}</div>` : ''}
${c.sessions > 0 ? minimumLine(c, round, t) : ''}
${c.topics.length ? `<p><strong>${escapeHtml(t('certificate.topics'))}</strong> ${c.topics.map((topic) => userText(topic)).join(', ')}</p>` : ''}
${c.goals.length ? `<p><strong>${escapeHtml(t('certificate.achievements'))}</strong></p><ul>${c.goals.slice(0, 8).map((g) => `<li>${userText(g.text)} <span class="muted">(${escapeHtml(formatDate(g.date, lang))})</span></li>`).join('')}</ul>` : ''}
<div class="foot"><span>${escapeHtml(t('certificate.issued', { date: dates.issued }))}</span><span class="sign">${signer}<span class="sign-title">${settings.signerTitle ? userText(settings.signerTitle) : escapeHtml(t('certificate.signature'))}</span></span></div>
</main>`;
  return htmlPage(t('certificate.pageTitle', { name: c.name, round: round.name }), body, lang, CSS + BRAND_CSS);
}

/** "4 sessions held: the round's minimum of 6 was …"; only for someone with sessions. */
function minimumLine(c: Certificate, round: Round, t: T): string {
  const verdict = minimumReached(c, round) ? 'reached' : 'missed';
  return `<p data-minimum="${verdict}">${escapeHtml(t(`certificate.minimum.${verdict}`, { sessions: c.sessions, min: round.minSessions }))}</p>`;
}
