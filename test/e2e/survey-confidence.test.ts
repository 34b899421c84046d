import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';

/**
 * Issue 17, must-show 1: a baseline and a final survey of hand-made responses, through the
 * real binary. Every per-topic mean, shift and interval of the report equals what this
 * file computes on its own (a plain percentile bootstrap, two independent samples, the
 * same generator and seed as documented in the README), in every format; a topic with too
 * few answers on either side is suppressed on that side and has no shift.
 */
const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const BIN = join(ROOT, 'bin', 'tandem.js');

type Role = 'mentor' | 'mentee';
type Sample = Record<Role, Record<string, (number | null)[]>>;

// Hand-made answers per role and topic (null = left empty).
const BASELINE: Sample = {
  mentee: {
    excel: [1, 2, 2, 3, 1, 2, 3],
    linkedin: [2, 2, 3, 3, 4, 2, 1],
    tiktok: [1, 2, 2, null, null, null, null], // 3 answers: suppressed before, in every group
  },
  mentor: {
    excel: [4, 4, 5, 3, 4, 5],
    linkedin: [3, 4, 4, 5, 5, 4],
    tiktok: [null, null, null, null, null, null],
  },
};
const FINAL: Sample = {
  mentee: {
    excel: [3, 4, 4, 5, 3, 4, 4, 5],
    linkedin: [3, 3, 4, 4, 5, 3, 2, 4],
    tiktok: [3, 4, 4, 5, 4, 3, 5, 4],
  },
  mentor: {
    excel: [5, 5, 4, 5, 4, 5],
    linkedin: [4, 4, 5, 5, null, null], // 4 mentors: the roles of linkedin are suppressed after, though shown before
    tiktok: [null, null, null, null, null, null],
  },
};
const TOPICS = ['excel', 'linkedin', 'tiktok'];

// ---- the statistic, written again from its description --------------------------------
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const avg = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const two = (x: number) => Math.round(x * 100) / 100 || 0;
function expectedShift(before: number[], after: number[]): { mean: number; low: number; high: number } {
  const a = [...after].sort((x, y) => x - y);
  const b = [...before].sort((x, y) => x - y);
  const rnd = mulberry32(17);
  const diffs: number[] = [];
  for (let i = 0; i < 2000; i++) {
    let sa = 0;
    for (let j = 0; j < a.length; j++) sa += a[Math.floor(rnd() * a.length)]!;
    let sb = 0;
    for (let j = 0; j < b.length; j++) sb += b[Math.floor(rnd() * b.length)]!;
    diffs.push(sa / a.length - sb / b.length);
  }
  diffs.sort((x, y) => x - y);
  return { mean: two(avg(a) - avg(b)), low: two(diffs[50]!), high: two(diffs[1949]!) };
}
const oneDecimal = (xs: number[]) => Math.round((xs.reduce((s, x) => s + x, 0) * 10) / xs.length) / 10;

function values(sample: Sample, group: 'all' | Role, topic: string): number[] {
  const roles: Role[] = group === 'all' ? ['mentor', 'mentee'] : [group];
  return roles.flatMap((r) => sample[r][topic]!.filter((v): v is number => v !== null));
}
/** Shown under min-group 5: the group's all, or both roles when each role answered at least 5 times. */
function shown(sample: Sample, group: 'all' | Role, topic: string): boolean {
  const counts = (['mentor', 'mentee'] as const).map((r) => values(sample, r, topic).length);
  if (counts[0]! + counts[1]! < 5) return false;
  return group === 'all' || Math.min(...counts) >= 5;
}

// ---- the binary -------------------------------------------------------------------------
let dir = '';
function run(...args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, '--db', join(dir, 't.db'), ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', TANDEM_TODAY: '2026-06-20', LANG: 'C.UTF-8' },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
function ok(...args: string[]): string {
  const r = run(...args);
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
}
function csv(sample: Sample): string {
  const rows = [`role,${TOPICS.map((t) => `confidence:${t}`).join(',')}`];
  for (const role of ['mentee', 'mentor'] as const) {
    const n = sample[role].excel!.length;
    for (let i = 0; i < n; i++) rows.push(`${role},${TOPICS.map((t) => sample[role][t]![i] ?? '').join(',')}`);
  }
  return `${rows.join('\n')}\n`;
}

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) throw new Error('dist/ is not built: run `npm run build` first');
  dir = tempDir('tandem-confidence-');
  ok('round', 'create', '2026', '--start', '2026-01-15');
  ok('participant', 'add', '--round', '2026', '--role', 'mentee', '--name', 'Ada Brandt', '--email', 'ada@example.com', '--topics', 'Excel,TikTok');
  ok('participant', 'add', '--round', '2026', '--role', 'mentee', '--name', 'Bo Lange', '--email', 'bo@example.com', '--topics', 'linkedin,#excel');
  ok('survey', 'create', '--round', '2026', '--name', 'baseline', '--kind', 'baseline');
  writeFileSync(join(dir, 'baseline.csv'), csv(BASELINE));
  ok('survey', 'import', join(dir, 'baseline.csv'), '--round', '2026', '--name', 'baseline');
  ok('survey', 'create', '--round', '2026', '--name', 'final', '--kind', 'final');
  writeFileSync(join(dir, 'final.csv'), csv(FINAL));
  ok('survey', 'import', join(dir, 'final.csv'), '--round', '2026', '--name', 'final');
});

describe('confidence per topic before and after (e2e)', () => {
  it('the baseline asks only the topics; the final adds them to the standard questionnaire', () => {
    const list = JSON.parse(ok('survey', 'list', '--round', '2026', '--json'));
    expect(list).toEqual([
      { name: 'baseline', kind: 'baseline', questions: 3, responses: 13, mentors: 6, mentees: 7, closedOn: null, title: null },
      { name: 'final', kind: 'final', questions: 9, responses: 14, mentors: 6, mentees: 8, closedOn: null, title: null },
    ]);
  });

  it('JSON: every mean, shift and interval equals the independent computation; suppressed on either side means no shift', () => {
    const report = JSON.parse(ok('survey', 'report', '--round', '2026', '--name', 'final', '--json'));
    let shifts = 0;
    for (const group of ['all', 'mentor', 'mentee'] as const) {
      for (const topic of TOPICS) {
        const figures = report.groups[group].questions[`confidence:${topic}`];
        if (!shown(FINAL, group, topic)) {
          expect(figures, `${group} ${topic}`).toEqual({ suppressed: true, note: 'suppressed: not shown to protect groups of fewer than 5 responses' });
          continue;
        }
        const after = values(FINAL, group, topic);
        expect(figures.n).toBe(after.length);
        expect(figures.mean).toBe(oneDecimal(after));
        if (!shown(BASELINE, group, topic)) {
          expect(figures.before, `${group} ${topic}`).toEqual({ suppressed: true, note: 'suppressed: not shown to protect groups of fewer than 5 responses' });
          expect(figures.shift).toBeNull();
          continue;
        }
        const before = values(BASELINE, group, topic);
        expect(figures.before).toMatchObject({ n: before.length, mean: oneDecimal(before) });
        expect(figures.shift, `${group} ${topic}`).toEqual(expectedShift(before, after));
        shifts++;
      }
    }
    expect(shifts).toBe(4); // excel in all three groups, linkedin overall
    // Both sides of the suppression are visible in this data set:
    expect(report.groups.mentor.questions['confidence:linkedin']).toMatchObject({ suppressed: true }); // after too few
    expect(report.groups.all.questions['confidence:tiktok'].before).toMatchObject({ suppressed: true }); // before too few
  });

  it('CSV, Markdown, HTML and the table show the same figures', () => {
    const expected: { group: 'all' | Role; topic: string; before: number; shift: ReturnType<typeof expectedShift> }[] = [];
    for (const group of ['all', 'mentor', 'mentee'] as const) {
      for (const topic of TOPICS) {
        if (!shown(FINAL, group, topic) || !shown(BASELINE, group, topic)) continue;
        expected.push({ group, topic, before: oneDecimal(values(BASELINE, group, topic)), shift: expectedShift(values(BASELINE, group, topic), values(FINAL, group, topic)) });
      }
    }
    const csvText = ok('survey', 'report', '--round', '2026', '--name', 'final', '--format', 'csv');
    const md = ok('survey', 'report', '--round', '2026', '--name', 'final', '--format', 'md');
    const html = ok('survey', 'report', '--round', '2026', '--name', 'final', '--format', 'html');
    const table = ok('survey', 'report', '--round', '2026', '--name', 'final');
    const signed = (x: number) => (x > 0 ? `+${x.toFixed(2)}` : x < 0 ? `−${Math.abs(x).toFixed(2)}` : x.toFixed(2));
    for (const e of expected) {
      const id = `confidence:${e.topic}`;
      for (const [key, value] of [['before_mean', e.before], ['shift_mean', e.shift.mean], ['shift_low', e.shift.low], ['shift_high', e.shift.high]] as const) {
        expect(csvText).toContain(`${e.group},${id},${key},${value}\n`);
      }
      const line = `before ${e.before} · shift ${signed(e.shift.mean)} (95 % interval ${signed(e.shift.low)} to ${signed(e.shift.high)})`;
      expect(md).toContain(line);
      expect(html).toContain(line);
      expect(table).toContain(line);
      expect(html).toContain(`data-chart="${e.group}-${id}-shift"`);
      expect(html).toContain(`data-low="${e.shift.low}" data-high="${e.shift.high}"`);
    }
    // The suppressed sides: no shift rows, no interval, no chart for them.
    expect(csvText).not.toMatch(/mentor,confidence:linkedin,(n|mean|before_|shift_)/);
    expect(csvText).toContain('all,confidence:tiktok,before_suppressed,');
    expect(csvText).not.toMatch(/confidence:tiktok,shift_/);
    expect(html).not.toContain('data-chart="all-confidence:tiktok-shift"');
    const de = ok('--lang', 'de', 'survey', 'report', '--round', '2026', '--name', 'final', '--format', 'md');
    const first = expected[0]!;
    expect(de).toContain(`Veränderung ${signed(first.shift.mean).replace('.', ',')} (95-%-Intervall`);
  });

  it('the round report shows the final survey\'s confidence per topic (overall): after, before and the shift', () => {
    const report = JSON.parse(ok('round', 'report', '2026', '--json'));
    expect(report.survey.survey).toBe('final');
    expect(report.survey.confidence).toEqual(
      TOPICS.map((topic) => {
        if (!shown(FINAL, 'all', topic)) return { topic, suppressed: true };
        const after = values(FINAL, 'all', topic);
        const before = shown(BASELINE, 'all', topic) ? values(BASELINE, 'all', topic) : null;
        return { topic, suppressed: false, n: after.length, mean: oneDecimal(after), before: before && oneDecimal(before), shift: before && expectedShift(before, after) };
      }),
    );
    const excel = expectedShift(values(BASELINE, 'all', 'excel'), values(FINAL, 'all', 'excel'));
    const md = ok('round', 'report', '2026', '--format', 'md');
    // Topics as first entered (`--topics Excel,TikTok`, then `linkedin,#excel`); JSON keeps the keys.
    expect(md).toContain(`| Excel | ${oneDecimal(values(FINAL, 'all', 'excel'))} | ${oneDecimal(values(BASELINE, 'all', 'excel'))} | +${excel.mean.toFixed(2)} (95 % interval +${excel.low.toFixed(2)} to +${excel.high.toFixed(2)}) |`);
    expect(md).toMatch(/\| TikTok \| [\d.]+ \| – \| – \|/);
  });
});

