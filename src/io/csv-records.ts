/**
 * The records of a well-formed part of a CSV file, the way csv-parse reads it with the
 * options of io/csv.ts (`relax_column_count`, `skip_empty_lines`, `bom`), each with the
 * line csv-parse's context gives (its last line), or undefined for anything else: a
 * stray or unclosed quote, text after a closing quote, a lone CR or mixed line ends (whose
 * meaning depends on csv-parse's record-delimiter detection), a very long record. The
 * caller then hands that part to csv-parse, so its results and its error messages stay
 * the only ones; this is only the fast way through the common case (a 200,000-row import
 * spent most of its parse in csv-parse's per-character machinery, issue 16).
 * test/unit/io/csv-records.property.test.ts checks it against csv-parse.
 */
export function wellFormedRecords(text: string, delimiter: ',' | ';', bom: boolean): { records: string[][]; lines: number[] } | undefined {
  const n = text.length;
  let i = bom && text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // Line ends: all LF, or all CRLF (every CR before an LF, every LF after a CR).
  let crlf = false;
  const cr = text.indexOf('\r');
  if (cr >= 0) {
    for (let k = cr; k >= 0; k = text.indexOf('\r', k + 1)) if (text.charCodeAt(k + 1) !== 10) return undefined;
    for (let k = text.indexOf('\n'); k >= 0; k = text.indexOf('\n', k + 1)) if (text.charCodeAt(k - 1) !== 13) return undefined;
    crlf = true;
  }
  const d = delimiter.charCodeAt(0);
  const eol = crlf ? 2 : 1;
  const records: string[][] = [];
  const lines: number[] = [];
  let line = 1;
  while (i < n) {
    const first = text.charCodeAt(i);
    if (first === 10 || first === 13) {
      // An empty line: skipped, but counted.
      line++;
      i += eol;
      continue;
    }
    const start = i;
    const record: string[] = [];
    for (;;) {
      if (text.charCodeAt(i) === 34) {
        // A quoted field: up to the quote not followed by another; `""` is one quote.
        let value = '';
        let from = i + 1;
        let close: number;
        for (;;) {
          close = text.indexOf('"', from);
          if (close < 0) return undefined;
          if (text.charCodeAt(close + 1) !== 34) break;
          value += text.slice(from, close + 1);
          from = close + 2;
        }
        value += text.slice(from, close);
        // Inside quotes csv-parse counts every CR and every LF as a line.
        for (let k = i + 1; k < close; k++) {
          const c = text.charCodeAt(k);
          if (c === 10 || c === 13) line++;
        }
        record.push(value);
        i = close + 1;
        if (i >= n) break;
        const next = text.charCodeAt(i);
        if (next === d) {
          i++;
          continue;
        }
        if (next === 10 || next === 13) break;
        return undefined;
      }
      let k = i;
      let c = 0;
      while (k < n) {
        c = text.charCodeAt(k);
        if (c === d || c === 10 || c === 13) break;
        if (c === 34) return undefined;
        k++;
      }
      record.push(text.slice(i, k));
      i = k;
      if (k < n && c === d) {
        i++;
        continue;
      }
      break;
    }
    // Far below csv-parse's record limit; a record near it is csv-parse's to judge.
    if (i - start > 100_000) return undefined;
    records.push(record);
    lines.push(line);
    if (i < n) {
      line++;
      i += eol;
    }
  }
  return { records, lines };
}
