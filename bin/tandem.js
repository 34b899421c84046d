#!/usr/bin/env node
'use strict';
// CommonJS (bin/package.json): Node ≥ 20.19 requires the ES module main.js and all it imports
// at once, and the entry itself skips the ES module loader (src/cli/lazy.ts; issue 16).
require('../dist/cli/main.js').main();
