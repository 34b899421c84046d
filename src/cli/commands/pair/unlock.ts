import type { Command } from 'commander';
import type { App } from '../../app.js';
import { registerLock } from './lock.js';

export default function register(group: Command, app: App): void {
  registerLock(group, app, false);
}
