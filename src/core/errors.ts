/**
 * Typed errors carry their exit code and a message key; only cli/main.ts turns them
 * into text (in the user's language) and an exit code.
 */
export type Params = Record<string, string | number>;

export class TandemError extends Error {
  constructor(
    readonly exitCode: number,
    readonly key: string,
    readonly params: Params = {},
    readonly hintKey?: string,
    readonly hintParams: Params = {},
  ) {
    super(`${key} ${JSON.stringify(params)}`);
    this.name = new.target.name;
  }
}

/** Bad usage or input: exit 2. */
export class UsageError extends TandemError {
  constructor(key: string, params: Params = {}, hintKey?: string, hintParams: Params = {}) {
    super(2, key, params, hintKey, hintParams);
  }
}

/** Something named does not exist: exit 1. */
export class NotFoundError extends TandemError {
  constructor(key: string, params: Params = {}, hintKey?: string, hintParams: Params = {}) {
    super(1, key, params, hintKey, hintParams);
  }
}

/** The operation is not possible in the current state of the data: exit 1. */
export class StateError extends TandemError {
  constructor(key: string, params: Params = {}, hintKey?: string, hintParams: Params = {}) {
    super(1, key, params, hintKey, hintParams);
  }
}

/** A prompt was cancelled (Ctrl+C): exit 130. */
export class CancelledError extends TandemError {
  constructor() {
    super(130, 'error.cancelled');
  }
}

/** One line of a CSV import that failed validation. */
export interface RowError {
  line: number;
  column: string;
  message: string;
}

/** An import failed: every error is listed as `file:LINE: column: message`; exit 2. */
export class ImportError extends UsageError {
  constructor(
    readonly file: string,
    readonly errors: RowError[],
  ) {
    super('error.import', { file, count: errors.length });
  }
}
