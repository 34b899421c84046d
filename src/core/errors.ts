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

/** A field's value broke its rule (see core/fields): shown as `--option: message`; exit 2. */
export class FieldError extends UsageError {
  constructor(
    readonly what: string,
    key: string,
    params: Params = {},
  ) {
    super(key, params);
  }
}

/**
 * One row of an import that failed validation: its line (a CSV line number, or a place
 * in a JSON document such as `tables.person[3]`), its column, and either a message key
 * with parameters (translated when shown) or a ready message.
 */
export type RowError = { line: number | string; column: string } & ({ message: string } | { key: string; params: Params });

/** An import failed: every error is listed as `file:LINE: column: message`; exit 2. */
export class ImportError extends UsageError {
  readonly errors: RowError[];

  constructor(
    readonly file: string,
    errors: RowError[],
    hintKey?: string,
  ) {
    super('error.import', { file: oneLine(file), count: errors.length }, hintKey);
    // A quoted cell may hold a line break (or a header may): every error stays one line.
    this.errors = errors.map((e) =>
      'message' in e
        ? { ...e, column: oneLine(e.column), message: oneLine(e.message) }
        : { ...e, column: oneLine(e.column), params: Object.fromEntries(Object.entries(e.params).map(([k, v]) => [k, typeof v === 'string' ? oneLine(v) : v])) },
    );
  }
}

/** Line breaks and tabs written as `\n`, `\r`, `\t`, so a quoted value cannot break a message line. */
export function oneLine(text: string): string {
  return /[\r\n\t\u2028\u2029]/.test(text)
    ? text.replace(/\r/g, '\\r').replace(/\n/g, '\\n').replace(/\t/g, '\\t').replace(/[\u2028\u2029]/g, ' ')
    : text;
}
