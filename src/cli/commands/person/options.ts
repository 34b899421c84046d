import type { Command } from 'commander';
import { UsageError } from '../../../core/errors.js';
import type { T } from '../../../core/i18n/index.js';
import { optionField, PERSON_FIELDS } from '../../../core/fields/index.js';
import type { PersonInput } from '../../../core/people.js';
import { aliasOptions } from '../../options.js';

export interface PersonOptions {
  name: string;
  email: string;
  department?: string;
  location?: string;
  manager?: string;
  languages?: string;
  salutation?: string;
}

/** The person options shared by `person add` and `participant add`. */
export function personOptions(command: Command, t: T): Command {
  const withOptions = command
    .requiredOption('--name <name>', t('option.name'))
    .requiredOption('--email <email>', t('option.email'))
    .option('--department <department>', t('option.department'))
    .option('--location <location>', t('option.location'))
    .option('--manager <email>', t('option.manager'))
    .option('--languages <list>', t('option.languages'))
    .option('--salutation <form>', t('option.salutation'));
  return aliasOptions(withOptions, t, { '--manager': '--manager-email' });
}

/** Validates person options through the person fields (core/fields); options not given leave stored values as they are. */
export function parsePersonOptions(o: PersonOptions): PersonInput {
  const f = PERSON_FIELDS;
  const name = optionField(f.name, o.name ?? '')!;
  const email = optionField(f.email, o.email ?? '')!;
  const managerEmail = optionField(f.managerEmail, o.manager);
  if (managerEmail === email) throw new UsageError('error.ownManager');
  // An option given empty clears the stored value.
  const text = (field: typeof f.department, value: string | undefined) => (value === undefined ? undefined : (optionField(field, value) ?? null));
  return {
    name,
    email,
    department: text(f.department, o.department),
    location: text(f.location, o.location),
    managerEmail,
    languages: o.languages === undefined ? undefined : (optionField(f.languages, o.languages) ?? []),
    salutation: o.salutation === undefined ? undefined : (optionField(f.salutation, o.salutation) ?? null),
  };
}
