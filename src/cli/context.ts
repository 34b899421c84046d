import { isIsoDate, isoToday, type IsoDate } from '../core/dates.js';
import { UsageError } from '../core/errors.js';
import type { Lang, T } from '../core/i18n/index.js';
import { currentRound, roundStatus, type Round } from '../core/rounds.js';
import type { TopicName } from '../core/tags.js';
import { topicNames } from '../db/topics.js';
import type { Db } from '../db/types.js';
import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { makeProgress, type Deps, type Io, type Progress } from './io.js';
import { lazy } from './lazy.js';
import type { Prompter } from './prompter.js';

/** The global options of SPEC §1, as commander hands them over. */
export interface Globals {
  db?: string;
  json?: boolean;
  color?: boolean;
  lang?: string;
  yes?: boolean;
  quiet?: boolean;
}

/** What a command's action gets: IO, language, options, the database and the clock. */
export class Ctx {
  readonly today: IsoDate;
  private handle: { db: Db; created: boolean } | undefined;
  private topicLabels: TopicName | undefined;

  constructor(
    readonly deps: Deps,
    readonly io: Io,
    readonly t: T,
    readonly lang: Lang,
    readonly globals: Globals,
  ) {
    const forced = deps.env.TANDEM_TODAY;
    if (forced !== undefined && !isIsoDate(forced)) {
      throw new UsageError('error.date', { value: forced, what: 'TANDEM_TODAY' }, 'hint.date');
    }
    this.today = forced ?? isoToday(deps.now());
  }

  get json(): boolean {
    return this.globals.json === true;
  }

  get quiet(): boolean {
    return this.globals.quiet === true;
  }

  get yes(): boolean {
    return this.globals.yes === true;
  }

  /** The database path: --db, else TANDEM_DB, else $XDG_DATA_HOME/tandem/tandem.db. */
  dbPath(): string {
    const env = this.deps.env;
    // An empty --db is a mistake (an unset variable in a script), never "the default database".
    if (this.globals.db === '') throw new UsageError('error.dbEmpty');
    const given = this.globals.db ?? env.TANDEM_DB;
    if (given) return isAbsolute(given) ? given : resolve(this.deps.cwd, given);
    const dataHome = env.XDG_DATA_HOME || join(env.HOME ?? homedir(), '.local', 'share');
    return join(dataHome, 'tandem', 'tandem.db');
  }

  /**
   * Opens the database once per run. An existing file is always opened for writing;
   * `create` makes a missing file (commands that add data), else a missing file reads
   * as an empty database and nothing is created (a failed command leaves no file).
   */
  async db(create = false): Promise<Db> {
    if (this.handle && (this.handle.created || !create)) return this.handle.db;
    this.close();
    const { connect, SchemaBehind } = await lazy<typeof import('../db/connect.js')>('../db/connect.js', import.meta.url);
    const busy = Number(this.deps.env.TANDEM_BUSY_TIMEOUT_MS ?? 5000);
    const path = this.dbPath();
    const options = {
      write: create,
      busyTimeoutMs: Number.isFinite(busy) ? busy : 5000,
      notice: (key: string) => this.io.err(`${this.t(key)}\n`),
    };
    let db: Db;
    try {
      db = connect(path, options);
    } catch (error) {
      // The migrations are loaded only for a file that needs them (and a missing one).
      if (!(error instanceof SchemaBehind)) throw error;
      db = (await import('../db/open.js')).openDatabase(path, options);
    }
    this.handle = { db, created: create || db.name !== ':memory:' };
    return db;
  }

  close(): void {
    this.handle?.db.close();
    this.handle = undefined;
    this.topicLabels = undefined;
  }

  /**
   * How this database names a topic: its label as first entered, else the key. The
   * labels are read once per command, on first use, from the open database (none open:
   * the key).
   */
  readonly topicName: TopicName = (key) => {
    if (!this.topicLabels) {
      if (!this.handle) return key;
      this.topicLabels = topicNames(this.handle.db);
    }
    return this.topicLabels(key);
  };

  /** A success message on stderr, unless --quiet. */
  info(text: string): void {
    if (!this.quiet) this.io.err(`${text}\n`);
  }

  /** Data on stdout. */
  print(text: string): void {
    this.io.out(text.endsWith('\n') ? text : `${text}\n`);
  }

  /** Data on stdout, through the user's pager on a terminal (long lists). */
  page(text: string): Promise<void> {
    return this.io.page(text.endsWith('\n') ? text : `${text}\n`);
  }

  /** JSON on stdout, two-space indented. */
  printJson(data: unknown): void {
    this.io.out(`${JSON.stringify(data, null, 2)}\n`);
  }

  /** The prompter, or a usage error naming the options that answer the prompt instead. */
  async prompter(options: string): Promise<Prompter> {
    if (!this.io.canPrompt() || !this.deps.prompter) {
      throw new UsageError('error.needsPrompt', { options }, 'hint.needsPrompt', { options });
    }
    return this.deps.prompter(this.t);
  }

  /** Progress on stderr when stderr is a terminal, and nothing otherwise. */
  progress(label: string, total: number): Progress {
    return makeProgress(this.io, label, total, !this.quiet && this.io.stderrIsTTY);
  }

  /**
   * The round a command works on: the named one, else TANDEM_ROUND, else SPEC §1's
   * current round (see `currentRound`); otherwise a usage error listing the candidates.
   */
  async round(ref: string | undefined, create = false): Promise<Round> {
    const db = await this.db(create);
    const { getRound, listRounds } = await lazy<typeof import('../db/rounds.js')>('../db/rounds.js', import.meta.url);
    const wanted = ref ?? this.deps.env.TANDEM_ROUND;
    if (wanted) return getRound(db, wanted);
    const current = currentRound(listRounds(db), this.today);
    if ('round' in current) return current.round;
    const candidates = current.candidates.map((r) => `${r.name} (${this.t(`status.${roundStatus(r, this.today)}`)})`);
    throw new UsageError(
      current.ambiguous ? 'error.roundAmbiguous' : 'error.roundMissing',
      { rounds: candidates.join(', ') },
      'hint.roundOption',
    );
  }
}
