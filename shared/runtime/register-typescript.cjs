// Registers tsx, so the TypeScript sources run as they are, and keeps source maps for the project's own files only.
//
// tsx turns Node's source maps on for everything. Node then reads and keeps, for the life of the
// process, the source map of every dependency that names one: tfjs's come to 18 MB of files and
// held about 30 MB of heap in each isolate (the main thread and every pool thread). A stack trace
// through a dependency's bundle is as useful without its map, so dependencies are compiled with
// source maps off; the project's own files keep theirs.
"use strict";
const path = require("node:path");
const Module = require("node:module");

require("tsx/cjs");

const DEPENDENCY = `${path.sep}node_modules${path.sep}`;
const MARK = Symbol.for("conclave.dependencySourceMapsOff");

if (!Module.prototype._compile[MARK]) {
  const compile = Module.prototype._compile;
  const patched = function (content, filename) {
    if (!process.sourceMapsEnabled || typeof filename !== "string" || !filename.includes(DEPENDENCY)) return compile.apply(this, arguments);
    process.setSourceMapsEnabled(false);
    try {
      return compile.apply(this, arguments);
    } finally {
      process.setSourceMapsEnabled(true);
    }
  };
  patched[MARK] = true;
  Module.prototype._compile = patched;
}
