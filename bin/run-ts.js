#!/usr/bin/env node
// Runs one TypeScript file (a benchmark or an example) with tsx registered: `node bin/run-ts.js bench/boston.ts --json`.
"use strict";
const path = require("node:path");
require("../shared/runtime/register-typescript.cjs");
const file = process.argv[2];
if (!file) { process.stderr.write("usage: node bin/run-ts.js FILE.ts [args...]\n"); process.exit(2); }
process.argv.splice(1, 2, path.resolve(file));
require(path.resolve(file));
