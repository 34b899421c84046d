import type { Problem } from './sessions.js';

/** The programme settings (`tandem settings`), shown on HTML reports and certificates. */
export interface Settings {
  organisation: string | null;
  programme: string | null;
  signer: string | null;
  signerTitle: string | null;
  /** The logo as the data URI the pages embed (`data:image/png;base64,…`). */
  logo: string | null;
}

/** The keys as the command line names them, and the field each sets. */
export const SETTING_KEYS = {
  organisation: 'organisation',
  programme: 'programme',
  signer: 'signer',
  'signer-title': 'signerTitle',
  logo: 'logo',
} as const satisfies Record<string, keyof Settings>;

export type SettingKey = keyof typeof SETTING_KEYS;

export const NO_SETTINGS: Settings = { organisation: null, programme: null, signer: null, signerTitle: null, logo: null };

/** The largest logo file accepted: every report carries it inline. */
export const MAX_LOGO_BYTES = 256 * 1024;
/** The longest text setting, in code points. */
export const MAX_SETTING_TEXT = 200;

export function isSettingKey(key: string): key is SettingKey {
  return Object.hasOwn(SETTING_KEYS, key);
}

/** A text setting as stored: trimmed, one line, at most 200 code points; empty clears it (null). */
export function checkSettingText(raw: string): string | null | Problem {
  const value = raw.trim();
  if (value === '') return null;
  if (/[\u0000-\u001f\u007f]/.test(value)) return { key: 'settings.problem.control', params: {} };
  if (Array.from(value).length > MAX_SETTING_TEXT) return { key: 'settings.problem.tooLong', params: { max: MAX_SETTING_TEXT } };
  return value;
}

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

// What an SVG may not contain: anything that runs, loads or embeds other documents.
// The pages embed the logo only as an <img> data URI (never as markup), where browsers
// run no script and load nothing; refusing these as well keeps a logo that is
// copied elsewhere harmless too.
const SVG_UNSAFE: [RegExp, string][] = [
  [/<\s*script\b/i, 'script'],
  [/<\s*foreignObject\b/i, 'foreignObject'],
  [/<\s*(?:iframe|object|embed|audio|video|image|use|feImage|a)\b/i, 'embedded or linked element'],
  [/\son[a-z]+\s*=/i, 'event handler'],
  [/<!\s*(?:DOCTYPE|ENTITY)\b/i, 'DOCTYPE or entity'],
  [/\b(?:xlink:)?href\s*=\s*(?!['"]\s*#)/i, 'external reference (href)'],
  [/url\s*\(\s*['"]?\s*(?!#)/i, 'external url()'],
  [/@import\b/i, '@import'],
  [/javascript:/i, 'javascript: URL'],
];

/**
 * A logo file as the data URI every page embeds: PNG by its signature, SVG by its root
 * element (and free of scripts, event handlers, foreign objects and external
 * references); at most 256 KB. Anything else is the problem it has.
 */
export function logoDataUri(bytes: Uint8Array): string | Problem {
  if (bytes.length > MAX_LOGO_BYTES) return { key: 'settings.problem.logoSize', params: { kb: Math.ceil(bytes.length / 1024), max: MAX_LOGO_BYTES / 1024 } };
  if (bytes.length >= PNG.length && PNG.every((b, i) => bytes[i] === b)) {
    return `data:image/png;base64,${Buffer.from(bytes).toString('base64')}`;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { key: 'settings.problem.logoType', params: {} };
  }
  // An SVG starts with its root element, after an optional BOM, XML declaration and comments.
  const start = text.replace(/^\ufeff/, '').replace(/^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*/, '');
  if (!/^<svg[\s>]/i.test(start)) return { key: 'settings.problem.logoType', params: {} };
  for (const [pattern, what] of SVG_UNSAFE) if (pattern.test(text)) return { key: 'settings.problem.logoUnsafe', params: { what } };
  return `data:image/svg+xml;base64,${Buffer.from(bytes).toString('base64')}`;
}

/** The type and size of a stored logo, for listings (the data URI itself is long). */
export function logoSummary(dataUri: string): { type: string; bytes: number } {
  const m = /^data:([^;,]+);base64,(.*)$/s.exec(dataUri);
  if (!m) return { type: 'unknown', bytes: 0 };
  const b64 = m[2]!;
  return { type: m[1]!, bytes: Math.floor((b64.length * 3) / 4) - (b64.endsWith('==') ? 2 : b64.endsWith('=') ? 1 : 0) };
}
