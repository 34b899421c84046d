// Rewrites the command reference in README.md from the CLI's own --help (npm run readme).
import { readFileSync, writeFileSync } from 'node:fs';
import { run } from '../dist/cli/main.js';
import { referenceRoot, START, END } from '../dist/cli/reference-root.js';
import { commandReference } from '../dist/cli/reference.js';

const readme = new URL('../README.md', import.meta.url);
const text = readFileSync(readme, 'utf8');
const [before, rest] = text.split(START);
const after = rest?.split(END)[1];
if (before === undefined || after === undefined) throw new Error(`README.md needs the markers ${START} and ${END}`);
const reference = await commandReference(run, await referenceRoot());
writeFileSync(readme, `${before}${START}\n${reference}\n${END}${after}`);
console.log('README.md: command reference updated');
