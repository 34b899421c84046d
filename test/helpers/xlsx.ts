import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';

/**
 * A second, independent .xlsx reader for tests (not exceljs): the zip's central directory
 * read by hand, entries inflated with node's zlib, the sheet XML parsed with regular
 * expressions. Enough to check what a generated workbook holds, and that no cell is a formula.
 */
export function unzip(bytes: Buffer): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  let end = bytes.length - 22;
  while (end >= 0 && bytes.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip file');
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    if (bytes.readUInt32LE(at) !== 0x02014b50) throw new Error('bad central directory');
    const method = bytes.readUInt16LE(at + 10);
    const size = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extra = bytes.readUInt16LE(at + 30);
    const comment = bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(start, start + size);
    files.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + nameLength + extra + comment;
  }
  return files;
}

const unescape = (text: string) =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n))).replace(/&amp;/g, '&');

/** One sheet as read back: its name, its rows of cell values (text or numbers), and its raw XML. */
export interface ReadSheet {
  name: string;
  rows: (string | number | boolean | null)[][];
  xml: string;
}

/** Every sheet of an .xlsx file, in workbook order. */
export function readXlsx(path: string): ReadSheet[] {
  const files = unzip(readFileSync(path));
  const text = (name: string) => files.get(name)?.toString('utf8') ?? '';
  const shared = [...text('xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => unescape([...m[1]!.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join('')));
  const rels = new Map([...text('xl/_rels/workbook.xml.rels').matchAll(/<Relationship [^>]*Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]));
  const relsAlt = new Map([...text('xl/_rels/workbook.xml.rels').matchAll(/<Relationship [^>]*Target="([^"]+)"[^>]*Id="([^"]+)"/g)].map((m) => [m[2]!, m[1]!]));
  return [...text('xl/workbook.xml').matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)].map((m) => {
    const target = (rels.get(m[2]!) ?? relsAlt.get(m[2]!))!.replace(/^\/?(xl\/)?/, '');
    const xml = text(`xl/${target}`);
    const rows = [...xml.matchAll(/<row [^>]*>([\s\S]*?)<\/row>|<row [^>]*\/>/g)].map((row) => {
      const cells: (string | number | boolean | null)[] = [];
      for (const c of (row[1] ?? '').matchAll(/<c r="([A-Z]+)\d+"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
        const col = [...c[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
        const type = /t="([^"]+)"/.exec(c[2]!)?.[1];
        const body = c[3] ?? '';
        const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
        let value: string | number | boolean | null = null;
        if (type === 's') value = shared[Number(v)]!;
        else if (type === 'inlineStr') value = unescape([...body.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join(''));
        else if (type === 'str') value = unescape(v ?? '');
        else if (type === 'b') value = v === '1';
        else if (v !== undefined) value = Number(v);
        while (cells.length < col) cells.push(null);
        cells[col] = value;
      }
      return cells;
    });
    return { name: unescape(m[1]!), rows, xml };
  });
}

/** True when any sheet of the workbook holds a formula cell. */
export function hasFormula(sheets: readonly ReadSheet[]): boolean {
  return sheets.some((s) => /<f[\s>]/.test(s.xml));
}
