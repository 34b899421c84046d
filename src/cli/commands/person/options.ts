import type { Command } from 'commander';
import { UsageError } from '../../../core/errors.js';
import type { T } from '../../../core/i18n/index.js';
import { parseEmail, type PersonInput } from '../../../core/people.js';
import { parseList } from '../../../core/tags.js';

export interface PersonOptions {
  name: string;
  email: string;
  department?: string;
  location?: string;
  manager?: string;
  languages?: string;
}

/** The person options shared by `person add` and `participant add`. */
export function personOptions(command: Command, t: T): Command {
  return command
    .requiredOption('--name <name>', t('option.name'))
    .requiredOption('--email <email>', t('option.email'))
    .option('--department <department>', t('option.department'))
    .option('--location <location>', t('option.location'))
    .option('--manager <email>', t('option.manager'))
    .option('--languages <list>', t('option.languages'));
}

/** Validates person options; options not given leave stored values as they are. */
export function parsePersonOptions(o: PersonOptions): PersonInput {
  const name = o.name.trim();
  if (!name || name.length > 200) throw new UsageError('error.personName', { value: o.name });
  const email = parseEmail(o.email, '--email');
  const managerEmail = o.manager === undefined ? undefined : parseEmail(o.manager, '--manager');
  if (managerEmail === email) throw new UsageError('error.ownManager');
  const text = (value: string | undefined) => (value === undefined ? undefined : value.trim() || null);
  return {
    name,
    email,
    department: text(o.department),
    location: text(o.location),
    managerEmail,
    languages: o.languages === undefined ? undefined : parseList(o.languages),
  };
}
