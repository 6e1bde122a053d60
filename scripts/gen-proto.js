#!/usr/bin/env node
// Regenerates shared/protocol/generated/ from proto/conclave.proto (static code + typings).
"use strict";
const { execFileSync } = require("node:child_process");
const path = require("node:path");
const root = path.resolve(__dirname, "..");
const out = path.join(root, "shared/protocol/generated");
const bin = (name) => path.join(root, "node_modules/.bin", name);
execFileSync(bin("pbjs"), ["-t", "static-module", "-w", "commonjs", "--force-number", "--no-verify", "--no-convert", "--no-delimited", "--no-service",
  "-o", path.join(out, "conclave.js"), path.join(root, "proto/conclave.proto")], { stdio: "inherit" });
execFileSync(bin("pbts"), ["-o", path.join(out, "conclave.d.ts"), path.join(out, "conclave.js")], { stdio: "inherit" });
console.log("generated", path.relative(root, out));
