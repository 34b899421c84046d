import type { Command } from 'commander';
import type { App } from '../../app.js';
import { registerExclusion } from './exclude.js';

export default function register(group: Command, app: App): void {
  registerExclusion(group, app, 'include');
}
