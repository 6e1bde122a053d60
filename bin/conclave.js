#!/usr/bin/env node
// The installed `conclave` command: registers tsx so the TypeScript sources run as they are, then starts the CLI.
"use strict";
require("../shared/runtime/register-typescript.cjs");
require("./conclave-main.ts");
