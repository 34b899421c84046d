#!/usr/bin/env node
import { createRequire } from 'node:module';

// Required, not imported: Node ≥ 20.19 loads the ES module at once (see dist/cli/lazy.js).
const { main } = createRequire(import.meta.url)('../dist/cli/main.js');

await main();
