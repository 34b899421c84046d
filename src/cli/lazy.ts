import { createRequire } from 'node:module';

/**
 * `import(specifier)` relative to `base` (the caller's `import.meta.url`), for the modules
 * of the start-up path (the command tree, the command being run, the database): since
 * Node 20.19 (our engines) require() loads an ES module and all it imports at once, where
 * import() reads each file through the thread pool and waits for it, one level of the
 * import graph after another (≈ 9 ms CPU of `round list`'s 150; issue 16). Run from the
 * TypeScript sources (vitest), where require() cannot load them, it imports.
 *
 * Only for our own modules, none of which awaits at top level, and never while an
 * import() of the same modules is under way (require() cannot join one). The specifier
 * comes first so that dependency-cruiser reads the call as an import (exoticRequireStrings).
 */
export function lazy<M>(specifier: string, base: string): Promise<M> {
  if (!base.endsWith('.js')) return import(new URL(specifier.replace(/\.js$/, '.ts'), base).href) as Promise<M>;
  try {
    return Promise.resolve(createRequire(base)(specifier) as M);
  } catch (error) {
    return Promise.reject(error);
  }
}
