#!/usr/bin/env node
// The installed `conclave` command: registers tsx so the TypeScript sources run as they are, then starts the CLI.
"use strict";
require("tsx/cjs");
require("./conclave-main.ts");
