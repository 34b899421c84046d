import Module, { createRequire } from 'node:module';

type Commander = typeof import('commander');

/**
 * commander, loaded through require: it is a CommonJS package, and importing it as ESM
 * costs Node a source pre-parse on every start (measured ~3 ms of a ~80 ms start-up).
 *
 * commander requires `node:child_process` at load, for executable subcommands, which
 * tandem has none of; that module brings Node's net and dgram with it, a tenth of a small
 * command's start-up when nothing else needs them (a list written to a file or a pipe).
 * So while commander loads, its `require('node:child_process')` gets a stand-in that loads
 * the real module on first use. Every other require passes through unchanged, and the
 * hook is removed before this module finishes loading.
 */
function loadCommander(): Commander {
  const require = createRequire(import.meta.url);
  const prototype = (Module as unknown as { prototype: { require(this: unknown, id: string): unknown } }).prototype;
  const original = prototype.require;
  let childProcess: Record<PropertyKey, unknown> | undefined;
  const later = new Proxy({}, { get: (_, key) => (childProcess ??= require('node:child_process') as Record<PropertyKey, unknown>)[key] });
  prototype.require = function (this: unknown, id: string) {
    return id === 'node:child_process' || id === 'child_process' ? later : original.call(this, id);
  };
  try {
    return require('commander') as Commander;
  } finally {
    prototype.require = original;
  }
}

export const { Argument, Command, Help, Option } = loadCommander();
