import { Command, Option } from 'commander';
import { readFileSync } from 'node:fs';
import type { App } from './app.js';
import { examples } from './app.js';
import registerAdmin from './commands/admin/index.js';
import registerParticipant from './commands/participant/index.js';
import registerPerson from './commands/person/index.js';
import registerRound from './commands/round/index.js';

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string })
  .version;

/** Builds the whole command tree; options and texts in the run's language. */
export function buildProgram(app: App): Command {
  const { t } = app;
  const program = new Command('tandem');
  program
    .exitOverride()
    .configureOutput({
      writeOut: (text) => void app.deps.stdout.write(text),
      writeErr: (text) => void app.deps.stderr.write(text),
      outputError: (text, write) => write(`tandem: ${translateCommanderError(app, text.trim())}\n${t('hint.prefix')}: ${t('hint.help')}\n`),
    })
    .description(t('program.description'))
    .version(VERSION, '-V, --version', t('option.version'))
    .helpOption('-h, --help', t('option.help'))
    .helpCommand(false)
    .option('--db <path>', t('option.db'))
    .option('--json', t('option.json'))
    .option('--no-color', t('option.noColor'))
    .addOption(new Option('--lang <lang>', t('option.lang')).choices(['en', 'de']))
    .option('-y, --yes', t('option.yes'))
    .option('-q, --quiet', t('option.quiet'))
    .addHelpText(
      'after',
      examples(t, [
        'tandem round create 2026 --start 2026-01-15',
        'tandem participant import people.csv --round 2026',
        'tandem pair match --round 2026',
        'tandem round report 2026 --format html --out report.html',
        'tandem demo',
      ]),
    );

  registerRound(program, app);
  registerParticipant(program, app);
  registerPerson(program, app);
  registerAdmin(program, app);

  return program;
}

/** Commander's own messages are English; the common ones are translated. */
function translateCommanderError(app: App, text: string): string {
  const { t } = app;
  const body = text.replace(/^error:\s*/, '');
  const patterns: [RegExp, string][] = [
    [/^unknown option '([^']+)'/, 'commander.unknownOption'],
    [/^unknown command '([^']+)'/, 'commander.unknownCommand'],
    [/^missing required argument '([^']+)'/, 'commander.missingArgument'],
    [/^required option '([^']+)' not specified/, 'commander.missingOption'],
    [/^option '([^']+)' argument missing/, 'commander.optionArgument'],
    [/^too many arguments/, 'commander.tooMany'],
    [/^option '([^']+)' argument '([^']*)' is invalid/, 'commander.invalidChoice'],
  ];
  for (const [pattern, key] of patterns) {
    const m = pattern.exec(body);
    if (m) return `${t('error.prefix')}: ${t(key, { name: m[1] ?? '', value: m[2] ?? '' })}`;
  }
  return `${t('error.prefix')}: ${body}`;
}
